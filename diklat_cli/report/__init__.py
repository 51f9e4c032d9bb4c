"""Reports people hand on: an Excel workbook with native charts, an offline HTML page with a flow
map of Indonesia, and the same charts as SVG or PNG (issue 15).

The API (all keyword arguments after the first two are required so call sites read plainly):

    write_workbook(path, stats, visits, *, filters, lang) -> None
        An .xlsx: summary sheet, one sheet per stats table with a native Excel chart, and the
        visits sheet with the columns of `diklat export --csv`.
    write_html(path, stats, visits, *, filters, lang) -> None
        One self-contained HTML file (no request to any host; a Content-Security-Policy forbids
        them): headline figures, the flow map, bar charts (inline SVG), the origin→destination
        matrix and the visits with links to their sources. Readable on a phone, printable.
    stats_svg(stats, *, lang) -> str
        The report's charts and map as one standalone SVG document (for `stats --svg`).
    stats_png(stats, *, lang, scale=2.0) -> bytes
        The same picture as PNG (for `stats --png`); needs Pillow, imported only then.

Arguments:
    path     a pathlib.Path (or str) to write; its folder is created; the file is replaced
             atomically (diklat_cli.store.durable.atomic_write_bytes).
    stats    exactly the dict `diklat stats --json` prints: keys destination, origin, year,
             program, hosts, matrix, each {"title", "columns", "rows"} (the stats.Table objects
             of index.stats_tables are accepted too). Titles are not shown: each language has
             its own, in labels.py.
    visits   the records as `diklat export --json` writes them (its "visits" list: plain
             dicts, dates as ISO strings); pydantic Record objects are accepted too.
    filters  the list/stats filters in force, {option name: value}, shown on the summary;
             empty or None for "all visits". Values are shown with str().
    lang     "id" or "en" (`ui.language`): every label, sheet name and heading.

Every stored string comes from news text: the HTML and SVG escape all of it, the workbook writes
it as text only (never a formula or a link it did not make), and only http(s) source URLs become
links. Importing this package is cheap: xlsxwriter, Pillow and the map data load on first use.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["stats_png", "stats_svg", "write_html", "write_workbook"]


def write_workbook(path: Path | str, stats: dict, visits: list, *, filters: dict | None, lang: str) -> None:
    from diklat_cli.report.common import as_stats
    from diklat_cli.report.xlsx import write_workbook as write

    write(Path(path), as_stats(stats), visits, filters=filters or {}, lang=lang)


def write_html(path: Path | str, stats: dict, visits: list, *, filters: dict | None, lang: str) -> None:
    from diklat_cli.report.common import as_stats
    from diklat_cli.report.page import html_report
    from diklat_cli.store.durable import atomic_write_bytes

    page = html_report(as_stats(stats), visits, filters=filters or {}, lang=lang)
    atomic_write_bytes(Path(path), page.encode("utf-8"))


def stats_svg(stats: dict, *, lang: str) -> str:
    from diklat_cli.report.charts import dashboard
    from diklat_cli.report.common import as_stats
    from diklat_cli.report.labels import label
    from diklat_cli.report.scene import to_svg

    label("visits", lang)  # an unknown language fails before any drawing
    return to_svg(dashboard(as_stats(stats), lang))


def stats_png(stats: dict, *, lang: str, scale: float = 2.0) -> bytes:
    from diklat_cli.report.charts import dashboard
    from diklat_cli.report.common import as_stats
    from diklat_cli.report.labels import label
    from diklat_cli.report.scene import to_png

    label("visits", lang)
    return to_png(dashboard(as_stats(stats), lang), scale=scale)
