"""Rules written for the shapes of the kn/ko/kp field articles (round 2, ext-fresh), each on sentences of our own."""

from __future__ import annotations

import pytest

from diklat_cli.extract.frames import TOGETHER


@pytest.mark.parametrize(
    "text",
    [
        "Turut hadir Kepala Bappeda, Rudy Lumowa, dan Kepala Dinas Kominfo.",
        "Juga hadir Asisten Pemerintahan dan para camat.",
        "Turut hadir dalam acara itu Plt Kepala Disdukcapil.",
    ],
)
def test_host_officials_attending_are_no_second_group(text):
    assert TOGETHER.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dalam kesempatan itu turut hadir rombongan Pemerintah Provinsi Riau sebanyak 12 orang.",
        "Juga hadir delegasi Kabupaten Sambas.",
        "Pada hari yang sama, rombongan DPRD Kota Batu juga berkunjung ke sana.",
    ],
)
def test_another_group_attending_is_together(text):
    assert TOGETHER.search(text) is not None
