"""Read diklat's own exports (JSON / JSONL / CSV) back into records.

JSON and JSONL carry whole records. CSV carries the visit fields, the id and part of
the provenance; what it lacks (evidence, manual, also_reported_by, the article's
sha256 and the extractor version) comes back empty.

An export of any size is read as a stream (`iter_entries`): a record at a time, never the
whole file, its text or its lines at once; `export_kind` tells an export by its first bytes.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, TextIO

from pydantic import ValidationError

from diklat_cli import i18n
from diklat_cli.i18n import gettext as _
from diklat_cli.models import Record
from diklat_cli.output.formats import (
    CSV_COLUMNS,
    CSV_SPEC,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    LIST_SEPARATOR,
    text_cell,
    unneutralise,
)

# Older CSV exports had no sha256 / extractor columns; the model requires strings.
CSV_UNKNOWN_SHA256 = ""
CSV_UNKNOWN_EXTRACTOR = ""
_REQUIRED_TEXT = {("provenance", "sha256"), ("provenance", "extractor_version")}

_COLUMN_BY_PATH = {path: column for column, path, _kind in CSV_SPEC}


def _header_columns(header: list[str] | None) -> list[str] | None:
    """The export column of each header cell, or None if `header` is not an export's. Any
    order (a spreadsheet user may have moved columns), and the English column names or
    the Indonesian headers (`export --headers id`): the names still say it all."""
    return None if header is None else i18n.header_columns(header, CSV_COLUMNS)


def column_name(path: str) -> str:
    """The CSV column of a field path ("destination.province" → "destination_province",
    "provenance.imported_at" → "imported_at"); the path itself when no column holds it."""
    return _COLUMN_BY_PATH.get(tuple(path.split(".")), path)


def _is_csv_header(header: list[str] | None) -> bool:
    return _header_columns(header) is not None


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig")  # a BOM (Excel CSV) is tolerated anywhere we read


def _looks_like_record(obj) -> bool:
    # Loose on purpose: a damaged export should fail in read_export with a reason,
    # not be taken for an article.
    return isinstance(obj, dict) and "id" in obj and "provenance" in obj


def looks_like_export(data: bytes, name: str) -> str | None:
    """The export kind ("json", "jsonl", "csv") of `data`, or None for an article.

    Decided by content, not by `name`, so a renamed export is still recognised.
    """
    try:
        text = _decode(data)
    except UnicodeDecodeError:
        return None
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError):
            doc = None
        if isinstance(doc, dict):
            if doc.get("format") == EXPORT_FORMAT:
                return "json"
            return "jsonl" if _looks_like_record(doc) else None  # a one-record JSONL
        first = stripped.split("\n", 1)[0]
        try:
            return "jsonl" if _looks_like_record(json.loads(first)) else None
        except (ValueError, RecursionError):
            return None
    return "csv" if _csv_separator(text.split("\n", 1)[0].rstrip("\r")) else None


def _csv_separator(first_line: str) -> str | None:
    """The separator with which `first_line` is a diklat CSV header ("," or ";" as Excel
    writes it in Indonesian settings, or a tab), None if none."""
    for sep in (",", ";", "\t"):
        try:
            header = next(csv.reader([first_line], delimiter=sep), None)
        except csv.Error:  # a bare \r inside the first line: old Mac line ends, never our export
            return None
        if _is_csv_header(header):
            return sep
    return None


def _column_namer(names: dict[str, str]) -> Callable[[tuple], str]:
    """Names a field's `loc` by its CSV column, as the file's header writes it (`names`:
    export column → the header cell)."""

    def name(loc: tuple) -> str:
        path = tuple(str(part) for part in loc if not isinstance(part, int))
        for size in range(len(path), 0, -1):
            if path[:size] in _COLUMN_BY_PATH:
                column = _COLUMN_BY_PATH[path[:size]]
                return names.get(column, column)
        return ".".join(path) or _("record")

    return name


def _reason(error: ValidationError, label: Callable[[tuple], str] | None = None) -> str:
    """The first problem of a validation error on one line in the user's language: the
    field (by `label`, else its name) and the form it expects, never pydantic's English."""
    return i18n.validation_message(error, label=label)


def _validate(obj, where: str, label: Callable[[tuple], str] | None = None) -> Record | str:
    """The record, or what is wrong with it ("row 3: cohort: ...")."""
    if not isinstance(obj, dict):
        return where + ": " + _("not a record object")
    try:
        return Record.model_validate(obj)
    except ValidationError as error:
        return f"{where}: {_reason(error, label)}"


Entry = tuple[str, "Record | str"]  # where in the file ("line 3"), the record or its problem


def _check_header(doc: dict) -> None:
    if doc.get("format") != EXPORT_FORMAT:
        raise ValueError(_('not a diklat export (no "format": "{format}")').format(format=EXPORT_FORMAT))
    if doc.get("version") != EXPORT_VERSION:
        raise ValueError(_("unsupported diklat export version {version}").format(version=repr(doc.get("version"))))


def _read_json(source: TextIO) -> Iterator[Entry]:
    """The visits of a JSON export one at a time, read incrementally: the document is
    `{"format": …, "version": …, "visits": [record, …]}` in any order of its keys."""
    reader = _Incremental(source)
    header: dict = {}
    try:
        reader.expect("{")
        visits = False
        while reader.peek() != "}":
            if header or visits:
                reader.expect(",")
            key = reader.value()
            reader.expect(":")
            if key != "visits":
                header[key] = reader.value()
                if key in ("format", "version"):
                    _check_header({"format": EXPORT_FORMAT, "version": EXPORT_VERSION, key: header[key]})
                continue
            visits = True
            if reader.peek() != "[":
                raise ValueError(_('"visits" is not a list'))
            reader.expect("[")
            for number in itertools.count(1):
                if number == 1 and reader.peek() == "]":
                    break
                where = _("visit {number}").format(number=number)
                yield where, _validate(reader.value(), where)
                if reader.peek() != "]":
                    reader.expect(",")
                    continue
                break
            reader.expect("]")
        reader.expect("}")
        if reader.peek():
            raise json.JSONDecodeError("Extra data", reader.buffer, reader.pos)
    except json.JSONDecodeError as error:
        raise ValueError(_("not valid JSON: {reason}").format(reason=error)) from None
    except RecursionError as error:
        raise ValueError(_("not valid JSON: {reason}").format(reason=error)) from None
    _check_header(header)
    if not visits:
        raise ValueError(_('"visits" is not a list'))


class _Incremental:
    """JSON values read one at a time from a text stream, holding little more than one."""

    _SPACE = re.compile(r"[ \t\n\r]*")
    _DECODER = json.JSONDecoder()

    def __init__(self, source: TextIO) -> None:
        self.source = source
        self.buffer = ""
        self.pos = 0
        self.eof = False

    def _more(self) -> bool:
        # at least as much as is held: a value longer than a chunk is read in linear time
        chunk = self.source.read(max(1 << 20, len(self.buffer) - self.pos))
        if not chunk:
            self.eof = True
            return False
        self.buffer = self.buffer[self.pos :] + chunk
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self.pos = self._SPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buffer) or not self._more():
                return self.buffer[self.pos : self.pos + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise json.JSONDecodeError(f"Expecting {char!r}", self.buffer, self.pos)
        self.pos += 1

    def value(self):
        self.peek()
        while True:
            try:
                obj, end = self._DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError:
                if self._more():
                    continue
                raise
            if end == len(self.buffer) and not self.eof and self._more():
                continue  # a number may go on in the next chunk
            self.pos = end
            return obj


def _read_jsonl(lines: Iterable[str]) -> Iterator[Entry]:
    # Lines end at \n only: str.splitlines() would also break on U+2028 inside strings.
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as error:
            where = _("line {number}").format(number=number)
            raise ValueError(where + ": " + _("not valid JSON: {reason}").format(reason=error)) from None
        where = _("line {number}").format(number=number)
        yield where, _validate(obj, where)


def parse_official(cell: str) -> dict:
    """Split an official cell "Name (Title)"; the first " (" starts the title."""
    if cell.endswith(")"):
        name, sep, title = cell.partition(" (")
        if sep:
            return {"name": name, "title": title[:-1]}
    return {"name": cell, "title": None}


def _parse_cell(cell: str, kind: str):
    if kind == "list":
        return cell.split(LIST_SEPARATOR) if cell else []
    if kind == "officials":
        return [parse_official(item) for item in cell.split(LIST_SEPARATOR)] if cell else []
    return cell if cell else None  # pydantic turns the text into int / date / datetime


def _csv_record(row: list[str], index: dict[str, int]) -> dict:
    obj: dict = {
        "provenance": {
            "sha256": CSV_UNKNOWN_SHA256,
            "extractor_version": CSV_UNKNOWN_EXTRACTOR,
        }
    }
    for column, path, kind in CSV_SPEC:
        target = obj
        for key in path[:-1]:
            target = target.setdefault(key, {})
        if column not in index:
            continue
        value = _parse_cell(unneutralise(text_cell(row[index[column]])), kind)
        if value is None and path in _REQUIRED_TEXT:
            value = ""
        target[path[-1]] = value
    return obj


def _read_csv(source: TextIO) -> Iterator[Entry]:
    first = source.readline()
    sep = _csv_separator(first.rstrip("\r\n")) or ","
    reader = csv.reader(itertools.chain([first], source), delimiter=sep)
    header = next(reader, None)
    columns = _header_columns(header)
    if header is None or columns is None:
        raise ValueError(_("not a diklat CSV export: the header is not the export's columns"))
    index = {column: i for i, column in enumerate(columns)}
    label = _column_namer(dict(zip(columns, header, strict=True)))
    # Rows are numbered as a spreadsheet shows them: the header is row 1.
    for number, row in enumerate(reader, 2):
        if not row:
            continue
        where = _("row {number}").format(number=number)
        if len(row) != len(header):
            cells = _("{count} cells, expected {expected}").format(count=len(row), expected=len(header))
            raise ValueError(f"{where}: {cells}")
        yield where, _validate(_csv_record(row, index), where, label)


_READERS: dict[str, Callable[[TextIO], Iterator[Entry]]] = {"json": _read_json, "jsonl": _read_jsonl, "csv": _read_csv}


def read_export(data: bytes, kind: str) -> list[Record]:
    """Records of an export of `kind` ("json", "jsonl", "csv"); ValueError on a bad one."""
    records = []
    for _where, record in read_entries(data, kind):
        if isinstance(record, str):
            raise ValueError(record)
        records.append(record)
    return records


def read_entries(data: bytes, kind: str) -> list[Entry]:
    """Every record of an export of `kind`, each with where it is in the file, or (a
    string) why it is not a valid record: one bad record does not hide the others.
    ValueError when the file as a whole is not an export."""
    return list(iter_entries(io.BytesIO(data), kind))


def iter_entries(stream: BinaryIO, kind: str) -> Iterator[Entry]:
    """read_entries as a stream: the records of an export of any size one at a time, read
    from `stream` as they are needed. ValueError, when it comes, may follow some records."""
    if kind not in _READERS:
        raise ValueError(_("unknown export kind {kind}").format(kind=repr(kind)))
    # newline: CSV splits its own rows (quoted line ends); JSONL lines end at \n only
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="" if kind == "csv" else "\n")
    try:
        yield from _READERS[kind](text)
    except UnicodeDecodeError as error:
        raise ValueError(_("not UTF-8 text: {reason}").format(reason=error)) from None
    except csv.Error as error:
        raise ValueError(_("malformed CSV: {reason}").format(reason=error)) from None
    finally:
        text.detach()  # the caller's stream stays open


_JSON_EXPORT_HEAD = re.compile(r'\A\s*\{\s*"format"\s*:\s*"' + re.escape(EXPORT_FORMAT) + '"')


def export_kind(head: bytes, name: str, *, complete: bool) -> str | None:
    """looks_like_export from the first bytes of an input (`complete`: they are all of it):
    a JSON export too big for its head to parse is told by its opening `"format"` key."""
    if complete:
        return looks_like_export(head, name)
    text = head.decode("utf-8-sig", errors="ignore")  # the head may end inside a character
    kind = looks_like_export(text.encode("utf-8"), name)
    if kind is None and _JSON_EXPORT_HEAD.match(text):
        return "json"
    return kind
