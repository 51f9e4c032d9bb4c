"""Each place mention's role in a visit: how strongly the words around it make it the
destination or the origin (`place_scores`, by the patterns of `role_patterns` and the tests here), and
every place of the article resolved and scored (`resolved_places`).

One concern: the words around one place that make it where a trip went or where it came from. The role
patterns themselves are in `role_patterns`; the scores shared between mentions afterwards in
`shared_scores`, a province narrowed to its regency in `regency_narrowing`, and the places of a trip
called off in `called_off`.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources

from diklat_cli.extract import agencies, budget, places, staff, verbs
from diklat_cli.extract.countries import country_names
from diklat_cli.extract.numbers import cardinal_words, ordinal_words, parse_int
from diklat_cli.extract.role_patterns import (
    DEST_POST,
    DEST_PRE,
    ORIGIN_POST,
    ORIGIN_PRE,
    THING_SENT,
    THING_SENT_NEEDLES,
)
from diklat_cli.extract.scanning import folded, needles, positions
from diklat_cli.extract.sentences import LIST_INTRO

_I = re.IGNORECASE
# number words from data/numbers.json: a few places or groups counted ("tiga provinsi")
FEW = cardinal_words(2, 6)

# (the words of places.VILLAGE_WORDS followed by a space, a cheap test before the two patterns below)
_VILLAGE_WORDS = tuple(w + " " for w in places.VILLAGE_WORDS)
# (the sub-district is a kapanewon or kemantren in Yogyakarta, a distrik in Papua; a comma after it or not)
_VILLAGE_AT = re.compile(
    r"\bdi\s+(?:" + places.VILLAGE + r")\s+[^.;:\n,]{1,40},\s*"
    r"(?:" + places.SUBDISTRICT + r"\s+[^,.;\n]{1,30}?(?:,\s*|\s+))?$",
    _I,
)
# a village gone to, then its regency: "mendatangi kantor Desa A di Kabupaten X", "menuju Desa B, Kabupaten Y":
# the regency is the address of the village visited, a place of the trip
_VILLAGE_GONE_TO = re.compile(
    r"\b(?:" + verbs.GOING_TO + r")\s+(?:kantor\s+)?(?:" + places.VILLAGE + r")\s+"
    r"[^.;:\n,]{1,40}?(?:\s+di|\s*,)\s*$",
    _I,
)
STUDY = re.compile(
    r"\b(?:benchmark\w*|stud[iy]\s+(?:banding|tiru|lapangan|komparasi|komparatif)|stula|kaji\s+banding|visitasi)\b", _I
)
# a list of groups, one a line, gives each group its place right after its label ("Kelompok I (20 orang): Kota A,
# mengunjungi …", "Tim 2 – Kabupaten B"): the place is where that group goes, whatever the rest of the line says it did
# (the separator as subgroups._LABEL_LINE reads it)
_GROUP_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*▪·][ \t]*|\d{1,2}[.)][ \t]*)?(?:kelompok|tim|komisi|gelombang|rombongan)[ \t]+"
    r"(?:(?-i:[IVX]{1,4}|[A-Z])|\d{1,2}|" + ordinal_words(1, 8) + r"|satu|" + cardinal_words(2, 8) + r")"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?::|[ \t][-–—])[ \t]*(?:(?:pemerintah|pemkab|pemkot|pemprov)[ \t]+)?$",
    _I,
)
# an earlier occasion set before the place in its clause ("tahun lalu program serupa dilaksanakan ke Kabupaten A",
# "Tahun Lalu ke Bali"): a trip of another year, weaker than the one the report tells
_EARLIER_OCCASION = re.compile(r"\b(?:tahun|bulan|periode|angkatan)\s+(?:lalu|sebelumnya|kemarin)\b[^.;\n]{0,50}$", _I)
# (any word of "after" and any verb of the stop: "selepas bertandang dari A", "sehabis belajar dari B")
_PREVIOUS_STOP = re.compile(
    r"(?:\b(?:setelah|usai|seusai|sesudah|selesai|selepas|sehabis|rampung)\s+(?:(?:"
    + verbs.TRAVELLING
    + r"|melawat|singgah|mampir|belajar)\s+)?dari"
    # ... or the trip told after the group came home: "pulang kunker dari A", "sepulang studi banding dari B"
    + r"|\b"
    + verbs.BACK_FROM_TRIP
    + r")\s+$",
    _I,
)
# the host's earlier guests, in a clause fronted by "after" with a verb of receiving: "Usai menerima DPRD A, …",
# "Setelah menerima kunjungan kerja Pemkab B pada pagi hari, …" (the host goes on to receive another: A and B are
# guests, never the place the main clause's host stands for)
# (the guests may be counted first: "Usai menerima 20 anggota DPRD A", "setelah menyambut sebanyak 12 orang perwakilan")
GUESTS_COUNTED_BY = (
    r"(?:(?:sebanyak\s+)?\d{1,4}\s+(?:orang\s+)?(?:anggota|"
    + staff.only("pegawai", "ASN", "pejabat")
    + r"|peserta|perwakilan|utusan)\s+)"
)
# ... its opening up to the guests' body: "Usai menerima", "Setelah menyambut 20 anggota", "usai menerima kunjungan
# kerja dari" (frames.TOGETHER reads the same opening as a sign of several groups)
RECEIVED_BEFORE_OPENING = (
    r"(?:setelah|sesudah|usai|seusai|selepas)\s+(?:" + verbs.RECEIVING + r")\s+" + GUESTS_COUNTED_BY + r"?"
    r"(?:(?:kunjungan(?:\s+kerja)?|kunker|rombongan|tamu|stud[iy]\s+\w+|kaji\s+banding)\s+(?:dari\s+)?)?"
)
_RECEIVED_BEFORE = re.compile(
    r"\b" + RECEIVED_BEFORE_OPENING + r"(?:(?:DPR[DAK]|" + places.GOVERNMENT_WORD + r")\s+)?$",
    _I,
)
# a person named, then what they are and where they come from ("ujar Rina, peserta asal X"): a group drawn
# from across the country is quoted member by member, each with a home of their own
_ONE_PERSONS_HOME = re.compile(r"(?-i:[A-Z])[\w'-]+,\s+(?:[\w-]+\s+){1,2}asal\s+$", _I)
_OUTSIDE = re.compile(r"\bluar\s+(?:daerah\s+|wilayah\s+|provinsi\s+|kabupaten\s+|kota\s+)?$", _I)
# travellers leaving their own town: "berangkat ke luar daerah", "kunjungan kerja keluar kota": a place
# named before it in the sentence is the home they leave (a local outlet reporting its own people away)
LEAVING_TOWN = re.compile(r"\bke\s*luar\s+(?:kota|daerah|provinsi|pulau|wilayah)\b(?!\s+(?-i:[A-Z]))", _I)
# the next stop written without its verb: "mengunjungi A, lalu B", "ke A pada Senin, kemudian B"
# (any word of what comes next: lalu, kemudian, selanjutnya, lantas, berikutnya, setelah/sesudah itu)
_NEXT_STOP = re.compile(
    r"\b(?:" + verbs.GOING_TO + r")\s[^.;:\n]{1,80}?,?\s+(?:lalu|kemudian|selanjutnya|lantas"
    r"|berikutnya|(?:setelah|sesudah)\s+itu|setelahnya|sesudahnya)\s+$",
    _I,
)
_NEXT_WORDS = ("lalu", "kemudian", "selanjutnya", "lantas", "berikutnya", "setelah", "sesudah")
# one stop told beside another by "besides" and "also": "Selain Kota A, rombongan juga menyambangi B", "Tak hanya
# ke A, mereka juga bertandang ke B", "tidak hanya mengunjungi A, tetapi juga B" (kb-05 mercusuar, ld-13
# pikiranmerdeka, mn-11 suaralandak, lo-07 monitor, fb-12): the place the "besides" names was gone to as well
# (besides by any of its words: selain, tak/tidak/bukan hanya, tak cuma, tak sekadar; then a word of going, or
# of the place gone to, after "juga")
_NOT_ONLY = r"(?:tak|tidak|bukan)\s+(?:hanya|cuma|saja|sekadar)"
BESIDES = re.compile(
    r"\b(?:selain|" + _NOT_ONLY + r")\s+(?:(?:ke|di|menuju|" + verbs.VISITING + r")\s+)?(?:(?:DPR[DAKP]|kantor)\s+)?$",
    _I,
)
_ALSO_GOES = re.compile(
    r"[^.;:\n]{0,120}?\bjuga\s+(?:(?:akan|sempat|telah|sudah|turut)\s+)?(?:"
    + verbs.GOING_TO
    + r"|"
    + verbs.TRAVELLING
    + r"|"
    + verbs.DEPARTING
    + r"|"
    + verbs.VISITED
    + r"|singgah|mampir|belajar|studi|kunjungi|sambangi|datangi|dijadikan|menjadi)\b",
    _I,
)
# ... but where the clause goes on with the host receiving ("Selain DPRD A, Pemkot X juga menerima kunjungan Pemkab
# B"), the place the "besides" names is a guest received as well
_ALSO_RECEIVES = re.compile(
    r"[^.;:\n]{0,120}?\bjuga\s+(?:(?:sempat|telah|sudah)\s+)?(?:kedatangan|(?:"
    + verbs.RECEIVING
    + r"|mendapat(?:kan)?)\s+"
    # (guests received, not an award: "juga menerima penghargaan")
    r"(?:kunjungan|kunker|rombongan|tamu|delegasi|tim|stud[iy]|kaji|benchmark\w*|DPR[DAKP]|Pem\w+|peserta|para))\b",
    _I,
)
# a body the host invites or brings in to the meeting ("mengundang perwakilan Pemkab A", "menghadirkan narasumber dari
# Dinas B Kota C"): a speaker or a guest of the host's, not a group that came to learn
_INVITED = re.compile(
    r"\b(?:mengundang|menghadirkan)\s+(?:(?:perwakilan|pejabat|narasumber|pemateri|pembicara|dari|para|unsur)\s+)*"
    r"(?:(?:Pemkab|Pemkot|Pemko|Pemprov|Pemerintah|DPR[DAKP]|Dinas\s+\w+|Badan\s+\w+)\s+)?$",
    _I,
)
# ... and the place after "tetapi juga" shares the verb of going before the first: "tidak hanya mengunjungi A,
# tetapi juga B"
_BUT_ALSO = re.compile(
    r"\b"
    + _NOT_ONLY
    + r"\s+(?:"
    + verbs.GOING_TO
    + r"|di)\s[^.;:\n]{1,80}?,?\s*(?:tetapi|tapi|namun|melainkan)\s+juga\s+(?:(?:ke|di)\s+)?$",
    _I,
)
_CANCEL_DEST = re.compile(
    r"\b(?:pulang|sepulang|diterapkan|diberlakukan"
    # "kembali" before a trip word is "again", not "back": "kembali studi banding ke A", "kembali
    # berangkat ke A" send the group out once more (by any verb of travelling: "kembali bertandang ke A")
    r"|kembali(?!\s+(?:\w+\s+)?(?:stud[iy]|benchmark\w*|kunjungan|kunker|"
    + verbs.TRAVELLING
    + r"|"
    + verbs.DEPARTING
    + r"|melakukan|melaksanakan|menggelar|"
    + verbs.VISITING
    + r")\b))\s+(?:\w+\s+){0,2}(?:ke|di)\s+$"
    # the way a place leads to others ("menjadi pintu masuk ke A, B …", "jalur utama menuju C", "akses ke D"): the
    # host's geography, no trip (ky-07 balikpapango)
    r"|\b(?:pintu\s+(?:masuk|gerbang|keluar)|gerbang|jalur|akses|penghubung)\s+(?:utama\s+)?(?:ke|menuju)\s+$"
    # a trip one need not make: "tak perlu jauh-jauh ke A", "tidak usah terbang ke B", "tanpa harus pergi ke C" (any
    # negation, any word of need, a verb of going or "jauh-jauh" between): the place is where the group did not go
    r"|\b(?:tak|tidak|tanpa|nggak|gak|ndak)\s+(?:perlu|usah|harus|mesti)\s+(?:lagi\s+)?(?:[\w-]+\s+){0,2}?(?:ke|menuju)\s+$",
    _I,
)


# a photo caption's group picture: the travellers "berfoto bersama pejabat Pemkot X saat melakukan kaji
# banding": who a group poses with during its trip are its hosts (the trip words right after the place
# would otherwise make X the body that studies)
_POSED_WITH_HOST = re.compile(
    r"\b(?:berfoto|foto)\s+(?:bersama|bareng)\s+(?:dengan\s+)?(?:para\s+)?(?:pejabat|jajaran|pimpinan|kepala|staf"
    r"|perwakilan)?\s*$",
    _I,
)
_DURING_TRIP = re.compile(
    r"[^.\n]{0,40}?\b(?:saat|ketika|usai|seusai|dalam)\s+(?:melakukan\s+|melaksanakan\s+|kegiatan\s+|acara\s+)?"
    r"(?:stud[iy]\s+\w+|kaji\s+banding|benchmark\w*|kunjungan|kunker)\b",
    _I,
)


# a place gone to for a consultation, not to learn: councils take a draft or a question to a ministry or a
# national body ("berkunker ke Jakarta untuk berkonsultasi dengan KPI", "mendatangi Kemenhub di Jakarta
# untuk membahas …", "menggelar konsultasi ke Kementerian X", any word of consulting, coordinating, an
# audience, discussing); a study trip's own words in the sentence keep the place ("studi banding sekaligus
# konsultasi ke …")
_CONSULT = r"(?:ber)?konsultasi|(?:ber)?koordinasi|audiensi|membahas|membicarakan|mendiskusikan"
_CONSULT_PRE = re.compile(r"\b(?:" + _CONSULT + r")\s+(?:\w+\s+){0,2}?(?:ke|di|dengan)\s+$", _I)
_CONSULT_POST = re.compile(r"^[^.;\n]{0,30}?\b(?:untuk|guna|dalam\s+rangka)\s+(?:\w+\s+)?(?:" + _CONSULT + r")\b", _I)
# ... the national bodies consulted: a ministry, its directorates, a national commission (a regional
# government or council consulted is the place visited: councils consult each other by visiting)
_NATIONAL_BODY = re.compile(
    r"\b(?:kementerian|(?-i:Kemen(?!ang)[A-Za-z]{2,})|ditjen|dirjen|direktorat(?:\s+jenderal)?|KPI|KPU\s+RI|Bappenas"
    r"|Republik\s+Indonesia)\b",
    _I,
)
# a national ministry or body gone to with no place word: reports name the ministry a group (or one of its
# sub-groups) went to and leave its city out ("Komisi II mendatangi Kementerian X", "berkunjung ke Bappenas",
# "magang di Itjen Kemendagri", "ke Kantor KemenPAN-RB"); its head office is in Jakarta (agencies.json,
# ``national_seats``), so the body is a mention of DKI Jakarta. Only a body gone to (after "ke", "menuju", a verb of
# visiting, or "di" after a word of the trip), never one talked about ("sesuai arahan Kemendagri", "regulasi dari
# KemenPAN-RB"); a body whose name carries its place ("Kementerian Keuangan Jakarta", "Kemenhub di Jakarta") is
# that place already
_SEAT_TRIP_WORDS = (
    r"magang|belajar|stud[iy]\s+(?:banding|tiru|komparasi|komparatif)|benchmark\w*|kunjungan(?:\s+kerja)?"
)


@cache
def _seat_re() -> tuple[re.Pattern, re.Pattern]:
    """The national body's name (looked for first: its capitals are rare), and the words before it that go to it."""
    bodies = "|".join(agencies.national_seats())
    firsts = "".join(sorted({p[0] for p in agencies.national_seats()}))
    body = re.compile(
        r"(?=["
        + firsts
        + r"])(?<![\w-])(?:"
        + bodies
        + r")\b(?:[^\S\n]+(?:[A-Z][\w/&-]*|dan|\([A-Za-z][\w ./&-]{1,20}\))){0,8}"
    )
    gone_to = re.compile(
        r"\b(?:" + verbs.GOING_TO + r"|(?:" + _SEAT_TRIP_WORDS + r")\s+di)[^\S\n]+(?:(?:kantor|gedung)[^\S\n]+)?$", _I
    )
    return body, gone_to


@cache
def _seat_needles() -> tuple[str, ...]:
    return tuple({re.match(r"[A-Za-z]+", p).group() for p in agencies.national_seats()})  # type: ignore[union-attr]


# ... where the text would place the body: right after its name, or after "di", "yang berkantor di"
_PLACED_AT = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:yang\s+(?:berkantor|berada|terletak)\s+)?di[^\S\n]+)?", _I)
# ... a consultation told of it, in its sentence or the next few: "Tujuannya berkonsultasi tentang …" (`_CONSULT`)
_CONSULT_WORD = re.compile(r"\b(?:" + _CONSULT + r")\b", _I)


def _stop(text: str, at: int) -> int:
    """Where the sentence holding `at` ends (its full stop, or the line's end)."""
    ends = [e for e in (text.find(".", at), text.find("\n", at)) if e >= 0]
    return min(ends) if ends else len(text)


# ... a body that is only sent something or asked ("surat diteruskan ke Kemendagri", "menanyakan ke Kementerian X")
_SENT_TO = re.compile(
    r"\b(?:di|me(?:ng|ny|n|m)?|ter)?(?:kirim|terus|serah|sampai|aju|lapor|tanya|nanya|usul|surat|adu|mohon|urus)\w*\b"
    r"[^.;:\n]{0,40}$",
    _I,
)


@cache
def _foreign_re() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in country_names()) + r")\b")


def _national_seats(text: str, resolved: list[Place]) -> list[Place]:
    """A national body gone to with no place word of its own: a mention of DKI Jakarta (`_seat_re`)."""
    if not any(n in text for n in _seat_needles()):
        return resolved
    jakarta = places.regions_named("DKI Jakarta")
    if not jakarta:
        return resolved
    starts = [p.mention.start for p in resolved]
    added: list[Place] = []
    body_re, gone_to_re = _seat_re()
    # (the body's name is tried only where one of its first words stands: a scan of the whole text cost more)
    after = 0
    for pos in positions(text, _seat_needles()):
        m = body_re.match(text, pos) if pos >= after else None
        if m is None:
            continue
        after = m.end()
        budget.spend(1)
        start, end = m.span()
        gone = gone_to_re.search(text, max(0, start - 40), start)
        if gone is None:
            continue
        at = _PLACED_AT.match(text, end).end()
        if places_between(resolved, start, at + 1, starts) or places.may_open_with_place(text[at : at + 40]):
            continue  # "Kementerian Keuangan Jakarta", "Kemenhub di Jakarta": the text places it
        if _SENT_TO.search(text, max(0, gone.start() - 60), gone.start()):
            continue
        name = m.group()
        if name in ("Kementerian", "Kementrian"):
            continue  # "ke Kementerian terkait": no ministry named
        if _CONSULT_WORD.search(text, max(0, start - 60), end + 600) and not _LEARN_IN_SENTENCE.search(
            text, gone.start(), _stop(text, end)
        ):
            continue  # "Komisi II mendatangi Kementerian X. … Tujuannya berkonsultasi …": a consultation, not to learn
        if agencies.is_training_body(name):
            continue  # a training body's campus is where its cohorts are taught (the organiser), not a host
        if _foreign_re().search(name):
            continue  # "Kementerian Luar Negeri Jepang": another country's ministry, abroad
        mention = places.PlaceMention(start, end, name, (jakarta[0],), places.PROVINCE, False, False)
        added.append(Place(mention, jakarta[0]))
    if not added:
        return resolved
    return sorted(resolved + added, key=lambda p: p.mention.start)


# the address of a campus: "di Kampus IPDN Jatinangor, Kabupaten Sumedang", "tiba di Kampus BPSDM Kemendagri di
# Jakarta", "IPDN Kampus Sulawesi Selatan, Kampili Gowa" (the campus named, then its region); whose campus it is
# is asked of the name (`_SCHOOL_CAMPUS`)
_CAMPUS_ADDRESS = re.compile(
    r"\bkampus\s+(?P<name>(?:(?-i:[A-Z(])[\w().&/-]*,?\s+){1,7}?)(?:di\s+)?$"
    r"|\b(?P<school>(?-i:[A-Z])[\w()-]*)\s+kampus\s+(?:(?-i:[A-Z])[\w-]*,?\s+){0,3}$",
    _I,
)
# ... of the government's own schools, which train cohorts on it: a training body (agencies.json) or the
# school of government and the academies (a university's campus is a body a group may visit)
_SCHOOL_CAMPUS = re.compile(
    r"\b(?:IPDN|Institut\s+Pemerintahan|STPDN|APDN|IIP|Akpol|Akmil|Akademi|Pendidikan|Diklat)\b", _I
)


def campus_address(pre: str) -> bool:
    """The words before a place make it the address of a government school's or training body's campus
    (`_CAMPUS_ADDRESS`, `_SCHOOL_CAMPUS`). A programme's campus is where its cohorts are taught, opened, briefed
    and sent off: the region named as its address is the course's home, not a host its cohort travels to learn
    from ("membuka praktik lapangan di Kampus IPDN Jatinangor, Kabupaten Sumedang", "Menteri mengunjungi Kampus
    BPSDM Jawa Barat")."""
    campus = _CAMPUS_ADDRESS.search(pre)
    if campus is None:
        return False
    name = campus.group("name") or campus.group("school") or ""
    return _SCHOOL_CAMPUS.search(name) is not None or agencies.is_training_body(name)


_LEARN_IN_SENTENCE = re.compile(
    r"\b(?:benchmark\w*|stud[iy]|kaji\s+banding|belajar|mempelajari|menimba|menggali|meninjau|melihat)\b", _I
)


@dataclass
class Place:
    mention: places.PlaceMention
    region: places.Region
    dest: float = 0.0
    origin: float = 0.0


@cache
def _gated() -> tuple:
    """The role patterns with their needles (scanning), worked out once: a place mention's
    window lacking a pattern's words is not searched. Each side's needles are found in one scan
    (`_needle_bits`): every group of needles of every pattern is a bit, set when one of its needles is
    in the window, so a pattern is tried only when all of its bits are set."""

    from diklat_cli.extract.scanning import first_letter_gated  # (local: the module's imports untouched)

    def led(pattern: re.Pattern) -> re.Pattern:
        # a case-blind alternation of words behind a look-ahead for their first letters: they are not tried
        # one by one at every other word of the window (a third less time; one anchored at the window's start
        # is tried there alone already)
        words = pattern.flags & _I and pattern.pattern.startswith(("\\b(?:", "(?<!"))
        return first_letter_gated(pattern) if words else pattern

    def side(lists: tuple, specs: tuple) -> tuple:
        # the groups of needles of the side's patterns, one bit each; a pattern needs all of its groups' bits
        # (specs: the needles of the other tests of the side, a mask of bits each, found in the same scan)
        groups = [needles(pattern) for patterns in lists for pattern, _ in patterns] + list(specs)
        words = sorted({n for gs in groups for g in gs for n in g})
        bits = dict.fromkeys(words, 0)
        masks, bit = [], 0
        for gs in groups:
            need = 0
            for g in gs:
                need |= 1 << bit
                for n in g:
                    bits[n] |= 1 << bit
                bit += 1
            masks.append(need)
        gated, k = [], 0
        for patterns in lists:
            gated.append([(led(pattern), weight, masks[k + i]) for i, (pattern, weight) in enumerate(patterns)])
            k += len(patterns)
        # the scan finds at each place of the window the longest needle that begins there (a trie of the needles
        # behind a look-ahead, whose optional tails are greedy); the needles it begins with are there too
        found = {n: 0 for n in words}
        for n in words:
            for m in words:
                if n.startswith(m):
                    found[n] |= bits[m]
        scan = re.compile("(?=(" + places.trie_regex(words, chars=list) + "))")
        # (a needle with a space in it is looked for in the whole window: it is no part of one word)
        spaced = tuple((n, bits[n]) for n in words if any(c.isspace() for c in n))
        return (scan, found, spaced, {}), *gated, tuple(masks[k:])

    sender_pre, sender_post = places.sender_needles()
    villages = (places.VILLAGE_WORDS,)
    (pre, dest_pre, origin_pre, pre_masks), (post, dest_post, origin_post, post_masks) = (
        side((DEST_PRE, ORIGIN_PRE), (needles(_CANCEL_DEST), sender_pre, villages, (_NEXT_WORDS,))),
        side((DEST_POST, ORIGIN_POST), (sender_post, _head_verbs())),
    )
    return pre, post, dest_pre, dest_post, origin_pre, origin_post, pre_masks, post_masks


def _needle_bits(side: tuple, low: str) -> int:
    """The bits (_gated) of the groups of needles one of whose needles is in low."""
    scan, found, spaced, words = side
    # a needle with no space in it lies inside one of the window's words: each word's needles are found once
    # (kept for the process, as the words of a language recur) and the window's are those of its words
    have = 0
    for word in low.split():
        got = words.get(word)
        if got is None:
            got = 0
            for n in scan.findall(word):
                got |= found[n]
            if len(words) > 100_000:
                words.clear()
            words[word] = got
        have |= got
    for n, bit in spaced:
        if n in low:
            have |= bit
    return have


def _first_weight(patterns, piece: str, have: int) -> float:
    """The weight of the first role pattern found in piece, else 0 (have: _needle_bits of its window)."""
    for pattern, weight, need in patterns:
        if have & need == need and pattern.search(piece):
            return weight
    return 0.0


# a head of region who travels is written with his full name, its initials and his degrees between his
# region and the verb ("Bupati X H. Budi Santoso, S.Sos., M.Si melakukan studi banding ke …", "Wali Kota Y,
# Maluku Utara, M. Tauhid berkunjung ke …"): a run of capitalised words, initials and degrees, commas
# between, then the verb
# a head of region named by office: "Bupati X", "Wali Kota Y", "Gubernur Z"
HEAD_OF_REGION = re.compile(r"(?:wali\s*kota|walikota|bupati|gubernur)\s", _I)
_NAMED_HEAD_TRAVELS = re.compile(
    r"^(?:(?:\s*,?\s*[A-Z][\w'.-]{0,20}){1,9}\s*,?\s+"
    # ... or with those who go with him between, his name written or not: "Bupati X beserta jajaran OPD
    # melaksanakan …", "Bupati Y dan rombongan menyambangi …" (le-04 jatinetwork, mi-05 luwuraya, le-12
    # forumkeadilanbali; any word of company: beserta, bersama, didampingi, dan), not the guests a host
    # goes round with ("Bupati Z bersama para tamu mengunjungi …")
    r"|(?:\s*,?\s*[A-Z][\w'.-]{0,20}){0,9}\s*,?\s+(?:beserta|bersama|didampingi(?:\s+oleh)?|dan)\s+"
    r"(?!(?:para\s+|seluruh\s+)?(?:tamu|peserta|delegasi)\b)(?:(?!(?:ke|di|dari|menuju|yang|untuk)\b)[\w./()-]+\s+){1,6}?)"
    r"(?:"
    + verbs.DEPARTING
    + r"|"
    + verbs.TRAVELLING
    + r"|melawat|belajar|studi|study|kunjungan\s+kerja|kunker|"
    + verbs.VISITING
    + r"|melakukan|melaksanakan|mengadakan|menggelar|menjalani)\b"
)


@cache
def _head_verbs() -> tuple:
    """The verbs one of which _NAMED_HEAD_TRAVELS needs: without one in the words after a head, the pattern's
    runs of capitalised words are not tried (~25 µs an article)."""
    return needles(_NAMED_HEAD_TRAVELS)


# Reports count the places a trip went to in one sentence and name them in the next, which opens with the
# count as a pronoun or with the counted noun as its subject: "… studi banding di tiga tempat yang berbeda.
# Ketiganya adalah A, B dan C", "… di tiga wilayah di Sulawesi. Wilayah yang menjadi tujuan studi banding itu
# masing-masing A, B …", "Keempat kota itu yakni …" (kq-01 bengkuluekspress, ln-10 nttnews; the same opening
# names counted senders in kz-07 padangpos, lf-13 lombokbaratkab, fc-13): every place so named is a stop.
# (any noun of a place counted: tempat, lokasi, titik, wilayah, daerah, kota, kabupaten, provinsi, negara, desa)
_PLACE_NOUNS = ("tempat", "lokasi", "lokus", "titik", "wilayah", "daerah", "kota", "kabupaten", "provinsi", "negara")
_PLACE_NOUNS += ("desa", "destinasi")
_PLACE_NOUN = "(?:" + "|".join(r"kabupaten(?:/kota)?" if n == "kabupaten" else n for n in _PLACE_NOUNS) + ")"
_NAMED_AFTER_COUNT = re.compile(
    r"\s*(?:(?:" + ordinal_words(2, 8) + r")(?:nya|\s+" + _PLACE_NOUN + r"(?:\s+(?:itu|tersebut|tadi))?)"
    r"|" + _PLACE_NOUN + r"\s+(?:yang\s+)?(?:menjadi\s+|di)?(?:tujuan|tuju|kunjungi|datangi)\w*[^.\n]{0,50}?)"
    r"\s*,?\s*(?:adalah|ialah|yaitu|yakni|meliputi|masing-masing|antara\s+lain)\s*:?\s*",
    _I,
)
# ... counted, in the sentence before, as where the trip went ("di tiga tempat", "ke empat daerah")
_PLACES_COUNTED = re.compile(
    r"\b(?:di|ke|menuju|"
    + verbs.GOING_TO
    + r")\s+(?P<n>\d{1,2}|"
    + cardinal_words(2, 9)
    + r")\s+"
    + _PLACE_NOUN
    + r"\b",
    _I,
)


def named_after_count(text: str, sent: tuple[int, int]) -> tuple[int, int] | None:
    """Where the places named in the sentence begin and how many the sentence before counted, when the
    sentence opens by naming the places that one counted as where a trip went (`_NAMED_AFTER_COUNT`)."""
    if sent[0] == 0 or text[sent[0] : sent[0] + 12].lstrip()[:2].lower() not in _NAMED_OPENERS:
        return None
    named = _NAMED_AFTER_COUNT.match(text, sent[0], sent[1])
    if named is None:
        return None
    before = max(text.rfind(".", 0, sent[0] - 1), text.rfind("\n", 0, sent[0] - 1), sent[0] - 300, 0)
    counted = _PLACES_COUNTED.search(text, before, sent[0])
    if counted is None or _TRIP_TOLD.search(text, before, counted.start()) is None:
        return None  # ("pelatihan digelar di dua lokasi", "diterapkan di tiga daerah": no trip's places)
    return named.end(), parse_int(counted.group("n")) or 0


# ... or counted and named in one sentence, the list opened right after the count: "Kunjungan lapangan diadakan di
# dua lokasi, yakni Balai A dan Kebun Percobaan B Kabupaten C" (mp-01 bbpplembang), "studi banding di dua provinsi,
# yaitu Provinsi A, tepatnya Desa B Kabupaten C, serta …" (td-13 mediasemut): each place of the list is a stop,
# however far from the "di" that opens it (a list of units, whose regions trail their names, runs past the few
# words a place's own "di" is read in)
_COUNTED_THEN_LISTED = re.compile(
    _PLACES_COUNTED.pattern
    + r"(?:\s+(?:yang\s+)?(?:berbeda|tujuan|lainnya))?\s*,?\s*(?:"
    + LIST_INTRO
    + r"|:)\s*[^.;\n]{0,200}$",
    _I,
)
_LISTED_NEEDLES = ("yakni", "yaitu", "antara lain", "antaranya", "meliputi", ":")


def counted_list_before(text: str, sent: tuple[int, int], at: int) -> bool:
    """Whether the place at `at` is named in a list of places a trip told before it counted, in the same sentence."""
    lo = max(sent[0], at - 240)
    low = text[lo:at].lower()
    if not any(w in low for w in _LISTED_NEEDLES):
        return False
    counted = _COUNTED_THEN_LISTED.search(text, lo, at)
    return counted is not None and _TRIP_TOLD.search(text, sent[0], counted.start()) is not None


# (a count before a place noun anywhere in the text: without one no sentence counts a trip's places)
_COUNT_OF_PLACES = re.compile(r"\b(?:\d{1,2}|" + cardinal_words(2, 9) + r")\s+" + _PLACE_NOUN + r"\b", _I)


# (_COUNT_OF_PLACES told without the pattern: each place noun found by str.find, the word before it read; a
# search of the pattern tries its words at every position of the article, ~0.45 M instructions)
_COUNT_WORDS = frozenset(cardinal_words(2, 9).split("|"))


def may_count_trips(text: str) -> bool:
    """Whether `trips_counted` can find anything in the text: one search instead of one a sentence."""
    low = folded(text)
    if low is None:
        return _COUNT_OF_PLACES.search(text) is not None
    for noun in _PLACE_NOUNS:
        at = low.find(noun)
        while at >= 0:
            if _counted_before(text, low, at, at + len(noun)):
                return True
            at = low.find(noun, at + 1)
    return False


def _counted_before(text: str, low: str, at: int, end: int) -> bool:
    """A count (1–2 digits or a cardinal word, a whole word) and white space before the noun at [at, end), which
    ends a word: where _COUNT_OF_PLACES matches."""
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return False
    j = at
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == at:
        return False
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_") and j - k <= 9:
        k -= 1
    if k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
        return False  # (a longer word than any count)
    return low[k:j] in _COUNT_WORDS or (0 < j - k <= 2 and text[k:j].isdecimal())


def trips_counted(text: str, sent: tuple[int, int]) -> list[int]:
    """How many places each trip counted in the sentence goes to ("studi lapangan ke dua provinsi",
    "mengunjungi tiga kabupaten"): a count told after the trip's words."""
    found = []
    for counted in _PLACES_COUNTED.finditer(text, sent[0], sent[1]):
        if _TRIP_TOLD.search(text, sent[0], counted.start()) is not None:
            found.append(parse_int(counted.group("n")) or 0)
    return found


# ... by a sentence that tells the trip before the count: a verb of going or the activity ("berangkat studi
# banding ke tiga tempat", "menjalani studi banding di tiga wilayah", "mengunjungi dua daerah")
# (the trip words, setting out, and the short names "stula", "observasi", "orientasi")
_TRIP_TOLD = re.compile(r"\b(?:" + verbs.TRIP_WORDS + "|" + verbs.DEPARTING + r"|stula|observasi|orientasi)\b", _I)
# (the first two letters the openers can have: a cheap test before the pattern)
_NAMED_OPENERS = frozenset(("ke", "te", "lo", "ti", "wi", "da", "ko", "ka", "pr", "ne", "de"))


# bodies counted, their province, then the bodies named: "dari dua DPRD asal Provinsi Aceh, yaitu DPRD A serta DPRD B"
# (mb-06 metropolitan; on the way out "ke dua kota di Kalimantan Timur, yaitu …", mk-09, kj-14, ke-02)
_COUNTED_IN = re.compile(
    r"\b(?:\d{1,2}|" + cardinal_words(2, 9) + r")\s+(?:DPR[DAKP]|kabupaten(?:/kota)?|kota|daerah|pemda|rombongan"
    r"|delegasi)\s+(?:asal|dari|di|se-?)\s*(?:provinsi\s+|propinsi\s+)?$",
    _I,
)
_LIST_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:" + LIST_INTRO + r"|masing-masing)\b", _I)


# a place named as the standard a host or a guest measures itself by, not a place gone to: "belum selengkap yang ada di
# Jogja" (me-12 tribunmaluku), "lebih bagus dari Bali" (kp-07 ekspresimaluku), "mirip dengan Kabupaten X" (lh-06
# solopos, ly-11 pariamantoday), "lebih maju ketimbang Y" (kv-10 ambae), "dibanding Kabupaten Z" (km-17 mataramnews):
# a comparison by any of its words
_COMPARED = re.compile(
    r"(?:\bse\w{3,}\s+yang\s+ada\s+di|\b(?:lebih|kurang|jauh\s+lebih)\s+\w+\s+(?:dari(?:pada)?|ketimbang|dibanding(?:kan)?)"
    r"|\b(?:dibanding(?:kan)?(?:\s+dengan)?|ketimbang|daripada|kalah\s+(?:dari|dengan)|mirip\s+dengan|serupa\s+dengan)"
    r"(?:\s+yang\s+ada\s+di)?)\s+(?:(?:kota|kabupaten|provinsi|pemkot|pemkab|pemprov)\s+)?$",
    _I,
)
_COMPARED_NEEDLES = ("yang ada di", "lebih", "kurang", "daripada", "ketimbang", "dibanding", "kalah", "mirip", "serupa")


# a region named as where the villages or farmers of a description are, in a clause that tells no trip and no
# looking on: "banyak desa di Kabupaten X yang berpotensi", "Bagi petani di Kabupaten Y, …", "tidak jauh beda dengan
# desa di Z" (the home a report describes, its weak "di" no stop); "studi banding ke desa di Kabupaten W", "melihat
# petani di V" tell where the group went, and a sentence opening on "Desa di U itu …" is the village visited
# (residents, "warga di T", are as often the hosts' people the guests watch)
_RESIDENTS_AT = re.compile(
    r"\b(?:desa(?:-desa)?|kampung|petani|nelayan|peternak)\s+(?:yang\s+ada\s+)?di\s+"
    r"(?:(?:kabupaten|kab\.|kota|provinsi)\s+)?$",
    _I,
)
_RESIDENTS_NEEDLES = ("desa", "kampung", "petani", "nelayan", "peternak")
_CLAUSE_TRIP = re.compile(
    r"\b(?:"
    + verbs.TRIP_WORDS
    + "|"
    + verbs.GOING_TO
    + "|"
    + verbs.DEPARTING
    + r"|\w*temu\w*|\w*lihat\w*|\w*pelajari|belajar|\w*tinjau\w*|memperhatikan|tiba)\b",
    _I,
)


def _residents_at(text: str, sent: tuple[int, int], at: int, pre: str, low_pre: str) -> bool:
    """The place at `at` closes "desa di", "petani di" … in a clause (from the last comma, or the sentence's
    start) that tells no trip: where the people described live, not a stop."""
    if " di " not in low_pre or not any(w in low_pre for w in _RESIDENTS_NEEDLES):
        return False
    found = _RESIDENTS_AT.search(pre)
    if found is None:
        return False
    noun = at - len(pre) + found.start()
    if not text[sent[0] : noun].strip():
        return False  # "Desa di Kabupaten X itu dikenal …": the sentence is of the village gone to
    lo = max(sent[0], text.rfind(",", sent[0], noun) + 1, text.rfind(";", sent[0], noun) + 1)
    return _CLAUSE_TRIP.search(text, lo, noun) is None


# a sentence that opens with where a delegation is from, then says it came or how many came: "Dari Kabupaten A
# hadir 12 orang …", "Sementara dari Kota B datang 9 orang" (reports give each sender a sentence of its own; "Dari
# A, rombongan melanjutkan ke B" is a stop left behind)
_FROM_OPENS = re.compile(r"\s*(?:(?:sementara(?:\s+itu)?|adapun|sedangkan)\s*,?\s*)?dari\s+(?:DPR[DAKP]\s+)?$", _I)
_FROM_OPENS_POST = re.compile(
    r"\s*,?\s*(?:(?:hadir|datang|ikut|turut)\b|(?:sebanyak|berjumlah|ada)?\s*\d{1,4}\s+(?:orang|peserta|anggota))", _I
)


# tourists going to a place, in the words before it ("wisatawan yang datang ke X", "pelancong yang hendak berlibur
# ke Y"; data/visitors.json "tourists"): a region's draw for tourism, of the host's or of the guests' home, and no
# group's destination
@cache
def _tourists_go() -> re.Pattern:
    data = json.loads(resources.files("diklat_cli.data").joinpath("visitors.json").read_text(encoding="utf-8"))
    nouns = "|".join(w.replace(" ", r"\s+") for w in sorted(data["tourists"], key=len, reverse=True))
    return re.compile(
        # ("kunjungan wisatawan ke A"; the tourists as the subject of coming: "wisatawan yang hendak berlibur ke B";
        # not tourists as what a group goes to study, "studi banding pengelolaan wisatawan ke C")
        r"\b(?:kunjungan\s+(?:para\s+)?(?:" + nouns + r")(?:\s+[\w-]+)?"
        r"|(?:" + nouns + r")\b(?:\s+[\w-]+){0,4}?\s+(?:datang|berdatangan|berkunjung|berlibur|bepergian|pergi|"
        r"bertandang|melancong|berwisata))"
        r"\s+(?:ke|menuju)\s+(?:kota\s+|kabupaten\s+|provinsi\s+)?$",
        _I,
    )


# someone standing in for the head of a region or its council ("Sekda X, yang mewakili Bupati A, menerima …",
# "Mewakili Wali Kota B, Asisten I menyambut …", "hadir mewakili Ketua DPRD C"): the head of the place received at far
# more often than of the guests' home (13 of 14 in tune), so the words give the region no weight as a sender
_STANDS_IN_FOR_HEAD = re.compile(
    r"\bmewakili\s+(?:(?:wakil|pj\.?|plt\.?)\s+)?(?:bupati|wali\s*kota|walikota|gubernur|ketua\s+(?:DPR[DK]|dewan))\b"
    r"[^,.;\n]{0,25}$",
    _I,
)


def place_scores(text: str, sent: tuple[int, int], mention: places.PlaceMention) -> tuple[float, float]:
    pre = text[max(sent[0], mention.start - 60) : mention.start]
    post = text[mention.end : min(sent[1], mention.end + 80)]
    dest = origin = 0.0
    low_pre, low_post = pre.lower(), post.lower()
    pre_side, post_side, dest_pre, dest_post, origin_pre, origin_post, pre_masks, post_masks = _gated()
    have_pre, have_post = _needle_bits(pre_side, low_pre), _needle_bits(post_side, low_post)
    # (the needles of the tests below, found in the same scan: a test whose words are not there is not run)
    cancel, sender_pre, villages, next_words = (have_pre & m == m for m in pre_masks)
    sender_post, head_verbs = (have_post & m == m for m in post_masks)
    if not (cancel and _CANCEL_DEST.search(pre)):
        dest += _first_weight(dest_pre, pre, have_pre)
    dest += _first_weight(dest_post, post, have_post)
    origin += _first_weight(origin_pre, pre, have_pre) + _first_weight(origin_post, post, have_post)
    if not origin and not dest and post[:1] == "," and pre.rstrip().endswith(","):
        # the last locator of an address set off by commas, the subject's verb after it: "Kepala Desa A,
        # Kecamatan B, Kota C, mengajak …", "Budi, Gubernur D, sempat berkunjung ke …" (the comma that closes it)
        origin = _first_weight(origin_post, post[1:], have_post)
    dest = max(dest, places.destination_weight(pre, low_pre) if villages else 0.0)
    if (
        dest < 2
        and villages
        and any(w in low_pre for w in _VILLAGE_WORDS)
        and _VILLAGE_AT.search(pre)
        and STUDY.search(text, sent[0], mention.start)
    ):
        dest = 2.0  # "studi banding pengelolaan BUMDes di Desa Ponggok, Klaten": the village's address
    if dest < 2 and villages and any(w in low_pre for w in _VILLAGE_WORDS) and _VILLAGE_GONE_TO.search(pre):
        dest = 2.0  # "mendatangi kantor Desa Kutuh di Kabupaten X": the address of the village gone to
    sender = places.sender_weight(pre, post, low_pre, low_post, (sender_pre, sender_post))
    if sender > origin:
        origin, dest = sender, max(0.0, dest - 1)  # "camat di X": the weak "di" is where they live
    if origin < 2 and "dari" in low_pre and _FROM_OPENS.match(pre) and _FROM_OPENS_POST.match(post):
        origin = 2.0  # "Dari Kabupaten A hadir 12 orang …": a sentence of a delegation's own
    if (
        "kelompok" in low_pre
        or "tim " in low_pre
        or "komisi" in low_pre
        or "gelombang" in low_pre
        or "rombongan" in low_pre
    ) and (_GROUP_LABEL_BEFORE.search(text, max(0, mention.start - 60), mention.start)):
        origin, dest = 0.0, max(dest, 2.0)  # "Kelompok I (20 orang): Kota A, mengunjungi …": that group's place
    if (
        dest > 0
        and ("lalu" in low_pre or "sebelumnya" in low_pre or "kemarin" in low_pre)
        and _EARLIER_OCCASION.search(pre)
    ):
        dest *= 0.3  # "tahun lalu program serupa dilaksanakan ke Kabupaten A": another year's trip
    if "dari" in low_pre and _PREVIOUS_STOP.search(pre):
        origin, dest = 0.0, max(dest, 2.0)  # "Usai dari A, rombongan bertolak ke B": A was a stop
    if ("usai" in low_pre or "setelah" in low_pre or "sesudah" in low_pre or "selepas" in low_pre) and (
        _RECEIVED_BEFORE.search(pre)
    ):
        origin, dest = 3.0, 0.0  # "Usai menerima DPRD A, DPRD X kembali kedatangan …": guests received before
    if "luar" in low_pre and _OUTSIDE.search(pre):
        origin = 0.0  # "dua lembaga dewan dari luar daerah X": they come from anywhere but X
    if (
        origin > 0
        and all(c.kind == "province" for c in mention.candidates)
        and _COUNTED_IN.search(pre)
        and _LIST_AFTER.match(post)
    ):
        origin = 0.0  # "dari dua DPRD asal Provinsi Aceh, yaitu A serta B": the address of the senders it lists
    if 0 < dest < 2 and _residents_at(text, sent, mention.start, pre, low_pre):
        dest = 0.0  # "banyak desa di Kabupaten X yang …": the home described, not a stop
    if dest > 0 and any(w in low_pre for w in _COMPARED_NEEDLES) and _COMPARED.search(pre):
        dest = 0.0  # "belum selengkap yang ada di Jogja", "lebih bagus dari Bali": the standard compared with
    if origin > 0 and ("undang" in low_pre or "hadirkan" in low_pre) and _INVITED.search(pre):
        origin = 0.0  # "Pemkot X juga mengundang perwakilan Pemkab A sebagai narasumber": the host's invited speakers
    if origin > 0 and "wakili" in low_pre and _STANDS_IN_FOR_HEAD.search(pre + mention.text[:30]):
        origin = 0.0  # "Sekda, yang mewakili Bupati X, menerima rombongan": a stand-in for a head, mostly the host's
    if "asal" in low_pre and _ONE_PERSONS_HOME.search(pre):
        origin = 0.0  # "kata Dhani, praja asal X": one quoted member's home, not where the group comes from
    if ("bersama" in low_pre or "bareng" in low_pre) and _POSED_WITH_HOST.search(pre) and _DURING_TRIP.match(post):
        origin, dest = 0.0, 3.0  # "berfoto bersama pejabat Pemkot X saat melakukan studi banding": X hosted
    if (
        dest > 0
        and ("konsult" in low_pre or "koordinasi" in low_pre or "audiensi" in low_pre)
        and _CONSULT_PRE.search(pre)
        or ("untuk" in low_post or "guna" in low_post or "rangka" in low_post)
        and _CONSULT_POST.search(post)
    ) and (
        _NATIONAL_BODY.search(text, sent[0], sent[1]) is not None
        and not _LEARN_IN_SENTENCE.search(text, sent[0], sent[1])
    ):
        dest = 0.0  # "konsultasi ke Kementerian X", "ke Jakarta untuk berkonsultasi dengan KPI": not to learn
    if dest > 0 and " ke" in low_pre and any(w in low_pre for w in THING_SENT_NEEDLES) and THING_SENT.search(pre):
        dest = 0.0  # "jawaban itu akan kami kirim ke DPRD Kabupaten A": where a thing is sent, no one goes
    if dest > 0 and "kampus" in low_pre and campus_address(pre):
        dest = 0.0
    if dest > 0 and " ke" in low_pre and _tourists_go().search(pre):
        dest = 0.0  # "wisatawan yang datang ke X": where tourists go, no group's destination
    if dest < 2 and (named := named_after_count(text, sent)) is not None and mention.start >= named[0]:
        origin, dest = 0.0, 2.0  # "… di tiga tempat. Ketiganya adalah A, B dan C": a stop of the trip
    elif dest < 2 and origin < 2 and counted_list_before(text, sent, mention.start):
        dest = 2.0  # "Kunjungan lapangan diadakan di dua lokasi, yakni Balai A dan Balai B Kabupaten C": a stop
    if (
        ("selain" in low_pre or "hanya" in low_pre)
        and BESIDES.search(pre)
        and _ALSO_RECEIVES.match(text, mention.end, sent[1])
    ):
        origin, dest = max(origin, 2.0), 0.0  # "Selain DPRD A, Pemkot X juga menerima Pemkab B": A came as well
    elif (
        dest < 2
        and ("selain" in low_pre or "hanya" in low_pre or "cuma" in low_pre or "sekadar" in low_pre)
        and (
            (BESIDES.search(pre) and _ALSO_GOES.match(text, mention.end, sent[1]))
            or _BUT_ALSO.search(text, max(sent[0], mention.start - 120), mention.start)
        )
    ):
        origin, dest = 0.0, 2.0  # "Selain Kota A, rombongan juga menyambangi B": A was a stop as well
    lowered = mention.text.lower()
    if (
        dest < 2
        and next_words
        and (mention.government or lowered.startswith(("kabupaten", "kota", "provinsi", "kab.")))
        and _NEXT_STOP.search(text, max(sent[0], mention.start - 120), mention.start)
    ):
        dest = 2.0  # a government or a region named as such, not a head of region who speaks
    if lowered.startswith(("balai", "walikota", "wali kota", "bupati", "gubernur")):
        if not lowered.startswith("balai") and origin < 3 and head_verbs and _NAMED_HEAD_TRAVELS.match(post):
            origin = 3.0  # the head of region, named in full, is the subject of the trip
        if origin < 2:
            dest += 0.5  # the host's officials and town hall (not a head the words make a traveller)
    return dest, origin


# "Kecamatan Mentawa Baru Ketapang Kabupaten Kotawaringin Timur": a bare regency name that closes the
# name of a kecamatan (or village) written with its own regency after it is the kecamatan's name
# (a sub-district or village by any of its local names: a distrik in Papua, a kapanewon or kemantren in
# Yogyakarta, a nagari or jorong in West Sumatra, a gampong in Aceh, a pekon in Lampung, a kampung, a dusun)
_SUBDISTRICT_BEFORE = re.compile(
    r"\b(?:Kecamatan|Kec\.|Distrik|Kapanewon|Kemantren|Desa|Kelurahan|Nagari|Jorong|Gampong|Pekon|Kampung|Dusun)"
    r"\s+(?:[A-Z][\w'-]*\s+){0,3}$"
)
_SUBDISTRICT_NEEDLES = (
    "Kec",
    "Desa",
    "Kelurahan",
    "Distrik",
    "Kapanewon",
    "Kemantren",
    "Nagari",
    "Jorong",
    "Gampong",
    "Pekon",
    "Kampung",
    "Dusun",
)
_REGENCY_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:Kabupaten|Kab\.|Kota)\s+(?P<name>[A-Z][\w'-]*)")


def _subdistrict_names(text: str, mentions: list) -> set[str]:
    """Bare names the text uses for a kecamatan or village of another regency."""
    names = set()
    for m in mentions:
        if not m.bare or m.explicit_kind is not None:
            continue
        after = _REGENCY_AFTER.match(text, m.end)
        # (a kecamatan named as its own regency, "Kec. Banjarnegara Kab. Banjarnegara", is in it)
        if (
            after is not None
            and not m.text.startswith(after.group("name"))
            and _SUBDISTRICT_BEFORE.search(text, max(0, m.start - 50), m.start)
        ):
            names.add(m.text)
    return names


def resolved_places(text: str) -> list[Place]:
    mentions = places.find_places(text)
    if any(w in text for w in _SUBDISTRICT_NEEDLES):
        # ... and its later bare mentions ("Camat MB Ketapang") name the kecamatan too
        local = _subdistrict_names(text, mentions)
        mentions = [m for m in mentions if not (m.bare and m.explicit_kind is None and m.text in local)]
    context = set()
    for m in mentions:
        if len(m.candidates) == 1:
            context.add(m.candidates[0].province)
            context.add(m.candidates[0].name)  # "Kabupaten Magelang" settles a later bare "Magelang"
    resolved: list[Place] = []
    for m in mentions:
        rural = m.explicit_kind is None and places.closes_a_village_address(text[max(0, m.start - 60) : m.start])
        region = places.resolve(m, context, rural)
        if region is None:
            continue
        prev = resolved[-1] if resolved else None
        # "Kabupaten Kepulauan Selayar Sulawesi Selatan": the province only locates the regency, and so
        # does the province its own was carved out of ("DPRD Kabupaten Pegunungan Bintang, Provinsi Papua",
        # "Kabupaten Maybrat, Papua Barat", "Jayawijaya, Provinsi Papua": ly-11 pariamantoday, ly-12
        # antarapapua, kr-05 salampapua)
        if (
            prev is not None
            and region.kind == "province"
            and prev.region.kind != "province"
            and places.located_in(prev.region, region.name)
            and re.fullmatch(r"[\s,(]*(?:provinsi|propinsi|prov\.)?\s*", text[prev.mention.end : m.start], _I)
        ):
            continue
        resolved.append(Place(m, region))
    if " dan " in text or "&" in text or " serta " in text:
        resolved = _paired_kinds(text, resolved)
    if "(" in text:
        resolved = _short_names_defined(text, resolved)
    return _national_seats(text, resolved)


# a report gives a region's short name in brackets right after its full name ("Kabupaten Bandung Barat
# (KBB)", "Kabupaten Buton Utara (Butur)", "Kabupaten Tulang Bawang (Tuba)") and then writes the short
# name alone ("DPRD KBB", "rombongan Butur"): each later short name is a mention of that region
_SHORT_NAME = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]{1,7})\)")


def _short_names_defined(text: str, resolved: list[Place]) -> list[Place]:
    added: list[Place] = []
    seen: set[str] = set()
    for p in resolved:
        d = _SHORT_NAME.match(text, p.mention.end)
        if d is None:
            continue
        short = d.group("short")
        region = p.region
        kind_word = "provinsi" if region.kind == places.PROVINCE else region.name.split(" ", 1)[0].lower()
        # the short name is made from the region's name or its kind's ("KBB", "Butur", "Sultra"); a bracket
        # naming something else ("Kota Nusantara (IKN)", "(Pemkot)") is no short name of the region
        if short in seen or short[0].lower() not in (region.bare[0].lower(), kind_word[0]):
            continue
        if short.lower() in places.GOVERNMENT_WORDS or places.find_places(short):
            continue
        seen.add(short)
        for m in re.finditer(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text[d.end() :]):
            budget.spend(1)
            at = d.end() + m.start()
            mention = places.PlaceMention(at, at + len(short), short, (region,), None, False, False)
            added.append(Place(mention, region))
    if not added:
        return resolved
    return sorted(resolved + added, key=lambda p: p.mention.start)


# "DPRD Kota dan Kabupaten X", "Pemkot dan Pemkab X": the city's and the regency's bodies of one name
# (a place of its own for the first kind, `_paired_kinds`; the role of its partner, `shared_scores.share_paired_scores`)
PAIRED_KIND = re.compile(r"\b(?P<kind>kota|pemkot|pemko|kabupaten|kab\.|pemkab)\s+(?:dan|serta|&)\s+$", _I)


def _paired_kinds(text: str, resolved: list[Place]) -> list[Place]:
    """A city and a regency of one name written with one name ("DPRD Kota dan Kabupaten X"): the
    first kind gets a place of its own, the other region of that name."""
    out: list[Place] = []
    for p in resolved:
        # (a city or regency only, its pattern's joining word looked for in the window first: most places have none)
        window = text[max(0, p.mention.start - 20) : p.mention.start]
        if p.region.kind not in ("kota", "kabupaten") or (
            window.isascii() and "&" not in window and "dan" not in (low := window.lower()) and "serta" not in low
        ):
            out.append(p)
            continue
        pair = PAIRED_KIND.search(text, max(0, p.mention.start - 20), p.mention.start)
        if pair is not None:
            kind = "kota" if pair.group("kind").lower().startswith(("kota", "pemko")) else "kabupaten"
            base = re.sub(r"^(?:kabupaten|kota)\s+", "", p.region.name, flags=_I)
            other = next((r for r in places.regions_named(base) if r.kind == kind and r.kind != p.region.kind), None)
            if other is not None:
                name = pair.group("kind")
                mention = places.PlaceMention(pair.start(), pair.end("kind"), name, (other,), kind, False, False)
                out.append(Place(mention, other))
        out.append(p)
    return out


def places_between(resolved: list[Place], lo: int, hi: int, starts: list[int]) -> list[Place]:
    """The place mentions that start in [lo, hi); `starts` are their start offsets in text order: a
    bisect, so that a look around each of many cues stays cheap on long texts."""
    return resolved[bisect_left(starts, lo) : bisect_left(starts, hi)]
