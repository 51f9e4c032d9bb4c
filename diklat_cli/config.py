"""Settings and paths: the store's path, and user settings kept as TOML in the user's config
folder (`diklat config`). Raises ConfigError or KeyError/ValueError, never exits."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from diklat_cli.errors import ConfigError
from diklat_cli.i18n import gettext as _

# name → (type, default, help)
KNOWN: dict[str, tuple[type, object, str]] = {
    "store.path": (str, None, "store file (DIKLAT_STORE and --store win over it)"),
    "export.format": (str, "csv", "default format of `diklat export`: csv, json, jsonl or xlsx"),
    "export.excel": (bool, False, "CSV with a BOM and CRLF for Excel"),
    "export.sep": (str, ",", "CSV separator: , or ; (Excel in Indonesian settings) or tab"),
    "color": (str, "auto", "auto, always or never (NO_COLOR is always respected)"),
    "import.max_bytes": (int, 5 * 1024 * 1024, "largest input file read, in bytes"),
    "ui.language": (str, None, "id or en: messages, tables and help (--lang wins; unset: the locale)"),
}
_CHOICES = {
    "export.format": {"csv", "json", "jsonl", "xlsx"},
    "export.sep": {",", ";", "tab"},
    "color": {"auto", "always", "never"},
    "ui.language": {"id", "en"},
}


def default_store_path() -> Path:
    """`$DIKLAT_STORE`, else store.json in the user's data folder."""
    env = os.environ.get("DIKLAT_STORE")
    if env:
        return Path(env).expanduser()
    import platformdirs  # lazy: start-up time

    return platformdirs.user_data_path("diklat", appauthor=False) / "store.json"


def config_path() -> Path:
    env = os.environ.get("DIKLAT_CONFIG")
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_config_path("diklat") / "config.toml"


@cache
def _load() -> dict:
    path = config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(_("cannot read config {path}: {reason}").format(path=path, reason=exc.strerror)) from None
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(_("config {path} is not valid TOML: {reason}").format(path=path, reason=exc)) from None
    flat: dict = {}
    for section, values in data.items():
        if isinstance(values, dict):
            for k, v in values.items():
                flat[f"{section}.{k}"] = v
        else:
            flat[section] = values
    return flat


def get(key: str, strict: bool = False):
    if key not in KNOWN:
        if strict:
            raise KeyError(_("unknown setting '{key}'; known: {known}").format(key=key, known=", ".join(KNOWN)))
        return None
    flat = _load()
    if key not in flat:
        return KNOWN[key][1]
    return _checked(key, flat[key])


_TYPE_WORDS = {bool: "true or false", int: "a whole number above 0", str: "text in quotes"}


def _checked(key: str, value):
    """`value` of `key` as the config file gives it, if it has the setting's type; else a
    ConfigError naming the key and the type (TOML has types: "no" is text, not false)."""
    kind = KNOWN[key][0]
    right = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if kind is int and right and value <= 0:
        right = False
    if kind is str and right and key in _CHOICES and value not in _CHOICES[key]:
        expected = "one of " + ", ".join(f'"{c}"' for c in sorted(_CHOICES[key]))
        raise ConfigError(f"config {config_path()}: {key} must be {expected}, not {value!r}")
    if not right:
        raise ConfigError(f"config {config_path()}: {key} must be {_TYPE_WORDS[kind]}, not {_toml(value)}")
    return value


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value + '"'
    return repr(value)


def all_settings() -> dict:
    return {key: get(key) for key in KNOWN}


def _convert(key: str, value: str):
    kind = KNOWN[key][0]
    if kind is bool:
        lowered = value.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ValueError(_("{key} takes true or false, not '{value}'").format(key=key, value=value))
    if kind is int:
        try:
            number = int(value)
        except ValueError:
            raise ValueError(_("{key} takes a whole number, not '{value}'").format(key=key, value=value)) from None
        if number <= 0:
            raise ValueError(_("{key} must be positive").format(key=key))
        return number
    if key in _CHOICES and value not in _CHOICES[key]:
        choices = ", ".join(sorted(_CHOICES[key]))
        raise ValueError(_("{key} takes one of {choices}, not '{value}'").format(key=key, choices=choices, value=value))
    return value


def set_value(key: str, value: str) -> None:
    import tomli_w

    from diklat_cli.store.durable import atomic_write_bytes

    if key not in KNOWN:
        raise KeyError(_("unknown setting '{key}'; known: {known}").format(key=key, known=", ".join(KNOWN)))
    flat = dict(_load())
    if value == "":
        flat.pop(key, None)
    else:
        flat[key] = _convert(key, value)
    nested: dict = {}
    for k, v in flat.items():
        section, _dot, name = k.partition(".")
        if name:
            nested.setdefault(section, {})[name] = v
        else:
            nested[k] = v
    atomic_write_bytes(config_path(), tomli_w.dumps(nested).encode("utf-8"))
    _load.cache_clear()


def store_path() -> Path | None:
    if os.environ.get("DIKLAT_STORE"):
        return None  # the store module reads it
    value = get("store.path")
    return Path(value).expanduser() if value else None


def max_bytes() -> int:
    env = os.environ.get("DIKLAT_MAX_BYTES")
    if env and env.isdigit():
        return int(env)
    return int(get("import.max_bytes"))
