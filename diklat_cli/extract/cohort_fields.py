"""Each cohort's own fields where an article tells several: its activity, the clause that
sends it somewhere, its participants and its host agencies.
"""

from __future__ import annotations

import re

from diklat_cli.extract import verbs
from diklat_cli.extract.place_roles import Place, places_between
from diklat_cli.extract.senders import PROGRAM_LINK, Key, cohort_list_within, one_cohort_list
from diklat_cli.extract.sentences import sentence_at

_I = re.IGNORECASE


# SCHEMA: when one trip is called by several names, the most specific wins; a named programme component
# is the most specific name, at home (KSDN) or abroad (SSLN, Studi Strategis Luar Negeri: `other`, as
# docs/schema.md states, since the six values have none for it)
_ACTIVITY_RANK = {
    "ksdn": 0,
    "other": 0,
    "benchmarking": 1,
    "studi banding": 2,
    "studi lapangan": 3,
    "kunjungan kerja": 4,
}


def first_activity(activities):
    """The most specific activity named (a programme component such as KSDN, then
    benchmarking, studi banding, studi lapangan); "kunjungan kerja" is the generic word
    for any official trip. Among equals, the first named."""
    return min(activities, key=lambda a: _ACTIVITY_RANK.get(a.activity, 5))


# the trip set apart from a kind of trip: "itu program Sister City, lain lagi dengan kunker", "bukan kunker",
# "berbeda dengan studi banding" (and the same name repeated in brackets after it: "kunker (kunjungan kerja)")
_NOT_THIS = re.compile(
    r"\b(?:bukan|lain(?:\s+lagi)?\s+dengan|berbeda\s+(?:dengan|dari)|beda\s+(?:lagi\s+)?(?:dengan|sama))\s+$", _I
)


def _not_named_so(text: str, activities) -> list:
    """The activity mentions left when those that say what the trip is not are set aside."""
    kept, denied_end = [], -1
    for a in activities:
        if _NOT_THIS.search(text, max(0, a.start - 25), a.start) or (
            denied_end >= 0 and re.fullmatch(r"\s*\(\s*", text[denied_end : a.start])
        ):
            denied_end = a.end
            continue
        kept.append(a)
    return kept


def activity_for(text, sents, key: Key, keys: list[Key], activities) -> tuple[str, tuple[int, int] | None]:
    # a trip named only by what it is not has none of those names (SCHEMA `other`: a visit of another name)
    activities = _not_named_so(text, activities)
    if not activities:
        return "other", None
    programs_differ = len({k.program for k in keys}) > 1
    if not programs_differ:
        a = first_activity(activities)
        return a.activity, (a.start, a.end)
    # with cohorts of different programmes, the activity is the one named beside each
    key_sents = {sentence_at(sents, s) for s, _ in key.spans}
    mine = [a for a in activities if sentence_at(sents, a.start) in key_sents]
    if mine:
        a = first_activity(mine)
        return a.activity, (a.start, a.end)
    # programmes named together in one list ("peserta Sesparlu dan PKN Tingkat II") go on one trip:
    # the activity named beside the one it is listed with
    for other in keys:
        if other is key or not any(
            PROGRAM_LINK.fullmatch(text, *((b[1], a[0]) if b[1] <= a[0] else (a[1], b[0])))
            for a in key.spans
            for b in other.spans
        ):
            continue
        other_sents = {sentence_at(sents, s) for s, _ in other.spans}
        theirs = [a for a in activities if sentence_at(sents, a.start) in other_sents]
        if theirs:
            a = first_activity(theirs)
            return a.activity, (a.start, a.end)
    # no programme has an activity named beside it: the one trip the article names is all of theirs ("… akan
    # menjalani studi lapangan di sejumlah OPD … Peserta terdiri dari PKA … dan PKP …", kb-07 serasijateng)
    if not any(
        sentence_at(sents, a.start) in {sentence_at(sents, s) for k in keys for s, _ in k.spans} for a in activities
    ):
        a = first_activity(activities)
        return a.activity, (a.start, a.end)
    return "other", None


# a place the clause of a cohort sends it to: "Angkatan V ke Pemkot Y", "… kegiatan serupa di Kabupaten Badung"
_GOES_TO = re.compile(r"\b(?:di|" + verbs.GOING_TO + r"|bertandang\s+ke)\s+(?:\w+\s+)?$", _I)
_FROM = re.compile(r"\b(?:dari|asal)\b", _I)
# cohorts named in one list ("Angkatan III dan IV", "angkatan I, II dan III"): a place after the list is all of
# theirs, none of them has an own clause there (its own clause is where it is named alone)
_LISTED_WITH = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+|&\s*)(?:angkatan\s+(?:ke-?\s*)?)?$", _I)


def key_clauses(text, sents, keys: list[Key], resolved: list[Place], cohorts) -> dict[int, tuple]:
    """With several cohorts, the place each one's own clause sends it to and that clause's stretch of
    text, when they go to different places ("Angkatan IV ke Pemkab X, sedangkan Angkatan V ke Pemkot
    Y"); a cohort whose clauses name no place keeps the article's destination."""
    if len(keys) < 2 or any(k.cohort is None for k in keys):
        return {}
    marks = sorted(((c.start, c.end, k) for k in keys for c in cohorts if c.value == k.cohort), key=lambda m: m[0])
    own: dict[int, tuple] = {}
    starts = [p.mention.start for p in resolved]
    for i, (start, end, key) in enumerate(marks):
        if id(key) in own:
            continue
        if _LISTED_WITH.match(text, marks[i - 1][1], start) if i else False:
            continue  # "Angkatan III dan IV … ke A dan B": cohorts listed together share the clause
        sent = sentence_at(sents, start)
        limit = min(sent[1], marks[i + 1][0] if i + 1 < len(marks) else sent[1], end + 300)
        for place in places_between(resolved, end, limit, starts):
            if place.origin > place.dest:
                continue
            if (key.origin is not None and place.region == key.origin.region) or _FROM.search(
                text, end, place.mention.start
            ):
                continue  # "lurah dari berbagai kota di Provinsi X": where the group comes from
            if _GOES_TO.search(text, max(end, place.mention.start - 30), place.mention.start):
                own[id(key)] = place.region, (start, limit)
                break
    return own if len({r for r, _ in own.values()}) == len(own) and own else {}


def _anchors(key: Key, cohorts) -> list[tuple[int, int]]:
    """Where a cohort is named: its programme mentions and every "angkatan N" with its number."""
    return key.spans + [(c.start, c.end) for c in cohorts if key.cohort is not None and c.value == key.cohort]


def _distance(text: str, anchor: tuple[int, int], start: int, end: int) -> int:
    """Characters between a number and a cohort mention; a clause break in between costs more."""
    between = text[anchor[1] : start] if anchor[1] <= start else text[end : anchor[0]]
    penalty = 50 if re.search(r"[,;]|\b(?:dan|serta|sedangkan|sementara|bersama|beserta)\b", between, _I) else 0
    return len(between) + penalty


def _count_of_together(text: str, m, sent, mine: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    """ "30 peserta diklat dari Sesparlu dan PKN Tingkat II": a count written before programmes joined
    in one list is all of theirs together, no one programme's (a count is never split or copied)."""
    for a in mine:
        for b in others:
            first, second = (a, b) if a[0] < b[0] else (b, a)
            after = m.end <= first[0] and second[0] < sent[1]
            if after and PROGRAM_LINK.fullmatch(text, first[1], second[0]):
                return True
            # "berjumlah 80 orang, yakni peserta PKA … serta peserta PKP …": the count broken down into the
            # programmes it is made of, each named after the breakdown word, is theirs together
            if after and _BREAKDOWN_WORD.match(text, m.end, first[0]):
                return True
    return False


_BREAKDOWN_WORD = re.compile(r"\s*(?:orang|peserta)?\s*,?\s*(?:yakni|yaitu|terdiri\s+(?:dari|atas)|meliputi)\b", _I)


# one count said of every cohort: "Masing-masing angkatan terdiri atas 40 orang", "setiap angkatan 30 peserta"
_EACH_COHORT = re.compile(r"\b(?:masing-masing|setiap|tiap)\s+(?:angkatan|kelas)\b[^.\n]{0,40}$", _I)
# a count right after the group it counts: "sedangkan rombongan PKP 40 orang"
_NAMED_JUST_BEFORE = 30


def participants_for(text, sents, key: Key, keys: list[Key], mentions, cohorts):
    anchors = [a for k in keys for a in _anchors(k, cohorts)] if len(keys) > 1 else []
    usable = []
    for m in mentions:
        sent = sentence_at(sents, m.start)
        if (
            not m.strong
            and not re.search(r"\bpeserta\b", text[sent[0] : m.start], _I)
            # with several groups, the weak "40 orang" written just after one group's name is its count
            and not any(sent[0] <= a[1] <= m.start < a[1] + _NAMED_JUST_BEFORE for a in anchors)
            and not (anchors and _EACH_COHORT.search(text, sent[0], m.start))
        ):
            continue
        usable.append((m, sent))
    if not usable:
        return None
    if len(keys) == 1:
        return usable[0][0]
    if len({k.program for k in keys}) == 1:
        for m, sent in usable:
            if _EACH_COHORT.search(text, sent[0], m.start):
                return m  # the same count for each cohort, written once
    others = [a for k in keys if k is not key for a in _anchors(k, cohorts)]
    listed = one_cohort_list(text, key, keys)
    for m, sent in usable:
        if _count_of_together(text, m, sent, key.spans, others):
            continue
        # SCHEMA: "160 peserta PKP Angkatan XIX, XX dan XXI", "PKA Angkatan V dan VI yang berjumlah 80 orang": a
        # count written once outside a list of one programme's cohorts is theirs together, its split untold
        if listed is not None and sent[0] <= listed[0] < sent[1] and not listed[0] <= m.start < listed[1]:
            continue
        # (... wherever the list is written, a headline's "Terima 80 Peserta PKP Angkatan 3 dan 4" too: the key's
        # span is one place it is named, the list may be written again in the count's sentence)
        here = cohort_list_within(text, sent[0], sent[1], key, keys, cohorts)
        if here is not None and not here[0] <= m.start < here[1]:
            continue
        mine = [_distance(text, a, m.start, m.end) for a in _anchors(key, cohorts) if sent[0] <= a[0] < sent[1]]
        theirs = [_distance(text, a, m.start, m.end) for a in others if sent[0] <= a[0] < sent[1]]
        if mine and (not theirs or min(mine) < min(theirs)):
            return m
    return None


def agencies_for(key: Key, keys: list[Key], found, cohorts) -> list:
    """With several cohorts, a unit goes to the cohort named just before it in its sentence
    ("peserta Angkatan V … Dinas X, sementara Angkatan VI … Dinas Y"); a unit named with
    no cohort goes to all."""
    if len(keys) == 1:
        return found
    programs_differ = len({k.program for k in keys}) > 1

    def where_named(k: Key) -> list[tuple[int, int]]:
        spans = [(c.start, c.end) for c in cohorts if k.cohort is not None and c.value == k.cohort]
        return spans + k.spans if programs_differ else spans

    mine = []
    for name, span, sentence in found:
        anchors = [(s, k) for k in keys for s, _ in where_named(k) if sentence[0] <= s < sentence[1]]
        before = [(s, k) for s, k in anchors if s <= span[0]]
        if before:
            nearest = max(s for s, _ in before)
            named = [k for s, k in before if s == nearest]
        else:
            named = [k for _, k in anchors]
        if not named or key in named:
            mine.append((name, span, sentence))
    return mine
