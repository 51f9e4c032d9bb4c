from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diklat_cli.extract.dates import (
    DateMention,
    PartialDate,
    find_dates,
    find_durations,
    find_year_hints,
    parse_date,
)

D = date


def _one(text: str) -> DateMention:
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def _span(text: str, default_year: int | None = None) -> tuple[str, tuple[date, date] | None]:
    m = _one(text)
    assert m.text == text[m.start : m.end]
    return m.text, m.resolve(default_year)


# --------------------------------------------------------------------------- single dates


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Rombongan tiba di Palu pada 29 Agustus 2016 pagi.", "29 Agustus 2016", D(2016, 8, 29)),
        ("Jadwal kunjungan: 29 Agt 2016.", "29 Agt 2016", D(2016, 8, 29)),
        ("Jadwal kunjungan: 3 Agt. 2016.", "3 Agt. 2016", D(2016, 8, 3)),
        ("Pembukaan digelar Senin, 4 Juli 2022 di aula.", "Senin, 4 Juli 2022", D(2022, 7, 4)),
        ("Acara berlangsung Rabu, 17 September 2025.", "Rabu, 17 September 2025", D(2025, 9, 17)),
        ("diterima pada hari Kamis 6 Februari 2020", "Kamis 6 Februari 2020", D(2020, 2, 6)),
        ("surat bertanggal 6 Pebruari 2020", "6 Pebruari 2020", D(2020, 2, 6)),
        ("tiba 14 Nopember 2017 sore", "14 Nopember 2017", D(2017, 11, 14)),
        ("ditandatangani 1 Desember tahun 2021", "1 Desember tahun 2021", D(2021, 12, 1)),
        ("released April 10, 2019 in Jakarta", "April 10, 2019", D(2019, 4, 10)),
        ("Tercatat 05-Mei-2023 di buku tamu", "05-Mei-2023", D(2023, 5, 5)),
        ("Tiba 2 des 2019 malam", "2 des 2019", D(2019, 12, 2)),
    ],
)
def test_textual_dates(text: str, mention: str, expected: date) -> None:
    assert _span(text) == (mention, (expected, expected))


def test_tanggal_without_year_needs_default_year() -> None:
    m = _one("Peserta dijadwalkan tiba tanggal 10 April di Batam.")
    assert m.text == "10 April"
    assert m.first == m.last == PartialDate(10, 4, None)
    assert m.resolve(None) is None
    assert m.resolve(2023) == (D(2023, 4, 10), D(2023, 4, 10))


@pytest.mark.parametrize(
    ("text", "mention", "first", "weekday"),
    [
        ("disambut, Rabu (18/6/2019) siang.", "Rabu (18/6/2019)", PartialDate(18, 6, 2019), 2),
        ("di ruang rapat, Senin (9/4).", "Senin (9/4)", PartialDate(9, 4, None), 0),
        ("Kadis, Selasa (30/08/2016) berkata", "Selasa (30/08/2016)", PartialDate(30, 8, 2016), 1),
        ("Gubernur (30/08/2016) menyampaikan", "(30/08/2016)", PartialDate(30, 8, 2016), None),
        ("di Gedung Serbaguna, Senin (30/6/25).", "Senin (30/6/25)", PartialDate(30, 6, 2025), 0),
        ("arsip foto Sabtu (4/7/98) lama", "Sabtu (4/7/98)", PartialDate(4, 7, 1998), 5),
        ("Laporan tertanggal 10-04-2019 diserahkan", "10-04-2019", PartialDate(10, 4, 2019), None),
        ("published 2019-04-10T08:00 by admin", "2019-04-10", PartialDate(10, 4, 2019), None),
        ("dicatat 10.04.2019 oleh panitia", "10.04.2019", PartialDate(10, 4, 2019), None),
        ("tiba 10/4/2019 pukul 09.00", "10/4/2019", PartialDate(10, 4, 2019), None),
        ("Jum'at (8/7) pagi", "Jum'at (8/7)", PartialDate(8, 7, None), 4),
        ("Jum’at (8/7) pagi", "Jum’at (8/7)", PartialDate(8, 7, None), 4),
        ("Jumat, (8/7) pagi", "Jumat, (8/7)", PartialDate(8, 7, None), 4),
        ("Ahad (12/3) lalu", "Ahad (12/3)", PartialDate(12, 3, None), 6),
        ("pada Minggu 12/3 lalu", "Minggu 12/3", PartialDate(12, 3, None), 6),
        ("datang tanggal 12/3 lalu", "12/3", PartialDate(12, 3, None), None),
        ("datang ( 12/3 ) lalu", "( 12/3 )", PartialDate(12, 3, None), None),
        ("SELASA (19/8) lalu", "SELASA (19/8)", PartialDate(19, 8, None), 1),
    ],
)
def test_numeric_dates(text: str, mention: str, first: PartialDate, weekday: int | None) -> None:
    m = _one(text)
    assert (m.text, m.first, m.last, m.weekday) == (mention, first, first, weekday)


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        (
            "kegiatan 29 Agustus s.d. 2 September 2016 di Makassar",
            "29 Agustus s.d. 2 September 2016",
            D(2016, 8, 29),
            D(2016, 9, 2),
        ),
        ("pada 1-5 Oktober 2018 peserta", "1-5 Oktober 2018", D(2018, 10, 1), D(2018, 10, 5)),
        ("pada 1 - 5 Oktober 2018 peserta", "1 - 5 Oktober 2018", D(2018, 10, 1), D(2018, 10, 5)),
        ("(3/9/17) sampai dengan (7/9/17) di Bali", "(3/9/17) sampai dengan (7/9/17)", D(2017, 9, 3), D(2017, 9, 7)),
        ("21 April hingga 23 April 2019 di kota itu", "21 April hingga 23 April 2019", D(2019, 4, 21), D(2019, 4, 23)),
        (
            "Senin, 4 Juli 2022 sampai dengan Jumat, 8 Juli 2022.",
            "Senin, 4 Juli 2022 sampai dengan Jumat, 8 Juli 2022",
            D(2022, 7, 4),
            D(2022, 7, 8),
        ),
        (
            "31 Desember 2018 - 2 Januari 2019 libur",
            "31 Desember 2018 - 2 Januari 2019",
            D(2018, 12, 31),
            D(2019, 1, 2),
        ),
        ("28 Desember - 2 Januari 2019 libur", "28 Desember - 2 Januari 2019", D(2018, 12, 28), D(2019, 1, 2)),
        ("30 Desember 2018 s/d 3 Januari libur", "30 Desember 2018 s/d 3 Januari", D(2018, 12, 30), D(2019, 1, 3)),
        ("rentang 12 s/d 15 Agustus 2024 itu", "12 s/d 15 Agustus 2024", D(2024, 8, 12), D(2024, 8, 15)),
        ("rentang 12 sd 15 Agustus 2024 itu", "12 sd 15 Agustus 2024", D(2024, 8, 12), D(2024, 8, 15)),
        ("rentang 12 s.d 15 Agustus 2024 itu", "12 s.d 15 Agustus 2024", D(2024, 8, 12), D(2024, 8, 15)),
        ("mulai 23 Juni hingga 24 Oktober 2025.", "23 Juni hingga 24 Oktober 2025", D(2025, 6, 23), D(2025, 10, 24)),
        (
            "pada Senin (9/4) hingga Rabu (11/4) mendatang",
            "Senin (9/4) hingga Rabu (11/4)",
            D(2020, 4, 9),
            D(2020, 4, 11),
        ),
        ("Selasa-Rabu (11-12/6/2024) di Semarang", "Selasa-Rabu (11-12/6/2024)", D(2024, 6, 11), D(2024, 6, 12)),
        ("pada 10 dan 11 Maret 2021 di Kendari", "10 dan 11 Maret 2021", D(2021, 3, 10), D(2021, 3, 11)),
        ("sejak 3 Mei 2021 to 5 Mei 2021 kelas", "3 Mei 2021 to 5 Mei 2021", D(2021, 5, 3), D(2021, 5, 5)),
        (
            "mulai tanggal 2 Mei sampai tanggal 6 Mei 2022",
            "2 Mei sampai tanggal 6 Mei 2022",
            D(2022, 5, 2),
            D(2022, 5, 6),
        ),
        ("antara 10 s.d. 12 April 2019 saja", "10 s.d. 12 April 2019", D(2019, 4, 10), D(2019, 4, 12)),
        ("Kamis (3/10) dan Jumat (4/10) lalu", "Kamis (3/10) dan Jumat (4/10)", D(2020, 10, 3), D(2020, 10, 4)),
        (
            "hari Minggu tanggal 7 Juli hingga 9 Juli 2023.",
            "Minggu tanggal 7 Juli hingga 9 Juli 2023",
            D(2023, 7, 7),
            D(2023, 7, 9),
        ),
    ],
)
def test_ranges(text: str, mention: str, start: date, end: date) -> None:
    assert _span(text, 2020) == (mention, (start, end))


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("masa tugas 17 – 21 April bagi peserta", "17 – 21 April", D(2021, 4, 17), D(2021, 4, 21)),
        ("masa tugas 17—21 April bagi peserta", "17—21 April", D(2021, 4, 17), D(2021, 4, 21)),
        ("berlangsung sejak 5 hingga 9 Agustus di Surabaya", "5 hingga 9 Agustus", D(2021, 8, 5), D(2021, 8, 9)),
        ("yakni dari tanggal 14 sampai 16 Maret mendatang", "14 sampai 16 Maret", D(2021, 3, 14), D(2021, 3, 16)),
        ("dari 14 sampai dengan 16 Maret nanti", "14 sampai dengan 16 Maret", D(2021, 3, 14), D(2021, 3, 16)),
    ],
)
def test_yearless_ranges(text: str, mention: str, start: date, end: date) -> None:
    m = _one(text)
    assert m.text == mention
    assert m.first.year is None and m.last.year is None
    assert m.resolve(None) is None
    assert m.resolve(2021) == (start, end)


def test_range_keeps_first_weekday() -> None:
    m = _one("Rabu, 2 Oktober 2024 sampai dengan Jumat, 4 Oktober 2024")
    assert m.weekday == 2
    assert m.weekday_fits(2024) is True
    assert m.weekday_fits(2023) is False


def test_backwards_or_far_apart_dates_are_not_a_range() -> None:
    assert len(find_dates("5 Mei 2019 - 3 April 2019")) == 2
    assert len(find_dates("5 Mei - 3 April")) == 2
    # "dan" joins only days close together
    assert len(find_dates("pada 5 Mei dan 20 Juni 2022")) == 2
    assert len(find_dates("pada 3 dan 25 Mei 2022")) == 1  # only "25 Mei 2022"
    assert _one("pada 3 dan 25 Mei 2022").text == "25 Mei 2022"


def test_several_mentions_sorted_and_separate() -> None:
    text = (
        "Senin (9/4) rombongan tiba. Kegiatan 10 sampai 12 April 2018 di kantor wali kota. "
        "Laporan diserahkan 20/4/2018."
    )
    found = find_dates(text)
    assert [m.text for m in found] == ["Senin (9/4)", "10 sampai 12 April 2018", "20/4/2018"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


# --------------------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "Acara dimulai pukul 13.00 WIB.",
        "pukul 13.00-15.30 di aula",
        "meraih skor 98,36 dari Ombudsman",
        "dihuni 1.341.447 jiwa penduduk",
        "masuk 3 besar nasional",
        "Hubungi 0812-3456-7890 atau (0274) 512-345.",
        "Peserta PKP 2024 angkatan III",
        "separuhnya 1/2 peserta",
        "porsi 3/4 bagian",
        "Nomor 12/4/2019 tentang tim",
        "No. 800/12/2019",
        "terbit 31 Februari 2019",
        "tanggal 32 Januari",
        "ruang (13/13)",
        "kelompok (1-5)",
        "Desember 2016 lalu",
        "pada 10 April, 2000 peserta hadir",  # the year is not behind a comma
        "Covid-19 Juni",
        "skor 12.5 Maret",
    ],
)
def test_not_dates(text: str) -> None:
    found = find_dates(text)
    if text == "pada 10 April, 2000 peserta hadir":
        assert [m.text for m in found] == ["10 April"]
    else:
        assert found == []


def test_out_of_range_year_is_a_count_not_a_year() -> None:
    m = _one("pada 10 April 2500 peserta hadir")
    assert (m.text, m.first) == ("10 April", PartialDate(10, 4, None))
    assert _one("Proklamasi 17 Agustus 1945").first == PartialDate(17, 8, 1945)


def test_leap_day() -> None:
    assert _one("pada 29 Februari 2020").first == PartialDate(29, 2, 2020)
    assert find_dates("pada 29 Februari 2019") == []
    m = _one("pada 29 Februari")
    assert m.resolve(2019) is None
    assert m.resolve(2024) == (D(2024, 2, 29), D(2024, 2, 29))


def test_resolve_edge_years() -> None:
    m = DateMention(0, 0, "", PartialDate(1, 1, None), PartialDate(1, 1, None), None)
    assert m.resolve(9999) == (D(9999, 1, 1), D(9999, 1, 1))
    assert m.resolve(0) is None
    assert m.resolve(10_000) is None
    wrap = DateMention(0, 0, "", PartialDate(30, 12, None), PartialDate(2, 1, None), None)
    assert wrap.resolve(1) is None  # would need year 0


# --------------------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("2019-04-10", D(2019, 4, 10)),
        ("10/4/2019", D(2019, 4, 10)),
        ("10-04-2019", D(2019, 4, 10)),
        ("10 April 2019", D(2019, 4, 10)),
        ("10 Apr 2019", D(2019, 4, 10)),
        (" Rabu, 10 April 2019. ", D(2019, 4, 10)),
        ("April 10, 2019", D(2019, 4, 10)),
    ],
)
def test_parse_date(s: str, expected: date) -> None:
    assert parse_date(s) == expected


@pytest.mark.parametrize(
    "s",
    [
        "",
        "10 April",
        "10/4",
        "2019",
        "kemarin",
        "10-12 April 2019",
        "tiba 10 April 2019",
        "2019-02-30",
        "10 April 2019 dan 11 April 2019",
    ],
)
def test_parse_date_rejects(s: str) -> None:
    assert parse_date(s) is None


# --------------------------------------------------------------------------- year hints


def test_year_hints() -> None:
    text = (
        "Peserta PKA Angkatan II Tahun 2018 dan Diklatpim IV tahun 2025, program Tahun Anggaran "
        "2015, kegiatan TA 2019, belanja TA. 2020, dana T.A. 2021."
    )
    found = [(text[s:e], y) for s, e, y in find_year_hints(text)]
    assert found == [
        ("Tahun 2018", 2018),
        ("tahun 2025", 2025),
        ("Tahun Anggaran 2015", 2015),
        ("TA 2019", 2019),
        ("TA. 2020", 2020),
        ("T.A. 2021", 2021),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "sesuai Keputusan Kepala LAN Nomor 12 Tahun 2023",
        "berdasarkan UU No. 23 Tahun 2014",
        "Permendagri 90 Tahun 2019 mengatur",
        "PP 11 Tahun 2017 tentang manajemen",
        "sejak tahun 1945",
        "tahun 2150",
        "tahun ini",
        "DATA 2019",
        "kota 2019",
    ],
)
def test_year_hints_reject(text: str) -> None:
    assert find_year_hints(text) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year the prose tells of another time is no hint for the visit
        ("Sanggar tari itu dibentuk pemuda desa sejak tahun 2016.", []),
        ("Pada tahun 2020 pasar ini direnovasi, dan Angkatan V Tahun 2023 datang.", [2023]),
        ("Penghargaan itu diterima kota ini tahun 2019 lalu.", []),
        ("Rapat membahas rancangan APBD tahun 2026 bersama tim.", []),
        ("Di awal tahun 2021 dewan menyusun jadwal.", []),
        # "ini" makes it this year; a label of the cohort stays a hint
        ("Sepanjang tahun 2022 ini sudah sembilan rombongan datang.", [2022]),
        ("Peserta PKP angkatan kedua tahun 2024 tiba.", [2024]),
    ],
)
def test_year_hints_skip_other_times(text: str, years: list[int]) -> None:
    assert [y for _, _, y in find_year_hints(text)] == years


# --------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        ("Kegiatan ini dilaksanakan selama 5 hari di Bandung.", "selama 5 hari", 5),
        ("Studi lapangan digelar selama empat hari.", "selama empat hari", 4),
        ("Kunjungan berlangsung dua hari penuh.", "berlangsung dua hari", 2),
        ("SSDN berlangsung lima hari, mulai Senin.", "berlangsung lima hari", 5),
        ("Peserta menginap 3 (tiga) hari di Ambon.", "3 (tiga) hari", 3),
        ("Peserta menginap tiga (3) hari di Ambon.", "tiga (3) hari", 3),
        ("Peserta menginap 3 (empat) hari di Ambon.", "3 (empat) hari", 3),
        ("Rombongan berada di sana selama seminggu.", "selama seminggu", 7),
        ("Program berlangsung selama dua minggu.", "berlangsung selama dua minggu", 14),
        ("Selama 3 hari, yakni dari tanggal 10 sampai 12 April", "Selama 3 hari", 3),
        ("berlangsung sehari saja", "berlangsung sehari", 1),
        ("selama kurang lebih 6 hari kerja", "selama kurang lebih 6 hari", 6),
        ("selama 4 (empat) hari di Ternate", "selama 4 (empat) hari", 4),
        # a length with no "selama": the days it lasted, "… hari lamanya", "dalam N hari kunjungan"
        ("Dua hari lamanya, rombongan berkeliling desa.", "Dua hari", 2),
        ("Studi tiru itu berjalan tiga hari lamanya.", "tiga hari", 3),
        ("mempelajari pengelolaan pasar dalam 4 hari kunjungan ke Kota Batu", "4 hari", 4),
        ("Dalam lima hari kunjungan, peserta menyusun kertas kerja.", "lima hari", 5),
        # ... or the days ahead from the one written: "Empat hari ke depan, peserta akan …"
        ("Empat hari ke depan, peserta akan mengunjungi tiga dinas.", "Empat hari", 4),
        ("Tiga hari kedepan rombongan belajar di Kota Batu.", "Tiga hari", 3),
    ],
)
def test_durations(text: str, phrase: str | None, days: int | None) -> None:
    found = [(text[s:e], d) for s, e, d in find_durations(text)]
    if phrase is None:
        assert found == []
    else:
        assert found == [(phrase, days)]


@pytest.mark.parametrize(
    "text",
    [
        "selama berada di Manado",
        "selama ini dinilai berhasil",
        "dalam pertemuan selama satu jam",
        "tiga hari lalu",
        "berlangsung mulai hari Minggu",
        "selama 0 hari",
        "selama puluhan hari",
        # near-misses of "… hari lamanya" / "N hari kunjungan": a day of the series, a day after, an ordinal
        "pada hari kedua kunjungan",
        "dua hari setelah kunjungan",
        "dua hari kemudian rombongan pulang",
        "hari kunjungan ditetapkan Senin",
    ],
)
def test_durations_reject(text: str) -> None:
    assert find_durations(text) == []


# --------------------------------------------------------------------------- properties

_PIECES = [
    "Senin",
    "Jum'at",
    "Minggu",
    "(",
    ")",
    "/",
    "-",
    "–",
    ".",
    ",",
    " ",
    "s.d.",
    "s/d",
    "sampai dengan",
    "hingga",
    "dan",
    "tanggal",
    "Tahun",
    "TA",
    "selama",
    "hari",
    "Februari",
    "Desember",
    "Januari",
    "April",
    "Agt",
    "0",
    "1",
    "2",
    "9",
    "12",
    "28",
    "29",
    "30",
    "31",
    "02",
    "13",
    "2019",
    "2020",
    "25",
    "99",
    "dua",
    "lima",
    "seminggu",
    "Nomor",
]


def _texts() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=300),
        st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join),
        st.lists(st.sampled_from(_PIECES), max_size=25).map("".join),
    )


def _valid(p: PartialDate) -> bool:
    if not 1 <= p.month <= 12:
        return False
    year = 2000 if p.year is None else p.year
    return 1 <= p.day <= calendar.monthrange(year, p.month)[1]


@given(_texts(), st.integers(min_value=-5, max_value=10_005) | st.none())
def test_find_dates_never_raises_nor_invents_dates(text: str, year: int | None) -> None:
    last_end = 0
    for m in find_dates(text):
        assert last_end <= m.start < m.end <= len(text)
        assert m.text == text[m.start : m.end]
        assert _valid(m.first) and _valid(m.last)
        assert m.weekday is None or 0 <= m.weekday <= 6
        resolved = m.resolve(year)
        if resolved is not None:
            assert resolved[0] <= resolved[1]
        if m.first.year is not None or m.last.year is not None:
            assert m.resolve(None) is not None  # a written year always resolves
        last_end = m.end


@given(_texts())
def test_other_finders_never_raise(text: str) -> None:
    for s, e, y in find_year_hints(text):
        assert 0 <= s < e <= len(text) and 1990 <= y <= 2100
    for s, e, d in find_durations(text):
        assert 0 <= s < e <= len(text) and d >= 1
    parsed = parse_date(text)
    assert parsed is None or isinstance(parsed, date)


# --------------------------------------------------------------------------- choosing the visit date (family 6)


def _visit_dates_of(text: str) -> tuple:
    from diklat_cli.extract import extract_text

    (found,) = extract_text(text)
    return str(found.visit.start_date), str(found.visit.end_date)


_BODY = (
    "Peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II Pemerintah Kabupaten Sikka "
    "melaksanakan studi lapangan ke Pemerintah Kota Denpasar {when}. Rombongan diterima Sekda Kota Denpasar."
)


@pytest.mark.parametrize(
    ("header", "when", "expected"),
    [
        # the posting line is the publication date, not the visit's
        ("Kabar Sikka - 21/06/2023, 14:45 WITA", "pada Senin (19/6/2023)", ("2023-06-19", "2023-06-19")),
        ("Diperbarui: Kamis, 22 Juni 2023", "pada Senin (19/6/2023)", ("2023-06-19", "2023-06-19")),
        # a weekday range with a numeric span
        ("", "pada Senin–Kamis (3-6/07/2023)", ("2023-07-03", "2023-07-06")),
        ("", "pada Selasa (12/9/2023) hingga Rabu (13/9/2023)", ("2023-09-12", "2023-09-13")),
        # a duration counts from the first day
        ("", "mulai Senin (4/9/2023) selama tiga hari", ("2023-09-04", "2023-09-06")),
        # a departure opens the trip; its last day is not given
        ("", "dan berangkat pada Selasa (29/8/2023)", ("2023-08-29", "None")),
        # so does the arrival in a region, or the opening day of a series; arriving at a hall does not
        ("", "dan tiba di Denpasar pada Selasa (29/8/2023)", ("2023-08-29", "None")),
        ("", "dengan pembukaan pada Selasa (29/8/2023) sebagai awal rangkaian kegiatan", ("2023-08-29", "None")),
        ("", "dan tiba di aula kantor wali kota pada Selasa (29/8/2023)", ("2023-08-29", "2023-08-29")),
        # a yearless date with its weekday falls in the year where the weekday fits
        ("Rabu, 10 Januari 2024 | 09:00 WIB", "pada Selasa (25/7)", ("2023-07-25", "2023-07-25")),
        # a year only hinted at dates the visit when the weekday fits it, and is not stretched to its neighbours
        ("", "Tahun 2023 pada Selasa (30/7)", ("None", "None")),
        ("", "Tahun 2023 pada Selasa (25/7/2023)", ("2023-07-25", "2023-07-25")),
        ("", "Tahun 2023 pada Selasa (26/9)", ("2023-09-26", "2023-09-26")),
        # a year the prose gives to another time does not date the visit
        ("", "pada Selasa (26/9). Desa itu dibangun sejak tahun 2023", ("None", "None")),
    ],
)
def test_choosing_the_visit_date(header: str, when: str, expected: tuple) -> None:
    text = "PKA Sikka Belajar ke Denpasar\n" + (header + "\n" if header else "") + _BODY.format(when=when) + "\n"
    assert _visit_dates_of(text) == expected


@pytest.mark.parametrize("chrome", ["Sunday, May 5, 2024", "Sun, 05/05/2024"])
def test_a_date_alone_above_the_headline_is_page_chrome(chrome: str) -> None:
    # the day the page was fetched: neither the visit's date nor its year
    text = f"29.5 C\n{chrome}\n\nPKA Sikka Belajar ke Denpasar\n\n" + _BODY.format(when="pada Selasa (30/7)") + "\n"
    assert _visit_dates_of(text) == ("None", "None")
    # with the year in the text the visit is dated as usual
    text = f"{chrome}\n\nPKA Sikka Belajar ke Denpasar\n\n" + _BODY.format(when="pada Selasa (30/7/2024)") + "\n"
    assert _visit_dates_of(text) == ("2024-07-30", "2024-07-30")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the day the words were said comes after the day the text gives the trip
        ('"Kami belajar banyak," kata Kabag Humas di ruang kerjanya, Rabu (12/6/2024)', ("2024-06-10", "2024-06-10")),
        # words said at the visit date it as before
        ('"Kami belajar banyak," kata Sekda saat menerima rombongan, Rabu (12/6/2024)', ("2024-06-12", "2024-06-12")),
        # the day a speaker was reached for comment is the day of the words
        ("Hal itu disampaikan Kabag Humas ketika dihubungi, Rabu (12/6/2024)", ("2024-06-10", "2024-06-10")),
    ],
)
def test_a_statement_date_is_not_the_visit_date(said: str, expected: tuple) -> None:
    text = (
        "PKA Sikka Belajar ke Denpasar\n"
        "Peserta PKA Angkatan II Pemerintah Kabupaten Sikka melaksanakan studi lapangan ke Pemerintah "
        f"Kota Denpasar. {said}. Kunjungan itu digelar pada Senin (10/6/2024).\n"
    )
    assert _visit_dates_of(text) == expected


def test_weekdays_told_as_past() -> None:
    from diklat_cli.extract.dates import attributed, past_weekdays

    text = "Rombongan datang pada Kamis lalu. Jum'at kemarin mereka pulang. Rabu depan mereka kembali."
    assert [(text[s:e], wd) for s, e, wd in past_weekdays(text)] == [("Kamis lalu", 3), ("Jum'at kemarin", 4)]
    said = '"Kami belajar banyak," kata bupati di sela kegiatannya, Senin (4/3/2019).'
    assert attributed(said, 0, said.index("Senin"))
    assert not attributed("Rombongan tiba Senin (4/3/2019).", 0, 15)


def test_a_staff_colleges_school_year_is_a_year_hint() -> None:
    from diklat_cli.extract.dates import find_year_hints

    assert [y for _, _, y in find_year_hints("75 perwira siswa Seskoau tahun pendidikan 2025 tiba.")] == [2025]


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        # a numeric range across a month end: the first day carries its own month
        ("Selasa-Jumat (28/11-1/12/2023).", "Selasa-Jumat (28/11-1/12/2023)", D(2023, 11, 28), D(2023, 12, 1)),
        ("pada (30/12-2/1/2024) lalu", "(30/12-2/1/2024)", D(2023, 12, 30), D(2024, 1, 2)),
        # "s/d" joins the days of a numeric range as it joins written dates
        ("Senin s/d Rabu (4 s/d 6/9/2023).", "Senin s/d Rabu (4 s/d 6/9/2023)", D(2023, 9, 4), D(2023, 9, 6)),
    ],
)
def test_numeric_ranges_across_months_and_with_sd(text: str, mention: str, start: date, end: date) -> None:
    assert _span(text, 2020) == (mention, (start, end))


def test_numeric_ranges_that_run_backwards_or_long_are_not_dates() -> None:
    assert find_dates("Senin (6-3/7/2023)") == []
    assert find_dates("Senin (1/3-30/6/2023)") == []


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        # the training's opening day and an innovation's launch are other events than the visit
        (
            "pada Rabu (13/9/2023). Pelatihan yang dibuka 2 Agustus 2023 dan berakhir 30 November 2023 itu diikuti"
            " pejabat administrator",
            ("2023-09-13", "2023-09-13"),
        ),
        (
            "untuk mempelajari aplikasi yang diluncurkan pada Kamis, 17 Agustus 2023, lalu pada Senin (4/9/2023)"
            " rombongan tiba",
            ("2023-09-04", "2023-09-04"),
        ),
        # a deadline is when something is due
        (
            "pada Kamis (2/11/2023), setelah menyerahkan rancangan aktualisasi paling lambat 30 Oktober 2023",
            ("2023-11-02", "2023-11-02"),
        ),
        # alone, such a date is still the only date the text gives
        ("yang dibuka pada Senin (4/9/2023)", ("2023-09-04", "2023-09-04")),
    ],
)
def test_a_date_told_of_another_event_comes_last(when: str, expected: tuple) -> None:
    assert _visit_dates_of("PKA Sikka Belajar ke Denpasar\n" + _BODY.format(when=when) + "\n") == expected


def test_a_yearless_date_half_a_year_after_publication_was_last_year() -> None:
    header = "Selasa, 2 Januari 2024 | 09:10 WIB"
    text = "PKA Sikka Belajar ke Denpasar\n" + header + "\n" + _BODY.format(when="pada 28 Desember lalu") + "\n"
    assert _visit_dates_of(text) == ("2023-12-28", "2023-12-28")
    # an announced visit a few weeks ahead keeps the publication's year
    header = "Selasa, 2 Januari 2024 | 09:10 WIB"
    text = "PKA Sikka Belajar ke Denpasar\n" + header + "\n" + _BODY.format(when="pada 20 Februari mendatang") + "\n"
    assert _visit_dates_of(text) == ("2024-02-20", "2024-02-20")


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        # the days between may be listed with commas
        ("pada tanggal 4, 5 dan 6 September 2023.", "4, 5 dan 6 September 2023", D(2023, 9, 4), D(2023, 9, 6)),
        ("tanggal 4, 5, dan 6 September 2023", "4, 5, dan 6 September 2023", D(2023, 9, 4), D(2023, 9, 6)),
    ],
)
def test_a_list_of_days(text: str, mention: str, start: date, end: date) -> None:
    assert _span(text, 2020) == (mention, (start, end))


def test_a_list_of_days_runs_forwards() -> None:
    # out of order, the days are no list: the day written with its month is kept
    assert [m.text for m in find_dates("pada 3, 9 dan 6 Mei 2023")] == ["6 Mei 2023"]


def test_since_a_day_long_before_another_is_not_the_visit() -> None:
    when = "pada Rabu (13/9/2023). Mereka telah mengikuti pelatihan sejak 2 Agustus 2023"
    assert _visit_dates_of("PKA Sikka Belajar ke Denpasar\n" + _BODY.format(when=when) + "\n") == (
        "2023-09-13",
        "2023-09-13",
    )
    # in the same sentence as the visit's day
    text = (
        "PKA Sikka Belajar ke Denpasar\nPeserta PKA Angkatan II Kabupaten Sikka yang mengikuti pelatihan sejak"
        " 2 Agustus 2023 melaksanakan studi lapangan ke Pemerintah Kota Denpasar pada Rabu (13/9/2023).\n"
    )
    assert _visit_dates_of(text) == ("2023-09-13", "2023-09-13")
    # a visit that runs "sejak" its first day still has no last day
    assert _visit_dates_of("PKA Sikka Belajar ke Denpasar\n" + _BODY.format(when="sejak Senin (4/9/2023)") + "\n") == (
        "2023-09-04",
        "None",
    )


def test_a_day_long_before_another_recalls_an_earlier_event() -> None:
    when = "pada Kamis (5/10/2023), setahun setelah kunjungan pertama pada 12 Oktober 2022"
    assert _visit_dates_of("PKA Sikka Belajar ke Denpasar\n" + _BODY.format(when=when) + "\n") == (
        "2023-10-05",
        "2023-10-05",
    )
    text = (
        "PKA Sikka Belajar ke Denpasar\nSetelah kunjungan pertama pada 12 Oktober 2022, peserta PKA Kabupaten Sikka"
        " kembali melaksanakan studi lapangan ke Pemerintah Kota Denpasar, Kamis (5/10/2023).\n"
    )
    assert _visit_dates_of(text) == ("2023-10-05", "2023-10-05")


# a weekday joined to its date by a slash, in a bracket or not: "Kamis/6/6/2024", "(Selasa/4/6/24)"
@pytest.mark.parametrize(
    ("text", "mention", "weekday", "expected"),
    [
        ("Rombongan diterima Kapolres Sikka, Kamis/6/6/2024.", "Kamis/6/6/2024", 3, D(2024, 6, 6)),
        ("Tim studi banding datang hari ini (Selasa/4/6/24) ke Mapolres.", "Selasa/4/6/24", 1, D(2024, 6, 4)),
    ],
)
def test_a_weekday_joined_to_its_date_by_a_slash(text: str, mention: str, weekday: int, expected: date) -> None:
    m = _one(text)
    assert (m.text, m.weekday, m.resolve(None)) == (mention, weekday, (expected, expected))


@pytest.mark.parametrize(
    "text",
    [
        # two weekdays joined by a slash are no date
        "Piket dilaksanakan Senin/Selasa oleh staf bagian umum.",
        # a slash not followed straight by the day
        "Jadwal Kamis/ 6 orang bergantian berjaga.",
    ],
)
def test_a_slash_after_a_weekday_with_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        # a bracketed numeric date written loosely: a space by a slash, a hyphen before the year, the month by name
        ("rombongan tiba, Kamis (7/3/ 2024) sore", "Kamis (7/3/ 2024)", D(2024, 3, 7), D(2024, 3, 7)),
        ("berlangsung Senin-Selasa (11-12 /6 /2023).", "Senin-Selasa (11-12 /6 /2023)", D(2023, 6, 11), D(2023, 6, 12)),
        ("diterima di aula, Jumat (15/9-2023) pagi", "Jumat (15/9-2023)", D(2023, 9, 15), D(2023, 9, 15)),
        ("pada Selasa, (21/mei/24), para peserta", "Selasa, (21/mei/24)", D(2024, 5, 21), D(2024, 5, 21)),
        ("Sabtu (4/Agustus/2022) lalu", "Sabtu (4/Agustus/2022)", D(2022, 8, 4), D(2022, 8, 4)),
        ("tiba Rabu (12/Okt/2022) siang", "Rabu (12/Okt/2022)", D(2022, 10, 12), D(2022, 10, 12)),
    ],
)
def test_loosely_written_bracketed_dates(text: str, mention: str, start: date, end: date) -> None:
    assert _span(text, 2020) == (mention, (start, end))


@pytest.mark.parametrize(
    "text",
    [
        # outside brackets the loose forms stay what they are: counts, fractions, numbers
        "skor akhir 3/4-2021 poin",
        "rasio 1 / 2 peserta",
        "nilai 12/ 2019 unit",
        "kode 4/mei/24 arsip",
    ],
)
def test_loose_numeric_forms_outside_brackets_are_no_dates(text: str) -> None:
    assert find_dates(text) == []
