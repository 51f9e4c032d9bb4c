"""Field defects found by probing, round r16-probe-b. Sentences written for this test."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.participants import find_participants
from diklat_cli.extract.text import clean_text


def _visits(text: str):
    return [e.visit for e in extract_text(clean_text(text))]


# ---------------------------------------------------------------- 1. a page's hit counter is no head count
# "245 kali dibaca", "Dibaca 312 kali", "Dilihat: 88", "1572 views" stand by the headline; the number counts
# readings, and a headline below it that opens with "Peserta" does not make it a count of trainees.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Admin | 12 Maret 2023 | 245 kali dibaca\n\nPeserta PKP Kabupaten Gowa Studi Lapangan ke Kabupaten "
            "Bantaeng\n\nBantaeng – Sebanyak 32 peserta PKP Angkatan III Kabupaten Gowa melaksanakan studi "
            "lapangan ke Pemerintah Kabupaten Bantaeng, Kamis (9/3/2023).",
            32,
        ),
        (
            "Redaksi | Rabu, 14 Juni 2023 | Dibaca 312 kali\n\nPeserta PKA Kota Kupang Belajar ke Kabupaten Badung"
            "\n\nBadung – Peserta PKA Angkatan II Kota Kupang melakukan studi lapangan ke Pemerintah Kabupaten "
            "Badung, Senin (12/6/2023). Sebanyak 30 peserta belajar di Mal Pelayanan Publik.",
            30,
        ),
        (
            "Dilihat: 57\n\nPeserta Latsar CPNS Kota Palu Kunjungi Kabupaten Sigi\n\nSigi – Peserta Latsar CPNS "
            "Angkatan VII Kota Palu melakukan studi lapangan ke Kabupaten Sigi, Jumat (16/6/2023).",
            None,
        ),
        (
            "Peserta Diklatpim IV Kabupaten Bima Kunjungi Kota Mataram\n  • 88 views\n\nMataram – Para peserta "
            "Diklatpim IV Angkatan I Kabupaten Bima melaksanakan benchmarking ke Pemerintah Kota Mataram, Selasa "
            "(7/2/2023).",
            None,
        ),
    ],
)
def test_hit_counter_is_no_head_count(text: str, want: int | None) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants == want


# near-misses: a count on the headline's own line, and a count wrapped onto the next line of a paragraph
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("40 Peserta Latsar Kota Palu Kunjungi Kabupaten Sigi", 40),
        ("Kegiatan itu diikuti sebanyak 36\norang peserta dari Kabupaten Sintang.", 36),
    ],
)
def test_counts_beside_a_counter_still_read(text: str, want: int) -> None:
    assert [m.value for m in find_participants(text)] == [want]


# ---------------------------------------------------------------- 2. the host's members are not the guests
# The agent of a passive verb of receiving ("diterima oleh", "disambut", "ditemui", "dijamu") is the host:
# a count written there counts the councillors or officials who received the group.
@pytest.mark.parametrize(
    "text",
    [
        "Komisi I DPRD Kabupaten Sumbawa melakukan kunjungan kerja ke DPRD Kota Denpasar, Kamis (9/2/2023). "
        "Rombongan diterima oleh 12 anggota Komisi II DPRD Kota Denpasar di ruang rapat gabungan.",
        "Komisi A DPRD Kabupaten Kudus melakukan studi banding ke DPRD Kota Semarang, Senin (13/3/2023). "
        "Kedatangan mereka disambut 8 anggota Komisi A DPRD Kota Semarang.",
        "Komisi III DPRD Kabupaten Pringsewu mengadakan studi banding ke DPRD Kota Metro, Rabu (22/2/2023). "
        "Rombongan diterima sebanyak 10 anggota DPRD Kota Metro di ruang sidang utama.",
        "Badan Anggaran DPRD Kabupaten Rejang Lebong melakukan studi banding ke DPRD Kota Bengkulu, Kamis "
        "(2/3/2023). Mereka hanya ditemui lima anggota Badan Anggaran DPRD Kota Bengkulu.",
        "Pansus II DPRD Kabupaten Kapuas melakukan kunjungan kerja ke DPRD Kota Palangka Raya, Selasa "
        "(7/3/2023). Rombongan dijamu langsung oleh tujuh legislator DPRD Kota Palangka Raya.",
    ],
)
def test_host_members_are_not_the_guests(text: str) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants is None


# near-misses: the guests counted by the host's active verb, and the group counted before the passive verb
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "DPRD Kota Metro menerima 14 anggota Komisi III DPRD Kabupaten Pringsewu yang melakukan studi banding, "
            "Rabu (22/2/2023).",
            14,
        ),
        (
            "Sebanyak 14 anggota Komisi III DPRD Kabupaten Pringsewu melakukan studi banding ke DPRD Kota Metro, "
            "Rabu (22/2/2023). Mereka diterima Ketua DPRD Kota Metro.",
            14,
        ),
    ],
)
def test_guests_counted_by_the_host_still_read(text: str, want: int) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants == want


# ---------------------------------------------------------------- 3. journalists taken along are not counted
# A government often takes the reporters who cover it on its study trip ("mengajak 11 orang wartawan",
# "15 jurnalis ikut", "satu awak media"): they report the trip, they do not learn on it.
@pytest.mark.parametrize(
    "text",
    [
        "Komisi II DPRD Kabupaten Klaten melakukan studi banding ke DPRD Kota Mataram, Selasa (5/9/2023). "
        "Studi banding itu juga mengajak sebanyak 9 orang wartawan yang biasa meliput kegiatan dewan.",
        "Bagian Protokol Setda Kabupaten Sragen melaksanakan studi banding ke Kabupaten Badung, Rabu (6/9/2023). "
        "Sebanyak 12 jurnalis yang bertugas di Sragen ikut dalam rombongan.",
        "Pemerintah Kabupaten Pati menggelar studi tiru ke Kota Batu, Kamis (7/9/2023), dengan membawa 14 orang "
        "awak media.",
        "Dinas Kominfo Kabupaten Blora melakukan studi banding ke Kota Madiun, Jumat (8/9/2023). Kunjungan itu "
        "diikuti 10 insan pers dari berbagai media lokal.",
    ],
)
def test_journalists_along_are_not_counted(text: str) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants is None


# near-misses: the learners counted beside the journalists, and a total broken down into staff and journalists
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 25 pegawai Dinas Kominfo Kabupaten Blora bersama 6 wartawan melakukan studi banding ke Kota "
            "Madiun, Jumat (8/9/2023).",
            25,
        ),
        (
            "Pemerintah Kabupaten Pati melakukan studi tiru ke Kota Batu, Kamis (7/9/2023). Rombongan berjumlah "
            "30 orang, terdiri dari 24 pejabat dan 6 wartawan.",
            24,
        ),
    ],
)
def test_learners_beside_journalists_still_counted(text: str, want: int) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants == want


# ---------------------------------------------------------------- 4. the count that opens a lead after its day
# A lead may open with when ("Pekan ini", "Tadi pagi", "Senin (3/7),") or how exact ("Sekitar") before the
# count of the group it sends: the count is still the group's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lurah Kota Kendari Belajar ke Bandung\n\nKENDARI – Pekan ini 28 lurah se-Kota Kendari dijadwalkan "
            "berangkat studi banding ke Kota Bandung.",
            28,
        ),
        (
            "Camat Garut ke Surabaya\n\nSURABAYA – Senin (3/7/2023), 25 camat se-Kabupaten Garut melakukan studi "
            "banding ke Pemerintah Kota Surabaya.",
            25,
        ),
        (
            "Kades Kendal Belajar BUMDes\n\nKLATEN – Sekitar 40 kepala desa asal Kabupaten Kendal ikut dalam "
            "kunjungan studi tiru ke Desa Ponggok, Kabupaten Klaten, Rabu (5/4/2023).",
            40,
        ),
        (
            "Perangkat Desa Tabanan ke Banyuwangi\n\nBANYUWANGI – Tadi pagi, kurang lebih 30 perangkat desa dari "
            "Kabupaten Tabanan tiba di Banyuwangi untuk studi banding desa adat, Kamis (6/4/2023).",
            30,
        ),
    ],
)
def test_count_opening_lead_after_its_day(text: str, want: int) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants == want


# near-misses: a count after a day that tells no trip in its sentence, and a day before a count of regions
@pytest.mark.parametrize(
    "text",
    [
        "BANTUL – Senin (3/7/2023), 40 pegawai Dinas Pariwisata menggelar apel pagi di halaman kantor.",
        "BANTUL – Pekan ini 3 kabupaten melakukan studi banding ke Desa Panggungharjo.",
    ],
)
def test_day_before_other_counts_gives_none(text: str) -> None:
    assert find_participants(text) == []
