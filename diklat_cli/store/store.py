"""The local store: one JSON document of visits, with locking, backups and undo.

Layout beside the store file `<stem>.json` (a store named otherwise, `kantor.bak`, has
`kantor.bak-backups/` and so on: fileformat.beside; a symbolic link is followed):
  `<stem>.json.lock`         the lock every writer takes
  `<stem>.backups/`          the file as it was before each write, `<UTC time>-<op>.json`
  `<stem>.articles/`         article texts, `<sha256>.txt`, for `show --evidence` (articles.py)
  `<stem>.index.sqlite`      the derived index (diklat_cli.index), told of each write

The file's bytes belong to fileformat.py, reading them back to document.py, durable writes
to durable.py. This module knows nothing about what articles say or how visits are
extracted, and raises StoreError (errors.py) for the command line to report.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import datetime as dt
import os
import re
import threading
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from diklat_cli.config import default_store_path  # where it was first defined: kept for callers
from diklat_cli.errors import NothingToUndo, StoreDamaged, StoreError, StoreTooNew, UsageError
from diklat_cli.gc_pause import gc_paused
from diklat_cli.i18n import gettext as _
from diklat_cli.models import ArticleEntry, Record
from diklat_cli.store import durable, fileformat
from diklat_cli.store.articles import SHA_RE, ArticleTexts
from diklat_cli.store.document import (
    Finding,
    Problem,
    StoreData,
    corrected,
    diagnose,
    encode,
    fast_parse,
    lines_of,
    newer_version,
    validate_changed,
    validation_detail,
)
from diklat_cli.store.fileformat import (
    article_line,
    assemble,
    at_end,
    beside,
    content_fingerprint,
    dump_model,
    file_layout,
    fingerprint,
    known_lines,
    located,
    looks_whole,
    real_store_path,
    spliced,
    spliced_out,
)
from diklat_cli.store.sink import IndexSink

__all__ = [
    "ArticleEntry",
    "IndexSink",
    "Store",
    "StoreData",
    "StoreError",
    "default_store_path",
]

DEFAULT_HISTORY = 20
DEFAULT_LOCK_TIMEOUT = 60.0

# `<seq>-<UTC time>-<op>.json`: history is ordered by seq, which counts up from the newest
# backup kept, never by the clock (it can go back: NTP steps, dual boot, VM snapshots); the
# time only tells the user. Names without seq (diklat before 0.x) are older than any with.
_BACKUP_RE = re.compile(r"(?:(?P<seq>\d{6,})-)?(?P<ts>\d{8}T\d{6}\.\d{6}Z)-(?P<op>[a-z0-9][a-z0-9-]*)\.json")
_TS_FORMAT = "%Y%m%dT%H%M%S.%fZ"  # no ':' so the names are valid on Windows


# --- the store ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Restored:
    """What undo or restore put back: a backup, and when it was taken before which operation
    (both None for a backup file named by hand)."""

    backup: Path
    operation: str | None = None
    time: dt.datetime | None = None


class Store:
    """The store at `path` (see the module doc for the files beside it)."""

    def __init__(
        self,
        path: Path | str,
        *,
        history: int = DEFAULT_HISTORY,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        index: IndexSink | None = None,
    ) -> None:
        """`index` is told of every write (see sink.py); by default the SQLite index of
        diklat_cli.index beside the store file."""
        self.path = real_store_path(Path(path))  # a link is written through, not replaced
        self.history = max(1, history)
        self.lock_timeout = lock_timeout
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.backup_dir = beside(self.path, "backups")
        self.articles_dir = beside(self.path, "articles")
        self.texts = ArticleTexts(self.articles_dir)
        self._owner: int | None = None  # the thread holding the lock, to refuse nesting
        self._index = index

    @property
    def index(self) -> IndexSink:
        if self._index is None:
            from diklat_cli.index import SQLITE_INDEX  # lazy: list and stats never load the store

            self._index = SQLITE_INDEX
        return self._index

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
            raise StoreError(
                _("cannot read store file {path}: {reason}").format(path=path, reason=e.strerror or e)
            ) from None

    def _parse(self, raw: bytes, path: Path | None = None) -> StoreData:
        data = fast_parse(raw)
        if data is not None:
            return data
        data, problems = diagnose(raw, all_problems=False)
        if problems or data is None:
            raise self._refusal(problems[0], path or self.path)
        return data

    def _refusal(self, problem: Problem, path: Path) -> StoreError:
        if problem.newer:
            return StoreTooNew(path, problem.what, fileformat.SCHEMA_VERSION)
        if path != self.path:
            return StoreError(
                _("backup {path} {problem}; pick another one or remove it").format(path=path, problem=problem)
            )
        return StoreDamaged(path, problem.what, problem.detail, has_backups=bool(self.backups()))

    def load(self) -> StoreData:
        """The store's contents (a missing file is an empty store). Writes nothing."""
        raw = self._read()
        return StoreData() if raw is None else self._parse(raw)

    def imported(self):
        """(sha256 of the imported articles, links they were fetched from) as set-like
        lookups in the derived index (`in`, and `add` for this run's own); a store that does
        not load is reported here, before any work."""

        return self.index.imported(self)

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
            raise StoreError(
                _("cannot create folder {folder}: {reason}").format(folder=folder, reason=e.strerror or e)
            ) from None
        lock = FileLock(str(self.lock_path), timeout=self.lock_timeout)
        try:
            lock.acquire()
        except Timeout:
            busy = _(
                "store {path} is busy: another diklat command has held it for {seconds} s;"
                " try again later (if no diklat is running, delete {lock})"
            )
            raise StoreError(
                busy.format(path=self.path, seconds=f"{self.lock_timeout:g}", lock=self.lock_path)
            ) from None
        except OSError as e:
            raise StoreError(
                _("cannot lock store {path}: {reason}").format(path=self.path, reason=e.strerror or e)
            ) from None
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
            before = fingerprint(self.path)
            raw = self._read()
            # the file the index (if up to date) was built from; None if it changed meanwhile
            old_fp = content_fingerprint(self.path) if raw is not None and before is not None else None
            if old_fp is not None and old_fp[:3] != before:
                old_fp = None
            data = StoreData() if raw is None else self._parse(raw)
            # a missing or migrated file is compared with what load made of it
            fresh = raw is None or data.migrated_from is not None
            baseline = encode(data) if fresh or raw is None else raw
            yield data
            data.drop_dangling()
            try:
                article_lines, visit_lines = lines_of(data)
            except PydanticSerializationError as e:
                raise StoreError(_("cannot save the store: {reason}; store not changed").format(reason=e)) from None
            content = assemble(article_lines, visit_lines)
            if content == baseline:
                return
            known = known_lines(baseline)
            validate_changed(data, article_lines, visit_lines, known)
            # even the first write keeps a backup (of the empty store), so it can be undone
            old, linkable = (baseline, False) if raw is None else (raw, True)
            self._commit(content, old, label, linkable=linkable)
            self._update_index(data, visit_lines, known, old_fp)

    def append(
        self,
        op: str,
        articles: dict[str, ArticleEntry],
        records: list[Record],
        lines: list[bytes | None] | None = None,
        checked: Sequence[tuple[str, bytes]] = (),
    ) -> bool:
        """Add new articles and their visits at the end of the store without loading it.

        The file written is what a transaction adding them writes, byte for byte, but only
        the new lines are made and checked; the rest is copied from the old file, which the
        derived index vouches for (it is rebuilt first if it is not up to date). Where there
        is no store file yet, an empty one is written first. Returns False, having written
        nothing more, when it cannot be done this way (a file not laid out as diklat writes
        it, an article or visit id already present): use `transaction()` then.

        `lines`, one per record or None: the bytes a record was made from by
        `Record.model_validate_json` in this process (ingest gets records from its workers
        so); they are what `dump_model` gives for it, and are written without dumping and
        validating the record again. `checked`: more visits as (id, line), each line already
        validated by `Record.model_validate_json` (an export's records, held as lines).
        """
        if not articles and not records and not checked:
            return True

        label = _op_label(op)
        with self._locked():
            ids = [r.id for r in records] + [vid for vid, _ in checked]
            if len(set(ids)) != len(ids):
                return False
            fp = fingerprint(self.path)
            if fp is None:
                # no store yet: an empty one first, so that the first import is appended too
                # (a big export is then never held as models); its backup is the empty store,
                # as a transaction's first write keeps
                self._create_empty()
                fp = fingerprint(self.path)
                if fp is None:
                    return False
            # raises the StoreError of a store that does not load
            if not self.index.can_append(self, ids, list(articles)):
                return False
            layout = file_layout(self.path)
            if layout is None or fingerprint(self.path) != fp:
                return False  # changed by something that does not take the lock
            given = lines if lines is not None else [None] * len(records)
            with gc_paused():
                new_articles = [article_line(sha, entry) for sha, entry in articles.items()]
                new_visits = [line or dump_model(r) for r, line in zip(records, given, strict=True)]
                new_visits += [line for _, line in checked]
            for record, line, validated in zip(records, new_visits[: len(records)], given, strict=True):
                if validated is not None:
                    continue
                try:
                    Record.model_validate_json(line)
                except ValidationError as e:
                    detail = validation_detail(e)
                    invalid = _("visit {id} is not valid ({reason}); store not changed")
                    raise StoreError(invalid.format(id=record.id, reason=detail)) from None
            self._commit(spliced(layout, new_articles, new_visits), None, label, linkable=True)
            try:
                self.index.appended(self, new_visits, {sha: a.url for sha, a in articles.items()}, fp)
            except Exception:
                self.index.discard(self)
        return True

    def rewrite(
        self,
        op: str,
        replace: Mapping[str, Callable[[Record], Record]] | None = None,
        delete: Collection[str] = (),
    ) -> list[Record] | None:
        """Correct some visits and delete others without loading the store.

        Each visit of `replace` (by its exact id) becomes what its function makes of it and
        moves to the end of the store, as `remove` then `add` in a transaction; each of
        `delete` goes as `StoreData.delete` does it, with the articles that list it. The file
        written is that transaction's, byte for byte; only the lines that change are made,
        found from those the index keeps (rebuilt first if not up to date). Returns the new
        records, or None having written nothing where it cannot (no store file, a file not
        laid out as diklat writes it, an id not there or given twice): use `transaction()`
        then. A function raising changes nothing. As `append`, it leaves other lines that a
        transaction would write otherwise (spelt otherwise by hand; an article listing a
        missing visit, which `check` reports) as they are.
        """
        replace, deleted = dict(replace or {}), list(delete)
        wanted = [*replace, *deleted]
        if len(set(wanted)) != len(wanted) or not wanted:
            return None if wanted else []
        with self._locked():
            fp = fingerprint(self.path)
            found = None if fp is None else self.index.visit_lines(self, wanted)  # raises a damaged store's error
            if found is None or len(found[0]) != len(wanted):
                return None
            stored, articles = found
            layout = file_layout(self.path)
            if layout is None or fingerprint(self.path) != fp:
                return None  # changed by something that does not take the lock
            records, new_lines = corrected({vid: stored[vid][1] for vid in replace}, replace)
            order = sorted(wanted, key=lambda vid: stored[vid][0])
            where = located(self.path, layout, [stored[vid][1] for vid in order], articles, set(deleted))
            if where is None or fingerprint(self.path) != fp:
                return None
            visit_ranges, article_ranges, shas = where
            same = not deleted and order == list(replace) and new_lines == [stored[v][1] for v in order]
            if same and at_end(layout, visit_ranges):
                return records  # the transaction would find nothing changed, and write nothing
            pieces = spliced_out(layout, article_ranges, visit_ranges, new_lines)
            self._commit(pieces, None, _op_label(op), linkable=True)
            try:
                self.index.rewritten(self, dict(zip(replace, new_lines, strict=True)), deleted, shas, fp)
            except Exception:
                self.index.discard(self)
        return records

    def _create_empty(self) -> None:
        """Write an empty store file where there is none (under the lock)."""
        self._replace(assemble([], []))

    def _commit(self, content: bytes | list, old: bytes | None, label: str, *, linkable: bool) -> None:
        """Write `content` (see _write_temp; ranges are of the store file) in place of the
        store file, keeping the old one as a backup (`old` is its content, None: the file's)."""
        self.clean_leftovers()
        self._replace(content, self.path, lambda: self._keep_backup(old, label, linkable=linkable))
        self._prune()

    def _replace(self, content: bytes | list, source: Path | None = None, backup=None) -> None:
        """Write `content` to a temp file and rename it over the store file, after `backup()`
        (which keeps the old one) if given; on failure neither the temp file nor the backup is
        left (the change did not happen), and an OSError is told as the store unchanged."""
        made: list[Path] = []
        try:
            made.append(tmp := durable.write_temp(self.path, content, source=source))
            if backup is not None:
                made.append(backup())
            durable.replace_file(tmp, self.path)
        except BaseException as e:
            for path in made:
                with contextlib.suppress(OSError):
                    path.unlink()
            if isinstance(e, OSError):
                unchanged = _("could not write store file {path} ({reason}); it is unchanged")
                raise StoreError(unchanged.format(path=self.path, reason=e.strerror or e)) from None
            raise
        durable.fsync_dir(self.path.parent)

    def _update_index(self, data: StoreData, visit_lines: list[bytes], known: set[bytes], old_fp) -> None:
        """Keep the derived index (diklat_cli.index) in step with what was just written.

        The store is written by now: a failure here only deletes the index, which the next
        reader rebuilds from the store file."""

        try:
            self.index.written(self, data, visit_lines, known, old_fp)
        except Exception:
            self.index.discard(self)

    def _keep_backup(self, old: bytes | None, label: str, *, linkable: bool = True) -> Path:
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now(dt.timezone.utc)
        history = self.backups()
        seq = _backup_order(history[0].name)[1] + 1 if history else 1
        while True:
            target = self.backup_dir / f"{seq:06d}-{now.strftime(_TS_FORMAT)}-{label}.json"
            if not target.exists():
                break
            seq += 1
        if linkable:
            try:
                # A hard link costs nothing; the store file is about to become a new inode.
                os.link(self.path, target)
                return target
            except OSError:
                pass  # file systems without hard links get a copy
        # a copy of the file itself when its content was not read
        durable.atomic_write(target, [(0, self.path.stat().st_size)] if old is None else old, self.path)
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
        return [self.backup_dir / n for n in sorted(names, key=_backup_order, reverse=True)]

    def _put_back(self, backup: Path, *, keep_current: bool) -> Restored:
        """Make `backup` the store file (lock held)."""
        raw = self._read(backup)
        if raw is None:
            raise StoreError(_("backup {backup} does not exist").format(backup=backup))
        self._parse(raw, backup)  # never put back something that would not load
        current = self._read()
        newer = None if current is None else newer_version(current, thorough=keep_current)
        if newer is not None:
            # not damage: going back would hide what a newer diklat wrote, as "damaged"
            newer_file = _(
                "store file {path} was written by a newer diklat (schema version {newer}), but this diklat"
                " reads only up to version {readable}: upgrade diklat instead of going back to an older backup;"
                " store unchanged"
            )
            raise StoreError(newer_file.format(path=self.path, newer=newer, readable=fileformat.SCHEMA_VERSION))
        if current is not None:
            # undo throws the current state away anyway, so a cheap look for damage will do
            damaged = not (self._loads(current) if keep_current else looks_whole(current))
            if damaged:
                # A damaged store is set aside, outside the history, rather than lost.
                stamp = dt.datetime.now(dt.timezone.utc).strftime(_TS_FORMAT)
                durable.atomic_write(self.path.with_name(f"{self.path.name}.damaged-{stamp}"), current)
            elif keep_current and current != raw:
                self._keep_backup(current, "restore")
        durable.atomic_write(self.path, raw)
        m = _BACKUP_RE.fullmatch(backup.name)
        if not m:
            return Restored(backup)
        when = dt.datetime.strptime(m["ts"], _TS_FORMAT).replace(tzinfo=dt.timezone.utc)
        return Restored(backup, m["op"], when)

    def _loads(self, raw: bytes) -> bool:
        try:
            self._parse(raw)
        except StoreError:
            return False
        return True

    def undo(self) -> Restored:
        """Go back to the newest backup, removing it from the history."""
        with self._locked():
            history = self.backups()
            current = self._read()
            # an undo stopped after putting its backup back, before removing it: it is done
            while history and current is not None and self._read(history[0]) == current:
                with contextlib.suppress(OSError):
                    history[0].unlink()
                history.pop(0)
            if not history:
                raise NothingToUndo(_("nothing to undo: store {path} has no backups").format(path=self.path))
            try:
                restored = self._put_back(history[0], keep_current=False)
            except OSError as e:
                why = e.strerror or e
                raise StoreError(_("could not undo ({reason}); store unchanged").format(reason=why)) from None
            with contextlib.suppress(OSError):
                history[0].unlink()
            return restored

    def restore(self, backup: Path | None = None) -> Restored:
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
                    message = _("no usable backup of store {path} in {folder}")
                    raise StoreError(message.format(path=self.path, folder=self.backup_dir))
            try:
                restored = self._put_back(Path(backup), keep_current=True)
            except OSError as e:
                why = e.strerror or e
                raise StoreError(_("could not restore ({reason}); store unchanged").format(reason=why)) from None
            self._prune()
            return restored

    def check(self) -> list[Finding]:
        """What is wrong with the store file, one line each (`newer` tells a file written by
        a newer diklat); empty if it is healthy."""
        try:
            raw = self._read()
        except StoreError as e:
            return [Finding(str(e))]
        if raw is None:
            return []
        data = fast_parse(raw)
        problems: list[Finding] = []
        invalid: set[Any] = set()
        if data is None:
            data, found = diagnose(raw, all_problems=True)
            problems += [
                Finding(_("store file {path} {problem}").format(path=self.path, problem=p), newer=p.newer)
                for p in found
            ]
            invalid = {p.visit_id for p in found}
        if data is not None:
            for sha, entry in data.articles.items():
                missing = [v for v in entry.visit_ids if v not in data.visits and v not in invalid]
                if missing:
                    missing_visits = _("article {sha} lists missing visits: {ids}")
                    problems.append(Finding(missing_visits.format(sha=sha, ids=", ".join(missing))))
        return problems

    # what killed commands leave

    def clean_leftovers(self, *, article_texts: bool = False) -> int:
        """Remove temporary files left by killed writes of this store (the lock is held, so
        none is being written) and, with `article_texts`, texts of articles the store does
        not have (a write that failed after saving them) and half-written texts; those
        only when untouched for an hour, since an import saves texts before taking the
        lock. Returns how many files were removed."""
        name = re.escape(self.path.name)
        temp = r"\.%s\.(?:damaged-[0-9TZ.]+\.)?\d+-[0-9a-f]{8}\.tmp"
        removed = durable.remove_stale_temps(self.path.parent, temp % name, older_than=0)
        removed += durable.remove_stale_temps(self.backup_dir, temp % r"[^/\\]+", older_than=0)
        if article_texts:
            removed += durable.remove_stale_temps(self.articles_dir, temp % r"[0-9a-f]{64}\.txt")
            kept = set(self.load().articles)
            try:
                texts = [p for p in self.articles_dir.iterdir() if p.suffix == ".txt" and p.stem not in kept]
            except OSError:
                texts = []
            now = time.time()
            for orphan in texts:
                with contextlib.suppress(OSError):
                    if SHA_RE.fullmatch(orphan.stem) and now - orphan.stat().st_mtime > durable.STALE_TEMP_S:
                        orphan.unlink()
                        removed += 1
        return removed

    def tidy(self) -> int:
        """`clean_leftovers` with the lock taken, article texts included (`diklat doctor`)."""
        with self._locked():
            return self.clean_leftovers(article_texts=True)

    # files written beside the store by other commands

    def refuse_to_overwrite(self, target: Path | str) -> None:
        """UsageError if writing `target` (`export -o`, `report`, `stats --svg`) would write
        over the store file or anything kept beside it: its lock, index, backups, article
        texts or a damaged file set aside."""

        def real(p: Path) -> str:
            return os.path.normcase(os.path.realpath(p))

        out = real(Path(target))
        named = {
            real(self.path): "the store file",
            real(self.lock_path): "the store's lock file",
            real(beside(self.path, "index.sqlite")): "the store's index",
            real(beside(self.path, "index.sqlite-journal")): "the store's index",
        }
        what = named.get(out)
        for folder, name in ((self.backup_dir, "the store's backups"), (self.articles_dir, "its article texts")):
            if what is None and (out == real(folder) or out.startswith(real(folder) + os.sep)):
                what = name
        set_aside = Path(real(self.path)).with_name(os.path.normcase(self.path.name) + ".damaged-")
        if what is None and out.startswith(str(set_aside)):
            what = "a damaged store file set aside"
        with contextlib.suppress(OSError):
            if what is None and os.path.samefile(target, self.path):
                what = "the store file"
        if what is not None:
            raise UsageError(f"{target} is {what} ({self.path}): diklat will not write over it; choose another file")

    # article texts

    def save_article_text(self, sha: str, text: str) -> None:
        """Keep the article's text (exactly: evidence spans index into it)."""
        self.texts.save(sha, text)

    def save_article_texts(self, texts: dict[str, str]) -> None:
        """Keep the texts of many articles ({sha256: text}), each file whole or not at all."""
        self.texts.save_many(texts)

    def article_text(self, sha: str) -> str | None:
        return self.texts.text(sha)


def _backup_order(name: str) -> tuple[int, int, str]:
    """Sort key of a backup's name: numbered ones after the older, unnumbered ones."""
    m = _BACKUP_RE.fullmatch(name)
    if m is None:
        return (0, 0, name)
    return (1, int(m["seq"]), m["ts"]) if m["seq"] else (0, 0, m["ts"])


def _op_label(op: str) -> str:
    label = re.sub(r"[^a-z0-9]+", "-", op.lower()).strip("-")
    return label or "change"
