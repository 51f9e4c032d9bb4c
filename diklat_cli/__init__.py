"""diklat: Indonesian news reports of government training visits, as data."""

__version__ = "0.1.0"
