"""The `diklat` command line: parse options, call the library, screens.

Only typer and the standard library are imported at start-up; everything else is
imported inside the command that needs it, so `diklat --help` stays fast.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from diklat_cli import __version__

app = typer.Typer(
    name="diklat",
    help="Turn Indonesian news reports of government training visits into a queryable record.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
config_app = typer.Typer(help="Show or change settings (stored as TOML).", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(config_app, name="config")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3


class _State:
    store_path: Path | None = None


state = _State()


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one line on stderr and leave with `code`."""
    print(f"diklat: {message}", file=sys.stderr)
    return typer.Exit(code)


def guarded(func):
    """Turn the library's user-facing errors into one line on stderr and an exit status."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from diklat_cli.errors import StoreError

        try:
            return func(*args, **kwargs)
        except StoreError as exc:
            raise fail(str(exc), EXIT_STORE) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except BrokenPipeError:
            # the reader of a pipe went away (`diklat list | head`): not an error
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(EXIT_OK) from None

    return wrapper


def _store_path() -> Path:
    from diklat_cli import config

    return Path(state.store_path or config.store_path() or config.default_store_path())


def _store():
    from diklat_cli.store import Store

    return Store(_store_path())


def _index():
    """A connection to the store's derived index, up to date (see diklat_cli.index)."""
    from diklat_cli import index

    # not Store itself: importing it means pydantic, which list and stats need not load
    return index.refresh(index.StoreFile(_store_path()))


def _version(value: bool):
    if value:
        print(f"diklat {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    store: Annotated[
        Path | None,
        typer.Option(
            "--store", help="Store file to use (default: $DIKLAT_STORE, then the config, then the user data folder)."
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
):
    state.store_path = store


# ---------------------------------------------------------------- filters shared by list/export/stats

ProvinceOpt = Annotated[
    str | None,
    typer.Option("--province", "-p", help="Origin OR destination province (short forms like Sulsel, Jatim, DIY work)."),
]
OriginOpt = Annotated[str | None, typer.Option("--origin", help="Origin province.")]
DestinationOpt = Annotated[str | None, typer.Option("--destination", help="Destination province.")]
YearOpt = Annotated[int | None, typer.Option("--year", help="Year of the visit.")]
ProgramOpt = Annotated[
    str | None, typer.Option("--program", help="Programme, e.g. 'Diklatpim III', 'PKA' (a prefix matches).")
]
AgencyOpt = Annotated[str | None, typer.Option("--agency", help="Text in a host agency, organizer or institution.")]
SearchOpt = Annotated[str | None, typer.Option("--search", "-s", help="Text anywhere in the record.")]


def _province(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from diklat_cli.extract import places

    canonical = places.province(value)
    if canonical is None:
        close = places.suggest_provinces(value)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise fail(f"{option}: unknown province '{value}'{hint}")
    return canonical


def _filters(province, origin, destination, year, program, agency, search):
    from diklat_cli.query import Filters

    return Filters(
        province=_province(province, "--province"),
        origin=_province(origin, "--origin"),
        destination=_province(destination, "--destination"),
        year=year,
        program=program,
        agency=agency,
        search=search,
    )


def _selected(filters, sort: str = "date", limit: int | None = None, merge: bool = True):
    """The visits matching `filters`, sorted, from the store's derived index (rows that read
    like records; index.records() gives the full models)."""
    from diklat_cli import index

    # rows read their full lines from the index lazily: the connection stays open
    chosen = index.selected(_index(), filters, sort, limit=limit, merge=merge)
    import gc

    # The rows live until the command ends, and what is made from them (records, cells)
    # holds no reference cycles: the cycle collector only costs time here, up to half of
    # an export of 100k visits even with the rows frozen out of its scans.
    gc.freeze()
    gc.disable()
    return chosen


# ---------------------------------------------------------------- import / extract


def _max_bytes() -> int:
    from diklat_cli import config

    return config.max_bytes()


@app.command("import")
@guarded
def import_(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (.txt, .html), folders, http(s) links, diklat exports (.json/.jsonl/.csv), "
            "or - for stdin.",
            show_default=False,
        ),
    ] = None,
    from_list: Annotated[
        Path | None, typer.Option("--from-list", help="A text file of links, one per line (# comments allowed).")
    ] = None,
    save_html: Annotated[
        Path | None, typer.Option("--save-html", help="Keep each fetched page in this folder.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-extract articles already imported.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be stored; store nothing.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the outcome of every input as JSON.")] = False,
):
    """Extract visits from articles (files, folders, links, stdin) and keep them in the store."""
    from diklat_cli import ingest
    from diklat_cli.output import screens

    paths = list(paths or [])
    if from_list is not None:
        from diklat_cli.sources.web import FetchError, read_url_list

        try:
            paths += read_url_list(from_list)
        except FetchError as exc:
            raise fail(str(exc)) from None
    if not paths:
        raise fail("nothing to import: give files, folders, links, - or --from-list FILE")
    store = _store()
    inputs = len(list(ingest.iter_inputs(paths)))
    with screens.progress(inputs, "importing") as step:
        report = ingest.run_import(
            paths, store, force=force, dry_run=dry_run, max_bytes=_max_bytes(), progress=step, save_html=save_html
        )
    if json_out:
        screens.print_json(screens.report_json(report))
    elif dry_run:
        screens.print_records(report)
    screens.import_summary(report, dry_run=dry_run)
    raise typer.Exit(report.exit_code)


@app.command()
@guarded
def extract(
    path: Annotated[
        str, typer.Argument(help="Article file (.txt, .html), an http(s) link, or - for stdin.", show_default=False)
    ],
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON list of visits as in SCHEMA.md.")] = False,
    evidence: Annotated[
        bool, typer.Option("--evidence", help="With --json: add each field's source spans and confidence.")
    ] = False,
):
    """Extract visits from one article without storing them."""
    from diklat_cli import ingest
    from diklat_cli.output import screens
    from diklat_cli.sources import reader

    items = list(ingest.iter_inputs([path]))
    if len(items) != 1 or items[0].error:
        raise fail(f"{path}: {items[0].error if items else 'nothing to read'}", EXIT_SOME_FAILED)
    from diklat_cli.sources.web import FetchError

    try:
        if items[0].url is not None:
            data = ingest.fetch_input(items[0], _max_bytes()).data
        else:
            data = ingest.read_input(items[0], _max_bytes())
        article = reader.load_article(data, items[0].name)
    except (reader.ReadError, FetchError, OSError) as exc:
        from diklat_cli.output.screens import one_line

        raise fail(f"{one_line(path)}: {one_line(exc)}", EXIT_SOME_FAILED) from None
    from diklat_cli.extract import extract_text

    extractions = extract_text(article.text, published=article.published, title=article.title, outlet=article.outlet)
    if json_out:
        screens.print_json(screens.extractions_json(extractions, evidence=evidence))
    else:
        screens.print_extractions(extractions)
        if not extractions:
            print(f"diklat: {path}: no visit found", file=sys.stderr)


# ---------------------------------------------------------------- list / show / export / stats


@app.command("list")
@guarded
def list_(
    province: ProvinceOpt = None,
    origin: OriginOpt = None,
    destination: DestinationOpt = None,
    year: YearOpt = None,
    program: ProgramOpt = None,
    agency: AgencyOpt = None,
    search: SearchOpt = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Show at most N visits.")] = None,
    sort: Annotated[
        str, typer.Option("--sort", help="date, program, cohort, participants, origin, destination or imported.")
    ] = "date",
    json_out: Annotated[bool, typer.Option("--json", help="JSON for pipes.")] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="CSV for pipes.")] = False,
    review: Annotated[
        bool, typer.Option("--review", help="Only visits with a missing or doubtful core field, to check by hand.")
    ] = False,
    no_merge: Annotated[bool, typer.Option("--no-merge", help="Keep several reports of one visit apart.")] = False,
):
    """List visits, newest first, as a table (or JSON/CSV)."""
    from diklat_cli import query
    from diklat_cli.output import screens

    if sort not in query.SORT_FIELDS:
        raise fail(f"--sort: choose one of {', '.join(query.SORT_FIELDS)}")
    filters = _filters(province, origin, destination, year, program, agency, search)
    records = _selected(filters, sort, None, merge=not no_merge)
    if review:
        from diklat_cli.query.review import needs_review

        records = [r for r in records if needs_review(r)]
    if limit:
        records = records[:limit]
    if json_out or csv_out:
        from diklat_cli import index

        records = index.records(records)
    if json_out:
        screens.print_json([screens.record_json(r) for r in records])
    elif csv_out:
        from diklat_cli.output.formats import to_csv

        screens.write_bytes(to_csv(records))
    else:
        screens.visits_table(records, review=review)


@app.command()
@guarded
def show(
    visit_id: Annotated[
        str, typer.Argument(metavar="ID", help="Visit id or any unique prefix of it.", show_default=False)
    ],
    evidence: Annotated[
        bool, typer.Option("--evidence", help="Print the article with the span of each field highlighted.")
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="JSON for pipes.")] = False,
):
    """Every field of one visit."""
    from diklat_cli.output import screens
    from diklat_cli.query.merge import merge_reports

    store = _store()
    data = store.load()
    record = data.find(visit_id)
    # a report folded into another visit is shown as that visit, with every source
    merged = next(
        (r for r in merge_reports(data.records()) if r.id == record.id or record.provenance in r.also_reported_by),
        record,
    )
    if json_out:
        screens.print_json(screens.record_json(merged))
        return
    screens.show_record(merged)
    if evidence:
        text = store.article_text(record.provenance.sha256)
        if text is None:
            raise fail(
                f"the article text of {record.id} is not in the store (imported from an export?)", EXIT_SOME_FAILED
            )
        screens.show_evidence(record, text)


@app.command()
@guarded
def export(
    csv_fmt: Annotated[bool, typer.Option("--csv", help="CSV (the default).")] = False,
    json_fmt: Annotated[bool, typer.Option("--json", help="JSON document with full records.")] = False,
    jsonl_fmt: Annotated[bool, typer.Option("--jsonl", help="One JSON record per line.")] = False,
    xlsx_fmt: Annotated[bool, typer.Option("--xlsx", help="Excel workbook (needs -o).")] = False,
    excel: Annotated[
        bool | None,
        typer.Option(
            "--excel/--no-excel",
            help="CSV with a UTF-8 BOM and CRLF so Excel reads it right (default: the config, else off).",
        ),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")] = None,
    province: ProvinceOpt = None,
    origin: OriginOpt = None,
    destination: DestinationOpt = None,
    year: YearOpt = None,
    program: ProgramOpt = None,
    agency: AgencyOpt = None,
    search: SearchOpt = None,
    no_merge: Annotated[bool, typer.Option("--no-merge", help="Keep several reports of one visit apart.")] = False,
):
    """Export visits as CSV, JSON, JSONL or XLSX."""
    from diklat_cli import config
    from diklat_cli.output import screens
    from diklat_cli.output.formats import FORMATS, to_csv

    chosen = [
        name for name, flag in (("csv", csv_fmt), ("json", json_fmt), ("jsonl", jsonl_fmt), ("xlsx", xlsx_fmt)) if flag
    ]
    if len(chosen) > 1:
        raise fail("choose one format: --csv, --json, --jsonl or --xlsx")
    fmt = chosen[0] if chosen else config.get("export.format") or "csv"
    if fmt not in FORMATS:
        raise fail(f"unknown export format '{fmt}' in the config; use csv, json, jsonl or xlsx")
    if fmt == "xlsx" and output is None:
        raise fail("--xlsx writes a binary workbook: give a file with -o FILE")
    filters = _filters(province, origin, destination, year, program, agency, search)
    from diklat_cli import index

    chosen = _selected(filters, "date", merge=not no_merge)
    records = index.iter_records(chosen)  # a chunk at a time: a big export stays small in memory
    if fmt == "csv":
        use_excel = excel if excel is not None else bool(config.get("export.excel"))
        payload = to_csv(records, excel=use_excel)
    else:
        payload = FORMATS[fmt](records)
    if output is None:
        screens.write_bytes(payload)
    else:
        from diklat_cli.store.durable import atomic_write_bytes

        try:
            atomic_write_bytes(output, payload)
        except OSError as exc:
            raise fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_SOME_FAILED) from None
        print(f"wrote {len(chosen)} visits to {output}", file=sys.stderr)


@app.command()
@guarded
def stats(
    province: ProvinceOpt = None,
    origin: OriginOpt = None,
    destination: DestinationOpt = None,
    year: YearOpt = None,
    program: ProgramOpt = None,
    agency: AgencyOpt = None,
    search: SearchOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Every table as JSON.")] = False,
    top: Annotated[int, typer.Option("--top", min=1, help="How many host agencies to list.")] = 10,
    svg: Annotated[Path | None, typer.Option("--svg", help="Also save the screen as an SVG picture.")] = None,
):
    """Visits and participants by province, year and programme; top hosts; origin → destination."""
    from diklat_cli.output import screens

    filters = _filters(province, origin, destination, year, program, agency, search)
    from diklat_cli import index

    tables, total = index.stats_tables(_index(), filters, top=top)
    if json_out:
        screens.print_json({name: table.__dict__ for name, table in tables.items()})
    else:
        screens.stats_screen(tables, total, svg=svg)


# ---------------------------------------------------------------- changing the store


@app.command()
@guarded
def delete(
    visit_ids: Annotated[
        list[str], typer.Argument(metavar="ID...", help="Visit ids or unique prefixes.", show_default=False)
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
):
    """Delete visits from the store (undo brings them back)."""
    store = _store()
    data = store.load()
    records = [data.find(v) for v in visit_ids]
    if not yes:
        if not sys.stdin.isatty():
            raise fail("refusing to delete without --yes when not run interactively")
        names = ", ".join(r.id[:8] for r in records)
        if not typer.confirm(f"Delete {len(records)} visit(s) ({names})?", err=True):
            raise fail("nothing deleted", EXIT_SOME_FAILED)
    with store.transaction("delete") as data:
        for r in records:
            data.remove(r.id)
    print(f"deleted {len(records)} visit(s); `diklat undo` brings them back", file=sys.stderr)


@app.command()
@guarded
def edit(
    visit_id: Annotated[str, typer.Argument(metavar="ID", help="Visit id or a unique prefix.", show_default=False)],
    assignments: Annotated[
        list[str],
        typer.Argument(
            metavar="FIELD=VALUE...",
            help="e.g. participants=30 destination.province=Sulsel 'host_agencies=Dinas A; Dinas B'. "
            "An empty value clears the field.",
            show_default=False,
        ),
    ],
):
    """Correct fields of a visit; edited fields survive re-extraction."""
    from diklat_cli.editing import EditError, apply_edits
    from diklat_cli.output import screens

    store = _store()
    with store.transaction("edit") as data:
        record = data.find(visit_id)
        try:
            updated = apply_edits(record, assignments)
        except EditError as exc:
            raise fail(str(exc)) from None
        data.remove(record.id)
        data.add(updated)
    screens.show_record(updated)


@app.command()
@guarded
def undo():
    """Put the store back as it was before the last change (import, edit, delete)."""
    print(_store().undo(), file=sys.stderr)


@app.command()
@guarded
def doctor(
    restore: Annotated[
        bool, typer.Option("--restore", help="Replace a broken store with the newest good backup.")
    ] = False,
):
    """Check the store file; restore it from a backup if it is broken."""
    store = _store()
    problems = store.check()
    if not problems:
        print(f"store {store.path} is healthy ({len(store.load().visits)} visits, {len(store.backups())} backups)")
        return
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    if restore:
        print(store.restore(), file=sys.stderr)
        return
    if any("newer diklat" in p for p in problems):
        # going back to an old backup would throw away good work: the fix is a newer diklat
        raise fail("the store was written by a newer diklat: upgrade diklat to use it", EXIT_STORE)
    raise fail(
        f"{len(problems)} problem(s); run `diklat doctor --restore` to go back to the last good backup", EXIT_STORE
    )


# ---------------------------------------------------------------- config


@config_app.command("show")
@guarded
def config_show():
    """Print every setting and the config file's path."""
    from diklat_cli import config

    print(f"# {config.config_path()}")
    for key, value in config.all_settings().items():
        print(f"{key} = {value!r}")


@config_app.command("get")
@guarded
def config_get(key: Annotated[str, typer.Argument(help="Setting name, e.g. store.path.")]):
    """Print one setting."""
    from diklat_cli import config

    try:
        value = config.get(key, strict=True)
    except KeyError as exc:
        raise fail(str(exc.args[0])) from None
    print("" if value is None else value)


@config_app.command("set")
@guarded
def config_set(
    key: Annotated[
        str, typer.Argument(help="Setting name: store.path, export.format, export.excel, color, import.max_bytes.")
    ],
    value: Annotated[str, typer.Argument(help="New value; an empty string removes the setting.")],
):
    """Change one setting."""
    from diklat_cli import config

    try:
        config.set_value(key, value)
    except (KeyError, ValueError) as exc:
        raise fail(str(exc.args[0])) from None
    print(f"{key} = {config.get(key)!r}", file=sys.stderr)


def utf8_output(streams=None) -> None:
    """Files and pipes get UTF-8 whatever the locale says: on Windows a redirected stdout is
    cp1252, which cannot hold the table rules, bars or many names. Consoles are left alone
    (Python writes to a Windows console in UTF-16 anyway)."""
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8")


def main() -> None:
    utf8_output()
    app()


if __name__ == "__main__":
    main()
