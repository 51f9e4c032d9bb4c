from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diklat_cli.extract.html import HtmlArticle, html_to_text

FIXTURES = Path(__file__).parent / "fixtures"
PARA = (
    "Sebanyak 40 peserta Pelatihan Kepemimpinan Pengawas Kabupaten Sukamaju melakukan studi "
    "lapangan ke Pemerintah Kota Lembah Hijau, Selasa (16/5/2023)."
)


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


@pytest.fixture(scope="module")
def saved() -> HtmlArticle:
    return html_to_text((FIXTURES / "saved_page.html").read_text(encoding="utf-8"))


def test_saved_page_metadata(saved: HtmlArticle) -> None:
    assert saved.title == ("Peserta PKP Angkatan II Kabupaten Sukamaju Studi Lapangan ke Kota Lembah Hijau")
    assert saved.published == date(2023, 5, 16)  # article:published_time beats meta date
    assert saved.outlet == "Warta Daerah"


def test_saved_page_body(saved: HtmlArticle) -> None:
    text = saved.text
    lines = text.split("\n")
    assert lines[0] == saved.title and lines[1] == ""
    assert text.count(saved.title) == 1
    assert "LEMBAH HIJAU – Sebanyak 40 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II" in text
    # entities decoded, NBSP and source line breaks inside a paragraph become spaces
    assert "di ruang rapat\u00a0utama balai kota. Ia menyambut baik" in text
    assert "\n\n“Kami senang Kota Lembah Hijau dipilih sebagai lokus studi lapangan,” ujar Budi.\n\n" in text
    assert "tiga lokus:\n\n- Dinas Penanaman Modal dan PTSP\n- Dinas Kependudukan" in text
    assert "16 hingga 18 Mei 2023.\nPewarta: Siti Aminah\nEditor: Joko Santoso" in text
    # the article's own header (byline) and caption stay; the title is not repeated
    assert lines[2] == "Reporter: Siti Aminah | Selasa, 16 Mei 2023"
    assert "Peserta PKP berfoto bersama di Balai Kota Lembah Hijau." in text


@pytest.mark.parametrize(
    "noise",
    [
        "jangan tampil",  # script
        "margin",  # style
        "Skip to content",
        "Politik",  # nav
        "Daerah</a>",
        "Pasar Murah",  # baca-juga box
        "IKLAN",
        "Facebook",  # share bar
        "Tags",
        "Kabupaten Lain Kunjungi",  # related posts
        "Berita Terkait",
        "Mantap",  # comments
        "Kirim",
        "populer",  # sidebar
        "COPYRIGHT",  # footer
        "http",  # no URL of an image, frame or script
        "pixel",
    ],
)
def test_saved_page_drops_furniture(saved: HtmlArticle, noise: str) -> None:
    assert noise not in saved.text


def test_blocks_and_breaks() -> None:
    out = html_to_text(
        "<div>satu</div><div>dua<br>tiga<br><br>empat</div><p>lima</p><p>enam</p>"
        "<h2>tujuh</h2><ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><ol><li>x<li>y</ol>"
        "<table><tr><th>Nama</th><th>Jabatan</th></tr><tr><td>Budi</td><td>Sekda</td></tr></table>"
    )
    assert out.text == (
        "satu\ndua\ntiga\n\nempat\n\nlima\n\nenam\n\ntujuh\n\n- a\n- b\n- c\n\n1. x\n2. y\n\nNama\tJabatan\nBudi\tSekda"
    )


def test_inline_whitespace_collapsed() -> None:
    out = html_to_text("<p>  Rombongan\n   diterima   <b>Sekda</b>,\t<a href='#'>Budi</a> .</p>")
    assert out.text == "Rombongan diterima Sekda, Budi ."


def test_entities() -> None:
    out = html_to_text("<p>&ldquo;Ya&rdquo; &amp; &#8211; &#x2019; &copy; &nbsp;x &bogus;</p>")
    assert out.text == "“Ya” & – ’ © \u00a0x &bogus;"


def test_title_from_h1_when_no_og_title() -> None:
    html = _page(
        f"<header><h1 class='logo'>Warta</h1></header><article><h1>Judul Dari H1</h1><p>{PARA}</p></article>",
        "<title>Judul Dari Title | Warta</title>",
    )
    out = html_to_text(html)
    assert out.title == "Judul Dari H1"
    assert out.text.startswith("Judul Dari H1\n\n")
    assert out.text.count("Judul Dari H1") == 1


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Peserta Diklat Kunjungi Kota | Warta Daerah", None, "Peserta Diklat Kunjungi Kota"),
        ("Warta Daerah | Peserta Diklat Kunjungi Kota", None, "Peserta Diklat Kunjungi Kota"),
        ("Peserta Diklat Kunjungi Kota - Warta Daerah", None, "Peserta Diklat Kunjungi Kota"),
        ("Peserta Diklat Kunjungi Kota – tribun-x.com", None, "Peserta Diklat Kunjungi Kota"),
        ("Peserta Diklat - Kunjungan ke Kota Lembah Hijau Berjalan Lancar", None,
         "Peserta Diklat - Kunjungan ke Kota Lembah Hijau Berjalan Lancar"),
        ("Peserta Diklat Kunjungi Kota - Warta Daerah Online Kita", "Warta Daerah Online Kita",
         "Peserta Diklat Kunjungi Kota"),
    ],
)  # fmt: skip
def test_title_tag_site_suffix_stripped(title: str, site: str | None, expected: str) -> None:
    head = f"<title>{title}</title>"
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    out = html_to_text(_page(f"<p>{PARA}</p>", head))
    assert out.title == expected
    assert out.text.split("\n")[0] == expected


def test_og_title_with_site_suffix() -> None:
    head = (
        '<meta property="og:title" content="Judul Berita - Warta Daerah">'
        '<meta property="og:site_name" content="Warta Daerah">'
    )
    assert html_to_text(_page(f"<p>{PARA}</p>", head)).title == "Judul Berita"


def test_title_already_in_text_not_repeated() -> None:
    head = '<meta property="og:title" content="Judul  Berita Ini">'
    out = html_to_text(_page(f"<div class='content'><h2>Judul Berita Ini</h2><p>{PARA}</p></div>", head))
    assert out.text.count("Judul Berita Ini") == 1


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<meta property="article:published_time" content="2019-06-18T23:30:00+07:00">',
         date(2019, 6, 18)),
        ('<meta name="pubdate" content="2019-06-18">', date(2019, 6, 18)),
        ('<meta name="date" content="2019/06/18 10:00">', date(2019, 6, 18)),
        ('<meta itemprop="datePublished" content="2019-06-18">', date(2019, 6, 18)),
        ('<script type="application/ld+json">'
         '{"@type": "NewsArticle", "datePublished": "2019-06-18T10:00:00Z"}</script>',
         date(2019, 6, 18)),
        ('<meta name="date" content="18 Juni 2019">', None),
        ('<meta property="article:published_time" content="2019-02-30">', None),
        ("", None),
    ],
)  # fmt: skip
def test_published_from_meta(markup: str, expected: date | None) -> None:
    assert html_to_text(_page(f"<p>{PARA}</p>", markup)).published == expected


def test_published_prefers_time_in_the_article() -> None:
    body = (
        "<div class='related'><time datetime='2018-01-01'>lama</time>"
        "<a href='#'>Judul lain</a></div>"
        f"<article><time datetime='2023-05-16T09:00'>16 Mei</time><p>{PARA}</p></article>"
    )
    assert html_to_text(_page(body)).published == date(2023, 5, 16)


def test_outlet_missing() -> None:
    assert html_to_text(_page(f"<p>{PARA}</p>")).outlet is None


def test_no_article_body() -> None:
    out = html_to_text(_page("<nav><a href='/'>Beranda</a></nav><footer>© Warta</footer><script>x()</script>"))
    assert out.text == "" and out.title is None
    titled = html_to_text(_page("<nav>Beranda</nav>", "<title>Halaman Kosong | Warta</title>"))
    assert titled.text == "Halaman Kosong" and titled.title == "Halaman Kosong"


def test_body_fallback_without_containers() -> None:
    body = f"<div><span>{PARA}</span><br>Paragraf kedua tanpa kelas.</div><aside>Samping</aside>"
    out = html_to_text(_page(body))
    assert out.text == f"{PARA}\nParagraf kedua tanpa kelas."


def test_most_paragraph_text_wins() -> None:
    body = (
        "<div class='post-teaser'><p>Cuplikan pendek berita lain di halaman ini.</p></div>"
        f"<div class='entry-content'><p>{PARA}</p><p>{PARA}</p></div>"
        "<div class='footer-note'><p>Catatan kaki situs.</p></div>"
    )
    out = html_to_text(_page(body))
    assert out.text == f"{PARA}\n\n{PARA}"


@pytest.mark.parametrize(
    "wrapper",
    [
        "<div class='content-area has-sidebar'>{}</div>",
        "<form id='form1' action='x.aspx'>{}</form>",  # ASP.NET wraps whole pages in a form
        "<div class='elementor-widget elementor-widget-theme-post-content'>{}</div>",
        "<div class='td-post-content tagdiv-type'>{}</div>",
        "<div class='main-sidebar-layout'><article>{}</article></div>",
    ],
)
def test_content_wrappers_kept(wrapper: str) -> None:
    out = html_to_text(_page(wrapper.format(f"<p>{PARA}</p><p>Paragraf kedua.</p>")))
    assert PARA in out.text and "Paragraf kedua." in out.text


def test_hidden_elements_dropped() -> None:
    body = f"<p>{PARA}</p><p hidden>tersembunyi</p><div style='display: none'>juga</div>"
    assert html_to_text(_page(body)).text == PARA


def test_article_header_and_footer_kept_inside_article() -> None:
    body = (
        "<header>Logo Situs</header>"
        f"<article><header><p>Oleh: Siti Aminah</p></header><p>{PARA}</p>"
        "<footer><p>Editor: Joko Santoso</p></footer></article><footer>Hak cipta</footer>"
    )
    out = html_to_text(_page(body))
    assert out.text == f"Oleh: Siti Aminah\n\n{PARA}\n\nEditor: Joko Santoso"


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<",
        "<<<>>>",
        "<!-- tidak ditutup",
        "<p>a<b>b<i>c</p></b></i>",
        "</div></div></p><p>sisa</p>",
        "<div class=>",
        "<p class='x\" id=y>teks",
        "<script>tidak ditutup",
        "<style>p{}",
        "<title>tanpa penutup<p>isi",
        "<![CDATA[ x ]]><?xml version='1.0'?><!ELEMENT x>",
        "&#xffffffff; &#0; &#xd800; &",
        "<table><td>a<tr>b</table></td>",
        "<svg><p>di dalam svg</p>",
        "<p>" * 5000,
        "<div>" * 20000 + PARA,
        "\x00<p>\x00</p>",
    ],
)
def test_malformed_html_does_not_raise(html: str) -> None:
    out = html_to_text(html)
    assert isinstance(out, HtmlArticle) and isinstance(out.text, str)


def test_deep_nesting_keeps_text() -> None:
    assert PARA in html_to_text("<div class='content'>" + "<div>" * 20000 + f"<p>{PARA}</p>").text


def test_unclosed_head_and_title() -> None:
    out = html_to_text(f"<html><head><title>Judul Tanpa Penutup<p>{PARA}</p>")
    assert PARA in out.text


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["<p>", "</p>", "<div class='content'>", "<div class='related'>", "</div>", "<br>",
                 "<li>", "<ul>", "</ul>", "<script>", "</script>", "<!--", "-->", "<a href='x'>",
                 "</a>", "<h1>", "</h1>", "&amp;", "&#x201c;", "<", ">", "'", '"', "=", "<td>",
                 "<article>", "</article>", "<nav>", "<title>",
                 "<meta property='og:title' content='T'>",
                 "<time datetime='2020-02-02'>", "Peserta diklat tiba. ", " ", "\n"]
            ),
            st.text(max_size=10),
        ),
        max_size=60,
    ).map("".join)
)  # fmt: skip
def test_html_to_text_never_raises(html: str) -> None:
    out = html_to_text(html)
    assert isinstance(out.text, str)
    assert out.published is None or isinstance(out.published, date)


def test_indonesian_class_names() -> None:
    body = (
        f"<div class='isi-berita'><p>{PARA}</p>"
        "<div class='bagikan'>Bagikan: <a>Facebook</a></div></div>"
        "<section class='komentar'><p>Komentar pembaca yang panjang sekali.</p></section>"
        "<div class='berita-terkait'><ul><li><a>Judul berita lain</a></li></ul></div>"
    )
    assert html_to_text(_page(body)).text == PARA


def test_article_preferred_over_its_body_for_the_byline() -> None:
    body = (
        "<article><h1>Judul</h1><div class='meta'>Penulis: Ani | Editor: Budi</div>"
        f"<div itemprop='articleBody'><p>{PARA}</p><p>{PARA}</p></div></article>"
    )
    assert html_to_text(_page(body)).text == f"Judul\n\nPenulis: Ani | Editor: Budi\n\n{PARA}\n\n{PARA}"


def test_noisy_article_wrapper_not_preferred() -> None:
    links = "".join(f"<div><a href='/{i}'>Judul berita lain nomor {i}</a> ringkasan singkat</div>" for i in range(40))
    body = f"<article><div class='entry-content'><p>{PARA}</p></div>{links}</article>"
    assert html_to_text(_page(body)).text == PARA
