"""Training programmes, cohorts (angkatan) and activity names.

The phrases live in data/programs.json; this module compiles them once, on first use.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from diklat_cli.extract.numbers import ordinal_to_int, roman_to_int, words_to_int

_LEVEL = r"(IV|III|II|I|4|3|2|1)\b"
_ROMAN = r"[IVXLC]{1,7}\b"
_ORDINAL_WORD = r"(?:pertama|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)|ke\w+\s+belas)\b"
_COHORT_NUMBER = rf"(\d{{1,3}}\b(?!\s*/)|{_ROMAN}|(?i:{_ORDINAL_WORD}))"


@dataclass(frozen=True, slots=True)
class ProgramMention:
    start: int
    end: int
    name: str  # canonical ("Diklatpim III") or the generic family ("Diklatpim")
    generic: bool  # family named without its level


@dataclass(frozen=True, slots=True)
class CohortMention:
    start: int
    end: int
    value: int


@dataclass(frozen=True, slots=True)
class ActivityMention:
    start: int
    end: int
    activity: str


@cache
def _data() -> dict:
    text = resources.files("diklat_cli.data").joinpath("programs.json").read_text("utf-8")
    return json.loads(text)


# --- skipping patterns that cannot match -------------------------------------------------
#
# Most patterns are not in most articles. A pattern whose every match must contain some
# fixed words ("pelatihan", "kepemimpinan") is not run on a text without them: the test on
# the lower-cased text is a plain substring search, far cheaper than a regex scan.

# Characters that match an ASCII letter under re.IGNORECASE without lower-casing to it
# ("İ", dotless "ı", long "ſ", the Kelvin sign): with one of them in the text, no skipping.
_FOLD_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=64)  # one article and its sentences are asked about many times
def folded(text: str) -> str | None:
    """text.lower() for needle tests, or None when the text needs every pattern run."""
    if not text.isascii() and any(c in text for c in _FOLD_ODD):
        return None
    return text.lower()


Needles = tuple[tuple[str, ...], ...]


def _sre_parse():
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse  # type: ignore[no-redef]
    return sre_parse


def needles(pattern: re.Pattern) -> Needles:
    """What every match of pattern contains: groups of lower-case ASCII strings, at least
    one string of each group in every match (no groups: nothing is known).

    Worked out from the parsed pattern: runs of plain characters, groups that must match
    and the alternatives of a branch; anything else (repeats, classes …) is passed over.
    Any doubt gives no groups, so the pattern is always run."""
    try:
        sre_parse = _sre_parse()
        groups = _required(sre_parse.parse(pattern.pattern, pattern.flags).data, sre_parse)
    except Exception:  # noqa: BLE001 - any doubt: no needles, the pattern always runs
        return ()
    # longest first: a long word is rarer, so a text without it is told sooner
    out = [tuple(sorted({n.lower() for n in g}, key=len, reverse=True)) for g in groups]
    return tuple(sorted(out, key=lambda g: -len(g[-1])))


def _required(items, sre_parse) -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op is sre_parse.LITERAL and av < 128:
            run += chr(av)
            continue
        if run:
            groups.append((run,))
        run = ""
        if op is sre_parse.SUBPATTERN:  # a group that must match: its needles are needed
            groups.extend(_required(av[-1].data, sre_parse))
        elif op is sre_parse.BRANCH:  # one alternative matches: one of theirs is needed
            alternatives: list[str] = []
            for branch in av[1]:
                inner = _required(branch.data, sre_parse)
                if not inner:
                    alternatives = []
                    break
                alternatives.extend(max(inner, key=lambda g: min(len(n) for n in g)))
            if alternatives:
                groups.append(tuple(alternatives))
    if run:
        groups.append((run,))
    return groups


def may_match(needles_: Needles, low: str | None) -> bool:
    """False only when a pattern with these needles surely has no match in the text."""
    if low is None:
        return True
    for group in needles_:
        for n in group:
            if n in low:
                break
        else:
            return False
    return True


def leads(pattern: re.Pattern) -> tuple[str, ...]:
    """Lower-case ASCII strings one of which every match of pattern starts with, or ()
    when that is not known (or the strings are too short to be worth looking for)."""
    try:
        sre_parse = _sre_parse()
        found = _leading(list(sre_parse.parse(pattern.pattern, pattern.flags).data), sre_parse)
    except Exception:  # noqa: BLE001 - any doubt: the pattern is scanned as usual
        return ()
    if not found or min(len(x) for x in found) < 3:
        return ()
    return tuple(sorted({x.lower() for x in found}))


def _leading(items: list, sre_parse) -> list[str] | None:
    k = 0
    while k < len(items) and _zero_width(items[k], sre_parse) and not _ahead(items[k], sre_parse):
        k += 1  # look-behinds and anchors take no characters
    if k == len(items):
        return None
    op, av = items[k]
    rest = items[k + 1 :]
    if op is sre_parse.ASSERT and av[0] == 1:  # a look-ahead names what comes first
        ahead = _leading(list(av[1].data), sre_parse)
        if ahead:
            return ahead
        return _leading(rest, sre_parse)
    if op is sre_parse.LITERAL and av < 128:
        after = _leading(rest, sre_parse)
        if after is None or len(after) > 16:
            return [chr(av)]
        return [chr(av) + r for r in after]
    if op is sre_parse.SUBPATTERN:
        return _leading(list(av[-1].data), sre_parse)
    if op is sre_parse.BRANCH:
        return _either([list(branch.data) for branch in av[1]], sre_parse)
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        least, _, item = av
        if least:
            return _leading(list(item.data), sre_parse)
        # "(?:program\s+)?pendidikan": either the optional part or what follows
        return _either([list(item.data), rest], sre_parse)
    return None


def _either(alternatives: list[list], sre_parse) -> list[str] | None:
    out: list[str] = []
    for items in alternatives:
        inner = _leading(items, sre_parse)
        if not inner:
            return None
        out.extend(inner)
    return out


def _ahead(item, sre_parse) -> bool:
    return item[0] is sre_parse.ASSERT and item[1][0] == 1


def _zero_width(item, sre_parse) -> bool:
    op, av = item
    if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return True
    # "(?:^|(?<=\s))": a choice of assertions takes no characters either
    return op is sre_parse.BRANCH and all(
        all(_zero_width(x, sre_parse) for x in branch.data) for branch in av[1]
    )


def scan(pattern: re.Pattern, leads_: tuple[str, ...], text: str, low: str | None) -> Iterator[re.Match]:
    """The matches of pattern.finditer(text), trying the pattern only where one of its
    leads starts: every match starts with one (low is text.lower(), see folded)."""
    if low is None or not leads_:
        yield from pattern.finditer(text)
        return
    starts: list[int] = []
    find = low.find
    for lead in leads_:
        k = find(lead)
        while k >= 0:
            starts.append(k)
            k = find(lead, k + 1)
    if len(leads_) > 1:
        starts = sorted(set(starts))
    else:
        starts.sort()
    pos = 0
    match = pattern.match
    for k in starts:
        if k < pos:
            continue
        m = match(text, k)
        if m is not None:
            yield m
            pos = m.end()


@cache
def _program_patterns() -> list[tuple[re.Pattern, dict, Needles, tuple[str, ...]]]:
    compiled = []
    for entry in _data()["programs"]:
        for source in entry["patterns"]:
            source = source.replace("{L}", _LEVEL)
            pattern = re.compile(source, re.IGNORECASE)
            compiled.append((pattern, entry, needles(pattern), leads(pattern)))
    return compiled


@cache
def _not_programme_re() -> re.Pattern:
    words = "|".join(re.escape(w) for w in _data()["not_a_programme_before"])
    return re.compile(rf"(?:{words})\s*$", re.IGNORECASE)


def _level_name(entry: dict, level: str) -> str | None:
    number = _data()["levels"].get(level.upper())
    allowed = entry.get("levels", [])
    roman = ["I", "II", "III", "IV"][number - 1] if number else None
    if roman not in allowed:
        return None
    return entry["name"].replace("{L}", roman)


def find_programs(text: str) -> list[ProgramMention]:
    """Every programme mention, longest first at each place, in text order."""
    found: list[ProgramMention] = []
    low = folded(text)
    for pattern, entry, needles_, leads_ in _program_patterns():
        if not may_match(needles_, low):
            continue
        for m in scan(pattern, leads_, text, low):
            if _not_programme_re().search(text[max(0, m.start() - 25) : m.start()]):
                continue  # a unit's name ("Kabid Diklat Prajabatan"), not the cohort's programme
            if "{L}" in entry["name"]:
                name = _level_name(entry, m.group(1))
                if name is None:
                    continue
            else:
                name = entry["name"]
            found.append(ProgramMention(m.start(), m.end(), name, bool(entry.get("generic"))))
    # keep the longest non-overlapping mentions; specific beats generic at equal length
    found.sort(key=lambda p: (p.start, -(p.end - p.start), p.generic))
    kept: list[ProgramMention] = []
    for p in found:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    return kept


def cohort_value(token: str) -> int | None:
    token = token.strip()
    if token.isdigit():
        value = int(token)
    elif re.fullmatch(_ROMAN, token):
        value = roman_to_int(token)
    else:
        value = ordinal_to_int(token) or words_to_int(token)
    return value if value and 0 < value < 300 else None


@cache
def _cohort_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    angkatan = _data()["cohort"]["angkatan"]
    # "Angkatan VII dan VIII", "angkatan ke-7", "Angkatan (PPRA) LXIII"; Roman numerals must be upper case
    single = re.compile(rf"(?i:{angkatan}){_COHORT_NUMBER}")
    coordinated = re.compile(
        rf"\s*(?:,|dan|serta|&)\s*(?i:angkatan\s*)?(?i:ke\s*-?\s*)?(\d{{1,3}}\b|{_ROMAN})"
        # "Angkatan II dan 40 peserta …": a count, not a second cohort
        r"(?!\s*(?i:orang|peserta|pejabat|ASN|pegawai)\b)"
    )
    after = "|".join(_data()["cohort"]["after_program"])
    after_program = re.compile(rf"\b(?:{after})\)?\s+(\d{{1,3}}\b|{_ROMAN})")
    return single, coordinated, after_program


@cache
def _cohort_leads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    single, _, after_program = _cohort_res()
    return leads(single), leads(after_program)


def find_cohorts(text: str) -> list[CohortMention]:
    """Cohort numbers, including each number of "Angkatan VII dan VIII"."""
    single, coordinated, after_program = _cohort_res()
    single_leads, after_leads = _cohort_leads()
    low = folded(text)
    found: list[CohortMention] = []
    for m in scan(single, single_leads, text, low):
        value = cohort_value(m.group(1))
        if value is None:
            continue
        found.append(CohortMention(m.start(), m.end(), value))
        pos = m.end()
        while (c := coordinated.match(text, pos)) is not None:
            value = cohort_value(c.group(1))
            if value is None:
                break
            found.append(CohortMention(c.start(1), c.end(), value))
            pos = c.end()
    for m in scan(after_program, after_leads, text, low):
        value = cohort_value(m.group(1))
        if value is not None and not any(c.start <= m.start(1) < c.end for c in found):
            found.append(CohortMention(m.start(1), m.end(), value))
    found.sort(key=lambda c: c.start)
    return found


@cache
def _activity_patterns() -> list[tuple[re.Pattern, str, Needles, tuple[str, ...]]]:
    out = []
    for activity, sources in _data()["activities"].items():
        for source in sources:
            pattern = re.compile(source, re.IGNORECASE)
            out.append((pattern, activity, needles(pattern), leads(pattern)))
    return out


def find_activities(text: str) -> list[ActivityMention]:
    low = folded(text)
    found = [
        ActivityMention(m.start(), m.end(), activity)
        for pattern, activity, needles_, leads_ in _activity_patterns()
        if may_match(needles_, low)
        for m in scan(pattern, leads_, text, low)
    ]
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[ActivityMention] = []
    for a in found:
        if kept and a.start < kept[-1].end:
            continue
        kept.append(a)
    return kept
