"""Assemble visit records from what the finder modules see in one article.

The steps: decide whether the article reports a visit at all; find the cohorts that
travelled (one visit per programme + cohort); give every place mention an origin and a
destination score from the words around it; then fill each visit's fields, keeping the
span each value came from.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from diklat_cli.extract import abroad, agencies, budget, byline, dates, people, places, programs, visitors
from diklat_cli.extract.numbers import cardinal_words, multiplier_words, ordinal_words, parse_int
from diklat_cli.extract.participants import ParticipantMention, find_participants
from diklat_cli.extract.scanning import may_match, needles
from diklat_cli.extract.sentences import sentence_at, sentence_spans
from diklat_cli.models import Destination, Evidence, Extraction, Official, Origin, Source, Visit

_I = re.IGNORECASE
# number words from data/numbers.json: a few places or groups counted ("tiga provinsi"), ordinals of
# stops and groups ("lokasi kedua", "kelima komisi")
_FEW = cardinal_words(2, 6)
_GROUP_COUNT = cardinal_words(2, 8)
_ORDINAL = ordinal_words(2, 5)
_TWO, _BOTH = cardinal_words(2, 2), ordinal_words(2, 2)

# words that show a visit happening: someone travels to, arrives at or is hosted by a place,
# or is sent off to it ("melepas keberangkatan peserta", "berangkat ke"); a place chosen as the
# object of study ("ditetapkan menjadi objek studi", "menjadi lokasi visitasi")
_STRONG_CUES = re.compile(
    r"\b(?:rombongan|kunjungan|berkunjung|mengunjungi|dikunjungi|kedatangan|didatangi|lokus|locus|sambangi"
    r"|menyambangi|mendatangi|datang\s+ke|tiba\s+di|belajar\s+(?:ke|di)|lokasi\s+(?:benchmarking|studi|visitasi|tujuan)"
    r"|berangkat\s+(?:ke|menuju)|keberangkatan|bertolak\s+(?:ke|menuju)|objek\s+studi"
    r"|(?:ke|menuju)\s+(?-i:Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemprov|Pemerintah|Desa)"
    r"|tempat\s+(?:orientasi|studi|observasi|benchmarking)"
    # programme stages that are trips by definition (staff colleges' "kuliah kerja dalam negeri")
    r"|KK(?:L|N)?\s*DN|PKDN|K?SS?DN|kuliah\s+kerja\s+(?:nyata|lapangan|profesi|dalam\s+negeri)"
    r"|praktik\s+kerja\s+dalam\s+negeri|prakt[ei]k\s+kerja\s+lapangan)\b",
    _I,
)
# the host receives a programme's participants ("Pemkot X menerima peserta PKA …"): a trip, though
# at a ceremony the head of the programme's own region also "receives" its participants
_HOST_RECEIVES = re.compile(
    r"(?=[mk])\b(?:menerima|menyambut|kedatangan|menjamu|menjadi\s+tuan\s+rumah\s+(?:bagi|untuk))\s+"
    r"(?:para\s+|sejumlah\s+|puluhan\s+|\d+\s+)?peserta\b"
    # told from the guests' side: "peserta PKA … diterima (oleh) Pemkot X / Wakil Bupati X"
    r"|\bpeserta\b[^.\n]{0,150}?\b(?:diterima|disambut)\s+(?:langsung\s+)?(?:oleh\s+)?(?:Wakil\s+)?"
    r"(?-i:Pemerintah|Pemkab|Pemkot|Pemprov|Pemko|Bupati|Wali\s*[Kk]ota|Walikota|Sekda|Sekretaris\s+Daerah)\b",
    _I,
)
# words that go with a visit but also with a ceremony or a certificate ("menerima sertifikat")
_WEAK_CUES = re.compile(
    r"\b(?:menyambut|disambut|diterima|menerima|timba|menimba|tujuan|dipilih\s+sebagai|sebagai\s+lokasi"
    r"|tempat\s+belajar)\b",
    _I,
)
# "melaksanakan benchmarking ke Jawa Tengah", "studi lapangan pelayanan publik ke Jawa Tengah",
# "Benchmarking Diklat PIM IV Badung ke Palembang": the activity, a few words of what or who,
# then where to, in one clause
_ACTIVITY_TO_PLACE = re.compile(
    r"\b(?i:benchmark\w*|stud[iy]\s+\w+|patok\s+banding|kaji\s+banding|visitasi|observasi\s+lapangan"
    r"|orientasi\s+lapangan|kunjungan\s+\w+|kunker)\)?(?:\s+[\w()/-]+){0,6}?\s+"
    # "benchmarking ke tiga provinsi, yakni …": the places counted before they are named
    r"(?i:ke|di|menuju)\s+(?:(?i:" + _FEW + r"|\d{1,2}|beberapa|sejumlah)\s+(?=(?i:provinsi|daerah|kabupaten"
    r"|kota|desa|pemerintah|lokasi|lokus)\b))?"
    r"(?:[A-Z]|(?i:pemerintah|pemkot|pemkab|pemprov|pemko|desa|kabupaten|kota|provinsi|daerah|lokasi|lokus)\b)",
)
# a study of a host done at a distance, or at the host's offices ("benchmarking secara virtual dengan
# Pemkot X", "studi lapangan pada sejumlah perangkat daerah Kota X")
_STUDY_OF_HOST = re.compile(
    r"(?=[bskv])\b(?:benchmark\w*|stud[iy]\s+\w+|kaji\s+banding|visitasi)\b[^.\n]{0,40}?"
    r"(?:\b(?:virtual|daring|online)\s+(?:dengan|bersama|ke)|\bpada\s+(?:sejumlah\s+|beberapa\s+)?"
    r"(?:perangkat\s+daerah|OPD|SKPD|instansi))\b",
    _I,
)
# "Benchmarking atau patok banding adalah …": an article explaining the activity; "studi banding
# ini ialah …" speaks of one trip, not of the activity in general
_EXPLAINER = re.compile(
    # ("lokasi studi lapangan yaitu: …" introduces the places of a trip, not a definition)
    r"(?=[bps])(?<!lokasi )(?<!lokus )(?<!tujuan )(?<!tempat )\b(?:benchmark\w*|patok\s+banding|studi\s+lapangan"
    r"|studi\s+banding|BTBP)\b(?![^.\n]{0,20}?\b(?:ini|itu|tersebut)\b)[^.\n]{0,60}?\b(?:adalah|merupakan|ialah"
    r"|yaitu(?!\s*:))\b",
    _I,
)
# a stated purpose of learning from the host ("datang untuk belajar", "menimba ilmu")
_LEARNING = re.compile(
    r"(?=[bmst])\b(?:belajar|menimba\s+ilmu|timba\s+ilmu|mempelajari|menggali\s+(?:ilmu|informasi|pengalaman)"
    # … and said in other words: to widen or deepen what they know, to seek information, to copy a practice
    r"|(?:memperkaya|menambah|meningkatkan|memperluas)\s+(?:\w+\s+)?(?:pengetahuan|wawasan|ilmu|keilmuan|referensi)"
    r"|memperdalam|mendalami|mencari\s+(?:keterangan|informasi|referensi|masukan)|mencontoh|meniru"
    # guests and hosts learning from each other: "saling bertukar informasi", "berbagi pengalaman"
    r"|(?:saling\s+)?(?:bertukar|berbagi)\s+(?:informasi|pengalaman|keterangan|cerita))\b",
    _I,
)
# "pejabat di lingkungan Pemkab X": the people belong to X
_MEMBER_OF = re.compile(r"\b(?:di\s*lingkungan|di\s+lingkup|jajaran)\s+$", _I)
# who travelled, when no cohort is named
_PEOPLE_GROUP = r"(?:kepala|kades|camat|lurah|anggota|pejabat|perangkat|aparat\w*|pengurus|pegawai|ASN|pimpinan)"
_TRAVELLERS = re.compile(
    rf"\b(?:rombongan|peserta|kami|kedatangan|di\s*pimpin|(?:para|sejumlah|seluruh)\s+{_PEOPLE_GROUP}\b"
    # a body that holds the trip: "BUMDes Desa X menggelar studi banding ke …"
    r"|(?:pemerintah|pemkab|pemkot|pemprov|pemdes|DPRD|BUMDes|BPD|LPM|desa|kampung|nagari|TP\s*PKK|dinas|badan"
    r"|kantor|kankemenag|kemenag|seksi|bagian|kecamatan|kelurahan|komisi|pansus|asosiasi|forum|polda|polres\w*)"
    r"\s+(?-i:[A-Z])[^.\n]{0,120}?"
    r"\b(?:melakukan|melaksanakan|menggelar|menjalani|menjalankan|mengadakan)\s+(?:kegiatan\s+|kunjungan\s+)?"
    r"(?:stud[iy]|benchmark|kaji|kunjungan|kunker))",
    _I,
)
# a trip reported as held, told of "this" one ("Kegiatan ini dilaksanakan selama 2 hari di Kota X"):
# an account of a trip that took place, not talk about trips in general
_HELD = re.compile(
    r"\b(?:kegiatan|stud[iy]\s+\w+|kunjungan(?:\s+\w+)?|benchmarking|kaji\s+banding)\s+(?:ini|tersebut)\s+"
    r"(?:(?:di\s*|ter)?(?:laksanakan|laksankan|selenggarakan|gelar|adakan)|berlangsung)\b[^.\n]{0,60}?\bdi\s+"
    r"(?:(?-i:[A-Z])|(?:kota|kabupaten|provinsi|desa|kampung|nagari)\b)",
    _I,
)
_FUTURE = re.compile(r"\b(?:akan|berikutnya|nantinya|rencananya|direncanakan|selanjutnya)\b", _I)
_CEREMONY = re.compile(
    # the first-letter gate spares the alternatives at most positions
    r"(?=[rmpdwk])\b(?:resmi\s+dibuka|membuka|pembukaan|dibuka\s+(?:oleh|secara)|penutupan|ditutup|dinyatakan\s+lulus"
    r"|wisuda|kelulusan)\b",
    _I,
)

# place roles: patterns on the words just before (PRE) or after (POST) a place mention
_DEST_PRE = [
    # the activity names where it goes: "studi inovasi daerah di Provinsi Bali", "benchmarking ke …"
    (
        re.compile(
            # "di" right after the activity ("studi inovasi daerah di X"); further on it may say where
            # the people are from ("studi banding sejumlah kepala desa di X ke Y")
            r"(?=[bspkvoKP])\b(?:benchmark\w*|stud[iy]\s+\w+|patok\s+banding|kaji\s+banding|visitasi"
            r"|orientasi\s+lapangan|observasi\s+lapangan|kunker|kunjungan\s+\w+"
            # a staff college's field stage: "Kuliah Kerja Lapangan (KKL) di Polda X"
            r"|(?-i:KK[LN]|KKDN|PKL)|kuliah\s+kerja\s+\w+(?:\s+\(\w+\))?)"
            r"(?:(?:\s+\w+){0,3}\s+(?:ke|menuju)|(?:\s+\w+)?\s+di)\s+"
            r"(?:(?:polda|polres\w*|kodam|korem|kodim|lanud|lantamal|kanwil|DPRD)\s+)?$",
            _I,
        ),
        3,
    ),
    # "Kunker ke 3 kota besar, yaitu A, B dan C": the places counted, then named
    (
        re.compile(
            r"\b(?:ke|menuju)\s+(?:\d{1,2}|" + _FEW + r"|beberapa|sejumlah)\s+(?:kota|kabupaten|provinsi"
            r"|daerah|lokasi|desa|wilayah)(?:\s+\w+)?\s*,?\s*(?:yaitu|yakni|antara\s+lain|masing-masing|di\s*antaranya)"
            r"\s*:?\s*$",
            _I,
        ),
        3,
    ),
    # "ke DPRD Kabupaten X": a council or office of the place stands between
    (
        re.compile(
            r"\b(?:ke|menuju|sambangi|menyambangi|mengunjungi|kunjungi|mendatangi|didatangi)\s+"
            # "ke DPRD X", "ke Polresta X", "ke Pulau Lombok Provinsi NTB"; "ke daerah Sumatera Barat",
            # "ke daerah Berastagi Sumatera Utara": a town the gazetteer lacks, located by its province
            r"(?:(?:DPRD|kantor|polda|polres\w*|kodim|korem|kodam|kanwil|kemenag|kankemenag)\s+"
            r"|(?:daerah|wilayah)\s+(?:(?-i:[A-Z][a-z]+)\s+)?|pulau\s+\w+\s+)?$",
            _I,
        ),
        3,
    ),
    # a destination written as an address, village first: "ke Desa Ponggok, Kecamatan Polanharjo, Kabupaten …"
    # (or its government: "ke Pemerintahan Desa A, Kecamatan B, Kabupaten …")
    (
        re.compile(
            r"(?=[km])\b(?:ke|menuju|mengunjungi|menyambangi|mendatangi)\s+(?:(?:pemerintah(?:an)?|kantor)\s+)?"
            r"(?:desa|kelurahan|kampung|nagari|dusun|gampong"
            r"|kecamatan|distrik|kawasan|objek|destinasi)\b[^.;:\n]{0,60}?,\s*(?:(?:kecamatan|kec\.|distrik)\s+[^,.;\n]{1,30},\s*)?$",
            _I,
        ),
        3,
    ),
    (
        re.compile(
            r"\b(?:memilih|pilihan\s+pada|menjadikan|menunjuk|mempercayakan|dipilihnya|tujuan(?:nya)?)\s+(?:\w+\s+){0,2}$",
            _I,
        ),
        2,
    ),
    (
        re.compile(
            r"\b(?:timba|menimba|belajar|inspirasi|ilmu|pelajaran|keberhasilan)\b[^.]{0,40}\b(?:dari|di|ke)\s+$", _I
        ),
        2,
    ),
    (re.compile(r"(?<!di lingkungan )(?<!di lingkup )\b(?:di|bertempat\s+di|berlokasi\s+di)\s+$", _I), 1),
    (
        re.compile(
            r"\b(?:balai\s*kota|kantor\s+(?:wali\s*kota|walikota|bupati|gubernur)|pendopo|setda|komplek|kompleks)\s+$",
            _I,
        ),
        1,
    ),
    # a virtual study of a named host: "benchmarking secara virtual dengan Pemerintah Kota X"; "studi
    # lapangan pada sejumlah perangkat daerah Kota X": the units of the place visited
    (
        re.compile(
            r"\b(?:(?:virtual|daring|online|dalam\s+jaringan)\s+(?:dengan|bersama|ke)"
            r"|(?:pada|di|ke|mengunjungi)\s+(?:sejumlah\s+|beberapa\s+|\w+\s+)?(?:perangkat\s+daerah|OPD|SKPD"
            r"|instansi|unit\s+kerja)(?:\s+(?:di\s+)?(?:lingkungan|lingkup))?)\s+$",
            _I,
        ),
        3,
    ),
]
_DEST_POST = [
    (
        re.compile(
            r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:[\w-]+\s+){0,4}?(?:menerima|kedatangan|mendapat\s+kunjungan|menjadi\s+(?:daerah\s+|salah\s+satu\s+)?(?:tujuan|pilihan|lokasi|lokus|tempat)|didatangi|dikunjungi|menyambut|dijadikan)\b",
            _I,
        ),
        3,
    ),
    (
        re.compile(
            r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:\w+\s+){0,2}?(?:sebagai|menjadi)\s+(?:lokasi|lokus|tempat|tujuan|locus)\b",
            _I,
        ),
        2,
    ),
    (re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:kami\s+)?(?:dipilih|ditetapkan|ditunjuk|terpilih)\b", _I), 2),
]
_ORIGIN_PRE = [
    (re.compile(r"\b(?:asal|utusan|berasal\s+dari|mewakili)\s+$", _I), 3),
    (re.compile(r"\b(?:rombongan|peserta|tamu|pejabat|orang)\b[^.]{0,40}\b(?:dari|asal)\s+(?:DPRD\s+)?$", _I), 2),
    # "kedatangan tamu dari tiga kabupaten, yaitu A, B dan C": the senders counted, then named (the
    # "peserta dari lima provinsi, yaitu …" of one cohort are where its members come from)
    (
        re.compile(
            r"\b(?:rombongan|tamu|delegasi|kunjungan)\b[^.]{0,40}\b(?:dari|asal)\s+(?:\w+\s+){0,2}"
            r"(?:kabupaten|kota|daerah|provinsi|pemda|pemerintah\s+daerah|DPRD|instansi|lembaga)\s*,?\s*"
            r"(?:yaitu|yakni|antara\s+lain|masing-masing|di\s+antaranya)\s*:?\s*$",
            _I,
        ),
        2,
    ),
    # "kedatangan rombongan DPRD Kabupaten X": the group named by its body; "menerima studi banding
    # DPRD X": the host receives the trip of X
    (
        re.compile(
            r"\b(?:rombongan|kedatangan|kunjungan(?:\s+kerja)?|(?:menerima|kedatangan)\s+(?:kunjungan\s+)?"
            r"(?:stud[iy]\s+(?:banding|tiru|lapangan)|kaji\s+banding|benchmarking)(?:\s+dari)?)"
            r"\s+(?:(?:DPRD|anggota\s+DPRD|tamu)\s+)?$",
            _I,
        ),
        2,
    ),
    # "kelima komisi DPRD X", "Komisi C DPRD X": a council's komisi are its members, who travel
    (re.compile(r"\bkomisi\s+(?:(?-i:[IVX]{1,4}|[A-Z]|\d{1,2})\s+)?DPRD\s+$", _I), 2),
    (re.compile(r"\b(?:di\s+lingkungan|di\s+lingkup|lingkup|jajaran)\s+$", _I), 2),
    (re.compile(r"\b(?:pulang|kembali|sepulang)\s+(?:ke|di)\s+$", _I), 1),
    (re.compile(r"\b(?:diterapkan|diberlakukan|diaplikasikan|diadopsi)(?:\s+\w+){0,2}\s+(?:di|oleh)\s+$", _I), 1),
    (re.compile(r"\bdaerah\s+asal\b[^.]{0,20}$", _I), 1),
]
_ORIGIN_POST = [
    (
        re.compile(
            r"^\s*(?:\([^)]*\)\s*)?(?:\w+\s+){0,1}?(?:melakukan|melaksanakan|memilih|berkunjung|mengirim|memberangkatkan|melepas|menjalani|menggelar|menyelenggarakan"
            r"|mengadakan|bertandang|datang)\b",
            _I,
        ),
        2,
    ),
    # (one pattern for three shapes, each place mention pays for every pattern tried)
    (
        re.compile(
            # the subject of the trip with its day set off between: "DPRD A, hari ini, Senin (17/12), melaksanakan …"
            r"^\s*(?:,\s*(?:(?:hari\s+ini|kemarin|pada)\s*,?\s*)?(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)"
            r"\s*)?(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*)?,\s*(?:melakukan|melaksanakan|menggelar|berkunjung|mengunjungi"
            r"|menyambangi|bertandang|datang|tiba)\b"
            # a headline's subject: "Magelang dan Barito Kuala Studi Banding … ke Sigi"
            r"|(?-i:Stud[iy]\s+(?:Banding|Tiru|Lapangan|Komparatif)|Kaji\s+Banding|Benchmarking|Kunker)\b"
            # the learner is the traveller: "Pemkab X mempelajari pengelolaan …", "Pemkot Y belajar …"
            # (but "ke X untuk mempelajari …" is the purpose of going to X)
            r"|(?:\([^)]*\)\s*)?(?:mempelajari|belajar|menimba|menggali)\b)",
            _I,
        ),
        2,
    ),
]
_VILLAGE_WORDS = ("desa ", "kelurahan ", "kampung ", "nagari ", "gampong ")
_VILLAGE_AT = re.compile(
    r"\bdi\s+(?:desa|kelurahan|kampung|nagari|gampong)\s+[^.;:\n,]{1,40},\s*(?:(?:kecamatan|kec\.|distrik)\s+[^,.;\n]{1,30},\s*)?$",
    _I,
)
_STUDY = re.compile(
    r"\b(?:benchmark\w*|stud[iy]\s+(?:banding|tiru|lapangan|komparasi|komparatif)|kaji\s+banding|visitasi)\b", _I
)
_PREVIOUS_STOP = re.compile(r"\b(?:setelah|usai|seusai|sesudah|selesai)\s+(?:berkunjung\s+)?dari\s+$", _I)
_OUTSIDE = re.compile(r"\bluar\s+(?:daerah\s+|wilayah\s+|provinsi\s+|kabupaten\s+|kota\s+)?$", _I)
_CANCEL_DEST = re.compile(r"\b(?:pulang|kembali|sepulang|diterapkan|diberlakukan)\s+(?:\w+\s+){0,2}(?:ke|di)\s+$", _I)
# what may stand between a programme/cohort and the sender named after it
_GAP_TO_ORIGIN = re.compile(
    r"^(?:\s|,|\(|\)|-|angkatan|ke-|ke(?=\s*\d)|\d+|[IVXLC]+|tahun|anggaran|ta\.?|di\s+lingkungan|di\s+lingkup|lingkungan|lingkup|dari|asal|jajaran"
    r"|bagi|tingkat|tk\.?|pola|baru|peserta|para|\([^)]{0,30}\)|[a-z]+(?=\)))*$",
    _I,
)


@dataclass
class _Place:
    mention: places.PlaceMention
    region: places.Region
    dest: float = 0.0
    origin: float = 0.0


@dataclass
class _Key:
    """One travelling cohort: a programme and its angkatan."""

    program: str | None
    cohort: int | None
    spans: list[tuple[int, int]] = field(default_factory=list)  # where the programme is named
    cohort_span: tuple[int, int] | None = None
    origin: _Place | None = None
    contrast: bool = False  # named only in a clause of its own ("sedangkan Angkatan V …")


_NEEDLES: dict[re.Pattern, tuple] = {}


def _may(pattern: re.Pattern, low: str, text: str) -> bool:
    """pattern.search(text), skipped when the words every match needs are not in low."""
    found = _NEEDLES.get(pattern)
    if found is None:
        groups = needles(pattern)
        found = _NEEDLES[pattern] = groups
    return may_match(found, low) and pattern.search(text) is not None


def _score(text: str, sent: tuple[int, int], mention: places.PlaceMention) -> tuple[float, float]:
    pre = text[max(sent[0], mention.start - 60) : mention.start]
    post = text[mention.end : min(sent[1], mention.end + 80)]
    dest = origin = 0.0
    low_pre, low_post = pre.lower(), post.lower()
    if not _may(_CANCEL_DEST, low_pre, pre):
        for pattern, weight in _DEST_PRE:
            if _may(pattern, low_pre, pre):
                dest += weight
                break
    for pattern, weight in _DEST_POST:
        if _may(pattern, low_post, post):
            dest += weight
            break
    for pattern, weight in _ORIGIN_PRE:
        if _may(pattern, low_pre, pre):
            origin += weight
            break
    for pattern, weight in _ORIGIN_POST:
        if _may(pattern, low_post, post):
            origin += weight
            break
    dest = max(dest, places.destination_weight(pre, low_pre))
    if (
        dest < 2
        and any(w in low_pre for w in _VILLAGE_WORDS)
        and _VILLAGE_AT.search(pre)
        and _STUDY.search(text, sent[0], mention.start)
    ):
        dest = 2.0  # "studi banding pengelolaan BUMDes di Desa Ponggok, Klaten": the village's address
    sender = places.sender_weight(pre, post, low_pre, low_post)
    if sender > origin:
        origin, dest = sender, max(0.0, dest - 1)  # "camat di X": the weak "di" is where they live
    if "dari" in low_pre and _PREVIOUS_STOP.search(pre):
        origin, dest = 0.0, max(dest, 2.0)  # "Usai dari A, rombongan bertolak ke B": A was a stop
    if "luar" in low_pre and _OUTSIDE.search(pre):
        origin = 0.0  # "dua lembaga dewan dari luar daerah X": they come from anywhere but X
    lowered = mention.text.lower()
    if lowered.startswith(("balai", "walikota", "wali kota", "bupati", "gubernur")):
        dest += 0.5  # the host's officials and town hall
    return dest, origin


# "Kecamatan Mentawa Baru Ketapang Kabupaten Kotawaringin Timur": a bare regency name that closes the
# name of a kecamatan (or village) written with its own regency after it is the kecamatan's name
_SUBDISTRICT_BEFORE = re.compile(r"\b(?:Kecamatan|Kec\.|Desa|Kelurahan)\s+(?:[A-Z][\w'-]*\s+){0,3}$")
_REGENCY_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:Kabupaten|Kab\.|Kota)\s+(?P<name>[A-Z][\w'-]*)")


def _subdistrict_names(text: str, mentions: list) -> set[str]:
    """Bare names the text uses for a kecamatan or village of another regency."""
    names = set()
    for m in mentions:
        if not m.bare or m.explicit_kind is not None:
            continue
        after = _REGENCY_AFTER.match(text, m.end)
        # (a kecamatan named as its own regency, "Kec. Banjarnegara Kab. Banjarnegara", is in it)
        if (
            after is not None
            and not m.text.startswith(after.group("name"))
            and _SUBDISTRICT_BEFORE.search(text, max(0, m.start - 50), m.start)
        ):
            names.add(m.text)
    return names


def _resolved_places(text: str) -> list[_Place]:
    mentions = places.find_places(text)
    if "Kec" in text or "Desa" in text or "Kelurahan" in text:
        # ... and its later bare mentions ("Camat MB Ketapang") name the kecamatan too
        local = _subdistrict_names(text, mentions)
        mentions = [m for m in mentions if not (m.bare and m.explicit_kind is None and m.text in local)]
    context = set()
    for m in mentions:
        if len(m.candidates) == 1:
            context.add(m.candidates[0].province)
            context.add(m.candidates[0].name)  # "Kabupaten Magelang" settles a later bare "Magelang"
    resolved: list[_Place] = []
    for m in mentions:
        rural = m.explicit_kind is None and places.closes_a_village_address(text[max(0, m.start - 60) : m.start])
        region = places.resolve(m, context, rural)
        if region is None:
            continue
        prev = resolved[-1] if resolved else None
        # "Kabupaten Kepulauan Selayar Sulawesi Selatan": the province only locates the regency
        if (
            prev is not None
            and region.kind == "province"
            and prev.region.kind != "province"
            and prev.region.province == region.name
            and re.fullmatch(r"[\s,(]*(?:provinsi|propinsi|prov\.)?\s*", text[prev.mention.end : m.start], _I)
        ):
            continue
        resolved.append(_Place(m, region))
    return resolved


@lru_cache(maxsize=8)
def _travel_cue(text: str) -> bool:
    """The words state a trip: a strong cue or an activity written with where it goes (asked
    twice per article: when deciding it reports a visit, and whether a host is needed)."""
    return (
        _STRONG_CUES.search(text) is not None
        or _ACTIVITY_TO_PLACE.search(text) is not None
        or _HOST_RECEIVES.search(text) is not None
        or _STUDY_OF_HOST.search(text) is not None
        or bool(abroad.find_stops(text))  # a trip abroad: "studi banding ke Jepang"
    )


def _describes_visit(text: str, activities: list, keys: list[_Key]) -> bool:
    """An article reports a visit when a cohort or a visit activity is named and the words
    show people travelling to a host; an opening ceremony or an explainer does not."""
    if not activities and not any(k.program for k in keys) and not _LEARNING.search(text):
        # SCHEMA "whose visits": a trip with no programme and no study word counts only
        # when its stated purpose is to learn from the host
        return False
    if _CEREMONY.search(text):
        # at an opening, a visit is only a later stage ("peserta akan melaksanakan benchmarking ke …")
        present = [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if not _FUTURE.search(s)]
        # ... but a ceremony told only as what is to come ("yang lulus akan diwisuda bulan depan") is
        # not what the article reports
        if any(_CEREMONY.search(s) for s in present) and not any(
            _STRONG_CUES.search(s) or _ACTIVITY_TO_PLACE.search(s) for s in present
        ):
            return False
    strong = _travel_cue(text)
    if not activities:
        return strong  # without "benchmarking", "studi lapangan"…, travel must be explicit
    return strong or _WEAK_CUES.search(text) is not None


# what may stand between a cohort and the programme written after it ("Dikreg XLVI Sesko TNI")
_COHORT_BEFORE = re.compile(r"[\s()]*(?:\w+\s+)?")
# what joins two programmes that travel together: "PKA dan PKP", "PKA (…) serta PKP"
_PROGRAM_LINK = re.compile(r"\s*\)?\s*(?:\([^()]{0,20}\)\s*)?(?:,|dan|serta|&)\s*(?:peserta\s+)?", _I)


# the words that open a clause about another group: "Adapun angkatan XXV …", "sedangkan peserta Angkatan V"
_CONTRAST_OPENER = re.compile(
    r"(?:\b(?:adapun|sedangkan|sementara(?:\s+itu)?|kemudian)\s*,?\s+(?:untuk\s+)?(?:peserta\s+|rombongan\s+)?"
    r"(?:kelompok\s+)?(?:angkatan\s*(?:ke\s*-?\s*)?)?)$",
    _I,
)


_CLAUSE_START = re.compile(r"(?:[,;:]|\bdan|\bserta)\s*$|^\s*$", _I)
_SENT_TO = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,?\s*(?:ke|menuju|berkunjung\s+ke|mengunjungi)\s+(?-i:[A-Z])", _I)


_SIDE_BY_SIDE = re.compile(r"\b(?:dan|serta|sedangkan|sementara|adapun)\b", _I)


def _cohort_keys(text: str, found_programs: list, cohorts: list) -> list[_Key]:
    specific = {p.name for p in found_programs if not p.generic}
    families: dict[str, set[str]] = {}
    for name in specific:
        families.setdefault(name.split()[0], set()).add(name)

    def canonical(p: programs.ProgramMention) -> str:
        if p.generic and len(families.get(p.name, ())) == 1:
            return next(iter(families[p.name]))
        return p.name

    keys: list[_Key] = []
    used: set[int] = set()
    for index, p in enumerate(found_programs):
        name = canonical(p)
        next_start = found_programs[index + 1].start if index + 1 < len(found_programs) else len(text)
        # the cohort written right after the programme ("PKP Angkatan VII dan VIII")
        near = [c for c in cohorts if p.end <= c.start < min(p.end + 70, next_start) and c.start not in used]
        chain: list[programs.CohortMention] = []
        for c in near:
            gap = text[(chain[-1].end if chain else p.end) : c.start]
            if chain and not re.fullmatch(r"\s*(?:,|dan|serta|&)\s*(?:angkatan\s*)?(?:ke\s*-?\s*)?", gap, _I):
                break
            if not chain and "\n" in gap:
                break
            chain.append(c)
        if not chain:
            # "Pasis Dikreg XLVI Sesko TNI", "Angkatan Ke-51 Sesko TNI": the cohort written just before
            before = [
                c
                for c in cohorts
                if c.start not in used and c.end <= p.start and _COHORT_BEFORE.fullmatch(text, c.end, p.start)
            ]
            chain = before[-1:]
        if not chain:
            keys.append(_Key(name, None, [(p.start, p.end)]))
        for c in chain:
            used.add(c.start)
            keys.append(_Key(name, c.value, [(p.start, p.end)], (c.start, c.end)))
    # one key per programme + cohort; a programme named without a cohort joins its keyed entry
    merged: list[_Key] = []
    for k in keys:
        same = [
            m
            for m in merged
            if m.program == k.program and (m.cohort == k.cohort or k.cohort is None or m.cohort is None)
        ]
        if same:
            target = same[0]
            if target.cohort is None and k.cohort is not None:
                if any(m.cohort is not None for m in merged if m.program == k.program):
                    continue
                target.cohort, target.cohort_span = k.cohort, k.cohort_span
            target.spans.extend(k.spans)
            continue
        merged.append(k)
    # a second cohort of the same programme is a second visit only when written together
    # with the first ("Angkatan VII dan VIII"); otherwise it is a slip or another year's cohort
    result: list[_Key] = []
    for k in merged:
        siblings = [r for r in result if r.program == k.program]
        if siblings and k.cohort_span and siblings[0].cohort_span:
            gap = text[siblings[-1].cohort_span[1] : k.cohort_span[0]]
            if not re.fullmatch(r"\s*(?:,|dan|serta|&)\s*(?:angkatan\s*)?(?:ke\s*-?\s*)?", gap, _I) and not (
                # "peserta PKA Angkatan II dari A dan peserta PKA Angkatan III dari B": each cohort
                # written with its own programme, side by side in one sentence
                len(gap) <= 120
                and _SIDE_BY_SIDE.search(gap)
                and not re.search(r"[.!?]\s|\n", gap)
                and any(e <= k.cohort_span[0] and k.cohort_span[0] - e <= 3 for _, e in k.spans)
            ):
                continue
        result.append(k)
    # generic family names left over ("Diklatpim" with no level anywhere) are not a programme
    result = [k for k in result if not (k.program in families and k.program not in specific)] or result
    # a family word that only introduces a named programme ("Program Diklat Kepemimpinan Sespimmen")
    generic = {p.name for p in found_programs if p.generic} - specific
    if any(k.program in specific for k in result):
        result = [k for k in result if k.program not in generic]
    # the travelling programme is the one named first; others must carry their own cohort or be
    # written together with it ("peserta PKA dan PKP", "PKA (…) serta PKP (…)")
    if len(result) > 1:
        first = result[0]
        together = {first.program}
        for a, b in zip(found_programs, found_programs[1:], strict=False):
            if canonical(a) in together and _PROGRAM_LINK.fullmatch(text, a.end, b.start):
                together.add(canonical(b))
        result = [k for k in result if k is first or k.program in together or k.cohort is not None]
    # the cohort named in another sentence than the programme ("… PKA. Rombongan Angkatan II …"):
    # when the article names one programme and one cohort, they belong together
    values = {c.value for c in cohorts}
    if len(result) == 1 and result[0].program and result[0].cohort is None and len(values) == 1:
        result[0].cohort, result[0].cohort_span = cohorts[0].value, (cohorts[0].start, cohorts[0].end)
    # "… Angkatan IV ke Pemkab X, sedangkan Angkatan V ke Pemkot Y": a cohort that opens a contrast
    # clause of its own is a second travelling group of the one programme the article names
    if len(result) == 1 and result[0].program and result[0].cohort is not None:
        first = result[0]
        for c in cohorts:
            if c.value in {k.cohort for k in result}:
                continue
            # "…, Angkatan II ke Kabupaten Gowa pada …": a cohort whose own clause sends it somewhere
            if _CONTRAST_OPENER.search(text, max(0, c.start - 40), c.start) or (
                _CLAUSE_START.search(text, max(0, c.start - 6), c.start) and _SENT_TO.match(text, c.end)
            ):
                result.append(_Key(first.program, c.value, [], (c.start, c.end), contrast=True))
    # without a programme, "gelombang" is a wave of the trip, not a cohort
    cohorts = [c for c in cohorts if not text[c.start : c.end].lower().startswith("gelombang")]
    if not result and cohorts:
        result.append(_Key(None, cohorts[0].value, [], (cohorts[0].start, cohorts[0].end)))
    return result


def _origin_after(text: str, key: _Key, resolved: list[_Place]) -> _Place | None:
    """The sender named right after the programme or cohort ("PKA Angkatan IV Kabupaten Cilacap")."""
    anchors = sorted(end for _, end in key.spans + ([key.cohort_span] if key.cohort_span else []))
    for anchor in anchors:
        for place in resolved:
            if place.mention.start < anchor:
                continue
            gap = text[anchor : place.mention.start]
            if place.mention.start - anchor <= 80 and "\n" not in gap and _GAP_TO_ORIGIN.match(gap):
                return place
            break
    return None


def _split_by_sender(text: str, sents, keys: list[_Key], resolved: list[_Place]) -> list[_Key]:
    """One programme written twice in one sentence, each time with a sender of its own ("40 peserta
    Latsar CPNS Kabupaten A dan 35 peserta Latsar CPNS Kabupaten B"): a travelling group per sender
    (a headline's "PKA Bengkulu" and the body's "PKA … Provinsi Bengkulu" are one sender)."""
    out: list[_Key] = []
    for key in keys:
        by_region: dict[places.Region, list[tuple[int, int]]] = {}
        firsts: dict[places.Region, _Place] = {}
        for span in key.spans[:20]:
            place = _origin_after(text, _Key(key.program, None, [span]), resolved)
            if place is not None:
                by_region.setdefault(place.region, []).append(span)
                firsts.setdefault(place.region, place)
        regions = list(by_region)
        side_by_side = any(
            sentence_at(sents, sa[0]) == sentence_at(sents, sb[0])
            for i, a in enumerate(regions)
            for b in regions[i + 1 :]
            if a.province != b.province or (a.kind != "province" and b.kind != "province")
            for sa in by_region[a]
            for sb in by_region[b]
        )
        if not side_by_side:
            out.append(key)
            continue
        for region, spans in by_region.items():
            out.append(_Key(key.program, key.cohort, spans, key.cohort_span, firsts[region]))
    return out


# a sentence that goes on with "the group" ("Rombongan itu datang ke …", "Delegasi tersebut tiba …")
_THAT_GROUP = re.compile(
    r"(?=[rdtRDT])\b(?:rombongan|delegasi|tamu)\s+(?:itu|tersebut)\s+(?:\w+\s+)?"
    r"(?:datang|tiba|berkunjung|bertandang)\b",
    _I,
)


def _name_the_group(text: str, sents, resolved: list[_Place]) -> None:
    """A government named in one sentence and called "rombongan itu" in the next, which travels
    ("Salah satunya Pemkot A. Rombongan itu datang ke Kota B"): that government is the sender."""
    for m in _THAT_GROUP.finditer(text):
        lo = sentence_at(sents, m.start())[0]
        if lo == 0 or text[lo : m.start()].strip():
            continue  # not what the sentence opens with
        prev = sentence_at(sents, lo - 1)
        named = [p for p in resolved if prev[0] <= p.mention.start < prev[1] and p.mention.government]
        if len({p.region for p in named}) == 1 and named[0].dest < 2:
            named[0].origin += 2


def _listed_senders(text: str, keys: list[_Key], resolved: list[_Place]) -> list[_Key]:
    """A programme written with a list of senders ("Diklat PIM IV Kota A dan Kota B", "peserta PKA
    Kabupaten A serta Kabupaten B"): one travelling group per sender, each with the programme (a
    province listed with its own regency only locates it); a cohort goes with the first sender."""
    if len(keys) != 1 or keys[0].origin is None:
        return keys
    key = keys[0]
    at = next(i for i, p in enumerate(resolved) if p is key.origin)
    chain = [key.origin]
    for place in resolved[at + 1 :]:
        if not _linked(text, chain[-1], place) or place.dest > place.origin:
            break
        chain.append(place)
    regions = _distinct(chain, text)
    if len(regions) < 2:
        return keys
    out = [key]
    for region in regions[1:]:
        place = next(p for p in chain if p.region == region)
        place.origin += 3
        # the cohort is written with the first sender ("Angkatan I Kota A dan Kota B"): a cohort
        # number is one organizer's count, the others' is not given
        out.append(_Key(key.program, None, key.spans, None, place))
    return out


def _choose_year(text: str, found_dates: list[dates.DateMention], published: dt.date | None) -> int | None:
    if published:
        return published.year
    years = [d.first.year or d.last.year for d in found_dates if d.first.year or d.last.year]
    if years:
        return max(set(years), key=years.count)
    hints = dates.find_year_hints(text)
    if hints:
        years = [y for _, _, y in hints]
        return max(set(years), key=years.count)
    return None


@lru_cache(maxsize=4)
def _all_dates(text: str) -> tuple:
    return tuple(dates.find_dates(text))


_CLOSING = re.compile(r"\b(?:penutupan\w*|ditutup|menutup|wisuda|diwisuda|kelulusan|dinyatakan\s+lulus)\b", _I)
# a date that only opens the trip: a departure or "since"
_OPEN_START = re.compile(
    r"\b(?:sejak|berangkat|bertolak|keberangkatan|diberangkatkan|memberangkatkan|dilepas|melepas"
    # the arrival in a region (not at a hall) and the opening of a series start a stay of several days
    r"|tiba\s+di\s+(?!kantor|aula|gedung|ruang|balai|pendopo|pendapa|rumah|hotel|bandara|lokasi))\b",
    _I,
)
# the first day of a series opens a stay of several days; in one stop's own clause of a day-by-day
# account ("Hari pertama, Senin (3/6), peserta belajar di Kota A") it is that stop's one day
_SERIES_START = re.compile(r"\b(?:awal\s+rangkaian|hari\s+pertama)\b", _I)


def _fitting_year(d: dates.DateMention, year: int | None, text: str, from_date: bool = True) -> int | None:
    """A yearless date written with its weekday falls in the year where the weekday fits:
    "Selasa (25/07)" in an article posted the next year, or with "TA 2023" beside it."""
    if year is None or d.first.year is not None or d.last.year is not None or d.weekday_fits(year) is not False:
        return year
    hinted = {y for _, _, y in dates.find_year_hints(text)}
    if not from_date:
        # a year only hinted at ("Tahun 2018") dates the visit when the weekday fits it, else nothing
        return next((y for y in sorted(hinted) if d.weekday_fits(y)), None)
    for candidate in sorted(hinted | {year - 1, year + 1}, key=lambda y: (abs(y - year), -y)):
        if d.weekday_fits(candidate):
            return candidate
    return year


def _visit_dates(
    text: str,
    sents,
    published: dt.date | None,
    skip: tuple[int, int] | None,
    chrome=(),
    within: tuple[int, int] | None = None,
    header_end: int = 0,
):
    """The visit's first and last day, their spans and a confidence; `within`: only dates written in
    that stretch (one group's clause), the year still chosen from the whole article."""
    # the posting line's date, written with its weekday or clock, is not the visit's; nor is a date
    # alone on a line above the headline (the day the page was fetched): it gives no year either
    spans = ([skip] if skip else []) + list(chrome)
    found = [d for d in _all_dates(text) if not any(d.start < b and d.end > a for a, b in spans)]
    year = _choose_year(text, found, published)
    from_date = published is not None or any(d.first.year or d.last.year for d in found)
    if "utup" in text or "lulus" in text or "wisuda" in text:
        # a report of a closing that also tells of the trip: the day written with the closing is
        # the ceremony's, not the trip's
        found = [d for d in found if not _CLOSING.search(text, *sentence_at(sents, d.start))]
    if within is not None:
        found = [d for d in found if within[0] <= d.start < within[1]]
    ranges, singles = [], []
    for d in found:
        resolved = d.resolve(_fitting_year(d, year, text, from_date))
        if resolved is None:
            continue
        if resolved[0] != resolved[1]:
            if (resolved[1] - resolved[0]).days <= 31:
                ranges.append((d, resolved))
        else:
            singles.append((d, resolved))
    if ranges:
        d, (start, end) = ranges[0]
        return start, end, [(d.start, d.end)], 0.9
    if published is not None and (past := _past_visit_day(text, sents, published, singles, within)) is not None:
        return past
    if singles:
        # a day something was said comes after the days the text gives its events; so does a day written
        # above the story's opener (a photo caption's "foto bareng …, Rabu 7/8/2019")
        singles.sort(
            key=lambda item: (
                item[0].start < header_end,
                dates.said_on(text, sentence_at(sents, item[0].start)[0], item[0].start),
            )
        )
        d, (start, end) = singles[0]
        spans = [(d.start, d.end)]
        durations = [x for x in dates.find_durations(text) if within is None or within[0] <= x[0] < within[1]]
        if durations and 1 < durations[0][2] <= 14:
            s, e, days = durations[0]
            end = start + dt.timedelta(days=days - 1)  # a duration counts from the first day
            spans.append((s, e))
        elif _OPEN_START.search(told := text[slice(*sentence_at(sents, d.start))]) or (
            within is None and _SERIES_START.search(told)
        ):
            end = None  # "sejak Senin (24/2)", "berangkat … Selasa (29/9)": the last day is not given
        return start, end, spans, 0.8 if d.first.year else 0.6
    return None, None, [], 0.0


def _opener_start(line: byline.Byline) -> int:
    """Where the story opens ("KOTA, Outlet –", "outlet.com –"): what stands above it is its header."""
    opener = line.dateline or line.outlet
    return opener.start if opener is not None else 0


def _past_visit_day(text: str, sents, published: dt.date, singles, within) -> tuple | None:
    """ "… mendatangi Kantor Wali Kota Padang pada Kamis lalu": a weekday told as past in the sentence
    that tells the trip is the last such day before publication; it dates the visit over a date that
    only closes a speech attribution (the day the words were said)."""
    for start, end, weekday in dates.past_weekdays(text):
        if within is not None and not within[0] <= start < within[1]:
            continue
        sent = sentence_at(sents, start)
        told = text[slice(*sent)]
        if not (_STRONG_CUES.search(told) or _ACTIVITY_TO_PLACE.search(told)) or dates.attributed(text, sent[0], start):
            continue
        if any(not dates.attributed(text, sentence_at(sents, d.start)[0], d.start) for d, _ in singles):
            return None  # a date of the trip itself is written
        day = published - dt.timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
        return day, day, [(start, end)], 0.5
    return None


def _span_of(text: str, value: str, start: int = 0) -> tuple[int, int] | None:
    pos = text.find(value, start)
    return (pos, pos + len(value)) if pos >= 0 else None


_COUNCILS = frozenset(("DPRD", "DPRA", "DPRK", "DPRP"))


def _council_with_its_region(text: str, council: str, region, resolved: list[_Place]):
    """The council with the region as written, the fullest writing first ("DPRD Kabupaten Lampung
    Tengah" over "DPRD Lamteng")."""
    named = []
    for p in resolved:
        a = p.mention.start - len(council) - 1
        if p.region == region and a >= 0 and text[a : p.mention.start] == council + " ":
            named.append((p.mention.end - p.mention.start, a, p.mention.end))
    if not named:
        return None
    _, a, b = max(named)
    return text[a:b], (a, b)


def _unit_with_its_place(text: str, span: tuple[int, int], resolved: list[_Place]):
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


_VILLAGES = ("desa", "nagari", "kampung", "gampong", "pekon")  # a kelurahan is the city's own office


def _village_host(items, host, dest_mentions):
    """The one village visited, where no government hosts, is the host itself ("Desa Penglipuran"),
    at each stop of a trip as at its only one."""
    villages = [item for item in items if item[0].split()[0].lower() in _VILLAGES]
    if len(villages) == 1 and not (host and any(p.mention.government for p in dest_mentions)):
        return villages[0][0], villages[0][1]
    return host


def _full_place_name(p: _Place) -> bool:
    base = re.sub(r"^(?:Kota|Kabupaten)\s+", "", p.region.name).lower()
    return base in p.mention.text.lower()


def _host_form(text: str, mentions: list[_Place]) -> tuple[str, tuple[int, int]] | None:
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


# a body written before its region: "DPRD Kabupaten X", "BKAD Kabupaten Y", "Apdesi Aceh Tenggara"
_KOMISI_BEFORE = re.compile(r"\b(?:Komisi|Pansus|Fraksi)\s+(?:[IVX]{1,4}|[A-E]|\d{1,2})\s+$")
_BODY_BEFORE = re.compile(r"(?<![\w-])(?P<body>[A-Z][A-Za-z]{1,9})\s+$")


_ADDRESS_GAP = re.compile(r"\s*,\s*(?:Kecamatan|Kec\.)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*,\s*")
_UNIT_ENDS = re.compile(r"[A-Za-z),]\s+$")  # a name ends right before the place
_ROLE_ENDS = frozenset(("camat", "lurah", "bupati", "walikota", "gubernur", "kepala", "ketua", "sekda", "kades"))


def _unit_that_travels(text: str, mentions: list[_Place]) -> tuple[str, tuple[int, int]] | None:
    """A unit written right before the sender's place, where the words make that place the
    travellers' ("Dinas Kominfo … (Diskominfotiksan) Kabupaten X, Lampung datang studi tiru ke …",
    "BUMDes Maju Desa Y menggelar studi banding"): the unit is the body that travelled."""
    p = max(mentions, key=lambda p: p.origin, default=None)
    if p is not None and p.origin >= 2 and _UNIT_ENDS.search(text, max(0, p.mention.start - 3), p.mention.start):
        # (the address's comma too: "Desa Kemantren, Kecamatan Paciran, Lamongan")
        lo = max(0, p.mention.start - 120)
        units = agencies.find_units(text, lo, p.mention.start)
        for n, unit in enumerate(units):
            address = _ADDRESS_GAP.fullmatch(text, unit.end, p.mention.start)
            if (
                (not text[unit.end : p.mention.start].strip() or address)
                and "\n" not in text[unit.start : p.mention.start]
                and not agencies.is_training_body(unit.name)
                and len(unit.name.split()) > 1
                and unit.name.split()[-1].lower() not in _ROLE_ENDS  # "… dan Camat Penajam": a person's role
            ):
                start = unit.start
                if n and not text[units[n - 1].end : unit.start].strip():
                    start = units[n - 1].start  # "BUMDes Sumber Makmur Desa Kemantren": a village's unit
                end = unit.end if address else p.mention.end  # an address is no part of the name
                return text[start:end], (start, end)
    return None


def _sender_form(text: str, mentions: list[_Place], organizer, sender: _Place) -> tuple[str, tuple[int, int]] | None:
    """The sender as a body: its government ("Pemkab X"), else a body named with the place
    where the text makes it the sender ("DPRD Kota X"), else the region's own training body,
    else the place as written."""
    form = _host_form(text, mentions)
    body = _unit_that_travels(text, mentions)
    if body is not None:
        return body
    if form is None or any(p.mention.government for p in mentions):
        return form
    first_line = text.find("\n")
    first = next((p for p in mentions if p.mention.start > first_line), mentions[0])  # below the headline
    for p in (sender, first) if first is not sender else (sender,):
        m = _BODY_BEFORE.search(text, max(0, p.mention.start - 12), p.mention.start)
        if m and agencies.is_body_acronym(m.group("body")):
            # "Komisi D DPRD DKI Jakarta": the council's komisi that travelled is part of the sender
            k = _KOMISI_BEFORE.search(text, max(0, m.start() - 20), m.start())
            start = k.start() if k else m.start()
            return text[start : p.mention.end], (start, p.mention.end)
    if organizer is not None and organizer.region == sender.region:
        return organizer.name, (organizer.start, organizer.end)
    return form


def extract_visits(
    text: str, *, published: dt.date | None = None, title: str | None = None, outlet: str | None = None
) -> list[Extraction]:
    """Every visit the article reports (possibly none)."""
    sents = sentence_spans(text)
    found_programs = programs.find_programs(text) or programs.find_open_programs(text)
    cohorts = programs.find_cohorts(text)
    activities = programs.find_activities(text)
    keys = _cohort_keys(text, found_programs, cohorts)
    if not _describes_visit(text, activities, keys):
        return []
    unnamed = not keys
    if unnamed:
        # a study trip of officials, village heads or DPRD members with no training programme:
        # SCHEMA records it with programme and cohort null
        keys = [_Key(None, None)]

    line = byline.find_byline(text)
    resolved = _resolved_places(text)
    organizers = [
        o
        for o in agencies.find_organizers(text)
        if not re.search(r"\b(?:kantor|aula|ruang|gedung|di)\s+$", text[max(0, o.start - 12) : o.start], _I)
    ]

    for place in resolved:
        if line.dateline and line.dateline.start <= place.mention.start < line.dateline.end:
            continue  # the dateline's city: the words after it open the lead, they say nothing of it
        sent = sentence_at(sents, place.mention.start)
        place.dest, place.origin = _score(text, sent, place.mention)
    hosted: dict[str, float] = {}
    for place in resolved:
        hosted[place.region.name] = hosted.get(place.region.name, 0.0) + place.dest
    best_host = max(hosted.values(), default=0.0)
    # no host named by the words of the text: an explainer or a ceremony, not a report of a visit
    travel = _travel_cue(text)
    if best_host <= 0 and not travel and _frames(text, sents, resolved, 0, None, {}):
        travel = True  # "di empat provinsi tujuan, masing-masing A, B, C dan D"
    if (best_host < 2 and _EXPLAINER.search(text)) or (best_host <= 0 and not travel):
        return []
    if unnamed and not (
        _TRAVELLERS.search(text)
        or _HELD.search(text)
        or _TOGETHER.search(text)
        or any(p.origin > 0 for p in resolved)
        or find_participants(text)
        or visitors.visitors_came(text)
    ):
        # without a cohort, a visit needs someone who travelled: a group, a sender or a head count
        # ("kepala daerah sering studi banding ke luar negeri" is talk about trips, not a trip)
        return []
    dated: set[places.Region] = set()
    if line.dateline:
        # reporters file from where the visit happens: a hint, weaker than the words of the text
        dated = {p.region for p in resolved if line.dateline.start <= p.mention.start < line.dateline.end}
        dated.update(places.regions_named(line.dateline.value))
        # ... unless the text makes that place the travellers' home (a local outlet at home)
        dated -= {p.region for p in resolved if p.origin >= 3}
        for region in dated:
            for place in resolved:
                if place.region == region:
                    place.dest += 1.5
                    break
    keys = _split_by_sender(text, sents, keys, resolved)
    for key in keys:
        key.origin = key.origin or _origin_after(text, key, resolved)
        if key.origin is not None:
            key.origin.origin += 3
    keys = _listed_senders(text, keys, resolved)
    _name_the_group(text, sents, resolved)
    for org in organizers:
        for place in resolved:
            if org.start <= place.mention.start < org.end:
                place.origin += 2
                place.dest = 0

    totals: dict[str, list[float]] = {}
    first_seen: dict[str, int] = {}
    by_name: dict[str, places.Region] = {}
    for place in resolved:
        t = totals.setdefault(place.region.name, [0.0, 0.0])
        t[0] += place.dest
        t[1] += place.origin
        first_seen.setdefault(place.region.name, place.mention.start)
        by_name[place.region.name] = place.region

    def best(role: int, exclude: set[str]) -> str | None:
        other = 1 - role
        ranked = sorted(
            (n for n in totals if n not in exclude and totals[n][role] > 0),
            key=lambda n: (-(totals[n][role] - 1.0 * totals[n][other]), first_seen[n]),
        )
        return ranked[0] if ranked else None

    dest_name = best(0, set())
    if dest_name is not None and not any(totals[n][1] > 0 for n in totals if n != dest_name):
        # the only place the group "goes" to is its own region ("pejabat di lingkungan Pemkab X …
        # berkunjung ke tempat bersejarah di X"): a programme activity at home, not a study visit
        mine = [p for p in resolved if p.region.name == dest_name]
        member = any(_MEMBER_OF.search(text, max(0, p.mention.start - 20), p.mention.start) for p in mine)
        if member and not any(p.dest >= 3 for p in mine):
            return []
    origin_name = best(1, {dest_name} if dest_name else set())
    if origin_name is None and dest_name is not None and len(dated) == 1:
        # a local outlet reports its own delegation away ("KUNINGAN – … gedung DPRD Kuningan lengang,
        # 50 anggota dewan tengah menjalani studi banding ke …"): no sender named, the host elsewhere,
        # and a body of the dateline's region in the text
        home = next(iter(dated))
        # ... or of its province, when the dateline is a city of it ("Mamuju — … Sekprov Sulbar … ke Jawa
        # Tengah": the province's programme reported from its capital)
        bodies = [
            p
            for p in resolved
            if (p.region == home or (p.region.kind == "province" and p.region.name == home.province))
            and p.mention.start >= line.dateline.end
            and (p.mention.government or _BODY_BEFORE.search(text, max(0, p.mention.start - 12), p.mention.start))
            and p.dest < 2
        ]
        if home.name != dest_name and home.province != by_name[dest_name].name and bodies:
            origin_name = bodies[0].region.name
            by_name.setdefault(origin_name, bodies[0].region)
            bodies[0].origin += 1  # the sender as the text writes it: "DPRD Gresik", not the dateline

    start, end, date_spans, date_conf = _visit_dates(
        text,
        sents,
        published or (line.published[0] if line.published else None),
        (line.published[1], line.published[2]) if line.published else None,
        line.chrome,
        # the lines between the headline and the story's opener (a photo caption, a posting line)
        header_end=_opener_start(line),
    )

    dest_region = by_name.get(dest_name) if dest_name else None
    dest_mentions = [p for p in resolved if dest_region and p.region == dest_region]
    host = _host_form(text, dest_mentions) if dest_mentions else None

    organizer = None
    title_end = text.find("\n")
    first_line = text[: title_end if title_end >= 0 else len(text)].rstrip()
    # a first line that is a whole sentence is the lead paragraph ("Bali (ANTARA) - …"), not a headline
    if len(first_line) > 200 or first_line.endswith("."):
        title_end = -1
    if line.title is not None:
        title_end = line.title.end  # the headline below page chrome ("27.8 C / Medan / Sunday, …")
    if any(o.start > title_end for o in organizers):
        # a headline's Title Case runs on past the body's name ("Lemhannas Gelar KSSDN …")
        organizers = [o for o in organizers if o.start > title_end]
    national = next((o for o in organizers if o.national), None)
    national = national and agencies.fullest(national, organizers)
    origin_region = by_name.get(origin_name) if origin_name else None
    for org in organizers:
        if (
            org.region is not None
            and dest_region is not None
            and org.region != origin_region  # the travellers' own body, even next door to the host
            and (
                org.region == dest_region
                or (org.region.province == dest_region.province and org.region.kind == dest_region.kind)
            )
        ):
            continue
        organizer = agencies.fullest(org, organizers)
        break
    if organizer is not None and organizer.region is not None and national and national.start > organizer.start:
        national = None  # a region's own training body sends its cohort; a national body named later sets rules

    agency_items = _host_agencies(text, sents, dest_region, organizer)
    # the one village visited, where no government hosts, is the host itself ("Desa Penglipuran")
    host = _village_host(agency_items, host, dest_mentions)
    officials = people.find_officials(text)
    participants = find_participants(text)

    # one record per travelling group and destination: a list of destinations ("masing-masing ke
    # A, B dan C"), or of senders received together ("rombongan DPRD A dan DPRD B"), is a frame each
    # a destination only the dateline suggests does not hold against a written list of destinations
    dest_frames, together = _frame_list(text, sents, resolved, 0, dest_name if best_host > 0 else None, by_name)
    origin_frames = (
        _frames(text, sents, resolved, 1, origin_name, by_name, exclude=dest_name)
        if len(keys) == 1 and _key_origin_free(keys)
        else []
    )
    if dest_frames and origin_frames and set(dest_frames) & set(origin_frames):
        origin_frames = []
    # senders received together at each stop of an itinerary: one record per sender and stop
    frames: list[tuple[places.Region | None, places.Region | None]] = [
        (d, o) for d in (dest_frames or [dest_region]) for o in (origin_frames or [None])
    ]
    # cohorts sent each to a place of its own ("Angkatan IV ke Pemkab X, sedangkan Angkatan V ke Pemkot
    # Y"): one record per cohort at its place, not every cohort at every place
    own_clause = _key_clauses(text, sents, keys, resolved, cohorts)
    if any(k.contrast and id(k) not in own_clause for k in keys):
        # "Sementara itu, Angkatan VI masih mengikuti pembelajaran di kampus": a cohort whose own
        # clause sends it nowhere did not travel
        keys = [k for k in keys if not k.contrast or id(k) in own_clause]
        own_clause = _key_clauses(text, sents, keys, resolved, cohorts)
    own_dest = {k: region for k, (region, _) in own_clause.items()}
    if len(own_dest) >= 2 or (own_dest and len(frames) > 1 and set(own_dest.values()) >= set(dest_frames)):
        dest_frames, origin_frames = [], []
        frames = [(dest_region, None)]
    elif len(frames) > 1:
        own_dest = {}
    # each cohort's own days, when the clauses give them ("Angkatan I ke A pada 3 Mei, Angkatan II ke B
    # pada 5 Juli"); a cohort whose clause has none keeps the article's date unless that date is
    # written in another cohort's clause; one date in the last clause only is said of them all
    key_dates: dict[int, tuple] = {}
    if own_clause:
        skip = (line.published[1], line.published[2]) if line.published else None
        pub = published or (line.published[0] if line.published else None)
        for k in keys:
            if id(k) in own_clause:
                found_here = _visit_dates(text, sents, pub, skip, within=own_clause[id(k)][1])
                if found_here[0] is not None and not _closes_sentence(text, sents, found_here[2][0]):
                    key_dates[id(k)] = found_here
        if len(key_dates) < 2:
            key_dates = {}  # one clause's date, the others having none: said of them all
        if key_dates:
            article_date_owned = date_spans and any(lo <= date_spans[0][0] < hi for _, (lo, hi) in own_clause.values())
            for k in keys:
                if id(k) not in key_dates and not article_date_owned:
                    key_dates[id(k)] = (start, end, date_spans, date_conf)
    # one group stop after stop: a date written beside one stop is that stop's date only ("… ke A,
    # Senin (3/6). Setelah dari A, rombongan melanjutkan ke B pada Rabu (5/6)")
    date_frame = None
    frame_dates: dict[places.Region, tuple] = {}
    if len(dest_frames) > 1 and not together and date_spans:
        frame_dates = _stop_dates(text, sents, resolved, dest_frames, line, published)
        sent = sentence_at(sents, date_spans[0][0])
        named = {p.region for p in resolved if sent[0] <= p.mention.start < sent[1] and p.region in dest_frames}
        date_frame = named.pop() if len(named) == 1 else None
    elif len(dest_frames) > 1 and date_spans:
        # groups that went at once, each clause with days of its own ("ke A pada 16-19 November,
        # sedangkan ke B pada 15-19 November"): each group's own days, when every group has some
        frame_dates = _stop_dates(text, sents, resolved, dest_frames, line, published)
        if set(frame_dates) != set(dest_frames) or len({v[:2] for v in frame_dates.values()}) < 2:
            frame_dates = {}
    # senders received on different days ("Rombongan A datang pada 2 November, sementara B menyusul pada
    # 3 November"): each sender's own day, when every sender is given one and the days differ
    sender_dates: dict[places.Region, tuple] = {}
    if len(origin_frames) > 1 and not dest_frames and date_spans:
        sender_dates = _stop_dates(text, sents, resolved, origin_frames, line, published)
        if set(sender_dates) != set(origin_frames) or len({v[:2] for v in sender_dates.values()}) < 2:
            sender_dates = {}
    frame_counts = (
        # the dateline's place is where the reporter files, not a group named beside a count
        _frame_counts(
            text,
            sents,
            [p for p in resolved if not (line.dateline and line.dateline.start <= p.mention.start < line.dateline.end)],
            dest_frames or origin_frames,
            participants,
        )
        if not (dest_frames and origin_frames)
        else {}
    )
    frame_items = _frame_agencies(text, sents, resolved, dest_frames, organizer) if dest_frames else None
    split = len(dest_frames) > 1 and _split_told(text, sents, resolved, dest_frames)
    # national bodies received together ("Rombongan Kementerian A dan Lembaga B …, dari dua instansi
    # itu"): one record per sender, each with the count its own people are said to bring
    senders = (
        _national_senders(text, sents, organizers, officials, participants)
        if len(frames) == 1 and len(keys) == 1 and frames[0][1] is None and _TOGETHER.search(text)
        else []
    )

    # a host's list or recap of the bodies it received: one record per visiting body
    guests = (
        visitors.find_visitors(text, sents, resolved, dest_region, [o.title_span for o in officials if o.title_span])
        if unnamed and len(dest_frames) <= 1 and not senders
        else None
    )
    if (
        guests
        and origin_name is not None
        and all(g.region is None or g.region.name != origin_name for g in guests.members)
        and not origin_frames
    ):
        # the article's own sender is none of them: the list is background to its visit ("Desa X
        # sebelumnya juga dikunjungi berbagai daerah, seperti A dan B")
        guests = None
    if guests:
        frames = [(dest_region, None)]  # the visitors listed, not the senders' list read by place roles

    results: list[Extraction] = []
    article_dest = dest_region, dest_mentions, host
    for key, (frame_dest, frame_origin), sender, guest in (
        (k, f, n, g)
        for k in keys
        for f in frames
        for n in senders or [None]
        for g in (guests.members if guests else [None])
    ):
        dest_region, dest_mentions, host = article_dest
        if id(key) in own_dest:
            dest_region = own_dest[id(key)]
            dest_mentions = [p for p in resolved if p.region == dest_region]
            host = _host_form(text, dest_mentions) if dest_mentions else None
        elif len(frames) > 1:
            dest_region = frame_dest
            dest_mentions = [p for p in resolved if dest_region and p.region == dest_region]
            host = _host_form(text, dest_mentions) if dest_mentions else None
            if frame_items:
                host = _village_host(frame_items[frame_dest], host, dest_mentions)
        evidence: dict[str, Evidence] = {}
        visit = Visit(program=key.program, cohort=key.cohort)
        if key.program:
            evidence["program"] = Evidence(spans=key.spans[:3], confidence=0.9)
        if key.cohort_span:
            evidence["cohort"] = Evidence(spans=[key.cohort_span], confidence=0.9)

        activity, a_span = _activity_for(text, sents, key, keys, activities)
        visit.activity = activity
        evidence["activity"] = Evidence(spans=[a_span] if a_span else [], confidence=0.9 if a_span else 0.4)

        count = _participants_for(text, sents, key, keys, participants, cohorts)
        if (
            dest_frames
            and not frame_counts
            and (each := _EACH_GROUP.search(text))
            and (n := parse_int(each.group("n")))
        ):
            # "dibagi menjadi tiga kelompok yang masing-masing terdiri dari 12 orang": each group's count
            count = ParticipantMention(each.start("n"), each.end("n"), n, True)
        elif frame_counts or (len(frames) > 1 and (origin_frames or split)):
            # groups at different places at once: a count not written with one group is all of theirs
            count = frame_counts.get(frame_dest if dest_frames else frame_origin)
        elif count and dest_frames and (together or _SPLIT_COUNT.search(text)):
            # "26 peserta dibagi menjadi 4 kelompok", groups that went at the same time: the whole's
            # count, not any one group's
            count = None
        if sender is not None:
            count = sender.count
        if guest is not None:
            # a visitor's head count is the one written in its own clause, never another's
            count = next((m for m in participants if guest.clause[0] <= m.start < guest.clause[1]), None)
        if count:
            visit.participants = count.value
            evidence["participants"] = Evidence(
                spans=[(count.start, count.end)], confidence=0.9 if count.strong else 0.6
            )

        origin_place = key.origin
        if frame_origin is not None:
            origin_place = next(p for p in resolved if p.region == frame_origin)
        if origin_place is None and origin_name:
            # the mention that makes it the sender ("Tiga komisi DPRD Provinsi X …"), not the dateline
            origin_place = max((p for p in resolved if p.region.name == origin_name), key=lambda p: p.origin)
        if sender is not None:
            visit.origin = Origin(institution=sender.name)
            evidence["origin.institution"] = Evidence(spans=[sender.span], confidence=0.6)
            evidence["origin.province"] = Evidence(spans=[sender.span], confidence=0.6)
        elif national is not None and frame_origin is None and (origin_place is None or key.origin is None):
            visit.origin = Origin(institution=national.name)
            evidence["origin.institution"] = Evidence(spans=[(national.start, national.end)], confidence=0.7)
            evidence["origin.province"] = Evidence(spans=[(national.start, national.end)], confidence=0.7)
        elif origin_place is not None:
            region = origin_place.region
            same = [p for p in resolved if p.region == region]
            form = _sender_form(text, same, organizer, origin_place)
            visit.origin = Origin(
                institution=form[0] if form else None,
                province=region.province,
                regency=region.name if region.kind != "province" else None,
            )
            if form and agencies.is_national_unit(form[0]):
                # "Polda Aceh", "Kankemenag Kota Magelang": a national body's unit sends from the national level
                visit.origin.province = visit.origin.regency = None
            conf = 0.9 if origin_place.origin >= 3 else 0.6
            if region.kind != "province":
                evidence["origin.regency"] = Evidence(
                    spans=[(origin_place.mention.start, origin_place.mention.end)], confidence=conf
                )
            evidence["origin.province"] = Evidence(
                spans=[(origin_place.mention.start, origin_place.mention.end)], confidence=conf
            )
            if form:
                evidence["origin.institution"] = Evidence(spans=[form[1]], confidence=conf)
        else:
            evidence["origin.province"] = Evidence(confidence=0.0)
        if guest is not None:
            region = guest.region
            visit.origin = Origin(
                institution=guest.name,
                province=region.province if region else None,
                regency=region.name if region and region.kind != "province" else None,
            )
            for path in ("origin.institution", "origin.province", "origin.regency"):
                evidence[path] = Evidence(spans=[guest.span], confidence=0.7)

        if dest_region is not None:
            visit.destination = Destination(
                province=dest_region.province,
                regency=dest_region.name if dest_region.kind != "province" else None,
                host=host[0] if host else None,
            )
            score = totals[dest_region.name][0]
            evidence["destination.province"] = Evidence(
                spans=[(p.mention.start, p.mention.end) for p in dest_mentions[:3]],
                confidence=0.9 if score >= 3 else 0.6,
            )
            if dest_region.kind != "province":
                evidence["destination.regency"] = evidence["destination.province"]
            if host:
                evidence["destination.host"] = Evidence(spans=[host[1]], confidence=0.8)
        else:
            evidence["destination.province"] = Evidence(confidence=0.0)

        own_organizer = sender.organizer if sender is not None else organizer
        if own_organizer is not None:
            visit.organizer = own_organizer.name
            evidence["organizer"] = Evidence(spans=[(own_organizer.start, own_organizer.end)], confidence=0.8)
        items = _agencies_for(key, keys, frame_items[frame_dest] if frame_items else agency_items, cohorts)
        visit.host_agencies = [name for name, _, _ in items]
        if items:
            evidence["host_agencies"] = Evidence(spans=[span for _, span, _ in items], confidence=0.8)
        if items and visit.destination.province and agencies.is_national_unit(items[0][0]):
            # a national body's unit hosts, the first unit named ("Polresta Sidoarjo", "KUA Kecamatan X",
            # "Rutan Batang", "Polres X … lalu Desa Y"): no regency hosts, the host is the unit with its place
            visit.destination.regency = None
            evidence.pop("destination.regency", None)
            written = _unit_with_its_place(text, items[0][1], resolved)
            visit.destination.host = written[0]
            evidence["destination.host"] = Evidence(spans=[written[1]], confidence=0.8)
        elif len(items) == 1 and items[0][0] in _COUNCILS and dest_region is not None:
            # the council alone was visited ("ke DPRD Kabupaten X"): it is the host, with its region as
            # written, in full where the text writes it so ("DPRD Lamteng" … "DPRD Kabupaten Lampung Tengah")
            written = _council_with_its_region(text, items[0][0], dest_region, resolved)
            if written is not None:
                visit.destination.host = written[0]
                evidence["destination.host"] = Evidence(spans=[written[1]], confidence=0.8)
        k_start, k_end, k_spans, k_conf = start, end, date_spans, date_conf
        dated_here = date_frame is None or frame_dest in (None, date_frame)
        if key_dates:
            k_start, k_end, k_spans, k_conf = key_dates.get(id(key), (None, None, [], 0.0))
        elif frame_dest in frame_dates or frame_origin in sender_dates:
            k_start, k_end, k_spans, k_conf = frame_dates.get(frame_dest) or sender_dates[frame_origin]
            dated_here = True
        if guest is not None:
            # a visitor's own day, written in its clause; visitors who came apart share no other day
            own = _visit_dates(
                text,
                sents,
                published or (line.published[0] if line.published else None),
                (line.published[1], line.published[2]) if line.published else None,
                line.chrome,
                within=guest.clause,
            )
            if own[0] is not None:
                k_start, k_end, k_spans, k_conf = own
            elif guests.apart:
                k_start = None
        if k_start and dated_here:
            visit.start_date, visit.end_date = k_start, k_end
            evidence["start_date"] = Evidence(spans=k_spans[:1], confidence=k_conf)
            evidence["end_date"] = Evidence(spans=k_spans[-1:], confidence=k_conf)
        else:
            evidence["start_date"] = Evidence(confidence=0.0)
        mine = [o for o in officials if sender is None or not any(n.owns(o) for n in senders if n is not sender)]
        if guest is not None:
            mine = [o for o in mine if not guests.others_named(guest, o.title)]
        visit.officials = [Official(name=o.name, title=o.title) for o in mine]
        if officials:
            evidence["officials"] = Evidence(spans=[(o.start, o.end) for o in officials], confidence=0.7)
        visit.source = _source(line, title, outlet, published, evidence)
        # groups whose records would be identical (two komisi going together, waves of one trip
        # with no count or days of their own) are one visit: a second copy tells the reader nothing
        if any(r.visit == visit for r in results):
            continue
        results.append(Extraction(visit=visit, evidence=evidence))
    if len(results) == 1 and (council := _council_along(text, sents, resolved, results[0].visit)) is not None:
        # the government's council travelled with it: a second sending body, a record of its own
        first = results[0]
        lokus = first.evidence.get("host_agencies")
        if lokus is not None and len(lokus.spans) == len(first.visit.host_agencies):
            # the council that travelled is no unit visited
            kept = [
                (name, span)
                for name, span in zip(first.visit.host_agencies, lokus.spans, strict=True)
                if not (span[0] < council[1][1] and span[1] > council[1][0])
            ]
            first.visit.host_agencies = [name for name, _ in kept]
            first.evidence["host_agencies"] = Evidence(spans=[span for _, span in kept], confidence=lokus.confidence)
        visit = first.visit.model_copy(deep=True)
        visit.origin.institution = council[0]
        evidence = dict(first.evidence)
        evidence["origin.institution"] = Evidence(spans=[council[1]], confidence=0.6)
        results.append(Extraction(visit=visit, evidence=evidence))
    if len(results) == 1:
        skip = (line.published[1], line.published[2]) if line.published else None
        pub = published or (line.published[0] if line.published else None)
        back = _return_visit(
            text, sents, resolved, results[0].visit, lambda span: _visit_dates(text, sents, pub, skip, within=span)
        )
        if back is not None:
            results.append(back)
    return abroad.foreign_trips(text, results, published)


# the host's own earlier trip to its visitors' home, for study ("Pada 2022 lalu, Pemkab A melalui Dinas X
# juga sudah berkunjung ke Dinas Y B untuk studi tiru …"): between the host and the visitors' place, a
# verb of going there and the unit gone to
_GONE_TO = re.compile(
    r"[^.;\n]{0,60}?\b(?:berkunjung|datang|bertandang|melakukan\s+(?:kunjungan|studi|benchmarking|kaji)\w*(?:\s+\w+)?"
    r"|stud[iy]\s+(?:banding|tiru|komparatif))\s+ke\s+(?P<unit>(?:(?-i:[A-Z])[\w-]*\s+){0,4})",
    _I,
)


def _return_visit(text: str, sents, resolved: list[_Place], visit: Visit, dated) -> Extraction | None:
    """A reciprocal visit the article recounts: the host had earlier travelled to the visitors' region to
    learn ("studi tiru balasan"); its own record, with only what its sentence says (a past trip told
    of anyone else, or with no study purpose, is background, not a visit)."""
    home = visit.origin.regency or visit.origin.province
    host = visit.destination.regency or visit.destination.province
    if home is None or host is None or home == host:
        return None
    for i, a in enumerate(resolved):
        if a.region.name != host:
            continue
        sent = sentence_at(sents, a.mention.start)
        b = next((p for p in resolved[i + 1 :] if p.mention.start < sent[1] and p.region.name != host), None)
        if b is None or b.region.name != home:
            continue
        m = _GONE_TO.fullmatch(text, a.mention.end, b.mention.start)
        if m is None or not (_STUDY.search(text, *sent) or _LEARNING.search(text, *sent)):
            continue
        told = text[slice(*sent)]
        found = programs.find_activities(told)
        back = Visit(
            activity=_first_activity(found).activity if found else "other",
            origin=Origin(
                institution=a.mention.text,
                province=a.region.province,
                regency=a.region.name if a.region.kind != "province" else None,
            ),
            destination=Destination(
                province=b.region.province,
                regency=b.region.name if b.region.kind != "province" else None,
                host=text[m.start("unit") : b.mention.end] if m.group("unit") else b.mention.text,
            ),
            host_agencies=[m.group("unit").strip()] if m.group("unit") else [],
            officials=visit.officials,
            source=visit.source,
        )
        evidence = {
            "origin.province": Evidence(spans=[(a.mention.start, a.mention.end)], confidence=0.6),
            "destination.province": Evidence(spans=[(b.mention.start, b.mention.end)], confidence=0.6),
        }
        start, end, spans, conf = dated(sent)  # only the days its own sentence gives
        if start is not None:
            back.start_date, back.end_date = start, end
            evidence["start_date"] = Evidence(spans=spans[:1], confidence=conf)
            evidence["end_date"] = Evidence(spans=spans[-1:], confidence=conf)
        return Extraction(visit=back, evidence=evidence)
    return None


# "Pemkot A bersama komisi A DPRD", "Wali Kota A bersama jajaran pemerintah daerah dan anggota DPRD
# Kota A": the government travels with its council, as a body ("anggota DPRD", "Komisi B DPRD"), not
# one of its leaders escorting ("didampingi Ketua DPRD"); one list, no comma between
_WITH_COUNCIL = re.compile(
    r"\b(?:bersama|beserta)\s+(?:[^.;,\n]{0,50}?\s+)??(?:(?:para|seluruh|sejumlah|beberapa)\s+)?(?:anggota\s+)?"
    r"(?P<body>(?:komisi\s+(?-i:[IVX]{1,4}|[A-E]|\d{1,2})\s+)?(?-i:DPRD))\b(?!\s*(?:\(|lainnya))",
    _I,
)


def _council_along(text: str, sents, resolved: list[_Place], visit: Visit) -> tuple[str, tuple[int, int]] | None:
    """The council of the sending region named as travelling together with its government: its name
    as written and its span. Only when the sender is a regional government (not itself a council)."""
    home = visit.origin.regency or visit.origin.province
    if home is None or "DPR" in (visit.origin.institution or "") or "DPRD" not in text:
        return None
    for m in _WITH_COUNCIL.finditer(text):
        if re.search(r"\b(?:ketua|pimpinan|wakil)\s+$", text[max(0, m.start("body") - 15) : m.start("body")], _I):
            continue  # a council's leader, not the council
        sent = sentence_at(sents, m.start())
        before = [p for p in resolved if sent[0] <= p.mention.start < m.start()]
        # the sending region named before in the sentence, no other place named since
        if not before or before[-1].region.name != home:
            continue
        after = next((p for p in resolved if p.mention.start >= m.end("body")), None)
        if after is not None and re.fullmatch(r"\s*", text[m.end("body") : after.mention.start]):
            if after.region.name != home:
                continue  # another region's council
            return text[m.start("body") : after.mention.end], (m.start("body"), after.mention.end)
        return m.group("body"), m.span("body")
    return None


# the national body a training centre belongs to: "Pusdiklat … Lembaga Administrasi Negara" is LAN
_PARENT_BODY = re.compile(
    r"\b(?:Kementerian|Kemen[a-z]+|Lembaga|Badan|Sekretariat\s+Jenderal|Mahkamah|Kejaksaan|Kepolisian)"
    r"(?:\s+(?:[A-Z][\w-]*|dan|Negara|RI))*$"
)


_TRAVELLERS_WORD = re.compile(r"\b(?:rombongan|peserta|delegasi|kedatangan)\b", _I)


@dataclass
class _Sender:
    name: str  # the national body, as written
    span: tuple[int, int]
    organizer: agencies.Organizer  # its training centre, as fully as the text names it
    count: object = None

    def owns(self, official) -> bool:
        return bool(official.title) and self.name.lower() in official.title.lower()


def _parent_body(name: str) -> str:
    words = name.split()
    for i in range(len(words)):
        if _PARENT_BODY.fullmatch(" ".join(words[i:])):
            return " ".join(words[i:])
    return name


def _national_senders(text, sents, organizers, officials, participants) -> list[_Sender]:
    """National bodies the text says came together, when there are two or more: each one's count
    is the one in a sentence naming it or one of its officials (a total "dari dua instansi" names
    neither and is no one's)."""
    bodies: dict[str, _Sender] = {}
    for org in organizers:
        if not org.national:
            continue
        parent = _parent_body(org.name)
        sender = bodies.get(parent.lower())
        if sender is None:
            bodies[parent.lower()] = _Sender(parent, (org.start, org.end), org)
        elif len(org.name) > len(sender.organizer.name):
            sender.organizer = org
    senders = list(bodies.values())
    if len(senders) < 2:
        return []
    for m in participants[:50]:
        lo, hi = sentence_at(sents, m.start)
        sent = text[max(lo, m.start - 400) : min(hi, m.end + 400)].lower()
        named = [
            n
            for n in senders
            if n.name.lower() in sent or any(n.owns(o) and o.name.split()[0].lower() in sent for o in officials)
        ]
        if len(named) == 1 and named[0].count is None:
            named[0].count = m

    # a body that travelled brings people of its own or is named with the group ("Rombongan Kementerian
    # A …"); a body that only sets the curriculum or speaks is no sender
    def travelled(n: _Sender) -> bool:
        return n.count is not None or any(
            _TRAVELLERS_WORD.search(text, *sent) and n.name.lower() in text[slice(*sent)].lower() for sent in sents
        )

    return senders if sum(map(travelled, senders)) >= 2 else []


# SCHEMA: when one trip is called by several names, the most specific wins
_ACTIVITY_RANK = {"ksdn": 0, "benchmarking": 1, "studi banding": 2, "studi lapangan": 3, "kunjungan kerja": 4}


def _first_activity(activities):
    """The most specific activity named (a programme component such as KSDN, then
    benchmarking, studi banding, studi lapangan); "kunjungan kerja" is the generic word
    for any official trip. Among equals, the first named."""
    return min(activities, key=lambda a: _ACTIVITY_RANK.get(a.activity, 5))


def _activity_for(text, sents, key: _Key, keys: list[_Key], activities) -> tuple[str, tuple[int, int] | None]:
    if not activities:
        return "other", None
    programs_differ = len({k.program for k in keys}) > 1
    if not programs_differ:
        a = _first_activity(activities)
        return a.activity, (a.start, a.end)
    # with cohorts of different programmes, the activity is the one named beside each
    key_sents = {sentence_at(sents, s) for s, _ in key.spans}
    mine = [a for a in activities if sentence_at(sents, a.start) in key_sents]
    if mine:
        a = _first_activity(mine)
        return a.activity, (a.start, a.end)
    # programmes named together in one list ("peserta Sesparlu dan PKN Tingkat II") go on one trip:
    # the activity named beside the one it is listed with
    for other in keys:
        if other is key or not any(
            _PROGRAM_LINK.fullmatch(text, *((b[1], a[0]) if b[1] <= a[0] else (a[1], b[0])))
            for a in key.spans
            for b in other.spans
        ):
            continue
        other_sents = {sentence_at(sents, s) for s, _ in other.spans}
        theirs = [a for a in activities if sentence_at(sents, a.start) in other_sents]
        if theirs:
            a = _first_activity(theirs)
            return a.activity, (a.start, a.end)
    return "other", None


# a place the clause of a cohort sends it to: "Angkatan V ke Pemkot Y", "… kegiatan serupa di Kabupaten Badung"
_GOES_TO = re.compile(r"\b(?:ke|di|menuju|mengunjungi|menyambangi|mendatangi|bertandang\s+ke)\s+(?:\w+\s+)?$", _I)
_FROM = re.compile(r"\b(?:dari|asal)\b", _I)


def _key_clauses(text, sents, keys: list[_Key], resolved: list[_Place], cohorts) -> dict[int, tuple]:
    """With several cohorts, the place each one's own clause sends it to and that clause's stretch of
    text, when they go to different places ("Angkatan IV ke Pemkab X, sedangkan Angkatan V ke Pemkot
    Y"); a cohort whose clauses name no place keeps the article's destination."""
    if len(keys) < 2 or any(k.cohort is None for k in keys):
        return {}
    marks = sorted(((c.start, c.end, k) for k in keys for c in cohorts if c.value == k.cohort), key=lambda m: m[0])
    own: dict[int, tuple] = {}
    starts = [p.mention.start for p in resolved]
    for i, (start, end, key) in enumerate(marks):
        if id(key) in own:
            continue
        sent = sentence_at(sents, start)
        limit = min(sent[1], marks[i + 1][0] if i + 1 < len(marks) else sent[1], end + 300)
        for place in _places_between(resolved, end, limit, starts):
            if place.origin > place.dest:
                continue
            if (key.origin is not None and place.region == key.origin.region) or _FROM.search(
                text, end, place.mention.start
            ):
                continue  # "lurah dari berbagai kota di Provinsi X": where the group comes from
            if _GOES_TO.search(text, max(end, place.mention.start - 30), place.mention.start):
                own[id(key)] = place.region, (start, limit)
                break
    return own if len({r for r, _ in own.values()}) == len(own) and own else {}


def _stop_dates(text, sents, resolved: list[_Place], stops: list[places.Region], line, published) -> dict:
    """Each stop's own days: a date goes to the stop named last before it in its sentence (else the
    first named after it); a stop keeps the first date it is given."""
    skip = (line.published[1], line.published[2]) if line.published else None
    pub = published or (line.published[0] if line.published else None)
    marks = [p for p in resolved if p.region in stops]
    starts = [p.mention.start for p in marks]
    out: dict[places.Region, tuple] = {}
    for d in _all_dates(text):
        if skip and d.start < skip[1] and d.end > skip[0]:
            continue
        sent = sentence_at(sents, d.start)
        if dates.said_on(text, sent[0], d.start):
            continue  # '"…," kata X di A, Selasa (3/9)': the day it was said at A, not A's days
        before = _places_between(marks, max(sent[0], d.start - 300), d.start, starts)
        after = _places_between(marks, d.end, min(sent[1], d.end + 300), starts)
        owner = before[-1].region if before else after[0].region if after else None
        if owner is None or owner in out:
            continue
        got = _visit_dates(text, sents, pub, skip, within=(d.start, d.end))
        if got[0] is not None:
            out[owner] = got
    return out


def _closes_sentence(text: str, sents, span: tuple[int, int]) -> bool:
    """A date set off by a comma at the end of its sentence ("…, sedangkan Angkatan V ke Y, Selasa
    (4/6/2024).") is said of the whole sentence, not of its last clause."""
    sent = sentence_at(sents, span[0])
    return text[max(sent[0], span[0] - 2) : span[0]].strip() == "," and not text[span[1] : sent[1]].strip(" .)\n")


def _anchors(key: _Key, cohorts) -> list[tuple[int, int]]:
    """Where a cohort is named: its programme mentions and every "angkatan N" with its number."""
    return key.spans + [(c.start, c.end) for c in cohorts if key.cohort is not None and c.value == key.cohort]


def _distance(text: str, anchor: tuple[int, int], start: int, end: int) -> int:
    """Characters between a number and a cohort mention; a clause break in between costs more."""
    between = text[anchor[1] : start] if anchor[1] <= start else text[end : anchor[0]]
    penalty = 50 if re.search(r"[,;]|\b(?:dan|serta|sedangkan|sementara)\b", between, _I) else 0
    return len(between) + penalty


def _count_of_together(text: str, m, sent, mine: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    """ "30 peserta diklat dari Sesparlu dan PKN Tingkat II": a count written before programmes joined
    in one list is all of theirs together, no one programme's (a count is never split or copied)."""
    for a in mine:
        for b in others:
            first, second = (a, b) if a[0] < b[0] else (b, a)
            after = m.end <= first[0] and second[0] < sent[1]
            if after and _PROGRAM_LINK.fullmatch(text, first[1], second[0]):
                return True
    return False


def _participants_for(text, sents, key: _Key, keys: list[_Key], mentions, cohorts):
    usable = []
    for m in mentions:
        sent = sentence_at(sents, m.start)
        if not m.strong and not re.search(r"\bpeserta\b", text[sent[0] : m.start], _I):
            continue
        usable.append((m, sent))
    if not usable:
        return None
    if len(keys) == 1:
        return usable[0][0]
    others = [a for k in keys if k is not key for a in _anchors(k, cohorts)]
    for m, sent in usable:
        if _count_of_together(text, m, sent, key.spans, others):
            continue
        mine = [_distance(text, a, m.start, m.end) for a in _anchors(key, cohorts) if sent[0] <= a[0] < sent[1]]
        theirs = [_distance(text, a, m.start, m.end) for a in others if sent[0] <= a[0] < sent[1]]
        if mine and (not theirs or min(mine) < min(theirs)):
            return m
    return None


_BULLET = re.compile(r"\s*(?:[•\-*–·▪●]|\d{1,2}[.)])\s+")
_CHAIN_GAP = re.compile(r"\s*(?:,|;)?\s*(?:dan|serta|lalu|kemudian|&|hingga|sampai)?\s*(?:terakhir\s+)?$", _I)
# "Dari Dinas A hingga Dinas B, …": units listed as a range of the places gone through
_RANGE_FROM = re.compile(r"\b(?:dari|mulai)\s+$", _I)
_RANGE_TO = re.compile(r"\b(?:hingga|sampai)\b", _I)
_LOKUS = re.compile(r"\b(?:lokus|locus)\b", _I)


_LISTED_ACRONYM = re.compile(
    r"\b(?:yaitu|yakni|antara\s+lain|di\s*antaranya|meliputi)\s*:?\s*(?!(?:OPD|SKPD|ASN|PNS)\b)(?P<acr>(?-i:[A-Z]{2,6}))"
    r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)$",
    _I,
)


def _host_agencies(text, sents, dest_region, organizer) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """Units visited (name, span, sentence): named in a lokus list, or "pada/di" a unit of the host region."""
    found = []
    previous = ""
    in_list = False
    for start, end in sents:
        budget.spend(end - start)  # once per destination: a hundred destinations, a hundred passes
        sentence = text[start:end]
        bullet = _BULLET.match(sentence) is not None
        units = [
            u
            for u in agencies.find_units(text, start, end)
            if not agencies.is_training_body(u.name) and not (organizer and u.name in organizer.name)
        ]
        opens = sentence.rstrip().endswith(":")
        # list cues matter only where units are named or a list opens (they are costly to look for)
        listed = (units or opens) and (
            agencies.has_list_cue(sentence)
            or (
                agencies.has_list_marker(sentence)
                and (agencies.has_list_cue(previous) or agencies.has_weak_list_cue(sentence))
            )
            or (bullet and in_list)
        )
        # "… yaitu:" followed by bullet lines: the bullets carry on the list
        in_list = (listed and opens) or (bullet and in_list)
        previous = sentence
        # units joined by "," / "dan" share the region phrase and the preposition of the chain
        chains: list[list] = []
        for unit in units:
            if chains and _CHAIN_GAP.fullmatch(text[chains[-1][-1].end : unit.start]) is not None:
                chains[-1].append(unit)
            else:
                chains.append([unit])
        for chain in chains:
            # "… yaitu PSTP dan Dinas Perikanan": an acronym the vocabulary lacks, listed before a unit
            # after a list marker, is a unit of the list too
            acr = _LISTED_ACRONYM.search(text, max(start, chain[0].start - 60), chain[0].start)
            if acr is not None and not agencies.is_training_body(acr.group("acr")):
                chain.insert(0, agencies.AgencyMention(acr.start("acr"), acr.end("acr"), acr.group("acr")))
            last = chain[-1]
            bracketed = agencies.in_brackets(text, start, chain[0].start)
            if bracketed and not agencies.units_of_a_place_visited(text, start, chain[0].start):
                continue  # an aside explaining something else ("inovasi X (… di RSUD Y)")
            after = text[last.end : min(end, last.end + 80)]
            cue = agencies.lokus_cue(text[max(start, chain[0].start - 40) : chain[0].start], after)
            cue = 1 if bracketed else cue  # "di Kecamatan Y (Desa A dan Desa B)"
            after = agencies.skip_address(after)
            region_after = places.find_places(after[:40])
            regional = False
            if region_after and not after[: region_after[0].start].strip(" ,"):
                region = places.resolve(region_after[0])
                if region is not None and dest_region is not None:
                    if region.province != dest_region.province:
                        continue  # the sender's own units
                    regional = True
            before = text[max(start, chain[0].start - 12) : chain[0].start].lower()
            if cue < 0 and not listed:
                continue
            at_unit = re.search(r"\b(?:pada|di|ke)\s+(?:kantor\s+|gedung\s+|markas\s+)?$", before)
            ranged = (
                len(chain) > 1
                and _RANGE_FROM.search(before) is not None
                and _RANGE_TO.search(text, chain[0].end, chain[-1].start) is not None
            )
            if listed or cue > 0 or (regional and at_unit) or ranged:
                found.extend((agencies.full_form(text, u.name), (u.start, u.end), (start, end)) for u in chain)
    kept = agencies.unique_units([name for name, _, _ in found])
    first: dict[str, tuple] = {}
    for item in found:
        first.setdefault(item[0], item)
    return [first[name] for name in kept]


def _agencies_for(key: _Key, keys: list[_Key], found, cohorts) -> list:
    """With several cohorts, a unit goes to the cohort named just before it in its sentence
    ("peserta Angkatan V … Dinas X, sementara Angkatan VI … Dinas Y"); a unit named with
    no cohort goes to all."""
    if len(keys) == 1:
        return found
    programs_differ = len({k.program for k in keys}) > 1

    def where_named(k: _Key) -> list[tuple[int, int]]:
        spans = [(c.start, c.end) for c in cohorts if k.cohort is not None and c.value == k.cohort]
        return spans + k.spans if programs_differ else spans

    mine = []
    for name, span, sentence in found:
        anchors = [(s, k) for k in keys for s, _ in where_named(k) if sentence[0] <= s < sentence[1]]
        before = [(s, k) for s, k in anchors if s <= span[0]]
        if before:
            nearest = max(s for s, _ in before)
            named = [k for s, k in before if s == nearest]
        else:
            named = [k for _, k in anchors]
        if not named or key in named:
            mine.append((name, span, sentence))
    return mine


def _source(line, title, outlet, published, evidence) -> Source:
    def value(f):
        return f.value if f else None

    source = Source(
        outlet=outlet or value(line.outlet),
        reporter=value(line.reporter),
        editor=value(line.editor),
        dateline=value(line.dateline),
        published=published or (line.published[0] if line.published else None),
        title=title or value(line.title),
    )
    for name in ("outlet", "reporter", "editor", "dateline", "title"):
        f = getattr(line, name)
        if f is not None:
            evidence[f"source.{name}"] = Evidence(spans=[(f.start, f.end)], confidence=0.8)
    return source


# ---------------------------------------------------------------- visit frames (group -> destination)

# what joins the members of one list of places: "A, B dan C", "A dan di B", "DPRD A dan DPRD B"
_LIST_LINK = re.compile(
    # a preposition only after "dan/serta" ("A dan di B"); "A, ke B" names a second role, not a list
    # "DPRD A beserta DPRD B", "Bappeda A bersama DPRD B": bodies travelling together
    r"\s*(?:,\s*(?:(?:dan|serta)\s+(?:(?:ke|di|dari|menuju|asal)\s+)?)?|(?:dan|serta|&)\s+(?:(?:ke|di|dari|menuju|asal)\s+)?"
    r"|(?:beserta|bersama(?:-sama)?(?:\s+dengan)?)\s+|;)\s*"
    r"(?:(?:DPRD|pemerintah|pemkab|pemkot|pemprov|pemda|provinsi|propinsi|kabupaten|kota|rombongan|polda|polres\w*"
    r"|kodim|korem|kantor|kemenag|kankemenag)\s+)*",
    _I,
)
# a list that names where separate groups went: "dibagi menjadi tiga kelompok", "empat provinsi berbeda"
_SPLIT_CUE = re.compile(
    r"\b(?:kelompok|dibagi|dipecah|terbagi|masing-masing|berbeda|sedangkan|sementara|"
    + cardinal_words(2, 5)
    + "|"
    + _ORDINAL
    + r")\b",
    _I,
)
# … of which these say the groups went at the same time (not one group stop after stop)
_SIMULTANEOUS = re.compile(r"\b(?:kelompok|dibagi|dipecah|terbagi|masing-masing|berbeda|sedangkan|sementara)\b", _I)
# two clauses of one sentence, each with its own group and place
_CONTRAST = re.compile(
    r"\b(?:sedangkan|sementara|adapun|lalu|kemudian|selanjutnya|turut|juga)\b|;"
    r"|\bdan\s+(?=\S+(?:\s+\S+)?\s+(?:orang\s+)?peserta\b)"  # "… ke A dan 25 peserta ke B"
    r"|\b(?:dan|serta)\s+(?=(?:ke|menuju)\s)",
    _I,
)
_NEXT_WORDS = ("lalu", "kemudian", "selanjutnya")
_CLAUSE_BREAK = re.compile(r"\b(?:sedangkan|sementara|adapun|dan|serta)\b|[;,]", _I)


# a count said of the whole and then divided among the groups
_SPLIT_COUNT = re.compile(
    r"\b(?:dibagi|terbagi|dipecah|membagi)\s+(?:menjadi|dalam|ke\s+dalam|atas)\s+\w+\s+(?:kelompok|tim|regu)\b", _I
)
# "kelompok yang masing-masing terdiri dari 12 orang": what each group of a split cohort numbers
_EACH_GROUP = re.compile(
    r"\b(?:kelompok|tim|rombongan)\b[^.\n]{0,30}?\bmasing-masing\s+(?:kelompok\s+)?(?:terdiri\s+(?:dari|atas)\s+"
    r"|berjumlah\s+|beranggotakan\s+|sebanyak\s+|berisi\s+)?(?P<n>\d{1,3}|[a-z]+(?:\s+(?:"
    + multiplier_words("teen", "tens")
    + r"))?)\s+"
    r"(?:orang|peserta)\b",
    _I,
)
_MORE_STOPS = re.compile(
    r"\b(?:sebelum(?:nya)?|setelah(?:nya)?|selanjutnya|kemudian|berikutnya|juga|usai|seusai|sesudah|keesokan)\b", _I
)
_STOP = re.compile(
    r"(?=[ltdkh])\b(?:lokasi|tujuan|destinasi|lokus|kunjungan"
    # a day-by-day account: "Hari pertama, … di Kota A. Hari kedua, … mengunjungi Kabupaten B"
    r"|(?-i:[Hh])ari)\s+(?:tujuan\s+|lokasi\s+)?"
    r"(?:" + ordinal_words(1, 5) + r"|berikutnya|selanjutnya|terakhir)\b",
    _I,
)
_TOGETHER = re.compile(
    # the first-letter gate spares the alternatives at most positions
    r"(?=[kdrptj])\b(?:(?:" + _BOTH + "|" + _TWO + r")\s+rombongan|rombongan\s+(?:lain(?:nya)?|" + _BOTH + r")\b"
    r"|pada\s+(?:saat|waktu|hari)\s+(?:yang\s+)?(?:sama|bersamaan)\b|(?:turut|juga)\s+(?:hadir|berkunjung|datang)\b"
    r"|diterima\s+bersama(?:an|-sama)?\b|keduanya\b|(?:"
    + _TWO
    + "|"
    + _BOTH
    + r")\s+(?:lembaga|instansi|daerah|delegasi|tim)\b)",
    _I,
)


# a named sub-group of one body sent somewhere of its own: "Komisi A ke X, Komisi B ke Y",
# "Komisi D dan E … ke Bali" (one group of two komisi), "Kelompok 2 berkunjung ke …"; the
# designator is a letter, a roman or an arabic numeral ("komisi yang membidangi …", "kelompok tani",
# "Komisi DPRD" name no sub-group)
_SUBGROUP = re.compile(
    r"(?=[kKtTpP])\b(?:komisi|kelompok|tim|pansus)\s+(?P<labels>(?-i:[IVX]{1,4}|[A-Z]|\d{1,2})"
    r"(?:\s*(?:,|dan|serta|&)\s*(?-i:[IVX]{1,4}|[A-Z]|\d{1,2}))*)(?![\w-])",
    _I,
)
_LABEL_SPLIT = re.compile(r"\s*(?:,|dan|serta|&)\s*", _I)
# a count of the groups that travelled: "5 Komisi", "tiga kelompok", "kedua tim"
_COUNTED_GROUPS = re.compile(
    r"\b(?:\d{1,2}|" + _GROUP_COUNT + "|" + _ORDINAL + r")\s+"
    r"(?:komisi|kelompok|tim|rombongan|delegasi)\b",
    _I,
)
# a stop on the way: "singgah di", "menyinggahi", "mampir ke"
_STOPOVER = re.compile(
    r"(?=[smb])\b(?:singgah|menyinggahi|mampir|mengunjungi|menyambangi|berkunjung\s+ke"
    # "… rombongan melanjutkan (perjalanan) ke Y", "bergeser ke Y": the next stop
    r"|melanjutkan\s+(?:perjalanan\s+|kunjungan\s+|lawatan\s+|studi\s+\w+\s+)?(?:ke|menuju)"
    r"|(?:bergeser|bergerak|bertolak|beranjak|bertandang)\s+(?:ke|menuju))\b",
    _I,
)
# "Setelah dari X, rombongan melanjutkan ke Y": the stop the group has come from
_CAME_FROM = re.compile(r"\b(?:setelah|usai|seusai|sesudah)\s+(?:dari|mengunjungi|berkunjung\s+ke)\s+$", _I)
_AROUND = 300  # characters looked at around a cue of one more stop
# "Adapun lokasi studi lapangan yaitu:" + "1. Kabupaten A" lines
_PLACES_INTRO = re.compile(r"\b(?:lokasi|lokus|tujuan|daerah\s+tujuan|tempat)\b[^.\n:]{0,60}:[ \t]*\n", _I)
# "Lokasi visitasi antara lain A, B, serta C", "Lokus studi lapangan meliputi …": the places of the trip
# ("Tujuan kunjungan yakni mempelajari …" is its purpose: the places are named, capitalised)
_PLACES_WORDS = ("lokasi", "lokus", "locus", "tujuan", "destinasi")
_PLACES_NAMED = re.compile(
    r"\b(?:lokasi|lokus|locus|tujuan|destinasi)\b(?:\s+[\w()]+){0,3}?\s+(?:antara\s+lain|yaitu|yakni|meliputi"
    r"|di\s*antaranya)\b(?=\s*:?\s*(?-i:[A-Z]))",
    _I,
)
_BULLET_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*–·▪●])[ \t]+[^\n]{1,120}(?:\n|$)")
# another trip than the one reported: an experience ("pernah belajar ke …"), last year's or next
# year's, another cohort's ("angkatan berikutnya ke …")
_OTHER_TRIP = re.compile(
    r"\b(?:pernah|(?:tahun|bulan|pekan|minggu)\s+(?:lalu|depan|sebelumnya)|beberapa\s+waktu\s+lalu"
    r"|(?:angkatan|rombongan|kelompok|peserta)\s+(?:berikutnya|selanjutnya|sebelumnya|lain(?:nya)?))\b",
    _I,
)
# an example of the sender's trips: "Contohnya kunjungan …", "salah satu hasil kunjungan kerja …"
_EXAMPLE_TRIP = re.compile(
    r"\b(?:contohnya|misalnya|salah\s+satu(?:nya)?(?:\s+hasil)?)\b[^.\n]{0,80}?\b(?:kunjungan|kunker|stud[iy]\s+\w+"
    r"|benchmarking|kaji\s+banding)\b",
    _I,
)
_TRAVELLING = re.compile(r"\b(?:rombongan|peserta|delegasi|mereka)\b", _I)
_SUBGROUP_GAP = re.compile(r"\b(?:dari|asal)\b|[.;:\n]", _I)
# between the sub-group and its place, a word of going there ("Komisi A DPRD X" is X's own komisi)
_SUBGROUP_GOES = re.compile(r"\b(?:ke|menuju|mengunjungi|menyambangi|mendatangi|menjadikan|memilih)\b", _I)


_INNER_STOP = re.compile(r"\b(?:didatangi|dikunjungi|ke|mengunjungi|menyambangi|mendatangi|singgah|meninjau)\b", _I)
_SUBGROUP_WORDS = ("komisi", "kelompok", "tim ", "pansus")
_STOPOVER_WORDS = (
    "singgah",
    "menyinggahi",
    "mampir",
    "mengunjungi",
    "menyambangi",
    "berkunjung",
    "melanjutkan",
    "bergeser",
    "bergerak",
    "bertolak",
    "beranjak",
    "bertandang",
)


def _places_between(resolved: list[_Place], lo: int, hi: int, starts: list[int]) -> list[_Place]:
    """The place mentions that start in [lo, hi); `starts` are their start offsets in text order: a
    bisect, so that a look around each of many cues stays cheap on long texts."""
    return resolved[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _positions(low: str, words: tuple[str, ...]) -> list[int]:
    """Where any of the words starts in the lowercased text, in text order."""
    found = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + 1)
    return sorted(found)


def _subgroup_frames(text: str, sents, resolved: list[_Place], low: str) -> list[places.Region]:
    """Named sub-groups of one body (its komisi, kelompok, tim), each with the first place it is
    said to go to in its clause: one destination per sub-group clause. Sub-groups named together
    ("Komisi 1 dan 3 ke Bali") travel as one group; sub-groups told in clauses of their own go
    separately, even to the same place. Only where the sub-groups went to at least two places."""
    # the pattern is tried only where its first word stands (cheaper than a search of the text)
    matches = [m for pos in _positions(low, _SUBGROUP_WORDS) if (m := _SUBGROUP.match(text, pos))]
    if len(matches) < 2:
        return []
    seen: set[str] = set()
    out: list[places.Region] = []
    for i, m in enumerate(matches):
        labels = [lab.upper() for lab in _LABEL_SPLIT.split(m.group("labels")) if lab]
        if any(lab in seen for lab in labels):
            continue
        sent = sentence_at(sents, m.start())
        limit = min(sent[1], matches[i + 1].start() if i + 1 < len(matches) else sent[1], m.end() + 160)
        place = next((p for p in resolved if m.end() <= p.mention.start < limit), None)
        if (
            place is None
            or _SUBGROUP_GAP.search(text, m.end(), place.mention.start)
            or not _SUBGROUP_GOES.search(text, m.end(), place.mention.start)
            or place.origin > place.dest
        ):
            continue
        seen.update(labels)
        region = place.region
        if region.kind == "province":
            # "Komisi II … ke Provinsi Bali. Salah satu daerah yang didatangi adalah Kabupaten Gianyar":
            # the regency of that province the group's own account goes on to name
            upto = matches[i + 1].start() if i + 1 < len(matches) else min(len(text), place.mention.end + 300)
            inner = next(
                (
                    p
                    for p in resolved
                    if place.mention.end <= p.mention.start < upto
                    and p.region.province == region.name
                    and p.region.kind != "province"
                    and p.dest >= p.origin
                    and _INNER_STOP.search(text, place.mention.end, p.mention.start)
                ),
                None,
            )
            region = inner.region if inner is not None else region
        out.append(region)  # komisi named together in one clause travel as one group
    # sub-groups that all went to one place are parts of one visit there (topics of one cohort)
    return out if len(seen) >= 2 and len(set(out)) >= 2 else []


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
# "Desa A di Kabupaten X dan Desa B di Kabupaten Y": the next member of a list of units, each written
# with the place it stands in
_NEXT_UNIT_AT = re.compile(
    # ("… serta instansi pemerintah di Kabupaten Y": a unit named by its kind)
    r"\s*,?\s*(?:dan|serta)\s+(?:(?:ke|di)\s+)?(?:(?-i:[A-Z][\w-]*)\s+|(?:instansi|kantor|perangkat|unit|lembaga"
    r"|pemerintah(?:an)?|daerah|kerja|sejumlah|beberapa)\s+){1,4}(?:yang\s+)?(?:berada\s+|terletak\s+)?di\s+"
    r"(?:(?:kabupaten|kota|provinsi)\s+)?",
    _I,
)


def _linked(text: str, a: _Place, b: _Place) -> bool:
    """Two places written as members of one list, a member's province allowed between
    ("DPRD Kabupaten A, Provinsi Bali dan DPRD Kota B")."""
    if b.mention.start - a.mention.end > 60:
        return False  # no link or province phrase is that long
    # a member's own aside may stand before the link: "DPRD Kota A (15 orang) dan DPRD Kabupaten B"
    aside = (
        _ASIDE.match(text, a.mention.end, b.mention.start) if "(" in text[a.mention.end : a.mention.end + 3] else None
    )
    after = aside.end() if aside else a.mention.end
    if _LIST_LINK.fullmatch(text, after, b.mention.start):
        return True
    gap = text[after : b.mention.start]
    if ("dan" in gap or "serta" in gap) and (
        _NEXT_VILLAGE.fullmatch(text, after, b.mention.start) or _NEXT_UNIT_AT.fullmatch(text, after, b.mention.start)
    ):
        return True
    loc = _PROVINCE_LOCATOR.match(text, a.mention.end, b.mention.start)
    if loc is None or not _LIST_LINK.fullmatch(text, loc.end(), b.mention.start):
        return False
    return any(r.kind == "province" for r in places.regions_named(loc.group(1)))


def _key_origin_free(keys: list[_Key]) -> bool:
    """No sender is written with the programme itself (then the senders are not a list)."""
    return all(k.origin is None for k in keys)


# a body of the province written before its name: "Polda Jatim", "Pemprov Jateng", "Kanwil …"
_PROVINCE_BODY = re.compile(r"\b(?:polda|pemprov|kanwil|kodam|dprd|gubernur)\s+$", _I)


def _distinct(members: list[_Place], text: str = "") -> list[places.Region]:
    """The regions of a list, once each. A province listed with one of its own regencies is only
    their setting ("pembangunan di Banten serta Kabupaten Tangerang"), unless the text names a
    body of the province there ("Polda Jatim, Polrestabes Surabaya")."""
    regions: list[places.Region] = []
    for m in members:
        if m.region not in regions:
            regions.append(m.region)

    def a_body(region: places.Region) -> bool:
        return any(
            m.region == region and _PROVINCE_BODY.search(text, max(0, m.mention.start - 12), m.mention.start)
            for m in members
        )

    return [
        r
        for r in regions
        if not (r.kind == "province" and any(o.province == r.name for o in regions if o is not r)) or a_body(r)
    ]


# direct speech: a curly-quoted or straight-quoted stretch of one paragraph
_QUOTED = re.compile(r"“[^“”\n]{1,600}”|\"[^\"\n]{1,600}\"")


def _narrated(text: str, resolved: list[_Place]) -> list[_Place]:
    """The place mentions outside direct speech."""
    if "“" not in text and '"' not in text:
        return resolved
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    if not spans:
        return resolved
    return [p for p in resolved if not any(a < p.mention.start < b for a, b in spans)]


def _frames(text, sents, resolved: list[_Place], role: int, top: str | None, by_name, exclude: str | None = None):
    """The regions of `_frame_list`."""
    return _frame_list(text, sents, resolved, role, top, by_name, exclude)[0]


def _frame_list(text, sents, resolved, role, top, by_name, exclude=None) -> tuple[list[places.Region], bool]:
    """The regions of one role (0: destination, 1: sender) that the text sets side by side as
    separate trips: one written list of places in that role, or one sentence whose clauses send
    groups to different places ("30 peserta ke A, sementara 30 peserta lainnya ke B").
    Also says whether the groups went at the same time (a split cohort, senders received
    together) rather than one group stop after stop."""
    top_region = by_name[top] if top is not None else None
    # what a speaker says ("“Wisatawan yang datang ke A juga mampir ke B,” ujarnya") is talk about
    # trips, not the reporter's account of where the groups went
    # ... unless the speaker counts the groups that went ("5 Komisi … melakukan kunjungan ke A, B
    # dan C"): that is an account of where the groups went, told by one who knows
    spoken = resolved
    resolved = _narrated(text, resolved)

    def role_of(members: list[_Place]) -> bool:
        mine = max(m.dest if role == 0 else m.origin for m in members)
        theirs = max(m.origin if role == 0 else m.dest for m in members)
        return mine >= 1 and mine > theirs

    candidates: list[tuple[list[places.Region], bool]] = []
    # written lists
    chain: list[_Place] = []
    narrated = set(map(id, resolved))
    for place in [*spoken, None]:
        if place is not None and chain and _linked(text, chain[-1], place):
            chain.append(place)
            continue
        if len(chain) >= 2:
            regions = _distinct(chain, text)
            sent = sentence_at(sents, chain[0].mention.start)
            before = text[sent[0] : chain[0].mention.start]
            if not all(id(p) in narrated for p in chain) and not (role == 0 and _COUNTED_GROUPS.search(before)):
                chain = [place] if place is not None else []
                continue
            # ("tamu dari tiga kabupaten, yaitu A, B dan C" counts senders, not groups sent out)
            split = role == 0 and _SPLIT_CUE.search(before) is not None and not any(m.origin > m.dest for m in chain)
            if len(regions) >= 2 and (role_of(chain) or split):
                # counted groups ("lima komisi … ke A, B dan C") are groups, not one group's stops
                simultaneous = _SIMULTANEOUS.search(before) is not None or _COUNTED_GROUPS.search(before) is not None
                candidates.append((regions, role == 1 or simultaneous))
                # "Sebelum ke X, rombongan juga sudah … ke A, B, dan C": more stops of the same trip
                # ... not an experience told of anyone ("pihaknya juga pernah belajar ke A dan B")
                if (
                    role == 0
                    and top_region is not None
                    and top_region not in regions
                    and _MORE_STOPS.search(before)
                    and not _OTHER_TRIP.search(
                        text,
                        max(sent[0], chain[0].mention.start - _AROUND),
                        min(sent[1], chain[-1].mention.end + _AROUND),
                    )
                ):
                    candidates.append(([top_region, *regions], False))
        chain = [place] if place is not None else []
    # clauses of one sentence, each with its own place in this role
    by_sentence: dict[tuple[int, int], list[_Place]] = {}
    for place in resolved:
        if (place.dest if role == 0 else place.origin) >= 2:
            by_sentence.setdefault(sentence_at(sents, place.mention.start), []).append(place)
    for members in by_sentence.values():
        regions = _distinct(members, text)
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

    # named sub-groups, each to its own place ("Komisi A ke X, Komisi B ke Y")
    low = text.lower() if role == 0 else ""
    if role == 0:
        # (told in a quote too: "Komisi A ke X, Komisi B ke Y" is an account of where the groups go)
        groups = _subgroup_frames(text, sents, spoken, low)
        if groups:
            candidates.append((groups, True))
    starts = [p.mention.start for p in resolved]
    # a stop on the way, told of the travellers ("Sehari sebelumnya, rombongan singgah di X"), or an
    # earlier or later visit of theirs ("Sebelumnya, rombongan mengunjungi A … serta B"): the same
    # group's trip has more destinations
    if role == 0 and top_region is not None:
        stops: list[places.Region] = []
        for pos in _positions(low, _STOPOVER_WORDS):
            cue = _STOPOVER.match(text, pos)
            if cue is None:
                continue
            sent = sentence_at(sents, pos)
            # (the look around a cue is bounded: a sentence may be the whole of a hostile text)
            lo, hi = max(sent[0], pos - _AROUND), min(sent[1], cue.end() + _AROUND)
            opener = text[lo:pos]
            if not _TRAVELLING.search(opener) or _OTHER_TRIP.search(text, lo, hi):
                continue
            if cue.group(0).lower().startswith(("meng", "meny", "berk")) and not _MORE_STOPS.search(opener):
                continue  # a plain visit verb: the article's main visit, told again
            here = [p for p in _places_between(resolved, cue.end(), hi, starts) if p.dest >= p.origin]
            came = [
                p
                for p in _places_between(resolved, lo, pos, starts)
                if _CAME_FROM.search(text, max(sent[0], p.mention.start - 30), p.mention.start)
            ]
            for region in _distinct(came + here, text):
                if region != top_region and region not in stops:
                    stops.append(region)
        if stops:
            candidates.append(([top_region, *stops], False))
    # a sender's recap that gives its trips as examples ("salah satu hasil kunjungan kerja Komisi B, yakni
    # studi banding ke provinsi Bali"; "Contohnya kunjungan DPRD X ke Pontianak"): a trip per example,
    # when the article's own destination is one of them
    if role == 0 and top_region is not None and ("contoh" in low or "salah satu" in low or "misalnya" in low):
        examples: list[places.Region] = []
        for m in _EXAMPLE_TRIP.finditer(text):
            sent = sentence_at(sents, m.start())
            here = [p for p in _places_between(resolved, m.end(), sent[1], starts) if p.dest >= 2 > p.origin]
            if here and here[0].region not in examples:
                examples.append(here[0].region)
        if len(examples) >= 2 and top_region in examples:
            candidates.append((examples, True))
    # the places of the trip as a bulleted list under "Adapun lokasi studi lapangan yaitu:"
    if role == 0 and ":\n" in text:
        for intro in _PLACES_INTRO.finditer(text):
            listed: list[places.Region] = []
            at = intro.end()
            while len(listed) < 12 and (line := _BULLET_LINE.match(text, at)) is not None:
                here = _places_between(resolved, line.start(), line.end(), starts)
                if not here:
                    break
                listed.extend(r for r in _distinct(here[:1], text) if r not in listed)
                at = line.end()
            if len(listed) >= 2:
                candidates.append((listed, _SIMULTANEOUS.search(text, *sentence_at(sents, intro.start())) is not None))
    # the places of the trip named in one sentence after "Lokasi visitasi antara lain …": each a stop
    if role == 0:
        # (the pattern is tried only where its first word stands: cheaper than a search of the text)
        for intro in (m for pos in _positions(low, _PLACES_WORDS) if (m := _PLACES_NAMED.match(text, pos))):
            sent = sentence_at(sents, intro.start())
            here = [p for p in _places_between(resolved, intro.end(), sent[1], starts) if p.dest >= p.origin]
            named = _distinct(here, text)
            if len(named) >= 2:
                candidates.append((named, _SIMULTANEOUS.search(text, *sent) is not None))
    # an itinerary told stop by stop: "… menjadi lokasi tujuan pertama", "Tujuan lokasi kedua ke …"
    if role == 0:
        stops: list[places.Region] = []
        for cue in _STOP.finditer(text):
            sent = sentence_at(sents, cue.start())
            near = _places_between(resolved, sent[0], min(sent[1], cue.end() + _AROUND), starts)
            here = [p.region for p in near if p.region.kind != "province"]
            if here and here[0] not in stops:
                stops.append(here[0])
        if len(stops) >= 2:
            candidates.append((stops, False))

    # senders told sentence by sentence, when the text says they came together ("kedua rombongan",
    # "pada saat yang sama, Pemkab B juga berkunjung")
    if role == 1 and _TOGETHER.search(text):
        senders = _distinct([p for p in resolved if p.origin >= 2 and p.dest == 0], text)
        if len(senders) >= 2:
            candidates.append((senders, True))
        # "Keduanya ialah DPRD A, Provinsi X dan DPRD B": a list right where both are named
        for together in _TOGETHER.finditer(text):
            sent = sentence_at(sents, together.start())
            nxt = sentence_at(sents, sent[1]) if sent[1] < len(text) else sent
            members = [p for p in resolved if sent[0] <= p.mention.start < nxt[1] and p.dest == 0]
            linked = [a for a, b in zip(members, members[1:], strict=False) if _linked(text, a, b)]
            if linked:
                first = linked[0]
                chain_members = [first] + [b for a, b in zip(members, members[1:], strict=False) if a in linked]
                regions = _distinct(chain_members, text)
                if len(regions) >= 2:
                    candidates.append((regions, True))

    def fits(regions: list[places.Region]) -> bool:
        if exclude is not None and any(r.name == exclude for r in regions):
            return False
        if top_region is None or top_region in regions:
            return True
        if any(r.kind == "province" and r.name == top_region.province for r in regions):
            return True  # the top host is a city of one of the listed provinces (often the dateline)
        # "di Kalteng, terkhusus di Kobar dan Sukamara": places inside the province the visit is in
        return role == 0 and top_region.kind == "province" and all(r.province == top_region.name for r in regions)

    kept = [c for c in candidates if fits(c[0])]
    if not kept:
        return [], True
    regions, _ = max(kept, key=lambda c: len(c[0]))
    # the same places told as named sub-groups too ("… ke 3 kota, yaitu A, B dan C" and "Komisi A ke A,
    # Komisi B ke B"): separate groups at once, not one group stop after stop
    return regions, any(c[1] for c in kept if set(c[0]) == set(regions))


_SPLIT = re.compile(r"\b(?:dibagi|terbagi|dipecah)\s+(?:menjadi|dalam|ke\s+dalam|atas)\b", _I)
_WHILE = re.compile(r"\b(?:sedangkan|sementara)\b(?!\s+itu\b)", _I)


def _split_told(text, sents, resolved: list[_Place], frames: list[places.Region]) -> bool:
    """The text says the group split up: "dibagi menjadi empat kelompok", or one sentence sets two
    destinations side by side ("Komisi I ke Bali, sementara Komisi II menuju Medan")."""
    if _SPLIT.search(text):
        return True
    for m in _WHILE.finditer(text):
        lo, hi = sentence_at(sents, m.start())
        if len({p.region for p in resolved if lo <= p.mention.start < hi and p.region in frames}) > 1:
            return True
    return False


def _frame_counts(text, sents, resolved: list[_Place], frames: list[places.Region], participants) -> dict:
    """Each group's own head count, for the groups that have one: the count in the clause that names
    its place ("dari Kabupaten A berjumlah 11 orang, sementara dari Kota B berjumlah 13 orang").
    Counts are never added up across groups."""
    if len(frames) < 2:
        return {}
    in_clause: dict[places.Region, tuple[int, object]] = {}
    in_sentence: dict[places.Region, object] = {}
    for m in participants:
        sent = sentence_at(sents, m.start)
        # the clause around the count
        cuts = [c.start() for c in _CLAUSE_BREAK.finditer(text, sent[0], sent[1])]
        lo = max((c for c in cuts if c < m.start), default=sent[0])
        hi = min((c for c in cuts if c >= m.end), default=sent[1])
        near = [p for p in resolved if lo <= p.mention.start < hi and p.region in frames]
        inside = {p.region for p in near}
        if len(inside) == 1:
            # "40 peserta … ke A dan B": a count written before a list of places is the whole
            # group's at every stop of the list
            after = [p for p in resolved if m.end <= p.mention.start < sent[1] and p.region in frames]
            listed = [a for a, b in zip(after, after[1:], strict=False) if _linked(text, a, b)]
            if after and listed and listed[0] is after[0]:
                for p in after[: len(listed) + 1]:
                    in_sentence.setdefault(p.region, m)
                continue
            # the count nearest to the place, if a clause holds two ("Maros – … 60 Peserta")
            gap = min(abs(p.mention.start - m.start) for p in near)
            region = inside.pop()
            if region not in in_clause or gap < in_clause[region][0]:
                in_clause[region] = (gap, m)
        elif not inside:
            # "Pemerintah Kabupaten A, Provinsi B memboyong 120 orang": the sentence's only group
            inside = {p.region for p in resolved if sent[0] <= p.mention.start < sent[1] and p.region in frames}
            if len(inside) == 1:
                in_sentence.setdefault(inside.pop(), m)
    # a count written with one group is that group's only: the others' counts are unknown
    return {**in_sentence, **{r: m for r, (_, m) in in_clause.items()}}


# between a unit and the place it stands in: "Tambak B di Kabupaten Y", "Desa A, Kecamatan B, Kabupaten Y"
_AT_PLACE = re.compile(
    # (the rest of a chain of units may come first: "Desa A, dan Tambak B di Kabupaten Y")
    r"[\s,]*(?:(?:dan|serta)\s+[^,.;:\n]{1,50}?\s+)?(?:(?:yang\s+)?(?:berada\s+|terletak\s+|berlokasi\s+)?di\s+)?"
    r"(?:(?:desa|kelurahan|kecamatan|kec\.|distrik)\s+[^,.;\n]{1,30},?\s*)*",
    _I,
)
# a place the trip goes on to is set apart ("Desa A dan Desa B) serta di Kabupaten Z", "…, lalu ke Kota Z")
_ON_TO = re.compile(r"\)|\b(?:ke|menuju|lalu|kemudian|sedangkan|sementara)\b|\bserta\s+di\b", _I)


def _stands_at(text: str, end: int, pos: int) -> bool:
    """The place written at `pos` is where the unit ending at `end` stands, not the next stop."""
    return _AT_PLACE.fullmatch(text, end, pos) is not None and not _ON_TO.search(text, end, pos)


def _frame_agencies(text, sents, resolved: list[_Place], frames: list[places.Region], organizer) -> dict:
    """The units of each destination: a unit belongs to the destination named last before it."""
    marks = sorted((p.mention.start, p.region) for p in resolved if p.region in frames)
    out: dict[places.Region, list] = {f: [] for f in frames}
    seen: set[str] = set()
    for frame in frames:
        for item in _host_agencies(text, sents, frame, organizer):
            if item[0] in seen:
                continue
            # a unit written with its place ("Desa X, Kecamatan/Kabupaten Y") anywhere in the text
            # (where it was found first: its name in full may add a word the text puts elsewhere)
            end = item[1][1]
            owner = next((r for pos, r in marks if end < pos <= end + 50 and _stands_at(text, end, pos)), None)
            start = text.find(item[0]) if owner is None else -1
            while start >= 0 and owner is None:
                end = start + len(item[0])
                owner = next((r for pos, r in marks if start < pos <= end + 50 and _stands_at(text, end, pos)), None)
                start = text.find(item[0], start + 1)
            if owner is None:
                before = [r for pos, r in marks if pos <= item[1][0]]
                owner = before[-1] if before else None
            if owner is None:
                for f in frames:
                    out[f].append(item)
            else:
                out[owner].append(item)
            seen.add(item[0])
    return out
