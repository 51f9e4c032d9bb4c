"""Stops: the several places one trip went to, where they are not one written list of places.

Stops told one a sentence ("Di Kabupaten A, peserta …"), the same kind of visit told again at another
place ("kegiatan yang sama di B"), one more stop beside the article's own (`other_stops`), the same
sender's other groups elsewhere at once, lists divided among parts of a group, stops told in order
("pertama … kemudian …"), and a list's finer stops in place of the regions that hold them.

One concern: where several stops of one trip are read (the frames put them together in `frame_list`).
"""

from __future__ import annotations

import re

from diklat_cli.extract import places, trainees, verbs
from diklat_cli.extract.participants import VILLAGE_HEADS
from diklat_cli.extract.place_links import (
    distinct_regions,
)
from diklat_cli.extract.place_roles import (
    Place,
    places_between,
)
from diklat_cli.extract.scanning import finditer, folded
from diklat_cli.extract.sentences import sentence_at

_I = re.IGNORECASE


# the group divided among places, as its people tell it ("Rombongan kami bagi untuk mengunjungi tiga
# kabupaten, yakni …", "Kami berpencar, sebagian ke A dan sebagian lagi ke B"): an account of where the
# parts went, even in a quote, and the parts went at once
DIVIDED = re.compile(
    r"\b(?:dibagi|terbagi|membagi|dipecah|berpencar|(?:kami|kita)\s+(?:bagi|pecah)|sebagian\s+(?:lagi\s+|lainnya\s+)?"
    r"(?:ke|menuju))\b",
    _I,
)
# another trip than the one reported: an experience ("pernah belajar ke …"), last year's or next
# year's, another cohort's ("angkatan berikutnya ke …")
OTHER_TRIP = re.compile(
    r"\b(?:pernah|(?:tahun|bulan|pekan|minggu)\s+(?:lalu|depan|sebelumnya)|beberapa\s+waktu\s+lalu"
    r"|(?:angkatan|rombongan|kelompok|"
    + trainees.TRAINEES
    + r")\s+(?:berikutnya|selanjutnya|sebelumnya|lain(?:nya)?))\b",
    _I,
)
# (the group by any word reports name it by before its next stop: "tim", "kami", "kontingen", and its people
# counted or gathered, "para kepala desa", "sejumlah anggota dewan", "seluruh pejabat")
TRAVELLING = re.compile(
    r"\b(?:rombongan|" + trainees.TRAINEES + r"|delegasi|mereka|tim|kami|kontingen"
    r"|(?:para|sejumlah|seluruh|\d{1,3})\s+(?:kepala|kades|camat|lurah|anggota|pejabat|perangkat|legislator"
    r"|wakil\s+rakyat|ASN|pegawai|staf|" + VILLAGE_HEADS + r"))\b",
    _I,
)
# a sentence opening with the stop it tells of: "Di Kabupaten A, peserta …", "Sementara di Kota B, rombongan …",
# "Ke Kota C, mereka datang …"
_STOP_OPENS = re.compile(
    r"\s*(?:(?:sementara(?:\s+itu)?|adapun|sedangkan|lalu|kemudian|selanjutnya|terakhir|dan)\s*,?\s+"
    # (or the group's arrival: "Setibanya di Kota A, rombongan …", "Sesampainya di B, peserta …")
    r"|(?:setiba(?:nya)?|sesampai(?:nya)?|saat\s+tiba|ketika\s+tiba|begitu\s+tiba)\s+)?(?:di|ke)\s+$",
    _I,
)
_STOP_TOLD = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:\w+\s+){0,2}?(?:"
    + trainees.TRAINEES
    + r"|rombongan|mereka|para|tim|kelompok|anggota|kami)\b",
    _I,
)
# the second stop told in a contrast clause of the first's sentence: "Di Kota A, rombongan belajar …, sedangkan
# di Kabupaten B rombongan belajar …" (the clause's group after the place, a comma or none)
_STOP_IN_CONTRAST = re.compile(r"[,;]\s*(?:sedangkan|sementara|adapun)\s+(?:di|ke)\s+$", _I)
_STOP_TOLD_LOOSE = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:\w+\s+){0,2}?(?:"
    + trainees.TRAINEES
    + r"|rombongan|mereka|para|tim|kelompok|kami)\b",
    _I,
)


# "sudah melakukan kegiatan yang sama di B", "menuntaskan studi tiru serupa di B"
_SAME_KIND = re.compile(
    r"\b(?:kegiatan|kunjungan|studi\s+\w+|kunker|benchmarking)\s+(?:yang\s+sama|serupa|sejenis)\s+"
    r"(?:\w+\s+){0,2}?(?:di|ke)\s+$",
    _I,
)


def same_kind_stops(text: str, sents, resolved: list[Place]) -> list[Place]:
    """Places where another group made a trip of the same kind ("Sebelumnya, 15 lurah sudah melakukan
    kegiatan yang sama di Kota B"); not another cohort's (cohorts are told apart elsewhere)."""
    if "sama" not in text and "serupa" not in text and "sejenis" not in text:
        return []
    found = []
    low = folded(text)
    for p in resolved:
        lo, hi = max(0, p.mention.start - 80), p.mention.start
        # (its words of sameness looked for in the window first: most places have none before them)
        if (
            low is not None
            and low.find("sama", lo, hi) < 0
            and low.find("serupa", lo, hi) < 0
            and low.find("sejenis", lo, hi) < 0
        ):
            continue
        if _SAME_KIND.search(text, lo, hi):
            sent = sentence_at(sents, p.mention.start)
            if not re.search(r"\bangkatan\b", text[sent[0] : p.mention.start], _I):
                found.append(p)
    return found


def stops_told_one_a_sentence(text: str, sents, resolved: list[Place]) -> list[Place]:
    """The stops of a trip each told in a sentence that opens with it ("Di Kabupaten A, peserta
    mempelajari … Di Kabupaten B, peserta belajar …"): two or more regions, else none."""
    found = []
    for p in resolved:
        sent = sentence_at(sents, p.mention.start)
        if p.mention.start - sent[0] > 40 or not _STOP_OPENS.fullmatch(text, sent[0], p.mention.start):
            continue
        if _STOP_TOLD.match(text, p.mention.end):
            found.append(p)
    opened = {sentence_at(sents, p.mention.start) for p in found}
    for p in resolved if opened else ():
        sent = sentence_at(sents, p.mention.start)
        if (
            sent in opened
            and p not in found
            and _STOP_IN_CONTRAST.search(text, max(sent[0], p.mention.start - 30), p.mention.start)
            and _STOP_TOLD_LOOSE.match(text, p.mention.end)
        ):
            found.append(p)
    return found if len({p.region for p in found}) >= 2 else []


# "Rombongan lain dari lembaga yang sama pada waktu bersamaan mengunjungi B dan C": other parts of the same
# sender's group, at the same time, elsewhere
_SAME_SENDERS_OTHERS = re.compile(
    r"\b(?:rombongan|kelompok|tim)\s+lain(?:nya)?\b[^.\n]{0,60}?\b(?:yang\s+sama|bersamaan)\b[^.\n]{0,60}?"
    r"\b(?:" + verbs.GOING_TO + r")\s+",
    _I,
)


# a sentence that opens by setting another part of the travellers beside the visit just told, then sends it
# elsewhere: "Sementara itu, jajaran Bappeda Kabupaten A berkunjung ke C", "Pada saat yang sama, rombongan lainnya
# menuju D", "Adapun tim kedua mengunjungi E" (the same sender's other group, at the same time)
_AT_THE_SAME_TIME = re.compile(
    r"(?:sementara\s+itu|pada\s+(?:saat|waktu|hari)\s+yang\s+(?:sama|bersamaan)|di\s+(?:saat|hari|waktu)\s+yang\s+sama"
    r"|adapun|sedangkan)\s*,?\s+(?:para\s+)?(?:rombongan|kelompok|tim|delegasi|jajaran|anggota|sebagian|pejabat|staf)\b"
    r"(?P<group>[^.\n]{0,60}?)\b(?:" + verbs.GOING_TO + r")\s+",
    _I,
)
_ANOTHER_TIME = re.compile(
    r"\b(?:pernah|(?:tahun|bulan|pekan|minggu)\s+(?:lalu|depan|sebelumnya)|beberapa\s+waktu\s+lalu)\b", _I
)
_SAME_TIME_NEEDLES = ("sementara itu", "yang sama", "yang bersamaan", "adapun", "sedangkan")


# a verb of going whose object runs on to the place, a unit's seat: "visitasi ke Museum A dan Dinas Perpustakaan dan
# Arsip Kota B", "mengunjungi RSUD Kabupaten C" (no word of another role between: "dari", "di", "asal", "bersama")
_GONE_TO_UNIT = re.compile(
    r"\b(?:" + verbs.GOING_TO + r")\s+(?:(?!(?:dari|di|asal|bersama|oleh|untuk|guna)\b)[^\s.;:]+\s+){1,12}$", _I
)
# the trip's first stop, the trip as the subject: "Kunjungan kerja DPRD A diawali di Kota B", "Studi lapangan dimulai
# dengan kunjungan ke Kabupaten C" (the next stop told after it: "… kemudian dilanjutkan ke D")
_TRIP_BEGINS_AT = re.compile(
    r"\b(?:kunjungan|kunker|kegiatan|perjalanan|lawatan|stud[iy]\s+\w+|benchmarking|kaji\s+banding)\b[^.;\n]{0,80}?"
    r"\b(?:diawali|dimulai|bermula)\s+(?:dengan\s+(?:kunjungan\s+|berkunjung\s+|mengunjungi\s+))?(?:di|ke|dari)\s+"
    r"(?:[^\s.;:]+\s+){0,8}$",
    _I,
)
# a trip yet to be made: "untuk gantian berkunjung ke", "berencana ke", "akan berkunjung ke"
_PLANNED = re.compile(r"\b(?:akan|hendak|berencana|rencana(?:nya)?|gantian|balik|mengundang|diundang)\b", _I)


def other_stops(
    text: str, sents, resolved: list[Place], top: places.Region, home: places.Region | None
) -> list[places.Region]:
    """The regions other than the top host that the narration gives a word of going to or a host receiving the
    group in (a destination weight of 3 or more, over its weight as a home; or the seat of a unit a verb of going
    governs, "visitasi ke Museum A dan Dinas Perpustakaan Kota B"), outside the travellers' home and the top host's
    own province or towns, and outside a sentence about another trip."""
    found: list[places.Region] = []
    for p in resolved:
        r = p.region
        if (p.origin > 0 and p.origin >= p.dest) or r == top or r in found:
            continue
        if r.name == top.province or (top.kind == "province" and r.province == top.name):
            continue  # the top host's own province, or a town of the province visited: the same stop
        if home is not None and r.name in (home.name, home.province):
            continue
        sent = sentence_at(sents, p.mention.start)
        first = ("diawali" in text or "dimulai" in text or "bermula" in text) and _TRIP_BEGINS_AT.search(
            text, sent[0], p.mention.start
        )
        if p.dest < 3 and not first and not _GONE_TO_UNIT.search(text, sent[0], p.mention.start):
            continue
        if OTHER_TRIP.search(text, *sent) or _PLANNED.search(text, *sent):
            continue
        # (told of the travellers in its own clause: "rombongan … mendatangi", "Bupati B menerima rombongan", not
        # a list of towns gone to ("Kota yang didatangi antara lain A, B") nor a host's words; or of their trip)
        if not (first or TRAVELLING.search(text, sent[0], sent[1])) or p.mention.start - sent[0] > 250:
            continue
        found.append(r)
    return found


def same_senders_other_groups(text: str, sents, resolved: list[Place]) -> list[places.Region]:
    """The places other groups of the same sender went to at the same time, told after the article's own
    visit: each is a visit of its own beside it."""
    low = text.lower()
    others = "lain" in text
    at_same_time = any(w in low for w in _SAME_TIME_NEEDLES)
    if not others and not at_same_time:
        return []
    starts = [p.mention.start for p in resolved]
    found: list[places.Region] = []
    for m in finditer(_SAME_SENDERS_OTHERS, text) if others else ():
        sent = sentence_at(sents, m.start())
        here = [p for p in places_between(resolved, m.end(), sent[1], starts) if p.origin <= p.dest or p.dest == 0]
        found.extend(r for r in distinct_regions(here, text) if r not in found)
    for m in finditer(_AT_THE_SAME_TIME, text) if at_same_time else ():
        sent = sentence_at(sents, m.start())
        if text[sent[0] : m.start()].strip() or sent[0] == 0 or _ANOTHER_TIME.search(text, sent[0], sent[1]):
            continue  # (it opens its sentence, after the visit it is set beside; not another year's trip)
        # ... the group of the same sender: its region, if named, is one the sentence before names
        before = sentence_at(sents, sent[0] - 1)
        told = {p.region for p in places_between(resolved, before[0], before[1], starts)}
        if any(p.region not in told for p in places_between(resolved, m.start("group"), m.end("group"), starts)):
            continue
        here = [p for p in places_between(resolved, m.end(), sent[1], starts) if p.origin <= p.dest or p.dest == 0]
        found.extend(r for r in distinct_regions(here[:1], text) if r not in found)
    return found


def divided_lists(text: str, written: list[list[places.Region]]) -> list[places.Region]:
    """A group said to be divided ("Para peserta dipecah ke dalam beberapa kelompok") whose parts are
    told in lists of their own ("Studi tiru diarahkan ke A dan B … studi banding dilaksanakan ke C, D dan
    E"): each list names parts of the one divided group, so every place in them is a visit. The lists
    must not share a place (the same list told twice is one list)."""
    if len(written) < 2 or not DIVIDED.search(text):
        return []
    union: list[places.Region] = []
    for regions in written:
        if any(r in union for r in regions):
            return []
        union.extend(regions)
    return union


def finer_stops(regions: list[places.Region], candidates) -> list[places.Region]:
    """A trip told first by provinces and then by the places visited in them, in one list or in a
    list per group ("ke Jawa Timur dan Bali … ke Desa A Kabupaten Malang dan Desa B Kabupaten Buleleng";
    "ke Jawa Timur, Jawa Tengah, dan Jogjakarta … pansus A ke Malang dan Pasuruan … pansus B ke
    Jogjakarta dan Sragen"): the places inside, covering every province, are the stops."""
    if not all(r.kind == "province" for r in regions):
        return regions
    names = {r.name for r in regions}

    def province(r: places.Region) -> str:
        return r.name if r.kind == "province" else r.province

    finer: list[places.Region] = []
    for other, _ in candidates:
        if any(r.kind != "province" for r in other) and all(province(r) in names for r in other):
            finer.extend(r for r in other if r not in finer)
    # (a province stays a stop of its own only where no place inside it is named)
    finer = [
        r
        for r in finer
        if r.kind != "province" or not any(o.kind != "province" and o.province == r.name for o in finer)
    ]
    if len(finer) >= len(regions) and {province(r) for r in finer} == names:
        return finer
    return regions


# the first stop of an itinerary named as such ("tujuan pertamanya", "lokasi pertama yang didatangi",
# "persinggahan pertama rombongan"), and the words that go on to the next stops in the same sentence
_FIRST_STOP = re.compile(
    r"(?=[tldpTLDP])\b(?:tujuan|lokasi|destinasi|persinggahan|lokus)(?:\s+(?:kunjungan|rombongan|studi\s+\w+))?"
    r"\s+pertama(?:nya)?\b",
    _I,
)
_THEN_STOP = re.compile(r"\b(?:kemudian|lalu|selanjutnya|berikutnya|disusul|terakhir)\b", _I)


def ordered_stops(text: str, sents, resolved: list[Place], starts: list[int]) -> list[places.Region]:
    """The stops of one group's trip when reports tell them in order in one sentence: the first one
    named as the first ("Tujuan pertamanya A"), the others after a word of sequence ("kemudian B, dan
    yang terakhir C", "selanjutnya B", "lalu B"). Each is a stop of the same trip, one after another."""
    for cue in finditer(_FIRST_STOP, text):
        sent = sentence_at(sents, cue.start())
        here = [p for p in places_between(resolved, cue.end(), sent[1], starts) if p.dest >= p.origin]
        if len(here) < 2 or not _THEN_STOP.search(text, here[0].mention.end, here[-1].mention.start):
            continue
        # (a stop after the first is one a word of sequence leads to: "A, kemudian B")
        kept = [here[0]] + [
            b for a, b in zip(here, here[1:], strict=False) if _THEN_STOP.search(text, a.mention.end, b.mention.start)
        ]
        regions = distinct_regions(kept, text)
        if len(regions) >= 2:
            return regions
    return []
