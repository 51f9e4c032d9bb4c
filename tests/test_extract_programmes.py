"""Programmes, cohorts and activities (extraction family 3): Diklatpim, PKA, PKP, PKN, Latsar, the state's
schools and training bodies, \"Angkatan\" and \"Dikreg ke-NN\" as the cohort. Every sentence here is made up for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from diklat_cli.extract import cues, extract_text, programs
from diklat_cli.extract.programs import find_activities, find_open_programs
from diklat_cli.extract.visits import extract_visits
from diklat_cli.models import Visit, visit_json
from tests.extracted import host_provinces, open_program_names_of, origin_institutions_of, places_visited, visits_of

# ---- a government school's cadets sent to their field stage: the school's education is their programme
# (praja of IPDN, police Diktuba/Diktukba students), and the stage (praktik lapangan, a police school's
# "latihan kerja") is a trip to the units they are placed at


def _programs(text: str) -> list[str | None]:
    return [e.visit.program for e in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "program"),
    [
        (
            "IPDN Kampus Sulawesi Utara menerjunkan 120 praja IPDN ke Kabupaten Minahasa. Mereka akan menjalani"
            " praktik lapangan di kantor kecamatan mulai 3 Maret 2024.",
            "IPDN",
        ),
        (
            "Sebanyak 80 Praja Nindya Institut Pemerintahan Dalam Negeri (IPDN) sedang praktek lapangan di Kota"
            " Banjar, Senin (4/3/2024), ditempatkan di sejumlah kelurahan.",
            "IPDN",
        ),
        (
            "MANADO - Kepala SPN Polda Sulut melepas 90 siswa Diktukba Polri yang akan menjalani latihan kerja di"
            " Polres Bitung, Senin (4/3/2024).",
            "Diktukba Polri",
        ),
        (
            "Sebanyak 60 siswa Diktuba Polri SPN Polda Kaltara mengikuti latihan kerja di Polres Nunukan selama dua"
            " pekan sejak Senin (4/3/2024).",
            "Diktuba Polri",
        ),
    ],
)
def test_cadets_on_their_field_stage_are_a_programme_visit(text, program):
    assert _programs(text) == [program]


def test_near_miss_a_cohort_visiting_its_own_regency() -> None:
    # the visit at home is the article's only visit: it stays
    found = visits_of(
        "Peserta Pelatihan Kepemimpinan Pengawas Kabupaten Klaten angkatan II melakukan studi lapangan ke"
        " Desa Ponggok, Kabupaten Klaten, Kamis (7/3/2024), untuk mempelajari pengelolaan BUMDes.",
    )
    assert places_visited(found) == {"Kabupaten Klaten"}


def test_kunjungan_studi_alone_reports_a_visit_of_activity_other():
    text = (
        "KUALA KAPUAS - Sebanyak 33 perangkat desa dari Kecamatan Selat, Kabupaten Kapuas, melakukan kunjungan studi"
        " ke Desa Ngringinrejo, Kabupaten Bojonegoro, Selasa (8/8/2023).\n"
    )
    (found,) = extract_text(text)
    assert found.visit.activity == "other"
    assert found.visit.participants == 33
    assert found.visit.origin.province == "Kalimantan Tengah"
    assert found.visit.destination.province == "Jawa Timur"


def test_vkn_is_a_field_study():
    assert [a.activity for a in find_activities("Peserta menyampaikan hasil VKN kepada bupati.")] == ["studi lapangan"]


def _counts(text: str) -> dict[str | None, int | None]:
    return {e.visit.program: e.visit.participants for e in extract_text(text)}


def test_a_count_broken_down_into_programmes_is_no_one_programmes():
    text = (
        "BANDUNG - Peserta PKA Angkatan I dan PKP Angkatan III BPSDM Provinsi Banten melaksanakan studi lapangan"
        " di Kota Bandung, 3-5 Juni 2025.\nPesertanya berjumlah 64 orang, yaitu peserta PKA dari Kota Serang"
        " serta peserta PKP dari beberapa kabupaten.\n"
    )
    assert _counts(text) == {"PKA": None, "PKP": None}


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
    assert open_program_names_of(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a bimtek given to others, no group of its participants travelling
        "Dinas memberikan Bimtek Penyusunan SPJ kepada bendahara desa di aula kantor camat.",
        "Usai Bimtek Penyuluhan LPPD, Bupati menerima rombongan tamu dari Kabupaten Badung.",
    ],
)
def test_a_bimtek_not_after_its_participants_names_no_course(text):
    assert open_program_names_of(text) == []


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Pemdes se-Kabupaten Minahasa dalam waktu dekat akan studi tiru ke Kabupaten Gunungkidul untuk"
            " belajar mengelola BUMDes, kata Kepala DPMD kepada wartawan.",
            "DI Yogyakarta",
        ),
        (
            "Kepala desa se Kabupaten Sumba Barat sudah studi banding ke Kabupaten Badung untuk belajar"
            " pengelolaan desa wisata.",
            "Bali",
        ),
        (
            "BUMDes Desa Sukamaju telah studi banding ke Kabupaten Klaten guna menimba ilmu usaha air bersih.",
            "Jawa Tengah",
        ),
    ],
)
def test_a_body_with_the_activity_as_its_verb_travels(text, province):
    assert [e.visit.destination.province for e in extract_text(text)] == [province]


def test_a_cohort_divided_among_listed_provinces_still_splits():
    text = (
        "Peserta PKN Tingkat II Angkatan IV dibagi dalam tiga kelompok untuk melaksanakan studi lapangan ke tiga"
        " provinsi, yakni Jawa Tengah, Jawa Timur dan Bali, pada Senin (6/5/2024)."
    )
    assert sorted(e.visit.destination.province for e in extract_text(text)) == ["Bali", "Jawa Tengah", "Jawa Timur"]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 90 peserta PKA Angkatan II BPSDM Jawa Tengah melaksanakan studi lapangan ke tiga kabupaten, yakni"
        " Kabupaten Sleman, Kabupaten Bantul dan Kabupaten Kulon Progo, Senin (6/5/2024).",
        "Peserta PKA Angkatan II BPSDM Jawa Tengah melaksanakan studi lapangan pada Senin (6/5/2024). Tiga"
        " kabupaten, yakni Kabupaten Sleman, Kabupaten Bantul dan Kabupaten Kulon Progo, menjadi lokus.",
    ],
)
def test_places_counted_where_a_cohort_is_sent_still_split(text):
    assert sorted(e.visit.destination.regency for e in extract_text(text)) == [
        "Kabupaten Bantul",
        "Kabupaten Kulon Progo",
        "Kabupaten Sleman",
    ]


@pytest.mark.parametrize(
    ("text", "program"),
    [
        (
            "Dua puluh peserta Diklat Fungsional Analis Kebijakan (DFAK) Tingkat Muda Angkatan II melakukan"
            " studi lapangan ke Kabupaten Gowa, Selasa (5/3/2024).",
            "Diklat Fungsional Analis Kebijakan (DFAK) Tingkat Muda",
        ),
        (
            "Peserta Pelatihan Fungsional Perencana Tingkat Pertama melakukan studi lapangan ke Kabupaten Gowa,"
            " Selasa (5/3/2024).",
            "Pelatihan Fungsional Perencana Tingkat Pertama",
        ),
        # a level the functional posts do not have stays out of the name
        (
            "Peserta Pelatihan Fungsional Perencana Tingkat Kabupaten melakukan studi lapangan ke Kabupaten Gowa,"
            " Selasa (5/3/2024).",
            "Pelatihan Fungsional Perencana",
        ),
    ],
)
def test_a_functional_courses_level_closes_its_name(text, program):
    assert [e.visit.program for e in extract_text(text)] == [program]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peserta Diklat Teknis Pengadaan melakukan studi banding ke Bandung.", "Diklat Teknis Pengadaan"),
        ("Rombongan Pelatihan Kader Posyandu melaksanakan kunjungan ke Malang.", "Pelatihan Kader Posyandu"),
    ],
)
def test_a_course_is_still_a_course(text, name):
    assert [p.name for p in find_open_programs(text)] == [name]


D = dt.date


def by_origin(found: list[Visit]) -> dict[str | None, Visit]:
    return {v.origin.regency or v.origin.institution: v for v in found}


# ---------------------------------------------------------------- a programme with a list of senders


def test_a_programme_written_with_two_senders_is_one_group_per_sender() -> None:
    found = visits_of(
        "Peserta PKA Belajar Pelayanan Terpadu di Kota Malang",
        "MALANG - Rombongan benchmarking PKA Angkatan III Kabupaten Sumedang dan Kota Cirebon diterima "
        "Sekretaris Daerah Kota Malang di Balai Kota, Rabu (6/9/2023). Mereka ingin belajar tata kelola "
        "pelayanan perizinan.",
    )
    groups = by_origin(found)
    assert set(groups) == {"Kabupaten Sumedang", "Kota Cirebon"}
    # the cohort is written with the first sender; the second's is not given
    assert (groups["Kabupaten Sumedang"].cohort, groups["Kota Cirebon"].cohort) == (3, None)
    for v in found:
        assert (v.program, v.destination.regency, v.start_date) == ("PKA", "Kota Malang", D(2023, 9, 6))


# ---------------------------------------------------------------- two programmes received together


TWO_PROGRAMMES = (
    "Kota Madiun ditetapkan menjadi lokasi Visitasi Kepemimpinan Nasional pada 2 hingga 8 Juni 2024. "
    "Kementerian Keuangan akan membawa {count}peserta diklat dari PKA dan PKN Tingkat II untuk menimba "
    "pengalaman di Kota Madiun. \u201cKami siap menjadi tuan rumah visitasi PKA,\u201d kata Wali Kota Madiun."
)


def test_a_count_before_two_programmes_listed_together_is_neither_programmes() -> None:
    found = visits_of(TWO_PROGRAMMES.format(count="40 "))
    assert {v.program: v.participants for v in found} == {"PKA": None, "PKN II": None}


def test_programmes_listed_together_share_the_activity_named_beside_one() -> None:
    found = visits_of(TWO_PROGRAMMES.format(count=""))
    assert {v.program: v.activity for v in found} == {"PKA": "studi lapangan", "PKN II": "studi lapangan"}


# ---------------------------------------------------------------- origin: the province reported from its capital


def test_a_provinces_programme_reported_from_its_capital_is_sent_by_the_province() -> None:
    text = (
        "KENDARIONLINE.COM, Kendari \u2014 Sebanyak 30 peserta PKA Angkatan II mengikuti studi lapangan ke "
        "Jawa Timur. Acara diawali penyerahan peserta oleh Sekprov Sultra, Senin (3/8/2020), kepada "
        "Sekprov Jawa Timur."
    )
    (v,) = visits_of(text)
    assert (v.origin.province, v.origin.regency, v.destination.province) == ("Sulawesi Tenggara", None, "Jawa Timur")


CASES = [
    (
        "PADANG – Sebanyak 40 peserta PPRA Angkatan LXII Lemhannas RI melaksanakan Studi Strategis Dalam"
        " Negeri di Provinsi Sumatera Barat, Rabu (8/3/2023).",
        [("PPRA", 62, "ksdn")],
    ),
    (
        "KENDARI – Pemerintah Kota Kendari menerima kunjungan peserta PKA angkatan ke-2 Kabupaten Kolaka"
        " dalam rangka studi lapangan, Kamis (9/3/2023).",
        [("PKA", 2, "studi lapangan")],
    ),
    (
        "BOGOR – Peserta PKP Kelas B Kabupaten Sukabumi melaksanakan benchmarking ke Kota Bogor, Senin (13/3/2023).",
        [("PKP", None, "benchmarking")],
    ),
    (
        "BATAM – Pemerintah Kota Batam menerima kunjungan peserta Pelatihan Kepemimpinan Administrator "
        "dari Kabupaten Karimun, Selasa (14/3/2023). Para peserta merupakan angkatan III tahun ini dan "
        "datang untuk benchmarking.",
        [("PKA", 3, "benchmarking")],
    ),
    (
        "MATARAM – Sebanyak 30 peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan III Kabupaten"
        " Sumbawa melaksanakan studi lapangan ke Kota Mataram, Rabu (15/3/2023).",
        [("PKA", 3, "studi lapangan")],
    ),
    (
        "SURABAYA – Peserta Diklatpim Tk. III Angkatan XV Provinsi Bali melakukan benchmarking ke "
        "Pemerintah Kota Surabaya, Kamis (16/3/2023).",
        [("Diklatpim III", 15, "benchmarking")],
    ),
    (
        "SLEMAN – Peserta Diklat PIM II Angkatan 5 Kementerian Dalam Negeri melaksanakan studi lapangan "
        "ke Pemerintah Kabupaten Sleman, Jumat (17/3/2023).",
        [("Diklatpim II", 5, "studi lapangan")],
    ),
    (
        "KUDUS – Peserta Diklat Prajabatan Golongan III Kabupaten Pati berkunjung ke Kabupaten Kudus "
        "untuk observasi lapangan, Senin (20/3/2023).",
        [("Prajabatan", None, "studi lapangan")],
    ),
    (
        "PEKANBARU – Peserta Pelatihan Kepemimpinan Nasional Tingkat II (PKN II) Angkatan VIII LAN RI "
        "melakukan visitasi ke Pemerintah Provinsi Riau, Selasa (21/3/2023).",
        [("PKN II", 8, "studi lapangan")],
    ),
    (
        "JAMBI – Peserta PKN I Angkatan 2 melaksanakan benchmarking ke Pemerintah Provinsi Jambi, Rabu (22/3/2023).",
        [("PKN I", 2, "benchmarking")],
    ),
    (
        "CILACAP – Peserta Pelatihan Kepemimpinan Pengawas angkatan ke-4 Kabupaten Banyumas melaksanakan"
        " studi tiru ke Kabupaten Cilacap, Kamis (23/3/2023).",
        [("PKP", 4, "studi banding")],
    ),
    (
        "GARUT – Sebanyak 50 peserta Pelatihan Dasar CPNS Angkatan 12 Kabupaten Tasikmalaya melakukan "
        "kunjungan belajar ke Kabupaten Garut, Jumat (24/3/2023).",
        [("Latsar CPNS", 12, "other")],
    ),
    (
        "BANTUL – Peserta Pelatihan Manajemen Pemerintahan Desa Angkatan 3 Kabupaten Kebumen "
        "melaksanakan studi banding ke Kabupaten Bantul, Senin (27/3/2023).",
        [("Pelatihan Manajemen Pemerintahan Desa", 3, "studi banding")],
    ),
    (
        "MAKASSAR – Peserta PKA Angkatan I dan PKP Angkatan II Kabupaten Gowa melakukan studi lapangan "
        "ke Kota Makassar, Selasa (28/3/2023).",
        [("PKA", 1, "studi lapangan"), ("PKP", 2, "studi lapangan")],
    ),
    (
        "MEDAN – Peserta Latsar CPNS Angkatan 2023 Kabupaten Deli Serdang melaksanakan studi lapangan ke"
        " Kota Medan, Rabu (29/3/2023).",
        [("Latsar CPNS", None, "studi lapangan")],
    ),
    (
        "PALU – Peserta PKA Angkatan 5 sebanyak 36 orang dari Kabupaten Donggala melakukan kaji banding "
        "ke Kota Palu, Kamis (30/3/2023).",
        [("PKA", 5, "studi banding")],
    ),
    (
        "SOLO – Rombongan peserta PKP Angkatan XXI Kabupaten Wonogiri melakukan kunjungan kerja ke "
        "Pemerintah Kota Surakarta, Jumat (31/3/2023).",
        [("PKP", 21, "kunjungan kerja")],
    ),
    (
        "YOGYAKARTA – Peserta PPRA LXV Lemhannas RI melaksanakan KSDN ke Daerah Istimewa Yogyakarta, Senin (3/4/2023).",
        [("PPRA", 65, "ksdn")],
    ),
    (
        "SERANG – Peserta Sespimmen Polri Dikreg ke-64 melaksanakan SSDN ke Provinsi Banten, Selasa (4/4/2023).",
        [("Sespimmen", 64, "ksdn")],
    ),
    (
        "BALIKPAPAN – Peserta PKA Angkatan 7 Kota Samarinda melaksanakan observasi lapangan ke Kota "
        "Balikpapan, Rabu (5/4/2023).",
        [("PKA", 7, "studi lapangan")],
    ),
    (
        "TEGAL – Peserta Diklatpim IV angkatan ke-10 Kabupaten Brebes melakukan studi banding ke Kota "
        "Tegal, Kamis (6/4/2023).",
        [("Diklatpim IV", 10, "studi banding")],
    ),
    (
        "DENPASAR – Peserta Diklat Kepemimpinan Tingkat III Angkatan II Provinsi NTT melakukan "
        "benchmarking ke Pemerintah Kota Denpasar, Jumat (7/4/2023).",
        [("Diklatpim III", 2, "benchmarking")],
    ),
    (
        "BANJARMASIN – Pemerintah Kota Banjarmasin menerima peserta PKP dari Kabupaten Tapin yang "
        "melakukan studi lapangan, Senin (10/4/2023). Peserta berasal dari angkatan ke-6.",
        [("PKP", 6, "studi lapangan")],
    ),
    (
        "PONTIANAK – Peserta Pelatihan Kepemimpinan Administrator Angkatan Ketiga Kabupaten Sanggau "
        "melakukan studi lapangan ke Kota Pontianak, Selasa (11/4/2023).",
        [("PKA", 3, "studi lapangan")],
    ),
    (
        "BENGKULU – Peserta Latsar CPNS Golongan II Angkatan IV Kabupaten Seluma melaksanakan visitasi "
        "ke Kota Bengkulu, Rabu (12/4/2023).",
        [("Latsar CPNS", 4, "studi lapangan")],
    ),
    (
        "AMBON – Peserta PKA Angkatan 2 Tahun 2023 Kabupaten Maluku Tengah melakukan studi lapangan ke "
        "Kota Ambon, Kamis (13/4/2023).",
        [("PKA", 2, "studi lapangan")],
    ),
    (
        "MANADO – Peserta Diklatpim III Angkatan 1 dan Angkatan 2 Kabupaten Minahasa melakukan "
        "benchmarking ke Kota Manado, Jumat (14/4/2023).",
        [("Diklatpim III", 1, "benchmarking"), ("Diklatpim III", 2, "benchmarking")],
    ),
    (
        "LAMPUNG – Peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan XII Kabupaten Pringsewu "
        "melakukan studi lapangan ke Kota Metro, Senin (17/4/2023).",
        [("PKP", 12, "studi lapangan")],
    ),
    (
        "KUPANG – 45 peserta PKA Angkatan 45 Kabupaten Kupang melaksanakan benchmarking ke Kota Kupang, "
        "Selasa (18/4/2023).",
        [("PKA", 45, "benchmarking")],
    ),
    (
        "CIREBON – Peserta Pelatihan Kepemimpinan Administrator angkatan II melakukan studi lapangan ke "
        "Kabupaten Cirebon. Pelatihan itu diikuti pejabat Kabupaten Kuningan, Rabu (19/4/2023).",
        [("PKA", 2, "studi lapangan")],
    ),
    (
        "JEMBER – Peserta Pelatihan Teknis Pengadaan Barang dan Jasa Kabupaten Lumajang melakukan studi "
        "banding ke Kabupaten Jember, Kamis (20/4/2023).",
        [("Pelatihan Teknis Pengadaan Barang dan Jasa", None, "studi banding")],
    ),
    (
        "SAMARINDA – Peserta Diklat Kepemimpinan Tingkat IV Angkatan 31 Kabupaten Kutai Kartanegara "
        "melakukan studi lapangan ke Kota Samarinda, Jumat (21/4/2023).",
        [("Diklatpim IV", 31, "studi lapangan")],
    ),
    (
        "MAGELANG – Peserta PKP Angkatan VI Kabupaten Temanggung melaksanakan studi lapangan (stula) ke "
        "Kota Magelang, Senin (24/4/2023).",
        [("PKP", 6, "studi lapangan")],
    ),
    (
        "BOYOLALI – Peserta PKA angkatan 1 Kabupaten Klaten melakukan benchmarking dan studi lapangan ke"
        " Kabupaten Boyolali, Selasa (25/4/2023).",
        [("PKA", 1, "benchmarking")],
    ),
    (
        "KEDIRI – Peserta Latihan Dasar CPNS Kabupaten Nganjuk kelompok 3 melakukan kunjungan belajar ke"
        " Kota Kediri, Rabu (26/4/2023).",
        [("Latsar CPNS", None, "other")],
    ),
    (
        "TANGERANG – Peserta Pelatihan Kepemimpinan Administrator Angkatan Ke-IV Kota Tangerang Selatan "
        "melakukan benchmarking ke Kota Tangerang, Kamis (27/4/2023).",
        [("PKA", 4, "benchmarking")],
    ),
    (
        "DEPOK – Peserta Diklatpim Tingkat III angkatan 40 Pemerintah Provinsi Jawa Barat melakukan "
        "studi lapangan ke Kota Depok, Jumat (28/4/2023). Sebanyak 40 peserta hadir.",
        [("Diklatpim III", 40, "studi lapangan")],
    ),
    (
        "BOGOR – Peserta PKA Angkatan 3 Kabupaten Cianjur melaksanakan patok banding ke Kota Bogor, Senin (5/6/2023).",
        [("PKA", 3, "benchmarking")],
    ),
    (
        "BOGOR – Peserta PKP Angkatan 8 Kabupaten Bekasi melaksanakan BTBP ke Kota Bogor, Senin (5/6/2023).",
        [("PKP", 8, "benchmarking")],
    ),
    (
        "BOGOR – Peserta PKP Angkatan 9 Kabupaten Karawang melakukan bencmarking ke Kota Bogor, Senin (5/6/2023).",
        [("PKP", 9, "benchmarking")],
    ),
    (
        "BOGOR – Peserta PKA Angkatan 6 Kabupaten Purwakarta melaksanakan orientasi lapangan ke Kota "
        "Bogor, Senin (5/6/2023).",
        [("PKA", 6, "studi lapangan")],
    ),
    (
        "BOGOR – Peserta PKA Angkatan 7 Kabupaten Subang melaksanakan studi komparatif ke Kota Bogor, "
        "Senin (5/6/2023).",
        [("PKA", 7, "studi banding")],
    ),
    (
        "BOGOR – Peserta PKP Angkatan 11 Kabupaten Lebak melaksanakan kunker ke Kota Bogor, Senin (5/6/2023).",
        [("PKP", 11, "kunjungan kerja")],
    ),
    (
        "SEMARANG – Peserta PPRA Angkatan 66 Lemhannas RI melaksanakan Kunjungan Studi Strategis Dalam "
        "Negeri (KSSDN) ke Provinsi Jawa Tengah, Senin (5/6/2023).",
        [("PPRA", 66, "ksdn")],
    ),
    (
        "SEMARANG – Peserta PPSA Angkatan 24 Lemhannas RI melaksanakan SSLN ke Jepang, Senin (5/6/2023),"
        " yang juga disebut studi banding.",
        [("PPSA", 24, "other")],
    ),
    (
        "SURABAYA – Sebanyak 60 peserta Pelatihan Kepemimpinan Administrator Angkatan 60 Provinsi Jawa "
        "Tengah melakukan benchmarking ke Kota Surabaya, Selasa (6/6/2023).",
        [("PKA", 60, "benchmarking")],
    ),
    (
        "SURABAYA – Peserta PKA Angkatan 25 Provinsi Jawa Tengah melakukan benchmarking ke Kota "
        "Surabaya, Selasa (6/6/2023).",
        [("PKA", 25, "benchmarking")],
    ),
    (
        "SURABAYA – Peserta PKN Tingkat II Angkatan 3 tahun 2023 melakukan benchmarking ke Pemerintah "
        "Kota Surabaya, Selasa (6/6/2023).",
        [("PKN II", 3, "benchmarking")],
    ),
    (
        "SURABAYA – Peserta Pelatihan Kepemimpinan Pengawas (PKP) dan Pelatihan Kepemimpinan "
        "Administrator (PKA) Kabupaten Jombang melakukan studi lapangan ke Kota Surabaya, Selasa "
        "(6/6/2023). PKP diikuti angkatan 5, PKA angkatan 2.",
        [("PKP", 5, "studi lapangan"), ("PKA", 2, "studi lapangan")],
    ),
    (
        "BANDUNG – Peserta Pelatihan Kepemimpinan Administrator Kabupaten Sumedang berkunjung ke Kota "
        "Bandung untuk benchmarking, Rabu (7/6/2023). Peserta tergabung dalam Angkatan XIV.",
        [("PKA", 14, "benchmarking")],
    ),
    (
        "BANDUNG – Peserta Pelatihan Kepemimpinan Administrator Kabupaten Garut berkunjung ke Kota "
        "Bandung untuk benchmarking, Rabu (7/6/2023). Angkatan ini berjumlah 30 orang dan merupakan "
        "angkatan ke-14.",
        [("PKA", 14, "benchmarking")],
    ),
    (
        "BANDUNG – Peserta Sekolah Staf dan Pimpinan Menengah (Sespimmen) Polri Dikreg ke-65 "
        "melaksanakan studi banding ke Pemerintah Kota Bandung, Rabu (7/6/2023).",
        [("Sespimmen", 65, "studi banding")],
    ),
    (
        "BANDUNG – Peserta Pelatihan Kepemimpinan Nasional Tingkat I Angkatan LVII melakukan studi "
        "lapangan ke Provinsi Jawa Barat, Rabu (7/6/2023).",
        [("PKN I", 57, "studi lapangan")],
    ),
    (
        "BANDUNG – Peserta Latihan Dasar CPNS Angkatan XCIX melakukan studi lapangan ke Kota Bandung, Rabu (7/6/2023).",
        [("Latsar CPNS", 99, "studi lapangan")],
    ),
    (
        "BANDUNG – Peserta Diklatpim Tk. IV Angkatan CXX melakukan studi lapangan ke Kota Bandung, Rabu (7/6/2023).",
        [("Diklatpim IV", 120, "studi lapangan")],
    ),
    (
        "KEBUMEN – Peserta PKA Angkatan 3 dan 4 Kabupaten Purworejo sebanyak 60 orang melakukan studi "
        "lapangan ke Kabupaten Kebumen, Kamis (8/6/2023).",
        [("PKA", 3, "studi lapangan"), ("PKA", 4, "studi lapangan")],
    ),
    (
        "KEBUMEN – Peserta PKA Angkatan III dan IV Kabupaten Banjarnegara melakukan studi lapangan ke "
        "Kabupaten Kebumen, Kamis (8/6/2023).",
        [("PKA", 3, "studi lapangan"), ("PKA", 4, "studi lapangan")],
    ),
    (
        "KEBUMEN – Peserta Diklatpim III Angkatan ke-2 dan ke-3 Kabupaten Wonosobo melakukan studi "
        "lapangan ke Kabupaten Kebumen, Kamis (8/6/2023).",
        [("Diklatpim III", 2, "studi lapangan"), ("Diklatpim III", 3, "studi lapangan")],
    ),
    (
        "KEBUMEN – Peserta Pelatihan Kader Posyandu Angkatan I Kabupaten Cilacap melakukan studi banding"
        " ke Kabupaten Kebumen, Kamis (8/6/2023).",
        [("Pelatihan Kader Posyandu", 1, "studi banding")],
    ),
    (
        "SLEMAN – Peserta PKN Tk. II Angkatan 4 melakukan studi lapangan ke Pemerintah Kabupaten Sleman,"
        " Senin (3/7/2023).",
        [("PKN II", 4, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Diklat Kepemimpinan (Diklatpim) Tingkat IV Angkatan 8 Kabupaten Magelang "
        "melakukan studi lapangan ke Kabupaten Sleman, Senin (3/7/2023).",
        [("Diklatpim IV", 8, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Dasar (Latsar) CPNS Golongan III Angkatan 5 Kabupaten Klaten "
        "melakukan studi lapangan ke Kabupaten Sleman, Senin (3/7/2023).",
        [("Latsar CPNS", 5, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta PKP Angkatan 3 Kabupaten Kulon Progo melaksanakan Kunjungan Studi Lapangan ke "
        "Kabupaten Sleman, Senin (3/7/2023).",
        [("PKP", 3, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta PKA Angkatan 9 Kabupaten Wonosobo melakukan benchmarking (patok banding) ke "
        "Kabupaten Sleman, Senin (3/7/2023).",
        [("PKA", 9, "benchmarking")],
    ),
    (
        "SLEMAN – Peserta Pendidikan dan Pelatihan Kepemimpinan Tingkat III Angkatan 12 Kabupaten Kendal"
        " melakukan studi banding ke Kabupaten Sleman, Senin (3/7/2023).",
        [("Diklatpim III", 12, "studi banding")],
    ),
    (
        "SLEMAN – Peserta PIM IV Angkatan 6 Kabupaten Demak melakukan studi lapangan ke Kabupaten "
        "Sleman, Senin (3/7/2023).",
        [("Diklatpim IV", 6, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Kepemimpinan Administrator Angkatan 1 Kabupaten Rembang melakukan "
        "studi lapangan ke Kabupaten Sleman, Senin (3/7/2023). Angkatan pertama ini diikuti 32 pejabat "
        "administrator.",
        [("PKA", 1, "studi lapangan")],
    ),
    (
        "SLEMAN – Pemkab Sleman menerima kunjungan peserta PKP Kabupaten Grobogan, Senin (3/7/2023). "
        "Kunjungan itu merupakan bagian dari studi lapangan angkatan ke-7.",
        [("PKP", 7, "studi lapangan")],
    ),
    (
        "SLEMAN – Sebanyak 45 orang peserta Latsar CPNS Angkatan XII Kabupaten Boyolali studi tiru ke "
        "Kabupaten Sleman, Senin (3/7/2023).",
        [("Latsar CPNS", 12, "studi banding")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Kepemimpinan Pengawas angkatan ke 15 Kabupaten Batang melakukan "
        "studi lapangan ke Kabupaten Sleman, Senin (3/7/2023).",
        [("PKP", 15, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Kepemimpinan Administrator Kabupaten Pemalang melakukan studi "
        "lapangan ke Kabupaten Sleman, Senin (3/7/2023). Pelatihan angkatan ke-3 itu berlangsung sejak "
        "Mei.",
        [("PKA", 3, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Kepemimpinan Administrator Angkatan 2 Kabupaten Tegal melakukan "
        "studi lapangan ke Kabupaten Sleman pada hari ke-3, Senin (3/7/2023).",
        [("PKA", 2, "studi lapangan")],
    ),
]


def _fields(text: str) -> list[tuple]:
    got = [visit_json(e.visit) for e in extract_text(text)]
    return sorted(((v["program"], v["cohort"], v["activity"]) for v in got), key=str)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_programme_cohort_and_activity(text: str, expected: list[tuple]) -> None:
    assert _fields(text) == sorted(expected, key=str)


# ---------------------------------------------------------------- a city abroad with its country in brackets


def test_a_cohort_to_a_city_in_brackets_beside_the_capital_dateline() -> None:
    found = visits_of(
        "Peserta PKN II Kunjungi Kota Davao (Filipina)",
        "Jakarta - Peserta PKN Tingkat II Angkatan V LAN melaksanakan studi lapangan ke Kota Davao (Filipina) pada"
        " 20-23 Agustus 2024.",
    )
    assert host_provinces(found) == [("Filipina", None)]


# ---------------------------------------------------------------- an activity's words joined by a hyphen
# The activity vocabulary spelled each name of two words with a space; reports join them with a hyphen as well
# ("studi-banding", "kaji-banding", "studi-lapangan"), and write "studi perbandingan" for studi banding.


def _activities(text: str) -> list[str]:
    from diklat_cli.extract.programs import find_activities

    return [a.activity for a in find_activities(text)]


@pytest.mark.parametrize(
    ("phrase", "activity"),
    [
        ("studi-banding", "studi banding"),
        ("Studi-Tiru", "studi banding"),
        ("kaji-banding", "studi banding"),
        ("studi perbandingan", "studi banding"),
        ("studi-lapangan", "studi lapangan"),
        ("observasi-lapangan", "studi lapangan"),
        ("kunjungan-kerja", "kunjungan kerja"),
        ("patok-banding", "benchmarking"),
    ],
)
def test_an_activity_written_with_a_hyphen(phrase: str, activity: str) -> None:
    assert _activities(f"Peserta melaksanakan {phrase} di Kota Denpasar selama tiga hari.") == [activity]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hasil studi - banding dengan itu - dibahas di kelas.",
        "Peserta menyusun studi kelayakan proyek perubahan.",
    ],
)
def test_words_that_name_no_activity(sentence: str) -> None:
    assert _activities(sentence) == []


# ---------------------------------------------------------------- a programme by any of its usual names
# Prajabatan was read only as "Diklat/Pendidikan dan Pelatihan Prajabatan", Latsar CPNS as "Pelatihan Dasar CPNS",
# PKA and PKP as "Pelatihan Kepemimpinan …": reports also write the course with "Pelatihan"/"Latihan"/"Diklat"
# before either name, shorten "Prajabatan" to "Prajab" and "CPNS" to "Calon PNS".


def _programmes(text: str) -> list[str]:
    from diklat_cli.extract.programs import find_programs

    return [p.name for p in find_programs(text)]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Pelatihan Prajabatan", "Prajabatan"),
        ("Diklat Prajab", "Prajabatan"),
        ("Latihan Dasar CPNS", "Latsar CPNS"),
        ("Pelatihan Dasar Calon PNS", "Latsar CPNS"),
        ("Diklat Kepemimpinan Pengawas", "PKP"),
        ("Diklat Kepemimpinan Administrator", "PKA"),
    ],
)
def test_a_programme_by_another_of_its_names(written: str, canonical: str) -> None:
    assert _programmes(f"Sebanyak 30 peserta {written} Angkatan II tiba di Makassar, Senin.") == [canonical]


@pytest.mark.parametrize(
    "sentence",
    [
        # a school's leadership course for pupils is no civil servants' basic training
        "Sebanyak 30 siswa mengikuti Latihan Dasar Kepemimpinan Siswa di sekolah.",
        # the unit that runs the courses
        "Kabid Pelatihan Prajabatan BKPSDM Kabupaten Bone hadir di acara itu.",
    ],
)
def test_names_of_no_programme(sentence: str) -> None:
    assert _programmes(sentence) == []


# A programme's short form that the report defines, in brackets, only as the short form of another name ("Menteri
# Perumahan dan Kawasan Permukiman (PKP)", "Praktik Kerja Profesi (PKP)") is that other name wherever the report
# uses it; a course's name before the bracket, however misspelt, keeps it the programme's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menteri Perumahan dan Kawasan Permukiman (PKP) Budi Santoso meninjau pasar. Menteri PKP memuji pengelola.",
            [],
        ),
        (
            "Siswa Sespimma mengawali Praktik Kerja Profesi (PKP) di Polda Jambi. Selama PKP, siswa belajar di Polres.",
            ["Sespimma"],
        ),
        # near-misses: the programme itself, its name misspelt; a short form no bracket defines
        (
            "Peserta Pelatihan Kepemimpinan Pengawas (PKP) tiba di Batu. Peserta PKP disambut Sekda.",
            ["PKP", "PKP", "PKP"],
        ),
        ("Peserta Pelatihan Kepemimpinan Admistrator (PKA) Angkatan II tiba di Batu.", ["PKA"]),
        ("Sebanyak 30 peserta PKP Angkatan II tiba di Batu.", ["PKP"]),
    ],
)
def test_a_short_form_defined_as_another_name_is_no_programme(text: str, expected: list[str]) -> None:
    assert _programmes(text) == expected


# a cohort written with "Angkatan" shortened ("Angk. III", "Angk XV")


@pytest.mark.parametrize(("written", "value"), [("Angk. III", 3), ("Angk XV", 15), ("angk. 4", 4), ("Angk.II", 2)])
def test_a_cohort_with_angkatan_shortened(written: str, value: int) -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert [c.value for c in find_cohorts(f"Peserta PKP {written} Kabupaten Gowa tiba di Makassar.")] == [value]


@pytest.mark.parametrize("sentence", ["Angka III pada tabel itu naik.", "Peserta PKP dari Angkola tiba di Medan."])
def test_words_like_angkatan_that_are_no_cohort(sentence: str) -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert find_cohorts(sentence) == []


# a cohort written as an ordinal word reads the whole number: "Angkatan Kedua Puluh Satu" is cohort 21, not 2
# (the ordinal words were the units and "ke… belas" only)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Angkatan Kedua Puluh Satu", 21),
        ("Angkatan Ketiga Puluh", 30),
        ("angkatan kedua puluh lima", 25),
        ("Angkatan Keempat Puluh Dua", 42),
    ],
)
def test_a_cohort_by_an_ordinal_word_of_tens(written: str, value: int) -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert [c.value for c in find_cohorts(f"Peserta PKA {written} tiba di Kota Batu.")] == [value]


@pytest.mark.parametrize(("written", "value"), [("Angkatan Kedua", 2), ("Angkatan Kedua, puluhan peserta", 2)])
def test_a_cohort_by_an_ordinal_word_of_units(written: str, value: int) -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert [c.value for c in find_cohorts(f"Peserta PKA {written} tiba di Kota Batu.")] == [value]


_FIRST = "Peserta PKA Angkatan IV BPSDM Jawa Timur studi lapangan ke Pemkab Badung"


# ---------------------------------------------------------------- 19. a second cohort opening a clause of its own
# "… Angkatan IV ke Pemkab X, sedangkan peserta Angkatan V ke Pemkot Y": a cohort opening a contrast clause is a
# second travelling group. Reporters open it with adapun/sedangkan/sementara/kemudian and as often
# selanjutnya; with "untuk" or "bagi"; and call the group peserta, rombongan, tim, regu,
# delegasi, kelompok, kelas, kloter.
def _cohorts(text: str) -> list[tuple[int | None, str | None]]:
    from diklat_cli.extract import extract_text

    return [(e.visit.cohort, e.visit.destination.regency) for e in extract_text(text)]


@pytest.mark.parametrize(
    "rest",
    [
        ", sedangkan tim Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
        ", sementara regu Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
        ", sedangkan bagi Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
        ". Selanjutnya Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
        ", sedangkan kelas Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
    ],
)
def test_second_cohort_opening_a_clause(rest: str) -> None:
    assert (5, "Kota Denpasar") in _cohorts(_FIRST + rest)


@pytest.mark.parametrize(
    "rest",
    [
        ", Senin (3/6/2024). Angkatan V yang lalu pernah ke Pemkot Denpasar.",
        ", mengikuti jejak alumni Angkatan V, Senin (3/6/2024).",
        ", Senin (3/6/2024). Tahun berikutnya Angkatan V ke Pemkot Denpasar.",
    ],
)
def test_second_cohort_near_misses(rest: str) -> None:
    assert all(cohort != 5 for cohort, _ in _cohorts(_FIRST + rest))


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


# ------------------------------------------------------------------ cues: the activity going to a government


@pytest.mark.parametrize(
    "text",
    [
        "melakukan studi banding ke Pemda Sigi",
        "kunjungan kerja ke pemda setempat",
        "studi tiru ke pemprop tetangga",
        "benchmarking di pemda yang lebih maju",
    ],
)
def test_an_activity_to_any_government_word(text: str) -> None:
    assert cues.ACTIVITY_TO_PLACE.search(text)


@pytest.mark.parametrize("text", ["studi banding ke pemudanya", "studi banding di pembangunan itu"])
def test_an_activity_to_a_pem_word_that_is_no_government(text: str) -> None:
    assert not cues.ACTIVITY_TO_PLACE.search(text)


# ---------------------------------------------------------------- the staff colleges' names as reports spell them
# The police staff college's middle level is written "Sespimmen" and, as often, "Sespimen" (one m).


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan siswa Sespimen Polri tiba di Kantor Bupati Sleman.",
        "Para perwira peserta SESPIMEN menggali informasi di Pemkot Kediri.",
        "Kunjungan serdik Sespimen Lemdiklat Polri ke Polres Batu berlangsung dua hari.",
        "Bupati menyambut peserta didik Sespimmen Polri Dikreg ke-65.",
    ],
)
def test_sespimmen_in_both_spellings(text: str) -> None:
    assert _programmes(text) == ["Sespimmen"]


@pytest.mark.parametrize(
    "text",
    [
        # another level of the same college, and a word that only begins the same way
        "Peserta Sespimma Polri mengunjungi Pemkab Kudus.",
        "Kegiatan sespimenko berlangsung di aula.",
    ],
)
def test_other_words_are_not_sespimmen(text: str) -> None:
    assert "Sespimmen" not in _programmes(text)


# ---------------------------------------------------------------- cadets of the state's academies
# The cadets of a state academy are its cohort, as IPDN's "praja" are: "taruna Akpol", "taruna dan taruni
# Akademi Militer", "taruna Tingkat III Akademi Angkatan Laut (AAL)"; the academy is the programme.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sebanyak 40 taruna Akademi Kepolisian (Akpol) mendatangi kantor Wali Kota Madiun.", "Akpol"),
        ("Puluhan taruna dan taruni Akpol angkatan 58 menyambangi Pemkab Bantul.", "Akpol"),
        ("Taruna Tingkat III Akademi Militer berkunjung ke Pemprov Jawa Tengah.", "Akmil"),
        ("Rombongan kadet Akademi Angkatan Laut (AAL) diterima Bupati Sumenep.", "AAL"),
        ("Para taruna AAU belajar tata kelola bandara di Kabupaten Kulon Progo.", "AAU"),
    ],
)
def test_academy_cadets_name_their_academy(text: str, name: str) -> None:
    assert _programmes(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a youth organisation, and an academy named without its cadets
        "Pengurus Karang Taruna Desa Wonosari belajar ke Desa Ponggok.",
        "Gubernur Akademi Kepolisian meresmikan gedung baru di Semarang.",
    ],
)
def test_no_cadets_no_academy_programme(text: str) -> None:
    assert _programmes(text) == []


def test_a_cadets_visit_is_kept() -> None:
    text = (
        "Puluhan taruna Tingkat IV Akademi Kepolisian (Akpol) mendatangi Kantor Bupati Lamongan, Kamis (12/5/2022). "
        "Rombongan diterima Bupati Lamongan bersama Sekda."
    )
    visits = extract_visits(text)
    assert [(v.visit.program, v.visit.destination.regency) for v in visits] == [("Akpol", "Kabupaten Lamongan")]


# ---------------------------------------------------------------- the staff schools' names written in full
# Reports spell out a staff school's name as often as its acronym, as they do for Sesko TNI and Seskoad: the
# police staff college's levels ("Sekolah Staf dan Pimpinan Pertama/Menengah/Tinggi"), the foreign ministry's
# "Sekolah Dinas Luar Negeri" and "Sekolah Staf dan Pimpinan Kemenlu".


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rombongan Sekolah Staf dan Pimpinan Menengah Polri tiba di Kota Blitar.", "Sespimmen"),
        ("Peserta Sekolah Staf dan Pimpinan Tinggi Lemdiklat Polri diterima Gubernur.", "Sespimti"),
        ("Siswa Sekolah Staf dan Pimpinan tingkat Pertama Polri belajar di Kabupaten Garut.", "Sespimma"),
        ("Para diplomat peserta Sekolah Dinas Luar Negeri berkunjung ke Pemkab Banyuwangi.", "Sesdilu"),
        ("Peserta sekolah staf dan pimpinan Kemenlu menyambangi Kota Madiun.", "Sesparlu"),
    ],
)
def test_staff_schools_in_full(text: str, name: str) -> None:
    assert set(_programmes(text)) == {name}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the acronym that follows decides a level the long form gets wrong; a school of no level named
        ("Peserta Sekolah Staf dan Pimpinan Menengah (Sespimma) Polri hadir.", ["Sespimma"]),
        ("Sekolah Staf dan Pimpinan Administrasi Desa menggelar rapat.", []),
    ],
)
def test_staff_school_near_misses(text: str, names: list[str]) -> None:
    assert _programmes(text) == names


# ---------------------------------------------------------------- the police staff college named without a level
# Reports name the police staff college itself, "Sespim Lemdiklat Polri", whose levels (Sespimma, Sespimmen,
# Sespimti) are its programmes: a cohort of no level told is the college's ("Sespim"), one whose level is named
# anywhere is that level's.


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan Sespim Lemdiklat Polri melakukan penelitian di Polres Sinjai, Rabu (13/9/2023).",
        "Tim peneliti Sespim Polri tiba di Kabupaten Garut untuk menghimpun bahan penelitian.",
        "Peserta Sekolah Staf dan Pimpinan Polri berkunjung ke Kota Madiun, Senin (4/9/2023).",
        "Perwira siswa Sekolah Staf dan Pimpinan (Sespim) Lemdiklat Polri belajar di Kabupaten Badung.",
    ],
)
def test_the_police_staff_college_without_a_level(text: str) -> None:
    assert {v.program for v in visits_of(text)} == {"Sespim"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the level named beside the college: the level's programme
        (
            "Serdik Sespimmen Sespim Lemdiklat Polri Angkatan 64 berkunjung ke Kota Pontianak, Senin (4/9/2023).",
            "Sespimmen",
        ),
        (
            "Peserta Sekolah Staf dan Pimpinan Pertama (Sespimma) Sespim Lemdiklat Polri belajar di Kota Bandung, "
            "Senin (4/9/2023).",
            "Sespimma",
        ),
    ],
)
def test_the_police_staff_college_with_its_level_named(text: str, name: str) -> None:
    assert {v.program for v in visits_of(text)} == {name}


# ------------------------------------------------------ the forces' staff colleges with the force's short name
# Reports write a force's staff college with a space before the force ("Sesko AU", "Sesko AL"), with TNI between
# ("Sesko TNI AD", "Sekolah Staf dan Komando TNI Angkatan Laut"), or with the short form bracketed inside the full
# name ("Sekolah Staf dan Komando (Sesko) Angkatan Udara"): the force's college, not the joint Sesko TNI.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sebanyak 90 perwira siswa Sesko AU menjalani kuliah kerja di Provinsi Jambi.", "Seskoau"),
        ("Rombongan Pasis Sesko TNI AD tiba di Kabupaten Garut untuk latihan medan.", "Seskoad"),
        ("Perwira siswa Sekolah Staf dan Komando (Sesko) Angkatan Laut berkunjung ke Kota Bitung.", "Seskoal"),
        ("Peserta Sekolah Staf dan Komando TNI Angkatan Udara belajar di Kabupaten Malang.", "Seskoau"),
    ],
)
def test_a_forces_staff_college_by_its_short_name(text: str, name: str) -> None:
    assert set(_programmes(text)) == {name}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the joint college, its cohort written after it
        ("Pasis Sesko TNI Angkatan ke-51 berkunjung ke Kota Kupang.", ["Sesko TNI"]),
        # a force named without its college is no programme
        ("Prajurit TNI AU dan TNI AD menggelar bakti sosial di Kota Bitung.", []),
    ],
)
def test_a_forces_staff_college_near_misses(text: str, names: list[str]) -> None:
    assert _programmes(text) == names


# ---------------------------------------------------------------- 1. a programme's regions, its organizer named
# A programme written with a list of regions ("Latsar CPNS Kabupaten A, B, C") where the text names the
# training body that runs it ("yang diselenggarakan BPSDM X", "Badan Diklat Provinsi Y"): the regions are
# the members' homes, one cohort sent by that body.
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "MALANG - Peserta Latsar CPNS Kabupaten Jombang, Kabupaten Nganjuk, Kabupaten Kediri, Kabupaten "
            "Blitar yang diselenggarakan BPSDM Jatim melakukan studi lapangan ke Kota Malang, Senin (4/11/2019).",
            "BPSDM Jatim",
        ),
        (
            "BATU - Peserta Diklatpim IV dari Kabupaten Tuban, Kabupaten Lamongan, Kabupaten Gresik yang "
            "digelar Badan Diklat Provinsi Jawa Timur bertandang ke Kota Batu, Kamis (7/11/2019).",
            "Badan Diklat Provinsi Jawa Timur",
        ),
        (
            "KUDUS - Peserta PKP Angkatan III Kabupaten Brebes, Kabupaten Tegal dan Kota Tegal yang dilaksanakan "
            "oleh BPSDMD Provinsi Jawa Tengah belajar inovasi pelayanan ke Kabupaten Kudus, Rabu (4/12/2019).",
            None,
        ),
        (
            "Latsar CPNS Kabupaten Lamongan, Kabupaten Bojonegoro serta Kabupaten Ngawi Timba Ilmu di Tuban\n\n"
            "TUBAN - Sebanyak 120 peserta pelatihan dasar CPNS yang digelar BPSDM Jawa Timur melaksanakan studi "
            "lapangan ke Kabupaten Tuban, Selasa (10/12/2019).",
            None,
        ),
    ],
)
def test_programme_regions_with_organizer_are_one_cohort(text: str, origin: str | None) -> None:
    got = origin_institutions_of(text)
    assert len(got) == 1
    if origin is not None:
        assert got[0] == origin


# ---------------------------------------------------------------- 3. the same, where the list is read as senders
# The programme's regions read as senders received together (frames), the training body that runs the
# programme named elsewhere in the text: one cohort, and that body is where it comes from.
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "DENPASAR - Peserta PKP Angkatan II Kota Denpasar, Kabupaten Badung, Kabupaten Gianyar dan "
            "Kabupaten Tabanan melaksanakan benchmarking ke Kabupaten Banyuwangi, Senin (9/12/2019). PKP ini "
            "digelar BPSDM Provinsi Bali.",
            "BPSDM Provinsi Bali",
        ),
        (
            "MEDAN - Rombongan Diklatpim III Badan Diklat Provinsi Sumatera Utara yang beranggotakan pejabat "
            "Kabupaten Karo, Kabupaten Dairi, Kabupaten Samosir dan Kota Binjai menimba ilmu ke Kota Medan, "
            "Senin (9/12/2019).",
            "Badan Diklat Provinsi Sumatera Utara",
        ),
        (
            "KUDUS - Peserta PKP Angkatan III Kabupaten Brebes, Kabupaten Tegal dan Kota Tegal belajar inovasi "
            "pelayanan di Kabupaten Kudus, Rabu (4/12/2019). Pelatihan itu dilaksanakan BPSDMD Provinsi Jawa "
            "Tengah.",
            "BPSDMD Provinsi Jawa Tengah",
        ),
        (
            "Latsar CPNS Golongan III Kabupaten Lamongan, Kabupaten Bojonegoro, Kabupaten Ngawi ke Tuban\n\n"
            "TUBAN - BPSDM Jawa Timur membawa peserta Latsar CPNS Golongan III Kabupaten Lamongan, Kabupaten "
            "Bojonegoro serta Kabupaten Ngawi menggelar studi lapangan ke Kabupaten Tuban, Selasa (10/12/2019).",
            None,
        ),
    ],
)
def test_programme_regions_read_as_senders_are_one_cohort(text: str, origin: str | None) -> None:
    got = origin_institutions_of(text)
    assert len(got) == 1
    if origin is not None:
        assert got[0] == origin


# ---------------------------------------------------------------- 4. "peserta <programme> dari A, B, C"
# The members' wording ("peserta … dari", "utusan", "asal") right before a programme's list of regions
# tells the members' homes also where the programme's name stands just before the list: one cohort.
@pytest.mark.parametrize(
    "text",
    [
        "SOLO - Kota Surakarta menerima kunjungan peserta Pelatihan Kepemimpinan Administrator Angkatan II dari "
        "Kabupaten Brebes, Kabupaten Tegal, Kota Tegal, Kabupaten Pemalang dan Kabupaten Kudus, Rabu "
        "(2/10/2019).",
        "CIANJUR - Peserta Diklatpim IV Angkatan 2 dari Pemkab Garut, Pemkab Tasikmalaya, Pemkab Ciamis dan "
        "Pemkot Banjar melakukan kunjungan ke Kabupaten Cianjur, Senin (9/12/2019).",
        "JEPARA - Sebanyak 36 peserta PKP Angkatan IV asal Kabupaten Rembang, Kabupaten Blora dan Kabupaten "
        "Pati menimba ilmu pengelolaan sampah di Kabupaten Jepara, Kamis (5/12/2019).",
        "SLEMAN - Pemkab Sleman kedatangan 40 peserta Latsar CPNS Golongan II utusan Kabupaten Magelang, "
        "Kabupaten Temanggung dan Kabupaten Wonosobo, Jumat (6/12/2019).",
    ],
)
def test_programme_then_members_from_regions_is_one_cohort(text: str) -> None:
    assert len(origin_institutions_of(text)) == 1


# ---------------------------------------------------------------- 5. the origin of such a cohort
# With the members' home regions read as one cohort, the first of them is no sender: the training body
# named as running the cohort is where it comes from.
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "TEGAL - BPSDMD Provinsi Jawa Tengah membawa 35 peserta PKP yang berasal dari Kabupaten Brebes, "
            "Kabupaten Tegal, Kota Tegal dan Kabupaten Pemalang ke Kabupaten Kudus, Rabu (4/12/2019).",
            "BPSDMD Provinsi Jawa Tengah",
        ),
        (
            "KUDUS - Peserta PKP Angkatan III tahun 2019 asal Kabupaten Brebes, Kabupaten Tegal dan Kota Tegal "
            "melakukan studi lapangan ke Kabupaten Kudus, Rabu (4/12/2019). Pelatihan diselenggarakan BPSDMD "
            "Provinsi Jawa Tengah.",
            "BPSDMD Provinsi Jawa Tengah",
        ),
        (
            "MAKASSAR - Para lurah dan camat dari Kota Parepare, Kabupaten Pinrang, Kabupaten Sidrap dan Kabupaten "
            "Barru studi banding ke Kota Makassar, Selasa (3/12/2019). Kegiatan ini diselenggarakan BPSDM Provinsi "
            "Sulawesi Selatan.",
            "BPSDM Provinsi Sulawesi Selatan",
        ),
        (
            "GARUT - Pelatihan Teknis Penyuluh Balai Besar Pelatihan Pertanian Lembang diikuti 30 penyuluh utusan "
            "Kabupaten Ciamis, Kabupaten Pangandaran dan Kota Banjar. Mereka belajar ke Kabupaten Garut, Rabu "
            "(6/11/2019).",
            "Balai Besar Pelatihan Pertanian Lembang",
        ),
    ],
)
def test_members_cohort_comes_from_its_training_body(text: str, origin: str) -> None:
    assert origin_institutions_of(text) == [origin]


def test_where_one_cohorts_members_come_from_is_no_list_of_visitors() -> None:
    found = visits_of(
        "MADIUN - Peserta PKA Angkatan II BPSDM Jawa Timur melaksanakan studi lapangan ke Pemerintah Kota Madiun, "
        "Kamis (6/6/2024). Peserta berasal dari:\n- Kabupaten Ngawi\n- Kabupaten Magetan\n- Kota Kediri",
    )
    assert [(v.destination.regency, v.origin.regency) for v in found] == [("Kota Madiun", None)]


def test_another_groups_trip_told_as_the_same_activity() -> None:
    found = visits_of(
        "PATI - Sebanyak 20 camat Kabupaten Pati studi banding ke Kota Surabaya, Senin (3/6/2024). Sebelumnya, "
        "15 lurah Kabupaten Pati sudah melakukan kegiatan yang sama di Kota Malang.",
    )
    assert {v.destination.regency: v.start_date for v in found} == {
        "Kota Surabaya": D(2024, 6, 3),
        "Kota Malang": None,
    }


def test_another_cohorts_trip_of_the_same_kind_stays_with_its_cohort() -> None:
    found = visits_of(
        "DENPASAR - Peserta Diklatpim III Angkatan XXVI Badiklat Jatim melaksanakan benchmarking ke Pemkot "
        "Denpasar. Adapun Angkatan XXV menjalankan kegiatan serupa di Kabupaten Badung.",
    )
    assert sorted((v.cohort, v.destination.regency) for v in found) == [
        (25, "Kabupaten Badung"),
        (26, "Kota Denpasar"),
    ]


# ---------------------------------------------------------------- "stula", the short form of studi lapangan


def test_stula_is_the_activity_that_goes_to_a_place() -> None:
    found = visits_of(
        "Peserta PKP Kota Bitung Gelar Stula",
        "TONDANO - Sebanyak 28 peserta PKP Angkatan II Kota Bitung menggelar stula di Kabupaten Minahasa,"
        " Rabu (4/9/2024).",
    )
    assert len(found) == 1
    assert found[0].activity == "studi lapangan"
    assert found[0].destination.regency == "Kabupaten Minahasa"


def test_stula_to_a_government_in_the_lead() -> None:
    found = visits_of(
        "MUNTOK - Tiga puluh peserta Latsar CPNS Kabupaten Bangka Tengah melaksanakan stula ke Pemerintah"
        " Kabupaten Bangka Barat, Selasa (3/9/2024)."
    )
    assert len(found) == 1
    assert found[0].destination.regency == "Kabupaten Bangka Barat"


# ---------------------------------------------------------------- an unknown programme, its sender written after it


def test_a_place_ending_an_open_programme_name_is_its_sender() -> None:
    from diklat_cli.extract.programs import find_open_programs

    headline = "Peserta Pelatihan Kepemimpinan Kepala Puskesmas Sumbawa Studi Tiru ke Mataram"
    assert [p.name for p in find_open_programs(headline)] == ["Pelatihan Kepemimpinan Kepala Puskesmas"]


def test_an_open_programme_in_headline_and_lead_is_one_programme() -> None:
    found = visits_of(
        "Peserta Diklat Manajemen Kearsipan Ogan Ilir Belajar ke Palembang",
        "PALEMBANG - Sebanyak 20 peserta Diklat Manajemen Kearsipan Kabupaten Ogan Ilir melakukan studi banding ke"
        " Pemerintah Kota Palembang, Kamis (5/9/2024).",
    )
    assert [v.program for v in found] == ["Diklat Manajemen Kearsipan"]
    assert found[0].origin.regency == "Kabupaten Ogan Ilir"


# ---------------------------------------------------------------- each group's own count


def test_each_cohort_count_written_once_goes_to_every_cohort() -> None:
    found = visits_of(
        "KENDARI - Peserta PKA Angkatan III dan IV BPSDM Provinsi Sulawesi Tenggara melaksanakan studi lapangan ke"
        " Pemerintah Kabupaten Konawe, Senin (9/9/2024). Setiap angkatan berjumlah 32 orang."
    )
    assert sorted((v.cohort, v.participants) for v in found) == [(3, 32), (4, 32)]


def test_a_shared_count_of_two_cohorts_is_still_no_one_cohorts() -> None:
    found = visits_of(
        "KENDARI - Sebanyak 64 peserta PKA Angkatan III dan IV BPSDM Provinsi Sulawesi Tenggara melaksanakan studi"
        " lapangan ke Pemerintah Kabupaten Konawe, Senin (9/9/2024)."
    )
    assert sorted(v.cohort for v in found) == [3, 4]
    assert all(v.participants != 32 for v in found)


def test_a_count_just_after_each_programme_is_that_programmes() -> None:
    found = visits_of(
        "BLITAR - Pemerintah Kota Blitar menerima peserta PKA Angkatan II Kabupaten Tulungagung dan peserta PKP"
        " Angkatan V Kabupaten Kediri, Selasa (10/9/2024). Rombongan PKA sebanyak 25 orang, sementara rombongan PKP"
        " 35 orang."
    )
    assert sorted((v.program, v.participants) for v in found) == [("PKA", 25), ("PKP", 35)]


# ---------------------------------------------------------------- cohorts written as a range


def test_a_range_of_cohorts_names_each_of_them() -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert [c.value for c in find_cohorts("Angkatan IV sampai dengan VI Kota Cimahi")] == [4, 5, 6]
    assert [c.value for c in find_cohorts("angkatan 7 s.d. 8 tahun 2024")] == [7, 8]
    # a cohort and its days, a cohort and a count: no range
    assert [c.value for c in find_cohorts("Angkatan VII, 10-12 Oktober")] == [7]
    assert [c.value for c in find_cohorts("Angkatan 3-5 Juni 2024")] == [3]
    assert [c.value for c in find_cohorts("Angkatan 2 hingga 2024")] == [2]


# ---------------------------------------------------------------- a course named "Sekolah …" or "Kursus …"


def test_a_school_or_course_after_peserta_is_the_programme_as_written() -> None:
    found = visits_of(
        "BANTUL - Sebanyak 20 peserta Kursus Kepemimpinan Perempuan Angkatan I Kabupaten Magelang melakukan studi"
        " banding ke Pemerintah Kabupaten Bantul, Rabu (4/9/2024)."
    )
    assert [(v.program, v.cohort) for v in found] == [("Kursus Kepemimpinan Perempuan", 1)]
    assert found[0].origin.institution is None or "Angkatan" not in found[0].origin.institution


def test_dinas_sekolah_words_elsewhere_are_no_programme() -> None:
    from diklat_cli.extract.programs import find_open_programs

    assert find_open_programs("Kepala Sekolah Dasar Negeri 3 ikut menyambut rombongan.") == []


# ---------------------------------------------------------------- groups received one after another


def test_a_regions_training_body_between_cohort_and_region_sends_from_it() -> None:
    found = visits_of(
        "PADANG - Pemerintah Kota Padang menerima peserta PKA Angkatan III BPSDM Provinsi Riau dan peserta PKP"
        " Angkatan II BPSDM Provinsi Jambi, Rabu (4/9/2024)."
    )
    assert sorted((v.program, v.origin.province) for v in found) == [("PKA", "Riau"), ("PKP", "Jambi")]


# ------------------------------------------- "uji tiru", another name of studi tiru
# Reports name the trip of study "uji tiru" as they name it "studi tiru" or "kaji tiru" ("uji tiru alias studi
# banding"): a member of the names of studi banding in programs.json and of the trip names cues.ACTIVITY_TO_PLACE
# reads before a place, so the trip is found by it alone.


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah Kabupaten Lampung Barat melakukan uji tiru ke Kabupaten Badung, Kamis (16/10/2025).",
        "Sebanyak 30 pejabat Pemkab Pesawaran uji tiru pengelolaan sampah ke Kota Surabaya, Senin (4/3/2024).",
        "Uji Tiru Mal Pelayanan Publik, Pemkab Tanggamus ke Kabupaten Sumedang\n\nSUMEDANG - Rombongan Pemerintah "
        "Kabupaten Tanggamus tiba di Kabupaten Sumedang, Selasa (5/3/2024).",
        "DPRD Kabupaten Way Kanan menggelar uji-tiru ke DPRD Kota Metro, Rabu (6/3/2024), soal tata tertib dewan.",
        # ... and "kaji tiru" so, a trip to a place by its name alone (cues.ACTIVITY_TO_PLACE)
        "DPRD Kabupaten Tulang Bawang menggelar kaji tiru ke DPRD Kota Metro, Kamis (7/3/2024), soal tata tertib.",
    ],
)
def test_uji_tiru_names_a_trip_of_study(text):
    assert [v.activity for v in visits_of(text)] == ["studi banding"]


@pytest.mark.parametrize(
    "text",
    [
        # a trial run of a system and a test of copying are no trip
        "Dinas Kominfo Kabupaten Lampung Barat menggelar uji coba aplikasi layanan di kantornya, Senin (4/3/2024).",
        "Panitia seleksi menguji tiruan dokumen peserta di Kantor BKPSDM Kabupaten Pesawaran, Selasa (5/3/2024).",
    ],
)
def test_a_trial_or_a_test_is_no_trip(text):
    assert visits_of(text) == []


# ---------------------------------------------------------------- the national leadership course by any word for it
# programs.json knew PKN {L} as "pelatihan kepemimpinan nasional tingkat L" and "PKN tingkat L". Reports name the
# course by its older word, "pendidikan kepemimpinan nasional tingkat 2" (kd-03 dulohupa), and by its visit
# stage, "Visitasi Kepemimpinan Nasional (VKN) Tingkat II" (mk-11 sejajarinfo, mb-07 krjogja): the same course at
# the same level.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peserta Visitasi Kepemimpinan Nasional (VKN) Tingkat II Angkatan III diterima Wali Kota Pariaman di"
            " aula balai kota, Rabu (5/6/2024).",
            ("PKN II", 3),
        ),
        (
            "Rombongan visitasi kepemimpinan nasional tingkat II angkatan 12 melakukan studi lapangan ke Kabupaten"
            " Gianyar, Senin (3/6/2024).",
            ("PKN II", 12),
        ),
        (
            "Sebanyak 30 peserta pendidikan kepemimpinan nasional tingkat 2 angkatan ke-4 menjalankan visitasi ke"
            " Kabupaten Sumedang, Selasa (4/6/2024).",
            ("PKN II", 4),
        ),
        (
            "Peserta Pendidikan Kepemimpinan Nasional Tk. I Angkatan 9 belajar inovasi pelayanan ke Kota Surabaya,"
            " Kamis (6/6/2024).",
            ("PKN I", 9),
        ),
    ],
)
def test_the_national_leadership_course_named_by_any_of_its_words(text: str, expected: tuple) -> None:
    assert [(v.program, v.cohort) for v in visits_of(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a visit stage with no level names no level
        "Peserta Visitasi Kepemimpinan Nasional angkatan 7 studi lapangan ke Kabupaten Gianyar, Senin (3/6/2024).",
        # the regional leadership course is no national one
        "Peserta pendidikan kepemimpinan tingkat daerah angkatan 3 studi lapangan ke Kabupaten Gianyar, Senin"
        " (3/6/2024).",
    ],
)
def test_words_of_leadership_that_name_no_national_course_level(text: str) -> None:
    assert all(v.program not in ("PKN I", "PKN II") for v in visits_of(text))


# Property: the leadership course is still written by its older name, "pendidikan dan pelatihan pimpinan",
# its level after the name or after its bracketed acronym, as "kepemimpinan" is
@pytest.mark.parametrize(
    "text",
    [
        "Rombongan benchmarking pendidikan dan pelatihan pimpinan (Diklatpim) Tingkat IV Kabupaten Sigi tiba.",
        "Peserta Pendidikan dan Pelatihan Pimpinan Tingkat IV Kota Bima belajar di Kota Mataram.",
        "Sebanyak 30 peserta Diklat Pimpinan Tk. IV Kabupaten Nabire studi lapangan ke Kota Bogor.",
        "Para peserta Pelatihan Pimpinan (PIM) IV Provinsi Jambi mengunjungi Kota Padang.",
    ],
)
def test_the_leadership_course_by_its_older_name_pimpinan(text):
    assert _programmes(text) == ["Diklatpim IV"]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the leaders of a training, and a level of something else
        "Pelatihan pimpinan OPD digelar di aula kantor bupati selama dua hari.",
        "Pendidikan dan pelatihan pimpinan redaksi tingkat nasional diikuti wartawan.",
    ],
)
def test_leaders_of_a_training_are_no_leadership_course(text):
    assert "Diklatpim IV" not in _programmes(text)


# One list of the words that name an activity as what a class teaches (programs.LESSON_WORDS): the activity pattern's
# look-behinds and the lesson test both read it
def test_a_lesson_word_keeps_the_activity_from_the_trip_pattern():
    assert cues.ACTIVITY_TO_PLACE.search("Mereka melaksanakan benchmarking ke dua provinsi")
    for word in programs.LESSON_WORDS:
        text = f"Mereka menerima {word} benchmarking ke dua provinsi"
        assert not cues.ACTIVITY_TO_PLACE.search(text), word
        assert programs._lesson(text, text.index("benchmarking")), word


# a visit told as one stage of a course: "Kunjungan ini merupakan rangkaian dari Pelatihan X", "termasuk rangkaian
# Diklat Y", "sebagai bagian dari Pelatihan Z": the course is the travellers', as "peserta Pelatihan X" says
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rombongan Pemkab Kutai Barat studi banding ke Dinas Kominfo Kota Surabaya, Rabu (5/7/2023). Kunjungan ini "
            "merupakan rangkaian dari Pelatihan Tata Kelola Data Statistik yang digelar Diskominfo Kutai Barat.",
            "Pelatihan Tata Kelola Data Statistik",
        ),
        (
            "Dua puluh kepala desa asal Kabupaten Bima melakukan studi tiru ke Desa Pujon Kidul, Kabupaten Malang, "
            "Senin (3/4/2023). Kegiatan itu termasuk rangkaian Diklat Pengelolaan Badan Usaha Milik Desa.",
            "Diklat Pengelolaan Badan Usaha Milik Desa",
        ),
        (
            "Sebanyak 30 penyuluh dari Kabupaten Gowa studi banding ke Kabupaten Bantul, Kamis (9/2/2023), sebagai "
            "bagian dari Pelatihan Penyuluhan Pertanian Organik.",
            "Pelatihan Penyuluhan Pertanian Organik",
        ),
        (
            "Tim Dinas Perpustakaan Kota Kendari studi banding ke Perpustakaan Kota Yogyakarta, Selasa (7/3/2023). "
            "Kunjungan tersebut menjadi rangkaian kegiatan Pelatihan Pengelolaan Arsip Digital.",
            "Pelatihan Pengelolaan Arsip Digital",
        ),
    ],
)
def test_a_visit_told_as_a_stage_of_a_course_has_it_as_programme(text, name):
    assert [v.program for v in visits_of(text)] == [name]


# near-misses: a course told beside the visit, never as the visit's stage
@pytest.mark.parametrize(
    "text",
    [
        "Rombongan Pemkab Kutai Barat studi banding ke Dinas Kominfo Kota Surabaya, Rabu (5/7/2023). Dinas itu juga "
        "menggelar Pelatihan Tata Kelola Data Statistik bagi warganya.",
        "Dua puluh kepala desa asal Kabupaten Bima melakukan studi tiru ke Desa Pujon Kidul, Kabupaten Malang, "
        "Senin (3/4/2023). Desa itu pernah menerima bantuan Pelatihan Pengelolaan Wisata.",
    ],
)
def test_a_course_beside_the_visit_is_not_its_programme(text):
    assert [v.program for v in visits_of(text)] == [None]


# a cohort's theme is written in quotes between the course's name and its level: "Pelatihan Kepemimpinan Nasional
# 'Transformasi Digital' Tingkat II"; the level still names the course
@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 30 peserta Pelatihan Kepemimpinan Nasional 'Transformasi Digital' Tingkat II Angkatan V melakukan "
        "studi lapangan ke Kota Surabaya, Rabu (4/10/2023).",
        "Kota Batu menjadi lokasi visitasi peserta Pelatihan Kepemimpinan Nasional “Birokrasi Lincah” Tingkat II "
        "Angkatan VIII, Selasa (3/10/2023).",
        'Peserta Pelatihan Kepemimpinan Nasional "Reformasi Pelayanan Publik" Tk. II melakukan studi lapangan ke '
        "Kabupaten Banyuwangi, Kamis (5/10/2023).",
        "Rombongan Pelatihan Kepemimpinan Nasional ‘Ekonomi Hijau’ Tingkat II Angkatan III berkunjung untuk studi "
        "lapangan ke Kabupaten Sleman, Senin (9/10/2023).",
    ],
)
def test_a_quoted_theme_between_a_course_and_its_level(text):
    assert [v.program for v in visits_of(text)] == ["PKN II"]


# near-misses: a quoted title after the course with no level, and a level of something else after a quote
@pytest.mark.parametrize(
    ("text", "program"),
    [
        (
            "Peserta Pelatihan Kepemimpinan Nasional membahas buku 'Birokrasi Lincah' saat studi lapangan ke Kota "
            "Batu, Selasa (3/10/2023).",
            "PKN",
        ),
        (
            "Peserta Pelatihan Kepemimpinan Nasional Tingkat I menonton film 'Sang Kepala' tingkat satu dunia saat "
            "studi lapangan ke Kota Batu, Selasa (3/10/2023).",
            "PKN I",
        ),
    ],
)
def test_a_quote_with_no_level_after_leaves_the_course_as_named(text, program):
    assert [v.program for v in visits_of(text)] == [program]


# ---- "tolok ukur" (a yardstick) names the activity only as benchmarking's gloss or in "studi tolok ukur"; alone it
# is a figure of speech: a governor calls a regency's results a measure, a mayor calls a market's prices a yardstick


@pytest.mark.parametrize(
    "text",
    [
        "Peserta Diklatpim IV Kabupaten Boltim menjalani Benchmarking (Tolok Ukur) di Kota Batu, Jawa Timur, Senin"
        " (7/10/2019).",
        "Sebanyak 30 peserta PKP Angkatan II BPSDM Provinsi Jambi melaksanakan studi tolak ukur ke Pemkot Padang,"
        " Kamis (12/9/2024).",
        "Peserta PKA Angkatan V BPSDM Jawa Tengah mengikuti studi tolok ukur di Kabupaten Banyuwangi pada Selasa"
        " (3/9/2024).",
        "Rombongan Pim III Pemprov Kaltim melakukan benchmarking atau tolok ukur ke Pemkot Surabaya, Rabu (5/6/2019).",
    ],
)
def test_tolok_ukur_beside_the_trip_names_benchmarking(text):
    assert [v.activity for v in visits_of(text)] == ["benchmarking"]


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Jawa Tengah berkunjung ke Kabupaten Klaten, Selasa (5/11/2019). Capaian Klaten itu menjadi tolak"
        " ukur keberhasilan pelayanan publik di daerah.",
        "Rombongan Wali Kota Bogor tiba di Pasar Baru Bandung, Senin (4/3/2024). Ia menyebut harga di pasar itu"
        " sebagai tolok ukur harga di Jawa Barat.",
    ],
)
def test_tolok_ukur_as_a_figure_of_speech_names_no_study(text):
    assert visits_of(text) == []


# A school named by its level ("siswa Sekolah Dasar (SD)", "Sekolah Menengah Atas") is a school its pupils
# attend, no course of the people travelling; "peserta Sekolah Kader Desa" stays a course.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Komisi IV membahas makan bergizi gratis bagi siswa Sekolah Dasar (SD) di Kota Kupang.", []),
        ("Para siswa Sekolah Menengah Atas itu belajar di perpustakaan daerah.", []),
        ("Sebanyak 30 peserta Sekolah Kader Desa studi banding ke Desa Ponggok, Klaten.", ["Sekolah Kader Desa"]),
    ],
)
def test_a_school_by_its_level_is_no_course(text: str, names: list[str]) -> None:
    assert [p.name for p in programs.find_open_programs(text)] == names
