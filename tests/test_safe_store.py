"""Issue 13's store and index safety: an index that cannot lie, history that survives the
clock and neighbouring stores, writes that go where they should. Through the real CLI
where a user would notice."""

from __future__ import annotations

import datetime as dt
import json
import os
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diklat_cli.cli import app
from diklat_cli.store import Store, StoreError
from tests.test_store import add_with_article, make_record


def run(store: Path, *args: str):
    return CliRunner().invoke(app, ["--store", str(store), *args])


def filled(path: Path, n: int = 3) -> Store:
    store = Store(path)
    with store.transaction("import") as data:
        for i in range(1, n + 1):
            add_with_article(data, make_record(i))
    return store


def rewrite_in_place(path: Path, old: bytes, new: bytes) -> None:
    """Change the file's bytes keeping its size, mtime and inode (as tools that keep times do)."""
    assert len(old) == len(new)
    st = os.stat(path)
    raw = path.read_bytes()
    assert old in raw
    with open(path, "r+b") as f:
        f.write(raw.replace(old, new))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (st.st_size, st.st_mtime_ns, st.st_ino)


# --- the index must not lie ---------------------------------------------------------------


def test_a_store_changed_in_place_keeping_size_and_mtime_is_answered_from_its_new_content(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    filled(path)
    assert run(path, "list", "--json").exit_code == 0  # builds the index
    rewrite_in_place(path, b'"participants":30', b'"participants":45')
    listed = json.loads(run(path, "list", "--json").stdout)
    assert {v["participants"] for v in listed} == {45}
    stats = json.loads(run(path, "stats", "--json").stdout)
    assert "45" in json.dumps(stats) or "135" in json.dumps(stats)
    assert "30" not in json.dumps(stats.get("participants", ""))
    exported = json.loads(run(path, "export", "--json").stdout)
    records = exported["visits"] if isinstance(exported, dict) else exported
    assert {v["participants"] for v in records} == {45}


def test_a_write_after_a_same_size_change_does_not_trust_the_stale_index(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    store = filled(path)
    assert run(path, "list", "--json").exit_code == 0
    rewrite_in_place(path, b'"participants":30', b'"participants":45')
    with store.transaction("import") as data:
        add_with_article(data, make_record(9))
    listed = json.loads(run(path, "list", "--json", "--no-merge").stdout)
    assert sorted(v["participants"] for v in listed) == [30, 45, 45, 45]


def test_doctor_finds_an_index_that_disagrees_with_the_store_and_rebuilds_it(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    filled(path)
    assert run(path, "list").exit_code == 0
    healthy = run(path, "doctor")
    assert healthy.exit_code == 0 and "index" not in healthy.stderr
    rewrite_in_place(path, b'"participants":30', b'"participants":45')
    result = run(path, "doctor")
    assert result.exit_code == 0, result.output
    assert "index disagreed with the store" in result.stderr and "rebuilt" in result.stderr
    assert "index" not in run(path, "doctor").stderr  # repaired
    listed = json.loads(run(path, "list", "--json").stdout)
    assert {v["participants"] for v in listed} == {45}


def test_doctor_and_read_commands_say_there_is_no_store_yet(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    result = run(path, "doctor")
    assert result.exit_code == 0 and f"no store at {path} yet" in result.stdout
    for command in (["list"], ["stats"], ["export", "--json"]):
        result = run(path, *command)
        assert result.exit_code == 0, result.output
        assert f"no store at {path} yet" in result.stderr
    assert not path.exists()


def zero_pages_after_the_second(index_file: Path) -> None:
    """What a power cut can leave of an index written without sync: the first pages
    (header, schema, meta) whole, the later ones zeroed."""
    raw = bytearray(index_file.read_bytes())
    page = int.from_bytes(raw[16:18], "big")
    assert len(raw) > 2 * page
    raw[2 * page :] = bytes(len(raw) - 2 * page)
    index_file.write_bytes(bytes(raw))


EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "01-diklatpim3-sumbar-jatim.txt"


@pytest.mark.parametrize(
    "command",
    [["list"], ["list", "--json"], ["stats"], ["export", "--json"], ["show", "0001"], ["import", str(EXAMPLE)]],
)
def test_a_partly_zeroed_index_is_rebuilt_once_with_one_line(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "store.json"
    filled(path)
    assert run(path, "list").exit_code == 0
    from diklat_cli import index

    zero_pages_after_the_second(index.index_path(Store(path)))
    result = run(path, *command)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if "index" in line]
    assert len(lines) == 1 and "rebuilding it from the store" in lines[0]
    again = run(path, "list", "--json", "--no-merge")
    assert again.exit_code == 0 and "index" not in again.stderr
    assert len(json.loads(again.stdout)) >= 3


# --- backups and history ------------------------------------------------------------------


@pytest.mark.parametrize("names", [("kantor", "kantor.json"), ("kantor.json", "kantor.bak")])
def test_stores_sharing_a_stem_share_no_backups_articles_or_index(tmp_path: Path, names) -> None:
    first, second = (tmp_path / n for n in names)
    a, b = Store(first), Store(second)
    assert len({a.backup_dir, b.backup_dir, a.articles_dir, b.articles_dir}) == 4
    with a.transaction("import") as data:
        add_with_article(data, make_record(1))
    a.save_article_text(make_record(1).provenance.sha256, "teks A")
    with b.transaction("import") as data:
        add_with_article(data, make_record(2))
    assert [r["id"] for r in json.loads(run(first, "list", "--json").stdout)] == [make_record(1).id]
    assert [r["id"] for r in json.loads(run(second, "list", "--json").stdout)] == [make_record(2).id]
    assert b.article_text(make_record(1).provenance.sha256) is None
    assert run(second, "undo").exit_code == 0  # b's own history: back to empty, a untouched
    assert list(b.load().visits) == [] and list(a.load().visits) == [make_record(1).id]
    assert [r["id"] for r in json.loads(run(first, "list", "--json").stdout)] == [make_record(1).id]


def test_a_store_path_that_is_a_link_is_written_through(tmp_path: Path) -> None:
    target = tmp_path / "real" / "store.json"
    target.parent.mkdir()
    filled(target, 1)
    link = tmp_path / "link.json"
    try:
        link.symlink_to(target)
    except OSError:
        pytest.skip("no symbolic links here")
    store = Store(link)
    with store.transaction("import") as data:
        add_with_article(data, make_record(2))
    assert link.is_symlink() and len(Store(target).load().visits) == 2
    assert store.lock_path.parent == target.parent and store.backup_dir.parent == target.parent
    assert run(link, "undo").exit_code == 0
    assert link.is_symlink() and len(Store(target).load().visits) == 1
    assert len(json.loads(run(link, "list", "--json", "--no-merge").stdout)) == 1


class _Clock:
    """dt.datetime whose now() is set by the test (the clock can go back)."""

    def __init__(self) -> None:
        self.at = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.timezone.utc)

    def module(self):
        clock = self

        class FakeDatetime(dt.datetime):
            @classmethod
            def now(cls, tz=None):  # type: ignore[override]
                return clock.at

        return types.SimpleNamespace(datetime=FakeDatetime, timezone=dt.timezone, timedelta=dt.timedelta)


def test_undo_and_pruning_follow_the_order_of_writes_when_the_clock_goes_back(tmp_path: Path, monkeypatch) -> None:
    from diklat_cli.store import store as store_module

    clock = _Clock()
    monkeypatch.setattr(store_module, "dt", clock.module())
    store = Store(tmp_path / "store.json", history=3)
    filled(store.path, 1)  # backup 1: the empty store
    for cohort, year in ((5, 2020), (6, 2019), (7, 2019)):  # NTP step back, then on
        clock.at = clock.at.replace(year=year)
        with store.transaction("edit") as data:
            data.records()[0].cohort = cohort
    assert len(store.backups()) == 3  # the empty store's backup, the oldest write, was pruned
    for expected in (6, 5, 3):
        store.undo()
        assert store.load().records()[0].cohort == expected
    with pytest.raises(StoreError, match="nothing to undo"):
        store.undo()


def test_an_undo_stopped_before_removing_its_backup_is_not_repeated_as_a_no_op(tmp_path: Path) -> None:
    store = filled(tmp_path / "store.json", 1)
    for cohort in (5, 6):
        with store.transaction("edit") as data:
            data.records()[0].cohort = cohort
    newest = store.backups()[0]
    store.path.write_bytes(newest.read_bytes())  # what an undo killed just after putting it back leaves
    result = run(store.path, "undo")
    assert result.exit_code == 0, result.output
    assert store.load().records()[0].cohort == 3


# --- quieter surprises --------------------------------------------------------------------


def test_unknown_or_ambiguous_ids_and_nothing_to_undo_are_usage_errors(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    filled(path, 2)
    for command in (["show", "zzzz"], ["show", "000"], ["edit", "zzzz", "cohort=4"], ["delete", "--yes", "zzzz"]):
        result = run(path, *command)
        assert result.exit_code == 2, (command, result.output)
        assert len(result.stderr.strip().splitlines()) == 1
    empty = tmp_path / "empty.json"
    result = run(empty, "undo")
    assert result.exit_code == 2 and "nothing to undo" in result.stderr


def test_ids_with_escape_codes_and_newlines_reach_the_terminal_made_safe(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    store = Store(path)
    with store.transaction("import") as data:
        add_with_article(data, make_record(1, id="evil\x1b[2J\nline"))
    for command in (["list"], ["show", "evil"], ["show", "evil\x1b[2J\nx"]):
        result = run(path, *command)
        assert "\x1b[2J" not in result.output, command
        assert "evil\nline" not in result.output, command


def test_exports_reports_and_pictures_refuse_to_write_over_the_store_and_its_files(tmp_path: Path) -> None:
    path = tmp_path / "kantor.json"
    store = filled(path, 2)
    assert run(path, "list").exit_code == 0
    from diklat_cli import index

    backup = store.backups()[0]
    before = {p: p.read_bytes() for p in (path, backup, index.index_path(store))}
    targets = [path, index.index_path(store), backup, store.lock_path, tmp_path / "." / "kantor.json"]
    for target in targets:
        for command in (
            ["export", "--json", "-o", str(target)],
            ["export", "--xlsx", "-o", str(target)],
            ["stats", "--svg", str(target)],
            ["report", "--html", str(target)],
        ):
            result = run(path, *command)
            assert result.exit_code == 2, (command, result.output)
            assert "will not write over it" in result.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert run(path, "export", "--json", "-o", str(tmp_path / "out.json")).exit_code == 0


@pytest.mark.parametrize(
    "toml, command, key, expected",
    [
        ('[import]\nmax_bytes = "abc"\n', ["import", str(EXAMPLE)], "import.max_bytes", "a whole number"),
        ("[import]\nmax_bytes = 1.5\n", ["import", str(EXAMPLE)], "import.max_bytes", "a whole number"),
        ("[import]\nmax_bytes = true\n", ["import", str(EXAMPLE)], "import.max_bytes", "a whole number"),
        ("[store]\npath = 123\n", ["list"], "store.path", "text"),
        ('[export]\nexcel = "no"\n', ["export", "--csv"], "export.excel", "true or false"),
        ('[export]\nformat = "pdf"\n', ["export"], "export.format", "one of"),
    ],
)
def test_config_values_of_the_wrong_type_are_one_line_naming_the_key(
    tmp_path: Path, monkeypatch, toml: str, command: list[str], key: str, expected: str
) -> None:
    from diklat_cli import config

    settings = tmp_path / "config.toml"
    settings.write_text(toml, encoding="utf-8")
    monkeypatch.setenv("DIKLAT_CONFIG", str(settings))
    monkeypatch.delenv("DIKLAT_STORE", raising=False)
    monkeypatch.delenv("DIKLAT_MAX_BYTES", raising=False)
    monkeypatch.setattr("platformdirs.user_data_path", lambda *a, **k: tmp_path / "data")
    filled(tmp_path / "data" / "store.json", 1)
    config._load.cache_clear()
    try:
        result = CliRunner().invoke(app, command)
    finally:
        config._load.cache_clear()
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and key in lines[0] and expected in lines[0], result.stderr


def test_an_edit_committing_during_an_export_cannot_put_a_non_matching_record_in_the_file(
    tmp_path: Path, monkeypatch
) -> None:
    import sqlite3

    from diklat_cli import index
    from diklat_cli.index import build

    path = tmp_path / "store.json"
    filled(path, 3)
    assert run(path, "list").exit_code == 0
    # a writer that finds the export reading gives up at once instead of waiting 30 s
    monkeypatch.setattr(
        build, "_connect", lambda p: sqlite3.connect(str(p), timeout=0, isolation_level=None, check_same_thread=False)
    )

    # the edit commits once the export has chosen its rows, before it reads their records
    # (export --jsonl streams them with index.selected_json; other paths use iter_records)
    def editing_before(real):
        def edit_meanwhile(*args, **kwargs):
            with Store(path).transaction("edit") as data:
                data.find(make_record(1).id).destination.province = "Jawa Timur"
            return real(*args, **kwargs)

        return edit_meanwhile

    monkeypatch.setattr(index, "iter_records", editing_before(index.iter_records))
    monkeypatch.setattr(index, "selected_json", editing_before(index.selected_json))
    result = run(path, "export", "--jsonl", "--destination", "Sulsel", "--no-merge")
    assert result.exit_code == 0, result.output
    exported = [json.loads(line) for line in result.stdout.splitlines()]
    assert exported and {r["destination"]["province"] for r in exported} == {"Sulawesi Selatan"}
    monkeypatch.undo()
    assert Store(path).load().visits[make_record(1).id].destination.province == "Jawa Timur"
    listed = json.loads(run(path, "list", "--json", "--destination", "Sulsel", "--no-merge").stdout)
    assert len(listed) == 2


def _aged(path: Path, content: bytes = b"half") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    os.utime(path, (1, 1))
    return path


def test_temp_files_of_killed_writes_are_cleaned_by_the_next_write(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    store = filled(path, 1)
    left = [
        tmp_path / ".store.json.4242-deadbeef.tmp",  # an edit killed while writing
        tmp_path / ".store.json.damaged-20260101T000000.000000Z.4242-deadbeef.tmp",  # a restore
        store.backup_dir / ".000002-20260101T000000.000000Z-edit.json.4242-deadbeef.tmp",
    ]
    for p in left:
        p.write_bytes(b"half")
    neighbour = tmp_path / ".store.json.bak.4242-deadbeef.tmp"  # another store's: not ours
    neighbour.write_bytes(b"half")
    with store.transaction("edit") as data:
        data.records()[0].cohort = 9
    assert not any(p.exists() for p in left) and neighbour.exists()


def test_doctor_cleans_old_temp_files_and_article_texts_of_failed_writes(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    store = filled(path, 1)
    kept = make_record(1).provenance.sha256
    store.save_article_text(kept, "teks")
    os.utime(store.texts.path(kept), (1, 1))
    orphan = _aged(store.texts.path("f" * 64))  # saved by an import whose store write failed
    fresh = store.texts.path("e" * 64)  # an import going on right now
    fresh.write_bytes(b"baru")
    half = _aged(store.articles_dir / f".{'d' * 64}.txt.4242-deadbeef.tmp")
    edit_temp = _aged(tmp_path / ".store.json.4242-deadbeef.tmp")
    result = run(path, "doctor")
    assert result.exit_code == 0, result.output
    assert "removed 3 files left by interrupted commands" in result.stderr
    assert not orphan.exists() and not half.exists() and not edit_temp.exists()
    assert fresh.exists() and store.texts.path(kept).exists()


def test_an_export_killed_while_writing_leaves_nothing_after_the_next_export(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    filled(path, 1)
    out = tmp_path / "hasil.csv"
    killed = _aged(tmp_path / ".hasil.csv.k3j_x9a2.tmp")
    assert run(path, "export", "-o", str(out)).exit_code == 0
    assert out.exists() and not killed.exists()


def test_a_folder_import_names_what_it_skipped_and_does_not_enter_hidden_folders(tmp_path: Path) -> None:
    folder = tmp_path / "berita"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "catatan.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "satu.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for name in ("a.pdf", "b.pdf", "c.docx", "README"):
        (folder / name).write_bytes(b"x")
    path = tmp_path / "store.json"
    result = run(path, "import", str(folder))
    assert result.exit_code == 0, result.output
    assert ".git" not in result.output
    line = [x for x in result.stderr.splitlines() if "not read" in x]
    assert line == ["diklat: not read in the folders: 2 .pdf, 1 .docx, 1 hidden folder, 1 no suffix"]
    sources = {v["provenance"]["file"] for v in json.loads(run(path, "list", "--json", "--no-merge").stdout)}
    assert sources and all(".git" not in s for s in sources)
