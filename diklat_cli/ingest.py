"""Importing: inputs (files, folders, stdin) → articles → visit records → the store.

One concern: the import. Its parts stay together because each hands the next what it made:
reading inputs ahead, the extraction workers and their chunked tasks (outcomes travel back
as JSON lines), the batches written to the store, and the report with its exit status.

Counting outcomes, and which errors.ExitStatus they add up to, happen here, in one place,
so every command that imports reports the same way. Inputs are listed and read by
sources/files.py; `extract_one` reads one input the same way for `diklat extract`.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast, overload

from diklat_cli import i18n
from diklat_cli.errors import DiklatError, ExitStatus
from diklat_cli.extract.no_visit import NoVisit
from diklat_cli.gc_pause import gc_paused
from diklat_cli.i18n import gettext as _
from diklat_cli.models import Extraction, Provenance, Record
from diklat_cli.sources.files import EXPORT_SUFFIXES, ExportStream, Input, iter_inputs, read_item
from diklat_cli.sources.web import FetchError


class RecordLines(Sequence[Record]):
    """An export's checked records held as the lines the store writes (~2 KB each, where a
    model is ~20 KB: a 100,000-visit export held as models took ~3 GB); each is a model
    again only when it is read."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.lines: list[bytes] = []

    def add(self, record: Record) -> None:
        from diklat_cli.store.fileformat import dump_model

        line = dump_model(record)
        Record.model_validate_json(line)  # the check the store makes of a line it did not read itself
        self.ids.append(record.id)
        self.lines.append(line)

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        if isinstance(index, slice):
            return [Record.model_validate_json(line) for line in self.lines[index]]
        return Record.model_validate_json(self.lines[index])

    def __iter__(self) -> Iterator[Record]:
        return (Record.model_validate_json(line) for line in self.lines)


@dataclass
class Outcome:
    name: str
    status: str  # "imported" | "duplicate" | "no-visit" | "error"
    records: list[Record] | RecordLines = field(default_factory=list)
    message: str | None = None
    sha256: str | None = None
    text: str | None = None  # the article's text, until the batch saves it beside the store
    # a diklat export: where each record is in the file ("line 3"), by id
    where: dict[str, str] | None = None
    rejected: list[str] = field(default_factory=list)  # "line 3: why", one per record left out
    repaired: list[str] = field(default_factory=list)  # "line 3: what was made right"
    conflicts: list[str] = field(default_factory=list)  # records differing from the stored ones
    same: int = 0  # records identical to stored ones, skipped
    replaced: int = 0
    merged: int = 0
    too_complex: bool = False  # an article too long or too complex for one report, given up
    no_visit: str | None = None  # an article's `NoVisit` test that found no visit

    # Outcomes come back from the extraction workers pickled. Pickling pydantic models
    # field by field cost more than extracting a third of an article: the records travel as
    # the JSON lines the store writes, and are validated from them here; the store then
    # writes those lines as they are (`validated_line`).
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        records = self.records
        lines = records.lines if isinstance(records, RecordLines) else None
        state["records"] = lines or [r.model_dump_json(warnings=False).encode("utf-8") for r in records]
        state.pop("_lines", None)
        return state

    def __setstate__(self, state: dict) -> None:
        lines = state["records"]
        state["records"] = [Record.model_validate_json(line) for line in lines]
        # keyed by the record object: a record replaced later has no line here
        state["_lines"] = {id(r): (r, line) for r, line in zip(state["records"], lines, strict=True)}
        self.__dict__.update(state)

    def validated_line(self, record: Record) -> bytes | None:
        """The line `record` was validated from when it came from a worker, else None."""
        r, line = self.__dict__.get("_lines", {}).get(id(record), (None, None))
        return line if r is record else None


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def visits(self) -> int:
        return sum(len(o.records) for o in self.outcomes if o.status == "imported")

    def total(self, name: str) -> int:
        """The sum of a per-export tally ("same", "replaced", "merged") or list's length."""
        values = (getattr(o, name) for o in self.outcomes)
        return sum(v if isinstance(v, int) else len(v) for v in values)

    @property
    def exit_code(self) -> ExitStatus:
        """SOME_FAILED when an input failed or an export's record was left out; else
        TOO_COMPLEX when articles were given up as too long or too complex; else OK."""
        errors = [o for o in self.outcomes if o.status == "error"]
        if any(not o.too_complex for o in errors) or self.total("rejected") or self.total("conflicts"):
            return ExitStatus.SOME_FAILED
        return ExitStatus.TOO_COMPLEX if errors else ExitStatus.OK


class InputError(DiklatError):
    """The one input of `extract` cannot be read; `listed`: found while listing inputs
    (no such file, a folder of many), else while reading or fetching it."""

    def __init__(self, reason: str, *, listed: bool, too_complex: bool = False) -> None:
        super().__init__(reason)
        self.listed = listed
        self.too_complex = too_complex


def too_complex_message(exc) -> str:
    """The one line for an article whose extraction passed its budget (extract.budget)."""
    return _(
        "too complex for one news report: extraction stopped at its limit of {steps} steps of work"
        " (a long report takes about 10,000)"
    ).format(steps=i18n.format_number(exc.steps))


def extract_one(name: str, max_bytes: int) -> list[Extraction] | NoVisit:
    """The visits of one article (file, link or "-"), read the way import reads its inputs, or
    why it has none; nothing is stored. InputError when it cannot be read."""
    from diklat_cli.extract import budget, extract_or_reason
    from diklat_cli.sources import reader

    items = list(iter_inputs([name]))
    if len(items) != 1 or items[0].error:
        raise InputError(items[0].error if items and items[0].error else _("nothing to read"), listed=True)
    try:
        raw, _url, _fetched = read_item(items[0], max_bytes)
        if isinstance(raw, ExportStream):
            raw.discard()
            raise InputError(_("a diklat export, not an article: `diklat import` reads it"), listed=False)
        with budget.limit():  # the same bound on an article's work as import's
            article = reader.load_article(raw, items[0].name)
            return extract_or_reason(
                article.text, published=article.published, title=article.title, outlet=article.outlet
            )
    except budget.TooComplex as exc:
        raise InputError(too_complex_message(exc), listed=False, too_complex=True) from exc
    except (reader.ReadError, FetchError, OSError) as exc:
        raise InputError(str(exc), listed=False, too_complex=isinstance(exc, reader.TooLong)) from exc


def record_id(sha256: str, index: int) -> str:
    """Stable id of the index-th visit of an article: the same article gives the same ids."""
    return hashlib.sha256(f"{sha256}:{index}".encode()).hexdigest()[:12]


def analyse(
    name: str, data: bytes | ExportStream, url: str | None = None, fetched_at: dt.datetime | None = None
) -> Outcome:
    """Bytes of one input → an outcome with records (no store involved)."""
    from diklat_cli.extract import EXTRACTOR_VERSION, budget, extract_or_reason
    from diklat_cli.sources import exports as records_io
    from diklat_cli.sources import reader

    if isinstance(data, ExportStream):
        try:
            return _streamed_export(name, data)
        finally:
            data.discard()
    kind = records_io.looks_like_export(data, name)
    suffix = Path(name).suffix.lower()
    if kind is None and suffix in EXPORT_SUFFIXES and not data.removeprefix(b"\xef\xbb\xbf").strip():
        return Outcome(name, "no-visit", sha256=hashlib.sha256(data).hexdigest())  # an export of nothing
    if kind is None and suffix in EXPORT_SUFFIXES:
        # a .json/.jsonl/.csv is read as a diklat export only; anything else in one is a mistake
        message = _("not a valid diklat {kind} export (damaged, or another program's file)").format(kind=suffix[1:])
        return Outcome(name, "error", message=message)
    if kind is not None:
        try:
            entries = records_io.read_entries(data, kind)
        except ValueError as exc:
            message = _("not a valid diklat {kind} export: {reason}").format(kind=kind, reason=exc)
            return Outcome(name, "error", message=message)
        outcome = checked_export(name, entries)
        outcome.sha256 = hashlib.sha256(data).hexdigest()
        return outcome
    try:
        # an article's work is bounded: one that passes its budget is given up, the batch goes on
        with budget.limit():
            article = reader.load_article(data, name)
            extractions = extract_or_reason(
                article.text, published=article.published, title=article.title, outlet=article.outlet
            )
    except budget.TooComplex as exc:
        return Outcome(name, "error", message=too_complex_message(exc), too_complex=True)
    except reader.ReadError as exc:
        return Outcome(name, "error", message=str(exc), too_complex=isinstance(exc, reader.TooLong))
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    provenance = Provenance(
        file=Path(name).name if name != "<stdin>" and url is None else None,
        url=url,
        fetched_at=fetched_at,
        sha256=article.sha256,
        imported_at=now,
        extractor_version=EXTRACTOR_VERSION,
    )
    if isinstance(extractions, NoVisit):
        return Outcome(name, "no-visit", sha256=article.sha256, text=article.text, no_visit=extractions.value)
    records = [to_record(e, article.sha256, i, provenance) for i, e in enumerate(extractions)]
    return Outcome(name, "imported", records, sha256=article.sha256, text=article.text)


# told (bytes read, bytes in all) while an export is read in this process (run_import's `reading`)
_READING: contextvars.ContextVar[Callable[[int, int], None] | None] = contextvars.ContextVar("reading", default=None)


def _telling(entries: Iterator, f, size: int, told: Callable[[int, int], None]) -> Iterator:
    for n, entry in enumerate(entries):
        if n % 2000 == 0:
            told(f.tell(), size)
        yield entry


def _streamed_export(name: str, export: ExportStream) -> Outcome:
    """The records of an export read as a stream, whatever its size (sources.exports)."""
    from diklat_cli.sources import exports as records_io
    from diklat_cli.sources.files import EXPORT_KINDS

    label = export.kind or Path(name).suffix.lower()[1:] or "diklat"
    try:
        with export.path.open("rb") as f:
            head = f.read(64 * 1024)
            kind = export.kind or records_io.export_kind(head, name, complete=len(head) == export.size)
            if not head.removeprefix(b"\xef\xbb\xbf").strip() and export.size < 64 * 1024:
                return Outcome(name, "no-visit", sha256=export.sha256)  # an export of nothing
            if kind not in EXPORT_KINDS:
                # a .json/.jsonl/.csv is read as a diklat export only; anything else in one is a mistake
                message = _("not a valid diklat {kind} export (damaged, or another program's file)")
                return Outcome(name, "error", message=message.format(kind=label))
            f.seek(0)
            entries = records_io.iter_entries(f, kind)
            told = _READING.get()
            outcome = checked_export(name, entries if told is None else _telling(entries, f, export.size, told))
    except OSError as exc:
        return Outcome(name, "error", message=str(exc))
    except ValueError as exc:
        message = _("not a valid diklat {kind} export: {reason}").format(kind=kind, reason=exc)
        return Outcome(name, "error", message=message)
    outcome.sha256 = export.sha256
    return outcome


def checked_export(name: str, entries) -> Outcome:
    """The records of an export, each checked and normalised as `diklat edit` checks a
    correction (editing.check_record); a record that cannot be, or whose id an earlier one
    in the file has, is rejected alone with one line saying why."""
    from diklat_cli.editing import EditError, check_record

    outcome = Outcome(name, "imported", where={})
    kept = RecordLines()
    first: dict[str, str] = {}
    for where, record in entries:
        if isinstance(record, str):
            outcome.rejected.append(record)
            continue
        if record.id in first:
            outcome.rejected.append(
                f"{where}: id {record.id} appears twice in the file (first at {first[record.id]}); kept the first"
            )
            continue
        first[record.id] = where
        try:
            record, notes = check_record(record)
        except EditError as exc:
            outcome.rejected.append(f"{where}: {_columns(where, str(exc))}")
            continue
        outcome.repaired += [f"{where}: {_columns(where, note)}" for note in notes]
        kept.add(record)
        cast(dict, outcome.where)[record.id] = where
    outcome.records = kept
    if not kept and not outcome.rejected:
        outcome.status = "no-visit"
    return outcome


def _columns(where: str, message: str) -> str:
    """A message about a CSV row names the spreadsheet's column (destination_province),
    one about JSON the field (destination.province)."""
    if not where.startswith("row "):
        return message
    from diklat_cli.sources.exports import column_name

    path, sep, rest = message.partition(":")
    if not sep:
        path, sep, rest = message.partition(" ")
    return f"{column_name(path)}{sep}{rest}"


def to_record(extraction: Extraction, sha256: str, index: int, provenance: Provenance) -> Record:
    data = extraction.visit.model_dump()
    return Record(id=record_id(sha256, index), provenance=provenance, evidence=extraction.evidence, **data)


def keep_manual(new: Record, old: Record | None) -> Record:
    """Fields a person edited survive re-extraction."""
    if old is None or not old.manual:
        return new
    updates = {}
    for path in old.manual:
        top = path.split(".")[0]
        updates[top] = getattr(old, top)
    return new.model_copy(update={**updates, "manual": list(old.manual)})


@dataclass
class _Job:
    """An input read and new to the store, waiting for extraction."""

    name: str
    raw: bytes | ExportStream
    url: str | None = None
    fetched_at: dt.datetime | None = None


@dataclass
class _Copy:
    """An input with the same bytes as one met earlier in this run: it shares that outcome."""

    name: str
    sha256: str


def _sha256(raw: bytes | ExportStream) -> str:
    return raw.sha256 if isinstance(raw, ExportStream) else hashlib.sha256(raw).hexdigest()


def _gather(
    item: Input,
    known,
    seen: set[str],
    known_urls,
    max_bytes: int,
    save_html: Path | None,
    export_format: str | None = None,
):
    """Read (or fetch) one input: a job to extract, a copy of an earlier input, or an
    outcome already (error, already in the store)."""
    if item.error:
        return Outcome(item.name, "error", message=item.error)
    if item.url is not None and item.url in known_urls:
        return Outcome(item.name, "duplicate")
    try:
        raw, url, fetched_at = read_item(item, max_bytes, save_html, export_format)
    except Exception as exc:  # ReadError, FetchError, OSError: reported per input, the batch goes on
        return Outcome(item.name, "error", message=str(exc) or exc.__class__.__name__)
    sha = _sha256(raw)
    if sha in known or sha in seen:
        if isinstance(raw, ExportStream):
            raw.discard()
        return Outcome(item.name, "duplicate", sha256=sha) if sha in known else _Copy(item.name, sha)
    seen.add(sha)
    if item.url is not None:
        known_urls.add(item.url)
    return _Job(item.name, raw, item.url if url else None, fetched_at)


def _run_jobs(jobs: list[_Job]) -> list[Outcome]:
    """A worker's task: the outcomes of a chunk of inputs (one task per article made
    starting, pickling and waiting cost more than extracting)."""
    with gc_paused():  # full collections over a chunk's many small objects find nothing
        return [analyse(job.name, job.raw, url=job.url, fetched_at=job.fetched_at) for job in jobs]


# extraction is CPU work: big batches are spread over the machine's cores
PARALLEL_FROM = 64
BATCH_SIZE = 500  # inputs of the first store writes: a crash keeps whole batches
MAX_BATCH = 5000  # each write copies the whole store file: later batches grow, up to this
CHUNK = 32  # inputs per worker task
AHEAD = 640  # inputs read and handed to the workers beyond those whose outcomes are used


def _next_batch(first: int, written: int) -> int:
    """Inputs in the next batch once `written` inputs are done: `first`, then half as many
    as are done, at most MAX_BATCH (a 10,000-article import writes the store 8 times, not
    20, so it no longer fills all 20 backups; 100,000 articles 26 times, not 200)."""
    return max(first, min(MAX_BATCH, written // 2))


def _start_worker(parent: int, language: str) -> None:
    """In a worker: messages in the run's language (a spawned worker would choose again
    from the locale), and leave when the importing process is gone (even killed with SIGKILL).
    Ctrl-C reaches every process of the terminal's group: only the importing process acts on
    it (one line, exit 130) and stops the workers, which would otherwise each print a traceback."""
    i18n.use(language)
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


@contextlib.contextmanager
def _pool(jobs: int):
    workers = min(os.cpu_count() or 1, 8)
    if jobs < PARALLEL_FROM or workers < 2:
        yield None
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(), i18n.language()))
    try:
        yield pool
    except BaseException:
        # interrupted, or a store write failed: the inputs read ahead are not extracted first
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _pipeline(inputs: list[Input], gather, pool, ahead=lambda: AHEAD) -> Iterator[tuple[list, Iterator[Outcome]]]:
    """Chunks of inputs in order: (what `gather` made of each, the outcomes of its jobs in
    order). With a pool, `ahead()` inputs are read and handed to the workers before the
    outcomes of a chunk are used, so the workers stay busy while earlier batches are written."""
    if pool is None:
        for first in range(0, len(inputs), CHUNK):
            gathered = [gather(i) for i in inputs[first : first + CHUNK]]
            yield gathered, iter(_run_jobs([g for g in gathered if isinstance(g, _Job)]))
        return
    import collections
    import multiprocessing

    # Workers are forked when the first task is handed over. Forked after this process has
    # built what the rules build on first use (extract.warm.warm_up: patterns, gates, data files) and
    # extracted the first article itself (an outcome used like any other), they start with all
    # of it, instead of each doing it again on the articles that first reach each rule.
    # (every_gate=False: the scanning gates of the patterns no rule reached in the samples are left to
    # the workers, a few ms each over an import, not ~0.4 s here while no worker runs:
    # bench/import_warm.py)
    warm_up = multiprocessing.get_start_method() == "fork"
    pending: collections.deque = collections.deque()
    for first in range(0, len(inputs), CHUNK):
        gathered = [gather(i) for i in inputs[first : first + CHUNK]]
        jobs = [g for g in gathered if isinstance(g, _Job)]
        ready: list[Outcome] = []
        if warm_up and jobs:
            from diklat_cli.extract.warm import warm_up as build_rules

            build_rules(every_gate=False)
            ready, jobs, warm_up = _run_jobs(jobs[:1]), jobs[1:], False
        pending.append((gathered, ready, pool.submit(_run_jobs, jobs) if jobs else None))
        if len(pending) * CHUNK < ahead():
            continue
        yield _results(*pending.popleft())
    while pending:
        yield _results(*pending.popleft())


def _results(gathered: list, ready: list[Outcome], future) -> tuple[list, Iterator[Outcome]]:
    return gathered, iter(ready + (future.result() if future is not None else []))


def run_import(
    paths: Iterable[str],
    store,
    *,
    force: bool = False,
    dry_run: bool = False,
    max_bytes: int,
    progress: Callable[[Outcome], None] | None = None,
    batch_size: int | None = None,
    save_html: Path | None = None,
    on_conflict: str = "keep",
    listed: list[Input] | None = None,
    export_format: str | None = None,
    reading: Callable[[int, int], None] | None = None,
) -> Report:
    """Import every input into the store, committing in batches so a crash keeps whole batches.
    `listed`: what `iter_inputs(paths)` gave, when the caller has listed them already.

    A record of a diklat export whose id the store has is skipped when identical; when it
    differs, `on_conflict` says what happens: "keep" (the stored one stays, a conflict is
    reported), "replace" (the file's is taken) or "merge" (its differences become manual
    edits of the stored one, evidence kept). `export_format` reads every input as a diklat
    export of that kind (for stdin, whose name says nothing). `reading` is told (bytes read,
    bytes in all) now and then while an export is read (a 100,000-visit one takes a while)."""
    if on_conflict not in CONFLICT_MODES:
        raise ValueError(f"on_conflict must be one of {CONFLICT_MODES}")
    token = _READING.set(reading)
    try:
        batch_size = batch_size or BATCH_SIZE
        report = Report()
        inputs = list(iter_inputs(paths)) if listed is None else listed
        # sha256 / links of the store's articles: sets, or lookups in the store's index
        known: Any = set()
        known_urls: Any = set()
        if not (force or dry_run):
            known, known_urls = store.imported()

        def known_for(item: Input):
            """An export imported before is read again when its conflicts are to be resolved."""
            named_export = item.path is not None and item.path.suffix.lower() in EXPORT_SUFFIXES
            return set() if on_conflict != "keep" and named_export else known

        preview: list = []  # for --dry-run: the store as loaded, to tell an export's records apart

        def commit(batch: list[Outcome]) -> None:
            if dry_run and any(o.where is not None for o in batch):
                if not preview:
                    preview.append(store.load())
                for outcome in batch:
                    if outcome.where is not None:
                        _apply_export(preview[0], outcome, on_conflict)
            if dry_run or not batch:
                return
            store.save_article_texts({o.sha256: o.text for o in batch if o.text is not None})
            for outcome in batch:  # kept on disk now: the report need not hold every article's text
                outcome.text = None
            # new articles only (the usual case): their lines are added without loading the store
            if not force and store.append("import", *_new_lines(batch)):
                return
            with store.transaction("import") as data:
                for outcome in batch:
                    _apply(data, outcome, force, on_conflict)

        seen: set[str] = set()
        done: dict[str, Outcome] = {}  # sha256 → outcome of the first input with those bytes

        def gather(item: Input):
            return _gather(item, known_for(item), seen, known_urls, max_bytes, save_html, export_format)

        def outcome_of(g, extracted: Iterator[Outcome]) -> Outcome:
            if isinstance(g, _Job):
                outcome = next(extracted)
                done[outcome.sha256 or _sha256(g.raw)] = outcome
                return outcome
            if isinstance(g, _Copy):
                original = done.get(g.sha256)
                if original is not None and original.status == "error":
                    return Outcome(g.name, "error", message=original.message, too_complex=original.too_complex)
                return Outcome(g.name, "duplicate", sha256=g.sha256)
            return g

        batch: list[Outcome] = []
        taken = 0  # inputs whose outcomes are counted (in order)
        limit = batch_size  # the batch is committed when `taken` reaches it
        # inputs read ahead: enough to keep the workers busy while the batch is written
        window = [AHEAD]
        # the report holds every outcome: with the cycle collector on, its full collections
        # walked them all again and again (a fifth of this process's time) to find nothing
        with _pool(len(inputs)) as pool, gc_paused():
            for gathered, extracted in _pipeline(inputs, gather, pool, lambda: window[0]):
                for g in gathered:
                    outcome = outcome_of(g, extracted)
                    report.outcomes.append(outcome)
                    if outcome.status in ("imported", "no-visit"):
                        batch.append(outcome)
                    if progress:
                        progress(outcome)
                    taken += 1
                    if taken == limit:
                        # the workers go on with the inputs read ahead while this batch is written
                        commit(batch)
                        batch = []
                        size = _next_batch(batch_size, taken)
                        limit, window[0] = taken + size, max(AHEAD, size // 2)
            commit(batch)
        return report
    finally:
        _READING.reset(token)


def _new_lines(batch: list[Outcome]) -> tuple[dict, list[Record], list[bytes | None], list[tuple[str, bytes]]]:
    """What importing the batch into a store holding none of its articles adds:
    ({sha256: article entry}, the visits, the lines they were validated from or None, an
    export's checked visits as (id, line))."""
    articles = {}
    records: list[Record] = []
    lines: list[bytes | None] = []
    checked: list[tuple[str, bytes]] = []
    for outcome in batch:
        if isinstance(outcome.records, RecordLines):
            articles[outcome.sha256] = _article_entry(outcome, outcome.records.ids)
            checked += zip(outcome.records.ids, outcome.records.lines, strict=True)
            continue
        articles[outcome.sha256] = _article_entry(outcome, [r.id for r in outcome.records])
        records += outcome.records
        lines += [outcome.validated_line(r) for r in outcome.records]
    return articles, records, lines, checked


def _article_entry(outcome: Outcome, ids: list[str]):
    from diklat_cli.store import ArticleEntry

    first = outcome.records[0].provenance if outcome.records else None
    return ArticleEntry(
        file=first.file if first else Path(outcome.name).name,
        url=first.url if first else None,
        imported_at=first.imported_at if first else dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        extractor_version=first.extractor_version if first else "",
        visit_ids=ids,
        status="ok" if ids else "no-visit",
    )


CONFLICT_MODES = ("keep", "replace", "merge")


def _apply(data, outcome: Outcome, force: bool, on_conflict: str = "keep") -> None:
    sha = outcome.sha256
    if outcome.where is not None:
        _apply_export(data, outcome, on_conflict)
        return
    entry = data.articles.get(sha)
    if entry is not None and not force:
        outcome.status = "duplicate"
        return
    old = {}
    if entry is not None:
        for vid in entry.visit_ids:
            if vid in data.visits:
                old[vid] = data.visits[vid]
                data.remove(vid)
    ids = []
    added = []
    for record in outcome.records:
        ids.append(record.id)
        if not force and record.id in data.visits:
            continue  # an article imported again after some of its visits were deleted: the rest stay as they are
        record = keep_manual(record, old.get(record.id) or data.visits.get(record.id))
        if record.id in data.visits:
            data.remove(record.id)
        data.add(record)
        added.append(record)
    outcome.records = added
    data.articles[sha] = _article_entry(outcome, ids)


def _visit_paths() -> tuple[str, ...]:
    from diklat_cli.editing import EDITABLE

    return EDITABLE


def _value(record: Record, path: str):
    value: Any = record
    for part in path.split("."):
        value = getattr(value, part)
    return value


def differences(old: Record, new: Record) -> list[str]:
    """The visit fields (as `diklat edit` names them) in which two records differ."""
    return [path for path in _visit_paths() if _value(old, path) != _value(new, path)]


def _merged(old: Record, new: Record, paths: list[str]) -> Record:
    """`old` with the fields `paths` taken from `new` as manual edits, evidence kept."""
    data = old.model_dump()
    for path in paths:
        parts = path.split(".")
        target = data
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = _value(new, path)
        if hasattr(target[parts[-1]], "model_dump"):
            target[parts[-1]] = target[parts[-1]].model_dump()
    data["officials"] = [o.model_dump() if hasattr(o, "model_dump") else o for o in data["officials"]]
    data["manual"] = list(dict.fromkeys([*old.manual, *paths]))
    return Record.model_validate(data)


def _replacement(old: Record, new: Record, paths: list[str]) -> Record:
    """The file's record; what an export without them (CSV) lacks is kept from the stored
    one: the evidence of fields that did not change, the manual marks, other reports."""
    update: dict[str, Any] = {}
    if not new.evidence:
        update["evidence"] = {k: v for k, v in old.evidence.items() if k not in paths}
    if not new.manual:
        update["manual"] = list(old.manual)
    if not new.also_reported_by:
        update["also_reported_by"] = list(old.also_reported_by)
    return new.model_copy(update=update)


def _apply_export(data, outcome: Outcome, on_conflict: str) -> None:
    """Records of a diklat export: new ones added; ones the store has skipped when
    identical, else a conflict unless replacing or merging; an id of another article's
    visit refused."""
    where = outcome.where or {}
    added: list[Record] = []
    for record in outcome.records:
        old = data.visits.get(record.id)
        if old is None:
            data.add(record)
            added.append(record)
            continue
        at = f"{where.get(record.id, 'record')}: visit {record.id}"
        if record.provenance.sha256 and record.provenance.sha256 != old.provenance.sha256:
            outcome.rejected.append(f"{at} has the id of another article's visit in the store; not imported")
            continue
        if not record.provenance.sha256:  # an older CSV export: the stored article's
            record = record.model_copy(update={"provenance": old.provenance})
        paths = differences(old, record)
        if not paths:
            outcome.same += 1
        elif on_conflict == "replace":
            data.replace(_replacement(old, record, paths))
            outcome.replaced += 1
        elif on_conflict == "merge":
            data.replace(_merged(old, record, paths))
            outcome.merged += 1
        else:
            outcome.conflicts.append(
                f"{at} differs from the stored one in {', '.join(paths)}; kept the stored one"
                " (--replace takes the file's, --merge applies it as edits)"
            )
    outcome.records = added
    if added:
        data.articles[outcome.sha256] = _article_entry(outcome, [r.id for r in added])
