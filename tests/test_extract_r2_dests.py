"""Round r2-dests: several destinations of one sender, where only one record was found. Every sentence
here is made up for these tests."""

from __future__ import annotations

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


def places_visited(found: list[Visit]) -> set[str | None]:
    return {v.destination.regency or v.destination.province for v in found}


# ---------------------------------------------------------------- a counted list of places gone to
# A report that counts the places a programme went to and then names them ("studi lapangan ke tiga
# provinsi, yaitu A, B dan C") gives every stop of the trip, even when the report itself is filed from
# another event of the same programme (a reception, a closing): each named place is a destination.


def test_counted_provinces_beside_a_reception() -> None:
    found = visits(
        "Jakarta - Wakil Presiden menerima 60 peserta Pendidikan Pimpinan Nasional Angkatan 12 di Istana"
        " Wakil Presiden, Jakarta, Selasa (3/9/2024).",
        "Selama pendidikan, para peserta menjalani studi lapangan ke tiga provinsi, yakni Provinsi Jambi,"
        " Sulawesi Tengah, dan Maluku.",
    )
    assert {"Jambi", "Sulawesi Tengah", "Maluku"} <= places_visited(found)


def test_counted_regencies_with_digits() -> None:
    found = visits(
        "Bandung - Kepala BPSDM Jawa Barat menerima 40 peserta Pelatihan Kepemimpinan Administrator Angkatan V"
        " dalam seminar di Kota Bandung, Jumat (6/9/2024).",
        "Selama pelatihan, peserta sudah melakukan studi lapangan di 3 kabupaten, yaitu Kabupaten Sleman,"
        " Kabupaten Bantul dan Kabupaten Kulon Progo.",
    )
    assert {"Kabupaten Sleman", "Kabupaten Bantul", "Kabupaten Kulon Progo"} <= places_visited(found)


def test_counted_places_named_with_antara_lain() -> None:
    found = visits(
        "Makassar - Gubernur menutup Pelatihan Kepemimpinan Nasional Tingkat II Angkatan III di Makassar,"
        " Kamis (5/9/2024).",
        "Dalam pelatihan ini para peserta mengunjungi empat daerah, antara lain Kota Palu, Kota Kendari, Kota"
        " Gorontalo, dan Kota Manado untuk belajar inovasi pelayanan.",
    )
    assert {"Kota Palu", "Kota Kendari", "Kota Gorontalo", "Kota Manado"} <= places_visited(found)


def test_counted_places_written_with_menuju() -> None:
    found = visits(
        "Padang - Kepala BPSDM Sumatera Barat melepas 30 peserta Pelatihan Kepemimpinan Pengawas Angkatan"
        " II di Kota Padang, Senin (9/9/2024).",
        "Usai dilepas, peserta bertolak menuju dua kota, yaitu Kota Batam dan Kota Pekanbaru, untuk studi lapangan.",
    )
    assert {"Kota Batam", "Kota Pekanbaru"} <= places_visited(found)


def test_near_miss_counted_places_of_origin() -> None:
    # where the participants come from, counted and named, is no place gone to
    found = visits(
        "Surabaya - Sebanyak 45 peserta Pelatihan Kepemimpinan Administrator Angkatan IV melakukan studi"
        " lapangan ke Kota Surabaya, Rabu (4/9/2024).",
        "Peserta berasal dari tiga provinsi, yaitu Provinsi Bali, Nusa Tenggara Barat, dan Nusa Tenggara Timur.",
    )
    assert places_visited(found) == {"Kota Surabaya"}


def test_near_miss_count_not_the_length_of_the_list() -> None:
    # a count that is not the list's own length ("lima provinsi, antara lain A dan B") says the list
    # is a sample of places the programme knows, not the stops of the trip told
    found = visits(
        "Surabaya - Sebanyak 45 peserta Pelatihan Kepemimpinan Administrator Angkatan IV melakukan studi"
        " lapangan ke Kota Surabaya, Rabu (4/9/2024).",
        "Program ini sudah berjalan di lima provinsi, antara lain Provinsi Bali dan Nusa Tenggara Barat.",
    )
    assert places_visited(found) == {"Kota Surabaya"}


# ---------------------------------------------------------------- a province's government beside its regency
# A list of the bodies a group went to may name a regency's government and the government of the province
# it lies in ("mendatangi Pemkab A dan Pemerintah Provinsi B"): the province named by its government is a
# body visited of its own, not the regency's address.


def test_regency_and_its_province_government_listed() -> None:
    found = visits(
        "Bagian Umum Setda Kabupaten Sragen melakukan studi banding ke Provinsi Bali, Selasa (10/9/2024).",
        "Dalam kunjungan itu rombongan mendatangi Pemkab Buleleng dan Pemerintah Provinsi Bali untuk belajar"
        " tata kelola arsip.",
    )
    assert {"Kabupaten Buleleng", "Bali"} <= places_visited(found)


def test_province_government_first_then_its_city() -> None:
    found = visits(
        "Komisi A DPRD Kabupaten Blora melakukan kunjungan kerja ke Jawa Timur, Rabu (11/9/2024).",
        "Rombongan menyambangi Pemprov Jawa Timur serta Pemkot Malang untuk mempelajari pelayanan perizinan.",
    )
    assert {"Kota Malang", "Jawa Timur"} <= places_visited(found)


def test_province_government_with_a_regency_government() -> None:
    found = visits(
        "Pemerintah Kabupaten Bima melakukan studi tiru ke Sulawesi Selatan pada Kamis (12/9/2024).",
        "Tim studi tiru berkunjung ke Pemerintah Kabupaten Gowa dan Pemerintah Provinsi Sulawesi Selatan.",
    )
    assert {"Kabupaten Gowa", "Sulawesi Selatan"} <= places_visited(found)


def test_provincial_government_and_regency_said_with_kantor() -> None:
    found = visits(
        "Sebanyak 20 kepala desa dari Kabupaten Tegal melakukan studi banding ke Jawa Barat, Senin (16/9/2024).",
        "Para kades mengunjungi Pemkab Purwakarta dan Pemprov Jawa Barat untuk belajar pengelolaan BUMDes.",
    )
    assert {"Kabupaten Purwakarta", "Jawa Barat"} <= places_visited(found)


def test_near_miss_province_as_the_setting_of_its_regency() -> None:
    # the province written bare beside its regency is where the regency lies
    found = visits(
        "Sebanyak 20 kepala desa dari Kabupaten Tegal melakukan studi banding ke Kabupaten Purwakarta, Jawa"
        " Barat, Senin (16/9/2024).",
        "Para kades belajar pengelolaan BUMDes di Purwakarta dan Jawa Barat pada umumnya.",
    )
    assert places_visited(found) == {"Kabupaten Purwakarta"}


def test_near_miss_province_government_as_the_senders() -> None:
    # the province's government that sends the group is where it comes from
    found = visits(
        "Pemerintah Provinsi Jawa Tengah dan Pemkab Kendal mengirim 15 pegawai studi banding ke Kota Surabaya,"
        " Selasa (17/9/2024).",
    )
    assert places_visited(found) == {"Kota Surabaya"}


# ---------------------------------------------------------------- countries counted beside a trip at home
# A programme that went both at home and abroad tells its foreign leg as countries counted and then named
# ("studi luar negeri ke tiga negara, yaitu A, B dan C"): each country is a visit beside the ones at home.


def hosts(found: list[Visit]) -> set[str | None]:
    return {v.destination.host for v in found if v.destination.province is None}


def test_countries_counted_beside_provinces() -> None:
    found = visits(
        "Jakarta - Gubernur Lemhannas menutup Program Pendidikan Reguler Angkatan 66 di Jakarta, Jumat (4/10/2024).",
        "Selama pendidikan, peserta menjalani studi strategis dalam negeri ke Provinsi Aceh dan Jambi, serta"
        " studi strategis luar negeri ke tiga negara, yaitu Jepang, Mesir, dan Brasil.",
    )
    assert {"Jepang", "Mesir", "Brasil"} <= hosts(found)
    assert "Aceh" in places_visited(found)


def test_countries_counted_with_digits_beside_a_city() -> None:
    found = visits(
        "Peserta Pelatihan Kepemimpinan Nasional Tingkat I Angkatan 50 melakukan studi lapangan ke Kota"
        " Surabaya, Senin (7/10/2024).",
        "Pekan depan peserta juga dijadwalkan berangkat ke 2 negara, yaitu Singapura dan Korea Selatan.",
    )
    assert {"Singapura", "Korea Selatan"} <= hosts(found)
    assert "Kota Surabaya" in places_visited(found)


def test_countries_counted_with_colon() -> None:
    found = visits(
        "Komisi D DPRD Provinsi Jawa Barat melakukan kunjungan kerja ke Kota Denpasar, Selasa (8/10/2024).",
        "Pada bulan yang sama komisi itu juga bertolak ke dua negara: Thailand dan Vietnam.",
    )
    assert {"Thailand", "Vietnam"} <= hosts(found)


def test_foreign_leg_of_a_ksdn_is_no_ksdn() -> None:
    found = visits(
        "Peserta PPSA Angkatan 25 Lemhannas melaksanakan KSDN ke Provinsi Riau, Rabu (9/10/2024).",
        "Sebelumnya peserta telah mengikuti studi strategis luar negeri ke dua negara, yakni Jerman dan Belanda.",
    )
    abroad = [v for v in found if v.destination.province is None]
    assert {v.destination.host for v in abroad} == {"Jerman", "Belanda"}
    assert all(v.activity != "ksdn" for v in abroad)


def test_near_miss_countries_counted_as_partners() -> None:
    # countries named as partners are no trip abroad
    found = visits(
        "Komisi D DPRD Provinsi Jawa Barat melakukan kunjungan kerja ke Kota Denpasar, Selasa (8/10/2024).",
        "Kota Denpasar sudah menjalin kerja sama dengan tiga negara, yaitu Jepang, Australia, dan Belanda.",
    )
    assert hosts(found) == set()


def test_near_miss_count_not_the_list() -> None:
    found = visits(
        "Komisi D DPRD Provinsi Jawa Barat melakukan kunjungan kerja ke Kota Denpasar, Selasa (8/10/2024).",
        "Wisatawan datang ke lima negara, antara lain Jepang dan Australia, sebelum singgah di Bali.",
    )
    assert hosts(found) == set()
