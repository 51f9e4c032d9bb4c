"""What the workbook and the page both read from the inputs: visits as dicts, the period, filters."""

from __future__ import annotations

import datetime as dt
from typing import Any


def as_stats(stats: dict) -> dict:
    """The `stats --json` dict; diklat_cli.query.stats.Table objects (what index.stats_tables returns)
    are turned into the same {"title", "columns", "rows"} dicts."""
    return {key: table if isinstance(table, dict) else dict(vars(table)) for key, table in stats.items()}


def as_dicts(visits: list) -> list[dict]:
    """Export-JSON dicts; pydantic records (diklat_cli.models.Record) are dumped the same way."""
    out = []
    for visit in visits:
        dump = getattr(visit, "model_dump", None)
        out.append(dump(mode="json") if dump is not None else visit)
    return out


def get(visit: dict, path: tuple[str, ...]) -> Any:
    value: Any = visit
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def period(visits: list[dict]) -> tuple[dt.date, dt.date] | None:
    """(first start date, last end or start date) of the visits, None when no visit is dated."""
    starts = [d for d in (parse_date(v.get("start_date")) for v in visits) if d]
    ends = [d for d in (parse_date(v.get("end_date") or v.get("start_date")) for v in visits) if d]
    if not starts:
        return None
    return min(starts), max(ends)


def filter_lines(filters: dict) -> list[tuple[str, str]]:
    """(name, value) pairs of the filters actually set, in the caller's order."""
    lines = []
    for name, val in filters.items():
        if val is None or val is False or val == "" or val == [] or val == ():
            continue
        if isinstance(val, list | tuple | set):
            val = ", ".join(str(v) for v in val)
        lines.append((str(name), str(val)))
    return lines


def source_url(visit: dict) -> str | None:
    """The article's URL when it is http(s): anything else (javascript:, data:, file:) never becomes a link."""
    url = get(visit, ("provenance", "url"))
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None
