"""Running many regular expressions over one article cheaply.

Most patterns are not in most articles. A pattern whose every match must contain some
fixed words ("pelatihan", "kepemimpinan") is not run on a text without them: the test on
the lower-cased text is a plain substring search, far cheaper than a regex scan. And a
pattern whose every match starts with one of a few words is tried only where they start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

__all__ = [
    "Needles",
    "first_letter_gated",
    "folded",
    "gate",
    "leads",
    "letter_led",
    "letter_skipped",
    "match_at",
    "may_match",
    "may_match_within",
    "finditer",
    "needles",
    "scan",
    "search",
]

# Characters that match an ASCII letter under re.IGNORECASE without lower-casing to it
# ("İ", dotless "ı", long "ſ", the Kelvin sign): with one of them in the text, no skipping.
_FOLD_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=1024)  # one article and its sentences and lines are asked about many times
def folded(text: str) -> str | None:
    """text.lower() for needle tests, or None when the text needs every pattern run."""
    if not text.isascii() and any(c in text for c in _FOLD_ODD):
        return None
    return text.lower()


Needles = tuple[tuple[str, ...], ...]


def _sre_parse():
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse  # type: ignore[no-redef]
    return sre_parse


@lru_cache(maxsize=4)  # one pattern is read two or three times in a row (first_letter_gated, needles, leads)
def _parsed(source: str, flags: int):
    """The parsed pattern, read only: parsed once for the readings that follow one another."""
    return _sre_parse().parse(source, flags)


def needles(pattern: re.Pattern) -> Needles:
    """What every match of pattern contains: groups of lower-case ASCII strings, at least
    one string of each group in every match (no groups: nothing is known).

    Worked out from the parsed pattern: runs of plain characters, groups that must match
    and the alternatives of a branch; anything else (repeats, classes …) is passed over.
    Any doubt gives no groups, so the pattern is always run."""
    try:
        sre_parse = _sre_parse()
        groups = _required(_parsed(pattern.pattern, pattern.flags).data, sre_parse)
    except Exception:  # noqa: BLE001 - any doubt: no needles, the pattern always runs
        return ()
    # a string holding another of its group is there only when that one is, and a group each of
    # whose strings holds one of another group's makes that group's test needless: both dropped,
    # fewer tests with the same answers ("published" beside "publish", "last updated" beside "update")
    sets = [{n.lower() for n in g} for g in groups]
    sets = [{n for n in g if not any(m != n and m in n for m in g)} for g in sets]
    unique = [g for k, g in enumerate(sets) if g not in sets[:k]]
    kept = [g for g in unique if not any(h is not g and all(any(n in m for n in g) for m in h) for h in unique)]
    # longest first: a long word is rarer, so a text without it is told sooner
    out = [tuple(sorted(g, key=len, reverse=True)) for g in kept]
    return tuple(sorted(out, key=lambda g: -len(g[-1])))


def _required(items, sre_parse) -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op is sre_parse.LITERAL and av < 128:
            run += chr(av)
            continue
        if run:
            groups.append((run,))
        run = ""
        if op is sre_parse.SUBPATTERN:  # a group that must match: its needles are needed
            groups.extend(_required(av[-1].data, sre_parse))
        elif op is sre_parse.BRANCH:  # one alternative matches: one of theirs is needed
            alternatives: list[str] = []
            for branch in av[1]:
                inner = _required(branch.data, sre_parse)
                if not inner:
                    alternatives = []
                    break
                alternatives.extend(max(inner, key=lambda g: min(len(n) for n in g)))
            if alternatives:
                groups.append(tuple(alternatives))
    if run:
        groups.append((run,))
    return groups


# Texts this long (an article, a paragraph) are asked about by many patterns in turn, and those share many
# needles ("kunjungan", "rombongan", "di"): each needle's presence in such a text is looked for once and kept
# (for the last few texts; a short window or sentence is searched directly, cheaper than keeping it)
_LONG = 400
_PRESENT: dict[str, dict[str, bool]] = {}


def _presence(low: str) -> dict[str, bool]:
    """Each needle's presence in low, as far as asked already (kept for the last few long texts)."""
    seen = _PRESENT.get(low)
    if seen is None:
        if len(_PRESENT) >= 8:
            _PRESENT.clear()
        seen = _PRESENT[low] = {}
    return seen


def may_match(needles_: Needles, low: str | None) -> bool:
    """False only when a pattern with these needles surely has no match in the text."""
    if low is None:
        return True
    if len(low) >= _LONG:
        return _may_match_seen(needles_, low, _presence(low))
    for group in needles_:
        for n in group:
            if n in low:
                break
        else:
            return False
    return True


def may_match_within(needles_: Needles, low: str | None, start: int, end: int) -> bool:
    """may_match for the window low[start:end] of a text, for a pattern searched over that window only (the words
    before an offset): False only when a pattern with these needles surely has no match there. The gate is the
    pattern's own vocabulary (`needles`), so it cannot drift from the words the pattern is written with."""
    if low is None:
        return True
    find = low.find
    for group in needles_:
        for n in group:
            if find(n, start, end) >= 0:
                break
        else:
            return False
    return True


def may_match_seen(needles_: Needles, low: str | None, seen: dict[str, bool]) -> bool:
    """may_match, each needle's presence kept in seen: patterns run in turn over one text share
    many needles ("diklat", "pelatihan"), each then looked for once."""
    if low is None:
        return True
    return _may_match_seen(needles_, low, _presence(low) if len(low) >= _LONG else seen)


def _may_match_seen(needles_: Needles, low: str, seen: dict[str, bool]) -> bool:
    for group in needles_:
        for n in group:
            hit = seen.get(n)
            if hit is None:
                hit = seen[n] = n in low
            if hit:
                break
        else:
            return False
    return True


def letter_led(alternatives: Iterable[str]) -> str | None:
    """The alternation r"\\b(?:a|b|…)" of case-sensitive alternatives that each open with an ASCII letter,
    written so that the engine skips to the letters they open with (a pattern that opens with a look-behind
    or a word boundary is tried at every position): grouped by that letter, each letter a plain character
    with the word's start checked behind it, the alternatives of one letter in their order, so the same
    alternative matches at each position. An opening letter made optional ("B?PPSDMP") is the two
    alternatives, with it and without it. None when an alternative opens otherwise."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        options = [alternative[0] + alternative[2:], alternative[2:]] if alternative[1:2] == "?" else [alternative]
        for option in options:
            first = option[:1]
            if not (first.isascii() and first.isalpha()) or option[1:2] in ("?", "*", "+", "{") or _open(option):
                return None
            groups.setdefault(first, []).append(option[1:])
    if not groups:
        return None
    return "(?:" + "|".join(rf"{c}(?<!\w.)(?:" + "|".join(rests) + ")" for c, rests in groups.items()) + ")"


# what an ASCII letter matches under re.IGNORECASE besides its two cases (Python's case folding: "İ" and
# dotless "ı" for i, the Kelvin sign for k, long "ſ" for s)
_IGNORECASE_MORE = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def letter_skipped(pattern: re.Pattern) -> re.Pattern:
    """The same pattern, when it opens with a word's start and a letter (r"\\bke[\\s-]+…"), written to open
    with that letter, case-sensitively in each form the pattern's flags let it take (k, K and the Kelvin sign under
    re.IGNORECASE), and the word's start looked behind: the engine then skips to that letter (a pattern
    opening with a word boundary or a look-around, or a case-blind letter, is tried at every position).
    The pattern itself otherwise."""
    source, flags = pattern.pattern, pattern.flags
    letter = source[2:3]
    if (
        not isinstance(source, str)
        or not source.startswith("\\b")
        or not (letter.isascii() and letter.isalpha())
        or source[3:4] in ("?", "*", "+", "{")
        or _open(source[2:])
        or flags & (re.LOCALE | re.VERBOSE)
    ):
        return pattern
    if flags & re.IGNORECASE:
        low = letter.lower()
        forms = low + low.upper() + ("" if flags & re.ASCII else _IGNORECASE_MORE.get(low, ""))
        first = "(?-i:[" + forms + "])"
    else:
        first = letter
    return re.compile(first + r"(?<!\w.)" + source[3:], flags)


def _open(source: str) -> bool:
    """Whether a pattern's source may be no closed whole after its first character: a "|" outside any
    group, or a class this reading cannot follow."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            if source[i + 1 : i + 2] in ("]", "^"):
                return True
            in_class = True
        elif c == "(":
            if source[i + 1 : i + 2] != "?" or source[i + 2 : i + 4] == "P<":
                return True  # a capturing group: its number would change
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return True
        elif c == "|" and depth == 0:
            return True
        i += 1
    return depth != 0 or in_class


def first_letter_gated(pattern: re.Pattern) -> re.Pattern:
    """The same pattern behind a look-ahead for the letters its matches can start with, worked out
    from the pattern: a large alternation is then not tried at positions none of its words start at
    (the engine tries each alternative in turn). The pattern itself when they are not known."""
    try:
        sre_parse = _sre_parse()
        parsed = _parsed(pattern.pattern, pattern.flags)
        found, empty = _first(list(parsed.data), sre_parse, bool(pattern.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - any doubt: the pattern as it is
        return pattern
    if found is None or empty or not found or re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):
        return pattern  # (a global inline flag must open the pattern: nothing may go before it)
    return re.compile("(?=[" + "".join(sorted(found)) + "])" + pattern.pattern, pattern.flags)


def _first(items: list, sre_parse, ignore: bool) -> tuple[set[str] | None, bool]:
    """(what a match of the items can start with, as parts of a character class, or None when unknown;
    whether the items can match nothing); a look-around takes no character, so it is passed over."""
    out: set[str] = set()
    for op, av in items:
        if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            continue
        if op is sre_parse.LITERAL:
            return out | {re.escape(chr(av))}, False
        if op is sre_parse.IN:
            chars = _class_first(av, sre_parse)
            return (None if chars is None else out | chars), False
        if op is sre_parse.SUBPATTERN:
            if not ignore and av[1] & re.IGNORECASE:
                return None, False  # a case-blind part of a case-kept pattern: its letters in any case
            inner, empty = _first(list(av[-1].data), sre_parse, ignore or bool(av[1] & re.IGNORECASE))
        elif op is sre_parse.BRANCH:
            inner, empty = set(), False
            for branch in av[1]:
                got, branch_empty = _first(list(branch.data), sre_parse, ignore)
                if got is None:
                    return None, False
                inner |= got
                empty = empty or branch_empty
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            inner, empty = _first(list(av[2].data), sre_parse, ignore)
            empty = empty or av[0] == 0
        else:
            return None, False  # a class, any character …: not worked out
        if inner is None:
            return None, False
        out |= inner
        if not empty:
            return out, False
    return out, True


def _class_first(items: list, sre_parse) -> set[str] | None:
    """A character class as parts of a class ("a", "0-9", "\\d"); None for a negated class or an unusual
    category."""
    categories = {sre_parse.CATEGORY_DIGIT: r"\d", sre_parse.CATEGORY_WORD: r"\w", sre_parse.CATEGORY_SPACE: r"\s"}
    out: set[str] = set()
    for op, av in items:
        if op is sre_parse.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is sre_parse.RANGE:
            out.add(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is sre_parse.CATEGORY and av in categories:
            out.add(categories[av])
        else:
            return None
    return out


def leads(pattern: re.Pattern, shortest: int = 3) -> tuple[str, ...]:
    """Lower-case ASCII strings one of which every match of pattern starts with, or ()
    when that is not known (or the strings are too short to be worth looking for: one shorter than
    shortest)."""
    try:
        sre_parse = _sre_parse()
        found = _leading(list(_parsed(pattern.pattern, pattern.flags).data), sre_parse)
    except Exception:  # noqa: BLE001 - any doubt: the pattern is scanned as usual
        return ()
    if not found or min(len(x) for x in found) < shortest:
        return ()
    return tuple(sorted({x.lower() for x in found}))


def _leading(items: list, sre_parse) -> list[str] | None:
    k = 0
    while k < len(items) and _zero_width(items[k], sre_parse) and not _ahead(items[k], sre_parse):
        k += 1  # look-behinds and anchors take no characters
    if k == len(items):
        return None
    op, av = items[k]
    rest = items[k + 1 :]
    if op is sre_parse.ASSERT and av[0] == 1:  # a look-ahead names what comes first
        ahead = _leading(list(av[1].data), sre_parse)
        if ahead:
            return ahead
        return _leading(rest, sre_parse)
    if op is sre_parse.LITERAL and av < 128:
        after = _leading(rest, sre_parse)
        if after is None or len(after) > 16:
            return [chr(av)]
        return [chr(av) + r for r in after]
    if op is sre_parse.SUBPATTERN:
        return _leading(list(av[-1].data), sre_parse)
    if op is sre_parse.BRANCH:
        return _either([list(branch.data) for branch in av[1]], sre_parse)
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        least, _, item = av
        if least:
            return _leading(list(item.data), sre_parse)
        # "(?:program\s+)?pendidikan": either the optional part or what follows
        return _either([list(item.data), rest], sre_parse)
    return None


def _either(alternatives: list[list], sre_parse) -> list[str] | None:
    out: list[str] = []
    for items in alternatives:
        inner = _leading(items, sre_parse)
        if not inner:
            return None
        out.extend(inner)
    return out


def _ahead(item, sre_parse) -> bool:
    return item[0] is sre_parse.ASSERT and item[1][0] == 1


def _zero_width(item, sre_parse) -> bool:
    op, av = item
    if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return True
    # "(?:^|(?<=\s))": a choice of assertions takes no characters either
    return op is sre_parse.BRANCH and all(all(_zero_width(x, sre_parse) for x in branch.data) for branch in av[1])


def longest_first(words: Iterable[str], *, spaced: bool = False) -> list[str]:
    """Words escaped as regex alternatives, longest first: a regex takes the first branch that matches, so a word
    must stand before any shorter word it starts with. With `spaced`, a space matches any run of spaces."""
    escaped = [re.escape(w) for w in words]
    if spaced:
        escaped = [e.replace(r"\ ", r"\s+") for e in escaped]
    return sorted(escaped, key=len, reverse=True)


def either(words: Iterable[str], *, spaced: bool = False) -> str:
    """The words as one regex alternation, longest first (see `longest_first`)."""
    return "|".join(longest_first(words, spaced=spaced))


def occurrences(text: str, word: str) -> Iterator[int]:
    """Every place the word starts in text, in order (overlaps included)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def positions(low: str, words: Iterable[str]) -> list[int]:
    """Where any of the words starts in the lowercased text, in text order."""
    return sorted(at for word in words for at in occurrences(low, word))


def scan(
    pattern: re.Pattern, leads_: tuple[str, ...], text: str, low: str | None, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match]:
    """The matches of pattern.finditer(text, pos, endpos), trying the pattern only where one of
    its leads starts: every match starts with one (low is text.lower(), see folded)."""
    end = len(text) if endpos is None else endpos
    if low is None or not leads_:
        yield from pattern.finditer(text, pos, end)
        return
    starts: list[int] = []
    find = low.find
    # (a long text's needles looked for already: a lead known absent is not looked for again, and whether one is
    # in the whole text is kept for the needle tests that follow; the same words are often both)
    seen = _PRESENT.get(low) if len(low) >= _LONG else None
    whole = seen is not None and pos == 0 and end == len(low)
    for lead in leads_:
        if seen is not None:
            if seen.get(lead) is False:
                continue
            k = find(lead, pos, end)
            if whole:
                seen[lead] = k >= 0
        else:
            k = find(lead, pos, end)
        while k >= 0:
            starts.append(k)
            k = find(lead, k + 1, end)
    yield from match_at(pattern, text, sorted(set(starts)) if len(leads_) > 1 else sorted(starts), pos, end)


def match_at(
    pattern: re.Pattern, text: str, starts: Iterable[int], pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match]:
    """pattern.finditer(text, pos, endpos) when every match starts at one of the offsets `starts`, in
    order: the pattern is tried there only, never inside a match already found."""
    end = len(text) if endpos is None else endpos
    match = pattern.match
    for k in starts:
        if k < pos:
            continue
        m = match(text, k, end)
        if m is not None:
            yield m
            pos = m.end()


# keyed by id: hashing a compiled pattern hashes its whole code, each time (~2 µs for the large ones); the
# entry holds the pattern, so no other pattern can come to have its id
_GATES: dict[int, tuple[re.Pattern, Needles, tuple[str, ...]]] = {}


def _gate(pattern: re.Pattern) -> tuple[Needles, tuple[str, ...]]:
    gate = _GATES.get(id(pattern))
    if gate is None or gate[0] is not pattern:
        # (two letters are worth looking for here: the words a whole article is searched for, "di" among them,
        # are found by str.find far sooner than the pattern is tried at each position: frames.TOGETHER and
        # the destination words 120 -> 75 µs a text)
        gate = _GATES[id(pattern)] = (pattern, needles(pattern), leads(pattern, 2))
    return gate[1], gate[2]


def gate(pattern: re.Pattern) -> tuple[Needles, tuple[str, ...]]:
    """needles(pattern) and leads(pattern, 2), worked out once for each pattern (not hashed: see _GATES)."""
    return _gate(pattern)


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """pattern.finditer(text), nothing when the text lacks the pattern's needles, else
    tried only where its leads start: for a pattern run over a whole article."""
    needles_, leads_ = _gate(pattern)
    low = folded(text)
    if may_match(needles_, low):
        yield from scan(pattern, leads_, text, low)


def search(pattern: re.Pattern, text: str) -> re.Match | None:
    """pattern.search(text), not run when the text lacks the pattern's needles and tried
    only where its leads start: for a pattern searched once over a whole article."""
    needles_, leads_ = _gate(pattern)
    low = folded(text)
    if not may_match(needles_, low):
        return None
    return next(scan(pattern, leads_, text, low), None)
