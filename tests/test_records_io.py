from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diklat_cli.models import ACTIVITIES, Record
from diklat_cli.output.formats import to_csv, to_json, to_jsonl, to_xlsx
from diklat_cli.sources.exports import looks_like_export, parse_official, read_export
from tests.factories import make_record

# No NUL: Python 3.10's csv reader rejects it. No lone surrogates: not UTF-8.
_CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
_TRICKY = st.sampled_from(
    ["=SUM(1)", "+1", "-1", "@cmd", "\tx", "\rx", "  =x", "'=x", "''", "a,b", '"q"', "\r\n", "é—ü"]
)
_TEXT = st.text(_CHARS, max_size=12) | _TRICKY
_TIMEZONES = st.sampled_from(
    [
        None,
        dt.timezone.utc,
        dt.timezone(dt.timedelta(hours=7)),
        dt.timezone(-dt.timedelta(hours=3.5)),
    ]
)
_DATES = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
_DATETIMES = st.builds(
    lambda moment, zone: moment.replace(tzinfo=zone),
    st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2035, 12, 31)),
    _TIMEZONES,
)


def _csv_safe(text: str) -> bool:
    """Text the CSV's list cells and "Name (Title)" can carry without ambiguity."""
    return "; " not in text and " (" not in text


@st.composite
def records(draw, csv_safe: bool = False) -> Record:
    """Valid Records; with `csv_safe`, only what a CSV export can carry exactly."""
    text = _TEXT.filter(lambda s: s != "" and _csv_safe(s)) if csv_safe else _TEXT
    opt = st.none() | text
    start = draw(st.none() | _DATES)
    if start is None:
        end = draw(st.none() | _DATES)
    else:
        end = draw(st.none() | st.integers(0, 30).map(lambda d: start + dt.timedelta(days=d)))

    def provenance():
        return st.fixed_dictionaries(
            {
                "file": opt,
                "url": opt,
                "sha256": st.just("") if csv_safe else st.text(_CHARS, max_size=64),
                "imported_at": _DATETIMES,
                "extractor_version": st.just("") if csv_safe else text,
                "fetched_at": st.none() if csv_safe else st.none() | _DATETIMES,
            }
        )

    data = draw(
        st.fixed_dictionaries(
            {
                "id": text,
                "program": opt,
                "cohort": st.none() | st.integers(1, 999),
                "activity": st.none() | st.sampled_from(ACTIVITIES),
                "participants": st.none() | st.integers(1, 100_000),
                "origin": st.fixed_dictionaries({"institution": opt, "province": opt, "regency": opt}),
                "organizer": opt,
                "destination": st.fixed_dictionaries({"province": opt, "regency": opt, "host": opt}),
                "host_agencies": st.lists(text, max_size=4),
                "officials": st.lists(
                    # "Name; (Title)" would hold the list separator
                    st.fixed_dictionaries({"name": text.filter(lambda s: not csv_safe or s[-1:] != ";"), "title": opt}),
                    max_size=3,
                ),
                "source": st.fixed_dictionaries(
                    {
                        "outlet": opt,
                        "reporter": opt,
                        "editor": opt,
                        "dateline": opt,
                        "published": st.none() | _DATES,
                        "title": opt,
                    }
                ),
                "provenance": provenance(),
            }
        )
    )
    data["start_date"], data["end_date"] = start, end
    if not csv_safe:
        data["evidence"] = draw(
            st.dictionaries(
                text,
                st.fixed_dictionaries(
                    {
                        "spans": st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))),
                        "confidence": st.floats(0.0, 1.0),
                    }
                ),
                max_size=3,
            )
        )
        data["manual"] = draw(st.lists(text, max_size=3))
        data["also_reported_by"] = draw(st.lists(provenance(), max_size=2))
    return Record.model_validate(data)


_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.lists(records(), max_size=4))
def test_json_round_trip_is_identity(items):
    assert read_export(to_json(items), "json") == items


@_SETTINGS
@given(st.lists(records(), max_size=4))
def test_jsonl_round_trip_is_identity(items):
    assert read_export(to_jsonl(items), "jsonl") == items


@_SETTINGS
@given(st.lists(records(csv_safe=True), max_size=4), st.booleans())
def test_csv_round_trip_keeps_visit_id_and_provenance(items, excel):
    assert read_export(to_csv(items, excel=excel), "csv") == items


@_SETTINGS
@given(st.lists(records(csv_safe=True), max_size=4), st.sampled_from([",", ";", "\t"]), st.booleans())
def test_csv_round_trip_with_any_separator_and_bom(items, sep, bom):
    assert read_export(to_csv(items, sep=sep, bom=bom), "csv") == items


def test_csv_round_trip_of_a_full_record_drops_only_what_csv_lacks():
    record = make_record(
        manual=["cohort"],
        officials=[
            {"name": "Adriyana Umar", "title": "Kepala Badan Kepegawaian Daerah (BKD)"},
            {"name": "Budi", "title": None},
            {"name": "Sri", "title": ""},
        ],
        host_agencies=["=SUM(1)", "Dinas Kominfo", " -spasi"],
        program="'=quoted",
        **{"source.title": "Baris\r\nkedua\rketiga", "provenance.fetched_at": None},
    )
    (back,) = read_export(to_csv([record]), "csv")
    assert back.visit() == record.visit()
    assert back.id == record.id
    for field in ("file", "url", "imported_at"):
        assert getattr(back.provenance, field) == getattr(record.provenance, field)
    assert back.provenance.sha256 == record.provenance.sha256
    assert back.provenance.extractor_version == record.provenance.extractor_version
    # not in the CSV columns
    assert back.evidence == {} and back.manual == []


def test_parse_official():
    assert parse_official("Budi") == {"name": "Budi", "title": None}
    assert parse_official("Budi (Kepala Dinas)") == {"name": "Budi", "title": "Kepala Dinas"}
    assert parse_official("Budi (Kepala BKD (Badan))") == {
        "name": "Budi",
        "title": "Kepala BKD (Badan)",
    }
    assert parse_official("Budi ()") == {"name": "Budi", "title": ""}


@pytest.mark.parametrize(
    ("export", "kind"),
    [
        (to_json, "json"),
        (to_jsonl, "jsonl"),
        (to_csv, "csv"),
        (lambda records: to_csv(records, excel=True), "csv"),
    ],
)
def test_looks_like_export(export, kind):
    many = [make_record(), make_record()]
    assert looks_like_export(export(many), "export.dat") == kind
    assert looks_like_export(export(many[:1]), "export.dat") == kind
    if kind != "jsonl":  # an empty JSONL file is an empty file
        assert looks_like_export(export([]), "export.dat") == kind


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"Makassar (ANTARA) - Peserta Diklatpim III Angkatan 3 melakukan benchmarking.",
        b'{"visits": []}',
        b'{"id": 1}\n',
        b"[1, 2]",
        b"{ not json",
        b"id,program\nx,y\n",
        b"\xff\xfe\x00binary",
        b"<html><body>berita</body></html>",
    ],
)
def test_looks_like_export_rejects_articles_and_other_files(data):
    assert looks_like_export(data, "article.txt") is None


def test_looks_like_export_ignores_an_xlsx():
    assert looks_like_export(to_xlsx([make_record()]), "export.xlsx") is None


def _csv_with_row3(cell_column: str, value: str) -> bytes:
    text = to_csv([make_record(), make_record()]).decode()
    header, row2, row3, _ = text.split("\n")
    cells = row3.split(",")
    cells[header.split(",").index(cell_column)] = value
    return "\n".join([header, row2, ",".join(cells), ""]).encode()


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("cohort", "0", "row 3: cohort: "),
        ("cohort", "tiga", "row 3: cohort: "),
        ("activity", "jalan-jalan", "row 3: activity: "),
        ("start_date", "29/08/2016", "row 3: start_date: "),
        ("end_date", "2016-08-01", "row 3: end_date: "),
        ("origin_province", "", None),
        ("imported_at", "", "row 3: imported_at: "),
        ("destination_province", '"unclosed', "row 3: "),
    ],
)
def test_read_csv_bad_row_reason(column, value, reason):
    data = _csv_with_row3(column, value)
    if reason is None:
        assert len(read_export(data, "csv")) == 2
        return
    with pytest.raises(ValueError) as info:
        read_export(data, "csv")
    message = str(info.value)
    assert message.startswith(reason)
    assert "\n" not in message


def test_read_csv_rejects_wrong_header_and_short_rows():
    with pytest.raises(ValueError, match="header"):
        read_export(b"id,program\nx,y\n", "csv")
    text = to_csv([make_record()]).decode()
    with pytest.raises(ValueError, match="^row 2: 3 cells"):
        read_export((text.split("\n")[0] + "\na,b,c\n").encode(), "csv")


def test_read_csv_tolerates_reordered_columns():
    records = [make_record()]
    header, row, _ = to_csv(records).decode().split("\n")
    # only valid for this record, whose cells hold no commas
    swapped = [(h, c) for h, c in zip(header.split(","), row.split(","), strict=True)][::-1]
    data = "\n".join([",".join(h for h, _ in swapped), ",".join(c for _, c in swapped), ""])
    assert looks_like_export(data.encode(), "moved.csv") == "csv"
    assert read_export(data.encode(), "csv")[0].visit() == records[0].visit()


def test_read_json_errors():
    good = json.loads(to_json([make_record(), make_record()]))
    good["visits"][1]["participants"] = 0
    with pytest.raises(ValueError, match="^visit 2: participants: "):
        read_export(json.dumps(good).encode(), "json")
    with pytest.raises(ValueError, match="version"):
        read_export(b'{"format": "diklat-export", "version": 99, "visits": []}', "json")
    with pytest.raises(ValueError, match="not a diklat export"):
        read_export(b'{"visits": []}', "json")
    with pytest.raises(ValueError, match="not valid JSON"):
        read_export(b"{", "json")
    with pytest.raises(ValueError, match="^visit 1: not a record"):
        read_export(b'{"format": "diklat-export", "version": 1, "visits": [3]}', "json")


def test_read_jsonl_errors_and_blank_lines():
    lines = to_jsonl([make_record(), make_record()]).decode().split("\n")
    data = "\r\n".join([lines[0], "", lines[1], ""]).encode()
    assert len(read_export(data, "jsonl")) == 2
    with pytest.raises(ValueError, match="^line 3: not valid JSON"):
        read_export("\n".join([lines[0], "", "{oops"]).encode(), "jsonl")
    with pytest.raises(ValueError, match="^line 1: provenance"):
        read_export(b'{"id": "x"}\n', "jsonl")


def test_read_export_other_errors():
    with pytest.raises(ValueError, match="unknown export kind"):
        read_export(b"", "xml")
    with pytest.raises(ValueError, match="UTF-8"):
        read_export(b"\xff\xfe", "csv")


def test_read_export_tolerates_a_bom():
    record = make_record()
    for export, kind in ((to_json, "json"), (to_jsonl, "jsonl")):
        assert read_export(b"\xef\xbb\xbf" + export([record]), kind) == [record]


@pytest.mark.parametrize("data", [b"\rid,program\r\n1,PKA\n", b"Judul\rBerita,satu\nisi", b"id,program\rx"])
def test_a_text_with_a_lone_carriage_return_in_its_first_line_is_an_article_not_a_crash(data):
    # old Mac line ends and pasted text: csv refuses a bare \r inside an unquoted field
    assert looks_like_export(data, "a.csv") is None
