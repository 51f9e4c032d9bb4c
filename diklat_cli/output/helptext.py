"""The language of a run, chosen before the command line is parsed, and `--help` in it: the
command line's own help texts, and typer's words around them ("Usage:", "Options").

The help texts are written in cli.py as `help=N_("…")`, so they are English msgids when
typer builds its commands; `translate()` puts each through the catalogue once the run's
language is known (the root group does it before parsing, so `--help` anywhere on the
line is translated). Typer and click write their section titles themselves; `translate()`
gives every command a help formatter that puts those through the catalogue too. Click's
usage errors ("Error: No such option") stay English: they are written inside click with
no hook to reach them.
"""

from __future__ import annotations

import contextlib
import enum
import re
from collections.abc import Sequence
from typing import Any

import typer

from diklat_cli import i18n
from diklat_cli.i18n import N_
from diklat_cli.i18n import gettext as _

# Typer's and click's own words in a help screen, marked here so the catalogue holds them.
CHROME = (
    N_("Usage: "),
    N_("Arguments"),
    N_("Options"),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("required"),
    N_("default: {default}"),
    # Translators: typer's placeholders for an option's value, as in "--year <int>"
    N_("<str>"),
    N_("<int>"),
    N_("<int range>"),
    N_("<path>"),
    N_("Install completion for the current shell."),
    N_("Show completion for the current shell, to copy it or customize the installation."),
)
_DEFAULT = "default: "
_PLACEHOLDER = re.compile(r"<[a-z ]+>")


class Language(str, enum.Enum):
    """The values of --lang and --headers."""

    id = "id"
    en = "en"


def _lang_option(args: Sequence[str]) -> str | None:
    """The value of `--lang` among the options before the command, read before click parses
    them: the language must be known before any help text is printed."""
    words = iter(args)
    for word in words:
        if word == "--lang":
            return next(words, None)
        if word.startswith("--lang="):
            return word[len("--lang=") :]
        if word == "--store":
            next(words, None)
        elif word == "--" or not word.startswith("-"):
            break  # the command: what follows is its own
    return None


def choose_language(args: Sequence[str]) -> str:
    """The language of this run: --lang, else the setting ui.language, else the locale."""
    option = _lang_option(args)
    setting = None
    if i18n.normalise(option) is None:
        from diklat_cli import config
        from diklat_cli.errors import ConfigError

        # a config that cannot be read: the command that needs it says what is wrong
        with contextlib.suppress(ConfigError):
            setting = config.get("ui.language")
    return i18n.use(option, setting)


def _extras(text: str) -> str:
    """Typer's "[default: date; required]" with each part in the user's language."""
    parts = []
    for part in text.split("; "):
        if part.startswith(_DEFAULT):
            parts.append(_("default: {default}").format(default=part[len(_DEFAULT) :]))
        else:
            parts.append(_(part))
    return "; ".join(parts)


def _placeholders(term: str) -> str:
    """An option as typer names it ("--year <int>"), its placeholder in the user's language."""
    return _PLACEHOLDER.sub(lambda match: _(match.group(0)), term)


def help_line(text: str) -> str:
    """One option's help as typer wrote it ("Sort order.  [default: date]"), translated."""
    if text.startswith("[") and text.endswith("]"):
        return f"[{_extras(text[1:-1])}]"
    body, sep, extra = text.rpartition("  [")
    if not sep or not text.endswith("]"):
        return _(text)
    return f"{_(body)}  [{_extras(extra[:-1])}]"


# click's formatter, whichever click typer brings (its own copy since typer 0.20)
_ClickFormatter: Any = typer.Context.formatter_class


class _Formatter(_ClickFormatter):
    """Click's help formatter, with its headings in the user's language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, _("Usage: ") if prefix is None else prefix)

    def section(self, name: str) -> Any:
        return super().section(_(name))

    def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:
        rows = [(_placeholders(term), help_line(text) if text else text) for term, text in rows]
        super().write_dl(rows, *args, **kwargs)


class Context(typer.Context):
    formatter_class = _Formatter


def translate(command: Any) -> None:
    """Put the help texts of `command` and all its subcommands into the run's language,
    and give each the formatter above. Called once per run, before parsing."""
    if command.help:
        command.help = _(command.help)
    for param in command.params:
        if getattr(param, "help", None):
            param.help = _(param.help)
    command.context_class = Context
    for sub in getattr(command, "commands", {}).values():
        translate(sub)
