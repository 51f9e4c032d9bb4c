"""Whether a report tells of a visit, round r16-detect. Sentences written for this test."""

from __future__ import annotations

import pytest

from diklat_cli.extract import cues, programs, visits
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


# ---------------------------------------------------------------- a particular trip is no definition
# "Kunjungan ini ialah …", "studi banding tersebut merupakan …": a demonstrative makes the subject the trip the
# report tells of, wherever it stands before the copula and on a heading's next line too, so the sentence
# defines nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Manfaat Studi Banding\nTujuan utama kunjungan ini ialah melihat langsung pengelolaan pasar desa.",
        "Studi Banding\nAgenda rombongan selama perjalanan tersebut adalah berdiskusi dengan pengurus BUMDes.",
        "Studi banding ke Desa Pujon Kidul pada pekan lalu itu merupakan yang pertama bagi mereka.",
        "Benchmarking ke Kota Surabaya kali ini adalah bagian dari rangkaian Diklat PKA.",
    ],
)
def test_a_demonstrative_subject_is_no_definition(text: str) -> None:
    assert visits._EXPLAINER.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Apa Itu Studi Banding\nSecara umum, kegiatan belajar ke daerah lain adalah cara menimba pengalaman.",
        "Benchmarking adalah proses membandingkan kinerja dengan praktik terbaik pihak lain.",
    ],
)
def test_a_definition_is_still_one(text: str) -> None:
    assert visits._EXPLAINER.search(text) is not None
