"""Bylines and page layout (extraction family 7): headers, editors, datelines, captions and related articles, and
what they must not give a visit. Every sentence here is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from diklat_cli.extract import sentences
from diklat_cli.extract.byline import find_byline
from diklat_cli.extract.sentences import sentence_spans
from diklat_cli.extract.text import clean_text
from tests.extracted import cleaned_visits_of, days_of, destination_province_of


def test_a_caption_adds_the_visit_of_another_sub_group():
    text = (
        "Rombongan Komisi III DPRD Kabupaten Rote Ndao berfoto bersama pejabat Pemkot Tarakan saat melakukan kaji"
        " banding.\nBA'A - Anggota DPRD Rote Ndao dibagi dalam dua tim. Komisi I melakukan kaji banding di Pemkot"
        " Blitar.\n"
    )
    assert sorted(p or "" for p in destination_province_of(text)) == ["Jawa Timur", "Kalimantan Utara"]


_ARCHIVE = (
    "Peserta PKA Belajar Pelayanan Publik di Kota Batu\n\n{year}\n\nBATU - Peserta PKA Angkatan V BPSDM Provinsi"
    " Kalimantan Barat melaksanakan studi lapangan di Pemerintah Kota Batu, {day}."
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the archive's year line dates a yearless day whose weekday fits it
        (_ARCHIVE.format(year="2024", day="Kamis (6/6)"), [("2024-06-06", "2024-06-06")]),
        (_ARCHIVE.format(year="2019", day="Senin (4/3)"), [("2019-03-04", "2019-03-04")]),
        # near-miss: 6 June 2023 was a Tuesday, so a Thursday that day is not of that year
        (_ARCHIVE.format(year="2023", day="Kamis (6/6)"), [(None, None)]),
    ],
)
def test_a_year_alone_on_a_header_line(text, days):
    assert days_of(text) == days


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


# ---------------------------------------------------------------- 2. a related-articles list without bullets
# Under "Berita Terkait" / "Artikel Lainnya" / "Baca Juga" the headlines of other reports stand one a line,
# often without bullets and with their own dates; none of them tells this visit.
@pytest.mark.parametrize(
    "text",
    [
        "Peserta PKA Kabupaten Wonogiri melakukan studi lapangan ke Kota Surakarta.\n\nBerita Terkait\n"
        "Camat Se-Kabupaten Sumba Timur Belajar ke Kota Kupang 3 Juni 2024\nBanjir Rendam Dua Desa di Wonogiri\n",
        "Rombongan Diklat PIM IV Kota Binjai berkunjung ke Kabupaten Deli Serdang.\n\nARTIKEL LAINNYA :\n\n"
        "Wakil Bupati Terima Studi Tiru Kabupaten Asahan, Selasa (4/6/2024)\n",
        "Sebanyak 18 lurah dari Kota Kendari studi banding ke Kota Makassar.\n\nBaca juga\n"
        "Kunjungan Kerja DPRD Kolaka ke Kota Palu 10 Mei 2024\n",
        "Para peserta PKP Kabupaten Lombok Barat mengunjungi Kabupaten Badung.\n\nRelated Posts\n"
        "Kepala Desa Se-Bima Studi Banding ke Kabupaten Gianyar (7/5/2024)\n\nSeminar Desa Wisata di Mataram\n",
    ],
)
def test_related_headlines_give_no_date(text: str) -> None:
    visits = cleaned_visits_of(text)
    assert len(visits) == 1
    assert visits[0].start_date is None


# near-misses: prose after a "Baca juga" header stays, and a sentence that mentions related news is prose
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Berita Terkait\n\nPeserta PKA Kabupaten Pemalang melaksanakan studi lapangan ke Kabupaten Kudus, "
            "Selasa (11/6/2024), untuk mempelajari pengelolaan sampah.",
            dt.date(2024, 6, 11),
        ),
        (
            "Peserta PKA Kabupaten Pemalang studi lapangan ke Kabupaten Kudus.\n\nBaca juga:\n"
            "Di Kudus, mereka diterima Sekretaris Daerah pada Selasa (11/6/2024) di ruang rapat kantor bupati.",
            dt.date(2024, 6, 11),
        ),
    ],
)
def test_prose_after_a_related_header_stays(text: str, day: dt.date) -> None:
    visits = cleaned_visits_of(text)
    assert visits
    assert visits[0].start_date == day


def test_credit_after_related_list_stays() -> None:
    text = (
        "Peserta PKA Kabupaten Klaten studi lapangan ke Kota Madiun.\n\nBerita Lainnya\n"
        "Pasar Murah Digelar di Klaten\n\nPewarta: Rudi Hartono\nEditor: Wulan Sari"
    )
    cleaned = clean_text(text)
    assert "Pasar Murah" not in cleaned
    assert "Pewarta: Rudi Hartono" in cleaned
    assert "Editor: Wulan Sari" in cleaned


# ---------------------------------------------------------------- hard-wrapped text
# A copy wrapped at a fixed width breaks its lines inside sentences again and again; its sentences go on
# across single line breaks, so a sender named right after a line break keeps the words before it.
@pytest.mark.parametrize(
    "text",
    [
        "Prestasi Kota Batu menarik minat Dinas\nPerpustakaan Kabupaten Blitar untuk datang\nke sana, dan rombongan "
        "disambut\nkepala dinas\nsetempat.",
        "Para kepala desa dari\nKabupaten Lamongan melakukan studi tiru\nke Desa Ponggok, sebab desa\nitu\nterkenal.",
        "Rombongan DPRD Kota Bima\nberkunjung ke DPRD Kota Mataram,\nlalu mereka\nbelajar soal perda.",
        "Tim penggerak PKK yang\ndipimpin ketua\ntiba di Kabupaten Banyuwangi dan\nlangsung berdiskusi.",
    ],
)
def test_a_hard_wrapped_text_keeps_its_sentences(text: str) -> None:
    assert sentences.sentence_spans(text) == [(0, len(text))]


def test_a_sentence_opened_by_no_after_clause() -> None:
    from diklat_cli.extract.when import fronted_end

    text = "Selama di Kota Batu, rombongan belajar pengelolaan sampah, Selasa (4/6/2024)."
    assert fronted_end(text, (0, len(text)), text.index("Selasa")) == 0


# ---------------------------------------------------------------- 9. a photo caption by any credit
# A caption above the headline ends with its photo's credit: after a slash, in brackets or after the
# caption's full stop, by any name of a press office or source (prokopim, diskominfo, sumber, doc, tangkapan
# layar, screenshot, ilustrasi, "Foto: Humas").
_HEADLINE = "Peserta PKA Belajar ke Kota Kupang"


@pytest.mark.parametrize(
    "caption",
    [
        "Para peserta saat berkunjung ke kantor wali kota/Prokopim",
        "Para peserta saat berkunjung ke kantor wali kota/Diskominfo Kupang",
        "Para peserta saat berkunjung ke kantor wali kota (Sumber: Humas Pemkot)",
        "Para peserta saat berkunjung ke kantor wali kota (tangkapan layar)",
        "Para peserta berfoto bersama di depan kantor wali kota. Foto: Humas Pemkot",
        "Suasana diskusi peserta dengan jajaran pemkot. Doc",
    ],
)
def test_caption_by_any_credit(caption: str) -> None:
    text = caption + f"\n{_HEADLINE}\nKUPANG - Peserta tiba.\n"
    assert find_byline(text).title is not None and find_byline(text).title.value == _HEADLINE


@pytest.mark.parametrize(
    "headline",
    ["Peserta PKA Belajar Layanan Diskominfo Kupang", "Peserta PKA Belajar Pengelolaan Sumber Air di Kupang"],
)
def test_caption_near_misses(headline: str) -> None:
    text = headline + "\nKUPANG - Peserta tiba.\n"
    assert find_byline(text).title is not None and find_byline(text).title.value == headline


# "Laporan Wartawan/Reporter <outlet>, <name>" names the reporter whatever the case of its role word
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Laporan Wartawan Tribun Jateng, Budi Santoso", "Budi Santoso"),
        ("Laporan Reporter Suara Flores.com, Yosef Lewar", "Yosef Lewar"),
        ("Laporan reporter Radar Bone,Andi Muliadi", "Andi Muliadi"),
        ("Laporan Kontributor Kabar Sinjai, Rahmat Hidayat", "Rahmat Hidayat"),
    ],
)
def test_the_reporter_of_a_laporan_line(line: str, name: str) -> None:
    text = (
        "Peserta PKP Kabupaten Grobogan Studi Lapangan ke Kota Semarang\n\n"
        + line
        + "\n\nSEMARANG - Sebanyak 40 peserta PKP Kabupaten Grobogan studi lapangan ke Kota Semarang, Senin "
        "(20/5/2024)."
    )
    reporter = find_byline(clean_text(text)).reporter
    assert reporter is not None and reporter.value == name


def test_a_report_sentence_or_a_laporan_without_a_name_gives_no_reporter() -> None:
    for line in (
        "Laporan Pertanggungjawaban Bupati, Tahun Anggaran 2023",
        "Laporan Wartawan Tribun Jateng, pada hari yang sama, menyebut rombongan tiba siang",
    ):
        text = "Judul Berita Studi Lapangan\n\n" + line + "\n\nSEMARANG - Peserta PKP studi lapangan ke Kota Semarang."
        assert find_byline(clean_text(text)).reporter is None


# an outlet writes its name as one word with a press word glued before or after it, then the dash
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("SUMBARTIMES – Rombongan DPRD Kabupaten Agam berkunjung ke Kota Batu, Senin (3/6/2024).", "SUMBARTIMES"),
        ("Lensaonline -- Para camat se-Kabupaten Bogor melakukan studi tiru ke Kota Surabaya.", "Lensaonline"),
        ("KABARJAMBI - Pemerintah Kabupaten Kerinci menggelar kunjungan kerja ke Kota Padang.", "KABARJAMBI"),
        ("SIDOARJOCOM – Peserta PKA angkatan II mengunjungi Pemkot Malang pada Kamis (2/5/2024).", "SIDOARJOCOM"),
    ],
)
def test_a_press_word_glued_to_a_name_is_the_outlet(line: str, outlet: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line)
    assert found.outlet is not None and found.outlet.value == outlet
    assert found.dateline is None


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("SOFIFI – Rombongan DPRD Halmahera Barat berkunjung ke Ternate, Senin (3/6/2024).", "Sofifi"),
        ("POSO – Para kepala desa melakukan studi banding ke Kabupaten Bantaeng.", "Poso"),
    ],
)
def test_a_city_with_no_glued_press_word_stays_the_dateline(line: str, city: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line)
    assert found.dateline is not None and found.dateline.value == city
    assert found.outlet is None


# a page's copyright footer names the outlet; cleaning drops the footer, so the reader takes it first
_STORY = "Judul Berita Studi Banding ke Kota Lain\nPara camat melakukan studi banding ke Kota Batu, Senin (3/6/2024).\n"


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Copyright © 2023 Kabarsulteng.com", "Kabarsulteng.com"),
        ("COPYRIGHT © ANTARA News Jawa Barat 2021", "ANTARA News Jawa Barat"),
        ("Hak Cipta © Warta Pesisir 2020. All rights reserved", "Warta Pesisir"),
        ("copyright (c) Radar Selatan, 2019", "Radar Selatan"),
    ],
)
def test_the_copyright_footer_names_the_outlet(footer: str, outlet: str) -> None:
    from diklat_cli.sources.reader import load_article

    article = load_article((_STORY + "\n" + footer + "\n").encode(), "a.txt")
    assert article.outlet == outlet
    assert footer not in article.text


def test_the_footer_gives_way_to_the_outlet_of_the_dateline() -> None:
    from diklat_cli.sources.reader import load_article

    text = "Judul Berita\nBandung (Antara Jabar) - Para camat berkunjung ke Kota Batu.\nCOPYRIGHT © ANTARA 2021\n"
    assert load_article(text.encode(), "a.txt").outlet is None


def test_copyright_in_prose_names_no_outlet() -> None:
    from diklat_cli.sources.reader import load_article

    text = _STORY + "Ia menyebut hak cipta desain batik itu milik desa.\n"
    assert load_article(text.encode(), "a.txt").outlet is None


# a hyphen inside a word (before a number, in a repeated word, after se-/ke-) is no dateline's dash
@pytest.mark.parametrize(
    "line",
    [
        "Dampak Covid-19, Kunjungan Kerja DPRD Ditunda Sampai Tahun Depan",
        "Lagi, Anggota Dewan Beramai-Ramai Studi Banding ke Luar Daerah",
        "Unik, Lurah Se-Kota Bima Belajar Pengelolaan Sampah di Malang",
        "Berita Pansus B-12 Bahas Rencana Kunjungan ke Kota Batu",
    ],
)
def test_a_hyphen_inside_a_word_is_no_dateline(line: str) -> None:
    found = find_byline(line + "\nPara anggota dewan berangkat pada Senin (3/6/2024) menuju Kota Batu.\n")
    assert found.dateline is None
    assert found.outlet is None
    assert found.title is not None and found.title.value == line


@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        # a domain glued to the story by a hyphen stays a dateline
        ("Mamuju, Lintasinfo.com-Rombongan DPRD Kabupaten Pasangkayu berkunjung.", "Mamuju", "Lintasinfo.com"),
        # a city written in capitals glued to the story by a hyphen, likewise
        ("MAKASSAR-Para peserta PKA angkatan IV mengunjungi Kota Parepare.", "Makassar", None),
    ],
)
def test_a_dash_glued_to_the_story_stays_a_dateline(line: str, city: str, outlet: str | None) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line)
    assert found.dateline is not None and found.dateline.value == city
    assert (found.outlet.value if found.outlet else None) == outlet


# the outlet's masthead in capitals, then the city in Title Case: "MONITOR, Jakarta –"
@pytest.mark.parametrize(
    ("line", "outlet", "city"),
    [
        ("WARTABUANA, Jakarta – Rombongan DPRD Kota Bima berkunjung ke DPRD DKI.", "WARTABUANA", "Jakarta"),
        ("SUARAKITA, Muara Bungo – Para camat melakukan studi tiru ke Kota Batu.", "SUARAKITA", "Muara Bungo"),
        ("LINTASANDA, Banyuwangi – Peserta PKA mengunjungi Pemkab Banyuwangi.", "LINTASANDA", "Banyuwangi"),
        ("DETAKINDO, Tanjung Selor – Para kepala desa berangkat ke Bali.", "DETAKINDO", "Tanjung Selor"),
    ],
)
def test_an_outlet_in_capitals_before_the_city(line: str, outlet: str, city: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line)
    assert found.outlet is not None and found.outlet.value == outlet
    assert found.dateline is not None and found.dateline.value == city


@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        # a region in capitals stands first: the city, then the outlet
        ("PADANG, Set DPRD – Rombongan DPRD Provinsi berangkat ke Jakarta.", "Padang", "Set DPRD"),
        # an outlet that writes itself with a capital inside a word stands second
        ("SEMARAPURA, NusaBali – Rombongan DPRD Klungkung berkunjung ke Magelang.", "Semarapura", "NusaBali"),
    ],
)
def test_a_city_in_capitals_before_the_outlet(line: str, city: str, outlet: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line)
    assert found.dateline is not None and found.dateline.value == city
    assert found.outlet is not None and found.outlet.value == outlet


# an outlet by its two initials after the city: "TERNATE, OT –"
@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("SOLOK SELATAN, SM – Rombongan DPRD Kabupaten Agam berkunjung ke Kota Batu.", "Solok Selatan", "SM"),
        ("MAMUJU,  RB - Para camat melakukan studi tiru ke Kota Surabaya.", "Mamuju", "RB"),
        ("Tanjung Redeb, KB – Peserta PKA angkatan II mengunjungi Pemkot Malang.", "Tanjung Redeb", "KB"),
        ("PALU, MS- Anggota Komisi A DPRD Sulteng berangkat ke Makassar.", "Palu", "MS"),
    ],
)
def test_an_outlet_by_its_initials_after_the_city(line: str, city: str, outlet: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line)
    assert found.dateline is not None and found.dateline.value == city
    assert found.outlet is not None and found.outlet.value == outlet


@pytest.mark.parametrize(
    "line",
    [
        # two capitals that open the sentence after the comma, with no dash after them
        "MAMUJU, DI tengah hujan deras, rombongan DPRD Pasangkayu tiba di Mamuju.",
        # two capitals followed by a word, no dash
        "Palu, KB Hamzah menerima rombongan DPRD Kabupaten Sigi di kantornya.",
    ],
)
def test_two_capitals_without_a_dash_name_no_outlet(line: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line)
    assert found.outlet is None


# the outlet's domain, then the city, whatever stands between them
@pytest.mark.parametrize(
    ("line", "outlet", "city"),
    [
        ("BERITASATU.COM: PALU – Rombongan DPRD Kabupaten Sigi berkunjung ke Makassar.", "BERITASATU.COM", "Palu"),
        ("kabarbaru.id - MEDAN - Para camat melakukan studi tiru ke Kota Surabaya.", "kabarbaru.id", "Medan"),
        ("Lintasnews.id Tanjung Pinang – Peserta PKA mengunjungi Pemkot Batam.", "Lintasnews.id", "Tanjung Pinang"),
        ("SUARAPAPUA.COM, JAYAPURA,--- Anggota DPRD Kabupaten Keerom berangkat ke Bali.", "SUARAPAPUA.COM", "Jayapura"),
    ],
)
def test_a_domain_then_the_city(line: str, outlet: str, city: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line)
    assert found.outlet is not None and found.outlet.value == outlet
    assert found.dateline is not None and found.dateline.value == city


@pytest.mark.parametrize(
    "line",
    [
        # a date after the domain is no city
        "Kompas.com - 18/04/2018, 07:52 WIB",
        # the sentence goes on after the capitalised words: no dash closes a city
        "Kabarbaru.id - Pemerintah Kota Magelang menggelar studi banding ke Kota Batu.",
    ],
)
def test_a_domain_then_no_city(line: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line + "\nPara camat berangkat ke Batu.\n")
    assert found.dateline is None


# a bar stands between the city and the outlet as a comma does
@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("MATARAM | lombokpost.id – Rombongan DPRD Kabupaten Sumbawa berkunjung ke Bali.", "Mataram", "lombokpost.id"),
        ("Kendari | Warta Sultra – Para camat melakukan studi tiru ke Kota Surabaya.", "Kendari", "Warta Sultra"),
        ("Suara Timur | Bulukumba – Peserta PKA mengunjungi Pemkab Bantaeng.", "Bulukumba", "Suara Timur"),
        ("PALOPO | Kabar Luwu - Anggota DPRD Kota Palopo berangkat ke Makassar.", "Palopo", "Kabar Luwu"),
    ],
)
def test_a_bar_between_city_and_outlet(line: str, city: str, outlet: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line)
    assert found.dateline is not None and found.dateline.value == city
    assert found.outlet is not None and found.outlet.value == outlet


@pytest.mark.parametrize(
    "line",
    [
        # a menu of sections separated by bars
        "Beranda | Berita | Daerah – Semua rubrik",
        # a bar with no dash after the second name
        "Kendari | Warta Sultra menurunkan laporan kunjungan kerja DPRD.",
    ],
)
def test_bars_without_a_dateline(line: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line + "\nPara camat berangkat ke Batu.\n")
    assert found.dateline is None


# the site's masthead or tagline above the headline, a press word in it, is no headline
@pytest.mark.parametrize(
    "masthead",
    ["Portal Berita Online Sulawesi", "Kabar Riau Untuk Semua", "Bekasi Times Network", "Media Informasi Warga Desa"],
)
def test_a_masthead_above_the_headline_is_no_headline(masthead: str) -> None:
    headline = "Peserta PKA Angkatan III Kunjungi Kota Batu"
    found = find_byline(masthead + "\n" + headline + "\nPara peserta berangkat pada Senin (3/6/2024) ke Batu.\n")
    assert found.title is not None and found.title.value == headline


@pytest.mark.parametrize(
    "headline",
    [
        # a headline with a press word and more than five words stays the headline
        "Kabar Gembira, Desa Wisata Kami Jadi Tujuan Studi Banding",
        # a short headline with no press word stays the headline
        "DPRD Sigi Belajar ke Palu",
    ],
)
def test_a_headline_stays(headline: str) -> None:
    found = find_byline(headline + "\nPeserta PKA Kunjungi Kota Batu\nPara peserta berangkat ke Batu.\n")
    assert found.title is not None and found.title.value == headline


# a domain is an outlet wherever it stands: the city before it may be set off by a comma, a full stop and a
# space, one or two bars, a dash between spaces, or a bare space with a dash after the domain; the lead may
# follow anyhow, or the line may end there
@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("Kendari, wartasultra.id | Para lurah melakukan studi tiru ke Kota Makassar.", "Kendari", "wartasultra.id"),
        ("Bontang, KabarEtam.com, rombongan DPRD berangkat ke Kota Batu.", "Bontang", "KabarEtam.com"),
        ("Sampit || SuaraKotim.co.id — Peserta PKP mengunjungi Pemkab Gowa.", "Sampit", "SuaraKotim.co.id"),
        ("Bukittinggi. RANAHMINANG.Com", "Bukittinggi", "RANAHMINANG.Com"),
        ("Kota Blitar – blitar-terkini.id", "Kota Blitar", "blitar-terkini.id"),
        ("Pariaman PARIAMANPOST.com – Para camat studi banding ke Bandung.", "Pariaman", "PARIAMANPOST.com"),
        # in brackets after the city, a dash after them or none
        ("Kupang(nttekspres.com)", "Kupang", "nttekspres.com"),
        ("SINTANG, (KapuasRaya.id) Anggota DPRD Sintang berkunjung ke Sleman.", "Sintang", "KapuasRaya.id"),
    ],
)
def test_a_city_then_a_domain_set_off_anyhow(line: str, city: str, outlet: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line + "\nPara camat berangkat ke Batu.\n")
    assert found.dateline is not None and found.dateline.value == city
    assert found.outlet is not None and found.outlet.value == outlet


# the outlet first, the city after it in brackets
@pytest.mark.parametrize(
    ("line", "outlet", "city"),
    [
        ("KABARSULTENG.ID (PALU) – Peserta PKA berangkat ke Kota Batu.", "KABARSULTENG.ID", "Palu"),
        ("BERITAMINANG.COM(Solok):Anggota DPRD Kota Solok studi banding ke Bogor.", "BERITAMINANG.COM", "Solok"),
        ("RIAUPOS, (Dumai)", "RIAUPOS", "Dumai"),
    ],
)
def test_an_outlet_then_the_city_in_brackets(line: str, outlet: str, city: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line + "\nPara camat berangkat ke Batu.\n")
    assert found.dateline is not None and found.dateline.value == city
    assert found.outlet is not None and found.outlet.value == outlet


# an outlet's name no city is written with (a digit, a dot and a space), then a regency or city before the dash
@pytest.mark.parametrize(
    ("line", "outlet", "city"),
    [
        ("WARTA88, Sidoarjo – Rombongan kepala desa belajar ke Banyuwangi.", "WARTA88", "Sidoarjo"),
        ("Detak. Id, MAJENE — Peserta PKP mengunjungi Pemkab Gowa.", "Detak. Id", "Majene"),
        ("SulbarKini. Com, Polewali Mandar – Anggota DPRD berangkat ke Bali.", "SulbarKini. Com", "Polewali Mandar"),
        ("TigaSisiNews, Sleman (DIY) –", "TigaSisiNews", "Sleman"),
    ],
)
def test_an_outlet_name_then_a_regency(line: str, outlet: str, city: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line + "\nPara camat berangkat ke Batu.\n")
    assert found.dateline is not None and found.dateline.value == city
    assert found.outlet is not None and found.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # one domain written with its own full stops and hyphen: no city inside it
        ("KABARMAROS.CO.ID, MAROS — Para anggota dewan berangkat ke Bali.", "KABARMAROS.CO.ID"),
        ("KUTAI-POST.com – Peserta PKA mengunjungi Pemkab Berau.", "KUTAI-POST.com"),
    ],
)
def test_a_domain_of_several_parts_is_one_outlet(line: str, outlet: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line + "\nPara camat berangkat ke Batu.\n")
    assert found.outlet is not None and found.outlet.value == outlet
    assert found.dateline is None or found.dateline.value not in ("Kabarmaros", "Kutai")


@pytest.mark.parametrize(
    "line",
    [
        # a page's furniture: a word and a domain a bare space apart, no dash after
        "Gambar Beritakita.com",
        # a day before the dash is no outlet's name
        "Selasa, Bandung – Para camat berangkat ke Batu.",
    ],
)
def test_no_outlet_and_city_without_their_marks(line: str) -> None:
    found = find_byline("Judul Berita Kunjungan Kerja ke Kota Lain\n" + line + "\nPara camat berangkat ke Batu.\n")
    assert found.outlet is None and found.dateline is None


# a bracketed credit names the outlet by its domain on one side of a slash (the photographer, the writer's
# initials or "dok" on the other), where nothing else in the text names it
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Rombongan PKK berangkat ke Kota Batu. (Kabarmagelang.id/dok)\nPara kader belajar bank sampah.",
            "Kabarmagelang.id",
        ),
        ("Para camat belajar ke Kota Batu, Senin.\n(Riaupos.co/Andi Saputra)", "Riaupos.co"),
        (
            "Peserta PKA berfoto bersama. (Foto: Dedi Kurnia/SUMBARKINI.COM)\nMereka belajar di Kota Batu.",
            "SUMBARKINI.COM",
        ),
        ("Anggota DPRD tiba di Batam. (Sinarkepri.com/rn)\nKunjungan berlangsung dua hari.", "Sinarkepri.com"),
    ],
)
def test_a_credit_names_the_outlet_by_its_domain(text: str, outlet: str) -> None:
    found = find_byline(text)
    assert found.outlet is not None and found.outlet.value == outlet


@pytest.mark.parametrize(
    "text",
    [
        # a credit without a domain names a photographer and a newsroom, not this site for sure
        "Para camat belajar ke Kota Batu.\n(PUTRI ANDINI/RADAR SOLO)\nKunjungan berlangsung dua hari.",
        # a date in brackets is no credit
        "Para camat belajar ke Kota Batu, Senin (12/3/2024).\nKunjungan berlangsung dua hari.",
    ],
)
def test_no_outlet_from_a_credit_without_a_domain(text: str) -> None:
    assert find_byline(text).outlet is None


# A place's kind word closing a headline ("… ke Dua Provinsi", "… ke Tiga Kota") is no prefix of the dateline's
# city under it, past the blank line: a prefix, like a name's words, is wrapped onto the next line but never run
# on over a blank line (places._prefix_word)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "PKN II Kalsel Kunjungi Dua Provinsi\n\nBanjarmasin, Banjarmasin Post - Peserta",
            ["Kalsel", "Banjarmasin", "Banjarmasin"],
        ),
        ("Peserta PKP Belajar ke Tiga Kota\n\nBANDUNG - Sebanyak 30 peserta", ["BANDUNG"]),
        ("Studi Banding ke Pemerintahan\n\nWali Kota Blitar menerima rombongan", ["Wali Kota Blitar"]),
        ("Kades Studi Tiru ke Sejumlah Kabupaten\n\nGARUT - Para kepala desa", ["GARUT"]),
        # (near-misses: a prefix wrapped onto the next line is still the name's)
        ("Rombongan tiba di Kabupaten\nBanyuwangi pada Senin", ["Kabupaten\nBanyuwangi"]),
        ("Peserta belajar di Kab.\nSleman kemarin", ["Kab.\nSleman"]),
    ],
)
def test_a_kind_word_closing_a_headline_is_no_prefix_of_the_dateline(text: str, want: list[str]) -> None:
    from diklat_cli.extract.places import find_places

    assert [m.text for m in find_places(text)] == want
