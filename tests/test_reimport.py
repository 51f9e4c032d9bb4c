# ruff: noqa: F811  (the fixtures of tests/test_cli.py, imported by name)
"""Issue 13, first part: re-importing exports and editing never silently change what users
have; crafted or sloppy exports are checked as `edit` checks; deleted visits can come back;
big and empty exports import; `delete --where`. Driven through the real CLI."""

from __future__ import annotations

import json

from tests.test_cli import (  # noqa: F401  (fixtures)
    EXAMPLES,
    Cli,
    _isolated,
    cli,
    empty,
    no_traceback,
    prepared,
)


def _jsonl(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _export(cli: Cli, *args) -> list[dict]:
    return [json.loads(line) for line in cli.ok("export", "--jsonl", *args).stdout.splitlines()]


def _stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


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
    visit = next(r for r in cli.visits() if r["destination"]["host"] == "Pemprov Jatim")
    result = cli("edit", visit["id"], "destination.province=Sulsel")
    no_traceback(result)
    assert result.exit_code == 2
    (line,) = _stderr_lines(result)
    assert "destination.host" in line and "Pemprov Jatim" in line
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
