"""The derived SQLite index: same answers as query / merge / stats on the loaded records,
kept fresh after writes, rebuilt after outside changes, never built from a broken store."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diklat_cli import index, models
from diklat_cli.index import build as index_build
from diklat_cli.index import lines as index_lines
from diklat_cli.output import console
from diklat_cli.output import screens as render
from diklat_cli.query import Filters, merge
from diklat_cli.store import ArticleEntry, Store, StoreError
from diklat_cli.store import store as store_mod
from tests import oracle as query
from tests import oracle as stats
from tests.factories import make_record

UTC = dt.timezone.utc
WIB = dt.timezone(dt.timedelta(hours=7))


def sha(n) -> str:
    return hashlib.sha256(str(n).encode()).hexdigest()


def prov(n, imported=dt.datetime(2024, 5, 1, 10, 30, tzinfo=UTC), **extra) -> dict:
    return {
        "file": f"berita-{n}.txt",
        "url": f"https://example.id/berita/{n}",
        "sha256": sha(n),
        "imported_at": imported,
        "extractor_version": "0.1.0",
        **extra,
    }


def varied_records() -> list[models.Record]:
    """Records that exercise every filter, sort key and merge rule."""
    out = [
        # one visit reported three times (same programme, cohort, provinces; overlapping dates)
        make_record(
            program="Diklatpim III",
            cohort=3,
            participants=None,
            organizer=None,
            host_agencies=[],
            end_date=None,
            provenance=prov(1, dt.datetime(2024, 5, 2, tzinfo=UTC)),
        ),
        make_record(
            program="diklatpim iii",
            cohort=3,
            participants=31,
            organizer="BPSDM Lampung",
            host_agencies=["Dinas Kominfo", "dinas  kominfo"],
            end_date=dt.date(2016, 9, 2),
            provenance=prov(2, dt.datetime(2024, 5, 1, tzinfo=UTC)),
        ),
        make_record(
            program="Diklatpim III",
            cohort=3,
            participants=29,
            start_date=dt.date(2016, 8, 30),
            end_date=dt.date(2016, 8, 31),
            provenance=prov(3, dt.datetime(2024, 5, 3, tzinfo=UTC)),
        ),
        # same article twice (same sha256): never merged
        make_record(cohort=7, provenance=prov(4)),
        make_record(cohort=7, provenance=prov(4)),
        # national origin (no province): grouped by institution
        make_record(
            program="PKN II",
            cohort=1,
            origin={"institution": "Kementerian Dalam Negeri", "province": None, "regency": None},
            provenance=prov(5, dt.datetime(2024, 1, 1, 8, tzinfo=WIB)),
            start_date=dt.date(2019, 3, 4),
            end_date=dt.date(2019, 3, 6),
        ),
        make_record(
            program="PKN II",
            cohort=1,
            origin={"institution": "kementerian dalam negeri", "province": None, "regency": None},
            provenance=prov(6, dt.datetime(2024, 1, 1, 9, tzinfo=WIB)),
            start_date=dt.date(2019, 3, 5),
            end_date=None,
            participants=None,
        ),
        # no dates, no programme, no provinces, no participants
        make_record(
            program=None,
            cohort=None,
            activity=None,
            participants=None,
            origin={"institution": None, "province": None, "regency": None},
            destination={"province": None, "regency": None, "host": None},
            host_agencies=[],
            organizer=None,
            start_date=None,
            end_date=None,
            officials=[],
            source={},
            provenance=prov(7, dt.datetime(2023, 12, 31, 23, 59)),  # naive: taken as UTC
        ),
        # only an end date (sorts by it), a year that only the end date has
        make_record(start_date=None, end_date=dt.date(2020, 1, 3), cohort=12, provenance=prov(8)),
        make_record(start_date=dt.date(2019, 12, 30), end_date=dt.date(2020, 1, 2), cohort=13, provenance=prov(9)),
        # provinces in another case, a regency, an agency only in the destination host
        make_record(
            program="Latsar CPNS",
            cohort=40,
            participants=120,
            origin={"institution": "Pemkab Sleman", "province": "DI Yogyakarta", "regency": "Kabupaten Sleman"},
            destination={"province": "jawa timur", "regency": "Kota Batu", "host": "Pemkot Batu — Wali Kota"},
            host_agencies=["Dinas Pariwisata", "Mal Pelayanan Publik"],
            provenance=prov(10, dt.datetime(2022, 2, 2, tzinfo=UTC), file=None),
            start_date=dt.date(2022, 2, 1),
            end_date=dt.date(2022, 2, 1),
        ),
        make_record(
            program="Latsar CPNS Golongan III",
            cohort=41,
            participants=5,
            destination={"province": "Jawa Timur", "regency": None, "host": None},
            host_agencies=["Straße Ämter", "MAL PELAYANAN PUBLIK"],
            officials=[{"name": "Siti Ärzte", "title": None}],
            source={"outlet": "Kompas", "title": "Studi Tiru ke Jatim"},
            provenance=prov(11, fetched_at=dt.datetime(2022, 3, 3, tzinfo=UTC)),
            start_date=dt.date(2022, 3, 1),
            end_date=dt.date(2022, 3, 3),
            also_reported_by=[prov(99, dt.datetime(2022, 3, 4, tzinfo=UTC))],
        ),
        make_record(program="Diklatpim IV", cohort=2, participants=30, provenance=prov(12), manual=["participants"]),
    ]
    return out


def fill(store: Store, records: list[models.Record]) -> None:
    with store.transaction("import") as data:
        for r in records:
            data.add(r)
            entry = data.articles.setdefault(
                r.provenance.sha256,
                ArticleEntry(file=r.provenance.file, imported_at=r.provenance.imported_at, extractor_version="0.1.0"),
            )
            entry.visit_ids = [*entry.visit_ids, r.id]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "store.json")
    fill(s, varied_records())
    return s


@pytest.fixture(scope="module")
def shared(tmp_path_factory) -> tuple[Store, list[models.Record]]:
    s = Store(tmp_path_factory.mktemp("shared") / "store.json")
    fill(s, varied_records())
    return s, s.load().records()


def ids(items) -> list[str]:
    return [r.id for r in items]


def merged_selection(records, filters, sort="date", descending=True):
    """What cli._selected does today on the loaded records."""
    return query.sort(query.apply(merge.merge_reports(records), filters), sort, descending)


FILTERS = [
    Filters(),
    Filters(province="lampung"),
    Filters(province="JAWA TIMUR"),
    Filters(origin="Lampung"),
    Filters(destination="sulawesi selatan"),
    Filters(year=2016),
    Filters(year=2020),
    Filters(program="diklatpim"),
    Filters(program="Latsar CPNS"),
    Filters(program=""),
    Filters(agency="kominfo"),
    Filters(agency="straße"),
    Filters(agency="wali kota"),
    Filters(search="example.id/berita/2"),
    Filters(search="berita-3.txt"),
    Filters(search="kompas"),
    Filters(search="ÄRZTE"),
    Filters(search=""),
    Filters(search="berita/99"),
    Filters(province="Lampung", year=2016, program="diklat", agency="dinas", search="makassar"),
    # several values per filter: any of them
    Filters(province=("Lampung", "jawa timur")),
    Filters(year=(2019, 2022), program=("PKN", "latsar")),
    Filters(agency=("kominfo", "straße"), search=("kompas", "sleman")),
    # regency (either side), cohort, since/until (a merged visit's end date counts)
    Filters(regency="Kabupaten Sleman"),
    Filters(regency=("Kota Batu", "Kota Bogor")),
    Filters(cohort=3),
    Filters(cohort=(7, 40)),
    Filters(since=dt.date(2016, 9, 1)),
    Filters(since=dt.date(2016, 9, 2), until=dt.date(2016, 9, 2)),
    Filters(since=dt.date(2020, 1, 1), until=dt.date(2020, 12, 31)),
    Filters(until=dt.date(2019, 3, 4)),
]


# --- the same answers as query / merge / stats ------------------------------------------


@pytest.mark.parametrize("filters", FILTERS)
def test_rows_equal_query_apply_and_sort(shared, filters: Filters) -> None:
    store, records = shared
    conn = index.refresh(store)
    for field in query.SORT_FIELDS:
        for descending in (True, False):
            expected = query.sort(query.apply(records, filters), field, descending)
            assert ids(index.rows(conn, filters, field, descending)) == ids(expected), (field, descending)
    assert ids(index.rows(conn, filters, sort=None)) == ids(query.apply(records, filters))
    assert ids(index.rows(conn, filters, "date", limit=2)) == ids(query.sort(query.apply(records, filters)))[:2]


@pytest.mark.parametrize("filters", FILTERS)
def test_selected_equals_merge_then_query(shared, filters: Filters) -> None:
    store, records = shared
    conn = index.refresh(store)
    for field in query.SORT_FIELDS:
        for descending in (True, False):
            expected = merged_selection(records, filters, field, descending)
            got = index.selected(conn, filters, field, descending)
            assert ids(got) == ids(expected), (field, descending)
    expected = merged_selection(records, filters)
    got = index.selected(conn, filters)
    # the merged records themselves, to the last field (also_reported_by, filled-in fields)
    assert index.records(got) == expected
    assert list(index.iter_records(got, chunk=3)) == expected  # across chunk boundaries too
    assert [r.record() for r in got] == expected
    assert ids(index.selected(conn, filters, limit=1)) == ids(expected)[:1]
    assert ids(index.selected(conn, filters, merge=False)) == ids(query.sort(query.apply(records, filters)))


def test_the_fixture_merges_something(shared) -> None:
    store, records = shared
    merged = merge.merge_reports(records)
    assert len(merged) == len(records) - 3
    conn = index.refresh(store)
    assert conn.execute("SELECT count(*) FROM visits WHERE absorbed = 1").fetchone()[0] == 3


@pytest.mark.parametrize(
    "filters",
    [Filters(), Filters(year=2016), Filters(year=(2019, 2022)), Filters(program="diklatpim"), Filters(program="")],
)
def test_counts_by_year_and_programme_without_their_indexes(shared, filters: Filters) -> None:
    """The index has no index on year_start or program_key (their filters cannot use one);
    the counts that read them as a covering index (`list -n N`, `export` with --no-merge or
    not) count the same visits from the table."""
    store, records = shared
    conn = index.refresh(store)
    made = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not made & {"visits_year", "visits_program"}
    assert index.selected_count(conn, filters, merge=False) == len(query.apply(records, filters))
    assert index.selected_count(conn, filters) == len(merged_selection(records, filters))


@pytest.mark.parametrize("filters", FILTERS)
def test_stats_on_rows_and_in_sql_equal_stats_on_records(shared, filters: Filters) -> None:
    store, records = shared
    conn = index.refresh(store)

    def plain(tables):
        return {name: table.__dict__ for name, table in tables.items()}

    assert plain(stats.all_tables(index.rows(conn, filters))) == plain(stats.all_tables(query.apply(records, filters)))
    expected = merged_selection(records, filters)
    assert plain(stats.all_tables(index.selected(conn, filters))) == plain(stats.all_tables(expected))
    tables, total = index.stats_tables(conn, filters, top=3)
    assert plain(tables) == plain(stats.all_tables(expected, top=3))
    assert total == len(expected)
    tables, total = index.stats_tables(conn, filters, merge=False)
    assert plain(tables) == plain(stats.all_tables(query.apply(records, filters)))


def test_the_first_stats_makes_the_stats_indexes_and_stats_answers_the_same_without_them(tmp_path: Path) -> None:
    """The build does not make the two indexes only stats reads (read.STATS_INDEXES); the first
    stats makes them. Where it cannot (inside a read transaction, another process reading the
    index meanwhile) it answers the same from the table, and the next stats makes them."""
    store = Store(tmp_path / "store.json")
    fill(store, varied_records())
    records = store.load().records()

    def plain(tables):
        return {name: table.__dict__ for name, table in tables.items()}

    def made(conn) -> set[str]:
        names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'visits_%'")
        return {name for (name,) in names} & {"visits_tally", "visits_hosts"}

    some = [Filters(), Filters(province="lampung"), Filters(year=2016, agency="dinas"), Filters(search="kompas")]
    expected = [
        (plain(stats.all_tables(merged_selection(records, f), top=3)), len(merged_selection(records, f))) for f in some
    ]

    def answers(conn):
        return [(plain(tables), total) for tables, total in (index.stats_tables(conn, f, top=3) for f in some)]

    index.discard(store)
    conn = index.refresh(store)
    assert made(conn) == set()
    index.snapshot(conn)  # a read transaction: no index is made inside it
    assert answers(conn) == expected
    assert made(conn) == set()
    conn.close()

    reader = index.snapshot(index.refresh(store))  # another connection reading meanwhile
    conn = index.refresh(store)
    assert answers(conn) == expected  # the indexes could not be committed: the table answers
    assert made(conn) == set()
    reader.close()
    assert answers(conn) == expected
    assert made(conn) == {"visits_tally", "visits_hosts"}
    conn.close()
    assert made(index.refresh(store)) == {"visits_tally", "visits_hosts"}  # kept in the index file


def test_merge_reports_on_rows_as_on_records(shared) -> None:
    store, records = shared
    conn = index.refresh(store)
    rows = index.rows(conn, sort=None)
    merged_rows = merge.merge_reports(rows)
    merged_records = merge.merge_reports(records)
    assert ids(merged_rows) == ids(merged_records)
    assert [r.record() for r in merged_rows] == merged_records
    assert index.records(merged_rows) == merged_records


def _table_text(items) -> str:
    out, err = io.StringIO(), io.StringIO()
    from rich.console import Console

    console._console.cache_clear()
    saved = render.out, render.err
    render.out = lambda: Console(file=out, width=140, color_system=None)
    render.err = lambda: Console(file=err, width=140, color_system=None)
    try:
        render.visits_table(items)
        render.visits_table(items, review=True)
    finally:
        render.out, render.err = saved
    return out.getvalue() + err.getvalue()


def test_visits_table_renders_rows_as_records(shared) -> None:
    store, records = shared
    conn = index.refresh(store)
    assert _table_text(index.selected(conn)) == _table_text(merged_selection(records, Filters()))
    assert _table_text(index.rows(conn)) == _table_text(query.sort(records))


def test_row_attributes_and_record(shared) -> None:
    store, records = shared
    conn = index.refresh(store)
    by_id = {r.id: r for r in records}
    for row in index.rows(conn, sort=None):
        record = by_id[row.id]
        assert row.record() == record
        for name in ("program", "cohort", "activity", "participants", "organizer", "start_date", "end_date"):
            assert getattr(row, name) == getattr(record, name), name
        assert row.host_agencies == record.host_agencies
        assert tuple(row.origin) == (record.origin.institution, record.origin.province, record.origin.regency)
        d = record.destination
        assert (row.destination.province, row.destination.regency, row.destination.host) == (
            d.province,
            d.regency,
            d.host,
        )
        p = record.provenance
        assert row.provenance.sha256 == p.sha256 and row.provenance.imported_at == p.imported_at
        assert (row.provenance.file, row.provenance.url, row.provenance.fetched_at) == (p.file, p.url, p.fetched_at)
        assert row.provenance.model() == p
        assert [a.model() for a in row.also_reported_by] == record.also_reported_by
        assert row.manual == record.manual
        assert {k: (v.spans, v.confidence) for k, v in row.evidence.items()} == {
            k: (v.spans, v.confidence) for k, v in record.evidence.items()
        }


def test_rows_are_read_only_and_model_copy_makes_a_new_one(shared) -> None:
    store, records = shared
    conn = index.refresh(store)
    row = index.rows(conn)[0]
    with pytest.raises(AttributeError):
        row.participants = 3  # type: ignore[misc]
    copy = row.model_copy(update={"participants": 77, "host_agencies": ["X"]})
    assert (copy.participants, copy.host_agencies) == (77, ["X"])
    assert row.participants != 77 or row.host_agencies != ["X"]
    assert copy.record() == row.record().model_copy(update={"participants": 77, "host_agencies": ["X"]})
    assert copy != row and row == index.rows(conn)[0]
    with pytest.raises(ValueError):
        row.model_copy(update={"nonsense": 1})


settings.register_profile("index", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

PROVINCES = ["Lampung", "lampung", "Jawa Timur", "Sulawesi Selatan", "DI Yogyakarta", "Bali"]
TEXTS = ["dinas", "kominfo", "Diklat", "pim", "berita", "Latsar", "mal", "ß", "ss", "a", "kab", ".txt", "Wali"]


@settings(settings.get_profile("index"), max_examples=150)
@given(
    province=st.none() | st.sampled_from(PROVINCES),
    origin=st.none() | st.sampled_from(PROVINCES),
    destination=st.none() | st.sampled_from(PROVINCES),
    year=st.none() | st.integers(2015, 2023),
    program=st.none() | st.sampled_from(["", "d", "DIKLATPIM", "Diklatpim III", "latsar cpns g", "pkn", "x"]),
    agency=st.none() | st.sampled_from(TEXTS) | st.text(max_size=3),
    search=st.none() | st.sampled_from(TEXTS) | st.text(max_size=3),
    regency=st.none() | st.lists(st.sampled_from(["Kabupaten Sleman", "Kota Batu", "Kota Bogor"]), max_size=2),
    cohort=st.none() | st.lists(st.sampled_from([1, 3, 7, 40, 99]), max_size=3),
    since=st.none() | st.dates(dt.date(2015, 1, 1), dt.date(2023, 1, 1)),
    until=st.none() | st.dates(dt.date(2015, 1, 1), dt.date(2023, 1, 1)),
    field=st.sampled_from(query.SORT_FIELDS),
    descending=st.booleans(),
)
def test_any_filters(
    shared,
    province,
    origin,
    destination,
    year,
    program,
    agency,
    search,
    regency,
    cohort,
    since,
    until,
    field,
    descending,
) -> None:
    store, records = shared
    conn = index.refresh(store)
    f = Filters(province, origin, destination, year, program, agency, search, regency, cohort, since, until)
    if any(index_lines.SEP in (t or "") for t in (agency, search)):
        return  # documented: a needle holding U+001F matches nothing
    assert ids(index.rows(conn, f, field, descending)) == ids(query.sort(query.apply(records, f), field, descending))
    assert ids(index.selected(conn, f, field, descending)) == ids(merged_selection(records, f, field, descending))


# --- freshness ------------------------------------------------------------------------------


def index_dump(conn) -> list[tuple]:
    """Everything the index holds about the visits, in store order."""
    return conn.execute(
        "SELECT v.*, s.search, l.line FROM visits v JOIN visit_search s ON s.seq = v.seq"
        " JOIN visit_lines l ON l.seq = v.seq ORDER BY v.seq"
    ).fetchall()


def rebuilt(store: Store) -> list[tuple]:
    """The index built afresh from the store file, without seq (positions may differ)."""
    other = Store(store.path.parent / "copy" / "store.json")
    other.path.parent.mkdir(exist_ok=True)
    other.path.write_bytes(store.path.read_bytes())
    index.discard(other)
    return [row[1:] for row in index_dump(index.refresh(other))]


def assert_fresh(store: Store, conn=None) -> None:
    conn = conn or index.refresh(store)
    assert index_build._meta(conn) == index.fingerprint(store.path)
    assert [row[1:] for row in index_dump(conn)] == rebuilt(store)
    records = store.load().records()
    assert ids(index.rows(conn, sort=None)) == ids(records)
    assert ids(index.selected(conn)) == ids(merged_selection(records, Filters()))


def test_index_is_built_beside_the_store(store: Store) -> None:
    assert index.index_path(store) == store.path.with_name("store.index.sqlite")
    assert index.index_path(store).exists()  # the store's own write made it
    assert_fresh(store)


def test_writes_update_the_index_in_place(store: Store) -> None:
    path = index.index_path(store)
    inode = path.stat().st_ino
    extra = make_record(program="Diklatpim III", cohort=3, provenance=prov(50, dt.datetime(2024, 4, 1, tzinfo=UTC)))
    with store.transaction("import") as data:  # a new report of the merged visit, earliest of all
        data.add(extra)
    assert_fresh(store)
    with store.transaction("edit") as data:  # edit: remove + add, the visit moves to the end
        first = data.records()[0]
        data.remove(first.id)
        data.add(first.model_copy(update={"participants": 44}))
    assert_fresh(store)
    with store.transaction("edit") as data:  # replace in place
        r = data.records()[3]
        data.replace(r.model_copy(update={"destination": models.Destination(province="Papua")}))
    assert_fresh(store)
    with store.transaction("delete") as data:
        for r in data.records()[1:4]:
            data.remove(r.id)
    assert_fresh(store)
    with store.transaction("edit") as data:  # a visit moved to the front: the rest renumbered
        records = data.records()
        data.visits = {r.id: r for r in [records[-1], *records[:-1]]}
    assert_fresh(store)
    with store.transaction("delete") as data:
        for r in data.records():
            data.remove(r.id)
    assert_fresh(store)
    assert path.stat().st_ino == inode  # all of it incrementally, never rebuilt


def test_a_reader_with_the_index_open_does_not_stop_a_write(store: Store) -> None:
    conn = index.refresh(store)
    rows = index.selected(conn)
    inode = index.index_path(store).stat().st_ino
    with store.transaction("edit") as data:
        data.add(make_record(provenance=prov(60)))
    assert index.index_path(store).stat().st_ino == inode  # updated in place, not thrown away
    assert len(index.rows(conn)) == len(varied_records()) + 1  # the open reader sees it too
    assert rows[0].record() == store.load().visits[rows[0].id]
    assert_fresh(store)


def test_index_follows_a_store_file_replaced_by_hand(store: Store) -> None:
    conn = index.refresh(store)
    assert len(index.rows(conn)) == len(varied_records())
    other = Store(store.path.parent / "other" / "store.json")
    fill(other, [make_record(program="PKA", cohort=9, provenance=prov(70))])
    os.replace(other.path, store.path)
    conn = index.refresh(store)
    assert [r.program for r in index.rows(conn)] == ["PKA"]
    assert_fresh(store, conn)


def test_index_follows_undo(store: Store) -> None:
    with store.transaction("edit") as data:
        data.add(make_record(provenance=prov(80)))
    assert len(index.rows(index.refresh(store))) == len(varied_records()) + 1
    store.undo()
    assert len(index.rows(index.refresh(store))) == len(varied_records())
    assert_fresh(store)


def test_deleted_or_damaged_index_is_rebuilt(store: Store) -> None:
    path = index.index_path(store)
    path.unlink()
    assert_fresh(store)
    assert path.exists()
    path.write_bytes(b"not a database at all" * 100)
    assert_fresh(store)
    conn = index.refresh(store)
    conn.execute("UPDATE meta SET version = 0")
    conn.close()
    assert_fresh(store)


def test_temp_files_of_killed_builds_are_removed(store: Store) -> None:
    path = index.index_path(store)
    old = path.with_name(f".{path.name}.4242-deadbeef.tmp")
    recent = path.with_name(f".{path.name}.4243-deadbeef.tmp")
    old.write_bytes(b"half an index")
    recent.write_bytes(b"a build going on right now")
    os.utime(old, (1, 1))
    index.discard(store)
    assert_fresh(store)
    assert not old.exists() and recent.exists()


def test_an_index_made_by_other_code_is_rebuilt(store: Store, monkeypatch) -> None:
    conn = index.refresh(store)
    conn.execute("UPDATE visits SET program = 'made by other code'")
    conn.close()
    monkeypatch.setattr(index_build, "_VERSION", ["1:someotherdigest"])
    conn = index.refresh(store)
    conn.execute("UPDATE visits SET program = 'made by other code'")
    conn.close()
    monkeypatch.undo()
    assert_fresh(store)


def test_a_stale_index_is_rebuilt_when_the_store_changed_meanwhile(store: Store) -> None:
    path = index.index_path(store)
    conn = index.refresh(store)
    conn.execute("UPDATE meta SET size = size + 1")
    conn.close()
    with store.transaction("edit") as data:  # the write finds the index out of date
        data.add(make_record(provenance=prov(81)))
    assert path.exists()
    assert_fresh(store)


def test_big_stores_leave_a_missing_index_to_the_next_reader(store: Store, monkeypatch) -> None:
    monkeypatch.setattr(index_build, "BUILD_ON_WRITE_MAX", 3)
    index.discard(store)
    with store.transaction("edit") as data:
        data.add(make_record(provenance=prov(82)))
    assert not index.index_path(store).exists()
    assert_fresh(store)


def test_a_failing_index_never_fails_the_store_write(store: Store, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise sqlite3_error()

    monkeypatch.setattr(index_build, "update_after_write", broken)
    new = make_record(provenance=prov(83))
    with store.transaction("edit") as data:
        data.add(new)
    assert new.id in store.load().visits
    assert not index.index_path(store).exists()
    monkeypatch.undo()
    assert_fresh(store)


def sqlite3_error():
    import sqlite3

    return sqlite3.OperationalError("disk I/O error")


def test_missing_store_is_an_empty_index_and_writes_nothing(tmp_path: Path) -> None:
    s = Store(tmp_path / "none" / "store.json")
    conn = index.refresh(s)
    assert index.rows(conn) == [] and index.selected(conn) == []
    tables, total = index.stats_tables(conn)
    assert total == 0
    assert not (tmp_path / "none").exists()


# --- stores diklat did not write itself -------------------------------------------------------


def visit_lines(path: Path) -> list[bytes]:
    lines = path.read_bytes().split(b"\n")
    start = lines.index(b'"visits":[') + 1
    return lines[start : lines.index(b"]}")]


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # cut short
        lambda raw: raw.replace(b'"cohort":3', b'"cohort":0', 1),  # out of range
        lambda raw: raw.replace(b'"cohort":3', b'"cohort":"three"', 1),
        lambda raw: raw.replace(b'"activity":"benchmarking"', b'"activity":"tamasya"', 1),
        lambda raw: raw.replace(b'"manual":[]', b'"manual":[],"extra":1', 1),  # unknown field
        lambda raw: raw.replace(b'"confidence":0.9', b'"confidence":1.5', 1),  # in the evidence
        lambda raw: raw.replace(b'"spans":[[120,131]]', b'"spans":[[120]]', 1),
        lambda raw: raw.replace(b'"start_date":"2016-08-29"', b'"start_date":"2016-02-30"', 1),
        lambda raw: raw.replace(b'"end_date":"2016-09-02"', b'"end_date":"2015-09-02"', 1),  # before start
        lambda raw: raw.replace(b'"status":"ok"', b'"status":"done"', 1),  # an article
        lambda raw: raw.replace(b'"imported_at":"2024-05-01T10:30:00Z"', b'"imported_at":"yesterday"', 1),
        # the first imported_at is an article's
        lambda raw: raw.replace(b'"imported_at":"2024-05-01T10:30:00Z"', b'"imported_at":"2024-02-30T10:30:00Z"', 1),
        lambda raw: raw.replace(b'"imported_at":"2024-05-01T10:30:00Z"', b'"imported_at":"2024-05-01T24:30:00Z"', 1),
        lambda raw: raw.replace(b'"participants":30', b'"participants":NaN', 1),
        lambda raw: raw.replace(b"Makassar", b"Makassar\xff", 1),  # not UTF-8
    ],
)
def test_a_broken_store_raises_and_builds_no_index(tmp_path: Path, damage) -> None:
    assert_refused_as_by_load(tmp_path, varied_records(), damage)


def assert_refused_as_by_load(folder: Path, records, damage) -> None:
    """A store of `records` whose file is then damaged by `damage(bytes)`: building the index
    raises the very error Store.load() raises, and leaves no index and no temp file."""
    s = Store(folder / "store.json")
    fill(s, records)
    index.discard(s)
    raw = s.path.read_bytes()
    broken = damage(raw)
    assert broken != raw
    s.path.write_bytes(broken)
    with pytest.raises(StoreError) as refused:
        s.load()
    with pytest.raises(StoreError) as raised:
        index.refresh(s)
    assert str(raised.value) == str(refused.value)
    assert not index.index_path(s).exists()
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_text_that_cannot_be_written_back_raises(tmp_path: Path) -> None:
    # load reads an unpaired surrogate escape (through json), but nothing can write it again
    s = Store(tmp_path / "store.json")
    fill(s, varied_records())
    index.discard(s)
    s.path.write_bytes(s.path.read_bytes().replace(b'"Diklatpim IV"', b'"Diklatpim \\ud800"', 1))
    s.load()
    with pytest.raises(StoreError, match="surrogate"):
        index.refresh(s)
    assert not index.index_path(s).exists()


def test_a_duplicate_visit_id_raises(tmp_path: Path) -> None:
    s = Store(tmp_path / "store.json")
    fill(s, varied_records())
    index.discard(s)
    lines = s.path.read_bytes().split(b"\n")
    at = lines.index(b'"visits":[') + 1
    lines.insert(at, lines[at] if lines[at].endswith(b",") else lines[at] + b",")
    s.path.write_bytes(b"\n".join(lines))
    with pytest.raises(StoreError, match="duplicate"):
        index.refresh(s)
    assert not index.index_path(s).exists()


def test_a_store_laid_out_otherwise_is_indexed_through_load(store: Store) -> None:
    records = store.load().records()
    doc = json.loads(store.path.read_bytes())
    store.path.write_text(json.dumps(doc, indent=2, ensure_ascii=False), "utf-8")  # pretty-printed by hand
    conn = index.refresh(store)
    assert [r.record() for r in index.rows(conn, sort=None)] == records
    assert ids(index.selected(conn)) == ids(merged_selection(records, Filters()))


def test_values_pydantic_accepts_in_other_forms_are_indexed_as_it_reads_them(store: Store) -> None:
    raw = store.path.read_bytes()
    raw = raw.replace(b'"participants":30', b'"participants":30.0', 1)  # lax int
    raw = raw.replace(b'"imported_at":"2024-05-01T10:30:00Z"', b'"imported_at":"2024-05-01T10:30:00.5+00:00"', 1)
    raw = raw.replace(b'"confidence":0.9', b'"confidence":9e-1', 1)  # evidence not as diklat writes it
    store.path.write_bytes(raw)
    records = store.load().records()
    conn = index.refresh(store)
    assert [r.record() for r in index.rows(conn, sort=None)] == records
    assert [r.participants for r in index.rows(conn, sort=None)] == [r.participants for r in records]
    assert [r.provenance.imported_at for r in index.rows(conn, sort=None)] == [
        r.provenance.imported_at for r in records
    ]


def test_a_store_with_a_byte_order_mark_is_indexed(store: Store) -> None:
    records = store.load().records()
    store.path.write_bytes(b"\xef\xbb\xbf" + store.path.read_bytes())
    conn = index.refresh(store)
    assert [r.record() for r in index.rows(conn, sort=None)] == records


def test_host_agencies_holding_the_separator_survive(tmp_path: Path) -> None:
    s = Store(tmp_path / "store.json")
    odd = [["a\x1fb", "c"], ["\x1estart"], [""], ["", ""]]
    fill(s, [make_record(host_agencies=h, provenance=prov(90 + i)) for i, h in enumerate(odd)])
    conn = index.refresh(s)
    assert [r.host_agencies for r in index.rows(conn, sort=None)] == odd


# --- housekeeping -----------------------------------------------------------------------------


def test_importing_the_index_is_cheap() -> None:
    code = "import sys, diklat_cli.index; print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'rich'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_constants_agree_with_the_models() -> None:
    assert index.SORT_FIELDS == query.SORT_FIELDS
    assert set(models.ACTIVITIES) == index_lines.ACTIVITIES
    for keys, model in [
        (index_lines._VISIT_KEYS, models.Record),
        (index_lines._ORIGIN_KEYS, models.Origin),
        (index_lines._DESTINATION_KEYS, models.Destination),
        (index_lines._OFFICIAL_KEYS, models.Official),
        (index_lines._SOURCE_KEYS, models.Source),
        (index_lines._PROVENANCE_KEYS, models.Provenance),
        (index_lines._EVIDENCE_KEYS, models.Evidence),
        (index_lines._ARTICLE_KEYS, store_mod.ArticleEntry),
    ]:
        assert set(model.model_fields) == keys, model


def test_unknown_sort_field_is_refused(shared) -> None:
    store, _ = shared
    conn = index.refresh(store)
    for call in (index.rows, index.selected):
        with pytest.raises(ValueError, match="cannot sort"):
            call(conn, None, "size")
