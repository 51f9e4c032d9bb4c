"""Government units: host agencies (lokus), training bodies, and telling units apart."""

from __future__ import annotations

import pytest

from diklat_cli.extract.agencies import (
    find_organizers,
    find_units,
    full_form,
    fullest,
    has_list_cue,
    is_national,
    is_training_body,
    lokus_cue,
    same_unit,
    unique_units,
)


def units(text: str) -> list[str]:
    return [u.name for u in find_units(text)]


# ---------------------------------------------------------------- find_units


def test_lokus_list_names_without_region_phrase() -> None:
    text = (
        "Lokus yang dikunjungi di antaranya Dinas Perhubungan, Badan Pelayanan Perizinan (PTSP), "
        "serta Dinas Koperasi dan UMKM Provinsi Sulawesi Selatan."
    )
    assert units(text) == [
        "Dinas Perhubungan",
        "Badan Pelayanan Perizinan (PTSP)",
        "Dinas Koperasi dan UMKM",
    ]


def test_unit_spans_match_names() -> None:
    text = "Peserta mengunjungi Dinas Pendidikan dan Dinas Sosial Kota Padang."
    found = find_units(text)
    assert [text[u.start : u.end] for u in found] == [u.name for u in found]
    assert [u.name for u in found] == ["Dinas Pendidikan", "Dinas Sosial"]


def test_name_with_its_own_comma_list_stays_one_unit() -> None:
    text = "Peserta mengunjungi Dinas Pemuda, Olahraga, dan Pariwisata Kabupaten Banyuwangi."
    assert units(text) == ["Dinas Pemuda, Olahraga, dan Pariwisata"]


def test_two_acronyms_joined_by_dan_are_two_units() -> None:
    text = "Lokus kunjungan adalah Bappeda dan DPKD Kota Makassar."
    assert units(text) == ["Bappeda", "DPKD"]


def test_name_with_dan_and_acronym_stays_one_unit() -> None:
    text = "Lokus kunjungan antara lain Dinas Penanaman Modal dan PTSP Kota Batam."
    assert units(text) == ["Dinas Penanaman Modal dan PTSP"]


def test_name_with_dan_inside_stays_one_unit() -> None:
    text = "Peserta belajar di Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sleman."
    assert units(text) == ["Dinas Kependudukan dan Pencatatan Sipil"]


def test_two_dinas_joined_by_dan_are_two_units() -> None:
    text = "Lokusnya yakni Dinas Kesehatan dan Dinas Lingkungan Hidup Kota Surabaya."
    assert units(text) == ["Dinas Kesehatan", "Dinas Lingkungan Hidup"]


def test_region_phrase_with_kabupaten_cut() -> None:
    text = "Rombongan mengunjungi Badan Pendapatan Daerah Kabupaten Badung."
    assert units(text) == ["Badan Pendapatan Daerah"]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Kesehatan Kota Batam, Rudi Hartono, menyambut rombongan.",
        "Sekretaris Badan Pendapatan Daerah, Yuli Astuti, memberi paparan.",
        "Kabid Dinas Sosial itu menjelaskan program.",
    ],
)
def test_titles_are_not_units(text: str) -> None:
    assert units(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan diterima di Aula BKD Provinsi Jambi.",
        "Rombongan diterima di Kantor Gubernur Sulawesi Selatan.",
        "Pertemuan berlangsung di Kantor Bupati Gowa.",
        "Peserta disambut di Balai Kota Malang.",
        "Pertemuan digelar di Ruang Rapat Badan Kepegawaian Daerah.",
    ],
)
def test_venues_are_not_units(text: str) -> None:
    assert units(text) == []


def test_bounds_limit_the_search() -> None:
    text = "Dinas Sosial menyambut. Peserta mengunjungi Dinas Perhubungan."
    start = text.index("Peserta")
    assert [u.name for u in find_units(text, start)] == ["Dinas Perhubungan"]


def test_list_cue() -> None:
    assert has_list_cue("Lokus kunjungan di antaranya Dinas Sosial.")
    assert not has_list_cue("Bupati membuka acara tersebut.")


# ---------------------------------------------------------------- organizers


def test_provincial_training_body() -> None:
    (org,) = find_organizers("Kegiatan ini diselenggarakan Badan Diklat Provinsi Lampung sejak Senin.")
    assert org.name == "Badan Diklat Provinsi Lampung"
    assert not org.national
    assert org.region is not None and org.region.province == "Lampung"


def test_bpsdm_of_a_province() -> None:
    (org,) = find_organizers("Pelatihan digelar oleh BPSDM Provinsi Papua bekerja sama dengan LAN.")
    assert org.name == "BPSDM Provinsi Papua"
    assert not org.national
    assert org.region is not None and org.region.name == "Papua"


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Diklat ini digelar BPSDM Provinsi DKI Jakarta bersama LAN.", "BPSDM Provinsi DKI Jakarta", "DKI Jakarta"),
        ("Peserta dari Badan Diklat Provinsi Papua Barat Daya tiba.", "Badan Diklat Provinsi Papua Barat Daya",
         "Papua Barat Daya"),
        ("Kegiatan BKPSDM Kabupaten Lampung Selatan itu berlangsung.", "BKPSDM Kabupaten Lampung Selatan",
         "Kabupaten Lampung Selatan"),
        # a place after the region phrase is not part of the name
        ("Rombongan BPSDM Provinsi Jawa Tengah Semarang tiba.", "BPSDM Provinsi Jawa Tengah", "Jawa Tengah"),
    ],
)  # fmt: skip
def test_a_region_named_in_several_words_is_kept_whole(text: str, name: str, region: str) -> None:
    # "Provinsi Papua" and "Provinsi DKI" are places already: the name must not stop there
    (org,) = find_organizers(text)
    assert org.name == name
    assert org.region is not None and org.region.name == region


def test_ppsdm_kemendagri_regional_is_national() -> None:
    text = "Peserta PKN II PPSDM Kementerian Dalam Negeri Regional Bandung tiba di Jambi."
    (org,) = find_organizers(text)
    assert org.name == "PPSDM Kementerian Dalam Negeri Regional Bandung"
    assert org.national


def test_lemdiklat_polri_is_national() -> None:
    (org,) = find_organizers("Peserta Lemdiklat Polri melaksanakan KSDN di Bali.")
    assert org.name == "Lemdiklat Polri"
    assert org.national
    assert org.region is None


def test_police_staff_school_is_the_organizer() -> None:
    # the staff school is the body that sends the cohort; its parent Lemdiklat is part of its name
    (org,) = find_organizers("Peserta Sespimmen Lemdiklat Polri melaksanakan KSDN di Bali.")
    assert org.name == "Sespimmen Lemdiklat Polri"
    assert org.national
    assert org.region is None


def test_lemhannas_with_acronym() -> None:
    (org,) = find_organizers("Lembaga Ketahanan Nasional RI (Lemhannas RI) menggelar KSSDN.")
    assert org.name == "Lembaga Ketahanan Nasional RI (Lemhannas RI)"
    assert org.national


def test_organizer_span_matches_name() -> None:
    text = "Kegiatan diselenggarakan BPSDM Jawa Timur pekan ini."
    (org,) = find_organizers(text)
    assert text[org.start : org.end] == org.name == "BPSDM Jawa Timur"


def test_training_body_and_national_helpers() -> None:
    assert is_training_body("Badan Pengembangan Sumber Daya Manusia Provinsi Bali")
    assert not is_training_body("Dinas Kesehatan")
    assert is_national("Pusdiklat Kementerian Agama")
    assert not is_national("Dinas Kesehatan")


# ---------------------------------------------------------------- same_unit / unique_units


def test_same_unit_expansion() -> None:
    assert same_unit("Bappeda", "Badan Perencanaan Pembangunan Daerah")
    assert same_unit("Badan Perencanaan Pembangunan Daerah", "Bappeda")


def test_same_unit_initials() -> None:
    assert same_unit("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")


def test_same_unit_ignores_case_and_spaces() -> None:
    assert same_unit("dinas kesehatan ", "Dinas Kesehatan")


def test_different_units() -> None:
    assert not same_unit("Dinas Kesehatan", "Dinas Sosial")
    assert not same_unit("Bappeda", "Badan Pendapatan Daerah")


def test_unique_units_keeps_the_full_name_in_first_order() -> None:
    names = [
        "Badan Perencanaan Pembangunan Daerah",
        "Dinas Kesehatan",
        "Bappeda",
        "DPMPTSP",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "Dinas Kesehatan",
    ]
    # the acronym's place in the order, the full name the report also gives
    assert unique_units(names) == [
        "Badan Perencanaan Pembangunan Daerah",
        "Dinas Kesehatan",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    ]


# ---------------------------------------------------------------- organizers named by abbreviation (family 8)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rombongan Pasis Seskoad Dikreg LXI tiba di Kota Ambon pagi itu.", "Seskoad Dikreg LXI"),
        ("Peserta didik Sespimmen Polri Dikreg ke-61 diterima Bupati Sleman.", "Sespimmen Polri"),
        ("Sebanyak 20 peserta PKN II LAN Makassar mengunjungi Kota Pare-Pare.", "LAN Makassar"),
        (
            "Kelompok dari Balai Diklat Kemenkeu Wilayah 2 Medan datang ke Pemkab Deli Serdang.",
            "Balai Diklat Kemenkeu Wilayah 2 Medan",
        ),
        (
            "Peserta dari PPSDM Kemendagri Regional Yogyakarta belajar di Kabupaten Kebumen.",
            "PPSDM Kemendagri Regional Yogyakarta",
        ),
    ],
)
def test_body_named_by_abbreviation_is_an_organizer(text: str, name: str) -> None:
    (org,) = find_organizers(text)
    assert org.name == name
    assert org.national
    assert org.region is None


def test_misspelt_full_name_leaves_acronym_with_region() -> None:
    (org,) = find_organizers("Kepala Badn Pendidkan dan Pelatihan (Badiklat) Kaltim membuka acara.")
    assert org.name == "Badiklat Kaltim"
    assert org.region is not None and org.region.province == "Kalimantan Timur"


def test_fullest_mention_of_the_chosen_body() -> None:
    text = (
        "Peserta Sespimti tiba di Semarang. Sekolah Staf dan Pimpinan Tinggi Polri (Sespimti Polri) "
        "menugaskan mereka. Rombongan PPSDM Kemendagri lain bergabung; PPSDM Kemendagri Regional Bandung juga."
    )
    found = find_organizers(text)
    assert fullest(found[0], found).name.startswith("Sekolah Staf dan Pimpinan Tinggi Polri")
    ppsdm = next(o for o in found if o.name == "PPSDM Kemendagri")
    assert fullest(ppsdm, found).name == "PPSDM Kemendagri Regional Bandung"


# ---------------------------------------------------------------- hosts beyond Dinas/Badan (family 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rombongan berkeliling ke Nagari Sungai Puar dan Nagari Koto Tinggi.",
            ["Nagari Sungai Puar", "Nagari Koto Tinggi"],
        ),
        (
            "Peserta diterima oleh Universitas Jambi (Unja) dan Badan Pusat Statistik (BPS) Provinsi Jambi.",
            ["Universitas Jambi (Unja)", "Badan Pusat Statistik (BPS)"],
        ),
        (
            "Mereka juga menyambangi Forum Komunikasi Pimpinan Daerah (Forkopimda) Kabupaten Sikka.",
            ["Forum Komunikasi Pimpinan Daerah (Forkopimda)"],
        ),
        (
            "Peserta belajar di BUMDes Maju Bersama dan Gapoktan Sri Rejeki.",
            ["BUMDes Maju Bersama", "Gapoktan Sri Rejeki"],
        ),
        ("Rombongan tiba di DPRD Kabupaten Sumba Timur.", ["DPRD"]),
        ("Kunjungan ke Polres Ende dan Kantor DPRD Ende.", ["Polres", "DPRD"]),
    ],
)
def test_hosts_of_every_kind(text: str, expected: list[str]) -> None:
    assert units(text) == expected


def test_farmer_groups_listed_under_one_head() -> None:
    assert units("Kunjungan ke Kelompok Tani Sri Rejeki, Mekar, dan Tunas Harapan.") == [
        "Kelompok Tani Sri Rejeki",
        "Kelompok Tani Mekar",
        "Kelompok Tani Tunas Harapan",
    ]


def test_two_villages_joined_by_dan() -> None:
    assert units("Mereka mengunjungi Desa Sukamaju dan Cibeureum, Kabupaten Garut.") == [
        "Desa Sukamaju",
        "Desa Cibeureum",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan menuju Desa Ngadirejo, Kecamatan Tirto, Kabupaten Pekalongan.",
        "Rombongan menuju Desa Ngadirejo-Kecamatan Tirto, Kabupaten Pekalongan.",
        "Rombongan menuju Desa Ngadirejo Kecamatan Tirto Kabupaten Pekalongan.",
    ],
)
def test_village_address_is_not_a_second_unit(text: str) -> None:
    assert units(text) == ["Desa Ngadirejo"]


def test_dan_desa_inside_a_dinas_name() -> None:
    text = "Lokusnya Dinas Pemberdayaan Masyarakat dan Desa (DPMD) serta Dinas Sosial."
    assert units(text) == ["Dinas Pemberdayaan Masyarakat dan Desa (DPMD)", "Dinas Sosial"]


def test_generic_kind_without_a_name_is_not_a_unit() -> None:
    assert units("Mereka melihat Desa Wisata yang ramai.") == []
    assert units("Ada dua BUMDes yang dijadikan lokasi belajar.") == []
    assert units("Mereka melihat Desa Wisata Tanjung Harapan.") == ["Desa Wisata Tanjung Harapan"]


def test_university_named_after_its_city_keeps_its_name() -> None:
    assert units("Kunjungan ke Universitas Mataram dan Kecamatan Ampenan.") == [
        "Universitas Mataram",
        "Kecamatan Ampenan",
    ]


@pytest.mark.parametrize(
    ("before", "after", "cue"),
    [
        ("Peserta belajar banyak hal, mulai dari ", ", Dinas Sosial, hingga Bappeda.", 1),
        ("Beberapa OPD dikunjungi, salah satunya, ", " yang terkenal.", 1),
        ("Tahun ini pilihan jatuh pada ", " sebagai objek studi.", 1),
        ("Tahun ini ", " dipilih sebagai lokasi studi lapangan.", 1),
        ("Sementara itu ", " menerima kunjungan rombongan dari Bali.", 1),
        ("Rombongan tiba di ", " dan diterima Sekda.", -1),
        # a unit the guests are received in is no hall: its region or another cue decides (test_extract_lokus)
        ("Acara penerimaan bertempat di ", " lantai dua.", 0),
        ("Kunjungan dilaksanakan di Kabupaten Subang, tepatnya di ", " dan sekitarnya.", 1),
        ("Peserta melakukan Praktek Kerja Lapangan (PKL) di ", ", Kabupaten Maros.", 1),
        ("Kepala ", " memberi sambutan.", 0),
    ],
)
def test_lokus_cue(before: str, after: str, cue: int) -> None:
    assert lokus_cue(before, after) == cue


def test_the_regional_secretariat_received_in_is_the_governments_seat() -> None:
    assert lokus_cue("Acara penerimaan bertempat di ", " lantai dua.", "", "Sekretariat Daerah") == -1
    assert lokus_cue("Rombongan diterima di ", " Kabupaten Soppeng.", "", "Setda") == -1


def test_acronym_takes_the_full_form_introduced_earlier() -> None:
    text = "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) unggul.\nSelain Disdukcapil, ada Dinas Sosial."
    assert full_form(text, "Disdukcapil") == "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)"
    assert full_form(text, "Dinas Sosial") == "Dinas Sosial"
    assert full_form(text, "Bappeda") == "Bappeda"


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        ("Peserta Lemhannas tiba. Lemhannas RI memilih Jambi.", "Lemhannas", "Lemhannas RI"),
        ("Lemhannas RI memilih Jambi. Lemhannas Republik Indonesia datang.", "Lemhannas RI", "Lemhannas RI"),
        (
            "Lemhannas RI memilih Jambi. Lembaga Ketahanan Nasional (Lemhannas) datang.",
            "Lemhannas RI",
            "Lembaga Ketahanan Nasional (Lemhannas)",
        ),
    ],
)
def test_fullest_prefers_more_than_a_bare_acronym(text: str, first: str, expected: str) -> None:
    found = find_organizers(text)
    chosen = next(o for o in found if o.name == first)
    assert fullest(chosen, found).name == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lokasi pertama di Dinas Perhubungan, lalu lokasi kedua di Dinas Sosial.",
        "Dua BUMDes dijadikan tempat belajar. Yang pertama BUMDes Mekar Sari, yang kedua BUMDes Tunas Jaya.",
    ],
)
def test_ordinal_list_cues(text: str) -> None:
    assert any(has_list_cue(s) for s in text.split(". "))


def _lokus(body: str) -> list[str]:
    from diklat_cli.extract import extract_text

    text = (
        "PKA Sikka Belajar ke Kabupaten Bantul\n"
        "Peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II Pemerintah Kabupaten Sikka "
        "melaksanakan studi lapangan ke Kabupaten Bantul pada Senin (4/9/2023). " + body + "\n"
    )
    (found,) = extract_text(text)
    return found.visit.host_agencies


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hari kedua diisi diskusi di Desa Panggungharjo, Kecamatan Sewon, Kabupaten Bantul.", ["Desa Panggungharjo"]),
        (
            "Peserta belajar banyak hal, mulai dari Dinas Sosial, Bappeda, hingga Dinas Perhubungan Kabupaten Bantul.",
            ["Dinas Sosial", "Bappeda", "Dinas Perhubungan"],
        ),
        (
            "Rombongan tiba di Kantor Bupati Bantul dan diterima Sekda. Pilihan jatuh pada Desa Wukirsari sebagai "
            "objek studi.",
            ["Desa Wukirsari"],
        ),
        (
            "Lokusnya Bappeda. Badan Perencanaan Pembangunan Daerah (Bappeda) Bantul dikenal inovatif.",
            ["Badan Perencanaan Pembangunan Daerah (Bappeda)"],
        ),
    ],
)
def test_lokus_in_a_visit_report(body: str, expected: list[str]) -> None:
    assert _lokus(body) == expected


def test_the_one_village_visited_is_the_host() -> None:
    from diklat_cli.extract import extract_text

    text = (
        "PKP Sikka Belajar BUMDes\nPeserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II Pemerintah Kabupaten "
        "Sikka melaksanakan studi lapangan ke Desa Sukamaju, Kabupaten Sleman, Senin (4/9/2023).\n"
    )
    (found,) = extract_text(text)
    assert found.visit.host_agencies == ["Desa Sukamaju"]
    assert found.visit.destination.host == "Desa Sukamaju"
    assert found.visit.destination.regency == "Kabupaten Sleman"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village's kind is often written lower case before its name
        (
            "Para kades belajar di desa Sumberwangi, lalu ke desa wisata Bukit Jambu.",
            ["desa Sumberwangi", "desa wisata Bukit Jambu"],
        ),
        ("Rombongan tiba di nagari Talang Babungo.", ["nagari Talang Babungo"]),
        # without a name after it the lower-case word is only a common noun
        ("Para perangkat desa dan warga desa menyambut tamu.", []),
        ("Kepala desa Sumberwangi menyambut rombongan.", []),
    ],
)
def test_village_kind_written_lower_case(text: str, expected: list[str]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mereka mengunjungi Desa Wisata Lembah Hijau yang terletak di Desa Karangsari, Kabupaten Kendal.",
        "Mereka mengunjungi Desa Wisata Lembah Hijau yang berada di desa Karangsari Kapanewon Pakem.",
    ],
)
def test_the_village_a_unit_lies_in_is_its_address(text: str) -> None:
    assert units(text) == ["Desa Wisata Lembah Hijau"]


def test_a_bracket_that_lists_units_is_not_an_acronym() -> None:
    text = "Peserta belajar di Kabupaten Klaten Kecamatan Tulung (Desa Wunut dan Desa Majegan)."
    assert units(text)[-2:] == ["Desa Wunut", "Desa Majegan"]
    assert units("Lokusnya Dinas Pemberdayaan Masyarakat dan Desa (DPMD).") == [
        "Dinas Pemberdayaan Masyarakat dan Desa (DPMD)"
    ]


def test_a_council_written_in_full_is_recorded_by_its_acronym() -> None:
    # "Dewan Perwakilan Rakyat Daerah (DPRD) Kota X" is the DPRD, as "DPRD Kota X" is; others keep their full name
    text = "Rombongan tiba di Dewan Perwakilan Rakyat Daerah (DPRD) Kota Ternate dan Badan Pusat Statistik (BPS) Ambon."
    found = find_units(text)
    assert [u.name for u in found] == ["DPRD", "Badan Pusat Statistik (BPS)"]
    assert text[found[0].start : found[0].end] == "DPRD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma inside a name, closed by the name's acronym
        (
            "Lokus: Badan Perencanaan dan Penelitian, Pengembangan Pembangunan Daerah (Bapelitbangda) Kabupaten Gowa.",
            ["Badan Perencanaan dan Penelitian, Pengembangan Pembangunan Daerah (Bapelitbangda)"],
        ),
        # after the closing acronym "dan" starts another unit
        (
            "Lokus yaitu Dinas Sosial, Pemuda dan Olahraga (Dinsospora) dan Bappeda.",
            ["Dinas Sosial, Pemuda dan Olahraga (Dinsospora)", "Bappeda"],
        ),
    ],
)
def test_a_name_closed_by_its_acronym(text: str, expected: list[str]) -> None:
    assert units(text) == expected


def test_a_unit_a_paper_is_sent_to_is_not_visited() -> None:
    assert lokus_cue("temuan itu akan dilaporkan untuk diteruskan ke ", "") == -1
    assert lokus_cue("berkas itu dikirim ke ", "") == -1
    assert lokus_cue("rombongan melanjutkan kunjungan ke ", "") == 1


def test_a_farmers_group_with_its_village_and_kecamatan() -> None:
    text = "Lalu ke Kelompok Tani Sri Rejeki, Mekar, dan Tunas Harapan Desa Kalisari, Kecamatan Pakis, Malang."
    assert units(text) == ["Kelompok Tani Sri Rejeki", "Kelompok Tani Mekar", "Kelompok Tani Tunas Harapan"]


def test_a_second_stop_opens_a_list() -> None:
    assert has_list_cue("Kunjungan kedua dilanjutkan ke kelompok tani, yaitu Kelompok Tani Mekar.")


def test_the_class_of_a_school_is_not_its_name() -> None:
    found = find_organizers("Sebanyak 11 peserta Sespimmen Kelas 13 tiba di Polres Blitar.")
    assert [o.name for o in found] == ["Sespimmen"]


def test_an_organizer_named_by_one_word_does_not_run_on_into_a_list() -> None:
    from diklat_cli.extract.agencies import find_organizers

    # "Sesparlu dan PKN Tingkat II": two programmes listed, not one body's name
    assert [o.name for o in find_organizers("membawa 30 peserta diklat dari Sesparlu dan PKN Tingkat II.")] == [
        "Sesparlu"
    ]
    # a service's staff college: "Angkatan Udara" is part of its name, not a cohort
    got = find_organizers("kunjungan 75 perwira siswa Sekolah Staf dan Komando Angkatan Udara (Seskoau) tahun ini.")
    assert [o.name for o in got] == ["Sekolah Staf dan Komando Angkatan Udara (Seskoau)"]


def test_a_regency_after_a_village_and_a_comma_is_its_address_not_another_village() -> None:
    from diklat_cli.extract.agencies import find_units

    text = "Mereka studi banding di Desa Ponggok, Klaten dan Pendowoharjo, Bantul."
    assert [u.name for u in find_units(text)] == ["Desa Ponggok", "Desa Pendowoharjo"]
    # villages listed with one kind word each take it
    assert [u.name for u in find_units("Mengunjungi Desa Wunut, Janti dan Karanglo.")] == [
        "Desa Wunut",
        "Desa Janti",
        "Desa Karanglo",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rombongan mengunjungi Universitas Andalas dan BPS Sumbar.", ["Universitas Andalas", "BPS"]),
        ("Peserta Kunjungi Dinas Kesehatan dan BPBD Kota Padang", ["Dinas Kesehatan", "BPBD"]),
        ("lokusnya Rumah Sakit Umum Daerah dan Bappeda Provinsi Jambi.", ["Rumah Sakit Umum Daerah", "Bappeda"]),
    ],
)
def test_acronym_body_with_its_region_after_dan_is_a_unit_of_its_own(text: str, names: list[str]) -> None:
    assert [u.name for u in find_units(text)] == names


def test_field_acronym_after_dan_stays_in_the_name() -> None:
    assert [u.name for u in find_units("mengunjungi Dinas Koperasi dan UKM Provinsi Sulsel")] == [
        "Dinas Koperasi dan UKM"
    ]


@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "PADANG - Anggota Bamus se-Kabupaten Agam melakukan kunjungan lapangan ke Pemerintahan Desa Sungai "
            "Pinang, Kecamatan Tambang, Kabupaten Kampar, pada 14 sampai 16 Mei 2023.",
            ["Desa Sungai Pinang"],
        ),
        (
            "KLATEN - Sebanyak 25 kepala desa dari Kabupaten Pati melakukan studi banding ke Pemerintah Desa "
            "Ponggok, Kecamatan Polanharjo, Kabupaten Klaten, Rabu (10/5/2023).",
            ["Desa Ponggok"],
        ),
        (
            "BATUSANGKAR - Perangkat desa se-Kabupaten Kampar belajar ke Pemerintah Nagari Pariangan, Kabupaten "
            "Tanah Datar, Rabu (10/5/2023), dalam rangka studi banding.",
            ["Nagari Pariangan"],
        ),
    ],
)
def test_village_named_by_its_government_is_the_lokus(text: str, lokus: list[str]) -> None:
    from diklat_cli.extract import extract_text

    assert [e.visit.host_agencies for e in extract_text(text)] == [lokus]


def test_village_government_with_its_kecamatan_is_one_unit() -> None:
    # (named as the village, as "Pemerintah Desa Ponggok" is: docs/schema.md, host_agencies)
    assert [u.name for u in find_units("ke Pemdes Ponggok, Kecamatan Polanharjo, Kabupaten Klaten")] == ["Desa Ponggok"]


_LEAD = (
    "CIMAHI - Sebanyak 30 peserta PKA Angkatan II Kabupaten Garut melakukan studi lapangan ke Pemerintah Kota "
    "Cimahi, Rabu (8/11/2023). "
)


@pytest.mark.parametrize(
    "listing",
    [
        "Lokus studi lapangan meliputi:\n1. Dinas Kesehatan\n2. Dinas Sosial\n3. Bappeda",
        "Lokus studi lapangan meliputi:\n- Dinas Kesehatan\n- Dinas Sosial\n- Bappeda",
        "Lokus studi lapangan meliputi:\nDinas Kesehatan\nDinas Sosial\nBappeda\nPeserta pulang pada sore hari.",
        "Lokus studi lapangan meliputi:\n1) Dinas Kesehatan;\n2) Dinas Sosial; dan\n3) Bappeda.",
    ],
)
def test_lokus_listed_one_a_line(listing: str) -> None:
    # humas reports list the units one a line, numbered, bulleted or bare: a name ends at its line
    from diklat_cli.extract import extract_text

    assert [e.visit.host_agencies for e in extract_text(_LEAD + listing)] == [
        ["Dinas Kesehatan", "Dinas Sosial", "Bappeda"]
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Peserta mengunjungi Inspektorat dan Satpol PP.", ["Inspektorat", "Satpol PP"]),
        ("Peserta meninjau Pasar Atas Baru dan BUMD Cimahi Mandiri.", ["Pasar Atas Baru", "BUMD Cimahi Mandiri"]),
    ],
)
def test_second_unit_after_dan_named_by_its_kind(text: str, names: list[str]) -> None:
    assert [u.name for u in find_units(text)] == names


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a cohort split into groups: the second group's place follows its name, the verb left out
        (
            "Kelompok pertama belajar di Dinas Sosial, sedangkan kelompok kedua di Dinas Pertanian.",
            ["Dinas Sosial", "Dinas Pertanian"],
        ),
        (
            "Sebagian peserta belajar di Dinas Sosial, sebagian lagi di Dinas Pertanian.",
            ["Dinas Sosial", "Dinas Pertanian"],
        ),
        # a stay told day by day
        (
            "Pada hari pertama peserta belajar di Dinas Sosial, dan pada hari kedua di Dinas Pertanian.",
            ["Dinas Sosial", "Dinas Pertanian"],
        ),
        # where the trip's site is
        ("Lokasi studi lapangan berada di Dinas Sosial.", ["Dinas Sosial"]),
        # units joined by "dan" that each carry the host's region are one list
        (
            "Rombongan mengunjungi Dinas Sosial Kabupaten Bantul dan Dinas Pertanian Kabupaten Bantul.",
            ["Dinas Sosial", "Dinas Pertanian"],
        ),
    ],
)
def test_lokus_of_groups_and_units_written_with_their_region(body: str, expected: list[str]) -> None:
    assert _lokus(body) == expected


def test_a_unit_after_another_regions_name_is_not_chained() -> None:
    # the sender's unit, named after the sender's region, is not a unit visited
    body = "Mereka datang ke Dinas Sosial Kabupaten Bantul dan Badan Kepegawaian Kabupaten Sikka ikut mendampingi."
    assert _lokus(body) == ["Dinas Sosial"]


def test_an_innovation_in_quotes_and_an_awarding_body_are_not_lokus() -> None:
    body = (
        'Rombongan mengunjungi Dinas Sosial. Inovasi yang dipelajari adalah layanan "Dinsos Jemput Bola"'
        " yang meraih penghargaan dari Kementerian Sosial."
    )
    assert _lokus(body) == ["Dinas Sosial"]


def test_a_unit_named_after_a_doctor_keeps_the_title() -> None:
    assert [u.name for u in find_units("dengan lokus RSUD dr. Sudarso Hadi dan Dinas Kesehatan")] == [
        "RSUD dr. Sudarso Hadi",
        "Dinas Kesehatan",
    ]


def test_a_unit_before_a_list_marker_known_by_a_weak_word_is_no_item() -> None:
    # "dengan tujuan …, yaitu …": the list after the marker is the goal; the unit before it is the clause's subject
    body = (
        "Badan Kepegawaian menyiapkan kegiatan itu dengan tujuan khusus, yaitu meningkatkan kompetensi pegawai. "
        "Rombongan mengunjungi Dinas Sosial."
    )
    assert _lokus(body) == ["Dinas Sosial"]


def test_a_comma_and_serta_close_a_units_name() -> None:
    assert units("Peserta mengunjungi Dinas Sosial, serta Pelayanan Terpadu di kota itu.") == ["Dinas Sosial"]
    assert units("Rombongan bertemu Dinas Pertanian, Budi Santoso, serta Ani Lestari.") == ["Dinas Pertanian"]
    # a portfolio closes with ", dan"
    assert units("Peserta mengunjungi Dinas Koperasi, Usaha Kecil, dan Perdagangan.") == [
        "Dinas Koperasi, Usaha Kecil, dan Perdagangan"
    ]


def test_a_waste_bank_or_a_tourist_kampung_needs_its_own_name() -> None:
    # the kind alone ("belajar soal bank sampah", "kampung wisata") is a topic, no unit
    assert units("Peserta belajar soal Bank Sampah di Bank Sampah Melati Bersih.") == ["Bank Sampah Melati Bersih"]
    assert units("Peserta melihat Kampung Wisata dan Kampung Wisata Batik Laweyan.") == ["Kampung Wisata Batik Laweyan"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the kecamatan and regency run into the village's name once, no kind word between
        (
            "Rombongan mengunjungi Desa Sidomulyo Pundong Bantul. Lalu peserta mengunjungi Desa Sidomulyo lagi.",
            ["Desa Sidomulyo"],
        ),
        # a compass word makes another village
        (
            "Rombongan mengunjungi Desa Sidomulyo Barat. Lalu peserta mengunjungi Desa Sidomulyo lagi.",
            ["Desa Sidomulyo Barat", "Desa Sidomulyo"],
        ),
    ],
)
def test_a_village_with_its_address_run_into_its_name_is_the_village(body: str, expected: list[str]) -> None:
    assert _lokus(body) == expected


def test_an_acronym_spelt_out_after_an_officials_title_gives_the_full_name() -> None:
    text = (
        "Sekretaris Badan Perencanaan Pembangunan Daerah (Bappeda) Kota Sukamaju menyambut tamu. "
        "Rombongan lalu berdiskusi di Bappeda."
    )
    assert full_form(text, "Bappeda") == "Badan Perencanaan Pembangunan Daerah (Bappeda)"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a region written with its own short form after it is a trailing region all the same
        ("Rombongan mengunjungi Dinas Sosial Provinsi Jawa Tengah (Jateng) pada Senin.", ["Dinas Sosial"]),
        ("Rombongan mengunjungi Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Jawa Tengah (Jateng).", ["DPRD"]),
        ("Rombongan mengunjungi Dewan Perwakilan Rakyat Daerah Provinsi Jawa Tengah (DPRD Jateng).", ["DPRD"]),
    ],
)
def test_a_region_with_its_short_form_is_cut_off(text: str, names: list[str]) -> None:
    assert units(text) == names


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # where the trip went, then its units after "yaitu"/"yakni"
        (
            "Kunjungan dibagi di dua desa di Bantul, yaitu Desa Wukirsari dan Desa Srimulyo.",
            ["Desa Wukirsari", "Desa Srimulyo"],
        ),
        ("Sebagian peserta berdiskusi di Kecamatan Sewon yakni di Desa Timbulharjo.", ["Desa Timbulharjo"]),
        # near-miss: the senders' villages located by "di", a kind before it
        ("Peserta berasal dari tiga desa di Kecamatan Paga, yaitu Desa Wolowiro dan Desa Mauloo.", []),
    ],
)
def test_units_listed_after_where_the_trip_went(body: str, expected: list[str]) -> None:
    assert _lokus(body) == expected


def _visit(text: str):
    from diklat_cli.extract import extract_text

    (found,) = extract_text(text)
    return found.visit


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Komisi I DPRD Deli Serdang Kaji Banding ke Banda Aceh\nKomisi I DPRD Kabupaten Deli Serdang melakukan "
            "kaji banding ke DPRK Banda Aceh pada Senin (4/9/2023). Rombongan disambut Wakil Ketua DPRK Banda Aceh.\n",
            "DPRK Banda Aceh",
        ),
        (
            "Bapemperda DPRD Makassar Studi Banding ke Jayapura\nBapemperda DPRD Kota Makassar melakukan studi banding "
            "ke DPR Papua di Jayapura pada Senin (4/9/2023) untuk belajar penyusunan perdasus.\n",
            None,
        ),
    ],
)
def test_a_council_under_its_aceh_or_papua_name_is_the_dprd(text: str, host: str | None) -> None:
    visit = _visit(text)
    assert visit.host_agencies == ["DPRD"]
    if host is not None:
        assert visit.destination.host == host


def test_the_national_dpr_is_no_regional_council() -> None:
    visit = _visit(
        "Bapemperda DPRD Makassar Studi Banding ke Jakarta\nBapemperda DPRD Kota Makassar melakukan studi banding "
        "ke Badan Legislasi DPR RI di Jakarta pada Senin (4/9/2023).\n"
    )
    assert "DPRD" not in visit.host_agencies


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the unit before a verb of visiting is its subject, the one that goes
        ("Esoknya Dinas Sosial mengunjungi Dinas Perhubungan.", ["Dinas Perhubungan"]),
        ("Hari kedua, DPRD Provinsi juga mendatangi Dinas Perhubungan.", ["Dinas Perhubungan"]),
        # near-miss: the unit visited, the visitors its subject
        ("Rombongan lalu mengunjungi Dinas Sosial dan Dinas Perhubungan.", ["Dinas Sosial", "Dinas Perhubungan"]),
    ],
)
def test_a_unit_before_a_verb_of_visiting_is_the_one_that_goes(body: str, expected: list[str]) -> None:
    assert _lokus(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an award's label after the kind names a class of villages, no village
        (
            "Rombongan mengunjungi Desa Wukirsari yang meraih predikat Desa Informatif dan Desa Terbaik.",
            ["Desa Wukirsari"],
        ),
        # near-miss: a village whose own name follows the kind
        ("Rombongan mengunjungi Desa Wukirsari dan Desa Srimulyo.", ["Desa Wukirsari", "Desa Srimulyo"]),
    ],
)
def test_an_awards_label_after_a_villages_kind_is_no_village(body: str, expected: list[str]) -> None:
    assert _lokus(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a stop on the trip: "singgah di", "mampir ke" (the intransitive of "menyinggahi")
        ("Sebelum pulang, rombongan singgah di desa wisata Kaki Bukit.", ["desa wisata Kaki Bukit"]),
        ("Dalam perjalanan, rombongan mampir dulu ke Dinas Perhubungan.", ["Dinas Perhubungan"]),
        # near-miss: a unit named beside the trip, no stop made at it
        ("Rombongan menginap di hotel dekat Dinas Perhubungan.", []),
    ],
)
def test_a_unit_the_trip_stops_at_is_visited(body: str, expected: list[str]) -> None:
    assert _lokus(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the council written as the owner of its budget body or of its members' proposals: no unit visited
        (
            "Rombongan mengunjungi Bappeda dan belajar cara Banggar DPRD menyusun anggaran.",
            ["Bappeda"],
        ),
        (
            "Rombongan mengunjungi Bappeda untuk belajar memasukkan pokok-pokok pikiran DPRD ke rencana kerja.",
            ["Bappeda"],
        ),
        # near-miss: the council the group went to
        ("Rombongan mengunjungi Bappeda, lalu DPRD untuk belajar menyusun anggaran.", ["Bappeda", "DPRD"]),
    ],
)
def test_a_council_owning_its_budget_body_or_proposals_is_no_host(body: str, expected: list[str]) -> None:
    assert _lokus(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a kecamatan written as the address of the place just named, its regency after it: where it lies
        (
            "Rombongan mengunjungi BUMDes Sumber Rejeki, Kecamatan Jetis, Kabupaten Bantul.",
            ["BUMDes Sumber Rejeki"],
        ),
        (
            "Rombongan belajar di Pasar Seni Gabusan di Kecamatan Sewon, Kabupaten Bantul.",
            ["Pasar Seni Gabusan"],
        ),
        # near-miss: the kecamatan the group went to
        ("Rombongan mengunjungi Kecamatan Jetis, Kabupaten Bantul.", ["Kecamatan Jetis"]),
        (
            "Rombongan mengunjungi Kecamatan Jetis, Kecamatan Sewon, Kabupaten Bantul.",
            ["Kecamatan Jetis", "Kecamatan Sewon"],
        ),
    ],
)
def test_a_kecamatan_written_as_a_places_address_is_no_host(body: str, expected: list[str]) -> None:
    assert _lokus(body) == expected


# an office whose portfolio is governance ends its name with "Pemerintahan", which the gazetteer reads as the
# government of the region after it: the name keeps the word, only the region goes; after a portfolio of its own
# ("Dinas Pendidikan Pemerintahan Kota A") the word opens the region's government
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Rombongan lalu bertolak ke Biro Pemerintahan Provinsi Jambi untuk berdiskusi.", ["Biro Pemerintahan"]),
        ("Mereka diterima Bagian Tata Pemerintahan Kabupaten Sleman di ruang rapat.", ["Bagian Tata Pemerintahan"]),
        (
            "Studi tiru berlanjut di Bagian Administrasi Pemerintahan Kota Surabaya hari berikutnya.",
            ["Bagian Administrasi Pemerintahan"],
        ),
        ("Peserta menyambangi Bagian Pemerintahan Kabupaten Badung.", ["Bagian Pemerintahan"]),
        # near-misses: the government of the region after an office's own portfolio, and a village's government
        ("Peserta menyambangi Dinas Pendidikan Pemerintahan Kota Bandung.", ["Dinas Pendidikan"]),
        (
            "Peserta menyambangi Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa Kabupaten Kendal.",
            ["Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa"],
        ),
    ],
)
def test_an_office_of_governance_keeps_the_word_before_its_region(body: str, expected: list[str]) -> None:
    assert units(body) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's colon ends the name: the sentence starts after it
        "Bandung, Sespimmen: Sesuai kurikulum, para peserta berangkat ke Kota Batam.",
        # the course's (budget) year is no part of the body's name
        "Para Pasis Sespimmen TA 2019 berangkat ke Kota Batam.",
        "Peserta Sespimmen 2019 berangkat ke Kota Batam.",
    ],
)
def test_an_organizer_name_stops_at_a_colon_or_a_year(text):
    assert [o.name for o in find_organizers(text)] == ["Sespimmen"]
