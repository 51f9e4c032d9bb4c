"""`diklat edit ID field=value`: corrections validated against the record schema."""

from __future__ import annotations

import re

from pydantic import ValidationError

from diklat_cli import i18n
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


class EditError(DiklatError, ValueError):
    """A correction that cannot be applied; the message says why, in one line."""

    status = ExitStatus.USAGE


def _parse_officials(value: str) -> list[dict]:
    officials = []
    for part in filter(None, (p.strip() for p in value.split(";"))):
        m = re.fullmatch(r"(.+?)\s*\((.+)\)", part)
        officials.append({"name": m.group(1), "title": m.group(2)} if m else {"name": part, "title": None})
    return officials


def _convert(path: str, value: str):
    from diklat_cli.extract import places

    if value == "":
        return [] if path in ("host_agencies", "officials") else None
    if path == "host_agencies":
        return [p.strip() for p in value.split(";") if p.strip()]
    if path == "officials":
        return _parse_officials(value)
    if path in ("origin.province", "destination.province"):
        canonical = places.province(value)
        if canonical is None:
            close = places.suggest_provinces(value)
            hint = _("; did you mean {names}?").format(names=", ".join(close)) if close else ""
            raise EditError(_("{option}: unknown province '{value}'").format(option=path, value=value) + hint)
        return canonical
    if path in ("origin.regency", "destination.regency"):
        region = places.regency(value)
        if region is None or region.kind == "province":
            problem = _("unknown or ambiguous regency/city '{value}' (write 'Kabupaten X' or 'Kota X')")
            raise EditError(f"{path}: " + problem.format(value=value))
        return region.name
    if path == "activity" and value not in ACTIVITIES:
        raise EditError(_("activity: choose one of {choices}").format(choices=", ".join(ACTIVITIES)))
    return value


def apply_edits(record: Record, assignments: list[str]) -> Record:
    data = record.model_dump()
    manual = list(record.manual)
    for item in assignments:
        path, sep, value = item.partition("=")
        path = path.strip()
        if not sep:
            raise EditError(_("'{item}': write FIELD=VALUE").format(item=item))
        if path not in EDITABLE:
            unknown = _("unknown field '{field}'; editable: {fields}")
            raise EditError(unknown.format(field=path, fields=", ".join(EDITABLE)))
        converted = _convert(path, value.strip())
        target = data
        parts = path.split(".")
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = converted
        if path not in manual:
            manual.append(path)
    data["manual"] = manual
    try:
        return Record.model_validate(data)
    except ValidationError as exc:
        # the field as FIELD=VALUE names it, and the form it expects in the user's language
        raise EditError(i18n.validation_message(exc, label=_field_path)) from None


def _field_path(loc: tuple) -> str:
    return ".".join(str(part) for part in loc)
