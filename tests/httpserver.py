"""A small web site on 127.0.0.1 for tests that fetch pages; no outside network is used.

Use the `local_site` fixture (import it into the test module). Each test gets its own
server on a free port; it is shut down at the end of the test, and every handler that
waits gives up as soon as the test is over. `Site.fetch` runs `diklat_cli.sources.web.fetch`
with a hard time bound, so a hanging fetch fails its test instead of the whole run.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from diklat_cli.sources import web as fetch_module

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Peserta PKA Angkatan II Pemkab Sukamaju Studi Lapangan ke Pemkot Tirtawening</title>
</head>
<body>
<article>
<h1>Peserta PKA Angkatan II Pemkab Sukamaju Studi Lapangan ke Pemkot Tirtawening</h1>
<p class="tanggal">Kamis, 12 September 2024 10:15 WIB</p>
<p>TIRTAWENING &mdash; Sebanyak 40 peserta Pelatihan Kepemimpinan Administrator (PKA)
Angkatan II Pemerintah Kabupaten Sukamaju melakukan studi lapangan ke Pemerintah Kota
Tirtawening, Kamis (12/9/2024).</p>
<p>Rombongan dipimpin Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
(BKPSDM) Kabupaten Sukamaju, Drs. Ahmad Fauzi, M.Si., dan diterima Sekretaris Daerah
Kota Tirtawening, Ir. Ratna Kusumawati, di Ruang Rapat Balai Kota.</p>
<p>&ldquo;Kami ingin belajar langsung tentang inovasi layanan perizinan satu pintu
yang sudah diterapkan di Tirtawening,&rdquo; kata Ahmad Fauzi.</p>
<p>Selain berdiskusi, peserta meninjau Mal Pelayanan Publik dan Pusat Komando Kota
sebagai bahan penyusunan proyek perubahan masing-masing — rencana anggaran Rp 1,5 miliar.</p>
</article>
</body>
</html>
""".encode()

ARTICLE_TEXT = (
    b"Peserta PKA Angkatan II Pemkab Sukamaju melakukan studi lapangan ke Pemkot "
    b"Tirtawening, Kamis (12/9/2024). Rombongan berjumlah 40 orang.\n"
)

PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

LATIN_BODY = "<p>Bupati dan staf — kunjungan kerja</p>".encode("cp1252")

SLOW_SECONDS = 5.0  # how long slow pages stall; tests use a much shorter client timeout
BIG_DECLARED = 6 * 1024 * 1024
STREAM_TOTAL = 50 * 1024 * 1024  # what the streaming pages would send if nobody stopped
# UTF-8 bytes of a path, sent raw in a Location header as some servers do
RAW_UTF8_PATH = "/berita/studi-lapangan-ke-kota-ambon-é".encode()


@dataclass
class Site:
    base: str
    server: _Server
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def fetch(self, path: str, *, limit: float = 10.0, **kwargs) -> fetch_module.Page:
        """fetch() of this site's `path` (or of a whole URL), failing after `limit` s."""
        url = path if "://" in path else self.url(path)
        return within(limit, fetch_module.fetch, url, **kwargs)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


def within(seconds: float, func, *args, **kwargs):
    """func(*args, **kwargs) in a worker thread; the test fails if it takes over `seconds`."""
    outcome: dict[str, object] = {}

    def run():
        try:
            outcome["value"] = func(*args, **kwargs)
        except BaseException as exc:  # handed to the test's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail(f"{getattr(func, '__name__', func)} still running after {seconds} s")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]


@pytest.fixture
def no_proxy(monkeypatch):
    """Keep any proxy settings of the machine away from the test's requests."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    # a non-empty environment also stops urllib from reading the macOS/Windows settings
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setenv("NO_PROXY", "*")


@pytest.fixture
def local_site(no_proxy):
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    site = Site(base=f"http://{host}:{port}", server=server)
    server.site = site
    try:
        yield site
    finally:
        server.stop.set()  # wakes every handler that is stalling on purpose
        server.shutdown()
        server.server_close()
        thread.join(5)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, *args, **kwargs):
        self.stop = threading.Event()
        self.site: Site | None = None
        super().__init__(*args, **kwargs)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # needed for chunked replies
    timeout = 10  # no connection outlives a stuck client for long
    server: _Server

    def log_message(self, format, *args):  # noqa: A002 - quiet test output
        pass

    def do_GET(self):
        assert self.server.site is not None
        self.server.site.requests.append((self.path, dict(self.headers.items())))
        self.close_connection = True
        path = self.path.split("?", 1)[0]
        route = _ROUTES.get(path)
        if route is None and path.startswith("/rantai/"):
            route = _chain
        # the client giving up is often what the test wanted
        with contextlib.suppress(ConnectionError, TimeoutError):
            (route or _not_found)(self)

    # helpers for the routes

    def reply(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = "text/html",
        headers: dict[str, str] | None = None,
        reason: str | None = None,
    ):
        self.send_response(status, reason)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str, status: int = 302):
        self.reply(status, b"", headers={"Location": location})

    def stall(self):
        self.server.stop.wait(SLOW_SECONDS)


def _page(content_type: str, body: bytes):
    return lambda h: h.reply(200, body, content_type)


def _chain(h: _Handler):
    # /rantai/N answers with N redirects in a row before the article
    n = int(h.path.rsplit("/", 1)[1])
    h.redirect(f"/rantai/{n - 1}" if n > 1 else "/artikel")


def _not_found(h: _Handler):
    h.reply(404, b"<h1>Halaman tidak ditemukan</h1>", "text/html; charset=utf-8")


def _slow_headers(h: _Handler):
    h.stall()
    h.reply(200, ARTICLE_HTML, "text/html; charset=utf-8")


def _slow_body(h: _Handler):
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(ARTICLE_HTML)))
    h.end_headers()
    h.wfile.write(ARTICLE_HTML[:100])
    h.wfile.flush()
    h.stall()


def _declared_too_big(h: _Handler):
    # announces 6 MB, then sends nothing: a client that reads before refusing stalls
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(BIG_DECLARED))
    h.end_headers()
    h.wfile.flush()
    h.stall()


def _stream_chunked(h: _Handler):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    piece = b"<p>" + b"Peserta studi lapangan. " * 2700 + b"</p>\n"
    sent = 0
    while sent < STREAM_TOTAL and not h.server.stop.is_set():
        h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        sent += len(piece)
    h.wfile.write(b"0\r\n\r\n")


def _stream_until_close(h: _Handler):
    # no Content-Length and no chunking: the body ends when the connection closes
    h.send_response(200)
    h.send_header("Content-Type", "text/plain; charset=utf-8")
    h.send_header("Connection", "close")
    h.end_headers()
    piece = b"Peserta studi lapangan.\n" * 4096
    sent = 0
    while sent < STREAM_TOTAL and not h.server.stop.is_set():
        h.wfile.write(piece)
        sent += len(piece)


def _truncated(h: _Handler):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(len(ARTICLE_HTML)))
    h.end_headers()
    h.wfile.write(ARTICLE_HTML[:200])


def _gzip_article(h: _Handler):
    if "gzip" in h.headers.get("Accept-Encoding", ""):
        h.reply(
            200,
            gzip.compress(ARTICLE_HTML),
            "text/html; charset=utf-8",
            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
        )
    else:
        h.reply(200, ARTICLE_HTML, "text/html; charset=utf-8")


@functools.cache
def bomb() -> bytes:
    # about 20 kB on the wire, 20 MB once unpacked
    return gzip.compress(b"a" * (20 * 1024 * 1024), compresslevel=1)


def _gzip_bomb(h: _Handler):
    h.reply(200, bomb(), "text/html", headers={"Content-Encoding": "gzip"})


def _broken_gzip(h: _Handler):
    h.reply(200, b"\x1f\x8b\x08\x00not really gzip at all", "text/html", headers={"Content-Encoding": "gzip"})


def _gzip_then_junk(h: _Handler):
    # a valid gzip member, then 300 kB more; no Content-Length, so only counting stops it
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Encoding", "gzip")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(gzip.compress(ARTICLE_HTML) + b"sampah" * 50_000)


def _set_cookie(h: _Handler):
    h.reply(302, b"", headers={"Location": "/gema", "Set-Cookie": "sesi=rahasia; Path=/"})


def _echo(h: _Handler):
    h.reply(200, b"ok\n", "text/plain")


def _raw_utf8_redirect(h: _Handler):
    # send_header encodes latin-1, so this puts the UTF-8 bytes on the wire unchanged
    h.redirect(RAW_UTF8_PATH.decode("latin-1"))


_ROUTES = {
    "/artikel": _page("text/html; charset=utf-8", ARTICLE_HTML),
    "/artikel.xhtml": _page("application/xhtml+xml", ARTICLE_HTML),
    "/teks": _page("text/plain; charset=utf-8", ARTICLE_TEXT),
    "/latin": _page("text/html; charset=Windows-1252", LATIN_BODY),
    "/charset-aneh": _page("text/html; charset=x-tidak-dikenal", ARTICLE_HTML),
    "/tanpa-tipe": lambda h: h.reply(200, ARTICLE_HTML, None),
    "/pindah": lambda h: h.redirect("/artikel"),
    "/pindah-absolut": lambda h: h.redirect(h.server.site.url("/artikel"), 301),
    "/pindah-303": lambda h: h.redirect("/artikel", 303),
    "/pindah-307": lambda h: h.redirect("/artikel", 307),
    "/pindah-308": lambda h: h.redirect("/artikel", 308),
    "/ke-ftp": lambda h: h.redirect("ftp://127.0.0.1/berkas.txt"),
    "/ke-file": lambda h: h.redirect("file:///etc/passwd"),
    "/ke-data": lambda h: h.redirect("data:text/html,<h1>hai</h1>", 307),
    "/putar": lambda h: h.redirect("/putar"),
    "/putar-a": lambda h: h.redirect("/putar-b"),
    "/putar-b": lambda h: h.redirect("/putar-a"),
    "/pindah-utf8": _raw_utf8_redirect,
    "/berita/studi-lapangan-ke-kota-ambon-%C3%A9": _page("text/html; charset=utf-8", ARTICLE_HTML),
    "/cari%20berita/studi%20lapangan": _page("text/plain", ARTICLE_TEXT),
    "/galat": lambda h: h.reply(500, b"galat", "text/plain"),
    "/teko": lambda h: h.reply(418, b"", "text/plain", reason="Saya \x1b[31mteko\x1b[0m"),
    "/lambat": _slow_headers,
    "/lambat-isi": _slow_body,
    "/gambar.png": _page("image/png", PNG_BYTES),
    "/dokumen.pdf": _page("application/pdf", PDF_BYTES),
    "/unduh": _page("application/octet-stream", b"\x00\x01\x02" * 100),
    "/pdf-menyamar": _page("text/html", PDF_BYTES),
    "/besar": _declared_too_big,
    "/besar-bertahap": _stream_chunked,
    "/besar-tanpa-panjang": _stream_until_close,
    "/terpotong": _truncated,
    "/gzip": _gzip_article,
    "/bom-gzip": _gzip_bomb,
    "/gzip-rusak": _broken_gzip,
    "/gzip-berekor": _gzip_then_junk,
    "/brotli": lambda h: h.reply(200, b"\x0b\x02\x80", "text/html", headers={"Content-Encoding": "br"}),
    "/charset-jahat": _page("text/html; charset=utf-8\x1b[2J", ARTICLE_HTML),
    "/tanpa-tipe-biner": lambda h: h.reply(200, b"\x00\x01\x02\x03" * 64, None),
    "/pilihan": lambda h: h.reply(300, b"", "text/html"),
    "/kue": _set_cookie,
    "/gema": _echo,
}
