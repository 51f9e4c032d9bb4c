"""Host-side reports, round r8-probe2: defects found by probing diklat with short articles of our own.
Sentences written for this test, in several wordings and outlet styles."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _senders(text: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.visit.origin.regency or e.visit.origin.province, e.visit.start_date) for e in extract_text(text))


# ---------------------------------------------------------------- 1. "dan dari B": a second sender
# A host's report names a second sending body by saying "dari" again after a link word ("menerima benchmarking
# dari Pemkab A pada Senin dan dari Pemkot B pada Kamis"): the repeated "dari" opens a sender as the first did,
# each with its own day when the clause gives one.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sumedang - Pemkab Sumedang menerima benchmarking dari Pemerintah Kabupaten Garut pada Senin "
            "(10/6/2024) dan dari Pemerintah Kota Banjar pada Kamis (13/6/2024). Kedua rombongan mempelajari "
            "aplikasi layanan perizinan.",
            [("Kabupaten Garut", "2024-06-10"), ("Kota Banjar", "2024-06-13")],
        ),
        (
            "Klaten - Pemkab Klaten menerima kunjungan studi banding dari Pemkab Temanggung, Selasa (4/6/2024), "
            "lalu dari Pemkab Purworejo, Kamis (6/6/2024), yang belajar tentang Mal Pelayanan Publik.",
            [("Kabupaten Purworejo", "2024-06-06"), ("Kabupaten Temanggung", "2024-06-04")],
        ),
        (
            "Boyolali - DPRD Boyolali menerima studi banding dari DPRD Kabupaten Wonogiri pada Rabu (5/6/2024), "
            "serta dari DPRD Kabupaten Karanganyar pada Jumat (7/6/2024), tentang tata tertib dewan.",
            [("Kabupaten Karanganyar", "2024-06-07"), ("Kabupaten Wonogiri", "2024-06-05")],
        ),
        (
            "Denpasar - Pemkot Denpasar kedatangan rombongan studi tiru dari Pemkab Sumbawa pada Senin (3/6/2024) "
            "dan juga dari Pemkab Dompu pada Selasa (4/6/2024) untuk mempelajari pengelolaan sampah.",
            [("Kabupaten Dompu", "2024-06-04"), ("Kabupaten Sumbawa", "2024-06-03")],
        ),
    ],
)
def test_repeated_dari_names_a_second_sender(text: str, want: list) -> None:
    assert [(r, d.isoformat() if d else None) for r, d in _senders(text)] == want


# near-misses: "dari" after a link that opens no sender (where a lesson comes from; a place gone to after)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sumedang - Pemkab Sumedang menerima benchmarking dari Pemerintah Kabupaten Garut, Senin "
            "(10/6/2024). Rombongan belajar tentang perizinan dan dari situ ingin meniru aplikasi Sumedang.",
            [("Kabupaten Garut", "2024-06-10")],
        ),
        (
            "Sleman - Rombongan studi banding dari Pemkab Bima tiba di Kabupaten Sleman, Rabu (5/6/2024), "
            "setelah sehari sebelumnya belajar ke Kota Yogyakarta dan pulang dari Kota Yogyakarta pada malam hari.",
            [("Kabupaten Bima", "2024-06-05")],
        ),
    ],
)
def test_repeated_dari_near_misses(text: str, want: list) -> None:
    got = [(r, d.isoformat() if d else None) for r, d in _senders(text)]
    assert ("Kota Yogyakarta", "2024-06-05") not in got or want == got
    assert want[0] in got


def _origin_dest(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.visit.origin.regency or e.visit.origin.province, e.visit.destination.regency or e.visit.destination.province)
        for e in extract_text(text)
    ]


# ---------------------------------------------------------------- 2. a trip by two of its names, then its sender
# Reports name a trip by two of its names joined ("kunjungan kerja dan studi banding", "kunker sekaligus studi
# tiru"); the host's "menerima kunjungan kerja dan studi banding (dari) X" names the sender X as the single name
# does ("menerima kunjungan kerja DPRD X").
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lamongan - Bupati Lamongan menerima kunjungan kerja dan studi banding Pemerintah Kabupaten Jombang "
            "di ruang rapat, Kamis (8/2/2024). Rombongan mempelajari layanan command center.",
            [("Kabupaten Jombang", "Kabupaten Lamongan")],
        ),
        (
            "Bontang - Sekretariat DPRD Kota Bontang menerima kunjungan kerja dan studi banding dari DPRD "
            "Kabupaten Berau, Senin (20/5/2024), yang mempelajari penyusunan perda retribusi.",
            [("Kabupaten Berau", "Kota Bontang")],
        ),
        (
            "Pemkot Salatiga menerima kunjungan kerja sekaligus studi tiru DPRD Kabupaten Demak di Salatiga, "
            "Rabu (12/6/2024). Para wakil rakyat belajar soal pengelolaan pasar.",
            [("Kabupaten Demak", "Kota Salatiga")],
        ),
        (
            "Pemkab Pati menerima kunjungan kerja (kunker) dan benchmarking dari Pemkab Blora di Pendopo "
            "Kabupaten Pati, Selasa (11/6/2024), tentang pengelolaan sampah.",
            [("Kabupaten Blora", "Kabupaten Pati")],
        ),
    ],
)
def test_joined_trip_names_before_the_sender(text: str, want: list) -> None:
    assert _origin_dest(text) == want


# near-misses: the joined names followed by the place gone to, not by a sender
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 20 anggota DPRD Kabupaten Demak melakukan kunjungan kerja dan studi banding ke Kota "
            "Salatiga, Rabu (12/6/2024), untuk belajar pengelolaan pasar.",
            [("Kabupaten Demak", "Kota Salatiga")],
        ),
        (
            "Pemkab Blora menggelar kunjungan kerja sekaligus studi tiru di Kabupaten Pati, Selasa (11/6/2024), "
            "untuk mempelajari pengelolaan sampah.",
            [("Kabupaten Blora", "Kabupaten Pati")],
        ),
    ],
)
def test_joined_trip_names_near_misses(text: str, want: list) -> None:
    assert _origin_dest(text) == want


def _counts(text: str) -> list[int | None]:
    return [e.visit.participants for e in extract_text(text)]


# ---------------------------------------------------------------- 3. the host counts the guests of the visit it names
# A host's report names the visit it received, by any name of the trip or of the group, then counts the
# guests ("menerima studi banding 25 pegawai", "kedatangan rombongan 35 kepala desa"), as "menerima kunjungan
# 25 pegawai" does: that count is the group's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bantul - Pemerintah Kalurahan Wirokerten kedatangan rombongan 35 kepala desa dari Kabupaten Tanggamus, "
            "Kamis (14/11/2024), yang melakukan studi tiru pengelolaan BUMDes.",
            35,
        ),
        (
            "Lembang - Balai pelatihan itu menerima kunjungan studi banding 20 penyuluh pertanian dari Dinas "
            "Pertanian Kabupaten Ketapang, Selasa (8/10/2024), untuk belajar budidaya sayuran.",
            20,
        ),
        (
            "Rembang - Pabrik semen di Rembang menerima studi banding 25 pegawai Perumda Air Minum Kabupaten "
            "Batang, Rabu (21/2/2024). Rombongan belajar pengelolaan CSR.",
            25,
        ),
        (
            "Cilacap - Bupati Cilacap menyambut delegasi 18 pejabat Pemerintah Kabupaten Kebumen yang "
            "melakukan kaji banding pelayanan perizinan, Senin (3/6/2024).",
            18,
        ),
    ],
)
def test_host_counts_the_guests_of_the_visit(text: str, want: int) -> None:
    assert _counts(text) == [want]


# near-misses: a number after the received visit that counts no people (bodies, days)
@pytest.mark.parametrize(
    "text",
    [
        "Sragen - Pemkab Sragen menerima kunjungan kerja 3 komisi DPRD Kabupaten Ngawi, Selasa (10/9/2024), "
        "yang belajar pengelolaan pasar tradisional.",
        "Magelang - Pemkot Magelang menerima kunjungan kerja 2 hari dari DPRD Kabupaten Wonosobo, Senin "
        "(9/9/2024) dan Selasa (10/9/2024), tentang penataan pedagang kaki lima.",
    ],
)
def test_host_counts_near_misses(text: str) -> None:
    assert _counts(text) == [None]


def _lokus(text: str) -> list[list[str]]:
    return [e.visit.host_agencies for e in extract_text(text)]


# ---------------------------------------------------------------- 4. a verb of learning, its topic, then the unit
# The host's report says what the guests learnt and where ("Rombongan mempelajari pengembangan kampung digital di
# Dinas A"): the unit after any verb of learning and its topic is a unit visited, as after "studi banding".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Cimahi - Pemerintah Kota Cimahi menerima rombongan studi banding dari Pemerintah Kabupaten Garut, "
            "Kamis (4/7/2024). Rombongan mempelajari pengembangan kampung digital di Dinas Komunikasi dan "
            "Informatika.",
            "Dinas Komunikasi dan Informatika",
        ),
        (
            "Banjarbaru - Pemkot Banjarbaru kedatangan rombongan studi banding Pemkab Tapin, Senin (14/10/2024). "
            "Para tamu menggali inovasi arsip digital di Dinas Perpustakaan dan Kearsipan.",
            "Dinas Perpustakaan dan Kearsipan",
        ),
        (
            "Probolinggo - Pemkot Probolinggo menerima kunjungan studi tiru dari Pemkab Lumajang, Kamis "
            "(19/9/2024). Mereka mendalami tata kelola sampah terpadu di Dinas Lingkungan Hidup.",
            "Dinas Lingkungan Hidup",
        ),
        (
            "Kudus - Rombongan studi banding Pemkab Jepara tiba di Kudus, Selasa (10/9/2024), lalu menimba ilmu "
            "pengelolaan pasar tradisional di Dinas Perdagangan.",
            "Dinas Perdagangan",
        ),
    ],
)
def test_learning_verb_topic_then_unit(text: str, want: str) -> None:
    assert want in _lokus(text)[0]


# near-misses: the unit where the lesson is to be used, or a unit after the learning verb's object with no topic
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Cimahi - Pemerintah Kota Cimahi menerima rombongan studi banding dari Pemerintah Kabupaten Garut, "
            "Kamis (4/7/2024). Hasil yang dipelajari rombongan akan diterapkan di Dinas Kesehatan.",
            "Dinas Kesehatan",
        ),
        (
            "Kudus - Rombongan studi banding Pemkab Jepara tiba di Kudus, Selasa (10/9/2024). Mereka "
            "mempelajari hal yang bisa dikembangkan di Dinas Perdagangan sepulang dari Kudus.",
            "Dinas Perdagangan",
        ),
    ],
)
def test_learning_verb_near_misses(text: str, unit: str) -> None:
    assert unit not in _lokus(text)[0]


# ---------------------------------------------------------------- 5. a unit, then its verb of receiving the visit
# A host's report opens with the unit that received the visit, by any verb of receiving and any name of the visit
# ("Diskominfo A menerima studi banding …", "Pemerintah Desa B, Kecamatan C, kedatangan rombongan …", "menyambut
# delegasi"); a village's kecamatan may stand between as its address. The unit is the place visited.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Klaten - Pemerintah Desa Ponggok, Kecamatan Polanharjo, menerima kunjungan 36 peserta Latsar CPNS "
            "Kabupaten Wonogiri, Sabtu (28/9/2024), yang belajar pengelolaan BUMDes.",
            "Desa Ponggok",
        ),
        (
            "Bantul - Pemerintah Desa Panggungharjo, Kecamatan Sewon, kedatangan rombongan kepala desa dari "
            "Kabupaten Pesawaran, Kamis (14/11/2024), untuk studi tiru pengelolaan BUMDes.",
            "Desa Panggungharjo",
        ),
        (
            "Kudus - Dinas Komunikasi dan Informatika Kabupaten Kudus menerima studi banding dari Diskominfo "
            "Kabupaten Rembang, Selasa (10/9/2024). Rombongan 12 orang belajar pengelolaan media sosial.",
            "Dinas Komunikasi dan Informatika",
        ),
        (
            "Sleman - Dinas Pariwisata Kabupaten Sleman menyambut delegasi Pemerintah Kabupaten Sikka yang "
            "melakukan kaji banding desa wisata, Rabu (16/10/2024).",
            "Dinas Pariwisata",
        ),
    ],
)
def test_unit_receives_the_visit(text: str, want: str) -> None:
    assert want in _lokus(text)[0]


# near-misses: a unit that receives a letter or an award, not the visit; a unit whose kecamatan is another place's
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Kudus - Rombongan studi banding Pemkab Rembang berkunjung ke Kabupaten Kudus, Selasa (10/9/2024). "
            "Dinas Pendidikan Kabupaten Kudus menerima penghargaan dari gubernur pekan lalu.",
            "Dinas Pendidikan",
        ),
        (
            "Bantul - Rombongan kepala desa Kabupaten Pesawaran studi tiru ke Desa Panggungharjo, Kamis "
            "(14/11/2024). Desa Timbulharjo, Kecamatan Sewon, menerima surat undangan untuk acara itu.",
            "Desa Timbulharjo",
        ),
    ],
)
def test_unit_receives_near_misses(text: str, unit: str) -> None:
    assert unit not in _lokus(text)[0]
