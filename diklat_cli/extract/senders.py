"""Who travels: the cohorts (`Key`, one programme and its angkatan), where each comes from
and who sends it (a unit, a council along, a national body), as written.

One concern: the travelling groups and their senders, including a second body of the sender's
region that travels with it (`council_along`, `body_along`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

from diklat_cli.extract import agencies, dates, places, programs, trainees, verbs
from diklat_cli.extract.frames import members_come_from
from diklat_cli.extract.hosts import COUNCIL_BODIES, COUNCILS, HOSTING_WORDS, LOCAL_GOES, host_form
from diklat_cli.extract.place_links import distinct_regions, linked_places
from diklat_cli.extract.place_roles import Place
from diklat_cli.extract.scanning import either, finditer, first_letter_gated, folded, positions
from diklat_cli.extract.sentences import sentence_at, sentence_spans
from diklat_cli.models import Extraction, Visit

_I = re.IGNORECASE
# what may stand between a programme/cohort and the sender named after it
_GAP_TO_ORIGIN = re.compile(
    r"^(?:\s|,|\(|\)|-|angkatan|ke-|ke(?=\s*\d)|\d+|[IVXLC]+|tahun|anggaran|ta\.?|di\s+lingkungan|di\s+lingkup|lingkungan|lingkup|dari|asal|jajaran"
    r"|bagi|tingkat|tk\.?|pola|baru|peserta|para|\([^)]{0,30}\)|[a-z]+(?=\))"
    # a region's own training body between the cohort and the region runs it for that region ("PKA Angkatan
    # II BPSDM Provinsi Jambi"); a national body's regional centre (PPSDM … Regional X) does not
    r"|(?-i:BPSDM[DA]?|BKPSDM[D]?|BKPP[D]?|BKD|Badiklat|Bandiklat(?:da)?)(?=\s))*$",
    _I,
)


@dataclass
class Key:
    """One travelling cohort: a programme and its angkatan."""

    program: str | None
    cohort: int | None
    spans: list[tuple[int, int]] = field(default_factory=list)  # where the programme is named
    cohort_span: tuple[int, int] | None = None
    origin: Place | None = None
    contrast: bool = False  # named only in a clause of its own ("sedangkan Angkatan V …")


def cohorts_together(keys: list[Key]) -> Key | None:
    """Several cohorts of one programme and sender travelling to several places, nobody saying which went
    where: one group at every place, as docs/schema.md decides ("Several cohorts, several places, nobody says
    who went where. One visit per place, the cohorts together as its group: `program` when they share one,
    `cohort` null when there are several"). None when the cohorts are not several, belong to different
    programmes (two courses, most often of two senders) or come from different senders (each its own party)."""
    origins = [k.origin for k in keys if k.origin]
    if len(keys) < 2 or len({k.program for k in keys}) > 1 or len({o.region for o in origins}) > 1:
        return None
    return Key(keys[0].program, None, sorted({s for k in keys for s in k.spans}), None, origins[0] if origins else None)


# what may stand between a cohort and the programme written after it ("Dikreg XLVI Sesko TNI")
_COHORT_BEFORE = re.compile(r"[\s()]*(?:\w+\s+)?")
# what joins two programmes that travel together: "PKA dan PKP", "PKA (…) serta PKP"
PROGRAM_LINK = re.compile(r"\s*\)?\s*(?:\([^()]{0,20}\)\s*)?(?:,|dan|serta|&)\s*(?:peserta\s+)?", _I)
# ... with the first programme's own cohort and count before the link, the group told as a breakdown of its
# programmes: "Peserta terdiri dari PKA angkatan I sebanyak 40 orang dan PKP yang diikuti 30 orang" (kb-07
# serasijateng; ka-25 navigasivisual "38 peserta PKA Angkatan III dan 51 Peserta PKP", dev-b-02 "PKA Angkatan III
# dan PKP"): each programme a group that travels
_PROGRAM_LINK_AFTER_OWN = re.compile(
    r"\s*(?:angkatan\s*(?:ke\s*-?\s*)?(?:\d{1,3}|(?-i:[IVXLC]{1,6}))\b\s*)?,?\s*"
    r"(?:(?:sebanyak|berjumlah|yang\s+diikuti|diikuti|dengan)\s+(?:oleh\s+)?\d{1,4}\s+(?:orang|peserta)\b\s*,?)?"
    r"\s*(?:,|dan|serta|&)\s*(?:(?:\d{1,4}\s+)?peserta\s+)?",
    _I,
)


# the words that open a clause about another group: "Adapun angkatan XXV …", "sedangkan peserta Angkatan V"
# (any word of going on to another, selanjutnya ("lalu" and "berikutnya" are as often "tahun lalu", "tahun
# berikutnya": another year's cohort); "untuk" or "bagi"; the group by any of its names: peserta, rombongan,
# tim, regu, delegasi, kelompok, kelas, kloter)
_CONTRAST_OPENER = re.compile(
    r"(?:\b(?:adapun|sedangkan|sementara(?:\s+itu)?|kemudian|selanjutnya)\s*,?\s+(?:(?:untuk|bagi)\s+)?"
    r"(?:(?:para\s+)?(?:"
    + trainees.TRAINEES
    + r"|rombongan|tim|regu|delegasi)\s+)?(?:(?:kelompok|tim|regu|kelas|kloter)\s+)?"
    r"(?:angkatan\s*(?:ke\s*-?\s*)?)?)$",
    _I,
)


_CLAUSE_START = re.compile(r"(?:[,;:]|\bdan|\bserta)\s*$|^\s*$", _I)
_SENT_TO = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,?\s*(?:ke|menuju|berkunjung\s+ke|mengunjungi)\s+(?-i:[A-Z])", _I)


_SIDE_BY_SIDE = re.compile(r"\b(?:dan|serta|sedangkan|sementara|adapun)\b", _I)
# ... or one cohort's trainees received together with another's: "25 peserta PKN II Angkatan 3 bersama 12 peserta
# PKN II Angkatan 4", "peserta Latsar Angkatan XII beserta para peserta Angkatan XIII" (never "bersama alumni …")
_WITH_TRAINEES = re.compile(
    r"\b(?:bersama|beserta)\s+(?:(?:dengan|para|sejumlah|\d{1,4})\s+)*(?:orang\s+)?(?:" + trainees.TRAINEES + r")\b", _I
)


# (as programs.find_cohorts reads a list: "Angkatan XIX, XX, dan XXI", a comma and a conjunction before the last)
_COHORT_LINK = re.compile(
    r"\s*(?:,\s*(?:dan|serta)\b|,|dan|serta|&|sampai\s+dengan|sampai|hingga|s\.\s*d\.?|s/d|[-–])\s*"
    r"(?:angkatan\s*)?(?:ke\s*-?\s*)?",
    _I,
)


def _linked_cohorts(text: str, end: int, start: int) -> bool:
    """Two cohorts written together: "Angkatan VII dan VIII", or the numbers of one range ("Angkatan I
    sampai dengan III", read by programs.find_cohorts as cohorts 1, 2 and 3 on the range's span)."""
    return start < end or _COHORT_LINK.fullmatch(text, end, start) is not None


def one_cohort_list(text: str, key: Key, keys: list[Key]) -> tuple[int, int] | None:
    """Where the cohorts of the key's programme are written as one list ("PKP Angkatan V dan VI", "Angkatan
    19 hingga 21"): the span from its first cohort to its last, or None when they are not so written."""
    spans = sorted({k.cohort_span for k in keys if k.program == key.program and k.cohort_span is not None})
    if len(spans) < 2 or key.cohort_span is None:
        return None
    if not all(_linked_cohorts(text, a[1], b[0]) for a, b in zip(spans, spans[1:], strict=False)):
        return None
    return spans[0][0], spans[-1][1]


def cohort_list_within(
    text: str, start: int, end: int, key: Key, keys: list[Key], cohorts: list
) -> tuple[int, int] | None:
    """The key's cohort written in one list with another cohort of its programme between start and end (a
    headline's "80 Peserta PKP Angkatan 3 dan 4" as well as the body's): the list's span, or None."""
    values = {k.cohort for k in keys if k.program == key.program and k.cohort is not None}
    if key.cohort is None or len(values) < 2:
        return None
    named = sorted((c for c in cohorts if start <= c.start < end and c.value in values), key=lambda c: c.start)
    run: list = []
    for c in named:
        if run and not _linked_cohorts(text, run[-1].end, c.start):
            run = []
        run.append(c)
        if len(run) >= 2 and key.cohort in {r.value for r in run} and len({r.value for r in run}) >= 2:
            later = [d for d in named if d.start > c.start]
            while later and _linked_cohorts(text, run[-1].end, later[0].start):
                run.append(later.pop(0))
            return run[0].start, run[-1].end
    return None


def cohort_keys(text: str, found_programs: list, cohorts: list) -> list[Key]:
    specific = {p.name for p in found_programs if not p.generic}
    families: dict[str, set[str]] = {}
    for name in specific:
        families.setdefault(name.split()[0], set()).add(name)

    def canonical(p: programs.ProgramMention) -> str:
        if p.generic and len(families.get(p.name, ())) == 1:
            return next(iter(families[p.name]))
        return p.name

    keys: list[Key] = []
    used: set[tuple[int, int]] = set()
    for index, p in enumerate(found_programs):
        name = canonical(p)
        next_start = found_programs[index + 1].start if index + 1 < len(found_programs) else len(text)
        # the cohort written right after the programme ("PKP Angkatan VII dan VIII")
        near = [c for c in cohorts if p.end <= c.start < min(p.end + 70, next_start) and (c.start, c.value) not in used]
        chain: list[programs.CohortMention] = []
        for c in near:
            gap = text[(chain[-1].end if chain else p.end) : c.start]
            if chain and not _linked_cohorts(text, chain[-1].end, c.start):
                break
            if not chain and "\n" in gap:
                break
            chain.append(c)
        if not chain:
            # "Pasis Dikreg XLVI Sesko TNI", "Angkatan Ke-51 Sesko TNI": the cohort written just before
            before = [
                c
                for c in cohorts
                if (c.start, c.value) not in used
                and c.end <= p.start
                and _COHORT_BEFORE.fullmatch(text, c.end, p.start)
            ]
            chain = before[-1:]
        if not chain:
            keys.append(Key(name, None, [(p.start, p.end)]))
        for c in chain:
            used.add((c.start, c.value))
            keys.append(Key(name, c.value, [(p.start, p.end)], (c.start, c.end)))
    # one key per programme + cohort; a programme named without a cohort joins its keyed entry
    merged: list[Key] = []
    for k in keys:
        same = [
            m
            for m in merged
            if m.program == k.program and (m.cohort == k.cohort or k.cohort is None or m.cohort is None)
        ]
        if same:
            target = same[0]
            if target.cohort is None and k.cohort is not None:
                if any(m.cohort is not None for m in merged if m.program == k.program):
                    continue
                target.cohort, target.cohort_span = k.cohort, k.cohort_span
            target.spans.extend(k.spans)
            continue
        merged.append(k)
    # a second cohort of the same programme is a second visit only when written together
    # with the first ("Angkatan VII dan VIII"); otherwise it is a slip or another year's cohort
    result: list[Key] = []
    for k in merged:
        siblings = [r for r in result if r.program == k.program]
        if siblings and k.cohort_span and siblings[0].cohort_span:
            gap = text[siblings[-1].cohort_span[1] : k.cohort_span[0]]
            if not _linked_cohorts(text, siblings[-1].cohort_span[1], k.cohort_span[0]) and not (
                # "peserta PKA Angkatan II dari A dan peserta PKA Angkatan III dari B": each cohort
                # written with its own programme, side by side in one sentence
                len(gap) <= 120
                and (_SIDE_BY_SIDE.search(gap) or _WITH_TRAINEES.search(gap))
                and not re.search(r"[.!?]\s|\n", gap)
                and any(e <= k.cohort_span[0] and k.cohort_span[0] - e <= 3 for _, e in k.spans)
            ):
                continue
        result.append(k)
    # generic family names left over ("Diklatpim" with no level anywhere) are not a programme
    result = [k for k in result if not (k.program in families and k.program not in specific)] or result
    # a family word that only introduces a named programme ("Program Diklat Kepemimpinan Sespimmen")
    generic = {p.name for p in found_programs if p.generic} - specific
    if any(k.program in specific for k in result):
        result = [k for k in result if k.program not in generic]
    # the travelling programme is the one named first; others must carry their own cohort or be
    # written together with it ("peserta PKA dan PKP", "PKA (…) serta PKP (…)")
    if len(result) > 1:
        first = result[0]
        together = {first.program}
        for a, b in zip(found_programs, found_programs[1:], strict=False):
            if canonical(a) in together and (
                PROGRAM_LINK.fullmatch(text, a.end, b.start) or _PROGRAM_LINK_AFTER_OWN.fullmatch(text, a.end, b.start)
            ):
                together.add(canonical(b))
        result = [k for k in result if k is first or k.program in together or k.cohort is not None]
    # the cohort named in another sentence than the programme ("… PKA. Rombongan Angkatan II …"):
    # when the article names one programme and one cohort, they belong together
    values = {c.value for c in cohorts}
    if len(result) == 1 and result[0].program and result[0].cohort is None and len(values) == 1:
        result[0].cohort, result[0].cohort_span = cohorts[0].value, (cohorts[0].start, cohorts[0].end)
    # "… Angkatan IV ke Pemkab X, sedangkan Angkatan V ke Pemkot Y": a cohort that opens a contrast
    # clause of its own is a second travelling group of the one programme the article names
    if len(result) == 1 and result[0].program and result[0].cohort is not None:
        first = result[0]
        for c in cohorts:
            if c.value in {k.cohort for k in result}:
                continue
            # "…, Angkatan II ke Kabupaten Gowa pada …": a cohort whose own clause sends it somewhere
            if _CONTRAST_OPENER.search(text, max(0, c.start - 40), c.start) or (
                _CLAUSE_START.search(text, max(0, c.start - 6), c.start) and _SENT_TO.match(text, c.end)
            ):
                result.append(Key(first.program, c.value, [], (c.start, c.end), contrast=True))
    # without a programme, "gelombang" is a wave of the trip, not a cohort
    cohorts = [c for c in cohorts if not text[c.start : c.end].lower().startswith("gelombang")]
    if not result and cohorts:
        result.append(Key(None, cohorts[0].value, [], (cohorts[0].start, cohorts[0].end)))
    return result


def origin_after(text: str, key: Key, resolved: list[Place]) -> Place | None:
    """The sender named right after the programme or cohort ("PKA Angkatan IV Kabupaten Cilacap")."""
    anchors = sorted(end for _, end in key.spans + ([key.cohort_span] if key.cohort_span else []))
    for anchor in anchors:
        for place in resolved:
            if place.mention.start < anchor:
                continue
            gap = text[anchor : place.mention.start]
            if place.mention.start - anchor <= 80 and "\n" not in gap and _GAP_TO_ORIGIN.match(gap):
                return place
            break
    return None


def split_by_sender(text: str, sents, keys: list[Key], resolved: list[Place]) -> list[Key]:
    """One programme written twice in one sentence, each time with a sender of its own ("40 peserta
    Latsar CPNS Kabupaten A dan 35 peserta Latsar CPNS Kabupaten B"): a travelling group per sender
    (a headline's "PKA Bengkulu" and the body's "PKA … Provinsi Bengkulu" are one sender)."""
    out: list[Key] = []
    for key in keys:
        by_region: dict[places.Region, list[tuple[int, int]]] = {}
        firsts: dict[places.Region, Place] = {}
        for span in key.spans[:20]:
            place = origin_after(text, Key(key.program, None, [span]), resolved)
            if place is not None:
                by_region.setdefault(place.region, []).append(span)
                firsts.setdefault(place.region, place)
        regions = list(by_region)
        side_by_side = any(
            sentence_at(sents, sa[0]) == sentence_at(sents, sb[0])
            for i, a in enumerate(regions)
            for b in regions[i + 1 :]
            if a.province != b.province or (a.kind != "province" and b.kind != "province")
            for sa in by_region[a]
            for sb in by_region[b]
        )
        if not side_by_side:
            out.append(key)
            continue
        for region, spans in by_region.items():
            out.append(Key(key.program, key.cohort, spans, key.cohort_span, firsts[region]))
    return out


# a word of the trip in the programme's own sentence: its cohort came, was received, or went (the trip words and
# the host's receiving)
_TRIP_WORD = re.compile(r"\b(?:" + verbs.TRIP_WORDS + r"|" + verbs.RECEIVING + r")\b", _I)


def programmes_with_own_sender(
    text: str, sents, found_programs: list, keys: list[Key], resolved: list[Place]
) -> list[Key]:
    """Another programme written with a sender of its own in a sentence of the trip ("Pemprov X juga menerima
    peserta PKP dari BPSDM Provinsi Y"), beside a travelling programme whose sender is another: a host that
    receives cohorts of two programmes from two bodies reports two visits, though the second carries no
    angkatan (`cohort_keys` keeps a second programme only with its own cohort or written with the first)."""
    if not keys or any(k.program is None for k in keys):
        return keys
    homes = [k.origin or origin_after(text, k, resolved) for k in keys]
    if any(h is None for h in homes):
        return keys
    named = {k.program for k in keys}
    added: list[Key] = []
    for p in found_programs:
        if p.generic or p.name in named:
            continue
        place = origin_after(text, Key(p.name, None, [(p.start, p.end)]), resolved)
        if place is None or any(h.region == place.region for h in homes if h is not None):
            continue
        if any(o.region == place.region and o.dest > o.origin for o in resolved):
            continue  # "proyek perubahan alumni PKP Provinsi X", X the host: its own programme, no guest
        sent = sentence_at(sents, p.start)
        if not _TRIP_WORD.search(text, sent[0], sent[1]):
            continue
        named.add(p.name)
        added.append(Key(p.name, None, [(p.start, p.end)], None, place))
    return keys + added


# a sentence that goes on with "the group" ("Rombongan itu datang ke …", "Delegasi tersebut tiba …")
# (the group called back by any of its names, tim, delegasi, kontingen, utusan; with itu, tersebut or ini;
# a word or two between, "kemudian langsung"; any verb of going or of doing the trip)
_THAT_GROUP = re.compile(
    r"(?=[rdtkuRDTKU])\b(?:rombongan|delegasi|tamu|tim|kontingen|utusan)\s+(?:itu|tersebut|ini)\s+(?:\w+\s+){0,2}?"
    r"(?:datang|tiba|" + verbs.TRAVELLING + r"|" + verbs.DEPARTING + r"|" + verbs.VISITING + r"|melakukan"
    r"|melaksanakan|menggelar)\b",
    _I,
)


def name_the_group(text: str, sents, resolved: list[Place]) -> None:
    """A government named in one sentence and called "rombongan itu" in the next, which travels
    ("Salah satunya Pemkot A. Rombongan itu datang ke Kota B"): that government is the sender."""
    for m in finditer(_THAT_GROUP, text):
        lo = sentence_at(sents, m.start())[0]
        if lo == 0 or text[lo : m.start()].strip():
            continue  # not what the sentence opens with
        prev = sentence_at(sents, lo - 1)
        named = [p for p in resolved if prev[0] <= p.mention.start < prev[1] and p.mention.government]
        if len({p.region for p in named}) == 1 and named[0].dest < 2:
            named[0].origin += 2


def listed_senders(
    text: str, keys: list[Key], resolved: list[Place], organizers: list[agencies.Organizer] | None = None
) -> list[Key]:
    """A programme written with a list of senders ("Diklat PIM IV Kota A dan Kota B", "peserta PKA
    Kabupaten A serta Kabupaten B"): one travelling group per sender, each with the programme (a
    province listed with its own regency only locates it); a cohort goes with the first sender.
    Where the text names the training body that runs the programme ("Latsar CPNS Kabupaten A, B, C yang
    diselenggarakan BPSDM X"), or where the words tell the members come from them ("Peserta PKA dari A, B
    …"), the regions are its members' homes: one cohort, sent by that body."""
    if len(keys) != 1 or keys[0].origin is None:
        return keys
    key = keys[0]
    at = next(i for i, p in enumerate(resolved) if p is key.origin)
    chain = [key.origin]
    for place in resolved[at + 1 :]:
        if not linked_places(text, chain[-1], place) or place.dest > place.origin:
            break
        chain.append(place)
    regions = distinct_regions(chain, text)
    if len(regions) < 2:
        return keys
    start = chain[0].mention.start
    opens = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    if members_come_from(text[opens:start]) or any(
        not (chain[0].mention.start <= o.start < chain[-1].mention.end) for o in organizers or ()
    ):
        # (the first member's region is then no sender either)
        key.origin.origin -= 3
        key.origin = None
        return keys
    out = [key]
    for region in regions[1:]:
        place = next(p for p in chain if p.region == region)
        place.origin += 3
        # the cohort is written with the first sender ("Angkatan I Kota A dan Kota B"): a cohort
        # number is one organizer's count, the others' is not given
        out.append(Key(key.program, None, key.spans, None, place))
    return out


# a body written before its region: "DPRD Kabupaten X", "BKAD Kabupaten Y", "Apdesi Aceh Tenggara"
_KOMISI_BEFORE = re.compile(r"\b(?:Komisi|Pansus|Fraksi)\s+(?:[IVX]{1,4}|[A-E]|\d{1,2})\s+$")
BODY_BEFORE = re.compile(r"(?<![\w-])(?P<body>[A-Z][A-Za-z]{1,9})\s+$")


# (the commas may be left out: "Pemerintah Desa X Kecamatan Y Kabupaten Z menggelar …")
_ADDRESS_GAP = re.compile(r"\s*,?\s*(?:Kecamatan|Kec\.)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*,?\s*")
_UNIT_ENDS = re.compile(r"[A-Za-z),]\s+$")  # a name ends right before the place
_ROLE_ENDS = frozenset(("camat", "lurah", "bupati", "walikota", "gubernur", "kepala", "ketua", "sekda", "kades"))


def _unit_that_travels(text: str, mentions: list[Place]) -> tuple[str, tuple[int, int]] | None:
    """A unit written right before the sender's place, where the words make that place the
    travellers' ("Dinas Kominfo … (Diskominfotiksan) Kabupaten X, Lampung datang studi tiru ke …",
    "BUMDes Maju Desa Y menggelar studi banding"): the unit is the body that travelled."""
    p = max(mentions, key=lambda p: p.origin, default=None)
    if p is not None and p.origin >= 2 and _UNIT_ENDS.search(text, max(0, p.mention.start - 3), p.mention.start):
        # (the address's comma too: "Desa Kemantren, Kecamatan Paciran, Lamongan")
        lo = max(0, p.mention.start - 120)
        units = agencies.find_units(text, lo, p.mention.start)
        for n, unit in enumerate(units):
            address = _ADDRESS_GAP.fullmatch(text, unit.end, p.mention.start)
            if (
                (not text[unit.end : p.mention.start].strip() or address)
                and "\n" not in text[unit.start : p.mention.start]
                and not agencies.is_training_body(unit.name)
                and len(unit.name.split()) > 1
                and unit.name.split()[-1].lower() not in _ROLE_ENDS  # "… dan Camat Penajam": a person's role
                # "Sekolah Kader Desa Angkatan II Kabupaten X": a course's cohort, no unit's name
                and "angkatan" not in unit.name.lower()
            ):
                start = unit.start
                if n and not text[units[n - 1].end : unit.start].strip():
                    start = units[n - 1].start  # "BUMDes Sumber Makmur Desa Kemantren": a village's unit
                end = unit.end if address else p.mention.end  # an address is no part of the name
                return text[start:end], (start, end)
    return None


_HEADS = r"(?:bupati|walikota|wali\s+kota|gubernur)"
_HEAD_BEFORE = re.compile(rf"\b{_HEADS}\s+$", _I)
_HEAD_FIRST = re.compile(rf"{_HEADS}\s", _I)  # a mention written with its head ("Bupati X")
_TOGETHER = re.compile(r"\s*,?\s*(?:bersama|beserta)\b", _I)  # "Pemkab X bersama …": the government leads
_LEADER_BEFORE = re.compile(r"\b(?:ketua|wakil\s+ketua|pimpinan)\s+$", _I)


def _council_that_travels(text: str, mentions: list[Place], sender: Place) -> tuple[str, tuple[int, int]] | None:
    """The region's council written where the text makes the region the sender ("para anggota DPRD X
    berangkat kunker", "Komisi II DPRD X menuju …"), its government named only in passing ("kata Kabag Umum
    Pemkab X"): the council is the sender. None when a government mention of the region is as much the
    sender's, or the sender's mention has no council before it."""
    best = max(mentions, key=lambda p: p.origin, default=None)
    if best is None or best.origin < 2 or sender.origin < best.origin:
        return None
    if any(p.mention.government and p.origin >= best.origin for p in mentions):
        return None
    # the region's government or head leading the party in the council's own sentence ("Bupati X bersama Komisi
    # II DPRD X …", "Studi banding yang dijalani Pemerintah Kota X … dikritik Anggota DPRD Kota X")
    lo = sentence_at(sentence_spans(text), best.mention.start)[0]
    for p in mentions:
        if lo <= p.mention.start < best.mention.start and (
            _HEAD_BEFORE.search(text, max(0, p.mention.start - 12), p.mention.start)
            or _HEAD_FIRST.match(p.mention.text)
            or (p.mention.government and _TRIP_WORD.search(text, max(lo, p.mention.start - 60), p.mention.start))
            or (p.mention.government and _TOGETHER.match(text, p.mention.end))
        ):
            return None
    m = BODY_BEFORE.search(text, max(0, best.mention.start - 12), best.mention.start)
    if m is None or m.group("body") not in COUNCILS:
        return None
    if _LEADER_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None  # ("… bersama Ketua DPRD X": a leader of the council escorting, not the council)
    return text[m.start() : best.mention.end], (m.start(), best.mention.end)


def sender_form(text: str, mentions: list[Place], organizer, sender: Place) -> tuple[str, tuple[int, int]] | None:
    """The sender as a body: its government ("Pemkab X"), else a body named with the place
    where the text makes it the sender ("DPRD Kota X"), else the region's own training body,
    else the place as written. A national body's unit written before the place with its grade ("Lapas Kelas IIA
    X", "LLDikti Wilayah I Y") is the sender, whose seat the place is."""
    unit = agencies.national_unit_before().search(text, max(0, sender.mention.start - 60), sender.mention.start)
    if unit is not None:
        return text[unit.start("unit") : sender.mention.end], (unit.start("unit"), sender.mention.end)
    form = host_form(text, mentions)
    body = _unit_that_travels(text, mentions)
    if body is not None:
        return body
    council = _council_that_travels(text, mentions, sender)
    if council is not None:
        return council
    if form is None or any(p.mention.government for p in mentions):
        return form
    first_line = text.find("\n")
    first = next((p for p in mentions if p.mention.start > first_line), mentions[0])  # below the headline
    for p in (sender, first) if first is not sender else (sender,):
        m = BODY_BEFORE.search(text, max(0, p.mention.start - 12), p.mention.start)
        if m and agencies.is_body_acronym(m.group("body")):
            # "Komisi D DPRD DKI Jakarta": the council's komisi that travelled is part of the sender
            k = _KOMISI_BEFORE.search(text, max(0, m.start() - 20), m.start())
            start = k.start() if k else m.start()
            return text[start : p.mention.end], (start, p.mention.end)
    if organizer is not None and organizer.region == sender.region:
        return organizer.name, (organizer.start, organizer.end)
    return form


# "Pemkot A bersama komisi A DPRD", "Wali Kota A bersama jajaran pemerintah daerah dan anggota DPRD
# Kota A": the government travels with its council, as a body ("anggota DPRD", "Komisi B DPRD"), not
# one of its leaders escorting ("didampingi Ketua DPRD"); one list, no comma between
_WITH_COUNCIL = re.compile(
    r"\b(?:bersama|beserta)\s+(?:[^.;,\n]{0,50}?\s+)??(?:(?:para|seluruh|sejumlah|beberapa)\s+)?(?:anggota\s+)?"
    r"(?P<body>(?:komisi\s+(?-i:[IVX]{1,4}|[A-E]|\d{1,2})\s+)?(?-i:DPR[DAKP]))\b(?!\s*(?:\(|lainnya))",
    _I,
)


# "Pemerintah dan DPRD Kabupaten X", "Dewan dan Pemkab X", "Pemkab X bersama DPRD …": a government and its
# council named as one subject before their region
_GOV_WORDS = (*places.GOVERNMENT_WORDS, "eksekutif")
# (a region's council is a DPRD, in Aceh a DPRA or DPRK, in Papua a DPRP)
_COUNCIL_WORDS = ("dprd", "dpra", "dprk", "dprp", "dewan", "legislatif")
_COUNCIL_BEFORE = frozenset(c + " " for c in COUNCILS)  # "DPRD ", "DPRK ": a council named before its region
_BODIES = "|".join(_GOV_WORDS + _COUNCIL_WORDS)
_BODY_PAIR = re.compile(
    rf"\b(?P<a>{_BODIES})\s+(?:dan|serta|&|bersama|beserta)\s+"
    # the council may be written out: "Dewan Perwakilan Rakyat Daerah (DPRD)"
    rf"(?:(?P<b>{_BODIES})(?:\s+perwakilan\s+rakyat\s+daerah(?:\s*\(DPRD\))?)?\s+)?$",
    _I,
)
# (behind a look-ahead for the letters it can start with: its alternatives are not tried at other words)
_BODY_PAIR = first_letter_gated(_BODY_PAIR)
_GOV_PREFIX = re.compile(rf"^{places.GOVERNMENT_WORD}\s+", _I)


def government_and_council(
    text: str, resolved: list[Place], home: str
) -> tuple[tuple[str, str], tuple[int, int]] | None:
    """A government and its council named as one subject before their region ("Jajaran Pemerintah dan
    DPRD Kabupaten X", "Dewan dan Pemkab X"): the two bodies as written, and where. `home`: the
    sender's region name."""
    if "dan" not in text and "bersama" not in text:
        return None
    for p in resolved:
        if p.region.name != home:
            continue
        pair = _BODY_PAIR.search(text, max(0, p.mention.start - 70), p.mention.start)
        if pair is None:
            continue
        own = _GOV_PREFIX.match(p.mention.text)
        second = pair.group("b") or (own.group(0) if own else "")
        words = {pair.group("a").lower(), (second.split() or [""])[0].lower()}
        if not (words & set(_GOV_WORDS) and words & set(_COUNCIL_WORDS)):
            continue
        base = _GOV_PREFIX.sub("", p.mention.text)
        government = p.mention.text if own else f"Pemerintah {base}"
        # the council as the text writes it elsewhere ("DPRD Kabupaten A"), else "DPRD A" (or "DPRK A",
        # as the pair names it)
        word = next((w.upper() for w in words if w.upper() in COUNCILS), "DPRD")
        council = next(
            (
                text[q.mention.start - 5 : q.mention.end]
                for q in resolved
                if q.region.name == home
                and not q.mention.government
                and text[max(0, q.mention.start - 5) : q.mention.start] in _COUNCIL_BEFORE
            ),
            f"{word} {base}",
        )
        return (government, council), (pair.start(), p.mention.end)
    return None


_COUNCIL_WRITTEN_OUT = re.compile(r"\bDewan\s+Perwakilan\s+Rakyat\b", re.IGNORECASE)


def council_along(text: str, sents, resolved: list[Place], visit: Visit) -> tuple[str, tuple[int, int]] | None:
    """The council of the sending region named as travelling together with its government: its name
    as written and its span. Only when the sender is a regional government (not itself a council) and the
    council is not joined to the region's head, whose party it then belongs to."""
    home = visit.origin.regency or visit.origin.province
    institution = visit.origin.institution or ""
    if home is None or "DPR" in institution or not any(c in text for c in COUNCILS):
        return None
    if _COUNCIL_WRITTEN_OUT.search(institution):
        # the council, or a body of it, written out: "Badan Musyawarah Dewan Perwakilan Rakyat Daerah Provinsi X"
        # (lk-10 klupas; 35 readable articles write the council so) is no government its council goes along with
        return None
    for m in finditer(_WITH_COUNCIL, text):
        if re.search(r"\b(?:ketua|pimpinan|wakil)\s+$", text[max(0, m.start("body") - 15) : m.start("body")], _I):
            continue  # a council's leader, not the council
        sent = sentence_at(sents, m.start())
        before = [p for p in resolved if sent[0] <= p.mention.start < m.start()]
        # the sending region named before in the sentence, no other place named since
        if not before or before[-1].region.name != home:
            continue
        head = before[-1].mention
        if _HEAD_BEFORE.search(text, max(0, head.start - 12), head.start) or _HEAD_FIRST.match(head.text):
            # the region's head travels with his council ("Wali Kota A bersama jajaran dan anggota DPRD A"):
            # one party, told as one with its head, whatever bodies its members serve (docs/schema.md)
            continue
        after = next((p for p in resolved if p.mention.start >= m.end("body")), None)
        if after is not None and re.fullmatch(r"\s*", text[m.end("body") : after.mention.start]):
            if after.region.name != home:
                continue  # another region's council
            return text[m.start("body") : after.mention.end], (m.start("body"), after.mention.end)
        return m.group("body"), m.span("body")
    return None


# the pair is the ones who travel: the subject of the trip's verb ("Pemkab dan DPRD A mendatangi …",
# "… Dewan dan Pemkab A Kunjungi B") or the owner of the travelling group ("Rombongan Pemkot dan DPRD A",
# "kunjungan kerja Pemerintah dan DPRD A"); not a relation's partners nor the host's bodies
_PAIR_GOES = re.compile(
    r"(?:\s*\([^()]{1,15}\))?\s*(?:(?:yang|sama-sama|bersama-sama|juga|telah|sudah|akan|ini|itu|tersebut)\s+)*"
    r"(?:melakukan|melaksanakan|menggelar|mengadakan|menjalani|"
    + verbs.TRAVELLING
    + r"|mengunjungi|kunjungi|mendatangi|datangi"
    r"|belajar|berangkat|tiba|datang|studi|kunjungan|kunker|benchmark\w*)\b",
    _I,
)
_GROUP_OF = re.compile(
    r"\b(?:rombongan|jajaran|kedatangan|delegasi|kunjungan(?:\s+kerja)?|kunker|studi\s+banding|tim)\s+$", _I
)


def pair_travels(text: str, span: tuple[int, int]) -> bool:
    """A government and council pair written at span is the travellers: the subject of the trip's verb
    ("Pemkab dan DPRD A mendatangi …") or the owner of the travelling group ("Rombongan Pemkot dan DPRD
    A"), not partners of a relation ("sinergi Pemerintah dan DPRD A") nor the host's bodies."""
    return bool(_PAIR_GOES.match(text, span[1]) or _GROUP_OF.search(text, max(0, span[0] - 30), span[0]))


# a body written before its region's name: "Dinas Kesehatan (Dinkes) Kabupaten A", "Bappeda A", "Pemkab A",
# "Komisi I DPRD A" (any head of a regional body: dinas, badan, bagian, kantor, sekretariat, inspektorat, a
# council, a government, or an acronym the vocabulary names as a body)
_BODY_OF_PLACE = re.compile(
    r"(?<![\w-])(?P<body>(?:(?:Komisi|Pansus|Fraksi)\s+\S{1,4}\s+)?(?:Dinas|Badan|Bagian|Biro|Kantor|Sekretariat"
    r"|Inspektorat|Satuan|Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Pemda|(?-i:[A-Z][A-Za-z]{1,9}))"
    r"(?:\s+(?:(?-i:[A-Z][\w-]*)|dan|&)){0,8}?)(?:\s*\((?P<abbr>[A-Z][A-Za-z]{1,11})\))?\s+$"
)
# the two bodies joined: "A dan B", "A serta B", "A bersama B", "A beserta (anggota) B"
_JOINED = re.compile(
    r"^\s*(?:\([^()]{1,15}\)\s*)?,?\s*(?:dan|serta|bersama|beserta)\s+(?:(?:para\s+)?anggota\s+)?$", _I
)
# a trip told before the second body is joined to it: "Studi banding DPRD A itu akan dilakukan bersama …",
# "… berkunjung ke C bersama …" (any name of the trip)
_TRIP_THEN_WITH = re.compile(
    r"\b(?:stud[iy]\s+(?:banding|tiru|komparatif|lapangan)|kaji\s+banding|benchmark\w*|kunjungan|kunker|lawatan)\b"
    r"[^.\n]{0,120}?\b(?:bersama|beserta)\s+(?:(?:para\s+)?anggota\s+)?$",
    _I,
)
_HEAD_WORDS = frozenset(
    ("dinas", "badan", "bagian", "biro", "kantor", "sekretariat", "inspektorat", "satuan", "komisi", "pansus", "fraksi")
)


def _body_at(text: str, p: Place, lo: int) -> tuple[str, int] | None:
    """The regional body written right before a place ("Dinas Sosial Kabupaten A"), after lo (the place
    named before it): its words and start."""
    at = max(lo, p.mention.start - 90)
    while (m := _BODY_OF_PLACE.search(text, at, p.mention.start)) is not None:
        body = m.group("body")
        first = body.split()[0]
        if first.lower() in _HEAD_WORDS or first.lower() in places.GOVERNMENT_WORDS or agencies.is_body_acronym(first):
            return body, m.start()
        at = m.start() + len(first)  # "Kepala Dinas Sosial A": the body starts at a later word
    return None


def _of_council(body: str) -> bool:
    """The body is the council or a part of it: "DPRD", "Komisi B DPRD", "Sekretariat DPRD", "Setwan"."""
    words = body.split()
    return any(w in COUNCILS or w.lower() in ("dewan", "setwan") for w in words)


def _is_government(body: str) -> bool:
    """The body is the region's government itself: "Pemkab", "Pemerintah Kabupaten"."""
    return body.split()[0].lower() in places.GOVERNMENT_WORDS


def body_along(text: str, sents, resolved: list[Place], visit: Visit) -> tuple[str, tuple[int, int]] | None:
    """A second body of the sender's own region that travelled with it, each written with the region's name:
    "Bappeda A dan Dinas Sosial A melakukan studi banding ke …" (the pair the subject of the trip's verb),
    "Studi banding DPRD A dilakukan bersama Dinas Kesehatan A" (the second joined to the trip told): two sending
    bodies, a visit each (docs/schema.md). Its name as written and its span; None when the text names no
    other body of the region so."""
    home = visit.origin.regency or visit.origin.province
    own = (visit.origin.institution or "").lower()
    if home is None or not own or not any(w in text for w in (" bersama ", " dan ", " serta ", " beserta ")):
        return None
    bodies = []
    lo = 0
    for p in resolved:
        before, lo = lo, p.mention.end
        if p.region.name != home:
            continue
        # ("Pemkab A": the government is named with its region)
        found = (p.mention.text.split()[0], p.mention.start) if p.mention.government else _body_at(text, p, before)
        if found is not None:
            bodies.append((found[0], found[1], p))
    for (a, a_start, pa), (b, b_start, pb) in zip(bodies, bodies[1:], strict=False):
        if a.lower() == b.lower() or sentence_at(sents, a_start) != sentence_at(sents, b_start):
            continue
        if _of_council(a) and _of_council(b):
            continue  # two commissions of one council, or the council and its secretariat: one group (schema)
        if (_is_government(a) and not _of_council(b)) or (_is_government(b) and not _of_council(a)):
            continue  # the government and one of its own offices: the government's group
        second = None
        if _JOINED.match(text[pa.mention.end : b_start]) and pair_travels(text, (a_start, pb.mention.end)):
            second = (a, a_start, pa) if b.lower() in own else (b, b_start, pb)
        elif _TRIP_THEN_WITH.search(text, sentence_at(sents, a_start)[0], b_start):
            second = (b, b_start, pb)
        if second is None:
            continue
        name, start, p = second
        if name.lower() in own:
            continue
        return text[start : p.mention.end], (start, p.mention.end)
    return _council_in_shared_list(text, sents, resolved, home, own)


# bodies of one sending region written as one list before the region, named once after the last of them: "DPRD
# bersama direksi PDAM Kota A", "Komisi C DPRD dan Dinas Perhubungan Kabupaten B", "Dinas Pendidikan bersama Komisi
# D DPRD Kota C", "terdiri atas anggota Komisi B DPRD, Dinas Koperasi, dan Bagian Perekonomian Setda Kabupaten E" (a
# member: capitalised words, an abbreviation in brackets; the words for a body's people between members: "direksi",
# "jajaran", "anggota"). The government and its council are government_and_council's pair, and written as one list
# ("rombongan Pemerintah Kabupaten dan DPRD A") the regent's joint delegation: not read here.
_MEMBER = r"(?-i:[A-Z])[\w.&-]*(?:\s+(?:(?-i:[A-Z])[\w.&-]*|\((?-i:[A-Z])[\w.-]*\)))*"
_PEOPLE_OF = ("para", "anggota", "pimpinan", "jajaran", "direksi", "manajemen", "pejabat", "unsur", "rombongan")
_MEMBER_JOIN = (
    r"(?:\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta|bersama|beserta|&)\s+)"
    rf"(?:(?:{'|'.join(_PEOPLE_OF)})\s+)*"
)
_SHARED_LIST = re.compile(rf"(?:{_MEMBER})(?:{_MEMBER_JOIN}(?:{_MEMBER}))+\s+$")
_MEMBER_SPLIT = re.compile(_MEMBER_JOIN)
# the list as the party's make-up: "Rombongan berjumlah 20 orang, terdiri atas …"
_MAKE_UP = re.compile(
    r"\b(?:terdiri\s+(?:atas|dari)|yakni|yaitu)\s+(?:(?:para|anggota|pimpinan|jajaran|unsur|sejumlah)\s+)*$", _I
)
_PARTY = re.compile(r"\b(?:rombongan|tim|delegasi)\b", _I)
# a council or one of its units: "DPRD", "Dewan Perwakilan Rakyat Daerah", "Komisi B", "Pansus III", its standing
# bodies ("Badan Kehormatan", "Banmus", "Bapemperda": the alat kelengkapan dewan) — not "Komisi Informasi", a body
# of its own
_COUNCIL_MEMBER = re.compile(
    r"\b(?:DPR[DAKP]|Dewan\s+Perwakilan|(?:Komisi|Pansus)\s+(?:[A-E]|[IVX]{1,4}|\d{1,2})|Fraksi|Panitia\s+Khusus"
    rf"|(?=[A-Z])(?i:{COUNCIL_BODIES}))\b"
)
# a person, not a body: "Bupati A bersama pimpinan DPRD" (the region's head with its council: one party)
_PERSON = re.compile(
    r"^(?:kepala|ketua|wakil|sekretaris|direktur|kabid|kasi|kasubag|camat|lurah|bupati|wabup|gubernur|wagub"
    r"|wali\s*kota|walikota|wawali|sekda|asisten|staf|pj\.?|plt\.?)\b",
    _I,
)
_BODY_FIRST_WORDS = frozenset(("perumda", "perumdam", "perusahaan"))


# what may follow the region before the trip's verb: its province ("Kota A Kalimantan Utara", "Kota A, Provinsi B,")
# and the day ("…, Senin (8/7/2024), melakukan …")
_DAY_AFTER = re.compile(rf",?\s*(?:{dates.weekday_pattern()})\s*\([^()]{{1,12}}\)\s*,?", _I)


def _region_end(text: str, p: Place) -> int:
    """Where the region's name ends, with its province or the day written after it."""
    end = p.mention.end
    province = p.region.province
    if province and province != p.region.name:
        after = re.match(rf",?\s*(?:Provinsi\s+)?{re.escape(province)}\b,?", text[end : end + 60], _I)
        end += after.end() if after else 0
    day = _DAY_AFTER.match(text, end)
    return day.end() if day else end


def _council_unit(member: str, text: str) -> bool:
    """The member is the council or one of its units: named so, or written elsewhere before the council's name
    ("Badan Pembentukan Peraturan Daerah (Bapemperda) DPRD A" makes "Bapemperda" the council's)."""
    if _COUNCIL_MEMBER.search(member):
        return True
    last = member.split()[-1].strip("()")
    return len(last) > 2 and re.search(rf"\b{re.escape(last)}\)?\s+DPR[DAKP]\b", text) is not None


def _council_in_shared_list(
    text: str, sents, resolved: list[Place], home: str, own: str
) -> tuple[str, tuple[int, int]] | None:
    """A council (or its unit) and another body of the sending region written as one list of the travellers, the
    region named once after the last: two sending bodies, a record each (docs/schema.md: a council is no office of
    its government). The one of the two the found record is not: its name with the region, and its span."""
    if not any(c in text for c in COUNCILS) and "Dewan" not in text and "Komisi" not in text:
        return None
    for p in resolved:
        if p.region.name != home:
            continue
        sent = sentence_at(sents, p.mention.start)
        lo = max(sent[0], p.mention.start - 200)
        # (a region named with its government, "Pemkab A", ends a list of the government's: not read here)
        m = None if p.mention.government else _SHARED_LIST.search(text, lo, p.mention.start)
        if m is None:
            continue
        if any(m.start() <= q.mention.start < p.mention.start and q.region.name != home for q in resolved):
            continue  # another region inside: no one region's list
        if not (
            pair_travels(text, (m.start(), _region_end(text, p)))
            or (
                _MAKE_UP.search(text, max(sent[0], m.start() - 50), m.start())
                and _PARTY.search(text, sent[0], m.start())
            )
        ):
            continue
        members = []
        for piece in _MEMBER_SPLIT.split(text[m.start() : m.end()]):
            words = piece.split()
            while words and words[0].lower() in _PEOPLE_OF:
                words = words[1:]
            if words:
                members.append(" ".join(words))
        if any(_PERSON.match(w) or w.split()[0].lower() in places.GOVERNMENT_WORDS for w in members):
            continue  # office holders, not bodies; the government with its council (see above)
        councils = [w for w in members if _council_unit(w, text)]
        others = [
            w
            for w in members
            if w not in councils
            and (
                (first := w.split()[0].lower()) in _HEAD_WORDS
                or first in _BODY_FIRST_WORDS
                or agencies.is_body_acronym(w.split()[0])
            )
        ]
        if not councils or not others:
            continue
        second = others[0] if _of_council(own.upper()) or any(w.lower() in own for w in councils) else councils[0]
        name = (
            second
            if any(q.region.name == home and q.mention.text in second for q in resolved)
            else f"{second} {p.mention.text}"
        )
        start = text.find(second, m.start())
        return name, (start, start + len(second))
    return None


# the national body a training centre belongs to: "Pusdiklat … Lembaga Administrasi Negara" is LAN
_PARENT_BODY = re.compile(
    r"\b(?:Kementerian|Kemen[a-z]+|Lembaga|Badan|Sekretariat\s+Jenderal|Mahkamah|Kejaksaan|Kepolisian)"
    r"(?:\s+(?:[A-Z][\w-]*|dan|Negara|RI))*$"
)


# ("peserta" alone of the words for trainees (extract/trainees.py): a school's own name for them stands as often
# in the host's words about the guests, beside bodies that did not travel ("kehadiran perwira siswa Seskoau di
# Tabanan …", kh-06 kilasbali: with the whole class a second sender split its one visit)
_TRAVELLERS_WORD = re.compile(r"\b(?:rombongan|" + trainees.only("peserta") + r"|delegasi|kedatangan)\b", _I)


@dataclass
class _Sender:
    name: str  # the national body, as written
    span: tuple[int, int]
    organizer: agencies.Organizer  # its training centre, as fully as the text names it
    count: object = None

    def owns(self, official) -> bool:
        return bool(official.title) and self.name.lower() in official.title.lower()


def _parent_body(name: str) -> str:
    words = name.split()
    for i in range(len(words)):
        if _PARENT_BODY.fullmatch(" ".join(words[i:])):
            return " ".join(words[i:])
    return name


_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")


# a national body's short form, as reports write it: the bracketed short name of its full name, or the name
# itself, less the country it belongs to ("Lembaga Ketahanan Nasional (Lemhanas) Republik Indonesia", "Lemhanas RI",
# "Lemhanas": one body)
_BRACKETED = re.compile(r"\(([^()]+)\)")
_OF_THE_REPUBLIC = re.compile(r"\s+(?:RI|Republik\s+Indonesia)$", re.IGNORECASE)


def _short_form(name: str) -> str:
    name = _OF_THE_REPUBLIC.sub("", name).strip()
    # (only a bracket that ends the name: "Pusat … (PPSDM) Regional Makassar" is one centre of several)
    short = _BRACKETED.search(name)
    return (short.group(1) if short and short.end() == len(name) else name).strip().lower()


def _one_centre(a: str, b: str) -> bool:
    """One training centre written twice, by acronym and in full ("PPSDM Kemendagri Regional Makassar",
    "Pusat Pengembangan Sumber Daya Manusia (PPSDM) Regional Makassar"): an acronym and the last word shared;
    or one body by its short form, with or without its country (`_short_form`)."""
    return (
        a.split()[-1].lower() == b.split()[-1].lower() and bool(set(_ACRONYM.findall(a)) & set(_ACRONYM.findall(b)))
    ) or _short_form(a) == _short_form(b)


def national_senders(text, sents, organizers, officials, participants) -> list[_Sender]:
    """National bodies the text says came together, when there are two or more: each one's count
    is the one in a sentence naming it or one of its officials (a total "dari dua instansi" names
    neither and is no one's)."""
    bodies: dict[str, _Sender] = {}
    # a body written in full with its short form in brackets, and elsewhere by the short form alone ("Lembaga
    # Ketahanan Nasional Republik Indonesia (Lemhannas RI)" … "Lemhannas RI"), is one body
    short_forms = {
        m.group(1).strip().lower(): _parent_body(o.name).lower()
        for o in organizers
        if o.national
        for m in re.finditer(r"\(([^()]{2,30})\)", o.name)
    }
    for org in organizers:
        if not org.national:
            continue
        parent = _parent_body(org.name)
        key = short_forms.get(parent.lower(), parent.lower())
        sender = bodies.get(key)
        if sender is None:
            bodies[key] = _Sender(parent, (org.start, org.end), org)
        elif len(org.name) > len(sender.organizer.name):
            sender.organizer = org
    senders: list[_Sender] = []
    for n in bodies.values():
        if not any(_one_centre(n.organizer.name, m.organizer.name) for m in senders):
            senders.append(n)
    if len(senders) < 2:
        return []
    for m in participants[:50]:
        lo, hi = sentence_at(sents, m.start)
        sent = text[max(lo, m.start - 400) : min(hi, m.end + 400)].lower()
        named = [
            n
            for n in senders
            if n.name.lower() in sent or any(n.owns(o) and o.name.split()[0].lower() in sent for o in officials)
        ]
        if len(named) == 1 and named[0].count is None:
            named[0].count = m

    # a body that travelled brings people of its own or is named with the group ("Rombongan Kementerian
    # A …"); a body that only sets the curriculum or speaks is no sender
    def travelled(n: _Sender) -> bool:
        return n.count is not None or any(
            _TRAVELLERS_WORD.search(text, *sent) and n.name.lower() in text[slice(*sent)].lower() for sent in sents
        )

    return senders if sum(map(travelled, senders)) >= 2 else []


# where a body named is visited, met or the venue, not the travellers: "ke Komisi V DPR", "diterima Baleg DPR"
_AT_BODY = re.compile(rf"\b(?:ke|di|{verbs.GOING_TO}|{verbs.RECEIVED}|{verbs.RECEIVING}|menemui|bertemu)\s+$", _I)


def national_council_sends(text: str) -> tuple[str, tuple[int, int]] | None:
    """The national parliament as written ("DPR", "DPR RI") where its own body or members are named ("Komisi V
    DPR", "Baleg DPR", "anggota DPR") and not as where someone goes or is received: the sender of a trip nobody
    else is named to send (a council sends for its commission or members, docs/schema.md)."""
    if "DPR" not in text:
        return None
    for m in finditer(agencies.national_council_part(), text):
        if not _AT_BODY.search(text, max(0, m.start() - 30), m.start()):
            return m.group("council"), m.span("council")
    return None


def key_origin_free(keys: list[Key]) -> bool:
    """No sender is written with the programme itself (then the senders are not a list)."""
    return all(k.origin is None for k in keys)


# a council's members written as "the council" ("rombongan dewan", "kunker dewan", "anggota dewan"): a
# report of a council's own trips names the council once ("DPRD Bandung Barat") and calls its travelling
# members "dewan" after that
_DEWAN_TRAVELS = re.compile(
    r"\b(?:(?:rombongan|para\s+anggota|anggota)\s+dewan|(?:kunker|kunjungan\s+kerja|stud[iy]\s+(?:banding|tiru))"
    r"\s+dewan)\b",
    re.IGNORECASE,
)


def council_called_dewan(text: str, resolved: list[Place], dest_region) -> Place | None:
    """The one council named ("DPRD X", X not a place gone to) whose members the text calls "dewan"
    when they travel: the sender, where no other is named."""
    if "dewan" not in text or not _DEWAN_TRAVELS.search(text):
        return None
    councils = [p for p in resolved if text[max(0, p.mention.start - 5) : p.mention.start] in _COUNCIL_BEFORE]
    if not councils or len({p.region for p in councils}) != 1:
        return None
    region = councils[0].region
    if region == dest_region or any(p.region == region and p.dest >= 2 for p in resolved):
        return None
    return councils[0]


def councils_send(found: list[Extraction]) -> list[Extraction]:
    """Each visit whose sender is written as a council's own body or members ("Komisi A DPRD Kabupaten X",
    "Anggota Komisi E DPRD Provinsi Y") is sent by the council ("DPRD Kabupaten X"; docs/schema.md,
    origin.institution); records alike once so named are one visit, as any identical records are."""
    out: list[Extraction] = []
    for r in found:
        origin = r.visit.origin
        if origin.institution and (m := agencies.council_part().match(origin.institution)) is not None:
            origin.institution = origin.institution[m.end() :]
            ev = r.evidence.get("origin.institution")
            if ev is not None and len(ev.spans) == 1:
                start, end = ev.spans[0]
                ev.spans = [(start + m.end(), end)] if end - start > m.end() else ev.spans
        if not any(o.visit == r.visit for o in out):
            out.append(r)
    return out


# ---------------------------------------------------------------- villages that travel
def _alternatives(words: list[str]) -> str:
    return either(words, spaced=True)


@cache
def _village_mention() -> re.Pattern:
    """A village's body or kind and its name: "Pemerintah Desa Sukamaju", "Pemdes Sukamaju", "Desa Sukamaju"
    (the name one to three capitalised words, ended by its address or a headline's verb)."""
    v = agencies.village_senders()
    word = rf"(?!(?:{_alternatives(v['village_name_ends'])})\b)(?-i:[A-Z])[\w'-]*"
    return first_letter_gated(
        re.compile(
            rf"(?<![\w-])(?:(?P<body>{_alternatives(v['village_sender_bodies'])})|(?P<kind>{_alternatives(v['village_kinds'])}))"
            rf"\s+(?P<name>(?:se-?\s*(?:Kecamatan|Kabupaten|Kota)\s+)?{word}(?:\s+{word}){{0,2}})",
            _I,
        )
    )


@cache
def _village_party(kind: str) -> re.Pattern:
    """The party named by its village, up to three words between: "rombongan Desa A", "tamu berasal dari Desa B",
    "kunjungan studi banding dari Pemdes C", "perangkat Desa D" (kind "village_party_words"); or the agent of a
    passive trip, "yang dilakukan Pemerintah Desa E" (kind "village_agent_words")."""
    party = _alternatives(agencies.village_senders()[kind])
    return re.compile(rf"\b(?:{party})(?:\s+(?!ke\b|di\b)[\w-]+){{0,3}}?\s+$", _I)


# a village written where the group goes or meets, not where it comes from: "ke Desa A", "di Desa B", "mengunjungi
# Desa C", "dengan Pemdes D"
_AT_VILLAGE = re.compile(rf"\b(?:ke|di|menuju|kepada|dengan|antara|{verbs.GOING_TO}|{verbs.RECEIVING})\s+$", _I)
# the trip held by its subject, by any of its names and spellings: "menggelar kegiatan Study Banding"
_VILLAGE_HOLDS = re.compile(
    rf"\b(?:menggelar|melakukan|melaksanakan|menjalankan|mengadakan|menjalani)\s+(?:kegiatan\s+|perjalanan\s+)?"
    rf"(?:{verbs.TRIP_NAMES})",
    _I,
)
_VILLAGE_WORDS = ("desa", "nagari", "gampong", "pekon", "pemdes")
_VILLAGE_GATE = re.compile("|".join(_VILLAGE_WORDS), _I)


@lru_cache(maxsize=4)  # (asked for each visit of an article)
def _spots(text: str, words: tuple[str, ...]) -> tuple[int, ...] | None:
    """Where any of the lower-case words starts in the text, in order; None when the text's lower case cannot
    tell (scanning.folded): a pattern each of whose matches starts with one of them has none elsewhere."""
    low = folded(text)
    return None if low is None else tuple(positions(low, words))


def _spot_within(spots: tuple[int, ...] | None, lo: int, hi: int) -> bool:
    """Whether one of the spots is in [lo, hi) (always when the spots are not known)."""
    if spots is None:
        return True
    k = bisect_left(spots, lo)
    return k < len(spots) and spots[k] < hi


def may_name_village(text: str) -> bool:
    """False when the text names no village by any of its words (no village travels in it)."""
    return _spots(text, _VILLAGE_WORDS) != ()


# a village written as another's: guided or received by it ("diantar Pokdarwis Desa A"), or a ministry's or its
# head's title ("Menteri Desa …", "Kementerian Desa, Pembangunan Daerah Tertinggal …"); or one of a list of villages
# ("empat desa, yaitu Desa B, C …": the list's, no one of them, sends)
_VILLAGE_OF_ANOTHER = re.compile(
    rf"\b(?:(?:{verbs.RECEIVED}|diantar|dipandu|didampingi)(?:\s+[\w-]+){{0,2}}|Kementerian|Kementrian|Menteri"
    r"|yaitu|yakni|antara\s+lain|di\s*antaranya)\s*:?\s*$",
    _I,
)


def _village_as_written(text: str, m: re.Match) -> tuple[str, tuple[int, int]]:
    """The village's body as the report writes it, in full where it writes it both ways: the fullest body of
    that village written anywhere ("Rombongan Desa A" … "Pemerintah Desa A": the government of the village;
    "Pemdes B" … "Pemerintahan Desa B": the latter), else the mention itself."""
    name = m.group("name").lower()
    best: tuple[int, int] | None = None
    for body in _village_body().finditer(text):
        end = body.end() + len(name)
        if (
            text[body.end() : end].lower() == name
            and _ends_word(text, end)
            and (best is None or end - body.start() > best[1] - best[0])
        ):
            best = (body.start(), end)
    if best is not None:
        return text[best[0] : best[1]], best
    return m.group(), m.span()


@cache
def _village_body() -> re.Pattern:
    """A village's own body written before a name: "Pemerintah Desa ", "Pemdes "."""
    bodies = _alternatives(agencies.village_senders()["village_sender_bodies"])
    return first_letter_gated(re.compile(rf"(?<![\w-])(?:{bodies})\s+", _I))


_WORD_CHAR = re.compile(r"\w")


def _ends_word(text: str, at: int) -> bool:
    """Whether a word's edge (r"\b") is at the offset: a word character on one side of it only."""
    before = at > 0 and _WORD_CHAR.match(text, at - 1) is not None
    return before != (at < len(text) and _WORD_CHAR.match(text, at) is not None)


def _no_village_name(name: str, body: bool) -> bool:
    """Words after a village's kind that name no one village: a regency's or city's name ("kepala desa Sinjai":
    the regency's village heads, whom the regency sends), a class of villages ("desa Wisata"), or a kecamatan's
    villages told by people ("perangkat desa se-Kecamatan A"; a body of them, "Pemerintah Desa se-Kecamatan A",
    is one as written)."""
    words = name.split()
    if (not body and words[0].lower().startswith("se")) or (
        len(words) == 1 and ("desa", words[0].lower()) in agencies.village_kind_labels()
    ):
        return True
    found = places.find_places(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name)


def village_that_travels(text: str, sents, host_names: list[str]) -> tuple[str, tuple[int, int]] | None:
    """The village body whose people travel, as written (docs/schema.md, villages that travel): a village's body
    or the village itself named as the party ("rombongan Desa A", "tamu berasal dari Desa B") or as the subject
    of the trip in its sentence ("Pemerintah Desa C menggelar studi banding ke …", "Desa D mengadakan studi tiru
    ke …"), with no word of receiving before the trip; never a village the group goes to or meets, nor one the
    host names are of. None when no village is named so."""
    spots = _spots(text, _VILLAGE_WORDS)
    if spots == () or (spots is None and _VILLAGE_GATE.search(text) is None):
        return None
    hosts = " ".join(host_names).lower()
    for lo, hi in sents:
        if not _spot_within(spots, lo, hi) or _VILLAGE_GATE.search(text, lo, hi) is None:
            continue
        goes: re.Match | None = None
        looked = False  # (the trip's words looked for once, where a village is named as it may travel)
        for m in _village_mention().finditer(text, lo, hi):
            name = m.group("name")
            if name.lower() in hosts:
                continue
            before = text[max(lo, m.start() - 60) : m.start()]
            if _AT_VILLAGE.search(before) or _VILLAGE_OF_ANOTHER.search(before):
                continue
            if not looked:
                goes, looked = LOCAL_GOES.search(text, lo, hi) or _VILLAGE_HOLDS.search(text, lo, hi), True
            subject = (
                goes is not None and goes.start() >= m.end() and HOSTING_WORDS.search(text, lo, goes.start()) is None
            )
            if (
                subject
                or _village_party("village_party_words").search(before)
                or (
                    HOSTING_WORDS.search(text, lo, m.start()) is None
                    and _village_party("village_agent_words").search(before)
                )
            ) and not _no_village_name(name, m.group("body") is not None):
                return _village_as_written(text, m)
    return None


# A party named by its villages lists them after the first: "rombongan Pemdes A, B, Desa C dan Pemdes D", "berasal
# dari desa E, dan F". Each village is a government of its own that sends its own people: every one listed is a
# sending body (docs/schema.md: bodies that each send their own party give one visit each). The list is closed by
# "dan"/"serta" before its last village; a name's second part after a dash ("Desa E - G") and a bracket after a name
# ("Desa C (Kecamatan)") stay with it. (Each later name one to three capitalised words, with its body or kind as
# written, if any: "Sulaku Onondowa", "Desa Bangko", "pemdes Tedeboe".)
_LIST_GAP = r"(?:[^\S\n]+-[^\S\n]+(?-i:[A-Z])[\w'-]*)?(?:[^\S\n]*\([^()\n]{1,30}\))?"
_LIST_SEP = r"(?:[^\S\n]*,[^\S\n]*(?:(?P<and1>dan|serta)[^\S\n]+)?|[^\S\n]+(?P<and2>dan|serta)[^\S\n]+)"


# (a list after the villages' people, "Kepala Desa A, B dan C", names where one group's members come from, as the
# people of a regency's villages do: no sending body of each)
_VILLAGE_PEOPLE = re.compile(r"\b(?:kepala|kades|sekretaris|ketua|perangkat|aparat\w*|warga|kader)\s+$", _I)


@cache
def _village_list_item() -> re.Pattern:
    v = agencies.village_senders()
    word = rf"(?!(?:{_alternatives(v['village_name_ends'])})\b)(?-i:[A-Z][a-z])[\w'-]*"
    kinds = _alternatives([*v["village_sender_bodies"], *v["village_kinds"]])
    return re.compile(
        _LIST_GAP + _LIST_SEP + rf"(?P<item>(?:(?:{kinds})[^\S\n]+)?(?P<name>{word}(?:[^\S\n]+{word}){{0,2}}))",
        _I,
    )


def villages_listed_with(text: str, span: tuple[int, int]) -> list[tuple[str, tuple[int, int]]]:
    """The other villages of the travelling party listed right after the village written at `span` (the
    sender `village_that_travels` found), each as written; none unless the list is closed by "dan"/"serta"
    and every name is a village's (no region written alone, no address, no word that ends a village's name)."""
    m = _village_mention().match(text, span[0])
    if m is None or m.end() != span[1] or _VILLAGE_PEOPLE.search(text, max(0, span[0] - 30), span[0]):
        return []
    items: list[tuple[str, tuple[int, int]]] = []
    pos, closed = m.end(), False
    while len(items) < 8 and (item := _village_list_item().match(text, pos)) is not None:
        name = item.group("name")
        # (a class of villages, "Desa Wisata", names none; a name written alone that is a region's is no village's,
        # though one after its kind is: "Desa Bangko")
        if ("desa", name.split()[0].lower()) in agencies.village_kind_labels() or (
            item.start("name") == item.start("item") and places.find_places(name)
        ):
            return []
        items.append((item.group("item"), item.span("item")))
        pos = item.end()
        if item.group("and1") or item.group("and2"):
            closed = True
            break
    return items if closed else []


# ---------------------------------------------------------------- who set up a trip outside a programme
@cache
def _setter_words() -> tuple[re.Pattern, re.Pattern]:
    before, after = agencies.trip_setters()
    return (
        re.compile(rf"\b(?:{_alternatives(before)})\s+(?:(?:secara\s+)?langsung\s+)?(?:oleh\s+)?(?:pihak\s+)?$", _I),
        re.compile(rf"^\s*,?\s*(?:(?:juga|telah|sudah)\s+)?(?:{_alternatives(after)})\b", _I),
    )


@cache
def _setter_leads() -> tuple[str, ...]:
    """The first words of the words of setting up, lower case: every match of them starts with one."""
    before, after = agencies.trip_setters()
    return tuple(sorted({w.split()[0].lower() for w in before + after}))


@cache
def _setter_gate() -> re.Pattern:
    before, after = agencies.trip_setters()
    return re.compile(rf"\b(?:{_alternatives(before + after)})\b", _I)


def _with_region(text: str, unit) -> tuple[str, tuple[int, int]]:
    """The unit with the region written right after it ("Dinas PMD Kabupaten Muara Enim"), as written."""
    found = places.find_places(text[unit.end : unit.end + 60])
    if found and found[0].start <= 1:
        end = unit.end + found[0].end
        return text[unit.start : end], (unit.start, end)
    return text[unit.start : unit.end], (unit.start, unit.end)


def trip_setter(text: str, sents, travellers: list[str]) -> tuple[str, tuple[int, int]] | None:
    """The body that set up a study trip outside a programme for the travellers, as written (docs/schema.md, who
    organized a trip outside a programme): a unit named as the agent of a word of setting up ("digagas Dinas PMD
    Kabupaten A", "atas undangan Lembaga B") or as the subject of one ("Dinas C memfasilitasi seluruh kepala
    desa"), other than the travellers' own body. None when no such body is named."""
    before, after = _setter_words()
    own = [t.lower() for t in travellers if t]
    gate = _setter_gate()
    spots = _spots(text, _setter_leads())  # (where a word of setting up may start: only units beside one asked)
    if spots == () or (spots is None and gate.search(text) is None):
        return None  # (no word of setting up anywhere: no sentence's units asked for)
    for lo, hi in sents:
        if not _spot_within(spots, lo, hi) or gate.search(text, lo, hi) is None:
            continue
        for unit in agencies.find_units(text, lo, hi):  # (the sentence's units, as hosts asks them: cached)
            ahead = max(lo, unit.start - 40)
            agent = _spot_within(spots, ahead, unit.start) and before.search(text, ahead, unit.start) is not None
            after_end = min(hi, unit.end + 100)
            if not agent and (
                not _spot_within(spots, unit.end, after_end) or gate.search(text, unit.end, after_end) is None
            ):
                continue  # (no word of setting up on either side: its region not looked for)
            name = _with_region(text, unit)
            if not agent and after.match(text[name[1][1] : min(hi, name[1][1] + 40)]) is None:
                continue
            low, body = name[0].lower(), unit.name.lower()  # (its name without its region: "Dinas A" of "Dinas A X")
            if any(low.startswith(t) or t.startswith(body) for t in own) or _village_mention().match(name[0]):
                continue  # (the travellers' own body sets up its own trip: no organizer of others)
            return name
    return None


# ---------------------------------------------------------------- a body written before its region
# a region written as the second of two ("DPRD Kabupaten A dan Kota B", "DPRD Kota dan Kabupaten C"), or as the
# whole a village's kind is of ("aparat desa se-Kabupaten D": the regency's villages' people, whom the regency sends;
# a body of them, "BPD se-Kabupaten E", is one as written)
_OF_TWO = re.compile(r"\b(?:dan|serta)\s+(?:(?-i:Kota|Kabupaten|Kab\.?|Provinsi|Prov\.?)\s+)?$", _I)
_ALL_OF = re.compile(r"\s+se-?\s*(?:(?-i:Kota|Kabupaten|Kab\.?|Provinsi|Prov\.?)\s+)?$", _I)


def _villages_of(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a village's kind and a "se" before a region ("Desa se-Kabupaten ")."""
    m = _ALL_OF.search(text, start, end)
    return m is not None and agencies.is_village_kind(text[start : m.start()])


_SHORT_AFTER = re.compile(r"\s*\((?P<short>[^()\n]{2,20})\)")


def _travels_as(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the name at [start, end) is told as the travelling party: after a party's word ("rombongan A",
    "kunjungan kerja B"), or as the subject of the trip in its sentence ("C melakukan studi banding ke …") with no
    word of receiving before the trip; never where the group goes, meets or is received by it, nor one that only
    goes along ("didampingi C")."""
    before = text[max(lo, start - 60) : start]
    if _AT_VILLAGE.search(before) or _VILLAGE_OF_ANOTHER.search(before) or _setter_words()[0].search(before):
        return False  # (a body that set the trip up for others is no traveller: "atas fasilitasi Dinas A")
    if _village_party("village_party_words").search(before):
        return True
    goes = LOCAL_GOES.search(text, end, hi) or _VILLAGE_HOLDS.search(text, end, hi)
    return goes is not None and HOSTING_WORDS.search(text, lo, goes.start()) is None


def _bodies_before(text: str, spans, p: Place) -> list[tuple[str, str, int, int, int, int]]:
    """The bodies written right before a region's mention (name, as written with the region and a short form in
    brackets after it, its span and its sentence), not the second region of a list of two ("DPRD Kabupaten A dan
    Kota B", "DPRD Kota dan Kabupaten C")."""
    lo, hi = sentence_at(spans, p.mention.start)
    out = []
    for unit in agencies.find_units(text, lo, hi):
        if (
            unit.end <= p.mention.start
            and not text[unit.end : p.mention.start].strip()
            and not _OF_TWO.search(text, unit.start, p.mention.start)
            and not _villages_of(text, unit.start, p.mention.start)
            and not places.find_places(text[unit.start : p.mention.start])
        ):
            end = p.mention.end
            short = _SHORT_AFTER.match(text, end)
            if short is not None:
                end = short.end()
            out.append((unit.name, text[unit.start : end], unit.start, end, lo, hi))
    return out


def body_before_place(text: str, mentions: list[Place], sender: Place) -> tuple[str, tuple[int, int]] | None:
    """The sending region's body written right before its name and told as the travelling party ("rombongan
    Dinas Pariwisata Lombok Barat", "Kantor Imigrasi Balikpapan melakukan studi tiru ke …"), as written with a
    short form in brackets after it: the body, not the bare region, sends (SCHEMA.md, origin.institution as
    written). The sender's own mention first, then the region's others in text order; the body in its fullest
    writing before the region ("Satpol PP Provinsi A" … "Satuan Polisi Pamong Praja (Satpol PP) Provinsi A";
    "Inspektorat Provinsi B" … "Inspektorat Daerah Provinsi B"). None when the region is written after no such
    body."""
    spans = sentence_spans(text)
    order = [sender, *sorted((p for p in mentions if p is not sender), key=lambda p: p.mention.start)]
    asked: list[list[tuple[str, str, int, int, int, int]]] = []  # each region's bodies, kept for the fullest writing

    def found():  # (regions asked in turn: most have none)
        for p in order:
            asked.append(_bodies_before(text, spans, p))
            yield from asked[-1]

    chosen = next((b for b in found() if _travels_as(text, b[4], b[5], b[2], b[3])), None)
    if chosen is None:
        return None
    bodies = [b for got in asked for b in got]
    bodies += [b for p in order[len(asked) :] for b in _bodies_before(text, spans, p)]
    name = chosen[0]
    same = [b for b in bodies if b[0].startswith(name + " ") or f"({name})" in b[0]]
    best = max(same, key=lambda b: len(b[1]), default=chosen)
    if len(best[1]) <= len(chosen[1]):
        best = chosen
    return best[1], (best[2], best[3])
