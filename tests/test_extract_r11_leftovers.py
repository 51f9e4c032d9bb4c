"""Leftover defects found by earlier probes (SCHEMA: a kecamatan or kelurahan that receives the visit
is a unit visited). Sentences written for this test, in several wordings."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.agencies import find_units
from diklat_cli.models import visit_json


def _visits(text: str) -> list[dict]:
    return [visit_json(e.visit) for e in extract_text(text)]


# the office of a kecamatan's or kelurahan's head, named, is that kecamatan or kelurahan: a unit visited,
# kept as written (unlike the office of a bupati, wali kota or governor: a regional government)
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Rombongan juga mampir ke Dinas Pariwisata dan Kantor Camat Ngaglik.", "Kantor Camat Ngaglik"),
        ("Para peserta belajar tata kelola pelayanan di Kantor Camat Jembrana.", "Kantor Camat Jembrana"),
        ("Lokasi praktik lapangan berada di Kantor Lurah Bakungan, Banyuwangi.", "Kantor Lurah Bakungan"),
        ("Sasaran kunjungan: Bappeda, Kantor Camat Depok, Kabupaten Sleman, dan RSUD.", "Kantor Camat Depok"),
        ("Tim menyambangi Kantor Lurah Kidul Dalem untuk melihat adminduk.", "Kantor Lurah Kidul Dalem"),
    ],
)
def test_office_of_a_camat_or_lurah_is_a_unit(text: str, unit: str) -> None:
    assert unit in [u.name for u in find_units(text)]


@pytest.mark.parametrize(
    "text",
    [
        # no name after the office: which kecamatan is not said
        "Mereka lalu diterima di Kantor Camat setempat.",
        # the office of a bupati is the regency's government, not a unit visited
        "Rombongan disambut di Kantor Bupati Sleman.",
    ],
)
def test_unnamed_or_regional_head_office_is_no_unit(text: str) -> None:
    assert find_units(text) == []


def test_camat_office_among_the_units_of_a_visit() -> None:
    text = (
        "Sebanyak 20 perangkat desa Kabupaten Garut studi banding ke Kabupaten Sleman, Senin (6/5/2024). "
        "Mereka mengunjungi Dinas Pariwisata dan Kantor Camat Ngaglik."
    )
    (visit,) = _visits(text)
    assert visit["host_agencies"] == ["Dinas Pariwisata", "Kantor Camat Ngaglik"]
