from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diklat_cli.extract import numbers
from diklat_cli.extract.numbers import (
    NUMBER_WORDS_RE,
    find_numbers,
    ordinal_to_int,
    parse_int,
    roman_to_int,
    words_to_int,
)

# --------------------------------------------------------------------------- roman


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("I", 1),
        ("III", 3),
        ("IV", 4),
        ("IX", 9),
        ("XIII", 13),
        ("XVI", 16),
        ("XIX", 19),
        ("XXXIV", 34),
        ("LI", 51),
        ("LXII", 62),
        ("LXIII", 63),
        ("XCIX", 99),
        ("CD", 400),
        ("MCMXC", 1990),
        ("MMXXIV", 2024),
        ("lxii", 62),
        ("Xiv", 14),
        (" VII ", 7),
    ],
)
def test_roman_valid(s: str, value: int) -> None:
    assert roman_to_int(s) == value


@pytest.mark.parametrize("s", ["", "   ", "IIII", "IC", "VV", "XXXX", "IL", "VX", "MMMM", "ABC", "12", "X I", "IIV"])
def test_roman_invalid(s: str) -> None:
    assert roman_to_int(s) is None


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("nol", 0),
        ("satu", 1),
        ("empat", 4),
        ("sembilan", 9),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("sembilan belas", 19),
        ("tiga puluh", 30),
        ("tiga puluh tujuh", 37),
        ("seratus", 100),
        ("seratus satu", 101),
        ("seratus dua puluh lima", 125),
        ("dua ratus lima belas", 215),
        ("seribu", 1000),
        ("seribu dua ratus", 1200),
        ("dua ribu delapan belas", 2018),
        ("seratus lima puluh ribu", 150000),
        ("sebelas ribu", 11000),
        ("satu juta", 1_000_000),
        ("sejuta", 1_000_000),
        ("dua juta lima ratus ribu", 2_500_000),
        ("tiga miliar", 3_000_000_000),
        ("Tiga  Puluh", 30),
        ("EMPAT PULUH", 40),
    ],
)
def test_words_to_int(s: str, value: int) -> None:
    assert words_to_int(s) == value


@pytest.mark.parametrize(
    "s",
    [
        "",
        "dua dan tiga",
        "dua tiga",
        "puluhan",
        "ratusan",
        "dua puluhan",
        "belas",
        "puluh",
        "ribu",
        "satu puluh",
        "ribu dua",
        "dua ribu tiga ribu",
        "lima orang",
        "kedua",
        "seratusan",
        "40",
        "empat-puluh",
        "satu-satunya",
    ],
)
def test_words_to_int_rejects(s: str) -> None:
    assert words_to_int(s) is None


# --------------------------------------------------------------------------- parse_int


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("40", 40),
        ("007", 7),
        ("1.341.447", 1341447),
        ("112.998", 112998),
        ("1,341,447", 1341447),
        ("tiga puluh", 30),
        (" 25 ", 25),
        ("seratus", 100),
    ],
)
def test_parse_int(s: str, value: int) -> None:
    assert parse_int(s) == value


@pytest.mark.parametrize("s", ["", "98,36", "1,341", "13.00", "2.5", "-3", "40 peserta", "puluhan", "1.34.447", "XIV"])
def test_parse_int_rejects(s: str) -> None:
    assert parse_int(s) is None


# --------------------------------------------------------------------------- ordinals


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("pertama", 1),
        ("kesatu", 1),
        ("kedua", 2),
        ("ketiga", 3),
        ("kelima", 5),
        ("kesepuluh", 10),
        ("kesebelas", 11),
        ("kedua belas", 12),
        ("kedua puluh satu", 21),
        ("ke-2", 2),
        ("ke 2", 2),
        ("ke- 2", 2),
        ("ke-16", 16),
        ("ke16", 16),
        ("Ke-7", 7),
        ("KELIMA", 5),
        ("ke-dua", 2),
        ("ke-XVI", 16),
        ("ke IV", 4),
    ],
)
def test_ordinal_to_int(s: str, value: int) -> None:
    assert ordinal_to_int(s) == value


@pytest.mark.parametrize(
    "s", ["", "ke", "ke-", "ke-0", "kemarin", "kedi", "kecil", "dua", "2", "pertamax", "ke-puluhan"]
)
def test_ordinal_rejects(s: str) -> None:
    assert ordinal_to_int(s) is None


# --------------------------------------------------------------------------- find_numbers


def _found(text: str) -> list[tuple[str, int]]:
    return [(text[s:e], v) for s, e, v in find_numbers(text)]


def test_find_numbers_digits_and_words() -> None:
    text = "Rombongan tiga puluh peserta dan 4 pendamping tiba; total 1.250 orang hadir."
    assert _found(text) == [("tiga puluh", 30), ("4", 4), ("1.250", 1250)]


def test_find_numbers_keeps_separate_words_apart() -> None:
    assert _found("kelompok dua dan tiga") == [("dua", 2), ("tiga", 3)]
    assert _found("dua tiga orang") == [("dua", 2), ("tiga", 3)]


def test_find_numbers_long_phrase_is_one_number() -> None:
    assert _found("Ada seratus dua puluh lima ASN.") == [("seratus dua puluh lima", 125)]


def test_find_numbers_skips_non_counts() -> None:
    text = (
        "Nilai 87,45 dicapai pukul 09.30 pada Selasa (2/7/2024); ke-3 kali; Covid-19; "
        "puluhan pegawai dan ratusan warga; lima puluhan orang; satu-satunya; 20-25 orang; PKP2A"
    )
    assert _found(text) == []


def test_find_numbers_counts_population_with_dots() -> None:
    assert _found("dihuni 2.004.310 jiwa") == [("2.004.310", 2004310)]


def test_number_words_re_embeds() -> None:
    # Other extractors put it inside their own patterns, with or without IGNORECASE.
    pattern = re.compile(rf"({NUMBER_WORDS_RE})\s+peserta")
    m = pattern.search("Sebanyak Empat Puluh Dua peserta datang")
    assert m is not None and words_to_int(m.group(1)) == 42
    assert re.fullmatch(NUMBER_WORDS_RE, "dua belas")
    assert not re.search(NUMBER_WORDS_RE, "kedua")


def test_number_words_re_is_a_module_attribute() -> None:
    assert isinstance(numbers.NUMBER_WORDS_RE, str)
    with pytest.raises(AttributeError):
        numbers.NO_SUCH_NAME  # noqa: B018


# --------------------------------------------------------------------------- properties

_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _spell_small(n: int) -> list[str]:
    out: list[str] = []
    h, rest = divmod(n, 100)
    if h == 1:
        out.append("seratus")
    elif h:
        out += [_UNITS[h], "ratus"]
    t, u = divmod(rest, 10)
    if rest == 10:
        out.append("sepuluh")
    elif rest == 11:
        out.append("sebelas")
    elif t == 1:
        out += [_UNITS[u], "belas"]
    else:
        if t:
            out += [_UNITS[t], "puluh"]
        if u:
            out.append(_UNITS[u])
    return out


def _spell(n: int) -> str:
    if n == 0:
        return "nol"
    words: list[str] = []
    scales = ((10**9, "miliar", None), (10**6, "juta", None), (1000, "ribu", "seribu"))
    for scale, name, se in scales:
        q, n = divmod(n, scale)
        if q == 1 and se:
            words.append(se)
        elif q:
            words += [*_spell_small(q), name]
    words += _spell_small(n)
    return " ".join(words)


def _to_roman(n: int) -> str:
    out = ""
    for value, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += sym
            n -= value
    return out


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_words_round_trip(n: int) -> None:
    spelled = _spell(n)
    assert words_to_int(spelled) == n
    assert parse_int(spelled) == n
    assert [v for _, _, v in find_numbers(f"ada {spelled} orang")] == [n]


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(n: int) -> None:
    assert roman_to_int(_to_roman(n)) == n
    assert roman_to_int(_to_roman(n).lower()) == n


@given(st.text(alphabet="IVXLCDMivxlcdm", max_size=10))
def test_roman_only_canonical(s: str) -> None:
    value = roman_to_int(s)
    assert value is None or _to_roman(value) == s.upper()


_TOKENS = [
    "satu",
    "dua",
    "sebelas",
    "belas",
    "puluh",
    "puluhan",
    "ratus",
    "seratus",
    "ribu",
    "seribu",
    "juta",
    "dan",
    "ke",
    "ke-",
    "-",
    " ",
    ",",
    ".",
    "0",
    "7",
    "12",
    "1.000",
    "pertama",
    "kelima",
    "XIV",
    "peserta",
]


@given(
    st.one_of(
        st.text(max_size=200),
        st.lists(st.sampled_from(_TOKENS), max_size=20).map(" ".join),
        st.lists(st.sampled_from(_TOKENS), max_size=20).map("".join),
    )
)
def test_parsers_never_raise_nor_go_negative(text: str) -> None:
    for fn in (roman_to_int, words_to_int, parse_int):
        v = fn(text)
        assert v is None or v >= 0
    o = ordinal_to_int(text)
    assert o is None or o >= 1
    last_end = 0
    for s, e, v in find_numbers(text):
        assert last_end <= s < e <= len(text)
        assert v >= 0
        assert parse_int(text[s:e]) == v
        last_end = e


def test_count_words_read_up_to_hundreds_of_thousands_only() -> None:
    count = re.compile(numbers.COUNT_WORDS_RE)
    for text, value in [("empat puluh", 40), ("seratus dua puluh lima", 125), ("dua ratus lima puluh ribu", 250_000)]:
        assert count.fullmatch(text), text
        assert numbers.parse_int(text) == value
    # a million is not a head count: only the words before "juta" are read as a number
    assert count.match("dua juta").group() == "dua"
    assert re.compile(numbers.NUMBER_WORDS_RE).fullmatch("dua juta")


def test_small_count_and_ordinal_words_come_from_the_data_file() -> None:
    # the alternatives other modules build their patterns from, each read back by this module
    few = numbers.cardinal_words(2, 6).split("|")
    assert few == ["dua", "tiga", "empat", "lima", "enam"]
    assert [parse_int(w) for w in few] == [2, 3, 4, 5, 6]
    ordinals = numbers.ordinal_words(1, 5).split("|")
    assert ordinals[:2] == ["pertama", "kesatu"] and ordinals[-1] == "kelima"
    assert [ordinal_to_int(w) for w in ordinals] == [1, 1, 2, 3, 4, 5]
    assert numbers.ordinal_words(2, 2) == "kedua"
    assert numbers.multiplier_words("teen", "tens") == "belas|puluh"
    # "kelompok yang masing-masing berjumlah dua belas orang": the group count pattern reads the teen word
    assert re.search(
        r"\b(?:" + numbers.cardinal_words(2, 9) + r")\s+(?:" + numbers.multiplier_words("teen") + r")\b",
        "masing-masing dua belas orang",
    )


@pytest.mark.parametrize(
    ("written", "value"),
    [("tigapuluh dua", 32), ("duabelas", 12), ("limaratus", 500), ("empatpuluh", 40), ("Duapuluh lima", 25)],
)
def test_multiplier_glued_to_its_unit(written: str, value: int) -> None:
    # regional reports write "tigapuluh", "duabelas" as one word
    assert words_to_int(written) == value
    assert [v for _, _, v in find_numbers(f"sebanyak {written} peserta")] == [value]


def test_glued_derived_word_is_no_number() -> None:
    assert find_numbers("tigapuluhan peserta") == []
