"""diklat_cli.report: the workbook read back with openpyxl, the page and the charts as text.

The page in a real browser is tests/test_report_browser.py.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import openpyxl
import pytest

from diklat_cli.output.formats import CSV_COLUMNS
from diklat_cli.report import stats_png, stats_svg, write_html, write_workbook
from diklat_cli.report.charts import map_data
from diklat_cli.report.labels import _LABELS, LANGS, label, value
from tests.report_data import HOSTILE, example_stats, example_visits, stats_of, synthetic

TABLE_SHEETS = {"destination", "origin", "year", "program", "hosts"}


def test_fixture_is_what_stats_json_prints():
    # The fixture's shape is the contract with `diklat stats --json`: same code, same visits.
    assert stats_of(example_visits()) == example_stats()


def test_import_is_cheap():
    code = (
        "import sys, diklat_cli.report as r; "
        "print(sorted(m for m in ('xlsxwriter', 'PIL', 'pydantic', 'diklat_cli.report.charts') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_labels_exist_in_both_languages():
    # English in labels.py, Indonesian in the catalogue (test_catalogues: every message translated)
    for key in _LABELS:
        assert all(label(key, lang) for lang in LANGS), key
    assert label("report_title", "id") == "Laporan kunjungan diklat"
    assert label("report_title", "en") == "Training visits report"
    with pytest.raises(ValueError):
        label("visits", "fr")
    with pytest.raises(ValueError):
        stats_svg(example_stats(), lang="fr")


# --------------------------------------------------------------------------- workbook


def _sheet_rows(sheet, first: int) -> list[list]:
    return [list(r) for r in sheet.iter_rows(min_row=first, values_only=True)]


@pytest.mark.parametrize("lang", LANGS)
def test_workbook_tables_equal_stats(tmp_path, lang):
    stats, visits = example_stats(), example_visits()
    path = tmp_path / "out" / "r.xlsx"
    write_workbook(path, stats, visits, filters={"province": "Jatim", "year": None}, lang=lang)
    book = openpyxl.load_workbook(path)
    names = [label(f"sheet_{k}", lang) for k in ("summary", *TABLE_SHEETS, "matrix", "visits")]
    assert sorted(book.sheetnames) == sorted(names)
    for key in ("destination", "origin", "year", "program", "hosts", "matrix"):
        sheet = book[label(f"sheet_{key}", lang)]
        table = stats[key]
        width = len(table["columns"])
        got = [row[:width] for row in _sheet_rows(sheet, 4)]
        want = [[value(cell, lang) for cell in row] for row in table["rows"]]
        assert got == want, key
        charts = sheet._charts
        if key in TABLE_SHEETS:
            assert len(charts) == 1, key
            assert charts[0].tagname == ("barChart" if key != "year" else "barChart")  # column = barChart, barDir col
            assert charts[0].barDir == ("col" if key == "year" else "bar")
    summary = {r[0]: r[1] for r in _sheet_rows(book[label("sheet_summary", lang)], 1) if r[0]}
    assert summary[label("visits", lang)] == sum(r[1] for r in stats["destination"]["rows"])
    assert summary[label("filters", lang)] == "province = Jatim"


def test_workbook_visits_sheet_is_the_export(tmp_path):
    visits = synthetic(40, hostile_every=7)
    path = tmp_path / "r.xlsx"
    write_workbook(path, stats_of(visits), visits, filters={}, lang="en")
    sheet = openpyxl.load_workbook(path)["visits"]
    rows = _sheet_rows(sheet, 1)
    assert rows[0] == CSV_COLUMNS
    assert len(rows) == 41
    by_id = {r[0]: dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]}
    hostile = by_id["000123"]  # an id that looks like a number stays text, leading zeros and all
    assert hostile["program"].startswith(HOSTILE[:60])  # xlsxwriter stores \x07 as _x0007_, as export does
    assert hostile["host_agencies"].endswith('=HYPERLINK("http://evil.example","x")')
    formula_cell = next(c for c in sheet[2] if c.value == "000123")
    assert formula_cell.data_type == "s"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert isinstance(by_id["000000000001"]["participants"], int)
    assert by_id["000000000001"]["start_date"].year >= 2014  # a real date cell


def test_workbook_accepts_records_and_no_visits(tmp_path):
    from diklat_cli.models import Record

    records = [Record.model_validate(v) for v in example_visits()]
    write_workbook(tmp_path / "a.xlsx", example_stats(), records, filters={}, lang="id")
    empty = stats_of([])
    write_workbook(tmp_path / "b.xlsx", empty, [], filters={}, lang="en")
    book = openpyxl.load_workbook(tmp_path / "b.xlsx")
    assert book["by destination"]._charts == []


# --------------------------------------------------------------------------- page


def _page(tmp_path, visits, lang="en", filters=None) -> str:
    path = tmp_path / f"r-{lang}.html"
    write_html(path, stats_of(visits), visits, filters=filters or {}, lang=lang)
    return path.read_text(encoding="utf-8")


SAFE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "p", "section", "div", "b",
    "span", "svg", "rect", "text", "polygon", "path", "circle", "g", "table", "thead", "tbody", "tr", "th", "td",
    "a", "footer", "colgroup", "col", "details", "summary",
}  # fmt: skip


def _tags(page: str) -> list[tuple[str, list]]:
    from html.parser import HTMLParser

    found: list[tuple[str, list]] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Parser().feed(page)
    return found


def test_page_is_offline_and_escaped(tmp_path):
    visits = synthetic(60, hostile_every=5)
    page = _page(tmp_path, visits, filters={"agency": HOSTILE})
    tags = _tags(page)
    assert {t for t, _ in tags} <= SAFE_TAGS, {t for t, _ in tags} - SAFE_TAGS
    assert not [a for _, attrs in tags for a, _ in attrs if a.startswith("on")]  # no event handlers
    assert "&lt;script&gt;" in page  # the hostile text is there, as text
    assert "javascript:" not in page.replace("javascript:alert(1)", "")  # the text may show, never a link
    assert 'href="javascript' not in page
    assert "\x07" not in page and "\u202e" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # Every reference to another host is a source link, never something the page loads.
    refs = [(a, v) for _, attrs in tags for a, v in attrs if a in ("src", "href", "xlink:href", "srcset")]
    assert refs and all(a == "href" and v.startswith("https://berita.example/") for a, v in refs), refs[:5]
    styles = [v for _, attrs in tags for a, v in attrs if a == "style"]
    assert styles and not [v for v in styles if "url" in v.lower() or "@" in v]
    style = page[page.index("<style>") : page.index("</style>")]
    assert "url(" not in style and "@import" not in style and "@font-face" not in style


def test_page_in_indonesian(tmp_path):
    page = _page(tmp_path, example_visits(), lang="id")
    assert '<html lang="id">' in page
    for key in ("report_title", "map_title", "table_destination", "visits_table", "map_attribution"):
        assert label(key, "id") in page.replace("&#x27;", "'")
    assert "Training visits report" not in page


def test_page_for_ten_thousand_visits_is_under_5_mb(tmp_path):
    visits = synthetic(10_000)
    page = _page(tmp_path, visits)
    assert len(page.encode("utf-8")) < 5_000_000
    assert page[page.index('<section id="visits">') :].count("<tr><td>") == 10_000


# --------------------------------------------------------------------------- SVG, PNG, map data


def test_stats_table_objects_are_accepted():
    from diklat_cli.models import Record
    from tests.oracle import all_tables

    tables = all_tables([Record.model_validate(v) for v in example_visits()])
    assert stats_svg(tables, lang="en") == stats_svg(example_stats(), lang="en")


def test_svg_is_well_formed_with_hostile_text():
    visits = synthetic(30, hostile_every=3)
    svg = stats_svg(stats_of(visits), lang="en")
    root = ET.fromstring(svg.encode("utf-8"))  # control characters would make this fail
    assert root.tag.endswith("svg")
    assert "<script" not in svg
    texts = "".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Visits by destination province" in texts


def test_png_is_a_picture():
    from PIL import Image

    data = stats_png(example_stats(), lang="id", scale=1)
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.width == 960 and image.height > 800
    colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # drawn, not blank
    pixels = {c for _, c in colours}
    assert (0x2B, 0x6C, 0xB0) in pixels  # bars
    assert (0xDF, 0xE6, 0xD8) in pixels  # land


def test_map_data_covers_every_province():
    regions = json.loads(map_data.__wrapped__.__globals__["MAP_DATA"].with_name("regions.json").read_text("utf-8"))
    data = map_data()
    assert set(data["provinces"]) == set(regions["provinces"].values())
    west, south, east, north = data["frame"]
    for province in data["provinces"].values():
        assert west < province["lon"] < east and south < province["lat"] < north
    assert len(data["indonesia"]) > 50
    assert "Natural Earth" in data["source"] and "GeoNames" in data["source"]


def test_unknown_destinations_are_counted_not_drawn():
    visits = synthetic(20)
    for visit in visits[:3]:
        visit["destination"]["province"] = None
    svg = stats_svg(stats_of(visits), lang="en")
    assert label("map_not_drawn", "en", n=3) in svg
