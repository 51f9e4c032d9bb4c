"""Nothing lost, nothing crashes: bad inputs, broken stores, failing writes, kills, races.

Most tests run the real CLI as a subprocess with its store and config in a temporary
folder. For every bad input the CLI must print one stderr line naming the input and the
reason, never a traceback, exit with the documented status (0 ok, 1 some inputs failed,
2 usage, 3 store problem) and leave the store as it was, or holding only the visits of
the good articles.

Related properties kept elsewhere (not repeated here): store save → load is the identity
for any valid record (tests/test_store.py::test_round_trip_of_any_valid_records), export →
import round-trips (tests/test_records_io.py::test_*_round_trip_*), and load_article on
arbitrary bytes (tests/test_reader.py::test_load_article_returns_article_or_read_error).
"""

from __future__ import annotations

import ast
import codecs
import contextlib
import csv
import errno
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diklat_cli.extract import extract_text
from diklat_cli.models import Extraction
from diklat_cli.sources import reader
from diklat_cli.store import Store, StoreError
from diklat_cli.store import fileformat as store_mod
from tests.factories import make_record
from tests.robustness_helpers import (
    NO_VISIT_ARTICLE,
    QUOTED,
    REPO,
    assert_clean_output,
    cli_env,
    html_page,
    listed,
    paragraphs_html,
    problem_lines,
    run_cli,
    run_many,
    tree,
    visit_article,
)

POSIX = os.name == "posix"
ROOT = POSIX and os.geteuid() == 0
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3

# The seeded store holds these two articles' visits (20 + n participants each).
SEED = (100, 101)
ARTICLE = visit_article(0)  # the article of the matrix: 20 participants, Sigi → Malang


# --- a store to start from ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home folder whose store holds two imports (so backups exist), made once."""
    home = tmp_path_factory.mktemp("seeded")
    env = cli_env(home)
    for n in SEED:
        (home / f"seed-{n}.txt").write_text(visit_article(n), encoding="utf-8")
        run = run_cli(["import", f"seed-{n}.txt"], env, home)
        assert run.returncode == 0, run
    for n in SEED:
        (home / f"seed-{n}.txt").unlink()
    return home


@pytest.fixture
def home(seeded_home: Path, tmp_path: Path) -> Path:
    """A copy of the seeded home for one test."""
    target = tmp_path / "home"
    shutil.copytree(seeded_home, target, symlinks=True)
    return target


def store_path(home: Path) -> Path:
    return home / "data" / "store.json"


def stored_ids(home: Path) -> set[str]:
    return set(Store(store_path(home)).load().visits)


# --- 1. the bad-input matrix -------------------------------------------------------------------


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00" + bytes(
        range(256)
    )


def _pdf() -> bytes:
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf (Peserta PKA Kabupaten Sigi) Tj ET\nendstream\n"
        b"endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("berita.txt", ARTICLE)  # an article inside is still a ZIP
    return buffer.getvalue()


def _mixed_line_endings(text: str) -> bytes:
    endings = ["\r\n", "\n", "\r"]
    return "".join(line + endings[i % 3] for i, line in enumerate(text.split("\n"))).encode("utf-8")


def _malformed_html() -> bytes:
    # unclosed <p> and <b>, stray closing tags, unquoted attributes, an unterminated comment
    title, _, rest = ARTICLE.partition("\n\n")
    body = "".join(f"<p class=isi>{p}\n" for p in rest.split("\n\n"))
    page = f"<html><head><title>{title}</title><body><div id=konten><h1>{title}</h2><b>{body}</div></span></table>"
    return (page + "\n<!-- iklan").encode("utf-8")


def _html_with_script_and_images() -> bytes:
    head = (
        "<title>Warta Daerah</title>"
        '<script src="http://pelacak.example/t.js"></script>'
        '<link rel="stylesheet" href="http://cdn.example/gaya.css">'
    )
    body = (
        '<script>fetch("http://pelacak.example/ping?x=1"); document.write("IKLAN");</script>'
        '<img src="http://foto.example/kunjungan.jpg" alt="Foto bersama">'
        '<iframe src="http://video.example/embed/1"></iframe>'
        f"<article>{paragraphs_html(ARTICLE)}</article>"
        '<img src="https://foto.example/pixel.gif" width=1 height=1>'
    )
    return html_page(body, head).encode("utf-8")


def _too_large_article() -> bytes:
    padding = "\n\n".join(f"Paragraf tambahan {i}: peserta mencatat praktik baik pelayanan." for i in range(40))
    return (ARTICLE + "\n" + padding).encode("utf-8")


@dataclass(frozen=True)
class Case:
    id: str
    name: str  # file name, or "-" for stdin
    data: bytes
    expect: str  # "visit", "no-visit", "error", or "nothing" (no visit or an error: either is fine)
    reason: str = ""  # regex the error line must match
    env: dict[str, str] = field(default_factory=dict)
    guard_network: bool = False


CASES = [
    Case("empty file", "kosong.txt", b"", "error", r"empty"),
    Case("whitespace only", "spasi.txt", b"  \n\t\r\n   \n", "error", r"empty"),
    Case("PNG bytes", "foto-kunjungan.txt", _png(), "error", r"not text.*PNG"),
    Case("PDF bytes", "laporan.txt", _pdf(), "error", r"not text.*PDF"),
    Case("ZIP bytes", "arsip.txt", _zip(), "error", r"not text.*ZIP"),
    Case("random binary", "acak.txt", random.Random(7).randbytes(3000), "error", r"not text"),
    Case("0-byte stdin", "-", b"", "error", r"empty"),
    Case("stdin over the size limit", "-", _too_large_article(), "error", r"too large", {"DIKLAT_MAX_BYTES": "1024"}),
    Case("UTF-8 with BOM", "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "visit"),
    Case("UTF-8 without BOM", "utf8.txt", ARTICLE.encode("utf-8"), "visit"),
    Case("UTF-8 on stdin", "-", ARTICLE.encode("utf-8"), "visit"),
    Case("UTF-16 LE with BOM", "utf16le.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "visit"),
    Case("UTF-16 BE with BOM", "utf16be.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "visit"),
    Case("UTF-16 LE without BOM", "utf16-tanpa-bom.txt", ARTICLE.encode("utf-16-le"), "visit"),
    Case("Windows-1252 curly quotes", "cp1252.txt", ARTICLE.encode("cp1252"), "visit"),
    Case("mixed CRLF/LF/CR", "baris-campur.txt", _mixed_line_endings(ARTICLE), "visit"),
    Case("NUL bytes inside text", "nul.txt", ARTICLE.replace("Rombongan", "Rombo\x00ngan\x00").encode(), "visit"),
    Case("over the size limit", "besar.txt", _too_large_article(), "error", r"too large", {"DIKLAT_MAX_BYTES": "1024"}),
    Case("malformed HTML", "rusak.html", _malformed_html(), "visit"),
    Case("HTML without an article body", "kosong.html", html_page("", "<title>Berita</title>").encode(), "nothing"),
    Case("HTML with script and remote images", "skrip.html", _html_with_script_and_images(), "visit",
         guard_network=True),
    Case("article without a visit", "rapat-banjir.txt", NO_VISIT_ARTICLE.encode("utf-8"), "no-visit"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_matrix(case: Case, home: Path) -> None:
    netlog = home / "network.log"
    env = cli_env(home, DIKLAT_TEST_NETLOG=str(netlog), **case.env)
    before = tree(home / "data")
    ids_before = stored_ids(home)
    if case.name == "-":
        shown, args, stdin = "<stdin>", ["import", "-"], case.data
    else:
        (home / "masuk").mkdir()
        (home / "masuk" / case.name).write_bytes(case.data)
        shown, args, stdin = f"masuk/{case.name}", ["import", f"masuk/{case.name}"], b""

    run = run_cli(args, env, home, stdin=stdin, guard_network=case.guard_network)

    assert_clean_output(run)
    assert not netlog.exists(), f"network used: {netlog.read_text()}"
    lines = problem_lines(run, shown)
    expect = case.expect
    if expect == "nothing":
        expect = "error" if run.returncode == EXIT_SOME_FAILED else "no-visit"
    if expect == "error":
        assert run.returncode == EXIT_SOME_FAILED, run
        assert len(lines) == 1 and lines[0].startswith(f"error: {shown}: "), run
        assert re.search(case.reason, lines[0]), run
        assert tree(home / "data") == before  # byte for byte, no backup, no article text
    elif expect == "no-visit":
        assert run.returncode == EXIT_OK, run
        # one line, saying why: "no visit found: a.txt (no words of a trip to a host)"
        assert len(lines) == 1 and re.fullmatch(rf"no visit found: {re.escape(shown)} \(.+\)", lines[0]), run
        assert stored_ids(home) == ids_before
        assert Store(store_path(home)).check() == []
    else:
        assert run.returncode == EXIT_OK, run
        assert lines == [], run
        visits = listed(env, home)
        new = [v for v in visits if v["id"] not in ids_before]
        assert len(new) == 1 and len(visits) == len(ids_before) + 1, visits
        visit = new[0]
        assert visit["participants"] == 20 and visit["cohort"] == 1
        assert visit["origin"]["regency"] == "Kabupaten Sigi"
        assert visit["destination"]["regency"] == "Kota Malang"
        assert [o["name"] for o in visit["officials"]] == ["Hasanuddin Lamase", "Wahyu Hidayat"]
        assert "\x00" not in json.dumps(visit, ensure_ascii=False)
        if case.name.endswith(".txt") or case.name == "-":
            assert QUOTED in visit["source"]["title"]  # “ ” decoded, from cp1252 too
        s = Store(store_path(home))
        assert s.check() == []
        text = s.article_text(visit["provenance"]["sha256"])
        assert text is not None and "Wahyu Hidayat" in text
        assert "fetch(" not in text and "IKLAN" not in text  # scripts are not article text


def test_sparse_50mb_file_is_refused_quickly(home: Path) -> None:
    big = home / "masuk" / "raksasa.txt"
    big.parent.mkdir()
    with big.open("wb") as f:  # sparse where the file system allows
        f.truncate(50 * 1024 * 1024)
    before = tree(home / "data")
    run = run_cli(["import", "masuk/raksasa.txt"], cli_env(home), home, timeout=30)
    assert_clean_output(run)
    assert run.returncode == EXIT_SOME_FAILED, run
    assert problem_lines(run, "masuk/raksasa.txt") == ["error: masuk/raksasa.txt: too large: 50.0 MB (limit 5.0 MB)"]
    assert run.seconds < 20, run.seconds
    assert tree(home / "data") == before


# --- 2. a folder of good and bad files ----------------------------------------------------------


def test_folder_of_good_bad_and_strange_files(home: Path) -> None:
    folder = home / "kiriman"
    (folder / "sub folder").mkdir(parents=True)
    good = {  # name → n of visit_article(n)
        "berita kunjungan é.txt": 1,
        "студія.txt": 2,
        "sub folder/halaman.html": 3,
        "Berita UTF16.TXT": 4,
    }
    for name, n in good.items():
        text = visit_article(n)
        if name.endswith(".html"):
            data = html_page(f"<article>{paragraphs_html(text)}</article>").encode("utf-8")
        elif name.endswith(".TXT"):
            data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
        else:
            data = text.encode("utf-8")
        (folder / name).write_bytes(data)
    bad = {  # name → the reason the error line must give
        "spasi.txt": r"empty",
        "foto.txt": r"not text.*PNG",
        "sub folder/laporan.txt": r"not text.*PDF",
    }
    (folder / "spasi.txt").write_bytes(b" \n \n")  # (the FIFO below reads as the empty file)
    (folder / "foto.txt").write_bytes(_png())
    (folder / "sub folder" / "laporan.txt").write_bytes(_pdf())
    (folder / "catatan.md").write_text("bukan berita", encoding="utf-8")  # not an article suffix: skipped
    (folder / "map.txt").mkdir()  # a folder named like a file is walked, not read
    (folder / "map.txt" / "di dalam map.txt").write_text(visit_article(5), encoding="utf-8")
    good["map.txt/di dalam map.txt"] = 5
    if POSIX:
        os.symlink(folder, folder / "putaran")  # a link loop: must not trap the walk
        os.symlink("tidak-ada.txt", folder / "patah.txt")
        os.symlink("b.txt", folder / "a.txt")
        os.symlink("a.txt", folder / "b.txt")
        os.mkfifo(folder / "pipa.txt")  # opening a FIFO waits for a writer: must not hang
        bad.update({"patah.txt": r"not found|broken", "a.txt": r"symbolic links|loop", "b.txt": r"symbolic links|loop"})
        bad["pipa.txt"] = r"empty|not a regular file|unreadable"
    if POSIX and not ROOT:
        (folder / "rahasia.txt").write_text(visit_article(6), encoding="utf-8")
        (folder / "rahasia.txt").chmod(0)
        bad["rahasia.txt"] = r"permission denied"
    env = cli_env(home)
    ids_before = stored_ids(home)

    run = run_cli(["import", "kiriman"], env, home, timeout=60)

    assert_clean_output(run)
    assert run.returncode == EXIT_SOME_FAILED, run
    for name, reason in bad.items():
        lines = problem_lines(run, f"kiriman/{name}:")
        assert len(lines) == 1 and lines[0].startswith(f"error: kiriman/{name}: "), (name, run)
        assert re.search(reason, lines[0]), (name, run)
    assert len([line for line in run.err_lines if line.startswith("error: ")]) == len(bad), run
    visits = [v for v in listed(env, home) if v["id"] not in ids_before]
    assert sorted(v["participants"] for v in visits) == sorted(20 + n for n in good.values())
    files = sorted(v["provenance"]["file"] for v in visits)
    assert files == sorted(Path(name).name for name in good)
    assert Store(store_path(home)).check() == []


@pytest.mark.skipif(not POSIX or sys.platform == "darwin", reason="needs a file system that takes any bytes as a name")
def test_name_that_is_not_utf8_loses_nothing(home: Path) -> None:
    folder = home / "kiriman"
    folder.mkdir()
    (folder / "baik.txt").write_text(visit_article(1), encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"berita-\xff.txt"), "wb") as f:
        f.write(visit_article(2).encode("utf-8"))
    env = cli_env(home)
    run = run_cli(["import", "kiriman"], env, home)
    assert_clean_output(run)
    assert run.returncode == EXIT_OK, run
    assert len(listed(env, home)) == len(SEED) + 2


@pytest.mark.parametrize(
    "name", ["a-long-folder-name-" * 4 + "/kosong.txt", "baris\nbaru.txt"], ids=["long", "newline"]
)
def test_one_problem_is_one_line_whatever_the_name(home: Path, name: str) -> None:
    if "\n" in name and not POSIX:
        pytest.skip("newline in a file name needs POSIX")
    path = home / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    run = run_cli(["import", name], cli_env(home), home)
    assert_clean_output(run)
    assert run.returncode == EXIT_SOME_FAILED
    errors = [line for line in run.err_lines if not line.startswith("imported ")]
    assert len(errors) == 1 and errors[0].endswith(": empty file"), run


def test_identical_bad_files_are_each_reported(home: Path) -> None:
    (home / "a.txt").write_bytes(b"")
    (home / "b.txt").write_bytes(b"")
    run = run_cli(["import", "a.txt", "b.txt"], cli_env(home), home)
    assert_clean_output(run)
    assert run.returncode == EXIT_SOME_FAILED, run
    assert problem_lines(run, "a.txt") == ["error: a.txt: empty file"], run
    assert problem_lines(run, "b.txt") == ["error: b.txt: empty file"], run


def test_deeply_nested_json_is_reported_not_a_crash(home: Path) -> None:
    """json.loads raises RecursionError (not a ValueError) on deep nesting: it once escaped
    `diklat import` as a traceback and lost the whole batch."""
    (home / "bersarang.json").write_text('{"a":' * 50_000 + "1" + "}" * 50_000, encoding="utf-8")
    (home / "baik.txt").write_text(visit_article(1), encoding="utf-8")
    env = cli_env(home)
    run = run_cli(["import", "baik.txt", "bersarang.json"], env, home)
    assert_clean_output(run)
    assert run.returncode in (EXIT_OK, EXIT_SOME_FAILED), run
    assert len(problem_lines(run, "bersarang.json")) == 1, run
    assert len(listed(env, home)) == len(SEED) + 1


def test_damaged_export_is_an_error_not_an_article(home: Path) -> None:
    from diklat_cli.output.formats import to_json

    export = to_json([make_record(id="c0ffee000002")])
    (home / "ekspor-terpotong.json").write_bytes(export[: len(export) // 2])
    run = run_cli(["import", "ekspor-terpotong.json"], cli_env(home), home)
    assert_clean_output(run)
    assert run.returncode == EXIT_SOME_FAILED, run
    lines = problem_lines(run, "ekspor-terpotong.json")
    assert len(lines) == 1 and lines[0].startswith("error: ekspor-terpotong.json: not a valid diklat"), run


# --- 3. a damaged store -------------------------------------------------------------------------


def _hand_broken(good: bytes) -> bytes:
    lines = good.split(b"\n")
    i = next(i for i, line in enumerate(lines) if line.startswith(b'{"program"'))
    lines[i] = lines[i].replace(b'","', b'" "', 1)  # a lost comma, as a hand edit leaves it
    return b"\n".join(lines)


def _wrong_shape(good: bytes) -> bytes:
    doc = json.loads(good)
    return json.dumps({**doc, "articles": list(doc["articles"]), "visits": {"0": doc["visits"]}}).encode()


def _bad_visit(good: bytes) -> bytes:
    doc = json.loads(good)
    doc["visits"][0]["participants"] = "banyak sekali"
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


STORE_FAULTS = {
    "truncated": lambda good: good[: len(good) // 2],
    "hand-broken JSON": _hand_broken,
    "valid JSON, a list": lambda good: json.dumps(json.loads(good)["visits"]).encode(),
    "valid JSON, wrong shape": _wrong_shape,
    "invalid visit": _bad_visit,
}


@pytest.mark.parametrize("fault", list(STORE_FAULTS))
def test_damaged_store_is_refused_reported_and_restored(home: Path, fault: str) -> None:
    path = store_path(home)
    s = Store(path)
    newest_backup = s.backups()[0].read_bytes()
    damaged = STORE_FAULTS[fault](path.read_bytes())
    path.write_bytes(damaged)
    (home / "baru.txt").write_text(visit_article(7), encoding="utf-8")
    vid = sorted(stored_ids_from_backup(newest_backup))[0][:8]
    before = tree(home / "data")
    env = cli_env(home)
    every_command = fault == "truncated"  # the others: a reader, a writer and doctor (time)
    commands = [
        ["list"],
        ["list", "--json"],
        ["list", "--csv"],
        ["show", vid],
        ["export", "--csv"],
        ["export", "--json", "-o", "keluar.json"],
        ["stats"],
        ["import", "baru.txt"],
        ["edit", vid, "participants=7"],
        ["delete", "--yes", vid],
        ["doctor"],
    ]
    if not every_command:
        commands = [["list", "--json"], ["import", "baru.txt"], ["doctor"]]

    runs = run_many(commands, env, home)

    for run in runs:
        assert_clean_output(run)
        assert run.returncode == EXIT_STORE, run
        assert run.stdout == "", run
        if run.args == ["doctor"]:
            problems = [line for line in run.err_lines if line.startswith("problem: ")]
            assert problems and all(str(path) in line for line in problems), run
            assert "diklat doctor --restore" in run.err_lines[-1], run
        else:
            assert len(run.err_lines) == 1, run
            assert str(path) in run.stderr and "diklat doctor --restore" in run.stderr, run
    assert tree(home / "data") == before
    assert not (home / "keluar.json").exists()

    run = run_cli(["doctor", "--restore"], env, home)
    assert_clean_output(run)
    assert run.returncode == EXIT_OK, run
    assert path.read_bytes() == newest_backup
    aside = list(path.parent.glob("store.json.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # set aside, not lost
    assert stored_ids(home) == stored_ids_from_backup(newest_backup)
    if every_command:
        assert {v["id"] for v in listed(env, home)} == stored_ids_from_backup(newest_backup)
        run = run_cli(["doctor"], env, home)
        assert run.returncode == EXIT_OK and "healthy" in run.stdout, run
    else:
        assert Store(path).check() == []


def stored_ids_from_backup(raw: bytes) -> set[str]:
    return {v["id"] for v in json.loads(raw)["visits"]}


def _with_version(home: Path, version) -> bytes:
    path = store_path(home)
    doc = json.loads(path.read_bytes())
    doc["schema_version"] = version
    if isinstance(version, int) and version > store_mod.SCHEMA_VERSION:
        doc["visits"][0]["sumber_lain"] = "a field from the future"
    raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    path.write_bytes(raw)
    return raw


def test_store_from_a_newer_diklat_is_refused_and_kept(home: Path) -> None:
    newer = store_mod.SCHEMA_VERSION + 1
    _with_version(home, newer)
    (home / "baru.txt").write_text(visit_article(7), encoding="utf-8")
    before = tree(home / "data")
    env = cli_env(home)
    runs = run_many(
        [["list"], ["import", "baru.txt"], ["stats"], ["doctor"], ["doctor", "--restore"], ["undo"]], env, home
    )
    for run in runs:
        assert_clean_output(run)
        assert run.returncode == EXIT_STORE, run
        assert f"schema version {newer}" in run.stderr and "newer diklat" in run.stderr, run
        if run.args[0] != "doctor":
            assert len(run.err_lines) == 1 and "upgrade diklat" in run.stderr, run
    assert tree(home / "data") == before  # not restored over, not set aside as "damaged"


def test_doctor_advises_upgrading_for_a_newer_store(home: Path) -> None:
    _with_version(home, store_mod.SCHEMA_VERSION + 1)
    run = run_cli(["doctor"], cli_env(home), home)
    assert run.returncode == EXIT_STORE
    assert "--restore" not in run.stderr and "upgrade" in run.stderr, run


@pytest.mark.parametrize("version", [0, None, "dua"])
def test_store_with_an_unusable_schema_version_is_refused(home: Path, version) -> None:
    _with_version(home, version)
    before = tree(home / "data")
    (home / "baru.txt").write_text(visit_article(7), encoding="utf-8")
    for run in run_many([["list"], ["import", "baru.txt"]], cli_env(home), home):
        assert_clean_output(run)
        assert run.returncode == EXIT_STORE and len(run.err_lines) == 1, run
        assert "schema_version" in run.stderr, run
    assert tree(home / "data") == before


def test_older_store_is_migrated_by_an_import_and_the_old_file_kept(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """store.py migrates nothing yet (v1 is the first version), so pretend this diklat
    writes v2, where v1 kept host agencies as one '; '-joined string."""
    from typer.testing import CliRunner

    from diklat_cli import config as settings
    from diklat_cli.cli import app

    path = store_path(home)
    doc = json.loads(path.read_bytes())
    for v in doc["visits"]:
        v["host_agencies"] = "; ".join(v["host_agencies"])
    old = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    path.write_bytes(old)
    history = Store(path).backups()

    def v1_to_v2(d: dict) -> dict:
        for v in d["visits"]:
            v["host_agencies"] = v["host_agencies"].split("; ") if v["host_agencies"] else []
        return {**d, "schema_version": 2}

    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(store_mod.MIGRATIONS, 1, v1_to_v2)
    settings._load.cache_clear()
    (home / "baru.txt").write_text(visit_article(7), encoding="utf-8")
    env = cli_env(home)
    result = CliRunner().invoke(app, ["import", str(home / "baru.txt")], env=env)
    settings._load.cache_clear()

    assert result.exit_code == EXIT_OK, (result.stdout, result.stderr, result.exception)
    new = json.loads(path.read_bytes())
    assert new["schema_version"] == 2
    assert len(new["visits"]) == len(SEED) + 1
    assert all(isinstance(v["host_agencies"], list) and v["host_agencies"] for v in new["visits"])
    backups = Store(path).backups()
    assert backups[1:] == history and backups[0].read_bytes() == old  # the v1 file, kept whole


@pytest.mark.parametrize("where", ["a folder", "inside a file"])
def test_unusable_store_location(home: Path, where: str) -> None:
    if where == "a folder":
        target = home / "bukan-berkas.json"
        target.mkdir()
    else:
        (home / "berkas").write_text("isi", encoding="utf-8")
        target = home / "berkas" / "store.json"
    (home / "baru.txt").write_text(visit_article(7), encoding="utf-8")
    env = cli_env(home, DIKLAT_STORE=str(target))
    for run in run_many([["list"], ["import", "baru.txt"], ["doctor"]], env, home):
        assert_clean_output(run)
        assert run.returncode == EXIT_STORE, run
        assert str(target) in run.stderr, run
        assert len([line for line in run.err_lines if not line.startswith("problem: ")]) == 1, run


# --- 4. a write that fails halfway --------------------------------------------------------------


def _fail_when(monkeypatch: pytest.MonkeyPatch, name: str, test, err: int) -> None:
    """Make os.<name> raise OSError(err) when test(*its arguments) is true."""
    real = getattr(os, name)

    def failing(*args, **kwargs):
        if test(*args):
            raise OSError(err, os.strerror(err))
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, failing)


def _named(path, *, start: str = "", end: str = "") -> bool:
    name = os.path.basename(os.fsdecode(path))
    return name.startswith(start) and name.endswith(end)


WRITE_FAULTS = {
    # putting the new store file in place: the disk filled up
    "store rename, disk full": ("replace", lambda src, dst: _named(dst, start="store.json", end="json"), errno.ENOSPC),
    # creating the store's temp file: permission denied, as in a read-only folder
    "store temp file, permission denied": (
        "open", lambda path, *a: _named(path, start=".store.json.", end=".tmp"), errno.EACCES,
    ),
    # the article text kept for `show --evidence`, written before the store file
    "article text, disk full": ("replace", lambda src, dst: _named(dst, end=".txt"), errno.ENOSPC),
    # flushing any new file to disk: an I/O error
    "fsync, I/O error": ("fsync", lambda fd: True, errno.EIO),
}  # fmt: skip


@pytest.mark.parametrize("fault", list(WRITE_FAULTS))
def test_failed_write_keeps_the_old_store(home: Path, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    """In-process, one OS call failing: the library's Store raises a one-line StoreError
    under the importer, and `diklat import` turns it into that line and exit status 3."""
    from typer.testing import CliRunner

    from diklat_cli import config as settings
    from diklat_cli.cli import app
    from diklat_cli.ingest import run_import

    path = store_path(home)
    article = home / "baru.txt"
    article.write_text(visit_article(7), encoding="utf-8")
    before = tree(home / "data")
    name, test, err = WRITE_FAULTS[fault]

    def unchanged() -> None:
        after = tree(home / "data")
        assert after["store.json"] == before["store.json"]
        backups = {k: v for k, v in after.items() if "backups" in k}
        assert backups == {k: v for k, v in before.items() if "backups" in k}
        assert not list(path.parent.rglob("*.tmp")), "a temp file was left behind"
        assert len(Store(path).load().visits) == len(SEED)

    _fail_when(monkeypatch, name, test, err)
    with pytest.raises(StoreError) as caught:
        run_import([str(article)], Store(path), max_bytes=reader.DEFAULT_MAX_BYTES)
    monkeypatch.undo()
    message = str(caught.value)
    assert "\n" not in message and os.strerror(err) in message, message
    if "article text" in fault or "fsync" in fault:
        assert re.match(r"could not save article text .*\.txt: ", message), message
    else:
        assert message.startswith(f"could not write store file {path} (") and "unchanged" in message, message
    unchanged()

    _fail_when(monkeypatch, name, test, err)
    settings._load.cache_clear()
    result = CliRunner().invoke(app, ["import", str(article)], env=cli_env(home))
    monkeypatch.undo()
    settings._load.cache_clear()
    assert result.exit_code == EXIT_STORE, (result.stdout, result.stderr, result.exception)
    assert result.stderr == f"diklat: {message}\n"
    unchanged()


@pytest.mark.skipif(not POSIX or ROOT, reason="needs POSIX permissions that apply (root may write anywhere)")
def test_read_only_store_folder(home: Path) -> None:
    folder = store_path(home).parent
    (home / "baru.txt").write_text(visit_article(7), encoding="utf-8")
    before = tree(folder)
    folder.chmod(0o555)
    try:
        run = run_cli(["import", "baru.txt"], cli_env(home), home)
    finally:
        folder.chmod(0o755)
    assert_clean_output(run)
    assert run.returncode == EXIT_STORE and len(run.err_lines) == 1, run
    assert "ermission denied" in run.stderr, run
    assert tree(folder) == before


# --- 5. SIGKILL in the middle of a large import --------------------------------------------------

KILL_ARTICLES = 560  # the importer commits every 500 inputs: one whole batch, then 60 more
EMPTY_STORE_SIZE = len(store_mod.assemble([], []))  # an import into no store starts with an empty one


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return -1


def _write_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        (folder / f"berita-{n:04d}.txt").write_text(visit_article(n), encoding="utf-8")


def _start_import(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.Popen:
    """`diklat import` in a process group of its own, so that whatever it starts can be found."""
    return subprocess.Popen(
        [sys.executable, "-m", "diklat_cli", *args],
        cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip


def _group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group, from /proc (Linux)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(entry.name))
    return members


def _end_group(proc: subprocess.Popen) -> None:
    """Kill the import and anything it left running (all of its own process group)."""
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.slow
@pytest.mark.skipif(not POSIX, reason="SIGKILL is POSIX")
def test_sigkill_during_a_large_import_keeps_whole_batches(tmp_path: Path) -> None:
    _write_articles(tmp_path / "banyak", KILL_ARTICLES)
    env = cli_env(tmp_path)
    path = Path(env["DIKLAT_STORE"])
    proc = _start_import(["import", "banyak"], tmp_path, env)
    try:
        deadline = time.monotonic() + 90
        # the first batch is committed when the store file holds more than an empty store
        while _size(path) <= EMPTY_STORE_SIZE and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert proc.poll() is None, "the import ended before it could be killed"
        time.sleep(random.uniform(0.0, 1.0))  # sometimes inside the second batch's commit
        os.kill(proc.pid, signal.SIGKILL)  # the import only, as `kill -9 PID` does
        proc.wait(10)
    finally:
        _end_group(proc)  # its extraction workers too (see test_sigkill_leaves_no_worker_processes)

    data = Store(path).load()  # parses: no torn file
    assert len(data.articles) in (500, KILL_ARTICLES), len(data.articles)
    assert len(data.visits) == len(data.articles)
    for sha, entry in data.articles.items():
        assert len(entry.visit_ids) == 1 and entry.visit_ids[0] in data.visits
        text = Store(path).article_text(sha)
        assert text is not None and text.rstrip().endswith("Editor: Agus Salim")  # a whole article
    runs = run_many([["doctor"], ["list", "--json", "--no-merge"]], env, tmp_path)
    assert runs[0].returncode == EXIT_OK and "healthy" in runs[0].stdout, runs[0]
    assert len(json.loads(runs[1].stdout)) == len(data.visits)

    run = run_cli(["import", "banyak"], env, tmp_path, timeout=120)
    assert_clean_output(run)
    assert run.returncode == EXIT_OK, run
    final = Store(path).load()
    assert len(final.articles) == KILL_ARTICLES and len(final.visits) == KILL_ARTICLES
    assert sorted(r.participants for r in final.records()) == [20 + n for n in range(KILL_ARTICLES)]
    assert Store(path).check() == []


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the import extracts in parallel only on 2+ cores")
def test_sigkill_leaves_no_worker_processes(tmp_path: Path) -> None:
    _write_articles(tmp_path / "banyak", 80)  # enough for the worker pool (64+)
    proc = _start_import(["import", "banyak"], tmp_path, cli_env(tmp_path))
    survivors: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(_group_members(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)  # until the extraction workers are there
        assert proc.poll() is None, "the import ended before its workers were seen"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 3  # a worker should notice within a second or two
        while _group_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        survivors = _group_members(proc.pid)
    finally:
        _end_group(proc)
    assert survivors == []


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
def test_ctrl_c_during_a_large_import_keeps_whole_batches_and_stops_the_workers(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) after the first
    batch: one line, exit 130, the batches written are whole, no worker is left behind."""
    _write_articles(tmp_path / "banyak", KILL_ARTICLES)
    env = cli_env(tmp_path)
    path = Path(env["DIKLAT_STORE"])
    proc = subprocess.Popen(
        [sys.executable, "-m", "diklat_cli", "import", "banyak"],
        cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        # the first batch is committed when the store file holds more than an empty store
        while _size(path) <= EMPTY_STORE_SIZE and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        if proc.poll() is not None:
            pytest.skip("the import ended before it could be interrupted")
        os.killpg(proc.pid, signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
        deadline = time.monotonic() + 3
        while _group_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        survivors = _group_members(proc.pid)
    finally:
        _end_group(proc)
    text = err.decode("utf-8")
    if proc.returncode == EXIT_OK:
        pytest.skip("the import ended before the signal arrived")
    assert proc.returncode == 130, text
    assert "Traceback" not in text and "interrupted" in text.splitlines()[-1], text
    assert survivors == []
    data = Store(path).load()
    assert len(data.articles) in (500, KILL_ARTICLES), len(data.articles)
    assert len(data.visits) == len(data.articles)


# --- 6. eight imports at once ---------------------------------------------------------------------


@pytest.mark.slow
def test_eight_imports_at_once_all_land_once(home: Path) -> None:
    from diklat_cli.ingest import analyse

    names = []
    expected: dict[str, set[str]] = {}
    for n in range(8):
        name = f"serentak-{n}.txt"
        data = visit_article(200 + n).encode("utf-8")
        if n == 7:  # an article with two visits (two cohorts): both must land
            data = (REPO / "examples" / "03-pkp-kaltim-bontang-dua-angkatan.txt").read_bytes()
        (home / name).write_bytes(data)
        outcome = analyse(name, data)
        expected[outcome.sha256] = {r.id for r in outcome.records}
        names.append(name)
    assert sum(len(ids) for ids in expected.values()) >= 9
    env = cli_env(home)
    ids_before = stored_ids(home)

    runs = run_many([["import", name] for name in names], env, home, timeout=120)

    for run in runs:
        assert_clean_output(run)
        assert run.returncode == EXIT_OK, run
    data = Store(store_path(home)).load()
    for sha, ids in expected.items():
        assert set(data.articles[sha].visit_ids) == ids
    all_ids = [v["id"] for v in listed(env, home)]
    assert len(all_ids) == len(set(all_ids))  # exactly once
    assert set(all_ids) == ids_before | set().union(*expected.values())
    assert Store(store_path(home)).check() == []


# --- 7. terminal safety ---------------------------------------------------------------------------

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
_NASTY = re.compile(f"[\x1b\x9b\x07{_BIDI}]")


def test_escape_sequences_in_an_article_never_reach_the_terminal(home: Path) -> None:
    text = (
        visit_article(8)
        .replace("Hasanuddin Lamase", "Hasanuddin \x1b[31mLamase\x1b[0m\u202e")
        .replace("Dinas Kependudukan", "\x1b]0;judul palsu\x07Dinas \u2066Kependudukan\u2069\x1b[2J")
        .replace("Wahyu Hidayat", "\u202eWahyu Hidayat\u202c")
    )
    (home / "berita-ansi.txt").write_text(text, encoding="utf-8")
    env = cli_env(home)
    run = run_cli(["import", "berita-ansi.txt"], env, home)
    assert run.returncode == EXIT_OK, run
    visit = next(r for r in Store(store_path(home)).load().records() if r.participants == 28)
    assert [o.name for o in visit.officials] == ["Hasanuddin Lamase", "Wahyu Hidayat"]  # the whole sequence went
    assert "Dinas Kependudukan dan Pencatatan Sipil" in visit.host_agencies
    for run in run_many([["list"], ["show", visit.id], ["show", visit.id, "--evidence"]], env, home):
        assert run.returncode == EXIT_OK, run
        assert not _NASTY.search(run.stdout + run.stderr), run


def test_escape_sequences_and_formulas_in_imported_records(home: Path) -> None:
    """Records from an export are taken as they are: rendering must still be safe, and a
    CSV must not start a cell with = + - @ that a spreadsheet would run as a formula."""
    from diklat_cli.output.formats import to_json

    record = make_record(
        id="c0ffee000001",
        program="=1+1",
        organizer="+62 811 \x1b[2J Badan Diklat",
        origin={"institution": "-Pemerintah\x1b]0;judul\x07 Kabupaten", "province": "Lampung", "regency": None},
        destination={"province": "Bali", "regency": None, "host": "@SUM(A1:A9)"},
        host_agencies=["\u202eDinas Pendapatan\u202c", '=HYPERLINK("http://contoh.example")'],
        officials=[{"name": "\x1b[31mI Made\x1b[0m Sudarsana", "title": "Kepala \u2066Dinas\u2069"}],
    )
    (home / "ekspor.json").write_bytes(to_json([record]))
    env = cli_env(home)
    run = run_cli(["import", "ekspor.json"], env, home)
    assert run.returncode == EXIT_OK, run
    runs = run_many([["list"], ["show", "c0ffee"], ["stats"], ["export", "--csv"], ["list", "--csv"]], env, home)
    for run in runs[:3]:
        assert run.returncode == EXIT_OK, run
        assert not _NASTY.search(run.stdout + run.stderr), run
    for run in runs[3:]:
        assert run.returncode == EXIT_OK, run
        rows = list(csv.DictReader(io.StringIO(run.stdout)))
        row = next(r for r in rows if r["id"] == "c0ffee000001")
        for column in ("program", "organizer", "origin_institution", "destination_host", "officials"):
            assert row[column][:1] not in "=+-@", (column, row[column])
        assert row["program"] == "'=1+1"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Hasanuddin \x1b[31mLamase\x1b[0m tiba", "Hasanuddin Lamase tiba"),
        ("\x1b]0;judul palsu\x07Dinas\x1b[2J\x1b[H Kependudukan", "Dinas Kependudukan"),
        ("Dinas \x1b]8;;http://contoh.example\x1b\\Koperasi\x1b]8;;\x1b\\ dan UKM", "Dinas Koperasi dan UKM"),
        ("Kota \x9b1mMalang", "Kota Malang"),
        ("awal \x1b] tanpa akhir, teks tetap ada", "awal  tanpa akhir, teks tetap ada"),
    ],
)
def test_terminal_sequences_are_removed_whole_from_articles(raw: str, clean: str) -> None:
    for name, data in ((("a.txt", raw.encode("utf-8"))), ("a.html", html_page(f"<p>{raw}</p>").encode("utf-8"))):
        text = reader.load_article(data, name).text
        assert not _NASTY.search(text)
        assert clean in text or " ".join(clean.split()) in text, (name, text)


def _read_with_watchdog(path: Path, seconds: float = 10.0) -> bytes:
    import threading

    result: list = []
    worker = threading.Thread(target=lambda: result.append(reader.read_bytes(path)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"reading {path} hangs"
    return result[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_read_without_waiting_for_a_writer(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    assert _read_with_watchdog(fifo) == b""  # nobody writes: read as empty, at once

    def write() -> None:
        with open(fifo, "wb") as f:  # waits here until a reader opens the pipe
            f.write(ARTICLE.encode("utf-8"))

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    data = b""
    for _ in range(100):  # until the writer is waiting in open (then the read gets its bytes)
        data = _read_with_watchdog(fifo)
        if data:
            break
        time.sleep(0.05)
    writer.join(10)
    assert data == ARTICLE.encode("utf-8")


# --- 8. properties --------------------------------------------------------------------------------

_WORDS = [
    "Peserta", "PKA", "PKP", "PKN", "Diklatpim", "Angkatan", "III", "XIV", "Kabupaten", "Kota", "Provinsi",
    "Sigi", "Malang", "Jawa", "Timur", "Sulawesi", "Selatan", "Pemerintah", "Pemkab", "Pemprov", "sebanyak",
    "30", "peserta", "benchmarking", "studi", "lapangan", "ke", "di", "dari", "pada", "12", "Maret", "2023",
    "s.d.", "sampai", "Senin", "(12/3/2023)", "Kepala", "Badan", "Dinas", "Sekretaris", "Daerah", "dipimpin",
    "diterima", "Dr.", "H.", "M.Si", "SH", ",", ".", "\n", "\n\n", "“", "”", '"', "-", "–", "Pewarta:",
    "Editor:", "(ANTARA)", "Bupati", "Wali", "lokus", "Dinas Koperasi dan UKM", "Badan Pendapatan Daerah",
]  # fmt: skip

_article_like = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=12)), max_size=120).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(st.text(max_size=400), _article_like),
    published=st.none() | st.dates(),
    title=st.none() | st.text(max_size=80),
)
@example(text=ARTICLE, published=None, title=None)
@example(text="", published=None, title="")
def test_extract_text_never_raises(text: str, published, title) -> None:
    result = extract_text(text, published=published, title=title, outlet=None)
    assert isinstance(result, list) and all(isinstance(e, Extraction) for e in result)
    for e in result:
        for ev in e.evidence.values():
            assert all(0 <= s <= t <= len(text) for s, t in ev.spans)


def _mutate(data: bytes, cuts: list[tuple[int, bytes]]) -> bytes:
    for position, junk in cuts:
        i = position % (len(data) + 1)
        data = data[:i] + junk + data[i:]
    return data


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "utf-32"]),
    html=st.booleans(),
    cuts=st.lists(st.tuples(st.integers(0, 5000), st.binary(max_size=8)), max_size=4),
    keep=st.integers(0, 5000) | st.none(),
    name=st.sampled_from(["a.txt", "a.html", "-", "a.json", "a.csv"]),
)
def test_any_damage_to_an_article_is_an_article_or_a_read_error(encoding, html, cuts, keep, name) -> None:
    """Real articles, re-encoded, cut short and sprinkled with junk bytes: load_article
    gives an Article or a one-line ReadError, and whatever the importer makes of the bytes
    is an outcome whose records the store can write (complements the random-bytes
    property in test_reader.py)."""
    from diklat_cli.ingest import analyse

    text = paragraphs_html(ARTICLE) if html else ARTICLE
    data = _mutate(text.encode(encoding), cuts)[:keep]
    try:
        article = reader.load_article(data, name)
    except reader.ReadError as e:
        assert str(e) and "\n" not in str(e)
    else:
        assert article.text and isinstance(article.text, str)
    outcome = analyse(name, data)
    assert outcome.status in ("imported", "no-visit", "error")
    assert outcome.status != "error" or (outcome.message and "\n" not in outcome.message)
    for record in outcome.records:
        store_mod.dump_model(record)  # encodable: no lone surrogates, nothing unserialisable


# --- the source does not run user data ----------------------------------------------------------


def test_source_never_evaluates_or_unpickles_or_shells_out() -> None:
    bad_calls = {"eval", "exec", "compile", "__import__"}
    bad_attrs = {("os", "system"), ("os", "popen"), ("os", "execv"), ("os", "execvp"), ("os", "spawnv")}
    bad_modules = {"pickle", "cPickle", "marshal", "shelve", "dill"}
    found = []
    for path in sorted((REPO / "diklat_cli").rglob("*.py")):
        tree_ = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree_):
            where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
                found += [f"{where} imports {n}" for n in names if n and n.split(".")[0] in bad_modules]
            elif isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id in bad_calls:
                    found.append(f"{where} calls {func.id}()")
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                    if (func.value.id, func.attr) in bad_attrs:
                        found.append(f"{where} calls {func.value.id}.{func.attr}()")
                    if func.attr == "load" and func.value.id in ("yaml",):
                        found.append(f"{where} calls yaml.load()")
                for kw in node.keywords:
                    if kw.arg == "shell" and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                        found.append(f"{where} passes shell=...")
    assert found == []
