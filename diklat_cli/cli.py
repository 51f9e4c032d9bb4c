"""The `diklat` command line: parse options, call the library, screens.

One concern: the commands and their options; each command body is a library call and its
rendering, so the file grows with the number of options, not with logic.

Only typer and the standard library are imported at start-up; everything else is
imported inside the command that needs it, so `diklat --help` stays fast.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import inspect
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from diklat_cli import __version__, i18n
from diklat_cli.errors import ExitStatus
from diklat_cli.i18n import N_
from diklat_cli.i18n import gettext as _
from diklat_cli.output import helptext


class _Boundary(TyperGroup):
    """The one error boundary: the library raises, and only here are its errors turned
    into one line on stderr and an exit status (errors.ExitStatus). Before parsing, it
    chooses the run's language and puts the help texts into it."""

    context_class = helptext.Context

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        args = helptext.lang_first(args)
        helptext.choose_language(args)
        helptext.translate(self)
        return super().parse_args(ctx, args)

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except helptext.UsageError as exc:
            raise helptext.usage_error(exc) from None

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return self._invoke_once_more(ctx)
        except helptext.UsageError as exc:
            raise helptext.usage_error(exc) from None

    def _invoke_once_more(self, ctx: typer.Context) -> Any:
        # The index is a cache: one that SQLite cannot read (a power cut while it was being
        # written) is deleted and the command runs once more, building it from the store.
        words = list(ctx._protected_args), list(ctx.args)
        try:
            return self._invoke(ctx)
        except Exception as exc:
            if not _index_error(exc):
                raise
            print(
                "diklat: " + _("the index could not be read ({error}): rebuilding it from the store").format(error=exc),
                file=sys.stderr,
            )
            from diklat_cli import index

            index.discard(index.StoreFile(session(ctx).store_path, load=lambda: None))
        ctx._protected_args, ctx.args = words
        try:
            return self._invoke(ctx)
        except Exception as exc:
            if not _index_error(exc):
                raise
            raise fail(
                _("the index beside the store cannot be used ({error})").format(error=exc), ExitStatus.STORE
            ) from None

    def _invoke(self, ctx: typer.Context) -> Any:
        from diklat_cli.errors import DiklatError

        try:
            return super().invoke(ctx)
        except DiklatError as exc:
            raise fail(str(exc), exc.status) from None
        except KeyboardInterrupt:
            raise fail(_("interrupted"), ExitStatus.INTERRUPTED) from None
        except BrokenPipeError:
            # the reader of a pipe went away (`diklat list | head`): not an error
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(ExitStatus.OK) from None


def _index_error(exc: BaseException) -> bool:
    """Whether `exc` is SQLite failing to read the derived index (not a store problem)."""
    sqlite3 = sys.modules.get("sqlite3")  # never imported here: only the index uses it
    return sqlite3 is not None and isinstance(exc, sqlite3.DatabaseError)


app = typer.Typer(
    name="diklat",
    cls=_Boundary,
    help=N_("Turn Indonesian news reports of government training visits into a queryable record."),
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
config_app = typer.Typer(
    help=N_("Show or change settings (stored as TOML)."), no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(config_app, name="config")


def fail(message: str, status: ExitStatus = ExitStatus.USAGE) -> typer.Exit:
    """Print one line on stderr and leave with `status`."""
    from diklat_cli.output.console import one_line  # ids and paths can hold escape codes

    print(f"diklat: {one_line(message)}", file=sys.stderr)
    return typer.Exit(status)


@dataclass
class Session:
    """What every command of one invocation shares (click's context object): the store
    chosen by --store, $DIKLAT_STORE, the config or the user data folder."""

    store_option: Path | None = None

    @property
    def store_path(self) -> Path:
        from diklat_cli import config
        from diklat_cli.store.fileformat import real_store_path

        return real_store_path(Path(self.store_option or config.store_path() or config.default_store_path()))

    def store(self):
        from diklat_cli.store import Store

        return Store(self.store_path)

    def index(self, *, say_missing: bool = True):
        """A connection to the store's derived index, up to date (see diklat_cli.index)."""
        from diklat_cli import index
        from diklat_cli.output.console import BuildProgress

        path = self.store_path
        try:
            path.stat()
        except FileNotFoundError:  # not an empty store: say so, or a wrong --store looks like one
            if say_missing:  # (edit and delete say "no visit with id …" as they always did)
                no_store = _("no store at {path} yet: `diklat import` makes one").format(path=path)
                print("diklat: " + no_store, file=sys.stderr)
        except OSError:
            pass  # the store reports it its own way
        # not through Store: importing it means pydantic, which list and stats need not load
        with BuildProgress(_("indexing {file}").format(file=path.name)) as progress:
            return index.refresh(index.StoreFile(path, load=lambda: self.store().load(), progress=progress))

    def max_bytes(self) -> int:
        from diklat_cli import config

        return config.max_bytes()


def session(ctx: typer.Context) -> Session:
    """This invocation's Session (set up by main_options)."""
    return ctx.ensure_object(Session)


def _version(value: bool):
    if value:
        print(f"diklat {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            help=N_("Store file to use (default: $DIKLAT_STORE, then the config, then the user data folder)."),
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=N_("Show the version and exit."))
    ] = False,
    lang: Annotated[
        helptext.Language | None,
        typer.Option(
            "--lang",
            help=N_("Language of messages, tables and help: id or en (default: the config's ui.language, else LANG)."),
        ),
    ] = None,
):
    # the language itself was chosen before parsing (_Boundary.parse_args)
    ctx.obj = Session(store)


# ---------------------------------------------------------------- filters shared by list/export/stats


def _repeatable(kind: type, *flags: str, help: str) -> Any:
    option = typer.Option(*flags, metavar="<int>" if kind is int else "<str>", help=help)
    return Annotated[list[kind] | None, option]  # type: ignore[valid-type]


def _day(flag: str, help: str) -> Any:
    return Annotated[str | None, typer.Option(flag, metavar="<str>", help=help)]


_FILTER_OPTIONS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation)
    for name, annotation in (
        (
            "province",
            _repeatable(
                str, "--province", "-p", help=N_("Origin OR destination province (Sulsel, Jatim, DIY). Repeatable.")
            ),
        ),
        ("origin", _repeatable(str, "--origin", help=N_("Origin province. Repeatable."))),
        ("destination", _repeatable(str, "--destination", help=N_("Destination province. Repeatable."))),
        (
            "regency",
            _repeatable(
                str, "--regency", help=N_("Origin OR destination kabupaten/kota ('Kab. Bogor', 'Batu'). Repeatable.")
            ),
        ),
        ("year", _repeatable(int, "--year", help=N_("Year of the visit. Repeatable."))),
        ("since", _day("--since", help=N_("Visits ending on or after this day (YYYY-MM-DD) or year."))),
        ("until", _day("--until", help=N_("Visits starting on or before this day (YYYY-MM-DD) or year."))),
        (
            "program",
            _repeatable(
                str, "--program", help=N_("Programme in any spelling the extractor reads, or a prefix. Repeatable.")
            ),
        ),
        ("cohort", _repeatable(int, "--cohort", help=N_("Cohort (angkatan). Repeatable."))),
        (
            "agency",
            _repeatable(str, "--agency", help=N_("Text in a host agency, organizer or institution. Repeatable.")),
        ),
        ("search", _repeatable(str, "--search", "-s", help=N_("Text anywhere in the record. Repeatable."))),
    )
]


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command the filter options (written once, here) in place of its `filters`
    parameter, which receives them as one query.Filters."""
    signature = inspect.signature(func, eval_str=True)
    names = [o.name for o in _FILTER_OPTIONS]

    @functools.wraps(func)
    def command(**kwargs: Any) -> Any:
        from diklat_cli.query import filters as f

        given = {name: kwargs.pop(name) for name in names}
        for name in ("province", "origin", "destination"):
            given[name] = [f.resolve_province(v, f"--{name}") for v in given[name] or ()]
        given["regency"] = [name for v in given["regency"] or () for name in f.resolve_regency(v)]
        given["program"] = [f.resolve_program(v) for v in given["program"] or ()]
        given["since"], given["until"] = f.parse_window(given["since"], given["until"])
        return func(filters=f.Filters(**given), **kwargs)

    params: list[inspect.Parameter] = []
    for param in signature.parameters.values():
        if param.name == "filters":
            params += _FILTER_OPTIONS
        else:
            params.append(param.replace(kind=inspect.Parameter.KEYWORD_ONLY))
    command.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    del command.__wrapped__  # typer must read the signature above, not the function's own
    return command


def _selected(here: Session, filters, sort: str = "date", merge: bool = True):
    """The visits matching `filters`, sorted, from the store's derived index (rows that read
    like records; index.records() gives the full models). The rows read their full lines
    from the index lazily: the connection stays open."""
    from diklat_cli import index

    return index.selected(here.index(), filters, sort, merge=merge)


# ---------------------------------------------------------------- import / extract


class ExportKind(str, enum.Enum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


@app.command(
    "import", help=N_("Extract visits from articles (files, folders, links, stdin) and keep them in the store.")
)
def import_(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help=N_(
                "Article files (.txt, .html), folders, http(s) links, diklat exports (.json/.jsonl/.csv), "
                "or - for stdin."
            ),
            show_default=False,
        ),
    ] = None,
    from_list: Annotated[
        Path | None, typer.Option("--from-list", help=N_("A text file of links, one per line (# comments allowed)."))
    ] = None,
    save_html: Annotated[
        Path | None, typer.Option("--save-html", help=N_("Keep each fetched page in this folder."))
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=N_("Re-extract articles already imported."))] = False,
    replace: Annotated[
        bool, typer.Option("--replace", help="Records of an export that differ from the stored ones replace them.")
    ] = False,
    merge: Annotated[
        bool, typer.Option("--merge", help="Differences in an export's records become manual edits of the stored ones.")
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=N_("Show what would be stored; store nothing."))] = False,
    json_out: Annotated[bool, typer.Option("--json", help=N_("Print the outcome of every input as JSON."))] = False,
    export_format: Annotated[
        ExportKind | None,
        typer.Option("--format", help=N_("Read the inputs as diklat exports of this format (stdin: - --format jsonl)")),
    ] = None,
):
    from diklat_cli import ingest
    from diklat_cli.output import console, screens
    from diklat_cli.sources.files import iter_inputs

    paths = list(paths or [])
    if from_list is not None:
        from diklat_cli.sources.web import FetchError, read_url_list

        try:
            paths += read_url_list(from_list)
        except FetchError as exc:
            raise fail(str(exc)) from None
    if not paths:
        raise fail(_("nothing to import: give files, folders, links, - or --from-list FILE"))
    if replace and merge:
        raise fail(_("choose one of --replace and --merge"))
    here = session(ctx)
    store = here.store()
    from collections import Counter

    skipped: Counter = Counter()
    inputs = list(iter_inputs(paths, skipped))
    # a big export is one input: its reading is told on a line of its own (with few inputs,
    # where no bar of inputs is shown)
    reading = console.BuildProgress(_("reading the export")) if len(inputs) < console.BAR_FROM else None
    with console.progress(len(inputs), _("importing")) as step, reading or contextlib.nullcontext():
        report = ingest.run_import(
            paths,
            store,
            listed=inputs,
            force=force,
            dry_run=dry_run,
            max_bytes=here.max_bytes(),
            progress=step,
            save_html=save_html,
            on_conflict="replace" if replace else "merge" if merge else "keep",
            export_format=export_format.value if export_format else None,
            reading=reading,
        )
    if json_out:
        console.print_json(screens.report_json(report))
    elif dry_run:
        screens.print_records(report)
    screens.import_summary(report, dry_run=dry_run)
    if skipped:  # what folders held that is not an article or an export, so nothing is silently left out
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        line = _("not read in the folders: {counts}").format(counts=console.one_line(counts))
        print(f"diklat: {line}", file=sys.stderr)
    raise typer.Exit(report.exit_code)


@app.command(help=N_("Extract visits from one article without storing them."))
def extract(
    ctx: typer.Context,
    path: Annotated[
        str, typer.Argument(help=N_("Article file (.txt, .html), an http(s) link, or - for stdin."), show_default=False)
    ],
    json_out: Annotated[
        bool, typer.Option("--json", help=N_("Print a JSON list of visits as in docs/schema.md."))
    ] = False,
    evidence: Annotated[
        bool, typer.Option("--evidence", help=N_("With --json: add each field's source spans and confidence."))
    ] = False,
):
    from diklat_cli import ingest
    from diklat_cli.extract.no_visit import NoVisit
    from diklat_cli.output import console, screens

    try:
        extractions = ingest.extract_one(path, session(ctx).max_bytes())
    except ingest.InputError as exc:
        line = f"{path}: {exc}" if exc.listed else f"{console.one_line(path)}: {console.one_line(exc)}"
        raise fail(line, ExitStatus.TOO_COMPLEX if exc.too_complex else ExitStatus.SOME_FAILED) from None
    none = extractions if isinstance(extractions, NoVisit) else None
    found = [] if isinstance(extractions, NoVisit) else extractions
    if json_out:
        console.print_json(screens.extractions_json(found, evidence=evidence))
    else:
        screens.print_extractions(found)
        if none is not None:
            line = _("{path}: no visit found ({reason})").format(path=path, reason=screens.no_visit_reason(none.value))
            print("diklat: " + line, file=sys.stderr)


# ---------------------------------------------------------------- list / show / export / stats


@app.command("list", help=N_("List visits, newest first, as a table (or JSON/CSV)."))
@filter_options
def list_(
    ctx: typer.Context,
    filters: Any,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help=N_("Show at most N visits."))] = None,
    sort: Annotated[
        str, typer.Option("--sort", help=N_("date, program, cohort, participants, origin, destination or imported."))
    ] = "date",
    json_out: Annotated[bool, typer.Option("--json", help=N_("JSON for pipes."))] = False,
    jsonl_out: Annotated[
        bool, typer.Option("--jsonl", help=N_("One full record per line, as export --jsonl."))
    ] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help=N_("CSV for pipes."))] = False,
    review: Annotated[
        bool, typer.Option("--review", help=N_("Only visits with a missing or doubtful core field, to check by hand."))
    ] = False,
    no_merge: Annotated[bool, typer.Option("--no-merge", help=N_("Keep several reports of one visit apart."))] = False,
):
    from diklat_cli.gc_pause import gc_paused
    from diklat_cli.output import console, screens
    from diklat_cli.schema import SORT_FIELDS

    if sort not in SORT_FIELDS:
        raise fail(_("--sort: choose one of {choices}").format(choices=", ".join(SORT_FIELDS)))
    if json_out + jsonl_out + csv_out > 1:
        raise fail(_("choose one format: --json, --jsonl or --csv"))
    # the rows and what is made of them hold no reference cycles: the collector only costs time
    with gc_paused():
        if (json_out or jsonl_out) and not review:  # the stored lines, streamed: no rows are made
            from itertools import islice

            from diklat_cli import index
            from diklat_cli.output.formats import jsonl_chunks, list_json_chunks

            conn = index.snapshot(session(ctx).index())
            lines = index.selected_json(conn, filters, sort, merge=not no_merge)
            if limit:
                lines = islice(lines, limit)
            if json_out:
                console.write_chunks(list_json_chunks(lines), text=True)
            else:
                console.write_chunks(jsonl_chunks(lines))
            return
        if limit and not review:  # only the first rows are made; the total is counted in SQL
            from diklat_cli import index

            conn = index.snapshot(session(ctx).index())
            total = index.selected_count(conn, filters, merge=not no_merge)
            records = index.selected(conn, filters, sort, limit=limit, merge=not no_merge)
        else:
            records = _selected(session(ctx), filters, sort, merge=not no_merge)
            if review:
                from diklat_cli.query.review import needs_review

                records = [r for r in records if needs_review(r)]
            total = len(records)
            if limit:
                records = records[:limit]
        if json_out:
            from diklat_cli import index
            from diklat_cli.output.formats import list_json_chunks

            console.write_chunks(list_json_chunks(index.iter_record_json(records)), text=True)
        elif jsonl_out:  # the stored lines as they are, like export --jsonl
            from diklat_cli import index
            from diklat_cli.output.formats import jsonl_chunks

            console.write_chunks(jsonl_chunks(index.iter_record_json(records)))
        elif csv_out:
            from diklat_cli import index
            from diklat_cli.output.formats import to_csv

            console.write_bytes(to_csv(index.iter_records(records)))
        else:
            screens.visits_table(records, review=review, total=total)


@app.command(help=N_("Every field of one visit."))
def show(
    ctx: typer.Context,
    visit_id: Annotated[
        str, typer.Argument(metavar="ID", help=N_("Visit id or any unique prefix of it."), show_default=False)
    ],
    evidence: Annotated[
        bool, typer.Option("--evidence", help=N_("Print the article with the span of each field highlighted."))
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help=N_("JSON for pipes."))] = False,
):
    from diklat_cli import index
    from diklat_cli.output import console, screens

    here = session(ctx)
    conn = here.index()
    report = index.find(conn, visit_id)
    # a report folded into another visit is shown as that visit, with every source
    record, merged = index.records([report, index.merged_visit(conn, report)])
    if json_out:
        console.print_json(screens.record_json(merged))
        return
    screens.show_record(merged)
    if evidence:
        text = here.store().article_text(record.provenance.sha256)
        if text is None:
            raise fail(
                _("the article text of {id} is not in the store (imported from an export?)").format(id=record.id),
                ExitStatus.SOME_FAILED,
            )
        screens.show_evidence(record, text)


@app.command(help=N_("Export visits as CSV, JSON, JSONL or XLSX."))
@filter_options
def export(
    ctx: typer.Context,
    csv_fmt: Annotated[bool, typer.Option("--csv", help=N_("CSV (the default)."))] = False,
    json_fmt: Annotated[bool, typer.Option("--json", help=N_("JSON document with full records."))] = False,
    jsonl_fmt: Annotated[bool, typer.Option("--jsonl", help=N_("One JSON record per line."))] = False,
    xlsx_fmt: Annotated[bool, typer.Option("--xlsx", help=N_("Excel workbook (needs -o)."))] = False,
    excel: Annotated[
        bool | None,
        typer.Option(
            "--excel/--no-excel",
            help=N_("CSV with a UTF-8 BOM and CRLF so Excel reads it right (default: the config, else off)."),
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=N_("Write to FILE; .csv .json .jsonl .xlsx choose the format.")),
    ] = None,
    headers: Annotated[
        helptext.Language | None,
        typer.Option(
            "--headers",
            help=N_("Column headers of CSV and XLSX: en (the column names) or id (default: the config's ui.language)."),
        ),
    ] = None,
    bom: Annotated[
        bool | None,
        typer.Option(
            "--bom/--no-bom",
            help=N_("CSV starting with a UTF-8 BOM, ids kept text for Excel (default: on for -o FILE.csv)."),
        ),
    ] = None,
    sep: Annotated[
        str | None,
        typer.Option("--sep", help=N_("CSV separator: ',' or ';' (Excel in Indonesian) or tab (default: the config).")),
    ] = None,
    filters: Any = None,
    no_merge: Annotated[bool, typer.Option("--no-merge", help=N_("Keep several reports of one visit apart."))] = False,
):
    from diklat_cli import config, index
    from diklat_cli.gc_pause import gc_paused
    from diklat_cli.output import console
    from diklat_cli.output.formats import (
        CSV_COLUMNS,
        FORMATS,
        SEPARATORS,
        STREAMED,
        csv_chunks,
        format_for,
        xlsx_from_rows,
    )

    if output is not None:
        session(ctx).store().refuse_to_overwrite(output)
    chosen = [
        name for name, flag in (("csv", csv_fmt), ("json", json_fmt), ("jsonl", jsonl_fmt), ("xlsx", xlsx_fmt)) if flag
    ]
    if len(chosen) > 1:
        raise fail(_("choose one format: --csv, --json, --jsonl or --xlsx"))
    named = format_for(output) if output is not None else None
    if chosen and output is not None and named and chosen[0] != named:
        raise fail(
            _("--{format} contradicts the file name {name}: give one or the other").format(
                format=chosen[0], name=output.name
            )
        )
    fmt = chosen[0] if chosen else named or config.get("export.format") or "csv"
    if fmt not in FORMATS:
        raise fail(_("unknown export format '{format}' in the config; use csv, json, jsonl or xlsx").format(format=fmt))
    if fmt == "xlsx" and output is None:
        raise fail(_("--xlsx writes a binary workbook: give a file with -o FILE"))
    separator = SEPARATORS.get(sep if sep is not None else str(config.get("export.sep") or ","))
    if separator is None:
        raise fail(_("--sep: use ',', ';' or tab, not '{sep}'").format(sep=sep))
    if fmt != "csv" and (sep is not None or bom is not None):
        raise fail(_("--sep and --bom are for CSV, not {format}").format(format=fmt))
    # The rows, records and cells hold no reference cycles: the cycle collector only costs
    # time here, up to half of an export of 100k visits.
    with gc_paused():
        # one read snapshot for the count and the records read later: an edit committing in
        # between cannot put a record that no longer matches the filters in the file
        conn = index.snapshot(session(ctx).index())
        count = index.selected_count(conn, filters, merge=not no_merge)
        # the header row follows --headers or ui.language, never LANG: a tool reading the file
        # must not see other columns because of who ran the export
        header_row = i18n.csv_headers(
            CSV_COLUMNS, (headers.value if headers else None) or config.get("ui.language") or "en"
        )
        payload: bytes | Iterator[bytes]
        if fmt in STREAMED:  # the stored lines, a record at a time, with no models
            payload = STREAMED[fmt](index.selected_json(conn, filters, "date", merge=not no_merge))
        elif fmt == "csv":  # the index's columns, a row at a time, with no models
            use_excel = excel if excel is not None else bool(config.get("export.excel"))
            # a .csv file is for people (Excel) unless --no-bom says it is for a tool
            use_bom = bom if bom is not None else (use_excel or named == "csv")
            rows = index.export_rows(conn, filters, "date", merge=not no_merge)
            payload = csv_chunks(rows, excel=use_excel, bom=use_bom, sep=separator, headers=header_row)
        elif fmt == "xlsx":
            rows = index.export_rows(conn, filters, "date", merge=not no_merge)
            payload = xlsx_from_rows(rows, headers=header_row)
        else:
            rows = index.selected(conn, filters, "date", merge=not no_merge)
            payload = FORMATS[fmt](index.iter_records(rows))  # a chunk of records at a time
        if output is None:
            console.write_chunks([payload] if isinstance(payload, bytes) else payload)
            return
        from diklat_cli.store.durable import atomic_write_bytes

        try:
            atomic_write_bytes(output, payload)  # streamed: written as it is made
        except OSError as exc:
            raise _cannot_write(output, exc) from None
    _say_wrote(count, output)


@app.command(help=N_("Visits and participants by province, year and programme; top hosts; origin → destination."))
@filter_options
def stats(
    ctx: typer.Context,
    filters: Any,
    json_out: Annotated[bool, typer.Option("--json", help=N_("Every table as JSON."))] = False,
    top: Annotated[int, typer.Option("--top", min=1, help=N_("How many host agencies to list."))] = 10,
    svg: Annotated[Path | None, typer.Option("--svg", help=N_("Also save the charts and the flow map as SVG."))] = None,
    png: Annotated[Path | None, typer.Option("--png", help=N_("Also save the charts and the flow map as PNG."))] = None,
):
    from diklat_cli import index
    from diklat_cli.output import console, screens

    for target in (svg, png):
        if target is not None:
            session(ctx).store().refuse_to_overwrite(target)

    tables, total = index.stats_tables(session(ctx).index(), filters, top=top)
    if json_out:
        console.print_json({name: table.__dict__ for name, table in tables.items()})
    else:
        screens.stats_screen(tables, total)
    if svg is not None or png is not None:
        from diklat_cli import report

        lang = i18n.language()  # --lang, else ui.language, else the locale
        if svg is not None:
            _write_file(svg, report.stats_svg(tables, lang=lang).encode("utf-8"))
        if png is not None:
            _write_file(png, report.stats_png(tables, lang=lang))


@app.command("report", help=N_("Reports to hand on: an Excel workbook with charts, an offline HTML page with a map."))
@filter_options
def report_(
    ctx: typer.Context,
    filters: Any,
    xlsx: Annotated[
        Path | None, typer.Option("--xlsx", help=N_("Excel workbook: summary, a sheet and a chart per table, visits."))
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help=N_("One offline HTML page: figures, flow map, charts, visits."))
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, help=N_("How many host agencies to chart."))] = 10,
):
    from dataclasses import asdict

    from diklat_cli import index, report
    from diklat_cli.gc_pause import gc_paused

    if xlsx is None and html is None:
        raise fail(_("say what to write: --xlsx FILE, --html FILE or both"))
    here = session(ctx)
    for target in (xlsx, html):
        if target is not None:
            here.store().refuse_to_overwrite(target)
    tables, _total = index.stats_tables(here.index(), filters, top=top)
    with gc_paused():
        visits = list(index.iter_records(_selected(here, filters)))
    given = {name: value for name, value in asdict(filters).items() if value is not None}
    lang = i18n.language()  # --lang, else ui.language, else the locale
    for path, write in ((xlsx, report.write_workbook), (html, report.write_html)):
        if path is None:
            continue
        try:
            write(path, tables, visits, filters=given, lang=lang)
        except OSError as exc:
            raise _cannot_write(path, exc) from None
        _say_wrote(len(visits), path)


def _write_file(path: Path, payload: bytes) -> None:
    from diklat_cli.store.durable import atomic_write_bytes

    try:
        atomic_write_bytes(path, payload)
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    print(_("saved {file}").format(file=path), file=sys.stderr)


def _cannot_write(path: Path, exc: OSError) -> typer.Exit:
    message = _("cannot write {file}: {reason}").format(file=path, reason=exc.strerror or exc)
    return fail(message, ExitStatus.SOME_FAILED)


def _say_wrote(count: int, path: Path) -> None:
    wrote = i18n.ngettext("wrote {count} visit to {file}", "wrote {count} visits to {file}", count)
    print(wrote.format(count=i18n.format_number(count), file=path), file=sys.stderr)


# ---------------------------------------------------------------- changing the store


@app.command(help=N_("Delete visits from the store (undo brings them back)."))
@filter_options
def delete(
    ctx: typer.Context,
    visit_ids: Annotated[
        list[str] | None,
        typer.Argument(metavar="[ID...]", help=N_("Visit ids or unique prefixes."), show_default=False),
    ] = None,
    where: Annotated[
        bool, typer.Option("--where", help="Delete every visit the filter options select (as `list` shows them).")
    ] = False,
    filters: Any = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=N_("Do not ask."))] = False,
):
    here = session(ctx)
    store = here.store()
    if where:
        if visit_ids:
            raise fail(_("give visit ids or --where with filters, not both"))
        if not any(vars(filters).values()):
            raise fail(_("--where needs at least one filter, e.g. --where --search Contoh"))
        ids = [r.id for r in _selected(here, filters, merge=False)]
    elif visit_ids:
        ids = _visit_ids(here, visit_ids)
    else:
        raise fail(_("nothing to delete: give visit ids, or --where with filter options"))
    if not ids:
        print(_("no visit matches; nothing deleted"), file=sys.stderr)
        return
    if not yes:
        if not sys.stdin.isatty():
            raise fail(_("refusing to delete without --yes when not run interactively"))
        names = ", ".join(i[:8] for i in ids[:10]) + (", …" if len(ids) > 10 else "")
        question = i18n.ngettext("Delete {count} visit ({ids})?", "Delete {count} visits ({ids})?", len(ids))
        if not typer.confirm(question.format(count=len(ids), ids=names), err=True):
            raise fail(_("nothing deleted"), ExitStatus.DECLINED)
    if store.rewrite("delete", delete=ids) is None:  # the slow way, when the fast one cannot
        with store.transaction("delete") as data:
            for vid in ids:
                data.delete(vid)
    deleted = i18n.ngettext(
        "deleted {count} visit; `diklat undo` brings it back",
        "deleted {count} visits; `diklat undo` brings them back",
        len(ids),
    )
    print(deleted.format(count=len(ids)), file=sys.stderr)


@app.command(help=N_("Correct fields of a visit; edited fields survive re-extraction."))
def edit(
    ctx: typer.Context,
    visit_id: Annotated[str, typer.Argument(metavar="ID", help=N_("Visit id or a unique prefix."), show_default=False)],
    assignments: Annotated[
        list[str],
        typer.Argument(
            metavar="FIELD=VALUE...",
            help=N_(
                "e.g. participants=30 destination.province=Sulsel 'host_agencies=Dinas A; Dinas B'. "
                "An empty value clears the field."
            ),
            show_default=False,
        ),
    ],
):
    from diklat_cli.editing import apply_edits
    from diklat_cli.output import screens

    here = session(ctx)
    store = here.store()
    (vid,) = _visit_ids(here, [visit_id])
    # an EditError leaves the store as it was
    done = store.rewrite("edit", {vid: lambda record: apply_edits(record, assignments)})
    if done is not None:
        (updated,) = done
    else:  # the slow way, when the fast one cannot
        with store.transaction("edit") as data:
            record = data.find(vid)
            updated = apply_edits(record, assignments)
            data.remove(record.id)
            data.add(updated)
    screens.show_record(updated)


def _visit_ids(here: Session, prefixes: list[str]) -> list[str]:
    """The ids of the visits given by id or unique prefix, from the index (NotFound as
    StoreData.find says it)."""
    from diklat_cli import index

    conn = here.index(say_missing=False)
    try:
        return [index.find(conn, prefix).id for prefix in prefixes]
    finally:
        conn.close()


def _restored(restored) -> str:
    """The line that says what undo or restore put back."""
    if restored.time is None:
        return _("restored the store from {backup}").format(backup=restored.backup)
    when = restored.time.strftime("%Y-%m-%d %H:%M:%S UTC")
    return _("restored the store as it was before '{operation}' at {time}").format(
        operation=restored.operation, time=when
    )


@app.command(help=N_("Put the store back as it was before the last change (import, edit, delete)."))
def undo(ctx: typer.Context):
    print(_restored(session(ctx).store().undo()), file=sys.stderr)


@app.command(help=N_("Check the store file; restore it from a backup if it is broken."))
def doctor(
    ctx: typer.Context,
    restore: Annotated[
        bool, typer.Option("--restore", help=N_("Replace a broken store with the newest good backup."))
    ] = False,
):
    store = session(ctx).store()
    try:
        store.path.stat()
    except FileNotFoundError:
        print(_("no store at {path} yet: `diklat import` makes one").format(path=store.path))
        return
    except OSError:
        pass  # check() says what is wrong
    problems = store.check()
    if not problems:
        from diklat_cli import index

        removed = store.tidy()
        if removed:
            print(
                i18n.ngettext(
                    "removed {count} file left by an interrupted command",
                    "removed {count} files left by interrupted commands",
                    removed,
                ).format(count=removed),
                file=sys.stderr,
            )
        wrong = index.verify(index.StoreFile(store.path, load=store.load))
        if wrong is not None:
            print(
                _("the index disagreed with the store file ({difference}): rebuilt it").format(difference=wrong),
                file=sys.stderr,
            )
        healthy = _("store {path} is healthy ({visits} visits, {backups} backups)")
        print(healthy.format(path=store.path, visits=len(store.load().visits), backups=len(store.backups())))
        return
    for p in problems:
        print(_("problem: {problem}").format(problem=p), file=sys.stderr)
    if restore:
        print(_restored(store.restore()), file=sys.stderr)
        return
    if any(p.newer for p in problems):
        # going back to an old backup would throw away good work: the fix is a newer diklat
        raise fail(_("the store was written by a newer diklat: upgrade diklat to use it"), ExitStatus.STORE)
    raise fail(
        i18n.ngettext(
            "{count} problem; run `diklat doctor --restore` to go back to the last good backup",
            "{count} problems; run `diklat doctor --restore` to go back to the last good backup",
            len(problems),
        ).format(count=len(problems)),
        ExitStatus.STORE,
    )


# ---------------------------------------------------------------- config


@config_app.command("show", help=N_("Print every setting and the config file's path."))
def config_show():
    from diklat_cli import config

    print(f"# {config.config_path()}")
    for key, value in config.all_settings().items():
        print(f"{key} = {value!r}")


@config_app.command("get", help=N_("Print one setting."))
def config_get(key: Annotated[str, typer.Argument(help=N_("Setting name, e.g. store.path."))]):
    from diklat_cli import config

    try:
        value = config.get(key, strict=True)
    except KeyError as exc:
        raise fail(str(exc.args[0])) from None
    print("" if value is None else value)


@config_app.command("set", help=N_("Change one setting."))
def config_set(
    key: Annotated[
        str,
        typer.Argument(
            help=N_(
                "Setting name: store.path, export.format, export.excel, export.sep, color, import.max_bytes, "
                "ui.language."
            )
        ),
    ],
    value: Annotated[str, typer.Argument(help=N_("New value; an empty string removes the setting."))],
):
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
    try:
        app()
    finally:
        # The process ends here. Interpreter shutdown would otherwise run the cycle collector
        # over every object once more (rich, pydantic, the rows): ~30 ms per command, and
        # nothing is left for it to free. Work itself runs with the collector on.
        import gc

        gc.freeze()


if __name__ == "__main__":
    main()
