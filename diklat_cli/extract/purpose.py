"""Whether a report states that a trip is made to learn from its host, read as a clause, not as a phrase.

Reports word the purpose of a study trip in ways no list of phrases taken from other reports foresees,
but they build it the same way: a marker of purpose, a verb of coming to know, getting or comparing,
and the host's practice as its object:

- "untuk mengetahui penerapan e-budgeting", "guna memahami pengelolaan MPP", "dalam rangka melihat
  langsung keberhasilan Kota X", "ingin tahu bagaimana Kabupaten Y mengelola …", "bertujuan
  membandingkan pengelolaan pariwisata", "untuk memperoleh gambaran tentang pengelolaan pajak";
- the host's practice taken home, with no marker: "menyerap praktik pengelolaan zakat", "membawa pulang
  pengalaman itu";
- the visitors drawn to the practice or the host's work: "tertarik dengan keberhasilan …", "terinspirasi oleh
  inovasi …", "tertarik dengan berbagai program …", "kagum atas kinerja …";
- the host chosen for what it is or has done: "Kota X dipilih karena …";
- the guests given the host's account of a practice: "menyimak paparan tentang …", "tanya jawab terkait …";
- the host chosen for what it won: "mengingat KPU X pernah meraih award …";
- the trip named by what it serves as: "sebagai bahan referensi", "menjadi bahan pembelajaran";
- the host's side, the practice told to the guests: "memaparkan keberhasilan … kepada rombongan";
- the host taking the guests round to see its work: "para tamu diajak melihat …", "mengajak rombongan meninjau …".

And where a report states such a purpose it may tell the trip with no verb of going diklat knows: the
learning done at a named place (`place_of_learning`: "menimba ilmu ke Banyuwangi"), or the host meeting
people of another government (`guests_met`: "menerima audiensi kepala desa se-Kabupaten Y").

An inspection, a consultation or an aid visit is built the same way with other words: its verb is one
of checking, overseeing or handing over ("memastikan", "mengawasi", "menyerahkan"), or its object a
state of affairs ("mengetahui kondisi jalan", "melihat langsung progres pekerjaan"), or its subject a
superior touring the places under it ("Gubernur X … untuk melihat langsung sistem drainase", "Bupati X … ke
Kecamatan Y untuk mengetahui …"). The words of each
slot live in data/purpose.json; cues.LEARNING keeps the phrases that state learning by themselves
("belajar", "menimba ilmu", "mencontoh").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

from diklat_cli.extract import verbs
from diklat_cli.extract.places import GOVERNMENT_NAME, KABUPATEN, KOTA, find_places
from diklat_cli.extract.scanning import either, finditer, first_letter_gated, search
from diklat_cli.extract.sentences import sentence_at, sentence_spans

_I = re.IGNORECASE


@cache
def _data() -> dict:
    return json.loads(resources.files("diklat_cli.data").joinpath("purpose.json").read_text(encoding="utf-8"))


def oversight_words() -> str:
    """The words of an aim of oversight (data/purpose.json, oversight) as regex alternatives."""
    return _words("oversight")


def _words(key: str) -> str:
    """The words of one slot as regex alternatives, longest first, a space standing for any run of spaces."""
    return either(_data()[key], spaced=True)


@cache
def purpose_re() -> re.Pattern:
    """The clause of a learning purpose (module docstring), one pattern over the whole article."""
    adverbs = rf"(?:\s+(?:{_words('adverbs')})){{0,4}}"
    # the object: the host's practice; "bagaimana" when it asks how a thing is done, not what state it is in
    # ... or any thing the host is told to have devised or run ("program kampung siaga yang dijalankan Depok"): the
    # practice is the host's own, whatever its noun; not a state of affairs ("kondisi jalan yang dikembangkan")
    own = (
        rf"(?!(?:{_words('states')})\b)(?:[\w-]+\s+){{1,6}}?yang\s+(?:(?:telah|sudah|selama\s+ini|kini|tengah)\s+)?"
        rf"(?:{_words('host_own')})\b"
    )
    practice = rf"(?:(?:{_words('practice')})\b|(?:{_words('how')})\b(?!\s+(?:{_words('states')})\b)|{own})"
    got = _words("getting_nouns")
    getting = rf"(?:{_words('getting')})\s+(?:{got})(?:\s+(?:dan|serta|maupun)\s+(?:{got}))?"
    return re.compile(
        r"\b(?:"
        # a marker, a verb of knowing or of getting a picture of, then the practice: "untuk mengetahui lebih
        # jauh tentang program unggulan", "guna memperoleh gambaran tentang pengelolaan"; or a noun of
        # learning got: "ingin mengambil inspirasi"
        rf"(?:{_words('markers')})\s+(?:(?:{_words('modals')})\s+){{0,2}}"
        rf"(?:(?:{_words('knowing')}|{getting}){adverbs}\s+{practice}"
        rf"|(?:{_words('getting')}){adverbs}\s+(?:{_words('learnt')})\b)"
        # the practice or a noun of learning taken home: "menyerap praktik pengelolaan", "membawa pulang pengalaman"
        rf"|(?:{_words('taking')}){adverbs}\s+(?:{practice}|(?:{_words('learnt')})\b)"
        # ... or told before the verb: "masukan yang bisa dibawa pulang", "ilmu yang dapat kami bawa pulang ke daerah
        # kami", "ide dan contoh yang akan kami bawa ke Dekranasda Kota X"; or carried by the bare verb: "membawa
        # berbagai inspirasi untuk …" (not souvenirs "dibawa pulang sebagai kenang-kenangan", nor "… ke DPRD", nor
        # a model for others, "inovasi itu bisa dibawa ke daerah lain")
        rf"|(?P<home>(?:{_words('learnt')}|{_words('taken_home')}|{_words('practice')})\b[^.\n]{{0,60}}?\b"
        rf"(?:di|(?:kami|kita|mereka)\s+)bawa\s+(?:pulang\b(?!\s+sebagai\b)|ke\s+(?:[\w-]+\s+)?(?:{_words('home')})\b"
        r"(?!\s+lain\b)))(?!\s+ke\s+(?:[\w-]+\s+){1,2}lain\b)"
        rf"|(?:{_words('carrying')})\s+(?:(?:{_words('how_much')})\s+)?(?:{_words('learnt')})\b"
        # the visitors drawn to the practice: "tertarik dengan keberhasilan …", "terinspirasi oleh inovasi …"; or to
        # the host's work, counted or not: "tertarik dengan berbagai program Pemkot X", "kagum atas kinerja Desa Y"
        rf"|(?:{_words('drawn')})(?:\s+(?:dengan|pada|oleh|dari|akan|atas|melihat|terhadap))?{adverbs}\s+"
        rf"(?:(?:{_words('how_much')})\s+)?(?:{practice}|(?:{_words('drawn_to')})\b)"
        # the host chosen for what it won: "mengingat KPU X pernah meraih award …", "karena berhasil meraih
        # penghargaan …" (the reason of a trip in 11 readable reports, every one a visit)
        rf"|(?P<reason>{_words('reasons')})\s+(?:[\w-]+\s+){{0,5}}?(?:(?:pernah|telah|sudah|berhasil|baru\s+saja)\s+){{0,2}}"
        rf"(?:{_words('achieving')})\s+(?:(?:sebagai|sejumlah|berbagai|banyak|beberapa|the)\s+)?(?:{_words('honours')})\b"
        # the host told as chosen for what it is or has done: "Kota Malang dipilih karena deretan prestasinya", "Desa
        # X dipilih sebagai lokasi studi banding karena berhasil …", "Dipilihnya Kota Batu, mengingat …" (who is chosen
        # is read in `purpose_clauses`: a place or a body, not a person elected)
        rf"|(?P<chosen>(?:{_words('chosen')}))\b(?:\s+(?:sebagai|menjadi)\s+(?:salah\s+satu\s+)?(?P<venue>{_words('venues')})\b"
        rf"(?!\s+(?:{_words('events')})\b)(?:\s+[\w-]+){{0,4}}?)?(?:\s+(?-i:[A-Z])[\w-]*){{0,4}},?\s+"
        rf"(?:(?:tidak\s+hanya|juga|antara\s+lain|salah\s+satunya)\s+)?(?:{_words('reasons')})\b"
        # the host's quality told as what drew the visitors, the visit named after it: "Keberhasilan X … menjadi
        # alasan mereka datang", "Reputasi kota itu menjadi alasan kota ini dipilih"
        rf"|(?:menjadi|jadi)\s+(?:{_words('draws')})\b(?=[^.\n]{{0,100}}?\b(?:{_words('visit_words')})\b)"
        # the visitors take the host as their model: "menjadikan Kota Y sebagai percontohan …" (not "… bagi desa lain")
        rf"|(?:menjadikan|jadikan)\s+(?:[\w-]+\s+){{1,5}}?sebagai\s+(?:{_words('models')})\b(?!\s+(?:bagi|untuk)\b)"
        # the guests given the host's account of a practice, or asking about it: "menyimak paparan tentang sejumlah
        # inovasi …", "mendapatkan pemaparan lengkap mengenai sistem pengelolaan …", "tanya jawab terkait prinsip dasar
        # pengelolaan sampah" (not a course's "materi", nor a state of affairs: `practice` leaves out states)
        rf"|(?P<heard>(?:(?:{_words('hearing')})\s+(?:{_words('accounts')})(?:\s+(?:{_words('accounts_how')}))?"
        # (the one giving it named between: "menyimak penjelasan Kepala Desa Y mengenai …", "paparan dari Dinas Z …")
        rf"(?:[^.\n]{{1,60}}?)?|(?:{_words('asking')}))"
        rf"\s+(?:{_words('about')})\s+(?:[\w-]+\s+){{0,3}}?{practice})"
        # the host takes the guests round to see its work: "para tamu diajak melihat ruang layanan …", "mengajak
        # rombongan meninjau gudang BUMDes", "rombongan diajak ke ruang command center" (the guests invited, not
        # tourists or a superior; not a film shown)
        rf"|(?:(?:{_words('guests')})\b[^.\n]{{0,40}}?\bdiajak|\bmengajak\s+(?:{_words('guests')})\b)\s+(?:untuk\s+)?"
        rf"(?:langsung\s+)?(?:(?:{_words('showing')})\b(?:\s+(?:langsung|secara\s+langsung))?|ke\b)"
        rf"(?!\s+(?:{_words('media')})\b)"
        # the trip named by what it is to serve as: "sebagai bahan referensi", "menjadi bahan pembelajaran"
        rf"|(?:{_words('as_material')})\s+(?:{_words('material')})\b"
        # the host tells the guests its practice: "memaparkan keberhasilan perencanaan … kepada rombongan"
        rf"|(?:{_words('telling')})(?:\s+[\w-]+){{0,3}}?\s+{practice}[^.\n]{{0,80}}?"
        rf"\b(?:kepada|pada|bagi|dengan)\s+(?:{_words('guests')})\b"
        r")",
        re.IGNORECASE,
    )


@cache
def _superior_re() -> re.Pattern:
    # (as written, capitalised: "menteri", "camat" are also anyone's nouns)
    return re.compile(
        rf"\b(?:{_words('superiors')})\b"
        # (the unit after a word of direction or a verb of visiting: "ke Desa Y", "mendatangi Desa Y")
        rf"|\b(?:{_words('heads')})\b(?=[^.\n]*?\b(?:ke|di|{verbs.VISITING})\s+(?:{_words('units_below')})\b)"
    )


_PRONOUN_OPENS = re.compile(r"\s*(?:Ia|Dia|Beliau)\b")


@cache
def _chosen_body_re() -> re.Pattern:
    """A place or a body named, or pointed back to ("daerah ini"), as what is chosen: before "dipilih", or after
    "Dipilihnya" (as written, capitalised)."""
    return re.compile(rf"\b(?:{_words('chosen_bodies')})\b|(?i:\b(?:ini|itu|tersebut)\s+(?:yang\s+)?dipilih)")


def _chosen_is_a_place(text: str, start: int, m: re.Match) -> bool:
    """What `m` ("… dipilih … karena …") tells as chosen is a place or a body: the words before it in its sentence (or
    the name after "Dipilihnya") name one (`_chosen_body_re`, or a place `find_places` knows), or the match names a
    venue of a trip ("sebagai lokasi studi banding"), or its sentence speaks of the visit (visit_words)."""
    if m.group("venue"):
        return True
    before = text[max(start, m.start() - 60) : m.end()]
    if _chosen_body_re().search(before) or find_places(before):
        return True
    # (a visit word other than the match's own "dipilih")
    end = text.find(".", m.end())
    end = end if end >= 0 else len(text)
    return any(w.group().lower() not in ("dipilih", "memilih") for w in _visit_word_re().finditer(text, start, end))


@cache
def _visit_word_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_words('visit_words')})\b", re.IGNORECASE)


def purpose_clauses(text: str) -> Iterator[re.Match]:
    """The clauses of a learning purpose (`purpose_re`), but those whose sentence has a touring superior before
    them ("Gubernur X … untuk melihat langsung sistem drainase …", "Bupati X … ke Kecamatan Y untuk mengetahui …":
    an inspection, data/purpose.json), and a host's prize given as a reason in a sentence that does not speak of
    the visit ("Penghargaan itu diberikan karena Sinjai berhasil meraih predikat WTP")."""
    sents = None
    for m in finditer(purpose_re(), text):
        sents = sents or sentence_spans(text)
        start, end = sentence_at(sents, m.start())
        if touring_superior(text, m.start(), sents):
            continue
        if m.group("reason") and _visit_word_re().search(text, start, end) is None:
            continue
        if m.group("chosen") and not _chosen_is_a_place(text, start, m):
            continue
        yield m


def superior_named(text: str) -> bool:
    """A touring superior (`_superior_re`) is named anywhere in the text."""
    return _superior_re().search(text) is not None


def touring_superior(text: str, at: int, sents: list | None = None) -> bool:
    """A touring superior (`_superior_re`) is the subject of the words at ``at``: named before them in their sentence,
    or in the sentence before one opened by a pronoun ("Bupati X mendatangi Desa Y. Ia ingin tahu …"), which goes
    on with the subject of the one before it."""
    sents = sents or sentence_spans(text)
    start = sentence_at(sents, at)[0]
    if _superior_re().search(text, start, at) is not None:
        return True
    return (
        start > 0
        and _PRONOUN_OPENS.match(text, start) is not None
        and _superior_re().search(text, sentence_at(sents, start - 1)[0], start) is not None
    )


def learning_purpose(text: str) -> bool:
    """The text states a purpose of learning from the host as a clause (`purpose_clauses`)."""
    return next(purpose_clauses(text), None) is not None


# a place named after a word of direction, "ke Banyuwangi", or of presence, "di Surabaya", when the group is
# named from elsewhere in the same words ("30 lurah dari Kabupaten Gowa", "camat se-Kabupaten Bone"): a town's
# own people learning at home ("guru SD di Kabupaten Barru belajar …") go nowhere
_TO_A_NAME = re.compile(r"\b(?:ke|menuju)\s+(?-i:[A-Z])\w", _I)
_AT_A_NAME = re.compile(r"\bdi\s+(?-i:[A-Z])\w", _I)
_FROM_A_NAME = re.compile(
    r"\b(?:dari|asal)\s+(?:(?:Pemkab|Pemkot|Pemko|Pemprov|Pemerintah)\s+)?(?-i:[A-Z])\w|\bse-\s?(?-i:[A-Z])", _I
)
_QUOTE = re.compile(r"[\"\u201c\u201d]")
_CAPITALISED_BEFORE = re.compile(r"(?-i:[A-Z])\w*\s+$")
# a learning done at a distance, told in its own sentence ("menandatangani komitmen replikasi inovasi … secara daring",
# "belajar … melalui konferensi video"): held on a screen, it goes to no place the sentence names; unless the sentence
# has the learners present somewhere (`_PRESENT`), where "secara daring" is the practice learnt ("hadir di kantor
# Bapenda Kota B untuk mempelajari pemungutan pajak secara daring")
_AT_A_DISTANCE = re.compile(
    r"\b(?:secara|via|melalui|lewat)\s+(?:daring|virtual|online|zoom|konferensi\s+video|video\s+conference)\b", _I
)
_PRESENT = re.compile(r"\b(?:hadir|datang|tiba|berkunjung|mengunjungi|mendatangi|menyambangi|bertandang)\b", _I)


# the host meets people of another government, by any verb of receiving, an audience or a meeting with them
# ("menerima Bupati X beserta jajaran", "menerima audiensi kepala desa se-Kabupaten Y", "menggelar pertemuan dengan
# jajaran Pemkab Z", "bertemu jajaran Pemkot W"), or they are received ("Delegasi Pemkab V disambut Wali Kota U")
_A_BODY = (
    r"(?:se-?\s?)?(?:" + GOVERNMENT_NAME + r"\s+(?:(?-i:Kabupaten|Kota|Provinsi)\s+)?(?-i:[A-Z])"
    r"|(?-i:Kabupaten|Kota|Bupati|Wakil\s+Bupati|Wali\s*[Kk]ota|Walikota|Sekda|DPRD|Camat)\s+(?-i:[A-Z]))"
)
_GUESTS_MET = re.compile(
    r"\b(?:(?:" + verbs.RECEIVING + r")(?:\s+(?:kunjungan|audiensi|kedatangan))?"
    r"|(?:menggelar|mengadakan|melakukan)\s+(?:pertemuan|audiensi|diskusi|rapat)\s+dengan|bertemu(?:\s+dengan)?"
    # (the meeting as the verb itself: "berdiskusi dengan jajaran Diskominfo Kota X", "beraudiensi dengan Bupati Y")
    r"|(?:berdiskusi|berdialog|beraudiensi)\s+dengan"
    r"|menemui)\s+(?:[\w-]+\s+){0,4}?"
    + _A_BODY
    + r"|\b(?:delegasi|rombongan|perwakilan|utusan|tim|jajaran)\s+"
    + _A_BODY
    + r"[^.\n]{0,60}?\b(?:"
    + verbs.RECEIVED
    + r")\b",
    _I,
)


# the place learnt at, after "di" and the few words of a body's office ("di kantor Bapenda ", "di aula Dinas
# Kesehatan "): what precedes a place mention that makes it where the learning is done
_AT_BEFORE = re.compile(r"\bdi\s+(?:[\w-]+\s+){0,4}$", _I)


def _learnt_at_another_region(sentence: str) -> tuple[int, int] | None:
    """The learners are named by a body of their own region and the learning is done at an office of another region
    ("15 staf Bapenda Kabupaten Luwu hadir di kantor Bapenda Kota Palopo untuk mempelajari …", "Sekretaris Daerah
    Kabupaten Pinrang mempelajari … di Kantor Dinas Perpustakaan Kota Parepare"): reports name the group by its
    region's body, as a "dari" would, and the host by its own; two regencies told so, one before and one after
    "di", are the group's home and the place it went to, whatever verb (or none) tells the going. Where in the
    sentence the home and that place are named, else None."""
    if " di " not in sentence:
        return None
    # (a name in capitals is the dateline, "PALU - …", where the report was written, not whose the group is)
    regencies = [
        m
        for m in find_places(sentence)
        if m.candidates and not m.text.isupper() and all(r.kind in (KABUPATEN, KOTA) for r in m.candidates)
    ]
    if len(regencies) < 2:
        return None
    home = regencies[0]
    if _AT_BEFORE.search(sentence, 0, home.start):
        return None  # the first region named is where something is done, not whose the group is
    for m in regencies[1:]:
        if not set(home.candidates) & set(m.candidates) and _AT_BEFORE.search(sentence, home.end, m.start):
            return home.start, m.start
    return None


def _headline_learning_placed(text: str, sents: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The learning is told in the headline (the first line, set off by a blank line) and the body's first sentence
    puts the learners, named by their own region's body, at an office of another region (`_learnt_at_another_region`:
    "Sekda Pinrang Pelajari Tata Kelola Arsip" then "Sekretaris Daerah Kabupaten Pinrang mengikuti paparan … di
    Kantor Dinas Perpustakaan Kota Parepare"): a headline states what the trip was for and leaves the going to the
    body, which tells only where the group was. Where in the text the home and that place are named, else None."""
    # (the headline: the first line, ended by a line break and no full stop)
    if not sents or sents[0] != (start, end) or len(sents) < 2:
        return None
    line = text[start:end].rstrip(" \t")
    if not (line.endswith("\n") or text.startswith("\n", end)) or line.rstrip().endswith("."):
        return None
    body_start, body_end = sents[1]
    at = _learnt_at_another_region(text[body_start:body_end])
    return None if at is None else (body_start + at[0], body_start + at[1])


def place_of_learning(text: str, learnt: Iterable[re.Match]) -> int | None:
    """Where a sentence that states a purpose of learning (the matches `learnt`) names a place the learning is done
    at or gone to, by any word: "menimba ilmu ke Banyuwangi", "mengirim 20 pejabat ke Banyuwangi untuk mempelajari …",
    "30 lurah dari Kabupaten Gowa belajar pengelolaan bank sampah di Surabaya": learning from a host at a named
    place is a trip there, whatever verb (or none) tells the going. Not the place a
    quote was spoken at ("… memperoleh ilmu," ujar X di Gedung Y: the sentence is read to the quote's end), nor
    a name that has the word in it ("Merdeka Belajar"), nor learning its sentence says was done at a distance
    (`_AT_A_DISTANCE`: "… replikasi inovasi bersama 19 daerah se-Sumbar secara daring"). Where the first such
    learning is told, else None."""
    sents = sentence_spans(text)
    for m in learnt:
        start, end = sentence_at(sents, m.start())
        if _headline_learning_placed(text, sents, start, end) is not None:
            return m.start()
        if m.group()[0].isupper() and _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if _AT_A_DISTANCE.search(text, start, end) and not _PRESENT.search(text, start, end):
            continue
        if quote := _QUOTE.search(text, m.end(), end):
            end = quote.start()
        if (
            _TO_A_NAME.search(text, start, end)
            or (_AT_A_NAME.search(text, start, end) and _FROM_A_NAME.search(text, start, end))
            or _learnt_at_another_region(text[start:end]) is not None
        ):
            return m.start()
    return None


def region_learnt_at(text: str, learnt: Iterable[re.Match]) -> tuple[int, int] | None:
    """Where the learners' home and the other region's office they learnt at (`_learnt_at_another_region`, in the
    learning's own sentence or, for a headline's learning, the body's first) are named in the text, else None."""
    sents = sentence_spans(text)
    for m in learnt:
        start, end = sentence_at(sents, m.start())
        if (at := _headline_learning_placed(text, sents, start, end)) is not None:
            return at
        if (at := _learnt_at_another_region(text[start:end])) is not None:
            return start + at[0], start + at[1]
    return None


def guests_met(text: str) -> bool:
    """The host meets people of another government (`_GUESTS_MET`)."""
    return search(_GUESTS_MET, text) is not None


@cache
def _relief_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    # (gated by their words' first letters: the disaster and exercise words are looked for in whole articles)
    disasters, relief, deployed, exercise = (
        first_letter_gated(re.compile(rf"\b(?:{_words(key)})\b", _I))
        for key in ("disasters", "relief", "deployed", "exercise")
    )
    return disasters, relief, deployed, exercise


def relief_told(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """The span (the whole text by default) names a disaster and the relief brought to it ("membantu korban gempa",
    "titik pengungsian warga terdampak banjir", "pemulihan pascabencana"): a trip to serve, not to learn
    (data/purpose.json, relief)."""
    disaster, relief = _relief_res()[:2]
    if hi is None:  # (a whole article: its words looked for before the patterns are tried)
        return search(disaster, text) is not None and search(relief, text) is not None
    return disaster.search(text, lo, hi) is not None and relief.search(text, lo, hi) is not None


def deployed_in(text: str, lo: int, hi: int) -> bool:
    """The span sends people out or tells them setting out ("diterjunkan", "mengerahkan … ke", "bergerak menuju")."""
    return _relief_res()[2].search(text, lo, hi) is not None


def exercise_named(text: str) -> bool:
    """The text names a programme's own exercise or practice ("Latihan Integrasi Taruna …", "praktik lapangan",
    "magang"): a stay the course sends its people to (data/purpose.json, exercise)."""
    return search(_relief_res()[3], text) is not None
