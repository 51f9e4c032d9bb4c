"""Defects found by probing diklat with short articles of our own (SCHEMA: one group touring two
places gives two visits). Sentences written for this test, in several wordings."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.models import visit_json


def _visits(text: str) -> list[dict]:
    return [visit_json(e.visit) for e in extract_text(text)]


def _regencies(text: str) -> list[str | None]:
    return sorted(v["destination"]["regency"] or "" for v in _visits(text))


# a verb of going on to the next stop ("dilanjutkan ke", "berlanjut ke", "lanjut ke") sends the same
# group on to a second place: two stops, two visits
@pytest.mark.parametrize(
    "text",
    [
        "PURWOREJO – Sebanyak 36 peserta Latsar CPNS Kabupaten Purworejo melaksanakan studi lapangan ke "
        "Kabupaten Boyolali pada Selasa (4/7/2023) dan dilanjutkan ke Kota Salatiga pada Rabu (5/7/2023).",
        "BLORA – Peserta PKP Angkatan II Kabupaten Blora melakukan studi lapangan ke Kabupaten Pati, "
        "dilanjutkan ke Kabupaten Jepara keesokan harinya, 8-9 Agustus 2023.",
        "NGANJUK – Rombongan kepala desa se-Kabupaten Nganjuk studi banding ke Kabupaten Malang, lalu "
        "berlanjut ke Kota Batu untuk melihat desa wisata, 14 Maret 2023.",
        "SRAGEN – Komisi B DPRD Kabupaten Sragen studi banding ke Kabupaten Sleman, Kamis (2/2/2023), "
        "setelah itu lanjut ke Kabupaten Bantul untuk mempelajari pengelolaan pasar.",
    ],
)
def test_going_on_to_a_second_place_is_a_second_visit(text: str) -> None:
    visits = _visits(text)
    assert len(visits) == 2
    assert len({v["destination"]["regency"] for v in visits}) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the talk goes on, not the group: one place
        "PATI – Peserta PKP Kabupaten Blora studi lapangan ke Kabupaten Pati, Selasa (8/8/2023). Acara "
        "dilanjutkan dengan diskusi di Dinas Kependudukan dan Pencatatan Sipil.",
        # a speaker goes on ("lanjut Budi"): one place
        "PATI – Peserta PKP Kabupaten Blora studi lapangan ke Kabupaten Pati, Selasa (8/8/2023). "
        '"Kami ingin belajar," lanjut Budi, Kepala BKPSDM Blora.',
    ],
)
def test_going_on_without_a_place_is_one_visit(text: str) -> None:
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0]["destination"]["regency"] == "Kabupaten Pati"


# a host's account of its guests one after another: the body whose turn it is ("giliran X") came
@pytest.mark.parametrize(
    "text",
    [
        "KLATEN – Pemkab Klaten menerima dua rombongan studi banding. Selasa (7/3/2023), DPRD Kabupaten "
        "Wonogiri datang mempelajari pasar rakyat. Kamis (9/3/2023), giliran Pemerintah Kabupaten Sukoharjo "
        "yang belajar tentang perizinan.",
        "KLATEN – Pemkab Klaten menerima dua rombongan studi banding. Selasa (7/3/2023), DPRD Kabupaten "
        "Wonogiri datang mempelajari pasar rakyat. Kamis (9/3/2023), kini giliran perangkat daerah Kabupaten "
        "Sukoharjo yang menimba ilmu soal perizinan.",
        "KLATEN – Pemkab Klaten menerima dua rombongan studi banding. Selasa (7/3/2023), DPRD Kabupaten "
        "Wonogiri datang mempelajari pasar rakyat. Lalu pada Kamis (9/3/2023) tiba giliran Bappeda "
        "Kabupaten Sukoharjo mempelajari perencanaan.",
        "KLATEN – Pemkab Klaten menerima dua rombongan studi banding. Selasa (7/3/2023), DPRD Kabupaten "
        "Wonogiri datang mempelajari pasar rakyat. Sesudahnya, Kamis (9/3/2023), giliran OPD Kabupaten "
        "Sukoharjo yang belajar pengelolaan sampah.",
    ],
)
def test_the_body_whose_turn_it_is_came(text: str) -> None:
    visits = _visits(text)
    assert sorted(v["origin"]["regency"] for v in visits) == ["Kabupaten Sukoharjo", "Kabupaten Wonogiri"]
    assert {v["destination"]["regency"] for v in visits} == {"Kabupaten Klaten"}


@pytest.mark.parametrize(
    "text",
    [
        # the places a group's turn takes it to are where it goes
        "SLEMAN – Komisi A DPRD Kabupaten Sleman studi banding ke Kota Malang, Senin (6/3/2023). Pekan depan "
        "giliran Komisi B yang berangkat ke Kabupaten Banyuwangi.",
        "SLEMAN – Komisi A DPRD Kabupaten Sleman studi banding ke Kota Malang, Senin (6/3/2023). Kali ini "
        "giliran beberapa kota di Jawa Timur yang didatangi legislator Sleman.",
    ],
)
def test_a_turn_to_go_somewhere_names_no_sender(text: str) -> None:
    visits = _visits(text)
    assert visits
    assert {v["origin"]["regency"] for v in visits} == {"Kabupaten Sleman"}


# a study trip only urged on others (a wish, a request, a call) is no report of one
@pytest.mark.parametrize(
    "text",
    [
        "SOREANG – Menteri meresmikan gedung pelayanan terpadu Kabupaten Bandung, Kamis (7/12/2023). Menteri "
        "berharap daerah lain melakukan studi banding ke gedung ini.",
        "JAKARTA – Mendagri meminta para kepala daerah menggelar studi banding ke Kota Surabaya soal pengelolaan "
        "sampah, Rabu (4/10/2023).",
        "MATARAM – Gubernur mendorong pemerintah kabupaten se-NTB agar melaksanakan studi tiru ke Kabupaten "
        "Banyuwangi, Senin (2/10/2023).",
        "SEMARANG – Ketua DPRD Jawa Tengah mengajak DPRD kabupaten dan kota datang untuk studi banding tentang "
        "e-budgeting, Selasa (3/10/2023).",
    ],
)
def test_a_trip_urged_on_others_is_no_visit(text: str) -> None:
    assert _visits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the trip is told as done; the wish is about its fruit
        "BATU – Sebanyak 20 anggota DPRD Kabupaten Musi Rawas Utara melakukan studi banding ke Kota Batu, "
        "Senin (9/10/2023). Ketua rombongan berharap studi banding ini membawa manfaat.",
        # the host urges others, but its own guests came
        "BATU – Pemkot Batu menerima studi banding 20 anggota DPRD Kabupaten Musi Rawas Utara, Senin "
        "(9/10/2023). Wali Kota mendorong daerah lain melakukan studi banding serupa.",
    ],
)
def test_a_trip_told_beside_a_wish_is_a_visit(text: str) -> None:
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0]["destination"]["regency"] == "Kota Batu"


# a village or sub-district by any of its local names (pekon, nagari, kampung, jorong, gampong, distrik,
# kapanewon), named after a regency and followed by its own regency, lies in that regency: the name is no
# second destination
@pytest.mark.parametrize(
    ("text", "regency"),
    [
        (
            "PRINGSEWU – Kepala pekon se-Kabupaten Tanggamus studi banding di Pekon Sukoharjo, Kabupaten "
            "Pringsewu, Rabu (13/12/2023).",
            "Kabupaten Pringsewu",
        ),
        (
            "PARIAMAN – Sebanyak 20 wali nagari Kabupaten Pasaman studi banding ke Nagari Sleman, Kabupaten "
            "Padang Pariaman, Kamis (14/12/2023).",
            "Kabupaten Padang Pariaman",
        ),
        (
            "LEBAK – Perangkat desa Kabupaten Serang belajar pengelolaan sampah ke Kampung Bantul, Kabupaten "
            "Lebak, Senin (11/12/2023).",
            "Kabupaten Lebak",
        ),
        (
            "JAYAPURA – Kepala kampung Kabupaten Keerom studi banding ke Distrik Sorong, Kota Jayapura, Selasa "
            "(12/12/2023).",
            "Kota Jayapura",
        ),
    ],
)
def test_a_local_village_named_like_a_regency_is_in_its_regency(text: str, regency: str) -> None:
    visits = _visits(text)
    assert [v["destination"]["regency"] for v in visits] == [regency]


@pytest.mark.parametrize(
    "text",
    [
        # the regency named after a plain word is the place gone to
        "SLEMAN – Sebanyak 20 kepala desa Kabupaten Pasaman studi banding ke Sleman, Kamis (14/12/2023), "
        "dan mengunjungi Desa Wisata Pentingsari.",
        # a village word with the regency as a separate place named after a comma
        "SLEMAN – Sebanyak 20 kepala desa Kabupaten Pasaman studi banding ke Kampung Flory di Kabupaten Sleman, "
        "Kamis (14/12/2023).",
    ],
)
def test_a_regency_after_a_plain_word_stays_the_destination(text: str) -> None:
    visits = _visits(text)
    assert [v["destination"]["regency"] for v in visits] == ["Kabupaten Sleman"]
