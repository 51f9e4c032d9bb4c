"""The console: colour or not, text made safe for a terminal, and where output goes.

Data goes to stdout, messages to stderr. Text that comes from articles passes through
`safe()`, so an article cannot move the cursor, recolour or clear the terminal.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from functools import cache
from typing import Any

from diklat_cli.i18n import gettext as _

__all__ = [
    "BAR_FROM",
    "BuildProgress",
    "console_options",
    "err",
    "one_line",
    "out",
    "plain",
    "print_json",
    "progress",
    "safe",
    "write_bytes",
    "write_chunks",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(value) -> str:
    """Article text made harmless for a terminal: control and bidi characters removed."""
    return "" if value is None else _CONTROL.sub("", str(value))


def plain() -> bool:
    """No escape codes at all: NO_COLOR (https://no-color.org) or `color = never`."""
    from diklat_cli import config

    return bool(os.environ.get("NO_COLOR")) or config.get("color") == "never"


def console_options(stderr: bool = False) -> dict:
    from diklat_cli import config

    kwargs: dict[str, Any] = {"stderr": stderr, "highlight": False}
    if plain():
        kwargs["color_system"] = None  # no colour, and no bold or underline either
    elif config.get("color") == "always":
        kwargs["force_terminal"] = True
    return kwargs


@cache
def _console(stderr: bool = False):
    from rich.console import Console

    return Console(**console_options(stderr))


def out():
    return _console(False)


def err():
    return _console(True)


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")


def write_bytes(payload: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()


def write_chunks(chunks, *, text: bool = False) -> None:
    """Write UTF-8 byte chunks to stdout as they come; `text`: through the text layer, as
    print_json writes (line ends as the platform's), else as bytes, as write_bytes."""
    sys.stdout.flush()
    if text:
        for chunk in chunks:
            sys.stdout.write(chunk.decode("utf-8"))
        sys.stdout.flush()
        return
    for chunk in chunks:
        sys.stdout.buffer.write(chunk)
    sys.stdout.buffer.flush()


BAR_FROM = 20  # inputs from which an import shows a bar of them


@contextlib.contextmanager
def progress(total: int, label: str, threshold: int = BAR_FROM):
    """A progress bar on stderr when there are many inputs; yields a per-item callback."""
    if total < threshold or not err().is_terminal:
        yield lambda outcome: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err(), transient=True
    ) as bar:
        task = bar.add_task(label, total=total)
        yield lambda outcome: bar.advance(task)


# ---------------------------------------------------------------- JSON shapes


def one_line(value) -> str:
    """`safe()` text on one line: a file name with a newline must not split a message."""
    return " ".join(safe(value).split())


class BuildProgress:
    """A progress line on stderr for long work told `(done, total)` now and then (building
    the index of a big store): nothing for the first second, then "diklat: LABEL… 40%",
    rewritten in place on a terminal and written once elsewhere, ended when the work is."""

    def __init__(self, label: str, after_s: float = 1.0) -> None:
        import time

        self.label = label
        self._clock = time.monotonic
        self._start = self._clock()
        self._after = after_s
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        if self._clock() - self._start < self._after:
            return
        stream = sys.stderr
        tty = stream.isatty()
        if self._shown and not tty:
            return
        percent = f" {min(99, 100 * done // total)}%" if total else ""
        stream.write(("\r" if tty else "") + f"diklat: {self.label}…{percent}" + ("" if tty else "\n"))
        stream.flush()
        self._shown = True

    def __enter__(self) -> BuildProgress:
        return self

    def __exit__(self, *exc) -> None:
        if self._shown and sys.stderr.isatty():
            done = _("done in {seconds} s").format(seconds=f"{self._clock() - self._start:.1f}")
            sys.stderr.write(f"\rdiklat: {self.label}… {done}\n")
            sys.stderr.flush()
