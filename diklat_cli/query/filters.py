"""What `list`, `show`, `stats` and `export` select by: the Filters and the sort fields.

The index (diklat_cli.index) answers them in SQL; tests/oracle.py holds the plain-Python
answers it is checked against. Province names arrive already resolved to their canonical
spelling and are compared without regard to case.
"""

from __future__ import annotations

from dataclasses import dataclass

from diklat_cli.schema import SORT_FIELDS

__all__ = ["SORT_FIELDS", "Filters"]


@dataclass
class Filters:
    """What to keep; None means no condition. All given conditions must hold."""

    province: str | None = None  # canonical province name; matches origin OR destination
    origin: str | None = None  # canonical province name
    destination: str | None = None  # canonical province name
    year: int | None = None  # year of start_date or of end_date
    program: str | None = None  # equal to the program or a prefix of it, any case
    agency: str | None = None  # substring of a host agency, organizer, institution or host
    search: str | None = None  # substring of any text field, any case
