"""extract.warm_up builds what extraction builds on first use, so that ingest's forked workers
start with it: after it, extracting a report compiles no pattern and builds no gate or builder."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from diklat_cli.extract import extract_text, scanning
from diklat_cli.extract.warm import _modules, warm_up
from diklat_cli.sources import reader

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".html"))


def _builders() -> list:
    """The argument-less builders under functools.cache of the extraction modules."""
    out = []
    for module in _modules():
        for value in vars(module).values():
            ours = getattr(value, "__module__", None) == module.__name__ and hasattr(value, "cache_info")
            if ours and not inspect.signature(value).parameters:
                out.append(value)
    return out


@pytest.fixture
def cold():
    """Everything built on first use thrown away (it is built again as asked)."""
    for builder in _builders():
        builder.cache_clear()
    scanning._GATES.clear()
    re.purge()


def _compiles(monkeypatch) -> list[str]:
    compiled: list[str] = []
    real = re._compiler.compile  # type: ignore[attr-defined]

    def counting(pattern, flags=0):
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)  # type: ignore[attr-defined]
    return compiled


def _extract(path: Path) -> None:
    article = reader.load_article(path.read_bytes(), path.name)
    extract_text(article.text, published=article.published, title=article.title, outlet=article.outlet)


def test_there_are_builders_and_examples_to_check():
    assert len(_builders()) >= 50
    assert len(EXAMPLES) >= 8


def test_without_warm_up_an_example_compiles_patterns(cold, monkeypatch):
    # (what the next test guards against: the first report builds patterns and gates)
    compiled = _compiles(monkeypatch)
    _extract(EXAMPLES[0])
    assert len(compiled) > 50
    assert len(scanning._GATES) > 10


def test_after_warm_up_the_examples_compile_no_pattern(cold, monkeypatch):
    warm_up()
    built = {builder: builder.cache_info().currsize for builder in _builders()}
    gates = len(scanning._GATES)
    compiled = _compiles(monkeypatch)
    for path in EXAMPLES:
        _extract(path)
        assert compiled == [], path.name
    assert len(scanning._GATES) == gates
    assert {builder: builder.cache_info().currsize for builder in _builders()} == built


def test_warm_up_twice_builds_nothing_more(monkeypatch):
    warm_up()
    gates = len(scanning._GATES)
    compiled = _compiles(monkeypatch)
    warm_up()
    assert compiled == []
    assert len(scanning._GATES) == gates


def test_warm_up_before_a_pool_gates_only_what_the_samples_scan_with(cold, monkeypatch):
    # what ingest calls before it forks its workers: every builder built, and a scanning gate (a parse of the
    # pattern) only for the patterns the samples scan with; gating all ~700 the modules hold cost ~0.4 s while
    # no worker ran, and the 642 tune reports scan with 77 of them
    for module in _modules():  # (the per-text caches too: a sample answered from one would build nothing)
        for value in vars(module).values():
            if getattr(value, "__module__", None) == module.__name__ and hasattr(value, "cache_clear"):
                value.cache_clear()
    warm_up(every_gate=False)
    assert 10 < len(scanning._GATES) < 100
    built = {builder: builder.cache_info().currsize for builder in _builders()}
    compiled = _compiles(monkeypatch)
    for path in EXAMPLES:
        _extract(path)
        assert compiled == [], path.name
    assert {builder: builder.cache_info().currsize for builder in _builders()} == built
    assert len(scanning._GATES) < 100  # (the few gates the examples meet besides, worked out as asked)


def test_ingest_builds_the_rules_without_every_gate_before_it_forks(monkeypatch):
    import concurrent.futures
    import multiprocessing

    from diklat_cli import ingest
    from diklat_cli.extract import warm

    asked: list[dict] = []
    monkeypatch.setattr(warm, "warm_up", lambda **kwargs: asked.append(kwargs))
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda *a, **k: "fork")

    class Pool:  # runs a task at once, in this process
        def submit(self, fn, *args):
            future: concurrent.futures.Future = concurrent.futures.Future()
            future.set_result(fn(*args))
            return future

    text = EXAMPLES[0].read_bytes()
    jobs = [ingest._Job(f"a{n}.txt", text) for n in range(3)]
    outcomes = [o for _, got in ingest._pipeline(jobs, lambda job: job, Pool()) for o in got]
    assert asked == [{"every_gate": False}]
    assert [o.name for o in outcomes] == ["a0.txt", "a1.txt", "a2.txt"]
