"""Reading the index: rows that read like records (VisitRow), the SQL that filters and
sorts them as query.Filters says, and stats counted in SQL (full records and what export
writes: records.py). Standard library only at the top.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from operator import itemgetter
from typing import Any, NamedTuple

from diklat_cli.gc_pause import gc_paused
from diklat_cli.i18n import gettext as _
from diklat_cli.index.lines import SEP, hosts_list, parse_date, parse_dates, parse_datetime
from diklat_cli.schema import SORT_FIELDS

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


class Source:
    """What a VisitRow reads its full record from: the index it came from."""

    __slots__ = ("conn",)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def line(self, vid: str) -> bytes:
        row = self.conn.execute(
            "SELECT l.line FROM visits v JOIN visit_lines l ON l.seq = v.seq WHERE v.id = ?", (vid,)
        ).fetchone()
        if row is None:
            from diklat_cli.errors import StoreError

            gone = _("visit {id} is no longer in the store (it changed meanwhile); try again")
            raise StoreError(gone.format(id=vid))
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
    def report_id(self) -> str | None:
        """The id of the visit this is the provenance of, when it is a report folded into
        another visit by merging (None for a provenance kept in the store file)."""
        return self._id

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
        return None if value is None else parse_datetime(value)

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
_SHA, _IMPORTED, _ALSO, SRC, UPDATES, SEQ = range(len(_FIELDS), len(_FIELDS) + 6)
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
        updates = self[UPDATES]
        if updates is not None and "provenance" in updates:
            return updates["provenance"]
        return RowProvenance(self[_SHA], self[_IMPORTED], None, self[SRC], self[0])

    @property
    def also_reported_by(self) -> list:
        updates = self[UPDATES]
        if updates is not None and "also_reported_by" in updates:
            return updates["also_reported_by"]
        also = self[_ALSO]
        if also is None:
            return []
        return [RowProvenance(p["sha256"], parse_datetime(p["imported_at"]), p) for p in json.loads(also)]

    @property
    def manual(self) -> list[str]:
        updates = self[UPDATES]
        if updates is not None and "manual" in updates:
            return updates["manual"]
        return list(self._json().get("manual", []))

    @property
    def evidence(self) -> dict[str, EvidenceRow]:
        updates = self[UPDATES]
        if updates is not None and "evidence" in updates:
            return updates["evidence"]
        return {
            name: EvidenceRow([tuple(s) for s in ev.get("spans", [])], ev.get("confidence", 1.0))
            for name, ev in self._json().get("evidence", {}).items()
        }

    def _line(self) -> bytes:
        return self[SRC].line(self[0])

    def _json(self) -> dict:
        return json.loads(self._line())

    def model_copy(self, *, update: dict | None = None, deep: bool = False) -> VisitRow:
        """A new row with the attributes in `update` replaced (as pydantic's model_copy)."""
        values = list(self)
        updates = dict(self[UPDATES] or {})
        for name, value in (update or {}).items():
            if name in _POSITION:
                values[_POSITION[name]] = value
            elif name not in _LAZY:
                raise ValueError(f"VisitRow has no field {name!r}")
            updates[name] = value
        values[UPDATES] = updates
        return tuple.__new__(VisitRow, values)

    def record(self):
        """The full models.Record (pydantic), with model_copy's updates applied."""
        from diklat_cli.models import Record

        return with_updates(Record.model_validate_json(self._line()), self[UPDATES])

    def __repr__(self) -> str:
        return f"VisitRow(id={self.id!r}, program={self.program!r}, start_date={self.start_date!r})"

    # a row is a record, not a sequence: equal when its fields and updates are
    def __eq__(self, other) -> bool:
        if not isinstance(other, VisitRow):
            return NotImplemented
        return self[:SRC] == other[:SRC] and (self[UPDATES] or {}) == (other[UPDATES] or {})

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


def with_updates(record, updates: dict | None):
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


def conditions(filters, merged: bool) -> tuple[list[str], list]:
    """SQL conditions and parameters for the filters (any object with query.Filters' fields)
    over the visits as they are (`merged` False) or as merge_reports makes them."""
    # "+": absorbed is no way in (the planner would scan an index holding it, row by row)
    where: list[str] = ["+v.absorbed = 0"] if merged else []
    params: list = []

    def values(name: str) -> tuple:
        from diklat_cli.query.filters import as_values

        return () if filters is None else as_values(getattr(filters, name, None))

    def any_of(template: str, items, per_item) -> None:
        """One condition: `template` for any of the values (each giving params)."""
        where.append("(" + " OR ".join([template] * len(items)) + ")")
        for item in items:
            params.extend(per_item(item))

    if provinces := values("province"):
        keys = [p.casefold() for p in provinces]
        marks = ", ".join("?" * len(keys))
        where.append(f"(v.origin_key IN ({marks}) OR v.destination_key IN ({marks}))")
        params += keys * 2
    for name in ("origin", "destination"):
        if chosen := values(name):
            where.append(f"v.{name}_key IN ({', '.join('?' * len(chosen))})")
            params += [p.casefold() for p in chosen]
    if years := values("year"):
        year_end = "coalesce(v.year_end, v.m_year_end)" if merged else "v.year_end"
        any_of(f"(v.year_start = ? OR {year_end} = ?)", years, lambda y: [y, y])
    if programs := values("program"):
        any_of("substr(v.program_key, 1, ?) = ?", programs, lambda p: [len(p.casefold()), p.casefold()])
    if regencies := values("regency"):
        marks = ", ".join("?" * len(regencies))
        where.append(f"(v.origin_regency IN ({marks}) OR v.destination_regency IN ({marks}))")
        params += list(regencies) * 2
    if cohorts := values("cohort"):
        where.append(f"v.cohort IN ({', '.join('?' * len(cohorts))})")
        params += list(cohorts)
    end_date = "coalesce(v.end_date, v.m_end_date, v.start_date)" if merged else "coalesce(v.end_date, v.start_date)"
    if since := values("since"):
        where.append(f"{end_date} >= ?")
        params.append(since[0].isoformat())
    if until := values("until"):
        where.append("coalesce(v.start_date, v.end_date) <= ?")
        params.append(until[0].isoformat())
    if agencies := values("agency"):
        texts = "coalesce(v.m_agency_search, v.agency_search)" if merged else "v.agency_search"
        # the texts are joined by SEP: a needle holding it would match across two of them
        needles = [a.casefold() for a in agencies if SEP not in a.casefold()]
        if needles:
            any_of(f"instr({texts}, ?) > 0", needles, lambda a: [a])
        else:
            where.append("0")
    if searches := values("search"):
        needles = [n.casefold() for n in searches if SEP not in n.casefold()]
        if not needles:
            where.append("0")
        else:
            cond = "v.seq IN (SELECT seq FROM visit_search WHERE instr(search, ?) > 0)"
            if merged:
                cond = f"({cond} OR instr(v.m_search, ?) > 0)"
            any_of(cond, needles, (lambda n: [n, n]) if merged else (lambda n: [n]))
    return where, params


def order_by(sort: str | None, descending: bool, merged: bool) -> str:
    if sort is None:
        return "v.seq"
    try:
        key = (_MERGED_SORT_KEYS if merged else _SORT_KEYS)[sort]
    except KeyError:
        raise ValueError(f"cannot sort by {sort!r}; use one of {', '.join(SORT_FIELDS)}") from None
    return f"({key}) IS NULL, {key} {'DESC' if descending else 'ASC'}, v.seq"


def fetch(conn: sqlite3.Connection, where: list[str], params: list, order: str, limit: int | None, merged: bool):
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
    src = Source(conn)
    new = tuple.__new__
    dates = parse_dates
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
            start = dates.get(start) or parse_date(start)
        if end is not None:
            end = dates.get(end) or parse_date(end)
        hosts = hosts_list(hosts)
        updates: dict[str, Any] | None = None
        if merged and row[23] is not None:
            # reports of this visit were folded into it: as merge_reports' model_copy
            e_participants, m_end, m_organizer, e_hosts, m_also = row[19:]
            reports = [RowProvenance(s, i, None, src, v) for v, s, i in json.loads(m_also)]
            updates = {"also_reported_by": _also(also) + reports}
            if participants is None:
                participants = updates["participants"] = e_participants
            if end is None:
                end = updates["end_date"] = None if m_end is None else parse_date(m_end)
            if organizer is None:
                organizer = updates["organizer"] = m_organizer
            if not hosts:
                hosts = updates["host_agencies"] = hosts_list(e_hosts)
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
    return [RowProvenance(p["sha256"], parse_datetime(p["imported_at"]), p) for p in json.loads(text)]


def rows(
    conn: sqlite3.Connection, filters=None, sort: str | None = "date", descending: bool = True, limit: int | None = None
) -> list[VisitRow]:
    """The visits meeting `filters` (query.Filters or any object with its fields), ordered
    as query.sort orders them (None last, ties in store order); `sort=None`: store order.

    Equal to query.sort(query.apply(records, filters), sort, descending)[:limit] on the
    store's records, but done in SQL without loading them. No merging of reports.
    """
    where, params = conditions(filters, merged=False)
    return fetch(conn, where, params, order_by(sort, descending, merged=False), limit, merged=False)


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
    where, params = conditions(filters, merged=True)
    return fetch(conn, where, params, order_by(sort, descending, merged=True), limit, merged=True)


def find(conn: sqlite3.Connection, prefix: str) -> VisitRow:
    """The visit (one report, unmerged) whose id is `prefix` or, like git, the only one that
    starts with it; NotFound otherwise (query.ids.match_id, as StoreData.find)."""
    from diklat_cli.query.ids import match_id

    if conn.execute("SELECT 1 FROM visits WHERE id = ?", (prefix,)).fetchone() is not None:
        vid = prefix
    else:
        vid = match_id(prefix, (i for (i,) in conn.execute("SELECT id FROM visits")))
    return fetch(conn, ["v.id = ?"], [vid], "v.seq", None, merged=False)[0]


def merged_visit(conn: sqlite3.Connection, report: VisitRow) -> VisitRow:
    """The visit as `list` shows it that this report belongs to: the report itself with
    other reports folded in, or the visit it was folded into (merge.merge_reports)."""
    own = fetch(conn, ["v.id = ?"], [report.id], "v.seq", None, merged=True)
    if own:
        return own[0]
    (key,) = conn.execute("SELECT merge_key FROM visits WHERE id = ?", (report.id,)).fetchone()
    for r in fetch(conn, ["v.merge_key = ?"], [key], "v.seq", None, merged=True):
        if any(getattr(p, "report_id", None) == report.id for p in r.also_reported_by):
            return r
    return report


# --------------------------------------------------------------------------- stats


# Covering the GROUP BY queries of stats_tables: no sorting, no table rows read (0.25 s for
# `stats` at 100,000 visits, 0.43 s scanning the table). Only stats reads them, so they are
# made by the first stats on an index, not by every build (a quarter of a second of the build
# at 100,000 visits, which the first command after an outside change of the store file pays).
STATS_INDEXES = {
    "visits_tally": "origin_province, destination_province, year_start, program, absorbed, e_participants",
    "visits_hosts": "destination_province, destination_regency, e_hosts, absorbed, seq",
}
STATS_INDEX_WAIT_MS = 100


def make_stats_indexes(conn: sqlite3.Connection) -> bool:
    """Make the STATS_INDEXES of the index if it has none yet; whether it has them now.

    Never waits long and never fails: inside a read transaction (build.snapshot), when
    another process writes to the index or reads it meanwhile, or when the index cannot be
    written, stats answers the same by scanning the table, and a later one makes them."""
    made = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN (?, ?)"
    if conn.execute(made, tuple(STATS_INDEXES)).fetchone()[0] == len(STATS_INDEXES):
        return True
    if conn.in_transaction:
        return False
    (wait,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute(f"PRAGMA busy_timeout = {STATS_INDEX_WAIT_MS}")
    try:
        conn.execute("BEGIN IMMEDIATE")
        for name, columns in STATS_INDEXES.items():
            conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON visits ({columns})")
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(wait)}")
    return True


def stats_tables(conn: sqlite3.Connection, filters=None, top: int = 10, merge: bool = True) -> tuple[dict, int]:
    """(stats.all_tables(selected(conn, filters, merge=merge), top), the number of visits),
    counted in SQL: no row objects are made."""
    from diklat_cli.query import stats

    make_stats_indexes(conn)
    where, params = conditions(filters, merged=merge)
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
        agencies = hosts_list(text)
        counts = by_place.get((province, regency))
        if counts is None:
            counts = by_place[province, regency] = {}
        if len(agencies) > 1:
            agencies = stats.distinct_agencies(agencies, tally.folded)
        for agency in agencies:
            counts[agency] = counts.get(agency, 0) + visits
    return stats.tables_from_tally(tally, top), sum(visits for visits, _ in combos.values())
