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


@pytest.mark.parametrize(
    "text",
    [
        "Anggaran Studi Banding Dewan Habis\nKOTA - Anggaran studi banding DPRD sudah habis, pembahasan raperda"
        " dilakukan tanpa studi banding.",
        "Rencana studi banding kepala desa ke Bali tahun ini batal. Dana studi banding dikembalikan.",
        "Para anggota dewan rajin studi banding dan kunjungan kerja ke luar kota, kini tak bisa lagi studi banding.",
    ],
)
def test_trips_named_only_as_money_or_negated(text):
    from diklat_cli.extract.cues import trips_only_talked_of
    from diklat_cli.extract.programs import find_activities

    assert trips_only_talked_of(text, find_activities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Meski anggaran terbatas, Komisi B tetap melakukan studi banding ke Pemerintah Kota Surakarta.",
        "Belum lama ini studi banding ke Kabupaten Badung dilakukan Komisi A.",
        "Dana studi banding habis. Meski begitu, Komisi C berkunjung ke Kota Batu untuk studi banding pasar.",
    ],
)
def test_a_trip_told_beside_its_money_is_a_trip(text):
    from diklat_cli.extract.cues import trips_only_talked_of
    from diklat_cli.extract.programs import find_activities

    assert not trips_only_talked_of(text, find_activities(text))
