"""Inputs named on the command line: files, folders (walked), stdin and links.

What each input is (`iter_inputs`) and its bytes (`read_item`), within the size limit:
the one way `import` and `extract` read what they are given. A diklat export is not read
into memory: it is an `ExportStream` (stdin copied to a temporary file), read by
`sources.exports.iter_entries` a record at a time, with the exports' own limit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from diklat_cli.i18n import gettext as _

__all__ = [
    "ARTICLE_SUFFIXES",
    "EXPORT_KINDS",
    "EXPORT_MAX_BYTES",
    "EXPORT_SUFFIXES",
    "ExportStream",
    "Input",
    "display_name",
    "fetch_input",
    "iter_inputs",
    "read_input",
    "read_item",
]

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".text"}
EXPORT_SUFFIXES = {".json", ".jsonl", ".csv"}
EXPORT_KINDS = ("csv", "json", "jsonl")
# diklat's own exports are not articles: a store of 100,000 visits exports to ~200 MB
EXPORT_MAX_BYTES = 2 * 1024**3
_HEAD = 64 * 1024  # what is read of an input to tell an export from an article
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ExportStream:
    """A diklat export, read as a stream and never whole: the file it is in (stdin is first
    copied to a temporary file, `temporary`, removed once read), its sha256, and its kind
    when known (`import --format`; else it is told from the file's head)."""

    path: Path
    sha256: str
    size: int
    kind: str | None = None
    temporary: bool = False

    def discard(self) -> None:
        """Remove the temporary copy of stdin (nothing for a file of the user's)."""
        if self.temporary:
            self.path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Input:
    name: str  # shown to the user
    path: Path | None  # None for stdin and links
    error: str | None = None  # a problem found while listing inputs
    url: str | None = None


def display_name(name: str) -> str:
    """A file name as text that can be stored and printed: bytes that were not UTF-8
    (kept by Python as lone surrogates) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def iter_inputs(paths: Iterable[str], skipped: Counter | None = None) -> Iterator[Input]:
    """Every input named: "-" is stdin, a folder is walked (links to folders are not
    followed, so a link loop cannot trap the walk; hidden folders such as .git are not
    entered). What a folder holds that is not read is counted in `skipped`, by suffix
    (".pdf", "no suffix") and "hidden folder"."""
    from diklat_cli.sources.web import is_url

    for raw in paths:
        if raw == "-":
            yield Input("<stdin>", None)
            continue
        if is_url(raw):
            yield Input(raw, None, url=raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path, followlinks=False):
                hidden = [d for d in dirs if d.startswith(".")]
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if candidate.suffix.lower() in ARTICLE_SUFFIXES | EXPORT_SUFFIXES:
                        found.append(candidate)
                    elif skipped is not None:
                        skipped[candidate.suffix.lower() or "no suffix"] += 1
                if skipped is not None and hidden:
                    skipped["hidden folder"] += len(hidden)
            yield from (Input(display_name(str(p)), p) for p in found)
        elif path.exists():
            yield Input(display_name(str(path)), path)
        elif path.is_symlink():
            yield Input(display_name(str(path)), None, _("broken link"))
        else:
            yield Input(display_name(str(path)), None, _("no such file or folder"))


def read_input(item: Input, max_bytes: int, export_format: str | None = None) -> bytes | ExportStream:
    """The bytes of a file or stdin, within the article limit `max_bytes`; a diklat export
    (a file named .json, .jsonl or .csv, stdin that starts as one, any input with
    `export_format`) as an ExportStream, with the exports' own, much larger limit."""
    from diklat_cli.sources import reader

    if item.path is None:
        return _read_stdin(max_bytes, export_format)
    if export_format is None and item.path.suffix.lower() not in EXPORT_SUFFIXES:
        return reader.read_bytes(item.path, max_bytes)
    try:
        info = item.path.stat()
        if stat.S_ISFIFO(info.st_mode) or not stat.S_ISREG(info.st_mode):
            # a pipe or a device: read as before (a pipe without a writer reads as empty)
            return reader.read_bytes(item.path, max(max_bytes, EXPORT_MAX_BYTES))
        if info.st_size > EXPORT_MAX_BYTES:
            return reader.read_bytes(item.path, EXPORT_MAX_BYTES)  # refused with its size
        digest, size = hashlib.sha256(), 0
        with item.path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError:
        return reader.read_bytes(item.path, EXPORT_MAX_BYTES)  # says why in its words
    return ExportStream(item.path, digest.hexdigest(), size, export_format)


def _read_stdin(max_bytes: int, export_format: str | None) -> bytes | ExportStream:
    """stdin: an article's bytes, or an export copied to a temporary file as it comes."""
    from diklat_cli.sources import exports, reader

    stream = sys.stdin.buffer
    parts: list[bytes] = []
    got = 0
    while got < _HEAD and (part := stream.read(_HEAD - got)):
        parts.append(part)
        got += len(part)
    head = b"".join(parts)
    complete = len(head) < _HEAD
    kind = export_format or (None if complete else exports.export_kind(head, "<stdin>", complete=False))
    if kind is None:  # an article (or a small export, told apart by analyse as for files)
        if len(head) > max_bytes:
            raise reader.too_large(len(head) if complete else None, max_bytes)
        if complete:
            return head
        return head + reader.read_stream(stream, max(1, max_bytes - len(head)))
    digest, size = hashlib.sha256(head), len(head)
    with tempfile.NamedTemporaryFile("wb", prefix="diklat-stdin-", suffix=".export", delete=False) as copy:
        try:
            copy.write(head)
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > EXPORT_MAX_BYTES:
                    raise reader.too_large(None, EXPORT_MAX_BYTES)
                digest.update(chunk)
                copy.write(chunk)
        except BaseException:
            copy.close()
            Path(copy.name).unlink(missing_ok=True)
            raise
    return ExportStream(Path(copy.name), digest.hexdigest(), size, kind, temporary=True)


def fetch_input(item: Input, max_bytes: int, save_html: Path | None = None):
    """Fetch a link; the page bytes and when they were fetched. FetchError on failure."""
    from diklat_cli.sources.web import fetch

    page = fetch(cast(str, item.url), max_bytes=max_bytes)
    if save_html is not None:
        from diklat_cli.store.durable import atomic_write_bytes

        name = hashlib.sha256(page.data).hexdigest()[:16] + ".html"
        atomic_write_bytes(Path(save_html) / name, page.data)
    return page


def read_item(
    item: Input, max_bytes: int, save_html: Path | None = None, export_format: str | None = None
) -> tuple[bytes | ExportStream, str | None, dt.datetime | None]:
    """The bytes of one input (an ExportStream for a diklat export) and, for a link, the
    address the page came from and when it was fetched. Raises ReadError, FetchError or OSError."""
    if item.url is not None:
        page = fetch_input(item, max_bytes, save_html)
        return page.data, page.final_url, page.fetched_at
    return read_input(item, max_bytes, export_format), None, None
