"""Units visited (lokus), round r12-lokus. Sentences written for this test, in several wordings."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _hosts(text: str) -> list[list[str]]:
    return [e.visit.host_agencies for e in extract_text(text)]


_OPENING = (
    "BANYUWANGI - Peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II Kabupaten Sleman "
    "melaksanakan studi lapangan ke Kabupaten Banyuwangi, Selasa (12/3/2024). "
)


# ---------------------------------------------------------------- 1. the object-focus verb of visiting
# A report names the units a group went to in a relative clause whose verb is in its object-focus form,
# the doer before the bare stem ("yang mereka datangi, yaitu Desa A dan Desa B", "yang kami kunjungi
# adalah …"), as it does with the di- form ("yang dikunjungi"); every verb of visiting takes that form.
@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        (
            "Ada dua desa yang mereka datangi, yaitu Desa Kemiren dan Desa Olehsari.",
            ["Desa Kemiren", "Desa Olehsari"],
        ),
        (
            "Dua dinas yang mereka kunjungi adalah Dinas Sosial dan Dinas Perhubungan.",
            ["Dinas Sosial", "Dinas Perhubungan"],
        ),
        (
            "Sebelumnya, tiga lokasi sudah lebih dulu kami sambangi, yakni Kecamatan Genteng, Kelurahan Sobo "
            "dan Puskesmas Kabat.",
            ["Kecamatan Genteng", "Kelurahan Sobo", "Puskesmas Kabat"],
        ),
        (
            "Tempat yang kita kunjungi berikutnya adalah Dinas Perikanan dan Badan Kesatuan Bangsa dan Politik.",
            ["Dinas Perikanan", "Badan Kesatuan Bangsa dan Politik"],
        ),
        (
            "Hari kedua, yang mereka sambangi ialah RSUD Blambangan serta Mal Pelayanan Publik.",
            ["RSUD Blambangan", "Mal Pelayanan Publik"],
        ),
    ],
)
def test_object_focus_visit_verb_lists_units(sentence: str, units: list[str]) -> None:
    assert _hosts(_OPENING + sentence + " Kegiatan diikuti 40 peserta.") == [units]


@pytest.mark.parametrize(
    "sentence",
    [
        # the places the clause lists are regions, no unit
        "Daerah yang mereka datangi, yaitu Kabupaten Banyuwangi dan Kabupaten Jember.",
        # the hall where the guests were received, no verb of visiting
        "Rombongan diterima Asisten Administrasi Umum di Aula Bappeda.",
    ],
)
def test_object_focus_near_misses(sentence: str) -> None:
    assert _hosts(_OPENING + sentence + " Kegiatan diikuti 40 peserta.") == [[]]
