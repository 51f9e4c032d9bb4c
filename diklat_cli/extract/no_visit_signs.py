"""No-visit signs: what tells that a trip the article names is not a visit diklat records.

`no_visit_told` is the gate `visits_or_reason` passes first: no host scored and no travel told, an
explainer of the activity, a trip only to an unnamed elsewhere ("ke luar daerah", "ke sejumlah negara"),
a body gone to rather than a place, no travellers named (`_TRAVELLERS`), places gone to as a habit,
students, farmers or an association travelling (not a government group), groups counted by the
dozen ("ratusan rombongan studi banding"), a jury's or surveyors' "visitasi" to judge the host, and a national
body come to oversee a region or gather input there (`_central_body_oversees`).

One concern: the signs weighed before the assembly answers with a `no_visit.NoVisit`.
"""

from __future__ import annotations

import re
from functools import cache

from diklat_cli.extract import abroad, agencies, dates, places, staff, trainees, verbs, visitors
from diklat_cli.extract.cues import (
    learnt_at_another_region,
    learnt_where_gone,
    place_undecided,
    strong_cue,
    travel_cue,
    virtual_study,
)
from diklat_cli.extract.frames import together_told, visit_frames
from diklat_cli.extract.no_visit import NoVisit
from diklat_cli.extract.numbers import cardinal_words
from diklat_cli.extract.participants import VILLAGE_HEADS, find_participants
from diklat_cli.extract.place_roles import Place
from diklat_cli.extract.purpose import deployed_in, exercise_named, learning_purpose, relief_told
from diklat_cli.extract.scanning import finditer, first_letter_gated, search
from diklat_cli.extract.sentences import sentence_at, sentence_spans
from diklat_cli.extract.visit_places import campus_regions, score_places

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


def _only_elsewhere(text: str, sents, resolved: list[Place]) -> bool:
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


def _groups_counted(text: str) -> bool:
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
# (study trips of groups outside government);
# sent by a government body they are its group (the body is then named among them)
_OUTSIDERS = (
    r"(?:mahasiswa|mahasiswi|pelajar|siswa|siswi|murid|dosen|profesor|universitas|petani|nelayan|poktan|gapoktan"
    r"|KTNA|ikatan|(?<!wanita\s)persatuan|himpunan|asosiasi|perkumpulan|paguyuban|komunitas|yayasan|LSM|ormas"
    r"|kelompok\s+tani|pengurus\s+koperasi|partai|takmir|santri|(?:pondok\s+)?pesantren|klub|aktivis"
    # (and a village's or a district's youth organisation, "Karang Taruna", however it is written)
    r"|karang\s*taruna)\b"
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
# teachers named as a trip's group right after its noun ("Studi Banding Guru ke A", "studi banding para guru SD"):
# the trip is theirs, whatever pupils a headline names before it ("Tepis Tuduhan Abaikan Murid, …")
_TEACHERS = re.compile(r"(?:guru|kepala\s+sekolah)\b", _I)
# the group written right after a trip's noun ("studi banding anggota DPRD X ke …"): its first words, a count or
# "para" before them passed over
_TRIP_GROUP = re.compile(r"\s+(?:(?:para|sejumlah|seluruh|rombongan|\d{1,3})\s+)?([^.,;\n]{0,70})", _I)
_GOVERNMENT_PEOPLE = re.compile(
    rf"\b(?:DPRD|{places.GOVERNMENT_WORD}|pemdes|dinas|badan|kantor|camat|lurah|kepala|kades|perangkat|"
    + staff.only("ASN", "PNS", "pegawai", "pejabat", "aparatur", "staf")
    + r"|anggota|"
    # (the trainees by any word for them, "kadet Universitas Pertahanan", "serdik … Sekolah Tinggi Ilmu Kepolisian",
    # but "siswa", which names a school's pupils as well, and "taruna", which stands in names outside government:
    # "Karang Taruna", "Universitas Bina Taruna", ln-05 60dtk)
    + trainees.only("peserta", "pasis", "praja", "perwira siswa", "CPNS", "taruni", "kadet", "serdik")
    + r"|IPDN|STPDN|APDN|bupati|wali\s*kota|walikota|gubernur|sekda"
    # (the police's and the army's schools, whose trainees are "siswa": "siswa SPN Polda X", "siswa Secapa AD")
    r"|SPN|Secapa|Setukpa|Secaba|Akpol|Akmil|Rindam|Dodik\w*|Diktuba|Dikmaba|Sekolah\s+Polisi"
    r"|komisi|pansus|fraksi|TP\s*PKK|PKK|BUMDes|BPD"
    # (and every other government people _PEOPLE_GROUP names: the extension workers who go with farmers, an
    # office's officers, village secretaries and heads by their local titles; its staff with the class above)
    r"|penyuluh|petugas|sekdes|" + VILLAGE_HEADS + r")\b",
    _I,
)


# a trip told as what a body does again and again, not as one trip: "kerap", "sering", "terbiasa", "biasanya",
# "setiap tahun", "dalam setahun"
_HABIT = re.compile(
    r"\b(?:kerap(?:\s*kali)?|sering(?:\s*kali)?|biasanya|terbiasa|kebiasaan|lazimnya|langganan"
    r"|(?:setiap|tiap|saban)\s+(?:bulan|tahun)|dalam\s+(?:satu\s+|se)tahun)\b"
    # (a place often called or known as something is no place often gone to: "provinsi itu kerap dijuluki …", "sering
    # disebut …", "kerap dikenal sebagai …")
    r"(?!\s+(?:di(?:juluki|sebut|kenal|anggap|nilai|gelari)|dijadikan\s+julukan)\b)",
    _I,
)
# ... or as trips over a stretch of time ("selama ini", "sudah lama", "bertahun-tahun") faulted by someone: "pengamat
# menilai studi banding … ke A selama ini tidak membawa perubahan", "… ke B sudah lama dipersoalkan warga", "mengkritik
# studi banding … yang selama ini dinilai hanya jalan-jalan": trips as a kind, judged; the day of such a sentence is
# the day the judgement was said (a trip's own "yang selama ini dinilai berhasil" praises its host: no fault)
_SPAN_OF_TIME = re.compile(r"\b(?:selama\s+ini|sudah\s+lama|(?:sudah\s+)?bertahun-tahun)\b", _I)
_FAULTED = re.compile(
    r"\b(?:(?:meng|di)?kritik(?:an)?|menyoroti|disoroti?|sorotan|(?:mem|di)pertanyakan|(?:mem|di)persoalkan"
    r"|(?:meny|dis)indir|(?:meng|di)gugat)\b"
    r"|\b(?:menilai|dinilai)\s+(?:(?:[\w-]+\s+){0,3}?(?:stud[iy]|kunjungan|kunker|perjalanan|lawatan)"
    r"|(?:tidak|tak|hanya|cuma|sekadar|boros|sia-sia|percuma)\b)",
    _I,
)
# ... or as what may, must or need not be done, or what someone wants ("tidak bisa cuma ke A", "cukup
# melakukan studi banding ke A", "Ada pula yang mau ke B"): an argument about where trips should go
_SHOULD = re.compile(
    r"\b(?:tidak|tak)\s+(?:bisa|boleh|perlu)\b|\b(?:mesti|sebaiknya|seharusnya|semestinya)\b"
    # ("cukup" as enough of a trip, not "cukup baik", quite good)
    r"|\bcukup\s+(?:me\w+\s+)?(?:ke|stud[iy]|stuban|kunker|kunjungan|berkunjung|belajar)\b"
    r"|\b(?:mau|ingin|hendak)\s+ke\b"
    # ... or what is needed: "Dewan menilai perlu studi banding ke A", "para lurah perlu diajak studi banding ke B"
    # (a need argued, no trip made; a made trip's sentence tells its day, or the article names its place elsewhere)
    r"|\b(?:perlu|diperlukan)\s+(?:di\w+\s+)?(?:ke|stud[iy]|stuban|kunker|kunjungan|berkunjung)\b",
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


# a group arriving, or received, on a day of its own: "Rombongan tiba Kamis, 9 Mei 2025, lalu disambut …", "Mereka
# diterima Sekda, Senin (3/6)", "Tim datang ke kantor DPRD A, Rabu (5/6)": one trip made, however often such trips
# are said to come (a habit's sentence is told with no day: "kerap didatangi rombongan dari berbagai daerah"); the
# group named before its verb (a thing "diterima" on a day, a proposal or an award, is no arrival)
_ARRIVED = re.compile(
    r"\b(?:rombongan|mereka|tim|delegasi|tamu|peserta)\b[^.\n]{0,60}?\b(?:tiba|datang|"
    + verbs.RECEIVED
    + r"|"
    + verbs.TRAVELLING
    + r")\b",
    _I,
)


def _arrival_on_a_day(text: str, sents) -> bool:
    """A sentence tells a group arriving or received (`_ARRIVED`) with a day (`_a_day`) and no word of a habit."""
    return any(
        _ARRIVED.search(text, *sent) and _a_day().search(text, *sent) and not _HABIT.search(text, *sent)
        for sent in sents
    )


# ... or the host receiving it: "sekolahnya kedatangan rombongan dari Dinas A", "Pemkot B menerima kunjungan tim C"
_HOST_RECEIVED = re.compile(
    r"\b(?:" + verbs.RECEIVING + r")\s+(?:[\w-]+\s+){0,2}?(?:rombongan|kunjungan|tamu|delegasi|tim|peserta)\b", _I
)


def _trip_on_a_day(text: str, sents) -> bool:
    """A sentence tells one trip made on a day: a group arriving or received (`_arrival_on_a_day`), or a host receiving
    a party (`_HOST_RECEIVED`) with a day and no word of a habit."""
    return _arrival_on_a_day(text, sents) or any(
        _HOST_RECEIVED.search(text, *sent) and _a_day().search(text, *sent) and not _HABIT.search(text, *sent)
        for sent in sents
    )


def _places_gone_to_as_habit(text: str, sents, resolved: list[Place]) -> bool:
    """Every sentence that names a place gone to tells of trips as a habit, or as what should or could be,
    with no day: an article on a council's custom of study trips ("DPRD X terbiasa menyambangi kota-kota
    seperti A, B dan C", "kerap melakukan studi banding ke provinsi lain"), or an argument over where they
    should go ("tidak bisa cuma ke A", "cukup studi banding ke A"), names where such trips go, not a trip
    that was made; a report of one trip names its place in a sentence of its own, or with its day
    ("kembali menerima rombongan … Senin (3/6)"), or tells its group arriving or received on a day
    (`_trip_on_a_day`) while the place is named only where such trips are said to come often."""
    gone_to = {sentence_at(sents, p.mention.start) for p in resolved if p.dest >= 2 and p.dest > p.origin}
    if not gone_to:
        return False
    faulted = {sent for sent in gone_to if _SPAN_OF_TIME.search(text, *sent) and _FAULTED.search(text, *sent)}
    return all(
        sent in faulted
        or ((_HABIT.search(text, *sent) or _SHOULD.search(text, *sent)) and not _a_day().search(text, *sent))
        for sent in gone_to
    ) and not _trip_on_a_day(text, sents)


# A trip only supposed: budget and opinion news quotes a council's or an official's case for trips as a condition
# ("Kalau studi banding, ya harus ke A", "Jika ingin belajar X, tujuannya B", "Andaikan kami mau belajar, ya ke C"),
# a rhetorical question ("Masa iya studi banding tujuannya D?", "Masa kami belajar ke E yang kondisinya sama") or
# what trips ought to be ("Studi Banding Mestinya ke F, Bukan ke G"): the places are where a trip would or should go,
# none made; the day of such a sentence is the day it was said
_IF = (
    r"(?:kalau(?:pun)?|kalo|jika(?:pun)?|jikalau|apabila|bila(?:mana)?|andai(?:kan)?|seandainya|sekiranya|umpamanya)\b"
    # (not a contrast with what was done before, "Jika tahun lalu DPRD A ke B, kali ini ke C": trips told)
    r"(?![^,.\n]{0,40}?\b(?:sebelumnya|(?:tahun|pekan|bulan|minggu)\s+lalu|dulu|dahulu|kemarin|semula|awalnya"
    r"|biasanya|selama\s+ini)\b)"
    # (nor the announcement's "if nothing stands in the way", "Kalau tidak ada halangan, Rabu besok rombongan
    # berangkat ke A", "jika sesuai jadwal": a trip announced)
    r"(?!\s+(?:(?:tidak|tak)\s+ada\s+(?:halangan|aral|kendala|hambatan|perubahan)|sesuai\s+(?:jadwal|rencana)"
    r"|lancar|cuaca)\b)"
)
# (the condition opens its sentence or a clause: "kalau" after a verb of saying is "that", "membenarkan kalau
# anggotanya studi banding ke A", a trip told)
_SUPPOSED_OPENS = re.compile(r"[\s\"“”'(]*" + _IF, _I)
_SUPPOSED = re.compile(r"(?:[,;]|\b(?:tapi|tetapi|namun|nah|ya))[\s\"“”'(]*" + _IF, _I)
# ... and what trips ought to be, told with no day ("Studi Banding Harus ke A, Bukan ke B"; "karena harus ke A,
# rombongan berangkat Senin (3/6)" is a trip's course)
_OUGHT = re.compile(r"\b(?:harus|mesti(?:nya)?|seharusnya|semestinya|sebaiknya|idealnya)\s+(?:ke|tujuannya)\b", _I)
# (the rhetorical "masa" opens its sentence, a quote's mark before it; "masa" as a period, "Masa reses …", "Masa
# jabatan …", is a noun and is followed by what period it is, not by who or what would go)
_RHETORICAL = re.compile(
    r"[\s\"“”'(]*(?:masa(?:k)?\s+(?:iya|sih|ya|kita|kami|mereka|dewan|harus|cuma|hanya|stud[iy]|kunker|kunjungan"
    r"|belajar|ke)"
    # ... and the other rhetorical openings: "Apa iya studi banding harus ke A terus?", "Mengapa harus jauh-jauh ke
    # B?", "Haruskah kunker ke C?"
    r"|apa(?:kah)?\s+(?:iya|benar|harus|perlu)|(?:mengapa|kenapa)\s+harus|haruskah|perlukah)\b",
    _I,
)
# (a sentence that names a place but tells no going, "Wakil Ketua DPRD A tidak menerima pencoretan itu", tells no
# trip, supposed or made)
_GOING_TOLD = re.compile(
    r"\b(?:(?:ke|menuju|tujuan(?:nya)?)\b|" + verbs.TRIP_WORDS + r"|" + verbs.DEPARTING + r"|belajar|mempelajari|kaji)",
    _I,
)
_SUPPOSED_LEADS = (
    "alau",
    "alo",
    "ika",
    "pabila",
    "ndai",
    "umpama",
    "arus",
    "esti",
    "baiknya",
    "dealnya",
    "masa",
    "Masa",
)


def _places_gone_to_only_supposed(text: str, sents, resolved: list[Place]) -> bool:
    """Every sentence that names a place gone to and tells of going (`_GOING_TOLD`) supposes the trip
    (`_SUPPOSED`, `_RHETORICAL`) or tells of trips as a habit or as what should be, with no day; at least one
    supposes; and so does every sentence sending a group abroad."""
    if not any(lead in text for lead in _SUPPOSED_LEADS):
        return False
    seen: dict[tuple[int, int], bool | None] = {}

    def supposes(at: int) -> bool | None:
        """True: the sentence at `at` supposes; False: it tells a trip; None: it tells no going, or only trips as
        a habit or as what should be."""
        sent = sentence_at(sents, at)
        if sent not in seen:
            if _GOING_TOLD.search(text, *sent) is None:
                seen[sent] = None
            elif (
                _SUPPOSED.search(text, *sent)
                or _SUPPOSED_OPENS.match(text, *sent) is not None
                or _RHETORICAL.match(text, *sent) is not None
            ):
                seen[sent] = True
            elif (
                _HABIT.search(text, *sent) or _SHOULD.search(text, *sent) or _OUGHT.search(text, *sent)
            ) and not _a_day().search(text, *sent):
                seen[sent] = None
            else:
                seen[sent] = False
        return seen[sent]

    # (the places first; the countries, asked of the whole text, only when no place's sentence tells a trip)
    if any(supposes(p.mention.start) is False for p in resolved if p.dest >= 2 and p.dest > p.origin):
        return False
    if any(supposes(stop.start) is False for stop in abroad.find_stops(text)):
        return False
    return any(seen.values())


# a visit to judge or accredit the host, named "visitasi" (or "kunjungan lapangan") as a stage of a contest or an
# accreditation: "tim juri melakukan visitasi ke Desa Wisata A", "penilaian visitasi lomba desa", "visitasi akreditasi
# RSUD B oleh tim surveior" (qb-10 hariini, pi-17 malangtimes): the visitors assess the host, they do not learn from it
_JUDGING = re.compile(
    r"\b(?:penilaian|penjurian|juri|tim\s+penilai|asesor|assesor|surveior|surveyor|akreditasi|lomba|anugerah)\b", _I
)
_JUDGED_VISIT_WORDS = ("visitasi", "kunjungan lapangan")


def _judging_visits(text: str, sents, activities: list) -> bool:
    """Every naming of the trip is a "visitasi" (or "kunjungan lapangan"), and a sentence naming it tells a
    contest's or an accreditation's assessment: a jury or surveyors visiting whom they judge, no group learning
    from a host."""
    if not activities or "visitasi" not in text.lower():
        return False
    if any(text[a.start : a.end].lower() not in _JUDGED_VISIT_WORDS for a in activities):
        return False
    return any(_JUDGING.search(text, *sentence_at(sents, a.start)) is not None for a in activities)


def _students_travel(text: str, activities: list) -> bool:
    """The first trip's sentence names students (with their teachers) as the ones who go, and no
    government people."""
    if search(_STUDENTS, text) is None:
        return False
    # the first trip: its activity ("studi banding") or, where none is named, its cue ("kunjungan studi ke")
    cue_end = None  # (where the cue that tells the trip ends: the group may be written right after it)
    if activities:
        first = activities[0].start
    elif (cue := strong_cue(text)) is not None:
        first, cue_end = cue.start(), cue.end()
    elif (learnt := learnt_where_gone(text)) is not None:
        first = learnt  # the trip told by learning at a place: "pelajar SMA … belajar … di Surabaya"
    else:
        return False
    spans = sentence_spans(text)
    sent = sentence_at(spans, first)
    if (
        cue_end is not None
        and (after := _TRIP_GROUP.match(text, cue_end, sent[1])) is not None
        and _outsiders(after.group(1))
    ):
        # the group named right after the word of the trip that leads the sentence ("Rombongan 23 mahasiswa
        # Universitas X berangkat kuliah kerja lapangan ke Y"): the students are the group, however long its name
        return True
    if _THEY_LED.match(text, sent[0]):
        # the trip's sentence names its group by a pronoun ("Mereka datang untuk kunjungan belajar"): the group is the
        # one the sentence before names, from its students on ("Kantor A ramai oleh belasan pelajar …": the office
        # before them is the host)
        lead = sentence_at(spans, max(0, sent[0] - 1))
        named = _STUDENTS.search(text, *lead) if lead != sent else None
        if named is not None and _outsiders(text[named.start() : lead[1]]):
            return True
    if activities and (after := _TRIP_GROUP.match(text, activities[0].end, sent[1])) is not None:
        group = after.group(1)
        if (_GOVERNMENT_PEOPLE.match(group) or _TEACHERS.match(group)) and _STUDENTS.search(group) is None:
            # the trip named with its government group right after it is that group's, whoever speaks of it:
            # "Mahasiswa X Soroti Studi Banding DPRD ke Bali", "menyoroti studi banding anggota DPRD Y" (ld-01
            # riau24; the trip's noun with its body in 70 readable articles)
            return False
        if (
            _STUDENTS.match(_MEMBERS_OF_OUTSIDERS.sub("", group, count=1))
            and _outsiders(group)
            and _REGION_WIDE.search(group) is None
        ):
            # ... and named with a group outside government right after it, it is that group's: "menerima studi tiru
            # Karang Taruna Kelurahan A", "Studi Banding Mahasiswa Universitas B ke C" (not the bodies of a kind of a
            # whole region, "pengurus koperasi se-Kabupaten D", whom the region gathers and sends)
            return True
    # pupils who go with their school are named where its trip is told (the sentence before, its own or the next:
    # "SMK X Gelar Kunjungan Industri … Sebanyak 120 siswa …"); pupils named only further on are the host school's,
    # who greet or perform for a party of teachers (f20d qb-27)
    at = spans.index(sent) if sent in spans else 0
    pupils = _PUPILS.search(text, spans[max(0, at - 1)][0], spans[min(len(spans) - 1, at + 1)][1]) is not None
    if _outsiders(text[sent[0] : first], pupils) or any(
        _outsiders(m.group(1)) for m in _GROUP_AFTER.finditer(text, *sent)
    ):
        return True
    # the host as subject, the ones who came after its passive verb, in the trip's sentence or the lead before it
    # ("Mapolsek A didatangi belasan siswa …. Mereka datang untuk kunjungan belajar")
    lead = sentence_at(spans, max(0, sent[0] - 1))[0]
    return any(_outsiders(m.group(1)) for m in _VISITED_BY.finditer(text, lead, sent[1]))


# a whole region's bodies of one kind: "se-Kabupaten A", "se Kota B"
_REGION_WIDE = re.compile(r"\bse[\s-]*(?:kabupaten|kota|provinsi|kecamatan|kab\.|kec\.)", _I)
# a sentence led by a pronoun for its group: "Mereka …", "Rombongan itu …", "Para tamu tersebut …", or by their coming
# so named: "Kedatangan mereka bukan untuk …, melainkan studi lapangan"
_THEY_LED = re.compile(
    r"\s*(?:(?:kedatangan|kunjungan)\s+)?(?:mereka|(?:para\s+)?(?:rombongan|tamu)\s+(?:itu|ini|tersebut))\b", _I
)
_VISITED_BY = re.compile(
    r"\bdi(?:datangi|kunjungi|sambangi)\s+([^.,;\n]{0,70}?)(?=\s+(?:yang|untuk|guna|pada|dari|dengan)\b|[.,;\n]|$)",
    _I,
)


# a school's pupils ("siswa", "pelajar", "murid"; not a university's "mahasiswa") ...
_PUPILS = re.compile(r"\b(?:siswa|siswi|pelajar|murid)\b", _I)
# ... their school by its kind, holding the trip itself ("SMK Negeri 3 X Gelar Kunjungan Industri"); not a school
# its head, teachers or inspectors are named by ("20 kepala SMP se-Kabupaten A studi banding": principals travel)
_SCHOOL_KINDS = r"(?-i:SMKN?|SMAN?|SMPN?|SDN?|MTsN?|SLBN?)"
_SCHOOL = re.compile(r"(?<!kepala )(?<!guru )(?<!pengawas )(?<!jenjang )\b" + _SCHOOL_KINDS + r"\b", _I)
# ... and the school's head or teachers, who lead its pupils ("Kepala SMA X mengajak 35 siswa", "kepala sekolah
# bersama 40 pelajar"): with the pupils they are the school's escorts, not a government group
_SCHOOL_STAFF = re.compile(r"\b(?:kepala|guru)\s+(?:sekolah\b|" + _SCHOOL_KINDS + r"\b)", _I)


def _outsiders(group: str, pupils: bool = False) -> bool:
    """The words name students, farmers or an association, and no government body or people; or, the text naming
    pupils (`pupils`), their school by its kind as the one holding the trip (pi-05 wartajogja probe)."""
    if _STUDENTS.search(group) is None:
        return pupils and _SCHOOL.search(group) is not None and _GOVERNMENT_PEOPLE.search(group) is None
    group = _MEMBERS_OF_OUTSIDERS.sub("", group)
    if _PUPILS.search(group) is not None:
        group = _SCHOOL_STAFF.sub("", group)  # pupils led by their school's head (pi-06 belitongtoday probe)
    return _GOVERNMENT_PEOPLE.search(group) is None


# the kinds of place a trip's stops are counted in before they are listed ("ke tiga negara, yaitu …")
_COUNTED_PLACES = r"(?:negara|daerah|provinsi|kabupaten|kota|lokasi|lokus|tempat|desa)\b"
# "Benchmarking atau patok banding adalah …": an article explaining the activity; "studi banding
# ini ialah …" speaks of one trip, not of the activity in general
_EXPLAINER = re.compile(
    # ("lokasi studi lapangan yaitu: …" introduces the places of a trip, not a definition)
    # (nor the trip's focus, agenda or results: "Fokus studi tiru adalah mempelajari …", "Hasil kaji banding
    # ialah …": a word of this trip's aim before it makes the copula tell of it)
    r"(?=[bpskv])(?<!lokasi )(?<!lokus )(?<!tujuan )(?<!tempat )(?<!fokus )(?<!agenda )(?<!sasaran )(?<!maksud )"
    r"(?<!hasil )(?<!inti )(?<!rangkaian )\b(?:benchmark\w*|patok\s+banding|studi\s+lapangan"
    # ("study banding", the English-leaning spelling; a blog's hard line break may stand before the definition)
    r"|stud[iy]\s+banding|BTBP"
    # (the activity by any of its names (SCHEMA activity): "KSDN merupakan agenda PKN II", "Studi tiru adalah …",
    # "Kaji banding berarti …")
    r"|stud[iy]\s+(?:tiru|komparatif|komparasi)|kaji\s+banding|visitasi"
    # (and the council's working trip as an institution: "kunker merupakan sarana memperoleh pengetahuan …",
    # "kunjungan kerja adalah agenda wajib dewan"; its one trip is "kunker ini", "kunker ke A itu")
    r"|kunker|kunjungan\s+kerja)\b"
    r"(?![^.\n]{0,20}?\b(?:ini|itu|tersebut)\b)(?:[ \t]*\n)?"
    # ("studi banding ke tiga negara, yaitu …", "studi lapangan di tiga daerah, yakni …", "tamu studi tiru dari
    # tiga kabupaten, yaitu …": where it goes, is held or comes from, counted then listed, not a definition)
    # (nor a particular trip as the subject, "kunjungan ini ialah ...", on the heading's next line too)
    r"(?!\s+(?:ke|di|dari)\s+(?:\w+\s+){0,2}" + _COUNTED_PLACES + r")"
    # (also when the sending body and the verb stand between, the places counted right before the list: "studi
    # banding pansus akan digelar di dua negara, yaitu A dan B")
    # (nor when a noun of aim stands between: "melakukan studi tiru dengan tujuan khusus, yaitu …" gives this trip's
    # aim, as "tujuan studi tiru adalah …" does before it: f20d qb-24); nor a noun of the trip's place or count:
    # "Untuk studi banding X, lokasi yang dipilih adalah …", "Peserta studi banding berjumlah 40 orang, yaitu …")
    r"(?:(?!\b(?:ini|itu|tersebut|tujuan|maksud|sasaran|fokus|lokasi|lokus|tempat|berjumlah|jumlah\w*)\b|\s(?:ke|di|dari)\s+(?:\w+\s+){1,2}"
    + _COUNTED_PLACES
    + r",?\s+yaitu\b)"
    r"[^.\n]){0,60}?"
    r"\b(?:adalah|merupakan|ialah"
    # a word's meaning given: "asal kata benchmarking yang bermakna tolok ukur", "studi banding berarti …"
    r"|yaitu(?!\s*:)|bermakna|berarti|artinya"
    # ... or given in the passive: "studi banding dapat dimaknai sebagai …", "diartikan sebagai", "dipahami sebagai"
    r"|(?:dimaknai|diartikan|didefinisikan|dipahami)\s+sebagai)\b",
    _I,
)
# the host "became" the visit's goal (any word of it: tujuan, tuan rumah, lokasi, lokus, jujugan), the visit by
# any of its names: "Desa A menjadi tujuan studi tiru …", "Kelurahan B menjadi tuan rumah kaji banding …"
_BECAME_HOST = re.compile(
    r"\bmenjadi\s+(?:tujuan|tuan\s+rumah|lokasi|lokus|jujugan)\s+(?:kunjungan\s+)?(?:stud[iy]\s+\w+|kaji\s+banding"
    r"|benchmark\w*|kunjungan\s+(?:kerja|belajar)|kunker)\b",
    _I,
)
# who travelled, when no cohort is named
# (a council's members: "wakil rakyat", "legislator")
_PEOPLE_GROUP = (
    r"(?:kepala|kades|camat|lurah|anggota|"
    + staff.only("pejabat", "pegawai", "ASN", "staf")
    + r"|perangkat|aparat\w*|pengurus|pimpinan"
    r"|wakil\s+rakyat|legislator"
    # ... and every other kind of government people SCHEMA counts: an office's staff and officers, a region's
    # village heads by their local titles (participants.VILLAGE_HEADS), secretaries, heads of RT/RW, extension
    # workers, envoys ("para keuchik", "12 perbekel", "sejumlah utusan", "dua staf")
    r"|petugas|" + VILLAGE_HEADS + r"|sekdes|sekretaris|ketua|penyuluh"
    r"|kader|utusan|perwakilan|delegasi|pengelola)"
)
# any other kind of government body, national or of a region: a ministry, an institute, a bureau or secretariat,
# a hospital, an election body, the courts, prosecutors and police, the ombudsman (the first words of a national
# body in data/visitors.json, and the bodies of agencies.json)
_NATIONAL_BODY = (
    r"|kementerian|kemen\w+|lembaga|direktorat|balai|biro|sekretariat|setwan|inspektorat|bappeda"
    r"|RSUD|rumah\s+sakit|puskesmas|KPU|bawaslu|kejaksaan|kejari|kejati|mahkamah|pengadilan|kepolisian|ombudsman"
)
_TRAVELLERS = re.compile(
    rf"\b(?:rombongan|{trainees.TRAINEES}|kami|kedatangan|di\s*pimpin"
    # the people counted by any count word, exact or loose: "para camat", "beberapa perwakilan Pemkab X",
    # "puluhan kepala desa", "tiga pejabat", "segenap pengurus" (the quantifiers of data/visitors.json)
    rf"|(?:para|sejumlah|seluruh|beberapa|puluhan|belasan|ratusan|semua|segenap|\d{{1,3}}|{cardinal_words(2, 10)})"
    rf"\s+{_PEOPLE_GROUP}\b"
    # a head who takes his staff along: "Sekda X bersama jajaran kepala OPD …", "Bupati Y memboyong sejumlah …"
    r"|(?:bersama|beserta|didampingi|memboyong|mengajak)\s+(?:seluruh\s+|para\s+)?jajaran\b"
    # a body that sends people: "Pemkab X mengirim tim …", "mengutus dua staf", "memberangkatkan rombongan"
    r"|\b(?:mengirim(?:kan)?|mengutus|memberangkatkan)\s+(?:\w+\s+){0,2}?(?:tim|delegasi|utusan|perwakilan"
    r"|peserta|" + staff.only("pejabat", "staf", "pegawai") + r"|anggota|kepala)\b"
    # the host's side, the guests a body or a holder of a title named after the visit: "menerima kunjungan
    # studi banding Kementerian X", "kedatangan kunjungan kerja Bupati Y" (any verb of receiving)
    # (the coming by any of its nouns, or the trip itself as what is received: "menerima lawatan studi banding
    # Pemkab X", "menerima audiensi Pemkab Y dalam rangka studi banding", "menerima kehadiran tim Z", "menerima
    # studi banding Dinas W", "menerima kunker DPRD V")
    r"|\b(?:" + verbs.RECEIVING + r")\s+(?:(?:kunjungan|lawatan|audiensi|kehadiran|kedatangan)\s+"
    r"(?:(?:kerja|belajar|stud[iy]\s+\w+|kaji\s+(?:banding|tiru)|benchmark\w*|kunker)\s+)?"
    r"|(?:stud[iy]\s+\w+|kaji\s+(?:banding|tiru)|benchmark\w*|kunker)\s+)"
    r"(?:(?:dari|rombongan|tim)\s+)?(?-i:[A-Z])"
    # ... or after any verb of being visited, or of receiving a party: "dikunjungi (oleh) Kementerian X", "didatangi
    # tim Badan Y", "menyambut delegasi Kementerian Z", "menerima rombongan …"
    # (and the visitors named by any word for a party or its people, counted or not: "disambangi jajaran Dinas X",
    # "didatangi puluhan kepala desa", "dikunjungi para camat")
    r"|\b(?:" + verbs.VISITED + r")\s+(?:oleh\s+)?(?:(?:tim|rombongan|delegasi|utusan|perwakilan|jajaran|para|sejumlah"
    rf"|puluhan|belasan|ratusan|\d{{1,3}})\s+)*(?:(?-i:[A-Z])|{_PEOPLE_GROUP}\b)"
    r"|\b(?:" + verbs.RECEIVING + r")\s+(?:kedatangan\s+)?(?:delegasi|tim|utusan|perwakilan)\s+(?-i:[A-Z])"
    # ... or any people it receives from a named place: "menerima 15 tenaga kesehatan dari Kabupaten X", "menjamu 30
    # keuchik asal Kabupaten Y" (whoever they are, they came)
    r"|\b(?:"
    + verbs.RECEIVING
    + r")\s+(?:[\w-]+\s+){1,4}?(?:dari|asal)\s+(?:"
    + places.GOVERNMENT_NAME
    + r"|(?-i:Kabupaten|Kota|Provinsi|Desa|DPRD|Dinas))\s+(?-i:[A-Z])"
    # ... or after the host made the goal of their trip: "menjadi tujuan studi banding Kementerian X", "menjadi
    # lokasi studi tiru pejabat Y" (any word of the goal, any name of the trip)
    r"|\bmenjadi\s+(?:tujuan|lokasi|lokus|tuan\s+rumah)\s+(?:kunjungan\s+)?(?:stud[iy]\s+\w+|kaji\s+banding"
    r"|benchmark\w*|kunjungan\s+(?:kerja|belajar)|kunker)\s+(?:(?:para|sejumlah|rombongan)\s+)?(?:(?-i:[A-Z])"
    rf"|{_PEOPLE_GROUP}\b)"
    # ... and a head who brings his staff: "Direktur X beserta staf", "bersama stafnya"
    r"|\b(?:beserta|bersama|didampingi)\s+(?:para\s+)?staf(?:f|nya)?\b"
    # a body that holds the trip: "BUMDes Desa X menggelar studi banding ke …"
    # (any kind of government body, _NATIONAL_BODY, or a team: "Kementerian X menggelar studi banding ke …",
    # "RSUD Y berkunjung ke …")
    rf"|(?:(?:{places.GOVERNMENT_WORD}|pemdes|DPRD|BUMDes|BPD|LPM|desa|kampung|nagari|TP\s*PKK|dinas|badan"
    r"|kantor|kankemenag|kemenag|seksi|bagian|kecamatan|kelurahan|komisi|pansus|asosiasi|forum|polda|polres\w*"
    + _NATIONAL_BODY
    + r"|tim"
    # (or the holder of any title, a head of a region or of a body, named or not: "Camat X Fulan mengunjungi …",
    # "Kepala Bappeda melakukan studi banding ke …", "Pj Bupati, Fulan, studi tiru ke …")
    # (not "kepala daerah", the heads of regions as a class: "Mendagri Minta Kepala Daerah Studi Banding ke X")
    r"|bupati|wabup|wali\s*kota|walikota|wawali|gubernur|wagub|sekda|sekdes|sekretaris|camat|lurah"
    r"|kepala(?!\s+daerah\b)|kades"
    r"|ketua|direktur|dirut|kadis|kaban|asisten|wakil|pj\.?|plt\.?)"
    # (the bodies of a whole region: "Pemdes se-Kabupaten X", "kepala desa se Kabupaten Y")
    # (or a council or its body by its own short name, which names it whole with no name after: "Baleg dijadwalkan
    # menjalani kunjungan kerja menuju A", "Bapemperda melakukan studi banding ke B", "DPRD berangkat ke C")
    r"\s+(?:se[\s-]*)?(?-i:[A-Z])|(?-i:Baleg|Bapemperda|Banmus|Banggar|Pansus|Komisi|DPRD|DPRK|DPR|DPD)\b)"
    # (the body or head who goes, not one who only asks, urges or hopes that others go: "Camat A mengimbau lurah
    # belajar ke Kelurahan B", "Bupati C berharap kepala desa studi tiru ke D"; cues._TALK_BEFORE's verbs; nor a
    # going denied or only possible, needed or due: "tidak perlu berkunjung ke", "bisa belajar ke X tanpa
    # berangkat", "seharusnya studi banding ke")
    r"(?:(?!\b(?:berharap|mengharapkan|meminta|mendorong|mengimbau|menyarankan"
    r"|menganjurkan|menginstruksikan|memerintahkan|mempersilakan|(?:tidak|tak)(?!\s+hanya)|tanpa|bukan|belum"
    r"|jangan|perlu|bisa|dapat|boleh|harus|mesti|sebaiknya|seharusnya|semestinya)\b)[^.\n]){0,120}?"
    # ("Pansus DPRD X … berangkat studi banding ke …": the body set off on the trip)
    # (or planned it: "Komisi I DPR menjadwalkan studi banding ke …", a headline's bare "Pemkab X Jadwalkan
    # Studi Banding", "menyusun rencana studi banding"; the activity said as the verb of a trip to come or done,
    # "Pemdes se-Kabupaten X akan studi tiru ke …", "DPRD Y sudah studi banding")
    r"(?:\b(?:melakukan|melaksanakan|menggelar|menjalani|menjalankan|mengadakan|berangkat|menjadwalkan|merencanakan"
    r"|jadwalkan|rencanakan|menyusun\s+rencana|akan|sudah|telah)"
    r"\s+(?:kegiatan\s+|kunjungan\s+)?"
    r"(?:stud[iy]|benchmark|kaji|kunjungan|kunker)"
    # (the activity itself as the verb, to a named place: "Pj Bupati, Fulan, studi tiru ke Kabupaten X", "Pemkab Y
    # Kaji Banding ke Z")
    # (and learning said as going: "Kepala Dinas X beserta stafnya belajar ke Y", "menimba ilmu ke Z")
    r"|\b(?:stud[iy]\s+(?:banding|tiru|komparatif|lapangan)|kaji\s+banding|benchmark\w*|belajar|menimba\s+ilmu"
    r"|berguru)\s+(?:ke|menuju)\s+(?-i:[A-Z])"
    # (or set off to a named place: "Pansus RUU X DPR akan bertolak ke Jerman", or went to it by any verb of
    # going: "Pemkab X, Provinsi Y, berkunjung ke Desa Z", "Badan W mengunjungi Kota V")
    r"|\b(?:" + verbs.DEPARTING + r"|" + verbs.TRAVELLING + r")\s+(?:ke|menuju)\s+(?-i:[A-Z])"
    r"|\b(?:" + verbs.VISITING + r")\s+(?-i:[A-Z])))"
    # the trip written as a noun with its body, then where it went: "Studi banding DPRD Kabupaten A ke DPRD Kota B
    # digelar …", "Kunjungan kerja Pemkab C ke Kota D" (the body is the one that went)
    # (by any head of a region too: "kunjungan belajar Bupati A dan Wakil Wali Kota B")
    # (by any body, _NATIONAL_BODY too, and the visit called by its bare noun: "Kunjungan Kementerian X ke Kota Y")
    r"|\b(?:stud[iy]\s+\w+|benchmark\w*|kaji\s+banding|kunjungan(?:\s+(?:kerja|belajar|studi))?|kunker)\s+"
    r"(?:rombongan\s+)?(?:(?:wakil|pj\.?|plt\.?)\s+)?"
    rf"(?:{places.GOVERNMENT_WORD}|DPRD|komisi|pansus|dinas|badan|bappeda|TP\s*PKK|pemdes|BUMDes|{_PEOPLE_GROUP}"
    r"|bupati|wali\s*kota|walikota|gubernur" + _NATIONAL_BODY + r")"
    r"\s+(?:\w+\s+){0,2}?(?-i:[A-Z])[^.\n]{0,80}?\s(?:ke|menuju)\s+(?-i:[A-Z])",
    _I,
)
# (behind a look-ahead for the characters it can start with: its alternatives are not tried at other words)
_TRAVELLERS = first_letter_gated(_TRAVELLERS)
# a trip reported as held, told of "this" one ("Kegiatan ini dilaksanakan selama 2 hari di Kota X"):
# an account of a trip that took place, not talk about trips in general
# ... or the trip by its name held at a named place, "yang" before the verb ("studi tiru yang dilaksanakan di Polres A",
# "benchmarking yang digelar di Kota B"), or as the time of what is told ("Saat studi tiru berlangsung di Polres C",
# "Usai kaji banding di Dinas D"): a trip made, whoever is then said to have made it
_TRIP_NAMED = r"(?:stud[iy]\s+\w+|kunjungan\s+\w+|benchmark\w*|kaji\s+(?:banding|tiru)|kunker|visitasi)"
_AT_A_PLACE = r"(?:(?-i:[A-Z])|(?:kota|kabupaten|provinsi|desa|kampung|nagari)\b)"
_HELD = re.compile(
    r"\b(?:(?:kegiatan|stud[iy]\s+\w+|kunjungan(?:\s+\w+)?|benchmarking|kaji\s+banding)\s+(?:ini|tersebut)"
    r"|" + _TRIP_NAMED + r"\s+yang)\s+"
    r"(?:(?:di\s*|ter)?(?:laksanakan|laksankan|selenggarakan|gelar|adakan)|berlangsung)\b[^.\n]{0,60}?\bdi\s+"
    + _AT_A_PLACE
    + r"|\b(?:saat|ketika|selama|usai|seusai|setelah|sesudah)\s+"
    + _TRIP_NAMED
    + r"\s+(?:berlangsung\s+)?di\s+"
    + _AT_A_PLACE,
    _I,
)


# A national body (a ministry, its directorate or inspectorate, a national parliament's commission or expert body,
# the audit board, a body "RI" or "Pusat") that comes to a region to monitor, synchronise, evaluate or supervise
# its policy, or to gather data and input for a law ("Tim Kementerian X berkunjung ke Pemprov A untuk memonitor
# …", "Badan Keahlian DPR RI bertamu ke DPRD Kota B. Kedatangan itu untuk membahas rancangan undang-undang …"),
# oversees or consults the region: it learns from no host, whatever the host says it learnt from the guests
# (docs/schema.md: a working visit or inspection without a learning purpose is no visit)
_CENTRAL_BODY = re.compile(
    r"\b(?:Kementerian|Kemen(?-i:[A-Z])\w*|Kemendagri|Ditjen|Direktorat\s+Jenderal|Inspektorat\s+Jenderal|Itjen"
    r"|Sekretariat\s+Jenderal|Setjen|BPKP|BPK|Ombudsman|Menteri|(?:Komisi\s+[IVX]+|Badan\s+\w+)\s+(?:DPR|Dewan\s+Perwakilan"
    r"\s+Rakyat)(?!\s+Daerah)\b|(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){0,4}\s+(?:RI|Republik\s+Indonesia|(?<!Jakarta\s)Pusat))\b"
)
_CENTRAL_TRIP = re.compile(
    r"\b(?:berkunjung|bertamu|bertandang|mengunjungi|menyambangi|mendatangi|datang\s+ke"
    r"|(?:melakukan|menggelar|melaksanakan)\s+kunjungan)\b",
    _I,
)
# the aim of its coming, in the trip's sentence or in the next one that names the coming ("Kedatangan … itu untuk …"):
# to monitor, supervise, make sure a service runs ("memastikan"), gather input
_OVERSIGHT_AIM = re.compile(
    r"\b(?:untuk|guna|dalam\s+rangka|bertujuan)\b[^.\n]{0,40}?\b(?:memonitor|monitoring|memantau|pemantauan|memastikan"
    r"|menyinkronkan|mensinkronkan|sinkronisasi|mengevaluasi|evaluasi|supervisi|memverifikasi|verifikasi|mengawasi"
    r"|pengawasan|menyerap\s+aspirasi|(?:membahas|membicarakan)\s+(?:rancangan|rencana)\s+undang|(?:membahas"
    r"|membicarakan)\s+RUU|(?:mengumpulkan|menghimpun|menjaring|menggali|meminta)\s+(?:data|masukan|bahan|informasi"
    r"|aspirasi))\b",
    _I,
)
# (the coming named again by a noun: "Kedatangan …", "Kunjungan …", or an inspection's "Peninjauan itu bertujuan
# memastikan …")
_COMING_LEADS = re.compile(r"\s*(?:kedatangan|kunjungan|peninjauan)\b", _I)


def _central_body_oversees(text: str, sents, activities: list) -> bool:
    """The first sentence telling a national body's coming (`_CENTRAL_BODY` before `_CENTRAL_TRIP`) gives its aim
    as overseeing or gathering input (`_OVERSIGHT_AIM`), in itself or in the next sentence naming the coming; no
    study word names the trip and no clause of purpose tells the guests' learning."""
    if any(a.activity != "kunjungan kerja" for a in activities) or search(_OVERSIGHT_AIM, text) is None:
        return False
    for at, (lo, hi) in enumerate(sents):
        trip = _CENTRAL_TRIP.search(text, lo, hi)
        if trip is None or _CENTRAL_BODY.search(text, lo, trip.start()) is None:
            continue
        if _OVERSIGHT_AIM.search(text, lo, hi) is None:
            after = sents[at + 1] if at + 1 < len(sents) else None
            if after is None or not _COMING_LEADS.match(text, after[0]) or not _OVERSIGHT_AIM.search(text, *after):
                return False
        return not learning_purpose(text)
    return False


# ... and any body's team named by its task of oversight that comes or is received ("KUA A didatangi anggota Tim
# Evaluasi Kanwil B", "Polres C menerima Tim Supervisi D", "kedatangan Tim Monev …"; sx-07 kemenagjateng, kp-21
# mitrapolri): the team's name is its aim, to evaluate, supervise, monitor or verify the host's work, and it learns
# from no host
_OVERSIGHT_TEAM = re.compile(
    r"\btim\s+(?:evaluasi|monitoring|monev|supervisi|verifikasi|verifikator|pemantau|pengawas|pemeriksa|inspeksi)\b",
    _I,
)
_COMING = re.compile(
    r"\b(?:"
    + "|".join((verbs.VISITING, verbs.VISITED, verbs.TRAVELLING, verbs.RECEIVING, verbs.RECEIVED))
    + r"|datang|tiba|hadir)\b",
    _I,
)


def _oversight_team_came(text: str, sents, activities: list) -> bool:
    """The first sentence telling someone's coming or reception (`_COMING`) names a team of oversight as the ones
    who came (`_OVERSIGHT_TEAM`); no study word names the trip and no clause of purpose tells the guests' learning."""
    if any(a.activity != "kunjungan kerja" for a in activities) or search(_OVERSIGHT_TEAM, text) is None:
        return False
    for lo, hi in sents:
        if _COMING.search(text, lo, hi) is not None:
            return _OVERSIGHT_TEAM.search(text, lo, hi) is not None and not learning_purpose(text)
    return False


# A guest who comes to give, not to learn: "Bupati A datang ke Kabupaten B untuk menjadi narasumber forum inovasi",
# "Tim Kementerian C berkunjung ke Pemprov D guna memberikan sosialisasi …", "Kepala Dinas E datang ke F sebagai
# pemateri": whatever the hosts say they will copy from the guest, they learn at home and the guest teaches there
# (docs/schema.md: a trip with no learning purpose is no visit)
_GIVING_AIM = re.compile(
    r"\b(?:untuk|guna|sebagai|dalam\s+rangka|bertujuan)\b[^.\n]{0,30}?\b(?:(?:menjadi\s+)?(?:narasumber|nara\s+sumber"
    r"|pemateri|pembicara|instruktur|penceramah)|memberikan\s+(?:materi|paparan|sosialisasi|bimbingan|bimtek|pelatihan"
    r"|pendampingan|asistensi|pembekalan|kuliah|ceramah)|menyosialisasikan|mensosialisasikan|melatih|membimbing)\b",
    _I,
)
_GIVING_LEADS = (
    "arasumber",
    "ara sumber",
    "pemateri",
    "pembicara",
    "instruktur",
    "ceramah",
    "memberikan",
    "sialisasi",  # ("sosialisasi", "menyosialisasikan", "mensosialisasikan")
    "melatih",
    "membimbing",
)


def _guest_came_to_give(text: str, sents, activities: list) -> bool:
    """The first sentence telling someone's coming (`_CENTRAL_TRIP`) gives its aim as giving (`_GIVING_AIM`): to speak,
    teach, socialise or assist; no study word names the trip."""
    if any(a.activity != "kunjungan kerja" for a in activities) or not any(w in text for w in _GIVING_LEADS):
        return False
    for lo, hi in sents:
        if _CENTRAL_TRIP.search(text, lo, hi) is not None:
            return _GIVING_AIM.search(text, lo, hi) is not None
    return False


def _relief_trip(text: str, sents, activities: list) -> bool:
    """The first sentence telling the group's coming or its sending out (`_COMING`, `purpose.deployed_in`) tells relief
    brought to a disaster (`purpose.relief_told`: "Praja diterjunkan membantu korban gempa di Desa A", "Peserta PPRA
    mendatangi titik pengungsian warga terdampak gempa"); no study word names the trip and no clause of purpose
    tells learning. Cadets or a cohort sent to help where a disaster struck serve there: no study visit, as a
    working trip with no learning purpose is none (docs/schema.md). A stay named as the programme's own exercise
    ("Latihan Integrasi Taruna …", "magang") is the programme's, whatever relief it brings."""
    if any(a.activity != "kunjungan kerja" for a in activities) or not relief_told(text):
        return False
    if exercise_named(text):
        return False
    # (the first two such sentences: a headline's clipped words, "Praja Terjun ke A", may leave the aim to the lead)
    told = [
        relief_told(text, lo, hi)
        for lo, hi in sents
        if _COMING.search(text, lo, hi) is not None or deployed_in(text, lo, hi)
    ][:2]
    return any(told) and not learning_purpose(text)


def no_visit_told(
    text: str, sents, resolved: list[Place], activities: list, unnamed: bool, line
) -> tuple[NoVisit | None, float]:
    """The reason the article reports no visit to record, or none; and the best total of a place as host
    (`score_places`, raised where learning is told at another region's office)."""
    best_host = score_places(text, sents, resolved, line)
    # no host named by the words of the text: an explainer or a ceremony, not a report of a visit
    travel = travel_cue(text)
    if best_host <= 0 and not travel and visit_frames(text, sents, resolved, 0, None, {}):
        travel = True  # "di empat provinsi tujuan, masing-masing A, B, C dan D"
    if best_host <= 0 and not travel and not unnamed and virtual_study(text):
        travel = True  # a cohort's "studi lapangan secara virtual": held at a distance, its host maybe unnamed
    if (
        best_host <= 0
        and not travel
        and any(p.origin > 0 for p in resolved)
        and (visitors.visitors_came(text) or search(_BECAME_HOST, text))
    ):
        # the host's own words that guests came from a place it names ("Desa A menjadi tujuan studi tiru kepala
        # desa dari X"), the host itself a place the map does not know ("dari berbagai daerah" names none: a habit)
        travel = True
    if best_host <= 0 and not travel and (learnt := learnt_at_another_region(text)) is not None:
        # learning told with the other region's office it was done at, and no word that scores a host ("Sekda X
        # Pelajari …" then "… mengikuti paparan di Kantor DPMPTSP Kota Y"): that region is where the trip went,
        # and the region of the body the learners are named by is where they came from
        home, at = learnt
        for place in resolved:
            if place.mention.start == at:
                place.dest = max(place.dest, 2.0)
                best_host = max(best_host, place.dest)
            elif place.mention.start == home:
                place.origin = max(place.origin, 2.0)
    if best_host < 2 and search(_EXPLAINER, text) and not _trip_on_a_day(text, sents):
        # (a report that opens by saying what the activity is, then tells a party received on a day, reports a trip)
        return NoVisit.EXPLAINER, best_host
    if best_host <= 0 and not travel:
        return NoVisit.NO_HOST, best_host
    if best_host <= 0 and campus_regions(text, resolved):
        # the only place the words go to is the programme's own campus ("tiba di Kampus BPSDM Kemendagri di
        # Jakarta", "membuka praktik lapangan di Kampus IPDN Jatinangor"): its cohort is taught, opened or
        # visited at home, and no host it went to is named
        return NoVisit.NO_HOST, best_host
    if _only_elsewhere(text, sents, resolved):
        return NoVisit.NO_HOST, best_host
    if place_undecided(text, activities):
        return NoVisit.TRIPS_TALKED_OF, best_host
    if unnamed and not (
        # (a sender among the places first: told at a glance, where the pattern's search runs over most of the text)
        any(p.origin > 0 for p in resolved)
        or _TRAVELLERS.search(text)
        or search(_HELD, text)
        or together_told(text)
        or find_participants(text)
        or visitors.visitors_came(text)
    ):
        # without a cohort, a visit needs someone who travelled: a group, a sender or a head count
        # ("kepala daerah sering studi banding ke luar negeri" is talk about trips, not a trip)
        return NoVisit.NO_TRAVELLERS, best_host
    if _relief_trip(text, sents, activities):
        return NoVisit.NO_STUDY_PURPOSE, best_host
    if unnamed and _central_body_oversees(text, sents, activities):
        return NoVisit.NO_STUDY_PURPOSE, best_host
    if unnamed and _guest_came_to_give(text, sents, activities):
        return NoVisit.NO_STUDY_PURPOSE, best_host
    if unnamed and _oversight_team_came(text, sents, activities):
        return NoVisit.NO_STUDY_PURPOSE, best_host
    if unnamed and _students_travel(text, activities):
        return NoVisit.STUDENTS, best_host
    if (
        unnamed
        and _groups_counted(text)
        and len({p.region.province for p in resolved}) <= 1
        and len({p.region.name for p in resolved if p.region.kind != "province"}) <= 1
    ):
        # a host's tally of a period ("Sepanjang 2023, Pemkab X menerima 120 rombongan studi banding dari
        # berbagai daerah"): many groups counted, no place but the host's named, is a statistic, not a visit
        # (a tally that goes on to name who came, "antara lain dari Kabupaten A, Kota B", lists visitors)
        return NoVisit.TALLY, best_host
    if unnamed and _places_gone_to_as_habit(text, sents, resolved):
        return NoVisit.HABIT, best_host
    if unnamed and _places_gone_to_only_supposed(text, sents, resolved):
        return NoVisit.TRIPS_TALKED_OF, best_host
    if unnamed and _judging_visits(text, sents, activities):
        # (a programme's cohort on its "visitasi" learns from its host whatever prize the host won: not asked)
        return NoVisit.NO_STUDY_PURPOSE, best_host
    return None, best_host
