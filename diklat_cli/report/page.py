"""`diklat report --html`: one self-contained page, no script, no request to any host.

The page carries a Content-Security-Policy of `default-src 'none'` (inline styles and data:
images only), so even a stored string that slipped through escaping could not load anything.
Every stored string goes through `esc()`; only http(s) source URLs become links, opened with
no referrer.
"""

from __future__ import annotations

import datetime as dt

from diklat_cli.report.charts import BAR_TABLES, bar_chart, map_notes, map_scene, number, rows, totals, year_chart
from diklat_cli.report.common import as_dicts, filter_lines, get, period, source_url
from diklat_cli.report.labels import column, label, value
from diklat_cli.report.scene import esc, to_svg

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
HEAT_STEPS = 5
CHUNK = 250  # visits per block of the table
# Longer host lists and headlines are cut in the page (the workbook keeps them whole): it keeps
# 10,000 visits well under 5 MB whatever the articles say.
LONG_CELL = 160

STYLE = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 "DejaVu Sans",Verdana,Arial,sans-serif;color:#222;background:#fff}
main{max-width:1000px;margin:0 auto;padding:12px}
h1{font-size:1.6em;margin:.3em 0 .1em}
h2{font-size:1.15em;margin:1.4em 0 .4em}
.meta{color:#666;margin:0 0 .8em}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:8px;margin:.8em 0}
.figure{border:1px solid #e2e2e2;border-radius:6px;padding:8px 10px}
.figure b{display:block;font-size:1.5em;color:#2b6cb0}
.figure span{color:#666;font-size:.85em}
svg{max-width:100%;height:auto;display:block}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,440px),1fr));gap:16px 24px;margin-top:1em}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
.wide{min-width:640px}
.wide svg{width:100%}
table{border-collapse:collapse;font-size:.85em}
th,td{border-bottom:1px solid #e8e8e8;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f4f6f8;position:sticky;top:0}
th.n,.visits td:nth-child(3),.visits td:nth-child(4){text-align:right}
.visits{table-layout:fixed;width:76.5em}
.visits td{overflow-wrap:anywhere}
.visits col:nth-child(1){width:7em}.visits col:nth-child(2){width:8em}.visits col:nth-child(3){width:5.5em}
.visits col:nth-child(4){width:7em}.visits col:nth-child(5),.visits col:nth-child(6){width:11em}
.visits col:nth-child(7){width:13em}.visits col:nth-child(8){width:14em}
.rows{content-visibility:auto}
.matrix td{text-align:right;min-width:2.2em}
.matrix th.o{position:sticky;left:0;background:#f4f6f8}
.h1{background:#e3edf7}.h2{background:#c2d6ec}.h3{background:#93b6dc}.h4{background:#5d8fc8;color:#fff}
.h5{background:#2b6cb0;color:#fff}
a{color:#1f5f99}
details{margin:.3em 0 0;font-size:.9em}summary{cursor:pointer;color:#1f5f99}
.numbers td:not(:first-child){text-align:right}
footer{color:#666;font-size:.8em;margin:2em 0 1em}
@media (max-width:600px){body{font-size:14px}main{padding:8px}}
@media print{body{-webkit-print-color-adjust:exact;print-color-adjust:exact}
main{max-width:none}.scroll{overflow:visible}.wide{min-width:0}th{position:static}
section,svg,.figure{break-inside:avoid}a{color:inherit;text-decoration:none}}
"""


def html_report(stats: dict, visits: list, *, filters: dict, lang: str) -> str:
    label("visits", lang)  # an unknown language fails before any work
    visits = as_dicts(visits)
    out: list[str] = []
    title = label("report_title", lang)
    out.append(
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
    )
    generated = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    set_filters = filter_lines(filters)
    shown_filters = "; ".join(f"{n} = {v}" for n, v in set_filters) if set_filters else label("no_filters", lang)
    out.append(f"<header><h1>{esc(title)}</h1>\n<p class=\"meta\">{esc(label('generated', lang))}: {generated}"
               f" · {esc(label('filters', lang))}: {esc(shown_filters)}</p></header>\n")  # fmt: skip
    out.append(_figures(stats, visits, lang))
    # The map and the years keep a minimum width and scroll sideways on a phone: shrunk to
    # 360 px their labels would be unreadable.
    notes = "".join(f'<p class="meta">{esc(note)}</p>' for note in map_notes(stats, lang))
    out.append(f'<section id="map"><h2>{esc(label("map_title", lang))}</h2><div class="scroll">'
               f'<div class="wide">{to_svg(map_scene(stats, lang, bare=True), standalone=False)}</div></div>'
               f"{notes}</section>\n")  # fmt: skip
    out.append('<section class="charts">')
    for key in BAR_TABLES:
        chart = to_svg(bar_chart(stats, key, lang), standalone=False)
        out.append(f'<div id="chart-{key}">{chart}{_numbers(stats, key, lang)}</div>')
    out.append("</section>\n")
    out.append(f'<section id="chart-year"><h2>{esc(label("table_year", lang))}</h2><div class="scroll">'
               f'<div class="wide">{to_svg(year_chart(stats, lang, bare=True), standalone=False)}</div></div>'
               f'{_numbers(stats, "year", lang)}</section>\n')  # fmt: skip
    out.append(_matrix(stats, lang))
    out.append(_visits(visits, lang))
    out.append(f"<footer>{esc(label('map_attribution', lang))} diklat</footer>\n</main>\n</body>\n</html>\n")
    return "".join(out)


def _figures(stats: dict, visits: list[dict], lang: str) -> str:
    n_visits, participants = totals(stats)
    span = period(visits)
    figures = [
        (number(n_visits, lang), label("visits", lang)),
        (number(participants, lang), label("participants", lang)),
        (number(len(rows(stats, "origin")), lang), label("origins", lang)),
        (number(len(rows(stats, "destination")), lang), label("destinations", lang)),
        (number(len(rows(stats, "program")), lang), label("programs", lang)),
    ]
    if span is not None:
        first, last = span
        text = str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
        figures.append((text, label("period", lang)))
    cards = "".join(f'<div class="figure"><b>{esc(n)}</b><span>{esc(name)}</span></div>' for n, name in figures)
    return f'<section class="figures">{cards}</section>\n'


def _numbers(stats: dict, key: str, lang: str) -> str:
    """The chart's table, every row, folded away: for screen readers and beyond the top 15."""
    table = stats.get(key) or {}
    data = rows(stats, key)
    if not data:
        return ""
    columns = list(table.get("columns") or [])
    head = "".join(f"<th>{esc(column(c, lang))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{esc(value(cell, lang))}</td>" for cell in row) + "</tr>" for row in data)
    summary = esc(label("show_table", lang, n=number(len(data), lang)))
    return f'<details><summary>{summary}</summary><table class="numbers"><tr>{head}</tr>{body}</table></details>'


def _matrix(stats: dict, lang: str) -> str:
    table = stats.get("matrix") or {}
    columns = list(table.get("columns") or [])
    data = rows(stats, "matrix")
    if not data:
        return ""
    peak = max((cell for row in data for cell in row[1:]), default=0) or 1
    out = [f'<section id="matrix"><h2>{esc(label("table_matrix", lang))}</h2><div class="scroll">'
           f'<table class="matrix"><thead><tr><th class="o">{esc(column("origin", lang))}</th>']  # fmt: skip
    out.extend(f'<th class="n">{esc(value(name, lang))}</th>' for name in columns[1:])
    out.append("</tr></thead><tbody>")
    for row in data:
        out.append(f'<tr><th class="o">{esc(value(row[0], lang))}</th>')
        for cell in row[1:]:
            if not cell:
                out.append("<td></td>")
                continue
            step = max(1, min(HEAT_STEPS, round(HEAT_STEPS * cell / peak + 0.49)))
            out.append(f'<td class="h{step}">{cell}</td>')
        out.append("</tr>")
    out.append("</tbody></table></div></section>\n")
    return "".join(out)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _place(visit: dict, side: str) -> str:
    if side == "origin":
        parts = [get(visit, ("origin", "institution")) or get(visit, ("origin", "regency"))]
        province = get(visit, ("origin", "province"))
    else:
        parts = [get(visit, ("destination", "host")) or get(visit, ("destination", "regency"))]
        province = get(visit, ("destination", "province"))
    if province and province not in parts:
        parts.append(province)
    return ", ".join(str(p) for p in parts if p)


def _visits(visits: list[dict], lang: str) -> str:
    heads = ["date", "program", "cohort", "participants", "origin", "destination", "hosts", "source"]
    out = [f'<section id="visits"><h2>{esc(label("visits_table", lang))}</h2>'
           f'<p class="meta">{esc(label("visits_shown", lang, n=number(len(visits), lang)))}</p>']  # fmt: skip
    if not visits:
        out.append(f"<p>{esc(label('no_visits', lang))}</p></section>\n")
        return "".join(out)
    # Fixed column widths and blocks of CHUNK rows that the browser lays out only when scrolled
    # to (content-visibility): an auto-sized table of 10,000 rows takes seconds to lay out.
    cols = "<colgroup>" + "<col>" * len(heads) + "</colgroup>"
    out.append(f'<div class="scroll"><table class="visits">{cols}<thead><tr>')
    out.extend(f"<th{' class=n' if h in ('cohort', 'participants') else ''}>{esc(column(h, lang))}</th>" for h in heads)
    out.append("</tr></thead></table>\n")
    for i, visit in enumerate(visits):
        if i % CHUNK == 0:
            close = "</tbody></table></div>" if i else ""
            # the height a block stands for until drawn: ~3 lines a row (the real one once seen)
            guess = 58 * min(CHUNK, len(visits) - i)
            out.append(f'{close}<div class="rows" style="contain-intrinsic-size:auto {guess}px">'
                       f'<table class="visits">{cols}<tbody>\n')  # fmt: skip
        cohort = visit.get("cohort")
        participants = visit.get("participants")
        hosts = _cut("; ".join(str(h) for h in visit.get("host_agencies") or []), LONG_CELL)
        outlet = get(visit, ("source", "outlet"))
        title = _cut(str(get(visit, ("source", "title")) or get(visit, ("provenance", "file")) or ""), LONG_CELL)
        url = source_url(visit)
        # no rel="noreferrer" on each: the page's referrer policy covers every link
        source = f'<a href="{esc(url)}">{esc(title or url)}</a>' if url else esc(title)
        if outlet:
            source = f"{esc(outlet)}: {source}" if source else esc(outlet)
        cells = (
            esc(visit.get("start_date") or ""),
            esc(visit.get("program") or ""),
            "" if cohort is None else esc(cohort),
            "" if participants is None else esc(participants),
            esc(_place(visit, "origin")),
            esc(_place(visit, "destination")),
            esc(hosts),
            source,
        )
        out.append(
            # No class per cell (CSS picks columns by position): 10,000 rows are a third of the page.
            f"<tr><td>{cells[0]}</td><td>{cells[1]}</td><td>{cells[2]}</td><td>{cells[3]}</td>"
            f"<td>{cells[4]}</td><td>{cells[5]}</td><td>{cells[6]}</td><td>{cells[7]}</td></tr>\n"
        )
    out.append("</tbody></table></div></div></section>\n")
    return "".join(out)
