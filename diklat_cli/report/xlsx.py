"""`diklat report --xlsx`: a workbook with a summary, the stats tables with native charts, and the visits."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from diklat_cli.output.formats import CSV_SPEC, LIST_SEPARATOR, needs_quote  # the export's rules, so both agree
from diklat_cli.report.charts import TABLE_KEYS, rows, totals
from diklat_cli.report.common import as_dicts, filter_lines, get, parse_date, period
from diklat_cli.report.labels import column, label, value

CHART_ROWS = 25  # the chart shows the top rows; the sheet keeps them all
_MAX_ROWS = 1_048_576


def workbook_bytes(stats: dict, visits: list, *, filters: dict, lang: str) -> bytes:
    import xlsxwriter  # lazily: only this report needs it

    label("visits", lang)  # an unknown language fails before any work
    visits = as_dicts(visits)
    out = io.BytesIO()
    # strings_to_* off: text from news articles is only ever written as text.
    book = xlsxwriter.Workbook(
        out,
        {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False},
    )
    f = {
        "title": book.add_format({"bold": True, "font_size": 14}),
        "bold": book.add_format({"bold": True}),
        "head": book.add_format({"bold": True, "bottom": 1}),
        "date": book.add_format({"num_format": "yyyy-mm-dd"}),
        "quoted": book.add_format({"quote_prefix": True}),
        "left": book.add_format({"align": "left"}),
        "muted": book.add_format({"font_color": "#666666", "italic": True}),
    }
    _summary(book, f, stats, visits, filters, lang)
    for key in TABLE_KEYS:
        if key == "matrix":
            _matrix(book, f, stats, lang)
        else:
            _table(book, f, stats, key, lang)
    _visits(book, f, visits, lang)
    book.close()
    return out.getvalue()


def write_workbook(path: Path, stats: dict, visits: list, *, filters: dict, lang: str) -> None:
    from diklat_cli.store.durable import atomic_write_bytes

    atomic_write_bytes(path, workbook_bytes(stats, visits, filters=filters, lang=lang))


def _text(sheet, row: int, col: int, text: str, f: dict, fmt=None) -> None:
    """Text as text: a cell that looks like a formula gets Excel's quote prefix (shown as is, kept text)."""
    sheet.write_string(row, col, text, f["quoted"] if needs_quote(text) else fmt)


def _summary(book, f: dict, stats: dict, visits: list[dict], filters: dict, lang: str) -> None:
    sheet = book.add_worksheet(label("sheet_summary", lang))
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 34)
    sheet.set_column(2, 2, 48)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.write_string(0, 0, label("report_title", lang), f["title"])
    n_visits, participants = totals(stats)
    span = period(visits)
    if span is None:
        years = [r[0] for r in rows(stats, "year") if isinstance(r[0], int)]
        span_text = f"{min(years)} – {max(years)}" if years else "–"
    else:
        span_text = f"{span[0].isoformat()} – {span[1].isoformat()}"
    lines: list[tuple[str, object]] = [
        (label("generated", lang), dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        (label("visits", lang), n_visits),
        (label("participants", lang), participants),
        (label("period", lang), span_text),
        (label("origins", lang), len(rows(stats, "origin"))),
        (label("destinations", lang), len(rows(stats, "destination"))),
        (label("programs", lang), len(rows(stats, "program"))),
    ]
    r = 2
    for name, val in lines:
        sheet.write_string(r, 0, name, f["bold"])
        if isinstance(val, int):
            sheet.write_number(r, 1, val, f["left"])
        else:
            sheet.write_string(r, 1, str(val))
        if name == label("participants", lang):
            sheet.write_string(r, 2, label("participants_note", lang), f["muted"])
        r += 1
    r += 1
    sheet.write_string(r, 0, label("filters", lang), f["bold"])
    set_filters = filter_lines(filters)
    if not set_filters:
        sheet.write_string(r, 1, label("no_filters", lang))
    for name, val in set_filters:
        _text(sheet, r, 1, f"{name} = {val}", f)
        r += 1


def _table(book, f: dict, stats: dict, key: str, lang: str) -> None:
    sheet = book.add_worksheet(label(f"sheet_{key}", lang))
    table = stats.get(key) or {}
    columns = list(table.get("columns") or [])
    data = rows(stats, key)
    sheet.write_string(0, 0, label(f"table_{key}", lang), f["title"])
    for c, name in enumerate(columns):
        sheet.write_string(2, c, column(name, lang), f["head"])
    widths = [len(column(name, lang)) + 2 for name in columns]
    for r, row in enumerate(data, start=3):
        for c, cell in enumerate(row):
            shown = value(cell, lang)
            if isinstance(shown, int | float) and not isinstance(shown, bool):
                sheet.write_number(r, c, shown)
            else:
                _text(sheet, r, c, str(shown), f)
            widths[c] = max(widths[c], len(str(shown)) + 2)
    for c, width in enumerate(widths):
        sheet.set_column(c, c, min(width, 60))
    sheet.freeze_panes(3, 0)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)  # printed: the table and its chart across one page wide
    if not data:
        return
    # Native chart of the visits column; a year is a column chart, a ranking a bar chart.
    visits_col = columns.index("visits")
    last = 3 + min(len(data), CHART_ROWS) - 1
    name = sheet.get_name()
    chart = book.add_chart({"type": "column" if key == "year" else "bar"})
    chart.add_series(
        {
            "name": column("visits", lang),
            "categories": [name, 3, 0, last, 0],
            "values": [name, 3, visits_col, last, visits_col],
            "fill": {"color": "#2B6CB0"},
            "data_labels": {"value": True},
        }
    )
    title = label(f"table_{key}", lang)
    if len(data) > CHART_ROWS:
        title += f" (top {CHART_ROWS})"
    chart.set_title({"name": title, "name_font": {"size": 12}})
    chart.set_legend({"none": True})
    peak = max(row[visits_col] for row in data)
    axis = {"min": 0, "major_unit": 1} if isinstance(peak, int) and peak <= 10 else {"min": 0}  # no "0.5 visits"
    if key == "year":
        chart.set_y_axis(axis)
    else:
        chart.set_x_axis(axis)  # a bar chart's value axis is its x axis
        chart.set_y_axis({"reverse": True})  # bar charts list categories bottom-up otherwise
    height = 120 + 22 * (last - 2) if key != "year" else 320
    chart.set_size({"width": 640, "height": max(300, height)})
    sheet.insert_chart(2, len(columns) + 1, chart)


def _matrix(book, f: dict, stats: dict, lang: str) -> None:
    sheet = book.add_worksheet(label("sheet_matrix", lang))
    table = stats.get("matrix") or {}
    columns = list(table.get("columns") or [])
    data = rows(stats, "matrix")
    sheet.write_string(0, 0, label("table_matrix", lang), f["title"])
    for c, name in enumerate(columns):
        shown = column(name, lang) if c == 0 else str(value(name, lang))
        _text(sheet, 2, c, shown, f, f["head"])
    for r, row in enumerate(data, start=3):
        _text(sheet, r, 0, str(value(row[0], lang)), f, f["bold"])
        for c, cell in enumerate(row[1:], start=1):
            sheet.write_number(r, c, cell)
    sheet.set_column(0, 0, 28)
    if len(columns) > 1:
        sheet.set_column(1, len(columns) - 1, 12)
    sheet.freeze_panes(3, 1)
    if data and len(columns) > 1:
        # A heat map Excel keeps live: the colour follows the numbers if someone edits them.
        sheet.conditional_format(
            3, 1, 2 + len(data), len(columns) - 1,
            {"type": "2_color_scale", "min_color": "#FFFFFF", "max_color": "#2B6CB0"},
        )  # fmt: skip


def _visits(book, f: dict, visits: list[dict], lang: str) -> None:
    """The columns of `diklat export --csv`, typed as `export --xlsx` types them."""
    sheet = book.add_worksheet(label("sheet_visits", lang))
    if len(visits) + 1 >= _MAX_ROWS:
        raise ValueError(f"too many visits for one XLSX sheet (limit {_MAX_ROWS - 1})")
    widths = [len(name) + 2 for name, _, _ in CSV_SPEC]
    for c, (name, _, _) in enumerate(CSV_SPEC):
        sheet.write_string(0, c, name, f["head"])
    for r, visit in enumerate(visits, start=1):
        for c, (_, path, kind) in enumerate(CSV_SPEC):
            raw = get(visit, path)
            if raw is None or raw == "" or raw == []:
                continue
            if kind == "int" and isinstance(raw, int):
                sheet.write_number(r, c, raw)
                continue
            if kind == "date" and (day := parse_date(raw)) is not None:
                sheet.write_datetime(r, c, dt.datetime(day.year, day.month, day.day), f["date"])
                widths[c] = max(widths[c], 12)
                continue
            if kind == "list":
                text = LIST_SEPARATOR.join(str(x) for x in raw)
            elif kind == "officials":
                text = LIST_SEPARATOR.join(
                    o.get("name", "") + (f" ({o['title']})" if o.get("title") else "") for o in raw
                )
            else:
                text = str(raw)  # ids stay text, so Excel never turns "012345" into a number
            _text(sheet, r, c, text, f)
            widths[c] = max(widths[c], min(len(text), 60) + 2)
    for c, width in enumerate(widths):
        sheet.set_column(c, c, min(width, 60))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(visits), len(CSV_SPEC) - 1)
