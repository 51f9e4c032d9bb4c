"""The store's contents in memory, and reading them back from the file's bytes.

`fast_parse` validates the whole document in one pass with pydantic's JSON parser;
`diagnose` is the slow path that says precisely what is wrong (and migrates old schema
versions). The byte layout itself belongs to fileformat.py.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import PydanticSerializationError

from diklat_cli import i18n
from diklat_cli.errors import StoreError
from diklat_cli.gc_pause import gc_paused
from diklat_cli.i18n import gettext as _
from diklat_cli.models import ArticleEntry, Record
from diklat_cli.query.ids import match_id
from diklat_cli.store import fileformat
from diklat_cli.store.fileformat import FORMAT, article_line, article_line_key, assemble, decode, dump_model

__all__ = [
    "Document",
    "Finding",
    "Problem",
    "StoreData",
    "checked_line",
    "corrected",
    "diagnose",
    "encode",
    "fast_parse",
    "lines_of",
    "newer_version",
    "validate_changed",
    "validation_detail",
]


class Document(BaseModel):
    # The whole file, validated in one pass by pydantic's JSON parser: the fast path of load.
    model_config = ConfigDict(extra="forbid")

    format: Literal["diklat-store"]
    schema_version: int
    articles: dict[str, ArticleEntry]
    visits: list[Record]


@dataclass
class StoreData:
    """The store's contents in memory. Mutate it inside `Store.transaction()`."""

    schema_version: int = fileformat.SCHEMA_VERSION
    visits: dict[str, Record] = field(default_factory=dict)
    articles: dict[str, ArticleEntry] = field(default_factory=dict)
    # the version the file had when it needed a migration on load, else None
    migrated_from: int | None = None

    def records(self) -> list[Record]:
        return list(self.visits.values())

    def add(self, record: Record) -> None:
        if record.id in self.visits:
            raise StoreError(_("a visit with id {id} is already in the store").format(id=record.id))
        self.visits[record.id] = record

    def remove(self, id: str) -> Record:
        """Remove the visit with exactly this id (articles' references to it are dropped
        when the transaction is written, so remove + add keeps them)."""
        try:
            return self.visits.pop(id)
        except KeyError:
            raise StoreError(_("no visit with id {id}").format(id=id)) from None

    def delete(self, id: str) -> Record:
        """Remove a visit for good (`diklat delete`): the article it came from is forgotten
        too, so importing that article again brings the visit back (its other visits are
        kept as they are)."""
        record = self.remove(id)
        for sha in [sha for sha, entry in self.articles.items() if id in entry.visit_ids]:
            del self.articles[sha]
        return record

    def replace(self, record: Record) -> None:
        """Put `record` in place of the visit with the same id, keeping its position."""
        if record.id not in self.visits:
            raise StoreError(_("no visit with id {id}").format(id=record.id))
        self.visits[record.id] = record

    def drop_dangling(self) -> None:
        for entry in self.articles.values():
            if any(v not in self.visits for v in entry.visit_ids):
                entry.visit_ids = [v for v in entry.visit_ids if v in self.visits]

    def find(self, prefix: str) -> Record:
        """The visit whose id is `prefix` or, like git, the only one that starts with it."""
        if prefix in self.visits:
            return self.visits[prefix]
        return self.visits[match_id(prefix, self.visits)]


def lines_of(data: StoreData) -> tuple[list[bytes], list[bytes]]:
    with gc_paused():
        articles = [article_line(sha, a) for sha, a in data.articles.items()]
        visits = [dump_model(r) for r in data.visits.values()]
    return articles, visits


def encode(data: StoreData) -> bytes:
    return assemble(*lines_of(data))


# --- reading and diagnosing ---------------------------------------------------------------


@dataclass
class Problem:
    what: str  # completes "store file X ...", e.g. "is not valid JSON (line 3)", in the user's language
    detail: str = ""
    newer: bool = False
    visit_id: Any = None  # of an invalid visit: still counts as present for references

    def __str__(self) -> str:
        return f"{self.what}: {self.detail}" if self.detail else self.what


class Finding(str):
    """One line of `Store.check()`, for the user; `newer` when the file was written by a
    newer diklat (going back to a backup is then no fix)."""

    newer: bool

    def __new__(cls, text: str, newer: bool = False) -> Finding:
        finding = super().__new__(cls, text)
        finding.newer = newer
        return finding


def validation_detail(err: ValidationError) -> str:
    """The first problem on one line: the field as the file names it, and the form it
    expects in the user's language (never pydantic's English)."""
    return i18n.validation_message(err, label=_field_path)


def _field_path(loc: tuple) -> str:
    return ".".join(str(part) for part in loc) or "(record)"


def fast_parse(raw: bytes) -> StoreData | None:
    """The document if it is current and sound, checked in one pass; None to diagnose."""
    try:
        with gc_paused():
            doc = Document.model_validate_json(raw)
    except ValidationError:
        return None
    if doc.schema_version != fileformat.SCHEMA_VERSION:
        return None
    visits = {r.id: r for r in doc.visits}
    if len(visits) != len(doc.visits):
        return None
    return StoreData(fileformat.SCHEMA_VERSION, visits, doc.articles)


def diagnose(raw: bytes, *, all_problems: bool) -> tuple[StoreData | None, list[Problem]]:
    """Parse slowly with a precise account of what is wrong (and migrate old versions).

    The data is None when the file cannot be read as a store at all; otherwise it holds
    every valid item, so that `check` can look further.
    """
    if not raw.strip():
        return None, [Problem(_("is empty"))]
    try:
        obj = decode(raw)
    except UnicodeDecodeError as e:
        return None, [Problem(_("is not UTF-8 text"), str(e))]
    except json.JSONDecodeError as e:
        if raw.rstrip().endswith(b"}"):
            what = _("is not valid JSON (line {line})").format(line=e.lineno)
        else:
            what = _("is not valid JSON (line {line}, cut short?)").format(line=e.lineno)
        return None, [Problem(what, e.msg)]
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        return None, [Problem(_("is not a diklat store"), _('no "format": "diklat-store"'))]
    version = obj.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return None, [Problem(_("has no valid schema_version"), repr(version))]
    if version > fileformat.SCHEMA_VERSION:
        what = _("was written by a newer diklat (schema version {version})").format(version=version)
        reads = _("this diklat reads up to {version}").format(version=fileformat.SCHEMA_VERSION)
        return None, [Problem(what, reads, newer=True)]
    migrated_from = version if version < fileformat.SCHEMA_VERSION else None
    while version < fileformat.SCHEMA_VERSION:
        step = fileformat.MIGRATIONS.get(version)
        if step is None:
            return None, [Problem(_("has schema version {version}, which cannot be upgraded").format(version=version))]
        try:
            obj = step(obj)
        except Exception as e:  # a migration meeting data it does not expect
            what = _("could not be upgraded from schema version {version}").format(version=version)
            return None, [Problem(what, repr(e))]
        version += 1

    problems: list[Problem] = []
    extra = set(obj) - {"format", "schema_version", "articles", "visits"}
    if extra:
        problems.append(Problem(_("has unknown top-level keys"), ", ".join(sorted(extra))))
    raw_articles = obj.get("articles")
    raw_visits = obj.get("visits")
    if not isinstance(raw_articles, dict):
        problems.append(Problem(_('has no "articles" object')))
        raw_articles = {}
    if not isinstance(raw_visits, list):
        problems.append(Problem(_('has no "visits" list')))
        raw_visits = []

    data = StoreData(fileformat.SCHEMA_VERSION, migrated_from=migrated_from)
    with gc_paused():
        for n, item in enumerate(raw_visits, 1):
            if problems and not all_problems:
                break
            label = item.get("id") if isinstance(item, dict) else None
            try:
                record = Record.model_validate(item)
            except ValidationError as e:
                what = _("has an invalid visit #{number} (id {id})").format(number=n, id=label)
                problems.append(Problem(what, validation_detail(e), visit_id=label))
                continue
            if record.id in data.visits:
                problems.append(
                    Problem(_("has a duplicate visit id {id} (visit #{number})").format(id=record.id, number=n))
                )
            else:
                data.visits[record.id] = record
        for sha, item in raw_articles.items():
            if problems and not all_problems:
                break
            try:
                data.articles[sha] = ArticleEntry.model_validate(item)
            except ValidationError as e:
                problems.append(Problem(_("has an invalid article {sha}").format(sha=sha), validation_detail(e)))
    return data, problems


def validate_changed(data: StoreData, article_lines: list[bytes], visit_lines: list[bytes], known: set[bytes]) -> None:
    """Re-validate what changed since loading: in-place edits bypass pydantic's checks."""
    for (key, record), line in zip(data.visits.items(), visit_lines, strict=True):
        if key != record.id:
            raise StoreError(f"internal error: visit {record.id} is filed under id {key}")
        if line not in known:
            try:
                Record.model_validate_json(line)
            except ValidationError as e:
                raise StoreError(
                    f"visit {record.id} is not valid ({validation_detail(e)}); store not changed"
                ) from None
    for (sha, _article), line in zip(data.articles.items(), article_lines, strict=True):
        if line not in known:
            prefix = article_line_key(sha)
            try:
                ArticleEntry.model_validate_json(line[len(prefix) :])
            except ValidationError as e:
                raise StoreError(f"article {sha} is not valid ({validation_detail(e)}); store not changed") from None


def checked_line(record: Record, old: bytes | None = None) -> bytes:
    """The record's line as the store writes it, validated unless it is `old` (a line
    validated when it was read); StoreError, saying the store is not changed, otherwise."""
    try:
        line = dump_model(record)
    except PydanticSerializationError as e:
        raise StoreError(_("cannot save the store: {reason}; store not changed").format(reason=e)) from None
    if line != old:
        try:
            Record.model_validate_json(line)
        except ValidationError as e:
            invalid = _("visit {id} is not valid ({reason}); store not changed")
            raise StoreError(invalid.format(id=record.id, reason=validation_detail(e))) from None
    return line


def corrected(lines: dict[str, bytes], change: Mapping[str, Callable[[Record], Record]]):
    """([record], [line]) of what each function of `change` makes of the visit whose stored
    line is `lines[id]` (validated when the store was read), each new line checked."""
    records, new_lines = [], []
    with gc_paused():
        for vid, correct in change.items():
            record = correct(Record.model_validate_json(lines[vid]))
            if record.id != vid:
                raise StoreError(f"internal error: visit {vid} was replaced by {record.id}")
            records.append(record)
            new_lines.append(checked_line(record, lines[vid]))
    return records, new_lines


def newer_version(raw: bytes, *, thorough: bool) -> int | None:
    """The schema version of a store file newer than this diklat's, else None. Looks at
    the head that diklat writes; `thorough` also decodes a file laid out otherwise."""
    m = fileformat.HEAD.match(raw.removeprefix(codecs.BOM_UTF8)[:200])
    if m:
        version = int(m.group(1))
        return version if version > fileformat.SCHEMA_VERSION else None
    if thorough and fast_parse(raw) is None:
        _data, problems = diagnose(raw, all_problems=False)
        if problems and problems[0].newer:
            obj = decode(raw)
            return obj["schema_version"]
    return None
