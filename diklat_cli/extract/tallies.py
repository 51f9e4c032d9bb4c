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


# A host's habit of being visited: a sentence that tells a place is often visited ("Kota A kerap didatangi daerah
# lain untuk belajar"; "… yang paling sering dikunjungi tamu, baik dari provinsi sendiri maupun dari luar, misalnya
# dari B, C dan D"; "mencontohkan E dan F, yang kerap didatangi DPRD") tells where such trips usually go and from
# where they usually come: background, like a tally, with no group or day of its own. The places its list names
# after the verb, and those the verb's relative clause is told of ("E dan F, yang kerap didatangi"), are gone to or
# from by no visit of the article.
_OFTEN_VISITED = re.compile(
    r"\b(?:kerap|sering|acap(?:\s*kali)?|berkali-kali|berulang\s*kali|selalu|rutin)(?:\s+(?:sekali|kali))?\s+"
    r"(?:di(?:datangi|kunjungi|sambangi|tuju)|menjadi\s+(?:tujuan|jujugan|rujukan|langganan))\b",
    re.IGNORECASE,
)
# (the report's own trip told after the habit: "…, namun kali ini rombongan A datang";
# or the place going on to receive a group on a day: "Kota A, yang kerap dikunjungi daerah lain, Senin (5/6) menerima
# DPRD B dan DPRD C")
_HABIT_TURN = re.compile(
    r"\b(?:namun|tetapi|tapi|kini|sekarang|kali\s+ini|hari\s+ini|kemarin|sedangkan|adapun|termasuk|menerima"
    r"|menyambut|kedatangan)\b|\(\s*\d{1,2}\s*/\s*\d{1,2}",
    re.IGNORECASE,
)
# the places a relative clause of the habit is told of: written right before "yang", with nothing but names,
# commas and "dan" between (no verb or preposition of the report's own trip)
_RELATIVE_OF = re.compile(r"\s*,?\s*yang\s+(?:paling\s+|juga\s+|pun\s+)?$", re.IGNORECASE)
_NOT_A_NAME_LIST = re.compile(
    r"\b(?:ke|dari|di|oleh|menerima|mengunjungi|berkunjung|kunjungan|rombongan|datang|tiba)\b", re.IGNORECASE
)

_GONE_TO_BEFORE = re.compile(
    r"\b(?:ke|mengunjungi|berkunjung|menyambangi|mendatangi|menuju|bertandang|berangkat)\b", re.IGNORECASE
)


# ... and so does a host's tally of its guests over a stretch of time: the guests counted as bodies of a kind, with a
# perfect ("Sepanjang 2023, sedikitnya delapan daerah sudah bertandang ke A, tidak hanya dari B"; "Selama tahun ini
# sudah ada beberapa daerah yang datang berguru ke C"; "Sepanjang 2022, Desa D sudah didatangi 19 kabupaten/kota dari
# E"): the places told after the count are where such guests came from or went, none the article's visit
_GUESTS_COUNTED = (
    r"\b(?:\d{1,3}|" + cardinal_words(2, 20) + r"|beberapa|sejumlah|puluhan|belasan|banyak)\s+"
    r"(?:\([^()\n]{1,30}\)\s+)?(?:daerah|kabupaten(?:/kota)?|kota|pemda|pemerintah\s+daerah|provinsi|rombongan"
    r"|instansi|lembaga|DPRD|desa)\b"
)
_GUESTS_TALLIED = re.compile(
    _STRETCH
    + r"[^.;:\n]{0,80}?(?:\b(?:sudah|telah)\b[^.;:\n]{0,40}?"
    + _GUESTS_COUNTED
    + r"|"
    + _GUESTS_COUNTED
    + r"\s+(?:[\w-]+\s+){0,2}?(?:sudah|telah)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _habits(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text tells a place as often visited (`_OFTEN_VISITED`) or tallies the guests it received over a
    stretch of time (`_GUESTS_TALLIED`), each match's start and end."""
    found = [(m.start(), m.end()) for m in finditer(_OFTEN_VISITED, text)]
    if _stretches(text):
        found += [(m.start(), m.end()) for at in _stretches(text) if (m := _GUESTS_TALLIED.match(text, at))]
    return tuple(sorted(found))


def habit_told(text: str) -> bool:
    """The text tells some place as often visited (asked before any place is)."""
    return bool(_habits(text))


def habit_of_visits_at(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """The place mentioned at `start`..`end` is named in its sentence's habit of being visited (`_OFTEN_VISITED`):
    after the verb with no turn back to the report's own trip between, or among the names its relative clause is
    told of."""
    for v_start, v_end in _habits(text):
        if not sent[0] <= v_start < sent[1]:
            continue
        if v_end <= start < sent[1]:
            if _HABIT_TURN.search(text, v_end, start) is None:
                return True
        elif (
            end <= v_start
            and (rel := _RELATIVE_OF.search(text, end, v_start)) is not None
            and rel.start() - end <= 80
            and _NOT_A_NAME_LIST.search(text, end, rel.start()) is None
            # (names a trip of the report goes to, told of as often visited besides, are its stops: "studi banding ke
            # A dan B, yang kerap dikunjungi daerah lain")
            and _GONE_TO_BEFORE.search(text, sent[0], start) is None
        ):
            return True
    return False


__all__ = ["habit_of_visits_at", "habit_told", "tallied_at", "tally_told"]
