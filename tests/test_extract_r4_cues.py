"""Round r4-cues: widenings of the cue, programme, participant and day rules to the class of words the
property they state names. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract import programs

# ---------------------------------------------------------------- a cooperation visit is no working trip
# "kunjungan kerja" (kunker) was read wherever "kunjungan kerja" began a word, so "kunjungan kerjasama" and
# "kunjungan kerja sama" (a visit to sign or discuss a cooperation, however spelled) read as a kunker.


@pytest.mark.parametrize(
    "sentence",
    [
        "Wali Kota Blitar menerima kunjungan kerjasama dari Pemkab Trenggalek.",
        "Rombongan datang dalam rangka kunjungan kerja sama di bidang pariwisata.",
        "Kunjungan kerja-sama itu ditutup dengan penandatanganan nota kesepahaman.",
        "Kunjungan Kerjasama Pemkot Kediri dan Universitas Brawijaya berlangsung Senin.",
    ],
)
def test_a_cooperation_visit_is_no_working_trip(sentence: str) -> None:
    assert all(a.activity != "kunjungan kerja" for a in programs.find_activities(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Komisi B DPRD melakukan kunjungan kerja ke Kota Batu.",
        "Kunjungan Kerja Pansus II berlangsung dua hari.",
    ],
)
def test_a_working_trip_is_still_one(sentence: str) -> None:
    assert [a.activity for a in programs.find_activities(sentence)] == ["kunjungan kerja"]
