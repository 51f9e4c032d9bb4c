"""Clause visits: a further visit told in a clause of its own, to a regency no record has yet.

A report of a trip through several regions, or of several groups each sent somewhere, often tells
each leg or group in a clause of its own ("Komisi A ke Kota X, sedangkan Komisi B mengunjungi
Kabupaten Y"; "rombongan lalu bertolak ke Z"; "enam anggota berada di Dinas P Kota W, sementara …").
The assembly (visits.py) finds the report's main visit(s); this pass reads the text clause by clause
and, where a clause tells a TRIP EVENT — a word of going with a place after it ("ke", "menuju",
"mengunjungi", "meninjau" …), or the place after "di" in a clause that names the trip or its
group — to a regency no record goes to (nor the sender's home), adds a record of it: a copy of
the found visit's group fields with that destination, the clause's own count where it writes one,
and no units (docs/schema.md: one group touring two regencies, or two groups, are two visits).

Not such an event: a place only compared or cited ("seperti di X", "misalnya"), a trip refused,
called off or unwanted, a trip of another time or a halt on the road ("sebelumnya", "sudah",
"tahun depan", "dua bulan lalu", "singgah", "dijemput di"; "lalu" elsewhere is "then", the next
leg), trips tallied over years (tallies.py), a place the group comes from ("dari", "asal") or
applies its lesson at ("agar … diterapkan di"), a third party's office ("atas undangan A yang
berkantor di X"; the seat of a unit gone to, "ke Balai A yang berkantor di X", is where the group
went), a clause whose subject is another place's body, a place named only in
the headline or inside a smaller place's name ("Desa Tegal Sari"), and a place inside a region a
record already goes to. A name that is both a kota and a kabupaten of one province ("ke
Bandung") gives that province.
"""

from __future__ import annotations

import re
from functools import cache

from diklat_cli.extract import numbers, tallies, verbs
from diklat_cli.extract.called_off import called_off_regions
from diklat_cli.extract.place_roles import Place
from diklat_cli.extract.sentences import sentence_at
from diklat_cli.models import Destination, Evidence, Extraction

_I = re.IGNORECASE

# where a clause ends inside a sentence: a semicolon, or a comma before a word that turns to another
# group or leg ("…, sedangkan Komisi B …", "…, lalu ke …", "…, kemudian …", "…, dan selanjutnya …")
_CLAUSE_END = re.compile(
    r";|,\s*(?=(?:sedangkan|sementara(?:\s+itu)?|lalu|kemudian|selanjutnya|dan\s+selanjutnya|adapun|serta)\b)",
    _I,
)

# the words a place may follow its word of going by: a unit's or a place's name, capitalised ("ke kantor Dinas
# Pariwisata Kota X", "mengunjungi Desa A, Kabupaten B")
_NAME_WORDS = (
    r"(?:\s+(?:[A-Z][\w()/&.-]*|kantor|kota|kabupaten|provinsi|pulau|desa|wilayah|daerah|dan|,)){0,5}?\s*,?\s*$"
)
# a word of going right before the place: a verb of visiting ("mengunjungi", "menuju", "meninjau" X), or "ke"/"di"
# led by the trip, its group or a verb of travelling a word or two before ("studi banding ke X", "Komisi D ke X",
# "kunker di X", "melanjutkan perjalanan ke X", "berada di X"); "ke" after another verb sends no group there
# ("dikirim ke", "berbagi ke", "dijual ke"), nor does "di" tell more than where a thing is ("potensi wisata di X")
_LEAD = (
    r"(?:" + verbs.TRIP_NAMES + r"|" + verbs.TRAVELLING + r"|" + verbs.DEPARTING + r"|kaji\s+banding|tiru|lapangan"
    r"|komparasi|komisi|pansus|fraksi|rombongan|peserta|kelompok|tim|delegasi|mereka|magang|belajar|perjalanan"
    r"|bergeser|beranjak|berlanjut|melanjutkan|datang|pergi|berada|bergerak|langsung)"
)
# ... or a list of places announced after it: "menuju lima provinsi, yakni A, B dan C", "ke NTT, yaitu Kabupaten A
# pada hari pertama lalu B"
_LIST_AFTER = (
    r"(?:\s+[\w/.-]+){0,8}?\s*,?\s*(?:yakni|yaitu|:)"
    r"(?:\s*,|\s+(?:[A-Z][\w()/&.-]*|kota|kabupaten|provinsi|dan|serta|lalu|kemudian|pada|hari|pertama|kedua))*?\s*$"
)
# ... or a unit gone to, named in full, with its seat told after it: "ke Balai Besar A yang terletak di kawasan B, Kota
# C", "berkunjung ke Mahkamah D yang berkantor di Jakarta" (the unit's own seat is where the group went)
_UNIT_SEAT = (
    r"(?:\s+(?:[A-Z][\w()/&.-]*|dan|&)){1,8}?\s*,?\s+yang\s+(?i:berada|ada|terletak|berkantor|berlokasi|berkedudukan"
    r"|beralamat|bermarkas|berpusat)\s+di\s+(?:(?i:kawasan|wilayah|daerah|kota|kabupaten)\s+)?(?:[A-Z][\w-]*\s*,?\s*){0,3}$"
)
_GOING_BEFORE = re.compile(
    r"\b(?:(?i:"
    + verbs.VISITING
    + r"|menuju|meninjau)|(?i:"
    + _LEAD
    + r")(?:\s+[\w.-]+){0,2}?"
    # (the trip's topic may come between: "studi banding soal pengurusan tanah per kelurahan di kantor A")
    + r"(?:\s+(?i:soal|tentang|mengenai|terkait|perihal)(?:\s+[\w-]+){1,8}?)?\s+(?i:ke|di))"
    + r"(?:"
    + _NAME_WORDS
    + r"|"
    + _LIST_AFTER
    + r"|(?P<seat>"
    + _UNIT_SEAT
    + r"))"
)
# the clause names the group or its trip: its subject, or the trip's name
_GROUP_IN_CLAUSE = re.compile(
    r"\b(?:" + verbs.TRIP_NAMES + r"|komisi|pansus|badan|fraksi|rombongan|peserta|kelompok|tim|anggota|delegasi"
    r"|kaji\s+banding|studi\s+tiru|magang|belajar)\b",
    _I,
)
# ... or "mereka" going on to the next leg: "Sesudah itu mereka meneruskan agenda ke A", "mereka lalu melanjutkan
# perjalanan ke B" (not "mereka berkonsultasi ke C", a trip of theirs at another time)
_THEY_GO_ON = re.compile(
    r"\b(?:mereka|kami)\b(?:\s+\w+)?\s+(?:melanjutkan|meneruskan|bergeser|beranjak|berlanjut|bergerak)\b"
    r"|\b(?:setelah|sesudah)\s+itu\s*,?\s+mereka\b",
    _I,
)
# a stop done before the next: the places after "sesudah", "setelah" or "usai" (from) in a clause whose group goes on
# to another place after them ("Jadi sesudah Kabupaten A dan B, kami akan melanjutkan ke C", "Setelah dari Kota D,
# rombongan bergeser ke E"): the trip's earlier legs
_DONE_BEFORE = re.compile(
    r"\b(?:sesudah|setelah|usai|seusai)\s+(?:(?:dari|berkunjung\s+ke|mengunjungi)\s+)?"
    r"(?:(?:[A-Z][\w()/&.-]*|kota|kabupaten|dan|serta|,)\s*){0,8}?$"
)
_GOES_ON_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:melanjutkan|meneruskan|bergeser|bergerak|beranjak|berlanjut|lanjut|bertolak|menuju)\b(?:\s+\w+){0,2}?"
    r"\s+(?:ke|menuju)\s",
    _I,
)
# a sub-group of the party, named by its number or letter ("Komisi A", "Pansus II", "kelompok kedua")
_SUBGROUP = re.compile(
    r"\b(?i:komisi|pansus|fraksi|kelompok|tim|rombongan|gelombang|angkatan)\s+(?:[IVX]{1,4}|[A-H]|\d{1,2}|(?i:pertama|kedua"
    r"|ketiga|keempat|kelima))\b"
)
# a body of another level of government, or another party, as the clause's subject before its word of going:
# its own trip, not a leg of the senders' ("Komisi II DPR RI juga berkunjung ke A", "rombongan Kementerian X ke B")
_OTHER_BODY = re.compile(
    r"\b(?:DPR\s+RI|DPD\s+RI|DPR-RI|MPR|Kementerian|Kemen[a-z]{2,}|Menteri|Presiden|Wakil\s+Presiden|Gubernur|Polda"
    r"|Kodam|Mabes|BPK\s+RI)\b"
)
# a trip before the reported one, or somebody else's trip now ("sedang berada di Jakarta"): no leg of this one
_ANOTHER_TIME = re.compile(
    # ("lalu" is "ago" only after a stretch of time, "dua bulan lalu", "beberapa waktu lalu"; elsewhere it is "then",
    # the next leg's word: "ke Kabupaten A pada hari pertama lalu B keesokan harinya")
    # (a day or month gone by too: "Senin (3/6) lalu", "Agustus 2019 lalu")
    r"\b(?:sebelumnya|sebelum\s+ini|(?:tahun|bulan|pekan|minggu|hari|waktu|malam|sore|pagi|siang|abad|dekade|windu"
    r"|semester|masa|senin|selasa|rabu|kamis|jum'?at|sabtu|ahad|januari|februari|maret|april|mei|juni|juli|agustus"
    r"|september|oktober|november|desember|\d{1,4}\)?)\s+(?:\([^()\n]{1,12}\)\s+)?(?:yang\s+)?lalu|silam|pernah|dulu|dahulu|tahun-tahun|kemarin|giliran|kerap"
    r"|sering|selama\s+ini|biasanya|sudah|telah|berencana|rencananya|depan|pulang|transit|bandara|makan|beristirahat|mampir|singgah|sebentar|pesawat|penerbangan|tiba|mendarat|dijemput|menjemput)\b"
    # ... and "sedang"/"tengah", somebody's doing now ("Wali Kota sedang berada di A"), unless the doing is the trip
    # itself: "tujuh anggota Komisi I tengah studi banding … di B", "rombongan sedang melakukan kunjungan kerja ke C"
    r"|\b(?:sedang|tengah)\b(?!\s+(?:(?:melakukan|melaksanakan|menjalankan|menjalani|mengikuti)\s+)?(?:"
    + verbs.TRIP_NAMES
    + r"|kaji\s+banding)\b)",
    _I,
)
_OPENS_THEN = re.compile(r"\s*lalu\b", _I)
# what makes the place no destination of a trip told in the clause: the place a group comes from, a
# place only compared or cited, a trip refused, called off or past wishing
_NOT_A_TRIP = re.compile(
    r"\b(?:dari|asal|seperti|misalnya|contohnya|layaknya|sebagaimana|tidak|tak|bukan|belum|batal|dilarang"
    r"|melarang|larangan|menolak|ditolak|ingin|berharap|mengundang|diundang|agar|supaya|diterapkan|menerapkan"
    r"|berkantor|berkedudukan|beralamat|bermarkas|berpusat|berasal)\b",
    _I,
)
# a trip only supposed: "jika studi banding ke B, biayanya besar", "khawatir apabila kunker ke C"; but "jika
# Komisi A ke D, Komisi B ke E" sets two sub-groups' trips side by side
_SUPPOSED_TRIP = re.compile(
    r"\b(?:" + verbs.SUPPOSING + r")\b(?!\s+(?:komisi|pansus|fraksi|kelompok|tim|rombongan|gelombang|angkatan)\s+"
    r"(?:(?-i:[IVX]{1,4}|[A-H])|\d{1,2}|pertama|kedua|ketiga|keempat|kelima)\b)",
    _I,
)
# a place the group only lodges at, told after the verb with no word of going or learning between ("rombongan
# menginap di Kabupaten A", "bermalam di sebuah hotel di Kota B"): a halt, no leg
_LODGED_AT = re.compile(
    r"\b(?:menginap|bermalam)\b(?:(?!\b(?:ke|mengunjungi|berkunjung|belajar|studi|meninjau|menuju)\b)[^.;])*$", _I
)
# the clause's own count of its group ("12 anggota ke Kota B", "lima orang peserta di C"); never summed
_COUNT_OF_GROUP = re.compile(
    r"\b(?P<n>\d{1,3}|" + numbers.cardinal_words(2, 60) + r")\s+(?:orang\s+)?(?:anggota|peserta|orang|personel)\b",
    _I,
)
# a trip called off, in any clause of its sentence ("Dewan membatalkan kunker ke A"; "urung … ke B")
_CALLED_OFF = re.compile(r"\b(?:" + verbs.CALLED_OFF + r"|membatalkan|pembatalan)\b", _I)
# a village, district or street named after a regency: the name is the smaller place's
_SMALLER_PLACE = re.compile(r"\b(?:desa|kelurahan|kecamatan|dusun|kampung|gampong|nagari|jalan|jl\.?)\s*$", _I)
# a place named just before, the province after it its address
_ADDRESS = re.compile(
    r"\b(?:Kabupaten|Kota|Kab\.|Desa|Kecamatan)\s+(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*\s*,\s*(?:Provinsi\s+)?$"
)
# ... or written right after a place the text reads ("Magelang, Provinsi X")
_AFTER_A_PLACE = re.compile(r"\s*,\s*(?:(?:Provinsi|Prov\.)\s*)?")
# a cheap gate before any clause is read: a word of going or being at somewhere
_NEEDLES = (" ke ", " di ", "menuju", "mengunjungi", "menyambangi", "mendatangi", "menyinggahi", "meninjau")


def _clause(text: str, sent: tuple[int, int], at: int) -> tuple[int, int]:
    """The clause of the sentence `sent` holding the position `at`."""
    lo, hi = sent
    for m in _CLAUSE_END.finditer(text, lo, hi):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at:
            hi = m.start()
            break
    return lo, hi


def _inside(region, other) -> bool:
    """`region` is `other` or lies in it, or `other` lies in it (a province and its regency)."""
    if region is None or other is None:
        return False
    if region.name == other.name:
        return True
    return (other.kind == "province" and region.province == other.name) or (
        region.kind == "province" and other.province == region.name
    )


@cache
def _region_of(province: str | None, regency: str | None):
    from diklat_cli.extract import places

    if regency:
        return places.regency(regency)
    if province:
        return next((r for r in places.regions_named(province) if r.kind == "province"), None)
    return None


def clause_visits(text: str, sents, resolved: list[Place], results: list[Extraction]) -> None:
    """Add to `results` a record for each trip event told in a clause of its own to a region no record
    goes to (see the module's docstring)."""
    if not results or not resolved:
        return
    taken = []
    for r in results:
        v = r.visit
        taken.append(_region_of(v.destination.province, v.destination.regency))
        taken.append(_region_of(v.origin.province, v.origin.regency))
    if any(t is None for t in taken[::2]):
        return  # a record with no destination at home (abroad, unknown): nothing to set beside it
    if any(d == o for d, o in zip(taken[::2], taken[1::2], strict=True)):
        return  # a record going to its senders' own home: the roles read are in doubt, nothing to add to them
    # (a place a trip to which the article says was called off is gone to nowhere in it, however else it is told:
    # called_off.called_off_regions)
    off = called_off_regions(text, sents, resolved)
    fresh = [p for p in resolved if not any(_inside(p.region, t) for t in taken) and p.region.name not in off]
    if not fresh:
        return
    low = text.lower()
    if not any(n in low for n in _NEEDLES):
        return
    found: list[tuple[Place, tuple[int, int]]] = []
    sender = " ".join(r.visit.origin.institution or "" for r in results)
    for p in fresh:
        sent = sentence_at(sents, p.mention.start)
        clause = _clause(text, sent, p.mention.start)
        if _why_not(text, sents, resolved, taken, p, sent, clause, sender) is None:
            found.append((p, clause))
    # a regency a letter away from a destination found, told as a leg in one clause only and of no sub-group of
    # its own, is that destination misspelt (the one or the other): no leg ("studi tiru di Kabupaten Bandung" of a
    # trip to Badung); "Komisi A ke Bandung" beside "Komisi B ke Badung" are two
    found = [
        (p, c)
        for p, c in found
        if sum(q.region == p.region for q, _ in found) > 1
        or _SUBGROUP.search(text, c[0], c[1])
        or not any(_a_typo_of(p.region, t) for t in taken[::2])
    ]
    # a province named with a regency of it in the same clause is that regency's ("Kota A, Sulawesi Utara")
    regions = []
    for p, clause in found:
        if len(p.mention.candidates) > 1 and not p.mention.explicit_kind:
            # "Komisi C di Bogor": the kota or the kabupaten, the report does not say which: their province
            # (where a record goes to the province or to one of the two, the name is read as that one; a record going
            # to another town of the province leaves the name a leg of its own: "ke Kediri" beside a trip to Malang)
            province = _region_of(p.region.province, None)
            if province is None or any(
                t is not None and (t.name == province.name or any(_inside(c, t) for c in p.mention.candidates))
                for t in taken
            ):
                continue
            p = Place(p.mention, province, p.dest, p.origin)
        if (
            any(
                q.mention is not p.mention
                and q.region.kind != "province"
                and q.region.province == p.region.name
                and c == clause
                for q, c in found
            )
            and p.region.kind == "province"
        ):
            continue
        if any(_inside(p.region, r) for r, _, _ in regions):
            continue
        regions.append((p.region, p, clause))
    base = results[0]
    for region, p, clause in regions:
        visit = base.visit.model_copy(deep=True)
        visit.destination = Destination(
            province=region.province,
            regency=region.name if region.kind != "province" else None,
            host=p.mention.text,
        )
        visit.host_agencies = []
        evidence = dict(base.evidence)
        evidence["destination.province"] = Evidence(spans=[(p.mention.start, p.mention.end)], confidence=0.5)
        evidence.pop("host_agencies", None)
        count = _COUNT_OF_GROUP.search(text, clause[0], clause[1])
        if count and (n := numbers.parse_int(count.group("n"))):
            visit.participants = n
            evidence["participants"] = Evidence(spans=[(count.start("n"), count.end("n"))], confidence=0.5)
        results.append(Extraction(visit=visit, evidence=evidence))


def _edits(a: str, b: str) -> int:
    """The number of letters to change, add or drop to turn `a` into `b` (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _a_typo_of(region, other) -> bool:
    """`region`'s name is a slip of the pen away from `other`'s ("Badung"/"Bandung", "Subang"/"Sabang"): one
    letter in a name of five letters or more, of a regency in another province. A tour goes to neighbours;
    one trip to two far regencies whose names differ by a letter is rare, a spelling slip is not."""
    if other is None or region == other or region.kind == "province" or other.kind == "province":
        return False
    if region.province == other.province:
        return False  # "Magelang"/"Magetan" style neighbours are toured together
    a, b = region.bare.casefold(), other.bare.casefold()
    return abs(len(a) - len(b)) <= 1 and min(len(a), len(b)) >= 5 and _edits(a, b) == 1


def _why_not(
    text: str, sents, resolved: list[Place], taken: list, p: Place, sent, clause, sender: str = ""
) -> str | None:
    """Why the place `p` is no leg of a trip told in its clause, or None when it is one."""
    at = p.mention.start
    title_end = text.find("\n", len(text) - len(text.lstrip()))
    if at < title_end:
        return "named in the headline"  # a title names a trip loosely ("… ke Jogja" of a trip to Klaten)
    before = text[clause[0] : at]
    if _SMALLER_PLACE.search(before):
        return "the name of a smaller place"  # "Desa Tegal Harum", "Jalan Bandung"
    going = _GOING_BEFORE.search(before)
    trip_words, lead, told_to = before, 0, at
    if going is not None:
        # (the seat of the unit gone to, "yang berkantor di", is no third party's office)
        trip_words = before[: going.start("seat")] if going.group("seat") else before
        lead = going.start()
    elif (done := _DONE_BEFORE.search(before)) is not None and _GOES_ON_AFTER.match(text, p.mention.end, clause[1]):
        lead, told_to = done.start(), clause[1]  # (the group going on is told after the place)
    else:
        return "no word of going before it"
    if _NOT_A_TRIP.search(trip_words) or not (
        _GROUP_IN_CLAUSE.search(text, clause[0], clause[1]) or _THEY_GO_ON.search(text, clause[0], told_to)
    ):
        return "no trip of a group"
    if _LODGED_AT.search(before):
        return "a place lodged at"
    # a trip only proposed, wished, weighed or passed over ("mengusulkan studi banding ke A", "memilih C ketimbang
    # ke D"; verbs.PROPOSED_TRIP), or supposed, before the place in its clause: no trip of the report's
    if verbs.PROPOSED_TRIP.search(before) or _SUPPOSED_TRIP.search(before):
        return "a trip proposed, wished or supposed, or passed over"
    # (a clause opened by ", lalu" goes on from the clause before it, whose place the list readers weigh with it: "ikut
    # pelatihan di A, lalu belajar di B" leaves B to them; "lalu" inside a clause, "A pada hari pertama lalu B", is
    # the next leg)
    if (
        _OPENS_THEN.match(text, clause[0]) is not None
        or _ANOTHER_TIME.search(text, clause[0], clause[1])
        or _CALLED_OFF.search(text, sent[0], sent[1])
    ):
        return "another time, a halt, or called off"
    kind = p.mention.explicit_kind
    if not p.mention.text[:1].isupper():
        return "an uncertain name"
    if len(p.mention.candidates) > 1 and not kind and len({c.province for c in p.mention.candidates}) > 1:
        return "an uncertain name"  # (a name of a kota and a kabupaten of one province gives that province)
    if kind in ("kota", "kabupaten") and p.region.kind != kind:
        return "a name read against the kind written with it"  # "Walikota A" of a kabupaten: a misreading
    if p.region.kind == "province" and (
        _ADDRESS.search(text, 0, at)
        or any(q.mention.end <= at and _AFTER_A_PLACE.fullmatch(text, q.mention.end, at) for q in resolved)
    ):
        return "the province of a place just named"  # "Kabupaten A, Jawa Tengah", "ke Magelang, Provinsi Jogja"
    if any(q.region == p.region and q.origin > q.dest for q in resolved):
        return "the senders' home"
    subject_end = clause[0] + lead
    if any(
        clause[0] <= q.mention.start < subject_end and not any(_inside(q.region, t) for t in taken) for q in resolved
    ):
        return "another place's body is the clause's subject"  # "DPRD Kabupaten B berkunjung ke C"
    other = _OTHER_BODY.search(text, clause[0], subject_end)
    if other and other.group(0) not in sender:
        return "another body's own trip"  # "Sementara itu, Komisi II DPR RI berkunjung ke C"
    if tallies.tally_told(text) and tallies.tallied_at(text, sents, sent, at):
        return "a tally of past trips"
    return None


__all__ = ["clause_visits"]
