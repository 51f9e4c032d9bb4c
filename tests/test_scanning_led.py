"""A pattern rewritten to be led by its first letter finds what it found: the same matches, groups and all."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diklat_cli.extract.scanning import leads, letter_skipped

PATTERNS = [
    re.compile(r"\bke[\s-]+(?:\d|(?:satu|dua|tiga)\b)", re.IGNORECASE),
    re.compile(r"\bsiswa(?:\s+\w+)?", re.IGNORECASE),
    re.compile(r"\bisi\b", re.IGNORECASE),
    re.compile(r"\bdari\s+\d"),
    re.compile(r"\bke\s+\w+", re.IGNORECASE | re.ASCII),
]
# letters that match an ASCII letter under re.IGNORECASE in another form (Kelvin sign, long s, dotted and
# dotless i), word characters and not, around the patterns' own words
ALPHABET = "keKEsSiIdar \n-12x\u212a\u017f\u0130\u0131_é.(\u00b2"


def _answers(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_first_letter_leads_in_each_of_its_forms() -> None:
    led = letter_skipped(PATTERNS[0])
    assert led.pattern.startswith("(?-i:[kK\u212a])(?<!\\w.)e")
    assert letter_skipped(PATTERNS[3]).pattern.startswith("d(?<!\\w.)ari")
    assert letter_skipped(PATTERNS[4]).pattern.startswith("(?-i:[kK])")


def test_a_pattern_it_cannot_follow_is_kept() -> None:
    # (another alternative at the top, a quantified letter, no letter first, an alternation, a capturing group)
    for source in (r"\bke|di", r"\bk?e", r"[a-z]+", r"\b(?:ke|di)\s", r"\bke(\w)"):
        pattern = re.compile(source, re.IGNORECASE)
        assert letter_skipped(pattern) is pattern


@given(st.text(alphabet=ALPHABET, max_size=40))
def test_letter_skipped_finds_what_the_pattern_finds(text: str) -> None:
    for pattern in PATTERNS:
        assert _answers(letter_skipped(pattern), text) == _answers(pattern, text)


def test_two_letter_leads_when_asked() -> None:
    pattern = re.compile(r"\b(?:di|pada)\s+saat\b", re.IGNORECASE)
    assert leads(pattern) == ()
    assert leads(pattern, 2) == ("di", "pada")
