"""The catalogues match the code: every message marked in diklat_cli is translated into
every language, no catalogue keeps a message the code no longer has, and each compiled
.mo says exactly what its .po says. The fix for every failure here is

    python scripts/catalogues.py      # then translate what it lists, and run it again
"""

from __future__ import annotations

import gettext
import importlib.util
import io
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
FIX = "run `python scripts/catalogues.py`, translate what it lists in the .po, and run it again"


def _load_script():
    spec = importlib.util.spec_from_file_location("catalogues", ROOT / "scripts" / "catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogues = _load_script()


@pytest.fixture(scope="module")
def template():
    return catalogues.extract()


def _ids(catalog) -> set:
    return {message.id for message in catalog if message.id}


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_the_code_marks_messages(template) -> None:
    assert len(_ids(template)) > 20  # extraction found the package's messages


@pytest.mark.parametrize("lang", catalogues.LANGUAGES)
def test_every_message_in_the_code_is_in_the_catalogue(template, lang) -> None:
    missing = _ids(template) - _ids(catalogues.read(lang))
    assert not missing, f"{lang}: messages with no translation ({FIX}): {sorted(map(str, missing))}"


@pytest.mark.parametrize("lang", catalogues.LANGUAGES)
def test_the_catalogue_has_no_message_the_code_dropped(template, lang) -> None:
    catalog = catalogues.read(lang)
    stale = _ids(catalog) - _ids(template)
    assert not stale, f"{lang}: messages no longer in the code ({FIX}): {sorted(map(str, stale))}"
    assert not catalog.obsolete, f"{lang}: obsolete (#~) entries ({FIX})"


@pytest.mark.parametrize("lang", catalogues.LANGUAGES)
def test_every_message_is_translated(lang) -> None:
    missing = catalogues.untranslated(catalogues.read(lang))
    assert not missing, f"{lang}: empty or fuzzy translations: {missing}"


@pytest.mark.parametrize("lang", catalogues.LANGUAGES)
def test_translations_keep_the_placeholders(lang) -> None:
    wrong = []
    for message in catalogues.read(lang):
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        wanted = set().union(*(_fields(text) for text in ids))
        for text in strings:
            if _fields(text) != wanted:
                wrong.append((ids[0], text))
    assert not wrong, f"{lang}: placeholders differ from the English: {wrong}"


@pytest.mark.parametrize("lang", catalogues.LANGUAGES)
def test_the_compiled_catalogue_is_up_to_date(lang) -> None:
    mo = catalogues.mo_path(lang)
    assert mo.exists(), f"{mo} is missing ({FIX})"
    with catalogues.po_path(lang).open("rb") as fp:
        compiled = catalogues.mo_bytes(read_po(fp, locale=lang, domain=catalogues.DOMAIN))
    # compared as gettext reads them: what a user would see, not how Babel lays out the bytes
    shipped = gettext.GNUTranslations(io.BytesIO(mo.read_bytes()))
    expected = gettext.GNUTranslations(io.BytesIO(compiled))
    assert shipped._catalog == expected._catalog, f"{mo} is out of date with its .po ({FIX})"  # type: ignore[attr-defined]


def test_the_runtime_finds_the_compiled_catalogue() -> None:
    from diklat_cli import i18n

    assert Path(i18n.LOCALE_DIR) == catalogues.LOCALE_DIR
    assert i18n.DOMAIN == catalogues.DOMAIN
    for lang in catalogues.LANGUAGES:
        assert gettext.find(i18n.DOMAIN, i18n.LOCALE_DIR, languages=[lang]) is not None
