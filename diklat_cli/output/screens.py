"""Screens: rich tables, the record view, evidence, import summaries, stats.

Data goes to stdout, messages to stderr. Text that comes from articles passes through
`safe()` (console.py) first, so an article cannot move the cursor, recolour or clear the
terminal.
"""

from __future__ import annotations

import os
import sys

from diklat_cli import i18n
from diklat_cli.i18n import N_, ngettext
from diklat_cli.i18n import gettext as _
from diklat_cli.output.console import err, one_line, out, plain, safe


def record_json(record) -> dict:
    return record.model_dump(mode="json")


def extractions_json(extractions, evidence: bool = False) -> list[dict]:
    from diklat_cli.models import visit_json

    items = []
    for e in extractions:
        item = visit_json(e.visit)
        if evidence:
            item["evidence"] = {k: v.model_dump(mode="json") for k, v in e.evidence.items()}
        items.append(item)
    return items


def report_json(report) -> list[dict]:
    return [
        {
            "input": o.name,
            "status": o.status,
            "message": o.message,
            "visits": [r.id for r in o.records] if o.status == "imported" else [],
        }
        for o in report.outcomes
    ]


# ---------------------------------------------------------------- import


def import_summary(report, dry_run: bool = False) -> None:
    # plain prints: a message is one line however narrow the terminal (rich would wrap it)
    visits = ngettext("{count} visit", "{count} visits", report.visits).format(count=report.visits)
    articles = report.count("imported")
    sources = ngettext("{count} article", "{count} articles", articles).format(count=articles)
    if dry_run:
        parts = [_("would import {visits} from {articles}").format(visits=visits, articles=sources)]
    else:
        parts = [_("imported {visits} from {articles}").format(visits=visits, articles=sources)]
    if report.count("duplicate"):
        duplicates = report.count("duplicate")
        parts.append(_("{count} already imported (skipped; --force re-extracts)").format(count=duplicates))
    if report.count("no-visit"):
        parts.append(_("{count} with no visit").format(count=report.count("no-visit")))
    if report.count("error"):
        parts.append(_("{count} failed").format(count=report.count("error")))
    parts += _export_counts(report)
    sys.stderr.flush()
    print("; ".join(parts), file=sys.stderr)
    _export_lines(report)
    for o in report.outcomes:
        if o.status == "no-visit":
            print(_("no visit found: {input}").format(input=one_line(o.name)), file=sys.stderr)
    for o in report.outcomes:
        if o.status == "error":
            line = _("error: {input}: {reason}").format(input=one_line(o.name), reason=one_line(o.message))
            print(line, file=sys.stderr)


def _export_counts(report) -> list[str]:
    """What happened to the records of diklat exports that the store already had."""
    counts = (
        ("same", "{} already in the store (identical, skipped)"),
        ("conflicts", "{} differing from the store (kept as stored)"),
        ("replaced", "replaced {}"),
        ("merged", "merged {} as edits"),
        ("rejected", "{} record(s) rejected"),
        ("repaired", "{} repair(s)"),
    )
    return [text.format(report.total(name)) for name, text in counts if report.total(name)]


def _export_lines(report) -> None:
    """One line per conflict, rejected record and repair, naming the file and the place in it."""
    for kind, name in (("conflict", "conflicts"), ("rejected", "rejected"), ("repaired", "repaired")):
        for o in report.outcomes:
            for line in getattr(o, name):
                print(f"{kind}: {one_line(o.name)}: {one_line(line)}", file=sys.stderr)


def print_records(report) -> None:
    records = [r for o in report.outcomes if o.status == "imported" for r in o.records]
    if records:
        visits_table(records)


def print_extractions(extractions) -> None:
    for i, e in enumerate(extractions, 1):
        show_visit(e.visit, title=_("visit {number} of {count}").format(number=i, count=len(extractions)))


# ---------------------------------------------------------------- tables


def _date_range(record) -> str:
    """29 Agu–2 Sep 2016 / 29 Aug–2 Sep 2016: as the user's language writes it."""
    if record.start_date is None and record.end_date is None:
        return "?"
    return i18n.date_range(record.start_date, record.end_date)


def _number(value) -> str:
    return "" if value is None else i18n.format_number(value)


def _place(province, regency) -> str:
    if regency:
        return f"{regency} ({province})" if province else regency
    return province or "—"


def _short_place(province, regency, institution=None) -> str:
    if regency:
        return regency.replace("Kabupaten ", "Kab. ")
    return province or institution or "—"


# Above this many visits a terminal gets the plain table too: rich needs ~1.5 ms a row.
RICH_MAX_ROWS = 500

# (header, right-aligned, min width, max width or 0 for "the rest of the line"); the
# headers are msgids: visits_table shows them in the user's language
_VISIT_COLUMNS = (
    (N_("id"), False, 8, 8),
    (N_("dates"), False, 16, 23),
    (N_("programme"), False, 4, 14),
    # Translators: a 3-letter column head for the cohort (angkatan) number
    (N_("ang"), True, 3, 3),
    # Translators: a 3-letter column head for the number of participants (peserta)
    (N_("pst"), True, 3, 6),
    (N_("origin"), False, 8, 24),
    (N_("destination"), False, 8, 24),
    (N_("lokus"), False, 10, 0),
)


def visits_table(records, review: bool = False) -> None:
    """One line per visit; `show ID` has every field. A rich table on a terminal; plain
    aligned text into a pipe or file, and for long lists (fast, and easy to grep)."""
    if not records:
        err().print(_("no visits match"), markup=False)
        return
    if review:
        from diklat_cli.query.review import review_reasons
    rows = []
    for r in records:
        row = [
            one_line(r.id[:8]),
            _date_range(r),
            safe(r.program or "?"),
            _number(r.cohort or None),
            _number(r.participants or None),
            safe(_short_place(r.origin.province, r.origin.regency, r.origin.institution)),
            safe(_short_place(r.destination.province, r.destination.regency)),
            safe("; ".join(r.host_agencies)),
        ]
        if review:
            row.append(", ".join(review_reasons(r)))
        rows.append(row)
    columns = [(_(name), *rest) for name, *rest in _VISIT_COLUMNS]
    if review:
        columns.append((_("check"), False, 5, 40))
    console = out()
    if console.is_terminal and len(rows) <= RICH_MAX_ROWS:
        _rich_table(console, columns, rows)
    else:
        # into a file or pipe, lines are not cut to a made-up width (unless COLUMNS says so)
        width = console.width if console.is_terminal or os.environ.get("COLUMNS") else 100_000
        sys.stdout.write(plain_table(columns, rows, width))
        sys.stdout.flush()
    err().print(_visits(len(records)), markup=False)


def _visits(count: int) -> str:
    return ngettext("{count} visit", "{count} visits", count).format(count=i18n.format_number(count))


def _rich_table(console, columns, rows) -> None:
    from rich import box
    from rich.table import Table

    table = Table(
        header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False, expand=True, padding=(0, 1), collapse_padding=True
    )
    for name, right, low, high in columns:
        table.add_column(
            name,
            style="cyan" if name == "id" else None,
            justify="right" if right else "left",
            no_wrap=True,
            overflow="ellipsis",
            min_width=low,
            max_width=high or None,
            ratio=None if high else 1,
        )
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _cells(text: str) -> int:
    if text.isascii():
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` terminal cells, with … where it was cut."""
    if _cells(text) <= width:
        return text
    from rich.cells import set_cell_size

    return set_cell_size(text, width - 1) + "…"


def plain_table(columns, rows: list[list[str]], width: int) -> str:
    """Rows as aligned text within `width` cells: a header line, a rule, one line a row.
    Each column is as wide as its widest cell up to its maximum (a column without one takes
    the rest of the line); when the line is still too long, the columns with the most
    room above their minimum give way first."""
    widths, floors = [], []
    for n, (name, _right, low, high) in enumerate(columns):
        widest = max([_cells(name), *(_cells(row[n]) for row in rows)])
        widths.append(min(widest, high) if high else widest)
        floors.append(min(low, widest))
    fixed = sum(w for w, c in zip(widths, columns, strict=True) if c[3]) + len(columns) - 1
    for n, column in enumerate(columns):
        if not column[3]:
            widths[n] = max(floors[n], min(widths[n], width - fixed))
    excess = sum(widths) + len(columns) - 1 - width
    while excess > 0:
        n = max(range(len(columns)), key=lambda i: widths[i] - floors[i])
        if widths[n] <= floors[n]:
            break
        widths[n] -= 1
        excess -= 1
    lines = []
    for row in [[c[0] for c in columns], None, *rows]:
        if row is None:
            lines.append(" ".join("─" * w for w in widths))
            continue
        cells = []
        for text, w, (_name, right, _low, _high) in zip(row, widths, columns, strict=True):
            text = _fit(text, w)
            pad = " " * (w - _cells(text))
            cells.append(pad + text if right else text + pad)
        lines.append(" ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def _day(value) -> str | None:
    return None if value is None else i18n.format_date(value)


def _visit_rows(visit) -> list[tuple[str, str]]:
    rows = [
        (N_("programme"), visit.program),
        (N_("cohort"), _number(visit.cohort)),
        (N_("activity"), visit.activity),
        (N_("participants"), _number(visit.participants)),
        (N_("origin"), visit.origin.institution),
        (N_("origin province"), visit.origin.province),
        (N_("origin regency"), visit.origin.regency),
        (N_("organizer"), visit.organizer),
        (N_("destination province"), visit.destination.province),
        (N_("destination regency"), visit.destination.regency),
        (N_("host"), visit.destination.host),
        (N_("host agencies"), "; ".join(visit.host_agencies)),
        (N_("start"), _day(visit.start_date)),
        (N_("end"), _day(visit.end_date)),
        (N_("officials"), "\n".join(f"{o.name} — {o.title}" if o.title else o.name for o in visit.officials)),
        (N_("outlet"), visit.source.outlet),
        (N_("reporter"), visit.source.reporter),
        (N_("editor"), visit.source.editor),
        (N_("dateline"), visit.source.dateline),
        (N_("published"), _day(visit.source.published)),
        (N_("title"), visit.source.title),
    ]
    return [(_(k), safe(v) if v not in (None, "") else "—") for k, v in rows]


def show_visit(visit, title: str | None = None) -> None:
    from rich.table import Table

    table = Table(show_header=False, box=None, title=title, title_justify="left", pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, value in _visit_rows(visit):
        table.add_row(key, value)
    out().print(table)


def show_record(record) -> None:
    from rich.table import Table

    show_visit(record, title=_("visit {id}").format(id=one_line(record.id)))
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    sources = [record.provenance, *record.also_reported_by]
    for p in sources:
        where = p.url or p.file or "?"
        about = _("sha256 {sha}, imported {time}, extractor {version}").format(
            sha=p.sha256[:12], time=f"{p.imported_at:%Y-%m-%d %H:%M}", version=p.extractor_version
        )
        table.add_row(_("source"), safe(f"{where}  ({about})"))
    if record.manual:
        table.add_row(_("edited by hand"), ", ".join(record.manual))
    out().print(table)


_COLOURS = ["yellow", "green", "cyan", "magenta", "blue", "red", "bright_yellow", "bright_green"]


def show_evidence(record, text: str) -> None:
    """The article with each field's spans highlighted, and a legend of field → colour."""
    from rich.text import Text

    body = Text(safe(text))
    legend = Text()
    fields = [(name, ev) for name, ev in record.evidence.items() if ev.spans]
    for i, (name, ev) in enumerate(fields):
        colour = _COLOURS[i % len(_COLOURS)]
        style = f"bold black on {colour}"
        for start, end in ev.spans:
            if 0 <= start < end <= len(text):
                body.stylize(style, start, end)
        legend.append(f" {name} ", style=style)
        legend.append(f" {ev.confidence:.1f}  ")
    out().print(legend)
    out().print()
    out().print(body)
    if plain() or not out().is_terminal:
        # without colour, list the spans so the evidence is still readable
        for name, ev in fields:
            quotes = " | ".join(safe(text[s:e]) for s, e in ev.spans if 0 <= s < e <= len(text))
            out().print(f"{name}: {quotes}", markup=False)


# ---------------------------------------------------------------- stats


def _bar(value: float, biggest: float, width: int = 24) -> str:
    if biggest <= 0:
        return ""
    cells = value / biggest * width
    full = int(cells)
    return "█" * full + ("▌" if cells - full >= 0.5 else "")


def _title(title: str) -> str:
    """A stats table's title in the user's language (the data keeps it in English)."""
    from diklat_cli.query.stats import HOSTS_TITLE

    head, sep, rest = HOSTS_TITLE.partition("{n}")
    if sep and title.startswith(head) and title.endswith(rest):
        return _(HOSTS_TITLE).format(n=title[len(head) : len(title) - len(rest)])
    return _(title)


def _stats_cell(value, first: bool) -> str:
    """A label (the first column: never grouped, a year is 2016) or a count (1.234 in id)."""
    if isinstance(value, int) and not first:
        return i18n.format_number(value)
    from diklat_cli.query.stats import NATIONAL, UNKNOWN

    return _(value) if value in (UNKNOWN, NATIONAL) else safe(value)


def _stats_rows(table) -> list[list[str]]:
    return [[_stats_cell(cell, n == 0) for n, cell in enumerate(row)] for row in table.rows]


def _has_bars(table) -> bool:
    from diklat_cli.query.stats import VISITS

    return len(table.columns) > 1 and table.columns[1] == VISITS


def stats_screen(tables: dict, total: int) -> None:
    """Every table with bar charts: rich on a terminal, plain aligned text into a file or
    pipe (rich took ~0.5 s to draw the origin x destination matrix)."""
    if not out().is_terminal:
        sys.stdout.write(_plain_stats(tables, total))
        sys.stdout.flush()
        return
    from rich.table import Table

    console = out()
    console.print(_visits(total), style="bold", markup=False)
    for table_data in tables.values():
        table = Table(title=_title(table_data.title), title_justify="left", header_style="bold", pad_edge=False)
        for col in table_data.columns:
            table.add_column(_(safe(col)), overflow="fold")
        numeric = _has_bars(table_data)
        if numeric:
            table.add_column("")
            biggest = max((row[1] for row in table_data.rows), default=0)
        for row, cells in zip(table_data.rows, _stats_rows(table_data), strict=True):
            if numeric:
                cells.append(_bar(row[1], biggest))
            table.add_row(*cells)
        console.print(table)


def _plain_stats(tables: dict, total: int) -> str:
    parts = [_visits(total) + "\n"]
    for table in tables.values():
        columns = [(_(safe(table.columns[0])), False, 1, 0)]
        columns += [(_(safe(name)), True, 1, 0) for name in table.columns[1:]]
        rows = _stats_rows(table)
        if _has_bars(table):
            columns.append(("", False, 0, 0))
            biggest = max((row[1] for row in table.rows), default=0)
            for row, cells in zip(table.rows, rows, strict=True):
                cells.append(_bar(row[1], biggest))
        parts.append(f"\n{_title(safe(table.title))}\n")
        parts.append(plain_table(columns, rows, 100_000) if rows else _("(none)") + "\n")
    return "".join(parts)
