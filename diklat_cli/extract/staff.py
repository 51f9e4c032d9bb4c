"""The words by which reports name the government's own employees, defined once.

A region's or a ministry's people are its "pegawai", its "ASN" (aparatur sipil negara) or, in the older name,
"PNS", its "pejabat" (officials), its "aparatur" or "aparat", its "staf". STAFF_WORDS holds them, STAFF the same
words as regex alternatives ("a|b|c"), to be written inside a group of the pattern that uses them, beside that
pattern's own words, as the classes of `verbs` and `trainees` are. Any case: the patterns using them are compiled
with re.IGNORECASE (programs writes them inside an "(?i:…)"). "aparat" starts "aparatur": the class keeps
"aparatur" first, so a pattern without a word boundary after the group reads the longer word whole.

A pattern that needs fewer words takes them by name, `only("pegawai", "ASN")`, so that every word it writes is one
of the class. Each pattern that had its own subset before the class existed keeps it (widening one is a change of
behaviour, scored as a rule); which pattern takes which words is read where it is written (`staff.only(`).
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
