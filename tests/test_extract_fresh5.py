"""Rules written for the shapes of the kx-/kw-/ky- field articles (round 3), each on sentences
of our own."""

from __future__ import annotations

import pytest

from diklat_cli.extract import dates, extract_text, programs
from diklat_cli.extract.frames import _SPLIT_CUE
from tests.extracted import days_of, lokus_of


def _destinations(text: str) -> list[str | None]:
    return [e.visit.destination.province for e in extract_text(text)]


@pytest.mark.parametrize(
    "clause",
    [
        "peserta sudah belajar di kelas selama tiga minggu dan berasal dari",
        "mereka mengikuti pelatihan dua bulan, datang dari",
        "setelah empat hari di kampus, para peserta yang merupakan pejabat dari",
    ],
)
def test_a_length_of_time_counts_no_groups(clause):
    assert _SPLIT_CUE.search(clause) is None


@pytest.mark.parametrize(
    "clause",
    [
        "peserta dibagi ke",
        "rombongan terdiri atas tiga angkatan, ke",
        "empat provinsi tujuan:",
    ],
)
def test_a_count_of_groups_is_still_a_split(clause):
    assert _SPLIT_CUE.search(clause) is not None


@pytest.mark.parametrize(
    "home",
    [
        "Peserta telah belajar selama tiga minggu dan merupakan perencana dari sejumlah provinsi, yakni Aceh,"
        " Bengkulu, Lampung dan Banten.",
        "Sudah empat pekan peserta menjalani diklat; mereka perencana dari beberapa provinsi, antara lain Aceh,"
        " Bengkulu dan Banten.",
    ],
)
def test_the_members_home_provinces_after_a_duration_are_no_destinations(home):
    text = (
        "Sebanyak 20 peserta Diklatpim III Angkatan II melaksanakan studi lapangan ke Kabupaten Sleman,"
        " Selasa (4/6/2024). Rombongan diterima Sekda Sleman. " + home
    )
    assert _destinations(text) == ["DI Yogyakarta"]


@pytest.mark.parametrize(
    "text",
    [
        "Batalnya 25 anggota DPRD Kabupaten Kampar melakukan studi banding ke Jepang membuat dewan kecewa."
        " Surat gubernur yang diterima Senin (5/3) melarang perjalanan itu.",
        "Pembatalan keberangkatan rombongan DPRD Kota Dumai untuk studi banding ke Kabupaten Badung disayangkan"
        " sejumlah anggota dewan, Selasa (6/3).",
        "Gagalnya rencana Komisi B DPRD Kabupaten Siak studi banding ke Provinsi Bali diakui ketua komisi."
        " Aturan baru mewajibkan izin bagi anggota dewan yang hendak studi banding ke luar daerah.",
    ],
)
def test_a_trip_reported_as_called_off_is_no_visit(text):
    assert extract_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # delayed, then made: a trip
        "Setelah sempat tertunda, rombongan DPRD Kota Dumai akhirnya melakukan studi banding ke Kabupaten Badung,"
        " Selasa (6/3/2018), untuk belajar pengelolaan pajak hotel.",
        # a cancelled plan beside a trip that went ahead
        "Batalnya kunjungan ke Jepang tak menyurutkan semangat. Komisi B DPRD Kabupaten Siak melakukan studi"
        " banding ke Kabupaten Badung, Rabu (7/3/2018), dan diterima Sekda Badung.",
    ],
)
def test_a_trip_that_went_ahead_is_still_a_visit(text):
    assert _destinations(text) == ["Bali"]


@pytest.mark.parametrize(
    "text",
    [
        "Balai Diklat menggelar lokakarya yang diikuti 30 peserta, Kamis (7/3/2019), menindaklanjuti benchmarking"
        " tim ke lima lokus. Kepala balai menerangkan asal kata benchmarking yang bermakna patokan.",
        "Dalam paparannya, narasumber menyebut studi banding berarti membandingkan cara kerja sendiri dengan"
        " lembaga lain. Peserta rapat kerja diminta rajin belajar dari praktik baik di lokus masing-masing.",
        "Tim Pusdiklat sudah melaksanakan benchmarking ke sejumlah lokus unit diklat. Benchmarking, artinya"
        " menjadikan yang terbaik sebagai acuan, kata Kepala Pusdiklat di depan 40 peserta rapat koordinasi.",
    ],
)
def test_a_word_explained_with_its_meaning_is_no_visit(text):
    assert extract_text(text) == []


def test_a_visit_that_means_much_to_its_group_is_still_a_visit():
    text = (
        "Rombongan Pemerintah Kabupaten Sambas melakukan studi banding ke Kota Batam, Kamis (7/3/2019)."
        " Mereka diterima Wali Kota Batam. Menurut ketua rombongan, benchmarking bagi timnya berarti kesempatan"
        " melihat langsung pelayanan perizinan."
    )
    assert _destinations(text) == ["Kepulauan Riau"]


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan DPRD Kabupaten Kuningan menjalani kunjungan kerja ke sejumlah daerah, seperti Bali, Lampung,"
        " maupun Kota Batam, Senin (3/12/2018), untuk belajar penyusunan perda.",
        "Anggota dewan Kabupaten Kuningan studi banding ke beberapa provinsi, antara lain Bali, Lampung maupun"
        " Kota Batam. Mereka ingin belajar soal perda aset.",
    ],
)
def test_maupun_closes_a_list_of_destinations(text):
    assert sorted(_destinations(text)) == ["Bali", "Kepulauan Riau", "Lampung"]


def test_maupun_between_a_host_and_its_guests_makes_no_list():
    text = (
        "Rombongan DPRD Kabupaten Kuningan melakukan studi banding ke Kota Batam, Senin (3/12/2018). Baik Pemkot"
        " Batam maupun DPRD Kabupaten Kuningan berharap kerja sama berlanjut."
    )
    assert _destinations(text) == ["Kepulauan Riau"]


def _hosts(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.visit.destination.province, e.visit.destination.host) for e in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "MAKASSAR - Sebanyak 30 bupati menjadi peserta Kursus Kepemimpinan Daerah Angkatan III. Kursus berjalan"
        " sejak 3 Maret 2025 hingga 14 Maret 2025 di Jakarta. Sebagai bagian dari program, peserta juga"
        " dijadwalkan mengikuti studi lapangan ke Malaysia.",
        "Para peserta Diklatpim II Angkatan IV belajar di kelas sejak Senin (3/3/2025). Pelatihan berlangsung"
        " di Bandung, kata kepala balai di Bandung. Peserta juga akan melakukan benchmarking ke Jepang.",
    ],
)
def test_the_course_venue_before_a_country_is_no_trip_at_home(text):
    assert [h[0] for h in _hosts(text)] == [None]


def test_a_trip_at_home_told_before_a_country_stays_at_home():
    text = (
        "Peserta Diklatpim II Angkatan IV melakukan studi lapangan ke Kabupaten Badung, Senin (3/3/2025)."
        " Bupati Badung mengaku pernah studi banding ke Jepang untuk belajar soal sampah."
    )
    assert [h[0] for h in _hosts(text)] == ["Bali"]


def _open_names(text: str) -> list[str]:
    return [p.name for p in programs.find_open_programs(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sebanyak 12 peserta Diklat Fungsional Penjenjangan Auditor (DFPA) Tingkat Pertama melakukan kunjungan.",
            "Diklat Fungsional Penjenjangan Auditor (DFPA) Tingkat Pertama",
        ),
        (
            "Para peserta Kursus Singkat Kepemimpinan Desa (KSKD) Angkatan I melakukan studi banding.",
            "Kursus Singkat Kepemimpinan Desa (KSKD)",
        ),
        (
            "Rombongan Pelatihan Manajemen Puskesmas (PMP) bertolak ke Kota Malang.",
            "Pelatihan Manajemen Puskesmas (PMP)",
        ),
    ],
)
def test_an_unknown_course_keeps_its_acronym_and_level(text, name):
    assert _open_names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an aside in brackets that is no acronym (a level with no acronym before it is still the
        # course's: tests/test_extract_fresh6.py)
        (
            "Peserta Pelatihan Manajemen Puskesmas (angkatan pertama) melakukan studi banding.",
            "Pelatihan Manajemen Puskesmas",
        ),
    ],
)
def test_an_aside_in_brackets_is_no_acronym(text, name):
    assert _open_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "TP PKK Kabupaten Paser menggelar studi tiru di Kelurahan Sendangsari, Kapanewon Pengasih Kabupaten"
        " Kulon Progo, pekan lalu, untuk belajar soal Dasa Wisma.",
        "Pemerintah Kabupaten Paser melakukan studi banding di Desa Wukirsari, Kapanewon Imogiri, Kabupaten Bantul,"
        " untuk mempelajari desa wisata batik.",
        "Rombongan kepala desa Kabupaten Paser melaksanakan studi banding di Kelurahan Prawirodirjan, Kemantren"
        " Gondomanan Kota Yogyakarta, guna belajar pengelolaan kampung.",
    ],
)
def test_a_village_address_with_a_yogyakarta_subdistrict_is_the_destination(text):
    assert _destinations(text) == ["DI Yogyakarta"]


def test_the_travellers_own_kapanewon_is_not_where_they_go():
    text = (
        "Pengurus TP PKK Kelurahan Sendangsari, Kapanewon Pengasih Kabupaten Kulon Progo melakukan studi banding"
        " ke Kabupaten Klaten, Selasa (4/6/2024), untuk belajar soal Dasa Wisma."
    )
    assert _destinations(text) == ["Jawa Tengah"]


@pytest.mark.parametrize(
    "tail",
    [
        "Program unggulan itu antara lain Kampung Literasi, Aplikasi Lapor Cepat dan Sekolah Lansia.",
        "Inovasi tersebut yaitu Kampung Sehat, Dapur Gizi serta Bank Sampah Melati.",
        "Kelurahan Tlogomas, Kota Malang yang menjadi tujuan studi banding itu adalah peraih juara Lomba Desa dan"
        " Kelurahan tingkat nasional.",
        "Inovasi Kampung Sehat, Kampung Literasi dan Kampung Jejaring menjadi andalan kelurahan itu.",
    ],
)
def test_a_hosts_programmes_and_contest_names_are_no_units_visited(tail):
    text = (
        "Rombongan lurah dan camat Kabupaten Gianyar melakukan studi banding ke Kelurahan Tlogomas, Kota Malang,"
        " Rabu (6/9/2023). " + tail
    )
    assert lokus_of(text) == [["Kelurahan Tlogomas"]]


def test_units_listed_as_the_places_visited_are_still_units():
    text = (
        "Rombongan lurah dan camat Kabupaten Gianyar melakukan studi banding ke Kota Malang, Rabu (6/9/2023)."
        " Lokus yang dikunjungi antara lain Kelurahan Tlogomas dan Kelurahan Sawojajar."
    )
    assert sorted(lokus_of(text)[0]) == ["Kelurahan Sawojajar", "Kelurahan Tlogomas"]


def _counts(text: str) -> list[int | None]:
    return [e.visit.participants for e in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Sebanyak 40 kader Posyandu Kota Pariaman melakukan studi banding ke Kota Padang Panjang, Kamis"
            " (5/9/2024), untuk belajar soal gizi balita.",
            40,
        ),
        (
            "PONTIANAK - Dua puluh lima penyuluh pertanian Kabupaten Sambas berangkat studi banding ke Kabupaten"
            " Malang, Senin (2/9/2024).",
            25,
        ),
        (
            "Sebanyak 18 mitra Dinas Sosial Provinsi Jambi yang tergabung dalam karang taruna berangkat studi"
            " banding ke Kota Surakarta, Selasa (3/9/2024).",
            18,
        ),
    ],
)
def test_cadres_and_partners_sent_on_a_trip_are_counted(text, count):
    assert _counts(text) == [count]


@pytest.mark.parametrize(
    "tail",
    [
        "Menurut Wali Kota, di kota itu terdapat sebanyak 120 kader posyandu yang aktif.",
        "Pemkot telah menggandeng sebanyak 12 mitra swasta untuk program itu.",
    ],
)
def test_a_hosts_own_cadres_are_not_the_group(tail):
    text = (
        "Rombongan Pemerintah Kabupaten Sambas melakukan studi banding ke Kota Padang Panjang, Kamis (5/9/2024)."
        " Mereka belajar soal gizi balita. " + tail
    )
    assert _counts(text) == [None]


def _origins(text: str) -> list[str | None]:
    return [e.visit.origin.province for e in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kunjungan studi banding ke Kota Batam berjalan akrab, Kamis (5/9/2024). Rombongan SKPD Sinjai, Sulawesi"
        " Selatan, disambut Asisten I Setda Kota Batam.",
        "Pemerintah Kota Batam menerima studi banding, Kamis (5/9/2024). Rombongan OPD Kabupaten Sinjai dipimpin"
        " Asisten II dan ingin belajar soal perizinan.",
        "Studi banding ke Kota Batam, Kamis (5/9/2024), diikuti rombongan perangkat daerah Kabupaten Sinjai yang"
        " ingin belajar soal perizinan.",
    ],
)
def test_a_group_named_by_its_regions_offices_comes_from_that_region(text):
    assert _origins(text) == ["Sulawesi Selatan"]


def test_the_hosts_offices_receiving_a_group_are_not_its_origin():
    text = (
        "Rombongan Pemerintah Kabupaten Sinjai melakukan studi banding ke Kota Batam, Kamis (5/9/2024). Mereka"
        " disambut sejumlah OPD Kota Batam dan belajar soal perizinan."
    )
    assert _origins(text) == ["Sulawesi Selatan"]
    assert _destinations(text) == ["Kepulauan Riau"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Para peserta Bimtek Pengelolaan Keuangan Desa melakukan studi banding ke Kabupaten Badung.",
            "Bimtek Pengelolaan Keuangan Desa",
        ),
        ("Sebanyak 30 peserta Bimtek Penyusunan SAKIP berkunjung ke Kota Batam.", "Bimtek Penyusunan SAKIP"),
        (
            "Peserta Bimbingan Teknis Pengelolaan BUMDes yang sudah dimulai Senin juga belajar ke Desa Ponggok.",
            "Bimbingan Teknis Pengelolaan BUMDes",
        ),
    ],
)
def test_a_technical_course_named_after_its_participants(text, name):
    assert _open_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a bimtek given to others, no group of its participants travelling
        "Dinas memberikan Bimtek Penyusunan SPJ kepada bendahara desa di aula kantor camat.",
        "Usai Bimtek Penyuluhan LPPD, Bupati menerima rombongan tamu dari Kabupaten Badung.",
    ],
)
def test_a_bimtek_not_after_its_participants_names_no_course(text):
    assert _open_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sekretariat DPRD Sinjai mendapat tambahan anggaran Rp5 miliar. Sebagian dipakai untuk kunker dewan."
        " Pekan lalu rombongan dewan menjalani kunjungan kerja ke Kota Batam untuk belajar soal perda aset.",
        "Ketua DPRD Sinjai membenarkan anggota dewan menjalani studi banding ke Kota Batam pekan lalu. Lewat"
        " studi banding, dewan bisa belajar perda perizinan dari daerah lain.",
    ],
)
def test_the_council_a_report_names_sends_the_dewan_that_travel(text):
    assert _origins(text) == ["Sulawesi Selatan"]


def test_a_host_council_receiving_a_dewan_is_not_its_sender():
    text = (
        "Ketua DPRD Kota Batam menerima rombongan dewan dari Kabupaten Sinjai, Senin (2/9/2024). Rombongan itu"
        " studi banding ke Kota Batam untuk belajar soal perda aset."
    )
    assert _origins(text) == ["Sulawesi Selatan"]
    assert _destinations(text) == ["Kepulauan Riau"]


def _spans(text: str) -> list[tuple[int, int, int, int]]:
    return [(d.first.day, d.first.month, d.last.day, d.last.month) for d in dates.find_dates(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"Rombongan sudah di sini sejak tanggal 10 lalu dan sampai tanggal 13 nanti," ujarnya, Selasa (11/6).',
        "Menurutnya, kegiatan berlangsung mulai tanggal 10 hingga tanggal 13. Hal itu disampaikan Rabu (12/6).",
        "Kunjungan dari tanggal 10 sampai dengan tanggal 13 itu, kata dia di Palembang, Senin (10/6), padat.",
    ],
)
def test_bare_days_take_the_month_of_the_day_they_are_told_on(text):
    assert (10, 6, 13, 6) in _spans(text)


def test_bare_days_need_a_told_day_inside_them():
    # the day told on lies outside the span: its month is not the span's
    text = "Pendaftaran dibuka sejak tanggal 1 hingga tanggal 5, kata panitia, Senin (12/8)."
    assert _spans(text) == [(12, 8, 12, 8)]


def test_a_span_with_its_month_is_read_as_usual():
    text = "Peserta belajar di Kota Batam sejak tanggal 10 Juni hingga tanggal 13 Juni 2024, Senin (10/6)."
    assert _spans(text)[0] == (10, 6, 13, 6)


def test_a_visit_quoted_by_its_bare_days_is_dated():
    text = (
        'Delapan peserta PPRA LXI Lemhannas RI mengadakan kunjungan ke Kota Palembang. "Kunjungan ini berjalan'
        ' sejak tanggal 10 kemarin dan berakhir besok tanggal 13," jelasnya di Museum Balaputra Dewa, Rabu'
        " (12/6/2024)."
    )
    assert days_of(text) == [("2024-06-10", "2024-06-13")]


@pytest.mark.parametrize(
    "text",
    [
        "Tim Penggerak PKK Kabupaten Agam melakukan studi banding ke Tim Penggerak PKK Kabupaten Sleman, Selasa"
        " (4/6/2024), untuk belajar soal Dasa Wisma.",
        "Rombongan TP PKK Kabupaten Agam disambut Ketua Tim Penggerak PKK Kabupaten Sleman di pendopo. Kunjungan"
        " studi banding ke Tim Penggerak PKK Kabupaten Sleman itu berlangsung Selasa (4/6/2024).",
    ],
)
def test_a_pkk_team_receiving_a_pkk_delegation_is_the_unit_visited(text):
    assert lokus_of(text) == [["Tim Penggerak PKK"]]


def test_the_travelling_pkk_team_is_not_a_unit_visited():
    text = (
        "Tim Penggerak PKK Kabupaten Agam melakukan studi banding ke Desa Wukirsari, Kabupaten Bantul, Selasa"
        " (4/6/2024), untuk belajar soal batik."
    )
    assert lokus_of(text) == [["Desa Wukirsari"]]
