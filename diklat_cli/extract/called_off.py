"""Trips called off or put off: the places a trip to which the article says was called off
(`called_off_regions`, `called_off_at`), which are gone to nowhere in the article wherever else they are
named ("DPRD X urung melakukan kunjungan kerja ke Jakarta", "Rencana studi banding … ke Y dibatalkan").
"""

from __future__ import annotations

import re

from diklat_cli.extract import budget, verbs
from diklat_cli.extract.place_roles import Place
from diklat_cli.extract.scanning import folded
from diklat_cli.extract.sentences import sentence_at

_I = re.IGNORECASE


# a trip to the place called off: "urung melakukan kunjungan kerja ke X", "membatalkan kunker ke X", "Batal
# Studi Banding ke X", "tidak jadi berangkat ke X" (any word of calling off or putting off), or the calling off
# after it: "Rencana studi banding … ke X pekan ini dibatalkan" (not a delay the trip got past: "sempat ditunda")
_CALLED_OFF_PRE = re.compile(
    r"\b(?:batal|urung|membatalkan|dibatalkan|menunda|ditunda|menangguhkan|ditangguhkan|mengurungkan|tidak\s+jadi"
    r"|gagal)\s+(?:[\w()-]+\s+){0,4}?(?:ke|menuju)\s+(?:(?:pemkab|pemkot|pemprov|pemerintah|DPR[DAKP])\s+)?$",
    _I,
)
_CALLED_OFF_POST = re.compile(r"[^.;:\n]{0,60}?(?<!sempat )\b(?:" + verbs.CALLED_OFF + r")\b", _I)
CALLED_OFF_NEEDLES = ("batal", "urung", "tunda", "tangguh", "undur", "tertahan", "tidak jadi", "gagal")
_TO_BEFORE = re.compile(r"\b(?:ke|menuju)\s+(?:(?:pemkab|pemkot|pemprov|pemerintah|DPR[DAKP])\s+)?$", _I)


def called_off_regions(text: str, sents, resolved: list[Place]) -> set[str]:
    """The regions a trip to which the article says was called off or put off: no destination, wherever
    else they are named ("DPRD X urung melakukan kunjungan kerja ke Jakarta … sebelumnya memilih studi
    komparasi ke Jakarta")."""
    low = folded(text) or text.lower()  # (lower-cased once an article, scanning)
    if not any(w in low for w in CALLED_OFF_NEEDLES):
        return set()
    off: set[str] = set()
    for p in resolved:
        if p.region.name in off:
            continue
        budget.spend(1)
        if called_off_at(text, sentence_at(sents, p.mention.start), p.mention.start, p.mention.end):
            off.add(p.region.name)
    return off


def called_off_at(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """The place written at start..end is where a trip was called off or put off, in its sentence ("batal
    studi banding ke X", "yang ke X batal"): a region (`called_off_regions`) or a country (`abroad`)."""
    lo = max(sent[0], start - 80)
    return _CALLED_OFF_PRE.search(text, lo, start) is not None or (
        _TO_BEFORE.search(text, lo, start) is not None
        and _CALLED_OFF_POST.match(text, end, min(sent[1], end + 80)) is not None
    )
