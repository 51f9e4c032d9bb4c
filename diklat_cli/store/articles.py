"""Article texts kept beside the store, `<stem>.articles/<sha256>.txt`, for `show --evidence`.

Exactly the text that was extracted: evidence spans are offsets into it.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import cast

from diklat_cli.errors import StoreError
from diklat_cli.i18n import gettext as _
from diklat_cli.store.durable import fsync_dir, fsync_file, replace_file, write_temp

__all__ = ["SHA_RE", "ArticleTexts"]

SHA_RE = re.compile(r"[0-9a-f]{64}")


class ArticleTexts:
    """The folder of article texts of one store."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, sha: str) -> Path:
        if not SHA_RE.fullmatch(sha):
            raise StoreError(f"not a sha256 digest: {sha!r}")
        return self.folder / f"{sha}.txt"

    def save(self, sha: str, text: str) -> None:
        """Keep the article's text (exactly: evidence spans index into it)."""
        self.save_many({sha: text})

    def save_many(self, texts: dict[str, str]) -> None:
        """Keep the texts of many articles ({sha256: text}), each file whole or not at all.

        Every file is written before any is synced, and they are synced by several threads
        at once: the file system then commits them in a few groups (ext4's journal, APFS), where
        one sync after another made a 10,000-article import wait 3-7 ms per article."""
        pending: list[tuple[Path, bytes]] = []
        done: list[tuple[Path | None, Path]] = []  # (temp file until renamed, final path)
        path = self.folder
        try:
            for sha, text in texts.items():
                path = self.path(sha)
                content = text.encode("utf-8")
                if not (path.exists() and path.read_bytes() == content):
                    pending.append((path, content))
            if not pending:
                return
            self.folder.mkdir(parents=True, exist_ok=True)
            for path, content in pending:
                done.append((write_temp(path, content, sync=False), path))
            for _tmp, path, error in _sync_all(done):  # noqa: B007  (path names the file below)
                raise error
            for n, (tmp, path) in enumerate(done):
                replace_file(cast(Path, tmp), path)
                done[n] = (None, path)
        except OSError as e:
            raise StoreError(
                _("could not save article text {path}: {reason}").format(path=path, reason=e.strerror or e)
            ) from None
        finally:
            for tmp, _final in done:
                if tmp is not None:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
        fsync_dir(self.folder)

    def text(self, sha: str) -> str | None:
        path = self.path(sha)
        try:
            return path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as e:
            raise StoreError(_("cannot read article text {path}: {reason}").format(path=path, reason=e)) from None


_SYNC_THREADS = 16


def _sync_all(files: list[tuple[Path | None, Path]]) -> list[tuple[Path, Path, OSError]]:
    """fsync every temporary file of (temp, final) pairs, several at once (a sync waits for
    the disk, not for Python); the pairs whose sync failed, with the error."""

    def sync(pair: tuple[Path | None, Path]) -> tuple[Path, Path, OSError] | None:
        tmp, final = cast(Path, pair[0]), pair[1]
        try:
            fsync_file(tmp)
        except OSError as e:
            return tmp, final, e
        return None

    if len(files) < 2:
        results = [sync(pair) for pair in files]
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=min(_SYNC_THREADS, len(files))) as pool:
            results = list(pool.map(sync, files))
    return [r for r in results if r is not None]
