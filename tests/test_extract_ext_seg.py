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
