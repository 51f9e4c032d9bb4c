"""The local store: one JSON document of visits, with locking, backups and undo.

Layout beside the store file `<stem>.json`:
  `<stem>.json.lock`         the lock every writer takes
  `<stem>.backups/`          the file as it was before each write, `<UTC time>-<op>.json`
  `<stem>.articles/`         article texts, `<sha256>.txt`, for `show --evidence`

The document keeps one article or visit per line so that it stays readable, greppable and
a JSON error's line number points at the damaged record. This module knows nothing about
what articles say or how visits are extracted.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import PydanticSerializationError

from diklat_cli.config import default_store_path  # where it was first defined: kept for callers
from diklat_cli.errors import StoreError
from diklat_cli.gc_pause import gc_paused
from diklat_cli.models import Record

__all__ = [
    "FORMAT",
    "SCHEMA_VERSION",
    "ArticleEntry",
    "Store",
    "StoreData",
    "StoreError",
    "default_store_path",
]

FORMAT = "diklat-store"
SCHEMA_VERSION = 1
DEFAULT_HISTORY = 20
DEFAULT_LOCK_TIMEOUT = 60.0

# Upgrades of the decoded document, from version n to n + 1. Empty while there is only v1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_SHA_RE = re.compile(r"[0-9a-f]{64}")
_BACKUP_RE = re.compile(r"(?P<ts>\d{8}T\d{6}\.\d{6}Z)-(?P<op>[a-z0-9][a-z0-9-]*)\.json")
_TS_FORMAT = "%Y%m%dT%H%M%S.%fZ"  # no ':' so the names are valid on Windows


class ArticleEntry(BaseModel):
    """One imported article, by the sha256 of its text."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    file: str | None = None
    url: str | None = None
    imported_at: dt.datetime
    extractor_version: str
    visit_ids: list[str] = Field(default_factory=list)
    status: Literal["ok", "no-visit"] = "ok"


class _Document(BaseModel):
    # The whole file, validated in one pass by pydantic's JSON parser: the fast path of load.
    model_config = ConfigDict(extra="forbid")

    format: Literal["diklat-store"]
    schema_version: int
    articles: dict[str, ArticleEntry]
    visits: list[Record]


@dataclass
class StoreData:
    """The store's contents in memory. Mutate it inside `Store.transaction()`."""

    schema_version: int = SCHEMA_VERSION
    visits: dict[str, Record] = field(default_factory=dict)
    articles: dict[str, ArticleEntry] = field(default_factory=dict)
    # the version the file had when it needed a migration on load, else None
    migrated_from: int | None = None

    def records(self) -> list[Record]:
        return list(self.visits.values())

    def add(self, record: Record) -> None:
        if record.id in self.visits:
            raise StoreError(f"a visit with id {record.id} is already in the store")
        self.visits[record.id] = record

    def remove(self, id: str) -> Record:
        """Remove the visit with exactly this id (articles' references to it are dropped
        when the transaction is written, so remove + add keeps them)."""
        try:
            return self.visits.pop(id)
        except KeyError:
            raise StoreError(f"no visit with id {id}") from None

    def replace(self, record: Record) -> None:
        """Put `record` in place of the visit with the same id, keeping its position."""
        if record.id not in self.visits:
            raise StoreError(f"no visit with id {record.id}")
        self.visits[record.id] = record

    def _drop_dangling(self) -> None:
        for entry in self.articles.values():
            if any(v not in self.visits for v in entry.visit_ids):
                entry.visit_ids = [v for v in entry.visit_ids if v in self.visits]

    def find(self, prefix: str) -> Record:
        """The visit whose id is `prefix` or, like git, the only one that starts with it."""
        if prefix in self.visits:
            return self.visits[prefix]
        key = prefix.strip().lower()
        if not key:
            raise StoreError("no visit id given")
        matches = [i for i in self.visits if i.lower().startswith(key)]
        if not matches:
            raise StoreError(f"no visit with id {prefix}")
        if len(matches) > 1:
            shown = ", ".join(sorted(matches)[:5])
            more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
            raise StoreError(f"id prefix '{prefix}' is ambiguous: {shown}{more}")
        return self.visits[matches[0]]


# --- (de)serialisation: swap these two for another JSON library --------------------------


def _dump_model(model: BaseModel) -> bytes:
    # warnings=False: wrong types are caught by validating changed lines before writing
    return model.model_dump_json(warnings=False).encode("utf-8")


def _decode(raw: bytes) -> Any:
    return json.loads(raw.decode("utf-8"))


def _assemble(article_lines: list[bytes], visit_lines: list[bytes]) -> bytes:
    head = json.dumps({"format": FORMAT, "schema_version": SCHEMA_VERSION}, separators=(",", ":"))
    parts = [head[:-1].encode("utf-8") + b",", b'"articles":{']
    if article_lines:
        parts.append(b",\n".join(article_lines))
    parts.append(b'},\n"visits":[')
    if visit_lines:
        parts.append(b",\n".join(visit_lines))
    parts.append(b"]}\n")
    return b"\n".join(parts)


def _known_lines(content: bytes) -> set[bytes]:
    """The file's lines with and without their trailing comma, to spot unchanged items."""
    lines = content.split(b"\n")
    return set(lines) | {line[:-1] for line in lines if line.endswith(b",")}


def _article_line_key(sha: str) -> bytes:
    return json.dumps(sha, ensure_ascii=False).encode("utf-8") + b":"


def _article_line(sha: str, entry: ArticleEntry) -> bytes:
    return _article_line_key(sha) + _dump_model(entry)


def _lines(data: StoreData) -> tuple[list[bytes], list[bytes]]:
    with gc_paused():
        articles = [_article_line(sha, a) for sha, a in data.articles.items()]
        visits = [_dump_model(r) for r in data.visits.values()]
    return articles, visits


@dataclass
class _Layout:
    """Where the parts of a store file laid out as _assemble writes it are (byte offsets)."""

    articles: tuple[int, int]  # the article lines (an empty range when there are none)
    visits: tuple[int, int]  # the visit lines (likewise)


_ARTICLES_OPEN = b'"articles":{\n'
_SECTION_BREAK = b'\n},\n"visits":[\n'
_EMPTY_ARTICLES_BREAK = b'},\n"visits":[\n'
_CLOSE = b"\n]}\n"
_EMPTY_VISITS_CLOSE = b"]}\n"


def _file_layout(path: Path) -> _Layout | None:
    """The layout of the store file if it is exactly as _assemble writes it, else None.

    JSON strings hold no raw newline, so the first line "}," followed by "visits":[ ends
    the articles, and each line in between is one item. The file is mapped, not read: only
    the pages searched are touched."""
    import mmap

    head = _assemble([], [])
    prefix = head[: head.index(_ARTICLES_OPEN) + len(_ARTICLES_OPEN)]
    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            size = len(m)
            if m[: len(prefix)] != prefix:
                return None  # another layout, or a byte order mark: the slow way rewrites it
            start = len(prefix)
            if m[start : start + len(_EMPTY_ARTICLES_BREAK)] == _EMPTY_ARTICLES_BREAK:
                articles, visits_start = (start, start), start + len(_EMPTY_ARTICLES_BREAK)
            else:
                end = m.find(_SECTION_BREAK, start)
                if end < 0:
                    return None
                articles, visits_start = (start, end), end + len(_SECTION_BREAK)
            tail = m[max(0, size - len(_CLOSE)) :]
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return None
    if size - len(_CLOSE) > visits_start and tail == _CLOSE:
        return _Layout(articles, (visits_start, size - len(_CLOSE)))
    if size == visits_start + len(_EMPTY_VISITS_CLOSE) and tail.endswith(_EMPTY_VISITS_CLOSE):
        return _Layout(articles, (visits_start, visits_start))
    return None


def _spliced(layout: _Layout, article_lines: list[bytes], visit_lines: list[bytes]) -> list:
    """The store file with the new lines after the old ones of each section, as pieces to
    write: bytes, or (start, end) ranges of the old file, which are copied, not read in."""
    (a_start, a_end), (v_start, v_end) = layout.articles, layout.visits
    pieces: list = [(0, a_end)]
    if article_lines:
        pieces += [b",\n" if a_end > a_start else b"", b",\n".join(article_lines)]
    pieces.append(_SECTION_BREAK if a_end > a_start or article_lines else _EMPTY_ARTICLES_BREAK)
    pieces.append((v_start, v_end))
    if visit_lines:
        pieces += [b",\n" if v_end > v_start else b"", b",\n".join(visit_lines)]
    pieces.append(_CLOSE if v_end > v_start or visit_lines else _EMPTY_VISITS_CLOSE)
    return pieces


def _encode(data: StoreData) -> bytes:
    return _assemble(*_lines(data))


# --- reading and diagnosing ---------------------------------------------------------------


@dataclass
class _Problem:
    what: str  # completes "store file X ...", e.g. "is not valid JSON (line 3)"
    detail: str = ""
    newer: bool = False
    visit_id: Any = None  # of an invalid visit: still counts as present for references

    def __str__(self) -> str:
        return f"{self.what}: {self.detail}" if self.detail else self.what


def _validation_detail(err: ValidationError) -> str:
    first = err.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "(record)"
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{loc}: {first['msg']}{more}"


def _fast_parse(raw: bytes) -> StoreData | None:
    """The document if it is current and sound, checked in one pass; None to diagnose."""
    try:
        with gc_paused():
            doc = _Document.model_validate_json(raw)
    except ValidationError:
        return None
    if doc.schema_version != SCHEMA_VERSION:
        return None
    visits = {r.id: r for r in doc.visits}
    if len(visits) != len(doc.visits):
        return None
    return StoreData(SCHEMA_VERSION, visits, doc.articles)


def _diagnose(raw: bytes, *, all_problems: bool) -> tuple[StoreData | None, list[_Problem]]:
    """Parse slowly with a precise account of what is wrong (and migrate old versions).

    The data is None when the file cannot be read as a store at all; otherwise it holds
    every valid item, so that `check` can look further.
    """
    if not raw.strip():
        return None, [_Problem("is empty")]
    try:
        obj = _decode(raw)
    except UnicodeDecodeError as e:
        return None, [_Problem("is not UTF-8 text", str(e))]
    except json.JSONDecodeError as e:
        hint = "" if raw.rstrip().endswith(b"}") else ", cut short?"
        return None, [_Problem(f"is not valid JSON (line {e.lineno}{hint})", e.msg)]
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        return None, [_Problem("is not a diklat store", 'no "format": "diklat-store"')]
    version = obj.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return None, [_Problem("has no valid schema_version", repr(version))]
    if version > SCHEMA_VERSION:
        what = f"was written by a newer diklat (schema version {version})"
        return None, [_Problem(what, f"this diklat reads up to {SCHEMA_VERSION}", newer=True)]
    migrated_from = version if version < SCHEMA_VERSION else None
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            return None, [_Problem(f"has schema version {version}, which cannot be upgraded")]
        try:
            obj = step(obj)
        except Exception as e:  # a migration meeting data it does not expect
            return None, [_Problem(f"could not be upgraded from schema version {version}", repr(e))]
        version += 1

    problems: list[_Problem] = []
    extra = set(obj) - {"format", "schema_version", "articles", "visits"}
    if extra:
        problems.append(_Problem("has unknown top-level keys", ", ".join(sorted(extra))))
    raw_articles = obj.get("articles")
    raw_visits = obj.get("visits")
    if not isinstance(raw_articles, dict):
        problems.append(_Problem('has no "articles" object'))
        raw_articles = {}
    if not isinstance(raw_visits, list):
        problems.append(_Problem('has no "visits" list'))
        raw_visits = []

    data = StoreData(SCHEMA_VERSION, migrated_from=migrated_from)
    with gc_paused():
        for n, item in enumerate(raw_visits, 1):
            if problems and not all_problems:
                break
            label = item.get("id") if isinstance(item, dict) else None
            try:
                record = Record.model_validate(item)
            except ValidationError as e:
                what = f"has an invalid visit #{n} (id {label})"
                problems.append(_Problem(what, _validation_detail(e), visit_id=label))
                continue
            if record.id in data.visits:
                problems.append(_Problem(f"has a duplicate visit id {record.id} (visit #{n})"))
            else:
                data.visits[record.id] = record
        for sha, item in raw_articles.items():
            if problems and not all_problems:
                break
            try:
                data.articles[sha] = ArticleEntry.model_validate(item)
            except ValidationError as e:
                problems.append(_Problem(f"has an invalid article {sha}", _validation_detail(e)))
    return data, problems


# --- writing ------------------------------------------------------------------------------


def _write_temp(target: Path, content: bytes | list, *, sync: bool = True, source: Path | None = None) -> Path:
    """Write `content` durably (unless not `sync`) to a new file beside `target`; the
    caller renames it. `content` is bytes or a list of pieces: bytes, or (start, end)
    byte ranges of the file `source`, copied without holding them in memory."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o666)
    try:
        with os.fdopen(fd, "wb", buffering=0) as f, contextlib.ExitStack() as stack:
            src = None
            for piece in content if isinstance(content, list) else (content,):
                if isinstance(piece, tuple):
                    if src is None:
                        src = stack.enter_context(open(source, "rb", buffering=0))  # type: ignore[arg-type]
                    _copy_range(src, f, *piece)
                else:
                    _write_all(f, piece)
            if sync:
                os.fsync(f.fileno())
        with contextlib.suppress(OSError):  # keep the old file's permissions
            os.chmod(tmp, os.stat(target).st_mode & 0o7777)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _write_all(f, data) -> None:
    view = memoryview(data)
    while view:
        view = view[f.write(view) :]


def _copy_range(src, dst, start: int, end: int) -> None:
    """Append bytes start..end of the file `src` to `dst` (both unbuffered)."""
    pos = start
    if hasattr(os, "copy_file_range"):  # Linux: copied by the kernel, not through Python
        with contextlib.suppress(OSError):  # not supported between these files: copy below
            while pos < end:
                copied = os.copy_file_range(src.fileno(), dst.fileno(), end - pos, pos)
                if copied == 0:
                    break
                pos += copied
    src.seek(pos)
    while pos < end:
        chunk = src.read(min(end - pos, 1 << 20))
        if not chunk:
            raise OSError(f"{src.name} became shorter while being copied")
        _write_all(dst, chunk)
        pos += len(chunk)


def _replace(src: Path, dst: Path) -> None:
    # Windows refuses to replace a file another process is reading: retry briefly.
    for attempt in range(20):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 19:
                raise
            time.sleep(0.05)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows syncs only writable handles
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way.
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _atomic_write(target: Path, content: bytes | list, source: Path | None = None) -> None:
    """Replace `target` with `content` (see _write_temp) whole or not at all."""
    tmp = _write_temp(target, content, source=source)
    try:
        _replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _validate_changed(
    data: StoreData, article_lines: list[bytes], visit_lines: list[bytes], known: set[bytes]
) -> None:
    """Re-validate what changed since loading: in-place edits bypass pydantic's checks."""
    for (key, record), line in zip(data.visits.items(), visit_lines, strict=True):
        if key != record.id:
            raise StoreError(f"internal error: visit {record.id} is filed under id {key}")
        if line not in known:
            try:
                Record.model_validate_json(line)
            except ValidationError as e:
                raise StoreError(
                    f"visit {record.id} is not valid ({_validation_detail(e)}); store not changed"
                ) from None
    for (sha, _), line in zip(data.articles.items(), article_lines, strict=True):
        if line not in known:
            key = _article_line_key(sha)
            try:
                ArticleEntry.model_validate_json(line[len(key) :])
            except ValidationError as e:
                raise StoreError(
                    f"article {sha} is not valid ({_validation_detail(e)}); store not changed"
                ) from None


# --- the store ----------------------------------------------------------------------------


class Store:
    """The store at `path` (see the module doc for the files beside it)."""

    def __init__(
        self,
        path: Path | str,
        *,
        history: int = DEFAULT_HISTORY,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    ) -> None:
        self.path = Path(path)
        self.history = max(1, history)
        self.lock_timeout = lock_timeout
        stem = self.path.stem
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.backup_dir = self.path.with_name(stem + ".backups")
        self.articles_dir = self.path.with_name(stem + ".articles")
        self._owner: int | None = None  # the thread holding the lock, to refuse nesting

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # reading

    def _read(self, path: Path | None = None) -> bytes | None:
        path = path or self.path
        try:
            # a byte order mark is left by some Windows editors
            return path.read_bytes().removeprefix(codecs.BOM_UTF8)
        except FileNotFoundError:
            return None
        except OSError as e:
            raise StoreError(f"cannot read store file {path}: {e.strerror or e}") from None

    def _parse(self, raw: bytes, path: Path | None = None) -> StoreData:
        data = _fast_parse(raw)
        if data is not None:
            return data
        data, problems = _diagnose(raw, all_problems=False)
        if problems or data is None:
            raise self._refusal(problems[0], path or self.path)
        return data

    def _refusal(self, problem: _Problem, path: Path) -> StoreError:
        if problem.newer:
            return StoreError(
                f"store file {path} {problem.what}, but this diklat reads only up to version"
                f" {SCHEMA_VERSION}: upgrade diklat to use it"
            )
        if path != self.path:
            return StoreError(f"backup {path} {problem}; pick another one or remove it")
        if self.backups():
            advice = "run `diklat doctor --restore` to go back to the last good backup"
        else:
            advice = "move it away to start an empty store"
        detail = f" ({problem.detail})" if problem.detail else ""
        return StoreError(
            f"store file {path} {problem.what}: diklat will not write over it; {advice}{detail}"
        )

    def load(self) -> StoreData:
        """The store's contents (a missing file is an empty store). Writes nothing."""
        raw = self._read()
        return StoreData() if raw is None else self._parse(raw)

    def imported(self):
        """(sha256 of the imported articles, links they were fetched from) as set-like
        lookups in the derived index (`in`, and `add` for this run's own); a store that does
        not load is reported here, before any work."""
        from diklat_cli.index import sqlindex as index

        return index.imported(index.refresh(self))

    # locking and writing

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if self._owner == threading.get_ident():
            raise RuntimeError("nested store transaction")
        from filelock import FileLock, Timeout  # lazy: start-up time

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            folder = self.path.parent
            raise StoreError(f"cannot create folder {folder}: {e.strerror or e}") from None
        lock = FileLock(str(self.lock_path), timeout=self.lock_timeout)
        try:
            lock.acquire()
        except Timeout:
            raise StoreError(
                f"store {self.path} is busy: another diklat command has held it for"
                f" {self.lock_timeout:g} s; try again later (if no diklat is running,"
                f" delete {self.lock_path})"
            ) from None
        except OSError as e:
            raise StoreError(f"cannot lock store {self.path}: {e.strerror or e}") from None
        self._owner = threading.get_ident()
        try:
            yield
        finally:
            self._owner = None
            lock.release()

    @contextlib.contextmanager
    def transaction(self, op: str) -> Iterator[StoreData]:
        """Lock, load fresh, yield the data; on normal exit write it back if it changed.

        `op` names the change ("import", "edit", ...) in the backup kept of the old file.
        Articles' references to visits that are gone are dropped before writing.
        """
        label = _op_label(op)
        with self._locked():
            from diklat_cli.index import sqlindex as index  # stdlib only: cheap

            before = index.fingerprint(self.path)
            raw = self._read()
            # the file the index (if up to date) was built from; None if it changed meanwhile
            old_fp = before if raw is not None and index.fingerprint(self.path) == before else None
            data = StoreData() if raw is None else self._parse(raw)
            # a missing or migrated file is compared with what load made of it
            fresh = raw is None or data.migrated_from is not None
            baseline = _encode(data) if fresh else raw
            yield data
            data._drop_dangling()
            try:
                article_lines, visit_lines = _lines(data)
            except PydanticSerializationError as e:
                raise StoreError(f"cannot save the store: {e}; store not changed") from None
            content = _assemble(article_lines, visit_lines)
            if content == baseline:
                return
            known = _known_lines(baseline)
            _validate_changed(data, article_lines, visit_lines, known)
            # even the first write keeps a backup (of the empty store), so it can be undone
            old, linkable = (baseline, False) if raw is None else (raw, True)
            self._commit(content, old, label, linkable=linkable)
            self._update_index(data, visit_lines, known, old_fp)

    def append(self, op: str, articles: dict[str, ArticleEntry], records: list[Record]) -> bool:
        """Add new articles and their visits at the end of the store without loading it.

        The file written is what a transaction adding them writes, byte for byte, but only
        the new lines are made and checked; the rest is copied from the old file, which the
        derived index vouches for (it is rebuilt first if it is not up to date). Returns
        False, having written nothing, when it cannot be done this way (no store file yet,
        a file not laid out as diklat writes it, an article or visit id already present):
        use `transaction()` then.
        """
        if not articles and not records:
            return True
        from diklat_cli.index import sqlindex as index

        label = _op_label(op)
        with self._locked():
            fp = index.fingerprint(self.path)
            if fp is None:
                return False
            conn = index.refresh(self)  # raises the StoreError of a store that does not load
            try:
                ids = [r.id for r in records]
                if not index.laid_out(conn) or len(set(ids)) != len(ids):
                    return False
                if index.existing_ids(conn, ids) or index.existing_articles(conn, list(articles)):
                    return False
            finally:
                conn.close()
            layout = _file_layout(self.path)
            if layout is None or index.fingerprint(self.path) != fp:
                return False  # changed by something that does not take the lock
            with gc_paused():
                new_articles = [_article_line(sha, entry) for sha, entry in articles.items()]
                new_visits = [_dump_model(r) for r in records]
            for record, line in zip(records, new_visits, strict=True):
                try:
                    Record.model_validate_json(line)
                except ValidationError as e:
                    detail = _validation_detail(e)
                    raise StoreError(f"visit {record.id} is not valid ({detail}); store not changed") from None
            self._commit(_spliced(layout, new_articles, new_visits), None, label, linkable=True)
            try:
                index.append_after_write(self, new_visits, {sha: a.url for sha, a in articles.items()}, fp)
            except Exception:
                index.discard(self)
        return True

    def _commit(self, content: bytes | list, old: bytes | None, label: str, *, linkable: bool) -> None:
        """Write `content` (see _write_temp; ranges are of the store file) in place of the
        store file, keeping the old one as a backup (`old` is its content, None: the file's)."""
        tmp: Path | None = None
        backup: Path | None = None
        try:
            tmp = _write_temp(self.path, content, source=self.path)
            backup = self._keep_backup(old, label, linkable=linkable)
            _replace(tmp, self.path)
        except BaseException as e:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            if backup is not None:  # the write did not happen, so neither did the change
                with contextlib.suppress(OSError):
                    backup.unlink()
            if isinstance(e, OSError):
                raise StoreError(
                    f"could not write store file {self.path} ({e.strerror or e}); it is unchanged"
                ) from None
            raise
        _fsync_dir(self.path.parent)
        self._prune()

    def _update_index(self, data: StoreData, visit_lines: list[bytes], known: set[bytes], old_fp) -> None:
        """Keep the derived index (diklat_cli.index) in step with what was just written.

        The store is written by now: a failure here only deletes the index, which the next
        reader rebuilds from the store file."""
        from diklat_cli.index import sqlindex as index

        try:
            index.update_after_write(self, data, visit_lines=visit_lines, old_lines=known, old_fingerprint=old_fp)
        except Exception:
            index.discard(self)

    def _keep_backup(self, old: bytes | None, label: str, *, linkable: bool = True) -> Path:
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now(dt.timezone.utc)
        while True:
            target = self.backup_dir / f"{now.strftime(_TS_FORMAT)}-{label}.json"
            if not target.exists():
                break
            now += dt.timedelta(microseconds=1)
        if linkable:
            try:
                # A hard link costs nothing; the store file is about to become a new inode.
                os.link(self.path, target)
                return target
            except OSError:
                pass  # file systems without hard links get a copy
        # a copy of the file itself when its content was not read
        _atomic_write(target, [(0, self.path.stat().st_size)] if old is None else old, self.path)
        return target

    def _prune(self) -> None:
        for old in self.backups()[self.history :]:
            with contextlib.suppress(OSError):
                old.unlink()

    # history

    def backups(self) -> list[Path]:
        """The kept backups, newest first."""
        try:
            names = [p.name for p in self.backup_dir.iterdir() if _BACKUP_RE.fullmatch(p.name)]
        except OSError:
            return []
        return [self.backup_dir / n for n in sorted(names, reverse=True)]

    def _put_back(self, backup: Path, *, keep_current: bool) -> str:
        """Make `backup` the store file (lock held). Returns how to describe it."""
        raw = self._read(backup)
        if raw is None:
            raise StoreError(f"backup {backup} does not exist")
        self._parse(raw, backup)  # never put back something that would not load
        current = self._read()
        newer = None if current is None else _newer_version(current, thorough=keep_current)
        if newer is not None:
            # not damage: going back would hide what a newer diklat wrote, as "damaged"
            raise StoreError(
                f"store file {self.path} was written by a newer diklat (schema version {newer}),"
                f" but this diklat reads only up to version {SCHEMA_VERSION}: upgrade diklat"
                f" instead of going back to an older backup; store unchanged"
            )
        if current is not None:
            # undo throws the current state away anyway, so a cheap look for damage will do
            damaged = not (self._loads(current) if keep_current else _looks_whole(current))
            if damaged:
                # A damaged store is set aside, outside the history, rather than lost.
                stamp = dt.datetime.now(dt.timezone.utc).strftime(_TS_FORMAT)
                _atomic_write(self.path.with_name(f"{self.path.name}.damaged-{stamp}"), current)
            elif keep_current and current != raw:
                self._keep_backup(current, "restore")
        _atomic_write(self.path, raw)
        m = _BACKUP_RE.fullmatch(backup.name)
        if not m:
            return f"restored the store from {backup}"
        when = dt.datetime.strptime(m["ts"], _TS_FORMAT).strftime("%Y-%m-%d %H:%M:%S UTC")
        return f"restored the store as it was before '{m['op']}' at {when}"

    def _loads(self, raw: bytes) -> bool:
        try:
            self._parse(raw)
        except StoreError:
            return False
        return True

    def undo(self) -> str:
        """Go back to the newest backup, removing it from the history."""
        with self._locked():
            history = self.backups()
            if not history:
                raise StoreError(f"nothing to undo: store {self.path} has no backups")
            try:
                message = self._put_back(history[0], keep_current=False)
            except OSError as e:
                raise StoreError(f"could not undo ({e.strerror or e}); store unchanged") from None
            with contextlib.suppress(OSError):
                history[0].unlink()
            return message

    def restore(self, backup: Path | None = None) -> str:
        """Make the given backup, or else the newest one that loads, the store file.

        A healthy current store is itself kept as a backup ('restore'), so `undo` reverts
        this; a damaged one is set aside as `<name>.damaged-<time>`.
        """
        with self._locked():
            if backup is None:
                for candidate in self.backups():
                    raw = self._read(candidate)
                    if raw is not None and self._loads(raw):
                        backup = candidate
                        break
                else:
                    raise StoreError(f"no usable backup of store {self.path} in {self.backup_dir}")
            try:
                message = self._put_back(Path(backup), keep_current=True)
            except OSError as e:
                why = e.strerror or e
                raise StoreError(f"could not restore ({why}); store unchanged") from None
            self._prune()
            return message

    def check(self) -> list[str]:
        """What is wrong with the store file, one line each; empty if it is healthy."""
        try:
            raw = self._read()
        except StoreError as e:
            return [str(e)]
        if raw is None:
            return []
        data = _fast_parse(raw)
        problems: list[str] = []
        invalid: set[Any] = set()
        if data is None:
            data, found = _diagnose(raw, all_problems=True)
            problems += [f"store file {self.path} {p}" for p in found]
            invalid = {p.visit_id for p in found}
        if data is not None:
            for sha, entry in data.articles.items():
                missing = [v for v in entry.visit_ids if v not in data.visits and v not in invalid]
                if missing:
                    problems.append(f"article {sha} lists missing visits: {', '.join(missing)}")
        return problems

    # article texts

    def _article_path(self, sha: str) -> Path:
        if not _SHA_RE.fullmatch(sha):
            raise StoreError(f"not a sha256 digest: {sha!r}")
        return self.articles_dir / f"{sha}.txt"

    def save_article_text(self, sha: str, text: str) -> None:
        """Keep the article's text (exactly: evidence spans index into it)."""
        self.save_article_texts({sha: text})

    def save_article_texts(self, texts: dict[str, str]) -> None:
        """Keep the texts of many articles ({sha256: text}), each file whole or not at all.

        Every file is written before any is synced: the first fsync then flushes them all
        in one go on most file systems, where a sync per file made a 10,000-article import
        wait 7 ms per article."""
        pending: list[tuple[Path, bytes]] = []
        done: list[tuple[Path | None, Path]] = []  # (temp file until renamed, final path)
        path = self.articles_dir
        try:
            for sha, text in texts.items():
                path = self._article_path(sha)
                content = text.encode("utf-8")
                if not (path.exists() and path.read_bytes() == content):
                    pending.append((path, content))
            if not pending:
                return
            self.articles_dir.mkdir(parents=True, exist_ok=True)
            for path, content in pending:
                done.append((_write_temp(path, content, sync=False), path))
            for tmp, path in done:  # noqa: B007  (path names the file in the error below)
                _fsync_file(tmp)
            for n, (tmp, path) in enumerate(done):
                _replace(tmp, path)
                done[n] = (None, path)
        except OSError as e:
            raise StoreError(f"could not save article text {path}: {e.strerror or e}") from None
        finally:
            for tmp, _ in done:
                if tmp is not None:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
        _fsync_dir(self.articles_dir)

    def article_text(self, sha: str) -> str | None:
        path = self._article_path(sha)
        try:
            return path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as e:
            raise StoreError(f"cannot read article text {path}: {e}") from None


_HEAD_RE = re.compile(rb'\s*\{\s*"format"\s*:\s*"diklat-store"\s*,\s*"schema_version"\s*:\s*(\d{1,9})\b')


def _newer_version(raw: bytes, *, thorough: bool) -> int | None:
    """The schema version of a store file newer than this diklat's, else None. Looks at
    the head that diklat writes; `thorough` also decodes a file laid out otherwise."""
    m = _HEAD_RE.match(raw.removeprefix(codecs.BOM_UTF8)[:200])
    if m:
        version = int(m.group(1))
        return version if version > SCHEMA_VERSION else None
    if thorough and _fast_parse(raw) is None:
        _, problems = _diagnose(raw, all_problems=False)
        if problems and problems[0].newer:
            obj = _decode(raw)
            return obj["schema_version"]
    return None


def _looks_whole(raw: bytes) -> bool:
    """Whether `raw` starts and ends like a store file (not cut short, not another file)."""
    raw = raw.removeprefix(codecs.BOM_UTF8).strip()
    return raw.startswith(b'{"format":"diklat-store"') and raw.endswith(b"]}")


def _op_label(op: str) -> str:
    label = re.sub(r"[^a-z0-9]+", "-", op.lower()).strip("-")
    return label or "change"
