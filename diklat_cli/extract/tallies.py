"""Trips summed up over a stretch of the past: background to the trip a report tells, no trip of its own.

A report of one visit often recalls how often the group has travelled lately ("Selama 2023 saja, anggota dewan
telah menjalani empat gelombang kunjungan luar negeri, di antaranya ke A dan B"; "Sepanjang setahun terakhir …
sudah menggelar rapat …. Mereka juga sudah berkunjung ke berbagai instansi di C dan D"). The places such a tally
names are gone to by no visit of the article (SCHEMA: an earlier trip is a visit when the article tells who went
and where, one trip; a tally of many over years tells none). Asked by abroad.py (countries) and frames.py
(regions at home).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from diklat_cli.extract.numbers import cardinal_words
from diklat_cli.extract.scanning import finditer

# A tally: trips summed up over a stretch of the past as background to the one reported ("Selama 2023 saja, anggota
# dewan telah menjalani empat gelombang kunjungan luar negeri, di antaranya ke A dan B", "Sepanjang tahun ini
# DPRD sudah tiga kali ke luar negeri, antara lain ke C", "Dalam dua tahun terakhir mereka telah berulang kali
# studi banding, termasuk ke D"): a tally of trips, not a trip told with its group and days, so the places it
# names are gone to by no visit of the article. Told by a stretch of years (not days: "Selama tiga hari,
# rombongan telah mengunjungi A dan B" is the trip itself), a perfect or a count of trips, and a word that
# counts or samples them, all before the place in its clause.
_STRETCH = (
    r"\b(?:selama|sepanjang|dalam(?:\s+kurun(?:\s+waktu)?)?)\s+(?:(?:tahun|periode)\s+)?"
    r"(?:(?:anggaran\s+)?(?:19|20)\d\d(?:\s+ini)?|ini|tahun\s+ini"
    rf"|(?:se|(?:satu|{cardinal_words(2, 10)}|\d{{1,2}}|beberapa)\s+)tahun(?:\s+(?:terakhir|belakangan|ini))?"
    rf"|(?:(?:satu|{cardinal_words(2, 10)}|\d{{1,2}}|beberapa)\s+)bulan\s+(?:terakhir|belakangan))\b"
)
_STRETCH_ALONE = re.compile(_STRETCH, re.IGNORECASE)
# (no turn back to the report's own trip between the stretch and the place: "…, namun kali ini ke C")
_TALLY_TURN = r"(?:(?!\b(?:namun|tetapi|tapi|kini|sekarang|kali\s+ini|sedangkan|adapun)\b)[^;:])*?"
_TALLY = re.compile(
    _STRETCH + _TALLY_TURN + rf"\b(?:sudah|telah|tercatat|berulang\s*kali"
    rf"|(?:{cardinal_words(2, 10)}|\d{{1,2}}|beberapa)\s+(?:kali|gelombang))\b"
    + _TALLY_TURN
    + r"\b(?:kali|gelombang|berbagai|sejumlah|di\s*antaranya|antara\s+lain|termasuk|misalnya|seperti)\b"
    + _TALLY_TURN
    + r"$",
    re.IGNORECASE,
)


# a sentence going on with the tally of the one before: "Sepanjang tahun ini pansus sudah menggelar rapat …. Mereka
# juga sudah berkunjung ke berbagai instansi di A dan B"
_TALLY_GOES_ON = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:juga|pun|pula)\s+(?:sudah|telah)\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _stretches(text: str) -> tuple[int, ...]:
    """Where the text names a stretch of years a tally could run over (looked for once per text, only where
    "selama", "sepanjang" or "dalam" stand)."""
    return tuple(m.start() for m in finditer(_STRETCH_ALONE, text))


def tally_told(text: str) -> bool:
    """The text names a stretch of years a tally could run over (asked before any place is)."""
    return bool(_stretches(text))


def tallied_at(text: str, sents: list[tuple[int, int]], sent: tuple[int, int], at: int) -> bool:
    """The place at `at` is named in a tally of past trips over a stretch of time (`_TALLY`), in its sentence
    before it, or begun in the sentence before and gone on with "juga sudah" in its own."""
    stretches = _stretches(text)
    if not stretches:
        return False
    lo = sent[0]
    if _TALLY_GOES_ON.match(text, sent[0], at):
        i = bisect_left(sents, sent)
        if 0 < i < len(sents) and sents[i] == sent:
            lo = sents[i - 1][0]
    # (tried only from a stretch in the stretch of text before the place, to the place)
    k = bisect_left(stretches, lo)
    while k < len(stretches) and stretches[k] < at:
        if _TALLY.match(text, stretches[k], at):
            return True
        k += 1
    return False


__all__ = ["tallied_at", "tally_told"]
