"""Whether an article is written in a language other than Indonesian, the only one the rules read.

Asked only of an article that gave no visit, so that a user who imports a page some government
site translated for foreign readers learns why it gave nothing (`no_visit.NoVisit.OTHER_LANGUAGE`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

__all__ = ["in_other_language"]

_WORD = re.compile(r"[a-z]+")

# an Indonesian report quoting a sentence or two in English stays Indonesian: the other language
# must outnumber Indonesian by far, and over more than a caption's worth of words
_LEAST = 20
_RATIO = 4


@cache
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(resources.files("diklat_cli").joinpath("data/language.json").read_text("utf-8"))
    return frozenset(data["indonesian"]), frozenset(data["english"])


def in_other_language(text: str) -> bool:
    """True when the text's English function words outnumber its Indonesian ones many times over."""
    indonesian, english = _function_words()
    ours = theirs = 0
    for word in _WORD.findall(text.lower()):
        if word in indonesian:
            ours += 1
        elif word in english:
            theirs += 1
    return theirs >= _LEAST and theirs > _RATIO * ours
