"""Which visits a person should check: a core field missing or extracted with low confidence."""

from __future__ import annotations

from diklat_cli.i18n import gettext as _

CORE = ("program", "activity", "origin.province", "destination.province", "start_date")
LOW_CONFIDENCE = 0.65


def _value(record, path: str):
    value = record
    for part in path.split("."):
        value = getattr(value, part)
    return value


def review_reasons(record) -> list[str]:
    """Why `record` needs a look, for the `list --review` screen, in the user's language; the
    field as `diklat edit` names it, so the reason says what to correct."""
    reasons = []
    for path in CORE:
        if path in record.manual or path.split(".")[0] in record.manual:
            continue
        if path == "origin.province" and record.origin.province is None and record.origin.institution:
            continue  # a national body has no province
        if _value(record, path) in (None, ""):
            reasons.append(_("no {field}").format(field=path))
            continue
        evidence = record.evidence.get(path)
        if evidence is not None and evidence.confidence < LOW_CONFIDENCE:
            reasons.append(f"{path}?")
    return reasons


def needs_review(record) -> bool:
    return bool(review_reasons(record))
