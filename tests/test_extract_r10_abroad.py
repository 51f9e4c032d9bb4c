"""Trips abroad, round r10-abroad. Sentences written for this test, in several wordings and outlet styles."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


# ---------------------------------------------------------------- 1. the travellers' home on a trip abroad
# A report of a trip abroad names the travellers by their region's council, head or government
# ("anggota DPRD X", "Bupati X", "Pemkab X") and names that region again as where the lessons will be
# used or where the group comes back to; no place at home is gone to, so the region is their home.
@pytest.mark.parametrize(
    ("text", "province", "regency"),
    [
        (
            "BOYOLALI - Sebanyak 11 anggota DPRD Boyolali bertolak ke Korea Selatan untuk kunjungan kerja pada "
            "4-9 Maret 2024. Hasil kunjungan itu akan diterapkan dalam kebijakan pertanian di Boyolali.",
            "Jawa Tengah",
            "Kabupaten Boyolali",
        ),
        (
            "Wali Kota Pariaman Studi Banding ke Jepang\n\nPARIAMAN - Wali Kota Pariaman beserta enam kepala dinas "
            "studi banding ke Jepang, 12-16 Agustus 2024. Sepulang dari sana, ilmu tentang mitigasi tsunami akan "
            "dipraktikkan di Pariaman.",
            "Sumatera Barat",
            "Kota Pariaman",
        ),
        (
            "BLORA - Bupati Blora memimpin rombongan studi banding ke Belanda pada 20-26 Juni 2024. Menurutnya, "
            "pengelolaan air di Belanda cocok untuk dikembangkan di Blora.",
            "Jawa Tengah",
            "Kabupaten Blora",
        ),
        (
            "Pemkab Sumedang Kirim Pejabat ke Korea\n\nSUMEDANG - Pemkab Sumedang mengirim delapan pejabat "
            "studi banding ke Korea Selatan pada 7-11 Oktober 2024. Sepulangnya, rombongan tiba kembali di "
            "Sumedang dan langsung melapor.",
            "Jawa Barat",
            "Kabupaten Sumedang",
        ),
    ],
)
def test_home_of_a_trip_abroad(text: str, province: str, regency: str) -> None:
    visits = [e.visit for e in extract_text(text)]
    assert visits
    for v in visits:
        assert v.destination.province is None
        assert (v.origin.province, v.origin.regency) == (province, regency)


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        # a sender found in its own words keeps it, and the trip still goes abroad
        (
            "SURABAYA - Sebanyak 12 anggota DPRD Kabupaten Jember melakukan studi banding ke Jepang pada "
            "3-8 Maret 2024. Hasilnya akan diterapkan di Jember.",
            None,
        ),
        # a trip at home keeps the council's region as where it goes
        (
            "MALANG - Sebanyak 15 anggota DPRD Kota Blitar studi banding ke DPRD Kota Malang, Senin (4/3/2024).",
            "Jawa Timur",
        ),
    ],
)
def test_home_near_misses(text: str, dest: str | None) -> None:
    visits = [e.visit for e in extract_text(text)]
    assert visits
    assert all(v.destination.province == dest for v in visits)
    assert all(v.origin.province == "Jawa Timur" for v in visits)
