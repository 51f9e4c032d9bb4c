"""Visits missed by detection, found by probing (round r16-probe-c). Articles written for this test."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _count(text: str) -> int:
    return len(extract_text(text))


# ---------------------------------------------------------------- 1. coming for the study trip
# A report (often the host's) says the guests came FOR the trip, the activity named after "datang untuk /
# guna / dalam rangka", with no other verb of going: coming for a study trip states the trip as surely as
# "datang untuk belajar".
@pytest.mark.parametrize(
    "text",
    [
        (
            "Sekda Kota Kediri Paparkan Program Unggulan\n"
            "\n"
            "KEDIRI - Sekretaris Daerah Kota Kediri memaparkan program unggulan kota di hadapan 36 peserta "
            "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan III Kabupaten Nganjuk di Balai Kota, Rabu (6/3/2024)."
            " Para peserta datang untuk studi lapangan."
        ),
        (
            "Wakil Bupati Sidoarjo Paparkan Inovasi Kepada Pejabat Pemkab Bojonegoro\n"
            "\n"
            "SIDOARJO - Wakil Bupati Sidoarjo memaparkan sejumlah inovasi kepada 20 pejabat Pemkab Bojonegoro di "
            "Pendopo Delta Wibawa, Selasa (14/5/2024). Mereka datang dalam rangka benchmarking pelayanan "
            "perizinan."
        ),
        (
            "Kepala Bappeda Terima Komisi II DPRD Kabupaten Sambas\n"
            "\n"
            "PONTIANAK - Kepala Bappeda Kota Pontianak berdialog dengan anggota Komisi II DPRD Kabupaten Sambas "
            "di ruang rapat Bappeda, Kamis (8/8/2024). Komisi II datang untuk melakukan kaji banding tentang "
            "perencanaan pembangunan."
        ),
        (
            "Peserta PKA Kota Bengkulu Diskusi dengan Sekda Kota Lubuklinggau\n"
            "\n"
            "LUBUKLINGGAU - Sebanyak 30 peserta PKA Angkatan I Kota Bengkulu berdiskusi dengan Sekda Kota "
            "Lubuklinggau di Ruang Rapat Sekda, Senin (2/9/2024). Mereka datang guna studi tiru pengelolaan "
            "pasar."
        ),
    ],
)
def test_came_for_the_activity_is_a_trip(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # urged on others, no trip of anyone's
        (
            "Ketua DPRD Ajak Anggota Dewan Daerah Lain Datang\n"
            "\n"
            "SEMARANG - Ketua DPRD Jawa Tengah mengajak pimpinan DPRD kabupaten datang untuk studi banding ke "
            "gedung dewan provinsi kapan saja, Senin (4/3/2024). Ia menyebut pintu terbuka bagi siapa saja."
        ),
        # come for an opening, no study trip
        (
            "Bupati Buka Pelatihan Kepemimpinan Pengawas\n"
            "\n"
            "KENDAL - Bupati Kendal membuka PKP Angkatan II di Aula BKPSDM, Senin (4/3/2024). Sebanyak 40 peserta"
            " datang untuk mengikuti pembukaan pelatihan."
        ),
    ],
)
def test_came_for_no_trip(text: str) -> None:
    assert _count(text) == 0
