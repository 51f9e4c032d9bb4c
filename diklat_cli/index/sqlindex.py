"""A derived SQLite index of the store's visits, so that list / show / stats / export need
not validate every record of a big store with pydantic.

One concern: the index's tables. Its schema, the checks that let a store line in without
pydantic, the build, the upkeep after each store write and the queries all read and write
the same columns, so they are kept together (the sections below follow that order).

The index is `<store dir>/<stem>.index.sqlite`, beside `<stem>.json`. It is never the only
copy of anything: it is built from the store file and can be deleted at any time. It carries
the store file's fingerprint (size, mtime_ns, inode) and the version of the code that made
it (INDEX_VERSION and a digest of index.py and merge.py, whose merging it keeps worked out);
`refresh()` rebuilds it when either differs, and the store keeps it up to date after each of
its own writes (`update_after_write`). Building it reads the store file line by line (the
store writes one article or visit per line) with `json.loads`, regular expressions and plain
checks; only a line those cannot vouch for goes through pydantic, and a store that does not
load is never indexed: `Store.load()` reports it as usual. Which reports are one visit
(merge.merge_reports) is worked out when building, so list and stats need not merge.

Tables:
  meta          one row: version, size, mtime_ns, ino (the store file the index is of) and
                laid_out (whether the file is exactly as Store writes it, for Store.append)
  articles      sha256 and url of every imported article (for duplicates)
  visits        one compact row per visit: what list / stats / merge read, filter and sort
                keys (casefolded), `seq` = the visit's position in the store file
  visit_search  seq -> `search`: every text field, casefolded, joined by SEP
  visit_lines   seq -> `line`: the visit's JSON line as in the store file
  visits_full   a view joining the three, for people poking at the index with sqlite3

Only the standard library is imported at the top: importing this module is cheap.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import glob
import json
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Callable
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, cast

from diklat_cli import schema
from diklat_cli.gc_pause import gc_paused
from diklat_cli.schema import SORT_FIELDS
from diklat_cli.store.fileformat import assemble, dump_model, fingerprint, stat_fingerprint

__all__ = [
    "INDEX_VERSION",
    "SORT_FIELDS",
    "Lookup",
    "SQLITE_INDEX",
    "StoreFile",
    "StoreIndex",
    "VisitRow",
    "append_after_write",
    "count",
    "existing_articles",
    "existing_ids",
    "imported",
    "laid_out",
    "discard",
    "find",
    "merged_visit",
    "fingerprint",
    "index_path",
    "iter_records",
    "records",
    "refresh",
    "rows",
    "selected",
    "stats_tables",
    "update_after_write",
]

INDEX_VERSION = 1  # the code's digest changes the version too: see _version()
SEP = "\x1f"  # between the texts of `search` and `agency_search` (a needle never holds it)
# A write that finds no up-to-date index builds one only for stores up to this size; a bigger
# one is left to the next reader, so that a single import stays fast.
BUILD_ON_WRITE_MAX = 10_000
ACTIVITIES = frozenset(schema.ACTIVITIES)

_HEAD = assemble([], []).split(b"\n", 1)[0]  # the store file's first line
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
_US = dt.timedelta(microseconds=1)

_SCHEMA = """
CREATE TABLE meta (version TEXT NOT NULL, size INTEGER, mtime_ns INTEGER, ino INTEGER,
    laid_out INTEGER NOT NULL DEFAULT 0);  -- 1: the file is laid out exactly as Store writes it
CREATE TABLE articles (sha256 TEXT PRIMARY KEY, url TEXT);  -- every imported article
CREATE TABLE visits (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
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
    host_agencies TEXT,
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
    m_also TEXT              -- JSON [[id, sha256, imported_at], ...] of the folded reports
);
CREATE TABLE visit_search (seq INTEGER PRIMARY KEY, search TEXT);
CREATE TABLE visit_lines (seq INTEGER PRIMARY KEY, line TEXT NOT NULL);
CREATE VIEW visits_full AS
    SELECT v.*, s.search, l.line FROM visits v
    JOIN visit_search s ON s.seq = v.seq JOIN visit_lines l ON l.seq = v.seq;
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS visits_origin ON visits (origin_key);
CREATE INDEX IF NOT EXISTS visits_destination ON visits (destination_key);
CREATE INDEX IF NOT EXISTS visits_year ON visits (year_start);
CREATE INDEX IF NOT EXISTS visits_program ON visits (program_key);
CREATE INDEX IF NOT EXISTS visits_merge_key ON visits (merge_key);
-- covering the GROUP BY queries of stats_tables: no sorting, no table rows read
CREATE INDEX IF NOT EXISTS visits_tally
    ON visits (origin_province, destination_province, year_start, program, absorbed, e_participants);
CREATE INDEX IF NOT EXISTS visits_hosts ON visits (destination_province, destination_regency, e_hosts, absorbed, seq);
"""
_VISIT_COLUMNS = (
    "seq, id, sha256, imported_at, imported_us, start_date, end_date, year_start, year_end, program,"
    " program_key, cohort, activity, participants, origin_institution, origin_province, origin_key,"
    " origin_regency, organizer, destination_province, destination_key, destination_regency,"
    " destination_host, host_agencies, hosts, agency_search, also, merge_key, e_participants, e_hosts"
)
_MERGE_KEY_COLUMN = 27  # position of merge_key in a visits row
_INSERT_VISIT = f"INSERT INTO visits ({_VISIT_COLUMNS}) VALUES ({', '.join('?' * 30)})"


# --------------------------------------------------------------------------- where it lives


class StoreFile:
    """A store as the index needs it (store.sink.StoreSource): the file's path, and `load`,
    called only when the file cannot be read line by line, to report why (the caller passes
    the store's own: Store means pydantic, slow to import, and this module never imports it)."""

    def __init__(self, path: Path, load: Callable[[], Any]) -> None:
        self.path = Path(path)
        self.load = load


def index_path(store) -> Path:
    """`<store dir>/<stem>.index.sqlite`."""
    return store.path.with_name(store.path.stem + ".index.sqlite")


def discard(store) -> None:
    """Delete the index (and a journal SQLite may have left); never fails."""
    path = index_path(store)
    for p in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            os.unlink(p)


# --------------------------------------------------------------------------- checking a record
# True only for values as diklat itself writes them (and pydantic reads them). Anything else
# is not necessarily wrong: that line is then validated by pydantic.

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})?", re.ASCII
)
_SURROGATE_RE = re.compile(rb"\\u[dD][89a-fA-F]")

_VISIT_KEYS = schema.VISIT_KEYS
_ORIGIN_KEYS = schema.ORIGIN_KEYS
_DESTINATION_KEYS = schema.DESTINATION_KEYS
_OFFICIAL_KEYS = schema.OFFICIAL_KEYS
_SOURCE_KEYS = schema.SOURCE_KEYS
_SOURCE_TEXTS = schema.SOURCE_TEXTS
_PROVENANCE_KEYS = schema.PROVENANCE_KEYS
_EVIDENCE_KEYS = schema.EVIDENCE_KEYS
_ARTICLE_KEYS = schema.ARTICLE_KEYS


@functools.cache
def _compiled(pattern: bytes) -> re.Pattern:
    # the patterns that check store lines are big: compiled when an index is built, not
    # by every command that imports this module
    return re.compile(pattern)


class _NotIndexable(Exception):
    """The store file cannot be read line by line: Store.load() decides what it is."""


_dates: dict[str, dt.date] = {}


def _date(value) -> dt.date | None:
    """A canonical "YYYY-MM-DD" as a date; raises ValueError for anything else."""
    if value is None:
        return None
    date = _dates.get(value)  # a TypeError for unhashable values: caught as not canonical
    if date is None:
        if type(value) is not str or not _DATE_RE.fullmatch(value):
            raise ValueError(value)
        date = _dates[value] = dt.date.fromisoformat(value)
    return date


_datetimes: dict[str, dt.datetime] = {}


def _datetime(value) -> dt.datetime:
    """A datetime as pydantic writes it; raises ValueError for anything else."""
    t = _datetimes.get(value) if type(value) is str else None
    if t is None:
        t = _datetimes[value] = _parse_datetime(value)
    return t


def _parse_datetime(value) -> dt.datetime:
    m = _DATETIME_RE.fullmatch(value) if type(value) is str else None
    if m is None:
        raise ValueError(value)
    y, mo, d, h, mi, s, frac, zone = m.groups()
    tz = None
    if zone == "Z":
        tz = dt.timezone.utc
    elif zone is not None:
        sign = -1 if zone[0] == "-" else 1
        tz = dt.timezone(sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])))
    us = int(frac.ljust(6, "0")) if frac else 0
    return dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), us, tzinfo=tz)


def _texts_ok(obj: dict, keys) -> bool:
    for key in keys:
        v = obj.get(key)
        if v is not None and type(v) is not str:
            return False
    return True


def _int_ok(v, low: int, high: int) -> bool:
    return v is None or (type(v) is int and low <= v <= high)


def _str_list_ok(v) -> bool:
    return type(v) is list and all(type(x) is str for x in v)


def _provenance_ok(p) -> bool:
    if type(p) is not dict or not p.keys() <= _PROVENANCE_KEYS:
        return False
    if type(p.get("sha256")) is not str or type(p.get("extractor_version")) is not str:
        return False
    if not _texts_ok(p, ("file", "url")):
        return False
    _datetime(p.get("imported_at"))
    if p.get("fetched_at") is not None:
        _datetime(p["fetched_at"])
    return True


def _visit_ok(d) -> bool:
    """Whether the decoded visit line is certainly a valid Record (see above)."""
    try:
        if type(d) is not dict or not d.keys() <= _VISIT_KEYS or type(d.get("id")) is not str:
            return False
        if not _texts_ok(d, ("program", "organizer")):
            return False
        cohort_ok = _int_ok(d.get("cohort"), schema.COHORT_MIN, schema.COHORT_MAX)
        if not (cohort_ok and _int_ok(d.get("participants"), schema.PARTICIPANTS_MIN, schema.PARTICIPANTS_MAX)):
            return False
        activity = d.get("activity")
        if activity is not None and activity not in ACTIVITIES:
            return False
        for key, allowed in (("origin", _ORIGIN_KEYS), ("destination", _DESTINATION_KEYS)):
            place = d.get(key, {})
            if type(place) is not dict or not place.keys() <= allowed or not _texts_ok(place, allowed):
                return False
        if not _str_list_ok(d.get("host_agencies", [])) or not _str_list_ok(d.get("manual", [])):
            return False
        start, end = _date(d.get("start_date")), _date(d.get("end_date"))
        if start is not None and end is not None and end < start:
            return False
        officials = d.get("officials", [])
        if type(officials) is not list:
            return False
        for o in officials:
            if type(o) is not dict or not o.keys() <= _OFFICIAL_KEYS or type(o.get("name")) is not str:
                return False
            if not _texts_ok(o, ("title",)):
                return False
        source = d.get("source", {})
        if type(source) is not dict or not source.keys() <= _SOURCE_KEYS or not _texts_ok(source, _SOURCE_TEXTS):
            return False
        _date(source.get("published"))
        if not _provenance_ok(d.get("provenance")):
            return False
        also = d.get("also_reported_by", [])
        if type(also) is not list or not all(_provenance_ok(p) for p in also):
            return False
        evidence = d.get("evidence", {})
        if type(evidence) is not dict:
            return False
        for ev in evidence.values():
            if type(ev) is not dict or not ev.keys() <= _EVIDENCE_KEYS:
                return False
            confidence = ev.get("confidence", 1.0)
            if type(confidence) not in (float, int) or not 0.0 <= confidence <= 1.0:
                return False
            spans = ev.get("spans", [])
            if type(spans) is not list:
                return False
            for span in spans:
                if type(span) is not list or len(span) != 2 or type(span[0]) is not int or type(span[1]) is not int:
                    return False
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def _article_ok(entry) -> bool:
    try:
        if type(entry) is not dict or not entry.keys() <= _ARTICLE_KEYS:
            return False
        if type(entry.get("extractor_version")) is not str or not _texts_ok(entry, ("file", "url")):
            return False
        if entry.get("status", "ok") not in ("ok", "no-visit"):
            return False
        _datetime(entry.get("imported_at"))
        return _str_list_ok(entry.get("visit_ids", []))
    except (ValueError, TypeError, OverflowError):
        return False


def _no_constants(name: str):
    raise ValueError(name)  # NaN / Infinity: let pydantic judge the line


_DECODER = json.JSONDecoder(parse_constant=_no_constants)


def _loads(line: bytes):
    # strict UTF-8 (json.loads lets encoded surrogates through; pydantic does not)
    return _DECODER.decode(line.decode("utf-8"))


# Evidence is most of a visit line, and most of the objects json would make of it: where it
# is exactly as diklat writes it, a regular expression checks it and json skips it.
_INT = rb"-?(?:0|[1-9][0-9]{0,17})"
_SPAN = rb"\[" + _INT + rb"," + _INT + rb"\]"
_SPANS = rb"\[(?:" + _SPAN + rb"(?:," + _SPAN + rb")*)?\]"
_EVIDENCE_ITEM = rb'"[^"\\\x00-\x1f]*":\{"spans":' + _SPANS + rb',"confidence":(?:0|1|0\.[0-9]+|1\.0+)\}'
_EVIDENCE_PATTERN = (rb',"evidence":\{(?:' + _EVIDENCE_ITEM + rb"(?:," + _EVIDENCE_ITEM + rb')*)?\},"manual":')


def _checked_visit(line: bytes) -> dict:
    """The decoded visit line, in diklat's canonical form; _NotIndexable if it is not valid."""
    if b"\\u" in line and _SURROGATE_RE.search(line):
        d = None  # escaped surrogates: json and pydantic may disagree, pydantic decides
    else:
        m = _compiled(_EVIDENCE_PATTERN).search(line)
        # A valid JSON object put in place of another: the line is valid JSON if the rest is.
        rest = line if m is None else line[: m.start()] + b',"evidence":{},"manual":' + line[m.end() :]
        try:
            d = _loads(rest)
        except ValueError:
            raise _NotIndexable from None  # not JSON (or not UTF-8): the store will not load
        if _visit_ok(d):
            return d
    from pydantic import ValidationError

    from diklat_cli.models import Record

    try:
        record = Record.model_validate_json(line)
    except ValidationError:
        raise _NotIndexable from None
    d = json.loads(record.model_dump_json())
    if not _visit_ok(d):  # e.g. a time zone with seconds, which pydantic writes as it reads
        raise _NotIndexable
    return d


# "normal* (escape normal*)*": no two ways to match a text, so no runaway backtracking
_JSON_STR = rb'"[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u(?![dD][89a-fA-F])[0-9a-fA-F]{4})[^"\\\x00-\x1f]*)*"'
_TEXT_OR_NULL = rb"(?:null|" + _JSON_STR + rb")"
_ARTICLE_PATTERN = (
    b"".join(
        [
            b"(" + _JSON_STR + b")",
            rb':\{"file":' + _TEXT_OR_NULL + rb',"url":(' + _TEXT_OR_NULL + b")",
            rb',"imported_at":"([0-9T:.+Z-]+)","extractor_version":' + _JSON_STR,
            rb',"visit_ids":\[(?:' + _JSON_STR + rb"(?:," + _JSON_STR + rb")*)?\]",
            rb',"status":"(?:ok|no-visit)"\}',
        ]
    )
)


def _check_article_line(line: bytes) -> tuple[str, str | None]:
    """(sha256, url) of a valid article line; _NotIndexable otherwise."""
    m = _compiled(_ARTICLE_PATTERN).fullmatch(line)  # an article as diklat writes it: no need to decode it
    if m is not None:
        try:
            _datetime(m.group(3).decode("ascii"))
            line.decode("utf-8")
            return json.loads(m.group(1)), json.loads(m.group(2))
        except ValueError:
            pass
    try:
        obj = _loads(b"{" + line + b"}")
    except ValueError:
        raise _NotIndexable from None
    if len(obj) != 1:
        raise _NotIndexable
    for sha, entry in obj.items():
        if not _article_ok(entry):
            from pydantic import ValidationError

            from diklat_cli.models import ArticleEntry

            try:
                ArticleEntry.model_validate_json(json.dumps(entry))
            except ValidationError:
                raise _NotIndexable from None
        url = entry.get("url")
        return sha, url if type(url) is str else None
    raise _NotIndexable


# --------------------------------------------------------------------------- rows of the tables


def _fold(text: str | None) -> str | None:
    return None if text is None else text.casefold()


def _joined(texts) -> str | None:
    texts = [t.casefold() for t in texts if t is not None]
    return SEP.join(texts) if texts else None


def _hosts_text(hosts: list[str]) -> str | None:
    """The host agencies, exactly: SEP-joined, or "\\x1e" + JSON if one holds SEP."""
    if not hosts:
        return None
    text = SEP.join(hosts)
    if text.startswith("\x1e") or any(SEP in h for h in hosts):
        return "\x1e" + json.dumps(hosts, ensure_ascii=False)
    return text


def _hosts_list(text: str | None) -> list[str]:
    if text is None:
        return []
    if text.startswith("\x1e"):
        return json.loads(text[1:])
    return text.split(SEP)


def _utc_us(t: dt.datetime) -> int:
    # naive times are taken as UTC, as query.sort does
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return (t - _EPOCH) // _US


def _table_rows(seq: int, d: dict, line: str) -> tuple[tuple, tuple, tuple]:
    """(visits row, visit_search row, visit_lines row) of a checked visit."""
    origin = d.get("origin") or {}
    destination = d.get("destination") or {}
    hosts = d.get("host_agencies") or []
    prov = d["provenance"]
    also = d.get("also_reported_by") or []
    source = d.get("source") or {}
    start, end = _date(d.get("start_date")), _date(d.get("end_date"))
    imported = _datetime(prov["imported_at"])
    program = d.get("program")
    institution, host, organizer = origin.get("institution"), destination.get("host"), d.get("organizer")
    texts = [
        program,
        d.get("activity"),
        institution,
        origin.get("province"),
        origin.get("regency"),
        organizer,
        destination.get("province"),
        destination.get("regency"),
        host,
        *hosts,
    ]
    for o in d.get("officials") or []:
        texts += (o.get("name"), o.get("title"))
    texts += [source.get(k) for k in _SOURCE_TEXTS]
    for p in (prov, *also):
        texts += (p.get("url"), p.get("file"))
    visit = (
        seq,
        d["id"],
        prov["sha256"],
        imported.isoformat(),
        _utc_us(imported),
        None if start is None else start.isoformat(),
        None if end is None else end.isoformat(),
        None if start is None else start.year,
        None if end is None else end.year,
        program,
        _fold(program),
        d.get("cohort"),
        d.get("activity"),
        d.get("participants"),
        institution,
        origin.get("province"),
        _fold(origin.get("province")),
        origin.get("regency"),
        organizer,
        destination.get("province"),
        _fold(destination.get("province")),
        destination.get("regency"),
        host,
        "; ".join(hosts),
        _hosts_text(hosts),
        _joined([*hosts, organizer, institution, host]),
        json.dumps(also, ensure_ascii=False) if also else None,
        _merge_key(program, d.get("cohort"), origin.get("province"), institution, destination.get("province"), start),
        d.get("participants"),
        _hosts_text(hosts),
    )
    return visit, (seq, _joined(texts)), (seq, line)


def _merge_key(program, cohort, origin_province, institution, destination_province, start) -> str | None:
    """merge.merge_key as text, for the visits merge_reports groups (programme and start date)."""
    if not program or start is None:
        return None
    inst = (institution or "").casefold() if origin_province is None else ""
    # only to find a group's visits: merge._key groups them (any text equal for equal keys will do)
    return repr((program.casefold(), cohort, origin_province, inst, destination_province))


def _insert(conn: sqlite3.Connection, items) -> None:
    """Insert (seq, checked visit dict, line text) items into the three tables."""
    visits: list[tuple] = []
    searches: list[tuple] = []
    lines: list[tuple] = []
    for seq, d, line in items:
        v, s, li = _table_rows(seq, d, line)
        visits.append(v)
        searches.append(s)
        lines.append(li)
        if len(visits) >= 2000:  # bounded memory, few executemany calls
            _flush(conn, visits, searches, lines)
    _flush(conn, visits, searches, lines)


def _flush(conn, visits: list, searches: list, lines: list) -> None:
    conn.executemany(_INSERT_VISIT, visits)
    conn.executemany("INSERT INTO visit_search (seq, search) VALUES (?, ?)", searches)
    conn.executemany("INSERT INTO visit_lines (seq, line) VALUES (?, ?)", lines)
    visits.clear()
    searches.clear()
    lines.clear()


# --------------------------------------------------------------------------- building


def _connect(path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
    return conn


def _create(conn: sqlite3.Connection) -> None:
    # A visit line is ~2.5 KB: one per 4 KB page would waste a third of the file.
    conn.execute("PRAGMA page_size=16384")
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executescript(_SCHEMA)
    conn.execute("BEGIN")


def _finish(conn: sqlite3.Connection, fp: tuple[int, int, int] | None, laid_out: bool) -> None:
    for statement in _INDEXES.split(";"):
        if statement.strip():
            conn.execute(statement)
    _merge_groups(conn, None)
    size, mtime_ns, ino = fp if fp is not None else (None, None, None)
    conn.execute("DELETE FROM meta")
    conn.execute("INSERT INTO meta VALUES (?, ?, ?, ?, ?)", (_version(), size, mtime_ns, ino, int(laid_out)))
    conn.execute("COMMIT")


def _section(it, closing: bytes):
    """The item lines of one section of the store file up to its closing line, each without
    its comma; _NotIndexable unless every item but the last has one."""
    comma = None  # whether the previous item line ended with a comma
    for raw in it:
        line = raw.rstrip(b"\n")
        if line == closing:
            if comma:
                raise _NotIndexable
            return
        if comma is False:
            raise _NotIndexable
        comma = line.endswith(b",")
        yield line[:-1] if comma else line
    raise _NotIndexable


def _store_items(f, articles: list[tuple[str, str | None]]) -> Any:
    """(seq, checked visit, line) of each visit of an open store file, in diklat's layout,
    after putting (sha256, url) of each article in `articles`; raises _NotIndexable where
    the file is laid out otherwise or a record is not valid."""
    it = iter(f)
    first = next(it, b"").removeprefix(b"\xef\xbb\xbf").rstrip(b"\n")
    if first != _HEAD or next(it, b"").rstrip(b"\n") != b'"articles":{':
        raise _NotIndexable
    articles.extend(_check_article_line(line) for line in _section(it, b"},"))
    if next(it, b"").rstrip(b"\n") != b'"visits":[':
        raise _NotIndexable
    for seq, line in enumerate(_section(it, b"]}"), 1):
        yield seq, _checked_visit(line), line.decode("utf-8")
    if any(rest.strip() for rest in it):
        raise _NotIndexable


def _line_items(lines) -> Any:
    for seq, line in enumerate(lines, 1):
        yield seq, _checked_visit(line), line.decode("utf-8")


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
    connection to it. `laid_out`: the store file is exactly as Store writes it."""
    if path is not None:
        _remove_stale_temps(path)
        tmp = _temp_path(path)
        conn = None
        try:
            conn = _connect(tmp)
            _create(conn)
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
                os.replace(tmp, path)
            except OSError:  # e.g. Windows, with the old index open elsewhere: use the new one
                return _connect(tmp)
            return _connect(path)
    conn = _connect(":memory:")
    try:
        _create(conn)
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
        _insert(conn, _line_items(lines))
        _insert_articles(conn, ((sha, a.url) for sha, a in data.articles.items()))

    return _build(path, fill, fp, laid_out)


def _insert_articles(conn: sqlite3.Connection, articles) -> None:
    conn.executemany("INSERT INTO articles (sha256, url) VALUES (?, ?)", articles)


def _build_from_store(store, path: Path | None) -> sqlite3.Connection:
    try:
        f = open(store.path, "rb")  # noqa: SIM115  (closed below, also on errors)
    except FileNotFoundError:
        return _build(None, lambda conn: None, None)
    except OSError:
        store.load()  # raises the store's own error
        raise
    try:
        fp: tuple[int, int, int] | None = stat_fingerprint(os.fstat(f.fileno()))

        def fill(conn: sqlite3.Connection) -> None:
            f.seek(0)
            articles: list[tuple[str, str | None]] = []
            _insert(conn, _store_items(f, articles))
            _insert_articles(conn, articles)

        try:
            return _build(path, fill, fp, laid_out=True)
        except (_NotIndexable, sqlite3.IntegrityError):  # IntegrityError: an id or article twice
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

        raise StoreError(
            f"store file {store.path} holds text diklat cannot write back (is there an unpaired"
            f" surrogate escape such as \\ud800?): correct it in the file ({e})"
        ) from None


def _meta(conn: sqlite3.Connection) -> tuple | None:
    try:
        row = conn.execute("SELECT version, size, mtime_ns, ino FROM meta").fetchone()
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
            for source in (here / "sqlindex.py", here.parent / "query" / "merge.py"):
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
            if _meta(conn) == fp:
                return conn
            conn.close()
    return _build_from_store(store, path)


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
            conn.execute("BEGIN IMMEDIATE")
            if _meta(conn) == tuple(old_fingerprint):
                _update(conn, data, visit_lines, old_lines)
                conn.execute("DELETE FROM articles")
                _insert_articles(conn, ((sha, a.url) for sha, a in data.articles.items()))
                conn.execute("UPDATE meta SET size = ?, mtime_ns = ?, ino = ?, laid_out = 1", fp)
                conn.execute("COMMIT")
                return
            conn.execute("ROLLBACK")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()
    if len(data.visits) > BUILD_ON_WRITE_MAX:
        discard(store)
        return
    _build_from_data(store, path, data, fp, laid_out=True, visit_lines=visit_lines).close()


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


def append_after_write(
    store, visit_lines: list[bytes], articles: dict[str, str | None], old_fingerprint: tuple | None
) -> None:
    """Add the visits and articles ({sha256: url}) a write appended to the store file
    (Store.append) to an index that was up to date with the file before that write; any
    other index is deleted, for the next reader to rebuild."""
    path = index_path(store)
    fp = fingerprint(store.path)
    if fp is None or old_fingerprint is None or not path.exists():
        discard(store)
        return
    conn = _connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        if _meta(conn) != tuple(old_fingerprint):
            conn.execute("ROLLBACK")
            raise _NotIndexable  # the index is of another file: deleted below
        (last,) = conn.execute("SELECT coalesce(max(seq), 0) FROM visits").fetchone()
        items = [(last + n, _checked_visit(line), line.decode("utf-8")) for n, line in enumerate(visit_lines, 1)]
        _insert(conn, items)
        _insert_articles(conn, articles.items())
        keys = {_table_rows(seq, d, line)[0][_MERGE_KEY_COLUMN] for seq, d, line in items} - {None}
        if keys:
            _merge_groups(conn, keys)
        conn.execute("UPDATE meta SET size = ?, mtime_ns = ?, ino = ?, laid_out = 1", fp)
        conn.execute("COMMIT")
    except _NotIndexable:
        conn.close()
        discard(store)
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


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
    _insert(conn, ((seq, _checked_visit(line), line.decode("utf-8")) for seq, line in inserts))
    for first in range(0, len(inserts), 500):
        chunk = [seq for seq, _ in inserts[first : first + 500]]
        marks = ", ".join("?" * len(chunk))
        keys.update(k for (k,) in conn.execute(f"SELECT merge_key FROM visits WHERE seq IN ({marks})", chunk))
    keys.discard(None)
    if keys:
        _merge_groups(conn, keys)


# --------------------------------------------------------------------------- reading: rows


class Origin(NamedTuple):
    institution: str | None
    province: str | None
    regency: str | None


class Destination(NamedTuple):
    province: str | None
    regency: str | None
    host: str | None


class EvidenceRow(NamedTuple):
    spans: list[tuple[int, int]]
    confidence: float


class _Source:
    """What a VisitRow reads its full record from: the index it came from."""

    __slots__ = ("conn",)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def line(self, vid: str) -> str:
        row = self.conn.execute(
            "SELECT l.line FROM visits v JOIN visit_lines l ON l.seq = v.seq WHERE v.id = ?", (vid,)
        ).fetchone()
        if row is None:
            from diklat_cli.errors import StoreError

            raise StoreError(f"visit {vid} is no longer in the store (it changed meanwhile); try again")
        return row[0]


class RowProvenance:
    """A record's provenance as VisitRow gives it: sha256 and imported_at at once, the rest
    (file, url, fetched_at, extractor_version) read from the record when asked for."""

    __slots__ = ("sha256", "_imported", "_data", "_src", "_id")

    def __init__(self, sha256: str, imported, data: dict | None = None, src=None, vid: str | None = None) -> None:
        self.sha256 = sha256
        self._imported = imported  # isoformat() text from the index, or a datetime
        self._data = data
        self._src = src  # with the visit id: where to read the rest
        self._id = vid

    @property
    def imported_at(self) -> dt.datetime:
        t = self._imported
        if type(t) is str:
            t = _iso_datetimes.get(t)
            if t is None:
                t = _iso_datetimes[self._imported] = dt.datetime.fromisoformat(self._imported)
            self._imported = t
        return t

    @property
    def data(self) -> dict:
        """The provenance as in the store file's JSON."""
        if self._data is None:
            self._data = json.loads(self._src.line(self._id))["provenance"]
        return self._data

    @property
    def file(self) -> str | None:
        return self.data.get("file")

    @property
    def url(self) -> str | None:
        return self.data.get("url")

    @property
    def extractor_version(self) -> str:
        return self.data["extractor_version"]

    @property
    def fetched_at(self) -> dt.datetime | None:
        value = self.data.get("fetched_at")
        return None if value is None else _datetime(value)

    def model(self):
        """This provenance as a models.Provenance (imports pydantic)."""
        from diklat_cli.models import Provenance

        return Provenance.model_validate(self.data)

    def __eq__(self, other) -> bool:
        if isinstance(other, RowProvenance):
            return self.sha256 == other.sha256 and self.data == other.data
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RowProvenance(sha256={self.sha256[:12]!r}, imported_at={self.imported_at!r})"


_iso_datetimes: dict[str, dt.datetime] = {}


_FIELDS = (
    "id",
    "program",
    "cohort",
    "activity",
    "participants",
    "origin",
    "organizer",
    "destination",
    "host_agencies",
    "start_date",
    "end_date",
)
_POSITION = {name: i for i, name in enumerate(_FIELDS)}
_SHA, _IMPORTED, _ALSO, _SRC, _UPDATES, _SEQ = range(len(_FIELDS), len(_FIELDS) + 6)
# attributes model_copy may change that are not plain tuple fields
_LAZY = frozenset(("provenance", "also_reported_by", "evidence", "manual"))


class VisitRow(tuple):
    """One visit as the index gives it: read-only, with the attributes of models.Record that
    list, stats and merge read (`officials`, `source` and the rest are in `record()`).

    `provenance` has `sha256` and `imported_at` (the rest on demand), `also_reported_by`,
    `evidence` and `manual` are read from the record when asked for. `record()` is the full
    pydantic Record, with whatever `model_copy(update=...)` changed (merge.py) applied.
    Rows read their records through the index connection: keep it open while using them.
    """

    __slots__ = ()

    id: str = property(itemgetter(0))  # type: ignore[assignment]
    program: str | None = property(itemgetter(1))  # type: ignore[assignment]
    cohort: int | None = property(itemgetter(2))  # type: ignore[assignment]
    activity: str | None = property(itemgetter(3))  # type: ignore[assignment]
    participants: int | None = property(itemgetter(4))  # type: ignore[assignment]
    origin: Origin = property(itemgetter(5))  # type: ignore[assignment]
    organizer: str | None = property(itemgetter(6))  # type: ignore[assignment]
    destination: Destination = property(itemgetter(7))  # type: ignore[assignment]
    host_agencies: list[str] = property(itemgetter(8))  # type: ignore[assignment]
    start_date: dt.date | None = property(itemgetter(9))  # type: ignore[assignment]
    end_date: dt.date | None = property(itemgetter(10))  # type: ignore[assignment]

    @property
    def provenance(self) -> RowProvenance:
        updates = self[_UPDATES]
        if updates is not None and "provenance" in updates:
            return updates["provenance"]
        return RowProvenance(self[_SHA], self[_IMPORTED], None, self[_SRC], self[0])

    @property
    def also_reported_by(self) -> list:
        updates = self[_UPDATES]
        if updates is not None and "also_reported_by" in updates:
            return updates["also_reported_by"]
        also = self[_ALSO]
        if also is None:
            return []
        return [RowProvenance(p["sha256"], _datetime(p["imported_at"]), p) for p in json.loads(also)]

    @property
    def manual(self) -> list[str]:
        updates = self[_UPDATES]
        if updates is not None and "manual" in updates:
            return updates["manual"]
        return list(self._json().get("manual", []))

    @property
    def evidence(self) -> dict[str, EvidenceRow]:
        updates = self[_UPDATES]
        if updates is not None and "evidence" in updates:
            return updates["evidence"]
        return {
            name: EvidenceRow([tuple(s) for s in ev.get("spans", [])], ev.get("confidence", 1.0))
            for name, ev in self._json().get("evidence", {}).items()
        }

    def _line(self) -> str:
        return self[_SRC].line(self[0])

    def _json(self) -> dict:
        return json.loads(self._line())

    def model_copy(self, *, update: dict | None = None, deep: bool = False) -> VisitRow:
        """A new row with the attributes in `update` replaced (as pydantic's model_copy)."""
        values = list(self)
        updates = dict(self[_UPDATES] or {})
        for name, value in (update or {}).items():
            if name in _POSITION:
                values[_POSITION[name]] = value
            elif name not in _LAZY:
                raise ValueError(f"VisitRow has no field {name!r}")
            updates[name] = value
        values[_UPDATES] = updates
        return tuple.__new__(VisitRow, values)

    def record(self):
        """The full models.Record (pydantic), with model_copy's updates applied."""
        from diklat_cli.models import Record

        return _with_updates(Record.model_validate_json(self._line()), self[_UPDATES])

    def __repr__(self) -> str:
        return f"VisitRow(id={self.id!r}, program={self.program!r}, start_date={self.start_date!r})"

    # a row is a record, not a sequence: equal when its fields and updates are
    def __eq__(self, other) -> bool:
        if not isinstance(other, VisitRow):
            return NotImplemented
        return self[:_SRC] == other[:_SRC] and (self[_UPDATES] or {}) == (other[_UPDATES] or {})

    def __ne__(self, other) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None  # type: ignore[assignment]


def _model_value(value):
    """A value of a VisitRow update as the Record field wants it."""
    if isinstance(value, RowProvenance):
        return value.model()
    if isinstance(value, list):
        return [_model_value(v) for v in value]
    if isinstance(value, (Origin, Destination)):
        from diklat_cli import models

        cls = models.Origin if isinstance(value, Origin) else models.Destination
        return cls(**value._asdict())
    if isinstance(value, EvidenceRow):
        from diklat_cli.models import Evidence

        return Evidence(spans=value.spans, confidence=value.confidence)
    if isinstance(value, dict):
        return {k: _model_value(v) for k, v in value.items()}
    return value


def _with_updates(record, updates: dict | None):
    if not updates:
        return record
    return record.model_copy(update={name: _model_value(value) for name, value in updates.items()})


_ROW_COLUMNS = (
    "v.id, v.program, v.cohort, v.activity, v.participants, v.origin_institution, v.origin_province,"
    " v.origin_regency, v.organizer, v.destination_province, v.destination_regency, v.destination_host, v.hosts,"
    " v.start_date, v.end_date, v.sha256, v.imported_at, v.also, v.seq"
)
_SELECT = f"SELECT {_ROW_COLUMNS} FROM visits v"
_SELECT_MERGED = (
    f"SELECT {_ROW_COLUMNS}, v.e_participants, v.m_end_date, v.m_organizer, v.e_hosts, v.m_also FROM visits v"
)
_SORT_KEYS = {
    "date": "coalesce(v.start_date, v.end_date)",
    "program": "v.program_key",
    "cohort": "v.cohort",
    "participants": "v.participants",
    "origin": "v.origin_key",
    "destination": "v.destination_key",
    "imported": "v.imported_us",
}
# sort keys of merged visits where merging changes them (end_date only matters without a start)
_MERGED_SORT_KEYS = {**_SORT_KEYS, "participants": "v.e_participants"}


def _conditions(filters, merged: bool) -> tuple[list[str], list]:
    """SQL conditions and parameters for the filters (any object with query.Filters' fields)
    over the visits as they are (`merged` False) or as merge_reports makes them."""
    # "+": absorbed is no way in (the planner would scan an index holding it, row by row)
    where: list[str] = ["+v.absorbed = 0"] if merged else []
    params: list = []

    def value(name: str):
        return None if filters is None else getattr(filters, name, None)

    if value("province") is not None:
        where.append("(v.origin_key = ? OR v.destination_key = ?)")
        params += [value("province").casefold()] * 2
    if value("origin") is not None:
        where.append("v.origin_key = ?")
        params.append(value("origin").casefold())
    if value("destination") is not None:
        where.append("v.destination_key = ?")
        params.append(value("destination").casefold())
    if value("year") is not None:
        year_end = "coalesce(v.year_end, v.m_year_end)" if merged else "v.year_end"
        where.append(f"(v.year_start = ? OR {year_end} = ?)")
        params += [value("year")] * 2
    if value("program") is not None:
        program = value("program").casefold()
        where.append("substr(v.program_key, 1, ?) = ?")
        params += [len(program), program]
    if value("agency") is not None:
        agency = value("agency").casefold()
        texts = "coalesce(v.m_agency_search, v.agency_search)" if merged else "v.agency_search"
        # the texts are joined by SEP: a needle holding it would match across two of them
        where.append("0" if SEP in agency else f"instr({texts}, ?) > 0")
        params += [] if SEP in agency else [agency]
    if value("search") is not None:
        needle = value("search").casefold()
        if SEP in needle:
            where.append("0")
        else:
            cond = "v.seq IN (SELECT seq FROM visit_search WHERE instr(search, ?) > 0)"
            if merged:
                cond = f"({cond} OR instr(v.m_search, ?) > 0)"
                params.append(needle)
            where.append(cond)
            params.append(needle)
    return where, params


def _order(sort: str | None, descending: bool, merged: bool) -> str:
    if sort is None:
        return "v.seq"
    try:
        key = (_MERGED_SORT_KEYS if merged else _SORT_KEYS)[sort]
    except KeyError:
        raise ValueError(f"cannot sort by {sort!r}; use one of {', '.join(SORT_FIELDS)}") from None
    return f"({key}) IS NULL, {key} {'DESC' if descending else 'ASC'}, v.seq"


def _fetch(conn: sqlite3.Connection, where: list[str], params: list, order: str, limit: int | None, merged: bool):
    sql = _SELECT_MERGED if merged else _SELECT
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY " + order
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    with gc_paused():
        return _make_rows(conn, conn.execute(sql, params), merged)


def _make_rows(conn: sqlite3.Connection, cursor, merged: bool) -> list[VisitRow]:
    src = _Source(conn)
    new = tuple.__new__
    dates = _dates
    out: list[VisitRow] = []
    append = out.append
    for row in cursor:
        (
            vid,
            program,
            cohort,
            activity,
            participants,
            o_inst,
            o_prov,
            o_reg,
            organizer,
            d_prov,
            d_reg,
            d_host,
            hosts,
            start,
            end,
            sha,
            imported,
            also,
            seq,
        ) = row[:19]
        if start is not None:
            start = dates.get(start) or _date(start)
        if end is not None:
            end = dates.get(end) or _date(end)
        if hosts is None:
            hosts = []
        elif hosts[:1] == "\x1e":
            hosts = _hosts_list(hosts)
        else:
            hosts = hosts.split(SEP)
        updates: dict[str, Any] | None = None
        if merged and row[23] is not None:
            # reports of this visit were folded into it: as merge_reports' model_copy
            e_participants, m_end, m_organizer, e_hosts, m_also = row[19:]
            reports = [RowProvenance(s, i, None, src, v) for v, s, i in json.loads(m_also)]
            updates = {"also_reported_by": _also(also) + reports}
            if participants is None:
                participants = updates["participants"] = e_participants
            if end is None:
                end = updates["end_date"] = None if m_end is None else _date(m_end)
            if organizer is None:
                organizer = updates["organizer"] = m_organizer
            if not hosts:
                hosts = updates["host_agencies"] = _hosts_list(e_hosts)
        append(
            new(
                VisitRow,
                (
                    vid,
                    program,
                    cohort,
                    activity,
                    participants,
                    new(Origin, (o_inst, o_prov, o_reg)),
                    organizer,
                    new(Destination, (d_prov, d_reg, d_host)),
                    hosts,
                    start,
                    end,
                    sha,
                    imported,
                    also,
                    src,
                    updates,
                    seq,
                ),
            )
        )
    return out


def _also(text: str | None) -> list[RowProvenance]:
    if text is None:
        return []
    return [RowProvenance(p["sha256"], _datetime(p["imported_at"]), p) for p in json.loads(text)]


def rows(
    conn: sqlite3.Connection, filters=None, sort: str | None = "date", descending: bool = True, limit: int | None = None
) -> list[VisitRow]:
    """The visits meeting `filters` (query.Filters or any object with its fields), ordered
    as query.sort orders them (None last, ties in store order); `sort=None`: store order.

    Equal to query.sort(query.apply(records, filters), sort, descending)[:limit] on the
    store's records, but done in SQL without loading them. No merging of reports.
    """
    where, params = _conditions(filters, merged=False)
    return _fetch(conn, where, params, _order(sort, descending, merged=False), limit, merged=False)


def selected(
    conn: sqlite3.Connection,
    filters=None,
    sort: str | None = "date",
    descending: bool = True,
    limit: int | None = None,
    merge: bool = True,
) -> list[VisitRow]:
    """What cli._selected gives: the reports of one visit merged as merge.merge_reports does
    over the whole store, then filtered and sorted as query.apply / query.sort do, then cut
    to `limit`. `merge=False` is rows()."""
    if not merge:
        return rows(conn, filters, sort, descending, limit)
    where, params = _conditions(filters, merged=True)
    return _fetch(conn, where, params, _order(sort, descending, merged=True), limit, merged=True)


def find(conn: sqlite3.Connection, prefix: str) -> VisitRow:
    """The visit (one report, unmerged) whose id is `prefix` or, like git, the only one that
    starts with it; StoreError otherwise, in the words of the store's own StoreData.find."""
    from diklat_cli.errors import StoreError

    if conn.execute("SELECT 1 FROM visits WHERE id = ?", (prefix,)).fetchone() is not None:
        vid = prefix
    else:
        key = prefix.strip().lower()
        if not key:
            raise StoreError("no visit id given")
        matches = [i for (i,) in conn.execute("SELECT id FROM visits") if i.lower().startswith(key)]
        if not matches:
            raise StoreError(f"no visit with id {prefix}")
        if len(matches) > 1:
            shown = ", ".join(sorted(matches)[:5])
            more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
            raise StoreError(f"id prefix '{prefix}' is ambiguous: {shown}{more}")
        vid = matches[0]
    return _fetch(conn, ["v.id = ?"], [vid], "v.seq", None, merged=False)[0]


def merged_visit(conn: sqlite3.Connection, report: VisitRow) -> VisitRow:
    """The visit as `list` shows it that this report belongs to: the report itself with
    other reports folded in, or the visit it was folded into (merge.merge_reports)."""
    own = _fetch(conn, ["v.id = ?"], [report.id], "v.seq", None, merged=True)
    if own:
        return own[0]
    (key,) = conn.execute("SELECT merge_key FROM visits WHERE id = ?", (report.id,)).fetchone()
    for r in _fetch(conn, ["v.merge_key = ?"], [key], "v.seq", None, merged=True):
        if any(getattr(p, "_id", None) == report.id for p in r.also_reported_by):
            return r
    return report


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
            candidates += _fetch(conn, [cond], chunk, "v.seq", None, merged=False)
        candidates.sort(key=itemgetter(_SEQ))
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
        absorbed += [(r[_SEQ],) for r in members if r.id not in kept]
        merged += [_merged_columns(r) for r in out if r[_UPDATES]]
    conn.executemany("UPDATE visits SET absorbed = 1 WHERE seq = ?", absorbed)
    conn.executemany(_MERGE_SET, merged)


def _merged_columns(r: VisitRow) -> tuple:
    """The m_* columns (and seq) of a visit others were folded into, from merge_reports'
    model_copy of it."""
    updates = r[_UPDATES]
    reports = [p for p in updates["also_reported_by"] if getattr(p, "_id", None) is not None]
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
        _hosts_text(updates.get("host_agencies", [])),
        _joined([*r.host_agencies, r.organizer, r.origin.institution, r.destination.host]),
        _joined(extra),
        json.dumps([[p._id, p.sha256, p.imported_at.isoformat()] for p in reports], ensure_ascii=False),
        r[_SEQ],
    )


# --------------------------------------------------------------------------- stats


def stats_tables(conn: sqlite3.Connection, filters=None, top: int = 10, merge: bool = True) -> tuple[dict, int]:
    """(stats.all_tables(selected(conn, filters, merge=merge), top), the number of visits),
    counted in SQL: no row objects are made."""
    from diklat_cli.query import stats

    where, params = _conditions(filters, merged=merge)
    participants, hosts = ("v.e_participants", "v.e_hosts") if merge else ("v.participants", "v.hosts")
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    tally = stats.Tally()
    combos = tally.combos
    for origin, destination, year, program, visits, people in conn.execute(
        f"SELECT v.origin_province, v.destination_province, v.year_start, v.program, count(*),"
        f" coalesce(sum({participants}), 0) FROM visits v{cond} GROUP BY 1, 2, 3, 4",
        params,
    ):
        combos[origin, destination, year, program] = [visits, people]
    # in the order each (place, host list) first occurs, as stats counts record by record,
    # so that a tie between two spellings of an agency goes the same way
    by_place = tally.hosts
    where = [*where, f"{hosts} IS NOT NULL"]
    for province, regency, text, visits in conn.execute(
        f"SELECT v.destination_province, v.destination_regency, {hosts}, count(*) FROM visits v"
        f" WHERE {' AND '.join(where)} GROUP BY 1, 2, 3 ORDER BY min(v.seq)",
        params,
    ):
        agencies = _hosts_list(text)
        counts = by_place.get((province, regency))
        if counts is None:
            counts = by_place[province, regency] = {}
        if len(agencies) > 1:
            agencies = stats.distinct_agencies(agencies, tally.folded)
        for agency in agencies:
            counts[agency] = counts.get(agency, 0) + visits
    return stats.tables_from_tally(tally, top), sum(visits for visits, _ in combos.values())


# --------------------------------------------------------------------------- full records


def records(visit_rows) -> list:
    """The full models.Record of each row, in order (see iter_records)."""
    return list(iter_records(visit_rows))


def iter_records(visit_rows, chunk: int = 1000):
    """The full models.Record of each row, in order (for --json, --csv, export), made
    `chunk` rows at a time so that a big export never holds every record at once: their
    lines are read from the rows' index and validated by pydantic; model_copy updates
    (merged reports) are applied."""
    from diklat_cli.models import Record

    visit_rows = list(visit_rows)
    for first in range(0, len(visit_rows), chunk):
        part = visit_rows[first : first + chunk]
        lines: dict[tuple[int, str], str] = {}
        by_source: dict[int, tuple[_Source, list[str]]] = {}
        for r in part:
            by_source.setdefault(id(r[_SRC]), (r[_SRC], []))[1].append(r.id)
        for key, (src, wanted) in by_source.items():
            ids = list(dict.fromkeys(wanted))
            for start in range(0, len(ids), 500):
                ids_chunk = ids[start : start + 500]
                marks = ", ".join("?" * len(ids_chunk))
                for vid, line in src.conn.execute(
                    f"SELECT v.id, l.line FROM visits v JOIN visit_lines l ON l.seq = v.seq WHERE v.id IN ({marks})",
                    ids_chunk,
                ):
                    lines[key, vid] = line
        out = []
        with gc_paused():
            for r in part:
                line = lines.get((id(r[_SRC]), r.id))
                if line is None:
                    r._line()  # raises the StoreError
                out.append(_with_updates(Record.model_validate_json(cast(str, line)), r[_UPDATES]))
        yield from out


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

    def discard(self, store) -> None:
        discard(store)


SQLITE_INDEX = StoreIndex()
