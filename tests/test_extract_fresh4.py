"""Rules written for the shapes of the kn-/ko-/kp-/kq-/kr-/kt- field articles (round 2, ext-fresh4),
each on sentences of our own."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _lokus(text: str) -> list[list[str]]:
    return [e.visit.host_agencies for e in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Anggota Komisi I DPRD Kabupaten Sambas melakukan studi banding ke Kabupaten Sanggau, Rabu (8/5/2024)."
        " Rombongan diterima Ketua DPRD Sanggau di gedung dewan.",
        "SANGGAU - Pimpinan DPRD Sanggau kedatangan rombongan DPRD Kabupaten Sambas, Rabu (8/5/2024)."
        " Mereka belajar penyusunan perda desa wisata.",
        "Pansus IV DPRD Kabupaten Sambas studi banding ke Kabupaten Sanggau, Rabu (8/5/2024)."
        ' "Kami belajar bersama DPRD Sanggau," kata ketua pansus.',
    ],
)
def test_a_council_meets_its_counterpart(text):
    assert _lokus(text) == [["DPRD"]]


@pytest.mark.parametrize(
    "text",
    [
        # the sender's own council, written with the sender's region
        "Anggota Komisi A DPRD Kabupaten Sleman berangkat kunjungan kerja ke Kabupaten Klaten sejak Senin (8/7/2024)."
        " Ketua Komisi A DPRD Sleman mengatakan mereka ingin belajar tata kelola pasar.",
        # a government's trip: the host's council named alone is no unit visited
        "Pemerintah Kabupaten Sleman melakukan studi banding ke Kabupaten Klaten, Senin (8/7/2024)."
        " Ketua DPRD Klaten turut hadir dalam pertemuan itu.",
    ],
)
def test_no_council_lokus_without_a_council_meeting_a_council(text):
    assert _lokus(text) == [[]]
