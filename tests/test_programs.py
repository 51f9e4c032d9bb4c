"""Programmes, cohorts (angkatan) and activity names as SCHEMA.md spells them."""

from __future__ import annotations

import pytest

from diklat_cli.extract.programs import find_activities, find_cohorts, find_open_programs, find_programs


def names(text: str) -> list[str]:
    return [p.name for p in find_programs(text)]


def cohorts(text: str) -> list[int]:
    return [c.value for c in find_cohorts(text)]


def activities(text: str) -> list[str]:
    return [a.activity for a in find_activities(text)]


# ---------------------------------------------------------------- programmes


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Diklatpim III", "Diklatpim III"),
        ("Diklat Pim III", "Diklatpim III"),
        ("Diklatpim Tk. III", "Diklatpim III"),
        ("PIM III", "Diklatpim III"),
        ("Diklat Kepemimpinan Tingkat III", "Diklatpim III"),
        ("Pendidikan dan Pelatihan Kepemimpinan Tingkat IV", "Diklatpim IV"),
        ("Diklatpim II", "Diklatpim II"),
        ("Diklatpim IV", "Diklatpim IV"),
        ("Pelatihan Kepemimpinan Nasional Tingkat II", "PKN II"),
        ("PKN II", "PKN II"),
        ("Pelatihan Kepemimpinan Administrator (PKA)", "PKA"),
        ("PKA", "PKA"),
        ("Pelatihan Kepemimpinan Pengawas", "PKP"),
        ("PKP", "PKP"),
        ("Latsar CPNS", "Latsar CPNS"),
        ("Pelatihan Dasar CPNS", "Latsar CPNS"),
        ("Diklat Prajabatan", "Prajabatan"),
        ("PPRA", "PPRA"),
        ("Sespimmen", "Sespimmen"),
        ("Sespimen", "Sespimmen"),
        ("Sespimti", "Sespimti"),
    ],
)
def test_programme_forms_in_a_sentence(written: str, canonical: str) -> None:
    text = f"Sebanyak 30 peserta {written} Angkatan II tiba di Makassar, Senin."
    found = find_programs(text)
    # "Pelatihan … (PKA)" may count the acronym as a second mention of the same programme
    assert found and {p.name for p in found} == {canonical}
    # the first span is where the written form starts and lies inside it
    assert found[0].start == text.index(written)
    assert text[found[0].start : found[0].end] in written


def test_programme_span_is_where_it_is_written() -> None:
    text = "Peserta Diklatpim Tk. III Provinsi Jambi melakukan benchmarking."
    (p,) = find_programs(text)
    assert text[p.start : p.end].startswith("Diklatpim Tk. III")


def test_full_name_with_acronym_names_one_programme() -> None:
    text = "Peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan IV tiba di Bogor."
    found = find_programs(text)
    assert {p.name for p in found} == {"PKA"}
    assert text[found[0].start : found[0].end] == "Pelatihan Kepemimpinan Administrator"


def test_lowercase_forms() -> None:
    assert names("para peserta diklatpim tingkat iv berkunjung") == ["Diklatpim IV"]
    assert names("peserta pelatihan dasar cpns golongan III") == ["Latsar CPNS"]


def test_generic_family_without_level() -> None:
    (p,) = find_programs("Peserta Diklat Kepemimpinan dari Kabupaten Sleman.")
    assert p.generic and p.name == "Diklatpim"


def test_level_beats_generic_family() -> None:
    (p,) = find_programs("Peserta Diklat Kepemimpinan Tingkat III dari Kabupaten Sleman.")
    assert not p.generic and p.name == "Diklatpim III"


def test_unit_name_is_not_a_programme() -> None:
    text = "Kabid Diklat Prajabatan dan Kepemimpinan BKPSDM Kabupaten Bone, Hendra Saputra, hadir."
    assert names(text) == []


def test_kepala_bidang_unit_is_not_a_programme() -> None:
    text = "Kepala Bidang Diklat Prajabatan BPSDM Provinsi Riau, Rina Kartika, menyambut peserta."
    assert names(text) == []


def test_two_programmes_in_text_order() -> None:
    text = "Peserta PKA Angkatan I dan peserta PKP Angkatan III berangkat ke Surabaya."
    assert names(text) == ["PKA", "PKP"]


def test_no_programme_in_plain_text() -> None:
    assert names("Gubernur meresmikan pasar rakyat di Kabupaten Gowa.") == []


def test_pkn_level_i() -> None:
    assert names("peserta PKN Tingkat I tahun ini") == ["PKN I"]


# ---------------------------------------------------------------- cohorts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("peserta Diklatpim Angkatan III tiba", [3]),
        ("peserta angkatan ke-2 tiba", [2]),
        ("peserta Angkatan ke 4 tiba", [4]),
        ("peserta PKN II Angkatan LXII tiba", [62]),
        ("peserta PKA angkatan 51 tiba", [51]),
        ("peserta PKP Angkatan kelima tiba", [5]),
        ("peserta PKP Angkatan pertama tiba", [1]),
        ("peserta PKP Angkatan VII dan VIII tiba", [7, 8]),
        ("peserta PPRA LXIII Lemhannas tiba", [63]),
        ("peserta Angkatan (PPRA) LXIV Lemhannas tiba", [64]),
    ],
)
def test_cohort_forms(text: str, expected: list[int]) -> None:
    assert cohorts(text) == expected


def test_cohort_year_is_not_a_cohort() -> None:
    assert cohorts("Latsar CPNS angkatan 2023 Kabupaten Bantul") == []


def test_count_after_a_cohort_is_not_a_second_cohort() -> None:
    # "Angkatan II dan 40 peserta …": 40 is how many came, not Angkatan 40
    assert cohorts("30 peserta PKA Angkatan II dan 40 peserta PKP Angkatan X") == [2, 10]


def test_cohort_date_is_not_a_cohort() -> None:
    assert cohorts("angkatan 12/3 lalu") == []


def test_two_cohorts_have_separate_spans() -> None:
    text = "PKP Angkatan V dan VI"
    found = find_cohorts(text)
    assert [c.value for c in found] == [5, 6]
    assert found[0].start < found[1].start
    assert "VI" in text[found[1].start : found[1].end]


def test_cohort_span_covers_number() -> None:
    text = "Diklatpim III Angkatan XII"
    (c,) = find_cohorts(text)
    assert text[c.start : c.end].endswith("XII")
    assert c.value == 12


def test_cohorts_of_three_coordinated() -> None:
    assert cohorts("PKA Angkatan I, II dan III") == [1, 2, 3]


def test_lowercase_roman_word_is_not_a_cohort() -> None:
    # "angkatan di" must not read "di" as Roman 501 or anything else
    assert cohorts("para angkatan di daerah itu") == []


# ---------------------------------------------------------------- activities


@pytest.mark.parametrize(
    ("phrase", "activity"),
    [
        ("benchmarking", "benchmarking"),
        ("Benchmarking", "benchmarking"),
        ("bench marking", "benchmarking"),
        ("benchmark to best practice", "benchmarking"),
        ("Benchmarking to Best Practice", "benchmarking"),
        ("BTBP", "benchmarking"),
        ("patok banding", "benchmarking"),
        ("studi tolok ukur", "benchmarking"),
        ("studi lapangan", "studi lapangan"),
        ("observasi lapangan", "studi lapangan"),
        ("orientasi lapangan", "studi lapangan"),
        ("kunjungan lapangan", "studi lapangan"),
        ("visitasi", "studi lapangan"),
        ("studi banding", "studi banding"),
        ("studi komparatif", "studi banding"),
        ("studi komparasi", "studi banding"),
        ("studi komperatif", "studi banding"),  # the common spelling with e
        ("studi komperasi", "studi banding"),
        ("uji tiru", "studi banding"),  # reports' other name of studi tiru ("uji tiru alias studi banding")
        ("uji-tiru", "studi banding"),
        ("kunjungan kerja", "kunjungan kerja"),
        ("kunker", "kunjungan kerja"),
        ("Kunjungan Studi Strategis Dalam Negeri", "ksdn"),
        ("KSSDN", "ksdn"),
        ("Studi Strategis Dalam Negeri", "ksdn"),
        ("KSDN", "ksdn"),
    ],
)
def test_activity_synonyms(phrase: str, activity: str) -> None:
    text = f"Peserta melaksanakan {phrase} di Kota Denpasar selama tiga hari."
    found = find_activities(text)
    assert [a.activity for a in found] == [activity]
    assert text[found[0].start : found[0].end].lower().startswith(phrase.split()[0].lower())


def test_ksdn_full_name_is_one_activity() -> None:
    # "Kunjungan Studi Strategis Dalam Negeri" must not also count as a "kunjungan …"
    text = "Kunjungan Studi Strategis Dalam Negeri (KSDN) peserta PPRA ke Provinsi Bali."
    assert activities(text) == ["ksdn", "ksdn"]


@pytest.mark.parametrize("school", ["SDN 1 Lowokwaru", "SDN Kauman 2", "sdn 3 Sukorejo"])
def test_a_state_primary_school_is_no_ksdn(school: str) -> None:
    # "SDN" (Sekolah Dasar Negeri) differs from "KSDN"/"SSDN" by one letter; teachers visit such schools
    assert activities(f"Para guru melakukan studi banding ke {school}, Kota Malang.") == ["studi banding"]


def test_activities_in_text_order() -> None:
    text = "Setelah studi lapangan, peserta melanjutkan kunjungan kerja ke Balai Kota."
    assert activities(text) == ["studi lapangan", "kunjungan kerja"]


def test_no_activity() -> None:
    assert activities("Bupati membuka pelatihan di aula kantor bupati.") == []


def test_benchmark_inside_word_is_not_matched() -> None:
    assert activities("peserta menulis benchmarks") == []


# ---------------------------------------------------------------- open vocabulary (issue 11)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Perwira Siswa Sesko TNI", "Sesko TNI"),
        ("Sekolah Staf dan Komando Tentara Nasional Indonesia", "Sesko TNI"),
        ("Pasis Seskoad", "Seskoad"),
        ("peserta Sesparlu", "Sesparlu"),
        ("peserta PPSA", "PPSA"),
        # cadets of government schools: the school's education is their programme
        ("praja IPDN", "IPDN"),
        ("Praja Nindya Institut Pemerintahan Dalam Negeri", "IPDN"),
        ("siswa Diktukba Polri", "Diktukba Polri"),
        ("siswa Diktuba", "Diktuba Polri"),
        ("taruna Akademi Kepolisian (Akpol)", "Akpol"),
        ("taruna dan taruni Akmil", "Akmil"),
        ("kadet Akademi Angkatan Laut", "AAL"),
        ("taruna Tingkat II AAU", "AAU"),
    ],
)
def test_staff_college_programmes(written: str, canonical: str) -> None:
    assert names(f"Kunjungan {written} ke Kabupaten Sleman.") == [canonical]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasis Dikreg LIII Sesko TNI", [53]),
        ("Sespimti Polri Dikreg Ke-31", [31]),
        ("Sespimmen Polri Dikreg ke 60", [60]),
    ],
)
def test_cohort_words_of_police_and_military_schools(text: str, expected: list[int]) -> None:
    assert cohorts(text) == expected


def test_dikreg_without_number_is_no_cohort() -> None:
    assert cohorts("peserta Sespimti Dikreg Polri datang") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sebanyak 25 peserta Diklat Penyuluh Perikanan Kabupaten Pati mengunjungi tambak.",
            ["Diklat Penyuluh Perikanan"],
        ),
        (
            "Rombongan Pelatihan Teknis Pengelolaan Arsip bagi Sekretaris Desa BPSDM Jawa Tengah melakukan "
            "kunjungan ke Solo.",
            ["Pelatihan Teknis Pengelolaan Arsip bagi Sekretaris Desa"],
        ),
        ("Pelatihan Teknis Hidroponik Angkatan 2 berangkat ke Lembang.", ["Pelatihan Teknis Hidroponik"]),
        (
            "Sebanyak 60 peserta pelatihan teknis pemadam kebakaran bagi petugas lapas berkunjung ke Rutan Pati.",
            ["pelatihan teknis pemadam kebakaran"],
        ),
    ],
)
def test_unknown_programme_is_kept_as_written(text: str, expected: list[str]) -> None:
    assert [p.name for p in find_open_programs(text)] == expected


def test_a_course_not_tied_to_the_travellers_is_no_programme() -> None:
    assert find_open_programs("Kepala Pelatihan Pertanian Cihea memberi sambutan.") == []


def test_pkdn_with_its_number_is_a_cohort() -> None:
    assert cohorts("Peserta Praktik Kerja Dalam Negeri (PKDN) ke-29 tiba di Ambon") == [29]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati melepas keberangkatan 40 peserta PKP Angkatan III ke Bali.",
        "Keberangkatan 40 peserta Diklatpim IV Angkatan III dilepas Sekda.",
        "Upacara pemberangkatan 40 peserta PKA angkatan ke-3 digelar di halaman kantor.",
    ],
)
def test_departure_word_holds_no_cohort(text: str) -> None:
    # "keberangkatan"/"pemberangkatan" (departure) contain the letters "angkatan"
    assert [c.value for c in find_cohorts(text)] == [3]


@pytest.mark.parametrize(
    "text",
    [
        "siswa Pendidikan Reguler (Dikreg) ke-63 Sespimmen Polri",
        "serdik Sespimmen Dikreg ke-63",
        "peserta Sespimmen Polri Dikreg 63",
    ],
)
def test_cohort_word_in_brackets(text: str) -> None:
    assert [c.value for c in find_cohorts(text)] == [63]


@pytest.mark.parametrize(
    "text",
    [
        "peserta PKN Tingkat II Angkatan VII, 10-12 Oktober 2023",
        "peserta PKA Angkatan VII, 10 Oktober 2023",
        "peserta PKA Angkatan VII, 10 s.d. 12 Oktober",
    ],
)
def test_date_after_a_cohort_is_not_a_second_cohort(text: str) -> None:
    assert [c.value for c in find_cohorts(text)] == [7]


def test_coordinated_cohorts_still_read() -> None:
    assert [c.value for c in find_cohorts("Angkatan VII, VIII dan 9 berangkat")] == [7, 8, 9]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peserta Diklat Teknis Pengadaan Barang Studi Banding ke Kota Bandung", "Diklat Teknis Pengadaan Barang"),
        ("Peserta Pelatihan Manajemen Keuangan Desa Kunjungi Pemkab Sleman", "Pelatihan Manajemen Keuangan Desa"),
        ("Peserta Diklat Penyuluh Pertanian Belajar ke Kabupaten Malang", "Diklat Penyuluh Pertanian"),
    ],
)
def test_open_programme_ends_where_the_trip_begins(text: str, name: str) -> None:
    assert [p.name for p in find_open_programs(text)] == [name]


def test_training_body_after_diklat_is_no_programme() -> None:
    assert find_open_programs("Peserta Diklat Badiklat Kemhan Kunjungi Pemkot Surabaya") == []


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("peserta Pelatihan Kepemimpinan Tingkat II Angkatan XVII", "PKN II"),
        ("peserta Pelatihan Kepemimpinan Tk. I", "PKN I"),
        ("peserta Pendidikan dan Pelatihan Kepemimpinan Tingkat II", "Diklatpim II"),
        ("peserta Diklat Kepemimpinan Tingkat II", "Diklatpim II"),
        ("peserta Pelatihan Kepemimpinan Tingkat IV", "Diklatpim IV"),
    ],
)
def test_pelatihan_kepemimpinan_levels_one_and_two_are_pkn(written: str, canonical: str) -> None:
    # since the 2019 reform levels I and II are the national leadership training (PKN), which reports
    # shorten to "Pelatihan Kepemimpinan Tingkat II"; "Diklat"/"Pendidikan dan Pelatihan" is the older Diklatpim
    assert [p.name for p in find_programs(written)] == [canonical]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Sebanyak 40 peserta Pendidikan Kader Ulama melakukan studi banding ke Kota Cimahi.",
            ["Pendidikan Kader Ulama"],
        ),
        ("Para siswa Pendidikan Calon Penghulu berkunjung ke Kabupaten Garut.", ["Pendidikan Calon Penghulu"]),
        ("Dinas Pendidikan Pemuda dan Olahraga Kabupaten Garut melakukan studi banding ke Kota Cimahi.", []),
        ("Anggota DPRD mengikuti Pendidikan Politik Kebangsaan di Jakarta.", []),
    ],
)
def test_a_course_called_pendidikan_is_named_only_after_its_participants(text: str, names: list[str]) -> None:
    # SCHEMA: an unknown programme is kept as written; "Dinas Pendidikan …" is an office, not a course
    assert [p.name for p in find_open_programs(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Wakil Bupati Sumbawa berkunjung kerja ke Kota Surakarta bersama lima kepala dinas.",
        "Komisi B DPRD Kota Blitar Berkunjung Kerja ke Pemkab Sleman",
        "Rombongan Bappeda sempat berkunjung-kerja ke Kabupaten Lamongan pekan lalu.",
        "Selasa lalu, Ketua DPRD dan anggotanya berkunjung  kerja ke Provinsi Riau.",
    ],
)
def test_berkunjung_kerja_is_the_verb_of_a_working_visit(text: str) -> None:
    # SCHEMA: the listed names with their verb forms; "berkunjung kerja" is "melakukan kunjungan kerja"
    assert activities(text) == ["kunjungan kerja"]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati berkunjung ke Kota Surakarta untuk bekerja sama di bidang pariwisata.",
        "Delegasi berkunjung kerja sama ke Kota Surakarta.",
        "Para pekerja berkunjung ke lokasi kerja di Kabupaten Lamongan.",
    ],
)
def test_a_visit_and_work_apart_are_no_working_visit(text: str) -> None:
    assert activities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Peserta PPRA Angkatan LX menggelar Studi Strategi Dalam Negeri di Provinsi Jambi.",
        "Rombongan Study Strategi Dalam Negeri Lemhannas tiba di Kota Kupang, Senin.",
        "Kunjungan Studi Strategi Dalam Negeri peserta PPSA ke Kabupaten Badung berlangsung empat hari.",
        "Lemhannas memilih Provinsi Aceh sebagai lokasi studi strategi dalam negeri tahun ini.",
    ],
)
def test_studi_strategi_dalam_negeri_without_its_s_is_ksdn(text: str) -> None:
    # reports drop the -s of "strategis" (and write "Study"): the programme component all the same
    assert activities(text) == ["ksdn"]


def test_studi_strategi_luar_negeri_without_its_s_is_the_component_abroad() -> None:
    assert activities("Peserta menjalani Studi Strategi Luar Negeri ke Jepang.") == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati memaparkan strategi dalam negeri untuk menekan inflasi di depan peserta studi banding.",
        "Peserta mengkaji strategi pembangunan dalam negeri saat studi lapangan di Kabupaten Sleman.",
    ],
)
def test_a_strategy_talked_of_is_no_ksdn(text: str) -> None:
    assert "ksdn" not in activities(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lemhannas menggelar Kursus Pembinaan Kepala Daerah (KPKD) Angkatan III di Jakarta.",
            "Kursus Pembinaan Kepala Daerah (KPKD)",
        ),
        (
            "Hanya Bupati Halmahera yang terpilih mengikuti agenda Kursus Singkat Kepemimpinan (KSK) di Malaysia.",
            "Kursus Singkat Kepemimpinan (KSK)",
        ),
        (
            "Sebagai bagian dari Kursus Manajemen Krisis (Kumakris), rombongan berkunjung ke Kota Padang.",
            "Kursus Manajemen Krisis (Kumakris)",
        ),
    ],
)
def test_a_kursus_named_with_its_short_form_is_a_programme(text: str, name: str) -> None:
    # SCHEMA: a programme not listed is kept as written; a course's title with its acronym is one wherever written
    assert [p.name for p in find_open_programs(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Warga belajar menjahit di Lembaga Kursus dan Pelatihan (LKP) Mandiri, Kabupaten Garut.",
        "Bupati membuka Kursus Menjahit bagi ibu rumah tangga di Kecamatan Cibinong.",
        "Pemkab menggelar kursus bahasa Inggris (gratis) bagi pelajar.",
    ],
)
def test_a_course_body_or_a_kursus_without_its_short_form_is_no_programme(text: str) -> None:
    assert find_open_programs(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gubernur menerima peserta orientasi kepemimpinan pemerintahan daerah angkatan III tahun 2014.",
            "orientasi kepemimpinan pemerintahan daerah",
        ),
        (
            "Sebanyak 30 peserta Orientasi Tugas Kepala Daerah bagi bupati/wali kota Angkatan 2 tiba di Kota Batu.",
            "Orientasi Tugas Kepala Daerah bagi bupati/wali kota",
        ),
        (
            "Pemkot menyambut peserta orientasi kepemimpinan dan\npenyelenggaraan pemerintahan angkatan ke-4.",
            "orientasi kepemimpinan dan penyelenggaraan pemerintahan",
        ),
    ],
)
def test_an_orientation_named_between_its_participants_and_its_cohort(text: str, name: str) -> None:
    # SCHEMA: a programme not listed is kept as written; the words between "peserta" and "angkatan" are its name
    assert [p.name for p in find_open_programs(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Peserta orientasi lapangan angkatan II mengunjungi Dinas Pertanian.",
        "Para peserta orientasi di Kota Batu berasal dari angkatan yang sama.",
        "Peserta mengikuti orientasi kepemimpinan di Jakarta.",
    ],
)
def test_a_field_orientation_or_an_orientation_without_its_cohort_is_no_programme(text: str) -> None:
    assert find_open_programs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("peserta pelatihan Gelombang II tahun ini berangkat ke Kota Batu", []),
        ("Kuliah Kerja Sespimmen Dikreg Gelombang 1 Tahun Ajaran 2025 digelar di Polres Malang", []),
        ("Keberangkatan dibagi dua gelombang: lima desa pada gelombang pertama dan 11 desa pada gelombang kedua.", []),
        ("peserta PKA Angkatan IV gelombang kedua tiba di Kabupaten Sleman", [4]),
    ],
)
def test_a_wave_is_no_cohort(text: str, expected: list[int]) -> None:
    # SCHEMA cohort: the angkatan; a gelombang is a wave of departures (of a trip or a school year), not the cohort
    assert cohorts(text) == expected


# docs/schema.md, "A trip with no listed name": "a training body's 'studi strategis' of a province is ksdn" — the
# programme component named without "Dalam Negeri"; a "Pusat Studi Strategis" (a research centre) is no trip, nor a
# "kajian studi strategis" (a study task within a trip of another name).
@pytest.mark.parametrize(
    "text",
    [
        "Badan Diklat Provinsi Riau membawa peserta PKA studi strategis ke Provinsi Jambi, Senin.",
        "Gubernur menerima rombongan PKN Tingkat I yang menggelar studi strategis di Provinsi Bengkulu.",
        "Pelaksanaan Studi Strategis peserta Diklatpim II di Kabupaten Jember berlangsung tiga hari.",
    ],
)
def test_studi_strategis_of_a_province_is_ksdn(text: str) -> None:
    assert activities(text) == ["ksdn"]


@pytest.mark.parametrize(
    "text",
    [
        "Pusat Studi Strategis Universitas Tadulako menggelar seminar ketahanan pangan.",
        "Lembaga Studi Strategis Nusantara merilis survei terbaru pekan ini.",
        # a study task done on a trip, not the trip's name
        "Di sela studi lapangan, peserta melakukan kajian studi strategis ke tambak udang milik warga.",
    ],
)
def test_a_centre_of_strategic_studies_or_a_study_task_is_no_ksdn(text: str) -> None:
    assert "ksdn" not in activities(text)
