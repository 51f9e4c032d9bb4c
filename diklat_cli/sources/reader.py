"""Bytes from a file or stdin → decoded, cleaned article text.

Only local bytes are read; HTML is parsed, never rendered, so nothing is fetched.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from diklat_cli import i18n
from diklat_cli.extract.byline import footer_outlet
from diklat_cli.extract.html import html_to_text
from diklat_cli.extract.text import clean_text
from diklat_cli.i18n import N_
from diklat_cli.i18n import gettext as _

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Article",
    "ReadError",
    "TooLong",
    "decode",
    "load_article",
    "read_bytes",
    "read_stream",
    "too_large",
]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_CHUNK = 64 * 1024


class ReadError(Exception):
    """An input that cannot be used; str(e) is one line for the user."""


class TooLong(ReadError):
    """Text far longer than one news report (MAX_ARTICLE_CHARS): refused before extraction."""


@dataclass
class Article:
    text: str
    title: str | None
    published: date | None
    outlet: str | None
    is_html: bool
    sha256: str


# --- reading --------------------------------------------------------------------------


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return i18n.format_number(n / (1024 * 1024), decimals=1) + " MB"
    if n >= 1024:
        return i18n.format_number(n / 1024, decimals=1) + " KB"
    return _bytes(n)


def _bytes(n: int) -> str:
    return i18n.ngettext("{count} byte", "{count} bytes", n).format(count=n)


def too_large(size: int | None, limit: int) -> ReadError:
    """The error for `size` bytes (None: a stream stopped at the limit) over `limit`."""
    return _too_large(size, limit)


def _too_large(size: int | None, limit: int) -> ReadError:
    if size is None:  # a stream: we stopped reading at the limit
        return ReadError(_("too large: more than {limit} (limit {limit})").format(limit=_size(limit)))
    shown, lim = _size(size), _size(limit)
    if shown == lim:  # 5.0 MB vs 5.0 MB would read as nonsense
        shown, lim = _bytes(size), _bytes(limit)
    return ReadError(_("too large: {size} (limit {limit})").format(size=shown, limit=lim))


def _os_error(e: OSError) -> ReadError:
    if isinstance(e, FileNotFoundError):
        return ReadError(_("not found: no such file"))
    if isinstance(e, IsADirectoryError):
        return ReadError(_("unreadable: is a directory"))
    if isinstance(e, PermissionError):
        return ReadError(_("unreadable: permission denied"))
    reason = (e.strerror or str(e) or type(e).__name__).strip()
    reason = " ".join(reason.split())  # one line, whatever the OS said
    return ReadError(_("unreadable: {reason}").format(reason=reason[:1].lower() + reason[1:]))


def _check_limit(max_bytes: int) -> None:
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refusing one over max_bytes without reading it whole."""
    _check_limit(max_bytes)
    path = Path(path)
    try:
        if path.is_dir():
            raise ReadError(_("unreadable: is a directory"))
        info = path.stat()
        size = info.st_size
        if size > max_bytes:
            raise _too_large(size, max_bytes)
        if stat.S_ISFIFO(info.st_mode):
            data = _read_fifo(path, max_bytes)
        else:
            with path.open("rb") as f:
                # the file may have grown since stat, or be a device reporting size 0
                data = f.read(max_bytes + 1)
    except OSError as e:
        raise _os_error(e) from e
    if len(data) > max_bytes:
        raise _too_large(None, max_bytes)
    return data


def _read_fifo(path: Path, max_bytes: int) -> bytes:
    """A named pipe: opening one blocks until a writer comes, which may be never (a FIFO
    left in a folder of articles). Open without waiting, then read as usual: with no
    writer that reads as empty; `<(command)` still works, its writer is already there."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        os.set_blocking(fd, True)
        return f.read(max_bytes + 1)


def read_stream(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """All bytes of a stream (stdin), refusing more than max_bytes."""
    _check_limit(max_bytes)
    stream = getattr(stream, "buffer", stream)  # sys.stdin given instead of sys.stdin.buffer
    chunks: list[bytes] = []
    total = 0
    try:
        while total <= max_bytes:
            chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as e:
        raise _os_error(e) from e
    if total > max_bytes:
        raise _too_large(None, max_bytes)
    return b"".join(chunks)


# --- decoding -------------------------------------------------------------------------

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF87a", N_("a GIF image")),
    (b"GIF89a", N_("a GIF image")),
    (b"%PDF-", N_("a PDF file")),
    (b"PK\x03\x04", N_("a ZIP archive")),
    (b"PK\x05\x06", N_("a ZIP archive")),
    (b"PK\x07\x08", N_("a ZIP archive")),
    (b"\x1f\x8b", N_("a gzip file")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", N_("an old Office document (DOC/XLS)")),
    (b"7z\xbc\xaf\x27\x1c", N_("a 7z archive")),
    (b"Rar!\x1a\x07", N_("a RAR archive")),
    (b"\xfd7zXZ\x00", N_("an xz file")),
    (b"\x28\xb5\x2f\xfd", N_("a zstd file")),
    (b"\x7fELF", N_("a program (ELF)")),
    (b"SQLite format 3\x00", N_("an SQLite database")),
    (b"{\\rtf", N_("an RTF document")),
)
_ZIP_KINDS = (
    (b"word/", N_("a Word document (DOCX)")),
    (b"xl/", N_("an Excel workbook (XLSX)")),
    (b"ppt/", N_("a PowerPoint file (PPTX)")),
    (b"mimetypeapplication/epub", N_("an EPUB book")),
    (b"mimetypeapplication/vnd.oasis", N_("an OpenDocument file")),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# control bytes that plain text does not carry (tab, LF, VT, FF, CR are fine)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_VALID_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# latin-1 maps 0x80-0x9F to C1 controls; cp1252 has curly quotes, dashes, € there
_C1_TO_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _sniff_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if magic.startswith(b"PK"):
                head = data[:4096]
                for marker, kind in _ZIP_KINDS:
                    if marker in head:
                        return kind
            return what
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return N_("a media file (RIFF)")
    if data[4:8] == b"ftyp":
        return N_("a video or HEIC image")
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return N_("a bzip2 file")
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    nul_even = sample[0::2].count(0)
    nul_odd = sample[1::2].count(0)
    if nul_odd > 0.3 * half and nul_even < 0.05 * half:
        encoding = "utf-16-le"
    elif nul_even > 0.3 * half and nul_odd < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    # Indonesian text is Latin; random binary decodes to CJK and controls
    sample_text = text[:4096]
    latin = sum(1 for c in sample_text if c in "\t\n\r" or " " <= c < "\u0250" or "\u2000" <= c < "\u2070")
    return text if latin >= 0.8 * len(sample_text) else None


def _cp1252(data: bytes) -> str:
    # latin-1 never fails; the undefined cp1252 bytes keep their latin-1 meaning
    return data.decode("latin-1").translate(_C1_TO_CP1252)


def _decode_unmarked(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if m:
        try:
            name = codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            name = ""
        # cp1252 and UTF-8 are handled below; a declared UTF-16 on bytes like these is a lie
        if name and not name.startswith("utf") and name not in ("latin-1", "iso8859-1", "cp1252"):
            try:
                return data.decode(name)
            except (UnicodeError, LookupError, ValueError, TypeError):
                pass  # not a text codec ("base64", "punycode") or not this one
    # UTF-8 with a few broken bytes stays UTF-8 rather than turning into mojibake
    bad = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(_VALID_MULTIBYTE.findall(data))
    if good >= 4 * bad:
        return data.decode("utf-8", errors="replace")
    return _cp1252(data)


def decode(data: bytes) -> str:
    """Bytes → str: BOM, then UTF-8, then Windows-1252; binary and empty input refused."""
    if not data:
        raise ReadError(_("empty file"))
    what = _sniff_binary(data)
    if what:
        raise ReadError(_("not text: looks like {what}").format(what=_(what)))
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = _decode_unmarked(body) if encoding == "utf-8" else body.decode(encoding, errors="replace")
            break
    if text is None:
        text = _utf16_without_bom(data)
    if text is None:
        if len(data.translate(None, delete=_CONTROL_BYTES)) < 0.9 * len(data):
            raise ReadError(_("not text: binary data (many control bytes)"))
        text = _decode_unmarked(data)
    if not text.strip():
        raise ReadError(_("empty file (only whitespace)"))
    return text


# --- articles -------------------------------------------------------------------------

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_HTML_DOC = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|br|span|a|article|section|h[1-6]|ul|li|table)\b", re.I)
_ANY_TAG = re.compile(r"<[A-Za-z!/]")


def _looks_like_html(text: str, name: str) -> bool:
    head = text[:8192].lstrip("\ufeff \t\r\n")
    if name.lower().endswith(_HTML_SUFFIXES):
        # a plain-text file saved as .html must keep its line breaks
        return bool(_ANY_TAG.search(text[:65536]))
    if not head.startswith("<"):
        return False
    return bool(_HTML_DOC.search(head)) or len(_HTML_TAG.findall(head)) >= 3


def _one_line(s: str | None) -> str | None:
    if not s:
        return None
    cleaned = " ".join(clean_text(s).split())
    return cleaned or None


# Terminal control sequences (colours, clearing the screen, window titles) pasted into an
# article: cleaning drops the ESC alone and would leave "[31m" inside a name. A string
# sequence counts only when terminated; otherwise just its introducer goes.
_TERMINAL_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clear screen
    r"|\x1b[\]P^_X][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\)"  # OSC/DCS/PM/APC/SOS strings
    r"|\x1b[ -/]*[0-~]"  # other escapes (and a lone string introducer)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)


def _strip_terminal_escapes(text: str) -> str:
    if "\x1b" not in text and "\x9b" not in text:
        return text
    return _TERMINAL_ESCAPE.sub("", text)


# The longest news report seen is under 10,000 characters of text. Extraction is not linear
# on every input (a sentence repeated for megabytes, a lokus list of 10,000 names), so an
# article's work is bounded by its length: ten times that is refused as not one report.
MAX_ARTICLE_CHARS = 100_000


def load_article(data: bytes, name: str = "") -> Article:
    """Decode bytes, turn HTML into article text, clean it. Deterministic. ReadError for
    bytes that give no text, or more text than one news report holds."""
    sha256 = hashlib.sha256(data).hexdigest()
    text = _strip_terminal_escapes(decode(data))
    title = published = outlet = None
    raw = text
    is_html = _looks_like_html(text, name)
    if is_html:
        page = html_to_text(text)
        text, published = _strip_terminal_escapes(page.text), page.published
        title = _one_line(_strip_terminal_escapes(page.title or ""))
        outlet = _one_line(_strip_terminal_escapes(page.outlet or ""))
    text = clean_text(text)
    if outlet is None and not is_html:
        outlet = footer_outlet(raw, text)
    if not text:
        raise ReadError(_("empty: no article text found in the page") if is_html else _("empty: no article text found"))
    if len(text) > MAX_ARTICLE_CHARS:
        raise TooLong(
            _("too long for one news report: {count} characters of text (at most {limit})").format(
                count=i18n.format_number(len(text)), limit=i18n.format_number(MAX_ARTICLE_CHARS)
            )
        )
    return Article(
        text=text,
        title=title,
        published=published,
        outlet=outlet,
        is_html=is_html,
        sha256=sha256,
    )
