"""Visit lines exactly as diklat writes them, read into index rows by one regular expression.

Building the index used to decode every visit line with json, check the dict field by field
(lines.checked_visit) and then make its rows (lines.table_rows): most of the time of a
build, and of the first command after the store file changed elsewhere. Almost every line
is exactly what pydantic writes for its record (the keys in the models' order, compact, no
escapes in its texts, numbers and times in pydantic's own spelling); for such a line one
`fullmatch` of the pattern below checks its shape and hands over every field the tables
need, and a few plain checks of the values (ranges, calendar dates, end not before start)
do the rest.

`canonical_rows` gives the same three rows as `table_rows(seq, checked_visit(line), ...)`
for every line it accepts (`tests/test_index_build.py` compares them), or None, and then the
line goes the old way: decoded, checked, and validated by pydantic when in doubt, so a line
that is not a valid record is reported exactly as before. Validation still belongs to the
writes; this only recognises, cheaply, what a write made. Standard library only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import sys

from diklat_cli import schema
from diklat_cli.index.lines import (
    SEP,
    checked_visit,
    insert_table_rows,
    merge_key_text,
    parse_date,
    parse_dates,
    parse_datetime,
    table_rows,
    utc_us,
)

# Possessive repeats (`*+`, Python 3.11+): once a repeat has matched it never gives back, so
# the engine keeps no backtracking state per text, span or list item, which is most of the
# cost of a match. Every repeat below is followed by something it cannot match (a quote after
# a text, `]` or `}` after a list), so giving back could never lead to a match: the pattern
# matches exactly the same lines with or without them (Python 3.10 reads it without).
_P = "+" if sys.version_info >= (3, 11) else ""
# a text as pydantic writes it when it needs no escape: no quote, backslash or control character
_CHARS = r'[^"\\\x00-\x1f]*' + _P
_T = r'"(' + _CHARS + r')"'
_TN = r'(?:null|"(' + _CHARS + r')")'
_T_ = r'"' + _CHARS + r'"'  # the same, not captured
_TN_ = r"(?:null|" + _T_ + ")"
_INT = r"(null|0|-?[1-9][0-9]{0,17}" + _P + ")"  # as pydantic writes an int (never "-0" or "01")
_DATE = r'(?:null|"([0-9]{4}-[0-9]{2}-[0-9]{2})")'
# as pydantic writes a datetime (lines._WRITTEN_DATETIME_RE): "Z" for UTC, six digits of fraction or none
_DT_ = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.(?!0{6})[0-9]{6})?"
    r"(?:Z|(?![+-]00:00)[+-][0-9]{2}:[0-9]{2})?"
)


def _items(item: str) -> str:
    """A comma-separated list of `item`s, maybe none, not captured."""
    return "(?:" + item + "(?:," + item + ")*" + _P + ")?" + _P


_TEXTS = r"\[(" + _items(_T_) + r")\]"  # a list of texts, captured whole
_OFFICIAL = r'\{"name":' + _T_ + r',"title":' + _TN_ + r"\}"
_PROVENANCE = (
    r'\{"file":' + _TN + r',"url":' + _TN + r',"sha256":' + _T + r',"imported_at":"(' + _DT_ + r')"'
    r',"fetched_at":(?:null|"' + _DT_ + r'"),"extractor_version":' + _T + r"\}"
)
_PROVENANCE_ = (
    r'\{"file":' + _TN_ + r',"url":' + _TN_ + r',"sha256":' + _T_ + r',"imported_at":"' + _DT_ + r'"'
    r',"fetched_at":(?:null|"' + _DT_ + r'"),"extractor_version":' + _T_ + r"\}"
)
# a span's offset, never negative as diklat writes it (a negative one goes the old way): "0" or
# up to 18 digits not led by a 0; a lookahead and one repeat cost less than an alternation
_SPAN_INT = r"(?!0[0-9])[0-9]{1,18}" + _P
_SPAN = r"\[" + _SPAN_INT + r"," + _SPAN_INT + r"\]"
# a confidence as pydantic writes it (lines._ODD_CONFIDENCE: the shortest text reading back as the number)
# (its digits are not possessive: the last one must be given back to `[1-9]`)
_EVIDENCE_ITEM = (
    _T_ + r':\{"spans":\[' + _items(_SPAN) + r"\]"
    r',"confidence":(?:0\.(?!0000)[0-9]{0,14}[1-9]|0\.0|1\.0)\}'  # the common spelling tried first
)
_RECORD = "".join(
    [
        r'\{"program":' + _TN + r',"cohort":' + _INT + r',"activity":' + _TN + r',"participants":' + _INT,
        r',"origin":\{"institution":' + _TN + r',"province":' + _TN + r',"regency":' + _TN + r"\}",
        r',"organizer":' + _TN,
        r',"destination":\{"province":' + _TN + r',"regency":' + _TN + r',"host":' + _TN + r"\}",
        r',"host_agencies":' + _TEXTS + r',"start_date":' + _DATE + r',"end_date":' + _DATE,
        r',"officials":\[(' + _items(_OFFICIAL) + r")\]",
        r',"source":\{"outlet":' + _TN + r',"reporter":' + _TN + r',"editor":' + _TN + r',"dateline":' + _TN,
        r',"published":' + _DATE + r',"title":' + _TN + r"\}",
        r',"id":' + _T + r',"provenance":' + _PROVENANCE,
        r',"evidence":\{' + _items(_EVIDENCE_ITEM) + r"\}",
        r',"manual":\[' + _items(_T_) + r"\]",
        r',"also_reported_by":\[(' + _items(_PROVENANCE_) + r")\]\}",
    ]
)


_RECORD_RE: re.Pattern | None = None


def _compile() -> re.Pattern:
    # compiled when an index is built, not by every command
    global _RECORD_RE
    _RECORD_RE = re.compile(_RECORD)
    return _RECORD_RE


def _pattern() -> re.Pattern:
    return _RECORD_RE or _compile()


_ACTIVITIES = frozenset(schema.ACTIVITIES)
_COHORT = (schema.COHORT_MIN, schema.COHORT_MAX)
_PARTICIPANTS = (schema.PARTICIPANTS_MIN, schema.PARTICIPANTS_MAX)
_dates = parse_dates  # YYYY-MM-DD -> date, filled by parse_date
_imported: dict[str, tuple[str, int]] = {}  # imported_at -> (isoformat, µs since the epoch)
_IMPORTED_KEPT = 4096  # times shared by several visits (one article's visits): a few are enough
# "YYYY-MM-DDTHH" of a UTC import time -> µs since the epoch at that hour: each article of a
# store has its own import time, to the second, but imports fill a few hours at a time
_hours: dict[str, int] = {}
_SIXTY = {f"{n:02d}": n for n in range(60)}  # minutes and seconds in range, as written


_EPOCH_DAY = dt.date(1970, 1, 1).toordinal()


def _imported_at(text: str) -> tuple[str, int]:
    """(isoformat, µs since the epoch) of a provenance's imported_at as the record pattern
    let it in (digits where digits go); ValueError where it is no time."""
    known = _imported.get(text)
    if known is None:
        if len(_imported) >= _IMPORTED_KEPT:
            _imported.clear()
        if len(text) == 20 and text[19] == "Z":
            # "YYYY-MM-DDTHH:MM:SSZ", as pydantic writes a UTC time without a fraction: the
            # day and hour are one of few, known already; no datetime needs to be made
            hour = _hours.get(text[:13])
            if hour is None:
                if len(_hours) >= _IMPORTED_KEPT:
                    _hours.clear()
                day = _dates.get(text[:10]) or dt.date.fromisoformat(text[:10])  # the pattern: YYYY-MM-DD
                h = int(text[11:13])
                if h > 23:
                    raise ValueError(text)
                hour = _hours[text[:13]] = ((day.toordinal() - _EPOCH_DAY) * 86_400 + h * 3600) * 1_000_000
            mi, s = _SIXTY.get(text[14:16]), _SIXTY.get(text[17:19])
            if mi is None or s is None:
                raise ValueError(text)
            known = _imported[text] = (text[:19] + "+00:00", hour + (mi * 60 + s) * 1_000_000)
        else:
            t = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1] == "Z" else text)
            known = _imported[text] = (t.isoformat(), utc_us(t))
    return known


def canonical_rows(seq: int, line: bytes) -> tuple[tuple, tuple, tuple] | None:
    """table_rows(seq, checked_visit(line), text) of a visit line exactly as diklat writes
    it, None for any other line (the caller takes the old way)."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None
    m = (_RECORD_RE or _compile()).fullmatch(text)
    if m is None:
        return None
    (
        program,
        cohort,
        activity,
        participants,
        institution,
        o_prov,
        o_reg,
        organizer,
        d_prov,
        d_reg,
        host,
        hosts_inner,
        start_text,
        end_text,
        officials_inner,
        outlet,
        reporter,
        editor,
        dateline,
        published,
        title,
        vid,
        p_file,
        p_url,
        sha,
        imported_at,
        extractor_version,
        also_inner,
    ) = m.groups()
    try:
        cohort_n = None if cohort == "null" else int(cohort)
        participants_n = None if participants == "null" else int(participants)
        if cohort_n is not None and not _COHORT[0] <= cohort_n <= _COHORT[1]:
            return None
        if participants_n is not None and not _PARTICIPANTS[0] <= participants_n <= _PARTICIPANTS[1]:
            return None
        start = None if start_text is None else _dates.get(start_text) or parse_date(start_text)
        end = None if end_text is None else _dates.get(end_text) or parse_date(end_text)
        if start is not None and end is not None and end < start:
            return None
        if published is not None and published not in _dates:
            parse_date(published)
        imported = _imported.get(imported_at) or _imported_at(imported_at)
        also = json.loads("[" + also_inner + "]") if also_inner else ()
        for p in also:
            parse_datetime(p["imported_at"])
            if p["fetched_at"] is not None:
                parse_datetime(p["fetched_at"])
    except (ValueError, OverflowError):
        return None
    if activity is not None and activity not in _ACTIVITIES:
        return None
    # Lists of texts are rewritten as a whole, by replacing their JSON punctuation: no text
    # between the quotes holds a quote (or SEP, a control character), so each replaced piece,
    # which holds a quote, can only be punctuation.
    # hosts_text(hosts), the host agencies joined by SEP (["a","b"] -> a SEP b)
    hosts_column = hosts_inner[1:-1].replace('","', SEP) if hosts_inner else None
    officials_column = officials_texts = None
    if officials_inner:
        # json.dumps([[name, title], ...], ensure_ascii=False) of texts that need no escape:
        # {"name":"A","title":"B"},{"name":"C","title":null} -> [["A", "B"], ["C", null]]
        officials_column = "[[" + officials_inner.replace('},{"name":', "], [").replace(',"title":', ", ")[8:-1] + "]]"
        # each name and title (a null title left out) joined by SEP: A SEP B SEP C
        officials_texts = (
            officials_inner.replace('","title":null}', '"}').replace('","title":"', SEP).replace('"},{"name":"', SEP)
        )[9:-2]
    # table_rows' texts: a list of texts joined by SEP stands for its texts (SEP.join is flat)
    texts = [
        program,
        activity,
        institution,
        o_prov,
        o_reg,
        organizer,
        d_prov,
        d_reg,
        host,
        hosts_column,
        officials_texts,
        outlet,
        reporter,
        editor,
        dateline,
        title,
        p_url,
        p_file,
    ]
    for p in also:
        texts += (p["url"], p["file"])
    present = [t for t in texts if t is not None]
    # casefold works character by character: folding the joined texts is joining the folded ones
    search = SEP.join(present).casefold() if present else None
    agencies = [t for t in (hosts_column, organizer, institution, host) if t is not None]
    visit = (
        seq,
        vid,
        sha,
        imported[0],
        imported[1],
        start_text,
        end_text,
        None if start is None else start.year,
        None if end is None else end.year,
        program,
        None if program is None else program.casefold(),
        cohort_n,
        activity,
        participants_n,
        institution,
        o_prov,
        None if o_prov is None else o_prov.casefold(),
        o_reg,
        organizer,
        d_prov,
        None if d_prov is None else d_prov.casefold(),
        d_reg,
        host,
        hosts_column,
        SEP.join(agencies).casefold() if agencies else None,
        json.dumps(also, ensure_ascii=False) if also else None,
        merge_key_text(program, cohort_n, o_prov, institution, d_prov, start),
        officials_column,
        outlet,
        reporter,
        editor,
        dateline,
        published,
        title,
        p_file,
        p_url,
        extractor_version,
    )
    return visit, (seq, search), (seq, line, 1)


def line_rows(seq: int, line: bytes) -> tuple[tuple, tuple, tuple]:
    """The three rows of a visit line: canonical_rows, or the old way (NotIndexable when
    the line is not a valid record)."""
    rows = canonical_rows(seq, line)
    if rows is None:
        rows = table_rows(seq, checked_visit(line), line)
    return rows


def insert_lines(conn: sqlite3.Connection, numbered) -> None:
    """Insert (seq, visit line bytes) items into the three tables."""
    fast = canonical_rows

    def rows():
        for seq, line in numbered:  # line_rows, written out (a call fewer for each visit)
            made = fast(seq, line)
            yield table_rows(seq, checked_visit(line), line) if made is None else made

    insert_table_rows(conn, rows())
