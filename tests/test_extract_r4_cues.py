"""Round r4-cues, the two fixes taken from it: a cooperation visit is no working trip, a year is no
count of travellers. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract import participants, programs

# ---------------------------------------------------------------- a cooperation visit is no working trip
# "kunjungan kerja" (kunker) was read wherever "kunjungan kerja" began a word, so "kunjungan kerjasama" and
# "kunjungan kerja sama" (a visit to sign or discuss a cooperation, however spelled) read as a kunker.


@pytest.mark.parametrize(
    "sentence",
    [
        "Wali Kota Blitar menerima kunjungan kerjasama dari Pemkab Trenggalek.",
        "Rombongan datang dalam rangka kunjungan kerja sama di bidang pariwisata.",
        "Kunjungan kerja-sama itu ditutup dengan penandatanganan nota kesepahaman.",
        "Kunjungan Kerjasama Pemkot Kediri dan Universitas Brawijaya berlangsung Senin.",
    ],
)
def test_a_cooperation_visit_is_no_working_trip(sentence: str) -> None:
    assert all(a.activity != "kunjungan kerja" for a in programs.find_activities(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Komisi B DPRD melakukan kunjungan kerja ke Kota Batu.",
        "Kunjungan Kerja Pansus II berlangsung dua hari.",
    ],
)
def test_a_working_trip_is_still_one(sentence: str) -> None:
    assert [a.activity for a in programs.find_activities(sentence)] == ["kunjungan kerja"]


# ---------------------------------------------------------------- a year is no count of travellers
# a number of people was read from any number before "anggota DPRD", "kader", "peserta": a year after a word of
# time ("Pada 2019 anggota DPRD …", "Sejak 2021 kader …", "Tahun 2023 peserta …") was read as 2019 travellers.


def _counts(sentence: str) -> list[int]:
    return [m.value for m in participants.find_participants(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pada 2019 anggota DPRD Kabupaten Blitar melakukan studi banding ke Kota Batu.",
        "Sejak 2021 kader posyandu desa itu belajar ke Kabupaten Malang.",
        "Tahun 2023 peserta pelatihan mengikuti studi banding ke Kota Batu.",
        "Hingga 2024 anggota dewan tercatat tiga kali studi banding ke Bali.",
    ],
)
def test_a_year_is_no_count(sentence: str) -> None:
    assert all(not 1900 <= v <= 2099 for v in _counts(sentence))


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Sebanyak 25 anggota DPRD Kabupaten Blitar studi banding ke Kota Batu.", 25),
        ("Pada 2019, 30 peserta studi banding ke Kota Batu.", 30),
    ],
)
def test_a_count_after_a_year_is_still_one(sentence: str, count: int) -> None:
    assert count in _counts(sentence)
