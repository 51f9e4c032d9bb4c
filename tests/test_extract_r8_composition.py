"""Where a cohort's members come from, round r8-composition: one travelling group, not senders.
Sentences written for this test, in several wordings and outlet styles."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _origins(text: str) -> list[str | None]:
    return [e.visit.origin.institution for e in extract_text(text)]


# ---------------------------------------------------------------- 1. members' home regions describe one cohort
# Reports of a training cohort list the regions or bodies its members come from ("peserta berasal dari A,
# B dan C", "utusan dari", "perwakilan", "asal A (5 orang), B (3 orang)"): the make-up of one group sent by
# the body that runs the training, one record whatever the number of regions.
@pytest.mark.parametrize(
    "text",
    [
        # a national body's training, members' provinces in a second sentence
        "SEMARANG - Sebanyak 32 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan IV Pusdiklat "
        "Kementerian Desa melakukan studi lapangan ke Kota Semarang, Selasa (6/8/2019). Para peserta "
        "berasal dari Provinsi Jambi, Provinsi Bengkulu, Provinsi Riau dan Provinsi Kepulauan Riau.",
        # members' origins with head counts in brackets, the members written as "peserta asal"
        "SUBANG - Balai Besar Pelatihan Pertanian (BBPP) Lembang membawa 24 peserta Pelatihan Teknis "
        "Hortikultura studi lapangan ke Kabupaten Subang, Kamis (1/8/2019). Peserta asal Kabupaten Bogor "
        "(9 orang), Kabupaten Karawang (7 orang) dan Kabupaten Purwakarta (8 orang).",
        # a police staff college, members sent by regional commands
        "Sebanyak 45 serdik Sespimmen Polri Dikreg ke-61 melaksanakan kunjungan studi ke Kabupaten Gianyar, "
        "Rabu (4/9/2019). Serdik tersebut merupakan perwakilan dari Polda Jawa Timur, Polda Sumatera Barat, "
        "Polda Kalimantan Timur dan Polda Maluku.",
        # members counted with their profession, regions right after "dari"
        "MAJALENGKA - Pelatihan Dasar Penyuluh Pertanian yang diikuti 28 penyuluh dari Kabupaten Bekasi, "
        "Kabupaten Indramayu, Kabupaten Subang dan Kota Depok menggelar studi lapangan ke Kabupaten "
        "Majalengka, Senin (9/9/2019).",
        # headline, dateline, and the members "utusan" of their regencies
        "Latsar CPNS Belajar Pelayanan ke Kota Batu\n\nBATU - Peserta Pelatihan Dasar CPNS Angkatan VII "
        "Pusdiklat Kementerian Agama melaksanakan studi lapangan ke Kota Batu, Jumat (11/10/2019). Peserta "
        "merupakan utusan Kabupaten Sampang, Kabupaten Bangkalan, Kabupaten Sumenep serta Kabupaten Pamekasan.",
        # the cohort named in one sentence, "Mereka berasal dari …" in the next
        "MADIUN - Sebanyak 26 peserta Pelatihan Kepemimpinan Pengawas Angkatan V Pusdiklat Kementerian "
        "Kesehatan melaksanakan studi lapangan ke Kota Madiun, Selasa (16/7/2019). Mereka berasal dari "
        "Provinsi Jawa Barat, Provinsi Lampung dan Provinsi Banten.",
        # the group's make-up: people "terdiri atas … dari" their services and regions
        "MALANG - Rombongan peserta Program Pendidikan Reguler Angkatan LXIII Lemhannas RI melaksanakan "
        "studi strategis dalam negeri ke Kabupaten Malang, Senin (20/5/2019). Rombongan terdiri atas "
        "perwira TNI, Polri serta ASN dari Provinsi Sumatera Barat, Provinsi Bali dan Provinsi Maluku.",
        # the regions after "daerah asal peserta", in a later paragraph
        "Peserta PKA Belajar ke Kota Pasuruan\n\nPASURUAN - Sebanyak 33 peserta Pelatihan Kepemimpinan "
        "Administrator (PKA) Angkatan VI BPSDM Kementerian Dalam Negeri melakukan studi lapangan ke Kota "
        "Pasuruan, Kamis (12/9/2019).\nAdapun daerah asal para peserta antara lain Kabupaten Jayapura, "
        "Kabupaten Merauke, Kota Sorong dan Kabupaten Maluku Tengah.",
        # the training "diikuti" by people sent from regions
        "YOGYAKARTA - Pusdiklat Kementerian Keuangan menggelar studi lapangan Pelatihan Kepemimpinan "
        "Pengawas ke Kota Yogyakarta, Rabu (20/11/2019). Pelatihan ini diikuti 32 pegawai utusan Kabupaten "
        "Kendal, Kabupaten Batang, Kabupaten Wonosobo dan Kota Magelang.",
        # a long description of the members between them and "dari"
        "BOGOR - Lembaga Administrasi Negara membawa 28 peserta PKN Tingkat II yang merupakan pejabat "
        "pimpinan tinggi pratama dari Provinsi Jambi, Provinsi Riau dan Provinsi Aceh studi lapangan ke Kota "
        "Bogor, Selasa (3/12/2019).",
        # the group "terdiri atas" officials of several regencies, in the lead
        "MEDAN - Rombongan Pelatihan Kepemimpinan Administrator Pusdiklat Kementerian Sosial yang terdiri "
        "atas pejabat Kabupaten Karo, Kabupaten Dairi, Kabupaten Samosir dan Kota Binjai melakukan studi "
        "lapangan ke Kota Medan, Kamis (14/11/2019).",
    ],
)
def test_members_origins_make_one_record(text: str) -> None:
    assert len(_origins(text)) == 1


# near-misses: bodies that travel together are senders side by side, and a cohort split to places stays split
@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "KENDAL - Pemerintah Kabupaten Batang dan Pemerintah Kabupaten Pekalongan melakukan studi banding "
            "bersama ke Kabupaten Kendal, Selasa (5/3/2019). Rombongan Pemkab Batang dipimpin Sekda, "
            "sedangkan rombongan Pemkab Pekalongan dipimpin Asisten II.",
            2,
        ),
        (
            "SOLO - Peserta Diklatpim IV Angkatan 8 BPSDM Provinsi Jawa Tengah melakukan studi lapangan, "
            "Kamis (7/3/2019). Kelompok I ke Kabupaten Sragen, sedangkan Kelompok II ke Kabupaten Karanganyar.",
            2,
        ),
    ],
)
def test_senders_and_groups_stay_apart(text: str, n: int) -> None:
    assert len(_origins(text)) == n
