"""One article, several visits (round 7, split 2): a list of places whose member carries its province
written in full and then in short in parentheses ("Mataram, Nusa Tenggara Barat (NTB) dan Kendari") is
still one list: the short form closes the member's address and the list goes on after it (docs/schema.md:
one group touring two regencies gives two visits). Sentences written for these tests, in several wordings."""

from __future__ import annotations

from diklat_cli.extract import extract_text
from diklat_cli.models import visit_json


def _visits(text: str) -> list[dict]:
    return [visit_json(e.visit) for e in extract_text(text)]


def _regencies(text: str) -> list[str | None]:
    return sorted(v["destination"]["regency"] or "" for v in _visits(text))


# --- the list goes on after a province written in full and in short ---------------------------------------


def test_two_places_with_the_first_ones_province_and_its_short_form() -> None:
    text = (
        "WONOSARI - Dua komisi DPRD Gunungkidul berangkat studi banding pekan ini. Rombongan menuju Kupang "
        "Nusa Tenggara Timur (NTT) dan Kota Palu, Sulawesi Tengah, Senin (3/3/2025)."
    )
    assert _regencies(text) == ["Kota Kupang", "Kota Palu"]


def test_the_province_written_with_provinsi_and_a_comma() -> None:
    text = (
        "SERANG - Anggota DPRD Kabupaten Serang melakukan kunjungan kerja studi banding ke Kabupaten Bulukumba, "
        "Provinsi Sulawesi Selatan (Sulsel) dan Kabupaten Malang, Rabu (5/2/2025), untuk belajar soal pasar desa."
    )
    assert _regencies(text) == ["Kabupaten Bulukumba", "Kabupaten Malang"]


def test_three_places_the_middle_one_with_its_short_province() -> None:
    text = (
        "PELAIHARI - Pansus DPRD Tanah Laut studi banding ke Kota Balikpapan, Kabupaten Sleman, Daerah "
        "Istimewa Yogyakarta (DIY) serta Kota Batu pada Selasa (11/3/2025) guna mempelajari retribusi parkir."
    )
    assert _regencies(text) == ["Kabupaten Sleman", "Kota Balikpapan", "Kota Batu"]


def test_senders_received_together_each_with_its_short_province() -> None:
    text = (
        "PALU - DPRD Kota Palu menerima kunjungan studi banding DPRD Kabupaten Bima, Nusa Tenggara Barat (NTB) "
        "dan DPRD Kota Tarakan, Kalimantan Utara (Kaltara), Senin (10/3/2025)."
    )
    assert sorted(v["origin"]["regency"] for v in _visits(text)) == ["Kabupaten Bima", "Kota Tarakan"]
    assert _regencies(text) == ["Kota Palu", "Kota Palu"]


# --- near misses ------------------------------------------------------------------------------------------


def test_a_short_form_of_another_province_is_not_the_members_address() -> None:
    # the parenthesis names another province than the member's own: not an address, no list through it
    text = (
        "KLATEN - Rombongan DPRD Kabupaten Klaten studi banding ke Kota Denpasar, Kamis (6/2/2025). Kota itu "
        "pernah disebut Jawa Timur (Jatim) dan Kabupaten Sidoarjo sebagai contoh."
    )
    assert _regencies(text) == ["Kota Denpasar"]


def test_one_place_with_its_short_province_stays_one_visit() -> None:
    text = (
        "MAROS - Pemerintah Kabupaten Sumbawa melakukan studi banding ke Kabupaten Maros, Sulawesi Selatan "
        "(Sulsel), Rabu (19/2/2025), dan disambut Sekda Maros di ruang rapat bupati."
    )
    assert _regencies(text) == ["Kabupaten Maros"]
