"""The words for a cohort's members (extract/trainees.py), one definition the patterns share. Every sentence
here is made up for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from diklat_cli.extract import frames, trainees
from diklat_cli.extract.visits import extract_visits

_PUBLISHED = dt.date(2024, 9, 12)


def _visits(text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(v.visit.program, v.visit.cohort, v.visit.participants) for v in extract_visits(text, published=_PUBLISHED)]


def test_the_class_is_its_words_as_alternatives() -> None:
    assert trainees.TRAINEES.split("|") == [w.replace(" ", r"\s+") for w in trainees.TRAINEE_WORDS]
    assert len(set(trainees.TRAINEE_WORDS)) == len(trainees.TRAINEE_WORDS)
    group = re.compile(r"\b(?:" + trainees.TRAINEES + r")\b", re.IGNORECASE)
    for word in trainees.TRAINEE_WORDS:
        assert group.fullmatch(word.upper().replace(" ", "  "))
    assert not group.search("pesertanya mahasiswi")


def test_no_word_starts_another_so_order_does_not_matter() -> None:
    words = trainees.TRAINEE_WORDS
    assert not [(a, b) for a in words for b in words if a != b and b.lower().startswith(a.lower() + " ")]


def test_a_subset_is_taken_by_name_from_the_class() -> None:
    assert trainees.only("praja", "perwira siswa") == r"praja|perwira\s+siswa"
    with pytest.raises(ValueError):
        trainees.only("praja", "mahasiswa")


# ---------------------------------------------------------------- each word in a visit: counted, cohort read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sebanyak 30 peserta PKA angkatan III Kabupaten Sleman melakukan studi lapangan ke Pemerintah Kota"
            " Magelang, Kamis (12/9/2024).",
            ("PKA", 3, 30),
        ),
        (
            "Sebanyak 45 siswa Diktuba Polri angkatan 12 berkunjung ke Pemerintah Kabupaten Gianyar, Senin (2/9/2024).",
            ("Diktuba Polri", 12, 45),
        ),
        (
            "Sebanyak 40 pasis Sespimmen Polri Dikreg ke-62 berkunjung ke Pemerintah Provinsi Jawa Tengah, Selasa"
            " (3/9/2024).",
            ("Sespimmen", 62, 40),
        ),
        (
            "75 perwira siswa Seskoau angkatan 58 mengunjungi Pemerintah Kabupaten Badung, Rabu (4/9/2024).",
            ("Seskoau", 58, 75),
        ),
        (
            "Gubernur Bali menerima 30 serdik Sespimti Polri Dikreg ke-31 di Jayasabha, Kamis (5/9/2024).",
            ("Sespimti", 31, 30),
        ),
        (
            "Sebanyak 164 praja IPDN angkatan XXX tiba di Kabupaten Gowa untuk praktik lapangan, Jumat (6/9/2024).",
            ("IPDN", 30, 164),
        ),
        (
            "Wali Kota Semarang menyambut 60 taruna Akpol angkatan 55 di Balai Kota, Sabtu (7/9/2024).",
            ("Akpol", 55, 60),
        ),
        (
            "Pemkot Salatiga menerima kunjungan 25 taruni Akademi Kepolisian angkatan 56, Senin (9/9/2024).",
            ("Akpol", 56, 25),
        ),
        (
            "Bupati Kulon Progo menerima 40 CPNS Latsar angkatan II Kabupaten Bantul, Rabu (11/9/2024).",
            ("Latsar CPNS", 2, 40),
        ),
    ],
)
def test_each_word_for_trainees_in_a_visit(text: str, expected: tuple[str, int, int]) -> None:
    assert _visits(text) == [expected]


# ---------------------------------------------------------------- near misses: pupils and students are no cohort
# (SCHEMA "what counts as a visit": the groups are government training cohorts and government people)


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 40 siswa SD Negeri 1 Sleman berkunjung ke Kantor Bupati Sleman, Senin (2/9/2024).",
        "Sebanyak 30 mahasiswa KKN Universitas Gadjah Mada berkunjung ke Pemerintah Kabupaten Gunungkidul, Senin"
        " (2/9/2024).",
    ],
)
def test_pupils_and_students_are_no_cohort(text: str) -> None:
    assert _visits(text) == []


# ---------------------------------------------------------------- every pattern reads the whole class
# (participants: a group named again, "Ke-40 CPNS tersebut"; frames: where one cohort's members come from, by
# any word for them; visits: a state school's trainees are a government group, not students)


def test_a_group_named_again_is_counted_by_any_word_for_trainees() -> None:
    text = (
        "CPNS Latsar angkatan II Kabupaten Bantul studi banding ke Pemerintah Kabupaten Kulon Progo, Rabu"
        " (11/9/2024). Ke-40 CPNS tersebut disambut Sekda."
    )
    assert _visits(text) == [("Latsar CPNS", 2, 40)]


@pytest.mark.parametrize(
    "before",
    [
        "Para taruni berasal dari ",
        "Kadet itu merupakan utusan dari ",
        "Perwira siswa tersebut berasal dari ",
        "Seluruh praja angkatan ini datang dari ",
    ],
)
def test_where_the_members_come_from_by_any_word_for_them(before: str) -> None:
    assert frames.members_come_from(before)


def test_members_homes_are_no_senders_side_by_side() -> None:
    text = (
        "Taruna Akademi Kepolisian angkatan 55 berkunjung ke Pemerintah Provinsi Jawa Timur, Senin (2/9/2024)."
        " Para taruni berasal dari Kabupaten Malang, Kabupaten Jember dan Kota Kediri."
    )
    assert _visits(text) == [("Akpol", 55, None)]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Rombongan kadet Universitas Pertahanan melakukan studi banding ke Pemerintah Kabupaten Bogor, Selasa"
            " (10/9/2024).",
            None,
        ),
        (
            "Sebanyak 30 serdik dan dosen Sekolah Tinggi Ilmu Kepolisian melakukan studi banding ke Pemerintah"
            " Kabupaten Bogor, Selasa (10/9/2024).",
            30,
        ),
        (
            "Pemkab Bogor menerima rombongan CPNS dan dosen Universitas Terbuka yang melakukan studi banding, Selasa"
            " (10/9/2024).",
            None,
        ),
    ],
)
def test_a_state_schools_trainees_are_a_government_group(text: str, participants: int | None) -> None:
    assert _visits(text) == [(None, None, participants)]


@pytest.mark.parametrize(
    "text",
    [
        # "taruna" in a private university's name and in the village youth's organisation
        "Rombongan mahasiswa Universitas Bina Taruna melakukan studi banding ke DPRD Kota Gorontalo, Selasa"
        " (10/9/2024).",
        "Pengurus Karang Taruna dan mahasiswa Universitas Negeri Gorontalo melakukan studi banding ke DPRD Kota"
        " Gorontalo, Selasa (10/9/2024).",
    ],
)
def test_taruna_in_a_name_is_no_government_group(text: str) -> None:
    assert _visits(text) == []


# ---------------------------------------------------------------- the trainees' part of a total, by any word for them


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peserta Latsar angkatan II Kabupaten Bantul studi banding ke Pemerintah Kabupaten Kulon Progo, Rabu"
            " (11/9/2024). Rombongan berjumlah 44 orang, terdiri dari 40 CPNS dan 4 pejabat BKPSDM.",
            ("Latsar CPNS", 2, 40),
        ),
        (
            "Taruna Akpol angkatan 55 berkunjung ke Pemerintah Kota Semarang, Sabtu (7/9/2024). Rombongan berjumlah"
            " 70 orang, terdiri atas 64 taruna serta 6 perwira pengasuh.",
            ("Akpol", 55, 64),
        ),
        (
            "Pasis Sespimmen Polri Dikreg ke-62 berkunjung ke Pemerintah Kabupaten Kudus, Selasa (3/9/2024)."
            " Rombongan berjumlah 36 orang, 30 di antaranya pasis.",
            ("Sespimmen", 62, 30),
        ),
        (
            "Praja IPDN angkatan XXXI melakukan praktik lapangan ke Pemerintah Kabupaten Sumedang, Senin (2/9/2024)."
            " Mereka berjumlah 50 orang, 45 orang diantaranya merupakan praja.",
            ("IPDN", 31, 45),
        ),
    ],
)
def test_the_trainees_part_of_a_total(text: str, expected: tuple[str, int, int]) -> None:
    assert _visits(text) == [expected]


@pytest.mark.parametrize(
    ("tail", "participants"),
    [
        # the part is no trainees: the total stands, or loses the escorts named
        ("Rombongan berjumlah 35 orang, 10 di antaranya perempuan.", 35),
        ("Rombongan berjumlah 35 orang, terdiri dari 32 orang dan 3 widyaiswara.", 32),
    ],
)
def test_a_part_that_is_no_trainees(tail: str, participants: int) -> None:
    text = "Peserta PKA angkatan III Kabupaten Sleman studi lapangan ke Pemerintah Kota Magelang, Kamis (12/9/2024). "
    assert _visits(text + tail) == [("PKA", 3, participants)]


# ---------------------------------------------------------------- the group named by any word for trainees
# (frames: the travellers before a stopover; hosts: the official who received them; senders: another cohort
# opened by "sedangkan")


def _stops(text: str) -> list[tuple[str | None, int | None, str | None, list[str]]]:
    return [
        (v.visit.program, v.visit.cohort, v.visit.destination.regency, v.visit.host_agencies)
        for v in extract_visits(text, published=_PUBLISHED)
    ]


def test_a_stopover_of_the_trainees_named_again() -> None:
    text = (
        "Taruna Akpol angkatan 55 berkunjung ke Pemerintah Kota Semarang, Sabtu (7/9/2024). Sebelumnya, taruna"
        " tersebut singgah di Kabupaten Kendal."
    )
    assert _stops(text) == [("Akpol", 55, "Kota Semarang", []), ("Akpol", 55, "Kabupaten Kendal", [])]


def test_the_unit_of_the_official_who_received_the_trainees() -> None:
    text = (
        "Praja IPDN angkatan XXXI melakukan praktik lapangan ke Kabupaten Sumedang, Senin (2/9/2024). Kepala Dinas"
        " Kesehatan, Budi Santoso, yang menerima praja di kantornya, menjelaskan program kesehatan."
    )
    assert _stops(text) == [("IPDN", 31, "Kabupaten Sumedang", ["Dinas Kesehatan"])]


def test_another_cohort_opened_by_its_trainees() -> None:
    text = (
        "Praja IPDN angkatan XXXI melakukan praktik lapangan ke Kabupaten Sumedang, sedangkan praja angkatan XXXII"
        " ke Kabupaten Garut, Senin (2/9/2024)."
    )
    assert _stops(text) == [("IPDN", 31, "Kabupaten Sumedang", []), ("IPDN", 32, "Kabupaten Garut", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the official received something else; the stopover is the mayor's; the rest of the same cohort
        (
            "Praja IPDN angkatan XXXI melakukan praktik lapangan ke Kabupaten Sumedang, Senin (2/9/2024). Kepala"
            " Dinas Kesehatan, Budi Santoso, yang menerima penghargaan pekan lalu, menjelaskan program kesehatan.",
            [("IPDN", 31, "Kabupaten Sumedang", [])],
        ),
        (
            "Taruna Akpol angkatan 55 berkunjung ke Pemerintah Kota Semarang, Sabtu (7/9/2024). Sebelumnya, Wali Kota"
            " pernah singgah di Kabupaten Kendal.",
            [("Akpol", 55, "Kota Semarang", [])],
        ),
        (
            "Praja IPDN angkatan XXXI melakukan praktik lapangan ke Kabupaten Sumedang, sedangkan praja lainnya ke"
            " Kabupaten Garut, Senin (2/9/2024).",
            [("IPDN", 31, "Kabupaten Sumedang", []), ("IPDN", 31, "Kabupaten Garut", [])],
        ),
    ],
)
def test_near_misses_of_the_group_words(text: str, expected: list) -> None:
    assert _stops(text) == expected
