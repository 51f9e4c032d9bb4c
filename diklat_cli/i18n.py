"""The language of this run: messages, dates and numbers as the user reads them.

The language is chosen by, highest first: `--lang id|en` and the setting `ui.language`
(the command line passes both to `use()`), the locale (the first of LC_ALL, LC_MESSAGES and
LANG that is set; one starting with ``id`` means Indonesian), else English.

Messages are marked with `_()` (`from diklat_cli.i18n import gettext as _`), `N_()`
where the text is kept and translated later, and `ngettext()` for counts. The msgids are
the English texts; the Indonesian catalogue is diklat_cli/locale/id/LC_MESSAGES/diklat.po, compiled to the .mo beside it
by `python scripts/catalogues.py` (Babel: extract → update → compile).

Data formats never follow the language: JSON, and ISO dates in CSV, are the same in
every language. Only what a person reads does: messages, tables, the dates and numbers
in them, and CSV/XLSX column headers when asked for (`csv_headers`).

Importing this module is cheap (it is on the start-up path): it imports only `os`, and
nothing of the package, so every module may import it; `gettext` is loaded only when a
message is first translated into a language other than English.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # not `typing`'s: importing typing costs more than this module
if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from gettext import NullTranslations
    from typing import Any

__all__ = [
    "LANGUAGES",
    "N_",
    "_",
    "csv_headers",
    "choose",
    "date_range",
    "field_label",
    "format_date",
    "format_number",
    "gettext",
    "header_column",
    "header_columns",
    "language",
    "ngettext",
    "normalise",
    "problem",
    "reset",
    "translate",
    "use",
    "validation_message",
]

LANGUAGES = ("en", "id")
DEFAULT = "en"
DOMAIN = "diklat"
LOCALE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")
CONFIG_KEY = "ui.language"
# POSIX order: LC_ALL wins over LC_MESSAGES, which wins over LANG; the first one set decides.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

# ---------------------------------------------------------------- choosing the language


def normalise(value: object) -> str | None:
    """A language we have from a code: "id", "ID", "id_ID.UTF-8" → "id"; "en_GB" → "en"; else None."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("-", "_")
    for lang in LANGUAGES:
        if code == lang or code.startswith(lang + "_") or code.startswith(lang + "."):
            return lang
    return None


def from_locale(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of the locale that decides messages: "id" for Indonesian, else None.

    The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty decides, as for
    every POSIX program: LC_ALL=C with LANG=id_ID.UTF-8 is not Indonesian."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name)
        if value:
            return "id" if value.strip().lower().startswith("id") else None
    return None


def choose(option: str | None = None, config: object = None, environ: Mapping[str, str] | None = None) -> str:
    """The language of a run from `--lang` (`option`), the setting `ui.language` (`config`)
    and the locale, highest first; English when none of them names a language we have."""
    return normalise(option) or normalise(config) or from_locale(environ) or DEFAULT


_current: str | None = None
_translations: NullTranslations | None = None


def use(option: str | None = None, config: object = None) -> str:
    """Fix the language of this run and return it: `option` is `--lang` and `config` the
    `ui.language` setting (None when not given; the command line reads the setting, so that
    this module imports nothing of the package and anything may import it). Called again
    (tests, a second command in one process) it chooses anew."""
    global _current, _translations
    _current = choose(option, config)
    _translations = None
    return _current


def reset() -> None:
    """Forget the language: the next message chooses it again from config and locale."""
    global _current, _translations
    _current = None
    _translations = None


def language() -> str:
    """The language of this run ("en" or "id"); without `use()`, chosen from the locale on first use."""
    return _current if _current is not None else use(None)


def _catalogue() -> NullTranslations | None:
    """The translations of the current language; None for English (the msgids are English)."""
    global _translations
    lang = language()
    if lang == DEFAULT:
        return None
    if _translations is None:
        import gettext  # lazily: English never needs it

        # fallback: a missing catalogue shows English rather than failing a command
        _translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)
    return _translations


def gettext(message: str) -> str:
    """`message` (English) in the language of this run. Modules import it as `_`:
    `from diklat_cli.i18n import gettext as _`, the name Babel extracts."""
    translations = _catalogue()
    return message if translations is None else translations.gettext(message)


_ = gettext  # within this module


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, in the language of this run."""
    translations = _catalogue()
    if translations is None:
        return singular if n == 1 else plural
    return translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for the catalogue without translating it now (help texts, column
    titles): it is passed through `_()` where it is shown."""
    return message


# ---------------------------------------------------------------- dates and numbers

# Locale data, not messages (CLDR's abbreviated and wide month names).
_MONTHS_SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
}
_MONTHS_LONG = {
    "en": ("January", "February", "March", "April", "May", "June")
    + ("July", "August", "September", "October", "November", "December"),
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni")
    + ("Juli", "Agustus", "September", "Oktober", "November", "Desember"),
}
_RANGE = "\u2013"  # en dash, as both languages write a range of days


def _lang(lang: str | None) -> str:
    return normalise(lang) or language()


def _month(day: dt.date, lang: str, long: bool) -> str:
    return (_MONTHS_LONG if long else _MONTHS_SHORT)[lang][day.month - 1]


def format_date(day: dt.date, *, long: bool = False, lang: str | None = None) -> str:
    """29 Agu 2016 / 29 Aug 2016 (`long`: 29 Agustus 2016 / 29 August 2016)."""
    lang = _lang(lang)
    return f"{day.day} {_month(day, lang, long)} {day.year}"


def date_range(start: dt.date | None, end: dt.date | None = None, *, lang: str | None = None) -> str:
    """The days of a visit as each language writes them.

    29 Agu–2 Sep 2016 / 29 Aug–2 Sep 2016; 29–31 Agu 2016 in one month; 29 Agu 2016 for one
    day; 30 Des 2016–2 Jan 2017 across a year; "unknown" / "tidak diketahui" with no date."""
    lang = _lang(lang)
    if start is None and end is None:
        return translate(N_("unknown"), lang)
    if start is None:
        assert end is not None
        return translate(N_("until {date}"), lang).format(date=format_date(end, lang=lang))
    if end is None or end == start:
        return format_date(start, lang=lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{_RANGE}{end.day} {_month(end, lang, False)} {end.year}"
    if start.year == end.year:
        return f"{start.day} {_month(start, lang, False)}{_RANGE}{format_date(end, lang=lang)}"
    return f"{format_date(start, lang=lang)}{_RANGE}{format_date(end, lang=lang)}"


_SWAP_SEPARATORS = str.maketrans({",": ".", ".": ","})


def format_number(value: float, *, decimals: int = 0, lang: str | None = None) -> str:
    """1.234 / 1,234 (and 12,5 / 12.5 with `decimals`): the locale's grouping, for tables.
    Never for data files, which keep plain numbers."""
    text = f"{value:,}" if decimals == 0 and isinstance(value, int) else f"{value:,.{decimals}f}"
    return text.translate(_SWAP_SEPARATORS) if _lang(lang) == "id" else text


_BY_LANGUAGE: dict[str, NullTranslations] = {}


def translate(message: str, lang: str) -> str:
    """`message` (English) in `lang`, whatever the language of the run: for what is made in
    a language of its own (a report for someone else, dates with `lang=`)."""
    lang = normalise(lang) or DEFAULT
    if lang == DEFAULT:
        return message
    if lang not in _BY_LANGUAGE:
        import gettext

        _BY_LANGUAGE[lang] = gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)
    return _BY_LANGUAGE[lang].gettext(message)


# ---------------------------------------------------------------- CSV / XLSX column headers

# Export column → its Indonesian header, for people reading the file in a spreadsheet
# (`--headers id`). Fixed here, not in the catalogue: a file written today must still be
# read by `diklat import` after a translation is improved. `header_columns` reads both sets.
CSV_HEADERS_ID: dict[str, str] = {
    "id": "ID",
    "program": "Program",
    "cohort": "Angkatan",
    "activity": "Jenis Kegiatan",
    "participants": "Jumlah Peserta",
    "origin_institution": "Instansi Asal",
    "origin_province": "Provinsi Asal",
    "origin_regency": "Kabupaten/Kota Asal",
    "organizer": "Penyelenggara",
    "destination_province": "Provinsi Tujuan",
    "destination_regency": "Kabupaten/Kota Tujuan",
    "destination_host": "Lokus",
    "host_agencies": "Instansi yang Dikunjungi",
    "start_date": "Tanggal Mulai",
    "end_date": "Tanggal Selesai",
    "officials": "Pejabat",
    "source_outlet": "Media",
    "source_reporter": "Wartawan",
    "source_editor": "Editor",
    "source_dateline": "Tempat Berita",
    "source_published": "Tanggal Terbit",
    "source_title": "Judul Berita",
    "source_file": "Berkas Sumber",
    "source_url": "Tautan Sumber",
    "imported_at": "Waktu Impor",
    "source_sha256": "SHA-256 Artikel",
    "extractor_version": "Versi Ekstraktor",
}


def csv_headers(columns: Iterable[str], lang: str | None = None) -> list[str]:
    """The header row for export `columns`: the column names themselves in English (what
    tools expect), the Indonesian headers in Indonesian. `lang` None follows the run."""
    columns = list(columns)
    if _lang(lang) != "id":
        return columns
    return [CSV_HEADERS_ID.get(column, column) for column in columns]


def _header_key(text: str) -> str:
    # Lenient about what a spreadsheet user may change: case, spaces, underscores, a BOM.
    return " ".join(text.lstrip("\ufeff").replace("_", " ").casefold().split())


_COLUMN_BY_HEADER: dict[str, str] = {}


def header_column(header: str) -> str | None:
    """The export column a header names, in either language ("Provinsi Asal",
    "provinsi_asal", "origin_province" → "origin_province"); None for a header of neither."""
    if not _COLUMN_BY_HEADER:
        for column, indonesian in CSV_HEADERS_ID.items():
            _COLUMN_BY_HEADER[_header_key(column)] = column
            _COLUMN_BY_HEADER[_header_key(indonesian)] = column
    return _COLUMN_BY_HEADER.get(_header_key(header))


def header_columns(header: Sequence[str], expected: Iterable[str] | None = None) -> list[str] | None:
    """The export column of each cell of a header row (English, Indonesian or a mix, in
    any order), or None when the row is not an export's header: a cell names no column,
    two cells name the same one, or (given `expected`) the columns are not exactly those."""
    columns: list[str] = []
    for cell in header:
        column = header_column(cell)
        if column is None or column in columns:
            return None
        columns.append(column)
    if expected is not None and sorted(columns) != sorted(expected):
        return None
    return columns


# ---------------------------------------------------------------- validation messages

# Field path (dotted, list positions left out) → its name for the user.
_FIELD_LABELS: dict[str, str] = {
    "id": N_("id"),
    "program": N_("programme"),
    "cohort": N_("cohort"),
    "activity": N_("activity"),
    "participants": N_("participants"),
    "origin": N_("origin"),
    "origin.institution": N_("origin institution"),
    "origin.province": N_("origin province"),
    "origin.regency": N_("origin regency/city"),
    "organizer": N_("organizer"),
    "destination": N_("destination"),
    "destination.province": N_("destination province"),
    "destination.regency": N_("destination regency/city"),
    "destination.host": N_("lokus (host visited)"),
    "host_agencies": N_("host agencies"),
    "start_date": N_("start date"),
    "end_date": N_("end date"),
    "officials": N_("officials"),
    "officials.name": N_("official's name"),
    "officials.title": N_("official's title"),
    "source": N_("source"),
    "source.outlet": N_("news outlet"),
    "source.reporter": N_("reporter"),
    "source.editor": N_("editor"),
    "source.dateline": N_("dateline"),
    "source.published": N_("publication date"),
    "source.title": N_("article title"),
    "provenance": N_("provenance"),
    "provenance.file": N_("source file"),
    "provenance.url": N_("source link"),
    "provenance.sha256": N_("article SHA-256"),
    "provenance.imported_at": N_("import time"),
    "provenance.fetched_at": N_("fetch time"),
    "provenance.extractor_version": N_("extractor version"),
    "evidence": N_("evidence"),
    "manual": N_("manually set fields"),
    "also_reported_by": N_("other reports"),
}

# What a field should hold, by kind: the second half of "field: problem".
_EXPECTED: dict[str, str] = {
    "date": N_("should be a date like 2016-08-29 (year-month-day)"),
    "datetime": N_("should be a date and time like 2016-08-29T09:30:00"),
    "int": N_("should be a whole number"),
    "min": N_("should be a whole number of at least {min}"),
    "max": N_("should be a whole number of at most {max}"),
    "range": N_("should be a whole number from {min} to {max}"),
    "number": N_("should be a number"),
    "bool": N_("should be true or false"),
    "choice": N_("should be one of: {choices}"),
    "text": N_("should be text"),
    "list": N_("should be a list"),
    "object": N_("should be a group of fields"),
    "required": N_("is required"),
    "unknown": N_("is not a field diklat knows"),
    "end_before_start": N_("should not be before the start date"),
    "invalid": N_("has a value that is not allowed"),
}

# pydantic error type → kind of `_EXPECTED`
_KIND_OF_ERROR: dict[str, str] = {
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "datetime_type": "datetime",
    "datetime_parsing": "datetime",
    "datetime_from_date_parsing": "datetime",
    "datetime_object_invalid": "datetime",
    "int_type": "int",
    "int_parsing": "int",
    "int_parsing_size": "int",
    "int_from_float": "int",
    "float_type": "number",
    "float_parsing": "number",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "literal_error": "choice",
    "enum": "choice",
    "string_type": "text",
    "string_unicode": "text",
    "list_type": "list",
    "tuple_type": "list",
    "model_type": "object",
    "model_attributes_type": "object",
    "dict_type": "object",
    "missing": "required",
    "extra_forbidden": "unknown",
    "greater_than_equal": "min",
    "greater_than": "min",
    "less_than_equal": "max",
    "less_than": "max",
}

_VALUE_WIDTH = 40


def field_label(field: str | Sequence[object]) -> str:
    """The name of a field for the user, in the language of the run.

    `field` is a dotted path ("origin.province") or a pydantic `loc` (("officials", 0,
    "name")); a path diklat has no name for is shown as it is."""
    parts = field.split(".") if isinstance(field, str) else [part for part in field]
    names = [str(part) for part in parts if not isinstance(part, int)]
    positions = [part for part in parts if isinstance(part, int)]
    for size in range(len(names), 0, -1):
        key = ".".join(names[:size])
        if key in _FIELD_LABELS:
            label = _(_FIELD_LABELS[key])
            rest = ".".join(names[size:])
            if rest:
                label = f"{label} ({rest})"
            if positions:
                label = _("{field} (item {number})").format(field=label, number=positions[0] + 1)
            return label
    return ".".join(str(part) for part in parts) or _("record")


def _shown(value: object) -> str:
    """A value quoted on one line, cut to a readable length."""
    text = " ".join(str(value).split())
    if len(text) > _VALUE_WIDTH:
        text = text[: _VALUE_WIDTH - 1] + "…"
    return f"'{text}'"


_NO_VALUE = object()


def _problem_text(kind: str, value: object, context: Mapping[str, object]) -> str:
    expected = _(_EXPECTED.get(kind, _EXPECTED["invalid"]))
    try:
        expected = expected.format(**context)
    except (KeyError, IndexError, ValueError):
        expected = _(_EXPECTED["invalid"])
    if value is not _NO_VALUE and value is not None and kind not in ("required", "unknown"):
        expected += _(", not {value}").format(value=_shown(value))
    return expected


def problem(field: str | Sequence[object], kind: str, value: object = _NO_VALUE, **context: object) -> str:
    """One line "field: what it should be, not 'value'" in the language of the run.

    `kind` is one of date, datetime, int, min, max, range, number, bool, choice, text,
    list, object, required, unknown, end_before_start, invalid; `context` fills its
    placeholders (min, max, choices). For options and cells the caller checks itself,
    e.g. problem("start_date", "date", "29/08/2016")."""
    return f"{field_label(field)}: {_problem_text(kind, value, context)}"


def _choices(expected: object) -> str:
    # pydantic's literal_error context: "'benchmarking', 'studi lapangan' or 'other'"
    text = str(expected)
    for word in (" or ", " and "):
        text = text.replace(word, ", ")
    return text


def validation_message(error: Any, label: Callable[[tuple], str] | None = None) -> str:
    """A pydantic `ValidationError` as one line in the user's language: the first problem,
    naming the field and the form it expects, and how many more there are.

    `label` names a field's `loc` (the CSV reader passes the header the file uses);
    by default `field_label`. Never pydantic's own English."""
    errors = error.errors()
    if not errors:
        return _("the record is not valid")
    first = errors[0]
    loc = tuple(first.get("loc", ()))
    kind = _KIND_OF_ERROR.get(first.get("type", ""), "invalid")
    context = dict(first.get("ctx") or {})
    if kind == "invalid" and first.get("type") == "value_error" and loc[-1:] == ("end_date",):
        kind = "end_before_start"
    fields: dict[str, object] = {}
    if kind == "min":
        fields["min"] = context.get("ge", context.get("gt", ""))
    elif kind == "max":
        fields["max"] = context.get("le", context.get("lt", ""))
    elif kind == "choice":
        fields["choices"] = _choices(context.get("expected", ""))
    value = first.get("input", _NO_VALUE)
    if isinstance(value, (dict, list)):
        value = _NO_VALUE  # a whole object says nothing on one line
    name = field_label(loc) if label is None else label(loc)
    line = f"{name}: {_problem_text(kind, value, fields)}"
    more = len(errors) - 1
    if more:
        line += " " + ngettext("(and {count} more problem)", "(and {count} more problems)", more).format(count=more)
    return line
