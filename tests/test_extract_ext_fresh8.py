"""Rules written for the shapes of the ld-/le-/lf- field articles (ext-fresh8), each on sentences
of our own, in several wordings, with near-misses the rule must leave alone."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _regencies(text: str) -> list[str | None]:
    return sorted(e.visit.destination.regency or "" for e in extract_text(text))


# ---- "baik A maupun B": a correlative pair of the parties, not a list of places gone to


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan DPRD Kabupaten Sikka melakukan studi banding ke Kabupaten Badung, Rabu (4/5/2022). Pertemuan"
        " itu bermanfaat untuk membangun daerah masing-masing, baik Kabupaten Sikka maupun Kabupaten Badung.",
        "Anggota DPRD Kabupaten Sikka studi banding di Kabupaten Badung, Rabu (4/5/2022). Persoalan sampah"
        " dialami baik Kabupaten Sikka maupun Kabupaten Badung, kata ketua rombongan.",
        "BADUNG - Pemkab Badung menerima studi banding DPRD Kabupaten Sikka, Rabu (4/5/2022). Menurut Sekda,"
        " baik Kabupaten Badung maupun Kabupaten Sikka sama-sama daerah wisata.",
        "Komisi II DPRD Kabupaten Sikka belajar ke Kabupaten Badung pada Rabu (4/5/2022). Kerja sama kedua"
        " daerah, baik Kabupaten Sikka maupun Kabupaten Badung, akan dilanjutkan tahun depan.",
    ],
)
def test_baik_maupun_pairs_the_parties_and_lists_no_destination(text):
    assert _regencies(text) == ["Kabupaten Badung"]


@pytest.mark.parametrize(
    "text",
    [
        # the preposition repeated: the pair is where the group went
        "Rombongan DPRD Kabupaten Sikka melakukan studi banding baik ke Kabupaten Badung maupun ke Kota"
        " Denpasar, Rabu (4/5/2022), untuk belajar soal sampah.",
        # an enumeration closed by "maupun"
        "Rombongan DPRD Kabupaten Sikka studi banding ke beberapa daerah, seperti Kabupaten Badung, Kota"
        " Denpasar maupun Kabupaten Gianyar, Rabu (4/5/2022).",
    ],
)
def test_maupun_still_closes_a_list_of_destinations(text):
    assert len(extract_text(text)) >= 2


# ---- a trip abroad: every group the article sends goes there, not only the first


def _abroad(text: str) -> list[tuple]:
    return sorted(
        (e.visit.cohort or 0, e.visit.origin.regency or "", e.visit.destination.host or "") for e in extract_text(text)
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peserta PKN II Angkatan 5 dan Angkatan 6 BPSDM Jawa Timur melaksanakan studi lapangan ke Malaysia,"
            " 3-8 Juli 2023.",
            [(5, "", "Malaysia"), (6, "", "Malaysia")],
        ),
        (
            "Rombongan DPRD Kabupaten Jember serta rombongan DPRD Kabupaten Banyuwangi melakukan studi banding ke"
            " Korea Selatan pada 3-8 Juli 2023.",
            [(0, "Kabupaten Banyuwangi", "Korea Selatan"), (0, "Kabupaten Jember", "Korea Selatan")],
        ),
        (
            "Sebanyak 60 peserta Diklatpim III Angkatan I dan Angkatan II Provinsi Jambi berangkat benchmarking ke"
            " Singapura, Senin (3/7/2023).",
            [(1, "", "Singapura"), (2, "", "Singapura")],
        ),
        (
            "Dua rombongan, yakni DPRD Kota Batu dan DPRD Kota Malang, studi banding ke Jepang pada 3-8 Juli 2023.",
            [(0, "Kota Batu", "Jepang"), (0, "Kota Malang", "Jepang")],
        ),
    ],
)
def test_each_group_goes_abroad(text, want):
    assert _abroad(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # one group, escorted by an official of its own region
        "Rombongan DPRD Kabupaten Jember didampingi Kepala Bappeda Kabupaten Jember studi banding ke Jepang,"
        " Senin (3/7/2023).",
        # one cohort, sent off by a head of region
        "Bupati Jember melepas peserta Diklatpim III Angkatan II yang berangkat benchmarking ke Singapura, Senin"
        " (3/7/2023).",
    ],
)
def test_one_group_abroad_stays_one_visit(text):
    assert len(extract_text(text)) == 1
