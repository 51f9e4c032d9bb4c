"""Records in, bytes out: one small function per export format.

A new format is one function `to_x(records) -> bytes` added to `FORMATS`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from types import SimpleNamespace

from pydantic import BaseModel

from diklat_cli.models import Official, Record

# How each CSV column is read from (and written back into) a record: column name,
# attribute path, kind. records_io uses the same table, so the two cannot drift.
CSV_SPEC: list[tuple[str, tuple[str, ...], str]] = [
    ("id", ("id",), "text"),
    ("program", ("program",), "text"),
    ("cohort", ("cohort",), "int"),
    ("activity", ("activity",), "text"),
    ("participants", ("participants",), "int"),
    ("origin_institution", ("origin", "institution"), "text"),
    ("origin_province", ("origin", "province"), "text"),
    ("origin_regency", ("origin", "regency"), "text"),
    ("organizer", ("organizer",), "text"),
    ("destination_province", ("destination", "province"), "text"),
    ("destination_regency", ("destination", "regency"), "text"),
    ("destination_host", ("destination", "host"), "text"),
    ("host_agencies", ("host_agencies",), "list"),
    ("start_date", ("start_date",), "date"),
    ("end_date", ("end_date",), "date"),
    ("officials", ("officials",), "officials"),
    ("source_outlet", ("source", "outlet"), "text"),
    ("source_reporter", ("source", "reporter"), "text"),
    ("source_editor", ("source", "editor"), "text"),
    ("source_dateline", ("source", "dateline"), "text"),
    ("source_published", ("source", "published"), "date"),
    ("source_title", ("source", "title"), "text"),
    ("source_file", ("provenance", "file"), "text"),
    ("source_url", ("provenance", "url"), "text"),
    ("imported_at", ("provenance", "imported_at"), "datetime"),
    # kept so a store moved through CSV still knows each record's article and rules
    ("source_sha256", ("provenance", "sha256"), "text"),
    ("extractor_version", ("provenance", "extractor_version"), "text"),
]

CSV_COLUMNS: list[str] = [column for column, _, _ in CSV_SPEC]

LIST_SEPARATOR = "; "

# OWASP CSV injection: spreadsheet apps treat cells starting with these as formulas.
_FORMULA_START = frozenset("=+-@\t\r")

EXPORT_FORMAT = "diklat-export"
EXPORT_VERSION = 1


def needs_quote(cell: str) -> bool:
    if cell[:1].isalnum():
        return False  # the common case, decided by one character
    # Leading quotes are skipped: "'=1" is quoted again ("''=1") so that
    # unneutralise() can tell the quote we add from one already in the data.
    cell = cell.lstrip("'")
    return cell[:1] in _FORMULA_START or cell.lstrip()[:1] in _FORMULA_START


def neutralise(cell: str) -> str:
    """Prefix a formula-looking cell with ' so a spreadsheet shows it as text."""
    return "'" + cell if needs_quote(cell) else cell


def unneutralise(cell: str) -> str:
    """Undo neutralise() exactly (it is injective, so this is its inverse)."""
    if cell[:1] == "'" and needs_quote(cell[1:]):
        return cell[1:]
    return cell


def format_official(official: Official) -> str:
    if official.title is None:
        return official.name
    return f"{official.name} ({official.title})"


def _text(value) -> str:
    return "" if value is None else str(value)


def _iso(value) -> str:
    return "" if value is None else value.isoformat()


def _joined(values: list[str]) -> str:
    return LIST_SEPARATOR.join(values)


def _officials(officials: list[Official]) -> str:
    return LIST_SEPARATOR.join(format_official(o) for o in officials)


_FORMATTERS: dict[str, Callable] = {
    "text": _text,
    "int": _text,
    "date": _iso,
    "datetime": _iso,
    "list": _joined,
    "officials": _officials,
}
# (getter, formatter) per column; attrgetter follows dotted paths in C, which matters
# at 25 cells a record.
_GETTERS = [attrgetter(".".join(path)) for _, path, _ in CSV_SPEC]
_CELLS = [(get, _FORMATTERS[kind]) for get, (_, _, kind) in zip(_GETTERS, CSV_SPEC, strict=True)]


def csv_row(record: Record) -> list[str]:
    """The CSV cells of one record, in CSV_COLUMNS order, not yet neutralised."""
    return [fmt(get(record)) for get, fmt in _CELLS]


# What Excel turns into a number when it opens a CSV: "827753551628" becomes 8.28E+11 and
# "1234e5" 1.23E+08, losing the id for good.
_EXCEL_NUMBER = re.compile(r"[0-9]+(?:[eE][0-9]+)?")
# The columns that hold identifiers, which must stay text.
_ID_COLUMNS = frozenset(i for i, (column, _, _) in enumerate(CSV_SPEC) if column in ("id", "source_sha256"))

SEPARATORS = {",": ",", ";": ";", "tab": "\t", "\t": "\t"}


def excel_text(cell: str) -> str:
    """An identifier Excel would read as a number, written as the formula ="…", which it
    shows as that text; anything else as it is. text_cell() undoes it."""
    return f'="{cell}"' if _EXCEL_NUMBER.fullmatch(cell) else cell


def text_cell(cell: str) -> str:
    """The inverse of excel_text() (a data cell starting with = is always written '=…)."""
    if cell[:2] == '="' and cell[-1:] == '"' and _EXCEL_NUMBER.fullmatch(cell[2:-1]):
        return cell[2:-1]
    return cell


def format_for(path) -> str | None:
    """The export format a file name asks for by its extension (None: it says none)."""
    suffix = str(path).rsplit(".", 1)[-1].lower() if "." in str(path) else ""
    return suffix if suffix in FORMATS else None


def to_csv(
    records: Iterable[Record],
    *,
    excel: bool = False,
    bom: bool | None = None,
    sep: str = ",",
    headers: list[str] | None = None,
) -> bytes:
    """CSV in UTF-8. `excel` adds CRLF line ends and (unless `bom` is False) a BOM so Excel
    reads Indonesian text right; `bom` alone adds the BOM. A file with a BOM is meant for
    people: its ids that Excel would turn into numbers are written as text (excel_text).
    `sep` is the separator (";" for Excel set to Indonesian, where "," is the decimal mark).
    `headers`: the header row in place of CSV_COLUMNS (i18n.csv_headers: Indonesian ones)."""
    bom = excel if bom is None else bom
    lines: list[str] = []
    # Written with CRLF even for LF output: before Python 3.12 the writer quotes a
    # cell holding a bare \r only when \r is in the line terminator.
    writer = csv.writer(SimpleNamespace(write=lines.append), lineterminator="\r\n", delimiter=sep)
    writer.writerow(headers or CSV_COLUMNS)
    for record in records:
        cells = [neutralise(cell) for cell in csv_row(record)]
        if bom:
            for i in _ID_COLUMNS:
                cells[i] = excel_text(cells[i])
        writer.writerow(cells)
    text = "".join(lines) if excel else "".join(line[:-2] + "\n" for line in lines)
    return (("\ufeff" if bom else "") + text).encode("utf-8")


class _Export(BaseModel):
    format: str = EXPORT_FORMAT
    version: int = EXPORT_VERSION
    visits: list[Record]


def to_json(records: Iterable[Record]) -> bytes:
    """{"format": "diklat-export", "version": 1, "visits": [full records]}, indented."""
    # pydantic's own serialiser: several times faster than model_dump + json.dumps
    return _Export(visits=list(records)).model_dump_json(indent=2).encode("utf-8") + b"\n"


def to_jsonl(records: Iterable[Record]) -> bytes:
    """One full record per line (newlines inside strings are escaped)."""
    return b"".join(record.model_dump_json().encode("utf-8") + b"\n" for record in records)


# ---------------------------------------------------------------- streamed from stored JSON
# The JSON formats written chunk by chunk from each record's compact JSON (what
# record.model_dump_json() gives: index.iter_record_json / selected_json), byte for byte
# what to_json / to_jsonl and `list --json` write from Records, without building the models
# and without holding the whole output.

# A record's only floats are its evidence's confidences: json.dumps spells them otherwise
# than pydantic_core below 1e-4 (and from 1e16)
_PYTHON_FLOAT_DIFFERS = re.compile(rb'"confidence":(?:[0-9.]*[eE]|0\.0000)')


def jsonl_chunks(records_json: Iterable[bytes]) -> Iterator[bytes]:
    """to_jsonl, a record at a time."""
    for compact in records_json:
        yield compact + b"\n"


def json_chunks(records_json: Iterable[bytes]) -> Iterator[bytes]:
    """to_json, a record at a time (pydantic's own indented writer, record by record)."""
    from pydantic_core import from_json as load
    from pydantic_core import to_json as dump

    head = f'{{\n  "format": "{EXPORT_FORMAT}",\n  "version": {EXPORT_VERSION},\n  "visits": ['.encode()
    sep = b"\n    "
    for compact in records_json:
        # pydantic_core reads the line as json.loads does, in less time
        yield head + sep + dump(load(compact), indent=2).replace(b"\n", b"\n    ")
        head, sep = b"", b",\n    "
    yield head + (b"]\n}\n" if head else b"\n  ]\n}\n")


def list_json_chunks(records_json: Iterable[bytes]) -> Iterator[bytes]:
    """What `list --json` prints, json.dumps(records, ensure_ascii=False, indent=2), a
    record at a time (pydantic_core's writer spells everything as json does but floats
    below 1e-4 or from 1e16: those records go through json)."""
    import json

    from pydantic_core import from_json as load
    from pydantic_core import to_json as dump

    head, sep = b"[", b"\n  "
    for compact in records_json:
        data = load(compact)  # as json.loads reads it, in less time
        if _PYTHON_FLOAT_DIFFERS.search(compact):
            text = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        else:
            text = dump(data, indent=2)
        yield head + sep + text.replace(b"\n", b"\n  ")
        head, sep = b"", b",\n  "
    yield head + (b"]\n" if head else b"\n]\n")


# ---------------------------------------------------------------- from the index's columns
# CSV and XLSX from index.export_rows (the CSV columns as stored values), cell for cell what
# to_csv and to_xlsx make of the Records.


def _row_cells(row: tuple) -> list[str]:
    cells = []
    for value, kind in zip(row, _KINDS, strict=True):
        if value is None:
            cells.append("")
        elif kind == "list":
            cells.append(neutralise(LIST_SEPARATOR.join(value)))
        elif kind == "officials":
            cells.append(neutralise(_officials_text(value)))
        else:
            text = value if type(value) is str else str(value)
            cells.append(text if text[:1].isalnum() else neutralise(text))
    return cells


_KINDS = [kind for _, _, kind in CSV_SPEC]


def csv_chunks(
    rows: Iterable[tuple],
    *,
    excel: bool = False,
    bom: bool | None = None,
    sep: str = ",",
    headers: list[str] | None = None,
    chunk: int = 2000,
) -> Iterator[bytes]:
    """to_csv from export rows, `chunk` rows at a time (the same `excel`, `bom`, `sep`)."""
    bom = excel if bom is None else bom
    lines: list[str] = []
    writer = csv.writer(SimpleNamespace(write=lines.append), lineterminator="\r\n", delimiter=sep)
    writer.writerow(headers or CSV_COLUMNS)
    first = True
    n = 0
    for row in rows:
        cells = _row_cells(row)
        if bom:
            for i in _ID_COLUMNS:
                cells[i] = excel_text(cells[i])
        writer.writerow(cells)
        n += 1
        if n >= chunk:
            yield _csv_text(lines, excel, bom and first)
            lines.clear()
            first, n = False, 0
    yield _csv_text(lines, excel, bom and first)


def _csv_text(lines: list[str], excel: bool, with_bom: bool) -> bytes:
    text = "".join(lines) if excel else "".join(line[:-2] + "\n" for line in lines)
    return (("\ufeff" if with_bom else "") + text).encode("utf-8")


# the formats written from each record's compact JSON rather than from Records
STREAMED: dict[str, Callable[[Iterable[bytes]], Iterator[bytes]]] = {
    "json": json_chunks,
    "jsonl": jsonl_chunks,
}


_XLSX_MAX_ROWS = 1_048_576
_XLSX_MAX_WIDTH = 60
_XLSX_DATE_WIDTH = 12


def to_xlsx(records: Iterable[Record], *, headers: list[str] | None = None) -> bytes:
    """One sheet "visits" with the CSV columns; dates and numbers typed, text never a formula."""
    return xlsx_from_rows(([get(record) for get in _GETTERS] for record in records), headers=headers)


def xlsx_from_rows(rows: Iterable, *, headers: list[str] | None = None) -> bytes:
    """to_xlsx from rows of the CSV columns' values: Records' attribute values, or
    index.export_rows' stored values (dates as ISO text, officials as [name, title] pairs).
    `headers`: the header row in place of CSV_COLUMNS, as to_xlsx.
    Written row by row (xlsxwriter's constant_memory): a big export stays small in memory."""
    import datetime as dt

    import xlsxwriter  # lazily: only this format needs it

    out = io.BytesIO()
    # strings_to_* off: text is only ever written as text, whatever it looks like.
    workbook = xlsxwriter.Workbook(
        out,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    sheet = workbook.add_worksheet("visits")
    bold = workbook.add_format({"bold": True})
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    # Excel's own neutralisation: shows the text as is, but it stays text even when edited.
    quoted = workbook.add_format({"quote_prefix": True})

    names = headers or CSV_COLUMNS
    widths = [len(name) + 2 for name in names]
    for col, name in enumerate(names):
        sheet.write_string(0, col, name, bold)

    row = 0
    for values in rows:
        row += 1
        if row >= _XLSX_MAX_ROWS:
            raise ValueError(f"too many records for one XLSX sheet (limit {_XLSX_MAX_ROWS - 1})")
        for col, (value, kind) in enumerate(zip(values, _KINDS, strict=True)):
            if value is None:
                continue
            if kind == "int":
                sheet.write_number(row, col, value)
                widths[col] = max(widths[col], len(str(value)) + 2)
            elif kind == "date":
                date = dt.date.fromisoformat(value) if type(value) is str else value
                sheet.write_datetime(row, col, date, date_format)
                widths[col] = max(widths[col], _XLSX_DATE_WIDTH)
            else:
                if kind == "officials":
                    text = _officials_text(value)
                elif type(value) is str:
                    text = value
                else:
                    text = _FORMATTERS[kind](value)
                if not text:
                    continue
                sheet.write_string(row, col, text, quoted if needs_quote(text) else None)
                widths[col] = max(widths[col], len(text) + 2)

    for col, width in enumerate(widths):
        sheet.set_column(col, col, min(width, _XLSX_MAX_WIDTH))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, row, len(CSV_COLUMNS) - 1)
    workbook.close()
    return out.getvalue()


def _officials_text(officials) -> str:
    """Officials as CSV shows them, from Official models or [name, title] pairs."""
    return LIST_SEPARATOR.join(
        format_official(o) if isinstance(o, Official) else (o[0] if o[1] is None else f"{o[0]} ({o[1]})")
        for o in officials
    )


FORMATS: dict[str, Callable[[Iterable[Record]], bytes]] = {
    "csv": to_csv,
    "json": to_json,
    "jsonl": to_jsonl,
    "xlsx": to_xlsx,
}
