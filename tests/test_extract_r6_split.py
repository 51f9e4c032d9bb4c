"""One article, several visits (round 6): a host's report that lists the bodies which came to it gives one
record per body, however the list is opened and linked (docs/schema.md: each pairing of a travelling group
and a destination is its own visit). Sentences written for these tests, in several wordings."""

from __future__ import annotations

from diklat_cli.extract import extract_text
from diklat_cli.models import visit_json


def _visits(text: str) -> list[dict]:
    return [visit_json(e.visit) for e in extract_text(text)]


def _origins(text: str) -> list[str | None]:
    return [v["origin"]["regency"] for v in _visits(text)]


# --- the bodies that came, listed after a list word with no count and no colon ---------------------------


def test_guests_listed_after_antara_lain_in_the_sentence_that_says_they_came() -> None:
    text = (
        "SLEMAN - DPRD Kabupaten Sleman menerima studi banding sejumlah dewan, Rabu (4/9/2024). Rombongan yang "
        "hadir antara lain DPRD Kabupaten Purworejo, DPRD Kota Madiun dan DPRD Kabupaten Gresik."
    )
    assert _origins(text) == ["Kabupaten Purworejo", "Kota Madiun", "Kabupaten Gresik"]
    assert {v["destination"]["regency"] for v in _visits(text)} == {"Kabupaten Sleman"}


def test_guests_listed_in_the_next_sentence_opened_by_di_antaranya() -> None:
    text = (
        "MATARAM - Dinas Lingkungan Hidup Kota Mataram menerima studi banding soal pengelolaan sampah, "
        "Kamis (10/10/2024). Rombongan dewan dan pemerintah daerah datang bergantian sejak pagi. Di antaranya "
        "DPRD Kabupaten Sumbawa, Pemkab Bima, DPRD Kota Bontang dan Pemkab Kutai Timur."
    )
    assert _origins(text) == ["Kabupaten Sumbawa", "Kabupaten Bima", "Kota Bontang", "Kabupaten Kutai Timur"]


def test_each_guest_may_carry_its_province_after_it() -> None:
    text = (
        "PADANG - DPRD Kota Padang kedatangan tamu studi banding, Senin (2/12/2024). Yang berkunjung "
        "diantaranya DPRD Kota Blitar Jawa Timur, DPRD Kabupaten Badung Bali serta DPRD Kota Tarakan "
        "Kalimantan Utara."
    )
    assert _origins(text) == ["Kota Blitar", "Kabupaten Badung", "Kota Tarakan"]


def test_two_bodies_of_one_region_and_a_link_with_juga_stay_in_the_list() -> None:
    text = (
        "BATU - Kota Batu menerima kunjungan studi banding tentang desa wisata, Kamis (6/6/2024). Tamu yang "
        "bertandang antara lain Anggota dan Sekretariat DPRD Kabupaten Jember, lalu juga DPRD Kabupaten "
        "Ngawi dan juga Pemkab Lamongan."
    )
    assert _origins(text) == ["Kabupaten Jember", "Kabupaten Ngawi", "Kabupaten Lamongan"]


# --- near misses ------------------------------------------------------------------------------------------


def test_places_a_group_went_to_are_not_guests() -> None:
    # "berkunjung ke …, antara lain": the stops of the travelling group, not bodies that came to a host
    text = (
        "KENDAL - Rombongan DPRD Kabupaten Kendal berkunjung ke beberapa daerah untuk studi banding, antara "
        "lain DPRD Kota Malang dan DPRD Kabupaten Sidoarjo, Selasa (3/9/2024)."
    )
    assert all(o == "Kabupaten Kendal" for o in _origins(text))


def test_topics_after_antara_lain_are_no_list_of_guests() -> None:
    text = (
        "GOWA - Rombongan DPRD Kabupaten Bantaeng datang ke DPRD Kabupaten Gowa untuk studi banding, Selasa "
        "(3/12/2024). Yang dipelajari antara lain Pendapatan Asli Daerah dan Pendidikan Gratis Kabupaten Gowa."
    )
    assert _origins(text) == ["Kabupaten Bantaeng"]


def test_officials_of_the_travellers_own_region_present_are_one_sender() -> None:
    # "yang hadir antara lain …" naming the visiting region's own bodies: one sender, not a list of guests
    text = (
        "BANTUL - Pemkab Bantul menerima studi banding Pemkab Kulon Progo, Rabu (5/6/2024). Yang hadir antara "
        "lain Bappeda Kabupaten Kulon Progo, Dinas Pariwisata Kabupaten Kulon Progo dan DPRD Kabupaten Kulon Progo."
    )
    assert _origins(text) == ["Kabupaten Kulon Progo"]
