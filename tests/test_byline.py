"""byline.find_byline on hand-written article openings and footers."""

from __future__ import annotations

from datetime import date

import pytest

from diklat_cli.extract.byline import Byline, Field, find_byline


def value(f: Field | None) -> str | None:
    return f.value if f is not None else None


def spans_ok(text: str, b: Byline) -> bool:
    """Every field's span points at its text (datelines may be re-cased)."""
    for f in (b.outlet, b.reporter, b.editor, b.title, b.dateline):
        if f is not None and text[f.start : f.end].lower() != f.value.lower():
            return False
    return True


# --- datelines and outlets ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "city", "outlet"),
    [
        ("Kupang (Antara NTT) - Peserta PKA tiba di Kupang.", "Kupang", "Antara NTT"),
        ("Ambon  (ANTARA) - Rombongan PKP disambut wali kota.", "Ambon", "ANTARA"),
        ("Sleman, (Harian Merapi) - Peserta studi lapangan datang.", "Sleman", "Harian Merapi"),
        ("SURAKARTA (Solopos.id) – Pemkot menerima rombongan.", "Surakarta", "Solopos.id"),
        ("BITUNG– Pemkot Bitung menerima peserta Diklatpim.", "Bitung", None),
        ("PALOPO, -Kunjungan peserta diterima wali kota.", "Palopo", None),
        ("Banda Aceh – Kota ini didatangi peserta diklat.", "Banda Aceh", None),
        ("Sukoharjo — Peserta PKP melakukan studi lapangan.", "Sukoharjo", None),
        ("KABARSULSEL.com, GOWA- Peserta Diklat PIM IV datang.", "Gowa", "KABARSULSEL.com"),
        ("beritaku.id | SERANG . Pelatihan resmi dibuka.", "Serang", "beritaku.id"),
        ("Kupang, warta-ntt.com – Peserta PKA tiba.", "Kupang", "warta-ntt.com"),
        ("Kaltim, Kabarbenua - Pemkot menerima peserta.", "Kaltim", "Kabarbenua"),
        ("PORTALBATU.ID - Peserta PKA Kabupaten Kediri datang.", None, "PORTALBATU.ID"),
        # a region's name with "ini" or "go" glued before it is a masthead, not a city
        ("INIKENDARI – Rombongan DPRD tiba di bandara.", None, "INIKENDARI"),
        ("GoJambi – Peserta diklat disambut sekda.", None, "GoJambi"),
        ("Gorontalo – Peserta diklat disambut sekda.", "Gorontalo", None),
    ],
)
def test_dateline_and_outlet(opening: str, city: str | None, outlet: str | None) -> None:
    text = opening + "\n\nKalimat berikutnya dari berita ini.\n"
    b = find_byline(text)
    assert value(b.dateline) == city
    assert value(b.outlet) == outlet
    assert spans_ok(text, b)


def test_dateline_below_a_caption() -> None:
    text = (
        "Para peserta berfoto bersama wali kota di halaman balai kota usai penerimaan.\n\n"
        "TERNATE.KABARMALUT.com, TERNATE - Pemerintah Kota Ternate menerima peserta.\n"
    )
    b = find_byline(text)
    assert value(b.dateline) == "Ternate"
    assert value(b.outlet) == "TERNATE.KABARMALUT.com"


def test_bare_city_comma_when_the_city_recurs() -> None:
    text = "Bekasi, Sebagai kota penyangga ibu kota, Bekasi dikenal punya layanan cepat.\n"
    assert value(find_byline(text).dateline) == "Bekasi"


def test_bare_comma_opening_is_not_a_dateline_by_itself() -> None:
    text = "Sementara, Peserta lain mengunjungi dinas kesehatan untuk belajar.\n"
    assert find_byline(text).dateline is None


def test_prose_dash_is_not_a_dateline() -> None:
    text = "Pemkot Ambon – yang dikenal inovatif – menerima rombongan.\n"
    b = find_byline(text)
    assert b.dateline is None and b.outlet is None


def test_no_dateline_late_in_the_article() -> None:
    body = "\n".join(f"Paragraf ke-{i} berisi uraian kegiatan peserta di lokus." for i in range(12))
    text = body + "\nMALANG – Kalimat ini ada jauh di bawah.\n"
    assert find_byline(text).dateline is None


# --- headline -----------------------------------------------------------------------------


def test_headline_first_line() -> None:
    text = (
        "Peserta PKP Kabupaten Kediri Belajar Inovasi ke Kota Madiun\n\n"
        "MADIUN – Sebanyak 40 peserta tiba di balai kota.\n"
    )
    b = find_byline(text)
    assert value(b.title) == "Peserta PKP Kabupaten Kediri Belajar Inovasi ke Kota Madiun"
    assert value(b.dateline) == "Madiun"
    assert spans_ok(text, b)


def test_headline_below_menu_and_counter_lines() -> None:
    text = (
        "Menu Tutup\nBeritaUtamaDaerahNasional\n\n"
        "Rombongan Diklatpim Kota Ambon Sambangi Pemkot Bogor\n\nDilihat 120 kali\n\n"
        "BOGOR - Pemkot Bogor menerima rombongan.\n"
    )
    assert value(find_byline(text).title) == "Rombongan Diklatpim Kota Ambon Sambangi Pemkot Bogor"


def test_headline_below_a_date_line() -> None:
    text = (
        "Kamis, 3 Agustus 2023 09:30 WIB\n"
        "Pemkab Sleman Jadi Lokus Studi Lapangan PKA Jawa Tengah\n\n"
        "Sleman - Rombongan tiba pagi hari.\n"
    )
    b = find_byline(text)
    assert value(b.title) == "Pemkab Sleman Jadi Lokus Studi Lapangan PKA Jawa Tengah"
    assert b.published is not None and b.published[0] == date(2023, 8, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Kupang (Antara NTT) - Peserta PKA tiba di Kupang.\n",
        "Kunjungan belajar ke Pemkot Surabaya datang dari banyak pihak. Pihak lain ikut.\n",
        "Peserta datang dari berbagai kabupaten dan kota untuk belajar langsung di lokus yang "
        "sudah ditetapkan panitia penyelenggara pelatihan kepemimpinan administrator tahun ini\n",
    ],
)
def test_no_headline(text: str) -> None:
    assert find_byline(text).title is None


# --- credits ------------------------------------------------------------------------------


def test_reporter_and_editor_lines() -> None:
    text = "Ambon (ANTARA) - Peserta tiba.\n\nKalimat isi.\n\nPewarta: Humas Pemkot Ambon\n\nEditor : R. Wibowo\n"
    b = find_byline(text)
    assert value(b.reporter) == "Humas Pemkot Ambon"
    assert value(b.editor) == "R. Wibowo"
    assert spans_ok(text, b)


def test_reporter_and_editor_on_one_line() -> None:
    text = "Sleman - Peserta tiba.\n\nPenulis: Dian Puspita | Redaktur: Ahmad Rifai\n"
    b = find_byline(text)
    assert (value(b.reporter), value(b.editor)) == ("Dian Puspita", "Ahmad Rifai")


def test_oleh_needs_a_colon() -> None:
    text = "Judul Berita Kunjungan Peserta PKA\n\noleh -120 Dilihat\n\nSleman - Peserta tiba.\n"
    assert find_byline(text).reporter is None


def test_copyright_footer_gives_the_outlet() -> None:
    text = "Sleman - Peserta tiba.\n\nIsi berita.\n\nCopyright © 2021 Warta Sleman. All rights reserved.\n"
    assert value(find_byline(text).outlet) == "Warta Sleman"


def test_bracket_outlet_beats_the_footer() -> None:
    text = "Sleman (Warta Jogja) - Peserta tiba.\n\nCOPYRIGHT © Warta Jogja Online 2019\n"
    assert value(find_byline(text).outlet) == "Warta Jogja"


# --- publication date ---------------------------------------------------------------------


def test_published_label() -> None:
    text = "Ambon (ANTARA) - Peserta tiba.\n\nDiterbitkan 12 Mei 2019\n"
    b = find_byline(text)
    assert b.published is not None
    d, s, e = b.published
    assert d == date(2019, 5, 12) and text[s:e] == "12 Mei 2019"


def test_dateline_with_date() -> None:
    text = "Serang, 4 Juli 2022 – Pelatihan resmi dibuka gubernur.\n"
    b = find_byline(text)
    assert value(b.dateline) == "Serang"
    assert b.published is not None and b.published[0] == date(2022, 7, 4)


def test_numeric_date_line() -> None:
    text = "Judul Singkat Kunjungan Peserta PKP\n12/06/2019 10:15 WIB\nMEDAN - Peserta tiba.\n"
    b = find_byline(text)
    assert b.published is not None and b.published[0] == date(2019, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        # event dates in prose are not publication dates
        "Sleman - Kegiatan berlangsung Senin, 4 Juli 2022 sampai Jumat, 8 Juli 2022.\n",
        "Sleman - Rombongan diterima Rabu (18/6/2019) pagi.\n",
        " date 2019-04 Peserta diterima di ruang rapat.\n",
        "Sleman - Acara ini tayang 12 Mei 2019 di televisi lokal bersama banyak acara lain yang "
        "juga ditayangkan pada pekan yang sama.\n",
    ],
)
def test_no_published(text: str) -> None:
    assert find_byline(text).published is None


def test_empty_text() -> None:
    assert find_byline("") == Byline()


# --- header lines of many outlets (family 7) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Judul Berita Tentang Studi Lapangan\nTribun.com - 07/02/2021, 10:05 WIB\nIsi berita.", date(2021, 2, 7)),
        ("Judul Berita Tentang Studi Lapangan\nSenin, 3 Juli 2023 | 09:30 WIB\nIsi berita.", date(2023, 7, 3)),
        # an English weekday tells the day/month order of a numeric date
        ("Judul Berita Tentang Studi Lapangan\nTue, 05/03/2019 - 10:15\nIsi berita.", date(2019, 3, 5)),
        (
            "Judul Berita Tentang Studi Lapangan\nSubmitted by admin on Thu, 10/12/2017 - 08:00\nIsi.",
            date(2017, 10, 12),
        ),
        ("Judul Berita Tentang Studi Lapangan\nPosted on July 14, 2022 at 8:12 am\nIsi berita.", date(2022, 7, 14)),
        ("Dibaca: 120 Kali, Diperbarui: Kamis, 4 Mei 2023\nJudul Berita\nIsi berita.", date(2023, 5, 4)),
        # a comma before the year, spaced or glued: "8 Maret, 2022", "3 Agu,2021 14:20"
        ("Judul Berita Tentang Studi Lapangan\n\n8 Maret, 2022\nIsi berita.", date(2022, 3, 8)),
        ("Judul Berita Tentang Studi Lapangan\n3 Agu,2021 14:20\n\nIsi berita.", date(2021, 8, 3)),
    ],
)
def test_posting_line_is_the_publication_date(text: str, published: date) -> None:
    b = find_byline(text)
    assert b.published is not None and b.published[0] == published


def test_date_in_a_prose_line_is_not_a_posting_line() -> None:
    text = "Judul Berita\nPada Senin, 3 Juli 2023 para peserta berangkat ke Kabupaten Sleman untuk belajar.\n"
    assert find_byline(text).published is None


@pytest.mark.parametrize(
    ("text", "reporter", "editor"),
    [
        (
            "Judul\nRabu, 5 Juni 2024 | 10:00 Wita - Editor: Ani Lestari - Reporter: Budi Santoso - Koranku.com\nIsi.",
            "Budi Santoso",
            "Ani Lestari",
        ),
        (
            "Judul\nOleh Citra Dewi, Selasa, 2 Mei 2023 | 11:11 WIB - Redaktur: Dodi S - 310\nIsi.",
            "Citra Dewi",
            "Dodi S",
        ),
        ("Judul\nIsi berita.\nRedaktur: Eka Putri\n", None, "Eka Putri"),
    ],
)
def test_credits_in_header_lines(text: str, reporter: str | None, editor: str | None) -> None:
    b = find_byline(text)
    assert value(b.reporter) == reporter
    assert value(b.editor) == editor
    assert spans_ok(text, b)


@pytest.mark.parametrize(
    ("opening", "city", "outlet"),
    [
        ("Larantuka, 4/5 (ANTARA) - Sebanyak 30 camat berangkat.", "Larantuka", "ANTARA"),
        ("BERITANUSA.COM, MAUMERE - Peserta tiba.", "Maumere", "BERITANUSA.COM"),
        ("Kendari kabarsultra.co – Peserta tiba.", "Kendari", "kabarsultra.co"),
        # the outlet before the city when only the second is a regency's or city's name
        ("SUARAKITA, Balikpapan - Peserta tiba.", "Balikpapan", "SUARAKITA"),
        ("Peserta PKP Belajar ke Jembrana\nJembrana –\nPeserta tiba di Jembrana.", "Jembrana", None),
    ],
)
def test_datelines_of_more_outlets(opening: str, city: str, outlet: str | None) -> None:
    b = find_byline(opening)
    assert value(b.dateline) == city
    assert value(b.outlet) == outlet


def test_outlet_header_above_the_dateline() -> None:
    text = "Judul Berita Studi\nWartaku.com - 03/08/2020, 09:00 WIB\nPenulis,\nENDE, WARTAKU.com - Peserta tiba."
    b = find_byline(text)
    assert value(b.dateline) == "Ende"
    assert b.published is not None and b.published[0] == date(2020, 8, 3)


def test_photo_caption_on_the_first_line_is_not_the_headline() -> None:
    text = "Para lurah saat berkunjung ke Kota Batu/ist\nLurah se-Kota Binjai Belajar ke Batu\nIsi berita di sini."
    assert value(find_byline(text).title) == "Lurah se-Kota Binjai Belajar ke Batu"


def test_bare_date_above_the_headline_is_page_chrome() -> None:
    text = "31.2 C\nKupang\nMonday, June 3, 2024\n\nPeserta PKA Belajar ke Kota Kupang\nKUPANG - Peserta tiba."
    b = find_byline(text)
    assert b.published is None
    assert value(b.title) == "Peserta PKA Belajar ke Kota Kupang"


def test_dateline_alone_above_the_lead() -> None:
    text = "Larantuka (ANTARA) -\nPeserta PKA tiba di Larantuka untuk studi lapangan pada Senin (4/9/2023).\n"
    b = find_byline(text)
    assert value(b.dateline) == "Larantuka"
    assert value(b.outlet) == "ANTARA"


@pytest.mark.parametrize(
    "first",
    [
        "Oleh Citra Dewi, Selasa, 2 Mei 2023 | 11:11 WIB - Redaktur: Dodi S",
        "Rombongan saat berfoto di depan kantor bupati. Ist",
    ],
)
def test_byline_or_caption_line_is_not_the_headline(first: str) -> None:
    text = first + "\nPeserta PKA Belajar ke Kota Kupang\nKUPANG - Peserta tiba.\n"
    assert value(find_byline(text).title) == "Peserta PKA Belajar ke Kota Kupang"


def test_city_before_its_province_stays_the_dateline() -> None:
    assert value(find_byline("Bula, Maluku – Peserta tiba.").dateline) == "Bula"


@pytest.mark.parametrize(
    ("opening", "city", "outlet"),
    [
        # an outlet is a place with a press word, or a body's publishing office: never the dateline
        ("Kendari Pos – Peserta PKP tiba di Kolaka.", None, "Kendari Pos"),
        ("BATAM EKSPRES, TANJUNGPINANG – Rombongan datang.", "Tanjungpinang", "BATAM EKSPRES"),
        ("Humas-Setwan  -  DPRD Kota Bima menerima tamu.", None, "Humas-Setwan"),
        ("DPRD KABUPATEN JEMBER – Pimpinan dewan menyambut tamu.", None, "DPRD KABUPATEN JEMBER"),
        # an outlet of several words after the city
        ("SORONG, WARTA PAPUA BARAT – Rombongan tiba.", "Sorong", "WARTA PAPUA BARAT"),
        # a province after the city is the city's province, not an outlet
        ("Tual, Maluku – Rombongan studi banding tiba.", "Tual", None),
        # a place written with its kind word is a dateline; the rubric word alone is not
        ("Kota Bima – Peserta Latsar belajar di Dompu.", "Kota Bima", None),
        ("Sawahlunto Kota, Singgalangnews – Rombongan tiba.", "Sawahlunto Kota", "Singgalangnews"),
    ],
)
def test_outlet_is_not_a_dateline(opening: str, city: str | None, outlet: str | None) -> None:
    text = opening + "\n\nKalimat berikutnya dari berita ini.\n"
    b = find_byline(text)
    assert value(b.dateline) == city
    assert value(b.outlet) == outlet
    assert spans_ok(text, b)


@pytest.mark.parametrize(
    ("opening", "city", "outlet"),
    [
        # a rubric word before the outlet's domain is no dateline; underscores may stand for the dash
        ("KOTA, beritamuria.com__Rombongan tiba di Kudus.", None, "beritamuria.com"),
        ("Kota, kabarsolo.id– Rombongan tiba di Solo.", None, "kabarsolo.id"),
        # a dash glued after the comma
        ("JATENG.KABARNEWS.CO,-Kudus – Rombongan tiba.", "Kudus", "JATENG.KABARNEWS.CO"),
    ],
)
def test_rubric_and_glued_dash_before_the_story(opening: str, city: str | None, outlet: str | None) -> None:
    text = opening + "\n\nKalimat berikutnya dari berita ini.\n"
    b = find_byline(text)
    assert (value(b.dateline), value(b.outlet)) == (city, outlet)


def test_a_dateline_alone_on_its_line_has_no_headline_above_it() -> None:
    b = find_byline("Jakarta –\nLapas Terbuka menerima kunjungan dari peserta diklat\nprajabatan golongan III.\n")
    assert value(b.dateline) == "Jakarta"
    assert b.title is None


def test_a_wrapped_line_of_the_lead_is_no_headline() -> None:
    b = find_byline("yang sedang tren dalam meniru keberhasilan\ndesa lain, para kades datang ke Ponggok.\n")
    assert b.title is None


def test_a_sign_off_with_the_outlets_domain_names_the_outlet() -> None:
    text = "Rombongan tiba di Palangka Raya.\n\nMereka belajar perizinan.\n\n(gra/kabarkalteng.co.id)\n"
    assert value(find_byline(text).outlet) == "kabarkalteng.co.id"


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        # an English weekday before a posting date is no dateline
        ("Judul Kunjungan Kerja Dewan Kota\nWed, 06/03/2019 - 10:15\nKUDUS - Rombongan tiba.\n", "dateline", "Kudus"),
        # "Laporan wartawan <outlet>, <name>": the reporter, and no headline
        ("Laporan wartawan Harian Muria, Dewi Lestari\n\nKUDUS - Rombongan tiba.\n", "reporter", "Dewi Lestari"),
        ("Laporan wartawan Harian Muria, Dewi Lestari\n\nKUDUS - Rombongan tiba.\n", "title", None),
        # a written date before the outlet in brackets; a dot glued before the dash
        (
            "Judul Kunjungan Kerja Dewan Kota\nKudus, 12 Maret 2024 (Kabar Muria) - Rombongan tiba.\n",
            "outlet",
            "Kabar Muria",
        ),
        ("Judul Kunjungan Kerja Dewan Kota\nBANDUNG, (PR).- Rombongan tiba.\n", "outlet", "PR"),
        # an outlet's name may open with a word before its domain
        ("POS MURIA.COM, KUDUS - Rombongan tiba.\n", "outlet", "POS MURIA.COM"),
    ],
)
def test_more_header_forms(text: str, field: str, want: str | None) -> None:
    assert value(getattr(find_byline(text), field)) == want


def test_a_pages_own_posting_line() -> None:
    b = find_byline("Judul Kunjungan Kerja Dewan Kota\n\nUpload by Admin - 14 September 2021\n\nDPRD menerima tamu.\n")
    assert b.published is not None and b.published[0] == date(2021, 9, 14)
    assert b.reporter is None  # who uploaded is no reporter
    b = find_byline("Dewan lumpuh.\nWritten By kabar desa on Selasa, 26 Februari 2013 | 10:00\n")
    assert b.published is not None and b.published[0] == date(2013, 2, 26)
    assert value(b.reporter) == "kabar desa"


def test_a_credit_label_where_the_outlet_would_stand() -> None:
    b = find_byline("Kota Batu..Editor — Untuk kesekian kalinya Kota Batu dipercaya menjadi lokus.\n")
    assert (value(b.dateline), value(b.outlet)) == ("Kota Batu", None)


def test_an_asterisk_sign_off_names_the_writer() -> None:
    text = "Judul Kunjungan Kerja Dewan Kota\nKUDUS - Rombongan tiba.\n\nMereka belajar.\n*Rina Kusuma\n"
    assert value(find_byline(text).reporter) == "Rina Kusuma"
    assert find_byline("Judul Kunjungan Kerja Dewan Kota\nKUDUS - Rombongan tiba.\n*) catatan kaki\n").reporter is None


def test_a_masthead_date_gives_way_to_the_posting_line_below_the_headline() -> None:
    # the day the page was viewed stands above the headline; the story's own posting line, with its
    # clock (written "08: 15: 02 WIB" by some sites), says when it was published
    text = (
        "Kamis, 20 Jun 2019\nkoranku\n\nDua Kabupaten Belajar Tata Kelola Pasar di Kota Kami\n\n"
        "3 Juni 2019, 08: 15: 02 WIB | editor : Siti Aminah\n\nKOTA KAMI – Rombongan tiba Senin (3/6).\n"
    )
    b = find_byline(text)
    assert b.published is not None and b.published[0] == date(2019, 6, 3)
    # with no posting line, the masthead's date is all there is
    b = find_byline("Kamis, 20 Juni 2019\n\nDua Kabupaten Belajar Tata Kelola Pasar\n\nRombongan tiba Senin.\n")
    assert b.published is not None and b.published[0] == date(2019, 6, 20)


def _v(field: Field | None) -> str | None:
    return field.value if field is not None else None


def test_name_printed_above_its_role() -> None:
    # some headers print the writer's name, then its role alone on the next line
    text = (
        "Bupati Terima Peserta PKA\nWartaku.com - 12/10/2023, 09:15 WIB\nSiti Rahmawati\nPenulis\n"
        "GARUT, Wartaku.com - Bupati menerima peserta PKA.\n"
    )
    got = find_byline(text)
    assert _v(got.reporter) == "Siti Rahmawati"
    assert got.published is not None and got.published[0] == date(2023, 10, 12)
    # a role word alone under a sentence names no one
    text = "Bupati Terima Peserta PKA\nGARUT - Bupati menerima peserta PKA dari Sumedang.\nPenulis\n"
    assert find_byline(text).reporter is None


@pytest.mark.parametrize("label", ["Jurnalis", "Koresponden"])
def test_more_reporter_labels(label: str) -> None:
    text = f"Bupati Terima Peserta PKA\nGARUT - Bupati menerima peserta PKA.\n{label}: Dedi Supriadi\nEditor: Rina\n"
    assert _v(find_byline(text).reporter) == "Dedi Supriadi"


@pytest.mark.parametrize(
    "credit", ["Oleh Redaksi KABARGARUT | 04 November 2023", "Penulis: Tim Liputan", "Penulis: Admin Web"]
)
def test_a_desk_or_account_is_no_reporter(credit: str) -> None:
    text = f"Bupati Terima Peserta PKA\n{credit}\nGARUT - Bupati menerima peserta PKA, Kamis (2/11/2023).\n"
    assert find_byline(text).reporter is None


def test_a_byline_line_closing_with_a_date_gives_the_posting_day() -> None:
    text = "Bupati Terima Peserta PKA\nOleh Dedi Supriadi | 04 November 2023\nGARUT - Bupati menerima peserta PKA.\n"
    got = find_byline(text)
    assert _v(got.reporter) == "Dedi Supriadi"
    assert got.published is not None and got.published[0] == date(2023, 11, 4)


def test_posted_on_a_date() -> None:
    text = "Bupati Terima Peserta PKA\nPosted on 22 November 2023 by Admin\nGARUT - Bupati menerima peserta PKA.\n"
    got = find_byline(text)
    assert got.published is not None and got.published[0] == date(2023, 11, 22)
    assert got.reporter is None


def test_name_then_role_in_a_header_line() -> None:
    text = (
        "Bupati Terima Peserta PKA\nSiti Rahmawati, Jurnalis · Rabu, 22 November 2023 - 10:20 WIB\n"
        "GARUT - Bupati menerima peserta PKA.\n"
    )
    got = find_byline(text)
    assert _v(got.reporter) == "Siti Rahmawati"
    assert got.published is not None and got.published[0] == date(2023, 11, 22)
    # a sentence that opens with a name and a comma is no credit
    text = "Bupati Terima Peserta PKA\nGARUT - Bupati menerima peserta PKA.\nSiti Rahmawati, Penulis buku itu, hadir.\n"
    assert find_byline(text).reporter is None


# A header line may print the posting date and the credits straight after it, with no separator between
# them: "Kamis, 6 Desember 2018 Reporter: X Editor: Y 1939" (the last number a view counter).
@pytest.mark.parametrize(
    ("line", "reporter", "editor"),
    [
        ("Senin, 4 Maret 2019 Reporter: Dewi Lestari Editor: Agus Salim 812", "Dewi Lestari", "Agus Salim"),
        ("Rabu, 12 Juni 2024 Penulis: Made Arta Redaktur: Komang Ayu", "Made Arta", "Komang Ayu"),
        ("12/06/2024 Pewarta : Rahmat Hidayat", "Rahmat Hidayat", None),
        ("Sabtu, 3 Agustus 2019 14:05 WIB Editor: Yusuf Maulana", None, "Yusuf Maulana"),
        # near-misses: a date inside a sentence of the story, and a label inside prose, are no credit line
        ("Pada Senin, 4 Maret 2019 Reporter: Dewi datang ke lokasi bersama warga kampung untuk melihat.", None, None),
        ("Kepala dinas menyebut reporter: semua orang boleh datang.", None, None),
    ],
)
def test_credits_after_the_posting_date(line: str, reporter: str | None, editor: str | None) -> None:
    text = f"Peserta PKA Belajar ke Kota Kami\n\n{line}\n\nKOTA KAMI – Rombongan peserta tiba di kota.\n"
    b = find_byline(text)
    assert value(b.reporter) == reporter
    assert value(b.editor) == editor


# A page's own furniture stands above the headline: a skip link ("Lompat ke konten"), a scroll prompt, a blog's
# search box, a site tagline ("Kumpulan Berita Terkini Seputar X"), a welcome banner, a copyright line. None is
# the headline; the headline is the line below them.
@pytest.mark.parametrize(
    "furniture",
    [
        "Lompat ke konten Lompat ke navigasi",
        "Scroll untuk melanjutkan membaca",
        "Cari di Blog Ini",
        "Berita Kota Kami Terkini",
        "Selamat Datang di Portal Resmi Kota Kami",
        "2023 © PT Media Kota Kami",
    ],
)
def test_page_furniture_above_the_headline(furniture: str) -> None:
    text = f"{furniture}\nPeserta PKA Belajar Tata Kelola Pasar di Kota Kami\nKOTA KAMI – Rombongan tiba.\n"
    assert value(find_byline(text).title) == "Peserta PKA Belajar Tata Kelola Pasar di Kota Kami"


@pytest.mark.parametrize(
    "headline",
    [
        # near-misses: a headline with a word of the furniture in it is still the headline
        "Berita Gembira dari Kota Kami untuk Peserta PKA",
        "Selamat Jalan Peserta PKA ke Kota Kami",
    ],
)
def test_headline_with_a_furniture_word(headline: str) -> None:
    text = f"{headline}\nKOTA KAMI – Rombongan tiba.\n"
    assert value(find_byline(text).title) == headline


# Pages set a photo caption above the story off with a bar at its end ("… ketika berada di Palu |"): a line that
# ends in a bar is a caption, not the headline.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Wali kota menerima cenderamata dari rombongan, Kamis (2/3) |\nKOTA KAMI – Rombongan tiba.\n", None),
        (
            "Para camat ketika berada di Kota Kami |\nCamat Belajar ke Kota Kami\nKOTA KAMI – Tiba.\n",
            "Camat Belajar ke Kota Kami",
        ),
        ("Kepala Dinas PMD, Ahmad Yani, M.Si |\nKOTA KAMI – Rombongan tiba.\n", None),
        (
            "Peserta (kiri) dan camat (kanan) |\nPeserta PKA Studi Tiru ke Kota Kami\nIsi berita.\n",
            "Peserta PKA Studi Tiru ke Kota Kami",
        ),
        # near-misses: a bar inside the headline, with the site's name after it, and a headline with no bar
        (
            "Peserta PKA Studi Tiru ke Kota Kami | Warta Kami\nIsi berita.\n",
            "Peserta PKA Studi Tiru ke Kota Kami | Warta Kami",
        ),
        ("Peserta PKA Studi Tiru ke Kota Kami\nIsi berita.\n", "Peserta PKA Studi Tiru ke Kota Kami"),
    ],
)
def test_caption_set_off_by_a_bar(text: str, title: str | None) -> None:
    assert value(find_byline(text).title) == title


# A site's domain opening the story names the outlet however it is set off from the lead: a comma before the
# dash, its short form in brackets, or a line of its own between the headline and the dateline.
@pytest.mark.parametrize(
    ("text", "city", "outlet"),
    [
        ("Judul Berita\nKabarKami.com,-  Sekretaris daerah menerima peserta.\n", None, "KabarKami.com"),
        ("Judul Berita\nWartaKita.Com [WK] – Pemerintah kabupaten menerima peserta.\n", None, "WartaKita.Com"),
        ("Judul Berita\nSuaraDesa.id [SD], - Rombongan kepala desa tiba.\n", None, "SuaraDesa.id"),
        ("Judul Berita Hari Ini\nBeritaKami.com\nBanyumas – Sekretaris daerah tiba.\n", "Banyumas", "BeritaKami.com"),
        # near-misses: a domain named inside the lead, and a domain at the very top above the headline
        ("Judul Berita\nMenurut laporan KabarKami.com, peserta tiba.\n", None, None),
        ("Judul Berita Hari Ini\nRombongan tiba di Banyumas.\nKabarKami.com\n", None, None),
    ],
)
def test_domain_opening_the_story(text: str, city: str | None, outlet: str | None) -> None:
    b = find_byline(text)
    assert value(b.dateline) == city
    assert value(b.outlet) == outlet


# An outlet may be named by a news word ("Berita Baru", "Pewarta", "Kabar Desa") before a comma and the city:
# with a regency or city after the comma, the name before it is the outlet's.
@pytest.mark.parametrize(
    ("opening", "city", "outlet"),
    [
        ("Berita Nusa, Lamongan– Pengurus BUMDes studi banding.", "Lamongan", "Berita Nusa"),
        ("Pewarta, Pacitan - Studi banding para pendamping desa.", "Pacitan", "Pewarta"),
        ("Berita Rakyat, Sleman – Rombongan kepala desa tiba.", "Sleman", "Berita Rakyat"),
        ("Reporter Desa, Klaten – Kepala desa menerima tamu.", "Klaten", "Reporter Desa"),
        # near-misses: a weekday before the comma names no outlet; a rubric with a dash and no comma stays none
        ("Selasa, Bandung – Rombongan tiba.", None, None),
        ("Berita Banyuwangi - Berbagai capaian membuat kabupaten ini dirujuk.", None, None),
    ],
)
def test_news_word_outlet_before_the_city(opening: str, city: str | None, outlet: str | None) -> None:
    b = find_byline(opening + "\n\nKalimat berikutnya.\n")
    assert value(b.dateline) == city
    assert value(b.outlet) == outlet


# --- what stands where a dateline stands (docs/schema.md, "What stands where a dateline stands") ---------------


@pytest.mark.parametrize(
    ("opening", "city", "outlet"),
    [
        # a body's short name before a region: no dateline, and no outlet either
        ("Polres Sumbawa – Kapolres membuka latihan kerja siswa SPN.", None, None),
        ("Lapas Sragen – Petugas menerima tamu dari Lapas lain.", None, None),
        # a rubric in the slot: no dateline
        ("PARLEMENTARIA RIAU – Anggota dewan berkunjung ke Bandung.", None, None),
        # a masthead glued to a region is the outlet, whole as written
        ("GEMA NUSA BIMA – Para camat belajar ke Kabupaten Sleman.", None, "GEMA NUSA BIMA"),
        ("Lensa Kendal – Rombongan kepala desa tiba di Bantul.", None, "Lensa Kendal"),
        # a city of another province glued before a region names no place there: a masthead
        ("Metro Sorong – Tim dinas belajar ke Kota Bogor.", None, "Metro Sorong"),
        # places stay places: a town or a village before its own regency, a prefix of a place's name
        ("Sentani Jayapura – Para kepala kampung berangkat ke Bali.", "Sentani Jayapura", None),
        ("Muara Bungo – Pemkab melepas rombongan studi banding.", "Muara Bungo", None),
    ],
)
def test_what_stands_where_a_dateline_stands(opening: str, city: str | None, outlet: str | None) -> None:
    text = opening + "\n\nKalimat berikutnya dari berita ini.\n"
    b = find_byline(text)
    assert value(b.dateline) == city
    assert value(b.outlet) == outlet
    assert spans_ok(text, b)


def test_a_village_named_again_before_its_regency_is_a_place() -> None:
    text = (
        "KARANGSARI KEBUMEN – Pengurus BUMDes menerima tamu studi banding.\n\n"
        "Desa Karangsari dikenal dengan usaha kerajinan bambu.\n"
    )
    b = find_byline(text)
    assert value(b.dateline) == "Karangsari Kebumen"
    assert b.outlet is None


def test_a_closing_sign_off_in_brackets_gives_no_reporter() -> None:
    # docs/schema.md, "A sign-off at the end": initials, a name or a desk in brackets closing the text
    for closing in ("(yus)", "(Budi/red)", "(Tim)", "(Humas Pemkab Sleman)"):
        text = f"Sleman – Rombongan datang untuk belajar.\n\nKunjungan berakhir sore hari. {closing}\n"
        assert find_byline(text).reporter is None
