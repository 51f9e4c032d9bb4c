"""Frame fields: what the article says of each frame once the frames are known (`frames`).

One concern: the count of travellers each group -> destination frame has (`counts_per_frame`), the
host agencies named at each frame's place (`frame_agencies`), and whether the group is told split
among the frames' places rather than going stop after stop (`split_told`).
"""

from __future__ import annotations

import itertools
import re

from diklat_cli.extract import budget, places
from diklat_cli.extract.hosts import ArticleUnits, find_host_agencies
from diklat_cli.extract.place_links import has_digit, linked_places, member_count_at
from diklat_cli.extract.place_roles import Place
from diklat_cli.extract.scanning import finditer, search
from diklat_cli.extract.sentences import sentence_at

_I = re.IGNORECASE


_CLAUSE_BREAK = re.compile(r"\b(?:sedangkan|sementara|adapun|dan|serta)\b|[;,]", _I)
_SPLIT = re.compile(r"\b(?:dibagi|terbagi|dipecah)\s+(?:menjadi|dalam|ke\s+dalam|atas)\b", _I)
_WHILE = re.compile(r"\b(?:sedangkan|sementara)\b(?!\s+itu\b)", _I)


def split_told(text, sents, resolved: list[Place], frames: list[places.Region]) -> bool:
    """The text says the group split up: "dibagi menjadi empat kelompok", or one sentence sets two
    destinations side by side ("Komisi I ke Bali, sementara Komisi II menuju Medan")."""
    if search(_SPLIT, text):
        return True
    for m in finditer(_WHILE, text):
        lo, hi = sentence_at(sents, m.start())
        if len({p.region for p in resolved if lo <= p.mention.start < hi and p.region in frames}) > 1:
            return True
    return False


# a sentence that opens by calling back the group just named: "Rombongan sebanyak 20 orang …", "Mereka berjumlah …"
_GROUP_CALLED_BACK = re.compile(
    r"\s*(?:(?-i:R)ombongan|(?-i:M)ereka|(?-i:D)elegasi|(?-i:T)im)(?:\s+(?:itu|tersebut|ini))?\s+(?:sebanyak|berjumlah"
    r"|yang\s+berjumlah|terdiri\s+(?:atas|dari)|\d)",
)


def counts_per_frame(text, sents, resolved: list[Place], frames: list[places.Region], participants) -> dict:
    """Each group's own head count, for the groups that have one: the count in the clause that names
    its place ("dari Kabupaten A berjumlah 11 orang, sementara dari Kota B berjumlah 13 orang").
    Counts are never added up across groups."""
    if len(frames) < 2:
        return {}
    in_clause: dict[places.Region, tuple[int, object]] = {}
    in_sentence: dict[places.Region, object] = {}
    for m in participants:
        sent = sentence_at(sents, m.start)
        # the clause around the count
        cuts = [c.start() for c in _CLAUSE_BREAK.finditer(text, sent[0], sent[1])]
        lo = max((c for c in cuts if c < m.start), default=sent[0])
        hi = min((c for c in cuts if c >= m.end), default=sent[1])
        near = [p for p in resolved if lo <= p.mention.start < hi and p.region in frames]
        inside = {p.region for p in near}
        # a list member's own count, right after it ("dari Kabupaten A sebanyak 12 orang, Kabupaten B 10 orang"): its
        # own, not the whole group's before the members after it
        own = next(
            (p for p in near if p.mention.end <= m.start and member_count_at(text, p.mention.end, m.start, m.end)),
            None,
        )
        if own is not None:
            in_clause[own.region] = (0, m)
            continue
        if len(inside) == 1:
            # "40 peserta … ke A dan B": a count written before a list of places is the whole
            # group's at every stop of the list
            after = [p for p in resolved if m.end <= p.mention.start < sent[1] and p.region in frames]
            # (... up to a member written with a count of its own: "30 kepala desa A dan 25 kepala desa B")
            listed = [
                a
                for a, _ in itertools.takewhile(
                    lambda ab: linked_places(text, *ab) and not has_digit(text, ab[0].mention.end, ab[1].mention.start),
                    zip(after, after[1:], strict=False),
                )
            ]
            if after and listed and listed[0] is after[0]:
                for p in after[: len(listed) + 1]:
                    in_sentence.setdefault(p.region, m)
                continue
            # the count nearest to the place, if a clause holds two ("Maros – … 60 Peserta")
            gap = min(abs(p.mention.start - m.start) for p in near)
            region = inside.pop()
            if region not in in_clause or gap < in_clause[region][0]:
                in_clause[region] = (gap, m)
        elif not inside:
            # "Pemerintah Kabupaten A, Provinsi B memboyong 120 orang": the sentence's only group
            inside = {p.region for p in resolved if sent[0] <= p.mention.start < sent[1] and p.region in frames}
            if len(inside) == 1:
                in_sentence.setdefault(inside.pop(), m)
            elif not inside and sent[0] > 0 and _GROUP_CALLED_BACK.match(text, sent[0]):
                # "… menerima studi banding dari Pemkab A. Rombongan sebanyak 20 orang …": the group named in the
                # sentence before, called back, counted in its own sentence before any other group is named
                before = sentence_at(sents, sent[0] - 1)
                prev = {p.region for p in resolved if before[0] <= p.mention.start < before[1] and p.region in frames}
                if len(prev) == 1:
                    in_sentence.setdefault(prev.pop(), m)
    # a count written with one group is that group's only: the others' counts are unknown
    return {**in_sentence, **{r: m for r, (_, m) in in_clause.items()}}


# between a unit and the place it stands in: "Tambak B di Kabupaten Y", "Desa A, Kecamatan B, Kabupaten Y"
_AT_PLACE = re.compile(
    # (the rest of a chain of units may come first: "Desa A, dan Tambak B di Kabupaten Y")
    r"[\s,]*(?:(?:dan|serta)\s+[^,.;:\n]{1,50}?\s+)?(?:(?:yang\s+)?(?:berada\s+|terletak\s+|berlokasi\s+)?di\s+)?"
    r"(?:(?:desa|kelurahan|" + places.SUBDISTRICT + r")\s+[^,.;\n]{1,30},?\s*)*",
    _I,
)
# a place the trip goes on to is set apart ("Desa A dan Desa B) serta di Kabupaten Z", "…, lalu ke Kota Z")
_ON_TO = re.compile(r"\)|\b(?:ke|menuju|lalu|kemudian|sedangkan|sementara)\b|\bserta\s+di\b", _I)


def _stands_at(text: str, end: int, pos: int) -> bool:
    """The place written at `pos` is where the unit ending at `end` stands, not the next stop."""
    return _AT_PLACE.fullmatch(text, end, pos) is not None and not _ON_TO.search(text, end, pos)


def frame_agencies(
    text,
    sents,
    resolved: list[Place],
    frames: list[places.Region],
    organizer,
    known: dict | None = None,
    units: ArticleUnits | None = None,
) -> dict:
    """The units of each destination: a unit belongs to the destination named last before it.
    known: the units the caller already found for a destination (`find_host_agencies`, same organizer);
    units: the article's `ArticleUnits` the caller asked them with."""
    marks = sorted((p.mention.start, p.region) for p in resolved if p.region in frames)
    out: dict[places.Region, list] = {f: [] for f in frames}
    seen: set[str] = set()
    known = known or {}
    for frame in frames:
        if frame in known:
            budget.spend(sum(end - start for start, end in sents))  # (as the pass it stands for)
        for item in known[frame] if frame in known else find_host_agencies(text, sents, frame, organizer, units=units):
            if item[0] in seen:
                continue
            # a unit written with its place ("Desa X, Kecamatan/Kabupaten Y") anywhere in the text
            # (where it was found first: its name in full may add a word the text puts elsewhere);
            # the same kind of unit written with each stop ("ke DPRD Kota A, … ke DPRD Kabupaten B") is
            # a unit of each
            end = item[1][1]
            owners = [r for pos, r in marks if end < pos <= end + 50 and _stands_at(text, end, pos)][:1]
            start = text.find(item[0])
            while start >= 0:
                end = start + len(item[0])
                owner = next((r for pos, r in marks if start < pos <= end + 50 and _stands_at(text, end, pos)), None)
                if owner is not None and owner not in owners:
                    owners.append(owner)
                start = text.find(item[0], start + 1)
            if not owners:
                before = [r for pos, r in marks if pos <= item[1][0]]
                owners = before[-1:]
            for owner in owners or frames:
                out[owner].append(item)
            seen.add(item[0])
    return out
