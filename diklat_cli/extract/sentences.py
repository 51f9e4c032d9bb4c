"""Sentence spans of an article, so facts can be tied to the clause they stand in."""

from __future__ import annotations

import re

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
}
_END_RE = re.compile(r"[.!?]+[\"”’']?(?=\s+[\"“‘'(]?[A-Z0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(text):
        if m.group().startswith((".", "!", "?")) and "\n" not in m.group():
            word = re.search(r"([\w.]+)$", text[start : m.start()])
            if m.group() == "." and word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= pos < end:
            return start, end
    return (0, 0) if not spans else spans[-1]
