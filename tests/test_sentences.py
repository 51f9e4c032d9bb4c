"""Sentence spans: abbreviations do not end a sentence; a full stop before a capital does."""

from __future__ import annotations

import pytest

from diklat_cli.extract.sentences import sentence_at, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in sentence_spans(text)]


def test_full_stop_before_capital_ends_sentence() -> None:
    text = "Rombongan tiba di Makassar. Mereka disambut Sekda."
    assert sentences(text) == ["Rombongan tiba di Makassar.", "Mereka disambut Sekda."]


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan diterima Drs. Budi Santoso di ruang rapat.",
        "Sambutan disampaikan H. Ahmad Fauzan selaku Sekda.",
        "Peserta berasal dari Prov. Jambi dan sekitarnya.",
        "Peserta berkunjung ke Kab. Gowa pada pagi hari.",
        "Kegiatan berlangsung 10 s.d. 14 Juni di Kota Bogor.",
        "Kegiatan dibuka Plt. Kepala BPSDM di aula.",
        "Acara dihadiri Hj. Siti Aminah dan Ir. Joko Susilo.",
        "Kegiatan berlangsung Senin s.d. Jumat di Kota Padang.",
    ],
)
def test_abbreviations_do_not_end_sentences(text: str) -> None:
    assert sentences(text) == [text]


def test_abbreviation_then_real_end() -> None:
    text = "Rombongan diterima Drs. Budi Santoso. Setelah itu peserta berdiskusi."
    assert sentences(text) == [
        "Rombongan diterima Drs. Budi Santoso.",
        "Setelah itu peserta berdiskusi.",
    ]


def test_full_stop_before_digit_ends_sentence() -> None:
    text = "Peserta tiba pagi hari. 30 orang di antaranya pejabat eselon III."
    assert len(sentences(text)) == 2


def test_question_and_exclamation_end_sentences() -> None:
    text = "Apa yang dipelajari? Banyak sekali! Kata Budi."
    assert sentences(text) == ["Apa yang dipelajari?", "Banyak sekali!", "Kata Budi."]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = '"Kami senang dikunjungi." Demikian kata Rina.'
    assert sentences(text) == ['"Kami senang dikunjungi."', "Demikian kata Rina."]


def test_newline_ends_sentence() -> None:
    text = "Judul Berita Tanpa Titik\nMAKASSAR - Rombongan tiba."
    assert sentences(text) == ["Judul Berita Tanpa Titik", "MAKASSAR - Rombongan tiba."]


def test_full_stop_before_lowercase_does_not_end() -> None:
    text = "Nilainya 98.5 persen. dan itu tinggi."
    assert len(sentences(text)) == 1


def test_decimal_and_time_do_not_split() -> None:
    text = "Acara dimulai pukul 09.00 WITA di aula."
    assert sentences(text) == [text]


def test_spans_cover_text_in_order() -> None:
    text = "Satu. Dua. Tiga."
    spans = sentence_spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_sentence_at() -> None:
    text = "Rombongan tiba di Makassar. Mereka disambut Sekda."
    spans = sentence_spans(text)
    s, e = sentence_at(spans, text.index("Sekda"))
    assert text[s:e].strip() == "Mereka disambut Sekda."
    assert sentence_at([], 5) == (0, 0)


def test_empty_text() -> None:
    assert sentence_spans("") == []
    assert sentence_spans("   \n  ") == []


def test_sentence_at_finds_the_sentence_of_a_position() -> None:
    from diklat_cli.extract.sentences import sentence_at

    spans = [(0, 10), (10, 25), (30, 40)]
    assert sentence_at(spans, 0) == (0, 10)
    assert sentence_at(spans, 10) == (10, 25)
    assert sentence_at(spans, 39) == (30, 40)
    assert sentence_at(spans, 27) == (30, 40)  # outside every sentence: the last one
    assert sentence_at([], 5) == (0, 0)
