"""One visit, many reports: records of different articles that agree on programme,
cohort, origin, destination and overlapping dates are shown as one visit."""

from __future__ import annotations

from collections import defaultdict


def merge_key(record):
    return (
        (record.program or "").casefold(),
        record.cohort,
        record.origin.province,
        (record.origin.institution or "").casefold() if record.origin.province is None else "",
        record.destination.province,
    )


def _overlap(a, b) -> bool:
    if a.start_date is None or b.start_date is None:
        return False
    a_end, b_end = a.end_date or a.start_date, b.end_date or b.start_date
    return a.start_date <= b_end and b.start_date <= a_end


def same_visit(a, b) -> bool:
    return (
        a.provenance.sha256 != b.provenance.sha256
        and a.program is not None
        and merge_key(a) == merge_key(b)
        and _overlap(a, b)
    )


def merge_reports(records):
    """Records with other reports of the same visit folded into the earliest one."""
    groups: dict[tuple, list] = defaultdict(list)
    for r in records:
        if r.program and r.start_date:
            groups[merge_key(r)].append(r)
    absorbed: dict[str, object] = {}
    merged: dict[str, object] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members = sorted(members, key=lambda r: (r.provenance.imported_at, r.id))
        for i, first in enumerate(members):
            if first.id in absorbed:
                continue
            others = [m for m in members[i + 1 :] if m.id not in absorbed and same_visit(first, m)]
            if not others:
                continue
            update = {"also_reported_by": [*first.also_reported_by, *(o.provenance for o in others)]}
            for name in ("participants", "end_date", "organizer"):
                if getattr(first, name) is None:
                    update[name] = next((getattr(o, name) for o in others if getattr(o, name) is not None), None)
            if not first.host_agencies:
                update["host_agencies"] = next((o.host_agencies for o in others if o.host_agencies), [])
            merged[first.id] = first.model_copy(update=update)
            for o in others:
                absorbed[o.id] = first
    return [merged.get(r.id, r) for r in records if r.id not in absorbed]
