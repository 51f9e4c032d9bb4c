"""A cohort over-split by its members' regions or bodies, round r9-composition2: one travelling group,
not senders side by side. Sentences written for this test, in several wordings and outlet styles."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _origins(text: str) -> list[str | None]:
    return [e.visit.origin.institution for e in extract_text(text)]


# ---------------------------------------------------------------- 1. a programme's regions, its organizer named
# A programme written with a list of regions ("Latsar CPNS Kabupaten A, B, C") where the text names the
# training body that runs it ("yang diselenggarakan BPSDM X", "Badan Diklat Provinsi Y"): the regions are
# the members' homes, one cohort sent by that body.
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "MALANG - Peserta Latsar CPNS Kabupaten Jombang, Kabupaten Nganjuk, Kabupaten Kediri, Kabupaten "
            "Blitar yang diselenggarakan BPSDM Jatim melakukan studi lapangan ke Kota Malang, Senin (4/11/2019).",
            "BPSDM Jatim",
        ),
        (
            "BATU - Peserta Diklatpim IV dari Kabupaten Tuban, Kabupaten Lamongan, Kabupaten Gresik yang "
            "digelar Badan Diklat Provinsi Jawa Timur bertandang ke Kota Batu, Kamis (7/11/2019).",
            "Badan Diklat Provinsi Jawa Timur",
        ),
        (
            "KUDUS - Peserta PKP Angkatan III Kabupaten Brebes, Kabupaten Tegal dan Kota Tegal yang dilaksanakan "
            "oleh BPSDMD Provinsi Jawa Tengah belajar inovasi pelayanan ke Kabupaten Kudus, Rabu (4/12/2019).",
            None,
        ),
        (
            "Latsar CPNS Kabupaten Lamongan, Kabupaten Bojonegoro serta Kabupaten Ngawi Timba Ilmu di Tuban\n\n"
            "TUBAN - Sebanyak 120 peserta pelatihan dasar CPNS yang digelar BPSDM Jawa Timur melaksanakan studi "
            "lapangan ke Kabupaten Tuban, Selasa (10/12/2019).",
            None,
        ),
    ],
)
def test_programme_regions_with_organizer_are_one_cohort(text: str, origin: str | None) -> None:
    got = _origins(text)
    assert len(got) == 1
    if origin is not None:
        assert got[0] == origin


# near-misses: no training body named, each city runs its own course and comes as its own group
@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "SURABAYA - Rombongan Diklat PIM IV Angkatan I Kota Madiun dan Kota Kediri diterima Asisten "
            "Pemerintahan Kota Surabaya, Kamis (14/3/2019). Kedua rombongan belajar soal layanan perizinan.",
            2,
        ),
        (
            "BANDUNG - Peserta PKA Kabupaten Garut dan Kabupaten Ciamis melaksanakan studi lapangan ke Kota "
            "Bandung, Senin (2/12/2019).",
            2,
        ),
    ],
)
def test_listed_senders_without_organizer_stay_split(text: str, n: int) -> None:
    assert len(_origins(text)) == n


# ---------------------------------------------------------------- 2. people counted by their office, then "dari"
# A head count or "para" before the members' office ("30 kepala desa", "para lurah dan camat", "40 pegawai")
# and then "dari/asal" with a list of regions: the members' homes, one travelling group.
@pytest.mark.parametrize(
    "text",
    [
        # a province sends village heads of its regencies
        "SUMBAWA - Pemerintah Provinsi NTB memberangkatkan 30 kepala desa dari Kabupaten Bima, Kabupaten "
        "Dompu, Kabupaten Sumbawa dan Kabupaten Lombok Timur studi banding ke Kabupaten Banyuwangi, Selasa "
        "(5/11/2019).",
        # "sebanyak" with the count, the trip facilitated by the province
        "KENDAL - Sebanyak 40 kepala desa dari Kabupaten Batang, Kabupaten Pekalongan dan Kabupaten Pemalang "
        "mengikuti studi banding ke Kabupaten Kendal yang difasilitasi Pemerintah Provinsi Jawa Tengah, Selasa "
        "(5/3/2019).",
        # two offices joined by "dan", the organizer in the next sentence
        "MAKASSAR - Para lurah dan camat dari Kota Parepare, Kabupaten Pinrang, Kabupaten Sidrap dan Kabupaten "
        "Barru studi banding ke Kota Makassar, Selasa (3/12/2019). Kegiatan ini diselenggarakan BPSDM Provinsi "
        "Sulawesi Selatan.",
        # "asal" after the members, no organizer named
        "KLATEN - 28 sekretaris desa asal Kabupaten Boyolali, Kabupaten Sukoharjo, Kabupaten Wonogiri dan "
        "Kabupaten Karanganyar belajar tata kelola desa ke Kabupaten Klaten, Rabu (11/12/2019).",
        # employees counted, their training named after the list
        "SERANG - Sebanyak 40 pegawai dari Kabupaten Lebak, Kabupaten Pandeglang dan Kota Cilegon yang tengah "
        "mengikuti Latsar CPNS berkunjung ke Kota Serang, Kamis (5/12/2019).",
    ],
)
def test_counted_office_holders_from_regions_are_one_group(text: str) -> None:
    assert len(_origins(text)) == 1


# near-misses: bodies that each send their own people, and groups going to different places
@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "SEMARANG - Pemerintah Kabupaten Batang dan Pemerintah Kabupaten Pekalongan melakukan studi banding "
            "bersama ke Kota Semarang, Selasa (5/3/2019). Masing-masing daerah mengirim 15 kepala desa.",
            2,
        ),
        (
            "KENDAL - DPRD Kabupaten Kendal menerima kunjungan kerja DPRD Kabupaten Batang dan DPRD Kota Tegal "
            "secara bergantian pekan ini. Kedua dewan membawa para pejabat sekretariat masing-masing.",
            2,
        ),
        (
            "KENDAL - Sebanyak 20 kepala desa dari Kabupaten Batang studi banding ke Kabupaten Kendal, sedangkan "
            "15 kepala desa dari Kabupaten Pekalongan studi banding ke Kabupaten Demak, Selasa (5/3/2019).",
            2,
        ),
    ],
)
def test_senders_side_by_side_stay_split(text: str, n: int) -> None:
    assert len(_origins(text)) == n


# ---------------------------------------------------------------- 3. the same, where the list is read as senders
# The programme's regions read as senders received together (frames), the training body that runs the
# programme named elsewhere in the text: one cohort, and that body is where it comes from.
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "DENPASAR - Peserta PKP Angkatan II Kota Denpasar, Kabupaten Badung, Kabupaten Gianyar dan "
            "Kabupaten Tabanan melaksanakan benchmarking ke Kabupaten Banyuwangi, Senin (9/12/2019). PKP ini "
            "digelar BPSDM Provinsi Bali.",
            "BPSDM Provinsi Bali",
        ),
        (
            "MEDAN - Rombongan Diklatpim III Badan Diklat Provinsi Sumatera Utara yang beranggotakan pejabat "
            "Kabupaten Karo, Kabupaten Dairi, Kabupaten Samosir dan Kota Binjai menimba ilmu ke Kota Medan, "
            "Senin (9/12/2019).",
            "Badan Diklat Provinsi Sumatera Utara",
        ),
        (
            "KUDUS - Peserta PKP Angkatan III Kabupaten Brebes, Kabupaten Tegal dan Kota Tegal belajar inovasi "
            "pelayanan di Kabupaten Kudus, Rabu (4/12/2019). Pelatihan itu dilaksanakan BPSDMD Provinsi Jawa "
            "Tengah.",
            "BPSDMD Provinsi Jawa Tengah",
        ),
        (
            "Latsar CPNS Golongan III Kabupaten Lamongan, Kabupaten Bojonegoro, Kabupaten Ngawi ke Tuban\n\n"
            "TUBAN - BPSDM Jawa Timur membawa peserta Latsar CPNS Golongan III Kabupaten Lamongan, Kabupaten "
            "Bojonegoro serta Kabupaten Ngawi menggelar studi lapangan ke Kabupaten Tuban, Selasa (10/12/2019).",
            None,
        ),
    ],
)
def test_programme_regions_read_as_senders_are_one_cohort(text: str, origin: str | None) -> None:
    got = _origins(text)
    assert len(got) == 1
    if origin is not None:
        assert got[0] == origin


# near-misses: no training body named, or the training bodies are the list itself
@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "BANYUWANGI - Peserta PKP Angkatan II Kota Denpasar dan Kabupaten Badung melaksanakan benchmarking "
            "ke Kabupaten Banyuwangi, Senin (9/12/2019).",
            2,
        ),
        (
            # the training bodies are the listed ones themselves: each runs its own cohort
            "BANYUWANGI - Peserta PKP yang digelar BKPSDM Kota Denpasar dan BKPSDM Kabupaten Badung "
            "melaksanakan benchmarking ke Kabupaten Banyuwangi, Senin (9/12/2019).",
            2,
        ),
    ],
)
def test_programme_regions_without_organizer_stay_split(text: str, n: int) -> None:
    assert len(_origins(text)) == n


# ---------------------------------------------------------------- 4. "peserta <programme> dari A, B, C"
# The members' wording ("peserta … dari", "utusan", "asal") right before a programme's list of regions
# tells the members' homes also where the programme's name stands just before the list: one cohort.
@pytest.mark.parametrize(
    "text",
    [
        "SOLO - Kota Surakarta menerima kunjungan peserta Pelatihan Kepemimpinan Administrator Angkatan II dari "
        "Kabupaten Brebes, Kabupaten Tegal, Kota Tegal, Kabupaten Pemalang dan Kabupaten Kudus, Rabu "
        "(2/10/2019).",
        "CIANJUR - Peserta Diklatpim IV Angkatan 2 dari Pemkab Garut, Pemkab Tasikmalaya, Pemkab Ciamis dan "
        "Pemkot Banjar melakukan kunjungan ke Kabupaten Cianjur, Senin (9/12/2019).",
        "JEPARA - Sebanyak 36 peserta PKP Angkatan IV asal Kabupaten Rembang, Kabupaten Blora dan Kabupaten "
        "Pati menimba ilmu pengelolaan sampah di Kabupaten Jepara, Kamis (5/12/2019).",
        "SLEMAN - Pemkab Sleman kedatangan 40 peserta Latsar CPNS Golongan II utusan Kabupaten Magelang, "
        "Kabupaten Temanggung dan Kabupaten Wonosobo, Jumat (6/12/2019).",
    ],
)
def test_programme_then_members_from_regions_is_one_cohort(text: str) -> None:
    assert len(_origins(text)) == 1


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "BANYUWANGI - Peserta Diklat PIM IV Pemkab Badung dan Pemkot Denpasar melaksanakan benchmarking ke "
            "Kabupaten Banyuwangi, Senin (9/12/2019). Rombongan Pemkab Badung dipimpin Sekda, sedangkan "
            "rombongan Pemkot Denpasar dipimpin Asisten I.",
            2,
        ),
        (
            "SOLO - Rombongan Diklatpim IV Kabupaten Sleman dan Kabupaten Bantul tiba di Kota Surakarta, Rabu "
            "(2/10/2019). Kedua kabupaten membawa 30 peserta masing-masing.",
            2,
        ),
    ],
)
def test_programme_then_senders_stay_split(text: str, n: int) -> None:
    assert len(_origins(text)) == n


# ---------------------------------------------------------------- 5. the origin of such a cohort
# With the members' home regions read as one cohort, the first of them is no sender: the training body
# named as running the cohort is where it comes from.
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "TEGAL - BPSDMD Provinsi Jawa Tengah membawa 35 peserta PKP yang berasal dari Kabupaten Brebes, "
            "Kabupaten Tegal, Kota Tegal dan Kabupaten Pemalang ke Kabupaten Kudus, Rabu (4/12/2019).",
            "BPSDMD Provinsi Jawa Tengah",
        ),
        (
            "KUDUS - Peserta PKP Angkatan III tahun 2019 asal Kabupaten Brebes, Kabupaten Tegal dan Kota Tegal "
            "melakukan studi lapangan ke Kabupaten Kudus, Rabu (4/12/2019). Pelatihan diselenggarakan BPSDMD "
            "Provinsi Jawa Tengah.",
            "BPSDMD Provinsi Jawa Tengah",
        ),
        (
            "MAKASSAR - Para lurah dan camat dari Kota Parepare, Kabupaten Pinrang, Kabupaten Sidrap dan Kabupaten "
            "Barru studi banding ke Kota Makassar, Selasa (3/12/2019). Kegiatan ini diselenggarakan BPSDM Provinsi "
            "Sulawesi Selatan.",
            "BPSDM Provinsi Sulawesi Selatan",
        ),
        (
            "GARUT - Pelatihan Teknis Penyuluh Balai Besar Pelatihan Pertanian Lembang diikuti 30 penyuluh utusan "
            "Kabupaten Ciamis, Kabupaten Pangandaran dan Kota Banjar. Mereka belajar ke Kabupaten Garut, Rabu "
            "(6/11/2019).",
            "Balai Besar Pelatihan Pertanian Lembang",
        ),
    ],
)
def test_members_cohort_comes_from_its_training_body(text: str, origin: str) -> None:
    assert _origins(text) == [origin]


# near-misses: one member's region only (no list), and a list with no training body named
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "KUDUS - Sebanyak 30 peserta PKP dari Kabupaten Brebes melakukan studi lapangan ke Kabupaten Kudus, "
            "Rabu (4/12/2019). Pelatihan diselenggarakan BPSDMD Provinsi Jawa Tengah.",
            "Kabupaten Brebes",
        ),
        (
            "JEMBER - Peserta Pelatihan Kepemimpinan Pengawas yang merupakan ASN dari Kabupaten Situbondo, "
            "Kabupaten Bondowoso dan Kabupaten Probolinggo melaksanakan studi lapangan ke Kabupaten Jember, "
            "Jumat (6/12/2019).",
            "Kabupaten Situbondo",
        ),
    ],
)
def test_members_origin_untouched_without_list_or_body(text: str, origin: str) -> None:
    assert _origins(text) == [origin]


# ---------------------------------------------------------------- 6. "diikuti <people> A, B, C"
# The trip "diikuti" by people written right before their regions (no "dari"): the regions of one
# group's members; a list of governments (Pemkab, Pemkot) stays senders side by side.
@pytest.mark.parametrize(
    "text",
    [
        "SOLO - Studi lapangan ini diikuti oleh ASN Kabupaten Brebes, Kabupaten Tegal, Kota Tegal dan Kabupaten "
        "Pemalang. Rombongan PKA Angkatan II tiba di Kota Surakarta, Rabu (2/10/2019).",
        "BLITAR - Kunjungan belajar ke Kota Blitar, Kamis (5/12/2019), diikuti 45 kepala desa Kabupaten Kediri, "
        "Kabupaten Nganjuk dan Kabupaten Tulungagung.",
        "PROBOLINGGO - Studi tiru pengelolaan BUMDes ke Kabupaten Probolinggo pada Senin (2/12/2019) diikuti "
        "para perangkat desa Kabupaten Lumajang, Kabupaten Jember dan Kabupaten Situbondo.",
        "AMBON - Benchmarking ke Kota Ambon, Selasa (3/12/2019), diikuti sebanyak 28 pejabat Kabupaten Buru, "
        "Kabupaten Seram Bagian Barat, Kabupaten Maluku Tengah dan Kota Tual.",
    ],
)
def test_joined_by_people_of_regions_is_one_group(text: str) -> None:
    assert len(_origins(text)) == 1


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "BLITAR - Studi banding ke Kota Blitar, Kamis (5/12/2019), diikuti pejabat Pemkab Kediri dan "
            "Pemkot Madiun.",
            2,
        ),
        (
            "BLITAR - Pemkot Blitar menerima studi banding yang diikuti pejabat Pemerintah Kabupaten Kediri dan "
            "Pemerintah Kota Madiun, Kamis (5/12/2019).",
            2,
        ),
    ],
)
def test_joined_by_governments_stay_split(text: str, n: int) -> None:
    assert len(_origins(text)) == n
