"""The words by which reports name the members of a training cohort, defined once.

A programme's participants are "peserta"; a state school names its own: the police and military
schools their "siswa", a staff college its officer students, "perwira siswa" or "pasis" (Sespim,
Seskoad, Sesko TNI), the police staff college its "serdik" (peserta didik), IPDN its "praja", the
academies their "taruna", "taruni" or "kadet"; the basic training (Latsar) its "CPNS", the candidate
civil servants. TRAINEE_WORDS holds them, TRAINEES the same words as regex alternatives ("a|b|c"), to be
written inside a group of the pattern that uses them, beside that pattern's own words, as the classes of
`verbs` are: ``r"\\b(?:" + trainees.TRAINEES + r"|rombongan)\\b"``. Any case: the patterns using them are
compiled with re.IGNORECASE (a pattern that needs "CPNS" in capitals writes it out). The order inside the
class does not matter: with a word boundary after it no word starts another ("perwira" of a pattern's own
words starts "perwira siswa": such a pattern keeps its order).

A pattern that needs fewer words takes them by name, `only("praja", "taruna")`, so that every word it
writes is one of the class; each such use says beside it why it needs fewer.

Before this module, each of these wrote out its own subset of the class:
- cues._HOST_RECEIVES (the host receives the trainees): the whole class;
- cues.LEARNING (who is learnt about, never from whom): peserta, siswa;
- frames._MEMBERS_FROM (where one cohort's members come from): peserta(nya), siswa, pasis, serdik, praja,
  taruna, CPNS (no "taruni", "kadet"); frames._JOINED_BY ("diikuti 40 CPNS A, B …"): peserta, CPNS;
- participants._PEOPLE (the words a count names people by): all but "perwira siswa" (its own "perwira"
  stands for it); the count of a state school's trainees ("164 praja", "40 pasis"): perwira siswa, pasis,
  praja, taruna, taruni, kadet, serdik; "Ke-30 siswa itu": peserta, siswa, pasis, praja, taruna, serdik (and
  its own "perwira"); the trainees' part of a total ("44 orang, terdiri dari 40 peserta …", "36 orang, 30 di
  antaranya peserta"; _TRAINEES_WORD, _trainees_in, _OF_WHOM): peserta alone;
- places' members before their home ("peserta pelatihan asal X"): peserta, pasis, siswa (and "perwira",
  "pemimpin", "pimpinan", "calon");
- place_roles' host of the trip for a group ("lokus studi lapangan bagi peserta …"): peserta, siswa, praja,
  taruna;
- programs._OPEN_BEFORE and _PARTICIPANTS_BEFORE (the course is the travellers'): peserta, siswa;
- visitors' "members" (where one group's members come from): peserta, siswa, praja, taruna, pasis;
- no_visit_signs._GOVERNMENT_PEOPLE (a government group, not students): peserta, praja;
- and "peserta" alone among a pattern's words for the travelling group: stops._TRAVELLING (the travellers
  before a stopover), _STOP_TOLD ("Di Kabupaten A, peserta …"), _OTHER_TRIP ("peserta berikutnya");
  hosts._RECEIVES (an official who receives the group); senders._CONTRAST_OPENER ("sedangkan peserta angkatan
  V"), _TRAVELLERS_WORD; no_visit_signs._TRAVELLERS; place_roles' people of a group before their home.

Now every one of them writes the whole class (frames._MEMBERS_FROM keeps its "pesertanya" beside it; a pattern
whose own words hold "perwira" writes the class first, so "perwira siswa" is read whole), but these three,
for the reasons written beside them:
- participants._SCHOOL_TRAINEES (a bare count, "164 praja"): not "peserta" (counted by the patterns before
  it), "siswa" (a bare "200 siswa" is as often a host school's pupils) nor "CPNS" (a bare "250 CPNS" is as
  often a region's yearly intake); and the patterns that read the words between a count and "peserta" ("tujuh
  calon jenderal peserta", _BEFORE_PESERTA), a shape of "peserta" alone;
- senders._TRAVELLERS_WORD: "peserta" alone (a school's own word for its trainees stands as often in the
  host's words about its guests, beside bodies that did not travel: kh-06 kilasbali split in two with the class);
- no_visit_signs._GOVERNMENT_PEOPLE: not "siswa" (a school's pupils, which no_visit_signs._OUTSIDERS names) nor "taruna"
  (in names outside government: "Karang Taruna", "Universitas Bina Taruna").
"""

from __future__ import annotations

__all__ = ["TRAINEES", "TRAINEE_WORDS", "only"]

# a cohort's members as reports name them: "30 peserta PKA", "75 perwira siswa Seskoau", "40 pasis
# Sespimmen", "30 serdik Sespimti", "164 praja IPDN", "60 taruna Akpol", "taruni", "kadet", "25 CPNS"
TRAINEE_WORDS: tuple[str, ...] = (
    "peserta",
    "siswa",
    "pasis",
    "praja",
    "perwira siswa",
    "CPNS",
    "taruna",
    "taruni",
    "kadet",
    "serdik",
)


def _alternative(word: str) -> str:
    """One word of the class as a regex alternative: its spaces any run of spaces."""
    return word.replace(" ", r"\s+")


TRAINEES = "|".join(_alternative(w) for w in TRAINEE_WORDS)


def only(*words: str) -> str:
    """Some words of the class as alternatives ("a|b"), in the order given; a word outside it is an error."""
    stray = [w for w in words if w not in TRAINEE_WORDS]
    if stray:
        raise ValueError(f"not words for trainees: {stray}")
    return "|".join(_alternative(w) for w in words)
