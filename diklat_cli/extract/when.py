"""When a visit happened: the year an article's dates belong to, the days of a visit, and
of each stop of a trip.

One concern: the days of the visits, from the dates `dates` reads and the day of writing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from diklat_cli.extract import byline, dates, places, programs, trainees, verbs, writing_day
from diklat_cli.extract.cues import ACTIVITY_TO_PLACE, strong_cue
from diklat_cli.extract.numbers import ordinal_to_int, ordinal_words
from diklat_cli.extract.place_roles import Place, places_between
from diklat_cli.extract.scanning import folded, scan, search
from diklat_cli.extract.sentences import sentence_at

_I = re.IGNORECASE


def _choose_year(text: str, found_dates: list[dates.DateMention], published: dt.date | None) -> int | None:
    if published:
        return published.year
    # (a date told of another thing, a document's signing or a launch, gives no year to the visit's days)
    years = [
        d.first.year or d.last.year
        for d in found_dates
        if (d.first.year or d.last.year) and not dates.other_event(text, d.start)
    ]
    if years:
        return max(set(years), key=years.count)
    hints = dates.find_year_hints(text)
    if hints:
        years = [y for _, _, y in hints]
        return max(set(years), key=years.count)
    return None


@lru_cache(maxsize=4)
def article_dates(text: str) -> tuple:
    """Every date the text writes (`dates.find_dates`), found once an article for each step that reads them."""
    return tuple(dates.find_dates(text))


_CLOSING = re.compile(r"\b(?:penutupan\w*|ditutup|menutup|wisuda|diwisuda|kelulusan|dinyatakan\s+lulus)\b", _I)
# a date that only opens the trip: a departure or "since"
_OPEN_START = re.compile(
    r"\b(?:sejak|semenjak|" + verbs.SETTING_OUT + r"|keberangkatan|diberangkatkan|memberangkatkan|dilepas|melepas"
    # ... and any other verb of setting off for a place: flying, moving off, taking off
    r"|(?:terbang|bergerak|meluncur)\s+(?:ke|menuju)|lepas\s+landas"
    # the arrival in a region (not at a hall) and the opening of a series start a stay of several days
    r"|tiba\s+di\s+(?!kantor|aula|gedung|ruang|balai|pendopo|pendapa|rumah|hotel|bandara|lokasi|hari))\b",
    _I,
)
# a trip announced for a time not yet fixed
# (a plan in any words: "merencanakan", "rencana", "dijadwalkan", "segera", or a time to come, "tahun depan",
# "bulan mendatang", before the trip or after it: "studi banding ke Bali bulan depan"; the future "akan" right
# before the trip or its verb, "akan studi banding", "akan melakukan kunjungan", "akan berangkat"; the trip by any
# of its names: "kaji tiru", "uji tiru", "visitasi")
_LATER_TRIP = re.compile(
    r"\b(?:(?:dalam\s+waktu\s+dekat|rencananya|rencana|direncanakan|merencanakan|berencana|bakal|dijadwalkan"
    r"|akan(?=\s+(?:(?:me\w+|ber\w+)\s+)?(?:stud[iy]|benchmark|kaji\s|kunjungan|kunker|berkunjung|berangkat|belajar))"
    r"|segera|(?:tahun|bulan|pekan|minggu)\s+(?:depan|mendatang))\b[^.\n]{0,60}?"
    r"\b(?:stud[iy]|benchmark\w*|(?:kaji|uji)\s+(?:banding|tiru)|visitasi|kunjungan|kunker|berkunjung|berangkat|belajar)\b"
    r"|(?:stud[iy]|benchmark\w*|(?:kaji|uji)\s+(?:banding|tiru)|visitasi|kunjungan|kunker|berkunjung|berangkat|belajar)\b"
    r"[^.\n]{0,60}?"
    r"\b(?:tahun|bulan|pekan|minggu)\s+(?:depan|mendatang)\b)",
    _I,
)
# ... or one told as done some time before, with no day ("pekan lalu", "bulan lalu", "belum lama ini", "beberapa
# waktu lalu"): the day its words were said came after it
_EARLIER_TRIP = re.compile(
    r"\b(?:stud[iy]|benchmark\w*|(?:kaji|uji)\s+(?:banding|tiru)|visitasi|kunjungan|kunker|berkunjung|belajar)\b"
    r"[^.\n\"“”]{0,60}?\b(?:(?:pekan|minggu|bulan)\s+lalu|belum\s+lama\s+ini"
    r"|beberapa\s+(?:hari|waktu|pekan|minggu|bulan)\s+(?:yang\s+)?lalu)\b",
    _I,
)
# the first day of a series opens a stay of several days; in one stop's own clause of a day-by-day
# account ("Hari pertama, Senin (3/6), peserta belajar di Kota A") it is that stop's one day
# (in any words for the opening: "hari perdana", "hari pembuka", "mengawali/membuka rangkaian")
_SERIES_START = re.compile(
    r"\b(?:awal\s+rangkaian|hari\s+(?:pertama|perdana|pembuka)|(?:mengawali|membuka)\s+rangkaian)\b", _I
)
# … and its last day told alone closes a stay whose first day is not given: "Rangkaian visitasi tiba di
# hari terakhirnya pada Kamis (6/6)", "pada hari terakhir kunjungan, Jumat (7/6)"
# (and "hari penutup", "hari pamungkas")
_SERIES_END = re.compile(
    r"\bhari\s+(?:terakhir(?:nya)?|penutup|pamungkas)\b(?:\s+\w+){0,2}?\s*,?\s*(?:pada\s+)?(?:hari\s+)?$", _I
)


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


# how far ahead of its publication a report may announce a visit (a yearless date beyond is last year's)
_AHEAD_DAYS = 183


def visit_dates(
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
    found = [d for d in article_dates(text) if not any(d.start < b and d.end > a for a, b in spans)]
    year = _choose_year(text, found, published)
    from_date = published is not None or any(d.first.year or d.last.year for d in found)
    if within is not None:
        found = [d for d in found if within[0] <= d.start < within[1]]
    if "utup" in text or "lulus" in text or "wisuda" in text:
        # a report of a closing that also tells of the trip: the day written with the closing is
        # the ceremony's, not the trip's
        # (after the stretch's own dates are picked out: the sentences of the others are not searched)
        found = [d for d in found if not _CLOSING.search(text, *sentence_at(sents, d.start))]
    if within is None and (course := _course_told_first(text, sents, found)) is not None:
        # the course's own period, told before any word of the trip, is the course's (see below)
        found = [d for d in found if not course[0] <= d.start < course[1]]
    ranges, singles = [], []
    # with no publication date, a day written without its year takes the year its month is written
    # with elsewhere ("sepanjang Januari sampai September 2012 … kemarin (13/9)"), before the years
    # the text's figures are given for ("Tahun 2011, ekonomi tumbuh 7 persen")
    by_month = dates.month_years(text) if published is None and not from_date else {}
    for d in found:
        fitting = _fitting_year(d, year, text, from_date)
        if by_month and d.first.year is None and len(by_month.get(d.first.month, ())) == 1:
            written = next(iter(by_month[d.first.month]))
            if d.weekday_fits(written) is not False:  # a weekday that does not fit that year overrules it
                fitting = written
        resolved = d.resolve(fitting)
        if resolved is None:
            continue
        if fitting is not None and published is not None and (resolved[0] - published).days > _AHEAD_DAYS:
            # a report tells of a visit made or announced a few weeks ahead: a yearless day that would
            # fall half a year after publication was in the year before ("28 Desember lalu" read on
            # 2 Januari)
            resolved = d.resolve(fitting - 1) or resolved
        elif fitting is not None and published is not None and (published - resolved[0]).days > _AHEAD_DAYS:
            # ... and one that would fall half a year before it is next year's: a range across the year's end
            # gives its year to its last day ("30 Desember hingga 2 Januari mendatang" announced on 27 December)
            ahead = d.resolve(fitting + 1)
            if (
                ahead is not None
                and (ahead[0] - published).days <= _AHEAD_DAYS
                and d.weekday_fits(ahead[0].year) is not False
            ):
                resolved = ahead
        if resolved[0] != resolved[1]:
            if (resolved[1] - resolved[0]).days <= 31:
                ranges.append((d, resolved))
        else:
            singles.append((d, resolved))
    if ranges and _names_show(text):
        # a span of a show held apart from the trip, told in a sentence that tells no visit ("Tanggal 31 Agustus
        # sampai 9 September ada iven Manado Fiesta", "menggelar Otonomi Expo pada 20-22 Juli 2022 di Jakarta"),
        # is the show's: the trip's days are others, or not told
        ranges = [r for r in ranges if not _show_day(text, sents, r[0])]
    if ranges:
        # a span told of another event first ("Suksesnya MotoGP … pada 18-20 Maret membuat …") gives way to
        # a later span whose sentence tells the visit ("menggelar visitasi … pada 21-25 Maret")
        told = [r for r in ranges if _tells_a_visit(text[slice(*sentence_at(sents, r[0].start))])] if ranges[1:] else []
        d, (start, end) = told[0] if told else ranges[0]
        return start, end, [(d.start, d.end)], 0.9
    if published is not None and (past := _past_visit_day(text, sents, published, singles, within)) is not None:
        return past
    if published is not None and not any(
        (published - day).days <= 366 and d.start >= header_end and not _in_caption(text, d.start)
        for d, (day, _) in singles
    ):
        # no written day of this visit in the story (none, or only days years before or in its header): the
        # days told by the day of writing ("kemarin", "Rabu malam")
        singles = writing_day.days_told(text, sents, published, article_dates(text), spans, within) + singles
    if singles:
        # a day something was said comes after the days the text gives its events; so does a day written
        # above the story's opener (a photo caption's "foto bareng …, Rabu 7/8/2019"), and a day told of
        # another event ("pelatihan yang dibuka 2 Agustus 2023")
        pool = list(singles)  # (a list being sorted reads as empty)
        told_days = [day for d, (day, _) in pool if _tells_a_visit(text[slice(*sentence_at(sents, d.start))])]
        first_told = min(told_days) if told_days else None
        singles.sort(
            key=lambda item: (
                item[0].start < header_end or _in_caption(text, item[0].start),
                dates.said_on(text, sentence_at(sents, item[0].start)[0], item[0].start),
                dates.other_event(text, item[0].start)
                or dates.at_a_meeting(text, item[0].start)
                or _opens_something_long(text, item, pool)
                or (_names_show(text) and _show_day(text, sents, item[0])),
                _long_before(item, pool),
                # ... and, of days alike, a day written in a sentence that tells no visit gives way to an earlier or the
                # same day written with the visit ("Sekolah kembali buka pada Jumat (28/10). Sehari sebelumnya, Kamis
                # (27/10), para guru studi banding ke Jakarta"); a later day told with the trip is its return or end
                first_told is not None
                and first_told <= item[1][0]
                and not _tells_a_visit(text[slice(*sentence_at(sents, item[0].start))]),
            )
        )
        if within is None and (gone := _departed_before(text, sents, singles, header_end)) is not None:
            singles.insert(0, singles.pop(gone))
        d, (start, end) = singles[0]
        if (dates.other_event(text, d.start) or dates.at_a_meeting(text, d.start)) and not _tells_a_visit(
            text[slice(*sentence_at(sents, d.start))]
        ):
            # every day written is another thing's, told apart from the trip: a letter of assignment signed
            # ("Surat itu diteken pada 24 Juli"), an agreement, an office or application launched, a council's
            # meeting at home ("saat membuka Sidang III DPRD A, Jumat (1/11)"); the trip's own days are not told
            return None, None, [], 0.0
        if _told_as_recent(text, sents, d, header_end):
            # the visit is told as done a while before ("menggelar studi banding ke B belum lama ini"): the day
            # written is the day it was told of (the posting line, a statement, the day the talk of it was given),
            # not the visit's, which the report does not give
            return None, None, [], 0.0
        above = d.start < header_end or _in_caption(text, d.start)
        if within is None and above and not _tells_a_visit(text[slice(*sentence_at(sents, d.start))]):
            # the only days are written above the story's opener, in a photo's caption or the header, of a
            # picture that shows no visit ("Ratusan mahasiswa berunjuk rasa di Gedung DPRD, Selasa (20/10/2015)")
            return None, None, [], 0.0
        if dates.said_elsewhere(text, sentence_at(sents, d.start)[0], d.start) and not _told_as_now(text, sents):
            # the only days are those of words said away from the visit (on the phone, in the speaker's office,
            # in a press release): the day of the words, no visit day, unless the trip is told as going on
            # while the report is written ("hari ini … studi komparasi", "saat ini … sedang studi banding")
            return None, None, [], 0.0
        # (scanning.search: the pattern tried only where its words start)
        # (the day's own attribution asked first: the article's search for a plan only when it is one)
        if dates.said_on(text, sentence_at(sents, d.start)[0], d.start) and (
            search(_LATER_TRIP, text) or search(_EARLIER_TRIP, text)
        ):
            # a trip planned for a time not yet fixed ("dalam waktu dekat akan studi tiru ke …"): the only
            # days given are those the plan was told on, which say nothing of when the group goes
            return None, None, [], 0.0
        spans = [(d.start, d.end)]
        if within is None and start == end and _SERIES_END.search(text, max(0, d.start - 50), d.start):
            return None, end, spans, 0.8 if d.first.year else 0.6
        durations = [x for x in dates.find_durations(text) if within is None or within[0] <= x[0] < within[1]]
        if within is None and start == end and not durations and _ends_the_stay(text, sents, d, pool):
            # "Magang … resmi berakhir dengan penarikan para ASN, Kamis (6/11)": the stay's last day, its first
            # not told (with a length told, counted back from it, below)
            return None, end, spans, 0.8 if d.first.year else 0.6
        if durations and 1 < durations[0][2] <= 14:
            s, e, days = durations[0]
            end = start + dt.timedelta(days=days - 1)  # a duration counts from the first day
            if e <= d.start and _ends_the_length(text, e, d):
                start, end = start - dt.timedelta(days=days - 1), start  # ... or back from its last day
            spans.append((s, e))
        elif (
            start == end
            and (
                _OPEN_START.search(told := _told_of(text, sentence_at(sents, d.start), pool))
                or (within is None and _SERIES_START.search(told))
                or (within is None and _opened_at_host(text, sents, d))
                or (within is None and _departure_told_apart(text, sents, d, start, pool))
            )
            and not _one_day_told_again(text, sents, d, start, pool)
        ):
            end = None  # "sejak Senin (24/2)", "berangkat … Selasa (29/9)": the last day is not given
        if (back := _return_day(text, sents, d, start, pool, within)) is not None:
            end, back_span = back
            spans.append(back_span)
        elif within is None and end is None and (ended := _stay_ended_on(text, sents, start, pool)) is not None:
            # "PKDN sudah berjalan sejak 22 April" and, written before it, "PKDN … berakhir secara resmi pada
            # Kamis (25/4)": the stay opened on its first day ends on the day told as its end
            end = ended[1][0]
            spans.append((ended[0].start, ended[0].end))
        elif within is None and end == start and (nxt := _next_day_told(text, sents, d)) is not None:
            end = start + dt.timedelta(days=1)
            spans.append(nxt)
        elif (
            published is not None
            and end in (None, start)
            and 0 < (published - start).days <= _RETURN_DAYS
            and (today := _UNTIL_TODAY.search(text, d.end, sentence_at(sents, d.start)[1] + 200)) is not None
        ):
            end = published  # "sejak Senin (10/6) … berakhir hari ini": the stay ends on the day of writing
            spans.append(today.span())
        if within is None and end == start and (first := _done_first(text, sents, start, pool)) is not None:
            # "… telah lebih dulu bertemu Pemerintah Aceh pada Senin (4/4)": the stay began then
            start, first_span = first
            spans.insert(0, first_span)
        return start, end, spans, 0.8 if d.first.year else 0.6
    return None, None, [], 0.0


# a show, fair or contest: an event of its own, held for the public, never the trip (a group may see one)
_SHOW_WORDS = ("iven", "event", "festival", "fiesta", "pameran", "expo", "karnaval", "konser", "turnamen", "kejuaraan")
_SHOW = re.compile(r"\b(?:iven|event|festival|fiesta|pameran|expo|karnaval|konser|turnamen|kejuaraan)\b", _I)


@lru_cache(maxsize=4)
def _names_show(text: str) -> bool:
    """Whether the article names a show anywhere (the gate of _show_day)."""
    low = folded(text)
    return any(w in (low if low is not None else text.lower()) for w in _SHOW_WORDS)


def _show_day(text: str, sents, d) -> bool:
    """Whether a day or span is written in a sentence that names a show and tells no visit."""
    sent = sentence_at(sents, d.start)
    return _SHOW.search(text, *sent) is not None and not _tells_a_visit(text[slice(*sent)])


# A visit told as done a while before the report without its day: "menggelar studi banding ke B belum lama ini",
# "studi tiru yang baru-baru ini dijalani", "rombongan beberapa waktu lalu berkunjung ke C" (in any words of
# "recently": belum lama ini, baru-baru ini, beberapa waktu/hari/pekan lalu)
_RECENT = re.compile(
    r"\b(?:belum\s+lama\s+ini|baru-baru\s+ini|beberapa\s+(?:waktu|hari|pekan|minggu)\s+(?:yang\s+)?lalu)\b", _I
)


def _told_as_recent(text: str, sents, d, header_end: int) -> bool:
    """Whether the story's first sentence that tells a visit tells it as done recently with no day, and the day
    `d` is the telling's: written before those words in that sentence, or in a sentence that tells no visit (the
    posting line, a statement). (Recency told later is of another, earlier visit: "beberapa waktu lalu Pemkab B
    juga pernah mengunjungi A".)"""
    for m in scan(_RECENT, ("belum", "baru", "beberapa"), text, folded(text)):
        sent = sentence_at(sents, m.start())
        if not _tells_a_visit(text[slice(*sent)]):
            continue
        if any(header_end <= a < sent[0] and _tells_a_visit(text[a:b]) for a, b in sents):
            return False
        if sent[0] <= d.start < m.start():
            return True
        own = sentence_at(sents, d.start)
        if own != sent and not _tells_a_visit(text[slice(*own)]):
            return True
    return False


# A report tells the group's main day and, after it, what the same group did there first, a day or two before:
# "Rombongan … telah lebih dulu bertemu dan berdiskusi dengan Pemerintah A pada Senin (4/4/2022) lalu", "Sehari
# sebelum bertemu di gedung DPRD, rombongan lebih dulu menikmati jamuan makan malam … pada Rabu (30/9/2020)"
# (in any words of "first": lebih dulu, lebih dahulu, terlebih dahulu): the stay began on that earlier day
_DONE_FIRST = re.compile(r"\b(?:lebih|terlebih)\s+(?:dulu|dahulu)\b", _I)
_DONE_FIRST_DAYS = 3


def _done_first(text: str, sents, day: dt.date, pool) -> tuple[dt.date, tuple[int, int]] | None:
    """The earlier day, and its span, on which the sentence that writes it says the group did something first."""
    if "dulu" not in text and "dahulu" not in text:
        return None
    for other, (first, last) in pool:
        if first != last or not 0 < (day - first).days <= _DONE_FIRST_DAYS:
            continue
        sent = sentence_at(sents, other.start)
        if (
            _DONE_FIRST.search(text, sent[0], other.start) is None
            or dates.said_on(text, sent[0], other.start)
            or dates.other_event(text, other.start)
        ):
            continue
        return first, (other.start, other.end)
    return None


# A stay told by its length and its last day ends on that day: "selama sepuluh hari hingga 22 Februari",
# "berlangsung dua hari dan berakhir pada Rabu (12/6)", "selama tiga hari, hari ini berakhir" (the day written
# right after the length, closed by a word of ending before it or after it); its first day is counted back
_LENGTH_UNTIL = re.compile(
    r"\W{0,3}(?:(?:dan|yang)\s+)?(?:(?:berakhir|selesai|usai)\s+|(?:hingga|sampai(?:\s+dengan)?)\s+)"
    r"(?:(?:pada|tanggal|tgl\.?|hari)\s+){0,2}",
    _I,
)
_LENGTH_ENDED = re.compile(r"\s*(?:berakhir|selesai|usai)\b", _I)


def _ends_the_length(text: str, length_end: int, d) -> bool:
    """The day `d`, written right after a length of stay that ends at `length_end`, is its last day."""
    if d.start - length_end > 40:
        return False
    if (m := _LENGTH_UNTIL.match(text, length_end, d.start)) is not None and m.end() == d.start:
        return True
    return (
        d.start - length_end <= 3
        and not text[length_end : d.start].strip(" ,)")
        and bool(_LENGTH_ENDED.match(text, d.end))
    )


# A report written while the group is away tells the day it set out and a later day: the day the reporter
# looked in ("Dari pantauan …, Kamis (22/1), kantor dewan lengang … Rombongan berangkat sejak Rabu (20/1)",
# mb-08 harianjogja), the day an official explains the trip ("sejak Rabu (18/3) anggota Dewan tengah melakukan
# kunker … kembali besok [Jumat, 20/3]", mb-11 harianjogja), the day of a meeting on the way. A departure is
# the first day (docs/schema.md, "A departure day only"): the day written right after a verb of setting out
# ("berangkat sejak Rabu (20/1)", "bertolak pada Senin (3/6)", "dilepas Bupati, Selasa (4/6)") comes before
# a later day of the same weight the text gives first, within the days a trip lasts. (Not "sejak" alone:
# "Bimtek yang sudah dimulai sejak Rabu, 22 Maret" is the course's start, not the trip's, kw-14.)
_SET_OUT = re.compile(
    r"\b(?:" + verbs.SETTING_OUT + r"|diberangkatkan|dilepas)\b[^.\n]{0,25}$",
    _I,
)
_SET_OUT_DAYS = 14


def _departed_before(text: str, sents, singles, header_end: int) -> int | None:
    """The index in `singles` (sorted, the visit's day first) of a departure day before the first,
    given the same weight, when the first is no departure itself."""
    d0, (day0, _) = singles[0]
    if not any(w in text for w in ("berangkat", "bertolak", "dilepas")):
        return None

    def weight(d) -> tuple:
        sent0 = sentence_at(sents, d.start)[0]
        return (d.start < header_end or _in_caption(text, d.start), dates.said_on(text, sent0, d.start))

    if _SET_OUT.search(text, max(0, d0.start - 40), d0.start):
        return None
    for i, (d, (day, last)) in enumerate(singles[1:], 1):
        if (
            day == last
            and 0 < (day0 - day).days <= _SET_OUT_DAYS
            and _SET_OUT.search(text, max(0, d.start - 40), d.start)
            and weight(d) == weight(d0)
            and not dates.other_event(text, d.start)
        ):
            return i
    return None


# The next day told relatively to the visit's written day, as reports quote their speakers ("Besok mereka akan
# studi tiru ke Desa B", "Keesokan harinya, rombongan mengunjungi ..."): in any word of the next day, "besok",
# "esok harinya", "keesokan harinya", in a sentence that tells the group's going on, with no date of its own
_NEXT_DAY = re.compile(r"\b(?:besok(?:nya)?|(?:keesokan|esok)\s+hari(?:nya)?)\b", _I)


def _next_day_told(text: str, sents, d) -> tuple[int, int] | None:
    """The span of a word of the next day after the day `d` in a sentence that tells the visit going on."""
    if "esok" not in text and "Esok" not in text and "ESOK" not in text:
        return None
    for m in _NEXT_DAY.finditer(text, d.end):
        sent = sentence_at(sents, m.start())
        told = text[slice(*sent)]
        if any(sent[0] <= x.start < sent[1] for x in article_dates(text)):
            continue  # "Rabu (19/6) besok": the day is written
        if _tells_a_visit(told):
            return m.span()
    return None


# A trip told as going on at the time of writing ("Hari ini DPRD A menggelar studi komparasi ke B", "saat ini
# empat komisi sedang studi banding"): the day the report's words were said falls within it.
_NOW = re.compile(r"\b(?:hari\s+ini|saat\s+ini|sedang)\b", _I)


def _told_as_now(text: str, sents) -> bool:
    """Whether a sentence that tells the visit tells it as going on now."""
    return any(_tells_a_visit(text[slice(*sentence_at(sents, m.start()))]) for m in _NOW.finditer(text))


def _tells_a_visit(told: str) -> bool:
    """Whether a sentence tells a visit: a group going or received, a study at a place."""
    return strong_cue(told) is not None or ACTIVITY_TO_PLACE.search(told) is not None


# The last day of a trip is told after its first, in a clause of its own, by the group's return or the
# stay's end: "Rombongan meninggalkan Bandung Barat pada Selasa (11/12) dan dijadwalkan kembali Jumat (14/12)"
# (kj-02 bandungkita), "bertolak Rabu (10/9/2014) dan dijadwalkan pulang Sabtu besok" (lz-03 atjehcyber),
# "… kembali ke Palembang, Sabtu (28/4)" (kq-15 kompasiana); in any words for coming home or ending ("pulang",
# "kembali", "bertolak pulang", "berakhir", "selesai", "berlangsung hingga/sampai"): that day closes the visit. (The day
# may be written with its date or by its weekday alone, the first such
# day after the first; not the end of the training the trip belongs to, "Pelatihan ini berlangsung hingga Jumat
# (14/6)", told with no word of the trip.)
_RETURN_DAYS = 14
# ... or by the day of writing: "berlangsung sejak Senin (10/6) hingga hari ini", "… itu berakhir hari ini"
_UNTIL_TODAY = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|berakhir|selesai)\s+(?:pada\s+)?hari\s+ini\b", _I)
# ... and a day-by-day account gives the stay its days by their order: the latest of "hari kedua, Selasa (5/9)",
# "hari ketiga (6/9)", "hari terakhir kunjungan, Rabu (7/9)" after the first closes it (in one place; a stop's
# own clause keeps its own day, see `stop_dates`)
_SERIES_LATER = re.compile(
    r"\bhari\s+(?:ke-?\s?[2-9]|kedua|ketiga|keempat|kelima|keenam|ketujuh|terakhir(?:nya)?|penutup|pamungkas)\b"
    r"(?:\s+\w+){0,3}?\s*,?\s*(?:(?:pada|tanggal|tgl\.?)\s+)?$",
    _I,
)
_TRAINING_TOLD = re.compile(r"\b(?:pelatihan|diklat\w*|latsar|kursus|pendidikan|pembelajaran)\b", _I)


_LASTING = "berlangsung|berjalan|dilaksanakan|digelar|diadakan|berada|tinggal|menginap"


@lru_cache(maxsize=1)
def _return_before() -> re.Pattern:
    return re.compile(
        # ("hingga/sampai" only after a verb of lasting: "Hingga Senin (10/6), 15 daerah sudah belajar ke MPP" is
        # a tally as of that day)
        r"\b(?i:kembali|pulang|berakhir|selesai|(?:"
        + _LASTING
        + r")\b[^.\n]{0,30}?\b(?:hingga|sampai(?:\s+dengan)?))\b(?!\s+(?:me\w+|ber\w+|di\w+|lagi)\b)"
        r"(?:\s+(?:ke|di)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s*,?\s*(?:(?:pada|hari|tanggal|tgl\.?)\s+){0,2}$"
    )


@lru_cache(maxsize=1)
def _return_weekday() -> re.Pattern:
    return re.compile(
        # (by its weekday alone only after a word of coming home, or of a stay lasting "until" it, "berada di
        # Yogyakarta hingga Kamis": "Senin hingga Jumat" tells opening hours)
        r"\b(?:kembali|pulang|berakhir|(?:" + _LASTING + r")\b[^.\n]{0,30}?\b(?:hingga|sampai(?:\s+dengan)?))"
        r"\s+(?:(?:pada|hari)\s+){0,2}(?P<day>" + dates.weekday_pattern() + r")\b(?!\s*[,(]?\s*\d)",
        _I,
    )


# ... the day of return may open its clause, the verb after it: "Rabu (12/6) rombongan sudah kembali ke Blora",
# "besok [Jumat, 20/3/2020] anggota yang ikut kunker sudah kembali ke Gunungkidul" (not "kembali" as "again":
# "kembali menggelar rapat", "kembali studi banding ke C")
_RETURN_AFTER = re.compile(
    r"[\])]?\s*,?[^.;\n\d]{0,50}?\b(?:kembali|pulang|tiba\s+(?:lagi|kembali))(?=\s+(?:ke|di)\s|\s*[.,;\"”])", _I
)
_RETURN_WORDS = ("kembali", "pulang", "berakhir", "selesai", "hingga", "sampai")
_SERIES_DAY = re.compile(r"hari\s+(?:ke|terakhir|penutup|pamungkas)")  # (_SERIES_LATER's words, on folded text)


def _return_day(text: str, sents, d, start: dt.date, pool, within) -> tuple[dt.date, tuple[int, int]] | None:
    """The day a later clause says the group returns or the stay ends (see _return_before), and its span."""
    if not any(word in text for word in _RETURN_WORDS):
        if "hari" not in text and "Hari" not in text:
            return None
        # ("hari" is in nearly every article: what the patterns need is a word of returning in any case, or a
        # later day of a series, "hari kedua", "hari terakhir")
        low = folded(text)
        if low is not None and not any(word in low for word in _RETURN_WORDS) and _SERIES_DAY.search(low) is None:
            return None
    lo, hi = within if within is not None else (d.end, len(text))
    series = None
    for other, (day, last) in pool:
        if other.start < max(lo, d.end) or other.start >= hi or day != last:
            continue
        if not 0 < (day - start).days <= _RETURN_DAYS:
            continue
        sent = sentence_at(sents, other.start)
        if dates.said_on(text, sent[0], other.start) or _training_told(text, sent):
            continue
        if _names_show(text) and _show_day(text, sents, other):
            continue  # a show's day ("Pembukaannya hari Jumat tanggal 31 Agustus, ... sebelum pulang")
        if _SERIES_LATER.search(text, max(sent[0], other.start - 60), other.start) is not None:
            if series is None or day > series[0]:
                series = day, (other.start, other.end)
            continue
        if (
            _return_before().search(text, max(sent[0], other.start - 100), other.start) is not None
            or _RETURN_AFTER.match(text, other.end, sent[1]) is not None
        ):
            return max((day, (other.start, other.end)), series or (day, ()), key=lambda x: x[0])
    if series is not None:
        return series
    for m in _return_weekdays(text, max(lo, d.end), hi):
        wanted = dates.weekday_number(m.group("day"))
        if wanted is None or _training_told(text, sentence_at(sents, m.start())):
            continue
        day = start + dt.timedelta(days=(wanted - start.weekday() - 1) % 7 + 1)
        return day, (m.start("day"), m.end("day"))
    return None


def _return_weekdays(text: str, pos: int, endpos: int) -> Iterator[re.Match]:
    """_return_weekday().finditer(text, pos, endpos), tried only where its first words start (every match
    starts with one): a search of the rest of the article at every offset spared."""
    return scan(
        _return_weekday(), ("kembali", "pulang", "berakhir", *_LASTING.split("|")), text, folded(text), pos, endpos
    )


def _training_told(text: str, sent: tuple[int, int]) -> bool:
    """The sentence tells the training, not the trip: "Pelatihan ini berlangsung hingga Jumat (14/6)"."""
    told = text[sent[0] : sent[1]]
    return _TRAINING_TOLD.search(told) is not None and strong_cue(told) is None


# A report of a course tells the course first and its study trip after, as one part of it: "Kursus yang digelar
# mulai 5 hingga 18 November ini … Sebagai bagian dari kursus, peserta studi lapangan ke Singapura pada 9-15
# November" (kq-16 sultrack), "Kursus berjalan sejak 5 hingga 19 November di Jakarta … para peserta juga
# dijadwalkan studi lapangan ke Singapura" (ky-11 dinamikamaluku), "Diklat digelar mulai 23 – 30 April … dilaksanakan
# kunjungan lapang di Kabupaten Subang" (fb-08): the period written with the course (any noun of it: kursus,
# diklat, pelatihan, pendidikan …, in a sentence that tells no trip) before the article names any trip is the
# course's, not the trip's, and so are the days its sentence gives (its opening). A report of the trip that
# names the course after it ("VKN … dibuka … Pelatihan ini berlangsung mulai 3 hingga 6 September", kf-06)
# dates the trip by it.
# the course the subject of a verb of being held or lasting ("Kursus yang digelar mulai", "Diklat berlangsung",
# "Pelatihan ini dilaksanakan"), not a body named after it ("Balai Diklat …  berjalan")
_COURSE_LASTS = re.compile(
    r"(?<!balai\s)(?<!badan\s)(?<!pusat\s)\b(?:kursus|diklat|pelatihan|pendidikan|latsar|bimtek|program)\b"
    r"(?:\s+(?!berlangsung|berjalan|digelar|dilaksanakan|diselenggarakan|diadakan|dilangsungkan)[\w()/.-]+){0,8}?"
    r"\s+(?:yang\s+)?(?:akan\s+)?(?:berlangsung|berjalan|digelar|dilaksanakan|diselenggarakan|diadakan|dilangsungkan)\b",
    _I,
)


_COURSE_WORDS = ("kursus", "diklat", "pelatihan", "pendidikan", "latsar", "bimtek", "program")


def _course_told_first(text: str, sents, found) -> tuple[int, int] | None:
    """The sentence of a course's period told before any word of the trip, if there is one."""
    # (the lowered text kept for the article, its offsets those of the text: each sentence's search is tried
    # only where one of the course's words stands in it, every match starting with one)
    fold = folded(text)
    low = fold if fold is not None else text.lower()
    if not any(word in low for word in _COURSE_WORDS):
        return None
    # (the article's activity words and its first word of a trip, found once if a sentence needs them)
    activities: list | None = None
    first_trip: int | None = None
    for d in found:
        if (d.first.day, d.first.month) == (d.last.day, d.last.month):
            continue
        sent = sentence_at(sents, d.start)
        if (
            (fold is not None and not any(fold.find(word, *sent) >= 0 for word in _COURSE_WORDS))
            or not _COURSE_LASTS.search(text, *sent)
            or strong_cue(text, *sent)
            or ACTIVITY_TO_PLACE.search(text, *sent)
        ):
            continue
        if activities is None:
            activities = programs.find_activities(text)
            first_trip = _first_trip_word(text, activities)
        if any(sent[0] <= a.start < sent[1] for a in activities):
            continue  # the trip is named in the course's sentence
        if first_trip is not None and first_trip >= sent[1]:
            return sent
    return None


def _first_trip_word(text: str, activities: list) -> int | None:
    """Where the article first names a trip: an activity's word or a word of going or receiving."""
    at = [a.start for a in activities[:1]]
    if (m := strong_cue(text)) is not None:
        at.append(m.start())
    return min(at) if at else None


# The visit opened at the host on its day: "Studi lapangan … dibuka oleh Sekda, Selasa (22/7)", "Pembukaan KKP
# Sespimmen di Polres A digelar Rabu (4/6)", "Kepala Bappeda membuka secara resmi kegiatan benchmarking …, Kamis
# (12/9)". An opening begins a programme of more than one sitting, as a departure or an arrival in the region does:
# the last day is not given unless the text closes it (docs/schema.md, "A day at the host"). Not a place "yang
# (baru) dibuka", a course's opening day told of the course (dates.other_event), nor "membuka wawasan".
_OPENING = re.compile(
    r"\b(?:(?<!yang\s)(?<!baru\s)dibuka|pembukaan|membuka\s+(?:secara\s+)?(?:resmi|kegiatan|acara|rangkaian))\b", _I
)
# ... when the report tells the stay as longer: a programme ("rangkaian", "selama KKP", "selama di Kota A", "hari
# pertama", "keesokan harinya", "beberapa hari") or more places to see ("akan mengunjungi", "dibagi ke beberapa
# perangkat daerah"); an opening with nothing more told is the day the host received the group, one day
_LONGER_STAY = re.compile(
    r"\b(?:rangkaian|selama\s+(?!ini\b|\d)(?:di\s+|kegiatan\b|kunjungan\b|(?-i:[A-Z]{2,}\b))"
    r"|hari\s+(?:pertama|berikutnya|selanjutnya)|(?:keesokan|esok)\s+hari(?:nya)?|beberapa\s+hari"
    r"|akan\s+(?:mengunjungi|mendatangi|meninjau|berkunjung)|(?:dibagi|tersebar)\s+(?:ke|di)\s+(?:beberapa|sejumlah))",
    _I,
)
# ... and a visit told as done within its day stays one day: "kembali ke Kendal pada hari yang sama", "hari itu juga"
_SAME_DAY = re.compile(r"\b(?:pada\s+hari\s+yang\s+sama|hari\s+itu\s+juga|sore\s+harinya\s+(?:kembali|pulang))\b", _I)


# The trainees handed over to their host on the day: "acara penyerahan peserta benchmarking … di Ruang Rapat Pemkot
# A, Senin (9/4)" (kk-18 bpsdm maluku), "ketika menyerahkan para siswanya kepada Kapolrestabes, Senin (29/5)" (sn-11
# sumeks). A body hands a cohort over to be taught for a stay, as an opening starts one: the stay is longer by the
# hand-over itself, and its last day is not given unless told (docs/schema.md, "A day at the host"). Not their
# handing back at the stay's end ("penyerahan kembali peserta"), nor a gift handed over ("menyerahkan cenderamata").
@lru_cache(maxsize=1)
def _handed_over() -> re.Pattern:
    return re.compile(
        rf"\b(?:{dates.hand_over_words()})\s+(?:(?:secara\s+)?resmi\s+)?(?:(?:para|seluruh|sebanyak|\d{{1,4}})\s+)*"
        rf"(?:orang\s+)?(?:{trainees.TRAINEES})(?:nya)?\b",
        _I,
    )


def _opened_at_host(text: str, sents, d) -> bool:
    """The day `d` is written in a sentence that tells an opening before it, in a text that tells the stay as
    longer, or a hand-over of the trainees, and does not close the visit within that day."""
    sent = sentence_at(sents, d.start)
    if _handed_over().search(text, sent[0], d.start) is not None:
        return _SAME_DAY.search(text) is None
    if "buka" not in text and "BUKA" not in text:
        return False
    return (
        _OPENING.search(text, sent[0], d.start) is not None
        and _LONGER_STAY.search(text) is not None
        and _SAME_DAY.search(text) is None
    )


# A stay told as ended on its day: "Magang Nasional ASN … di Itjen resmi berakhir dengan penarikan para ASN oleh
# Pemkot, Kamis (6/11)" (pd-19 teraskabar), "PKDN Sespimti … di Polda Metro Jaya berakhir secara resmi pada Kamis
# (25/4)" (rc-02 brn), "Selasa pagi (3/2), Balairung … menjadi saksi berakhirnya perjalanan belajar para Praja"
# (ny-23 diskominfo mempawah): that day is the last day; the first is a day the stay is told to run "since", or is
# not given (docs/schema.md, "A departure day only", the other way round). The ending word stands by the day, in
# a sentence that writes no other date and tells no beginning ("dimulai 15 September dan berakhir 20 September"
# is a span), and what ends is not the course ("Diklat … berakhir pada Senin": the training's day).
_STAY_ENDED = re.compile(r"\bberakhir(?:nya)?\b(?!\s+pekan)", _I)
_STAY_BEGUN = re.compile(r"\b(?:dimulai|dibuka|sejak|semenjak|mulai)\b", _I)
_ENDED_REACH = 80


def _ends_the_stay(text: str, sents, d, pool) -> bool:
    """Whether the day `d` is told as the day the stay ended (see above)."""
    if "akhir" not in text:
        return False
    sent = sentence_at(sents, d.start)
    lo, hi = max(sent[0], d.start - _ENDED_REACH), min(sent[1], d.end + _ENDED_REACH)
    return (
        _STAY_ENDED.search(text, lo, hi) is not None
        and _STAY_BEGUN.search(text, *sent) is None
        and not any(other is not d and sent[0] <= other.start < sent[1] for other, _ in pool)
        and not _training_told(text, sent)
    )


def _stay_ended_on(text: str, sents, start: dt.date, pool):
    """The (mention, days) of a day after `start`, within the days a trip lasts, told as the stay's end."""
    for item in pool:
        other, (day, last) = item
        if day == last and 0 < (day - start).days <= _RETURN_DAYS and _ends_the_stay(text, sents, other, pool):
            return item
    return None


# The visit's day written where no departure is told, the departure told of that day apart from it: in another
# sentence that writes the same day ("Foto: Bupati melepas rombongan …, Senin (3/6)" above "… membenarkan studi
# banding ke Kota B pada Senin (3/6)"), or in the sentence after one of that day, which writes no day of its own and
# points back to it ("Senin (3/6) menjadi hari yang dinanti peserta. Pada hari itu mereka berangkat menuju B", "Pagi
# itu mereka dilepas Sekda"). A send-off or departure day is the first day (docs/schema.md, "A departure day only"):
# the last is not given, unless a sentence of that day tells the group received or visiting at the host, or the
# visit done within the day. (A next sentence that names who was sent, "Pemda ikut memberangkatkan para kepala
# desa", points back to no day: the day of the trip stays its one day.)
_DEPARTED = re.compile(
    r"\b(?:" + verbs.SETTING_OUT + r"|diberangkatkan|memberangkatkan|keberangkatan\w*|dilepas|melepas|di\s+lepas)\b", _I
)
_THAT_DAY = re.compile(r"\s*(?:pada\s+)?(?:hari|pagi|siang|sore|malam|saat)\s+itu(?:lah)?\b", _I)
_AT_HOST = re.compile(
    r"\b(?:" + verbs.RECEIVED + r"|menerima|menyambut|mengunjungi|mendatangi|meninjau|kunjungi)\b", _I
)
_DEPARTURE_WORDS = ("berangkat", "bertolak", "terbang", "lepas", "Berangkat", "BERANGKAT", "Lepas")


def _departure_told_apart(text: str, sents, d, day: dt.date, pool) -> bool:
    """Whether the departure on the day `d` gives (the single `day`) is told in another sentence than `d`'s."""
    if not any(w in text for w in _DEPARTURE_WORDS):
        return False
    own = sentence_at(sents, d.start)
    same = {sentence_at(sents, other.start) for other, days in pool if days == (day, day)} | {own}
    for sent in list(same):
        if sent[1] < len(text):
            nxt = sentence_at(sents, sent[1] + 1)
            if (
                nxt != sent
                and _THAT_DAY.match(text, nxt[0])
                and not any(nxt[0] <= x.start < nxt[1] for x in article_dates(text))
            ):
                same.add(nxt)
    told = [s for s in same if s != own and _DEPARTED.search(text, *s)]
    return (
        bool(told)
        and not any(_AT_HOST.search(text, *s) for s in same if s == own or s in told)
        and _SAME_DAY.search(text) is None
    )


def _one_day_told_again(text: str, sents, d, day: dt.date, pool) -> bool:
    """ "Rombongan tiba di Batam pada Kamis (21/11/2019) siang" and, in a caption or another sentence,
    "… kunjungi Pemkot Batam, Kamis (21/11/2019)": an arrival's day that the report writes again
    without a departure or an arrival, and no other day told, is the visit's one day. A stay of several
    days has its other days written, or its arrival day alone."""
    if any(other[1] != (day, day) for other in pool):
        return False
    return any(
        other[0] is not d and not _OPEN_START.search(text, *sentence_at(sents, other[0].start)) for other in pool
    )


def _long_before(item, pool) -> bool:
    """ "Setelah kunjungan pertama pada 12 Oktober 2022, … kembali … Kamis (5/10/2023)": a report tells the
    latest visit and may recall earlier events; a day half a year before another day it gives is one."""
    return any((other[1][0] - item[1][0]).days > _AHEAD_DAYS for other in pool)


def _told_of(text: str, sent: tuple[int, int], pool) -> str:
    """The sentence that tells the visit's day, without the "sejak …" of a long-running thing it also
    names ("yang mengikuti pelatihan sejak 2 Agustus 2023 melaksanakan … pada Rabu (13/9/2023)")."""
    told = text[sent[0] : sent[1]]
    for item in pool:
        d = item[0]
        if sent[0] <= d.start < sent[1] and _opens_something_long(text, item, pool):
            a = max(sent[0], d.start - 20) - sent[0]
            told = told[:a] + " " * (d.end - sent[0] - a) + told[d.end - sent[0] :]
    return told


_SINCE = re.compile(r"\b(?:sejak|mulai)\s+(?:(?:tanggal|tgl\.?|hari)\s+)?$", _I)


def _opens_something_long(text: str, item, singles) -> bool:
    """ "peserta yang mengikuti pelatihan sejak 2 Agustus 2023 … pada Rabu (13/9/2023)": a day something
    runs "since", more than a month before another day the article gives, starts the training or an
    office's work, never a trip of a few days."""
    d, (start, _) = item
    if not _SINCE.search(text, max(0, d.start - 20), d.start):
        return False
    return any((other[1][0] - start).days > 31 for other in singles)


# A photo caption stands on a line of its own that opens with its label ("Foto: …", "FOTO : …",
# "Keterangan foto: …", "Caption : …", "Ilustrasi: …"), as captions do in kc-07, kk-12, lg-11 and ha-09
# (four outlets): it tells the picture, not the story, so a day in it only dates the visit when no
# day of the story's own text does.
_CAPTION = re.compile(r"[ \t]*(?:keterangan\s+(?:foto|gambar)|foto|caption|ilustrasi)\s*:", _I)


def _in_caption(text: str, at: int) -> bool:
    """Whether `at` lies on a caption line ("FOTO: Peserta berfoto bersama, Jumat (1/3/2024).")."""
    start = text.rfind("\n", 0, at) + 1
    return text[start : start + 1].lower() in "fkci" and _CAPTION.match(text, start) is not None


def opener_start(line: byline.Byline) -> int:
    """Where the story opens ("KOTA, Outlet –", "outlet.com –"): what stands above it is its header."""
    opener = line.dateline or line.outlet
    return opener.start if opener is not None else 0


# the trip told from the host's side by the welcome alone: the guests received by a named official or office of
# the host, by any verb of being received ("disambut langsung Wali Kota Padang", "diterima oleh Sekda", "dijamu
# Bupati"): in a report that has a visit, that sentence tells it as "mendatangi" does
_WELCOMED = re.compile(
    r"\b(?:" + verbs.RECEIVED + r")\s+(?:(?:langsung|hangat|oleh|secara\s+resmi)\s+){0,2}(?-i:[A-Z])", _I
)


_WEEK_BEFORE = re.compile(r"\s(?:pekan|minggu)\s", _I)
_SPAN_LAST = re.compile(r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\s*(?:dan|-|–|hingga|sampai)\s*$", _I)


def _past_visit_day(text: str, sents, published: dt.date, singles, within) -> tuple | None:
    """ "… mendatangi Kantor Wali Kota Padang pada Kamis lalu": a weekday told as past in the sentence
    that tells the trip is the last such day before publication; it dates the visit over a date that
    only closes a speech attribution (the day the words were said)."""
    for start, end, weekday in dates.past_weekdays(text):
        if within is not None and not within[0] <= start < within[1]:
            continue
        sent = sentence_at(sents, start)
        told = text[slice(*sent)]
        if not (_tells_a_visit(told) or _WELCOMED.search(told)) or dates.attributed(text, sent[0], start):
            continue
        if _SPAN_LAST.search(text, max(0, start - 20), start):
            continue  # the last day of a span told by its weekdays ("Senin dan Selasa lalu"): see writing_day
        if any(not dates.attributed(text, sentence_at(sents, d.start)[0], d.start) for d, _ in singles):
            return None  # a date of the trip itself is written
        back = (published.weekday() - weekday - 1) % 7 + 1
        if _WEEK_BEFORE.search(text, start, end):
            back = published.weekday() + 7 - weekday  # "Rabu pekan lalu": that day of the week before
        day = published - dt.timedelta(days=back)
        return day, day, [(start, end)], 0.5
    return None


# "Sesudah lebih dulu singgah di A dan di B, hari ini Sabtu (28/5) rombongan … di C": the stops of a fronted
# "sesudah/setelah" clause came before the day its main clause gives, which is C's
# (any word that puts a clause after another: "sehabis", "selesai", "pasca", "sepulang dari A, …")
_FRONTED = re.compile(r"\s*(?:setelah|sesudah|usai|seusai|selepas|sehabis|selesai|pasca|sepulang)\b", _I)


def fronted_end(text: str, sent: tuple[int, int], at: int) -> int:
    """Where the fronted "sesudah …," clause that opens the sentence ends (its first comma, before `at`:
    "Usai dari A, rombongan bertolak ke B, Selasa (4/6)" gives B the day); else the sentence's start."""
    if not _FRONTED.match(text, sent[0]):
        return sent[0]
    comma = text.find(",", sent[0], at)
    return comma if comma > sent[0] else sent[0]


# a clause break, then at most "pada" and a weekday before the date: the date heads its clause
_OPENS_CLAUSE = re.compile(
    r"(?:[;,]\s*(?:(?:lalu|kemudian|selanjutnya|sedangkan|sementara|dan|serta)\s+)?|\s(?:lalu|kemudian|selanjutnya"
    r"|sedangkan|sementara|dan|serta)\s+)(?:pada\s+)?(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)?"
    r"\s*,?\s*\(?$",
    _I,
)


def stop_dates(text, sents, resolved: list[Place], stops: list[places.Region], line, published, groups=()) -> dict:
    """Each stop's own days: a date goes to the stop named last before it in its sentence (else the
    first named after it); a stop keeps the first date it is given. `groups`: sub-groups named
    where they went ("Komisi C baru berangkat Selasa"), each standing for its place; a mention of
    the others ("komisi lainnya", dest < 0) gives its day to every stop not given one."""
    skip = (line.published[1], line.published[2]) if line.published else None
    pub = published or (line.published[0] if line.published else None)
    # (the dateline's city is where the reporter files, not a stop named beside a day)
    dateline = (line.dateline.start, line.dateline.end) if line.dateline else (0, 0)
    marks = sorted(
        [p for p in [*resolved, *groups] if p.region in stops and not dateline[0] <= p.mention.start < dateline[1]],
        key=lambda p: p.mention.start,
    )
    starts = [p.mention.start for p in marks]
    out: dict[places.Region, tuple] = {}
    others: list[tuple] = []
    found = list(article_dates(text))
    if pub is not None and len(stops) > 1 and all(skip and d.start < skip[1] and d.end > skip[0] for d in found):
        # stops dated by the day of writing only ("ke A, Senin lalu, dan ke B, Selasa lalu"): those days are theirs
        found = sorted(found + writing_day.relative_days(text, sents, pub, found), key=lambda d: d.start)
    for d in found:
        if skip and d.start < skip[1] and d.end > skip[0]:
            continue
        sent = sentence_at(sents, d.start)
        if dates.said_on(text, sent[0], d.start):
            continue  # '"…," kata X di A, Selasa (3/9)': the day it was said at A, not A's days
        before = places_between(marks, max(fronted_end(text, sent, d.start), d.start - 300), d.start, starts)
        after = places_between(marks, d.end, min(sent[1], d.end + 300), starts)
        owner = before[-1] if before else after[0] if after else None
        # a day that opens the next clause ("… ke A, sedangkan pada Rabu (15/5) ke B", "lalu Selasa (22/10) ke B")
        # is the day of the stop in its own clause, when no break stands between them
        if (
            before
            and after
            and _OPENS_CLAUSE.search(text, before[-1].mention.end, d.start)
            and _DAY_CLAUSE.search(text, d.end, after[0].mention.start) is None
        ):
            owner = after[0]
        if owner is not None and owner.dest < 0:
            # "komisi lainnya …, Senin (25/2)": the day of every group not given one of its own
            others.append(visit_dates(text, sents, pub, skip, within=(d.start, d.end)))
            continue
        if owner is None or owner.region in out:
            continue
        if d.first != d.last and before and len(_listed_stops(text, before, found)) > 1:
            # "… ke Kabupaten A dan Kabupaten B mulai Selasa (31/3) sampai Kamis (1/4)": a span written after the
            # list of the stops is the whole trip's, no one stop's own days
            continue
        got = visit_dates(text, sents, pub, skip, within=(d.start, d.end))
        if got[0] is not None and got[1] is None:
            # a stay opened on the stop's day ("Mulai Selasa (24/2), … bertolak ke Bali dan dijadwalkan kembali
            # Jumat (27/2)"): its return told in the rest of the sentence closes it
            rest = visit_dates(text, sents, pub, skip, within=(d.start, sent[1]))
            if rest[0] == got[0] and rest[1] is not None:
                got = rest
        if got[0] is not None:
            out[owner.region] = got
    if others and others[0][0] is not None:
        for region in stops:
            out.setdefault(region, others[0])
    return out


_LIST_BREAK = re.compile(
    r"[;.]|,\s*(?:lalu|kemudian|sedangkan|sementara|selanjutnya)\b|\b(?:lalu|kemudian|sedangkan|sementara)\b", _I
)


def _listed_stops(text: str, before: list[Place], days: list) -> set:
    """The stops named in the clause of the last stop named before a date (one list: "ke A dan B"). A day told
    between two of them ends the list: "ke A pada 8-10 Juli, gelombang kedua ke B pada 15-17 Juli" is two stops
    each with its own days."""
    first, last = before[0].mention.start, before[-1].mention.start
    breaks = [m.end() for m in _LIST_BREAK.finditer(text, first, last)]
    breaks += [day.end for day in days if first <= day.start and day.end <= last]
    lo = max(breaks, default=first)
    return {p.region for p in before if p.mention.start >= lo}


# a day of the trip by its number: "Hari pertama", "pada hari kedua", "hari ke-3"
_DAY_NUMBER = re.compile(r"(?=[hH])\bhari\s+(?P<n>ke-?\s?\d{1,2}|" + ordinal_words(1, 7) + r")\b", _I)
_DAY_OPENS = re.compile(r"\s*(?:(?:pada|di|dan|lalu|kemudian|sedangkan|sementara)\s+){0,2}$", _I)
_DAY_CLAUSE = re.compile(r"[;,]|\b(?:lalu|kemudian|selanjutnya|sedangkan|sementara|dan|serta)\b", _I)


def numbered_days(text, sents, resolved: list[Place], stops: list[places.Region], start, end) -> dict:
    """Each stop of an itinerary told day by day ("Hari pertama, … Kota A. Hari kedua, … ke B";
    "… A pada hari pertama, lalu ke B pada hari ke-3"): its day counted from the trip's first day.
    A day number that opens its sentence goes to the stop named after it; else to the stop of its
    own clause, the one before it first."""
    if "hari" not in (folded(text) or text.lower()):
        return {}
    cues = list(_DAY_NUMBER.finditer(text))
    mine = [p for p in resolved if p.region in stops]
    out: dict[places.Region, tuple] = {}
    for i, cue in enumerate(cues):
        n = ordinal_to_int(cue.group("n"))
        if n is None or not 1 <= n <= (end - start).days + 1:
            continue
        sent = sentence_at(sents, cue.start())
        lo = max(sent[0], cues[i - 1].end() if i > 0 else sent[0])
        hi = min(sent[1], cues[i + 1].start() if i + 1 < len(cues) else sent[1])
        if _DAY_OPENS.fullmatch(text, sent[0], cue.start()):
            owners = [p for p in mine if cue.end() <= p.mention.start < hi]
        else:
            breaks = list(_DAY_CLAUSE.finditer(text, lo, cue.start()))
            lo = breaks[-1].end() if breaks else lo
            after = _DAY_CLAUSE.search(text, cue.end(), hi)
            before = [p for p in mine if lo <= p.mention.start < cue.start()]
            owners = before[-1:] or [p for p in mine if cue.end() <= p.mention.start < (after.start() if after else hi)]
        if not owners or owners[0].region in out:
            continue
        day = start + dt.timedelta(days=n - 1)
        out[owners[0].region] = (day, day, [cue.span()], 0.6)
    return out


def closes_sentence(text: str, sents, span: tuple[int, int]) -> bool:
    """A date set off by a comma at the end of its sentence ("…, sedangkan Angkatan V ke Y, Selasa
    (4/6/2024).") is said of the whole sentence, not of its last clause."""
    sent = sentence_at(sents, span[0])
    return text[max(sent[0], span[0] - 2) : span[0]].strip() == "," and not text[span[1] : sent[1]].strip(" .)\n")


# the dateline's place and its date, one after the other: "Kulon Progo, 24 April 2025 –"
_DATELINE_GAP = re.compile(r"\s*,?\s*")


def dateline_visit_day(text: str, line, resolved: list[Place], dest_region) -> dt.date | None:
    """The day of a release filed at the place visited: a dateline that writes the visit's place with
    the day ("Kulon Progo, 24 April 2025 –", "MALANG, 22 November 2023 -"), in a text that tells no
    other day, dates the visit. A release is written where and when the visit is held; a report written
    later, or at the sender's home, says so by its place or by a day of its own (a dateline of the
    sender's home, "Kebumen, 10 Juni 2025 – Sepulang dari studi banding …", dates no visit)."""
    if dest_region is None or line.dateline is None or line.published is None:
        return None
    day, a, b = line.published
    if a < line.dateline.end or _DATELINE_GAP.fullmatch(text, line.dateline.end, a) is None:
        return None
    if any(not (d.start < b and d.end > a) for d in article_dates(text)):
        return None  # another day is written: the visit's is that one, or unknown
    at_place = [p for p in resolved if line.dateline.start <= p.mention.start and p.mention.end <= line.dateline.end]
    return day if at_place and all(p.region == dest_region for p in at_place) else None


# the place a statement is written as made at: "di" after the speaker, then the place to the date ("ujar X di
# Jakarta, Jumat (11/9)", "kata X di Gedung DPRD A, Kamis (10/9)", "katanya di Gedung DPR, Jakarta, …"); not "dari",
# which names the speaker's office ("kata Budi dari Dinas PMD A") or where the reporter was ("dihubungi dari Jakarta")
_SAID_AT = re.compile(r"\bdi\s+", _I)


def _words_day(text: str, sents, at: int) -> tuple[tuple[int, int], int] | None:
    """The sentence and the end of the verb of saying when the date at `at` is one day closing an attribution
    ("…," ujar X di Jakarta, Jumat (11/9)), None when it is not: no verb of saying before it, words said at the
    visit ("saat menerima rombongan"), or a span of days, never the day words were said ("Hal itu disampaikan X,
    ketua rombongan yang mengunjungi B dari tanggal 2 sampai 4 Mei": the visit's days)."""
    sent = sentence_at(sents, at)
    if not dates.said_on(text, sent[0], at):
        return None
    mention = next((d for d in article_dates(text) if d.start == at), None)
    if mention is None or mention.first != mention.last:
        return None
    verb = dates.statement_verb_end(text, sent[0], at)
    return None if verb is None else (sent, verb)


def said_elsewhere_only(text: str, sents, spans, resolved: list[Place], dest_region, dateline) -> bool:
    """Whether the visit's day is only the day of words said away from the place visited, no visit day
    (docs/schema.md, "The day of a statement"): words said at a place written with them that is not the place
    visited, or words with no place of their own in a report filed away from it; unless the trip is told as
    going on while they are said (see `_said_at_place`, `_said_where_filed`)."""
    if dest_region is None or not spans:
        return False
    at = spans[0][0]
    if (words := _words_day(text, sents, at)) is None:
        return False
    sent, verb = words
    if (where := _SAID_AT.search(text, verb, at)) is not None:
        away = _said_at_place(where.start(), at, resolved, dest_region)
    else:
        away = _said_where_filed(text, sents, sent, verb, resolved, dest_region, dateline)
    return away and not _told_as_now(text, sents)


def _said_at_place(where: int, at: int, resolved: list[Place], dest_region) -> bool:
    """Words said at a place written with them that is not the place visited ("…," ujar Direktur X di Jakarta,
    Jumat (11/9)" of a trip to Sulawesi Tengah; "kata Kabag Keuangan Sekretariat DPRD A di Gedung DPRD A, Kamis
    (10/9)" of the council's trip to B): the speaker was at home or elsewhere when speaking. Words said at the
    place visited ("ujar X di Kantor Bupati B, Kamis (16/3)"), or written as said at the visit ("saat menerima
    rombongan"), keep their day."""
    named = [p.region for p in resolved if where < p.mention.start and p.mention.end <= at]
    return bool(named) and not any(_same_place(r, dest_region) for r in named)


def _same_place(a: places.Region, b: places.Region) -> bool:
    """One region is the other or lies in it (a regency in its province)."""
    return a.code == b.code or a.code.startswith(b.code + ".") or b.code.startswith(a.code + ".")


def _said_where_filed(text: str, sents, sent, verb: int, resolved: list[Place], dest_region, dateline) -> bool:
    """Words with no place written for them, in a report filed away from the place visited ("KUALA KAPUAS – …
    '…,' ujar Ketua Komisi, Kamis (19/11)" of a trip to three regencies of another province): they were gathered
    where the report was filed, at the sender's home or elsewhere. The day stays when the words are placed at the
    place visited: by the speaker's title ("ujar Bupati B") or a place after the date ("…, Selasa (9/5) ketika
    berada di Kota B") in their sentence, or by the place visited named as here in it or the next ("B ini
    berkembang pesat")."""
    if dateline is None:
        return False
    filed = [p.region for p in resolved if dateline.start <= p.mention.start and p.mention.end <= dateline.end]
    if not filed or any(_same_place(r, dest_region) for r in filed):
        return False
    after = sentence_at(sents, sent[1] + 1)[1] if sent[1] < len(text) else sent[1]
    for p in resolved:
        if not _same_place(p.region, dest_region):
            continue
        if verb <= p.mention.start < sent[1]:
            return False  # the speaker's title, or a place after the date
        if sent[0] <= p.mention.start < after and _HERE.match(text, p.mention.end):
            return False  # "Kebumen ini": the place visited is where the words are said
    return True


# the place named as here: "Kebumen ini", "Kota Batu ini"
_HERE = re.compile(r"\s+ini\b", _I)
