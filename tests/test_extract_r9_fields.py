"""Fields of found visits, round r9-fields: dates written in the ways reports write them.
Sentences written for this test, in several wordings and outlet styles."""

from __future__ import annotations

import pytest

from diklat_cli.extract import dates, extract_text


def _days(text: str) -> list[tuple[str | None, str | None]]:
    out = []
    for e in extract_text(text):
        v = e.visit
        out.append((v.start_date and str(v.start_date), v.end_date and str(v.end_date)))
    return out


# ---------------------------------------------------------------- 1. a range across a month end joined by a hyphen
# Reports write a stay that crosses a month end as two dates joined by a dash, spaced or not ("31 Mei-6 Juni
# 2015", "21 Maret – 25 Maret 2022", "29 Juli–4 September 2025"): the bare hyphen between a month's name and
# the next day joins a range as the spaced dash does.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "SERANG - Peserta Latsar CPNS Kota Cilegon studi lapangan ke Kabupaten Serang pada 30 Juni-2 Juli "
            "2023. Kegiatan diikuti 35 peserta.",
            "2023-06-30",
            "2023-07-02",
        ),
        (
            "DENPASAR - Sebanyak 20 anggota DPRD Kabupaten Sikka studi banding ke DPRD Kota Denpasar, "
            "28 Februari-2 Maret 2024.",
            "2024-02-28",
            "2024-03-02",
        ),
        (
            "Rombongan camat Kabupaten Karo melaksanakan studi tiru ke Kabupaten Badung sejak 30 "
            "November-3 Desember 2022 lalu.",
            "2022-11-30",
            "2022-12-03",
        ),
        (
            "PALU - Peserta PKA Angkatan II BPSDM Provinsi Sulawesi Tengah belajar ke Kota Palu, "
            "31 Jan-2 Feb 2023, dengan 40 peserta.",
            "2023-01-31",
            "2023-02-02",
        ),
    ],
)
def test_hyphen_joins_a_range_across_a_month_end(text: str, start: str, end: str) -> None:
    assert (start, end) in _days(text)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("pada 30 Juni-2 Juli 2023.", (30, 6, None), (2, 7, 2023)),
        ("(dari tanggal 28 Feb-1 Mar 2023)", (28, 2, None), (1, 3, 2023)),
    ],
)
def test_hyphen_range_read_as_one_mention(text, first, last) -> None:
    (d,) = dates.find_dates(text)
    assert (d.first.day, d.first.month, d.first.year) == first
    assert (d.last.day, d.last.month, d.last.year) == last


# near misses: a hyphen after a word that is no month, or before a number that is no day of a month
@pytest.mark.parametrize("text", ["pandemi Covid-19 Maret 2020 lalu", "sejak 12 Juli-15 peserta hadir"])
def test_hyphen_not_a_range(text: str) -> None:
    assert all(d.first == d.last for d in dates.find_dates(text))
    assert not any(d.first.day == 19 for d in dates.find_dates(text))


def _counts(text: str) -> list[int | None]:
    return [e.visit.participants for e in extract_text(text)]


# ---------------------------------------------------------------- 2. "sejumlah N" counts as "sebanyak N"
# Reports open a head count with "sejumlah" as they do with "sebanyak" ("sejumlah 40 peserta Diklat", "sejumlah
# 60 Peserta", "peserta sejumlah 35 peserta": field fb-25, ha-05, ha-22); the word before a number counts the
# group whatever word for its people follows.
@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("SUMEDANG - Sejumlah 30 camat Kota Bandung studi banding ke Kabupaten Sumedang, Rabu (19/7/2023).", 30),
        (
            "Pemerintah Kabupaten Pati menerima sejumlah 22 kepala desa dari Kabupaten Rembang yang "
            "melaksanakan studi tiru, Kamis (7/9/2023).",
            22,
        ),
        (
            "MATARAM - Kegiatan studi banding ke Kota Mataram diikuti sejumlah 18 lurah dari Kota Bima, "
            "Selasa (5/12/2023).",
            18,
        ),
        (
            "Sejumlah 45 perangkat desa Kabupaten Wonosobo belajar ke Desa Wisata Pentingsari, Kabupaten "
            "Sleman, Sabtu (2/9/2023).",
            45,
        ),
    ],
)
def test_sejumlah_opens_a_count(text: str, n: int) -> None:
    assert n in _counts(text)


# near misses: "sejumlah" without a number ("several"), and before a count of days
@pytest.mark.parametrize(
    "text",
    [
        "SUMEDANG - Sejumlah camat Kota Bandung studi banding ke Kabupaten Sumedang, Rabu (19/7/2023).",
        "SUMEDANG - Camat Kota Bandung studi banding ke Kabupaten Sumedang sejumlah 3 hari, mulai Rabu (19/7/2023).",
    ],
)
def test_sejumlah_without_people_counts_nobody(text: str) -> None:
    assert _counts(text) == [None]


# ---------------------------------------------------------------- 3. a village head by its region's title
# A village head counts by any region's title for it (the class already holds keuchik, perbekel, kuwu, peratin,
# wali nagari; read kj-10 writes Sulawesi Utara's "sangadi", as reports from Minahasa write "hukum tua" and from
# Kalimantan Selatan "pambakal").
@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Sebanyak 28 sangadi Kabupaten Bolaang Mongondow Utara melaksanakan studi tiru ke Desa Wisata "
            "Pentingsari, Kabupaten Sleman, Selasa (12/9/2023).",
            28,
        ),
        (
            "TONDANO - Kegiatan studi banding ke Kabupaten Badung diikuti 40 hukum tua dari Kabupaten Minahasa, "
            "Rabu (13/9/2023).",
            40,
        ),
        (
            "MARTAPURA - Pemkab Banjar memberangkatkan 25 pambakal studi banding ke Kabupaten Banyuwangi, "
            "Senin (11/9/2023).",
            25,
        ),
        (
            "Sejumlah 33 sangadi dari Kabupaten Bolaang Mongondow Timur belajar ke Desa Ponggok, Kabupaten "
            "Klaten, Kamis (14/9/2023).",
            33,
        ),
    ],
)
def test_village_head_by_regional_title(text: str, n: int) -> None:
    assert n in _counts(text)


# near misses: the title without a number, and a number of something else beside the title
@pytest.mark.parametrize(
    "text",
    [
        "Para sangadi Kabupaten Bolaang Mongondow Utara melaksanakan studi tiru ke Desa Wisata Pentingsari, "
        "Kabupaten Sleman, Selasa (12/9/2023).",
        "Sangadi Kabupaten Bolaang Mongondow Utara melaksanakan studi tiru selama 3 hari ke Desa Wisata "
        "Pentingsari, Kabupaten Sleman, mulai Selasa (12/9/2023).",
    ],
)
def test_village_head_title_without_count(text: str) -> None:
    assert _counts(text) == [None]
