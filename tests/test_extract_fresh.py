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


@pytest.mark.parametrize(
    "text",
    [
        '"Satu pansus isinya sekitar 11 anggota dewan," katanya.',
        "Setiap komisi beranggotakan sembilan orang.",
        "Tiap fraksi terdiri dari 7 anggota DPRD.",
    ],
)
def test_size_of_a_council_unit_is_no_head_count(text):
    from diklat_cli.extract.participants import find_participants

    assert find_participants(text) == []


def test_head_count_beside_a_unit_size_stays():
    from diklat_cli.extract.participants import find_participants

    text = "Sebanyak 24 anggota DPRD berangkat. Satu komisi isinya delapan anggota dewan."
    assert [m.value for m in find_participants(text)] == [24]


@pytest.mark.parametrize(
    ("text", "name", "dest"),
    [
        ("Anggota Komisi D DPRD Lumajang kembali studi banding ke Kota Malang pekan ini.", "Kota Malang", True),
        ("Pansus DPRD Jember kembali berangkat ke Kabupaten Kudus untuk studi banding.", "Kabupaten Kudus", True),
        ("Usai studi banding di Kota Batu, rombongan kembali ke Kabupaten Jember.", "Kabupaten Jember", False),
    ],
)
def test_kembali_before_a_trip_word_is_again_not_back(text, name, dest):
    from diklat_cli.extract.place_roles import place_scores, resolved_places

    mention = next(p.mention for p in resolved_places(text) if p.region.name == name)
    assert (place_scores(text, (0, len(text)), mention)[0] > 0) is dest


_TOUR = (
    "Para pengelola mengikuti studi banding ke Desa Sanankerto Kecamatan Turen Kabupaten Malang Provinsi Jawa"
    " Timur dan Desa Pemuteran Kabupaten Buleleng Bali, 10 sampai dengan 13 Juli 2023."
)


def test_village_named_into_its_regency_makes_the_regency_visited():
    from diklat_cli.extract.places import destination_weight

    assert destination_weight("studi banding ke Desa Panggungharjo ") == 3.0
    assert destination_weight("kepala Desa Panggungharjo ") == 0.0


def test_next_village_of_a_list_plays_the_first_ones_role():
    from diklat_cli.extract.place_roles import place_scores, resolved_places, share_village_list_scores

    resolved = resolved_places(_TOUR)
    for p in resolved:
        p.dest, p.origin = place_scores(_TOUR, (0, len(_TOUR)), p.mention)
    share_village_list_scores(_TOUR, resolved)
    assert {p.region.name: p.dest for p in resolved}["Kabupaten Buleleng"] == 3.0


def test_village_bodies_of_a_region_are_its_people():
    from diklat_cli.extract.places import sender_weight

    assert sender_weight("para pengelola Bumdes dan pemerintahan desa di ", " mengikuti") == 3.0
    assert sender_weight("direktur Bumdes di ", " berangkat") == 3.0
    assert sender_weight("belajar ke Bumdes di ", " yang maju") == 0.0


def test_villages_listed_with_addresses_are_each_a_unit():
    from diklat_cli.extract.hosts import find_host_agencies
    from diklat_cli.extract.sentences import sentence_spans

    names = [i[0] for i in find_host_agencies(_TOUR, sentence_spans(_TOUR), None, None)]
    assert names == ["Desa Sanankerto", "Desa Pemuteran"]


def test_a_trip_told_by_provinces_then_villages_has_the_villages_regencies_as_stops():
    from diklat_cli.extract import extract_text

    text = "PUTUSSIBAU - Dinas PMD Kapuas Hulu membawa pengurus Bumdes di Kapuas Hulu ke Jawa Timur dan Bali.\n" + _TOUR
    found = {(e.visit.destination.regency, tuple(e.visit.host_agencies)) for e in extract_text(text)}
    assert found == {("Kabupaten Malang", ("Desa Sanankerto",)), ("Kabupaten Buleleng", ("Desa Pemuteran",))}


def test_each_sub_group_with_its_own_list_of_stops():
    from diklat_cli.extract import extract_text

    text = (
        "MADIUN - Dua komisi DPRD Kabupaten Madiun melakukan kunjungan kerja pekan ini.\n"
        "Komisi B menuju Kabupaten Banyuwangi dan Jember untuk belajar soal pertanian.\n"
        "Sedangkan Komisi D berkunjung ke Kabupaten Pacitan dan Trenggalek untuk belajar soal sekolah."
    )
    found = sorted(e.visit.destination.regency for e in extract_text(text))
    assert found == ["Kabupaten Banyuwangi", "Kabupaten Jember", "Kabupaten Pacitan", "Kabupaten Trenggalek"]


def test_provinces_refined_by_the_places_each_group_went_to():
    from diklat_cli.extract import extract_text

    text = (
        "SITUBONDO - Anggota DPRD Situbondo kembali berangkat studi banding ke beberapa kota di Jawa Tengah dan"
        " Jawa Barat. Pansus pertama berangkat lagi ke Kabupaten Kendal dan Kabupaten Batang untuk studi banding."
        " Pansus kedua mendatangi Kota Bogor dan Kota Depok untuk studi banding."
    )
    found = sorted(e.visit.destination.regency or "" for e in extract_text(text))
    assert found == ["Kabupaten Batang", "Kabupaten Kendal", "Kota Bogor", "Kota Depok"]
