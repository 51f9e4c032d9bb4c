"""list/export JSON and JSONL come from the stored lines, not from pydantic models: the
output must stay byte for byte what the models gave (issue 16), on a generated store of a
few hundred visits with merged reports, odd texts and every spelling pydantic uses."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diklat_cli import index
from diklat_cli.cli import app
from diklat_cli.index import lines as index_lines
from diklat_cli.models import Record
from diklat_cli.output import formats, screens
from diklat_cli.query import Filters
from diklat_cli.store import Store
from tests.factories import make_record
from tests.test_index import fill, prov, varied_records

UTC = dt.timezone.utc
WIB = dt.timezone(dt.timedelta(hours=7))
PROVINCES = ["Lampung", "Jawa Timur", "Bali", "Sulawesi Selatan", None]
TEXTS = [
    "Badan Diklat",
    "=SUM(A1)",
    "-2+3",
    "@cmd",
    "'quoted",
    "Dinas\tKominfo",
    "baris\nbaru",
    'kutip "dua" \\ garis',
    "ünïcödé — Straße",
    "emoji 🙂",
    "ctl \x01\x1f\x7f",
    "\u2028sep",
    "",
]
CONFIDENCES = [0.9, 1.0, 0.0, 0.5, 1 / 3, 0.30000000000000004, 0.0001, 1e-05, 5e-05, 1e-07, 0.123456789012345]


def generated_records(n: int = 300, seed: int = 16) -> list[Record]:
    """`n` varied visits; about one in six is another report of the visit before it."""
    rnd = random.Random(seed)
    out = varied_records()
    for i in range(n):
        if out and i % 6 == 5:  # another report of the previous visit: merged by list/export
            prev = out[-1]
            out.append(
                make_record(
                    **{
                        **prev.model_dump(exclude={"id", "provenance"}),
                        "participants": None if rnd.random() < 0.5 else prev.participants,
                        "organizer": None,
                        "host_agencies": [],
                        "provenance": prov(1000 + i, dt.datetime(2024, 6, 1, tzinfo=UTC)),
                    }
                )
            )
            continue
        start = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(3000))
        imported = dt.datetime(2024, 5, 1, 10, 30, tzinfo=rnd.choice([UTC, WIB, None]))
        if rnd.random() < 0.3:
            imported = imported.replace(microsecond=rnd.randrange(1, 999999))
        extra = {"fetched_at": imported} if rnd.random() < 0.3 else {}
        out.append(
            make_record(
                program=rnd.choice(["Diklatpim III", "PKN II", "Latsar CPNS", None]),
                cohort=rnd.choice([None, 1, 2, 40]),
                participants=rnd.choice([None, 30, 100_000]),
                origin={"institution": rnd.choice(TEXTS), "province": rnd.choice(PROVINCES), "regency": None},
                destination={
                    "province": rnd.choice(PROVINCES),
                    "regency": rnd.choice([None, "Kota Batu"]),
                    "host": rnd.choice(TEXTS),
                },
                organizer=rnd.choice([None, *TEXTS]),
                host_agencies=rnd.sample(TEXTS, rnd.randrange(4)),
                start_date=start,
                end_date=start + dt.timedelta(days=rnd.randrange(4)),
                officials=[{"name": rnd.choice(TEXTS) or "x", "title": rnd.choice([None, *TEXTS])}],
                source={
                    "outlet": rnd.choice(TEXTS),
                    "published": rnd.choice([None, start]),
                    "title": rnd.choice(TEXTS),
                },
                evidence={
                    field: {
                        "spans": [(rnd.randrange(500), rnd.randrange(500, 900))],
                        "confidence": rnd.choice(CONFIDENCES),
                    }
                    for field in rnd.sample(["program", "cohort", "participants", "origin.province"], rnd.randrange(5))
                },
                also_reported_by=[prov(5000 + i, imported)] if rnd.random() < 0.1 else [],
                manual=["participants"] if rnd.random() < 0.1 else [],
                provenance=prov(2000 + i, imported, **extra),
            )
        )
    return out


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("fast") / "store.json")
    fill(store, generated_records())
    return store


def run(store: Store, *args: str) -> bytes:
    result = CliRunner().invoke(app, ["--store", str(store.path), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def models_of(store: Store, filters=None, merge: bool = True) -> list[Record]:
    """The records as the models path gave them (iter_records: pydantic, updates applied)."""
    return index.records(index.selected(index.refresh(store), filters, "date", merge=merge))


def list_json_as_before(records: list[Record]) -> bytes:
    return (json.dumps([screens.record_json(r) for r in records], ensure_ascii=False, indent=2) + "\n").encode()


def test_the_store_has_merged_reports_and_small_confidences(big: Store) -> None:
    merged = [r for r in models_of(big) if len(r.also_reported_by) > 0]
    assert len(merged) > 30
    assert len(models_of(big)) < len(models_of(big, merge=False))
    assert any(e.confidence < 1e-4 for r in models_of(big) for e in r.evidence.values())


@pytest.mark.parametrize(
    "filters, args",
    [
        (None, []),
        (Filters(province="Lampung"), ["--province", "Lampung"]),
        (Filters(search="baris"), ["--search", "baris"]),
    ],
)
def test_list_json_is_what_the_models_gave(big: Store, filters, args) -> None:
    assert run(big, "list", "--json", *args) == list_json_as_before(models_of(big, filters))


def test_list_json_no_merge_and_empty(big: Store) -> None:
    assert run(big, "list", "--json", "--no-merge") == list_json_as_before(models_of(big, merge=False))
    assert run(big, "list", "--json", "--province", "Papua") == b"[]\n"


def test_list_json_with_limit_and_review(big: Store) -> None:
    assert run(big, "list", "--json", "-n", "7") == list_json_as_before(models_of(big)[:7])
    from diklat_cli.query.review import needs_review

    review = [r for r in models_of(big) if needs_review(r)]
    assert review
    assert run(big, "list", "--json", "--review") == list_json_as_before(review)


@pytest.mark.parametrize(
    "filters, args",
    [
        (None, []),
        (Filters(province="Lampung"), ["--province", "Lampung"]),
        (Filters(search="baris"), ["--search", "baris"]),
    ],
)
def test_list_jsonl_is_one_full_record_per_line_as_export_jsonl(big: Store, filters, args) -> None:
    out = run(big, "list", "--jsonl", *args)
    assert out == formats.to_jsonl(models_of(big, filters))
    assert out == run(big, "export", "--jsonl", *args)
    assert run(big, "list", "--jsonl", "--no-merge") == formats.to_jsonl(models_of(big, merge=False))
    assert run(big, "list", "--jsonl", "-n", "7") == formats.to_jsonl(models_of(big)[:7])
    assert run(big, "list", "--jsonl", "--province", "Papua") == b""


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("merge", [True, False])
def test_export_json_and_jsonl_are_what_the_models_gave(big: Store, tmp_path: Path, fmt: str, merge: bool) -> None:
    expected = formats.FORMATS[fmt](models_of(big, merge=merge))
    extra = [] if merge else ["--no-merge"]
    assert run(big, "export", f"--{fmt}", *extra) == expected
    out = tmp_path / f"out.{fmt}"
    run(big, "export", f"--{fmt}", "-o", str(out), *extra)
    assert out.read_bytes() == expected


@pytest.mark.parametrize("excel", [False, True])
@pytest.mark.parametrize("merge", [True, False])
def test_export_csv_is_what_the_models_gave(big: Store, tmp_path: Path, excel: bool, merge: bool) -> None:
    expected = formats.to_csv(models_of(big, merge=merge), excel=excel)
    extra = (["--excel"] if excel else []) + ([] if merge else ["--no-merge"])
    assert run(big, "export", "--csv", *extra) == expected
    out = tmp_path / "out.csv"
    run(big, "export", "--csv", "-o", str(out), *extra)
    # a .csv file is for people: it starts with a BOM and keeps numeric-looking ids text
    assert out.read_bytes() == formats.to_csv(models_of(big, merge=merge), excel=excel, bom=True)
    lampung = formats.to_csv(models_of(big, Filters(province="Lampung"), merge=merge), excel=excel)
    assert run(big, "export", "--csv", "--province", "Lampung", *extra) == lampung


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_export_of_nothing(big: Store, fmt: str) -> None:
    assert run(big, "export", f"--{fmt}", "--province", "Papua") == formats.FORMATS[fmt]([])


def test_lines_diklat_wrote_go_out_as_they_are(big: Store) -> None:
    """Only lines with a \\u escape or a confidence of many digits or below 1e-4 are left
    to pydantic (whose spelling of those the index does not second-guess)."""
    index.refresh(big).close()
    conn = sqlite3.connect(index.index_path(big))
    kept = dict(conn.execute("SELECT line, written FROM visit_lines"))
    odd = re.compile(r'\\u|"confidence":(?:0\.0000|0\.[0-9]{16}|[0-9.]+e)')
    assert sum(kept.values()) > 50
    assert all(written or odd.search(line.decode("utf-8")) for line, written in kept.items())


def test_the_record_orders_are_the_models_orders() -> None:
    from diklat_cli import models

    assert tuple(models.Record.model_fields) == index_lines.RECORD_ORDER
    assert tuple(models.Origin.model_fields) == index_lines.ORIGIN_ORDER
    assert tuple(models.Destination.model_fields) == index_lines.DESTINATION_ORDER
    assert tuple(models.Official.model_fields) == index_lines.OFFICIAL_ORDER
    assert tuple(models.Source.model_fields) == index_lines.SOURCE_ORDER
    assert tuple(models.Provenance.model_fields) == index_lines.PROVENANCE_ORDER
    assert tuple(models.Evidence.model_fields) == index_lines.EVIDENCE_ORDER


HAND_EDITS = [
    (b'"cohort":3,', b'"cohort": 3,'),  # a space
    (b'"imported_at":"2024-05-01T10:30:00Z"', b'"imported_at":"2024-05-01T10:30:00+00:00"'),
    (b'"confidence":0.9}', b'"confidence":0.90}'),
    (b'"confidence":0.9}', b'"confidence":1}'),
    (b'"manual":[],', b""),  # a key left out (pydantic fills in its default)
    (b'"program":"Diklatpim III",', b'"program":"Diklatpim \\u0049II",'),  # an escape pydantic does not write
]


@pytest.mark.parametrize("old, new", HAND_EDITS)
def test_a_line_edited_by_hand_goes_out_as_pydantic_writes_it(tmp_path: Path, old: bytes, new: bytes) -> None:
    store = Store(tmp_path / "store.json")
    fill(store, [make_record(provenance=prov(1)), make_record(provenance=prov(2), program="PKN II")])
    head, visits = store.path.read_bytes().split(b'"visits":[', 1)
    assert old in visits
    store.path.write_bytes(head + b'"visits":[' + visits.replace(old, new, 1))
    records = store.load().records()
    assert run(store, "list", "--json", "--sort", "imported") == list_json_as_before(
        index.records(index.selected(index.refresh(store), None, "imported"))
    )
    assert run(store, "export", "--jsonl") == formats.to_jsonl(models_of(store))
    assert run(store, "export", "--json") == formats.to_json(models_of(store))
    assert run(store, "export", "--csv") == formats.to_csv(models_of(store))
    assert sorted(r.id for r in records) == sorted(r.id for r in models_of(store))
    written = dict(sqlite3.connect(index.index_path(store)).execute("SELECT seq, written FROM visit_lines"))
    assert sorted(written.values()) == [0, 1]


@pytest.mark.parametrize("excel", [False, True])
def test_csv_in_many_chunks_is_one_csv(big: Store, excel: bool) -> None:
    rows = list(index.export_rows(index.refresh(big)))
    whole = b"".join(formats.csv_chunks(rows, excel=excel))
    assert b"".join(formats.csv_chunks(rows, excel=excel, chunk=7)) == whole
    assert whole == formats.to_csv(models_of(big), excel=excel)


def test_building_a_big_index_tells_its_progress(big: Store, monkeypatch) -> None:
    from diklat_cli.index import build

    monkeypatch.setattr(build, "PROGRESS_EVERY", 50)
    told: list[tuple[int, int]] = []
    index.discard(big)
    build.refresh(build.StoreFile(big.path, big.load, progress=lambda done, total: told.append((done, total))))
    size = big.path.stat().st_size
    assert len(told) >= 5
    assert all(total == size and 0 < done <= size for done, total in told)
    assert [done for done, _ in told] == sorted(done for done, _ in told)


def test_the_progress_line_waits_a_second_and_is_one_line_in_a_pipe(capsys) -> None:
    from diklat_cli.output.console import BuildProgress

    with BuildProgress("indexing store.json", after_s=3600) as progress:
        progress(10, 100)
    assert capsys.readouterr().err == ""
    with BuildProgress("indexing store.json", after_s=0) as progress:
        progress(10, 100)
        progress(50, 100)
    assert capsys.readouterr().err == "diklat: indexing store.json… 10%\n"


def _cells(data: bytes) -> list[tuple]:
    import io

    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return [tuple(c.value for c in row) for row in sheet.iter_rows()] + [(sheet.freeze_panes, sheet.auto_filter.ref)]


@pytest.mark.parametrize("merge", [True, False])
def test_export_xlsx_has_the_cells_the_models_gave(big: Store, tmp_path: Path, merge: bool) -> None:
    out = tmp_path / "out.xlsx"
    run(big, "export", "--xlsx", "-o", str(out), *([] if merge else ["--no-merge"]))
    expected = _cells(formats.to_xlsx(models_of(big, merge=merge)))
    assert _cells(out.read_bytes()) == expected
    assert len(expected) > 250


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--no-merge"],
        ["--sort", "participants"],
        ["--sort", "cohort", "--province", "Lampung"],
        ["--search", "baris"],
    ],
)
def test_list_with_a_limit_is_the_start_of_the_whole_list(big: Store, args) -> None:
    whole = json.loads(run(big, "list", "--json", *args))
    assert len(whole) > 7
    assert json.loads(run(big, "list", "--json", "-n", "7", *args)) == whole[:7]


def test_list_with_a_limit_says_how_many_there_were(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.json")
    fill(store, varied_records())
    whole = json.loads(run(store, "list", "--json"))
    assert len(whole) > 3
    for args in ([], ["--no-merge"], ["--sort", "participants"]):
        result = CliRunner().invoke(app, ["--store", str(store.path), "list", "-n", "3", *args])
        assert result.exit_code == 0, result.output
        total = len(json.loads(run(store, "list", "--json", *args)))
        assert f"3 of {total} visits" in result.stderr
