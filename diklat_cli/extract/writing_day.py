"""The days a report tells by the day it was written on: "kemarin", "hari ini", "pagi tadi", a weekday
written without its date ("Selasa malam", ", Rabu", "Kamis lalu")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from diklat_cli.extract import dates, verbs
from diklat_cli.extract.cues import ACTIVITY_TO_PLACE, strong_cue
from diklat_cli.extract.scanning import finditer
from diklat_cli.extract.sentences import sentence_at

_I = re.IGNORECASE

# A report dates the visit by the day it was written on: "kemarin" (the day before), "hari ini", "pagi tadi"
# (that day), a weekday written without its date ("Selasa malam", "pada Rabu,", "Rabu lalu": the last such day
# up to publication; told as past, before it). With a publication date and no written day of the visit, these
# days date it as a written date would (lc-03 ppidpekalongankab writes "pagi tadi (11/5)", others "kemarin").
_TIME_OF_DAY = r"(?:\s+(?:pagi|siang|sore|malam)(?!\w))?"
_RANGE_WORD = re.compile(r"\s*(?:-|–|hingga|sampai|s\.?d\.?|dan|atau)\s*(?:dengan\s+)?(?-i:[A-Z])", _I)


@lru_cache(maxsize=1)
def _relative_day() -> re.Pattern:
    return re.compile(
        r"(?<![\w-])(?:(?P<wd>"
        + dates.weekday_pattern()
        + r")(?:(?P<week>\s+(?:pekan|minggu)\s+(?:lalu|kemarin))|(?P<past>\s+(?:yang\s+)?(?:lalu|kemarin|silam))"
        + r"|(?P<next>\s+(?:pekan|minggu)\s+(?:depan|mendatang))|(?P<ahead>\s+(?:depan|mendatang|nanti|besok)))?"
        + _TIME_OF_DAY
        + r"|(?P<yday>kemarin)"
        + _TIME_OF_DAY
        + r"|(?P<tmrw>besok|esok\s+hari)"
        + _TIME_OF_DAY
        + r"|(?P<today>hari\s+ini|(?:pagi|siang|sore)\s+tadi|tadi\s+(?:pagi|siang|sore)))(?!\w)",
        _I,
    )


_NOT_A_DAY_BEFORE = re.compile(
    r"(?:\b(?:setiap|tiap|salat|sholat|shalat|tahun|bulan|minggu|pekan|musim|periode|hari-hari)\s*|[-–])$", _I
)
_WEEKDAY_BEFORE = re.compile(r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\s*,?\s*$", _I)
_PAST_WORD = re.compile(r"\b(?:lalu|kemarin|silam)\b", _I)
_BARE_DAY_AFTER = re.compile(r"(?:,\s*|\bpada\s+(?:hari\s+)?|\bhari\s+)$", _I)


# a sentence that tells the visit: a group going or received, a study at a place, a guest received at a hall, the
# trip named ("menggelar studi banding ke kantor Wali Kota, Selasa malam")
_RECEIVED = re.compile(
    r"\b(?:" + verbs.RECEIVED + r"|stud[iy]\s+(?:banding|tiru|lapangan|komparatif|komparasi)|kaji\s+(?:banding|tiru)"
    r"|benchmark\w*|kunker|visitasi|stula)\b",
    _I,
)


def _tells_visit(told: str) -> bool:
    return strong_cue(told) is not None or any(rx.search(told) is not None for rx in (ACTIVITY_TO_PLACE, _RECEIVED))


def _alone_on_its_line(text: str, a: int, b: int) -> bool:
    """The words at a:b are all their line holds: a page's label (a village website's visitor counter lists
    "Hari ini", "Kemarin", "Minggu ini"), not a day a sentence tells."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return not text[start:a].strip() and not text[b : len(text) if end < 0 else end].strip()


def relative_days(text: str, sents, published: dt.date, written, until: int | None = None) -> list:
    """The days a report gives by its own day of writing, each as a date mention of its full date, in the
    text's order; with `until`, those that start before it (a day told later changes none before it)."""
    # (asked of one article again, by visit_dates for each group and by stop_dates: no answer is kept, the pattern
    # is tried only where its words start, a few dozen places, cheaper than the look-behind it opens with at each)
    out = []
    for m in finditer(_relative_day(), text):
        a, b = m.span()
        if until is not None and a >= until:
            break
        if out and a < out[-1].end:
            continue  # the last day of a span told ("Senin dan Selasa lalu")
        if _alone_on_its_line(text, a, b):
            continue  # a label of the page ("Statistik Kunjungan / Hari ini / Kemarin"), no day told
        before = text[max(0, a - 12) : a]
        if _NOT_A_DAY_BEFORE.search(before) or any(d.start < b + 12 and d.end > a for d in written):
            continue  # "setiap Senin", "tahun kemarin", "Selasa (23/7)": no day told by the writing
        sent = sentence_at(sents, a)
        if sum(text.count(q, sent[0], a) for q in '"“”') % 2:
            continue  # a quote's "hari ini" is the speaker's day
        if m.group("wd"):
            wd = dates.weekday_number(m.group("wd"))
            told = m.group("past") or m.group("week") or m.group("next") or m.group("ahead")
            bare = not told and m.end() - a == len(m.group("wd"))
            if wd is None or not m.group("wd")[0].isupper():
                continue
            if _RANGE_WORD.match(text, b):
                # "Senin hingga Jumat" tells opening hours; in a sentence that tells the visit, "sejak Senin hingga
                # Rabu" is the stay's span, the week's around the day of writing
                if (span := _weekday_span(text, m, wd, published)) is not None and _tells_visit(text[slice(*sent)]):
                    out.append(span)
                continue
            if bare and not _BARE_DAY_AFTER.search(before):
                continue  # a bare day name only where reports date a clause: ", Senin", "pada Senin"
            if not (m.group("past") or m.group("week")) and not _tells_visit(text[slice(*sent)]):
                continue  # a day not told as past dates the visit in its own sentence ("pasar ramai pada hari Minggu")
            back = (published.weekday() - wd - 1) % 7 + 1 if m.group("past") else (published.weekday() - wd) % 7
            if m.group("week"):
                back = published.weekday() + 7 - wd  # "Rabu pekan lalu": that day of the week before
            elif m.group("next"):
                back = published.weekday() - 7 - wd  # "Senin pekan depan": that day of the week after
            elif m.group("ahead"):
                back = -((wd - published.weekday() - 1) % 7 + 1)  # "Senin mendatang": the next such day
            day = published - dt.timedelta(days=back)
        else:
            if m.group("tmrw") and (_WEEKDAY_BEFORE.search(before) or not _tells_visit(text[slice(*sent)])):
                continue  # "Sabtu besok" is that Saturday's; "besok" dates the visit in a sentence that tells it
            day = published + dt.timedelta(days=-1 if m.group("yday") else 1 if m.group("tmrw") else 0)
        part = dates.PartialDate(day.day, day.month, day.year)
        out.append(dates.DateMention(a, b, m.group(0), part, part, None))
    return out


_SPAN_END = re.compile(
    r"\s*(?:-|–|hingga|sampai|s\.?d\.?|dan)\s*(?:dengan\s+)?(?P<wd>[A-Z][a-z\']+)(?!\w)"
    r"(?P<past>\s+(?:(?:pekan|minggu)\s+)?(?:yang\s+)?(?:lalu|kemarin))?"
)


def _weekday_span(text: str, m: re.Match, wd: int, published: dt.date):
    """ "sejak Senin hingga Rabu" told without dates: the span of the week of writing that its first day opens;
    "Senin dan Selasa lalu": the last such days before the day of writing."""
    end = _SPAN_END.match(text, m.end())
    last = dates.weekday_number(end["wd"]) if end else None
    if end is None or last is None or last == wd:
        return None
    gap = dt.timedelta(days=(last - wd) % 7)
    if end["past"]:
        day = published - dt.timedelta(days=(published.weekday() - last - 1) % 7 + 1)
        first = day - gap
    else:
        first = published - dt.timedelta(days=(published.weekday() - wd) % 7)
        day = first + gap
    a, b = dates.PartialDate(first.day, first.month, first.year), dates.PartialDate(day.day, day.month, day.year)
    return dates.DateMention(m.start(), end.end(), text[m.start() : end.end()], a, b, None)


def days_told(text: str, sents, published: dt.date, written, spans, within) -> list:
    """(mention, (day, day)) of each day told by the day of writing, outside `spans` (the posting line) and
    inside `within` when given, in the order they date a visit."""
    told = [
        (d, day)
        for d in relative_days(text, sents, published, written, within[1] if within is not None else None)
        if (within is None or within[0] <= d.start < within[1]) and not any(a <= d.start < b for a, b in spans)
        if (day := d.resolve(None)) is not None
    ]
    # a day closing a speech attribution ("…," ujarnya di Pontianak, Jumat) is the words', after the others;
    # a day told as past ("Rabu lalu", "kemarin") is an event's before the bare day the news was made on
    told.sort(
        key=lambda item: (
            dates.attributed(text, sentence_at(sents, item[0].start)[0], item[0].start),
            _PAST_WORD.search(item[0].text) is None,
        )
    )
    return told
