"""The exceptions the library raises for the user to read, and the exit statuses.

Library code raises a `DiklatError` and never exits; the command line (cli.py) has one
error boundary that prints `diklat: <message>` on stderr and leaves with the error's
`status`. `ExitStatus` is the only place exit codes are defined (the README lists them).

Standard library and i18n (which imports only `os`) only, so that catching one of these
imports nothing heavy.
"""

from __future__ import annotations

import enum
from pathlib import Path

from diklat_cli.i18n import gettext as _

__all__ = [
    "ConfigError",
    "DiklatError",
    "ExitStatus",
    "FilterError",
    "NothingToUndo",
    "NotFound",
    "StoreDamaged",
    "StoreError",
    "StoreTooNew",
    "UsageError",
]


class ExitStatus(enum.IntEnum):
    OK = 0
    SOME_FAILED = 1  # some inputs could not be used, or a file could not be written
    USAGE = 2  # a wrong option or argument; nothing was done
    STORE = 3  # the store cannot be read or written; nothing was changed
    DECLINED = 1  # the user said no at a prompt (delete); nothing was done
    TOO_COMPLEX = 4  # an article too long or too complex for one news report was given up; the rest was done
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)


class DiklatError(Exception):
    """A problem said in one line for the user; `status` is the exit status it leads to."""

    status: ExitStatus = ExitStatus.SOME_FAILED


class ConfigError(DiklatError):
    """The settings file cannot be read or is not valid TOML."""

    status = ExitStatus.SOME_FAILED


class FilterError(DiklatError):
    """A filter value (--province, --regency, --since...) that names nothing diklat knows."""

    status = ExitStatus.USAGE


class StoreError(DiklatError):
    """A problem with the store, said in one line for the user."""

    status = ExitStatus.STORE

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class StoreTooNew(StoreError):
    """The store file was written by a newer diklat: the fix is a newer diklat, never going
    back to an older backup."""

    def __init__(self, path: Path, what: str, readable: int) -> None:
        self.path = path
        message = _(
            "store file {path} {what}, but this diklat reads only up to version {readable}: upgrade diklat to use it"
        )
        super().__init__(message.format(path=path, what=what, readable=readable))


class StoreDamaged(StoreError):
    """The store file cannot be read as a store; diklat will not write over it.

    The way out depends on whether backups exist, so the error carries that and says it:
    `diklat doctor --restore` goes back to the newest good backup."""

    def __init__(self, path: Path, what: str, detail: str, *, has_backups: bool) -> None:
        self.path = path
        self.has_backups = has_backups
        if has_backups:
            advice = _("run `diklat doctor --restore` to go back to the last good backup")
        else:
            advice = _("move it away to start an empty store")
        more = f" ({detail})" if detail else ""
        message = _("store file {path} {what}: diklat will not write over it; {advice}")
        super().__init__(message.format(path=path, what=what, advice=advice) + more)


class NotFound(StoreError):
    """No visit has the id (or prefix) the user gave, or more than one has: a usage error,
    not a problem of the store."""

    status = ExitStatus.USAGE


class NothingToUndo(StoreError):
    """`undo` with no backup left: the user asked for what is not there."""

    status = ExitStatus.USAGE


class UsageError(DiklatError):
    """The user asked for something diklat will not do (e.g. write an export over the
    store); nothing was done."""

    status = ExitStatus.USAGE
