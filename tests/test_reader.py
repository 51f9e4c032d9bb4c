from __future__ import annotations

import hashlib
import io
import socket
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diklat_cli.sources import reader
from diklat_cli.sources.reader import (
    DEFAULT_MAX_BYTES,
    Article,
    ReadError,
    decode,
    load_article,
    read_bytes,
    read_stream,
)

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = (
    "Peserta Diklat PIM III Kabupaten Sukamaju Benchmarking ke Kota Lembah Hijau\n\n"
    "LEMBAH HIJAU – Sebanyak 40 peserta tiba, Senin (4/3/2019).\n"
    "“Kami ingin belajar inovasi,” kata ketua rombongan.\n"
)


# --- decode ---------------------------------------------------------------------------


def test_utf8_with_and_without_bom() -> None:
    assert decode(ARTICLE.encode("utf-8")) == ARTICLE
    assert decode(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")) == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    assert decode(bom + ARTICLE.encode(encoding)) == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    assert decode(ARTICLE.encode(encoding)) == ARTICLE


def test_cp1252_curly_quotes() -> None:
    data = b"\x93Kami siap,\x94 kata Sekda \x96 Rabu (5/6). Caf\xe9"
    assert decode(data) == "“Kami siap,” kata Sekda – Rabu (5/6). Café"


def test_cp1252_with_undefined_byte_keeps_quotes() -> None:
    # 0x81 is undefined in cp1252: latin-1 takes that byte, the quotes stay quotes
    assert decode(b"\x93Ya\x94 \x81") == "“Ya” \x81"


def test_mostly_utf8_with_a_broken_byte_stays_utf8() -> None:
    data = "“Kami siap,” kata Sekda – Café é è".encode() + b" \xff rusak"
    text = decode(data)
    assert text.startswith("“Kami siap,” kata Sekda – Café é è")
    assert "â€" not in text


def test_meta_charset_used_for_legacy_html() -> None:
    html = '<html><head><meta charset="iso-8859-15"></head><body><p>Harga 5 €</p></body></html>'
    assert "5 €" in decode(html.encode("iso-8859-15"))


@pytest.mark.parametrize("charset", ["utf-16", "base64", "punycode", "rot13", "tidak-ada", "idna"])
def test_odd_meta_charset_ignored(charset: str) -> None:
    data = f'<meta charset="{charset}"><p>\x93Ya\x94 kata Sekda</p>'.encode("latin-1")
    assert "kata Sekda" in decode(data)


def test_text_starting_like_a_magic_word_is_text() -> None:
    # file(1) calls this "SemOne archive data"; it is an article
    assert decode("SEMARANG – Selasa (28/8/2018), rombongan tiba.".encode()).startswith("SEMARANG")


def test_nul_bytes_inside_text_are_tolerated() -> None:
    data = ARTICLE.encode("utf-8").replace(b"Sebanyak", b"Seba\x00nyak")
    text = decode(data)
    assert "Seba\x00nyak" in text
    assert "Sebanyak 40 peserta" in load_article(data).text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50), "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(50), "JPEG"),
        (b"GIF89a" + bytes(50), "GIF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00" + b"mimetype" + bytes(20), "ZIP"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml", "DOCX"),
        (b"\x1f\x8b\x08\x00" + bytes(20), "gzip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(20), "DOC"),
    ],
)
def test_binary_files_refused(data: bytes, what: str) -> None:
    with pytest.raises(ReadError) as e:
        decode(data)
    msg = str(e.value)
    assert msg.startswith("not text: looks like") and what in msg
    assert "\n" not in msg


def test_control_bytes_refused() -> None:
    with pytest.raises(ReadError, match="^not text: binary data"):
        decode(bytes(range(0, 32)) * 10 + b"sedikit teks")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t\r\n ",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf  \n",
        "\u00a0\n".encode(),
        b"\xff\xfe \x00",
    ],
)
def test_empty_and_whitespace_refused(data: bytes) -> None:
    with pytest.raises(ReadError, match="^empty"):
        decode(data)


# --- read_bytes / read_stream ---------------------------------------------------------


def test_read_bytes(tmp_path: Path) -> None:
    p = tmp_path / "artikel.txt"
    p.write_bytes(ARTICLE.encode("utf-8"))
    assert read_bytes(p) == ARTICLE.encode("utf-8")
    assert read_bytes(p, max_bytes=len(ARTICLE.encode("utf-8"))) == ARTICLE.encode("utf-8")


def test_too_large_file_refused_without_opening(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "besar.txt"
    with p.open("wb") as f:  # sparse where the file system allows
        f.seek(DEFAULT_MAX_BYTES + 1024 * 1024)
        f.write(b"x")

    def no_open(*args, **kwargs):
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(ReadError) as e:
        read_bytes(p)
    assert str(e.value) == "too large: 6.0 MB (limit 5.0 MB)"


def test_limit_is_configurable(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"x" * 2048)
    with pytest.raises(ReadError, match=r"^too large: 2\.0 KB \(limit 1\.0 KB\)$"):
        read_bytes(p, max_bytes=1024)
    with pytest.raises(ReadError, match=r"^too large: 2048 bytes \(limit 2047 bytes\)$"):
        read_bytes(p, max_bytes=2047)
    with pytest.raises(ValueError):
        read_bytes(p, max_bytes=0)


def test_file_growing_after_stat_is_cut_at_limit(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"x" * 100)
    real_stat = Path.stat
    monkeypatch.setattr(Path, "stat", lambda self, **kw: _Size0(real_stat(self, **kw)))
    with pytest.raises(ReadError, match="^too large"):
        read_bytes(p, max_bytes=50)


class _Size0:
    """A stat result that claims size 0, as devices and pipes do."""

    def __init__(self, real) -> None:
        self._real = real

    def __getattr__(self, name):
        return 0 if name == "st_size" else getattr(self._real, name)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="^not found"):
        read_bytes(tmp_path / "tidak-ada.txt")
    with pytest.raises(ReadError, match="^unreadable: is a directory$"):
        read_bytes(tmp_path)


def test_permission_denied(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"isi")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(ReadError) as e:
        read_bytes(p)
    assert str(e.value) == "unreadable: permission denied"


def test_other_os_error_is_one_line(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"isi")

    def broken(*args, **kwargs):
        raise OSError(5, "Input/output\nerror")

    monkeypatch.setattr(Path, "open", broken)
    with pytest.raises(ReadError) as e:
        read_bytes(p)
    assert str(e.value) == "unreadable: input/output error"


def test_read_stream() -> None:
    assert read_stream(io.BytesIO(b"isi berita")) == b"isi berita"
    assert read_stream(io.TextIOWrapper(io.BytesIO(b"lewat buffer"))) == b"lewat buffer"


class _Endless(io.RawIOBase):
    """A stdin that never ends; counts what was taken from it."""

    def __init__(self) -> None:
        self.taken = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        assert n is not None and n > 0, "must not read without a bound"
        n = min(n, 4096)  # short reads, as pipes give
        self.taken += n
        return b"a" * n


def test_stream_over_limit_stops_reading() -> None:
    stream = _Endless()
    with pytest.raises(ReadError) as e:
        read_stream(stream, max_bytes=100_000)
    assert str(e.value) == "too large: more than 97.7 KB (limit 97.7 KB)"
    assert stream.taken == 100_001


def test_stream_os_error() -> None:
    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            raise OSError(5, "Input/output error")

    with pytest.raises(ReadError, match="^unreadable: input/output error$"):
        read_stream(Broken())


# --- load_article ---------------------------------------------------------------------


def test_load_plain_text() -> None:
    data = ARTICLE.replace("\n", "\r\n").encode("utf-8")
    a = load_article(data, "artikel.txt")
    assert isinstance(a, Article)
    assert not a.is_html and a.title is None and a.published is None and a.outlet is None
    assert a.sha256 == hashlib.sha256(data).hexdigest()
    assert a.text == ARTICLE.strip()
    assert "\r" not in a.text


def test_load_noise_fixture_in_many_encodings() -> None:
    text = (FIXTURES / "artikel_noise.txt").read_text(encoding="utf-8")
    expected = load_article(text.encode("utf-8")).text
    for data in (
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        b"\xff\xfe" + text.encode("utf-16-le"),
        b"\xfe\xff" + text.encode("utf-16-be"),
        text.encode("cp1252"),
        text.replace("\n", "\r\n").encode("utf-8"),
    ):
        assert load_article(data, "x.txt").text == expected
    assert "Dilihat" not in expected and "Pewarta: Siti Aminah" in expected


def test_load_html_by_name_and_by_content() -> None:
    data = (FIXTURES / "saved_page.html").read_bytes()
    by_name = load_article(data, "halaman.html")
    by_content = load_article(data, "halaman.txt")
    stdin = load_article(data)
    assert by_name == by_content == stdin
    assert by_name.is_html
    assert by_name.title == ("Peserta PKP Angkatan II Kabupaten Sukamaju Studi Lapangan ke Kota Lembah Hijau")
    assert by_name.outlet == "Warta Daerah"
    assert str(by_name.published) == "2023-05-16"
    assert by_name.text.split("\n")[0] == by_name.title


def test_plain_text_named_html_keeps_its_lines() -> None:
    a = load_article(b"Judul\n\nParagraf satu.\nParagraf dua.", "salah-nama.html")
    assert not a.is_html
    assert a.text == "Judul\n\nParagraf satu.\nParagraf dua."


def test_text_mentioning_tags_is_not_html() -> None:
    a = load_article(b"Judul berita\n\nKode <p> dan <div> disebut di sini.", "a.txt")
    assert not a.is_html


def test_load_is_deterministic() -> None:
    data = (FIXTURES / "saved_page.html").read_bytes()
    assert load_article(data, "a.html") == load_article(data, "a.html")


def test_only_furniture_is_empty() -> None:
    with pytest.raises(ReadError, match="^empty"):
        load_article("Menu Close\n\nBaca juga: Judul Lain\nDilihat 5 kali\n\x00\u200b".encode())
    with pytest.raises(ReadError, match="^empty"):
        load_article(b"<html><body><nav>Beranda</nav><script>x()</script></body></html>", "a.html")


def test_nothing_is_fetched(monkeypatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("no network access while reading an article")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    a = load_article((FIXTURES / "saved_page.html").read_bytes(), "a.html")
    assert "img.warta-daerah.example" not in a.text


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(str.encode),
        st.lists(
            st.sampled_from(
                [b"<p>", b"</p>", b"<div class='content'>", b"</div>", b"<br>", b"<!--", b"-->",
                 b"<script>", b"</script>", b"<![CDATA[", b"&#x", b"&amp", b"\x00", b"\xff\xfe",
                 b"\x93", b"<h1>", b"Peserta diklat ", b"<", b">", b"\"", b"<meta property="
                 b"'article:published_time' content='2023-99-99'>", b"<li>", b"<table><td>"]
            ),
            max_size=40,
        ).map(b"".join),
    ),
    st.sampled_from(["", "a.txt", "a.html", "-"]),
)  # fmt: skip
def test_load_article_returns_article_or_read_error(data: bytes, name: str) -> None:
    try:
        a = load_article(data, name)
    except ReadError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert isinstance(a, Article) and a.text
    assert a.text == reader.clean_text(a.text)


def test_a_text_far_longer_than_any_news_report_is_refused_before_extraction():
    # extraction is not linear on every input (a sentence repeated to 5 MB, a lokus list of
    # 10,000 names): the reader bounds an article's work by its length instead
    sentence = "Peserta PKA Angkatan II melaksanakan benchmarking ke Pemprov Sulsel. "
    with pytest.raises(reader.ReadError) as raised:
        reader.load_article((sentence * 80_000).encode(), "a.txt")
    assert "100" in str(raised.value) and "\n" not in str(raised.value)
    report = sentence * 100  # about 7,000 characters: a long report reads as usual
    assert reader.load_article(report.encode(), "a.txt").text


def test_an_overlong_article_in_an_import_is_one_error_and_the_batch_goes_on():
    from diklat_cli.ingest import analyse

    lokus = ", ".join(f"Dinas Nomor{i}" for i in range(10_000))
    outcome = analyse("a.txt", f"Peserta PKA studi lapangan ke Kota Makassar, lokus: {lokus}.".encode())
    assert outcome.status == "error" and outcome.message and "\n" not in outcome.message
