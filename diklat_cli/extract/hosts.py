"""Who receives a visit: the host written as a place's government, a village that is its own host,
a national unit or a council written with its place, and the host agencies a report lists
(`find_host_agencies`).

One concern: the receiving side of a visit, whose parts (the host, its council, its units) are read
from the same sentences, once an article.
"""

from __future__ import annotations

import re
from functools import cache

from diklat_cli.extract import abroad, agencies, budget, places, programs, staff, trainees, verbs
from diklat_cli.extract.numbers import cardinal_words
from diklat_cli.extract.place_roles import Place
from diklat_cli.extract.scanning import finditer, folded, search
from diklat_cli.extract.sentences import LIST_INTRO

_I = re.IGNORECASE


COUNCILS = frozenset(("DPRD", "DPRA", "DPRK", "DPRP"))
# a council's standing bodies (its alat kelengkapan), written alone or before the council's name: "Banggar",
# "Bapemperda", "Badan Kehormatan" (a regex alternation; read case-insensitively)
COUNCIL_BODIES = (
    r"banggar|bapemperda|bapperda|bamus|banmus|baleg"
    r"|badan\s+(?:anggaran|legislasi|musyawarah|kehormatan|pembentukan\s+peraturan\s+daerah)"
)
# the council of Papua or Aceh written with its province ("DPR Papua", "DPR Papua Barat", "DPR Aceh"): the DPRP
# or DPRA, a region's council like any DPRD, not the national DPR
_COUNCIL_WRITTEN_OUT = ("DPR Papua", "DPR Aceh")
# a region's own council or government right before its name: "DPRD Provinsi A", "DPRD A", "Pemprov A", "Pemerintah B"
REGION_GOVERNMENT_BEFORE = re.compile(r"\b(?:DPRD|Pemprov|Pemerintah)\s*$", _I)
# the offices of a province's government, written with the province: "Dinas A Provinsi B", "Biro C Setda D"
_PROVINCE_OFFICES = frozenset(("Dinas", "Biro", "Badan", "Bappeda", "Sekretariat", "Inspektorat", "Satpol"))


def province_body(unit: str) -> bool:
    """A unit that is a province's own when written with the province: its council or one of its offices (a
    village or a hall written with its province, "Desa A NTB", is not)."""
    return unit in COUNCILS or unit.split(" ", 1)[0] in _PROVINCE_OFFICES


def council_with_its_region(text: str, council: str, region, resolved: list[Place]):
    """The council with the region as written, the fullest writing first ("DPRD Kabupaten Lampung
    Tengah" over "DPRD Lamteng"), under any of its names ("DPRK Banda Aceh" for the DPRD recorded)."""
    named = []
    kinds = COUNCILS if council in COUNCILS else (council,)
    for p in resolved:
        for kind in kinds:
            a = p.mention.start - len(kind) - 1
            if p.region == region and a >= 0 and text[a : p.mention.start] == kind + " ":
                named.append((p.mention.end - p.mention.start, a, p.mention.end))
    if not named:
        return None
    _, a, b = max(named)
    return text[a:b], (a, b)


def unit_with_its_place(text: str, span: tuple[int, int], resolved: list[Place]):
    """The unit at span written with the place right after it ("Polresta Malang Kota", "KUA
    Kecamatan Sidoarjo", "Lapas Terbuka Jakarta")."""
    for p in resolved:
        gap = text[span[1] : p.mention.start]
        if p.mention.start >= span[1] and len(gap) <= 30 and re.fullmatch(r"(?:\s+(?:[A-Z][\w.]*|[IVX]+))*\s*", gap):
            return text[span[0] : p.mention.end], (span[0], p.mention.end)
    # a place the gazetteer does not know ("KUA Kecamatan Wates"): the capitalised words after the unit
    tail = re.match(r"(?:[ ]+(?:[A-Z][\w.]*|[IVX]+)){0,4}", text[span[1] : span[1] + 60])
    end = span[1] + (tail.end() if tail else 0)
    return text[span[0] : end], (span[0], end)


_VILLAGES = ("desa", "nagari", "kampung", "gampong", "pekon")  # (a kelurahan hosts as itself too: own_hosts)


def village_host(items, host, dest_mentions, text: str = ""):
    """The one village visited, where no government hosts, is the host itself ("Desa Penglipuran"),
    at each stop of a trip as at its only one; so is the one unit visited of a kind that hosts as itself (a
    kelurahan, school, enterprise: agencies.own_host), unless the region's head received the group."""
    villages = [item for item in items if item[0].split()[0].lower() in _VILLAGES]
    if len(villages) == 1 and not (host and any(p.mention.government for p in dest_mentions)):
        return villages[0][0], villages[0][1]
    if (
        len(items) == 1
        and agencies.own_host(items[0][0])
        and not (host and any(p.mention.government for p in dest_mentions))
        and not region_head_received(text)
    ):
        # the one unit visited is of a kind that hosts as itself, no government named hosting: as written, with
        # the place written right after it ("SMAN 2 Kota A", "PDAM Tirta B Kabupaten C")
        name, (start, end) = items[0][0], items[0][1]
        after = next((p for p in dest_mentions if 0 < p.mention.start - end <= 1), None)
        if after is not None:
            return f"{name} {after.mention.text}", (start, after.mention.end)
        return name, (start, end)
    return host


# the head of the region, or his secretary, receiving the group ("disambut oleh Plh Wali Kota A", "diterima Bupati
# B", "diterima secara resmi oleh Sekda C"): the government hosts, whichever of its units the group then saw
# (any verb of being received, any manner of it, any head of a region standing in or deputy)
_HEAD_RECEIVED = re.compile(
    r"\b(?:" + verbs.RECEIVED + r")" + agencies.RECEIVED_HOW + r"(?:\s+secara\s+\w+)?(?:\s+oleh)?\s+"
    r"(?:(?:plh|plt|pj|wakil)\.?\s+)?(?:bupati|wali\s*kota|gubernur|sekda|sekretaris\s+daerah)\b",
    re.IGNORECASE,
)


def region_head_received(text: str) -> bool:
    """The region's head or secretary received the group (`_HEAD_RECEIVED`)."""
    return search(_HEAD_RECEIVED, text) is not None


def _full_place_name(p: Place) -> bool:
    base = re.sub(r"^(?:Kota|Kabupaten)\s+", "", p.region.name).lower()
    return base in p.mention.text.lower()


def host_form(text: str, mentions: list[Place]) -> tuple[str, tuple[int, int]] | None:
    """The host or sender as written: a government form first ("Pemkot Manado"), then "Kota X"."""

    def pick(pred):
        for p in mentions:
            if pred(p):
                return p.mention.text, (p.mention.start, p.mention.end)
        return None

    governments = sorted(
        (p for p in mentions if p.mention.government),
        # the region's own name before a short one ("Pemko Kota Pematangsiantar" over "Pemerintah Kota Siantar")
        key=lambda p: (not _full_place_name(p), places.government_form_rank(p.mention)),
    )
    return (
        pick(lambda p: governments and p is governments[0])
        or pick(lambda p: p.mention.text.split()[0].lower() in ("kota", "kabupaten", "provinsi", "propinsi"))
        or pick(
            lambda p: not p.mention.text.lower().startswith(("walikota", "wali kota", "bupati", "gubernur", "balai"))
        )
    )


_BULLET = re.compile(r"\s*(?:[•\-*–·▪●]|\d{1,2}[.)])\s+")
_NUMBER_ALONE = re.compile(r"\s*\d{1,2}[.)]\s*")
# a line that is only a name: capitalised words, brackets, "dan", commas; no verb or full stop
_ITEM_LINE = re.compile(r"\s*[A-Z][\w()/&'.,-]*(?:\s+(?:[A-Z(][\w()/&'.,-]*|dan|serta|&))*\s*\n?")
# (any word of joining or going on: dan, serta, maupun, beserta, juga, lalu, kemudian, selanjutnya, berikutnya,
# disusul, dilanjutkan (ke), setelah/sesudah itu, hingga, sampai (dengan); two of them, "dan juga", "lalu ke")
_CHAIN_GAP = re.compile(
    r"\s*(?:,|;)?\s*(?:(?:dan|serta|maupun|beserta|juga|lalu|kemudian|selanjutnya|berikutnya|disusul|dilanjutkan"
    r"|(?:setelah|sesudah)\s+itu|&|hingga|sampai(?:\s+dengan)?)(?:\s+(?:juga|kemudian|lalu|selanjutnya))?"
    r"(?:\s+(?:ke|dengan))?)?\s*(?:terakhir\s+)?"
    # the next unit written as its office ("… dan Kantor Kecamatan X"): the office word is no break
    r"(?:(?:kantor|gedung|markas)\s+)?$",
    _I,
)
# villages listed each with its address: "Desa A Kecamatan B Kabupaten C Provinsi D dan Desa E …" (the
# address belongs to the village before it; the list goes on after "dan")
_VILLAGE_ADDRESS_GAP = re.compile(
    r"(?:\s*,?\s*(?:Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi|Propinsi)\s+(?-i:[A-Z])[\w'-]*"
    r"(?:\s+(?-i:[A-Z])[\w'-]*){0,2}){1,3}\s*,?\s*(?:dan|serta)\s*$"
)


def _own_name(unit):
    """A listed village's name without the address run into it ("Desa B Kabupaten C", "Desa B Gunung
    Kidul"): the name ends where a region's name begins."""
    found = [m for m in places.find_places(unit.name) if m.start > len(unit.name.split()[0])]
    if not found:
        return unit
    cut = unit.name[: found[0].start].rstrip(" ,")
    return agencies.AgencyMention(unit.start, unit.start + len(cut), cut) if len(cut.split()) >= 2 else unit


def _village_list(prev, unit, gap: str) -> bool:
    return (
        prev.name.split()[0].lower() in _VILLAGES
        and unit.name.split()[0].lower() in _VILLAGES
        and _VILLAGE_ADDRESS_GAP.fullmatch(gap) is not None
    )


# "Dari Dinas A hingga Dinas B, …": units listed as a range of the places gone through
_RANGE_FROM = re.compile(r"\b(?:dari|mulai)\s+$", _I)
_RANGE_TO = re.compile(r"\b(?:hingga|sampai)\b", _I)
_LOKUS = re.compile(r"\b(?:lokus|locus)\b", _I)
# (opened by any word of listing, or "Yang pertama adalah"; gone on by any ordinal, "ke-6" too, or any word
# of going on: lalu, kemudian, selanjutnya, berikutnya, setelah/sesudah/usai itu)
_FIRST_ORDINAL = re.compile(
    r"(?:\b(?:" + LIST_INTRO + r")\s*:?\s*(?:yang\s+)?pertama|\byang\s+pertama\s+(?:adalah|ialah|yaitu|yakni))\b", _I
)
_NEXT_ORDINAL = re.compile(
    r"\s*(?:(?:yang\s+)?(?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|ke-\d{1,2}|terakhir)"
    r"|lalu|kemudian|selanjutnya|berikutnya|(?:setelah|sesudah|usai)\s+itu)\b\s*,?\s*(?:(?:adalah|ialah)\s+)?(?-i:[A-Z])",
    _I,
)


_LISTED_ACRONYM = re.compile(
    r"\b(?:" + LIST_INTRO + r")\s*:?\s*(?!(?:OPD|SKPD|ASN|PNS)\b)(?P<acr>(?-i:[A-Z]{2,6}))"
    r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)$",
    _I,
)


_QUOTES = frozenset("\"“‘'")
_VILLAGE_KINDS = frozenset(("desa", "kelurahan", "kampung", "nagari", "gampong", "dusun", "pekon", "dan", "serta"))
# a host's programmes or innovations listed ("Program inovatif tersebut antara lain A, Kampung B, …"): the
# names are of what the host does, not of units the group went to
# (any name of what a host does: program, inovasi, terobosan, gerakan, kebijakan, fitur, gagasan, doubled
# for the plural, "inovasi-inovasi"; any word qualifying it: prioritas, strategis, terbaru, "yang dipaparkan")
_DOINGS = r"(?:program|inovasi|aplikasi|layanan|produk|terobosan|gerakan|kebijakan|fitur|gagasan)"
_PROGRAMMES_LISTED = re.compile(
    rf"\b{_DOINGS}(?:-{_DOINGS})?(?:\s+(?:inovatif|unggulan|andalan|kreatif|prioritas|strategis|terbaru|tersebut|itu"
    r"|ini|(?:yang\s+)?(?:dipaparkan|dimiliki|dikembangkan|diterapkan|dijalankan|digagas|diluncurkan|dipresentasikan"
    r"|disampaikan|dijelaskan)))*\s+(?:" + LIST_INTRO + r")\b",
    _I,
)
_LINK = re.compile(r"\s*(?:,\s*)?(?:dan|serta|&)\s+$|\s*,\s*$", _I)
_REGION_SHORT = re.compile(r"\s*\((?:[A-Z]{2,8}\s+)?[A-Z][a-z]{2,10}\)")


def _region_then_link(text: str, a: int, unit, dest_region) -> bool:
    """Units joined by "dan" that each carry the host's region ("Dinas Pariwisata Kabupaten Banyuwangi dan
    Badan Pendapatan Daerah Kabupaten Banyuwangi"): a report repeats the region with each unit it
    lists, and the list goes on after it; a next unit written with another province's region is not
    in it (the sender's own)."""
    gap = text[a : unit.start]
    if dest_region is None or len(gap) > 60 or not _LINK.search(gap):
        return False
    found = places.find_places(gap)
    if not found or gap[: found[0].start].strip():
        return False
    short = _REGION_SHORT.match(gap, found[0].end)  # (the region's own short form: "… Kalimantan Barat (Kalbar)")
    if not _LINK.fullmatch(gap, short.end() if short else found[0].end):
        return False
    region = places.resolve(found[0])
    if region is None or region.province != dest_region.province:
        return False
    after = text[unit.end : unit.end + 40]
    following = places.find_places(after)
    if following and not after[: following[0].start].strip():
        other = places.resolve(following[0])
        return other is None or other.province == dest_region.province
    return True


# a list opened right after a counted group of people names the group's members, the travellers' own offices and
# villages ("tujuh pejabat dinas terkait, di antaranya …", "Dari 12 kepala desa itu, empat di antaranya Desa A …"),
# not units visited: no word of going between the count and the list, none of receiving before the count
# (the people by any noun of a counted group: data/countries.json "people")
_LIST_INTRO_RE = re.compile(r"\b(?:" + LIST_INTRO + r")\b", _I)


@cache
def _counted_people() -> re.Pattern:
    return re.compile(
        rf"\b(?:\d{{1,4}}|{cardinal_words(2, 9)}|sepuluh|belasan|puluhan|ratusan|sejumlah|beberapa)\s+(?:orang\s+)?"
        rf"(?:{abroad.people_words()})\b(?P<gap>[^.;:]{{0,60}})$",
        _I,
    )


def _members_listed(text: str, start: int, at: int) -> bool:
    """The list the unit at `at` stands in opens right after a counted group of people."""
    intros = list(_LIST_INTRO_RE.finditer(text, max(start, at - 120), at))
    if not intros:
        return False
    intro = intros[-1]
    group = _counted_people().search(text, max(start, intro.start() - 90), intro.start())
    return (
        group is not None
        and _TO_A_PLACE.search(group.group("gap")) is None
        and HOSTING_WORDS.search(text, start, group.start()) is None
    )


def _regions_in_name(name: str) -> list:
    """The places a unit's name is written with; a bare place opening a village's own name, the name going
    on after it with a capitalised word that opens no place, is part of that name ("Desa Tegal Harum",
    "Kelurahan Sragen Baru"), no region of it (a region is written at a name's end or with its kind: "DPRD
    Kabupaten A (Akr)"; after an office, "Sekretariat DPRD Sumbar Gali …" in a headline, it is its region)."""
    found = places.find_places(name)
    first = name.split(" ", 1)[0]
    if first.lower() not in _VILLAGE_KINDS:
        return found
    return [
        m
        for m in found
        if not (
            m.start == len(first) + 1
            and name[m.end : m.end + 1] == " "
            and name[m.end + 1 : m.end + 2].isupper()
            and all(o.start != m.end + 1 for o in found)
        )
    ]


def find_host_agencies(
    text, sents, dest_region, organizer, programmes=None, units: ArticleUnits | None = None
) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """Units visited (name, span, sentence): named in a lokus list, or "pada/di" a unit of the host region.
    programmes: programs.find_programs(text), when the caller has it (else found again where needed);
    units: the article's `ArticleUnits` for the same text, sentences and organizer, when asked again."""
    if units is None:
        units = ArticleUnits(text, sents, organizer, programmes)
    return _find_host_agencies(text, sents, dest_region, organizer, units)


_REGION_REACH = 40
_AT_UNIT = re.compile(r"\b(?:pada|di|ke)\s+(?:kantor\s+|gedung\s+|markas\s+)?$")  # (compiled once: asked per chain)
# the group's own make-up ("Rombongan terdiri atas Kasi, Kaur, BPD, LPM hingga BUMDes", "Tim beranggotakan
# unsur Bappeda dan Dinas PU", "Kegiatan diikuti oleh BPD dan LPM"): the units listed travel, they are not
# visited, unless a preposition of the trip stands between ("diikuti BPD … ke Dinas B")
# (any verb of taking units along: melibatkan, mengikutsertakan, memboyong, membawa serta, mengajak; and of
# units coming along: "ikut terlibat", "turut serta", "datang bersama sejumlah perangkat daerah, di antaranya …",
# "Mereka turut didampingi instansi teknis antara lain …")
_COMPOSED_OF = re.compile(
    r"\b(?:terdiri\s+(?:atas|dari)|beranggotakan|diikuti(?:\s+oleh)?|melibatkan|(?:meng|di)ikutsertakan|memboyong"
    r"|membawa(?:\s+serta)?|mengajak|(?:ikut|turut)\s+(?:terlibat|serta|didampingi)|terlibat"
    r"|(?:datang|hadir|berangkat|tiba)\s+bersama"
    # ... and those who attend the meeting ("Pertemuan itu juga dihadiri wakil instansi lain, yakni Dinas A, KPU
    # dan Bawaslu", "turut hadir …", "hadir pula …"): guests of the reception, not units the group went to
    r"|dihadiri|turut\s+hadir|hadir\s+(?:pula|juga)|juga\s+hadir)\b",
    _I,
)
# the units that go: a unit written right before a verb of visiting, its region between, is the verb's subject
# ("DPRD Provinsi A mendatangi …", "Dinas B Kota C juga mengunjungi …", a headline's "DPRD D Kunjungi DPRD E"),
# the travellers, not a unit visited
_SUBJECT_GOING = re.compile(
    r"(?:\s*\([^)]{1,30}\))?(?:,?\s+(?-i:[A-Z])[\w.-]*){0,3}\s+(?:(?:juga|pun|kembali|akan|telah|sudah|pernah)\s+)?"
    r"(?:" + verbs.VISITING + "|" + verbs.TRAVELLING + r"|kunjungi|sambangi|datangi)\b",
    _I,
)
# a body only talked about: the one whose decision or advice the report tells ("Berdasarkan arahan Dinas A, lokus
# …", "sesuai rekomendasi Badan B", "desa sasarannya sudah dikonfirmasi oleh Dinas C"), not a unit gone to, in a
# list as outside one
# (any noun of advice or decision: arahan, petunjuk, rekomendasi, saran, instruksi, usulan, perintah, keputusan,
# penetapan; any passive verb of deciding or confirming with its agent: ditetapkan, ditunjuk, disetujui,
# dikonfirmasi, diverifikasi, direkomendasikan, diusulkan, diarahkan, diputuskan)
_TOLD_BY = re.compile(
    r"(?:\b(?:berdasarkan|sesuai(?:\s+dengan)?|atas|menurut|mengikuti)\s+(?:arahan|petunjuk|rekomendasi|saran|instruksi"
    r"|usulan|perintah|keputusan|penetapan)"
    r"|\bdi(?:tetapkan|tunjuk|setujui|konfirmasi|verifikasi|validasi|rekomendasikan|usulkan|arahkan|putuskan)"
    r"\s+(?:langsung\s+)?oleh)\s+$",
    _I,
)
# a unit written after "melalui" is the means a government acts through ("Pemkot A melalui Bappeda sudah menyusun
# rencana aksi", "pendekatan kepada warga melalui Balai B"), a body talked about, no unit the group went to; but
# one a host receives the group through is visited ("Rombongan diterima oleh Pemerintah Kota C melalui Kepala
# Bappeda D", any verb of receiving before it in its sentence)
_THROUGH = re.compile(r"\b(?:melalui|Melalui)\s+(?:(?:Plt\.?\s+)?(?:Kepala|Kadis|Sekretaris)\s+)?$")
_RECEIVED_THROUGH = re.compile(r"\b(?:" + verbs.RECEIVED + "|" + verbs.RECEIVING + r")\b", _I)
_TOLD_BY_WORDS = (
    "oleh",
    "arahan",
    "petunjuk",
    "rekomendasi",
    "saran",
    "instruksi",
    "usulan",
    "perintah",
    "keputusan",
    "penetapan",
)
_GOING_LETTERS = ("ung", "ang", "lawat", "tamu", "inggah")  # (the verbs' letters, looked for before the pattern)
# (the needles leave out the first letter: a sentence may open with the word, "Hadir pula …", "Turut serta …")
_COMPOSED_WORDS = ("erdiri", "anggota", "kut", "libat", "boyong", "bawa", "ajak", "urut", "ersama", "adir")
_TO_A_PLACE = re.compile(r"\b(?:ke|di(?!\s*antara)|menuju|mengunjungi|pada)\b", _I)  # ("di antaranya" lists)
# villages written with the kecamatan they lie in ("salah satu desa di Kecamatan B", "dusun adat A dan B di
# Kecamatan C", "desa-desa wisata di Kecamatan D"): the kecamatan locates them, it is no unit visited
_VILLAGES_IN = re.compile(
    r"\b(?:desa|dusun|kampung|nagari|gampong|pekon)(?:-(?:desa|dusun|kampung))?"
    r"(?:\s+(?:(?-i:[A-Z])[\w'-]*|dan|serta|wisata|adat|tradisional|lain(?:nya)?|yang\s+(?:ada|berada|terletak))){0,4}"
    r"\s+di\s+$",
    _I,
)


# a kecamatan written as the address of a place named just before it, its regency after it ("… Umbul A di
# Kecamatan B, Kabupaten C", "Desa A, Kecamatan B, Kabupaten C"): where the place lies, no unit visited
_ADDRESS_OF_NAME = re.compile(r"(?:[A-Z][\w'-]*|\))(?:\s+di\s+|,\s*)$")
_REGENCY_NEXT = re.compile(r"\s*,\s*(?:Kabupaten|Kota|Kab\.)\s")


# the travellers' own village or kecamatan: its head or its government is the subject that goes ("Camat A
# beserta rombongan … studi tiru ke …", "Pemerintah Desa B menggelar studi banding di …", "perangkat Desa C …
# dijadwalkan mengunjungi …"), or the guests come from it ("tamu berasal dari Desa D"); a unit of that name
# (the village, its kecamatan office, its BUMDes) is the sender's own, not a unit visited
# (any head of a village or kecamatan: camat, kepala desa, kades, lurah, wali nagari, keuchik, peratin; any
# government or staff of one: pemerintah, pemdes, perangkat, aparatur; any body of a village: BUMDes, BPD)
_LOCAL_HEAD = (
    r"(?:Camat|Kepala\s+(?:Desa|Kampung|Kelurahan|Gampong|Pekon)|Kades|Lurah|Wali\s+Nagari|Keuchik|Geuchik|Peratin"
    r"|Pemerintah(?:an)?\s+(?:Desa|Kecamatan|Kelurahan|Nagari|Kampung|Gampong|Pekon)|Pemdes"
    r"|(?:perangkat|"
    + staff.only("aparatur", "aparat")
    + r"|pengurus)\s+(?:Desa|Kelurahan|Nagari|Kampung|Gampong|Pekon|Kecamatan)"
    r"|BUMDes|BUMDesa|BPD)"
)
_LOCAL_NAME = (
    r"\s+(?:(?:Desa|Kecamatan|Kelurahan|Nagari|Kampung|Gampong|Pekon)\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2})"
)
_SENDING_LOCAL = re.compile(r"\b" + _LOCAL_HEAD + _LOCAL_NAME, _I)
_COMING_FROM = re.compile(
    r"\bberasal\s+dari\s+(?:Desa|Kecamatan|Kelurahan|Nagari|Kampung|Gampong|Pekon)" + _LOCAL_NAME, _I
)
# the group named by the village it comes from: "utusan Desa A", "rombongan Pemdes B", "rombongan desa C", "peserta
# asal Desa D" (any word of a travelling party: utusan, rombongan, delegasi, kontingen; "asal" after any noun)
_PARTY_OF = re.compile(
    r"\b(?:utusan|rombongan|delegasi|kontingen|asal)\s+(?:(?:pemerintah(?:an)?\s+)?"
    r"(?:Desa|Kecamatan|Kelurahan|Nagari|Kampung|Gampong|Pekon)|Pemdes)" + _LOCAL_NAME,
    _I,
)
_GOING_VERBS = "|".join((verbs.VISITING, verbs.TRAVELLING, verbs.DEPARTING))
# (the trip as the object of any verb of holding: menggelar, melakukan, melaksanakan, menjalankan, mengadakan)
LOCAL_GOES = re.compile(
    rf"\b(?<!sampai )(?<!hingga )(?:(?:{verbs.TOWARDS})\s+(?-i:[A-Z])|(?:{_GOING_VERBS})\b"
    r"|(?:menggelar|melakukan|melaksanakan|menjalankan|mengadakan)\s+(?:kegiatan\s+|perjalanan\s+)?(?:studi|kunjungan)\b)",
    _I,
)
# the host's words: receiving the guests, and guiding them on ("Kepala Desa A mengajak tamu ke …")
# (any verb of guiding or accompanying: mengajak, membawa, memandu, mendampingi, mengantar(kan), menemani)
HOSTING_WORDS = re.compile(
    rf"\b(?:{verbs.RECEIVING}|{verbs.RECEIVED}|{verbs.VISITED}"
    r"|mengajak|membawa|memandu|mendampingi|mengantar(?:kan)?|menemani)\b",
    _I,
)
_LOCAL_UNITS = frozenset(
    ("desa", "kecamatan", "kelurahan", "nagari", "kampung", "gampong", "pekon", "bumdes", "bumdesa", "kantor")
)


_SUBJECT_REACH = 200  # the subject stands in the clause of its verb of going, not a paragraph before it
# a head written as the object of another's words ("berbicara dengan Kades A soal rencana kunjungan ke …",
# "mengundang Kepala Desa B untuk berkunjung ke …", "surat dikirim kepada Camat C"): spoken to, invited or
# written to, not the one who goes; a head "bersama dengan" the leader goes with him
# (any verb of addressing one: mengundang, menghubungi, menemui, bertemu, menyurati; any preposition of it:
# dengan, kepada)
_ADDRESSED = re.compile(
    r"(?<!bersama )(?<!beserta )\b(?:dengan|kepada|mengundang|menghubungi|menemui|bertemu|menyurati)"
    r"\s+(?:para\s+|sang\s+)?$",
    _I,
)


def _senders_own_places(text: str, sents) -> set[str]:
    """The names of the villages and kecamatan whose people travel: a head, government or staff of one
    written before the first word of going in its sentence, with no word of receiving between, or a
    village the guests come from."""
    names: set[str] = set()
    low = folded(text) or text.lower()  # (lower-cased once an article, scanning)
    if "berasal dari" in low:
        names.update(m.group("name") for m in _COMING_FROM.finditer(text))
    names.update(m.group("name") for m in finditer(_PARTY_OF, text))
    if search(_SENDING_LOCAL, text) is None:
        return names  # (no such head anywhere, none before a verb of going: each sentence's search spared)
    for start, end in sents:
        goes = LOCAL_GOES.search(text, start, end)
        if goes is None:
            continue
        for m in _SENDING_LOCAL.finditer(text, max(start, goes.start() - _SUBJECT_REACH), goes.start()):
            if (
                HOSTING_WORDS.search(text, m.end(), goes.start()) is None
                and HOSTING_WORDS.search(text, start, m.start()) is None
                and _ADDRESSED.search(text, max(start, m.start() - 30), m.start()) is None
            ):
                names.add(m.group("name"))
    return names


# a school is named by its level and number ("SMAN 20", "SMA Negeri 20", "SMA N 20", "SD Muhammadiyah 1"): the
# level with its number is the school, whatever the writing of "Negeri"
_SCHOOL = (
    r"(?P<level>SD|SMP|SMA|SMK|MAN|MTs)(?:N|\s+N(?:egeri)?\b)?\s+(?:(?:(?-i:[A-Z])\w*|\(\w+\))\s+){0,2}?"
    r"(?P<number>\d{1,3})(?:\s+(?P<place>(?-i:[A-Z])\w*))?"
)
_SCHOOL_KEY = re.compile(r"(?-i:" + _SCHOOL + r")")
_SCHOOL_LEVEL = re.compile(r"(?:SD|SMP|SMA|SMK|MAN|MTs|Madrasah|Sekolah\s+(?:Dasar|Menengah))")
# the travelling school: the group's words right before it ("rombongan SMAN 20 A", "asal SMA Negeri 1 B", "kunjungan
# dari SD C 3", "Kepala SMKN 2 D beserta guru"; any word of a group, of its origin, of its coming, of its head)
_TRAVELLING_SCHOOL = re.compile(
    r"\b(?:rombongan|delegasi|tamu|asal|dari|kunjungan|kedatangan)\s+(?:studi\s+\w+\s+)?(?:asal\s+|dari\s+)?"
    r"(?-i:" + _SCHOOL + r")",
    _I,
)


def _school_key(name: str) -> tuple[str, str, str] | None:
    """A school by its level, number and the place written after them ("SMAN 20 A" is "SMA Negeri 20 A")."""
    m = _SCHOOL_KEY.match(name)
    return (m.group("level"), m.group("number"), m.group("place") or "") if m else None


def _travelling_schools(text: str) -> set[tuple[str, str, str]]:
    """The schools whose teachers travel (see _TRAVELLING_SCHOOL): a school of that level and number named
    elsewhere is the group's own, no unit visited."""
    if not any(w in text for w in ("SD", "SMP", "SMA", "SMK", "MAN", "MTs")):
        return set()
    return {(m.group("level"), m.group("number"), m.group("place") or "") for m in _TRAVELLING_SCHOOL.finditer(text)}


def _is_senders_own(unit: str, own: set[str]) -> bool:
    words = unit.split()
    if not words or words[0].lower() not in _LOCAL_UNITS:
        return False
    rest = " ".join(w for w in words[1:] if w.lower() not in ("desa", "kecamatan", "camat", "kelurahan", "lurah"))
    return any(rest == n or n.startswith(rest + " ") for n in own if rest)


def _region_after(text: str, at: int):
    """The region written right after a unit's name ("… (BPBD) Kabupaten A", "BPBD Kota B"), or None."""
    after = text[at : at + _REGION_REACH]
    found = places.find_places(after)
    if not found or after[: found[0].start].strip(" ,)"):
        return None
    return places.resolve(found[0])


def _as_named(text: str, unit) -> str:
    """A unit named by its acronym, as the report introduced it ("Dinas … (Disdukcapil)"); but a report
    spells an acronym out once, for the body it names first, often the sender's own ("Badan Penanggulangan
    Bencana Daerah (BPBD) Kabupaten A studi banding di BPBD Kabupaten B"): the acronym written with
    another region names another body of that kind, and is kept as written. A region's council under any
    of its names (DPRK, DPRA in Aceh, DPRP in Papua) is recorded as the DPRD it is."""
    if unit.name in COUNCILS or unit.name.startswith(_COUNCIL_WRITTEN_OUT):
        return "DPRD"
    full = agencies.full_form(text, unit.name)
    if full == unit.name:
        return full
    here = _region_after(text, unit.end)
    if here is None:
        return full
    defined = _region_after(text, text.find("(" + unit.name + ")") + len(unit.name) + 2)
    return unit.name if defined is not None and defined.name != here.name else full


# the place a regional office of a national body is written with, right after its name: "Polres Sleman", "Kodim
# 0826 Pamekasan", "KUA Kecamatan Sidoarjo" (a place the gazetteer knows)
_SEAT_REACH = 50
_SEAT_GAP = re.compile(r"\s+(?:(?:Kecamatan|Kec\.)\s+)?")
# a name that ends where the office's own name does: its kind, its class or its short form ("Lapas Kelas IIA",
# "Lembaga Pemasyarakatan (Lapas)"); a name run into a place of two words ("Kantor X Tanjung" + "Balai") is none
_SEAT_NAME_END = re.compile(r"(?:\s[IVX]+[AB]?|\))$")


def seat_province(text: str, name: str, span: tuple[int, int]) -> str | None:
    """The province a regional office of a national body sits in, by the place written right after its name
    ("Lapas Kelas IIA Garut": Jawa Barat); none for another unit (docs/schema.md, "A regional office")."""
    if not agencies.is_seated_unit(name) or not (agencies.is_seated_kind(name) or _SEAT_NAME_END.search(name)):
        return None
    gap = _SEAT_GAP.match(text, span[1], span[1] + _SEAT_REACH)
    if gap is None or not text[gap.end() : gap.end() + 1].isupper():
        return None
    found = places.find_places(text[gap.end() : span[1] + _SEAT_REACH])
    if not found or found[0].start != 0 or found[0].government:
        return None
    region = places.resolve(found[0])
    return region.province if region is not None else None


# a unit is often named only through the official of it who received the group: "disambut Kepala Dinas A",
# "diterima oleh Ketua Komisi II DPRD B", "Kepala Dinas C Kota D, Fulan, yang menerima rombongan": the
# official's unit is the unit visited (any title of a unit's head or officer, any verb of receiving)
_OFFICIAL = r"(?:(?:plt\.?|wakil)\s+)?(?:kepala|ketua|sekretaris|kabid|kabag|kadis|direktur|pimpinan)\s+"
# (the manner of receiving between the verb and its agent: "disambut sendiri oleh", "diterima dengan hangat oleh",
# "disambut secara langsung"; any word of manner: langsung, sendiri, baik, hangat, ramah, antusias)
_RECEIVED_HOW = agencies.RECEIVED_HOW
_RECEIVED_BY_OFFICIAL = re.compile(
    r"\b(?:" + verbs.RECEIVED + r")" + _RECEIVED_HOW + r"(?:\s+oleh)?\s+" + _OFFICIAL + r"(?=[A-Z])",
    re.IGNORECASE,
)
_OFFICIAL_RECEIVING = re.compile(r"\b(?i:" + _OFFICIAL + r")(?=[A-Z])")
# the head of a village or kecamatan is titled by the kind of unit he heads, its name after the title and his
# own after a comma ("diterima Walinagari A, Fulan", "disambut Camat B, Fulan", "diterima oleh Lurah C, Fulan"):
# the unit he heads received the group (every such title: camat, lurah, walinagari, perbekel, keuchik, kuwu…)
_HEAD_UNIT = {
    "camat": "Kecamatan",
    "lurah": "Kelurahan",
    "walinagari": "Nagari",
    "wali nagari": "Nagari",
    "perbekel": "Desa",
    "kuwu": "Desa",
    "peratin": "Pekon",
    "keuchik": "Gampong",
    "geuchik": "Gampong",
}
_RECEIVED_BY_HEAD = re.compile(
    r"\b(?:" + verbs.RECEIVED + r")" + _RECEIVED_HOW + r"(?:\s+oleh)?\s+"
    r"(?P<title>(?i:camat|lurah|wali\s?nagari|perbekel|kuwu|peratin|[kg]euchik))\s+"
    r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?=\s*,)"
)
_HEAD_WORDS = ("camat", "lurah", "nagari", "perbekel", "kuwu", "peratin", "euchik")
_RECEIVES = re.compile(
    r"[^.;:\"“”\n]{0,120}?,?\s+(?:yang\s+|saat\s+|ketika\s+)?(?:" + verbs.RECEIVING + r")\s+(?:langsung\s+|baik\s+)?"
    r"(?:rombongan|kunjungan|kedatangan|tamu|para|" + trainees.TRAINEES + r"|delegasi)\b",
    re.IGNORECASE,
)
_RECEIVING_WORDS = (*verbs.RECEIVED_VERBS, *verbs.RECEIVING_VERBS)
_ESCORTING = re.compile(r"\b(?:didampingi|bersama|beserta|dan|serta)\s+(?:oleh\s+)?$", re.IGNORECASE)
_COMMISSION = re.compile(r"Komisi\s+(?:[IVX]{1,4}|[A-E1-5])\s+")
# an official greeting on behalf of the region's head ("Kepala BKPSDM, mewakili Bupati …", "Wali Kota, yang
# diwakili Kepala Badan A"): the government receives, not the official's unit
_ON_BEHALF = re.compile(r"\b(?:mewakili|diwakili|atas\s+nama)\b", re.IGNORECASE)


def _units_of_receiving_officials(text: str, start: int, end: int) -> tuple[list, int]:
    """The units whose officials received the group in the sentence (start, end), and the steps spent."""
    low = text[start:end].lower()
    if not any(w in low for w in _RECEIVING_WORDS):
        return [], 0
    ats = [
        m.end()
        for m in _RECEIVED_BY_OFFICIAL.finditer(text, start, end)
        if _ON_BEHALF.search(text, m.end(), min(end, m.end() + 120)) is None
    ]
    if any(w in low for w in verbs.RECEIVING_VERBS):
        for m in _OFFICIAL_RECEIVING.finditer(text, start, end):
            r = _RECEIVES.match(text, m.end(), end)
            if (
                r is not None
                and _ON_BEHALF.search(text, max(start, m.start() - 30), r.end()) is None
                # an official escorting the one who receives ("Sekda didampingi Kepala Dinas A saat menerima
                # rombongan") is no host of it
                and _ESCORTING.search(text, max(start, m.start() - 30), m.start()) is None
            ):
                ats.append(m.end())
    units = []
    for at in ats:
        here = agencies.find_units(text, at, min(end, at + 150))
        if here and (here[0].start == at or _COMMISSION.fullmatch(text, at, here[0].start) is not None):
            unit = here[0]
            # the official's name runs on after the unit's region ("Dinas A Kota B Fulan"): the unit ends there
            # (or after its acronym in brackets: "Badan A (BA) Fulan")
            name = unit.name
            inside = places.find_places(name)
            if inside and inside[0].start > 0:
                name = name[: inside[0].start].rstrip(" ,")
            if ")" in name and not name.endswith(")"):
                name = name[: name.rindex(")") + 1]
            unit = agencies.AgencyMention(unit.start, unit.start + len(name), name)
            if not _official_on_behalf(text, unit.end):
                units.append(unit)
    if any(w in low for w in _HEAD_WORDS):
        for m in _RECEIVED_BY_HEAD.finditer(text, start, end):
            if places.find_places(m.group("name")):
                continue  # "Camat Kota A": a region, no unit's own name
            kind = _HEAD_UNIT[re.sub(r"\s+", " ", m.group("title").lower())]
            units.append(agencies.AgencyMention(m.start("title"), m.end("name"), kind + " " + m.group("name")))
    return units, len(ats)


_OFFICIAL_NAME = re.compile(
    r"[\s,]*(?:(?:Kabupaten|Kota|Provinsi)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*,?\s*)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})"
)


def _official_on_behalf(text: str, at: int) -> bool:
    """The official named after the unit at `at` is said elsewhere to stand for the region's head
    ("Mada Taruna yang mewakili Bupati …")."""
    m = _OFFICIAL_NAME.match(text, at, min(len(text), at + 80))
    if m is None or "mewakili" not in text and "atas nama" not in text:
        return False
    return re.search(re.escape(m.group("name")) + r",?\s+(?:yang\s+)?(?:mewakili|atas\s+nama)\b", text) is not None


# the body a training is held by, named right after a passive verb of holding ("PKA … yang diselenggarakan
# Pusdiklat X", "digelar oleh BPSDM Y", "yang dilaksanakan Balai Diklat Z"): the organiser, no unit visited, even
# where the sentence names the lokus ("Kabupaten A menjadi lokus studi lapangan PKA … yang diselenggarakan …");
# "diselenggarakan di Dinas B" (a preposition between) is where it was held
# ... and the body named right after the programme ("lokus Studi Lapangan PKP Kementerian Keuangan", "lokus
# benchmarking Diklatpim IV Angkatan XVIII Dinas Kesehatan Provinsi X"): the programme's owner, the sender
_AFTER_PROGRAMME = re.compile(
    r"\s*(?:\(\s*(?-i:[A-Z])[\w ]{0,10}\))?(?:\s*(?:Tingkat|Tk\.?)\s+(?:[IV]+|[1-4])\b)?"
    r"(?:\s*(?:Angkatan|Angk\.?)\s+(?:ke-?)?\w+)?(?:\s*(?:Tahun|TA\.?)\s+\d{4})?\s+",
    _I,
)


def _programme_owners(text: str, programmes=None) -> set[int]:
    """Where a unit named right after a programme (its acronym, level, cohort, year between) starts
    (programmes: programs.find_programs(text), when the caller has it)."""
    if programmes is None:
        programmes = programs.find_programs(text)
    return {m.end() for p in programmes if (m := _AFTER_PROGRAMME.match(text, p.end)) is not None}


_HELD_BY = re.compile(
    r"\b(?:diselenggarakan|digelar\s+oleh|dilaksanakan)\s+(?:oleh\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}$", _I
)


class ArticleUnits:
    """The units each sentence of one article names, found once for every destination asked about
    (`find_host_agencies` is asked once a destination; the caller holding this hands it to each ask)."""

    def __init__(self, text: str, sents, organizer, programmes=None) -> None:
        self._args = (text, sents, organizer, programmes)
        self._found: list[tuple[int, int, str, list, set[int], int | None]] | None = None
        self._steps = 0

    def sentences(self) -> list[tuple[int, int, str, list, set[int], int | None]]:
        if self._found is None:
            self._found, self._steps = _sentence_units(*self._args)
        else:
            budget.spend(self._steps)  # the receiving officials' search, as the pass it stands for
        return self._found


def _sentence_units(
    text, sents, organizer, programmes=None
) -> tuple[list[tuple[int, int, str, list, set[int], int | None]], int]:
    """Each sentence's span, text, units, the units known through an official who
    received the group, and whether it lists units visited; and the budget the search spent."""
    out: list[tuple[int, int, str, list, set[int], int | None]] = []
    steps = 0
    previous = ""
    in_list = False
    numbered = False  # the sentence before was a list number alone ("1."), split off from its item
    counted = False  # a list counted in words ("yakni pertama Desa A …") goes on in the next sentences
    owners: set[int] | None = None  # where a programme's owner is named, once a sentence names the lokus
    for start, end in sents:
        sentence = text[start:end]
        bullet = _BULLET.match(sentence) is not None or numbered
        numbered = in_list and _NUMBER_ALONE.fullmatch(sentence) is not None
        if numbered:
            previous = sentence
            out.append((start, end, sentence, [], set(), False))  # (a list's number alone: no units)
            continue
        if owners is None and "lokus" in sentence.lower():
            owners = _programme_owners(text, programmes)
        held = "selenggara" in sentence or "gelar oleh" in sentence or "laksanakan " in sentence
        units = [
            u
            for u in agencies.find_units(text, start, end)
            if not agencies.is_training_body(u.name)
            and not (organizer and u.name in organizer.name)
            # a name in quotes is an innovation's or a service's ("layanan "Dukcapil Jemput Bola""), not a unit
            and text[max(0, u.start - 1) : u.start] not in _QUOTES
            and not (held and _HELD_BY.search(text, max(start, u.start - 40), u.start))
            and not (owners and u.start in owners)
            # the kinds of unit named, no unit ("Lomba Desa dan Kelurahan", "desa dan kelurahan se-Kabupaten")
            and not all(w.lower() in _VILLAGE_KINDS for w in u.name.split())
            # an award's or a programme's label, no village ("Desa Cantik (Cinta Statistik)", "Desa Informatif")
            and not agencies.is_village_label(u.name)
        ]
        receiving, spent = _units_of_receiving_officials(text, start, end)
        received_by = {
            u.start
            for u in receiving
            if not agencies.is_training_body(u.name) and not (organizer and u.name in organizer.name)
        }
        steps += (spent := spent * 2 if received_by else spent)  # (asked twice where officials received it)
        budget.spend(spent)
        if received_by:
            units = sorted(
                units + [u for u in receiving if u.start in received_by and all(v.start != u.start for v in units)],
                key=lambda u: u.start,
            )
        opens = sentence.rstrip().endswith(":")
        # list cues matter only where units are named or a list opens (they are costly to look for)
        strong = (units or opens) and (agencies.has_list_cue(sentence) or (bullet and in_list))
        listed = strong or (
            (units or opens)
            and agencies.has_list_marker(sentence)
            and (agencies.has_list_cue(previous) or agencies.has_weak_list_cue(sentence))
        )
        items_from = start
        if listed and not strong and not agencies.has_list_cue(previous):
            # a list known only by its marker and a weak word ("… dengan tujuan khusus, yaitu …") holds the
            # units after the marker: a unit written before it is the clause's subject ("Sekolah A melakukan
            # studi tiru dengan tujuan, yaitu …"), no item of the list
            items_from = agencies.list_marker_at(text, start, end)
        # "… yaitu:" followed by bullet lines: the bullets carry on the list; so do lines that hold
        # nothing but a unit's name, one a line, right after it
        item_line = in_list and units and previous.endswith("\n") and _ITEM_LINE.fullmatch(sentence) is not None
        # "… mengunjungi tiga desa, yakni pertama Desa A … . Kedua Desa B … . Lalu Desa C …": a list counted in
        # words goes on in the sentences its next ordinal opens, each one item
        next_item = counted and bool(units) and _NEXT_ORDINAL.match(sentence) is not None
        listed = bool(listed or item_line or next_item)
        if listed and search(_PROGRAMMES_LISTED, sentence) is not None:  # (its words looked for first)
            listed = False
        counted = (listed and search(_FIRST_ORDINAL, sentence) is not None) or next_item  # (its word looked for first)
        in_list = (listed and opens) or ((bullet or item_line) and in_list)
        previous = sentence
        out.append((start, end, sentence, units, received_by, items_from if listed else None))
    return out, steps


# the full name a short form in brackets follows: capitalised words (and their joining words) before "("
_FULL_FORM_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+(?:(?:dan|serta)\s+)?){2,10}\($")


def _full_form_start(text: str, start: int, unit: agencies.AgencyMention) -> int:
    """Where a unit kept by its bracketed short form ("Dewan Perwakilan Rakyat Daerah (DPRD)") is written from:
    the start of its full name; else where the unit starts."""
    at = unit.start
    if at - 1 <= start or text[at - 1] != "(" or text[unit.end : unit.end + 1] != ")" or " " in unit.name:
        return at  # (a name of several words in brackets is a unit of its own: "Kecamatan A (Desa B)")
    full = _FULL_FORM_BEFORE.search(text, max(start, at - 120), at)
    return full.start() if full is not None else at


def _find_host_agencies(
    text, sents, dest_region, organizer, article_units: ArticleUnits
) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    found = []
    by_official: set[int] = set()  # units named only through the official who received the group
    for start, end, sentence, units, received_by, items_from in article_units.sentences():
        budget.spend(end - start)  # once per destination: a hundred destinations, a hundred passes
        # units joined by "," / "dan" share the region phrase and the preposition of the chain
        chains: list[list] = []
        for unit in units:
            gap = text[chains[-1][-1].end : unit.start] if chains else ""
            if chains and (
                _CHAIN_GAP.fullmatch(gap) is not None or _region_then_link(text, chains[-1][-1].end, unit, dest_region)
            ):
                chains[-1].append(unit)
            elif chains and _village_list(chains[-1][-1], unit, gap):
                chains[-1].append(_own_name(unit))
            else:
                chains.append([unit])
        # (the words of a group's make-up looked for once a sentence, not once a chain)
        composing = bool(chains) and any(w in sentence for w in _COMPOSED_WORDS)
        for chain in chains:
            # "… yaitu PSTP dan Dinas Perikanan": an acronym the vocabulary lacks, listed before a unit
            # after a list marker, is a unit of the list too
            acr = _LISTED_ACRONYM.search(text, max(start, chain[0].start - 60), chain[0].start)
            if acr is not None and not agencies.is_training_body(acr.group("acr")):
                chain.insert(0, agencies.AgencyMention(acr.start("acr"), acr.end("acr"), acr.group("acr")))
            last = chain[-1]
            listed = items_from is not None and chain[0].start >= items_from
            # a unit kept by its short form written in brackets after its full name ("ke Dewan Perwakilan Rakyat
            # Daerah (DPRD) Kota A"): it is told where its full name begins, and its bracket is no aside
            at = _full_form_start(text, start, chain[0])
            bracketed = agencies.in_brackets(text, start, at)
            if bracketed and not agencies.units_of_a_place_visited(text, start, at):
                continue  # an aside explaining something else ("inovasi X (… di RSUD Y)")
            composed = _COMPOSED_OF.search(text, start, chain[0].start) if composing else None
            if composed is not None and _TO_A_PLACE.search(text, composed.end(), chain[0].start) is None:
                continue  # "Rombongan terdiri atas perangkat desa, BPD, LPM hingga BUMDes": who travels
            told = text[max(start, at - 40) : at]
            if any(w in told for w in _TOLD_BY_WORDS) and _TOLD_BY.search(told) is not None:
                continue  # "Berdasarkan arahan Dinas A, …": a body whose advice is told, no unit visited
            through = "elalui" in told and _THROUGH.search(told) is not None
            if through and _RECEIVED_THROUGH.search(text, start, chain[0].start) is None:
                continue  # "Pemkot A melalui Bappeda sudah menyusun …": the means a government acts through
            if chain[0].name.startswith(("Kecamatan", "Kec.")) and (
                _VILLAGES_IN.search(text, max(start, chain[0].start - 60), chain[0].start) is not None
            ):
                continue  # "Desa A adalah salah satu desa di Kecamatan B": where the villages lie
            tail = chain[-1]
            if (
                tail.name.startswith(("Kecamatan", "Kec."))
                and tail.start not in received_by
                and not (len(chain) > 1 and chain[-2].name.startswith(("Kecamatan", "Kec.")))
                and _REGENCY_NEXT.match(text, tail.end) is not None
                and _ADDRESS_OF_NAME.search(text, max(start, tail.start - 12), tail.start) is not None
            ):
                # "Desa A, Kecamatan B, Kabupaten C", "Umbul A di Kecamatan B, Kabupaten C": where the place lies
                chain = chain[:-1]
                if not chain:
                    continue
                last = chain[-1]
            after = text[last.end : min(end, last.end + 80)]
            if (
                any(w in after for w in _GOING_LETTERS)
                and _SUBJECT_GOING.match(after) is not None
                and chain[0].start not in received_by
            ):
                continue  # "DPRD Provinsi A mendatangi …": the unit that goes
            cue = agencies.lokus_cue(
                text[max(start, at - 40) : at],
                after,
                text[max(start, at - 90) : at],
                chain[0].name,
            )
            # a unit named right after the title of an official who received the group is known through him,
            # in a list of those who received it ("antara lain diterima Kepala Dinas A") or beside a word
            # of visiting as well
            official = not bracketed and chain[0].start in received_by
            # "di Kecamatan Y (Desa A dan Desa B)"; "diterima oleh Pemerintah Kota A melalui Bappeda"
            cue = 1 if bracketed or chain[0].start in received_by or through else cue
            after = agencies.skip_address(after)
            if dest_region is not None and any(
                (r := places.resolve(m)) is not None and r.province != dest_region.province
                for m in _regions_in_name(last.name)
            ):
                continue  # a unit named with a region elsewhere ("DPRD Kabupaten A (Akr)"): the sender's own
            # only a region told right after the unit counts, and only against the destination's
            # (most pieces open with a common word: no search through them)
            lead = after[:40].lstrip(" ,")
            region_after = (
                places.find_places(after[:40])
                if dest_region is not None and lead and places.may_open_with_place(lead)
                else []
            )
            regional = False
            if region_after and not after[: region_after[0].start].strip(" ,"):
                region = places.resolve(region_after[0])
                if region is not None and dest_region is not None:
                    if region.province != dest_region.province:
                        continue  # the sender's own units
                    regional = True
            before = text[max(start, at - 12) : at].lower()
            if cue < 0 and not listed:
                continue
            if listed and cue <= 0 and not official and _members_listed(text, start, chain[0].start):
                continue  # "tujuh pejabat, di antaranya dari Bappeda …": who travels
            at_unit = _AT_UNIT.search(before)
            ranged = (
                len(chain) > 1
                and _RANGE_FROM.search(before) is not None
                and _RANGE_TO.search(text, chain[0].end, chain[-1].start) is not None
            )
            if listed or cue > 0 or (regional and at_unit) or ranged:
                found.extend((_as_named(text, u), (u.start, u.end), (start, end)) for u in chain)
                if official:
                    by_official.update(u.start for u in chain)
    # the official's unit stands in for the unit visited only where the report names none otherwise
    # ("… disambut Kepala Dinas A" beside "mengunjungi Dinas Pekerjaan Umum A": the unit once)
    if by_official and any(span[0] not in by_official for _, span, _ in found):
        found = [item for item in found if item[1][0] not in by_official]
    if found and any(name.split()[0].lower() in _LOCAL_UNITS for name, _, _ in found):
        own = _senders_own_places(text, sents)
        if own:
            found = [item for item in found if not _is_senders_own(item[0], own)]
    if found and any(_SCHOOL_LEVEL.match(name) for name, _, _ in found):
        # a school visited is written with its number ("SMAN 8 A", "SD Muhammadiyah 1 B"); a level without one
        # ("SD Al Azhar", "SMA swasta") names a kind of school or a foundation's many, no one unit
        schools = _travelling_schools(text)
        found = [
            item
            for item in found
            if not _SCHOOL_LEVEL.match(item[0])
            or (key := _school_key(text[item[1][0] : item[1][1] + 40])) is not None
            and key not in schools
        ]
    kept = agencies.unique_units([name for name, _, _ in found])
    if len(kept) > 1:
        # a unit of two portfolios named short and in full ("Dinas Perpustakaan Kota A Terima …" over "Dinas
        # Perpustakaan dan Kearsipan Kota A menerima …"): the short name is the full one's first portfolio
        lows = [k.lower() for k in kept]
        kept = [
            k
            for k, low in zip(kept, lows, strict=True)
            if not any(o.startswith((low + " dan ", low + " serta ", low + ", ")) for o in lows)
        ]
        kept = _without_village_addresses(kept)
        kept = _without_class_twins(kept)
    first: dict[str, tuple] = {}
    for item in found:
        first.setdefault(item[0], item)
    if len(kept) > 1:
        kept = _without_short_forms(_without_initialled_forms(kept))
    return _with_their_grades(text, [first[name] for name in kept])


# a unit's grade written after its name: "Lapas Kelas IIA", "Rutan Klas I"
_GRADE_AFTER = r"\s+(?P<grade>(?:Kelas|Klas)\s+[IVX]{1,4}[ABC]?)"
_PLACE_AFTER = re.compile(r"[ ]+(?P<place>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)")


def _with_their_grades(text: str, items: list) -> list:
    """A unit written first with its grade and its place ("Lapas Kelas IIA A", "Lembaga Pemasyarakatan (Lapas) Kelas
    IIA B") and after with its place alone ("Lapas A") is kept by its full name, the grade with it, as first written
    (docs/schema.md, "A name written in full and short"); written with "Kelas" and without it ("Lapas IIA A"), it is
    one unit."""
    if "Kelas " not in text and "Klas " not in text:
        return items
    out: list = []
    seen: set[tuple[str, ...]] = set()
    for name, span, sentence in items:
        if not _GRADE_WORD.fullmatch(name.split()[-1]):
            place = _PLACE_AFTER.match(text, span[1])
            # (the span is the unit as written; its name as kept may be the full form the short one stands for)
            if place is not None:
                for written in {name, text[span[0] : span[1]]}:
                    pattern = re.escape(written) + _GRADE_AFTER + r"\s+" + re.escape(place.group("place")) + r"\b"
                    graded = re.compile(pattern).search(text, 0, span[0])  # (as first written: before it)
                    if graded is not None:
                        name = f"{name} {graded.group('grade')}"
                        break
        key = tuple(w for w in name.lower().split() if w not in ("kelas", "klas"))
        if key in seen:
            continue
        seen.add(key)
        out.append((name, span, sentence))
    return out


_NAME_WORD = re.compile(r"[^\W_]+")
_ACRONYM_IN_NAME = re.compile(r"\(([^()\s]{2,15})\)")
_GRADE_WORD = re.compile(r"(?:[IVX]{1,4}|\d{1,3})[ABC]?|Kelas|Tipe|Wilayah|Pratama|Madya|Utama")


def _name_readings(name: str) -> list[tuple[str, ...]]:
    """The words of a unit's name, and of its name read without the bracket and by the bracket's acronym alone
    ("Lembaga Pemasyarakatan (Lapas) Kelas I": also "Lembaga Pemasyarakatan Kelas I" and "Lapas Kelas I")."""
    out = [name]
    for m in _ACRONYM_IN_NAME.finditer(name):
        out += [name[: m.start()] + name[m.end() :], m.group(1) + name[m.end() :]]
    return [tuple(_NAME_WORD.findall(o)) for o in out]


def _lowered(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _without_short_forms(kept: list[str]) -> list[str]:
    """One unit written once in full and elsewhere cut short is kept by its full name (docs/schema.md, "A name
    written in full and short"): the same words with its acronym in brackets ("Lembaga Pemasyarakatan (Lapas)
    Kelas IIA" and "Lapas Kelas IIA"), its kind alone beside its kind with its own name ("PDAM Tirta A" and
    "PDAM"), its name without its grade ("Museum Kodam VI" and "Museum Kodam"). A place run on into the longer
    name is its region, not its name, and a person's name after a unit's is none of its own: both stay as found."""
    # every reading of a name and each of its heads, to the longest name that has it (near-linear in the list)
    longest: dict[tuple[str, ...], str] = {}
    for name in kept:
        if "[" in name or "]" in name:
            continue  # a name broken off at a bracket of the report's own
        for words in _name_readings(name):
            low = _lowered(words)
            for n in range(1, len(low) + 1):
                if len(name) > len(longest.get(low[:n], "")):
                    longest[low[:n]] = name
    dropped = set()
    for name in kept:
        for words in _name_readings(name):
            low = _lowered(words)
            full = longest.get(low)
            if full is None or full == name or len(full) <= len(name):
                continue
            extra = next(r[len(low) :] for r in _name_readings(full) if _lowered(r[: len(low)]) == low)
            if (
                not extra
                or (len(low) == 1 or all(_GRADE_WORD.fullmatch(w) for w in extra))
                and not places.find_places(" ".join(extra))
            ):
                dropped.add(name)
            break
    return [k for k in kept if k not in dropped] if dropped else kept


def _initialled(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """One word of the short name is an acronym of words of the full name, the words around it the same ("TP PKK"
    of "Tim Penggerak PKK", "Dinas PMD" of "Dinas Pemberdayaan Masyarakat dan Desa"; "Diskominfo" of "Dinas
    Kominfo", its kind word cut to its syllable)."""
    if len(full) <= len(short):
        return False
    head = 0
    while head < len(short) - 1 and short[head] == full[head]:
        head += 1
    tail = len(short) - head - 1
    if short[head + 1 :] != full[len(full) - tail :]:
        return False
    acronym, words = short[head], full[head : len(full) - tail]
    if tail + head and len(words) >= 2 and acronym == agencies.initials(" ".join(words)):
        return True
    cut = agencies.contracted_heads().get(words[0])
    return cut is not None and len(words) == 2 and acronym == cut + words[1]


def _without_initialled_forms(kept: list[str]) -> list[str]:
    """One unit written in full and with an acronym of some of its words is kept by its full name (docs/schema.md,
    "A name written in full and short"): "Tim Penggerak PKK" and "TP PKK", "Dinas Kominfo" and "Diskominfo"."""
    words = [_lowered(tuple(_NAME_WORD.findall(k))) for k in kept]
    dropped = set()
    for i, short in enumerate(words):
        if not short:
            continue
        if any(j != i and _initialled(short, full) for j, full in enumerate(words)):
            dropped.add(kept[i])
    return [k for k in kept if k not in dropped] if dropped else kept


# the words that make a village's name another village's ("Desa A Barat" beside "Desa A"), not its address
_NAME_PARTS = frozenset(
    ("barat", "timur", "utara", "selatan", "tengah", "baru", "lama", "hilir", "hulu", "atas", "bawah", "dalam", "luar")
)


def _without_village_addresses(kept: list[str]) -> list[str]:
    """A village written once with its kecamatan or regency run into its name, no kind word between ("Desa A B
    C" beside "Desa A", B and C its kecamatan and regency): the village found bare is the unit, the longer
    name its address. A compass word or a numeral after the name makes another village ("Desa A Barat")."""
    villages = [k for k in kept if k.split()[0].lower() in _VILLAGES]
    if len(villages) < 2:
        return kept
    dropped = set()
    for short in villages:
        for long in villages:
            extra = long[len(short) :].split() if long.startswith(short + " ") else []
            if extra and all(w[:1].isupper() and w.lower() not in _NAME_PARTS and w.strip("IVX") != "" for w in extra):
                dropped.add(long)
    return [k for k in kept if k not in dropped]


def _without_class_twins(kept: list[str]) -> list[str]:
    """A village written once with the word of its class after its kind ("Desa Wisata A", "kampung wisata B") and
    elsewhere without it ("Desa A") is one village: the name first written is kept, as a name written in full and
    short is (docs/schema.md). Another word in the name ("Desa Wisata A Barat") makes another village."""
    labels = agencies.village_kind_labels()
    seen: set[tuple[str, ...]] = set()
    out = []
    for name in kept:
        words = tuple(name.lower().split())
        key = (words[0], *words[2:]) if len(words) > 2 and (words[0], words[1]) in labels else words
        if key in seen:
            continue
        seen.add(key)
        out.append(name)
    return out


def _council_region_names(text: str, resolved: list[Place]) -> dict[tuple[int, int], str]:
    """Each council written with a place right after it ("DPRD Banyuwangi", "DPRD Kabupaten Belu"):
    the council's span and the name of the region it belongs to."""
    named = {}
    for p in resolved:
        for council in COUNCILS:
            a = p.mention.start - len(council) - 1
            if a >= 0 and text[a : p.mention.start] == council + " ":
                named[(a, a + len(council))] = p.region.name
            # (the council in full, its short form in brackets: "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten A")
            elif a >= 1 and text[a - 1 : p.mention.start] == council + ") ":
                named[(a - 1, a - 1 + len(council))] = p.region.name
    return named


# travellers called a council by their kind, their regions after ("Rombongan DPRD dari Kabupaten A", "tiga
# rombongan DPRD dari tiga kabupaten, yakni …", "menerima rombongan dewan dari Kabupaten B"): the group is a
# council though no "DPRD A" is written
# (the group by any of its names, tim, kontingen, utusan, para; the council by any of its names: DPRA, DPRK,
# DPRP, legislatif, wakil rakyat, legislator)
_COUNCIL_GROUP = re.compile(
    r"\b(?:rombongan|anggota|delegasi|tamu|tim|kontingen|utusan|para)\s+(?:DPR[DAKP]|dewan|legislatif|wakil\s+rakyat"
    r"|legislator)\s+(?:dari|asal)\s+(?:\w+\s+)?"
    r"(?:(?:kabupaten|kota|daerah|provinsi|wilayah)\b|kab\.)",
    re.IGNORECASE,
)


# an official of the host's council escorting the one who receives ("Bupati A yang didampingi Wakil Ketua DPRD A",
# "ditemani Sekretaris DPRD B"): the council attends, the region's government hosts; no council visited
_ESCORT_BEFORE = re.compile(r"\b(?:didampingi|ditemani)\s+(?:oleh\s+)?(?:[\w.]+\s+){0,4}$", re.IGNORECASE)


def councils_of_the_visit(text: str, resolved: list[Place], items, origin_regency, dest_region):
    """The units visited, with the councils a report names by their regions put right.

    A council is named with its region ("DPRD Jember", "Wakil Ketua DPRD Muara Enim"), so the region
    says whose council it is. The sender's own council, written with the sender's region, is the
    group or the body that sent it, never a unit visited ("Ketua Komisi C DPRD Jember" telling of the
    trip). And a council travels to meet its counterpart: when the group is a council (a council is
    written with the sender's region) and no unit visited is named, the host's council written with
    the host's region ("disambut Wakil Ketua DPRD Muara Enim", "Pimpinan DPRD Karawang kedatangan
    rombongan", "belajar bersama DPRD Solok Selatan") is the unit the group visited. `origin_regency`: the
    sender's regency, else its province: a province's council travels to its counterpart as a regency's
    does ("Pansus Tatib DPRD Provinsi Kalsel … studi komparasi ke Riau", "kunker ke Bali … bertemu anggota
    DPRD Bali", "sambutan DPRD Sulteng yang langsung menerima kunjungan kerja DPRD Sulbar": km-12 antara
    kalsel, kd-16 liputan6, mc-11 referensia)."""
    if origin_regency is None or dest_region is None or origin_regency == dest_region.name:
        return items
    if not any(council in text for council in COUNCILS):
        return items
    named = _council_region_names(text, resolved)
    kept = [item for item in items if not (item[0] in COUNCILS and named.get(item[1]) == origin_regency)]
    if kept or (origin_regency not in named.values() and _COUNCIL_GROUP.search(text) is None):
        return kept
    hosts = sorted(
        span
        for span, region in named.items()
        if region == dest_region.name and _ESCORT_BEFORE.search(text, max(0, span[0] - 60), span[0]) is None
    )
    if not hosts:
        return kept
    a, b = hosts[0]
    return [("DPRD", (a, b), (a, b))]  # (a council under any of its names: "DPRK A" hosting is the DPRD)
