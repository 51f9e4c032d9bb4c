from __future__ import annotations

import dataclasses
import datetime as dt
import json

from tests import oracle as stats
from tests.factories import make_record


def _visit(origin, destination, year=None, participants=None, program=None, hosts=(), **extra):
    start = dt.date(year, 3, 1) if year else None
    return make_record(
        program=program,
        participants=participants,
        start_date=start,
        end_date=start,
        host_agencies=list(hosts),
        **{"origin.province": origin, "destination.province": destination},
        **extra,
    )


RECORDS = [
    _visit("Lampung", "Sulawesi Selatan", 2016, 30, "Diklatpim III", ["Dinas Koperasi dan UMKM"]),
    _visit("Lampung", "Sulawesi Selatan", 2017, None, "Diklatpim III", ["dinas  koperasi DAN umkm"]),
    _visit("Jawa Timur", "Sulawesi Selatan", 2017, 20, "PKA", ["Dinas Koperasi dan UMKM"]),
    _visit(None, "Bali", 2016, 45, "PKN II", ["Dinas Pariwisata", "Dinas Pariwisata"]),
    _visit("Lampung", None, None, 10, None),
    _visit("Jawa Timur", "Bali", None, None, "PKA", ["Dinas Koperasi dan UMKM"]),
]


def test_by_destination():
    table = stats.by_destination(RECORDS)
    assert table.columns == ["province", "visits", "participants"]
    assert table.rows == [
        ["Sulawesi Selatan", 3, 50],
        ["Bali", 2, 45],
        ["unknown", 1, 10],
    ]


def test_by_origin_counts_a_null_origin_as_national():
    assert stats.by_origin(RECORDS).rows == [
        ["Lampung", 3, 40],
        ["Jawa Timur", 2, 20],
        ["national", 1, 45],
    ]


def test_by_year_is_chronological_with_unknown_last():
    table = stats.by_year(RECORDS)
    assert table.columns == ["year", "visits", "participants"]
    assert table.rows == [[2016, 2, 75], [2017, 2, 20], ["unknown", 2, 10]]


def test_by_program():
    assert stats.by_program(RECORDS).rows == [
        ["Diklatpim III", 2, 30],
        ["PKA", 2, 20],
        ["PKN II", 1, 45],
        ["unknown", 1, 10],
    ]


def test_top_hosts_groups_case_insensitively_per_destination():
    table = stats.top_hosts(RECORDS)
    assert table.columns == ["host agency", "destination", "visits"]
    assert table.rows == [
        ["Dinas Koperasi dan UMKM", "Sulawesi Selatan", 3],
        ["Dinas Koperasi dan UMKM", "Bali", 1],
        ["Dinas Pariwisata", "Bali", 1],  # named twice in one visit: one visit
    ]
    assert stats.top_hosts(RECORDS, n=1).rows == [["Dinas Koperasi dan UMKM", "Sulawesi Selatan", 3]]


def test_top_hosts_shows_the_commonest_spelling_and_the_regency():
    records = [
        _visit("Riau", "Kepulauan Riau", hosts=["DPMPTSP"], **{"destination.regency": "Kota Batam"}) for _ in range(2)
    ] + [_visit("Riau", "Kepulauan Riau", hosts=["dpmptsp"], **{"destination.regency": "Kota Batam"})]
    assert stats.top_hosts(records).rows == [["DPMPTSP", "Kota Batam, Kepulauan Riau", 3]]


def test_matrix():
    table = stats.matrix(RECORDS)
    assert table.columns == ["origin", "Sulawesi Selatan", "Bali", "unknown"]
    assert table.rows == [
        ["Lampung", 2, 0, 1],
        ["Jawa Timur", 1, 1, 0],
        ["national", 0, 1, 0],
    ]


def test_empty_input():
    tables = stats.all_tables([])
    assert all(table.rows == [] for table in tables.values())
    assert tables["matrix"].columns == ["origin"]


def test_all_tables_matches_the_single_tables_and_takes_an_iterator():
    tables = stats.all_tables(iter(RECORDS))
    assert list(tables) == ["destination", "origin", "year", "program", "hosts", "matrix"]
    assert tables["destination"] == stats.by_destination(RECORDS)
    assert tables["origin"] == stats.by_origin(RECORDS)
    assert tables["year"] == stats.by_year(RECORDS)
    assert tables["program"] == stats.by_program(RECORDS)
    assert tables["hosts"] == stats.top_hosts(RECORDS)
    assert tables["matrix"] == stats.matrix(RECORDS)
    assert stats.all_tables(RECORDS, top=1)["hosts"] == stats.top_hosts(RECORDS, n=1)


def test_tables_are_json_serialisable():
    tables = stats.all_tables(RECORDS)
    json.dumps({name: dataclasses.asdict(table) for name, table in tables.items()})
