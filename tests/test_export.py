from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils.escape import unescape

from diklat_cli.output.formats import (
    CSV_COLUMNS,
    FORMATS,
    neutralise,
    to_csv,
    to_json,
    to_jsonl,
    to_xlsx,
    unneutralise,
)
from tests.factories import make_record

EXPECTED_COLUMNS = [
    "id", "program", "cohort", "activity", "participants",
    "origin_institution", "origin_province", "origin_regency", "organizer",
    "destination_province", "destination_regency", "destination_host", "host_agencies",
    "start_date", "end_date", "officials",
    "source_outlet", "source_reporter", "source_editor", "source_dateline",
    "source_published", "source_title", "source_file", "source_url", "imported_at",
    "source_sha256",
    "extractor_version",
]  # fmt: skip

INJECTIONS = ["=SUM(1)", "+1", "-1", "@cmd", "\tx", "\rx", "  =SUM(1)", " \t+1", "\n-1"]


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_columns_are_the_documented_order():
    assert CSV_COLUMNS == EXPECTED_COLUMNS
    header = to_csv([]).decode("utf-8").splitlines()[0]
    assert header == ",".join(EXPECTED_COLUMNS)


def test_csv_cells_and_list_joining():
    record = make_record(
        officials=[
            {"name": "Adriyana Umar", "title": "Kepala Badan Diklat"},
            {"name": "Budi", "title": None},
        ],
        **{"source.published": dt.date(2016, 9, 3)},
    )
    (row,) = _csv_rows(to_csv([record]))
    assert row["id"] == record.id
    assert row["cohort"] == "3"
    assert row["participants"] == "30"
    assert row["origin_regency"] == ""
    assert row["host_agencies"] == (
        "Dinas Pendapatan Daerah; Badan Koordinasi Penanaman Modal (PTSP); Dinas Koperasi dan UMKM"
    )
    assert row["officials"] == "Adriyana Umar (Kepala Badan Diklat); Budi"
    assert row["start_date"] == "2016-08-29"
    assert row["source_published"] == "2016-09-03"
    assert row["source_file"] == "corpus/lampung-sulsel.txt"
    assert row["source_url"].startswith("https://")
    assert row["imported_at"] == "2024-05-01T10:30:00+00:00"


@pytest.mark.parametrize("cell", INJECTIONS)
def test_neutralise_quotes_formula_cells(cell):
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "Dinas Kominfo", "a=b", "1+1", "'quoted", "2016-08-29", " spaced", "Rp 5.000"])
def test_neutralise_leaves_plain_text(cell):
    assert neutralise(cell) == cell


def test_neutralise_requotes_a_quote_before_a_formula():
    # Otherwise reading back could not tell the data's quote from the one we add.
    assert neutralise("'=1") == "''=1"
    assert unneutralise(neutralise("'=1")) == "'=1"
    assert unneutralise("'quoted") == "'quoted"
    many = "'" * 5000 + "=1"  # no recursion limit
    assert unneutralise(neutralise(many)) == many and neutralise(many) == "'" + many


@given(st.text())
def test_unneutralise_inverts_neutralise(cell):
    assert unneutralise(neutralise(cell)) == cell


@pytest.mark.parametrize("excel", [False, True])
def test_csv_neutralises_every_text_cell(excel):
    record = make_record(
        program=INJECTIONS[0],
        organizer=INJECTIONS[1],
        host_agencies=[INJECTIONS[2], "Dinas"],
        officials=[{"name": INJECTIONS[3], "title": None}],
        **{"source.title": INJECTIONS[6], "destination.host": INJECTIONS[5]},
    )
    (row,) = _csv_rows(to_csv([record], excel=excel))
    assert row["program"] == "'=SUM(1)"
    assert row["organizer"] == "'+1"
    assert row["host_agencies"] == "'-1; Dinas"
    assert row["officials"] == "'@cmd"
    assert row["source_title"] == "'  =SUM(1)"
    assert row["destination_host"] == "'\rx"


def test_csv_plain_is_utf8_with_lf():
    data = to_csv([make_record(program="Diklat Kepemimpinan — Angkatan é")])
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in data
    assert data.count(b"\n") == 2
    assert "— Angkatan é".encode() in data


def test_csv_excel_has_bom_and_crlf():
    data = to_csv([make_record(), make_record()], excel=True)
    assert data.startswith(b"\xef\xbb\xbfid,program,")
    assert data.count(b"\r\n") == 3
    assert data.count(b"\n") == 3


def test_csv_keeps_newlines_inside_cells():
    record = make_record(**{"source.title": 'Baris satu\nbaris "dua"'})
    for excel in (False, True):
        (row,) = _csv_rows(to_csv([record], excel=excel))
        assert row["source_title"] == 'Baris satu\nbaris "dua"'


def test_json_document_shape():
    records = [make_record(program="Diklatpim III — é"), make_record()]
    data = to_json(records)
    assert "Diklatpim III — é".encode() in data  # ensure_ascii=False
    doc = json.loads(data)
    assert doc["format"] == "diklat-export"
    assert doc["version"] == 1
    assert [v["id"] for v in doc["visits"]] == [r.id for r in records]
    visit = doc["visits"][0]
    assert visit["provenance"]["sha256"] == "ab" * 32
    assert visit["evidence"]["cohort"] == {"spans": [[120, 131]], "confidence": 0.9}
    assert visit["manual"] == []
    assert visit["start_date"] == "2016-08-29"


def test_jsonl_is_one_record_per_line():
    records = [make_record(**{"source.title": "a\nb\u2028c"}), make_record()]
    lines = to_jsonl(records).decode("utf-8").split("\n")
    assert lines[-1] == ""
    assert [json.loads(line)["id"] for line in lines[:-1]] == [r.id for r in records]
    assert to_jsonl([]) == b""


def _sheet(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))["visits"]


def test_xlsx_layout():
    records = [make_record(), make_record(), make_record()]
    sheet = _sheet(to_xlsx(records))
    header = [cell.value for cell in sheet[1]]
    assert header == CSV_COLUMNS
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:AA4"
    assert sheet.max_row == 4
    widths = [sheet.column_dimensions[cell.column_letter].width for cell in sheet[1]]
    assert all(8 <= w <= 61 for w in widths)
    # a long text column is wider than a short number column
    hosts = CSV_COLUMNS.index("host_agencies")
    cohort = CSV_COLUMNS.index("cohort")
    assert widths[hosts] > widths[cohort]


def test_xlsx_types():
    record = make_record(**{"source.published": dt.date(2016, 9, 3)})
    sheet = _sheet(to_xlsx([record]))
    row = {column: cell for column, cell in zip(CSV_COLUMNS, sheet[2], strict=True)}
    for column, expected in [
        ("start_date", dt.datetime(2016, 8, 29)),
        ("end_date", dt.datetime(2016, 9, 2)),
        ("source_published", dt.datetime(2016, 9, 3)),
    ]:
        assert row[column].is_date
        assert row[column].value == expected
        assert "yy" in row[column].number_format
    assert row["cohort"].value == 3 and row["cohort"].data_type == "n"
    assert row["participants"].value == 30
    assert row["origin_regency"].value is None
    assert row["officials"].value == "Adriyana Umar (Kepala Badan Diklat Provinsi Lampung)"
    assert row["imported_at"].value == "2024-05-01T10:30:00+00:00"


def test_xlsx_injection_strings_are_text():
    records = [make_record(program=cell, host_agencies=[cell]) for cell in INJECTIONS]
    sheet = _sheet(to_xlsx(records))
    program = CSV_COLUMNS.index("program")
    hosts = CSV_COLUMNS.index("host_agencies")
    for row, cell in zip(sheet.iter_rows(min_row=2), INJECTIONS, strict=True):
        for col in (program, hosts):
            assert row[col].data_type == "s"
            # xlsxwriter stores \r as _x000D_, which Excel decodes and openpyxl does not
            assert unescape(row[col].value) == cell
            assert row[col].quotePrefix  # Excel keeps it text even when edited


def test_xlsx_empty():
    sheet = _sheet(to_xlsx([]))
    assert [cell.value for cell in sheet[1]] == CSV_COLUMNS
    assert sheet.max_row == 1


def test_formats_registry():
    assert set(FORMATS) == {"csv", "json", "jsonl", "xlsx"}
    record = make_record()
    for name, export in FORMATS.items():
        data = export([record])
        assert isinstance(data, bytes) and data, name
        assert export(iter([record])) == data or name == "xlsx"  # any iterable
