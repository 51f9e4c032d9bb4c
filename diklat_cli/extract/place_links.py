"""Linked places: whether two place mentions are members of one written list ("DPRD A dan DPRD B",
"Desa A, Klaten dan Desa B, Sleman"), or one place with its address or its own body told twice
("ke Magelang, Provinsi Jogja", "Bupati A dan Sekda Kabupaten A"); and the distinct regions of a list.

One concern: how the members of a list of places or bodies are joined, read from the words between
them (`linked_places`, `distinct_regions`); the frames, senders and visitors read their lists with it.
"""

from __future__ import annotations

import re
from functools import cache

from diklat_cli.extract import dates, places, speech, verbs
from diklat_cli.extract.place_roles import HEAD_OF_REGION, Place
from diklat_cli.extract.shared_scores import NEXT_VILLAGE_ADDRESS

_I = re.IGNORECASE


# what joins the members of one list of places: "A, B dan C", "A dan di B", "DPRD A dan DPRD B"
_LIST_LINK = re.compile(
    # a preposition only after "dan/serta" ("A dan di B"); "A, ke B" names a second role, not a list
    # "DPRD A beserta DPRD B", "Bappeda A bersama DPRD B": bodies travelling together
    # ("A, B, maupun C": "maupun" closes a list as "dan" does)
    r"\s*(?:,\s*(?:(?:dan|serta|maupun)\s+(?:(?:ke|di|dari|menuju|asal)\s+)?)?"
    r"|(?:dan|serta|maupun|&)\s+(?:(?:ke|di|dari|menuju|asal)\s+)?"
    r"|(?:beserta|bersama(?:an|-sama)?(?:\s+dengan)?)\s+|;"
    # "di antaranya A, B hingga C", "mulai dari A, B, sampai C": the list's last member
    r"|(?:,\s*)?(?:hingga|sampai)\s+(?:(?:ke|di|dengan)\s+)?)\s*"
    r"(?:(?:DPRD|" + places.GOVERNMENT_WORD + r"|provinsi|propinsi|kabupaten|kota|rombongan|polda|polres\w*"
    # a council's people written before each council, "anggota DPRD A dan anggota DPRD B", "Komisi I DPRD C"
    # (after "dan"/"serta"/"bersama": after a bare comma they open a clause, "… di Jakarta, anggota DPRD B berangkat")
    # (several commissions of one council named together: "Komisi A dan E DPRD B", "Komisi I, II dan III DPRD C")
    r"|(?:(?<=\bdan\s)|(?<=\bserta\s)|(?<=\bbersama\s)|(?<=\bbeserta\s))(?:para\s+)?(?:anggota|pimpinan|ketua|wakil\s+ketua"
    r"|komisi\s+(?:[IVX]{1,4}|[A-E]|\d{1,2})(?:\s*(?:,\s*(?:dan\s+)?|dan\s+|&\s*)(?:[IVX]{1,4}|[A-E]|\d{1,2})\b)*|pansus)(?=\s+DPRD\b)"
    # a region's officials, each named by the region they head: "Wakil Bupati A dan Sekda Kabupaten B"
    r"|(?:(?<=\bdan\s)|(?<=\bserta\s)|(?<=\bbersama\s)|(?<=\bbeserta\s))(?:sekda|sekretaris\s+daerah"
    r"|(?:wakil\s+)?(?:bupati|wali\s*kota|walikota|gubernur))(?=\s)"
    # a body's staff as a whole, "serta jajaran DPRD B", "dan jajaran Pemkab C": the body itself, after a link
    r"|(?:(?<=\bdan\s)|(?<=\bserta\s)|(?<=\bbersama\s)|(?<=\bbeserta\s))jajaran(?=\s)"
    r"|kodim|korem|kantor|kemenag|kankemenag"
    # units known by an acronym or a "Balai", each named by its seat: "LPMP A dan LPMP B", "Balai Diklat A dan
    # Balai Diklat B"
    r"|(?-i:[A-Z]{3,7}|Balai(?:\s+[A-Z][\w-]*){1,3}))\s+)*",
    _I,
)
_PROVINCE_LOCATOR = re.compile(
    r",?\s*(?:provinsi\s+|propinsi\s+|prov\.\s*)?((?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))", _I
)


# "Desa Ponggok, Klaten dan Pendowoharjo, Yogyakarta": the next member of a list of villages, each
# written with its region
_NEXT_VILLAGE = re.compile(
    r"\s*,?\s*(?:dan|serta)\s+(?:(?:ke|di)\s+)?(?:(?:desa|kelurahan|kampung|nagari|gampong)\s+)?"
    r"(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?\s*,\s*",
    _I,
)


_ASIDE = re.compile(r"\s*\([^()\n]{1,30}\)")
# a member's province written in full before its short form in parentheses ("Mataram, Nusa Tenggara Barat
# (NTB) dan Kendari", "Kabupaten Paser, Provinsi Kalimantan Timur (Kaltim) dan DPRD Kabupaten B"): the
# short form is the member's address, and the list goes on after it
_ABBREVIATED_ADDRESS = re.compile(
    r",?\s*(?:provinsi\s+|propinsi\s+|prov\.\s*)?((?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))\s*\(\s*", _I
)
_CLOSING = re.compile(r"\s*\)")
# "Desa A di Kabupaten X dan Desa B di Kabupaten Y": the next member of a list of units, each written
# with the place it stands in
_NEXT_UNIT_AT = re.compile(
    # ("… serta instansi pemerintah di Kabupaten Y": a unit named by its kind)
    r"\s*,?\s*(?:dan|serta)\s+(?:(?:ke|di)\s+)?(?:(?-i:[A-Z][\w-]*)\s+|(?:instansi|kantor|perangkat|unit|lembaga"
    r"|pemerintah(?:an)?|daerah|kerja|sejumlah|beberapa)\s+){1,4}(?:yang\s+)?(?:berada\s+|terletak\s+)?di\s+"
    r"(?:(?:kabupaten|kota|provinsi)\s+)?",
    _I,
)


# "DPRD A yang datang bersamaan dengan rombongan dari DPRD B": a body said to come along with another
_CAME_ALONG = re.compile(r"\s*,?\s*yang\s+(?:datang|" + verbs.TRAVELLING + r"|hadir)(?=\s+(?:bersama|beserta))", _I)

# "ke Magelang, Provinsi Jogja", "ke Bogor, Jakarta": a regency followed by a province it is not in, the
# two alone: reporters write a town with the better-known province or capital near it as its address;
# that is one place (the regency, the more precise name), not a list of two stops
_HEADS_NAME = re.compile(r"(?:\s*,?\s*(?-i:[A-Z])[\w'.-]{0,20}){1,6}(?=\s*,?\s*(?:dan|serta)\s|\s*,\s)")
# an acting or deputy head: penjabat, pelaksana tugas/harian, wakil ("Pj. Bupati A", "Wakil Bupati B")
_ACTING_HEAD = re.compile(r"\b(?:Pj|Pjs|Plt|Plh|Wakil)\.?\s*$")
_PAIR_LINK = re.compile(r"\s*maupun\s+", _I)  # no comma, no preposition repeated
_LISTED_BEFORE = re.compile(r",\s*$")  # the pair's first member closes a list begun before it
_LOOSE_ADDRESS = re.compile(r"\s*,\s*(?:provinsi\s+|propinsi\s+|prov\.\s*)?", _I)
_LIST_GOES_ON = re.compile(
    r"\s*(?:,?\s*(?:dan|serta|hingga|sampai)\b|,\s*(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s*(?:,|dan\b|serta\b))",
    _I,
)


# a list member's own head count, written after it without brackets, the list going on after it: "dari Kabupaten A
# sebanyak 12 orang, Kabupaten B 10 orang, dan Kota C 15 orang" (guests listed with their counts)
_MEMBER_COUNT = re.compile(
    r"\s*(?:(?:sebanyak|berjumlah|dengan|yang\s+berjumlah)\s+)?\d{1,4}\s+(?:orang|peserta|anggota|personel)"
    r"(?=\s*(?:,|dan\b|serta\b))",
    _I,
)


# ... or in brackets: "Kabupaten A (12 orang), Kabupaten B (10 orang)"
_MEMBER_COUNT_ASIDE = re.compile(
    r"\s*\(\s*(?:sebanyak\s+|berjumlah\s+)?\d{1,4}\s+(?:orang|peserta|anggota|personel)\s*\)", _I
)


# an itinerary listed with each member's own day, after it ("ke Kabupaten A pada Senin (1/7/2024) dan Kota B pada
# Selasa (2/7/2024)") or before it ("Senin (1/7/2024) di Kabupaten A, Selasa (2/7/2024) di Kota B"): one list of
# stops, each on its day (a day with its date written, so a weekday alone, "Senin dan Selasa", is no member's day)
@cache
def member_day() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    day = (
        rf"(?:(?:pada\s+)?(?:hari\s+)?(?:{dates.weekday_pattern()})\b\s*,?\s*\(\s*\d{{1,2}}\s*/\s*\d{{1,2}}"
        rf"(?:\s*/\s*\d{{2,4}})?\s*\)|(?:pada\s+)?(?:tanggal\s+)?\d{{1,2}}\s+(?:{dates.month_pattern()})\b"
        r"(?:\s+\d{4})?)"
    )
    return (
        re.compile(rf"\s*,?\s*{day}", _I),  # a member's day after it
        re.compile(rf"{day}\s*,?\s*(?:di|ke)\s+$", _I),  # ... before it
        re.compile(rf"\s*[,;]\s*(?:(?:dan|serta)\s+)?{day}\s*,?\s*(?:di|ke)\s+", _I),  # the next member's, before it
    )


def _days_between(text: str, a: Place, b: Place, after: int) -> bool:
    """Two members of an itinerary listed each with its own day (`member_day`)."""
    day_after, day_before, next_day = member_day()
    own = day_after.match(text, after, b.mention.start)
    if own is not None and _LIST_LINK.fullmatch(text, own.end(), b.mention.start):
        return day_after.match(text, b.mention.end) is not None  # (and the next member its own)
    return next_day.fullmatch(text, after, b.mention.start) is not None and (
        day_before.search(text, max(0, a.mention.start - 60), a.mention.start) is not None
    )


def member_count_at(text: str, at: int, start: int, end: int) -> bool:
    """A member's own count (`_MEMBER_COUNT`, `_MEMBER_COUNT_ASIDE`) is written at `at`, its number at start:end."""
    if not has_digit(text, at, end):
        return False
    counted = _MEMBER_COUNT.match(text, at) or _MEMBER_COUNT_ASIDE.match(text, at)
    return counted is not None and end <= counted.end()


_ASCII_DIGIT = re.compile(r"[0-9]")


def has_digit(text: str, lo: int, hi: int) -> bool:
    # (an ASCII gap searched for its digits at once; str.isdigit, one character at a time, only where other
    # scripts' digits may stand: the gaps between every two neighbouring places were ~0.1 ms an article)
    gap = text[lo:hi]
    if gap.isascii():
        return _ASCII_DIGIT.search(gap) is not None
    return any(c.isdigit() for c in gap)


def _is_loose_address(text: str, a: Place, b: Place) -> bool:
    return (
        b.region.kind == "province"
        and a.region.kind != "province"
        and a.region.province != b.region.name
        and not b.mention.government  # "Kabupaten A, Pemerintah Provinsi B": a second body
        and _LIST_GOES_ON.match(text, b.mention.end) is None
    )


def _in_parentheses(text: str, p: Place) -> bool:
    """The mention is all that stands in a pair of parentheses ("(NTB)")."""
    return text[max(0, p.mention.start - 2) : p.mention.start].rstrip().endswith("(") and (
        _CLOSING.match(text, p.mention.end) is not None
    )


# a speaker named by a title that ends in a region, the comma closing the attribution: "Menurut Kepala BKD A,
# Kota B dipilih karena …", "kata pihak Kabupaten C, …" (any verb of saying put before the speaker)
# (speech.said_by: "menurut" and the bare verbs of saying every reader of an attribution knows)
_SAID_BY = re.compile(r"\b(?:" + "|".join(speech.said_by()) + r")\s+[^,.;:\n\"“”]{0,70}$", _I)


# the answers of linked_places for the last text, by the two mentions and regions: each article asks of the
# same neighbours again (destinations, senders, the frames without a top host, the groups told together);
# the entry holds the four objects, so no other can come to have their ids
_LINKED: tuple[str, dict[tuple[int, int, int, int], tuple[object, object, object, object, bool]]] = ("", {})


def linked_places(text: str, a: Place, b: Place) -> bool:
    """Two places written as members of one list, a member's province allowed between
    ("DPRD Kabupaten A, Provinsi Bali dan DPRD Kota B")."""
    if b.mention.start - a.mention.end > 60:
        return False  # no link or province phrase is that long
    global _LINKED
    if _LINKED[0] is not text:
        _LINKED = (text, {})
    known = _LINKED[1]
    key = (id(a.mention), id(a.region), id(b.mention), id(b.region))
    entry = known.get(key)
    if (
        entry is not None
        and entry[0] is a.mention
        and entry[1] is a.region
        and entry[2] is b.mention
        and entry[3] is b.region
    ):
        return entry[4]
    linked = _linked_places(text, a, b)
    known[key] = (a.mention, a.region, b.mention, b.region, linked)
    return linked


def _linked_places(text: str, a: Place, b: Place) -> bool:
    if text[a.mention.end : b.mention.start].strip() == "," and _SAID_BY.search(
        text, max(0, a.mention.start - 70), a.mention.start
    ):
        return False  # the speaker's title, then what is said of B: no list
    if b.region.kind == "province" and _in_parentheses(text, b):
        # (the short form of the member's own province, its full name just before it)
        loc = _ABBREVIATED_ADDRESS.fullmatch(text, a.mention.end, b.mention.start)
        if loc is not None and a.region.province == b.region.name:
            return any(r.name == b.region.name for r in places.regions_named(loc.group(1)))
    if (
        b.region.kind == "province"
        and a.region.province == b.region.name
        and text[a.mention.end : b.mention.start] == "-"
    ):
        return True  # the member's own province joined to it ("Tabanan-Bali, Bandung dan Surabaya"): its address
    if b.region == a.region and b.region.kind != "province" and _in_parentheses(text, b):
        # a regency's short form in brackets after its name ("Kotawaringin Timur (Kotim), DPRD Kabupaten B"):
        # the member written twice, as a province's short form is
        return text[a.mention.end : b.mention.start].strip() == "("
    if _LOOSE_ADDRESS.fullmatch(text, a.mention.end, b.mention.start) and _is_loose_address(text, a, b):
        return False
    # a member's own aside may stand before the link: "DPRD Kota A (15 orang) dan DPRD Kabupaten B"
    aside = (
        _ASIDE.match(text, a.mention.end, b.mention.start) if "(" in text[a.mention.end : a.mention.end + 3] else None
    )
    after = aside.end() if aside else a.mention.end
    # ... or its count written out: "Kabupaten A sebanyak 12 orang, Kabupaten B 10 orang, dan Kota C"
    if (
        aside is None
        and has_digit(text, after, b.mention.start)
        and (counted := _MEMBER_COUNT.match(text, after, b.mention.start))
    ):
        after = counted.end()
    if aside is None and has_digit(text, after, b.mention.start) and _days_between(text, a, b, after):
        return True
    if a.region.kind == "province" and _in_parentheses(text, a):
        after = _CLOSING.match(text, a.mention.end).end()  # type: ignore[union-attr]  # the address closed
    elif _in_parentheses(text, a) and a.mention.text.lower() != a.region.bare.lower():
        # (a short form, "Kotim", not another place's name in brackets: "Tanah Datar (Padang)" locates it)
        if b.region.kind == "province" and a.region.province == b.region.name:
            return False  # "Musi Banyuasin (Muba), Sumatera Selatan": the member's province, its address
        after = _CLOSING.match(text, a.mention.end).end()  # type: ignore[union-attr]  # the short form closed
    # heads of region listed each with their name: "Wali Kota A Budi Santoso dan Bupati B Joko"
    end = b.mention.start
    if HEAD_OF_REGION.match(a.mention.text) and HEAD_OF_REGION.match(b.mention.text):
        # ... an acting or deputy head among them, "Pj. Bupati C", "Wakil Wali Kota D": that title opens the member
        if acting := _ACTING_HEAD.search(text, after, end):
            end = acting.start()
        if name := _HEADS_NAME.match(text, after, end):
            after = name.end()
    if _LIST_LINK.fullmatch(text, after, end):
        # "(baik) A maupun B" with bare names pairs two parties both concerned (mostly the guests' and the
        # hosts' regions: "membangun daerah masing-masing, baik Kabupaten A maupun Kabupaten B", "praktik
        # terbaik di Kota A maupun Provinsi B"), not the places a group went to, which keep their
        # preposition ("baik ke A maupun ke B") or are enumerated ("seperti A, B maupun C")
        return not (
            "maupun" in text[after : b.mention.start]
            and _PAIR_LINK.fullmatch(text, after, b.mention.start)
            and not _LISTED_BEFORE.search(text, max(0, a.mention.start - 3), a.mention.start)
        )
    gap = text[after : b.mention.start]
    if _repeated_body(text, a, after, b) or _bodies_joined(text, a, after, b):
        return True
    if "yang" in gap and (along := _CAME_ALONG.match(text, after, b.mention.start)) is not None:
        return _LIST_LINK.fullmatch(text, along.end(), b.mention.start) is not None
    if ("dan" in gap or "serta" in gap) and (
        _NEXT_VILLAGE.fullmatch(text, after, b.mention.start)
        or _NEXT_UNIT_AT.fullmatch(text, after, b.mention.start)
        # "Desa A Kabupaten X Provinsi P dan Desa B Kabupaten Y": villages listed with their addresses
        or NEXT_VILLAGE_ADDRESS.fullmatch(text, after, b.mention.start)
    ):
        return True
    loc = _PROVINCE_LOCATOR.match(text, a.mention.end, b.mention.start)
    if loc is None or not _LIST_LINK.fullmatch(text, loc.end(), b.mention.start):
        return False
    return any(r.kind == "province" for r in places.regions_named(loc.group(1)))


# the next member written with the very words of the body that stood before the first, after a link and
# maybe its own count: "Dinas Pariwisata Provinsi A dan Dinas Pariwisata Provinsi B", "30 kepala desa Kabupaten
# A dan 25 kepala desa Kabupaten B", "Disdik Kabupaten A (10 orang), Disdik Kabupaten B", "Bappeda Kabupaten A
# bersama Bappeda Kabupaten B": reports repeat a body's kind before each region that sends one of its own
_REPEATED_LINK = re.compile(
    # (an office's holder may be named after his region: "Ketua DPRD A Budi Santoso dan Ketua DPRD B")
    r"(?P<name>\s*,?\s*(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,4}?\s*(?=,|\s))?"
    r"\s*(?:,\s*(?:(?:dan|serta)\s+)?|(?:dan|serta|beserta|bersama(?:\s+dengan)?|&)\s+)"
    r"(?:(?:sebanyak\s+)?\d{1,4}\s+(?:orang\s+)?)?(?P<body>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,3})\s+",
    _I,
)


# the words of an office held over a region or a body ("Ketua DPRD A", "Bupati B")
_OFFICE_WORDS = r"(?:ketua|kepala|wakil|bupati|wali\s*kota|walikota|gubernur|sekda|camat|lurah|direktur)"
_OFFICE_HELD = re.compile(_OFFICE_WORDS + r"\b", _I)


_OFFICE_HELD_BEFORE = re.compile(r"\b" + _OFFICE_WORDS + r"(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+$", _I)


def office_held_before(text: str, m: Place) -> bool:
    """The place is named as the region an office holder serves ("Ketua DPRD A", "Bupati B")."""
    return bool(HEAD_OF_REGION.match(m.mention.text)) or bool(
        _OFFICE_HELD_BEFORE.search(text, max(0, m.mention.start - 30), m.mention.start)
    )


# a region's office named by its head word or its short form: "Dinas Pekerjaan Umum", "Badan Kepegawaian Daerah",
# "Inspektorat", "Bappeda", "Disdik", "Dinkes", "BKPSDM"
_OFFICE = (
    r"(?-i:(?:(?:Dinas|Badan|Bagian|Biro|Kantor|Sekretariat|Inspektorat|Satuan|Balai|Dis[a-z]{2,12}|Bap[a-z]{3,12}"
    r"|Din[a-z]{2,6})(?:\s+(?:[A-Z][\w&-]*|dan|&)){0,6}|[A-Z]{3,8}))"
)
_OFFICE_BEFORE = re.compile(r"(?<![\w-])" + _OFFICE + r"(?:\s*\((?-i:[A-Z][A-Za-z]{1,11})\))?\s+$")
_OFFICE_JOINED = re.compile(
    r"\s*,?\s*(?:dan|serta|beserta|bersama(?:\s+dengan)?)\s+" + _OFFICE + r"(?:\s*\((?-i:[A-Z][A-Za-z]{1,11})\))?\s+",
    _I,
)


def _bodies_joined(text: str, a: Place, after: int, b: Place) -> bool:
    """Two offices of regions joined, each before its region: "Bappeda Kabupaten A dan Dinas Pekerjaan Umum
    Kabupaten B" (reports name each sending office by its own name; each is a sender). The member before may
    be a government named as one ("Pemkab A dan Bappeda Kabupaten B"): a list of senders mixes their kinds."""
    return _OFFICE_JOINED.fullmatch(text, after, b.mention.start) is not None and (
        a.mention.government or _OFFICE_BEFORE.search(text, max(0, a.mention.start - 80), a.mention.start) is not None
    )


def _own_province(words: str, a: Place) -> bool:
    """The words name A's own province, its address ("rombongan dari Kabupaten A, Sulawesi Selatan, dan …")."""
    words = words.strip(" ,")
    return a.region.kind != "province" and any(
        r.kind == "province" and r.name == a.region.province for r in places.regions_named(words)
    )


def _repeated_body(text: str, a: Place, after: int, b: Place) -> bool:
    """B's body is written with the words that stand right before A (`_REPEATED_LINK`)."""
    link = _REPEATED_LINK.fullmatch(text, after, b.mention.start)
    if link is None:
        return False
    body = link.group("body")
    if link.group("name") and not _OFFICE_HELD.match(body) and not _own_province(link.group("name"), a):
        return False
    lo = a.mention.start - len(body) - 1
    if lo < 1 or text[lo : a.mention.start].strip().lower() != body.lower() or text[lo - 1].isalnum():
        return False
    # (an acronym will do, "20 ASN A dan 15 ASN B", a preposition repeated is no body: "ke A dan ke B")
    return len(body) >= 3 and body.lower() not in ("yang", "dari", "asal", "menuju")


# a body of the province written before its name: "Polda Jatim", "Pemprov Jateng", "Kanwil …"
_PROVINCE_BODY = re.compile(r"\b(?:polda|pemprov|pemprop|kanwil|kodam|dprd|gubernur)\s+$", _I)
# ... or any body named by its short form before the word "Provinsi" ("DPMPTSP Provinsi A, DPMPTSP Kota B", "BPSDM
# Provinsi A"): the province's own office, gone to beside the town's
_BODY_OF_PROVINCE = re.compile(r"\b[A-Z]{3,}[a-z]?[A-Z]*\s+$")
_PROVINCE_WORD = re.compile(r"(?:provinsi|propinsi|prov\.)\s", _I)
_PROVINCE_GOVERNMENT = re.compile(places.PROVINCE_GOVERNMENT + r"\b", _I)


def without_bare_seats(members: list[Place], regions: list[places.Region], text: str) -> list[places.Region]:
    """Senders of one sentence less a town named bare ("Banjarmasin (Antaranews Kalsel) - … anggota DPRD Kalimantan
    Selatan … ke luar daerah": no kind, no government, no body of its own) beside its own province, which is named
    as a sender: the seat the report is filed from, not a second group (li-11 antarakalsel)."""
    provinces = {r.name for r in regions if r.kind == "province"}
    if not provinces:
        return regions
    return [
        r
        for r in regions
        if r.kind == "province"
        or r.province not in provinces
        or any(
            m.region == r
            and (
                m.mention.explicit_kind
                or m.mention.government
                or _TOWN_BODY.search(text, max(0, m.mention.start - 12), m.mention.start)
            )
            for m in members
        )
    ]


# a town's own body named before it: "DPRD Padang", "Pemkot Padang", "Bupati Agam"
_TOWN_BODY = re.compile(r"\b(?:DPRD|DPRK|pemkot|pemkab|bupati|wali\s*kota|walikota)\s+$", _I)


def distinct_regions(members: list[Place], text: str = "") -> list[places.Region]:
    """The regions of a list, once each. A province listed with one of its own regencies is only
    their setting ("pembangunan di Banten serta Kabupaten Tangerang"), unless the text names a
    body of the province there ("Polda Jatim, Polrestabes Surabaya")."""
    regions: list[places.Region] = []
    for m in members:
        if m.region not in regions:
            regions.append(m.region)

    def a_body(region: places.Region) -> bool:
        return any(
            m.region == region
            and (
                _PROVINCE_BODY.search(text, max(0, m.mention.start - 12), m.mention.start)
                or (
                    _PROVINCE_WORD.match(m.mention.text + " ") is not None
                    and _BODY_OF_PROVINCE.search(text, max(0, m.mention.start - 14), m.mention.start) is not None
                )
                # ... or its government named in the mention itself ("Pemkab A dan Pemerintah Provinsi B"):
                # a body visited of its own, not the regency's address
                or (m.mention.government and _PROVINCE_GOVERNMENT.match(m.mention.text) is not None)
            )
            for m in members
        )

    return [
        r
        for r in regions
        if not (r.kind == "province" and any(o.province == r.name for o in regions if o is not r)) or a_body(r)
    ]
