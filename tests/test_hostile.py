# ruff: noqa: F811  (the fixtures of tests/test_cli.py, imported by name)
"""Issue 13, bounded work on hostile input: every class of text that has made extraction
super-linear finishes with a documented outcome, through `diklat import` and `diklat
extract`: extracted, or given up as too long or too complex for one report (exit status 4,
one line naming the file), the batch going on. Work is bounded by counting (extract.budget's
steps, calls of the de-duplication), never by timing."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from diklat_cli.errors import ExitStatus
from diklat_cli.extract import agencies, budget, extract_text
from diklat_cli.sources import reader
from tests import hostile
from tests.test_cli import (  # noqa: F401  (fixtures)
    EXAMPLES,
    Cli,
    _isolated,
    empty,
    no_traceback,
)

GOOD = EXAMPLES / "01-diklatpim3-sumbar-jatim.txt"
UNDER = 99_000  # characters: under reader.MAX_ARTICLE_CHARS
OVER = 130_000


def _lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def _suffix(name: str) -> str:
    return ".html" if "html" in name else ".txt"


# ---------------------------------------------------------------- near-linear steps


def _naive_unique_units(names: list[str]) -> list[str]:
    """unique_units as it was: every name against every kept one (the reference)."""
    kept: list[str] = []
    for name in names:
        same = next((i for i, k in enumerate(kept) if agencies.same_unit(name, k)), None)
        if same is None:
            kept.append(name)
        elif " " not in kept[same] and " " in name:
            kept[same] = name
    return kept


@pytest.mark.parametrize("count", [4_000, 10_000, 20_000])
def test_a_lokus_list_is_deduplicated_in_near_linear_work(count, monkeypatch):
    calls = 0
    real = agencies.same_unit

    def counting(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(agencies, "same_unit", counting)
    names = [f"Dinas {hostile._name(i)}" for i in range(count)]
    assert agencies.unique_units(names) == names
    assert calls <= 3 * count  # was count² / 2: 8 million comparisons for 4,000 names


def test_fast_deduplication_keeps_what_the_pairwise_one_kept():
    # acronyms and their full names in every order, repeated, with case and spacing changes
    rng = random.Random(13)
    expansions = list(agencies._expansions().items())[:40]
    pool = ["Dinas Kominfo", "Bappeda", "Badan Perencanaan Pembangunan Daerah", "BPBD", "bappeda", " Bappeda "]
    for short, full in expansions:
        pool += [short.upper(), full.title(), short]
    pool += ["Dinas Pendidikan dan Kebudayaan", "DPK", "Dinas Pariwisata", "DP", "dp", "Rumah Sakit Umum Daerah"]
    for _ in range(300):
        names = [rng.choice(pool) for _ in range(rng.randint(1, 25))]
        assert agencies.unique_units(names) == _naive_unique_units(names), names


@pytest.mark.parametrize("name", sorted(hostile.CLASSES))
def test_each_hostile_class_costs_steps_in_proportion_to_its_length(name):
    text = hostile.CLASSES[name](UNDER)
    with budget.limit():
        article = reader.load_article(text.encode("utf-8"), "a" + _suffix(name))
        extract_text(article.text, published=article.published, title=article.title, outlet=article.outlet)
        spent = budget.spent()
    assert spent <= 2 * len(text)  # under a tenth of the budget at the length limit


def test_the_budget_trips_on_an_article_naming_hundreds_of_destinations():
    # one group per destination, each destination's lokus looked for in the whole text
    regions = Path(agencies.__file__).parents[1] / "data" / "regions.json"
    regencies = [r[1] for r in json.loads(regions.read_text(encoding="utf-8"))["regencies"]]
    text = hostile._SENTENCE.replace("Pemerintah Provinsi Jawa Timur pada 29 Juli 2019.", ", ".join(regencies) + ".")
    with budget.limit(), pytest.raises(budget.TooComplex):
        extract_text(text)
    with budget.limit(budget.STEPS * 1000):  # with room enough it is hundreds of visits
        assert len(extract_text(text)) > 100


def test_the_budget_counts_nothing_outside_an_article():
    text = hostile.lokus_list(2_000)
    assert extract_text(text)  # a library caller is never cut short
    assert budget.spent() == 0


# ---------------------------------------------------------------- through the command line


@pytest.mark.parametrize("name", sorted(hostile.CLASSES))
def test_a_hostile_article_under_the_length_limit_is_extracted(empty, tmp_path, name):
    path = tmp_path / f"{name}{_suffix(name)}"
    path.write_text(hostile.CLASSES[name](UNDER), encoding="utf-8")
    result = empty("import", path)
    no_traceback(result)
    assert result.exit_code == ExitStatus.OK, result.stderr
    assert "failed" not in result.stderr
    extracted = empty("extract", path, "--json")
    no_traceback(extracted)
    assert extracted.exit_code == ExitStatus.OK
    assert isinstance(json.loads(extracted.stdout), list)


@pytest.mark.parametrize("name", sorted(set(hostile.CLASSES) - {"html-markup", "deep-html"}))
def test_a_hostile_article_over_the_length_limit_is_one_line_and_the_batch_goes_on(empty, tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = folder / f"{name}{_suffix(name)}"
    bad.write_text(hostile.CLASSES[name](OVER), encoding="utf-8")
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    result = empty("import", folder)
    no_traceback(result)
    assert result.exit_code == ExitStatus.TOO_COMPLEX, result.stderr
    errors = [line for line in _lines(result) if line.startswith("error:")]
    assert len(errors) == 1 and bad.name in errors[0] and "too long for one news report" in errors[0]
    assert len(empty.visits()) == 1  # the good article of the batch
    extracted = empty("extract", bad)
    no_traceback(extracted)
    assert extracted.exit_code == ExitStatus.TOO_COMPLEX
    assert len(_lines(extracted)) == 1 and bad.name in extracted.stderr


@pytest.mark.parametrize("name", ["deep-html", "html-markup"])
def test_a_page_of_too_many_elements_is_too_complex_and_the_batch_goes_on(empty, tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = folder / f"{name}.html"
    # past the budget by counting: every element costs budget steps
    bad.write_text(hostile.CLASSES[name](4 * 1024 * 1024), encoding="utf-8")
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    result = empty("import", folder)
    no_traceback(result)
    assert result.exit_code == ExitStatus.TOO_COMPLEX, result.stderr
    errors = [line for line in _lines(result) if line.startswith("error:")]
    assert len(errors) == 1 and bad.name in errors[0] and "too complex for one news report" in errors[0]
    assert len(empty.visits()) == 1
    extracted = empty("extract", bad)
    no_traceback(extracted)
    assert extracted.exit_code == ExitStatus.TOO_COMPLEX
    assert len(_lines(extracted)) == 1 and "too complex" in extracted.stderr


def test_the_budget_tripping_is_its_own_exit_status_and_the_batch_goes_on(empty, tmp_path, monkeypatch):
    # any article past the budget: here a tiny budget, so that an ordinary article trips it
    monkeypatch.setattr(budget, "STEPS", 50)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text(hostile.repeated_sentence(5_000), encoding="utf-8")
    (folder / "short.txt").write_text("Peserta PKA studi lapangan.", encoding="utf-8")
    result = empty("import", folder)
    no_traceback(result)
    assert result.exit_code == ExitStatus.TOO_COMPLEX, result.stderr
    errors = [line for line in _lines(result) if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {folder / 'long.txt'}: too complex for one news report")
    assert "50 steps" in errors[0]
    assert "1 with no visit" in result.stderr  # the short one was read and extracted


def test_another_failure_beside_a_too_complex_article_is_exit_1(empty, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text(hostile.repeated_sentence(OVER), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    result = empty("import", folder)
    no_traceback(result)
    assert result.exit_code == ExitStatus.SOME_FAILED
    assert len([line for line in _lines(result) if line.startswith("error:")]) == 2


@pytest.mark.slow
def test_every_5mb_hostile_input_finishes_with_one_line_each(empty, tmp_path):
    """The issue's target, by outcome: any 5 MB input is extracted or refused, one line each."""
    folder = tmp_path / "in"
    written = hostile.write_all(folder, 5 * hostile.MB)
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    result = empty("import", folder)
    no_traceback(result)
    assert result.exit_code in (ExitStatus.OK, ExitStatus.TOO_COMPLEX), result.stderr
    errors = [line for line in _lines(result) if line.startswith("error:")]
    for path in written:
        mine = [line for line in errors if line.startswith(f"error: {path}: ")]
        assert len(mine) <= 1
        assert not mine or "too long" in mine[0] or "too complex" in mine[0] or "too large" in mine[0], mine
    assert len(errors) >= len(written) - 1
    assert any(r["provenance"]["file"] == GOOD.name for r in empty.visits())
