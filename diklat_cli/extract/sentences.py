"""Sentence spans of an article, so facts can be tied to the clause they stand in."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right

_MAX = sys.maxsize

# the words that open a list inside a sentence ("yaitu A, B dan C", "antara lain …", "meliputi …"),
# a regular-expression alternation for the patterns that look for lists
LIST_INTRO = r"yaitu|yakni|antara\s+lain|di\s*antaranya|meliputi"

# a full stop after these is part of an abbreviation, not the end of a sentence
_ABBREVIATIONS = {
    "dr",
    "drs",
    "dra",
    "h",
    "hj",
    "ir",
    "prof",
    "prov",
    "kab",
    "kec",
    "kel",
    "tk",
    "no",
    "plh",
    "plt",
    # (every title of holding an office for another: Plh, Plt, Pj or Pjs, "Pj. Bupati X")
    "pj",
    "pjs",
    "st",
    "s",
    "m",
    "sd",
    "s.d",
    "dll",
    "dsb",
    "jl",
    "bpk",
    "sdr",
    "kol",
    "let",
    "mayjen",
    "brigjen",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "i",
    "j",
    "k",
    "l",
    "n",
    "o",
    "p",
    "r",
    "t",
    "u",
    "w",
    "y",
    "hm",
    "ta",
    "ny",
    "kh",
    "apt",
    "drg",
    "sos",
    "si",
    "ap",
    "pd",
    "stp",
    "mh",
    "sh",
    "se",
    "mm",
    # academic degrees written after a name ("Budi Santoso, SP. MM. M.Si menggelar …"): reports string
    # them with their stops in the middle of a sentence
    "sp",
    "spd",
    "mpd",
    "msi",
    "mt",
    "mkes",
    "mma",
    "mba",
    "msc",
    "ssos",
    "sip",
    "skm",
}
# [.!?]+["”’']?(?=\s+["“‘'(]?[A-Z0-9])|\n+, opened by the class of its first character: the engine then skips
# in C to the next stop or line break instead of trying both alternatives at every character
_END_RE = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"”’']?(?=\s+[\"“‘'(]?[A-Z0-9])|(?<=\n)\n*)")


_last: tuple[str, list[tuple[int, int]]] | None = None  # the last text and its sentences


def sentence_spans(text: str) -> list[tuple[int, int]]:
    # the article's sentences are asked for again (abroad): remembered for the last text
    global _last
    last = _last
    if last is not None and last[0] is text:
        return list(last[1])
    spans = _sentence_spans(text)
    _last = (text, spans)
    return list(spans)


# a line broken inside a sentence: a word or comma ends it and a lower-case word opens the next
# (the word or comma looked behind: the engine skips to each line break, not trying every letter)
_WRAP = re.compile(r"\n(?<=[a-z,]\n)(?=[a-z])")
# ... and any single line break after a word, comma or closing bracket, in a text wrapped so
_WRAPPED_BREAK = re.compile(r"(?<=[\w,;:)])\n(?=[^\S\n]*[^\s])")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    # A text hard-wrapped at a fixed width (a blog's or a mailing's copy: lines broken mid-sentence again and
    # again, lb-05 banyuwangidiscovery, kn-11 papuagoid, lc-06 blogspot, kz-07 padangpos, kk-07 sorong, fc-12)
    # goes on across its single line breaks: only a stop, or an empty line, ends its sentences
    wraps = 0
    for _ in _WRAP.finditer(text):
        wraps += 1
        if wraps >= 3:
            break
    joins = {m.start() for m in _WRAPPED_BREAK.finditer(text)} if wraps >= 3 else ()
    for m in _END_RE.finditer(text):
        if m.group() == "\n" and m.start() in joins:
            continue
        # a lone full stop after an abbreviation ("Dr.", "Kab.") does not end the sentence
        if m.group() == ".":
            # the run of word characters and dots before the stop, found by stepping back
            # rather than by a regex search that would scan the whole sentence again
            k = m.start()
            while k > start and (text[k - 1] in "._" or text[k - 1].isalnum()):
                k -= 1
            if text[k : m.start()].lower().rstrip(".") in _ABBREVIATIONS:
                continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence that holds `pos` (spans are sorted and do not overlap), found by bisection;
    the last sentence for a position outside every sentence."""
    if not spans:
        return 0, 0
    i = bisect_right(spans, (pos, _MAX)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return spans[-1]
