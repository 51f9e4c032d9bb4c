"""Assemble visit records from what the finder modules see in one article.

One concern: `extract_visits`, the extraction's steps put together in order. Decide whether the
article reports a visit at all (`cues`, `no_visit_signs`); find the cohorts that travelled, one visit
per programme + cohort, and who sent them (`senders`); give every place mention an origin and a
destination score from the words around it (`place_roles`, `visit_places`); divide the travellers
among destinations, group -> destination (`frames`), with each frame's count, agencies and days
(`frame_fields`, `frame_dates`); date each visit and each stop (`when`); then fill each visit's
fields: its origin and destination (`visit_places`), its host (`hosts`) and, where several cohorts
travel, each one's activity, participants and host agencies (`cohort_fields`), keeping the span each
value came from; and add the records told beside them (`other_visits`).
"""

from __future__ import annotations

import datetime as dt
import re

from diklat_cli.extract import abroad, agencies, byline, people, places, programs, verbs, visitors
from diklat_cli.extract.clause_visits import clause_visits
from diklat_cli.extract.cohort_fields import activity_for, agencies_for, key_clauses, participants_for
from diklat_cli.extract.cues import council_kunker_only, council_oversight_told, visit_not_described
from diklat_cli.extract.frame_dates import cohort_dates, dates_by_own_sentence, dates_per_frame
from diklat_cli.extract.frame_fields import counts_per_frame, frame_agencies, split_told
from diklat_cli.extract.frames import (
    EACH_GROUP,
    SPLIT_COUNT,
    frame_list,
    together_told,
    visit_frames,
    without_host_namesakes,
    without_provincial_seat,
)
from diklat_cli.extract.hosts import (
    ArticleUnits,
    councils_of_the_visit,
    find_host_agencies,
    host_form,
    village_host,
)
from diklat_cli.extract.no_visit import NoVisit
from diklat_cli.extract.no_visit_signs import no_visit_told
from diklat_cli.extract.numbers import parse_int
from diklat_cli.extract.other_visits import records_beside, senders_each_to_own_place
from diklat_cli.extract.participants import ParticipantMention, find_participants
from diklat_cli.extract.place_roles import Place, resolved_places
from diklat_cli.extract.scanning import search
from diklat_cli.extract.senders import (
    BODY_BEFORE,
    Key,
    cohort_keys,
    cohorts_together,
    council_called_dewan,
    councils_send,
    key_origin_free,
    listed_senders,
    name_the_group,
    national_senders,
    origin_after,
    programmes_with_own_sender,
    split_by_sender,
    trip_setter,
)
from diklat_cli.extract.sentences import sentence_at, sentence_spans
from diklat_cli.extract.stops import same_kind_stops
from diklat_cli.extract.subgroups import group_institution, subgroup_names
from diklat_cli.extract.visit_places import (
    choose_organizer,
    dateline_places,
    fill_destination,
    fill_host_agencies,
    fill_origin,
    home_left,
    members_home,
    run_by_organizer,
    sender_running_the_cohort,
    senders_inside,
    village_sends,
)
from diklat_cli.extract.when import (
    dateline_visit_day,
    opener_start,
    said_elsewhere_only,
    stop_dates,
    visit_dates,
)
from diklat_cli.models import Evidence, Extraction, Official, Source, Visit

_I = re.IGNORECASE
_TO_BODY = re.compile(
    r"\b(?:" + verbs.GOING_TO + r")\s+$"
    # ... and so is one whose head receives the group: "Rombongan diterima Kepala BPSDM Provinsi X"
    r"|\b(?:" + verbs.RECEIVED + r")\s+(?:langsung\s+)?(?:oleh\s+)?(?:kepala|ketua|pimpinan)\s+$",
    _I,
)
# a body written as the subject of any verb of receiving guests is their host, not who sent them ("BBPP A
# menerima kunjungan", "BDK B, Selasa (4/6), kedatangan rombongan", "Balai C dikunjungi", "menjadi tujuan"):
# its name, its region and a day between
_BODY_RECEIVES = re.compile(
    # (within one line: a headline's last word is no subject of the next paragraph)
    r"(?:[ \t]*\([^()\n]{1,15}\))?(?:[ \t]+(?-i:[A-Z])[\w-]*){0,3}(?:[ \t]*,[^,.\n]{1,40},)?[ \t]+"
    r"(?:(?:kembali|telah|sudah|baru[ \t]+saja)[ \t]+)?"
    r"(?:" + verbs.RECEIVING + r"|" + verbs.VISITED + r"|mendapat(?:kan)?\s+kunjungan"
    r"|menjadi\s+(?:tujuan|tuan\s+rumah|lokasi|lokus))\b",
    _I,
)


def _short_name(name: str) -> str:
    """A body's name as its acronym writes it: "Balai Besar Pelatihan Pertanian (BBPP) Lembang" -> "BBPP Lembang"."""
    return re.sub(r"^[^()]*\(([^()]+)\)\s*", r"\1 ", name).strip().lower() if "(" in name else name.lower()


# "pejabat di lingkungan Pemkab X": the people belong to X
# a place right after a word of going or visiting is gone to, whatever else the words after it say
_VISITED_BEFORE = re.compile(r"\b(?:ke|(?:meng)?kunjungi|(?:meny)?sambangi|(?:men)?datangi)\s+$", _I)
_MEMBER_OF = re.compile(r"\b(?:di\s*lingkungan|di\s+lingkup|jajaran)\s+$", _I)
# ... but people named as attending, met, welcoming or thanked are the host's own staff, not the travellers:
# "Hadir pula ... para pemangku kepentingan di lingkungan Kota X" (kr-09 detikjatim), "bertemu jajaran Pemkab X"
# (km-05 habanusantara), "terima kasih kepada jajaran Pemkab X" (kt-05 antarabali, kl-04 kepridays, ky-02
# kaltenghits), "jajaran Pemerintah Kabupaten X menyambut" (ky-06 prestasireformasi)
_HOST_STAFF = re.compile(
    r"\b(?:hadir|dihadiri|menghadiri|bertemu|disambut|menyambut|kepada|bersama|didampingi|pemangku\s+kepentingan)\b"
    r"[^.\n]*$",
    _I,
)


def _span_of(text: str, value: str, start: int = 0) -> tuple[int, int] | None:
    pos = text.find(value, start)
    return (pos, pos + len(value)) if pos >= 0 else None


def extract_visits(
    text: str, *, published: dt.date | None = None, title: str | None = None, outlet: str | None = None
) -> list[Extraction]:
    """Every visit the article reports (possibly none)."""
    found = visits_or_reason(text, published=published, title=title, outlet=outlet)
    return [] if isinstance(found, NoVisit) else found


# a council named by its region ("DPRD Kota B", "DPRD B"): the host, when the region is the place gone to
_COUNCIL_NAMED = re.compile(r"\b(?:DPRD|DPRK)\s+(?:Provinsi\s+|Kabupaten\s+|Kota\s+)?$")


# a host receiving, told before the trip: "DPRD A menerima kunjungan kerja …" (the council named is the host)
_RECEIVING_BEFORE = re.compile(r"\b(?:" + verbs.RECEIVING + r")\b", _I)
# a council named before its region, its short form in brackets too: "DPRD Kota A", "Dewan … (DPRD) Kota A"
_COUNCIL_OF = re.compile(r"\b(?:DPRD|DPRK)\)?\s+(?:Kabupaten\s+|Kota\s+)?$")


def _own_council_goes(text: str, sents, resolved: list[Place], trip: int) -> places.Region | None:
    """The regency or city whose council the sentence that first names the trip names before it as the one who
    goes ("Komisi B DPRD Kabupaten A melakukan kunjungan kerja ke …"), with no host receiving; else None."""
    sent = sentence_at(sents, trip)
    if _RECEIVING_BEFORE.search(text, sent[0], trip) is not None:
        return None
    return next(
        (
            p.region
            for p in resolved
            if p.region.kind != "province"
            and sent[0] <= p.mention.start < trip
            and _COUNCIL_OF.search(text, max(0, p.mention.start - 12), p.mention.start) is not None
        ),
        None,
    )


# the head of a region, written before its region's name: "Gubernur Kaltim", "Wakil Bupati A", "Pj Wali Kota B"
# (a mention may hold the title itself: "Gubernur Kaltim" named as one)
_HEAD_TITLE = r"\b(?:(?:wakil|pj\.?|plt\.?)\s+)?(?:gubernur|wagub|bupati|wabup|wali\s*kota|walikota|wawali)\b"
_HEAD_OF = re.compile(_HEAD_TITLE + r"\s+$", _I)
_HEAD_LEADS = re.compile(_HEAD_TITLE, _I)
# a host receiving guests: "menerima kunjungan kerja", "menyambut kedatangan", "menjamu rombongan"
_GUESTS_RECEIVED = re.compile(r"\b(?:" + verbs.RECEIVING + r")\s+(?:" + verbs.RECEIVED_GROUP + r"|tim|delegasi)\b", _I)


def _head_tours_home(text: str, resolved: list[Place]) -> bool:
    """The head of a region is named by it ("Gubernur Kaltim", "Bupati A"), every place named lies in that region
    (the places gone to and come from among them), and no host is told receiving guests: the head's kunjungan
    kerja around the region he governs."""
    if search(_GUESTS_RECEIVED, text) is not None:
        return False
    heads = {
        p.region
        for p in resolved
        if _HEAD_LEADS.match(p.mention.text) is not None
        or _HEAD_OF.search(text, max(0, p.mention.start - 20), p.mention.start) is not None
    }

    def inside(region: places.Region, home: places.Region) -> bool:
        return region == home or (home.kind == "province" and region.province == home.name)

    return any(all(inside(p.region, home) for p in resolved) for home in heads)


def _not_abroad(text: str) -> bool:
    """No country abroad stands for the place gone to."""
    return not abroad.find_stops(text) and not abroad.country_as_place(text)


def _organizers_named(text: str, found_bodies: list) -> list:
    """The bodies named that may have organised the trip: not a training body the guests went to or that
    received them."""
    # a training body that receives the guests is their host, wherever it is named, by its full name or its
    # acronym: "BBPP X menerima kunjungan …", "Balai Diklat Y kedatangan …"
    receiving = (
        {_short_name(o.name) for o in found_bodies if _BODY_RECEIVES.match(text, o.end)} if found_bodies else set()
    )
    return [
        o
        for o in found_bodies
        if not re.search(r"\b(?:kantor|aula|ruang|gedung|di)\s+$", text[max(0, o.start - 12) : o.start], _I)
        # a training body gone to is a host, not the programme's organizer: "studi banding ke BPSDM Provinsi X",
        # "studi tiru dilaksanakan ke Balai Diklat Y dan Balai Diklat Z"
        and not _TO_BODY.search(text, max(0, o.start - 40), o.start)
        and _short_name(o.name) not in receiving
    ]


def _sender_not_named(text: str, resolved: list[Place], line, dated, by_name, dest_name: str | None) -> str | None:
    """The sender where no place scores as one: a body of the dateline's region (a local outlet reporting
    its own delegation away) or the council the report is about."""
    origin_name: str | None = None
    if dest_name is not None and len(dated) == 1:
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
            and (p.mention.government or BODY_BEFORE.search(text, max(0, p.mention.start - 12), p.mention.start))
            and p.dest < 2
        ]
        if home.name != dest_name and home.province != by_name[dest_name].name and bodies:
            origin_name = bodies[0].region.name
            by_name.setdefault(origin_name, bodies[0].region)
            bodies[0].origin += 1  # the sender as the text writes it: "DPRD Gresik", not the dateline
    if (
        origin_name is None
        and dest_name is not None
        and (council := council_called_dewan(text, resolved, by_name[dest_name]))
    ):
        # "Sekretariat DPRD A … kunker dewan ke B": the council the report is about sent its members
        origin_name = council.region.name
        council.origin += 1
    return origin_name


def visits_or_reason(
    text: str, *, published: dt.date | None = None, title: str | None = None, outlet: str | None = None
) -> list[Extraction] | NoVisit:
    """Every visit the article reports, or the test that found none (`no_visit.NoVisit`)."""
    sents = sentence_spans(text)
    named_programs = programs.find_programs(text)  # (hosts asks for them again: passed down)
    found_programs = named_programs or programs.find_open_programs(text)
    cohorts = programs.find_cohorts(text)
    activities = programs.find_activities(text)
    keys = cohort_keys(text, found_programs, cohorts)
    if (unreported := visit_not_described(text, activities, keys)) is not None:
        return unreported
    unnamed = not keys
    if unnamed:
        # a study trip of officials, village heads or DPRD members with no training programme:
        # SCHEMA records it with programme and cohort null
        keys = [Key(None, None)]

    line = byline.find_byline(text)
    resolved = resolved_places(text)
    found_bodies = agencies.find_organizers(text)
    organizers = _organizers_named(text, found_bodies)

    reason, best_host = no_visit_told(text, sents, resolved, activities, unnamed, line)
    if reason is not None:
        return reason
    home_left(text, sents, resolved)
    dated = dateline_places(text, resolved, line)
    keys = split_by_sender(text, sents, keys, resolved)
    if len(found_programs) > len(keys) and not unnamed:
        keys = programmes_with_own_sender(text, sents, found_programs, keys, resolved)
    for key in keys:
        key.origin = key.origin or origin_after(text, key, resolved)
        if key.origin is not None:
            key.origin.origin += 3
    keys = listed_senders(text, keys, resolved, organizers)
    name_the_group(text, sents, resolved)
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

        def net(n: str) -> float:
            return totals[n][role] - 1.0 * totals[n][other]

        ranked = sorted(
            (n for n in totals if n not in exclude and totals[n][role] > 0),
            key=lambda n: (-net(n), first_seen[n]),
        )
        if len(ranked) >= 2 and by_name[ranked[0]].kind == "province":
            # at equal weight a regency or city outside the province wins over it: reporters name a town
            # precisely but its province loosely, after the better-known one near it ("ke Klaten, Provinsi
            # Jokja", "ke Bogor, Jakarta"); a town inside the province is the same destination either way
            town = next((n for n in ranked[1:] if net(n) == net(ranked[0]) and by_name[n].kind != "province"), None)
            if town is not None and by_name[town].province != ranked[0]:
                return town
        return ranked[0] if ranked else None

    dest_name = best(0, set())
    if dest_name is not None and not any(totals[n][1] > 0 for n in totals if n != dest_name):
        # the only place the group "goes" to is its own region ("pejabat di lingkungan Pemkab X …
        # berkunjung ke tempat bersejarah di X"): a programme activity at home, not a study visit
        mine = [p for p in resolved if p.region.name == dest_name]
        member = any(
            _MEMBER_OF.search(text, max(0, p.mention.start - 20), p.mention.start)
            and not _HOST_STAFF.search(text, max(0, p.mention.start - 150), p.mention.start)
            for p in mine
        )
        if member and not any(p.dest >= 3 for p in mine):
            return NoVisit.AT_HOME
    origin_name = best(1, {dest_name} if dest_name else set())
    if origin_name is not None and by_name[origin_name].kind == "province" and line.title is not None:
        origin_name = senders_inside(resolved, origin_name, line.title.end, best, dest_name)
    if origin_name is None:
        origin_name = _sender_not_named(text, resolved, line, dated, by_name, dest_name)
    if origin_name is None and dest_name is not None and by_name[dest_name].kind != "province":
        # a trip inside the group's own regency or city ("Kepala Desa A, Kota B, mengajak perangkatnya belajar ke
        # Desa C, Kota B"): the region is written as the sender's address before it is written as where they go;
        # the host's region named as a sender only after the visit (its officials' words) stays the host's
        mine = [p for p in resolved if p.region.name == dest_name]
        # (in the story, not after a headline's clipped verb of visiting: "… Kunjungi Pemkot X")
        story = line.title.end if line.title is not None else text.find("\n")
        sent_from = next(
            (
                p.mention.start
                for p in mine
                if p.origin >= 2
                and p.mention.start > story
                and not _VISITED_BEFORE.search(text, max(0, p.mention.start - 30), p.mention.start)
            ),
            None,
        )
        if sent_from is not None and all(p.mention.start > sent_from for p in mine if p.dest >= 2):
            origin_name = dest_name
    if (
        unnamed
        and origin_name is not None
        and dest_name is not None
        and by_name[origin_name].kind == "province"
        and by_name[dest_name].province == origin_name
        and (council_kunker_only(text, activities) or council_oversight_told(text, activities))
        and _not_abroad(text)
        and not any(
            _COUNCIL_NAMED.search(text, max(0, p.mention.start - 12), p.mention.start)
            for p in resolved
            if p.region.name == dest_name
        )
    ):
        # a provincial council's kunker inside its province ("Komisi D DPRD Provinsi A … ke Kabupaten B untuk
        # meninjau irigasi") is oversight of the government it answers for, unless the host is a council
        return NoVisit.AT_HOME
    if (
        unnamed
        and (council_kunker_only(text, activities) or council_oversight_told(text, activities))
        and (own := _own_council_goes(text, sents, resolved, activities[0].start)) is not None
        and {origin_name, dest_name} <= {None, own.name}
        and all(p.region.name in (own.name, own.province) for p in resolved)
        and _not_abroad(text)
    ):
        # ... and so is a regency's or a city's council's kunker to the offices, clinics and villages of its own
        # regency or city ("Komisi IV DPRD Kota A memulai kunjungan kerja ke OPD mitra di lingkungan Pemkot A")
        return NoVisit.AT_HOME

    if (
        unnamed
        and dest_name is not None
        and council_kunker_only(text, activities)
        and _not_abroad(text)
        and _head_tours_home(text, resolved)
    ):
        # a region's head's kunjungan kerja around the region he governs ("Gubernur A berkeliling ke kabupaten-
        # kabupaten A … didampingi Ketua DPRD A"): he oversees and hears residents, he learns from no host
        return NoVisit.AT_HOME

    posted = published or (line.published[0] if line.published else None)
    posting_span = (line.published[1], line.published[2]) if line.published else None
    start, end, date_spans, date_conf = visit_dates(
        text,
        sents,
        posted,
        posting_span,
        line.chrome,
        # the lines between the headline and the story's opener (a photo caption, a posting line)
        header_end=opener_start(line),
    )

    dest_region = by_name.get(dest_name) if dest_name else None
    if start is not None and said_elsewhere_only(text, sents, date_spans, resolved, dest_region, line.dateline):
        # the only day is that of words said at another place than the one visited ("ujar X di Jakarta, Jumat"),
        # or with no place of their own in a report filed away from it
        start, end, date_spans, date_conf = None, None, [], 0.0
    if start is None and (day := dateline_visit_day(text, line, resolved, dest_region)) is not None:
        # a release filed at the place visited, dated in its dateline and telling no other day
        start, end, date_spans, date_conf = day, day, [(line.published[1], line.published[2])], 0.6
    dest_mentions = [p for p in resolved if dest_region and p.region == dest_region]
    host = host_form(text, dest_mentions) if dest_mentions else None

    organizer, national, organizers = choose_organizer(text, organizers, line, by_name, dest_region, origin_name)
    if (
        (organizer is not None or national is not None)
        and origin_name
        and members_home(text, sents, resolved, origin_name)
    ):
        # the first of the members' home regions ("peserta berasal dari A, B dan C") is no sender: the
        # training body named as running the cohort is
        origin_name = sender_running_the_cohort(origin_name, organizer, national, resolved, by_name)

    # (the units each sentence names are found once, for this destination and each frame's below)
    article_units = ArticleUnits(text, sents, organizer, named_programs)
    agency_items = find_host_agencies(text, sents, dest_region, organizer, units=article_units)
    # the one village visited, where no government hosts, is the host itself ("Desa Penglipuran")
    host = village_host(agency_items, host, dest_mentions, text)
    officials = people.find_officials(text)
    participants = find_participants(text)

    # one record per travelling group and destination: a list of destinations ("masing-masing ke
    # A, B dan C"), or of senders received together ("rombongan DPRD A dan DPRD B"), is a frame each
    # a destination only the dateline suggests does not hold against a written list of destinations
    # (the sender only where the text has it more as where the group comes from than as a place visited:
    # a host unit's address, "Bapelitbangda Kabupaten B", is no sender's home)
    home = origin_name if origin_name is not None and totals[origin_name][1] > totals[origin_name][0] else None
    dest_frames, together = frame_list(
        text, sents, resolved, 0, dest_name if best_host > 0 else None, by_name, home=home
    )
    if (
        home is not None
        and len(dest_frames) >= 2
        and (
            totals[home][0] == 0
            # ... or written as one only weakly, by a bare "di" in its people's words ("belum ada di Kota A"): no
            # mention of it weighs as a place gone to (rw-05 rakyatgorontalo)
            or all(p.dest < 2 for p in resolved if p.region.name == home)
        )
        and {home, dest_name} <= {r.name for r in dest_frames}
    ):
        # the travellers' own region, never written as a place gone to, is no stop of their trip beside the host,
        # even where host and home share a province (where frame_list keeps it): "Dengan menimba ilmu dari Kota B,
        # PKK Kota A yakin … di Kota A" names where the lessons are to be used (mh-06 pkkmadiunkota)
        dest_frames = [r for r in dest_frames if r.name != home]
    elif (
        origin_name is not None
        and dest_region is not None
        and len(dest_frames) >= 2
        and by_name[origin_name].province != dest_region.province
        and {origin_name, dest_name} <= {r.name for r in dest_frames}
    ):
        # a group away from home does not travel to its own region: the sender's region set beside the host's
        # ("kerukunan di Kota A dan Kota B", a headline's "Belajar ke A, B Akui …") is the other side of the visit,
        # not a second stop, however often the text names it
        dest_frames = [r for r in dest_frames if r.name != origin_name]
    origin_frames = (
        visit_frames(text, sents, resolved, 1, origin_name, by_name, exclude=dest_name)
        if len(keys) == 1 and key_origin_free(keys)
        else []
    )
    if dest_frames and origin_frames and set(dest_frames) & set(origin_frames):
        origin_frames = []
    if origin_frames and keys[0].program is not None and run_by_organizer(resolved, origin_frames, organizers):
        # a programme's regions where the training body that runs it is named ("Peserta PKP Kota A, Kabupaten
        # B … PKP ini digelar BPSDM X"): its members' homes, one cohort (as in listed_senders), sent by
        # that body rather than by one member's region
        if origin_name in {r.name for r in origin_frames}:
            origin_name = sender_running_the_cohort(origin_name, organizer, national, resolved, by_name)
        origin_frames = []
    # a body named by the host's own name is the host, not a second group of guests
    origin_frames = without_host_namesakes(origin_frames, dest_region, resolved, line, text)
    # the town a provincial host sits in, written as its seat, is no second stop
    dest_frames = without_provincial_seat(dest_frames, resolved, text, line)
    # senders received together at each stop of an itinerary: one record per sender and stop
    frames: list[tuple[places.Region | None, places.Region | None]] = [
        (d, o) for d in (dest_frames or [dest_region]) for o in (origin_frames or [None])
    ]
    if len(dest_frames) >= 2 and len(origin_frames) == len(dest_frames):
        # "Rombongan A ke X, sedangkan rombongan B ke Y": each sender's clause names where it went
        frames = senders_each_to_own_place(sents, resolved, dest_frames, origin_frames, line) or frames
    # cohorts sent each to a place of its own ("Angkatan IV ke Pemkab X, sedangkan Angkatan V ke Pemkot
    # Y"): one record per cohort at its place, not every cohort at every place
    own_clause = key_clauses(text, sents, keys, resolved, cohorts)
    if any(k.contrast and id(k) not in own_clause for k in keys):
        # "Sementara itu, Angkatan VI masih mengikuti pembelajaran di kampus": a cohort whose own
        # clause sends it nowhere did not travel
        keys = [k for k in keys if not k.contrast or id(k) in own_clause]
        own_clause = key_clauses(text, sents, keys, resolved, cohorts)
    own_dest = {k: region for k, (region, _) in own_clause.items()}
    if len(own_dest) >= 2 or (own_dest and len(frames) > 1 and set(own_dest.values()) >= set(dest_frames)):
        dest_frames, origin_frames = [], []
        frames = [(dest_region, None)]
    elif len(frames) > 1:
        own_dest = {}
    if not own_dest and len(dest_frames) >= 2 and not origin_frames and (merged := cohorts_together(keys)):
        # several cohorts to several places, none told with a place of its own: one group at each place
        keys = [merged]
    # each cohort's own days, when the clauses give them ("Angkatan I ke A pada 3 Mei, Angkatan II ke B
    # pada 5 Juli"); a cohort whose clause has none keeps the article's date unless that date is
    # written in another cohort's clause; one date in the last clause only is said of them all
    key_dates = cohort_dates(text, sents, keys, own_clause, line, published, (start, end, date_spans, date_conf))
    if not key_dates and len(keys) > 1 and len(frames) == 1:
        key_dates = dates_by_own_sentence(text, sents, keys, line, published)
    # one group stop after stop: a date written beside one stop is that stop's date only ("… ke A,
    # Senin (3/6). Setelah dari A, rombongan melanjutkan ke B pada Rabu (5/6)")
    date_frame, frame_dates, sender_dates = dates_per_frame(
        text, sents, resolved, dest_frames, origin_frames, together, (start, end, date_spans), line, published
    )
    if len(dest_frames) > 1:
        # another group's trip of the same kind has only the days written in its own sentence
        for p in same_kind_stops(text, sents, resolved):
            if p.region in dest_frames and p.region not in frame_dates:
                sent = sentence_at(sents, p.mention.start)
                # (its own clause: "…, sementara sebelumnya kades lain sudah … di B")
                cuts = [m.end() for m in _OWN_CLAUSE.finditer(text, sent[0], p.mention.start)]
                own = visit_dates(text, sents, published, None, within=(max([sent[0], *cuts]), sent[1]))
                frame_dates[p.region] = own if own[0] is not None else (None, None, [], 0.0)
    frame_counts = (
        # the dateline's place is where the reporter files, not a group named beside a count
        counts_per_frame(
            text,
            sents,
            [p for p in resolved if not (line.dateline and line.dateline.start <= p.mention.start < line.dateline.end)],
            dest_frames or origin_frames,
            participants,
        )
        # one group stop after stop ("Tujuan pertamanya A, kemudian B"): the same people at every stop, so a
        # count written beside one stop (a headline's "Tujuh Kades … ke A") is the group's at all of them
        if not (dest_frames and origin_frames) and (together or not dest_frames)
        else {}
    )
    # (the article's destination among the frames: its units were found above, for the same organizer)
    known_units = {dest_region: agency_items} if dest_region else None
    frame_items = (
        frame_agencies(text, sents, resolved, dest_frames, organizer, known_units, article_units)
        if dest_frames
        else None
    )
    split = len(dest_frames) > 1 and split_told(text, sents, resolved, dest_frames)
    # national bodies received together ("Rombongan Kementerian A dan Lembaga B …, dari dua instansi
    # itu"): one record per sender, each with the count its own people are said to bring
    senders = (
        national_senders(text, sents, organizers, officials, participants)
        if len(frames) == 1 and len(keys) == 1 and frames[0][1] is None and together_told(text)
        else []
    )

    # a host's list or recap of the bodies it received: one record per visiting body
    guests = (
        visitors.find_visitors(
            text, sents, resolved, dest_region, [o.title_span for o in officials if o.title_span], participants
        )
        if unnamed and len(dest_frames) <= 1 and not senders
        else None
    )
    if (
        guests
        and origin_name is not None
        and all(g.region is None or origin_name not in (g.region.name, g.region.province) for g in guests.members)
        and not origin_frames
    ):
        # the article's own sender is none of them: the list is background to its visit ("Desa X
        # sebelumnya juga dikunjungi berbagai daerah, seperti A dan B"); a province that sums the guests up
        # ("sejumlah dewan dari Jawa Tengah … meliputi DPRD Kabupaten A, …") is their own sender
        guests = None
    if guests and not guests.apart and origin_frames and {g.region for g in guests.members} <= set(origin_frames):
        # the senders the text already sets side by side, with their own days and counts (a recap
        # of a period stays a list of visitors: none of them takes the article's day)
        guests = None
    if guests:
        frames = [(dest_region, None)]  # the visitors listed, not the senders' list read by place roles
        if not sender_dates and date_spans and len(guests.members) > 1:
            # guests a host lists, then received on days of their own ("menerima kunjungan dari A dan B …
            # A datang pada 2 November, sementara B menyusul pada 3 November"): each guest's day, as
            # senders set side by side have, when every guest is given one and the days differ
            regions = [g.region for g in guests.members if g.region is not None]
            if len(regions) == len(guests.members):
                sender_dates = stop_dates(text, sents, resolved, regions, line, published)
                if set(sender_dates) != set(regions) or len({v[:2] for v in sender_dates.values()}) < 2:
                    sender_dates = {}

    # sub-groups each sent in a clause of its own ("Komisi I ke A dan B … Komisi II ke C dan B"): a visit
    # of each group there; every record of a sub-group frame is named by its group
    group_of: list[tuple[str, int, int] | None] = [None] * len(frames)
    if len(dest_frames) >= 2 and frames == [(d, None) for d in dest_frames]:
        named = subgroup_names(text, sents, resolved)
        if [r for r, _ in named] == dest_frames:
            group_of = [g for _, g in named]
    results: list[Extraction] = []
    home_records: list = []  # (visit, its destination then): records set at the sender's own ground
    article_dest = dest_region, dest_mentions, host
    for key, (frame_dest, frame_origin), sender, guest, group in (
        (k, f, n, g, group_of[i])
        for k in keys
        for i, f in enumerate(frames)
        for n in senders or [None]
        for g in (guests.members if guests else [None])
    ):
        dest_region, dest_mentions, host = article_dest
        if id(key) in own_dest:
            dest_region = own_dest[id(key)]
            dest_mentions = [p for p in resolved if p.region == dest_region]
            host = host_form(text, dest_mentions) if dest_mentions else None
        elif len(frames) > 1:
            dest_region = frame_dest
            dest_mentions = [p for p in resolved if dest_region and p.region == dest_region]
            host = host_form(text, dest_mentions) if dest_mentions else None
            if frame_items:
                host = village_host(frame_items[frame_dest], host, dest_mentions, text)
        evidence: dict[str, Evidence] = {}
        visit = Visit(program=key.program, cohort=key.cohort)
        if key.program:
            evidence["program"] = Evidence(spans=key.spans[:3], confidence=0.9)
        if key.cohort_span:
            evidence["cohort"] = Evidence(spans=[key.cohort_span], confidence=0.9)

        activity, a_span = activity_for(text, sents, key, keys, activities)
        visit.activity = activity
        evidence["activity"] = Evidence(spans=[a_span] if a_span else [], confidence=0.9 if a_span else 0.4)

        count = participants_for(text, sents, key, keys, participants, cohorts)
        if (
            dest_frames
            and not frame_counts
            and (each := search(EACH_GROUP, text))
            and (n := parse_int(each.group("n")))
        ):
            # "dibagi menjadi tiga kelompok yang masing-masing terdiri dari 12 orang": each group's count
            count = ParticipantMention(each.start("n"), each.end("n"), n, True)
        elif frame_counts or (len(frames) > 1 and (origin_frames or split)):
            # groups at different places at once: a count not written with one group is all of theirs
            count = frame_counts.get(frame_dest if dest_frames else frame_origin)
        elif count and dest_frames and (together or search(SPLIT_COUNT, text)):
            # "26 peserta dibagi menjadi 4 kelompok", groups that went at the same time: the whole's
            # count, not any one group's
            count = None
        if sender is not None:
            count = sender.count
        if guest is not None:
            # a visitor's head count is the one written of it alone, never another's
            count = visitors.own_count(guests, guest, participants, sents, resolved)
        if count:
            visit.participants = count.value
            evidence["participants"] = Evidence(
                spans=[(count.start, count.end)], confidence=0.9 if count.strong else 0.6
            )

        fill_origin(text, resolved, visit, evidence, key, frame_origin, origin_name, sender, national, organizer, guest)

        if group is not None:
            visit.origin.institution = group_institution(group[0], visit.origin.institution)
        fill_destination(visit, evidence, dest_region, dest_mentions, host, totals)

        own_organizer = sender.organizer if sender is not None else organizer
        if own_organizer is not None:
            visit.organizer = own_organizer.name
            evidence["organizer"] = Evidence(spans=[(own_organizer.start, own_organizer.end)], confidence=0.8)
        if own_organizer is None and visit.program is None and sender is None and guest is None:
            setter = trip_setter(text, sents, [visit.origin.institution or "", visit.destination.host or ""])
            if setter is not None:
                visit.organizer = setter[0]
                evidence["organizer"] = Evidence(spans=[setter[1]], confidence=0.6)
        items = agencies_for(key, keys, frame_items[frame_dest] if frame_items else agency_items, cohorts)
        items = councils_of_the_visit(text, resolved, items, visit.origin.regency or visit.origin.province, dest_region)
        if group is not None and dest_frames.count(frame_dest) > 1:
            # a sub-group at a place another group went to too: the units its own clause names ("Komisi II
            # menemui DPRD A …, Komisi III juga ke A"), not the other group's
            items = [item for item in items if group[1] <= item[1][0] < group[2]]
        fill_host_agencies(text, resolved, visit, evidence, items, dest_region)
        if sender is None and guest is None and group is None and visit.program is None:
            village_sends(text, sents, visit, evidence)
        k_start, k_end, k_spans, k_conf = start, end, date_spans, date_conf
        dated_here = date_frame is None or frame_dest in (None, date_frame)
        if key_dates:
            k_start, k_end, k_spans, k_conf = key_dates.get(id(key), (None, None, [], 0.0))
        elif frame_dest in frame_dates or frame_origin in sender_dates:
            k_start, k_end, k_spans, k_conf = frame_dates.get(frame_dest) or sender_dates[frame_origin]
            dated_here = True
        if group is not None and dest_frames.count(frame_dest) > 1:
            # a sub-group at a place another group went to too: the days its own clause gives
            own = visit_dates(text, sents, posted, posting_span, line.chrome, within=group[1:])
            if own[0] is not None:
                k_start, k_end, k_spans, k_conf = own
                dated_here = True
        if guest is not None:
            # a visitor's own day, written in its clause; visitors who came apart share no other day
            own = visit_dates(text, sents, posted, posting_span, line.chrome, within=guest.clause)
            if own[0] is not None:
                k_start, k_end, k_spans, k_conf = own
            elif guest.region in sender_dates:
                k_start, k_end, k_spans, k_conf = sender_dates[guest.region]
            elif guests.apart:
                k_start = k_end = None
        # (a stay's last day may be told without its first: "tiba di hari terakhirnya pada Kamis (6/6)")
        if (k_start or k_end) and dated_here:
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
        if _own_ground(visit, dest_region):
            home_records.append((visit, visit.destination.model_copy()))
    records_beside(text, sents, resolved, results, line, published)
    clause_visits(text, sents, resolved, results)
    found = councils_send(abroad.foreign_trips(text, results, published))
    _names_in_full(text, resolved, found)
    if home_records:
        # (a destination a later step moved abroad or elsewhere is no longer the sender's ground)
        found = [r for r in found if not any(r.visit is v and r.visit.destination == d for v, d in home_records)]
    return found or NoVisit.NOT_ASSEMBLED


def _names_in_full(text: str, resolved: list[Place], found: list[Extraction]) -> None:
    """A sender or host body written in full and short is kept in its fullest writing (docs/schema.md, "A name
    written in full and short"; origin.institution and destination.host are as written)."""
    for r in found:
        for path, get, put in (
            ("origin.institution", lambda v: v.origin.institution, lambda v, n: setattr(v.origin, "institution", n)),
            ("destination.host", lambda v: v.destination.host, lambda v, n: setattr(v.destination, "host", n)),
        ):
            name = get(r.visit)
            if not name:
                continue
            full = agencies.fullest_writing(text, name, resolved)
            if full is not None:
                put(r.visit, full[0])
                r.evidence[path] = Evidence(spans=[full[1]], confidence=0.7)


def _own_ground(visit: Visit, dest_region: places.Region | None) -> bool:
    """A regency's or city's body outside a programme "going" to its own regency's government ("DPRD A … ke Pemkab
    A") or to its own province written bare ("Banten"), with no unit there to learn from: the region is the sender's
    home written beside a plan, a ban or a request ("Pemkab A melarang study tour ke luar daerah … objek wisata di
    B"; "para lurah meminta DPRD A mengadakan studi banding … diteruskan ke Pemkab A"), never a place gone to. (A
    village or an office of its own regency it studies, a cohort, a host that names no government are left alone.)"""
    origin, host = visit.origin, visit.destination.host
    if dest_region is None or origin.regency is None or visit.host_agencies or visit.program is not None or not host:
        return False
    if dest_region.kind == places.PROVINCE:
        return dest_region.name == origin.province and host.strip().lower() == dest_region.name.lower()
    return dest_region.name == origin.regency and _GOVERNMENT_HOST.match(host) is not None


# a host written as a regency's or city's government ("Pemkab A", "Pemerintah Kota (Pemkot) B")
_GOVERNMENT_HOST = re.compile(r"\s*(?:Pemkab|Pemkot|Pemda|Pemerintah\s+(?:Daerah\s+)?(?:Kabupaten|Kota))\b", _I)


_OWN_CLAUSE = re.compile(r"\b(?:sementara|sedangkan|adapun)\b|;", _I)


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
