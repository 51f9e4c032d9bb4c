"""Corrections and deletions on a store without loading it (Store.rewrite, `diklat edit`
and `diklat delete`): the file written is the one the slow way (a transaction over the
whole loaded store) writes, byte for byte; the index is kept up to date in place; a store
the fast way cannot vouch for falls back to the slow one.

Each test does the same thing to two copies of a store, once the fast way and once with
Store.rewrite made to give up (the slow way, as before it existed), and compares what a
user would compare: the file's bytes, the CLI's output, the backups.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from diklat_cli import index
from diklat_cli.editing import EditError, apply_edits
from diklat_cli.errors import ExitStatus
from diklat_cli.store import Store, StoreError, durable
from diklat_cli.store import store as store_mod
from tests import test_cli
from tests.test_cli import Cli, describe, no_traceback
from tests.test_index import fill, varied_records

cli, prepared = test_cli.cli, test_cli.prepared  # the fixtures: a copy of the examples' store


def _twin(original: Cli, tmp_path: Path) -> Cli:
    """A second copy of the store of `original`, with its index and backups."""
    folder = tmp_path / "twin"
    folder.mkdir()
    for item in original.store.parent.iterdir():
        if item.is_dir():
            shutil.copytree(item, folder / item.name)
        else:
            shutil.copy2(item, folder / item.name)
    return Cli(tmp_path, folder / "store.json", tmp_path / "config.toml")


def _slow(monkeypatch) -> None:
    """Make Store.rewrite give up, as it does when it cannot vouch for the file."""
    monkeypatch.setattr(store_mod.Store, "rewrite", lambda self, *args, **kwargs: None)


def _no_transaction(monkeypatch) -> None:
    """Fail any use of the slow way: the fast way must have been taken."""

    def refuse(self, op):
        raise AssertionError(f"transaction({op!r}) used where Store.rewrite should do")

    monkeypatch.setattr(store_mod.Store, "transaction", refuse)


def _ids_in_file_order(store: Path) -> list[str]:
    lines = store.read_bytes().split(b"\n")
    start = lines.index(b'"visits":[') + 1
    return [json.loads(line.rstrip(b","))["id"] for line in lines[start:-2]]


def _backup_ops(user: Cli) -> list[str]:
    return [p.name.split("-", 2)[2] for p in Store(user.store).backups()]


STEPS = [
    ("edit", "{first}", "participants=31", "destination.province=Jatim", "destination.regency=", "destination.host="),
    ("edit", "{last}", "cohort=5"),
    ("delete", "--yes", "{a}", "{b}"),  # the two visits of one article: the article goes too
    ("edit", "{first}", "participants=31"),  # the same again: only moves it to the end
    ("edit", "{first}", "participants=31"),  # now the last one, unchanged: nothing written
    ("delete", "--yes", "{last}"),
]


def _steps(examples, ids: list[str]) -> list[list[str]]:
    a, b = (r["id"] for r in examples.by_file("03-pkp-kaltim-bontang-dua-angkatan"))
    names = {"first": ids[0], "last": ids[-1], "a": a, "b": b}
    return [[word.format(**names) for word in step] for step in STEPS]


def test_edit_and_delete_write_the_file_the_slow_way_writes(cli, prepared, tmp_path, monkeypatch):
    cli.ok("list")  # the index is up to date
    slow = _twin(cli, tmp_path)
    ids = _ids_in_file_order(cli.store)
    steps = _steps(prepared, ids)

    with monkeypatch.context() as m:
        _no_transaction(m)
        fast_out = [cli.ok(*step) for step in steps]
    with monkeypatch.context() as m:
        _slow(m)
        slow_out = [slow.ok(*step) for step in steps]

    assert cli.store_bytes() == slow.store_bytes()
    assert [(r.stdout, r.stderr) for r in fast_out] == [(r.stdout, r.stderr) for r in slow_out]
    # newest first; the unchanged edit of the last visit kept none, as it wrote nothing
    assert _backup_ops(cli) == _backup_ops(slow)
    assert _backup_ops(cli)[:6] == ["delete.json", "edit.json", "delete.json", "edit.json", "edit.json", "import.json"]
    # the index was kept up to date in place: what a rebuilt one says
    questions = (["list", "--json"], ["list", "--json", "--no-merge"], ["stats", "--json"])
    answers = [cli.ok(*q).stdout for q in questions]
    assert "disagreed" not in cli.ok("doctor").stderr
    index.discard(Store(cli.store))
    assert answers == [cli.ok(*q).stdout for q in questions]
    # and undo goes back step by step, as always
    for _ in range(5):
        cli.ok("undo")
        slow.ok("undo")
        assert cli.store_bytes() == slow.store_bytes()


def test_delete_where_takes_the_fast_way(cli, tmp_path, monkeypatch):
    cli.ok("list")
    slow = _twin(cli, tmp_path)
    with monkeypatch.context() as m:
        _no_transaction(m)
        fast = cli.ok("delete", "--where", "--destination", "Jatim", "--yes")
    with monkeypatch.context() as m:
        _slow(m)
        assert slow.ok("delete", "--where", "--destination", "Jatim", "--yes").stderr == fast.stderr
    assert "deleted" in fast.stderr
    assert cli.store_bytes() == slow.store_bytes()
    assert cli.ids("--destination", "Jatim") == set()


def test_deleting_one_visit_of_an_article_forgets_the_article_and_keeps_the_other(cli, prepared, tmp_path, monkeypatch):
    cli.ok("list")
    slow = _twin(cli, tmp_path)
    a, b = (r["id"] for r in prepared.by_file("03-pkp-kaltim-bontang-dua-angkatan"))
    sha = prepared.by_file("03-pkp-kaltim-bontang-dua-angkatan")[0]["provenance"]["sha256"]
    with monkeypatch.context() as m:
        _no_transaction(m)
        cli.ok("delete", "--yes", a)
    with monkeypatch.context() as m:
        _slow(m)
        slow.ok("delete", "--yes", a)
    assert cli.store_bytes() == slow.store_bytes()
    assert sha not in json.loads(cli.store_bytes())["articles"]  # importing it again brings `a` back
    assert b in {r["id"] for r in cli.visits()}


@pytest.mark.parametrize("command", [["edit", "{}", "participants=3"], ["delete", "--yes", "{}"]])
@pytest.mark.parametrize("how", ["unknown", "ambiguous", "empty"])
def test_an_unknown_or_ambiguous_id_is_one_line_and_exit_2(cli, tmp_path, monkeypatch, command, how):
    ids = _ids_in_file_order(cli.store)
    if how == "unknown":
        prefix, said = "zzzz", "diklat: no visit with id zzzz"
    elif how == "ambiguous":
        prefix = next(i[0] for i in ids if sum(j.startswith(i[0]) for j in ids) > 1)
        said = f"diklat: id prefix '{prefix}' is ambiguous: "
    else:
        prefix, said = " ", "diklat: no visit id given"
    slow = _twin(cli, tmp_path)
    before = cli.store_bytes()
    args = [word.format(prefix) for word in command]
    result = cli(*args)
    assert result.exit_code == ExitStatus.USAGE == 2, describe(result)
    no_traceback(result)
    assert result.stderr.startswith(said) and len(result.stderr.splitlines()) == 1, result.stderr
    assert cli.store_bytes() == before
    # what it said before the fast way: resolving through the loaded store
    monkeypatch.setattr(store_mod.Store, "rewrite", lambda self, *a, **k: None)
    from diklat_cli import cli as cli_mod

    def by_loading(here, prefixes):
        data = here.store().load()
        return [data.find(p).id for p in prefixes]

    monkeypatch.setattr(cli_mod, "_visit_ids", by_loading)
    old = slow(*args)
    assert (old.exit_code, old.stderr) == (result.exit_code, result.stderr.replace(str(cli.store), str(slow.store)))


def test_an_edit_on_a_missing_store_says_only_that_the_visit_is_not_there(cli):
    cli.store.unlink()
    result = cli("edit", "abcdef", "participants=3")
    assert result.exit_code == 2
    assert result.stderr == "diklat: no visit with id abcdef\n"


def test_a_store_edited_by_hand_meanwhile_is_still_edited_right(cli, tmp_path, monkeypatch):
    cli.ok("list")  # an index of the file as it was
    ids = _ids_in_file_order(cli.store)
    raw = cli.store.read_bytes()
    line = next(li for li in raw.split(b"\n") if ids[3].encode() in li and li.startswith(b"{"))
    # by hand: a value changed in place (the index is now of an older file)
    start = line.index(b'"participants":') + len(b'"participants":')
    end = start + len(line[start:].split(b",", 1)[0])
    by_hand = line[:start] + b"77" + line[end:]
    cli.store.write_bytes(raw.replace(line, by_hand))
    slow = _twin(cli, tmp_path)

    with monkeypatch.context() as m:
        _no_transaction(m)  # the index is rebuilt, and vouches for the file as it is now
        cli.ok("edit", ids[0][:8], "participants=31")
    with monkeypatch.context() as m:
        _slow(m)
        slow.ok("edit", ids[0][:8], "participants=31")
    assert cli.store_bytes() == slow.store_bytes()
    shown = {r["id"]: r for r in cli.visits()}
    assert shown[ids[3]]["participants"] == 77 and shown[ids[0]]["participants"] == 31
    assert "disagreed" not in cli.ok("doctor").stderr


def test_a_store_laid_out_otherwise_falls_back_to_the_slow_way(cli):
    pretty = json.dumps(json.loads(cli.store.read_bytes()), indent=2, ensure_ascii=False)
    cli.store.write_text(pretty, encoding="utf-8")
    vid = json.loads(pretty)["visits"][0]["id"]
    cli.ok("edit", vid[:8], "participants=31")
    assert cli.json("show", vid, "--json")["participants"] == 31
    assert cli.store.read_bytes().split(b"\n")[1] == b'"articles":{'  # written as diklat writes it


def test_an_interrupted_write_leaves_the_old_file(cli, monkeypatch):
    cli.ok("list")
    before, backups = cli.store_bytes(), _backup_ops(cli)
    vid = _ids_in_file_order(cli.store)[0]

    def power_cut(src, dst):
        raise OSError(5, "Input/output error")

    with monkeypatch.context() as m:
        _no_transaction(m)
        m.setattr(durable, "replace_file", power_cut)
        for args in (["edit", vid, "participants=31"], ["delete", "--yes", vid]):
            result = cli(*args)
            assert result.exit_code == ExitStatus.STORE, describe(result)
            no_traceback(result)
            assert result.stderr.startswith("diklat: could not write store file") and "unchanged" in result.stderr
            assert len(result.stderr.splitlines()) == 1
            assert cli.store_bytes() == before
            assert _backup_ops(cli) == backups  # no backup of a change that did not happen
    assert not [p for p in cli.store.parent.iterdir() if p.name.endswith(".tmp")]
    assert "disagreed" not in cli.ok("doctor").stderr
    cli.ok("edit", vid, "participants=31")  # and the next one goes through
    assert cli.json("show", vid, "--json")["participants"] == 31


# ---------------------------------------------------------------- the library call


@pytest.fixture
def pair(tmp_path) -> tuple[Store, Store]:
    """Two copies of a store whose visits merge (tests.test_index.varied_records)."""
    fast = Store(tmp_path / "fast" / "store.json")
    fill(fast, varied_records())
    (tmp_path / "slow").mkdir()
    shutil.copy2(fast.path, tmp_path / "slow" / "store.json")
    return fast, Store(tmp_path / "slow" / "store.json")


def _index_rows(store: Store) -> tuple:
    """Everything the index holds but the seq numbers, in store order."""
    conn = index.refresh(store)
    try:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(visits)") if c[1] != "seq"]
        visits = conn.execute(f"SELECT {', '.join(columns)} FROM visits ORDER BY seq").fetchall()
        lines = conn.execute("SELECT line, written FROM visit_lines ORDER BY seq").fetchall()
        search = conn.execute("SELECT search FROM visit_search ORDER BY seq").fetchall()
        articles = conn.execute("SELECT * FROM articles ORDER BY sha256").fetchall()
    finally:
        conn.close()
    return visits, lines, search, articles


def test_rewrite_keeps_merged_visits_and_the_index_as_a_rebuild_makes_them(pair):
    fast, slow = pair
    index.refresh(fast).close()
    records = fast.load().records()
    edited = records[1].id
    gone = [records[0].id, records[-2].id]

    def more(record):
        return apply_edits(record, ["participants=12", "end_date="])

    assert fast.rewrite("edit", {edited: more}) is not None
    assert fast.rewrite("delete", delete=gone) is not None
    with slow.transaction("edit") as data:
        data.add(more(data.remove(edited)))
    with slow.transaction("delete") as data:
        for vid in gone:
            data.delete(vid)
    assert fast.path.read_bytes() == slow.path.read_bytes()
    kept = _index_rows(fast)
    index.discard(fast)
    assert kept == _index_rows(fast)


def test_rewrite_gives_up_without_writing_where_it_cannot_vouch(pair):
    fast, _slow_store = pair
    before = fast.path.read_bytes()
    vid = fast.load().records()[0].id
    assert fast.rewrite("delete", delete=[vid, vid]) is None  # given twice
    assert fast.rewrite("delete", delete=["nope"]) is None  # not in the store
    assert fast.rewrite("edit", {vid: lambda r: r}, delete=[vid]) is None
    missing = Store(fast.path.with_name("none.json"))
    assert missing.rewrite("delete", delete=[vid]) is None
    assert fast.path.read_bytes() == before and not fast.backups()[1:]


def test_a_correction_that_fails_leaves_the_store_as_it_was(pair):
    fast, _slow_store = pair
    before, backups = fast.path.read_bytes(), fast.backups()
    vid = fast.load().records()[0].id
    with pytest.raises(EditError):
        fast.rewrite("edit", {vid: lambda r: apply_edits(r, ["cohort=abc"])})
    with pytest.raises(StoreError, match="is not valid"):
        fast.rewrite("edit", {vid: lambda r: r.model_copy(update={"participants": -4})})
    assert fast.path.read_bytes() == before and fast.backups() == backups


def test_a_damaged_store_is_refused_as_before(pair):
    fast, _slow_store = pair
    fast.path.write_bytes(fast.path.read_bytes()[:-40])
    with pytest.raises(StoreError, match="not valid JSON"):
        fast.rewrite("delete", delete=["x"])


def test_the_index_failing_after_the_write_is_deleted_not_trusted(pair, monkeypatch):
    fast, slow = pair
    index.refresh(fast).close()
    vid = fast.load().records()[0].id

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(index.build, "rewrite_after_write", broken)
    assert fast.rewrite("delete", delete=[vid]) is not None
    assert not index.index_path(fast).exists()
    with slow.transaction("delete") as data:
        data.delete(vid)
    assert fast.path.read_bytes() == slow.path.read_bytes()


@pytest.mark.parametrize("window", [1, 2, 3, 7, 50, 1 << 22])
def test_visit_lines_are_found_whole_across_the_blocks_read(window):
    from diklat_cli.store.fileformat import _line_at

    lines = [b'{"id":"a%d","x":"%s"}' % (n, b"y" * n) for n in range(30)]
    body = b'"visits":[\n' + b",\n".join(lines) + b"\n]}\n"
    start, end = body.index(b"\n") + 1, len(body) - 4
    f = io.BytesIO(body)
    pos = start
    for line in lines:
        at = _line_at(f, line, pos, end, window=window)
        assert body[at : at + len(line)] == line
        pos = at + len(line)
    assert _line_at(f, b'{"id":"a3"', start, end, window=window) == -1  # a line's start is not the line
    assert _line_at(f, lines[2], body.index(lines[5]), end, window=window) == -1  # only after pos
