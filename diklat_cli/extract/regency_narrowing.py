"""Narrowing a province gone to to the regency or city where the group learned (`narrow_to_regency`): a
report names the province of the trip and then, once, the regency of the unit, village or hall it learned at,
which is the destination; an address of lodging or passage, the province's own body hosting, a list of
provinces or two regencies leave the province as it is (after the scores are shared, `shared_scores`).
"""

from __future__ import annotations

import re

from diklat_cli.extract import verbs
from diklat_cli.extract.place_roles import Place
from diklat_cli.extract.role_patterns import PASSAGE

_I = re.IGNORECASE


# the region closes the name or address of a unit, village or office: "DPRD Kota A", "Mal Pelayanan Publik
# Kota B", "Desa C, Kecamatan D, Kabupaten E", "Dinas X dan Dinas Y Kabupaten F"
_CLOSES_A_NAME = re.compile(r"(?-i:[A-Z])[\w&)'.-]*\s*,?\s*$")
# ... or of a place one sleeps at or passes through: "menginap di hotel di Kota A", "tiba di Bandara B, Kabupaten C"
_LODGING_OR_PASSAGE = re.compile(
    r"\b(?:hotel|penginapan|wisma|resort|menginap|bermalam|transit|" + PASSAGE + r")\b[^.;\n]{0,60}$",
    _I,
)
# the province's own body named with it, a host or an official of the province: "Dinas Kominfo Provinsi A", "DPRD
# Provinsi B", "Gubernur C", "Sekdaprov D" (a capitalised word right before it; not a preposition of a headline, "Ke",
# nor the province's own title, "Daerah Istimewa Yogyakarta")
_PROVINCE_BODY = re.compile(
    r"(?<![\w-])(?!(?:Ke|KE|Di|DI|Dari|DARI|Menuju|MENUJU|Istimewa|ISTIMEWA)\s)(?-i:[A-Z])[\w&)'.-]*\s+$"
)
# a group setting out for a place: "bertolak ke A", "terbang ke Provinsi B", "bepergian ke Pulau C"
_SET_OUT_TO = re.compile(
    r"\b(?:" + verbs.DEPARTING + r"|bepergian|pergi)\s+(?:ke|menuju)\s+(?:provinsi\s+|pulau\s+)?$", _I
)

# what joins the members of a list of places: "Jawa Tengah dan Bali", "Bali, NTB dan NTT"
_LIST_JOIN = re.compile(r"\s*(?:,|dan|serta|&)\s*(?:provinsi\s+)?", _I)


def _listed_with_another_province(text: str, place: Place, resolved: list[Place]) -> bool:
    """The province mention is a member of a list of provinces ("ke Jawa Tengah dan Bali"): one of several
    places set out for, not the one province a trip went to."""
    for other in resolved:
        if other.region.kind != "province" or other.region == place.region:
            continue
        if other.mention.start >= place.mention.end:
            between = (place.mention.end, other.mention.start)
        elif other.mention.end <= place.mention.start:
            between = (other.mention.end, place.mention.start)
        else:
            continue
        if between[1] - between[0] <= 20 and _LIST_JOIN.fullmatch(text, *between):
            return True
    return False


def narrow_to_regency(text: str, resolved: list[Place]) -> None:
    """A report names the province a trip went to ("studi banding ke Bali") and then, once, the regency or
    city where the group learned: a unit, a village or a hall of it ("diterima di DPRD Kota A", "belajar di
    Desa B, Kabupaten C", "Kegiatan itu dilaksanakan di Kabupaten D"). The destination is the most precise
    region named for the place the group learned at, so that regency takes the province's weight as a place
    gone to; an address of lodging or passage ("menginap di hotel di Kota E") is no such place, nor is any
    region where the province's own body hosts, and two regencies of the province leave it as it is."""
    by_province: dict[str, list[Place]] = {}
    for p in resolved:
        if p.region.kind != "province" and p.region.province:
            by_province.setdefault(p.region.province, []).append(p)
    if not by_province:
        return
    for name, towns in by_province.items():
        prov = [p for p in resolved if p.region.kind == "province" and p.region.name == name]
        weight = sum(p.dest for p in prov)
        if weight < 2 or any(p.origin > p.dest for p in prov):
            continue
        if any(
            p.mention.government or _PROVINCE_BODY.search(text, max(0, p.mention.start - 30), p.mention.start)
            for p in prov
        ):
            continue
        regions = {p.region for p in towns}
        if len(regions) != 1 or any(p.origin > 0 for p in towns):
            continue
        if any(_listed_with_another_province(text, p, resolved) for p in prov):
            continue  # one of several provinces set out for: the frames pair each with its own regency
        if any(_LODGING_OR_PASSAGE.search(text, max(0, p.mention.start - 70), p.mention.start) for p in towns):
            continue
        learned = [
            p
            for p in towns
            if p.dest >= 2
            or (p.mention.explicit_kind and _CLOSES_A_NAME.search(text, max(0, p.mention.start - 40), p.mention.start))
        ]
        if learned:
            # the province only locates the regency, as when written right after it ("Kabupaten A, Provinsi B"):
            # its weight as a place gone to is the regency's (a unit's region weighs 1 at least, as a bare "di")
            learned[0].dest = max(learned[0].dest, 1.0) + weight
            for p in prov:
                if _SET_OUT_TO.search(text, max(0, p.mention.start - 40), p.mention.start):
                    # the group setting out for the province ("bertolak ke A", "terbang ke B") sets out for the
                    # regency it learned at: one stop, not a second one beside it
                    p.region = learned[0].region
