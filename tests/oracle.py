"""The test oracle: plain-Python answers to what the index answers in SQL.

Production never runs these: `list`, `show`, `stats` and `export` read the derived SQLite
index (diklat_cli.index). These functions filter, sort and count `Record`s one by one, in
the simplest way, and tests/test_index.py checks that the index gives the same answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from diklat_cli.models import Record
from diklat_cli.query.filters import SORT_FIELDS, Filters, as_values
from diklat_cli.query.stats import Table, Tally, distinct_agencies, tables_from_tally

# --- filtering and sorting ---------------------------------------------------------------


def _fold(text: str | None) -> str | None:
    return None if text is None else text.casefold()


def _agencies(r: Record) -> Iterator[str | None]:
    yield from r.host_agencies
    yield r.organizer
    yield r.origin.institution
    yield r.destination.host


def _texts(r: Record) -> Iterator[str | None]:
    yield r.program
    yield r.activity
    yield from (r.origin.institution, r.origin.province, r.origin.regency)
    yield r.organizer
    yield from (r.destination.province, r.destination.regency, r.destination.host)
    yield from r.host_agencies
    for o in r.officials:
        yield o.name
        yield o.title
    s = r.source
    yield from (s.outlet, s.reporter, s.editor, s.dateline, s.title)
    for p in (r.provenance, *r.also_reported_by):
        yield p.url
        yield p.file


def _predicates(f: Filters) -> list[Callable[[Record], bool]]:
    """One predicate per filter given; a filter of several values holds when any does."""
    preds: list[Callable[[Record], bool]] = []
    if f.province is not None:
        provs = {_fold(p) for p in as_values(f.province)}
        preds.append(lambda r: _fold(r.origin.province) in provs or _fold(r.destination.province) in provs)
    if f.origin is not None:
        origins = {_fold(p) for p in as_values(f.origin)}
        preds.append(lambda r: _fold(r.origin.province) in origins)
    if f.destination is not None:
        dests = {_fold(p) for p in as_values(f.destination)}
        preds.append(lambda r: _fold(r.destination.province) in dests)
    if f.year is not None:
        years = set(as_values(f.year))
        preds.append(lambda r: any(d is not None and d.year in years for d in (r.start_date, r.end_date)))
    if f.program is not None:
        programs = tuple(p.casefold() for p in as_values(f.program))
        preds.append(lambda r: r.program is not None and r.program.casefold().startswith(programs))
    if f.regency is not None:
        regencies = set(as_values(f.regency))
        preds.append(lambda r: r.origin.regency in regencies or r.destination.regency in regencies)
    if f.cohort is not None:
        cohorts = set(as_values(f.cohort))
        preds.append(lambda r: r.cohort in cohorts)
    if f.since is not None:
        since = f.since
        preds.append(lambda r: _end(r) is not None and _end(r) >= since)
    if f.until is not None:
        until = f.until
        preds.append(lambda r: _date(r) is not None and _date(r) <= until)
    if f.agency is not None:
        agencies = [_fold(a) for a in as_values(f.agency)]
        preds.append(lambda r: any(a is not None and n in a.casefold() for a in _agencies(r) for n in agencies))
    if f.search is not None:
        texts = [_fold(s) for s in as_values(f.search)]
        preds.append(lambda r: any(t is not None and n in t.casefold() for t in _texts(r) for n in texts))
    return preds


def _end(r: Record) -> dt.date | None:
    return r.end_date if r.end_date is not None else r.start_date


def apply(records: Iterable[Record], f: Filters) -> list[Record]:
    """The records that meet every condition of `f`, in their given order."""
    preds = _predicates(f)
    return [r for r in records if all(p(r) for p in preds)]


def _date(r: Record) -> dt.date | None:
    return r.start_date if r.start_date is not None else r.end_date


def _imported(r: Record) -> dt.datetime:
    t = r.provenance.imported_at
    # naive times are taken as UTC so that they compare with aware ones
    return t.replace(tzinfo=dt.timezone.utc) if t.tzinfo is None else t


_KEYS: dict[str, Callable[[Record], Any]] = {
    "date": _date,
    "program": lambda r: _fold(r.program),
    "cohort": lambda r: r.cohort,
    "participants": lambda r: r.participants,
    "origin": lambda r: _fold(r.origin.province),
    "destination": lambda r: _fold(r.destination.province),
    "imported": _imported,
}


def sort(records: Iterable[Record], field: str = "date", descending: bool = True) -> list[Record]:
    """Records ordered by `field` (see SORT_FIELDS); those without a value come last.

    "date" is start_date (end_date when there is none). Ties keep their given order.
    """
    try:
        key = _KEYS[field]
    except KeyError:
        raise ValueError(f"cannot sort by {field!r}; use one of {', '.join(SORT_FIELDS)}") from None
    keyed = [(key(r), r) for r in records]
    present = [kr for kr in keyed if kr[0] is not None]
    missing = [r for k, r in keyed if k is None]
    present.sort(key=lambda kr: kr[0], reverse=descending)
    return [r for _, r in present] + missing


# --- stats ---------------------------------------------------------------------------------


def tally(records: Iterable[Record], hosts: bool = True) -> Tally:
    # Hot loop: plain dict counting; everything else works on the much smaller tallies.
    tally = Tally()
    combos = tally.combos
    by_place = tally.hosts
    folded = tally.folded
    for record in records:
        start = record.start_date
        destination = record.destination
        key = (record.origin.province, destination.province, start.year if start is not None else None, record.program)
        counts = combos.get(key)
        if counts is None:
            counts = combos[key] = [0, 0]
        counts[0] += 1
        if record.participants is not None:
            counts[1] += record.participants
        agencies = record.host_agencies
        if hosts and agencies:
            place = (destination.province, destination.regency)
            counts = by_place.get(place)
            if counts is None:
                counts = by_place[place] = {}
            if len(agencies) > 1:
                agencies = distinct_agencies(agencies, folded)
            for agency in agencies:
                counts[agency] = counts.get(agency, 0) + 1
    return tally


def by_destination(records: Iterable[Record]) -> Table:
    return tables_from_tally(tally(records, hosts=False))["destination"]


def by_origin(records: Iterable[Record]) -> Table:
    return tables_from_tally(tally(records, hosts=False))["origin"]


def by_year(records: Iterable[Record]) -> Table:
    return tables_from_tally(tally(records, hosts=False))["year"]


def by_program(records: Iterable[Record]) -> Table:
    return tables_from_tally(tally(records, hosts=False))["program"]


def top_hosts(records: Iterable[Record], n: int = 10) -> Table:
    return tables_from_tally(tally(records), n)["hosts"]


def matrix(records: Iterable[Record]) -> Table:
    return tables_from_tally(tally(records, hosts=False))["matrix"]


def all_tables(records: Iterable[Record], top: int = 10) -> dict[str, Table]:
    """Every table from a single pass over the records; `top` host agencies."""
    return tables_from_tally(tally(records), top)
