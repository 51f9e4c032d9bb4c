"""Host agencies (the lokus, the units visited), round r2-lokus.
Sentences written for this test, in several wordings and outlet styles."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _hosts(text: str) -> list[list[str] | None]:
    return [e.visit.host_agencies for e in extract_text(text)]


# a study trip names its topic between the activity and the place ("studi banding soal X di Desa A"): the
# unit after the topic is where the trip went, however many words the topic takes
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "SLEMAN - Sebanyak 30 kepala desa dari Kabupaten Pati melakukan studi banding soal pengelolaan "
            "BUMDes di Desa Sumberarum, Kecamatan Moyudan, Kamis (4/5/2023).",
            ["Desa Sumberarum"],
        ),
        (
            "Pemerintah Kabupaten Kapuas melaksanakan kaji banding mengenai pelayanan perizinan di Dinas "
            "Penanaman Modal Kota Surabaya pada 12 Juni 2023.",
            ["Dinas Penanaman Modal"],
        ),
        (
            "Para peserta Diklatpim IV dari Provinsi Jambi melakukan benchmarking terkait inovasi pelayanan "
            "publik di Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyuwangi, Rabu (9/8/2023).",
            ["Dinas Kependudukan dan Pencatatan Sipil"],
        ),
        (
            "Sebanyak 25 anggota BPD dari Kabupaten Lebak belajar tentang pengelolaan sampah di Desa "
            "Panggungharjo, Kabupaten Bantul, Selasa (2/5/2023).",
            ["Desa Panggungharjo"],
        ),
    ],
)
def test_the_unit_after_a_study_trips_topic_is_visited(text, want):
    assert _hosts(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # the topic followed by a region: no unit
        "Sebanyak 20 kepala desa dari Kabupaten Pati melakukan studi banding soal pengelolaan BUMDes di "
        "Kabupaten Sleman, Kamis (4/5/2023). Mereka diterima Bupati Sleman di Pendopo Rumah Dinas Bupati.",
        # a talk about a topic in a unit's hall is no study trip to it
        "Sebanyak 20 camat dari Kabupaten Pati melakukan studi banding ke Kabupaten Sleman, Kamis "
        "(4/5/2023). Sebelumnya mereka berdiskusi tentang tata kelola arsip di Dinas Kearsipan Kabupaten Pati.",
    ],
)
def test_a_topic_without_a_study_trip_names_no_unit_visited(text):
    assert _hosts(text) == [[]]


# villages written with the kecamatan they lie in ("salah satu desa di Kecamatan B", "dusun A dan B di
# Kecamatan C"): the kecamatan locates them; it is no unit visited
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 30 kepala desa dari Kabupaten Pati studi banding ke Desa Ponggok, Kamis (4/5/2023). Desa "
            "Ponggok adalah salah satu desa di Kecamatan Polanharjo Kabupaten Klaten yang sukses mengelola BUMDes.",
            ["Desa Ponggok"],
        ),
        (
            "Pemkab Tabanan menggelar studi banding ke Desa Penglipuran, Kabupaten Bangli, Senin (3/7/2023). "
            "Penglipuran adalah desa adat di Kecamatan Bangli Kabupaten Bangli yang ramai dikunjungi wisatawan.",
            ["Desa Penglipuran"],
        ),
        (
            "Peserta PKA dari Provinsi Riau belajar ke Desa Pujon Kidul, Kabupaten Malang, Selasa (4/7/2023). "
            "Kampung wisata Pujon Kidul yang berada di Kecamatan Pujon ramai dikunjungi wisatawan.",
            ["Desa Pujon Kidul"],
        ),
        (
            "Sebanyak 20 perangkat desa dari Kabupaten Lebak studi banding ke Desa Panggungharjo, Kabupaten "
            "Bantul, Rabu (5/7/2023). Dusun Glondong dan Dusun Pandes di Kecamatan Sewon Kabupaten Bantul juga "
            "disinggahi.",
            ["Desa Panggungharjo"],
        ),
    ],
)
def test_the_kecamatan_villages_lie_in_is_no_unit_visited(text, want):
    assert _hosts(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a kecamatan the group goes to is visited
        "Sebanyak 15 camat dari Kota Mojokerto melakukan studi banding ke Kecamatan Klojen, Kota Malang, Kamis "
        "(6/7/2023).",
        # village heads (the travellers) studying at a kecamatan: the kecamatan is visited
        "Sebanyak 15 kepala desa dari Kabupaten Pati melakukan studi banding di Kecamatan Klojen, Kota Malang, "
        "Kamis (6/7/2023).",
    ],
)
def test_a_kecamatan_visited_is_kept(text):
    assert _hosts(text) == [["Kecamatan Klojen"]]


# the group's own make-up ("Rombongan terdiri atas …", "Tim beranggotakan …", "Kegiatan diikuti oleh …") lists
# the units that travel, not units visited, unless the trip's preposition stands between
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Pemerintah Desa Sukamaju, Kabupaten Garut, menggelar studi banding ke Desa Ponggok, Kabupaten Klaten, "
            "Kamis (4/5/2023). Rombongan terdiri atas perangkat desa, mulai dari Kepala Urusan, Badan "
            "Permusyawaratan Desa (BPD), hingga Badan Usaha Milik Desa (BUMDes) Sukamaju.",
            ["Desa Ponggok"],
        ),
        (
            "Tim Pemkab Sigi melakukan studi tiru ke Kota Surabaya, Senin (3/7/2023). Tim beranggotakan 12 orang "
            "dari berbagai perangkat daerah, antara lain Bappeda, Inspektorat dan Dinas Pekerjaan Umum.",
            [],
        ),
        (
            "Pemkab Lebak melaksanakan kaji banding ke Kabupaten Bantul, Rabu (5/7/2023). Kegiatan tersebut diikuti "
            "oleh pejabat dari sejumlah OPD, yaitu Inspektorat, Bagian Organisasi dan Dinas Kesehatan.",
            [],
        ),
        (
            "Pemerintah Kabupaten Kapuas menggelar studi banding ke Kabupaten Banyuwangi, Selasa (4/7/2023). "
            "Rombongan terdiri dari Sekretariat Daerah, Bappeda, hingga Dinas Kominfo.",
            [],
        ),
    ],
)
def test_the_groups_make_up_is_not_visited(text, want):
    assert _hosts(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # the travellers' make-up, then where they went
        "Pemkab Lebak melaksanakan kaji banding ke Kabupaten Bantul, Rabu (5/7/2023). Kegiatan diikuti 20 ASN "
        "yang berkunjung ke Dinas Kesehatan dan Bappeda.",
        # a lokus list without a make-up verb
        "Pemkab Lebak melaksanakan kaji banding ke Kabupaten Bantul, Rabu (5/7/2023). Lokus kunjungan antara lain "
        "Dinas Kesehatan dan Bappeda.",
    ],
)
def test_units_visited_after_the_make_up_are_kept(text):
    assert _hosts(text) == [["Dinas Kesehatan", "Bappeda"]]


# the trip held at a unit ("Kunjungan studi dilaksanakan di Desa A", "Kuliah Kerja Profesi … digelar di Polres
# B"), or in the territory a command or police unit keeps ("di wilayah Kodim C", "di wilayah hukum Polres D")
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 17 perwira siswa Seskoad melaksanakan Kuliah Kerja Lapangan Dalam Negeri di wilayah Kodim "
            "0615/Kuningan, Senin (3/7/2023).",
            ["Kodim 0615"],
        ),
        (
            "Sebanyak 20 peserta Sespimmen Polri melaksanakan Kuliah Kerja Profesi di Kabupaten Malang, Senin "
            "(3/7/2023). Para serdik meneliti persoalan di wilayah hukum Polres Malang.",
            ["Polres"],
        ),
        (
            "Sebanyak 25 kepala desa dari Kabupaten Lebak melakukan studi banding, Selasa (4/7/2023). Kunjungan "
            "studi tersebut dilaksanakan di Desa Ponggok Kecamatan Polanharjo Kabupaten Klaten.",
            ["Desa Ponggok"],
        ),
        (
            "Kegiatan Kuliah Kerja Profesi Sespimmen Polri Dikreg ke-65 digelar di Polres Magelang Kota, Jawa "
            "Tengah, Rabu (5/7/2023), diikuti 20 perwira siswa.",
            ["Polres"],
        ),
    ],
)
def test_the_unit_a_trip_is_held_at_is_visited(text, want):
    assert _hosts(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting held in an office is the hall where guests were received
        "Sebanyak 30 peserta PKA dari Provinsi Riau melakukan studi lapangan ke Kota Malang, Jumat (7/7/2023). "
        "Pertemuan digelar di Kantor Bappeda.",
        # a kecamatan keeps no territory of a command: "di wilayah" alone is no visit to it
        "Sebanyak 30 peserta PKA dari Provinsi Riau melakukan studi lapangan ke Kota Malang, Jumat (7/7/2023). "
        "Mereka juga melihat kondisi di wilayah Kecamatan Klojen yang padat.",
    ],
)
def test_a_meeting_hall_or_a_plain_area_is_no_unit_visited(text):
    assert _hosts(text) == [[]]


# the topic written bare, or a second activity beside the first, between the activity and the unit ("studi tiru
# pelayanan perizinan di Dinas A", "kaji tiru dan bimbingan teknis (bimtek) di Desa B"); not where a lesson is
# to be applied
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 30 kepala desa dari Kabupaten Pati melakukan studi banding pengelolaan BUMDes di Desa "
            "Sumberarum, Kecamatan Moyudan, Kamis (4/5/2023).",
            ["Desa Sumberarum"],
        ),
        (
            "Pemerintah Kabupaten Kapuas menggelar studi tiru pelayanan perizinan di Dinas Penanaman Modal "
            "Kota Surabaya pada 12 Juni 2023.",
            ["Dinas Penanaman Modal"],
        ),
        (
            "Rombongan pejabat Kabupaten Katingan dibawa untuk melaksanakan kaji tiru dan bimbingan teknis "
            "(bimtek) di Desa Tetebatu, Kabupaten Lombok Timur, Senin (3/7/2023).",
            ["Desa Tetebatu"],
        ),
        (
            "Peserta Diklatpim IV Provinsi Jambi melakukan benchmarking inovasi Smart City di Dinas "
            "Komunikasi dan Informatika Kabupaten Banyuwangi, Rabu (9/8/2023).",
            ["Dinas Komunikasi dan Informatika"],
        ),
    ],
)
def test_the_unit_after_a_bare_topic_is_visited(text, want):
    assert _hosts(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 20 pegawai dari Kabupaten Pati melakukan studi banding ke Kabupaten Sleman, Kamis "
        "(4/5/2023). Hasil studi banding bisa diterapkan di Dinas Kesehatan nantinya.",
        "Sebanyak 20 pegawai dari Kabupaten Pati melakukan studi banding ke Kabupaten Sleman, Kamis "
        "(4/5/2023). Ilmu dari studi banding itu akan dibawa pulang untuk dikembangkan di Dinas "
        "Kesehatan.",
    ],
)
def test_where_a_lesson_is_applied_is_no_unit_visited(text):
    assert _hosts(text) == [[]]
