"""Trips abroad: a study trip whose destination is a country outside Indonesia.

SCHEMA.md: a foreign destination has `province` and `regency` null and its host is the country
as written ("Cina", "India"). Reports name the country after a word of going there ("studi
banding ke Malaysia", "berangkat ke negara Cina dan India", "14 orang di India") in a sentence
that tells a trip; when a group is divided among countries each part is a visit with its own
count and days ("26 orang ke Cina … 3-18 September, sementara 14 peserta ke India … 2-15
September"). The country names live in data/countries.json, with the capitals and major cities that stand for them.

One concern: the countries a trip abroad goes to, and each one's visit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from diklat_cli.extract import byline, dates, places, programs, verbs
from diklat_cli.extract.called_off import CALLED_OFF_NEEDLES, called_off_at
from diklat_cli.extract.countries import data as _data
from diklat_cli.extract.numbers import cardinal_words, ordinal_words, parse_int
from diklat_cli.extract.place_roles import place_scores
from diklat_cli.extract.sentences import sentence_at, sentence_spans
from diklat_cli.extract.tallies import tallied_at
from diklat_cli.models import Evidence, Extraction

# the words that make a country the place travelled to: "ke (negara) X", "menuju X", "berada di X",
# "mengunjungi X", and a counted part of a group "14 orang di X"
# (any verb of visiting, menyinggahi; any verb of being or stopping there: singgah, transit, mendarat,
# tinggal, menetap, menginap, bermalam di)
# a foreign city's name: up to three capitalised words ("Kuala Lumpur", "Ho Chi Minh")
_CITY = r"(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}"
_TO = (
    r"(?:\b(?:" + verbs.GOING_TO + r"|menyinggahi"
    r"|(?:berada|tiba|belajar|singgah|transit|mendarat|tinggal|menetap|menginap|bermalam)\s+di)"
    r"|\d+\s+(?:\w+\s+){1,2}di"
    # a group named by where it goes: "peserta dengan negara tujuan Jepang", "kelompok negara tujuan Kanada";
    # the countries listed after it: "Negara tujuan antara lain Jepang dan …", "negara tujuannya yakni …"
    r"|\bnegara\s+tujuan(?:nya)?(?:\s+(?:antara\s+lain|yaitu|yakni|adalah|ialah|meliputi|di\s*antaranya))?\s*:?"
    # the study named, then where: "studi banding di Jepang", "benchmarking di Malaysia"
    r"|\b(?:benchmark\w*|stud[iy]\s+\w+|kaji\s+banding|kunjungan\s+\w+|magang)\s+di"
    # a city first, then its country: "ke Kuala Lumpur, Malaysia"
    r"|\bke\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s*,"
    # ... where the group is, or several cities of one country: "benchmarking di Beijing dan Chengdu, China", "di
    # Tokyo, Jepang", "ke Kuala Lumpur dan Penang, Malaysia" (lj-08 minanews, ks-17 lemhannas, lu-07 kompas, mi-12
    # antarasumut); the cities capitalised, as names are
    r"|\b(?:ke|di)\s+" + _CITY + r"(?:\s*(?:,|dan|serta|&)\s*" + _CITY + r"){0,3}\s*,)"
    r"\s+(?:negara\s+|negeri\s+)?$"
    # ... or its country in brackets: "ke Kota Kinabalu (Malaysia)", "ke Guangzhou (Tiongkok)"
    r"|\bke\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s*\(\s*$"
    # ... or listed after a place at home gone to: "ke Kota Batam dan Singapura" (`_listed_with_home`)
    r"|\b(?:ke|menuju|" + verbs.VISITING + r")\s+(?:(?-i:[A-Z])[\w.-]*\s+){1,3}(?:dan|serta|&)\s+$"
)
# a country (or a list of them) told as visited by the group after it, as a place at home is (role_patterns
# DEST_POST): "Jerman dan Jepang akan didatangi dua tim pansus", "Korea Selatan juga dikunjungi rombongan"
_VISITED_AFTER = re.compile(
    r"(?:\s*(?:,|dan|serta|&)\s*(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?){0,4}\s+"
    r"(?:(?:akan|sudah|telah|juga|pun|pula|bakal)\s+){0,2}(?:" + verbs.VISITED + r")\b",
    re.IGNORECASE,
)
# a city is gone to only after a word of going or arriving ("ke Tokyo", "mengunjungi Seoul", "tiba di Bangkok"):
# a city is where much stands or happened that no group goes to ("pusatnya berada di Canberra", "belajar di London")
_CITY_TO = re.compile(r"\b(?:" + verbs.GOING_TO + r"|(?:tiba|mendarat)\s+di)\s+$", re.IGNORECASE)
_NAME_GOES_ON = re.compile(r"[^\S\n]+(?-i:[A-Z][a-z])")
_AND = re.compile(r"\s*(?:,\s*(?:dan|serta|&)?|dan|serta|&|lalu)\s*(?:negara\s+)?$")
# an Indonesian place gone to: "ke Kabupaten Badung", "ke Pemkot Batam", "ke Bali"
# (on one line: "… Studi Banding ke Malaysia" closing a headline does not send the group to the
# dateline's city on the next line)
_TO_HOME = re.compile(r"\b(?:ke|menuju)[^\S\n]+(?:[A-Z][\w.-]*[^\S\n]+){0,2}$")
# a count that is the whole group before it is divided: "40 peserta itu dibagi ke dua negara", "18 anggota
# … studi banding ke tiga negara, yaitu …" (the countries counted: the count is of all who go)
_WHOLE = re.compile(
    rf"\b(?:dibagi|terbagi|terdiri|berjumlah|total|(?:{cardinal_words(2, 8)}|\d{{1,2}})\s+negara)\b",
    re.IGNORECASE,
)
_WINDOW = 80
# A trip to several countries is announced by counting them, then listing them: "studi banding ke tiga
# negara, yaitu Turki, Yunani, dan India", "ada tiga negara yang mereka datangi, yakni …", "ke dua
# negara: Belanda dan Australia". The count must be of countries gone to ("ke N negara", "N negara
# tujuan", "N negara yang dikunjungi"): "bersama dua negara lain, yaitu …" lists no trip.
# (any count, up to ten, or word of many; any verb of going to them, mengunjungi, menyambangi …; any word
# opening the list, seperti, masing-masing, adalah, termasuk, mencakup too)
_COUNT_WORD = rf"(?:{cardinal_words(2, 10)}|sepuluh|\d{{1,2}}|beberapa|sejumlah|berbagai|banyak)"
_LISTED = re.compile(
    rf"(?:(?P<to>\b(?:ke|{verbs.VISITING}|menyinggahi|menjelajahi)\s+(?:ke)?{_COUNT_WORD}\s+(?:negara|kota|sister\s+city))"
    rf"(?:\s+tujuan)?|\b{_COUNT_WORD}\s+negara\s+(?:tujuan|(?:yang|yg)\s+(?:\w+\s+){{0,2}}?(?:di)?"
    r"(?:kunjungi|datangi|tuju|sambangi|singgahi|jelajahi))"
    # ... or named as the trip's goal, not counted, words between: "Negara yang direncanakan menjadi tujuan Komisi V
    # antara lain …", "Negara tujuan yang dipilih adalah …", "Negara yang akan disinggahi rombongan yakni …" (a stop
    # where the trip is told in its sentence or the one before: trade and tourists have goals too, `_goal_told`)
    # (the sentence glued to the one before where a page lost its breaks: "… satu atau dua negaraNegara yang …")
    r"|(?P<goal>(?:\b|(?<=[a-z])(?=(?-i:N)))negara\s+(?:tujuan\s+(?:yang|yg)\s+(?:\w+\s+){0,2}?(?:dipilih|dituju|direncanakan|ditetapkan)"
    r"|(?:(?:yang|yg)\s+)?(?:\w+\s+){0,2}?(?:menjadi|dijadikan)\s+tujuan"
    r"|(?:yang|yg)\s+(?:\w+\s+){0,2}?(?:di(?:kunjungi|datangi|tuju|sambangi"
    r"|singgahi|jelajahi)))))"
    r"(?:\s+\w+){0,3}?\s*,?\s*(?:yaitu|yakni|antara\s+lain|di\s*antaranya|meliputi|seperti|masing-masing|adalah"
    r"|termasuk|mencakup|:)\s*$",
    re.IGNORECASE,
)
# ... or, uncounted, listed after a word of going or after the trip's goal: "akan menyambangi antara lain A, B dan C",
# "berkunjung ke, di antaranya, A dan B", "Baleg merencanakan kunker … dengan tujuan A dan B", "Tujuan kunjungan
# mereka meliputi A dan B", "lawatan dengan tujuan utama: A" (a list word opens the countries, or "tujuan" is the
# goal of a trip named before it in the sentence; not "seperti", which names likenesses, nor the goal of goods,
# "dikirim dengan tujuan A"; a stop where the trip is told in its sentence or the one before, `_goal_told`)
_LIST_WORD = r"(?:yaitu|yakni|antara\s+lain|di\s*antaranya|meliputi|:)"
_TRIP_NOUN = r"(?:kunjungan|kunker|studi\s+banding|kaji\s+banding|perjalanan|lawatan|benchmark\w*)"
_LIST_INTRO = re.compile(
    rf"(?:\b(?:{verbs.GOING_TO}|menyinggahi|menjelajahi)\s*,?\s*(?:negara(?:-negara)?\s+)?{_LIST_WORD}"
    rf"|\b(?:{_TRIP_NOUN}|berangkat|bertolak|terbang|melawat)\b[^.\n]{{0,80}}?\bdengan\s+tujuan(?:\s+(?:utama|akhir))?"
    rf"(?:\s*,?\s*{_LIST_WORD})?"
    rf"|\btujuan(?:nya)?\s+{_TRIP_NOUN}(?:\s+\w+){{0,3}}?\s*,?\s*(?:{_LIST_WORD}|adalah|ialah))"
    r"\s*,?\s*(?:negara\s+)?$",
    re.IGNORECASE,
)
_ONLINE = re.compile(r"\b(?:daring|virtual|online)\b", re.IGNORECASE)


# A trip abroad written as the thing proposed or applied for ("152 kepala desa mengusulkan bimtek ke
# Thailand", "surat permohonan ... dengan tujuan Amerika Serikat", "diusulkan ikut studi banding ke Singapura")
# is where a group wishes to go: the proposal is the news (councils' and villages' requests for trips abroad
# are reported while they wait for a permit), not a trip. The sentence naming the country that way names
# no stop (any word of proposing or applying: usul, usulan, ajukan, pengajuan, permohonan, wacana).
# ("mengajukan"/"diajukan" also ask a question, "wacana" is also knowledge, "mohon" a plea for prayers at a
# send-off: those count only as the application or the plan itself, "surat izin yang diajukan", "mengajukan
# permohonan", "mewacanakan")
_PROPOSED = re.compile(
    r"(?=[mdupsiw])\b(?:(?:meng|di|peng)?usul(?:kan|an)?|pengajuan|permohonan|dimohonkan|(?:me|di)wacanakan"
    r"|(?:surat|izin|rencana|proposal)\s+(?:\w+\s+)?(?:yang\s+)?(?:diajukan|dimohonkan)"
    r"|(?:mengajukan|diajukan)\s+(?:\w+\s+){0,2}?(?:izin|rencana|proposal|perjalanan|keberangkatan|stud[iy]|kunjungan"
    r"|kaji|benchmark\w*|magang))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Stop:
    written: str  # the country as the text writes it
    start: int
    end: int
    stage: bool = False  # a course's stage held there (`_STAGE_AT`), not a place gone to by a word of going


# A course with a stage abroad is often told only by where the stage is held, no word of going: "KPPD … digelar di
# Jakarta dan Singapura", "peserta menjalani kursus intensif tujuh hari di Singapura", "Tahap kedua dijalani di
# Singapura", "tahap kedua di Korea Selatan": the country is the cohort's stop, and a place at home beside it
# ("di Jakarta dan …") is where the course itself runs, no trip (docs/schema.md: sessions at the programme's own
# campus are no visit). The course or its stage named, then a verb of holding or undergoing it (any: digelar,
# dijalani, dilaksanakan, diselenggarakan, berlangsung, bertempat), or the verb first, then the course; or a stage
# counted by its order with only its days between it and the place ("Sesi kedua, 5-9 Maret, di Jepang").
# (not a stage held online, "sesi daring bersama … di Jepang"; a foreign city alone is never such a stop)
_STAGE = (
    r"(?:kursus|pelatihan|diklat|tahap(?:an)?|sesi|modul|rangkaian|component\s+study|pembelajaran"
    r"|kunjungan\s+lapangan)\b"
)
_HOLDING = r"(?:dijalani|digelar|dilaksanakan|diselenggarakan|berlangsung|bertempat|diadakan)\b"
_STAGE_AT = re.compile(
    r"(?:\b" + _STAGE + r"[^.\n]{0,80}?\b" + _HOLDING + r"|\b(?:menjalani|menggelar|menyelenggarakan|melaksanakan"
    r"|mengadakan)\s+(?:[\w()-]+\s+){0,6}?"
    + _STAGE
    # ... or the cohort taking part in it, the course or the programme it belongs to: "ikut dalam agenda Kursus …
    # di Singapura", "mengikuti Shadowing Program … di Polandia"
    # (not a person's own past schooling: "yang pernah mengikuti pelatihan di Jepang")
    + r"|(?<!pernah\s)(?<!sempat\s)\b(?:ikut|mengikuti)\s+(?:[\w()-]+\s+){0,6}?(?:"
    + _STAGE
    + r"|program|agenda)"
    + r"|\b(?:tahap|sesi|modul|gelombang)\s+(?:"
    + ordinal_words(1, 8)
    + r"|ke-?\s*\d|(?-i:[IVX]{1,4})\b)[^.\n]{0,30}?)"
    r"[^.\n]{0,80}?"
    r"\bdi\s+(?:(?-i:[A-Z])[\w-]*\s+(?:dan|serta|&)\s+)?(?:negara\s+)?$",
    re.IGNORECASE,
)


def _stage_at(text: str, sent: tuple[int, int], at: int) -> bool:
    """A course's stage is told as held at the country written at `at` (`_STAGE_AT`), not online."""
    return (
        _STAGE_AT.search(text[max(sent[0], at - 200) : at]) is not None
        and _ONLINE.search(text, sent[0], sent[1]) is None
    )


def stage_held_abroad(text: str) -> bool:
    """Some course stage is told as held in a foreign country (not a foreign city): the cohort went abroad
    for it, though no word of going is written."""
    country = _res()[0]
    cities = _cities()
    sents = sentence_spans(text)
    return any(
        m.group() not in cities
        and "di " in text[max(0, m.start() - 40) : m.start()]
        and _stage_at(text, sentence_at(sents, m.start()), m.start())
        for m in country.finditer(text)
    )


def _forms() -> dict[str, str]:
    """Every written form of every country, its capital and major cities too (data/countries.json "countries",
    "cities"), to the country's name."""
    data = _data()
    return {form: name for key in ("countries", "cities") for name, forms in data[key].items() for form in forms}


@cache
def _cities() -> frozenset[str]:
    return frozenset(form for forms in _data()["cities"].values() for form in forms)


def people_words() -> str:
    """The nouns of a counted group of people (data/countries.json "people") as regex alternatives."""
    return "|".join(re.escape(p) for p in _data()["people"])


@cache
def _res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, dict[str, str]]:
    data = _data()
    canonical = _forms()
    names = sorted(canonical, key=len, reverse=True)
    first = "".join(sorted({n[0] for n in names}))
    if all(c.isalpha() for c in first):
        # the names by their first letter, each letter a plain character and the word's start checked
        # behind it: the engine then skips to the letters names start with, not trying every position
        # (the same matches as the gated form below, names of one letter in the same order)
        by_letter = {c: [re.escape(n[1:]) for n in names if n[0] == c] for c in first}
        country = re.compile(
            "(?:" + "|".join(rf"{c}(?<!\w.)(?:" + "|".join(rest) + ")" for c, rest in by_letter.items()) + r")\b"
        )
    else:
        # the first-letter gate keeps the alternation off most positions
        country = re.compile(rf"(?=[{first}])\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    travel = re.compile(r"\b(?:" + "|".join(data["travel"]) + r")\b", re.IGNORECASE)
    count = re.compile(rf"\b(\d{{1,5}})\s+(?:{people_words()})\b", re.IGNORECASE)
    return country, travel, count, re.compile(_TO, re.IGNORECASE), canonical


# a country written as where something took place: "di Jepang", "di Yunnan China" (a region, then its country)
_AT_COUNTRY = re.compile(r"\bdi\s+(?:[A-Z][\w-]*\s+){0,2}$")


def country_as_place(text: str) -> bool:
    """A country is named as where something took place ("mengikuti program pada 5-11 Mei di Yunnan China"),
    whether or not the words make it a stop."""
    country, cities = _res()[0], _cities()
    # (a city "di Tokyo" is where much takes place, an office or a speaker: only a stop makes it a trip's)
    return any(
        _AT_COUNTRY.search(text, max(0, m.start() - 40), m.start())
        for m in country.finditer(text)
        if m.group() not in cities
    )


def _tells_trip(text: str, sent: tuple[int, int]) -> bool:
    _, travel, _, _, _ = _res()
    piece = text[sent[0] : sent[1]]
    return bool(travel.search(piece) or programs.find_activities(piece))


@lru_cache(maxsize=8)
def _stops(text: str) -> tuple[Stop, ...]:
    return tuple(_find_stops(text))


def find_stops(text: str) -> list[Stop]:
    """Countries named as the place a group travels to, in text order (asked twice per article:
    whether the text tells a trip, and where the visits go)."""
    return list(_stops(text))


# A trip abroad is announced in one sentence ("mengirim dua tim studi banding ke luar negeri", "melaksanakan Studi
# Strategis Luar Negeri") and its groups are sent to their countries in the next ("Tim pertama … ke Singapura,
# sedangkan tim kedua … ke Malaysia", "Rombongan dibagi dua, 20 orang ke Thailand dan 20 orang lainnya ke …"):
# a country after a word of going, in a sentence naming a part of the travelling group, right after a sentence
# telling a trip "luar negeri", is a stop though its own sentence has no word of the trip
_ABROAD_TOLD = re.compile(r"\bluar\s+negeri\b", re.IGNORECASE)
# (a part named by its order, label or count, or as the rest: "tim pertama", "kelompok B", "delegasi yang
# dipimpin …", "20 orang", "sebagian"; not a "kelompok tani" whose goods are sent there)
_GROUP_PART = re.compile(
    r"\b(?:(?:tim|kelompok|rombongan|delegasi|gelombang|regu|grup)\s+(?:"
    + ordinal_words(1, 8)
    + r"|lain(?:nya)?|yang|(?-i:[IVX]{1,4}|[A-Z])\b|\d)|\d{1,5}\s+(?:orang|peserta|anggota)|sebagian)",
    re.IGNORECASE,
)


def _abroad_told_before(text: str, sents, sent: tuple[int, int], at: int) -> bool:
    """The sentence before the country's (or the one before that) tells a trip abroad, and the country's own
    sentence names a part of the travelling group before it."""
    if not _GROUP_PART.search(text, sent[0], at):
        return False
    i = next((k for k, s in enumerate(sents) if s == sent), None)
    if i is None:
        return False
    for prev in sents[max(0, i - 2) : i]:
        if _ABROAD_TOLD.search(text, prev[0], prev[1]) and _tells_trip(text, prev):
            return True
    return False


def _goal_told(text: str, sents: list[tuple[int, int]], sent: tuple[int, int]) -> bool:
    """The sentence of countries listed as a goal, or the one before it, tells a trip (`_tells_trip`)."""
    i = next((k for k, s in enumerate(sents) if s == sent), 0)
    return any(_tells_trip(text, s) for s in sents[max(0, i - 1) : i + 1])


def _find_stops(text: str) -> list[Stop]:
    country, _, _, to, _ = _res()
    if not country.search(text):
        return []
    sents = sentence_spans(text)
    stops: list[Stop] = []
    for m in country.finditer(text):
        sent = sentence_at(sents, m.start())
        before = text[max(sent[0], m.start() - 40) : m.start()]
        stage = False
        if m.group() in _cities():
            # (a city's name opening a longer name is no city: "London School of …", "Tokyo Institute of …")
            gone_to = _CITY_TO.search(before) is not None and not _NAME_GOES_ON.match(text, m.end())
        else:
            gone_to = to.search(before) is not None
            if not gone_to and "di " in before:
                # a course's stage held there: the holding tells the trip (no word of going)
                stage = gone_to = _stage_at(text, sent, m.start())
        # "negara tujuan X", "N negara yang didatangi, yaitu X": the words themselves tell the trip
        told = stage or (gone_to and "tujuan" in before.lower())
        if not gone_to and m.group() not in _cities() and _VISITED_AFTER.match(text, m.end(), sent[1]) is not None:
            # (the group named after the verb: a trip told in its sentence or the one before makes it a stop)
            gone_to = told = _goal_told(text, sents, sent)
        if not gone_to and (listed := _LISTED.search(text[max(sent[0], m.start() - 100) : m.start()])):
            gone_to = True
            told = listed.group("to") is None and (listed.group("goal") is None or _goal_told(text, sents, sent))
        if not gone_to and _LIST_INTRO.search(text, max(sent[0], m.start() - 120), m.start()):
            gone_to, told = True, _goal_told(text, sents, sent)
        if not gone_to and stops and stops[-1].end >= sent[0] and _AND.fullmatch(text[stops[-1].end : m.start()]):
            gone_to = True  # "ke negara Cina dan India"
        # the first country must stand in a sentence telling a trip; later ones are its parts
        # ("Sementara 14 peserta ke India, …")
        if gone_to and _PROPOSED.search(text, sent[0], sent[1]):
            continue
        if gone_to and tallied_at(text, sents, sent, m.start()):
            continue
        if gone_to and not (stops or told or _tells_trip(text, sent)):
            told = _abroad_told_before(text, sents, sent, m.start())
        if gone_to and (stops or told or _tells_trip(text, sent)):
            stops.append(Stop(m.group(), m.start(), m.end(), stage))
    if any(s.written in _cities() for s in stops):
        # a report of a trip to a city names its country too ("ke Tokyo, Jepang", "di ibu kota Jepang"); a foreign
        # city named alone is a likeness or an example ("kotanya bisa seperti Tokyo"), no stop
        canonical = _res()[4]
        named = {canonical[m.group()] for m in country.finditer(text) if m.group() not in _cities()}
        stops = [s for s in stops if s.written not in _cities() or canonical[s.written] in named]
    if stops and any(w in text.lower() for w in CALLED_OFF_NEEDLES):
        # a country a trip to which was called off ("Yang ke Jepang batal", "urung berangkat ke Arab Saudi") is
        # gone to nowhere in the article, wherever else it is named, as a region is (called_off.called_off_regions)
        canonical = _res()[4]
        off = {
            canonical.get(m.group(), m.group())
            for m in country.finditer(text)
            if called_off_at(text, sentence_at(sents, m.start()), m.start(), m.end())
        }
        stops = [s for s in stops if canonical.get(s.written, s.written) not in off]
    return stops


def _listed_with_home(text: str, stops: list[Stop]) -> list[tuple[Stop, places.PlaceMention]]:
    """The countries listed with a place at home after one word of going ("ke Singapura dan Batam", "mengunjungi
    Kota Pontianak serta Kuching, Malaysia"): a trip that goes both abroad and at home names its stops in one list,
    and each is a stop of the group, whichever comes first."""
    if not stops:
        return []
    listed: list[tuple[Stop, places.PlaceMention]] = []
    for mention in places.find_places(text):
        for stop in stops:
            if stop.stage:
                continue  # "digelar di Jakarta dan Singapura": the course runs at home, no trip there
            if (0 <= mention.start - stop.end <= 12 and _AND.fullmatch(text, stop.end, mention.start)) or (
                0 <= stop.start - mention.end <= 12 and _AND.fullmatch(text, mention.end, stop.start)
            ):
                listed.append((stop, mention))
    return listed


def _beside_home(text: str, listed: list[tuple[Stop, places.PlaceMention]], base: Extraction) -> list[Extraction]:
    """The visit at home, gone to the place listed when none was found, and a visit to each country listed with
    it (`_listed_with_home`): the same group on the same trip, its count and days the trip's."""
    canonical = _res()[4]
    stops = sorted({stop for stop, _ in listed}, key=lambda s: s.start)
    home = base
    if base.visit.destination.province is None and (region := places.resolve(listed[0][1])) is not None:
        mention = listed[0][1]
        visit = base.visit.model_copy(deep=True)
        visit.destination.province = region.province
        visit.destination.regency = region.name if region.kind != "province" else None
        visit.destination.host = text[mention.start : mention.end]
        evidence = dict(base.evidence)
        evidence["destination.province"] = Evidence(spans=[(mention.start, mention.end)], confidence=0.6)
        home = Extraction(visit=visit, evidence=evidence)
    out = [home]
    for name in dict.fromkeys(canonical[s.written] for s in stops):
        mine = next(s for s in stops if canonical[s.written] == name)
        visit = base.visit.model_copy(deep=True)
        visit.destination.province = visit.destination.regency = None
        visit.destination.host = mine.written
        visit.host_agencies = []
        evidence = dict(base.evidence)
        evidence["destination.host"] = Evidence(spans=[(mine.start, mine.end)], confidence=0.6)
        out.append(Extraction(visit=visit, evidence=evidence))
    return out


def _goes_home(text: str) -> bool:
    """An Indonesian place is named as where a group goes: the trip is not (only) abroad."""
    sents = sentence_spans(text)
    stops = find_stops(text)
    if _listed_with_home(text, stops):
        return True
    for mention in places.find_places(text):
        sent = sentence_at(sents, mention.start)
        if _TO_HOME.search(text[max(0, mention.start - 40) : mention.start]) and _tells_trip(text, sent):
            # a leg on the way out: "menuju Jakarta, … sebelum terbang ke Thailand", "bertolak ke Jakarta dan
            # melanjutkan perjalanan menuju Australia" (a country gone to next, in the same sentence)
            if any(
                mention.end < s.start <= min(sent[1], mention.end + 160)
                and _ONWARD.search(text, mention.end, s.start)
                and not _STUDIED.search(text, mention.end, s.start)
                for s in stops
            ):
                continue
            return True
    return False


# the way out of the country through a home place: "sebelum terbang ke", "dan melanjutkan perjalanan menuju",
# "untuk kemudian bertolak ke" (a verb of flying, setting off or going on, then "ke/menuju" right before it)
_ONWARD = re.compile(
    r"\b(?:terbang|bertolak|berangkat|transit|melanjutkan\s+(?:perjalanan|penerbangan))\s+(?:lagi\s+)?"
    r"(?:ke|menuju)\s+(?:negara\s+|negeri\s+)?$",
    re.IGNORECASE,
)
# ... with nothing learnt at the home place: "ke Batam untuk belajar …, lalu terbang ke Singapura" is a stop
_STUDIED = re.compile(r"\b(?:belajar|mempelajari|stud[iy]|benchmark\w*|kaji\s+banding|kunjungan|menimba)\b", re.I)


def _home_trip_first(text: str, visit, first_stop: int) -> bool:
    """The place the visit was found to go to is named before the first country (the dateline aside):
    the article's trip is that one, and the country a story told later ("Wali Kota pernah studi
    banding ke Jepang")."""
    if visit.destination.province is None:
        return False
    if (visit.destination.province, visit.destination.regency) == (visit.origin.province, visit.origin.regency):
        return False  # the travellers' home taken for the place gone to: no trip at home is told
    line = byline.find_byline(text)
    skip = (line.dateline.start, line.dateline.end) if line.dateline else (0, 0)
    # in the country's own sentence a place before it is the sender ("Bupati Jember melepas … ke Jepang")
    # unless the group goes to it
    sents = sentence_spans(text)
    sent_start = sentence_at(sents, first_stop)[0]
    for mention in places.find_places(text[:first_stop]):
        if skip[0] <= mention.start < skip[1]:
            continue
        to_home = _TO_HOME.search(text[max(0, mention.start - 40) : mention.start]) is not None
        if mention.start >= sent_start and not to_home:
            continue
        region = places.resolve(mention)
        if region is not None and visit.origin.province in (region.province, region.name) and not to_home:
            continue  # the travellers' own region named as theirs ("15 anggota DPRD Jawa Timur bertolak …")
        if region is None or visit.destination.province not in (region.province, region.name):
            continue
        # a place the words around it do not send a group to (where the course runs, "Kursus berjalan …
        # di Jakarta"; where a speaker spoke, "kata X di Jakarta") tells no trip at home
        if to_home or place_scores(text, sentence_at(sents, mention.start), mention)[0] >= 2:
            return True
    return False


def _count_for(text: str, stops: list[Stop], mine: list[Stop]) -> int | None:
    """The count written closest before one of the country's mentions ('26 orang akan berada di Cina')."""
    _, _, count, _, canonical = _res()
    sents = sentence_spans(text)
    best: tuple[int, int] | None = None
    for stop in mine:
        sent = sentence_at(sents, stop.start)
        others = [s.end for s in stops if s.end <= stop.start and canonical[s.written] != canonical[stop.written]]
        lo = max([sent[0], stop.start - _WINDOW, *others])
        for m in count.finditer(text, lo, stop.start):
            gap = text[m.end() : stop.start]
            if _WHOLE.search(gap):
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), int(m.group(1)))
    return best[1] if best else None


# a count told once after a list of countries for each of them: "ke Jepang dan Korea Selatan, masing-masing 10
# peserta"
_EACH_AFTER = re.compile(
    r"\s*,?\s*(?:dengan\s+)?masing-masing\s+(?:sebanyak\s+|berjumlah\s+)?(\d{1,5})\s+(?:\w+\s+)?(?:orang|peserta)\b",
    re.IGNORECASE,
)
# words that divide a group: where they stand, a count before a list of countries is not every country's
_DIVIDES = re.compile(
    r"\b(?:dibagi|terbagi|dipecah|sebagian|masing-masing|sisanya|lainnya|(?:se)?tiap\s+negara)\b", re.IGNORECASE
)


def _list_count(text: str, stops: list[Stop], countries: int, total: int | None) -> int | None:
    """The count every country of a trip shares when they are written as one list (docs/schema.md, "One group,
    several places"): a count after the list for each ("…, masing-masing 10 peserta"), or the whole group's count,
    written before the list or elsewhere, when no word divides the group; None when the countries are not one
    list or the group is divided among them."""
    canonical = _res()[4]
    run = [stops[0]]
    for nxt in stops[1:]:
        if not _AND.fullmatch(text, run[-1].end, nxt.start):
            break
        run.append(nxt)
    if len({canonical[s.written] for s in run}) != countries or len({canonical[s.written] for s in stops}) != countries:
        return None
    if each := _EACH_AFTER.match(text, run[-1].end):
        return int(each.group(1))
    if _DIVIDES.search(text):
        return None
    before = _count_for(text, stops, run[:1])
    return before if before is not None else total


# days written just before where they go: "Pada 31 Oktober sampai 6 November 2021 ke Ekuador",
# "tanggal 4-6 Oktober ke Thailand, lalu …" (an itinerary or a letter lists each leg as days, then place)
# (... the country maybe in brackets after its city: "25 sampai 29 April ke Tokyo (Jepang)")
_DAYS_THEN_TO = re.compile(
    r"[\s,]*(?:ke|menuju)\s+(?:negara\s+)?(?:(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?-i:[A-Z])[\w-]*\s*\(\s*)?$", re.IGNORECASE
)


def _days_before(text: str, stops: list[Stop], stop: Stop, year: int | None) -> tuple[dt.date, dt.date] | None:
    sent = sentence_at(sentence_spans(text), stop.start)
    lo = max([sent[0], stop.start - 120, *(s.end for s in stops if s.end <= stop.start)])
    found = dates.find_dates(text[lo : stop.start])
    if found and _DAYS_THEN_TO.fullmatch(text[lo + found[-1].end : stop.start]):
        return found[-1].resolve(year)
    return None


# the days a stage abroad is told to take, right after its country: "Tahap kedua dijalani di Singapura (9-16 November)",
# "sesi kedua di Jepang pada 5-9 Maret"
_STAGE_DAYS_GAP = re.compile(
    r"[\s,(]*(?:(?:pada|tanggal|mulai)\s+)?(?:(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*,?\s*\(?)?",
    re.IGNORECASE,
)


def _stage_days(text: str, stop: Stop, year: int | None) -> tuple[dt.date, dt.date] | None:
    """The days written right after a stage abroad's country, in its sentence: a place's own days replace the
    trip's span there (docs/schema.md, "One group, several places"), the course's days at home are not the
    stage's."""
    sent = sentence_at(sentence_spans(text), stop.start)
    found = dates.find_dates(text[stop.end : min(sent[1], stop.end + 60)])
    if found and _STAGE_DAYS_GAP.fullmatch(text, stop.end, stop.end + found[0].start):
        return found[0].resolve(year)
    return None


def _days_for(text: str, stops: list[Stop], mine: list[Stop], year: int | None) -> tuple[dt.date, dt.date] | None:
    """The days written just before one of the country's mentions ("6-8 Mei ke Austria"), else the first
    days written after one and before another country's."""
    canonical = _res()[4]
    for stop in mine:
        if (days := _days_before(text, stops, stop, year)) is not None:
            return days
    for stop in mine:
        nxt = min(
            (s.start for s in stops if s.start > stop.end and canonical[s.written] != canonical[stop.written]),
            default=len(text),
        )
        for d in dates.find_dates(text[stop.end : min(nxt, stop.end + 250)]):
            days = d.resolve(year)
            if days is not None:
                return days
    return None


def _counted_countries(text: str, stops: list[Stop], base: Extraction) -> list[Extraction]:
    """A programme that went both at home and abroad, its foreign leg told as countries counted and then
    named ("studi strategis luar negeri ke lima negara, yaitu A, B, C, D, dan E"): a visit to each
    country beside the visits at home, when the count is the list's own length."""
    canonical = _res()[4]
    for i, stop in enumerate(stops):
        intro = _LISTED.search(text, max(0, stop.start - 100), stop.start)
        if intro is None or intro.group("to") is None:
            continue
        listed = [stop]
        for nxt in stops[i + 1 :]:
            if not _AND.fullmatch(text, listed[-1].end, nxt.start):
                break
            listed.append(nxt)
        count = parse_int(intro.group("to").split()[-2])
        names = list(dict.fromkeys(canonical[s.written] for s in listed))
        if count is None or count != len(names) or count < 2:
            return []
        out = []
        for name in names:
            mine = next(s for s in listed if canonical[s.written] == name)
            visit = base.visit.model_copy(deep=True)
            visit.destination.province = visit.destination.regency = None
            visit.destination.host = mine.written
            visit.host_agencies = []
            visit.participants = visit.start_date = visit.end_date = None
            if visit.activity == "ksdn":
                visit.activity = "other"  # (SCHEMA: ksdn is the domestic component only)
            evidence = dict(base.evidence)
            evidence["destination.host"] = Evidence(spans=[(mine.start, mine.end)], confidence=0.6)
            out.append(Extraction(visit=visit, evidence=evidence))
        return out
    return []


# the travellers named by their region's council, head or government: "anggota DPRD Batam", "Bupati
# Musirawas", "Komisi A DPRD DIY", "Pemkab X" (any council, DPRD/DPRK, any head of region, any government)
_OWNER = (
    r"\b(?P<body>DPRD|DPRK|Bupati|Wakil\s+Bupati|Wali\s*[Kk]ota|Wakil\s+Wali\s*[Kk]ota|Gubernur|Wakil\s+Gubernur"
    r"|Pemkab|Pemkot|Pemprov|Pemerintah\s+(?:Kabupaten|Kota|Provinsi))\s+(?:Kabupaten\s+|Kota\s+|Provinsi\s+)?"
)


def _home_owner(text: str, visit) -> tuple[str | None] | None:
    """A trip abroad tells no place at home gone to: when the place taken for the destination is the region
    whose council, head or government the report names ("20 anggota DPRD DIY ke Italia", "Bupati Musirawas
    … belajar ke empat negara", "anggota DPRD Batam kunker ke Kamboja") and no sender was found, that
    region is the travellers' home. Then the sending body as the text writes it: the council or government
    named, the region for a head of region ("Kabupaten Musirawas"), else None; None when not home."""
    if visit.origin.province is not None or visit.origin.institution is not None:
        return None
    host = visit.destination.host
    if visit.destination.province is None or not host:
        return None
    # the region's name, however the host was written ("Kabupaten X", "Pemkab X", "X")
    name = re.sub(_OWNER, "", host.strip(), count=1)
    name = re.sub(r"^(?:Kabupaten|Kota|Provinsi)\s+", "", name)
    if not name or name.lower() not in text.lower():
        return None  # needle before the regex
    # (the place may be taken from the dateline, in capitals: "BLORA - Bupati Blora …")
    m = re.search(_OWNER + "(?i:" + re.escape(name) + r")\b", text)
    if m is None:
        return None
    if m.group("body").startswith(("DPR", "Pem")):
        return (m.group(),)
    return (host if re.match(r"(?:Kabupaten|Kota|Provinsi)\s", host) else None,)


# a body abroad is named in its own language, English with the kind of body after the name ("Lee Kuan Yew School
# of Public Policy, National University of Singapore (NUS)", "Razak School of Government (RSOG)", "National
# Police Agency"), Malay with it first ("Jabatan Pengkhidmatan Awam (JPA)"); the bodies a single-country trip
# went to or studied at ("tepatnya di A", "belajar di B", "lokus utama: C dan D") are its units visited
# (any English word for a kind of body: school, university, institute, agency, academy, college, ministry,
# department, authority, commission; Malay jabatan, universiti)
_FOREIGN_NAME = r"[A-Z][\w'’-]*"
_FOREIGN_BODY = re.compile(
    r"(?:(?:" + _FOREIGN_NAME + r"\s+){0,4}(?:School|University|Institute|Agency|Academy|College|Ministry|Department"
    r"|Authority|Commission)(?:\s+(?:of|for)(?:\s+(?:" + _FOREIGN_NAME + r"|and|&)){1,5})?"
    r"|(?:Jabatan|Universiti)(?:\s+" + _FOREIGN_NAME + r"){1,5})"
    # (a school named with the university it belongs to: "…, National University of Singapore")
    r"(?:,\s+(?:" + _FOREIGN_NAME + r"\s+){0,3}(?:University|Universiti)(?:\s+of(?:\s+" + _FOREIGN_NAME + r"){1,3})?)?"
    r"(?:\s*\([A-Z]{2,8}\))?"
)
_FOREIGN_BODY_WORDS = (
    "School",
    "Universit",
    "Institute",
    "Agency",
    "Academy",
    "College",
    "Ministry",
    "Department",
    "Authority",
    "Commission",
    "Jabatan",
)
_AT_FOREIGN_BODY = re.compile(r"(?:\b(?:" + verbs.GOING_TO + r"|di)|lokus(?:\s+\w+)?\s*:|\bdan)\s+$", re.IGNORECASE)


# a course's stage abroad is held with the bodies there it is run with: "dijalani bersama The A School of Public
# Policy", "bekerja sama dengan Kemendagri, A School …, serta B University" (any word of partnering: bersama,
# bekerja sama, bermitra, berkolaborasi dengan); each body of the list after it
_PARTNER = re.compile(r"\b(?:bersama|(?:bekerja\s*sama|kerja\s*sama|bermitra|berkolaborasi)\s+dengan)\b", re.IGNORECASE)
_PARTNER_LIST = re.compile(r"(?:\b(?:bersama|dengan|serta|dan)|,)\s+$", re.IGNORECASE)


def _foreign_units(text: str, stage: bool = False) -> list[str]:
    """The bodies abroad a trip went to, named in their own language after a word of going or studying there, or
    for a course's stage held there, the bodies it is run with (`_PARTNER`)."""
    if not any(w in text for w in _FOREIGN_BODY_WORDS):
        return []  # needle before the regex
    found: list[str] = []
    sents = sentence_spans(text) if stage else []
    for m in _FOREIGN_BODY.finditer(text):
        if _AT_FOREIGN_BODY.search(text, max(0, m.start() - 30), m.start()) is None and not (
            stage
            and _PARTNER_LIST.search(text, max(0, m.start() - 12), m.start())
            and _PARTNER.search(text, sentence_at(sents, m.start())[0], m.start())
        ):
            continue
        if re.match(r"\s*/", text[m.end() : m.end() + 3]):
            continue  # "Public Service Department /Jabatan A (JPA)": the same body in the other language follows
        name = m.group()
        if name.lower() not in (f.lower() for f in found):
            found.append(name)
    return found


# the days of a course told as held at home: "Kursus berjalan sejak 5 hingga 19 November di Jakarta", "KPPD … yang
# dibuka Mendagri di Jakarta, pada 5 November": a course word, a verb of running or opening it, then "di" a place at
# home, in one sentence that names no country
_COURSE_AT_HOME = re.compile(
    r"\b" + _STAGE + r"[^.\n]{0,120}?\b(?:berjalan|dibuka|" + _HOLDING + r")[^.\n]{0,120}?\bdi\s+$", re.IGNORECASE
)


def _course_days_at_home(text: str, stops: list[Stop], base: Extraction) -> bool:
    """The article tells the course held at home (`_COURSE_AT_HOME`) and the trip's first day was read from a sentence
    that names no country gone to: those are the course's days, not the stay abroad's (docs/schema.md, "One group,
    several places")."""
    spans = base.evidence.get("start_date")
    if base.visit.start_date is None or spans is None or not spans.spans:
        return False
    sents = sentence_spans(text)
    sent = sentence_at(sents, spans.spans[0][0])
    if any(sent[0] <= s.start < sent[1] for s in stops):
        return False
    for mention in places.find_places(text):
        home = sentence_at(sents, mention.start)
        if not any(home[0] <= s.start < home[1] for s in stops) and _COURSE_AT_HOME.search(
            text, max(home[0], mention.start - 250), mention.start
        ):
            return True
    return False


def foreign_trips(text: str, results: list[Extraction], published: dt.date | None = None) -> list[Extraction]:
    """The visits, each going abroad when the trip the article tells goes to countries outside Indonesia."""
    if not results:
        return results
    stops = find_stops(text)
    if not stops:
        return results
    if _goes_home(text):
        # a trip at home as well: only a counted list of countries, or countries listed with the place at home,
        # stand beside it
        if listed := _listed_with_home(text, stops):
            return _beside_home(text, listed, results[0]) + results[1:]
        return results + _counted_countries(text, stops, results[0])
    canonical = _res()[4]
    by_country: dict[str, list[Stop]] = {}
    for stop in stops:
        by_country.setdefault(canonical[stop.written], []).append(stop)
    base = results[0]
    if _home_trip_first(text, base.visit, stops[0].start):
        return results + _counted_countries(text, stops, base)
    year = base.visit.start_date.year if base.visit.start_date else (published.year if published else None)
    own_days = {name: _days_for(text, stops, mine, year) for name, mine in by_country.items()}
    # the groups are told apart by their days only when two of them are given different days; one set
    # of days written after a list of countries ("ke tiga negara, yaitu …. Mereka berangkat pada 17
    # Maret") is the whole trip's, and every group shares the trip's days
    apart = len({d for d in own_days.values() if d is not None}) > 1
    # every group the article sends goes: cohorts or bodies travelling abroad together (two cohorts, the
    # mayors of several cities on one delegation) are each a visit there, as at home, not only the first
    groups: list[Extraction] = []
    seen: set[tuple] = set()
    for r in results:
        v = r.visit
        key = (v.program, v.cohort, v.origin.institution, v.origin.regency, v.origin.province)
        if key not in seen:
            seen.add(key)
            groups.append(r)
    out: list[Extraction] = []
    for (name, mine), group in ((c, g) for g in groups for c in by_country.items()):
        visit = group.visit.model_copy(deep=True)
        evidence = dict(group.evidence)
        if (home := _home_owner(text, visit)) is not None:
            visit.origin.institution = home[0]
            visit.origin.province, visit.origin.regency = visit.destination.province, visit.destination.regency
            for path in ("origin.institution", "origin.province", "origin.regency"):
                evidence[path] = Evidence(spans=evidence.get("destination.province", Evidence()).spans, confidence=0.5)
        visit.destination.province = visit.destination.regency = None
        if visit.activity == "ksdn":
            visit.activity = "other"  # (SCHEMA: ksdn is the domestic component only; "studi strategis ke Jepang")
        # the country as written when it is named as a stop, else its city ("ke Tokyo, Jepang" is Jepang's)
        named = next((s for s in mine if s.written not in _cities()), mine[0])
        visit.destination.host = named.written
        evidence["destination.host"] = Evidence(spans=[(named.start, named.end)], confidence=0.7)
        if len(by_country) == 1 and not visit.host_agencies:
            visit.host_agencies = _foreign_units(text, stage=named.stage)
        if named.stage and (days := _stage_days(text, named, year)) is not None:
            visit.start_date, visit.end_date = days
        elif len(by_country) == 1 and _course_days_at_home(text, stops, group):
            visit.start_date = visit.end_date = None
        if len(by_country) > 1:
            visit.host_agencies = []  # the units named cannot be told to one country or another
            # the group divided among countries: each part its own count and days, never the total
            # ... unless the countries are one list the whole group went to, or each given one count
            whole = _list_count(text, stops, len(by_country), visit.participants)
            visit.participants = whole if whole is not None else _count_for(text, stops, mine)
            if apart:
                days = own_days[name]
                visit.start_date, visit.end_date = days if days else (None, None)
        out.append(Extraction(visit=visit, evidence=evidence))
    return out


__all__ = ["Stop", "find_stops", "foreign_trips"]
