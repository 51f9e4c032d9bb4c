"""Skipping regex work an article cannot need: the answers must be finditer's answers."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diklat_cli.extract.scanning import folded, leads, match_at, may_match, needles, scan

PATTERN = re.compile(r"(?<!\w)(?:pelatihan|diklat)\s+kepemimpinan\s+(?:administrator|pengawas)\b", re.I)


def test_needles_name_the_words_every_match_holds() -> None:
    groups = needles(PATTERN)
    assert ("kepemimpinan",) in groups
    assert any(set(g) == {"pelatihan", "diklat"} for g in groups)
    assert may_match(groups, folded("Pelatihan Kepemimpinan Pengawas digelar"))
    assert not may_match(groups, folded("Rapat koordinasi banjir di Kota Medan"))


def test_a_dotless_i_turns_skipping_off() -> None:
    # "PELATıHAN" matches under IGNORECASE but its lower case holds no "pelatihan"
    assert folded("PELATıHAN KEPEMıMPıNAN") is None
    assert may_match(needles(PATTERN), None)


def test_leads_are_the_words_a_match_starts_with() -> None:
    assert leads(PATTERN) == ("diklat", "pelatihan")
    assert leads(re.compile(r"\d+ orang")) == ()  # not known: scanned as usual


TEXT = st.lists(
    st.sampled_from(["Pelatihan", "kepemimpinan", "Diklat", "pengawas", "Administrator", " ", "\n", "x", "ı", "-"]),
    max_size=30,
).map("".join)


@given(TEXT)
def test_scan_finds_what_finditer_finds(text: str) -> None:
    expected = [m.span() for m in PATTERN.finditer(text)]
    assert [m.span() for m in scan(PATTERN, leads(PATTERN), text, folded(text))] == expected


def test_match_at_tries_only_the_given_offsets_outside_earlier_matches() -> None:
    pattern = re.compile(r"ab+")
    text = "abbb ab xab"
    assert [m.span() for m in match_at(pattern, text, [0, 1, 5, 9])] == [(0, 4), (5, 7), (9, 11)]
    assert [m.span() for m in match_at(pattern, text, [8])] == []
