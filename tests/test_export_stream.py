# ruff: noqa: F811  (the fixtures of tests/test_cli.py, imported by name)
"""Issue 13: a store export of any size is imported back from a file, a folder or stdin,
read as a stream with the exports' own limit (not the article limit); an empty export is an
empty import. Streaming is checked by counting what is read, not by measuring memory."""

from __future__ import annotations

import io
import json
import tempfile

import pytest

from diklat_cli.sources import exports
from tests.test_cli import (  # noqa: F401  (fixtures)
    Cli,
    _isolated,
    cli,
    empty,
    no_traceback,
    prepared,
)


def _records(cli: Cli) -> list[dict]:
    return [json.loads(line) for line in cli.ok("export", "--jsonl").stdout.splitlines()]


def _padded(cli: Cli, count: int) -> list[dict]:
    records = _records(cli)
    out = []
    for i in range(count):
        r = dict(records[i % len(records)])
        r["id"] = f"{i:012x}"
        r["provenance"] = {**r["provenance"], "sha256": f"{i:064x}"}
        out.append(r)
    return out


def _as(kind: str, records: list[dict]) -> bytes:
    if kind == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    return json.dumps({"format": "diklat-export", "version": 1, "visits": records}, indent=2).encode("utf-8")


@pytest.fixture
def other(cli, tmp_path) -> Cli:
    return Cli(cli.home, cli.home / "other" / "store.json", cli.config)


@pytest.mark.parametrize("kind", ["jsonl", "json"])
@pytest.mark.parametrize("how", ["file", "folder", "stdin"])
def test_an_export_far_over_the_article_limit_imports_back(cli, other, tmp_path, kind, how, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    data = _as(kind, _padded(cli, 400))
    limit = {"DIKLAT_MAX_BYTES": str(len(data) // 10)}  # the article limit: far under the export
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / f"big.{kind}"
    path.write_bytes(data)
    if how == "stdin":
        result = other("import", "-", input=data, env=limit)
    else:
        result = other("import", path if how == "file" else folder, env=limit)
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert "imported 400 visits" in result.stderr
    assert len(other.visits()) == 400
    assert list((tmp_path / "tmp").iterdir()) == []  # stdin's temporary copy is gone


@pytest.mark.parametrize("kind", ["jsonl", "csv", "json"])
def test_an_empty_export_on_stdin_is_an_empty_import(empty, kind):
    exported = empty.ok("export", f"--{kind}").stdout.encode("utf-8")
    for data, told in ((exported, ["--format", kind]), (b"", ["--format", kind]), (exported, [])):
        if not data and not told:
            continue
        result = empty("import", "-", *told, input=data)
        no_traceback(result)
        assert result.exit_code == 0, (kind, data, result.stderr)
        assert "damaged" not in result.stderr and "not a valid" not in result.stderr and "empty" not in result.stderr
        assert empty.visits() == []


def test_format_reads_stdin_as_that_export(cli, other):
    data = _as("jsonl", _padded(cli, 3))
    result = other("import", "-", "--format", "jsonl", input=data)
    assert result.exit_code == 0, result.stderr
    assert len(other.visits()) == 3
    # JSONL said to be CSV: one line, no traceback
    bad = other("import", "-", "--format", "csv", input=_as("jsonl", _padded(cli, 4)))
    no_traceback(bad)
    assert bad.exit_code == 1
    assert [line for line in bad.stderr.splitlines() if line.startswith("error:")]


def test_an_article_on_stdin_keeps_the_article_limit(empty):
    article = ("Peserta PKA melakukan studi lapangan ke Kota Makassar. " * 2000).encode()
    result = empty("import", "-", input=article, env={"DIKLAT_MAX_BYTES": str(len(article) // 2)})
    no_traceback(result)
    assert result.exit_code == 1 and "too large" in result.stderr


class _Counting(io.RawIOBase):
    """A stream that counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        self.inner = io.BytesIO(data)
        self.read_so_far = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.inner.readinto(buffer)
        self.read_so_far += n
        return n


@pytest.mark.parametrize("kind", ["jsonl", "json", "csv"])
def test_an_export_is_read_a_record_at_a_time(cli, kind):
    if kind == "csv":
        data = cli.ok("export", "--csv", "--no-bom").stdout.encode("utf-8")
        header, row = data.split(b"\n", 2)[:2]
        data = header + b"\n" + (row + b"\n") * 30_000
    else:
        data = _as(kind, _padded(cli, 3_000))
    stream = _Counting(data)
    entries = exports.iter_entries(io.BufferedReader(stream), kind)
    where, record = next(entries)
    assert not isinstance(record, str), record
    assert stream.read_so_far < len(data) // 2  # the first record came before the file was read
    assert sum(1 for _ in entries) + 1 == (30_000 if kind == "csv" else 3_000)


@pytest.mark.parametrize(
    "doc",
    [
        {"format": "diklat-export", "version": 1, "visits": []},
        {"version": 1, "visits": [], "format": "diklat-export"},
        {"visits": [], "format": "diklat-export", "version": 1, "note": {"a": [1, 2, {"b": "]}"}]}},
    ],
)
def test_the_streamed_json_reader_takes_any_order_of_keys(doc):
    for text in (json.dumps(doc), json.dumps(doc, indent=2)):
        assert exports.read_entries(text.encode(), "json") == []


@pytest.mark.parametrize(
    "text, says",
    [
        ('{"format": "diklat-export", "version": 1}', '"visits" is not a list'),
        ('{"format": "diklat-export", "version": 1, "visits": {}}', '"visits" is not a list'),
        ('{"format": "other", "version": 1, "visits": []}', "not a diklat export"),
        ('{"format": "diklat-export", "version": 9, "visits": []}', "unsupported diklat export version"),
        ('{"format": "diklat-export", "version": 1, "visits": [1, ]}', "not valid JSON"),
        ('{"format": "diklat-export", "version": 1, "visits": []} x', "not valid JSON"),
        ('{"format": "diklat-export", "version": 1, "visits": [', "not valid JSON"),
        ('{"format": "diklat-export", "version": 1, "visits": [' + "[" * 100_000, "not valid JSON"),
    ],
)
def test_a_damaged_json_export_is_one_reason(text, says):
    with pytest.raises(ValueError) as raised:
        exports.read_entries(text.encode(), "json")
    assert says in str(raised.value) and "\n" not in str(raised.value)


def test_importing_an_export_holds_its_records_as_lines_not_models(cli, other, tmp_path):
    """A 100,000-visit export took ~3 GB to import: every checked record was held as a model
    (~20 KB each) until stored. Held as the lines the store writes (~2 KB), the peak stays a
    small multiple of the file (measured by allocation tracing, not by time)."""
    import tracemalloc

    path = tmp_path / "big.jsonl"
    data = _as("jsonl", _padded(cli, 1500))
    path.write_bytes(data)
    tracemalloc.start()
    try:
        result = other.ok("import", path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "imported 1500 visits" in result.stderr
    assert len(other.visits()) == 1500
    assert peak < 4 * len(data), (peak, len(data))


def test_a_big_export_is_told_as_it_is_read(cli, other, tmp_path, monkeypatch):
    """One input of 100,000 visits is read for most of a minute: a line on stderr says how
    far (after a second; here at once; written once into a pipe, in place on a terminal)."""
    from diklat_cli.output import console

    monkeypatch.setattr(console.BuildProgress.__init__, "__defaults__", (0.0,))
    path = tmp_path / "big.jsonl"
    path.write_bytes(_as("jsonl", _padded(cli, 4500)))
    result = other.ok("import", path)
    told = [line for line in result.stderr.splitlines() if line.startswith("diklat: reading the export…")]
    assert told and told[0].endswith("%"), result.stderr
