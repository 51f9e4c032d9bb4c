"""Helpers of test_robustness.py: made-up articles, running the real CLI, snapshots.

Every article here is written for these tests (a made-up Kabupaten Sigi → Kota Malang
visit); nothing is copied from the shared corpus.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CLI_TIMEOUT = 60  # seconds for any one CLI run; every subprocess here has a timeout

_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_BULAN = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip

# The title's quote is what the Windows-1252 row checks: 0x93/0x94 must become “ ”.
QUOTED = "“Inovasi Pelayanan”"


def visit_article(n: int = 0) -> str:
    """A short news report of one visit; `n` changes cohort, size, dates and reporter so
    that every n gives a different article (and a different sha256)."""
    cohort = _ROMAN[n % 12]
    participants = 20 + n
    day = 1 + n % 25
    month = _BULAN[(n // 25) % 12]
    year = 2016 + (n // 300) % 8
    return f"""Peserta PKA Angkatan {cohort} Kabupaten Sigi Belajar {QUOTED} di Kota Malang

Malang (Warta Daerah) - Sebanyak {participants} peserta Pelatihan Kepemimpinan Administrator (PKA) \
Angkatan {cohort} Pemerintah Kabupaten Sigi melaksanakan studi lapangan ke Pemerintah Kota Malang, \
Jawa Timur, pada {day} sampai {day + 2} {month} {year}.

Rombongan dipimpin Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sigi \
Hasanuddin Lamase dan diterima Sekretaris Daerah Kota Malang Wahyu Hidayat di Balai Kota Malang.

"Kami ingin belajar langsung bagaimana Kota Malang membangun mal pelayanan publik," kata Hasanuddin.

Peserta dibagi ke tiga lokus, yakni Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu, Dinas \
Kependudukan dan Pencatatan Sipil serta Badan Pendapatan Daerah Kota Malang.

Pewarta: Rina Kusuma {n}
Editor: Agus Salim
"""


NO_VISIT_ARTICLE = """Bupati Sigi Buka Rapat Koordinasi Penanggulangan Banjir

Sigi (Warta Daerah) - Bupati Sigi membuka rapat koordinasi penanggulangan banjir di aula kantor \
bupati, Selasa. Rapat diikuti para camat dan kepala desa se-Kabupaten Sigi.

"Musim hujan sudah dekat, semua pihak harus siap," kata Bupati.

Pewarta: Rina Kusuma
"""


def html_page(body: str, head: str = "<title>Warta Daerah</title>") -> str:
    return f'<!doctype html>\n<html lang="id"><head><meta charset="utf-8">{head}</head>\n<body>{body}</body></html>\n'


def paragraphs_html(text: str) -> str:
    """The article's paragraphs as <p> elements, its first line as <h1>."""
    title, _, rest = text.partition("\n\n")
    paras = "".join(f"<p>{p}</p>\n" for p in rest.split("\n\n") if p.strip())
    return f"<h1>{title}</h1>\n{paras}"


# --- running the CLI -------------------------------------------------------------------------

# Run instead of `-m diklat_cli` when an input must not reach the network: every way to
# open a connection or resolve a name is replaced by one that leaves a note and fails.
NO_NETWORK = """
import os, runpy, socket, sys
def _refuse(*args, **kwargs):
    with open(os.environ["DIKLAT_TEST_NETLOG"], "a") as log:
        log.write(repr(args[:2]) + "\\n")
    raise OSError("network use blocked by the test")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
sys.argv[0] = "diklat"
runpy.run_module("diklat_cli", run_name="__main__", alter_sys=True)
"""


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a CLI run: store and config in `home`, nothing from the user."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DIKLAT_") and k not in ("COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR", "TERM")
    }
    env.update(
        DIKLAT_STORE=str(home / "data" / "store.json"),
        DIKLAT_CONFIG=str(home / "config.toml"),
        PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),  # the source tree under test
        PYTHONIOENCODING="utf-8",
        LC_ALL="C.UTF-8",
    )
    env.update(extra)
    return env


@dataclass
class Run:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"diklat {' '.join(self.args)} → {self.returncode}\n--stdout--\n{self.stdout}\n--stderr--\n{self.stderr}"


def _command(args: list[str], guard_network: bool) -> list[str]:
    if guard_network:
        return [sys.executable, "-c", NO_NETWORK, *args]
    return [sys.executable, "-m", "diklat_cli", *args]


def run_cli(
    args: list[str],
    env: dict[str, str],
    cwd: Path,
    *,
    stdin: bytes = b"",
    timeout: float = CLI_TIMEOUT,
    guard_network: bool = False,
) -> Run:
    start = time.monotonic()
    proc = subprocess.run(
        _command(args, guard_network), input=stdin, capture_output=True, env=env, cwd=cwd, timeout=timeout
    )
    return Run(
        args,
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        time.monotonic() - start,
    )


def run_many(commands: list[list[str]], env: dict[str, str], cwd: Path, timeout: float = CLI_TIMEOUT) -> list[Run]:
    """Start every command at once (two cores: the wall time of a few runs, not all)."""
    start = time.monotonic()
    procs = [
        subprocess.Popen(
            _command(args, False), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, cwd=cwd,
        )
        for args in commands
    ]  # fmt: skip
    runs = []
    try:
        for args, proc in zip(commands, procs, strict=True):
            left = max(1.0, timeout - (time.monotonic() - start))
            out, err = proc.communicate(timeout=left)
            runs.append(
                Run(args, proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                    time.monotonic() - start)
            )  # fmt: skip
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
    return runs


def listed(env: dict[str, str], cwd: Path) -> list[dict]:
    """`diklat list --json --no-merge`: every stored visit, one dict each."""
    run = run_cli(["list", "--json", "--no-merge"], env, cwd)
    assert run.returncode == 0, run
    return json.loads(run.stdout or "[]")


# --- looking at the store ---------------------------------------------------------------------


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes; lock files aside (taking a lock may leave one)
    and the derived index (a cache any reader may rebuild, e.g. for a copied store)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith((".lock", ".index.sqlite", ".index.sqlite-journal"))
    }


def assert_clean_output(run: Run) -> None:
    """No traceback, on either stream, whatever happened."""
    assert "Traceback" not in run.stdout and "Traceback" not in run.stderr, run


def problem_lines(run: Run, name: str) -> list[str]:
    """The stderr lines that report `name`."""
    return [line for line in run.err_lines if name in line]
