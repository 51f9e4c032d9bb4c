"""Scores shared between the mentions of one article: a place whose own words say little takes the role
of the place it is written with, a pair of kinds of one name ("Kota dan Kabupaten X"), a sender named again
after "dan dari", a body in a clause of contrast whose verb is left out, the next village of a list of
addresses and a village's address told in a sentence of its own (after `place_roles.place_scores`).
"""

from __future__ import annotations

import re

from diklat_cli.extract import budget, places
from diklat_cli.extract.place_roles import PAIRED_KIND, STUDY, Place
from diklat_cli.extract.scanning import folded, may_match_within, needles

_I = re.IGNORECASE


def share_paired_scores(text: str, resolved: list[Place]) -> None:
    """The first of a pair of kinds ("Kota dan Kabupaten X") plays the role its partner plays: the
    words around the shared name are said of both."""
    for a, b in zip(resolved, resolved[1:], strict=False):
        if (
            a.mention.end - a.mention.start <= 9
            and a.region.kind != b.region.kind
            and PAIRED_KIND.fullmatch(text, a.mention.start, b.mention.start)
        ):
            a.dest, a.origin = b.dest, b.origin


# a host's report names a second sender by saying "dari" again after a link word ("menerima benchmarking dari Pemkab
# A pada Senin dan dari Pemkot B pada Kamis", "bersamaan dengan rombongan dari DPRD A, dan juga dari DPRD B", "… dari
# DPRD A, H Mubin, serta dari DPRD B"): the repeated "dari" opens a sender as the first one did (any link of a list
# or a series: dan, serta, lalu, kemudian, disusul; "juga"/"pula" after it; any council's or government's body
# word before the region)
_BODY_WORD = (
    r"(?:(?:rombongan|anggota|pimpinan|sekretariat)\s+)?(?:DPR[DAKP]|Pemerintah|Pemkab|Pemkot|Pemko|Pemprov)\s+"
)
_FROM_AGAIN = re.compile(
    r"(?:,\s*|\s)(?:dan|serta|lalu|kemudian|disusul)\s+(?:(?:juga|pula|oleh)\s+)*dari\s+(?:" + _BODY_WORD + r")?$", _I
)
_FROM_FIRST = re.compile(r"\bdari\s+(?:" + _BODY_WORD + r")?$", _I)


def share_repeated_from_scores(text: str, resolved: list[Place]) -> None:
    """A place after "dan dari", "serta dari" in the sentence of a sender written after "dari" is a
    sender too: the sender's weight goes to it."""
    if "dari" not in text:
        return
    for i, b in enumerate(resolved):
        if i == 0 or b.origin >= 2 or b.dest >= 2:
            continue
        pre = text[max(0, b.mention.start - 40) : b.mention.start]
        if " dari" not in pre or not _FROM_AGAIN.search(pre):
            continue
        a = next(
            (
                p
                for p in reversed(resolved[:i])
                if p.region != b.region
                and p.origin >= 2
                and p.origin > p.dest
                and _FROM_FIRST.search(text, max(0, p.mention.start - 40), p.mention.start)
            ),
            None,
        )
        if a is None or b.mention.start - a.mention.end > 120:
            continue
        gap = text[a.mention.end : b.mention.start]
        if "\n" in gap or ". " in gap:
            continue  # (another sentence)
        b.origin = a.origin


# a clause of contrast that names another body with its verb left out: "Bappeda Kabupaten A datang dengan 14 orang,
# sedangkan Bappeda Kota B dengan 10 orang", "Rombongan A tiba pagi, sementara rombongan B siang hari" (the
# body and its words before the place, capitalised, or a group word)
_CONTRAST_BODY = re.compile(
    r"[,;]\s*(?:sedangkan|sementara(?:\s+itu)?|adapun)\s*,?\s+(?:(?:rombongan|delegasi|tim|dari)\s+)?"
    r"(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,4}\s+)?$",
    _I,
)
# ... whose clause goes on with no verb of its own: a count, a time, or the end of the sentence
_ELIDED_CLAUSE = re.compile(
    r"\s*(?:(?:dengan|sebanyak|berjumlah|membawa)\s+\d|\d{1,4}\s+(?:orang|peserta|anggota)\b"
    r"|(?:pada\s+)?(?:pagi|siang|sore|malam)\s+hari\b|[.;\n]|$)",
    _I,
)


def share_contrast_scores(text: str, resolved: list[Place]) -> None:
    """A place in a clause of contrast whose verb is left out ("…, sedangkan Bappeda Kota B dengan 10 orang")
    has the role of the sender the sentence named before it: the sender's weight goes to it."""
    if "sedangkan" not in text and "sementara" not in text and "adapun" not in text:
        return
    for i, b in enumerate(resolved):
        if i == 0 or b.origin >= 2 or b.dest >= 2:
            continue
        pre = text[max(0, b.mention.start - 60) : b.mention.start]
        if not _CONTRAST_BODY.search(pre) or not _ELIDED_CLAUSE.match(text, b.mention.end):
            continue
        a = resolved[i - 1]
        gap = text[a.mention.end : b.mention.start]
        if a.region == b.region or a.origin < 2 or a.origin <= a.dest or "\n" in gap or ". " in gap or len(gap) > 120:
            continue
        b.origin = a.origin


_CAPS = r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}"
# the next village of a list of addresses: "… Kabupaten Klaten Provinsi Jawa Tengah dan Desa B Gunung
# Kidul", "… Kabupaten Malang, Desa C Kecamatan D Kabupaten E"
NEXT_VILLAGE_ADDRESS = re.compile(
    r"(?:\s*,?\s*(?:(?:Provinsi|Propinsi|Prov\.)\s+)?" + _CAPS + r")?\s*(?:,|\bdan\b|\bserta\b)\s*"
    r"(?:desa|kelurahan|nagari|kampung|gampong|pekon|dusun)\s+" + _CAPS + r"\s+"
    r"(?:" + places.SUBDISTRICT + r"\s+" + _CAPS + r"\s+)?(?:(?:kabupaten|kab\.|kota)\s+)?",
    _I,
)


def share_village_list_scores(text: str, resolved: list[Place]) -> None:
    """Villages visited are listed with their addresses, one after another ("studi banding ke Desa A
    Kecamatan B Kabupaten C dan Desa D Kabupaten E"): the regency closing each address plays the
    role of the first one, which alone stands after the trip word."""
    for a, b in zip(resolved, resolved[1:], strict=False):
        if (
            a.dest >= 3
            and b.dest < a.dest
            and b.region.kind != "province"
            and b.region != a.region
            and NEXT_VILLAGE_ADDRESS.fullmatch(text, a.mention.end, b.mention.start)
        ):
            b.dest = a.dest


# a village's address told in a sentence of its own: "Desa A adalah salah satu desa di Kecamatan B Kabupaten
# C", "Desa A berada di Kecamatan B, Kabupaten C"
_VILLAGE_LOCATED = re.compile(
    r"\b(?:Desa|Kelurahan|Nagari|Kampung|Gampong|Pekon)\s+(?P<v>(?-i:[A-Z])[\w'-]{2,})\s+(?:(?-i:[A-Z])[\w'-]*\s+)?"
    r"(?:adalah\s+(?:salah\s+satu\s+)?(?:desa|kelurahan)\s+|merupakan\s+(?:salah\s+satu\s+)?(?:desa|kelurahan)\s+"
    r"|(?:ini\s+)?(?:berada|terletak|berlokasi)\s+)(?:yang\s+\w+\s+)?(?:di\s+)?(?:wilayah\s+)?"
    r"(?:(?:Kecamatan|Kec\.|Distrik)\s+" + _CAPS + r"\s*,?\s*)?$",
    _I,
)
# (its words, the kinds it opens with among them, looked for in the window before it is tried)
_VILLAGE_LOCATED_NEEDLES = needles(_VILLAGE_LOCATED)


def share_village_located_scores(text: str, resolved: list[Place]) -> None:
    """A regency that closes a village's address told apart ("Desa A adalah salah satu desa di Kecamatan B
    Kabupaten C") plays the village's role: where the group studied ("studi banding … di Desa A") or the
    body that went ("Pemerintah Desa A … melaksanakan studi banding")."""
    if "esa " not in text and "elurahan " not in text:
        return
    low = folded(text)
    for place in resolved:
        if place.region.kind == "province" or place.dest >= 2 or place.origin >= 2:
            continue
        start = max(0, place.mention.start - 140)
        if not may_match_within(_VILLAGE_LOCATED_NEEDLES, low, start, place.mention.start):
            continue  # (no village's kind in the window: the pattern, tried at each of its offsets, would find none)
        m = _VILLAGE_LOCATED.search(text, start, place.mention.start)
        if m is None:
            continue
        budget.spend(len(text))  # a pass over the text for each village located
        name = re.escape(m["v"])
        if re.search(rf"\b(?:ke|di|mengunjungi|menyambangi)\s+(?:Desa|Kelurahan)\s+{name}\b", text[: m.start()]) and (
            STUDY.search(text, 0, m.start())
        ):
            place.dest = 3.0
        elif re.search(
            rf"\b(?:Pemerintah|Pemerintahan|Pemdes|Kepala|Perangkat)\s+(?:Desa|Kelurahan)\s+{name}\b[^.\n]{{0,80}}?"
            r"\b(?:melakukan|melaksanakan|menjalankan|menjalani|menggelar|mengadakan|mengikuti|berkunjung|berangkat)\b",
            text,
        ):
            place.origin = 3.0
