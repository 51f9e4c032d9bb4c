"""Visit dates and lokus found by probing, round r16-probe-d: short reports written for this test, in
several wordings."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _dates(text: str) -> list[tuple[str | None, str | None]]:
    out = []
    for e in extract_text(text):
        v = e.visit
        out.append((v.start_date.isoformat() if v.start_date else None, v.end_date.isoformat() if v.end_date else None))
    return out


# ---------------------------------------------------------------- 1. a passive verb of saying dates the saying
# "Hal itu disampaikan X, Senin (4/9/2023)": the di- passive of a verb of saying closes an attribution just as
# "kata X" does; a trip planned for a time not yet fixed takes no day from it.
@pytest.mark.parametrize(
    "text",
    [
        "Komisi A DPRD Kabupaten Blora berencana melakukan studi banding ke Kabupaten Sleman untuk mempelajari "
        "pengelolaan arsip daerah. Hal itu disampaikan Ketua Komisi A, Budi Santoso, Senin (4/9/2023).",
        "Pemerintah Kabupaten Lebak berencana studi tiru ke Kota Bandung soal tata kelola sampah. Rencana itu "
        "diungkapkan Sekda Lebak kepada wartawan, Kamis (5/10/2023).",
        "Dalam waktu dekat, Komisi III DPRD Kota Kendari akan kunjungan kerja ke Kota Makassar untuk belajar "
        "penataan pasar. Demikian dikatakan Ketua Komisi III di gedung dewan, Selasa (7/11/2023).",
        "Rencananya para kepala desa di Kecamatan Sewon akan studi banding ke Kabupaten Banyuwangi untuk "
        "belajar desa wisata. Hal tersebut dijelaskan Camat Sewon, Rabu (8/11/2023), di kantornya.",
    ],
)
def test_passive_saying_dates_the_statement_of_a_plan(text: str) -> None:
    assert _dates(text) == [(None, None)]


# near-misses: the words said while receiving the group date the visit; a planned trip with its own days
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Komisi II DPRD Kabupaten Sambas melakukan studi banding ke Kabupaten Sleman. Hal itu disampaikan "
            "Sekda Sleman saat menerima rombongan, Senin (4/9/2023).",
            [("2023-09-04", "2023-09-04")],
        ),
        (
            "Komisi B DPRD Kabupaten Blora dijadwalkan studi banding ke Kabupaten Sleman pada 18-20 Maret 2024. "
            "Hal itu disampaikan Ketua Komisi B, Senin (4/3/2024).",
            [("2024-03-18", "2024-03-20")],
        ),
    ],
)
def test_passive_saying_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


# ---------------------------------------------------------------- 2. "akan" before the trip marks a plan
# "Kami akan studi banding ke …", "akan melakukan kunjungan ke …": the future word before the trip (or its verb)
# tells a plan, and a day that only closes what was said about it is not the trip's.
@pytest.mark.parametrize(
    "text",
    [
        '"Para kepala desa akan saya ajak. Kami akan studi banding ke Kabupaten Gianyar untuk belajar desa '
        'wisata," kata Camat Ile Mandiri, Yohanes Kia, Rabu (28/11/2018).',
        "Komisi C DPRD Kabupaten Sikka akan melakukan kunjungan kerja ke Kota Denpasar guna mempelajari "
        "pengelolaan pasar, ujar Ketua Komisi C, Senin (6/11/2023).",
        '"Bulan ini kami akan berangkat ke Kabupaten Sleman untuk belajar pertanian organik," tutur Ketua '
        "Kelompok Tani, Selasa (7/11/2023).",
        "Pemerintah Kabupaten Alor akan menggelar studi tiru ke Kabupaten Banyuwangi terkait pelayanan publik. "
        "Hal itu diungkapkan Sekda Alor, Kamis (9/11/2023).",
    ],
)
def test_akan_before_the_trip_is_a_plan(text: str) -> None:
    assert _dates(text) == [(None, None)]


# near-misses: "akan" of something else than the trip (the lesson to be applied); a plan with its own days
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Komisi C DPRD Kabupaten Sikka melakukan studi banding ke Kota Denpasar, Senin (6/11/2023). Hasilnya "
            "akan diterapkan dalam penataan pasar di Sikka.",
            [("2023-11-06", "2023-11-06")],
        ),
        (
            "Komisi C DPRD Kabupaten Sikka akan melakukan studi banding ke Kota Denpasar pada 20-22 November 2023, "
            "kata Ketua Komisi C, Senin (6/11/2023).",
            [("2023-11-20", "2023-11-22")],
        ),
    ],
)
def test_akan_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected
