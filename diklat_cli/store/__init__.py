"""The store room: the JSON store file, its backups and article texts (see store.store)."""

from diklat_cli.store.store import SCHEMA_VERSION, ArticleEntry, Store, StoreData, StoreError, default_store_path

__all__ = ["SCHEMA_VERSION", "ArticleEntry", "Store", "StoreData", "StoreError", "default_store_path"]
