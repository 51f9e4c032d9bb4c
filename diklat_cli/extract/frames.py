"""Visit frames (group -> destination): how an article divides its travellers among destinations.

Written lists of places visited, a group split between the clauses of one sentence, senders told
together, and which regions may be frames at all; `frame_list` weighs these with what `place_links`
(a list's members), `stops` (a trip's several stops, a stop on the way, an itinerary) and `subgroups`
(named sub-groups each sent somewhere) read. What is said of each frame once known is `frame_fields`
(count, agencies) and `frame_dates` (days).

One concern: which groups went to which places.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from diklat_cli.extract import places, staff, trainees, verbs
from diklat_cli.extract.hosts import REGION_GOVERNMENT_BEFORE
from diklat_cli.extract.numbers import cardinal_words, multiplier_words, ordinal_words, parse_int
from diklat_cli.extract.participants import GOVERNMENT_STAFF
from diklat_cli.extract.place_links import (
    distinct_regions,
    linked_places,
    member_day,
    office_held_before,
    without_bare_seats,
)
from diklat_cli.extract.place_roles import BESIDES, HEAD_OF_REGION, RECEIVED_BEFORE_OPENING, Place
from diklat_cli.extract.role_patterns import CAME_ALONG_WITH
from diklat_cli.extract.scanning import finditer, folded, search
from diklat_cli.extract.sentences import LIST_INTRO, sentence_at
from diklat_cli.extract.stops import (
    AROUND,
    DIVIDED,
    MORE_STOPS,
    OTHER_TRIP,
    SIMULTANEOUS,
    bulleted_places,
    counted_then_named,
    counted_then_told,
    divided_lists,
    example_trips,
    finer_stops,
    itinerary_by_day,
    ordered_stops,
    places_named,
    same_kind_stops,
    same_senders_other_groups,
    stopovers,
    stops_told_one_a_sentence,
)
from diklat_cli.extract.subgroups import FIELD_STAGE, subgroup_frames
from diklat_cli.extract.tallies import habit_of_visits_at, habit_told, tallied_at, tally_told

_I = re.IGNORECASE
# number words from data/numbers.json: groups counted, ordinals of stops and groups ("lokasi kedua",
# "kelima komisi")
_GROUP_COUNT = cardinal_words(2, 8)
_ORDINAL = ordinal_words(2, 5)
_BOTH = ordinal_words(2, 2)


# ---------------------------------------------------------------- visit frames (group -> destination)

# a list that names where separate groups went: "dibagi menjadi tiga kelompok", "empat provinsi berbeda"
# (a number word of a length of time counts days or weeks, not groups: "selama tiga minggu")
_SPLIT_CUE = re.compile(
    r"\b(?:kelompok|dibagi|dipecah|terbagi|masing-masing|berbeda|sedangkan|sementara|(?:"
    + cardinal_words(2, 5)
    + r")(?!\s+(?:hari|malam|minggu|pekan|bulan|tahun|jam)\b)|"
    + _ORDINAL
    + r")\b",
    _I,
)
# the two sides of a visit counted, then named: "manfaat bagi kedua daerah, A maupun B", "kerja sama antara dua
# daerah, yakni A dan B": the host and the visitors' home, not two places groups went to
_BOTH_SIDES = re.compile(
    r"\b(?:bagi|untuk|antara|antar|hubungan|kerja\s*sama|silaturahmi)\s+(?:kedua|dua)\s+(?:belah\s+)?"
    r"(?:daerah|wilayah|kabupaten|kota|provinsi|pemda|pemerintah(?:\s+daerah)?|pihak)\s*,?\s*"
    r"(?:yaitu|yakni|baik|antara)?\s*$",
    _I,
)
# places counted as where people come from, then named ("peserta yang datang dari lima provinsi, yakni A, B,
# …", "berasal dari tiga kabupaten, yaitu …"): the members' provenance, never the places they go to
# ... the places described before they are named ("dari empat provinsi wilayah binaan Balai A, yakni …", "dari sejumlah
# kabupaten di Provinsi B dan C, yaitu …", "dari 4 kabupaten dan kota di Propinsi D, masing-masing …": mp-01
# bbpplembang, kw-06 mediainfopol, field ha-09; no verb of going or "ke" in the description)
_FROM_COUNTED = re.compile(
    r"\b(?:dari|asal)\s+(?:\w+\s+){0,2}(?:kabupaten|kota|daerah|provinsi|negara|instansi|lembaga)"
    r"(?:\s+(?!(?:ke|menuju|untuk|dan\s+(?:studi|berkunjung|mengunjungi))\b)[\w/()-]+){0,6}?\s*,?\s*"
    r"(?:" + LIST_INTRO + r"|masing-masing)\s*:?\s*$",
    _I,
)
# places counted as what the host is measured against, then named ("dibanding empat daerah asimetris lainnya seperti
# A, B …", "ketimbang tiga kabupaten lain, yaitu …"; ls-12 gemarnews): a comparison, never places groups went to
_COMPARED_LIST = re.compile(
    r"\b(?:dibanding(?:kan)?(?:\s+dengan)?|ketimbang|daripada)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:daerah|kabupaten|kota|provinsi|wilayah|pemda|negara)\b(?:(?!\b(?:ke|menuju)\b)[^.;\n]){0,60}$",
    _I,
)
# places the host is ranked after: an ordinal, its scope, then "setelah"/"sesudah" and the list ("MPP keempat di
# Indonesia sesudah A, B dan C", "kedua terbaik se-Indonesia setelah A", "ketiga, sesudah A dan B"): those that came
# first in a ranking, never places a group went to; a stop counted in a trip's order names what was gone to before
# it by a verb of the trip ("lokasi ketiga yang didatangi tim, sesudah A") or by a noun of the trip's stops ("menjadi
# tujuan ketiga setelah A dan B", "persinggahan kedua sesudah A"): no ranking
_RANKED_AFTER = re.compile(
    r"(?<!tujuan )(?<!lokasi )(?<!lokus )(?<!destinasi )(?<!kunjungan )(?<!persinggahan )(?<!stop )"
    r"\b(?:" + ordinal_words(1, 10) + r")\b(?:(?!\byang\b)[^.;:\n]){0,50}?\b(?:setelah|sesudah)\s+$",
    _I,
)
# where the members of one cohort come from ("peserta berasal dari A, B dan C", "30 penyuluh dari A, B …",
# "pasis merupakan perwakilan dari Polda A, Polda B", "peserta asal A (5 orang), B (3 orang)", "Mereka
# berasal dari …", "rombongan terdiri atas 18 orang dari A, 10 orang dari B", "daerah asal peserta yakni
# …", "diikuti 30 ASN utusan A, B …", "terdiri atas pejabat A, B …"): the composition of one travelling
# group, never senders side by side
_MEMBERS_FROM = re.compile(
    r"(?:\b(?:peserta(?:nya)?|" + trainees.TRAINEES + r"|penyuluh|diikuti)\b[^.;:\n]{0,90}?"
    r"\b(?:berasal\s+dari|asal|utusan|perwakilan|mewakili|datang\s+dari|dari)"
    r"|\bmereka\s+(?:(?:adalah|merupakan)\s+)?(?:berasal\s+dari|asal|utusan|perwakilan|datang\s+dari)"
    r"|\bterdiri\s+(?:dari|atas)\b[^.;:\n]{0,80}?\b(?:dari|asal)"
    r"|\bterdiri\s+(?:dari|atas)\s+(?:para\s+)?(?:\d{1,3}\s+)?(?:orang\s+)?(?:"
    + staff.only("pejabat", "ASN", "pegawai", "aparatur", "aparat", "staf")
    + r"|perwakilan|utusan|unsur|kepala\s+desa|perangkat(?:\s+desa)?|camat|lurah|perwira)"
    r"|\basal\s+(?:para\s+)?(?:peserta|mereka)"
    # people counted by their office ("30 kepala desa dari A, B …", "para lurah dan camat asal …")
    r"|\b(?:\d{1,4}|sebanyak|para|puluhan|ratusan|belasan)\s+(?:orang\s+)?(?:kepala\s+desa|kades|camat|lurah"
    r"|sekretaris\s+desa|sekdes|perangkat\s+desa|"
    + staff.only("pegawai", "ASN", "pejabat", "aparatur", "aparat")
    + r"|guru|kepala\s+sekolah|bidan"
    # (heads of region gathered into one course, by any of their names: "Para pimpinan daerah itu berasal dari A, B
    # …", "25 bupati/wali kota dari …"; ln-08 babelprov, ku-09 wartakota, ky-11 dinamikamaluku, kq-16 sultrack)
    r"|kepala\s+daerah|pimpinan\s+daerah|bupati|wali\s*kota"
    r"|petani|tenaga\s+kesehatan|perwira|widyaiswara)\b[^.;:\n]{0,60}?\b(?:berasal\s+dari|asal|utusan|dari))\b"
    r"(?:(?!\b(?:ke|menuju)\b)[^.;\n]){0,60}$",
    _I,
)

# the people who join the trip, named right before their regions ("kegiatan ini diikuti oleh 40 ASN …")
_JOINED_BY = re.compile(
    r"\bdiikuti\s+(?:oleh\s+)?(?:para\s+|sebanyak\s+)?(?:\d{1,4}\s+)?(?:orang\s+)?(?:"
    + trainees.TRAINEES
    + r"|"
    + GOVERNMENT_STAFF
    + r"|guru|bidan|penyuluh|perwakilan|utusan)\s*$",
    _I,
)


# heads of region a host receives from a list of regions ("menerima kunjungan para bupati dari A, B dan C"): each
# heads his own region's delegation, a sender each (a course of heads of region is told by its participants)
_HEADS_RECEIVED = re.compile(
    r"\b(?:menerima|kedatangan|menyambut)\s+(?:kunjungan\s+(?:kerja\s+)?)?(?:para\s+|sejumlah\s+|\d{1,2}\s+)?"
    r"(?:kepala\s+daerah|bupati|wali\s*kota|walikota)\b[^.;:\n]{0,20}\bdari\s*$",
    _I,
)


def members_come_from(before: str) -> bool:
    """The words before a list of places tell where one cohort's members come from (`_MEMBERS_FROM`)."""
    low = before.lower()
    return (
        any(w in low for w in ("dari", "asal", "utusan", "wakil", "terdiri"))
        and _MEMBERS_FROM.search(before) is not None
    )


# … of which these say the groups went at the same time (not one group stop after stop)
# the places a trip went to, counted and then named ("studi lapangan ke tiga provinsi, yakni A, B dan C",
# "mengunjungi 4 daerah, antara lain …"): every stop of the trip, whatever else the report is filed from
_COUNTED_STOPS = re.compile(
    r"\b(?:di|" + verbs.GOING_TO + r")\s+(?P<n>\d{1,2}|" + cardinal_words(2, 9) + r")\s+"
    r"(?:provinsi|kabupaten|kota|daerah|negara|lokasi|kabupaten/kota)(?:\s+(?:berbeda|tujuan|lainnya))?\s*,?\s*"
    # ("ke tiga daerah sekaligus: A, B dan C": a colon opens the list as "yaitu" does)
    r"(?:(?:" + LIST_INTRO + r"|masing-masing|sekaligus)\s*:?|:)\s*$",
    _I,
)
# two clauses of one sentence, each with its own group and place
_CONTRAST = re.compile(
    # (a group divided by its share, by any word of it: "sebagian … sebagian lagi", "separuh … separuh lainnya",
    # "… sisanya ke B", as the cue words read it)
    r"\b(?:sedangkan|sementara|adapun|lalu|kemudian|selanjutnya|turut|juga|sebagian|separuh(?:nya)?|sisanya"
    r"|selebihnya)\b|;"
    # a verb of going on to the next stop: "… ke A, dilanjutkan ke B", "berlanjut ke B", "lanjut ke B"
    r"|\b(?:dilanjutkan|berlanjut|lanjut)(?=\s+(?:ke|menuju)\s)"
    r"|\bdan\s+(?=\S+(?:\s+\S+)?\s+(?:orang\s+)?peserta\b)"  # "… ke A dan 25 peserta ke B"
    r"|\b(?:dan|serta)\s+(?=(?:ke|menuju)\s)",
    _I,
)
_NEXT_WORDS = ("lalu", "kemudian", "selanjutnya", "dilanjutkan", "berlanjut", "lanjut")


# a count said of the whole and then divided among the groups
SPLIT_COUNT = re.compile(
    r"\b(?:dibagi|terbagi|dipecah|membagi)\s+(?:menjadi|dalam|ke\s+dalam|atas)\s+\w+\s+(?:kelompok|tim|regu)\b", _I
)
# "kelompok yang masing-masing terdiri dari 12 orang": what each group of a split cohort numbers
EACH_GROUP = re.compile(
    r"\b(?:kelompok|tim|rombongan)\b[^.\n]{0,30}?\bmasing-masing\s+(?:kelompok\s+)?(?:terdiri\s+(?:dari|atas)\s+"
    r"|berjumlah\s+|beranggotakan\s+|sebanyak\s+|berisi\s+)?(?P<n>\d{1,3}|[a-z]+(?:\s+(?:"
    + multiplier_words("teen", "tens")
    + r"))?)\s+"
    r"(?:orang|peserta)\b",
    _I,
)
# groups told at the same time: "pada saat yang sama", "di hari yang sama"
_AT_SAME_TIME = r"|(?:pada|di|dalam)\s+(?:saat|waktu|hari)\s+(?:yang\s+)?(?:sama|bersamaan)\b"
TOGETHER = re.compile(
    # the first-letter gate spares the alternatives at most positions
    # delegations counted ("ketiga rombongan dewan itu", "tiga rombongan"), or one come along with
    # another ("berbarengan dengan agenda serupa dari …")
    r"(?=[kdrptjeslbiu])\b(?:(?:"
    + _ORDINAL
    + "|"
    + _GROUP_COUNT
    + r")\s+rombongan|rombongan\s+(?:lain(?:nya)?|"
    + _BOTH
    + r")\b|(?:berbarengan|bersamaan)\s+dengan\b"
    # a visit of the same kind as the ones told before ("Kunjungan kerja sejenis kemudian dilakukan C")
    r"|(?:kunjungan|kunker|studi\s+\w+|benchmarking)(?:\s+kerja)?\s+(?:sejenis|serupa)\b"
    + _AT_SAME_TIME
    + r"|(?:turut|juga)\s+(?:berkunjung|datang)\b"
    # ... or the host receiving one more group: "juga menerima rombongan dari C", "juga kedatangan tim B",
    # "juga dikunjungi kepala desa se-Kabupaten D" (any verb of receiving or of being visited, then a group or a sender)
    # (the visit named between by any of its names, "juga menerima kunjungan kerja Komisi B", "juga menerima kunker
    # Bapemperda C", "juga kedatangan tamu studi banding dari D", and a head of region leading the group, "juga
    # menyambut kunjungan Bupati dan rombongan Pemkab E": ln-07 sulutnews, ks-03 nplombok, s9 ma-02 megamanado)
    # (or "again": "kembali kedatangan tamu studi banding dari D", "kembali menerima rombongan E")
    r"|(?:juga|kembali)\s+(?:"
    + verbs.RECEIVING
    + "|"
    + verbs.VISITED
    + r")\s+(?:tamu\s+)?(?:(?:kunjungan|kunker|stud[iy]|kaji)"
    r"(?:\s+(?:kerja|studi|belajar|banding|tiru|komparatif))?\s+(?:\([^()\n]{1,20}\)\s+)?)?(?:rombongan|tim|delegasi|dari"
    r"|para|peserta|kepala|anggota|komisi|pansus|DPR[DAKP]|pemerintah|pemkab|pemkot|pemprov|bupati|wali\s*kota"
    r"|walikota|gubernur|badan)\b"
    # ... or the host's earlier guests in a clause fronted by "after": "Usai menerima DPRD A, …", "Setelah menerima
    # kunjungan Pemkab B pada pagi hari, …" (the main clause goes on to the next group; place_roles' opening)
    r"|" + RECEIVED_BEFORE_OPENING + r"(?:DPR[DAK]|" + places.GOVERNMENT_WORD + r")\b"
    # others who joined the trip: "kepala daerah lain turut serta dalam kunjungan kerja itu, yaitu …"
    r"|(?:turut|ikut)\s+serta\s+(?:pula\s+)?(?:dalam|pada)\s+(?:kunjungan|kunker|rombongan|studi|benchmarking|kegiatan)\b"
    # "turut hadir" introduces whoever else attends a reception; in a host's report that is mostly its
    # own officials ("Turut hadir Plt Kepala Disdukcapil"), so it tells of another group only when a
    # group is what attends ("turut hadir rombongan Pemprov A", "juga hadir delegasi B")
    r"|(?:turut|juga)\s+hadir\b(?=[^.,;\n]{0,40}?\b(?:rombongan|delegasi|kontingen)\b)"
    # the bodies received counted, whatever their number: "keduanya", "ketiganya", "tiga daerah", "keempat
    # delegasi" (a host's report counting who came says they came together: each a sender of its own)
    # ... not the units a group goes to, counted ("ada empat instansi yang menjadi sasaran", "tiga instansi lain
    # yang didatangi", "mengunjungi lima instansi": the lokus, mo-14 madiuntoday)
    r"|diterima\s+bersama(?:an|-sama)?\b|(?:"
    + _ORDINAL
    + r")nya\b|(?<!\bke\s)(?<!\bmengunjungi\s)(?<!\bmendatangi\s)(?:"
    + _GROUP_COUNT
    + "|"
    + _ORDINAL
    + r")\s+(?:lembaga|instansi|daerah|delegasi|tim)\b"
    r"(?!(?:\s+lain(?:nya)?)?\s+yang\s+(?:menjadi\s+(?:sasaran|tujuan|lokus|lokasi|objek)|dikunjungi|didatangi|dituju"
    r"|disambangi|disinggahi))"
    # ... or the visits received counted: "menerima dua kunjungan studi banding secara bergantian"
    r"|(?<=\bmenerima\s)(?:" + _GROUP_COUNT + r")\s+(?:kunjungan|kunker)\b)",
    _I,
)


# TOGETHER's groups told at the same time (_AT_SAME_TIME) are led by the commonest words, "di" and "pada": the pattern
# would be tried at each of them. Its rest is searched where the text lacks what that alternative ends with
# (_SAME_TIME): the same matches, found at far fewer leads.
_SAME_TIME = re.compile(r"(?:saat|waktu|hari)\s+(?:yang\s+)?(?:sama|bersamaan)\b", _I)
_TOGETHER_ELSE = re.compile(TOGETHER.pattern.replace(_AT_SAME_TIME, "", 1), TOGETHER.flags)


def _together(text: str) -> re.Pattern:
    """TOGETHER, or its rest where its same-time alternative cannot match."""
    return TOGETHER if search(_SAME_TIME, text) is not None else _TOGETHER_ELSE


@lru_cache(maxsize=8)
def together_told(text: str) -> bool:
    """search(TOGETHER, text) is not None, kept for the last few texts: frames, visits and no_visit_signs each
    ask it of one article, and most articles have no match (the search then tries every lead, "di" among them)."""
    return search(_together(text), text) is not None


# the guests a host received counted by where they come from, in digits or words ("tamu dari 2 kabupaten
# sekaligus", "rombongan DPRD dari tiga kabupaten", "kunker anggota dewan dari dua daerah", "ada 2 grup
# yang berkunjung"): senders side by side, as TOGETHER says (members' homes, "peserta dari lima provinsi",
# are one cohort's and are not counted so)
_GUESTS_COUNTED = re.compile(
    r"\b(?:tamu|rombongan|kunjungan|kunker|kedatangan|DPRD|dewan|legislator|delegasi|stud[iy]\s+\w+)\b"
    # (no trainee or programme word between: "rombongan peserta Diklatpim dari tiga kabupaten" is one cohort)
    r"(?:\s+(?!(?:" + trainees.TRAINEES + r"|mahasiswa|diklat\w*|pelatihan|latsar)\b)[^\s.;:]+){0,4}?"
    r"\s+dari\s+(?:[2-9]|"
    + _GROUP_COUNT
    + r")\s+(?:kabupaten(?:/kota)?|kota|provinsi|daerah|pemda|DPRD|instansi|lembaga)\b"
    r"|\b[2-9]\s+(?:grup|group|rombongan|delegasi)\b"
    # ... or counted as they came at once, with no "dari": "Tiga DPRD sekaligus melakukan kunker", "menyambut empat
    # daerah sekaligus", "kedatangan delapan kepala daerah sekaligus" (kp-02 bangsaonline, ki-04 sulselekspres, s10
    # li-01 kanal24); not places a group goes to, "ke tiga daerah sekaligus" (ke-02 floresa)
    r"|(?<!\bke\s)(?<!\bdi\s)\b(?:[2-9]|" + _GROUP_COUNT + r")\s+(?:DPRD|daerah|kabupaten(?:/kota)?|kota|pemda"
    r"|kepala\s+daerah|instansi|lembaga)\s+sekaligus\b",
    _I,
)
# what every match of _GUESTS_COUNTED holds, led by a literal word or a digit: a third of its cost, and
# it says no for almost every article
_GUESTS_COUNTED_CORE = re.compile(
    r"dari\s+(?:[2-9]|" + _GROUP_COUNT + r")\s+(?:kabupaten|kota|provinsi|daerah|pemda|DPRD|instansi|lembaga)\b"
    r"|[2-9]\s+(?:grup|group|rombongan|delegasi)\b",
    _I,
)


def _guests_counted(text: str) -> list[re.Match]:
    """The matches of _GUESTS_COUNTED, asked only of texts that hold its core."""
    core = (
        search(_GUESTS_COUNTED_FROM, text) is not None
        or search(_GUESTS_COUNTED_DIGIT, text) is not None
        or ("sekaligus" in text.lower() and search(_GUESTS_COUNTED_AT_ONCE, text) is not None)
    )
    return list(finditer(_GUESTS_COUNTED, text)) if core else []


# _GUESTS_COUNTED_CORE's two alternatives apart: the first tried only where "dari" starts, the second only in a
# text with one of its words (the core's search, tried at every position, was ~28 µs an article)
_GUESTS_COUNTED_FROM = re.compile(
    r"dari\s+(?:[2-9]|" + _GROUP_COUNT + r")\s+(?:kabupaten|kota|provinsi|daerah|pemda|DPRD|instansi|lembaga)\b", _I
)
_GUESTS_COUNTED_DIGIT = re.compile(r"[2-9]\s+(?:grup|group|rombongan|delegasi)\b", _I)
_GUESTS_COUNTED_AT_ONCE = re.compile(
    r"(?:[2-9]|" + _GROUP_COUNT + r")\s+(?:DPRD|daerah|kabupaten|kota|pemda|kepala\s+daerah|instansi|lembaga)"
    r"\s+sekaligus",
    _I,
)


# a count of the groups that travelled: "5 Komisi", "tiga kelompok", "kedua tim"
_COUNTED_GROUPS = re.compile(
    r"\b(?:\d{1,2}|" + _GROUP_COUNT + "|" + _ORDINAL + r")\s+"
    r"(?:komisi|kelompok|tim|rombongan|delegasi)\b",
    _I,
)
# the trip itself named right before the places it goes to, in a speaker's words too: "“Setiap desa mengirim 6
# warga untuk ikut studi banding ke A dan B,” terangnya" gives the trip's stops, not talk about trips
# ... its group named between ("“Maksud kunker para lurah ke A dan B ialah …”"), not another group's ("lain")
_TRIP_TO_LIST = re.compile(
    r"\b(?:stud[iy]\s+\w+|benchmark\w*|kaji\s+banding|kunjungan\s+kerja|kunker)"
    r"(?:\s+(?!(?:yang|lain|lainnya)\b)[\w-]+){0,4}?\s+ke\s+$",
    _I,
)
# a verb of going or receiving (or "ke"), or the trip's activity, before a list of places: the list can be a
# trip's stops ("kunjungan … yang berlangsung di Kalteng, terkhusus di A dan B", "studi lapangan di dua desa
# yang ada di A dan di B")
_GOVERNS_STOPS = re.compile(
    r"\b(?:"
    + "|".join((verbs.GOING_TO, verbs.TRAVELLING, verbs.DEPARTING, verbs.RECEIVING, verbs.VISITED))
    + r"|kunjungan|kunker|stud[iy]\s+\w+|benchmark\w*|kaji\s+banding|"
    + FIELD_STAGE
    + r")\b",
    _I,
)


# the speaker's own group's places, introduced as a list: "“Kami sudah punya daerah tujuan studi banding, yaitu A, B …",
# "“… kami akan menengok kota lain, misalnya A, B dan C”", "“Seluruh peserta kami sebar ke 5 kabupaten, yaitu …”":
# the travellers' "kami" and a word of going or of the trip's destination before the list's opening word
_OWN_TRIP_LIST = re.compile(
    # (not a habit or an earlier trip of whoever speaks: "kami juga pernah studi banding ke daerah lain, seperti …")
    r"\bkami\b(?![^.;“”\"\n]{0,60}?\b(?:pernah|sering|kerap|biasa\w*|selalu|rutin|dulu)\b)[^.;“”\"\n]{0,60}?\b(?:"
    + verbs.GOING_TO
    + "|"
    + verbs.TRAVELLING
    + r"|menengok|tujuan|sebar(?:kan)?\s+ke|kirim\s+ke)\b[^.;“”\"\n]{0,50}?,?\s*(?:"
    + LIST_INTRO
    + r"|misalnya|seperti|:)\s*:?\s*$",
    _I,
)


def _trip_to_list(before: str, offset: int, spoken: list[Place]) -> bool:
    """The trip named before the list, its group between with no region of its own ("kunker para lurah ke A dan
    B"): a body named by a region there ("kunjungan kerja DPRD Provinsi X ke A dan B") is another body's trip."""
    trip = _TRIP_TO_LIST.search(before)
    if trip is None:
        return False
    start, end = offset + trip.start(), offset + trip.end()
    return not any(start <= p.mention.start < end for p in spoken)


# direct speech: a curly-quoted or straight-quoted stretch of one paragraph
_QUOTED = re.compile(r"“[^“”\n]{1,600}”|\"[^\"\n]{1,600}\"")


@lru_cache(maxsize=4)
def _quoted(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of the text's direct speech (`_QUOTED`), in order: found once for both roles' frames."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


def _narrated(text: str, resolved: list[Place]) -> list[Place]:
    """The place mentions outside direct speech."""
    if "“" not in text and '"' not in text:
        return resolved
    starts, ends = _quoted(text)
    if not starts:
        return resolved
    # (the stretches do not overlap: only the last one starting before a mention can hold it)
    return [p for p in resolved if (i := bisect_left(starts, p.mention.start) - 1) < 0 or not p.mention.start < ends[i]]


def visit_frames(text, sents, resolved: list[Place], role: int, top: str | None, by_name, exclude: str | None = None):
    """The regions of `frame_list`."""
    return frame_list(text, sents, resolved, role, top, by_name, exclude)[0]


def without_host_namesakes(
    frames: list[places.Region], host: places.Region | None, resolved: list[Place], line, text: str
) -> list[places.Region]:
    """Sender frames less the bodies named by the host's own name: such a body is the host
    ("kunjungan ke DPRD Provinsi Gorontalo … kata Ismail dari DPRD Gorontalo"). The city and the
    province of one name are one host to the report, and its members who speak are not a second
    group of guests ("DPRD Kabupaten Bogor" at Pemkot Bogor, its kind written, is a guest); the one
    guest left is the sender, whatever the host's name weighed. (`frame_list` keeps the sender's
    home out of the destinations: this is the same rule from the other side.)"""
    if host is None:
        return frames
    kept = [o for o in frames if not _host_namesake(o, host, resolved, line)]
    if host.kind != places.PROVINCE and any(o.province != host.province for o in kept):
        # the province around the town visited, named by its council or government, beside a guest from
        # elsewhere, is the host's side: it receives in its capital ("ke DPRD Provinsi A … selama di Kota B")
        kept = [
            o
            for o in kept
            if not (o.kind == places.PROVINCE and o.name == host.province and _body_of(o, resolved, text))
        ]
    return kept


def _body_of(region: places.Region, resolved: list[Place], text: str) -> bool:
    """Some mention of the region is led by its council or government ("DPRD Riau", "Pemprov A")."""
    return any(
        p.region == region
        and (
            p.mention.government or REGION_GOVERNMENT_BEFORE.search(text, max(0, p.mention.start - 16), p.mention.start)
        )
        for p in resolved
    )


def without_provincial_seat(frames: list[places.Region], resolved: list[Place], text: str, line) -> list[places.Region]:
    """Destination frames less a town written only as the seat of its province's council or government, a
    frame too ("ke DPRD Provinsi A, B", "di DPRD A di B", "Gedung DPRD A, B"): the town is where the provincial host
    sits, the same visit, not a second stop. (A dateline's town is where the report is filed.)"""
    if len(frames) < 2 or not any(r.kind == places.PROVINCE for r in frames):
        return frames
    provinces = {r.name for r in frames if r.kind == places.PROVINCE}

    def seat_only(town: places.Region) -> bool:
        dated = line.dateline
        mine = [p for p in resolved if p.region == town and not (dated and dated.start <= p.mention.start < dated.end)]
        # (the town written bare or as "Kota B", never by its own government or head: "Pemprov A, Pemkab B" is a list)
        return bool(mine) and all(
            not p.mention.government
            and p.mention.explicit_kind in (None, places.KOTA)
            and (prev := next((q for q in reversed(resolved) if q.mention.end <= p.mention.start), None)) is not None
            and prev.region.name == town.province
            and _SEAT_BETWEEN.fullmatch(text, prev.mention.end, p.mention.start) is not None
            and _body_of(prev.region, [prev], text)
            for p in mine
        )

    kept = [r for r in frames if r.kind == places.PROVINCE or r.province not in provinces or not seat_only(r)]
    return kept if len(kept) < len(frames) else frames


# between a provincial body and the town it sits in: ", B", " di B", " di Kota B"
_SEAT_BETWEEN = re.compile(r"\s*,\s*|\s+di\s+(?:kota\s+)?", re.IGNORECASE)


def _host_namesake(region: places.Region, host: places.Region, resolved: list[Place], line) -> bool:
    """The region bears the host's name in the host's province (Kota and Provinsi Gorontalo) and the
    text never writes it with its own kind ("DPRD Gorontalo", or a dateline's "Kota Gorontalo" only)."""
    return (
        region.province == host.province
        and region.bare == host.bare
        and not any(
            p.region == region
            and p.mention.explicit_kind
            and not (line.dateline and line.dateline.start <= p.mention.start < line.dateline.end)
            for p in resolved
        )
    )


def _not_tallied(text: str, sents, resolved: list[Place]) -> list[Place]:
    """The places but those named only in a tally of past trips over a stretch of years ("Sepanjang 2022 … sudah
    tiga kali kunjungan kerja, antara lain ke A dan B", `tallies.tallied_at`): no trip of the article goes there."""
    if not tally_told(text):
        return resolved
    tallied = {id(p) for p in resolved if tallied_at(text, sents, sentence_at(sents, p.mention.start), p.mention.start)}
    if not tallied:
        return resolved
    elsewhere = {p.region.name for p in resolved if id(p) not in tallied}
    return [p for p in resolved if id(p) not in tallied or p.region.name in elsewhere]


def _not_habitual(text: str, sents, resolved: list[Place]) -> list[Place]:
    """The places but those named only in a habit of being visited ("B dan C, yang kerap didatangi DPRD"; "kerap
    didatangi tamu, misalnya dari D dan E", `tallies.habit_of_visits_at`): no trip of the article goes there or
    comes from there."""
    if not habit_told(text):
        return resolved
    habitual = {
        id(p)
        for p in resolved
        if habit_of_visits_at(text, sentence_at(sents, p.mention.start), p.mention.start, p.mention.end)
    }
    return [p for p in resolved if id(p) not in habitual] if habitual else resolved


def _without_settings(regions: list[places.Region], spoken: list[Place]) -> list[places.Region]:
    """The stops less a province listed beside two or more towns of its own that no mention weighs as a place gone
    to by itself ("ke dua kota di Kalimantan Timur, yaitu Balikpapan dan Samarinda"): it is the towns' setting, not a
    stop of its own (a province whose government is called on, "ke Kantor Gubernur A", stays)."""
    settings = {
        r.name
        for r in regions
        if r.kind == places.PROVINCE
        and sum(o.kind != places.PROVINCE and o.province == r.name for o in regions) >= 2
        and all(p.dest < 2 for p in spoken if p.region == r)
    }
    return [r for r in regions if r.name not in settings] if settings else regions


def frame_list(
    text, sents, resolved, role, top, by_name, exclude=None, home: str | None = None
) -> tuple[list[places.Region], bool]:
    """The regions of one role (0: destination, 1: sender) that the text sets side by side as
    separate trips: one written list of places in that role, or one sentence whose clauses send
    groups to different places ("30 peserta ke A, sementara 30 peserta lainnya ke B").
    Also says whether the groups went at the same time (a split cohort, senders received
    together) rather than one group stop after stop. `home` is the sender's region, for
    destinations: never one of the places a group away from home went to."""
    top_region = by_name[top] if top is not None else None
    if role == 0:
        resolved = _not_tallied(text, sents, resolved)
    resolved = _not_habitual(text, sents, resolved)
    # what a speaker says ("“Wisatawan yang datang ke A juga mampir ke B,” ujarnya") is talk about
    # trips, not the reporter's account of where the groups went
    # ... unless the speaker counts the groups that went ("5 Komisi … melakukan kunjungan ke A, B
    # dan C"): that is an account of where the groups went, told by one who knows
    spoken = resolved
    resolved = _narrated(text, resolved)

    def role_of(members: list[Place]) -> bool:
        mine = max(m.dest if role == 0 else m.origin for m in members)
        theirs = max(m.origin if role == 0 else m.dest for m in members)
        return mine >= 1 and mine > theirs

    # the travellers' home, when the top host is away from its province
    home_region = by_name.get(home) if role == 0 and home is not None and top_region is not None else None
    if home_region is not None and top_region is not None and top_region.province == home_region.province:
        home_region = None
    narrated = set(map(id, resolved))
    # written lists
    candidates, written, counted_lists = _written_lists(text, sents, spoken, narrated, role, top_region, role_of)
    if role == 0 and top_region is not None and home is not None and (peer := by_name.get(home)) is not None:
        # a list with the travellers' own home among its members, away from the place they went to, sets the sender
        # beside regions of its standing ("DPRD tiga kabupaten, yakni A, B dan C" of the council of B, gone to X):
        # its peers, none a stop of B's trip
        # (the top host itself put before such a list as one more stop is none of its members; a member in the
        # host's province may be a stop beside it: "Kota A dan Kabupaten A")
        host, host_province = top_region, top_region.province

        def peers(regions: list[places.Region]) -> bool:
            return peer in regions and all(r.province != host_province for r in regions if r != host)

        candidates = [c for c in candidates if not peers(c[0])]
        written = [w for w in written if not peers(w)]
        counted_lists = [w for w in counted_lists if not peers(w)]
    # ... one government alone ("Rombongan datang bersama Pemkab B")
    if role == 1 and top_region is not None and not any(top_region in c[0] and len(c[0]) > 1 for c in candidates):
        for i, place in enumerate(resolved):
            if not (place.origin >= 2 > place.dest) or not CAME_ALONG_WITH.search(
                text, max(0, place.mention.start - 80), place.mention.start
            ):
                continue
            if place.region != top_region:
                candidates.append(([top_region, place.region], True))
                break
            # ... the top sender the one that came along: the body named before it is the other ("Komisi C DPRD
            # Kota A, Provinsi X, bersama rombongan DPRD Kabupaten B", B weighed the more)
            sent = sentence_at(sents, place.mention.start)
            first = next(
                (
                    p
                    for p in resolved[:i]
                    if p.mention.start >= sent[0]
                    and p.region != top_region
                    and p.origin >= 2 > p.dest
                    and p.region.kind != "province"
                ),
                None,
            )
            if first is not None:
                candidates.append(([first.region, top_region], True))
                break
    # clauses of one sentence, each with its own place in this role
    by_sentence: dict[tuple[int, int], list[Place]] = {}
    for place in spoken:
        if (place.dest if role == 0 else place.origin) >= 2:
            by_sentence.setdefault(sentence_at(sents, place.mention.start), []).append(place)
    for sent, members in list(by_sentence.items()):
        # (a speaker's clauses only where they tell the group divided: "sebagian ke A, sebagian lagi ke B", or one
        # stop set beside the other by "besides": "“Selain Kabupaten A, kami juga belajar ke Kabupaten B,” kata
        # ketua rombongan", the travellers' own account of their trip's stops, ts-12 balifactualnews, mn-11
        # suaralandak)
        if (
            not all(id(p) in narrated for p in members)
            and not (role == 0 and DIVIDED.search(text, *sent))
            and not (role == 0 and BESIDES.search(text, sent[0], members[0].mention.start))
        ):
            by_sentence[sent] = [p for p in members if id(p) in narrated]
            if not by_sentence[sent]:
                del by_sentence[sent]
    for members in by_sentence.values():
        regions = distinct_regions(members, text)
        if role == 1:
            regions = without_bare_seats(members, regions, text)
        contrasts = list(_CONTRAST.finditer(text, members[0].mention.end, members[-1].mention.start))
        if len(regions) >= 2 and contrasts:
            # "ke A pada Senin, kemudian ke B pada Selasa", "ke A pada 6 Mei dan ke B pada 20 Mei",
            # "Selain ke A, rombongan juga mengunjungi B": one group stop after stop
            sequential = _NEXT_WORDS + (("juga", "turut") if role == 0 else ())
            at_once = any(
                c.group(0).lower() not in sequential and not text.startswith(("ke ", "menuju "), c.end())
                for c in contrasts
            )
            candidates.append((regions, at_once))

    # the stops each told in a sentence that opens with it ("Di Kabupaten A, peserta … Di Kabupaten B, …")
    itineraries: list[list[places.Region]] = []  # the lists of readers of one trip's stops, told one by one
    if role == 0:
        told = distinct_regions(stops_told_one_a_sentence(text, sents, resolved), text)
        if len(told) >= 2:
            candidates.append((told, False))
            itineraries.append(told)
    # another group's trip of the same kind elsewhere ("Sebelumnya, 15 lurah sudah melakukan kegiatan yang sama
    # di Kota B"): a visit of its own beside the article's
    same: list[places.Region] = []
    if role == 0 and top_region is not None:
        same = [r for r in dict.fromkeys(p.region for p in same_kind_stops(text, sents, resolved)) if r != top_region]
        if same:
            candidates.append(([top_region, *same], True))
    # named sub-groups, each to its own place ("Komisi A ke X, Komisi B ke Y")
    low = (folded(text) or text.lower()) if role == 0 else ""  # (lower-cased once an article, scanning)
    if role == 0:
        # (told in a quote too: "Komisi A ke X, Komisi B ke Y" is an account of where the groups go)
        groups = subgroup_frames(text, sents, spoken, low)
        if groups:
            candidates.append((groups, True))
    starts = [p.mention.start for p in resolved]
    # a stop on the way, told of the travellers ("Sehari sebelumnya, rombongan singgah di X"), or an
    # earlier or later visit of theirs ("Sebelumnya, rombongan mengunjungi A … serta B"): the same
    # group's trip has more destinations
    if role == 0 and top_region is not None:
        # (told in a quote too: the travellers' own or their organiser's account of where they went next, "“Mereka
        # juga melakukan benchmarking ke B,” ujar Kepala BKPSDM", "“Sesudah A, kami akan melanjutkan ke B,” katanya")
        quotes = _quoted(text) if len(spoken) > len(resolved) else ((), ())
        spoken_starts = [p.mention.start for p in spoken]
        found = stopovers(text, sents, spoken, spoken_starts, top_region, low, by_name, home, quotes)
        candidates.extend(found)
        itineraries.extend(regions for regions, _ in found)
    # a sender's recap that gives its trips as examples ("salah satu hasil kunjungan kerja Komisi B, yakni
    # studi banding ke provinsi Bali"; "Contohnya kunjungan DPRD X ke Pontianak"): a trip per example,
    # when the article's own destination is one of them
    if role == 0 and top_region is not None and ("contoh" in low or "salah satu" in low or "misalnya" in low):
        candidates.extend(example_trips(text, sents, resolved, starts, top_region))
    # the places of the trip as a bulleted list under "Adapun lokasi studi lapangan yaitu:"
    if role == 0 and ":\n" in text:
        candidates.extend(bulleted_places(text, sents, resolved, starts))
    # the places counted in one sentence and named in the next ("… di tiga tempat. Ketiganya adalah A, B dan
    # C"): each a stop, when as many are named as were counted (a place in brackets after another is its
    # address, "Tanah Datar (Padang)"; a province before a town of its own is the town's setting)
    if role == 0 and len(sents) > 1:
        counted_named = counted_then_named(text, sents, resolved, starts)
        candidates.extend(counted_named)
        counted_lists.extend(regions for regions, _ in counted_named)
        # ... or told a sentence each after the count ("ke dua provinsi. Pada 4 Juni di A … kemudian ke B")
        if not counted_named:
            found = counted_then_told(text, sents, resolved, starts)
            candidates.extend(found)
            itineraries.extend(regions for regions, _ in found)
    # the places of the trip named in one sentence after "Lokasi visitasi antara lain …": each a stop
    if role == 0:
        candidates.extend(places_named(text, sents, resolved, starts, low))
    # an itinerary told stop by stop: "… menjadi lokasi tujuan pertama", "Tujuan lokasi kedua ke …"
    if role == 0:
        found = itinerary_by_day(text, sents, resolved, starts, top_region)
        candidates.extend(found)
        itineraries.extend(regions for regions, _ in found)
    # an itinerary in one sentence, in order: "Tujuan pertamanya A, kemudian B, dan yang terakhir C"
    if role == 0 and "pertama" in low:
        ordered = ordered_stops(text, sents, resolved, starts)
        if len(ordered) >= 2:
            candidates.append((ordered, False))
            itineraries.append(ordered)

    # senders told sentence by sentence, when the text says they came together ("kedua rombongan",
    # "pada saat yang sama, Pemkab B juga berkunjung")
    if role == 1:
        candidates.extend(_senders_told_together(text, sents, resolved, exclude))

    if role == 0 and (union := divided_lists(text, written)):
        candidates.append((union, True))
    if role == 0 and top_region is not None and (others := same_senders_other_groups(text, sents, resolved)):
        candidates.append(([top_region, *(r for r in others if r != top_region)], True))

    # the sender's own region is where a group away from home set out from, not a stop of its trip:
    # reports name the travellers by their home all through ("Menurut pihak Dinas X Provinsi A, Kota B
    # dipilih …", "bertolak ke B melalui bandara di A", "Saat bertemu Wali Kota B, Wali Kota A …")
    if home_region is not None:
        # ... nor is its province, the home's address ("bertolak ke B lewat bandara di Bali" of a city of Bali)
        own = (home_region.name, home_region.province)
        candidates = [([r for r in regions if r.name not in own], at_once) for regions, at_once in candidates]
        candidates = [c for c in candidates if len(c[0]) >= 2]
        itineraries = [left for regions in itineraries if len(left := [r for r in regions if r.name not in own]) >= 2]

    def fits(regions: list[places.Region]) -> bool:
        if exclude is not None and any(r.name == exclude for r in regions):
            return False
        if top_region is None or top_region in regions:
            return True
        if any(r.kind == "province" and r.name == top_region.province for r in regions):
            return True  # the top host is a city of one of the listed provinces (often the dateline)
        # "di Kalteng, terkhusus di Kobar dan Sukamara": places inside the province the visit is in
        return role == 0 and top_region.kind == "province" and all(r.province == top_region.name for r in regions)

    # a counted list that leaves out the top host names the stops of a trip told beside the event the report
    # is filed from ("menerima peserta …; peserta sudah studi lapangan ke tiga provinsi, yakni A, B dan C")
    # (the sender's home and its province left out, as from every list above)
    away = (home_region.name, home_region.province) if home_region is not None else ()
    for regions in counted_lists:
        if top_region is not None and not fits(regions):
            candidates.append(([top_region, *(r for r in regions if r.name not in away)], True))
    kept = [c for c in candidates if fits(c[0])]
    if not kept:
        return [], True
    regions, _ = max(kept, key=lambda c: len(c[0]))
    if role == 0:
        regions = _one_trips_stops(regions, kept, [i for i in itineraries if fits(i)], spoken, home_region)
    # (the finer list need not fit the top host, which is one of the provinces)
    regions = finer_stops(regions, candidates)
    if role == 0:
        regions = _without_settings(regions, spoken)
    # the list goes on in the next sentence, its last member set off by its own noun ("Ketiga kabupaten itu adalah A,
    # B serta C. Adapun kotanya ialah D"): one more member of the same list
    if (more := _list_goes_on(text, sents, resolved, regions)) is not None and more.name not in (exclude, home):
        at_once = any(c[1] for c in kept if set(c[0]) == set(regions))
        regions = [*regions, more]
        if same and top_region in regions:
            regions = [*regions, *(r for r in same if r not in regions)]
        return regions, at_once
    if same and top_region in regions:
        # ... beside the article's own list of places
        regions = [*regions, *(r for r in same if r not in regions)]
    # the same places told as named sub-groups too ("… ke 3 kota, yaitu A, B dan C" and "Komisi A ke A,
    # Komisi B ke B"): separate groups at once, not one group stop after stop
    return regions, any(c[1] for c in kept if set(c[0]) == set(regions))


def _written_lists(
    text: str, sents, spoken: list[Place], narrated: set[int], role: int, top_region, role_of
) -> tuple[list[tuple[list[places.Region], bool]], list[list[places.Region]], list[list[places.Region]]]:
    """Written lists of places in the role, each a candidate frame list; with the lists of destinations as
    written and those counted as they are named."""
    candidates: list[tuple[list[places.Region], bool]] = []
    written: list[list[places.Region]] = []  # the written lists of destinations, for divided_lists
    counted_lists: list[list[places.Region]] = []  # ... those counted as they are named ("ke tiga provinsi, yakni")
    chain: list[Place] = []
    for place in [*spoken, None]:
        if place is not None and chain and linked_places(text, chain[-1], place):
            chain.append(place)
            continue
        if role == 0 and place is not None and chain:
            # the list goes on after a word of the next stop ("ke A dan B (keduanya di X), lalu C serta D"): one
            # trip's stops in the order gone, not a second list
            gap = _list_then_more(text, chain[-1], place)
            if gap == "aside":
                continue  # (a place in the last member's aside, "(keduanya di X)", is its address)
            if gap == "more":
                chain.append(place)
                continue
        if len(chain) >= 2:
            regions = distinct_regions(chain, text)
            sent = sentence_at(sents, chain[0].mention.start)
            before = text[sent[0] : chain[0].mention.start]
            # (the speaker's own group's places, named as a list after "kami … ke/tujuan …, yaitu")
            own_trip = role == 0 and _OWN_TRIP_LIST.search(before) is not None
            if not all(id(p) in narrated for p in chain) and not (
                role == 0
                and (
                    _COUNTED_GROUPS.search(before)
                    or DIVIDED.search(before)
                    or _trip_to_list(before, sent[0], spoken)
                    or own_trip
                )
            ):
                chain = [place] if place is not None else []
                continue
            # ("tamu dari tiga kabupaten, yaitu A, B dan C" counts senders, not groups sent out)
            split = (
                role == 0
                and _SPLIT_CUE.search(before) is not None
                and not _BOTH_SIDES.search(before)
                and not any(m.origin > m.dest for m in chain)
                and not _FROM_COUNTED.search(before)
            )
            # a counted list as long as its count names every stop of a trip ("ke tiga provinsi, yakni A, B
            # dan C"), even where the report is filed from another event of the programme
            counted = (
                role == 0
                and (c := _COUNTED_STOPS.search(before)) is not None
                and parse_int(c.group("n")) == len(regions)
                and not any(m.origin > m.dest for m in chain)
                and not OTHER_TRIP.search(text, sent[0], sent[1])
            )
            # (members' home regions describe one cohort: not senders)
            one_cohort = role == 1 and (
                (members_come_from(before) and not _HEADS_RECEIVED.search(before))
                # ("diikuti ASN Kabupaten A, Kota B …": people of the regions join one trip; a list of
                # governments, "pejabat Pemkab A dan Pemkot B", are senders side by side)
                or ("diikuti" in before and _JOINED_BY.search(before) and not any(p.mention.government for p in chain))
            )
            # a list of places that only a bare "di" names ("program yang dilaksanakan di A, B dan C", "sedang
            # berlangsung di A, B, C") says where something is or happens, not where a group went, unless a
            # verb of going or receiving governs it earlier in its sentence ("berangkat ke beberapa kota di A,
            # B dan C")
            located = (
                role == 0
                and max(m.dest for m in chain) < 2
                and _GOVERNS_STOPS.search(before) is None
                and not (split or counted or own_trip)
                # (... nor an itinerary that gives each stop its day first: "Senin (1/7) di A, Selasa (2/7) di B")
                and not (any(c.isdigit() for c in before[-40:]) and member_day()[1].search(before[-60:]))
            )
            # (office holders each named by the region they serve, "Ketua DPRD A Budi, Ketua DPRD B Joko": people
            # who met, not places gone to)
            holders = role == 0 and all(office_held_before(text, m) for m in chain)
            # (places the host is compared with: "dibanding empat daerah lainnya seperti A, B …")
            compared = (
                any(w in before.lower() for w in ("dibanding", "ketimbang", "daripada"))
                and bool(_COMPARED_LIST.search(before))
            ) or (("sesudah" in before or "setelah" in before) and _RANKED_AFTER.search(before) is not None)
            # governments that came along with the group ("datang bersama Pemkab B dan Pemkab C"): senders beside it
            if (
                role == 1
                and top_region is not None
                and top_region not in regions
                and role_of(chain)
                and CAME_ALONG_WITH.search(text, max(sent[0], chain[0].mention.start - 80), chain[0].mention.start)
            ):
                candidates.append(([top_region, *regions], True))
            if (
                len(regions) >= 2
                and (role_of(chain) or split or counted or own_trip)
                and not one_cohort
                and not located
                and not compared
                and not holders
            ):
                # counted groups ("lima komisi … ke A, B dan C") are groups, not one group's stops
                simultaneous = any(p.search(before) for p in (SIMULTANEOUS, _COUNTED_GROUPS, DIVIDED))
                candidates.append((regions, role == 1 or simultaneous))
                written.append(regions)
                if counted:
                    counted_lists.append(regions)
                # "Sebelum ke X, rombongan juga sudah … ke A, B, dan C": more stops of the same trip
                # ... not an experience told of anyone ("pihaknya juga pernah belajar ke A dan B")
                if (
                    role == 0
                    and top_region is not None
                    and top_region not in regions
                    and MORE_STOPS.search(before)
                    and not OTHER_TRIP.search(
                        text,
                        max(sent[0], chain[0].mention.start - AROUND),
                        min(sent[1], chain[-1].mention.end + AROUND),
                    )
                ):
                    candidates.append(([top_region, *regions], False))
        chain = [place] if place is not None else []
    return candidates, written, counted_lists


# the next sentence opens by setting its item beside the list just written, named by its own noun and a copula:
# "Adapun kotanya ialah D", "Sedangkan yang ketiga adalah rombongan Pemerintah Kota E", "Sementara itu, yang ketiga
# adalah F"
_LIST_GOES_ON = re.compile(
    r"\s*(?:adapun|sedangkan|sementara(?:\s+itu)?)\s*,?\s+(?:yang\s+)?(?:\w+nya|"
    + _ORDINAL
    + r"|terakhir)(?:\s+(?:itu|tersebut))?\s+(?:ialah|adalah|yaitu|yakni)\s+(?:rombongan\s+(?:dari\s+)?)?",
    _I,
)


# a list of stops that goes on after a word of the next stop: "ke A dan B, lalu C", "A serta B (keduanya di X),
# kemudian ke C"; the members before the word named as a list, or the member after it one
# ... and the last one so named: "A, B, kemudian yang terakhir C", "lalu terakhir D"
_NEXT_STOP_WORD = r"(?:lalu|kemudian|selanjutnya|setelah\s+itu|sesudah\s+itu)(?:\s+(?:yang\s+)?terakhir)?\s"
_THEN_MORE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*" + _NEXT_STOP_WORD + r"\s*(?:(?:ke|menuju)\s+)?", _I)
_IN_ASIDE = re.compile(r"\s*\([^()\n]{0,30}")
# (the aside closed and the list going on: "… (keduanya di X), lalu")
_ASIDE_THEN = re.compile(r"[^()\n]{0,30}\)\s*,\s*" + _NEXT_STOP_WORD, _I)


def _list_then_more(text: str, last: Place, place: Place) -> str | None:
    """How the place stands after the last member of a list being read: "aside" (a place in that member's
    bracketed aside when the list goes on after it), "more" (the list goes on after a word of the next stop,
    `_THEN_MORE`), or None."""
    gap = text[last.mention.end : place.mention.start]
    if len(gap) > 60:
        return None
    if "(" in gap and _IN_ASIDE.fullmatch(gap) and _ASIDE_THEN.match(text, place.mention.end):
        return "aside"
    if not any(w in gap for w in ("lalu", "kemudian", "selanjutnya", "setelah", "sesudah")):
        return None
    if HEAD_OF_REGION.match(place.mention.text) or not _THEN_MORE.fullmatch(gap):
        return None
    return "more"


def _one_trips_stops(
    regions: list[places.Region],
    kept: list[tuple[list[places.Region], bool]],
    itineraries: list[list[places.Region]],
    resolved: list[Place],
    home: places.Region | None,
) -> list[places.Region]:
    """The stops of one group's trip as the union of the lists its readers of stops give, in the order the text
    names them. Reports tell one trip's stops in more than one way at once (day by day, "Hari pertama … ke A.
    Hari kedua … ke B", and then one more stop, "Rombongan juga mengunjungi C"; a written list, "ke A dan B",
    and then the next day's, "Keesokan harinya, rombongan bertolak ke C"), and each reader finds only the
    stops told its way. A list of the readers of stops told one by one (`itineraries`: day by day, in order,
    one more stop, a sentence each) that fits the top host and shares a stop with the chosen list is the same
    trip's, and its other stops are the trip's too. Not merged: lists of groups at the same time ("sebagian ke
    A, sebagian lagi ke B", named sub-groups), two written lists (the same sender's earlier trip, "sudah
    berkunjung ke A dan B", beside this one, "kembali ke B dan C"), and a province whose town is a stop (its
    address: "kunker ke Jawa Timur … hari pertama ke Kota A"), nor a place in the province of the travellers' home
    when their trip is away from it (the dateline of a report filed at home, "KOTA A - Peserta … dari Provinsi
    A …", a reader of days may take for a first stop). The readers keep out what is no stop besides: the
    travellers' home, a transit city, another trip's places."""
    if any(at_once for members, at_once in kept if set(members) == set(regions)):
        return regions
    union = list(regions)
    away = home.province if home is not None else None  # (a province's own province is itself)
    for members in itineraries:
        if set(members) & set(union) and not set(members) <= set(union):
            # (a province whose town is a stop is the town's address: "kunker ke Jawa Timur … hari pertama ke A")
            union.extend(
                r
                for r in members
                if r not in union
                and r.province != away
                and not (r.kind == "province" and any(o.province == r.name for o in union))
            )
    if len(union) == len(regions):
        return regions
    first: dict[places.Region, int] = {}
    for p in resolved:
        first.setdefault(p.region, p.mention.start)
    # (a stop no mention places, if any, after the others)
    return sorted(union, key=lambda r: (r not in first, first.get(r, 0)))


def _list_goes_on(text: str, sents, resolved: list[Place], regions: list[places.Region]) -> places.Region | None:
    """The region the sentence after the one that writes the list (two of its members or more) adds to it
    (`_LIST_GOES_ON`), if any."""
    if len(regions) < 2 or not any(w in text for w in ("dapun", "edangkan", "ementara")):
        return None
    members = set(regions)
    for sent in dict.fromkeys(sentence_at(sents, p.mention.start) for p in resolved if p.region in members):
        if len({p.region for p in resolved if sent[0] <= p.mention.start < sent[1]} & members) < 2:
            continue
        nxt = next((n for n in sents if n[0] >= sent[1]), None)
        if nxt is None:
            return None
        first = next((p for p in resolved if p.mention.start >= nxt[0]), None)
        if first is None or first.mention.start >= nxt[1] or first.region in members:
            return None
        return first.region if _LIST_GOES_ON.fullmatch(text, nxt[0], first.mention.start) else None
    return None


def _senders_told_together(
    text: str, sents, resolved: list[Place], exclude: str | None
) -> list[tuple[list[places.Region], bool]]:
    """Senders told sentence by sentence, when the text says they came together ("kedua rombongan")."""
    found: list[tuple[list[places.Region], bool]] = []
    guests_counted = _guests_counted(text)
    if together_told(text) or guests_counted:
        # (the host's own region named as its officials' home, "Ketua DPRD Manado … menjelaskan", is none of them:
        # one such mention does not undo the list of guests told around it)
        told = [p for p in resolved if p.origin >= 2 and p.dest == 0 and p.region.name != exclude]
        # ... with the members of a list that one of them opens ("dari DPRD A dan B")
        # (a head of region's own weak 0.5, "the host's officials", does not make a listed one a host)
        for a, b in zip(resolved, resolved[1:], strict=False):
            if a in told and b not in told and b.dest < 1 and linked_places(text, a, b):
                told.append(b)
        for a, b in reversed(list(zip(resolved, resolved[1:], strict=False))):
            if b in told and a not in told and a.dest < 1 and linked_places(text, a, b):
                told.append(a)
        senders = distinct_regions(sorted(told, key=lambda p: p.mention.start), text)
        if len(senders) >= 2:
            found.append((senders, True))
        # "Keduanya ialah DPRD A, Provinsi X dan DPRD B": a list right where both are named
        for together in [*finditer(_together(text), text), *guests_counted]:
            sent = sentence_at(sents, together.start())
            nxt = sentence_at(sents, sent[1]) if sent[1] < len(text) else sent
            members = [p for p in resolved if sent[0] <= p.mention.start < nxt[1] and p.dest == 0]
            # each written list on its own: a dateline's address before the senders ("Propinsi A, Kabupaten B –
            # Tiga rombongan, yakni Pemkab C, Pemkab D serta Pemkot E") is no member of their list
            chain: list[Place] = []
            for place in [*members, None]:
                if place is not None and chain and linked_places(text, chain[-1], place):
                    chain.append(place)
                    continue
                if len(chain) >= 2 and len(regions := distinct_regions(chain, text)) >= 2:
                    found.append((regions, True))
                chain = [place] if place is not None else []
    return found
