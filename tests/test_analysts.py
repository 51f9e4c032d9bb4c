"""Issue 14, for analysts: the filters they ask for, screens that fit, Excel-first files.

Driven through the real CLI (typer's CliRunner) on the bundled examples, with the helpers
and fixtures of tests/test_cli.py. Every filter is checked on list, stats and export.
"""

# ruff: noqa: F811  (the fixtures of test_cli.py are imported, then named as parameters)
from __future__ import annotations

import csv
import io

import pytest

from tests.test_cli import (  # noqa: F401  (fixtures)
    _isolated,
    cli,
    describe,
    empty,
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
    assert len(same_everywhere(cli, "--cohort", "2")) == 4
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
