"""Round r2-extra: records that should not exist. Every sentence here is made up for these tests."""

from __future__ import annotations

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


# ---------------------------------------------------------------- the host's namesake is the host
# A report names the host body in full once ("DPRD Provinsi Jambi") and then by its bare name ("DPRD Jambi",
# "kata Budi dari DPRD Jambi"); where that name is also a city or regency of the host's province, the bare
# name is still the host, and the host's members who speak are no second group of guests.


def senders(found: list[Visit]) -> set[str | None]:
    return {v.origin.regency or v.origin.province for v in found}


def test_host_council_member_introduced_by_the_bare_name() -> None:
    found = visits(
        "Kota Gorontalo - Pansus DPRD Kabupaten Buol melakukan studi banding ke DPRD Provinsi Gorontalo pada"
        " Kamis (9/5/2024) untuk mempelajari perda pendidikan serta mempererat hubungan kedua daerah.",
        "Namun kehadiran anggota DPRD Gorontalo dalam pertemuan itu disorot karena hanya seorang yang hadir."
        " Andi dari DPRD Gorontalo menerangkan jadwal kerja anggota dewan.",
    )
    assert senders(found) == {"Kabupaten Buol"}


def test_host_council_absent_members_then_its_speaker() -> None:
    found = visits(
        "Kota Jambi - Komisi I DPRD Kabupaten Kerinci menggelar studi banding ke DPRD Provinsi Jambi, Selasa"
        " (7/5/2024), guna mempelajari penyusunan perda inisiatif dan menjalin kerja sama kedua daerah.",
        "Sayangnya anggota DPRD Jambi tidak banyak yang hadir. Rahmat dari DPRD Jambi beralasan para anggota"
        " sedang reses.",
    )
    assert senders(found) == {"Kabupaten Kerinci"}


def test_host_council_questioned_by_its_guests() -> None:
    found = visits(
        "Kota Bengkulu - Rombongan Komisi III DPRD Kabupaten Lebong melakukan kunjungan kerja ke DPRD Provinsi"
        " Bengkulu pada Rabu (8/5/2024) untuk belajar pengawasan anggaran dan mempererat hubungan kedua lembaga.",
        "Ketidakhadiran anggota DPRD Bengkulu sempat dipertanyakan rombongan. Yusuf dari DPRD Bengkulu"
        " menjelaskan bahwa anggota dewan sedang turun ke daerah pemilihan.",
    )
    assert senders(found) == {"Kabupaten Lebong"}


def test_host_council_staff_receive_a_city_council() -> None:
    found = visits(
        "Kota Gorontalo - Delegasi DPRD Kota Palu melakukan kunjungan kerja ke DPRD Provinsi Gorontalo, Senin"
        " (13/5/2024), untuk menimba pengalaman soal pokok pikiran dewan, sekaligus mempererat silaturahmi"
        " kedua daerah.",
        "Pertemuan itu hanya dihadiri staf sekretariat karena anggota DPRD Gorontalo sedang reses. Rina dari"
        " DPRD Gorontalo lalu memaparkan alur pembahasan pokir.",
    )
    assert senders(found) == {"Kota Palu"}


def test_near_miss_a_guest_of_the_same_name_with_its_kind_written() -> None:
    found = visits(
        "DPRD Kabupaten Bogor dan DPRD Kabupaten Cianjur bersama-sama melakukan studi banding ke Pemerintah"
        " Kota Bogor, Senin (13/5/2024), untuk belajar pengelolaan transportasi. Kedua rombongan diterima"
        " Wali Kota Bogor di Balai Kota.",
    )
    assert senders(found) == {"Kabupaten Bogor", "Kabupaten Cianjur"}


def test_near_miss_two_other_councils_received_together() -> None:
    found = visits(
        "DPRD Kabupaten Kerinci dan DPRD Kabupaten Merangin bersama-sama melakukan kunjungan kerja ke DPRD"
        " Provinsi Jambi, Selasa (14/5/2024), untuk belajar penyusunan perda. Kedua rombongan diterima Ketua"
        " DPRD Jambi.",
    )
    assert senders(found) == {"Kabupaten Kerinci", "Kabupaten Merangin"}
