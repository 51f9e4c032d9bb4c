"""The verbs by which reports say a group goes somewhere, a host receives it, or a trip is called off,
defined once.

Each class is a tuple of words and the same words as regex alternatives ("a|b|c"), to be written
inside a group of the pattern that uses them, beside that pattern's own extra words:
``r"\\b(?:" + verbs.GOING_TO + r"|menyinggahi)\\s+"``. They are bare alternatives, not a group of
their own, so the parsed pattern (and the needles `scanning` finds in it) is exactly that of the words
written out. Any case: the patterns using them are compiled with re.IGNORECASE.

A pattern that needs fewer words than a class writes its words out; one that needs more adds them
after the class. The order inside a class does not matter: no verb is the start of another (but "ke"
starts "kedatangan": a group holding TOWARDS and RECEIVING keeps its order).

The copies still narrower than their class (each a candidate for a widening, scored as a rule):
(Every copy below also lacks "menyinggahi", and "disinggahi"; stops._STOPOVER writes the whole class.)
- VISITING without "mendatangi": role_patterns.ORIGIN_POST (the
  subject with its day set off), place_roles's "ke Desa/Kelurahan X" test; without "menyambangi":
  senders' trip verbs after a subject; "mengunjungi" alone: stops._CAME_FROM, hosts._TO_A_PLACE,
  role_patterns.DEST_PRE's "studi lapangan pada sejumlah perangkat daerah", senders._SENT_TO.
- VISITED without "disambangi": agencies._VISITED_AFTER, subgroups._INNER_STOP;
  "didatangi" alone: agencies._VISITED_BEFORE, role_patterns' "ke DPRD/Dinas X" (DEST_PRE).
- TRAVELLING, "berkunjung" alone: stops._CAME_FROM, senders._SENT_TO, frame_dates._PART_THAT_WENT (with "ke"),
  programs._OPEN_AFTER, when's trip words; "bertandang" alone: cohort_fields._GOES_TO,
  subgroups._SUBGROUP_GOES, places._SENDER_POST.
- DEPARTING, "berangkat" alone: when's trip words, visits's planned trip, visitors's came words,
  place_roles's cohort verbs; "bertolak" alone: agencies._VISITED_BEFORE (with "ke").
- RECEIVING: none (hosts, participants, cues and frames.TOGETHER write the class).
- RECEIVED without "ditemui", which is mostly the reporter meeting whom he quotes ("saat ditemui wartawan",
  "ketika ditemui di ruang kerjanya"): agencies._RECEIVED_IN ("diterima|disambut|dijamu … di"), cues._WEAK_CUES.
- CALLED_OFF, the calling off after the trip: cues._CALLED_OFF_AFTER adds the rescheduled, the refused and
  the trip without permission; called_off._CALLED_OFF_PRE writes its own words before the place.
"""

from __future__ import annotations

import re

__all__ = [
    "CALLED_OFF",
    "CALLED_OFF_WORDS",
    "CALLING_ON",
    "DEPARTING",
    "DEPARTING_VERBS",
    "GOING_TO",
    "PROPOSED",
    "PROPOSED_TRIP",
    "PROPOSED_WORDS",
    "RECEIVED",
    "RECEIVED_BY",
    "RECEIVED_GROUP",
    "RECEIVED_VERBS",
    "RECEIVING",
    "RECEIVING_VERBS",
    "SUPPOSING",
    "SUPPOSING_WORDS",
    "TOWARDS",
    "TOWARDS_WORDS",
    "TRAVELLING",
    "TRAVELLING_VERBS",
    "TRIP_NAMES",
    "TRIP_WORDS",
    "VISITED",
    "VISITED_VERBS",
    "VISITING",
    "VISITING_VERBS",
]

# the words before the place a group goes to: "ke Kabupaten X", "menuju Kota Y"
TOWARDS_WORDS: tuple[str, ...] = ("ke", "menuju")
TOWARDS = "|".join(TOWARDS_WORDS)

# the traveller's verbs with the place or body gone to as their object: "mengunjungi Pemkab X",
# "menyambangi DPRD Y", "mendatangi Dinas Z", and the stop made on a trip, "menyinggahi Kota W" (a place stopped at
# is a place gone to, its object the place as much as mengunjungi's)
VISITING_VERBS: tuple[str, ...] = ("mengunjungi", "menyambangi", "mendatangi", "menyinggahi")
VISITING = "|".join(VISITING_VERBS)

# where a group goes, by a word before the place or by a verb of visiting: "ke X", "mengunjungi X"
GOING_TO = TOWARDS + "|" + VISITING

# the same verbs in the passive, the host's side: "dikunjungi rombongan DPRD X", "didatangi tim Y", "disinggahi
# peserta Z"
VISITED_VERBS: tuple[str, ...] = ("dikunjungi", "disambangi", "didatangi", "disinggahi")
VISITED = "|".join(VISITED_VERBS)

# the same in the object-focus form, the travellers named before the bare stem: "daerah yang mereka kunjungi",
# "desa yang kami datangi", "kota yang kita sambangi" (kf-10 kabarbanyuwangi, ks-14 kompas, lz-08 merdeka)
VISITED_BY_THEM = r"(?:mereka|kami|kita)\s+(?:kunjungi|sambangi|datangi|singgahi|tuju)"

# the traveller's verbs without an object, the place after "ke": "berkunjung ke X", "bertandang ke Y", and
# "melawat ke Z", "bertamu ke W", the same calling on a host in other words (data/visitors.json counts them
# among its words of coming too); not "bersilaturahmi ke", as often a holiday call as a working visit
TRAVELLING_VERBS: tuple[str, ...] = ("berkunjung", "bertandang", "melawat", "bertamu")
TRAVELLING = "|".join(TRAVELLING_VERBS)

# setting out: "berangkat ke X", "bertolak menuju Y", and by air, "terbang ke Z" (as when._OPEN_START reads it);
# not "bergerak" or "meluncur", as often an idea or a programme moving as a group ("bergerak di bidang …")
DEPARTING_VERBS: tuple[str, ...] = ("berangkat", "bertolak", "terbang")
DEPARTING = "|".join(DEPARTING_VERBS)
# ... but "berangkat dari" a ground, not a place, sets nobody out: the idiom "proceeding from" ("Berangkat dari hal
# itu, DPRD A bertandang ke B", "Berangkat dari persoalan itulah …", "berangkat dari kebutuhan desa")
DEPARTING_GROUNDS: tuple[str, ...] = (
    "hal", "situ", "sini", "itu", "ini", "persoalan", "permasalahan", "masalah", "keprihatinan", "kondisi",
    "pengalaman", "latar", "semangat", "kebutuhan", "pemikiran", "gagasan", "ide", "ideologi", "keinginan",
    "kenyataan", "fakta", "kesadaran",
)  # fmt: skip
SETTING_OUT = r"(?:" + DEPARTING + r")(?!\s+dari\s+(?:" + "|".join(DEPARTING_GROUNDS) + r")(?:lah|nya)?\b)"

# the host's verbs, the group or its visit as their object: "menerima kunjungan …", "kedatangan rombongan …",
# "menyambut tim …", "menjamu delegasi …"
RECEIVING_VERBS: tuple[str, ...] = ("menerima", "kedatangan", "menyambut", "menjamu")
RECEIVING = "|".join(RECEIVING_VERBS)

# the host's verbs in the passive, the guests their subject and the hosts their agent: "diterima oleh Ketua
# DPRD", "disambut dua anggota Komisi A", "ditemui Sekda", "dijamu Wali Kota"
RECEIVED_VERBS: tuple[str, ...] = ("diterima", "disambut", "dijamu", "ditemui")
RECEIVED = "|".join(RECEIVED_VERBS)

# the words that call a trip off or put it off, after the trip is named: "Rencana studi banding ke X batal",
# "kunjungan ke Y ditunda", "diundur", "tertahan", "urung"
CALLED_OFF_WORDS: tuple[str, ...] = (
    "batal",
    "dibatalkan",
    "ditunda",
    "tertunda",
    "ditangguhkan",
    "tertangguhkan",
    "diundur",
    "tertahan",
    "diurungkan",
    "urung",
)
CALLED_OFF = "|".join(CALLED_OFF_WORDS)

# the words that tell a trip only proposed, wished, debated or weighed, or passed over for the one made, written
# before the trip: "mengusulkan studi banding ke X", "wacana kunker ke Y", "memilih A ketimbang ke Z" (a proposal
# carried out, "atas usul peserta … ke X", is a trip: the pattern using them writes that exception)
PROPOSED_WORDS: tuple[str, ...] = (
    "usul",
    "usulan",
    "usulnya",
    "mengusulkan",
    "diusulkan",
    "menyarankan",
    "disarankan",
    "saran",
    "sarannya",
    "menginginkan",
    "diinginkan",
    "keinginan",
    "ketimbang",
    "daripada",
    "alih-alih",
    "menimbang",
    "mempertimbangkan",
    "dipertimbangkan",
    "wacana",
    "mewacanakan",
    "diwacanakan",
)
PROPOSED = "|".join(PROPOSED_WORDS)
# the same words as a pattern, read before a trip's place; a proposal carried out ("sesuai usul", "atas saran",
# "berdasarkan usulan") is a trip
PROPOSED_TRIP = re.compile(r"(?<!\bsesuai\s)(?<!\batas\s)(?<!\bberdasarkan\s)\b(?:" + PROPOSED + r")\b", re.IGNORECASE)
# the words that suppose a trip: "jika studi banding ke X, biayanya besar", "khawatir apabila kunker ke Y"
SUPPOSING_WORDS: tuple[str, ...] = ("jika", "kalau", "apabila", "seandainya", "andaikan", "andaikata", "sekiranya")
SUPPOSING = "|".join(SUPPOSING_WORDS)

# the names of the activity a trip is reported by, as the first words of data/programs.json's activities: "kunjungan
# (kerja)", "kunker", "studi (or study) banding/lapangan/tiru", "benchmarking", "kaji banding", "visitasi"
# (regex alternatives, not words: "stud[iy]", "benchmark\w*")
TRIP_NAMES = r"kunjungan|kunker|stud[iy]|benchmark\w*|kaji\s+banding|visitasi"

# a trip told after the group came back, where it went named after "dari": "pulang kunker dari A", "sepulang studi
# banding dari B", "balik studi tiru dari C" (a word of coming home, then the trip's name; "kunker dari A" alone names
# the senders)
BACK_FROM_TRIP = r"(?:(?:se)?pulang(?:nya)?|balik)\s+(?:" + TRIP_NAMES + r")(?:\s+\w+)?\s+dari"

# the words that tell a trip in a sentence: a name of the activity, or a traveller's verb of calling on a place; a
# pattern that reads more adds its own by name after it (the host's receiving, setting out, learning)
TRIP_WORDS = TRIP_NAMES + "|" + TRAVELLING + "|" + VISITING

# a place called on, named next: a verb of visiting, or of travelling and "ke" ("mengunjungi X", "berkunjung ke Y")
CALLING_ON = r"(?:" + VISITING + r"|(?:" + TRAVELLING + r")\s+ke)"
# what a host receives, the visit or the group: "menerima kunjungan", "menyambut kedatangan", "menjamu rombongan"
RECEIVED_GROUP = "kunjungan|kedatangan|rombongan"
# the group received, its host named next: "diterima Bupati X", "disambut langsung oleh Kepala Dinas Y"
RECEIVED_BY = r"(?:" + RECEIVED + r")\s+(?:langsung\s+)?(?:oleh\s+)?"
