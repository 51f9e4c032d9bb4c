"""The bundled example articles extract to the records a careful reader would write.

Each article in examples/ has its expected record in tests/examples_expected/; the core
fields must match exactly (the rules of SCHEMA.md), the rest closely.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.models import visit_json
from diklat_cli.sources import reader

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXPECTED = Path(__file__).resolve().parent / "examples_expected"
CORE = ["program", "cohort", "activity", "participants", "start_date", "end_date"]
ARTICLES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))


def _extract(path: Path) -> list[dict]:
    article = reader.load_article(path.read_bytes(), path.name)
    found = extract_text(article.text, published=article.published, title=article.title, outlet=article.outlet)
    return [visit_json(e.visit) for e in found]


def _key(visit: dict):
    return (visit["program"], visit["cohort"])


def test_every_example_has_an_expected_record():
    assert len(ARTICLES) >= 8
    for path in ARTICLES:
        assert (EXPECTED / f"{path.stem}.json").exists(), path.name


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_example_extracts_as_expected(path: Path):
    expected = json.loads((EXPECTED / f"{path.stem}.json").read_text("utf-8"))["visits"]
    got = _extract(path)
    assert len(got) == len(expected)
    for want, have in zip(sorted(expected, key=_key), sorted(got, key=_key), strict=True):
        for field in CORE:
            assert have[field] == want[field], field
        assert have["origin"]["province"] == want["origin"]["province"]
        assert have["destination"]["province"] == want["destination"]["province"]
        assert have["destination"]["regency"] == want["destination"]["regency"]
        assert sorted(have["host_agencies"]) == sorted(want["host_agencies"])
