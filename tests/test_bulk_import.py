"""A big import (extraction spread over worker processes, several store writes) stores and
reports exactly what importing the same inputs one by one in one process does."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import pytest

from diklat_cli import ingest
from tests.robustness_helpers import visit_article
from tests.test_cli import invoke, no_traceback


def _folder(root: Path) -> Path:
    """150 inputs: reports, copies of earlier ones in later chunks, ones with no visit,
    unreadable ones (and a copy of one), in an order that mixes them."""
    folder = root / "berita"
    folder.mkdir()
    for n in range(140):
        (folder / f"b{n:03d}.txt").write_text(visit_article(n), encoding="utf-8")
    for n in (3, 40, 77):  # the same bytes as an earlier article, read in a later chunk
        (folder / f"c{n:03d}-salinan.txt").write_bytes((folder / f"b{n:03d}.txt").read_bytes())
    (folder / "b050-kosong.txt").write_bytes(b"   \n")
    (folder / "c050-kosong-lagi.txt").write_bytes(b"   \n")
    (folder / "b090-biner.txt").write_bytes(b"\x00\x01\x02" * 50)
    for n in range(3):
        (folder / f"b1{n}5-pengumuman.txt").write_text(
            f"Pengumuman {n}: kantor tutup pada hari libur nasional. Layanan dibuka kembali Senin.", encoding="utf-8"
        )
    return folder


def _import(folder: Path, store: Path, config: Path) -> tuple[list, str, str]:
    result = invoke(["import", "--json", folder], store=store, config=config)
    no_traceback(result)
    assert result.exit_code == 1, result.stderr  # the unreadable inputs
    listed = invoke(["list", "--json"], store=store, config=config)
    assert listed.exit_code == 0, listed.stderr
    # when it was imported is the only thing allowed to differ
    records = re.sub(r'"imported_at": ?"[^"]*"', "", listed.stdout)
    return json.loads(result.stdout), result.stderr, records


def test_parallel_import_in_batches_is_the_one_by_one_import(tmp_path: Path, monkeypatch) -> None:
    folder = _folder(tmp_path)
    config = tmp_path / "config.toml"
    monkeypatch.setattr(ingest, "BATCH_SIZE", 40)  # several writes, each between two chunks
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 10**9)
    alone = _import(folder, tmp_path / "alone.json", config)
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 64)
    parallel = _import(folder, tmp_path / "parallel.json", config)
    assert parallel == alone
    report, summary, _records = parallel
    statuses = {o["input"].rsplit("/", 1)[-1]: o["status"] for o in report}
    assert [statuses[f"c{n:03d}-salinan.txt"] for n in (3, 40, 77)] == ["duplicate"] * 3
    assert statuses["b090-biner.txt"] == statuses["c050-kosong-lagi.txt"] == "error"
    assert "imported 140 visits from 140 articles" in summary
    assert [o["input"] for o in report] == sorted(o["input"] for o in report)  # in the order read


@pytest.mark.parametrize("parallel_from", [64, 10**9])
def test_a_second_bulk_import_changes_nothing(tmp_path: Path, monkeypatch, parallel_from: int) -> None:
    folder = _folder(tmp_path)
    config, store = tmp_path / "config.toml", tmp_path / "store.json"
    monkeypatch.setattr(ingest, "BATCH_SIZE", 40)
    monkeypatch.setattr(ingest, "PARALLEL_FROM", parallel_from)
    _import(folder, store, config)
    before = store.read_bytes()
    again = invoke(["import", folder], store=store, config=config)
    no_traceback(again)
    assert "imported 0 visits from 0 articles; 146 already imported" in again.stderr
    assert store.read_bytes() == before


def test_progress_is_told_of_every_input_in_order_while_batches_are_written(tmp_path: Path, monkeypatch) -> None:
    """The progress bar advances once per input, in the order read, and batches are
    written as the import goes (the store grows before the last input is told)."""
    from diklat_cli.sources.files import iter_inputs
    from diklat_cli.store import Store

    folder = _folder(tmp_path)
    store = Store(tmp_path / "store.json")
    monkeypatch.setattr(ingest, "BATCH_SIZE", 40)
    told: list[tuple[str, int]] = []

    def progress(outcome) -> None:
        stored = len(store.load().articles) if store.path.exists() else 0
        told.append((outcome.name, stored))

    report = ingest.run_import([str(folder)], store, max_bytes=10**6, progress=progress)
    names = [i.name for i in iter_inputs([str(folder)])]
    assert [name for name, _ in told] == names == [o.name for o in report.outcomes]
    assert told[0][1] == 0 and 0 < told[-1][1] < len(store.load().articles)


def test_batches_grow_with_the_import_so_the_store_is_written_a_few_times(tmp_path: Path, monkeypatch) -> None:
    """Each write copies the whole store file and keeps a backup: after the first batches
    they grow to half of what is done, so a long import does not fill every backup slot."""
    from diklat_cli.store import Store

    folder = _folder(tmp_path)  # 150 inputs
    config, path = tmp_path / "config.toml", tmp_path / "store.json"
    monkeypatch.setattr(ingest, "BATCH_SIZE", 40)
    _import(folder, path, config)
    # 40, 40, then 40 (half of 80), then 60 (half of 120) of which 30 are left: four writes
    assert len(Store(path).backups()) == 4


def test_an_article_over_its_budget_in_a_bulk_import_is_too_complex_and_the_rest_is_stored(
    tmp_path: Path, monkeypatch
) -> None:
    """An article past its work budget (extract.budget), extracted by a worker process, comes
    back through the chunked tasks' JSON-line outcomes as too complex: one line naming it,
    exit status 4, and every other article of the import stored (a copy of it in a later
    chunk shares that outcome)."""
    from diklat_cli.errors import ExitStatus
    from diklat_cli.extract import agencies
    from tests import hostile

    # a sentence naming every regency as a destination: past the budget by counting, under
    # the length limit (tests/test_hostile.py)
    regions = Path(agencies.__file__).parents[1] / "data" / "regions.json"
    regencies = [r[1] for r in json.loads(regions.read_text(encoding="utf-8"))["regencies"]]
    text = hostile._SENTENCE.replace("Pemerintah Provinsi Jawa Timur pada 29 Juli 2019.", ", ".join(regencies) + ".")
    folder = tmp_path / "berita"
    folder.mkdir()
    for n in range(100):
        (folder / f"b{n:03d}.txt").write_text(visit_article(n), encoding="utf-8")
    (folder / "b050-rumit.txt").write_text(text, encoding="utf-8")  # in a worker's chunk, not the first
    (folder / "b090-rumit-salinan.txt").write_text(text, encoding="utf-8")  # a later chunk
    monkeypatch.setattr(ingest, "BATCH_SIZE", 40)  # several writes
    monkeypatch.setattr(ingest.os, "cpu_count", lambda: 2)  # two workers, whatever the machine
    pools: list = []
    real_pool = ingest._pool

    @contextlib.contextmanager
    def watched(jobs: int):
        with real_pool(jobs) as pool:
            pools.append(pool)
            yield pool

    monkeypatch.setattr(ingest, "_pool", watched)
    config, store = tmp_path / "config.toml", tmp_path / "store.json"
    result = invoke(["import", "--json", folder], store=store, config=config)
    no_traceback(result)
    assert pools and pools[0] is not None  # extracted by worker processes
    assert result.exit_code == ExitStatus.TOO_COMPLEX, result.stderr
    # a script tells the too complex from other errors by a field, not by the (translated) message
    statuses = {
        o["input"].rsplit("/", 1)[-1]: (o["status"], o["too_complex"], o["message"]) for o in json.loads(result.stdout)
    }
    for name in ("b050-rumit.txt", "b090-rumit-salinan.txt"):
        status, too_complex, message = statuses.pop(name)
        assert status == "error" and too_complex is True and message.startswith("too complex for one news report")
    assert {(status, too_complex) for status, too_complex, _ in statuses.values()} == {("imported", False)}
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and all("too complex for one news report" in line for line in errors)
    assert "imported 100 visits from 100 articles" in result.stderr
    listed = invoke(["list", "--json"], store=store, config=config)
    assert len(json.loads(listed.stdout)) == 100
