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
