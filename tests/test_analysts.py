"""Issue 14, for analysts: the filters they ask for, screens that fit, Excel-first files.

Driven through the real CLI (typer's CliRunner) on the bundled examples, with the helpers
and fixtures of tests/test_cli.py. Every filter is checked on list, stats and export.
"""

# ruff: noqa: F811  (the fixtures of test_cli.py are imported, then named as parameters)
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from diklat_cli.output.screens import short_province
from tests.test_cli import (  # noqa: F401  (fixtures)
    Cli,
    _isolated,
    cli,
    describe,
    empty,
    module_run,
    no_traceback,
    prepared,
    stems,
)

# ---------------------------------------------------------------- filters on list, stats, export


def listed(cli, *filters) -> set[str]:
    return {r["id"] for r in cli.json("list", "--json", *filters)}


def exported(cli, *filters) -> set[str]:
    rows = list(csv.DictReader(io.StringIO(cli.ok("export", "--csv", *filters).stdout)))
    return {row["id"] for row in rows}


def counted(cli, *filters) -> int:
    return sum(row[1] for row in cli.json("stats", "--json", *filters)["year"]["rows"])


def same_everywhere(cli, *filters) -> set[str]:
    """The ids `list` gives for these filters, after checking export and stats agree."""
    ids = listed(cli, *filters)
    assert exported(cli, *filters) == ids, filters
    assert counted(cli, *filters) == len(ids), filters
    return ids


def ids_where(prepared, predicate) -> set[str]:
    return {r["id"] for r in prepared.records if predicate(r)}


def test_regency_either_side_short_and_long_forms(cli, prepared):
    # 13 goes from Kabupaten Luwu Utara to Kota Makassar
    luwu = prepared.id("13-diklatpim4-luwuutara-makassar")
    for spelling in ("Makassar", "Kota Makassar", "kota makassar", "Pemkot Makassar"):
        assert same_everywhere(cli, "--regency", spelling) == {luwu}
    for spelling in ("Luwu Utara", "Kab. Luwu Utara", "Kabupaten Luwu Utara"):
        assert same_everywhere(cli, "--regency", spelling) == {luwu}
    # "Bogor" is the kabupaten and the kota: 06 goes to Kota Bogor
    assert same_everywhere(cli, "--regency", "Bogor") == {prepared.id("06-pka-bengkulu-kota-bogor")}


def test_unknown_regency_is_one_line(cli):
    result = cli("list", "--regency", "Kota Atlantis")
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    assert result.stderr.strip().count("\n") == 0 and "Kota Atlantis" in result.stderr


@pytest.mark.parametrize("command", ["list", "stats", "export"])
def test_regency_given_to_province_points_to_regency(cli, command):
    result = cli(command, "--province", "Lampung Selatan")
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    assert result.stderr.strip() == "diklat: --province: Lampung Selatan is a regency in Lampung: use --regency"
    assert result.stdout == ""


def test_since_until_dates_and_years(cli, prepared):
    def overlaps(r, low, high):
        start = r["start_date"] or r["end_date"]
        end = r["end_date"] or r["start_date"]
        return start is not None and end >= low and start <= high

    assert same_everywhere(cli, "--since", "2023") == ids_where(prepared, lambda r: overlaps(r, "2023-01-01", "9999"))
    assert same_everywhere(cli, "--until", "2018") == ids_where(prepared, lambda r: overlaps(r, "0000", "2018-12-31"))
    window = same_everywhere(cli, "--since", "2019-08-01", "--until", "2023-11-21")
    assert window == ids_where(prepared, lambda r: overlaps(r, "2019-08-01", "2023-11-21"))
    # 01 runs 2019-07-29 to 08-02: a visit still going on counts
    assert prepared.id("01-diklatpim3-sumbar-jatim") in window
    assert 0 < len(window) < len(prepared.records)


def test_bad_since_is_a_usage_error(cli):
    result = cli("export", "--since", "kemarin")
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    assert "--since" in result.stderr and "kemarin" in result.stderr


def test_cohort(cli, prepared):
    assert same_everywhere(cli, "--cohort", "2") == ids_where(prepared, lambda r: r["cohort"] == 2)
    assert len(same_everywhere(cli, "--cohort", "2")) >= 2
    assert same_everywhere(cli, "--cohort", "2", "--cohort", "14") == ids_where(
        prepared, lambda r: r["cohort"] in (2, 14)
    )


def test_several_values_per_filter(cli, prepared):
    provinces = ("Jawa Timur", "Bali")
    both = same_everywhere(cli, "--province", "Jatim", "--province", "Bali")
    assert both == ids_where(
        prepared, lambda r: r["origin"]["province"] in provinces or r["destination"]["province"] in provinces
    )
    assert both == listed(cli, "-p", "Jatim") | listed(cli, "-p", "Bali")
    assert same_everywhere(cli, "--year", "2018", "--year", "2024") == listed(cli, "--year", "2018") | listed(
        cli, "--year", "2024"
    )
    assert same_everywhere(cli, "--program", "PKA", "--program", "PKP") == ids_where(
        prepared, lambda r: r["program"] in ("PKA", "PKP")
    )


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Diklat PIM III", "Diklatpim III"),
        ("PIM 3", "Diklatpim III"),
        ("diklatpim iii", "Diklatpim III"),
        ("Pelatihan Kepemimpinan Administrator", "PKA"),
        ("Pelatihan Kepemimpinan Pengawas", "PKP"),
    ],
)
def test_program_aliases_the_extractor_reads(cli, prepared, alias, canonical):
    expected = ids_where(prepared, lambda r: r["program"] == canonical)
    assert expected
    assert same_everywhere(cli, "--program", alias) == expected


def test_program_prefix_still_works(cli, prepared):
    assert same_everywhere(cli, "--program", "diklatpim") == ids_where(
        prepared, lambda r: r["program"].startswith("Diklatpim")
    )


# ---------------------------------------------------------------- Excel-first files

XLSX_MAGIC = b"PK\x03\x04"


@pytest.mark.parametrize(
    ("name", "looks_like"),
    [
        ("visits.xlsx", lambda data: data.startswith(XLSX_MAGIC)),
        ("VISITS.XLSX", lambda data: data.startswith(XLSX_MAGIC)),
        ("visits.json", lambda data: json.loads(data)["format"] == "diklat-export"),
        ("visits.jsonl", lambda data: all(json.loads(line)["id"] for line in data.splitlines())),
        ("visits.csv", lambda data: data.startswith(b"\xef\xbb\xbfid,program,")),
    ],
)
def test_export_picks_the_format_from_the_extension(cli, name, looks_like):
    target = cli.home / name
    result = cli.ok("export", "-o", target)
    assert looks_like(target.read_bytes()), target.read_bytes()[:80]
    assert f"to {target}" in result.stderr


@pytest.mark.parametrize(
    ("flag", "name"), [("--csv", "visits.xlsx"), ("--json", "visits.csv"), ("--xlsx", "visits.jsonl")]
)
def test_a_flag_contradicting_the_extension_is_an_error(cli, flag, name):
    target = cli.home / name
    result = cli("export", flag, "-o", target)
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    assert result.stderr.strip().count("\n") == 0 and flag in result.stderr and name in result.stderr
    assert not target.exists()


def test_a_flag_agreeing_with_the_extension_is_fine(cli):
    cli.ok("export", "--xlsx", "-o", cli.home / "v.xlsx")
    cli.ok("export", "--csv", "-o", cli.home / "v.csv")


def test_semicolon_csv_with_bom_reads_back_through_import(cli, prepared):
    empty = Cli(cli.home, cli.home / "kantor-b" / "store.json", cli.config)
    target = cli.home / "kunjungan.csv"
    cli.ok("export", "--sep", ";", "-o", target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid;program;cohort;")
    result = empty.ok("import", target)
    assert f"imported {len(prepared.records)} visits" in result.stderr
    before = {r["id"]: r for r in prepared.records}
    after = {r["id"]: r for r in empty.visits()}
    assert after.keys() == before.keys()
    for vid, record in after.items():
        for field in ("program", "cohort", "participants", "origin", "destination", "start_date", "host_agencies"):
            assert record[field] == before[vid][field], (vid, field)


def test_sep_from_the_config(cli):
    cli.ok("config", "set", "export.sep", ";")
    assert cli.ok("export").stdout.startswith("id;program;cohort;")
    assert cli.ok("export", "--sep", ",").stdout.startswith("id,program,cohort,")
    bad = cli("config", "set", "export.sep", "|")
    assert bad.exit_code == 2 and "export.sep" in bad.stderr


@pytest.mark.parametrize("args", [["--sep", "|"], ["--json", "--sep", ";"], ["--jsonl", "--no-bom"]])
def test_bad_csv_options_are_usage_errors(cli, args):
    result = cli("export", *args)
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    assert result.stdout == ""


def _excel_reads_as_number(cell: str) -> bool:
    """What Excel does to a CSV cell: digits (with an exponent) become a number."""
    return re.fullmatch(r"[0-9]+(?:[eE][0-9]+)?", cell) is not None


def test_ids_stay_text_in_excel_csv(cli, prepared):
    digits = [r["id"] for r in prepared.records if _excel_reads_as_number(r["id"])]
    assert digits, "the examples hold an all-digit id (827753551628 → 8.28E+11 in Excel)"
    target = cli.home / "v.csv"
    cli.ok("export", "-o", target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    for row in rows:
        assert not _excel_reads_as_number(row["id"]), row["id"]
        assert not _excel_reads_as_number(row["source_sha256"]), row["source_sha256"]
    assert {f'="{vid}"' for vid in digits} <= {row["id"] for row in rows}
    # for tools: no BOM, the ids as they are
    tool = cli.ok("export", "--no-bom", "-o", target)
    assert tool.exit_code == 0
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert set(digits) <= {row["id"] for row in csv.DictReader(io.StringIO(data.decode("utf-8")))}


def test_ids_stay_text_in_xlsx(cli, prepared):
    openpyxl = pytest.importorskip("openpyxl")
    target = cli.home / "v.xlsx"
    cli.ok("export", "-o", target)
    sheet = openpyxl.load_workbook(target).active
    ids = [sheet.cell(row, 1).value for row in range(2, sheet.max_row + 1)]
    assert sorted(ids) == sorted(r["id"] for r in prepared.records)
    assert all(isinstance(v, str) for v in ids)
    assert "827753551628" in ids


@pytest.mark.parametrize("formats", [("--json", "--csv"), ("--jsonl", "--csv"), ("--json", "--jsonl")])
def test_list_rejects_two_output_formats(cli, formats):
    result = cli("list", *formats)
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    assert result.stdout == "" and all(f in result.stderr for f in formats)


# ---------------------------------------------------------------- screens that fit


def _lokus(record) -> str:
    return "; ".join(record["host_agencies"])


def _destination_shown(record) -> str:
    regency = record["destination"]["regency"]
    if regency:
        return regency.replace("Kabupaten ", "Kab. ")
    return short_province(record["destination"]["province"])


def test_list_at_80_columns_shows_destination_and_lokus(cli, prepared):
    result = cli.ok("list", env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    header = lines[0].split()
    assert header == ["id", "dates", "programme", "ang", "pst", "origin", "destination"]
    assert lines[1].split() == ["lokus"]
    for record in prepared.records:
        (at,) = [n for n, line in enumerate(lines) if line.startswith(record["id"][:8])]
        line = lines[at]
        assert _destination_shown(record) in line, line  # whole, not cut
        assert record["program"] in line
        if record["participants"] is not None:
            assert f" {record['participants']} " in line
        if record["start_date"]:
            assert record["start_date"][:4] in line
        # the lokus on the lines beneath, wrapped at word boundaries, every word there
        beneath = []
        for follow in lines[at + 1 :]:
            if not follow.startswith(" " * 9):
                break
            beneath.append(follow.strip())
        assert " ".join(beneath) == _lokus(record), record["id"]
    assert "…" not in "\n".join(lines[:1] + [line for line in lines if line.startswith(" ")])
    # short province forms where there is no regency (Kalimantan Timur → Kaltim)
    assert any(" Kaltim " in line for line in lines[3:])


def test_list_at_120_columns_uses_the_room(cli, prepared):
    lines = cli.ok("list", env={"COLUMNS": "120"}).stdout.splitlines()
    assert all(len(line) <= 120 for line in lines)
    assert lines[0].split()[-1] == "lokus"  # the lokus on the visit's own line
    assert sum(1 for line in lines if line.strip()) == len(prepared.records) + 2
    assert "Kalimantan Timur" in "\n".join(lines)  # full province names


def test_list_into_a_file_cuts_no_cell(cli, prepared, tmp_path):
    target = tmp_path / "f.txt"
    result = module_run(["list"], store=cli.store, config=cli.config)  # stdout a pipe, no COLUMNS
    assert result.returncode == 0, result.stderr
    target.write_bytes(result.stdout)
    text = target.read_text(encoding="utf-8")
    assert "…" not in text
    assert "Kepulauan Bangka Belitung" in text  # "Kepulauan Bangka Belitu…" before
    for record in prepared.records:
        assert _lokus(record) in text


def test_limit_says_how_many_of_how_many(cli, prepared):
    result = cli.ok("list", "--limit", "5")
    assert result.stderr.strip() == f"5 of {len(prepared.records)} visits"
    assert sum(1 for line in result.stdout.splitlines()[2:] if line.strip()) == 5
    assert cli.ok("list").stderr.strip() == f"{len(prepared.records)} visits"


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {}])
def test_show_evidence_marks_spans_in_plain_text(cli, prepared, env):
    vid = prepared.id("02-pka-lomboktengah-mataram")
    text = cli.ok("show", vid, "--evidence", env=env).stdout
    assert "\x1b[" not in text  # a pipe: no colour, the marks carry it
    flat = " ".join(text.split())  # the article is wrapped to the width
    assert "⟦program: PKA⟧" in flat
    assert "⟦cohort: angkatan ke-3⟧" in flat
    assert "⟦host_agencies: Dinas Kependudukan dan Pencatatan Sipil⟧" in flat
    assert flat.count("⟦") == flat.count("⟧")


def _matrix_lines(text: str) -> list[str]:
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("Visits from origin province"))
    return [line for line in lines[start + 1 :] if line.strip()]


@pytest.mark.parametrize("width", [80, 50])
def test_stats_matrix_reads_at_narrow_widths(cli, prepared, width):
    text = cli.ok("stats", env={"COLUMNS": str(width)}).stdout
    lines = _matrix_lines(text)
    assert all(len(line) <= width for line in lines), "\n".join(lines)
    header = lines[0].split()
    assert header[0] == "origin" and "Kaltim" in header[1:4]  # short province forms
    body = [line.split() for line in lines[2:]]
    assert any(row[0] == "Sulsel" for row in body)
    numbers = [[0 if c == "·" else int(c) for c in row[1:]] for row in body]
    assert sum(map(sum, numbers)) == len(prepared.records)  # nothing lost to "others"
    if width == 50:
        assert header[-1] == "others"
    # right-aligned: every number ends where its header does
    for line in lines[2:]:
        for name in header[1:]:
            end = lines[0].index(f" {name}") + 1 + len(name)
            assert line[end - 1] != " ", (name, line)


def test_matrix_with_many_provinces_has_an_others_row_and_column():
    from diklat_cli.output.screens import _plain_stats, fit_matrix
    from diklat_cli.query.stats import Table

    names = [
        "Sulawesi Selatan", "Jawa Timur", "Kepulauan Bangka Belitung", "Nusa Tenggara Timur", "DI Yogyakarta",
        "Kalimantan Timur", "Sumatera Utara", "Jawa Barat", "Jawa Tengah", "Bali", "Papua Barat", "Sulawesi Utara",
        "Kalimantan Selatan", "Sumatera Barat", "Lampung", "Riau",
    ]  # fmt: skip
    rows = [[origin, *((i * 7 + j * 3) % 5 for j in range(len(names)))] for i, origin in enumerate(names)]
    table = Table("Visits from origin province (rows) to destination province (columns)", ["origin", *names], rows)
    fitted = fit_matrix(table, 80)
    assert fitted.columns[-1] == "others" and fitted.rows[-1][0] == "others"
    assert fitted.columns[1:3] == ["Sulsel", "Jatim"]
    total = sum(sum(r[1:]) for r in rows)
    assert sum(0 if c == "·" else c for r in fitted.rows for c in r[1:]) == total
    lines = _matrix_lines(_plain_stats({"matrix": fitted}, total))
    assert all(len(line) <= 80 for line in lines)
    assert fit_matrix(table, None).columns[1:] == [short_province(n) for n in names]  # a file: every column


def test_report_takes_the_same_filters(cli, prepared):
    openpyxl = pytest.importorskip("openpyxl")
    xlsx, html = cli.home / "r.xlsx", cli.home / "r.html"
    filters = ("--province", "Jatim", "--province", "Bali", "--since", "2019", "--program", "PIM 3")
    expected = same_everywhere(cli, *filters)
    assert expected
    result = cli.ok("report", "--xlsx", xlsx, "--html", html, *filters)
    assert re.search(rf"wrote {len(expected)} visits? to {re.escape(str(xlsx))}", result.stderr), result.stderr
    visits_sheet = openpyxl.load_workbook(xlsx).worksheets[-1]
    assert {visits_sheet.cell(row, 1).value for row in range(2, visits_sheet.max_row + 1)} == expected
    assert "Jawa Timur, Bali" in html.read_text(encoding="utf-8")  # the filters named on the summary


def test_since_after_until_is_a_usage_error(cli):
    result = cli("list", "--since", "2020", "--until", "2019-06-30")
    assert result.exit_code == 2, describe(result)
    no_traceback(result)
    assert result.stderr.strip() == "diklat: --since 2020-01-01 is after --until 2019-06-30: nothing could match"


def test_review_at_80_columns_keeps_the_reasons_under_the_visit(cli, prepared):
    undated = prepared.id("14-diklatpim3-sulbar-kabupaten-banjar")
    lines = cli.ok("list", "--review", env={"COLUMNS": "80"}).stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    at = next(n for n, line in enumerate(lines) if line.startswith(undated[:8]))
    beneath = []
    for follow in lines[at + 1 :]:
        if not follow.startswith(" " * 9):
            break
        beneath.append(follow.strip())
    assert any(line.startswith("check: ") and "start_date" in line for line in beneath), beneath


@pytest.mark.parametrize("sep", [",", ";", "\t"])
@pytest.mark.parametrize("bom", [True, False])
def test_csv_round_trip_with_any_separator_and_text_ids(sep, bom):
    from diklat_cli.output.formats import to_csv
    from diklat_cli.sources.exports import looks_like_export, read_export
    from tests.factories import make_record

    records = [
        make_record(id="827753551628"),
        make_record(id="1234e5678901", source={"title": '="1"+2'}),  # a formula in the data stays data
        make_record(id="0f83e22d9f97", program="PKA; Latsar", host_agencies=["Dinas A", "Dinas B"]),
    ]
    data = to_csv(records, bom=bom, sep=sep)
    assert data.startswith(b"\xef\xbb\xbf") == bom
    if bom:
        assert b'=""827753551628""' in data and b'=""1234e5678901""' in data
    assert looks_like_export(data, "x.csv") == "csv"
    back = read_export(data, "csv")
    assert [(r.id, r.program, r.host_agencies, r.source.title) for r in back] == [
        (r.id, r.program, r.host_agencies, r.source.title) for r in records
    ]
