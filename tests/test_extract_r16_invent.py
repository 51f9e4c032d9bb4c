"""Invented records, round r16-invent. Sentences written for this test, in several wordings and outlet styles."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.abroad import find_stops


# ---------------------------------------------------------------- 1. a trip abroad only proposed or applied for
# A country named in a sentence that proposes the trip or applies for it ("mengusulkan studi banding ke X",
# "surat permohonan ... dengan tujuan X", "diusulkan ikut ... ke X") is where a group wishes to go: the
# proposal is the news, no trip is reported.
@pytest.mark.parametrize(
    "text",
    [
        "TAPANULI - Puluhan kepala desa di Tapanuli Tengah mengusulkan studi banding ke Vietnam untuk belajar "
        "budidaya kopi. Usulan itu masih dibahas dinas terkait.",
        "Surat permohonan izin perjalanan 9 anggota DPRD Sumbawa dengan tujuan Korea Selatan sudah dikirim "
        "ke Kemendagri, namun hingga kini belum dijawab.",
        "Sejumlah camat diusulkan mengikuti kunjungan belajar ke Jepang tahun depan, kata Sekda dalam rapat "
        "anggaran, Senin.",
        "Komisi II DPRD Kota Palopo mengajukan rencana kaji banding ke Malaysia kepada pimpinan dewan untuk "
        "mempelajari tata kelola pasar tradisional.",
        "Kepala dinas mewacanakan pengiriman 15 petani muda untuk magang di Taiwan, sebab hasil pertanian "
        "mereka dinilai perlu ditingkatkan.",
    ],
)
def test_proposed_trip_abroad_names_no_stop(text: str) -> None:
    assert find_stops(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the trip is told as made (the proposal long settled, or a word that only looks alike)
        "MATARAM - Sebanyak 20 kepala desa dari Lombok Utara berangkat ke Thailand pada 3 Mei 2024 untuk "
        "studi banding pengelolaan desa wisata.",
        "Rombongan Pemkab Jembrana tiba di Jepang, Selasa (4/6/2024), untuk belajar pengelolaan sampah dari "
        "pemerintah kota Kitakyushu.",
        # the words of applying that mean something else: a plea at a send-off, a reporter's question, knowledge
        "Mohon doa restu, kata Bupati, saat melepas 20 kepala desa yang berangkat ke Jepang pada 5 Juni 2024.",
        "Menjawab pertanyaan yang diajukan wartawan, Sekda menyebut rombongan sudah tiba di Korea Selatan, Senin.",
        "Studi banding ke Belanda itu untuk menambah wacana dan wawasan 12 anggota dewan, ujar Ketua DPRD.",
    ],
)
def test_trip_abroad_told_as_made_still_has_its_stop(text: str) -> None:
    assert find_stops(text)


def test_proposed_trip_abroad_gives_no_visit() -> None:
    text = (
        "BLANGKEJEREN - Sebanyak 80 kepala kampung di Gayo Lues mengusulkan kegiatan bimbingan teknis ke "
        "Malaysia dalam rangka studi banding. Menurut Kepala DPMK, rencana itu baru sebatas usulan dan masih "
        "ditelaah."
    )
    assert extract_text(text) == []


# ---------------------------------------------------------------- 2. a regency located in its former province
# Reports locate a regency in the province its own was carved out of, before a split and long after it
# ("DPRD Kabupaten Pegunungan Bintang, Provinsi Papua", "Kabupaten Maybrat, Papua Barat"): that province only
# locates the regency, as its current one does, and is no second region (no second sender or guest).
@pytest.mark.parametrize(
    ("text", "regency", "province"),
    [
        (
            "Pemkab Sleman menerima kunjungan studi banding DPRD Kabupaten Yahukimo, Provinsi Papua, Kamis "
            "(4/7/2019). Para tamu belajar pengelolaan BUMDes.",
            "Kabupaten Yahukimo",
            "Papua Pegunungan",
        ),
        (
            "Kabupaten Banyuwangi menerima kunjungan rombongan kepala kampung dari Kabupaten Asmat, Papua, pada "
            "10 Oktober 2018. Mereka ingin belajar tata kelola desa wisata.",
            "Kabupaten Asmat",
            "Papua Selatan",
        ),
        (
            "Wali Kota Surabaya menyambut tamu dari Pemerintah Kabupaten Tambrauw, Provinsi Papua Barat, Selasa "
            "(2/4/2019). Rombongan datang untuk belajar pengelolaan sampah.",
            "Kabupaten Tambrauw",
            "Papua Barat Daya",
        ),
        (
            "Kedatangan tamu dari DPRD Kabupaten Nunukan, Provinsi Kalimantan Timur, disambut Bupati Gianyar "
            "di ruang rapat, Senin (6/5/2011). Mereka datang untuk belajar tata kelola pariwisata.",
            "Kabupaten Nunukan",
            "Kalimantan Utara",
        ),
    ],
)
def test_regency_in_former_province_is_one_sender(text: str, regency: str, province: str) -> None:
    visits = [e.visit for e in extract_text(text)]
    assert len(visits) == 1
    assert (visits[0].origin.regency, visits[0].origin.province) == (regency, province)


def test_former_province_locates_only_its_own_regencies() -> None:
    from diklat_cli.extract.place_roles import resolved_places

    # its own regency: the province is dropped as a mere locator
    assert [p.region.name for p in resolved_places("DPRD Kabupaten Mimika, Provinsi Papua datang.")] == [
        "Kabupaten Mimika"
    ]
    # near-misses: a province that was never the regency's, and two bodies listed, each stay a region
    names = [p.region.name for p in resolved_places("DPRD Kabupaten Mimika, Provinsi Maluku datang.")]
    assert names == ["Kabupaten Mimika", "Maluku"]
    names = [p.region.name for p in resolved_places("Pemkab Mimika dan Pemprov Papua datang bersama.")]
    assert names == ["Kabupaten Mimika", "Papua"]


# ---------------------------------------------------------------- 1b. the same at home: a trip only proposed
# The words that make a country no stop make a trip at home no trip either: a study trip written only as the
# thing proposed or applied for ("mengusulkan studi banding", "usulan kunjungan kerja", "permohonan studi
# tiru") is talk of a trip, as a wish or a budget line is; granted in the same clause, it is decided.
@pytest.mark.parametrize(
    "text",
    [
        "Usulan kunjungan kerja Komisi B DPRD Kabupaten Sikka ke Kota Surabaya masih dibahas badan musyawarah.",
        "Puluhan kepala desa di Kabupaten Bima mewacanakan studi banding ke Desa Ponggok, Klaten, tahun depan.",
        "Pemerintah Desa Sukamaju mengusulkan studi tiru ke Kabupaten Banyuwangi dalam musyawarah desa, Rabu "
        "(5/6/2024).",
        "Fraksi di DPRD Kota Bitung mengajukan kaji banding ke Kota Makassar, namun pimpinan dewan belum "
        "menjawabnya hingga Jumat (7/6/2024).",
    ],
)
def test_trip_only_proposed_is_no_visit(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the proposal granted, and a trip told as made beside the word "usulan" of something else
        "Setelah permohonan studi banding ke Kabupaten Badung disetujui, 40 anggota DPRD Kota Tual berangkat pada "
        "Senin (3/6/2024).",
        "Sebanyak 25 kepala desa dari Kabupaten Lebak melakukan studi banding ke Desa Ponggok, Klaten, Selasa "
        "(4/6/2024), untuk menyusun usulan program BUMDes.",
    ],
)
def test_trip_granted_or_made_is_a_visit(text: str) -> None:
    assert extract_text(text)
