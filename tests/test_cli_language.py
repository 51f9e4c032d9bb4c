"""The command line in the user's language: `--lang`, the setting ui.language and the locale
choose it; messages, errors, help, table headers, stats and the import summary follow it;
data (JSON, CSV, stats --json) never does. Driven through the real CLI, as in test_cli."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from diklat_cli.output.formats import CSV_COLUMNS
from tests import test_cli as base

# the fixtures of test_cli: a copy of the store with the bundled examples (cli), an empty one
_isolated = base._isolated
prepared = base.prepared
cli = base.cli
empty = base.empty

INDONESIAN = {"LANG": "id_ID.UTF-8"}
ENGLISH = {"LANG": "C"}
MONTHS_ID = re.compile(r"\b\d{1,2}(?:–\d{1,2})? (?:Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des)\b")
MONTHS_EN = re.compile(r"\b\d{1,2}(?:–\d{1,2})? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


def _header(stdout: str) -> list[str]:
    return stdout.splitlines()[0].split()


# ---------------------------------------------------------------- the four commands of the issue


def test_list_follows_an_indonesian_locale(cli) -> None:
    result = cli.ok("list", env=INDONESIAN)
    assert _header(result.stdout) == ["id", "tanggal", "program", "ang", "pst", "asal", "tujuan", "lokus"]
    assert MONTHS_ID.search(result.stdout) and not re.search(r"\d{4}-\d{2}-\d{2}", result.stdout)
    assert "17 Mei 2024" in result.stdout  # as Indonesians write a date
    assert result.stderr == f"{base.EXPECTED_VISIT_COUNT} kunjungan\n"


def test_list_is_english_under_lang_c(cli) -> None:
    result = cli.ok("list", env=ENGLISH)
    assert _header(result.stdout) == ["id", "dates", "programme", "ang", "pst", "origin", "destination", "lokus"]
    assert "17 May 2024" in result.stdout and MONTHS_EN.search(result.stdout)
    assert not re.search(r" (?:Mei|Agu|Okt|Des) \d{4}", result.stdout)
    assert result.stderr == f"{base.EXPECTED_VISIT_COUNT} visits\n"


def test_stats_in_indonesian_with_lang(cli) -> None:
    out = cli.ok("--lang", "id", "stats", env=ENGLISH).stdout
    for title in (
        "Kunjungan menurut provinsi tujuan",
        "Kunjungan menurut provinsi asal",
        "Kunjungan menurut tahun",
        "Kunjungan menurut program diklat",
        "Instansi yang paling sering dikunjungi (10 teratas)",
        "Kunjungan dari provinsi asal (baris) ke provinsi tujuan (kolom)",
    ):
        assert title in out
    assert out.startswith(f"{base.EXPECTED_VISIT_COUNT} kunjungan\n")
    assert "nasional" in out and "jumlah peserta" in out
    for english in ("Visits by", "Most visited", "visits", "participants", "national", "province"):
        assert english not in out
    assert "\n2024 " in out  # a year is a label, never grouped as 2.024


def test_stats_in_english_under_lang_c(cli) -> None:
    out = cli.ok("stats", env=ENGLISH).stdout
    assert "Visits by destination province" in out and "Most visited host agencies (top 10)" in out
    assert "Kunjungan" not in out and "kunjungan" not in out


def test_import_of_a_pdf_in_indonesian(empty, tmp_path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = empty("--lang", "id", "import", bad, env=ENGLISH)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "0 kunjungan diimpor dari 0 berita; 1 gagal",
        f"gagal: {bad}: bukan teks: tampaknya berkas PDF",
    ]
    english = empty("import", bad, env=ENGLISH)
    assert english.exit_code == 1
    assert english.stderr.splitlines() == [
        "imported 0 visits from 0 articles; 1 failed",
        f"error: {bad}: not text: looks like a PDF file",
    ]


def test_import_summary_in_indonesian(empty) -> None:
    result = empty.ok("import", base.EXAMPLES, env=INDONESIAN)
    lines = result.stderr.splitlines()
    visits, articles = base.EXPECTED_VISIT_COUNT, len(base.WITH_VISITS)
    assert lines[0] == f"{visits} kunjungan diimpor dari {articles} berita; 2 tanpa kunjungan"
    assert lines[-1] == "diklat: tidak dibaca di folder: 1 .md"  # examples/README.md
    assert all(line.startswith("tidak ditemukan kunjungan: ") for line in lines[1:-1])
    again = empty.ok("import", base.EXAMPLES, env=INDONESIAN)
    assert "sudah pernah diimpor (dilewati; --force mengekstrak ulang)" in again.stderr


# English help sentences that must not be left in an Indonesian `list --help`
LIST_HELP_EN = [
    "List visits, newest first",
    "Origin OR destination province",
    "Show at most N visits.",
    "JSON for pipes.",
    "Keep several reports of one visit apart.",
    "Show this message and exit.",
    "Usage:",
    "Options:",
    "[default:",
    "<str>",
]


def test_list_help_in_indonesian(empty) -> None:
    out = empty.ok("--lang", "id", "list", "--help", env=ENGLISH).stdout
    assert out.startswith("Penggunaan: ")
    for indonesian in (
        "Menampilkan daftar kunjungan, terbaru lebih dulu",
        "Opsi:",
        "Provinsi asal ATAU tujuan",
        "Tampilkan paling banyak N kunjungan.",
        "[bawaan: date]",
        "Menampilkan pesan ini lalu keluar.",
        "--province <teks>",
    ):
        assert indonesian in out
    for english in LIST_HELP_EN:
        assert english not in out


def test_list_help_in_english_under_lang_c(empty) -> None:
    out = empty.ok("list", "--help", env=ENGLISH).stdout
    for english in LIST_HELP_EN:
        assert english in out
    assert "Penggunaan" not in out and "kunjungan" not in out


@pytest.mark.parametrize("args", [["--lang", "id", "--help"], ["--lang=id", "--help"], ["--help"], []])
def test_the_main_help_is_indonesian_too(empty, args) -> None:
    result = empty(*args, env=INDONESIAN if len(args) < 2 else ENGLISH)
    out = result.stdout or result.stderr  # with no command at all, the help goes to stderr
    assert "Penggunaan: diklat" in out and "Perintah:" in out
    assert "Mengubah berita kunjungan diklat" in out
    assert "Menampilkan daftar kunjungan" in out  # a command's short help


# ---------------------------------------------------------------- what chooses the language


def test_the_setting_ui_language(empty) -> None:
    empty.ok("config", "set", "ui.language", "id", env=ENGLISH)
    assert empty.ok("config", "get", "ui.language").stdout == "id\n"
    assert "tidak ada kunjungan yang cocok" in empty.ok("list", env=ENGLISH).stderr  # the setting beats LANG
    assert "no visits match" in empty.ok("--lang", "en", "list", env=INDONESIAN).stderr  # --lang beats both
    empty.ok("config", "set", "ui.language", "en")
    assert "no visits match" in empty.ok("list", env=INDONESIAN).stderr


def test_a_bad_setting_or_option_is_refused(empty) -> None:
    result = empty("config", "set", "ui.language", "jv")
    assert result.exit_code == 2 and "ui.language takes one of en, id, not 'jv'" in result.stderr
    result = empty("--lang", "jv", "list")
    assert result.exit_code == 2 and "--lang" in result.stderr


def test_lc_all_wins_over_lang(empty) -> None:
    assert "no visits match" in empty.ok("list", env={"LC_ALL": "C", "LANG": "id_ID.UTF-8"}).stderr
    assert "tidak ada kunjungan" in empty.ok("list", env={"LC_ALL": "id_ID.UTF-8", "LANG": "C"}).stderr


def test_an_unreadable_config_does_not_hide_the_error(empty) -> None:
    empty.config.write_text("ui = [", encoding="utf-8")
    result = empty("--lang", "id", "list")
    assert result.exit_code != 0 and "bukan TOML yang sah" in result.stderr


# ---------------------------------------------------------------- errors and validation


def test_errors_in_indonesian(cli) -> None:
    result = cli("--lang", "id", "list", "--province", "Sulawesi Tenga")
    assert result.exit_code == 2
    assert result.stderr.startswith("diklat: --province: provinsi 'Sulawesi Tenga' tidak dikenal")
    result = cli("--lang", "id", "show", "zzzz")
    assert result.stderr == "diklat: tidak ada kunjungan dengan id zzzz\n"
    result = cli("--lang", "id", "export", "--csv", "--json")
    assert result.stderr == "diklat: pilih satu format saja: --csv, --json, --jsonl atau --xlsx\n"


def test_a_command_line_click_cannot_parse_is_refused_in_indonesian(empty) -> None:
    result = empty("--lang", "id", "list", "--provinse", "Jabar")
    assert result.exit_code == 2
    assert "Penggunaan: diklat list [OPTIONS]" in result.stderr
    assert "Lihat 'diklat list -h' untuk bantuan." in result.stderr
    assert "Galat: Opsi --provinse tidak ada (opsi yang mirip: --province" in result.stderr
    result = empty("--lang", "id", "lisst")
    assert result.exit_code == 2
    assert "Galat: Perintah 'lisst' tidak ada. Mungkin maksud Anda 'list'?" in result.stderr
    result = empty("--lang", "id", "list", "--year", "dua ribu")
    assert result.exit_code == 2 and "Galat: Nilai '--year' tidak sah: harus bilangan bulat" in result.stderr
    for text in ("Usage:", "Error:", "Try ", "No such", "Input should"):
        assert text not in result.stderr


def test_click_keeps_its_own_words_in_english(empty) -> None:
    result = empty("list", "--provinse", "Jabar", env=ENGLISH)
    assert result.exit_code == 2
    assert "Usage: diklat list [OPTIONS]" in result.stderr
    assert "Error: No such option: --provinse (Possible options: --province" in result.stderr


def test_lang_may_follow_the_command(empty) -> None:
    result = empty("list", "--lang", "id", env=ENGLISH)
    assert result.exit_code == 0 and "tidak ada kunjungan" in result.stderr
    assert "Penggunaan: diklat list" in empty.ok("list", "--lang=id", "-h", env=ENGLISH).stdout
    result = empty("--lang", "id", "list", "--lang", "en")
    assert "no visits match" in result.stderr  # the last one given wins


def test_cli_says_nothing_to_a_person_outside_the_catalogue() -> None:
    """Every message cli.py prints or fails with goes through the catalogue: a bare string
    or f-string there reaches Indonesian users in English."""
    import ast
    import inspect

    from diklat_cli import cli as module

    bare = []
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
            continue
        to_stderr = any(k.arg == "file" and ast.unparse(k.value) == "sys.stderr" for k in node.keywords)
        if node.func.id == "fail" or (node.func.id == "print" and to_stderr):
            first = node.args[0]
            parts = first.values if isinstance(first, ast.JoinedStr) else [first]
            words = "".join(p.value for p in parts if isinstance(p, ast.Constant) and isinstance(p.value, str))
            if any(ch.isalpha() for ch in words.replace("diklat", "")):
                bare.append(f"line {node.lineno}: {ast.unparse(first)[:60]}")
    assert not bare, "messages not marked for translation:\n" + "\n".join(bare)


def test_an_edit_names_the_field_and_the_form_in_the_users_language(cli) -> None:
    visit = json.loads(cli.ok("list", "--json").stdout)[0]["id"]
    result = cli("--lang", "id", "edit", visit, "start_date=kemarin")
    assert result.exit_code != 0
    assert "start_date: harus berupa tanggal seperti 2016-08-29 (tahun-bulan-tanggal), bukan 'kemarin'" in result.stderr
    assert "Input should" not in result.stderr
    result = cli("edit", visit, "cohort=0", env=ENGLISH)
    assert "cohort: should be a whole number of at least 1, not '0'" in result.stderr


def test_numbers_are_grouped_as_the_language_writes_them(cli) -> None:
    visit = json.loads(cli.ok("list", "--json").stdout)[0]["id"]
    cli.ok("edit", visit, "participants=1500")
    assert " 1.500 " in cli.ok("list", env=INDONESIAN).stdout
    assert " 1,500 " in cli.ok("list", env=ENGLISH).stdout
    assert json.loads(cli.ok("--lang", "id", "list", "--json").stdout)[0]["participants"] == 1500


# ---------------------------------------------------------------- data never changes


@pytest.mark.parametrize(
    "args",
    [["list", "--json"], ["list", "--csv"], ["export", "--csv"], ["export", "--jsonl"], ["stats", "--json"]],
)
def test_data_is_the_same_in_every_language(cli, args) -> None:
    english = cli.ok(*args, env=ENGLISH).stdout
    assert cli.ok("--lang", "id", *args).stdout == english
    assert cli.ok(*args, env=INDONESIAN).stdout == english


def test_an_export_with_indonesian_headers_reads_back(cli, tmp_path) -> None:
    """A spreadsheet user's CSV with the Indonesian headers (export --headers id) imports,
    and a bad cell is named by the header the file uses."""
    from diklat_cli import i18n

    rows = list(csv.reader(io.StringIO(cli.ok("export", "--csv").stdout)))
    assert rows[0] == CSV_COLUMNS
    rows[0] = i18n.csv_headers(CSV_COLUMNS, "id")
    good = tmp_path / "kunjungan.csv"
    with good.open("w", encoding="utf-8", newline="") as fp:
        csv.writer(fp).writerows(rows)
    fresh = base.Cli(tmp_path, tmp_path / "other" / "store.json", tmp_path / "config.toml")
    assert f"{base.EXPECTED_VISIT_COUNT} kunjungan diimpor" in fresh.ok("import", good, env=INDONESIAN).stderr

    start = CSV_COLUMNS.index("start_date")
    rows[2][start] = "29/08/2016"
    bad = tmp_path / "rusak.csv"
    with bad.open("w", encoding="utf-8", newline="") as fp:
        csv.writer(fp).writerows(rows)
    result = fresh("--lang", "id", "import", "--force", bad)
    assert "baris 3: Tanggal Mulai: harus berupa tanggal seperti 2016-08-29" in result.stderr
    assert "bukan '29/08/2016'" in result.stderr and "Input should" not in result.stderr


def test_export_headers_in_indonesian_and_back(cli, tmp_path) -> None:
    from diklat_cli import i18n

    indonesian = i18n.csv_headers(CSV_COLUMNS, "id")
    out = cli.ok("export", "--csv", "--headers", "id").stdout
    assert next(csv.reader(io.StringIO(out))) == indonesian
    assert out.split("\n", 1)[1] == cli.ok("export", "--csv").stdout.split("\n", 1)[1]  # only the header row
    # following ui.language when --headers is not given; never LANG
    assert next(csv.reader(io.StringIO(cli.ok("export", "--csv", env=INDONESIAN).stdout))) == CSV_COLUMNS
    cli.ok("config", "set", "ui.language", "id")
    assert next(csv.reader(io.StringIO(cli.ok("export", "--csv").stdout))) == indonesian
    assert next(csv.reader(io.StringIO(cli.ok("export", "--csv", "--headers", "en").stdout))) == CSV_COLUMNS

    workbook = tmp_path / "kunjungan.xlsx"
    cli.ok("export", "--xlsx", "-o", workbook)
    import openpyxl

    sheet = openpyxl.load_workbook(workbook).active
    assert [cell.value for cell in sheet[1]] == indonesian

    exported = tmp_path / "kunjungan.csv"
    cli.ok("export", "--csv", "-o", exported)
    fresh = base.Cli(tmp_path, tmp_path / "other" / "store.json", cli.config)  # ui.language = id
    assert f"{base.EXPECTED_VISIT_COUNT} kunjungan diimpor" in fresh.ok("import", exported, env=ENGLISH).stderr
