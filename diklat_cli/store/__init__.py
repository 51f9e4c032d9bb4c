"""The store room: the JSON store file, its backups and article texts.

  store.py       Store: lock, load, transaction, append, backups, undo, restore, check
  document.py    StoreData in memory; parsing and diagnosing the file's bytes
  fileformat.py  the sole owner of the file's byte layout (stdlib only)
  durable.py     atomic, synced writes
  articles.py    article texts beside the store
  sink.py        IndexSink: what the store tells its derived index

`Store` and friends are imported from store.py on first use, so that the index can read
fileformat.py without loading pydantic.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SCHEMA_VERSION", "ArticleEntry", "Store", "StoreData", "StoreError", "default_store_path"]


def __getattr__(name: str) -> Any:
    if name == "SCHEMA_VERSION":
        from diklat_cli.store import fileformat

        return fileformat.SCHEMA_VERSION
    if name in __all__:
        from diklat_cli.store import store

        return getattr(store, name)
    raise AttributeError(f"module 'diklat_cli.store' has no attribute {name!r}")
