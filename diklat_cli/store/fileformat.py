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
    "at_end",
    "beside",
    "decode",
    "dump_model",
    "content_digest",
    "content_fingerprint",
    "file_layout",
    "fingerprint",
    "known_lines",
    "located",
    "looks_whole",
    "real_store_path",
    "spliced",
    "spliced_out",
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


def spliced_out(
    layout: Layout,
    dropped_articles: list[tuple[int, int]],
    dropped_visits: list[tuple[int, int]],
    visit_lines: list[bytes],
) -> list:
    """The store file without some of its lines and with new visit lines at the end, as
    pieces to write (see spliced). `dropped_*` are the (start, end) offsets of whole lines
    of each section, without their comma, in file order: what is left is laid out as
    assemble would lay it out."""
    pieces: list = [(0, layout.articles[0])]
    kept = _kept(layout.articles, dropped_articles)
    _joined(pieces, kept, [])
    pieces.append(SECTION_BREAK if kept else EMPTY_ARTICLES_BREAK)
    kept = _kept(layout.visits, dropped_visits)
    _joined(pieces, kept, visit_lines)
    pieces.append(CLOSE if kept or visit_lines else EMPTY_VISITS_CLOSE)
    return pieces


_VISIT_IDS = re.compile(rb'"visit_ids":\[([^\]]*)\][,}]')


def located(path: Path, layout: Layout, visit_lines: list[bytes], articles: int, listing: set[str]):
    """Where lines are in the store file laid out as `layout` says, without reading it all
    in: ([(start, end)] of each of `visit_lines`, which are in file order, [(start, end)]
    of the article lines whose visit_ids list one of the ids `listing`, and their sha256),
    or None if a visit line is not there or the file does not have `articles`
    article lines each with its visit_ids as diklat writes them (the caller then reads it
    all). The visits are searched in blocks, one pass for all of them; the articles in
    the file mapped (a tenth of the file)."""
    import mmap

    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            visits = []
            pos = layout.visits[0]
            for line in visit_lines:
                at = _line_at(f, line, pos, layout.visits[1])
                if at < 0:
                    return None
                visits.append((at, at + len(line)))
                pos = at + len(line)
            found: list[tuple[int, int]] = []
            shas: list[str] = []
            a_start, a_end = layout.articles
            seen = 0
            for match in _VISIT_IDS.finditer(m, a_start, a_end):
                seen += 1
                if not listing:
                    continue
                listed = match.group(1)
                if b"\\" in listed or b" " in listed:
                    ids = set(decode(b"[" + listed + b"]"))
                else:
                    ids = {i[1:-1].decode("utf-8") for i in listed.split(b",") if i}
                if ids.isdisjoint(listing):
                    continue
                start = m.rfind(b"\n", a_start, match.start()) + 1 or a_start
                end = m.find(b"\n", match.end(), a_end + 1)
                end = a_end if end < 0 else end
                line = m[start:end].removesuffix(b",")
                (sha,) = decode(b"{" + line + b"}")
                found.append((start, start + len(line)))
                shas.append(sha)
    except (OSError, ValueError, UnicodeDecodeError):  # ValueError: json, or an empty file
        return None
    if seen != articles:
        return None
    return visits, found, shas


def _line_at(f, line: bytes, pos: int, end: int, window: int = 1 << 22) -> int:
    """Where `line` is, as a whole line of the visits section that ends at `end`, at or
    after `pos` (the start of a line) in the open file `f`; -1 if it is not there. Read a
    block at a time: a big store is not held in memory, nor mapped whole."""
    needle = b"\n" + line  # the byte before a visit line is always a newline
    start = pos - 1
    while start < end:
        f.seek(start)
        block = f.read(window + len(needle) + 2)
        i = block.find(needle)
        while 0 <= i <= window:
            after = start + i + len(needle)
            if after == end or (after < end and block[i + len(needle) : i + len(needle) + 2] == b",\n"):
                return start + i + 1
            i = block.find(needle, i + 1)
        start += window + 1
    return -1


def at_end(layout: Layout, lines: list[tuple[int, int]]) -> bool:
    """Whether the visit lines at these ranges (file order) are the last ones of the file,
    one after the other."""
    if not lines or lines[-1][1] != layout.visits[1]:
        return False
    return all(nxt[0] == prev[1] + 2 for prev, nxt in zip(lines, lines[1:], strict=False))


def _kept(section: tuple[int, int], dropped: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of lines of a section (items separated by ",\n") left when the `dropped`
    lines are taken out, as ranges without their trailing comma."""
    start, end = section
    runs = []
    pos = start
    for s, e in dropped:
        if not start <= s < e <= end:
            raise ValueError("a dropped line outside its section")
        if s > pos:
            runs.append((pos, s - 2))  # up to the ",\n" before the dropped line
        pos = e + 2  # past the ",\n" after it
    if pos < end:
        runs.append((pos, end))
    return runs


def _joined(pieces: list, runs: list[tuple[int, int]], lines: list[bytes]) -> None:
    parts: list = [*runs, *lines]
    for n, part in enumerate(parts):
        if n:
            pieces.append(b",\n")
        pieces.append(part)


HEAD = re.compile(rb'\s*\{\s*"format"\s*:\s*"diklat-store"\s*,\s*"schema_version"\s*:\s*(\d{1,9})\b')


def looks_whole(raw: bytes) -> bool:
    """Whether `raw` starts and ends like a store file (not cut short, not another file)."""
    raw = raw.removeprefix(codecs.BOM_UTF8).strip()
    return raw.startswith(b'{"format":"diklat-store"') and raw.endswith(b"]}")
