"""Rules written for the shapes of the kn-/ko-/kp-/kq-/kr-/kt- field articles (round 2, ext-fresh4),
each on sentences of our own."""

from __future__ import annotations

import pytest

from diklat_cli.extract import agencies, extract_text
from diklat_cli.extract.hosts import _FIRST_ORDINAL, _NEXT_ORDINAL
from diklat_cli.extract.participants import find_participants
from tests.extracted import days_of, lokus_of


@pytest.mark.parametrize(
    "text",
    [
        "Anggota Komisi I DPRD Kabupaten Sambas melakukan studi banding ke Kabupaten Sanggau, Rabu (8/5/2024)."
        " Rombongan diterima Ketua DPRD Sanggau di gedung dewan.",
        "SANGGAU - Pimpinan DPRD Sanggau kedatangan rombongan DPRD Kabupaten Sambas, Rabu (8/5/2024)."
        " Mereka belajar penyusunan perda desa wisata.",
        "Pansus IV DPRD Kabupaten Sambas studi banding ke Kabupaten Sanggau, Rabu (8/5/2024)."
        ' "Kami belajar bersama DPRD Sanggau," kata ketua pansus.',
    ],
)
def test_a_council_meets_its_counterpart(text):
    assert lokus_of(text) == [["DPRD"]]


@pytest.mark.parametrize(
    "text",
    [
        # the sender's own council, written with the sender's region
        "Anggota Komisi A DPRD Kabupaten Sleman berangkat kunjungan kerja ke Kabupaten Klaten sejak Senin (8/7/2024)."
        " Ketua Komisi A DPRD Sleman mengatakan mereka ingin belajar tata kelola pasar.",
        # a government's trip: the host's council named alone is no unit visited
        "Pemerintah Kabupaten Sleman melakukan studi banding ke Kabupaten Klaten, Senin (8/7/2024)."
        " Ketua DPRD Klaten turut hadir dalam pertemuan itu.",
    ],
)
def test_no_council_lokus_without_a_council_meeting_a_council(text):
    assert lokus_of(text) == [[]]


def test_a_release_dated_at_the_place_visited_dates_the_visit():
    text = (
        "Purworejo, 12 Maret 2025 – Rombongan Komisi C DPRD Kabupaten Cilacap melakukan studi banding ke"
        " Kabupaten Purworejo tentang pengelolaan sampah. Mereka diterima Asisten II Setda Purworejo."
    )
    assert days_of(text) == [("2025-03-12", "2025-03-12")]


def test_a_dateline_of_the_senders_home_dates_no_visit():
    text = (
        "Cilacap, 20 Maret 2025 – Sepulang dari studi banding ke Kabupaten Purworejo, Komisi C DPRD Kabupaten"
        " Cilacap menyusun rekomendasi pengelolaan sampah."
    )
    assert days_of(text) in ([], [(None, None)])


def test_beside_another_day_the_datelines_is_the_releases_only():
    text = (
        "Purworejo, 12 Maret 2025 – Rombongan Komisi C DPRD Kabupaten Cilacap melakukan studi banding ke"
        " Kabupaten Purworejo, Senin (10/3/2025). Mereka diterima Asisten II Setda Purworejo."
    )
    assert days_of(text) == [("2025-03-10", "2025-03-10")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ia menyebut kedatangan 22 orang itu untuk mempelajari layanan perizinan.", 22),
        ("Kedatangan 40 kepala sekolah dari berbagai kabupaten itu disambut kepala dinas.", 40),
        ("Kedatangan rombongan bertepatan dengan 3 hari menjelang festival.", None),
    ],
)
def test_the_arrival_counted(text, count):
    found = find_participants(text)
    assert (found[0].value if found else None) == count


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Sebagian peserta ke Puskesmas Kalasan I dan Puskesmas Depok III. Sama seperti kemarin, diskusi berjalan.",
            ["Puskesmas Kalasan I", "Puskesmas Depok III"],
        ),
        ("Rombongan ke Puskesmas Tempel II. Sesudahnya mereka makan siang.", ["Puskesmas Tempel II"]),
        # a numeral inside the name runs on
        ("Mereka berkunjung ke Lapas Kelas IIA Yogyakarta.", ["Lapas Kelas IIA"]),
    ],
)
def test_a_numbered_unit_ends_at_the_full_stop_after_its_numeral(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        (
            "Instalasi Pengolahan Air Limbah (IPAL) di kota itu melayani ribuan rumah. Peserta meninjau IPAL.",
            "IPAL",
            "Instalasi Pengolahan Air Limbah (IPAL)",
        ),
        # initials that do not spell it: the acronym alone
        ("Tempat Olah Sampah Warga (TPST) sudah modern. Peserta meninjau TPST.", "TPST", "TPST"),
        # a body the vocabulary names by its acronym keeps it
        ("Dewan Perwakilan Rakyat Daerah (DPRD) menerima tamu. Rombongan ke DPRD.", "DPRD", "DPRD"),
    ],
)
def test_a_site_listed_by_its_acronym_is_named_by_the_words_it_spells(text, acronym, full):
    assert agencies.full_form(text, acronym) == full


def test_an_arrival_day_written_again_as_the_visits_is_one_day():
    text = (
        "Pemkab Bangli Belajar Perizinan ke Kota Mataram\n"
        "Rombongan Pemkab Bangli saat mengunjungi Mal Pelayanan Publik Mataram, Kamis (6/2/2025).\n"
        "BANGLI - Pemerintah Kabupaten Bangli melakukan studi banding perizinan ke Kota Mataram.\n"
        "Rombongan tiba di Mataram pada Kamis (6/2/2025) siang dan diterima Sekda Kota Mataram.\n"
    )
    assert days_of(text) == [("2025-02-06", "2025-02-06")]


def test_an_arrival_day_with_a_later_day_told_is_no_one_day_visit():
    text = (
        "BANGLI - Pemerintah Kabupaten Bangli melakukan studi banding perizinan ke Kota Mataram.\n"
        "Rombongan tiba di Mataram pada Kamis (6/2/2025) siang. Pada Kamis (6/2/2025) mereka ke kantor wali kota,"
        " dan Jumat (7/2/2025) meninjau mal pelayanan publik.\n"
    )
    assert days_of(text) != [("2025-02-06", "2025-02-06")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"Kami belajar ke Bumdes – Bumdes yang sudah maju," ujarnya.', []),
        ("Mereka mendatangi Desa - Desa wisata di lereng Merapi, antara lain Desa Kepuharjo.", ["Desa Kepuharjo"]),
        ("Mereka ke Dinas Pariwisata dan Desa Wisata Kepuharjo.", ["Dinas Pariwisata", "Desa Wisata Kepuharjo"]),
    ],
)
def test_a_head_written_twice_is_a_plural_not_a_unit(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("KE DINAS PERTANIAN KABUPATEN GUNUNG KIDUL DIY\n", ["DINAS PERTANIAN"]),
        ("Rombongan ke Dinas Pertanian Kota Batu, Jawa Timur.", ["Dinas Pertanian"]),
        # a place that names the unit stays
        ("Rombongan ke Universitas Brawijaya Malang, Jawa Timur.", ["Universitas Brawijaya"]),
    ],
)
def test_a_region_phrase_closed_by_its_province_is_cut_whole(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


def _counts(text: str) -> dict[str | None, int | None]:
    return {e.visit.program: e.visit.participants for e in extract_text(text)}


def test_a_count_broken_down_into_programmes_is_no_one_programmes():
    text = (
        "BANDUNG - Peserta PKA Angkatan I dan PKP Angkatan III BPSDM Provinsi Banten melaksanakan studi lapangan"
        " di Kota Bandung, 3-5 Juni 2025.\nPesertanya berjumlah 64 orang, yaitu peserta PKA dari Kota Serang"
        " serta peserta PKP dari beberapa kabupaten.\n"
    )
    assert _counts(text) == {"PKA": None, "PKP": None}


def test_a_list_counted_in_words_goes_on_in_the_next_sentences():
    text = (
        "Kepala desa se-Kabupaten Sambas studi tiru ke Kabupaten Bantul, 3-5 September 2024. Mereka mengunjungi"
        " tiga desa, yakni pertama Desa Panggungharjo yang dikenal sebagai Desa Inovasi. Kedua Desa Wukirsari"
        " yang punya kampung batik. Terakhir Desa Mangunan yang merupakan desa wisata.\n"
    )
    assert lokus_of(text) == [["Desa Panggungharjo", "Desa Wukirsari", "Desa Mangunan"]]


@pytest.mark.parametrize(
    ("pattern", "text", "hit"),
    [
        (_FIRST_ORDINAL, "mengunjungi tiga desa, yakni pertama Desa Kandri", True),
        (_FIRST_ORDINAL, "Pertama kali rombongan datang ke Desa Kandri", False),
        (_NEXT_ORDINAL, "Kedua Desa Lerep yang merupakan desa pegunungan.", True),
        (_NEXT_ORDINAL, "Lalu Desa Tambak Lorok yang merupakan desa nelayan.", True),
        # "kedua desa itu" is "both villages", no next item
        (_NEXT_ORDINAL, "Kedua desa itu punya potensi wisata.", False),
    ],
)
def test_ordinals_of_a_list_counted_in_words(pattern, text, hit):
    found = pattern.search(text) if pattern is _FIRST_ORDINAL else pattern.match(text)
    assert (found is not None) == hit
