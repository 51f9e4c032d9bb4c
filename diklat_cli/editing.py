"""Corrections and checks of a visit record: `diklat edit ID field=value`, and the same
rules for records read from an export (`check_record`).

Values are read as the extractor reads article text (numbers in digits, words or Roman
numerals; dates in the usual Indonesian forms; provinces and regencies by any of their
names), text is NFKC-normalised, and a regency must lie in its province. Every problem is
an EditError whose one-line message names the field and the form expected.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from typing import Any

from pydantic import ValidationError

from diklat_cli import i18n, schema
from diklat_cli.errors import DiklatError, ExitStatus
from diklat_cli.i18n import gettext as _
from diklat_cli.models import ACTIVITIES, Record

EDITABLE = (
    "program",
    "cohort",
    "activity",
    "participants",
    "organizer",
    "host_agencies",
    "start_date",
    "end_date",
    "officials",
    "origin.institution",
    "origin.province",
    "origin.regency",
    "destination.province",
    "destination.regency",
    "destination.host",
    "source.outlet",
    "source.reporter",
    "source.editor",
    "source.dateline",
    "source.published",
    "source.title",
)

_DATES = ("start_date", "end_date", "source.published")


class EditError(DiklatError, ValueError):
    """A correction that cannot be applied; the message says why, in one line."""

    status = ExitStatus.USAGE


def clean_text(value: str) -> str:
    """Text as the store keeps it: NFKC (full-width letters, non-breaking spaces and
    ligatures become plain ones), whitespace runs made one space, no control characters."""
    if value.isascii() and value.isprintable():  # the usual case, and NFKC leaves it alone
        return " ".join(value.split())
    value = unicodedata.normalize("NFKC", value)
    value = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in value)
    return " ".join(value.split())


def _parse_officials(value: str) -> list[dict]:
    officials = []
    for part in filter(None, (p.strip() for p in value.split(";"))):
        m = re.fullmatch(r"(.+?)\s*\((.+)\)", part)
        officials.append({"name": m.group(1), "title": m.group(2)} if m else {"name": part, "title": None})
    return officials


def _cohort(value: str) -> int:
    from diklat_cli.extract import numbers

    text = re.sub(r"^(?:angkatan|angk\.?)\s+", "", value, flags=re.IGNORECASE)
    found = numbers.parse_int(text)
    if found is None:
        found = numbers.roman_to_int(text.upper()) or numbers.ordinal_to_int(text)
    return _bounded("cohort", value, found, schema.COHORT_MIN, schema.COHORT_MAX)


def _problem(path: str, kind: str, value: str, **context: object) -> str:
    """i18n.problem's line, naming the field as FIELD=VALUE writes it (start_date)."""
    return f"{path}: " + i18n.problem(path, kind, value, **context).split(": ", 1)[1]


def _bounded(path: str, value: str, found: int | None, low: int, high: int) -> int:
    """`found`, read from `value`, if it lies within the field's bounds; else one line in
    the user's language naming the field and the form."""
    if found is None:
        raise EditError(_problem(path, "int", value))
    if found < low:
        raise EditError(_problem(path, "min", value, min=low))
    if found > high:
        raise EditError(_problem(path, "max", value, max=high))
    return found


def _participants(value: str) -> int:
    from diklat_cli.extract import numbers

    text = re.sub(r"\s+(?:orang|peserta)$", "", value, flags=re.IGNORECASE)
    return _bounded("participants", value, numbers.parse_int(text), schema.PARTICIPANTS_MIN, schema.PARTICIPANTS_MAX)


def _date(path: str, value: str) -> dt.date:
    from diklat_cli.extract import dates

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    found = dates.parse_date(value)
    if found is None:
        raise EditError(_problem(path, "date", value))
    return found


@functools.lru_cache(maxsize=4096)
def _province(path: str, value: str) -> str:
    from diklat_cli.extract import places

    canonical = places.province(value)
    if canonical is None:
        close = places.suggest_provinces(value)
        hint = _("; did you mean {names}?").format(names=", ".join(close)) if close else ""
        raise EditError(_("{option}: unknown province '{value}'").format(option=path, value=value) + hint)
    return canonical


@functools.lru_cache(maxsize=4096)
def _regency(path: str, value: str) -> str:
    from diklat_cli.extract import places

    region = places.regency(value)
    if region is None:
        problem = _("unknown or ambiguous regency/city '{value}' (write 'Kabupaten X' or 'Kota X')")
        raise EditError(f"{path}: " + problem.format(value=value))
    return region.name


def _convert(path: str, value: str) -> Any:
    value = clean_text(value)
    if value == "":
        return [] if path in ("host_agencies", "officials") else None
    if path == "host_agencies":
        return [p.strip() for p in value.split(";") if p.strip()]
    if path == "officials":
        return _parse_officials(value)
    if path in ("origin.province", "destination.province"):
        return _province(path, value)
    if path in ("origin.regency", "destination.regency"):
        return _regency(path, value)
    if path == "cohort":
        return _cohort(value)
    if path == "participants":
        return _participants(value)
    if path in _DATES:
        return _date(path, value)
    if path == "activity" and value.lower() not in ACTIVITIES:
        raise EditError(_("activity: choose one of {choices}").format(choices=", ".join(ACTIVITIES)))
    if path == "activity":
        return value.lower()
    return value


@functools.lru_cache(maxsize=4096)
def _province_of_regency(name: str) -> str | None:
    from diklat_cli.extract import places

    region = places.regency(name)
    return region.province if region is not None else None


def _host_province(host: str) -> str | None:
    """The one province the places named in a host agency lie in, if they name any."""
    from diklat_cli.extract import places

    found = {r.province for m in places.find_places(host) if (r := places.resolve(m)) is not None}
    return found.pop() if len(found) == 1 else None


def _keep_places_consistent(data: dict, changed: set[str], *, check_host: bool) -> None:
    """A regency lies in its province: a regency set alone brings its province; a
    province set against the regency (or the host) kept is refused, naming both."""
    for side in ("origin", "destination"):
        place = data[side]
        province, regency = place.get("province"), place.get("regency")
        if regency:
            home = _province_of_regency(regency)
            if home is not None and province != home:
                if province is None or (f"{side}.regency" in changed and f"{side}.province" not in changed):
                    place["province"] = province = home
                elif f"{side}.regency" in changed or not changed:
                    raise EditError(f"{side}.regency: {regency} is in {home}, not in {province}")
                else:
                    raise EditError(
                        f"{side}.province: {province} does not hold {side}.regency {regency};"
                        f" set {side}.regency too, or clear it with {side}.regency="
                    )
        host = place.get("host") if side == "destination" else None
        moved = {f"{side}.province", f"{side}.regency"} & changed
        if check_host and host and moved and f"{side}.host" not in changed and province:
            where = _host_province(host)
            if where is not None and where != province:
                raise EditError(
                    f"{side}.host: '{host}' is in {where}, not in {province};"
                    f" set {side}.host too, or clear it with {side}.host="
                )


def _say(error: ValidationError) -> str:
    """A validation error as one line naming the field (as FIELD=VALUE writes it) and the
    form it expects, in the user's language."""
    return i18n.validation_message(error, label=_field_path)


def _field_path(loc: tuple) -> str:
    return ".".join(str(part) for part in loc)


def apply_edits(record: Record, assignments: list[str]) -> Record:
    data = record.model_dump()
    manual = list(record.manual)
    changed: set[str] = set()
    for item in assignments:
        path, sep, value = item.partition("=")
        path = path.strip()
        if not sep:
            raise EditError(_("'{item}': write FIELD=VALUE").format(item=item))
        if path not in EDITABLE:
            unknown = _("unknown field '{field}'; editable: {fields}")
            raise EditError(unknown.format(field=path, fields=", ".join(EDITABLE)))
        converted = _convert(path, value)
        target = data
        parts = path.split(".")
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = converted
        changed.add(path)
        if path not in manual:
            manual.append(path)
    _keep_places_consistent(data, changed, check_host=True)
    for side in ("origin", "destination"):
        if data[side]["province"] != getattr(record, side).province and f"{side}.province" not in manual:
            manual.append(f"{side}.province")  # brought by a regency the user set
    data["manual"] = manual
    try:
        return Record.model_validate(data)
    except ValidationError as exc:
        raise EditError(_say(exc)) from None


# ---------------------------------------------------------------- records from an export

_TEXT_PATHS = (
    ("program",),
    ("organizer",),
    ("origin", "institution"),
    ("destination", "host"),
    *(("source", name) for name in schema.SOURCE_TEXTS),
)


def _utc(value: dt.datetime | None) -> tuple[dt.datetime | None, bool]:
    if value is None or value.tzinfo is not None:
        return value, False
    return value.replace(tzinfo=dt.timezone.utc), True


def check_record(record: Record) -> tuple[Record, list[str]]:
    """A record from an export, checked and normalised as `edit` does (NFKC text,
    canonical provinces and regencies, a regency inside its province, times with a zone).
    Returns it with a note for each repair; EditError for what cannot be repaired."""
    # evidence is left as it is: dumping it is most of the cost of a record
    data = record.model_dump(exclude={"evidence"})
    before = record.model_dump(exclude={"evidence"})
    notes: list[str] = []
    for path in _TEXT_PATHS:
        target = data
        for part in path[:-1]:
            target = target[part]
        if isinstance(target[path[-1]], str):
            target[path[-1]] = clean_text(target[path[-1]]) or None
    data["host_agencies"] = [t for t in (clean_text(h) for h in data["host_agencies"]) if t]
    for official in data["officials"]:
        official["name"] = clean_text(official["name"]) or official["name"]
        if official["title"] is not None:
            official["title"] = clean_text(official["title"]) or None
    for side in ("origin", "destination"):
        for key, canonical in (("province", _province), ("regency", _regency)):
            value = data[side][key]
            if value:
                data[side][key] = canonical(f"{side}.{key}", clean_text(value))
    _keep_places_consistent(data, set(), check_host=False)
    for provenance, where in (
        (data["provenance"], "provenance"),
        *((p, "also_reported_by") for p in data["also_reported_by"]),
    ):
        for key in ("imported_at", "fetched_at"):
            provenance[key], repaired = _utc(provenance[key])
            if repaired:
                notes.append(f"{where}.{key} has no time zone; read as UTC")
    if data == before:
        return record, notes  # already as the store keeps it: validated when it was read
    data["evidence"] = record.evidence
    try:
        checked = Record.model_validate(data)
    except ValidationError as exc:
        raise EditError(_say(exc)) from None
    return checked, list(dict.fromkeys(notes))
