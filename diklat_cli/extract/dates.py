"""Dates, date ranges, year hints and durations in Indonesian news text.

One concern: reading the dates Indonesian news text writes. Month and weekday names come from
``data/calendar.json``. Day is always written before month ("9/4" is 9 April). All regexes are
compiled on first use, once.
"""

from __future__ import annotations

import calendar as _calendar
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from diklat_cli.extract import numbers as _numbers
from diklat_cli.extract import speech as _speech
from diklat_cli.extract.scanning import either as _either
from diklat_cli.extract.scanning import finditer as _finditer
from diklat_cli.extract.scanning import folded as _folded
from diklat_cli.extract.scanning import leads as _leads
from diklat_cli.extract.scanning import longest_first as _longest_first
from diklat_cli.extract.scanning import match_at

__all__ = [
    "DateMention",
    "PartialDate",
    "find_dates",
    "find_durations",
    "find_year_hints",
    "parse_date",
    "said_elsewhere",
    "at_a_meeting",
    "said_on",
    "statement_verb_end",
]

MIN_YEAR, MAX_YEAR = 1900, 2100  # full dates outside this are not news dates
HINT_MIN_YEAR, HINT_MAX_YEAR = 1990, 2100
_MAX_RANGE_DAYS = 366
# Yearless "28 Desember - 2 Januari" may cross New Year; "5 Mei - 3 April" may not.
_MAX_WRAP_DAYS = 62
_MAX_AND_DAYS = 7  # "10 dan 11 April" is one visit; "5 Mei dan 20 Juni" are two events


@dataclass(frozen=True, slots=True)
class PartialDate:
    day: int
    month: int
    year: int | None


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    first: PartialDate
    last: PartialDate
    weekday: int | None

    def resolve(self, default_year: int | None) -> tuple[date, date] | None:
        """Concrete (start, end) dates, or None when a year is unknown or a date impossible.

        A missing year comes from the other end of the range, else from default_year;
        a range whose first end falls later in the year than its last crosses New Year.
        """
        f, l_ = self.first, self.last
        fy, ly = f.year, l_.year
        wraps = (f.month, f.day) > (l_.month, l_.day)
        if fy is None and ly is None:
            if default_year is None:
                return None
            ly = default_year
        if fy is None:
            fy = ly - 1 if wraps else ly
        elif ly is None:
            ly = fy + 1 if wraps else fy
        try:
            a = date(fy, f.month, f.day)
            b = date(ly, l_.month, l_.day)
        except (ValueError, OverflowError):
            return None
        return (a, b) if a <= b else None

    def weekday_fits(self, year: int) -> bool | None:
        """Whether the written day name agrees with the first date in ``year`` (None: no name)."""
        if self.weekday is None:
            return None
        try:
            return date(year, self.first.month, self.first.day).weekday() == self.weekday
        except (ValueError, OverflowError):
            return False


# --------------------------------------------------------------------------- data + regexes


@cache
def _calendar_data() -> dict[str, Any]:
    text = resources.files("diklat_cli").joinpath("data/calendar.json").read_text("utf-8")
    return json.loads(text)


def _norm_name(s: str) -> str:
    # the regex matches case-insensitively, so "JUNı" / "JUNİ" reach here: fold them like "juni"
    return re.sub(r"[.'’‘`]", "", s).lower().replace("i\u0307", "i").replace("ı", "i")


@cache
def _lookup() -> tuple[dict[str, int], dict[str, int], list[str], list[str], list[str]]:
    """(month by name, weekday by name, full month names, abbreviations, weekday names)."""
    cal = _calendar_data()
    months: dict[str, int] = {}
    full: set[str] = set()
    abbr: set[str] = set()
    for m in cal["months"]:
        for key, bucket in (("id", full), ("en", full), ("id_abbr", abbr), ("en_abbr", abbr)):
            for name in m.get(key, []):
                months[_norm_name(name)] = m["number"]
                bucket.add(name)
    days: dict[str, int] = {}
    day_names: set[str] = set()
    for d in cal["weekdays"]:
        for key in ("id", "en"):
            for name in d.get(key, []):
                days[_norm_name(name)] = d["number"]
                day_names.add(name)
    return months, days, sorted(full), sorted(abbr), sorted(day_names)


def _alt(names: list[str]) -> str:
    parts = sorted(names, key=len, reverse=True)
    # Apostrophes vary ("Jum'at", "Jum’at", "Jumat").
    return "(?:" + "|".join(re.escape(n).replace("'", "['’‘`]?") for n in parts) + ")"


def month_pattern() -> str:
    """A regex alternation of every month name and abbreviation the calendar knows."""
    _, _, full, abbr, _ = _lookup()
    return _alt(full + abbr)


def weekday_pattern() -> str:
    """A regex alternation of every weekday name the calendar knows."""
    return _alt(_lookup()[4])


# Range connectors between two dates; "dan"/"&" are limited to short spans in code.
_CONN = (
    r"(?:sampai\s+(?:dengan|dgn\.?)(?!\w)|sampai(?!\w)|hingga(?!\w)|s\.\s?d\.?|s\s?/\s?d\.?"
    r"|sd\.?(?!\w)|to(?!\w)|until(?!\w)|dan(?!\w)|&|-|–|—)"
)
_TGL = r"(?:(?:tanggal|tgl\.?)\s*)"
# the last three letters of the months' names and short forms (the same width, for a look-behind)
_MONTH_TAILS = r"(?:ari|ret|ril|mei|uni|uli|tus|ber|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des)"


@cache
def _re() -> dict[str, re.Pattern[str]]:
    _, _, full, abbr, day_names = _lookup()
    days = _alt(day_names) + r"(?!\w)"
    month = rf"(?:{_alt(full)}(?!\w)|{_alt(abbr)}(?!\w)\.?)"
    short_conn = r"(?:-|–|—|s\.\s?d\.?|s\s?/\s?d\.?|sd\.?(?!\w)|hingga(?!\w)|sampai(?:\s+dengan)?(?!\w))"
    # The lookahead gates are cheap letter scans that spare most words the long name lists.
    # (the weekday may be joined to its date by a slash: "Rabu/17/07/2017", "(Selasa/12/7/22)")
    prefix = (
        rf"(?:(?=[a-z]{{3,9}}\W)(?P<wd>{days})(?:\s*{short_conn}\s*(?P<wd2>{days}))?\s*(?:,|/(?=[0-9]))?\s*{_TGL}?)?"
    )
    textual = (
        # "4, 5 dan 6 September": the days between may be listed with commas; the last day may carry its own
        # weekday, as the first does ("Selasa 3 sampai Jumat 6 Desember 2024", "Senin, 14 hingga Rabu, 16 …")
        rf"(?:(?P<td0>[0-9]{{1,2}})(?P<tmid>(?:\s*,\s*[0-9]{{1,2}}){{0,5}})\s*,?\s*(?P<tc>{_CONN})\s*{_TGL}?"
        rf"(?:(?=[a-z]{{3,9}}\W){days}\s*,?\s*)?)?"
        rf"(?P<td>[0-9]{{1,2}})(?:\s+|-)(?P<tm>{month})"
        # No comma before the year: "10 April, 2000 peserta hadir" is a count.
        rf"(?:(?:(?:\s+tahun)?\s+|-)(?P<ty>[0-9]{{4}})(?![0-9]))?"
    )
    english = (
        rf"(?=[a-z]+\.?\s+[0-9])(?P<em>{month})\s+(?P<ed>[0-9]{{1,2}})(?:st|nd|rd|th)?"
        r"\s*,\s*(?P<ey>[0-9]{4})(?![0-9])"
    )
    iso = r"(?P<iy>[0-9]{4})-(?P<im>[0-9]{1,2})-(?P<id>[0-9]{1,2})"
    dashed = r"(?P<hd>[0-9]{1,2})-(?P<hm>[0-9]{1,2})-(?P<hy>[0-9]{4}|[0-9]{2})"
    dotted = r"(?P<pd>[0-9]{1,2})\.(?P<pm>[0-9]{1,2})\.(?P<py>[0-9]{4})"
    # "(3-6/7/2023)", "(4 s/d 6/9/2023)", and across a month end "(28/11-1/12/2023)": the first day
    # carries its own month only when it differs; the days may be joined by a word, as a named month's are
    # ("sejak 12 hingga 15/9/2022", "21/11 sampai 24/11/2022", "Senin dan Selasa (3 dan 4/6)")
    slashed = (
        r"(?:(?P<sd0>[0-9]{1,2})(?:/(?P<sm0>[0-9]{1,2}))?\s*(?P<sc>-|–|s\s?/\s?d\.?|s\.\s?d\.?"
        r"|hingga(?!\w)|sampai(?:\s+dengan)?(?!\w)|dan(?!\w)|&)\s*)?"
        r"(?P<sd>[0-9]{1,2})\s?/\s?(?:(?P<sm>[0-9]{1,2})|(?P<smn>" + month + r"))"
        r"(?:(?:\s?/\s?|-(?=[0-9]{4}))(?P<sy>[0-9]{4}|[0-9]{2}))?"
    )
    # "30 Juni-2 Juli 2023", "31 Mei-6 Juni": a range across a month end may be joined by a bare hyphen, so a
    # date may start right after a month's last letters and a hyphen, and end before a hyphen and a day
    # with its month
    date_re = (
        rf"(?<![\w/.,:])(?:(?<!\w-)|(?<={_MONTH_TAILS}-)){prefix}(?P<lb>\(\s*)?"
        rf"(?:{textual}|{english}|{iso}|{dashed}|{dotted}|{slashed})"
        rf"(?(lb)\s*\))(?![0-9]|[/.,:][0-9]|-(?![0-9]{{1,2}}\s+{month})[0-9])"
    )
    words = _numbers._number_words_re(1000)  # COUNT_WORDS_RE: days and weeks, never millions
    units = _alt(list(_numbers._data()["duration_units"]))
    se_units = _alt(list(_numbers._data()["duration_se_forms"]))
    duration = (
        r"(?<!\w)(?:(?:selama|berlangsung(?:\s+selama)?|memakan\s+waktu)\s+"
        r"(?:(?:kurang\s+lebih|sekitar|hanya)\s+|±\s*)?"
        rf"(?:(?:(?P<n>[0-9]{{1,4}})(?:\s*\(\s*{words}\s*\))?|(?P<w>{words})"
        rf"(?:\s*\(\s*[0-9]{{1,4}}\s*\))?)\s+(?P<u>{units})|(?P<se>{se_units}))"
        rf"|(?:(?P<bn>[0-9]{{1,4}})\s*\(\s*{words}\s*\)|(?P<bw>{words})\s*\(\s*[0-9]{{1,4}}\s*\))"
        rf"\s*(?P<bu>{units})"
        # a stay's length told by the days spent at the place: "tiga hari berada di Jogja", "dua hari di Surabaya";
        # or by the days it lasted, with no "selama": "Dua hari lamanya, rombongan …", "dalam dua hari kunjungan",
        # "Lima hari ke depan, peserta akan …" (the days from the one written)
        rf"|(?:(?P<pn>[0-9]{{1,2}})|(?P<pw>{words}))\s+(?P<pu>hari)"
        r"(?=\s+(?:(?:berada\s+)?di\s+(?-i:[A-Z])|lamanya\b|kunjungan\b|ke\s*depan\b)))(?!\w)"
    )
    return {
        "date": re.compile(date_re, re.IGNORECASE),
        "gap": re.compile(rf"\s*,?\s*(?P<c>{_CONN})\s*(?:hari\s+)?{_TGL}?", re.IGNORECASE),
        "tgl_before": re.compile(rf"{_TGL}$", re.IGNORECASE),
        "nomor_before": re.compile(r"(?<!\w)(?:nomor|nomer|no)\.?\s*:?\s*$", re.IGNORECASE),
        "and": re.compile(r"dan|&", re.IGNORECASE),
        "hint": re.compile(
            # ("tahun pendidikan 2025": a staff college's school year labels its cohort)
            r"(?<![\w.])(?:(?i:tahun)(?:\s+(?i:anggaran|pendidikan))?|T\.?\s?A\.?)\s*:?\s*"
            r"(?P<y>[0-9]{4})(?![0-9])"
        ),
        # "Nomor 1 Tahun 2023", "UU 23 Tahun 2014": the year of a regulation, not of the visit.
        "regulation_before": re.compile(
            r"(?<!\w)(?:(?:nomor|nomer|no)\.?\s*:?\s*[\w./-]+|(?:uu|pp|perpres|permen\w*|perda"
            r"|pergub|perbup|perwal|perka\w*|keppres|kepmen\w*|inpres|se)\s+[0-9]+)\s*$",
            re.IGNORECASE,
        ),
        "duration": re.compile(duration, re.IGNORECASE),
        "word_before": re.compile(r"(?P<w>[^\W\d_]+)\W*$"),
        "word_after": re.compile(r"\W*(?P<w>[^\W\d_]+)"),
    }


@cache
def _year_prose_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    cal = _calendar_data()
    return tuple(
        frozenset(w.lower() for w in cal.get(key, []))
        for key in ("year_prose_before", "year_other_time_after", "year_this_after")
    )  # type: ignore[return-value]


def _tells_other_time(text: str, start: int, end: int) -> bool:
    """A year told in running prose about another time than the report's: "pada tahun 2017",
    "sejak tahun 2017", "di awal tahun 2017", "APBD tahun 2021", "tahun 2018 lalu" - while
    "Angkatan II Tahun 2018" or "TA 2019" labels the programme, and "tahun 2017 ini" is this year."""
    before_words, other_after, this_after = _year_prose_words()
    r = _re()
    after = r["word_after"].match(text, end, min(len(text), end + 20))
    word_after = after["w"].lower() if after else ""
    if word_after in this_after:
        return False
    if word_after in other_after:
        return True
    before = r["word_before"].search(text, max(0, start - 20), start)
    return before is not None and before["w"].lower() in before_words


# --------------------------------------------------------------------------- find_dates


def _days_in(month: int, year: int | None) -> int:
    return _calendar.monthrange(2000 if year is None else year, month)[1]


def _partial(day: int, month: int, year: int | None) -> PartialDate | None:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if not 1 <= month <= 12 or not 1 <= day <= _days_in(month, year):
        return None
    return PartialDate(day, month, year)


def _year(s: str | None) -> int | None:
    if s is None:
        return None
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _span_ok(first: PartialDate, last: PartialDate, limit: int) -> bool:
    """A range must run forwards and stay short; unknown years are filled sensibly."""
    probe = DateMention(0, 0, "", first, last, None)
    # 2024 is leap, so a yearless 29 Februari still resolves.
    resolved = probe.resolve(2024 if last.year is None and first.year is None else None)
    if resolved is None:
        return False
    days = (resolved[1] - resolved[0]).days
    wraps = (first.month, first.day) > (last.month, last.day)
    if wraps and (first.year is None or last.year is None) and days > _MAX_WRAP_DAYS:
        return False
    return days <= limit


_Found = tuple[int, int, PartialDate, PartialDate, int | None]
_LOOSE = re.compile(r"\s/|/\s|[0-9]-[0-9]{4}")


def _single(m: re.Match[str], text: str) -> _Found | None:
    """(start, end, first, last, weekday) of one regex match, or None if it is no date."""
    months, days, *_ = _lookup()
    g = m.group
    start, end = m.span()
    wd = days.get(_norm_name(g("wd"))) if g("wd") else None
    bracketed = g("lb") is not None
    context = bracketed or wd is not None or _re()["tgl_before"].search(text, max(0, start - 12), start) is not None
    if g("td") is not None:
        month = months[_norm_name(g("tm"))]
        year = int(g("ty")) if g("ty") else None
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR and not bracketed:
            # "10 April 2500 peserta": the digits are a count, the date has no year.
            year, end = None, m.end("tm")
        last = _partial(int(g("td")), month, year)
        if last is None:
            return None
        if g("td0") is None:
            return start, end, last, last, wd
        first = _partial(int(g("td0")), month, year)
        limit = _MAX_AND_DAYS if _re()["and"].fullmatch(g("tc")) else _MAX_RANGE_DAYS
        days = [int(g("td0")), *map(int, re.findall(r"[0-9]+", g("tmid") or "")), last.day]
        listed = all(a < b for a, b in itertools.pairwise(days))  # a list of days runs forwards
        if first is None or not listed or not _span_ok(first, last, limit):
            # Not a range after all ("28 - 2 Januari"): keep the day that has a month.
            return m.start("td"), end, last, last, None
        return start, end, first, last, wd
    if g("ed") is not None:
        p = _partial(int(g("ed")), months[_norm_name(g("em"))], int(g("ey")))
        return (start, end, p, p, wd) if p else None
    if _re()["nomor_before"].search(text, max(0, start - 12), start):
        return None  # "Nomor 12/4/2019" is a reference number
    if g("iy") is not None:
        p = _partial(int(g("id")), int(g("im")), int(g("iy")))
    elif g("hd") is not None:
        if len(g("hy")) == 2 and not context:
            return None
        p = _partial(int(g("hd")), int(g("hm")), _year(g("hy")))
    elif g("pd") is not None:
        p = _partial(int(g("pd")), int(g("pm")), int(g("py")))
    else:
        # A bare "1/2" is as likely a fraction: yearless or compact needs a bracket or day name.
        # (a range written with its full year is a date: "12 hingga 15/9/2022")
        if (g("sy") is None or (g("sd0") is not None and len(g("sy")) < 4)) and not context:
            return None
        # a bracketed date may be written loosely: "(7/3/ 2024)", "(15/9-2023)", "(21/mei/24)"; elsewhere those are
        # numbers
        loose = g("smn") is not None or _LOOSE.search(text, m.start("sd"), end) is not None
        if loose and not bracketed:
            return None
        month = months[_norm_name(g("smn"))] if g("smn") else int(g("sm"))
        last = _partial(int(g("sd")), month, _year(g("sy")))
        if last is None:
            return None
        if g("sd0") is not None:
            month0 = int(g("sm0")) if g("sm0") else last.month
            wraps = (month0, int(g("sd0"))) > (last.month, last.day)
            year0 = last.year - 1 if wraps and last.year is not None else last.year
            first = _partial(int(g("sd0")), month0, year0)
            if first is None or (first.month, first.day) == (last.month, last.day):
                return None
            joined = _re()["and"].fullmatch(g("sc")) is not None  # "(4 dan 5/6)": two days, close together
            if not _span_ok(first, last, _MAX_AND_DAYS if joined else _MAX_WRAP_DAYS if g("sm0") else 31):
                return None
            # (the day name before "Senin dan Selasa (3 dan 4/6)" is the last day's)
            return start, end, first, last, None if joined else wd
        p = last
    return (start, end, p, p, wd) if p else None


# The date and duration patterns are tried only where a match may start, which they say
# at their head: a digit with nothing glued before it, or one of a few words ("Senin",
# "Agustus", "selama", "dua"). The words are letters only and the patterns refuse to start
# after a letter, so one pass over the lower-cased text, without overlaps, finds them all.


def _names_re(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """One pass for the first letters of the words a pattern starts with."""
    names = set(_leads(pattern))
    if not names or not all(n.isalpha() and n.isascii() for n in names):
        return None
    # a word that starts with another is found with it
    names = {n for n in names if not any(o != n and n.startswith(o) for o in names)}
    # both patterns refuse to start inside a word: the names are looked for at word starts only
    # (grouped by their first letters, in the same order: at a word's start the engine tries only the group of its
    # letter, each group's letter told at a glance)
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[0], []).append(name[1:])
    return re.compile(r"(?<!\w)(?:" + "|".join(f"{c}(?:{'|'.join(rests)})" for c, rests in groups.items()) + ")")


@cache
def _date_starts() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    _, _, full, abbr, day_names = _lookup()
    names = _names_re(re.compile(_alt(day_names + full + abbr), re.IGNORECASE))
    if names is None:
        return None
    # a digit or "(" where the date pattern's own look-behinds let a date start
    return re.compile(rf"[0-9(](?<![\w/.,:].)(?:(?<!\w-.)|(?<={_MONTH_TAILS}-.))", re.IGNORECASE), names


@cache
def _duration_starts() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = re.compile(rf"selama|berlangsung|memakan|{_numbers._number_words_re(1000)}", re.IGNORECASE)
    names = _names_re(words)
    if names is None:
        return None
    return re.compile(r"[0-9](?<!\w.)"), names


def _matches(
    pattern: re.Pattern[str], starts: tuple[re.Pattern[str], re.Pattern[str]] | None, text: str
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), the pattern tried only at the offsets starts gives."""
    low = _folded(text)
    if starts is None or low is None:
        yield from pattern.finditer(text)
        return
    glued, names = starts
    candidates = [m.start() for m in glued.finditer(text)]
    candidates.extend(m.start() for m in names.finditer(low))
    yield from match_at(pattern, text, sorted(candidates))


def _weekday_span(m: re.Match[str], found: _Found | None) -> _Found | None:
    """ "Sejak Selasa hingga Jumat (17/8)", "Senin-Rabu, 16 Juni": a span told by its weekdays, the last day's date
    written: the first day is the first weekday's, the days between before the date (in its month)."""
    if found is None or not m.group("wd2") or found[2] != found[3] or found[4] is None:
        return found
    gap = (_lookup()[1][_norm_name(m.group("wd2"))] - found[4]) % 7
    if not 0 < gap < found[3].day:
        return found
    return found[0], found[1], PartialDate(found[3].day - gap, found[3].month, found[3].year), found[3], found[4]


def find_dates(text: str) -> list[DateMention]:
    """All date mentions in text, in order, not overlapping, with ranges merged into one."""
    r = _re()
    found = [f for m in _matches(r["date"], _date_starts(), text) if (f := _weekday_span(m, _single(m, text)))]
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        s, e, first, last, wd = found[i]
        if i + 1 < len(found) and first == last:
            s2, e2, first2, last2, _ = found[i + 1]
            gap = r["gap"].fullmatch(text, e, s2)
            if gap and first2 == last2:
                limit = _MAX_AND_DAYS if r["and"].fullmatch(gap["c"]) else _MAX_RANGE_DAYS
                if _span_ok(first, first2, limit):
                    e, last = e2, first2
                    i += 1
        out.append(DateMention(s, e, text[s:e], first, last, wd))
        i += 1
    if "tanggal" in text and out:
        out = sorted(out + _bare_day_spans(text, out), key=lambda d: d.start)
    return out


# a span quoted by its bare days around the day it is told: "sudah dimulai sejak tanggal 21 kemarin, dan
# berakhir besok tanggal 24," … Rabu (23/5): the speaker leaves out the month of the day they speak on
_BARE_DAYS = re.compile(
    r"\b(?:sejak|mulai|dari)\s+tanggal\s+(\d{1,2})\b(?!\s*[/-]|\s+(?-i:[A-Z]))[^.\n]{0,60}?"
    r"\b(?:hingga|sampai|berakhir|selesai|s\.?\s?d\.?)\b[^.\n\d]{0,25}?\btanggal\s+(\d{1,2})\b(?!\s*[/-]|\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _bare_day_spans(text: str, found: list[DateMention]) -> list[DateMention]:
    """Bare-day spans ("sejak tanggal 21 … tanggal 24") given the month and year of a day written
    within the paragraph that falls inside them (the day it is told)."""
    out = []
    for m in _BARE_DAYS.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if not 1 <= a < b <= 31 or b - a > _MAX_RANGE_DAYS:
            continue
        near = [
            d
            for d in found
            if d.first == d.last
            and abs(d.start - m.end()) <= 200
            and "\n" not in text[min(d.start, m.end()) : max(d.start, m.end())]
            and a <= d.first.day <= b
            and not (d.start < m.end() and d.end > m.start())
        ]
        if near:
            ref = near[0].first
            first, last = PartialDate(a, ref.month, ref.year), PartialDate(b, ref.month, ref.year)
            out.append(DateMention(m.start(), m.end(), m.group(), first, last, None))
    return out


def parse_date(s: str) -> date | None:
    """One full date ("2019-04-10", "10/4/2019", "10 April 2019"), else None."""
    s = s.strip().rstrip(".,;")
    found = find_dates(s)
    if len(found) != 1:
        return None
    m = found[0]
    if m.start != 0 or m.end != len(s) or m.first != m.last or m.first.year is None:
        return None
    return date(m.first.year, m.first.month, m.first.day)


# --------------------------------------------------------------------------- hints, durations


@cache
def _month_year_re() -> re.Pattern[str]:
    _, _, full, _, _ = _lookup()
    return re.compile(rf"(?<![0-9]\s)(?<![0-9])\b(?P<m>{_alt(full)})\s+(?P<y>(?:19|20)[0-9]{{2}})\b", re.IGNORECASE)


def month_years(text: str) -> dict[int, set[int]]:
    """The years each month is written with, without a day ("Januari sampai September 2012", "pada Mei
    2023"): a day of that month given without its year ("kemarin (13/9)") belongs to such a year."""
    months = _lookup()[0]
    out: dict[int, set[int]] = {}
    for m in _finditer(_month_year_re(), text):  # (scanning: tried only where a month's name starts)
        year = int(m["y"])
        if HINT_MIN_YEAR <= year <= HINT_MAX_YEAR:
            out.setdefault(months[_norm_name(m["m"])], set()).add(year)
    return out


# a contest, an award or a target named a few words before a year: the year is that event's
_OTHER_THING_REACH = 40


@cache
def _other_thing_before() -> re.Pattern[str]:
    words = _by_letter(_longest_first(_calendar_data()["year_of_other_thing_before"]))
    return re.compile(rf"\b(?:{words})\b[^.\n]*$", re.IGNORECASE)


def find_year_hints(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) for "Tahun 2018", "Tahun Anggaran 2015", "tahun pendidikan 2025", "TA 2019";
    not for a year the prose tells of another time ("sejak tahun 2017", "tahun 2018 lalu")."""
    r = _re()
    out: list[tuple[int, int, int]] = []
    for m in r["hint"].finditer(text):
        year = int(m["y"])
        if not HINT_MIN_YEAR <= year <= HINT_MAX_YEAR:
            continue
        if r["regulation_before"].search(text, max(0, m.start() - 40), m.start()):
            continue
        if _other_thing_before().search(text, max(0, m.start() - _OTHER_THING_REACH), m.start()):
            continue  # "juara Lomba Kampung KB tahun 2019": the contest's year
        if _tells_other_time(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), year))
    # an archive page prints the year alone on a line under the headline ("2024"): the year it was posted
    # in, a hint that dates a yearless day only where the day's weekday fits it (when._fitting_year)
    for m in _YEAR_LINE.finditer(text, 0, min(len(text), _YEAR_LINE_REACH)):
        year = int(m.group(1))
        if HINT_MIN_YEAR <= year <= HINT_MAX_YEAR:
            out.append((m.start(1), m.end(1), year))
    return out


_YEAR_LINE = re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]*$", re.MULTILINE)
_YEAR_LINE_REACH = 400  # the header: headline, archive line, the story's first words


def _by_letter(alternatives: list[str]) -> str:
    """The alternatives joined as "|" does, grouped by their first letter in the same order within a group: a
    regex tries each branch in turn at every place it may start, and a group's letter is told at a glance.
    (Branches of different first letters never match at one place: the match is the same one. The patterns
    are compiled ignoring case, so "S" and "s" are one letter: grouping them apart could let a shorter branch
    of one case be tried before a longer one of the other.)"""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        key = alt[0].lower() if alt[:1].isalnum() else alt
        groups.setdefault(key, []).append(alt)
    return "|".join(
        rests[0] if len(rests) == 1 else f"{c}(?:{'|'.join(r[1:] for r in rests)})" for c, rests in groups.items()
    )


@cache
def _statement_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cal = _calendar_data()
    verbs = _by_letter(_longest_first(_speech.statement_verbs()))
    context = _by_letter(_longest_first(cal["visit_context"]))
    # (not before the press: "di hadapan awak media" is a statement to reporters)
    press = _either(cal["visit_context_press"], spaced=True)
    return (
        re.compile(rf"(?:[,\"”’]\s*|\s)(?:{verbs})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{context})\b(?!\s+(?:para\s+|sejumlah\s+)?(?:{press})\b)", re.IGNORECASE),
    )


@cache
def weekday_number(name: str) -> int | None:
    """The weekday a day name stands for (0 Monday … 6 Sunday), None for a word that is none."""
    return _lookup()[1].get(_norm_name(name))


@cache
def _past_weekday_re() -> re.Pattern[str]:
    cal = _calendar_data()
    names = [n for w in cal["weekdays"] for n in w["id"]]
    past = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in cal["weekday_past_after"])
    day = _by_letter(_longest_first(names))  # (the names' capitals alike)
    return re.compile(rf"\b(?P<day>{day})\s+(?:{past})\b", re.IGNORECASE)


def past_weekdays(text: str) -> list[tuple[int, int, int]]:
    """(start, end, weekday) of a weekday told as past with no date ("pada Kamis lalu", "Selasa
    kemarin"): the last such day before the day the report was written."""
    if "lalu" not in text and "kemarin" not in text and "silam" not in text:
        return []
    days = {_norm_name(n): w["number"] for w in _calendar_data()["weekdays"] for n in w["id"]}
    return [
        (m.start(), m.end(), days[_norm_name(m.group("day"))])
        for m in _past_weekday_re().finditer(text)
        if _norm_name(m.group("day")) in days
    ]


def hand_over_words() -> str:
    """The words of handing a cohort over to its host ("penyerahan", "menyerahkan", "serah terima") as regex
    alternatives, longest first, their spaces matching any run of spaces (calendar.json's "hand_over")."""
    return _either(_calendar_data()["hand_over"], spaced=True)


@cache
def _other_event_re() -> re.Pattern[str]:
    verbs = _by_letter(_longest_first(_calendar_data()["other_event_before"]))
    days = _by_letter(_longest_first(_lookup()[4]))
    return re.compile(
        # (the place it began in may stand between: "tarif yang berlaku di Kota Padang sejak 1 Januari 2025")
        rf"\b(?:{verbs})\s+(?:(?:secara\s+)?resmi\s+)?(?:di\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*){{0,3}}\s+)?"
        rf"(?:(?:pada|sejak|mulai|tanggal|tgl\.?|hari)\s+){{0,2}}"
        rf"(?:(?:{days})\s*,?\s*)?$",
        re.IGNORECASE,
    )


# A document's date: after its number ("Keputusan Bupati Nomor 12 Tahun 2019 tanggal 4 Maret 2019", "Nomor:
# 005/123/DPRD/2022, tgl. 2 Mei 2022") the date is the day the letter, decree or law was signed, whatever the
# document tells; its number's pieces hold a digit, a capital or a slash, never running words
_DOC_NUMBER = re.compile(
    r"\b(?i:nomor|no\.?)\s*:?\s*(?:(?:[\w.-]*\d[\w./-]*|[A-Z][\w./-]*|/)\s*){1,8}?"
    r"(?:(?i:tahun)\s+\d{4}\s*)?,?\s*(?i:tanggal|tgl\.?)\s*$"
)


# A course's or an office's period: a length of months or years told of a thing held "since" a day ("digelar
# selama sembilan bulan sejak 22 Januari", "berlangsung kurang lebih tiga bulan, mulai 17 Maret"); a visit lasts
# days, so the day it runs since is the course's opening, not the trip's (a month's field practice, "selama satu
# bulan, terhitung sejak", is a stay of its own and keeps its day)
_MONTHS_SINCE = re.compile(
    r"\b(?:\d{2}|[2-9]|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|beberapa|\w+\s+belas)"
    r"\s+(?:bulan|tahun)(?:\s+lamanya)?\s*,?\s*(?:terhitung\s+)?(?:sejak|mulai|dimulai)\s+(?:dari\s+)?"
    r"(?:(?:tanggal|tgl\.?|hari)\s+)?(?:[a-z']+\s*,?\s*)?$",
    re.IGNORECASE,
)


def other_event(text: str, date_start: int) -> bool:
    """The date is told of another event than the visit: the training's opening or end, an
    innovation's launch ("aplikasi yang diluncurkan pada 17 Agustus 2021"), a document's signing
    ("surat tertanggal 3 Mei", "Nomor 38 Tahun 2000 tanggal 22 Desember 2000"), a course's period
    ("digelar selama sembilan bulan sejak 22 Januari 2008")."""
    if _other_event_re().search(text, max(0, date_start - 40), date_start) is not None:
        return True
    before = text[max(0, date_start - 100) : date_start]
    if ("omor" in before or "No" in before) and _DOC_NUMBER.search(before) is not None:
        return True
    return ("bulan" in before or "tahun" in before) and _MONTHS_SINCE.search(before) is not None


def _calendar_words(key: str) -> str:
    """calendar.json's phrases under `key` as regex alternatives, longest first and grouped by their first letter,
    their spaces matching any run of spaces."""
    return _by_letter(_longest_first(_calendar_data()[key], spaced=True))


@cache
def _meeting_re() -> re.Pattern[str]:
    words = _calendar_words("council_meeting")
    return re.compile(rf"(?:\b(?P<before>\w+)\s+)?\b(?:{words})\b", re.IGNORECASE)


_MEETING_REACH = 120


def at_a_meeting(text: str, date_start: int) -> bool:
    """The date is told with a meeting of a council or a government, held at home ("saat membuka Sidang III DPRD A,
    Jumat (1/11)", "pada Rapat Dengar Pendapat dengan Komisi I …. Kamis, (17/6)"), not a hall named after one
    ("di Ruang Sidang Utama, Jumat (14/7)") nor a council's period ("tahun sidang 2018-2019")."""
    lo = max(0, date_start - _MEETING_REACH)
    lo = max(lo, text.rfind("\n", lo, date_start) + 1)
    not_after = frozenset(w.lower() for w in _calendar_data()["council_meeting_not_after"])
    return any((m["before"] or "").lower() not in not_after for m in _meeting_re().finditer(text, lo, date_start))


def attributed(text: str, sentence_start: int, date_start: int) -> bool:
    """The date closes a speech attribution ("…," kata X, Senin (4/3)), wherever it was said."""
    said, _ = _statement_res()
    return said.search(text[max(sentence_start, date_start - 160) : date_start]) is not None


_THAT = re.compile(r"\bbahwa\b", re.IGNORECASE)
# A verb of stating with a comma right after it opens the words reported, as "bahwa" does: "X menuturkan, pada
# Jumat (21/10) sekolahnya kedatangan rombongan", "Y mengatakan, rombongan tiba Senin (4/3)". A day written after
# that comma, with words between, is a day of what was said, not the day it was said; "katanya, Senin (4/3)" and
# "mengatakan, Senin (4/3)" close the attribution
_WORDS_OPENED = re.compile(r"\s*,\s*\w")


# The day written inside an attribution, before its verb ("Ketua Komisi, X, melalui pesan WhatsApp, Kamis (14/3),
# mengatakan …"; "X, di ruang kerjanya, Selasa, 12 Maret 2024, menjelaskan …"): the date, to its closing bracket
# or its year, then a me- verb of stating, with its comma or without ("X, kepada wartawan, Minggu (9/9) menuturkan")
@cache
def _verb_after_re() -> re.Pattern[str]:
    words = _by_letter(_longest_first([*_speech.stating(), *_calendar_data()["stating_after_day"]]))
    return re.compile(
        rf"(?:[^.\n()]{{1,12}}\([^.\n()]{{1,20}}\)|[^.\n(),]{{1,12}},?\s*\d{{1,2}}\s+[a-z]+\s+\d{{4}})\s*,?\s*"
        rf"(?:{words})\b",
        re.IGNORECASE,
    )


def verb_after_day(text: str, date_start: int) -> bool:
    """The date stands before the verb of saying of its attribution ("X, di kantornya, Senin (4/3), mengatakan")."""
    return " me" in text[date_start : date_start + 50] and _verb_after_re().match(text, date_start) is not None


def said_on(text: str, sentence_start: int, date_start: int) -> bool:
    """The date closes a speech attribution ("…," kata X di ruang kerjanya, Selasa (26/2)), or stands in one before
    its verb ("X, di ruang kerjanya, Selasa (26/2), mengatakan"): the day the words were said, unless they were said
    at the visit ("saat menerima rombongan")."""
    said, context = _statement_res()
    before = text[max(sentence_start, date_start - 160) : date_start]
    if verb_after_day(text, date_start):
        return context.search(before) is None
    verbs = [m.end() for m in said.finditer(before)]
    if verbs and (_THAT.search(before, verbs[-1]) is not None or _WORDS_OPENED.match(before, verbs[-1]) is not None):
        return False
    return bool(verbs) and context.search(before) is None


def statement_verb_end(text: str, sentence_start: int, date_start: int) -> int | None:
    """Where the last verb of saying before the date ends, in the attribution the date closes (None: none)."""
    said, _ = _statement_res()
    ends = [m.end() for m in said.finditer(text, max(sentence_start, date_start - 160), date_start)]
    if not ends and verb_after_day(text, date_start):
        return max(sentence_start, date_start - 160)  # the verb after the day: the attribution runs from its start
    return ends[-1] if ends else None


@cache
def _elsewhere_re() -> re.Pattern[str]:
    cal = _calendar_data()
    words = _by_letter(_longest_first(cal["statement_elsewhere"]))
    # ... or words said to the reporting outlet, named by its web address ("kepada contohberita.com")
    to = "|".join(map(re.escape, cal["statement_to_outlet_before"]))
    ends = _either(cal["statement_to_outlet_domains"])
    return re.compile(
        rf"\b(?:{words})(?:nya)?\b"  # ("keterangan tertulisnya", "rilisnya")
        rf"|\b(?:{to})\s+[a-z0-9][a-z0-9-]{{1,40}}\.(?:{ends})\b(?!\.\w)",
        re.IGNORECASE,
    )


@cache
def _source_re() -> re.Pattern[str]:
    words = _calendar_words("statement_source")
    # the source's name runs to the comma before the date; a dot inside a word ("portalsatu.com") is no stop
    return re.compile(rf"\b(?:{words})\b(?:[^.\n\"”]|\.(?=\w)){{1,70}},\s*$", re.IGNORECASE)


# The speaker's office written right after the date ("Kamis (13/3/2014) di kantornya", "Senin (8/8), di ruang
# kerjanya"): the date, to its closing bracket, then "di/dari" and an office word of statement_elsewhere
@cache
def _office_after_re() -> re.Pattern[str]:
    offices = [w for w in _calendar_data()["statement_elsewhere"] if w.startswith(("ruang", "kantor"))]
    words = _by_letter(_longest_first(offices))
    return re.compile(rf"[^.\n()]{{1,12}}\([^.\n()]{{1,20}}\)\s*,?\s*(?:di|dari)\s+(?:{words})\b", re.IGNORECASE)


def said_elsewhere(text: str, sentence_start: int, date_start: int) -> bool:
    """The date closes a speech attribution that puts the speaking away from the visit ("…," kata X saat
    dihubungi / di ruang kerjanya / dalam siaran pers, Selasa (26/2)): the day of the words, no visit day
    (docs/schema.md, "The day of a statement"). The place word stands between the verb of saying and the date.
    So does a date closing the source the report draws on ("Menurut rilis Pemkot X, Kamis (6/6)")."""
    said, context = _statement_res()
    lo = max(sentence_start, date_start - 160)
    if _source_re().search(text, max(sentence_start, date_start - 90), date_start):
        return True
    verbs = [m.start() for m in said.finditer(text, lo, date_start)]
    if not verbs and verb_after_day(text, date_start):
        # the attribution's place or medium written before the day, the verb after it
        tail = text[lo:date_start]
        return _elsewhere_re().search(tail) is not None and context.search(tail) is None
    if (office := _office_after_re().match(text, date_start)) is not None:
        # ... or written after the date ("ketika dijumpai pada Kamis (13/3) di kantornya"); the verb of saying
        # may close the clause before it past a stray full stop ("ujar X kepada media. Senin (8/8) di kantornya")
        verbs = verbs or [m.start() for m in said.finditer(text, max(0, date_start - 160), date_start)]
        return bool(verbs) and context.search(text, verbs[-1], office.end()) is None
    if not verbs:
        return False
    tail = text[verbs[-1] : date_start]
    return _elsewhere_re().search(tail) is not None and context.search(tail) is None


def find_durations(text: str) -> list[tuple[int, int, int]]:
    """(start, end, days) for "selama 5 hari", "berlangsung dua hari", "5 (lima) hari",
    "selama seminggu" (7), "selama dua minggu" (14), "tiga hari berada di Jogja", "dua hari lamanya"."""
    d = _numbers._data()
    unit_days = {k.lower(): v for k, v in d["duration_units"].items()}
    se_days = {k.lower(): v for k, v in d["duration_se_forms"].items()}
    out: list[tuple[int, int, int]] = []
    for m in _matches(_re()["duration"], _duration_starts(), text):
        if m["se"]:
            days = se_days[m["se"].lower()]
        else:
            # The digits win over the words in "5 (lima) hari": words are the gloss.
            raw = m["n"] or m["bn"] or m["pn"]
            count = int(raw) if raw else _numbers.words_to_int(m["w"] or m["bw"] or m["pw"])
            days = (count or 0) * unit_days[(m["u"] or m["bu"] or m["pu"]).lower()]
        if days > 0:
            out.append((m.start(), m.end(), days))
    return out
