"""The scorer's own article-by-article comparison (`--save`, `--against`), on a corpus of our own."""

from __future__ import annotations

import json
from pathlib import Path

from tests import scoring

LEAD = (
    "Bandar Lampung - Sebanyak 30 peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II "
    "BPSDM Provinsi Lampung melaksanakan studi lapangan ke Pemerintah {host}, Rabu (12/6/2024)."
)
GOLD = {"visits": [{"program": "PKA", "cohort": 2, "destination": {"province": "DI Yogyakarta"}}]}


def corpus(folder: Path, host: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(LEAD.format(host=host), encoding="utf-8")
    (folder / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (folder / "b.txt").write_text("Pembukaan pelatihan dasar CPNS di aula BPSDM.", encoding="utf-8")
    (folder / "b.json").write_text(json.dumps({"visits": []}), encoding="utf-8")
    return folder


def test_against_its_own_save_nothing_changed(tmp_path, capsys):
    folder = corpus(tmp_path / "tune", "Kota Yogyakarta")
    assert scoring.main([str(folder), "--save", str(tmp_path / "before.json")]) == 0
    capsys.readouterr()
    assert scoring.main([str(folder), "--against", str(tmp_path / "before.json")]) == 0
    assert "articles 2, changed 0, better 0, worse 0" in capsys.readouterr().out


def test_an_article_whose_visits_differ_is_counted_and_named_better_or_worse(tmp_path, capsys):
    folder = corpus(tmp_path / "tune", "Kota Yogyakarta")
    scoring.main([str(folder), "--save", str(tmp_path / "before.json")])
    corpus(folder, "Kota Surakarta")  # the same article now sends the group to another province
    capsys.readouterr()
    assert scoring.main([str(folder), "--against", str(tmp_path / "before.json"), "--json"]) == 0
    against = json.loads(capsys.readouterr().out)["against"]
    assert against == {"articles": 2, "changed": ["tune/a.txt"], "better": [], "worse": ["tune/a.txt"]}


def test_a_file_that_is_not_a_save_is_one_line_and_exit_2(tmp_path, capsys):
    folder = corpus(tmp_path / "tune", "Kota Yogyakarta")
    (tmp_path / "x.json").write_text("[1, 2]", encoding="utf-8")
    assert scoring.main([str(folder), "--against", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cannot read") and err.count("\n") == 1


def test_reasons_count_the_tests_that_found_no_visit_missed_or_rightly(tmp_path, capsys):
    folder = corpus(tmp_path / "tune", "Kota Yogyakarta")
    # an article whose gold has a visit but whose words name no trip: a miss, counted by its test
    (folder / "c.txt").write_text("Harga cabai di pasar naik menjelang akhir tahun, kata pedagang.", encoding="utf-8")
    (folder / "c.json").write_text(json.dumps(GOLD), encoding="utf-8")
    assert scoring.main([str(folder), "--reasons", "--json"]) == 0
    reasons = json.loads(capsys.readouterr().out)[str(folder)]["no_visit_reasons"]
    assert reasons == [
        {"test": "ceremony", "gold_has_visits": False, "articles": 1},
        {"test": "no-trip-words", "gold_has_visits": True, "articles": 1},
    ]


def test_losses_split_the_core_shortfall_into_missed_invented_and_wrong_fields(tmp_path, capsys):
    folder = corpus(tmp_path / "tune", "Kota Surakarta")  # a: one visit, its province wrong
    # c: the gold has two visits and the text tells one; d: a rightly empty article given a record
    (folder / "c.txt").write_text(LEAD.format(host="Kota Yogyakarta"), encoding="utf-8")
    (folder / "c.json").write_text(json.dumps({"visits": GOLD["visits"] * 2}), encoding="utf-8")
    (folder / "d.txt").write_text(LEAD.format(host="Kota Yogyakarta"), encoding="utf-8")
    (folder / "d.json").write_text(json.dumps({"visits": []}), encoding="utf-8")
    assert scoring.main([str(folder), "--losses", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)[str(folder)]
    losses = figures["losses"]
    # slots: a (paired), c (paired + missed), d (invented): 4; each missed or invented slot loses all of core
    assert losses["missed, beside a visit found"] == 0.25
    assert losses["invented, in an article with none"] == 0.25
    assert losses["missed, nothing found"] == 0.0
    assert losses["field destination.province"] > 0
    assert round(sum(losses.values()), 9) == round(1 - figures["core"], 9)
    assert figures["visit_counts"] == {"1 gold, 1 found": 1, "2 gold, 1 found": 1, "0 gold, 1 found": 1}


def test_losses_are_printed_as_counts_only(tmp_path, capsys):
    folder = corpus(tmp_path / "tune", "Kota Yogyakarta")
    assert scoring.main([str(folder), "--losses"]) == 0
    out = capsys.readouterr().out
    assert "core lost" in out and "a.txt" not in out
