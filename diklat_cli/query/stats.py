"""Counts behind `diklat stats`: plain tables, no presentation.

The index counts in SQL (diklat_cli.index.stats_tables) into a Tally; every table is
summed from it here. tests/oracle.py makes the same Tally in one pass over records: it
counts the visits and participants of each (origin, destination,
year, programme) combination and each host agency per destination; every table is then
summed from those counts, far fewer than the records.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from diklat_cli.i18n import N_

# Titles, column names and the two labels are English in the data (`stats --json`); they
# are msgids, which the stats screen shows in the user's language.
VISITS = N_("visits")
HOSTS_TITLE = N_("Most visited host agencies (top {n})")
UNKNOWN = N_("unknown")
NATIONAL = N_("national")  # origin province null: a national ministry or agency (docs/schema.md)


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)


@dataclass
class Tally:
    # (origin province, destination province, year, program) -> [visits, known participants]
    combos: dict[tuple, list[int]] = field(default_factory=dict)
    # (destination province, destination regency) -> {agency as written: visits}
    hosts: dict[tuple, dict[str, int]] = field(default_factory=dict)
    # agency as written -> its grouping key (a cache: agencies repeat a lot)
    folded: dict[str, str] = field(default_factory=dict)


def _fold(agency: str) -> str:
    return " ".join(agency.split()).casefold()


def distinct_agencies(agencies: list[str], folded: dict[str, str]) -> list[str]:
    """The agencies with case / spacing repeats dropped (a visit counts once per agency)."""
    try:
        distinct = len({folded[agency] for agency in agencies})
    except KeyError:  # first sight of one of them; afterwards the cache answers
        for agency in agencies:
            if agency not in folded:
                folded[agency] = _fold(agency)
        distinct = len({folded[agency] for agency in agencies})
    if distinct == len(agencies):
        return agencies
    seen: set[str] = set()
    kept = []
    for agency in agencies:
        if folded[agency] not in seen:
            seen.add(folded[agency])
            kept.append(agency)
    return kept


def _sum_by(tally: Tally, position: int) -> dict:
    """{value at `position` of the combo key: [visits, known participants]}."""
    sums: dict = {}
    for key, (visits, participants) in tally.combos.items():
        entry = sums.get(key[position])
        if entry is None:
            entry = sums[key[position]] = [0, 0]
        entry[0] += visits
        entry[1] += participants
    return sums


def _order(totals: dict, none_last: bool) -> list:
    """Keys by visits, most first, ties by name; None last when `none_last`."""
    keys = [k for k in totals if k is not None or not none_last]
    keys.sort(key=lambda k: (-totals[k], "" if k is None else str(k)))
    if none_last and None in totals:
        keys.append(None)
    return keys


def _ranked(sums: dict, none_label: str, none_last: bool) -> list[list]:
    """Rows [label, visits, participants] in _order()."""
    order = _order({key: visits for key, (visits, _) in sums.items()}, none_last)
    return [[none_label if key is None else key, *sums[key]] for key in order]


def _destination(tally: Tally) -> Table:
    rows = _ranked(_sum_by(tally, 1), UNKNOWN, none_last=True)
    return Table(N_("Visits by destination province"), [N_("province"), VISITS, N_("participants")], rows)


def _origin(tally: Tally) -> Table:
    sums = _sum_by(tally, 0)
    if None in sums:
        sums[NATIONAL] = sums.pop(None)  # ranked by its label, as in the matrix
    rows = _ranked(sums, NATIONAL, none_last=False)
    return Table(N_("Visits by origin province"), [N_("province"), VISITS, N_("participants")], rows)


def _year(tally: Tally) -> Table:
    sums = _sum_by(tally, 2)
    rows = [[year, *sums[year]] for year in sorted(y for y in sums if y is not None)]
    if None in sums:
        rows.append([UNKNOWN, *sums[None]])
    return Table(N_("Visits by year"), [N_("year"), VISITS, N_("participants")], rows)


def _program(tally: Tally) -> Table:
    rows = _ranked(_sum_by(tally, 3), UNKNOWN, none_last=True)
    return Table(N_("Visits by training programme"), [N_("program"), VISITS, N_("participants")], rows)


def _place(province: str | None, regency: str | None) -> str:
    if regency and province:
        return f"{regency}, {province}"
    return regency or province or UNKNOWN


def _hosts(tally: Tally, n: int) -> Table:
    folded = tally.folded
    totals: dict[tuple, int] = {}
    for place, counts in tally.hosts.items():
        for agency, visits in counts.items():
            if agency not in folded:
                folded[agency] = _fold(agency)
            key = (folded[agency], *place)
            totals[key] = totals.get(key, 0) + visits
    top = heapq.nsmallest(n, totals, key=lambda k: (-totals[k], k[0], k[1] or "", k[2] or ""))
    rows = []
    for key in top:
        fold, province, regency = key
        spellings = {
            agency: visits for agency, visits in tally.hosts[province, regency].items() if folded[agency] == fold
        }
        # Show the spelling used most often; the first seen wins a tie.
        name = max(spellings, key=spellings.__getitem__)
        rows.append([name, _place(province, regency), totals[key]])
    return Table(HOSTS_TITLE.format(n=n), [N_("host agency"), N_("destination"), VISITS], rows)


def _matrix(tally: Tally) -> Table:
    cells: dict[tuple, int] = {}
    origin_totals: dict = {}
    destination_totals: dict = {}
    for (origin, destination, *_), (visits, _) in tally.combos.items():
        origin = NATIONAL if origin is None else origin
        cells[origin, destination] = cells.get((origin, destination), 0) + visits
        origin_totals[origin] = origin_totals.get(origin, 0) + visits
        destination_totals[destination] = destination_totals.get(destination, 0) + visits
    destinations = _order(destination_totals, none_last=True)
    rows = [
        [origin, *(cells.get((origin, d), 0) for d in destinations)]
        for origin in _order(origin_totals, none_last=False)
    ]
    return Table(
        N_("Visits from origin province (rows) to destination province (columns)"),
        [N_("origin"), *(UNKNOWN if d is None else d for d in destinations)],
        rows,
    )


def tables_from_tally(tally: Tally, top: int = 10) -> dict[str, Table]:
    """Every table from counts made elsewhere (diklat_cli.index.stats_tables counts in SQL)."""
    return {
        "destination": _destination(tally),
        "origin": _origin(tally),
        "year": _year(tally),
        "program": _program(tally),
        "hosts": _hosts(tally, top),
        "matrix": _matrix(tally),
    }
