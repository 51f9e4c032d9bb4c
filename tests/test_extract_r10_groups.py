"""Several groups of one sender at one place, round r10-groups: one record per travelling group and
destination when the text tells each group's going in a clause of its own. Sentences written for this
test, in several wordings."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _records(text: str) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for e in extract_text(text):
        v = e.visit
        dest = v.destination.regency or v.destination.province
        out.append((v.origin.institution, dest, v.start_date.isoformat() if v.start_date else None))
    return out


# ---------------------------------------------------------------- 1. sub-groups apart at one place
# Sub-groups named by their council ("Komisi II DPRD X") each sent in a clause of its own, two of them to
# the same city: a record for each group there, named by its group; sub-groups of a sender named as the
# council itself are told apart by the days their own clauses give.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PEKANBARU - Komisi I DPRD Riau berangkat ke Kota Surabaya untuk studi banding soal perizinan, "
            "Senin (3/4/2023). Sementara Komisi II DPRD Riau bertolak ke Kota Surabaya pula guna mempelajari "
            "pengelolaan BUMD. Adapun Komisi III DPRD Riau menuju Kota Palembang untuk kaji banding pajak daerah.",
            [("Komisi I", "Kota Surabaya"), ("Komisi II", "Kota Surabaya"), ("Komisi III", "Kota Palembang")],
        ),
        (
            "Pansus 1 DPRD Kabupaten Bantul studi banding ke Kota Malang, Senin (10/4/2023). Pansus 2 DPRD "
            "Kabupaten Bantul juga ke Kota Malang membahas raperda pasar. Pansus 3 DPRD Kabupaten Bantul menuju "
            "Kabupaten Sidoarjo.",
            [("Pansus 1", "Kota Malang"), ("Pansus 2", "Kota Malang"), ("Pansus 3", "Kabupaten Sidoarjo")],
        ),
        (
            "Komisi A DPRD Jatim bertandang ke Kota Makassar dan Kota Manado untuk kaji banding. Komisi B DPRD "
            "Jatim menyambangi Kota Makassar dan Kota Kendari. Komisi C DPRD Jatim mendatangi Kota Ambon.",
            [
                ("Komisi A", "Kota Makassar"),
                ("Komisi A", "Kota Manado"),
                ("Komisi B", "Kota Makassar"),
                ("Komisi B", "Kota Kendari"),
                ("Komisi C", "Kota Ambon"),
            ],
        ),
        (
            "Komisi I DPRD Sulsel studi banding ke Kota Surabaya. Komisi II DPRD Sulsel ke Kota Malang. "
            "Komisi III DPRD Sulsel ke Kota Surabaya, Jumat (21/4/2023).",
            [("Komisi I", "Kota Surabaya"), ("Komisi II", "Kota Malang"), ("Komisi III", "Kota Surabaya")],
        ),
    ],
)
def test_subgroups_apart_at_one_place(text: str, expected: list[tuple[str, str]]) -> None:
    got = _records(text)
    assert [(o.split(" DPRD")[0] if o else o, d) for o, d, _ in got] == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Sebanyak 60 peserta PKA Angkatan II BPSDM Provinsi Jawa Tengah melaksanakan studi lapangan. "
            "Kelompok 1 berkunjung ke Kabupaten Banyuwangi pada Senin (8/5/2023). Kelompok 2 berkunjung ke "
            "Kabupaten Banyuwangi pada Rabu (10/5/2023). Kelompok 3 ke Kota Batu pada Selasa (9/5/2023).",
            {
                ("Kabupaten Banyuwangi", "2023-05-08"),
                ("Kabupaten Banyuwangi", "2023-05-10"),
                ("Kota Batu", "2023-05-09"),
            },
        ),
        (
            "DPRD Kabupaten Gresik melakukan studi banding. Komisi A ke Kota Denpasar, Senin (25/2/2013). "
            "Komisi B ke Kota Denpasar, Rabu (27/2/2013). Komisi C ke Kota Palembang.",
            {("Kota Denpasar", "2013-02-25"), ("Kota Denpasar", "2013-02-27"), ("Kota Palembang", "2013-02-25")},
        ),
    ],
)
def test_subgroups_apart_on_their_own_days(text: str, days: set[tuple[str, str]]) -> None:
    assert {(d, s) for _, d, s in _records(text)} == days


# near-misses: one group named twice is one group; sub-groups of a council named as the council, at one
# place on no days of their own, are one visit there (their records would be identical)
def test_one_group_named_twice_stays_one() -> None:
    got = _records(
        "Komisi I DPRD Jawa Barat studi banding ke Kota Semarang, Kamis (6/4/2023). Komisi I ke Kota Semarang "
        "untuk mempelajari layanan publik. Komisi II DPRD Jawa Barat ke Kota Malang."
    )
    assert [d for _, d, _ in got] == ["Kota Semarang", "Kota Malang"]


def test_council_groups_with_no_days_of_their_own_are_one_visit() -> None:
    got = _records(
        "JAMBI - DPRD Provinsi Jambi menggelar studi banding ke sejumlah daerah, Selasa (4/4/2023). Komisi I "
        "mengunjungi Kota Bandung untuk belajar tata kelola aset. Komisi II mengunjungi Kota Bandung untuk "
        "mempelajari pasar tradisional. Komisi III mendatangi Kota Makassar."
    )
    assert [d for _, d, _ in got] == ["Kota Bandung", "Kota Makassar"]


# ---------------------------------------------------------------- 2. each sub-group names its own records
# Sub-groups of a council, each to places of its own, where the sender is written as one of them: every
# record is named by the group whose clause sends it there, not by whichever group the text names most.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Komisi A DPRD Kabupaten Sleman melakukan studi banding ke Kota Denpasar, Rabu (5/4/2023). Komisi B "
            "DPRD Kabupaten Sleman ke Kota Mataram untuk belajar pariwisata. Komisi C DPRD Kabupaten Sleman "
            "menuju Kabupaten Badung.",
            [("Komisi A", "Kota Denpasar"), ("Komisi B", "Kota Mataram"), ("Komisi C", "Kabupaten Badung")],
        ),
        (
            "Komisi II DPRD Kota Ambon studi banding ke Kota Makassar dan Kota Manado, Kamis (25/5/2023). "
            "Komisi III DPRD Kota Ambon ke Kota Kendari.",
            [("Komisi II", "Kota Makassar"), ("Komisi II", "Kota Manado"), ("Komisi III", "Kota Kendari")],
        ),
        (
            "Komisi A DPRD Kabupaten Jember studi banding ke Kota Malang, Rabu (19/4/2023). Komisi B DPRD "
            "Kabupaten Jember ke Kota Kediri. Komisi A di Kota Malang belajar soal perizinan.",
            [("Komisi A", "Kota Malang"), ("Komisi B", "Kota Kediri")],
        ),
        (
            "Komisi II DPRD Kabupaten Kudus melakukan studi banding ke Kabupaten Badung, Rabu (12/4/2023). "
            "Tim kecil Komisi II ke Dinas Pariwisata Kabupaten Badung. Komisi IV DPRD Kabupaten Kudus ke Kota "
            "Denpasar.",
            [("Komisi II", "Kabupaten Badung"), ("Komisi IV", "Kota Denpasar")],
        ),
    ],
)
def test_each_subgroup_names_its_records(text: str, expected: list[tuple[str, str]]) -> None:
    got = _records(text)
    assert [(o.split(" DPRD")[0] if o else o, d) for o, d, _ in got] == expected
