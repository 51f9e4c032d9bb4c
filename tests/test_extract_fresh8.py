"""Rules written for the shapes of the ld-/le-/lf- field articles (round 3), each on sentences
of our own, in several wordings, with near-misses the rule must leave alone."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.sentences import sentence_spans


def _regencies(text: str) -> list[str | None]:
    return sorted(e.visit.destination.regency or "" for e in extract_text(text))


# ---- "baik A maupun B": a correlative pair of the parties, not a list of places gone to


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan DPRD Kabupaten Sikka melakukan studi banding ke Kabupaten Badung, Rabu (4/5/2022). Pertemuan"
        " itu bermanfaat untuk membangun daerah masing-masing, baik Kabupaten Sikka maupun Kabupaten Badung.",
        "Anggota DPRD Kabupaten Sikka studi banding di Kabupaten Badung, Rabu (4/5/2022). Persoalan sampah"
        " dialami baik Kabupaten Sikka maupun Kabupaten Badung, kata ketua rombongan.",
        "BADUNG - Pemkab Badung menerima studi banding DPRD Kabupaten Sikka, Rabu (4/5/2022). Menurut Sekda,"
        " baik Kabupaten Badung maupun Kabupaten Sikka sama-sama daerah wisata.",
        "Komisi II DPRD Kabupaten Sikka belajar ke Kabupaten Badung pada Rabu (4/5/2022). Kerja sama kedua"
        " daerah, baik Kabupaten Sikka maupun Kabupaten Badung, akan dilanjutkan tahun depan.",
    ],
)
def test_baik_maupun_pairs_the_parties_and_lists_no_destination(text):
    assert _regencies(text) == ["Kabupaten Badung"]


@pytest.mark.parametrize(
    "text",
    [
        # the pair written without "baik": still the two parties, each learning from the other
        "Rombongan DPRD Kabupaten Sikka studi banding ke Kabupaten Badung, Rabu (4/5/2022). Praktik terbaik di"
        " Kabupaten Badung maupun Kabupaten Sikka akan dipelajari bersama.",
        "Pemkab Badung menerima kunjungan studi banding DPRD Kabupaten Sikka, Rabu (4/5/2022), untuk belajar"
        " pengelolaan sampah. Sekda berharap pengalaman Kabupaten Sikka maupun Kabupaten Badung saling melengkapi.",
        "Anggota DPRD Kabupaten Sikka belajar ke Kabupaten Badung, Rabu (4/5/2022), soal pengelolaan sampah yang"
        " di Kabupaten Sikka maupun Kabupaten Badung sama-sama menjadi persoalan.",
        "SIKKA - DPRD Kabupaten Sikka melakukan studi banding ke Kabupaten Badung, Rabu (4/5/2022). Menurut ketua"
        " rombongan, Kabupaten Badung maupun Kabupaten Sikka punya aturan sampah yang berbeda.",
    ],
)
def test_a_bare_maupun_pair_is_the_parties_not_two_destinations(text):
    assert _regencies(text) == ["Kabupaten Badung"]


@pytest.mark.parametrize(
    "text",
    [
        # the preposition repeated: the pair is where the group went
        "Rombongan DPRD Kabupaten Sikka melakukan studi banding baik ke Kabupaten Badung maupun ke Kota"
        " Denpasar, Rabu (4/5/2022), untuk belajar soal sampah.",
        # an enumeration closed by "maupun"
        "Rombongan DPRD Kabupaten Sikka studi banding ke beberapa daerah, seperti Kabupaten Badung, Kota"
        " Denpasar maupun Kabupaten Gianyar, Rabu (4/5/2022).",
    ],
)
def test_maupun_still_closes_a_list_of_destinations(text):
    assert len(extract_text(text)) >= 2


# ---- a trip abroad: every group the article sends goes there, not only the first


def _abroad(text: str) -> list[tuple]:
    return sorted(
        (e.visit.cohort or 0, e.visit.origin.regency or "", e.visit.destination.host or "") for e in extract_text(text)
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peserta PKN II Angkatan 5 dan Angkatan 6 BPSDM Jawa Timur melaksanakan studi lapangan ke Malaysia,"
            " 3-8 Juli 2023.",
            [(5, "", "Malaysia"), (6, "", "Malaysia")],
        ),
        (
            "Rombongan DPRD Kabupaten Jember serta rombongan DPRD Kabupaten Banyuwangi melakukan studi banding ke"
            " Korea Selatan pada 3-8 Juli 2023.",
            [(0, "Kabupaten Banyuwangi", "Korea Selatan"), (0, "Kabupaten Jember", "Korea Selatan")],
        ),
        (
            "Sebanyak 60 peserta Diklatpim III Angkatan I dan Angkatan II Provinsi Jambi berangkat benchmarking ke"
            " Singapura, Senin (3/7/2023).",
            [(1, "", "Singapura"), (2, "", "Singapura")],
        ),
        (
            "Dua rombongan, yakni DPRD Kota Batu dan DPRD Kota Malang, studi banding ke Jepang pada 3-8 Juli 2023.",
            [(0, "Kota Batu", "Jepang"), (0, "Kota Malang", "Jepang")],
        ),
    ],
)
def test_each_group_goes_abroad(text, want):
    assert _abroad(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # one group, escorted by an official of its own region
        "Rombongan DPRD Kabupaten Jember didampingi Kepala Bappeda Kabupaten Jember studi banding ke Jepang,"
        " Senin (3/7/2023).",
        # one cohort, sent off by a head of region
        "Bupati Jember melepas peserta Diklatpim III Angkatan II yang berangkat benchmarking ke Singapura, Senin"
        " (3/7/2023).",
    ],
)
def test_one_group_abroad_stays_one_visit(text):
    assert len(extract_text(text)) == 1


# ---- a head of region who travels, written with his name, initials and degrees before the verb


def _origins(text: str) -> list[tuple]:
    return [(e.visit.origin.regency, e.visit.destination.regency) for e in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bupati Sleman H. Budi Santoso studi banding ke Kota Surabaya, Senin (3/7/2023), untuk belajar soal"
            " sampah.",
            [("Kabupaten Sleman", "Kota Surabaya")],
        ),
        (
            "Wakil Bupati Sleman Budi Santoso Wibowo, S.Sos., M.Si melakukan studi banding ke Kota Surabaya pada"
            " Senin (3/7/2023).",
            [("Kabupaten Sleman", "Kota Surabaya")],
        ),
        (
            "Wali Kota Bitung Dr. Ir. Maurits Mantiri menggelar studi tiru ke Kabupaten Banyuwangi, Kamis (6/7/2023).",
            [("Kota Bitung", "Kabupaten Banyuwangi")],
        ),
        (
            "Gubernur Gorontalo Hj. Siti Aminah berangkat benchmarking ke Kota Surabaya pada Kamis (6/7/2023)"
            " untuk mempelajari pengelolaan sampah.",
            [(None, "Kota Surabaya")],
        ),
    ],
)
def test_a_head_of_region_named_in_full_travels_from_his_region(text, want):
    assert _origins(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the head of the host region, named in full, receives the guests
        "Bupati Sleman H. Budi Santoso menerima rombongan DPRD Kota Bitung yang studi banding ke Kabupaten"
        " Sleman, Senin (3/7/2023).",
        # the head of region speaks about a trip; his name is followed by what he says
        "Rombongan DPRD Kota Bitung studi banding ke Kabupaten Sleman, Senin (3/7/2023). Bupati Sleman H. Budi"
        " Santoso mengatakan studi banding itu penting.",
    ],
)
def test_a_head_of_region_who_receives_or_speaks_does_not_travel(text):
    assert [o for o, _ in _origins(text)] == ["Kota Bitung"]


# ---- others who joined the trip, named after "turut/ikut serta (dalam kunjungan …), yaitu …"


def _senders(text: str) -> list[str]:
    return sorted(e.visit.origin.regency or "" for e in extract_text(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bupati Sleman Budi Santoso studi banding ke Kota Surabaya, Senin (3/7/2023). Sejumlah kepala daerah"
            " lain turut serta dalam kunjungan itu, yaitu Bupati Bantul Joko Purnomo dan Wali Kota Magelang Andi.",
            ["Kabupaten Bantul", "Kabupaten Sleman", "Kota Magelang"],
        ),
        (
            "DPRD Kabupaten Jember studi banding ke Kota Surabaya, Senin (3/7/2023). Turut serta dalam rombongan"
            " itu, antara lain DPRD Kabupaten Lumajang dan DPRD Kabupaten Bondowoso.",
            ["Kabupaten Bondowoso", "Kabupaten Jember", "Kabupaten Lumajang"],
        ),
        (
            "Pemkab Sleman melakukan studi tiru ke Kabupaten Banyuwangi pada Senin (3/7/2023). Ikut serta pula"
            " dalam studi tiru itu dua daerah lain, yakni Pemkab Bantul dan Pemkot Magelang.",
            ["Kabupaten Bantul", "Kabupaten Sleman", "Kota Magelang"],
        ),
        (
            "Wali Kota Bitung Ahmad Yani studi banding ke Jepang pada 3-8 Juli 2023. Turut serta dalam kunjungan"
            " itu kepala daerah lain, yaitu Wali Kota Tomohon Budi Santoso.",
            ["Kota Bitung", "Kota Tomohon"],
        ),
    ],
)
def test_those_who_joined_the_trip_are_senders_too(text, want):
    assert _senders(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # one of the sender's own officials comes along
        "DPRD Kabupaten Jember studi banding ke Kota Surabaya, Senin (3/7/2023). Turut serta dalam rombongan,"
        " yaitu Sekretaris DPRD Kabupaten Jember Budi.",
        # the host's officials join the welcome, not the trip
        "DPRD Kabupaten Jember studi banding ke Kota Surabaya, Senin (3/7/2023). Turut serta menyambut"
        " rombongan, yaitu Kepala Dinas Lingkungan Hidup Kota Surabaya Budi.",
    ],
)
def test_joining_the_welcome_or_the_senders_own_official_adds_no_sender(text):
    assert _senders(text) == ["Kabupaten Jember"]


# ---- academic degrees strung after a name, with their stops, in the middle of a sentence


@pytest.mark.parametrize(
    "text",
    [
        "Wakil Bupati Sleman Budi Santoso, SP. MM. M.Si menggelar studi banding ke Kota Surabaya.",
        "Rombongan dipimpin Kepala Bappeda Andi Wijaya, SPd. MPd. dan diterima Sekda Kota Surabaya.",
        "Ketua Pansus Rina Sari, SSos. MSi. memaparkan hasil studi banding ke Kota Surabaya.",
        "Camat Mlati Joko Purnomo, SIP. MT. bersama 20 lurah belajar ke Kota Surabaya.",
    ],
)
def test_degrees_after_a_name_end_no_sentence(text):
    assert len(sentence_spans(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan tiba di Kota Surabaya pukul 08.00 WIB. Mereka disambut Sekda.",
        "Rombongan belajar pengelolaan sampah di TPST. Sesudahnya mereka ke Dinas Lingkungan Hidup.",
    ],
)
def test_a_full_stop_after_other_words_still_ends_the_sentence(text):
    assert len(sentence_spans(text)) == 2


def test_a_head_of_region_with_degrees_travels_from_his_region():
    text = (
        "Wakil Bupati Sleman Budi Santoso, SP. MM. M.Si menggelar kunjungan kerja ke Pemerintah Kota Surabaya,"
        " Senin (3/7/2023), untuk belajar tata kelola pemerintahan."
    )
    assert _origins(text) == [("Kabupaten Sleman", "Kota Surabaya")]


# ---- a school's or university's students on a study trip are no government group


@pytest.mark.parametrize(
    "text",
    [
        "Puluhan pelajar SMA Negeri 1 Sleman studi banding ke Kantor Bupati Bantul, Rabu (4/5/2022).",
        "Rombongan dosen dan mahasiswa Universitas Gadjah Mada mengadakan studi banding ke Pemkab Kulon Progo"
        " untuk belajar tata kelola desa, Rabu (4/5/2022).",
        "Puluhan siswa SMK Negeri 2 Bantul melakukan kunjungan studi ke Dinas Kominfo Kabupaten Sleman, Rabu"
        " (4/5/2022), untuk belajar pengelolaan data.",
        "Rombongan mahasiswa Universitas Indonesia beserta dua dosen studi banding ke Kantor Gubernur DKI"
        " Jakarta, Rabu (4/5/2022).",
    ],
)
def test_students_on_a_study_trip_are_no_visit(text):
    assert extract_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a government school's students ("praja")
        "Sebanyak 30 praja IPDN bersama dosen pembimbing melakukan studi banding ke Pemkot Banjar, Rabu (4/5/2022).",
        # government people travel, students come along
        "Kepala desa se-Kabupaten Sleman bersama mahasiswa KKN studi banding ke Desa Ponggok, Kabupaten Klaten,"
        " Rabu (4/5/2022).",
        # students are only what the trip is about
        "DPRD Kabupaten Sleman studi banding ke Kota Surabaya, Rabu (4/5/2022), untuk belajar program beasiswa"
        " bagi mahasiswa.",
    ],
)
def test_a_government_group_with_students_around_is_still_a_visit(text):
    assert len(extract_text(text)) == 1


# ---- travellers called a council by their kind ("rombongan DPRD dari Kabupaten A"): the host's council
# that receives them is the unit visited


def _agencies(text: str) -> list[list[str]]:
    return [e.visit.host_agencies for e in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "SLEMAN - Rombongan DPRD dari Kabupaten Seluma disambut Wakil Ketua DPRD Sleman di ruang rapat DPRD"
        " Sleman, Kamis (7/2/2019). Mereka belajar soal perda desa.",
        "Anggota DPRD dari Kabupaten Kaur studi banding ke Kabupaten Sleman, Kamis (7/2/2019). Mereka disambut"
        " Ketua DPRD Sleman di gedung dewan.",
        "Pimpinan DPRD Sleman menerima rombongan dewan dari Kabupaten Seluma, Kamis (7/2/2019), yang datang untuk"
        " belajar soal pengelolaan aset.",
        "Dua rombongan DPRD dari dua kabupaten, yakni Kabupaten Seluma dan Kabupaten Kaur, diterima pimpinan"
        " DPRD Sleman, Kamis (7/2/2019), untuk belajar penyusunan perda.",
    ],
)
def test_a_council_group_named_by_its_kind_visits_the_host_council(text):
    assert all(a == ["DPRD"] for a in _agencies(text))


@pytest.mark.parametrize(
    "text",
    [
        # a government delegation; the host council named only in passing
        "Rombongan Pemkab Seluma studi banding ke Kabupaten Sleman, Kamis (7/2/2019). Mereka belajar di Dinas"
        " Pariwisata. Ketua DPRD Sleman sebelumnya memuji program itu.",
        # a council group with a unit visited named
        "Rombongan DPRD dari Kabupaten Seluma studi banding ke Dinas Pariwisata Kabupaten Sleman, Kamis"
        " (7/2/2019). Ketua DPRD Sleman ikut menyambut.",
    ],
)
def test_a_named_unit_or_a_government_group_keeps_its_units(text):
    assert _agencies(text) == [["Dinas Pariwisata"]]
