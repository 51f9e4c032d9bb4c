"""The index room: a derived SQLite cache of the store, for list, show, stats and export.

It builds from the store file's lines (store.fileformat) and the record contract
(schema.py), never from the Store class: the store tells it of its writes through
store.sink.IndexSink, which SQLITE_INDEX implements.

  build.py   where it lives, building it, keeping it up to date, merged visits
  lines.py   store lines into table rows (the checks that spare pydantic)
  read.py    rows that read like records, filtering, sorting, stats
  records.py full records, and what list/export write (stored lines, CSV columns), streamed
"""

from diklat_cli.index.build import (
    BUILD_ON_WRITE_MAX,
    INDEX_VERSION,
    SQLITE_INDEX,
    Lookup,
    StoreFile,
    StoreIndex,
    append_after_write,
    count,
    discard,
    existing_articles,
    existing_ids,
    imported,
    index_path,
    laid_out,
    refresh,
    rewrite_after_write,
    snapshot,
    update_after_write,
    verify,
)
from diklat_cli.index.read import (
    RowProvenance,
    VisitRow,
    find,
    merged_visit,
    rows,
    selected,
    stats_tables,
)
from diklat_cli.index.records import (
    export_rows,
    iter_record_json,
    iter_records,
    records,
    selected_count,
    selected_json,
)
from diklat_cli.schema import SORT_FIELDS
from diklat_cli.store.fileformat import content_fingerprint as fingerprint  # what the index records

__all__ = [
    "BUILD_ON_WRITE_MAX",
    "INDEX_VERSION",
    "Lookup",
    "RowProvenance",
    "SORT_FIELDS",
    "SQLITE_INDEX",
    "StoreFile",
    "StoreIndex",
    "VisitRow",
    "append_after_write",
    "count",
    "discard",
    "existing_articles",
    "existing_ids",
    "export_rows",
    "find",
    "fingerprint",
    "imported",
    "index_path",
    "iter_record_json",
    "iter_records",
    "laid_out",
    "merged_visit",
    "records",
    "refresh",
    "rewrite_after_write",
    "rows",
    "selected",
    "selected_count",
    "selected_json",
    "snapshot",
    "stats_tables",
    "update_after_write",
    "verify",
]
