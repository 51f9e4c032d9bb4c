"""Durable writes: a crash leaves either the old file or the new one, never half of one.

Files are written beside their target, synced, then renamed over it, and the folder is
synced so the rename itself survives a crash. Content is bytes or a list of pieces (bytes,
or (start, end) byte ranges of a source file, copied by the kernel where it can).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "atomic_write",
    "atomic_write_bytes",
    "fsync_dir",
    "fsync_file",
    "remove_stale_temps",
    "replace_file",
    "write_temp",
]


STALE_TEMP_S = 3600.0  # a temporary file untouched this long belongs to a killed command


def remove_stale_temps(folder: Path, pattern: str, *, older_than: float = STALE_TEMP_S) -> int:
    """Remove files in `folder` whose names fully match the regular expression `pattern`
    and that were not touched for `older_than` seconds (0: any); returns how many."""
    import re

    wanted = re.compile(pattern)
    now = time.time()
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not wanted.fullmatch(entry.name):
            continue
        with contextlib.suppress(OSError):
            if older_than <= 0 or now - entry.stat(follow_symlinks=False).st_mtime > older_than:
                os.unlink(entry.path)
                removed += 1
    return removed


def atomic_write_bytes(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write `data` (bytes, or chunks of bytes written as they come) to `path` durably."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    import re

    # what an export or a report killed while writing this same file left
    remove_stale_temps(path.parent, rf"\.{re.escape(path.name)}\.[A-Za-z0-9_]{{8}}\.tmp")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); an exported file gets the usual permissions
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        with os.fdopen(fd, "wb") as handle:
            for chunk in (data,) if isinstance(data, (bytes, bytearray, memoryview)) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_temp(target: Path, content: bytes | list, *, sync: bool = True, source: Path | None = None) -> Path:
    """Write `content` durably (unless not `sync`) to a new file beside `target`; the
    caller renames it. `content` is bytes or a list of pieces: bytes, or (start, end)
    byte ranges of the file `source`, copied without holding them in memory."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o666)
    try:
        with os.fdopen(fd, "wb", buffering=0) as f, contextlib.ExitStack() as stack:
            src = None
            for piece in content if isinstance(content, list) else (content,):
                if isinstance(piece, tuple):
                    if src is None:
                        src = stack.enter_context(open(source, "rb", buffering=0))  # type: ignore[arg-type]
                    copy_range(src, f, *piece)
                else:
                    write_all(f, piece)
            if sync:
                os.fsync(f.fileno())
        with contextlib.suppress(OSError):  # keep the old file's permissions
            os.chmod(tmp, os.stat(target).st_mode & 0o7777)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def write_all(f, data) -> None:
    view = memoryview(data)
    while view:
        view = view[f.write(view) :]


def copy_range(src, dst, start: int, end: int) -> None:
    """Append bytes start..end of the file `src` to `dst` (both unbuffered)."""
    pos = start
    if hasattr(os, "copy_file_range"):  # Linux: copied by the kernel, not through Python
        with contextlib.suppress(OSError):  # not supported between these files: copy below
            while pos < end:
                copied = os.copy_file_range(src.fileno(), dst.fileno(), end - pos, pos)
                if copied == 0:
                    break
                pos += copied
    src.seek(pos)
    while pos < end:
        chunk = src.read(min(end - pos, 1 << 20))
        if not chunk:
            raise OSError(f"{src.name} became shorter while being copied")
        write_all(dst, chunk)
        pos += len(chunk)


def replace_file(src: Path, dst: Path) -> None:
    # Windows refuses to replace a file another process is reading: retry briefly.
    for attempt in range(20):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 19:
                raise
            time.sleep(0.05)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows syncs only writable handles
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way.
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(target: Path, content: bytes | list, source: Path | None = None) -> None:
    """Replace `target` with `content` (see write_temp) whole or not at all."""
    tmp = write_temp(target, content, source=source)
    try:
        replace_file(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)
