"""Inputs named on the command line: files, folders (walked), stdin and links.

What each input is (`iter_inputs`) and its bytes (`read_item`), within the size limit:
the one way `import` and `extract` read what they are given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from diklat_cli.i18n import gettext as _

__all__ = [
    "ARTICLE_SUFFIXES",
    "EXPORT_MAX_BYTES",
    "EXPORT_SUFFIXES",
    "Input",
    "display_name",
    "fetch_input",
    "iter_inputs",
    "read_input",
    "read_item",
]

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".text"}
EXPORT_SUFFIXES = {".json", ".jsonl", ".csv"}
# diklat's own exports are not articles: a store of 100,000 visits exports to ~200 MB
EXPORT_MAX_BYTES = 2 * 1024**3


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


def read_input(item: Input, max_bytes: int) -> bytes:
    """The bytes of a file or stdin; a file named as an export (.json, .jsonl, .csv) is
    read with the exports' own, much larger limit, not the article limit."""
    from diklat_cli.sources import reader

    if item.path is None:
        return reader.read_stream(sys.stdin.buffer, max_bytes)
    if item.path.suffix.lower() in EXPORT_SUFFIXES:
        max_bytes = max(max_bytes, EXPORT_MAX_BYTES)
    return reader.read_bytes(item.path, max_bytes)


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
    item: Input, max_bytes: int, save_html: Path | None = None
) -> tuple[bytes, str | None, dt.datetime | None]:
    """The bytes of one input and, for a link, the address the page came from and when it
    was fetched. Raises ReadError, FetchError or OSError."""
    if item.url is not None:
        page = fetch_input(item, max_bytes, save_html)
        return page.data, page.final_url, page.fetched_at
    return read_input(item, max_bytes), None, None
