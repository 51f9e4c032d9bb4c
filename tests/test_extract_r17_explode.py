"""Many records from one article, round r17-explode. Sentences written for this test."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _stops(text: str) -> list[str | None]:
    return [e.visit.destination.regency or e.visit.destination.province for e in extract_text(text)]


# ---------------------------------------------------------------- a list of places after a bare "di"
# A list of places that only a bare "di" names (where a programme runs, where something is built or lies)
# says where something is, not where the group went: one visit, not one per place.
@pytest.mark.parametrize(
    "text",
    [
        "Komisi II DPRD Provinsi Sumatera Barat melakukan kunjungan kerja ke Dinas Ketahanan Pangan Provinsi "
        "Jawa Barat, Kamis (20/6/2024).\nDalam pertemuan itu, kepala dinas memaparkan program lumbung pangan "
        "yang dilaksanakan di Kabupaten Garut, Kabupaten Cianjur, Kabupaten Sukabumi dan Kabupaten Indramayu.\n"
        "Anggota komisi menilai program itu layak ditiru.",
        "Komisi III DPRD Kota Dumai melakukan kunjungan kerja ke Dinas PUPR Provinsi Riau, Rabu (5/6/2024).\n"
        "Kadis PUPR menjelaskan pembangunan jalan provinsi sedang berlangsung di Kabupaten Kampar, Kabupaten "
        "Siak, Kabupaten Bengkalis dan Kabupaten Rokan Hilir.\nPertemuan membahas ruas jalan ke Dumai.",
        "DPRD Kabupaten Bungo melakukan studi banding ke Dinas Kesehatan Provinsi Jawa Tengah, Selasa "
        "(9/7/2024).\nKepala dinas menyebut rumah sakit rujukan baru telah dibangun di Kabupaten Brebes, "
        "Kabupaten Cilacap, Kabupaten Blora dan Kabupaten Wonogiri.\nRombongan diterima di ruang rapat dinas.",
        "Bappeda Kabupaten Sikka melakukan kunjungan kerja ke Bappeda Provinsi Jawa Timur, Senin (1/7/2024).\n"
        "Menurut Kepala Bappeda Jatim, kawasan industri baru tersebar di Kabupaten Gresik, Kabupaten Tuban, "
        "Kabupaten Lamongan dan Kabupaten Pasuruan.\nRombongan Sikka mempelajari perencanaan kawasan.",
    ],
)
def test_places_where_something_is_are_no_stops(text: str) -> None:
    assert len(_stops(text)) == 1


# near-misses: a verb of going before the list, or the visit itself "di" the places, keeps the stops
@pytest.mark.parametrize(
    "text",
    [
        "Anggota Pansus DPRD Kabupaten Jember kembali berangkat ke beberapa kota di Jawa Tengah, Jawa Barat "
        "dan Banten, Selasa (2/7/2024), untuk studi banding.",
        "Komisi A DPRD Kabupaten Jember melakukan kunjungan kerja di Kabupaten Kudus, Kabupaten Pati dan "
        "Kabupaten Rembang, Selasa (2/7/2024).",
    ],
)
def test_a_governed_list_is_still_stops(text: str) -> None:
    assert len(_stops(text)) == 3


# the trip's own activity before the bare "di" list: the places are where it went
@pytest.mark.parametrize(
    "text",
    [
        "Forum kepala desa Kabupaten Ciamis menggelar studi lapangan di dua desa yang ada di Kabupaten Gianyar "
        "dan di Kabupaten Tabanan, Provinsi Bali, Rabu (3/7/2024).",
        "Bupati Katingan menyambut peserta PKN Tingkat II, Senin (1/7/2024). Kunjungan itu bagian dari "
        "kegiatan yang berlangsung di Kalimantan Tengah, khususnya di Katingan dan Gunung Mas.",
    ],
)
def test_the_trip_activity_governs_the_list(text: str) -> None:
    assert len(_stops(text)) == 2


# real multi-visit shapes that must still split
def test_a_host_receiving_four_councils() -> None:
    text = (
        "Sekretariat DPRD Kota Palu menerima kunjungan kerja DPRD Kabupaten Poso, DPRD Kabupaten Donggala, "
        "DPRD Kabupaten Sigi dan DPRD Kabupaten Parigi Moutong, Senin (19/8/2024).\nKeempat rombongan "
        "diterima Sekwan Kota Palu dan membahas tata tertib dewan."
    )
    assert len(extract_text(text)) == 4


# ---------------------------------------------------------------- a list inside the host province
# At a provincial host, a list of the province's own regencies told with no word of the travellers or their
# trip (aid sent, routes served, the host's own field work) is the host's area: one visit.
@pytest.mark.parametrize(
    "text",
    [
        "Komisi IV DPRD Provinsi Kalimantan Barat melakukan kunjungan kerja ke Dinas Sosial Provinsi Jawa Timur, "
        "Senin (2/12/2024).\nKepala dinas menjelaskan bantuan sosial tahun ini disalurkan ke Kabupaten Sampang, "
        "Kabupaten Bangkalan, Kabupaten Sumenep dan Kabupaten Pamekasan.\nRombongan diterima di ruang rapat.",
        "Komisi III DPRD Kabupaten Agam melakukan kunjungan kerja ke Dinas Perhubungan Provinsi Jawa Tengah, "
        "Selasa (3/12/2024).\nKabid Angkutan menjelaskan bus Trans Jateng kini melayani rute ke Kabupaten Kendal, "
        "Kabupaten Demak, Kabupaten Grobogan dan Kota Salatiga.",
        "Komisi I DPRD Kota Jambi melakukan kunjungan kerja ke Bappeda Provinsi Jawa Barat, Kamis (5/12/2024).\n"
        "Kepala Bappeda mengatakan pihaknya rutin melakukan monitoring ke Kabupaten Garut, Kabupaten Cianjur, "
        "Kabupaten Sukabumi dan Kabupaten Tasikmalaya.",
        "Diskominfo Kabupaten Lombok Barat melakukan studi banding ke Dinas Kominfo Provinsi Jawa Timur, Rabu "
        "(4/12/2024).\nKadis mengatakan petugasnya rutin turun ke Kabupaten Sampang, Kabupaten Sumenep dan "
        "Kabupaten Situbondo untuk pendampingan.",
    ],
)
def test_the_host_province_own_places_are_no_stops(text: str) -> None:
    assert len(_stops(text)) == 1


# near-misses: the travellers or their trip named before the list keep the stops
@pytest.mark.parametrize(
    "text",
    [
        "Komisi IV DPRD Provinsi Kalimantan Barat melakukan kunjungan kerja ke Provinsi Jawa Timur, Senin "
        "(2/12/2024).\nDi Jawa Timur, rombongan mengunjungi Kabupaten Sidoarjo dan Kabupaten Gresik.",
        "Komisi III DPRD Kabupaten Agam melakukan kunjungan kerja ke Provinsi Jawa Tengah, Selasa (3/12/2024).\n"
        "Mereka melanjutkan perjalanan ke Kabupaten Kendal dan Kabupaten Demak.",
    ],
)
def test_the_travellers_own_list_inside_the_province_is_stops(text: str) -> None:
    assert len(_stops(text)) >= 2


# ---------------------------------------------------------------- the host's own trips are not the guests' stops
# "juga"/"sebelumnya" before a list adds stops of the guests' trip only when the host is not the clause's subject.
@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Gowa Studi Banding ke Kota Batu\n\nBATU - Pemkab Gowa melakukan studi banding ke Pemkot Batu, "
        "Senin (2/12/2024).\nRombongan diterima Pj Wali Kota Batu. Pj Wali Kota menjelaskan bahwa "
        "Pemkot Batu sebelumnya melakukan promosi wisata ke Kota Surabaya, Kota Malang dan Kabupaten Sidoarjo.",
        "DPRD Ende Kunker ke Sleman\n\nSLEMAN - DPRD Kabupaten Ende melakukan kunjungan kerja ke Pemkab Sleman, "
        "Selasa (3/12/2024).\nRombongan diterima Bupati Sleman. Bupati mengatakan "
        "Pemkab Sleman juga mengirim tim pendamping ke Kabupaten Bantul, Kabupaten Kulon Progo dan Kota Yogyakarta.",
        "Pemkab Bulukumba Studi Banding ke Kota Madiun\n\nMADIUN - Pemkab Bulukumba melakukan studi banding ke "
        "Pemkot Madiun, Rabu (4/12/2024).\nRombongan diterima Sekda Kota Madiun. Sekda menyebut Pemkot Madiun "
        "juga mengirim duta wisata ke Kota Denpasar, Kota Surabaya dan Kabupaten Jember.",
        "DPRD Tarakan Kunker ke Cimahi\n\nCIMAHI - Komisi B DPRD Kota Tarakan melakukan kunjungan kerja ke "
        "Pemkot Cimahi, Kamis (5/12/2024).\nRombongan diterima Sekda Cimahi. Sekda "
        "menyebut Pemkot Cimahi sebelumnya memaparkan inovasinya ke Kota Bandung, Kota Depok dan Kabupaten Bogor.",
    ],
)
def test_the_host_own_trips_are_no_stops(text: str) -> None:
    assert len(_stops(text)) == 1


# near-misses: the guests' own earlier stops, the host gone to or the guests the subject
@pytest.mark.parametrize(
    "text",
    [
        "Polda Maluku melakukan studi banding ke Polresta Malang Kota, Senin (2/12/2024).\nSebelum ke Polresta "
        "Malang Kota, Polda Maluku juga sudah melakukan studi banding ke Polrestabes Surabaya dan Polresta Sidoarjo.",
        "DPRD Kabupaten Ende melakukan kunjungan kerja ke Pemkab Sleman, Selasa (3/12/2024).\nSebelumnya, "
        "rombongan juga berkunjung ke Kabupaten Bantul dan Kabupaten Kulon Progo.",
    ],
)
def test_the_guests_earlier_stops_are_still_stops(text: str) -> None:
    assert len(_stops(text)) >= 2


# ---------------------------------------------------------------- an earlier trip named as a noun
# "kunjungan (kerja) sebelumnya ke A, B dan C" names another, earlier trip; "Sebelumnya, rombongan … ke A dan B"
# tells earlier stops of this one.
@pytest.mark.parametrize(
    "text",
    [
        "DPRD Mataram Kunker ke Denpasar\n\nDENPASAR - DPRD Kota Mataram melakukan kunjungan kerja ke DPRD Kota "
        "Denpasar, Rabu (13/11/2024).\nKetua DPRD Mataram mengatakan kunjungan ini melanjutkan kunjungan "
        "sebelumnya ke Kabupaten Lombok Barat, Kabupaten Lombok Tengah dan Kabupaten Lombok Timur.",
        "DPRD Mataram Kunker ke Denpasar\n\nDENPASAR - DPRD Kota Mataram melakukan kunjungan kerja ke DPRD Kota "
        "Denpasar, Rabu (13/11/2024).\nKetua DPRD mengatakan hasil kunjungan kerja sebelumnya ke Kota Bima, "
        "Kabupaten Sumbawa dan Kabupaten Dompu sudah ditindaklanjuti.",
        "Pemkab Bone Studi Banding ke Kota Batu\n\nBATU - Pemkab Bone melakukan studi banding ke Pemkot Batu, "
        "Kamis (14/11/2024).\nSekda Bone menyebut studi banding terdahulu ke Kota Malang, Kabupaten Malang dan "
        "Kota Pasuruan sudah membuahkan hasil.",
        "DPRD Kota Blitar Kunker ke Kota Kediri\n\nKEDIRI - DPRD Kota Blitar melakukan kunjungan kerja ke DPRD "
        "Kota Kediri, Jumat (15/11/2024).\nMenurut ketua rombongan, kunker sebelumnya ke Kabupaten Tulungagung, "
        "Kabupaten Trenggalek dan Kabupaten Nganjuk membahas hal yang sama.",
    ],
)
def test_an_earlier_trip_named_as_a_noun_is_no_stops(text: str) -> None:
    assert len(_stops(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "DPRD Mataram Kunker ke Denpasar\n\nDENPASAR - DPRD Kota Mataram melakukan kunjungan kerja ke DPRD Kota "
        "Denpasar, Rabu (13/11/2024).\nSebelumnya, rombongan juga berkunjung ke Kabupaten Badung dan Kabupaten "
        "Gianyar.",
        "DPRD Kota Blitar Kunker ke Kota Kediri\n\nKEDIRI - DPRD Kota Blitar melakukan kunjungan kerja ke DPRD "
        "Kota Kediri, Jumat (15/11/2024).\nSebelum ke Kediri, rombongan juga sudah mengunjungi Kabupaten "
        "Tulungagung dan Kabupaten Nganjuk.",
    ],
)
def test_earlier_stops_of_this_trip_are_still_stops(text: str) -> None:
    assert len(_stops(text)) >= 2


# ---------------------------------------------------------------- a trip to a list called off or replaced
@pytest.mark.parametrize(
    "text",
    [
        "Pansus DPRD Bekasi Kunker ke Tangerang\n\nTANGERANG - Pansus DPRD Kota Bekasi melakukan kunjungan kerja "
        "ke Dinas Perhubungan Kota Tangerang, Rabu (31/7/2024).\nKetua Pansus mengatakan sebelumnya pansus "
        "merencanakan kunjungan ke Kota Bogor, Kota Depok dan Kabupaten Bekasi, namun akhirnya memilih Tangerang.",
        "DPRD Gresik Kunker ke Kota Malang\n\nMALANG - Bapemperda DPRD Kabupaten Gresik melakukan kunjungan kerja "
        "ke DPRD Kota Malang, Selasa (11/6/2024).\nSebelumnya muncul wacana kunjungan ke Kota Denpasar, Kota "
        "Mataram dan Kota Makassar, tetapi dibatalkan.",
        "DPRD Klaten Kunker ke Surakarta\n\nSURAKARTA - Komisi C DPRD Kabupaten Klaten melakukan kunjungan kerja "
        "ke Pemkot Surakarta, Kamis (6/6/2024).\nKomisi semula mengusulkan studi banding ke Kota Bogor, Kota "
        "Bandung dan Kota Cimahi, tapi usulan itu ditolak pimpinan.",
        "DPRD Sragen Kunker ke Kota Magelang\n\nMAGELANG - Komisi I DPRD Kabupaten Sragen melakukan kunjungan "
        "kerja ke Pemkot Magelang, Senin (10/6/2024).\nKunjungan ke Kabupaten Kendal, Kota Salatiga dan Kabupaten "
        "Semarang yang dijadwalkan sebelumnya, sayangnya urung dilaksanakan.",
    ],
)
def test_a_trip_called_off_names_no_stops(text: str) -> None:
    assert len(_stops(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "DPRD Klaten Studi Banding\n\nKLATEN - Komisi C DPRD Kabupaten Klaten melakukan studi banding ke Kota "
        "Bogor, Kota Bandung dan Kota Cimahi, Kamis (6/6/2024), namun hujan deras sempat menunda jadwal.",
        "DPRD Klaten Studi Banding\n\nKLATEN - Komisi C DPRD Kabupaten Klaten melakukan studi banding ke Kota "
        "Bogor, Kota Bandung dan Kota Cimahi, Kamis (6/6/2024).\nNamun kunjungan ke Kota Depok dibatalkan.",
    ],
)
def test_a_trip_made_keeps_its_stops(text: str) -> None:
    assert len(_stops(text)) >= 3
