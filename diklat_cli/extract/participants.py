"""How many trainees took part: "30 peserta", "sebanyak 40 orang pejabat", "tiga puluh peserta".

Escorts (pembimbing, widyaiswara, panitia, pendamping) are not participants.

One concern: the travelling group's size, from every way reports write it (a count before or after its
people word, number words, a party's size, a part of a whole, per-group and per-unit counts, the group
counting itself); which record a count goes to is decided in `visits` with the travelling groups.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from diklat_cli.extract import dates, staff, trainees, verbs
from diklat_cli.extract.countries import country_names
from diklat_cli.extract.hosts import COUNCIL_BODIES
from diklat_cli.extract.numbers import COUNT_WORDS_RE, approximately_words, parse_int, rounded_suffix
from diklat_cli.extract.scanning import (
    Needles,
    finditer,
    folded,
    gate,
    leads,
    letter_skipped,
    may_match_seen,
    may_match_within,
    needles,
    scan,
    search,
)

# those who travel with a group to look after it: besides its teachers and committee, its carers ("pengasuh" of
# IPDN and the police schools), aides, drivers, protocol staff, lecturers, trainers, speakers and medics
# (and the journalists a government takes along to cover its trip, "mengajak sebanyak 11 orang wartawan",
# "15 wartawan yang bertugas di Boyolali ikut", "1 awak media": kl-08 suarabaru, lc-09 solopos, ks-14 kompas,
# ko-19 bangsaonline, kq-08 kabarnusa; no gold counts them)
_ESCORT_WORDS = (
    r"pengasuh|ajudan|sopir|supir|pengemudi|protokol|dosen|pelatih|narasumber|tenaga\s+medis"
    r"|wartawan|jurnalis|awak\s+media|insan\s+pers"
)
_NOT_TRAINEES = (
    r"pembimbing|pendamping|widyaiswara|widya\s*iswara|panitia|pengajar|fasilitator|mentor|coach"
    rf"|{_ESCORT_WORDS}"
    r"|staf|pegawai\s+BPSDM|kabupaten|kota|provinsi|kecamatan|kelurahan|desa|kelompok|hari|jam|menit"
    r"|tahun|bulan|minggu|persen|lokus|OPD|instansi|angkatan|unit"
    rf"|orang\s+(?:pembimbing|pendamping|widyaiswara|panitia|{_ESCORT_WORDS})"
)
# words that, standing between a number and "peserta", show the number counts something else
_NOT_BETWEEN = (
    r"pembimbing|pendamping|widyaiswara|panitia|pengajar|fasilitator|mentor|coach|staf|hari|jam|menit|tahun"
    rf"|{_ESCORT_WORDS}"
    r"|bulan|minggu|persen|kelompok|angkatan|anggota|rombongan|orang|dari|dan|serta|atau"
)


def _visitors_words(key: str) -> list[str]:
    """A word list of visitors.json (read here, since extract/visitors reads this module), longest first."""
    data = json.loads(resources.files("diklat_cli.data").joinpath("visitors.json").read_text(encoding="utf-8"))
    return sorted(data[key], key=len, reverse=True)


# a village head by the title his region gives him: keuchik or geuchik in Aceh, perbekel in Bali, kuwu in
# Cirebon and Indramayu, peratin in Lampung's pekon, wali nagari in Sumatera Barat, sangadi in Bolaang
# Mongondow, hukum tua in Minahasa, pambakal in Kalimantan Selatan; and the heads of a village's parts, as
# "kepala dusun" is counted by its "kepala": a jorong's wali jorong in Sumatera Barat, the kadus (kepala dusun)
VILLAGE_HEADS = r"keuchik|geuchik|perbekel|kuwu|peratin|wali\s+nagari|sangadi|hukum\s+tua|pambakal|wali\s+jorong|kadus"
# the government's own people, of a region or a village, by any of their names: who may go on a study trip or an
# internship as staff, not as a course's trainees
GOVERNMENT_STAFF = (
    staff.only("ASN", "PNS", "pegawai", "aparatur", "aparat", "pejabat")
    + r"|kades|kepala\s+desa|perangkat\s+(?:desa|kelurahan|nagari|kampung)"
    r"|sekretaris\s+desa|sekdes|camat|lurah|" + VILLAGE_HEADS
)
_PEOPLE = (
    # the trainees by any of their names (trainees.TRAINEE_WORDS: "praja" are the students of IPDN, the
    # government's school, as "pasis" are a staff college's)
    trainees.TRAINEES
    + r"|orang|"
    + staff.only("pejabat", "ASN", "PNS", "pegawai", "aparatur", "aparat")
    + r"|perwira|camat|lurah|kepala|perwakilan|eselon|anggota|kades"
    # ("perangkat desa" are village officials; "perangkat daerah" are a region's offices, not people)
    r"|personel|pengurus|perangkat\s+(?:desa|nagari|gampong|kampung|pekon|kelurahan)"
    # ("personil" is how many reports spell personel; a village head goes by its region's title; "diplomat"
    # are the foreign service's officers on its Sesparlu and Sesdilu)
    r"|personil|diplomat|"
    + VILLAGE_HEADS
    # (and whoever else a government sends by its name for them: its candidate civil servants, its delegates or
    # envoys, village secretaries, its leaders)
    + r"|delegasi|utusan|sekdes|pimpinan"
    # (the village secretaries written out, as the village officials are: "120 sekretaris desa (sekdes)", "10
    # sekretaris kampung")
    r"|sekretaris\s+(?:desa|nagari|gampong|kampung|pekon|kelurahan)"
    # (and the heads of regions, as "kepala daerah" is counted by its "kepala": a cohort or a party of regents and
    # mayors, "berjumlah 25 bupati dan wali kota", "bersama 15 wali kota": visitors.json's head_nouns)
     + "|" + "|".join(w.replace(" ", r"\s+") for w in _visitors_words("head_nouns"))
)


# a count rounded or given as a floor: "diikuti sekitar 40 orang", "membawa kurang lebih 30 camat",
# "sedikitnya 25 ASN"; the count as written is the group's size
@cache
def _about() -> str:
    """What may stand before a count to round it or give it as a floor: "diikuti sekitar 40 orang", "membawa
    kurang lebih 30 camat", "sedikitnya 25 ASN", "rombongan sekira 80 orang", "± 30" (numbers.json's
    "approximately"); the count as written is the group's size."""
    return rf"(?:(?:{approximately_words()})\s+|±\s*)?"


# the volunteers and partners an agency sends ("35 mitra BKKBN", "40 kader PKK", "25 penyuluh"): counted as
# travellers only where the trip follows in the sentence, since a host also counts its own cadres
# (and anyone else a body sends who is not its staff: volunteers, village companions, facilitators, activists:
# "relawan", "pendamping", "fasilitator", "pegiat/penggiat", "motivator")
_SENT_PEOPLE = r"mitra|kader|penyuluh"
# words that tell a trip in the sentence a count opens ("Tiga puluh camat dan lurah … studi banding ke")
# (the trip words, learning: "belajar", "menimba (ilmu)")
_TRIP_WORDS = (
    verbs.TRIP_WORDS
    + r"|belajar|menimba"
    # ... and the other names of the activity and verbs of going (as cues.STRONG_CUES reads them): "stula",
    # "observasi", "lawatan", the bare headline verbs, setting off, arriving, being sent
    + r"|stula|observasi|orientasi|patok\s+banding|lawatan\w*|kunjungi|sambangi"
    r"|datangi|tandangi|singgah|" + verbs.DEPARTING + r"|tiba\s+di|datang\s+ke|(?:diberangkatkan|dilepas)\s+ke"
    # ... and the group's stay on its way, which tells the trip as arriving does ("120 Sekdes asal A Menginap di
    # Cirebon", "45 kepala desa … bermalam di Kota B")
    r"|menginap|bermalam"
)


# a state school's trainees counted by its own name for them, with no word of sending before ("75 perwira siswa
# Seskoau", "164 praja"): the class but "peserta" (counted by the patterns before), "siswa" (a bare "200 siswa"
# is as often a host school's pupils) and "CPNS" (a bare "250 CPNS" is as often a region's yearly intake, news
# of its own); those two are counted after a word of sending or receiving (_PEOPLE)
_SCHOOL_TRAINEES = trainees.only("perwira siswa", "pasis", "praja", "taruna", "taruni", "kadet", "serdik")


@dataclass(frozen=True, slots=True)
class ParticipantMention:
    start: int  # span of the number
    end: int
    value: int
    strong: bool  # "N peserta" / "diikuti N" rather than a bare "N orang"


# a count told of those who actually went, after the count ("380 Kades yang ikut", "Ke-15 orang yang berangkat",
# "25 anggota dewan yang berangkat", "90 orang aparatur pemerintah yang berangkat ke Bali"): the group's count
# (kv-06 compaskotanews, ks-07 kompas, lz-03 atjehcyber, fa-01); not "tiga perbekel lain yang turut", others
# beside a group already counted ("hadir", "turut hadir" and "ikut mendampingi/menyambut" are as often said of
# the host's people or the escorts; so is any verb of receiving, verbs.RECEIVING: "ikut menjamu")
# (and those told as sent, the passive of the sender's verbs counted before the count: "22 siswa yang
# diterjunkan", "424 praja yang ditempatkan", "12 pejabat yang diutus")
_CAME_VERBS = (
    r"(?:datang|ikut|berangkat|tiba|berkunjung"
    r"|(?:akan\s+)?(?:diterjunkan|ditugaskan|ditempatkan|dikirim|diutus|diberangkatkan))"
    r"(?!\s+(?:serta\s+)?(?:mendampingi|hadir|" + verbs.RECEIVING + r")\b)"
)


# the guests' being received by their host ("diterima", "disambut", "dijamu"; not "ditemui", mostly the reporter's
# meeting whom he quotes)
_RECEIVED_AS_GUESTS = "|".join(v for v in verbs.RECEIVED_VERBS if v != "ditemui")


# the speaker counted besides the others: "Saya dan 14 rekan", "saya bersama 9 teman"
_ME_AND = re.compile(r"\bsaya\s+(?:dan|bersama|beserta)\s+$", re.IGNORECASE)


# patterns that end in "peserta" are tried only in the few words before each "peserta"
_BEFORE_PESERTA = "peserta"
_BEFORE_PESERTA_DARI = "peserta, after 'dari'"
# … and the "ke N siswa itu" pattern only where "ke" stands before a number
_AT_KE = "ke N"
# … and the count that opens the lead only at a line's start or right after its dateline's dash
_AT_LEAD = "lead"
_LEAD_REACH = 700  # the lead: the first lines of the story
_DATELINE_DASH = re.compile(r"[ ][-–—][ ]+")
_LINE_START = re.compile(r"^[ \t]*(?=\S)", re.MULTILINE)
_SENTENCE_START = re.compile(r"(?<=[a-z0-9)][.?!])[ ]+(?=[A-Z])")


@cache
def _lead_prefix() -> re.Pattern:
    """What may stand before the count that opens a lead: when ("Pekan ini", "Tadi malam (28/9),", "Senin
    (3/7),") and how exact it is ("Sekitar", "Kurang lebih"): "Pekan ini 47 kepala desa … dijadwalkan
    berangkat untuk studi tiru" (kj-10 boganinews), "Sekitar 35 orang aparatur ikut dalam Rombongan Kunjungan
    Kerja" (kt-16 kelkiduldalem), "Tadi malam (28/9), 120 sekretaris desa" (kj-13 radarcirebon), and the whole
    the group was taken from ("Di antara 60 kepala desa, 13 kepala desa berangkat …")."""
    when = (
        r"(?:(?:pada\s+)?(?:pekan|minggu|hari|bulan|tahun)\s+(?:ini|lalu|kemarin)|kemarin|tadi\s+(?:pagi|siang|sore|malam)"
        rf"|(?:pada\s+)?{dates.weekday_pattern()}(?:\s*\(\s*\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\s*\))?)\s*,?\s+"
    )
    about = rf"(?:{approximately_words()})\s+"
    # (and the whole the group is a part of, told first: "Dari 54 peserta PKN, 13 peserta datang ke …")
    whole = r"(?:dari|di\s*antara)\s+(?:total\s+|jumlah\s+|seluruh\s+)?\d{1,4}\s[^,.\n]{0,80},\s*"
    return re.compile(rf"(?:{when})?(?:{whole})?(?:{about})?", re.IGNORECASE)


def _lead_starts(text: str) -> list[int]:
    """Where a line of the lead starts, or its words after the dateline's dash ("MEDAN - Tiga …"), or after
    a day or an "about" that opens it."""
    out = []
    for line in _LINE_START.finditer(text, 0, min(len(text), _LEAD_REACH)):
        at = line.end()
        out.append(at)
        dash = _DATELINE_DASH.search(text, at, at + 60)
        if dash is not None and "\n" not in text[at : dash.start()]:
            out.append(dash.end())
    # (and each sentence the lead's paragraphs open after the first: "Mengapa? Sedikitnya 128 orang dari
    # Pemprov A … menggelar kunjungan kerja")
    out += [m.end() for m in _SENTENCE_START.finditer(text, 0, min(len(text), _LEAD_REACH))]
    prefix = _lead_prefix()
    return out + [end for at in out if (end := prefix.match(text, at).end()) > at]


_DARI_NUMBER = re.compile(r"\bdari\s+\d")
_KE_NUMBER = re.compile(
    r"\bke[\s-]+(?:\d|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus)\b)",
    re.IGNORECASE,
)
# (led by its first letter, which the engine skips to: its alternatives are not tried at other words)
_KE_NUMBER = letter_skipped(_KE_NUMBER)
_PESERTA = re.compile(r"\bpeserta\b", re.IGNORECASE)
_HAS_NUMBER = re.compile(
    # (the words' first letters looked ahead for: the words are not tried one by one at every other word's edge)
    r"\d|\b(?=[sdtel])(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu)\b",
    re.IGNORECASE,
)


@cache
def _patterns() -> list[tuple[re.Pattern, bool, re.Pattern | str | None]]:
    """(pattern, strong, a word every match holds): many articles never say "orang", and a
    quick search for the word (same flags, so the same letters match) spares the scan for a
    number at every word."""
    # "tiga puluh dua (32) peserta", "36 (tiga puluh enam) orang peserta": formal Indonesian writes a
    # count once more in brackets, in digits after words or in words after digits (the style of
    # official letters and press releases)
    # (a year is no count: "Pada 2019 anggota DPRD …", "sejak 2020 kader …": a number of 1900-2099 after a word
    # of time, "pada", "tahun", "sejak", "hingga", "sampai", "awal", "akhir", "medio", "periode", "selama")
    number = (
        r"((?:(?!(?:19|20)\d\d\b)|(?<!pada\s)(?<!tahun\s)(?<!sejak\s)(?<!hingga\s)(?<!sampai\s)(?<!awal\s)"
        r"(?<!akhir\s)(?<!medio\s)(?<!periode\s)(?<!selama\s)(?<!thn\s)(?<!th\.\s))\d{1,4}"
        rf"|{COUNT_WORDS_RE}){rounded_suffix()}(?:\s*\(\s*(?:\d{{1,4}}|[a-z]+(?:\s[a-z]+){{0,4}})\s*\))?"
    )
    flags = re.IGNORECASE
    return [
        # "30 peserta", "40 orang peserta", "tiga puluh peserta"
        (re.compile(rf"(?<![\w.,/])(?<!salah\s){number}\s+(?:orang\s+)?peserta\b", flags), True, _BEFORE_PESERTA),
        # "tujuh calon jenderal peserta", "40 orang Sekretaris Desa Peserta Diklat": a noun between
        (
            re.compile(
                rf"(?<![\w.,/:])(?<!salah\s){number}\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)"
                rf"(?:(?!(?:{_NOT_BETWEEN})\b)[A-Za-z]+\s+){{1,3}}?peserta\b",
                flags,
            ),
            True,
            _BEFORE_PESERTA,
        ),
        # "12 dari 48 peserta": the part of the cohort that came
        (
            re.compile(
                rf"(?<![\w.,/:]){number}\s+(?:orang\s+)?dari\s+(?:total\s+)?\d+\s+(?:orang\s+)?peserta\b", flags
            ),
            True,
            _BEFORE_PESERTA_DARI,
        ),
        # "sebanyak 40 pejabat", "Sebanyak 37 orang perwakilan Lurah", "diikuti oleh 45 orang",
        # "membawa 70 orang", "memboyong 120 orang": the group a sender brought
        (
            re.compile(
                # ("sejumlah 30 camat": "sejumlah" before a number counts as "sebanyak" does)
                rf"\b(?:sebanyak|sejumlah|diikuti(?:\s+oleh)?(?:\s+sebanyak|\s+sejumlah)?|berjumlah|total|jumlahnya"
                # (and the group counted by its participants: "Pesertanya 120 orang", "Pesertanya 16 kepala desa")
                rf"|pesertanya"
                rf"|membawa|memboyong"
                # (and the host's word for its guests: "menerima 45 orang rombongan peserta PKA", and for their
                # visit: "menerima kunjungan studi 28 kepala desa")
                rf"|mengajak|mengirim(?:kan)?|memberangkatkan"
                # (and the same verbs as a quoted head speaks them, without their prefix: "kami bawa 54 orang",
                # "kita ajak 15 pejabat", "kami kirim 22 kepala desa": spoken Indonesian drops "me-")
                rf"|(?:(?<=kami\s)|(?<=kita\s))(?:bawa|ajak|boyong|kirim(?:kan)?|berangkatkan|utus)"
                # (an office's "mengutus 5 pegawai": the word for sending people on an errand)
                rf"|mengutus"
                # (and the sender's being represented by those it sent: "Wali Kota diwakili tiga orang staf ahli",
                # "DPRD diwakili dua unsur pimpinannya": la-13 sindonews, ld-03 liputan6, kj-08 rubriksultra)
                rf"|diwakili(?:\s+oleh)?"
                # (and any other verb of sending or seeing off a group, of an activity involving it or a group
                # made of it: "melepas 40 ASN", "menugaskan 12 pejabat", "melibatkan 25 kepala desa",
                # "beranggotakan 17 camat")
                rf"|melepas|menugaskan|mendelegasikan|menerjunkan|melibatkan|beranggotakan"
                # (and what the group is made of, in any words: "Tamu itu terdiri atas 2 orang pejabat", "Rombongan
                # berisi 25 orang": lo-10 bbpplembang, kw-12 jakartaobserver, ld-13 pikiranmerdeka)
                rf"|terdiri\s+(?:dari|atas)|berisi(?:kan)?"
                # (and the arrival of the group by its size: "kedatangan 25 orang itu", "Kedatangan 60 Kepala OPD
                # dari berbagai daerah": the report names the visit by the people who came)
                # (any verb of receiving, verbs.RECEIVING: "menjamu 30 kepala desa")
                # (and the host's side in the passive, any verb of being visited, verbs.VISITED: "disambangi 27 orang
                # rombongan Satpol PP", "dikunjungi oleh 30 kepala desa")
                rf"|(?:{verbs.VISITED})(?:\s+oleh)?"
                rf"|(?:{verbs.RECEIVING})(?:\s+kunjungan(?:\s+(?:kerja|stud[iy](?:\s+\w+)?|belajar))?)?)\s+{_about()}{number}\s+"
                # (the sender's own people with the possessive: "mengajak 20 pegawainya", "membawa 12 anggotanya")
                rf"(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})(?:nya)?\b",
                flags,
            ),
            True,
            None,
        ),
        # a head who brings his own staff: "membawa 14 stafnya", "mengajak sembilan stafnya", "memboyong 20 stafnya"
        # (docs/schema.md, a leader and a stated count: whoever leads is not added, his staff are the group); staff
        # told without the possessive serve the learners ("didampingi 7 staf Sekretariat DPRD")
        (
            re.compile(
                r"\b(?:membawa|memboyong|mengajak|mengirim(?:kan)?|memberangkatkan|mengutus|menugaskan)\s+"
                rf"{_about()}{number}\s+(?:orang\s+)?staf-?nya\b",
                flags,
            ),
            True,
            None,
        ),
        # the host names the visit it received, then counts the guests: "menerima studi banding 25 pegawai",
        # "kedatangan rombongan 35 kepala desa", "menerima kunjungan studi banding 20 penyuluh" (any verb of
        # receiving; any name of the trip or of the group between; the guests by any word for people a body
        # sends, its volunteers too, since the trip is told)
        (
            re.compile(
                r"\b(?:" + verbs.RECEIVING + r"|mendapat(?:kan)?)\s+(?:kunjungan\s+)?"
                r"(?:(?:kerja|kunker|stud[iy]\s+\w+|kaji\s+\w+|benchmarking|belajar)\s+(?:(?:rombongan|delegasi|tim)\s+)?"
                r"|(?:rombongan|delegasi|tim|tamu)\s+)"
                rf"{_about()}{number}\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE}|{_SENT_PEOPLE})\b",
                flags,
            ),
            True,
            None,
        ),
        # the trip's name followed by a count of people names whose trip it is, whoever the sentence is about:
        # "menjadi tujuan studi tiru 237 kepala desa", "lokasi kunjungan kerja 15 anggota DPRD", "benchmarking 40
        # peserta Diklatpim" (the host's side without a verb of receiving; never "studi banding 3 hari"); not when
        # another group follows uncounted, "kaji tiru 20 kepala desa dan pokdarwis" (kq-10 disparlobar: a part)
        (
            re.compile(
                r"\b(?:kunjungan\s+(?:kerja|stud[iy]\s+\w+|belajar)|kunker|stud[iy]\s+(?:banding|tiru|lapangan)"
                r"|kaji\s+(?:banding|tiru)|benchmarking)\s+(?:(?:rombongan|delegasi|tim)\s+)?"
                rf"{_about()}{number}\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE}|{_SENT_PEOPLE})\b"
                r"(?!(?:\s+\w+){0,2}\s+(?:dan|serta)\s+[a-z])",
                flags,
            ),
            True,
            None,
        ),
        # the group a trip is held for, counted after "untuk" or "bagi": after the trip's name ("menggelar studi
        # banding bagi 30 kepala desa", "kunjungan kerja untuk 25 pejabat"), or before where it goes ("mengadakan
        # peningkatan kapasitas untuk 148 kepala desa ke Kabupaten X"); never a course or a gift at home
        (
            re.compile(
                rf"\b(?:{_TRIP_WORDS})\b[^.\n]{{0,60}}?\b(?:untuk|bagi)\s+{_about()}{number}\s+(?:orang\s+)?"
                rf"(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})\b",
                flags,
            ),
            True,
            None,
        ),
        (
            re.compile(
                rf"\b(?:untuk|bagi)\s+{_about()}{number}\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})\b"
                r"(?=[^.\n]{0,40}?\bke\s+(?:Kabupaten|Kota|Provinsi|Desa|Kecamatan|Pemkab|Pemkot|Pemprov)\b)",
                flags,
            ),
            True,
            None,
        ),
        # the party's whole told by a word of totalling before its count, with no verb: "Tiap komisi 5 orang, jadi
        # seluruhnya 20 orang", "Rombongan yang datang seluruhnya 29 orang", "semuanya 80 orang" (the verbs' forms,
        # "seluruhnya berjumlah", "total", "jumlahnya", are counted above); never a total others are added to
        # uncounted ("seluruhnya 34 orang, ditambah para kepala TU": the party's whole is not told)
        (
            re.compile(
                rf"\b(?:seluruhnya|semuanya|totalnya|keseluruhannya)\s+(?:ada\s+|sebanyak\s+|mencapai\s+)?{_about()}"
                rf"{number}\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})\b"
                r"(?![^.\n]{0,3}\s*(?:ditambah|plus|belum\s+termasuk|tidak\s+termasuk)\b)",
                flags,
            ),
            True,
            None,
        ),
        # the travelling party named by its size right after the word for it: "rombongan 15 orang DPRD Semarang"
        # (kq-06 pedomanbengkulu), "membawa rombongan 30 orang dari Kabupaten Konawe" (lv-04 forumkeadilanbali),
        # "rombongan 40 peserta" (lr-08 monitorsulut); any word for a party a body sends (delegasi, kontingen),
        # never its leaders' ("pimpinan rombongan 2 orang"); counted in people or trainees, since a party named by
        # some of its members ("Rombongan sembilan Kades", kh-02 topsatu) may be larger than they
        (
            re.compile(
                r"(?<!pimpinan\s)(?<!ketua\s)(?<!pemimpin\s)\b(?:rombongan|delegasi|kontingen)\s+"
                rf"{_about()}{number}\s+(?:orang\b(?!\s+(?:{_NOT_TRAINEES})\b)|(?:{trainees.TRAINEES})\b)",
                flags,
            ),
            True,
            None,
        ),
        # ... and the party named first, its size told after it in the same clause with no verb between: "Jumlah
        # pejabat dalam rombongan itu 37 orang", "yang masuk rombongan tersebut 33 orang", "Anggota rombongan
        # kali ini ada 25 orang" (the party's size as the clause's predicate); never the party's leaders, nor
        # people a verb or a link brings in ("rombongan disambut 20 orang pegawai", "rombongan dan 12 orang staf")
        (
            re.compile(
                r"(?<!pimpinan\s)(?<!ketua\s)(?<!pemimpin\s)\b(?:rombongan|delegasi|kontingen)"
                r"(?:\s+(?:itu|tersebut|ini|kali\s+ini|kami|kita|yang\s+(?:ikut|datang|hadir|berangkat)))?"
                rf"\s+(?:ada\s+|mencapai\s+|hanya\s+)?{_about()}{number}\s+orang\b(?!\s+(?:{_NOT_TRAINEES})\b)",
                flags,
            ),
            True,
            None,
        ),
        # "Sebanyak 35 mitra BKKBN … berangkat studi banding ke …", "40 kader PKK melakukan studi banding"
        (
            re.compile(
                rf"(?<![\w.,/:]){number}\s+(?:orang\s+)?(?:{_SENT_PEOPLE})\b(?=[^.\n]{{0,120}}\b(?:{_TRIP_WORDS})\b)",
                flags,
            ),
            True,
            None,  # (the look ahead for the trip reaches past the window a word needle would give)
        ),
        # "22 anggota Komisi D DPRD", "15 anggota dewan": a council's members are the travellers of its trip (any
        # council, DPRK and DPRA in Aceh, DPRP in Papua; any of its bodies, a Banggar or Bapemperda as well as a
        # komisi; and its members by the reporters' names for them, "legislator", "wakil rakyat")
        (
            re.compile(
                rf"(?<![\w.,/:]){number}\s+(?:orang\s+)?(?:anggota\s+(?:(?:(?:komisi|pansus|fraksi)\s+[\w-]+"
                rf"|{COUNCIL_BODIES})\s+)?"
                r"(?:DPRD|DPRK|DPRA|DPRP|DPD|dewan|DPR)|legislator|wakil\s+rakyat"
                # (or by the council's body alone, the council named elsewhere: "sebelas anggota Badan Legislasi",
                # "7 anggota Komisi C", "sembilan anggota Pansus II"; a komisi or pansus by its letter or number)
                r"|anggota\s+(?:(?:komisi|pansus)\s+(?:[A-E]|[IVX]{1,4}|\d{1,2})(?!\w)"
                rf"|{COUNCIL_BODIES}))\b",
                flags,
            ),
            True,
            None,
        ),
        # "75 perwira siswa Seskoau", "40 pasis Sespimmen": a staff college's trainees are its officer students
        # (and any state school's trainees by its own name for them: "164 praja", "60 taruna Akpol", "30 serdik")
        (
            re.compile(
                rf"(?<![\w.,/:])(?<!salah\s){number}\s+(?:orang\s+)?(?:{_SCHOOL_TRAINEES})\b",
                flags,
            ),
            True,
            # (the words looked for first: "siswa" finds "perwira siswa")
            re.compile(trainees.only("siswa", "pasis", "praja", "taruna", "taruni", "kadet", "serdik"), flags),
        ),
        # "Ke-30 siswa itu disambut …", "Ke-40 CPNS tersebut": the group counted when it is named again (by any
        # word for trainees)
        (
            re.compile(
                rf"\bke[\s-]+{number}\s+(?:orang\s+)?(?:{trainees.TRAINEES}|perwira)\s+(?:itu|tersebut)\b",
                flags,
            ),
            True,
            _AT_KE,
        ),
        # "Tiga puluh camat dan lurah se-Kota Binjai melakukan studi banding ke …": a count that opens the
        # lead (at a line start or after the dateline's dash) counts the group the sentence sends
        (
            re.compile(
                rf"{number}\s+(?:orang\s+)?"
                rf"(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})\b(?=[^.\n]{{0,160}}\b(?:{_TRIP_WORDS})\b)",
                flags,
            ),
            True,
            _AT_LEAD,
        ),
        # the group counting itself: "kami 25 Kepala Daerah mulai mengikuti …", "Saya dan 14 rekan lainnya berada
        # di …" (the speaker one of them: _ME_AND adds one), as "Peserta kami 28 orang", "Rombongan kami berjumlah
        # 85 orang" do (ky-11 dinamikamaluku, kd-03 dulohupa, kb-38 kemajuanrakyat, kv-08 kabarbanyuwangi)
        (
            re.compile(
                rf"\bkami\s+(?:sebanyak\s+|berjumlah\s+|ada\s+)?{number}\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)"
                rf"(?:{_PEOPLE})\b",
                flags,
            ),
            True,
            None,
        ),
        (
            re.compile(rf"\bsaya\s+(?:dan|bersama|beserta)\s+{number}\s+(?:orang\s+)?(?:rekan|teman|kawan)\b", flags),
            True,
            None,
        ),
        # the leader who went "with N people", then the trip in the sentence: "Ketua DPRD X bersama 15 anggotanya
        # menjalani studi banding", "Bupati Y bersama 16 pejabat ... berkunjung", "Camat Z bersama 60 orang wali
        # nagari melakukan studi tiru" (kf-07 blog, ly-12 antarapapua, ld-02 marapipost, kv-05 dprdtulungagung):
        # the count is of those with him; never the host's own people ("bersama 35 anggota DPRD setempat")
        (
            re.compile(
                rf"\bbe(?:rsama|serta)\s+{_about()}{number}\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})(?:nya)?\b"
                rf"(?![^.\n]{{0,40}}\bsetempat\b)(?=[^.\n]{{0,160}}\b(?:{_TRIP_WORDS})\b"
                # (or the party received by its host, which tells the guests as a trip word does: "Wakil Bupati A
                # beserta 14 kepala dinas diterima Sekda B", "Camat C bersama 11 kades disambut Lurah D"; never
                # "ditemui", the reporter's meeting)
                rf"|[^.\n]{{0,60}}?\b(?:{_RECEIVED_AS_GUESTS})\b)",
                flags,
            ),
            True,
            None,
        ),
        # ... and the leader's coming told first, "with N people" after it: "Bupati A yang datang bersama 12 pejabat
        # dari …", "Ia datang bersama 9 kepala dinas", "Kami berangkat bersama 13 anggota Komisi B": the count is
        # of those who came with him (three tune reports of three outlets)
        (
            re.compile(
                r"\b(?:datang|tiba|berkunjung|bertandang|berangkat)\b[^.\n]{0,30}?"
                rf"\bbe(?:rsama|serta)\s+{_about()}{number}\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})(?:nya)?\b"
                # (never the host's people come to receive the guests: "datang bersama 20 kepala dinas menyambut")
                rf"(?![^.\n]{{0,40}}\bsetempat\b)(?![^.\n]{{0,60}}\b(?:{verbs.RECEIVING})\b)",
                flags,
            ),
            True,
            None,
        ),
        # the party's members counted by that name ("Delapan orang anggota rombongan dipimpin …", "12 anggota
        # rombongan DPRD Kota A itu"): the travelling group itself (three tune reports of three outlets); not the
        # whole a part of it is told of ("Dari 20 orang anggota rombongan itu, 16 orang merupakan peserta")
        (
            re.compile(
                rf"(?<![\w.,/:])(?<!salah\s)(?<!dari\s)(?<!antara\s){number}\s+(?:orang\s+)?anggota\s+rombongan\b",
                flags,
            ),
            True,
            re.compile(r"\banggota\s+rombongan\b", flags),
        ),
        # "380 Kades yang ikut", "25 anggota dewan yang berangkat": a count told of those who went (_CAME)
        (
            re.compile(
                rf"(?<![\w.,/:])(?<!salah\s){number}\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})\b"
                rf"(?:\s+(?!lain)[A-Za-z]+){{0,2}}?\s+yang\s+(?:{_CAME_VERBS})\b",
                flags,
            ),
            True,
            re.compile(rf"\byang\s+(?:{_CAME_VERBS})\b", flags),
        ),
        # "peserta … berjumlah 37 orang", "jumlah peserta … ada 25 orang"
        (
            re.compile(rf"(?<![\w.,/]){number}\s+orang\b(?!\s+(?:{_NOT_TRAINEES})\b)", flags),
            False,
            re.compile("orang", flags),
        ),
    ]


# a total followed by what it is made of: "31 orang, terdiri dari 25 peserta dan 6 pendamping", or its parts after a
# colon ("rombongan 60 orang: pasis 45, pembimbing dan staf 15")
_BREAKDOWN = re.compile(
    r"(?:[^.\n]{0,60}?\b(?:terdiri\s+(?:dari|atas)|termasuk|meliputi)\b|(?:\s+orang)?\s*:)([^.\n]{0,200})",
    re.IGNORECASE,
)


# a part named before its number ("… terdiri dari pimpinan dan staf 7 orang, pasis 30 orang"): the trainees' word
# right before it, with "sebanyak", "berjumlah" or a colon between at most
@cache
def _trainees_then_number() -> re.Pattern:
    return re.compile(
        r"\b(?:"
        + trainees.TRAINEES
        + rf")\s*(?:(?:sebanyak|berjumlah)\s+|:\s*)?(\d{{1,4}}|{COUNT_WORDS_RE})\b(?![.,]\d)",
        re.IGNORECASE,
    )


_ESCORTS = re.compile(
    r"(?:orang\s+)?(?:pimpinan\s+rombongan|pembimbing|pendamping|widyaiswara|widya\s*iswara|panitia|pengajar"
    rf"|fasilitator|mentor|staf|tenaga\s+ahli|official|ofisial|{_ESCORT_WORDS})\b",
    re.IGNORECASE,
)
# a time stamp of a header line ("Senin, 3 Juli 2023 | 09:30 WIB"): what follows is no count
_AFTER_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)?\s*[|,-]?\s*$", re.IGNORECASE)
# a page's hit counter ("Dilihat 69 kali", "dibaca 436 pembaca", "1572 views", "oleh -242 Dilihat", "245 kali
# dibaca"), as the pages of ka-07, kb-26, km-21, kq-23 and dev-a-01 carry it by their headline: a number of
# readings or of times, never of people
_COUNTER_BEFORE = re.compile(r"\b(?:dibaca|dilihat|views?|hits|pembaca)\s*[:=]?\s*-?\s*$", re.IGNORECASE)
_COUNTER_AFTER = re.compile(r"\s*(?:kali\b|(?:dibaca|dilihat|views?|hits|pembaca)\b)", re.IGNORECASE)
# a blank line parts a header from the headline and a headline from the story: a count and its noun are
# never on both sides of it
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


# (the trainees by any word for them: "52 praja", "30 pasis" count the trainees as "31 peserta" does)
_TRAINEES_AFTER = re.compile(r"(?:orang\s+)?(?:" + trainees.TRAINEES + r")\b", re.IGNORECASE)
_TRAINEES_WORD = re.compile(r"\s+" + _TRAINEES_AFTER.pattern, re.IGNORECASE)
# "Rombongan itu terdiri dari …": a breakdown of the group total given in an earlier sentence
_GROUP_BREAKDOWN = re.compile(
    r"\b(?:rombongan|mereka)\s+(?:\w+\s+){0,2}?(?:terdiri\s+(?:dari|atas)|meliputi)\b([^.\n]{0,200})", re.IGNORECASE
)


# the total's make-up told in the sentence right after it, opened by "Di antaranya" or "Dari N orang itu" ("…
# seluruhnya 30 orang. Di antaranya ada dua tenaga ahli …", "… diikuti 25 orang. Dari 25 orang itu, 22 anggota dan
# seorang staf pendamping …"): read as a breakdown of that total (docs/schema.md "A count told roughly or in parts")
_NEXT_BREAKDOWN = re.compile(
    r"[^.\n]{0,80}?\.\s+(?:Di\s*antaranya|Dari\s+\w+\s+orang\s+(?:itu|tersebut)\s*,?)([^.\n]{0,200})", re.IGNORECASE
)
_ONE_PERSON = re.compile(r"\bseorang\s+", re.IGNORECASE)


# "Peserta berasal dari Kabupaten A sebanyak 20 orang dan Kabupaten B sebanyak 10 orang": a cohort
# drawn from several governments is counted by where its members come from, each part with its own
# "sebanyak N orang"; the group that travelled is the sum of the parts
_BY_ORIGIN = re.compile(r"\bberasal\s+dari\b[^.\n]{0,300}", re.IGNORECASE)


@cache
def _origin_part() -> re.Pattern:
    return re.compile(rf"\b(?:sebanyak|berjumlah)\s+(\d{{1,4}}|{COUNT_WORDS_RE})\s+orang\b", re.IGNORECASE)


def _summed_by_origin(text: str, mentions: list[ParticipantMention]) -> list[ParticipantMention]:
    """The parts of a count by origin replaced by their sum, at the first part's number."""
    for b in _BY_ORIGIN.finditer(text):
        parts = [(m.start(1), m.end(1), parse_int(m.group(1)) or 0) for m in _origin_part().finditer(text, *b.span())]
        if len(parts) < 2:
            continue
        total = sum(v for _, _, v in parts)
        starts = {start for start, _, _ in parts}
        mentions = sorted(
            [m for m in mentions if m.start not in starts]
            + [ParticipantMention(parts[0][0], parts[0][1], total, True)],
            key=lambda p: p.start,
        )
    return mentions


# (built once, by warm_up, not at the first article that breaks a total down)
@cache
def _number_of_part() -> re.Pattern:
    return re.compile(rf"(?<![\w.,/])(\d{{1,4}}|{COUNT_WORDS_RE})\s+")


def _trainees_in(rest: str, total: int) -> int | None:
    """The trainees of a group total from what it is made of: its "N peserta" part, or the total
    less the escorts named ("… serta 11 orang pimpinan rombongan dan pendamping" → total − 11)."""
    numbers = _number_of_part().finditer(rest)
    items = [(v, n.end()) for n in numbers if (v := parse_int(n.group(1)))]
    for value, end in items:
        if _TRAINEES_AFTER.match(rest, end):
            return value if value < total else None
    named = _trainees_then_number().search(rest)
    if named is not None and (value := parse_int(named.group(1))):
        return value if value < total else None
    if "eorang" in rest:  # (one escort written "seorang staf")
        items += [(1, one.end()) for one in _ONE_PERSON.finditer(rest)]
    escorts = sum(value for value, end in items if _ESCORTS.match(rest, end))
    # escorts accompany a cohort and are always its smaller part: when widyaiswara or staff make up
    # half the group or more ("4 orang, terdiri atas 3 orang widyaiswara dan 1 orang petugas"), the
    # staff are the travellers themselves (a training centre's own study trip) and the total stands
    if escorts * 2 >= total:
        return None
    return total - escorts if 0 < escorts < total else None


# "Rombongan berjumlah 45 orang, 40 di antaranya peserta …": the trainees told as a part of the total
_OF_WHOM = re.compile(
    r"[^.\n]{0,12}?,\s*(\d{1,4})\s+(?:orang\s+)?(?:di\s*antaranya|diantaranya)\s+(?:adalah\s+|merupakan\s+)?"
    r"(?:" + trainees.TRAINEES + r")\b",
    re.IGNORECASE,
)


def _trainees_of_total(text: str, m: ParticipantMention) -> int | None:
    """The trainees of a total broken down right after it; None when it is not broken down."""
    b = _BREAKDOWN.match(text, m.end)
    if b is None and ("antara" in text or "Dari" in text or "dari" in text):
        b = _NEXT_BREAKDOWN.match(text, m.end)
    if b is not None:
        return _trainees_in(b.group(1), m.value)
    w = _OF_WHOM.match(text, m.end)
    value = int(w.group(1)) if w is not None else None
    return value if value is not None and value < m.value else None


# the words most reports hold, put first in their needle groups: a group is told present at its first word found,
# and each word a text lacks costs a search of the whole text (the order of a group's words changes no answer)
_COMMON_FIRST = {
    w: i
    for i, w in enumerate(
        ("be", "dan", "yang", "serta", "kami", "kerja", "rombongan", "kunjungan", "datang", "stud", "kepala", "tim")
        + ("ikut", "rsama", "bersama", "peserta", "orang", "anggota")
    )
}
_GATES: dict[int, tuple[re.Pattern, Needles, tuple[str, ...]]] = {}


def _gate(pattern: re.Pattern) -> tuple[Needles, tuple[str, ...]]:
    # (remembered by the pattern's id, as scanning.gate: a functools cache hashes the whole pattern)
    got = _GATES.get(id(pattern))
    if got is None or got[0] is not pattern:
        needles_, leads_ = gate(pattern)
        common = len(_COMMON_FIRST)
        ordered = tuple(tuple(sorted(g, key=lambda n: _COMMON_FIRST.get(n, common))) for g in needles_)
        got = _GATES[id(pattern)] = (pattern, ordered, leads_)
    return got[1], got[2]


# a pattern whose match opens with its count (the number of _patterns, no word before it): every match starts
# at an ASCII digit or at a number word, where a text has no other digits (\d takes any script's)
_COUNT_FIRST = r"(?<![\w.,/:])((?:(?!(?:19|20)\d\d\b)"
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # (a class: the engine skips to it)


@lru_cache(maxsize=4)  # (asked of one article for each pattern of a count in turn)
def _ascii_digits(text: str) -> bool:
    return text.isascii() or _OTHER_DIGIT.search(text) is None


@cache
def _count_leads() -> tuple[str, ...]:
    """What a count starts with: a digit, or one of the number words (scanning.leads of COUNT_WORDS_RE)."""
    words = leads(re.compile(COUNT_WORDS_RE, re.IGNORECASE), 2)
    return (*"0123456789", *words) if words else ()  # (none known: every offset tried, as before)


# the size of one standing unit of a council, said to explain how many go ("Satu pansus isinya
# sekitar 11 anggota dewan", "setiap komisi beranggotakan sembilan orang"): what a unit holds, not
# the head count of the trip the article reports
_UNIT_SIZE_BEFORE = re.compile(
    r"\b(?:satu|setiap|tiap|per)\s+(?:pansus|komisi|fraksi|panitia\s+khusus)\b[^.\n]{0,25}?"
    r"\b(?:isinya|berisi|beranggotakan|terdiri\s+(?:dari|atas)|berjumlah|diisi(?:\s+oleh)?)\s+"
    r"(?:sekitar\s+|kurang\s+lebih\s+|hingga\s+|sampai\s+)?$",
    re.IGNORECASE,
)
_UNIT_SIZE_NEEDLES = needles(_UNIT_SIZE_BEFORE)  # (its words, looked for in the window before it is tried)


# a count said per unit of the sender ("Tiap desa mengirim 7 orang", "setiap OPD diwakili dua orang", "dua orang
# per kepala desa", "10 orang per perwakilan"): what one unit sends, not the group's head count (kw-11 memopos,
# ls-03 suara, kg-10 solopos); a unit that travels as a group of its own ("Setiap angkatan berjumlah 32 orang",
# each cohort, class, group or wave) is counted by cohort_fields, and a word of time is no unit
_NOT_A_UNIT = (
    r"(?!(?:hari|tahun|bulan|minggu|pekan|malam|pagi|siang|sore|kali|saat|waktu|periode|ini|itu|tersebut|yang"
    r"|angkatan|kelas|kelompok|gelombang|rombongan|tim|regu|sesi|batch)\b)"
)
_PER_UNIT_BEFORE = re.compile(
    rf"\b(?:setiap|tiap(?:-tiap)?)\s+{_NOT_A_UNIT}\w+(?:\s+{_NOT_A_UNIT}\w+){{0,2}}\s+"
    r"(?:sebanyak\s+|sekitar\s+|hingga\s+|sampai\s+|maksimal\s+)?$",
    re.IGNORECASE,
)
_PER_UNIT_AFTER = re.compile(
    rf"\s+(?:orang\s+)?(?:\w+\s+)?(?:per|(?:untuk|dari)\s+(?:setiap|tiap|masing-masing)|setiap|tiap)\s+{_NOT_A_UNIT}\w",
    re.IGNORECASE,
)


def _unit_size(text: str, m: ParticipantMention) -> bool:
    low = folded(text)
    start = max(0, m.start - 70)
    # (its words looked for first in the window, its units among them: the pattern is tried at each offset of it)
    if (
        may_match_within(_UNIT_SIZE_NEEDLES, low, start, m.start)
        and _UNIT_SIZE_BEFORE.search(text, start, m.start) is not None
    ):
        return True
    return _PER_UNIT_BEFORE.search(text, max(0, m.start - 60), m.start) is not None or (
        _PER_UNIT_AFTER.match(text, m.end) is not None
    )


# a council's membership ("DPRD Kabupaten A beranggotakan 45 orang", "DPRD-nya, yang beranggotakan 35 orang dalam
# tujuh fraksi"): how many sit on it, not how many travelled, whichever council it is; a party of a council
# ("Rombongan DPRD A yang beranggotakan 12 orang") is counted by its party word
_COUNCIL_SIZE_BEFORE = re.compile(
    # (a party word as a word: a region's short name may end in its letters, "DPRD Kaltim", "Dewan Kotim")
    r"\b(?:DPRD|dewan)(?:-nya)?\b(?:(?!\b(?:rombongan|tim|delegasi|kelompok)\b)[^.\n]){0,40}?\bberanggotakan\s+"
    r"(?:sekitar\s+|sebanyak\s+)?$",
    re.IGNORECASE,
)
_PARTY_WORD = re.compile(r"\b(?:rombongan|tim|delegasi|kelompok)\b", re.IGNORECASE)


def _council_size(text: str, m: ParticipantMention) -> bool:
    start = max(0, m.start - 70)
    return (
        "beranggotakan" in text[start : m.start]
        and (s := _COUNCIL_SIZE_BEFORE.search(text, start, m.start)) is not None
        and _PARTY_WORD.search(text, max(0, s.start() - 20), s.start()) is None
    )


# the foreign officers a staff college's cohort takes along ("juga diikuti tiga perwira siswa dari negara sahabat",
# "ada empat pasis asing yang ikut", "turut diikuti dua perwira asal Malaysia dan India"): a part of the group, never
# its count (eight tune reports of seven outlets); told as a part, after "juga", "turut", "serta", "ada"…, since a
# foreign delegation or an international course is counted by its country too ("Sebanyak 30 pejabat asal Timor
# Leste berkunjung …", "diikuti 60 peserta dari berbagai negara sahabat")
@cache
def _foreign_after() -> re.Pattern:
    country = "|".join(re.escape(n) for n in country_names())
    return re.compile(
        r"\s+(?:orang\s+)?(?:(?!(?:dari|dan|serta|berbagai|beberapa|sejumlah)\b)[\w-]+\s+){1,3}?(?:(?:asing|mancanegara|(?:dari\s+)?negara\s+sahabat"
        rf"|dari\s+luar\s+negeri)|(?:asal|dari)\s+(?:[A-Z]\w*\s+){{0,2}}?(?:dan\s+)?(?-i:{country}))\b",
        re.IGNORECASE,
    )


_ALSO_BEFORE = re.compile(r"\b(?:turut|juga|pula|ada|serta|dan|termasuk|antaranya)\b[^.\n]{0,20}$", re.IGNORECASE)


def _foreign_part(text: str, m: ParticipantMention) -> bool:
    return (
        _ALSO_BEFORE.search(text, max(0, m.start - 25), m.start) is not None
        and _foreign_after().match(text, m.end) is not None
    )


# the agent of a passive verb of receiving is the host: "Rombongan diterima oleh 12 anggota Komisi II DPRD
# Kota X", "disambut dua legislator DPRD Makassar", "cuma ditemui dua anggota DPRD Kota Malang" (ks-01
# suryamalang, ki-04 sulselekspres): a count there counts those who received the guests, never the guests
_HOSTS_BEFORE = re.compile(
    r"\b(?:" + verbs.RECEIVED + r")\s+(?:(?:langsung|hangat|baik|ramah|hanya|cuma|pula|juga)\s+){0,2}"
    r"(?:oleh\s+)?(?:sebanyak\s+|sekitar\s+|sejumlah\s+)?$",
    re.IGNORECASE,
)


def _hosts_count(text: str, m: ParticipantMention) -> bool:
    return _HOSTS_BEFORE.search(text, max(0, m.start - 50), m.start) is not None


# a count after "dari" that a part stands before counts the whole body a part of it went from ("sebagian besar dari
# 75 anggota DPRD", "hampir semua dari 50 anggota dewan", "Baru 40 dari 190 pegawai", "12 dari 100 anggota"): the
# council or staff as a whole, not the group (lq-08 tribunsumsel, kj-02 bandungkita, fc-06, lx-04 tribunnews)
_PART_OF_BEFORE = re.compile(
    r"\b(?:sebagian(?:\s+besar)?|hampir\s+(?:semua|seluruh(?:nya)?)|separuh(?:nya)?|setengah(?:nya)?|mayoritas"
    r"|kebanyakan|beberapa|\d{1,4}(?:\s+orang)?)\s+(?:dari|di\s*antara)\s+(?:total\s+|jumlah\s+|seluruh\s+)?$",
    re.IGNORECASE,
)


# ... and the whole told first, at the head of its clause, the part counted after a comma and going ("Dari 54
# peserta PKN, sebanyak 13 orang datang ke Sragen", "Di antara 60 anggota dewan, hanya 20 yang ikut"): the part
# went (not "Dari 30 peserta, 11 orang meraih nilai sangat memuaskan": a part told by no trip)
_WHOLE_FRONTED = re.compile(
    r"(?:^|[.;:!?\n\"“–—-]\s*|,\s*)(?:dari|di\s*antara)\s+(?:total\s+|jumlah\s+|seluruh\s+)?$", re.IGNORECASE
)


@cache
def _part_after() -> re.Pattern:
    return re.compile(
        rf"[^.\n,]{{0,80}},\s*(?:(?:sebanyak|sejumlah|hanya|baru|cuma)\s+)?(?:\d{{1,4}}|{COUNT_WORDS_RE})(?!\w)"
        rf"[^.\n]{{0,60}}?\b(?:datang|hadir|ikut|turut|diberangkatkan|dikirim|{verbs.DEPARTING}|{verbs.TRAVELLING}"
        rf"|{verbs.GOING_TO})\b",
        re.IGNORECASE,
    )


def _part_of_whole(text: str, m: ParticipantMention) -> bool:
    before = text[max(0, m.start - 20) : m.start]
    if "dari" in before:
        return _PART_OF_BEFORE.search(text, max(0, m.start - 50), m.start) is not None or _fronted_whole(text, m)
    return ("Dari" in before or "antara" in before) and _fronted_whole(text, m)


def _fronted_whole(text: str, m: ParticipantMention) -> bool:
    return _WHOLE_FRONTED.search(text, max(0, m.start - 30), m.start) is not None and bool(
        _part_after().match(text, m.end)
    )


# a four-digit number right after a month's name is the date's year, whatever words follow it ("digelar 17-21 Mei
# 2023 itu diikuti peserta …", "pada 12 Juni 2024 peserta …"): never a head count
# a number after a cohort's or a level's word ("angkatan ke-29 yang diikuti peserta …", "Angkatan 5 peserta …"):
# it ranks the cohort, it counts no one ("Ke-30 peserta itu", the group named again, has no such word before)
_PEOPLE_NEXT = re.compile(r"\s+orang\b")  # ("masing-masing angkatan 40 orang": each cohort's size)
# ... or after a sub-group's label word ("Kelompok 2 peserta Latsar …", "Tim 1 peserta PKA …"): it names the group
_ORDINAL_BEFORE = re.compile(
    r"\b(?:angkatan|angk\.|tingkat|tk\.|gelombang|kelas|kelompok|tim|regu|grup|sesi|batch)\s+(?:ke-?\s*)?$", re.I
)

# ... and a four-digit year right after a cohort's rank or a (budget) year's word dates the cohort or the budget
# ("Angkatan Ke-IX 2023 diselenggarakan peserta …", "Tahun Anggaran 2022 dihadiri peserta …"): never a head count
_YEAR_OF_BEFORE = re.compile(
    r"(?:\b(?:angkatan|angk\.|tingkat|tk\.|gelombang|kelas|batch)\s+(?:ke-?\s*)?[IVXLC\d]{1,6}"
    r"|\btahun(?:\s+anggaran)?|\bTA\.?)\s+$",
    re.I,
)


@cache
def _month_before() -> re.Pattern:
    return re.compile(rf"(?<!\w){dates.month_pattern()}\.?,?\s+$", re.IGNORECASE)


# groups counted one after another in one list, each by its own people word and named by its own body or region
# ("menerima 20 anggota DPRD dari A dan 15 pegawai dari B", "menjamu 30 kepala desa Kabupaten A serta 25 perangkat
# desa Kabupaten B"): the word that counted the first counts each of them, a count after the list's link is as
# much a group's head count as the first (not "dan 3 unit mobil", no people; not "30 peserta, 11 orang", a part of
# a whole named by no body; not "7 orang, terdiri atas kepala desa, 3 perangkat desa …": the link is the first)
@cache
def _listed_next() -> re.Pattern:
    return re.compile(
        rf"(?:\s*\([^)\n]{{1,30}}\))?\s+(?:orang\s+)?(?:{_PEOPLE})\b(?P<own>(?:(?!terdiri|meliputi|yaitu|yakni|antara|masing)[^.\n;:\d,]){{0,60}}?)"
        rf"(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)(?:sebanyak\s+|sejumlah\s+)?{_about()}"
        rf"(?P<n>\d{{1,4}}|{COUNT_WORDS_RE})\s+(?:orang\s+)?(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})\b",
        re.IGNORECASE,
    )


_NAMED = re.compile(r"\s[A-Z]")  # a capitalised word: a body or region named


def _listed_counts(text: str, found: dict[int, ParticipantMention]) -> None:
    for m in [f for f in found.values() if f.strong]:
        while (nxt := _listed_next().match(text, m.end)) is not None:
            if not _NAMED.search(nxt.group("own")):
                break  # (the group named by its body or region, not "30 peserta, 11 orang", a part of a whole)
            value = parse_int(nxt.group("n"))
            had = found.get(nxt.start("n"))
            if value is None or not 1 <= value <= 5000 or (had is not None and had.strong):
                break  # (a count found strong already: the list was read from it)
            m = found[nxt.start("n")] = ParticipantMention(nxt.start("n"), nxt.end("n"), value, True)


def listed_groups(text: str, mentions: list[ParticipantMention]) -> list[list[ParticipantMention]]:
    """The counts of `find_participants` set in one list of groups, each named by its own body or region
    (`_listed_next`), every list of two or more in order."""
    at = {m.start: m for m in mentions}
    out: list[list[ParticipantMention]] = []
    for m in mentions:
        if not m.strong or any(m in chain for chain in out):
            continue
        chain = [m]
        while (nxt := _listed_next().match(text, chain[-1].end)) and _NAMED.search(nxt.group("own")):
            if nxt.start("n") not in at or at[nxt.start("n")] in chain:
                break
            chain.append(at[nxt.start("n")])
        if len(chain) >= 2:
            out.append(chain)
    return out


def find_participants(text: str) -> list[ParticipantMention]:
    found: dict[int, ParticipantMention] = {}
    peserta: list[tuple[int, int]] | None = None
    # (the patterns share many needles, the people words above all: each looked for in the text once)
    seen: dict[str, bool] = {}
    for pattern, strong, needle in _patterns():
        if needle is _BEFORE_PESERTA:
            if peserta is None:
                # only the windows that hold a number at all (digits or a number word)
                peserta = [
                    (lo, w.end())
                    for w in finditer(_PESERTA, text)
                    if _HAS_NUMBER.search(text, lo := max(0, w.start() - 70), w.start())
                ]
            matches = (m for lo, hi in peserta for m in pattern.finditer(text, lo, hi))
        elif needle is _BEFORE_PESERTA_DARI:
            if peserta is None:
                continue  # filled by the pattern before, which always runs first
            matches = (
                m for lo, hi in peserta if _DARI_NUMBER.search(text, lo, hi) for m in pattern.finditer(text, lo, hi)
            )
        elif needle is _AT_LEAD:
            matches = (
                m
                for at in _lead_starts(text)
                if _HAS_NUMBER.match(text, at) and (m := pattern.match(text, at)) is not None
            )
        elif needle is _AT_KE:
            matches = (m for k in _KE_NUMBER.finditer(text) if (m := pattern.match(text, k.start())) is not None)
        elif needle is not None and not (
            may_match_seen(_gate(needle)[0], folded(text), seen) and search(needle, text) is not None
        ):
            continue  # (its words looked for first: the search tries every alternative at every offset)
        elif needle is None:
            # the words every match holds, and those it starts with (scanning): most texts lack them
            low = folded(text)
            needles_, leads_ = _gate(pattern)
            if not may_match_seen(needles_, low, seen):
                continue
            if not leads_ and pattern.pattern.startswith(_COUNT_FIRST) and _ascii_digits(text):
                leads_ = _count_leads()  # (a match opens with its count: tried at digits and number words only)
            matches = scan(pattern, leads_, text, low)
        else:
            # the pattern ends at its word ("orang", "perwira siswa"): it is tried only in the few words
            # before each, where a number stands
            # (the word's matches found as the search above found the first: tried only where its leads start)
            matches = (
                m
                for w in finditer(needle, text)
                if _HAS_NUMBER.search(text, lo := max(0, w.start() - 70), w.start())
                for m in pattern.finditer(text, lo, min(len(text), w.end() + 60))
            )
        for m in matches:
            value = parse_int(m.group(1))
            if value is not None and _ME_AND.search(text, max(0, m.start(1) - 20), m.start(1)):
                value += 1  # "Saya dan 14 rekan": the speaker and fourteen others
            if value is None or not 1 <= value <= 5000:
                continue
            if _AFTER_TIME.search(text[max(0, m.start(1) - 20) : m.start(1)]):
                continue
            if 1900 <= value <= 2099 and (
                _month_before().search(text, max(0, m.start(1) - 16), m.start(1))
                or _YEAR_OF_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
            ):
                continue
            if (
                needle is not _AT_KE
                and _ORDINAL_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))
                and not _PEOPLE_NEXT.match(text, m.end(1))
            ):
                continue
            if (
                _COUNTER_AFTER.match(text, m.end(1))
                or _COUNTER_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1))
                or _BLANK_LINE.search(text, m.end(1), m.end())
            ):
                continue
            if m.start(1) not in found or strong and not found[m.start(1)].strong:
                found[m.start(1)] = ParticipantMention(m.start(1), m.end(1), value, strong)
    _listed_counts(text, found)
    mentions = sorted(
        (
            m
            for m in found.values()
            if not _unit_size(text, m)
            and not _hosts_count(text, m)
            and not _part_of_whole(text, m)
            and not _council_size(text, m)
            and not _foreign_part(text, m)
        ),
        key=lambda p: p.start,
    )
    if "berasal" in text:
        mentions = _summed_by_origin(text, mentions)
    # a total broken down into trainees and escorts counts its trainees, wherever it is written
    adjusted: dict[int, int] = {}
    # only a total of people in general is broken down; "31 peserta" already counts the trainees
    # ("selain peserta, rombongan juga terdiri dari tiga coach")
    totals = [m for m in mentions if not _TRAINEES_WORD.match(text, m.end)]
    for m in totals:
        trainees = _trainees_of_total(text, m)
        if trainees is not None:
            adjusted.setdefault(m.value, trainees)
    total = next((m for m in mentions if m.strong), None)
    total = total if total in totals else None
    if (
        not adjusted
        and total is not None
        and ("terdiri" in text or "meliputi" in text or "Terdiri" in text)
        and (g := _GROUP_BREAKDOWN.search(text, total.end)) is not None
    ):
        trainees = _trainees_in(g.group(1), total.value)
        if trainees is not None:
            adjusted[total.value] = trainees
    if adjusted:
        broken = [m for m in mentions if m.value in adjusted]
        mentions = [
            ParticipantMention(m.start, m.end, adjusted[m.value], True) if m.value in adjusted else m for m in mentions
        ]
        # the trainees' part of the breakdown, counted once more by their own name ("52 orang, terdiri atas 48
        # praja"), is the same group
        mentions = [
            m
            for m in mentions
            if not any(b.end < m.start <= b.end + 250 and adjusted[b.value] == m.value for b in broken)
        ]
    if "bagi" in text or "pecah" in text or "sebar" in text:
        mentions = _parts_of_split(text, mentions)
    if len(mentions) >= 2 and _SERVERS_NEEDLE.search(text):
        mentions = _learners_beside_total(text, mentions)
        mentions = _whole_after_its_parts(text, mentions)
    enrolled = [(m, end) for m in mentions if (end := _enrolment(text, m)) is not None]
    if enrolled:
        # the intake, wherever repeated, and the parts of its breakdown
        values = {m.value for m, _ in enrolled}
        mentions = [
            m for m in mentions if m.value not in values and not any(e.end <= m.start < end for e, end in enrolled)
        ]
    return mentions


# A national college tells its whole intake, not the group at a host: the count is said of all its
# trainees ("Total perwira siswa seluruhnya 150 orang", "jumlah peserta didik 121 peserta") and broken
# down by the services and ranks they come from ("139 perwira TNI ..., TNI AD 58 orang", "76 Pamen Polri"),
# while the cohort is spread over several regions (kx-05 mediakendari, ll-02 sultrakini, kb-28 teraslampung).
# That count is no visit's head count, wherever else the article repeats it ("Ke-121 peserta itu").
# (a group at the host broken down by service, "sebanyak 25 personil, masing-masing TNI-AD 2 orang", is not
# said of all, nor a total of the group, "berjumlah total 25 orang, terdiri dari 10 perwira TNI …"; nor is
# "Seluruhnya ada 164 praja yang …" broken down by service)
_WHOLE_BEFORE = re.compile(
    r"\b(?:seluruhnya|keseluruhan|jumlah\s+peserta\s+didik)\b"
    r"[^.\n]{0,30}$",
    re.IGNORECASE,
)


@cache
def _by_service() -> re.Pattern:
    count = rf"(?:\d{{1,4}}|{COUNT_WORDS_RE})"
    return re.compile(
        rf"\b(?:{count}\s+(?:orang\s+)?(?:perwira\s+(?:TNI|Polri|negara)|Pamen|Pati|Pama)\b"
        rf"|(?:TNI[\s-]*A[DLU]|Polri)\s+{count}\s+orang\b)",
        re.IGNORECASE,
    )


_CLAUSE_END = re.compile(r"[.\n]")


def _enrolment(text: str, m: ParticipantMention) -> int | None:
    """Where the breakdown of a whole intake counted at m ends (its sentence's end); None when m is no intake."""
    if _WHOLE_BEFORE.search(text, max(0, m.start - 60), m.start) is None:
        return None
    by = _by_service().search(text, m.end, min(len(text), m.end + 200))
    if by is None:
        return None
    stop = _CLAUSE_END.search(text, by.end())
    return stop.start() if stop is not None else len(text)


# A whole told split into groups or posts, then the one group at the host counted ("berjumlah 48 orang yang dibagi
# menjadi tiga kelompok. Yang hadir … sebanyak 16 orang", "45 peserta yang terbagi dalam lima kelompok, setiap
# kelompok beranggotakan 9 orang", "120 perwira siswa …, tersebar di 8 Kodam. Salah satunya Pokjar 3, berisi 15"):
# the group at the host is the part, the whole went elsewhere too (three tune reports of three outlets). A split into
# waves, classes, cohorts or countries is told by the modules of those; a whole with no part counted after it stays.
_SPLIT_AFTER = re.compile(
    r"[^.\n]{0,40}?\b(?:dibagi|terbagi|dipecah|tersebar)\s+(?:ke\s+dalam|menjadi|dalam|atas|ke|di)\s+"
    rf"(?:\d{{1,3}}|{COUNT_WORDS_RE})\s+(?!(?:gelombang|angkatan|kelas|negara)\b)\w",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(
    r"(?:\b(?:kelompok|pokjar|tim|regu|sindikat)\b[^.\n]{0,25}?\b(?:berisi|beranggotakan|terdiri\s+(?:dari|atas)"
    r"|berjumlah)|\byang\s+(?:datang|hadir|berkunjung|ditempatkan|diterjunkan|turun)\b[^.\n]{0,40}?)"
    r"\s+(?:sebanyak\s+|sekitar\s+)?$",
    re.IGNORECASE,
)
_PART_REACH = 400  # (the part is told in the next sentences)


def _parts_of_split(text: str, mentions: list[ParticipantMention]) -> list[ParticipantMention]:
    split = [m for m in mentions if _SPLIT_AFTER.match(text, m.end)]
    wholes = {
        w.start
        for w in split
        if any(
            w.end < m.start <= w.end + _PART_REACH
            and m.value < w.value
            and _PART_BEFORE.search(text, max(0, m.start - 70), m.start)
            for m in mentions
        )
    }
    if not wholes:
        return mentions
    values = {m.value for m in mentions if m.start in wholes}
    # (the whole repeated elsewhere is the whole still)
    return [m for m in mentions if m.value not in values]


# SCHEMA ("A leader and a stated count"): the learners counted, then those who serve them joined to the party, then
# the party's total ("diikuti 40 anggota DPRD ditambah sejumlah karyawan Setwan. Seluruhnya lebih dari 50 orang",
# "25 anggota dewan … tiap komisi kami sertai 3 orang staf Sekretariat DPRD. Jadi total yang ikut 34 orang", "113
# kepala dinas beserta istri …, sehingga total pesertanya 226 orang"; kt-02 diswayjateng, kq-01 bengkuluekspress,
# nz-02 regamedianews): the learners' count is the group's, the total (wherever the report repeats it, "rombongan
# yang berjumlah sekitar 50 orang") counts the servants too. A total after a party all of whom learn ("Bupati,
# kepala dinas serta 50 anggota DPRD ikut. Jumlah rombongan seluruhnya 120 orang") has no servant joined and stays.
_SERVERS = (
    r"staf|karyawan|setwan|sekwan|sekretariat|tenaga\s+ahli|istri|suami|pendamping|pendukung|ajudan|sopir|supir"
    r"|protokol|panitia|pembimbing|ofisial|official"
)
_SERVERS_NEEDLE = re.compile(
    r"\b(?:seluruhnya|totalnya|total|semuanya|keseluruhan|jumlah\s+rombongan)\b", re.IGNORECASE
)
_SERVERS_JOINED = re.compile(
    r"\b(?:ditambah|didampingi|beserta|bersama|plus|serta|(?:di)?sertai|termasuk)\b[^.\n]{0,40}?\b(?:"
    + _SERVERS
    + r")",
    re.IGNORECASE,
)
_SERVERS_REACH = 300  # (the total is told in the same or the next sentences)


@cache
def _total_after() -> re.Pattern:
    return re.compile(
        r"\b(?:seluruhnya|totalnya|total|semuanya|keseluruhan|jumlah\s+rombongan)\b[^.\n\d]{0,50}?"
        r"(?:sekitar\s+|lebih\s+dari\s+|kurang\s+lebih\s+|mencapai\s+|sebanyak\s+|berjumlah\s+|ada\s+)?"
        rf"(\d{{1,4}}|{COUNT_WORDS_RE})\s+orang\b",
        re.IGNORECASE,
    )


def _learners_beside_total(text: str, mentions: list[ParticipantMention]) -> list[ParticipantMention]:
    for m in mentions:
        if not m.strong:
            continue
        hi = min(len(text), m.end + _SERVERS_REACH)
        total = _total_after().search(text, m.end, hi)
        if total is None or (value := parse_int(total.group(1))) is None or value <= m.value:
            continue
        if _SERVERS_JOINED.search(text, m.end, total.start()) is None:
            continue
        # (the learners stand; the total, wherever told, is dropped)
        return [x for x in mentions if x.value != value]
    return mentions


# SCHEMA ("A leader and a stated count"): a party told by its kinds of people, one of them counted ("Bupati, Sekda,
# kepala dinas dan camat, serta 50 anggota DPRD ikut", "diikuti 20 lurah dan 7 camat"), then by its whole
# ("Jumlah rombongan seluruhnya sekitar 120 orang", "rombongan ini seluruhnya berjumlah 40 orang"; kf-14 dutaco,
# rm-10 republika): all of it learns, as a regent's party of officials does, and the whole is the group's count,
# not the one kind counted. Not where those beside the count serve it (staff, escorts: _learners_beside_total and
# the learners' count), nor a count of trainees ("40 peserta … seluruhnya 45 orang": the rest serve them).
_WHOLE_REACH = 600  # (the whole is told a few sentences on, after the trip's plan)
_LISTED_BEFORE = re.compile(r"(?:,|\b(?:serta|dan))\s*(?:sebanyak\s+|sejumlah\s+)?$", re.IGNORECASE)
_ESCORTS_BETWEEN = re.compile(
    rf"\b(?:{_SERVERS}|widyaiswara|widya\s*iswara|pengajar|fasilitator|mentor|coach|{_ESCORT_WORDS})\b", re.IGNORECASE
)


@cache
def _listed_after() -> re.Pattern:
    return re.compile(
        rf"\s+(?!(?:orang\s+)?(?:{trainees.TRAINEES})\b)[^.,;\n\d]{{1,40}}?\s(?:dan|serta)\s+(?:\d{{1,4}}|{COUNT_WORDS_RE})\s",
        re.IGNORECASE,
    )


def _whole_after_its_parts(text: str, mentions: list[ParticipantMention]) -> list[ParticipantMention]:
    for m in mentions:
        if not m.strong or _TRAINEES_WORD.match(text, m.end):
            continue
        listed = _LISTED_BEFORE.search(text, max(0, m.start - 20), m.start) or _listed_after().match(text, m.end)
        if listed is None:
            continue
        total = _total_after().search(text, m.end, min(len(text), m.end + _WHOLE_REACH))
        if total is None or (value := parse_int(total.group(1))) is None or value <= m.value:
            continue
        if _ESCORTS_BETWEEN.search(text, m.end, total.start()) is not None:
            continue
        # (the whole stands; the part, one kind of its people, is dropped)
        return [x for x in mentions if x is not m]
    return mentions
