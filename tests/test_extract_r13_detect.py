"""Whether a report tells of a visit, round r13-detect. Sentences written for this test."""

from __future__ import annotations

import pytest

from diklat_cli.extract import cues, extract_text


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


# ---------------------------------------------------------------- the passive of learning at or from the host
# Reports also tell what was learnt in the passive, with the place it was learnt at or from: "yang dipelajari
# di Kabupaten X", "dipelajari dari Kota Y".
@pytest.mark.parametrize(
    "text",
    [
        "Hal pertama yang dipelajari di Kabupaten Kebumen adalah sistem antrean daring di puskesmas.",
        "Tata kelola pasar desa dipelajari rombongan langsung di Desa Tamanmartani.",
        "Menurutnya, banyak hal dipelajari dari Kota Pekalongan, terutama pengelolaan batik.",
        "Inovasi perizinan itu dipelajari para pejabat ketika berada di Dinas Penanaman Modal Kota Parepare.",
    ],
)
def test_passive_learning_at_the_host_states_a_trip(text: str) -> None:
    cues.travel_cue.cache_clear()
    assert cues.travel_cue(text)


@pytest.mark.parametrize(
    "text",
    [
        # learnt in the classroom
        "Materi yang dipelajari peserta di aula meliputi manajemen risiko dan etika jabatan.",
        # learnt at home, from a module
        "Modul itu dipelajari secara mandiri oleh peserta dari rumah masing-masing.",
    ],
)
def test_passive_learning_in_class_states_no_trip(text: str) -> None:
    cues.travel_cue.cache_clear()
    assert not cues.travel_cue(text)


# ---------------------------------------------------------------- the host's staff named as "jajaran"/"di lingkungan"
# "di lingkungan Pemkab X" names people of X; when they are named as attending, met, thanked or walking with the
# group, they are the host's staff, not travellers doing something at home.
@pytest.mark.parametrize(
    "text",
    [
        "PROBOLINGGO – Kuliah Kerja Profesi Sespimmen Polri digelar di Polres Probolinggo Kota, Senin (2/6/2025). "
        "Hadir pula para tokoh agama dan pemangku kepentingan di lingkungan Kota Probolinggo.",
        "KEDIRI – Sebanyak 20 serdik Sespimmen Polri menjalani Kuliah Kerja Profesi di Polres Kediri Kota, Selasa "
        "(3/6/2025). Para serdik bertemu jajaran Pemerintah Kota Kediri di balai kota.",
        "BLITAR – Peserta Kuliah Kerja Profesi Sespimmen Polri tiba di Polres Blitar Kota, Rabu (4/6/2025). "
        "Kapolres menyampaikan terima kasih kepada jajaran Pemkot Blitar atas dukungannya.",
        "MADIUN – Kuliah Kerja Profesi Sespimmen Polri berlangsung di Polres Madiun Kota, Kamis (5/6/2025). Serdik "
        "didampingi pejabat di lingkungan Pemerintah Kota Madiun saat meninjau pasar.",
    ],
)
def test_host_staff_in_lingkungan_does_not_make_the_trip_home(text: str) -> None:
    assert extract_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "SLEMAN – Para pejabat di lingkungan Pemkab Sleman berkunjung ke museum perjuangan di Sleman, Jumat "
        "(6/6/2025), dalam rangka studi sejarah.",
        "MADIUN – ASN di lingkungan Pemkot Madiun melakukan kunjungan belajar ke kampung wisata di Kota Madiun, "
        "Sabtu (7/6/2025).",
    ],
)
def test_own_staff_going_about_home_is_no_visit(text: str) -> None:
    assert not extract_text(text)
