from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diklat_cli.extract.text import clean_text, repair_mojibake, strip_boilerplate

FIXTURES = Path(__file__).parent / "fixtures"


def _as_cp1252(s: str) -> str:
    """UTF-8 bytes read as Windows-1252 (undefined bytes as latin-1), as a browser would."""
    return "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in s.encode("utf-8")
    )


# --- repair_mojibake ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("â€œKami siap,â€\x9d kata Sekda.", "“Kami siap,” kata Sekda."),
        ("â€œKami siap,â€ kata Sekda.", "“Kami siap,” kata Sekda."),
        ("â€œKami siap,â€� kata Sekda.", "“Kami siap,” kata Sekda."),
        ("Pemkot Bau-Bau â€“ Sulawesi", "Pemkot Bau-Bau – Sulawesi"),
        ("Jum’at", "Jum’at"),
        ("Jumâ€™at", "Jum’at"),
        ("Caf\u00c3\u00a9 Bandung", "Café Bandung"),
        ("Ruang\u00c2\u00a0Rapat", "Ruang\u00a0Rapat"),
        ("\u00c2\u00a9 2019", "© 2019"),
        # encoded twice
        ("Ã¢â‚¬Å“HaloÃ¢â‚¬Â\x9d", "“Halo”"),
    ],
)
def test_repair_mojibake_sequences(broken: str, fixed: str) -> None:
    assert repair_mojibake(broken) == fixed


def test_lone_dagger_after_quote_becomes_closing_quote() -> None:
    # a closing quote that lost its first bytes; the space went with them
    s = '"Peserta bisa langsung belajar ke dinas terkait,†ujar Sekda.'
    assert repair_mojibake(s) == '"Peserta bisa langsung belajar ke dinas terkait," ujar Sekda.'
    s = "“Semoga bermanfaat,† katanya."
    assert repair_mojibake(s) == "“Semoga bermanfaat,” katanya."


def test_dagger_without_an_open_quote_is_left_alone() -> None:
    s = "Catatan kaki† di bawah."
    assert repair_mojibake(s) == s


def test_replacement_char_used_as_quote() -> None:
    s = "\ufffdKami berharap peserta belajar banyak,\ufffd kata Asisten.\n\ufffdYa\ufffd."
    assert repair_mojibake(s) == "“Kami berharap peserta belajar banyak,” kata Asisten.\n“Ya”."


def test_replacement_char_inside_a_word_is_kept() -> None:
    assert repair_mojibake("Jum\ufffdat pagi") == "Jum\ufffdat pagi"


@pytest.mark.parametrize(
    "good",
    [
        "“Café” di Jalan Sudirman…",  # é then ” must not fuse into a CJK character
        "naïve señor Ångström Ørsted São Paulo",
        "Suhu 30°C, harga €5 — Rp 5.000 ± 2%",
        "Wali Kota (Â) dan Ã",
    ],
)
def test_correct_text_is_untouched(good: str) -> None:
    assert repair_mojibake(good) == good


_CLEAN_ALPHABET = st.sampled_from(
    list("abcdeghijklmnoprstuwyzABDKMPS0123456789 ,.;:()-\n")
    + ["“", "”", "‘", "’", "–", "—", "…", "é", "ü", "©", "°", "€", "\u00a0", "½", "·", "ç", "ñ"]
)


@given(st.lists(_CLEAN_ALPHABET, max_size=80).map("".join))
def test_repair_never_changes_clean_text(s: str) -> None:
    assert repair_mojibake(s) == s


@given(st.lists(_CLEAN_ALPHABET, max_size=80).map("".join))
def test_repair_undoes_utf8_read_as_cp1252(s: str) -> None:
    assert repair_mojibake(_as_cp1252(s)) == s


# --- clean_text -----------------------------------------------------------------------


def test_line_endings_normalised() -> None:
    assert clean_text("satu\r\ndua\rtiga\nempat") == "satu\ndua\ntiga\nempat"


def test_control_and_zero_width_characters_dropped() -> None:
    assert clean_text("Pe\x00ser\x07ta\u200b Dik\ufefflat\u00ad") == "Peserta Diklat"
    assert clean_text("a\tb") == "a\tb"


def test_unicode_spaces_become_one_space() -> None:
    assert clean_text("Balai\u00a0Kota\u2009\u2009Lembah\u3000 Hijau   ") == "Balai Kota Lembah Hijau"


def test_blank_lines_collapse_and_edges_trimmed() -> None:
    assert clean_text("\n\n  satu  \n\n\n\n\ndua\n\n") == "satu\n\ndua"


def test_nfc() -> None:
    assert clean_text("Cafe\u0301") == "Caf\u00e9"


def test_clean_text_repairs_mojibake() -> None:
    assert clean_text("â€œSiap,â€\x9d kata dia.") == "“Siap,” kata dia."
    # what the repair yields is cleaned too: a BOM, a line separator, a NBSP
    assert clean_text("ï»¿Judul\u00e2\u20ac\u00a8Isi\u00c2\u00a0ini") == "Judul\nIsi ini"
    # a control character between the bytes does not hide the sequence
    assert clean_text("Caf\u00c3\x1b\u00a9") == "Café"


def test_noise_fixture() -> None:
    raw = (FIXTURES / "artikel_noise.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    lines = cleaned.split("\n")
    assert lines[0] == "Peserta Diklat PIM IV Kabupaten Sukamaju Benchmarking ke Kota Lembah Hijau"
    for gone in (
        "Menu Close",
        "Dilihat",
        "Baca juga",
        "Harga Cabai",
        "Berita Terkait",
        "Bupati Sukamaju Lantik",
        "Sumber Gambar",
        "Bagikan",
        "COPYRIGHT",
    ):
        assert gone not in cleaned, gone
    assert "\n.\n" not in cleaned
    for kept in (
        "menerima rombongan 35 peserta Diklat PIM IV Angkatan III Kabupaten Sukamaju. Rombongan",
        "“Kota ini kami pilih karena inovasi layanan publiknya,” kata Rina.",
        "Peserta akan mengunjungi lokus berikut:\n- Dinas Penanaman Modal dan PTSP",
        "- Kecamatan Lembah Timur",
        "Lembah Hijau, 7 Maret 2019 – Sekretaris Daerah Budi Hartono",
        "Lihat juga bagaimana kota ini menata pasar tradisional",
        "Pewarta: Siti Aminah",
        "Editor : Joko Santoso",
    ):
        assert kept in cleaned, kept
    assert "  " not in cleaned and "\n\n\n" not in cleaned
    assert all(line == line.strip() for line in lines)


_LINES = st.sampled_from(
    [
        "",
        " ",
        "Baca juga: Judul Lain",
        "- Judul Berita Terkait Yang Cukup Panjang",
        "- dinas",
        "Berita Terkait",
        "Peserta diklat tiba di balai kota.",
        "Lokus yang dikunjungi:",
        ".",
        "Sumber Gambar : Sumber Gambar : Humas",
        "Dilihat 12 kali",
        "Pewarta: Ani",
        "â€œKata dia,â€\x9d",
        "\u00a0\u200b",
        "x\r",
        "Menu",
    ]
)


@settings(max_examples=300)
@given(st.lists(_LINES, max_size=15).map("\n".join))
def test_clean_text_is_idempotent(s: str) -> None:
    once = clean_text(s)
    assert clean_text(once) == once


@given(st.text(max_size=200))
def test_clean_text_on_any_string(s: str) -> None:
    out = clean_text(s)
    assert "\r" not in out and "\x00" not in out
    assert clean_text(out) == out
    out.encode("utf-8")  # no lone surrogates


# --- strip_boilerplate ----------------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        "Baca juga: Pemkot Gelar Pasar Murah",
        "Baca Juga  Pemkot Gelar Pasar Murah",
        "BACA JUGA: Pemkot Gelar Pasar Murah",
        "Baca: Pemkot Gelar Pasar Murah",
        "Lihat juga: Video Kunjungan",
        "Simak juga - Wawancara Sekda",
        "Dilihat 69 kali",
        "oleh -242 Dilihat",
        "1.234 views",
        "Dibaca: 512",
        "Artikel ini telah dibaca 1.024 kali",
        "Menu Close",
        "Skip to content",
        "Sumber Gambar : Humas Pemkot",
        "Bagikan: Facebook Twitter WhatsApp",
        "Facebook Twitter WhatsApp Telegram",
        "Share this:",
        "Ikuti berita terkini di Google News",
        "COPYRIGHT © ANTARA News 2016",
        "Copyright 2023 Warta Daerah. All rights reserved.",
        "Hak Cipta © 2023 Warta Daerah",
        "Tags: Diklat, Benchmarking, PKP",
        ".",
        "...",
        "—",
    ],
)
def test_furniture_lines_dropped(furniture: str) -> None:
    text = f"Judul Berita\n{furniture}\nIsi berita di sini."
    assert strip_boilerplate(text) == "Judul Berita\nIsi berita di sini."


@pytest.mark.parametrize(
    "prose",
    [
        "Pewarta: Humas Pemprov Lampung",
        "Editor : M. Tohamaksun",
        "Reporter: Siti",
        "Penulis: Joko",
        "Lihat juga bagaimana kota ini menata pasar tradisional selama lima tahun terakhir.",
        "Dilihat dari sisi pelayanan publik, kota ini unggul.",
        "Hak cipta atas inovasi itu dipegang Pemkot.",
        "Menu makan siang peserta disiapkan panitia.",
        "Oleh karena itu, 40 peserta dibagi menjadi empat kelompok.",
        "Share informasi antardaerah dinilai penting oleh peserta yang hadir dalam kegiatan itu.",
        "Berita TerbaruDokumentasiHeadline",
    ],
)
def test_prose_and_bylines_kept(prose: str) -> None:
    text = f"Judul Berita\n{prose}\nIsi berita di sini."
    assert strip_boilerplate(text) == text


def test_photo_credit_prefix_removed_but_prose_kept() -> None:
    text = "Judul\nSumber Gambar :Pandeglang, 23 Juni 2025 – Pelatihan resmi dibuka Gubernur."
    assert strip_boilerplate(text) == "Judul\nPandeglang, 23 Juni 2025 – Pelatihan resmi dibuka Gubernur."


def test_related_headline_bullets_dropped() -> None:
    text = (
        "Peserta tiba pagi hari.\n"
        "- Data BPS: Warga Miskin di Kota Sebelah Berkurang\n"
        "- Siswi Terjatuh dari Lantai Dua, Pemkot Beri Pendampingan\n"
        "- Lewat Aplikasi Baru, Urus Nikah Kian Gampang\n"
        '"Kami senang," kata Sekda.'
    )
    assert strip_boilerplate(text) == 'Peserta tiba pagi hari.\n"Kami senang," kata Sekda.'


def test_article_lists_kept() -> None:
    introduced = (
        "Peserta mengunjungi tiga lokus:\n"
        "- Dinas Penanaman Modal dan PTSP\n"
        "- Dinas Kependudukan dan Pencatatan Sipil\n"
        "- Kecamatan Lembah Timur"
    )
    assert strip_boilerplate(introduced) == introduced
    sentences = (
        "Ada beberapa catatan.\n- Peserta datang tepat waktu.\n- Panitia menyiapkan bus.\n- Sekda memberi sambutan."
    )
    assert strip_boilerplate(sentences) == sentences
    announced = (
        "Lokus yang dikunjungi sebagai berikut.\n"
        "- Dinas Penanaman Modal dan PTSP\n"
        "- Dinas Kependudukan dan Pencatatan Sipil\n"
        "- Kecamatan Lembah Timur"
    )
    assert strip_boilerplate(announced) == announced
    two = "Peserta tiba.\n- Judul Satu Yang Panjang\n- Judul Dua Yang Panjang"
    assert strip_boilerplate(two) == two


@pytest.mark.parametrize("header", ["Berita Terkait", "BACA JUGA:", "Artikel Lainnya", "Related Posts"])
def test_related_header_takes_its_bullets(header: str) -> None:
    text = f"Isi berita.\n\n{header}\n- Satu\n\n- Dua\nPewarta: Ani"
    assert strip_boilerplate(text) == "Isi berita.\n\nPewarta: Ani"


def test_related_header_leaves_following_prose() -> None:
    text = "Isi berita.\nBerita Terkait\nPeserta kembali ke daerah asal pada sore hari."
    assert strip_boilerplate(text) == "Isi berita.\nPeserta kembali ke daerah asal pada sore hari."
