"""The store file's layout, byte by byte: the sole owner of how `<stem>.json` is written.

The document keeps one article or visit per line so that it stays readable, greppable and
a JSON error's line number points at the damaged record:

    {"format":"diklat-store","schema_version":1,
    "articles":{
    "<sha256>":{...},
    ...
    },
    "visits":[
    {...},
    ...
    ]}

JSON strings hold no raw newline, so each line between the section markers is one item.
The store (store.py) writes and appends through these functions; the index (diklat_cli.index)
reads the same lines through them. Standard library only: importing this module is cheap.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "FORMAT",
    "HEAD",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Layout",
    "article_line",
    "article_line_key",
    "assemble",
    "beside",
    "decode",
    "dump_model",
    "content_digest",
    "content_fingerprint",
    "file_layout",
    "fingerprint",
    "known_lines",
    "looks_whole",
    "real_store_path",
    "spliced",
]

FORMAT = "diklat-store"
SCHEMA_VERSION = 1

# Upgrades of the decoded document, from version n to n + 1. Empty while there is only v1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class Dumpable(Protocol):
    """A pydantic model, as far as writing it goes (pydantic itself is not imported here)."""

    def model_dump_json(self, *, warnings: bool = ...) -> str: ...


def real_store_path(path: Path) -> Path:
    """The file a store path names: a symbolic link is followed, so that writes replace the
    target (not the link) and the lock, backups and index are those of the target."""
    path = Path(path)
    try:
        return Path(os.path.realpath(path)) if path.is_symlink() else path
    except OSError:
        return path


def beside(store_path: Path, what: str) -> Path:
    """The file or folder `what` (backups, articles, index.sqlite) kept beside a store file,
    unique to that file: `<stem>.<what>` for a store named `<stem>.json`, as diklat always
    did, and `<name>-<what>` for any other name, so that `kantor`, `kantor.json` and
    `kantor.bak` never share backups, article texts or an index."""
    name = store_path.name
    if name.endswith(".json") and len(name) > len(".json"):
        return store_path.with_name(f"{name[: -len('.json')]}.{what}")
    return store_path.with_name(f"{name}-{what}")


def fingerprint(path: Path) -> tuple[int, int, int] | None:
    """(size, mtime_ns, inode) of the file, None if there is none: what the index checks
    to know whether it is of the store file as it is now."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return stat_fingerprint(st)


def stat_fingerprint(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def content_hasher():
    """A fresh hasher of content_digest (update it with the file's bytes in order)."""
    import xxhash  # lazy: only the index and the store's writes need it

    return xxhash.xxh3_128()


def digest_text(hasher) -> str:
    """content_digest of the bytes given to `hasher` (content_hasher)."""
    return "xxh3-128:" + hasher.hexdigest()


def content_digest(f) -> str:
    """A digest of the whole content of the open binary file `f` (read from its start in
    1 MB blocks): what a rewrite keeping size and times cannot keep. xxh3-128 reads a 250 MB
    store in ~0.15 s, about what reading it costs at all; sha256 would take 0.7 s."""
    digest = content_hasher()
    block = bytearray(1 << 20)
    view = memoryview(block)
    f.seek(0)
    while n := f.readinto(block):
        digest.update(view[:n])
    return digest_text(digest)


def content_fingerprint(path: Path) -> tuple[int, int, int, str] | None:
    """(size, mtime_ns, inode, content digest) of the file, None if there is none: what the
    index records of the store file it was built from. The digest catches a file changed in
    place with the same size and times (tools that keep times, a copy from another machine)."""
    try:
        with open(path, "rb", buffering=0) as f:
            st = os.fstat(f.fileno())
            return (*stat_fingerprint(st), content_digest(f))
    except OSError:
        return None


# --- (de)serialisation: swap these two for another JSON library --------------------------


def dump_model(model: Dumpable) -> bytes:
    # warnings=False: wrong types are caught by validating changed lines before writing
    return model.model_dump_json(warnings=False).encode("utf-8")


def decode(raw: bytes) -> Any:
    return json.loads(raw.decode("utf-8"))


def assemble(article_lines: list[bytes], visit_lines: list[bytes]) -> bytes:
    head = json.dumps({"format": FORMAT, "schema_version": SCHEMA_VERSION}, separators=(",", ":"))
    parts = [head[:-1].encode("utf-8") + b",", b'"articles":{']
    if article_lines:
        parts.append(b",\n".join(article_lines))
    parts.append(b'},\n"visits":[')
    if visit_lines:
        parts.append(b",\n".join(visit_lines))
    parts.append(b"]}\n")
    return b"\n".join(parts)


def known_lines(content: bytes) -> set[bytes]:
    """The file's lines with and without their trailing comma, to spot unchanged items."""
    lines = content.split(b"\n")
    return set(lines) | {line[:-1] for line in lines if line.endswith(b",")}


def article_line_key(sha: str) -> bytes:
    return json.dumps(sha, ensure_ascii=False).encode("utf-8") + b":"


def article_line(sha: str, entry: Dumpable) -> bytes:
    return article_line_key(sha) + dump_model(entry)



@dataclass
class Layout:
    """Where the parts of a store file laid out as assemble writes it are (byte offsets)."""

    articles: tuple[int, int]  # the article lines (an empty range when there are none)
    visits: tuple[int, int]  # the visit lines (likewise)


ARTICLES_OPEN = b'"articles":{\n'
SECTION_BREAK = b'\n},\n"visits":[\n'
EMPTY_ARTICLES_BREAK = b'},\n"visits":[\n'
CLOSE = b"\n]}\n"
EMPTY_VISITS_CLOSE = b"]}\n"


def file_layout(path: Path) -> Layout | None:
    """The layout of the store file if it is exactly as assemble writes it, else None.

    JSON strings hold no raw newline, so the first line "}," followed by "visits":[ ends
    the articles, and each line in between is one item. The file is mapped, not read: only
    the pages searched are touched."""
    import mmap

    head = assemble([], [])
    prefix = head[: head.index(ARTICLES_OPEN) + len(ARTICLES_OPEN)]
    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            size = len(m)
            if m[: len(prefix)] != prefix:
                return None  # another layout, or a byte order mark: the slow way rewrites it
            start = len(prefix)
            if m[start : start + len(EMPTY_ARTICLES_BREAK)] == EMPTY_ARTICLES_BREAK:
                articles, visits_start = (start, start), start + len(EMPTY_ARTICLES_BREAK)
            else:
                end = m.find(SECTION_BREAK, start)
                if end < 0:
                    return None
                articles, visits_start = (start, end), end + len(SECTION_BREAK)
            tail = m[max(0, size - len(CLOSE)) :]
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return None
    if size - len(CLOSE) > visits_start and tail == CLOSE:
        return Layout(articles, (visits_start, size - len(CLOSE)))
    if size == visits_start + len(EMPTY_VISITS_CLOSE) and tail.endswith(EMPTY_VISITS_CLOSE):
        return Layout(articles, (visits_start, visits_start))
    return None


def spliced(layout: Layout, article_lines: list[bytes], visit_lines: list[bytes]) -> list:
    """The store file with the new lines after the old ones of each section, as pieces to
    write: bytes, or (start, end) ranges of the old file, which are copied, not read in."""
    (a_start, a_end), (v_start, v_end) = layout.articles, layout.visits
    pieces: list = [(0, a_end)]
    if article_lines:
        pieces += [b",\n" if a_end > a_start else b"", b",\n".join(article_lines)]
    pieces.append(SECTION_BREAK if a_end > a_start or article_lines else EMPTY_ARTICLES_BREAK)
    pieces.append((v_start, v_end))
    if visit_lines:
        pieces += [b",\n" if v_end > v_start else b"", b",\n".join(visit_lines)]
    pieces.append(CLOSE if v_end > v_start or visit_lines else EMPTY_VISITS_CLOSE)
    return pieces



HEAD = re.compile(rb'\s*\{\s*"format"\s*:\s*"diklat-store"\s*,\s*"schema_version"\s*:\s*(\d{1,9})\b')



def looks_whole(raw: bytes) -> bool:
    """Whether `raw` starts and ends like a store file (not cut short, not another file)."""
    raw = raw.removeprefix(codecs.BOM_UTF8).strip()
    return raw.startswith(b'{"format":"diklat-store"') and raw.endswith(b"]}")

