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
