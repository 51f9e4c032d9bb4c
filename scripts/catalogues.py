"""Keep the message catalogues in step with the code (Babel: extract → update → compile).

    python scripts/catalogues.py           # update every .po from the code, then compile the .mo
    python scripts/catalogues.py --check   # change nothing; exit 1 if a catalogue is behind

Messages are the English texts marked in diklat_cli with `_()`, `N_()` or `ngettext()`.
Update adds new messages to each language's .po with an empty translation (translate
them there, then run this again to compile) and drops messages no longer in the code.
tests/test_catalogues.py fails until every message is translated and every .mo compiled.

Babel is a test/dev dependency only: at run time diklat reads the .mo with the standard
library's gettext.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "diklat_cli"
LOCALE_DIR = PACKAGE / "locale"
DOMAIN = "diklat"
LANGUAGES = ("id",)  # English is the msgids themselves
KEYWORDS = {key: DEFAULT_KEYWORDS[key] for key in ("_", "N_", "gettext", "ngettext")}
COMMENT_TAGS = ("Translators:",)
PROJECT = "diklat"


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def extract() -> Catalog:
    """The template: every message marked in the package, with where it is (the .po keeps
    the file only: line numbers would change it at every edit)."""
    template = Catalog(project=PROJECT, fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        PACKAGE,
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    ):
        location = (f"diklat_cli/{filename}", lineno)
        existing = template.get(message, context)
        if existing is not None:
            existing.locations.append(location)
            existing.auto_comments.extend(c for c in comments if c not in existing.auto_comments)
            continue
        template.add(message, None, [location], auto_comments=comments, context=context)
    return template


def read(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, project=PROJECT, domain=DOMAIN, fuzzy=False)
    with path.open("rb") as fp:
        return read_po(fp, locale=lang, domain=DOMAIN)


def updated(lang: str, template: Catalog) -> Catalog:
    """The .po of `lang` with the template's messages: new ones untranslated, gone ones dropped."""
    catalog = read(lang)
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False, update_creation_date=False)
    catalog.obsolete.clear()
    return catalog


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, ignore_obsolete=True, include_previous=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def untranslated(catalog: Catalog) -> list[str]:
    """Messages of `catalog` with no usable translation (empty, or marked fuzzy)."""
    missing = []
    for message in catalog:
        if not message.id:
            continue  # the header
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a catalogue is behind")
    args = parser.parse_args(argv)

    template = extract()
    behind = False
    for lang in LANGUAGES:
        catalog = updated(lang, template)
        po = po_bytes(catalog)
        # compiled from the .po as written, so the .mo is exactly what the file says
        mo = mo_bytes(read_po(io.BytesIO(po), locale=lang, domain=DOMAIN))
        missing = untranslated(catalog)
        if args.check:
            stale = [p for p, data in ((po_path(lang), po), (mo_path(lang), mo)) if _read(p) != data]
            for path in stale:
                print(f"{path.relative_to(ROOT)} is behind the code: run python scripts/catalogues.py")
            behind = behind or bool(stale)
        else:
            for path, data in ((po_path(lang), po), (mo_path(lang), mo)):
                if _write_if_changed(path, data):
                    print(f"wrote {path.relative_to(ROOT)}")
        for message in missing:
            print(f"{lang}: not translated: {message!r}")
        behind = behind or bool(missing)
        print(f"{lang}: {len(template)} messages, {len(missing)} not translated", file=sys.stderr)
    return 1 if behind else 0


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


if __name__ == "__main__":
    sys.exit(main())
