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
