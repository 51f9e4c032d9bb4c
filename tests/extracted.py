"""What extraction, or one of its steps, gives for a short text, as the extraction tests compare it; and what
they read off the visits it gives."""

from __future__ import annotations

from diklat_cli.extract import extract_text, places, programs
from diklat_cli.extract.hosts import find_host_agencies
from diklat_cli.extract.sentences import sentence_spans
from diklat_cli.extract.text import clean_text
from diklat_cli.models import Visit, visit_json


def visits_of(*paragraphs: str) -> list[Visit]:
    """The visits extraction finds in the paragraphs, told as one article."""
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


def cleaned_visits_of(text: str) -> list[Visit]:
    """The visits extraction finds in a page's text after the cleaning an import does (captions, layout lines)."""
    return [e.visit for e in extract_text(clean_text(text))]


def lokus_of(text: str) -> list[list[str]]:
    """Each visit's units visited."""
    return [e.visit.host_agencies for e in extract_text(text)]


def days_of(text: str) -> list[tuple[str | None, str | None]]:
    """Each visit's first and last day, ISO dates or None."""
    return [
        (
            e.visit.start_date.isoformat() if e.visit.start_date else None,
            e.visit.end_date.isoformat() if e.visit.end_date else None,
        )
        for e in extract_text(text)
    ]


def origin_of(text: str) -> list[str | None]:
    """Each visit's sending regency, or its province when it names no regency."""
    return [e.visit.origin.regency or e.visit.origin.province for e in extract_text(text)]


def origin_institutions_of(text: str) -> list[str | None]:
    """Each visit's sending institution."""
    return [e.visit.origin.institution for e in extract_text(text)]


def regency_pairs_of(text: str) -> list[tuple[str | None, str | None]]:
    """Each visit's sending regency and destination regency."""
    return [(e.visit.origin.regency, e.visit.destination.regency) for e in extract_text(text)]


def province_hosts_of(text: str) -> list[tuple[str | None, str | None]]:
    """Each visit's destination province and host."""
    return [(e.visit.destination.province, e.visit.destination.host) for e in extract_text(text)]


def destination_of(text: str) -> list[str | None]:
    """Each visit's destination regency, or its province when it names no regency."""
    return [e.visit.destination.regency or e.visit.destination.province for e in extract_text(text)]


def destination_province_of(text: str) -> list[str | None]:
    """Each visit's destination province."""
    return [e.visit.destination.province for e in extract_text(text)]


def visit_json_of(text: str) -> list[dict]:
    """Each visit's docs/schema.md JSON object."""
    return [visit_json(e.visit) for e in extract_text(text)]


def banyuwangi_units_of(text: str) -> list[str]:
    """The units the host step names in text, Kabupaten Banyuwangi the destination."""
    dest = places.resolve(places.find_places("Kabupaten Banyuwangi")[0])
    return [name for name, _, _ in find_host_agencies(text, sentence_spans(text), dest, None)]


def open_program_names_of(text: str) -> list[str]:
    """The programme names the open-programme step finds in text."""
    return [p.name for p in programs.find_open_programs(text)]


def host_provinces(found: list[Visit]) -> list[tuple[str | None, str | None]]:
    """Each visit's destination host and province."""
    return [(v.destination.host, v.destination.province) for v in found]


def hosts_abroad(found: list[Visit]) -> set[str | None]:
    """The hosts of the visits that name no province: the countries visited."""
    return {v.destination.host for v in found if v.destination.province is None}


def destination_regencies(found: list[Visit]) -> list[str | None]:
    """Each visit's destination regency."""
    return [v.destination.regency for v in found]


def places_visited(found: list[Visit]) -> set[str | None]:
    """The visits' destination regencies, or provinces where they name no regency."""
    return {v.destination.regency or v.destination.province for v in found}


def units_visited(found: list[Visit]) -> list[list[str]]:
    """Each visit's units visited (its host agencies)."""
    return [v.host_agencies for v in found]
