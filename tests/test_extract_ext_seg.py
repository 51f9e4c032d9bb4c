"""Round ext-seg: visits missed whole in articles that report several visits. Every sentence here
is made up for these tests."""

from __future__ import annotations

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


def senders(found: list[Visit]) -> set[str | None]:
    return {v.origin.regency or v.origin.province for v in found}


# ---------------------------------------------------------------- bodies received together, counted
# A host's report that counts the bodies it received ("tiga daerah", "keempat delegasi", "ketiganya")
# says they came together: each listed sender is a visit of its own, whatever the count (it was
# read for two only: "keduanya", "dua daerah").


def test_three_regions_counted_then_named() -> None:
    found = visits(
        "Pemkab Sleman Terima Studi Banding Tiga Daerah",
        "SLEMAN - Pemerintah Kabupaten Sleman menerima studi banding dari tiga daerah sekaligus, Rabu"
        " (8/5/2024). Ketiganya ialah Kabupaten Garut, Kota Kendari dan Kabupaten Sumba Barat.",
    )
    assert senders(found) == {"Kabupaten Garut", "Kota Kendari", "Kabupaten Sumba Barat"}
    assert {v.destination.regency for v in found} == {"Kabupaten Sleman"}


def test_four_delegations_counted_before_the_list() -> None:
    found = visits(
        "Empat delegasi melakukan kunjungan kerja ke Pemerintah Kota Surakarta, Selasa (14/3/2023), untuk"
        " belajar pengelolaan pasar tradisional. Keempat delegasi itu berasal dari Kabupaten Bantul,"
        " Kabupaten Klaten, Kota Blitar dan Kabupaten Kudus.",
    )
    assert senders(found) == {"Kabupaten Bantul", "Kabupaten Klaten", "Kota Blitar", "Kabupaten Kudus"}


def test_the_ordinal_with_nya_names_the_group() -> None:
    found = visits(
        "Bappeda Kota Bandung kedatangan rombongan studi banding pada Kamis (6/6/2024). Ketiganya, yakni"
        " DPRD Kabupaten Tasikmalaya, Pemerintah Kota Cimahi serta Pemerintah Kabupaten Subang, mempelajari"
        " perencanaan pembangunan berbasis data.",
    )
    assert senders(found) == {"Kabupaten Tasikmalaya", "Kota Cimahi", "Kabupaten Subang"}


def test_five_institutions_a_recap_of_one_morning() -> None:
    found = visits(
        "Lima instansi sekaligus menggelar studi tiru ke Pemerintah Kabupaten Banyuwangi pada Senin"
        " (2/9/2024), masing-masing dari Kabupaten Bone, Kabupaten Sinjai, Kabupaten Gowa, Kota Parepare"
        " dan Kabupaten Maros, untuk melihat pelayanan publik di mal pelayanan.",
    )
    assert len(found) == 5
    assert {v.destination.regency for v in found} == {"Kabupaten Banyuwangi"}


def test_near_miss_three_regions_gone_to_are_no_senders() -> None:
    # the count is of the places one group visits: one sender
    found = visits(
        "Peserta PKA Angkatan II BPSDM Provinsi Jawa Tengah melaksanakan studi lapangan ke tiga daerah,"
        " Selasa (9/7/2024). Ketiganya ialah Kabupaten Badung, Kota Denpasar dan Kabupaten Gianyar.",
    )
    assert {v.origin.province for v in found} == {"Jawa Tengah"}
    assert {v.origin.regency for v in found} == {None}


def test_near_miss_three_officials_of_the_host() -> None:
    # "ketiganya" are the host's officials who received the one visiting body
    found = visits(
        "DPRD Kabupaten Lahat melakukan kunjungan kerja ke Pemerintah Kota Palembang, Rabu (3/4/2024)."
        " Rombongan diterima Sekda, Asisten I dan Kepala Bappeda; ketiganya menjelaskan tata kelola"
        " retribusi parkir.",
    )
    assert len(found) == 1
    assert found[0].origin.regency == "Kabupaten Lahat"


# ---------------------------------------------------------------- a sub-group's own list of places
# A sub-group's list of places ("Komisi V ke Kota A dan Aceh") may name provinces as well as towns:
# each is a stop of that group. Only a province that is the address of the member before it ("Kota
# Batu, Jawa Timur") is none, and a member's short form in brackets ("Provinsi Nusa Tenggara Timur
# (NTT) dan Maluku") does not end the list.


def dest_provinces(found: list[Visit]) -> set[str | None]:
    return {v.destination.province for v in found}


def test_a_province_after_a_town_in_a_komisi_list() -> None:
    found = visits(
        "MEDAN - Komisi-komisi DPRD Provinsi Sumatera Utara menggelar studi banding pekan ini. Komisi A"
        " berkunjung ke Kota Malang dan Provinsi Bali, sedangkan Komisi B menyambangi Kota Pontianak dan"
        " Aceh untuk membahas ranperda pelayanan publik.",
    )
    assert dest_provinces(found) >= {"Jawa Timur", "Bali", "Kalimantan Barat", "Aceh"}


def test_a_province_listed_by_a_pansus() -> None:
    found = visits(
        "Dua panitia khusus DPRD Kabupaten Bengkalis melakukan studi komparasi. Pansus 1 bertandang ke"
        " Kabupaten Sleman dan Jawa Tengah. Pansus 2 menuju Kota Makassar serta Sulawesi Utara.",
    )
    assert dest_provinces(found) >= {"DI Yogyakarta", "Jawa Tengah", "Sulawesi Selatan", "Sulawesi Utara"}


def test_a_short_form_in_brackets_does_not_end_the_list() -> None:
    found = visits(
        "Peserta studi banding DPRD Kota Cirebon dibagi ke dua kelompok. Kelompok I mengunjungi Provinsi"
        " Nusa Tenggara Timur (NTT) dan Maluku; Kelompok II ke Kota Manado.",
    )
    assert dest_provinces(found) >= {"Nusa Tenggara Timur", "Maluku", "Sulawesi Utara"}


def test_a_team_list_joined_by_serta() -> None:
    found = visits(
        "Pemerintah Kabupaten Kampar mengirim dua tim benchmarking. Tim 1 yang dipimpin Sekda menuju Kota"
        " Padang serta Jambi, adapun Tim 2 mendatangi Kabupaten Banyuwangi.",
    )
    assert dest_provinces(found) >= {"Sumatera Barat", "Jambi", "Jawa Timur"}


def test_near_miss_the_towns_province_is_its_address() -> None:
    found = visits(
        "Komisi I DPRD Kabupaten Sumbawa melakukan kunjungan kerja ke Kota Batu, Jawa Timur, sedangkan"
        " Komisi II ke Kota Denpasar, Bali, Kamis (7/3/2024).",
    )
    assert {v.destination.regency for v in found} == {"Kota Batu", "Kota Denpasar"}


def test_near_miss_two_komisi_each_to_an_addressed_regency() -> None:
    found = visits(
        "Komisi A DPRD Kota Balikpapan studi banding ke Kabupaten Bantul, DI Yogyakarta. Komisi B ke"
        " Kabupaten Gowa, Sulawesi Selatan, untuk membahas ranperda yang sama.",
    )
    assert {v.destination.regency for v in found} == {"Kabupaten Bantul", "Kabupaten Gowa"}
