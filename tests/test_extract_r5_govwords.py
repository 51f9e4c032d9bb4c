"""The words of a region's government, one definition (places.GOVERNMENT_WORD) used by every pattern
that names them: "Pemprop", "Pemko", "Pemda" and "Pemerintah Provinsi/Kabupaten/Kota" beside "Pemkab",
"Pemkot", "Pemprov". Sentences written for the rules, not taken from any report."""

from __future__ import annotations

import re

import pytest

from diklat_cli.extract import cues, frames, place_roles, places, senders, visits


def _origin_pattern(word: str) -> re.Pattern[str]:
    return next(p for p, _ in place_roles._ORIGIN_PRE if word in p.pattern)


# ------------------------------------------------------------------ the one definition


@pytest.mark.parametrize("word", ["Pemerintah", "Pemprov", "Pemprop", "Pemkab", "Pemkot", "Pemko", "Pemda", "PEMDA"])
def test_every_government_word_is_in_the_class(word: str) -> None:
    assert re.fullmatch(places.GOVERNMENT_WORD, word, re.I)
    assert word.lower() in places.GOVERNMENT_WORDS


@pytest.mark.parametrize("word", ["Pemdes", "Pembangunan", "Pemuda", "Pemkabnya"])
def test_near_misses_are_no_government_word(word: str) -> None:
    assert not re.fullmatch(places.GOVERNMENT_WORD, word, re.I)


def test_pemprop_prefixes_a_province() -> None:
    found = places.find_places("rombongan Pemprop Sulawesi Selatan")
    assert [m.candidates[0].name for m in found] == ["Sulawesi Selatan"]
    assert found[0].government


# ------------------------------------------------------------------ visits: the travelling body


@pytest.mark.parametrize(
    "text",
    [
        "Pemda Kabupaten Sigi melakukan studi banding ke Kota Palu.",
        "Pemko Medan melaksanakan kunjungan kerja ke Kota Surabaya.",
        "Pemprop Jambi menggelar studi banding ke Kota Bandung.",
        "Pemda Sumbawa akan studi tiru ke Kabupaten Banyuwangi.",
    ],
)
def test_any_government_word_holds_the_trip(text: str) -> None:
    assert visits._TRAVELLERS.search(text)


@pytest.mark.parametrize(
    "text", ["Pemuda Desa menggelar studi banding ke Kota X.", "Pembangunan Kota Y melakukan studi banding."]
)
def test_words_that_only_begin_like_pem_hold_no_trip(text: str) -> None:
    assert not visits._TRAVELLERS.search(text)


@pytest.mark.parametrize("text", ["jajaran Pemda", "staf Pemko", "pejabat Pemprop", "rombongan Pemda"])
def test_any_government_word_names_government_people(text: str) -> None:
    assert visits._GOVERNMENT_PEOPLE.search(text)


@pytest.mark.parametrize("text", ["mahasiswa Pemuda", "siswa Pembangunan"])
def test_near_misses_name_no_government_people(text: str) -> None:
    assert not visits._GOVERNMENT_PEOPLE.search(text)


# ------------------------------------------------------------------ cues: the activity going to a government


@pytest.mark.parametrize(
    "text",
    [
        "melakukan studi banding ke Pemda Sigi",
        "kunjungan kerja ke pemda setempat",
        "studi tiru ke pemprop tetangga",
        "benchmarking di pemda yang lebih maju",
    ],
)
def test_an_activity_to_any_government_word(text: str) -> None:
    assert cues.ACTIVITY_TO_PLACE.search(text)


@pytest.mark.parametrize("text", ["studi banding ke pemudanya", "studi banding di pembangunan itu"])
def test_an_activity_to_a_pem_word_that_is_no_government(text: str) -> None:
    assert not cues.ACTIVITY_TO_PLACE.search(text)


# ------------------------------------------------------------------ frames: lists and a province's bodies


@pytest.mark.parametrize(
    "text", [", ", " dan Pemda ", " serta Pemprop ", ", Pemko ", " dan Pemda Kabupaten ", " hingga Pemprop "]
)
def test_a_list_links_members_under_any_government_word(text: str) -> None:
    assert frames._LIST_LINK.fullmatch(text)


@pytest.mark.parametrize("text", [" dan Pemuda ", " serta Pembangunan "])
def test_a_list_is_not_linked_by_a_pem_word(text: str) -> None:
    assert not frames._LIST_LINK.fullmatch(text)


@pytest.mark.parametrize(
    "text",
    ["Pemprop Jambi", "Pemerintah Propinsi Jambi", "Pemerintah Daerah Propinsi Jambi", "PEMPROV Jambi"],
)
def test_a_province_government_in_any_spelling(text: str) -> None:
    assert frames._PROVINCE_GOVERNMENT.match(text)


@pytest.mark.parametrize("text", ["Pemerintah Kabupaten Jambi", "Pemda Jambi"])
def test_not_a_province_government(text: str) -> None:
    assert not frames._PROVINCE_GOVERNMENT.match(text)


def test_pemprop_before_a_province_is_its_body() -> None:
    assert frames._PROVINCE_BODY.search("bersama Pemprop ")


# ------------------------------------------------------------------ place_roles: bodies come along or join


@pytest.mark.parametrize(
    "text",
    [
        "disusul rombongan dari Pemda ",
        "bersamaan dengan Pemko ",
        "disusul oleh Pemprop ",
        "berbarengan dengan agenda serupa dari Pemda ",
    ],
)
def test_a_body_that_follows_under_any_government_word(text: str) -> None:
    assert _origin_pattern("disusul").search(text)


@pytest.mark.parametrize("text", ["disusul ke Pemda ", "sejalan dengan Pemda "])
def test_near_misses_of_a_body_that_follows(text: str) -> None:
    assert not _origin_pattern("disusul").search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turut serta dalam rombongan, yakni Pemda ",
        "Ikut serta pula, antara lain Pemko ",
        "turut serta yaitu Pemprop ",
        "ikut serta di antaranya Pemda ",
    ],
)
def test_those_who_joined_under_any_government_word(text: str) -> None:
    assert _origin_pattern("(?:turut|ikut)").search(text)


@pytest.mark.parametrize("text", ["turut hadir yakni Pemda ", "serta yakni Pemda "])
def test_near_misses_of_those_who_joined(text: str) -> None:
    assert not _origin_pattern("(?:turut|ikut)").search(text)


# ------------------------------------------------------------------ senders: a government and its council


@pytest.mark.parametrize("text", ["Pemda dan DPRD ", "Dewan dan Pemda ", "Pemko bersama DPRD ", "DPRD serta Pemprop "])
def test_a_government_and_council_pair_under_any_government_word(text: str) -> None:
    pair = senders._BODY_PAIR.search(text)
    assert pair
    words = {pair.group("a").lower(), (pair.group("b") or "").lower()}
    assert words & set(senders._GOV_WORDS)


@pytest.mark.parametrize("text", ["Pemuda dan DPRD ", "Pembangunan dan DPRD "])
def test_a_pem_word_and_a_council_are_no_pair(text: str) -> None:
    pair = senders._BODY_PAIR.search(text)
    assert pair is None or not ({pair.group("a").lower()} & set(senders._GOV_WORDS))


@pytest.mark.parametrize("text", ["Pemda Sigi", "Pemko Medan", "Pemprop Jambi", "Pemerintah Kota Medan"])
def test_a_government_prefix_in_any_word(text: str) -> None:
    assert senders._GOV_PREFIX.match(text)


@pytest.mark.parametrize("text", ["Pemdes Sigi", "Pemuda Medan"])
def test_no_government_prefix(text: str) -> None:
    assert not senders._GOV_PREFIX.match(text)


# ------------------------------------------------------------------ cues: a government written as a name


@pytest.mark.parametrize(
    "text",
    ["Tim itu menuju Pemda Sigi.", "Para kades ke Pemko Medan.", "Pejabat ke Pemprop Jambi.", "Dia ke Pemda Bantul."],
)
def test_going_to_any_government_name_is_a_strong_cue(text: str) -> None:
    assert cues.STRONG_CUES.search(text)


@pytest.mark.parametrize("text", ["Kami ke pemda untuk mengurus izin.", "Hadiah ke Pemuda Pancasila."])
def test_going_to_a_lower_case_or_pem_word_is_no_strong_cue(text: str) -> None:
    assert not cues.STRONG_CUES.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "peserta PKA diterima oleh Pemda Sigi",
        "peserta Latsar disambut Pemko Medan",
        "siswa Sespim diterima langsung Pemprop Jambi",
        "praja IPDN dijamu Pemda Bantul",
    ],
)
def test_trainees_received_by_any_government_name(text: str) -> None:
    assert cues._HOST_RECEIVES.search(text)


@pytest.mark.parametrize("text", ["peserta PKA diterima Pemuda Pancasila", "peserta PKA diterima pemda"])
def test_trainees_received_by_no_government_name(text: str) -> None:
    assert not cues._HOST_RECEIVES.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "mempelajari tata kelola pasar di Pemda Sigi",
        "belajar perizinan ke Pemko Medan",
        "menimba ilmu di Pemprop Jambi",
        "datang untuk belajar di Pemda Bantul",
    ],
)
def test_learning_at_any_government_name(text: str) -> None:
    assert cues._LEARNING_AT_PLACE.search(text)


@pytest.mark.parametrize("text", ["belajar di Pemuda Pancasila", "mempelajari aturan di pemda"])
def test_learning_at_no_government_name(text: str) -> None:
    assert not cues._LEARNING_AT_PLACE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "melakukan observasi di Pemda Sigi",
        "melaksanakan penelitian lapangan di Pemko Medan",
        "hasil observasi di Pemprop Jambi",
        "menjalani pembelajaran di Pemda Bantul",
    ],
)
def test_fieldwork_at_any_government_name(text: str) -> None:
    assert cues._FIELDWORK_AT_PLACE.search(text)


@pytest.mark.parametrize("text", ["melakukan observasi di Pemuda Pancasila", "melakukan observasi di pemda"])
def test_fieldwork_at_no_government_name(text: str) -> None:
    assert not cues._FIELDWORK_AT_PLACE.search(text)
