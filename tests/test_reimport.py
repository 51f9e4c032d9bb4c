# ruff: noqa: F811  (the fixtures of tests/test_cli.py, imported by name)
"""Issue 13, first part: re-importing exports and editing never silently change what users
have; crafted or sloppy exports are checked as `edit` checks; deleted visits can come back;
big and empty exports import; `delete --where`. Driven through the real CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import sys

import pytest

from diklat_cli.errors import ExitStatus
from tests.test_cli import (  # noqa: F401  (fixtures)
    EXAMPLES,
    Cli,
    _isolated,
    cli,
    empty,
    module_run,
    no_traceback,
    prepared,
)


def _jsonl(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _export(cli: Cli, *args) -> list[dict]:
    return [json.loads(line) for line in cli.ok("export", "--jsonl", *args).stdout.splitlines()]


def _other(cli: Cli) -> Cli:
    """A second, empty store beside the copy of the examples' (`empty` shares its folder)."""
    return Cli(cli.home, cli.home / "other" / "store.json", cli.config)


def _stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# ---------------------------------------------------------------- re-import of an export


def test_reimporting_an_unchanged_export_skips_and_counts(cli, tmp_path):
    records = _export(cli)
    path = tmp_path / "all.jsonl"
    # another export of the same visits: different bytes (order), same records
    path.write_text(_jsonl(reversed(records)), encoding="utf-8")
    before = cli.store_bytes()
    result = cli.ok("import", path)
    assert f"{len(records)} already in the store (identical, skipped)" in result.stderr
    assert cli.store_bytes() == before


def test_a_differing_record_is_a_conflict_left_alone(cli, tmp_path):
    records = _export(cli)
    changed = dict(records[0], participants=(records[0]["participants"] or 1) + 7)
    path = tmp_path / "changed.jsonl"
    path.write_text(_jsonl([changed, *records[1:]]), encoding="utf-8")
    result = cli("import", path)
    no_traceback(result)
    assert result.exit_code == 1
    conflict = [line for line in _stderr_lines(result) if line.startswith("conflict:")]
    assert len(conflict) == 1 and records[0]["id"] in conflict[0] and "participants" in conflict[0]
    assert "--replace" in conflict[0] and "--merge" in conflict[0]
    stored = {r["id"]: r for r in cli.visits()}
    assert stored[records[0]["id"]] == records[0]  # unchanged, evidence and all


def test_merge_applies_differences_as_manual_edits_keeping_evidence(cli, tmp_path):
    records = _export(cli)
    original = next(r for r in records if r["participants"] and r["evidence"])
    changed = dict(original, participants=original["participants"] + 7)
    changed["evidence"] = {}
    path = tmp_path / "changed.jsonl"
    path.write_text(_jsonl([changed]), encoding="utf-8")
    result = cli.ok("import", path, "--merge")
    assert "merged 1" in result.stderr
    after = {r["id"]: r for r in cli.visits()}[original["id"]]
    assert after["participants"] == original["participants"] + 7
    assert "participants" in after["manual"]
    # the evidence of every other field is still there
    assert {k: v for k, v in after["evidence"].items() if k != "participants"} == {
        k: v for k, v in original["evidence"].items() if k != "participants"
    }
    # and the edit survives re-extraction, like any manual edit
    cli.ok("import", "--force", EXAMPLES)
    assert {r["id"]: r for r in cli.visits()}[original["id"]]["participants"] == original["participants"] + 7


def test_merge_works_on_an_export_that_was_partly_imported_before(cli, tmp_path):
    records = _export(cli)
    new = dict(records[1], id="feedbeef0009")
    changed = dict(records[0], participants=(records[0]["participants"] or 1) + 7)
    path = tmp_path / "mixed.jsonl"
    path.write_text(_jsonl([new, changed]), encoding="utf-8")
    first = cli("import", path)
    assert first.exit_code == 1 and "imported 1 visit " in first.stderr
    again = cli.ok("import", path, "--merge")
    assert "merged 1" in again.stderr
    after = {r["id"]: r for r in cli.visits()}
    assert after[records[0]["id"]]["participants"] == changed["participants"]
    assert after["feedbeef0009"] == new


def test_replace_takes_the_files_record(cli, tmp_path):
    records = _export(cli)
    changed = dict(records[0], program="PKA", participants=3)
    path = tmp_path / "changed.jsonl"
    path.write_text(_jsonl([changed]), encoding="utf-8")
    result = cli.ok("import", path, "--replace")
    assert "replaced 1" in result.stderr
    after = {r["id"]: r for r in cli.visits()}[records[0]["id"]]
    assert (after["program"], after["participants"]) == ("PKA", 3)


def test_a_dry_run_tells_identical_and_conflicting_records_apart(cli, tmp_path):
    records = _export(cli)
    changed = dict(records[0], participants=(records[0]["participants"] or 1) + 7)
    path = tmp_path / "changed.jsonl"
    path.write_text(_jsonl([changed, *records[1:]]), encoding="utf-8")
    before = cli.store_bytes()
    result = cli("import", "--dry-run", path)
    assert f"{len(records) - 1} already in the store (identical, skipped)" in result.stderr
    assert any(line.startswith("conflict:") for line in _stderr_lines(result))
    assert cli.store_bytes() == before


def test_a_bad_csv_row_names_the_column(cli, tmp_path):
    empty = _other(cli)
    rows = list(csv.reader(io.StringIO(cli.ok("export", "--csv").stdout)))
    header, row = rows[0], rows[1]
    row[header.index("destination_province")] = "Atlantis"
    out = io.StringIO()
    csv.writer(out).writerows([header, row, rows[2]])
    path = tmp_path / "bad.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = empty("import", path)
    assert result.exit_code == 1
    (line,) = [line for line in _stderr_lines(result) if line.startswith("rejected:")]
    assert "row 2: destination_province: unknown province 'Atlantis'" in line
    assert len(empty.visits()) == 1


def test_replace_and_merge_together_are_refused(cli, tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(_jsonl(_export(cli)[:1]), encoding="utf-8")
    result = cli("import", path, "--replace", "--merge")
    assert result.exit_code == 2 and len(_stderr_lines(result)) == 1


def test_an_old_export_in_an_imported_folder_changes_nothing(cli, tmp_path):
    records = _export(cli)
    folder = tmp_path / "inbox"
    folder.mkdir()
    changed = dict(records[0], participants=(records[0]["participants"] or 1) + 1)
    with (folder / "old.csv").open("w", encoding="utf-8", newline="") as f:
        f.write(cli.ok("export", "--csv").stdout)
    (folder / "old.jsonl").write_text(_jsonl([changed]), encoding="utf-8")
    before = {r["id"]: r for r in cli.visits()}
    result = cli("import", folder)
    no_traceback(result)
    assert {r["id"]: r for r in cli.visits()} == before
    assert any(line.startswith("conflict:") for line in _stderr_lines(result))
    assert "already in the store (identical, skipped)" in result.stderr


def test_a_csv_export_reimports_as_identical(cli, tmp_path):
    path = tmp_path / "all.csv"
    path.write_text(cli.ok("export", "--csv").stdout, encoding="utf-8")
    before = cli.store_bytes()
    result = cli.ok("import", path)
    assert "already in the store (identical, skipped)" in result.stderr
    assert cli.store_bytes() == before


# ---------------------------------------------------------------- crafted or sloppy exports


def test_two_records_with_one_id_in_a_file(cli, tmp_path):
    empty = _other(cli)
    record = _export(cli)[0]
    twin = dict(record, participants=(record["participants"] or 1) + 2)
    path = tmp_path / "twins.jsonl"
    path.write_text(_jsonl([record, twin]), encoding="utf-8")
    result = empty("import", path)
    no_traceback(result)
    assert result.exit_code == 1
    assert any("appears twice" in line and record["id"] in line for line in _stderr_lines(result))
    assert [r["participants"] for r in empty.visits()] == [record["participants"]]
    assert "imported 1 visit " in result.stderr


def test_a_record_reusing_another_articles_id_is_refused(cli, tmp_path):
    records = _export(cli)
    a, b = records[0], next(r for r in records if r["provenance"]["sha256"] != records[0]["provenance"]["sha256"])
    thief = dict(b, id=a["id"])
    path = tmp_path / "thief.jsonl"
    path.write_text(_jsonl([thief]), encoding="utf-8")
    before = cli.store_bytes()
    for option in ((), ("--replace",), ("--merge",)):
        result = cli("import", path, *option)
        no_traceback(result)
        assert result.exit_code == 1
        assert any("another article" in line and a["id"] in line for line in _stderr_lines(result))
        assert cli.store_bytes() == before


def _one_record(cli: Cli, **destination) -> dict:
    record = dict(_export(cli)[0])
    record["id"] = "feedbeef0001"
    record["destination"] = {**record["destination"], "regency": None, **destination}
    return record


def test_sloppy_provinces_are_made_canonical(cli, tmp_path):
    empty = _other(cli)
    forms = ["sulawesi selatan", "Sulawesi\u00a0Selatan", "Ｓｕｌａｗｅｓｉ Ｓｅｌａｔａｎ", "Sulsel"]
    records = []
    for i, form in enumerate(forms):
        r = _one_record(cli, province=form)
        r["id"] = f"feedbeef000{i}"
        records.append(r)
    path = tmp_path / "sloppy.jsonl"
    path.write_text(_jsonl(records), encoding="utf-8")
    empty.ok("import", path)
    assert [r["destination"]["province"] for r in empty.visits()] == ["Sulawesi Selatan"] * 4
    assert len(empty.visits("--destination", "Sulsel")) == 4
    stats = empty.json("stats", "--json")
    assert "Sulawesi Selatan" in json.dumps(stats, ensure_ascii=False)
    assert "sulawesi selatan" not in json.dumps(stats, ensure_ascii=False)


def test_a_province_that_does_not_exist_is_rejected_alone(cli, tmp_path):
    empty = _other(cli)
    good = _one_record(cli, province="Jawa Barat")
    bad = dict(_one_record(cli, province="Atlantis"), id="feedbeef0002")
    path = tmp_path / "atlantis.jsonl"
    path.write_text(_jsonl([good, bad]), encoding="utf-8")
    result = empty("import", path)
    no_traceback(result)
    assert result.exit_code == 1
    lines = [line for line in _stderr_lines(result) if "Atlantis" in line]
    assert len(lines) == 1 and "destination.province" in lines[0] and "line 2" in lines[0]
    assert [r["id"] for r in empty.visits()] == [good["id"]]


def test_a_naive_import_time_is_read_as_utc_and_show_keeps_working(cli, tmp_path):
    record = _one_record(cli, province="Jawa Barat")
    record["provenance"] = {**record["provenance"], "imported_at": "2024-01-01 08:00:00", "sha256": "ab" * 32}
    path = tmp_path / "naive.jsonl"
    path.write_text(_jsonl([record]), encoding="utf-8")
    result = cli.ok("import", path)
    assert any("imported_at" in line and "UTC" in line for line in _stderr_lines(result))
    stored = {r["id"]: r for r in cli.visits()}["feedbeef0001"]
    assert stored["provenance"]["imported_at"].startswith("2024-01-01T08:00:00")
    assert stored["provenance"]["imported_at"].endswith(("Z", "+00:00"))
    for visit in cli.visits():
        cli.ok("show", visit["id"])
    cli.ok("list", "--sort", "imported")


def test_a_naive_import_time_in_a_csv_from_a_spreadsheet(cli, tmp_path):
    empty = _other(cli)
    rows = list(csv.reader(io.StringIO(cli.ok("export", "--csv").stdout)))
    header, row = rows[0], rows[1]
    row[header.index("imported_at")] = "2024-01-01 08:00:00"
    out = io.StringIO()
    csv.writer(out).writerows([header, row])
    path = tmp_path / "excel.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = empty.ok("import", path)
    assert "repaired: " in result.stderr and "row 2: imported_at has no time zone" in result.stderr
    for visit in empty.visits():
        empty.ok("show", visit["id"])


# ---------------------------------------------------------------- edit


def test_edit_refuses_a_regency_outside_its_province(cli):
    vid = cli.visits()[0]["id"]
    before = cli.store_bytes()
    result = cli("edit", vid, "destination.province=Jabar", "destination.regency=Lampung Selatan")
    no_traceback(result)
    assert result.exit_code == 2
    (line,) = _stderr_lines(result)
    assert "destination.regency" in line and "Lampung" in line and "Jawa Barat" in line
    assert cli.store_bytes() == before


def test_edit_of_a_regency_alone_brings_its_province(cli):
    vid = cli.visits()[0]["id"]
    cli.ok("edit", vid, "destination.regency=Kota Makassar", "destination.host=")
    after = {r["id"]: r for r in cli.visits()}[vid]
    assert after["destination"]["province"] == "Sulawesi Selatan"
    assert after["destination"]["regency"] == "Kota Makassar"


def test_edit_refuses_a_host_left_in_another_province(cli):
    # the host as extracted from examples/01 (the government of Jawa Timur, however written)
    visit = next(
        r
        for r in cli.visits()
        if r["destination"]["province"] == "Jawa Timur" and not r["destination"]["regency"] and r["destination"]["host"]
    )
    host = visit["destination"]["host"]
    result = cli("edit", visit["id"], "destination.province=Sulsel")
    no_traceback(result)
    assert result.exit_code == 2
    (line,) = _stderr_lines(result)
    assert "destination.host" in line and host in line
    cli.ok("edit", visit["id"], "destination.province=Sulsel", "destination.host=Pemprov Sulsel")


def test_edit_reads_what_users_type(cli):
    vid = cli.visits()[0]["id"]
    cli.ok("edit", vid, "cohort=IV", "participants=tiga", "start_date=31/08/2016", "end_date=2 September 2016")
    after = {r["id"]: r for r in cli.visits()}[vid]
    assert (after["cohort"], after["participants"]) == (4, 3)
    assert (after["start_date"], after["end_date"]) == ("2016-08-31", "2016-09-02")
    cli.ok("edit", vid, "cohort=angkatan ke-12", "participants=1.200")
    after = {r["id"]: r for r in cli.visits()}[vid]
    assert (after["cohort"], after["participants"]) == (12, 1200)


def test_edit_errors_name_the_field_and_the_form(cli):
    vid = cli.visits()[0]["id"]
    for assignment, field in (
        ("cohort=banyak", "cohort"),
        ("participants=-4", "participants"),
        ("start_date=kemarin", "start_date"),
        ("source.published=31-31-2016", "source.published"),
        ("participants=999999999", "participants"),
    ):
        result = cli("edit", vid, assignment)
        no_traceback(result)
        assert result.exit_code == 2, assignment
        (line,) = _stderr_lines(result)
        assert field in line, line
        for english in ("Input should", "valid integer", "Value error"):
            assert english not in line, line


def test_edit_normalises_text_like_import(cli):
    vid = cli.visits()[0]["id"]
    cli.ok("edit", vid, "organizer=BPSDM\u00a0Ｊａｔｉｍ ")
    assert {r["id"]: r for r in cli.visits()}[vid]["organizer"] == "BPSDM Jatim"


# ---------------------------------------------------------------- deleted visits


def test_a_deleted_visit_comes_back_when_its_article_is_imported_again(cli):
    article = EXAMPLES / "01-diklatpim3-sumbar-jatim.txt"
    visit = next(r for r in cli.visits() if r["provenance"]["file"] == article.name)
    cli.ok("delete", visit["id"], "--yes")
    assert visit["id"] not in {r["id"] for r in cli.visits()}
    result = cli.ok("import", article)
    assert "imported 1 visit " in result.stderr
    assert visit["id"] in {r["id"] for r in cli.visits()}


def test_a_partly_deleted_article_brings_back_only_what_was_deleted(cli):
    article = EXAMPLES / "03-pkp-kaltim-bontang-dua-angkatan.txt"
    visits = [r for r in cli.visits() if r["provenance"]["file"] == article.name]
    assert len(visits) == 2
    cli.ok("edit", visits[1]["id"], "participants=99")
    kept = {r["id"]: r for r in cli.visits()}[visits[1]["id"]]
    cli.ok("delete", visits[0]["id"], "--yes")
    result = cli.ok("import", article)
    assert "imported 1 visit " in result.stderr
    after = {r["id"]: r for r in cli.visits()}
    assert after[visits[0]["id"]] == visits[0] | {"provenance": after[visits[0]["id"]]["provenance"]}
    assert after[visits[1]["id"]] == kept  # the visit that stayed is left exactly as it was
    cli.ok("doctor")


# ---------------------------------------------------------------- big and empty exports


def test_an_export_over_the_article_limit_imports_back(cli, tmp_path):
    empty = _other(cli)
    records = _export(cli)
    padded = []
    for i in range(700):
        r = dict(records[i % len(records)])
        r["id"] = f"{i:012x}"
        r["provenance"] = {**r["provenance"], "sha256": f"{i:064x}"}
        padded.append(r)
    path = tmp_path / "big.jsonl"
    path.write_text(_jsonl(padded), encoding="utf-8")
    size = path.stat().st_size
    assert size > 100_000
    result = empty("import", path, env={"DIKLAT_MAX_BYTES": str(size // 4)})
    assert result.exit_code == 0, result.stderr
    assert len(empty.visits()) == 700


def test_an_empty_export_is_not_damaged(empty, tmp_path):
    for name in ("none.jsonl", "none.csv", "none.json"):
        out = empty.ok("export", f"--{name.split('.')[1]}").stdout
        path = tmp_path / name
        path.write_text(out, encoding="utf-8")
        result = empty("import", path)
        assert result.exit_code == 0, (name, result.stderr)
        assert "damaged" not in result.stderr and "not a valid" not in result.stderr


# ---------------------------------------------------------------- delete --where


def test_delete_where_uses_the_list_filters(cli):
    total = len(cli.visits())
    chosen = cli.visits("--destination", "Jatim")
    assert 0 < len(chosen) < total
    result = cli.ok("delete", "--where", "--destination", "Jatim", "--yes")
    assert f"deleted {len(chosen)} visits" in result.stderr
    assert cli.visits("--destination", "Jatim") == []
    assert len(cli.visits()) == total - len(chosen)
    cli.ok("undo")
    assert len(cli.visits()) == total


def test_delete_where_asks_first(cli):
    chosen = cli.visits("--destination", "Jatim")
    before = cli.store_bytes()
    result = cli("delete", "--where", "--destination", "Jatim", input="n\n")
    assert result.exit_code == 2 and "--yes" in result.stderr  # not a terminal: never without --yes
    assert cli.store_bytes() == before
    assert len(cli.visits("--destination", "Jatim")) == len(chosen)


@pytest.mark.skipif(sys.platform == "win32", reason="the prompt needs a terminal: pty is POSIX")
@pytest.mark.parametrize("how", ["ids", "where"])
def test_a_declined_delete_deletes_nothing_and_exits_with_its_documented_status(cli, how):
    import pty

    chosen = cli.visits("--destination", "Jatim")
    before = cli.store_bytes()
    args = ["delete", chosen[0]["id"]] if how == "ids" else ["delete", "--where", "--destination", "Jatim"]
    master, terminal = pty.openpty()  # stdin a terminal, so delete asks
    try:
        os.write(master, b"n\n")
        result = module_run(args, store=cli.store, config=cli.config, stdin=terminal)
    finally:
        os.close(terminal)
        os.close(master)
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == ExitStatus.DECLINED == 1, stderr  # README: exit status 1
    assert "Delete" in stderr and stderr.rstrip().endswith("diklat: nothing deleted")
    assert "Traceback" not in stderr
    assert cli.store_bytes() == before
    assert len(cli.visits("--destination", "Jatim")) == len(chosen)


def test_delete_where_without_a_filter_is_refused(cli):
    result = cli("delete", "--where", "--yes")
    assert result.exit_code == 2 and len(_stderr_lines(result)) == 1


def test_the_demo_store_of_the_quick_start_stays_apart(empty, tmp_path):
    demo = tmp_path / "demo.json"
    empty.ok("--store", demo, "import", EXAMPLES)
    assert empty.visits() == []
    assert empty.json("--store", demo, "list", "--json")


def test_the_readme_quick_start_uses_the_demo_store():
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    command = next(line for line in quick_start.splitlines() if "import examples/" in line)
    assert all("--store demo.json" in part for part in command.split("&&")[1:])
