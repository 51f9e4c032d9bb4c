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

        Every file is written before any is synced: the first fsync then flushes them all
        in one go on most file systems, where a sync per file made a 10,000-article import
        wait 7 ms per article."""
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
            for tmp, path in done:  # noqa: B007  (path names the file in the error below)
                fsync_file(cast(Path, tmp))  # every temp file is there until renamed
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
