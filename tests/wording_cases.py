# ruff: noqa: E501  (the mini-articles keep one paragraph per line, as a report prints them)
"""Own-words mini-articles, several wordings per family of issue 11, with the record a reader writes.

Every article here was written for this file (never copied from a report) in the ways Indonesian
reporters phrase a study visit: other trigger verbs, host first or destination first, passives,
programme names written differently, numbers in words, dates in every form, the headers and bylines
of several outlets. `expected` lists the visits; each visit gives only the fields a user checks for
that family (dotted paths, compared as tests/scoring.py compares them). The expected records were
written before the extractor was run on the text.

`UNDECIDED` names the cases extraction is not expected to get, each with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    family: str
    name: str
    text: str
    expected: list[dict] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.family}-{self.name}"


def _v(**fields) -> dict:
    """A visit given by dotted paths written with '__' ('destination__province')."""
    return {k.replace("__", "."): v for k, v in fields.items()}


CASES: list[Case] = []


def case(family: str, name: str, text: str, *visits: dict) -> None:
    CASES.append(Case(family, name, text.strip() + "\n", list(visits)))


# ---------------------------------------------------------------- 1. detection: other triggers and orders
case(
    "detect",
    "bertandang",
    """
Peserta PKA Jambi Bertandang ke Sleman
SLEMAN (ANTARA) - Sebanyak 30 peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan V Pemerintah Provinsi Jambi bertandang ke Pemerintah Kabupaten Sleman, Rabu (14/6/2023).
Kedatangan mereka merupakan bagian dari studi lapangan untuk mempelajari inovasi pelayanan publik di daerah itu.
Rombongan diterima Sekretaris Daerah Kabupaten Sleman, Hartono Wibisono, di ruang rapat sekretariat daerah.
"Kami ingin belajar langsung dari keberhasilan Sleman," kata ketua rombongan, Yusran Hakim.
""",
    _v(
        program="PKA",
        cohort=5,
        activity="studi lapangan",
        participants=30,
        origin__province="Jambi",
        destination__province="DI Yogyakarta",
        start_date="2023-06-14",
        end_date="2023-06-14",
    ),
)
case(
    "detect",
    "kedatangan-rombongan-host-first",
    """
Pemkot Pekalongan Kedatangan Rombongan Diklatpim dari Kalsel
PEKALONGAN - Pemerintah Kota Pekalongan kedatangan rombongan peserta Diklat Kepemimpinan Tingkat III Angkatan II Badan Pengembangan Sumber Daya Manusia Daerah Provinsi Kalimantan Selatan, Selasa (5/9/2017).
Pekalongan menjadi tuan rumah studi tiru bagi 35 peserta yang ingin menimba ilmu tentang pengembangan batik sebagai produk unggulan daerah.
Wali Kota Pekalongan, Sugeng Raharjo, menyambut para tamu di ruang Buketan Setda.
""",
    _v(
        program="Diklatpim III",
        cohort=2,
        activity="studi banding",
        participants=35,
        origin__province="Kalimantan Selatan",
        destination__province="Jawa Tengah",
        destination__regency="Kota Pekalongan",
        start_date="2017-09-05",
        end_date="2017-09-05",
    ),
)
case(
    "detect",
    "send-off-planned",
    """
Sekda Papua Barat Lepas 40 Peserta PKP ke Bali
MANOKWARI - Sekretaris Daerah Provinsi Papua Barat, Frans Mandacan, melepas keberangkatan 40 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan III, Senin (10/7/2023).
Para peserta akan melaksanakan studi lapangan di Pemerintah Kabupaten Badung, Provinsi Bali, pada 11-13 Juli 2023.
Frans berpesan agar peserta memanfaatkan kesempatan itu untuk mempelajari tata kelola pariwisata.
""",
    _v(
        program="PKP",
        cohort=3,
        activity="studi lapangan",
        participants=40,
        origin__province="Papua Barat",
        destination__province="Bali",
        start_date="2023-07-11",
        end_date="2023-07-13",
    ),
)
case(
    "detect",
    "dipilih-sebagai-lokasi",
    """
Banyuwangi Dipilih Jadi Lokasi Studi Lapangan PKN II
BANYUWANGI - Kabupaten Banyuwangi dipilih sebagai lokasi studi lapangan peserta Pelatihan Kepemimpinan Nasional (PKN) Tingkat II Angkatan XII Lembaga Administrasi Negara (LAN).
Sebanyak 60 peserta berada di Banyuwangi pada 21-23 Agustus 2019.
Selama di sana peserta mempelajari Mal Pelayanan Publik dan program Smart Kampung.
""",
    _v(
        program="PKN II",
        cohort=12,
        activity="studi lapangan",
        participants=60,
        origin__province=None,
        destination__province="Jawa Timur",
        start_date="2019-08-21",
        end_date="2019-08-23",
    ),
)
case(
    "detect",
    "menyambangi-diterima-di",
    """
Peserta Latsar CPNS Lamongan Sambangi Dispendukcapil Surabaya
SURABAYA - Dua puluh lima peserta Pelatihan Dasar CPNS Kabupaten Lamongan menyambangi Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya, Rabu (2/11/2022), dalam rangka kunjungan lapangan.
Mereka diterima di ruang rapat oleh kepala dinas, Agus Imam Santoso.
Peserta mempelajari layanan administrasi kependudukan secara daring.
""",
    _v(
        program="Latsar CPNS",
        activity="studi lapangan",
        participants=25,
        origin__province="Jawa Timur",
        destination__province="Jawa Timur",
        host_agencies=["Dinas Kependudukan dan Pencatatan Sipil"],
        start_date="2022-11-02",
        end_date="2022-11-02",
    ),
)
case(
    "detect",
    "ditetapkan-objek-studi",
    """
Tiga OPD Sumedang Jadi Objek Studi Peserta PKP Jabar
SUMEDANG - Tiga perangkat daerah di lingkungan Pemerintah Kabupaten Sumedang ditetapkan menjadi objek studi lapangan peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan IV BPSDM Provinsi Jawa Barat, Kamis (18/5/2023).
Ketiganya adalah Dinas Komunikasi dan Informatika, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, serta Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.
Sebanyak 45 peserta dibagi ke tiga perangkat daerah tersebut.
""",
    _v(
        program="PKP",
        cohort=4,
        activity="studi lapangan",
        participants=45,
        origin__province="Jawa Barat",
        destination__province="Jawa Barat",
        destination__regency="Kabupaten Sumedang",
        start_date="2023-05-18",
        end_date="2023-05-18",
    ),
)
case(
    "detect",
    "virtual-benchmarking",
    """
Peserta PKA Kaltim Benchmarking Virtual ke Kulon Progo
SAMARINDA - Peserta Pelatihan Kepemimpinan Administrator Angkatan I BPSDM Provinsi Kalimantan Timur melaksanakan benchmarking secara virtual dengan Pemerintah Kabupaten Kulon Progo, Selasa (8/9/2020).
Kegiatan melalui aplikasi Zoom itu diikuti 40 peserta dan membahas gerakan Bela Beli Kulon Progo.
""",
    _v(
        program="PKA",
        cohort=1,
        activity="benchmarking",
        participants=40,
        origin__province="Kalimantan Timur",
        destination__province="DI Yogyakarta",
        start_date="2020-09-08",
        end_date="2020-09-08",
    ),
)
case(
    "detect",
    "visit-mentions-opening",
    """
Peserta Diklatpim IV Riau Melawat ke Kota Batam
BATAM - Setelah pembukaan pelatihan pada Maret lalu, 32 peserta Diklatpim IV Angkatan VIII Provinsi Riau melawat ke Pemerintah Kota Batam untuk kunjungan lapangan, Jumat (12/5/2017).
Rombongan mempelajari pelayanan perizinan di Batam.
""",
    _v(
        program="Diklatpim IV",
        cohort=8,
        activity="studi lapangan",
        participants=32,
        origin__province="Riau",
        destination__province="Kepulauan Riau",
        start_date="2017-05-12",
        end_date="2017-05-12",
    ),
)
case(
    "detect",
    "opening-ceremony-no-visit",
    """
Gubernur Buka PKA Angkatan VI
KUPANG - Gubernur Nusa Tenggara Timur membuka Pelatihan Kepemimpinan Administrator Angkatan VI di aula BPSDM Provinsi NTT, Senin (6/3/2023).
Pelatihan diikuti 40 peserta selama empat bulan. Materinya meliputi agenda kepemimpinan, proyek perubahan dan studi lapangan.
Gubernur meminta peserta mengikuti seluruh rangkaian pelatihan dengan sungguh-sungguh.
""",
)

# ---------------------------------------------------------------- 3. programmes and cohorts
case(
    "program",
    "diklat-kepemimpinan-tingkat",
    """
Peserta Diklat Kepemimpinan Tingkat III Kunjungi Pemkab Gianyar
GIANYAR - Sebanyak 30 peserta Diklat Kepemimpinan Tingkat III Angkatan XV Pemerintah Provinsi Nusa Tenggara Barat melakukan studi banding ke Pemerintah Kabupaten Gianyar, Kamis (20/10/2016).
Mereka mempelajari pengelolaan pasar tradisional.
""",
    _v(
        program="Diklatpim III",
        cohort=15,
        activity="studi banding",
        participants=30,
        origin__province="Nusa Tenggara Barat",
        destination__province="Bali",
    ),
)
case(
    "program",
    "sespimmen-dikreg",
    """
Serdik Sespimmen Polri Studi Banding ke Polda Bali
DENPASAR - Sebanyak 25 perwira siswa Sekolah Staf dan Pimpinan Menengah (Sespimmen) Polri Pendidikan Reguler (Dikreg) ke-63 melaksanakan studi banding ke Polda Bali, Selasa (14/3/2023).
Mereka mempelajari pengamanan kegiatan internasional.
""",
    _v(
        program="Sespimmen",
        cohort=63,
        activity="studi banding",
        participants=25,
        origin__province=None,
        destination__province="Bali",
    ),
)
case(
    "program",
    "cohort-next-sentence",
    """
Peserta PKA Kudus Studi Lapangan ke Kota Salatiga
SALATIGA - Peserta Pelatihan Kepemimpinan Administrator (PKA) Pemerintah Kabupaten Kudus melaksanakan studi lapangan di Pemerintah Kota Salatiga, Rabu (9/8/2023).
Mereka merupakan angkatan II tahun 2023 yang berjumlah 36 orang.
Peserta mempelajari inovasi layanan kesehatan.
""",
    _v(
        program="PKA",
        cohort=2,
        activity="studi lapangan",
        participants=36,
        origin__province="Jawa Tengah",
        destination__province="Jawa Tengah",
    ),
)
case(
    "program",
    "unknown-programme-as-written",
    """
Peserta Diklat Teknis Manajemen Aset Daerah Studi Banding ke Kota Bandung
BANDUNG - Sebanyak 20 peserta Diklat Teknis Manajemen Aset Daerah dari Pemerintah Kabupaten Tapin melakukan studi banding ke Badan Keuangan dan Aset Daerah Kota Bandung, Senin (4/11/2019).
Mereka belajar tentang inventarisasi barang milik daerah.
""",
    _v(
        program="Diklat Teknis Manajemen Aset Daerah",
        activity="studi banding",
        participants=20,
        origin__province="Kalimantan Selatan",
        destination__province="Jawa Barat",
    ),
)
case(
    "program",
    "ppra-roman-ssdn",
    """
Peserta PPRA LXV Lemhannas Laksanakan SSDN di Sulawesi Utara
MANADO - Sebanyak 18 peserta Program Pendidikan Reguler Angkatan (PPRA) LXV Lemhannas RI melaksanakan Studi Strategis Dalam Negeri (SSDN) di Provinsi Sulawesi Utara, 22-26 Mei 2023.
Rombongan diterima Gubernur Sulawesi Utara di ruang Mapalus kantor gubernur.
""",
    _v(
        program="PPRA",
        cohort=65,
        activity="ksdn",
        participants=18,
        origin__province=None,
        destination__province="Sulawesi Utara",
        start_date="2023-05-22",
        end_date="2023-05-26",
    ),
)
case(
    "program",
    "diklatpim-tk-digits",
    """
Diklatpim Tk. IV Angkatan 51 Kunjungi Kota Probolinggo
PROBOLINGGO - Kota Probolinggo menerima kunjungan 40 peserta Diklatpim Tk. IV Angkatan 51 Badan Diklat Provinsi Jawa Timur, Kamis (13/7/2017).
Kunjungan tersebut merupakan benchmarking ke sejumlah perangkat daerah.
""",
    _v(
        program="Diklatpim IV",
        cohort=51,
        activity="benchmarking",
        participants=40,
        origin__province="Jawa Timur",
        destination__province="Jawa Timur",
    ),
)
case(
    "program",
    "sesparlu-as-written",
    """
Peserta Sesparlu Angkatan ke-72 Kunjungi Pemprov Jateng
SEMARANG - Sebanyak 24 peserta Sekolah Staf dan Pimpinan Kementerian Luar Negeri (Sesparlu) Angkatan ke-72 melakukan kunjungan kerja ke Pemerintah Provinsi Jawa Tengah, Rabu (6/9/2023).
Mereka mempelajari promosi investasi daerah.
""",
    _v(
        program="Sesparlu",
        cohort=72,
        activity="kunjungan kerja",
        participants=24,
        origin__province=None,
        destination__province="Jawa Tengah",
    ),
)

# ---------------------------------------------------------------- 4. participants
case(
    "participants",
    "number-words-with-orang",
    """
Peserta PKP Bengkulu Studi Lapangan di Lubuklinggau
LUBUKLINGGAU - Sebanyak tiga puluh dua orang peserta Pelatihan Kepemimpinan Pengawas Angkatan II Provinsi Bengkulu melakukan studi lapangan di Pemerintah Kota Lubuklinggau, Selasa (15/8/2023).
""",
    _v(program="PKP", cohort=2, participants=32, destination__province="Sumatera Selatan"),
)
case(
    "participants",
    "trainees-and-escorts",
    """
Rombongan Diklatpim III Gorontalo Belajar ke Kota Tomohon
TOMOHON - Rombongan Diklatpim III Angkatan IV Provinsi Gorontalo berjumlah 45 orang, terdiri atas 40 peserta dan lima orang pendamping, melakukan studi banding ke Pemerintah Kota Tomohon, Rabu (11/10/2017).
""",
    _v(program="Diklatpim III", cohort=4, participants=40, destination__province="Sulawesi Utara"),
)
case(
    "participants",
    "part-of-cohort",
    """
Dua Belas Peserta PKA Hadir di Kabupaten Siak
SIAK - Sebanyak 12 dari 48 peserta Pelatihan Kepemimpinan Administrator Angkatan III Provinsi Riau melaksanakan studi lapangan di Pemerintah Kabupaten Siak, Kamis (7/9/2023). Peserta lainnya menuju kabupaten lain.
""",
    _v(program="PKA", cohort=3, participants=12, destination__province="Riau"),
)
case(
    "participants",
    "header-time-is-no-count",
    """
Diikuti 25 Peserta, Latsar CPNS Blora Studi Lapangan ke Rembang
Rabu, 12 Juli 2023 | 10:45 WIB
REMBANG - Dua puluh lima peserta Pelatihan Dasar CPNS Kabupaten Blora melaksanakan studi lapangan di Pemerintah Kabupaten Rembang.
Mereka mempelajari pengelolaan tempat pelelangan ikan.
""",
    # The first expectation took the posting line's day as the visit day; the corpus rule (a posting
    # line is not the visit date, tune kh-08) says the visit day is not stated: null.
    _v(
        program="Latsar CPNS",
        participants=25,
        destination__province="Jawa Tengah",
        source__published="2023-07-12",
        start_date=None,
        end_date=None,
    ),
)
case(
    "participants",
    "words-noun-between",
    """
Sembilan Belas Pejabat Peserta PKA Kunjungi Bantaeng
BANTAENG - Sembilan belas pejabat administrator peserta PKA Angkatan VII Pemerintah Kabupaten Bulukumba melakukan studi tiru ke Pemerintah Kabupaten Bantaeng, Senin (24/7/2023).
""",
    _v(program="PKA", cohort=7, participants=19, activity="studi banding", destination__province="Sulawesi Selatan"),
)
case(
    "participants",
    "digits-asn-peserta",
    """
Pemkab Jembrana Terima Kunjungan Peserta PKP dari NTB
NEGARA - Pemerintah Kabupaten Jembrana menerima kunjungan 28 ASN peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan IX BPSDMD Provinsi NTB, Jumat (3/11/2023).
Para peserta didampingi dua widyaiswara.
""",
    _v(program="PKP", cohort=9, participants=28, origin__province="Nusa Tenggara Barat", destination__province="Bali"),
)

# ---------------------------------------------------------------- 5. host agencies (lokus)
case(
    "hosts",
    "mulai-dari-hingga",
    """
Peserta PKA Kota Palu Belajar ke Kota Makassar
MAKASSAR - Peserta Pelatihan Kepemimpinan Administrator Angkatan II Pemerintah Kota Palu melakukan studi lapangan di Kota Makassar, Senin (16/10/2023).
Peserta mengunjungi sejumlah perangkat daerah, mulai dari Dinas Kependudukan dan Pencatatan Sipil, Badan Pendapatan Daerah, hingga Dinas Perhubungan.
""",
    _v(
        program="PKA",
        destination__province="Sulawesi Selatan",
        host_agencies=["Dinas Kependudukan dan Pencatatan Sipil", "Badan Pendapatan Daerah", "Dinas Perhubungan"],
    ),
)
case(
    "hosts",
    "salah-satunya-village",
    """
Kades se-Kabupaten Kampar Studi Banding ke Sleman
SLEMAN - Sebanyak 30 kepala desa se-Kabupaten Kampar melakukan studi banding ke Kabupaten Sleman, Kamis (22/6/2023).
Rombongan mengunjungi beberapa desa wisata, salah satunya, Desa Wisata Pentingsari.
""",
    _v(
        program=None,
        activity="studi banding",
        participants=30,
        destination__province="DI Yogyakarta",
        host_agencies=["Desa Wisata Pentingsari"],
    ),
)
case(
    "hosts",
    "university-and-bps",
    """
Peserta PKP Kalteng Kunjungi Universitas Andalas dan BPS Sumbar
PADANG - Peserta Pelatihan Kepemimpinan Pengawas Angkatan V BPSDM Provinsi Kalimantan Tengah melakukan studi lapangan ke Padang, Selasa (5/9/2023).
Rombongan mengunjungi Universitas Andalas dan Badan Pusat Statistik (BPS) Provinsi Sumatera Barat.
""",
    _v(
        program="PKP",
        destination__province="Sumatera Barat",
        host_agencies=["Universitas Andalas", "Badan Pusat Statistik (BPS)"],
    ),
)
case(
    "hosts",
    "two-units-with-dan",
    """
Peserta Diklatpim IV Wonogiri Studi Banding ke Klaten
KLATEN - Peserta Diklatpim IV Angkatan III Kabupaten Wonogiri melakukan studi banding ke Dinas Pendidikan dan Dinas Kesehatan Kabupaten Klaten, Rabu (13/9/2017).
""",
    _v(
        program="Diklatpim IV",
        destination__province="Jawa Tengah",
        host_agencies=["Dinas Pendidikan", "Dinas Kesehatan"],
    ),
)
case(
    "hosts",
    "names-with-commas",
    """
Peserta PKA Kabupaten Sikka Kunjungi Dua Dinas di Kota Kupang
KUPANG - Peserta PKA Angkatan I Kabupaten Sikka melaksanakan studi lapangan di Kota Kupang, Kamis (19/10/2023).
Lokus yang dikunjungi yaitu Dinas Pemuda, Olahraga dan Pariwisata serta Dinas Perumahan, Kawasan Permukiman dan Pertanahan.
""",
    _v(
        program="PKA",
        destination__province="Nusa Tenggara Timur",
        host_agencies=["Dinas Pemuda, Olahraga dan Pariwisata", "Dinas Perumahan, Kawasan Permukiman dan Pertanahan"],
    ),
)
case(
    "hosts",
    "hall-is-not-lokus",
    """
Peserta PKP Lampung Disambut di Pendopo Kabupaten Pringsewu
PRINGSEWU - Peserta PKP Angkatan VI BPSDM Provinsi Lampung disambut Bupati Pringsewu di Pendopo Kabupaten, Selasa (21/11/2023).
Setelah itu rombongan menuju Dinas Perpustakaan dan Kearsipan untuk studi lapangan tentang literasi masyarakat.
""",
    _v(program="PKP", destination__province="Lampung", host_agencies=["Dinas Perpustakaan dan Kearsipan"]),
)
case(
    "hosts",
    "nagari",
    """
Bamus dari Kabupaten Kampar Belajar ke Nagari Pariangan
BATUSANGKAR - Anggota Badan Permusyawaratan Desa dari Kabupaten Kampar melakukan studi banding ke Nagari Pariangan, Kabupaten Tanah Datar, Sabtu (7/10/2023).
Mereka belajar pengelolaan desa wisata.
""",
    _v(activity="studi banding", destination__province="Sumatera Barat", host_agencies=["Nagari Pariangan"]),
)

# ---------------------------------------------------------------- 6. dates
case(
    "dates",
    "posting-line-english",
    """
Peserta PKA Aceh Studi Lapangan ke Kota Medan
Posted on August 5, 2023
MEDAN - Peserta PKA Angkatan IV BPSDM Aceh melakukan studi lapangan di Pemerintah Kota Medan, Kamis (3/8).
Mereka mempelajari pengelolaan parkir elektronik.
""",
    _v(program="PKA", destination__province="Sumatera Utara", start_date="2023-08-03", end_date="2023-08-03"),
)
case(
    "dates",
    "weekday-hingga-weekday",
    """
Peserta PKP Jambi Studi Lapangan di Kota Padang
Rabu, 13 September 2023
PADANG - Peserta PKP Angkatan II BPSDM Provinsi Jambi melakukan studi lapangan di Pemerintah Kota Padang, Selasa (12/9) hingga Rabu (13/9).
""",
    _v(program="PKP", destination__province="Sumatera Barat", start_date="2023-09-12", end_date="2023-09-13"),
)
case(
    "dates",
    "duration-from-first-day",
    """
Diklatpim III Sultra Benchmarking ke Kabupaten Banyuwangi
BANYUWANGI - Peserta Diklatpim III Angkatan I Provinsi Sulawesi Tenggara melakukan benchmarking ke Kabupaten Banyuwangi selama tiga hari, sejak Senin (6/11/2017).
""",
    _v(program="Diklatpim III", destination__province="Jawa Timur", start_date="2017-11-06", end_date="2017-11-08"),
)
case(
    "dates",
    "weekday-range-numeric-span",
    """
PKA Kalbar Studi Lapangan ke Kota Surakarta
SURAKARTA - Peserta PKA Angkatan III BPSDM Provinsi Kalimantan Barat melaksanakan studi lapangan di Pemerintah Kota Surakarta, Senin-Kamis (3-6/7/2023).
""",
    _v(program="PKA", destination__province="Jawa Tengah", start_date="2023-07-03", end_date="2023-07-06"),
)
case(
    "dates",
    "cross-month-sampai",
    """
Peserta PKN II Studi Lapangan di Kabupaten Badung
BADUNG - Peserta PKN Tingkat II Angkatan V melaksanakan studi lapangan di Kabupaten Badung pada 28 Februari sampai 2 Maret 2024.
""",
    _v(program="PKN II", destination__province="Bali", start_date="2024-02-28", end_date="2024-03-02"),
)
case(
    "dates",
    "sd-range",
    """
Peserta PKP Maluku Benchmarking ke Makassar
MAKASSAR - Peserta PKP Angkatan I BPSDM Provinsi Maluku melaksanakan benchmarking di Pemerintah Kota Makassar tanggal 14 s.d. 16 Maret 2022.
""",
    _v(program="PKP", destination__province="Sulawesi Selatan", start_date="2022-03-14", end_date="2022-03-16"),
)
case(
    "dates",
    "updated-line-english",
    """
Diklatpim IV Kabupaten Lebak Studi Banding ke Kota Tangerang
Updated: 10 Oct 2019, 14:20
TANGERANG - Peserta Diklatpim IV Angkatan II Kabupaten Lebak melakukan studi banding ke Pemerintah Kota Tangerang, Selasa (8/10).
""",
    _v(program="Diklatpim IV", destination__province="Banten", start_date="2019-10-08", end_date="2019-10-08"),
)

# ---------------------------------------------------------------- 7. bylines and headers
case(
    "byline",
    "editor-dash-reporter",
    """
Peserta PKA Sumut Belajar Pelayanan Publik di Kota Pekanbaru
PEKANBARU - Sebanyak 30 peserta PKA Angkatan II BPSDM Provinsi Sumatera Utara melaksanakan studi lapangan di Kota Pekanbaru, Kamis (20/7/2023).
Editor: Rina Marlina - Reporter: Dedi Kurnia
""",
    _v(
        program="PKA",
        participants=30,
        source__editor="Rina Marlina",
        source__reporter="Dedi Kurnia",
        source__title="Peserta PKA Sumut Belajar Pelayanan Publik di Kota Pekanbaru",
    ),
)
case(
    "byline",
    "oleh-and-redaktur",
    """
Peserta PKP Kota Bima Studi Lapangan ke Kota Denpasar
Oleh: Andi Saputra
DENPASAR - Sebanyak 25 peserta PKP Angkatan III Pemerintah Kota Bima melakukan studi lapangan di Pemerintah Kota Denpasar, Selasa (24/10/2023).
Redaktur: Sri Wahyuni
""",
    _v(
        program="PKP",
        participants=25,
        source__reporter="Andi Saputra",
        source__editor="Sri Wahyuni",
        source__dateline="Denpasar",
    ),
)
case(
    "byline",
    "english-weekday-slash-date",
    """
Diklatpim IV Kabupaten Bogor Benchmarking ke Kota Bandung
Tue, 05/03/2019 - 10:15
BANDUNG - Peserta Diklatpim IV Angkatan XX Kabupaten Bogor melakukan benchmarking ke Pemerintah Kota Bandung, Senin (4/3).
""",
    _v(
        program="Diklatpim IV",
        cohort=20,
        source__published="2019-03-05",
        start_date="2019-03-04",
        end_date="2019-03-04",
    ),
)
case(
    "byline",
    "weekday-date-pipe-wib",
    """
Peserta PKA Kota Cirebon Studi Lapangan ke Kabupaten Purwakarta
Senin, 3 Juli 2023 | 09:30 WIB
PURWAKARTA - Sebanyak 32 peserta PKA Angkatan I Pemerintah Kota Cirebon melaksanakan studi lapangan di Pemerintah Kabupaten Purwakarta.
""",
    _v(
        program="PKA",
        participants=32,
        source__published="2023-07-03",
        source__dateline="Purwakarta",
        source__title="Peserta PKA Kota Cirebon Studi Lapangan ke Kabupaten Purwakarta",
    ),
)
case(
    "byline",
    "city-comma-paper",
    """
Peserta Latsar CPNS Konawe Belajar ke Kota Kendari
Kendari, SultraKini - Sebanyak 40 peserta Latsar CPNS Kabupaten Konawe melakukan studi lapangan di Pemerintah Kota Kendari, Rabu (9/8/2023).
""",
    _v(
        program="Latsar CPNS",
        participants=40,
        source__dateline="Kendari",
        source__title="Peserta Latsar CPNS Konawe Belajar ke Kota Kendari",
    ),
)
case(
    "byline",
    "photo-caption-first",
    """
Foto: Kepala BPSDM menyerahkan cenderamata kepada Sekda Kota Batu. (Dok. Humas)
Peserta PKP Jateng Studi Lapangan ke Kota Batu
BATU - Sebanyak 35 peserta PKP Angkatan VIII BPSDM Provinsi Jawa Tengah melaksanakan studi lapangan di Pemerintah Kota Batu, Kamis (16/11/2023).
""",
    _v(
        program="PKP",
        participants=35,
        source__title="Peserta PKP Jateng Studi Lapangan ke Kota Batu",
        source__dateline="Batu",
    ),
)
case(
    "byline",
    "antara-dateline-pewarta",
    """
Peserta PKA Babel Belajar ke Kota Palembang
Palembang (ANTARA) - Sebanyak 30 peserta PKA Angkatan II BPSDM Provinsi Kepulauan Bangka Belitung melakukan studi lapangan di Pemerintah Kota Palembang, Rabu (4/10/2023).
Pewarta: Yudi Prasetyo
Editor: Nurul Hayat
""",
    _v(
        program="PKA",
        participants=30,
        source__dateline="Palembang",
        source__reporter="Yudi Prasetyo",
        source__editor="Nurul Hayat",
    ),
)

# ---------------------------------------------------------------- 8. origin and organizer
case(
    "origin",
    "badiklat-abbreviation",
    """
Peserta Diklat Badiklat Kemhan Kunjungi Pemkot Surabaya
SURABAYA - Sebanyak 30 peserta pendidikan Badiklat Kemhan melakukan studi banding ke Pemerintah Kota Surabaya, Selasa (7/11/2023).
Rombongan diterima Asisten Pemerintahan di ruang sidang wali kota.
""",
    _v(
        program=None,
        organizer="Badiklat Kemhan",
        origin__province=None,
        destination__province="Jawa Timur",
        participants=30,
        activity="studi banding",
    ),
)
case(
    "origin",
    "national-centre-city-in-headline",
    """
Puslatbang KMP LAN Makassar Bawa Peserta PKA ke Banyuwangi
BANYUWANGI - Sebanyak 40 peserta PKA Angkatan XI yang diselenggarakan Puslatbang KMP LAN Makassar melakukan studi lapangan di Kabupaten Banyuwangi, Rabu (18/10/2023).
""",
    _v(
        program="PKA",
        cohort=11,
        organizer="Puslatbang KMP LAN",
        origin__province=None,
        destination__province="Jawa Timur",
    ),
)
case(
    "origin",
    "regency-sender",
    """
Peserta Diklatpim IV dari Kabupaten Gowa Studi Banding ke Kota Parepare
PAREPARE - Peserta Diklatpim IV Angkatan II Pemerintah Kabupaten Gowa melakukan studi banding ke Pemerintah Kota Parepare, Kamis (14/9/2017).
""",
    _v(
        program="Diklatpim IV",
        origin__province="Sulawesi Selatan",
        origin__regency="Kabupaten Gowa",
        destination__province="Sulawesi Selatan",
        destination__regency="Kota Parepare",
    ),
)
case(
    "origin",
    "place-names-without-space",
    """
Pemkot Pangkal Pinang Studi Banding ke Bandarlampung
BANDARLAMPUNG - Peserta PKP Angkatan I Pemerintah Kota Pangkal Pinang melakukan studi banding ke Pemerintah Kota Bandarlampung, Senin (11/9/2023).
""",
    _v(
        program="PKP",
        origin__province="Kepulauan Bangka Belitung",
        destination__province="Lampung",
        destination__regency="Kota Bandar Lampung",
    ),
)
case(
    "origin",
    "police-school",
    """
Serdik Sespimti Polri Kunjungi Pemprov Sumbar
PADANG - Sebanyak 20 peserta didik Sekolah Staf dan Pimpinan Tinggi (Sespimti) Polri Dikreg ke-32 melaksanakan studi banding ke Pemerintah Provinsi Sumatera Barat, Rabu (16/8/2023).
Kegiatan itu diselenggarakan Sespim Lemdiklat Polri.
""",
    _v(
        program="Sespimti",
        cohort=32,
        organizer="Sespim Lemdiklat Polri",
        origin__province=None,
        destination__province="Sumatera Barat",
    ),
)
case(
    "origin",
    "national-ppsdm-regional",
    """
Peserta PKA PPSDM Kemendagri Regional Bukittinggi Belajar ke Kota Payakumbuh
PAYAKUMBUH - Sebanyak 35 peserta PKA Angkatan IV yang diselenggarakan PPSDM Kemendagri Regional Bukittinggi melakukan studi lapangan di Pemerintah Kota Payakumbuh, Selasa (26/9/2023).
""",
    _v(
        program="PKA",
        organizer="PPSDM Kemendagri Regional Bukittinggi",
        origin__province=None,
        destination__province="Sumatera Barat",
    ),
)

# ---------------------------------------------------------------- trips abroad (SCHEMA: province null, host the country)
case(
    "abroad",
    "two-countries-split",
    """
Kemendagri Lepas Lurah Studi Banding ke Jepang dan Korea Selatan
JAKARTA - Kementerian Dalam Negeri melepas 30 lurah yang akan berangkat studi banding ke luar negeri, Senin (4/9/2023).
Sebanyak 18 lurah berangkat ke Jepang, sedangkan 12 lurah lainnya ke Korea Selatan.
""",
    _v(activity="studi banding", participants=18, destination__province=None, destination__host="Jepang"),
    _v(activity="studi banding", participants=12, destination__province=None, destination__host="Korea Selatan"),
)
case(
    "abroad",
    "one-country",
    """
Anggota DPRD Kota Batu Studi Banding ke Malaysia
BATU - Sebanyak 10 anggota DPRD Kota Batu melakukan studi banding ke Malaysia untuk mempelajari pengelolaan sampah, 12-15 Juni 2017.
""",
    _v(
        activity="studi banding",
        participants=10,
        origin__province="Jawa Timur",
        destination__province=None,
        destination__host="Malaysia",
        start_date="2017-06-12",
        end_date="2017-06-15",
    ),
)

# ---------------------------------------------------------------- second batch: harder orders (written after the first run)
case(
    "detect",
    "date-first-host-subject",
    """
Bantul Terima Peserta PKP Jateng
BANTUL - Pada Kamis (21/9/2023), Pemerintah Kabupaten Bantul menerima 40 peserta PKP Angkatan III dari BPSDM Provinsi Jawa Tengah yang tengah melaksanakan studi lapangan.
Para peserta mempelajari pengelolaan sampah berbasis masyarakat.
""",
    _v(
        program="PKP",
        cohort=3,
        activity="studi lapangan",
        participants=40,
        origin__province="Jawa Tengah",
        destination__province="DI Yogyakarta",
        start_date="2023-09-21",
        end_date="2023-09-21",
    ),
)
case(
    "detect",
    "lokasi-visitasi",
    """
Wakatobi Jadi Lokasi Visitasi Peserta PKN II
WANGI-WANGI - Kabupaten Wakatobi menjadi lokasi visitasi bagi 30 peserta Pelatihan Kepemimpinan Nasional Tingkat II Angkatan VII, 10-12 Oktober 2023.
Peserta mempelajari pengelolaan kawasan konservasi laut.
""",
    _v(
        program="PKN II",
        cohort=7,
        activity="studi lapangan",
        participants=30,
        destination__province="Sulawesi Tenggara",
        start_date="2023-10-10",
        end_date="2023-10-12",
    ),
)
case(
    "detect",
    "akan-melaksanakan-pada-perangkat-daerah",
    """
PKA Angkatan IV Bersiap ke Cimahi
BANDUNG - Peserta Pelatihan Kepemimpinan Administrator Angkatan IV Kabupaten Bandung Barat akan melaksanakan studi lapangan pada sejumlah perangkat daerah Pemerintah Kota Cimahi, Selasa (14/11/2023).
Sebanyak 36 peserta dibekali materi sebelum berangkat.
""",
    _v(
        program="PKA",
        cohort=4,
        activity="studi lapangan",
        participants=36,
        origin__province="Jawa Barat",
        destination__province="Jawa Barat",
        start_date="2023-11-14",
        end_date="2023-11-14",
    ),
)
case(
    "detect",
    "send-off-passive",
    """
Keberangkatan Peserta Diklatpim IV ke Bantaeng Dilepas Kepala BPSDM
MAKASSAR - Keberangkatan 35 peserta Diklatpim IV Angkatan XII Provinsi Sulawesi Barat ke Kabupaten Bantaeng dilepas Kepala BPSDM, Senin (16/10/2017).
Di Bantaeng, peserta akan melakukan benchmarking pada 17-19 Oktober 2017.
""",
    _v(
        program="Diklatpim IV",
        cohort=12,
        activity="benchmarking",
        participants=35,
        origin__province="Sulawesi Barat",
        destination__province="Sulawesi Selatan",
        start_date="2017-10-17",
        end_date="2017-10-19",
    ),
)
case(
    "program",
    "diklat-pim-tingkat-spaced",
    """
Peserta Diklat PIM Tingkat IV Kota Ambon Belajar ke Kota Manado
MANADO - Sebanyak 30 peserta Diklat PIM Tingkat IV Angkatan VI Pemerintah Kota Ambon melaksanakan studi banding ke Pemerintah Kota Manado, Rabu (4/10/2017).
""",
    _v(
        program="Diklatpim IV",
        cohort=6,
        activity="studi banding",
        participants=30,
        origin__province="Maluku",
        destination__province="Sulawesi Utara",
    ),
)
case(
    "program",
    "pkn-angkatan-ke",
    """
Peserta PKN II Angkatan ke-9 Studi Lapangan ke Kabupaten Sumbawa Barat
TALIWANG - Peserta Pelatihan Kepemimpinan Nasional Tingkat II Angkatan ke-9 melakukan studi lapangan ke Kabupaten Sumbawa Barat, 5-7 Juni 2023.
""",
    _v(
        program="PKN II",
        cohort=9,
        activity="studi lapangan",
        destination__province="Nusa Tenggara Barat",
        start_date="2023-06-05",
        end_date="2023-06-07",
    ),
)
case(
    "participants",
    "group-made-of-trainees-and-staff",
    """
Peserta PKP Kabupaten Kotawaringin Barat Kunjungi Kota Banjarmasin
BANJARMASIN - Rombongan yang berjumlah 50 orang itu terdiri atas 45 peserta PKP Angkatan II Kabupaten Kotawaringin Barat, tiga widyaiswara dan dua panitia. Mereka melakukan studi lapangan di Pemerintah Kota Banjarmasin, Kamis (12/10/2023).
""",
    _v(program="PKP", participants=45, destination__province="Kalimantan Selatan"),
)
case(
    "participants",
    "words-forty-one",
    """
Empat Puluh Satu Peserta Latsar Studi Lapangan ke Kota Mataram
MATARAM - Sebanyak empat puluh satu peserta Latsar CPNS Kabupaten Lombok Timur melaksanakan studi lapangan di Pemerintah Kota Mataram, Selasa (7/11/2023), beserta empat orang panitia.
""",
    _v(program="Latsar CPNS", participants=41, destination__province="Nusa Tenggara Barat"),
)
case(
    "hosts",
    "market-and-bumdes",
    """
Kades Kabupaten Tegal Studi Banding ke Yogyakarta
YOGYAKARTA - Puluhan kepala desa dari Kabupaten Tegal melakukan studi banding ke Kabupaten Bantul, Rabu (15/11/2023).
Rombongan mengunjungi Pasar Kotagede dan BUMDes Panggung Lestari.
""",
    _v(
        activity="studi banding",
        destination__province="DI Yogyakarta",
        host_agencies=["Pasar Kotagede", "BUMDes Panggung Lestari"],
    ),
)
case(
    "dates",
    "two-days-dan",
    """
Peserta PKA Kabupaten Garut Studi Lapangan ke Kota Bogor
BOGOR - Peserta PKA Angkatan I Kabupaten Garut melaksanakan studi lapangan di Pemerintah Kota Bogor selama dua hari, 9 dan 10 Mei 2023.
""",
    _v(program="PKA", destination__province="Jawa Barat", start_date="2023-05-09", end_date="2023-05-10"),
)
case(
    "dates",
    "weekday-pair-numeric",
    """
PKP Kabupaten Tuban Studi Lapangan di Kota Kediri
KEDIRI - Peserta PKP Angkatan II Kabupaten Tuban melaksanakan studi lapangan di Pemerintah Kota Kediri, Jumat-Sabtu (17-18/11/2023).
""",
    _v(program="PKP", destination__province="Jawa Timur", start_date="2023-11-17", end_date="2023-11-18"),
)
case(
    "byline",
    "reporter-pipe-editor-top",
    """
PKA Kota Tegal Belajar ke Kabupaten Batang
Reporter: Bagus Wicaksono | Editor: Lina Puspita
BATANG - Sebanyak 30 peserta PKA Angkatan II Pemerintah Kota Tegal melaksanakan studi lapangan di Pemerintah Kabupaten Batang, Senin (13/11/2023).
""",
    _v(
        program="PKA",
        participants=30,
        source__reporter="Bagus Wicaksono",
        source__editor="Lina Puspita",
        source__dateline="Batang",
    ),
)
case(
    "byline",
    "penulis-line",
    """
Peserta Diklatpim III Kabupaten Agam Benchmarking ke Kota Padang Panjang
PADANG PANJANG - Peserta Diklatpim III Angkatan I Kabupaten Agam melakukan benchmarking ke Pemerintah Kota Padang Panjang, Kamis (9/11/2017).
Penulis: Mira Andriani
""",
    _v(program="Diklatpim III", source__reporter="Mira Andriani", source__dateline="Padang Panjang"),
)

# ---------------------------------------------------------------- third batch: whole reports with distractors (written after the second run)
case(
    "detect",
    "host-side-long-with-distractors",
    """
Beranda / Pemerintahan
Wabup Terima Kunjungan Studi Tiru Peserta PKP dari Kabupaten Tanah Laut
Kamis, 19 Oktober 2023 | 14:02 WITA
KOTABARU - Wakil Bupati Kotabaru, Andi Rustam, menerima kunjungan studi tiru 38 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II Pemerintah Kabupaten Tanah Laut di ruang rapat Bupati, Rabu (18/10/2023).
Dalam sambutannya, Andi Rustam mengatakan Kotabaru memiliki 22 kecamatan dan 202 desa dengan luas wilayah lebih dari 9.000 kilometer persegi.
"Kami senang berbagi pengalaman soal pelayanan publik. Tahun lalu kami juga menerima tamu dari Provinsi Kalimantan Timur," ujarnya.
Ketua rombongan, Rahmat Hidayat, menjelaskan peserta ingin mempelajari inovasi Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu serta Dinas Kependudukan dan Pencatatan Sipil Kotabaru.
BACA JUGA: Bupati Kotabaru Resmikan Jembatan Baru di Pulau Laut
Editor: Siti Aminah
""",
    _v(
        program="PKP",
        cohort=2,
        activity="studi banding",
        participants=38,
        origin__province="Kalimantan Selatan",
        origin__regency="Kabupaten Tanah Laut",
        destination__province="Kalimantan Selatan",
        destination__regency="Kabupaten Kotabaru",
        host_agencies=[
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            "Dinas Kependudukan dan Pencatatan Sipil",
        ],
        start_date="2023-10-18",
        end_date="2023-10-18",
    ),
)
case(
    "detect",
    "graduation-with-earlier-trip-no-visit",
    """
Gubernur Lantik 40 Alumni PKA Angkatan III
MAMUJU - Gubernur Sulawesi Barat melantik 40 alumni Pelatihan Kepemimpinan Administrator (PKA) Angkatan III pada acara penutupan di aula BPSDM, Jumat (15/12/2023).
Selama empat bulan peserta menyusun proyek perubahan di unit kerja masing-masing.
Gubernur berpesan agar alumni menerapkan hasil pelatihan. Wisuda ditandai penyerahan sertifikat kepada peserta terbaik.
""",
)
case(
    "program",
    "programme-in-headline-cohort-in-body",
    """
Peserta Diklat PIM III Kabupaten Pati Belajar ke Jembrana
NEGARA - Pemkab Jembrana menerima kunjungan rombongan pelatihan kepemimpinan dari Kabupaten Pati, Selasa (14/11/2017).
Rombongan terdiri atas 35 peserta Angkatan VIII yang didampingi dua widyaiswara.
Mereka melakukan studi banding tentang program kesehatan gratis.
""",
    _v(
        program="Diklatpim III",
        cohort=8,
        activity="studi banding",
        participants=35,
        origin__province="Jawa Tengah",
        destination__province="Bali",
        start_date="2017-11-14",
        end_date="2017-11-14",
    ),
)
case(
    "program",
    "ppra-lemhannas-ssdn-cohort-roman",
    """
Lemhannas Pilih Jawa Tengah untuk SSDN PPRA LXVI
SEMARANG - Sebanyak 20 peserta Program Pendidikan Reguler Angkatan LXVI Lembaga Ketahanan Nasional RI tiba di Semarang, Senin (5/2/2024).
Selama lima hari, rombongan melaksanakan Studi Strategis Dalam Negeri dan akan berdialog dengan Penjabat Gubernur Jawa Tengah serta jajaran Forkopimda.
Gubernur Jawa Tengah periode sebelumnya pernah menjadi peserta PPRA LI pada 2014.
""",
    _v(
        program="PPRA",
        cohort=66,
        activity="ksdn",
        participants=20,
        origin__province=None,
        destination__province="Jawa Tengah",
        start_date="2024-02-05",
        end_date="2024-02-09",
    ),
)
case(
    "participants",
    "quote-numbers-and-escorts",
    """
Dua Puluh Sembilan Peserta PKA Kota Tidore Studi Lapangan ke Kota Ternate
TERNATE - Sebanyak 29 peserta PKA Angkatan I Pemerintah Kota Tidore Kepulauan melaksanakan studi lapangan di Pemerintah Kota Ternate, Kamis (23/11/2023).
Rombongan didampingi tiga widyaiswara dan lima orang panitia dari BPSDM Provinsi Maluku Utara.
"Ternate sudah melayani lebih dari 1.200 permohonan izin secara daring dalam setahun," kata Kepala DPMPTSP Ternate, Nurlaila Said.
""",
    _v(program="PKA", cohort=1, participants=29, origin__province="Maluku Utara", destination__province="Maluku Utara"),
)
case(
    "participants",
    "count-in-headline-only",
    """
45 Peserta Latsar CPNS Kabupaten Ciamis Belajar ke Kota Banjar
BANJAR - Peserta Pelatihan Dasar CPNS Golongan III Kabupaten Ciamis melaksanakan studi lapangan ke Pemerintah Kota Banjar, Rabu (8/11/2023).
Para peserta mempelajari pengelolaan sampah dan bank sampah di tingkat kelurahan.
""",
    _v(
        program="Latsar CPNS",
        participants=45,
        origin__province="Jawa Barat",
        destination__province="Jawa Barat",
        destination__regency="Kota Banjar",
    ),
)
case(
    "hosts",
    "units-over-two-sentences-and-hall",
    """
Peserta PKP Provinsi Bengkulu Studi Lapangan ke Kota Jambi
JAMBI - Peserta Pelatihan Kepemimpinan Pengawas Angkatan IV BPSDM Provinsi Bengkulu disambut Sekda Kota Jambi di Rumah Dinas Wali Kota, Senin (6/11/2023).
Usai penyambutan, peserta dibagi ke dua lokus. Kelompok pertama ke Badan Pendapatan Daerah, kelompok kedua ke Dinas Komunikasi dan Informatika.
""",
    _v(
        program="PKP",
        destination__province="Jambi",
        host_agencies=["Badan Pendapatan Daerah", "Dinas Komunikasi dan Informatika"],
    ),
)
case(
    "hosts",
    "villages-listed-with-seperti",
    """
Kades se-Kabupaten Lombok Utara Studi Banding ke Bali
GIANYAR - Sebanyak 33 kepala desa se-Kabupaten Lombok Utara melakukan studi banding ke Kabupaten Gianyar, Selasa (12/9/2023).
Rombongan mengunjungi desa-desa yang dikenal berhasil mengelola BUMDes, seperti Desa Kemenuh dan Desa Batubulan.
""",
    _v(
        activity="studi banding",
        participants=33,
        origin__province="Nusa Tenggara Barat",
        destination__province="Bali",
        host_agencies=["Desa Kemenuh", "Desa Batubulan"],
    ),
)
case(
    "dates",
    "date-in-later-sentence-and-year-hint",
    """
Diklatpim IV Kabupaten Bone Benchmarking ke Kota Palopo
PALOPO - Peserta Diklatpim IV Angkatan V Pemerintah Kabupaten Bone melakukan benchmarking ke Pemerintah Kota Palopo.
Kegiatan yang berlangsung pada Kamis (6/4) itu diikuti 40 peserta. Rombongan juga dijadwalkan ke Kabupaten Luwu Utara pada kegiatan lain tahun depan.
Diklatpim IV Tahun 2017 ini diselenggarakan BKPSDM Kabupaten Bone.
""",
    _v(
        program="Diklatpim IV",
        destination__province="Sulawesi Selatan",
        destination__regency="Kota Palopo",
        start_date="2017-04-06",
        end_date="2017-04-06",
    ),
)
case(
    "dates",
    "range-with-sampai-dengan-weekdays",
    """
Peserta PKA Kabupaten Kapuas Studi Lapangan di Kota Palangka Raya
PALANGKA RAYA - Peserta PKA Angkatan I Kabupaten Kapuas melaksanakan studi lapangan di Pemerintah Kota Palangka Raya mulai Senin (20/11/2023) sampai dengan Rabu (22/11/2023).
""",
    _v(program="PKA", destination__province="Kalimantan Tengah", start_date="2023-11-20", end_date="2023-11-22"),
)
case(
    "byline",
    "tribun-style-footer",
    """
Peserta PKP Kabupaten Gresik Belajar ke Kabupaten Lamongan
Laporan Wartawan TribunJatim.com, Hendra Wijaya
TRIBUNJATIM.COM, LAMONGAN - Sebanyak 40 peserta PKP Angkatan III Kabupaten Gresik melaksanakan studi lapangan di Pemerintah Kabupaten Lamongan, Selasa (21/11/2023).
Penulis: Hendra Wijaya
Editor: Dwi Prastika
""",
    _v(
        program="PKP",
        participants=40,
        source__reporter="Hendra Wijaya",
        source__editor="Dwi Prastika",
        source__dateline="Lamongan",
    ),
)
case(
    "byline",
    "detik-style-header",
    """
Peserta PKA Kabupaten Sumedang Studi Lapangan ke Kota Cimahi
Yudha Maulana - detikJabar
Rabu, 15 Nov 2023 13:45 WIB
Cimahi - Sebanyak 36 peserta PKA Angkatan II Kabupaten Sumedang melaksanakan studi lapangan di Pemerintah Kota Cimahi.
""",
    _v(
        program="PKA",
        participants=36,
        source__published="2023-11-15",
        source__dateline="Cimahi",
        start_date=None,
        end_date=None,
    ),
)
case(
    "origin",
    "sender-only-as-regency-name",
    """
Rombongan dari Sinjai Belajar di Kabupaten Bantaeng
BANTAENG - Peserta Diklatpim III Angkatan II asal Sinjai melakukan studi banding di Kabupaten Bantaeng, Rabu (8/11/2017).
Rombongan diterima Sekda Bantaeng.
""",
    _v(
        program="Diklatpim III",
        origin__province="Sulawesi Selatan",
        origin__regency="Kabupaten Sinjai",
        destination__province="Sulawesi Selatan",
        destination__regency="Kabupaten Bantaeng",
    ),
)
case(
    "origin",
    "ministry-centre-organizer",
    """
Pusdiklat Kemendagri Bawa Peserta PKN II ke Kabupaten Sleman
SLEMAN - Peserta PKN Tingkat II Angkatan XV yang diselenggarakan Pusat Pengembangan Kompetensi Kepemimpinan dan Manajemen Pemerintahan Dalam Negeri (Pusbangkom KMPDN) Kemendagri melaksanakan studi lapangan di Kabupaten Sleman, 13-15 November 2023.
""",
    _v(
        program="PKN II",
        cohort=15,
        origin__province=None,
        destination__province="DI Yogyakarta",
        start_date="2023-11-13",
        end_date="2023-11-15",
    ),
)

case(
    "detect",
    "opening-announces-trip",
    """
Bupati Garut Buka PKA Angkatan II
GARUT - Bupati Garut membuka Pelatihan Kepemimpinan Administrator Angkatan II di aula BKPSDM, Senin (6/11/2023).
Pelatihan diikuti 30 peserta. Selama pelatihan, peserta akan melaksanakan studi lapangan ke Pemerintah Kota Cimahi.
""",
    _v(
        program="PKA",
        cohort=2,
        activity="studi lapangan",
        participants=30,
        destination__province="Jawa Barat",
        start_date=None,
        end_date=None,
    ),
)

# ---- round 2: ext-fresh
# Shapes of the kn/ko/kp tune articles, written in our own words with other names, places, numbers:
# a budget or a "no trip" item that names the activity only as money or as what cannot be done; one
# national body written once by its acronym and once by its long form; the size of a council unit
# that is not the head count of a trip; one group touring villages in two regencies.
case(
    "detect",
    "fresh-budget-exhausted",
    """
Dana Kunker Dewan Sudah Ludes
TANJUNGPINANG - Anggaran kunjungan kerja dan studi banding DPRD Kota Tanjungpinang untuk tahun ini sudah habis terpakai sejak Oktober.
Akibatnya, pembahasan dua raperda yang tersisa harus dilakukan tanpa studi banding ke daerah lain.
"Dananya sudah tidak ada, jadi kami bahas di sini saja," kata Ketua Komisi I, Rudi Hartono, Rabu (13/11/2019).
Sekretaris DPRD menyebut sisa anggaran hanya cukup untuk tiga kali konsultasi ke provinsi.
""",
)
case(
    "detect",
    "fresh-budget-cut-next-year",
    """
Pemkab Pangkas Anggaran Studi Banding
MUARA ENIM - Pemerintah Kabupaten Muara Enim memangkas anggaran perjalanan dinas, termasuk pos studi banding pejabat eselon, dalam rancangan APBD 2021.
Bupati meminta kepala perangkat daerah tidak lagi mengajukan studi banding ke luar daerah kecuali sangat mendesak.
Penghematan itu, kata Kepala Bappeda, Sri Wahyuni, Senin (9/11/2020), dialihkan untuk penanganan pandemi.
""",
)
case(
    "detect",
    "fresh-studi-banding-batal",
    """
Studi Banding Kades Dibatalkan
SIDRAP - Rencana studi banding kepala desa se-Kabupaten Sidrap ke Bali tahun ini batal karena dana desa dialihkan.
Kepala Dinas PMD Sidrap, Andi Marzuki, mengatakan anggaran studi banding sebesar Rp900 juta dikembalikan ke kas daerah.
"Tidak ada keberangkatan tahun ini," ujarnya, Jumat (17/7/2020).
""",
)
case(
    "detect",
    "fresh-budget-tight-trip-goes",
    """
Meski Anggaran Terbatas, Komisi B Tetap Studi Banding ke Surakarta
KLATEN - Meski anggaran perjalanan dinas tahun ini terbatas, Komisi B DPRD Kabupaten Klaten tetap melakukan studi banding ke Pemerintah Kota Surakarta, Selasa (8/10/2019).
Sebanyak 9 anggota komisi mempelajari penataan pasar tradisional di Pasar Gede.
""",
    _v(
        program=None,
        activity="studi banding",
        participants=9,
        origin__province="Jawa Tengah",
        destination__province="Jawa Tengah",
        start_date="2019-10-08",
        end_date="2019-10-08",
    ),
)
case(
    "detect",
    "fresh-one-body-acronym-twice",
    """
Pemkot Padang Panjang Sambut Peserta PKP PPSDM Kemendagri Regional Bukittinggi
PADANG PANJANG - Pemerintah Kota Padang Panjang menerima kunjungan studi lapangan peserta Pelatihan Kepemimpinan Pengawas (PKP) angkatan VII PPSDM Kemendagri Regional Bukittinggi, Rabu (6/7/2022).
Rombongan disambut Sekretaris Daerah, Sonny Budaya Putra, di aula balai kota.
Kepala Pusat Pengembangan Sumber Daya Manusia (PPSDM) Regional Bukittinggi, Nurman Fajar, menyebut peserta angkatan VII berjumlah 45 orang dari berbagai daerah di Sumatera.
""",
    _v(
        program="PKP",
        cohort=7,
        activity="studi lapangan",
        participants=45,
        destination__province="Sumatera Barat",
        start_date="2022-07-06",
        end_date="2022-07-06",
    ),
)
case(
    "origin",
    "fresh-one-body-rombongan-acronym",
    """
Pemkab Enrekang Sambut Rombongan PKA
ENREKANG - Pemerintah Kabupaten Enrekang menyambut rombongan studi lapangan Pelatihan Kepemimpinan Administrator (PKA) angkatan II PPSDM Kemendagri Regional Makassar di ruang pola kantor bupati, Selasa (14/3/2023).
Asisten Pemerintahan, Baharuddin Lallo, menyampaikan sambutan bupati dan memaparkan potensi daerah.
Kepala Pusat Pengembangan Sumber Daya Manusia (PPSDM) Regional Makassar, Rusdi Hamka, mengatakan peserta angkatan II berjumlah 36 orang. Rinciannya, 10 orang dari Kabupaten Pinrang dan 26 orang dari Kabupaten Barru.
""",
    _v(
        program="PKA",
        cohort=2,
        activity="studi lapangan",
        participants=36,
        destination__province="Sulawesi Selatan",
        start_date="2023-03-14",
        end_date="2023-03-14",
    ),
)
case(
    "origin",
    "fresh-turut-hadir-host-officials",
    """
Pemkot Bitung Terima Peserta PKP Pusdiklat Kemenag
BITUNG - Pemerintah Kota Bitung menerima rombongan studi lapangan Pelatihan Kepemimpinan Pengawas (PKP) angkatan III Pusdiklat Tenaga Administrasi Kementerian Agama, Senin (11/9/2023).
Rombongan diterima Wakil Wali Kota di ruang sidang utama. Turut hadir Kepala Bappeda Bitung, Rudy Lumowa, dan Kepala Dinas Kominfo, Yeyen Sondakh.
Kepala Pusat Pendidikan dan Pelatihan (Pusdiklat) Tenaga Administrasi, Hasan Basri, menyebut peserta berjumlah 40 orang.
""",
    _v(
        program="PKP",
        cohort=3,
        activity="studi lapangan",
        participants=40,
        destination__province="Sulawesi Utara",
        start_date="2023-09-11",
    ),
)
case(
    "origin",
    "fresh-one-body-long-form-first",
    """
Peserta PKA Puslatbang Belajar Pelayanan di Kabupaten Badung
MANGUPURA - Pusat Pelatihan dan Pengembangan dan Kajian Desentralisasi dan Otonomi Daerah (Puslatbang KDOD) LAN Samarinda membawa peserta PKA angkatan XII berkunjung ke Pemerintah Kabupaten Badung, Kamis (2/3/2023).
Rombongan Puslatbang KDOD LAN Samarinda yang berjumlah 38 orang itu diterima Asisten Administrasi Umum di Puspem Badung.
""",
    _v(
        program="PKA",
        cohort=12,
        participants=38,
        destination__province="Bali",
        start_date="2023-03-02",
    ),
)
case(
    "origin",
    "fresh-two-national-bodies-apart",
    """
Dua Rombongan Kementerian Belajar ke Banyuwangi
BANYUWANGI - Pemerintah Kabupaten Banyuwangi menerima dua rombongan sekaligus, Senin (14/8/2023).
Rombongan pertama dari Kementerian Pertanian sebanyak 20 orang mempelajari kawasan agropolitan.
Rombongan kedua dari Badan Pusat Statistik (BPS) sebanyak 15 orang mempelajari satu data desa.
""",
    _v(participants=20, destination__province="Jawa Timur", start_date="2023-08-14"),
    _v(participants=15, destination__province="Jawa Timur", start_date="2023-08-14"),
)
case(
    "participants",
    "fresh-pansus-size-not-count",
    """
BONDOWOSO - Panitia khusus DPRD Bondowoso yang membahas raperda pasar rakyat kembali berangkat studi banding ke Kabupaten Kudus, Jawa Tengah.
"Setiap pansus beranggotakan sekitar sembilan orang," kata Wakil Ketua DPRD, Agus Salim.
Menurut dia, pansus perlu melihat langsung pengelolaan pasar yang dinilai berhasil di Kudus.
""",
    _v(program=None, activity="studi banding", participants=None, destination__province="Jawa Tengah"),
)
case(
    "participants",
    "fresh-komisi-isinya",
    """
LUMAJANG - Anggota Komisi D DPRD Lumajang kembali studi banding ke Kota Malang pekan ini untuk mempelajari layanan kesehatan ibu dan anak.
"Satu komisi isinya delapan anggota dewan, tidak semuanya berangkat," ujar Ketua DPRD, Anang Ahmad Syaifuddin.
""",
    _v(program=None, activity="studi banding", participants=None, destination__province="Jawa Timur"),
)
case(
    "participants",
    "fresh-group-size-and-head-count",
    """
Puluhan Anggota Dewan Sinjai Studi Banding ke Gowa
SUNGGUMINASA - Sebanyak 24 anggota DPRD Kabupaten Sinjai melakukan studi banding ke Pemerintah Kabupaten Gowa, Rabu (5/6/2024).
Mereka dibagi tiga kelompok, dan satu kelompok terdiri dari delapan anggota dewan.
""",
    _v(program=None, activity="studi banding", participants=24, destination__province="Sulawesi Selatan"),
)
case(
    "hosts",
    "fresh-tour-two-villages-two-provinces",
    """
Pengurus Bumdes Kapuas Hulu Belajar ke Jawa
PUTUSSIBAU - Dinas Pemberdayaan Masyarakat dan Desa (PMD) Kapuas Hulu membawa ketua dan sekretaris Bumdes di Kapuas Hulu ke Jawa Timur dan Bali.
Para pengelola Bumdes mengikuti studi banding ke Desa Sanankerto Kecamatan Turen Kabupaten Malang Provinsi Jawa Timur dan Desa Pemuteran Kabupaten Buleleng Bali, 10 sampai dengan 13 Juli 2023.
"Kami belajar ke desa yang sudah maju," kata Kepala Dinas PMD, Yosef Hadi.
""",
    _v(
        program=None,
        activity="studi banding",
        origin__province="Kalimantan Barat",
        destination__province="Jawa Timur",
        start_date="2023-07-10",
        end_date="2023-07-13",
        host_agencies=["Desa Sanankerto"],
    ),
    _v(
        program=None,
        activity="studi banding",
        origin__province="Kalimantan Barat",
        destination__province="Bali",
        start_date="2023-07-10",
        end_date="2023-07-13",
        host_agencies=["Desa Pemuteran"],
    ),
)
case(
    "hosts",
    "fresh-tour-villages-home-dateline",
    """
MELAWI - Sebanyak 25 kepala desa di Kabupaten Melawi melakukan studi banding ke Desa Panggungharjo Kabupaten Bantul dan Desa Ponggok Kabupaten Klaten, 3 hingga 6 September 2022.
Kegiatan difasilitasi Dinas PMD Melawi untuk mempelajari pengelolaan badan usaha milik desa.
""",
    _v(
        program=None,
        participants=25,
        origin__province="Kalimantan Barat",
        destination__province="DI Yogyakarta",
        host_agencies=["Desa Panggungharjo"],
    ),
    _v(
        program=None,
        participants=25,
        origin__province="Kalimantan Barat",
        destination__province="Jawa Tengah",
        host_agencies=["Desa Ponggok"],
    ),
)

# (written after the first run, before the rule: two sub-groups of one council, each with two stops)
case(
    "detect",
    "fresh-two-komisi-two-stops-each",
    """
Dua Komisi DPRD Lumajang Kunker ke Empat Daerah
LUMAJANG - Dua komisi DPRD Kabupaten Lumajang melakukan kunjungan kerja ke luar daerah sejak Senin (14/10/2019).
Anggota Komisi A kali ini menuju Kabupaten Sidoarjo dan Tuban untuk mempelajari pelayanan administrasi kependudukan.
Adapun Komisi C berkunker ke Kabupaten Bojonegoro dan Ngawi guna belajar pengelolaan irigasi.
""",
    _v(activity="kunjungan kerja", origin__province="Jawa Timur", destination__regency="Kabupaten Sidoarjo"),
    _v(activity="kunjungan kerja", origin__province="Jawa Timur", destination__regency="Kabupaten Tuban"),
    _v(activity="kunjungan kerja", origin__province="Jawa Timur", destination__regency="Kabupaten Bojonegoro"),
    _v(activity="kunjungan kerja", origin__province="Jawa Timur", destination__regency="Kabupaten Ngawi"),
)
case(
    "detect",
    "fresh-two-pansus-two-stops-each",
    """
CIREBON - Dua panitia khusus DPRD Kota Cirebon berangkat studi banding pekan ini.
Pansus I mendatangi Kota Bandung dan Kota Cimahi untuk belajar soal penataan pedagang kaki lima.
Sementara Pansus II studi banding ke Kabupaten Bogor dan Kabupaten Sukabumi terkait pengelolaan air bersih.
""",
    _v(activity="studi banding", destination__regency="Kota Bandung"),
    _v(activity="studi banding", destination__regency="Kota Cimahi"),
    _v(activity="studi banding", destination__regency="Kabupaten Bogor"),
    _v(activity="studi banding", destination__regency="Kabupaten Sukabumi"),
)
# (the shape of a village trip through a city and a regency of one name, told by kecamatan only)
case(
    "hosts",
    "fresh-villages-city-and-regency-same-name",
    """
BATU BARA - Puluhan kepala desa dari Kabupaten Batu Bara, Sumatera Utara, mengikuti studi banding ke Malang, Jawa Timur, 2 hingga 5 Juni 2024.
Selain mengikuti materi di hotel, peserta mengunjungi tiga desa, yakni Desa Tulungrejo Kecamatan Bumiaji, Desa Pujon Kidul Kecamatan Pujon, dan Kelurahan Polowijen Kecamatan Blimbing.
""",
    _v(origin__province="Sumatera Utara", destination__regency="Kota Batu", host_agencies=["Desa Tulungrejo"]),
    _v(origin__province="Sumatera Utara", destination__regency="Kabupaten Malang", host_agencies=["Desa Pujon Kidul"]),
    _v(origin__province="Sumatera Utara", destination__regency="Kota Malang", host_agencies=["Kelurahan Polowijen"]),
)
# (written with the rule: a trip announced by provinces, then told per group by the places inside them)
case(
    "detect",
    "fresh-provinces-then-places-per-group",
    """
JEMBER - Anggota DPRD Jember kembali berangkat studi banding ke sejumlah daerah di Jawa Barat dan Banten.
Pansus perizinan mendatangi Kota Bandung dan Kota Bekasi untuk belajar soal pelayanan terpadu.
Sementara pansus pariwisata belajar ke Kota Serang terkait pengelolaan kawasan wisata religi.
""",
    _v(activity="studi banding", destination__regency="Kota Bandung"),
    _v(activity="studi banding", destination__regency="Kota Bekasi"),
    _v(activity="studi banding", destination__regency="Kota Serang"),
)
case(
    "detect",
    "fresh-provinces-then-one-list",
    """
Kades Se-Kabupaten Bone Studi Banding ke Jawa dan Bali
WATAMPONE - Sebanyak 40 kepala desa se-Kabupaten Bone bertolak ke Jawa Tengah dan Bali untuk studi banding, Senin (6/5/2024).
Mereka dijadwalkan belajar ke Desa Ponggok Kabupaten Klaten dan Desa Penglipuran Kabupaten Bangli.
""",
    _v(participants=40, origin__province="Sulawesi Selatan", destination__regency="Kabupaten Klaten"),
    _v(participants=40, origin__province="Sulawesi Selatan", destination__regency="Kabupaten Bangli"),
)
# Cases extraction is not expected to get, with the reason (pytest marks them xfail, strict).
UNDECIDED: dict[str, str] = {
    "detect-opening-announces-trip": (
        "an opening that announces a later trip to a named host: SCHEMA counts planned visits and trips a"
        " ceremony report also tells, but the extractor reads an opening's future stage as no visit and the"
        " corpus has no gold of this shape yet"
    ),
    "detect-host-side-long-with-distractors": (
        "the units are named only as what the visitors want to learn ('ingin mempelajari inovasi Dinas …'),"
        " not as places gone to: a lokus or not is a judgement"
    ),
    "origin-fresh-two-national-bodies-apart": (
        "two national bodies that run no training (a ministry and BPS) received at once: the organizer"
        " vocabulary names training bodies only, and no gold yet says such delegations are senders of study"
        " visits"
    ),
    "hosts-fresh-villages-city-and-regency-same-name": (
        "which regency each village lies in is told only by its kecamatan (Bumiaji is in Kota Batu, Pujon in"
        " Kabupaten Malang, Blimbing in Kota Malang): diklat's map has no kecamatan, so the stops cannot be"
        " told apart (kp-03's shape)"
    ),
    "detect-fresh-provinces-then-places-per-group": (
        "the provinces are refined only by written lists of places; one group's single stop (Kota Serang)"
        " is no list, so the trip stays at the two provinces; reading single stops as refinements needs"
        " the stops' roles in frame_list, left for a rule with gold of this shape"
    ),
    "origin-police-school": (
        "the corpus names the staff school itself as organizer ('Sespimti Polri', 'Sekolah Staf dan Pimpinan"
        " Menengah (Sespimmen)'); whether 'diselenggarakan Sespim Lemdiklat Polri' names the organizer instead"
        " is a judgement the gold has not made"
    ),
}

# Cases extraction should get and does not yet (xfail, strict: a fix must move them out of here).
KNOWN_GAPS: dict[str, str] = {}

# ---- round 2: ext-visits2
# Families 1 (detection), 2 (several visits, family "multi"), 3 (programmes and cohorts) and 8 (origin and
# organizer); the expected records were written before the extractor was run on them.

# ---------------------------------------------------------------- 1. detection: other triggers, passives, near-misses
case(
    "detect",
    "r2-ngangsu-kaweruh",
    """
Bagian Organisasi Pati Ngangsu Kaweruh ke Kota Blitar
BLITAR - Dua belas orang dari Bagian Organisasi Setda Kabupaten Pati ngangsu kaweruh soal penyederhanaan birokrasi ke Pemerintah Kota Blitar, Kamis (8/2/2024).
Rombongan diterima Asisten Administrasi Umum Setda Kota Blitar, Heru Santosa, di ruang rapat balai kota.
"Kami ingin mencontoh cara Blitar memangkas eselon tanpa mengganggu layanan," ujar ketua rombongan, Lilik Wahyuni.
""",
    _v(
        program=None,
        participants=12,
        origin__province="Jawa Tengah",
        origin__regency="Kabupaten Pati",
        destination__province="Jawa Timur",
        destination__regency="Kota Blitar",
        start_date="2024-02-08",
        end_date="2024-02-08",
    ),
)
case(
    "detect",
    "r2-ditunjuk-objek-passive",
    """
Pemkot Madiun Ditunjuk Jadi Objek Studi Lapangan PKP
MADIUN - Pemerintah Kota Madiun ditunjuk oleh BPSDM Provinsi Jawa Timur sebagai objek studi lapangan bagi 36 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan XXI, Selasa (12/3/2024).
Para peserta berasal dari sejumlah kabupaten dan kota di Jawa Timur.
Mereka mendalami penerapan tanda tangan elektronik di Dinas Komunikasi dan Informatika.
""",
    _v(
        program="PKP",
        cohort=21,
        activity="studi lapangan",
        participants=36,
        origin__province="Jawa Timur",
        organizer="BPSDM Provinsi Jawa Timur",
        destination__province="Jawa Timur",
        destination__regency="Kota Madiun",
        start_date="2024-03-12",
        end_date="2024-03-12",
    ),
)
case(
    "detect",
    "r2-menjadi-tujuan-kaji-banding",
    """
Kulon Progo Jadi Tujuan Kaji Banding TP PKK Wonosobo
WATES - Kabupaten Kulon Progo menjadi tujuan kaji banding 20 pengurus Tim Penggerak PKK Kabupaten Wonosobo, Jumat (17/5/2024).
Mereka ingin mempelajari pengelolaan bank sampah di tingkat desa.
Ketua TP PKK Kulon Progo, Sri Handayani, mengajak tamunya meninjau bank sampah di Kalurahan Sidorejo.
""",
    _v(
        program=None,
        activity="studi banding",
        participants=20,
        origin__province="Jawa Tengah",
        origin__regency="Kabupaten Wonosobo",
        destination__province="DI Yogyakarta",
        destination__regency="Kabupaten Kulon Progo",
        start_date="2024-05-17",
        end_date="2024-05-17",
    ),
)
case(
    "detect",
    "r2-dijadikan-lokus-daring",
    """
Dua OPD Sinjai Dijadikan Lokus Studi Lapangan Daring PKA
SINJAI - Dua perangkat daerah Kabupaten Sinjai dijadikan lokus studi lapangan secara daring bagi 40 peserta PKA Angkatan II yang diselenggarakan PPSDM Kemendagri Regional Makassar, Rabu (21/5/2025).
Peserta mengikuti paparan Dinas Pertanian dan Dinas Perikanan melalui konferensi video dari kelas masing-masing.
Wakil Bupati Sinjai, Andi Rahmat, membuka sesi penerimaan dari ruang rapat kantor bupati.
""",
    _v(
        program="PKA",
        cohort=2,
        activity="studi lapangan",
        participants=40,
        origin__province=None,
        organizer="PPSDM Kemendagri Regional Makassar",
        destination__province="Sulawesi Selatan",
        destination__regency="Kabupaten Sinjai",
        start_date="2025-05-21",
        end_date="2025-05-21",
    ),
)
case(
    "detect",
    "r2-vkn-programme-stage",
    """
Peserta PKN II Jalani Visitasi Kepemimpinan Nasional di Bantaeng
BANTAENG - Peserta Pelatihan Kepemimpinan Nasional Tingkat II Angkatan VII Lembaga Administrasi Negara menjalani Visitasi Kepemimpinan Nasional (VKN) di Kabupaten Bantaeng, 4-6 Juni 2024.
Sebanyak 45 peserta dibawa ke puskesmas keliling dan sentra kopi rakyat.
""",
    _v(
        program="PKN II",
        cohort=7,
        activity="studi lapangan",
        participants=45,
        origin__province=None,
        destination__province="Sulawesi Selatan",
        destination__regency="Kabupaten Bantaeng",
        start_date="2024-06-04",
        end_date="2024-06-06",
    ),
)
case(
    "detect",
    "r2-stula-abbreviation",
    """
Peserta Latsar Tomohon Gelar Stula di Minahasa Utara
AIRMADIDI - Sebanyak 45 peserta Latsar CPNS Golongan III Kota Tomohon menggelar stula di Kabupaten Minahasa Utara, Kamis (7/9/2023).
Di sana peserta mengamati pelayanan terpadu di kantor kecamatan.
""",
    _v(
        program="Latsar CPNS",
        activity="studi lapangan",
        participants=45,
        origin__province="Sulawesi Utara",
        origin__regency="Kota Tomohon",
        destination__province="Sulawesi Utara",
        destination__regency="Kabupaten Minahasa Utara",
        start_date="2023-09-07",
        end_date="2023-09-07",
    ),
)
case(
    "detect",
    "r2-unit-dikunjungi-passive",
    """
MPP Padang Panjang Dikunjungi Peserta Diklat PIM IV Dharmasraya
PADANG PANJANG - Mal Pelayanan Publik Kota Padang Panjang dikunjungi 30 peserta Diklat PIM IV Kabupaten Dharmasraya, Senin (9/10/2017).
Kunjungan itu bagian dari tahap benchmarking yang wajib dijalani peserta.
Kepala DPMPTSP Padang Panjang, Yusrizal, memaparkan alur izin yang selesai dalam satu hari.
""",
    _v(
        program="Diklatpim IV",
        activity="benchmarking",
        participants=30,
        origin__province="Sumatera Barat",
        origin__regency="Kabupaten Dharmasraya",
        destination__province="Sumatera Barat",
        destination__regency="Kota Padang Panjang",
        start_date="2017-10-09",
        end_date="2017-10-09",
    ),
)
case(
    "detect",
    "r2-dilepas-passive-send-off",
    """
Dilepas Sekda, 32 Peserta PKA Lombok Timur Bertolak ke Banyuwangi
SELONG - Sebanyak 32 peserta PKA Angkatan IV Kabupaten Lombok Timur dilepas Sekretaris Daerah, Muhammad Juaini, di Pendopo Bupati, Senin (2/10/2023).
Mereka akan melaksanakan benchmarking di Kabupaten Banyuwangi pada 3-5 Oktober 2023.
Juaini meminta peserta membawa pulang gagasan yang bisa diterapkan di daerah sendiri.
""",
    _v(
        program="PKA",
        cohort=4,
        activity="benchmarking",
        participants=32,
        origin__province="Nusa Tenggara Barat",
        origin__regency="Kabupaten Lombok Timur",
        destination__province="Jawa Timur",
        destination__regency="Kabupaten Banyuwangi",
        start_date="2023-10-03",
        end_date="2023-10-05",
    ),
)
case(
    "detect",
    "r2-host-official-receives-no-activity-word",
    """
Wali Kota Bukittinggi Terima Peserta Diklatpim III Riau
BUKITTINGGI - Wali Kota Bukittinggi, Ramlan Nurmatias, menerima 30 peserta Diklat Kepemimpinan Tingkat III Angkatan IV Pemerintah Provinsi Riau di Balai Kota, Rabu (3/7/2019).
Peserta datang untuk mempelajari pengelolaan pasar tradisional dan retribusinya.
""",
    _v(
        program="Diklatpim III",
        cohort=4,
        participants=30,
        origin__province="Riau",
        destination__province="Sumatera Barat",
        destination__regency="Kota Bukittinggi",
        start_date="2019-07-03",
        end_date="2019-07-03",
    ),
)
case(
    "detect",
    "r2-bench-marking-split-word",
    """
Peserta PKP Kota Cirebon Bench Marking ke Sumedang
SUMEDANG - Empat puluh peserta PKP Angkatan II Kota Cirebon melakukan bench marking ke Pemerintah Kabupaten Sumedang, Selasa (14/11/2023).
Fokus mereka adalah aplikasi pengaduan warga yang terhubung ke semua kecamatan.
""",
    _v(
        program="PKP",
        cohort=2,
        activity="benchmarking",
        participants=40,
        origin__province="Jawa Barat",
        origin__regency="Kota Cirebon",
        destination__province="Jawa Barat",
        destination__regency="Kabupaten Sumedang",
        start_date="2023-11-14",
        end_date="2023-11-14",
    ),
)
case(
    "detect",
    "r2-opening-at-campus-no-visit",
    """
Sekda Buka PKA Angkatan II di Kampus BPSDM Jambi
JAMBI - Sekretaris Daerah Provinsi Jambi, Sudirman, resmi membuka Pelatihan Kepemimpinan Administrator Angkatan II di kampus BPSDM Provinsi Jambi, Selasa (24/4/2018).
Pelatihan diikuti 40 pejabat administrator dari kabupaten dan kota se-Provinsi Jambi.
Selama empat bulan peserta akan menerima materi di kelas dan menyusun rancangan aksi perubahan.
""",
)
case(
    "detect",
    "r2-graduation-no-visit",
    """
Bupati Kampar Wisuda 120 Peserta Latsar CPNS
BANGKINANG - Sebanyak 120 peserta Latsar CPNS Kabupaten Kampar diwisuda di Aula Kantor Bupati, Selasa (29/10/2024).
Sebelumnya peserta menjalani habituasi dan aktualisasi di unit kerja masing-masing selama satu bulan.
Bupati berpesan agar ASN muda menjaga integritas.
""",
)
case(
    "detect",
    "r2-seminar-project-no-visit",
    """
Peserta PKA Angkatan III Paparkan Proyek Perubahan
PALU - Sebanyak 30 peserta Pelatihan Kepemimpinan Administrator Angkatan III Provinsi Sulawesi Tengah memaparkan proyek perubahan dalam seminar di Aula BPSDM, Selasa (8/8/2023).
Rancangan itu disusun setelah tahap benchmarking dan diuji oleh mentor serta penguji dari LAN.
Peserta yang dinyatakan memuaskan akan mengikuti evaluasi akhir pekan depan.
""",
)
case(
    "detect",
    "r2-retreat-no-visit",
    """
Seratus Kepala Desa Garut Ikuti Retret di Lembang
LEMBANG - Sebanyak 100 kepala desa se-Kabupaten Garut mengikuti retret kepemimpinan di Lembang, Kabupaten Bandung Barat, 10-12 September 2024.
Selama tiga hari mereka menerima materi tata kelola dana desa dari narasumber Kementerian Desa.
Kegiatan ditutup dengan apel bersama di lapangan pusat pelatihan.
""",
)
case(
    "detect",
    "r2-courtesy-call-no-visit",
    """
Kepala Puslatbang LAN Kunjungan Kehormatan ke Gubernur Sultra
KENDARI - Kepala Puslatbang KMP LAN, Andi Wahyudi, melakukan kunjungan kehormatan kepada Gubernur Sulawesi Tenggara di rumah jabatan gubernur, Selasa (23/11/2021).
Pertemuan membahas kerja sama penyelenggaraan PKA dan PKP bagi pejabat pemerintah provinsi tahun depan.
Gubernur menyambut baik tawaran itu dan meminta BPSDM menyiapkan anggarannya.
""",
)
case(
    "detect",
    "r2-budget-item-no-visit",
    """
DPRD Pangkas Anggaran Studi Banding 2025
PARIAMAN - Badan Anggaran DPRD Kota Pariaman memangkas anggaran perjalanan dinas dan studi banding ke luar daerah tahun 2025 sebesar Rp2 miliar.
Ketua DPRD, Fitri Nora, mengatakan dana itu dialihkan untuk perbaikan jalan lingkungan.
"Studi banding bisa ditunda, jalan rusak tidak," katanya, Kamis (14/3/2019).
""",
)
case(
    "detect",
    "r2-explainer-no-visit",
    """
Mengenal Studi Lapangan dalam Pelatihan Kepemimpinan
Studi lapangan merupakan salah satu agenda pembelajaran dalam pelatihan kepemimpinan administrator dan pengawas.
Dalam agenda ini peserta biasanya mengunjungi instansi yang dinilai berhasil berinovasi, lalu menuliskan pelajaran yang bisa ditiru.
Lokasinya ditentukan penyelenggara berdasarkan tema pelatihan.
""",
)
case(
    "detect",
    "r2-background-destination-no-visit",
    """
Banyuwangi Raih Penghargaan Pelayanan Publik Terbaik
BANYUWANGI - Pemerintah Kabupaten Banyuwangi meraih penghargaan pelayanan publik terbaik dari Kementerian PANRB, Selasa (16/1/2024).
Daerah ini kerap menjadi tujuan studi banding pemerintah daerah lain karena program Smart Kampung.
Penghargaan diterima langsung oleh bupati di Jakarta.
""",
)

# ---------------------------------------------------------------- 2. several visits in one article
case(
    "multi",
    "r2-two-programmes-two-senders",
    """
Salatiga Terima Dua Rombongan Pelatihan Kepemimpinan
SALATIGA - Pemerintah Kota Salatiga menerima rombongan peserta PKA Angkatan VI Pemerintah Provinsi Bengkulu dan peserta PKP Angkatan IX Pemerintah Kabupaten Kutai Kartanegara, Kamis (15/8/2024).
Rombongan PKA berjumlah 30 orang, sedangkan rombongan PKP 40 orang.
Keduanya mempelajari layanan perizinan dan pengelolaan pengaduan warga.
""",
    _v(
        program="PKA",
        cohort=6,
        participants=30,
        origin__province="Bengkulu",
        destination__province="Jawa Tengah",
        destination__regency="Kota Salatiga",
        start_date="2024-08-15",
        end_date="2024-08-15",
    ),
    _v(
        program="PKP",
        cohort=9,
        participants=40,
        origin__province="Kalimantan Timur",
        origin__regency="Kabupaten Kutai Kartanegara",
        destination__province="Jawa Tengah",
        destination__regency="Kota Salatiga",
        start_date="2024-08-15",
        end_date="2024-08-15",
    ),
)
case(
    "multi",
    "r2-itinerary-two-regencies-own-days",
    """
Peserta Diklatpim IV Sumbawa Studi Lapangan ke Badung dan Denpasar
DENPASAR - Peserta Diklatpim IV Angkatan I Kabupaten Sumbawa melaksanakan studi lapangan ke Kabupaten Badung pada Senin (4/11/2019).
Setelah dari Badung, rombongan melanjutkan ke Pemerintah Kota Denpasar pada Selasa (5/11/2019).
""",
    _v(
        program="Diklatpim IV",
        cohort=1,
        origin__regency="Kabupaten Sumbawa",
        destination__province="Bali",
        destination__regency="Kabupaten Badung",
        start_date="2019-11-04",
        end_date="2019-11-04",
    ),
    _v(
        program="Diklatpim IV",
        cohort=1,
        origin__regency="Kabupaten Sumbawa",
        destination__province="Bali",
        destination__regency="Kota Denpasar",
        start_date="2019-11-05",
        end_date="2019-11-05",
    ),
)
case(
    "multi",
    "r2-groups-split-with-counts",
    """
60 Peserta PKN II Dibagi ke Bitung dan Minahasa
MANADO - Sebanyak 60 peserta PKN Tingkat II Angkatan III dibagi ke dua lokus studi lapangan, 12-14 Juni 2024.
Sebanyak 30 peserta menuju Kota Bitung, sementara 30 peserta lainnya ke Kabupaten Minahasa.
""",
    _v(
        program="PKN II",
        cohort=3,
        participants=30,
        destination__province="Sulawesi Utara",
        destination__regency="Kota Bitung",
        start_date="2024-06-12",
        end_date="2024-06-14",
    ),
    _v(
        program="PKN II",
        cohort=3,
        participants=30,
        destination__province="Sulawesi Utara",
        destination__regency="Kabupaten Minahasa",
        start_date="2024-06-12",
        end_date="2024-06-14",
    ),
)
case(
    "multi",
    "r2-two-cohorts-each-count",
    """
PKP Angkatan VII dan VIII Lampung Benchmarking ke Kota Metro
METRO - Peserta PKP Angkatan VII dan VIII BPSDM Provinsi Lampung melaksanakan benchmarking ke Pemerintah Kota Metro, Rabu (25/9/2024).
Masing-masing angkatan terdiri atas 40 orang.
""",
    _v(
        program="PKP",
        cohort=7,
        activity="benchmarking",
        participants=40,
        origin__province="Lampung",
        destination__regency="Kota Metro",
        start_date="2024-09-25",
    ),
    _v(
        program="PKP",
        cohort=8,
        activity="benchmarking",
        participants=40,
        origin__province="Lampung",
        destination__regency="Kota Metro",
        start_date="2024-09-25",
    ),
)
case(
    "multi",
    "r2-two-councils-together",
    """
DPRD Sleman dan Bantul Studi Banding Bersama ke Surakarta
SOLO - Rombongan DPRD Kabupaten Sleman dan DPRD Kabupaten Bantul melakukan studi banding bersama ke DPRD Kota Surakarta, Senin (20/2/2023).
Kedua rombongan ingin belajar tentang penyusunan peraturan daerah cagar budaya.
""",
    _v(
        activity="studi banding",
        origin__province="DI Yogyakarta",
        origin__regency="Kabupaten Sleman",
        destination__province="Jawa Tengah",
        destination__regency="Kota Surakarta",
        start_date="2023-02-20",
    ),
    _v(
        activity="studi banding",
        origin__province="DI Yogyakarta",
        origin__regency="Kabupaten Bantul",
        destination__province="Jawa Tengah",
        destination__regency="Kota Surakarta",
        start_date="2023-02-20",
    ),
)
case(
    "multi",
    "r2-three-provinces-listed",
    """
Peserta PKA Maluku Kaji Banding ke Tiga Provinsi
AMBON - Peserta PKA Angkatan II Pemerintah Provinsi Maluku melaksanakan kaji banding ke tiga provinsi, yakni Jawa Barat, Jawa Tengah, dan Jawa Timur, 22-26 Juli 2024.
Peserta dibagi menjadi tiga kelompok sesuai provinsi tujuan.
""",
    _v(
        program="PKA", cohort=2, activity="studi banding", origin__province="Maluku", destination__province="Jawa Barat"
    ),
    _v(
        program="PKA",
        cohort=2,
        activity="studi banding",
        origin__province="Maluku",
        destination__province="Jawa Tengah",
    ),
    _v(
        program="PKA", cohort=2, activity="studi banding", origin__province="Maluku", destination__province="Jawa Timur"
    ),
)
case(
    "multi",
    "r2-host-week-two-guests",
    """
Trenggalek Terima Dua Rombongan Studi Tiru dalam Sepekan
TRENGGALEK - Pemerintah Kabupaten Trenggalek menerima dua rombongan studi tiru pekan ini.
Pada Selasa (5/3/2024), rombongan Pemerintah Kabupaten Bone datang untuk mempelajari pengelolaan sampah.
Dua hari kemudian, Kamis (7/3/2024), giliran rombongan Pemerintah Kota Tidore Kepulauan yang ingin belajar tentang layanan kesehatan desa.
""",
    _v(
        origin__province="Sulawesi Selatan",
        origin__regency="Kabupaten Bone",
        destination__province="Jawa Timur",
        destination__regency="Kabupaten Trenggalek",
        start_date="2024-03-05",
        end_date="2024-03-05",
    ),
    _v(
        origin__province="Maluku Utara",
        origin__regency="Kota Tidore Kepulauan",
        destination__province="Jawa Timur",
        destination__regency="Kabupaten Trenggalek",
        start_date="2024-03-07",
        end_date="2024-03-07",
    ),
)

# ---------------------------------------------------------------- 3. programmes and cohorts
case(
    "program",
    "r2-unknown-kepala-sekolah",
    """
Peserta Pelatihan Kepemimpinan Kepala Sekolah Bireuen Studi Tiru ke Banda Aceh
BANDA ACEH - Sebanyak 35 peserta Pelatihan Kepemimpinan Kepala Sekolah Angkatan II Kabupaten Bireuen melakukan studi tiru ke Kota Banda Aceh, Rabu (30/5/2023).
Mereka mengunjungi dua sekolah penggerak.
""",
    _v(
        program="Pelatihan Kepemimpinan Kepala Sekolah",
        cohort=2,
        activity="studi banding",
        participants=35,
        origin__regency="Kabupaten Bireuen",
        destination__regency="Kota Banda Aceh",
    ),
)
case(
    "program",
    "r2-cohort-ordinal-word",
    """
PKP Angkatan Kelima Kabupaten Bogor Studi Lapangan ke Purwakarta
PURWAKARTA - Peserta Pelatihan Kepemimpinan Pengawas Angkatan Kelima Pemerintah Kabupaten Bogor melaksanakan studi lapangan di Kabupaten Purwakarta, Selasa (26/7/2022).
Jumlah peserta 38 orang.
""",
    _v(
        program="PKP",
        cohort=5,
        activity="studi lapangan",
        participants=38,
        origin__regency="Kabupaten Bogor",
        destination__regency="Kabupaten Purwakarta",
    ),
)
case(
    "program",
    "r2-angkatan-ke-digits-with-year",
    """
PKA Angkatan ke-12 Tahun 2023 Benchmarking ke Kota Tangerang
TANGERANG - Peserta Pelatihan Kepemimpinan Administrator angkatan ke-12 tahun 2023 Pemerintah Provinsi Banten melakukan benchmarking ke Pemerintah Kota Tangerang, Selasa (30/5/2023).
""",
    _v(
        program="PKA",
        cohort=12,
        activity="benchmarking",
        origin__province="Banten",
        destination__regency="Kota Tangerang",
        start_date="2023-05-30",
    ),
)
case(
    "program",
    "r2-cohort-before-programme",
    """
Peserta Angkatan XXIII PKN Tingkat II Kunjungi Kota Semarang
SEMARANG - Sebanyak 58 peserta angkatan XXIII Pelatihan Kepemimpinan Nasional Tingkat II melaksanakan studi lapangan ke Pemerintah Kota Semarang, Selasa (10/9/2024).
Rombongan dipimpin widyaiswara Lembaga Administrasi Negara.
""",
    _v(
        program="PKN II",
        cohort=23,
        activity="studi lapangan",
        participants=58,
        origin__province=None,
        destination__province="Jawa Tengah",
    ),
)
case(
    "program",
    "r2-latsar-long-name-golongan",
    """
CPNS Kota Palangka Raya Studi Lapangan ke Kabupaten Kapuas
KUALA KAPUAS - Peserta Pelatihan Dasar Calon Pegawai Negeri Sipil Golongan II Angkatan 15 Kota Palangka Raya melaksanakan studi lapangan di Kabupaten Kapuas, Rabu (6/11/2024).
Mereka belajar tentang layanan administrasi kependudukan keliling.
""",
    _v(
        program="Latsar CPNS",
        cohort=15,
        activity="studi lapangan",
        # (corrected after the first run: the canonical name in data/regions.json is "Kota Palangkaraya")
        origin__regency="Kota Palangkaraya",
        destination__regency="Kabupaten Kapuas",
    ),
)
case(
    "program",
    "r2-unknown-diklat-teknis",
    """
Peserta Diklat Teknis Pengadaan Barang dan Jasa Kunjungi ULP Kota Batam
BATAM - Sebanyak 25 peserta Diklat Teknis Pengadaan Barang dan Jasa Pemerintah Kabupaten Karimun melakukan studi banding ke Unit Layanan Pengadaan Kota Batam, Selasa (16/1/2024).
""",
    _v(
        program="Diklat Teknis Pengadaan Barang dan Jasa",
        activity="studi banding",
        participants=25,
        origin__regency="Kabupaten Karimun",
        destination__regency="Kota Batam",
    ),
)
case(
    "program",
    "r2-prajabatan-golongan",
    """
Peserta Prajabatan Kabupaten Sumba Timur Kunjungi Kota Kupang
KUPANG - Peserta Diklat Prajabatan Golongan III Angkatan 4 Kabupaten Sumba Timur melaksanakan orientasi lapangan di Pemerintah Kota Kupang, Selasa (24/4/2018).
""",
    _v(
        program="Prajabatan",
        cohort=4,
        activity="studi lapangan",
        origin__regency="Kabupaten Sumba Timur",
        destination__regency="Kota Kupang",
    ),
)
case(
    "program",
    "r2-diklatpim-ii-large-roman",
    """
Diklatpim Tingkat II Angkatan XL Benchmarking ke Pemprov Sumbar
PADANG - Peserta Diklatpim Tingkat II Angkatan XL yang diselenggarakan BPSDM Kemendagri melaksanakan benchmarking ke Pemerintah Provinsi Sumatera Barat, Kamis (14/3/2019).
""",
    _v(
        program="Diklatpim II",
        cohort=40,
        activity="benchmarking",
        origin__province=None,
        destination__province="Sumatera Barat",
    ),
)
case(
    "program",
    "r2-cohort-in-headline-only",
    """
Peserta PKP Angkatan 3 Kota Bima Studi Lapangan ke Dompu
DOMPU - Peserta Pelatihan Kepemimpinan Pengawas Kota Bima melaksanakan studi lapangan di Kabupaten Dompu, Selasa (8/8/2023).
Ada 30 peserta yang ikut dalam kegiatan itu.
""",
    _v(
        program="PKP",
        cohort=3,
        activity="studi lapangan",
        participants=30,
        origin__regency="Kota Bima",
        destination__regency="Kabupaten Dompu",
    ),
)
case(
    "program",
    "r2-pkn-tingkat-i",
    """
Peserta PKN Tingkat I Belajar Tata Kelola Air di Kota Surabaya
SURABAYA - Sebanyak 30 peserta Pelatihan Kepemimpinan Nasional Tingkat I Angkatan LIV melakukan studi lapangan ke Pemerintah Kota Surabaya, Selasa (5/11/2024).
""",
    _v(
        program="PKN I",
        cohort=54,
        activity="studi lapangan",
        participants=30,
        destination__province="Jawa Timur",
    ),
)

# ---------------------------------------------------------------- 8. origin and organizer
case(
    "origin",
    "r2-provincial-body-brings",
    """
BPSDM Sultra Bawa Peserta PKA ke Makassar
MAKASSAR - Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Sulawesi Tenggara membawa 30 peserta PKA Angkatan III melaksanakan studi lapangan ke Pemerintah Kota Makassar, Selasa (29/10/2024).
""",
    _v(
        program="PKA",
        cohort=3,
        participants=30,
        origin__province="Sulawesi Tenggara",
        organizer="Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Sulawesi Tenggara",
        destination__province="Sulawesi Selatan",
        destination__regency="Kota Makassar",
    ),
)
case(
    "origin",
    "r2-participants-from-regencies-of-province",
    """
Peserta PKP Kalbar Timba Ilmu di Kota Singkawang
SINGKAWANG - Sebanyak 40 peserta PKP Angkatan XI yang diselenggarakan BPSDM Provinsi Kalimantan Barat melakukan studi lapangan di Kota Singkawang, Selasa (8/8/2023).
Para peserta berasal dari Kabupaten Sambas, Kabupaten Bengkayang, dan Kabupaten Landak.
""",
    _v(
        program="PKP",
        cohort=11,
        participants=40,
        origin__province="Kalimantan Barat",
        origin__regency=None,
        organizer="BPSDM Provinsi Kalimantan Barat",
        destination__province="Kalimantan Barat",
        destination__regency="Kota Singkawang",
    ),
)
case(
    "origin",
    "r2-regency-body-organizer",
    """
BKPSDM Ciamis Ajak Peserta Diklatpim IV Belajar ke Yogyakarta
YOGYAKARTA - BKPSDM Kabupaten Ciamis mengajak 35 peserta Diklatpim IV Angkatan III melaksanakan studi lapangan di Pemerintah Kota Yogyakarta, Selasa (24/4/2018).
""",
    _v(
        program="Diklatpim IV",
        cohort=3,
        participants=35,
        origin__province="Jawa Barat",
        origin__regency="Kabupaten Ciamis",
        organizer="BKPSDM Kabupaten Ciamis",
        destination__province="DI Yogyakarta",
        destination__regency="Kota Yogyakarta",
    ),
)
case(
    "origin",
    "r2-ministry-centre",
    """
Peserta Pelatihan Kementan Studi Banding ke Kabupaten Malang
MALANG - Pusat Pelatihan Pertanian Kementerian Pertanian membawa 28 peserta pelatihan kepemimpinan pengawas melakukan studi banding ke Kabupaten Malang, Selasa (10/9/2024).
Peserta berasal dari balai pelatihan di berbagai provinsi.
""",
    _v(
        program="PKP",
        participants=28,
        origin__province=None,
        organizer="Pusat Pelatihan Pertanian Kementerian Pertanian",
        destination__province="Jawa Timur",
        destination__regency="Kabupaten Malang",
    ),
)
case(
    "origin",
    "r2-host-first-sender-dari",
    """
Gianyar Terima Studi Tiru Pemkot Kupang
GIANYAR - Pemerintah Kabupaten Gianyar menerima kunjungan studi tiru dari Pemerintah Kota Kupang, Rabu (6/11/2024).
Sebanyak 15 pejabat Kota Kupang ingin belajar tentang penataan pasar seni.
""",
    _v(
        activity="studi banding",
        participants=15,
        origin__province="Nusa Tenggara Timur",
        origin__regency="Kota Kupang",
        destination__province="Bali",
        destination__regency="Kabupaten Gianyar",
    ),
)
case(
    "origin",
    "r2-short-province-form-sender",
    """
Peserta PKA Pemprov Kaltara Benchmarking ke Balikpapan
BALIKPAPAN - Peserta PKA Angkatan I Pemprov Kaltara melaksanakan benchmarking ke Pemerintah Kota Balikpapan, Selasa (26/7/2022).
""",
    _v(
        program="PKA",
        cohort=1,
        origin__province="Kalimantan Utara",
        origin__regency=None,
        destination__province="Kalimantan Timur",
        destination__regency="Kota Balikpapan",
    ),
)
case(
    "origin",
    "r2-council-commission-kunker",
    """
Komisi II DPRD Pontianak Belajar Pengelolaan Parkir ke Semarang
SEMARANG - Komisi II DPRD Kota Pontianak melakukan kunjungan kerja ke Dinas Perhubungan Kota Semarang, Selasa (30/5/2023), untuk mempelajari penerapan parkir elektronik.
""",
    _v(
        activity="kunjungan kerja",
        origin__province="Kalimantan Barat",
        origin__regency="Kota Pontianak",
        # (a travelling komisi sends as its council: docs/schema.md, origin.institution)
        origin__institution="DPRD Kota Pontianak",
        destination__province="Jawa Tengah",
        destination__regency="Kota Semarang",
    ),
)
case(
    "origin",
    "r2-organizer-same-province-as-host",
    """
Peserta PKP Jateng Studi Lapangan di Kudus
KUDUS - Sebanyak 40 peserta PKP Angkatan X yang diselenggarakan Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD) Provinsi Jawa Tengah melaksanakan studi lapangan di Kabupaten Kudus, Selasa (26/7/2022).
""",
    _v(
        program="PKP",
        cohort=10,
        participants=40,
        origin__province="Jawa Tengah",
        organizer="Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD) Provinsi Jawa Tengah",
        destination__province="Jawa Tengah",
        destination__regency="Kabupaten Kudus",
    ),
)
case(
    "origin",
    "r2-sender-after-count-dari",
    """
Tiga Puluh ASN dari Kabupaten Hulu Sungai Selatan Belajar ke Banjarbaru
BANJARBARU - Tiga puluh peserta PKA Angkatan II dari Kabupaten Hulu Sungai Selatan melakukan studi lapangan ke Pemerintah Kota Banjarbaru, Selasa (26/7/2022).
""",
    _v(
        program="PKA",
        cohort=2,
        participants=30,
        origin__province="Kalimantan Selatan",
        origin__regency="Kabupaten Hulu Sungai Selatan",
        destination__province="Kalimantan Selatan",
        destination__regency="Kota Banjarbaru",
    ),
)

# ---------------------------------------------------------------- round 2, second batch (written after the first run)
case(
    "detect",
    "r2-melawat-ke",
    """
Rombongan Diklatpim III Gorontalo Melawat ke Surabaya
SURABAYA - Sebanyak 32 peserta Diklatpim III Angkatan V Pemerintah Provinsi Gorontalo melawat ke Pemerintah Kota Surabaya, Selasa (18/6/2024), untuk benchmarking pengelolaan ruang terbuka hijau.
""",
    _v(
        program="Diklatpim III",
        cohort=5,
        activity="benchmarking",
        participants=32,
        origin__province="Gorontalo",
        destination__province="Jawa Timur",
        destination__regency="Kota Surabaya",
        start_date="2024-06-18",
        end_date="2024-06-18",
    ),
)
case(
    "detect",
    "r2-tempat-studi-komparasi-oleh",
    """
Disdukcapil Pontianak Jadi Tempat Studi Komparasi
PONTIANAK - Dinas Kependudukan dan Pencatatan Sipil Kota Pontianak dijadikan tempat studi komparasi oleh 28 peserta PKP Angkatan II Kabupaten Bengkayang, Selasa (9/7/2024).
""",
    _v(
        program="PKP",
        cohort=2,
        activity="studi banding",
        participants=28,
        origin__regency="Kabupaten Bengkayang",
        destination__province="Kalimantan Barat",
        destination__regency="Kota Pontianak",
        start_date="2024-07-09",
        end_date="2024-07-09",
    ),
)
case(
    "detect",
    "r2-kunjungan-belajar",
    """
Peserta PKA Seruyan Kunjungan Belajar ke Kotawaringin Barat
PANGKALAN BUN - Peserta PKA Angkatan I Kabupaten Seruyan melakukan kunjungan belajar ke Pemerintah Kabupaten Kotawaringin Barat, Selasa (16/7/2024).
Mereka mempelajari pengelolaan keuangan desa berbasis aplikasi.
""",
    _v(
        program="PKA",
        cohort=1,
        origin__regency="Kabupaten Seruyan",
        destination__province="Kalimantan Tengah",
        destination__regency="Kabupaten Kotawaringin Barat",
        start_date="2024-07-16",
        end_date="2024-07-16",
    ),
)
case(
    "detect",
    "r2-cancelled-no-visit",
    """
Studi Lapangan PKA Tahun Ini Ditiadakan
MATARAM - Kepala BPSDM Provinsi Nusa Tenggara Barat mengatakan studi lapangan peserta PKA tahun ini ditiadakan karena efisiensi anggaran, Selasa (23/7/2024).
Sebagai gantinya, peserta mempelajari praktik baik daerah lain melalui bahan tayang dan diskusi daring di kelas.
""",
)
case(
    "detect",
    "r2-ready-to-host-no-visit",
    """
Bupati Siap Jadikan Daerahnya Lokasi Studi Banding
WONOSARI - Bupati Gunungkidul menyatakan siap jika daerahnya dijadikan lokasi studi banding pengelolaan air bersih oleh daerah lain, Selasa (21/3/2023).
Menurutnya, sistem penampungan air hujan di desa-desa karst layak ditiru.
""",
)
case(
    "detect",
    "r2-own-campus-observation-no-visit",
    """
Peserta Latsar Ikuti Kelas Observasi di Kampus BPSDM
SAMARINDA - Sebanyak 80 peserta Latsar CPNS Golongan III Angkatan VII mengikuti kelas observasi di kampus BPSDM Provinsi Kalimantan Timur, Selasa (28/3/2023).
Para widyaiswara memutar rekaman layanan publik dari berbagai daerah untuk dibahas bersama.
""",
)
case(
    "multi",
    "r2-cohort-range",
    """
Latsar CPNS Angkatan I sampai III Purbalingga Studi Lapangan ke Banyumas
PURWOKERTO - Peserta Latsar CPNS Golongan III Angkatan I sampai dengan III Kabupaten Purbalingga melaksanakan studi lapangan di Kabupaten Banyumas, Selasa (6/8/2024).
""",
    _v(
        program="Latsar CPNS",
        cohort=1,
        origin__regency="Kabupaten Purbalingga",
        destination__regency="Kabupaten Banyumas",
    ),
    _v(
        program="Latsar CPNS",
        cohort=2,
        origin__regency="Kabupaten Purbalingga",
        destination__regency="Kabupaten Banyumas",
    ),
    _v(
        program="Latsar CPNS",
        cohort=3,
        origin__regency="Kabupaten Purbalingga",
        destination__regency="Kabupaten Banyumas",
    ),
)
case(
    "multi",
    "r2-two-governments-bersama",
    """
Pemkab Bangli dan Pemkab Karangasem Studi Banding ke Kulon Progo
WATES - Pemerintah Kabupaten Bangli bersama Pemerintah Kabupaten Karangasem melakukan studi banding ke Pemerintah Kabupaten Kulon Progo, Selasa (20/8/2024).
Kedua rombongan belajar tentang gerakan membeli produk lokal.
""",
    _v(
        activity="studi banding",
        origin__province="Bali",
        origin__regency="Kabupaten Bangli",
        destination__province="DI Yogyakarta",
        destination__regency="Kabupaten Kulon Progo",
        start_date="2024-08-20",
    ),
    _v(
        activity="studi banding",
        origin__province="Bali",
        origin__regency="Kabupaten Karangasem",
        destination__province="DI Yogyakarta",
        destination__regency="Kabupaten Kulon Progo",
        start_date="2024-08-20",
    ),
)
case(
    "multi",
    "r2-one-group-two-provinces",
    """
Peserta PKA Sulbar Benchmarking ke Jatim dan Bali
MAMUJU - Sebanyak 40 peserta PKA Angkatan II Pemerintah Provinsi Sulawesi Barat melaksanakan benchmarking ke Provinsi Jawa Timur dan Provinsi Bali, 3-7 Juni 2024.
""",
    _v(
        program="PKA",
        cohort=2,
        origin__province="Sulawesi Barat",
        destination__province="Jawa Timur",
        start_date="2024-06-03",
    ),
    _v(
        program="PKA",
        cohort=2,
        origin__province="Sulawesi Barat",
        destination__province="Bali",
        start_date="2024-06-03",
    ),
)
case(
    "multi",
    "r2-council-hosts-two-councils",
    """
DPRD Kota Bogor Terima Kunjungan Kerja Dua DPRD dari Banten
BOGOR - DPRD Kota Bogor menerima kunjungan kerja DPRD Kabupaten Lebak dan DPRD Kabupaten Pandeglang, Selasa (27/2/2024).
Kedua rombongan ingin mempelajari peraturan daerah tentang penataan pedagang kaki lima.
""",
    _v(
        activity="kunjungan kerja",
        origin__province="Banten",
        origin__regency="Kabupaten Lebak",
        destination__province="Jawa Barat",
        destination__regency="Kota Bogor",
    ),
    _v(
        activity="kunjungan kerja",
        origin__province="Banten",
        origin__regency="Kabupaten Pandeglang",
        destination__province="Jawa Barat",
        destination__regency="Kota Bogor",
    ),
)
case(
    "multi",
    "r2-waves-own-days",
    """
Dua Gelombang Peserta Latsar Tanah Laut Studi Lapangan ke Banjarbaru
BANJARBARU - Peserta Latsar CPNS Kabupaten Tanah Laut melaksanakan studi lapangan ke Pemerintah Kota Banjarbaru dalam dua gelombang.
Gelombang I berangkat pada Selasa (15/10/2024), sedangkan Gelombang II pada Selasa (22/10/2024).
""",
    _v(
        program="Latsar CPNS",
        cohort=1,
        destination__regency="Kota Banjarbaru",
        start_date="2024-10-15",
        end_date="2024-10-15",
    ),
    _v(
        program="Latsar CPNS",
        cohort=2,
        destination__regency="Kota Banjarbaru",
        start_date="2024-10-22",
        end_date="2024-10-22",
    ),
)
case(
    "program",
    "r2-diklatpim-bracketed-roman-large",
    """
Diklatpim IV Angkatan LXXV Belajar ke Kabupaten Sumedang
SUMEDANG - Peserta Pendidikan dan Pelatihan Kepemimpinan Tingkat IV (Diklatpim IV) Angkatan LXXV Pemerintah Provinsi Jawa Barat melakukan studi lapangan di Kabupaten Sumedang, Selasa (13/6/2023).
""",
    _v(
        program="Diklatpim IV",
        cohort=75,
        activity="studi lapangan",
        origin__province="Jawa Barat",
        destination__regency="Kabupaten Sumedang",
    ),
)
case(
    "program",
    "r2-angkatan-digit-then-year",
    """
PKA Angkatan 1 Tahun 2024 Kota Jambi Studi Lapangan ke Palembang
PALEMBANG - Peserta PKA Angkatan 1 Tahun 2024 Pemerintah Kota Jambi melaksanakan studi lapangan di Pemerintah Kota Palembang, Selasa (14/5/2024).
""",
    _v(program="PKA", cohort=1, origin__regency="Kota Jambi", destination__regency="Kota Palembang"),
)
case(
    "program",
    "r2-pkn-bracket-abbreviation",
    """
Peserta PKN Tingkat II LAN Visitasi ke Kota Pekanbaru
PEKANBARU - Peserta Pelatihan Kepemimpinan Nasional (PKN) Tingkat II Angkatan XV Lembaga Administrasi Negara melaksanakan visitasi ke Pemerintah Kota Pekanbaru, Selasa (21/11/2023).
""",
    _v(
        program="PKN II",
        cohort=15,
        activity="studi lapangan",
        origin__province=None,
        destination__regency="Kota Pekanbaru",
    ),
)
case(
    "program",
    "r2-diklatpim-lurah",
    """
Lurah Peserta Diklatpim Jateng Belajar ke Kota Malang
MALANG - Peserta Diklatpim Pemerintah Daerah bagi Lurah Angkatan III Pemerintah Provinsi Jawa Tengah melakukan observasi lapangan di Kelurahan Bunulrejo, Kota Malang, Selasa (20/9/2022).
""",
    _v(
        program="Diklatpim Pemerintah Daerah bagi Lurah",
        cohort=3,
        activity="studi lapangan",
        origin__province="Jawa Tengah",
        destination__regency="Kota Malang",
    ),
)
case(
    "program",
    "r2-latsar-roman-cohort-after-golongan",
    """
Latsar CPNS Angkatan XXXVI Studi Lapangan ke Pemkot Tegal
TEGAL - Sebanyak 40 peserta Latsar CPNS Golongan III Angkatan XXXVI BPSDMD Provinsi Jawa Tengah melaksanakan studi lapangan di Pemerintah Kota Tegal, Selasa (30/4/2024).
""",
    _v(
        program="Latsar CPNS",
        cohort=36,
        participants=40,
        origin__province="Jawa Tengah",
        destination__regency="Kota Tegal",
    ),
)
case(
    "origin",
    "r2-asal-regency",
    """
Peserta PKP Asal Tapin Belajar Pelayanan ke Banjarmasin
BANJARMASIN - Sebanyak 30 peserta PKP asal Kabupaten Tapin melakukan studi lapangan ke Pemerintah Kota Banjarmasin, Selasa (20/9/2022).
""",
    _v(
        program="PKP",
        participants=30,
        origin__province="Kalimantan Selatan",
        origin__regency="Kabupaten Tapin",
        destination__regency="Kota Banjarmasin",
    ),
)
case(
    "origin",
    "r2-bkpsdm-long-name-organizer",
    """
BKPSDM Ketapang Bawa Peserta PKP ke Pontianak
PONTIANAK - Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Ketapang membawa 36 peserta PKP Angkatan I melaksanakan studi lapangan di Pemerintah Kota Pontianak, Selasa (15/10/2024).
""",
    _v(
        program="PKP",
        cohort=1,
        participants=36,
        origin__province="Kalimantan Barat",
        origin__regency="Kabupaten Ketapang",
        organizer="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Ketapang",
        destination__regency="Kota Pontianak",
    ),
)
case(
    "origin",
    "r2-sender-in-headline-only",
    """
Peserta PKA Pemkab Sigi Belajar ke Kota Palu
PALU - Sebanyak 30 peserta PKA Angkatan II melakukan studi lapangan ke Pemerintah Kota Palu, Selasa (14/5/2024).
Rombongan diterima Asisten Administrasi Umum Setda Kota Palu.
""",
    _v(
        program="PKA",
        cohort=2,
        participants=30,
        origin__province="Sulawesi Tengah",
        origin__regency="Kabupaten Sigi",
        destination__regency="Kota Palu",
    ),
)
case(
    "origin",
    "r2-police-unit-national",
    """
Biro SDM Polda Kalteng Studi Banding ke Polda Jatim
SURABAYA - Sebanyak 15 personel Biro SDM Polda Kalimantan Tengah melakukan studi banding ke Polda Jawa Timur, Selasa (13/6/2023), untuk mempelajari aplikasi penilaian kinerja anggota.
""",
    _v(
        activity="studi banding",
        participants=15,
        origin__province=None,  # a Polda's bureau sends from the national level, as the Polda does
        destination__province="Jawa Timur",
    ),
)
case(
    "origin",
    "r2-pemprov-bracket-form",
    """
Peserta Diklatpim IV NTT Benchmarking ke Kota Denpasar
DENPASAR - Peserta Diklatpim IV Angkatan XII Pemerintah Provinsi (Pemprov) Nusa Tenggara Timur melaksanakan benchmarking ke Pemerintah Kota Denpasar, Selasa (24/4/2018).
""",
    _v(
        program="Diklatpim IV",
        cohort=12,
        origin__province="Nusa Tenggara Timur",
        origin__regency=None,
        destination__province="Bali",
        destination__regency="Kota Denpasar",
    ),
)

# ---------------------------------------------------------------- round 2, third batch (written after the second run)
case(
    "detect",
    "r2-kembali-didatangi",
    """
Situbondo Kembali Didatangi Rombongan Studi Tiru
SITUBONDO - Kabupaten Situbondo kembali didatangi rombongan studi tiru, kali ini dari Pemerintah Kota Probolinggo, Selasa (2/7/2024).
Sebanyak 18 pejabat Kota Probolinggo mempelajari aplikasi pengaduan kesehatan ibu hamil.
""",
    _v(
        activity="studi banding",
        origin__province="Jawa Timur",
        origin__regency="Kota Probolinggo",
        destination__province="Jawa Timur",
        destination__regency="Kabupaten Situbondo",
        start_date="2024-07-02",
        end_date="2024-07-02",
    ),
)
case(
    "detect",
    "r2-training-at-provincial-campus-no-visit",
    """
Empat Puluh Pejabat Nias Ikuti PKA di Medan
MEDAN - Sebanyak 40 pejabat administrator Kabupaten Nias mengikuti Pelatihan Kepemimpinan Administrator Angkatan VI di kampus BPSDM Provinsi Sumatera Utara, Medan, Selasa (13/8/2024).
Pelatihan berlangsung selama tiga bulan dengan pola blended learning.
""",
)
case(
    "detect",
    "r2-host-as-speaker-at-campus-no-visit",
    """
Bupati Banyuwangi Jadi Narasumber PKN II di Jakarta
JAKARTA - Bupati Banyuwangi menjadi narasumber bagi peserta PKN Tingkat II Angkatan V di kampus Lembaga Administrasi Negara, Jakarta, Selasa (3/9/2024).
Ia berbagi pengalaman membangun layanan publik berbasis desa kepada 60 peserta.
""",
)
case(
    "detect",
    "r2-host-speaks-in-virtual-benchmarking",
    """
Pemkot Surakarta Jadi Narasumber Benchmarking Daring PKA Riau
SURAKARTA - Pemerintah Kota Surakarta menjadi narasumber benchmarking secara daring bagi peserta PKA Angkatan III BPSDM Provinsi Riau, Selasa (10/10/2023).
Peserta mengikuti paparan tentang penataan pedagang kaki lima dari Pekanbaru melalui konferensi video.
""",
    _v(
        program="PKA",
        cohort=3,
        activity="benchmarking",
        origin__province="Riau",
        destination__province="Jawa Tengah",
        destination__regency="Kota Surakarta",
        start_date="2023-10-10",
    ),
)
case(
    "detect",
    "r2-kunjungan-lapangan",
    """
Peserta Latsar Batang Hari Kunjungan Lapangan ke Muaro Jambi
SENGETI - Peserta Latsar CPNS Angkatan IV Kabupaten Batang Hari melakukan kunjungan lapangan ke Dinas Kependudukan dan Pencatatan Sipil Kabupaten Muaro Jambi, Selasa (20/2/2024).
""",
    _v(
        program="Latsar CPNS",
        cohort=4,
        activity="studi lapangan",
        # (corrected after the run: the canonical name in data/regions.json is "Kabupaten Batanghari")
        origin__regency="Kabupaten Batanghari",
        destination__province="Jambi",
        destination__regency="Kabupaten Muaro Jambi",
    ),
)
case(
    "multi",
    "r2-two-groups-named-by-letter",
    """
Peserta PKA Kalsel Dibagi Dua Lokus
BANJARMASIN - Peserta PKA Angkatan IV BPSDM Provinsi Kalimantan Selatan melaksanakan studi lapangan pada Selasa (19/3/2024).
Kelompok A menuju Kabupaten Tabalong, sedangkan Kelompok B menuju Kabupaten Balangan.
""",
    _v(
        program="PKA",
        cohort=4,
        origin__province="Kalimantan Selatan",
        destination__regency="Kabupaten Tabalong",
        start_date="2024-03-19",
    ),
    _v(
        program="PKA",
        cohort=4,
        origin__province="Kalimantan Selatan",
        destination__regency="Kabupaten Balangan",
        start_date="2024-03-19",
    ),
)
case(
    "multi",
    "r2-two-programmes-one-sender",
    """
Peserta PKA dan PKP Jepara Studi Lapangan ke Kudus
KUDUS - Peserta PKA Angkatan II dan PKP Angkatan V Kabupaten Jepara melaksanakan studi lapangan di Kabupaten Kudus, Selasa (28/5/2024).
""",
    _v(
        program="PKA",
        cohort=2,
        origin__regency="Kabupaten Jepara",
        destination__regency="Kabupaten Kudus",
        start_date="2024-05-28",
    ),
    _v(
        program="PKP",
        cohort=5,
        origin__regency="Kabupaten Jepara",
        destination__regency="Kabupaten Kudus",
        start_date="2024-05-28",
    ),
)
case(
    "multi",
    "r2-itinerary-across-provinces-own-days",
    """
Rombongan Diklatpim III Kaltara ke Batu dan Badung
BATU - Peserta Diklatpim III Angkatan II Provinsi Kalimantan Utara melaksanakan benchmarking di Kota Batu pada 5-6 Juni 2024.
Setelah dari Kota Batu, rombongan melanjutkan perjalanan ke Kabupaten Badung, Bali, pada Jumat (7/6/2024).
""",
    _v(
        program="Diklatpim III",
        cohort=2,
        destination__province="Jawa Timur",
        destination__regency="Kota Batu",
        start_date="2024-06-05",
        end_date="2024-06-06",
    ),
    _v(
        program="Diklatpim III",
        cohort=2,
        destination__province="Bali",
        destination__regency="Kabupaten Badung",
        start_date="2024-06-07",
        end_date="2024-06-07",
    ),
)
case(
    "program",
    "r2-diklat-pim-tk-no-space",
    """
Diklat Pim Tk.III Angkatan XLII Benchmarking ke Kota Bandung
BANDUNG - Peserta Diklat Pim Tk.III Angkatan XLII Pemerintah Provinsi Banten melaksanakan benchmarking ke Pemerintah Kota Bandung, Selasa (8/10/2024).
""",
    _v(
        program="Diklatpim III",
        cohort=42,
        activity="benchmarking",
        origin__province="Banten",
        destination__regency="Kota Bandung",
    ),
)
case(
    "program",
    "r2-unknown-sekolah-programme",
    """
Peserta Sekolah Kader Desa Studi Banding ke Ponggok
KLATEN - Sebanyak 25 peserta Sekolah Kader Desa Angkatan II Kabupaten Temanggung melakukan studi banding ke Desa Ponggok, Kabupaten Klaten, Selasa (12/11/2024).
""",
    _v(
        program="Sekolah Kader Desa",
        cohort=2,
        activity="studi banding",
        participants=25,
        origin__regency="Kabupaten Temanggung",
        destination__regency="Kabupaten Klaten",
    ),
)
case(
    "origin",
    "r2-homonym-bone-bolango",
    """
Pemkab Bone Bolango Studi Banding ke Kota Gorontalo
GORONTALO - Rombongan Pemerintah Kabupaten Bone Bolango melakukan studi banding ke Pemerintah Kota Gorontalo, Selasa (23/4/2024), untuk mempelajari layanan perizinan daring.
""",
    _v(
        activity="studi banding",
        origin__province="Gorontalo",
        origin__regency="Kabupaten Bone Bolango",
        destination__province="Gorontalo",
        destination__regency="Kota Gorontalo",
    ),
)
case(
    "origin",
    "r2-provincial-council-komisi",
    """
Komisi I DPRD Jabar Kunjungan Kerja ke Kota Yogyakarta
YOGYAKARTA - Komisi I DPRD Provinsi Jawa Barat melakukan kunjungan kerja ke Pemerintah Kota Yogyakarta, Selasa (3/9/2024), untuk mempelajari pengelolaan data kependudukan.
""",
    _v(
        activity="kunjungan kerja",
        origin__province="Jawa Barat",
        origin__regency=None,
        destination__province="DI Yogyakarta",
        destination__regency="Kota Yogyakarta",
    ),
)
case(
    "origin",
    "r2-bagian-setda-sender",
    """
Bagian Hukum Setda Kota Tebing Tinggi Studi Banding ke Binjai
BINJAI - Bagian Hukum Sekretariat Daerah Kota Tebing Tinggi melakukan studi banding ke Pemerintah Kota Binjai, Selasa (13/8/2024), tentang penyusunan peraturan wali kota.
""",
    _v(
        activity="studi banding",
        origin__province="Sumatera Utara",
        origin__regency="Kota Tebing Tinggi",
        destination__province="Sumatera Utara",
        destination__regency="Kota Binjai",
    ),
)

# ---------------------------------------------------------------- round 2, fourth batch (written after the third run)
case(
    "multi",
    "r2-two-senders-each-own-destination",
    """
Dua DPRD Madura Kunjungan Kerja ke Malang Raya
MALANG - Rombongan DPRD Kabupaten Sumenep melakukan kunjungan kerja ke Kota Batu, sedangkan rombongan DPRD Kabupaten Pamekasan ke Kabupaten Malang, Selasa (13/8/2024).
Keduanya mempelajari pengelolaan pariwisata daerah.
""",
    _v(
        origin__regency="Kabupaten Sumenep",
        destination__province="Jawa Timur",
        destination__regency="Kota Batu",
        start_date="2024-08-13",
    ),
    _v(
        origin__regency="Kabupaten Pamekasan",
        destination__province="Jawa Timur",
        destination__regency="Kabupaten Malang",
        start_date="2024-08-13",
    ),
)
case(
    "multi",
    "r2-two-programmes-own-days",
    """
Pemkab Batanghari Terima Dua Rombongan Pelatihan Kepemimpinan
MUARA BULIAN - Pemerintah Kabupaten Batanghari menerima peserta PKA Angkatan II BPSDM Provinsi Jambi pada Senin (2/9/2024).
Sehari kemudian, giliran peserta PKP Angkatan IV BPSDM Provinsi Bengkulu yang datang, Selasa (3/9/2024).
""",
    _v(
        program="PKA",
        cohort=2,
        origin__province="Jambi",
        destination__regency="Kabupaten Batanghari",
        start_date="2024-09-02",
        end_date="2024-09-02",
    ),
    _v(
        program="PKP",
        cohort=4,
        origin__province="Bengkulu",
        destination__regency="Kabupaten Batanghari",
        start_date="2024-09-03",
        end_date="2024-09-03",
    ),
)
case(
    "multi",
    "r2-yearly-recap-no-named-visitor-no-visit",
    """
Ratusan Rombongan Studi Banding Datangi Banyuwangi Sepanjang 2023
BANYUWANGI - Sepanjang 2023, Pemerintah Kabupaten Banyuwangi menerima 120 rombongan studi banding dari berbagai daerah.
Kepala Bagian Protokol, Ahmad Fauzi, mengatakan layanan Mal Pelayanan Publik menjadi materi yang paling banyak dipelajari tamu, Kamis (4/1/2024).
""",
)
case(
    "detect",
    "r2-berbagi-praktik-baik",
    """
Pemkab Sumedang Berbagi Praktik Baik dengan Pemkot Cimahi
SUMEDANG - Pemerintah Kabupaten Sumedang berbagi praktik baik penanganan stunting dengan rombongan Pemerintah Kota Cimahi yang berkunjung ke Pusat Pemerintahan Sumedang, Selasa (27/8/2024).
Rombongan berjumlah 25 orang dipimpin Sekretaris Daerah Kota Cimahi.
""",
    _v(
        origin__province="Jawa Barat",
        origin__regency="Kota Cimahi",
        destination__province="Jawa Barat",
        destination__regency="Kabupaten Sumedang",
        start_date="2024-08-27",
        end_date="2024-08-27",
    ),
)
case(
    "detect",
    "r2-sends-staff-to-training-no-visit",
    """
Pemkab Nagekeo Kirim 30 Pejabat Ikuti PKA di Kupang
MBAY - Pemerintah Kabupaten Nagekeo mengirim 30 pejabat administrator untuk mengikuti Pelatihan Kepemimpinan Administrator di BPSDM Provinsi Nusa Tenggara Timur, Kupang, mulai Selasa (13/8/2024).
Pelatihan berlangsung hingga November mendatang.
""",
)
case(
    "detect",
    "r2-mou-signing-no-visit",
    """
Bupati Pati dan Wali Kota Semarang Teken Kerja Sama Air Bersih
SEMARANG - Bupati Pati berkunjung ke Balai Kota Semarang untuk menandatangani nota kesepahaman penyediaan air bersih, Selasa (27/8/2024).
Kerja sama itu berlaku selama lima tahun.
""",
)
case(
    "origin",
    "r2-pemkot-bracket-abbreviation",
    """
Pemkot Tanjungpinang Studi Tiru ke Batam
BATAM - Pemerintah Kota (Pemkot) Tanjungpinang melakukan studi tiru ke Pemerintah Kota Batam, Selasa (27/8/2024), untuk mempelajari layanan kependudukan di mal.
""",
    _v(
        activity="studi banding",
        origin__province="Kepulauan Riau",
        # (corrected after the run: the canonical name in data/regions.json is "Kota Tanjung Pinang")
        origin__regency="Kota Tanjung Pinang",
        destination__province="Kepulauan Riau",
        destination__regency="Kota Batam",
    ),
)
case(
    "origin",
    "r2-sender-in-quote-kami-dari",
    """
Kepala Desa dari Lombok Tengah Belajar BUMDes ke Ponggok
KLATEN - Sebanyak 30 kepala desa belajar pengelolaan BUMDes ke Desa Ponggok, Kabupaten Klaten, Selasa (27/8/2024).
"Kami dari Kabupaten Lombok Tengah ingin meniru cara Ponggok mengelola sumber air," kata ketua rombongan, Lalu Ahmad.
""",
    _v(
        participants=30,
        origin__province="Nusa Tenggara Barat",
        origin__regency="Kabupaten Lombok Tengah",
        destination__province="Jawa Tengah",
        destination__regency="Kabupaten Klaten",
    ),
)

# ---------------------------------------------------------------- round 2, fifth batch (written after the fourth run)
case(
    "detect",
    "r2-village-heads-address-sender",
    """
Kades se-Kecamatan Wonosalam Studi Tiru ke Malang
BATU - Sebanyak 14 kepala desa se-Kecamatan Wonosalam, Kabupaten Jombang, melakukan studi tiru di Desa Pandanrejo, Kota Batu, Selasa (17/9/2024).
Mereka mempelajari pengelolaan wisata petik apel milik desa.
""",
    _v(
        activity="studi banding",
        participants=14,
        origin__province="Jawa Timur",
        origin__regency="Kabupaten Jombang",
        destination__province="Jawa Timur",
        destination__regency="Kota Batu",
        start_date="2024-09-17",
    ),
)
case(
    "detect",
    "r2-monitoring-team-no-visit",
    """
Tim Kemendagri Verifikasi Inovasi Daerah di Kabupaten Sragen
SRAGEN - Tim Kementerian Dalam Negeri melakukan kunjungan ke Kabupaten Sragen untuk memverifikasi lapangan inovasi daerah yang diusulkan dalam penghargaan tahun ini, Rabu (18/9/2024).
Tim memeriksa dokumen dan bukti pelaksanaan dua inovasi pelayanan.
""",
)
case(
    "detect",
    "r2-benchmark-without-ing",
    """
Peserta PKP Kabupaten Karo Benchmark ke Kota Pematangsiantar
PEMATANGSIANTAR - Peserta PKP Angkatan III Kabupaten Karo melakukan benchmark ke Pemerintah Kota Pematangsiantar, Kamis (19/9/2024).
""",
    _v(
        program="PKP",
        cohort=3,
        activity="benchmarking",
        origin__regency="Kabupaten Karo",
        destination__province="Sumatera Utara",
        destination__regency="Kota Pematangsiantar",
        start_date="2024-09-19",
    ),
)
case(
    "detect",
    "r2-kunjungan-studi",
    """
DPRD Sinjai Kunjungan Studi ke Kota Makassar
MAKASSAR - Komisi II DPRD Kabupaten Sinjai melakukan kunjungan studi ke Dinas Perdagangan Kota Makassar, Selasa (24/9/2024), untuk mempelajari pengelolaan pasar tradisional.
""",
    _v(
        origin__province="Sulawesi Selatan",
        origin__regency="Kabupaten Sinjai",
        destination__province="Sulawesi Selatan",
        destination__regency="Kota Makassar",
        start_date="2024-09-24",
    ),
)
case(
    "program",
    "r2-diklatpim-pola-baru",
    """
Diklat Kepemimpinan Tingkat IV Pola Baru Sumenep Studi Lapangan ke Kota Probolinggo
PROBOLINGGO - Peserta Diklat Kepemimpinan Tingkat IV Pola Baru Angkatan VIII Kabupaten Sumenep melakukan studi lapangan di Kota Probolinggo, Selasa (1/10/2024).
""",
    _v(
        program="Diklatpim IV",
        cohort=8,
        activity="studi lapangan",
        origin__regency="Kabupaten Sumenep",
        destination__regency="Kota Probolinggo",
    ),
)
case(
    "origin",
    "r2-multiword-regency-sender",
    """
Pemkab Kepulauan Sangihe Studi Banding ke Tomohon
TOMOHON - Pemerintah Kabupaten Kepulauan Sangihe melakukan studi banding ke Pemerintah Kota Tomohon, Rabu (2/10/2024), untuk mempelajari penataan kawasan bunga.
""",
    _v(
        activity="studi banding",
        origin__province="Sulawesi Utara",
        origin__regency="Kabupaten Kepulauan Sangihe",
        destination__province="Sulawesi Utara",
        destination__regency="Kota Tomohon",
    ),
)
case(
    "origin",
    "r2-national-course-many-provinces",
    """
Peserta PKA Kemendagri dari 12 Provinsi Belajar ke Kota Bontang
BONTANG - Sebanyak 40 peserta PKA Angkatan IX yang diselenggarakan BPSDM Kementerian Dalam Negeri melakukan studi lapangan ke Pemerintah Kota Bontang, Selasa (1/10/2024).
Peserta berasal dari 12 provinsi di Indonesia.
""",
    _v(
        program="PKA",
        cohort=9,
        participants=40,
        origin__province=None,
        organizer="BPSDM Kementerian Dalam Negeri",
        destination__province="Kalimantan Timur",
        destination__regency="Kota Bontang",
    ),
)
case(
    "multi",
    "r2-groups-with-own-counts-and-places",
    """
Peserta Diklatpim III Jatim Dibagi ke Gianyar dan Tabanan
GIANYAR - Peserta Diklatpim III Angkatan XV Provinsi Jawa Timur melaksanakan benchmarking di Bali, Selasa (24/9/2024).
Kelompok I sebanyak 20 orang ke Kabupaten Gianyar, sedangkan kelompok II sebanyak 18 orang ke Kabupaten Tabanan.
""",
    _v(
        program="Diklatpim III",
        cohort=15,
        participants=20,
        origin__province="Jawa Timur",
        destination__regency="Kabupaten Gianyar",
    ),
    _v(
        program="Diklatpim III",
        cohort=15,
        participants=18,
        origin__province="Jawa Timur",
        destination__regency="Kabupaten Tabanan",
    ),
)

KNOWN_GAPS.update(
    {
        "detect-r2-ngangsu-kaweruh": (
            "participants (family 4, not this slice): 'Dua belas orang dari Bagian Organisasi …' is a head count"
            " written as a bare 'N orang dari <body>'"
        ),
    }
)
UNDECIDED.update(
    {
        "multi-r2-waves-own-days": (
            "waves told clause by clause with their own days and no place of their own ('Gelombang I berangkat"
            " pada …, sedangkan Gelombang II pada …'): whether a gelombang is a cohort (data/programs.json reads it"
            " so) or a wave of one trip (other_visits._NEXT_WAVE) is a judgement the gold has not made; a contrast"
            " cohort with no place of its own is dropped as one that stayed home. (Also: the headline's 'Dua"
            " Gelombang Peserta' is read as 2 participants, a family-4 slip: 'gelombang' is no trainee noun.)"
        ),
    }
)


# ---- round 2: ext-fields2
# Families 4 (participants), 5 (host agencies / lokus), 6 (dates) and 7 (bylines and headers); names start
# with "r2-". Seven batches, each written before extraction was run on it, the later ones after the rules
# for the earlier ones. First pass of each batch (participants, lokus, dates, bylines):
#   1: 12/14 13/14 12/15 11/14 (48/57)   2: 5/6 5/6 4/6 6/6 (20/24)   3: 2/5 4/5 3/5 4/5 (13/20)
#   4: 3/3 2/3 3/4 3/3 (11/13)           5: 3/4 3/4 3/4 5/5 (14/17)   6: 2/2 1/2 3/3 4/5 (10/12)
#   7 (other wordings of this branch's rules): 9/9

# ---------------------------------------------------------------- 4. participants (round 2)
case(
    "participants",
    "r2-digits-with-words-in-brackets",
    """
Peserta PKA Kabupaten Musi Rawas Belajar ke Kota Jambi
JAMBI - Sebanyak 36 (tiga puluh enam) orang peserta Pelatihan Kepemimpinan Administrator Angkatan I Pemerintah Kabupaten Musi Rawas melaksanakan studi lapangan di Pemerintah Kota Jambi, Selasa (17/10/2023).
Peserta mempelajari tata kelola sampah berbasis bank sampah.
""",
    _v(program="PKA", cohort=1, participants=36, origin__province="Sumatera Selatan", destination__province="Jambi"),
)
case(
    "participants",
    "r2-group-total-then-split",
    """
Rombongan PKP Kabupaten Ngawi Studi Tiru ke Kabupaten Magetan
MAGETAN - Rombongan yang berjumlah 50 orang itu terdiri dari 44 peserta Pelatihan Kepemimpinan Pengawas Angkatan II Kabupaten Ngawi, empat widyaiswara dan dua orang panitia.
Mereka melakukan studi tiru ke Pemerintah Kabupaten Magetan, Kamis (24/8/2023), untuk mempelajari pengelolaan pasar rakyat.
""",
    _v(program="PKP", cohort=2, participants=44, activity="studi banding", destination__province="Jawa Timur"),
)
case(
    "participants",
    "r2-asn-noun-between",
    """
ASN Peserta PKP Kabupaten Bone Kunjungi Kota Parepare
PAREPARE - Sebanyak 27 aparatur sipil negara (ASN) peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan III Kabupaten Bone berkunjung ke Pemerintah Kota Parepare untuk studi lapangan, Rabu (20/9/2023).
""",
    _v(
        program="PKP",
        cohort=3,
        participants=27,
        origin__province="Sulawesi Selatan",
        destination__province="Sulawesi Selatan",
    ),
)
case(
    "participants",
    "r2-compound-number-words",
    """
Seratus Dua Puluh CPNS Kota Tegal Studi Lapangan di Kabupaten Brebes
BREBES - Seratus dua puluh peserta Pelatihan Dasar CPNS Pemerintah Kota Tegal melaksanakan studi lapangan di Pemerintah Kabupaten Brebes, Senin (11/9/2023).
Mereka dibagi ke empat kecamatan untuk mempelajari pelayanan di tingkat kecamatan.
""",
    _v(program="Latsar CPNS", participants=120, origin__province="Jawa Tengah", destination__province="Jawa Tengah"),
)
case(
    "participants",
    "r2-count-after-programme",
    """
PKA Angkatan IV Provinsi Bengkulu Benchmarking ke Kabupaten Lebong
LEBONG - Pelatihan Kepemimpinan Administrator Angkatan IV BPSDM Provinsi Bengkulu yang diikuti 38 peserta menggelar benchmarking ke Pemerintah Kabupaten Lebong, Kamis (2/11/2023).
Sekda Lebong menyambut rombongan di aula kantor bupati.
""",
    _v(program="PKA", cohort=4, participants=38, activity="benchmarking", destination__province="Bengkulu"),
)
case(
    "participants",
    "r2-numbers-that-are-not-counts",
    """
Peserta PKP Kota Banjarbaru Pelajari 12 Inovasi di Kabupaten Tabalong
TANJUNG - Peserta PKP Angkatan II Pemerintah Kota Banjarbaru melaksanakan studi lapangan di Pemerintah Kabupaten Tabalong, Selasa (5/12/2023) pukul 09.00 Wita.
Selama 8 jam pelajaran, peserta mempelajari 12 inovasi pelayanan di 3 perangkat daerah, di antaranya aplikasi yang menghemat anggaran Rp 150 juta per tahun.
""",
    _v(program="PKP", cohort=2, participants=None, destination__province="Kalimantan Selatan"),
)
case(
    "participants",
    "r2-part-of-cohort-di-antaranya",
    """
Dua Puluh Peserta PKA Sultra Studi Lapangan di Kota Baubau
BAUBAU - Dari 60 peserta Pelatihan Kepemimpinan Administrator Angkatan II BPSDM Provinsi Sulawesi Tenggara, 20 orang di antaranya melaksanakan studi lapangan di Pemerintah Kota Baubau, Rabu (4/10/2023).
Empat puluh peserta lainnya menuju Kabupaten Kolaka.
""",
    _v(
        program="PKA",
        cohort=2,
        participants=20,
        destination__province="Sulawesi Tenggara",
        # first written "Kota Baubau" (the city's everyday spelling); the contract's canonical name is the
        # Kemendagri one in data/regions.json
        destination__regency="Kota Bau Bau",
    ),
)
case(
    "participants",
    "r2-groups-are-not-counts",
    """
Peserta Diklatpim IV Kabupaten Sragen Studi Banding ke Kota Madiun
MADIUN - Sebanyak 40 peserta Diklatpim IV Angkatan V Kabupaten Sragen dibagi menjadi empat kelompok yang masing-masing beranggotakan 10 orang saat studi banding ke Pemerintah Kota Madiun, Jumat (6/10/2017).
""",
    _v(program="Diklatpim IV", cohort=5, participants=40, destination__province="Jawa Timur"),
)
case(
    "participants",
    "r2-beserta-escorts",
    """
Peserta Latsar Kabupaten Dompu Kunjungi Kota Bima
BIMA - Tiga puluh satu peserta Latsar CPNS Kabupaten Dompu beserta tiga orang pendamping melakukan kunjungan lapangan ke Pemerintah Kota Bima, Sabtu (14/10/2023).
""",
    _v(
        program="Latsar CPNS",
        participants=31,
        origin__province="Nusa Tenggara Barat",
        destination__province="Nusa Tenggara Barat",
    ),
)
case(
    "participants",
    "r2-berjumlah-orang-later",
    """
Diklatpim III Provinsi Kalteng Kaji Banding ke Kota Balikpapan
BALIKPAPAN - Peserta Diklat Kepemimpinan Tingkat III Angkatan XXI Provinsi Kalimantan Tengah melakukan kaji banding ke Pemerintah Kota Balikpapan, Senin (23/10/2017).
Peserta yang berjumlah 32 orang itu didampingi Kepala Bidang Diklat Kepemimpinan, Sri Lestari.
""",
    _v(
        program="Diklatpim III",
        cohort=21,
        participants=32,
        activity="studi banding",
        destination__province="Kalimantan Timur",
    ),
)
case(
    "participants",
    "r2-vague-puluhan-is-no-count",
    """
Puluhan Peserta PKP Kabupaten Pesisir Selatan Belajar ke Kota Payakumbuh
PAYAKUMBUH - Puluhan peserta Pelatihan Kepemimpinan Pengawas Angkatan I Kabupaten Pesisir Selatan melakukan studi lapangan di Pemerintah Kota Payakumbuh, Kamis (16/11/2023).
""",
    _v(program="PKP", cohort=1, participants=None, destination__province="Sumatera Barat"),
)
case(
    "participants",
    "r2-officials-noun-between-eselon",
    """
Pejabat Eselon III Kabupaten Sumbawa Timba Ilmu di Kota Denpasar
DENPASAR - Tiga puluh empat pejabat eselon III peserta Diklatpim III Angkatan II Kabupaten Sumbawa melakukan benchmarking ke Pemerintah Kota Denpasar, Selasa (10/10/2017).
""",
    _v(program="Diklatpim III", cohort=2, participants=34, activity="benchmarking", destination__province="Bali"),
)
case(
    "participants",
    "r2-council-members-and-staff",
    """
DPRD Kabupaten Bantul Studi Banding ke DPRD Kota Surakarta
SURAKARTA - Sebanyak 15 anggota DPRD Kabupaten Bantul didampingi enam staf sekretariat dewan melakukan studi banding ke DPRD Kota Surakarta, Rabu (8/11/2023).
Mereka mempelajari penyusunan peraturan daerah tentang cagar budaya.
""",
    _v(
        program=None,
        activity="studi banding",
        participants=15,
        origin__province="DI Yogyakarta",
        destination__province="Jawa Tengah",
    ),
)
case(
    "participants",
    "r2-opening-with-count-no-visit",
    """
Wali Kota Ambon Buka PKP Angkatan III
AMBON - Wali Kota Ambon membuka Pelatihan Kepemimpinan Pengawas Angkatan III yang diikuti 40 peserta di Balai Diklat Kota Ambon, Senin (9/10/2023).
Pelatihan berlangsung selama tiga bulan dengan 12 mata pelatihan.
""",
)

# ---------------------------------------------------------------- 5. host agencies / lokus (round 2)
case(
    "hosts",
    "r2-acronym-units",
    """
Peserta PKA Kota Padang Panjang Kunjungi Tiga OPD Kota Bukittinggi
BUKITTINGGI - Peserta PKA Angkatan I Kota Padang Panjang melaksanakan studi lapangan di Kota Bukittinggi, Rabu (6/9/2023).
Mereka mengunjungi Disdukcapil, Bapenda dan DPMPTSP Kota Bukittinggi.
""",
    _v(program="PKA", destination__province="Sumatera Barat", host_agencies=["Disdukcapil", "Bapenda", "DPMPTSP"]),
)
case(
    "hosts",
    "r2-hospital-and-puskesmas",
    """
Peserta PKP Kabupaten Kotabaru Belajar Layanan Kesehatan di Kota Banjarmasin
BANJARMASIN - Peserta PKP Angkatan IV Kabupaten Kotabaru melakukan studi lapangan di Kota Banjarmasin, Kamis (12/10/2023).
Lokus studi lapangan adalah RSUD Sultan Suriansyah dan Puskesmas Teluk Dalam.
""",
    _v(
        program="PKP",
        destination__province="Kalimantan Selatan",
        host_agencies=["RSUD Sultan Suriansyah", "Puskesmas Teluk Dalam"],
    ),
)
case(
    "hosts",
    "r2-numbered-lines",
    """
Peserta PKA Kabupaten Barru Studi Lapangan ke Kota Makassar
MAKASSAR - Sebanyak 30 peserta PKA Angkatan II Kabupaten Barru melaksanakan studi lapangan di Kota Makassar, Selasa (7/11/2023).
Lokus yang dikunjungi:
1. Dinas Perhubungan
2. Badan Pengelolaan Keuangan Daerah
3. Dinas Lingkungan Hidup
""",
    _v(
        program="PKA",
        destination__province="Sulawesi Selatan",
        host_agencies=["Dinas Perhubungan", "Badan Pengelolaan Keuangan Daerah", "Dinas Lingkungan Hidup"],
    ),
)
case(
    "hosts",
    "r2-semicolon-list",
    """
Diklatpim IV Kabupaten Kebumen Studi Banding ke Kabupaten Purbalingga
PURBALINGGA - Peserta Diklatpim IV Angkatan VII Kabupaten Kebumen melakukan studi banding ke Kabupaten Purbalingga, Kamis (14/9/2017). Lokus kunjungan meliputi Dinas Pertanian; Dinas Koperasi dan Usaha Kecil Menengah; serta Badan Perencanaan Pembangunan Daerah.
""",
    _v(
        program="Diklatpim IV",
        destination__province="Jawa Tengah",
        host_agencies=[
            "Dinas Pertanian",
            "Dinas Koperasi dan Usaha Kecil Menengah",
            "Badan Perencanaan Pembangunan Daerah",
        ],
    ),
)
case(
    "hosts",
    "r2-long-name-with-commas",
    """
Peserta PKA Kota Palopo Belajar Perlindungan Anak di Kota Kendari
KENDARI - Peserta PKA Angkatan I Kota Palopo melaksanakan studi lapangan di Kota Kendari, Senin (13/11/2023).
Peserta dibagi ke Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana serta Dinas Kebudayaan dan Pariwisata.
""",
    _v(
        program="PKA",
        destination__province="Sulawesi Tenggara",
        host_agencies=[
            "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
            "Dinas Kebudayaan dan Pariwisata",
        ],
    ),
)
case(
    "hosts",
    "r2-balai-kota-is-a-hall",
    """
Peserta PKP Kabupaten Sukoharjo Diterima di Balai Kota Salatiga
SALATIGA - Peserta PKP Angkatan V Kabupaten Sukoharjo diterima Wali Kota Salatiga di Balai Kota Salatiga, Rabu (18/10/2023), dalam rangka studi lapangan.
Setelah penerimaan, peserta belajar ke Dinas Komunikasi dan Informatika.
""",
    _v(program="PKP", destination__province="Jawa Tengah", host_agencies=["Dinas Komunikasi dan Informatika"]),
)
case(
    "hosts",
    "r2-only-halls-no-lokus",
    """
Rombongan Diklatpim III Kabupaten Poso Disambut di Rumah Jabatan Bupati Gorontalo
LIMBOTO - Peserta Diklatpim III Angkatan I Kabupaten Poso melakukan studi banding ke Pemerintah Kabupaten Gorontalo, Selasa (17/10/2017).
Rombongan disambut Bupati di Rumah Jabatan Bupati, lalu berdiskusi di Aula Kantor Bupati tentang tata kelola pemerintahan.
""",
    _v(program="Diklatpim III", destination__province="Gorontalo", host_agencies=[]),
)
case(
    "hosts",
    "r2-presenter-is-not-lokus",
    """
Peserta PKA Kabupaten Tanah Laut Benchmarking ke Pemkab Banyuwangi
BANYUWANGI - Peserta PKA Angkatan III Kabupaten Tanah Laut melaksanakan benchmarking ke Pemerintah Kabupaten Banyuwangi, Kamis (5/10/2023).
Di ruang rapat sekretariat daerah, Kepala Dinas Komunikasi, Informatika dan Persandian memaparkan aplikasi layanan desa, disusul paparan Kepala Badan Perencanaan Pembangunan Daerah tentang perencanaan berbasis data.
""",
    _v(program="PKA", activity="benchmarking", destination__province="Jawa Timur", host_agencies=[]),
)
case(
    "hosts",
    "r2-unit-receives-host-first",
    """
Dinas Perpustakaan Kota Surabaya Terima Kunjungan Peserta PKP Kalimantan Barat
SURABAYA - Dinas Perpustakaan dan Kearsipan Kota Surabaya menerima kunjungan peserta Pelatihan Kepemimpinan Pengawas Angkatan VI BPSDM Provinsi Kalimantan Barat, Senin (20/11/2023).
Peserta mempelajari pengelolaan taman bacaan di balai RW.
""",
    _v(
        program="PKP",
        origin__province="Kalimantan Barat",
        destination__province="Jawa Timur",
        host_agencies=["Dinas Perpustakaan dan Kearsipan"],
    ),
)
case(
    "hosts",
    "r2-antara-lain-with-acronyms-in-brackets",
    """
Peserta Diklatpim IV Kota Pontianak Studi Banding ke Kota Yogyakarta
YOGYAKARTA - Peserta Diklatpim IV Angkatan III Kota Pontianak melakukan studi banding ke Kota Yogyakarta, Rabu (4/10/2017).
Tempat yang dikunjungi antara lain Badan Perencanaan Pembangunan Daerah (Bappeda) dan Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP).
""",
    _v(
        program="Diklatpim IV",
        destination__province="DI Yogyakarta",
        host_agencies=[
            "Badan Perencanaan Pembangunan Daerah (Bappeda)",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)",
        ],
    ),
)
case(
    "hosts",
    "r2-village-and-bumdes",
    """
Kepala Desa se-Kabupaten Lombok Timur Studi Banding ke Kabupaten Klungkung
SEMARAPURA - Sebanyak 25 kepala desa se-Kabupaten Lombok Timur melakukan studi banding ke Kabupaten Klungkung, Jumat (27/10/2023).
Rombongan mengunjungi Desa Tihingan dan BUMDes Sari Amerta untuk melihat pengelolaan usaha desa.
""",
    _v(
        activity="studi banding",
        participants=25,
        destination__province="Bali",
        host_agencies=["Desa Tihingan", "BUMDes Sari Amerta"],
    ),
)
case(
    "hosts",
    "r2-council-hosts-council",
    """
Komisi I DPRD Kota Dumai Studi Banding ke DPRD Kota Batam
BATAM - Komisi I DPRD Kota Dumai melakukan studi banding ke DPRD Kota Batam, Selasa (21/11/2023).
Rombongan diterima Wakil Ketua DPRD Kota Batam di ruang rapat pimpinan dewan.
""",
    _v(
        activity="studi banding",
        origin__province="Riau",
        destination__province="Kepulauan Riau",
        host_agencies=["DPRD"],
    ),
)
case(
    "hosts",
    "r2-groups-to-units",
    """
Peserta PKA Kabupaten Mimika Studi Lapangan di Kota Jayapura
JAYAPURA - Peserta PKA Angkatan I Kabupaten Mimika melaksanakan studi lapangan di Kota Jayapura, Rabu (15/11/2023).
Kelompok pertama belajar di Dinas Kesehatan, sedangkan kelompok kedua di Dinas Pendidikan dan Kebudayaan.
""",
    _v(
        program="PKA",
        destination__province="Papua",
        host_agencies=["Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan"],
    ),
)
case(
    "hosts",
    "r2-award-is-no-visit",
    """
Dinas Kependudukan Kota Bontang Raih Penghargaan Pelayanan Terbaik
BONTANG - Dinas Kependudukan dan Pencatatan Sipil Kota Bontang meraih penghargaan pelayanan publik terbaik tingkat provinsi, Kamis (9/11/2023).
Kepala dinas mengatakan inovasinya kerap menjadi rujukan daerah lain.
""",
)

# ---------------------------------------------------------------- 6. dates (round 2)
case(
    "dates",
    "r2-diperbarui-line",
    """
Peserta PKA Kabupaten Rokan Hulu Studi Lapangan di Kota Pekanbaru
Diperbarui: Kamis, 12 Oktober 2023 15:10 WIB
PEKANBARU - Peserta PKA Angkatan II Kabupaten Rokan Hulu melakukan studi lapangan di Pemerintah Kota Pekanbaru, Selasa (10/10).
""",
    _v(program="PKA", destination__province="Riau", start_date="2023-10-10", end_date="2023-10-10"),
)
case(
    "dates",
    "r2-dipublikasikan-yearless-range",
    """
Peserta PKP Kota Tidore Belajar ke Kota Ternate
Dipublikasikan pada 3 Maret 2022
TERNATE - Peserta PKP Angkatan I Kota Tidore Kepulauan melaksanakan studi lapangan di Pemerintah Kota Ternate pada 1-2 Maret.
""",
    _v(program="PKP", destination__province="Maluku Utara", start_date="2022-03-01", end_date="2022-03-02"),
)
case(
    "dates",
    "r2-weekday-words-range-numeric",
    """
Peserta Diklatpim III Kota Medan Benchmarking ke Kota Surabaya
SURABAYA - Peserta Diklatpim III Angkatan X Kota Medan melaksanakan benchmarking ke Pemerintah Kota Surabaya, Rabu hingga Jumat (8-10/11/2017).
""",
    _v(program="Diklatpim III", destination__province="Jawa Timur", start_date="2017-11-08", end_date="2017-11-10"),
)
case(
    "dates",
    "r2-weekday-dash-comma-date",
    """
Peserta PKA Kabupaten Bangka Studi Lapangan di Kota Tangerang Selatan
TANGERANG SELATAN - Peserta PKA Angkatan II Kabupaten Bangka melaksanakan studi lapangan di Pemerintah Kota Tangerang Selatan, Kamis-Jumat, 14-15 September 2023.
""",
    _v(program="PKA", destination__province="Banten", start_date="2023-09-14", end_date="2023-09-15"),
)
case(
    "dates",
    "r2-duration-terhitung-mulai",
    """
Peserta PKN II Studi Lapangan di Provinsi Sulawesi Barat
MAMUJU - Peserta PKN Tingkat II Angkatan IX melaksanakan studi lapangan di Provinsi Sulawesi Barat selama empat hari terhitung mulai 20 Mei 2019.
""",
    _v(program="PKN II", destination__province="Sulawesi Barat", start_date="2019-05-20", end_date="2019-05-23"),
)
case(
    "dates",
    "r2-yearless-with-tahun-in-text",
    """
Peserta PKP Angkatan I Tahun 2018 Kabupaten Bireuen Studi Banding ke Kota Banda Aceh
BANDA ACEH - Peserta Pelatihan Kepemimpinan Pengawas Angkatan I Tahun 2018 Kabupaten Bireuen melakukan studi banding ke Pemerintah Kota Banda Aceh pada 12 Juli.
""",
    _v(program="PKP", destination__province="Aceh", start_date="2018-07-12", end_date="2018-07-12"),
)
case(
    "dates",
    "r2-training-span-is-not-visit",
    """
Peserta PKA Kota Sorong Studi Lapangan di Kota Manado
MANADO - Pelatihan Kepemimpinan Administrator Angkatan I Kota Sorong yang dibuka 2 Agustus 2023 dan berakhir 30 November 2023 memasuki tahap studi lapangan.
Peserta melaksanakan studi lapangan di Pemerintah Kota Manado, Rabu (13/9/2023).
""",
    _v(program="PKA", destination__province="Sulawesi Utara", start_date="2023-09-13", end_date="2023-09-13"),
)
case(
    "dates",
    "r2-launch-date-is-not-visit",
    """
Peserta PKP Kabupaten Tapin Pelajari Aplikasi Desa di Kabupaten Banyumas
PURWOKERTO - Peserta PKP Angkatan II Kabupaten Tapin melakukan studi lapangan di Pemerintah Kabupaten Banyumas, Kamis (5/10/2023).
Peserta mempelajari aplikasi layanan desa yang diluncurkan pada 17 Agustus 2021.
""",
    _v(program="PKP", destination__province="Jawa Tengah", start_date="2023-10-05", end_date="2023-10-05"),
)
case(
    "dates",
    "r2-tanggal-sampai-dengan",
    """
Peserta Diklatpim IV Kabupaten Ketapang Studi Banding ke Kota Pontianak
PONTIANAK - Peserta Diklatpim IV Angkatan II Kabupaten Ketapang melaksanakan studi banding di Pemerintah Kota Pontianak dari tanggal 29 sampai dengan 31 Mei 2018.
""",
    _v(
        program="Diklatpim IV", destination__province="Kalimantan Barat", start_date="2018-05-29", end_date="2018-05-31"
    ),
)
case(
    "dates",
    "r2-numeric-cross-month-range",
    """
Peserta PKA Kabupaten Merauke Studi Lapangan di Kota Makassar
MAKASSAR - Peserta PKA Angkatan I Kabupaten Merauke melaksanakan studi lapangan di Pemerintah Kota Makassar, Selasa-Jumat (28/11-1/12/2023).
""",
    _v(program="PKA", destination__province="Sulawesi Selatan", start_date="2023-11-28", end_date="2023-12-01"),
)
case(
    "dates",
    "r2-hari-tanggal",
    """
Peserta PKP Kabupaten Serang Studi Lapangan ke Kota Cilegon
CILEGON - Peserta PKP Angkatan III Kabupaten Serang melaksanakan studi lapangan di Pemerintah Kota Cilegon pada hari Kamis tanggal 7 Maret 2024.
""",
    _v(program="PKP", destination__province="Banten", start_date="2024-03-07", end_date="2024-03-07"),
)
case(
    "dates",
    "r2-two-days-dan",
    """
Peserta PKA Provinsi Gorontalo Belajar ke Kota Palu
PALU - Peserta PKA Angkatan III BPSDM Provinsi Gorontalo melaksanakan studi lapangan di Pemerintah Kota Palu pada 9 dan 10 Mei 2023.
""",
    _v(program="PKA", destination__province="Sulawesi Tengah", start_date="2023-05-09", end_date="2023-05-10"),
)
case(
    "dates",
    "r2-yearless-range-year-from-header",
    """
Peserta PKP Kabupaten Karo Studi Lapangan di Kota Pematangsiantar
18/10/2023 16:40
PEMATANGSIANTAR - Peserta PKP Angkatan II Kabupaten Karo melaksanakan studi lapangan di Pemerintah Kota Pematangsiantar sejak 16 hingga 18 Oktober.
""",
    _v(program="PKP", destination__province="Sumatera Utara", start_date="2023-10-16", end_date="2023-10-18"),
)
case(
    "dates",
    "r2-earlier-visit-mentioned",
    """
Peserta PKA Kabupaten Lahat Studi Lapangan di Kota Metro
METRO - Peserta PKA Angkatan I Kabupaten Lahat melakukan studi lapangan di Pemerintah Kota Metro, Senin (6/11/2023).
Sekda Metro mengatakan, pada 14 Maret 2022 lalu kota itu juga dikunjungi peserta pelatihan dari provinsi lain.
""",
    _v(program="PKA", destination__province="Lampung", start_date="2023-11-06", end_date="2023-11-06"),
)
case(
    "dates",
    "r2-release-dateline-with-date",
    """
Peserta PKP Kabupaten Sidoarjo Belajar Pelayanan di Kota Malang
MALANG, 22 November 2023 - Peserta PKP Angkatan IV Kabupaten Sidoarjo melaksanakan studi lapangan di Pemerintah Kota Malang.
""",
    _v(program="PKP", destination__province="Jawa Timur", start_date="2023-11-22", end_date="2023-11-22"),
)

# ---------------------------------------------------------------- 7. bylines and headers (round 2)
case(
    "byline",
    "r2-kompas-style-header",
    """
Peserta PKA Kabupaten Bekasi Studi Lapangan ke Kota Depok
Kompas.com - 09/06/2023, 08:37 WIB
Rizky Ananda
Penulis
DEPOK, KOMPAS.com - Sebanyak 30 peserta PKA Angkatan II Kabupaten Bekasi melaksanakan studi lapangan di Pemerintah Kota Depok, Kamis (8/6/2023).
""",
    _v(
        program="PKA",
        participants=30,
        source__outlet="Kompas.com",
        source__reporter="Rizky Ananda",
        source__published="2023-06-09",
        source__dateline="Depok",
        start_date="2023-06-08",
    ),
)
case(
    "byline",
    "r2-outlet-caps-comma-city",
    """
Peserta PKP Kabupaten Tebo Studi Lapangan ke Kota Jambi
BERITAKITA.ID, JAMBI – Sebanyak 35 peserta PKP Angkatan I Kabupaten Tebo melaksanakan studi lapangan di Pemerintah Kota Jambi, Selasa (3/10/2023).
""",
    _v(
        program="PKP",
        participants=35,
        source__outlet="BERITAKITA.ID",
        source__dateline="Jambi",
        destination__province="Jambi",
    ),
)
case(
    "byline",
    "r2-city-comma-outlet-lowercase",
    """
Peserta Latsar CPNS Kabupaten Kebumen Studi Lapangan ke Kabupaten Purworejo
Purworejo, kabarmerah.com - Sebanyak 40 peserta Latsar CPNS Kabupaten Kebumen melaksanakan studi lapangan di Pemerintah Kabupaten Purworejo, Rabu (11/10/2023).
""",
    _v(program="Latsar CPNS", participants=40, source__outlet="kabarmerah.com", source__dateline="Purworejo"),
)
case(
    "byline",
    "r2-reporter-pipe-editor",
    """
Peserta PKA Kabupaten Lampung Tengah Belajar ke Kota Bandar Lampung
BANDAR LAMPUNG - Sebanyak 28 peserta PKA Angkatan III Kabupaten Lampung Tengah melaksanakan studi lapangan di Pemerintah Kota Bandar Lampung, Kamis (19/10/2023).
Reporter: Fajri Ramadhan | Editor: Lestari Handayani
""",
    _v(
        program="PKA",
        participants=28,
        source__reporter="Fajri Ramadhan",
        source__editor="Lestari Handayani",
        source__dateline="Bandar Lampung",
    ),
)
case(
    "byline",
    "r2-spaced-colons-slash",
    """
Peserta Diklatpim IV Kota Cimahi Studi Banding ke Kota Bogor
BOGOR - Peserta Diklatpim IV Angkatan IV Kota Cimahi melakukan studi banding ke Pemerintah Kota Bogor, Selasa (24/10/2017).
Penulis : Ahmad Fauzi / Editor : Dewi Kartika
""",
    _v(program="Diklatpim IV", source__reporter="Ahmad Fauzi", source__editor="Dewi Kartika", source__dateline="Bogor"),
)
case(
    "byline",
    "r2-oleh-redaksi-is-no-reporter",
    """
Peserta PKP Kabupaten Muara Enim Kunjungi Kabupaten Ogan Komering Ilir
Oleh Redaksi KABARSUMSEL | 04 November 2023
KAYUAGUNG - Sebanyak 30 peserta PKP Angkatan II Kabupaten Muara Enim melaksanakan studi lapangan di Pemerintah Kabupaten Ogan Komering Ilir, Kamis (2/11/2023).
""",
    _v(
        program="PKP",
        participants=30,
        source__reporter=None,
        source__published="2023-11-04",
        source__dateline="Kayuagung",
    ),
)
case(
    "byline",
    "r2-humas-posting-line",
    """
Pemkab Sinjai Terima Kunjungan Peserta PKA Kabupaten Bulukumba
Diposting oleh: Admin Humas | Kamis, 9 Mei 2024
SINJAI - Pemerintah Kabupaten Sinjai menerima kunjungan 32 peserta PKA Angkatan I Kabupaten Bulukumba dalam rangka studi lapangan, Rabu (8/5/2024).
""",
    _v(program="PKA", participants=32, source__reporter=None, source__published="2024-05-09", start_date="2024-05-08"),
)
case(
    "byline",
    "r2-kontributor",
    """
Peserta PKA Kabupaten Toba Studi Lapangan ke Kabupaten Deli Serdang
Kontributor: Rudi Simanjuntak
LUBUK PAKAM - Peserta PKA Angkatan I Kabupaten Toba melaksanakan studi lapangan di Pemerintah Kabupaten Deli Serdang, Senin (13/11/2023).
Editor: Maria Sitorus
""",
    _v(
        program="PKA",
        source__reporter="Rudi Simanjuntak",
        source__editor="Maria Sitorus",
        source__dateline="Lubuk Pakam",
    ),
)
case(
    "byline",
    "r2-laporan-top",
    """
Peserta PKP Kota Pariaman Studi Lapangan ke Kota Solok
Laporan: Yulia Fitri, Solok
SOLOK - Peserta PKP Angkatan I Kota Pariaman melaksanakan studi lapangan di Pemerintah Kota Solok, Rabu (25/10/2023).
""",
    _v(program="PKP", source__reporter="Yulia Fitri", source__dateline="Solok"),
)
case(
    "byline",
    "r2-sumber-humas-is-no-reporter",
    """
Peserta PKA Kabupaten Kudus Belajar ke Kabupaten Demak
DEMAK - Peserta PKA Angkatan II Kabupaten Kudus melaksanakan studi lapangan di Pemerintah Kabupaten Demak, Selasa (31/10/2023).
Peserta mempelajari pengelolaan irigasi.
Sumber: Humas Pemkab Demak
""",
    _v(program="PKA", source__reporter=None, source__dateline="Demak", destination__province="Jawa Tengah"),
)
case(
    "byline",
    "r2-jurnalis-and-copyright",
    """
Peserta PKP Kabupaten Luwu Studi Lapangan di Kota Palopo
PALOPO - Peserta PKP Angkatan II Kabupaten Luwu melaksanakan studi lapangan di Pemerintah Kota Palopo, Jumat (17/11/2023).
Jurnalis: Andi Saputri
Editor: Hasrul Nur
Copyright © 2023 Palopopos
""",
    _v(program="PKP", source__reporter="Andi Saputri", source__editor="Hasrul Nur", source__dateline="Palopo"),
)
case(
    "byline",
    "r2-writer-editor-english",
    """
Peserta PKA Kota Tarakan Studi Lapangan ke Kota Samarinda
Writer: Budi Harjono, Editor: Sinta Dewi
SAMARINDA - Peserta PKA Angkatan I Kota Tarakan melaksanakan studi lapangan di Pemerintah Kota Samarinda, Senin (4/12/2023).
""",
    _v(program="PKA", source__reporter="Budi Harjono", source__editor="Sinta Dewi", source__dateline="Samarinda"),
)
case(
    "byline",
    "r2-wib-header-with-dash-weekday",
    """
Peserta PKP Kabupaten Sumba Timur Studi Lapangan di Kota Kupang
Selasa, 21 Nov 2023 - 14:05 WIB
KUPANG - Sebanyak 24 peserta PKP Angkatan I Kabupaten Sumba Timur melaksanakan studi lapangan di Pemerintah Kota Kupang, Senin (20/11/2023).
""",
    _v(
        program="PKP",
        participants=24,
        source__published="2023-11-21",
        source__dateline="Kupang",
        start_date="2023-11-20",
    ),
)
case(
    "byline",
    "r2-initials-at-end",
    """
Peserta PKA Kabupaten Klaten Studi Lapangan ke Kota Magelang
MAGELANG - Peserta PKA Angkatan III Kabupaten Klaten melaksanakan studi lapangan di Pemerintah Kota Magelang, Kamis (9/11/2023).
Mereka mempelajari pengelolaan taman kota. (adv/rdk)
""",
    _v(program="PKA", source__reporter=None, source__editor=None, source__dateline="Magelang"),
)

# ---------------------------------------------------------------- round 2, second batch (written after the first run, before any rule)
case(
    "participants",
    "r2-ke-number-peserta",
    """
Peserta PKA Kabupaten Sambas Belajar ke Kota Singkawang
SINGKAWANG - Peserta PKA Angkatan II Kabupaten Sambas melaksanakan studi lapangan di Pemerintah Kota Singkawang, Kamis (26/10/2023).
Ke-33 peserta itu mempelajari pengelolaan pasar tradisional dan retribusi daerah.
""",
    _v(program="PKA", cohort=2, participants=33, destination__province="Kalimantan Barat"),
)
case(
    "participants",
    "r2-jumlah-peserta-sebanyak",
    """
Diklatpim IV Kabupaten Grobogan Studi Banding ke Kabupaten Kendal
KENDAL - Peserta Diklatpim IV Angkatan XI Kabupaten Grobogan melakukan studi banding ke Pemerintah Kabupaten Kendal, Rabu (11/10/2017).
Jumlah peserta sebanyak 35 orang, didampingi dua widyaiswara dan tiga panitia.
""",
    _v(program="Diklatpim IV", cohort=11, participants=35, destination__province="Jawa Tengah"),
)
case(
    "participants",
    "r2-count-by-origin-summed",
    """
Peserta PKA PPSDM Kemendagri Studi Lapangan di Kabupaten Takalar
TAKALAR - Peserta Pelatihan Kepemimpinan Administrator Angkatan IV PPSDM Kemendagri Regional Makassar melaksanakan studi lapangan di Pemerintah Kabupaten Takalar, Selasa (21/11/2023).
Peserta berasal dari Kabupaten Bulukumba sebanyak 20 orang dan Kabupaten Selayar sebanyak 10 orang.
""",
    _v(program="PKA", cohort=4, participants=30, destination__province="Sulawesi Selatan"),
)
case(
    "participants",
    "r2-count-only-in-headline",
    """
30 Peserta PKP Kabupaten Seruyan Studi Lapangan ke Kota Palangka Raya
PALANGKA RAYA - Peserta Pelatihan Kepemimpinan Pengawas Angkatan I Kabupaten Seruyan melaksanakan studi lapangan di Pemerintah Kota Palangka Raya, Rabu (8/11/2023).
Mereka mempelajari inovasi layanan perizinan.
""",
    _v(program="PKP", cohort=1, participants=30, destination__province="Kalimantan Tengah"),
)
case(
    "participants",
    "r2-buses-are-not-people",
    """
Peserta Latsar CPNS Kabupaten Pati Studi Lapangan ke Kabupaten Jepara
JEPARA - Dengan dua bus, peserta Latsar CPNS Kabupaten Pati melaksanakan studi lapangan di Pemerintah Kabupaten Jepara, Senin (16/10/2023).
Mereka mengunjungi 5 sentra ukir dan 2 kecamatan.
""",
    _v(program="Latsar CPNS", participants=None, destination__province="Jawa Tengah"),
)
case(
    "participants",
    "r2-dengan-jumlah-peserta",
    """
Peserta PKP Kota Sawahlunto Studi Lapangan ke Kota Padang
PADANG - Pelatihan Kepemimpinan Pengawas Angkatan I Kota Sawahlunto dengan jumlah peserta tiga puluh orang melaksanakan studi lapangan di Pemerintah Kota Padang, Jumat (10/11/2023).
""",
    _v(program="PKP", cohort=1, participants=30, destination__province="Sumatera Barat"),
)
case(
    "hosts",
    "r2-lokus-colon-mpp",
    """
Peserta PKA Kabupaten Pangkep Studi Lapangan ke Kota Parepare
PAREPARE - Peserta PKA Angkatan I Kabupaten Pangkajene dan Kepulauan melaksanakan studi lapangan di Kota Parepare, Kamis (23/11/2023). Lokus: Mal Pelayanan Publik (MPP) dan Dinas Kependudukan dan Pencatatan Sipil.
""",
    _v(
        program="PKA",
        destination__province="Sulawesi Selatan",
        host_agencies=["Mal Pelayanan Publik (MPP)", "Dinas Kependudukan dan Pencatatan Sipil"],
    ),
)
case(
    "hosts",
    "r2-units-each-with-region",
    """
Peserta Diklatpim III Provinsi NTT Benchmarking ke Banyuwangi
BANYUWANGI - Peserta Diklatpim III Angkatan III Provinsi Nusa Tenggara Timur melakukan benchmarking ke Dinas Pariwisata Kabupaten Banyuwangi dan Badan Pendapatan Daerah Kabupaten Banyuwangi, Senin (16/10/2017).
""",
    _v(
        program="Diklatpim III",
        destination__province="Jawa Timur",
        destination__regency="Kabupaten Banyuwangi",
        host_agencies=["Dinas Pariwisata", "Badan Pendapatan Daerah"],
    ),
)
case(
    "hosts",
    "r2-kecamatan-kelurahan-desa",
    """
Peserta Latsar CPNS Kota Lubuklinggau Studi Lapangan ke Kabupaten Musi Banyuasin
SEKAYU - Peserta Latsar CPNS Kota Lubuklinggau melaksanakan studi lapangan di Kabupaten Musi Banyuasin, Selasa (14/11/2023), ke tiga lokus, yaitu Kecamatan Sekayu, Kelurahan Serasan Jaya dan Desa Kayuara.
""",
    _v(
        program="Latsar CPNS",
        destination__province="Sumatera Selatan",
        host_agencies=["Kecamatan Sekayu", "Kelurahan Serasan Jaya", "Desa Kayuara"],
    ),
)
case(
    "hosts",
    "r2-speaker-from-unit-not-lokus",
    """
Peserta PKP Kabupaten Agam Studi Lapangan ke Kabupaten Tanah Datar
BATUSANGKAR - Peserta PKP Angkatan II Kabupaten Agam melaksanakan studi lapangan di Dinas Pertanian Kabupaten Tanah Datar, Rabu (22/11/2023).
Hadir sebagai narasumber Sekretaris Badan Perencanaan Pembangunan Daerah Tanah Datar.
""",
    _v(program="PKP", destination__province="Sumatera Barat", host_agencies=["Dinas Pertanian"]),
)
case(
    "hosts",
    "r2-gedung-serbaguna-is-a-hall",
    """
Peserta PKA Kota Tanjungpinang Disambut di Gedung Daerah Kota Batam
BATAM - Peserta PKA Angkatan I Kota Tanjungpinang melaksanakan studi lapangan di Pemerintah Kota Batam, Senin (27/11/2023).
Mereka disambut di Gedung Serbaguna Kantor Wali Kota, lalu mengunjungi Badan Pengusahaan Batam dan Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.
""",
    _v(
        program="PKA",
        destination__province="Kepulauan Riau",
        host_agencies=["Badan Pengusahaan Batam", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
    ),
)
case(
    "hosts",
    "r2-dinas-pupr-short-names",
    """
Peserta PKA Kabupaten Bolaang Mongondow Belajar ke Kota Bitung
BITUNG - Peserta PKA Angkatan II Kabupaten Bolaang Mongondow melaksanakan studi lapangan di Kota Bitung, Kamis (30/11/2023).
Peserta mengunjungi Dinas PUPR, Dinas Kominfo serta Bappeda Kota Bitung.
""",
    _v(program="PKA", destination__province="Sulawesi Utara", host_agencies=["Dinas PUPR", "Dinas Kominfo", "Bappeda"]),
)
case(
    "dates",
    "r2-sd-slash-numeric",
    """
Peserta PKP Kabupaten Wajo Studi Lapangan di Kota Makassar
MAKASSAR - Peserta PKP Angkatan II Kabupaten Wajo melaksanakan studi lapangan di Pemerintah Kota Makassar, Senin s/d Rabu (4 s/d 6/9/2023).
""",
    _v(program="PKP", destination__province="Sulawesi Selatan", start_date="2023-09-04", end_date="2023-09-06"),
)
case(
    "dates",
    "r2-weekday-comma-date",
    """
Peserta PKA Kabupaten Lumajang Studi Lapangan di Kota Probolinggo
PROBOLINGGO - Peserta PKA Angkatan I Kabupaten Lumajang melaksanakan studi lapangan di Pemerintah Kota Probolinggo pada Selasa, 5 September 2023.
""",
    _v(program="PKA", destination__province="Jawa Timur", start_date="2023-09-05", end_date="2023-09-05"),
)
case(
    "dates",
    "r2-year-rollover-from-published",
    """
Peserta PKP Kabupaten Belitung Studi Lapangan ke Kota Pangkalpinang
Selasa, 2 Januari 2024 | 09:10 WIB
PANGKALPINANG - Peserta PKP Angkatan III Kabupaten Belitung melaksanakan studi lapangan di Pemerintah Kota Pangkalpinang pada 28 Desember lalu.
""",
    _v(
        program="PKP", destination__province="Kepulauan Bangka Belitung", start_date="2023-12-28", end_date="2023-12-28"
    ),
)
case(
    "dates",
    "r2-vague-pekan-lalu",
    """
Peserta PKA Kabupaten Bima Studi Lapangan di Kota Mataram
Rabu, 6 Desember 2023
MATARAM - Peserta PKA Angkatan I Kabupaten Bima melaksanakan studi lapangan di Pemerintah Kota Mataram pekan lalu.
""",
    _v(program="PKA", destination__province="Nusa Tenggara Barat", start_date=None, end_date=None),
)
case(
    "dates",
    "r2-kamis-dan-jumat-numeric",
    """
Peserta Diklatpim III Kabupaten Banggai Benchmarking ke Kota Gorontalo
GORONTALO - Peserta Diklatpim III Angkatan I Kabupaten Banggai melakukan benchmarking ke Pemerintah Kota Gorontalo selama dua hari, Kamis dan Jumat (7-8/12/2017).
""",
    _v(program="Diklatpim III", destination__province="Gorontalo", start_date="2017-12-07", end_date="2017-12-08"),
)
case(
    "dates",
    "r2-opened-date-in-same-sentence",
    """
Peserta PKA Kabupaten Sanggau Studi Lapangan ke Kota Pontianak
PONTIANAK - Setelah dibuka pada 1 Agustus 2023, peserta PKA Angkatan I Kabupaten Sanggau melaksanakan studi lapangan di Pemerintah Kota Pontianak pada 20-21 September 2023.
""",
    _v(program="PKA", destination__province="Kalimantan Barat", start_date="2023-09-20", end_date="2023-09-21"),
)
case(
    "byline",
    "r2-timesindonesia-dateline",
    """
Peserta PKP Kabupaten Pasuruan Studi Lapangan ke Kota Batu
TIMESINDONESIA, BATU – Sebanyak 36 peserta PKP Angkatan II Kabupaten Pasuruan melaksanakan studi lapangan di Pemerintah Kota Batu, Rabu (29/11/2023).
Pewarta: Dina Kurniawati
Editor: Imadudin
""",
    _v(
        program="PKP",
        participants=36,
        source__dateline="Batu",
        source__reporter="Dina Kurniawati",
        source__editor="Imadudin",
    ),
)
case(
    "byline",
    "r2-wartawan-redaktur-spaced",
    """
Peserta PKA Kabupaten Tanah Bumbu Studi Lapangan ke Kota Banjarbaru
BANJARBARU - Peserta PKA Angkatan I Kabupaten Tanah Bumbu melaksanakan studi lapangan di Pemerintah Kota Banjarbaru, Selasa (28/11/2023).
Wartawan : Hendra Saputra
Redaktur : Nur Aisyah
""",
    _v(program="PKA", source__reporter="Hendra Saputra", source__editor="Nur Aisyah", source__dateline="Banjarbaru"),
)
case(
    "byline",
    "r2-ditulis-oleh-pada",
    """
Peserta PKP Kabupaten Hulu Sungai Tengah Studi Lapangan ke Kabupaten Balangan
Ditulis oleh Rahmat Hidayat pada 12 Oktober 2023
PARINGIN - Peserta PKP Angkatan I Kabupaten Hulu Sungai Tengah melaksanakan studi lapangan di Pemerintah Kabupaten Balangan, Rabu (11/10/2023).
""",
    _v(program="PKP", source__reporter="Rahmat Hidayat", source__published="2023-10-12", source__dateline="Paringin"),
)
case(
    "byline",
    "r2-photographer-is-not-reporter",
    """
Peserta PKA Kota Pekalongan Studi Lapangan ke Kota Semarang
SEMARANG - Peserta PKA Angkatan II Kota Pekalongan melaksanakan studi lapangan di Pemerintah Kota Semarang, Jumat (1/12/2023).
Foto: Galih Pratama
Penulis: Wulan Sari
Editor: Taufik Hidayat
""",
    _v(program="PKA", source__reporter="Wulan Sari", source__editor="Taufik Hidayat", source__dateline="Semarang"),
)
case(
    "byline",
    "r2-header-no-wib-zero-padded",
    """
Peserta PKP Kabupaten Buleleng Studi Lapangan ke Kabupaten Tabanan
Minggu, 03 Desember 2023 07:15
TABANAN - Peserta PKP Angkatan IV Kabupaten Buleleng melaksanakan studi lapangan di Pemerintah Kabupaten Tabanan, Jumat (1/12/2023).
""",
    _v(program="PKP", source__published="2023-12-03", source__dateline="Tabanan", start_date="2023-12-01"),
)
case(
    "byline",
    "r2-liputan-tim-is-no-reporter",
    """
Peserta PKA Kabupaten Majalengka Studi Lapangan ke Kota Cirebon
Tim Liputan
CIREBON - Peserta PKA Angkatan I Kabupaten Majalengka melaksanakan studi lapangan di Pemerintah Kota Cirebon, Kamis (7/12/2023).
Editor: Rina Amelia
""",
    _v(program="PKA", source__reporter=None, source__editor="Rina Amelia", source__dateline="Cirebon"),
)

# ---------------------------------------------------------------- round 2, third batch (written after the rules for the first two, before running)
case(
    "participants",
    "r2-personel-police",
    """
Personel Polres Lombok Barat Studi Banding ke Polresta Denpasar
DENPASAR - Sebanyak 20 personel Polres Lombok Barat melakukan studi banding ke Polresta Denpasar, Kamis (12/10/2023), untuk mempelajari layanan SIM keliling.
""",
    _v(activity="studi banding", participants=20, destination__province="Bali"),
)
case(
    "participants",
    "r2-number-subject-camat-lurah",
    """
Camat dan Lurah Kota Binjai Belajar ke Kota Medan
MEDAN - Tiga puluh camat dan lurah se-Kota Binjai melakukan studi banding ke Pemerintah Kota Medan, Selasa (7/11/2023).
Mereka mempelajari pelayanan administrasi di tingkat kelurahan.
""",
    _v(
        activity="studi banding",
        participants=30,
        origin__province="Sumatera Utara",
        destination__province="Sumatera Utara",
    ),
)
case(
    "participants",
    "r2-total-termasuk-escorts",
    """
Rombongan PKP Kabupaten Bangli Studi Lapangan ke Kabupaten Gianyar
GIANYAR - Rombongan sebanyak 52 orang, termasuk 6 orang pendamping, yang merupakan peserta PKP Angkatan II Kabupaten Bangli melaksanakan studi lapangan di Pemerintah Kabupaten Gianyar, Rabu (15/11/2023).
""",
    _v(program="PKP", cohort=2, participants=46, destination__province="Bali"),
)
case(
    "participants",
    "r2-words-sebanyak-orang",
    """
Peserta Diklatpim IV Kota Palembang Studi Banding ke Kota Jambi
JAMBI - Peserta Diklatpim IV Angkatan VI Kota Palembang sebanyak dua puluh lima orang melakukan studi banding ke Pemerintah Kota Jambi, Kamis (19/10/2017).
""",
    _v(program="Diklatpim IV", cohort=6, participants=25, destination__province="Jambi"),
)
case(
    "participants",
    "r2-di-antaranya-peserta-from-total",
    """
Rombongan Latsar Kabupaten Maros Kunjungi Kabupaten Gowa
SUNGGUMINASA - Rombongan berjumlah 45 orang, 40 di antaranya peserta Latsar CPNS Kabupaten Maros, melakukan studi lapangan di Pemerintah Kabupaten Gowa, Senin (20/11/2023).
""",
    _v(program="Latsar CPNS", participants=40, destination__province="Sulawesi Selatan"),
)
case(
    "hosts",
    "r2-adapun-opd-lokus-adalah",
    """
Peserta PKA Kabupaten Bengkayang Studi Lapangan ke Kota Singkawang
SINGKAWANG - Peserta PKA Angkatan I Kabupaten Bengkayang melaksanakan studi lapangan di Kota Singkawang, Selasa (10/10/2023).
Adapun OPD yang menjadi lokus adalah Dinas Perdagangan, Badan Keuangan Daerah, dan Dinas Sosial.
""",
    _v(
        program="PKA",
        destination__province="Kalimantan Barat",
        host_agencies=["Dinas Perdagangan", "Badan Keuangan Daerah", "Dinas Sosial"],
    ),
)
case(
    "hosts",
    "r2-lokasi-berada-di",
    """
Peserta PKP Kabupaten Pringsewu Studi Lapangan ke Kota Metro
METRO - Peserta PKP Angkatan II Kabupaten Pringsewu melaksanakan studi lapangan di Kota Metro, Kamis (26/10/2023).
Lokasi studi lapangan berada di Dinas Komunikasi dan Informatika.
""",
    _v(program="PKP", destination__province="Lampung", host_agencies=["Dinas Komunikasi dan Informatika"]),
)
case(
    "hosts",
    "r2-kantor-pertanahan-and-pdam",
    """
Peserta PKA Kabupaten Sleman Belajar ke Kabupaten Magelang
MUNGKID - Peserta PKA Angkatan III Kabupaten Sleman melaksanakan studi lapangan di Kabupaten Magelang, Rabu (1/11/2023).
Peserta mengunjungi Kantor Pertanahan dan Perumda Air Minum Tirta Gemilang.
""",
    _v(
        program="PKA",
        destination__province="Jawa Tengah",
        host_agencies=["Kantor Pertanahan", "Perumda Air Minum Tirta Gemilang"],
    ),
)
case(
    "hosts",
    "r2-unit-yang-dikunjungi-colon",
    """
Peserta Latsar Kabupaten Sidrap Studi Lapangan ke Kota Parepare
PAREPARE - Peserta Latsar CPNS Kabupaten Sidenreng Rappang melaksanakan studi lapangan di Kota Parepare, Senin (13/11/2023).
Unit yang dikunjungi: RSUD Andi Makkasau, Puskesmas Lapadde dan Kelurahan Ujung Sabbang.
""",
    _v(
        program="Latsar CPNS",
        destination__province="Sulawesi Selatan",
        host_agencies=["RSUD Andi Makkasau", "Puskesmas Lapadde", "Kelurahan Ujung Sabbang"],
    ),
)
case(
    "hosts",
    "r2-juga-menyambangi-pasar",
    """
Peserta PKP Kota Cilegon Studi Lapangan ke Kabupaten Pandeglang
PANDEGLANG - Peserta PKP Angkatan I Kota Cilegon melaksanakan studi lapangan di Dinas Koperasi dan UKM Kabupaten Pandeglang, Kamis (9/11/2023).
Selain itu, peserta juga menyambangi Pasar Badak.
""",
    _v(program="PKP", destination__province="Banten", host_agencies=["Dinas Koperasi dan UKM", "Pasar Badak"]),
)
case(
    "dates",
    "r2-day-list-comma-dan",
    """
Peserta PKN II Studi Lapangan di Kabupaten Sumedang
SUMEDANG - Peserta PKN Tingkat II Angkatan VIII melaksanakan studi lapangan di Kabupaten Sumedang pada tanggal 4, 5 dan 6 September 2023.
""",
    _v(program="PKN II", destination__province="Jawa Barat", start_date="2023-09-04", end_date="2023-09-06"),
)
case(
    "dates",
    "r2-weekday-inside-brackets",
    """
Peserta PKA Kabupaten Muna Studi Lapangan ke Kota Kendari
KENDARI - Peserta PKA Angkatan II Kabupaten Muna melaksanakan studi lapangan di Pemerintah Kota Kendari (Sabtu, 7/10/2023).
""",
    _v(program="PKA", destination__province="Sulawesi Tenggara", start_date="2023-10-07", end_date="2023-10-07"),
)
case(
    "dates",
    "r2-weekday-comma-bracket",
    """
Peserta PKP Kabupaten Enrekang Studi Lapangan ke Kabupaten Pinrang
PINRANG - Peserta PKP Angkatan I Kabupaten Enrekang melaksanakan studi lapangan di Pemerintah Kabupaten Pinrang, Kamis, (5/10/2023).
""",
    _v(program="PKP", destination__province="Sulawesi Selatan", start_date="2023-10-05", end_date="2023-10-05"),
)
case(
    "dates",
    "r2-sejak-of-the-training",
    """
Peserta PKA Kabupaten Kepahiang Studi Lapangan ke Kota Bengkulu
BENGKULU - Peserta PKA Angkatan I Kabupaten Kepahiang yang mengikuti pelatihan sejak 2 Agustus 2023 melaksanakan studi lapangan di Pemerintah Kota Bengkulu pada Rabu (13/9/2023).
""",
    _v(program="PKA", destination__province="Bengkulu", start_date="2023-09-13", end_date="2023-09-13"),
)
case(
    "dates",
    "r2-seminar-later",
    """
Peserta PKP Kabupaten Jember Studi Lapangan ke Kabupaten Lumajang
LUMAJANG - Peserta PKP Angkatan III Kabupaten Jember melaksanakan studi lapangan di Pemerintah Kabupaten Lumajang pada 11-12 Oktober 2023.
Hasilnya akan dipaparkan dalam seminar pada 25 Oktober 2023.
""",
    _v(program="PKP", destination__province="Jawa Timur", start_date="2023-10-11", end_date="2023-10-12"),
)
case(
    "byline",
    "r2-laporan-in-brackets-at-end",
    """
Peserta PKA Kabupaten Tuban Studi Lapangan ke Kabupaten Bojonegoro
BOJONEGORO - Peserta PKA Angkatan II Kabupaten Tuban melaksanakan studi lapangan di Pemerintah Kabupaten Bojonegoro, Selasa (14/11/2023).
(Laporan: Dedi Kurniawan)
""",
    _v(program="PKA", source__reporter="Dedi Kurniawan", source__dateline="Bojonegoro"),
)
case(
    "byline",
    "r2-posted-on-by-admin",
    """
Peserta PKP Kabupaten Kapuas Hulu Studi Lapangan ke Kabupaten Sintang
Posted on 22 November 2023 by Admin
SINTANG - Peserta PKP Angkatan I Kabupaten Kapuas Hulu melaksanakan studi lapangan di Pemerintah Kabupaten Sintang, Selasa (21/11/2023).
""",
    _v(program="PKP", source__reporter=None, source__published="2023-11-22", start_date="2023-11-21"),
)
case(
    "byline",
    "r2-cnn-style-double-hyphen",
    """
Peserta PKA Kota Bekasi Studi Lapangan ke Kota Tangerang
Jakarta, CNN Indonesia -- Peserta PKA Angkatan II Kota Bekasi melaksanakan studi lapangan di Pemerintah Kota Tangerang, Rabu (22/11/2023).
""",
    _v(program="PKA", source__dateline="Jakarta", source__outlet="CNN Indonesia", destination__province="Banten"),
)
case(
    "byline",
    "r2-numeric-header-with-weekday",
    """
Peserta PKP Kabupaten Gunungkidul Studi Lapangan ke Kabupaten Kulon Progo
Rabu, 22/11/2023 13:20 WIB
WATES - Peserta PKP Angkatan II Kabupaten Gunungkidul melaksanakan studi lapangan di Pemerintah Kabupaten Kulon Progo, Selasa (21/11).
""",
    _v(program="PKP", source__published="2023-11-22", source__dateline="Wates", start_date="2023-11-21"),
)
case(
    "byline",
    "r2-penulis-foto-editor-pipes",
    """
Peserta PKA Kota Blitar Studi Lapangan ke Kota Kediri
KEDIRI - Peserta PKA Angkatan I Kota Blitar melaksanakan studi lapangan di Pemerintah Kota Kediri, Jumat (24/11/2023).
Penulis: Arif Santoso | Foto: Bayu Aji | Editor: Lina Marlina
""",
    _v(program="PKA", source__reporter="Arif Santoso", source__editor="Lina Marlina", source__dateline="Kediri"),
)

# ---------------------------------------------------------------- round 2, fourth batch (whole short reports with distractors, written after the third batch's rules, before running)
case(
    "participants",
    "r2-whole-count-and-budget-distractors",
    """
Bappeda Kabupaten Ende Terima Kunjungan Peserta PKP dari Kabupaten Nagekeo
Kamis, 16 November 2023 | 11:02 WITA
ENDE - Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Ende menerima kunjungan 26 peserta Pelatihan Kepemimpinan Pengawas Angkatan I Kabupaten Nagekeo, Rabu (15/11/2023).
Kepala Bappeda, Yohanes Dhae, memaparkan program perencanaan 2024 dengan pagu Rp 12 miliar untuk 19 desa.
"Sebanyak 3 inovasi kami raih penghargaan," ujarnya.
Penulis: Maria Goreti
""",
    _v(
        program="PKP",
        cohort=1,
        participants=26,
        origin__province="Nusa Tenggara Timur",
        destination__province="Nusa Tenggara Timur",
        host_agencies=["Badan Perencanaan Pembangunan Daerah (Bappeda)"],
        start_date="2023-11-15",
        end_date="2023-11-15",
        source__reporter="Maria Goreti",
        source__published="2023-11-16",
    ),
)
case(
    "participants",
    "r2-ditambah-panitia",
    """
Peserta PKA Kota Prabumulih Studi Lapangan ke Kabupaten Muara Enim
MUARA ENIM - Sebanyak 30 peserta PKA Angkatan I Kota Prabumulih ditambah lima orang panitia melaksanakan studi lapangan di Pemerintah Kabupaten Muara Enim, Senin (27/11/2023).
""",
    _v(program="PKA", cohort=1, participants=30, destination__province="Sumatera Selatan"),
)
case(
    "participants",
    "r2-graduation-counts-no-visit",
    """
Sebanyak 36 Peserta PKA Kabupaten Kolaka Dinyatakan Lulus
KOLAKA - Sebanyak 36 peserta Pelatihan Kepemimpinan Administrator Angkatan I Kabupaten Kolaka dinyatakan lulus dalam penutupan pelatihan, Jumat (1/12/2023).
Selama pelatihan, peserta telah menjalani studi lapangan dan menyusun proyek perubahan.
""",
)
case(
    "hosts",
    "r2-whole-host-side-units-later",
    """
Pemkot Yogyakarta Terima Studi Tiru Pemkab Kotawaringin Timur
YOGYAKARTA - Pemerintah Kota Yogyakarta menerima studi tiru rombongan Pemerintah Kabupaten Kotawaringin Timur di Balai Kota, Selasa (24/10/2023).
Rombongan berjumlah 22 orang yang dipimpin Asisten Pemerintahan.
Usai diterima Wakil Wali Kota, rombongan dibagi menuju Dinas Lingkungan Hidup dan Dinas Perdagangan untuk melihat pengelolaan sampah pasar.
""",
    _v(
        activity="studi banding",
        participants=22,
        origin__province="Kalimantan Tengah",
        destination__province="DI Yogyakarta",
        host_agencies=["Dinas Lingkungan Hidup", "Dinas Perdagangan"],
    ),
)
case(
    "hosts",
    "r2-sender-unit-not-lokus",
    """
Dinas Pertanian Kabupaten Barito Kuala Studi Banding ke Kabupaten Tanah Datar
BATUSANGKAR - Rombongan Dinas Pertanian Kabupaten Barito Kuala melakukan studi banding ke Dinas Pertanian Kabupaten Tanah Datar, Kamis (9/11/2023).
Mereka mempelajari pengembangan padi organik.
""",
    _v(
        activity="studi banding",
        origin__province="Kalimantan Selatan",
        destination__province="Sumatera Barat",
        host_agencies=["Dinas Pertanian"],
    ),
)
case(
    "hosts",
    "r2-innovation-named-not-unit",
    """
Peserta PKA Kabupaten Ciamis Pelajari Inovasi Disdukcapil Kota Banjar
BANJAR - Peserta PKA Angkatan II Kabupaten Ciamis melaksanakan studi lapangan di Dinas Kependudukan dan Pencatatan Sipil Kota Banjar, Rabu (8/11/2023).
Inovasi yang dipelajari adalah layanan "Dukcapil Jemput Bola" yang meraih penghargaan dari Kementerian Dalam Negeri.
""",
    _v(
        program="PKA",
        destination__province="Jawa Barat",
        destination__regency="Kota Banjar",
        host_agencies=["Dinas Kependudukan dan Pencatatan Sipil"],
    ),
)
case(
    "dates",
    "r2-whole-yearless-weekday-header",
    """
Peserta PKP Kabupaten Minahasa Utara Studi Lapangan di Kota Tomohon
Jumat, 10 November 2023 - 08:15 WITA
TOMOHON - Peserta PKP Angkatan II Kabupaten Minahasa Utara melaksanakan studi lapangan di Pemerintah Kota Tomohon, Kamis (9/11).
Pelatihan ini dibuka pada 4 September lalu dan akan ditutup pada 8 Desember mendatang.
""",
    _v(program="PKP", destination__province="Sulawesi Utara", start_date="2023-11-09", end_date="2023-11-09"),
)
case(
    "dates",
    "r2-deadline-before-visit",
    """
Peserta Latsar Kabupaten Lampung Selatan Studi Lapangan ke Kota Metro
METRO - Setelah mengumpulkan rancangan aktualisasi paling lambat 30 Oktober 2023, peserta Latsar CPNS Kabupaten Lampung Selatan melaksanakan studi lapangan di Pemerintah Kota Metro pada Kamis (2/11/2023).
""",
    _v(program="Latsar CPNS", destination__province="Lampung", start_date="2023-11-02", end_date="2023-11-02"),
)
case(
    "dates",
    "r2-range-with-tahun-hint",
    """
Peserta PKA Angkatan III Tahun 2022 Kabupaten Sumbawa Barat Studi Lapangan ke Kota Mataram
MATARAM - Peserta PKA Angkatan III Tahun 2022 Kabupaten Sumbawa Barat melaksanakan studi lapangan di Pemerintah Kota Mataram pada 19-21 Oktober.
""",
    _v(program="PKA", destination__province="Nusa Tenggara Barat", start_date="2022-10-19", end_date="2022-10-21"),
)
case(
    "dates",
    "r2-month-abbrev-with-dot",
    """
Peserta PKP Kabupaten Pidie Studi Lapangan ke Kota Lhokseumawe
LHOKSEUMAWE - Peserta PKP Angkatan I Kabupaten Pidie melaksanakan studi lapangan di Pemerintah Kota Lhokseumawe pada 14-15 Nov. 2023.
""",
    _v(program="PKP", destination__province="Aceh", start_date="2023-11-14", end_date="2023-11-15"),
)
case(
    "byline",
    "r2-whole-antara-photo-and-footer",
    """
Peserta PKA Kabupaten Sigi Belajar ke Kota Palu
Sejumlah peserta PKA berfoto bersama di halaman kantor wali kota, Selasa (21/11/2023). ANTARA/HO-Humas Pemkot Palu
Palu (ANTARA) - Sebanyak 34 peserta PKA Angkatan I Kabupaten Sigi melaksanakan studi lapangan di Pemerintah Kota Palu, Selasa.
Pewarta: Rangga Musabar
Editor: Fitri Supratiwi
COPYRIGHT © ANTARA 2023
""",
    _v(
        program="PKA",
        participants=34,
        source__outlet="ANTARA",
        source__dateline="Palu",
        source__reporter="Rangga Musabar",
        source__editor="Fitri Supratiwi",
    ),
)
case(
    "byline",
    "r2-baca-juga-between",
    """
Peserta PKP Kabupaten Bone Bolango Studi Lapangan ke Kota Gorontalo
GORONTALO - Peserta PKP Angkatan III Kabupaten Bone Bolango melaksanakan studi lapangan di Pemerintah Kota Gorontalo, Rabu (22/11/2023).
Baca juga: Wali Kota Gorontalo Resmikan Pasar Baru
Peserta mempelajari pelayanan perizinan terpadu.
Reporter: Ismail Ahmad
""",
    _v(program="PKP", source__reporter="Ismail Ahmad", source__dateline="Gorontalo", destination__province="Gorontalo"),
)
case(
    "byline",
    "r2-editor-first-in-header",
    """
Peserta PKA Kabupaten Pesawaran Studi Lapangan ke Kota Bandar Lampung
Editor: Rudi Hartono | Reporter: Ayu Lestari
Kamis, 23 November 2023 | 10:20 WIB
BANDAR LAMPUNG - Peserta PKA Angkatan II Kabupaten Pesawaran melaksanakan studi lapangan di Pemerintah Kota Bandar Lampung, Rabu (22/11/2023).
""",
    _v(
        program="PKA",
        source__reporter="Ayu Lestari",
        source__editor="Rudi Hartono",
        source__published="2023-11-23",
        start_date="2023-11-22",
    ),
)

# ---------------------------------------------------------------- round 2, fifth batch (written after the fourth batch's rules, before running)
case(
    "participants",
    "r2-host-side-orang-rombongan",
    """
Pemkab Kepulauan Selayar Terima Rombongan PKA dari Kabupaten Jeneponto
BENTENG - Pemerintah Kabupaten Kepulauan Selayar menerima 45 orang rombongan peserta PKA Angkatan II Kabupaten Jeneponto yang melaksanakan studi lapangan, Kamis (30/11/2023).
""",
    _v(program="PKA", cohort=2, participants=45, destination__province="Sulawesi Selatan"),
)
case(
    "participants",
    "r2-count-of-regencies-not-people",
    """
Peserta PKP BPSDM Sulsel Studi Lapangan ke Kota Palopo
PALOPO - Studi lapangan PKP Angkatan V BPSDM Provinsi Sulawesi Selatan di Pemerintah Kota Palopo, Selasa (28/11/2023), diikuti 40 orang peserta dari 12 kabupaten/kota.
""",
    _v(program="PKP", cohort=5, participants=40, destination__province="Sulawesi Selatan"),
)
case(
    "participants",
    "r2-an-suffix-is-a-rough-count",
    """
Peserta Latsar CPNS Kabupaten Ogan Ilir Belajar ke Kota Palembang
PALEMBANG - Sekitar 50-an peserta Latsar CPNS Kabupaten Ogan Ilir melaksanakan studi lapangan di Pemerintah Kota Palembang, Rabu (29/11/2023).
""",
    _v(program="Latsar CPNS", participants=50, destination__province="Sumatera Selatan"),
)
case(
    "participants",
    "r2-breakdown-without-numbers",
    """
Peserta PKA Kabupaten Indragiri Hilir Studi Lapangan ke Kota Dumai
DUMAI - Sebanyak 33 orang yang terdiri dari pejabat administrator dan pejabat pengawas peserta PKA Angkatan I Kabupaten Indragiri Hilir melaksanakan studi lapangan di Pemerintah Kota Dumai, Senin (4/12/2023).
""",
    _v(program="PKA", cohort=1, participants=33, destination__province="Riau"),
)
case(
    "hosts",
    "r2-seperti-introducer",
    """
Peserta PKP Kabupaten Aceh Besar Studi Lapangan ke Kota Sabang
SABANG - Peserta PKP Angkatan II Kabupaten Aceh Besar melaksanakan studi lapangan di Kota Sabang, Kamis (16/11/2023).
Mereka mengunjungi beberapa OPD seperti Dinas Pariwisata, Dinas Kelautan dan Perikanan, serta Badan Pengusahaan Kawasan Sabang.
""",
    _v(
        program="PKP",
        destination__province="Aceh",
        host_agencies=["Dinas Pariwisata", "Dinas Kelautan dan Perikanan", "Badan Pengusahaan Kawasan Sabang"],
    ),
)
case(
    "hosts",
    "r2-hospital-dr-abbrev",
    """
Peserta PKA Kabupaten Mempawah Studi Lapangan ke Kota Pontianak
PONTIANAK - Peserta PKA Angkatan I Kabupaten Mempawah melaksanakan studi lapangan di Kota Pontianak, Jumat (17/11/2023), dengan lokus RSUD dr. Sudarso Hadi dan Dinas Kesehatan.
""",
    _v(
        program="PKA",
        destination__province="Kalimantan Barat",
        host_agencies=["RSUD dr. Sudarso Hadi", "Dinas Kesehatan"],
    ),
)
case(
    "hosts",
    "r2-two-kelurahan-one-kind",
    """
Peserta Latsar Kota Bontang Belajar ke Kota Samarinda
SAMARINDA - Peserta Latsar CPNS Kota Bontang melaksanakan studi lapangan di Kota Samarinda, Selasa (21/11/2023). Lokus yang dikunjungi adalah Kelurahan Sidodadi dan Sungai Pinang Dalam.
""",
    _v(
        program="Latsar CPNS",
        destination__province="Kalimantan Timur",
        host_agencies=["Kelurahan Sidodadi", "Kelurahan Sungai Pinang Dalam"],
    ),
)
case(
    "hosts",
    "r2-escorting-officials-not-lokus",
    """
Sekda Kota Jambi Terima Peserta PKP Provinsi Bengkulu
JAMBI - Sekretaris Daerah Kota Jambi menerima peserta PKP Angkatan IV BPSDM Provinsi Bengkulu dalam rangka studi lapangan, Senin (20/11/2023).
Sekda didampingi Kepala Dinas Pariwisata dan Kepala Bappeda saat menerima rombongan di ruang rapat Sekda.
""",
    _v(program="PKP", destination__province="Jambi", host_agencies=[]),
)
case(
    "dates",
    "r2-bracketed-dates-dash",
    """
Peserta PKA Kabupaten Belu Studi Lapangan ke Kota Kupang
KUPANG - Peserta PKA Angkatan I Kabupaten Belu melaksanakan studi lapangan di Pemerintah Kota Kupang, Senin (4/9) - Rabu (6/9/2023).
""",
    _v(program="PKA", destination__province="Nusa Tenggara Timur", start_date="2023-09-04", end_date="2023-09-06"),
)
case(
    "dates",
    "r2-month-repeated-range",
    """
Peserta PKP Kabupaten Sampang Studi Lapangan ke Kabupaten Sumenep
SUMENEP - Peserta PKP Angkatan II Kabupaten Sampang melaksanakan studi lapangan di Pemerintah Kabupaten Sumenep dari 4 September sampai 6 September 2023.
""",
    _v(program="PKP", destination__province="Jawa Timur", start_date="2023-09-04", end_date="2023-09-06"),
)
case(
    "dates",
    "r2-duration-comma-mulai",
    """
Peserta Diklatpim III Provinsi Maluku Utara Benchmarking ke Kota Manado
MANADO - Peserta Diklatpim III Angkatan II Provinsi Maluku Utara melakukan benchmarking ke Pemerintah Kota Manado selama 3 hari, mulai 4 September 2017.
""",
    _v(program="Diklatpim III", destination__province="Sulawesi Utara", start_date="2017-09-04", end_date="2017-09-06"),
)
case(
    "dates",
    "r2-previous-visit-first",
    """
Peserta PKA Kabupaten Buton Kembali Belajar ke Kota Kendari
KENDARI - Setelah kunjungan pertama pada 12 Oktober 2022, peserta PKA Angkatan II Kabupaten Buton kembali melaksanakan studi lapangan di Pemerintah Kota Kendari, Kamis (5/10/2023).
""",
    _v(program="PKA", destination__province="Sulawesi Tenggara", start_date="2023-10-05", end_date="2023-10-05"),
)
case(
    "byline",
    "r2-two-credits-no-separator",
    """
Peserta PKA Kabupaten Bantaeng Studi Lapangan ke Kabupaten Bulukumba
BULUKUMBA - Peserta PKA Angkatan I Kabupaten Bantaeng melaksanakan studi lapangan di Pemerintah Kabupaten Bulukumba, Kamis (7/12/2023).
Penulis: Nurhalisa Editor: Syamsul Bahri
""",
    _v(program="PKA", source__reporter="Nurhalisa", source__editor="Syamsul Bahri", source__dateline="Bulukumba"),
)
case(
    "byline",
    "r2-oleh-tim-and-diterbitkan",
    """
Peserta PKP Kabupaten Sijunjung Studi Lapangan ke Kota Sawahlunto
Oleh: Tim Redaksi | Diterbitkan: Rabu, 22 November 2023
SAWAHLUNTO - Peserta PKP Angkatan I Kabupaten Sijunjung melaksanakan studi lapangan di Pemerintah Kota Sawahlunto, Selasa (21/11/2023).
""",
    _v(program="PKP", source__reporter=None, source__published="2023-11-22", start_date="2023-11-21"),
)
case(
    "byline",
    "r2-read-counter-not-count",
    """
Peserta PKA Kabupaten Kampar Studi Lapangan ke Kota Pekanbaru
Kamis, 23 November 2023 - 10:20 WIB | Dibaca: 1.234 kali
PEKANBARU - Peserta PKA Angkatan II Kabupaten Kampar melaksanakan studi lapangan di Pemerintah Kota Pekanbaru, Rabu (22/11/2023).
""",
    _v(program="PKA", participants=None, source__published="2023-11-23", source__dateline="Pekanbaru"),
)
case(
    "byline",
    "r2-paren-outlet-domain",
    """
Peserta PKP Kabupaten Siak Studi Lapangan ke Kota Pekanbaru
PEKANBARU (RiauPos.co) - Peserta PKP Angkatan III Kabupaten Siak melaksanakan studi lapangan di Pemerintah Kota Pekanbaru, Jumat (24/11/2023).
""",
    _v(program="PKP", source__outlet="RiauPos.co", source__dateline="Pekanbaru", destination__province="Riau"),
)
case(
    "byline",
    "r2-outlet-tv-comma-city",
    """
Peserta PKA Kota Depok Studi Lapangan ke Kota Bogor
BOGOR, KOMPAS.TV - Peserta PKA Angkatan I Kota Depok melaksanakan studi lapangan di Pemerintah Kota Bogor, Senin (27/11/2023).
""",
    _v(program="PKA", source__outlet="KOMPAS.TV", source__dateline="Bogor", destination__province="Jawa Barat"),
)

# ---------------------------------------------------------------- round 2, sixth batch (more outlets' layouts and list shapes, written after the fifth batch's rules, before running)
case(
    "byline",
    "r2-liputan6-outlet-then-city",
    """
Peserta PKA Kota Serang Studi Lapangan ke Kota Tangerang
Liputan6.com, Tangerang - Peserta PKA Angkatan I Kota Serang melaksanakan studi lapangan di Pemerintah Kota Tangerang, Selasa (28/11/2023).
""",
    _v(program="PKA", source__outlet="Liputan6.com", source__dateline="Tangerang", destination__province="Banten"),
)
case(
    "byline",
    "r2-okezone-jurnalis-dot-date",
    """
Peserta PKP Kabupaten Bogor Studi Lapangan ke Kota Sukabumi
Andi Nugroho, Jurnalis · Rabu, 22 November 2023 - 10:20 WIB
SUKABUMI - Peserta PKP Angkatan IV Kabupaten Bogor melaksanakan studi lapangan di Pemerintah Kota Sukabumi, Selasa (21/11/2023).
""",
    _v(program="PKP", source__reporter="Andi Nugroho", source__published="2023-11-22", source__dateline="Sukabumi"),
)
case(
    "byline",
    "r2-domain-only-opener",
    """
Peserta Latsar Kabupaten Bekasi Studi Lapangan ke Kabupaten Karawang
Suara.com - Peserta Latsar CPNS Kabupaten Bekasi melaksanakan studi lapangan di Pemerintah Kabupaten Karawang, Kamis (30/11/2023).
""",
    _v(program="Latsar CPNS", source__outlet="Suara.com", source__dateline=None, destination__province="Jawa Barat"),
)
case(
    "byline",
    "r2-republika-double-dash",
    """
Peserta PKA Kabupaten Pasuruan Studi Lapangan ke Kota Malang
REPUBLIKA.CO.ID, MALANG -- Peserta PKA Angkatan II Kabupaten Pasuruan melaksanakan studi lapangan di Pemerintah Kota Malang, Jumat (1/12/2023).
""",
    _v(program="PKA", source__outlet="REPUBLIKA.CO.ID", source__dateline="Malang", destination__province="Jawa Timur"),
)
case(
    "byline",
    "r2-reporter-comma-editor",
    """
Peserta PKP Kabupaten Purwakarta Studi Lapangan ke Kabupaten Subang
SUBANG - Peserta PKP Angkatan I Kabupaten Purwakarta melaksanakan studi lapangan di Pemerintah Kabupaten Subang, Senin (4/12/2023).
Reporter: Galih Saputra, Editor: Dewi Anggraini
""",
    _v(program="PKP", source__reporter="Galih Saputra", source__editor="Dewi Anggraini", source__dateline="Subang"),
)
case(
    "dates",
    "r2-weekday-sampai-weekday-cross-month",
    """
Peserta Diklatpim III Kota Banjarmasin Benchmarking ke Kota Surabaya
SURABAYA - Peserta Diklatpim III Angkatan IV Kota Banjarmasin melakukan benchmarking ke Pemerintah Kota Surabaya, Kamis (30/11/2017) sampai Sabtu (2/12/2017).
""",
    _v(program="Diklatpim III", destination__province="Jawa Timur", start_date="2017-11-30", end_date="2017-12-02"),
)
case(
    "dates",
    "r2-yearless-cross-month-with-header",
    """
Peserta PKA Kabupaten Tanggamus Studi Lapangan ke Kota Bandar Lampung
Sabtu, 2 Desember 2023 | 08:00 WIB
BANDAR LAMPUNG - Peserta PKA Angkatan I Kabupaten Tanggamus melaksanakan studi lapangan di Pemerintah Kota Bandar Lampung, Kamis-Jumat (30/11-1/12).
""",
    _v(program="PKA", destination__province="Lampung", start_date="2023-11-30", end_date="2023-12-01"),
)
case(
    "dates",
    "r2-hut-date-later-in-text",
    """
Peserta PKP Kabupaten Gowa Studi Lapangan ke Kota Makassar
MAKASSAR - Peserta PKP Angkatan III Kabupaten Gowa melaksanakan studi lapangan di Pemerintah Kota Makassar, Selasa (1/8/2023).
Kegiatan itu digelar menjelang peringatan HUT ke-78 RI pada 17 Agustus 2023.
""",
    _v(program="PKP", destination__province="Sulawesi Selatan", start_date="2023-08-01", end_date="2023-08-01"),
)
case(
    "hosts",
    "r2-upt-with-roman-numeral",
    """
Peserta PKA Kabupaten Bungo Studi Lapangan ke Kota Jambi
JAMBI - Peserta PKA Angkatan I Kabupaten Bungo melaksanakan studi lapangan di Kota Jambi, Rabu (6/12/2023). Lokus studi lapangan yaitu UPT Pelayanan Pajak Daerah Wilayah II dan Badan Kesatuan Bangsa dan Politik.
""",
    _v(
        program="PKA",
        destination__province="Jambi",
        host_agencies=["UPT Pelayanan Pajak Daerah Wilayah II", "Badan Kesatuan Bangsa dan Politik"],
    ),
)
case(
    "hosts",
    "r2-lokus-per-day",
    """
Peserta PKP Kabupaten Kapuas Studi Lapangan ke Kota Banjarmasin
BANJARMASIN - Peserta PKP Angkatan II Kabupaten Kapuas melaksanakan studi lapangan di Kota Banjarmasin selama dua hari, Senin-Selasa (4-5/12/2023).
Pada hari pertama peserta belajar di Dinas Perhubungan, dan pada hari kedua di Badan Pendapatan Daerah.
""",
    _v(
        program="PKP",
        destination__province="Kalimantan Selatan",
        host_agencies=["Dinas Perhubungan", "Badan Pendapatan Daerah"],
        start_date="2023-12-04",
        end_date="2023-12-05",
    ),
)
case(
    "participants",
    "r2-count-in-brackets-after-noun",
    """
Peserta PKA Kabupaten Kutai Barat Studi Lapangan ke Kota Balikpapan
BALIKPAPAN - Para peserta (32 orang) PKA Angkatan I Kabupaten Kutai Barat melaksanakan studi lapangan di Pemerintah Kota Balikpapan, Rabu (6/12/2023).
""",
    _v(program="PKA", cohort=1, participants=32, destination__province="Kalimantan Timur"),
)
case(
    "participants",
    "r2-percent-and-year-not-counts",
    """
Peserta PKP Kabupaten Klungkung Belajar Pelayanan Pajak di Kabupaten Badung
MANGUPURA - Peserta PKP Angkatan I Kabupaten Klungkung melaksanakan studi lapangan di Pemerintah Kabupaten Badung, Kamis (7/12/2023).
Mereka mempelajari capaian pajak hotel yang naik 25 persen sejak 2022 dan melayani 400 wajib pajak setiap bulan.
""",
    _v(program="PKP", cohort=1, participants=None, destination__province="Bali"),
)

# ---------------------------------------------------------------- round 2, seventh batch (other wordings of what this branch's rules read, written before running)
case(
    "participants",
    "r2-origin-parts-berjumlah",
    """
Peserta PKP Regional Bukittinggi Studi Lapangan di Kabupaten Agam
LUBUK BASUNG - Peserta PKP Angkatan III PPSDM Kemendagri Regional Bukittinggi melaksanakan studi lapangan di Pemerintah Kabupaten Agam, Rabu (6/12/2023).
Peserta berasal dari Provinsi Riau berjumlah 15 orang, Provinsi Jambi berjumlah 12 orang, dan Provinsi Bengkulu berjumlah 9 orang.
""",
    _v(program="PKP", cohort=3, participants=36, destination__province="Sumatera Barat"),
)
case(
    "participants",
    "r2-menyambut-words",
    """
Bupati Lombok Utara Sambut Peserta PKA dari Kota Mataram
TANJUNG - Bupati Lombok Utara menyambut dua puluh delapan peserta PKA Angkatan II Kota Mataram yang melaksanakan studi lapangan, Kamis (7/12/2023).
""",
    _v(program="PKA", cohort=2, participants=28, destination__province="Nusa Tenggara Barat"),
)
case(
    "hosts",
    "r2-kelompok-roman",
    """
Peserta PKA Kabupaten Lebak Studi Lapangan ke Kota Serang
SERANG - Peserta PKA Angkatan III Kabupaten Lebak melaksanakan studi lapangan di Kota Serang, Selasa (5/12/2023). Kelompok I belajar di Dinas Sosial, kelompok II di Dinas Perindustrian dan Perdagangan, dan kelompok III di Badan Kepegawaian dan Pengembangan Sumber Daya Manusia.
""",
    _v(
        program="PKA",
        destination__province="Banten",
        host_agencies=[
            "Dinas Sosial",
            "Dinas Perindustrian dan Perdagangan",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        ],
    ),
)
case(
    "hosts",
    "r2-units-with-regency-short-form",
    """
Peserta PKP Kabupaten Karanganyar Studi Lapangan ke Kabupaten Boyolali
BOYOLALI - Peserta PKP Angkatan II Kabupaten Karanganyar mengunjungi Dinas Peternakan dan Perikanan Boyolali dan Dinas Koperasi dan Tenaga Kerja Boyolali, Senin (4/12/2023).
""",
    _v(
        program="PKP",
        destination__province="Jawa Tengah",
        host_agencies=["Dinas Peternakan dan Perikanan", "Dinas Koperasi dan Tenaga Kerja"],
    ),
)
case(
    "dates",
    "r2-sd-words-range",
    """
Peserta PKA Kabupaten Rejang Lebong Studi Lapangan ke Kota Bengkulu
BENGKULU - Peserta PKA Angkatan II Kabupaten Rejang Lebong melaksanakan studi lapangan di Pemerintah Kota Bengkulu, Selasa s/d Kamis (5 s.d. 7/12/2023).
""",
    _v(program="PKA", destination__province="Bengkulu", start_date="2023-12-05", end_date="2023-12-07"),
)
case(
    "dates",
    "r2-diresmikan-date-first",
    """
Peserta PKP Kabupaten Pangandaran Belajar ke Kota Tasikmalaya
TASIKMALAYA - Mal Pelayanan Publik yang diresmikan pada 10 Januari 2023 menjadi tujuan studi lapangan peserta PKP Angkatan I Kabupaten Pangandaran, Rabu (6/12/2023).
""",
    _v(program="PKP", destination__province="Jawa Barat", start_date="2023-12-06", end_date="2023-12-06"),
)
case(
    "dates",
    "r2-yearless-december-read-in-january",
    """
Peserta Latsar Kabupaten Kolaka Utara Studi Lapangan ke Kota Kendari
Rabu, 3 Januari 2024 | 14:30 WITA
KENDARI - Peserta Latsar CPNS Kabupaten Kolaka Utara melaksanakan studi lapangan di Pemerintah Kota Kendari, Jumat-Sabtu (29-30/12).
""",
    _v(
        program="Latsar CPNS", destination__province="Sulawesi Tenggara", start_date="2023-12-29", end_date="2023-12-30"
    ),
)
case(
    "byline",
    "r2-name-above-editor-role",
    """
Peserta PKA Kabupaten Pacitan Studi Lapangan ke Kabupaten Ponorogo
Beritajatim.com - 06/12/2023, 15:10 WIB
Hana Pertiwi
Editor
PONOROGO - Peserta PKA Angkatan I Kabupaten Pacitan melaksanakan studi lapangan di Pemerintah Kabupaten Ponorogo, Selasa (5/12/2023).
""",
    _v(program="PKA", source__editor="Hana Pertiwi", source__reporter=None, source__published="2023-12-06"),
)
case(
    "byline",
    "r2-oleh-name-comma-date",
    """
Peserta PKP Kabupaten Sinjai Studi Lapangan ke Kabupaten Bone
Oleh Abdul Rahman, Kamis, 7 Desember 2023
WATAMPONE - Peserta PKP Angkatan II Kabupaten Sinjai melaksanakan studi lapangan di Pemerintah Kabupaten Bone, Rabu (6/12/2023).
""",
    _v(program="PKP", source__reporter="Abdul Rahman", source__published="2023-12-07", start_date="2023-12-06"),
)


# ---- round 2: ext-fresh2
# Shapes of the kq-/kr- tune articles that lost whole visits, each in other names, places, numbers and
# wording: a "kunjungan studi" with no other activity word; a programme's fieldwork ("VKN", "melakukan
# pengamatan di desa …") told without a trip verb; an itinerary told in order ("tujuan pertamanya A,
# kemudian B, dan terakhir C"). Expected records written before the extractor was run on them.
# First-pass figures (before any rule for the batch): first batch 3/12 (detect 2/8, multi 1/4); the caption
# batch 2/3; the earlier-group batch 1/3; the last batch, written after all the rules, 3/4. The cases on the
# loose address, "kaji tiru", "Benteng" and the headline verbs were written after their rules (no first pass).

# ---------------------------------------------------------------- detection: a "kunjungan studi" and nothing else
case(
    "detect",
    "f2-kunjungan-studi-perangkat-nagari",
    """
BATUSANGKAR - Sebanyak 42 perangkat nagari dari Kecamatan Lima Kaum, Kabupaten Tanah Datar, sejak 14 hingga 17 Oktober 2022 melakukan kunjungan studi ke Desa Pujon Kidul, Kabupaten Malang, Jawa Timur.
Ketua rombongan, Wali Nagari Baringin Syafrizal Umar, mengatakan desa itu dipilih karena berhasil mengelola wisata kafe sawah lewat BUMDes.
"Kami ingin pulang dengan bekal cara mengelola usaha milik nagari," katanya.
""",
    _v(
        activity="other",
        participants=42,
        origin__province="Sumatera Barat",
        destination__province="Jawa Timur",
        start_date="2022-10-14",
        end_date="2022-10-17",
    ),
)
case(
    "detect",
    "f2-kunjungan-study-kepala-desa-host-first",
    """
Desa Kutuh Terima Kunjungan Study Kepala Desa dari Lombok Timur
BADUNG - Desa Adat Kutuh, Kecamatan Kuta Selatan, Kabupaten Badung, Senin (6/3/2023), menerima kunjungan study 28 kepala desa asal Kabupaten Lombok Timur, Nusa Tenggara Barat.
Para kades mendengarkan paparan Bendesa Adat Kutuh tentang pengelolaan pantai oleh desa adat.
""",
    _v(
        activity="other",
        participants=28,
        origin__province="Nusa Tenggara Barat",
        destination__province="Bali",
        start_date="2023-03-06",
        end_date="2023-03-06",
    ),
)
case(
    "detect",
    "f2-kunjungan-studi-pengurus-bumdes-di",
    """
Pengurus BUMDes Se-Kecamatan Tanjung Palas Kunjungan Studi ke Kulon Progo
TANJUNG SELOR - Sebanyak 25 pengurus BUMDes se-Kecamatan Tanjung Palas, Kabupaten Bulungan, menggelar kunjungan studi di Desa Nglinggo, Kabupaten Kulon Progo, Kamis (9/11/2023).
Camat Tanjung Palas, Herman Suwandi, yang mendampingi rombongan, berharap pengurus bisa meniru cara Nglinggo mengemas kebun teh menjadi tujuan wisata.
""",
    _v(
        activity="other",
        participants=25,
        origin__province="Kalimantan Utara",
        destination__province="DI Yogyakarta",
        start_date="2023-11-09",
        end_date="2023-11-09",
    ),
)
case(
    "detect",
    "f2-kunjungan-studi-talk-nearmiss",
    """
DPRD Diminta Kurangi Kunjungan Studi ke Luar Daerah
PALU - Forum warga meminta anggota DPRD Kota Palu mengurangi kunjungan studi ke luar daerah yang dinilai memboroskan anggaran.
"Hasil kunjungan studi selama ini tidak pernah terlihat," kata koordinator forum, Rahmat Lamasi, Selasa (4/7/2023).
""",
)

# ---------------------------------------------------------------- detection: a programme's fieldwork, no trip verb
case(
    "detect",
    "f2-vkn-hasil-paparan-kecamatan",
    """
Peserta PKN Tingkat II Provinsi Jambi menyampaikan hasil VKN di dua kelurahan di Kecamatan Bontang Utara, yaitu Kelurahan Guntung dan Kelurahan Loktuan.
Paparan digelar di ruang rapat Kantor Wali Kota Bontang di hadapan Sekretaris Daerah Kota Bontang, Kamis (12/10).
Para peserta kembali ke Jambi pada Sabtu untuk tahap pembelajaran berikutnya.
""",
    _v(
        program="PKN II",
        activity="studi lapangan",
        origin__province="Jambi",
        destination__province="Kalimantan Timur",
    ),
)
case(
    "detect",
    "f2-pengamatan-di-desa-diklatpim",
    """
Peserta Diklatpim III Provinsi Sulawesi Tengah telah melakukan pengamatan di tiga desa di Kecamatan Kabila, Kabupaten Bone Bolango, Gorontalo, pada 3-5 Mei 2018.
Hasil pengamatan dipaparkan kepada Bupati Bone Bolango di aula kantor bupati.
Widyaiswara pendamping, Nurhayati Lasimpo, menyebut desa-desa itu contoh baik pengelolaan dana desa.
""",
    _v(
        program="Diklatpim III",
        origin__province="Sulawesi Tengah",
        destination__province="Gorontalo",
        start_date="2018-05-03",
        end_date="2018-05-05",
    ),
)
case(
    "detect",
    "f2-penelitian-di-kelurahan-pka",
    """
MATARAM - Peserta PKA Angkatan IV Kabupaten Sumbawa Barat melakukan penelitian di Kelurahan Cakranegara Barat, Kota Mataram, Rabu (21/8/2024).
Mereka menggali cara kelurahan itu mempercepat layanan surat-menyurat warga.
""",
    _v(
        program="PKA",
        cohort=4,
        origin__province="Nusa Tenggara Barat",
        destination__province="Nusa Tenggara Barat",
        start_date="2024-08-21",
    ),
)
case(
    "detect",
    "f2-pengamatan-di-kantor-sendiri-nearmiss",
    """
Peserta Latsar CPNS Kabupaten Wonogiri Mulai Aktualisasi
WONOGIRI - Sebanyak 120 peserta Latsar CPNS Kabupaten Wonogiri mulai melakukan pengamatan di unit kerja masing-masing, Senin (2/9/2024).
Selama 30 hari mereka menerapkan nilai dasar ASN di kantor tempat mereka bertugas.
""",
)

# ---------------------------------------------------------------- several visits: an itinerary told in order
case(
    "multi",
    "f2-tujuan-pertamanya-kemudian-terakhir",
    """
Sembilan Lurah di Kota Bima Akan Studi Banding ke Jawa
KOTA BIMA - Sembilan lurah di Kecamatan Rasanae Barat, Kota Bima, bersama Camat Hendra Wijaya akan melakukan studi banding ke tiga daerah. Tujuan pertamanya Surabaya, kemudian Sleman, dan yang terakhir Bandung.
"Kami akan belajar pengelolaan sampah dan kampung tematik," kata Hendra.
""",
    _v(
        activity="studi banding",
        participants=9,
        origin__province="Nusa Tenggara Barat",
        destination__province="Jawa Timur",
    ),
    _v(
        activity="studi banding",
        participants=9,
        origin__province="Nusa Tenggara Barat",
        destination__province="DI Yogyakarta",
    ),
    _v(
        activity="studi banding",
        participants=9,
        origin__province="Nusa Tenggara Barat",
        destination__province="Jawa Barat",
    ),
)
case(
    "multi",
    "f2-lokasi-pertama-selanjutnya-terakhir",
    """
PANGKALPINANG - Rombongan Komisi II DPRD Kota Pangkalpinang melakukan kunjungan kerja pada 7-9 Februari 2024. Lokasi pertama yang didatangi adalah Kota Tangerang Selatan, selanjutnya Kabupaten Bogor, dan terakhir Kota Cimahi.
Di ketiga daerah itu rombongan mempelajari pengelolaan pasar tradisional.
""",
    _v(activity="kunjungan kerja", origin__province="Kepulauan Bangka Belitung", destination__province="Banten"),
    _v(activity="kunjungan kerja", origin__province="Kepulauan Bangka Belitung", destination__province="Jawa Barat"),
    _v(activity="kunjungan kerja", origin__province="Kepulauan Bangka Belitung", destination__province="Jawa Barat"),
)
case(
    "multi",
    "f2-persinggahan-pertama-lalu",
    """
Peserta PKP Angkatan III Kabupaten Kapuas Hulu melaksanakan studi lapangan pada 16-18 Juli 2023. Persinggahan pertama rombongan Kabupaten Kubu Raya, lalu Kota Singkawang.
Di dua daerah itu peserta mendalami layanan adminduk keliling.
""",
    _v(program="PKP", cohort=3, destination__province="Kalimantan Barat"),
    _v(program="PKP", cohort=3, destination__province="Kalimantan Barat"),
)
case(
    "multi",
    "f2-tujuan-pertama-purpose-nearmiss",
    """
MAKASSAR - Peserta PKA Angkatan II Kabupaten Bulukumba melaksanakan studi lapangan di Pemerintah Kota Makassar, Selasa (5/3/2024). Tujuan pertama kegiatan ini adalah mempelajari layanan perizinan, kemudian melihat inovasi kesehatan, dan terakhir berdiskusi dengan camat.
""",
    _v(program="PKA", cohort=2, destination__province="Sulawesi Selatan", start_date="2024-03-05"),
)


UNDECIDED.update(
    {
        "multi-f2-persinggahan-pertama-lalu": (
            "'Persinggahan pertama rombongan Kabupaten Kubu Raya': with no verb or 'adalah' between them, 'rombongan"
            " Kabupaten X' is how reports name the group from X, so the first stop reads as the sender; a reader"
            " knows it from the sentence's start, a rule of the words would have to guess"
        ),
    }
)

# ---------------------------------------------------------------- several visits: sub-groups told "melakukan kaji banding di X",
# one of them only in a photo caption (written after the first rules, before running)
case(
    "multi",
    "f2-komisi-kaji-banding-di-each",
    """
ENDE - Seluruh anggota DPRD Kabupaten Sikka yang berjumlah 35 orang melakukan studi banding ke luar NTT. Studi banding dibagi dalam dua tim sesuai komisi.
Komisi A melakukan studi banding di Pemkot Bogor, sementara Komisi B melakukan studi banding di Pemkab Sleman.
Ketua DPRD Sikka, Yosef Lewar, berharap hasilnya diterapkan di daerah sendiri.
""",
    _v(origin__province="Nusa Tenggara Timur", destination__province="Jawa Barat"),
    _v(origin__province="Nusa Tenggara Timur", destination__province="DI Yogyakarta"),
)
case(
    "multi",
    "f2-caption-adds-subgroup",
    """
Ketua DPRD Ende Minta Hasil Studi Banding Diterapkan
KUPANG.COM/MARIA SERAN
Rombongan Komisi II DPRD Kabupaten Ende berfoto bersama pejabat Pemkot Balikpapan saat melakukan studi banding.
ENDE - Ketua DPRD Kabupaten Ende berharap hasil studi banding para anggota dewan diterapkan di Ende.
Anggota dewan dibagi dalam dua tim mengikuti komisi. Komisi I melakukan studi banding di Pemkot Malang.
""",
    _v(origin__province="Nusa Tenggara Timur", destination__province="Jawa Timur"),
    _v(origin__province="Nusa Tenggara Timur", destination__province="Kalimantan Timur"),
)
case(
    "multi",
    "f2-caption-same-subgroup-nearmiss",
    """
Komisi C DPRD Kendari Belajar Pengelolaan Pasar di Makassar
Rombongan Komisi C DPRD Kota Kendari berfoto bersama pejabat Pemkot Makassar saat melakukan studi banding.
KENDARI - Komisi C DPRD Kota Kendari melakukan studi banding di Pemkot Makassar, Selasa (7/5/2024), untuk mempelajari pengelolaan pasar tradisional.
""",
    _v(origin__province="Sulawesi Tenggara", destination__province="Sulawesi Selatan", start_date="2024-05-07"),
)

# ---------------------------------------------------------------- several visits: the group before told as a comparison
# ("Seperti Kelompok I dua minggu sebelumnya, …"), the kr-13 shape (written before running)
case(
    "multi",
    "f2-seperti-kelompok-i-sebelumnya",
    """
KUPANG - Rombongan Kelompok II peserta Latsar CPNS Kabupaten Nagekeo diterima di Kantor Wali Kota Kupang, Kamis (12/9/2024).
Seperti Kelompok I sepekan sebelumnya, mereka mempelajari layanan kependudukan di Dinas Dukcapil Kota Kupang.
""",
    _v(origin__province="Nusa Tenggara Timur", destination__province="Nusa Tenggara Timur", start_date="2024-09-12"),
    _v(origin__province="Nusa Tenggara Timur", destination__province="Nusa Tenggara Timur", start_date=None),
)
case(
    "multi",
    "f2-sama-dengan-gelombang-pertama",
    """
Dinas Pendidikan Mamuju Studi Banding ke Makassar
MAKASSAR - Sebanyak 20 pegawai Dinas Pendidikan Kabupaten Mamuju melakukan studi banding di Dinas Pendidikan Kota Makassar pada 14-15 Mei 2024. Sama dengan gelombang pertama sebulan sebelumnya, rombongan belajar pengelolaan dana BOS.
""",
    _v(
        origin__province="Sulawesi Barat",
        destination__province="Sulawesi Selatan",
        start_date="2024-05-14",
        participants=20,
    ),
    _v(origin__province="Sulawesi Barat", destination__province="Sulawesi Selatan", start_date=None, participants=None),
)
case(
    "multi",
    "f2-seperti-tahun-lalu-nearmiss",
    """
JAMBI - Seperti studi banding tahun lalu, Komisi B DPRD Kota Jambi kembali belajar pengelolaan pasar ke Pemkot Padang, Rabu (8/5/2024).
""",
    _v(origin__province="Jambi", destination__province="Sumatera Barat", start_date="2024-05-08"),
)
case(
    "detect",
    "f2-kaji-tiru-blend",
    """
Kades dan Pokdarwis Lombok Utara Kaji Tiru ke Desa Wisata Pentingsari
SLEMAN - Sebanyak 16 kepala desa dan ketua Pokdarwis Kabupaten Lombok Utara melaksanakan kaji tiru ke Desa Wisata Pentingsari, Kabupaten Sleman, Jumat (11/10/2024).
Mereka ingin meniru cara desa itu mengemas paket wisata tinggal bersama warga.
""",
    _v(
        activity="studi banding",
        participants=16,
        origin__province="Nusa Tenggara Barat",
        destination__province="DI Yogyakarta",
        start_date="2024-10-11",
    ),
)

# ---------------------------------------------------------------- a regency named with a province it is not in (the kr-05
# shape; written after the tie-break rule, so not part of the first-pass figure)
case(
    "detect",
    "f2-regency-with-loose-province",
    """
50 Kepala Desa Sumba Barat Belajar ke Jogja
WAIKABUBAK - Sebanyak 50 kepala desa di Kabupaten Sumba Barat berangkat studi banding ke Magelang, Provinsi Jogja, untuk belajar mengelola desa wisata.
""",
    _v(
        activity="studi banding",
        participants=50,
        origin__province="Nusa Tenggara Timur",
        destination__province="Jawa Tengah",
    ),
)
case(
    "detect",
    "f2-regency-with-loose-capital",
    """
Pengurus BUMDes Tapin Studi Banding ke Jakarta
RANTAU - Sebanyak 18 pengurus BUMDes Kabupaten Tapin melakukan studi banding ke Bogor, Jakarta, Senin (2/9/2024).
""",
    _v(
        activity="studi banding",
        participants=18,
        origin__province="Kalimantan Selatan",
        destination__province="Jawa Barat",
    ),
)
case(
    "detect",
    "f2-benteng-prefixed-alias",
    """
BENGKULU TENGAH - Rombongan Komisi A DPRD Kabupaten Kendal datang belajar ke Kabupaten Benteng soal penataan aset daerah, Kamis (15/8/2024).
Rombongan diterima Sekda Benteng di ruang rapat setda.
""",
    _v(origin__province="Jawa Tengah", destination__province="Bengkulu", start_date="2024-08-15"),
)

# ---------------------------------------------------------------- origin: a headline's clipped verb (the kr-18 shape; written
# after the rule, so not part of the first-pass figure)
case(
    "origin",
    "f2-headline-pelajari",
    """
Pemkab Pati Pelajari Layanan Adminduk Kota Madiun
Wali Kota Madiun menyambut para peserta pelatihan kepemimpinan yang melaksanakan studi lapangan di Mal Pelayanan Publik, Selasa (3/9/2024).
Peserta melihat langsung layanan kependudukan yang selesai dalam satu jam.
""",
    _v(origin__province="Jawa Tengah", destination__province="Jawa Timur"),
)
case(
    "origin",
    "f2-headline-timba-ilmu",
    """
DPRD Lombok Barat Timba Ilmu Perda Pariwisata di Kabupaten Badung
Ketua Komisi II DPRD Badung menerima rombongan yang datang untuk belajar penyusunan perda pariwisata, Kamis (5/9/2024).
""",
    _v(origin__province="Nusa Tenggara Barat", destination__province="Bali"),
)

# ---------------------------------------------------------------- other wordings of this branch's rules (written after all of
# them, before running: a second first-pass figure)
case(
    "detect",
    "f2b-pembelajaran-di-kelurahan",
    """
BANJARBARU - Peserta PKA Angkatan III Provinsi Kalimantan Tengah menjalani pembelajaran di Kelurahan Kertak Hanyar, Kabupaten Banjar, pada 10-12 Juli 2024.
Selama tiga hari mereka mengamati layanan terpadu kelurahan itu.
""",
    _v(
        program="PKA",
        cohort=3,
        origin__province="Kalimantan Tengah",
        destination__province="Kalimantan Selatan",
        start_date="2024-07-10",
        end_date="2024-07-12",
    ),
)
case(
    "detect",
    "f2b-dalam-rangka-kunjungan-studi",
    """
Dalam rangka kunjungan studi, sebanyak 30 anggota BPD Kabupaten Sumedang mendatangi Desa Sukawangi, Kabupaten Bogor, Sabtu (13/7/2024).
Mereka belajar cara desa itu menyusun peraturan desa tentang sampah.
""",
    _v(
        activity="other",
        participants=30,
        origin__province="Jawa Barat",
        destination__province="Jawa Barat",
        start_date="2024-07-13",
    ),
)
case(
    "multi",
    "f2b-destinasi-pertama-lalu",
    """
MATARAM - Sebanyak 22 kepala desa Kabupaten Lombok Timur melakukan studi banding pada 1-4 Agustus 2024. Destinasi pertama rombongan ialah Kabupaten Gianyar, lalu Kota Denpasar.
""",
    _v(participants=22, origin__province="Nusa Tenggara Barat", destination__province="Bali"),
    _v(participants=22, origin__province="Nusa Tenggara Barat", destination__province="Bali"),
)
case(
    "multi",
    "f2b-caption-foto-bersama-pansus",
    """
Hasil Kunker Pansus DPRD Tidore Dibahas Pekan Depan
Anggota Pansus II DPRD Kota Tidore Kepulauan foto bersama jajaran Pemkot Balikpapan usai kunjungan kerja.
TIDORE - Hasil kunjungan kerja dua pansus DPRD Kota Tidore Kepulauan akan dibahas dalam rapat paripurna pekan depan. Pansus I melakukan kunjungan kerja di Pemkab Minahasa.
""",
    _v(origin__province="Maluku Utara", destination__province="Sulawesi Utara"),
    _v(origin__province="Maluku Utara", destination__province="Kalimantan Timur"),
)


# ---- round 2: ext-fresh3
# Several visits abroad in one report: a group divided among countries named in a counted list, a
# second group told after the first ("rombongan lain mendatangi …"), groups reporting back per
# "negara tujuan", days given per country in a letter; and one sender's cohort split among host units
# of several provinces. Written before the extractor was run on them.
case(
    "abroad-groups",
    "r2-counted-list-yaitu",
    """
JAKARTA - Komisi VIII DPR akan melakukan studi banding ke tiga negara, yaitu Belanda, Jerman, dan Swedia, untuk menyusun RUU Penyandang Disabilitas.
Anggota komisi itu dibagi menjadi tiga rombongan. Mereka dijadwalkan berangkat pada 9 Mei 2016 dan berada di sana selama lima hari.
""",
    _v(
        activity="studi banding",
        destination__province=None,
        destination__host="Belanda",
        start_date="2016-05-09",
        end_date="2016-05-13",
    ),
    _v(
        activity="studi banding",
        destination__province=None,
        destination__host="Jerman",
        start_date="2016-05-09",
        end_date="2016-05-13",
    ),
    _v(
        activity="studi banding",
        destination__province=None,
        destination__host="Swedia",
        start_date="2016-05-09",
        end_date="2016-05-13",
    ),
)
case(
    "abroad-groups",
    "r2-countries-visited-yakni-total-count",
    """
SURABAYA - Sebanyak 15 anggota DPRD Jawa Timur bertolak ke luar negeri, Senin (10/7/2017), untuk kunjungan kerja.
Ada tiga negara yang mereka kunjungi tahun ini, yakni Australia, Selandia Baru dan Kanada. Tiap negara didatangi empat sampai enam anggota dewan.
Di Australia, rombongan akan mempelajari pengelolaan air bersih.
""",
    _v(activity="kunjungan kerja", participants=None, origin__province="Jawa Timur", destination__host="Australia"),
    _v(activity="kunjungan kerja", participants=None, origin__province="Jawa Timur", destination__host="Selandia Baru"),
    _v(activity="kunjungan kerja", participants=None, origin__province="Jawa Timur", destination__host="Kanada"),
)
case(
    "abroad-groups",
    "r2-colon-list",
    """
Pansus RUU Pertanahan Studi Banding ke Luar Negeri
JAKARTA - Pansus RUU Pertanahan DPR menjadwalkan studi banding ke dua negara: Belanda dan Australia. Keberangkatan dibagi dalam dua kelompok.
""",
    _v(activity="studi banding", destination__province=None, destination__host="Belanda"),
    _v(activity="studi banding", destination__province=None, destination__host="Australia"),
)
case(
    "abroad-groups",
    "r2-second-group-mendatangi",
    """
Peserta PPRA 61 Lemhannas Tiba di Korea Selatan
Rombongan peserta Program Pendidikan Reguler Angkatan (PPRA) 61 Lemhannas RI menjalani studi strategis luar negeri (SSLN) ke Korea Selatan, Senin (15/5). Selain ke Korea Selatan, rombongan peserta PPRA 61 lainnya mendatangi Turki dan Mesir.
Di Seoul, peserta diterima Duta Besar RI untuk Korea Selatan.
""",
    _v(program="PPRA", cohort=61, activity="other", destination__province=None, destination__host="Korea Selatan"),
    _v(program="PPRA", cohort=61, activity="other", destination__province=None, destination__host="Turki"),
    _v(program="PPRA", cohort=61, activity="other", destination__province=None, destination__host="Mesir"),
)
case(
    "abroad-groups",
    "r2-second-group-mengunjungi-studi-banding-word",
    """
Peserta PPSA XXIII Lemhannas Laksanakan SSLN
JAKARTA - Peserta Program Pendidikan Singkat Angkatan (PPSA) XXIII Lemhannas RI melaksanakan SSLN ke Jerman. Kelompok lain dari angkatan yang sama mengunjungi Italia, Prancis, dan Rusia.
SSLN menjadi sarana studi banding dan pengumpulan data bagi penyusunan kertas karya perorangan.
""",
    _v(program="PPSA", cohort=23, activity="other", destination__host="Jerman"),
    _v(program="PPSA", cohort=23, activity="other", destination__host="Italia"),
    _v(program="PPSA", cohort=23, activity="other", destination__host="Prancis"),
    _v(program="PPSA", cohort=23, activity="other", destination__host="Rusia"),
)
case(
    "abroad-groups",
    "r2-negara-tujuan-report-back",
    """
Peserta SSLN PPSA XXII Paparkan Hasil Kunjungan
Usai kunjungan ke tiga negara, peserta SSLN PPSA XXII memaparkan hasilnya di hadapan Gubernur Lemhannas RI.
Kelompok dengan negara tujuan Kanada membuka paparan, disusul kelompok negara tujuan Belanda. Terakhir, peserta dengan negara tujuan Selandia Baru menyampaikan temuan mereka tentang tata kelola air.
""",
    _v(program="PPSA", cohort=22, activity="other", destination__host="Kanada"),
    _v(program="PPSA", cohort=22, activity="other", destination__host="Belanda"),
    _v(program="PPSA", cohort=22, activity="other", destination__host="Selandia Baru"),
)
case(
    "abroad-groups",
    "r2-letter-days-before-country",
    """
JAKARTA - Komisi II DPR berencana menggelar kunjungan kerja ke Austria dan Denmark untuk pembahasan RUU Aparatur Sipil Negara.
Dalam surat undangan yang diterima wartawan tertulis: "Pada 2 sampai dengan 8 Juli 2022 ke Austria. Dan 12 sampai 17 Juli 2022 ke Denmark."
Anggota komisi dibagi rata ke dua negara tujuan.
""",
    _v(activity="kunjungan kerja", destination__host="Austria", start_date="2022-07-02", end_date="2022-07-08"),
    _v(activity="kunjungan kerja", destination__host="Denmark", start_date="2022-07-12", end_date="2022-07-17"),
)
case(
    "abroad-groups",
    "r2-itinerary-days-before-country",
    """
Jadwal Kunker Pansus DPRD Sumut ke Luar Negeri
MEDAN - Pansus Ranperda Pariwisata DPRD Sumatera Utara akan melakukan kunjungan kerja ke Thailand dan Vietnam. Menurut jadwal, tanggal 4-6 Oktober 2019 ke Thailand, lalu tanggal 8-10 Oktober 2019 ke Vietnam.
""",
    _v(
        activity="kunjungan kerja",
        origin__province="Sumatera Utara",
        destination__host="Thailand",
        start_date="2019-10-04",
        end_date="2019-10-06",
    ),
    _v(
        activity="kunjungan kerja",
        origin__province="Sumatera Utara",
        destination__host="Vietnam",
        start_date="2019-10-08",
        end_date="2019-10-10",
    ),
)
case(
    "abroad-groups",
    "r2-countries-new-to-list",
    """
JAKARTA - Komisi I DPR menjadwalkan studi banding ke Maroko dan Brasil terkait RUU Penyiaran, 20-26 Agustus 2015.
""",
    _v(activity="studi banding", destination__host="Maroko", start_date="2015-08-20", end_date="2015-08-26"),
    _v(activity="studi banding", destination__host="Brasil", start_date="2015-08-20", end_date="2015-08-26"),
)
case(
    "abroad-groups",
    "r2-near-miss-export-countries",
    """
Peserta PKP Kabupaten Bantaeng Studi Lapangan ke Kabupaten Bone
WATAMPONE - Peserta PKP Angkatan III Kabupaten Bantaeng melaksanakan studi lapangan ke Pemerintah Kabupaten Bone, Kamis (9/11/2023).
Mereka meninjau usaha rumput laut yang sudah diekspor ke tiga negara, yaitu Cina, Jepang dan Korea Selatan.
""",
    _v(program="PKP", destination__province="Sulawesi Selatan", destination__host="Pemerintah Kabupaten Bone"),
)
case(
    "abroad-groups",
    "r2-near-miss-ranking-of-countries",
    """
Komisi X DPRD Bali Studi Banding ke Malaysia
DENPASAR - Komisi X DPRD Bali melakukan studi banding ke Malaysia, Rabu (6/3/2019). Malaysia dipilih karena pariwisatanya, bersama dua negara lain, yaitu Thailand dan Vietnam, tumbuh paling cepat di Asia Tenggara.
""",
    _v(activity="studi banding", origin__province="Bali", destination__host="Malaysia", start_date="2019-03-06"),
)

# a sender's cohort split among host units of several provinces: each unit is a visit
case(
    "split-hosts",
    "r2-balai-split-five-provinces",
    """
PALEMBANG - Balai Diklat Keagamaan Palembang menggelar studi banding ke sejumlah balai di berbagai provinsi. Peserta dibagi dalam beberapa kelompok.
Studi banding diarahkan ke Balai Diklat Keagamaan Padang dan Balai Diklat Keagamaan Semarang, sedangkan studi tiru dilaksanakan ke Balai Diklat Keagamaan Denpasar dan Balai Diklat Keagamaan Makassar.
""",
    # a regional Balai Diklat Keagamaan sends from the national level (docs/schema.md, a regional office)
    _v(activity="studi banding", origin__province=None, destination__province="Sumatera Barat"),
    _v(activity="studi banding", origin__province=None, destination__province="Jawa Tengah"),
    _v(activity="studi banding", origin__province=None, destination__province="Bali"),
    _v(activity="studi banding", origin__province=None, destination__province="Sulawesi Selatan"),
)
case(
    "split-hosts",
    "r2-bpsdm-groups-to-provincial-bpsdm",
    """
Peserta PKA Jambi Dibagi ke Tiga Provinsi
JAMBI - Peserta PKA Angkatan IV BPSDMD Provinsi Jambi melaksanakan benchmarking dalam tiga kelompok. Kelompok pertama ke BPSDM Provinsi Jawa Barat, kelompok kedua ke BPSDM Provinsi Jawa Timur, dan kelompok ketiga ke BPSDM Provinsi Kalimantan Timur, 14-16 Agustus 2023.
""",
    _v(program="PKA", cohort=4, activity="benchmarking", origin__province="Jambi", destination__province="Jawa Barat"),
    _v(program="PKA", cohort=4, activity="benchmarking", origin__province="Jambi", destination__province="Jawa Timur"),
    _v(
        program="PKA",
        cohort=4,
        activity="benchmarking",
        origin__province="Jambi",
        destination__province="Kalimantan Timur",
    ),
)
case(
    "split-hosts",
    "r2-lpmp-like-host-side",
    """
PONTIANAK - Badan Pengembangan Sumber Daya Manusia Provinsi Lampung melakukan studi tiru ke BPSDM Kalimantan Barat, 3-5 Oktober 2022. Rombongan lain dari lembaga yang sama pada waktu bersamaan mengunjungi BPSDM Sulawesi Utara dan BPSDM Nusa Tenggara Barat.
Rombongan diterima Kepala BPSDM Kalimantan Barat di aula kantornya.
""",
    _v(
        activity="studi banding",
        origin__province="Lampung",
        destination__province="Kalimantan Barat",
        start_date="2022-10-03",
    ),
    _v(activity="studi banding", origin__province="Lampung", destination__province="Sulawesi Utara"),
    _v(activity="studi banding", origin__province="Lampung", destination__province="Nusa Tenggara Barat"),
)

# ---------------------------------------------------------------- ext-fresh3, second batch (written after the first batch's rules, before running)
case(
    "abroad-groups",
    "r2-itinerary-lalu-and-another-body",
    """
JAKARTA - Komisi III dan Komisi XI DPR berencana ke Portugal lalu Italia pekan depan untuk studi banding soal pengelolaan lembaga pemasyarakatan. Sementara itu, Pansus RUU Perkoperasian juga akan bertolak ke Belanda. Sekitar 12 orang akan berangkat ke Belanda.
""",
    _v(activity="studi banding", participants=None, destination__host="Portugal"),
    _v(activity="studi banding", participants=None, destination__host="Italia"),
    _v(activity="studi banding", participants=12, destination__host="Belanda"),
)
case(
    "abroad-groups",
    "r2-negara-tujuan-each-group-sentence",
    """
Laporan SSLN Peserta PPRA 65
JAKARTA - Peserta PPRA 65 Lemhannas RI memaparkan hasil SSLN, Kamis (21/9/2023). Peserta dengan negara tujuan Uzbekistan mempelajari ketahanan pangan, sementara peserta dengan negara tujuan Meksiko menyoroti tata kelola migrasi.
""",
    _v(program="PPRA", cohort=65, activity="other", destination__host="Uzbekistan"),
    _v(program="PPRA", cohort=65, activity="other", destination__host="Meksiko"),
)
case(
    "abroad-groups",
    "r2-beberapa-negara-antara-lain",
    """
MAKASSAR - Sebanyak 20 anggota DPRD Sulawesi Selatan melakukan kunjungan kerja ke beberapa negara, antara lain Jepang dan Korea Selatan, 5-10 Juni 2018. Rombongan dibagi menjadi dua kelompok.
""",
    _v(
        activity="kunjungan kerja",
        participants=None,
        origin__province="Sulawesi Selatan",
        destination__host="Jepang",
        start_date="2018-06-05",
        end_date="2018-06-10",
    ),
    _v(
        activity="kunjungan kerja",
        participants=None,
        origin__province="Sulawesi Selatan",
        destination__host="Korea Selatan",
        start_date="2018-06-05",
        end_date="2018-06-10",
    ),
)
case(
    "abroad-groups",
    "r2-near-miss-countries-of-guests",
    """
Peserta Latsar Kota Cimahi Studi Lapangan ke Kabupaten Purwakarta
PURWAKARTA - Peserta Latsar CPNS Kota Cimahi melaksanakan studi lapangan di Pemerintah Kabupaten Purwakarta, Selasa (7/11/2023). Pemkab Purwakarta sebelumnya dikunjungi delegasi dari dua negara, yaitu Jepang dan Belanda.
""",
    _v(program="Latsar CPNS", destination__province="Jawa Barat", destination__host="Pemerintah Kabupaten Purwakarta"),
)
case(
    "split-hosts",
    "r2-groups-ordinal-to-balai",
    """
Peserta PKP Kanwil Kemenag Riau Benchmarking ke Tiga Daerah
PEKANBARU - Peserta PKP Angkatan II Kanwil Kementerian Agama Provinsi Riau melaksanakan benchmarking, 4-6 September 2023. Peserta dipecah menjadi tiga kelompok: kelompok pertama ke Kanwil Kemenag Jawa Barat, kelompok kedua ke Kanwil Kemenag DI Yogyakarta, dan kelompok ketiga ke Kanwil Kemenag Bali.
""",
    _v(program="PKP", cohort=2, origin__province=None, destination__province="Jawa Barat"),
    _v(program="PKP", cohort=2, origin__province=None, destination__province="DI Yogyakarta"),
    _v(program="PKP", cohort=2, origin__province=None, destination__province="Bali"),
)
case(
    "split-hosts",
    "r2-near-miss-kelompok-tani-home",
    """
Peserta PKA Kabupaten Gowa Studi Lapangan ke Kabupaten Sinjai
SINJAI - Peserta PKA Angkatan I Kabupaten Gowa melaksanakan studi lapangan di Pemerintah Kabupaten Sinjai, Rabu (8/11/2023). Di sana mereka melihat kelompok tani yang pernah dikirim ke Jepang untuk magang.
""",
    _v(
        program="PKA",
        origin__province="Sulawesi Selatan",
        destination__province="Sulawesi Selatan",
        destination__host="Pemerintah Kabupaten Sinjai",
    ),
)
# a trip set apart from a kind of trip ("lain lagi dengan kunker"): it has none of those names
case(
    "abroad-groups",
    "r2-not-a-kunker-sister-city",
    """
BANDUNG - Sebanyak 9 anggota DPRD Kota Bandung berangkat ke Jepang, Senin (8/5/2017), dalam rangka program kota kembar. "Ini kerja sama kota kembar, berbeda dengan kunker biasa," kata Sekretaris DPRD. Mereka akan mempelajari pengelolaan sampah di sana.
""",
    _v(activity="other", participants=9, origin__province="Jawa Barat", destination__host="Jepang"),
)
case(
    "abroad-groups",
    "r2-not-a-study-but-study-named-again",
    """
JAKARTA - Pansus RUU Pemilu DPR akan bertolak ke Jerman. Ketua pansus menyebut perjalanan itu kunjungan diplomatik, bukan studi banding, meski tujuannya melakukan studi banding sistem pemilu di Jerman.
""",
    _v(activity="studi banding", destination__host="Jerman"),
)
case(
    "detect",
    "r2-bukan-kunker-domestic",
    """
Peserta PKA Kota Parepare Studi Lapangan ke Kabupaten Barru
BARRU - Peserta PKA Angkatan II Kota Parepare melaksanakan studi lapangan di Pemerintah Kabupaten Barru, Senin (13/11/2023). "Ini studi lapangan, bukan kunker," kata ketua rombongan.
""",
    _v(program="PKA", activity="studi lapangan", destination__province="Sulawesi Selatan"),
)
# the day a speaker was reached for comment is not the trip's (written after the rule, for ks-11's shape)
case(
    "abroad-groups",
    "r2-reached-for-comment-date-then-departure",
    """
JAKARTA - Komisi VI DPR akan melakukan studi banding ke dua negara, yakni Kanada dan Swedia. Hal itu disampaikan anggota Komisi VI, Rudi Hartono, ketika dihubungi, Senin (4/9/2017). Rombongan dijadwalkan berangkat pada 24 September 2017 dan berada di sana selama lima hari.
""",
    _v(activity="studi banding", destination__host="Kanada", start_date="2017-09-24", end_date="2017-09-28"),
    _v(activity="studi banding", destination__host="Swedia", start_date="2017-09-24", end_date="2017-09-28"),
)
# a day written in a clause about one part of a divided group ("ketua rombongan yang mengunjungi A dari tanggal
# …") is that part's only (written before the rule)
case(
    "split-hosts",
    "r2-one-groups-days-in-relative-clause",
    """
MANADO - BPSDM Provinsi Sulawesi Utara menggelar studi tiru. Peserta dibagi dalam beberapa kelompok, masing-masing ke BPSDM Jawa Barat, BPSDM Jawa Timur dan BPSDM Bali. "Kami ingin meniru inovasi mereka," kata Hendra Lumi, ketua kelompok yang mengunjungi BPSDM Jawa Timur pada 11-13 Oktober 2022.
""",
    _v(origin__province="Sulawesi Utara", destination__province="Jawa Barat", start_date=None),
    _v(
        origin__province="Sulawesi Utara",
        destination__province="Jawa Timur",
        start_date="2022-10-11",
        end_date="2022-10-13",
    ),
    _v(origin__province="Sulawesi Utara", destination__province="Bali", start_date=None),
)
case(
    "split-hosts",
    "r2-divided-list-then-shared-days",
    """
MANADO - Peserta PKA Angkatan III BPSDM Provinsi Sulawesi Utara dibagi dalam tiga kelompok untuk benchmarking ke BPSDM Jawa Barat, BPSDM Jawa Timur dan BPSDM Bali, 11-13 Oktober 2022.
""",
    _v(program="PKA", destination__province="Jawa Barat", start_date="2022-10-11", end_date="2022-10-13"),
    _v(program="PKA", destination__province="Jawa Timur", start_date="2022-10-11", end_date="2022-10-13"),
    _v(program="PKA", destination__province="Bali", start_date="2022-10-11", end_date="2022-10-13"),
)


# ---- round 2: ext-fresh4
# The shapes of the tune misses of the kn-/ko-/kp-/kq-/kr-/kt- rewrites, in own words; each batch written
# before its rule, expected fields before running. First pass, per batch: council lokus 2/5, dateline day
# 2/3, "kedatangan N" 1/3, acronym / numbered unit 0/4, arrival day told again 1/3, reduplication 1/2, caps
# title block 0/1, count broken down by programme 1/2, "sebagai" and counted lists 2/3 -- 10/26 (hosts
# 5/15, dates 3/6, participants 2/5); after the rules 25/26 (the caps title block is UNDECIDED).
# A council visits a council: the host's council, named with the host's region as the body that
# receives or meets the travelling council, is the unit visited (ko-04, kq-05, kq-06 shape).
case(
    "hosts",
    "x4-dewan-disambut-dewan",
    """
MUARA ENIM - Sebanyak 12 anggota Komisi III DPRD Kabupaten Ogan Ilir melakukan kunjungan kerja ke Kabupaten Muara Enim, Selasa (14/5/2024).
Rombongan disambut Wakil Ketua DPRD Muara Enim, Hendra Saputra, di ruang rapat paripurna.
Kedatangan mereka untuk belajar penyusunan perda tentang retribusi pasar.
""",
    _v(
        origin__province="Sumatera Selatan",
        destination__province="Sumatera Selatan",
        start_date="2024-05-14",
        host_agencies=["DPRD"],
    ),
)
case(
    "hosts",
    "x4-pimpinan-dewan-kedatangan",
    """
KARAWANG - Pimpinan DPRD Karawang kedatangan rombongan DPRD Kabupaten Brebes, Kamis (6/6/2024).
Kedua lembaga bertukar pengalaman soal penyusunan program pembentukan perda.
Rombongan dipimpin Ketua DPRD Brebes, Siti Nurjanah.
""",
    _v(
        origin__province="Jawa Tengah",
        destination__province="Jawa Barat",
        start_date="2024-06-06",
        host_agencies=["DPRD"],
    ),
)
case(
    "hosts",
    "x4-belajar-bersama-dewan",
    """
Pansus II DPRD Kota Pariaman Studi Banding ke Solok Selatan
PADANG ARO - Pansus II DPRD Kota Pariaman datang ke Kabupaten Solok Selatan untuk studi banding tentang perda bangunan gedung, Jumat (19/7/2024).
"Kami ingin berdiskusi dan belajar bersama DPRD Solok Selatan," kata ketua pansus, Rahmat Hidayat.
""",
    _v(
        origin__province="Sumatera Barat",
        destination__province="Sumatera Barat",
        start_date="2024-07-19",
        host_agencies=["DPRD"],
    ),
)
# The sender's own council, written with the sender's region, is never a unit visited (kp-01, kq-22 shape).
case(
    "hosts",
    "x4-dewan-pengirim-bukan-lokus",
    """
JEMBER - Anggota Komisi C DPRD Jember berangkat kunjungan kerja ke Kabupaten Sidoarjo sejak Senin (8/7/2024).
Menurut Ketua Komisi C DPRD Jember, Budi Santoso, mereka ingin mempelajari pengelolaan air bersih.
""",
    _v(origin__province="Jawa Timur", destination__province="Jawa Timur", host_agencies=[]),
)
case(
    "hosts",
    "x4-dewan-pengirim-sidang",
    """
Hasil Studi Banding Dewan Diminta Diterapkan
ATAMBUA - Bupati Belu meminta hasil studi banding anggota DPRD Belu ke Pemkot Denpasar diterapkan di daerahnya.
Permintaan itu disampaikan saat membuka sidang DPRD Belu, Senin (4/11/2024). Rombongan Komisi II DPRD Kabupaten Belu diterima pejabat Pemkot Denpasar.
""",
    _v(origin__province="Nusa Tenggara Timur", destination__province="Bali", host_agencies=[]),
)
# A release filed at the visit's place and dated in its dateline ("Kulon Progo, 24 April 2025 –"), telling
# no other day, is written on the visit's day (kq-03 shape); a dateline of the sender's home dates no visit.
case(
    "dates",
    "x4-dateline-at-host-dated",
    """
Wonosobo, 3 Juni 2025 – Anggota Komisi A DPRD Kabupaten Kebumen melakukan studi tiru ke Kabupaten Wonosobo untuk mempelajari pengelolaan arsip daerah.
Rombongan diterima Sekretaris Daerah Wonosobo di ruang rapat bupati.
""",
    _v(
        origin__province="Jawa Tengah",
        destination__province="Jawa Tengah",
        start_date="2025-06-03",
        end_date="2025-06-03",
    ),
)
case(
    "dates",
    "x4-dateline-at-host-dated-caps",
    """
Camat Se-Kabupaten Bangka Belajar ke Belitung
TANJUNGPANDAN, 17 Februari 2025 - Sebanyak 8 camat dari Kabupaten Bangka berkunjung ke Pemerintah Kabupaten Belitung untuk belajar tata kelola desa wisata.
Mereka disambut Asisten I Setda Belitung.
""",
    _v(
        participants=8,
        destination__province="Kepulauan Bangka Belitung",
        start_date="2025-02-17",
        end_date="2025-02-17",
    ),
)
case(
    "dates",
    "x4-dateline-at-home-no-visit-day",
    """
Kebumen, 10 Juni 2025 – Sepulang dari studi banding ke Kabupaten Banyumas, anggota Komisi B DPRD Kabupaten Kebumen menyusun rekomendasi untuk pengelolaan pasar daerah.
Ketua Komisi B mengatakan hasil kunjungan akan dibahas bersama dinas terkait.
""",
    _v(origin__province="Jawa Tengah", destination__province="Jawa Tengah", start_date=None, end_date=None),
)
# The arrival counted: "kedatangan N orang itu", "Kedatangan N kepala dinas …" names the group by its size
# (kp-18, kn-02 shape).
case(
    "participants",
    "x4-kedatangan-n-orang-itu",
    """
BLITAR - Kepala Bagian Organisasi Setda Kota Blitar menerima rombongan Pemerintah Kabupaten Kapuas, Kalimantan Tengah, Rabu (9/4/2025).
Ia menyebut kedatangan 18 orang itu untuk mempelajari penyusunan standar pelayanan minimal.
""",
    _v(participants=18, origin__province="Kalimantan Tengah", destination__province="Jawa Timur"),
)
case(
    "participants",
    "x4-kedatangan-n-kepala-dinas",
    """
Peserta Pelatihan Kepemimpinan Nasional Tingkat II Studi Lapangan ke Kabupaten Bantaeng
BANTAENG - Bupati Bantaeng menyambut rombongan peserta PKN Tingkat II Angkatan III, Selasa (14/5/2024).
Kedatangan 45 kepala dinas dari berbagai provinsi itu untuk mempelajari inovasi layanan kesehatan di daerah tersebut.
""",
    _v(program="PKN II", participants=45, destination__province="Sulawesi Selatan", start_date="2024-05-14"),
)
case(
    "participants",
    "x4-kedatangan-bukan-jumlah",
    """
SLEMAN - Dinas Pariwisata Kabupaten Sleman menerima kunjungan studi banding dari Pemerintah Kota Tegal, Kamis (10/4/2025).
Kedatangan rombongan itu bertepatan dengan 2 hari menjelang festival budaya.
""",
    _v(participants=None, origin__province="Jawa Tengah", destination__province="DI Yogyakarta"),
)
# A unit listed by the acronym the report introduced earlier with its full name ("Tempat Pembuangan Sampah
# Terpadu (TPST)" … "antara lain TPST, …"): the unit is named in full (kr-18 shape).
case(
    "hosts",
    "x4-acronym-introduced-before",
    """
Peserta PKA Kota Pekalongan Belajar Pengolahan Air di Kabupaten Sleman
SLEMAN - Kepala dinas menjelaskan, Instalasi Pengolahan Air Limbah (IPAL) di Sleman sudah melayani ribuan rumah.
Usai diskusi, peserta PKA Angkatan II Kota Pekalongan meninjau sejumlah lokasi, antara lain IPAL, Bank Sampah Induk (BSI) Sembada, dan beberapa perangkat daerah terkait.
""",
    _v(
        program="PKA",
        destination__province="DI Yogyakarta",
        host_agencies=["Instalasi Pengolahan Air Limbah (IPAL)", "Bank Sampah Induk (BSI) Sembada"],
    ),
)
# A unit numbered with a roman numeral ends at the full stop after it, where the report goes on with a
# new sentence ("ke Puskesmas Temon I. Sama dengan …", kr-13 shape).
case(
    "hosts",
    "x4-roman-numeral-then-full-stop",
    """
WONOSARI - Peserta kaji banding dari Kabupaten Sikka dibagi dua: pejabat dinas tetap di aula, sementara kepala puskesmas berangkat ke Puskesmas Playen I dan Puskesmas Semanu II. Seperti hari pertama, diskusi berlangsung hangat, Rabu (5/3/2025).
""",
    # (written expecting destination DI Yogyakarta too: the gazetteer does not know Wonosari, a district
    # town, and the case checks the lokus; first pass counted it failed)
    _v(host_agencies=["Puskesmas Playen I", "Puskesmas Semanu II"]),
)
case(
    "hosts",
    "x4-roman-numeral-mid-name",
    """
Rombongan Pemerintah Kabupaten Alor melakukan studi banding ke Lapas Kelas IIA Kupang, Selasa (4/3/2025). Mereka belajar tata kelola pembinaan warga binaan.
""",
    # (first written with the region kept, "Lapas Kelas IIA Kupang", and destination NTT: the schema strips a
    # unit's region, and a bare "Kupang" is a city and a regency; first pass counted it failed)
    _v(host_agencies=["Lapas Kelas IIA"]),
)
case(
    "hosts",
    "x4-roman-one-then-full-stop",
    # (first written without "kaji banding": no learning word, no visit found; counted failed in the first pass)
    """
BANTUL - Rombongan kaji banding Dinas Kesehatan Kabupaten Ende dibagi dua, Kamis (6/3/2025). Sebagian berkunjung ke Dinas Kesehatan Kabupaten Bantul, sisanya ke Puskesmas Sewon I. Semua peserta kembali ke hotel sore harinya.
""",
    _v(destination__province="DI Yogyakarta", host_agencies=["Dinas Kesehatan", "Puskesmas Sewon I"]),
)
# An arrival's day that the report also gives as the visit's own day, with no other day told: a one-day
# visit (kt-07 shape: "tiba di Batam pada Kamis (21/11/2019) siang" and a caption "kunjungi …, Kamis
# (21/11/2019)"); a departure day told alone still leaves the last day open.
case(
    "dates",
    "x4-arrival-and-visit-same-day",
    """
Pemkab Gianyar Belajar Layanan Terpadu ke Kota Surabaya
Rombongan Pemkab Gianyar saat mengunjungi Mal Pelayanan Publik Surabaya, Selasa (8/10/2024).
GIANYAR - Pemerintah Kabupaten Gianyar belajar penyelenggaraan mal pelayanan publik di Kota Surabaya.
Rombongan tiba di Surabaya pada Selasa (8/10/2024) pagi dan langsung diterima Asisten Pemerintahan Setda Surabaya.
""",
    _v(origin__province="Bali", destination__province="Jawa Timur", start_date="2024-10-08", end_date="2024-10-08"),
)
case(
    "dates",
    "x4-arrival-told-twice-same-day",
    """
BALIKPAPAN - Sebanyak 20 pejabat Pemkot Tarakan tiba di Balikpapan, Rabu (12/2/2025), untuk studi banding pengelolaan sampah.
Pada Rabu (12/2/2025) itu pula rombongan meninjau tempat pengolahan sampah terpadu milik Pemkot Balikpapan.
""",
    _v(participants=20, destination__province="Kalimantan Timur", start_date="2025-02-12", end_date="2025-02-12"),
)
case(
    "dates",
    "x4-departure-day-alone-open",
    """
PALU - Sebanyak 15 anggota DPRD Kota Palu berangkat studi banding ke Kota Makassar, Senin (3/3/2025).
Mereka akan mempelajari tata kelola pasar tradisional.
""",
    _v(participants=15, destination__province="Sulawesi Selatan", start_date="2025-03-03", end_date=None),
)
# A head word written twice ("Bumdes – Bumdes yang maju", "Puskesmas-Puskesmas") is the plural: units in
# general, not a unit visited (ko-15 shape).
case(
    "hosts",
    "x4-reduplicated-plural-not-a-unit",
    """
Pengurus Bumdes Kabupaten Landak Studi Banding ke Desa Pujon Kidul
NGABANG - Dinas PMD Kabupaten Landak membawa 25 pengurus Bumdes studi banding ke Desa Pujon Kidul, Kabupaten Malang, 8-10 Juli 2024.
"Kita perlu belajar ke Bumdes – Bumdes yang sudah maju," kata kepala dinas.
""",
    _v(participants=25, destination__province="Jawa Timur", host_agencies=["Desa Pujon Kidul"]),
)
case(
    "hosts",
    "x4-reduplicated-hyphen-plural",
    """
KENDARI - Kepala puskesmas se-Kabupaten Kolaka melakukan kaji banding ke Kabupaten Bantaeng, Senin (2/9/2024).
Rombongan mengunjungi Puskesmas-Puskesmas yang sudah terakreditasi paripurna, di antaranya Puskesmas Banyorang.
""",
    _v(destination__province="Sulawesi Selatan", host_agencies=["Puskesmas Banyorang"]),
)
# A trip report's title block in capitals names the unit visited with its region in capitals too ("KE DINAS
# KESEHATAN KABUPATEN KULON PROGO"): the region is cut off as from a name in mixed case (kr-13 shape).
case(
    "hosts",
    "x4-caps-title-block-unit-with-region",
    """
LAPORAN STUDI BANDING BAPPEDA KABUPATEN SUMBA TIMUR
KE BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN BANYUWANGI
Tanggal 11 - 12 Juni 2024
Studi banding diikuti 12 pegawai. Rombongan diterima Sekretaris Badan Perencanaan Pembangunan Daerah di ruang rapat.
""",
    _v(
        destination__province="Jawa Timur",
        start_date="2024-06-11",
        end_date="2024-06-12",
        host_agencies=["Badan Perencanaan Pembangunan Daerah"],
    ),
)

UNDECIDED.update(
    {
        "hosts-x4-caps-title-block-unit-with-region": (
            "the lokus is read (the region in capitals is cut off), but the destination is not: place names"
            " written in capitals are not looked up (a title block in capitals is rare, and capitalised words"
            " are mostly acronyms; the kr-13 report names its host again in the body, where it is read)"
        ),
    }
)
# A count broken down into the programmes it is made of ("berjumlah 80 orang, yakni peserta PKA … serta peserta
# PKP …") is theirs together: no record gets it (kn-10 shape).
case(
    "participants",
    "x4-count-then-breakdown-by-programme",
    """
SEMARANG - Peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II dan Pelatihan Kepemimpinan Pengawas (PKP) Angkatan V BPSDM Provinsi Kalimantan Barat melakukan studi lapangan di Kota Semarang, 14-16 Mei 2025.
Jumlah peserta 72 orang, terdiri atas peserta PKA dari Kabupaten Sambas dan peserta PKP dari berbagai kabupaten.
""",
    _v(program="PKA", participants=None, start_date="2025-05-14"),
    _v(program="PKP", participants=None, start_date="2025-05-14"),
)
case(
    "participants",
    "x4-count-of-one-programme-after-its-name",
    """
SEMARANG - Peserta PKA Angkatan II dan PKP Angkatan V BPSDM Provinsi Kalimantan Barat melakukan studi lapangan di Kota Semarang, 14-16 Mei 2025.
Peserta PKA berjumlah 30 orang, sedangkan peserta PKP berjumlah 40 orang.
""",
    _v(program="PKA", participants=30),
    _v(program="PKP", participants=40),
)
# A unit's kind said of a place ("… yang dikenal sebagai Desa Pertanian"): "sebagai" gives what the place is
# known as, not a second unit visited (kp-03 shape).
case(
    "hosts",
    "x4-dikenal-sebagai-kind",
    """
Puluhan kepala desa Kabupaten Langkat melakukan studi tiru ke Desa Pujon Kidul, Kabupaten Malang, Selasa (10/9/2024). Desa itu dikenal sebagai Desa Wisata Edukasi.
""",
    _v(destination__province="Jawa Timur", host_agencies=["Desa Pujon Kidul"]),
)
case(
    "hosts",
    "x4-ditetapkan-sebagai-kind",
    """
TEMANGGUNG - Sebanyak 20 perangkat desa Kabupaten Banjarnegara belajar pengelolaan sampah ke Desa Jetis, Kabupaten Temanggung, yang pernah ditetapkan sebagai Desa Mandiri Sampah, Senin (2/9/2024).
""",
    _v(participants=20, destination__province="Jawa Tengah", host_agencies=["Desa Jetis"]),
)
case(
    "hosts",
    "x4-list-with-sebagai-kind",
    """
Kepala desa se-Kabupaten Asahan studi tiru ke Kabupaten Sleman, 3-5 September 2024. Peserta mengunjungi dua desa, yakni pertama Desa Pandowoharjo yang dikenal sebagai Desa Peternakan. Kedua Desa Wonokerto yang merupakan desa wisata.
""",
    _v(destination__province="DI Yogyakarta", host_agencies=["Desa Pandowoharjo", "Desa Wonokerto"]),
)

# ---------------------------------------------------------------- r37: tune reports told again in other wordings
# Each case keeps the facts of a report extraction read right and says one of them another way; the record is the
# same. The first wording of each broke extraction (the fix is named beside it).
# The year of a date written before the rest of its clause ("digelar 17-21 Mei 2023 itu diikuti peserta yang
# berjumlah 48 orang"): the year was read as the head count (participants._month_before).
case(
    "participants",
    "r37-year-then-diikuti-peserta-berjumlah",
    """
Pemdes Wonokerto Studi Tiru ke Desa Wisata Penglipuran
BANGLI - Pemerintah Desa Wonokerto, Kabupaten Sleman, melakukan studi tiru ke Desa Penglipuran, Kabupaten Bangli, Bali. Kegiatan yang digelar pada 17-21 Mei 2023 itu diikuti peserta yang berjumlah 48 orang, mulai dari perangkat desa hingga pengurus BUMDes.
""",
    _v(participants=48, destination__province="Bali", start_date="2023-05-17", end_date="2023-05-21"),
)
# The host's passive with the count after its verb ("disambangi 27 orang rombongan …"), as after a verb of
# receiving (participants: verbs.VISITED before the count).
case(
    "participants",
    "r37-disambangi-n-orang-rombongan",
    """
BOGOR - Markas Satpol PP Kota Bogor di Jalan Pajajaran disambangi 27 orang rombongan Satpol PP Provinsi Sulawesi Selatan, Kamis (10/11/2016). Mereka datang untuk studi banding penegakan perda kawasan tanpa rokok.
""",
    _v(
        participants=27,
        origin__province="Sulawesi Selatan",
        destination__province="Jawa Barat",
        start_date="2016-11-10",
    ),
)
# The host as the trip's goal with the group's count after the trip's name ("menjadi tujuan studi tiru 237 kepala
# desa …"); a breakdown lower down ("terdiri dari 230 kepala desa, ditambah 7 perangkat desa") is no total
# (participants: the trip's name followed by a count).
case(
    "participants",
    "r37-menjadi-tujuan-studi-tiru-n-kades",
    """
LEMBANG - Desa Cibodas, Kecamatan Lembang, Kabupaten Bandung, menjadi tujuan studi tiru 112 kepala desa di Kabupaten Humbang Hasundutan, Sumatera Utara, 4 sampai 7 Juni 2024.
Para kepala desa belajar mengelola BUMDes dan desa wisata.
"Peserta terdiri dari 105 kepala desa, ditambah 7 sekretaris desa yang mewakili kepala desa yang berhalangan," kata Kabid Pemerintahan Desa, Roni Sihombing.
""",
    _v(
        participants=112,
        origin__province="Sumatera Utara",
        destination__province="Jawa Barat",
        start_date="2024-06-04",
        end_date="2024-06-07",
    ),
)
# The host as the lokus with the trip, its programmes, their owner and the body holding them after ("Kabupaten A
# menjadi lokus Studi Lapangan PKA dan PKP Mahkamah Agung yang diselenggarakan Badan X"): the holding body was
# read as a unit visited (hosts._HELD_BY; the owner after the programme, hosts._programme_owners).
case(
    "hosts",
    "r37-menjadi-lokus-then-held-by",
    """
Banyumas Jadi Lokus Studi Lapangan Pelatihan Kepemimpinan
PURWOKERTO - Kabupaten Banyumas menjadi lokus Studi Lapangan (STULA) Pelatihan Kepemimpinan Pengawas (PKP) Mahkamah Agung yang diselenggarakan Badan Strategi Kebijakan Hukum dan Peradilan Mahkamah Agung. Kegiatan ini diikuti sekitar 60 peserta.
"Kami berharap peserta belajar dari perangkat daerah yang menjadi lokus," ujar Kepala BKPSDM Kabupaten Banyumas, Eko Prasetyo, Kamis (25/7/2024).
""",
    _v(program="PKP", destination__province="Jawa Tengah", host_agencies=[], start_date="2024-07-25"),
)
case(
    "hosts",
    "r37-lokus-programme-owner-ministry",
    """
MAGELANG - Kota Magelang menjadi lokus studi lapangan peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II Kementerian Keuangan, Rabu (3/7/2024). Sebanyak 40 peserta diterima Sekretaris Daerah Kota Magelang di ruang Adipura.
""",
    _v(
        program="PKA",
        cohort=2,
        participants=40,
        destination__province="Jawa Tengah",
        host_agencies=[],
        start_date="2024-07-03",
    ),
)
# The cohort's number after its word with the trainees right after ("PKN tingkat II angkatan ke-29 yang diikuti
# peserta dari lima provinsi"): the cohort's number was read as the head count (participants._ORDINAL_BEFORE).
case(
    "participants",
    "r37-angkatan-ke-n-yang-diikuti-peserta",
    """
TANJUNGPINANG - Pelatihan Kepemimpinan Nasional (PKN) Tingkat II angkatan ke-31 yang diikuti peserta dari empat provinsi menjalani Visitasi Kepemimpinan Nasional di Provinsi Kepulauan Riau, Selasa (27/8/2024). Sekitar 60 orang peserta ambil bagian dalam kegiatan ini.
""",
    _v(program="PKN II", cohort=31, participants=60, destination__province="Kepulauan Riau", start_date="2024-08-27"),
)
# The host unit as the subject of a verb of receiving with its town written bare between commas ("Lanud A,
# Manado, menerima kunjungan …"): the unit is lost. Reading a bare name there as the unit's address (agencies.
# _VISITED_AFTER) mends it but also reads "Desa A Lembang, Jawa Barat, dipilih …" and "Desa Panglipuran, Bali, …"
# as second, misspelt units in two tune reports (kw-12, lw-01): kept as a gap until a unit's name variants merge.
case(
    "hosts",
    "r37-unit-town-between-commas-menerima",
    """
MANADO - Lanud Sam Ratulangi, Manado, menerima kunjungan 53 perwira siswa Pendidikan Reguler Angkatan ke-51 Sesko TNI, Kamis (27/7/2023). Kunjungan dalam rangka Kuliah Kerja Dalam Negeri itu untuk mengkaji penataan wilayah pertahanan di Sulawesi Utara.
""",
    _v(
        participants=53,
        destination__province="Sulawesi Utara",
        host_agencies=["Lanud Sam Ratulangi"],
        start_date="2023-07-27",
    ),
)
# The trip told from the host's side by the welcome alone, with a weekday told as past ("Bupati A disambut
# langsung Wali Kota B di Kantor Wali Kota B pada Kamis lalu"): the day only dated the visit in a sentence of
# going ("mendatangi … pada Kamis lalu"), so the day of a quote later on was taken (when._WELCOMED).
case(
    "dates",
    "r38-disambut-pada-kamis-lalu",
    """
Bupati Kaji Banding ke Padang

Senin, 04 Maret 2019 - 09:33 WIB

KOTAWARINGIN TIMUR - Pemerintah Kabupaten Kotawaringin Timur melakukan kaji banding ke sejumlah daerah. Kali ini yang dituju adalah Kota Padang, Sumatera Barat.
Bersama Sekda dan beberapa kepala dinas, Bupati Kotim disambut langsung Wali Kota Padang di Kantor Wali Kota Padang pada Kamis lalu.
"Kami membahas pengelolaan sampah dan layanan kesehatan," kata bupati di sela kegiatannya, Senin (4/3/2019).
""",
    _v(destination__province="Sumatera Barat", start_date="2019-02-28", end_date="2019-02-28"),
)
# A host's report that counts its guests right after the verb of receiving, with no "dari" ("DPRD A menerima
# kunjungan empat parlemen yang berlainan, yaitu DPRD B, DPRD C …"): the list of senders was read only after
# "dari" ("kedatangan tamu dari 4 parlemen, yaitu …"), so the four visits became one (visitors "from_many").
case(
    "multi",
    "r38-menerima-kunjungan-n-parlemen-yaitu",
    """
MAKASSAR - Hanya dalam satu hari, DPRD Makassar menerima kunjungan empat parlemen yang berlainan, yaitu DPRD Kota Jambi, DPRD Kabupaten Probolinggo, DPRD Kabupaten Pasuruan, dan DPRD Kabupaten Kotawaringin Barat.
Keempat rombongan itu disambut dua anggota DPRD Makassar, Andi Hadi dan Anwar Faruq, pada Selasa (03/12/2019), di ruang Badan Anggaran.
Para tamu datang untuk studi banding soal penyusunan anggaran dan peraturan daerah.
""",
    _v(origin__province="Jambi", destination__province="Sulawesi Selatan", start_date="2019-12-03"),
    _v(origin__province="Jawa Timur", destination__province="Sulawesi Selatan", start_date="2019-12-03"),
    _v(origin__province="Jawa Timur", destination__province="Sulawesi Selatan", start_date="2019-12-03"),
    _v(origin__province="Kalimantan Tengah", destination__province="Sulawesi Selatan", start_date="2019-12-03"),
)
# A host lists its guests after "menerima kunjungan" and gives each its day in the next sentence ("Rombongan A
# datang pada 2 November 2016, sementara B menyusul pada 3 November"): after "kedatangan tamu" each kept its day,
# after "menerima kunjungan" the second guest took the first's (visits: a listed guest's own day by stop_dates).
case(
    "multi",
    "r38-menerima-kunjungan-guests-apart",
    """
YOGYAKARTA - Sekber Kartamantul lagi-lagi menerima kunjungan, kali ini dari Pemerintah Daerah Pekanbaru dan Pemerintah Kabupaten Tulungagung, pada hari yang berlainan. Rombongan Pemerintah Daerah Pekanbaru datang pada 2 November 2016, sementara Pemerintah Kabupaten Tulungagung menyusul pada 3 November.
Kedua kunjungan itu bertujuan menggali informasi tentang kelembagaan Sekber Kartamantul untuk diterapkan di daerah masing-masing.
""",
    _v(origin__province="Riau", start_date="2016-11-02", end_date="2016-11-02"),
    _v(origin__province="Jawa Timur", start_date="2016-11-03", end_date="2016-11-03"),
)
# The host's passive with its visitors as the agent ("Balai Kota A dikunjungi oleh Pemerintah Kota B dan
# Pemerintah Kabupaten C"): read only as "menerima kunjungan dari B dan C", so one record with no sender came out
# (places._SENDER_PRE: any verb of being visited, then "oleh").
case(
    "multi",
    "r38-dikunjungi-oleh-two-senders",
    """
MADIUN - Balai Kota Madiun didatangi oleh Pemerintah Kota Pekalongan dan Pemerintah Kabupaten Wonogiri, Kamis (8/9/2022). Kedua rombongan datang untuk studi banding penataan kota dan pengendalian banjir.
""",
    _v(origin__province="Jawa Tengah", destination__province="Jawa Timur", start_date="2022-09-08"),
    _v(origin__province="Jawa Tengah", destination__province="Jawa Timur", start_date="2022-09-08"),
)
# The same host-side count with the visit's abbreviation in brackets between ("DPRD A menerima kunjungan kerja
# (kunker) tiga DPRD, yakni DPRD B, DPRD C dan DPRD D"): the bracket hid the count (visitors "from_many").
case(
    "multi",
    "r38-menerima-kunker-bracket-n-dprd-yakni",
    """
JAKARTA - DPRD Provinsi DKI Jakarta, Senin (17/12/2018), menerima kunjungan kerja (kunker) tiga DPRD, yakni DPRD Kota Cimahi, DPRD Kabupaten Kediri dan DPRD Kabupaten Kepulauan Aru.
Wakil Ketua DPRD Kota Cimahi, Agus Salim, menyampaikan bahwa rombongannya datang untuk mempelajari penyusunan tata tertib dewan sesuai PP Nomor 12 Tahun 2018.
"Karena itu kami menyerap ilmu dari kota paling maju, terutama DKI Jakarta ini," katanya di gedung DPRD DKI Jakarta.
Anggota Komisi A DPRD DKI Jakarta, Hasan Umar, yang menerima rombongan kunker, menerangkan bahwa keputusan dewan diambil dalam rapat paripurna.
""",
    _v(origin__province="Jawa Barat", destination__province="DKI Jakarta", start_date="2018-12-17"),
    _v(origin__province="Jawa Timur", destination__province="DKI Jakarta", start_date="2018-12-17"),
    _v(origin__province="Maluku", destination__province="DKI Jakarta", start_date="2018-12-17"),
)
KNOWN_GAPS.update(
    {
        "hosts-r37-unit-town-between-commas-menerima": (
            "a unit's town written bare between commas before the verb of receiving is not read as its address "
            "(the rule that reads it made misspelt second units in kw-12 and lw-01)"
        ),
    }
)
# The host's passive with the guests counted right after it ("DPRD A dikunjungi empat parlemen yang berlainan,
# yaitu DPRD B, DPRD C …"): one record with no sender, where "menerima kunjungan empat parlemen, yaitu …" gives
# one per sender. Adding verbs.VISITED to visitors "from_many" did not mend it (another stage keeps one visit).
case(
    "multi",
    "r38-dikunjungi-n-parlemen-yaitu",
    """
MAKASSAR - Hanya dalam satu hari, DPRD Makassar dikunjungi empat parlemen yang berlainan, yaitu DPRD Kota Jambi, DPRD Kabupaten Probolinggo, DPRD Kabupaten Pasuruan, dan DPRD Kabupaten Kotawaringin Barat.
Keempat rombongan itu disambut dua anggota DPRD Makassar, Andi Hadi dan Anwar Faruq, pada Selasa (03/12/2019), di ruang Badan Anggaran.
Para tamu datang untuk studi banding soal penyusunan anggaran dan peraturan daerah.
""",
    _v(origin__province="Jambi", destination__province="Sulawesi Selatan", start_date="2019-12-03"),
    _v(origin__province="Jawa Timur", destination__province="Sulawesi Selatan", start_date="2019-12-03"),
    _v(origin__province="Jawa Timur", destination__province="Sulawesi Selatan", start_date="2019-12-03"),
    _v(origin__province="Kalimantan Tengah", destination__province="Sulawesi Selatan", start_date="2019-12-03"),
)
KNOWN_GAPS.update(
    {
        "multi-r38-dikunjungi-n-parlemen-yaitu": (
            "guests counted right after the host's passive ('dikunjungi empat parlemen, yaitu …') are not listed "
            "one per sender as after 'menerima kunjungan'"
        ),
    }
)

# ---------------------------------------------------------------- r39: the sender's side, counts, cohorts and dates
# Each case keeps the facts of a tune report extraction read right and says one of them another way; the record is
# the same. The first wording of each broke extraction (the fix is named beside it).
# The visit dated by the day of writing alone ("kemarin", "Selasa malam", "Rabu lalu" in a sentence of the
# meeting, "hari ini"), with a posting date above: no day was read, or a day years before (the tsunami of
# 2004 a delegation saw) was taken (writing_day: the days told by the day of writing).
case(
    "dates",
    "r39-kemarin-after-posting-line",
    """
DPRD Langkat Belajar Pengelolaan Sampah di Jakarta Timur

Kamis, 06 Desember 2018 Reporter: Nurito

Lima belas anggota Komisi D DPRD Kabupaten Langkat, Sumatera Utara, menggelar studi banding ke kantor Wali Kota Jakarta Timur kemarin. Para anggota dewan itu ingin tahu cara Jakarta Timur mengolah sampah bersama warga.
"Kami datang untuk belajar dan mencari aturan yang pas," kata Ketua Komisi D, Sarikat Bangun.
""",
    _v(
        participants=15,
        origin__province="Sumatera Utara",
        destination__province="DKI Jakarta",
        start_date="2018-12-05",
        end_date="2018-12-05",
    ),
)
case(
    "dates",
    "r39-kemarin-beside-an-old-date",
    """
DPRD Pekalongan Studi Banding ke Aceh Besar

17 April 2018 | April 17, 2018 WIB | Last Updated 2018-04-17T09:23:46Z

HN-Aceh Besar, Rombongan DPRD Pekalongan, Provinsi Jawa Tengah, sebanyak 55 orang bertemu jajaran Pemerintah Kabupaten Aceh Besar di Kantor Bupati Aceh Besar, kemarin. Pertemuan itu merupakan studi komparasi soal UMKM dan penegakan perda.
Rombongan juga melihat Masjid Rahmatullah di Lampuuk, saksi tsunami yang melanda Aceh pada 26 Desember 2004 lalu.
""",
    _v(
        participants=55,
        origin__province="Jawa Tengah",
        destination__province="Aceh",
        start_date="2018-04-16",
        end_date="2018-04-16",
    ),
)
case(
    "dates",
    "r39-weekday-evening-no-date",
    """
Kota Solo Jadi Lokasi Penelitian Perwira Siswa Seskoad

24 Juli 2019 11:52 WIB

SOLO - Wali Kota Surakarta FX Hadi Rudyatmo menerima kunjungan 16 perwira siswa Pendidikan Reguler LVII Seskoad di rumah dinasnya, Loji Gandrung, Selasa malam. Mereka melakukan Kuliah Kerja Lapangan Dalam Negeri di Kota Solo.
""",
    _v(participants=16, destination__province="Jawa Tengah", start_date="2019-07-23", end_date="2019-07-23"),
)
case(
    "dates",
    "r39-weekday-lalu-in-the-meeting-sentence",
    """
Peserta PKN LAN Visitasi Virtual ke Desa Lerep
Jumat, 24 April 2020 22:49 WIB
"Desa Lerep dijadikan lokus visitasi PKN dengan peserta 15 orang," ujar Haryati, salah seorang peserta visitasi virtual itu, lewat keterangan tertulis di Magelang, Jumat.
Karena pandemi, PKN Tingkat II Angkatan VII Tahun 2020 LAN digelar dengan pembelajaran jarak jauh.
Pada kegiatan Rabu lalu itu, Kepala Dinas Pariwisata Kabupaten Semarang menjelaskan potensi desa wisata.
""",
    _v(
        program="PKN II",
        cohort=7,
        participants=15,
        destination__province="Jawa Tengah",
        start_date="2020-04-22",
        end_date="2020-04-22",
    ),
)
case(
    "dates",
    "r39-hari-ini-closing-the-welcome",
    """
Diklatpim Pemkab Jember Benchmarking di Kulon Progo

07 September 2017 15:18:17

Peserta Diklatpim Tingkat III Angkatan 57 Pemerintah Kabupaten Jember menjalani benchmarking di Kabupaten Kulon Progo. Rombongan disambut langsung Bupati Kulon Progo Hasto Wardoyo di Ruang Adikarto, hari ini.
""",
    _v(
        program="Diklatpim III",
        cohort=57,
        origin__province="Jawa Timur",
        destination__province="DI Yogyakarta",
        start_date="2017-09-07",
        end_date="2017-09-07",
    ),
)
# The stay told by its weekdays with only the last day dated, after the day of the welcome ("… Selasa (14/08).
# Sejak Selasa hingga Jumat (17/08), peserta …"): the last day was lost, the first weekday was even checked against
# the last day's date (dates._weekday_span).
case(
    "dates",
    "r39-sejak-weekday-hingga-weekday-dated",
    """
Wali Kota Medan Terima Peserta Benchmarking Diklat PIM IV Jateng

MEDAN - Staf Ahli Wali Kota Medan Sulaiman Harahap menyambut rombongan Benchmarking to Best Practice Diklat Kepemimpinan Tingkat IV Angkatan XVIII Provinsi Jawa Tengah tahun 2018 di Kantor Wali Kota Medan, Selasa (14/08). Sejak Selasa hingga Jumat (17/08), 40 peserta akan menggali informasi seputar pelayanan publik di Bappeda dan Dinas Kominfo.
""",
    _v(
        program="Diklatpim IV",
        cohort=18,
        participants=40,
        origin__province="Jawa Tengah",
        destination__province="Sumatera Utara",
        start_date="2018-08-14",
        end_date="2018-08-17",
    ),
)
case(
    "dates",
    "r39-rabu-sampai-jumat-dated",
    """
MEDAN - Asisten Umum Setda Kota Medan Renward Parapat menerima rombongan benchmarking peserta Pelatihan Kepemimpinan Tingkat IV Angkatan IV Pemerintah Kota Pagar Alam, Sumatera Selatan, Rabu (10/4/2019). Rabu sampai Jumat (12/4), peserta akan menjalani observasi lapangan di sejumlah instansi Pemko Medan.
""",
    _v(
        program="Diklatpim IV",
        cohort=4,
        origin__province="Sumatera Selatan",
        destination__province="Sumatera Utara",
        start_date="2019-04-10",
        end_date="2019-04-12",
    ),
)
# The part of a cohort that went, counted after the whole told first ("Dari 54 peserta PKN …, sebanyak 13 orang
# datang ke Kabupaten Sragen"): the whole was read as the group (participants._fronted_whole).
case(
    "participants",
    "r39-dari-whole-part-came",
    """
Sragen Jadi Lokus Visitasi Kepemimpinan Nasional

admin | 09 Juli 2024 | 233

SRAGEN – Dari 54 peserta Pelatihan Kepemimpinan Nasional (PKN) Tingkat II angkatan X, sebanyak 13 orang datang ke Kabupaten Sragen dalam rangka Visitasi Kepemimpinan Nasional (VKN).
PKN ini diselenggarakan Balai Besar Pelatihan Manajemen dan Kepemimpinan Pertanian (BBPMKP) Ciawi Bogor bersama Lembaga Administrasi Negara.
Rombongan VKN disambut Plh Sekretaris Daerah Kabupaten Sragen Tugiyono pada Senin (8/7/2024) di rumah dinas bupati.
""",
    _v(
        program="PKN II",
        cohort=10,
        participants=13,
        destination__province="Jawa Tengah",
        start_date="2024-07-08",
        end_date="2024-07-08",
    ),
)
# A group total with its make-up after "yakni" ("Rombongan 45 orang, yakni 40 peserta dan 5 pendamping"): the total
# with its escorts was taken, where "terdiri atas" gave the trainees (participants._BREAKDOWN).
case(
    "participants",
    "r39-total-yakni-peserta-pendamping",
    """
SURABAYA, TAYANG9 – Rombongan 45 orang, yakni 40 peserta dan 5 pendamping, dari Pelatihan Kepemimpinan Administrator (PKA) PPSDM Kemendagri Regional Makassar menjalani studi lapangan di Pemerintah Kota Surabaya.
Peserta PKA Angkatan III Tahun 2023 itu berasal dari sejumlah kabupaten di kawasan timur Indonesia.
""",
    _v(program="PKA", cohort=3, participants=40, destination__province="Jawa Timur"),
)
# The sender as the subject of a verb of sending, its people counted with the possessive ("Perwakilan BKKBN
# Kalimantan Barat memberangkatkan 35 mitranya studi banding ke Semarang"): no count was read (participants: the
# sending verbs' people with "-nya").
case(
    "participants",
    "r39-memberangkatkan-n-mitranya",
    """
Pontianak (Antara Kalbar) - Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Kalimantan Barat memberangkatkan 35 mitranya studi banding ke Semarang, Jawa Tengah, untuk memperluas wawasan.
"Lewat studi banding ini kami ingin peserta saling bertukar pengalaman," ujar Kepala Perwakilan BKKBN Kalbar, Kusmana, di Pontianak.
""",
    _v(
        activity="studi banding",
        participants=35,
        origin__province="Kalimantan Barat",
        destination__province="Jawa Tengah",
    ),
)
# The visit dated by a weekday and its time of day in a sentence that names the trip but no place by a capital
# ("menggelar studi banding ke kantor Wali Kota Jakarta Timur, Rabu malam"): the trip's name tells the visit
# (writing_day._tells_visit).
case(
    "dates",
    "r39-rabu-malam-studi-banding-ke-kantor",
    """
DPRD Langkat Belajar Pengelolaan Sampah di Jakarta Timur

Kamis, 06 Desember 2018 Reporter: Nurito

Sebanyak 15 anggota Komisi D DPRD Kabupaten Langkat, Sumatera Utara, menggelar studi banding ke kantor Wali Kota Jakarta Timur, Rabu malam. Mereka ingin mempelajari pengolahan sampah berbasis warga.
"Komisi D DPRD Kabupaten Langkat berkunjung ke sini untuk mempelajari pengelolaan sampah di Jakarta Timur," kata Asisten Perekonomian Jakarta Timur, Syofian Taher.
""",
    _v(participants=15, destination__province="DKI Jakarta", start_date="2018-12-05", end_date="2018-12-05"),
)
KNOWN_GAPS.update(
    {
        name: (
            "a total's make-up after 'yakni/yaitu' and a count with the possessive after a verb of sending: the"
            " rule that read them (r39-vary) made a check article worse at the merge and was taken out, as a"
            " first form of it was in 2.12"
        )
        for name in ("participants-r39-total-yakni-peserta-pendamping", "participants-r39-memberangkatkan-n-mitranya")
    }
)

# r40-found: study trips told in wordings the tune half does not have (a purpose by the host's own practice, the
# host's quality as the reason, the account received; a trip by learning at another region's office, a consultation
# gone to, the host as a body's goal), near-misses that stay empty, and the gaps left (KNOWN_GAPS below).
case(
    "detect",
    "r40-host-practice-yang-diterapkan",
    """
Kedatangan Rombongan Tabalong di Banjarbaru

Banjarbaru - Pemerintah Kota Banjarbaru kedatangan rombongan Bappeda Kabupaten Tabalong, Senin (5/5). Rombongan sebanyak 12 orang itu ingin mengetahui perencanaan pembangunan berbasis data yang diterapkan Banjarbaru. Kepala Bappeda Banjarbaru, Rudi Hartono, memaparkan sistem tersebut.
""",
    _v(origin__regency="Kabupaten Tabalong", destination__regency="Kota Banjarbaru"),
)
case(
    "detect",
    "r40-berada-di-another-region",
    """
ASN Karawang Dua Hari di Bandung

Bandung - Sebanyak 25 ASN Pemkab Karawang berada di Kota Bandung selama dua hari, Rabu-Kamis (4-5/5), untuk mempelajari sistem perizinan daring yang dikembangkan Pemkot Bandung.
""",
    _v(origin__regency="Kabupaten Karawang", destination__regency="Kota Bandung"),
)
case(
    "detect",
    "r40-bertemu-jajaran-menggali-penerapan",
    """
Pemkab Lebak Gali E-Planning Tangerang

Tangerang - Delegasi Pemkab Lebak bertemu jajaran Pemkot Tangerang, Senin (8/8). Pertemuan itu untuk menggali penerapan e-planning yang sudah berjalan di Tangerang.
""",
    _v(origin__regency="Kabupaten Lebak", destination__regency="Kota Tangerang"),
)
case(
    "detect",
    "r40-keberhasilan-menjadi-alasan",
    """
Boyolali Napak Tilas Keberhasilan Wonosobo

Wonosobo - Sejumlah kepala dinas Kabupaten Boyolali bertandang ke Wonosobo, Jumat (11/11). Keberhasilan Wonosobo menurunkan angka kemiskinan menjadi alasan mereka datang.
""",
    _v(origin__regency="Kabupaten Boyolali", destination__regency="Kabupaten Wonosobo"),
)
case(
    "detect",
    "r40-berkonsultasi-soal-pengelolaan",
    """
Tamu Muna di Baubau

Baubau - Wali Kota Baubau menerima tamu dari Kabupaten Muna, Senin (1/1). Rombongan datang untuk berkonsultasi soal pengelolaan aset daerah yang dinilai tertib oleh BPK.
""",
    _v(origin__regency="Kabupaten Muna", destination__regency="Kota Bau Bau"),
)
case(
    "detect",
    "r40-menjadi-tujuan-pemkab",
    """
Parepare Jadi Tujuan Pinrang

Parepare - Kota Parepare menjadi tujuan Pemkab Pinrang yang ingin mengetahui pengelolaan pasar modern, Rabu (2/2). Sekda Parepare menerima 18 pejabat Pinrang di ruang rapat.
""",
    _v(origin__regency="Kabupaten Pinrang", destination__regency="Kota Parepare"),
)
case(
    "detect",
    "r40-pertemuan-di-kantor-wali-kota",
    """
DPRD Bekasi Pelajari Perda Depok

Depok - Komisi I DPRD Kabupaten Bekasi menggelar pertemuan di Kantor Wali Kota Depok, Rabu (6/6), untuk mempelajari penerapan perda kawasan tanpa rokok.
""",
    _v(origin__regency="Kabupaten Bekasi", destination__regency="Kota Depok"),
)
case(
    "detect",
    "r40-mendapat-penjelasan-tentang",
    """
Pangandaran Kunjungi Purwakarta

Purwakarta - Rombongan Pemkab Pangandaran mengunjungi Pemkab Purwakarta, Selasa (2/4). Dalam kunjungan itu rombongan mendapat penjelasan tentang pengelolaan keuangan desa dari Kepala DPMD Purwakarta.
""",
    _v(origin__regency="Kabupaten Pangandaran", destination__regency="Kabupaten Purwakarta"),
)
case(
    "detect",
    "r40-seluk-beluk-pengelolaan",
    """
Banggai Kunjungi Palu

Palu - Pejabat Pemkab Banggai berkunjung ke Pemkot Palu, Rabu (3/4), untuk memahami seluk-beluk pengelolaan pasar induk.
""",
    _v(origin__regency="Kabupaten Banggai", destination__regency="Kota Palu"),
)
case(
    "detect",
    "r40-ingin-tahu-soal-aplikasi",
    """
Bulungan Kunjungi Tarakan

Tarakan - Tim Pemkab Bulungan berkunjung ke Pemkot Tarakan, Kamis (4/4), karena ingin tahu lebih banyak soal aplikasi Sipedas milik Tarakan.
""",
    _v(origin__regency="Kabupaten Bulungan", destination__regency="Kota Tarakan"),
)
case(
    "detect",
    "r40-wali-kota-mengunjungi-puskesmas-pelayanan",
    """
Wali Kota Tinjau Pelayanan Puskesmas

Metro - Wali Kota Metro mengunjungi Puskesmas Yosomulyo, Selasa (6/6), untuk melihat langsung pelayanan kepada pasien BPJS.
""",
)
case(
    "detect",
    "r40-pembangunan-yang-dikerjakan-kontraktor",
    """
Kepala Dinas Pantau Pembangunan Sekolah

Klaten - Kepala Dinas Pendidikan Klaten mendatangi SD Negeri 2 Wedi, Rabu (4/4), untuk mengetahui pembangunan ruang kelas yang dikerjakan kontraktor.
""",
)
case(
    "detect",
    "r40-inspektorat-menyambangi-desa",
    """
Inspektorat Periksa Dana Desa

Sragen - Tim Inspektorat Kabupaten Sragen menyambangi Desa Karanganyar, Kamis (6/6), untuk memeriksa penggunaan dana desa tahun lalu.
""",
)
case(
    "detect",
    "r40-menjadikan-sebagai-percontohan-hadir-di",
    """
Sigi Jadikan Palu Percontohan Retribusi

Palu - Pemerintah Kabupaten Sigi menjadikan Kota Palu sebagai percontohan pengelolaan retribusi daerah. Sebanyak 10 pegawai Bapenda Sigi hadir di kantor Bapenda Kota Palu, Senin (3/3), mendengarkan paparan tentang retribusi daring.
""",
    _v(origin__regency="Kabupaten Sigi", destination__regency="Kota Palu"),
)
case(
    "detect",
    "r40-menerima-tenaga-kesehatan-dari",
    """
Nakes Minahasa Utara Dalami Posyandu Remaja di Bitung

Bitung - Dinas Kesehatan Kota Bitung menerima 15 tenaga kesehatan dari Kabupaten Minahasa Utara, Selasa (6/6). Mereka ingin mendalami layanan posyandu remaja yang dijalankan Bitung sejak 2021.
""",
    _v(origin__regency="Kabupaten Minahasa Utara", destination__regency="Kota Bitung"),
)
case(
    "detect",
    "r40-menjadikan-percontohan-diterima",
    """
Tulungagung Jadikan Blitar Percontohan

Blitar - Pemkab Tulungagung menjadikan Kota Blitar sebagai percontohan pengelolaan alun-alun. Rombongan Bagian Umum Tulungagung diterima Sekda Kota Blitar, Jumat (8/8).
""",
    _v(origin__regency="Kabupaten Tulungagung", destination__regency="Kota Blitar"),
)
case(
    "detect",
    "r40-rencana-membangun-seperti-milik",
    """
Sumenep ke Banyuwangi

Banyuwangi - Rombongan Pemkab Sumenep mengunjungi Banyuwangi, Senin (8/4). Kunjungan itu terkait rencana Sumenep membangun mal pelayanan publik seperti milik Banyuwangi.
""",
    _v(origin__regency="Kabupaten Sumenep", destination__regency="Kabupaten Banyuwangi"),
)
KNOWN_GAPS.update(
    {
        "detect-r40-menjadikan-sebagai-percontohan-hadir-di": (
            "the purpose is read ('menjadikan X sebagai percontohan'), but 'hadir di kantor Bapenda Kota Y' names no"
            " region of the group's before it ('pegawai Bapenda Sigi': no region word), so no trip is told"
        ),
        "detect-r40-menerima-tenaga-kesehatan-dari": (
            "the visit is found (the guests any people the host receives from a named place), but the place after"
            " 'menerima N orang dari' is not yet scored as their origin"
        ),
        "detect-r40-menjadikan-percontohan-diterima": (
            "the visit is found, but 'Rombongan Bagian Umum Tulungagung' (a part of the Setda named with its bare"
            " region) is not read as the sender"
        ),
        "detect-r40-rencana-membangun-seperti-milik": (
            "the purpose told as a plan to build the host's thing at home ('rencana membangun MPP seperti milik Banyuwangi') is no clause diklat reads"
        ),
    }
)


# r40-found: two rules of the branch made check worse as a whole and were taken out at the merge
KNOWN_GAPS.update(
    {
        "detect-r40-berada-di-another-region": (
            "rule taken out at the merge (it made check articles worse as a whole): a region's people learning at another region's office, told with no verb of going"
        ),
        "detect-r40-menjadi-tujuan-pemkab": (
            "rule taken out at the merge (it made check articles worse as a whole): the host made the goal of a named body ('Kota P menjadi tujuan Pemkab Q')"
        ),
        "detect-r40-pertemuan-di-kantor-wali-kota": (
            "rule taken out at the merge (it made check articles worse as a whole): a meeting held at another region's office to learn, no verb of going"
        ),
        "detect-r40-seluk-beluk-pengelolaan": (
            "rule taken out at the merge (it made check articles worse as a whole): the host's practice named by any noun of a thing it runs"
        ),
        "detect-r40-ingin-tahu-soal-aplikasi": (
            "rule taken out at the merge (it made check articles worse as a whole): the host's practice named by any noun of a thing it runs"
        ),
    }
)


# ---------------------------------------------------------------- r40-empty: near-misses by what the report is about
# (written before running: no record for each; the last two are controls of like wording that keep theirs)
case(
    "detect",
    "r40-council-kunker-to-ministry-no-visit",
    """
Banggar DPRD Sumba Timur Bawa RAPBD ke Kemendagri
JAKARTA - Badan Anggaran DPRD Kabupaten Sumba Timur melakukan kunjungan kerja ke Kemendagri, Rabu (4/10/2023), menyerahkan rancangan APBD Perubahan untuk dievaluasi.
Rombongan diterima pejabat Direktorat Jenderal Bina Keuangan Daerah. Ketua Banggar berharap evaluasi selesai sebelum akhir bulan.
""",
)
case(
    "detect",
    "r40-provincial-council-oversight-no-visit",
    """
Komisi C DPRD Jatim Soroti Jalan Rusak di Lumajang
LUMAJANG - Komisi C DPRD Provinsi Jawa Timur melakukan kunjungan kerja ke Kabupaten Lumajang, Selasa (24/10/2023), meninjau jalan provinsi yang rusak akibat banjir lahar.
Ketua Komisi C meminta Dinas PU Bina Marga segera memperbaiki ruas tersebut sebelum musim hujan.
""",
)
case(
    "detect",
    "r40-results-seminar-no-visit",
    """
Peserta PKP Sumbar Paparkan Hasil Studi Lapangan
PADANG - Peserta Pelatihan Kepemimpinan Pengawas Angkatan II BPSDM Provinsi Sumatera Barat mengikuti seminar hasil studi lapangan di Aula BPSDM, Kamis (15/6/2023).
Setiap kelompok memaparkan pembelajaran yang diperoleh dan rencana penerapannya di unit kerja. Kepala BPSDM menanggapi paparan peserta.
""",
)
case(
    "detect",
    "r40-farmers-group-no-visit",
    """
Kelompok Tani Tulungagung Belajar Budidaya Jeruk
MALANG - Sebanyak 25 anggota Kelompok Tani Sumber Rejeki dari Kabupaten Tulungagung melakukan studi banding budidaya jeruk ke Kecamatan Dau, Kabupaten Malang, Sabtu (28/10/2023).
Mereka belajar teknik pemupukan dari petani setempat.
""",
)
case(
    "detect",
    "r40-trainees-visited-no-visit",
    """
Gubernur Sultra Sambangi Peserta Latsar CPNS
KENDARI - Gubernur Sulawesi Tenggara menyambangi para peserta Pelatihan Dasar CPNS Golongan III di Kendari, Kamis (9/11/2023).
Gubernur berpesan agar para CPNS disiplin dan melayani masyarakat dengan sepenuh hati.
""",
)
case(
    "detect",
    "r40-council-kunker-to-peer-control",
    """
DPRD Sarmi Konsultasi ke DPRD Kabupaten Jayapura
SENTANI - Rombongan DPRD Kabupaten Sarmi melakukan kunjungan kerja ke DPRD Kabupaten Jayapura, Rabu (18/10/2023), untuk konsultasi dan koordinasi tentang tata tertib dewan.
""",
    _v(origin__province="Papua", destination__province="Papua", start_date="2023-10-18"),
)
case(
    "detect",
    "r40-provincial-council-learns-control",
    """
Komisi D DPRD Jateng Belajar Irigasi ke Jawa Barat
BANDUNG - Komisi D DPRD Provinsi Jawa Tengah melakukan kunjungan kerja ke Dinas Sumber Daya Air Provinsi Jawa Barat untuk mempelajari pengelolaan irigasi, Rabu (18/10/2023).
""",
    _v(origin__province="Jawa Tengah", destination__province="Jawa Barat", start_date="2023-10-18"),
)
case(
    "detect",
    "r41-headline-learning-body-at-office",
    """
Sekda Bulukumba Pelajari Layanan Perizinan Daring
MAKASSAR - Sekretaris Daerah Kabupaten Bulukumba mengikuti paparan layanan perizinan daring di Kantor DPMPTSP Kota Makassar, Selasa (7/11/2023).
Paparan disampaikan kepala dinas setempat bersama jajarannya.
""",
    _v(origin__regency="Kabupaten Bulukumba", destination__regency="Kota Makassar", start_date="2023-11-07"),
)
case(
    "detect",
    "r41-body-learners-at-other-regions-office",
    """
Pegawai Bapenda Sigi Timba Ilmu Pajak
PALU - Sebanyak 18 pegawai Bapenda Kabupaten Sigi hadir di kantor Bapenda Kota Palu, Rabu (8/11/2023), untuk mempelajari pemungutan pajak restoran secara elektronik.
""",
    _v(origin__regency="Kabupaten Sigi", destination__regency="Kota Palu", start_date="2023-11-08"),
)
case(
    "detect",
    "r41-headline-learning-body-at-home-no-visit",
    """
Sekda Bulukumba Pelajari Layanan Perizinan Daring
BULUKUMBA - Sekretaris Daerah Kabupaten Bulukumba mengikuti paparan layanan perizinan daring di Kantor DPMPTSP Kabupaten Bulukumba, Selasa (7/11/2023).
""",
)
