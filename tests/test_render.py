"""The plain visit table used for pipes, files and long lists."""

from __future__ import annotations

from diklat_cli.output.screens import _VISIT_COLUMNS, plain_table

ROWS = [
    [
        "a1b2c3d4",
        "2019-07-08…07-12",
        "PKA",
        "2",
        "40",
        "Kota Palembang",
        "Kab. Banyuwangi",
        "Mal Pelayanan Publik; Dinas Komunikasi dan Informatika; Badan Pendapatan Daerah",
    ],
    ["e5f60718", "2021-03-02", "Latsar CPNS", "", "120", "Sulawesi Tenggara", "Bali", ""],
    ["9a8b7c6d", "2016-08-29…09-02", "Diklatpim III", "17", "", "Lampung", "Sulawesi Selatan", "Dinas Pendapatan"],
]


def test_lines_are_aligned_and_keep_everything_when_wide_enough() -> None:
    lines = plain_table(_VISIT_COLUMNS, ROWS, 100_000).splitlines()
    assert lines[0].split() == [c[0] for c in _VISIT_COLUMNS]
    assert set(lines[1]) == {"─", " "}
    # every column starts where its header does
    starts = [lines[0].index(name) for name in ("dates", "origin", "destination", "lokus")]
    for line, row in zip(lines[2:], ROWS, strict=True):
        assert [line.index(row[1]), line.index(row[5]), line.index(row[6])] == starts[:3]
        if row[7]:
            assert line[starts[3] :] == row[7]  # the lokus in full: nothing cut in a file
    assert lines[3][lines[0].index("ang") : lines[0].index("pst")].strip() == ""  # no cohort: an empty cell


def test_numbers_are_right_aligned() -> None:
    lines = plain_table(_VISIT_COLUMNS, ROWS, 100_000).splitlines()
    end = lines[0].index("pst") + len("pst")
    assert lines[2][end - 2 : end] == "40" and lines[3][end - 3 : end] == "120"


def test_narrow_width_cuts_with_an_ellipsis_and_keeps_ids_and_dates() -> None:
    for width in (100, 80, 70):
        lines = plain_table(_VISIT_COLUMNS, ROWS, width).splitlines()
        assert all(len(line) <= width for line in lines), width
        assert lines[2].startswith("a1b2c3d4 2019-07-08…07-12 ")
        assert "…" in lines[2]


def test_non_ascii_text_is_measured_in_terminal_cells() -> None:
    rows = [["x" * 8, "2020-01-01", "PKN II", "1", "2", "Kabupaten Pidië", "日本語の代表団", "Dinas"]]
    lines = plain_table(_VISIT_COLUMNS, rows, 100_000).splitlines()
    from rich.cells import cell_len

    assert cell_len(lines[0][: lines[0].index("lokus")]) == cell_len(lines[2][: lines[2].index("Dinas")])


def test_plain_stats_has_every_table_with_bars() -> None:
    from diklat_cli.output.screens import _plain_stats
    from diklat_cli.query.stats import Table

    tables = {
        "destination": Table("Visits by destination province", ["province", "visits", "participants"],
                             [["Jawa Timur", 4, 120], ["Bali", 2, 35]]),
        "hosts": Table("Top host agencies", ["agency", "destination", "visits"], []),
    }  # fmt: skip
    text = _plain_stats(tables, 6)
    lines = text.splitlines()
    assert lines[0] == "6 visits"
    assert "Visits by destination province" in lines and "Top host agencies" in lines
    jatim = next(line for line in lines if line.startswith("Jawa Timur"))
    bali = next(line for line in lines if line.startswith("Bali"))
    assert jatim.endswith("█" * 24) and bali.endswith("█" * 12)  # half the visits, half the bar
    assert jatim.index("120") + 3 == bali.index("35") + 2  # numbers right-aligned
    assert lines[-1] == "(none)"


def test_files_and_pipes_get_utf8_whatever_the_locale() -> None:
    import io

    from diklat_cli.cli import utf8_output

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")  # a redirected stdout on Windows
    utf8_output([stream])
    stream.write("─── Kabupaten Pidië █ …\n")
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "─── Kabupaten Pidië █ …\n"


def test_a_store_edited_by_hand_with_a_line_break_in_a_field_lists_one_line_a_visit(tmp_path, monkeypatch) -> None:
    # the store is the user's JSON file: a value edited in with a line break (or another
    # character Python counts as one) must not split a row, nor stop the narrow table
    from typer.testing import CliRunner

    from diklat_cli.cli import app

    article = tmp_path / "a.txt"
    article.write_text(
        "Peserta PKA Angkatan II Kabupaten Sragen melaksanakan studi lapangan ke Pemerintah "
        "Kota Surakarta, Rabu (5/6/2024).\n",
        encoding="utf-8",
    )
    store = tmp_path / "s.json"
    runner = CliRunner()
    assert runner.invoke(app, ["--store", str(store), "import", str(article)]).exit_code == 0
    text = store.read_text(encoding="utf-8")
    assert text.count('"program":"PKA"') == 1
    store.write_text(text.replace('"program":"PKA"', '"program":"PKA\\nIV\\u2028X"'), encoding="utf-8")
    for columns in ("80", "200"):
        monkeypatch.setenv("COLUMNS", columns)
        result = runner.invoke(app, ["--store", str(store), "list"])
        assert result.exit_code == 0, (columns, result.output)
        rows = [line for line in result.stdout.splitlines() if line[:8].strip() and "─" not in line][1:]
        assert len(rows) == 1 and "PKA IV X" in rows[0], (columns, result.stdout)
