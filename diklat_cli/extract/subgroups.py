"""Sub-groups: the named parts of one sending body, each sent somewhere of its own ("Komisi A ke X,
Komisi B ke Y", "Kelompok 1: Pemerintah Kota A", "Komisi D dan E … ke Bali").

One concern: which named sub-group went to which place (`subgroup_frames`, `subgroup_names`), where the
text names a sub-group again (`subgroup_marks`), and the sending body as a sub-group (`group_institution`).
"""

from __future__ import annotations

import re

from diklat_cli.extract import places, verbs
from diklat_cli.extract.numbers import cardinal_words, ordinal_words
from diklat_cli.extract.place_links import linked_places
from diklat_cli.extract.place_roles import Place
from diklat_cli.extract.scanning import folded, positions
from diklat_cli.extract.sentences import LIST_INTRO, sentence_at

_I = re.IGNORECASE


# a named sub-group of one body sent somewhere of its own: "Komisi A ke X, Komisi B ke Y",
# "Komisi D dan E … ke Bali" (one group of two komisi), "Kelompok 2 berkunjung ke …"; the
# designator is a letter, a roman or an arabic numeral ("komisi yang membidangi …", "kelompok tani",
# "Komisi DPRD" name no sub-group)
# ... or its order: "kelompok pertama", "tim kedua"
# (a label in any writing of a number: "Kelompok II", "Kelompok B", "Kelompok 2", "kelompok kedua", "kelompok dua")
_SUBGROUP_LABEL = r"(?-i:[IVX]{1,4}|[A-Z]|\d{1,2})|" + ordinal_words(1, 8) + "|satu|" + cardinal_words(2, 8)
# ("rombongan pertama ke A dan rombongan kedua ke B", "Rombongan pertama, yang menuju Jerman": a party split in
# two told by its order, kf-13 radarbanyuwangi, ks-10 kontan, kv-08 kabarbanyuwangi; only by an ordinal or a
# roman numeral, "rombongan dua DPRD" counts parties of two bodies)
_SUBGROUP = re.compile(
    # (a wave of a trip made in turns likewise: "Gelombang pertama ke A pada 8-10 Juli, gelombang kedua ke B")
    r"(?=[kKtTpPrRgG])\b(?:(?:komisi|kelompok|tim|pansus)\s+|(?:rombongan|gelombang)\s+(?=(?-i:[IVX]{1,4})\b|"
    + ordinal_words(1, 8)
    + r"))(?P<labels>(?:"
    + _SUBGROUP_LABEL
    + r")"
    r"(?:\s*(?:,\s*(?:dan|serta|&)|,|dan|serta|&)\s*(?:" + _SUBGROUP_LABEL + r"))*)(?![\w-])",
    _I,
)
# "Kelompok 1: Pemerintah Kota A": a group and its place on a line of their own; lists of groups put the group's
# size or leader in brackets before the colon and write a dash for it as often ("Kelompok I (20 orang): Kota A",
# "Tim 2 – Kabupaten B")
_LABEL_LINE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?::|[ \t][-–—])[ \t]*")
_LABEL_SPLIT = re.compile(r"\s*(?:,|dan|serta|&)\s*", _I)
# a cohort's field stage by any of its names ("kuliah kerja", "observasi lapangan", "KKL", "PKL"…)
FIELD_STAGE = r"kuliah\s+kerja|observasi|orientasi|visitasi|stula|(?-i:KK[LN]|KKDN|PKL)"
_SUBGROUP_GAP = re.compile(r"\b(?:dari|asal)\b|[.;:\n]", _I)
# between the sub-group and its place, a word of going there ("Komisi A DPRD X" is X's own komisi)
# ... or of studying at it ("Komisi I melakukan kaji banding di Pemkot X"), or of posing there with its hosts
# (a caption's "Komisi III … berfoto bersama pejabat Pemkot Y saat melakukan kaji banding")
_SUBGROUP_GOES = re.compile(
    r"\b(?:" + verbs.GOING_TO + r"|menjadikan|memilih|bertandang|tujuan(?:nya)?"
    r"|(?:stud[iy]\s+\w+|kaji\s+banding|benchmarking|kunjungan\s+kerja|kunker"
    # (the trip's activity by any of its names, as _GOVERNS_STOPS reads it: "Kelompok pertama menjalani kuliah
    # kerja di A", "Tim II melaksanakan observasi lapangan di B")
    r"|(?:" + FIELD_STAGE + r")(?:\s+(?!di\b)\w+)?)\s+di"
    r"|(?:ber)?foto\s+(?:bersama|bareng)"
    # ... or of learning at it: "Kelompok I belajar di A", "Tim 2 menimba ilmu ke B"
    r"|(?:belajar|menimba\s+ilmu|berguru)\s+(?:di|ke)"
    # ... or of being there while the others are elsewhere: "Komisi II berada di A, sedangkan Komisi III di B"
    r"|berada\s+di)\b",
    _I,
)
# the council of the one who leads the group, written in its clause before where it went: "Komisi IV … di bawah
# pimpinan Wakil Ketua DPRD A … mendatangi B" (A is the group's home, B where it went)
_LED_BY = re.compile(
    r"\b(?:dipimpin|pimpinan|diketuai)\s+(?:langsung\s+)?(?:oleh\s+)?(?:wakil\s+)?ketua\s+(?:DPRD|DPRK|DPRP)\s+$", _I
)
# the next sub-group's clause with its verb left out, only the place word before its place: "Kelompok pertama
# menjalani kuliah kerja di A, sedangkan kelompok kedua di B" (the verb of the clause before it stands for it)
_SUBGROUP_ELIDED = re.compile(r"\s*,?\s+(?:di|ke)\s+$", _I)
# a sub-group told after it came home, where it went after "dari": "Komisi A pulang kunker dari X", "Tim 1 kembali dari
# studi banding di Y" (verbs.BACK_FROM_TRIP); once a group is told so, the next may leave out the trip's name or the
# whole verb: "Sementara Komisi B baru kembali dari Z", "Adapun Komisi C dari W" (the clause before stands for it)
_SUBGROUP_BACK = re.compile(
    r"\b(?:" + verbs.BACK_FROM_TRIP + r"|(?:(?:se)?pulang|kembali|balik|tiba)\s+dari\s+(?:" + verbs.TRIP_NAMES + r")"
    r"(?:\s+\w+)?\s+(?:di|ke))\s+$",
    _I,
)
_SUBGROUP_BACK_ELIDED = re.compile(r"\s*,?\s*(?:(?:\w+\s+){0,2}?(?:(?:se)?pulang|kembali|balik|tiba)\s+)?dari\s+", _I)
# the sub-group's own council written after its label ("Komisi III DPRD Kabupaten Malaka"): where it comes from
_OWN_COUNCIL = re.compile(r"\s+(?:DPRD|DPRK|DPRP)\s+", _I)
# a sentence that goes on about the group just named: "Rombongan komisi ini …", "Mereka …", "Komisi tersebut …"
_THAT_SUBGROUP = re.compile(
    r"\s*(?:(?:rombongan|komisi|kelompok|tim|pansus)(?:\s+(?:komisi|kelompok|tim|pansus))?\s+(?:ini|itu|tersebut)"
    r"|mereka|rombongannya)\b",
    _I,
)


# a trip only proposed, wished or weighed, in the group's clause before its place ("Ketua Komisi II menyarankan agar
# Komisi III studi banding ke A"), or supposed after the group's name ("Komisi III khawatir apabila kunker ke B"; "jika
# Komisi A ke C, Komisi B ke D" sets the groups side by side, so only a word after the name supposes): no trip of the
# group (as clause_visits reads it)
_SUPPOSED = re.compile(r"\b(?:" + verbs.SUPPOSING + r")\b", _I)


# places counted inside a province, then named: "ke dua kota di Kalimantan Timur, yaitu A dan B", "ke tiga kabupaten di
# Provinsi X, yakni …" (kj-14 metrokalimantan, mk-09 antarasulsel, ke-02 floresa); the preposition said again before
# the places ("ke Bali, yakni ke A dan B", "di Jawa Barat, yaitu di Desa C": kd-15 kompas, kj-10 boganinews)
_NAMED_INSIDE = re.compile(
    r"\s*(?:\([^()\n]{1,15}\)\s*)?,?\s*(?:" + LIST_INTRO + r"|masing-masing)\s*:?\s*(?:(?:ke|di)\s+)?", _I
)
_INNER_STOP = re.compile(r"\b(?:didatangi|dikunjungi|ke|" + verbs.VISITING + r"|singgah|meninjau)\b", _I)
_SUBGROUP_WORDS = ("komisi", "kelompok", "tim ", "pansus", "rombongan ", "gelombang ")


def subgroup_frames(text: str, sents, resolved: list[Place], low: str) -> list[places.Region]:
    """Named sub-groups of one body (its komisi, kelompok, tim), each with the first place it is
    said to go to in its clause: one destination per sub-group clause. Sub-groups named together
    ("Komisi 1 dan 3 ke Bali") travel as one group; sub-groups told in clauses of their own go
    separately, even to the same place. Only where the sub-groups went to at least two places."""
    return _subgroup_places(text, sents, resolved, low)[0]


# the groups not named: "komisi lainnya", "komisi yang lain", "kelompok lain"
_OTHER_SUBGROUPS = re.compile(
    r"(?=[kKtTpP])\b(?:komisi|kelompok|tim|pansus)(?:-(?:komisi|kelompok|tim|pansus))?\s+(?:yang\s+)?lain(?:nya)?\b", _I
)


def subgroup_marks(text: str, sents, resolved: list[Place], low: str) -> list[Place]:
    """Every mention of a sub-group of `subgroup_frames` by its name ("Komisi C baru berangkat
    Selasa"), standing for the place it went to; "komisi lainnya" stands for every place (a stop
    keeps the first day given to it, so the others take what is left)."""
    regions, labels, _ = _subgroup_places(text, sents, resolved, low)
    if not regions:
        return []
    marks: list[Place] = []
    for pos in positions(low, _SUBGROUP_WORDS):
        if (m := _SUBGROUP.match(text, pos)) is not None:
            named = [labels[lab.upper()] for lab in _LABEL_SPLIT.split(m.group("labels")) if lab.upper() in labels]
            for region in dict.fromkeys(named):
                mention = places.PlaceMention(m.start(), m.end(), m.group(0), (region,), None, False, False)
                marks.append(Place(mention, region))
        elif (m := _OTHER_SUBGROUPS.match(text, pos)) is not None:
            for region in dict.fromkeys(regions):
                mention = places.PlaceMention(m.start(), m.end(), m.group(0), (region,), None, False, False)
                marks.append(Place(mention, region, dest=-1.0))  # (-1: the others, after the named)
    return sorted(marks, key=lambda p: p.mention.start)


def subgroup_names(text: str, sents, resolved: list[Place]) -> list[tuple[places.Region, tuple[str, int, int]]]:
    """The regions of `subgroup_frames`, each with the name of the sub-group that went there as
    written ("Komisi II") and the span of its own clause: a place two sub-groups went to apart is a
    visit of each, on the days its clause gives."""
    regions, _, names = _subgroup_places(text, sents, resolved, folded(text) or text.lower())
    return list(zip(regions, names, strict=True))


def group_institution(group: str, institution: str | None) -> str | None:
    """The sending body as the sub-group of one record, where the text names the sender by a sub-group
    of its council ("Komisi V DPRD X" of "Komisi II" is "Komisi II DPRD X"). A sender named as the
    council itself ("DPRD X") stays so: its groups' records at one place are then one visit."""
    if institution and (m := _SUBGROUP.match(institution)) is not None:
        return group + institution[m.end() :]
    return institution


def _subgroup_places(
    text: str, sents, resolved: list[Place], low: str
) -> tuple[list[places.Region], dict[str, places.Region], list[tuple[str, int, int]]]:
    """The regions of `subgroup_frames`, the place each sub-group's label went to, and the name
    of the sub-group of each region."""
    # the pattern is tried only where its first word stands (cheaper than a search of the text)
    matches = [m for pos in positions(low, _SUBGROUP_WORDS) if (m := _SUBGROUP.match(text, pos))]
    if len(matches) < 2:
        return [], {}, []
    seen: set[str] = set()
    out: list[places.Region] = []
    names: list[tuple[str, int, int]] = []
    went: dict[str, places.Region] = {}
    back = False
    # sub-groups first sent together, then each told going somewhere of its own ("Komisi A, B dan C ke Bali …
    # Komisi A mendatangi X, Komisi B bertandang ke Y"; "Komisi C dan D ke Kota A. … Komisi D baru bertolak ke
    # Kota A Selasa"): a group told apart is a visit of its own; the joint entry goes when all its groups are
    joint: dict[str, range] = {}  # a label named with others -> its joint entries' indices in `out`
    apart_told: set[str] = set()
    for i, m in enumerate(matches):
        labels = [lab.upper() for lab in _LABEL_SPLIT.split(m.group("labels")) if lab]
        apart = len(labels) == 1 and labels[0] in joint and labels[0] not in apart_told
        if any(lab in seen for lab in labels) and not apart:
            continue
        sent = sentence_at(sents, m.start())
        next_group = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        limit = min(sent[1], next_group, m.end() + 160)
        first = next((p for p in resolved if m.end() <= p.mention.start < limit), None)
        place, told_from = first, m.end()
        if place is not None and _OWN_COUNCIL.fullmatch(text, m.end(), place.mention.start):
            told_from = place.mention.end
            place = next((p for p in resolved if told_from <= p.mention.start < limit), None)
        if place is not None and (
            _SUBGROUP_BACK.search(text, told_from, place.mention.start)
            or (back and _SUBGROUP_BACK_ELIDED.fullmatch(text, told_from, place.mention.start))
        ):
            # (the group told after it came home: where it came home from is where it went)
            back = True
            seen.update(labels)
            _note_joint(labels, range(len(out), len(out) + 1), joint, apart_told, apart)
            out.append(place.region)
            names.append((m.group(0), m.start(), limit))
            went.update((lab, place.region) for lab in labels)
            continue
        place, told_from = first, m.end()  # (past the group's own council only for a group told after it came home)
        # (the group set at its place by a bare preposition after the groups before it, "Kelompok II di Kabupaten B
        # mempelajari …", "Tim 3 ke Kota C": the group assigned to it, the verb told of the groups around it)
        assigned = bool(seen) and place is not None and _SUBGROUP_ELIDED.fullmatch(text, m.end(), place.mention.start)
        if (
            place is not None
            and not assigned
            and (
                _OWN_COUNCIL.fullmatch(text, m.end(), place.mention.start)
                # (the group's own home, named with its members before any word of going: "Kelompok pertama peserta PKA
                # Kabupaten A melakukan studi lapangan ke B")
                or (place.origin > place.dest and not _SUBGROUP_GOES.search(text, m.end(), place.mention.start))
            )
        ):
            # (its own council's region: where it went is the next place)
            told_from = place.mention.end
            place = next((p for p in resolved if told_from <= p.mention.start < limit), None)
        if place is not None and _LED_BY.search(text, max(told_from, place.mention.start - 80), place.mention.start):
            # (its leader's council: where it went is the next place)
            told_from = place.mention.end
            place = next((p for p in resolved if told_from <= p.mention.start < limit), None)
        if place is not None and (
            assigned or ((line := _LABEL_LINE.match(text, m.end())) and line.end() == place.mention.start)
        ):
            told_from = -1  # the place given to the group, no verb needed
        if place is None and sent[1] < min(len(text), next_group):
            # the group named in one sentence, where it went in the next ("Komisi A dipimpin X. Rombongan
            # komisi ini mengunjungi …"), which opens by going on about that group
            nxt = sentence_at(sents, sent[1])
            if _THAT_SUBGROUP.match(text, nxt[0]) and nxt[1] <= next_group:
                told_from = nxt[0]
                place = next((p for p in resolved if nxt[0] <= p.mention.start < min(nxt[1], nxt[0] + 160)), None)
        if place is not None and seen and _SUBGROUP_ELIDED.match(text, told_from, place.mention.start):
            told_from = -1  # (an earlier group's clause gave the verb this one leaves out)
        if place is None or (
            told_from >= 0
            and (
                _SUBGROUP_GAP.search(text, told_from, place.mention.start)
                or not _SUBGROUP_GOES.search(text, told_from, place.mention.start)
                or place.origin > place.dest
            )
        ):
            continue
        clause_from = max(sent[0], matches[i - 1].end() if i else sent[0])
        if verbs.PROPOSED_TRIP.search(text, clause_from, place.mention.start) or _SUPPOSED.search(
            text, m.end(), place.mention.start
        ):
            continue
        if apart and place.region in (_home(resolved), out[joint[labels[0]].start]):
            # (a group told apart goes elsewhere than home, "Komisi D, tujuannya …, kata … DPRD A", and told going
            # where its party went, "Komisi D baru bertolak ke A Selasa", it is still one of that party)
            continue
        seen.update(labels)
        start = len(out)
        region = place.region
        named = _NAMED_INSIDE.match(text, place.mention.end, limit) if region.kind == "province" else None
        if named is not None and (
            first := next(
                (p for p in resolved if p.mention.start == named.end() and p.region.province == region.name), None
            )
        ):
            # "Komisi D ke dua kota di Kalimantan Timur, yaitu Balikpapan dan Samarinda": the province is the address
            # of the places counted in it, and those named after it are the group's stops
            place, region = first, first.region
        elif region.kind == "province":
            # "Komisi II … ke Provinsi Bali. Salah satu daerah yang didatangi adalah Kabupaten Gianyar":
            # the regency of that province the group's own account goes on to name
            upto = matches[i + 1].start() if i + 1 < len(matches) else min(len(text), place.mention.end + 300)
            inner = next(
                (
                    p
                    for p in resolved
                    if place.mention.end <= p.mention.start < upto
                    and p.region.province == region.name
                    and p.region.kind != "province"
                    and p.dest >= p.origin
                    and _INNER_STOP.search(text, place.mention.end, p.mention.start)
                ),
                None,
            )
            region = inner.region if inner is not None else region
        out.append(region)  # komisi named together in one clause travel as one group
        names.append((m.group(0), m.start(), limit))
        went.update((lab, region) for lab in labels)
        # a sub-group's own list of stops ("Komisi II menuju Kabupaten A dan B, adapun Komisi IV ke C dan
        # D"): each place of the list is a stop of that group, a record of its own
        # (another sub-group's place is a visit of this one too: groups told apart go apart)
        own = [region]
        for r in _listed_after(text, resolved, place, limit):
            if r not in own:
                own.append(r)
                out.append(r)
                names.append((m.group(0), m.start(), limit))
        _note_joint(labels, range(start, len(out)), joint, apart_told, apart)
    if apart_told:
        # (a joint entry whose every group was told apart: each group's own visits stand for it)
        gone = {k for at in joint.values() if all(o in apart_told for o, r in joint.items() if r == at) for k in at}
        out = [r for k, r in enumerate(out) if k not in gone]
        names = [n for k, n in enumerate(names) if k not in gone]
    # sub-groups that all went to one place are parts of one visit there (topics of one cohort)
    return (out, went, names) if len(seen) >= 2 and len(set(out)) >= 2 else ([], {}, [])


def _home(resolved: list[Place]) -> places.Region | None:
    """The region read most as where the travellers come from."""
    score: dict[places.Region, float] = {}
    for p in resolved:
        score[p.region] = score.get(p.region, 0.0) + p.origin
    best = max(score.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best is not None and best[1] > 0 else None


def _note_joint(labels: list[str], at: range, joint: dict[str, range], apart_told: set[str], apart: bool) -> None:
    """Keep where sub-groups named together were sent (their joint entries at `at`), or that a group of them
    was told apart."""
    if apart:
        apart_told.update(labels)
    elif len(labels) > 1 and len(at) == 1:
        # (sub-groups named together with a list of places, "Komisi C dan D ke A dan B", are paired with the
        # list's places; told apart later, "Komisi C ke A", they repeat that pairing, no new trip)
        joint.update((lab, at) for lab in labels)


def _listed_after(text: str, resolved: list[Place], first: Place, limit: int) -> list[places.Region]:
    """The places written as one list with `first`, after it and before `limit`. A province is a member
    as a town is ("ke Kota A dan Aceh"), unless it is the address of the member before it ("Kota A,
    Jawa Timur"); a member's own short form in brackets ("Provinsi Nusa Tenggara Barat (NTB) dan B")
    is the same member, not the end of the list."""
    out: list[places.Region] = []
    prev = first
    for p in resolved[resolved.index(first) + 1 :]:
        if p.region == prev.region and text[prev.mention.end : p.mention.start].strip() == "(":
            continue
        if p.mention.start >= limit or not linked_places(text, prev, p):
            break
        address = p.region.kind == "province" and p.region.name == prev.region.province
        if not address and p.region != first.region and p.region not in out and p.dest >= p.origin:
            out.append(p.region)
        prev = p
    return out
