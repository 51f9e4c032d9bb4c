"""The `diklat` command line, driven as a user drives it.

Most tests run the real typer app in-process with `typer.testing.CliRunner` (stdout and
stderr are captured apart: `result.stdout`, `result.stderr`); a few run
`python -m diklat_cli` in a subprocess. Every test has its own store and config file in
its tmp_path (DIKLAT_STORE / DIKLAT_CONFIG, or --store), so nothing touches the user's
files. The bundled examples are imported once per session; tests that need them get a
copy of that store (`cli`), tests that need an empty one get `empty`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diklat_cli import __version__
from diklat_cli.cli import app
from tests import httpserver
from tests.httpserver import ARTICLE_HTML

local_site = httpserver.local_site
no_proxy = httpserver.no_proxy

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXPECTED = ROOT / "tests" / "examples_expected"
ARTICLES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))


def expected_visits(article: Path) -> list[dict]:
    return json.loads((EXPECTED / f"{article.stem}.json").read_text(encoding="utf-8"))["visits"]


NO_VISIT = [p for p in ARTICLES if not expected_visits(p)]
WITH_VISITS = [p for p in ARTICLES if expected_visits(p)]
EXPECTED_VISIT_COUNT = sum(len(expected_visits(p)) for p in ARTICLES)

# the CSV columns, in order, as the README documents them
CSV_HEADER = [
    "id", "program", "cohort", "activity", "participants", "origin_institution", "origin_province",
    "origin_regency", "organizer", "destination_province", "destination_regency", "destination_host",
    "host_agencies", "start_date", "end_date", "officials", "source_outlet", "source_reporter",
    "source_editor", "source_dateline", "source_published", "source_title", "source_file", "source_url",
    "imported_at", "source_sha256", "extractor_version",
]  # fmt: skip
# the visit fields of SCHEMA.md (what `extract --json` prints)
VISIT_FIELDS = [
    "program", "cohort", "activity", "participants", "origin", "organizer", "destination",
    "host_agencies", "start_date", "end_date", "officials", "source",
]  # fmt: skip

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
SGR_COLOUR = re.compile(r"\x1b\[(?:[0-9]+;)*(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9]+)*m")

# ---------------------------------------------------------------- running the CLI

runner = CliRunner()

# the caller's terminal settings must not change what the tests see
BASE_ENV: dict[str, str | None] = {
    "NO_COLOR": None,
    "FORCE_COLOR": None,
    "CLICOLOR_FORCE": None,
    "TTY_COMPATIBLE": None,
    "TTY_INTERACTIVE": None,
    "DIKLAT_MAX_BYTES": None,
    # English unless a test asks for Indonesian (LC_ALL and LC_MESSAGES would win over LANG)
    "LC_ALL": None,
    "LC_MESSAGES": None,
    "LANG": "C.UTF-8",
    "COLUMNS": "200",
    "LINES": "60",
}


def _fresh_caches() -> None:
    """Settings and consoles are cached per process; each invocation here is a new 'process'."""
    from diklat_cli import config as settings
    from diklat_cli.output import console as render

    for func in (getattr(settings, "_load", None), getattr(render, "_console", None)):
        clear = getattr(func, "cache_clear", None)
        if clear is not None:
            clear()


def invoke(args, *, store: Path, config: Path, input=None, env=None):
    full_env = {**BASE_ENV, "DIKLAT_STORE": str(store), "DIKLAT_CONFIG": str(config), **(env or {})}
    _fresh_caches()
    try:
        return runner.invoke(app, [str(a) for a in args], input=input, env=full_env)
    finally:
        _fresh_caches()


def describe(result) -> str:
    import traceback

    tb = ""
    if result.exc_info is not None and not isinstance(result.exception, SystemExit):
        tb = "".join(traceback.format_exception(*result.exc_info))
    return f"exit {result.exit_code}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}\n{tb}"


def no_traceback(result) -> None:
    """The CLI left through typer.Exit / SystemExit, not through an uncaught exception."""
    assert result.exception is None or isinstance(result.exception, SystemExit), describe(result)
    assert "Traceback" not in result.stdout + result.stderr


@dataclass
class Cli:
    home: Path
    store: Path
    config: Path

    def __call__(self, *args, input=None, env=None):
        return invoke(args, store=self.store, config=self.config, input=input, env=env)

    def ok(self, *args, **kwargs):
        result = self(*args, **kwargs)
        assert result.exit_code == 0, f"diklat {' '.join(map(str, args))}\n{describe(result)}"
        no_traceback(result)
        return result

    def json(self, *args, **kwargs):
        return json.loads(self.ok(*args, **kwargs).stdout)

    def visits(self, *filters) -> list[dict]:
        """Every record, reports kept apart (the exact store contents)."""
        return self.json("list", "--json", "--no-merge", *filters)

    def ids(self, *filters) -> set[str]:
        return {r["id"] for r in self.json("list", "--json", *filters)}

    def store_bytes(self) -> bytes | None:
        return self.store.read_bytes() if self.store.exists() else None


def module_run(args, *, store: Path, config: Path, env=None, **kwargs) -> subprocess.CompletedProcess:
    """`python -m diklat_cli ARGS` in a fresh interpreter."""
    full_env = {k: v for k, v in os.environ.items() if k not in BASE_ENV}
    full_env.update({"DIKLAT_STORE": str(store), "DIKLAT_CONFIG": str(config), "PYTHONIOENCODING": "utf-8"})
    full_env.update(env or {})
    kwargs.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run(
        [sys.executable, "-m", "diklat_cli", *map(str, args)],
        capture_output=True,
        env=full_env,
        cwd=ROOT,
        timeout=120,
        **kwargs,
    )


# ---------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Even a command run without the helpers never reaches the user's store or config."""
    monkeypatch.setenv("DIKLAT_STORE", str(tmp_path / "default-store" / "store.json"))
    monkeypatch.setenv("DIKLAT_CONFIG", str(tmp_path / "default-config.toml"))


@dataclass
class Prepared:
    folder: Path
    result: object  # the CliRunner result of `import examples/`
    records: list[dict]

    def by_file(self, stem: str) -> list[dict]:
        found = [r for r in self.records if Path(r["provenance"]["file"] or "").stem == stem]
        assert found, f"no visit of {stem} in the prepared store"
        return found

    def id(self, stem: str, index: int = 0) -> str:
        return self.by_file(stem)[index]["id"]


@pytest.fixture(scope="session")
def prepared(tmp_path_factory) -> Prepared:
    """The bundled examples imported once into a store that tests copy."""
    folder = tmp_path_factory.mktemp("prepared")
    cli = Cli(folder, folder / "store.json", folder / "config.toml")
    result = cli("import", EXAMPLES)
    assert result.exit_code == 0, describe(result)
    return Prepared(folder, result, cli.visits())


@pytest.fixture
def empty(tmp_path) -> Cli:
    return Cli(tmp_path, tmp_path / "store" / "store.json", tmp_path / "config.toml")


@pytest.fixture
def cli(prepared, tmp_path) -> Cli:
    """A private copy of the prepared store (with its article texts and backups)."""
    target = tmp_path / "store"
    target.mkdir()
    for item in prepared.folder.iterdir():
        if item.name.startswith("store."):
            if item.is_dir():
                shutil.copytree(item, target / item.name)
            else:
                shutil.copy2(item, target / item.name)
    return Cli(tmp_path, target / "store.json", tmp_path / "config.toml")


def core(visit: dict) -> tuple:
    return (
        visit["program"],
        visit["cohort"],
        visit["activity"],
        visit["participants"],
        visit["origin"]["province"],
        visit["destination"]["province"],
        visit["start_date"],
        visit["end_date"],
    )


def stems(records) -> set[str]:
    return {Path(r["provenance"]["file"]).stem for r in records}


# ---------------------------------------------------------------- help and version


def test_help_lists_every_command(empty):
    result = empty.ok("--help")
    for command in ("import", "extract", "list", "show", "export", "stats", "delete", "edit", "undo", "doctor",
                    "config"):  # fmt: skip
        assert re.search(rf"^\s+{command}\b", result.stdout, re.M), command
    assert result.stderr == ""


@pytest.mark.parametrize(
    "command", ["import", "extract", "list", "show", "export", "stats", "delete", "edit", "undo", "doctor", "config"]
)
def test_every_command_has_help(empty, command):
    result = empty.ok(command, "--help")
    assert "Usage" in result.stdout


def test_short_help_option(empty):
    assert "Usage" in empty.ok("-h").stdout


def test_version(empty):
    result = empty.ok("--version")
    assert result.stdout.strip() == f"diklat {__version__}"


def test_python_m_help_and_version(tmp_path):
    store, config = tmp_path / "store.json", tmp_path / "config.toml"
    helped = module_run(["--help"], store=store, config=config)
    assert helped.returncode == 0, helped.stderr
    assert b"Usage" in helped.stdout and b"import" in helped.stdout
    version = module_run(["--version"], store=store, config=config)
    assert version.returncode == 0
    assert version.stdout.decode().strip() == f"diklat {__version__}"
    assert not store.exists() and not config.exists()


# ---------------------------------------------------------------- import


def test_import_examples_summary(prepared):
    result = prepared.result
    assert result.exit_code == 0
    assert result.stdout == ""  # messages only on stderr
    summary = result.stderr
    articles_with_visits = len(WITH_VISITS)
    assert f"imported {EXPECTED_VISIT_COUNT} visits from {articles_with_visits} articles" in summary
    assert f"{len(NO_VISIT)} with no visit" in summary
    for article in NO_VISIT:
        assert re.search(rf"no visit.*{re.escape(article.name)}", summary), article.name
    for article in WITH_VISITS:
        assert article.name not in summary
    assert len(prepared.records) == EXPECTED_VISIT_COUNT


def test_import_again_says_already_imported(cli):
    before = cli.store_bytes()
    result = cli.ok("import", EXAMPLES)
    assert "already imported" in result.stderr
    assert f"{len(ARTICLES)} already imported" in result.stderr
    assert len(cli.visits()) == EXPECTED_VISIT_COUNT
    assert cli.store_bytes() == before


def test_import_force_re_extracts_with_the_same_ids(cli, prepared):
    result = cli.ok("import", "--force", EXAMPLES)
    assert f"imported {EXPECTED_VISIT_COUNT} visits" in result.stderr
    after = cli.visits()
    assert sorted(r["id"] for r in after) == sorted(r["id"] for r in prepared.records)
    assert len(after) == EXPECTED_VISIT_COUNT


def test_dry_run_stores_nothing(empty):
    result = empty.ok("import", "--dry-run", EXAMPLES / "01-diklatpim3-sumbar-jatim.txt")
    assert "would import 1 visit from 1 article" in result.stderr
    assert "Diklatpim" in result.stdout  # what would be stored is shown
    assert not empty.store.exists()
    assert empty.visits() == []


def test_dry_run_on_a_full_store_changes_nothing(cli):
    before = cli.store_bytes()
    cli.ok("import", "--dry-run", "--force", EXAMPLES)
    assert cli.store_bytes() == before


def test_import_from_stdin(empty, prepared):
    article = EXAMPLES / "08-diklatpim3-babel-batam.txt"
    result = empty.ok("import", "-", input=article.read_bytes())
    assert "imported 1 visit from 1 article" in result.stderr
    [record] = empty.visits()
    assert record["id"] == prepared.id(article.stem)  # same text, same id
    assert core(record) == core(expected_visits(article)[0])
    assert record["provenance"]["file"] is None


def test_import_json_outcomes(empty):
    ok = EXAMPLES / "01-diklatpim3-sumbar-jatim.txt"
    nothing = NO_VISIT[0]
    missing = empty.home / "hilang.txt"
    result = empty("import", "--json", ok, missing, nothing)
    assert result.exit_code == 1, describe(result)
    outcomes = json.loads(result.stdout)
    assert [o["status"] for o in outcomes] == ["imported", "error", "no-visit"]
    assert [Path(o["input"]).name for o in outcomes] == [ok.name, missing.name, nothing.name]
    assert len(outcomes[0]["visits"]) == 1
    assert outcomes[1]["message"]
    assert outcomes[2]["visits"] == []
    # a second run: everything known
    again = json.loads(empty("import", "--json", ok).stdout)
    assert again[0]["status"] == "duplicate"


def test_missing_path_is_named_and_the_rest_imported(empty):
    missing = empty.home / "tidak-ada.txt"
    result = empty(
        "import", EXAMPLES / "01-diklatpim3-sumbar-jatim.txt", missing, EXAMPLES / "02-pka-lomboktengah-mataram.txt"
    )
    assert result.exit_code == 1, describe(result)
    no_traceback(result)
    error_lines = [line for line in result.stderr.splitlines() if str(missing) in line]
    assert len(error_lines) == 1 and "error" in error_lines[0]
    assert stems(empty.visits()) == {"01-diklatpim3-sumbar-jatim", "02-pka-lomboktengah-mataram"}


def test_same_article_under_another_name_is_a_duplicate(cli, tmp_path):
    copy = tmp_path / "salinan.txt"
    shutil.copy(EXAMPLES / "01-diklatpim3-sumbar-jatim.txt", copy)
    result = cli.ok("import", copy)
    assert "1 already imported" in result.stderr
    assert len(cli.visits()) == EXPECTED_VISIT_COUNT


def test_article_text_cannot_drive_the_terminal(empty, tmp_path):
    text = (EXAMPLES / "02-pka-lomboktengah-mataram.txt").read_text(encoding="utf-8")
    text = text.replace("Tiga Puluh Dua Peserta", "Tiga Puluh Dua \x1b[2J\x1b]0;judul\x07Peserta", 1)
    text = text.replace("Badan Pendapatan Daerah", "Badan \x1b[31mPendapatan\x1b[0m Daerah\u202e")
    article = tmp_path / "berbahaya.txt"
    article.write_text(text, encoding="utf-8")
    empty.ok("import", article)
    [record] = empty.visits()
    for args in (("list",), ("show", record["id"]), ("show", record["id"], "--evidence"), ("stats",),
                 ("extract", article), ("export",)):  # fmt: skip
        result = empty.ok(*args)
        output = result.stdout + result.stderr
        assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output, args
    assert "Pendapatan" in empty.ok("show", record["id"]).stdout


def test_import_without_inputs_is_a_usage_error(empty):
    result = empty("import")
    assert result.exit_code == 2
    no_traceback(result)
    assert "nothing to import" in result.stderr


def test_store_option_wins_over_environment(cli, tmp_path):
    other = Cli(tmp_path, tmp_path / "elsewhere" / "store.json", cli.config)
    assert other.visits() == []
    records = other.json("--store", cli.store, "list", "--json")
    assert len(records) == EXPECTED_VISIT_COUNT
    assert not other.store.exists()


# ---------------------------------------------------------------- extract


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_extract_json_matches_the_expected_core_fields(empty, article):
    got = empty.json("extract", article, "--json")
    assert isinstance(got, list)
    assert [core(v) for v in got] == [core(v) for v in expected_visits(article)]
    for visit in got:
        assert set(visit) == set(VISIT_FIELDS)  # exactly the SCHEMA.md object
    assert not empty.store.exists()  # extract stores nothing


@pytest.mark.parametrize("article", NO_VISIT, ids=lambda p: p.stem)
def test_extract_no_visit(empty, article):
    assert empty.ok("extract", article, "--json").stdout.strip() == "[]"
    plain = empty.ok("extract", article)
    # one line, with the reason in brackets: "diklat: a.txt: no visit found (no words of a trip to a host)"
    assert re.search(r"no visit found \(.+\)$", plain.stderr.strip()), plain.stderr
    assert plain.stdout.strip() == ""


def test_extract_says_a_page_in_english_is_not_read(empty, tmp_path):
    from tests.test_extract_language import TRANSLATED

    page = tmp_path / "translated.txt"
    page.write_text(TRANSLATED, encoding="utf-8")
    assert empty.ok("extract", page, "--json").stdout.strip() == "[]"
    assert "no visit found (written in another language" in empty.ok("extract", page).stderr
    said = empty.ok("extract", page, "--lang", "id").stderr
    assert "ditulis dalam bahasa lain; diklat membaca berita berbahasa Indonesia" in said


def test_extract_plain_shows_the_fields(empty):
    result = empty.ok("extract", EXAMPLES / "03-pkp-kaltim-bontang-dua-angkatan.txt")
    assert "visit 1 of 2" in result.stdout and "visit 2 of 2" in result.stdout
    assert "Kalimantan Timur" in result.stdout


def test_extract_evidence_adds_spans(empty):
    article = EXAMPLES / "02-pka-lomboktengah-mataram.txt"
    plain = empty.json("extract", article, "--json")
    assert "evidence" not in plain[0]
    [visit] = empty.json("extract", article, "--json", "--evidence")
    evidence = visit["evidence"]
    assert {"program", "cohort", "participants"} <= set(evidence)
    for name, item in evidence.items():
        assert 0.0 <= item["confidence"] <= 1.0, name
        for start, end in item["spans"]:
            assert 0 <= start < end, name
    assert {k: v for k, v in visit.items() if k != "evidence"} == plain[0]


def test_extract_from_stdin(empty):
    article = EXAMPLES / "01-diklatpim3-sumbar-jatim.txt"
    got = empty.json("extract", "-", "--json", input=article.read_bytes())
    assert [core(v) for v in got] == [core(v) for v in expected_visits(article)]


def test_extract_missing_file(empty):
    missing = empty.home / "tidak-ada.txt"
    result = empty("extract", missing, "--json")
    assert result.exit_code == 1
    no_traceback(result)
    assert str(missing) in result.stderr
    assert result.stdout == ""


# ---------------------------------------------------------------- list


def test_list_table_shows_short_ids(cli, prepared):
    result = cli.ok("list")
    for record in prepared.records:
        assert record["id"][:8] in result.stdout
    assert f"{EXPECTED_VISIT_COUNT} visits" in result.stderr
    assert f"{EXPECTED_VISIT_COUNT} visits" not in result.stdout


def test_list_on_an_empty_store(empty):
    result = empty.ok("list")
    assert result.stdout.strip() == ""
    assert "no visits" in result.stderr
    assert empty.json("list", "--json") == []
    assert not empty.store.exists()  # reading never creates the store


def test_list_json(cli, prepared):
    records = cli.json("list", "--json")
    assert len(records) == EXPECTED_VISIT_COUNT
    for record in records:
        assert {"id", "provenance", *VISIT_FIELDS} <= set(record)
    dates = [r["start_date"] for r in records if r["start_date"]]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_list_csv(cli, prepared):
    result = cli.ok("list", "--csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == CSV_HEADER
    assert {row[0] for row in rows[1:]} == {r["id"] for r in prepared.records}


@pytest.mark.parametrize("spelling", ["Jatim", "jatim", "JATIM", "Jawa Timur", "jawa timur"])
def test_list_province_short_forms_any_case(cli, prepared, spelling):
    records = cli.json("list", "--json", "--province", spelling)
    assert stems(records) == {"01-diklatpim3-sumbar-jatim", "07-diklatpim4-bantaeng-banyuwangi"}


def test_list_province_is_origin_or_destination(cli, prepared):
    # 07 goes from Sulsel to Jatim, 13 stays in Sulsel
    both = {"07-diklatpim4-bantaeng-banyuwangi", "13-diklatpim4-luwuutara-makassar"}
    assert stems(cli.json("list", "--json", "--province", "Sulsel")) == both
    assert stems(cli.json("list", "--json", "--origin", "Sulsel")) == both
    assert stems(cli.json("list", "--json", "--destination", "sulsel")) == {"13-diklatpim4-luwuutara-makassar"}
    assert stems(cli.json("list", "--json", "--destination", "Jatim")) == {
        "01-diklatpim3-sumbar-jatim",
        "07-diklatpim4-bantaeng-banyuwangi",
    }
    expected = {
        r["id"] for r in prepared.records if "Jawa Timur" in (r["origin"]["province"], r["destination"]["province"])
    }
    assert cli.ids("-p", "Jatim") == expected


def test_list_year(cli, prepared):
    for year in (2019, 2023):
        expected = {
            r["id"]
            for r in prepared.records
            if any(d and d.startswith(str(year)) for d in (r["start_date"], r["end_date"]))
        }
        assert expected
        assert cli.ids("--year", year) == expected


def test_list_program_prefix(cli, prepared):
    assert stems(cli.json("list", "--json", "--program", "PKA")) == {
        "02-pka-lomboktengah-mataram",
        "06-pka-bengkulu-kota-bogor",
        "12-pka-ntt-bali-mojibake",
    }
    diklatpim = {r["id"] for r in prepared.records if r["program"].startswith("Diklatpim")}
    assert cli.ids("--program", "diklatpim") == diklatpim
    assert cli.ids("--program", "Diklatpim III") == {
        r["id"] for r in prepared.records if r["program"] == "Diklatpim III"
    }


def test_list_agency(cli, prepared):
    def places_named(record, word):
        texts = [*record["host_agencies"], record["organizer"], record["origin"]["institution"],
                 record["destination"]["host"]]  # fmt: skip
        return any(t and word.casefold() in t.casefold() for t in texts)

    dinas = {r["id"] for r in prepared.records if places_named(r, "Dinas")}
    assert 0 < len(dinas) < len(prepared.records)
    assert cli.ids("--agency", "Dinas") == dinas
    assert prepared.id("05-ppra-lemhannas-sumsel") not in dinas
    bapenda = cli.ids("--agency", "badan pendapatan")
    assert prepared.id("02-pka-lomboktengah-mataram") in bapenda
    assert prepared.id("01-diklatpim3-sumbar-jatim") not in bapenda


def test_list_search(cli, prepared):
    assert stems(cli.json("list", "--json", "--search", "bontang")) == {"03-pkp-kaltim-bontang-dua-angkatan"}
    assert len(cli.json("list", "--json", "-s", "Bontang")) == 2
    assert stems(cli.json("list", "--json", "--search", "LEMHANNAS")) == {"05-ppra-lemhannas-sumsel"}
    assert cli.json("list", "--json", "--search", "tidak-ada-di-mana-mana") == []


def test_list_combined_filters(cli, prepared):
    records = cli.json("list", "--json", "--province", "Jatim", "--year", "2019", "--program", "Diklatpim IV")
    assert stems(records) == {"07-diklatpim4-bantaeng-banyuwangi"}
    assert cli.json("list", "--json", "--province", "Jatim", "--year", "2023") == []
    both = cli.ids("--agency", "Dinas", "--year", "2023")
    assert both == cli.ids("--agency", "Dinas") & cli.ids("--year", "2023")


def test_list_limit_and_sort(cli, prepared):
    assert len(cli.json("list", "--json", "--limit", "3")) == 3
    assert len(cli.json("list", "--json", "-n", "1")) == 1
    by_size = cli.json("list", "--json", "--sort", "participants")
    sizes = [r["participants"] for r in by_size if r["participants"] is not None]
    assert sizes == sorted(sizes, reverse=True)
    assert len(by_size) == EXPECTED_VISIT_COUNT
    top = cli.json("list", "--json", "--sort", "participants", "--limit", "2")
    assert [r["id"] for r in top] == [r["id"] for r in by_size[:2]]
    table = cli.ok("list", "--sort", "participants", "--limit", "2").stdout
    assert by_size[0]["id"][:8] in table and by_size[2]["id"][:8] not in table


def test_list_bad_sort(cli):
    result = cli("list", "--sort", "warna")
    assert result.exit_code == 2
    no_traceback(result)
    assert "--sort" in result.stderr


@pytest.mark.parametrize("option", ["--province", "--origin", "--destination"])
def test_list_unknown_province(cli, option):
    result = cli("list", option, "Jawa Tmur")
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Jawa Tmur" in lines[0] and "Jawa Timur" in lines[0]
    assert result.stdout == ""


def test_list_review(cli, prepared):
    undated = prepared.id("14-diklatpim3-sulbar-kabupaten-banjar")  # no year anywhere: dates unknown
    records = cli.json("list", "--json", "--review")
    assert undated in {r["id"] for r in records}
    assert len(records) < EXPECTED_VISIT_COUNT
    table = cli.ok("list", "--review").stdout
    assert undated[:8] in table
    assert "start_date" in table  # the reason is shown
    complete = prepared.id("01-diklatpim3-sumbar-jatim")
    assert complete not in {r["id"] for r in records}


# ---------------------------------------------------------------- show


def test_show_full_id_and_prefix(cli, prepared):
    vid = prepared.id("01-diklatpim3-sumbar-jatim")
    full = cli.ok("show", vid)
    assert vid in full.stdout
    assert "Diklatpim III" in full.stdout and "Jawa Timur" in full.stdout
    assert "01-diklatpim3-sumbar-jatim.txt" in full.stdout  # the source
    short = cli.ok("show", vid[:6])
    assert short.stdout == full.stdout
    assert cli.ok("show", vid[:8].upper()).stdout == full.stdout


def test_show_ambiguous_prefix(cli, prepared):
    ids = sorted(r["id"] for r in prepared.records)
    prefix = next(a[:n] for n in range(1, 12) for a, b in zip(ids, ids[1:], strict=False) if a[:n] == b[:n])
    result = cli("show", prefix)
    assert result.exit_code != 0
    no_traceback(result)
    assert "ambiguous" in result.stderr and prefix in result.stderr
    assert result.stdout == ""


def test_show_unknown_id(cli):
    result = cli("show", "zzzz")
    assert result.exit_code != 0
    no_traceback(result)
    assert "zzzz" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_show_evidence(cli, prepared):
    vid = prepared.id("02-pka-lomboktengah-mataram")
    result = cli.ok("show", vid, "--evidence")
    # the article text
    assert "Aula Kenari" in result.stdout
    # the field names with what they came from
    for name in ("program", "cohort", "participants", "start_date"):
        assert re.search(rf"^{name}\b.*:", result.stdout, re.M), name
    assert re.search(r"^participants: .*[Tt]iga [Pp]uluh [Dd]ua", result.stdout, re.M)


def test_show_json(cli, prepared):
    vid = prepared.id("05-ppra-lemhannas-sumsel")
    record = cli.json("show", vid[:7], "--json")
    assert record["id"] == vid
    assert record == next(r for r in prepared.records if r["id"] == vid)


# ---------------------------------------------------------------- export


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_export_default_is_csv(cli, prepared):
    result = cli.ok("export")
    assert result.stdout_bytes[:3] != b"\xef\xbb\xbf"
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == CSV_HEADER
    assert len(rows) == EXPECTED_VISIT_COUNT + 1
    first = next(r for r in read_csv(result.stdout) if r["id"] == prepared.id("01-diklatpim3-sumbar-jatim"))
    assert first["program"] == "Diklatpim III"
    assert first["cohort"] == "14"
    assert first["start_date"] == "2019-07-29"
    assert first["destination_province"] == "Jawa Timur"
    assert "; " in first["host_agencies"]
    assert first["source_file"] == "01-diklatpim3-sumbar-jatim.txt"
    assert cli.ok("export", "--csv").stdout == result.stdout


def test_export_json(cli, prepared):
    doc = cli.json("export", "--json")
    assert doc["format"] == "diklat-export"
    assert doc["version"] == 1
    assert sorted(v["id"] for v in doc["visits"]) == sorted(r["id"] for r in prepared.records)
    assert all(v["evidence"] for v in doc["visits"])  # full records


def test_export_jsonl(cli, prepared):
    lines = cli.ok("export", "--jsonl").stdout.splitlines()
    assert len(lines) == EXPECTED_VISIT_COUNT
    assert {json.loads(line)["id"] for line in lines} == {r["id"] for r in prepared.records}


def test_export_xlsx(cli, prepared):
    openpyxl = pytest.importorskip("openpyxl")
    target = cli.home / "kunjungan.xlsx"
    result = cli.ok("export", "--xlsx", "-o", target)
    assert result.stdout == ""
    assert str(target) in result.stderr
    workbook = openpyxl.load_workbook(target)
    sheet = workbook.active
    header = [cell.value for cell in sheet[1]]
    assert header == CSV_HEADER
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.max_row == EXPECTED_VISIT_COUNT + 1
    start = header.index("start_date") + 1
    dates = [sheet.cell(row, start) for row in range(2, sheet.max_row + 1)]
    dated = [c for c in dates if c.value is not None]
    assert len(dated) == sum(1 for r in prepared.records if r["start_date"])
    for cell in dated:
        assert cell.is_date and isinstance(cell.value, dt.datetime), cell.value
    participants = header.index("participants") + 1
    assert all(isinstance(sheet.cell(row, participants).value, int) for row in range(2, sheet.max_row + 1))


def test_export_xlsx_needs_a_file(cli):
    result = cli("export", "--xlsx")
    assert result.exit_code == 2
    no_traceback(result)
    assert result.stdout == ""


def test_export_two_formats_is_a_usage_error(cli):
    result = cli("export", "--json", "--csv")
    assert result.exit_code == 2
    no_traceback(result)


def test_export_excel_csv_has_bom_and_crlf(cli):
    result = cli.ok("export", "--excel")
    data = result.stdout_bytes
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].split(b"\r\n")[0].decode() == ",".join(CSV_HEADER)
    assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")


def test_export_neutralises_formulas(cli, prepared):
    vid = prepared.id("01-diklatpim3-sumbar-jatim")
    cli.ok("edit", vid[:8], 'host_agencies==HYPERLINK("x")')
    assert cli.json("show", vid, "--json")["host_agencies"] == ['=HYPERLINK("x")']
    for args in (("export",), ("export", "--csv"), ("list", "--csv")):
        rows = read_csv(cli.ok(*args).stdout)
        row = next(r for r in rows if r["id"] == vid)
        assert row["host_agencies"] == '\'=HYPERLINK("x")', args
        assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())
    openpyxl = pytest.importorskip("openpyxl")
    target = cli.home / "x.xlsx"
    cli.ok("export", "--xlsx", "-o", target)
    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == vid)
    cell = row[header.index("host_agencies")]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")'


def test_export_filters(cli, prepared):
    jatim = {"01-diklatpim3-sumbar-jatim", "07-diklatpim4-bantaeng-banyuwangi"}
    doc = cli.json("export", "--json", "--province", "jatim")
    assert stems(doc["visits"]) == jatim
    rows = read_csv(cli.ok("export", "--province", "Jatim").stdout)
    assert {Path(r["source_file"]).stem for r in rows} == jatim
    lines = cli.ok("export", "--jsonl", "--year", "2019", "--program", "Diklatpim IV").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [prepared.id("07-diklatpim4-bantaeng-banyuwangi")]
    bad = cli("export", "--province", "Atlantis")
    assert bad.exit_code == 2
    no_traceback(bad)


def test_export_to_file(cli):
    target = cli.home / "out" / "visits.csv"
    target.parent.mkdir()
    result = cli.ok("export", "-o", target)
    assert result.stdout == ""
    assert str(target) in result.stderr and f"{EXPECTED_VISIT_COUNT} visits" in result.stderr
    # a .csv file is for people: a BOM, ids kept text for Excel (test_analysts.py)
    assert target.read_bytes() == cli.ok("export", "--bom").stdout_bytes
    result = cli.ok("export", "--json", "--output", target.with_suffix(".json"))
    assert json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))["format"] == "diklat-export"


def test_export_to_an_unwritable_place(cli):
    blocker = cli.home / "a-file"
    blocker.write_text("x")
    result = cli("export", "-o", blocker / "visits.csv")
    assert result.exit_code != 0
    no_traceback(result)
    assert str(blocker) in result.stderr


# ---------------------------------------------------------------- round trips through exports


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_round_trip_through_an_export(cli, tmp_path, fmt):
    export_file = tmp_path / f"kantor-a.{fmt}"
    cli.ok("export", f"--{fmt}", "-o", export_file)
    other = Cli(tmp_path, tmp_path / "kantor-b" / "store.json", cli.config)
    result = other.ok("import", export_file)
    assert f"imported {EXPECTED_VISIT_COUNT} visits" in result.stderr
    before = sorted(cli.json("list", "--json"), key=lambda r: r["id"])
    after = sorted(other.json("list", "--json"), key=lambda r: r["id"])
    assert [r["id"] for r in after] == [r["id"] for r in before]
    if fmt in ("json", "jsonl"):
        assert after == before
    else:
        for old, new in zip(before, after, strict=True):
            assert {k: new[k] for k in VISIT_FIELDS} == {k: old[k] for k in VISIT_FIELDS}, old["id"]
            for key in ("file", "url", "imported_at", "sha256"):
                assert new["provenance"][key] == old["provenance"][key], (old["id"], key)
    # importing the same export again adds nothing
    again = other.ok("import", export_file)
    assert "already imported" in again.stderr
    assert len(other.visits()) == EXPECTED_VISIT_COUNT


def test_evidence_of_a_record_imported_from_an_export(cli, tmp_path, prepared):
    export_file = tmp_path / "a.json"
    cli.ok("export", "--json", "-o", export_file)
    other = Cli(tmp_path, tmp_path / "b" / "store.json", cli.config)
    other.ok("import", export_file)
    result = other("show", prepared.id("01-diklatpim3-sumbar-jatim"), "--evidence")
    assert result.exit_code == 1
    no_traceback(result)
    assert "not in the store" in result.stderr


# ---------------------------------------------------------------- delete, edit, undo


def test_delete_and_undo(cli, prepared):
    before = cli.visits()
    vid = prepared.id("06-pka-bengkulu-kota-bogor")
    result = cli.ok("delete", vid[:8], "--yes")
    assert "deleted 1" in result.stderr and "undo" in result.stderr
    assert vid not in {r["id"] for r in cli.visits()}
    assert len(cli.visits()) == EXPECTED_VISIT_COUNT - 1
    cli.ok("undo")
    assert cli.visits() == before


def test_delete_several(cli, prepared):
    a, b = prepared.id("03-pkp-kaltim-bontang-dua-angkatan", 0), prepared.id("03-pkp-kaltim-bontang-dua-angkatan", 1)
    cli.ok("delete", a, b, "-y")
    assert {a, b}.isdisjoint(r["id"] for r in cli.visits())


def test_delete_without_yes_when_not_interactive_refuses(cli, prepared):
    before = cli.store_bytes()
    result = cli("delete", prepared.id("06-pka-bengkulu-kota-bogor"))
    assert result.exit_code != 0
    no_traceback(result)
    assert "--yes" in result.stderr
    assert cli.store_bytes() == before


def test_delete_unknown_id(cli):
    before = cli.store_bytes()
    result = cli("delete", "zzzzzz", "--yes")
    assert result.exit_code != 0
    no_traceback(result)
    assert "zzzzzz" in result.stderr
    assert cli.store_bytes() == before


def test_edit_changes_and_validates(cli, prepared):
    vid = prepared.id("08-diklatpim3-babel-batam")  # Babel → Kepulauan Riau
    # a province alone would leave Kota Batam and its host in another province: both follow
    result = cli.ok(
        "edit", vid[:8], "participants=31", "destination.province=Jatim", "destination.regency=",
        "destination.host=Pemprov Jatim",
    )  # fmt: skip
    assert "31" in result.stdout and "Jawa Timur" in result.stdout
    record = cli.json("show", vid, "--json")
    assert record["participants"] == 31
    assert record["destination"]["province"] == "Jawa Timur"
    assert {"participants", "destination.province"} <= set(record["manual"])
    assert vid in cli.ids("--destination", "Jatim")
    # other records untouched
    others = [r for r in cli.visits() if r["id"] != vid]
    assert others == [r for r in prepared.records if r["id"] != vid]


@pytest.mark.parametrize(
    ("assignments", "reason"),
    [
        (["cohort=abc"], "cohort"),
        (["activity=party"], "activity"),
        (["warna=merah"], "unknown field"),
        (["destination.province=Atlantis"], "unknown province"),
        (["participants=0"], "participants"),
        (["end_date=1990-01-01"], "end_date"),
        (["participants"], "FIELD=VALUE"),
        (["participants=31", "cohort=abc"], "cohort"),  # all or nothing
    ],
    ids=lambda v: v if isinstance(v, str) else " ".join(v),
)
def test_edit_rejects_bad_values(cli, prepared, assignments, reason):
    before = cli.store_bytes()
    result = cli("edit", prepared.id("01-diklatpim3-sumbar-jatim"), *assignments)
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert cli.store_bytes() == before


def test_edited_field_survives_reimport(cli, prepared):
    article = EXAMPLES / "08-diklatpim3-babel-batam.txt"
    vid = prepared.id(article.stem)
    cli.ok("edit", vid, "participants=31", "host_agencies=Dinas Contoh; Badan Contoh")
    cli.ok("import", "--force", article)
    record = cli.json("show", vid, "--json")
    assert record["participants"] == 31
    assert record["host_agencies"] == ["Dinas Contoh", "Badan Contoh"]
    assert record["cohort"] == expected_visits(article)[0]["cohort"]  # the rest re-extracted
    assert len(cli.visits()) == EXPECTED_VISIT_COUNT


def test_edit_clears_a_field_with_an_empty_value(cli, prepared):
    vid = prepared.id("01-diklatpim3-sumbar-jatim")
    cli.ok("edit", vid, "participants=")
    assert cli.json("show", vid, "--json")["participants"] is None


def test_undo_steps_back_through_import_edit_delete(cli, prepared, tmp_path):
    states = [cli.visits()]
    article = tmp_path / "laporan-a.txt"
    article.write_text(MERGE_A, encoding="utf-8")
    cli.ok("import", article)
    states.append(cli.visits())
    assert len(states[-1]) == EXPECTED_VISIT_COUNT + 1
    vid = prepared.id("02-pka-lomboktengah-mataram")
    cli.ok("edit", vid, "participants=33")
    states.append(cli.visits())
    cli.ok("delete", vid, "--yes")
    assert len(cli.visits()) == EXPECTED_VISIT_COUNT
    for expected in reversed(states):
        result = cli.ok("undo")
        assert "restored" in result.stderr
        assert cli.visits() == expected


def test_undo_after_the_first_import_empties_the_store(empty):
    empty.ok("import", EXAMPLES / "01-diklatpim3-sumbar-jatim.txt")
    empty.ok("undo")
    assert empty.visits() == []


def test_undo_with_nothing_to_undo(empty):
    result = empty("undo")
    assert result.exit_code != 0
    no_traceback(result)
    assert "nothing to undo" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------- several reports of one visit

# Two made-up reports of one made-up visit, worded differently, from two made-up outlets.
MERGE_A = """\
Peserta PKA Angkatan IV Sleman Belajar Layanan Digital di Kota Malang

MALANG, Warta Contoh - Sebanyak 36 peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan IV \
Pemerintah Kabupaten Sleman melaksanakan studi lapangan ke Pemerintah Kota Malang, Selasa (10/9/2024) \
hingga Rabu (11/9/2024).

Rombongan diterima Sekretaris Daerah Kota Malang di Balai Kota. Peserta kemudian dibagi ke dua lokus, \
yaitu Dinas Komunikasi dan Informatika serta Badan Pendapatan Daerah Kota Malang.

Reporter: Andi Setiawan
Editor: Rina Marlina
"""

MERGE_B = """\
Pemkot Malang Terima Kunjungan Pejabat Administrator dari Sleman

MALANG (Kabar Uji) - Pemerintah Kota Malang menerima kunjungan peserta Pelatihan Kepemimpinan \
Administrator (PKA) Angkatan IV dari Pemerintah Kabupaten Sleman, Rabu (11/9/2024). Kunjungan ini \
merupakan bagian dari studi lapangan para peserta.

Para pejabat administrator itu mempelajari inovasi pelayanan di Badan Pendapatan Daerah Kota Malang.

Penulis: Dewi Lestari
"""


def test_two_reports_of_one_visit_are_merged(empty, tmp_path):
    a, b = tmp_path / "warta-contoh.txt", tmp_path / "kabar-uji.txt"
    a.write_text(MERGE_A, encoding="utf-8")
    b.write_text(MERGE_B, encoding="utf-8")
    result = empty.ok("import", a, b)
    assert "imported 2 visits from 2 articles" in result.stderr
    merged = empty.json("list", "--json")
    assert len(merged) == 1, [core(r) for r in empty.visits()]
    [visit] = merged
    assert visit["program"] == "PKA" and visit["cohort"] == 4
    assert visit["participants"] == 36
    assert len(visit["also_reported_by"]) == 1
    table = empty.ok("list")
    assert "1 visit\n" in table.stderr
    shown = empty.ok("show", visit["id"])
    sources = [line for line in shown.stdout.splitlines() if line.startswith("source")]
    assert len(sources) == 2
    assert any(a.name in line for line in sources) and any(b.name in line for line in sources)
    assert len(empty.json("list", "--json", "--no-merge")) == 2
    assert "2 visits" in empty.ok("list", "--no-merge").stderr
    # exports follow list
    assert len(empty.json("export", "--json")["visits"]) == 1
    assert len(empty.json("export", "--json", "--no-merge")["visits"]) == 2
    # stats count the visit once
    destination = empty.json("stats", "--json")["destination"]
    assert sum(row[1] for row in destination["rows"]) == 1


# ---------------------------------------------------------------- stats

STATS_KEYS = {"destination", "origin", "year", "program", "hosts", "matrix"}


def test_stats_json(cli, prepared):
    tables = cli.json("stats", "--json")
    assert set(tables) >= STATS_KEYS
    for name in STATS_KEYS:
        assert tables[name]["rows"], name
        assert tables[name]["columns"], name
        assert tables[name]["title"], name
    for name in ("destination", "origin", "year", "program"):
        assert tables[name]["columns"][1] == "visits"
        assert sum(row[1] for row in tables[name]["rows"]) == EXPECTED_VISIT_COUNT, name
    destinations = {row[0]: row[1] for row in tables["destination"]["rows"]}
    assert destinations["Jawa Timur"] == 2


def test_stats_screen(cli):
    tables = cli.json("stats", "--json")
    result = cli.ok("stats")
    assert f"{EXPECTED_VISIT_COUNT} visits" in result.stdout
    for name in STATS_KEYS:
        assert tables[name]["title"] in result.stdout, name
    assert "Jawa Timur" in result.stdout and "Diklatpim III" in result.stdout


def test_stats_filters(cli, prepared):
    jatim = cli.json("stats", "--json", "--province", "Jatim")
    assert sum(row[1] for row in jatim["origin"]["rows"]) == 2
    year = cli.json("stats", "--json", "--year", "2023")
    assert {str(row[0]) for row in year["year"]["rows"]} == {"2023"}
    assert "4 visits" in cli.ok("stats", "--year", "2023").stdout
    bad = cli("stats", "--destination", "Jawa Tmur")
    assert bad.exit_code == 2
    no_traceback(bad)


def test_stats_svg_and_png_draw_the_charts_not_a_terminal_screenshot(cli):
    svg, png = cli.home / "stats.svg", cli.home / "stats.png"
    result = cli("stats", "--svg", svg, "--png", png, "--destination", "Jatim")
    assert result.exit_code == 0, describe(result)
    picture = svg.read_text(encoding="utf-8")
    assert picture.lstrip().startswith(("<svg", "<?xml"))
    assert "Jawa Timur" in picture and "fonts.googleapis" not in picture and "<rect" in picture
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Jawa Timur" in result.stdout  # the screen is still printed


def test_report_writes_a_workbook_and_a_page_that_follow_the_filters(cli):
    from openpyxl import load_workbook

    xlsx, html = cli.home / "r.xlsx", cli.home / "r.html"
    result = cli("report", "--xlsx", xlsx, "--html", html, "--destination", "Jatim")
    assert result.exit_code == 0, describe(result)
    listed = cli.json("list", "--json", "--destination", "Jatim")
    assert f"wrote {len(listed)} visits to {xlsx}" in result.stderr
    book = load_workbook(xlsx)
    visits_sheet = book.worksheets[-1]
    assert visits_sheet.max_row - 1 == len(listed)
    page = html.read_text(encoding="utf-8")
    assert "Jawa Timur" in page and "<svg" in page
    assert "Jatim" in page or "Jawa Timur" in page.split("<svg")[0]  # the filter is named on the summary


def test_report_speaks_indonesian_under_an_indonesian_locale(cli):
    html = cli.home / "r.html"
    result = cli("report", "--html", html, env={"LANG": "id_ID.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.exit_code == 0, describe(result)
    assert '<html lang="id"' in html.read_text(encoding="utf-8")


def test_report_needs_a_file_to_write(cli):
    result = cli("report")
    assert result.exit_code == 2
    assert "--xlsx" in result.stderr
    no_traceback(result)


# ---------------------------------------------------------------- config


def test_config_set_get_show_and_export_default(cli):
    result = cli.ok("config", "set", "export.format", "json")
    assert "export.format" in result.stderr
    assert cli.config.exists()
    assert cli.ok("config", "get", "export.format").stdout.strip() == "json"
    shown = cli.ok("config", "show").stdout
    assert str(cli.config) in shown
    assert re.search(r"^export\.format = 'json'$", shown, re.M)
    doc = cli.json("export")
    assert doc["format"] == "diklat-export" and len(doc["visits"]) == EXPECTED_VISIT_COUNT
    # a format flag still wins
    assert cli.ok("export", "--csv").stdout.startswith("id,program,")
    # an empty value removes the setting
    cli.ok("config", "set", "export.format", "")
    assert cli.ok("export").stdout.startswith("id,program,")


def test_config_excel_default(cli):
    cli.ok("config", "set", "export.excel", "true")
    assert cli.ok("export").stdout_bytes.startswith(b"\xef\xbb\xbf")
    assert not cli.ok("export", "--no-excel").stdout_bytes.startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    "args",
    [
        ("config", "set", "warna.latar", "biru"),
        ("config", "get", "warna.latar"),
        ("config", "set", "export.format", "yaml"),
        ("config", "set", "export.excel", "mungkin"),
        ("config", "set", "import.max_bytes", "0"),
    ],
    ids=lambda a: " ".join(a[1:]),
)
def test_config_rejects_unknown_keys_and_bad_values(cli, args):
    result = cli(*args)
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    assert len(result.stderr.strip().splitlines()) == 1
    assert not cli.config.exists()


# ---------------------------------------------------------------- a broken store


def _truncated(prepared) -> bytes:
    raw = (prepared.folder / "store.json").read_bytes()
    return raw[: len(raw) // 2]


BROKEN = {
    "garbage": lambda prepared: b"ini bukan berkas diklat sama sekali\n",
    "truncated": _truncated,
    "binary": lambda prepared: bytes(range(256)) * 4,
    "empty": lambda prepared: b"",
    "foreign-json": lambda prepared: b'{"hello": "world"}\n',
    "newer-version": lambda prepared: b'{"format":"diklat-store","schema_version":99,"articles":{},"visits":[]}\n',
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_unreadable_store_is_refused_and_left_alone(cli, prepared, kind):
    damaged = BROKEN[kind](prepared)
    cli.store.write_bytes(damaged)
    for args in (
        ("list",),
        ("list", "--json"),
        ("show", prepared.id("01-diklatpim3-sumbar-jatim")),
        ("export",),
        ("stats",),
        ("import", EXAMPLES / "01-diklatpim3-sumbar-jatim.txt"),
        ("edit", prepared.id("01-diklatpim3-sumbar-jatim"), "participants=3"),
        ("delete", prepared.id("01-diklatpim3-sumbar-jatim"), "--yes"),
    ):
        result = cli(*args)
        assert result.exit_code == 3, f"{args}: {describe(result)}"
        no_traceback(result)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, f"{args}: {result.stderr}"
        assert str(cli.store) in lines[0], args
        assert result.stdout == "", args
        assert cli.store.read_bytes() == damaged, args


def test_store_path_that_is_a_folder(empty, tmp_path):
    result = empty("--store", tmp_path, "list")
    assert result.exit_code == 3
    no_traceback(result)
    assert len(result.stderr.strip().splitlines()) == 1 and str(tmp_path) in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("list", "--review"),
        ("list", "--csv"),
        ("stats",),
        ("stats", "--json"),
        ("export",),
        ("export", "--jsonl"),
        ("doctor",),
    ],  # fmt: skip
    ids=" ".join,
)
def test_commands_on_a_store_that_does_not_exist_yet(empty, args):
    empty.ok(*args)
    assert not empty.store.exists()


def test_doctor_on_a_healthy_store(cli):
    result = cli.ok("doctor")
    assert "healthy" in result.stdout
    assert str(EXPECTED_VISIT_COUNT) in result.stdout


@pytest.mark.parametrize("kind", ["garbage", "truncated"])
def test_doctor_reports_a_broken_store(cli, prepared, kind):
    damaged = BROKEN[kind](prepared)
    cli.store.write_bytes(damaged)
    result = cli("doctor")
    assert result.exit_code == 3
    no_traceback(result)
    assert "problem" in result.stderr and str(cli.store) in result.stderr
    assert "--restore" in result.stderr
    assert cli.store.read_bytes() == damaged


def test_doctor_restore_brings_back_the_last_good_state(empty):
    first = EXAMPLES / "01-diklatpim3-sumbar-jatim.txt"
    empty.ok("import", first)
    after_first = empty.visits()
    empty.ok("import", EXAMPLES / "02-pka-lomboktengah-mataram.txt")
    raw = empty.store.read_bytes()
    damaged = raw[: len(raw) - 40]
    empty.store.write_bytes(damaged)
    assert empty("list").exit_code == 3
    result = empty.ok("doctor", "--restore")
    assert "restored" in result.stderr
    assert empty.visits() == after_first
    assert empty.ok("doctor").stdout.count("healthy") == 1
    # the damaged file is kept aside, not lost
    aside = list(empty.store.parent.glob("store.json.damaged-*"))
    assert [p.read_bytes() for p in aside] == [damaged]


def test_doctor_restore_after_one_import_and_a_corruption(cli, prepared):
    """The prepared store was written by one import; corrupting it and restoring must give a
    store that loads (the newest backup that loads) and keep the damaged file."""
    damaged = BROKEN["truncated"](prepared)
    cli.store.write_bytes(damaged)
    result = cli.ok("doctor", "--restore")
    assert "restored" in result.stderr
    cli.ok("list")
    assert list(cli.store.parent.glob("store.json.damaged-*"))


# ---------------------------------------------------------------- links


def test_import_url(empty, local_site):
    url = local_site.url("/artikel")
    result = empty.ok("import", url)
    assert "imported 1 visit from 1 article" in result.stderr
    [record] = empty.visits()
    assert record["provenance"]["url"] == url
    assert record["provenance"]["fetched_at"]
    assert record["program"] == "PKA" and record["participants"] == 40
    assert url in empty.ok("show", record["id"]).stdout


def test_import_same_url_twice(empty, local_site):
    url = local_site.url("/artikel")
    empty.ok("import", url)
    result = empty.ok("import", url)
    assert "already imported" in result.stderr
    assert len(empty.visits()) == 1
    assert local_site.paths().count("/artikel") == 1  # known by its address: not fetched again


def test_import_urls_with_a_404(empty, local_site):
    good, bad = local_site.url("/artikel"), local_site.url("/hilang")
    result = empty("import", bad, good)
    assert result.exit_code == 1, describe(result)
    no_traceback(result)
    error_lines = [line for line in result.stderr.splitlines() if bad in line]
    assert len(error_lines) == 1 and "404" in error_lines[0]
    assert [r["provenance"]["url"] for r in empty.visits()] == [good]


def test_import_from_list(empty, local_site, tmp_path):
    links = tmp_path / "links.txt"
    links.write_text(
        f"# tautan berita\n\n{local_site.url('/artikel')}\n  {local_site.url('/teks')}  \n# selesai\n",
        encoding="utf-8",
    )
    result = empty("import", "--from-list", links, "--json")
    assert result.exit_code == 0, describe(result)
    outcomes = json.loads(result.stdout)
    assert [o["input"] for o in outcomes] == [local_site.url("/artikel"), local_site.url("/teks")]
    assert all(o["status"] in ("imported", "no-visit") for o in outcomes)
    assert sorted(local_site.paths()) == ["/artikel", "/teks"]
    urls = {r["provenance"]["url"] for r in empty.visits()}
    assert local_site.url("/artikel") in urls


def test_import_from_a_missing_list(empty, tmp_path):
    result = empty("import", "--from-list", tmp_path / "tidak-ada.txt")
    assert result.exit_code != 0
    no_traceback(result)
    assert "tidak-ada.txt" in result.stderr


def test_extract_url(empty, local_site):
    [visit] = empty.json("extract", local_site.url("/artikel"), "--json")
    assert visit["program"] == "PKA" and visit["cohort"] == 2 and visit["participants"] == 40
    assert visit["start_date"] == "2024-09-12"
    assert not empty.store.exists()


def test_extract_url_404(empty, local_site):
    result = empty("extract", local_site.url("/hilang"), "--json")
    assert result.exit_code == 1
    no_traceback(result)
    assert "404" in result.stderr and result.stdout == ""


def test_save_html(empty, local_site, tmp_path):
    pages = tmp_path / "halaman"
    empty.ok("import", local_site.url("/artikel"), "--save-html", pages)
    saved = list(pages.iterdir())
    assert len(saved) == 1 and saved[0].suffix == ".html"
    assert saved[0].read_bytes() == ARTICLE_HTML


# ---------------------------------------------------------------- colour and streams


def test_plain_output_has_no_escapes_when_not_a_terminal(cli, prepared):
    vid = prepared.id("02-pka-lomboktengah-mataram")
    for args in (("list",), ("stats",), ("show", vid, "--evidence"), ("import", EXAMPLES)):
        result = cli.ok(*args)
        assert not ANSI.search(result.stdout + result.stderr), args


def test_color_always_colours(cli, prepared):
    """Control for the NO_COLOR tests: with colour forced, escapes do appear."""
    cli.ok("config", "set", "color", "always")
    assert ANSI.search(cli.ok("list").stdout)


@pytest.mark.parametrize("command", ["list", "stats", "show", "import"])
def test_no_color_wins_over_color_always(cli, prepared, command):
    cli.ok("config", "set", "color", "always")
    args = {
        "list": ("list",),
        "stats": ("stats",),
        "show": ("show", prepared.id("02-pka-lomboktengah-mataram"), "--evidence"),
        "import": ("import", EXAMPLES),
    }[command]
    result = cli.ok(*args, env={"NO_COLOR": "1"})
    output = result.stdout + result.stderr
    assert not SGR_COLOUR.search(output), "colour escapes with NO_COLOR=1"
    assert not ANSI.search(output), f"ANSI escapes with NO_COLOR=1: {sorted(set(ANSI.findall(output)))}"


def _run_in_pty(args, env) -> bytes:
    import pty
    import select

    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "diklat_cli", *map(str, args)],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env=env,
            cwd=ROOT,
        )
    finally:
        os.close(follower)
    chunks = []
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                process.kill()
                pytest.fail(f"diklat {args} hung in a terminal")
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
        process.wait(30)
    return b"".join(chunks)


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal")
def test_no_color_in_a_real_terminal(cli):
    env = {k: v for k, v in os.environ.items() if k not in BASE_ENV}
    env.update({"DIKLAT_STORE": str(cli.store), "DIKLAT_CONFIG": str(cli.config), "TERM": "xterm-256color"})
    coloured = _run_in_pty(["list"], env)
    assert ANSI.search(coloured.decode("utf-8", "replace")), "control: a terminal gets colour"
    plain = _run_in_pty(["list"], {**env, "NO_COLOR": "1"}).decode("utf-8", "replace")
    assert "visits" in plain
    assert not SGR_COLOUR.search(plain), "colour escapes with NO_COLOR=1"
    assert not ANSI.search(plain), f"ANSI escapes with NO_COLOR=1: {sorted(set(ANSI.findall(plain)))}"


def test_data_on_stdout_messages_on_stderr_in_a_subprocess(cli, tmp_path):
    missing = tmp_path / "hilang.txt"
    imported = module_run(
        ["import", "--json", EXAMPLES / "01-diklatpim3-sumbar-jatim.txt", missing],
        store=cli.store,
        config=cli.config,
    )
    assert imported.returncode == 1, imported.stderr
    outcomes = json.loads(imported.stdout)  # only JSON on stdout
    assert [o["status"] for o in outcomes] == ["duplicate", "error"]
    assert b"already imported" in imported.stderr and str(missing).encode() in imported.stderr
    listed = module_run(["list", "--json", "--province", "Jatim"], store=cli.store, config=cli.config)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 2
    table = module_run(["list"], store=cli.store, config=cli.config)
    assert b"visits" in table.stderr and b"visits" not in table.stdout
    bad = module_run(["list", "--province", "Jawa Tmur"], store=cli.store, config=cli.config)
    assert bad.returncode == 2
    assert bad.stdout == b""
    assert len(bad.stderr.decode().strip().splitlines()) == 1 and b"Traceback" not in bad.stderr


def test_store_problem_in_a_subprocess(cli):
    cli.store.write_bytes(b"{ rusak")
    result = module_run(["list"], store=cli.store, config=cli.config)
    assert result.returncode == 3
    assert result.stdout == b""
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and str(cli.store) in lines[0]
    assert cli.store.read_bytes() == b"{ rusak"
