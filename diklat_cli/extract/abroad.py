"""Trips abroad: a study trip whose destination is a country outside Indonesia.

SCHEMA.md: a foreign destination has `province` and `regency` null and its host is the country
as written ("Cina", "India"). Reports name the country after a word of going there ("studi
banding ke Malaysia", "berangkat ke negara Cina dan India", "14 orang di India") in a sentence
that tells a trip; when a group is divided among countries each part is a visit with its own
count and days ("26 orang ke Cina … 3-18 September, sementara 14 peserta ke India … 2-15
September"). The country names live in data/countries.json.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from diklat_cli.extract import byline, dates, places, programs
from diklat_cli.extract.sentences import sentence_at, sentence_spans
from diklat_cli.models import Evidence, Extraction

# the words that make a country the place travelled to: "ke (negara) X", "menuju X", "berada di X",
# "mengunjungi X", and a counted part of a group "14 orang di X"
_TO = (
    r"(?:\b(?:ke|menuju|mengunjungi|berada\s+di|tiba\s+di|belajar\s+di)|\d+\s+(?:\w+\s+){1,2}di"
    # the study named, then where: "studi banding di Jepang", "benchmarking di Malaysia"
    r"|\b(?:benchmark\w*|stud[iy]\s+\w+|kaji\s+banding|kunjungan\s+\w+|magang)\s+di"
    # a city first, then its country: "ke Kuala Lumpur, Malaysia"
    r"|\bke\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s*,)"
    r"\s+(?:negara\s+|negeri\s+)?$"
)
_AND = re.compile(r"\s*(?:,|dan|serta|&)\s*(?:negara\s+)?$")
# an Indonesian place gone to: "ke Kabupaten Badung", "ke Pemkot Batam", "ke Bali"
_TO_HOME = re.compile(r"\b(?:ke|menuju)\s+(?:[A-Z][\w.-]*\s+){0,2}$")
# a count that is the whole group before it is divided: "40 peserta itu dibagi ke dua negara"
_WHOLE = re.compile(r"\b(?:dibagi|terbagi|terdiri|berjumlah|total)\b", re.IGNORECASE)
_WINDOW = 80


@dataclass(frozen=True, slots=True)
class Stop:
    written: str  # the country as the text writes it
    start: int
    end: int


@cache
def _data() -> dict:
    return json.loads(resources.files("diklat_cli").joinpath("data/countries.json").read_text("utf-8"))


@cache
def _res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, dict[str, str]]:
    data = _data()
    canonical = {form: name for name, forms in data["countries"].items() for form in forms}
    names = sorted(canonical, key=len, reverse=True)
    first = "".join(sorted({n[0] for n in names}))
    # the first-letter gate keeps the alternation off most positions
    country = re.compile(rf"(?=[{first}])\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    travel = re.compile(r"\b(?:" + "|".join(data["travel"]) + r")\b", re.IGNORECASE)
    people = "|".join(re.escape(p) for p in data["people"])
    count = re.compile(rf"\b(\d{{1,5}})\s+(?:{people})\b", re.IGNORECASE)
    return country, travel, count, re.compile(_TO, re.IGNORECASE), canonical


def _tells_trip(text: str, sent: tuple[int, int]) -> bool:
    _, travel, _, _, _ = _res()
    piece = text[sent[0] : sent[1]]
    return bool(travel.search(piece) or programs.find_activities(piece))


@lru_cache(maxsize=8)
def _stops(text: str) -> tuple[Stop, ...]:
    return tuple(_find_stops(text))


def find_stops(text: str) -> list[Stop]:
    """Countries named as the place a group travels to, in text order (asked twice per article:
    whether the text tells a trip, and where the visits go)."""
    return list(_stops(text))


def _find_stops(text: str) -> list[Stop]:
    country, _, _, to, _ = _res()
    if not country.search(text):
        return []
    sents = sentence_spans(text)
    stops: list[Stop] = []
    for m in country.finditer(text):
        sent = sentence_at(sents, m.start())
        before = text[max(sent[0], m.start() - 40) : m.start()]
        gone_to = to.search(before) is not None
        if not gone_to and stops and stops[-1].end >= sent[0] and _AND.fullmatch(text[stops[-1].end : m.start()]):
            gone_to = True  # "ke negara Cina dan India"
        # the first country must stand in a sentence telling a trip; later ones are its parts
        # ("Sementara 14 peserta ke India, …")
        if gone_to and (stops or _tells_trip(text, sent)):
            stops.append(Stop(m.group(), m.start(), m.end()))
    return stops


def _goes_home(text: str) -> bool:
    """An Indonesian place is named as where a group goes: the trip is not (only) abroad."""
    sents = sentence_spans(text)
    for mention in places.find_places(text):
        if _TO_HOME.search(text[max(0, mention.start - 40) : mention.start]) and _tells_trip(
            text, sentence_at(sents, mention.start)
        ):
            return True
    return False


def _home_trip_first(text: str, visit, first_stop: int) -> bool:
    """The place the visit was found to go to is named before the first country (the dateline aside):
    the article's trip is that one, and the country a story told later ("Wali Kota pernah studi
    banding ke Jepang")."""
    if visit.destination.province is None:
        return False
    if (visit.destination.province, visit.destination.regency) == (visit.origin.province, visit.origin.regency):
        return False  # the travellers' home taken for the place gone to: no trip at home is told
    line = byline.find_byline(text)
    skip = (line.dateline.start, line.dateline.end) if line.dateline else (0, 0)
    # in the country's own sentence a place before it is the sender ("Bupati Jember melepas … ke Jepang")
    # unless the group goes to it
    sent_start = sentence_at(sentence_spans(text), first_stop)[0]
    for mention in places.find_places(text[:first_stop]):
        if skip[0] <= mention.start < skip[1]:
            continue
        if mention.start >= sent_start and not _TO_HOME.search(text[max(0, mention.start - 40) : mention.start]):
            continue
        region = places.resolve(mention)
        if region is not None and visit.destination.province in (region.province, region.name):
            return True
    return False


def _count_for(text: str, stops: list[Stop], mine: list[Stop]) -> int | None:
    """The count written closest before one of the country's mentions ('26 orang akan berada di Cina')."""
    _, _, count, _, _ = _res()
    sents = sentence_spans(text)
    best: tuple[int, int] | None = None
    for stop in mine:
        sent = sentence_at(sents, stop.start)
        others = [s.end for s in stops if s.end <= stop.start and s.written != stop.written]
        lo = max([sent[0], stop.start - _WINDOW, *others])
        for m in count.finditer(text, lo, stop.start):
            gap = text[m.end() : stop.start]
            if _WHOLE.search(gap):
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), int(m.group(1)))
    return best[1] if best else None


def _days_for(text: str, stops: list[Stop], mine: list[Stop], year: int | None) -> tuple[dt.date, dt.date] | None:
    """The first days written after one of the country's mentions and before another country's."""
    for stop in mine:
        nxt = min((s.start for s in stops if s.start > stop.end and s.written != stop.written), default=len(text))
        for d in dates.find_dates(text[stop.end : min(nxt, stop.end + 250)]):
            days = d.resolve(year)
            if days is not None:
                return days
    return None


def foreign_trips(text: str, results: list[Extraction], published: dt.date | None = None) -> list[Extraction]:
    """The visits, each going abroad when the trip the article tells goes to countries outside Indonesia."""
    if not results:
        return results
    stops = find_stops(text)
    if not stops or _goes_home(text):
        return results
    canonical = _res()[4]
    by_country: dict[str, list[Stop]] = {}
    for stop in stops:
        by_country.setdefault(canonical[stop.written], []).append(stop)
    base = results[0]
    if _home_trip_first(text, base.visit, stops[0].start):
        return results
    year = base.visit.start_date.year if base.visit.start_date else (published.year if published else None)
    out: list[Extraction] = []
    for mine in by_country.values():
        visit = base.visit.model_copy(deep=True)
        evidence = dict(base.evidence)
        visit.destination.province = visit.destination.regency = None
        visit.destination.host = mine[0].written
        evidence["destination.host"] = Evidence(spans=[(mine[0].start, mine[0].end)], confidence=0.7)
        if len(by_country) > 1:
            visit.host_agencies = []  # the units named cannot be told to one country or another
            # the group divided among countries: each part its own count and days, never the total
            visit.participants = _count_for(text, stops, mine)
            days = _days_for(text, stops, mine, year)
            visit.start_date, visit.end_date = days if days else (None, None)
        out.append(Extraction(visit=visit, evidence=evidence))
    return out


__all__ = ["Stop", "find_stops", "foreign_trips"]
