"""The countries outside Indonesia a report may name (data/countries.json): their written forms, the
capitals and major cities that stand for them, and the nouns of a counted group of people. Read by
abroad.py, which finds trips abroad, and by place_roles.py, which abroad builds on."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def data() -> dict:
    return json.loads(resources.files("diklat_cli").joinpath("data/countries.json").read_text("utf-8"))


def country_names() -> list[str]:
    """Every written form of every country (data/countries.json "countries"), the longest first."""
    return sorted({form for forms in data()["countries"].values() for form in forms}, key=len, reverse=True)
