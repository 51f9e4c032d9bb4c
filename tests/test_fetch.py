"""diklat_cli.sources.web against a local web site (tests/httpserver.py); no outside network."""

from __future__ import annotations

import datetime as dt
import socket
import time
import tracemalloc

import pytest

from diklat_cli import __version__
from diklat_cli.sources.web import (
    ACCEPT,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    FetchError,
    fetch,
    is_url,
    read_url_list,
)
from tests import httpserver
from tests.httpserver import ARTICLE_HTML, ARTICLE_TEXT, LATIN_BODY, within

# the fixtures of tests/httpserver.py, made visible to this module's tests
local_site = httpserver.local_site
no_proxy = httpserver.no_proxy

# ---------------------------------------------------------------- no I/O at all


def test_constants():
    assert USER_AGENT.startswith(f"diklat/{__version__} (")
    assert DEFAULT_TIMEOUT == 20.0
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://antaranews.com/berita/1", True),
        ("https://jateng.tribunnews.com/2024/09/12/pka", True),
        ("HTTPS://HUMAS.EXAMPLE.GO.ID/", True),
        ("  https://contoh.id/a  ", True),
        ("ftp://contoh.id/a", False),
        ("file:///etc/passwd", False),
        ("www.antaranews.com/berita/1", False),
        ("artikel/berita.html", False),
        ("C:\\berita\\artikel.html", False),
        ("", False),
    ],
)
def test_is_url(text, expected):
    assert is_url(text) is expected


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to resolve a name or open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///C:/Windows/win.ini",
        "ftp://ftp.contoh.id/berkas.txt",
        "data:text/html,<h1>hai</h1>",
        "javascript:alert(1)",
        "www.antaranews.com/berita/1",
        "gopher://contoh.id/",
    ],
)
def test_other_schemes_refused_before_any_io(no_network, url):
    with pytest.raises(FetchError) as info:
        fetch(url)
    assert str(info.value) == "only http and https links are supported"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://", "no host name"),
        ("https:///berita", "no host name"),
        ("http://contoh.id:port/", "invalid link"),
        ("http://contoh.id:99999/", "invalid link"),
        ("http://[::1/", "invalid link"),
        ("http://admin:rahasia@contoh.id/", "user name or password"),
    ],
)
def test_malformed_links_refused_before_any_io(no_network, url, message):
    with pytest.raises(FetchError, match=message):
        fetch(url)


def test_read_url_list(tmp_path):
    path = tmp_path / "daftar.txt"
    path.write_bytes(
        "\ufeff# berita studi lapangan\r\n"
        "https://www.antaranews.com/berita/1\r\n"
        "\r\n"
        "   \n"
        "  http://humas.contoh.go.id/pka-angkatan-ii  \n"
        "    # komentar berindentasi\n"
        "HTTPS://JATENG.TRIBUNNEWS.COM/2024/09/12/x\n".encode()
    )
    assert read_url_list(path) == [
        "https://www.antaranews.com/berita/1",
        "http://humas.contoh.go.id/pka-angkatan-ii",
        "HTTPS://JATENG.TRIBUNNEWS.COM/2024/09/12/x",
    ]


def test_read_url_list_empty(tmp_path):
    path = tmp_path / "kosong.txt"
    path.write_text("# belum ada\n\n", encoding="utf-8")
    assert read_url_list(path) == []


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("www.antaranews.com/berita/1", 3),
        ("ftp://contoh.id/berkas", 3),
        ("https://", 3),
        ("berita.html", 3),
    ],
)
def test_read_url_list_names_the_bad_line(tmp_path, line, number):
    path = tmp_path / "daftar.txt"
    path.write_text(f"# daftar\nhttps://contoh.id/a\n{line}\nhttps://contoh.id/b\n", encoding="utf-8")
    with pytest.raises(FetchError) as info:
        read_url_list(path)
    message = str(info.value)
    assert f"line {number}" in message
    assert "daftar.txt" in message
    assert line[:20] in message
    assert "\n" not in message


def test_read_url_list_unreadable(tmp_path):
    with pytest.raises(FetchError, match="cannot read"):
        read_url_list(tmp_path / "tidak-ada.txt")
    binary = tmp_path / "biner.txt"
    binary.write_bytes(b"\xff\xfe\x00\x00\x80")
    with pytest.raises(FetchError, match="not a UTF-8 text file"):
        read_url_list(binary)


# ---------------------------------------------------------------- pages


def test_fetches_an_article(local_site):
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    page = local_site.fetch("/artikel")
    after = dt.datetime.now(dt.timezone.utc)
    assert page.data == ARTICLE_HTML
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert page.url == local_site.url("/artikel")
    assert page.final_url == local_site.url("/artikel")
    assert page.fetched_at.tzinfo is not None
    assert page.fetched_at.utcoffset() == dt.timedelta(0)
    assert page.fetched_at.microsecond == 0
    assert before <= page.fetched_at <= after


@pytest.mark.parametrize(
    ("path", "content_type", "body"),
    [
        ("/teks", "text/plain", ARTICLE_TEXT),
        ("/artikel.xhtml", "application/xhtml+xml", ARTICLE_HTML),
    ],
)
def test_fetches_other_accepted_types(local_site, path, content_type, body):
    page = local_site.fetch(path)
    assert (page.content_type, page.data) == (content_type, body)


def test_charset_from_header(local_site):
    page = local_site.fetch("/latin")
    assert page.charset == "windows-1252"
    assert page.data == LATIN_BODY
    assert local_site.fetch("/teks").charset == "utf-8"
    assert local_site.fetch("/artikel.xhtml").charset is None
    assert local_site.fetch("/charset-aneh").charset is None
    assert local_site.fetch("/charset-jahat").charset is None  # escape codes are not a name


def test_page_without_content_type_is_sniffed(local_site):
    page = local_site.fetch("/tanpa-tipe")
    assert page.content_type == "text/html"
    assert page.charset is None
    assert page.data == ARTICLE_HTML


def test_binary_without_content_type_is_refused(local_site):
    with pytest.raises(FetchError) as info:
        local_site.fetch("/tanpa-tipe-biner")
    assert str(info.value) == "not an HTML or text page (no content type, looks binary)"


def test_sends_user_agent_and_accept(local_site):
    local_site.fetch("/gema")
    ((_, headers),) = local_site.requests
    assert headers["User-Agent"] == USER_AGENT
    assert headers["Accept"] == ACCEPT == "text/html,application/xhtml+xml,text/plain;q=0.9"
    assert "Cookie" not in headers
    assert "Authorization" not in headers


def test_no_cookie_kept(local_site):
    page = local_site.fetch("/kue")  # sets a cookie and redirects to /gema
    assert page.final_url == local_site.url("/gema")
    local_site.fetch("/gema")
    assert local_site.paths() == ["/kue", "/gema", "/gema"]
    for _, headers in local_site.requests:
        assert not any(name.lower() == "cookie" for name in headers)


def test_gzip_is_decoded(local_site):
    page = local_site.fetch("/gzip")
    assert page.data == ARTICLE_HTML
    assert "gzip" in local_site.requests[0][1]["Accept-Encoding"]


def test_gzip_bomb_is_capped(local_site):
    httpserver.bomb()  # built before measuring: only the client's memory should count
    started = time.monotonic()
    tracemalloc.start()
    try:
        with pytest.raises(FetchError) as info:
            local_site.fetch("/bom-gzip", max_bytes=100_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(info.value) == "page too large: over 97.7 KB"
    assert peak < 5_000_000  # never unpacked whole (20 MB)
    assert time.monotonic() - started < 3


def test_broken_gzip(local_site):
    with pytest.raises(FetchError, match="damaged compressed data from 127.0.0.1"):
        local_site.fetch("/gzip-rusak")


def test_data_after_gzip_counts_towards_the_limit(local_site):
    assert local_site.fetch("/gzip-berekor").data == ARTICLE_HTML
    with pytest.raises(FetchError, match="page too large"):
        local_site.fetch("/gzip-berekor", max_bytes=100_000)


def test_unsupported_content_encoding(local_site):
    with pytest.raises(FetchError) as info:
        local_site.fetch("/brotli")
    assert str(info.value) == "unsupported content encoding br"


def test_link_with_spaces_is_encoded(local_site):
    page = local_site.fetch(local_site.url("/cari berita/studi lapangan"))
    assert page.data == ARTICLE_TEXT
    assert local_site.paths() == ["/cari%20berita/studi%20lapangan"]
    assert page.url == local_site.url("/cari berita/studi lapangan")


def test_link_with_non_ascii_path_is_encoded(local_site):
    page = local_site.fetch("/berita/studi-lapangan-ke-kota-ambon-é")
    assert page.data == ARTICLE_HTML
    assert page.final_url.endswith("/berita/studi-lapangan-ke-kota-ambon-%C3%A9")


def test_fragment_is_not_sent(local_site):
    page = local_site.fetch("/artikel#komentar")
    assert page.data == ARTICLE_HTML
    assert local_site.paths() == ["/artikel"]


# ---------------------------------------------------------------- redirects


@pytest.mark.parametrize("path", ["/pindah", "/pindah-absolut", "/pindah-303", "/pindah-307", "/pindah-308"])
def test_follows_a_redirect(local_site, path):
    page = local_site.fetch(path)
    assert page.data == ARTICLE_HTML
    assert page.url == local_site.url(path)
    assert page.final_url == local_site.url("/artikel")


def test_redirect_with_raw_utf8_location(local_site):
    page = local_site.fetch("/pindah-utf8")
    assert page.data == ARTICLE_HTML
    assert page.final_url == local_site.url("/berita/studi-lapangan-ke-kota-ambon-%C3%A9")


def test_follows_five_redirects_not_six(local_site):
    page = local_site.fetch("/rantai/5")
    assert page.final_url == local_site.url("/artikel")
    assert len(local_site.requests) == 6
    with pytest.raises(FetchError) as info:
        local_site.fetch("/rantai/6")
    assert str(info.value) == "too many redirects"
    assert "/artikel" not in local_site.paths()[6:]


@pytest.mark.parametrize("path", ["/putar", "/putar-a"])
def test_redirect_loop(local_site, path):
    with pytest.raises(FetchError) as info:
        local_site.fetch(path)
    assert str(info.value) == "too many redirects"
    assert len(local_site.requests) == 6


@pytest.mark.parametrize("path", ["/ke-ftp", "/ke-file", "/ke-data"])
def test_redirect_to_other_scheme_refused(local_site, path):
    with pytest.raises(FetchError) as info:
        local_site.fetch(path)
    assert str(info.value) == "redirect to a non-http(s) address refused"
    assert local_site.paths() == [path]


# ---------------------------------------------------------------- refusals and failures


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/tidak-ada", "HTTP 404 Not Found"),
        ("/galat", "HTTP 500 Internal Server Error"),
        ("/pilihan", "HTTP 300 Multiple Choices"),  # a redirect status without Location
        ("/teko", "HTTP 418 Saya [31mteko [0m"),  # escape codes removed
    ],
)
def test_http_errors(local_site, path, message):
    with pytest.raises(FetchError) as info:
        local_site.fetch(path)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gambar.png", "not an HTML or text page (image/png)"),
        ("/dokumen.pdf", "not an HTML or text page (application/pdf)"),
        ("/unduh", "not an HTML or text page (application/octet-stream)"),
        ("/pdf-menyamar", "not an HTML or text page (application/pdf, sent as text/html)"),
    ],
)
def test_refuses_non_text(local_site, path, message):
    with pytest.raises(FetchError) as info:
        local_site.fetch(path)
    assert str(info.value) == message


def test_declared_size_refused_before_reading(local_site):
    # the server announces 6 MB and then sends nothing: reading would stall
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        local_site.fetch("/besar", timeout=3)
    assert str(info.value) == "page too large: over 5.0 MB"
    assert time.monotonic() - started < 2


def test_chunked_stream_stopped_at_limit(local_site):
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        local_site.fetch("/besar-bertahap", max_bytes=100_000)
    assert str(info.value) == "page too large: over 97.7 KB"
    assert time.monotonic() - started < 3


def test_stream_without_length_stopped_at_default_limit(local_site):
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        local_site.fetch("/besar-tanpa-panjang")
    assert str(info.value) == "page too large: over 5.0 MB"
    assert time.monotonic() - started < 5


def test_limit_is_inclusive(local_site):
    assert local_site.fetch("/artikel", max_bytes=len(ARTICLE_HTML)).data == ARTICLE_HTML
    with pytest.raises(FetchError, match="page too large: over"):
        local_site.fetch("/artikel", max_bytes=len(ARTICLE_HTML) - 1)


def test_truncated_body(local_site):
    with pytest.raises(FetchError) as info:
        local_site.fetch("/terpotong")
    assert str(info.value) == "connection to 127.0.0.1 closed before the whole page arrived"


@pytest.mark.parametrize("path", ["/lambat", "/lambat-isi"])
def test_timeout(local_site, path):
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        local_site.fetch(path, timeout=0.5, limit=4)
    assert str(info.value) == "timed out after 0.5 s"
    assert time.monotonic() - started < 3


def test_connection_refused(no_proxy):
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as info:
        within(10, fetch, f"http://127.0.0.1:{port}/artikel", timeout=5)
    assert str(info.value) in (
        "connection refused by 127.0.0.1",
        "timed out after 5 s",  # some firewalls drop instead of refusing
    )


def test_dns_failure_is_one_line(no_proxy, monkeypatch):
    def fail(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(FetchError) as info:
        within(2, fetch, "https://berita.contoh.invalid/pka")
    assert str(info.value) == "cannot resolve host berita.contoh.invalid"


def test_dns_failure_real_resolver(no_proxy):
    # .invalid never resolves (RFC 6761), but some resolvers are slow or lie about it
    try:
        within(2, socket.getaddrinfo, "nonexistent.invalid", 80)
    except socket.gaierror:
        pass
    except pytest.fail.Exception:
        pytest.skip("the resolver did not answer within 2 s")
    else:
        pytest.skip("the resolver answers for .invalid names")
    with pytest.raises(FetchError) as info:
        within(2, fetch, "http://nonexistent.invalid/berita", timeout=2)
    assert str(info.value) == "cannot resolve host nonexistent.invalid"
