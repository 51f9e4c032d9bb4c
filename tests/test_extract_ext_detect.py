"""Whether an article reports a visit at all (round ext-detect): each rule on sentences of our own, in
several wordings and outlet styles, with near-misses it must leave alone."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _count(text: str) -> int:
    return len(extract_text(text))


# ---- a working trip of an executive (a governor, a regent, a police team) named only "kunjungan kerja",
# with no study purpose: an inspection or a call, not a group going to learn


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Jawa Tengah melakukan kunjungan kerja ke Kabupaten Blora, Selasa (4/6/2024), untuk meninjau"
        " perbaikan jalan provinsi dan menyerahkan bantuan bibit kepada kelompok tani.",
        "BLORA - Bupati Grobogan bersama kepala OPD menggelar kunker ke Kabupaten Blora, Rabu (5/6/2024). Dalam"
        " kunjungan kerja itu rombongan bersilaturahmi dengan warga dan meresmikan jembatan desa.",
        "Kunker Dua Hari Gubernur Riau di Kabupaten Siak\nGubernur Riau dan rombongan menginap di rumah warga"
        " selama kunjungan kerja di Kabupaten Siak, 10-11 Juli 2023, sekaligus menghadiri festival budaya.",
        "Kapolda Jawa Timur beserta pejabat utama melaksanakan kunjungan kerja ke Polres Jember, Kamis"
        " (6/6/2024), untuk mengecek kesiapan personel pengamanan pemilu.",
        "Tim dari Mabes Polri datang dalam rangka kunjungan kerja ke Polres Kupang, Senin (3/6/2024). Tim"
        " mengevaluasi peralatan pengendalian massa yang dimiliki polres.",
    ],
)
def test_an_executive_working_trip_with_no_study_purpose_is_no_visit(text):
    assert _count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a council's kunker to another council: the councils' way of consulting one another, a visit
        "Anggota DPRD Kabupaten Sragen melakukan kunjungan kerja ke DPRD Kabupaten Badung, Selasa (4/6/2024),"
        " membahas ranperda pengelolaan sampah.",
        "Komisi III DPRD Provinsi Jambi menggelar kunker ke Pemerintah Kota Surabaya pada Rabu (5/6/2024)"
        " terkait penataan pasar tradisional.",
        # the council told of going in a sentence of its own, the kunker pointing back to it
        "Pekan lalu DPRD Kabupaten Klaten bertandang ke Pemkot Salatiga, Senin (3/6/2024). Kunjungan kerja"
        " itu membahas tata kelola pasar.",
        # a working trip with a stated purpose of learning from the host is a study visit whoever goes
        "Rombongan Pemkab Grobogan dipimpin bupati melakukan kunjungan kerja ke Kabupaten Banyuwangi, Rabu"
        " (5/6/2024), untuk belajar pengelolaan mal pelayanan publik.",
    ],
)
def test_a_council_kunker_or_one_to_learn_is_still_a_visit(text):
    assert _count(text) == 1


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


@pytest.mark.parametrize(
    "text",
    [
        # a Satpol PP's "pamong praja" is no IPDN cadet, and a job-training centre is a place, not a stage
        "Satuan Polisi Pamong Praja Kabupaten Sleman menggelar apel siaga, Senin (4/3/2024), dihadiri alumni"
        " IPDN yang kini menjabat camat.",
        "Bupati meresmikan gedung baru Balai Latihan Kerja di Kabupaten Bitung, Senin (4/3/2024), untuk pelatihan"
        " pemuda setempat.",
    ],
)
def test_no_cadet_stage_no_visit(text):
    assert _count(text) == 0
