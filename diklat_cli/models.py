"""The visit record: the fields of docs/schema.md plus what diklat keeps beside them.

`Visit` is exactly the contract (what `diklat extract --json` prints); `Record` is a
visit as kept in the store, with its id, provenance and evidence.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from diklat_cli import schema

ACTIVITIES = schema.ACTIVITIES
Activity = Literal["benchmarking", "studi lapangan", "studi banding", "kunjungan kerja", "ksdn", "other"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Origin(_Model):
    institution: str | None = None
    province: str | None = None
    regency: str | None = None


class Destination(_Model):
    province: str | None = None
    regency: str | None = None
    host: str | None = None


class Official(_Model):
    name: str
    title: str | None = None


class Source(_Model):
    outlet: str | None = None
    reporter: str | None = None
    editor: str | None = None
    dateline: str | None = None
    published: dt.date | None = None
    title: str | None = None


class Visit(_Model):
    """One visit, field for field as in docs/schema.md."""

    program: str | None = None
    cohort: int | None = Field(default=None, ge=schema.COHORT_MIN, le=schema.COHORT_MAX)
    activity: Activity | None = None
    participants: int | None = Field(default=None, ge=schema.PARTICIPANTS_MIN, le=schema.PARTICIPANTS_MAX)
    origin: Origin = Field(default_factory=Origin)
    organizer: str | None = None
    destination: Destination = Field(default_factory=Destination)
    host_agencies: list[str] = Field(default_factory=list)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    officials: list[Official] = Field(default_factory=list)
    source: Source = Field(default_factory=Source)

    @field_validator("end_date")
    @classmethod
    def _end_not_before_start(cls, end, info):
        start = info.data.get("start_date")
        if end is not None and start is not None and end < start:
            raise ValueError("end_date is before start_date")
        return end


class Evidence(_Model):
    """Where in the article text a field came from, and how sure the extractor is."""

    spans: list[tuple[int, int]] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Extraction(_Model):
    """What the extractor returns for one visit: the visit and its evidence by field path."""

    visit: Visit
    evidence: dict[str, Evidence] = Field(default_factory=dict)


class Provenance(_Model):
    """Where a record came from."""

    file: str | None = None
    url: str | None = None
    sha256: str
    imported_at: dt.datetime
    fetched_at: dt.datetime | None = None
    extractor_version: str


class Record(Visit):
    """A visit as kept in the store."""

    id: str
    provenance: Provenance
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    # field paths a person set with `diklat edit`; re-extraction leaves them alone
    manual: list[str] = Field(default_factory=list)
    # articles merged into this visit (other reports of the same visit)
    also_reported_by: list[Provenance] = Field(default_factory=list)

    def visit(self) -> Visit:
        return Visit.model_validate(self.model_dump(include=set(Visit.model_fields)))


VISIT_FIELDS = tuple(Visit.model_fields)


class ArticleEntry(BaseModel):
    """One imported article in the store, by the sha256 of its text."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    file: str | None = None
    url: str | None = None
    imported_at: dt.datetime
    extractor_version: str
    visit_ids: list[str] = Field(default_factory=list)
    status: Literal["ok", "no-visit"] = "ok"


def visit_json(visit: Visit) -> dict:
    """The docs/schema.md JSON object of a visit (dates as ISO strings)."""
    return visit.model_dump(mode="json", include=set(VISIT_FIELDS))
