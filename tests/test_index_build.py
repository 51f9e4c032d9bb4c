"""The index build's fast reading of visit lines (index/canonical.py) gives exactly the rows
the careful reading gives (lines.checked_visit + lines.table_rows), or leaves the line to it;
a line that is not a valid record is never let in by the fast reading (issue 16)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from diklat_cli import index
from diklat_cli.index import canonical
from diklat_cli.index import lines as index_lines
from diklat_cli.store import Store
from tests.test_fast_out import generated_records
from tests.test_index import assert_refused_as_by_load, fill, varied_records


def careful_rows(seq: int, line: bytes):
    try:
        return index_lines.table_rows(seq, index_lines.checked_visit(line), line)
    except (index_lines.NotIndexable, UnicodeDecodeError):
        return None


def visit_lines(store: Store) -> list[bytes]:
    raw = store.path.read_bytes().split(b"\n")
    at = raw.index(b'"visits":[') + 1
    return [ln.removesuffix(b",") for ln in raw[at:-2]]


@pytest.fixture(scope="module")
def stored_lines(tmp_path_factory) -> list[bytes]:
    store = Store(tmp_path_factory.mktemp("build") / "store.json")
    fill(store, [*varied_records(), *generated_records()])
    return visit_lines(store)


def test_fast_rows_equal_careful_rows(stored_lines: list[bytes]) -> None:
    fast = 0
    for seq, line in enumerate(stored_lines, 1):
        rows = canonical.canonical_rows(seq, line)
        if rows is not None:
            fast += 1
            assert rows == careful_rows(seq, line), line
    # lines with no escape in their texts and nothing odd (most of a real store) go the fast way;
    # this store is mostly odd ones on purpose
    assert fast >= 30


# hand edits of a stored line: either path may refuse them, only the careful one decides
EDITS = [
    (b'"cohort":', [b"0", b"1000", b"-1", b"01", b'"3"', b"3.0", b"true", b"-0"]),
    (b'"participants":', [b"0", b"100001", b"1e3", b"NaN"]),
    (b'"activity":', [b'"tamasya"', b'"Benchmarking"', b"1"]),
    (b'"start_date":', [b'"2016-02-30"', b'"2016-2-3"', b'"20160203"', b'""']),
    (b'"end_date":', [b'"1999-01-01"', b'"2016-13-01"']),
    (b'"published":', [b'"2016-02-30"', b'"2016-02-03T00:00:00"']),
    (
        b'"imported_at":',
        [
            b'"yesterday"',
            b'"2024-13-01T10:30:00Z"',
            b'"2024-05-01T25:30:00Z"',
            b'"2024-05-01T10:30:00+99:00"',
            b'"2024-05-01T10:30:00+00:00"',
            b'"2024-05-01T10:30:00.000000Z"',
            b'"2024-05-01T10:30:00.5Z"',
            b'"2023-02-29T10:30:00Z"',
            b'"2024-02-29T23:59:59Z"',
            b'"2024-05-01T10:60:00Z"',
            b'"2024-05-01T10:30:60Z"',
            b'"0000-01-01T00:00:00Z"',
            b'"1970-01-01T00:00:00Z"',
            b'"1969-12-31T23:59:59Z"',
            b'"2024-05-01T10:30:00+07:00"',
        ],
    ),
    (b'"confidence":', [b"1.5", b"1", b"0.90", b"-0.5", b"1e-05", b"0.00001"]),
    (
        b'"spans":',
        [
            *(b"[[1]]", b"[[1,2,3]]", b"[1,2]", b'[["1",2]]', b"[[1,2],]", b"[[-1,2]]", b"[[-0,0]]", b"[[01,2]]"),
            *(b"[[0,123456789012345678]]", b"[[0,1234567890123456789]]", b"[[0,2],[3,4],[5]]", b"[]"),
        ],
    ),
    (b'"host_agencies":', [b"[1]", b'["a",]', b'"a"', b"[null]"]),
    (b'"manual":', [b"[1]", b"{}", b"null"]),
    (b'"id":', [b"1", b"null"]),
    (b'"sha256":', [b"null", b"1"]),
    (b'"program":', [b'"Diklatpim \\ud800"', b'"tab\tin it"', b'"\\u0041"']),
]


def edited(line: bytes, key: bytes, value: bytes) -> bytes | None:
    at = line.find(key)
    if at < 0:
        return None
    start = at + len(key)
    # the old value ends where the next key of its object begins (or the object ends)
    depth, i = 0, start
    while i < len(line):
        c = line[i : i + 1]
        if c == b'"':
            i = line.index(b'"', i + 1)
            while line[i - 1 : i] == b"\\":
                i = line.index(b'"', i + 1)
        elif c in b"[{":
            depth += 1
        elif c in b"]}":
            if depth == 0:
                break
            depth -= 1
        elif c == b"," and depth == 0:
            break
        i += 1
    return line[:start] + value + line[i:]


def test_hand_edited_lines_never_get_in_the_fast_way_unless_the_careful_way_agrees(stored_lines) -> None:
    rnd = random.Random(16)
    lines = [ln for ln in stored_lines if canonical.canonical_rows(1, ln) is not None]
    tried = 0
    for key, values in EDITS:
        for value in values:
            for line in rnd.sample(lines, 5):
                changed = edited(line, key, value)
                if changed is None or changed == line:
                    continue
                tried += 1
                fast = canonical.canonical_rows(7, changed)
                if fast is not None:
                    assert fast == careful_rows(7, changed), changed
    assert tried > 200


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw.replace(b'"cohort":3', b'"cohort":0', 1),
        lambda raw: raw.replace(b'"confidence":0.9', b'"confidence":1.5', 1),
        lambda raw: raw.replace(b'"start_date":"2016-08-29"', b'"start_date":"2016-02-30"', 1),
        lambda raw: raw.replace(b'"imported_at":"2024-05-01T10:30:00Z"', b'"imported_at":"2024-13-01T10:30:00Z"', 1),
    ],
)
def test_a_damaged_line_among_fast_ones_is_reported_as_by_load(tmp_path: Path, damage) -> None:
    assert_refused_as_by_load(tmp_path, [*generated_records(60), *varied_records()], damage)


def test_a_store_file_written_again_with_the_same_bytes_keeps_its_index(tmp_path: Path, monkeypatch) -> None:
    """A copy over the store, a restore or a sync tool gives the file new times and a new
    inode, not new content: the first command then does not build the index again."""
    import os

    from diklat_cli.index import build

    s = Store(tmp_path / "store.json")
    fill(s, varied_records())
    index.refresh(s).close()
    before = index.records(index.selected(index.refresh(s)))
    copy = tmp_path / "copy.json"
    copy.write_bytes(s.path.read_bytes())
    os.utime(copy, ns=(1_000_000_000, 1_000_000_000))
    os.replace(copy, s.path)  # same bytes, another inode and mtime

    def no_build(*args):
        raise AssertionError("built again")

    monkeypatch.setattr(build, "_build_from_store", no_build)
    assert index.records(index.selected(index.refresh(s))) == before
    assert index.refresh(s).execute("SELECT mtime_ns FROM meta").fetchone() == (1_000_000_000,)
    monkeypatch.undo()
    # the same size, other bytes: built again from the file
    raw = s.path.read_bytes()
    s.path.write_bytes(raw.replace(b'"Diklatpim IV"', b'"Diklatpim XX"', 1))
    assert [r.program for r in index.rows(index.refresh(s), sort=None)].count("Diklatpim XX") == 1


def test_possessive_repeats_match_what_the_plain_pattern_matches(stored_lines) -> None:
    """Python 3.10 reads the record pattern without its possessive repeats: it must accept
    the same lines and capture the same values (here both are compiled, on 3.11+)."""
    import re

    plain = re.compile(re.sub(r"(\*|\?|\{[0-9]+,[0-9]+\})\+", r"\1", canonical._RECORD))
    fast = canonical._pattern()
    rnd = random.Random(3)
    lines = [ln.decode("utf-8", "replace") for ln in stored_lines]
    tried = list(lines)
    for _ in range(3000):  # one character changed, dropped or added, in structural places
        line = rnd.choice(lines)
        at = rnd.randrange(len(line))
        c = rnd.choice('",:{}[]0123456789.-nul ')
        edits = [line[:at] + c + line[at + 1 :], line[:at] + line[at + 1 :], line[:at] + c + line[at:]]
        tried.append(rnd.choice(edits))
    for text in tried:
        a, b = plain.fullmatch(text), fast.fullmatch(text)
        assert (a and a.groups()) == (b and b.groups()), text


def test_an_index_built_in_memory_reads_the_file_again_and_records_what_it_read(tmp_path: Path, monkeypatch) -> None:
    """The index file cannot be made durable (an I/O error when syncing it): it is not
    trusted, and the store file is read again into an index in memory; what that records of
    the file (size, times, the content digest computed while reading) is the file's."""
    from diklat_cli.index import build

    s = Store(tmp_path / "store.json")
    fill(s, [*generated_records(30), *varied_records()])
    expected = index.records(index.selected(index.refresh(s)))
    index.discard(s)

    def failing_sync(path):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(build, "fsync_file", failing_sync)
    conn = index.refresh(s)
    assert not index.index_path(s).exists()
    assert build._meta(conn) == index.fingerprint(s.path)
    assert index.records(index.selected(conn)) == expected


@pytest.mark.parametrize("block", [1, 7, 4096])
def test_lines_read_in_blocks_of_any_size_are_the_file_s_lines(tmp_path: Path, monkeypatch, block: int) -> None:
    """The file is read in READ_BLOCK blocks and cut into lines where the blocks end too: a
    line across two blocks, longer than a block, or ending exactly at a block's end is read
    whole, and the digest taken while reading is the file's."""
    from diklat_cli.index import build

    s = Store(tmp_path / "store.json")
    fill(s, [*generated_records(20), *varied_records()])
    raw = s.path.read_bytes()
    monkeypatch.setattr(build, "READ_BLOCK", block)
    for content in (raw, raw.rstrip(b"\n"), raw + b"\n\n"):  # with and without a last newline
        s.path.write_bytes(content)
        expected = content.split(b"\n")
        if expected[-1] == b"":  # nothing after the last newline
            expected.pop()
        with open(s.path, "rb") as f:
            reading = build._Reading(f)
            assert list(reading) == expected
            assert reading.digest() == index.fingerprint(s.path)[3]


def test_null_and_bytes_are_bound_as_they_are(tmp_path: Path) -> None:
    """The index binds None and bytes through identity adapters (build._bind_as_is, to skip
    the sqlite3 module's failing adaptation lookups): NULL and the very bytes are stored."""
    from diklat_cli.index import build

    conn = build._connect(tmp_path / "t.sqlite")
    conn.execute("CREATE TABLE t (a, b)")
    conn.execute("INSERT INTO t VALUES (?, ?)", (None, b"\x00line\xff"))
    assert conn.execute("SELECT a, b, typeof(a), typeof(b) FROM t").fetchall() == [
        (None, b"\x00line\xff", "null", "blob")
    ]
    conn.close()


def test_import_times_read_the_fast_way_are_the_times_datetime_reads() -> None:
    """canonical._imported_at (a known hour plus minutes and seconds) against datetime, for
    times across days, hours and the ends of each range; out-of-range parts are refused."""
    import datetime as dt

    rnd = random.Random(17)
    utc = dt.timezone.utc
    times = [dt.datetime(2024, 2, 29, 23, 59, 59, tzinfo=utc), dt.datetime(1970, 1, 1, tzinfo=utc)]
    times += [dt.datetime(1969, 12, 31, 23, 0, 1, tzinfo=utc), dt.datetime(2038, 1, 19, 3, 14, 8, tzinfo=utc)]
    start = dt.datetime(2014, 1, 1, tzinfo=utc)
    times += [start + dt.timedelta(seconds=rnd.randrange(400_000_000)) for _ in range(3000)]
    for t in times:
        text = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert canonical._imported_at(text) == (t.isoformat(), index_lines.utc_us(t)), text
    for wrong in ("2024-05-01T24:00:00Z", "2024-05-01T10:60:00Z", "2024-05-01T10:30:60Z", "2023-02-29T10:30:00Z"):
        with pytest.raises(ValueError):
            canonical._imported_at(wrong)
