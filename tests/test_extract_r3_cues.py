"""Round r3-cues: widenings of the cue, programme, participant and date rules to the class of words the
property they state names. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract import cues

# ---------------------------------------------------------------- a trip told by any verb of going
# STRONG_CUES named a trip by "berkunjung", "mengunjungi", "menyambangi", "mendatangi", "datang ke", "tiba di",
# "berangkat ke", "bertolak ke"; reporters write the same going with the bare headline verbs ("Kunjungi",
# "Datangi", "Tandangi"), with "bertandang", "melawat/lawatan", "singgah", "bertamu" and with the passive of
# sending ("diberangkatkan ke", "dilepas ke").


@pytest.mark.parametrize(
    "sentence",
    [
        "Peserta PKA Angkatan II Kunjungi Pemkot Parepare untuk Melihat Layanan Perizinan",
        "Camat se-Kabupaten Sinjai bertandang ke Kantor Bupati Bantaeng pada Rabu pagi.",
        "Rombongan pejabat itu melawat ke Banyuwangi selama dua hari.",
        "Dalam lawatannya, para kepala desa melihat pengelolaan BUMDes yang maju.",
        "Sebelum pulang, peserta sempat singgah di Desa Wisata Pujon Kidul.",
        "Para lurah bertamu ke Kantor Wali Kota Surabaya untuk melihat layanan kependudukan.",
        "Sebanyak 40 peserta Pelatihan Kepemimpinan Pengawas diberangkatkan ke Malang pagi tadi.",
        "Peserta PKP Datangi Mal Pelayanan Publik Kabupaten Sumedang",
    ],
)
def test_any_verb_of_going_states_a_trip(sentence: str) -> None:
    assert cues.travel_cue(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a reader sent to a website goes nowhere
        "Informasi lengkap tentang pelatihan dapat dilihat, kunjungi laman resmi BPSDM Provinsi Jawa Timur.",
        # a team that plays away is no study trip's travel word either way: no verb of going at all
        "Peserta PKA mengikuti pembelajaran klasikal di kampus BPSDM selama dua pekan.",
    ],
)
def test_words_that_are_no_going(sentence: str) -> None:
    assert not cues.travel_cue(sentence)


# ---------------------------------------------------------------- a part of a divided group sent to its place
# "Kelompok pertama ke BPSDM Provinsi A" named the part by "kelompok" only; reports divide a cohort into a
# "tim", "regu", "grup", "gelombang" or "kloter" as well, or by its share ("sebagian peserta ke A, sisanya ke B").


@pytest.mark.parametrize(
    "sentence",
    [
        "Tim pertama ke Bantaeng, tim kedua ke Bulukumba.",
        "Regu A menuju Sidoarjo sedangkan regu B menuju Gresik.",
        "Gelombang kedua ke Banyuwangi pada pekan berikutnya.",
        "Grup satu ke Semarang dan grup dua ke Salatiga.",
        "Sebagian peserta ke Jombang, sisanya ke Kediri.",
        "Kloter pertama menuju Palembang pagi ini.",
    ],
)
def test_any_part_of_a_divided_group_sent_to_a_place(sentence: str) -> None:
    assert cues.travel_cue(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a team counted, not sent: "tim ke-3" is its number
        "Tim ke-3 memaparkan hasil diskusi tentang Reformasi Birokrasi.",
        # a group's share of the marks, not of the travellers
        "Sebagian besar nilai ditentukan oleh Widyaiswara pembimbing.",
    ],
)
def test_parts_that_are_not_sent_anywhere(sentence: str) -> None:
    assert not cues.travel_cue(sentence)


# ---------------------------------------------------------------- a date that closes a speech attribution
# dates.said_on knew the speech verbs by a sample ("kata", "ujar", "jelas", "tegas", "mengatakan" …); reporters
# close a quote with any verb of saying: "sebut", "tandas", "tukas", "beber", "cetus", "kilah", "timpal" (and
# their -nya forms), "lanjutnya", "harapnya", "pintanya", "ajaknya", "akunya", and "menyatakan", "menyebutkan",
# "memaparkan", "membeberkan", "menandaskan", "mengemukakan", "menekankan", "mengaku".


def _said(text: str) -> bool:
    from diklat_cli.extract import dates

    found = dates.find_dates(text)
    return dates.said_on(text, 0, found[-1].start)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Kami ingin belajar dari daerah lain," tandas Kepala Bappeda di ruang kerjanya, Selasa (26/2/2019).',
        '"Pelayanan harus cepat," sebut Sekda kepada wartawan, Rabu (27/2/2019).',
        '"Semua peserta wajib membuat laporan," lanjutnya di kantornya, Kamis (28/2/2019).',
        "Kepala BPSDM memaparkan capaian pelatihan tahun ini di Makassar, Jumat (1/3/2019).",
        "Camat itu mengaku puas dengan hasil pelatihan, Senin (4/3/2019).",
        '"Inovasi ini murah," bebernya, Selasa (5/3/2019).',
    ],
)
def test_any_verb_of_saying_dates_the_words_not_the_visit(sentence: str) -> None:
    assert _said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # said while receiving the group: the day of the visit
        '"Selamat datang," tandas Bupati saat menerima rombongan, Selasa (26/2/2019).',
        # going on to the next stop is no speech
        "Rombongan lalu lanjut ke Kota Batu, Rabu (27/2/2019).",
    ],
)
def test_days_that_are_no_speech_attribution(sentence: str) -> None:
    assert not _said(sentence)
