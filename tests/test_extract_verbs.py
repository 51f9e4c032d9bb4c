"""The verb classes of extract/verbs.py, and the vocabularies defined once beside them (speech.py, staff.py)."""

import re

import pytest

from diklat_cli.extract import verbs

CLASSES = {
    "TOWARDS": verbs.TOWARDS_WORDS,
    "VISITING": verbs.VISITING_VERBS,
    "VISITED": verbs.VISITED_VERBS,
    "TRAVELLING": verbs.TRAVELLING_VERBS,
    "DEPARTING": verbs.DEPARTING_VERBS,
    "RECEIVING": verbs.RECEIVING_VERBS,
    "RECEIVED": verbs.RECEIVED_VERBS,
}


def test_each_fragment_is_its_words_as_alternatives():
    for name, words in CLASSES.items():
        assert getattr(verbs, name) == "|".join(words)
        assert all(re.fullmatch(r"[a-z]+", w) for w in words)
    assert verbs.GOING_TO == verbs.TOWARDS + "|" + verbs.VISITING


def test_no_word_starts_another_so_order_does_not_matter():
    # a pattern may write a class among its own words in any order only if no word is the start of another
    # (of the verbs; "ke" starts "kedatangan": a group holding TOWARDS and RECEIVING keeps its order)
    words = [w for name, ws in CLASSES.items() if name != "TOWARDS" for w in ws]
    assert len(words) == len(set(words))
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]
    going = verbs.GOING_TO.split("|")
    assert not [(a, b) for a in going for b in going if a != b and b.startswith(a)]


def test_a_fragment_inside_a_group_matches_its_words_only():
    going = re.compile(r"\b(?:" + verbs.GOING_TO + r"|menyinggahi)\s+(?P<place>\w+)", re.IGNORECASE)
    assert going.search("Rombongan mendatangi Pemkot X").group("place") == "Pemkot"
    assert going.search("lalu Menyinggahi Bali").group("place") == "Bali"
    assert not going.search("rombongan berkunjung Jumat")
    receiving = re.compile(r"\b(?:" + verbs.RECEIVING + r")\s+kunjungan\b", re.IGNORECASE)
    assert receiving.search("Pemkab Y menerima kunjungan DPRD Z")
    assert receiving.search("Dinas A kedatangan kunjungan")
    assert not receiving.search("Dinas A diterima kunjungan")


def test_trip_words_are_the_activity_names_and_the_verbs_of_calling_on():
    # one definition of the words that tell a trip; senders, visits, participants and place_roles add theirs by name
    assert verbs.TRIP_WORDS == verbs.TRIP_NAMES + "|" + verbs.TRAVELLING + "|" + verbs.VISITING
    trip = re.compile(r"\b(?:" + verbs.TRIP_WORDS + r")\b", re.IGNORECASE)
    for told in ("melakukan studi banding", "Study tour ke Bali", "dalam rangka kunker", "Benchmarking ke Solo"):
        assert trip.search(told), told
    for told in ("Rombongan bertandang ke X", "mereka mengunjungi Pemkab Y", "visitasi ke Z", "kaji banding"):
        assert trip.search(told), told
    assert not trip.search("menerima rombongan"), "the host's receiving is added by name where it counts"
    assert not trip.search("studio musik"), "a word that begins like a name of the activity"


def test_calling_on_receiving_and_being_received_as_cues_and_visits_read_them():
    calling = re.compile(r"\b" + verbs.CALLING_ON + r"\s+(?P<to>\w+)", re.IGNORECASE)
    assert calling.search("Rombongan berkunjung ke Balai X").group("to") == "Balai"
    assert calling.search("mereka menyambangi Dinas Y").group("to") == "Dinas"
    assert not calling.search("rombongan berkunjung Jumat")
    receiving = re.compile(r"\b(?:" + verbs.RECEIVING + r")\s+(?:" + verbs.RECEIVED_GROUP + r")\b", re.IGNORECASE)
    assert receiving.search("Pemkab Z menyambut kedatangan rombongan")
    assert not receiving.search("Pemkab Z menerima laporan")
    received = re.compile(r"\b" + verbs.RECEIVED_BY + r"(?P<by>\w+)", re.IGNORECASE)
    assert received.search("disambut langsung oleh Bupati Gowa").group("by") == "Bupati"
    assert received.search("diterima Sekda").group("by") == "Sekda"


# the verbs of saying of extract/speech.py (data/speech.json): one vocabulary, each reader taking its groups by name
# (no word twice in one reader's words)
def test_each_reader_of_speech_takes_its_own_groups() -> None:
    from diklat_cli.extract import dates, speech
    from diklat_cli.extract.place_links import _SAID_BY

    for words in (speech.said_by(), speech.speaker_words(), speech.statement_verbs()):
        assert len(words) == len(set(words))
    assert set(speech.SAID) <= set(speech.said_by()) & set(speech.speaker_words()) & set(speech.statement_verbs())
    # dates reads a bare verb of saying also with -nya, and a word of said_with_nya only with it
    assert {"tandas", "tandasnya", "lanjutnya"} <= set(speech.statement_verbs())
    assert "lanjut" not in speech.statement_verbs()
    assert dates.said_on('"Kami siap," tandas Budi, Senin (2/9).', 0, 26)
    # place_links: "menurut" and SAID only
    assert _SAID_BY.search("Menurut Kepala Dinas Kota A") and _SAID_BY.search("ucap Kepala Dinas Kota A")
    assert not _SAID_BY.search("papar Kepala Dinas Kota A")


# the words for the government's own employees of extract/staff.py: one class, each pattern taking its words by name
def test_staff_words_are_one_class_taken_by_name() -> None:
    from diklat_cli.extract import staff
    from diklat_cli.extract.participants import GOVERNMENT_STAFF

    assert "|".join(staff.STAFF_WORDS) == staff.STAFF
    assert staff.only("pegawai", "ASN") == "pegawai|ASN"
    with pytest.raises(ValueError):
        staff.only("pegawai", "guru")
    # "aparat" starts "aparatur", so the class writes the longer word first: read whole without a boundary after it
    words = list(staff.STAFF_WORDS)
    assert words.index("aparatur") < words.index("aparat")
    assert re.match(r"(?:" + staff.STAFF + ")", "aparatur desa", re.I).group() == "aparatur"
    pattern = re.compile(r"\b(?:" + GOVERNMENT_STAFF + r")\b", re.I)
    assert [m.group() for m in pattern.finditer("20 ASN, 5 aparat dan 3 aparatur Dinas X")] == [
        "ASN",
        "aparat",
        "aparatur",
    ]
