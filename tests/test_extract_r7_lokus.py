"""Host agencies (the lokus), round r7-lokus: kinds of place a visit goes to.
Sentences written for this test, in several wordings and outlet styles."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.place_roles import resolved_places


def _hosts(text: str) -> list[list[str] | None]:
    return [e.visit.host_agencies for e in extract_text(text)]


# ---------------------------------------------------------------- 1. a museum is a place visited
# Training cohorts learning national insight, and study tours of every kind, name the museums they go to as
# they name offices ("mendatangi Museum A", "berkunjung ke Museum B"): a museum heads a lokus as a Dinas does.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "JAKARTA - Sebanyak 40 peserta Diklatpim III dari Provinsi Riau mendatangi Museum Bahari di "
            "Jakarta Utara, Rabu (3/5/2023), untuk belajar sejarah maritim.",
            "Museum Bahari",
        ),
        (
            "Rombongan studi banding DPRD Kabupaten Sleman berkunjung ke Museum Lampung di Bandar Lampung, "
            "Senin (6/3/2023).",
            "Museum Lampung",
        ),
        (
            "Peserta PKA Angkatan II BPSDM Jawa Tengah melakukan kunjungan lapangan ke Museum Geologi, "
            "Kota Bandung, Kamis (11/5/2023).",
            "Museum Geologi",
        ),
        (
            "Para kepala desa dari Kabupaten Gowa menyambangi Museum Gunungapi Merapi di Kabupaten Sleman "
            "dalam studi tiru mitigasi bencana, Selasa (14/2/2023).",
            "Museum Gunungapi Merapi",
        ),
    ],
)
def test_a_museum_is_a_place_visited(text: str, want: str) -> None:
    hosts = _hosts(text)
    assert hosts and hosts[0] is not None and want in hosts[0]


@pytest.mark.parametrize(
    "text",
    [
        # a museum named as the topic of a council's talk, not gone to
        "Rombongan DPRD Kabupaten Kediri melakukan kunjungan kerja ke DPRD Kota Malang membahas anggaran "
        "pembangunan museum daerah, Senin (6/3/2023).",
        # the museum only borrows its name to an event held elsewhere
        "Peserta Diklatpim IV dari Kabupaten Blitar studi banding ke Dinas Kependudukan Kota Surabaya "
        'usai menonton pameran "Museum Berjalan" di televisi, Rabu (8/3/2023).',
    ],
)
def test_a_museum_not_visited(text: str) -> None:
    for hosts in _hosts(text):
        assert not any((h or "").startswith("Museum") for h in hosts or [])


# ---------------------------------------------------------------- 2. the place "chosen because …"
# A report names the place a trip went to by saying why it was chosen ("Desa A dipilih karena …"), the role
# (lokasi, tujuan) left unsaid: the unit so chosen is the one visited, whatever the reason word.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 25 kepala desa dari Kabupaten Bireuen melakukan studi banding ke Kabupaten Bantul, "
            "Jawa Tengah, Senin (3/7/2023). Desa Panggungharjo dipilih karena pengelolaan sampahnya.",
            "Desa Panggungharjo",
        ),
        (
            "Rombongan Pemkab Sintang melaksanakan studi tiru ke Kabupaten Badung, Bali, Rabu (5/7/2023). "
            "Dinas Penanaman Modal dipilih lantaran layanan perizinannya cepat.",
            "Dinas Penanaman Modal",
        ),
        (
            "Para perangkat desa asal Kabupaten Pesawaran menggelar kunjungan belajar ke Kabupaten Malang, "
            "Kamis (6/7/2023). Desa Pujon Kidul dipilih berkat desa wisatanya yang maju.",
            "Desa Pujon Kidul",
        ),
        (
            "Sebanyak 30 peserta PKA dari BPSDM Provinsi Jambi melakukan benchmarking ke Kota Surabaya, "
            "Selasa (4/7/2023). Bagian Organisasi dipilih sebab inovasinya banyak.",
            "Bagian Organisasi",
        ),
    ],
)
def test_the_unit_chosen_is_visited(text: str, want: str) -> None:
    hosts = _hosts(text)
    assert hosts and hosts[0] is not None and want in hosts[0]


@pytest.mark.parametrize(
    "text",
    [
        # chosen, but as the winner of a contest, not as the place of the trip
        "Sebanyak 25 kepala desa dari Kabupaten Bireuen studi banding ke Dinas Pariwisata Kabupaten Bantul, "
        "Senin (3/7/2023). Di tingkat provinsi, Desa Sukamaju terpilih menjadi juara lomba desa tahun lalu.",
        # a person chosen, not a unit
        "Rombongan Pemkab Sintang studi tiru ke Dinas Penanaman Modal Kabupaten Badung, Rabu (5/7/2023). "
        "Ketua rombongan dipilih karena pengalamannya.",
    ],
)
def test_chosen_near_misses(text: str) -> None:
    for hosts in _hosts(text):
        assert "Desa Sukamaju" not in (hosts or [])


# ---------------------------------------------------------------- 3. a region's short name, given in brackets
# A report gives a region's short name in brackets after its full name ("Kabupaten Buton Utara (Butur)") and
# then writes the short name alone ("DPRD Butur"): the later short name is a mention of that region.
def _short_mentions(text: str) -> list[tuple[str, str]]:
    return [(p.mention.text, p.region.name) for p in resolved_places(text) if "(" not in p.mention.text]


@pytest.mark.parametrize(
    ("text", "short", "region"),
    [
        (
            "Rombongan Kabupaten Bandung Barat (KBB) tiba di Bali. Ketua DPRD KBB memimpin rombongan.",
            "KBB",
            "Kabupaten Bandung Barat",
        ),
        (
            "Sebanyak 20 kepala desa Kabupaten Buton Utara (Butur) belajar ke Bantul. Para kades Butur pulang Jumat.",
            "Butur",
            "Kabupaten Buton Utara",
        ),
        (
            "Pemerintah Kabupaten Tulang Bawang (Tuba) studi tiru ke Sleman; Sekda Tuba hadir bersama rombongan.",
            "Tuba",
            "Kabupaten Tulang Bawang",
        ),
        (
            "Anggota dewan Kabupaten Penajam Paser Utara (PPU) kunker ke Surabaya. Wakil rakyat PPU itu disambut.",
            "PPU",
            "Kabupaten Penajam Paser Utara",
        ),
    ],
)
def test_a_short_name_defined_in_brackets(text: str, short: str, region: str) -> None:
    assert (short, region) in _short_mentions(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a bracket naming something else than the region: a programme's acronym
        ("Kota Nusantara (IKN) dikunjungi rombongan; pembangunan IKN dipaparkan.", "IKN"),
        # the government word in brackets is no short name
        ("Rombongan diterima Kota Yogyakarta (Pemkot) di Balai Kota; Pemkot menjamu tamu.", "Pemkot"),
    ],
)
def test_a_bracket_that_is_no_short_name(text: str, word: str) -> None:
    assert all(short != word for short, _ in _short_mentions(text))


def test_the_senders_council_by_its_short_name_is_no_host() -> None:
    text = (
        "Jajaran anggota DPRD Kabupaten Bandung Barat (KBB) melakukan studi banding ke Kota Batam, Selasa "
        "(11/12/2018). Menurut sumber di DPRD KBB, studi banding berlangsung empat hari."
    )
    for hosts in _hosts(text):
        assert "DPRD" not in (hosts or [])


# ---------------------------------------------------------------- 4. the unit of the official who received the group
# A report often names the unit visited only through its official who received the group ("disambut Kepala
# Dinas A", "diterima Ketua Komisi II DPRD B", "Kepala Badan C Kota D, Fulan, yang menerima rombongan"):
# where no unit visited is named otherwise, the official's unit is the one visited; not when the official
# stands for the region's head ("mewakili Bupati").
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 20 pejabat Pemkab Kapuas studi tiru ke Kota Salatiga, Kamis (6/7/2023). Rombongan "
            "disambut Kepala Dinas Perpustakaan dan Kearsipan Kota Salatiga.",
            "Dinas Perpustakaan dan Kearsipan",
        ),
        (
            "Anggota DPRD Kabupaten Kudus melakukan kunjungan kerja ke Kabupaten Gianyar, Senin (3/7/2023). "
            "Mereka diterima oleh Ketua Komisi I DPRD Gianyar.",
            "DPRD",
        ),
        (
            "Tim Pemkab Sambas belajar tata kelola arsip ke Kota Yogyakarta, Rabu (5/7/2023). Kepala Badan "
            "Perencanaan Pembangunan Daerah Kota Yogyakarta Budi Santoso, yang menerima rombongan, memaparkan "
            "programnya.",
            "Badan Perencanaan Pembangunan Daerah",
        ),
        (
            "Para peserta PKA dari BPSDM Provinsi Bengkulu benchmarking ke Kota Malang, Selasa (4/7/2023). "
            "Kepala Bagian Organisasi Setda Kota Malang menyambut rombongan di ruang rapat.",
            "Bagian Organisasi",
        ),
    ],
)
def test_the_receiving_officials_unit(text: str, want: str) -> None:
    hosts = _hosts(text)
    assert hosts and hosts[0] is not None and want in hosts[0]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the official greets on behalf of the regent: the government receives
        (
            "Peserta PKP dari Kabupaten Blora studi lapangan ke Kabupaten Purworejo, Kamis (6/7/2023). Rombongan "
            "disambut Kepala Badan Kepegawaian Daerah Kabupaten Purworejo, Sutarno, mewakili Bupati Purworejo.",
            "Badan Kepegawaian Daerah",
        ),
        # a unit visited is named otherwise: the greeting official's unit is not added
        (
            "Rombongan DPRD Kabupaten Sragen studi banding ke Dinas Lingkungan Hidup Kota Surabaya, Rabu "
            "(5/7/2023). Rombongan disambut Kepala Bagian Umum Setda Kota Surabaya.",
            "Bagian Umum Setda",
        ),
    ],
)
def test_the_receiving_officials_unit_near_misses(text: str, unit: str) -> None:
    for hosts in _hosts(text):
        assert unit not in (hosts or [])
