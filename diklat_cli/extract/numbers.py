"""Numbers as Indonesian news writes them: digits, number words, ordinals, Roman numerals.

Vocabulary lives in ``data/numbers.json``; the grammar (units before belas/puluh/ratus,
groups before ribu/juta/miliar) lives here. Regexes are built on first use, once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from diklat_cli.extract.scanning import either

__all__ = [
    "COUNT_WORDS_RE",
    "NUMBER_WORDS_RE",
    "approximately_words",
    "rounded_suffix",
    "cardinal_words",
    "multiplier_words",
    "ordinal_words",
    "find_numbers",
    "ordinal_to_int",
    "parse_int",
    "roman_to_int",
    "words_to_int",
]


@cache
def _data() -> dict[str, Any]:
    text = resources.files("diklat_cli").joinpath("data/numbers.json").read_text("utf-8")
    return json.loads(text)


def _alt(words: Iterable[str]) -> str:
    return "(?:" + either(words) + ")"


@cache
def _number_words_re(largest_scale: int | None = None) -> str:
    """Number words as a regex; with `largest_scale` (e.g. 1000), only the scales up to it."""
    d = _data()
    units = d["units"]
    u = _alt(units) + r"\b"
    # a unit that multiplies ("satu puluh" is not Indonesian), spaced from or glued to the multiplier:
    # reporters write "tiga puluh" and "tigapuluh", "dua belas" and "duabelas"
    u2g = _alt(w for w, v in units.items() if v > 1) + r"\s*"
    se = d["se_forms"]
    se_small = [w for w, v in se.items() if v < 100]
    se_hundred = [w for w, v in se.items() if v == 100]
    teen, tens, hundreds = (re.escape(d[k]) + r"\b" for k in ("teen", "tens", "hundreds"))
    level = rf"(?:{_alt(se_small)}\b|{u2g}{teen}|{u2g}{tens}(?:\s+{u})?|{u})"
    small = rf"(?:(?:{_alt(se_hundred)}\b|{u2g}{hundreds})(?:\s+{level})?|{level})"
    level = small
    by_value: dict[int, list[str]] = {}
    for w, v in d["scales"].items():
        if largest_scale is None or v <= largest_scale:
            by_value.setdefault(v, []).append(w)
    for value in sorted(by_value):
        scale = _alt(by_value[value]) + r"\b"
        se_scale = [w for w, v in se.items() if v == value]
        head = rf"{small}\s+{scale}"
        if se_scale:
            head = rf"(?:{_alt(se_scale)}\b|{head})"
        level = rf"(?:{head}(?:\s+{level})?|{level})"
    zero = _alt(d["zero"]) + r"\b"
    # Cheap first-letter and first-word checks keep the nested grammar off ordinary words.
    vocab = [*units, *se, *d["zero"]]
    first = "".join(sorted({w[0] for w in vocab}))
    glued = _alt([d["teen"], d["tens"], d["hundreds"]])
    gate = rf"\b(?=[{first}])(?<!-)(?={_alt(vocab)}(?:\b|{glued}\b))"
    # No hyphen on either side: "ke-dua" is an ordinal, "satu-satunya" a word, "tiga-empat" a range.
    return rf"(?i:{gate}(?:{level}|{zero})(?!-\w))"


NUMBER_WORDS_RE: str  # provided by __getattr__ so importing reads no data file
# Counts of people and of days up to 999,999: no report writes a million of either in words,
# and each scale doubles the size of the regex (compiled in every pattern that embeds it,
# which was most of the start-up time of an extraction).
COUNT_WORDS_RE: str


def __getattr__(name: str) -> str:
    if name == "NUMBER_WORDS_RE":
        return _number_words_re()
    if name == "COUNT_WORDS_RE":
        return _number_words_re(1000)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def cardinal_words(lo: int, hi: int) -> str:
    """The unit number words from `lo` to `hi` as regex alternatives, in value order ("dua|tiga|empat"),
    for patterns that name a small count of places or groups."""
    units = _data()["units"]
    return "|".join(re.escape(w) for w, v in sorted(units.items(), key=lambda item: item[1]) if lo <= v <= hi)


def ordinal_words(lo: int, hi: int) -> str:
    """The ordinal words from `lo` to `hi` as regex alternatives, in value order ("pertama|kesatu|kedua"):
    the fixed ordinals, then the prefix before each unit word."""
    d = _data()
    fixed = [w for w, v in d["ordinals"].items() if lo <= v <= hi]
    prefixed = [d["ordinal_prefix"] + w for w, v in sorted(d["units"].items(), key=lambda item: item[1]) if v > 1]
    values = {d["ordinal_prefix"] + w: v for w, v in d["units"].items()}
    return "|".join(re.escape(w) for w in [*fixed, *(w for w in prefixed if lo <= values[w] <= hi)])


@cache
def approximately_words() -> str:
    """The words that round a count or give it as a floor ("sekitar", "kira-kira", "paling tidak") as regex
    alternatives, longest first, their spaces matching any run of spaces."""
    return either(_data()["approximately"], spaced=True)


@cache
def rounded_suffix() -> str:
    """The ending that rounds a count in digits to its tens or hundreds ("30-an orang", "200an peserta"), as an
    optional regex to follow the digits: the count as written is the group's size (numbers.json's
    "rounded_suffix")."""
    suffix = re.escape(_data()["rounded_suffix"])
    return rf"(?:\s?-\s?{suffix}\b|{suffix}\b)?"


def multiplier_words(*names: str) -> str:
    """The multiplier words named ("teen", "tens", "hundreds") as regex alternatives ("belas|puluh")."""
    d = _data()
    return "|".join(re.escape(d[name]) for name in names)


# A digit run with its separators is read whole, so "9/4" or "13.00" never yields a bare 9 or 13.
_DIGITS = r"(?<![\w.,/:])(?<!\w-)[0-9]+(?:[.,/:-][0-9]+)*(?![\w]|[.,/:-]?[0-9])"


def _multipliers() -> list[str]:
    d = _data()
    return [d["teen"], d["tens"], d["hundreds"], *d["scales"]]


@cache
def _re() -> dict[str, re.Pattern[str]]:
    roman = r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
    return {
        "roman": re.compile(roman, re.IGNORECASE),
        "words": re.compile(_number_words_re()),
        "find": re.compile(rf"(?P<d>{_DIGITS})|(?P<w>{_number_words_re()})"),
        # "lima puluhan": a multiplier with a suffix means "tens of", not a number.
        "derived": re.compile(rf"\s+{_alt(_multipliers())}[a-z]", re.IGNORECASE),
        "plain": re.compile(r"[0-9]+"),
        "dots": re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+"),
        # One comma group ("1,341") reads as an Indonesian decimal, so two or more are required.
        "commas": re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){2,}"),
        "ordinal": re.compile(r"ke(?:(?P<sep>\s*-\s*|\s+)|(?=[a-z0-9]))(?P<rest>.+)", re.I),
    }


def roman_to_int(s: str) -> int | None:
    """Strict Roman numeral ("LXII" -> 62); non-canonical forms like "IIII" or "IC" -> None."""
    s = s.strip()
    if not s or not _re()["roman"].fullmatch(s):
        return None
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        v = values[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _digits_value(tok: str) -> int | None:
    r = _re()
    if r["plain"].fullmatch(tok) or r["dots"].fullmatch(tok) or r["commas"].fullmatch(tok):
        return int(tok.replace(".", "").replace(",", ""))
    return None


@cache
def _glued_re() -> re.Pattern[str]:
    d = _data()
    return re.compile(rf"\b({_alt(d['units'])})(?=(?:{_alt([d['teen'], d['tens'], d['hundreds']])})\b)")


def _eval_words(phrase: str) -> int:
    # Only called on text the grammar regex accepted, so a running sum is safe.
    d = _data()
    units, se, scales = d["units"], d["se_forms"], d["scales"]
    total = current = last = 0
    phrase = _glued_re().sub(r"\1 ", phrase.lower())  # "tigapuluh" reads as "tiga puluh"
    for tok in phrase.split():
        if tok in units:
            last = units[tok]
            current += last
        elif tok == d["teen"]:
            current += 10
        elif tok == d["tens"]:
            current += last * 9
        elif tok == d["hundreds"]:
            current += last * 99
        elif tok in scales:
            total += current * scales[tok]
            current = 0
        elif tok in se:
            if se[tok] >= 1000:
                total += se[tok]
            else:
                current += se[tok]
    return total + current


def words_to_int(s: str) -> int | None:
    """Value of a phrase that is entirely Indonesian number words, else None."""
    phrase = " ".join(s.split())
    if not phrase or not _re()["words"].fullmatch(phrase):
        return None
    return _eval_words(phrase)


def parse_int(s: str) -> int | None:
    """Digits ("40", "1.341.447", "1,341,447") or number words; None for anything else.

    "1,341" (a single comma group) is None: in Indonesian that is a decimal.
    """
    s = s.strip()
    if not s:
        return None
    if s[0].isdigit():
        return _digits_value(s)
    return words_to_int(s)


def ordinal_to_int(s: str) -> int | None:
    """ "kelima" 5, "ke-2" 2, "ke 2" 2, "pertama" 1, "kesebelas" 11, "ke-XVI" 16."""
    s = " ".join(s.split()).lower()
    if not s:
        return None
    fixed = _data()["ordinals"]
    if s in fixed:
        return fixed[s]
    m = _re()["ordinal"].fullmatch(s)
    if not m:
        return None
    rest = m["rest"]
    if rest.isascii() and rest.isdigit():
        value: int | None = int(rest)
    elif m["sep"] and _re()["roman"].fullmatch(rest):
        # Roman only after a hyphen or space: glued "kedi"/"kemi" are words, not ke-DI.
        value = roman_to_int(rest)
    else:
        value = words_to_int(rest)
    return value if value else None


def find_numbers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of every digit number and number-word phrase in text.

    Decimals ("98,36"), times ("13.00"), dates ("9/4") and ranges ("30-40") are skipped,
    as are words glued by hyphens ("ke-2", "Covid-19") and "puluhan"/"ratusan".
    """
    r = _re()
    out: list[tuple[int, int, int]] = []
    for m in r["find"].finditer(text):
        if m["d"] is not None:
            value = _digits_value(m["d"])
        else:
            if r["derived"].match(text, m.end()):
                continue  # "lima puluhan": the phrase is cut short, not a number
            value = _eval_words(m["w"])
        if value is not None:
            out.append((m.start(), m.end(), value))
    return out
