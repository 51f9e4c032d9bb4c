"""What `list`, `show`, `stats` and `export` select by: the Filters and the sort fields.

The index (diklat_cli.index) answers them in SQL; tests/oracle.py holds the plain-Python
answers it is checked against. Province names arrive already resolved to their canonical
spelling and are compared without regard to case.

Every filter takes several values (`--province Jatim --province Bali`): a record meets a
filter when it meets any of its values, and it must meet every filter given. The
functions below turn what a user types into those values (a programme's alias into the
extractor's canonical name, a regency's short form into its canonical names, a year into
a date); they raise FilterError, and cli.py words the message.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields

from diklat_cli.errors import FilterError
from diklat_cli.i18n import gettext as _
from diklat_cli.schema import SORT_FIELDS

__all__ = [
    "SORT_FIELDS",
    "FilterError",
    "Filters",
    "as_values",
    "parse_day",
    "parse_window",
    "resolve_program",
    "resolve_province",
    "resolve_regency",
]


def as_values(value) -> tuple:
    """A filter's values as a tuple: None is (), one value is a 1-tuple."""
    if value is None:
        return ()
    if isinstance(value, (str, int, dt.date)):
        return (value,)
    return tuple(value)


@dataclass
class Filters:
    """What to keep; None (or no values) means no condition. Each field takes one value or
    several (a tuple: any of them). All given conditions must hold."""

    province: str | tuple[str, ...] | None = None  # canonical province name; origin OR destination
    origin: str | tuple[str, ...] | None = None  # canonical province name
    destination: str | tuple[str, ...] | None = None  # canonical province name
    year: int | tuple[int, ...] | None = None  # year of start_date or of end_date
    program: str | tuple[str, ...] | None = None  # equal to the program or a prefix of it, any case
    agency: str | tuple[str, ...] | None = None  # substring of a host agency, organizer, institution or host
    search: str | tuple[str, ...] | None = None  # substring of any text field, any case
    regency: str | tuple[str, ...] | None = None  # canonical kabupaten/kota; origin OR destination
    cohort: int | tuple[int, ...] | None = None  # the angkatan
    since: dt.date | None = None  # the visit ends (or starts) on or after this day
    until: dt.date | None = None  # the visit starts (or ends) on or before this day

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, list):
                setattr(self, f.name, tuple(value))
            if getattr(self, f.name) == ():
                setattr(self, f.name, None)


# ---------------------------------------------------------------- what the user typed


def resolve_province(value: str, option: str = "--province") -> str:
    """The canonical province `value` names; FilterError with a pointer when it names a
    regency, with close provinces when it is a misspelling."""
    from diklat_cli.extract import places

    canonical = places.province(value)
    if canonical is not None:
        return canonical
    regencies = [r for r in places.regions_named(value) if r.kind != places.PROVINCE]
    if regencies:
        where = " or ".join(sorted({r.province for r in regencies}))
        raise FilterError(
            _("{option}: {value} is a regency in {province}: use --regency").format(
                option=option, value=value, province=where
            )
        )
    close = places.suggest_provinces(value)
    hint = _("; did you mean {names}?").format(names=", ".join(close)) if close else ""
    raise FilterError(_("{option}: unknown province '{value}'").format(option=option, value=value) + hint)


def resolve_regency(value: str) -> tuple[str, ...]:
    """The canonical kabupaten/kota names `value` may mean ("Bogor": the kabupaten and the
    kota; "Kab. Banjar", "Pemkot Batam", "Makassar": one)."""
    from diklat_cli.extract import places

    regencies = [r.name for r in places.regions_named(value) if r.kind != places.PROVINCE]
    if regencies:
        return tuple(regencies)
    if places.province(value) is not None:
        raise FilterError(_("--regency: {value} is a province: use --province").format(value=value))
    raise FilterError(_("--regency: unknown kabupaten/kota '{value}'").format(value=value))


def resolve_program(value: str) -> str:
    """The canonical programme the extractor reads `value` as ("PIM 3", "Diklat PIM III" →
    "Diklatpim III"; "Pelatihan Kepemimpinan Administrator" → "PKA"); `value` itself when
    the extractor reads no single programme in all of it (it then matches as a prefix)."""
    from diklat_cli.extract import programs

    text = " ".join(value.split())
    found = programs.find_programs(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0].name
    return value


def parse_window(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """--since and --until as days (a year: its first day, its last); FilterError when the
    window is empty."""
    first = None if since is None else parse_day(since, "--since", end=False)
    last = None if until is None else parse_day(until, "--until", end=True)
    if first is not None and last is not None and first > last:
        raise FilterError(
            _("--since {first} is after --until {last}: nothing could match").format(first=first, last=last)
        )
    return first, last


_YEAR = re.compile(r"\d{4}")


def parse_day(value: str, option: str, end: bool) -> dt.date:
    """A day from "2016-08-29" or a year "2016" (its first day, or its last when `end`)."""
    text = value.strip()
    try:
        if _YEAR.fullmatch(text):
            return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise FilterError(
            _("{option}: '{value}' is not a date (YYYY-MM-DD) or a year (YYYY)").format(option=option, value=value)
        ) from None
