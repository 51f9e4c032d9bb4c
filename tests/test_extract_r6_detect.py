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
