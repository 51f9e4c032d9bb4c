"""Wall time of `diklat import` with and without extract.warm.warm_up() before the workers fork.

    python bench/import_warm.py /tmp/benchtune                      # 50, 300, 1284 articles; 2 workers
    python bench/import_warm.py DIR --counts 300,1284 --workers 2,4 --repeat 3

With a pool (PARALLEL_FROM inputs or more, 2 workers or more), ingest builds what the rules build
on first use in the importing process before it forks its workers (extract.warm.warm_up), so that
each worker does not build it again. That is serial time, spent while no worker runs; without it
each worker builds what its articles ask for, in parallel. This bench runs the same import three
ways: `as is` is the code as it is (warm_up(every_gate=False): the scanning gates of the patterns
the samples do not reach are left to the workers), `every gate` the same with warm_up() gating
every pattern the modules hold (as before), `without` with warm_up() a no-op. The first article is
extracted in the importing process every way (that is ingest's, not warm_up's).

Each import goes into a fresh temporary store, from a folder holding the first N .txt files of
DIR (sorted by name; beyond them, copies with a line added). The pool size is set by making
os.cpu_count() answer it in the importing process (ingest uses min(os.cpu_count(), 8)); more
workers than cores shows what happens when the workers outnumber the cores. Runs are interleaved
(every count, size and way once, then again) and each figure is the best of --repeat: the wall
seconds, and the CPU seconds of the import and its workers (steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# the importing process: os.cpu_count() answers the pool size; `without` makes warm_up a no-op
_RUN = """\
import os, sys
workers, way = int(sys.argv[1]), sys.argv[2]
os.cpu_count = lambda: workers
import diklat_cli.extract.warm as warm
if way == "without":
    warm.warm_up = lambda **_: None
elif way == "every gate":
    complete = warm.warm_up
    warm.warm_up = lambda **_: complete()
from diklat_cli.cli import main
sys.argv = ["diklat", *sys.argv[3:]]
main()
"""

WAYS = ("as is", "every gate", "without")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _import_once(folder: Path, workers: int, way: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the importing process and its workers)"""
    with tempfile.TemporaryDirectory(prefix="diklat-bench-store-") as tmp:
        store = Path(tmp) / "store.json"
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        args = [sys.executable, "-c", _RUN, str(workers), way, "--store", str(store), "import", str(folder)]
        cpu, start = _children_cpu(), time.perf_counter()
        done = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
        if done.returncode not in (0, 1):  # 1: some input had no visit or an error (reported, not fatal)
            raise SystemExit(f"import failed ({done.returncode}): {done.stderr[-2000:]}")
        return wall, cpu


def _articles(files: list[Path], count: int, folder: Path) -> None:
    """The first `count` articles of files in folder; beyond them the same articles again, each with a line
    of its own added (other bytes, so neither a duplicate nor a text the per-text caches have seen)."""
    folder.mkdir()
    for k in range(count):
        f = files[k % len(files)]
        if k < len(files):
            shutil.copyfile(f, folder / f.name)
        else:
            copy = k // len(files) + 1
            text = f.read_text(encoding="utf-8", errors="replace").rstrip("\n")
            (folder / f"{f.stem}-{copy}{f.suffix}").write_text(f"{text}\n\n(Salinan {copy})\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path, help="a folder of article .txt files (e.g. /tmp/benchtune)")
    ap.add_argument("--counts", default="50,300,1284", help="articles per import (default 50,300,1284)")
    ap.add_argument("--workers", default="2", help="pool sizes (default 2)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each figure; the best is shown (default 3)")
    args = ap.parse_args(argv)

    files = sorted(args.source.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt articles in {args.source}")
    counts = [int(c) for c in args.counts.split(",")]
    sizes = [int(w) for w in args.workers.split(",")]
    best: dict[tuple[int, int, str], tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="diklat-bench-articles-") as tmp:
        folders = {}
        for count in counts:
            folders[count] = Path(tmp) / str(count)
            _articles(files, count, folders[count])
        for run in range(args.repeat):
            for count in counts:
                for workers in sizes:
                    for way in WAYS[run % len(WAYS) :] + WAYS[: run % len(WAYS)]:  # (each way first in turn)
                        wall, cpu = _import_once(folders[count], workers, way)
                        key = (count, workers, way)
                        was = best.get(key, (float("inf"), float("inf")))
                        best[key] = (min(was[0], wall), min(was[1], cpu))
                        print(
                            f"run {run + 1}: {count} articles, {workers} workers, warm_up {way}: "
                            f"{wall:.2f} s wall, {cpu:.2f} s CPU",
                            file=sys.stderr,
                        )
    print(f"{os.cpu_count()} cores; {len(files)} articles in {args.source} (beyond them, copies with a line added)")
    print(f"best of {args.repeat}: wall seconds of `diklat import` into a fresh store, CPU of it and its workers")
    head = "".join(f" {'wall ' + way:>16}" for way in WAYS) + "".join(f" {'CPU ' + way:>15}" for way in WAYS)
    print(f"{'articles':>8} {'workers':>7}{head}")
    for count in counts:
        for workers in sizes:
            walls = "".join(f" {best[(count, workers, way)][0]:>16.2f}" for way in WAYS)
            cpus = "".join(f" {best[(count, workers, way)][1]:>15.2f}" for way in WAYS)
            print(f"{count:>8} {workers:>7}{walls}{cpus}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
