"""Every word the report shows, by key: the English text, a msgid of the project's catalogue
(diklat_cli/locale; the Indonesian is there, with every other message).

`label()` is the only way in: the report is made in a language of its own (`lang`), which
need not be the language of the run.
"""

from __future__ import annotations

from diklat_cli import i18n
from diklat_cli.i18n import N_

LANGS = ("id", "en")

# key -> English text (a msgid)
_LABELS: dict[str, str] = {
    "report_title": N_("Training visits report"),
    "generated": N_("Generated"),
    "filters": N_("Filters"),
    "no_filters": N_("none (all visits)"),
    "summary": N_("Summary"),
    "visits": N_("Visits"),
    "participants": N_("Participants"),
    "participants_note": N_("participants where the report gives a number"),
    "period": N_("Period"),
    "origins": N_("Origin provinces"),
    "destinations": N_("Destination provinces"),
    "programs": N_("Training programmes"),
    "host_agencies": N_("Host agencies"),
    "no_visits": N_("No visits."),
    # the stats tables, by their key in `diklat stats --json`
    "table_destination": N_("Visits by destination province"),
    "table_origin": N_("Visits by origin province"),
    "table_year": N_("Visits by year"),
    "table_program": N_("Visits by training programme"),
    "table_hosts": N_("Most visited host agencies"),
    "table_matrix": N_("Visits from origin province (rows) to destination province (columns)"),
    "map_title": N_("Map of visit flows: origin → destination"),
    "map_note": N_(
        "Lines run from origin to destination province, thicker for more visits; circles at "
        "destinations are sized by visits received. Points are provincial capitals."
    ),
    "map_not_drawn": N_("{n} visits with an unknown province are not on the map."),
    "map_top_flows": N_("The {n} largest of {total} flows are drawn; the origin-destination table has them all."),
    "map_attribution": N_("Coastlines: Natural Earth. Province positions: GeoNames (CC BY 4.0)."),
    "within_province": N_("within the province"),
    "received": N_("visits received"),
    "others": N_("{n} more not shown"),
    "show_table": N_("Table ({n} rows)"),
    "visits_table": N_("List of visits"),
    "visits_shown": N_("{n} visits"),
    "source": N_("Source"),
    # column headings, by the stats tables' column names and the report's own
    "col_province": N_("province"),
    "col_visits": N_("visits"),
    "col_participants": N_("participants"),
    "col_year": N_("year"),
    "col_program": N_("programme"),
    "col_host agency": N_("host agency"),
    "col_destination": N_("destination"),
    "col_origin": N_("origin"),
    "col_date": N_("date"),
    "col_cohort": N_("cohort"),
    "col_hosts": N_("agencies visited"),
    "col_source": N_("source"),
    # sheet names: at most 31 characters in every language, none of []:*?/\\
    "sheet_summary": N_("summary"),
    "sheet_destination": N_("by destination"),
    "sheet_origin": N_("by origin"),
    "sheet_year": N_("by year"),
    "sheet_program": N_("by programme"),
    "sheet_hosts": N_("top host agencies"),
    "sheet_matrix": N_("origin-destination"),
    "sheet_visits": N_("visits"),
    # values stats.py writes for a missing province or year, and for national bodies
    "unknown": N_("unknown"),
    "national": N_("national"),
}


def label(key: str, lang: str, **values: object) -> str:
    """The text of `key` in `lang` ("id" or "en"), with {placeholders} filled from `values`."""
    if lang not in LANGS:
        raise ValueError(f"unknown report language {lang!r} (expected one of {', '.join(LANGS)})")
    text = i18n.translate(_LABELS[key], lang)
    return text.format(**values) if values else text


def column(name: str, lang: str) -> str:
    """A column heading; a name with no translation is shown as it is."""
    key = f"col_{name}"
    return label(key, lang) if key in _LABELS else name


def value(cell: object, lang: str) -> object:
    """A stats cell as shown: the "unknown" / "national" markers translated, the rest as is."""
    if cell == "unknown" or cell == "national":
        return label(str(cell), lang)
    return cell
