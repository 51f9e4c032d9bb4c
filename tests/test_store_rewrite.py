"""Corrections and deletions on a store without loading it (Store.rewrite, `diklat edit`
and `diklat delete`): the file written is the one the slow way (a transaction over the
whole loaded store) writes, byte for byte; the index is kept up to date in place; a store
the fast way cannot vouch for falls back to the slow one.

Each test does the same thing to two copies of a store, once the fast way and once with
Store.rewrite made to give up (the slow way, as before it existed), and compares what a
user would compare: the file's bytes, the CLI's output, the backups.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from diklat_cli import index
from diklat_cli.editing import EditError, apply_edits
from diklat_cli.store import Store, StoreError
from tests.test_index import fill, varied_records

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
