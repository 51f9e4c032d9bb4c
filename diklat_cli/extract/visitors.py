"""One concern: the bodies a host received, when its report lists them: one visit per visiting body.

Reports written from the host's side often list who came, and each body in the list made a
visit of its own (its own origin, the host as destination):

- the visitors' heads (or officials) with their regions, after a count of them: "tiga kepala
  daerah bertandang ke X. Mereka adalah Bupati A … yang diterima Jumat (21/3), kemudian Bupati
  B …, serta Wakil Walikota C …" (a list may run on in the next sentence: "Selain itu hadir pula
  Bupati D …"), or heads named together as those who came ("Bupati A X dan Walikota B Y
  melakukan studi banding ke …", "menerima kunjungan Bupati A … dan Bupati B …");
- the regions after "tamu datang dari berbagai daerah, seperti A, B, hingga C", "sedikitnya 25
  kunjungan, antara lain dari A, B dan C", "Kunjungan itu antara lain dari …", where a national
  body may stand among the regions ("… hingga Badan X (BX)"), and in such a recap further visits
  told by where they came from ("antara lain kunker dari D");
- senders told one after another, each with a day of its own ("Setelah Pemkab A datang Senin
  (3/6), giliran Pemkot B berkunjung Rabu (12/6)");
- the bodies after "Rombongan yang datang berasal dari:", "Tamu yang hadir yaitu:" or "menerima
  kunjungan studi banding … dari", each a body with its region, in a sentence ("DPRD Kabupaten A,
  Bappeda Kabupaten B dan DPRD Kota C") or one a line under bullets or numbers; and the bodies
  after a list word in the sentence saying they came, or opening the next one, with no count or
  colon ("Rombongan yang datang antara lain DPRD Kota A Jawa Timur, DPRD Kabupaten B …", "… yang
  berkunjung sejak Mei. Di antaranya DPRD A, DPRD B …").

A visitor keeps the day and head count written in its own clause; visitors who came over a
period ("dalam sepekan", "sejak September", "sedikitnya 47 kunker") take no other day, those
received together share the day of the visit. Not visitors: the host's own head or governor,
the head of one region alone (the ordinary sender, read elsewhere), a province that only locates
a listed regency, where one group's members come from, where a host's programme reached.
Vocabulary lives in data/visitors.json.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain

from diklat_cli.extract import agencies, participants, places, trainees, verbs, when
from diklat_cli.extract.numbers import COUNT_WORDS_RE
from diklat_cli.extract.place_links import distinct_regions, linked_places
from diklat_cli.extract.scanning import finditer, folded, gate, leads, may_match, scan, search
from diklat_cli.extract.sentences import sentence_at
from diklat_cli.extract.tallies import habit_of_visits_at, habit_told

_I = re.IGNORECASE
# (the words between a verb of coming and the bodies written after it: "datang pula", "hadir berturut-turut")
_INVERTED_ADVERBS = (
    r"pula|juga|lagi|kemudian|berturut-turut|bergantian|secara\s+(?:bergiliran|bergantian|berturut-turut)"
)


@dataclass(frozen=True)
class Visitor:
    name: str  # the body as written: "Kabupaten Enrekang", "Pringsewu", "Badan … (BPIP)"
    span: tuple[int, int]
    region: places.Region | None  # None: a national body, which sends from the national level
    clause: tuple[int, int]  # the words said of this visitor alone (its own day, its own count)


@dataclass(frozen=True)
class Visitors:
    members: tuple[Visitor, ...]
    apart: bool  # each came on a day of its own (a recap of a period), not received together

    def others_named(self, member: Visitor, title: str | None) -> bool:
        """An official's title names another member's region: that official came with the other."""
        if not title:
            return False
        low = title.lower()
        return any(m is not member and m.region is not None and _base(m.region.name) in low for m in self.members)


def own_count(guests: Visitors, member: Visitor, participants: list, sents, resolved: list):
    """A visitor's head count: the one written in its own clause, else one in a sentence that names
    it and no other visitor ("Rombongan Pemkot A berjumlah 49 orang …"); never another's."""
    own = next((m for m in participants if member.clause[0] <= m.start < member.clause[1]), None)
    if own is not None or member.region is None:
        return own
    others = {m.region for m in guests.members if m is not member}
    for m in participants[:50]:
        lo, hi = sentence_at(sents, m.start)
        named = {p.region for p in resolved if lo <= p.mention.start < hi}
        if member.region in named and not (named & others):
            return m
    return None


def _base(name: str) -> str:
    return re.sub(r"^(?:kabupaten|kota)\s+", "", name.lower())


@cache
def _data() -> dict:
    return json.loads(resources.files("diklat_cli.data").joinpath("visitors.json").read_text(encoding="utf-8"))


def _words(key: str) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in sorted(_data()[key], key=len, reverse=True))


@cache
def _res() -> dict[str, re.Pattern]:
    counts = rf"\d{{1,3}}|{COUNT_WORDS_RE}|\b(?:{_words('collective')})"
    many = rf"{counts}|\b(?:{_words('quantifiers')})"
    nouns, intros, visit = _words("visitor_nouns"), _words("list_intros"), _words("visit_words")
    return {
        # a region's head: "Bupati Pandeglang", "Walikota Bontang", "Bupati Kabupaten Sigi"
        "head": re.compile(rf"(?:{_words('head_titles')})\s", _I),
        # the visitors counted or quantified: "tiga kepala daerah", "kedelapan kepala daerah"
        "counted": re.compile(rf"(?:{many})\s+(?:{nouns})\b", _I),
        "visit": re.compile(rf"\b(?:{visit})\w*", _I),
        # heads of region counted, then said to come: "tiga kepala daerah bertandang ke …"
        "heads_came": re.compile(
            rf"(?:{counts})\s+(?:{_words('head_nouns')})\b[^.\n]{{0,60}}?\b(?:{_words('came_words')})", _I
        ),
        # "datang dari berbagai daerah, seperti ": the opening of a list of where visitors came from
        # (or counted right after the verb of receiving a visit, with no "dari": "menerima kunjungan (kerja)
        # empat parlemen, yaitu …", "menyambut kedatangan empat rombongan, yakni …", "mendapat kunjungan …")
        "from_many": re.compile(
            rf"\b(?:dari|(?:{verbs.RECEIVING}|mendapat(?:kan)?)\s+(?:kunjungan(?:\s+kerja)?|kunker|kedatangan)"
            rf"(?:\s*\([^)]{{1,12}}\))?|{verbs.RECEIVING})\s+(?:{many}|luar)\s+(?:{nouns})\b[^.\n]{{0,30}}?,?\s*(?:{intros})\s*:?\s*(?:dari\s+)?",
            _I,
        ),
        # "menerima sedikitnya 47 kunker, antara lain dari …": the visits counted, then where from
        # "tercatat 15 daerah melakukan studi banding ke X, di antaranya …" (not "ke tiga kota, yaitu …",
        # the places a group went to)
        # (the regions counted must be said to come: "berbagai daerah, seperti …" alone may be where a
        # programme reached or who copied it)
        # (every count starts at a digit or a word's start: the look-ahead spares the rest a try of them all)
        "counted_visits": re.compile(
            rf"(?=\w)(?:(?=\d)|\b)(?<!\bke\s)(?<!\bdi\s)(?:{many})\s+(?:(?:{_words('from_visit')})\b|(?:{nouns})\b[^.\n]{{0,80}}?"
            rf"\b(?:{visit}))[^.\n]{{0,80}}?,?\s*(?:{intros})\s*:?\s*(?:dari\s+)?",
            _I,
        ),
        # "Kunjungan itu antara lain dari A, B, dan C": the visits named by where they came from
        "visits_from": re.compile(
            rf"\b(?:{_words('from_visit')})(?:\s+(?:itu|tersebut|ini))?\s+(?:{intros})\s+dari\s+", _I
        ),
        # a body named before its region in the list: "Inspektorat Kabupaten A", "DPRD Kota B"
        "body_word": re.compile(r"[A-Z][\w-]*\s+"),
        # the same in a list of bodies, where two bodies of one region may go together ("Anggota dan
        # Sekretariat DPRD A")
        "member_word": re.compile(r"[A-Z][\w-]*\s+(?:dan\s+)?"),
        # "peserta dari berbagai daerah, seperti …": where one group's members come from
        "members": re.compile(
            # (any word for a group's members in training or school: praja, taruna, pasis, pelajar, santri, murid)
            r"\b(?:" + trainees.TRAINEES + r"|anggota|mahasiswa|pelajar|santri|murid|mahasantri)\b"
            r"(?![^.\n]*\b(?:kunjungan|kunker|rombongan|tamu)\b)",
            _I,
        ),
        # (any verb of receiving guests: menerima, menyambut, menjamu, mendapat(kan) kunjungan; or the host
        # dikunjungi/disambangi/didatangi by them; the visit by any of its names, kunjungan (kerja), lawatan,
        # silaturahmi; the guests by any name of their group, rombongan, delegasi, tim; a head by any title
        # of holding the office, Pj, Plt, Penjabat)
        "received": re.compile(
            r"\b(?:(?:" + verbs.RECEIVING + r"|mendapat(?:kan)?)"
            r"(?:\s+(?:kedatangan|kunjungan(?:\s+kerja)?|lawatan|silaturahmi))?"
            r"|(?:" + verbs.VISITED + r")(?:\s+oleh)?)(?:\s+(?:rombongan|delegasi|tim))?"
            r"(?:\s+(?:Pj\.?|Plt\.?|Penjabat|Pelaksana\s+Tugas))?\s*$",
            _I,
        ),
        # heads of region said to join the visit, listed right after the words of joining: "Turut dalam
        # kunjungan itu Bupati A …, Pj. Bupati B …", "ikut serta dalam rombongan, yakni Wali Kota C …" (any
        # verb of joining, turut or ikut, with or without serta/hadir; the visit by any of its names)
        "joined": re.compile(
            r"\b(?:turut|ikut)(?:\s+(?:serta|hadir|bergabung))?\s+(?:dalam|pada)\s+(?:kunjungan|kunker|rombongan"
            r"|lawatan|stud[iy]|benchmark\w*|kaji\s+banding)\b(?:\s+(?:kerja|banding|tiru|\w+an))?"
            r"(?:\s+(?:itu|ini|tersebut))?\s*,?\s*(?:(?:yaitu|yakni|antara\s+lain|di\s+antaranya)\s*:?\s*)?"
            r"(?:Pj\.?|Plt\.?|Penjabat|Pelaksana\s+Tugas)?\s*$",
            _I,
        ),
        # "… menerima kunjungan dari sejumlah daerah." with the list in the next sentence
        "from_many_bare": re.compile(rf"\bdari\s+(?:{many})\s+(?:{nouns})\b\s*[.]", _I),
        "opens_list": re.compile(rf"\s*(?:{intros}|mereka\s+(?:adalah|berasal\s+dari))\s*:?\s*(?:dari\s+)?", _I),
        # what may follow a member before the next: its own words ("pada Senin (1/7)"), then a link
        "next_member": re.compile(
            r"(?:\s+(?!dan\b|serta\b|hingga\b|sampai\b)[^,;\s]+){0,6}?\s*(?:,\s*(?:(?:dan|serta|hingga|sampai|juga)\s+)?"
            r"|\s+(?:dan|serta|hingga|sampai)\s+)",
            _I,
        ),
        # a host received study visits, or visits from many ("menerima kunjungan studi banding dari …",
        # "kedatangan tamu dari sejumlah daerah"); an official's working call is no study visit
        "received_from": re.compile(
            rf"\b(?:{verbs.RECEIVING}|mendapat(?:kan)?|{verbs.VISITED})\s+"
            rf"(?:(?:sedikitnya|setidaknya|lebih\s+dari|sekitar)\s+)?(?:(?:{many})\s+)?"
            # (or the visit by any of its names straight after the verb: "menerima studi banding dari …",
            # "menyambut kaji banding DPRD X", "mendapat kunjungan belajar dari …")
            r"(?:kunjungan|kunker|tamu|rombongan|delegasi|tim|(?=stud|benc|kaji|kunj))\b[^.\n]{0,60}?"
            rf"(?:\b(?:stud[iy]|benchmark\w*|kaji\s+banding)\b[^.\n]{{0,30}}?\bdari\b|\bdari\s+(?:{many})\s+(?:{nouns})\b)"
            # (or the guests counted by their office straight after the verb, and where they came from: "kami
            # menerima 30 kepala desa dari Kabupaten A", "menyambut puluhan anggota DPRD asal Kota B")
            rf"|\b(?:{verbs.RECEIVING})\s+(?:{many})\s+(?:orang\s+)?(?:{_words('guest_roles')})\b[^.\n]{{0,40}}?\b(?:dari|asal)\s+[A-Z]",
            _I,
        ),
        # a region's body written before it: "DPRD Kabupaten A", "DPRD Kota dan [Kabupaten B]" (both)
        "body_before": re.compile(
            rf"\b(?P<body>{_words('sending_bodies')})\s+(?:\((?P<abbr>[A-Z]{{2,8}})\)\s+)?(?P<both>(?:Kota|Kabupaten)\s+dan\s+)?$",
            _I,
        ),
        # a visit like the one reported, by other bodies: "agenda serupa dari", "kunjungan sejenis kemudian dilakukan"
        "like_visit": re.compile(
            rf"\b(?:{_words('like_visit_nouns')})\s+(?:{_words('like_words')})\b(?:\s+[\w-]+){{0,2}}?"
            r"\s+(?:dari|oleh|dilakukan|dilaksanakan|digelar)(?:\s+(?:oleh|pula|juga))?\s+$",
            _I,
        ),
        # the bodies listed come to the host: "… sudah lebih dulu bertandang ke", "sama-sama berangkat studi banding ke"
        "list_came": re.compile(
            rf"[\s,]*(?:[\w-]+,?\s+){{0,4}}?(?:{_words('came_words')}|berangkat)\w*\b[^.\n]{{0,40}}?\b(?:ke|di)\s+", _I
        ),
        # a like visit told as earlier or later than the one reported: on a day of its own
        "another_day": re.compile(rf"\b(?:{_words('another_day')})\b", _I),
        "period": re.compile(rf"\b(?:{_words('period')})\b", _I),
        "turns": re.compile(rf"\b(?:{_words('turns')})\b", _I),
        "one_day": re.compile(rf"\b(?:{_words('one_day')})\b(?!-)", _I),
        "from_visit": re.compile(rf"\b(?:{_words('from_visit')})\s+dari\s+$", _I),
        # a list of visitors goes on in the next sentence: "Selain itu hadir pula …", "Juga datang …"
        "goes_on": re.compile(
            # (any word of adding to a list: di samping itu, tidak/tak hanya itu, ada pula/juga, menyusul, disusul)
            r"\W*(?:selain\s+itu|di\s+samping\s+itu|(?:tidak|tak)\s+hanya\s+itu|juga|kemudian|lalu|turut"
            r"|(?:tak|tidak)\s+ketinggalan|hadir\s+pula|ada\s+(?:pula|juga)|menyusul|disusul|bersamaan"
            r"|(?:pada|di)\s+(?:hari|saat|waktu|kesempatan)\s+yang\s+sama)\b",
            _I,
        ),
        # a list of bodies that came goes on in the next sentence, right at its start: "Berikutnya DPRD Kota A, …",
        # "Selain itu DPRD B …" (the list's own link word opening a sentence of nothing but members)
        "list_goes_on": re.compile(
            r"\s*(?:berikutnya|selanjutnya|selain\s+itu|di\s+samping\s+itu|kemudian|lalu|juga|ada\s+(?:pula|juga)"
            r"|menyusul|disusul)\b\s*,?\s*(?:(?:juga|pula|ada|hadir|datang)\s+)*(?:dari\s+)?",
            _I,
        ),
        "acronym": re.compile(r"[A-Z][A-Za-z]{1,10}(?:\s+RI)?\b"),
        # the opening of a list of the bodies that came: "Rombongan yang datang berasal dari:", "Tamu
        # yang hadir yaitu:", "menerima kunjungan studi banding tentang X dari …"
        "bodies_intro": re.compile(
            rf"\b(?:{_words('from_visit')})\b[^.\n:]{{0,80}}?(?:\b(?:berasal\s+)?dari|\b(?:{intros})\s*:)\s*:?\s*", _I
        ),
        # the bodies that came, listed after a list word with no count or colon before them: "Rombongan
        # yang datang antara lain DPRD Kota A, DPRD Kabupaten B …", "… yang berkunjung sejak Mei. Di
        # antaranya DPRD A, DPRD B …" (the list may open the next sentence); a verb of coming here, never
        # of going to ("ke"), where a list is of the places a group went to
        # ... or after a sentence that names the host they came to ("… yang datang berguru ke Kota X soal Y. Di
        # antaranya Pemprov A dan DPRD B"): the place gone to is told, the list that opens the next sentence is who came
        "came_list": re.compile(
            rf"\b(?:{_words('came_here')})\b(?:(?:(?!\bke\s)[^.\n:]){{0,80}}?(?:[.]\s+)?"
            rf"|[^.\n:]{{0,60}}?\bke\s+(?-i:[A-Z])[^.\n:]{{0,60}}[.]\s+)\b(?:{intros})\b\s*:?\s*(?:dari\s+)?"
            # ... or the bodies right after the verb, the subject written after it: "Sesudahnya datang pula DPRD A,
            # DPRD B dan DPRD C", "hadir juga rombongan Pemkab D dan Pemkot E"
            rf"|\b(?:{_words('came_here')})\s+(?:(?:{_INVERTED_ADVERBS})\s+)*(?:rombongan\s+)?"
            rf"(?=(?:{_words('sending_bodies')})\s)",
            _I,
        ),
        # a bullet or number before a member written on a line of its own
        "bullet": re.compile(r"\s*(?:[-•*–·▪●]|\d{1,2}[.)])[ \t]+"),
        # between two members: a comma, "dan", "serta", or the end of a bulleted line
        # (a member's own day may stand before the link: "dari A pada Senin (3/6), lalu dari B …")
        "member_link": re.compile(
            # (or the member's province after it: "DPRD Kota A Jawa Timur, DPRD Kabupaten B Bali dan …")
            r"(?:[ \t]+(?-i:[A-Z][\w-]*)){0,3}?"
            # (... and its short name in brackets: "DPRD Provinsi Kalimantan Timur (Kaltim), DPRD …"; or its province
            # of up to three words: "DPRD Kabupaten A (Sulawesi Selatan), DPRD Kota B (Provinsi Jawa Barat) dan …")
            r"(?:[ \t]*\([^()\n]{1,12}\)"
            r"|[ \t]*\((?:Provinsi\s+|Prov\.\s*)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\))?"
            r"(?:\s+pada\s+[^,;.\n]{1,40}?(?=[;,]))?[ \t]*(?:[;,]?[ \t]*\n"
            r"|[;,][ \t]*(?:(?:dan|serta|lalu|kemudian)\s+(?:(?:juga|pula)\s+)?)?"
            r"|\s+(?:dan|serta)\s+(?:(?:juga|pula)\s+)?)"
            r"(?:dari\s+)?",
            _I,
        ),
        "national": re.compile(
            rf"(?:{_words('national_heads')})(?:\s+(?:[A-Z][\w-]*|dan|RI))+(?:\s*\([A-Z]{{2,10}}\))?"
        ),
    }


def _hosts(region: places.Region, dest: places.Region | None) -> bool:
    """The host itself, its province's governor, or (a province hosting) one of its regencies."""
    if dest is None:
        return False
    return (
        region == dest
        or (region.kind == places.PROVINCE and region.name == dest.province)
        or (dest.kind == places.PROVINCE and region.province == dest.name)
    )


def _head_name(mention: places.PlaceMention, region: places.Region) -> str:
    """The body a head stands for, as written: "Walikota Palangkaraya" -> "Kota Palangkaraya"."""
    rest = _res()["head"].sub("", mention.text, count=1).strip()
    if re.match(r"(?:kabupaten|kota|provinsi|propinsi)\b", rest, _I):
        return rest
    kind = {places.PROVINCE: "Provinsi", places.KOTA: "Kota"}.get(region.kind, "Kabupaten")
    return f"{kind} {rest}"


def _distinct(members: list[Visitor]) -> list[Visitor]:
    """One member per region; a province that only locates a listed regency is no member (a province's own
    body, "DPRD Provinsi A", "Pemprov A", is one beside the regencies of that province)."""
    out: list[Visitor] = []
    for m in members:
        if m.region is not None and any(o.region == m.region for o in out):
            continue
        out.append(m)
    regions = [m.region for m in out if m.region is not None]
    return [
        m
        for m in out
        if m.region is None
        or m.region.kind != places.PROVINCE
        or not any(r.province == m.region.name and r.kind != places.PROVINCE for r in regions)
        or _PROVINCE_BODY.search(m.name) is not None
    ]


_GROUP_GOES_ON = re.compile(r"\s*(?:rombongan|mereka|tim|para\s+tamu)\b", _I)
_ADDRESS_GAP = re.compile(r"\s*,?\s*(?:(?:dari|asal|di)\s+)?", _I)
_PROVINCE_BODY = re.compile(r"\b(?:provinsi|propinsi|prov\.|pemprov)\s", _I)


def _head_list(text: str, sents, resolved: list, dest, titles) -> list[Visitor]:
    """Heads of other regions listed as the visitors, after a count of them and a word of coming;
    an official whose title names the region stands for it as well ("Sekda Kabupaten A X, …")."""
    res = _res()
    heads = [
        p
        for p in resolved
        if (res["head"].match(p.mention.text) or any(a <= p.mention.start < b for a, b in titles))
        and not _hosts(p.region, dest)
    ]
    runs: list[list] = []
    for p in heads:
        if runs and _goes_on(text, sents, runs[-1][-1], p):
            runs[-1].append(p)
        else:
            runs.append([p])
    for run in runs:
        if len({p.region for p in run}) < 2:
            continue
        first = run[0].mention.start
        at = _index(sents, first)
        opening = text[sents[max(0, at - 1)][0] : first]
        counted = res["counted"].search(opening) and res["visit"].search(opening)
        # "Bupati A X dan Walikota B Y melakukan studi banding ke …": the heads are the subject of
        # the trip; "menerima kunjungan Bupati A … dan Bupati B …": its object
        last = run[-1].mention.end
        # (only heads: an official named with a region beside a visit word may be a speaker)
        heads_only = all(res["head"].match(p.mention.text) for p in run)
        one = heads_only and _index(sents, last) == at
        subject = one and res["visit"].search(text, last, min(sents[at][1], last + 100))
        received = heads_only and res["received"].search(text, max(sents[at][0], first - 60), first)
        # heads of other regions said to join the visit ("Turut dalam kunjungan itu Bupati A X, Pj. Bupati B Y")
        joined = heads_only and res["joined"].search(text, max(sents[at][0], first - 80), first)
        if not (counted or subject or received or joined):
            continue
        members = []
        for i, p in enumerate(run):
            own = sentence_at(sents, p.mention.start)
            end = run[i + 1].mention.start if i + 1 < len(run) else own[1]
            members.append(
                Visitor(
                    _head_name(p.mention, p.region),
                    (p.mention.start, p.mention.end),
                    p.region,
                    (p.mention.start, min(end, own[1])),
                )
            )
        return members
    return []


def _goes_on(text: str, sents, a, b) -> bool:
    """b is the next member of a's list: in a's sentence, or in the next one when it opens by
    going on with the list ("Selain itu hadir pula …")."""
    if b.mention.start - a.mention.end > 240:
        return False
    ia, ib = _index(sents, a.mention.start), _index(sents, b.mention.start)
    if ia == ib:
        return True
    # the very next sentence, opening by going on with the list
    return ib == ia + 1 and _res()["goes_on"].match(text, sents[ib][0], b.mention.start) is not None


def _index(sents, pos: int) -> int:
    """The number of the sentence that holds pos."""
    return max(0, bisect_right(sents, (pos, len(sents) and sents[-1][1] + 1)) - 1)


# (a text whose digits are all ASCII: \d takes any script's)
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # (a class: the engine skips to it)


@cache
def _count_leads() -> tuple[str, ...]:
    """What "counted_visits" starts with: a digit, a number word, a collective or a quantifier (scanning.leads
    of each; () when one is not known)."""
    words = [
        leads(re.compile(rf"(?:{w})", _I), 2)
        for w in (COUNT_WORDS_RE, rf"\b(?:{_words('collective')})", rf"\b(?:{_words('quantifiers')})")
    ]
    return (*"0123456789", *chain.from_iterable(words)) if all(words) else ()


def _counted_visits(text: str) -> re.Match | None:
    """scanning.search of "counted_visits", tried only where a count starts, not at every word."""
    pattern = _res()["counted_visits"]
    low = folded(text)
    starts = _count_leads()
    if low is not None and not may_match(gate(pattern)[0], low):
        return None  # (the pattern's words looked for first: most texts lack them, and no digit is looked at then)
    if low is None or not starts or not (text.isascii() or _OTHER_DIGIT.search(text) is None):
        return search(pattern, text)
    return next(scan(pattern, starts, text, low), None)


def _place_list(text: str, sents, resolved: list, dest) -> tuple[list[Visitor], int]:
    """The regions (and national bodies) after "datang dari berbagai daerah, seperti": the members
    and where the list ends. The list may open the next sentence ("… dari sejumlah daerah. Di
    antaranya A pada Senin (1/7), B pada Rabu (10/7) …"), each member with words of its own."""
    res = _res()
    # (scanning.search: the same match, not looked for in a text without the pattern's words)
    intro = search(res["from_many"], text) or _counted_visits(text) or search(res["visits_from"], text)
    if intro is None and (bare := search(res["from_many_bare"], text)) is not None:
        nxt = _index(sents, bare.end() - 1) + 1
        if nxt < len(sents):
            intro = res["opens_list"].match(text, sents[nxt][0])
    if intro is None:
        return [], 0
    sent = sentence_at(sents, intro.start())
    told = sents[max(0, _index(sents, intro.start()) - 1)][0] if intro.re is res["opens_list"] else sent[0]
    if not res["visit"].search(text, told, intro.end()) or res["members"].search(text, told, intro.start()):
        return [], 0
    at = {p.mention.start: p for p in resolved}
    found: list[tuple[tuple[int, int], places.Region | None]] = []
    pos = intro.end()
    while pos < sent[1]:
        place = at.get(pos)
        if place is None:
            # "Inspektorat Kabupaten A": a body written before its region (its units joined by "dan" as one
            # delegation: "Komisi III dan IV DPRD Kota A", "Komisi A dan E DPRD Kabupaten B" are a region's
            # council, never a national body for want of their region)
            word = pos
            while place is None and (body := res["member_word"].match(text, word)) and body.end() - pos < 60:
                word = body.end()
                place = at.get(word)
        if place is not None:
            span = (pos, place.mention.end)
            found.append((span, None if _hosts(place.region, dest) else place.region))
        elif (body := res["national"].match(text, pos)) is not None or (
            (body := res["acronym"].match(text, pos)) is not None and agencies.is_national(body.group(0))
        ):
            # a national body ("Badan X (BX)", "KPK", "BPK RI"): it sends from the national level
            span = (body.start(), body.end())
            found.append((span, None))
        else:
            break
        # the member's own words ("… pada Senin (1/7)"), then the link to the next member
        link = res["next_member"].match(text, span[1], sent[1])
        if link is None:
            break
        pos = link.end()
    members = []
    for i, (span, region) in enumerate(found):
        if region is None and at.get(span[0]) is not None:
            continue  # the host itself
        hi = found[i + 1][0][0] if i + 1 < len(found) else sent[1]
        members.append(Visitor(text[span[0] : span[1]], span, region, (span[0], hi)))
    return members, pos


def _body_list(text: str, sents, resolved: list, dest) -> list[Visitor]:
    """The bodies after "Rombongan yang datang berasal dari:" or "menerima kunjungan … dari": each a
    body written with its region ("DPRD Kabupaten A", "Bappeda Kabupaten B"), in one sentence or one
    a line under bullets or numbers. Two or more bodies of regions other than the host's."""
    res = _res()
    at = {p.mention.start: p for p in resolved}
    # (bodies_intro and came_list by scanning.finditer: the same matches, tried only where their words start)
    for intro in chain(finditer(res["bodies_intro"], text), finditer(res["came_list"], text)):
        sent = sentence_at(sents, intro.start())
        if not res["visit"].search(text, sent[0], intro.end()) or res["members"].search(text, sent[0], intro.start()):
            continue
        pos, found, bulleted = intro.end(), [], False
        while len(found) < 20:
            bullet = res["bullet"].match(text, pos)
            if bullet is not None and (pos == intro.end() or text[pos - 1] == "\n" or "\n" in text[pos : bullet.end()]):
                pos, bulleted = bullet.end(), True
            elif bulleted:
                break  # a bulleted list ends at its first line without a bullet
            start, place, word = pos, at.get(pos), pos
            # "Bappeda Kabupaten B": the body's own words before its region
            while place is None and (body := res["member_word"].match(text, word)) and body.end() - pos < 60:
                word = body.end()
                place = at.get(word)
            if place is None or _hosts(place.region, dest):
                break
            found.append(Visitor(text[start : place.mention.end], (start, place.mention.end), place.region, (start, 0)))
            link = res["member_link"].match(text, place.mention.end)
            if link is None or (not bulleted and "\n" in link.group(0)):
                # (the list may go on at the start of the next sentence: "… DPRD Kota B. Berikutnya DPRD C, …")
                nxt = sentence_at(sents, place.mention.start)[1]
                more = None if bulleted or nxt >= len(text) else res["list_goes_on"].match(text, nxt)
                if more is None or more.end() == nxt or not text[more.end() : more.end() + 1].isupper():
                    break
                pos = more.end()
                continue
            pos = link.end()
        if len({m.region for m in found}) >= 2:
            # (the last member's words run to the end of its line or sentence: "… lalu dari B pada Rabu (5/6)")
            line_end = text.find("\n", found[-1].span[1])
            last_end = min(sentence_at(sents, found[-1].span[0])[1], line_end if line_end >= 0 else len(text))
            ends = [m.span[0] for m in found[1:]] + [last_end]
            return [Visitor(m.name, m.span, m.region, (m.span[0], hi)) for m, hi in zip(found, ends, strict=True)]
    return []


def _more_senders(text: str, sents, resolved: list, dest, members: list[Visitor]) -> list[Visitor]:
    """The bodies a host's report gives a sender's role outside its list of guests ("Lain dengan DPRD A,
    kunjungan kerja DPRD B dimaksudkan …"): guests received with the listed ones, each a visitor too."""
    listed = {m.region for m in members}
    lo, hi = members[0].span[0], members[-1].span[1]
    more: list[Visitor] = []
    for p in resolved:
        if (
            p.origin >= 2
            and p.origin > p.dest
            and not lo <= p.mention.start < hi
            and p.region not in listed
            and not _hosts(p.region, dest)
        ):
            listed.add(p.region)
            span = (p.mention.start, p.mention.end)
            more.append(Visitor(_with_body(text, p), span, p.region, sentence_at(sents, p.mention.start)))
    return more


def visitors_came(text: str) -> bool:
    """The text counts heads of region who came ("tiga kepala daerah bertandang ke …") or says
    the host received visits from someone ("menerima kunjungan studi banding dari sejumlah
    daerah"): people who travelled, though no group word or head count is written."""
    res = _res()
    return any(res[k].search(text) is not None for k in ("heads_came", "received_from", "from_many"))


def _series(text: str, sents, resolved: list, dest) -> tuple[list[Visitor], bool]:
    """Senders told one after another, each with a day of its own ("Setelah Pemkab A datang Senin
    (3/6), giliran Pemkot B berkunjung Rabu (12/6)"; "Rombongan pertama dari A … Rombongan kedua
    dari B …"): a series of visits to one host. A date belongs to the sender named last before it
    in its sentence, else to the first named after it."""
    senders = [p for p in resolved if p.origin >= 2 and p.origin > p.dest and not _hosts(p.region, dest)]
    # (a province written right after a regency, "Dinas A Kabupaten B, dari Provinsi X,", is its address, whatever
    # province the report gives it: no sender of its own)
    senders = [
        p
        for i, p in enumerate(senders)
        if not (
            p.region.kind == places.PROVINCE
            and i > 0
            and senders[i - 1].region.kind != places.PROVINCE
            and _ADDRESS_GAP.fullmatch(text, senders[i - 1].mention.end, p.mention.start)
        )
    ]
    if len({p.region for p in senders}) < 2:
        return [], False
    first: dict = {}
    for p in senders:
        first.setdefault(p.region, p)
    order = sorted(first.values(), key=lambda p: p.mention.start)
    members = []
    for i, p in enumerate(order):
        sent = sentence_at(sents, p.mention.start)
        prev_in_sentence = i > 0 and order[i - 1].mention.start >= sent[0]
        lo = p.mention.start if prev_in_sentence else sent[0]
        hi = min(sent[1], order[i + 1].mention.start if i + 1 < len(order) else sent[1])
        # (the last sender's account going on in the next sentences, each opening with the group's word, "… kini
        # giliran Dinas B yang datang. Mereka hendak … Rombongan 11 orang itu diterima Senin (29/4)": its day and
        # count are that sender's)
        for _ in range(3 if i + 1 == len(order) else 0):
            if (after := _GROUP_GOES_ON.match(text, hi)) is None or hi != sentence_at(sents, max(0, hi - 1))[1]:
                break
            hi = sentence_at(sents, after.end())[1]
        span = (p.mention.start, p.mention.end)
        members.append(Visitor(_with_body(text, p), span, p.region, (lo, max(hi, p.mention.end))))
    days = [
        {(d.first.month, d.first.day) for d in _dates(text) if m.clause[0] <= d.start < m.clause[1]} for m in members
    ]
    dated = [d for d in days if len(d) == 1]
    # a later sender's time told from the earlier one's ("Senin (13/5) tim A datang … Keesokan harinya giliran
    # tim B"): a day of its own, not the first sender's
    later = sum(
        1
        for m, d in zip(members[1:], days[1:], strict=True)
        if not d and res_another(text, sents, m.span[0]) is not None
    )
    if later and dated and len(dated) + later >= 2:
        return members, True  # (the later sender's day is not the first one's)
    if len(dated) < 2 or len({next(iter(d)) for d in dated}) < 2:
        return [], False  # senders received together on one day: read as a list of senders elsewhere
    return members, False


def _with_body(text: str, p) -> str:
    """The sender as written with the body before its region ("DPRD Kota A"), else the region as written."""
    body = _res()["body_before"].search(text, max(0, p.mention.start - 40), p.mention.start)
    return text[body.start() : p.mention.end] if body is not None else p.mention.text


def res_another(text: str, sents, at: int) -> re.Match | None:
    """A word of another (later) day in the sentence that tells the sender at `at`, before it."""
    lo = sentence_at(sents, at)[0]
    return _res()["another_day"].search(text, lo, at)


def _counted_groups(text: str, sents, resolved: list, dest, counts: list) -> list[Visitor]:
    """Groups counted in one list ("menerima 20 anggota DPRD dari Kabupaten A dan 15 pegawai dari Kota B"): each
    sent by the first region after its count, its clause running to the next count (the last to its sentence's
    end); every group has a region, none the host's, all different."""
    for counted in participants.listed_groups(text, counts):
        bounds = [c.start for c in counted] + [sentence_at(sents, counted[-1].start)[1]]
        members = []
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            place = next((p for p in resolved if lo < p.mention.start < hi), None)
            if place is None or place.region is None or _hosts(place.region, dest):
                break
            members.append(
                Visitor(place.mention.text, (place.mention.start, place.mention.end), place.region, (lo, hi))
            )
        if len(members) == len(counted) and len({m.region for m in members}) == len(members):
            return members
    return []


def _bodies_like(text: str, sents, resolved: list, dest) -> tuple[list[Visitor], bool]:
    """A host's report that tells of visits like the one it reports, by other bodies ("… berbarengan
    dengan agenda serupa dari DPRD Kota A dan B", "Kunjungan kerja sejenis kemudian dilakukan Pemkot C"):
    each body named as coming to the host is a guest of its own, the body of the visit reported too
    ("DPRD Kabupaten D, Provinsi X, serta Pemkot E sudah lebih dulu bertandang ke …"); a body of two
    regions of one name ("DPRD Kota dan Kabupaten F") is both. Only when a visit like it is told.
    Also says whether a like visit is told as earlier or later ("lebih dulu", "kemudian"): then the
    guests came on days of their own."""
    res = _res()
    low = folded(text) or text.lower()  # (the article lower-cased once, not once a word)
    if not any(w in low for w in _data()["like_words"]):
        return [], False
    apart = False
    found: list[tuple[str, tuple[int, int], places.Region]] = []
    listed_like = False
    i = 0
    while i < len(resolved):
        chain = [resolved[i]]
        while i + len(chain) < len(resolved) and linked_places(text, chain[-1], resolved[i + len(chain)]):
            chain.append(resolved[i + len(chain)])
        i += len(chain)
        first = chain[0]
        body = res["body_before"].search(text, max(0, first.mention.start - 70), first.mention.start)
        if body is None and not first.mention.government:
            continue
        lo = body.start() if body else first.mention.start
        like_at = res["like_visit"].search(text, max(0, lo - 90), lo)
        like = like_at is not None
        came = res["list_came"].match(text, chain[-1].mention.end)
        if like or came:
            # the words of this visit like it, up to the end of its sentence
            told = text[like_at.start() if like_at else lo : sentence_at(sents, chain[-1].mention.start)[1]]
            apart = apart or res["another_day"].search(told) is not None
        if came is not None:
            nxt = next((p for p in resolved if p.mention.start >= came.end()), None)
            if nxt is None or nxt.mention.start - came.end() > 30 or (dest is not None and nxt.region != dest):
                came = None
        if not (like or came):
            continue
        listed_like = listed_like or like
        word = (body.group("abbr") or body.group("body")) if body else None  # "Dewan … (DPRD)": DPRD
        for region in distinct_regions(chain, text):
            if _hosts(region, dest):
                continue
            p = next(q for q in chain if q.region == region)
            span = (lo if p is first else p.mention.start, p.mention.end)
            written = p.mention.text
            if written.lower() in ("kota", "kabupaten"):
                written = region.name  # "DPRD Kota dan Kabupaten A": the kind word alone stands for "Kota A"
            name = f"{word} {written}" if word and not p.mention.government else written
            if p is first and body is not None and body.group("both"):
                # "DPRD Kota dan Kabupaten A": the council of the kota and that of the kabupaten
                bare = region.bare
                for kind in ("Kota", "Kabupaten"):
                    twin = places.regions_named(f"{kind} {bare}")
                    if twin:
                        found.append((f"{word} {kind} {bare}", span, twin[0]))
                continue
            found.append((name, span, region))
    if not listed_like:
        return [], False
    members: list[Visitor] = []
    for n, (name, span, region) in enumerate(found):
        sent = sentence_at(sents, span[0])
        hi = found[n + 1][1][0] if n + 1 < len(found) and found[n + 1][1][0] > span[0] else sent[1]
        members.append(Visitor(name, span, region, (span[0], min(hi, sent[1]))))
    return members, apart


def _dates(text: str) -> tuple:
    # (the article's dates as when.visit_dates read them, found once an article)
    return when.article_dates(text)


def find_visitors(
    text: str, sents, resolved: list, dest: places.Region | None, titles: list = (), counts: list = ()
) -> Visitors | None:
    """The visiting bodies a host's report lists, when it lists two or more (else None).
    `resolved`: the article's place mentions with their regions (objects with `.mention` and
    `.region`); `dest`: the host's region; `titles`: where officials' titles are written."""
    res = _res()
    members = _head_list(text, sents, resolved, dest, titles)
    recap = told_apart = False
    if not members:
        members, end = _place_list(text, sents, resolved, dest)
        recap = bool(members)
        if recap:
            # the recap goes on naming visits by where they came from: "antara lain kunker dari D"
            for p in resolved:
                if (
                    p.mention.start >= end
                    and res["from_visit"].search(text, max(0, p.mention.start - 30), p.mention.start)
                    and not _hosts(p.region, dest)
                ):
                    span = (p.mention.start, p.mention.end)
                    members.append(Visitor(p.mention.text, span, p.region, sentence_at(sents, p.mention.start)))
    if not members:
        members = _body_list(text, sents, resolved, dest)
        if members:
            members.extend(_more_senders(text, sents, resolved, dest, members))
    if not members:
        members, told_apart = _series(text, sents, resolved, dest)
    if not members and counts:
        members = _counted_groups(text, sents, resolved, dest, counts)
    if not members:
        members, told_apart = _bodies_like(text, sents, resolved, dest)
    members = _distinct(members)
    if members and habit_told(text):
        # the guests a place is said to get often ("kerap didatangi tamu, misalnya dari A, B dan C"): where such
        # visits usually come from, no body the report tells as received
        members = [m for m in members if not habit_of_visits_at(text, sentence_at(sents, m.span[0]), *m.span)]
    if len(members) < 2:
        return None
    # visitors told each with a day of its own, or over a period ("dalam sepekan", "sejak …"),
    # came apart: a day written elsewhere is none of theirs. Visitors taking turns ("bergantian")
    # came apart too, unless the text says they came on one day ("dalam satu hari", "sekaligus"):
    # then the turns were at one meeting
    own_days = {
        (d.first.month, d.first.day) for d in _dates(text) if any(m.clause[0] <= d.start < m.clause[1] for m in members)
    }
    # (each searched as scanning.search does: its words looked for first, then tried only where its leads start)
    in_turns = search(res["turns"], text) is not None and search(res["one_day"], text) is None
    # (a period's recap that goes on to the group that came last, in one sentence that says they came on one day,
    # "Sepanjang 2022 … Tamu terakhir datang dari tiga kabupaten sekaligus, yakni A, B dan C …": those came together)
    period = search(res["period"], text) is not None and not any(
        res["one_day"].search(text, *sentence_at(sents, m.span[0])) for m in members
    )
    apart = len(own_days) >= 2 or period or in_turns or told_apart
    return Visitors(tuple(members), apart)
