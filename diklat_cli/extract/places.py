"""Provinces and kabupaten/kota: finding them in news text and naming them canonically.

The gazetteer is ``data/regions.json`` (38 provinces and 514 kabupaten/kota with their
Kemendagri codes, built by ``scripts/build_regions.py``) plus the hand-written
``data/place_aliases.json`` (short forms, nicknames, old names). Both are read on first
use, and the matcher is compiled on the first ``find_places`` call: importing this module
loads and compiles nothing.

Canonical names are those of SCHEMA.md: a province such as ``"Sulawesi Selatan"`` or
``"DI Yogyakarta"``, a regency as ``"Kabupaten Banjar"`` or ``"Kota Bogor"``.

One concern: the regions a text names, and the words beside a region that tell whose it is.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from diklat_cli.extract import staff, trainees, verbs

PROVINCE = "province"
KABUPATEN = "kabupaten"
KOTA = "kota"

__all__ = [
    "KABUPATEN",
    "KOTA",
    "PROVINCE",
    "PlaceMention",
    "Region",
    "all_provinces",
    "find_places",
    "may_open_with_place",
    "near_regions",
    "province",
    "regency",
    "regions_named",
    "resolve",
    "suggest_provinces",
]


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # Kemendagri code: "73" (province) or "73.71"
    name: str  # canonical: "Sulawesi Selatan", "Kabupaten Banjar", "Kota Makassar"
    kind: str  # PROVINCE | KABUPATEN | KOTA
    province: str  # canonical province name (== name for a province)

    @property
    def bare(self) -> str:
        """The name without "Kabupaten "/"Kota " ("Kota Bogor" -> "Bogor")."""
        if self.kind == PROVINCE:
            return self.name
        return self.name.split(" ", 1)[1]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int  # character span in the text given to find_places
    end: int
    text: str  # as written: "Pemkot Batam", "Provinsi Sulawesi Selatan", "Sulsel"
    candidates: tuple[Region, ...]  # more than one when the name alone is ambiguous
    explicit_kind: str | None  # kind the text states (Provinsi, Pemkab, Walikota, ...)
    government: bool  # the text names the government (Pemerintah ..., Pemprov, Pemkot, ...)
    bare: bool  # no prefix, and the name is (also) a regency's: "Tabanan", "Bogor", "Jogja"


# The words that name a region's government, one word each, before its region or alone ("Pemkab X",
# "Pemerintah Kota Y", "Pemprop Z", "Pemko A", "Pemda B"): any case, to be used inside a group.
GOVERNMENT_WORDS: tuple[str, ...] = ("pemerintah", "pemprov", "pemprop", "pemkab", "pemkot", "pemko", "pemda")
GOVERNMENT_WORD = "(?:" + "|".join(GOVERNMENT_WORDS) + ")"
# ... written as a name is, capitalised, whatever the case of the pattern around it ("ke Pemda X", not "ke pemda")
GOVERNMENT_NAME = "(?-i:" + "|".join(w.capitalize() for w in GOVERNMENT_WORDS) + ")"
# a province's government: "Pemprov X", "Pemprop X", "Pemerintah (Daerah) Provinsi/Propinsi X"
PROVINCE_GOVERNMENT = r"(?:pemprov|pemprop|pemerintah(?:an)?\s+(?:daerah\s+)?(?:provinsi|propinsi))"

# Prefix words before a place name: (regex, kind it states, names the government,
# abbreviation that may end in a dot). Any case; the parenthesised forms are the
# acronym repeated after the full form: "Pemerintah Kota (Pemkot) Surabaya".
_PREFIX_WORDS: tuple[tuple[str, str | None, bool, bool], ...] = (
    (r"pemerintah(?:an)?(?:\s+daerah)?", None, True, False),
    (r"pemprov", PROVINCE, True, False),
    (r"pemprop", PROVINCE, True, False),
    (r"pemkab", KABUPATEN, True, False),
    (r"pemkot", KOTA, True, False),
    (r"pemko", KOTA, True, False),
    (r"pemda", None, True, False),
    (r"\(\s*pemprov\s*\)", PROVINCE, True, False),
    (r"\(\s*pemprop\s*\)", PROVINCE, True, False),
    (r"\(\s*pemkab\s*\)", KABUPATEN, True, False),
    (r"\(\s*pemkot\s*\)", KOTA, True, False),
    (r"\(\s*pemko\s*\)", KOTA, True, False),
    (r"\(\s*pemda\s*\)", None, True, False),
    (r"provinsi", PROVINCE, False, False),
    (r"propinsi", PROVINCE, False, False),
    (r"prov", PROVINCE, False, True),
    (r"prop", PROVINCE, False, True),
    (r"gubernur", PROVINCE, False, False),
    (r"wagub", PROVINCE, False, False),
    (r"kabupaten(?:\s+administrasi)?", KABUPATEN, False, False),
    (r"kab", KABUPATEN, False, True),
    (r"bupati", KABUPATEN, False, False),
    (r"wabup", KABUPATEN, False, False),
    (r"kota(?:\s+administrasi)?", KOTA, False, False),
    (r"kotamadya", KOTA, False, False),
    (r"kodya", KOTA, False, False),
    (r"wali\s*kota", KOTA, False, False),
    (r"balai\s*kota", KOTA, False, False),
    (r"wawali", KOTA, False, False),
)


def _prefix_word(pattern: str, abbreviation: bool) -> str:
    # A prefix word is followed by whitespace; "Kab." and "Prov." may touch the name. Like a name's words
    # (_SEP_RE), a prefix is wrapped onto the next line, never run on over a blank line (a headline's "… ke Dua
    # Provinsi" into the dateline "BANJARMASIN -" under it)
    return pattern + (rf"(?:\.{_GAP}?|{_GAP})" if abbreviation else _GAP)


_GAP = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"


# Between the words of a name: spaces, or a hyphen ("Bau-Bau", "Tojo Una-Una"), or nothing:
# reports close up compound names ("Hulusungai Selatan", "Deliserdang").
_SEP = "\x00"
# a name may be wrapped onto the next line, never run on over a blank line (a headline into
# the dateline under it: "… Latsar CPNS Konawe" + "KEPULAUAN TALAUD (Kabar) -")
_SEP_RE = r"(?:[^\S\n]|-)*(?:\n(?:[^\S\n]|-)*)?"


def _key(name: str) -> str:
    """Lookup key: case, dots, hyphens and spacing do not matter."""
    return " ".join(name.casefold().replace(".", " ").replace("-", " ").split())


def _closed(key: str) -> str:
    """The key of a name written without its spaces."""
    return key.replace(" ", "")


class _Gazetteer:
    __slots__ = (
        "provinces",
        "by_name",
        "index",
        "bare_keys",
        "forms",
        "cased_forms",
        "not_places",
        "carved_from",
        "not_word_names",
        "not_misspelt",
    )

    def __init__(self, regions: dict, aliases: dict) -> None:
        provinces = [Region(code, name, PROVINCE, name) for code, name in sorted(regions["provinces"].items())]
        prov_by_code = {r.code: r.name for r in provinces}
        regencies = [
            Region(code, name, kind, prov_by_code[pcode]) for code, name, kind, pcode in sorted(regions["regencies"])
        ]
        self.provinces = provinces
        self.by_name = {r.name: r for r in (*provinces, *regencies)}

        cased = set(aliases.get("case_sensitive", ()))
        prefixed_only = {_key(a) for a in aliases.get("prefixed_only", ())}
        stop = {_key(a) for a in aliases.get("bare_stop", ())}

        index: dict[str, list[Region]] = {}
        forms: dict[str, str] = {}  # form as written -> key
        for region, names in self._named(provinces, regencies, aliases):
            for form in names:
                key = _key(form)
                bucket = index.setdefault(key, [])
                if region not in bucket:
                    bucket.append(region)
                forms[form] = key
        # Reports write compound names without their space ("Deliserdang", "Bukit Tinggi" and
        # "Bukittinggi"): the closed-up form of a name of several words names the same region,
        # unless it is already another name.
        for key in list(index):
            closed = _closed(key)
            if closed != key and len(closed) >= 6 and closed not in index:
                index[closed] = list(index[key])
        # Filled provinces first, then by code: candidates come out in that order.
        self.index = {k: tuple(v) for k, v in index.items()}

        # A name may stand alone when it is a province's, or a regency's that is not a
        # common word and has 4+ characters (shorter ones are mostly other acronyms).
        self.bare_keys: dict[str, bool] = {}
        for key, regs in self.index.items():
            if any(r.kind == PROVINCE for r in regs):
                self.bare_keys[key] = True
            else:
                ok = key not in stop and key not in prefixed_only and len(key) >= 4
                self.bare_keys[key] = ok
        self.forms = {f: k for f, k in forms.items() if f not in cased}
        self.cased_forms = {f: k for f, k in forms.items() if f in cased}
        self.not_places = list(aliases.get("not_places", ()))
        self.carved_from: dict[str, str] = dict(aliases.get("carved_from", {}))
        # (names that are common words or acronyms alone: no misspelling is read as one of them)
        self.not_word_names = (*aliases.get("prefixed_only", ()), *aliases.get("bare_stop", ()))
        # (common words one letter from a name, never read as the name misspelt: "Pemerintah Kampung")
        self.not_misspelt = frozenset(_key(w) for w in aliases.get("not_misspelt", ()))

    @staticmethod
    def _named(provinces, regencies, aliases):
        for r in provinces:
            yield r, [r.name, *aliases["provinces"].get(r.name, ())]
        for r in regencies:
            yield r, [r.bare, *aliases["regencies"].get(r.name, ())]


@cache
def _gazetteer() -> _Gazetteer:
    data = resources.files("diklat_cli").joinpath("data")
    regions = json.loads(data.joinpath("regions.json").read_text(encoding="utf-8"))
    aliases = json.loads(data.joinpath("place_aliases.json").read_text(encoding="utf-8"))
    return _Gazetteer(regions, aliases)


def written_names() -> list[str]:
    """Every name of a province or regency as reports write it (the gazetteer's names and aliases)."""
    g = _gazetteer()
    return [*g.forms, *g.cased_forms]


# --- regex building -------------------------------------------------------------------


def _chars(form: str) -> list[str]:
    out: list[str] = []
    for ch in form:
        if ch.isspace() or ch == "-":
            if not out or out[-1] != _SEP:
                out.append(_SEP)
        else:
            out.append(ch)
    return out


def trie_regex(forms: Iterable[str], chars: Callable[[str], list[str]] = _chars) -> str:
    """One regex for many names, as a character trie: fast, and longest match first. `chars` splits a
    form into the trie's steps: by default a space or hyphen is one step matching any such gap; `list`
    keeps every character as written."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in chars(form):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie) if trie else "(?!)"


def _emit(node: dict) -> str:
    branches = [(_SEP_RE if ch == _SEP else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def _case_variants(form: str) -> set[str]:
    return {form, form.upper()}


def _prefix_regex() -> str:
    words = "|".join(_prefix_word(p, abbr) for p, _, _, abbr in _PREFIX_WORDS)
    return rf"(?:{words})+"


@cache
def _prefix_word_re() -> re.Pattern:
    alternatives = "|".join(f"(?P<w{i}>{_prefix_word(p, abbr)})" for i, (p, _, _, abbr) in enumerate(_PREFIX_WORDS))
    return re.compile(alternatives, re.IGNORECASE)


@cache
def _prefix_chain_re() -> re.Pattern:
    return re.compile(_prefix_regex(), re.IGNORECASE)


@cache
def _matcher() -> re.Pattern:
    # One trie over every name, any case: compiling a second, case-sensitive trie for
    # bare names would double the (one-off, ~30 ms) compile; _capitalised checks instead.
    g = _gazetteer()
    names = trie_regex({f.lower() for f in g.forms})
    cased = trie_regex({v for f in g.cased_forms for v in _case_variants(f)})
    skip = trie_regex({v for f in g.not_places for v in _case_variants(f)})
    # The lookaheads reject most positions on one character: scanning gets 3x faster.
    starts = "".join(sorted({p[0] for p, _, _, _ in _PREFIX_WORDS if p[0].isalpha()}))
    # Run over the text behind one space (see _find_places): a match opens with the character before
    # its word, any but a word character, which the engine skips to without trying the pattern at
    # each position; then a look-ahead for the first (up to four) characters a match can open with
    # passes over most words at a few cheap tests before the prefixes and the name trie are tried
    # (find_places ~2.2 -> ~1.3 M instructions an article).
    pattern = (
        rf"\W(?={_opening_regex(g)})(?:"
        rf"(?P<skip>{skip})"
        rf"|(?P<pre>(?i:(?=[{starts}]){_prefix_regex()}))?(?P<name>(?i:{names})|{cased})"
        # (a word the map does not know in a name's slot after a prefix word: perhaps a name misspelt)
        rf"|(?P<fpre>(?i:(?=[{starts}]){_prefix_regex()}))(?P<near>[^\W\d_]{{{_NEAR_MIN}}}[^\W\d_]*)"
        r")(?!\w)"
    )
    return re.compile(pattern)


def _opening_regex(g: _Gazetteer) -> str:
    """What every match of the matcher opens with: the first characters of a name, a prefix word or a
    not-place, up to four and up to a name's first space or hyphen, any case, the first a letter or a
    digit. Each first character is written in both its cases, the engine then tells it at one comparison
    (a case-blind letter is tried in turn); the rest is case-blind as the names are."""
    keys = {_opening(_chars(form)) for form in (*g.forms, *g.cased_forms, *g.not_places)}
    keys |= {_opening(re.match(r"[a-z]*", p).group()) for p, _, _, _ in _PREFIX_WORDS}
    trie: dict = {}
    for key in sorted(k for k in keys if k[:1].isascii() and k[:1].isalnum()):
        node = trie
        for ch in key:
            if "" in node:
                break  # a shorter opening already lets this one through
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}
    branches: list[str] = []
    for ch, child in sorted(trie.items()):
        rest = "" if "" in child else "(?i:" + _opening_rest(child) + ")"
        branches.extend(c + rest for c in sorted({ch, ch.upper()}))
    return "(?:" + "|".join(branches) + ")"


def _opening(chars: list[str]) -> str:
    out = ""
    for ch in chars[:4]:
        if ch == _SEP:
            break
        out += ch.lower()
    return out


def _opening_rest(node: dict) -> str:
    if "" in node:
        return ""
    branches = [re.escape(ch) + _opening_rest(child) for ch, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _capitalised(written: str) -> bool:
    """A bare name must look like one: "Tabanan", "Banda Aceh", "MEDAN", not "padang"."""
    if written.isupper():
        return True
    return all(w[0].isupper() or w[0].isdigit() or w == "dan" for w in written.split())


@cache
def _street_before() -> re.Pattern:
    # "Jalan Bali", "Jl. Medan" name a street, not the place.
    return re.compile(r"(?<!\w)(?:jalan|jln?|gang|gg)\.?\s*$", re.IGNORECASE)


@lru_cache(maxsize=512)  # (the same few prefixes, "Kabupaten ", "Pemerintah Kota ", in every article)
def _prefix_info(prefix: str) -> tuple[str | None, bool]:
    """(kind the prefix states, names the government). The last kind word wins:
    "Pemerintah Kabupaten Kota Pagar Alam" is a kota."""
    kind: str | None = None
    government = False
    for m in _prefix_word_re().finditer(prefix):
        _, word_kind, word_gov, _ = _PREFIX_WORDS[int(m.lastgroup[1:])]
        kind = word_kind or kind
        government = government or word_gov
    return kind, government


def _narrow(regs: tuple[Region, ...], kind: str | None) -> tuple[Region, ...]:
    """Candidates of the stated kind; all of them if the text names a kind that does not
    exist under that name (a writer's "Kabupaten Makassar" is still Makassar)."""
    if kind is None:
        return regs
    narrowed = tuple(r for r in regs if r.kind == kind)
    return narrowed or regs


# --- public API -------------------------------------------------------------------------


def find_places(text: str, *, bare: bool = True) -> list[PlaceMention]:
    """Every place mention in ``text``: non-overlapping, longest first, in text order.

    Found: provinces by name or short form ("Sulawesi Selatan", "Sulsel", "DIY"), with or
    without a prefix ("Provinsi", "Propinsi", "Prov.", "Pemprov", "Pemerintah Provinsi",
    "Gubernur"); kabupaten/kota after a prefix ("Kabupaten", "Kab.", "Pemkab", "Bupati",
    "Kota", "Pemkot", "Pemko", "Walikota", "Wali Kota", "Balaikota", "Pemerintah Kota
    (Pemkot)"; the prefix in any case). With ``bare`` also a regency's name alone
    ("ke Tabanan") when capitalised as a name, at least four letters long and not a common
    word (see ``bare_stop`` in place_aliases.json); without it a bare name that is also a
    province's ("Jogja") yields only the province. A name misspelt by one letter after a prefix or
    "DPRD" is the one region it can be ("Kabupaten Seragen": Sragen; see ``near_regions``).
    """
    if len(text) <= _SMALL:
        return list(_find_small(text, bare))
    return _find_places(text, bare)


def may_open_with_place(text: str) -> bool:
    """False when no mention ``find_places(text)`` finds can start at ``text``'s first character: one
    match of the matcher there, a cheap test before a search for a place told right at a spot."""
    return _matcher().match(" " + text) is not None


# Unit and organiser names are looked up again and again, in one article and across
# articles: short texts are remembered.
_SMALL = 200


@lru_cache(maxsize=4096)
def _find_small(text: str, bare: bool) -> tuple[PlaceMention, ...]:
    return tuple(_find_places(text, bare))


def _find_places(text: str, bare: bool) -> list[PlaceMention]:
    g = _gazetteer()
    mentions: list[PlaceMention] = []
    listed: str | None = None  # the kind of regency the last mention passes on to a list's next member
    narrowed: dict[int, tuple[Region, ...]] = {}  # where a mention given a list's kind starts: its candidates before
    # behind one space, every word has a character before it (the space, at the text's start); a
    # match opens with that character, so it starts in the text where it starts in the spaced text
    for m in _matcher().finditer(" " + text):
        if m.lastgroup == "skip":
            continue
        start, end = m.start(), m.end() - 1
        written = m.group("name")
        if written is None:
            near = _near_mention(text, start, end, m.group("fpre"), m.group("near"))
            if near is not None and not (mentions and mentions[-1].end > near.start):
                mentions.append(near)
                listed = None
            continue
        key = _key(written)
        found = g.index.get(key)
        if found is None:
            key = _closed(key)
            found = g.index.get(key)
        if found is None:
            continue  # a Unicode case match that folds differently ("BALİ")
        prefix = m.group("pre")
        if prefix:
            kind, government = _prefix_info(prefix)
            regs = _narrow(found, kind)
            is_bare = False
        else:
            if not g.bare_keys[key] or not _capitalised(written):
                continue
            if _street_before().search(text, max(0, start - 8), start):
                continue
            kind, government = None, False
            regs = found
            if not bare:
                regs = tuple(r for r in regs if r.kind == PROVINCE)
                if not regs:
                    continue
            is_bare = any(r.kind != PROVINCE for r in regs)
            if listed is not None and not _LIST_JOINT.fullmatch(text, mentions[-1].end, start):
                listed = None  # (not the next member of the list the kind was stated for)
            # (a name that is also a province's is the member's address, "Kabupaten A, Gorontalo": no member)
            if len(regs) > 1 and listed is not None and all(r.kind != PROVINCE for r in regs):
                # the kind word before a list's first member is every member's: "Kabupaten Kuningan dan
                # Tasikmalaya" names two kabupaten, "Kota Surabaya, Malang" two kota
                narrowed[start] = regs
                regs = _narrow(regs, listed)
        if mentions and mentions[-1].end > start:
            continue  # (inside a misspelt name of two words read before)
        mentions.append(PlaceMention(start, end, text[start:end], regs, kind, government, is_bare))
        # (the kind a member passes on to the next: the kind its prefix states, or the one it was given, as long as
        # the list goes on with names of that kind)
        kinds = {r.kind for r in regs}
        listed = next(iter(kinds)) if len(kinds) == 1 and (kind or listed in kinds) and PROVINCE not in kinds else None
    if narrowed:
        _unless_named_otherwise(mentions, narrowed)
    if bare and "DPRD" in text:
        mentions = _near_after_council(text, mentions)
    return mentions


def _unless_named_otherwise(mentions: list[PlaceMention], narrowed: dict[int, tuple[Region, ...]]) -> None:
    """A list's kind yields to the kind the text states for that very name elsewhere: in "Kota A, Pasuruan dan
    B" then "Kabupaten Pasuruan", the member is the kabupaten."""
    stated = {m.candidates[0] for m in mentions if m.explicit_kind and len(m.candidates) == 1}
    for i, m in enumerate(mentions):
        before = narrowed.get(m.start)
        if before is not None and any(r in stated for r in before if r not in m.candidates):
            mentions[i] = PlaceMention(m.start, m.end, m.text, before, m.explicit_kind, m.government, m.bare)


# the link between two members of one list of places: "A, B", "A dan B", "A serta B", "A, dan B"
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:(?:dan|serta)\s+)?|(?:dan|serta)\s+)", re.IGNORECASE)


# --- names misspelt ---------------------------------------------------------------------
# Reports misspell the region a prefix word or a council announces ("Kabupaten Seragen", "DPRD Kota
# priaman", "Kabupaten Lambata", "Kabupaten Pasawaran", "Pemkab Puwakarta", "DPRD Tulunaggung"): a word
# in a name's slot that the map does not know is the ONE region of the kind the slot asks for whose
# canonical name is within one edit of it (a letter added, dropped, changed, or two neighbours swapped;
# names of 5+ letters, any case). Not an alias: a short form one letter off is another short form
# ("Mubar" is not "Kubar", "Solsel" not "Bolsel"). Names within one edit of each other (Badung/Bandung,
# Binjai/Sinjai, Sabang/Subang) make a typo between them ambiguous: refused.
_NEAR_MIN = 5
# the words that close a name of several words ("Manggarai Barat"): after a misspelt word, the name
# goes on and one word alone would be another region
_NAME_CLOSERS = ("barat", "timur", "utara", "selatan", "tengah")
# prefix words that name a person's office: a capitalised word after them may be the person ("Wabup Intan Nurul")
_TITLE_PREFIX = re.compile(r"(?:bupati|wabup|wali\s*kota|wawali|gubernur|wagub)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Near:
    by_form: dict[str, tuple[str, ...]]  # a name, and the name with one letter dropped -> the names
    regions: dict[str, tuple[Region, ...]]  # canonical name key -> its regions
    openings: frozenset[str]  # first words of the map's names of several words ("serdang")


@cache
def _near_index() -> _Near:
    """Built once, on the first unknown word in a name's slot."""
    g = _gazetteer()
    stop = {_key(a) for a in g.not_word_names}
    regions: dict[str, list[Region]] = {}
    for r in g.by_name.values():
        key = _key(r.bare)
        if len(key) >= _NEAR_MIN and key.replace(" ", "").isalpha() and key not in stop:
            regions.setdefault(key, []).append(r)
    by_form: dict[str, set[str]] = {}
    for key in regions:
        for form in {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}:
            by_form.setdefault(form, set()).add(key)
    openings = frozenset(k.split(" ", 1)[0] for k in g.index if " " in k)
    return _Near(
        {k: tuple(sorted(v)) for k, v in by_form.items()},
        {k: tuple(v) for k, v in regions.items()},
        openings,
    )


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter added, dropped or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def near_regions(word: str, kind: str | None = None) -> tuple[Region, ...]:
    """The regions of ``kind`` (any when None) of the ONE canonical name within one edit of ``word`` (5+
    letters, any case): a kabupaten and a kota may share it, as they share a name written right. Empty when
    no name is, or several are, or ``word`` is (part of) a name already."""
    key = _key(word)
    g = _gazetteer()
    if len(key) < _NEAR_MIN or key in g.index or key in g.not_misspelt:
        return ()
    near = _near_index()
    if key in near.openings:
        return ()
    keys: set[str] = set(near.by_form.get(key, ()))
    for i in range(len(key)):
        keys.update(near.by_form.get(key[:i] + key[i + 1 :], ()))
    found: tuple[Region, ...] = ()
    for k in keys:
        if _one_edit(key, k):
            regs = tuple(r for r in near.regions[k] if kind is None or r.kind == kind)
            if regs and found:
                return ()  # two names one edit away: no telling which
            found = regs or found
    return found


_NEXT_WORD = re.compile(r"[^\S\n]+([A-Z][^\W\d_]+)")


def _near_span(text: str, end: int, word: str, kind: str | None, title: bool) -> tuple[tuple[Region, ...], int] | None:
    """The region a misspelt word in a name's slot means, and where its name ends; a name of two
    words is tried when a capitalised word follows ("Menggarai Barat")."""
    after = _NEXT_WORD.match(text, end)
    if after is not None:
        two = near_regions(word + " " + after.group(1), kind)
        if two:
            return two, after.end()
        nxt = after.group(1).casefold()
        if title or any(nxt == c or _one_edit(nxt, c) for c in _NAME_CLOSERS):
            return None  # a person's name after an office; a name of several words misspelt beyond one edit
    regions = near_regions(word, kind)
    return (regions, end) if regions else None


def _near_mention(text: str, start: int, end: int, prefix: str, word: str) -> PlaceMention | None:
    kind, government = _prefix_info(prefix)
    if not word[0].isupper():
        # ("kota sedang", "Pemerintah daerah": words, not names; "DPRD Kota priaman": a name after a
        # capitalised Kabupaten/Kota inside a sentence)
        head = prefix.lstrip("( ")
        if kind not in (KABUPATEN, KOTA) or not head[:1].isupper() or text[:start].rstrip()[-1:] in ("", ".", "!", "?"):
            return None
    found = _near_span(text, end, word, kind, _TITLE_PREFIX.search(prefix) is not None)
    if found is None:
        return None
    regions, end = found
    return PlaceMention(start, end, text[start:end], regions, kind, government, False)


@cache
def _after_council_re() -> re.Pattern:
    # (r"\bDPRD…" with the word's start looked behind the literal: the engine skips to "DPRD" instead of trying
    # each position, ~45 -> 2 µs an article that has the word)
    return re.compile(r"DPRD(?<!\wDPRD)\s+([A-Z][^\W\d_]{4,})(?!\w)")


def _near_after_council(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A council is named for its region ("DPRD Karangasem"): a misspelt name right after "DPRD"."""
    added: list[PlaceMention] = []
    for m in _after_council_re().finditer(text):
        found = _near_span(text, m.end(1), m.group(1), None, False)
        regions = tuple(r for r in found[0] if r.kind != PROVINCE) if found is not None else ()
        if found is not None and regions:
            added.append(PlaceMention(m.start(1), found[1], text[m.start(1) : found[1]], regions, None, False, True))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda p: p.start)


def _lookup(name: str) -> tuple[tuple[Region, ...], str | None]:
    """Regions a whole string names, and the kind its prefix states."""
    g = _gazetteer()
    text = " ".join(name.split())
    # Longest prefix first ("Pemkab Bogor" is Bogor as a kabupaten), but a prefix word
    # may start a name: "Pemerintah Daerah Istimewa Yogyakarta".
    splits = [i for i in range(len(text) - 1, 0, -1) if text[i - 1] in " ." and text[i] != " "]
    for split in (*splits, 0):
        head = text[:split]
        if split and not _prefix_chain_re().fullmatch(head):
            continue
        regs = g.index.get(_key(text[split:])) or g.index.get(_closed(_key(text[split:])))
        if regs:
            kind, _ = _prefix_info(head)
            return _narrow(regs, kind), kind
    return (), None


def regions_named(name: str) -> list[Region]:
    """All regions a name can mean, any case, with or without a prefix: "Bogor" gives
    Kabupaten and Kota Bogor, "Kota Bogor" and "Pemkot Bogor" only the kota, "Sulsel" the
    province, "Jambi" the province and Kota Jambi. Provinces first, then by code."""
    return list(_lookup(name)[0])


def regency(name: str) -> Region | None:
    """The one kabupaten/kota ``name`` means ("Pemkot Batam", "Siantar", "Kab. Bogor");
    None when unknown, a province only, or ambiguous ("Bogor")."""
    regs = [r for r in _lookup(name)[0] if r.kind != PROVINCE]
    return regs[0] if len(regs) == 1 else None


def province(name: str) -> str | None:
    """Canonical province from any of its forms, any case: "sulsel", "Propinsi Jawa Timur",
    "prov. jatim", "jogja", "DKI", "Kepri". None for anything else, including a regency
    ("Kota Jambi", "Makassar": use ``regency(...).province``)."""
    regs, kind = _lookup(name)
    if kind not in (None, PROVINCE):
        return None
    provinces = [r for r in regs if r.kind == PROVINCE]
    return provinces[0].name if provinces else None


def located_in(region: Region, province_name: str) -> bool:
    """``province_name`` is the region's province, or the one its province was carved out of: reports
    locate a regency in its old province long after a split ("Kabupaten Jayawijaya, Provinsi Papua")."""
    if region.province == province_name:
        return True
    return _gazetteer().carved_from.get(region.province) == province_name


def suggest_provinces(name: str, n: int = 3) -> list[str]:
    """Up to ``n`` canonical provinces whose names or short forms look like ``name``."""
    g = _gazetteer()
    names = {key: regs[0].name for key, regs in g.index.items() if regs[0].kind == PROVINCE}
    text = _key(name)
    for prefix in ("provinsi ", "propinsi ", "prov ", "pemprov "):
        text = text.removeprefix(prefix)
    found: list[str] = []
    for key in difflib.get_close_matches(text, list(names), n=max(n, 1) * 4, cutoff=0.6):
        if names[key] not in found:
            found.append(names[key])
    return found[:n]


def all_provinces() -> list[Region]:
    """The 38 provinces, by code."""
    return list(_gazetteer().provinces)


def _context(items: Iterable[str]) -> tuple[set[str], set[str]]:
    by_name = _gazetteer().by_name
    provinces: set[str] = set()
    regions: set[str] = set()
    for item in items:
        known = by_name.get(item)  # canonical names, the usual case, skip the parsing
        if known is not None:
            provinces.add(known.province)
            if known.kind != PROVINCE:
                regions.add(known.name)
        elif (p := province(item)) is not None:
            provinces.add(p)
        elif (r := regency(item)) is not None:
            regions.add(r.name)
            provinces.add(r.province)
    return provinces, regions


def resolve(mention: PlaceMention, context_provinces: Iterable[str] = (), rural: bool = False) -> Region | None:
    """The region a mention most likely means, or None when the text cannot tell.

    In order:
    1. the kind the text states: "Pemkab Bogor", "Walikota Bogor", "Provinsi Gorontalo";
    2. a candidate named in ``context_provinces``, which may also hold regency names
       ("Kabupaten Magelang" said elsewhere in the article makes a bare "Magelang" the
       kabupaten);
    3. a province among the candidates: bare "Bengkulu", "Jambi", "Jogja" are read as the
       province, which is right whichever of the two the writer meant;
    4. candidates in a province of ``context_provinces`` ("Banjar" in an article that
       also names Kalsel is Kabupaten Banjar, next to Jawa Barat it is Kota Banjar);
    5. a name that is both a Kabupaten and a Kota of one province (Bogor, Malang, Kediri,
       ...) alone means the kota: the town gave both their name, news text says
       "Kabupaten X" when it means the regency, and a bare "Malang" or "Semarang" is the
       city to a reader;
    6. otherwise None (bare "Banjar" with no hint of Kalsel or Jawa Barat).

    With ``rural`` (the name closes a village's address, "Desa X, Kecamatan Y, Magelang") a
    name that is both a Kabupaten and a Kota is the kabupaten: villages lie in regencies.
    """
    candidates = _narrow(mention.candidates, mention.explicit_kind)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    if rural and len({r.province for r in candidates}) == 1:
        regencies = [r for r in candidates if r.kind == KABUPATEN]
        if len(regencies) == 1:
            return regencies[0]
    items = [context_provinces] if isinstance(context_provinces, str) else context_provinces
    ctx_provinces, ctx_regions = _context(items)
    named = [r for r in candidates if r.name in ctx_regions]
    if len(named) == 1:
        return named[0]
    provinces = [r for r in candidates if r.kind == PROVINCE]
    if provinces:
        return provinces[0]
    in_context = [r for r in candidates if r.province in ctx_provinces]
    if in_context:
        candidates = tuple(in_context)
    if len(candidates) == 1:
        return candidates[0]
    if len({r.province for r in candidates}) == 1:
        kotas = [r for r in candidates if r.kind == KOTA]
        if len(kotas) == 1:
            return kotas[0]
    return None


# A government is written in full ("Pemerintah Kota Batu"), shortened ("Pemkot Batu") or as
# its governance ("Pemerintahan Kota Batu"): the full name is the body's name as written.
_FULL_GOVERNMENT = re.compile(r"pemerintah\s", re.IGNORECASE)
_GOVERNANCE = re.compile(r"pemerintahan\s", re.IGNORECASE)


def government_form_rank(mention: PlaceMention) -> int:
    """0 for the government in full, 1 shortened, 2 its governance ("Pemerintahan X")."""
    if _FULL_GOVERNMENT.match(mention.text):
        return 0
    return 2 if _GOVERNANCE.match(mention.text) else 1


# ---------------------------------------------------------------- who travels from a place

# Reports name the travellers as people of a place ("camat di Kabupaten X", "kepala desa se-X",
# "rombongan DPRD Kota X", "kunjungan … dari X", "tamunya Pemkot X"): the place before them sends.
_SENDER_PRE = (
    r"\b(?:(?:camat|lurah|kepala\s+desa|kades|perangkat\s+desa|"
    + staff.only("aparatur", "aparat")
    + r"|aparatur\s+sipil|"
    + staff.only("ASN", "PNS", "pejabat", "pegawai")
    + r"|pengurus|pengelola|anggota|rombongan|tamu(?:nya)?|delegasi|kontingen"
    r"|(?:kunjungan|kedatangan|lawatan)(?:\s+[\w-]+){0,3}\s+dari"
    # (the host's passive with its agent: "dikunjungi oleh Pemkot A dan Pemkab B", "disambangi oleh …")
    r"|(?:" + verbs.VISITED + r")\s+oleh)(?:\s*\([^)]{1,20}\))?"
    # ("DPRD II X", "DPRD Tingkat II X": the older name of a regency's council, still written by small sites)
    r"(?:\s+(?:dprd(?:\s+(?:tingkat\s+|tk\.?\s*)?II?\b)?|pemerintah|pemerintahan|desa|kelurahan|kecamatan|kampung"
    r"|komisi\s+\w+|bkad|apdesi|pkk|tp\s+pkk))*"
    r"\s+(?:(?:di|dari|asal|se-?|se\s+)\s*)?"
    # "320 desa di 16 kecamatan se-X": the villages of a whole region travel
    r"|(?:desa|kecamatan|kelurahan)\s+(?:se-?|se\s+)\s*"
    # "pengelola Bumdes dan pemerintahan desa di Kabupaten X": the village bodies of a region are its
    # people (not after a trip word: "belajar ke Bumdes di X")
    r"|(?=[bp])(?<!\bke\s)(?<!\bdi\s)\b(?:bumdes|bum\s+desa|pemerintahan\s+desa|pemerintah\s+desa|bpd)\s+(?:di|se-?|se\s+)\s*"
    # "para pemimpin muda dari X", "peserta pelatihan asal X"
    r"|(?:pemimpin|pimpinan|" + trainees.TRAINEES + r"|perwira|calon)(?:\s+[a-z]+){0,2}\s+(?:dari|asal)\s+"
    # the guests named, then who they are after "yakni" ("kedatangan tamu studi tiru, yakni Pemkab A …", "tiga
    # rombongan, yaitu DPRD B …"; not where they went, "rombongan ke dua daerah, yakni …", nor the places called on,
    # "rombongan mendatangi lima instansi, yaitu …")
    r"|(?:rombongan|tamu(?:nya)?|delegasi|kontingen|utusan)"
    r"(?:\s+(?!(?:ke|di|menuju|untuk|guna|" + verbs.GOING_TO + r"|" + verbs.TRAVELLING + r")\b)[\w-]+){0,4}"
    r"\s*,?\s*(?:yakni|yaitu|antara\s+lain|di\s+antaranya)\s*:?\s*(?:dprd\s+)?)$",
    re.IGNORECASE,
)
# … or as the subject of a travel verb ("Pemkab X, Provinsi Y, melakukan studi banding ke …",
# "26 camat di Klaten bepergian ke Lombok"); "untuk", "dalam rangka" open a purpose, not a subject,
# and a place that receives the trip ("Pemkab X menerima kunjungan studi lapangan …") is its host.
_SENDER_POST = (
    # (", Komisi II mendatangi …" is the next group of a list, not the place's province; ", sedangkan …" another clause)
    r"^(?:\s*\([^)]{1,40}\))?(?:\s*,\s*(?!(?i:komisi|kelompok|tim|pansus)\b)(?:(?:Provinsi|Propinsi|Prov\.)\s*)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    r"(?:\s*\([^)]{1,20}\))?)?\s*,?\s*(?:(?!untuk\b|guna\b|dalam\b|yang\b|dan\b|di\b|ke\b|sedangkan\b|sementara\b"
    # (any word that makes the place the trip's goal or host: "menjadi tujuan", "dijadikan lokasi", "menjamu",
    # "mendapatkan kunjungan", "dikunjungi")
    r"|(?i:" + verbs.RECEIVING + r"|mendapat(?:kan)?|kebanjiran|menjadi|dijadikan|dipilih|terpilih"
    r"|tujuan|lokasi|lokus|sasaran|tuan|"
    + verbs.VISITED
    + r"|dituju)\b|(?<=,\s)(?i:komisi|kelompok|tim|pansus)\b)[\w-]+\s+){0,2}?"
    r"(?:" + verbs.DEPARTING + r"|bepergian|bertandang|melawat|belajar|studi|study|kunjungan\s+kerja|kunker"
    r"|" + verbs.VISITING + r"|ramai-ramai|melakukan|melaksanakan|mengadakan|menggelar|mengikuti|menjalani)\b",
)


# "BPD empat kecamatan di Kabupaten X", "12 desa di X": counted sub-units of X, its people (not the
# places gone to: "ke tiga desa di X", "mengunjungi dua desa di X")
_COUNTED_UNITS_AT = (
    r"(?<!\bke\s)(?<!\bdi\s)(?<!menuju\s)(?<!unjungi\s)(?<!ambangi\s)(?<!datangi\s)"
    r"\b(?:\d{1,3}|__FEW__)\s+(?:desa|kecamatan|kelurahan|nagari)\s+di\s+$"
)
_SUB_UNITS = ("desa ", "kecamatan ", "kelurahan ", "nagari ")


@cache
def _sender_res() -> tuple[re.Pattern, ...]:
    from diklat_cli.extract.scanning import first_letter_gated  # (local: the module's imports untouched)

    pre, post = (re.compile(*args) for args in (_SENDER_PRE, _SENDER_POST))
    # (the words before a place behind a look-ahead for their first letters: not tried at every other word)
    return first_letter_gated(pre), post


@cache
def _counted_units_re() -> re.Pattern:
    from diklat_cli.extract.numbers import cardinal_words

    return re.compile(_COUNTED_UNITS_AT.replace("__FEW__", cardinal_words(2, 9)), re.IGNORECASE)


@cache
def sender_needles() -> tuple:
    from diklat_cli.extract.scanning import needles

    return tuple(needles(p) for p in _sender_res())


# the agent of a passive trip: "studi tiru … yang dilakukan (oleh) Pemerintah Desa X"
_AGENT_WORDS = frozenset({"dilakukan", "digelar", "dilaksanakan", "diikuti"})
# ... unless the passive compares: "seperti yang juga dilakukan X", "sebagaimana telah dilakukan oleh X" (X did the
# like before or elsewhere; the report's travellers are others)
_LIKE_DONE_BY = re.compile(
    r"\b(?:seperti|sebagaimana|layaknya)\s+(?:yang\s+)?(?:(?:juga|telah|sudah|pernah|lebih\s+dulu)\s+)*"
    r"(?:dilakukan|digelar|dilaksanakan)\s+(?:oleh\s+)?$"
)
# a place right after these is where the travellers go, not a subject

_DEST_WORDS = frozenset({*verbs.TOWARDS_WORDS, "di", "kunjungi", "sambangi", *verbs.VISITING_VERBS})


def sender_weight(
    before: str, after: str, low: str | None = None, low_after: str | None = None, may: tuple[bool, bool] | None = None
) -> float:
    """How strongly the words around a place mention make it the travellers' home (0: not).
    low, low_after: before and after in lower case, when the caller has them; may: whether the
    `sender_needles` of its two patterns are in them, when the caller has looked for them already."""
    from diklat_cli.extract.scanning import may_match

    pre, post = _sender_res()
    low = before.lower() if low is None else low
    if may is None:
        pre_needles, post_needles = sender_needles()
        may = may_match(pre_needles, low), may_match(post_needles, after.lower() if low_after is None else low_after)
    last = low.split()[-2:] if before[-1:].isspace() else []
    if last and (last[-1] in _AGENT_WORDS or (last[-1] == "oleh" and last[0] in _AGENT_WORDS)):
        if ("seperti" in low or "sebagaimana" in low or "layaknya" in low) and _LIKE_DONE_BY.search(low):
            return 0.0  # "…, seperti yang juga dilakukan Kabupaten X": another who did the like, set as an example
        return 3.0  # the agent of a passive trip
    if may[0] and pre.search(before):
        return 3.0
    if low.endswith(" di ") and any(w in low for w in _SUB_UNITS) and _counted_units_re().search(before):
        return 3.0
    if last and last[-1] in _DEST_WORDS:
        return 0.0
    if may[1] and post.match(after):
        return 3.0
    return 0.0


# A village visited is written with its address ("ke Desa A, Kabupaten X"): the regency closing it is where they went.
# the kinds of sub-district a village's address names (a kapanewon, a kemantren: Yogyakarta's kecamatan)
SUBDISTRICT = r"(?:kecamatan|kec\.|distrik|kapanewon|kemantren)"
# the words that name a village or hamlet before its name ("Desa X", "Nagari Y", "Gampong Z", "Pekon W")
VILLAGE_WORDS = ("desa", "kelurahan", "nagari", "kampung", "gampong", "pekon", "dusun")
VILLAGE = "|".join(VILLAGE_WORDS)
_VISITED_ADDRESS = (
    r"\b(?:" + verbs.GOING_TO + r"|kunjungi|belajar\s+di|studi\s+\w+\s+di"
    # where the activity took place: "Kegiatan yang bertempat di Desa X Kecamatan Y Kabupaten Z"
    r"|bertempat\s+di|berlokasi\s+di|dilaksanakan\s+di|digelar\s+di)\s+"
    r"(?:" + VILLAGE + r")\s+[^.;:\n]{1,50}?(?:,\s*|\s+(?=" + SUBDISTRICT + r"))"
    r"(?:" + SUBDISTRICT + r"\s+[^,.;:\n]{1,30}?(?:,\s*|\s+))?$",
    re.IGNORECASE,
)


@cache
def _visited_address_re() -> re.Pattern:
    return re.compile(*_VISITED_ADDRESS)


_RURAL_ADDRESS = re.compile(r"\b(?:desa|kecamatan|kec\.)\s+[A-Z][^,.;:\n]{1,30},\s*$", re.IGNORECASE)


def closes_a_village_address(before: str) -> bool:
    """The words before a place name are a village's address ("Desa X, Kecamatan Y, ")."""
    # (an address closed by a comma, only spaces after it: most words before a place are not; the pattern,
    # led by a word boundary, is tried at each position)
    return before.rstrip().endswith(",") and _RURAL_ADDRESS.search(before) is not None


# ... or written with no comma, the village's name running straight into its regency ("studi banding ke
# Desa Sanankerto Kecamatan Turen Kabupaten Malang", "ke Desa Panggungharjo Kabupaten Bantul"): the
# capitalised name ends where the regency's name begins
_VISITED_VILLAGE_NAMED = re.compile(
    r"\b(?:" + verbs.GOING_TO + r"|kunjungi|belajar\s+di|studi\s+\w+\s+di)\s+"
    r"(?:" + VILLAGE + r")\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}\s+"
    r"(?:" + SUBDISTRICT + r"\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}\s+)?$",
    re.IGNORECASE,
)


def destination_weight(before: str, low: str | None = None) -> float:
    """How strongly the words before a place mention make it the place visited (0: not)."""
    low = before.lower() if low is None else low
    if not any(w in low for w in VILLAGE_WORDS):
        return 0.0
    if before[-1:].isspace() and _VISITED_VILLAGE_NAMED.search(before[-90:]):
        return 3.0
    if "," not in before[-45:] and not re.search(r"(?i)\b" + SUBDISTRICT + r"\s+\S+\s+$", before[-45:]):
        return 0.0  # the address closes with a comma, or its kecamatan, before the regency
    return 3.0 if _visited_address_re().search(before) else 0.0
