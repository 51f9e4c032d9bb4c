"""Round r7-schools: the state's schools and training bodies and their cohorts. Every sentence here is
made up for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract import programs
from diklat_cli.extract.visits import extract_visits


def _programs(text: str) -> list[str]:
    return [p.name for p in programs.find_programs(text)]


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
    assert _programs(text) == ["Sespimmen"]


@pytest.mark.parametrize(
    "text",
    [
        # another level of the same college, and a word that only begins the same way
        "Peserta Sespimma Polri mengunjungi Pemkab Kudus.",
        "Kegiatan sespimenko berlangsung di aula.",
    ],
)
def test_other_words_are_not_sespimmen(text: str) -> None:
    assert "Sespimmen" not in _programs(text)


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
    assert _programs(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a youth organisation, and an academy named without its cadets
        "Pengurus Karang Taruna Desa Wonosari belajar ke Desa Ponggok.",
        "Gubernur Akademi Kepolisian meresmikan gedung baru di Semarang.",
    ],
)
def test_no_cadets_no_academy_programme(text: str) -> None:
    assert _programs(text) == []


def test_a_cadets_visit_is_kept() -> None:
    text = (
        "Puluhan taruna Tingkat IV Akademi Kepolisian (Akpol) mendatangi Kantor Bupati Lamongan, Kamis (12/5/2022). "
        "Rombongan diterima Bupati Lamongan bersama Sekda."
    )
    visits = extract_visits(text)
    assert [(v.visit.program, v.visit.destination.regency) for v in visits] == [("Akpol", "Kabupaten Lamongan")]
