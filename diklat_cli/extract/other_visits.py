"""Other visits: the records an article gives beside its cohorts' visits.

Other bodies told as having also come to the host (`_other_senders`) or set beside the visit reported by the
sentence that says they came (`_bodies_beside`), the next or an earlier wave of
the same trip, the host's own earlier trip to its visitors (`_return_visit`), and senders each written
with a destination of their own in one clause (`senders_each_to_own_place`).

One concern: where several senders are read apart, each with a record of its own (`records_beside`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from diklat_cli.extract import budget, numbers, programs, trainees, verbs
from diklat_cli.extract.cohort_fields import first_activity
from diklat_cli.extract.cues import LEARNING
from diklat_cli.extract.place_roles import STUDY, Place
from diklat_cli.extract.scanning import finditer, positions, search
from diklat_cli.extract.senders import (
    body_along,
    council_along,
    government_and_council,
    pair_travels,
    villages_listed_with,
)
from diklat_cli.extract.sentences import sentence_at
from diklat_cli.extract.when import opener_start, visit_dates
from diklat_cli.models import Destination, Evidence, Extraction, Origin, Visit

_I = re.IGNORECASE


# the next wave or group of the same trip: "gelombang kedua dengan tujuan dan jumlah peserta yang sama",
# "Rombongan berikutnya, dengan tujuan yang sama, …"
_NEXT_WAVE = re.compile(
    r"\b(?:gelombang|rombongan|kloter|kelompok)\s+(?:kedua|ketiga|berikutnya|selanjutnya|II|III|2|3)\b[^.\n]{0,40}?"
    r"\bdengan\s+(?:tujuan|lokasi|lokus)(?:\s+(?:dan|serta)\s+jumlah(?:\s+peserta)?)?\s+yang\s+sama\b",
    _I,
)


# the group before told as a comparison: a report of one group of a series sets it beside the first
# group ("Seperti Kaji Banding Kelompok I dua minggu sebelumnya, rombongan Kelompok II …", "Sama dengan
# gelombang pertama sebulan sebelumnya, …"): that group made the same trip to the same host, on days
# of its own the report does not give
_EARLIER_WAVE = re.compile(
    r"(?=[sS])\b(?:seperti|sama\s+(?:dengan|seperti))\s+(?:pada\s+)?(?:(?:stud[iy]\s+\w+|kaji\s+banding|benchmarking"
    r"|kunjungan(?:\s+kerja)?)\s+)?(?:kelompok|gelombang|tim|rombongan|kloter)?\s*(?:(?-i:I)|1|pertama)\b"
    r"[^.\n,]{0,40}?\bsebelum(?:nya)?\b",
    _I,
)
# the same group's trip to the same host told as not its first: "studi banding ke X ini sudah yang kedua kalinya",
# "kunjungan hari itu merupakan yang kedua dari A ke X", "sudah kali kedua pihaknya bertandang ke X": the earlier
# trip is a visit of its own, its days, count and units untold (docs/schema.md: a trip made before the one reported)
_AGAIN_BEFORE = re.compile(
    r"(?=[ykmasui])\b(?:(?:untuk\s+)?(?:yang\s+)?kedua\s+kali(?:nya)?|kali\s+(?:yang\s+)?kedua"
    r"|(?:merupakan|adalah|sudah|ini)\s+(?:yang\s+)?kedua(?=\s+(?:dari|bagi|kali)\b))\b",
    _I,
)
# ... or its return told as planned by the group: "kami akan datang lagi ke sini", "pekan depan pihaknya akan kembali
# datang", "akan datang lagi ke X": a visit of its own to the same host and units, on days untold unless given
_AGAIN_AFTER = re.compile(
    r"\bakan\s+(?:(?:datang|berkunjung|bertandang)\s+(?:lagi|kembali)|kembali\s+(?:datang|berkunjung|bertandang))\b",
    _I,
)
# ... a return with an aim of its own told: "… akan datang lagi ke sini untuk studi banding", "… akan kembali datang
# untuk mengadopsi …" (a courtesy "kami akan datang lagi" tells no trip to learn)
_RETURN_AIM = re.compile(r"\b(?:untuk|guna|dalam\s+rangka)\b", _I)
_FROM_SENDER = re.compile(r"\b(?:dari|asal)\s+(?:\w+\s+)?$", _I)
# the sentence tells of the group's trip (a name of it or a verb of coming) ...
_TRIP_TOLD = re.compile(r"\b(?:" + verbs.TRIP_WORDS + r"|datang)\b", _I)
# ... not of an event held again, a host's second guests or award, and not a return only hoped for or
# possible ("tidak menutup kemungkinan akan kembali berkunjung", "berharap … akan datang lagi", "bisa jadi")
_NOT_THE_GROUPS_AGAIN = re.compile(
    r"\b(?:diadakan|digelar|diselenggarakan|dilaksanakan|menerima|menyambut|kedatangan|menjadi|meraih|juara"
    r"|penghargaan|kemungkinan|mungkin|bisa\s+jadi|berharap|harapan|semoga|mudah-mudahan|ingin|undang\w*"
    r"|diundang|menunggu|membalas|balik)\b",
    _I,
)


# the same group's trip elsewhere a year or some months before, told beside the one reported: "Tahun kemarin kami ke
# Kota A, tahun ini giliran B", "Tahun lalu untuk program yang sama kami mendatangi kota A", "Bulan lalu rombongan
# DPRD X singgah di A" (docs/schema.md: a trip made before the one reported is a visit when the article names who went
# and where to); the time word opens the clause, the group (or nobody) is its subject, a word of going leads to A
# (the group by a word for it; "kami/pihaknya" may be the host speaking, so only a time word before it says whose)
_EARLIER_GROUP = (
    r"(?:rombongan|komisi|pansus|tim|DPR\w*|pemkab|pemkot|pemprov|pemerintah|dinas|badan|bappeda|anggota|dewan"
    r"|jajaran|pimpinan|perangkat|pemdes)\b"
)
_EARLIER_SUBJECT = r"(?:(?:kami|kita|pihaknya|mereka)\b|" + _EARLIER_GROUP + r")"
_EARLIER_ELSEWHERE = re.compile(
    # (the time by its year, or by years ago: "Pada 2022 lalu", "tahun 2021 silam", "dua tahun lalu"; or only as
    # before this one: "Sebelumnya, rombongan sudah berkunjung ke A", "sebelum ini kami sudah belajar di A")
    r"(?:\b(?:(?:tahun|bulan)\s+(?:lalu|kemarin|silam)|(?:19|20)\d\d\s+(?:lalu|silam)"
    r"|(?:dua|tiga|empat|lima|beberapa|\d{1,2})\s+(?:hari|pekan|minggu|bulan|tahun)\s+(?:lalu|silam|sebelumnya)"
    # (or by weeks ago, or a while ago: "Pekan lalu", "dua minggu lalu", "beberapa waktu lalu", "belum lama ini")
    r"|(?:pekan|minggu)\s+(?:lalu|kemarin)|beberapa\s+waktu\s+(?:lalu|silam)|belum\s+lama\s+ini"
    r"|sebelum(?:nya|\s+ini|\s+itu))"
    r"\s*,?\s*(?:untuk\s+[^,.;\n]{0,30}?\s+)?(?:" + _EARLIER_SUBJECT + r"[^,.;\n]{0,50}?\s+)?"
    r"(?:(?:sudah|telah|pernah|juga)\s+)*"
    # (or the group named first, the trip told as one it has made: "DPRD A sebelumnya pernah studi banding ke B",
    # "Rombongan juga pernah mengunjungi B")
    r"|\b" + _EARLIER_GROUP + r"[^,.;\n]{0,50}?\s+(?:(?:sebelumnya|juga|pun|sudah|telah)\s+)*pernah\s+"
    r"(?:(?:sudah|juga)\s+)*(?:ber\w+\s+(?=stud|kaji|kunj))?)"
    r"(?:ke|" + verbs.VISITING + r"|singgah\s+di|mampir\s+(?:ke|di)"
    r"|(?:" + verbs.TRAVELLING + r"|belajar|berguru|menimba\s+ilmu|stud[iy]\s+(?:banding|tiru|komparasi|komparatif)"
    r"|kaji\s+banding|benchmarking|kunker|kunjungan(?:\s+kerja)?)\s+(?:ke|di))\s+(?:(?:kota|kabupaten)\s+)?$",
    _I,
)
# ... not a habit ("kerap studi banding, misalnya ke A", "tahun-tahun sebelumnya … diajak ke A"), nor a trip planned,
# called off or given as an example
_NOT_ONE_TRIP = re.compile(
    r"\b(?:sering|kerap|biasa\w*|rutin|selalu|tahun-tahun|akan|rencana\w*|berencana|batal|urung|gagal|misalnya"
    r"|seperti|antara\s+lain)\b",
    _I,
)
# ... nor the trip of another group of the same name: an earlier cohort, wave or council period ("peserta angkatan
# sebelumnya studi tiru ke A", "Periode lalu, komisi yang sama pernah belajar ke B")
_ANOTHER_GROUP = re.compile(r"\b(?:angkatan|gelombang|kloter|periode)\s+(?:sebelumnya|lalu|yang\s+lalu)\b", _I)


# another body at the same host, told in a sentence of its own beside the reported visit ("sebelum ini
# Pemerintah Kota B juga melakukan kunjungan kerja ke Kota X", "Pada hari yang sama, anggota DPRD Kabupaten
# C pun datang berkunjung ke X", "Sebelumnya aparat desa dari D sudah datang belajar ke sana"): the body
# named before a word of "also/already" and a verb of coming to the host (or "ke sana", the place named last)
_ALSO_CAME = re.compile(
    r"(?=[jpsty])\b(?:juga|pun|pula|sudah|telah)\s+(?:(?:sudah|telah|pernah|lebih\s+dulu|lebih\s+dahulu)\s+)*"
    r"(?P<verb>(?:datang\s+)?(?:" + verbs.TRAVELLING + r"|belajar|stud[iy]\s+(?:banding|tiru))|datang"
    r"|(?:melakukan|melaksanakan|menggelar|mengadakan)\s+(?:kunjungan(?:\s+kerja)?|stud[iy]\s+(?:banding|tiru)"
    r"|kaji\s+banding))\b[^.;\n]{0,40}?\b(?:ke|di)\s+(?:(?P<there>sana|situ)\b"
    r"|(?P<here>sini|mari|(?:tempat|daerah|kota|kabupaten|desa|kantor)\s+ini)\b|(?=\w))",
    _I,
)
# the sender is the subject: a government, a council or a group "dari/asal" the place, no place it went to
_BODY_OF = re.compile(r"(?:\b(?:dari|asal|DPRD|DPRK|rombongan)\s+)$", _I)
_SAME_DAY = re.compile(r"\b(?:hari|waktu|saat|kesempatan)\s+yang\s+sama\b", _I)
_LISTED_WORDS = r"seperti|antara\s+lain|di\s+antaranya|berbagai|termasuk|misalnya"
_LISTED = re.compile(rf"\b(?:{_LISTED_WORDS})\b", _I)
# (nor a place gone to: "ke/di/menuju")
_NOT_SUBJECT = re.compile(rf"\b(?:ke|di|menuju|{_LISTED_WORDS})\b", _I)


def _day_reader(text: str, sents, line, published):
    """The visit days read inside a span of the text (a clause or sentence of another visit), the posting
    line's date left out."""
    skip = (line.published[1], line.published[2]) if line.published else None
    pub = published or (line.published[0] if line.published else None)
    return lambda span: visit_dates(text, sents, pub, skip, within=span)


def _copy_untold(first: Extraction, *fields: str) -> tuple[Visit, dict]:
    """The found visit copied for another trip of its group, the fields the article does not tell of that trip
    emptied (their evidence none)."""
    visit = first.visit.model_copy(deep=True)
    evidence = dict(first.evidence)
    for name in fields:
        setattr(visit, name, [] if name == "host_agencies" else None)
        evidence[name] = Evidence(confidence=0.0)
    return visit, evidence


def _give_days(visit: Visit, evidence: dict, days) -> None:
    """The days read for another trip (`visit_dates`'s answer), with where they are written."""
    visit.start_date, visit.end_date = days[0], days[1]
    evidence["start_date"] = Evidence(spans=days[2][:1], confidence=days[3])
    evidence["end_date"] = Evidence(spans=days[2][-1:], confidence=days[3])


def _other_senders(text: str, sents, resolved: list[Place], results: list[Extraction], line, published) -> None:
    """A record for each other body told as having also come to a visit's host (no cohort's visit:
    a training cohort is one group)."""
    if not results or any(r.visit.program or r.visit.cohort for r in results):
        return
    if not any(w in text for w in ("juga", "pun", "pula", "sudah", "telah")):
        return
    homes = {r.visit.origin.regency or r.visit.origin.province for r in results}
    days_in = _day_reader(text, sents, line, published)
    for m in finditer(_ALSO_CAME, text):
        sent = sentence_at(sents, m.start())
        # the host: the place after "ke", else ("ke sana") the last place named before the sentence
        if m.group("there"):
            before = [p for p in resolved if p.mention.start < sent[0]]
            to = max(before, key=lambda p: p.mention.start).region if before else None
        elif m.group("here"):
            # "ke sini", "ke daerah ini": the host's words for itself, when the report has one host
            hosts = {(r.visit.destination.province, r.visit.destination.regency) for r in results}
            to = None
            if len(hosts) == 1:
                province, regency = next(iter(hosts))
                to = next((p.region for p in resolved if p.region.name == (regency or province)), None)
        else:
            to = next((p.region for p in resolved if p.mention.start == m.end()), None)
        if to is None:
            continue
        first = next(
            (
                r
                for r in results
                if (r.visit.destination.regency or r.visit.destination.province) == to.name
                or (to.kind == "province" and r.visit.destination.province == to.name)
            ),
            None,
        )
        if first is None:
            continue
        dest = first.visit.destination
        # (the body named last before the verb: "Tak hanya Pemkab A, Pemkot B juga datang ke …")
        sender = next(
            (
                p
                for p in reversed(resolved)
                if sent[0] <= p.mention.start < m.start()
                and p.region.name not in (dest.regency, dest.province)
                and (p.mention.government or _BODY_OF.search(text, max(0, p.mention.start - 12), p.mention.start))
                and not _NOT_SUBJECT.search(text, p.mention.end, m.start())
                and not _LISTED.search(text, sent[0], p.mention.start)
            ),
            None,
        )
        if sender is None or sender.region.name in homes or sender.region.province in homes:
            continue
        if any(
            p.region == sender.region and not sent[0] <= p.mention.start < sent[1] and p.dest > p.origin
            for p in resolved
        ):
            continue  # a place the report has the group go to elsewhere: the host itself, not another body
        region = sender.region
        visit = _guest_visit(first, text, sender)
        verb = m.group("verb").lower()
        if "kunjungan kerja" in verb:
            visit.activity = "kunjungan kerja"
        elif re.search(r"stud[iy]|kaji", verb):
            visit.activity = "studi banding"
        visit.participants = None
        # ("Pada hari yang sama, …": the first visit's days)
        days = _first_days(first, visit) if _SAME_DAY.search(text, sent[0], m.start()) else days_in(sent)
        homes.add(region.name)
        results.append(_guest_extraction(first, visit, (sender.mention.start, sender.mention.end), days))


@cache
def _visitors_data() -> dict:
    """data/visitors.json, read once for this module's openers and joining words."""
    return json.loads(resources.files("diklat_cli.data").joinpath("visitors.json").read_text(encoding="utf-8"))


# another body at the same host told in a sentence of its own that opens by setting it beside the visit reported,
# the body then said to come ("Sementara itu, DPRD Kota B datang untuk …", "Adapun Pemkab C berkunjung …", "Pada
# hari itu juga DPRD D berkunjung", "Di sisi lain, DPRD E dan DPRD F datang ke X"): the openers in data/visitors.json,
# the bodies named between the opener and a verb of coming, where the verb goes to the host or nowhere named
@cache
def _beside_came() -> tuple[re.Pattern, frozenset[str]]:
    data = _visitors_data()
    same_time = frozenset(data["same_time_openers"])
    words = sorted((*data["beside_openers"], *same_time), key=len, reverse=True)
    opener = "|".join(w.replace(" ", r"\s+") for w in words)
    pattern = re.compile(
        r"(?P<opener>" + opener + r")\s*,?\s+(?P<bodies>[^.;:\n“”\"]{3,160}?)\s+(?:pun\s+|juga\s+|pula\s+|turut\s+)?"
        r"(?P<verb>datang|" + verbs.TRAVELLING + r")\b(?:(?P<to>\s+(?:ke|di)\s+)(?=\w)|(?!\s+(?:ke|di|dari)\b))",
        _I,
    )
    return pattern, same_time


def _bodies_beside(text: str, sents, resolved: list[Place], results: list[Extraction], line, published) -> None:
    """A record for each body told as coming to a visit's host in a sentence set beside the visit reported (no
    cohort's visit: a training cohort is one group)."""
    if not results or any(r.visit.program or r.visit.cohort for r in results):
        return
    hosts = {(r.visit.destination.province, r.visit.destination.regency) for r in results}
    if len(hosts) != 1:
        return  # (the host the sentence means is the report's one host)
    pattern, same_time = _beside_came()
    homes = {r.visit.origin.regency or r.visit.origin.province for r in results}
    first = results[0]
    dest = first.visit.destination
    days_in = _day_reader(text, sents, line, published)
    for m in finditer(pattern, text):
        sent = sentence_at(sents, m.start())
        if text[sent[0] : m.start()].strip(' \t"“(-–—'):
            continue  # (the opener opens its sentence)
        budget.spend(2 * len(resolved))  # (each match looks through the places for its host and its bodies)
        if m.group("to") is not None:
            to = next((p.region for p in resolved if p.mention.start == m.end()), None)
            if to is None or to.name not in (dest.regency, dest.province):
                continue  # (a body gone elsewhere, or to a place not named as one)
        bodies = [
            p
            for p in resolved
            if m.start("bodies") <= p.mention.start < m.end("bodies")
            and p.region.name not in (dest.regency, dest.province)
            and (p.mention.government or _BODY_OF.search(text, max(0, p.mention.start - 12), p.mention.start))
            and not _NOT_SUBJECT.search(text, m.start("bodies"), p.mention.start)
        ]
        opener = " ".join(m.group("opener").lower().split())
        for sender in bodies:
            if sender.region.name in homes or sender.region.province in homes:
                continue
            visit = _guest_visit(first, text, sender)
            visit.participants = None
            days = days_in(sent)
            if days[0] is None and opener in same_time:
                days = _first_days(first, visit)
            homes.add(sender.region.name)
            results.append(_guest_extraction(first, visit, (sender.mention.start, sender.mention.end), days))


def _first_days(first: Extraction, visit: Visit) -> tuple:
    """The first visit's days, as `days_in` gives days: first, last, their spans, the confidence."""
    start = first.evidence["start_date"]
    return visit.start_date, visit.end_date, start.spans, start.confidence


def _guest_extraction(first: Extraction, visit: Visit, span: tuple[int, int], days: tuple) -> Extraction:
    """A guest's record beside the first visit: its sender where `span` names it, no count of its own, and
    `days` (as `days_in` gives them)."""
    visit.start_date, visit.end_date = days[0], days[1]
    evidence = dict(first.evidence)
    for path in ("origin.institution", "origin.province", "origin.regency"):
        evidence[path] = Evidence(spans=[span], confidence=0.6)
    evidence["participants"] = Evidence(confidence=0.0)
    evidence["start_date"] = Evidence(spans=days[2][:1], confidence=days[3] if days[0] else 0.0)
    evidence["end_date"] = Evidence(spans=days[2][-1:], confidence=days[3] if days[0] else 0.0)
    return Extraction(visit=visit, evidence=evidence)


def _guest_visit(first: Extraction, text: str, sender, with_unit: bool = False):
    """A copy of the first visit with another guest body as its origin: the region's government, or its council
    ("DPRD Kabupaten A"), with the council's commission when with_unit ("Komisi II DPRD Kabupaten A")."""
    council = re.search(r"\b(DPRD|DPRK)\s+$", text[max(0, sender.mention.start - 6) : sender.mention.start])
    unit = (
        re.search(
            r"\b((?:Komisi|Pansus)\s+\w+\s+)$", text[max(0, sender.mention.start - 24) : sender.mention.start - 5]
        )
        if with_unit
        else None
    )
    institution = (
        sender.mention.text
        if sender.mention.government
        else f"{unit.group(1) if unit else ''}{council.group(1)} {sender.mention.text}"
        if council
        else None
    )
    visit = first.visit.model_copy(deep=True)
    region = sender.region
    visit.origin = Origin(
        institution=institution,
        province=region.province,
        regency=region.name if region.kind != "province" else None,
    )
    return visit


# people of one body told as joining the party of the other ("Rombongan dipimpin Wakil Ketua DPRD A, dan ikut pula
# Sekretaris Daerah A", "Dalam rombongan ada tujuh anggota Komisi II DPRD, ditambah dua pejabat PDAM"): the words of
# joining in data/visitors.json ("party_joins"), the words after them naming who joined
@cache
def _joins_party() -> re.Pattern:
    data = _visitors_data()
    joins = "|".join(w.replace(" ", r"\s+") for w in sorted(data["party_joins"], key=len, reverse=True))
    return re.compile(rf"\b(?:{joins})\b(?P<who>[^.;\n]{{1,80}})", _I)


_PARTY_WORD = re.compile(r"\brombongan\b", _I)
# the region written after a body's name: "Dinas Pertanian Kabupaten A" is "Dinas Pertanian"
_REGION_TAIL = re.compile(r"\s+(?:Kabupaten|Kota|Provinsi|Kab\.|Pemkab|Pemkot)\b.*$", _I)
_COUNCIL_WORD = re.compile(r"\b(?:DPR[DAKP]|Dewan|Komisi|Pansus|Fraksi|Banmus|Bapemperda|Banggar)\b", _I)
# a government's own people, named by office: its secretary, assistants, heads of its offices, its officials
_GOVERNMENT_PEOPLE = re.compile(
    r"\b(?:Sekretaris\s+Daerah|Sekda|Asisten|Kepala\s+(?:Dinas|Badan|Bagian)|pejabat|Pemerintah|Pemkab|Pemkot|Pemko"
    r"|Pemprov|Bupati|Wali\s*kota|Gubernur)\b",
    _I,
)


def _joined_body(text: str, sents, first: str, second: str) -> str | None:
    """Which of two bodies of one region the report tells as joining the party of the other ("first" or "second"),
    when a sentence naming the party (rombongan) says the people of one of them came along with it: then the two
    are one party, sent by the body that holds it (docs/schema.md: one party, members of several bodies)."""
    if "rombongan" not in text.lower():
        return None
    councils = [bool(_COUNCIL_WORD.search(first)), bool(_COUNCIL_WORD.search(second))]
    for m in finditer(_joins_party(), text):
        sent = sentence_at(sents, m.start())
        if not _PARTY_WORD.search(text, sent[0], sent[1]):
            continue
        who = m.group("who")
        if councils[0] != councils[1]:
            # a council and an office or government: the council's people, or the other's
            if _COUNCIL_WORD.search(who):
                return "first" if councils[0] else "second"
            other = second if councils[0] else first
            if _GOVERNMENT_PEOPLE.search(who) or re.search(rf"\b{re.escape(other.split()[0])}\b", who):
                return "second" if councils[0] else "first"
        else:
            # two offices: the one whose name (without its region) the joined people are written with
            named = [_REGION_TAIL.sub("", name).strip().lower() in who.lower() for name in (first, second)]
            if named.count(True) == 1:
                return "first" if named[0] else "second"
    return None


# the pair joined by "bersama" or "beserta" (`government_and_council`): one party, not two bodies side by side
_TOGETHER_WORD = re.compile(r"\b(?:bersama|beserta)\b", re.IGNORECASE)
_JOINED_ALONG = re.compile(r"\b(?:bersama|beserta)\s+(?:(?:para\s+)?anggota\s+)?$", re.IGNORECASE)
_ALONG_AFTER = re.compile(r"\s*,?\s*(?:bersama|beserta)\b", re.IGNORECASE)
# each party told with a leader of its own ("Rombongan Pemkab dipimpin Asisten …, sedangkan rombongan DPRD dipimpin
# Ketua Komisi A"): two parties told apart
_LED_BY = re.compile(r"\b(?:dipimpin|diketuai|dikomandoi)\b", re.IGNORECASE)


def _parties_told_apart(text: str) -> bool:
    """The report tells two parties apart, each with a leader of its own."""
    return len(_LED_BY.findall(text)) >= 2


_COUNCIL_NAMED = re.compile(r"\b(?:DPR[DAKP]|dewan)\b", re.IGNORECASE)
_COUNCIL_FIRST = re.compile(r"\s*(?:DPR[DAKP]|dewan|legislatif)\b", re.IGNORECASE)


def _second_body(
    text: str, sents, first: Extraction, other: tuple[str, tuple[int, int]], results, one_party: bool = False
) -> None:
    """A record for the other body of the sender's region that travelled with it, unless the report tells that
    body's people joining the party of the found one (no record of its own), or the found one's people joining the
    other's (the other then sends the one visit). `one_party`: the two are told as one party, no record of its own
    in any case."""
    joined = _joined_body(text, sents, first.visit.origin.institution or "", other[0])
    if joined == "second":
        return
    if joined == "first":
        first.visit.origin.institution = other[0]
        first.evidence["origin.institution"] = Evidence(spans=[other[1]], confidence=0.6)
        return
    if one_party:
        return
    visit = first.visit.model_copy(deep=True)
    visit.origin.institution = other[0]
    evidence = dict(first.evidence)
    evidence["origin.institution"] = Evidence(spans=[other[1]], confidence=0.6)
    results.append(Extraction(visit=visit, evidence=evidence))


def records_beside(text: str, sents, resolved: list[Place], results: list[Extraction], line, published) -> None:
    """Beside an article's one visit, a record of its own for the council that travelled with the
    government, and for the host's earlier trip to its visitors (a return visit)."""
    _villages_listed(text, results)
    homes = {r.visit.origin.regency or r.visit.origin.province for r in results}
    pair = government_and_council(text, resolved, next(iter(homes))) if len(homes) == 1 and None not in homes else None
    if pair is not None and not (
        # the pair is the travellers (the subject of the trip's verb or the owner of the group), and no
        # training cohort, which is one group whichever bodies its members work for
        pair_travels(text, pair[1]) and all(r.visit.program is None and r.visit.cohort is None for r in results)
    ):
        pair = None
    if pair is not None:
        # a government and its council named as one subject ("Pemerintah dan DPRD Kabupaten X"): two
        # sending bodies, a record each at every stop
        (government, council), span = pair
        # (unless the people of one are told joining the party of the other: one party, sent by the other)
        joined = _joined_body(text, sents, government, council)
        if (
            joined is None
            and (along := _TOGETHER_WORD.search(text, *span)) is not None
            and not _parties_told_apart(text)
        ):
            # "Pemerintah bersama DPRD Kabupaten X": one party, sent by the body named first, which leads it
            # (docs/schema.md, "A government 'bersama' its council")
            joined = "first" if _COUNCIL_FIRST.match(text, span[0], along.start()) else "second"
        for first in list(results):
            first.visit.origin.institution = council if joined == "first" else government
            first.evidence["origin.institution"] = Evidence(spans=[span], confidence=0.6)
            if joined is not None:
                continue
            visit = first.visit.model_copy(deep=True)
            visit.origin.institution = council
            results.append(Extraction(visit=visit, evidence=dict(first.evidence)))
    elif len(results) == 1 and (council := council_along(text, sents, resolved, results[0].visit)) is not None:
        # the government "bersama" its council ("Pemkot A bersama anggota DPRD A studi banding ke B"): one party,
        # sent by the government that leads it, its council's members on it (docs/schema.md, "A government
        # 'bersama' its council"); the council is no unit visited
        first = results[0]
        lokus = first.evidence.get("host_agencies")
        if lokus is not None and len(lokus.spans) == len(first.visit.host_agencies):
            # the council that travelled is no unit visited
            kept = [
                (name, span)
                for name, span in zip(first.visit.host_agencies, lokus.spans, strict=True)
                if not (span[0] < council[1][1] and span[1] > council[1][0])
            ]
            first.visit.host_agencies = [name for name, _ in kept]
            first.evidence["host_agencies"] = Evidence(spans=[span for _, span in kept], confidence=lokus.confidence)
        _second_body(text, sents, first, council, results, one_party=not _parties_told_apart(text))
    elif (
        len(results) == 1
        and results[0].visit.program is None
        and results[0].visit.cohort is None
        and (other := body_along(text, sents, resolved, results[0].visit)) is not None
    ):
        # another body of the sender's region travelled with it ("Bappeda A dan Dinas Sosial A melakukan
        # studi banding …"): a second sending body, a record of its own; a council "bersama" an office of its
        # government ("Pansus DPRD A bersama Dinas Kesehatan A"), or that office with the council, is one party
        # (docs/schema.md, "A government 'bersama' its council")
        own = results[0].visit.origin.institution or ""
        along = (
            _JOINED_ALONG.search(text, max(0, other[1][0] - 40), other[1][0]) is not None
            or _ALONG_AFTER.match(text, other[1][1]) is not None
        )
        one = (
            along
            and (_COUNCIL_NAMED.search(own) is not None) != (_COUNCIL_NAMED.search(other[0]) is not None)
            and not _parties_told_apart(text)
        )
        _second_body(text, sents, results[0], other, results, one_party=one)
    if len(results) == 1 and (wave := search(_NEXT_WAVE, text)) is not None:
        # the next wave of the same trip ("menyusul gelombang kedua dengan tujuan dan jumlah peserta yang
        # sama"): a visit of its own on its own day, with the first's count when the text says so
        days = _day_reader(text, sents, line, published)(sentence_at(sents, wave.start()))
        if days[0] is not None and days[0] != results[0].visit.start_date:
            visit, evidence = _copy_untold(results[0])
            _give_days(visit, evidence, days)
            if not re.search(r"\bjumlah\b", wave.group(0), _I):
                visit.participants = None
            results.append(Extraction(visit=visit, evidence=evidence))
    if len(results) == 1 and "sebelum" in text and search(_EARLIER_WAVE, text) is not None:
        # the first group of the series, compared with the one reported: its own visit, days and count untold
        visit, evidence = _copy_untold(results[0], "start_date", "end_date", "participants")
        results.append(Extraction(visit=visit, evidence=evidence))
    if len(results) == 1:
        _same_host_again(text, sents, resolved, results, line, published)
        _earlier_trip_elsewhere(text, sents, resolved, results, line, published)
    if len(results) == 1:
        back = _return_visit(text, sents, resolved, results[0].visit, _day_reader(text, sents, line, published))
        if back is not None:
            results.append(back)
    _other_senders(text, sents, resolved, results, line, published)
    _bodies_beside(text, sents, resolved, results, line, published)
    _received_again(text, sents, resolved, results, line, published)
    if results and ("lainnya" in text or "sisanya" in text):
        _rest_elsewhere(text, sents, resolved, results)


def _villages_listed(text: str, results: list[Extraction]) -> None:
    """The villages listed after the one whose party travels ("rombongan Pemdes A, B dan Desa C"): each a sending
    body with a record of its own at the same host on the same days (`villages_listed_with`); a count told for the
    party is no one village's, its split untold."""
    if len(results) != 1 or results[0].visit.program or results[0].visit.cohort:
        return
    first = results[0]
    told = first.evidence.get("origin.institution")
    if told is None or len(told.spans) != 1 or first.visit.origin.institution is None:
        return
    others = villages_listed_with(text, told.spans[0])
    if not others:
        return
    lo, hi = told.spans[0][0], others[-1][1][1]
    # (the units read inside the list are its villages, which send: no unit visited)
    lokus = first.evidence.get("host_agencies")
    if lokus is not None and len(lokus.spans) == len(first.visit.host_agencies):
        kept = [(n, sp) for n, sp in zip(first.visit.host_agencies, lokus.spans, strict=True) if not lo <= sp[0] < hi]
    else:
        kept = [(n, (0, 0)) for n in first.visit.host_agencies]
    hosts = " ".join(h for h in (first.visit.destination.host, *(n for n, _ in kept)) if h).lower()
    if any(name.split()[-1].lower() in hosts for name, _ in others):
        return  # (a list with the host in it is no party: "BPD Desa A dan Desa B bertukar gagasan", B receiving)
    if lokus is not None and len(kept) < len(first.visit.host_agencies):
        first.visit.host_agencies = [n for n, _ in kept]
        first.evidence["host_agencies"] = Evidence(spans=[sp for _, sp in kept], confidence=lokus.confidence)
    first.visit.participants = None
    first.evidence["participants"] = Evidence(confidence=0.0)
    for name, span in others:
        visit = first.visit.model_copy(deep=True)
        visit.origin.institution = name
        evidence = dict(first.evidence)
        evidence["origin.institution"] = Evidence(spans=[span], confidence=0.6)
        results.append(Extraction(visit=visit, evidence=evidence))


# the rest of the reported group, counted and told at a place of its own: "… 24 peserta Latsar lainnya bertugas di
# Desa B", "68 siswa ditempatkan di A, sedangkan 60 siswa sisanya di Polres B", "Adapun 20 orang sisanya diterjunkan
# ke Kabupaten C": the group was split, the rest is a visit of its own there, with its own count (never the first
# group's); the people before the count are the speaker's companions, not the rest ("Saya dan 14 rekan lainnya")
@cache
def _rest_of_group() -> re.Pattern:
    return re.compile(
        r"(?<![\w-])(?P<n>\d{1,4}|"
        + numbers.COUNT_WORDS_RE
        + r")\s+(?:orang\s+)?(?:"
        + trainees.TRAINEES
        + r"|orang|anggota|personel|personil)(?:\s+(?-i:[A-Z])[\w-]*)?\s+(?:lainnya|sisanya)\b",
        _I,
    )


_COMPANIONS_BEFORE = re.compile(r"\b(?:dan|bersama|beserta|dengan)\s+$", _I)
# ... the rest staying home, following from afar or not yet there is no visit ("125 siswa sisanya masih tinggal di
# SPN", "343 CPNS lainnya mengikuti lewat zoom", "70 orang lainnya dididik di SPN B", "lainnya belum tiba di …")
_REST_STAYS = re.compile(
    r"\b(?:masih|tetap|tinggal|belum|tidak|batal|lewat|melalui|daring|virtual|zoom|dididik|pendidikan)\b", _I
)
_REST_AT = re.compile(r"\b(?:di|ke)\s+", _I)
_UNIT_WORD = re.compile(r"(?-i:[A-Z])[\w.-]*\s+")


def _rest_place(text: str, pos: int, limit: int, starts: dict[int, Place]) -> tuple[int, Place | None, int] | None:
    """The first place after a "di"/"ke" between pos and limit: where its host starts, the place (None for a village
    the gazetteer does not know) and where the host ends. The place may follow a unit written with it ("di Polres B",
    "ke Kantor Camat C"), up to two capitalised words."""
    for a in _REST_AT.finditer(text, pos, limit):
        at = a.end()
        for _ in range(3):
            if at in starts:
                return a.end(), starts[at], starts[at].mention.end
            if (word := _UNIT_WORD.match(text, at)) is None:
                break
            at = word.end()
        if (v := _VILLAGE.match(text, a.end())) is not None:
            return a.end(), None, v.end()
    return None


# a village the rest works in, written without its regency: the regency of the group's other village
_VILLAGE = re.compile(r"(?:desa|kelurahan|dusun)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?", _I)


def _rest_elsewhere(text: str, sents, resolved: list[Place], results: list[Extraction]) -> None:
    """The rest of a split group told at a place of its own (`_rest_of_group`): its count to the visit at that place,
    or a visit of its own there (the first's copy, its host and count its own); that count is no other visit's."""
    starts = {p.mention.start: p for p in resolved}
    low = text.lower()
    heads = positions(low, ("lainnya", "sisanya"))
    ends = {i + 7 for i in heads}
    found = (_rest_of_group().search(text, max(0, i - 80), i + 7) for i in heads)
    for m in (f for f in found if f is not None and f.end() in ends):
        n = numbers.parse_int(m.group("n"))
        if not n or _COMPANIONS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        sent = sentence_at(sents, m.start())
        limit = min(sent[1], m.end() + 120)
        at = _rest_place(text, m.end(), limit, starts)
        if at is None or _REST_STAYS.search(text, m.end(), at[0]):
            continue
        place, host = at[1], text[at[0] : at[2]]
        if place is not None and place.region.kind == "province":
            continue
        span = (m.start("n"), m.end("n"))
        here = [
            r
            for r in results
            if r.visit.destination.host == host
            or (place is not None and r.visit.destination.regency == place.region.name)
        ]
        if place is not None and not here and place.region.name in {r.visit.origin.regency for r in results}:
            continue  # (the group's home: the rest stayed)
        for r in results:
            if r not in here and r.visit.participants == n and span in r.evidence.get("participants", Evidence()).spans:
                r.visit.participants = None  # (the rest's count is not the first group's)
                r.evidence["participants"] = Evidence(confidence=0.0)
        if here:
            for r in here:
                if r.visit.participants is None:
                    r.visit.participants = n
                    r.evidence["participants"] = Evidence(spans=[span], confidence=0.6)
            continue
        first = results[0]
        visit, evidence = _copy_untold(first, "participants", "host_agencies")
        visit.participants = n
        evidence["participants"] = Evidence(spans=[span], confidence=0.6)
        # (a village told without its regency: in the regency of the group's other place)
        region = (place.region.province, place.region.name) if place is not None else None
        province, regency = region or (first.visit.destination.province, first.visit.destination.regency)
        visit.destination = Destination(province=province, regency=regency, host=host)
        where = (at[0], at[2])
        evidence["destination.host"] = Evidence(spans=[where], confidence=0.6)
        results.append(Extraction(visit=visit, evidence=evidence))


def _earlier_trip_elsewhere(
    text: str, sents, resolved: list[Place], results: list[Extraction], line, published
) -> None:
    """A record for each town the one visit's group is told to have gone to a year or some months before
    (`_EARLIER_ELSEWHERE`): its host as written, its count and units untold, its days only as its own clause gives
    them (not a statement's day after it); not the host's own region nor the group's home (no cohort's: a cohort
    makes its trip once)."""
    first = results[0]
    if (
        first.visit.program
        or first.visit.cohort
        or not any(w in text for w in (" lalu", "kemarin", " silam", "ebelum", "pernah", "lama ini"))
    ):
        return
    dest, origin = first.visit.destination, first.visit.origin
    skip = {dest.regency, dest.province, origin.regency, origin.province} - {None}
    seen: set[str] = set()
    for p in resolved:
        if p.region.kind == "province" or p.region.name in skip or p.region.name in seen:
            continue
        sent = sentence_at(sents, p.mention.start)
        lo = max(sent[0], p.mention.start - 160)
        window = text[lo : p.mention.start].lower()
        if not any(w in window for w in ("lalu", "kemarin", "sebelum", "silam", "pernah", "lama ini")):
            continue  # (the time word looked for first: most places have none before them)
        m = _EARLIER_ELSEWHERE.search(text, lo, p.mention.start)
        if m is None or any(
            q.region.name not in (origin.regency, origin.province)
            for q in resolved
            if m.start() <= q.mention.start < p.mention.start
        ):
            continue  # (another body the subject: its trip, not this group's)
        before = next((s for s in reversed(sents) if s[1] <= sent[0]), sent)
        if _NOT_ONE_TRIP.search(text, before[0], p.mention.start) or _ANOTHER_GROUP.search(
            text, sent[0], p.mention.start
        ):
            continue  # (a habit, a plan or an example in the sentence or the one before it: no one trip made)
        seen.add(p.region.name)
        visit, evidence = _copy_untold(first, "start_date", "end_date", "participants", "host_agencies")
        visit.destination = Destination(province=p.region.province, regency=p.region.name, host=p.mention.text)
        days = _day_reader(text, sents, line, published)((m.start(), p.mention.end))
        if days[0] is not None:
            _give_days(visit, evidence, days)
        span = [(p.mention.start, p.mention.end)]
        evidence["destination.province"] = evidence["destination.regency"] = Evidence(spans=span, confidence=0.6)
        evidence["destination.host"] = Evidence(spans=span, confidence=0.6)
        results.append(Extraction(visit=visit, evidence=evidence))


def _same_host_again(text: str, sents, resolved: list[Place], results: list[Extraction], line, published) -> None:
    """A record for the same group's other trip to its one host, told as not its first (`_AGAIN_BEFORE`) or as
    a return it plans (`_AGAIN_AFTER`): no cohort's (a cohort makes its trip once), each told once. Only where
    the sentence names no other place after its words of "again" than the host's own (a return named to the
    visitors' home, "akan berkunjung kembali ke Kabupaten A", is the host's trip back)."""
    first = results[0]
    if first.visit.program or first.visit.cohort or ("kedua" not in text and "akan" not in text):
        return
    dest = first.visit.destination
    own = {dest.regency, dest.province} - {None}

    def only_the_host_after(at: int, sent: tuple[int, int]) -> bool:
        # (the sender may be named as where the group comes from: "yang kedua dari DPRD A ke X")
        return all(
            p.region.name in own or _FROM_SENDER.search(text, max(at, p.mention.start - 12), p.mention.start)
            for p in resolved
            if at <= p.mention.start < sent[1]
        )

    low = text.lower()
    told_again = (
        (_AGAIN_BEFORE, False, "kedua" in low),
        (_AGAIN_AFTER, True, "akan" in low and ("lagi" in low or "kembali" in low)),
    )
    for pattern, planned, cheap_gate in told_again:
        if not cheap_gate:
            continue
        sent = next(
            (
                s
                for m in finditer(pattern, text)
                if _TRIP_TOLD.search(text, *(s := sentence_at(sents, m.start())))
                and not _NOT_THE_GROUPS_AGAIN.search(text, *s)
                and only_the_host_after(m.end(), s)
                and (not planned or _RETURN_AIM.search(text, m.end(), s[1]))
            ),
            None,
        )
        if sent is None:
            continue
        # (an earlier trip's units are not told: the article tells the units of the trip it reports)
        untold = ("start_date", "end_date", "participants") + (() if planned else ("host_agencies",))
        visit, evidence = _copy_untold(first, *untold)
        if planned:
            # (its days, when the sentence gives them)
            days = _day_reader(text, sents, line, published)(sent)
            if days[0] is not None and days[0] != first.visit.start_date:
                _give_days(visit, evidence, days)
        results.append(Extraction(visit=visit, evidence=evidence))


# the host told receiving again, the next guests named after it: "Sore harinya, Wali Kota kembali menerima tamu, kali
# ini rombongan DPRD Kabupaten B", "Usai itu, Sekda kembali menyambut kunjungan Pemkab C": another sender at the same
# host, beside a cohort too (the next guests are no part of it)
# ... or the next guests told as following the first: "Tak lama berselang, menyusul DPRD Kabupaten C", "disusul
# rombongan Pemkot D" (a place with more of a destination's words than a sender's is a next stop, not a guest)
_RECEIVED_AGAIN = re.compile(
    r"\b(?:(?:kembali|lagi)\s+(?:" + verbs.RECEIVING + r")\s+(?:kunjungan|kedatangan|tamu|rombongan|delegasi)"
    r"|menyusul|disusul(?:\s+(?:oleh|kemudian))?)\b",
    _I,
)
# the guests a host received first, named right after its verb and the trip's name: "menerima studi tiru Pemkab A",
# "menyambut kunjungan kerja DPRD B", "menerima rombongan dari C"
_FIRST_GUESTS = re.compile(
    r"\b(?:" + verbs.RECEIVING + r")\s+(?:(?:kunjungan|kerja|rombongan|tamu|studi|banding|tiru|kaji|benchmarking"
    r"|kunker|dari|para)\s+){0,4}(?:DPRD\s+)?$",
    _I,
)
_NEXT_GUEST = re.compile(r"(?:\b(?:dari|asal|DPRD|DPRK|rombongan)\s+)$", _I)


def _received_again(text: str, sents, resolved: list[Place], results: list[Extraction], line, published) -> None:
    """A record for the guests a visit's one host is told to have received next (`_RECEIVED_AGAIN`)."""
    if len({(r.visit.destination.province, r.visit.destination.regency) for r in results}) != 1:
        return
    if "kembali" not in text and "lagi" not in text and "usul" not in text:
        return
    homes = {r.visit.origin.regency or r.visit.origin.province for r in results}
    first = results[0]
    dest = first.visit.destination
    days_in = _day_reader(text, sents, line, published)
    for m in finditer(_RECEIVED_AGAIN, text):
        budget.spend(2 * len(resolved))  # (each match looks through the places after it, and before it)
        sent = sentence_at(sents, m.start())
        sender = next(
            (
                p
                for p in resolved
                if m.end() <= p.mention.start < min(sent[1], m.end() + 100)
                and p.region.name not in (dest.regency, dest.province)
                and (p.mention.government or _NEXT_GUEST.search(text, max(0, p.mention.start - 12), p.mention.start))
                and not _NOT_SUBJECT.search(text, m.end(), p.mention.start)
                and p.dest <= p.origin
            ),
            None,
        )
        if sender is not None and sender.region.name in homes:
            # (the next guests are the record found, told in stronger words: the guests the host received first
            # are the other sender, "menerima studi tiru Pemkab A … Sore harinya menyusul rombongan asal B")
            sender = next(
                (
                    p
                    for p in resolved
                    if p.mention.start < m.start()
                    and p.region.name not in homes
                    and p.region.name not in (dest.regency, dest.province)
                    and (
                        p.mention.government or _NEXT_GUEST.search(text, max(0, p.mention.start - 12), p.mention.start)
                    )
                    and _FIRST_GUESTS.search(text, max(0, p.mention.start - 60), p.mention.start)
                    and p.dest <= p.origin
                ),
                None,
            )
            if sender is not None:
                sent = sentence_at(sents, sender.mention.start)
        if sender is None or sender.region.name in homes:
            continue
        region = sender.region
        visit = _guest_visit(first, text, sender, with_unit=True)
        # (other guests: the cohort's programme, count and activity are not theirs)
        visit.program = visit.cohort = visit.participants = None
        visit.organizer = None
        acts = programs.find_activities(text[sent[0] : sent[1]])
        visit.activity = first_activity(acts).activity if acts else "other"
        evidence = dict(first.evidence)
        days = days_in(sent)
        if days[0] is not None:
            visit.start_date, visit.end_date = days[0], days[1]
        span = (sender.mention.start, sender.mention.end)
        for path in ("origin.institution", "origin.province", "origin.regency"):
            evidence[path] = Evidence(spans=[span], confidence=0.6)
        for path in ("program", "cohort", "participants", "organizer"):
            evidence[path] = Evidence(confidence=0.0)
        homes.add(region.name)
        results.append(Extraction(visit=visit, evidence=evidence))


def senders_each_to_own_place(sents, resolved: list[Place], dest_frames, origin_frames, line) -> list | None:
    """Senders each written with its own destination in one clause ("DPRD A ke Kota X, sedangkan DPRD B ke
    Kabupaten Y"): the (destination, sender) pairs the clauses give, when every sender names exactly one
    place and no two the same; else None (senders received together at every stop)."""
    below = opener_start(line)
    body = [p for p in resolved if p.mention.start >= below]
    senders = [p for p in body if p.region in origin_frames and p.origin > 0]
    pairs = []
    for o in origin_frames:
        first = next((p for p in senders if p.region == o), None)
        if first is None:
            return None
        sent = sentence_at(sents, first.mention.start)
        end = min([p.mention.start for p in senders if p.mention.start > first.mention.start] + [sent[1]])
        named = {p.region for p in body if first.mention.end <= p.mention.start < end and p.region in dest_frames}
        if len(named) != 1:
            return None
        pairs.append((named.pop(), o))
    return pairs if len({d for d, _ in pairs}) == len(pairs) else None


# the host's own earlier trip to its visitors' home, for study ("Pada 2022 lalu, Pemkab A melalui Dinas X
# juga sudah berkunjung ke Dinas Y B untuk studi tiru …"): between the host and the visitors' place, a
# verb of going there and the unit gone to
_GONE_TO = re.compile(
    r"[^.;\n]{0,60}?\b(?:(?:"
    + verbs.TRAVELLING
    + r"|datang|melakukan\s+(?:kunjungan|studi|benchmarking|kaji)\w*(?:\s+\w+)?"
    r"|stud[iy]\s+(?:banding|tiru|komparatif))\s+ke"
    # (or by a verb of visiting with no "ke": "Pemkab A juga pernah mengunjungi Kabupaten B untuk …")
    r"|" + verbs.VISITING + r")\s+(?P<unit>(?:(?-i:[A-Z])[\w-]*\s+){0,4})",
    _I,
)
# the learning of a return visit told as an exchange: "untuk berbagi ilmu/pengalaman"
_SHARED = re.compile(r"\b(?:berbagi|bertukar)\s+(?:ilmu|pengalaman|pengetahuan)\b", _I)


# a trip told as what may or will happen, not what the host did (any word of it: akan, nantinya, kelak, mungkin)
_NOT_YET = re.compile(r"\b(?:akan|nantinya|kelak|rencananya|direncanakan|berencana|mungkin)\b", _I)


def _return_visit(text: str, sents, resolved: list[Place], visit: Visit, dated) -> Extraction | None:
    """A reciprocal visit the article recounts: the host had earlier travelled to the visitors' region to
    learn ("studi tiru balasan"); its own record, with only what its sentence says (a past trip told
    of anyone else, or with no study purpose, is background, not a visit)."""
    home = visit.origin.regency or visit.origin.province
    host = visit.destination.regency or visit.destination.province
    if home is None or host is None or home == host:
        return None
    for i, a in enumerate(resolved):
        if a.region.name != host:
            continue
        sent = sentence_at(sents, a.mention.start)
        b = next((p for p in resolved[i + 1 :] if p.mention.start < sent[1] and p.region.name != host), None)
        if b is None or b.region.name != home:
            continue
        m = _GONE_TO.fullmatch(text, a.mention.end, b.mention.start)
        if m is None or not (STUDY.search(text, *sent) or LEARNING.search(text, *sent) or _SHARED.search(text, *sent)):
            continue
        if _NOT_YET.search(text, sent[0], b.mention.start):
            continue  # "bukan tidak mungkin Pemkot A nantinya juga berkunjung ke B": a trip not made, maybe never
        told = text[slice(*sent)]
        found = programs.find_activities(told)
        back = Visit(
            activity=first_activity(found).activity if found else "other",
            origin=Origin(
                institution=a.mention.text,
                province=a.region.province,
                regency=a.region.name if a.region.kind != "province" else None,
            ),
            destination=Destination(
                province=b.region.province,
                regency=b.region.name if b.region.kind != "province" else None,
                host=text[m.start("unit") : b.mention.end] if m.group("unit") else b.mention.text,
            ),
            host_agencies=[m.group("unit").strip()] if m.group("unit") else [],
            officials=visit.officials,
            source=visit.source,
        )
        evidence = {
            "origin.province": Evidence(spans=[(a.mention.start, a.mention.end)], confidence=0.6),
            "destination.province": Evidence(spans=[(b.mention.start, b.mention.end)], confidence=0.6),
        }
        start, end, spans, conf = dated(sent)  # only the days its own sentence gives
        if start is not None:
            back.start_date, back.end_date = start, end
            evidence["start_date"] = Evidence(spans=spans[:1], confidence=conf)
            evidence["end_date"] = Evidence(spans=spans[-1:], confidence=conf)
        return Extraction(visit=back, evidence=evidence)
    return None
