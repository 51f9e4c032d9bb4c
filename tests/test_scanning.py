"""Skipping regex work an article cannot need: the answers must be finditer's answers."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diklat_cli.extract.scanning import (
    folded,
    leads,
    letter_skipped,
    match_at,
    may_match,
    may_match_within,
    needles,
    scan,
)

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


# a pattern rewritten to be led by its first letter finds what it found: the same matches, groups and all
LED_PATTERNS = [
    re.compile(r"\bke[\s-]+(?:\d|(?:satu|dua|tiga)\b)", re.IGNORECASE),
    re.compile(r"\bsiswa(?:\s+\w+)?", re.IGNORECASE),
    re.compile(r"\bisi\b", re.IGNORECASE),
    re.compile(r"\bdari\s+\d"),
    re.compile(r"\bke\s+\w+", re.IGNORECASE | re.ASCII),
]
# letters that match an ASCII letter under re.IGNORECASE in another form (Kelvin sign, long s, dotted and
# dotless i), word characters and not, around the patterns' own words
LED_ALPHABET = "keKEsSiIdar \n-12x\u212a\u017f\u0130\u0131_é.(\u00b2"


def _answers(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_first_letter_leads_in_each_of_its_forms() -> None:
    led = letter_skipped(LED_PATTERNS[0])
    assert led.pattern.startswith("(?-i:[kK\u212a])(?<!\\w.)e")
    assert letter_skipped(LED_PATTERNS[3]).pattern.startswith("d(?<!\\w.)ari")
    assert letter_skipped(LED_PATTERNS[4]).pattern.startswith("(?-i:[kK])")


def test_a_pattern_it_cannot_follow_is_kept() -> None:
    # (another alternative at the top, a quantified letter, no letter first, an alternation, a capturing group)
    for source in (r"\bke|di", r"\bk?e", r"[a-z]+", r"\b(?:ke|di)\s", r"\bke(\w)"):
        pattern = re.compile(source, re.IGNORECASE)
        assert letter_skipped(pattern) is pattern


@given(st.text(alphabet=LED_ALPHABET, max_size=40))
def test_letter_skipped_finds_what_the_pattern_finds(text: str) -> None:
    for pattern in LED_PATTERNS:
        assert _answers(letter_skipped(pattern), text) == _answers(pattern, text)


def test_two_letter_leads_when_asked() -> None:
    pattern = re.compile(r"\b(?:di|pada)\s+saat\b", re.IGNORECASE)
    assert leads(pattern) == ()
    assert leads(pattern, 2) == ("di", "pada")


# the fast paths of two patterns of visits and frames must answer as the patterns they stand for
COUNTED = st.lists(
    st.sampled_from(
        [
            "120",
            "7",
            "ratusan",
            "Puluhan",
            "rombongan",
            "Kunjungan",
            "daerah",
            "studi",
            "tamu",
            "dari",
            "DPRD",
            "3",
            "kabupaten",
            "grup",
            "delegasi",
            "tiga",
            " ",
            "  ",
            "\n",
            "_",
            "x",
            "ı",
            "-",
        ]
    ),
    max_size=24,
).map("".join)


@given(COUNTED)
def test_groups_counted_answers_as_its_pattern(text: str) -> None:
    from diklat_cli.extract.no_visit_signs import _GROUPS_COUNTED, _groups_counted

    assert _groups_counted(text) == (_GROUPS_COUNTED.search(text) is not None)


@given(COUNTED)
def test_guests_counted_asks_its_pattern_whenever_the_core_holds(text: str) -> None:
    from diklat_cli.extract.frames import _GUESTS_COUNTED, _GUESTS_COUNTED_CORE, _guests_counted

    expected = list(_GUESTS_COUNTED.finditer(text)) if _GUESTS_COUNTED_CORE.search(text) else []
    assert [m.span() for m in _guests_counted(text)] == [m.span() for m in expected]


# a window gate (`may_match_within`) is the pattern's own needles: whatever word the pattern opens with (its leads,
# read from the pattern apart from its needles) and whatever word follows it, a window it matches in is admitted
def test_the_window_gate_admits_every_word_its_pattern_opens_with() -> None:
    from diklat_cli.extract.participants import _UNIT_SIZE_BEFORE, _UNIT_SIZE_NEEDLES
    from diklat_cli.extract.shared_scores import _VILLAGE_LOCATED, _VILLAGE_LOCATED_NEEDLES

    cases = [
        (_VILLAGE_LOCATED, _VILLAGE_LOCATED_NEEDLES, "Warga tahu. {} Sukamulya {} di Kecamatan Tanjung, ", words)
        for words in ("adalah salah satu desa", "merupakan desa", "berada", "ini terletak", "berlokasi")
    ] + [
        (_UNIT_SIZE_BEFORE, _UNIT_SIZE_NEEDLES, "Rombongan besar: {} " + unit + " {} ", words)
        for unit in ("pansus", "komisi", "fraksi", "panitia khusus")
        for words in ("isinya", "berisi sekitar", "beranggotakan", "terdiri atas", "berjumlah", "diisi oleh")
    ]
    for pattern, needles_, shape, words in cases:
        opening = leads(pattern)
        assert opening
        for word in opening:
            for form in (word, word.upper(), word.title()):
                text = shape.format(form, words)
                start = text.index(form) - 2
                assert pattern.search(text, start, len(text)) is not None, text
                assert may_match_within(needles_, folded(text), start, len(text)), text
                # (the window ends with the opening word: the words that follow it are not there to admit it)
                assert not may_match_within(needles_, folded(text), start, text.index(form) + len(form))


WINDOWED = st.lists(
    st.sampled_from(
        ["Setiap", "per", "satu", "Komisi", "pansus", "panitia", "khusus", "berisi", "terdiri", "atas"]
        + [" ", "  ", "\n", ".", "x", "ı", "sekitar"]
    ),
    max_size=16,
).map("".join)


@given(WINDOWED, st.integers(0, 40), st.integers(0, 40))
def test_the_window_gate_never_turns_away_a_window_its_pattern_matches_in(text: str, start: int, end: int) -> None:
    from diklat_cli.extract.participants import _UNIT_SIZE_BEFORE, _UNIT_SIZE_NEEDLES

    if _UNIT_SIZE_BEFORE.search(text, start, end) is not None:
        assert may_match_within(_UNIT_SIZE_NEEDLES, folded(text), start, end)
