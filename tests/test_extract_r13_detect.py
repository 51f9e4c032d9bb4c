"""Whether a report tells of a visit, round r13-detect. Sentences written for this test."""

from __future__ import annotations

import pytest

from diklat_cli.extract import cues


# ---------------------------------------------------------------- learning FROM the host
# Reports say the group learns "dari" the host government, village or office as much as "di"/"ke" it:
# "belajar dari Kota X", "menimba ilmu … dari Dinas Y", "mengadopsi program dari Kota Z".
@pytest.mark.parametrize(
    "text",
    [
        "Para peserta PKP Angkatan II menimba ilmu pengelolaan sampah terpadu dari Dinas Lingkungan Hidup Banyumas.",
        "Kami sengaja belajar dari Kota Cimahi soal layanan adminduk keliling, kata ketua rombongan.",
        "Tim penggerak PKK itu ingin mengadopsi program dapur sehat dari Kabupaten Bantaeng.",
        "Sebanyak 30 kepala desa mendalami tata kelola BUMDes dari Desa Panggungharjo selama dua hari.",
    ],
)
def test_learning_from_the_host_states_a_trip(text: str) -> None:
    cues.travel_cue.cache_clear()
    assert cues.travel_cue(text)


@pytest.mark.parametrize(
    "text",
    [
        # who the people are, not whom they learn from
        "Panitia mempelajari berkas para peserta dari Kota Tegal sebelum seleksi dimulai.",
        # learning from a lesson, not from a place
        "Pemerintah harus belajar dari pengalaman banjir tahun lalu agar tidak terulang.",
    ],
)
def test_learning_from_people_or_lessons_states_no_trip(text: str) -> None:
    cues.travel_cue.cache_clear()
    assert not cues.travel_cue(text)
