"""Programme, cohort and activity probed with short reports written for this test (SCHEMA:
programmes by canonical name else as written; cohort the angkatan as a number, never a year;
activity one of six values, the most specific name winning). Sentences are our own."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.models import visit_json


def _fields(text: str) -> list[tuple]:
    got = [visit_json(e.visit) for e in extract_text(text)]
    return sorted(((v["program"], v["cohort"], v["activity"]) for v in got), key=str)


CASES = [
    (
        "PADANG – Sebanyak 40 peserta PPRA Angkatan LXII Lemhannas RI melaksanakan Studi Strategis Dalam"
        " Negeri di Provinsi Sumatera Barat, Rabu (8/3/2023).",
        [("PPRA", 62, "ksdn")],
    ),
    (
        "KENDARI – Pemerintah Kota Kendari menerima kunjungan peserta PKA angkatan ke-2 Kabupaten Kolaka"
        " dalam rangka studi lapangan, Kamis (9/3/2023).",
        [("PKA", 2, "studi lapangan")],
    ),
    (
        "BOGOR – Peserta PKP Kelas B Kabupaten Sukabumi melaksanakan benchmarking ke Kota Bogor, Senin (13/3/2023).",
        [("PKP", None, "benchmarking")],
    ),
    (
        "BATAM – Pemerintah Kota Batam menerima kunjungan peserta Pelatihan Kepemimpinan Administrator "
        "dari Kabupaten Karimun, Selasa (14/3/2023). Para peserta merupakan angkatan III tahun ini dan "
        "datang untuk benchmarking.",
        [("PKA", 3, "benchmarking")],
    ),
    (
        "MATARAM – Sebanyak 30 peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan III Kabupaten"
        " Sumbawa melaksanakan studi lapangan ke Kota Mataram, Rabu (15/3/2023).",
        [("PKA", 3, "studi lapangan")],
    ),
    (
        "SURABAYA – Peserta Diklatpim Tk. III Angkatan XV Provinsi Bali melakukan benchmarking ke "
        "Pemerintah Kota Surabaya, Kamis (16/3/2023).",
        [("Diklatpim III", 15, "benchmarking")],
    ),
    (
        "SLEMAN – Peserta Diklat PIM II Angkatan 5 Kementerian Dalam Negeri melaksanakan studi lapangan "
        "ke Pemerintah Kabupaten Sleman, Jumat (17/3/2023).",
        [("Diklatpim II", 5, "studi lapangan")],
    ),
    (
        "KUDUS – Peserta Diklat Prajabatan Golongan III Kabupaten Pati berkunjung ke Kabupaten Kudus "
        "untuk observasi lapangan, Senin (20/3/2023).",
        [("Prajabatan", None, "studi lapangan")],
    ),
    (
        "PEKANBARU – Peserta Pelatihan Kepemimpinan Nasional Tingkat II (PKN II) Angkatan VIII LAN RI "
        "melakukan visitasi ke Pemerintah Provinsi Riau, Selasa (21/3/2023).",
        [("PKN II", 8, "studi lapangan")],
    ),
    (
        "JAMBI – Peserta PKN I Angkatan 2 melaksanakan benchmarking ke Pemerintah Provinsi Jambi, Rabu (22/3/2023).",
        [("PKN I", 2, "benchmarking")],
    ),
    (
        "CILACAP – Peserta Pelatihan Kepemimpinan Pengawas angkatan ke-4 Kabupaten Banyumas melaksanakan"
        " studi tiru ke Kabupaten Cilacap, Kamis (23/3/2023).",
        [("PKP", 4, "studi banding")],
    ),
    (
        "GARUT – Sebanyak 50 peserta Pelatihan Dasar CPNS Angkatan 12 Kabupaten Tasikmalaya melakukan "
        "kunjungan belajar ke Kabupaten Garut, Jumat (24/3/2023).",
        [("Latsar CPNS", 12, "other")],
    ),
    (
        "BANTUL – Peserta Pelatihan Manajemen Pemerintahan Desa Angkatan 3 Kabupaten Kebumen "
        "melaksanakan studi banding ke Kabupaten Bantul, Senin (27/3/2023).",
        [("Pelatihan Manajemen Pemerintahan Desa", 3, "studi banding")],
    ),
    (
        "MAKASSAR – Peserta PKA Angkatan I dan PKP Angkatan II Kabupaten Gowa melakukan studi lapangan "
        "ke Kota Makassar, Selasa (28/3/2023).",
        [("PKA", 1, "studi lapangan"), ("PKP", 2, "studi lapangan")],
    ),
    (
        "MEDAN – Peserta Latsar CPNS Angkatan 2023 Kabupaten Deli Serdang melaksanakan studi lapangan ke"
        " Kota Medan, Rabu (29/3/2023).",
        [("Latsar CPNS", None, "studi lapangan")],
    ),
    (
        "PALU – Peserta PKA Angkatan 5 sebanyak 36 orang dari Kabupaten Donggala melakukan kaji banding "
        "ke Kota Palu, Kamis (30/3/2023).",
        [("PKA", 5, "studi banding")],
    ),
    (
        "SOLO – Rombongan peserta PKP Angkatan XXI Kabupaten Wonogiri melakukan kunjungan kerja ke "
        "Pemerintah Kota Surakarta, Jumat (31/3/2023).",
        [("PKP", 21, "kunjungan kerja")],
    ),
    (
        "YOGYAKARTA – Peserta PPRA LXV Lemhannas RI melaksanakan KSDN ke Daerah Istimewa Yogyakarta, Senin (3/4/2023).",
        [("PPRA", 65, "ksdn")],
    ),
    (
        "SERANG – Peserta Sespimmen Polri Dikreg ke-64 melaksanakan SSDN ke Provinsi Banten, Selasa (4/4/2023).",
        [("Sespimmen", 64, "ksdn")],
    ),
    (
        "BALIKPAPAN – Peserta PKA Angkatan 7 Kota Samarinda melaksanakan observasi lapangan ke Kota "
        "Balikpapan, Rabu (5/4/2023).",
        [("PKA", 7, "studi lapangan")],
    ),
    (
        "TEGAL – Peserta Diklatpim IV angkatan ke-10 Kabupaten Brebes melakukan studi banding ke Kota "
        "Tegal, Kamis (6/4/2023).",
        [("Diklatpim IV", 10, "studi banding")],
    ),
    (
        "DENPASAR – Peserta Diklat Kepemimpinan Tingkat III Angkatan II Provinsi NTT melakukan "
        "benchmarking ke Pemerintah Kota Denpasar, Jumat (7/4/2023).",
        [("Diklatpim III", 2, "benchmarking")],
    ),
    (
        "BANJARMASIN – Pemerintah Kota Banjarmasin menerima peserta PKP dari Kabupaten Tapin yang "
        "melakukan studi lapangan, Senin (10/4/2023). Peserta berasal dari angkatan ke-6.",
        [("PKP", 6, "studi lapangan")],
    ),
    (
        "PONTIANAK – Peserta Pelatihan Kepemimpinan Administrator Angkatan Ketiga Kabupaten Sanggau "
        "melakukan studi lapangan ke Kota Pontianak, Selasa (11/4/2023).",
        [("PKA", 3, "studi lapangan")],
    ),
    (
        "BENGKULU – Peserta Latsar CPNS Golongan II Angkatan IV Kabupaten Seluma melaksanakan visitasi "
        "ke Kota Bengkulu, Rabu (12/4/2023).",
        [("Latsar CPNS", 4, "studi lapangan")],
    ),
    (
        "AMBON – Peserta PKA Angkatan 2 Tahun 2023 Kabupaten Maluku Tengah melakukan studi lapangan ke "
        "Kota Ambon, Kamis (13/4/2023).",
        [("PKA", 2, "studi lapangan")],
    ),
    (
        "MANADO – Peserta Diklatpim III Angkatan 1 dan Angkatan 2 Kabupaten Minahasa melakukan "
        "benchmarking ke Kota Manado, Jumat (14/4/2023).",
        [("Diklatpim III", 1, "benchmarking"), ("Diklatpim III", 2, "benchmarking")],
    ),
    (
        "LAMPUNG – Peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan XII Kabupaten Pringsewu "
        "melakukan studi lapangan ke Kota Metro, Senin (17/4/2023).",
        [("PKP", 12, "studi lapangan")],
    ),
    (
        "KUPANG – 45 peserta PKA Angkatan 45 Kabupaten Kupang melaksanakan benchmarking ke Kota Kupang, "
        "Selasa (18/4/2023).",
        [("PKA", 45, "benchmarking")],
    ),
    (
        "CIREBON – Peserta Pelatihan Kepemimpinan Administrator angkatan II melakukan studi lapangan ke "
        "Kabupaten Cirebon. Pelatihan itu diikuti pejabat Kabupaten Kuningan, Rabu (19/4/2023).",
        [("PKA", 2, "studi lapangan")],
    ),
    (
        "JEMBER – Peserta Pelatihan Teknis Pengadaan Barang dan Jasa Kabupaten Lumajang melakukan studi "
        "banding ke Kabupaten Jember, Kamis (20/4/2023).",
        [("Pelatihan Teknis Pengadaan Barang dan Jasa", None, "studi banding")],
    ),
    (
        "SAMARINDA – Peserta Diklat Kepemimpinan Tingkat IV Angkatan 31 Kabupaten Kutai Kartanegara "
        "melakukan studi lapangan ke Kota Samarinda, Jumat (21/4/2023).",
        [("Diklatpim IV", 31, "studi lapangan")],
    ),
    (
        "MAGELANG – Peserta PKP Angkatan VI Kabupaten Temanggung melaksanakan studi lapangan (stula) ke "
        "Kota Magelang, Senin (24/4/2023).",
        [("PKP", 6, "studi lapangan")],
    ),
    (
        "BOYOLALI – Peserta PKA angkatan 1 Kabupaten Klaten melakukan benchmarking dan studi lapangan ke"
        " Kabupaten Boyolali, Selasa (25/4/2023).",
        [("PKA", 1, "benchmarking")],
    ),
    (
        "KEDIRI – Peserta Latihan Dasar CPNS Kabupaten Nganjuk kelompok 3 melakukan kunjungan belajar ke"
        " Kota Kediri, Rabu (26/4/2023).",
        [("Latsar CPNS", None, "other")],
    ),
    (
        "TANGERANG – Peserta Pelatihan Kepemimpinan Administrator Angkatan Ke-IV Kota Tangerang Selatan "
        "melakukan benchmarking ke Kota Tangerang, Kamis (27/4/2023).",
        [("PKA", 4, "benchmarking")],
    ),
    (
        "DEPOK – Peserta Diklatpim Tingkat III angkatan 40 Pemerintah Provinsi Jawa Barat melakukan "
        "studi lapangan ke Kota Depok, Jumat (28/4/2023). Sebanyak 40 peserta hadir.",
        [("Diklatpim III", 40, "studi lapangan")],
    ),
    (
        "BOGOR – Peserta PKA Angkatan 3 Kabupaten Cianjur melaksanakan patok banding ke Kota Bogor, Senin (5/6/2023).",
        [("PKA", 3, "benchmarking")],
    ),
    (
        "BOGOR – Peserta PKP Angkatan 8 Kabupaten Bekasi melaksanakan BTBP ke Kota Bogor, Senin (5/6/2023).",
        [("PKP", 8, "benchmarking")],
    ),
    (
        "BOGOR – Peserta PKP Angkatan 9 Kabupaten Karawang melakukan bencmarking ke Kota Bogor, Senin (5/6/2023).",
        [("PKP", 9, "benchmarking")],
    ),
    (
        "BOGOR – Peserta PKA Angkatan 6 Kabupaten Purwakarta melaksanakan orientasi lapangan ke Kota "
        "Bogor, Senin (5/6/2023).",
        [("PKA", 6, "studi lapangan")],
    ),
    (
        "BOGOR – Peserta PKA Angkatan 7 Kabupaten Subang melaksanakan studi komparatif ke Kota Bogor, "
        "Senin (5/6/2023).",
        [("PKA", 7, "studi banding")],
    ),
    (
        "BOGOR – Peserta PKP Angkatan 11 Kabupaten Lebak melaksanakan kunker ke Kota Bogor, Senin (5/6/2023).",
        [("PKP", 11, "kunjungan kerja")],
    ),
    (
        "SEMARANG – Peserta PPRA Angkatan 66 Lemhannas RI melaksanakan Kunjungan Studi Strategis Dalam "
        "Negeri (KSSDN) ke Provinsi Jawa Tengah, Senin (5/6/2023).",
        [("PPRA", 66, "ksdn")],
    ),
    (
        "SEMARANG – Peserta PPSA Angkatan 24 Lemhannas RI melaksanakan SSLN ke Jepang, Senin (5/6/2023),"
        " yang juga disebut studi banding.",
        [("PPSA", 24, "other")],
    ),
    (
        "SURABAYA – Sebanyak 60 peserta Pelatihan Kepemimpinan Administrator Angkatan 60 Provinsi Jawa "
        "Tengah melakukan benchmarking ke Kota Surabaya, Selasa (6/6/2023).",
        [("PKA", 60, "benchmarking")],
    ),
    (
        "SURABAYA – Peserta PKA Angkatan 25 Provinsi Jawa Tengah melakukan benchmarking ke Kota "
        "Surabaya, Selasa (6/6/2023).",
        [("PKA", 25, "benchmarking")],
    ),
    (
        "SURABAYA – Peserta PKN Tingkat II Angkatan 3 tahun 2023 melakukan benchmarking ke Pemerintah "
        "Kota Surabaya, Selasa (6/6/2023).",
        [("PKN II", 3, "benchmarking")],
    ),
    (
        "SURABAYA – Peserta Pelatihan Kepemimpinan Pengawas (PKP) dan Pelatihan Kepemimpinan "
        "Administrator (PKA) Kabupaten Jombang melakukan studi lapangan ke Kota Surabaya, Selasa "
        "(6/6/2023). PKP diikuti angkatan 5, PKA angkatan 2.",
        [("PKP", 5, "studi lapangan"), ("PKA", 2, "studi lapangan")],
    ),
    (
        "BANDUNG – Peserta Pelatihan Kepemimpinan Administrator Kabupaten Sumedang berkunjung ke Kota "
        "Bandung untuk benchmarking, Rabu (7/6/2023). Peserta tergabung dalam Angkatan XIV.",
        [("PKA", 14, "benchmarking")],
    ),
    (
        "BANDUNG – Peserta Pelatihan Kepemimpinan Administrator Kabupaten Garut berkunjung ke Kota "
        "Bandung untuk benchmarking, Rabu (7/6/2023). Angkatan ini berjumlah 30 orang dan merupakan "
        "angkatan ke-14.",
        [("PKA", 14, "benchmarking")],
    ),
    (
        "BANDUNG – Peserta Sekolah Staf dan Pimpinan Menengah (Sespimmen) Polri Dikreg ke-65 "
        "melaksanakan studi banding ke Pemerintah Kota Bandung, Rabu (7/6/2023).",
        [("Sespimmen", 65, "studi banding")],
    ),
    (
        "BANDUNG – Peserta Pelatihan Kepemimpinan Nasional Tingkat I Angkatan LVII melakukan studi "
        "lapangan ke Provinsi Jawa Barat, Rabu (7/6/2023).",
        [("PKN I", 57, "studi lapangan")],
    ),
    (
        "BANDUNG – Peserta Latihan Dasar CPNS Angkatan XCIX melakukan studi lapangan ke Kota Bandung, Rabu (7/6/2023).",
        [("Latsar CPNS", 99, "studi lapangan")],
    ),
    (
        "BANDUNG – Peserta Diklatpim Tk. IV Angkatan CXX melakukan studi lapangan ke Kota Bandung, Rabu (7/6/2023).",
        [("Diklatpim IV", 120, "studi lapangan")],
    ),
    (
        "KEBUMEN – Peserta PKA Angkatan 3 dan 4 Kabupaten Purworejo sebanyak 60 orang melakukan studi "
        "lapangan ke Kabupaten Kebumen, Kamis (8/6/2023).",
        [("PKA", 3, "studi lapangan"), ("PKA", 4, "studi lapangan")],
    ),
    (
        "KEBUMEN – Peserta PKA Angkatan III dan IV Kabupaten Banjarnegara melakukan studi lapangan ke "
        "Kabupaten Kebumen, Kamis (8/6/2023).",
        [("PKA", 3, "studi lapangan"), ("PKA", 4, "studi lapangan")],
    ),
    (
        "KEBUMEN – Peserta Diklatpim III Angkatan ke-2 dan ke-3 Kabupaten Wonosobo melakukan studi "
        "lapangan ke Kabupaten Kebumen, Kamis (8/6/2023).",
        [("Diklatpim III", 2, "studi lapangan"), ("Diklatpim III", 3, "studi lapangan")],
    ),
    (
        "KEBUMEN – Peserta Pelatihan Kader Posyandu Angkatan I Kabupaten Cilacap melakukan studi banding"
        " ke Kabupaten Kebumen, Kamis (8/6/2023).",
        [("Pelatihan Kader Posyandu", 1, "studi banding")],
    ),
    (
        "SLEMAN – Peserta PKN Tk. II Angkatan 4 melakukan studi lapangan ke Pemerintah Kabupaten Sleman,"
        " Senin (3/7/2023).",
        [("PKN II", 4, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Diklat Kepemimpinan (Diklatpim) Tingkat IV Angkatan 8 Kabupaten Magelang "
        "melakukan studi lapangan ke Kabupaten Sleman, Senin (3/7/2023).",
        [("Diklatpim IV", 8, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Dasar (Latsar) CPNS Golongan III Angkatan 5 Kabupaten Klaten "
        "melakukan studi lapangan ke Kabupaten Sleman, Senin (3/7/2023).",
        [("Latsar CPNS", 5, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta PKP Angkatan 3 Kabupaten Kulon Progo melaksanakan Kunjungan Studi Lapangan ke "
        "Kabupaten Sleman, Senin (3/7/2023).",
        [("PKP", 3, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta PKA Angkatan 9 Kabupaten Wonosobo melakukan benchmarking (patok banding) ke "
        "Kabupaten Sleman, Senin (3/7/2023).",
        [("PKA", 9, "benchmarking")],
    ),
    (
        "SLEMAN – Peserta Pendidikan dan Pelatihan Kepemimpinan Tingkat III Angkatan 12 Kabupaten Kendal"
        " melakukan studi banding ke Kabupaten Sleman, Senin (3/7/2023).",
        [("Diklatpim III", 12, "studi banding")],
    ),
    (
        "SLEMAN – Peserta PIM IV Angkatan 6 Kabupaten Demak melakukan studi lapangan ke Kabupaten "
        "Sleman, Senin (3/7/2023).",
        [("Diklatpim IV", 6, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Kepemimpinan Administrator Angkatan 1 Kabupaten Rembang melakukan "
        "studi lapangan ke Kabupaten Sleman, Senin (3/7/2023). Angkatan pertama ini diikuti 32 pejabat "
        "administrator.",
        [("PKA", 1, "studi lapangan")],
    ),
    (
        "SLEMAN – Pemkab Sleman menerima kunjungan peserta PKP Kabupaten Grobogan, Senin (3/7/2023). "
        "Kunjungan itu merupakan bagian dari studi lapangan angkatan ke-7.",
        [("PKP", 7, "studi lapangan")],
    ),
    (
        "SLEMAN – Sebanyak 45 orang peserta Latsar CPNS Angkatan XII Kabupaten Boyolali studi tiru ke "
        "Kabupaten Sleman, Senin (3/7/2023).",
        [("Latsar CPNS", 12, "studi banding")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Kepemimpinan Pengawas angkatan ke 15 Kabupaten Batang melakukan "
        "studi lapangan ke Kabupaten Sleman, Senin (3/7/2023).",
        [("PKP", 15, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Kepemimpinan Administrator Kabupaten Pemalang melakukan studi "
        "lapangan ke Kabupaten Sleman, Senin (3/7/2023). Pelatihan angkatan ke-3 itu berlangsung sejak "
        "Mei.",
        [("PKA", 3, "studi lapangan")],
    ),
    (
        "SLEMAN – Peserta Pelatihan Kepemimpinan Administrator Angkatan 2 Kabupaten Tegal melakukan "
        "studi lapangan ke Kabupaten Sleman pada hari ke-3, Senin (3/7/2023).",
        [("PKA", 2, "studi lapangan")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_programme_cohort_and_activity(text: str, expected: list[tuple]) -> None:
    assert _fields(text) == sorted(expected, key=str)
