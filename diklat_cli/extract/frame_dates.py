"""Frame dates: the days of each cohort and of each group -> destination frame, where an article
gives them apart ("Kelompok I pada Senin ke A, Kelompok II pada Selasa ke B", "keesokan harinya ke C").

One concern: dates per cohort (`cohort_dates`, `dates_by_own_sentence`) and per frame
(`dates_per_frame`); the dates themselves are read by `when` and `dates`.
"""

from __future__ import annotations

import datetime as dt
import re

from diklat_cli.extract import places, verbs
from diklat_cli.extract.place_roles import Place
from diklat_cli.extract.scanning import folded
from diklat_cli.extract.senders import Key
from diklat_cli.extract.sentences import sentence_at
from diklat_cli.extract.subgroups import subgroup_marks
from diklat_cli.extract.when import closes_sentence, fronted_end, numbered_days, opener_start, stop_dates, visit_dates

_I = re.IGNORECASE


def cohort_dates(text: str, sents, keys: list[Key], own_clause, line, published, article_dates) -> dict[int, tuple]:
    """Each cohort's own days (by id of its key), or none."""
    start, end, date_spans, date_conf = article_dates
    key_dates: dict[int, tuple] = {}
    if own_clause:
        skip = (line.published[1], line.published[2]) if line.published else None
        pub = published or (line.published[0] if line.published else None)
        for k in keys:
            if id(k) in own_clause:
                found_here = visit_dates(text, sents, pub, skip, within=own_clause[id(k)][1])
                if found_here[0] is not None and not closes_sentence(text, sents, found_here[2][0]):
                    key_dates[id(k)] = found_here
        if len(key_dates) < 2:
            key_dates = {}  # one clause's date, the others having none: said of them all
        if key_dates:
            article_date_owned = date_spans and any(lo <= date_spans[0][0] < hi for _, (lo, hi) in own_clause.values())
            for k in keys:
                if id(k) not in key_dates and not article_date_owned:
                    key_dates[id(k)] = (start, end, date_spans, date_conf)
    return key_dates


def dates_by_own_sentence(text: str, sents, keys: list[Key], line, published) -> dict[int, tuple]:
    """Groups received one after another, each told in a sentence of its own with its day ("… menerima
    peserta PKA … pada Senin (2/9/2024). Sehari kemudian, giliran peserta PKP … Selasa (3/9/2024)"): each
    group's days are those of the one sentence of the story that names it; else none (one day for all)."""
    skip = (line.published[1], line.published[2]) if line.published else None
    pub = published or (line.published[0] if line.published else None)
    below = opener_start(line)
    own: dict[int, tuple] = {}
    for k in keys:
        anchors = [a for a, _ in k.spans + ([k.cohort_span] if k.cohort_span else []) if a >= below]
        told = {sentence_at(sents, a) for a in anchors}
        if len(told) != 1:
            return {}
        days = visit_dates(text, sents, pub, skip, within=told.pop())
        if days[0] is None:
            return {}
        own[id(k)] = days
    if len({v[:2] for v in own.values()}) < len(own):
        return {}  # two groups on one day: the article's day is theirs
    return own


# the part of a divided group a clause is about: "kata X, ketua rombongan yang mengunjungi LPMP A dari tanggal …"
_PART_THAT_WENT = re.compile(
    r"\b(?:rombongan|kelompok|tim)\s+(?:\w+\s+)?yang\s+(?:" + verbs.GOING_TO + r"|berkunjung\s+ke)"
    r"\s+[^.;\n]{1,60}$",
    _I,
)


def _one_parts_days(text: str, resolved: list[Place], frames, article_dates) -> dict:
    """Parts of a group that went at once, the article's days written in a clause about one part alone
    ("kata X, ketua rombongan yang mengunjungi A dari tanggal 6 sampai 9 Desember"): those days are that
    part's, and the others' days are not told. Else no part has days of its own ({})."""
    start, end, spans = article_dates
    if start is None or not spans:
        return {}
    at = spans[0][0]
    clause = _PART_THAT_WENT.search(text, max(0, at - 100), at)
    if clause is None:
        return {}
    named = {p.region for p in resolved if clause.start() <= p.mention.start < at and p.region in frames}
    if len(named) != 1:
        return {}
    mine = named.pop()
    return {r: ((start, end, spans, 0.7) if r == mine else (None, None, [], 0.0)) for r in frames}


def dates_per_frame(
    text: str, sents, resolved: list[Place], dest_frames, origin_frames, together, article_dates, line, published
):
    """The stop the article's date is written beside (else None), and each stop's or each sender's
    own days, where the text gives them. `article_dates`: the article's first and last day and where
    they are written."""
    start, end, date_spans = article_dates
    date_frame = None
    frame_dates: dict[places.Region, tuple] = {}
    if len(dest_frames) > 1 and not together and date_spans:
        frame_dates = stop_dates(text, sents, resolved, dest_frames, line, published)
        if start is not None and end is not None and end > start:
            # "3-4 Juni … Hari pertama, … Kota A. Hari kedua, … Kabupaten B": days counted from the first,
            # for a stop given no day of its own but the whole trip's
            # (a stop given no day of its own keeps the trip's span: which of its days is not said)
            numbered = numbered_days(text, sents, resolved, dest_frames, start, end)
            for region, days in numbered.items():
                if region not in frame_dates or frame_dates[region][:2] == (start, end):
                    frame_dates[region] = days
        _next_days(text, resolved, dest_frames, frame_dates)
        sent = sentence_at(sents, date_spans[0][0])
        # (the stops of a fronted "sesudah …," clause came before the day: not where it is written)
        opens = fronted_end(text, sent, date_spans[0][0])
        named = {
            p.region
            for p in resolved
            if opens <= p.mention.start < sent[1]
            and p.region in dest_frames
            and not (line.dateline and line.dateline.start <= p.mention.start < line.dateline.end)
        }
        date_frame = named.pop() if len(named) == 1 else None
    elif len(dest_frames) > 1 and date_spans:
        # groups that went at once, each clause with days of its own ("ke A pada 16-19 November,
        # sedangkan ke B pada 15-19 November"): each group's own days, when every group has some
        # (sub-groups named where they went stand for their places: "Komisi C baru berangkat Selasa")
        groups = subgroup_marks(text, sents, resolved, folded(text) or text.lower()) if together else []
        frame_dates = stop_dates(text, sents, resolved, dest_frames, line, published, groups)
        if set(frame_dates) != set(dest_frames) or len({v[:2] for v in frame_dates.values()}) < 2:
            frame_dates = _one_parts_days(text, resolved, dest_frames, (start, end, date_spans))
    # senders received on different days ("Rombongan A datang pada 2 November, sementara B menyusul pada
    # 3 November"): each sender's own day, when every sender is given one and the days differ
    sender_dates: dict[places.Region, tuple] = {}
    if len(origin_frames) > 1 and not dest_frames and date_spans:
        sender_dates = stop_dates(text, sents, resolved, origin_frames, line, published)
        _next_days(text, resolved, origin_frames, sender_dates)
        if set(sender_dates) != set(origin_frames) or len({v[:2] for v in sender_dates.values()}) < 2:
            sender_dates = {}
    return date_frame, frame_dates, sender_dates


# a stop told as the next day's, with no day of its own ("… ke Kota A, Senin (8/7), dan keesokan harinya ke Kota B",
# "Sehari setelahnya, rombongan bergeser ke B"): the day after the one-day stop told before it; and any day told by
# its distance from that one, after or before it ("Dua hari kemudian, giliran DPRD B", "Sehari sebelumnya, Pemkab C
# juga diterima"): reports tell a group's day by the day of the group told before it
_NEXT_DAY_BEFORE = re.compile(
    r"\b(?:(?:keesokan|esok)\s+harinya|hari\s+(?:berikutnya|kedua)"
    r"|(?P<n>sehari|satu\s+hari|dua\s+hari|tiga\s+hari|[1-6]\s+hari)\s+(?P<way>kemudian|setelahnya|sesudahnya"
    r"|berikutnya|sebelumnya))"
    r"[^.\n\d]{0,100}$",
    re.IGNORECASE,
)
_DAYS_APART = {"sehari": 1, "satu": 1, "dua": 2, "tiga": 3}
# ... the word may close the stop's clause as well: "… pada Senin (10/6), lalu ke Kota B keesokan harinya"
_NEXT_DAY_AFTER = re.compile(
    r"[^.,;\n\d]{0,30}?\b(?:(?:keesokan|esok)\s+harinya|(?P<n>sehari|satu\s+hari|dua\s+hari|tiga\s+hari|[1-6]\s+hari)"
    r"\s+(?P<way>kemudian|setelahnya|sesudahnya|berikutnya))\b",
    re.IGNORECASE,
)


def _next_days(text: str, resolved: list[Place], stops, frame_dates: dict) -> None:
    """Give a stop told as the next day's (`_NEXT_DAY_BEFORE`) the day after the stop before it, in place."""
    if not any(w in text for w in ("harinya", "ehari", "berikutnya", "kedua", " hari ")):  # ("Sehari", "sehari")
        return
    seen: list[places.Region] = []
    for p in resolved:
        if p.region not in stops or p.region in seen:
            continue
        if (
            p.region not in frame_dates
            and seen
            and (
                (m := _NEXT_DAY_BEFORE.search(text, max(0, p.mention.start - 150), p.mention.start)) is not None
                or (m := _NEXT_DAY_AFTER.match(text, p.mention.end)) is not None
            )
            and (prev := frame_dates.get(seen[-1])) is not None
            and prev[0] is not None
            and prev[0] == prev[1]
        ):
            apart = 1
            if m["n"]:
                word = m["n"].split()[0].lower()
                apart = int(word) if word.isdigit() else _DAYS_APART[word]
                apart = -apart if m["way"].lower() == "sebelumnya" else apart
            day = prev[0] + dt.timedelta(days=apart)
            frame_dates[p.region] = (day, day, [(p.mention.start, p.mention.end)], 0.4)
        seen.append(p.region)
