"""The words by which reports attribute what is said to a speaker ("…," kata X; "Hal itu disampaikan X"; "menurut X"),
defined once, in data/speech.json.

The vocabulary is split into groups, and each module that reads an attribution takes the groups it
needs by name:
- dates (a date closing an attribution is the day the words were said): `statement_verbs`, every group but
  "according_to" and people's own words, the bare verbs also with -nya;
- people (a capitalised name after one of these is the speaker's): `speaker_words`, the bare verbs of SAID and
  SAID_MORE, "menurut", and people's own additions ("harap", "lanjut" and six -nya forms);
- place_links (a speaker's title ending in a region is no list of places): `said_by`, "menurut" and SAID.
A reader that needs more words takes another group, which is then a change of its behaviour, scored as a rule.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

__all__ = ["SAID", "SAID_MORE", "said_by", "speaker_words", "stating", "statement_verbs"]


@cache
def _data() -> dict[str, list[str]]:
    text = resources.files("diklat_cli").joinpath("data/speech.json").read_text("utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


# the bare verbs of saying every reader of an attribution knows ("kata X", "ujar X"), and the more that dates and
# people read ("terang X", "tambah X")
SAID: tuple[str, ...] = tuple(_data()["said"])
SAID_MORE: tuple[str, ...] = tuple(_data()["said_more"])


def statement_verbs() -> tuple[str, ...]:
    """Every word that closes an attribution, for dates: the bare verbs of saying, each also with -nya; the words
    that are verbs of saying only with -nya, with it; the me- verbs of stating, their di- passives, and the verbs
    of the reporter reaching the speaker."""
    d = _data()
    bare = [*d["said"], *d["said_more"], *d["said_rarer"]]
    return (
        *(w for b in bare for w in (b, b + "nya")),
        *(w + "nya" for w in d["said_with_nya"]),
        *d["stating"],
        *d["stated"],
        *d["reached"],
    )


def stating() -> tuple[str, ...]:
    """The me- verbs of stating alone ("mengatakan", "menjelaskan"), for dates: the verbs written after the day in
    an attribution ("X, di kantornya, Senin (4/3), mengatakan …")."""
    return tuple(_data()["stating"])


def speaker_words() -> tuple[str, ...]:
    """The words after which a capitalised name is the speaker's, for people: SAID, SAID_MORE, "menurut" and
    people's own additions."""
    d = _data()
    return (*d["said"], *d["said_more"], *d["according_to"], *d["people_also"])


def said_by() -> tuple[str, ...]:
    """The words before a speaker named by his title, for place_links: "menurut" and SAID."""
    d = _data()
    return (*d["according_to"], *d["said"])
