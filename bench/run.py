"""Run diklat's benchmarks and print a table of figures against the targets.

    python bench/run.py                       # imports of 1,000 and 10,000; stores of 1k, 10k, 100k
    python bench/run.py --smoke               # the same code path on tiny sizes (CI)
    python bench/run.py --sizes 1000,10000 --import-sizes 1000 --out bench/out/
    python bench/run.py --profile             # also cProfile / -X importtime the slow paths

Every command runs in its own process; its wall time is measured around the process and its
peak RSS is that process's own ru_maxrss (os.wait4), so each figure is per command. Figures
never fail the run: only a command that exits with an error does (exit status 1).
See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402  (bench/ is not a package)

ROOT = Path(__file__).resolve().parent.parent

# the targets of the "Fast at any realistic size" issue
TARGET_IMPORT_RATE = 500.0  # articles per second
TARGET_QUERY_S = 1.0  # list / stats at 100k
TARGET_JQ_RATIO = 4.0  # list / stats at least this many times faster than jq
TARGET_SINGLE_IMPORT_S = 2.0  # one article into the 100k store
TARGET_HELP_S = 0.2
TARGET_RSS_MB = 600.0  # any command at 100k
TARGET_SIZE = 100_000
# the targets of "Close to the limit" (issue 16), at 100k
TARGET_LIST_JSON_S = 1.0  # list --province X --json
TARGET_EXPORT_CSV_S = 3.0  # export --csv of everything
TARGET_EXPORT_RSS_MB = 200.0  # any export
TARGET_INDEX_BUILD_S = 4.0  # the first command after an outside change


# --------------------------------------------------------------------------- running one command


@dataclasses.dataclass
class Run:
    argv: list[str]
    wall: float
    rss_mb: float
    code: int
    stdout: str  # the tail, for counts and error messages
    stderr: str
    timed_out: bool = False
    tree_rss_mb: float = 0.0  # the biggest peak of the command or any process it started and waited for
    cpu: float = 0.0  # user + system CPU seconds of the command and the processes it waited for

    @property
    def ok(self) -> bool:
        return not self.timed_out and self.code == 0


# Linux keeps a process's peak RSS across fork and exec, so a command started straight from the
# bench (which may hold a big store) would report the bench's memory as its own. Each command is
# started by a fresh small Python process that measures it: wall time around the command, the
# command's own peak RSS (wait4), and the highest peak of any process of its tree that it waited
# for (RUSAGE_CHILDREN: e.g. import's worker processes).
MEASURE = r"""
import json, os, resource, signal, subprocess, sys, threading, time
job = json.loads(sys.stdin.read())
with open(job["stdout"], "wb") as out, open(job["stderr"], "wb") as err:
    start = time.perf_counter()
    proc = subprocess.Popen(job["argv"], stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=job["env"],
                            start_new_session=True)
    killed = []

    def kill():
        killed.append(1)
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(job["timeout"], kill)
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    timer.cancel()
tree = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "maxrss": usage.ru_maxrss, "tree_maxrss": max(tree.ru_maxrss, usage.ru_maxrss),
                  "cpu": tree.ru_utime + tree.ru_stime, "code": os.waitstatus_to_exitcode(status),
                  "killed": bool(killed)}))
"""


def _measure(job: dict) -> dict:
    proc = subprocess.run([sys.executable, "-I", "-c", MEASURE], input=json.dumps(job), capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"the bench's measuring process failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def run(
    argv: list[str],
    *,
    env: dict | None = None,
    stdout_path: Path | None = None,
    timeout: float = 600,
    ok_codes: tuple[int, ...] = (0,),
) -> Run:
    """Run argv once: wall seconds and the peak RSS of that very process."""
    err_path = _scratch() / "stderr.txt"
    result = _measure(
        {
            "argv": argv,
            "env": dict(os.environ) if env is None else env,
            "timeout": timeout,
            "stdout": str(stdout_path or os.devnull),
            "stderr": str(err_path),
        }
    )
    raw = err_path.read_bytes()
    # the head holds diklat's summary line, the tail a traceback
    stderr = (
        raw.decode("utf-8", "replace")
        if len(raw) <= 8000
        else (raw[:4000].decode("utf-8", "replace") + "\n[...]\n" + raw[-4000:].decode("utf-8", "replace"))
    )
    tail = ""
    if stdout_path is not None:
        with open(stdout_path, "rb") as f:
            f.seek(max(0, os.path.getsize(stdout_path) - 4000))
            tail = f.read().decode("utf-8", "replace")
    code = 0 if result["code"] in ok_codes else result["code"]
    # ru_maxrss is in KiB on Linux, bytes on macOS
    unit = 1024 * 1024 if sys.platform == "darwin" else 1024
    return Run(
        argv,
        result["wall"],
        result["maxrss"] / unit,
        code,
        tail,
        stderr,
        result["killed"],
        result["tree_maxrss"] / unit,
        result["cpu"],
    )


_SCRATCH: Path | None = None


def _scratch() -> Path:
    assert _SCRATCH is not None
    return _SCRATCH


def repeated(n: int, argv: list[str], **kw) -> tuple[Run, list[float]]:
    """Run n times; the median-time run and every wall time."""
    runs = [run(argv, **kw) for _ in range(n)]
    walls = [r.wall for r in runs]
    failed = next((r for r in runs if not r.ok), None)
    if failed:
        return failed, walls
    median = statistics.median(walls)
    best = min(runs, key=lambda r: abs(r.wall - median))
    best.wall = median
    best.cpu = statistics.median(r.cpu for r in runs)
    best.rss_mb = max(r.rss_mb for r in runs)
    return best, walls


# --------------------------------------------------------------------------- results


@dataclasses.dataclass
class Row:
    what: str
    size: str
    diklat_s: float | None = None
    rss_mb: float | None = None
    cpu_s: float | None = None
    rate: str = ""
    jq_s: float | None = None
    jq_rss_mb: float | None = None
    target: str = ""
    verdict: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.jq_s is None or not self.diklat_s:
            return None
        return self.jq_s / self.diklat_s


class Report:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.failures: list[str] = []

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        print(
            f"  {row.what} [{row.size}]: {_fmt_s(row.diklat_s) or '-'} s, {_fmt_mb(row.rss_mb)} MB"
            + (f", jq {_fmt_s(row.jq_s)} s" if row.jq_s is not None else "")
            + (f"  {row.note}" if row.note else ""),
            file=sys.stderr,
            flush=True,
        )
        return row

    def fail(self, what: str, r: Run) -> None:
        why = "timed out" if r.timed_out else f"exit {r.code}"
        self.failures.append(f"{what}: {why}: {' '.join(r.argv)}\n{r.stderr.strip()[-1500:]}")
        print(f"  FAILED {what}: {why}", file=sys.stderr, flush=True)

    def table(self) -> str:
        head = [
            "figure",
            "size",
            "diklat s",
            "cpu s",
            "peak MB",
            "rate",
            "jq s",
            "jq MB",
            "jq/diklat",
            "target",
            "result",
        ]
        body = [
            [
                r.what,
                r.size,
                _fmt_s(r.diklat_s),
                _fmt_s(r.cpu_s),
                _fmt_mb(r.rss_mb),
                r.rate,
                _fmt_s(r.jq_s),
                _fmt_mb(r.jq_rss_mb),
                "" if r.ratio is None else f"{r.ratio:.2f}x",
                r.target,
                r.verdict,
            ]
            for r in self.rows
        ]
        widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=True)]
        right = {2, 3, 4, 5, 6, 7, 8}

        def line(cells):
            return "  ".join(
                str(c).rjust(w) if i in right else str(c).ljust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()

        rule = "  ".join("-" * w for w in widths)
        return "\n".join([line(head), rule, *(line(b) for b in body)])


def _fmt_s(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def _fmt_mb(x: float | None) -> str:
    return "" if x is None else f"{x:.0f}"


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("PASS" if ok else "MISS")


def _n(n: int) -> str:
    return f"{n:,}"


# --------------------------------------------------------------------------- jq equivalents

JQ_LIST = r"""
[.visits[] | select(((.origin.province // "") | ascii_downcase) == $p
                    or ((.destination.province // "") | ascii_downcase) == $p)]
| sort_by(.start_date // .end_date // "") | reverse | .[]
| [.id[0:8], (.start_date // ""), (.end_date // ""), (.program // ""), (.cohort // ""), (.participants // ""),
   (.origin.regency // .origin.province // .origin.institution // ""),
   (.destination.regency // .destination.province // "")] | @tsv
"""

JQ_STATS = r"""
def tally(f): group_by(f) | map({key: (.[0] | f), visits: length, participants: (map(.participants // 0) | add)})
  | sort_by(-.visits);
.visits as $v
| {destination: ($v | tally(.destination.province)),
   origin: ($v | tally(.origin.province)),
   year: ($v | tally((.start_date // .end_date // "")[0:4])),
   program: ($v | tally(.program)),
   hosts: ([$v[] | .host_agencies[]] | group_by(ascii_downcase) | map({key: .[0], visits: length})
           | sort_by(-.visits) | .[:10]),
   matrix: ($v | group_by([.origin.province, .destination.province])
            | map({key: [.[0].origin.province, .[0].destination.province], visits: length})
            | sort_by(-.visits) | .[:20])}
"""

JQ_LIST_JSON = r"""
[.visits[] | select(((.origin.province // "") | ascii_downcase) == $p
                    or ((.destination.province // "") | ascii_downcase) == $p)]
| sort_by(.start_date // .end_date // "") | reverse
"""

# the same records one per line (list --jsonl), unmerged, as jq prints them
JQ_LIST_JSONL = r"""
[.visits[] | select(((.origin.province // "") | ascii_downcase) == $p
                    or ((.destination.province // "") | ascii_downcase) == $p)]
| sort_by(.start_date // .end_date // "") | reverse | .[]
"""

# list --json of about a fifth of the store (issue 16: "Lampung-sized", ~19,000 of 100,000):
# the visits from or to any of the three busiest provinces
JQ_LIST_JSON_ANY = r"""
[.visits[] | select([(.origin.province // "" | ascii_downcase), (.destination.province // "" | ascii_downcase)]
                    | any(. as $x | $ps | index($x)))]
| sort_by(.start_date // .end_date // "") | reverse
"""

JQ_EXPORT_JSONL = r""".visits[]"""

# what any reader of the whole file pays: the reference for building the index
PY_JSON_LOAD = "import json, sys; json.load(open(sys.argv[1], 'rb'))"

JQ_EXPORT = r"""
(["id","program","cohort","activity","participants","origin_institution","origin_province","origin_regency",
  "organizer","destination_province","destination_regency","destination_host","host_agencies","start_date",
  "end_date","officials","source_outlet","source_reporter","source_editor","source_dateline","source_published",
  "source_title","source_file","source_url","imported_at","source_sha256","extractor_version"] | @csv),
(.visits | sort_by(.start_date // .end_date // "") | reverse | .[]
 | [.id, .program, .cohort, .activity, .participants, .origin.institution, .origin.province, .origin.regency,
    .organizer, .destination.province, .destination.regency, .destination.host, (.host_agencies | join("; ")),
    .start_date, .end_date, (.officials | map(.name + (if .title then " (" + .title + ")" else "" end))
    | join("; ")), .source.outlet, .source.reporter, .source.editor, .source.dateline, .source.published,
    .source.title, .provenance.file, .provenance.url, .provenance.imported_at, .provenance.sha256,
    .provenance.extractor_version] | @csv)
"""


# --------------------------------------------------------------------------- the benchmarks


def fingerprint() -> str:
    """Changes when diklat's code or data change, so cached stores are rebuilt."""
    h = hashlib.sha256()
    for p in sorted((ROOT / "diklat_cli").rglob("*")):
        if p.suffix in (".py", ".json") and "__pycache__" not in p.parts:
            h.update(p.relative_to(ROOT).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def articles_folder(out: Path, n: int, seed: int) -> Path:
    folder = out / f"articles-{n}-s{seed}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        t = time.perf_counter()
        generate.generate(n, folder, seed=seed)
        done.write_text("ok\n")
        print(f"  generated {_n(n)} articles in {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    return folder


def query_store(out: Path, n: int, seed: int, template: int, fp: str) -> Path:
    path = out / f"stores-{fp}" / f"store-{n}.json"
    done = path.with_name(path.name + ".complete")
    if not done.exists():
        t = time.perf_counter()
        generate.build_store(n, path, seed=seed, work=out / f"template-{fp}", template_articles=template)
        done.write_text("ok\n")
        print(
            f"  built a store of {_n(n)} visits in {time.perf_counter() - t:.1f} s "
            f"({path.stat().st_size / 1e6:.0f} MB)",
            file=sys.stderr,
            flush=True,
        )
    return path


def busiest_province(path: Path) -> tuple[str, int]:
    """The province named most often as origin or destination, and in how many visits."""
    return busiest_provinces(path, 1)[0]


def busiest_provinces(path: Path, k: int) -> list[tuple[str, int]]:
    """The k provinces named most often as origin or destination, with their visit counts."""
    counts: dict[str, int] = {}
    data = json.loads(path.read_bytes())
    for v in data["visits"]:
        for p in {v["origin"]["province"], v["destination"]["province"]} - {None}:
            counts[p] = counts.get(p, 0) + 1
    return sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)[:k]


def summary(stderr: str) -> str:
    """diklat import's summary line ("imported N visit(s) from M article(s); ...")."""
    return next((ln.strip() for ln in stderr.splitlines() if ln.startswith(("imported", "would import"))), "")


def count_line(text: str) -> str:
    for line in reversed(text.strip().splitlines()):
        if "visit(s)" in line or "visits" in line:
            return line.strip()
    return ""


def warm_up(d: list[str], out: Path, seed: int) -> None:
    """Run every kind of command once on a tiny store, so Python's bytecode cache is filled."""
    folder = out / "warm-up"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "articles").mkdir(parents=True)
    name, content, _ = generate.write_article(seed, 20_000_000, generate.Words(), html_share=0.0)
    (folder / "articles" / name).write_text(content, "utf-8")
    store = folder / "store.json"
    env = generate.bench_env(store)
    for args in (
        ["--help"],
        ["list"],
        ["import", str(folder / "articles")],
        ["list", "--province", "Bali"],
        ["stats"],
        ["export", "--csv", "-o", str(folder / "x.csv")],
        ["extract", str(folder / "articles")],
    ):
        run([*d, "--store", str(store), *args], env=env, ok_codes=(0, 1, 2))
    shutil.rmtree(folder, ignore_errors=True)


def bench_cold_start(rep: Report, d: list[str], out: Path, repeats: int) -> None:
    r, walls = repeated(repeats, [*d, "--help"], env=generate.bench_env())
    if not r.ok:
        rep.fail("diklat --help", r)
        return
    rep.add(
        Row(
            "cold start: diklat --help",
            f"median of {repeats}",
            r.wall,
            r.rss_mb,
            r.cpu,
            target=f"<= {TARGET_HELP_S} s",
            verdict=verdict(r.wall <= TARGET_HELP_S),
            note=f"min {min(walls):.3f} s",
        )
    )
    empty = out / "empty" / "store.json"
    shutil.rmtree(empty.parent, ignore_errors=True)
    empty.parent.mkdir(parents=True)
    r, walls = repeated(repeats, [*d, "--store", str(empty), "list"], env=generate.bench_env(empty))
    if not r.ok:
        rep.fail("diklat list (empty store)", r)
        return
    rep.add(
        Row(
            "cold start: diklat list, empty store",
            f"median of {repeats}",
            r.wall,
            r.rss_mb,
            r.cpu,
            note=f"min {min(walls):.3f} s",
        )
    )


def bench_import(rep: Report, d: list[str], out: Path, n: int, seed: int, timeout: float) -> None:
    folder = articles_folder(out, n, seed)
    store = out / f"import-{n}" / "store.json"
    shutil.rmtree(store.parent, ignore_errors=True)
    store.parent.mkdir(parents=True)
    r = run([*d, "--store", str(store), "import", str(folder)], env=generate.bench_env(store), timeout=timeout)
    if not r.ok:
        rep.fail(f"import of {n} articles", r)
        if r.timed_out:
            rep.add(
                Row(
                    "import into an empty store",
                    f"{_n(n)} articles",
                    None,
                    r.rss_mb,
                    rate=f"< {n / timeout:.1f}/s",
                    target=f">= {TARGET_IMPORT_RATE:.0f} articles/s",
                    verdict="MISS",
                    note=f"timed out after {timeout:.0f} s",
                )
            )
        return
    rate = n / r.wall
    note = f"{summary(r.stderr)}; {n / r.cpu:.1f} articles per CPU second"
    if r.tree_rss_mb > r.rss_mb + 1:
        note += f"; peak of its biggest worker process {r.tree_rss_mb:.0f} MB"
    rep.add(
        Row(
            "import into an empty store",
            f"{_n(n)} articles",
            r.wall,
            r.rss_mb,
            r.cpu,
            rate=f"{rate:.1f}/s",
            target=f">= {TARGET_IMPORT_RATE:.0f} articles/s",
            verdict=verdict(rate >= TARGET_IMPORT_RATE),
            note=note,
        )
    )


def bench_index_build(rep: Report, d: list[str], n: int, store: Path, timeout: float) -> float | None:
    """The first query after the store file was written by something else than diklat
    (here: the generator's own copy of it): the derived index is built from the file."""
    index_file = store.with_name(store.stem + ".index.sqlite")
    index_file.unlink(missing_ok=True)
    r = run([*d, "--store", str(store), "list", "-n", "1"], env=generate.bench_env(store), timeout=timeout)
    if not r.ok:
        rep.fail(f"index build for {n}", r)
        return None
    size = index_file.stat().st_size / 1e6 if index_file.exists() else 0
    # beside it, in the same run: reading the whole file with Python's json (jq s column)
    ref = run([sys.executable, "-c", PY_JSON_LOAD, str(store)], timeout=timeout)
    at_target = n >= TARGET_SIZE
    rep.add(
        Row(
            "first query: builds the index",
            f"{_n(n)} visits",
            r.wall,
            r.rss_mb,
            r.cpu,
            jq_s=ref.wall if ref.ok else None,
            jq_rss_mb=ref.rss_mb if ref.ok else None,
            target=f"<= {TARGET_INDEX_BUILD_S:g} s",
            verdict=verdict(r.wall <= TARGET_INDEX_BUILD_S if at_target else None),
            note=f"once per outside change of the store file; index {size:.0f} MB;"
            " jq s column: python -c 'json.load(file)'",
        )
    )
    return r.rss_mb


def bench_queries(
    rep: Report,
    d: list[str],
    jq: str | None,
    out: Path,
    n: int,
    store: Path,
    repeats: int,
    at_target: bool,
    timeout: float,
) -> list[float]:
    """list / stats / export on the store; returns the peak RSS of each diklat command."""
    env = generate.bench_env(store)
    province, expected = busiest_province(store)
    rss: list[float] = []
    size = f"{_n(n)} visits"
    res = out / "results"
    res.mkdir(parents=True, exist_ok=True)

    def diklat(args, stdout_path=None):
        r, _ = repeated(repeats, [*d, "--store", str(store), *args], env=env, stdout_path=stdout_path, timeout=timeout)
        if not r.ok:
            rep.fail(f"diklat {' '.join(args)} on {size}", r)
            return None
        rss.append(r.rss_mb)
        return r

    def jq_run(program, args, stdout_path):
        if jq is None:
            return None
        r, _ = repeated(repeats, [jq, *args, program, str(store)], stdout_path=stdout_path, timeout=timeout)
        if not r.ok:
            rep.fail(f"jq for {size}", r)
            return None
        return r

    def add_row(what, r, j, target: str, ok: bool | None, note: str) -> None:
        """diklat's figures `r` beside the reference's `j` (jq or json.load), at this size."""
        rep.add(
            Row(
                what,
                size,
                r.wall,
                r.rss_mb,
                r.cpu,
                jq_s=j.wall if j else None,
                jq_rss_mb=j.rss_mb if j else None,
                target=target,
                verdict=verdict(ok),
                note=note,
            )
        )

    def query_row(what, r, j, target_speed: bool, note=""):
        if r is None:
            return
        ratio = j.wall / r.wall if j is not None else None
        target, ok = "", None
        if target_speed:
            target = f"<= {TARGET_QUERY_S:g} s, >= {TARGET_JQ_RATIO:g}x jq"
            if at_target:
                ok = r.wall <= TARGET_QUERY_S and (ratio is None or ratio >= TARGET_JQ_RATIO)
        add_row(what, r, j, target, ok, note)

    list_out = res / f"list-{n}.txt"
    r = diklat(["list", "--province", province], list_out)
    j = jq_run(JQ_LIST, ["-r", "--arg", "p", province.lower()], res / f"list-{n}-jq.tsv")
    if r is not None:
        shown = count_line(r.stdout + "\n" + r.stderr)
        jq_rows = None
        if j is not None:
            with open(res / f"list-{n}-jq.tsv", "rb") as f:
                jq_rows = sum(1 for _ in f)
        note = f"{province}: diklat '{shown}', jq {jq_rows} rows" if jq_rows is not None else f"{province}: {shown}"
        query_row("list --province X", r, j, True, note)

    r = diklat(["stats"], res / f"stats-{n}.txt")
    j = jq_run(JQ_STATS, ["-c"], res / f"stats-{n}-jq.json")
    query_row("stats", r, j, True)

    def limit_row(what, r, j, limit_s, note=""):
        """A row with a time target and the export memory target (issue 16)."""
        if r is None:
            return
        ok = None
        if at_target:
            ok = (limit_s is None or r.wall <= limit_s) and r.rss_mb <= TARGET_EXPORT_RSS_MB
        target = (f"<= {limit_s:g} s, " if limit_s is not None else "") + f"<= {TARGET_EXPORT_RSS_MB:.0f} MB"
        add_row(what, r, j, target, ok, note)

    r = diklat(["list", "--province", province, "--json"], res / f"list-{n}.json")
    j = jq_run(JQ_LIST_JSON, ["--arg", "p", province.lower()], res / f"list-{n}-jq.json")
    limit_row(
        "list --province X --json",
        r,
        j,
        TARGET_LIST_JSON_S,
        note=f"{province}; jq: the same records, unmerged, as jq prints them",
    )

    r = diklat(["list", "--province", province, "--jsonl"], res / f"list-{n}.jsonl")
    j = jq_run(JQ_LIST_JSONL, ["-c", "--arg", "p", province.lower()], res / f"list-{n}-jq.jsonl")
    limit_row(
        "list --province X --jsonl",
        r,
        j,
        TARGET_LIST_JSON_S,
        note=f"{province}; jq: the same records, unmerged, one per line",
    )

    three = [p for p, _ in busiest_provinces(store, 3)]
    any_of = [a for p in three for a in ("--province", p)]
    r = diklat(["list", *any_of, "--json"], res / f"list3-{n}.json")
    j = jq_run(
        JQ_LIST_JSON_ANY, ["--argjson", "ps", json.dumps([p.lower() for p in three])], res / f"list3-{n}-jq.json"
    )
    if r is not None:
        with open(res / f"list3-{n}.json", "rb") as f:
            shown = sum(1 for line in f if line.startswith(b"  {"))
    limit_row(
        "list --province X --province Y --province Z --json",
        r,
        j,
        TARGET_LIST_JSON_S,
        note=(f"{', '.join(three)}: {shown:,} records (Lampung-sized in issue 16)" if r else ""),
    )

    csv_path = res / f"export-{n}.csv"
    r = diklat(["export", "--csv", "-o", str(csv_path)])
    j = jq_run(JQ_EXPORT, ["-r"], res / f"export-{n}-jq.csv")
    limit_row("export --csv -o FILE", r, j, TARGET_EXPORT_CSV_S, note=(r.stderr.strip() if r else ""))

    r = diklat(["export", "--jsonl", "-o", str(res / f"export-{n}.jsonl")])
    j = jq_run(JQ_EXPORT_JSONL, ["-c"], res / f"export-{n}-jq.jsonl")
    limit_row("export --jsonl -o FILE", r, j, None)

    r = diklat(["export", "--json", "-o", str(res / f"export-{n}.json")])
    limit_row("export --json -o FILE", r, None, None)

    r = diklat(["export", "--xlsx", "-o", str(res / f"export-{n}.xlsx")])
    limit_row("export --xlsx -o FILE", r, None, None)
    return rss


# the target of issue 13, "bounded work on hostile input": any 5 MB input, extracted or refused
TARGET_HOSTILE_S = 5.0
REFERENCE = "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"


def hostile_inputs(out: Path, size: int, lokus: int) -> list[tuple[str, Path]]:
    """tests/hostile.py's classes at `size` bytes, and a lokus list of `lokus` names."""
    sys.path.insert(0, str(ROOT))
    from tests import hostile  # noqa: PLC0415  (the generator the tests use)

    folder = out / f"hostile-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    made = [(name, make(size), ".html" if "html" in name else ".txt") for name, make in hostile.CLASSES.items()]
    made.append((f"lokus list of {_n(lokus)} names", hostile.lokus_list(lokus), ".txt"))
    inputs = []
    for name, text, suffix in made:
        path = folder / (name.replace(" ", "-").replace(",", "") + suffix)
        if not path.exists() or path.stat().st_size != len(text.encode("utf-8")):
            path.write_text(text, encoding="utf-8")
        inputs.append((name, path))
    return inputs


def bench_hostile(rep: Report, d: list[str], out: Path, size: int, lokus: int, timeout: float) -> None:
    """`diklat extract` of each hostile input: extracted, or refused with one line (too long,
    too complex), in what time; beside it Python's json.load of a JSON file of the same size."""
    for name, path in hostile_inputs(out, size, lokus):
        r = run([*d, "extract", str(path)], env=generate.bench_env(), timeout=timeout, ok_codes=(0, 1, 4))
        if not r.ok:
            rep.fail(f"extract of hostile input {name}", r)
            continue
        reference = path.with_suffix(".json")
        if not reference.exists() or reference.stat().st_mtime < path.stat().st_mtime:
            # a JSON list of the input's words, of the input's size
            words, total = [], 2
            for word in path.read_text(encoding="utf-8").split(" "):
                total += len(json.dumps(word)) + 2
                if total > path.stat().st_size:
                    break
                words.append(word)
            reference.write_text(json.dumps(words), encoding="utf-8")
        ref = run([sys.executable, "-c", REFERENCE, str(reference)], env=generate.bench_env(), timeout=timeout)
        said = next((w for w in ("too long", "too complex", "too large") if w in r.stderr), "extracted")
        rep.add(
            Row(
                f"hostile: {name}",
                f"{path.stat().st_size / 1e6:.1f} MB",
                r.wall,
                r.rss_mb,
                r.cpu,
                jq_s=ref.wall if ref.ok else None,
                jq_rss_mb=ref.rss_mb if ref.ok else None,
                target=f"<= {TARGET_HOSTILE_S:.0f} s CPU",
                verdict=verdict(r.cpu <= TARGET_HOSTILE_S),
                note=f"{said}; reference (jq columns): python json.load of a {reference.stat().st_size / 1e6:.1f}"
                " MB JSON file",
            )
        )


def copy_store(store: Path, target: Path) -> None:
    """A store to change, as it is: the store file hard-linked (diklat replaces it, never writes
    into it, so the original stays; and size, mtime and inode stay those any index beside it
    recorded), every other file beside it with the same stem copied."""
    try:
        os.link(store, target)
    except OSError:
        shutil.copy2(store, target)
    for other in store.parent.glob(store.stem + ".*"):
        if other.is_file() and other.name not in (store.name, store.name + ".lock", store.name + ".complete"):
            shutil.copy2(other, target.with_name(target.stem + other.name[len(store.stem) :]))


def bench_single_import(
    rep: Report, d: list[str], out: Path, n: int, store: Path, seed: int, repeats: int, at_target: bool, timeout: float
) -> float | None:
    one = out / "single" / "article"
    shutil.rmtree(one.parent, ignore_errors=True)
    one.mkdir(parents=True)
    name, content, _ = generate.write_article(seed, 10_000_000, generate.Words(), html_share=0.0)
    article = one / name
    article.write_text(content, "utf-8")
    walls, cpus, peak, last = [], [], 0.0, None
    for i in range(repeats):
        scratch = out / "single" / f"copy{i}" / "store.json"
        scratch.parent.mkdir(parents=True)
        copy_store(store, scratch)
        if hasattr(os, "sync"):
            # the copy (a 400 MB index at 100k) is not timed: neither is writing it back to disk,
            # which the import's own fsync would otherwise wait for
            os.sync()
        r = run([*d, "--store", str(scratch), "import", str(article)], env=generate.bench_env(scratch), timeout=timeout)
        shutil.rmtree(scratch.parent, ignore_errors=True)
        if not r.ok:
            rep.fail(f"single import into {n}", r)
            return None
        walls.append(r.wall)
        cpus.append(r.cpu)
        peak = max(peak, r.rss_mb, r.tree_rss_mb)
        last = r
    wall = statistics.median(walls)
    ok = wall <= TARGET_SINGLE_IMPORT_S if at_target else None
    rep.add(
        Row(
            "import of 1 article into the store",
            f"{_n(n)} visits",
            wall,
            peak,
            statistics.median(cpus),
            target=f"<= {TARGET_SINGLE_IMPORT_S:g} s",
            verdict=verdict(ok),
            note=summary(last.stderr) if last else "",
        )
    )
    return peak


def bench_edit_delete(
    rep: Report, d: list[str], out: Path, n: int, store: Path, repeats: int, timeout: float
) -> list[float]:
    """`edit ID participants=…` and `delete --yes ID` of one visit of a copy of the store whose
    index is up to date (the queries built it); beside them, Python's json.load of the same
    file (jq s column): what loading the store whole costs at the least."""
    (out / "change").mkdir(parents=True, exist_ok=True)
    one = out / "change" / "one.json"
    listed = run(
        [*d, "--store", str(store), "list", "--json", "--no-merge", "-n", "1"],
        env=generate.bench_env(store),
        stdout_path=one,
        timeout=timeout,
    )
    if not listed.ok:
        rep.fail(f"list for edit/delete at {n}", listed)
        return []
    vid = json.loads(one.read_bytes())[0]["id"]  # a visit somewhere in the file (the newest)
    ref = run([sys.executable, "-c", PY_JSON_LOAD, str(store)], timeout=timeout)
    peaks = []
    changes = (("edit of 1 visit", ["edit", vid, "participants=33"]), ("delete of 1 visit", ["delete", "--yes", vid]))
    for what, args in changes:
        walls, cpus, peak = [], [], 0.0
        for i in range(repeats):
            scratch = out / "change" / f"copy{i}" / "store.json"
            shutil.rmtree(scratch.parent, ignore_errors=True)
            scratch.parent.mkdir(parents=True)
            copy_store(store, scratch)
            if hasattr(os, "sync"):
                os.sync()  # as for the single import: writing the copy back is not timed
            r = run([*d, "--store", str(scratch), *args], env=generate.bench_env(scratch), timeout=timeout)
            shutil.rmtree(scratch.parent, ignore_errors=True)
            if not r.ok:
                rep.fail(f"{what} at {n}", r)
                break
            walls.append(r.wall)
            cpus.append(r.cpu)
            peak = max(peak, r.rss_mb)
        else:
            rep.add(
                Row(
                    what,
                    f"{_n(n)} visits",
                    statistics.median(walls),
                    peak,
                    statistics.median(cpus),
                    jq_s=ref.wall if ref.ok else None,
                    jq_rss_mb=ref.rss_mb if ref.ok else None,
                    note="writes the whole file again, durably; jq s column: python -c 'json.load(file)'",
                )
            )
            peaks.append(peak)
    return peaks


EXTRACT_PROFILE = r"""
import cProfile, sys
from pathlib import Path
from diklat_cli import ingest as importer

files = sorted(p for p in Path(sys.argv[1]).iterdir() if p.is_file() and not p.name.startswith("."))

def work():
    for f in files:
        importer.analyse(f.name, f.read_bytes())

cProfile.run("work()", sys.argv[2])
"""


def profiles(d: list[str], out: Path, store: Path, n_store: int, articles: Path, n_articles: int, top: int) -> None:
    """cProfile of list, stats and a one-article import at the biggest store, of an import and of the
    extraction alone (in one process, as import's worker processes are invisible to cProfile);
    -X importtime of --help."""
    prof = out / "profiles"
    shutil.rmtree(prof, ignore_errors=True)
    prof.mkdir(parents=True)
    py = sys.executable
    province, _ = busiest_province(store)
    one = out / "single" / "article"
    copy = prof / "single-store" / "store.json"
    copy.parent.mkdir(parents=True)
    copy_store(store, copy)
    cli = [py, "-m", "cProfile", "-o", "{prof}", "-m", "diklat_cli", "--store"]
    jobs = {
        f"list-{n_store}": ([*cli, str(store), "list", "--province", province], store),
        f"stats-{n_store}": ([*cli, str(store), "stats"], store),
        f"import-1-into-{n_store}": ([*cli, str(copy), "import", str(one)], copy),
        f"import-{n_articles}": (
            [*cli, str(prof / "import-store" / "store.json"), "import", str(articles)],
            prof / "import-store" / "store.json",
        ),
        f"extract-{n_articles}-in-process": ([py, "-c", EXTRACT_PROFILE, str(articles), "{prof}"], None),
    }
    import pstats

    for label, (argv, st) in jobs.items():
        if st is not None:
            st.parent.mkdir(parents=True, exist_ok=True)
        out_file = prof / f"{label}.prof"
        argv = [str(out_file) if a == "{prof}" else a for a in argv]
        r = run(argv, env=generate.bench_env(st), timeout=3600)
        if not out_file.exists():
            print(f"  profile {label} failed: {r.stderr[-500:]}", file=sys.stderr)
            continue
        with open(prof / f"{label}.txt", "w") as f:
            stats = pstats.Stats(str(out_file), stream=f)
            f.write(f"# {label}: {r.wall:.2f} s wall under cProfile\n")
            stats.sort_stats("cumulative").print_stats(top)
            stats.sort_stats("tottime").print_stats(top)
        print(f"  profile {label}: {prof / (label + '.txt')}", file=sys.stderr, flush=True)
    shutil.rmtree(copy.parent, ignore_errors=True)
    r = run([py, "-X", "importtime", "-m", "diklat_cli", "--help"], env=generate.bench_env())
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("import time:")]
    (prof / "importtime-help.txt").write_text("\n".join(lines) + "\n")
    # the heaviest imports by cumulative time (the second column)
    rows = []
    for ln in lines[1:]:
        parts = [p.strip() for p in ln.split("|")]
        try:
            rows.append((int(parts[1]), ln))
        except (ValueError, IndexError):
            continue
    rows.sort(reverse=True)
    (prof / "importtime-help-top.txt").write_text("\n".join(ln for _, ln in rows[:top]) + "\n")
    print(f"  importtime of --help: {prof / 'importtime-help-top.txt'}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="diklat benchmarks (see bench/README.md)")
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat: checks the bench still runs")
    ap.add_argument("--sizes", help="store sizes for the queries, e.g. 1000,10000,100000 (0: none)")
    ap.add_argument("--import-sizes", help="article counts for the import benchmark, e.g. 1000,10000 (0: none)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out", help="generated data and results")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, help="runs of each query (median); default 3, 1 with --smoke")
    ap.add_argument("--cold-repeat", type=int, default=5, help="runs of each cold-start command (median)")
    ap.add_argument("--template", type=int, help="articles really imported to build the query stores (2000)")
    ap.add_argument("--import-timeout", type=float, default=1500, help="seconds one import may take")
    ap.add_argument("--timeout", type=float, default=600, help="seconds one query may take")
    ap.add_argument("--no-jq", action="store_true", help="skip the jq comparisons")
    ap.add_argument(
        "--no-pycache",
        action="store_true",
        help="leave PYTHONDONTWRITEBYTECODE alone (by default bytecode is cached in OUT/pycache)",
    )
    ap.add_argument("--hostile-size", type=int, help="bytes of each hostile input (default 5 MB; smoke 200 KB)")
    ap.add_argument("--hostile-only", action="store_true", help="only the hostile-input rows (issue 13)")
    ap.add_argument("--profile", action="store_true", help="also write profiles to OUT/profiles/")
    ap.add_argument("--profile-top", type=int, default=25)
    args = ap.parse_args(argv)

    if args.smoke:
        sizes, import_sizes, repeats, template, cold = [200], [20], 1, 40, 2
    else:
        sizes, import_sizes, repeats, template, cold = [1000, 10_000, 100_000], [1000, 10_000], 3, 2000, 5
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip() and int(s) > 0]
    if args.import_sizes is not None:
        import_sizes = [int(s) for s in args.import_sizes.split(",") if s.strip() and int(s) > 0]
    repeats = args.repeat or repeats
    template = args.template or min(template, max(sizes or [template]))
    cold = 2 if args.smoke and args.cold_repeat == 5 else args.cold_repeat
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    global _SCRATCH
    _SCRATCH = out / "tmp"
    _SCRATCH.mkdir(exist_ok=True)

    d = generate.diklat_command()
    jq = None if args.no_jq else shutil.which("jq")
    fp = fingerprint()
    for old in [*out.glob("stores-*"), *out.glob("template-*")]:
        if old.is_dir() and not old.name.endswith(fp):  # built by other code: of no further use
            shutil.rmtree(old, ignore_errors=True)
    started = time.perf_counter()
    print(f"diklat: {' '.join(d)}; jq: {jq or 'not found (jq columns skipped)'}; data in {out}", file=sys.stderr)
    rep = Report()

    if not args.no_pycache:
        generate.PYCACHE_PREFIX = out / "pycache"
    load_before = os.getloadavg()
    code_state = _code_state()
    warm_up(d, out, args.seed)
    if args.hostile_only:
        sizes, import_sizes = [], []
    else:
        print("cold start", file=sys.stderr, flush=True)
        bench_cold_start(rep, d, out, cold)

    biggest = max(sizes) if sizes else None
    stores: dict[int, Path] = {}
    peak_at_biggest: list[float] = []
    for n in sizes:
        print(f"store of {_n(n)} visits", file=sys.stderr, flush=True)
        stores[n] = query_store(out, n, args.seed, template, fp)
        at_target = n >= TARGET_SIZE
        built = bench_index_build(rep, d, n, stores[n], args.timeout)
        rss = bench_queries(rep, d, jq, out, n, stores[n], repeats, at_target, args.timeout)
        rss += [built] if built else []
        rss += bench_edit_delete(rep, d, out, n, stores[n], repeats, args.timeout)
        if n == biggest:
            single = bench_single_import(rep, d, out, n, stores[n], args.seed, repeats, at_target, args.timeout)
            peak_at_biggest = rss + ([single] if single else [])

    for n in import_sizes:
        print(f"import of {_n(n)} articles", file=sys.stderr, flush=True)
        bench_import(rep, d, out, n, args.seed, args.import_timeout)

    print("hostile inputs", file=sys.stderr, flush=True)
    hostile_size = args.hostile_size or (200_000 if args.smoke else 5 * 1024 * 1024)
    bench_hostile(rep, d, out, hostile_size, 1_000 if args.smoke else 10_000, args.timeout)

    if biggest is not None and peak_at_biggest:
        peak = max(peak_at_biggest)
        rep.add(
            Row(
                "peak RSS of any command",
                f"{_n(biggest)} visits",
                None,
                peak,
                target=f"<= {TARGET_RSS_MB:.0f} MB",
                verdict=verdict(peak <= TARGET_RSS_MB if biggest >= TARGET_SIZE else None),
            )
        )

    if args.profile and biggest is not None:
        print("profiles", file=sys.stderr, flush=True)
        n_prof = min(import_sizes or [20])
        profiles(d, out, stores[biggest], biggest, articles_folder(out, n_prof, args.seed), n_prof, args.profile_top)

    print()
    print(
        f"diklat benchmarks, {dt.datetime.now().isoformat(timespec='seconds')}, "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, jq {_jq_version(jq)}"
        + ("  [SMOKE: tiny sizes, figures mean nothing]" if args.smoke else "")
    )
    load_after = os.getloadavg()
    print(f"code: {code_state} (fingerprint {fp})")
    print(
        f"load average (1 min) at start {load_before[0]:.2f}, at end {load_after[0]:.2f}"
        + ("  [the machine was busy: times are inflated]" if max(load_before[0], load_after[0]) > 0.7 else "")
    )
    print(rep.table())
    print()
    print("Targets are judged at 100,000 visits; rows at other sizes show no PASS/MISS for them.")
    for row in rep.rows:
        if row.note:
            print(f"  {row.what} [{row.size}]: {row.note}")
    results = out / ("results-smoke.json" if args.smoke else "results.json")
    results.write_text(
        json.dumps(
            {
                "rows": [{**dataclasses.asdict(r), "ratio": r.ratio} for r in rep.rows],
                "failures": rep.failures,
                "smoke": args.smoke,
                "seconds": time.perf_counter() - started,
            },
            indent=1,
        )
    )
    if rep.failures:
        print("\nFAILED commands:", file=sys.stderr)
        for f in rep.failures:
            print(f, file=sys.stderr)
        return 1
    print(f"\n(total {time.perf_counter() - started:.0f} s; results also in {results})")
    return 0


def _code_state() -> str:
    """The commit measured, and whether diklat_cli had uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "diklat_cli"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        return "not a git checkout"
    if not head:
        return "not a git checkout"
    return f"commit {head}" + (f" + {len(dirty)} uncommitted file(s) in diklat_cli" if dirty else "")


def _jq_version(jq: str | None) -> str:
    if jq is None:
        return "n/a"
    try:
        return subprocess.run([jq, "--version"], capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"


if __name__ == "__main__":
    sys.exit(main())
