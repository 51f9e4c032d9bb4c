"""Round r7-schools: the state's schools and training bodies and their cohorts. Every sentence here is
made up for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract import programs
from diklat_cli.extract.visits import extract_visits


def _programs(text: str) -> list[str]:
    return [p.name for p in programs.find_programs(text)]


# ---------------------------------------------------------------- the staff colleges' names as reports spell them
# The police staff college's middle level is written "Sespimmen" and, as often, "Sespimen" (one m).


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan siswa Sespimen Polri tiba di Kantor Bupati Sleman.",
        "Para perwira peserta SESPIMEN menggali informasi di Pemkot Kediri.",
        "Kunjungan serdik Sespimen Lemdiklat Polri ke Polres Batu berlangsung dua hari.",
        "Bupati menyambut peserta didik Sespimmen Polri Dikreg ke-65.",
    ],
)
def test_sespimmen_in_both_spellings(text: str) -> None:
    assert _programs(text) == ["Sespimmen"]


@pytest.mark.parametrize(
    "text",
    [
        # another level of the same college, and a word that only begins the same way
        "Peserta Sespimma Polri mengunjungi Pemkab Kudus.",
        "Kegiatan sespimenko berlangsung di aula.",
    ],
)
def test_other_words_are_not_sespimmen(text: str) -> None:
    assert "Sespimmen" not in _programs(text)


# ---------------------------------------------------------------- cadets of the state's academies
# The cadets of a state academy are its cohort, as IPDN's "praja" are: "taruna Akpol", "taruna dan taruni
# Akademi Militer", "taruna Tingkat III Akademi Angkatan Laut (AAL)"; the academy is the programme.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sebanyak 40 taruna Akademi Kepolisian (Akpol) mendatangi kantor Wali Kota Madiun.", "Akpol"),
        ("Puluhan taruna dan taruni Akpol angkatan 58 menyambangi Pemkab Bantul.", "Akpol"),
        ("Taruna Tingkat III Akademi Militer berkunjung ke Pemprov Jawa Tengah.", "Akmil"),
        ("Rombongan kadet Akademi Angkatan Laut (AAL) diterima Bupati Sumenep.", "AAL"),
        ("Para taruna AAU belajar tata kelola bandara di Kabupaten Kulon Progo.", "AAU"),
    ],
)
def test_academy_cadets_name_their_academy(text: str, name: str) -> None:
    assert _programs(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a youth organisation, and an academy named without its cadets
        "Pengurus Karang Taruna Desa Wonosari belajar ke Desa Ponggok.",
        "Gubernur Akademi Kepolisian meresmikan gedung baru di Semarang.",
    ],
)
def test_no_cadets_no_academy_programme(text: str) -> None:
    assert _programs(text) == []


def test_a_cadets_visit_is_kept() -> None:
    text = (
        "Puluhan taruna Tingkat IV Akademi Kepolisian (Akpol) mendatangi Kantor Bupati Lamongan, Kamis (12/5/2022). "
        "Rombongan diterima Bupati Lamongan bersama Sekda."
    )
    visits = extract_visits(text)
    assert [(v.visit.program, v.visit.destination.regency) for v in visits] == [("Akpol", "Kabupaten Lamongan")]


# ---------------------------------------------------------------- a college's whole intake is no visit's count
# A national college tells the size of all its trainees, broken down by the services and ranks they come from,
# while its cohort is spread over several regions: that count is not the group at the host.


def _counts(text: str) -> list[int]:
    from diklat_cli.extract.participants import find_participants

    return [m.value for m in find_participants(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Total pasis seluruhnya 120 orang, yakni 110 perwira TNI dan 10 perwira negara sahabat. Mereka tersebar "
        "di empat provinsi.",
        "Jumlah perwira siswa seluruhnya sebanyak 96 orang, dengan rincian TNI AD 40 orang, TNI AL 30 orang dan "
        "TNI AU 26 orang.",
        "Pendidikan ini diikuti dengan jumlah peserta didik 88 peserta. Ke-88 peserta itu terdiri dari 80 Pamen "
        "Polri dan delapan PNS.",
        "Secara keseluruhan 64 orang, terdiri atas 50 orang perwira Polri dan 14 orang perwira TNI, menjalani "
        "program di sejumlah daerah.",
    ],
)
def test_a_colleges_whole_intake_is_not_counted(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the group at the host broken down by service, not said of all; all of a group with no breakdown
        ("Rombongan sebanyak 25 personil, masing-masing TNI AD 5 orang, Polri 5 orang dan ASN 15 orang.", 25),
        ("Seluruhnya ada 140 orang yang menjalani praktik lapangan di Kabupaten Sintang.", 140),
        ("Rombongan berjumlah total 25 orang, terdiri dari 10 perwira TNI dan 15 ASN kementerian.", 25),
    ],
)
def test_other_counts_of_all_stand(text: str, count: int) -> None:
    assert _counts(text)[0] == count


# ---------------------------------------------------------------- the state schools' own names for their trainees
# Each school counts its trainees by its own word: IPDN's "praja", an academy's "taruna"/"taruni"/"kadet", the
# police staff college's "serdik", as staff colleges' "pasis".


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tercatat 120 praja akan menjalani praktik lapangan di Kabupaten Landak.", 120),
        ("Kunjungan itu diikuti 45 taruna Akademi Militer tingkat akhir.", 45),
        ("Sedikitnya tiga puluh serdik Sespimmen hadir dalam diskusi di Mapolres.", 30),
        ("Ke-60 taruna tersebut lalu berkeliling ke Dinas Perhubungan.", 60),
    ],
)
def test_school_trainees_counted_by_their_name(text: str, count: int) -> None:
    assert count in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # one of them named, and a year before the cadets
        "Salah satu taruna Akpol, Rizky, bertanya soal ketertiban di Kantor Bupati.",
        "Pada 2019 taruna Akademi Kepolisian pernah datang ke Kabupaten Gresik.",
    ],
)
def test_no_trainee_count(text: str) -> None:
    assert _counts(text) == []


# ---------------------------------------------------------------- the staff schools' names written in full
# Reports spell out a staff school's name as often as its acronym, as they do for Sesko TNI and Seskoad: the
# police staff college's levels ("Sekolah Staf dan Pimpinan Pertama/Menengah/Tinggi"), the foreign ministry's
# "Sekolah Dinas Luar Negeri" and "Sekolah Staf dan Pimpinan Kemenlu".


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rombongan Sekolah Staf dan Pimpinan Menengah Polri tiba di Kota Blitar.", "Sespimmen"),
        ("Peserta Sekolah Staf dan Pimpinan Tinggi Lemdiklat Polri diterima Gubernur.", "Sespimti"),
        ("Siswa Sekolah Staf dan Pimpinan tingkat Pertama Polri belajar di Kabupaten Garut.", "Sespimma"),
        ("Para diplomat peserta Sekolah Dinas Luar Negeri berkunjung ke Pemkab Banyuwangi.", "Sesdilu"),
        ("Peserta sekolah staf dan pimpinan Kemenlu menyambangi Kota Madiun.", "Sesparlu"),
    ],
)
def test_staff_schools_in_full(text: str, name: str) -> None:
    assert set(_programs(text)) == {name}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the acronym that follows decides a level the long form gets wrong; a school of no level named
        ("Peserta Sekolah Staf dan Pimpinan Menengah (Sespimma) Polri hadir.", ["Sespimma"]),
        ("Sekolah Staf dan Pimpinan Administrasi Desa menggelar rapat.", []),
    ],
)
def test_staff_school_near_misses(text: str, names: list[str]) -> None:
    assert _programs(text) == names


# ---------------------------------------------------------------- the ministries' training units send nationally
# A ministry's training unit is a national body wherever its campus sits, named by its acronym and seat as often
# as in full: Kemenag's "BDK Surabaya" and "Badan Litbang dan Diklat", Kemenkes' "Bapelkes Cikarang", BPKP's
# "Pusdiklatwas", Kementan's "BPPSDMP", Kemenkeu's "BPPK", "Pusbangkom": its cohorts' origin province is null and
# the seat is not their sender.


def _origins(text: str) -> list[tuple[str | None, str | None]]:
    return [(v.visit.origin.institution, v.visit.origin.province) for v in extract_visits(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Peserta PKP Angkatan II BDK Surabaya melakukan benchmarking ke Pemkot Malang, Selasa (3/9/2024).",
            "BDK Surabaya",
        ),
        (
            "Sebanyak 30 peserta Latsar CPNS Bapelkes Cikarang berkunjung ke Dinas Kesehatan Kota Bekasi.",
            "Bapelkes Cikarang",
        ),
        ("Peserta PKA Pusdiklatwas BPKP menjalani studi lapangan ke Pemkab Sleman.", "Pusdiklatwas BPKP"),
        ("Peserta Pelatihan Teknis Penyuluh BPPSDMP Kementan studi banding ke Kabupaten Malang.", "BPPSDMP Kementan"),
    ],
)
def test_a_ministry_training_unit_sends_nationally(text: str, body: str) -> None:
    assert _origins(text) == [(body, None)]


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # a province's own health training centre, and a regency's cohort visiting a BDK
        (
            "Peserta Pelatihan Jabatan Fungsional Bapelkes Provinsi Jawa Tengah studi banding ke Kota Surakarta.",
            "Jawa Tengah",
        ),
        ("Peserta PKA Angkatan III Kabupaten Gowa melakukan benchmarking ke BDK Makassar.", "Sulawesi Selatan"),
    ],
)
def test_regional_senders_keep_their_province(text: str, province: str) -> None:
    assert [p for _, p in _origins(text)] == [province]
