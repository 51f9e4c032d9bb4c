"""Training programmes, cohorts (angkatan) and activity names.

The phrases live in data/programs.json; this module compiles them once, on first use.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from diklat_cli.extract import places, staff, trainees, verbs
from diklat_cli.extract.dates import month_pattern
from diklat_cli.extract.numbers import ordinal_to_int, roman_to_int, words_to_int
from diklat_cli.extract.scanning import Needles, finditer, folded, leads, may_match_seen, needles, scan

_LEVEL = r"(IV|III|II|I|4|3|2|1)\b"
_ROMAN = r"[IVXLC]{1,7}\b"
# (an ordinal of tens, "kedua puluh satu", read whole: its first word alone is another cohort)
_ORDINAL_WORD = (
    r"(?:pertama|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+puluh"
    r"(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\b)?"
    r"|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)|ke\w+\s+belas)\b"
)
_COHORT_NUMBER = rf"(\d{{1,3}}\b(?!\s*/)|{_ROMAN}|(?i:{_ORDINAL_WORD}))"


@dataclass(frozen=True, slots=True)
class ProgramMention:
    start: int
    end: int
    name: str  # canonical ("Diklatpim III") or the generic family ("Diklatpim")
    generic: bool  # family named without its level


@dataclass(frozen=True, slots=True)
class CohortMention:
    start: int
    end: int
    value: int


@dataclass(frozen=True, slots=True)
class ActivityMention:
    start: int
    end: int
    activity: str


@cache
def _data() -> dict:
    text = resources.files("diklat_cli.data").joinpath("programs.json").read_text("utf-8")
    return json.loads(text)


@cache
def national_programs() -> frozenset[str]:
    """The programmes of the state's own schools (programs.json "national"): a national body sends their cohorts."""
    return frozenset(e["name"] for e in _data()["programs"] if e.get("national"))


@cache
def _program_patterns() -> list[tuple[re.Pattern, dict, Needles, tuple[str, ...]]]:
    compiled = []
    for entry in _data()["programs"]:
        for source in entry["patterns"]:
            source = source.replace("{L}", _LEVEL)
            pattern = re.compile(source, re.IGNORECASE)
            compiled.append((pattern, entry, needles(pattern), leads(pattern)))
    return compiled


@cache
def _not_programme_re() -> re.Pattern:
    words = "|".join(re.escape(w) for w in _data()["not_a_programme_before"])
    return re.compile(rf"(?:{words})\s*$", re.IGNORECASE)


@cache
def courtesy_call_re() -> re.Pattern:
    """A 'kunjungan' that is a courtesy call ("kunjungan kehormatan", "kunjungan silaturahmi"), from
    data/programs.json."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _data()["courtesy_calls"])
    return re.compile(rf"\bkunjungan\s+(?:{words})\b", re.IGNORECASE)


def _level_name(entry: dict, level: str) -> str | None:
    number = _data()["levels"].get(level.upper())
    allowed = entry.get("levels", [])
    roman = ["I", "II", "III", "IV"][number - 1] if number else None
    if roman not in allowed:
        return None
    return entry["name"].replace("{L}", roman)


# a short form in brackets: "(PKP)"
_SHORT_FORM = re.compile(r"\(\s*([A-Z]{2,10})\s*\)")
# a course's name in the last words before a bracket: "Pelatihan …", "Diklat …", "Program Pendidikan …"
_COURSE_NAMED = re.compile(
    r"\b(?:pelatihan|diklat|pendidikan|program|kursus|sekolah|latihan)\b(?:\s+[\w/&.,-]+){0,8}?\s*$", re.IGNORECASE
)


@cache
def _long_forms(name: str) -> tuple[re.Pattern, ...]:
    """The patterns of the programme called `name` (each searched in the words before a short form in brackets)."""
    return tuple(
        re.compile(f"(?:{source.replace('{L}', _LEVEL)})" + r"\s*$", re.IGNORECASE)
        for entry in _data()["programs"]
        if entry["name"] == name
        for source in entry["patterns"]
    )


def _defined_otherwise(text: str, written: str, name: str, defined: dict[str, bool]) -> bool:
    """The programme's short form as written (`written`, upper case: "PKP") is defined in the text only as the short
    form of other names, in brackets after them ("Menteri Perumahan dan Kawasan Permukiman (PKP)", "Praktek Kerja
    Profesi (PKP)"): a report uses one short form for one name, so its every use is that other name's. (`defined`
    keeps the answer for each short form of one text.)"""
    if not written.isupper() or not written.isalpha():
        return False
    key = f"{name}|{written}"
    if key not in defined:
        long_forms = [
            text[max(0, m.start() - 90) : m.start()] for m in _SHORT_FORM.finditer(text) if m.group(1) == written
        ]
        # (a name of a course, however misspelt, may be the programme's: "Pelatihan Kepemimpinan Admistrator (PKA)")
        defined[key] = bool(long_forms) and not any(
            _COURSE_NAMED.search(before) or any(p.search(before) for p in _long_forms(name)) for before in long_forms
        )
    return defined[key]


def find_programs(text: str) -> list[ProgramMention]:
    """Every programme mention, longest first at each place, in text order."""
    found: list[ProgramMention] = []
    low = folded(text)
    seen: dict[str, bool] = {}
    defined: dict[str, bool] = {}
    for pattern, entry, needles_, leads_ in _program_patterns():
        if not may_match_seen(needles_, low, seen):
            continue
        for m in scan(pattern, leads_, text, low):
            if _not_programme_re().search(text[max(0, m.start() - 25) : m.start()]):
                continue  # a unit's name ("Kabid Diklat Prajabatan"), not the cohort's programme
            if _defined_otherwise(text, m.group(), entry["name"], defined):
                continue  # "Menteri Perumahan dan Kawasan Permukiman (PKP)": the short form of another name
            if "{L}" in entry["name"]:
                name = _level_name(entry, m.group(1))
                if name is None:
                    continue
            else:
                name = entry["name"]
            found.append(ProgramMention(m.start(), m.end(), name, bool(entry.get("generic"))))
    # keep the longest non-overlapping mentions; specific beats generic at equal length
    found.sort(key=lambda p: (p.start, -(p.end - p.start), p.generic))
    kept: list[ProgramMention] = []
    for p in found:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    return kept


def cohort_value(token: str) -> int | None:
    token = token.strip()
    if token.isdigit():
        value = int(token)
    elif re.fullmatch(_ROMAN, token):
        value = roman_to_int(token)
    else:
        value = ordinal_to_int(token) or words_to_int(token)
    return value if value and 0 < value < 300 else None


@cache
def _cohort_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    angkatan = _data()["cohort"]["angkatan"]
    # "Angkatan VII dan VIII", "angkatan ke-7", "Angkatan (PPRA) LXIII"; Roman numerals must be upper case
    single = re.compile(rf"(?i:{angkatan}){_COHORT_NUMBER}")
    coordinated = re.compile(
        # (a list's last member after a comma and its conjunction both, "Angkatan XIX, XX, dan XXI", as lists
        # of places are written as often as "XIX, XX dan XXI")
        rf"\s*(?:,\s*(?:dan|serta)\b|,|dan|serta|&)\s*(?i:angkatan\s*)?(?i:ke\s*-?\s*)?(\d{{1,3}}\b|{_ROMAN})"
        # "Angkatan II dan 40 peserta …": a count, not a second cohort
        r"(?!\s*(?i:orang|peserta|" + staff.only("pejabat", "ASN", "pegawai") + r")\b)"
        # "Angkatan VII, 10-12 Oktober": a date follows the cohort, its day is no second cohort
        rf"(?!\s*(?:[-–/]|s\.?\s*d\.?|sampai|hingga)\s*\d|\s+(?i:{month_pattern()})\b)"
    )
    after = "|".join(_data()["cohort"]["after_program"])
    after_program = re.compile(rf"\b(?:{after})\)?\s+(\d{{1,3}}\b|{_ROMAN})")
    return single, coordinated, after_program


# cohorts written as a range, each of them travelling: "Angkatan I sampai dengan III", "angkatan 4 s.d. 6"
# (the last number is followed by no month or slash: "Angkatan VII, 10-12 Oktober" is a cohort and its days)
_COHORT_RANGE = re.compile(
    r"\s*(?:sampai\s+dengan|sampai|hingga|s\.\s*d\.?|s/d|[-–])\s*(?i:angkatan\s*)?(\d{1,3}\b|[IVXLC]{1,7}\b)"
    rf"(?!\s*[-–/.]\s*\d|\s+(?i:{month_pattern()})\b)"
)
_MAX_RANGE = 10


@cache
def _cohort_leads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    single, _, after_program = _cohort_res()
    return leads(single), leads(after_program)


def find_cohorts(text: str) -> list[CohortMention]:
    """Cohort numbers, including each number of "Angkatan VII dan VIII"."""
    single, coordinated, after_program = _cohort_res()
    single_leads, after_leads = _cohort_leads()
    low = folded(text)
    found: list[CohortMention] = []
    for m in scan(single, single_leads, text, low):
        value = cohort_value(m.group(1))
        if value is None:
            continue
        found.append(CohortMention(m.start(), m.end(), value))
        pos = m.end()
        if (r := _COHORT_RANGE.match(text, pos)) is not None and r.group(1).isdigit() == m.group(1).isdigit():
            last = cohort_value(r.group(1))
            if last is not None and value < last <= value + _MAX_RANGE:
                # every number of the range on the span of its last one (senders.cohort_keys reads them together)
                found.extend(CohortMention(r.start(1), r.end(), v) for v in range(value + 1, last + 1))
                continue
        while (c := coordinated.match(text, pos)) is not None:
            value = cohort_value(c.group(1))
            if value is None:
                break
            found.append(CohortMention(c.start(1), c.end(), value))
            pos = c.end()
    for m in scan(after_program, after_leads, text, low):
        value = cohort_value(m.group(1))
        if value is not None and not any(c.start <= m.start(1) < c.end for c in found):
            found.append(CohortMention(m.start(1), m.end(), value))
    found.sort(key=lambda c: c.start)
    return found


@cache
def _activity_patterns() -> list[tuple[re.Pattern, str, Needles, tuple[str, ...]]]:
    out = []
    for activity, sources in _data()["activities"].items():
        for source in sources:
            pattern = re.compile(source, re.IGNORECASE)
            out.append((pattern, activity, needles(pattern), leads(pattern)))
    return out


# an activity named as what is taught, its lesson: "materi benchmarking", "modul studi lapangan", "teori kaji
# banding", "konsep", "tahapan", "metode" (a course's classes on the trip, not the trip; a course component named
# "mata pelatihan Studi Lapangan" is the trip itself)
LESSON_WORDS = ("materi", "modul", "teori", "konsep", "tahapan", "metode", "metodologi")
# ... right before the activity or with what it is about between: "materi tentang studi banding"
_LESSON_BEFORE = re.compile(r"\b(?:" + "|".join(LESSON_WORDS) + r")\s+(?:tentang\s+|mengenai\s+)?$", re.IGNORECASE)
# ... and the same words as look-behinds, for a pattern that reads the activity itself: "(?<!modul\s)" (a look-behind
# is of one width: one for each length of word; a lesson word right before the activity, no "tentang" between)
NOT_AFTER_A_LESSON = "".join(
    r"(?<!(?i:" + "|".join(w for w in LESSON_WORDS if len(w) == n) + r")\s)"
    for n in sorted({len(w) for w in LESSON_WORDS})
)


def _lesson(text: str, start: int) -> bool:
    """The activity at start is named as a lesson (`_LESSON_BEFORE`)."""
    return _LESSON_BEFORE.search(text, max(0, start - 25), start) is not None


def find_activities(text: str) -> list[ActivityMention]:
    low = folded(text)
    seen: dict[str, bool] = {}
    found = [
        ActivityMention(m.start(), m.end(), activity)
        for pattern, activity, needles_, leads_ in _activity_patterns()
        if may_match_seen(needles_, low, seen)
        for m in scan(pattern, leads_, text, low)
    ]
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[ActivityMention] = []
    for a in found:
        if kept and a.start < kept[-1].end:
            continue
        kept.append(a)
    lessons = {a.start for a in kept if _lesson(text, a.start)}
    return [a for a in kept if a.start not in lessons] if lessons else kept


# A programme not in the vocabulary, named as reports name courses: "Diklat", "Pelatihan" or
# "Pendidikan dan Pelatihan" and its capitalised name ("Diklat Agribisnis Padi bagi Penyuluh").
# The name ends where the sender, cohort or year begins, or at an all-capital body ("BBPP"); and
# where the headline or sentence goes on to the trip or to the body that runs the course: reports
# write "Peserta Diklat X Studi Banding ke …" and "Peserta Diklat Badiklat Kemhan Kunjungi …"
# (those words are `open_name_ends` in data/programs.json).
@cache
def _open_program_re() -> re.Pattern:
    ends = "|".join(_data()["open_name_ends"])
    return re.compile(
        # "Pendidikan" alone ("Pendidikan Kader Ulama") names a course only right after its participants
        # (group "other"), since "Dinas Pendidikan …" is an office and one "mengikuti pendidikan" at home;
        # so do "Sekolah" and "Kursus" ("peserta Sekolah Kader Desa"), a school or a course elsewhere, and a
        # "Bimtek" (bimbingan teknis, a technical course: "peserta Bimtek Penyuluhan LPPD"), also a service given
        # (a school by its level, "siswa Sekolah Dasar (SD)", "Sekolah Menengah Atas", is a school, no course)
        r"\b(?:Diklat|Pelatihan|Pendidikan\s+dan\s+Pelatihan|(?P<other>Pendidikan|Sekolah(?!\s+(?:Dasar|Menengah|Luar"
        r"\s+Biasa)\b)|Kursus|Bimtek|Bimbingan\s+Teknis))"
        r"(?:\s+(?!(?:Angkatan|Tahun|Kabupaten|Kota|Provinsi|Propinsi|Kab|Pemerintah|Pemkab|Pemkot|Pemprov|Di|Ke"
        rf"|Dalam|Yang|Tingkat|Tk|{ends})\b)(?:[A-Z][a-z][\w-]*|(?:bagi|Bagi|dan|untuk)(?=\s+[A-Z][a-z])"
        # an acronym of the subject ends the name: "Bimtek Penyuluhan LPPD", "Pelatihan Pengelolaan BUMDes"
        r"|[A-Z]{2,6}(?:[a-z]{1,3})?\b(?!\s+[A-Z])))+"
    )


# the course is the travellers' when they are its participants or it is the subject of the trip
# (and the visit told as one stage of the course: "merupakan rangkaian dari Pelatihan X", "termasuk rangkaian
# kegiatan Diklat Y", "sebagai bagian dari Pelatihan Z")
_OPEN_BEFORE = re.compile(
    r"\b(?:" + trainees.TRAINEES + r"|rombongan|mengikuti|alumni"
    r"|rangkaian(?:\s+kegiatan)?(?:\s+dari)?|bagian\s+dari(?:\s+rangkaian)?(?:\s+kegiatan)?)\s+$",
    re.IGNORECASE,
)
_PARTICIPANTS_BEFORE = re.compile(r"\b(?:" + trainees.TRAINEES + r"|alumni)\s+$", re.IGNORECASE)
# "Balai Diklat Keagamaan", "Pusat Pelatihan Kerja", "Balai Besar Pelatihan Pertanian", "Lembaga Kursus dan
# Pelatihan (LKP)": a training body is named by its kind of courses; after such a word "Diklat X" is the body,
# not a course
_TRAINING_BODY_BEFORE = re.compile(r"\b(?:Balai(?:\s+Besar)?|Pusat|Badan|Lembaga|Loka|UPT|UPTD)\s+$", re.IGNORECASE)
_OPEN_AFTER = re.compile(
    r"[^.\n]{0,60}?\b(?:melakukan|melaksanakan|menggelar|menjalani|" + verbs.DEPARTING + r"|berkunjung)\b",
    re.IGNORECASE,
)


# an unknown course is written with its acronym in brackets and/or its level after the name: "Diklat
# Fungsional Penjenjangan Perencana (DFPP) Tingkat Madya", "Kursus Pemantapan Pimpinan Daerah (KPPD)";
# both are part of its name as written (a functional course's levels are distinct courses)
_OPEN_NAME_TAIL = re.compile(
    r"(?:[^\S\n]*\((?-i:[A-Z][A-Za-z]{1,7})\))?"
    r"(?:[^\S\n]+Tingkat[^\S\n]+(?:Pertama|Muda|Madya|Utama|Dasar|Lanjut(?:an)?|Ahli|Terampil)\b)?"
)


# the same in lower case, right after "peserta": "peserta pelatihan teknis pengamanan bagi …"
_OPEN_PROGRAM_LOWER = re.compile(
    r"(?<=peserta\s)(?:diklat|pelatihan)(?:\s+[a-z]+){1,3}?"
    r"(?=\s+(?:bagi|untuk|pada|di|yang|dari|tahun|angkatan|melakukan|melaksanakan|mengikuti)\b|\s*[,.(])"
)


# an orientation course, named whole between its participants and its cohort: "peserta orientasi kepemimpinan dan
# penyelenggaraan pemerintahan daerah bagi bupati/walikota angkatan kedua" (the course for new regional heads); its
# field trip, "orientasi lapangan", is an activity (SCHEMA: studi lapangan), and a place or clause ends no such name
_OPEN_ORIENTATION = re.compile(
    r"(?<=peserta\s)orientasi(?!\s+lapang)(?:\s+(?!(?:di|ke|dari|yang|ini|itu|pada|tahun)\b)[\w/]+){2,14}?"
    r"(?=\s+angkatan\b)",
    re.IGNORECASE,
)


def find_open_programs(text: str) -> list[ProgramMention]:
    """Programmes the vocabulary does not know, kept as written (SCHEMA: an unknown programme
    is its name as written); only where the words tie the course to the people travelling."""
    found = [
        ProgramMention(m.start(), m.end(), " ".join(m.group().split()), False)
        for pattern in (_OPEN_PROGRAM_LOWER, _OPEN_ORIENTATION)
        for m in finditer(pattern, text)
    ]
    for m in finditer(_open_program_re(), text):  # (scanning: the same matches, tried only where its words start)
        name = m.group()
        # a headline writes the sender right after the course ("Peserta Pelatihan X Bireuen Studi Tiru ke …"),
        # its Title Case running on: a place name that ends the name is who sends, not the course
        named = places.find_places(name)
        if named and named[-1].end == len(name) and named[-1].start > 0:
            name = name[: named[-1].start].rstrip()
        if len(name.split()) < 2:
            continue
        if len(name) == len(m.group()) and (tail := _OPEN_NAME_TAIL.match(text, m.end())) is not None:
            name += tail.group()
        before = text[max(0, m.start() - 30) : m.start()]
        if _TRAINING_BODY_BEFORE.search(before):
            continue
        if m.group("other") is not None:
            if _PARTICIPANTS_BEFORE.search(before) or (m.group("other") == "Kursus" and name.endswith(")")):
                # (a "Kursus" named with its own short form, "Kursus Pemantapan Pimpinan Daerah (KPPD)", is a
                # course's title wherever it is written: held, joined or reported on; "kursus" is never an office)
                found.append(ProgramMention(m.start(), m.start() + len(name), name, False))
            continue
        if _OPEN_BEFORE.search(before) or _OPEN_AFTER.match(text, m.end()):
            found.append(ProgramMention(m.start(), m.start() + len(name), name, False))
    return sorted(found, key=lambda p: p.start)
