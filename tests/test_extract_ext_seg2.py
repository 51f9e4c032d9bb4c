"""Round ext-seg2: extra records from wrong frames, where the sender's own region or the host's own
region is read as one more place of the trip. Every sentence here is made up for these tests."""

from __future__ import annotations

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


def places_visited(found: list[Visit]) -> set[str | None]:
    return {v.destination.regency or v.destination.province for v in found}


def senders(found: list[Visit]) -> set[str | None]:
    return {v.origin.regency or v.origin.province for v in found}


# ---------------------------------------------------------------- the sender's home is no stop
# A group that travels away from home is named by its home throughout the report ("rombongan
# Pemkab A", "menurut pihak Dinas X Provinsi A", "berangkat dari Bandara di A"); its home is where
# it set out from, never one of the places it went to learn from.


def test_fronted_attribution_then_the_host() -> None:
    found = visits(
        "Dinas Perhubungan Provinsi Jambi bertandang ke Dinas Perhubungan Kota Surabaya, Kamis (4/7/2024)."
        " Menurut pihak Dishub Provinsi Jambi, Kota Surabaya dipilih sebagai tujuan studi banding karena"
        " pengelolaan terminalnya dinilai baik.",
    )
    assert places_visited(found) == {"Kota Surabaya"}


def test_departure_airport_of_the_home_province() -> None:
    found = visits(
        "Rombongan studi tiru Pemerintah Kabupaten Sumbawa bertolak ke Kota Malang, Jawa Timur, pada Senin"
        " (2/9/2024) melalui Bandara Sultan Muhammad Kaharuddin Sumbawa. Rombongan kemudian diterima Wali"
        " Kota Malang di Balai Kota untuk belajar pengelolaan sampah.",
    )
    assert places_visited(found) == {"Kota Malang"}


def test_a_host_report_names_the_guests_by_their_home() -> None:
    found = visits(
        "Bappeda Kabupaten Lombok Barat melakukan kaji banding ke Pemerintah Kabupaten Badung pada Rabu"
        " (12/6/2024). Di sela kunjungan Bappeda Kabupaten Lombok Barat, Kabupaten Badung memaparkan cara"
        " menyusun perencanaan berbasis data desa.",
    )
    assert places_visited(found) == {"Kabupaten Badung"}
    assert senders(found) == {"Kabupaten Lombok Barat"}


def test_the_guest_head_of_region_after_a_fronted_clause() -> None:
    found = visits(
        "PALU - Pemkot Palu studi banding ke Pemerintah Kota Makassar, Selasa (5/3/2024). Saat bertemu"
        " Wali Kota Makassar di Kota Makassar, Wali Kota Palu mengaku ingin meniru sistem perizinan"
        " daring yang sudah berjalan di sana.",
    )
    assert places_visited(found) == {"Kota Makassar"}
    assert senders(found) == {"Kota Palu"}


def test_near_miss_a_tour_inside_the_home_province() -> None:
    # the sender's own province holds other regencies, which a group may well visit
    found = visits(
        "Panitia khusus DPRD Kabupaten Sumenep melakukan studi banding ke Kota Batu dan Kabupaten Sragen,"
        " Senin (6/5/2024), untuk menyusun raperda tentang pariwisata.",
    )
    assert places_visited(found) == {"Kota Batu", "Kabupaten Sragen"}


def test_near_miss_a_cohort_visiting_its_own_regency() -> None:
    # the visit at home is the article's only visit: it stays
    found = visits(
        "Peserta Pelatihan Kepemimpinan Pengawas Kabupaten Klaten angkatan II melakukan studi lapangan ke"
        " Desa Ponggok, Kabupaten Klaten, Kamis (7/3/2024), untuk mempelajari pengelolaan BUMDes.",
    )
    assert places_visited(found) == {"Kabupaten Klaten"}
