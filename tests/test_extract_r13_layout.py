"""Page layouts, round r13-layout. Sentences written for this test, in several outlet layouts."""

from __future__ import annotations

import datetime as dt

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.text import clean_text


# ---------------------------------------------------------------- 1. a photo caption's day is not the visit's
# A caption stands on its own line under a label ("Foto:", "FOTO :", "Keterangan foto:", "Caption :",
# "Ilustrasi:") and tells the picture; the story's own sentence gives the day of the visit.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Camat Belajar ke Kulon Progo\n\nFOTO: Para camat berpose di depan gedung, Senin (4/3/2024).\n\n"
            "Dua puluh camat dari Kabupaten Blora melakukan studi tiru ke Kabupaten Kulon Progo, Rabu (13/3/2024).",
            dt.date(2024, 3, 13),
        ),
        (
            "Keterangan foto: Suasana penyambutan tamu, Jumat (2/2/2024)\n\n"
            "Sebanyak 30 peserta PKP Kota Kediri menggelar kunjungan lapangan ke Kabupaten Badung pada Selasa "
            "(20/2/2024).",
            dt.date(2024, 2, 20),
        ),
        (
            "Caption : Kepala dinas menyerahkan cendera mata, Kamis (7/9/2023).\n"
            "Rombongan 25 anggota DPRD Kabupaten Ciamis melaksanakan kunjungan kerja ke Kota Batu, Senin "
            "(18/9/2023).",
            dt.date(2023, 9, 18),
        ),
        (
            "Foto : Peserta pelatihan menyimak paparan narasumber, 1 Agustus 2023\n\n"
            "Peserta Pelatihan Kepemimpinan Pengawas Kabupaten Lebak studi lapangan ke Kota Tangerang pada "
            "Kamis (10/8/2023).",
            dt.date(2023, 8, 10),
        ),
    ],
)
def test_caption_day_is_not_the_visit_day(text: str, day: dt.date) -> None:
    visits = [e.visit for e in extract_text(clean_text(text))]
    assert visits
    assert visits[0].start_date == day


# near-misses: a day in a sentence that merely mentions a photo, and a caption that is the only dated line
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Peserta PKA Kabupaten Purworejo berfoto bersama usai studi lapangan ke Kota Salatiga, Kamis (16/5/2024).",
            dt.date(2024, 5, 16),
        ),
        (
            "Foto: Rombongan tiba di Kota Salatiga, Kamis (16/5/2024).\n\n"
            "Peserta PKA Kabupaten Purworejo melaksanakan studi lapangan ke Kota Salatiga.",
            dt.date(2024, 5, 16),
        ),
    ],
)
def test_day_outside_a_caption_or_only_in_one(text: str, day: dt.date) -> None:
    visits = [e.visit for e in extract_text(clean_text(text))]
    assert visits
    assert visits[0].start_date == day


# ---------------------------------------------------------------- 2. a related-articles list without bullets
# Under "Berita Terkait" / "Artikel Lainnya" / "Baca Juga" the headlines of other reports stand one a line,
# often without bullets and with their own dates; none of them tells this visit.
@pytest.mark.parametrize(
    "text",
    [
        "Peserta PKA Kabupaten Wonogiri melakukan studi lapangan ke Kota Surakarta.\n\nBerita Terkait\n"
        "Camat Se-Kabupaten Sumba Timur Belajar ke Kota Kupang 3 Juni 2024\nBanjir Rendam Dua Desa di Wonogiri\n",
        "Rombongan Diklat PIM IV Kota Binjai berkunjung ke Kabupaten Deli Serdang.\n\nARTIKEL LAINNYA :\n\n"
        "Wakil Bupati Terima Studi Tiru Kabupaten Asahan, Selasa (4/6/2024)\n",
        "Sebanyak 18 lurah dari Kota Kendari studi banding ke Kota Makassar.\n\nBaca juga\n"
        "Kunjungan Kerja DPRD Kolaka ke Kota Palu 10 Mei 2024\n",
        "Para peserta PKP Kabupaten Lombok Barat mengunjungi Kabupaten Badung.\n\nRelated Posts\n"
        "Kepala Desa Se-Bima Studi Banding ke Kabupaten Gianyar (7/5/2024)\n\nSeminar Desa Wisata di Mataram\n",
    ],
)
def test_related_headlines_give_no_date(text: str) -> None:
    visits = [e.visit for e in extract_text(clean_text(text))]
    assert len(visits) == 1
    assert visits[0].start_date is None


# near-misses: prose after a "Baca juga" header stays, and a sentence that mentions related news is prose
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Berita Terkait\n\nPeserta PKA Kabupaten Pemalang melaksanakan studi lapangan ke Kabupaten Kudus, "
            "Selasa (11/6/2024), untuk mempelajari pengelolaan sampah.",
            dt.date(2024, 6, 11),
        ),
        (
            "Peserta PKA Kabupaten Pemalang studi lapangan ke Kabupaten Kudus.\n\nBaca juga:\n"
            "Di Kudus, mereka diterima Sekretaris Daerah pada Selasa (11/6/2024) di ruang rapat kantor bupati.",
            dt.date(2024, 6, 11),
        ),
    ],
)
def test_prose_after_a_related_header_stays(text: str, day: dt.date) -> None:
    visits = [e.visit for e in extract_text(clean_text(text))]
    assert visits
    assert visits[0].start_date == day


def test_credit_after_related_list_stays() -> None:
    text = (
        "Peserta PKA Kabupaten Klaten studi lapangan ke Kota Madiun.\n\nBerita Lainnya\n"
        "Pasar Murah Digelar di Klaten\n\nPewarta: Rudi Hartono\nEditor: Wulan Sari"
    )
    cleaned = clean_text(text)
    assert "Pasar Murah" not in cleaned
    assert "Pewarta: Rudi Hartono" in cleaned
    assert "Editor: Wulan Sari" in cleaned
