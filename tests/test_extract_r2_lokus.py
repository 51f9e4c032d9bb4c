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
