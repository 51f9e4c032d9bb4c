"""The words by which reports name the government's own employees, defined once.

A region's or a ministry's people are its "pegawai", its "ASN" (aparatur sipil negara) or, in the older name,
"PNS", its "pejabat" (officials), its "aparatur" or "aparat", its "staf". STAFF_WORDS holds them, STAFF the same
words as regex alternatives ("a|b|c"), to be written inside a group of the pattern that uses them, beside that
pattern's own words, as the classes of `verbs` and `trainees` are. Any case: the patterns using them are compiled
with re.IGNORECASE (programs writes them inside an "(?i:…)"). "aparat" starts "aparatur": the class keeps
"aparatur" first, so a pattern without a word boundary after the group reads the longer word whole.

A pattern that needs fewer words takes them by name, `only("pegawai", "ASN")`, so that every word it writes is one
of the class: each of the patterns below wrote out its own subset, and keeps it (widening one is a change of
behaviour, scored as a rule):
- participants.GOVERNMENT_STAFF (who may go on a trip or an internship as staff) and participants._PEOPLE (the
  words a count names people by): all but "staf";
- frames._MEMBERS_FROM ("terdiri dari pejabat …"): the whole class; its people counted by their office: all but
  "PNS" and "staf";
- cues' place of learning for a group ("menjadi tempat magang bagi 20 pegawai"): pegawai, ASN, pejabat,
  aparatur; cues' people sent to a named place ("mengirim 20 pegawai ke …"): pejabat, pegawai, ASN, staf, aparatur;
- no_visit_signs._GOVERNMENT_PEOPLE: all but "aparat"; no_visit_signs._PEOPLE_GROUP: pejabat, pegawai, ASN, staf
  (and its own wider "aparat\\w*"); no_visit_signs' people sent ("mengutus dua staf"): pejabat, staf, pegawai;
- place_roles.GUESTS_COUNTED_BY: pegawai, ASN, pejabat;
- places._SENDER_PRE: all but "staf" (and its own "aparatur sipil");
- programs' count after a cohort ("Angkatan II dan 40 peserta"): pejabat, ASN, pegawai;
- role_patterns' people of a group before where they are from: pejabat, pegawai, aparatur, staf, ASN; with the
  sub-district named first: pegawai (and its own "aparat\\w*"); the guests as people of an office: pegawai,
  pejabat, staf, aparatur, ASN; the travellers after the place of a study: pejabat, pegawai, ASN, aparatur;
- stops' people counted before a stop: pejabat, ASN, pegawai, staf;
- hosts._LOCAL_HEAD ("aparatur Desa X"): aparatur, aparat.
"""

from __future__ import annotations

__all__ = ["STAFF", "STAFF_WORDS", "only"]

# the government's own employees as reports name them: "20 pegawai Dinas X", "40 ASN", "PNS", "tujuh pejabat",
# "aparatur desa", "aparat kecamatan", "dua staf"
STAFF_WORDS: tuple[str, ...] = ("pegawai", "ASN", "PNS", "pejabat", "aparatur", "aparat", "staf")

STAFF = "|".join(STAFF_WORDS)


def only(*words: str) -> str:
    """Some words of the class as alternatives ("a|b"), in the order given; a word outside it is an error."""
    stray = [w for w in words if w not in STAFF_WORDS]
    if stray:
        raise ValueError(f"not words for government staff: {stray}")
    return "|".join(words)
