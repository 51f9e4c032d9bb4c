"""Filtering and sorting records."""

from __future__ import annotations

import datetime as dt

import pytest

from diklat_cli.models import Record
from diklat_cli.query import SORT_FIELDS, Filters
from tests import oracle as query
from tests.oracle import apply, sort

UTC = dt.timezone.utc


def rec(rid: str, **fields) -> Record:
    data = {
        "id": rid,
        "provenance": {
            "sha256": "0" * 64,
            "imported_at": dt.datetime(2026, 1, 1, tzinfo=UTC),
            "extractor_version": "0.1.0",
        },
    }
    data.update(fields)
    return Record.model_validate(data)


LAMPUNG_TO_SULSEL = rec(
    "a",
    program="Diklatpim III",
    cohort=3,
    participants=30,
    origin={"institution": "Pemerintah Provinsi Lampung", "province": "Lampung"},
    organizer="Badan Diklat Provinsi Lampung",
    destination={"province": "Sulawesi Selatan", "regency": "Kota Makassar", "host": "Pemkot"},
    host_agencies=["Dinas Pendapatan Daerah", "DPMPTSP"],
    start_date=dt.date(2016, 8, 29),
    end_date=dt.date(2016, 9, 2),
    officials=[{"name": "Adriyana Umar", "title": "Kepala Badan Diklat"}],
    source={"outlet": "Antara", "reporter": "Humas", "title": "Studi lapangan ke Makassar"},
)
BALI_TO_LAMPUNG = rec(
    "b",
    program="PKA",
    cohort=12,
    participants=45,
    origin={"institution": "BPSDM Provinsi Bali", "province": "Bali"},
    destination={"province": "Lampung", "host": "Pemerintah Kabupaten Pringsewu"},
    start_date=dt.date(2019, 12, 30),
    end_date=dt.date(2020, 1, 2),
    provenance={
        "sha256": "1" * 64,
        "imported_at": dt.datetime(2026, 3, 1),  # naive: taken as UTC
        "extractor_version": "0.1.0",
        "url": "https://lampung.antaranews.com/berita/123",
    },
)
NATIONAL = rec(
    "c",
    program="Diklatpim IV",
    origin={"institution": "Lembaga Administrasi Negara"},
    destination={"province": "Jawa Barat"},
    host_agencies=["Bappeda Kabupaten Bandung"],
    end_date=dt.date(2021, 5, 5),
    provenance={
        "sha256": "2" * 64,
        "imported_at": dt.datetime(2025, 6, 1, tzinfo=UTC),
        "extractor_version": "0.1.0",
    },
)
EMPTY = rec("d")

ALL = [LAMPUNG_TO_SULSEL, BALI_TO_LAMPUNG, NATIONAL, EMPTY]


def ids(records: list[Record]) -> list[str]:
    return [r.id for r in records]


def test_no_filters_keeps_everything_in_order() -> None:
    assert ids(apply(ALL, Filters())) == ["a", "b", "c", "d"]
    assert ids(apply(iter(ALL), Filters())) == ["a", "b", "c", "d"]  # any iterable


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(province="Lampung"), ["a", "b"]),  # origin or destination
        (Filters(province="lampung"), ["a", "b"]),
        (Filters(province="Jawa Barat"), ["c"]),
        (Filters(province="Aceh"), []),
        (Filters(origin="Lampung"), ["a"]),
        (Filters(destination="LAMPUNG"), ["b"]),
        (Filters(origin="Lampung", destination="Sulawesi Selatan"), ["a"]),
        (Filters(origin="Lampung", destination="Bali"), []),
        (Filters(year=2016), ["a"]),
        (Filters(year=2019), ["b"]),  # start date
        (Filters(year=2020), ["b"]),  # end date
        (Filters(year=2021), ["c"]),  # only an end date
        (Filters(year=1999), []),
        (Filters(program="Diklatpim"), ["a", "c"]),  # prefix
        (Filters(program="diklatpim iii"), ["a"]),  # equality, any case
        (Filters(program="PKA"), ["b"]),
        (Filters(program="Diklatpim V"), []),
        (Filters(agency="pendapatan"), ["a"]),  # host agency
        (Filters(agency="badan diklat"), ["a"]),  # organizer
        (Filters(agency="BPSDM"), ["b"]),  # origin institution
        (Filters(agency="pringsewu"), ["b"]),  # destination host
        (Filters(agency="Bappeda"), ["c"]),
        (Filters(agency="Lampung"), ["a"]),  # not the province fields
        (Filters(search="makassar"), ["a"]),  # regency and title
        (Filters(search="adriyana"), ["a"]),  # officials
        (Filters(search="kepala badan"), ["a"]),  # officials' titles
        (Filters(search="antara"), ["a", "b"]),  # outlet, url
        (Filters(search="lembaga administrasi"), ["c"]),
        (Filters(search="PKA"), ["b"]),
        (Filters(search="jawa barat"), ["c"]),
        (Filters(search="nothing like it"), []),
        (Filters(province="Lampung", year=2016, program="Diklatpim"), ["a"]),
        (Filters(province="Lampung", search="pringsewu"), ["b"]),
    ],
)
def test_filters(filters: Filters, expected: list[str]) -> None:
    assert ids(apply(ALL, filters)) == expected


def test_sort_fields_are_all_known() -> None:
    assert tuple(query._KEYS) == SORT_FIELDS


@pytest.mark.parametrize(
    ("field", "descending", "expected"),
    [
        ("date", True, ["c", "b", "a", "d"]),  # newest first, c by its end date, none last
        ("date", False, ["a", "b", "c", "d"]),
        ("program", False, ["a", "c", "b", "d"]),
        ("program", True, ["b", "c", "a", "d"]),
        ("cohort", True, ["b", "a", "c", "d"]),  # ties without a value keep their order
        ("cohort", False, ["a", "b", "c", "d"]),
        ("participants", True, ["b", "a", "c", "d"]),
        ("origin", False, ["b", "a", "c", "d"]),
        ("destination", False, ["c", "b", "a", "d"]),
        ("imported", True, ["b", "a", "d", "c"]),  # naive and aware times compare
        ("imported", False, ["c", "a", "d", "b"]),
    ],
)
def test_sort(field: str, descending: bool, expected: list[str]) -> None:
    assert ids(sort(ALL, field, descending)) == expected


def test_sort_default_is_newest_first() -> None:
    assert ids(sort(ALL)) == ["c", "b", "a", "d"]


def test_sort_is_stable_and_pure() -> None:
    same = [rec(str(i), cohort=1) for i in range(5)]
    given = list(same)
    assert ids(sort(same, "cohort")) == ["0", "1", "2", "3", "4"]
    assert ids(sort(same, "cohort", descending=False)) == ["0", "1", "2", "3", "4"]
    assert same == given


def test_sort_program_ignores_case() -> None:
    records = [rec("x", program="pka"), rec("y", program="Diklatpim"), rec("z", program="PKN")]
    assert ids(sort(records, "program", descending=False)) == ["y", "x", "z"]


def test_unknown_sort_field() -> None:
    with pytest.raises(ValueError, match="date, program"):
        sort(ALL, "colour")
