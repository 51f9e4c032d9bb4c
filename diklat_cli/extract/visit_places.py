"""Visit places: where one record's travellers came from and went to, and who sent them.

Every place mention scored as origin and destination (`score_places`), the sending body among those
named (`choose_organizer`, `sender_running_the_cohort`), the senders a headline sums up by province
(`senders_inside`), the places that are the dateline's, a campus's or the travellers' own home, and
each record's origin, destination and host agencies filled in (`fill_origin`, `fill_destination`,
`fill_host_agencies`).

One concern: the origin and the destination fields of a record, and the spans they came from.
"""

from __future__ import annotations

import re

from diklat_cli.extract import agencies, places, programs, trainees
from diklat_cli.extract.called_off import called_off_regions
from diklat_cli.extract.frames import members_come_from
from diklat_cli.extract.hosts import (
    COUNCILS,
    council_with_its_region,
    province_body,
    seat_province,
    unit_with_its_place,
)
from diklat_cli.extract.place_links import linked_places
from diklat_cli.extract.place_roles import (
    HEAD_OF_REGION,
    LEAVING_TOWN,
    Place,
    campus_address,
    place_scores,
)
from diklat_cli.extract.regency_narrowing import narrow_to_regency
from diklat_cli.extract.role_patterns import COLLECTIVE_ORIGIN
from diklat_cli.extract.scanning import finditer, occurrences, search
from diklat_cli.extract.senders import (
    Key,
    body_before_place,
    may_name_village,
    national_council_sends,
    sender_form,
    village_that_travels,
)
from diklat_cli.extract.sentences import sentence_at
from diklat_cli.extract.shared_scores import (
    share_contrast_scores,
    share_paired_scores,
    share_repeated_from_scores,
    share_village_list_scores,
    share_village_located_scores,
)
from diklat_cli.extract.stops import stops_told_one_a_sentence
from diklat_cli.models import Destination, Evidence, Origin, Visit

_I = re.IGNORECASE


def senders_inside(resolved: list[Place], origin_name: str, title_end: int, best, dest_name) -> str:
    """A headline sums the senders up by their province ("Dua DPRD dari Banten"), the story names them
    ("DPRD Kabupaten Lebak dan DPRD Kabupaten Pandeglang"): a province said to send only in the headline,
    with regencies of it sending in the story, is their locator, not a sender of its own."""
    if any(p.region.name == origin_name and p.origin > 0 and p.mention.start >= title_end for p in resolved):
        return origin_name
    inner = {
        p.region.name
        for p in resolved
        if p.origin > 0
        and p.region.kind != "province"
        and p.region.province == origin_name
        and p.mention.start >= title_end
    }
    if not inner:
        return origin_name
    return best(1, {n for n in {origin_name, dest_name} if n}) or origin_name


def score_places(text: str, sents, resolved: list[Place], line) -> float:
    """Give every place mention its destination and origin scores; the best total of a place as host."""
    for place in resolved:
        if line.dateline and line.dateline.start <= place.mention.start < line.dateline.end:
            continue  # the dateline's city: the words after it open the lead, they say nothing of it
        sent = sentence_at(sents, place.mention.start)
        place.dest, place.origin = place_scores(text, sent, place.mention)
    share_paired_scores(text, resolved)
    share_repeated_from_scores(text, resolved)
    share_contrast_scores(text, resolved)
    share_village_list_scores(text, resolved)
    share_village_located_scores(text, resolved)
    narrow_to_regency(text, resolved)  # (after every share above: the regency takes the province's final weight)
    for place in stops_told_one_a_sentence(text, sents, resolved):
        place.dest = max(place.dest, 3.0)  # "Di Kabupaten A, peserta mempelajari …": a stop told of itself
    # a head of region the words make the traveller ("Wali Kota A Budi berkunjung ke …") is the traveller
    # wherever else he is named (a caption, "Di samping Wali Kota A, …"): not the host's official
    # ... and so are the heads listed with a travelling head ("yaitu Wali Kota B Budi dan Bupati C Joko")
    heads = [p for p in resolved if HEAD_OF_REGION.match(p.mention.text)]
    travelling_heads = {p.region.name for p in heads if p.origin >= 3}
    for a, b in zip(heads, heads[1:], strict=False):
        if a.origin >= 2 and b.dest <= 0.5 and linked_places(text, a, b):
            travelling_heads.add(b.region.name)
    for place in heads:
        if place.region.name in travelling_heads and place.dest <= 0.5:
            place.dest = 0.0
    # a trip to a place called off ("urung melakukan kunjungan kerja ke X"): X is gone to nowhere in the article
    off = called_off_regions(text, sents, resolved)
    for place in resolved:
        if place.region.name in off:
            place.dest = 0.0
    for place in other_trip_places(text, sents, resolved):
        place.dest = 0.0
    hosted: dict[str, float] = {}
    for place in resolved:
        hosted[place.region.name] = hosted.get(place.region.name, 0.0) + place.dest
    best_host = max(hosted.values(), default=0.0)
    return best_host


# another trip than the one reported, by its time or its group: an experience ("pernah"), last or next
# year's, another cohort's (stops.OTHER_TRIP without "pekan lalu", "beberapa waktu lalu": a report tells its
# own recent trip so)
# (only an angkatan is another cohort by "lain"/"berikutnya": "20 peserta lainnya menuju B", "kelompok lainnya
# ke C" are the rest of this trip's group, sent to its next place)
_OTHER_TIME = re.compile(
    r"\b(?:pernah|(?:tahun|bulan)\s+(?:lalu|depan|sebelumnya|kemarin)"
    r"|angkatan\s+(?:berikutnya|selanjutnya|sebelumnya|lain(?:nya)?)|(?:rombongan|kelompok|"
    + trainees.TRAINEES
    + r")\s+sebelumnya)\b",
    _I,
)
# a clause's turn back to the report's own trip: "…, namun kali ini memilih B", "Sekarang giliran C"
_TURN = re.compile(r"[;:]|\b(?:namun|tetapi|tapi|kini|sekarang|kali\s+ini|sedangkan|sementara|adapun)\b", _I)


def other_trip_places(text: str, sents, resolved: list[Place]) -> list[Place]:
    """The places gone to only in clauses that tell another trip than the one reported: the group's or
    the host's experience, last year's or next year's, another cohort's ("Rombongan pernah studi banding
    ke A", "Tahun lalu, peserta angkatan sebelumnya benchmarking ke B", "rencananya tahun depan ke C").
    Background to the visit, when the report names a place gone to outside such clauses; else the
    clause may be the report's own trip told afterwards, and its places keep their weight."""
    if search(_OTHER_TIME, text) is None:  # (tried only where its first words stand)
        return []
    other: list[Place] = []
    outside: dict[str, float] = {}
    # (each sentence searched once for the words: a clause of a sentence without them has none either)
    told: dict[tuple[int, int], bool] = {}
    for place in resolved:
        if place.dest <= 0:
            continue
        sent = sentence_at(sents, place.mention.start)
        if (has := told.get(sent)) is None:
            has = told[sent] = _OTHER_TIME.search(text, *sent) is not None
        if has:
            lo = max([sent[0], *(m.end() for m in _TURN.finditer(text, sent[0], place.mention.start))])
            turn = _TURN.search(text, place.mention.end, sent[1])
            if _OTHER_TIME.search(text, lo, turn.start() if turn else sent[1]):
                other.append(place)
                continue
        outside[place.region.name] = outside.get(place.region.name, 0.0) + place.dest
    if not outside or max(outside.values()) < 2:
        return []
    return [p for p in other if p.region.name not in outside]


def home_left(text: str, sents, resolved: list[Place]) -> None:
    """Travellers leaving their own town ("… DPRD X lengang karena anggota berangkat ke luar daerah"):
    a place named before it in the sentence is the home they leave, not the place visited."""
    if "luar" not in text:
        return
    for leaving in finditer(LEAVING_TOWN, text):
        sent = sentence_at(sents, leaving.start())
        for place in resolved:
            if sent[0] <= place.mention.start < leaving.start() and place.dest < 3:
                place.origin += 3


def members_home(text: str, sents, resolved: list[Place], name: str) -> bool:
    """Every mention of the region stands in a written list of places after the members' wording
    ("peserta berasal dari A, B dan C", "30 kepala desa dari A, B …")."""
    mine = [i for i, p in enumerate(resolved) if p.region.name == name]
    for i in mine:
        p = resolved[i]
        near = [q for q in resolved[max(0, i - 1) : i + 2] if q is not p and q.region.name != name]
        if not any(linked_places(text, p, q) or linked_places(text, q, p) for q in near):
            return False
        lo = sentence_at(sents, p.mention.start)[0]
        if not members_come_from(text[lo : p.mention.start]):
            return False
    return bool(mine)


def run_by_organizer(resolved: list[Place], regions: list[places.Region], organizers) -> bool:
    """A training body named outside the written list of regions (not "BKPSDM Kabupaten A, BKPSDM
    Kabupaten B" themselves)."""
    listed = [p.mention.start for p in resolved if p.region in regions]
    return any(not any(o.start <= at < o.end for at in listed) for o in organizers)


def sender_running_the_cohort(origin_name, organizer, national, resolved: list[Place], by_name) -> str | None:
    """Where members' home regions stood as the sender: the region of the training body that runs the
    cohort (when the text names a place of it), none for a national body, else the name as it was."""
    if organizer is not None and organizer.region is not None:
        if any(p.region == organizer.region for p in resolved):
            by_name.setdefault(organizer.region.name, organizer.region)
            return organizer.region.name
        return origin_name
    return None if national is not None else origin_name


def campus_regions(text: str, resolved: list[Place]) -> set[places.Region]:
    """The regions named as the address of the programme's campus (`place_roles.campus_address`)."""
    if "kampus" not in text and "Kampus" not in text:
        return set()
    return {p.region for p in resolved if campus_address(text[max(0, p.mention.start - 60) : p.mention.start])}


def dateline_places(text: str, resolved: list[Place], line) -> set[places.Region]:
    """The places the dateline names, each given a little of a destination's score."""
    dated: set[places.Region] = set()
    if line.dateline:
        # reporters file from where the visit happens: a hint, weaker than the words of the text
        dated = {p.region for p in resolved if line.dateline.start <= p.mention.start < line.dateline.end}
        dated.update(places.regions_named(line.dateline.value))
        # ... unless the text makes that place the travellers' home (a local outlet at home), or the address of
        # the programme's campus, where the reporter files from its ceremonies and classes
        dated -= {p.region for p in resolved if p.origin >= 3}
        if dated:
            dated -= campus_regions(text, resolved)
        for region in dated:
            for place in resolved:
                if place.region == region:
                    place.dest += 1.5
                    break
    return dated


def fill_destination(visit: Visit, evidence: dict[str, Evidence], dest_region, dest_mentions, host, totals) -> None:
    """Where one record's travellers went: the region, its province and the host as written."""
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


def fill_host_agencies(
    text: str, resolved: list[Place], visit: Visit, evidence: dict[str, Evidence], items, dest_region
) -> None:
    """The units one record's travellers visited; a national unit, or a council visited alone, is the host."""
    visit.host_agencies = [name for name, _, _ in items]
    if items:
        evidence["host_agencies"] = Evidence(spans=[span for _, span, _ in items], confidence=0.8)
    if items and not visit.destination.province and (province := seat_province(text, items[0][0], items[0][1])):
        # a regional office of a national body hosts, its place told only in its name ("latihan kerja di Polres
        # Kendal"): the province it sits in is the destination's (docs/schema.md, a regional office), no regency
        visit.destination.province = province
        evidence["destination.province"] = Evidence(spans=[items[0][1]], confidence=0.6)
    if items and visit.destination.province and agencies.is_national_unit(items[0][0]):
        # a national body's unit hosts, the first unit named ("Polresta Sidoarjo", "KUA Kecamatan X",
        # "Rutan Batang", "Polres X … lalu Desa Y"): no regency hosts, the host is the unit with its place
        visit.destination.regency = None
        evidence.pop("destination.regency", None)
        written = unit_with_its_place(text, items[0][1], resolved)
        visit.destination.host = written[0]
        evidence["destination.host"] = Evidence(spans=[written[1]], confidence=0.8)
    elif (
        dest_region is not None
        and dest_region.kind != "province"
        and (seat := _provincial_host(text, resolved, items, dest_region))
    ):
        # every unit visited is the province's own, written with the province ("DPRD Provinsi A", "Biro Hukum
        # Setda Provinsi B", "DPRD Riau di Pekanbaru"): a provincial host, whose seat town is no regency hosting
        # (schema: destination.regency is null for a provincial host)
        visit.destination.regency = None
        evidence.pop("destination.regency", None)
        visit.destination.host = seat[0]
        evidence["destination.host"] = Evidence(spans=[seat[1]], confidence=0.8)
    elif len(items) == 1 and items[0][0] in COUNCILS and dest_region is not None:
        # the council alone was visited ("ke DPRD Kabupaten X"): it is the host, with its region as
        # written, in full where the text writes it so ("DPRD Lamteng" … "DPRD Kabupaten Lampung Tengah")
        written = council_with_its_region(text, items[0][0], dest_region, resolved)
        if written is not None:
            visit.destination.host = written[0]
            evidence["destination.host"] = Evidence(spans=[written[1]], confidence=0.8)


# between a unit and its province: "Dinas A Provinsi B", "Biro C Setda Provinsi D", "Biro E Sekretariat Daerah F"
_SEAT_GAP = re.compile(r"\s(?:Setda\s|Sekretariat\s+Daerah\s)?")


# the town's own government, head or council before its name: "Pemkot A", "Pemerintah Kota B", "Wali Kota C",
# "DPRD Kota D" (a unit of the town is told by its own name: no unit of the province)
_TOWN_GOVERNMENT = re.compile(
    r"\b(?:pemkot|pemkab|pemerintah|wali\s*kota|bupati|dprd)\s+(?:kota\s+|kabupaten\s+)?$",
    _I,
)


def _provincial_host(text: str, resolved: list[Place], items, dest_region):
    """The first unit visited written with its province, when every unit visited is the province's own: a
    unit with the province's name right after it ("Dinas Pariwisata Provinsi A", "DPRD B"), or a council
    the report writes with the province and never with the town ("DPRD Kalsel" ... "ke DPRD")."""
    own = [p for p in resolved if p.region.kind == "province" and p.region.name == dest_region.province]
    if not items or not own:
        return None
    if any(
        _TOWN_GOVERNMENT.search(text, max(0, p.mention.start - 30), p.mention.start)
        for p in resolved
        if p.region == dest_region
    ):
        return None  # the town's own government or council is named too ("... dan Pemkot A")
    first = None
    for name, span, _ in items:
        if not province_body(name):
            return None
        written = next((p for p in own if _SEAT_GAP.fullmatch(text, span[1], p.mention.start)), None)
        a = span[0]
        if written is None and name in COUNCILS and council_with_its_region(text, name, dest_region, resolved) is None:
            written = next(
                (p for p in own if text[max(0, p.mention.start - len(name) - 1) : p.mention.start] == name + " "), None
            )
            a = written.mention.start - len(name) - 1 if written is not None else a
        if written is None:
            return None
        first = first or (text[a : written.mention.end], (a, written.mention.end))
    return first


# a national body the group goes to or is received by is its host, not its sender: "penyuluh Kabupaten A berkunjung ke
# Balai Besar Pelatihan Pertanian (BBPP) B", "Balai Pelatihan Pertanian C pada Kamis menerima kedatangan rombongan
# Dinas … Kabupaten D", "lokasi pertama Balai Besar Pelatihan E" (lo-09 swadayaonline, mp-09 oerban, rj-10 mistar);
# a training centre's own cohort going elsewhere is told by no such word before or after its name
_VISITED_BEFORE = re.compile(
    r"(?:\b(?:berkunjung|kunjungan(?:\s+(?:kerja|studi|belajar))?|stud[iy]\s+(?:tiru|banding|lapangan)|kaji\s+\w+"
    r"|benchmarking|belajar|datang|tiba|bertandang|bertolak)\s+(?:langsung\s+)?(?:ke|di)"
    r"|\b(?:mengunjungi|menyambangi|mendatangi)|\blokasi\b[^.\n]{0,25}?(?::|\b(?:pertama|kedua|yaitu|yakni|adalah)))\s+"
    # (the body's full name may come first, its short form in brackets: "ke Balai Besar Pelatihan Pertanian (BBPP)
    # Lembang")
    r"(?:(?-i:[A-Z])\w*\s+){0,6}$",
    re.IGNORECASE,
)
_RECEIVING_AFTER = re.compile(
    r"[^.\n]{0,40}?\b(?:menerima|menyambut)\s+(?:kedatangan|kunjungan|rombongan|tamu)\b", re.IGNORECASE
)


def _visited_bodies(text: str, organizers: list) -> set[str]:
    """The names of the national bodies written as where the group goes (see _VISITED_BEFORE), every writing
    of each."""
    out: set[str] = set()
    for o in organizers:
        if not o.national or o.name in out:
            continue
        # (each of its writings, the name with and without its bracketed short form and that form alone:
        # "Balai Pelatihan Pertanian Jambi (Bapeltan Jambi)" is "studi tiru di Bapeltan Jambi" too)
        short = _BRACKETED.search(o.name)
        names = {o.name, _BRACKETED.sub("", o.name).strip(), " ".join(o.name.replace("(", "").replace(")", "").split())}
        if short is not None:
            names.add(short.group(1).strip())
        first, _, rest = o.name.partition(" ")
        if rest and first.isupper():
            names.add(f"({first}) {rest}")  # ("BBPP Lembang" written "… (BBPP) Lembang")
        names = {n for n in names if len(n) >= 6}
        if any(_visited_at(text, at, at + len(n)) for n in names for at in occurrences(text, n)):
            out.add(o.name)
    # (and a longer writing that runs on past one of them: "BBPP Lembang. Titik …")
    return out | {o.name for o in organizers if o.national and any(o.name.startswith(v + ".") for v in out)}


_BRACKETED = re.compile(r"\s*\(([^()]{2,40})\)")


def _visited_at(text: str, start: int, end: int) -> bool:
    return bool(_VISITED_BEFORE.search(text, max(0, start - 60), start) or _RECEIVING_AFTER.match(text, end))


def choose_organizer(text: str, organizers: list, line, by_name, dest_region, origin_name):
    """The body that sends the travellers (the first named that is not the host's, the fullest writing
    of it), a national body that may stand for them, and the organizers named below the headline."""
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
    visited = _visited_bodies(text, organizers)
    national = next((o for o in organizers if o.national and o.name not in visited), None)
    national = national and agencies.fullest(national, organizers)
    origin_region = by_name.get(origin_name) if origin_name else None
    for org in organizers:
        if org.name in visited:
            continue  # (the national body the group went to is its host)
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
    return organizer, national, organizers


def _ministry_sends(text: str, visit: Visit, evidence: dict[str, Evidence]) -> None:
    """A ministry's training centre named as the sender gives way to the ministry its name ends with: the
    centre's course is for that ministry's own staff, whom the ministry sends (docs/schema.md, a ministry's own
    trainees; the centre stays the organizer)."""
    name = visit.origin.institution
    ministry = agencies.own_staff_ministry(name) if name else None
    if name is None or ministry is None:
        return
    visit.origin.institution = ministry
    full = agencies.ministry_in_full(text, ministry)
    if full is not None:
        visit.origin.institution = full[0]
        evidence["origin.institution"] = Evidence(spans=[full[1]], confidence=0.7)
        return
    spans = evidence["origin.institution"].spans
    if spans:
        at = text.rfind(ministry, spans[0][0], spans[0][1])
        if at >= 0:
            evidence["origin.institution"] = Evidence(spans=[(at, at + len(ministry))], confidence=0.7)


def _bare_place(name: str) -> bool:
    """The name is a region as written and nothing more ("Kabupaten Gianyar", "Denpasar"): no body of it."""
    found = places.find_places(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name) and not found[0].government


def village_sends(text: str, sents, visit: Visit, evidence: dict[str, Evidence]) -> None:
    """A trip outside a programme whose travellers are a village's people is sent by the village body as written
    (docs/schema.md, villages that travel), where no body is found or only the region it lies in; the origin's
    province and regency stay those the report names."""
    name = visit.origin.institution
    if not may_name_village(text) or (name is not None and not _bare_place(name)):
        return  # (no village named anywhere: the sender's name not read)
    hosts = [h for h in (visit.destination.host, *(visit.host_agencies or [])) if h]
    village = village_that_travels(text, sents, hosts)
    if village is not None:
        visit.origin.institution = village[0]
        evidence["origin.institution"] = Evidence(spans=[village[1]], confidence=0.6)


def fill_origin(
    text: str,
    resolved: list[Place],
    visit: Visit,
    evidence: dict[str, Evidence],
    key: Key,
    frame_origin,
    origin_name,
    sender,
    national,
    organizer,
    guest,
) -> None:
    """Where one record's travellers come from: a sender received with others, a national body, the
    place that sends the cohort or its frame, or the visitor a host lists."""
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
        # a national body sends from the national level, its regional offices too ("BDK Palembang"; SCHEMA.md)
        visit.origin = Origin(institution=national.name)
        evidence["origin.institution"] = Evidence(spans=[(national.start, national.end)], confidence=0.7)
        _ministry_sends(text, visit, evidence)
        evidence["origin.province"] = Evidence(spans=[(national.start, national.end)], confidence=0.7)
    elif origin_place is not None:
        region = origin_place.region
        same = [p for p in resolved if p.region == region]
        form = sender_form(text, same, organizer, origin_place)
        if (
            form
            and form[0] == origin_place.mention.text
            and COLLECTIVE_ORIGIN.search(text, max(0, origin_place.mention.start - 60), origin_place.mention.start)
        ):
            form = None  # "peserta dari berbagai daerah di X": the region's people, no body of it named
        visit.origin = Origin(
            institution=form[0] if form else None,
            province=region.province,
            regency=region.name if region.kind != "province" else None,
        )
        if (form and agencies.is_national_unit(form[0])) or visit.program in programs.national_programs():
            # "Polda Aceh", "Lapas Kelas IIA Jember", "Kemenag Kota Sibolga", "SPN Polda Banten": a national
            # body's unit sends from the national level, its regional offices too (SCHEMA.md, origin of national
            # bodies; the reference golds read a Kanwil's Balai Diklat so); so does a school of the state whatever
            # its campus ("IPDN Kampus Kalbar", "taruna Akmil")
            visit.origin.province = visit.origin.regency = None
        conf = 0.9 if origin_place.origin >= 3 else 0.6
        if visit.origin.regency is not None:
            evidence["origin.regency"] = Evidence(
                spans=[(origin_place.mention.start, origin_place.mention.end)], confidence=conf
            )
        evidence["origin.province"] = Evidence(
            spans=[(origin_place.mention.start, origin_place.mention.end)], confidence=conf
        )
        if form and _bare_place(form[0]):
            body = body_before_place(text, same, origin_place)
            if body is not None:
                form = body
                visit.origin.institution = body[0]
        if form:
            evidence["origin.institution"] = Evidence(spans=[form[1]], confidence=conf)
            _ministry_sends(text, visit, evidence)
    elif (council := national_council_sends(text)) is not None and "DPR" not in (visit.destination.host or ""):
        # the national parliament's commission or members travel ("Komisi V DPR ke Jepang"): it sends
        visit.origin = Origin(institution=council[0])
        evidence["origin.institution"] = Evidence(spans=[council[1]], confidence=0.6)
        evidence["origin.province"] = Evidence(confidence=0.0)
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
