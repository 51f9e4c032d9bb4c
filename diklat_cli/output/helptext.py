"""The language of a run, chosen before the command line is parsed, and `--help` in it: the
command line's own help texts, and typer's words around them ("Usage:", "Options").

The help texts are written in cli.py as `help=N_("…")`, so they are English msgids when
typer builds its commands; `translate()` puts each through the catalogue once the run's
language is known (the root group does it before parsing, so `--help` anywhere on the
line is translated). Typer and click write their section titles themselves; `translate()`
gives every command a help formatter that puts those through the catalogue too.

Click's usage errors ("Error: No such option: --provinse") are sentences click builds with
f-strings, so they cannot be looked up whole: `usage_error()` reads them back against the
sentence shapes click uses (USAGE_SENTENCES) and writes each in the user's language, the
names and values in it unchanged. A sentence of a shape not listed stays English.
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
# The sentences click and typer write for a command line they cannot parse, as they write them;
# each {name} is a value taken over unchanged. `_sentence()` matches against these msgids.
USAGE_SENTENCES = (
    N_("No such option: {option}"),
    N_("No such command {name}."),
    N_("Missing command."),
    N_("Missing argument {name}."),
    N_("Missing option {name}."),
    N_("Missing parameter {name}."),
    N_("Got unexpected extra argument(s) ({arguments})"),
    N_("Got unexpected extra argument ({arguments})"),
    N_("Got unexpected extra arguments ({arguments})"),
    N_("Option {option} requires an argument."),
    N_("Option {option} requires {count} arguments."),
    N_("Option {option} does not take a value."),
    N_("Invalid value for {name}: {message}"),
    N_("Invalid value: {message}"),
    N_("Value {value} is not a valid {kind}."),
    N_("{value} is not a valid integer."),
    N_("{value} is not a valid float."),
    N_("{value} is not a valid boolean."),
    N_("{value} is not one of {choices}."),
    N_("{value} is not in the range {range}."),
    N_("Input should be a valid integer, unable to parse string as an integer"),
    N_("Input should be a valid number, unable to parse string as a number"),
    N_("Input should be a valid date or datetime, {reason}"),
)
# Suffixes click and typer add after a sentence.
_POSSIBLE = re.compile(r"^(?P<head>.*) \(Possible options: (?P<options>.+)\)$", re.S)
_DID_YOU_MEAN = re.compile(r"^(?P<head>.*)\. Did you mean (?P<suggestions>.+)\?$", re.S)
_DEFAULT = "default: "
_PLACEHOLDER = re.compile(r"<[a-z ]+>")


class Language(str, enum.Enum):
    """The values of --lang and --headers."""

    id = "id"
    en = "en"


def lang_first(args: Sequence[str]) -> list[str]:
    """The command line with `--lang X` moved before the command: users write it where they
    think of it (`diklat list --lang id`), and it is the whole run's option, not a command's.
    What follows `--` is left alone."""
    words = list(args)
    moved: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            break
        if word == "--lang" and i + 1 < len(words):
            moved += words[i : i + 2]
            del words[i : i + 2]
        elif word.startswith("--lang="):
            moved.append(words.pop(i))
        else:
            i += 1
    return moved + words


def _lang_option(args: Sequence[str]) -> str | None:
    """The value of `--lang` (its last one), read before click parses the line: the language
    must be known before any help text is printed."""
    value = None
    words = iter(args)
    for word in words:
        if word == "--":
            break
        if word == "--lang":
            value = next(words, None)
        elif word.startswith("--lang="):
            value = word[len("--lang=") :]
    return value


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


def _pattern(template: str) -> re.Pattern[str]:
    """A sentence shape as a pattern: the text as written, each {name} any run of characters."""
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(regex, re.S)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = []


def usage_sentence(text: str) -> str:
    """One of click's usage-error sentences in the user's language (English when its shape is
    not one of USAGE_SENTENCES). A sentence inside another ("Invalid value for '--year':
    'x' is not a valid integer.") is translated as well."""
    if i18n.language() == i18n.DEFAULT:
        return text
    if match := _DID_YOU_MEAN.match(text):
        head = usage_sentence(match["head"] + ".")
        return head + " " + _("Did you mean {suggestions}?").format(suggestions=match["suggestions"])
    if match := _POSSIBLE.match(text):
        head = usage_sentence(match["head"])
        return head + " " + _("(Possible options: {options})").format(options=match["options"])
    if not _PATTERNS:
        _PATTERNS.extend((template, _pattern(template)) for template in USAGE_SENTENCES)
    for template, pattern in _PATTERNS:
        if match := pattern.fullmatch(text):
            values = match.groupdict()
            if "message" in values:
                values["message"] = usage_sentence(values["message"])
            return _(template).format(**values)
    return text


# click's UsageError, whichever click typer brings (typer exports only its subclass BadParameter)
UsageError: Any = next(cls for cls in typer.BadParameter.__mro__ if cls.__name__ == "UsageError")


class TranslatedUsageError(UsageError):
    """A usage error that shows itself in the user's language: the usage line, the hint
    and the sentence, as click lays them out; click leaves with its exit status (2)."""

    def __init__(self, error: Any) -> None:
        super().__init__(usage_sentence(error.format_message()), error.ctx)
        self.exit_code = error.exit_code

    def format_message(self) -> str:
        return str(self.message)

    def show(self, file: Any = None) -> None:
        import sys

        out = sys.stderr if file is None else file
        ctx = self.ctx
        if ctx is not None:
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                command = f"{ctx.command_path} {ctx.help_option_names[0]}"
                hint = _("Try '{command}' for help.").format(command=command) + "\n"
            print(f"{ctx.get_usage()}\n{hint}", file=out)
        print(_("Error: {message}").format(message=self.message), file=out)


def usage_error(error: Any) -> Any:
    """`error` (click's UsageError) as it should reach the user: in English click's own, else
    one that speaks the user's language. The help screen click shows for a bare group is left alone."""
    if type(error).__name__ == "NoArgsIsHelpError" or i18n.language() == i18n.DEFAULT:
        return error
    return TranslatedUsageError(error)
