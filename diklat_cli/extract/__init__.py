"""Extraction: article text in, visit records out. A pure library: no files, no store.

Each concern has its own module (reader, text, html, places, dates, numbers, programs,
participants, agencies, people, byline); `visits` assembles them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic is slow to import; `list` only needs the place names here
    from diklat_cli.extract.no_visit import NoVisit
    from diklat_cli.models import Extraction

# bump when extraction rules change, so records can say which rules made them
EXTRACTOR_VERSION = "2.33"


def extract_text(
    text: str, *, published: dt.date | None = None, title: str | None = None, outlet: str | None = None
) -> list[Extraction]:
    """The visits one article reports; the text must be cleaned (see `reader.load_article`)."""
    from diklat_cli.extract.visits import extract_visits

    return extract_visits(text, published=published, title=title, outlet=outlet)


def extract_or_reason(
    text: str, *, published: dt.date | None = None, title: str | None = None, outlet: str | None = None
) -> list[Extraction] | NoVisit:
    """As `extract_text`, but an article with no visit gives the test that found none."""
    from diklat_cli.extract.language import in_other_language
    from diklat_cli.extract.no_visit import NoVisit
    from diklat_cli.extract.visits import visits_or_reason

    found = visits_or_reason(text, published=published, title=title, outlet=outlet)
    if isinstance(found, NoVisit) and in_other_language(text):
        return NoVisit.OTHER_LANGUAGE  # (the rules read Indonesian: say so rather than a test's reason)
    return found
