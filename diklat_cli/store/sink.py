"""What the store tells its derived index, and asks of it: a small interface, so that the
store and the index (diklat_cli.index) never import each other's insides.

The store calls these around its own writes. The index is a cache: when telling it fails,
the store deletes it (`discard`) and the next reader rebuilds it from the store file.
"""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path
from typing import Any, Protocol

__all__ = ["IndexSink", "StoreSource"]


class StoreSource(Protocol):
    """A store as the index sees it: where its file is, and a load() that reports (raises
    the StoreError of) a file that cannot be read."""

    path: Path

    def load(self) -> Any: ...


class IndexSink(Protocol):
    def imported(self, store: StoreSource) -> tuple[Container[str], Container[str]]:
        """(sha256 of imported articles, links they were fetched from), each with `in` and
        an `add` for this run's own; raises the StoreError of a store that does not load."""
        ...

    def can_append(self, store: StoreSource, ids: list[str], shas: list[str]) -> bool:
        """Whether visits with these ids and articles with these sha256 can be appended to
        the store file as it is (laid out as diklat writes it, none of them there yet)."""
        ...

    def written(
        self,
        store: StoreSource,
        data: Any,
        visit_lines: list[bytes],
        old_lines: set[bytes],
        old_fingerprint: tuple | None,
    ) -> None:
        """The store file was rewritten with `data` (whose visits' lines are `visit_lines`);
        `old_lines` and `old_fingerprint` describe the file before (fileformat's
        content_fingerprint: size, mtime, inode and a digest of its content)."""
        ...

    def appended(
        self,
        store: StoreSource,
        visit_lines: list[bytes],
        articles: dict[str, str | None],
        old_fingerprint: tuple | None,
    ) -> None:
        """These visit lines and articles ({sha256: url}) were appended to the store file."""
        ...

    def visit_lines(self, store: StoreSource, ids: list[str]) -> tuple[dict[str, tuple[int, bytes]], int] | None:
        """({id: (position, line)} of those of these visits that the store file has, its
        number of articles), or None when the file is not laid out as diklat writes it."""
        ...

    def rewritten(
        self,
        store: StoreSource,
        replaced: dict[str, bytes],
        deleted: list[str],
        articles: list[str],
        old_fingerprint: tuple | None,
    ) -> None:
        """The store file was written with the lines of these visits ({id: line}) moved to
        its end, these visits and the articles with these sha256 taken out (Store.rewrite)."""
        ...

    def discard(self, store: StoreSource) -> None:
        """Forget everything (delete the index); never fails."""
        ...
