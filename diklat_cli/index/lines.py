"""Store lines into index rows: the checks that let a visit line in without pydantic, and
the table rows made of it.

The checks say True only for values as diklat itself writes them (and pydantic reads
them); anything else is not necessarily wrong: that line is then validated by pydantic.
Standard library only.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sqlite3

from diklat_cli import schema

SEP = "\x1f"  # between the texts of `search` and `agency_search` (a needle never holds it)
ACTIVITIES = frozenset(schema.ACTIVITIES)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
_US = dt.timedelta(microseconds=1)

_VISIT_COLUMNS = (
    "seq, id, sha256, imported_at, imported_us, start_date, end_date, year_start, year_end, program,"
    " program_key, cohort, activity, participants, origin_institution, origin_province, origin_key,"
    " origin_regency, organizer, destination_province, destination_key, destination_regency,"
    " destination_host, hosts, agency_search, also, merge_key,"
    " officials, source_outlet, source_reporter, source_editor, source_dateline, source_published,"
    " source_title, source_file, source_url, extractor_version"
)
_SOURCE_COLUMNS = ("outlet", "reporter", "editor", "dateline", "published", "title")
MERGE_KEY_COLUMN = 26  # position of merge_key in a visits row
# a visits row has 37 values; e_participants and e_hosts start as participants (?14) and
# hosts (?24), bound once
_INSERT_VISIT = (
    f"INSERT INTO visits ({_VISIT_COLUMNS}, e_participants, e_hosts)"
    f" VALUES ({', '.join(f'?{n}' for n in range(1, 38))}, ?14, ?24)"
)


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


class NotIndexable(Exception):
    """The store file cannot be read line by line: Store.load() decides what it is."""


parse_dates: dict[str, dt.date] = {}


def parse_date(value) -> dt.date | None:
    """A canonical "YYYY-MM-DD" as a date; raises ValueError for anything else."""
    if value is None:
        return None
    date = parse_dates.get(value)  # a TypeError for unhashable values: caught as not canonical
    if date is None:
        if type(value) is not str or not _DATE_RE.fullmatch(value):
            raise ValueError(value)
        date = parse_dates[value] = dt.date.fromisoformat(value)
    return date


_datetimes: dict[str, dt.datetime] = {}


def parse_datetime(value) -> dt.datetime:
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
    parse_datetime(p.get("imported_at"))
    if p.get("fetched_at") is not None:
        parse_datetime(p["fetched_at"])
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
        start, end = parse_date(d.get("start_date")), parse_date(d.get("end_date"))
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
        parse_date(source.get("published"))
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
        parse_datetime(entry.get("imported_at"))
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
_EVIDENCE_PATTERN = rb',"evidence":\{(?:' + _EVIDENCE_ITEM + rb"(?:," + _EVIDENCE_ITEM + rb')*)?\},"manual":'
# a confidence the evidence pattern lets in but pydantic would spell otherwise: it writes
# the shortest text that reads back as the number, which for up to 15 digits after "0." not
# ending in 0 is the text itself; below 1e-4 it is left to the slow way
_ODD_CONFIDENCE = rb'"confidence":(?!(?:0\.0|1\.0|0\.(?!0000)[0-9]{0,14}[1-9])\})'


class CheckedVisit(dict):
    """A decoded visit line; `written`: the line is exactly what pydantic writes for its
    record (as_written), so it can go out as it is."""

    written = False


def checked_visit(line: bytes) -> dict:
    """The decoded visit line, in diklat's canonical form (a CheckedVisit); NotIndexable if
    it is not valid."""
    if b"\\u" in line and _SURROGATE_RE.search(line):
        d = None  # escaped surrogates: json and pydantic may disagree, pydantic decides
    else:
        m = _compiled(_EVIDENCE_PATTERN).search(line)
        # A valid JSON object put in place of another: the line is valid JSON if the rest is.
        rest = line if m is None else line[: m.start()] + b',"evidence":{},"manual":' + line[m.end() :]
        try:
            d = _loads(rest)
        except ValueError:
            raise NotIndexable from None  # not JSON (or not UTF-8): the store will not load
        if _visit_ok(d):
            checked = CheckedVisit(d)
            evidence_ok = m is None or _compiled(_ODD_CONFIDENCE).search(line, m.start(), m.end()) is None
            if evidence_ok and b"\\u" not in line:  # escapes: pydantic decides how to spell them
                from pydantic_core import to_json

                checked.written = as_written(d, rest, to_json(d))
            return checked
    from pydantic import ValidationError

    from diklat_cli.models import Record

    try:
        record = Record.model_validate_json(line)
    except ValidationError:
        raise NotIndexable from None
    written = record.model_dump_json().encode("utf-8")
    checked = CheckedVisit(json.loads(written))
    if not _visit_ok(checked):  # e.g. a time zone with seconds, which pydantic writes as it reads
        raise NotIndexable
    checked.written = written == line
    return checked


# "normal* (escape normal*)*": no two ways to match a text, so no runaway backtracking
_JSON_STR = rb'"[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u(?![dD][89a-fA-F])[0-9a-fA-F]{4})[^"\\\x00-\x1f]*)*"'
_TEXT_OR_NULL = rb"(?:null|" + _JSON_STR + rb")"
_ARTICLE_PATTERN = b"".join(
    [
        b"(" + _JSON_STR + b")",
        rb':\{"file":' + _TEXT_OR_NULL + rb',"url":(' + _TEXT_OR_NULL + b")",
        # a UTC time as pydantic writes it, its day captured (a time of day in range), or any other
        rb',"imported_at":"(?:([0-9]{4}-[0-9]{2}-[0-9]{2})T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z'
        rb'|([0-9T:.+Z-]+))","extractor_version":' + _JSON_STR,
        rb',"visit_ids":\[(?:' + _JSON_STR + rb"(?:," + _JSON_STR + rb")*)?\]",
        rb',"status":"(?:ok|no-visit)"\}',
    ]
)


_valid_days: set[bytes] = set()  # YYYY-MM-DD that are days of the calendar
_article_re: re.Pattern | None = None


def _compile_article() -> re.Pattern:
    global _article_re
    _article_re = _compiled(_ARTICLE_PATTERN)
    return _article_re


def check_article_line(line: bytes) -> tuple[str, str | None]:
    """(sha256, url) of a valid article line; NotIndexable otherwise."""
    m = (_article_re or _compile_article()).fullmatch(line)  # an article as diklat writes it: no need to decode it
    if m is not None:
        try:
            sha, url, day, stamp = m.groups()
            if day is None:
                parse_datetime(stamp.decode("ascii"))
            elif day not in _valid_days:  # the rest of the time was checked by the pattern
                parse_date(day.decode("ascii"))
                _valid_days.add(day)
            line.decode("utf-8")
            # no escapes: the texts are between the quotes (find, not `in`: for bytes `in` first
            # tries the needle as an int, and makes and clears a TypeError each time)
            if sha.find(b"\\") < 0 and url.find(b"\\") < 0:
                return sha[1:-1].decode("utf-8"), None if url == b"null" else url[1:-1].decode("utf-8")
            return json.loads(sha), json.loads(url)
        except ValueError:
            pass
    try:
        obj = _loads(b"{" + line + b"}")
    except ValueError:
        raise NotIndexable from None
    if len(obj) != 1:
        raise NotIndexable
    for sha, entry in obj.items():
        if not _article_ok(entry):
            from pydantic import ValidationError

            from diklat_cli.models import ArticleEntry

            try:
                ArticleEntry.model_validate_json(json.dumps(entry))
            except ValidationError:
                raise NotIndexable from None
        url = entry.get("url")
        return sha, url if type(url) is str else None
    raise NotIndexable


# --------------------------------------------------------------------------- rows of the tables


def fold(text: str | None) -> str | None:
    return None if text is None else text.casefold()


def joined(texts) -> str | None:
    texts = [t.casefold() for t in texts if t is not None]
    return SEP.join(texts) if texts else None


def hosts_text(hosts: list[str]) -> str | None:
    """The host agencies, exactly: SEP-joined, or "\\x1e" + JSON if one holds SEP."""
    if not hosts:
        return None
    text = SEP.join(hosts)
    if text.startswith("\x1e") or any(SEP in h for h in hosts):
        return "\x1e" + json.dumps(hosts, ensure_ascii=False)
    return text


def hosts_list(text: str | None) -> list[str]:
    if text is None:
        return []
    if text.startswith("\x1e"):
        return json.loads(text[1:])
    return text.split(SEP)


def utc_us(t: dt.datetime) -> int:
    # naive times are taken as UTC, as query.sort does
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return (t - _EPOCH) // _US


def table_rows(seq: int, d: dict, line: bytes) -> tuple[tuple, tuple, tuple]:
    """(visits row, visit_search row, visit_lines row) of a checked visit."""
    origin = d.get("origin") or {}
    destination = d.get("destination") or {}
    hosts = d.get("host_agencies") or []
    prov = d["provenance"]
    also = d.get("also_reported_by") or []
    source = d.get("source") or {}
    start, end = parse_date(d.get("start_date")), parse_date(d.get("end_date"))
    imported = parse_datetime(prov["imported_at"])
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
    officials = d.get("officials") or []
    for o in officials:
        texts += (o.get("name"), o.get("title"))
    texts += [source.get(k) for k in _SOURCE_TEXTS]
    for p in (prov, *also):
        texts += (p.get("url"), p.get("file"))
    visit = (
        seq,
        d["id"],
        prov["sha256"],
        imported.isoformat(),
        utc_us(imported),
        None if start is None else start.isoformat(),
        None if end is None else end.isoformat(),
        None if start is None else start.year,
        None if end is None else end.year,
        program,
        fold(program),
        d.get("cohort"),
        d.get("activity"),
        d.get("participants"),
        institution,
        origin.get("province"),
        fold(origin.get("province")),
        origin.get("regency"),
        organizer,
        destination.get("province"),
        fold(destination.get("province")),
        destination.get("regency"),
        host,
        hosts_text(hosts),
        joined([*hosts, organizer, institution, host]),
        json.dumps(also, ensure_ascii=False) if also else None,
        merge_key_text(
            program, d.get("cohort"), origin.get("province"), institution, destination.get("province"), start
        ),
        # (e_participants and e_hosts: participants and hosts, by the insert itself)
        # the rest of the CSV columns (export --csv/--xlsx read them here, not from the line)
        json.dumps([[o["name"], o.get("title")] for o in officials], ensure_ascii=False) if officials else None,
        *(source.get(k) for k in _SOURCE_COLUMNS),
        prov.get("file"),
        prov.get("url"),
        prov["extractor_version"],
    )
    return visit, (seq, joined(texts)), (seq, line, int(getattr(d, "written", False)))


def merge_key_text(program, cohort, origin_province, institution, destination_province, start) -> str | None:
    """merge.merge_key as text, for the visits merge_reports groups (programme and start date)."""
    if not program or start is None:
        return None
    inst = (institution or "").casefold() if origin_province is None else ""
    # only to find a group's visits: merge._key groups them (any text equal for equal keys will
    # do; two keys sharing a text only make a group's candidates more), an f-string not a repr
    return f"{program.casefold()}{SEP}{cohort}{SEP}{origin_province}{SEP}{inst}{SEP}{destination_province}"


def insert_rows(conn: sqlite3.Connection, items) -> set:
    """Insert (seq, checked visit dict, line bytes) items into the three tables; the merge
    keys of the visits inserted (None among them for visits that merge with none)."""
    return insert_table_rows(conn, (table_rows(seq, d, line) for seq, d, line in items))


def insert_table_rows(conn: sqlite3.Connection, rows) -> set:
    """Insert (visits row, visit_search row, visit_lines row) triples (table_rows); the merge
    keys of the visits inserted, as insert_rows."""
    visits: list[tuple] = []
    searches: list[tuple] = []
    lines: list[tuple] = []
    keys: set = set()
    for v, s, li in rows:
        keys.add(v[MERGE_KEY_COLUMN])
        visits.append(v)
        searches.append(s)
        lines.append(li)
        if len(visits) >= 2000:  # bounded memory, few executemany calls
            _flush(conn, visits, searches, lines)
    _flush(conn, visits, searches, lines)
    return keys


def _flush(conn, visits: list, searches: list, lines: list) -> None:
    conn.executemany(_INSERT_VISIT, visits)
    conn.executemany("INSERT INTO visit_search (seq, search) VALUES (?, ?)", searches)
    conn.executemany("INSERT INTO visit_lines (seq, line, written) VALUES (?, ?, ?)", lines)
    visits.clear()
    searches.clear()
    lines.clear()


# --------------------------------------------------------------------------- lines as written
# A stored line can go out as it is (list/export --json/--jsonl) only when it is exactly
# what pydantic writes for its record: the keys in the models' order, none missing, compact,
# datetimes and numbers in pydantic's own spelling. diklat writes every line so; a line
# edited by hand may not be, and then goes out through pydantic as before.

RECORD_ORDER = (
    *("program", "cohort", "activity", "participants", "origin", "organizer", "destination"),
    *("host_agencies", "start_date", "end_date", "officials", "source", "id", "provenance"),
    *("evidence", "manual", "also_reported_by"),
)
ORIGIN_ORDER = ("institution", "province", "regency")
DESTINATION_ORDER = ("province", "regency", "host")
OFFICIAL_ORDER = ("name", "title")
SOURCE_ORDER = ("outlet", "reporter", "editor", "dateline", "published", "title")
PROVENANCE_ORDER = ("file", "url", "sha256", "imported_at", "fetched_at", "extractor_version")
EVIDENCE_ORDER = ("spans", "confidence")

# as pydantic writes a datetime: "Z" for UTC, six digits of fraction or none
_WRITTEN_DATETIME_RE = re.compile(
    r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(?!0{6})\d{6})?(?:Z|(?![+-]00:00)[+-]\d\d:\d\d)?", re.ASCII
)


def _written_provenance(p) -> bool:
    if type(p) is not dict or tuple(p) != PROVENANCE_ORDER:
        return False
    fetched = p["fetched_at"]
    return _WRITTEN_DATETIME_RE.fullmatch(p["imported_at"]) is not None and (
        fetched is None or _WRITTEN_DATETIME_RE.fullmatch(fetched) is not None
    )


def as_written(d, line: bytes, compact: bytes) -> bool:
    """Whether `line`, decoded as `d`, is exactly what pydantic writes for its Record;
    `compact` is `d` written by pydantic_core.to_json (equal to the line when the line is
    compact and spelt as pydantic spells it)."""
    try:
        if type(d) is not dict or tuple(d) != RECORD_ORDER:
            return False
        if tuple(d["origin"]) != ORIGIN_ORDER or tuple(d["destination"]) != DESTINATION_ORDER:
            return False
        if tuple(d["source"]) != SOURCE_ORDER:
            return False
        if not all(type(o) is dict and tuple(o) == OFFICIAL_ORDER for o in d["officials"]):
            return False
        if not _written_provenance(d["provenance"]) or not all(_written_provenance(p) for p in d["also_reported_by"]):
            return False
        for ev in d["evidence"].values():
            if type(ev) is not dict or tuple(ev) != EVIDENCE_ORDER or type(ev["confidence"]) is not float:
                return False
    except (TypeError, KeyError, AttributeError):
        return False
    return compact == line
