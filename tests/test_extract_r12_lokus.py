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


# ---------------------------------------------------------------- 2. the head of a village or kecamatan receives
# A village's or kecamatan's head is titled by the kind of unit he heads, the unit's name after the title and
# his own after a comma ("diterima Walinagari A, Fulan", "disambut Camat B, Fulan"); when he receives the
# group, the unit he heads is the one visited (a kecamatan, village or kelurahan hosting is a lokus).
@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Rombongan diterima Camat Glagah, Hadi Susanto, di kantornya.", ["Kecamatan Glagah"]),
        ("Peserta disambut hangat oleh Lurah Sobo, Rina Wati, beserta staf kelurahan.", ["Kelurahan Sobo"]),
        ("Setibanya di lokasi, rombongan diterima Walinagari Pariangan, Syafrizal.", ["Nagari Pariangan"]),
        ("Para peserta diterima langsung oleh Perbekel Batuan, Made Sudira, pagi itu.", ["Desa Batuan"]),
        ("Rombongan kemudian disambut Keuchik Lamreh, Zulkifli, dan aparatur gampong.", ["Gampong Lamreh"]),
    ],
)
def test_head_of_village_receiving_names_the_unit(sentence: str, units: list[str]) -> None:
    assert _hosts(_OPENING + sentence + " Kegiatan diikuti 40 peserta.") == [units]


@pytest.mark.parametrize(
    "sentence",
    [
        # the title before the person's own name: no unit named
        "Rombongan diterima Camat Hadi Susanto di kantornya.",
        # the head quoted, not receiving
        "Menurut Lurah Sobo, Rina Wati, pelayanan di wilayahnya sudah digital.",
    ],
)
def test_head_of_village_near_misses(sentence: str) -> None:
    assert _hosts(_OPENING + sentence + " Kegiatan diikuti 40 peserta.") == [[]]
