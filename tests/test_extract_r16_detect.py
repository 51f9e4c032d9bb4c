"""Whether a report tells of a visit, round r16-detect. Sentences written for this test."""

from __future__ import annotations

import pytest

from diklat_cli.extract import cues, programs
from diklat_cli.extract.senders import cohort_keys


def _describes(text: str) -> bool:
    cues.travel_cue.cache_clear()
    found = programs.find_programs(text) or programs.find_open_programs(text)
    keys = cohort_keys(text, found, programs.find_cohorts(text))
    return cues.describes_visit(text, programs.find_activities(text), keys)


# ---------------------------------------------------------------- a ceremony report that tells the fieldwork
# An opening or closing report that also tells the trip says it in a sentence of its own, by any words that
# state one: fieldwork or learning done at a village, a kecamatan or a named region counts like a verb of going.
@pytest.mark.parametrize(
    "text",
    [
        "Upacara pembukaan Latsar CPNS Angkatan 7 dipimpin Kepala BPSDM. Selama sepekan peserta melakukan "
        "pengamatan di empat desa di Kabupaten Kendal.",
        "Penutupan PKA Angkatan III berlangsung di aula. Sebelumnya para peserta menjalani pembelajaran di "
        "Kelurahan Sukamaju, Kota Depok.",
        "Gubernur membuka Diklatpim IV Angkatan 12 hari ini. Para peserta juga mengadakan wawancara di dua "
        "kecamatan di Kabupaten Garut.",
        "Wisuda taruna Akademi Militer digelar Sabtu. Dua pekan sebelumnya para taruna Akademi Militer belajar "
        "tata kelola desa di Kabupaten Temanggung.",
    ],
)
def test_ceremony_report_with_fieldwork_sentence_describes_a_visit(text: str) -> None:
    assert _describes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the head receiving the trainees is the ceremony itself
        "Upacara pembukaan Latsar CPNS Angkatan 7 dipimpin Kepala BPSDM, yang menyambut seluruh peserta di aula.",
        # fieldwork still to come, told at the opening
        "Gubernur membuka PKA Angkatan II hari ini. Nantinya peserta akan melakukan pengamatan di tiga desa.",
        # the learning told inside the ceremony's own sentence
        "Saat membuka PKP Angkatan 4, Sekda berpesan agar inovasi yang dipelajari di Kabupaten Sleman diterapkan.",
    ],
)
def test_ceremony_report_without_a_trip_sentence_describes_none(text: str) -> None:
    assert not _describes(text)
