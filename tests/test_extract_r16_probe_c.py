"""Visits missed by detection, found by probing (round r16-probe-c). Articles written for this test."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _count(text: str) -> int:
    return len(extract_text(text))


# ---------------------------------------------------------------- 1. coming for the study trip
# A report (often the host's) says the guests came FOR the trip, the activity named after "datang untuk /
# guna / dalam rangka", with no other verb of going: coming for a study trip states the trip as surely as
# "datang untuk belajar".
@pytest.mark.parametrize(
    "text",
    [
        (
            "Sekda Kota Kediri Paparkan Program Unggulan\n"
            "\n"
            "KEDIRI - Sekretaris Daerah Kota Kediri memaparkan program unggulan kota di hadapan 36 peserta "
            "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan III Kabupaten Nganjuk di Balai Kota, Rabu (6/3/2024)."
            " Para peserta datang untuk studi lapangan."
        ),
        (
            "Wakil Bupati Sidoarjo Paparkan Inovasi Kepada Pejabat Pemkab Bojonegoro\n"
            "\n"
            "SIDOARJO - Wakil Bupati Sidoarjo memaparkan sejumlah inovasi kepada 20 pejabat Pemkab Bojonegoro di "
            "Pendopo Delta Wibawa, Selasa (14/5/2024). Mereka datang dalam rangka benchmarking pelayanan "
            "perizinan."
        ),
        (
            "Kepala Bappeda Terima Komisi II DPRD Kabupaten Sambas\n"
            "\n"
            "PONTIANAK - Kepala Bappeda Kota Pontianak berdialog dengan anggota Komisi II DPRD Kabupaten Sambas "
            "di ruang rapat Bappeda, Kamis (8/8/2024). Komisi II datang untuk melakukan kaji banding tentang "
            "perencanaan pembangunan."
        ),
        (
            "Peserta PKA Kota Bengkulu Diskusi dengan Sekda Kota Lubuklinggau\n"
            "\n"
            "LUBUKLINGGAU - Sebanyak 30 peserta PKA Angkatan I Kota Bengkulu berdiskusi dengan Sekda Kota "
            "Lubuklinggau di Ruang Rapat Sekda, Senin (2/9/2024). Mereka datang guna studi tiru pengelolaan "
            "pasar."
        ),
    ],
)
def test_came_for_the_activity_is_a_trip(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # urged on others, no trip of anyone's
        (
            "Ketua DPRD Ajak Anggota Dewan Daerah Lain Datang\n"
            "\n"
            "SEMARANG - Ketua DPRD Jawa Tengah mengajak pimpinan DPRD kabupaten datang untuk studi banding ke "
            "gedung dewan provinsi kapan saja, Senin (4/3/2024). Ia menyebut pintu terbuka bagi siapa saja."
        ),
        # come for an opening, no study trip
        (
            "Bupati Buka Pelatihan Kepemimpinan Pengawas\n"
            "\n"
            "KENDAL - Bupati Kendal membuka PKP Angkatan II di Aula BKPSDM, Senin (4/3/2024). Sebanyak 40 peserta"
            " datang untuk mengikuti pembukaan pelatihan."
        ),
    ],
)
def test_came_for_no_trip(text: str) -> None:
    assert _count(text) == 0


# ---------------------------------------------------------------- 2. the headline's bare learning verb
# Headlines drop the verb's prefix ("Pelajari …", "Gali Inspirasi …", "Serap Ilmu …", "Dalami …", as they
# write "Kunjungi", "Sambangi"), and a report may state its purpose of learning only there: the bare form is
# the same purpose as "mempelajari", "menggali inspirasi", "menyerap ilmu", "mendalami".
@pytest.mark.parametrize(
    "text",
    [
        (
            "Pelajari Penataan Kawasan Kumuh, Pemkab Pesawaran ke Kota Semarang\n"
            "\n"
            "SEMARANG - Sejumlah pejabat Pemerintah Kabupaten Pesawaran tiba di Kota Semarang, Selasa "
            "(16/7/2024). Mereka diterima Kepala Dinas Perumahan dan Kawasan Permukiman Kota Semarang di "
            "kantornya."
        ),
        (
            "Gali Inspirasi Pengelolaan Sampah, Pemkot Ambon Sambangi Kabupaten Banyumas\n"
            "\n"
            "PURWOKERTO - Rombongan Pemerintah Kota Ambon menyambangi Kabupaten Banyumas, Kamis (25/7/2024). "
            "Rombongan berjumlah 12 orang itu diterima Sekda Banyumas di Pendopo Si Panji."
        ),
        (
            "Serap Ilmu Tata Kelola Pasar, DPRD Kabupaten Banggai Bertandang ke Kota Palu\n"
            "\n"
            "PALU - Anggota Komisi II DPRD Kabupaten Banggai bertandang ke Pemerintah Kota Palu, Rabu (3/4/2024)."
            " Rombongan diterima Asisten II Setda Kota Palu di ruang rapat wali kota."
        ),
        (
            "Dalami Layanan Kependudukan, Pemkab Halmahera Utara Kunjungi Kota Manado\n"
            "\n"
            "MANADO - Rombongan Pemerintah Kabupaten Halmahera Utara mengunjungi Pemerintah Kota Manado, Senin "
            "(10/6/2024). Mereka disambut Kepala Disdukcapil Kota Manado."
        ),
    ],
)
def test_headline_bare_learning_verb_states_the_purpose(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # learning a rule at home, nobody travels
        (
            "Pelajari Aturan Baru, Pemkab Pati Gelar Rapat Koordinasi\n"
            "\n"
            "PATI - Pemerintah Kabupaten Pati menggelar rapat koordinasi di Pendopo Kabupaten Pati, Senin "
            "(4/3/2024). Para kepala OPD membahas aturan baru pengadaan barang dan jasa."
        ),
        # "Serap Aspirasi": a governor's working trip, no learning
        (
            "Serap Aspirasi, Gubernur Kalimantan Barat Kunjungi Kabupaten Sanggau\n"
            "\n"
            "SANGGAU - Gubernur Kalimantan Barat melakukan kunjungan kerja ke Kabupaten Sanggau, Kamis "
            "(7/3/2024). Gubernur meninjau jalan provinsi dan bertemu warga."
        ),
    ],
)
def test_headline_bare_verb_without_a_study_trip(text: str) -> None:
    assert _count(text) == 0


# ---------------------------------------------------------------- 3. learning at the host in any words
# A report says where the group learnt with any verb of drawing knowledge, not only "belajar": "menyerap
# ilmu … di Kabupaten X", "menimba pengalaman … di Pemkot Y", "ngangsu kawruh … di Kabupaten Z", or the
# headline's bare "Timba Ilmu … di Kota W"; what is drawn may be knowledge, experience or inspiration.
@pytest.mark.parametrize(
    "text",
    [
        (
            "Kepala Desa Se-Kabupaten Bima Menyerap Ilmu di Kabupaten Gunungkidul\n"
            "\n"
            "WONOSARI - Sebanyak 25 kepala desa se-Kabupaten Bima menyerap ilmu pengelolaan desa wisata di "
            "Kabupaten Gunungkidul, Selasa (9/7/2024). Mereka diterima Wakil Bupati Gunungkidul."
        ),
        (
            "Pejabat Pemkab Buru Menimba Pengalaman di Pemkot Ambon\n"
            "\n"
            "AMBON - Sepuluh pejabat Pemkab Buru menimba pengalaman penataan pasar di Pemerintah Kota Ambon, Rabu"
            " (12/6/2024). Mereka disambut Sekretaris Kota Ambon."
        ),
        (
            "Timba Ilmu Pajak Daerah di Kota Tangerang Selatan, Bapenda Kabupaten Lebak Diterima Wali Kota\n"
            "\n"
            "TANGERANG SELATAN - Sejumlah pegawai Badan Pendapatan Daerah Kabupaten Lebak diterima Wali Kota "
            "Tangerang Selatan, Kamis (11/4/2024). Mereka berdiskusi soal pajak hotel dan restoran."
        ),
        (
            "Perangkat Nagari Kabupaten Agam Ngangsu Kawruh di Kabupaten Bantul\n"
            "\n"
            "BANTUL - Sebanyak 20 perangkat nagari dari Kabupaten Agam ngangsu kawruh tata kelola keuangan di "
            "Kabupaten Bantul, Senin (22/7/2024). Mereka diterima Sekda Bantul."
        ),
    ],
)
def test_learning_at_the_host_in_any_words(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a training at the village hall, no host gone to
        (
            "Warga Menyerap Ilmu Pertanian Organik\n"
            "\n"
            "KLATEN - Puluhan petani menyerap ilmu pertanian organik dalam pelatihan yang digelar Dinas Pertanian"
            " di Balai Desa, Senin (4/3/2024). Pelatihan diisi penyuluh dari kabupaten."
        ),
        # experience heard at an orientation at home
        (
            "Timba Pengalaman Pensiunan, Pegawai Baru Ikuti Orientasi\n"
            "\n"
            "SURABAYA - Sebanyak 50 pegawai baru Pemkot Surabaya mengikuti orientasi di Gedung Sawunggaling, "
            "Senin (4/3/2024). Mereka mendengarkan pengalaman para pensiunan."
        ),
    ],
)
def test_learning_at_home_is_no_trip(text: str) -> None:
    assert _count(text) == 0


# ---------------------------------------------------------------- 4. the host receives guests from a place
# A host's report calls the visitors its guests, received by any verb of receiving and said to come from a
# place: "menerima tamu dari Kota X", "menyambut para tamu asal Kabupaten Y", "menerima tamu, kali ini dari
# DPRD Z", "menjamu tamu dari Dinas W"; with a purpose of learning stated, that is the visit.
@pytest.mark.parametrize(
    "text",
    [
        (
            "Kelurahan Sukamaju Terima Tamu dari Kota Jambi\n"
            "\n"
            "PALEMBANG - Kelurahan Sukamaju, Kota Palembang, menerima tamu dari Kota Jambi, Selasa (11/6/2024). "
            "Sebanyak 15 lurah itu ingin belajar pengelolaan bank sampah."
        ),
        (
            "Wali Kota Blitar Sambut Para Tamu Asal Kabupaten Lumajang\n"
            "\n"
            "BLITAR - Wali Kota Blitar menyambut para tamu asal Kabupaten Lumajang di Istana Gebang, Kamis "
            "(4/7/2024). Sepuluh pejabat itu mempelajari pengelolaan objek wisata sejarah."
        ),
        (
            "DPRD Kota Cirebon Kembali Terima Tamu\n"
            "\n"
            "CIREBON - DPRD Kota Cirebon kembali menerima tamu, kali ini dari DPRD Kabupaten Brebes, Senin "
            "(15/4/2024). Mereka menggali informasi soal Perda bangunan gedung."
        ),
        (
            "Dinas Pertanian Kabupaten Jember Jamu Tamu dari Kabupaten Sumbawa\n"
            "\n"
            "JEMBER - Dinas Pertanian Kabupaten Jember menjamu tamu dari Dinas Pertanian Kabupaten Sumbawa, Rabu "
            "(28/8/2024). Para tamu itu belajar budi daya tembakau."
        ),
    ],
)
def test_host_receives_guests_from_a_place(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # hotels receiving tourists, nobody learns
        (
            "Hotel di Kota Batu Terima Tamu dari Malaysia\n"
            "\n"
            "BATU - Sejumlah hotel di Kota Batu menerima tamu dari Malaysia selama libur sekolah, Senin "
            "(1/7/2024). Tingkat hunian naik hingga 80 persen."
        ),
        # a ministry's officials calling on a regent about aid, no learning
        (
            "Bupati Bantul Terima Tamu dari Kementerian Sosial\n"
            "\n"
            "BANTUL - Bupati Bantul menerima tamu dari Kementerian Sosial di ruang kerjanya, Senin (1/7/2024). "
            "Pertemuan membahas penyaluran bantuan sosial bagi warga terdampak gempa."
        ),
    ],
)
def test_guests_without_a_study_trip(text: str) -> None:
    assert _count(text) == 0


# ---------------------------------------------------------------- 5. the host made the goal of a study trip
# A host's report says the place was made the goal or model of a study trip, by any word of it ("menjadi
# tujuan / rujukan / jujukan / destinasi studi …", "dijadikan rujukan belajar", "dipilih sebagai tujuan"),
# often with the guests' coming told as bare "yang datang"; "maksud dan tujuan studi banding" and a tourist
# destination are no such place.
@pytest.mark.parametrize(
    "text",
    [
        (
            "Kabupaten Sumedang Jadi Rujukan Kaji Banding\n"
            "\n"
            "SUMEDANG - Kabupaten Sumedang kembali menjadi rujukan kaji banding. Kali ini 30 pejabat Pemkab Garut"
            " yang datang, Senin (6/5/2024), mempelajari aplikasi perencanaan daerah."
        ),
        (
            "Desa Wisata Tete Batu Jadi Jujukan Studi Tiru\n"
            "\n"
            "LOMBOK TIMUR - Desa Tete Batu, Kabupaten Lombok Timur, kembali menjadi jujukan studi tiru. Giliran "
            "20 kepala desa dari Kabupaten Sumbawa Barat yang datang, Rabu (10/7/2024)."
        ),
        (
            "Pemkot Salatiga Dijadikan Rujukan Belajar Pemkab Temanggung\n"
            "\n"
            "SALATIGA - Pemerintah Kota Salatiga dijadikan rujukan belajar oleh 15 pejabat Pemkab Temanggung soal"
            " pengelolaan pengaduan warga, Kamis (4/4/2024)."
        ),
        (
            "Puskesmas Kota Metro Jadi Destinasi Study Tiru Dinkes Lampung Timur\n"
            "\n"
            "METRO - Puskesmas Yosomulyo, Kota Metro, menjadi destinasi study tiru Dinas Kesehatan Kabupaten "
            "Lampung Timur, Kamis (18/7/2024). Sebanyak 14 kepala puskesmas mengamati layanan pasien."
        ),
    ],
)
def test_place_made_the_goal_of_a_study_trip(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the purpose of a planned trip discussed at home
        (
            "Rapat Bahas Maksud dan Tujuan Studi Banding\n"
            "\n"
            "MAGELANG - Komisi I DPRD Kota Magelang rapat membahas maksud dan tujuan studi banding yang diusulkan"
            " tahun depan, Senin (4/3/2024). Rencana itu belum diputuskan."
        ),
        # a tourist destination, nobody studies
        (
            "Kota Batu Jadi Tujuan Wisata Favorit\n"
            "\n"
            "BATU - Kota Batu menjadi tujuan wisata favorit selama libur sekolah, Senin (1/7/2024). Ribuan "
            "wisatawan datang untuk menikmati udara sejuk."
        ),
    ],
)
def test_goal_words_without_a_trip(text: str) -> None:
    assert _count(text) == 0
