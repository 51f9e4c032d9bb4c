"""What list/show/export write, read from the index: full records (pydantic) made from the
stored lines, the lines themselves as compact JSON where they are exactly what pydantic
writes (no models), and the CSV columns straight from the index's columns, streamed so
that an export of any size holds a chunk at a time. Standard library only at the top.
"""

from __future__ import annotations

import json
import sqlite3
from typing import cast

from diklat_cli.gc_pause import gc_paused
from diklat_cli.index.lines import hosts_list
from diklat_cli.index.read import SRC, UPDATES, Source, VisitRow, conditions, fetch, order_by, with_updates


def records(visit_rows) -> list:
    """The full models.Record of each row, in order (see iter_records)."""
    return list(iter_records(visit_rows))


def _iter_lines(visit_rows, chunk: int = 1000):
    """(row, its stored line, whether the line is as pydantic writes it) of each row, in
    order, read from the rows' index `chunk` rows at a time, so that a big export never
    holds every line at once."""
    visit_rows = list(visit_rows)
    for first in range(0, len(visit_rows), chunk):
        part = visit_rows[first : first + chunk]
        lines: dict[tuple[int, str], tuple[bytes, int]] = {}
        by_source: dict[int, tuple[Source, list[str]]] = {}
        for r in part:
            by_source.setdefault(id(r[SRC]), (r[SRC], []))[1].append(r.id)
        for key, (src, wanted) in by_source.items():
            ids = list(dict.fromkeys(wanted))
            for start in range(0, len(ids), 500):
                ids_chunk = ids[start : start + 500]
                marks = ", ".join("?" * len(ids_chunk))
                for vid, line, written in src.conn.execute(
                    "SELECT v.id, l.line, l.written FROM visits v JOIN visit_lines l ON l.seq = v.seq"
                    f" WHERE v.id IN ({marks})",
                    ids_chunk,
                ):
                    lines[key, vid] = (line, written)
        for r in part:
            found = lines.get((id(r[SRC]), r.id))
            if found is None:
                r._line()  # raises the StoreError
            line, written = cast(tuple, found)
            yield r, line, written


def iter_records(visit_rows, chunk: int = 1000):
    """The full models.Record of each row, in order (for show, --csv, --xlsx), made
    `chunk` rows at a time so that a big export never holds every record at once: their
    lines are read from the rows' index and validated by pydantic; model_copy updates
    (merged reports) are applied."""
    from diklat_cli.models import Record

    batch: list = []
    for r, line, _ in _iter_lines(visit_rows, chunk):
        batch.append((r, line))
        if len(batch) >= chunk:
            with gc_paused():
                out = [with_updates(Record.model_validate_json(li), row[UPDATES]) for row, li in batch]
            batch.clear()
            yield from out
    with gc_paused():
        out = [with_updates(Record.model_validate_json(li), row[UPDATES]) for row, li in batch]
    yield from out


def _record_json(row: VisitRow, line: bytes) -> bytes:
    from diklat_cli.models import Record

    return with_updates(Record.model_validate_json(line), row[UPDATES]).model_dump_json().encode("utf-8")


def iter_record_json(visit_rows, chunk: int = 1000):
    """Each row's full record as compact JSON bytes, in order: `record.model_dump_json()`
    of the record iter_records gives. A stored line exactly as pydantic writes it (the
    index's `written`) is sent as it is; a merged visit, or a line edited by hand, goes
    through models.Record."""
    for r, line, written in _iter_lines(visit_rows, chunk):
        yield line if written and r[UPDATES] is None else _record_json(r, line)


def selected_json(
    conn: sqlite3.Connection,
    filters=None,
    sort: str | None = "date",
    descending: bool = True,
    merge: bool = True,
    chunk: int = 500,
):
    """iter_record_json(selected(conn, filters, sort, descending, merge=merge)), streamed
    from SQLite without making the rows: an export of any size holds a record at a time.

    The selection is sorted without its lines (SQLite would carry each ~2.5 KB line through
    its sorter), and the lines are then read `chunk` at a time by their seq. `conn` is in one
    read transaction (build.snapshot), so both reads see the same index."""
    where, params = conditions(filters, merged=merge)
    updated = "v.m_also IS NOT NULL" if merge else "0"  # merged: the row has model_copy updates
    sql = f"SELECT v.seq, {updated} FROM visits v"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY " + order_by(sort, descending, merged=merge)
    selection = conn.execute(sql, params).fetchall()  # two ints a visit
    for first in range(0, len(selection), chunk):
        part = selection[first : first + chunk]
        marks = ", ".join("?" * len(part))
        lines = {
            seq: (line, written)
            for seq, line, written in conn.execute(
                f"SELECT seq, line, written FROM visit_lines WHERE seq IN ({marks})", [seq for seq, _ in part]
            )
        }
        for seq, has_updates in part:
            line, written = lines[seq]
            if written and not has_updates:
                yield line
            else:
                yield _record_json(fetch(conn, ["v.seq = ?"], [seq], "v.seq", None, merged=merge)[0], line)


def selected_count(conn: sqlite3.Connection, filters=None, merge: bool = True) -> int:
    """len(selected(conn, filters, merge=merge)), counted in SQL."""
    where, params = conditions(filters, merged=merge)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    return conn.execute(f"SELECT count(*) FROM visits v{cond}", params).fetchone()[0]


def export_rows(
    conn: sqlite3.Connection, filters=None, sort: str | None = "date", descending: bool = True, merge: bool = True
):
    """The CSV columns (output.formats.CSV_SPEC) of each visit selected() gives, in its
    order, read from the index's columns, streamed: texts and ints as stored, dates and
    times as ISO text, host agencies as a list, officials as [[name, title], ...]."""
    where, params = conditions(filters, merged=merge)
    if merge:  # as _make_rows applies merge_reports' updates
        merged = "v.e_participants, v.organizer, v.m_organizer, v.e_hosts, v.end_date, v.m_end_date"
    else:
        merged = "v.participants, v.organizer, NULL, v.hosts, v.end_date, NULL"
    sql = (
        f"SELECT v.id, v.program, v.cohort, v.activity, {merged}, v.origin_institution, v.origin_province,"
        " v.origin_regency, v.destination_province, v.destination_regency, v.destination_host, v.start_date,"
        " v.officials, v.source_outlet, v.source_reporter, v.source_editor, v.source_dateline, v.source_published,"
        " v.source_title, v.source_file, v.source_url, v.imported_at, v.sha256, v.extractor_version FROM visits v"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY " + order_by(sort, descending, merged=merge)
    loads = json.loads
    for row in conn.execute(sql, params):
        (vid, program, cohort, activity, participants, organizer, m_organizer, hosts, end, m_end) = row[:10]
        hosts = hosts_list(hosts)
        officials = row[17]
        yield (
            vid,
            program,
            cohort,
            activity,
            participants,
            *row[10:13],
            m_organizer if organizer is None else organizer,
            *row[13:16],
            hosts,
            row[16],
            m_end if end is None else end,
            [] if officials is None else loads(officials),
            *row[18:],
        )


def stored_lines(conn: sqlite3.Connection, ids: list[str]) -> tuple[dict[str, tuple[int, bytes]], int]:
    """({id: (seq, line as in the store file)} of those of `ids` that are visits of the
    store, how many articles it has): what Store.rewrite splices the file around."""
    found: dict[str, tuple[int, bytes]] = {}
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        query = "SELECT v.id, v.seq, l.line FROM visits v JOIN visit_lines l ON l.seq = v.seq WHERE v.id IN ({})"
        for vid, seq, line in conn.execute(query.format(", ".join("?" * len(chunk))), chunk):
            found[vid] = (seq, line)  # the bytes of the store file's line
    (articles,) = conn.execute("SELECT count(*) FROM articles").fetchone()
    return found, articles
