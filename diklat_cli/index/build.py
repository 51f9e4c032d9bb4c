"""Building the derived SQLite index of the store's visits and keeping it up to date, so
that list / show / stats / export need not validate every record of a big store with
pydantic.

One concern: the index's life. Its schema, where it lives, building it from the store
file, bringing it up to date after each store write (the store calls StoreIndex through
store.sink.IndexSink), and working out merged visits as part of both. Reading it is
read.py; turning store lines into table rows is lines.py.

The index is `<store dir>/<stem>.index.sqlite`, beside `<stem>.json`. It is never the only
copy of anything: it is built from the store file and can be deleted at any time. It carries
the store file's fingerprint (size, mtime_ns, inode, a digest of its content: a rewrite in
place keeping size and times is caught too) and the version of the code that made
it (INDEX_VERSION and a digest of index/*.py and query/merge.py, whose merging it keeps);
`refresh()` rebuilds it when either differs (when only the times and inode do, and the content
digest does not, it notes them), and the store keeps it up to date after each of
its own writes (`update_after_write`). Building it reads the store file line by line (the
store writes one article or visit per line) with `json.loads`, regular expressions and plain
checks; only a line those cannot vouch for goes through pydantic, and a store that does not
load is never indexed: `Store.load()` reports it as usual. Which reports are one visit
(merge.merge_reports) is worked out when building, so list and stats need not merge.

Tables:
  meta          one row: version, size, mtime_ns, ino, digest (the store file the index is of)
                and laid_out (whether the file is exactly as Store writes it, for Store.append)
  articles      sha256 and url of every imported article (for duplicates)
  visits        one compact row per visit: what list / stats / merge read, filter and sort
                keys (casefolded), `seq` = the visit's position in the store file
  visit_search  seq -> `search`: every text field, casefolded, joined by SEP
  visit_lines   seq -> `line`: the visit's JSON line as in the store file (its UTF-8 bytes:
                list and export send them without decoding), and `written`:
                whether it is exactly what pydantic writes (list/export JSON send it as it is)
  visits_full   a view joining the three, for people poking at the index with sqlite3

Only the standard library is imported at the top: importing this module is cheap.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from diklat_cli.gc_pause import gc_paused
from diklat_cli.i18n import gettext as _
from diklat_cli.index.canonical import insert_lines
from diklat_cli.index.lines import (
    NotIndexable,
    check_article_line,
    checked_visit,
    hosts_text,
    insert_rows,
    joined,
)
from diklat_cli.index.read import SEQ, UPDATES, VisitRow, fetch
from diklat_cli.store.durable import fsync_dir, fsync_file
from diklat_cli.store.fileformat import (
    assemble,
    beside,
    content_hasher,
    digest_text,
    dump_model,
    real_store_path,
    stat_fingerprint,
)
from diklat_cli.store.fileformat import content_fingerprint as fingerprint

INDEX_VERSION = 1  # the code's digest changes the version too: see _version()
# A write that finds no up-to-date index builds one only for stores up to this size; a bigger
# one is left to the next reader, so that a single import stays fast.
BUILD_ON_WRITE_MAX = 10_000

_HEAD = assemble([], []).split(b"\n", 1)[0]  # the store file's first line

_SCHEMA = """
CREATE TABLE meta (version TEXT NOT NULL, size INTEGER, mtime_ns INTEGER, ino INTEGER,
    laid_out INTEGER NOT NULL DEFAULT 0,  -- 1: the file is laid out exactly as Store writes it
    digest TEXT);  -- of the file's content (fileformat.content_digest)
CREATE TABLE articles (sha256 TEXT PRIMARY KEY, url TEXT) WITHOUT ROWID;  -- every imported article (one b-tree)
CREATE TABLE visits (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,  -- unique: visits_id, made after the rows (one sort, not 100k inserts in random order)
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_us INTEGER NOT NULL,
    start_date TEXT,
    end_date TEXT,
    year_start INTEGER,
    year_end INTEGER,
    program TEXT,
    program_key TEXT,
    cohort INTEGER,
    activity TEXT,
    participants INTEGER,
    origin_institution TEXT,
    origin_province TEXT,
    origin_key TEXT,
    origin_regency TEXT,
    organizer TEXT,
    destination_province TEXT,
    destination_key TEXT,
    destination_regency TEXT,
    destination_host TEXT,
    hosts TEXT,
    agency_search TEXT,
    also TEXT,
    merge_key TEXT,
    -- what merge.merge_reports makes of the visit among all the store's visits:
    absorbed INTEGER NOT NULL DEFAULT 0,  -- 1: another report of a visit, folded into it
    e_participants INTEGER,  -- participants and hosts after merging (as the visit's own
    e_hosts TEXT,            -- where it has them)
    m_end_date TEXT,         -- for a visit others were folded into: what merging filled in
    m_year_end INTEGER,      -- (NULL where the visit has its own value)
    m_organizer TEXT,
    m_agency_search TEXT,    -- agency_search of the merged visit
    m_search TEXT,           -- the texts merging added (for `search`)
    m_also TEXT,             -- JSON [[id, sha256, imported_at], ...] of the folded reports
    -- the other CSV columns, so that export --csv/--xlsx need not read the lines
    officials TEXT,          -- JSON [[name, title], ...]
    source_outlet TEXT,
    source_reporter TEXT,
    source_editor TEXT,
    source_dateline TEXT,
    source_published TEXT,
    source_title TEXT,
    source_file TEXT,
    source_url TEXT,
    extractor_version TEXT
);
CREATE TABLE visit_search (seq INTEGER PRIMARY KEY, search TEXT);
CREATE TABLE visit_lines (seq INTEGER PRIMARY KEY, line BLOB NOT NULL,  -- the line's UTF-8 bytes
    written INTEGER NOT NULL DEFAULT 0);  -- 1: exactly as pydantic writes the record (lines.as_written)
CREATE VIEW visits_full AS
    SELECT v.*, s.search, l.line FROM visits v
    JOIN visit_search s ON s.seq = v.seq JOIN visit_lines l ON l.seq = v.seq;
"""
# Each index is one more pass over the visits table and one more sort when the index is built,
# so only what a query plan uses is made (EXPLAIN QUERY PLAN of every filter of `list`, stats,
# merging). No index on year_start or program_key: their filters (`year_start = ? OR year_end = ?`,
# `substr(program_key, 1, ?) = ?`) cannot use one, and merged queries scan anyway; they only
# served as the narrowest covering index of an unmerged count(*) (visits_origin serves the
# unfiltered one; with a year or programme filter it scans the table: 0.02 s at 100,000 visits).
# The two indexes that only stats reads are made by the first stats (read.STATS_INDEXES).
_INDEXES = """
CREATE UNIQUE INDEX IF NOT EXISTS visits_id ON visits (id);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS visits_origin ON visits (origin_key);
CREATE INDEX IF NOT EXISTS visits_destination ON visits (destination_key);
-- covering the pairs _merge_groups looks for (dates and article of each report): no table rows read
CREATE INDEX IF NOT EXISTS visits_merge_key ON visits (merge_key, start_date, end_date, sha256);
"""


# --------------------------------------------------------------------------- where it lives


class StoreFile:
    """A store as the index needs it (store.sink.StoreSource): the file's path, and `load`,
    called only when the file cannot be read line by line, to report why (the caller passes
    the store's own: Store means pydantic, slow to import, and this module never imports it)."""

    def __init__(self, path: Path, load: Callable[[], Any], progress: Callable[[int, int], None] | None = None) -> None:
        self.path = Path(path)
        self.load = load
        # told (bytes read, file size) now and then while the index is built from the file
        self.progress = progress


def index_path(store) -> Path:
    """`<store dir>/<stem>.index.sqlite` (fileformat.beside: one index per store file)."""
    return beside(real_store_path(store.path), "index.sqlite")


def discard(store) -> None:
    """Delete the index (and a journal SQLite may have left); never fails."""
    path = index_path(store)
    for p in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            os.unlink(p)


# --------------------------------------------------------------------------- building


def _connect(path) -> sqlite3.Connection:
    _bind_as_is()
    conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
    return conn


@functools.cache
def _bind_as_is() -> None:
    """Bind None and bytes as they are, without asking the adaptation protocol first.

    The sqlite3 module binds int, float, str and bytearray directly but sends None and bytes
    through `microprotocols.adapt`, which fails to find `PrepareProtocol.__adapt__` and
    `__conform__` (two AttributeErrors made and cleared) before binding the value unchanged:
    ~1,200 instructions a value, a few per visit (the NULL columns, the line), ~5% of a build.
    An adapter registered for the exact type is found first; these return the very object
    they are given, so what is bound is the same, for any connection of the process."""
    sqlite3.register_adapter(type(None), cast("Callable[[None], None]", {}.get))  # {}.get(None) is None
    sqlite3.register_adapter(bytes, bytes)  # bytes(b) is b for an exact bytes object


def _create(conn: sqlite3.Connection) -> None:
    # A visit line is ~2.5 KB: one per 4 KB page would waste a third of the file.
    conn.execute("PRAGMA page_size=16384")
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executescript(_SCHEMA)
    conn.execute("BEGIN")


def _finish(conn: sqlite3.Connection, fp, laid_out: bool) -> None:
    if callable(fp):
        fp = fp()
    for statement in _INDEXES.split(";"):
        if statement.strip():
            conn.execute(statement)
    _merge_groups(conn, None)
    size, mtime_ns, ino, digest = fp if fp is not None else (None, None, None, None)
    conn.execute("DELETE FROM meta")
    conn.execute("INSERT INTO meta VALUES (?, ?, ?, ?, ?, ?)", (_version(), size, mtime_ns, ino, int(laid_out), digest))
    conn.execute("COMMIT")


def _section(it, closing: bytes):
    """The item lines of one section of the store file up to its closing line, each without
    its comma; NotIndexable unless every item but the last has one."""
    comma = None  # whether the previous item line ended with a comma
    for line in it:
        if line == closing:
            if comma:
                raise NotIndexable
            return
        if comma is False:
            raise NotIndexable
        comma = line.endswith(b",")
        yield line[:-1] if comma else line
    raise NotIndexable


PROGRESS_EVERY = 2000
READ_BLOCK = 1 << 20


class _Reading:
    """The lines of an open binary file (without their b"\n"), read from its start in
    READ_BLOCK blocks that also feed the content digest: the file is read once to index it
    and to know what it was (fileformat.content_digest, once every line has been read)."""

    def __init__(self, f) -> None:
        self.f = f
        self.size = os.fstat(f.fileno()).st_size
        self.done = 0  # bytes read so far
        self._hasher = content_hasher()

    def __iter__(self) -> Iterator[bytes]:
        f = self.f
        f.seek(0)  # from the start, each time (a build in memory reads the file again)
        self.done = 0
        hasher = self._hasher = content_hasher()
        rest = b""
        while block := f.read(READ_BLOCK):
            hasher.update(block)
            self.done += len(block)
            # find (memchr) rather than split, which compares byte by byte: a third less
            find = block.find
            end = find(b"\n")
            if end < 0:  # a line longer than a block
                rest += block
                continue
            yield rest + block[:end]
            start = end + 1
            while (end := find(b"\n", start)) >= 0:
                yield block[start:end]
                start = end + 1
            rest = block[start:]
        if rest:
            yield rest

    def digest(self) -> str:
        """The content digest of the whole file (NotIndexable unless it was read to its end)."""
        if self.f.read(1):
            raise NotIndexable
        return digest_text(self._hasher)


def _store_items(reading: _Reading, articles: list[tuple[str, str | None]], progress=None) -> Any:
    """(seq, line) of each visit of a store file being read, in diklat's layout, after putting
    (sha256, url) of each valid article in `articles`; raises NotIndexable where the file
    is laid out otherwise or an article is not valid (the visits are checked as they are
    indexed: canonical.insert_lines). `progress(bytes read, size)` is called every
    PROGRESS_EVERY visits."""
    it = iter(reading)
    first = next(it, b"").removeprefix(b"\xef\xbb\xbf")
    if first != _HEAD or next(it, b"") != b'"articles":{':
        raise NotIndexable
    articles.extend(check_article_line(line) for line in _section(it, b"},"))
    if next(it, b"") != b'"visits":[':
        raise NotIndexable
    # _section(it, b"]}") written out: one generator fewer for each of the visits
    comma = None  # whether the previous visit line ended with a comma
    for seq, line in enumerate(it, 1):
        if line == b"]}":
            if comma:
                raise NotIndexable
            break
        if comma is False:
            raise NotIndexable
        comma = line.endswith(b",")
        yield seq, line[:-1] if comma else line
        if progress is not None and seq % PROGRESS_EVERY == 0:
            progress(reading.done, reading.size)
    else:
        raise NotIndexable
    if any(rest.strip() for rest in it):
        raise NotIndexable


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


STALE_TEMP_S = 3600.0


def _remove_stale_temps(path: Path) -> None:
    """Temp indexes left by builds that were killed (not touched for an hour)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for p in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - p.stat().st_mtime > STALE_TEMP_S:
                    p.unlink()


def _build(path: Path | None, fill, fp, laid_out: bool = False) -> sqlite3.Connection:
    """Build an index with `fill(conn)` into a temp file moved to `path` when complete, or
    in memory when `path` is None or cannot be written (`fill` then runs again); returns a
    connection to it. `fp`: the store file's fingerprint, or a function giving it once
    `fill` has run. `laid_out`: the store file is exactly as Store writes it."""
    if path is not None:
        _remove_stale_temps(path)
        tmp = _temp_path(path)
        conn = None
        try:
            conn = _connect(tmp)
            _create(conn)
            with gc_paused():  # a build makes millions of short-lived tuples, none in a cycle
                fill(conn)
                _finish(conn, fp, laid_out)
            conn.close()
        except (OSError, sqlite3.OperationalError):  # read-only folder, disk full: in memory
            if conn is not None:
                conn.close()
            _unlink(tmp)
        except BaseException:
            if conn is not None:
                conn.close()
            _unlink(tmp)
            raise
        else:
            # a journal left by an update that crashed belongs to the old file, not this one
            _unlink(path.with_name(path.name + "-journal"))
            try:
                # built with sync off: on disk before the rename, or a power cut can leave
                # an index with its later pages zeroed in place of the good one
                fsync_file(tmp)
            except OSError:  # an I/O error: this one is not trusted, the one in memory is
                _unlink(tmp)
            else:
                try:
                    os.replace(tmp, path)
                except OSError:  # e.g. Windows, with the old index open elsewhere: use the new one
                    return _connect(tmp)
                fsync_dir(path.parent)
                return _connect(path)
    conn = _connect(":memory:")
    try:
        _create(conn)
        with gc_paused():
            fill(conn)
            _finish(conn, fp, laid_out)
    except BaseException:
        conn.close()
        raise
    return conn


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _build_from_data(store, path: Path | None, data, fp, laid_out: bool = False, visit_lines=None):
    """An index of `data` (a StoreData), whose visits' lines are `visit_lines` if given."""

    def fill(conn: sqlite3.Connection) -> None:
        lines = visit_lines if visit_lines is not None else (dump_model(r) for r in data.visits.values())
        insert_lines(conn, enumerate(lines, 1))
        _insert_articles(conn, ((sha, a.url) for sha, a in data.articles.items()))

    return _build(path, fill, fp, laid_out)


def _insert_articles(conn: sqlite3.Connection, articles) -> None:
    # in key order: each row goes at the end of the table's b-tree instead of anywhere in it
    conn.executemany("INSERT INTO articles (sha256, url) VALUES (?, ?)", sorted(articles, key=itemgetter(0)))


def _build_from_store(store, path: Path | None) -> sqlite3.Connection:
    try:
        f = open(store.path, "rb")  # noqa: SIM115  (closed below, also on errors)
    except FileNotFoundError:
        return _build(None, lambda conn: None, None)
    except OSError:
        store.load()  # raises the store's own error
        raise
    try:
        stat = stat_fingerprint(os.fstat(f.fileno()))
        reading = _Reading(f)

        def fill(conn: sqlite3.Connection) -> None:
            articles: list[tuple[str, str | None]] = []
            insert_lines(conn, _store_items(reading, articles, getattr(store, "progress", None)))
            _insert_articles(conn, articles)

        def read_fingerprint() -> tuple[int, int, int, str]:
            return (*stat, reading.digest())

        try:
            return _build(path, fill, read_fingerprint, laid_out=True)
        except (NotIndexable, sqlite3.IntegrityError):  # IntegrityError: an id or article twice
            pass
    finally:
        f.close()
    # Not as diklat writes it, or not valid: the store's own reader decides (and reports).
    fp = fingerprint(store.path)  # before reading: a change meanwhile shows as a stale index
    data = store.load()
    try:
        return _build_from_data(store, path, data, fp)
    except ValueError as e:  # pydantic's serialisation error: what load let through cannot be written
        from diklat_cli.errors import StoreError

        unwritable = _(
            "store file {path} holds text diklat cannot write back (is there an unpaired"
            " surrogate escape such as \\ud800?): correct it in the file ({reason})"
        )
        raise StoreError(unwritable.format(path=store.path, reason=e)) from None


def _meta(conn: sqlite3.Connection) -> tuple | None:
    try:
        row = conn.execute("SELECT version, size, mtime_ns, ino, digest FROM meta").fetchone()
    except sqlite3.Error:
        return None
    if row is None or row[0] != _version():
        return None
    return tuple(row[1:])


_VERSION: list[str] = []


def _version() -> str:
    """INDEX_VERSION and a digest of the code whose answers the index holds, so that a
    changed diklat never reads an index made by another."""
    if not _VERSION:
        import hashlib

        digest = hashlib.sha256()
        try:
            here = Path(__file__).resolve().parent
            for source in [*sorted(here.glob("*.py")), here.parent / "query" / "merge.py"]:
                digest.update(source.read_bytes())
            _VERSION.append(f"{INDEX_VERSION}:{digest.hexdigest()[:16]}")
        except OSError:  # no source files (a frozen build): the number alone
            _VERSION.append(str(INDEX_VERSION))
    return _VERSION[0]


def refresh(store) -> sqlite3.Connection:
    """An open connection to an index matching the store file, rebuilt first if needed.

    A missing store file gives an empty in-memory index (nothing is written). A store that
    does not load raises its StoreError, and no index is built. When the index cannot be
    written beside the store (read-only folder), it is built in memory.
    """
    path = index_path(store)
    try:
        fp = stat_fingerprint(os.stat(store.path))
    except FileNotFoundError:  # no store yet: nothing to index
        return _build(None, lambda conn: None, None)
    except OSError:  # e.g. a path inside a file: the store reports it its own way
        store.load()
        raise
    if path.exists():
        try:
            conn = _connect(path)
        except sqlite3.Error:
            conn = None
        if conn is not None:
            meta = _meta(conn)
            # the digest only when the cheap part matches: a rebuild reads the file anyway
            if meta is not None and meta[:3] == fp and meta == fingerprint(store.path):
                return conn
            if meta is not None and meta[0] == fp[0] and _same_content(conn, store, meta):
                return conn
            conn.close()
    return _build_from_store(store, path)


def _same_content(conn: sqlite3.Connection, store, meta: tuple) -> bool:
    """Whether the store file holds the very bytes the index was built from, though written
    again (copied over, restored, synced, touched): then the index records the file's new
    times and inode instead of being built again."""
    now = fingerprint(store.path)
    if now is None or now[0] != meta[0] or now[3] != meta[3]:
        return False
    try:
        with _immediate(conn):
            if _meta(conn) != meta:  # changed meanwhile (a write of the store): leave it to a rebuild
                return False
            conn.execute("UPDATE meta SET size = ?, mtime_ns = ?, ino = ?, digest = ?", now)
    except sqlite3.Error:  # e.g. a read-only folder
        return False
    return True


@contextlib.contextmanager
def _immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: committed when the block ends, rolled back when it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _store_visit_lines(f) -> list[bytes] | None:
    """The visit lines of an open store file in diklat's layout (unchecked), None if it is
    laid out otherwise."""
    it = iter(_Reading(f))
    first = next(it, b"").removeprefix(b"\xef\xbb\xbf")
    try:
        if first != _HEAD or next(it, b"") != b'"articles":{':
            return None
        for _ in _section(it, b"},"):
            pass
        if next(it, b"") != b'"visits":[':
            return None
        return list(_section(it, b"]}"))
    except NotIndexable:
        return None


def verify(store) -> str | None:
    """Compare the index with the store file (`diklat doctor`): its record of the file, the
    SQLite file itself, and every visit line. When they disagree the index is rebuilt from
    the store, and what was wrong is returned; None when it agreed (or there was none yet).
    A store that does not load raises its StoreError."""
    path = index_path(store)
    if not path.exists() or not store.path.exists():
        return None
    problem = None
    try:
        conn = _connect(path)
        try:
            meta = _meta(conn)
            if meta is None:
                problem = "it was made by another version of diklat or cannot be read"
            elif meta != fingerprint(store.path):
                problem = "it was of an older state of the store file"
            else:
                (check,) = conn.execute("PRAGMA quick_check").fetchone()
                if check != "ok":
                    problem = f"its file is damaged ({check})"
                else:
                    with open(store.path, "rb") as f:
                        lines = _store_visit_lines(f)
                    rows = conn.execute("SELECT line FROM visit_lines ORDER BY seq")
                    indexed = [line for (line,) in rows]
                    if lines is not None and lines != indexed:
                        problem = "its visits differ from the store file's"
        finally:
            conn.close()
    except sqlite3.Error as e:
        problem = f"its file is damaged ({e})"
    if problem is not None:
        discard(store)
        refresh(store).close()
    return problem


# --------------------------------------------------------------------------- after a write


def update_after_write(
    store,
    data,
    *,
    visit_lines: list[bytes] | None = None,
    old_lines: set[bytes] | None = None,
    old_fingerprint: tuple | None = None,
) -> None:
    """Bring the index up to date with what the store just wrote (`data`), without reading
    the store file.

    `visit_lines` are the visits' lines as written (in `data.visits` order); `old_lines`
    the lines of the file before the write and `old_fingerprint` that file's fingerprint.
    When the index was up to date with that old file, only the visits whose lines changed
    are (re)indexed; otherwise the index is built afresh from `data` if the store is small
    (BUILD_ON_WRITE_MAX), else deleted for the next reader to rebuild.
    """
    path = index_path(store)
    fp = fingerprint(store.path)
    if fp is None:
        discard(store)
        return
    if old_lines is not None and old_fingerprint is not None and visit_lines is not None and path.exists():
        conn = _connect(path)
        try:
            with _immediate(conn):
                current = _meta(conn) == tuple(old_fingerprint)
                if current:
                    _update(conn, data, visit_lines, old_lines)
                    conn.execute("DELETE FROM articles")
                    _insert_articles(conn, ((sha, a.url) for sha, a in data.articles.items()))
                    conn.execute("UPDATE meta SET size = ?, mtime_ns = ?, ino = ?, digest = ?, laid_out = 1", fp)
        finally:
            conn.close()
        if current:
            return
    if len(data.visits) > BUILD_ON_WRITE_MAX:
        discard(store)
        return
    _build_from_data(store, path, data, fp, laid_out=True, visit_lines=visit_lines).close()


def snapshot(conn: sqlite3.Connection) -> sqlite3.Connection:
    """`conn` inside a read transaction, taken now and held until it closes: every query on
    it answers from the index as it is now, whatever the store writes meanwhile (a write
    waits for it, or gives up and deletes the index for the next reader)."""
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM meta").fetchone()  # BEGIN is deferred: read to take it
    return conn


def laid_out(conn: sqlite3.Connection) -> bool:
    """Whether the store file is laid out exactly as Store writes it (Store.append)."""
    row = conn.execute("SELECT laid_out FROM meta").fetchone()
    return bool(row and row[0])


class Lookup:
    """Set-like membership in a column of the index, asked of SQLite one value at a time
    (a big store's articles are not read into memory); `add` keeps values in memory."""

    def __init__(self, conn: sqlite3.Connection, query: str) -> None:
        self._conn = conn
        self._query = query
        self._added: set[str] = set()

    def __contains__(self, value) -> bool:
        if value in self._added:
            return True
        return self._conn.execute(self._query, (value,)).fetchone() is not None

    def add(self, value: str) -> None:
        self._added.add(value)


def imported(conn: sqlite3.Connection) -> tuple[Lookup, Lookup]:
    """(sha256 of the imported articles, links they were fetched from) as lookups."""
    return (
        Lookup(conn, "SELECT 1 FROM articles WHERE sha256 = ?"),
        Lookup(conn, "SELECT 1 FROM articles WHERE url = ? LIMIT 1"),
    )


def existing_articles(conn: sqlite3.Connection, shas: list[str]) -> set[str]:
    """Those of `shas` that are imported articles of the store."""
    return _existing(conn, "SELECT sha256 FROM articles WHERE sha256 IN ({})", shas)


def count(conn: sqlite3.Connection) -> int:
    """How many visits the store has (merged or not)."""
    return conn.execute("SELECT count(*) FROM visits").fetchone()[0]


def existing_ids(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Those of `ids` that visits of the store already have."""
    return _existing(conn, "SELECT id FROM visits WHERE id IN ({})", ids)


def _existing(conn: sqlite3.Connection, query: str, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for first in range(0, len(keys), 500):
        chunk = keys[first : first + 500]
        found.update(k for (k,) in conn.execute(query.format(", ".join("?" * len(chunk))), chunk))
    return found


@contextlib.contextmanager
def _upkeep(store, old_fingerprint: tuple | None) -> Iterator[sqlite3.Connection | None]:
    """The index in a write transaction, when it was up to date with the store file before
    the write just made (the store refreshed it, content digest and all, under its lock just
    before writing, and checked the file had not changed since); else None, the index deleted
    for the next reader to rebuild. NotIndexable raised inside deletes it too. On a normal
    exit the index records the store file's new fingerprint."""
    path = index_path(store)
    fp = fingerprint(store.path)
    if fp is None or old_fingerprint is None or not path.exists():
        discard(store)
        yield None
        return
    conn = _connect(path)
    try:
        with _immediate(conn):
            meta = _meta(conn)
            if meta is None or meta[:3] != tuple(old_fingerprint)[:3]:
                raise NotIndexable  # the index is of another file: deleted below
            yield conn
            conn.execute("UPDATE meta SET size = ?, mtime_ns = ?, ino = ?, digest = ?, laid_out = 1", fp)
    except NotIndexable:
        conn.close()
        discard(store)
    finally:
        conn.close()


def append_after_write(
    store, visit_lines: list[bytes], articles: dict[str, str | None], old_fingerprint: tuple | None
) -> None:
    """Add the visits and articles ({sha256: url}) a write appended to the store file
    (Store.append) to an index that was up to date with the file before that write; any
    other index is deleted, for the next reader to rebuild."""
    with _upkeep(store, old_fingerprint) as conn:
        if conn is None:
            return
        (last,) = conn.execute("SELECT coalesce(max(seq), 0) FROM visits").fetchone()
        # a generator: the checked dicts (~8 KB each) are made and inserted a few thousand at a time
        items = ((last + n, checked_visit(line), line) for n, line in enumerate(visit_lines, 1))
        keys = insert_rows(conn, items) - {None}
        _insert_articles(conn, articles.items())
        if keys:
            _merge_groups(conn, keys)


def rewrite_after_write(
    store, replaced: dict[str, bytes], deleted: list[str], articles: list[str], old_fingerprint: tuple | None
) -> None:
    """Bring an index that was up to date with the file before a Store.rewrite up to date
    with it: the visits of `replaced` ({id: new line}) moved to the end with their new
    lines, those of `deleted` and the articles with these sha256 gone. Any other index is
    deleted, for the next reader to rebuild."""
    from diklat_cli.index.records import stored_lines

    with _upkeep(store, old_fingerprint) as conn:
        if conn is None:
            return
        gone = [*replaced, *deleted]
        old = dict(stored_lines(conn, gone)[0])
        if len(old) != len(gone):
            raise NotIndexable
        keys: set[str | None] = set()
        drop = [(seq,) for seq, _line in old.values()]
        for first in range(0, len(drop), 500):
            chunk = [seq for (seq,) in drop[first : first + 500]]
            marks = ", ".join("?" * len(chunk))
            keys.update(k for (k,) in conn.execute(f"SELECT merge_key FROM visits WHERE seq IN ({marks})", chunk))
        for table in ("visits", "visit_search", "visit_lines"):
            conn.executemany(f"DELETE FROM {table} WHERE seq = ?", drop)
        conn.executemany("DELETE FROM articles WHERE sha256 = ?", [(sha,) for sha in articles])
        (last,) = conn.execute("SELECT coalesce(max(seq), 0) FROM visits").fetchone()
        last = max([last, *(seq for seq, _line in old.values())])
        lines = enumerate(replaced.values(), last + 1)
        keys |= insert_rows(conn, [(seq, checked_visit(line), line) for seq, line in lines])
        keys.discard(None)
        if keys:
            _merge_groups(conn, keys)


def _update(conn: sqlite3.Connection, data, visit_lines: list[bytes], old_lines: set[bytes]) -> None:
    old: dict[str, int] = dict(conn.execute("SELECT id, seq FROM visits"))
    next_seq = max(old.values(), default=0) + 1
    last = 0
    appending = False  # once one visit goes to the end, all after it do (store order)
    drop: list[int] = []
    moves: list[tuple[int, int | None]] = []
    inserts: list[tuple[int, bytes]] = []
    for vid, line in zip(data.visits, visit_lines, strict=True):
        seq = old.pop(vid, None)
        changed = seq is None or line not in old_lines
        if seq is not None and seq > last and not appending:
            last = seq
            if changed:
                drop.append(seq)
                inserts.append((seq, line))
            continue
        appending = True
        if changed:
            if seq is not None:
                drop.append(seq)
            inserts.append((next_seq, line))
        else:
            moves.append((next_seq, seq))
        next_seq += 1
    drop += old.values()  # visits no longer in the store
    keys: set[str | None] = set()  # the merge groups that change
    for first in range(0, len(drop), 500):
        chunk = drop[first : first + 500]
        marks = ", ".join("?" * len(chunk))
        keys.update(k for (k,) in conn.execute(f"SELECT merge_key FROM visits WHERE seq IN ({marks})", chunk))
    for table in ("visits", "visit_search", "visit_lines"):
        conn.executemany(f"DELETE FROM {table} WHERE seq = ?", [(s,) for s in drop])
        conn.executemany(f"UPDATE {table} SET seq = ? WHERE seq = ?", moves)
    insert_rows(conn, ((seq, checked_visit(line), line) for seq, line in inserts))
    for first in range(0, len(inserts), 500):
        chunk = [seq for seq, _ in inserts[first : first + 500]]
        marks = ", ".join("?" * len(chunk))
        keys.update(k for (k,) in conn.execute(f"SELECT merge_key FROM visits WHERE seq IN ({marks})", chunk))
    keys.discard(None)
    if keys:
        _merge_groups(conn, keys)


# --------------------------------------------------------------------------- merged visits


_MERGE_RESET = (
    "UPDATE visits SET absorbed = 0, e_participants = participants, e_hosts = hosts, m_end_date = NULL,"
    " m_year_end = NULL, m_organizer = NULL, m_agency_search = NULL, m_search = NULL, m_also = NULL"
    " WHERE merge_key = ?"
)
# merging fills only what the visit lacks: coalesce keeps what it has
_MERGE_SET = (
    "UPDATE visits SET e_participants = coalesce(participants, ?), m_end_date = ?, m_year_end = ?,"
    " m_organizer = ?, e_hosts = coalesce(hosts, ?), m_agency_search = ?, m_search = ?, m_also = ? WHERE seq = ?"
)


def _merge_groups(conn: sqlite3.Connection, keys) -> None:
    """Work out with merge.merge_reports what merging makes of the visits of these merge
    groups (None: every group where merging can happen) and keep it in the absorbed / m_*
    columns.

    Groups are merged independently of each other, so merging one group at a time is
    merging the whole store; and every filter that selects by programme or province takes
    or leaves whole groups, so merging before or after such a filter is the same.
    """
    from diklat_cli.query.merge import merge_key, merge_reports

    if keys is None:
        # only groups with two reports of different articles whose dates overlap (merge.same_visit)
        keys = [
            k
            for (k,) in conn.execute(
                "SELECT DISTINCT a.merge_key FROM visits a JOIN visits b ON b.merge_key = a.merge_key"
                " AND b.seq > a.seq AND b.sha256 != a.sha256 AND a.start_date <= coalesce(b.end_date, b.start_date)"
                " AND b.start_date <= coalesce(a.end_date, a.start_date) WHERE a.merge_key IS NOT NULL"
            )
        ]
    else:
        keys = sorted(keys)
        conn.executemany(_MERGE_RESET, [(k,) for k in keys])
    candidates = []
    if keys:
        for first in range(0, len(keys), 500):
            chunk = keys[first : first + 500]
            cond = f"v.merge_key IN ({', '.join('?' * len(chunk))})"
            candidates += fetch(conn, [cond], chunk, "v.seq", None, merged=False)
        candidates.sort(key=itemgetter(SEQ))
    groups: dict[tuple, list[VisitRow]] = {}
    for r in candidates:
        groups.setdefault(merge_key(r), []).append(r)
    absorbed: list[tuple[int]] = []
    merged: list[tuple] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        try:
            out = merge_reports(members)
        except TypeError:  # import times with and without a time zone: merge.py cannot order them
            continue
        if len(out) == len(members):
            continue
        kept = {r.id for r in out}
        absorbed += [(r[SEQ],) for r in members if r.id not in kept]
        merged += [_merged_columns(r) for r in out if r[UPDATES]]
    conn.executemany("UPDATE visits SET absorbed = 1 WHERE seq = ?", absorbed)
    conn.executemany(_MERGE_SET, merged)


def _merged_columns(r: VisitRow) -> tuple:
    """The m_* columns (and seq) of a visit others were folded into, from merge_reports'
    model_copy of it."""
    updates = r[UPDATES]
    reports = [p for p in updates["also_reported_by"] if getattr(p, "report_id", None) is not None]
    end = updates.get("end_date")
    extra = []
    if "organizer" in updates:
        extra.append(updates["organizer"])
    extra += updates.get("host_agencies", [])
    for p in reports:
        extra += (p.url, p.file)
    return (
        updates.get("participants"),
        None if end is None else end.isoformat(),
        None if end is None else end.year,
        updates.get("organizer"),
        hosts_text(updates.get("host_agencies", [])),
        joined([*r.host_agencies, r.organizer, r.origin.institution, r.destination.host]),
        joined(extra),
        json.dumps([[p.report_id, p.sha256, p.imported_at.isoformat()] for p in reports], ensure_ascii=False),
        r[SEQ],
    )


# --------------------------------------------------------------------------- what the store tells it


class StoreIndex:
    """The index as the store sees it (store.sink.IndexSink): told of each write."""

    def imported(self, store) -> tuple[Lookup, Lookup]:
        return imported(refresh(store))

    def can_append(self, store, ids: list[str], shas: list[str]) -> bool:
        conn = refresh(store)  # raises the StoreError of a store that does not load
        try:
            return laid_out(conn) and not existing_ids(conn, ids) and not existing_articles(conn, shas)
        finally:
            conn.close()

    def written(self, store, data, visit_lines, old_lines, old_fingerprint) -> None:
        update_after_write(store, data, visit_lines=visit_lines, old_lines=old_lines, old_fingerprint=old_fingerprint)

    def appended(self, store, visit_lines, articles, old_fingerprint) -> None:
        append_after_write(store, visit_lines, articles, old_fingerprint)

    def visit_lines(self, store, ids: list[str]) -> tuple[dict[str, tuple[int, bytes]], int] | None:
        from diklat_cli.index.records import stored_lines

        conn = refresh(store)  # raises the StoreError of a store that does not load
        try:
            return stored_lines(conn, ids) if laid_out(conn) else None
        finally:
            conn.close()

    def rewritten(self, store, replaced, deleted, articles, old_fingerprint) -> None:
        rewrite_after_write(store, replaced, deleted, articles, old_fingerprint)

    def discard(self, store) -> None:
        discard(store)


SQLITE_INDEX = StoreIndex()
