"""Round r6-detect: whether an article reports a visit at all. Every sentence here is made up for these
tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract import programs
from diklat_cli.extract.cues import describes_visit


def _reports_visit(text: str) -> bool:
    return describes_visit(text, programs.find_activities(text), [])


# ---------------------------------------------------------------- a visit named by its educational purpose
# "kunjungan edukasi", "kunjungan edukatif", "kunjungan belajar" state that the group went to learn as
# "kunjungan studi" does, and headlines write the noun with no verb, followed by who and where to.


@pytest.mark.parametrize(
    "text",
    [
        "Kunjungan Edukasi Jurnalis Kota Lubuklinggau ke Kabupaten Sleman. Rombongan tiba Selasa pagi.",
        "Dinas Pertanian Kabupaten Ngada mengadakan kunjungan edukatif ke Desa Wisata Pujon Kidul bersama "
        "kelompok tani.",
        "Kunjungan belajar puluhan kader PKK dari Kabupaten Sumba Barat menuju Pemkab Gianyar berlangsung dua hari.",
        "Sebanyak 30 guru penggerak melangsungkan kunjungan pembelajaran ke Kota Salatiga pekan lalu.",
        "Kunjungan edukasi pengurus koperasi Kecamatan Tempel, Kabupaten Sleman, ke Kota Magelang dipimpin "
        "camat setempat.",
    ],
)
def test_an_educational_visit_is_a_visit(text: str) -> None:
    assert _reports_visit(text)


@pytest.mark.parametrize(
    "text",
    [
        # talk of such visits names no place gone to
        "Bupati meminta dinas mengurangi kunjungan edukasi ke luar daerah demi penghematan.",
        "Warga Minta Dewan Hentikan Kunjungan Edukasi ke Luar Kota",
        # a working visit without a learning purpose (SCHEMA leaves it out)
        "Gubernur melakukan kunjungan kerja ke Kabupaten Boven Digoel untuk meninjau jalan.",
        # a ceremony: the opening of a training names no trip
        "Bupati membuka pelatihan kepemimpinan di aula kantor bupati, Senin.",
        # an explainer of how to visit a museum
        "Museum itu menerima kunjungan pelajar setiap hari kecuali Senin.",
    ],
)
def test_no_visit_without_the_purpose_and_a_place(text: str) -> None:
    assert not _reports_visit(text)


# ---------------------------------------------------------------- obtaining knowledge is a purpose of learning
# the purpose "to widen what they know" was read with the verbs of widening only; reports write it with any verb
# of getting or gathering ("memperoleh ilmu", "menghimpun bahan penelitian"), of knowledge, experience or study
# material; information, data or a picture of things is gathered on inspections too.


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan perwira siswa tiba di Polres Kebumen, Rabu (4/9/2024), untuk menghimpun bahan kajian tentang "
        "pengamanan pilkada.",
        "Sepuluh camat dari Kabupaten Alor berkunjung ke Kota Kupang guna memperoleh pengetahuan soal "
        "pengelolaan sampah.",
        "Kami datang ke Kabupaten Bantaeng untuk mendapatkan pengalaman mengelola puskesmas keliling, kata ketua "
        "rombongan dari Pemkab Sinjai.",
        "Pengurus BUMDes Kabupaten Lebak bertandang ke Desa Ponggok, Klaten, untuk menggali pengetahuan tata "
        "kelola usaha desa.",
    ],
)
def test_obtaining_knowledge_is_a_purpose_of_learning(text: str) -> None:
    assert _reports_visit(text)


@pytest.mark.parametrize(
    "text",
    [
        # an inspection gathers information and data of a state of affairs, not knowledge
        "Gubernur melakukan kunjungan kerja ke Kabupaten Nabire untuk meninjau banjir dan mengumpulkan data kerusakan.",
        "Bupati berkunjung ke Kecamatan Cangkringan untuk mendapat gambaran kerusakan jalan akibat erupsi.",
        # getting knowledge with no trip
        "Para guru memperoleh pengetahuan baru dari pelatihan daring yang digelar dinas pendidikan.",
    ],
)
def test_gathering_without_learning_or_a_trip_is_no_visit(text: str) -> None:
    assert not _reports_visit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rencana kunjungan edukasi anggota DPRD Kabupaten Sleman ke Kota Batu tahun ini batal karena anggaran "
        "dipangkas.",
        "Warga menolak kunjungan edukasi puluhan pejabat Pemkab Sleman ke Kota Batu yang dinilai boros.",
        "Kunjungan studi pengurus koperasi Kabupaten Bantul ke Kota Malang dibatalkan.",
    ],
)
def test_an_educational_visit_called_off_or_refused_is_no_visit(text: str) -> None:
    assert not _reports_visit(text)
