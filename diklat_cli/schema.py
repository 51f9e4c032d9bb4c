"""The record contract as plain data: field names, activities, sort fields and bounds.

Standard library only, so that the index (which must not import pydantic) and the models
(which build pydantic types on it) read one definition. docs/schema.md says what the
fields mean; tests/test_index.py checks that these sets match the models' fields.
"""

from __future__ import annotations

from typing import Protocol

__all__ = [
    "ACTIVITIES",
    "ARTICLE_KEYS",
    "COHORT_MAX",
    "COHORT_MIN",
    "DESTINATION_KEYS",
    "EVIDENCE_KEYS",
    "OFFICIAL_KEYS",
    "ORIGIN_KEYS",
    "PARTICIPANTS_MAX",
    "PARTICIPANTS_MIN",
    "PROVENANCE_KEYS",
    "SORT_FIELDS",
    "SOURCE_KEYS",
    "SOURCE_TEXTS",
    "VISIT_KEYS",
    "VisitLike",
]

# what kind of visit it was; "other" when the article names none of these
ACTIVITIES = ("benchmarking", "studi lapangan", "studi banding", "kunjungan kerja", "ksdn", "other")

# what `list --sort` accepts; newest / largest first, visits without a value last
SORT_FIELDS = ("date", "program", "cohort", "participants", "origin", "destination", "imported")

COHORT_MIN, COHORT_MAX = 1, 999
PARTICIPANTS_MIN, PARTICIPANTS_MAX = 1, 100_000

# the keys of a stored visit and of its parts (a record has exactly these, some null)
VISIT_KEYS = frozenset(
    (
        *("program", "cohort", "activity", "participants", "origin", "organizer", "destination"),
        *("host_agencies", "start_date", "end_date", "officials", "source", "id", "provenance"),
        *("evidence", "manual", "also_reported_by"),
    )
)
ORIGIN_KEYS = frozenset(("institution", "province", "regency"))
DESTINATION_KEYS = frozenset(("province", "regency", "host"))
OFFICIAL_KEYS = frozenset(("name", "title"))
SOURCE_KEYS = frozenset(("outlet", "reporter", "editor", "dateline", "published", "title"))
SOURCE_TEXTS = ("outlet", "reporter", "editor", "dateline", "title")  # the text fields of a source
PROVENANCE_KEYS = frozenset(("file", "url", "sha256", "imported_at", "fetched_at", "extractor_version"))
EVIDENCE_KEYS = frozenset(("spans", "confidence"))
# an imported article in the store (store.ArticleEntry)
ARTICLE_KEYS = frozenset(("file", "url", "imported_at", "extractor_version", "visit_ids", "status"))


class VisitLike(Protocol):
    """What merging, review and the screens read of a visit: a models.Record, or a row of
    the index that reads like one (index.VisitRow)."""

    id: str
    program: str | None
    cohort: int | None
    participants: int | None
    organizer: str | None
    host_agencies: list[str]
