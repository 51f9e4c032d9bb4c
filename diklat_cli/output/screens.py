"""Screens: rich tables, the record view, evidence, import summaries, stats.

Data goes to stdout, messages to stderr. Text that comes from articles passes through
`safe()` (console.py) first, so an article cannot move the cursor, recolour or clear the
terminal.
"""

from __future__ import annotations

import functools
import json
import os
import sys

from diklat_cli import i18n
from diklat_cli.i18n import N_, ngettext
from diklat_cli.i18n import gettext as _
from diklat_cli.output.console import err, one_line, out, safe


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
            "too_complex": o.too_complex,  # an "error" given up at the work budget or length limit: exit 4
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
            line = _("no visit found: {input}").format(input=one_line(o.name))
            print(f"{line} ({no_visit_reason(o.no_visit)})" if o.no_visit else line, file=sys.stderr)
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


# what each test of extraction that found no visit tells the reader (extract.no_visit.NoVisit)
_NO_VISIT_REASONS = {
    "no-trip-words": N_("no words of a trip to a host"),
    "no-study-purpose": N_("no training programme, and no purpose of learning from the host"),
    "trips-talked-of": N_("trips are discussed, planned off or refused, none is reported"),
    "ceremony": N_("an opening, closing or graduation, with no trip told"),
    "course": N_("the group travels to attend a course, not to learn from a host"),
    "explainer": N_("explains an activity, reports no trip"),
    "no-host": N_("no place visited is named"),
    "no-travellers": N_("no group, sender or head count of people who went"),
    "students": N_("a trip of pupils or students"),
    "tally": N_("a host's count of the groups of a period"),
    "habit": N_("trips told as a habit, none reported"),
    "at-home": N_("the group stays in its own region"),
    "not-assembled": N_("no destination could be given to the visit"),
    "other-language": N_("written in another language; diklat reads reports in Indonesian"),
}


def no_visit_reason(code: str) -> str:
    """Why an article gave no visit, in the reader's language."""
    return _(_NO_VISIT_REASONS.get(code, code))


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


def _short_place(province, regency, institution=None, short: bool = False) -> str:
    if regency:
        return regency.replace("Kabupaten ", "Kab. ")
    if province and short:
        return short_province(province)
    return province or institution or "—"


@functools.cache
def _province_short_forms() -> dict[str, str]:
    from importlib import resources

    text = resources.files("diklat_cli.data").joinpath("place_aliases.json").read_text("utf-8")
    forms = {}
    for name, aliases in json.loads(text)["provinces"].items():
        words = [a for a in aliases if " " not in a and len(a) < len(name)]
        forms[name] = min(words, key=len) if words and len(name) > 9 else name
    return forms


def short_province(name: str) -> str:
    """The short form Indonesians write a province in ("Sulawesi Selatan" → "Sulsel",
    "Kepulauan Bangka Belitung" → "Babel", "DI Yogyakarta" → "DIY"); short names as they are."""
    return _province_short_forms().get(name, name)


# Above this many visits a terminal gets the plain table too: rich needs ~1.5 ms a row.
RICH_MAX_ROWS = 500
# Narrower than this, each visit's lokus goes on a line of its own under the visit.
WIDE = 120

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
# Narrow: the programme and the destination keep their width, the origin gives way first.
_NARROW_COLUMNS = tuple(
    {"programme": ("programme", False, 13, 14), "destination": ("destination", False, 20, 24)}.get(c[0], c)
    for c in _VISIT_COLUMNS
)
_INDENT = 9  # under the dates: past the id


def visits_table(records, review: bool = False, total: int | None = None) -> None:
    """One line per visit; `show ID` has every field. A rich table on a wide terminal;
    plain aligned text into a pipe or file (nothing cut), for long lists (fast, and easy
    to grep), and below WIDE columns, where the lokus goes on its own line under each
    visit and provinces take their short forms. `total`: how many there were before
    --limit."""
    if not records:
        err().print(_("no visits match"), markup=False)
        return
    console = out()
    # into a file or pipe, lines are not cut to a made-up width (unless COLUMNS says so)
    width = console.width if console.is_terminal or os.environ.get("COLUMNS") else None
    narrow = width is not None and width < WIDE
    if review:
        from diklat_cli.query.review import review_reasons
    rows = []
    for r in records:
        row = [
            one_line(r.id[:8]),
            _date_range(r),
            one_line(r.program or "?"),
            _number(r.cohort or None),
            _number(r.participants or None),
            one_line(_short_place(r.origin.province, r.origin.regency, r.origin.institution, short=narrow)),
            one_line(_short_place(r.destination.province, r.destination.regency, short=narrow)),
            one_line("; ".join(r.host_agencies)),
        ]
        if review:
            row.append(one_line(", ".join(review_reasons(r))))
        rows.append(row)
    columns = [(_(name), *rest) for name, *rest in (_NARROW_COLUMNS if narrow else _VISIT_COLUMNS)]
    if review:
        columns.append((_("check"), False, 5, 40))
    if narrow:
        assert width is not None
        text = narrow_table(columns, rows, width)
        if console.is_terminal and len(rows) <= RICH_MAX_ROWS:
            _print_styled(console, text)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    elif console.is_terminal and len(rows) <= RICH_MAX_ROWS:
        _rich_table(console, columns, rows)
    else:
        sys.stdout.write(plain_table(columns, rows, width))
        sys.stdout.flush()
    shown = len(records)
    if total is not None and total > shown:
        counted = _("{shown} of {total} visits").format(
            shown=i18n.format_number(shown), total=i18n.format_number(total)
        )
    else:
        counted = _visits(shown)
    err().print(counted, markup=False)


def _visits(count: int) -> str:
    return ngettext("{count} visit", "{count} visits", count).format(count=i18n.format_number(count))


def _print_styled(console, text: str) -> None:
    """The narrow table on a terminal: headers bold, ids cyan, as in the rich table."""
    from rich.text import Text

    lines = text.splitlines()
    for n, line in enumerate(lines):
        styled = Text(line)
        if n < 2:
            styled.stylize("bold")
        elif line[:1].strip():
            styled.stylize("cyan", 0, 8)
        console.print(styled, soft_wrap=True)


def narrow_table(columns, rows: list[list[str]], width: int) -> str:
    """The visits within `width` cells, the lokus (and review notes) on lines of their own
    under each visit, wrapped, never cut: the one-line columns share what is left."""
    import textwrap

    lokus = len(_VISIT_COLUMNS) - 1  # the lokus, then the review's reasons
    inline = [c for n, c in enumerate(columns) if n < lokus]
    below = [c[0] for c in columns[lokus:]]
    lines = plain_table(inline, [row[:lokus] for row in rows], width).splitlines()
    wrap = max(width - _INDENT, 20)
    out_lines = [lines[0], " " * _INDENT + " · ".join(below), lines[1]]
    for line, row in zip(lines[2:], rows, strict=True):
        out_lines.append(line)
        for n, (name, text) in enumerate(zip(below, row[lokus:], strict=True), lokus):
            if not text:
                continue
            label = "" if n == lokus else f"{name}: "
            for part in textwrap.wrap(label + text, wrap, break_long_words=False, break_on_hyphens=False):
                out_lines.append(" " * _INDENT + part)
    return "\n".join(out_lines) + "\n"


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


def plain_table(columns, rows: list[list[str]], width: int | None) -> str:
    """Rows as aligned text within `width` cells: a header line, a rule, one line a row.
    Each column is as wide as its widest cell up to its maximum (a column without one takes
    the rest of the line); when the line is still too long, the columns with the most
    room above their minimum give way first. `width` None: every cell whole (a file)."""
    widths, floors = [], []
    for n, (name, _right, low, high) in enumerate(columns):
        widest = max([_cells(name), *(_cells(row[n]) for row in rows)])
        widths.append(min(widest, high) if high and width is not None else widest)
        floors.append(min(low, widest))
    if width is None:
        width = sum(widths) + len(columns) - 1
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


def evidence_marks(text: str, spans) -> list[tuple[int, int, str]]:
    """(start, end, field) of the spans marked inline: in text order, none inside another
    (a span overlapping one already marked is left to the list under the article)."""
    marks: list[tuple[int, int, str]] = []
    for start, end, name in sorted(spans, key=lambda m: (m[0], -m[1])):
        if 0 <= start < end <= len(text) and (not marks or start >= marks[-1][1]):
            marks.append((start, end, name))
    return marks


def show_evidence(record, text: str) -> None:
    """The article with each field's spans marked ⟦field: …⟧ in the text itself, so that
    the marks read without colour (NO_COLOR, a pipe, colour-blind readers), coloured too on
    a terminal; a legend of field → colour and confidence; then each field's quotes."""
    from rich.text import Text

    legend = Text()
    fields = [(name, ev) for name, ev in record.evidence.items() if ev.spans]
    styles = {}
    for i, (name, ev) in enumerate(fields):
        styles[name] = f"bold black on {_COLOURS[i % len(_COLOURS)]}"
        legend.append(f" {name} ", style=styles[name])
        legend.append(f" {ev.confidence:.1f}  ")
    spans = [(start, end, name) for name, ev in fields for start, end in ev.spans]
    body = Text()
    at = 0
    for start, end, name in evidence_marks(text, spans):
        body.append(safe(text[at:start]))
        body.append(f"⟦{name}: ", style="bold")
        body.append(safe(text[start:end]), style=styles[name])
        body.append("⟧", style="bold")
        at = end
    body.append(safe(text[at:]))
    out().print(legend)
    out().print()
    out().print(body)
    out().print()
    # every span of every field, also those inside another field's span
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


OTHERS = N_("others")
_MATRIX_ROWS = 12  # origins shown by name on a bounded screen; the rest are "others"


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def fit_matrix(table, width: int | None):
    """The origin → destination matrix made to read on a screen `width` cells wide (None: a
    file, every column): provinces in their short forms, the busiest destinations as
    columns and origins as rows, the rest summed into an "others" column and row, zeros
    shown as "·"."""
    from diklat_cli.query.stats import Table

    destinations = list(table.columns[1:])
    rows = [list(row) for row in table.rows]
    label = max([len(OTHERS), *(len(short_province(str(r[0]))) for r in rows)], default=6)

    def col_width(n: int) -> int:
        values = [r[n + 1] for r in rows]
        return max(len(short_province(destinations[n])), len(i18n.format_number(max(values, default=0))), 1)

    keep = len(destinations)
    if width is not None:
        used = label
        keep = 0
        others = len(OTHERS) + 1
        for n in range(len(destinations)):
            need = col_width(n) + 1
            rest = others if n < len(destinations) - 1 else 0
            if used + need + rest > width:
                break
            used += need
            keep += 1
    folded = keep < len(destinations)
    out_rows = []
    for row in rows:
        cells = row[1 : keep + 1] + ([sum(row[keep + 1 :])] if folded else [])
        out_rows.append([short_province(str(row[0])), *cells])
    if width is not None and len(out_rows) > _MATRIX_ROWS + 1:
        tail = out_rows[_MATRIX_ROWS:]
        summed = [sum(r[n] for r in tail) for n in range(1, len(out_rows[0]))]
        out_rows = [*out_rows[:_MATRIX_ROWS], [_(OTHERS), *summed]]
    shown = [["·" if c == 0 else c for c in r] for r in out_rows]
    columns = [table.columns[0], *(short_province(d) for d in destinations[:keep])] + ([_(OTHERS)] if folded else [])
    return Table(table.title, columns, shown)


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

    return _(value) if value in (UNKNOWN, NATIONAL) else one_line(value)


def _stats_rows(table) -> list[list[str]]:
    return [[_stats_cell(cell, n == 0) for n, cell in enumerate(row)] for row in table.rows]


def _has_bars(table) -> bool:
    from diklat_cli.query.stats import VISITS

    return len(table.columns) > 1 and table.columns[1] == VISITS


def stats_screen(tables: dict, total: int) -> None:
    """Every table with bar charts: rich on a terminal, plain aligned text into a file or
    pipe (rich took ~0.5 s to draw the origin x destination matrix). The matrix is fitted
    to the width (fit_matrix); numbers are right-aligned."""
    width = out().width if out().is_terminal or os.environ.get("COLUMNS") else None
    if "matrix" in tables:
        tables = {**tables, "matrix": fit_matrix(tables["matrix"], width)}
    if not out().is_terminal:
        sys.stdout.write(_plain_stats(tables, total))
        sys.stdout.flush()
        return
    from rich.table import Table

    console = out()
    console.print(_visits(total), style="bold", markup=False)
    for table_data in tables.values():
        table = Table(title=_title(table_data.title), title_justify="left", header_style="bold", pad_edge=False)
        for n, col in enumerate(table_data.columns):
            numeric = n > 0 and all(_is_number(row[n]) or row[n] == "·" for row in table_data.rows)
            table.add_column(_(safe(col)), overflow="fold", justify="right" if numeric else "left")
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
        columns += [
            (_(safe(name)), all(_is_number(row[n]) or row[n] == "·" for row in table.rows), 1, 0)
            for n, name in enumerate(table.columns[1:], 1)
        ]
        rows = _stats_rows(table)
        if _has_bars(table):
            columns.append(("", False, 0, 0))
            biggest = max((row[1] for row in table.rows), default=0)
            for row, cells in zip(table.rows, rows, strict=True):
                cells.append(_bar(row[1], biggest))
        parts.append(f"\n{_title(safe(table.title))}\n")
        parts.append(plain_table(columns, rows, None) if rows else _("(none)") + "\n")
    return "".join(parts)
