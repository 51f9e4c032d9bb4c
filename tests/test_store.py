"""The store: round trips, refusal of damaged files, atomic writes, history, concurrency."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diklat_cli.models import Record
from diklat_cli.store import ArticleEntry, Store, StoreData, StoreError, default_store_path, durable
from diklat_cli.store import fileformat as store_mod

UTC = dt.timezone.utc


def sha_of(n: int | str) -> str:
    return hashlib.sha256(str(n).encode()).hexdigest()


def make_record(n: int = 1, **overrides) -> Record:
    data = {
        "id": f"{n:04d}" + sha_of(n)[:8],
        "program": "Diklatpim III",
        "cohort": 3,
        "activity": "benchmarking",
        "participants": 30,
        "origin": {"institution": "Pemerintah Provinsi Lampung", "province": "Lampung"},
        "organizer": "Badan Diklat Provinsi Lampung",
        "destination": {"province": "Sulawesi Selatan", "host": "Pemprov Sulsel"},
        "host_agencies": ["Dinas Pendapatan Daerah", "Dinas Koperasi dan UMKM"],
        "start_date": dt.date(2016, 8, 29),
        "end_date": dt.date(2016, 9, 2),
        "officials": [{"name": "Adriyana Umar", "title": "Kepala Badan Diklat"}],
        "source": {"outlet": "Antara", "title": "Peserta Diklatpim — studi lapangan ke Makassar"},
        "provenance": {
            "file": f"berita-{n}.txt",
            "sha256": sha_of(n),
            "imported_at": dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
            "extractor_version": "0.1.0",
        },
        "evidence": {"program": {"spans": [(10, 23)], "confidence": 0.9}},
    }
    data.update(overrides)
    return Record.model_validate(data)


def add_with_article(data: StoreData, record: Record) -> None:
    data.add(record)
    sha = record.provenance.sha256
    entry = data.articles.get(sha)
    if entry is None:
        entry = data.articles[sha] = ArticleEntry(
            file=record.provenance.file,
            imported_at=record.provenance.imported_at,
            extractor_version=record.provenance.extractor_version,
        )
    entry.visit_ids = [*entry.visit_ids, record.id]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store.json")


def filled(store: Store, n: int = 3) -> list[Record]:
    records = [make_record(i) for i in range(1, n + 1)]
    with store.transaction("import") as data:
        for r in records:
            add_with_article(data, r)
    return records


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, but lock files and the derived index (a
    cache any reader may rebuild)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith((".lock", ".index.sqlite", ".index.sqlite-journal"))
    }


# --- reading and writing ------------------------------------------------------------------


def test_missing_file_is_an_empty_store_and_load_writes_nothing(store: Store) -> None:
    data = store.load()
    assert data.records() == [] and data.articles == {}
    assert data.schema_version == store_mod.SCHEMA_VERSION
    assert not store.path.parent.exists() or list(store.path.parent.iterdir()) == []


def test_round_trip(store: Store) -> None:
    records = filled(store)
    data = store.load()
    assert data.records() == records
    assert list(data.visits) == [r.id for r in records]
    assert data.articles[records[0].provenance.sha256].visit_ids == [records[0].id]


def test_file_is_one_readable_utf8_json_document(store: Store) -> None:
    records = filled(store, 2)
    raw = store.path.read_bytes()
    assert "—".encode() in raw  # not escaped
    doc = json.loads(raw.decode("utf-8"))
    assert doc["format"] == "diklat-store" and doc["schema_version"] == 1
    assert set(doc) == {"format", "schema_version", "articles", "visits"}
    assert [v["id"] for v in doc["visits"]] == [r.id for r in records]
    entry = doc["articles"][records[0].provenance.sha256]
    assert entry["visit_ids"] == [records[0].id] and entry["status"] == "ok"
    # one item per line: a JSON error's line number points at the record
    assert len(raw.splitlines()) == 2 + len(doc["articles"]) + 2 + len(doc["visits"]) + 1


def test_transaction_creates_missing_folders(tmp_path: Path) -> None:
    s = Store(tmp_path / "a" / "b" / "store.json")
    filled(s, 1)
    assert len(s.load().records()) == 1


def test_unchanged_transaction_writes_nothing(store: Store) -> None:
    filled(store)
    before = tree(store.path.parent)
    mtime = store.path.stat().st_mtime_ns
    with store.transaction("edit") as data:
        data.find(data.records()[0].id)
    assert tree(store.path.parent) == before
    assert store.path.stat().st_mtime_ns == mtime


def test_unchanged_transaction_on_missing_store_writes_no_store(store: Store) -> None:
    with store.transaction("import"):
        pass
    assert not store.path.exists() and store.backups() == []


def test_exception_in_transaction_writes_nothing(store: Store) -> None:
    filled(store)
    before = tree(store.path.parent)
    with pytest.raises(KeyError), store.transaction("import") as data:
        data.add(make_record(99))
        raise KeyError("boom")
    assert tree(store.path.parent) == before


def _text(max_size: int = 30) -> st.SearchStrategy[str]:
    return st.text(max_size=max_size)


def _opt(s: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | s


@st.composite
def records(draw: st.DrawFn) -> Record:
    start = draw(_opt(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))))
    end = None
    if draw(st.booleans()):
        base = start or draw(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
        end = base + dt.timedelta(days=draw(st.integers(0, 30)))
    moment = st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1), timezones=st.none() | st.just(UTC))
    evidence = st.builds(
        dict,
        spans=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), max_size=3),
        confidence=st.floats(0, 1),
    )
    return Record.model_validate(
        {
            "id": draw(st.text("0123456789abcdef", min_size=1, max_size=16)),
            "program": draw(_opt(_text())),
            "cohort": draw(_opt(st.integers(1, 999))),
            "activity": draw(_opt(st.sampled_from(["benchmarking", "ksdn", "other"]))),
            "participants": draw(_opt(st.integers(1, 100_000))),
            "origin": {"institution": draw(_opt(_text())), "province": draw(_opt(_text()))},
            "organizer": draw(_opt(_text())),
            "destination": {"regency": draw(_opt(_text())), "host": draw(_opt(_text()))},
            "host_agencies": draw(st.lists(_text(), max_size=3)),
            "start_date": start,
            "end_date": end,
            "officials": draw(st.lists(st.builds(dict, name=_text(), title=_opt(_text())), max_size=2)),
            "source": {"title": draw(_opt(_text(80))), "published": draw(_opt(st.dates()))},
            "provenance": {
                "url": draw(_opt(_text())),
                "sha256": sha_of(draw(st.integers())),
                "imported_at": draw(moment),
                "fetched_at": draw(_opt(moment)),
                "extractor_version": draw(_text(8)),
            },
            "evidence": draw(st.dictionaries(_text(12), evidence, max_size=3)),
            "manual": draw(st.lists(_text(12), max_size=2)),
        }
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records(), max_size=6, unique_by=lambda r: r.id))
def test_round_trip_of_any_valid_records(generated: list[Record]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        s = Store(Path(folder) / "store.json")
        with s.transaction("import") as data:
            for r in generated:
                data.add(r)
        assert s.load().records() == generated
        if generated:
            raw = s.path.read_bytes()
            with s.transaction("edit"):
                pass  # loading and writing back unchanged data is byte for byte the same
            assert s.path.read_bytes() == raw


# --- refusing damaged files ---------------------------------------------------------------


def _corruptions(good: bytes) -> dict[str, bytes]:
    doc = json.loads(good)
    bad_record = json.loads(good)
    bad_record["visits"][1]["cohort"] = 5000
    duplicate = json.loads(good)
    duplicate["visits"].append(duplicate["visits"][0])
    no_format = json.loads(good)
    del no_format["format"]
    return {
        "truncated": good[: len(good) // 2],
        "cut at the end": good.rstrip()[:-3],
        "empty": b"",
        "garbage": b"\x00\x01not json at all",
        "not utf-8": good.replace("—".encode(), b"\xff\xfe"),
        "a list": json.dumps(doc["visits"]).encode(),
        "no format": json.dumps(no_format).encode(),
        "invalid record": json.dumps(bad_record).encode(),
        "duplicate id": json.dumps(duplicate).encode(),
        "visits not a list": json.dumps({**doc, "visits": {}}).encode(),
    }


CORRUPTIONS = [
    "truncated",
    "cut at the end",
    "empty",
    "garbage",
    "not utf-8",
    "a list",
    "no format",
    "invalid record",
    "duplicate id",
    "visits not a list",
]


@pytest.mark.parametrize("kind", CORRUPTIONS)
def test_damaged_file_is_refused_and_left_untouched(store: Store, kind: str) -> None:
    filled(store)
    with store.transaction("edit") as data:  # so that a backup exists
        data.records()[0].participants = 31
    damaged = _corruptions(store.path.read_bytes())[kind]
    store.path.write_bytes(damaged)
    before = tree(store.path.parent)

    with pytest.raises(StoreError) as err:
        store.load()
    message = str(err.value)
    assert str(store.path) in message and "\n" not in message
    assert "diklat doctor --restore" in message
    with pytest.raises(StoreError), store.transaction("import") as data:
        data.add(make_record(50))
    assert store.check() != []
    assert tree(store.path.parent) == before
    assert store.path.read_bytes() == damaged


def test_invalid_json_message_names_the_line(store: Store) -> None:
    filled(store)
    lines = store.path.read_bytes().split(b"\n")
    lines[7] = lines[7][:40]
    store.path.write_bytes(b"\n".join(lines))
    with pytest.raises(StoreError, match=r"is not valid JSON \(line 8\)"):
        store.load()


def test_damaged_file_without_backups_suggests_moving_it(store: Store) -> None:
    store.path.write_bytes(b"{")
    with pytest.raises(StoreError, match="move it away"):
        store.load()


def test_newer_schema_is_refused(store: Store) -> None:
    filled(store)
    doc = json.loads(store.path.read_bytes())
    doc["schema_version"] = store_mod.SCHEMA_VERSION + 1
    doc["visits"][0]["new_field"] = "from the future"
    store.path.write_text(json.dumps(doc), encoding="utf-8")
    before = tree(store.path.parent)
    with pytest.raises(StoreError, match="written by a newer diklat"):
        store.load()
    with pytest.raises(StoreError, match="newer"), store.transaction("import"):
        pass
    assert tree(store.path.parent) == before


def test_older_schema_is_migrated_and_the_old_file_kept(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend this diklat writes v2, where v1 called "program" "programme".
    filled(store, 2)
    doc = json.loads(store.path.read_bytes())
    for v in doc["visits"]:
        v["programme"] = v.pop("program")
    old = json.dumps(doc, ensure_ascii=False).encode()
    store.path.write_bytes(old)

    def v1_to_v2(d: dict) -> dict:
        for v in d["visits"]:
            v["program"] = v.pop("programme")
        return {**d, "schema_version": 2}

    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(store_mod.MIGRATIONS, 1, v1_to_v2)

    data = store.load()
    assert data.migrated_from == 1 and data.schema_version == 2
    assert [r.program for r in data.records()] == ["Diklatpim III"] * 2
    history = store.backups()
    with store.transaction("edit"):
        pass  # no change: the old file stays as it is
    assert store.path.read_bytes() == old and store.backups() == history

    with store.transaction("edit") as data:
        data.records()[0].cohort = 4
    assert json.loads(store.path.read_bytes())["schema_version"] == 2
    assert store.backups()[1:] == history
    assert store.backups()[0].read_bytes() == old
    again = store.load()
    assert again.migrated_from is None and again.records()[0].cohort == 4


def test_version_without_migration_is_refused(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    filled(store)
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", 2)
    with pytest.raises(StoreError, match="schema version 1, which cannot be upgraded"):
        store.load()


def test_bad_schema_version_is_refused(store: Store) -> None:
    store.path.write_text('{"format":"diklat-store","schema_version":0,"articles":{},"visits":[]}')
    with pytest.raises(StoreError, match="no valid schema_version"):
        store.load()


def test_in_place_change_that_breaks_a_record_is_not_written(store: Store) -> None:
    filled(store)
    before = tree(store.path.parent)
    with pytest.raises(StoreError, match="end_date"), store.transaction("edit") as data:
        record = data.records()[0]
        # assignment checks one field at a time, so this slips past pydantic
        record.start_date = record.end_date + dt.timedelta(days=3)
    with pytest.raises(StoreError, match="host_agencies"), store.transaction("edit") as data:
        data.records()[1].host_agencies.append(42)  # type: ignore[arg-type]
    assert tree(store.path.parent) == before


def test_changed_articles_are_checked_before_writing(store: Store) -> None:
    filled(store)
    before = tree(store.path.parent)
    with pytest.raises(StoreError, match="article"), store.transaction("edit") as data:
        sha = next(iter(data.articles))
        # model_construct skips validation, as in-place changes do
        data.articles[sha] = ArticleEntry.model_construct(
            imported_at="yesterday", extractor_version="1", visit_ids=[], status="ok"
        )
    assert tree(store.path.parent) == before
    with store.transaction("import") as data:  # any key is written and read back
        data.articles['odd "key": with colons'] = ArticleEntry(
            imported_at=dt.datetime(2026, 1, 1), extractor_version="1", status="no-visit"
        )
    assert store.load().articles['odd "key": with colons'].status == "no-visit"


# --- failing writes -----------------------------------------------------------------------


class _HalfWriter:
    """A file that takes half of what it is given, then runs out of space."""

    def __init__(self, f) -> None:
        self.f = f

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.f.close()

    def write(self, b: bytes) -> int:
        self.f.write(b[: len(b) // 2])
        self.f.flush()
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("target", ["replace", "fsync", "write"])
def test_failed_write_leaves_the_old_store_complete(store: Store, monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    filled(store)
    before = tree(store.path.parent)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if target == "write":
        real = os.fdopen
        monkeypatch.setattr(os, "fdopen", lambda *a, **k: _HalfWriter(real(*a, **k)))
    else:
        monkeypatch.setattr(os, target, fail)
    expected = "could not write store file .*No space left"
    with pytest.raises(StoreError, match=expected), store.transaction("import") as data:
        data.add(make_record(7))
    monkeypatch.undo()
    assert tree(store.path.parent) == before  # no temp files, no backup left behind
    assert len(store.load().records()) == 3


def test_failed_backup_stops_the_write(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    filled(store)
    before = tree(store.path.parent)

    def no_link(*args):
        raise OSError("no hard links here")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(durable, "atomic_write", no_link)
    with pytest.raises(StoreError), store.transaction("edit") as data:
        data.records()[0].cohort = 9
    assert tree(store.path.parent) == before


def test_backup_is_a_copy_where_hard_links_fail(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    filled(store)
    old = store.path.read_bytes()

    def no_link(*args):
        raise OSError("no hard links here")

    monkeypatch.setattr(os, "link", no_link)
    with store.transaction("edit") as data:
        data.records()[0].cohort = 9
    assert store.backups()[0].read_bytes() == old


@pytest.mark.skipif(
    os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="needs POSIX permissions that apply (not root)",
)
def test_read_only_folder(store: Store) -> None:
    filled(store)
    with store.transaction("edit") as data:  # leaves the lock file in place
        data.records()[0].cohort = 5
    before = tree(store.path.parent)
    store.path.parent.chmod(0o555)
    try:
        with pytest.raises(StoreError), store.transaction("import") as data:
            data.add(make_record(8))
    finally:
        store.path.parent.chmod(0o755)
    assert tree(store.path.parent) == before


def test_busy_store(store: Store) -> None:
    from filelock import FileLock

    filled(store)
    waiting = Store(store.path, lock_timeout=0.2)
    with FileLock(str(store.lock_path)):
        with pytest.raises(StoreError, match="busy"), waiting.transaction("import"):
            pass
        with pytest.raises(StoreError, match="busy"):
            waiting.undo()


def test_nested_transaction_is_refused(store: Store) -> None:
    with store.transaction("a"), pytest.raises(RuntimeError), store.transaction("b"):
        pass


# --- history ------------------------------------------------------------------------------


def test_undo_after_add_edit_delete(store: Store) -> None:
    filled(store, 2)
    after_import = store.load().records()
    with store.transaction("edit") as data:
        data.records()[0].participants = 45
    with store.transaction("delete") as data:
        data.remove(data.records()[1].id)
    assert len(store.load().records()) == 1

    assert store.undo().operation == "delete"
    data = store.load()
    assert [r.participants for r in data.records()] == [45, 30]
    assert data.articles[after_import[1].provenance.sha256].visit_ids == [after_import[1].id]
    assert store.undo().operation == "edit"
    assert store.load().records() == after_import
    assert store.undo().operation == "import"
    assert store.load().records() == []
    with pytest.raises(StoreError, match="nothing to undo"):
        store.undo()


def test_undo_says_what_it_put_back(store: Store) -> None:
    filled(store, 1)
    restored = store.undo()
    assert restored.operation == "import" and restored.backup.parent == store.backup_dir
    assert restored.time is not None and restored.time.tzinfo is not None


def test_backup_names(store: Store) -> None:
    filled(store, 1)
    with store.transaction("Edit Visit!") as data:
        data.records()[0].cohort = 8
    names = [p.name for p in store.backups()]
    assert names[0].endswith("-edit-visit.json") and names[1].endswith("-import.json")
    assert all(":" not in n for n in names)
    assert store.backups()[0].parent == store.path.with_name("store.backups")


def test_history_is_bounded(tmp_path: Path) -> None:
    s = Store(tmp_path / "store.json", history=3)
    filled(s, 1)
    for n in range(2, 7):
        with s.transaction(f"edit {n}") as data:
            data.records()[0].cohort = n
    assert [p.name.rsplit("-", 1)[-1] for p in s.backups()] == ["6.json", "5.json", "4.json"]
    for expected in (5, 4, 3):
        s.undo()
        assert s.load().records()[0].cohort == expected
    with pytest.raises(StoreError, match="nothing to undo"):
        s.undo()


def test_restore_replaces_a_damaged_store_and_keeps_it_aside(store: Store) -> None:
    records = filled(store)
    with store.transaction("edit") as data:
        data.records()[0].cohort = 12
    good = store.path.read_bytes()
    store.path.write_bytes(good[:100])
    assert store.restore().operation == "edit"
    assert store.load().records() == records
    aside = list(store.path.parent.glob("store.json.damaged-*"))
    assert [p.read_bytes() for p in aside] == [good[:100]]


def test_undo_keeps_a_cut_short_store_aside(store: Store) -> None:
    filled(store)
    with store.transaction("edit") as data:
        data.records()[0].cohort = 12
    cut = store.path.read_bytes()[:-20]
    store.path.write_bytes(cut)
    store.undo()
    assert store.load().records()[0].cohort == 3
    assert [p.read_bytes() for p in store.path.parent.glob("store.json.damaged-*")] == [cut]


def test_undo_refuses_a_damaged_backup(store: Store) -> None:
    filled(store)
    with store.transaction("edit") as data:
        data.records()[0].cohort = 12
    store.backups()[0].write_bytes(b"{")
    before = tree(store.path.parent)
    with pytest.raises(StoreError, match=r"backup .*-edit\.json is not valid JSON"):
        store.undo()
    assert tree(store.path.parent) == before


def test_byte_order_mark_is_accepted(store: Store) -> None:
    records = filled(store)
    store.path.write_bytes(b"\xef\xbb\xbf" + store.path.read_bytes())
    assert store.load().records() == records
    assert store.check() == []


def test_restore_skips_unusable_backups(store: Store) -> None:
    filled(store)
    with store.transaction("edit") as data:
        data.records()[0].cohort = 12
    store.backups()[0].write_bytes(b"{broken")  # the newest backup
    store.path.write_bytes(b"")
    store.restore()
    assert store.load().records() == []  # the empty store before the import


def test_restore_of_a_healthy_store_can_be_undone(store: Store) -> None:
    filled(store)
    with store.transaction("edit") as data:
        data.records()[0].cohort = 12
    current = store.path.read_bytes()
    oldest = store.backups()[-1]
    assert store.restore(oldest).operation == "import"
    assert store.load().records() == []
    assert store.undo().operation == "restore"
    assert store.path.read_bytes() == current


def test_check(store: Store) -> None:
    assert store.check() == []
    records = filled(store)
    assert store.check() == []
    doc = json.loads(store.path.read_bytes())
    doc["articles"][records[0].provenance.sha256]["visit_ids"].append("gone")
    doc["visits"][1]["participants"] = 0
    doc["visits"].append(doc["visits"][2])
    store.path.write_text(json.dumps(doc), encoding="utf-8")
    problems = store.check()
    assert len(problems) == 3, problems
    assert any("invalid visit #2" in p and "participants" in p for p in problems)
    assert any("duplicate visit id" in p for p in problems)
    assert any("missing visits: gone" in p for p in problems)


def test_deleting_a_visit_drops_the_articles_references(store: Store) -> None:
    records = filled(store)
    with store.transaction("delete") as data:
        data.remove(records[0].id)
    assert store.load().articles[records[0].provenance.sha256].visit_ids == []
    assert store.check() == []


def test_remove_then_add_keeps_the_articles_references(store: Store) -> None:
    records = filled(store)
    with store.transaction("edit") as data:
        old = data.remove(records[0].id)
        data.add(old.model_copy(update={"participants": 44}))
    data = store.load()
    assert data.articles[records[0].provenance.sha256].visit_ids == [records[0].id]
    assert data.visits[records[0].id].participants == 44


# --- StoreData ----------------------------------------------------------------------------


def test_find_by_prefix() -> None:
    data = StoreData()
    for rid in ("ab12cd", "ab34ef", "abc", "abcd99", "ff00"):
        data.add(make_record(1, id=rid))
    assert data.find("ab12").id == "ab12cd"
    assert data.find("AB12").id == "ab12cd"
    assert data.find("f").id == "ff00"
    assert data.find("abc").id == "abc"  # an exact id wins over longer ones
    with pytest.raises(StoreError, match=r"id prefix 'ab' is ambiguous: ab12cd, ab34ef, abc"):
        data.find("ab")
    with pytest.raises(StoreError, match="no visit with id 99"):
        data.find("99")
    with pytest.raises(StoreError):
        data.find("")


def test_add_remove_replace() -> None:
    data = StoreData()
    a, b = make_record(1), make_record(2)
    data.add(a)
    data.add(b)
    with pytest.raises(StoreError, match="already"):
        data.add(a)
    data.replace(a.model_copy(update={"cohort": 9}))
    assert [r.cohort for r in data.records()] == [9, 3]
    assert data.remove(b.id) == b
    with pytest.raises(StoreError, match="no visit"):
        data.remove(b.id)
    with pytest.raises(StoreError, match="no visit"):
        data.replace(b)


# --- article texts and paths --------------------------------------------------------------


def test_article_texts(store: Store) -> None:
    text = "Makassar — Peserta Diklatpim\r\nbaris dua\n"
    sha = sha_of("article")
    assert store.article_text(sha) is None
    store.save_article_text(sha, text)
    store.save_article_text(sha, text)  # again: harmless
    assert store.article_text(sha) == text  # exactly: evidence spans index into it
    assert (store.path.parent / "store.articles" / f"{sha}.txt").read_bytes() == text.encode()
    with pytest.raises(StoreError):
        store.save_article_text("../../etc/passwd", text)


def test_default_store_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DIKLAT_STORE", str(tmp_path / "x.json"))
    assert default_store_path() == tmp_path / "x.json"
    monkeypatch.delenv("DIKLAT_STORE")
    path = default_store_path()
    assert path.name == "store.json" and "diklat" in str(path.parent).lower()


def test_import_does_not_load_filelock_or_platformdirs() -> None:
    import subprocess

    code = (
        "import sys, diklat_cli.store, diklat_cli.query;print('filelock' in sys.modules, 'platformdirs' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --- concurrency --------------------------------------------------------------------------

WORKERS = 8
PER_WORKER = 5


def _add_records(path: str, worker: int, start=None) -> None:
    s = Store(Path(path))
    if start is not None:
        start.wait(60)  # all at once, to make the writes collide
    for i in range(PER_WORKER):
        with s.transaction("import") as data:
            add_with_article(data, make_record(worker * 100 + i))


@pytest.mark.slow
def test_concurrent_writers_all_land(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    ctx = multiprocessing.get_context("spawn")  # as on Windows and macOS
    start = ctx.Barrier(WORKERS)
    procs = [ctx.Process(target=_add_records, args=(str(path), w, start)) for w in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * WORKERS
    data = Store(path).load()
    assert len(data.visits) == WORKERS * PER_WORKER
    assert len(data.articles) == WORKERS * PER_WORKER
    assert Store(path).check() == []


# --- appending new articles without loading the store -------------------------------------


def _entries(records: list[Record], *, url: str | None = None) -> dict[str, ArticleEntry]:
    return {
        r.provenance.sha256: ArticleEntry(
            file=r.provenance.file,
            url=url,
            imported_at=r.provenance.imported_at,
            extractor_version=r.provenance.extractor_version,
            visit_ids=[r.id],
        )
        for r in records
    }


@pytest.mark.parametrize("before", [0, 1, 3])
def test_append_writes_what_a_transaction_writes(tmp_path: Path, before: int) -> None:
    by_append, by_transaction = Store(tmp_path / "a" / "store.json"), Store(tmp_path / "b" / "store.json")
    new = [make_record(n) for n in range(10, 13)]
    for s in (by_append, by_transaction):
        s.path.parent.mkdir()
        s.path.write_bytes(store_mod.assemble([], []))  # an empty store file as diklat writes it
        with s.transaction("import") as data:
            for r in [make_record(i) for i in range(1, before + 1)]:
                add_with_article(data, r)
    assert by_append.append("import", _entries(new), new) is True
    with by_transaction.transaction("import") as data:
        for r in new:
            add_with_article(data, r)
    assert by_append.path.read_bytes() == by_transaction.path.read_bytes()
    assert list(by_append.load().visits) == [r.id for r in [make_record(i) for i in range(1, before + 1)] + new]


def test_append_of_records_validated_from_their_lines_writes_those_lines(tmp_path: Path) -> None:
    """ingest's records come from its workers as JSON lines: written as they are, the file
    is byte for byte the one the records themselves give."""
    plain, given = Store(tmp_path / "a" / "store.json"), Store(tmp_path / "b" / "store.json")
    new = [make_record(n) for n in range(10, 13)]
    lines = [store_mod.dump_model(r) for r in new]
    validated = [Record.model_validate_json(line) for line in lines]
    for s in (plain, given):
        s.path.parent.mkdir()
        s.path.write_bytes(store_mod.assemble([], []))
    assert plain.append("import", _entries(new), new) is True
    assert given.append("import", _entries(validated), validated, [lines[0], None, lines[2]]) is True
    assert given.path.read_bytes() == plain.path.read_bytes()
    assert list(given.load().visits) == [r.id for r in new]


def test_append_keeps_a_backup_and_can_be_undone(store: Store) -> None:
    filled(store, 2)
    old = store.path.read_bytes()
    new = [make_record(9)]
    assert store.append("import", _entries(new), new)
    assert store.backups()[0].read_bytes() == old
    store.undo()
    assert store.path.read_bytes() == old


def test_append_copies_through_memory_where_the_kernel_cannot(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    filled(store, 3)
    expected = Store(store.path.with_name("expected.json"))
    filled(expected, 3)
    new = [make_record(9)]
    with expected.transaction("import") as data:
        add_with_article(data, new[0])

    def cross_device(*args, **kwargs):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(store_mod.os, "copy_file_range", cross_device, raising=False)
    assert store.append("import", _entries(new), new)
    assert store.path.read_bytes() == expected.path.read_bytes()


def test_append_backup_is_a_copy_where_hard_links_fail(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    filled(store, 2)
    old = store.path.read_bytes()

    def no_link(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(store_mod.os, "link", no_link)
    new = [make_record(9)]
    assert store.append("import", _entries(new), new)
    assert store.backups()[0].read_bytes() == old
    assert store.backups()[0].stat().st_ino != store.path.stat().st_ino


def test_append_keeps_the_index_in_step(store: Store) -> None:
    from diklat_cli import index

    filled(store, 3)
    index.refresh(store).close()
    new = [make_record(7, destination={"province": "Jawa Timur"}), make_record(8)]
    assert store.append("import", _entries(new), new)
    conn = index.refresh(store)
    got = [(r.id, r.destination.province) for r in index.rows(conn, None, "imported")]
    conn.close()
    index.discard(store)
    conn = index.refresh(store)  # built afresh from the file
    assert got == [(r.id, r.destination.province) for r in index.rows(conn, None, "imported")]
    assert ("0007" + sha_of(7)[:8], "Jawa Timur") in got and len(got) == 5


@pytest.mark.parametrize(
    "why",
    [
        *("article already there", "visit id already there", "id twice"),
        *("laid out by hand", "byte order mark"),
    ],
)
def test_append_declines_and_writes_nothing(store: Store, why: str) -> None:
    new = [make_record(5)]
    if why != "no store file":
        filled(store, 3)
    if why == "article already there":
        new = [make_record(5, provenance={**make_record(1).provenance.model_dump(), "sha256": sha_of(1)})]
    elif why == "visit id already there":
        new = [make_record(5, id=make_record(2).id)]
    elif why == "id twice":
        new = [make_record(5), make_record(6, id=make_record(5).id)]
    elif why == "laid out by hand":
        store.path.write_text(json.dumps(json.loads(store.path.read_bytes()), indent=2), encoding="utf-8")
    elif why == "byte order mark":
        store.path.write_bytes(b"\xef\xbb\xbf" + store.path.read_bytes())
    before = tree(store.path.parent)
    assert store.append("import", _entries(new), new) is False
    assert tree(store.path.parent) == before


def test_append_to_no_store_yet_writes_what_a_transaction_writes_and_undoes_to_an_empty_store(tmp_path) -> None:
    # the first import of a new store is appended too (an export's records are never all held
    # as models): the same bytes as the slow path, and undo gives the empty store, as there
    new = [make_record(1), make_record(2)]
    by_append, by_transaction = Store(tmp_path / "a" / "store.json"), Store(tmp_path / "t" / "store.json")
    assert by_append.append("import", _entries(new), new) is True
    with by_transaction.transaction("import") as data:
        for record, (sha, entry) in zip(new, _entries(new).items(), strict=True):
            data.add(record)
            data.articles[sha] = entry
    assert by_append.path.read_bytes() == by_transaction.path.read_bytes()
    assert len(by_append.backups()) == len(by_transaction.backups()) == 1
    by_append.undo()
    by_transaction.undo()
    assert by_append.load() == by_transaction.load() == StoreData()


@pytest.mark.parametrize("failure", [OSError(5, "Input/output error"), KeyboardInterrupt()])
def test_a_failed_first_write_of_a_new_store_leaves_no_file(tmp_path, monkeypatch, failure) -> None:
    # writing the empty store a first append starts from shares the commit's clean-up: the
    # temp file goes, an OSError is told as the store being unchanged, anything else goes on
    store = Store(tmp_path / "store.json")
    new = [make_record(1)]

    def fails(src, dst):
        raise failure

    monkeypatch.setattr(durable, "replace_file", fails)
    with pytest.raises(StoreError if isinstance(failure, OSError) else KeyboardInterrupt) as raised:
        store.append("import", _entries(new), new)
    if isinstance(failure, OSError):
        assert "could not write store file" in str(raised.value) and "unchanged" in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.json.lock"]


def test_append_refuses_a_damaged_store(store: Store) -> None:
    filled(store, 2)
    damaged = store.path.read_bytes()[:-10]
    store.path.write_bytes(damaged)
    new = [make_record(5)]
    with pytest.raises(StoreError, match="not valid JSON"):
        store.append("import", _entries(new), new)
    assert store.path.read_bytes() == damaged


def test_imported_knows_articles_and_links(store: Store) -> None:
    filled(store, 2)
    linked = [make_record(4)]
    link = 'https://berita.example/"kunjungan"/ü'
    assert store.append("import", _entries(linked, url=link), linked)
    for _ in ("as diklat writes it", "laid out otherwise"):
        shas, urls = store.imported()
        assert all(sha in shas for sha in (sha_of(1), sha_of(2), sha_of(4)))
        assert sha_of(3) not in shas and "x" not in shas
        assert link in urls and "https://berita.example/" not in urls
        urls.add("https://berita.example/")
        assert "https://berita.example/" in urls
        store.path.write_text(json.dumps(json.loads(store.path.read_bytes()), indent=1), encoding="utf-8")


def test_article_texts_are_saved_together(store: Store) -> None:
    texts = {sha_of(n): f"Teks berita nomor {n} — Makassar" for n in range(5)}
    store.save_article_texts(texts)
    assert {sha: store.article_text(sha) for sha in texts} == texts
    assert sorted(p.name for p in store.articles_dir.iterdir()) == sorted(f"{sha}.txt" for sha in texts)


def test_article_texts_not_synced_are_not_kept(store: Store, monkeypatch) -> None:
    """Texts are synced several at once; one that cannot be synced fails the whole batch,
    naming its file, and leaves no text and no temporary file behind."""
    from diklat_cli.store import articles

    texts = {sha_of(n): f"Teks berita nomor {n}" for n in range(20)}
    bad = sha_of(7)
    real_sync = articles.fsync_file

    def failing_sync(path: Path) -> None:
        if bad in path.name:
            raise OSError(5, "Input/output error")
        real_sync(path)

    monkeypatch.setattr(articles, "fsync_file", failing_sync)
    with pytest.raises(StoreError, match=f"{bad}.txt"):
        store.save_article_texts(texts)
    assert list(store.articles_dir.iterdir()) == []
    monkeypatch.setattr(articles, "fsync_file", real_sync)
    store.save_article_texts(texts)
    assert {sha: store.article_text(sha) for sha in texts} == texts
