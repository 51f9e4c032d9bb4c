"""Whether an article reports a visit: the words that show people travelling to a host
(`travel_cue`), and what a report needs besides them (`describes_visit`).

One concern: the words that tell a trip and the near-misses that tell none (ceremonies, courses, talk of trips,
courtesy calls, the programme's staff visiting its trainees), each test naming its `no_visit.NoVisit` reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from itertools import chain
from typing import NamedTuple

from diklat_cli.extract import abroad, programs, staff, trainees, verbs
from diklat_cli.extract.countries import country_names
from diklat_cli.extract.no_visit import NoVisit
from diklat_cli.extract.numbers import COUNT_WORDS_RE, cardinal_words
from diklat_cli.extract.participants import GOVERNMENT_STAFF
from diklat_cli.extract.place_roles import FEW
from diklat_cli.extract.places import GOVERNMENT_NAME, GOVERNMENT_WORD
from diklat_cli.extract.places import province as places_province
from diklat_cli.extract.purpose import (
    guests_met,
    learning_purpose,
    oversight_words,
    place_of_learning,
    purpose_clauses,
    region_learnt_at,
    superior_named,
    touring_superior,
)
from diklat_cli.extract.scanning import (
    either,
    finditer,
    first_letter_gated,
    folded,
    leads,
    letter_led,
    match_at,
    search,
)
from diklat_cli.extract.senders import Key
from diklat_cli.extract.sentences import sentence_at, sentence_spans

_I = re.IGNORECASE

# words that show a visit happening: someone travels to, arrives at or is hosted by a place,
# or is sent off to it ("melepas keberangkatan peserta", "berangkat ke"); a place chosen as the
# object of study ("ditetapkan menjadi objek studi", "menjadi lokasi visitasi")
STRONG_CUES = re.compile(
    r"\b(?:rombongan|kunjungan|"
    + verbs.TRAVELLING
    + r"|"
    + verbs.VISITING
    # (visited by any verb of the class: "disambangi", "disinggahi" as "dikunjungi")
    + r"|"
    + verbs.VISITED
    # (a project's "lokus", where a change project, an actualisation, an innovation or a stunting programme is
    # carried out, is no place gone to: "lokus proyek perubahan di unit kerja", "desa lokus stunting")
    + r"|kedatangan|(?:lokus|locus)(?!\s+(?:proyek|perubahan|aktualisasi|inovasi|stunting|penanganan|intervensi)\b)"
    r"|sambangi"
    # ("belajar di mana saja", "di mana pun": learning anywhere, online, goes nowhere)
    # (arriving by any verb: "sampai di Kota X", "mendarat di Y", "menginjakkan kaki di Z"; "sampai di tingkat desa"
    # is how far a thing reaches, so a named place only)
    r"|datang\s+ke|tiba\s+di|(?:sampai|mendarat)\s+(?:dengan\s+selamat\s+)?di\s+(?=(?-i:[A-Z]))|menginjakkan\s+kaki\s+di"
    r"|belajar\s+(?:ke|di(?!\s+mana))|lokasi\s+(?:benchmarking|studi|visitasi|tujuan)"
    # (setting out by any verb of the class: "terbang ke" as "berangkat ke")
    r"|(?:" + verbs.DEPARTING + r")\s+(?:ke|menuju)|keberangkatan|objek\s+studi"
    # ... and any other verb of going: the bare headline verbs ("Kunjungi Pemkot X", "Datangi", "Tandangi"; a
    # reader told to "kunjungi laman" goes nowhere), calling on a host ("bertandang", "bertamu ke", "melawat",
    # "lawatan"), stopping at a place on the way ("singgah di"), being sent ("diberangkatkan ke", "dilepas ke")
    r"|(?:kunjungi|datangi|tandangi)(?!\s+(?:laman|situs|website|web|www|tautan|link|akun|kanal|channel|http))"
    r"|bertamu\s+ke|melawat|lawatan\w*|(?:singgah|menyinggahi)|(?:diberangkatkan|dilepas)\s+(?:ke|menuju)"
    r"|(?:ke|menuju)\s+(?:" + GOVERNMENT_NAME + r"|(?-i:Kabupaten|Kota|Provinsi|Desa))"
    r"|tempat\s+(?:orientasi|studi|observasi|benchmarking)"
    # ... or made the place of a group's learning by any noun of it, the group after it: "menjadi lokasi pembelajaran
    # lapangan bagi 40 peserta", "menjadi tempat magang bagi 20 pegawai" (a place of learning for children or
    # residents names no trip of government people)
    # (or its goal: "menjadi tujuan pembelajaran bagi 40 peserta"; the course's "tujuan pembelajaran", its learning
    # objectives, is followed by no group it is for)
    r"|(?:menjadi|sebagai|dijadikan)\s+(?:lokasi|tempat|lokus|tuan\s+rumah|tujuan)\s+(?:kegiatan\s+)?(?:pembelajaran|belajar|magang|prakt[ei]k"
    r"|observasi|orientasi|pelatihan\s+lapangan)(?:\s+[\w-]+){0,2}?\s+(?:bagi|untuk|oleh)\s+(?:para\s+|sejumlah\s+"
    r"|puluhan\s+|belasan\s+|\d{1,3}\s+)?(?:"
    + trainees.TRAINEES
    + "|"
    + staff.only("pegawai", "ASN", "pejabat", "aparatur")
    + r"|kepala|perangkat"
    r"|anggota|rombongan|delegasi|kades|lurah|camat)"
    # ... the place made the goal or model of a study trip, by any word of it: "menjadi tujuan studi banding",
    # "sebagai tujuan studi lapangan", "jadi jujukan studi tiru", "dijadikan rujukan belajar" (ka-07
    # beritamagelang, ka-32 tribunpontianak, kh-02 topsatu, kk-09 parepos, kj-13 radarcirebon); not "maksud dan
    # tujuan studi banding", nor "mengalihkan tujuan studi … ke"
    r"|(?:jadi|menjadi|sebagai|dijadikan|dipilih)\s+(?:tujuan|rujukan|jujukan|destinasi)\s+"
    r"(?:stud[iy]|benchmark\w*|kaji|belajar|stula|visitasi|observasi)"
    # people sent, taken or brought to a named place, or a journey made to it, whatever verb tells the going (the
    # people between: "mengirim 20 kepala desa ke Bantul", "memboyong para kepala OPD ke Banyuwangi", "mengajak seluruh
    # camat ke Sleman", "melakukan perjalanan dinas ke Yogyakarta"; a letter or aid sent names no people)
    r"|(?:mengirim(?:kan)?|mengutus|memberangkatkan|memboyong|mengajak|membawa)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:kepala|kades|camat|lurah|anggota|"
    + staff.only("pejabat", "pegawai", "ASN", "staf", "aparatur")
    + r"|perangkat|tim|delegasi|utusan|perwakilan|peserta|jajaran|pengurus|petugas|kader|sekdes|pimpinan)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:ke|menuju)\s+(?-i:[A-Z])\w*"
    r"|perjalanan(?:\s+dinas)?\s+(?:ke|menuju)\s+(?-i:[A-Z])\w*"
    # the host receives guests from another place, by any verb of receiving: "menerima tamu dari Kabupaten X",
    # "menyambut para tamu asal Pidie", "menerima tamu, kali ini dari DPRD Y" (ke-08 dprdbangkalan, kr-11
    # bandaacehkota, ld-03 liputan6, le-02 madiunkota)
    r"|(?:" + verbs.RECEIVING + r")\s+(?:para\s+)?tamu\b[^.\n]{0,20}?\b(?:dari|asal)\s+(?-i:[A-Z])\w*"
    # ... or named by any noun of where a trip goes, followed by the trip: "sasaran studi banding", "obyek studi
    # tiru", "destinasi benchmarking", "tuan rumah visitasi", "jujugan studi" (lg-10 bogoronline, kz-13
    # detikawanua, kf-13 radarbanyuwangi, kg-01 bolinggo, fa-22, fb-02, ha-10)
    r"|(?:obyek|sasaran|destinasi|jujugan|tuan\s+rumah)\s+(?:stud[iy]|benchmark\w*|kaji\s+banding|visitasi|kunker"
    r"|kunjungan\s+(?:kerja|studi|belajar))"
    # a part of a divided group sent to its place: "Kelompok pertama ke BPSDM Provinsi A, kelompok kedua ke …",
    # whatever the part is called ("tim", "regu", "grup", "gelombang", "kloter") or told by its share
    # ("sebagian peserta ke A, sisanya ke B")
    r"|(?:kelompok|tim|regu|grup|gelombang|kloter|sebagian|separuh(?:nya)?|sisanya)\s+(?:\w+\s+)?(?:ke|menuju)"
    r"\s+(?-i:[A-Z])\w*"
    # a cohort's members taken or gone down to a named place by any verb of moving a group: "peserta turun ke Pusdalops
    # A", "para praja terjun langsung ke Desa B", "peserta diajak ke Kantor C", "pasis dibawa menuju D" (the field
    # a course goes out to, however the going is worded; "Rp" after "turun ke" is a price)
    r"|(?:" + trainees.TRAINEES + r")(?:nya)?\b[^.\n]{0,40}?\b(?:turun|terjun|diajak|dibawa|diboyong|bergeser|bergerak)"
    r"\s+(?:langsung\s+)?(?:ke|menuju)\s+(?!Rp\b)(?-i:[A-Z])\w*"
    # programme stages that are trips by definition (staff colleges' "kuliah kerja dalam negeri")
    r"|KK(?:L|N)?\s*DN|PKDN|(?:KS|SS|KSS)DN|kuliah\s+kerja\s+(?:nyata|lapangan|profesi|dalam\s+negeri)"
    r"|praktik\s+kerja\s+dalam\s+negeri|prakt[ei]k\s+kerja\s+lapangan"
    # a school's field stage named without "kerja": "praja menjalani praktek lapangan di OPD Kota X"; a police
    # school's "latihan kerja" (Latja) at the units it is sent to ("Balai Latihan Kerja" is a place, no stage)
    # (a headline's bare verb after the school's trainees, "Siswa SPN Polda A Ikuti Latihan Kerja": led by the trainees,
    # so that the pattern is not tried at every word starting with "i", "ini", "itu")
    r"|(?:menjalani|melaksanakan|mengikuti|sedang|(?:"
    + trainees.only("siswa", "praja", "taruna", "taruni", "kadet")
    + r")(?:\s+[\w-]+){0,3}?\s+(?:jalani|laksanakan|ikuti))\s+(?:prakt[ei]k\s+lapangan|latihan\s+kerja"
    # ... and by its other names, an internship or on-the-job training, at a named office ("melaksanakan on the job
    # training di Kantor Imigrasi A", "jalani magang di Kodim B"; "magang di sejumlah konveksi" names none)
    r"|(?:latja|magang|on\s+the\s+job\s+training|OJT)(?:\s+[\w-]+){0,3}?\s+(?:di|ke)\s+(?-i:[A-Z])\w*)"
    # ... and an internship at a named office as a plan, as the purpose of a sending or as what the ones received
    # do, whoever serves it: "ASN yang akan magang di Dinas A", "dilepas untuk magang ke Pemkot B", "menerima dua
    # ASN Pemkot C yang magang di Bidang D"; or the host receiving the interns, its place before ("Kalurahan E
    # menerima 28 kepala desa … yang magang selama sepekan") (whether the interns are government staff is asked
    # by visit_not_described, `_STAFF_INTERNSHIP`)
    r"|(?:(?<=\bakan\s)|(?<=\buntuk\s)|(?<=\byang\s))magang(?:\s+[\w-]+){0,3}?\s+(?:di|ke)\s+(?-i:[A-Z])\w*"
    r"|(?:" + verbs.RECEIVING + r")\s+[^.\n]{0,80}?\byang\s+(?:sedang\s+|akan\s+)?magang\b"
    # a trip told after the group came home, where it went after "dari": "pulang kunker dari Kabupaten A"
    r"|" + verbs.BACK_FROM_TRIP + r"\s+(?-i:[A-Z])\w*)\b",
    _I,
)
# (behind a look-ahead for the letters it can start with: its alternatives are not tried at other words)
STRONG_CUES = first_letter_gated(STRONG_CUES)
# the words every match of STRONG_CUES opens with (scanning.leads: "rombongan", "ke", "menuju" …), as one case-kept
# pattern over the lower-cased text, grouped by first letter (scanning.letter_led) so that the engine skips to those
# letters: the large pattern is then tried only at a word one of them starts, not at every word of the letters
_STRONG_LED = letter_led(leads(STRONG_CUES, 2))
_STRONG_LEADS = re.compile(_STRONG_LED) if _STRONG_LED else None


def strong_cues(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """STRONG_CUES.finditer(text, pos, endpos), the pattern tried only where its leads start (`_STRONG_LEADS`,
    through scanning.match_at; a text whose lower case is no letter-for-letter copy, see scanning.folded, is
    scanned as usual)."""
    end = len(text) if endpos is None else endpos
    low = folded(text)
    if low is None or _STRONG_LEADS is None:
        return STRONG_CUES.finditer(text, pos, end)
    return match_at(STRONG_CUES, text, (lead.start() for lead in _STRONG_LEADS.finditer(low, pos, end)), pos, end)


def strong_cue(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """STRONG_CUES.search(text, pos, endpos), tried only where its leads start (`strong_cues`)."""
    return next(strong_cues(text, pos, endpos), None)


# the host receives a programme's participants ("Pemkot X menerima peserta PKA …"): a trip, though
# at a ceremony the head of the programme's own region also "receives" its participants
# (the group counted in any words, "belasan", "tiga puluh (30)", and named as any college's trainees: "siswa",
# "pasis", "praja", "CPNS"; received warmly, dined or met, any verb of being received; by any head of the host: a
# governor, a camat or lurah, the head of an office, an assistant)
# (an academy's "taruna"/"taruni"/"kadet" and the police staff college's "serdik" as well)
_TRAINEES = r"(?:" + trainees.TRAINEES + r")"
_HOST_RECEIVES = re.compile(
    # (received in any manner: "menyambut hangat", "menerima dengan baik", "menyambut langsung para peserta")
    r"(?=[mkpsct])(?:\b(?:" + verbs.RECEIVING + r"|menjadi\s+tuan\s+rumah\s+(?:bagi|untuk))\s+"
    r"(?:(?:dengan\s+)?(?:hangat|baik|langsung|antusias|secara\s+resmi)\s+)?"
    rf"(?:(?:para|sejumlah|puluhan|belasan|ratusan|seluruh|\d+|{COUNT_WORDS_RE})\s+(?:\(\s*\d+\s*\)\s+)?"
    rf"(?:orang\s+)?)?{_TRAINEES}\b"
    # told from the guests' side: "peserta PKA … diterima (oleh) Pemkot X / Wakil Bupati X"
    rf"|\b{_TRAINEES}\b[^.\n]{{0,150}}?\b(?:{verbs.RECEIVED})\s+(?:(?:langsung|hangat|baik|secara\s+resmi)\s+)?"
    r"(?:oleh\s+)?(?:Wakil\s+)?(?:" + GOVERNMENT_NAME + r"|(?-i:Bupati|Wali\s*[Kk]ota|Walikota|Sekda"
    r"|Sekretaris\s+Daerah|Gubernur|Camat|Lurah|Kepala|Kadis|Asisten))\b)",
    _I,
)
# words that go with a visit but also with a ceremony or a certificate ("menerima sertifikat"): any verb of
# receiving, and of being received but "ditemui", mostly the reporter meeting whom he quotes ("saat ditemui
# wartawan", kx-05 mediakendari, kk-02 lampost, kq-21 poskupang, kf-12 metroonline)
# (a thing received, "menerima laporan hasil studi lapangan", "menerima sertifikat", "menerima penghargaan", is no
# guest received)
_WEAK_CUES = re.compile(
    r"\b(?:(?:" + verbs.RECEIVING + r")(?!\s+(?:laporan|sertifikat|piagam|penghargaan|materi|hadiah|bantuan|dokumen"
    r"|hasil|surat|anugerah|plakat|trofi|SK)\b)"
    r"|diterima|disambut|dijamu|timba|menimba|tujuan(?:nya)?|dituju|dipilih\s+sebagai|sebagai\s+lokasi|tempat\s+belajar"
    # (and a headline's bare verb of receiving, "Pemkab A Terima Studi Banding Pemkab B", "Sambut Rombongan …"; not
    # "terima kasih", thanks)
    r"|(?-i:Terima|Sambut|Jamu)(?!\s+[Kk]asih))\b",
    _I,
)
# "melaksanakan benchmarking ke Jawa Tengah", "studi lapangan pelayanan publik ke Jawa Tengah",
# "Benchmarking Diklat PIM IV Badung ke Palembang": the activity, a few words of what or who,
# then where to, in one clause ("stula", the reports' short form of studi lapangan, is the activity too; so is
# "observasi" alone, the short form of observasi lapangan: kp-20 humasgowa, ky-07 balikpapango, fc-02; not a
# "kelas observasi", one held at the programme's campus, nor the report of one, written where the course is), and
# "praktik lapangan" or "praktek kerja lapangan", the field practice a cohort goes out for (lb-11 harapanrakyat,
# lb-12 equator, lx-01 antarajabar)
ACTIVITY_TO_PLACE = re.compile(
    # (the activity's two words split by spaces or joined by a hyphen, as programs.json reads them: "studi-banding")
    # (studi tiru by any of its names, "kaji tiru" and "uji tiru" as programs.json reads them)
    # (not the activity named as a lesson, "materi benchmarking", "modul studi lapangan": programs.LESSON_WORDS)
    # (behind the first letters of the activities, so the look-behinds are tried at few places)
    r"\b(?=(?i:[bspkuvo]))"
    + programs.NOT_AFTER_A_LESSON
    + r"(?i:benchmark\w*|stud[iy](?:\s+|-)\w+|stula|patok(?:\s+|-)banding"
    r"|kaji(?:\s+|-)(?:banding|tiru)"
    r"|uji(?:\s+|-)tiru|visitasi"
    r"|(?<!kelas\s)(?<!laporan\s)(?<!hasil\s)observasi(?:(?:\s+|-)lapangan)?(?!\s+(?:di|ke)\s+kampus)"
    r"|orientasi(?:\s+|-)lapangan|(?<!laporan\s)pra[ck]t[ei]k\s+(?:kerja\s+)?lapang(?:an)?|kunjungan\s+\w+|kunker)\)?"
    # (a clause set off by a comma goes on with who made the trip and where: "studi banding, yang belum lama ini
    # dijalani para kepala desa … di Kota X"; kx-02 milikrakyat)
    r"(?:\s+[\w()/-]+|,\s+yang){0,14}?\s+"
    # "benchmarking ke tiga provinsi, yakni …": the places counted before they are named (by any noun of a place
    # counted, those that name no place uncounted too: "ke tiga tempat", "di dua wilayah", "ke empat titik";
    # kq-01 bengkuluekspress, ln-10 nttnews)
    r"(?i:ke|di|menuju)\s+(?:(?i:" + FEW + r"|\d{1,2}|beberapa|sejumlah)\s+(?i:tempat|wilayah|titik)\b|"
    r"(?:(?i:" + FEW + r"|\d{1,2}|beberapa|sejumlah)\s+(?=(?i:provinsi|daerah|kabupaten"
    r"|kota|desa|pemerintah|lokasi|lokus)\b))?"
    # ("daerah lain", elsewhere, names no place: "studi lapangan untuk melihat praktik terbaik di daerah lain" is a
    # course's component, not a trip; unless the places follow: "ke daerah lain, yakni Kabupaten X")
    r"(?:[A-Z]|(?i:" + GOVERNMENT_WORD + r"|desa|kabupaten|kota|provinsi|lokasi|lokus"
    r"|daerah(?!\s+lain\b(?![,:]?\s+(?:yakni|yaitu|seperti|antara|di\s*antaranya|misalnya|termasuk)\b)))\b))",
)
# learning where the group went, said without a trip word: "belajar langsung tentang perizinan di
# Kota Batam", "datang untuk mempelajari …", "menggali informasi … di Pemkab X"
# (learning in any words, "mendalami", "memperdalam", "mengamati"; at any place a group goes to: a kelurahan,
# kecamatan, gampong or kampung, a host's office, "Dinas", "DPRD", "Kantor Bupati", "Mal Pelayanan Publik")
_LEARNING_AT_PLACE = re.compile(
    r"(?=[bmdtsgpn])\b(?:datang\s+(?:untuk|guna)\s+(?:belajar|mempelajari|menimba|melihat|mendalami)"
    # ... or come for the study trip itself, named by its activity: "datang untuk studi lapangan", "datang
    # dalam rangka benchmarking", "datang untuk melakukan studi banding" (ke-08 dprdbangkalan, kg-05 jatimtimes,
    # kh-12 triggernet): coming for a trip of study is the trip
    r"|datang\s+(?:untuk|guna|dalam\s+rangka)\s+(?:(?:melakukan|melaksanakan|mengikuti)\s+(?:kegiatan\s+)?)?"
    r"(?:benchmark\w*|stud[iy](?:\s+|-)(?:banding|tiru|lapangan|komparatif)|stula|kaji(?:\s+|-)(?:banding|tiru)"
    r"|visitasi|observasi\s+lapangan)\b"
    # (and the passive of learning, "yang dipelajari di Kabupaten X": kh-08 rakyatempatlawang, kb-29
    # wartatransparansi, kf-14 dutaco)
    # (learning in any words LEARNING reads as such, "menyerap ilmu", "menimba pengalaman", "ngangsu kawruh", and
    # in a headline's bare form: "Serap Ilmu Tata Kelola BUMDes di Kabupaten X", "Timba Ilmu … di Pemkot Y")
    r"|(?:belajar|mempelajari|dipelajari|menimba\s+\w+|berguru|menggali\s+\w+|mendalami|memperdalam|mengamati"
    # (and the host's practice taken in, as purpose.py reads it: "menyerap praktik pelayanan di Mal Pelayanan …")
    r"|menyerap\s+(?:ilmu|pengetahuan|pengalaman|inspirasi|praktik|praktek)|ngangsu\s+ka(?:we|w)ruh|pelajari|dalami"
    r"|(?:timba|serap|gali)\s+(?:ilmu|inspirasi|pengalaman|pengetahuan|praktik|praktek))\b[^.\n]{0,80}?"
    r"\b(?:di|ke)\s+(?:" + GOVERNMENT_NAME + r"|(?-i:Kabupaten|Kota|Provinsi|Desa|Nagari|Kelurahan"
    r"|Kecamatan|Gampong|Kampung|Pekon|Dinas|DPRD|Mal\s+Pelayanan|Kantor\s+(?:Bupati|Wali\s*[Kk]ota|Walikota"
    r"|Gubernur|Camat|Desa|Lurah|Kelurahan|Kecamatan)))\b"
    # ... or learning FROM the host, named as a government, village or office: "belajar dari Kota X", "menimba
    # ilmu pengelolaan sampah dari Dinas Y", "mengadopsi program dari Kota Z" (kg-07 madiuntoday, ld-03
    # liputan6, fc-22, ha-24); a few words of what only, so a group "dari Kota A" is not read as its source
    r"|(?:belajar|mempelajari|dipelajari|menimba\s+ilmu|mendalami|mengadopsi|mereplikasi)\b"
    # (what is learnt, never who: "mempelajari berkas peserta dari Kota A" names where the people come from)
    r"(?:\s+(?!(?:"
    + trainees.TRAINEES
    + r"|para|rombongan|tamu|utusan|perwakilan|delegasi|anggota|pejabat|warga)\b)[\w-]+){0,4}?"
    r"\s+dari\s+"
    r"(?:" + GOVERNMENT_NAME + r"|(?-i:Kabupaten|Kota|Provinsi|Desa|Nagari|Kelurahan|Kecamatan|Dinas))\b"
    # ... or the place fronted, then the group learning there: "Di Dinas Kesehatan Kota A, peserta mempelajari …",
    # "Sementara itu di Kabupaten B, rombongan meninjau …" (a report tells each stop by opening with it)
    r"|(?<![\w-])di\s+(?:" + GOVERNMENT_NAME + r"|(?-i:Kabupaten|Kota|Provinsi|Desa|Kelurahan|Dinas|DPRD|RSUD"
    r"|Mal\s+Pelayanan|Kantor\s+(?:Bupati|Wali\s*[Kk]ota|Walikota|Gubernur)))\b[^.\n,]{0,60},\s*(?:\w+\s+){0,2}?"
    r"(?:" + trainees.TRAINEES + r"|rombongan|mereka)\b[^.\n]{0,30}?\b(?:belajar|mempelajari|menimba|mengamati"
    r"|meninjau|mendalami|menggali|melihat\s+langsung)\b)",
    _I,
)
# a programme's fieldwork told by what the participants did there, with no trip verb: "peserta … melakukan
# pengamatan di dua desa", "menjalani pembelajaran di Kelurahan X", "hasil VKN di dua desa di Kecamatan Y":
# research, observation or learning done in a village, a sub-district or a named region is done away
# from the classroom, so it states a trip ("di unit kerja masing-masing", "di kelas" name no such place)
# (any verb of doing it, "mengadakan", "menggelar"; any such work, "riset", "survei", "wawancara"; and any
# village or region: "pekon", "jorong", "dusun", "Pemko", "Pemprov", "Pemerintah")
_FIELDWORK_AT_PLACE = re.compile(
    r"(?=[mhV])\b(?:(?:melakukan|menjalani|melaksanakan|mengadakan|menggelar)\s+(?:proses\s+)?(?:penelitian"
    r"|pengamatan|observasi|pembelajaran|pendalaman|riset|survei|survey|wawancara)"
    r"|hasil\s+(?:VKN|visitasi|observasi|pengamatan|penelitian|riset|survei))\s+"
    rf"(?:lapangan\s+)?(?:di|ke)\s+(?:(?:\d{{1,2}}|{cardinal_words(2, 5)}|beberapa|sejumlah)\s+)?"
    r"(?:(?i:desa|kelurahan|kecamatan|nagari|gampong|kampung|pekon|jorong|dusun)\b"
    r"|(?:" + GOVERNMENT_NAME + r"|(?-i:Kabupaten|Kota|Provinsi))\b)",
    _I,
)
# a cohort's field exercise told as held in the villages or districts it stayed in ("Praja Bakti yang digelar di
# dua kecamatan, A dan B", "latihan itu dilaksanakan di Desa C"), or the region named as the exercise's place
# ("menunjuk Kabupaten D menjadi tempat Latihan Praja Bhakti"): the cohort went there, whatever ceremony closes
# it (lx-08 portalkomando, lx-06 koranbernas; kk-05 kulonprogo "menjadi tempat kegiatan ini"); a course's own
# venue is a town or a hall, never a village or district (any field exercise: latihan, praktik, KKN, praja bakti)
_FIELD_EXERCISE = r"(?:latihan|praktik|praktek|praja\s+bh?akti|kkn|kuliah\s+kerja\s+nyata|pengabdian)"
# (a state school's cadets, who learn in the field: not a course's "peserta" nor a school's "siswa")
_CADET_WORDS = ("praja", "taruna", "taruni", "kadet", "pasis", "serdik")
_CADETS = trainees.only(*_CADET_WORDS)
_EXERCISE_AT_PLACE = re.compile(
    r"(?=[lpkKmsMS])\b(?:" + _FIELD_EXERCISE + r"\b(?:\s+[\w/-]+){0,4}?\s+(?:yang\s+)?"
    r"(?:digelar|dilaksanakan|berlangsung|diadakan|diselenggarakan)\s+di\s+"
    rf"(?:(?:\d{{1,2}}|{cardinal_words(2, 9)}|beberapa|sejumlah)\s+)?"
    r"(?:desa|kelurahan|kecamatan|nagari|gampong|kampung|pekon|jorong|dusun|distrik)\b"
    r"|(?:menjadi|sebagai)\s+(?:tempat|lokasi)\s+(?:pelaksanaan\s+)?" + _FIELD_EXERCISE + r"\b"
    # ... or by the verb the cohort undergoes it with, then the village: "menjalani Latihan Medan di Desa X",
    # "mengikuti latihan posko di Kelurahan Y" (mp-14 tempo)
    r"|(?:menjalani|mengikuti|melaksanakan)\s+" + _FIELD_EXERCISE + r"\b(?:\s+[\w/-]+){0,4}?\s+di\s+"
    r"(?:desa|kelurahan|kecamatan|nagari|gampong|kampung|pekon|jorong|dusun|distrik)\b)",
    _I,
)
# a region told as the place a state school's cadets learn, train or intern at: by what they do there, "memercayakan
# Kabupaten E sebagai tempat para praja belajar secara nyata", "menjadi tempat bagi 30 pasis untuk belajar", or by
# the field stage held for them there, "menunjuk Kabupaten F menjadi tempat Latihan Praja Bhakti bagi Taruna",
# "dipercaya menjadi lokasi magang 25 praja" (ny-23 diskominfo-mempawah, lx-06 koranbernas; rakyatriau, an unseen
# real report: "OPD yang menjadi tempat pelaksanaan magang Praja IPDN"): the cadets went there, whatever ceremony
# the report tells; a school's cadets, not a course's "peserta" nor pupils, and not their own campus, hall or
# dormitory (`_CAMPUS_BEFORE`), where they learn at home
_CADETS_PLACED = re.compile(
    r"(?=[ms])\b(?:menjadi|sebagai)\s+(?:tempat|lokasi|lokus)\s+(?:"
    # (the stage named, for the cadets: "tempat Latihan Praja Bhakti bagi Taruna", "lokasi magang 25 praja")
    r"(?:pelaksanaan\s+)?(?:" + _FIELD_EXERCISE + r"|magang)\b(?:\s+[\w-]+){0,3}?\s+(?:bagi\s+)?(?:para\s+)?"
    r"(?:\d{1,4}\s+)?(?:" + _CADETS + r")\b"
    # (the cadets, then what they do: "tempat para praja belajar", "tempat bagi 30 pasis untuk belajar")
    r"|(?:bagi\s+)?(?:para\s+)?(?:\d{1,4}\s+)?(?:" + _CADETS + r")\b(?:\s+[\w-]+){0,4}?\s+(?:untuk\s+)?"
    r"(?:belajar|berlatih|magang|melaksanakan|melakukan|menjalani|mengikuti)\b)",
    _I,
)
_CAMPUS_BEFORE = re.compile(
    # (the campus the subject itself, its name after it: "Asrama baru di Kampus IPDN Kalbar di Kabupaten Kubu Raya")
    r"\b(?:kampus|asrama|gedung|kelas|ruang(?:an)?|aula|pusdiklat|sekolah)\b(?:\s+(?:(?-i:[A-Z])[\w-]*|di|baru))"
    r"{0,8}?\s+"
    r"(?:(?:kembali|dipercaya|ditunjuk|terpilih|akan|juga|pun)\s+){0,2}$",
    _I,
)


def _cadets_placed(text: str) -> bool:
    """A region told as the place a school's cadets learn or intern at (`_CADETS_PLACED`), not their campus."""
    # (a cadets' word is in every match, but the scan's own needles are its common verbs: tried first, cheaply)
    low = folded(text)
    if low is not None and not any(w in low for w in _CADET_WORDS):
        return False
    for m in finditer(_CADETS_PLACED, text):
        lo = max(0, m.start() - 80)
        stop = text.rfind(".", lo, m.start())
        if not _CAMPUS_BEFORE.search(text, stop + 1 if stop >= 0 else lo, m.start()):
            return True
    return False


# the group's stay at the place it went to, told with "selama": "selama di Labuan Bajo", "selama berada di Kota A",
# "selama di sana" (a report tells what the guests did or saw during their days at the host; 24 tune reports of
# a visit by many outlets, none of no visit); a time or a room after "di" is no place gone to ("selama di bulan
# puasa", "selama di kelas")
_STAY_AT_PLACE = re.compile(
    r"\bselama\s+(?:(?:berada|tinggal|bertugas|berkegiatan)\s+)?di\s+"
    r"(?:sana\b|(?!(?i:bulan|tahun|masa|era|kelas|asrama|aula|ruang|kampus|rumah)\b)(?-i:[A-Z])\w*)",
    _I,
)
# the cohort placed or deployed at the place of its field stage, by any verb of posting a group: "22 siswa yang
# diterjunkan … di wilayah A", "68 siswa ditempatkan di Polresta B", "Latihan C menempatkan 26 pesertanya … di Desa
# D", "menerjunkan ratusan prajanya ke Kabupaten E" (the trainees named, so a diplomat "pernah ditempatkan di KBRI"
# or new staff posted are not; a posting still to come, "akan ditempatkan", is a graduate's, and lodging, "ditempatkan
# di Asrama", no trip)
_TRAINEES_PLACED = re.compile(
    r"(?=[a-zA-Z])\b(?:(?:" + trainees.TRAINEES + r")(?:nya)?\b[^.\n]{0,40}?(?<!akan\s)(?<!bakal\s)"
    r"\b(?:ditempatkan|diterjunkan)|(?:menempatkan|menerjunkan)\s+(?:[\w-]+\s+){0,3}?(?:"
    + trainees.TRAINEES
    + r")(?:nya)?\b)[^.\n]{0,160}?\b(?:di|ke)\s+(?:wilayah\s+)?"
    r"(?!(?i:asrama|hotel|wisma|gedung|ruang|aula|kelas|kamar|barak|mess|pondok|rumah)\b)(?-i:[A-Z])\w*",
    _I,
)
# a cohort's members at a place of a community or a public service they are taken to, by whatever verb they are there:
# "peserta … diajak melihat pengolahan sampah di TPST A", "peserta … saat berada di Desa Wisata B", "peserta mengikuti
# kegiatan di Kampung C" (a programme's trainees are taught at their campus, a hall or a hotel, and do their
# actualisation at their own office: a village, a market, a landfill or a prison is where they went); not an office or
# a head's seat, where a cohort is also taught, examined or briefed at home ("ujian seminar di Kantor Bupati A",
# "pembekalan di Pendopo B"), nor what the trainees do at their own workplace ("aktualisasi", "habituasi")
_TRAINEES_AT_HOST = re.compile(
    # (not where they work, come from or are examined: "peserta yang bertugas di Desa A", "peserta asal Desa B")
    r"(?=[a-zA-Z])\b(?:" + trainees.TRAINEES + r")(?:nya)?\b(?:(?!\b(?:bertugas|bekerja|berdinas|mengabdi|asal"
    r"|instansi|ditempatkan|penempatan|tinggal|berdomisili|lingkungan|lingkup|perangkat\s+daerah|OPD|SKPD|aktualisasi"
    r"|habituasi|ujian|seminar|pembekalan|materi)\b)[^.\n]){0,120}?\b(?:di|ke)\s+"
    r"(?-i:Desa|Kelurahan|Kampung|Nagari|Gampong|Pekon|Mal\s+Pelayanan|TPST|TPA|BUMDes|Bumdes|Pasar|Lapas|Rutan)\b",
    _I,
)
# a study of a host done at a distance, or at the host's offices ("benchmarking secara virtual dengan
# Pemkot X", "narasumber benchmarking secara daring bagi peserta …", "studi lapangan pada sejumlah perangkat
# daerah Kota X")
_STUDY_OF_HOST = re.compile(
    r"(?=[bskv])\b(?:benchmark\w*|stud[iy](?:\s+|-)\w+|stula|kaji(?:\s+|-)banding|visitasi)\b[^.\n]{0,40}?"
    r"(?:\b(?:virtual|daring|online)\s+(?:dengan|bersama|ke|bagi|untuk)|\bpada\s+(?:sejumlah\s+|beberapa\s+)?"
    r"(?:perangkat\s+daerah|OPD|SKPD|instansi))\b",
    _I,
)
# a cohort's field study held at a distance, the activity written with the way it was held: "studi lapangan
# secara virtual", "stula daring", "benchmarking online" (kl-20 sarolangun); a trip of the programme's, whether or
# not its host is named (asked only of a programme's article: talk of virtual study in general is no report)
_VIRTUAL_STUDY = re.compile(
    r"(?=[bskv])\b(?:benchmark\w*|stud[iy](?:\s+|-)(?:lapangan|banding|tiru)|stula|kaji(?:\s+|-)banding|visitasi)"
    r"\s+(?:secara\s+)?(?:virtual|daring|online)\b",
    _I,
)


@cache
def _at_a_country() -> re.Pattern:
    """ "di" and a country, as written (its literal opening lets the engine skip to each "di"): the cheap gate of
    `abroad.stage_held_abroad`, which few articles pass."""
    countries = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in country_names())
    return re.compile(r"di\s+(?:[A-Z][\w-]*\s+(?:dan|serta)\s+)?(?:" + countries + r")\b")


def _stage_held_abroad(text: str) -> bool:
    """A course's stage is told as held in a foreign country (`abroad.stage_held_abroad`)."""
    return " di " in text and _at_a_country().search(text) is not None and abroad.stage_held_abroad(text)


def virtual_study(text: str) -> bool:
    """The text names a field study held at a distance (`_VIRTUAL_STUDY`)."""
    return ("irtual" in text or "aring" in text or "nline" in text) and search(_VIRTUAL_STUDY, text) is not None


# a stated purpose of learning from the host ("datang untuk belajar", "menimba ilmu")
LEARNING = re.compile(
    # ("ngangsu kaweruh", Javanese for menimba ilmu, is written so in Indonesian reports)
    # (drawing any learning from the host, "menimba ilmu/pengalaman/inspirasi/kiat", and "berguru", to study under it)
    r"(?=[bmstnpdgkuariw])\b(?:belajar|menimba\s+\w+|timba\s+ilmu|berguru|ngangsu\s+kawruh|ngangsu\s+kaweruh|mempelajari"
    r"|menggali\s+(?:ilmu|informasi|pengalaman)"
    # ... or a question of how the host does a thing dug into: "menggali bagaimana Kota A menata …", "menggali cara
    # mengelola …", "menggali strategi Batam mengoptimalkan PAD" (seblang, metroonline, dprdkukar, facesia: 4 readable
    # reports of 4 outlets, all visits; the visitors' own verb, a potential dug into, "menggali potensi", is not one)
    r"|menggali\s+(?:lebih\s+(?:dalam|jauh)\s+)?(?:bagaimana|cara|kiat|strategi|rahasia|seperti\s+apa)\b"
    # … and said in other words: to widen or deepen what they know, to seek information, to copy a practice
    r"|(?:memperkaya|menambah|meningkatkan|memperluas)\s+(?:\w+\s+)?(?:pengetahuan|wawasan|ilmu|keilmuan|referensi)"
    # ... or to obtain or gather it, by any verb of getting ("memperoleh ilmu", "mendapat pengalaman", "menghimpun
    # bahan penelitian", "mencari referensi"); information, data or a picture of a state of affairs is gathered
    # on inspections too ("mengumpulkan data kerusakan"), so knowledge, experience and study material only
    r"|(?:memperoleh|mendapat(?:kan)?|menghimpun|mengumpulkan|mencari|menggali|menjaring)\s+"
    r"(?:bahan|pengetahuan|ilmu|pengalaman|referensi)"
    r"|memperdalam|mendalami|mencari\s+(?:keterangan|informasi|referensi|masukan|inspirasi)|mencontoh|meniru"
    # ... or copying it told with the thing copied first, in the passive or in the visitors' own voice: "layak
    # dicontoh", "patut ditiru", "bisa kami contoh", "perlu kita tiru" (bisnisbali, klikpositif: 2 unseen real
    # reports of 2 outlets; 66 of the 72 tune articles that write it report a visit); not a model for others, as an
    # inspection or an award hopes a place becomes ("bisa ditiru daerah lain", "patut dicontoh kota-kota lain"), nor
    # a touring superior's praise (`_inspecting`)
    r"|(?:kami|kita)\s+(?:contoh|tiru)|di(?:contoh|tiru)(?!\s+(?:oleh\s+)?(?:[\w-]+\s+){0,2}?lain\b)"
    # ... absorbing knowledge, drawing a lesson, seeking inspiration, replicating the host's practice
    r"|menyerap\s+(?:ilmu|pengetahuan|informasi|pengalaman|inspirasi|praktik|praktek)|(?:memetik|mengambil)\s+pelajaran"
    r"|menggali\s+inspirasi|mereplikasi|menduplikasi"
    # ... and the trip named by that purpose, a study of replicating or of references: "studi replikasi layanan
    # adminduk", "lokus studi referensi" (mm-09 jatimtimes, lt-12 wisatahits, la-16 koranbanjar)
    r"|stud[iy]\s+(?:replikasi|referensi)"
    # ... or adopting it, by either voice of the verb: "bisa diadopsi di daerah kami", "mengadopsi pengelolaannya",
    # "program yang bisa diadop" (swarawanita, linggauhariini, puskominfo-ppdi, garudajayabalida: 4 real reports
    # of 4 outlets, none of them a courtesy call, consultation or inspection); the bare noun names other things
    # ("layanan adopsi anak")
    r"|(?:meng|di)adop(?:si|t)?"
    # ... or, in the visitors' own voice, taking it home to apply: "dapat kami terapkan", "untuk kami terapkan di
    # Kabupaten X", "akan terapkan di daerah kita sendiri" (potretsumsel, jaringnasional, portalmongondow,
    # mimbarumum: 4 real reports of 4 outlets); a rule a government applies to itself ("diterapkan di seluruh
    # OPD") names no one who takes it home, and "bisa mereka terapkan" is anyone's hope for anyone (pupils too)
    r"|(?:kami|kita)\s+terapkan|terapkan\s+(?:juga\s+)?di\s+(?:daerah|wilayah|desa|kabupaten|kota|kampung|nagari"
    r"|gampong)\s+(?:kami|kita|sendiri|masing-masing)"
    # ... or, in the reporter's words, as what is to be applied in a region: "untuk diterapkan di Kabupaten X", "dapat
    # diterapkan di Kabupaten Y", "dapat diterapkan di wilayah Z" (jatimpos, manadotoday, puskominfo-ppdi,
    # tabengan: 4 real reports of 4 outlets); what a government makes apply everywhere ("agar dapat diterapkan di
    # seluruh desa") or here ("bisa diterapkan di sini", the host's wish) names no region, and takes nothing home
    r"|(?:untuk|bisa|dapat|akan|agar|supaya)\s+(?:(?:bisa|dapat)\s+)?diterapkan\s+(?:(?:nantinya|juga|kembali)\s+)?di\s+"
    # (or the visitors' own region by its possessive, "agar bisa diterapkan di daerahnya")
    r"(?:(?-i:[A-Z])\w*|(?:daerah|wilayah|desa|kelurahan|kabupaten|kota|kampung|nagari|gampong)(?:nya)?\b)"
    # ... or, in the active voice, the visitors wishing to apply the host's practice, pointed back to ("menerapkannya",
    # "pola serupa", "program yang sama", "sistem tersebut"), at their region named: "ingin menerapkannya di
    # Kebumen", "berencana menerapkan pola serupa di Pati"; a government's own rule applied "di seluruh desa"
    # names no region, and a bare "menerapkan aturan di X" points back to nothing seen
    r"|(?:(?<=ingin\s)|(?<=hendak\s)|(?<=akan\s)|(?<=untuk\s)|(?<=bisa\s)|(?<=dapat\s)|(?<=berencana\s)"
    r"|(?<=segera\s))menerapkan"
    r"(?:nya|\s+(?:[\w-]+\s+){0,4}?(?:serupa|sejenis|yang\s+sama|tersebut|itu))\s+(?:juga\s+)?di\s+"
    r"(?:(?-i:[A-Z])\w*|(?:daerah|wilayah|desa|kabupaten|kota)(?:nya)?\b)"
    # ... or comparing the host with home, the study of "studi banding" told in its own noun: "melihat perbandingan",
    # "dijadikan perbandingan", "bahan perbandingan", "melakukan perbandingan" (posmetropadang, kanalsemarang/solopos,
    # tabengan, manado.antaranews: 4 real reports of 4 outlets); "sebagai perbandingan" is the reporter's aside
    # ("sebagai perbandingan, harga cabai pekan lalu …"), no purpose
    r"|(?:melihat|mencari|melakukan|dijadikan|bahan|dibuat)\s+perbandingan"
    # ... and in a headline's bare form, the verb without its prefix: "Pelajari Mal Pelayanan Publik, Pemkot A
    # Sambangi Pemkot B", "Gali Inspirasi", "Timba Pengalaman", "Serap Ilmu", "Dalami" (ki-08 kilasbali, kr-18
    # inewspurwokerto, kt-07 tribunbali, ka-07 beritamagelang, ha-13), as headlines write "Kunjungi"
    r"|pelajari|dalami|perdalam|(?:timba|gali|serap)\s+(?:ilmu|inspirasi|pengalaman|pengetahuan|informasi|praktik)"
    # ... and copying, headline-capitalised: "Ingin Tiru Keunggulan …", "Bakal Tiru Tata …", "Program X, Tiru Kabupaten
    # Y", "Tertarik Adopsi Inovasi …" (afederasi, radarseluma, koranpurworejo, inews: tune mo-03, nx-23, rc-23, ka-20);
    # not the activity's own name ("Studi Tiru", "Uji Tiru", "Amati Tiru"), a warning ("Jangan Tiru"), nor the adoption
    # of a child, capitalised or not ("Permudah Adopsi Anak")
    r"|(?<!Studi\s)(?<!Study\s)(?<!studi\s)(?<!Kaji\s)(?<!kaji\s)(?<!Uji\s)(?<!uji\s)(?<!Amati\s)(?<!Jangan\s)"
    r"(?-i:Tiru|Adopsi)(?!\s+(?:Anak|anak|Bayi|bayi)\b)"
    # … or as wanting to know how the host does a thing: "ingin mengetahui cara X mengelola …", "mencari tahu
    # kiat …" (the way of doing, not a state of affairs: "ingin mengetahui kondisi jalan" is an inspection)
    r"|(?:(?<=ingin\s)|(?<=hendak\s)|(?<=untuk\s))(?:mengetahui|tahu)\s+(?:cara|kiat|strategi|rahasia)"
    r"|mencari\s+tahu\s+(?:cara|kiat|strategi|rahasia)"
    # guests and hosts learning from each other: "saling bertukar informasi", "berbagi pengalaman"
    # (and the host's side of it: "berbagi praktik baik dengan rombongan …"); and what they know, exchanged:
    # "bertukar ilmu", "saling tukar wawasan dan pengetahuan", "berbagi pengetahuan" (macca, bisnisbali: 2 unseen
    # real reports of 2 outlets; 20 of the 21 tune articles that write it report a visit)
    # (and views, "bertukar pikiran", the idiom for an exchange of ideas: 25 tune reports of a visit write it)
    r"|(?:saling\s+)?(?:bertukar|berbagi)\s+(?:informasi|pengalaman|keterangan|cerita|ilmu|wawasan|pengetahuan|pikiran"
    r"|praktik\s+(?:baik|terbaik)|praktek\s+(?:baik|terbaik)|best\s+practices?)"
    # ... in the English loan word reports write for it ("sharing informasi", "melakukan sharing", "bisa sharing
    # dan belajar": sulsel.terkini, mimbarumum, regional.kompas, 3 real reports of 3 outlets, none of them a
    # courtesy call, consultation or inspection)
    r"|sharing"
    # ... or practice in the field as what a trip is for, where a course's group learns by doing at a host's work:
    # "untuk praktik ke lapangan, rombongan dibawa ke A", "guna praktek lapangan" (a body's field practice held for
    # farmers, "menggelar praktik lapangan bagi kelompok tani", teaches; it is no trip's purpose)
    r"|(?:(?<=untuk\s)|(?<=guna\s))prakt[ei]k\s+(?:(?:ke|di)\s+)?lapangan"
    # ... or exchanged without the verb's prefix, "diskusi dan tukar pengalaman" (the same objects)
    r"|(?<!ber)tukar(?:-menukar)?\s+(?:informasi|pengalaman|keterangan|cerita|ilmu|wawasan|pengetahuan|pikiran)"
    # the host held up as the model to learn from, by any word of a model: "dipandang sebagai contoh berhasil",
    # "menjadikan Kota X sebagai rujukan", "dijadikan acuan", "bahan rujukan", "mengambil contoh" (mm-02
    # pantaulampung; the class in 24 readable articles, 21 of them reporting a visit, the others turned away by
    # other tests); not a model for others, as an inspection hopes a place becomes ("menjadi contoh bagi daerah
    # lain", "dijadikan percontohan"), nor "sebagai contoh," the reporter's "for example"
    r"|(?:sebagai|dijadikan)\s+(?:rujukan|acuan|kiblat|role\s+model"
    r"|(?:contoh|model)\s+(?:berhasil|sukses|keberhasilan|terbaik))(?!\s+(?:bagi|untuk)\b)"
    r"|(?:bahan|sumber)\s+(?:rujukan|acuan)|(?:mengambil|meniru)\s+contoh"
    # ... or by the civil service's motto of learning from a peer, "ATM": "amati, tiru, (dan) modifikasi", "amati-tiru-
    # modifikasi", "ATM (Amati Tiru Modifikasi)" (kp-18 antarajateng, nx-24 halokaltim; tribunjogja, seblang and
    # beritatrends: 3 unseen real reports of 3 outlets, a visitor saying what the trip is for); a superior's call on
    # others to do it ("Daerah lain silakan amati, tiru …" after a minister's tour) is no trip's purpose (`_inspecting`)
    r"|amati\s*[,-]?\s*(?:dan\s+|lalu\s+)?tiru"
    # ... and the host's practice copied, by the noun of copying: "studi replikasi layanan X"
    r"|(?:studi\s+)?replikasi\s+(?:inovasi|program|layanan|model|kebijakan)"
    # ... or the learning got, told with the thing got first, as the trip's yield: "ilmu yang didapat dari Kota X",
    # "banyak pelajaran berharga yang diperoleh", "pengalaman yang kami peroleh hari ini" (koran-fakta, memoindonesia:
    # 2 unseen real reports of 2 outlets, a host's and a visitor's telling; 5 probes); "kami dapat" followed by a verb
    # is "we can" ("pengalaman yang dapat kami bagikan", the host's), and what a course gives is got "selama" it
    # ("ilmu yang diperoleh selama pelatihan": a closing's words, no trip's), or "di sini", where a school or a
    # course speaks of its pupils' learning at its own place (a trip's yield is told from where it was got)
    r"|(?:ilmu|pelajaran|pengetahuan|wawasan|pengalaman|inspirasi|pembelajaran)"
    r"(?:\s+(?:baru|berharga|penting|berguna|positif|bermanfaat))?\s+yang\s+(?:(?:telah|sudah|bisa|dapat|akan)\s+)?"
    r"(?:(?:kami|kita|mereka)\s+(?:dapatkan|peroleh|petik|dapat(?!\s+(?:[\w-]+kan|ber\w+|me\w+|di\w+|ter\w+)\b))"
    r"|didapat(?:kan)?|diperoleh|dipetik|diraih)(?!\s+(?:selama|dalam|di\s+(?:sini|bangku))\b)"
    r")\b",
    _I,
)
# a visit named for its purpose of study ("kunjungan studi", "kunjungan study" as reports also spell it),
# written as the thing a group holds or a host receives ("menggelar kegiatan kunjungan study", "menerima
# kunjungan studi"): the noun phrase states that the group went to learn, so it counts as a study word
# where no activity of the vocabulary is written (SCHEMA activity "other"); as the object of talk
# ("mengurangi kunjungan studi ke luar daerah") it reports no trip
# (the visit also named "kunjungan belajar" or "kunjungan pembelajaran", and followed or held in other words:
# "mengikuti", "melangsungkan", "menyelenggarakan")
# Reports name the visit by ANY word of its educational purpose, "kunjungan edukasi", "kunjungan edukatif"
# as much as "kunjungan studi" (kl-16 sumeks, kx-20 jakartaobserver, kb-33 rmoljatim "kunjungan belajar ke
# Pemkot"), and headlines and leads write it with no verb, as the noun followed by who and where to:
# "Kunjungan Edukasi Wartawan X ke Kota Y" (a place named with a capital or a government word; talk of such
# visits, "kunjungan studi ke luar daerah", even in a title-cased headline, names none)
_STUDY_NOUN = r"kunjungan\s+(?:stud[iy]|belajar|pembelajaran|edukasi|edukatif)\b"
# The word "studi" names the trip a study by itself, whatever word follows it ("studi inovasi", "studi pengembangan
# desa wisata", "studi pembelajaran", a misspelt "study bunding", or "studi" alone: "melakukan studi ke TP PKK
# Kabupaten X"): done by the group (a verb of doing or joining before it, or a purpose) with where it goes, in one
# clause, it is a study visit as "kunjungan studi" is; not a degree ("studi S2 di Universitas X", "melanjutkan studi"
# has no such verb), a feasibility, case or environmental study done in a region, nor a university's department
_NOT_A_STUDY_TRIP = (
    r"kelayakan|kasus|lanjut\w*|S[123]|D[34]|doktor\w*|magister|master|sarjana|pascasarjana|amdal|pustaka|literatur"
    r"|lingkungan|akademik|formal|ilmiah|teknis|dasar|kuantitatif|kualitatif|mendalam|awal|pendahuluan|potensi|dampak"
    r"|evaluasi|(?-i:[A-Z])\w*"
)
_STUDY_DOER = (
    r"(?:melakukan|melaksanakan|menggelar|mengadakan|menjalani|mengikuti|rangka|untuk|guna)\s+"
    r"(?:(?:kegiatan|program|agenda)\s+)?"
)
_STUDY_TO_PLACE = (
    r"stud[iy]\b(?!\s+(?:" + _NOT_A_STUDY_TRIP + r")\b)"
    # (a degree is taken at a university: "mengikuti studi di Universitas X" is no trip)
    r"(?:\s+[\w-]+){0,5}?\s+(?:ke|menuju|di(?!\s+(?:universitas|institut|politeknik|perguruan|fakultas|kampus"
    r"|sekolah\s+tinggi)\b))\s+(?!luar\b)(?:(?-i:[A-Z])|(?:" + GOVERNMENT_WORD + r"|desa|kabupaten"
    r"|kota|provinsi)\b)"
)
_STUDY_NAMED_TRIP_RE = re.compile(r"\b" + _STUDY_DOER + _STUDY_TO_PLACE, _I)
# (in parts, tried at each "stud" found: the study and its place matched there, the doer ending right before it)
_STUDY_TO_PLACE_AT = re.compile(_STUDY_TO_PLACE, _I)
_STUDY_DOER_BEFORE = re.compile(r"\b" + _STUDY_DOER + r"$", _I)
# ... or with no place after it, the host receiving the group in its sentence ("Desa A menerima rombongan … yang
# sedang melakukan studi inovasi", "Rombongan … yang melaksanakan studi pelayanan publik diterima Wali Kota B"), or
# the group going to or arriving at the place before it ("tiba di Balai Kota A, …, untuk studi pengelolaan parkir")
_STUDY_ALONE_AT = re.compile(r"stud[iy]\b(?!\s+(?:" + _NOT_A_STUDY_TRIP + r")\b)(?=\s+[\w-])", _I)
_GROUP_RECEIVED = re.compile(
    r"\b(?:(?:" + verbs.RECEIVING + r")\s+(?:[\w-]+\s+){0,2}?(?:rombongan|kunjungan|kedatangan|tamu|delegasi)"
    r"|(?:" + verbs.RECEIVED + r")\s+(?:langsung\s+)?(?:oleh\s+)?(?-i:[A-Z])"
    r"|(?:" + verbs.VISITING + r"|(?:" + verbs.TRAVELLING + r"|" + verbs.DEPARTING + r")\s+(?:ke|menuju)|tiba\s+di"
    r"|datang\s+ke)\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z]))",
    _I,
)


def study_named_trips(text: str) -> list[tuple[int, int]]:
    """Where a trip is named a study by the word "studi" with where it goes (`_STUDY_NAMED_TRIP_RE`), or with its host
    receiving or its group going in the sentence (`_GROUP_RECEIVED`): tried only at each "studi"/"study" (found by
    str.find), so the text is not scanned at every word."""
    low = folded(text)
    if low is None:
        return [(m.start(), m.end()) for m in _STUDY_NAMED_TRIP_RE.finditer(text)]
    found: list[tuple[int, int]] = []
    k = low.find("stud")
    while k >= 0:
        study = _STUDY_TO_PLACE_AT.match(text, k, k + 160)
        if study is None and (study := _STUDY_ALONE_AT.match(text, k, k + 40)) is not None:
            # (the sentence around it: from the stop before to the stop after)
            start, end = text.rfind(".", 0, k) + 1, text.find(".", k)
            if _GROUP_RECEIVED.search(text, start, end if end >= 0 else len(text)) is None:
                study = None
        doer = _STUDY_DOER_BEFORE.search(text, max(0, k - 30), k) if study is not None else None
        if study is not None and doer is not None and (not found or doer.start() >= found[-1][1]):
            found.append((doer.start(), study.end()))
        k = low.find("stud", k + 4)
    return found


_STUDY_VISIT = re.compile(
    r"(?=[mkr])\b(?:(?:melakukan|melaksanakan|menggelar|mengadakan|menjalani|rangka|mengikuti"
    r"|melangsungkan|menyelenggarakan|"
    + verbs.RECEIVING
    + r")\s+(?:kegiatan\s+)?"
    + _STUDY_NOUN
    + r"|"
    + _STUDY_NOUN
    + r"(?:\s+[\w(),/-]+){0,14}?\s+(?i:ke|menuju)\s+(?!luar\b)(?:(?-i:[A-Z])|(?:"
    + GOVERNMENT_WORD
    + r"|desa|kabupaten|kota|provinsi)\b))",
    _I,
)
_FUTURE = re.compile(r"\b(?:akan|berikutnya|nantinya|rencananya|direncanakan|selanjutnya)\b", _I)
# a retreat, the residential leadership course ("retret kepemimpinan", "Retret Kepala Daerah")
# a plan's place left open: "tujuannya belum ditentukan", "lokasinya belum kami tentukan", "daerah tujuan masih dibahas"
_UNDECIDED = re.compile(
    r"\b(?:tujuan|lokasi|tempat|daerah\s+tujuan|destinasi)(?:nya)?\s+(?:\w+\s+){0,3}?"
    r"(?:belum|masih)\s+(?:(?:di|kami\s+|kita\s+)tentukan|dibahas|dipilih|(?:kami\s+|kita\s+)?pilih|diputuskan)\b",
    _I,
)
# the activity named as a plan: "berencana melakukan studi banding", "rencana kunjungan kerja", "akan studi tiru"
_PLANNED_BEFORE = re.compile(
    r"\b(?:berencana|merencanakan|rencana(?:nya)?|direncanakan|akan|hendak|ingin)\b(?:\s+[\w-]+){0,3}?\s+$", _I
)
_RETREAT = re.compile(r"\b(?:retret|retreat)\b", _I)
# "membuka" in its figurative senses opens no event: a visit "membuka wawasan" or "membuka cakrawala" of its guests, a
# host "membuka pintu" or "membuka peluang kerja sama" (the words reports of a study visit close with: 17 tune
# reports of a visit by many outlets write one, pd-19 teraskabar with no other word of a ceremony)
_OPENED_IDIOM = (
    r"(?:wawasan|cakrawala|pikiran|mata|peluang|ruang|diri|akses|kesempatan|jalan|pintu|kerja\s*sama|hati|lapangan"
    r"|pandangan|jejaring|babak|keran|harapan|perspektif|paradigma|pola\s+pikir|mindset)\b"
)
# ... nor does a meeting "ditutup dengan foto bersama", "ditutup dengan tukar cendera mata", "… dengan peninjauan",
# the close of a visit's meeting (8 tune reports of a visit by 8 outlets write one), not of a course
_ENDED_WITH = (
    r"dengan\s+(?:sesi\s+)?(?:foto|tukar|pertukaran|saling|penyerahan\s+(?:cendera\w*|cindera\w*|kenang\S*|plakat|suvenir|souvenir)"
    r"|ramah|makan|diskusi|peninjauan|kunjungan|berkeliling)\b"
)
_CEREMONY = re.compile(
    # the first-letter gate spares the alternatives at most positions
    r"(?=[rmpdwk])\b(?:resmi\s+dibuka|membuka(?!\s+" + _OPENED_IDIOM + r")|pembukaan|dibuka\s+(?:oleh|secara)|penutupan"
    r"|ditutup(?!\s+" + _ENDED_WITH + r")|dinyatakan\s+lulus|(?:di)?wisuda|kelulusan)\b",
    _I,
)
# A group sent to attend a course held elsewhere: "dilepas menuju Jayapura guna mengikuti Pelatihan Kepemimpinan
# Administrator", "mengikuti pelatihan kepemimpinan atau Retret di Jatinangor", "menyelenggarakan Bimtek di Museum
# X, Pacitan" (mw-06 linkpapua, mg-06 jaretnews, lf-08 referensia; the course at its venue as in li-07 reachfar,
# lw-04 tatarmedia, mn-10 poskupang, lj-05 jpnn): the trip's purpose is the course, any course word (pelatihan,
# diklat, bimtek, retret, kursus, workshop, lokakarya, penataran), not learning from a host; a briefing at a host
# ("datang untuk mengikuti pembekalan" from the Bupati) is an audience, a visit
# (and any training programme by its name, which a cohort travels to attend: "guna mengikuti Latsar CPNS di BPSDM
# X", "untuk mengikuti PKN II di Jakarta"; attending its opening is attending it: "untuk mengikuti (upacara)
# pembukaan Diklatpim di BPSDM Y")
_COURSE = (
    r"(?:pelatihan|diklat|pendidikan\s+dan\s+pelatihan|bimbingan\s+teknis|bimtek|retret|retreat|kursus|workshop"
    r"|lokakarya|penataran|diklat\s*pim\w*|PKA|PKP|PKN|latsar|prajabatan)"
)
_COURSE_TRIP = re.compile(
    r"(?=[gudm])\b(?:(?:guna|untuk|dalam\s+rangka)\s+mengikuti\s+(?:(?:upacara|acara)\s+)?(?:pembukaan\s+)?"
    + _COURSE
    + r"\b"
    r"|(?:mengikuti|menyelenggarakan|menggelar|melaksanakan)\s+(?:kegiatan\s+)?" + _COURSE + r"\b[^.\n]{0,80}?"
    r"\bdi\s+(?-i:[A-Z]))",
    _I,
)

# A trip named only as money or as what is not done: councils' and offices' budget news writes the
# activity as a budget line ("anggaran studi banding sudah habis", "dana untuk studi banding"), as
# what cannot, did not or need not happen ("tak bisa lagi studi banding", "tanpa studi banding",
# "tidak lagi mengajukan studi banding") or as a habit ("rajin studi banding ke luar kota"); a trip
# that did happen is written with no such word before it ("tetap melakukan studi banding ke …")
_TALK_BEFORE = re.compile(
    # (the money budgeted or spent or its ceiling: "menganggarkan kunker", "plafon kunker"; not the budget committee
    # that travels, "Badan Anggaran DPRD A studi banding ke B")
    r"(?:(?<!badan\s)\b(?:anggaran|dana|biaya|pos|pagu|alokasi|plafon|ongkos|(?:meng|di)?anggarkan"
    r"|(?:meng|di)alokasikan)\b(?:\s+[\w-]+){0,2}?\s+(?:untuk\s+|bagi\s+)?"
    # ... or what is paid during trips: "ongkos hotel dan transportasi waktu kunker", "biaya penginapan selama studi
    # banding"
    r"|\b(?:ongkos|biaya)\b[^.\n]{0,40}?\s(?:waktu|selama|saat|ketika)\s+"
    r"|\b(?:tanpa|tak|tidak|belum(?!\s+lama)|bukan|jarang|rajin|sering|kerap|gemar|dilarang|melarang|larangan"
    # (the habit counted: "sudah puluhan kali menjadi lokasi studi lapangan", "berkali-kali studi banding")
    r"|(?:puluhan|belasan|ratusan|berulang)\s+kali|berkali-kali"
    r"|moratorium"
    # ... cut, stopped, limited, refused or a hobby: "memangkas studi banding", "pembatasan kunjungan kerja"
    r"|memangkas|pemangkasan|menghentikan|penghentian|membatasi|pembatasan|mengurangi|pengurangan|menghapus"
    r"|penghapusan|menolak|penolakan|enggan|ogah|hobi"
    # ... or only proposed or applied for, a trip not yet decided ("mengusulkan studi banding", "surat
    # permohonan studi banding", "usulan kunjungan kerja"): the same words that make a country named in its
    # sentence no stop (abroad._PROPOSED; ls-03 suara, lp-10 goriau, kv-15 kompas)
    r"|mengusulkan|diusulkan|usulan|mengajukan|pengajuan|permohonan|mewacanakan|wacana"
    # ... or only explored or weighed, a plan of a plan: "menjajaki kemungkinan studi banding", "mempertimbangkan
    # kaji banding", "masih menimbang studi tiru"
    r"|menjajaki|mempertimbangkan|menimbang)\b"
    r"(?:\s+[\w-]+){0,2}?\s+"
    # ... or urged on others, as a wish or a call ("berharap daerah lain melakukan studi banding ke",
    # "meminta kepala daerah menggelar studi banding", "mendorong Pemkab X melakukan studi banding",
    # "mengajak Ketua DPRD Y datang untuk studi banding"): any verb of wishing, asking or urging, then who
    # is to do it, then the doing
    r"|\b(?:berharap|mengharapkan|meminta|mendorong|mengajak|mengimbau|menyarankan|menganjurkan|mempersilakan)"
    r"\s+(?:[\w-]+\s+){1,5}?(?:(?:bisa|dapat|agar|supaya)\s+)?(?:melakukan|melaksanakan|menggelar|mengadakan"
    r"|datang\s+untuk)\s+"
    # ... what should, must or need not be done, an opinion on trips, not one made ("jangan cuma studi banding ke",
    # "perlu studi banding ke desa yang lebih maju", "seharusnya kunjungan kerja …"): the modal right before the
    # activity, or with an adverb between; a verb between is a requirement a programme's trip meets ("peserta harus
    # mengikuti studi lapangan ke Kota A pada 5 Mei")
    r"|\b(?:jangan|perlu|harus|mesti|mestinya|seharusnya|semestinya|sebaiknya)\s+"
    r"(?:(?:cuma|hanya|sekadar|sekedar|lagi|lebih|terus)\s+)?"
    # ... or every trip of a kind as what a clause is about, a rule for all of them ("Ia menerangkan, setiap kunker
    # dibahas dulu di Banmus"): the word right before the activity ("setiap peserta mengikuti studi lapangan ke A" is
    # a cohort's trip, each member on it) and opening its clause ("membawa dinas terkait setiap studi banding.
    # Contohnya kunjungan ke A" is how the trips are made, one then told)
    r"|(?:^|(?<=[,.;:\"“(\n])\s*|\bbahwa\s+)(?:setiap|tiap)\s+"
    # ... or said to exist, as a thing councils have, not a trip told: "ada kunjungan kerja", "hampir setiap bulan ada
    # jadwal studi banding", "kemudian ada studi komparasi ke luar daerah"
    r"|\b(?:ada|terdapat)\s+(?:(?:jadwal|agenda)\s+)?"
    # "rajin studi banding dan kunjungan kerja": the second of a pair is said the same way
    r"|\b(?:anggaran|dana|biaya|rajin|sering|kerap|tanpa)\s+[\w\s]{0,30}?\s(?:dan|atau|serta)\s+"
    # ... or banned, with who may not go between: "larangan bagi para legislator untuk studi banding", "melarang
    # anggota dewan melakukan kunjungan kerja", "kepala desa dilarang berangkat studi tiru"
    r"|\b(?:dilarang|melarang|larangan)\s+(?:[\w-]+\s+){0,5}?)$",
    _I,
)
# (a proposal that the same clause says was granted is a trip decided: "permohonan studi banding ke X sudah
# disetujui", "usulan kunjungan kerja itu dikabulkan")
_PROPOSED_WORD = re.compile(
    r"\b(?:mengusulkan|diusulkan|usulan|mengajukan|pengajuan|permohonan|wacana|menjajaki|mempertimbangkan|menimbang)",
    _I,
)
_GRANTED_AFTER = re.compile(
    r"[^.\n]{0,70}?\b(?:disetujui|dikabulkan|diizinkan|direstui|mendapat(?:kan)?\s+(?:izin|persetujuan|restu))\b", _I
)
# ... or with the habit said after it: "kunker selama ini sudah sesuai", "kunjungan kerja yang selama ini dijalankan"
# (the trips so far, as a kind)
_HABIT_AFTER = re.compile(r"\s+(?:yang\s+)?selama\s+ini\b", _I)
# (a trip said to exist that names who came or the place it went to is an event told, not a kind: "ada kunjungan kerja
# dari DPRD A", "ada studi banding anggota dewan ke Kota B"; "ke luar daerah" names no place)
_EXISTS = re.compile(r"(?:ada|terdapat)\b", _I)
_WHO_OR_WHERE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:dari|ke\s+(?-i:[A-Z]))", _I)
# ... but one pointed back to as "that trip" ("bukan isi studi tiru itu, melainkan biayanya", "tanpa
# kunjungan tersebut"): a particular trip the report has told of, whatever is said about it
# ("Studi banding itu kebutuhan pokok dewan" is "itu" opening a general statement, not that trip: the
# demonstrative closes the phrase, before a comma or a clause of its own)
_THAT_TRIP = re.compile(
    r"\s+(?:itu|tersebut|ini)\b(?=\s*[,.;:)]|\s+(?:melainkan|tetapi|namun|yang|sudah|telah|dilakukan|dilaksanakan"
    r"|berlangsung|digelar|diikuti)\b)",
    _I,
)
# ... or as a plan called off ("Rencana studi banding … ke Bali tahun ini batal"), put off or held back
# (any word of it: "ditunda", "tertunda", "ditangguhkan", "diundur", "dijadwalkan ulang", "tertahan", "belum
# mendapat izin"),
# not a delay the trip got past ("sempat ditunda")
_CALLED_OFF_AFTER = re.compile(
    r"[^.\n]{0,90}?(?<!sempat )\b(?:" + verbs.CALLED_OFF + r"|dijadwal(?:kan)?\s+ulang"
    r"|gagal\s+berangkat|belum\s+(?:mendapat(?:kan)?|memperoleh|mengantongi|dapat)\s+izin)\b",
    _I,
)
# ... or banned, not allowed or not needed, said after it (the modal before it, "jangan studi banding", said the other
# way round): "Jadi studi banding tidak boleh", "kunjungan kerja ke luar negeri dilarang", "studi tiru tidak perlu"
_BANNED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:(?:tidak|tak)\s+(?:boleh|diperbolehkan|dibolehkan|diizinkan|perlu|usah)|dilarang)\b"
    # (of the trip itself, its clause ending or the trip's own doing after: not "tidak perlu dipersoalkan", a verb
    # of another act)
    r"(?=\s*[,.;:!?\"”)]|\s+(?:lagi|dilakukan|dilaksanakan|digelar|diadakan|ke)\b)",
    _I,
)
# ... or with the calling off put first, as a noun: "Batalnya rombongan DPRD X melakukan studi banding …",
# "pembatalan keberangkatan 40 anggota dewan untuk studi banding"; and a condition set for whoever
# would go ("persyaratan bagi pejabat yang hendak studi banding ke luar negeri") names no one who went
# ... or as the verb of its senders, right before it: "Pemkot A menunda rencana studi banding ke B", "DPRD C
# membatalkan kunjungan kerja ke D", "batal melaksanakan studi tiru" (not a delay got past, "sempat menunda", nor
# one denied, "tidak membatalkan"; "gagal" is not among them: "gagal melakukan kunjungan kerja ke DPRD E" is
# also said of a group that went and found no one to receive it)
_CALLED_OFF_BEFORE = re.compile(
    r"(?:\b(?:batalnya|gagalnya|urungnya|pembatalan|dibatalkannya|penundaan|ditundanya|penangguhan|ditangguhkannya)"
    r"\b[^.\n]{0,60}"
    r"|(?<!sempat )(?<!tidak )(?<!tak )\b(?:batal|urung|membatalkan|menunda|menangguhkan|mengurungkan|meniadakan"
    r"|tidak\s+jadi)\s+(?:(?:melakukan|melaksanakan|menggelar|mengikuti|berangkat|rencana|agenda|kegiatan)\s+){0,2}"
    r"|\b(?:bagi|untuk)\s+(?:[\w-]+\s+){0,3}yang\s+(?:hendak|ingin|mau|berencana)\s+)$",
    _I,
)


# a legislative council or its members: "DPRD", "DPR", "Komisi II", "Pansus", "Baleg", "anggota dewan"
_COUNCIL = re.compile(
    r"\b(?:DPRD?|DPD|DPRK|DPRA|dewan|komisi|pansus|baleg|badan\s+legislasi|bapemperda|banmus|fraksi|legislator"
    r"|legislatif|wakil\s+rakyat)\b",
    _I,
)


# A council's kunker to a ministry or a directorate general ("kunjungan kerja ke Kementerian PUPR", "… ke Ditjen
# Bina Keuangan Daerah") is a consultation with the government above it, to propose funds or have a draft
# checked, as an executive's kunker is: not a council calling on its peers; so is one to the offices that oversee
# or audit regions: a bureau of the province's secretariat ("ke Biro Hukum Setda Provinsi"), the audit boards' and
# the ministries' regional offices ("ke BPK Perwakilan", "ke Kanwil …"), the central bank's
_MINISTRY = (
    r"(?:Kementerian|Kemen[A-Za-z]\w*|Direktorat\s+Jenderal|Ditjen|Sekretariat\s+Jenderal|Setjen"
    r"|Bappenas|Biro\s+[A-Z]\w+|BPKP?|Kanwil|Kantor\s+Wilayah|(?:Perwakilan\s+)?Bank\s+Indonesia|OJK)\b"
)
_TO_MINISTRY = re.compile(r"\bke\s+(?:[Kk]antor\s+)?" + _MINISTRY)
# ... or the object of a verb of calling on it ("mendatangi Kementerian Dalam Negeri", "menyambangi Ditjen …",
# "menemui pejabat Kementerian Hukum"), when the sentence sends the council to no other place by its name (a verb's
# object may be one stop of a tour: "ke Jakarta dan Palembang, mendatangi Kementerian Sosial")
_CALLS_ON_MINISTRY = re.compile(
    r"\b(?i:(?:men)?datangi|(?:me)?nyambangi|sambangi|(?:me)?ngunjungi|(?:me)?nemui|temui|bertemu(?:\s+dengan)?)"
    r"\s+(?:(?:[Kk]antor|pejabat|para\s+pejabat|jajaran)\s+)?" + _MINISTRY
)
# a place a sentence sends someone to by its name, the capital the ministries sit in aside ("ke Jakarta")
_OTHER_PLACE_GONE_TO = re.compile(r"\b(?:ke|menuju)\s+(?:[\w-]+\s+){0,2}?(?!(?:DKI\s+)?Jakarta\b)(?-i:[A-Z])")


# ... a government or council of a region gone to beside it
_PEER_GONE_TO = re.compile(
    r"\b(?:ke|dan|serta)\s+(?:[Kk]antor\s+)?(?:DPRD|DPRK|Pemerintah|Pemkab|Pemkot|Pemprov|Kabupaten|Kota|Provinsi|Desa)\b"
)


def working_trip_only(text: str, activities: list) -> bool:
    """Every trip the article names is a "kunjungan kerja" (kunker), and no sentence naming one names a
    council: an executive's working trip (a governor touring his regencies, a regent calling on another,
    a headquarters team checking a unit), which SCHEMA counts only with a stated purpose of learning;
    a council's kunker to another council or government is how councils consult, a visit by itself (a
    council named in a sentence that tells of going: "DPRD A sudah bertandang ke Pemkot B. Kunjungan kerja
    serupa dilakukan Pemkab C"; one named only as present, "dihadiri Ketua DPRD", travels nowhere)."""
    if not activities or any(a.activity != "kunjungan kerja" for a in activities):
        return False
    if search(_COUNCIL, text) is None:
        return True  # no council in the whole text, so in none of its sentences (spares finding them)
    sents = sentence_spans(text)
    told = {sentence_at(sents, a.start) for a in activities}
    # (scanning.finditer: the same matches, the pattern tried only where its leads start, not at every word)
    told.update(sentence_at(sents, m.start()) for m in strong_cues(text))
    council = [sent for sent in told if _COUNCIL.search(text, *sent)]
    ministry = any(_overseers_only(text, sent) for sent in council)
    # (with the council sent to a ministry, a sentence naming it and no place gone to names the delegation of that
    # trip, "Rombongan dipimpin Ketua DPRD X", and sends it to no peer: pi-24 palu.inews probe, lk-11 kabargupas)
    return not any(
        not _overseers_only(text, sent) and not (ministry and _PLACE_GONE_TO.search(text, *sent) is None)
        for sent in council
    )


# a place a sentence sends someone to or has them at, by its name: "ke Kota X", "menuju Jakarta", "di Bogor" (not
# "di antaranya H. Zainal", a list of who went)
# (nor "ke Luar Daerah", a headline's capitals for "out of the region", which names no place: "Dewan Kunker ke Luar
# Daerah", "Kunjungan ke Luar Kota")
# (nor "di DPRD" written bare, the council's own house it left: "ruang-ruang komisi di DPRD pun sepi"; a council
# named with its region, "di DPRD Kota A", is one gone to)
_PLACE_GONE_TO = re.compile(
    r"\b(?:(?:ke|menuju)\s+(?!Luar\s+(?:Daerah|Kota|Provinsi|Wilayah|Pulau)\b)(?:[\w-]+\s+){0,2}?"
    r"|di\s+(?!DPRD\b(?!\s+(?-i:[A-Z]))))(?-i:[A-Z])"
)


def _overseers_only(text: str, sent: tuple[int, int]) -> bool:
    """The sentence sends the council to a ministry or an office overseeing regions (`_TO_MINISTRY`) and to no
    government or council of a region besides ("ke Biro Hukum Setda Provinsi A dan DPRD Kota B" calls on a peer)."""
    if _PEER_GONE_TO.search(text, *sent) is not None:
        return False
    if _TO_MINISTRY.search(text, *sent) is not None:
        return True
    return _CALLS_ON_MINISTRY.search(text, *sent) is not None and _OTHER_PLACE_GONE_TO.search(text, *sent) is None


# A trip's results presented at home ("seminar hasil studi lapangan", "memaparkan hasil kunjungan kerja", "laporan
# hasil benchmarking") name a trip made earlier without telling it: the report is of the presentation ...
# (or its running evaluated: "rapat evaluasi pelaksanaan SSDN PPRA 66 di Gedung Lemhannas")
_RESULTS_OF = re.compile(r"\b(?:hasil|laporan|evaluasi)(?:\s+(?:pelaksanaan|kegiatan|penyelenggaraan))?\s+$", _I)
# ... unless the naming says where the trip went ("hasil studi lapangan ke Kabupaten X", "hasil VKN di dua desa",
# "hasil studi banding anggota DPRD A ke Pemkot B"; a hall is where the results are heard: "seminar hasil studi
# lapangan di Aula BPSDM") or points back to the trip the report tells ("hasil studi banding ini dapat …")
_GONE_TO = re.compile(
    r"(?:\s+[\w()/-]+){0,6}?\s+(?:ke\s|di\s+(?!(?:aula|ruang|gedung|kampus|hotel|pendopo|pendapa|hadapan|depan)\b))"
    r"|\s+(?:itu|tersebut|ini)\b",
    _I,
)


_NATIONAL_PARLIAMENT = re.compile(r"\bDPR\b(?!D)")
_REGIONAL_COUNCIL = re.compile(r"\b(?:DPRD|DPRK|DPRA)\b")


def _regional_council_travels(text: str) -> bool:
    """A regional council is named in a sentence that tells a trip (`_trip_sentences`), where it may be the one that
    goes ("DPRD Kabupaten A berkunjung ke Komisi II DPR RI"); one named only as present at the host's meeting or
    dinner ("Ketua DPRD provinsi ikut memberi sambutan") travels nowhere."""
    if _REGIONAL_COUNCIL.search(text) is None:
        return False
    return any(_REGIONAL_COUNCIL.search(text, start, end) for start, end in _trip_sentences(text))


def council_kunker_only(text: str, activities: list) -> bool:
    """Every trip named is a kunjungan kerja, no study word or purpose of learning is told, and a council is named:
    a trip that stands only as a council's (`working_trip_only`), which oversight in its own region is not."""
    return (
        bool(activities)
        and all(a.activity == "kunjungan kerja" for a in activities)
        and search(_COUNCIL, text) is not None
        and not _learning(text)
        and not _study_visit_told(text)
    )


# a council's kunker told as oversight in a sentence that names it: its aim to monitor, evaluate, supervise or make
# sure how a programme or a unit runs ("Kunker itu untuk memastikan perkembangan BUMDes", "kunjungan kerja terkait
# monitoring dan evaluasi OPD mitra kerja")
@cache
def _council_oversight_aim() -> re.Pattern:
    return re.compile(
        r"\b(?:untuk|guna|dalam\s+rangka|bertujuan|terkait(?:\s+dengan)?)\s+(?:[\w-]+\s+){0,3}?"
        rf"(?:{oversight_words()})\b",
        _I,
    )


def council_oversight_told(text: str, activities: list) -> bool:
    """Every trip named is a kunjungan kerja, a council is named, no study word is told, and a sentence naming a
    kunker gives it an aim of oversight (data/purpose.json, oversight): a council's kunker in its own region is then its
    oversight of that region's offices and programmes, which SCHEMA does not count, whatever the members say they
    saw there ("melihat lebih dekat pengelolaan …")."""
    if not activities or any(a.activity != "kunjungan kerja" for a in activities):
        return False
    if search(_COUNCIL, text) is None or _study_visit_told(text):
        return False
    sents = sentence_spans(text)
    return any(_council_oversight_aim().search(text, *sentence_at(sents, a.start)) is not None for a in activities)


@cache
def _agencies_data() -> dict:
    """data/agencies.json, read once for the patterns of this module that need it."""
    return json.loads(resources.files("diklat_cli.data").joinpath("agencies.json").read_text("utf-8"))


@cache
def _to_partners() -> re.Pattern:
    """ "ke" or "di" and, a few words on, the council's partners (agencies.json council_partners): "kunker ke sejumlah
    OPD yang menjadi mitra kerja", "ke mitra-mitra kami", "digelar di tiga unit yang menjadi mitra Komisi A" (not
    "sesama mitra", a peer's word for a peer)."""
    data = _agencies_data()
    words = either(data["council_partners"], spaced=True)
    return re.compile(rf"\b(?:ke|di)\s+(?:[\w-]+\s+){{0,5}}?(?<!sesama\s)(?:{words})\b", _I)


def council_calls_on_partners(text: str, activities: list) -> bool:
    """A council's kunker only (`council_kunker_only`), told in a sentence as gone to its partners, the offices of
    its own government a commission oversees ("Komisi B melakukan kunjungan kerja ke OPD yang menjadi mitra kerja"):
    oversight at home, which SCHEMA does not count, not a study of a host."""
    if "itra" not in text or not activities or any(a.activity != "kunjungan kerja" for a in activities):
        return False
    sents = sentence_spans(text)
    pattern = _to_partners()
    # (the sentences first, then the whole text's tests of `council_kunker_only`, which few articles reach)
    told = any(pattern.search(text, *sentence_at(sents, a.start)) is not None for a in activities)
    return told and council_kunker_only(text, activities)


def place_undecided(text: str, activities: list) -> bool:
    """Every naming of the activity is a plan, and the plan's place is left open ("berencana studi banding …;
    tujuannya belum ditentukan, bisa ke A atau B"): SCHEMA counts an announced trip with the place it goes to, and
    this one goes nowhere yet (asked once no host is missing: a plan naming no place at all has no host)."""
    return (
        bool(activities)
        and all(_PLANNED_BEFORE.search(text, max(0, a.start - 40), a.start) for a in activities)
        and _UNDECIDED.search(text) is not None
    )


def trips_only_talked_of(text: str, activities: list) -> bool:
    """Every mention of the activity is a budget line, a negation, a habit, a cancelled plan or the
    results of a trip: the article is about money or rules for trips, or a report heard, not a trip."""
    if not activities:
        return False
    prev_end = -1
    for a in activities:
        if 0 <= a.start - prev_end <= 3 and text[prev_end : a.start].strip() == "(":
            prev_end = a.end
            continue  # its short form in brackets, "Studi Strategis Dalam Negeri (SSDN)": the naming before it
        prev_end = a.end
        if _CALLED_OFF_AFTER.match(text, a.end, a.end + 100) or _BANNED_AFTER.match(text, a.end, a.end + 60):
            continue
        if (
            _RESULTS_OF.search(text, max(0, a.start - 30), a.start)
            and not _GONE_TO.match(text, a.end)
            # (results of trips abroad whose countries are named: "hasil SSLN … negara tujuan Uzbekistan")
            and not abroad.find_stops(text)
        ):
            continue
        before = text[max(0, a.start - 80) : a.start]  # (a wish names who is to go: the longest shape)
        if _CALLED_OFF_BEFORE.search(text, max(0, a.start - 90), a.start) or _HABIT_AFTER.match(text, a.end):
            continue
        # (scanning.search: the same match, the window's words looked for first and the pattern tried only where
        # one of them starts, not at each of its 80 offsets)
        if not (talk := search(_TALK_BEFORE, before)) or _THAT_TRIP.match(text, a.end, a.end + 40):
            return False
        if _PROPOSED_WORD.search(talk.group()) and _GRANTED_AFTER.match(text, a.end, a.end + 80):
            return False  # the proposal granted: "permohonan studi banding … disetujui, rombongan berangkat"
        if _EXISTS.match(talk.group()) and _WHO_OR_WHERE_AFTER.match(text, a.end, a.end + 60):
            return False  # a trip told as an event: "Senin lalu ada kunjungan kerja dari DPRD A ke Kota B"
    return True


# the host receiving a party, its visit or its coming: "menjamu kunjungan peserta …", "menerima rombongan …", "menyambut
# kedatangan tim …"
_PARTY_RECEIVED = re.compile(
    r"\b(?:" + verbs.RECEIVING + r")\s+(?:(?:hangat|langsung|baik)\s+)?(?:(?:" + verbs.RECEIVED_GROUP + r")\s+)?"
    # (a cohort's members, or a party of a government named: "menjamu kunjungan peserta PKN", "menerima rombongan
    # Pemkab A", "menyambut kedatangan tim DPRD B"; not whoever else a host receives, residents, students, protesters)
    r"(?:(?:para\s+)?(?:"
    + trainees.TRAINEES
    + r")\b|(?:(?:tim|delegasi|utusan|rombongan)\s+)?(?:dari\s+)?(?:"
    + GOVERNMENT_NAME
    + r"|(?-i:DPRD|DPR|Dinas|Badan|Kementerian|Kabupaten|Kota|Provinsi|Desa|Komisi|Pansus|BPSDM|Bappeda))\b)",
    _I,
)


def _trip_told_apart(text: str, activities: list) -> bool:
    """A trip is told apart from the activity's namings that are talk of trips: a study named with where it went
    (`_study_visit_told`: "menggelar studi pembelajaran ke Kabupaten A" beside "sering menjadi rujukan studi banding"),
    or a sentence naming no activity that tells the host receiving a party (`_PARTY_RECEIVED`: "Wakil Wali Kota
    menjamu kunjungan peserta PPRA" beside "kota ini kerap menjadi tujuan kunjungan kerja"). A report of one trip
    often says its host is a frequent goal of such trips; that remark is no account of the trips the report is of."""
    told = [_Told(m.start(), m.end()) for m in finditer(_STUDY_VISIT, text)]
    told += [_Told(start, end) for start, end in study_named_trips(text)]
    # (a study named apart from the activity's namings: the same naming read again, "meminta kepala daerah menggelar
    # studi banding ke A", is the talk already weighed)
    told = [t for t in told if not any(t.start <= a.start < t.end for a in activities)]
    if told and not trips_only_talked_of(text, told):
        return True
    for start, end in _trip_sentences(text):
        if any(start <= a.start < end for a in activities):
            continue
        if _PARTY_RECEIVED.search(text, start, end) is not None:
            return True
    return False


class _Told(NamedTuple):
    start: int
    end: int


def _study_visit_told(text: str) -> bool:
    """A study visit is named ("kunjungan edukasi ke Kota X") and not every naming of it is talk of trips: a
    plan called off, a refusal, a budget line ("Rencana kunjungan studi ... ke Kota X batal", "menolak
    kunjungan edukasi ... ke Kota X"), as for the activities."""
    told = [_Told(m.start(), m.end()) for m in finditer(_STUDY_VISIT, text)]
    told += [_Told(start, end) for start, end in study_named_trips(text)]
    return bool(told) and not trips_only_talked_of(text, told)


def learnt_where_gone(text: str) -> int | None:
    """Where a sentence that states a purpose of learning (`_learning`) names the place the learning is done at
    or gone to ("menimba ilmu ke Banyuwangi": `purpose.place_of_learning`), else None."""
    if not _learning(text):
        return None
    return place_of_learning(text, chain(finditer(LEARNING, text), purpose_clauses(text)))


def learnt_at_another_region(text: str) -> tuple[int, int] | None:
    """Where the learners' home and the office of another region they learnt at are named
    (`purpose.region_learnt_at`), else None."""
    if not _learning(text):
        return None
    return region_learnt_at(text, chain(finditer(LEARNING, text), purpose_clauses(text)))


def _strong_cue(text: str) -> bool:
    """STRONG_CUES.search(text) is not None, told first by its commonest words, "kunjungan" or "rombongan" written
    alone (the pattern's first words: where one stands, the pattern matches), found by str.find: the pattern is
    then not tried at each word before the first of its cues, often far into the text."""
    low = folded(text)
    if low is not None:
        for word in ("kunjungan", "rombongan"):
            k = low.find(word)
            while k >= 0:
                after = k + len(word)
                if (k == 0 or not _word_char(text[k - 1])) and (after == len(text) or not _word_char(text[after])):
                    return True
                k = low.find(word, k + 1)
    return strong_cue(text) is not None


def _word_char(c: str) -> bool:
    """The character is one a regex's \\w matches (a letter or digit of any script, or "_")."""
    return c.isalnum() or c == "_"


# a coming to the country itself, "datang ke Indonesia", "berkunjung ke Indonesia", "wisatawan yang masuk ke
# Indonesia": foreigners, tourists or investors coming, told as a country's fortune; no group goes to a host in it
_TO_THE_COUNTRY = re.compile(
    r"\b(?:datang|berkunjung|berwisata|masuk|kunjungan(?:\s+wisatawan)?)\s+ke\s+Indonesia\b(?!\s+(?:untuk|guna)\s+stud)"
)


@lru_cache(maxsize=8)
def travel_cue(text: str) -> bool:
    """The words state a trip: a strong cue or an activity written with where it goes (asked
    twice per article: when deciding it reports a visit, and whether a host is needed)."""
    # a courtesy call ("kunjungan kehormatan kepada Gubernur", "kunjungan silaturahmi ke Bupati") is one
    # official calling on another, not a group going to learn: its words state no trip (blanked, so a
    # study trip the same sentence also names still counts); the needles keep the blanking off most articles
    if ("kunjungan" in text or "Kunjungan" in text) and search(programs.courtesy_call_re(), text) is not None:
        text = programs.courtesy_call_re().sub(lambda m: " " * len(m.group()), text)
    if "ke Indonesia" in text:
        text = _TO_THE_COUNTRY.sub(lambda m: " " * len(m.group()), text)
    return (
        _strong_cue(text)
        or search(ACTIVITY_TO_PLACE, text) is not None
        or search(_HOST_RECEIVES, text) is not None
        or search(_STUDY_OF_HOST, text) is not None
        or search(_LEARNING_AT_PLACE, text) is not None
        or search(_FIELDWORK_AT_PLACE, text) is not None
        or search(_EXERCISE_AT_PLACE, text) is not None
        or _cadets_placed(text)
        or search(_STAY_AT_PLACE, text) is not None
        or search(_TRAINEES_PLACED, text) is not None
        or search(_TRAINEES_AT_HOST, text) is not None
        or _stage_held_abroad(text)
        or bool(abroad.find_stops(text))  # a trip abroad: "studi banding ke Jepang"
        or bool(study_named_trips(text))  # "melakukan studi ke TP PKK Kabupaten X", "studi inovasi di Kabupaten Y"
    )


def _states_trip(sentence: str) -> bool:
    """A sentence states a trip by learning or fieldwork at a place, a study of a host, or a stage held abroad
    (`travel_cue`)."""
    return (
        _stage_held_abroad(sentence)
        or search(_STUDY_OF_HOST, sentence) is not None
        or search(_LEARNING_AT_PLACE, sentence) is not None
        or search(_FIELDWORK_AT_PLACE, sentence) is not None
        or search(_EXERCISE_AT_PLACE, sentence) is not None
        or _cadets_placed(sentence)
    )


# a place called on by a verb of visiting or stopping over ("berkunjung ke Kabupaten X", "mengunjungi Dinas Y",
# "singgah di Kabupaten W"), the first word of what is visited; or a host that receives the group ("Pemkab Z
# menerima kunjungan", "diterima Bupati Gowa", "disambut Wali Kota Parepare": a region's head, not the course's)
# (no_visit_signs._HOST_CALLED_ON reads the same calling on, receiving and being received: there a host body by
# any name)
_CALLED_ON = re.compile(
    r"\b(?:(?:" + verbs.CALLING_ON + r"|singgah\s+di)\s+(?:kantor\s+)?"
    r"(?P<to>[\w-]+)"
    r"|(?:" + verbs.RECEIVING + r")\s+(?:" + verbs.RECEIVED_GROUP + r")"
    r"|" + verbs.RECEIVED_BY + r"(?:(?-i:Wakil|Plt\.?|Pj\.?)\s+)?"
    r"(?-i:Bupati|Wali\s*[Kk]ota|Walikota|Gubernur|Sekda|Sekretaris\s+Daerah|Camat|Lurah|Kepala\s+Desa|Ketua\s+DPRD)\b)",
    _I,
)

# a name: capitalised words, "dan" between ("Museum dan Galeri Seni SBY-Ani")
_NAME_RUN = re.compile(r"(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?:dan\s+)?(?-i:[A-Z])[\w-]*)*)")
_SENT_TO_RUN = re.compile(r"\b(?:ke|menuju)\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)[^.\n]*$", _I)


def _course_attended(text: str) -> bool:
    """The group travels to attend a course (`_COURSE_TRIP`), and no sentence names a study visit or tells
    learning or fieldwork at a place or a study of a host (`_states_trip`), and no place is called on but the
    course's own venue, named in the course's sentence ("menggelar Bimtek di Museum X" and a caption's
    "mengunjungi Museum X"): with no study word, the course is what the trip is for; a cohort in training that
    also "berkunjung ke Kabupaten Y" makes a visit."""
    course = search(_COURSE_TRIP, text)
    if course is None or _study_visit_told(text):
        return False
    if search(ACTIVITY_TO_PLACE, text) is not None or _states_trip(text):
        return False
    # the venue: the name after "di" in the course's words, or where the group is sent before "guna mengikuti"
    if course.group()[-1].isupper():  # "… di X": the match ends at the venue's first letter
        venue = _NAME_RUN.match(text, course.end() - 1)
    else:
        venue = _SENT_TO_RUN.search(text, max(0, course.start() - 60), course.start())
    named = venue.group("name").lower() if venue else ""
    return not any(m.group("to") is None or m.group("to").lower() not in named for m in finditer(_CALLED_ON, text))


# a call told by its aim of ties between two bodies: "dalam rangka silaturahmi", "untuk mempererat hubungan
# antarlembaga", "kunjungan resmi", "menerima audiensi" (the words of a courtesy call, data/programs.json, said
# of the meeting rather than after "kunjungan")
_TIES_AIM = re.compile(
    r"\b(?:silatur(?:r)?ahmi|silaturahim|audiensi|courtesy\s+call|kunjungan\s+(?:resmi|kehormatan)"
    r"|(?:mempererat|merekatkan|mengeratkan|menjalin|memperkuat|meningkatkan)\s+(?:tali\s+)?(?:hubungan|persaudaraan"
    r"|kekeluargaan|silatur(?:r)?ahmi)|(?:menjalin|menjajaki|membangun|sepakat\s+menjalin)\s+kerja\s*sama)\b",
    _I,
)
# the words of LEARNING that tell an exchange between host and guests, not what the guests came to learn
_EXCHANGE = re.compile(r"(?:saling\s+)?(?:bertukar|berbagi|tukar|sharing)\b", _I)
# ... unless the exchange is on a matter of the work both bodies do, told after it: a noun of running a thing
# ("saling tukar informasi terutama dalam penyelenggaraan pemerintahan", "bertukar pikiran soal penyusunan jadwal
# sidang") or a verb of doing it ("berbagi pengalaman menangani logistik bencana"); SCHEMA's "A call on a peer":
# silaturahmi beside such an exchange does not unmake the visit (belitongekspres, kabartimur: 2 real reports of 2
# outlets). An exchange of what the regions are ("tentang perkembangan dan pembangunan daerah masing-masing",
# "soal pembangunan", "potensi daerah"), or of a shared border, is a courtesy call's talk, and stays one, as
# stories swapped ("bertukar cerita") are.
_EXCHANGE_ON_WORK = re.compile(
    r"(?:[\w-]+\s+){0,4}?(?:(?:terutama|khususnya|utamanya)\s+)?"
    r"(?:(?:soal|terkait|tentang|mengenai|seputar|perihal|dalam(?:\s+hal)?|di\s+bidang)\s+"
    r"(?!(?:perkembangan|pembangunan|potensi|profil|keadaan|kondisi|situasi|keunggulan|kekayaan|perbatasan|batas)\b)"
    r"(?:pe\w{3,}an|tata\s+\w+)(?![^.\n]{0,40}\bdaerah\s+masing)"
    r"|(?:menangani|mengelola|menyusun|menata|mengatasi|melaksanakan|menyelenggarakan|menerapkan|mengembangkan)\s)",
    _I,
)


_WISH_TO_KNOW = re.compile(r"(?:mengetahui|tahu)\s", _I)
# a thing praised as worth copying, by whoever: "patut ditiru" is a touring superior's praise as often as a guest's
_PASSIVE_COPY = re.compile(r"di(?:contoh|tiru)", _I)
# ... as is the motto of copying ("amati, tiru, modifikasi"), a superior's call on others as often as a guest's aim
_MOTTO = re.compile(r"amati\b", _I)


def _inspecting(text: str, m: re.Match) -> bool:
    """A wish to know (`LEARNING`) said by a touring superior (`purpose.touring_superior`); a wish to apply, or a
    thing praised as worth copying ("Menurutnya, pasar itu patut ditiru" after "Gubernur meninjau …"), in a text
    that names a touring superior anywhere."""
    if _WISH_TO_KNOW.match(m.group()):
        return touring_superior(text, m.start())
    return (
        m.group().startswith("menerapkan") or _PASSIVE_COPY.match(m.group()) is not None or _MOTTO.match(m.group())
    ) and superior_named(text)


def _learning_told(text: str) -> bool:
    """The text states a purpose of learning (`LEARNING`), asked of a trip given no study name. A call told by
    its aim of ties (`_TIES_AIM`) is then a courtesy call, however its talk is spent: host and guests "saling
    bertukar cerita", "berbagi pengalaman", "sharing" at any meeting, so in such a report only learning in
    other words (the guests "belajar", "mempelajari", "menimba ilmu") states one, or an exchange on a matter of
    the work both bodies do (`_EXCHANGE_ON_WORK`)."""
    first = search(LEARNING, text)  # (the same first match, tried only where its leads start)
    if first is None:
        return False
    if _inspecting(text, first):
        # "Bupati X mendatangi Desa Y. Ia ingin tahu cara …": a superior's wish to know is an inspection, as for
        # the clauses of purpose, and a superior touring anywhere in the text makes a wish to apply a thing "di
        # Kebumen" his own region's rule; any other learning told still counts
        first = next((m for m in LEARNING.finditer(text, first.start()) if not _inspecting(text, m)), None)
        if first is None:
            return False
    if search(_TIES_AIM, text) is None:
        return True
    # a courtesy call: only the guests' own learning, in other words than an exchange, states a purpose; the host's
    # (`_host_learns`) runs the other way
    return any(
        (
            not _EXCHANGE.match(m.group())
            or ("cerita" not in m.group() and _EXCHANGE_ON_WORK.match(text, m.end() + 1) is not None)
        )
        and not _host_learns(text, m)
        for m in LEARNING.finditer(text, first.start())
    )


# Learning said of the host in a call: from the guests' region ("Kami juga belajar dari Bangka", the Bangka regent
# being the one who came: pi-37 belitongekspres probe) or with the receiving body as its subject ("Kukar bisa
# mencontoh …", Kukar having "kedatangan tamu": ms-06 bebaca) runs from host to guests and states no purpose of
# their trip
_FROM_NAME = re.compile(
    r"\s+dari\s+(?:(?:Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemprov|Pemerintah)\s+(?:(?:Kabupaten|Kota|Provinsi)\s+)?)?"
    r"([A-Z][\w-]+)"
)
# (the name before the verb, or before the verb it is joined to: "Kukar bisa mencontoh dan mengadopsi …")
_SUBJECT_NAME = re.compile(
    r"\b([A-Z][\w-]+)\)?\s+(?:(?:juga|bisa|dapat|akan|ingin|perlu|harus|banyak|pun)\s+){0,2}(?:\w+\s+(?:dan|serta|atau)\s+)?$"
)


@lru_cache(maxsize=64)
def _came(name: str) -> re.Pattern:
    """N came: N going "ke" somewhere, or the guests being "dari N" (compiled once for each name)."""
    name = re.escape(name)
    return re.compile(
        rf"\b{name}\b[^.\n]{{0,80}}?\b(?:kunjungan|berkunjung|bertandang|bersilatur(?:r)?ahmi|bersilaturahim|datang"
        rf"|tiba)\b[^.\n]{{0,60}}?\bke\b|\b(?:tamu|rombongan|kunjungan)\b[^.\n]{{0,60}}?\bdari\s+(?:[\w.]+\s+){{0,3}}?{name}\b"
    )


@lru_cache(maxsize=64)
def _received(name: str) -> re.Pattern:
    """N received: "N kedatangan / menerima / dikunjungi …" (compiled once for each name)."""
    return re.compile(
        rf"\b{re.escape(name)}\)?\s+(?:\w+\s+){{0,2}}?(?:kedatangan|menerima|dikunjungi|disambangi|didatangi)\b"
    )


def _host_learns(text: str, m: re.Match) -> bool:
    """The learning `m` is the host's: learnt from a name that came ("dari N", N going "ke" somewhere or the guests
    being "dari N"), or said of a name that received ("N kedatangan / menerima / dikunjungi …")."""
    after = _FROM_NAME.match(text, m.end())
    if after is not None and _came(after.group(1)).search(text):
        return True
    before = _SUBJECT_NAME.search(text, max(0, m.start() - 40), m.start())
    if before is None:
        return False
    return _received(before.group(1)).search(text) is not None


# the programme's own staff, who go to its trainees and alumni to examine, coach or evaluate them, or to the regions
# that send them to explain the course: examiners, coaches and mentors, widyaiswara, a team of evaluation or
# monitoring, the head or a team of a training body
# ... and those who assess the programme itself, its accreditation or its spending: an assessor, an auditor, a team
# of accreditation ("Tim asesor LAN melakukan visitasi akreditasi ke BPSDM X")
# (the words that name an errand of assessing by themselves: _ASSESSOR)
# (the errands a team is named by: "tim monev", "tim penilai", "tim akreditasi")
_ERRANDS_OF_ASSESSING = (
    r"evaluasi|monitoring|monev|penilai|penguji|supervisi|verifikasi|asesor|akreditasi|audit|pemeriksa"
)
_ASSESSOR = r"penguji|evaluator|asesor|auditor|(?:dewan\s+|tim\s+)?juri|tim\s+(?:" + _ERRANDS_OF_ASSESSING + r")"
_STAFF = re.compile(
    r"\b(?:" + _ASSESSOR + r"|coach|mentor|widyaiswara"
    r"|(?:kepala|tim)\s+(?:dari\s+)?(?:BPSDM\w*|PPSDM|Pusdiklat|Badiklat|Bapelkes|BKPSDM|Balai\s+Diklat))\b",
    _I,
)
_ASSESSOR_NAMED = re.compile(r"\b(?:" + _ASSESSOR + r")\b", _I)
# ... and what they come for
_ASSESSING = re.compile(
    r"\b(?:menguji|ujian|mengevaluasi|evaluasi|memantau|pemantauan|monitoring|monev|supervisi|memverifikasi"
    r"|verifikasi|menilai|penilaian|coaching|akreditasi|reakreditasi|audit|mengaudit|asesmen|memeriksa|pemeriksaan)\b",
    _I,
)
# who acts in a sentence: the first trainee or staff word (a staff word joined to trainees, "widyaiswara dan
# peserta", or following a word of company, "didampingi mentor", is no subject of its own)
_ACTOR = re.compile(
    r"\b(?P<trainee>" + trainees.TRAINEES + r")\b|(?<!didampingi\s)(?<!bersama\s)(?<!beserta\s)"
    r"(?P<staff>"
    + _STAFF.pattern
    + r")(?!\s+(?:\w+\s+)?(?:dan|bersama|beserta|serta)\s+(?:para\s+)?(?:"
    + trainees.TRAINEES
    + r")\b)",
    _I,
)


# ... but people named after a word of whom a thing is given to or done for ("membagikan kuesioner kepada peserta",
# "pembekalan bagi para peserta") are its receivers, not who acts
_RECEIVER_BEFORE = re.compile(r"\b(?:kepada|bagi|terhadap)\s+(?:para\s+|seluruh\s+|setiap\s+)?$", _I)


def _actor(sentence: str) -> re.Match | None:
    """The first trainee or staff word of the sentence (`_ACTOR`) that is not the receiver of what it tells."""
    return next(
        (
            a
            for a in _ACTOR.finditer(sentence)
            if _RECEIVER_BEFORE.search(sentence, max(0, a.start() - 20), a.start()) is None
        ),
        None,
    )


def _staff_trip_only(text: str, named_trip: bool = False, assessors: bool = False) -> bool:
    """Every sentence that tells a trip (`_trip_sentence`) has the programme's staff as its subject (`_ACTOR`), or
    no one and an errand of examining (`_ASSESSING`: "Kunjungan itu untuk mengevaluasi aktualisasi"): examiners,
    mentors or the head of the training body going to the trainees' workplaces or regions ("Tim penguji BPSDM
    mengunjungi Kabupaten A untuk menguji proyek perubahan", "Coach dan mentor mengunjungi peserta di tempat
    kerja masing-masing") is the course's assessment; its cohort went nowhere.
    With the trip named by an activity word (`named_trip`: "visitasi", "kunjungan lapangan"), which a cohort's own
    trip is named by too, the staff's sentence must also state the errand: an assessor by name (`_ASSESSOR`) or an
    errand of assessing ("Tim asesor melakukan visitasi akreditasi ke BPSDM X"); a widyaiswara going with the
    cohort on its "studi lapangan" is the cohort's trip. With no programme named (`assessors`), only an assessor by
    name leads such a trip: a jury or a ministry's team of verification on a "kunjungan lapangan" to grade a
    region's innovation is no study visit either."""
    staff_led = False
    for start, end in _trip_sentences(text):
        sentence = text[start:end]
        actor = _actor(sentence)
        if actor is not None and actor.group("staff"):
            assessor = _ASSESSOR_NAMED.match(actor.group("staff")) is not None
            if (named_trip and not (assessor or _ASSESSING.search(sentence))) or (assessors and not assessor):
                return False
            staff_led = True
        elif actor is not None or not _ASSESSING.search(sentence):
            return False
    return staff_led


# the trainees as the ones visited: "Pangdam mengunjungi siswa Secapa", "Menteri menyapa peserta PKN II di kampus"
_TRAINEES_VISITED = re.compile(
    # (a headline's bare verb too: "Pangdam Kunjungi Peserta …")
    r"\b(?:mengunjungi|kunjungi|menyambangi|sambangi|menyapa|sapa|mendatangi|datangi|meninjau|tinjau|menjenguk"
    r"|jenguk)\s+(?:para\s+|seluruh\s+|\d+\s+)?"
    r"(?:" + trainees.TRAINEES + r")\b",
    _I,
)


def _trainees_visited_only(text: str) -> bool:
    """Every sentence that tells a trip (`_trip_sentence`) tells of someone visiting the trainees (`_TRAINEES_VISITED`):
    a minister, a commander or a head came to the cohort where it is taught, and the cohort went nowhere."""
    told = _trip_sentences(text)
    return bool(told) and all(_TRAINEES_VISITED.search(text, start, end) for start, end in told)


# the members of a cohort or their group, as the subject of a trip or right after its noun ("kunjungan kerja peserta
# PKA"): the cohort travels
_COHORT_WORD = re.compile(r"\b(?:" + trainees.TRAINEES + r"|rombongan)\b", _I)
_COHORT_AFTER = re.compile(
    r"\s+(?:(?:para|seluruh|sejumlah|\d{1,3})\s+)?(?:" + trainees.TRAINEES + r"|rombongan)\b", _I
)
# a holder of an office, who makes a working trip of his own: the head of a body or a region, its deputy or
# secretary, a minister, a deputy of LAN
_OFFICIAL = re.compile(
    r"\b(?:kepala|ketua|deputi|direktur|dirjen|sekjen|sekda|sekretaris|menteri|wamen|gubernur|wagub|bupati|wabup"
    r"|wali\s*kota|walikota|wawali|camat)\b",
    _I,
)


def _officials_kunker_only(text: str, activities: list) -> bool:
    """Every trip named is a kunjungan kerja made by an official (`_OFFICIAL` before it in its sentence) with no
    cohort before it or right after its noun (`_COHORT_WORD`), no learning is told, and no other sentence sends
    the trainees anywhere: the head of a training body, of LAN or of a region on a working trip about a
    programme ("Kepala BPSDM X melakukan kunjungan kerja ke Kabupaten Y, berkoordinasi soal Latsar CPNS",
    "Sekda X kunjungan kerja ke Kabupaten Y, sekaligus membuka Diklat Prajabatan") talks of the programme; its
    cohort makes no trip (SCHEMA "whose visits": a working visit without a learning purpose)."""
    if any(a.activity != "kunjungan kerja" for a in activities) or _learning(text) or _study_visit_told(text):
        return False
    sents = sentence_spans(text)
    kunker = set()
    for a in activities:
        start, end = sentence_at(sents, a.start)
        kunker.add(start)
        if not _OFFICIAL.search(text, start, a.start) or _COHORT_WORD.search(text, start, a.start):
            return False
        if _COHORT_AFTER.match(text, a.end):
            return False  # "kunjungan kerja peserta PKA …", "kunjungan kerja para peserta …"
    # (a trainee before the first trip word of another sentence: "Peserta PKP juga berkunjung ke Desa Z")
    for start, end in _trip_sentences(text):
        if start in kunker:
            continue
        cue = strong_cue(text, start, end) or ACTIVITY_TO_PLACE.search(text, start, end)
        if _COHORT_WORD.search(text, start, cue.start() if cue else end):
            return False
    return True


# a cohort's errand of charity, by its act or the place of it: "bakti sosial", "aksi sosial", "santunan",
# "menyerahkan bantuan", "donor darah", "panti asuhan", "panti jompo" (a Latsar's or a PKP's social action, part of
# its habituation: it gives, it does not learn from a host)
_CHARITY = re.compile(
    r"\b(?:bakti\s+sosial|baksos|aksi\s+sosial|kegiatan\s+sosial|santunan|menyantuni|donor\s+darah"
    r"|(?:menyerahkan|memberikan|menyalurkan|membagikan)\s+(?:\w+\s+)?(?:bantuan|santunan|sembako|paket)"
    r"|panti\s+(?:asuhan|jompo|werdha|wreda|sosial|rehabilitasi))\b",
    _I,
)


def _charity_trip_only(text: str) -> bool:
    """Every sentence that tells a trip (`_trip_sentence`) names an errand of charity (`_CHARITY`): a cohort
    "mengunjungi Panti Asuhan X" or "menggelar bakti sosial di Desa Y" gives to the place, it does not learn
    from a host (asked where no activity word and no learning is told)."""
    told = _trip_sentences(text)
    return bool(told) and all(_CHARITY.search(text, start, end) for start, end in told)


# places counted, not named, at the end of a trip's words: "benchmarking ke sejumlah daerah", "studi lapangan ke
# beberapa kabupaten", "ke daerah lain" ...
_COUNTED_NOT_NAMED = re.compile(r"\b(?:sejumlah|beberapa|berbagai|banyak)\s+\w+$|\blain$", _I)
# ... unless their names or a list follow: "ke sejumlah daerah, yakni …", "ke beberapa kabupaten di Jawa Timur"
_NAMES_AFTER = re.compile(
    r"\s*,?\s*(?:(?-i:[A-Z])|di\s+(?!pulau\b)(?-i:[A-Z])|(?:yakni|yaitu|seperti|antara\s+lain|di\s*antaranya"
    r"|meliputi|masing-masing)\b)",
    _I,
)


# a stage of the course by its title, "Kunjungan Strategis Luar Negeri", "Kunjungan Studi Strategis Dalam Negeri"
# (capitalised as a name), where the sentence names no place it goes to (`_TO_A_NAME`)
_STAGE_TITLE = re.compile(r"Kunjungan\s+[A-Z]\w+")
_TO_A_NAME = re.compile(r"\b(?:ke|di|menuju)\s+(?!Pulau\b)(?:[\w-]+\s+){0,2}?[A-Z]")


def _trip_to_a_named_place(sentence: str) -> bool:
    """A sentence of a ceremony report tells a trip: a strong cue, or the activity with where it goes, the place named
    rather than counted (`_COUNTED_NOT_NAMED`: "Selama pelatihan peserta telah melaksanakan benchmarking ke sejumlah
    daerah" lists the course's stages). SCHEMA: an opening, closing or graduation is no visit unless the text also
    reports a trip to a named host. (Nor the stage of the course by its title with no place: "Sebelumnya mereka
    mengikuti Kunjungan Strategis Luar Negeri dan studi lapangan".)"""
    cue = strong_cue(sentence)
    if cue is not None and not (_STAGE_TITLE.match(sentence, cue.start()) and not _TO_A_NAME.search(sentence)):
        return True
    activity = ACTIVITY_TO_PLACE.search(sentence)
    return activity is not None and (
        not _COUNTED_NOT_NAMED.search(activity.group()) or _NAMES_AFTER.match(sentence, activity.end()) is not None
    )


def _trip_sentence(sentence: str) -> bool:
    """The sentence tells a trip by any of the words of `travel_cue`."""
    return (
        strong_cue(sentence) is not None
        or ACTIVITY_TO_PLACE.search(sentence) is not None
        or _HOST_RECEIVES.search(sentence) is not None
        or _states_trip(sentence)
        or search(_TRAINEES_AT_HOST, sentence) is not None
    )


@lru_cache(maxsize=8)
def _trip_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the sentences that tell a trip (`_trip_sentence`), found once an article for the gates of
    `visit_not_described` that each read them."""
    return tuple((start, end) for start, end in sentence_spans(text) if _trip_sentence(text[start:end]))


@lru_cache(maxsize=8)
def _learning(text: str) -> bool:
    """The text states a purpose of learning from the host: a phrase that says it by itself (`_learning_told`) or a
    clause of purpose whose verb is one of coming to know and whose object is the host's practice
    (`purpose.learning_purpose`: "untuk mengetahui penerapan …", "guna memahami pengelolaan …")."""
    return _learning_told(text) or learning_purpose(text)


# A state school's cohort on its field stage at the units it is sent to: its trainees ("siswa SPN", "taruna Akademi
# X", "praja") undergo the school's work practice, internship or on-the-job training at another body's office ("50
# siswa SPN ikuti latihan kerja di Polres A", "taruna melaksanakan on the job training di Kantor Imigrasi B"): SCHEMA's
# first kind of visit, a cohort of a training programme, though the programme goes unnamed (only the school is)
_SCHOOL_FIELD_STAGE = re.compile(
    # (a school's own words for its trainees: "peserta" are a course's, any course's, a work-training hall's too)
    r"\b(?:"
    + trainees.only("siswa", "praja", "taruna", "taruni", "kadet", "serdik", "pasis", "perwira siswa")
    + r")\b[^.\n]{0,80}?\b(?:menjalani|melaksanakan|mengikuti|melakukan|jalani|laksanakan|ikuti|lakukan)\s+"
    # (the stage by any of its names, "Pelatihan Kerja Lapangan (PKL)", "PKL" alone, named after a stage beside it:
    # "menjalani Kuliah Kerja Nyata (KKN) dan Pelatihan Kerja Lapangan (PKL) di UPT …", "akan melakukan PKL dan KKN
    # pada UPT …": tp-07 updates, a koranbanten page)
    r"(?:[^.\n]{0,40}?\s(?:dan|serta)\s+)?"
    r"(?:prakt[ei]k\s+(?:kerja\s+)?lapangan|pelatihan\s+kerja\s+lapangan|(?-i:PKL)|latihan\s+kerja|latja|magang"
    r"|on\s+the\s+job\s+training|OJT)\b"
    # ... or its training, any word of it, at a working unit of the police, the army or the corrections service
    # ("125 siswa mengikuti pelatihan fungsi Samapta di Polres A", "taruna menjalani latihan di Lapas B"): a school's
    # trainees train at their own campus, so a unit in the field is where they went (nw-09 gebraknasional, nw-10
    # inikebumen, sn-04 blogaryo)
    r"|\b(?:"
    + trainees.only("siswa", "praja", "taruna", "taruni", "kadet", "serdik", "pasis", "perwira siswa")
    + r")\b[^.\n]{0,80}?\b(?:menjalani|melaksanakan|mengikuti|jalani|laksanakan|ikuti)\s+(?:pelatihan|latihan)\b"
    r"[^.\n]{0,40}?\bdi\s+(?-i:Polres|Polresta|Polrestabes|Polsek|Polda|Kodim|Koramil|Korem|Kodam|Lanal|Lanud|Lapas"
    r"|Rutan|Kantor\s+Imigrasi)\b",
    _I,
)


# Government staff serving an internship ("magang") at another body's office learn from it by working beside it:
# "Bupati A melepas 28 kepala desa yang akan magang di Desa B", "dua pegawai Dinas Kesehatan akan magang di …",
# "aparatur Pemprov C dikirim untuk magang ke Pemkot D" (alkhairaat, jatimtimes, teraskabar: real reports of the
# ASN internships LAN runs); workers of a labour programme ("pemuda … magang di Jepang") and students are no staff
_STAFF_INTERNSHIP = re.compile(
    r"\b(?:" + GOVERNMENT_STAFF + r")\b[^.\n]{0,80}?\bmagang\b",
    _I,
)


# places counted, not named, that someone goes to: "kunjungan ke beberapa daerah", "mendatangi sejumlah kabupaten"
_COUNTED_PLACES_GONE = re.compile(
    r"\b(?:ke|mendatangi|mengunjungi)\s+(?:sejumlah|beberapa|berbagai|banyak)\s+(?:daerah|kabupaten|kota|provinsi"
    r"|tempat|lokasi|wilayah|desa|negara)\b",
    _I,
)


# a place pointed back to, named before: "Di sana mereka mendatangi sejumlah desa untuk belajar …" after "ke Bali"
_BACK_THERE = re.compile(r"\b(?:di|ke)\s+(?:sana|situ|tempat\s+(?:itu|tersebut))\b", _I)


def _learning_of_unnamed_trips_only(text: str) -> bool:
    """Every statement of learning (`LEARNING`, `purpose_clauses`) stands in, or right after, a sentence that sends
    someone to places counted, not named (`_COUNTED_PLACES_GONE`), and names no place gone to: the learning of a
    body's earlier or habitual trips, told in passing, not of a trip the article reports (lk-11 kabargupas: a
    council consulting a ministry, "sudah melakukan kajian dan kunjungan ke beberapa daerah untuk mempelajari
    praktik baik"; "Ada beberapa hal yang kita pelajari")."""
    if search(_COUNTED_PLACES_GONE, text) is None:
        return False
    sents = sentence_spans(text)
    for m in chain(finditer(LEARNING, text), purpose_clauses(text)):
        start, end = sentence_at(sents, m.start())
        counted = _COUNTED_PLACES_GONE.search(text, start, end)
        if counted is None and start > 0:
            prev = sentence_at(sents, max(0, start - 2))
            counted = _COUNTED_PLACES_GONE.search(text, *prev) if prev[0] < start else None
        if (
            counted is None
            or _NAMES_AFTER.match(text, counted.end()) is not None  # "ke beberapa daerah, yakni A dan B"
            or _TO_A_NAME.search(text, start, end) is not None
            # (the counted places lie inside one named before and pointed back to: the sites of the trip told there)
            or _BACK_THERE.search(text, start, end) is not None
        ):
            return False
    return True


# the guests named by their rank or office and their home region, received by the host: "30 kepala desa asal
# Kabupaten A disambut Kepala Desa B", "Puluhan perangkat desa dari Kabupaten C disambut Camat D", "35 lurah asal Kota
# E diterima Sekda Kota F"; or the host receiving them, whatever words stand between ("Wakil Bupati G menyambut hangat
# belasan anggota BPD dan kepala desa dari Kabupaten H", "Pemkot I menjadi tuan rumah bagi 40 pejabat Pemkab J"):
# a host meeting people of another government as guests_met reads it, told by the guests' rank and home rather than
# by a body's name (people only: "bantuan dari Pemprov K diterima kepala desa" is a thing received; "diterima di
# IPDN", admitted, names no host; a tourist or a minister is no rank of a region's government)
_GUEST_RANKS = (
    r"(?:kepala\s+(?:desa|kampung|dinas|OPD|daerah|bidang|seksi|sekolah)|kades|camat|lurah|perangkat|"
    + staff.only("pejabat", "pegawai", "ASN", "staf", "aparatur")
    + r"|anggota|delegasi|rombongan|utusan|perwakilan|jajaran|tamu|sekretaris|sekdes|pengurus|pimpinan|tim)"
)
# (nor a team that comes to assess, "tim penilai lomba desa dari Provinsi A disambut Bupati B": no word of assessing
# among the guests' words: the errands _ASSESSOR names its teams by, and those who assess)
_NOT_ASSESSING = r"(?!(?:" + _ERRANDS_OF_ASSESSING + r"|evaluator|verifikator|auditor|juri|lomba)\b)"
_HOME_REGION = (
    r"(?:(?:" + GOVERNMENT_NAME + r")\s+(?:(?-i:Kabupaten|Kota|Provinsi)\s+)?|(?-i:Kabupaten|Kota|Provinsi|Desa)\s+)"
    r"(?P<{}>(?-i:[A-Z])\w*)"
)
# ... and a regency's or a city's own body, named with no "dari" (a province's people received by a regent are as often
# its officials on a working visit): "puluhan ASN Pemkab A diterima Sekda Kabupaten B", "kepala desa se-Kabupaten C"
_LOCAL_HOME = (
    r"(?:se-?\s?)?(?:(?-i:Pemkab|Pemkot|Pemko)\s+|(?:(?-i:Pemerintah)\s+)?(?-i:Kabupaten|Kota)\s+)"
    r"(?P<{}>(?-i:[A-Z])\w*)"
)
_RECEIVING_HOST = (
    r"(?:(?:Wakil|Plt\.?|Pj\.?)\s+)?(?:" + GOVERNMENT_NAME + r"|(?-i:Bupati|Wali\s*[Kk]ota|Walikota|Gubernur|Sekda"
    r"|Sekretaris|Asisten|Kepala|Kadis|Camat|Lurah|Ketua|Direktur|Perbekel|Prebekel|Wakil|Jajaran)|jajaran)\b"
)
_GUESTS_FROM_ELSEWHERE = re.compile(
    r"\b"
    + _GUEST_RANKS
    + r"\b(?:\s+"
    + _NOT_ASSESSING
    + r"[\w-]+){0,5}?\s+(?:(?:dari|asal)\s+"
    + _HOME_REGION.format("home")
    + r"|"
    + _LOCAL_HOME.format("home_local")
    + r")[^.\n]{0,80}?\b(?:"
    + verbs.RECEIVED
    + r")\s+(?:(?:langsung|hangat|dengan\s+hangat|baik)\s+)?(?:oleh\s+)?"
    + _RECEIVING_HOST
    + r"|\b(?:"
    + verbs.RECEIVING
    + r"|menjadi\s+tuan\s+rumah\s+(?:bagi|untuk))\s+(?:[\w-]+\s+){0,4}?"
    + _GUEST_RANKS
    + r"\b(?:\s+"
    + _NOT_ASSESSING
    + r"[\w-]+){0,6}?\s+(?:(?:dari|asal)\s+|se-?\s?)?"
    + _HOME_REGION.format("home_after"),
    _I,
)


def _guests_from_elsewhere(text: str) -> bool:
    """The host receives people of another region named by their rank and home (`_GUESTS_FROM_ELSEWHERE`), the home
    not named again beside the host ("30 kepala desa dari Kabupaten A diterima Bupati A" is a region's own heads
    calling on their head, an audience)."""
    for m in finditer(_GUESTS_FROM_ELSEWHERE, text):
        home = m.group("home") or m.group("home_local") or m.group("home_after")
        if text.count(home, max(0, m.start() - 80), m.end() + 40) < 2:
            return True
    return False


# An office of one region calling on the office of the same kind in another region of the same level (a regency's
# Dinas Perhubungan on a city's, one Sekretariat DPRD on another, "Badan Pendapatan Daerah Kabupaten A menerima
# kunjungan Bapenda Kabupaten B") has no authority over it and holds no event of its own there: it comes about a
# matter of the work both do ("membahas pengelolaan terminal", "terkait tunjangan dewan", "seputar layanan …",
# "menanyakan …", "berkonsultasi soal …"), and learns from the host however the purpose is worded (in tune, every one
# of the 55 reports of 54 outlets this reads reports a visit). A head's call on another head is a working trip
# (`working_trip_only`), and offices of different levels oversee or consult each other: neither is read here.
_LEVEL_WORD = r"(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.)"
_UNIT_HEADS = r"(?:Dinas|Badan|Dewan|Sekretariat|Inspektorat|Satuan|Bagian|Biro|Kantor|Rumah Sakit|Tim Penggerak|TP)"
# (a region's forum of heads, a national body's regional unit, a village's enterprise or group: no office of the region)
_NOT_COUNTERPART_UNITS = ("Forkopimda", "BUMDes", "Bumdes", "Gapoktan")
# the matter the call is about, and what makes it no learning: ties, cooperation, a shared border or a dispute,
# coordination, an event attended; money asked, aid given, people or goods fetched or handed over; visits counted
# over a period (a host's tally, "menerima 40 kunjungan dari berbagai daerah")
_COUNTERPART_MATTER = re.compile(
    r"\b(?:membahas|berdiskusi|diskusi|sharing|bertukar|tukar|terkait|tentang|mengenai|soal|seputar|perihal"
    r"|menanyakan|berkonsultasi|konsultasi|mengonsultasikan|mengkonsultasikan)\b",
    _I,
)
_COUNTERPART_NOT_LEARNING = re.compile(
    r"\b(?:silaturahmi|silaturahim|bersilaturahmi|bersilaturahim|hubungan\s+(?:baik|kedua|antar\w*)|kerja\s*sama"
    r"|bekerja\s+sama|MoU|nota\s+kesepahaman|perjanjian|penandatanganan|tapal\s+batas|batas\s+wilayah|perbatasan"
    r"|sengketa|perselisihan"
    r"|koordinasi|berkoordinasi|bantuan|menghadiri|peresmian|pelantikan|undangan"
    r"|(?:meminta|memohon|mengusulkan|mengajukan)\s+(?:[\w-]+\s+){0,2}?(?:anggaran|dana|dukungan|alokasi)"
    r"|dukungan\s+(?:anggaran|dana)|menjemput|memulangkan|pemulangan|mengantar\w*|menyerahkan|serah\s+terima"
    r"|berbagai\s+daerah|\d+\s+(?:kali\s+)?(?:kunjungan|rombongan))\b",
    _I,
)
# the call told: a verb of visiting or being visited, the visit named, the guests received or arriving (not "ke" alone,
# nor "menerima" whatever is received: an award, a report)
_CALL_WORDS = re.compile(
    r"\b(?:"
    + verbs.VISITING
    + "|"
    + verbs.TRAVELLING
    + "|"
    + verbs.VISITED
    + "|"
    + verbs.RECEIVED
    + r"|kunjungan|kunker|kedatangan|(?:menerima|menyambut|menjamu)\s+(?:[\w-]+\s+)?(?:rombongan|tamu|tim|delegasi))\b"
    r"|\b(?:datang|hadir|tiba|berkonsultasi|konsultasi|belajar|studi\s+\w+)\s+(?:ke|di)\s+(?-i:[A-Z])",
    _I,
)


@cache
def _counterpart_units() -> tuple[re.Pattern, dict[str, str]]:
    """A region's office named with its region ("Dinas Perhubungan Kota Kediri", "Disdukcapil Kabupaten Pati"), and
    the full name of each acronym (agencies.json) by which two names of one kind are told the same."""
    data = _agencies_data()
    acronyms = sorted(
        (a for a in data["acronyms"] if a not in _NOT_COUNTERPART_UNITS and a not in data["national_units"]),
        key=len,
        reverse=True,
    )
    # (the words of a name on one line: a space is any run of spaces but a line's end)
    kind = (
        rf"(?:{_UNIT_HEADS}(?: (?!{_LEVEL_WORD} )(?:dan|&|[A-Z][\w-]*)){{0,7}}?"
        r"|" + "|".join(re.escape(a).replace(r"\ ", " ") for a in acronyms) + ")"
    ).replace(" ", r"[^\S\n]+")
    # (its acronym in brackets after a name written in full: "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten A")
    pattern = re.compile(
        rf"\b(?P<kind>{kind})(?:[^\S\n]*\([A-Za-z]{{2,12}}\))?[^\S\n]+(?P<level>{_LEVEL_WORD})[^\S\n]+"
        r"(?P<name>[A-Z][\w-]*)"
    )
    full = {k.lower(): v.lower() for k, v in data["expansions"].items()}
    full["setwan"] = full["dprd"]
    return pattern, full


def _unit_kind(kind: str, full: dict[str, str]) -> str:
    """The kind of an office, its acronym spelt out; a council's secretariat stands for its council, whose office it
    is ("Sekretariat DPRD A menerima kunjungan DPRD B")."""
    words = kind.lower().split()
    if len(words) == 1:
        words = full.get(words[0], words[0]).split()
    if words[0] == "sekretariat" and len(words) == 2 and words[1] in full:
        words = full[words[1]].split()
    kind = " ".join(w for w in words if w not in ("dan", "&"))
    return full["dprd"] if kind == "sekretariat " + full["dprd"] else kind


# the word after a province's first word, its name being two ("Provinsi Sulawesi Tengah", "Provinsi Jawa Timur")
_NEXT_NAME_WORD = re.compile(r"[^\S\n]+([A-Z][\w-]*)")


def _province_named(text: str, m: re.Match) -> str:
    """The region of a counterpart unit's name, a province told one however it is written: in full or short
    ("DPRD Provinsi Sulawesi Tengah … Tatib DPRD Provinsi Sulteng" names one council, calling on none), of one word
    or two; any other region by its first word, as written."""
    name = m.group("name")
    if m.group("level").startswith("Prov"):
        nxt = _NEXT_NAME_WORD.match(text, m.end())
        canonical = (nxt and places_province(f"{name} {nxt.group(1)}")) or places_province(name)
        if canonical:
            return canonical.lower()
    return name.lower()


# SCHEMA "A council's draft regulation taken to another region": a regency's or city's council, or its commission,
# pansus or Bapemperda, calling on another regency's or city's council, government or office about its own draft
# regulation ("Pansus DPRD A mendatangi Pemkot B … menghimpun masukan bagi Raperda pasar", "DPRD A melakukan
# konsultasi ke DPRD Kota B terkait pembahasan kembali Raperda") gathers how the host rules the matter: a visit,
# whatever verb tells the call (a "kunjungan kerja" is read by `working_trip_only`). The draft taken to a body that
# reviews it (a ministry, the province's Biro Hukum) names no regency's or city's body here; a provincial council
# in its own province is left to its own reading (oversight or a peer call). (bengkuluvoice, a real report turned
# away before; le-07 dprdtulungagung in tune: 2 reports of 2 outlets, both visits)
_DRAFT = re.compile(r"\b(?:Raperda|Ranperda|Rancangan\s+(?:Peraturan\s+Daerah|Perda))\b", _I)
_PEER_HOST = re.compile(
    r"\b(?:ke|di|mendatangi|menyambangi|mengunjungi)\s+(?:[Kk]antor\s+)?"
    r"(?:(?:Pemkot|Pemkab|Pemko)\s+(?P<short>[A-Z][\w-]*)"
    r"|(?:DPRD|DPRK|Sekretariat\s+DPRD|Pemerintah|Dinas|Badan|Bagian|Satpol\s+PP|Satuan)\b[^.\n]{0,60}?"
    r"\b(?:Kota|Kabupaten|Kab\.)\s+(?P<name>[A-Z][\w-]*))"
    # ... or the region gone to, its government the host ("ke Kabupaten B"; held "di Kota B", a meeting at a hotel)
    r"|\bke\s+(?:Kota|Kabupaten|Kab\.)\s+(?P<region>[A-Z][\w-]*)"
)
_PROVINCIAL_COUNCIL = re.compile(
    r"\b(?:DPRD|Dewan\s+Perwakilan\s+Rakyat\s+Daerah)(?:\s+\(DPRD\))?\s+(?:Provinsi|Prov\.)"
)


def draft_taken_to_peer(text: str) -> bool:
    """A council calls on another regency's or city's body about its own draft regulation (comment above): a
    sentence naming a council, a call and the host, a draft named in it or the next one, the host's region not the
    council's own, and no provincial council the sender."""
    if search(_DRAFT, text) is None or _PROVINCIAL_COUNCIL.search(text) is not None:
        return False
    sents = sentence_spans(text)
    for i, (lo, hi) in enumerate(sents):
        host = _PEER_HOST.search(text, lo, hi)
        if host is None or _COUNCIL.search(text, lo, host.start()) is None:
            continue
        if _CALL_WORDS.search(text, lo, hi) is None and not host.group().startswith(
            ("mendatangi", "menyambangi", "mengunjungi")
        ):
            continue
        name = host.group("short") or host.group("name") or host.group("region")
        if re.search(
            rf"\b(?:DPRD|DPRK)\s+(?:(?:Kota|Kabupaten|Kab\.)\s+)?{re.escape(name)}\b", text[lo : host.start()]
        ):
            continue  # the council's own region's body: oversight or a hearing at home
        nxt = sents[i + 1][1] if i + 1 < len(sents) else hi
        if _DRAFT.search(text, lo, nxt) is not None:
            return True
    return False


def counterpart_called_on(text: str) -> bool:
    """An office calls on its counterpart of another region at the same level about a matter of their work
    (comment above): two offices of one kind, two regions of one level, one of them in a sentence telling the call,
    no more than three regions of that kind named (a list of many is an event's attendance)."""
    if _COUNTERPART_MATTER.search(text) is None or _COUNTERPART_NOT_LEARNING.search(text) is not None:
        return False
    pattern, full = _counterpart_units()
    by_kind: dict[tuple[str, bool], dict[str, list[int]]] = {}
    for m in pattern.finditer(text):
        key = (_unit_kind(m.group("kind"), full), m.group("level").startswith("Prov"))
        by_kind.setdefault(key, {}).setdefault(_province_named(text, m), []).append(m.start())
    sents = sentence_spans(text)
    for regions in by_kind.values():
        if not 2 <= len(regions) <= 3:
            continue
        for starts in regions.values():
            if any(_CALL_WORDS.search(text, *sentence_at(sents, at)) for at in starts):
                return True
    return False


def describes_visit(text: str, activities: list, keys: list[Key]) -> bool:
    """An article reports a visit when a cohort or a visit activity is named and the words
    show people travelling to a host; an opening ceremony or an explainer does not."""
    return visit_not_described(text, activities, keys) is None


def visit_not_described(text: str, activities: list, keys: list[Key]) -> NoVisit | None:
    """Why the words of an article report no visit (`describes_visit`), or None when they do."""
    programme = any(k.program for k in keys)
    if (
        not programme
        and not activities
        and not _learning(text)
        and not travel_cue(text)
        and not draft_taken_to_peer(text)
    ):
        return NoVisit.NO_TRIP_WORDS  # (said first: no word of a trip at all, whatever the purpose)
    if (
        not programme
        and (not activities or working_trip_only(text, activities))
        and (not _learning(text) or _learning_of_unnamed_trips_only(text))
        and not _study_visit_told(text)
        and search(_SCHOOL_FIELD_STAGE, text) is None
        and ("magang" not in text or search(_STAFF_INTERNSHIP, text) is None)
        and not counterpart_called_on(text)
        and not draft_taken_to_peer(text)
    ):
        # SCHEMA "whose visits": a trip with no programme and no study word (or named only as an
        # executive's kunjungan kerja) counts only when its stated purpose is to learn from the host
        return NoVisit.NO_STUDY_PURPOSE
    if (
        not programme
        and "DPR" in text
        and _NATIONAL_PARLIAMENT.search(text)
        and not _regional_council_travels(text)
        and council_kunker_only(text, activities)
        and not abroad.find_stops(text)
        and not abroad.country_as_place(text)
    ):
        # the DPR's kunker at home ("Komisi II DPR RI … kunjungan kerja spesifik ke Provinsi A untuk mengawasi …")
        # is oversight of a region of the country it answers for; abroad, its kunker is a study trip
        return NoVisit.AT_HOME
    if council_calls_on_partners(text, activities):
        return NoVisit.AT_HOME  # a commission's kunker to the offices it oversees ("ke OPD mitra kerja Komisi A")
    if trips_only_talked_of(text, activities) and not _trip_told_apart(text, activities):
        # (a programme's trip too: "mengusulkan anggaran untuk kegiatan SSDN peserta PPRA", "Rencana studi lapangan
        # peserta Diklatpim … dibatalkan" name a cohort, and no trip it made)
        return NoVisit.TRIPS_TALKED_OF
    if not activities and _course_attended(text) and search(_SCHOOL_FIELD_STAGE, text) is None:
        # (a school's trainees training at a unit in the field are on its field stage, no course: `_SCHOOL_FIELD_STAGE`)
        return NoVisit.COURSE
    if (
        # (a trip named by an activity word, of a programme's staff or of assessors, with learning told is the
        # cohort's or the team's study: "Tim evaluasi BPSDM A mendampingi peserta studi lapangan ke B untuk
        # mempelajari …")
        (
            (programme and not activities)
            or ((programme or search(_ASSESSOR_NAMED, text) is not None) and not _learning(text))
        )
        and search(_STAFF, text) is not None
        and _staff_trip_only(text, bool(activities), not programme)
    ):
        return NoVisit.NO_TRAVELLERS  # the programme's examiners, mentors or assessors went to it or its trainees
    if (
        programme
        and not activities
        and search(_CHARITY, text) is not None
        and not _learning(text)
        and _charity_trip_only(text)
    ):
        return NoVisit.NO_STUDY_PURPOSE  # the cohort's social action: it gives, it learns nothing from a host
    if programme and activities and _officials_kunker_only(text, activities):
        return NoVisit.NO_STUDY_PURPOSE  # an official's working trip about the programme
    if programme and not activities and search(_TRAINEES_VISITED, text) is not None and _trainees_visited_only(text):
        return NoVisit.NO_TRAVELLERS  # someone came to the trainees where they are taught
    if search(_CEREMONY, text):
        # at an opening, a visit is only a later stage ("peserta akan melaksanakan benchmarking ke …")
        present = [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if not _FUTURE.search(s)]
        # ... but a ceremony told only as what is to come ("yang lulus akan diwisuda bulan depan") is
        # not what the article reports
        # A ceremony report that also tells the trip states it in a sentence of its own, by any of the
        # words that state a trip (`travel_cue`) besides a head receiving the trainees, which the ceremony
        # itself is: a verb of going, the activity with where it goes, learning or fieldwork done at a place
        # ("peserta juga melakukan penelitian di tiga kecamatan": lx-07 suarabaru)
        if (
            any(_CEREMONY.search(s) for s in present)
            and not any(_trip_to_a_named_place(s) for s in present)
            and not any(_states_trip(s) and not _CEREMONY.search(s) for s in present)
        ):
            return NoVisit.CEREMONY
    if (
        not activities
        and "etre" in text
        and _RETREAT.search(text)
        # (learning said of the course, "menyerap ilmu dari para menteri", "saling berbagi pengalaman", is the
        # retreat's: only learning told where it was done, or a study trip named, is a trip besides; pi-27
        # deltakepri, pi-28 trikpos probes)
        and learnt_where_gone(text) is None
        and not _study_visit_told(text)
    ):
        # a retreat is a residential course held at its venue (a campus, an academy), as a session at the
        # programme's own campus is: its group travels there, is received and housed, and visits no host to
        # learn from it, unless a study trip or learning somewhere is told besides (li-07 reachfar, lw-04
        # tatarmedia, ky-13 nttpride, mg-06 jaretnews: 4 outlets, none reporting a visit)
        return NoVisit.CEREMONY
    if travel_cue(text) or (activities and search(_WEAK_CUES, text) is not None):
        # without "benchmarking", "studi lapangan"…, travel must be explicit
        return None
    if programme and activities and virtual_study(text):
        return None
    if not programme and learnt_where_gone(text) is not None:
        return None  # a study trip's learning told with where it was done (a cohort's is its course's)
    if not programme and draft_taken_to_peer(text):
        return None
    if (
        not programme
        and (_learning(text) or (activities and not working_trip_only(text, activities)))
        and (guests_met(text) or _guests_from_elsewhere(text))
    ):
        # a purpose of learning stated, or the trip named a study ("Dalam rangka studi tiru …, jajaran Pemkab A
        # bertemu Wali Kota B"), and the host meeting people of another government: the meeting is the trip,
        # whatever words tell it (a head received with no learning told is an audience: turned away above)
        return None
    return NoVisit.NO_TRIP_WORDS
