"""No-visit signs: what tells that a trip the article names is not a visit diklat records.

A trip only to an unnamed elsewhere ("ke luar daerah", "ke sejumlah negara"), a body gone to rather than
a place, places gone to as a habit, students, farmers or an association travelling (not a government
group), and groups counted by the dozen ("ratusan rombongan studi banding").

One concern: the signs `visits_or_reason` weighs before it answers with a `no_visit.NoVisit`.
"""

from __future__ import annotations

import re
from functools import cache

from diklat_cli.extract import abroad, agencies, dates, places, trainees, verbs
from diklat_cli.extract.cues import (
    STRONG_CUES,
    learnt_where_gone,
)
from diklat_cli.extract.participants import VILLAGE_HEADS
from diklat_cli.extract.place_roles import (
    Place,
)
from diklat_cli.extract.scanning import finditer, search
from diklat_cli.extract.sentences import sentence_at, sentence_spans

_I = re.IGNORECASE


# a trip told as going only to an unnamed elsewhere: "studi komparasi ke luar negeri", "berangkat ke luar daerah",
# "ke mancanegara", "ke daerah lain", "ke negara-negara", places counted with none named ("ke sejumlah negara",
# "ke berbagai daerah") (mu-02 antarakalsel, mx-11 bakabar, mx-04 kompas,
# me-09 klikkalimantan, lp-10 goriau, ls-03 suara); "ke luar daerah Kota A" names its place
_ELSEWHERE = re.compile(
    r"\b(?:ke|menuju)\s*(?:luar\s+(?:negeri|daerah|kota|provinsi|pulau|wilayah)|mancanegara"
    r"|(?:daerah|negara|provinsi|kabupaten|kota)\s+lain|negara-negara|(?:berbagai|sejumlah|beberapa|banyak)\s+"
    r"(?:daerah|negara|kota|provinsi|kabupaten))\b"
    r"(?!\s+(?-i:[A-Z]))",
    _I,
)


# the place where a statement was made or a release received, told with its day: "kata X di Banjarmasin,
# Kamis", "siaran pers yang diterima di Jakarta, Jumat (15/3)": where someone spoke, not where a group went
# ... but a host body the group calls on or that receives it names the place visited, mapped or not: "mendatangi
# kantor pusat Badan Kepegawaian Negara", "berkunjung ke Balai X", "menerima kunjungan", "disambut jajaran BKN"
# (cues._CALLED_ON reads the same calling on, receiving and being received, there of a region's head; here a host
# body by any name, "kantor pusat" before it, and a "delegasi" or "tamu" received too)
_HOST_CALLED_ON = re.compile(
    r"\b(?:" + verbs.CALLING_ON + r"\s+(?:kantor\s+(?:pusat\s+)?)?(?-i:[A-Z])"
    r"|(?:" + verbs.RECEIVING + r")\s+(?:" + verbs.RECEIVED_GROUP + r"|delegasi|tamu)"
    r"|" + verbs.RECEIVED_BY + r"(?:jajaran|(?-i:[A-Z])))",
    _I,
)


# ... and so does a body named as where the group went or learnt, in a sentence that tells the trip: "studi
# banding ke luar daerah, tepatnya ke Balai Besar X", "Di Desa Wisata Y mereka belajar", "belajar di PT Z"
_TO_A_BODY = re.compile(r"\b(?:ke|di|menuju|tujuan)\s+$", _I)
_COMPANY = re.compile(r"\b(?:ke|di|menuju|tujuan)\s+(?:PT|CV|Perum|Perumda)\.?\s+(?-i:[A-Z])", _I)
# (the trip words, setting out, and learning: "belajar", "mempelajari", any "kaji"; a word's start is enough)
_TRIP_TOLD = re.compile(r"\b(?:" + verbs.TRIP_WORDS + r"|" + verbs.DEPARTING + r"|belajar|mempelajari|kaji)", _I)


def _body_gone_to(text: str, sents) -> bool:
    """A body the map does not know is named as where the group went or learnt (`_TO_A_BODY`), in a sentence
    that tells the trip."""
    for unit in agencies.find_units(text):
        lo, hi = sentence_at(sents, unit.start)
        if _TO_A_BODY.search(text, max(lo, unit.start - 12), unit.start) and _TRIP_TOLD.search(text, lo, hi):
            return True
    for m in finditer(_COMPANY, text):
        lo, hi = sentence_at(sents, m.start())
        if _TRIP_TOLD.search(text, lo, hi):
            return True
    return False


@cache
def _spoken_at() -> re.Pattern[str]:
    """The day after a place where someone spoke ("di Banjarmasin, Kamis")."""
    return re.compile(r"[ \t]*,?[ \t]*(?:pada\s+)?(?:" + dates.weekday_pattern() + r")\b", _I)


def only_elsewhere(text: str, sents, resolved: list[Place]) -> bool:
    """The trip goes only to an unnamed elsewhere ("ke luar negeri", "ke luar daerah"): no country is a stop,
    nor named as where something took place ("di Yunnan China"), and every place the words weigh as gone to is
    where someone spoke, "di X, <day>"; and no host body is called on or receives the group (`_HOST_CALLED_ON`)
    or is named as where it went (`_body_gone_to`).
    SCHEMA: a visit is one group travelling to one place; a plan or a habit of trips "ke luar negeri" names none
    (a plan's budget, a ministry's programme, a rumour of a council's trip)."""
    if not any(w in text for w in ("luar", "Luar", "lain", "negara", "berbagai", "sejumlah", "beberapa", "banyak")):
        return False
    if search(_ELSEWHERE, text) is None or abroad.find_stops(text) or abroad.country_as_place(text):
        return False
    if search(_HOST_CALLED_ON, text) is not None or _body_gone_to(text, sents):
        return False
    for place in resolved:
        if place.dest <= 0:
            continue
        at = place.mention
        if text[max(0, at.start - 3) : at.start].lower() != "di " or not _spoken_at().match(text, at.end):
            return False
    return True


# groups counted, not one group: "120 rombongan", "ratusan rombongan studi banding"
_GROUPS_COUNTED = re.compile(
    r"\b(?:\d{2,}|puluhan|ratusan|ribuan|belasan)\s+(?:rombongan|kunjungan|delegasi|instansi|daerah)\s+"
    r"(?:studi|benchmark|kaji|kunjungan|tamu|dari)",
    _I,
)
# _GROUPS_COUNTED found from its second word (the first may be a number: no word to look for): a group word
# and what follows it, then the count as the whole word before the spaces before it
_GROUPS_COUNTED_REST = re.compile(
    r"(?:rombongan|kunjungan|delegasi|instansi|daerah)\s+(?:studi|benchmark|kaji|kunjungan|tamu|dari)", _I
)
_GROUPS_COUNT_WORD = re.compile(r"\d{2,}|puluhan|ratusan|ribuan|belasan", _I)


def groups_counted(text: str) -> bool:
    """Whether _GROUPS_COUNTED has a match in text."""
    for m in finditer(_GROUPS_COUNTED_REST, text):
        j = m.start()
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == m.start():
            continue
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
            k -= 1
        if _GROUPS_COUNT_WORD.fullmatch(text, k, j):
            return True
    return False


# SCHEMA "the groups diklat is about": a school's or a university's students and their teachers on a study
# trip ("40 mahasiswa Universitas X studi banding ke DPRD Y", "Rombongan dosen dan mahasiswa Universitas Z
# mengadakan studi banding ke …", "pelajar SMA …") are no government group: the words before the first
# trip name them, and no government body or people (a government school's "praja", "IPDN") stand there
# ... and so are the other groups outside government that study trips are reported of: farmers and fishers
# ("kelompok tani", "KTNA"), and members of an association ("Ikatan …", "Asosiasi …", "Paguyuban …"; not the
# civil servants' wives of "Dharma Wanita Persatuan", left as before);
# ... and a farmers' group ("Kelompok Tani X"), a cooperative's board ("pengurus koperasi": the cooperatives'
# ministry or office is government), a party's officers, a mosque's or a pesantren's people, a club, activists
# (r40 probes: study trips of groups outside government);
# sent by a government body they are its group (the body is then named among them)
_OUTSIDERS = (
    r"(?:mahasiswa|mahasiswi|pelajar|siswa|siswi|dosen|profesor|universitas|petani|nelayan|poktan|gapoktan"
    r"|KTNA|ikatan|(?<!wanita\s)persatuan|himpunan|asosiasi|perkumpulan|paguyuban|komunitas|yayasan|LSM|ormas"
    r"|kelompok\s+tani|pengurus\s+koperasi|partai|takmir|santri|(?:pondok\s+)?pesantren|klub|aktivis)\b"
)
_STUDENTS = re.compile(r"\b" + _OUTSIDERS, _I)
# ... whose members are written as a council's are ("anggota Paguyuban X", "peserta KTNA", "pengurus Ikatan Y")
_MEMBERS_OF_OUTSIDERS = re.compile(r"\b(?:anggota|peserta|pengurus)\s+(?:kelompok\s+)?(?=" + _OUTSIDERS + ")", _I)
# ... named by their host after the noun of their coming ("menyambut rombongan mahasiswa Universitas X",
# "kedatangan rombongan Universitas Y", "Studi Banding Peserta KTNA"): the group is the words after it
_GROUP_AFTER = re.compile(
    r"\b(?:rombongan|kedatangan|kunjungan|peserta)\s+([^.,;\n]{0,70}?)(?=\s+(?:yang|untuk|guna|ke|di|dalam|pada"
    r"|dengan|beserta|bersama)\b|[.,;\n]|$)",
    _I,
)
# the group written right after a trip's noun ("studi banding anggota DPRD X ke …"): its first words, a count or
# "para" before them passed over
_TRIP_GROUP = re.compile(r"\s+(?:(?:para|sejumlah|seluruh|rombongan|\d{1,3})\s+)?([^.,;\n]{0,70})", _I)
_GOVERNMENT_PEOPLE = re.compile(
    rf"\b(?:DPRD|{places.GOVERNMENT_WORD}|pemdes|dinas|badan|kantor|camat|lurah|kepala|kades|perangkat|ASN"
    r"|PNS|pegawai|pejabat|aparatur|anggota|"
    # (the trainees by any word for them, "kadet Universitas Pertahanan", "serdik … Sekolah Tinggi Ilmu Kepolisian",
    # but "siswa", which names a school's pupils as well, and "taruna", which stands in names outside government:
    # "Karang Taruna", "Universitas Bina Taruna", ln-05 60dtk)
    + trainees.only("peserta", "pasis", "praja", "perwira siswa", "CPNS", "taruni", "kadet", "serdik")
    + r"|IPDN|STPDN|APDN|bupati|wali\s*kota|walikota|gubernur|sekda"
    r"|komisi|pansus|fraksi|TP\s*PKK|PKK|BUMDes|BPD"
    # (and every other government people _PEOPLE_GROUP names: the extension workers who go with farmers, an
    # office's staff and officers, village secretaries and heads by their local titles)
    r"|penyuluh|staf|petugas|sekdes|" + VILLAGE_HEADS + r")\b",
    _I,
)


# a trip told as what a body does again and again, not as one trip: "kerap", "sering", "terbiasa", "biasanya",
# "setiap tahun", "dalam setahun"
_HABIT = re.compile(
    r"\b(?:kerap(?:\s*kali)?|sering(?:\s*kali)?|biasanya|terbiasa|kebiasaan|lazimnya|langganan"
    r"|(?:setiap|tiap|saban)\s+(?:bulan|tahun)|dalam\s+(?:satu\s+|se)tahun)\b",
    _I,
)
# ... or as what may, must or need not be done, or what someone wants ("tidak bisa cuma ke A", "cukup
# melakukan studi banding ke A", "Ada pula yang mau ke B"): an argument about where trips should go
_SHOULD = re.compile(
    r"\b(?:tidak|tak)\s+(?:bisa|boleh|perlu)\b|\b(?:mesti|sebaiknya|seharusnya|semestinya)\b"
    # ("cukup" as enough of a trip, not "cukup baik", quite good)
    r"|\bcukup\s+(?:me\w+\s+)?(?:ke|stud[iy]|stuban|kunker|kunjungan|berkunjung|belajar)\b"
    r"|\b(?:mau|ingin|hendak)\s+ke\b",
    _I,
)


@cache
def _a_day() -> re.Pattern[str]:
    """A day or date in a sentence: the one trip it tells (the calendar's weekday and month names)."""
    return re.compile(
        rf"\b(?:{dates.weekday_pattern()}|pekan\s+lalu|kemarin|hari\s+ini)(?!\w)|\b\d{{1,2}}/\d{{1,2}}\b"
        rf"|\b\d{{1,2}}\s+{dates.month_pattern()}",
        _I,
    )


def places_gone_to_as_habit(text: str, sents, resolved: list[Place]) -> bool:
    """Every sentence that names a place gone to tells of trips as a habit, or as what should or could be,
    with no day: an article on a council's custom of study trips ("DPRD X terbiasa menyambangi kota-kota
    seperti A, B dan C", "kerap melakukan studi banding ke provinsi lain"), or an argument over where they
    should go ("tidak bisa cuma ke A", "cukup studi banding ke A"), names where such trips go, not a trip
    that was made; a report of one trip names its place in a sentence of its own, or with its day
    ("kembali menerima rombongan … Senin (3/6)")."""
    gone_to = {sentence_at(sents, p.mention.start) for p in resolved if p.dest >= 2 and p.dest > p.origin}
    if not gone_to:
        return False
    return all(
        (_HABIT.search(text, *sent) or _SHOULD.search(text, *sent)) and not _a_day().search(text, *sent)
        for sent in gone_to
    )


def students_travel(text: str, activities: list) -> bool:
    """The first trip's sentence names students (with their teachers) as the ones who go, and no
    government people."""
    if search(_STUDENTS, text) is None:
        return False
    # the first trip: its activity ("studi banding") or, where none is named, its cue ("kunjungan studi ke")
    if activities:
        first = activities[0].start
    elif (cue := STRONG_CUES.search(text)) is not None:
        first = cue.start()
    elif (learnt := learnt_where_gone(text)) is not None:
        first = learnt  # the trip told by learning at a place: "pelajar SMA … belajar … di Surabaya"
    else:
        return False
    sent = sentence_at(sentence_spans(text), first)
    if activities and (after := _TRIP_GROUP.match(text, activities[0].end, sent[1])) is not None:
        group = after.group(1)
        if _GOVERNMENT_PEOPLE.match(group) and _STUDENTS.search(group) is None:
            # the trip named with its government group right after it is that group's, whoever speaks of it:
            # "Mahasiswa X Soroti Studi Banding DPRD ke Bali", "menyoroti studi banding anggota DPRD Y" (ld-01
            # riau24; the trip's noun with its body in 70 readable articles)
            return False
    return _outsiders(text[sent[0] : first]) or any(_outsiders(m.group(1)) for m in _GROUP_AFTER.finditer(text, *sent))


def _outsiders(group: str) -> bool:
    """The words name students, farmers or an association, and no government body or people."""
    if _STUDENTS.search(group) is None:
        return False
    return _GOVERNMENT_PEOPLE.search(_MEMBERS_OF_OUTSIDERS.sub("", group)) is None
