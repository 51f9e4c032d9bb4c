"""Stops: the several places one trip went to, where they are not one written list of places.

Stops told one a sentence ("Di Kabupaten A, peserta …"), the same kind of visit told again at another
place ("kegiatan yang sama di B"), one more stop beside the article's own (`_other_stops`), the same
sender's other groups elsewhere at once, lists divided among parts of a group, stops told in order
("pertama … kemudian …"), and a list's finer stops in place of the regions that hold them; a stop on
the way (`stopovers`), a sender's trips given as examples, the places of a trip as a bulleted list,
counted then named, or named after "Lokasi … antara lain", and an itinerary told day by day.

One concern: where several stops of one trip are read (the frames put them together in `frame_list`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from diklat_cli.extract import places, staff, trainees, verbs
from diklat_cli.extract.called_off import called_off_regions
from diklat_cli.extract.numbers import ordinal_words
from diklat_cli.extract.participants import VILLAGE_HEADS
from diklat_cli.extract.place_links import distinct_regions
from diklat_cli.extract.place_roles import (
    FEW,
    Place,
    may_count_trips,
    named_after_count,
    places_between,
    trips_counted,
)
from diklat_cli.extract.scanning import finditer, folded, positions, scan
from diklat_cli.extract.sentences import LIST_INTRO, sentence_at

_I = re.IGNORECASE


# the group divided among places, as its people tell it ("Rombongan kami bagi untuk mengunjungi tiga
# kabupaten, yakni …", "Kami berpencar, sebagian ke A dan sebagian lagi ke B"): an account of where the
# parts went, even in a quote, and the parts went at once
DIVIDED = re.compile(
    r"\b(?:dibagi|terbagi|membagi|dipecah|berpencar|(?:kami|kita)\s+(?:bagi|pecah)"
    r"|(?:sebagian|separuh(?:nya)?)\s+(?:lagi\s+|lainnya\s+)?(?:peserta\s+)?(?:ke|menuju)|(?:sisanya|selebihnya)\s+(?:ke|menuju))\b",
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
_TRAVELLING = re.compile(
    r"\b(?:rombongan|" + trainees.TRAINEES + r"|delegasi|mereka|tim|kami|kontingen"
    r"|(?:para|sejumlah|seluruh|\d{1,3})\s+(?:kepala|kades|camat|lurah|anggota|"
    + staff.only("pejabat", "ASN", "pegawai", "staf")
    + r"|perangkat|legislator|wakil\s+rakyat|"
    + VILLAGE_HEADS
    + r"))\b",
    _I,
)
# a sentence opening with the stop it tells of: "Di Kabupaten A, peserta …", "Sementara di Kota B, rombongan …",
# "Ke Kota C, mereka datang …"
_STOP_OPENS = re.compile(
    r"\s*(?:(?:sementara(?:\s+itu)?|adapun|sedangkan|lalu|kemudian|selanjutnya|terakhir|dan)\s*,?\s+"
    # (or the group's arrival: "Setibanya di Kota A, rombongan …", "Sesampainya di B, peserta …")
    r"|(?:setiba(?:nya)?|sesampai(?:nya)?|saat\s+tiba|ketika\s+tiba|begitu\s+tiba)\s+)?(?:di|ke)\s+"
    # (the stop named by the unit gone to, its region after it: "Di Dinas Pariwisata Kota A, peserta …", "Sementara
    # itu di RSUD Kabupaten B, rombongan …"; reports name where a group learnt by the office as often as the town)
    r"(?-i:(?:Dinas|Badan|Bagian|Biro|Kantor|Sekretariat|Inspektorat|Balai|Mal|RSUD|Puskesmas|Bap\w+|Dis\w+|[A-Z]{3,8})"
    r"(?:\s+(?:[A-Z][\w&-]*|dan|&)){0,6}\s+)?$",
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
        if p.mention.start - sent[0] > 90 or not _STOP_OPENS.fullmatch(text, sent[0], p.mention.start):
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


def _other_stops(
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
        if not (first or _TRAVELLING.search(text, sent[0], sent[1])) or p.mention.start - sent[0] > 250:
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


SIMULTANEOUS = re.compile(r"\b(?:kelompok|dibagi|dipecah|terbagi|masing-masing|berbeda|sedangkan|sementara)\b", _I)
MORE_STOPS = re.compile(
    r"\b(?:sebelum(?:nya)?|setelah(?:nya)?|selanjutnya|kemudian|berikutnya|juga|usai|seusai|sesudah|keesokan"
    # ("Rombongan lebih dulu mendatangi A": the first of the stops)
    r"|(?:lebih|terlebih)\s+(?:dulu|dahulu))\b",
    _I,
)
_STOP = re.compile(
    r"(?=[ltdkhes])\b(?:(?:lokasi|tujuan|destinasi|lokus|kunjungan"
    # a day-by-day account: "Hari pertama, … di Kota A. Hari kedua, … mengunjungi Kabupaten B"
    r"|(?-i:[Hh])ari)\s+(?:tujuan\s+|lokasi\s+)?"
    r"(?:" + ordinal_words(1, 5) + r"|berikutnya|selanjutnya|terakhir)\b"
    # ... or the next day told as the day after: "Keesokan harinya, peserta menuju Kabupaten B"
    r"|(?:keesokan|esok)\s+harinya|sehari\s+(?:kemudian|setelahnya|berikutnya))",
    _I,
)
# after a cue of a later day (not the first), a word of going right before the place: "keesokan harinya ke B",
# "hari kedua, rombongan bergeser ke B" (not "kembali ke", "pulang ke": the way home)
_NEXT_DAY_STOP = re.compile(
    r"[\s,]*(?:(?:rombongan|peserta|mereka|para\s+\w+|tim)\s+)?(?:(?:melanjutkan\s+(?:perjalanan|kunjungan)"
    r"|bergeser|berlanjut|bertolak|berangkat|beralih|berkunjung|dilanjutkan|lanjut)\s+)?(?:ke|menuju)\s+"
    r"|[\s,]*(?:(?:rombongan|peserta|mereka|para\s+\w+|tim)\s+)?(?:mengunjungi|mendatangi|menyambangi)\s+"
    # (or learning there, the stop told by what the group does at it: "hari kedua, peserta belajar di B")
    r"|[\s,]*(?:(?:rombongan|peserta|mereka|para\s+\w+|tim)\s+)?(?:belajar|menimba\s+ilmu|studi\s+\w+)"
    r"(?:\s+[a-z]+){0,3}?\s+(?:di|ke)\s+(?:(?:pemkab|pemkot|pemprov|pemerintah)\s+)?",
    _I,
)
# the words every match of _STOP starts with ("Hari" in either case of its first letter): the pattern is tried
# only where one starts, not at each position (leads() cannot read the case-kept "[Hh]")
_STOP_LEADS = ("lokasi", "tujuan", "destinasi", "lokus", "kunjungan", "hari", "keesokan", "esok", "sehari")
# a stop on the way: "singgah di", "menyinggahi", "mampir ke"
# (by any verb of travelling before "ke", "melawat ke", "bertamu ke"; by any verb of visiting, "mendatangi" too,
# which like "mengunjungi" tells the first stop as often as the next, mb-03 rakyatcirebon "Hari pertama mereka
# mendatangi DPRD A, lalu … bergeser ke B", and so is a stop only after a word of more stops, "Sebelumnya rombongan
# sudah mendatangi kantor Desa B": s11 mm-11 antarasumut, kg-07 madiuntoday, lj-12 badiklatpkn)
_STOPOVER = re.compile(
    r"(?=[smbdkv])\b(?:singgah|mampir|" + verbs.VISITING + "|(?:" + verbs.TRAVELLING + r")\s+ke"
    # ... or a look at a site there, as a visit verb is (a stop only after a word of more stops): "Selanjutnya
    # rombongan meninjau pabrik X di Kabupaten B", "Usai dari A, peserta meninjau Mal Pelayanan Publik B"
    r"|meninjau"
    # ... or a host receiving the group there, told as another stop after a word of more stops: "Sehari
    # sebelumnya, rombongan diterima Bupati B" (as a plain visit verb, only after such a word)
    r"|(?:diterima|disambut|dijamu)(?:\s+(?:langsung\s+)?oleh)?"
    # "… rombongan melanjutkan (perjalanan) ke Y", "bergeser ke Y": the next stop
    r"|melanjutkan\s+(?:perjalanan\s+|kunjungan\s+|lawatan\s+|studi\s+\w+\s+)?(?:ke|menuju)"
    r"|(?:bergeser|bergerak|bertolak|beranjak|bertandang)\s+(?:ke|menuju)"
    # ... or "menuju" alone, the group heading on to a village: "Setelah itu rombongan menuju Desa B di Y" (a
    # village is no transit point, as a city, its airport or station may be: "bertolak menuju Medan dengan bus")
    r"|menuju(?=\s+(?:kantor\s+)?(?:desa|kelurahan|kampung|nagari|gampong)\s)"
    # ... and the same going on with the trip as its subject, "kunjungan berlanjut ke Y", "kegiatan dilanjutkan ke
    # Y", "diteruskan dengan kegiatan ke Y" (ks-17 lemhannas, ks-01 suryamalang, s11 mm-12 metroonline)
    r"|meneruskan\s+(?:perjalanan\s+|kunjungan\s+)?(?:ke|menuju)"
    r"|(?:dilanjutkan|diteruskan|berlanjut)\s+(?:dengan\s+(?:kegiatan|kunjungan|perjalanan|agenda)\s+)?(?:ke|menuju)"
    # ... and the trip by its name before "ke", as a verb of visiting is (a stop only after a word of more stops):
    # "Mereka juga melakukan benchmarking ke B" (ka-08 wartabromo), "juga melakukan kunjungan kerja ke B" (ld-03
    # liputan6), "juga menjalani kunjungan kerja ke B" (mb-10 solopos), "juga sudah melakukan studi banding ke B"
    # (kc-35 kompas)
    r"|(?:stud[iy]\s+(?:banding|tiru|lapangan|komparatif)|benchmark(?:ing)?|kaji\s+(?:banding|tiru)"
    r"|kunjungan(?:\s+(?:kerja|lapangan))?|kunker|visitasi)\s+(?:ke|menuju))\b",
    _I,
)
# the trip itself as the subject of its going on, in the clause right before it ("Esok harinya, kunjungan berlanjut
# ke …", "Kegiatan studi banding kemudian dilanjutkan ke …"; not "Usulan itu lalu diteruskan ke …", "Diskusi berlanjut
# ke …"), or named after it ("diteruskan dengan kegiatan ke …")
_TRIP_GOES_ON = re.compile(
    r"\b(?:kunjungan|kunker|kegiatan|perjalanan|lawatan|stud[iy]\s+\w+|benchmarking|kaji\s+banding)\b[^,;.\n]{0,40}$",
    _I,
)
# a halt on the road, no stop of the trip: "singgah sebentar di X", "mampir sejenak di X", "singgah di X untuk
# beristirahat / makan siang" (a stop to learn, "singgah di Desa Wisata X untuk mempelajari …", is one)
_HALT = re.compile(
    r"\s+(?:sebentar|sejenak|sesaat)\b"
    r"|[^.\n]{0,120}?\buntuk\s+(?:ber)?istirahat|[^.\n]{0,120}?\buntuk\s+(?:makan|santap|ishoma|s[h]?[oa]lat)\b"
    # ... or at a place one eats, prays, shops or sleeps at on the way: "mampir dulu di resto X", "singgah di pusat
    # oleh-oleh Y", "singgah di Pura Z" (lk-01 cakra, kl-16 sumeks, kp-24 balitribune: any such place by its kind)
    r"|\s+(?:(?:dulu|dahulu|terlebih\s+dahulu|lebih\s+dulu)\s+)?(?:di|ke)\s+(?:sebuah\s+|salah\s+satu\s+)?"
    r"(?:rumah\s+makan|restoran|resto|restaurant|warung|kafe|cafe|coffee\s+shop|kedai|(?:pusat|toko|sentra)\s+oleh-oleh"
    r"|masjid|musala|mushola|pura|gereja|vihara|klenteng|rest\s+area|SPBU|hotel|penginapan|pantai)\b"
    # ... or between two flights, the place named and the group flying on at once: "singgah dulu di Jakarta, lalu
    # terbang lagi menuju Y" (mj-02 kupasonline; lk-02 portalsatu and mg-08 garutnews tell their layovers so)
    # (nothing learnt there: "singgah di A untuk belajar …, lalu terbang ke B" is a stop)
    r"|\s+(?:(?:dulu|dahulu|sebentar)\s+)?di\s+(?:(?!(?:untuk|guna|belajar|mempelajari)\b)[\w().-]+\s+){0,4}?[\w().-]+"
    r"\s*,?\s*(?:lalu|kemudian|sebelum|dan)\s+"
    r"(?:(?:langsung|kembali)\s+)?(?:terbang|naik\s+pesawat|melanjutkan\s+penerbangan)\b",
    _I,
)
# "Setelah dari X, rombongan melanjutkan ke Y": the stop the group has come from
_CAME_FROM = re.compile(
    r"\b(?:setelah|usai|seusai|sesudah)\s+(?:dari|mengunjungi|berkunjung\s+ke)\s+$"
    # ... or after the trip's own doing there, a day before: "Sehari setelah menggelar benchmarking di Kota A, rombongan
    # bergeser ke B", "Usai sehari berada di A, rombongan bergeser ke B" (not arriving or staying the night on the
    # way: "Setelah tiba di Bandara A", "usai menginap di A")
    r"|\b(?:setelah|usai|seusai|sesudah|selepas)\s+(?:sehari\s+|dua\s+hari\s+)?(?:(?:menggelar|melakukan|melaksanakan"
    r"|menjalani|mengikuti)\s+)?(?:stud[iy]\s+\w+|benchmarking|kunjungan(?:\s+kerja)?|kunker|kaji\s+\w+|visitasi"
    r"|belajar|berada)(?:\s+[a-z]+){0,3}?\s+di\s+$",
    _I,
)
_RECEIVED_CUES = ("diterima", "disambut", "dijamu")  # the received verbs of _STOPOVER
# the cues of _STOPOVER that tell the travellers going on from one stop to the next, by their start
_GOING_ON_CUES = (
    "melanjutkan",
    "meneruskan",
    "dilanjutkan",
    "diteruskan",
    "berlanjut",
    "bergeser",
    "bergerak",
    "bertolak",
    "beranjak",
)
# the cues of _STOPOVER that tell the article's main visit as often as one more stop (a plain visit verb, the trip by
# its name, a host receiving), by their start
_PLAIN_VISIT_CUES = (
    "meng",
    "meny",
    "mend",
    "berk",
    "melawat",
    "bertamu",
    "stud",
    "bench",
    "kaji",
    "kunj",
    "kunk",
    "visit",
    "meninjau",
) + _RECEIVED_CUES
_PLAIN_GAP = re.compile(r"[^,;.()\d\n]*")  # words only, no date or clause between
AROUND = 300  # characters looked at around a cue of one more stop
# "Adapun lokasi studi lapangan yaitu:" + "1. Kabupaten A" lines
# ... or "studi lapangan ke tiga daerah, Rabu (5/6/2024):" (the places counted, then one a line)
_PLACES_INTRO = re.compile(
    # (or the trip's schedule, one stop a line: "Jadwal kunjungan:", "Rute perjalanan:", "Agenda kunjungan:")
    r"\b(?:lokasi|lokus|tujuan|daerah\s+tujuan|tempat|jadwal|rute|agenda\s+(?:kunjungan|perjalanan)"
    r"|(?:ke|di)\s+(?:\d{1,2}|" + FEW + r")\s+(?:daerah|kabupaten"
    r"|kota|provinsi|lokasi|lokus|desa|tempat))\b[^.\n:]{0,60}:[ \t]*\n",
    _I,
)
# "Lokasi visitasi antara lain A, B, serta C", "Lokus studi lapangan meliputi …": the places of the trip
# ("Tujuan kunjungan yakni mempelajari …" is its purpose: the places are named, capitalised)
# ... the trip's own by "-nya", a clause set off by a comma before the list: "Lokasinya sudah ditetapkan, yakni A,
# B dan C", "Tujuannya antara lain A, B dan C"
_PLACES_WORDS = ("lokasi", "lokus", "locus", "tujuan", "destinasi")
_PLACES_NAMED = re.compile(
    r"\b(?:lokasi|lokus|locus|tujuan|destinasi)(?:nya)?\b(?:\s+[\w()]+){0,3}?,?\s+(?:"
    + LIST_INTRO
    + r")\b(?=\s*:?\s*(?-i:[A-Z]))",
    _I,
)
_BULLET_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*–·▪●])[ \t]+[^\n]{1,120}(?:\n|$)")
# ... or the rows of a table (cells split by "|" or, from a page's table, by tabs), under a header row of its own
# ("Kelompok | Lokus | Jumlah peserta", then "1 | Kota A | 20 orang"): one place a row, as one a bullet
_TABLE_ROW = re.compile(r"(?:[^\n|\t]{0,80}[|\t]){1,8}[^\n|\t]{0,80}(?:\n|$)")
# an example of the sender's trips: "Contohnya kunjungan …", "salah satu hasil kunjungan kerja …"
_EXAMPLE_TRIP = re.compile(
    r"\b(?:contohnya|misalnya|salah\s+satu(?:nya)?(?:\s+hasil)?)\b[^.\n]{0,80}?\b(?:kunjungan|kunker|stud[iy]\s+\w+"
    r"|benchmarking|kaji\s+banding)\b",
    _I,
)
_FRONTED_AFTER = re.compile(
    r"\b(?:setelah|sesudah|usai|seusai|selepas)\s+(?:lebih\s+dulu\s+|lebih\s+dahulu\s+|terlebih\s+dahulu\s+)?$", _I
)
_STOPOVER_WORDS = (
    "singgah",
    "mampir",
    "meninjau",
    *verbs.VISITING_VERBS,
    *verbs.TRAVELLING_VERBS,
    "melanjutkan",
    "meneruskan",
    "dilanjutkan",
    "diteruskan",
    "berlanjut",
    "studi",
    "study",
    "benchmark",
    "kaji",
    "kunjungan",
    "kunker",
    "visitasi",
    "bergeser",
    "bergerak",
    "bertolak",
    "beranjak",
    "menuju",
    "diterima",
    "disambut",
    "dijamu",
)


def stopovers(
    text: str,
    sents,
    resolved: list[Place],
    starts: list[int],
    top_region: places.Region,
    low: str,
    by_name,
    home: str | None,
    quotes: tuple[tuple[int, ...], tuple[int, ...]] = ((), ()),
) -> list[tuple[list[places.Region], bool]]:
    """A stop on the way told of the travellers, or an earlier or later visit of theirs: more destinations
    of the same trip. Told in direct speech (`quotes`, the starts and ends of its stretches) too, where the
    travellers are named in the third person ("“Mereka juga melakukan benchmarking ke B,” ujarnya") or say "kami"
    of going on ("“Kami akan melanjutkan ke B,” katanya"): a host's "kami" of a plain visit ("“Kami juga sudah studi
    banding ke C,” kata Bupati") is its own trip, not the guests'."""
    found: list[tuple[list[places.Region], bool]] = []
    stops: list[places.Region] = []
    at_top = False  # a cue of one more stop whose place is the top host itself
    off: set[str] | None = None  # the regions whose trip the article calls off (asked once a stop is read)
    for pos in positions(low, _STOPOVER_WORDS):
        cue = _STOPOVER.match(text, pos)
        if cue is None:
            continue
        sent = sentence_at(sents, pos)
        # (the look around a cue is bounded: a sentence may be the whole of a hostile text)
        lo, hi = max(sent[0], pos - AROUND), min(sent[1], cue.end() + AROUND)
        opener = text[lo:pos]
        # (a fronted clause leaves its subject to the main clause after the stops: "Sesudah lebih dulu
        # singgah di A dan di B, hari ini rombongan … di X")
        fronted = _FRONTED_AFTER.search(opener) is not None and _TRAVELLING.search(text, cue.end(), hi)
        # (the trip's going on has the trip as its subject, not the group: "usulan para kades diteruskan ke")
        if cue.group(0).lower().startswith(("dilanjutkan", "diteruskan", "berlanjut")):
            goes = _TRIP_GOES_ON.search(opener) is not None or " dengan " in cue.group(0)
        else:
            goes = _TRAVELLING.search(opener) is not None or bool(fronted)
        if not goes or OTHER_TRIP.search(text, lo, hi):
            continue
        if (
            (i := bisect_right(quotes[0], pos) - 1) >= 0
            and pos < quotes[1][i]
            and not cue.group(0).lower().startswith(_GOING_ON_CUES)
            and (who := _TRAVELLING.search(opener)) is not None
            and who.group(0).lower() == "kami"
        ):
            continue  # (a speaker's own plain visit, in a quote: the host's trip as often as the guests')
        # (a plain visit verb by any of its class's words: "melawat ke", "bertamu ke" as "berkunjung ke")
        received = cue.group(0).lower().startswith(_RECEIVED_CUES)
        if cue.group(0).lower().startswith(_PLAIN_VISIT_CUES) and not MORE_STOPS.search(opener):
            continue  # a plain visit verb: the article's main visit, told again
        if cue.group(0).lower().startswith(("sing", "mamp")) and _HALT.match(text, cue.end(), hi):
            continue  # a halt on the road ("singgah sebentar di X", "mampir di X untuk makan siang")
        here = [p for p in places_between(resolved, cue.end(), hi, starts) if p.dest >= p.origin]
        if here and off is None:
            off = called_off_regions(text, sents, resolved)
        # (a place a trip to which the article says was called off is gone to nowhere in it: "Kunjungan ke B ditunda.
        # Menurut jadwal awal, rombongan melanjutkan studi banding ke B", called_off.called_off_regions)
        here = [p for p in here if p.region.name not in (off or ())]
        if received:
            # (the host who receives is named right after the verb: "diterima Bupati B", not a list further on;
            # an official of the top host's province receiving the group in it is no other stop: "juga diterima
            # Kepala Dinas Pariwisata Provinsi Bali" at a town of Bali)
            here = [
                p
                for p in here[:1]
                if p.mention.start - cue.end() < 40
                and _PLAIN_GAP.fullmatch(text, cue.end(), p.mention.start)
                and p.region.name != top_region.province
            ]
        # (the top host's own province by its bare name, "melanjutkan perjalanan ke NTB" beside "ke Pemkot Mataram":
        # the way there, no other stop; its government, "ke Pemprov NTB", is one)
        here = [
            p
            for p in here
            if not (p.region.kind == "province" and p.region.name == top_region.province and not p.mention.government)
        ]
        came = [
            p
            for p in places_between(resolved, lo, pos, starts)
            if _CAME_FROM.search(text, max(sent[0], p.mention.start - 80), p.mention.start)
        ]
        for region in distinct_regions(came + here, text):
            if region != top_region and region not in stops:
                stops.append(region)
            at_top = at_top or region == top_region
    if not stops and at_top:
        # the stop told as one more is the top host itself ("Sebelumnya rombongan sudah mendatangi Desa A di
        # Kabupaten A" beside "Bupati B menerima rombongan"): the trip's other stops are the places its own
        # words send the group to or have a host receive it at, each in its own sentence
        stops = _other_stops(text, sents, resolved, top_region, by_name.get(home) if home else None)
    if len(stops) >= 2 and top_region.kind == "province" and all(r.province == top_region.name for r in stops):
        found.append((stops, False))  # "studi banding ke Bali … Desa A di X … menuju Desa B di Y": inside it
    elif stops:
        found.append(([top_region, *stops], False))
    return found


def example_trips(
    text: str, sents, resolved: list[Place], starts: list[int], top_region: places.Region
) -> list[tuple[list[places.Region], bool]]:
    """A sender's trips given as examples, when the article's own destination is one of them."""
    found: list[tuple[list[places.Region], bool]] = []
    examples: list[places.Region] = []
    for m in finditer(_EXAMPLE_TRIP, text):
        sent = sentence_at(sents, m.start())
        here = [p for p in places_between(resolved, m.end(), sent[1], starts) if p.dest >= 2 > p.origin]
        if here and here[0].region not in examples:
            examples.append(here[0].region)
    if len(examples) >= 2 and top_region in examples:
        found.append((examples, True))
    return found


def bulleted_places(
    text: str, sents, resolved: list[Place], starts: list[int]
) -> list[tuple[list[places.Region], bool]]:
    """The places of the trip as a bulleted list under an intro ("Adapun lokasi studi lapangan yaitu:")."""
    found: list[tuple[list[places.Region], bool]] = []
    for intro in _PLACES_INTRO.finditer(text):
        listed: list[places.Region] = []
        at = intro.end()
        header = False
        while len(listed) < 12 and (line := _BULLET_LINE.match(text, at) or _TABLE_ROW.match(text, at)) is not None:
            here = places_between(resolved, line.start(), line.end(), starts)
            if not here and not listed and not header and line.re is _TABLE_ROW:
                header, at = True, line.end()  # (the table's header row: its columns' names)
                continue
            if not here:
                break
            listed.extend(r for r in distinct_regions(here[:1], text) if r not in listed)
            at = line.end()
        if len(listed) >= 2:
            # (groups at the same time when the intro says so, or the list's own rows are the groups: "Kelompok | …")
            at_once = SIMULTANEOUS.search(text, *sentence_at(sents, intro.start())) is not None or (
                header and SIMULTANEOUS.search(text, intro.end(), at) is not None
            )
            found.append((listed, at_once))
    return found


def counted_then_named(
    text: str, sents, resolved: list[Place], starts: list[int]
) -> list[tuple[list[places.Region], bool]]:
    """The places counted in one sentence and named in the next, as many as were counted."""
    found: list[tuple[list[places.Region], bool]] = []
    for sent in sents[1:]:
        if (named := named_after_count(text, sent)) is None:
            continue
        here = places_between(resolved, named[0], sent[1], starts)
        here = [
            p for i, p in enumerate(here) if not (i and text[here[i - 1].mention.end : p.mention.start].strip() == "(")
        ]
        listed = distinct_regions(here, text)
        if len(listed) >= 2 and len(listed) == named[1]:
            found.append((listed, False))
    return found


def counted_then_told(
    text: str, sents, resolved: list[Place], starts: list[int]
) -> list[tuple[list[places.Region], bool]]:
    """A trip counted ("studi lapangan ke dua provinsi") then told stop by stop, a sentence each ("Pada 4-5
    Juni, peserta belajar di Pemprov A … Rombongan kemudian melanjutkan perjalanan ke B"): the first place
    gone to in each sentence after the count is a stop, when as many are told as were counted."""
    found: list[tuple[list[places.Region], bool]] = []
    if not may_count_trips(text):
        return found
    for i, sent in enumerate(sents):
        for n in trips_counted(text, sent):
            if n < 2:
                continue
            told: list[Place] = []
            for later in sents[i + 1 : i + 2 + 2 * n]:
                here = [p for p in places_between(resolved, *later, starts) if p.dest > p.origin]
                if here and here[0].region not in {p.region for p in told}:
                    told.append(here[0])
                if len(told) == n:
                    break
            regions = distinct_regions(told, text)
            if len(regions) == n:
                found.append((regions, False))
    return found


def places_named(
    text: str, sents, resolved: list[Place], starts: list[int], low: str
) -> list[tuple[list[places.Region], bool]]:
    """The places of the trip named in one sentence after "Lokasi visitasi antara lain …"."""
    found: list[tuple[list[places.Region], bool]] = []
    # (the pattern is tried only where its first word stands: cheaper than a search of the text)
    for intro in (m for pos in positions(low, _PLACES_WORDS) if (m := _PLACES_NAMED.match(text, pos))):
        sent = sentence_at(sents, intro.start())
        here = [p for p in places_between(resolved, intro.end(), sent[1], starts) if p.dest >= p.origin]
        named = distinct_regions(here, text)
        if len(named) >= 2:
            found.append((named, SIMULTANEOUS.search(text, *sent) is not None))
    return found


def itinerary_by_day(
    text: str, sents, resolved: list[Place], starts: list[int], top_region: places.Region | None
) -> list[tuple[list[places.Region], bool]]:
    """An itinerary told stop by stop, each stop after its cue ("tujuan pertama", "hari kedua")."""
    found: list[tuple[list[places.Region], bool]] = []
    stops: list[places.Region] = []
    next_stop: list[Place] = []  # the place a cue of the next day leads to, going there
    cues = list(scan(_STOP, _STOP_LEADS, text, folded(text)))
    for i, cue in enumerate(cues):
        sent = sentence_at(sents, cue.start())
        end = min(sent[1], cue.end() + AROUND)
        # (two days told in one sentence, "Hari pertama ke A, dan hari kedua ke B": each day's place
        # is the one after its own cue)
        if i + 1 < len(cues) and cues[i + 1].start() < end:
            end = cues[i + 1].start()
        near = places_between(resolved, cue.end(), end, starts) or places_between(resolved, sent[0], end, starts)
        # (not the travellers' home named with them: "Hari pertama, peserta Latsar Kabupaten A mengunjungi B")
        near = [p for p in near if not p.origin > p.dest]
        here = [p.region for p in near if p.region.kind != "province"]
        if here and here[0] not in stops:
            stops.append(here[0])
            first = next(p for p in near if p.region == here[0])
            if (
                top_region is not None
                and not next_stop
                and "pertama" not in cue.group().lower()
                and _NEXT_DAY_STOP.fullmatch(text, cue.end(), first.mention.start)
            ):
                next_stop = [first]
    if len(stops) >= 2:
        found.append((stops, False))
    elif (
        len(stops) == 1
        and next_stop
        and top_region is not None
        and stops[0] != top_region
        and next_stop[0].dest >= next_stop[0].origin
    ):
        # one more stop told as the next day's, after the visit told first ("… ke Kota A, Senin (8/7), dan keesokan
        # harinya ke Kota B", "Hari kedua, rombongan bergeser ke B"): the group's second stop
        found.append(([top_region, stops[0]], False))

    return found
