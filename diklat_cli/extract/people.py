"""Officials: people an article names together with their role.

Rule based. A role phrase ("Kepala Badan Diklat Provinsi Lampung", "Sekda", "Wali Kota
Manado") is found first and the name is looked for beside it:

- after it, behind a comma or an academic title or rank
  ("Kepala Badan X, Adriyana Umar", "Wali Kota Medan Drs H T Dzulmi Eldin");
- at its tail ("Sekda Lakat", "Kepala BPSDM Maluku Syuryadi Sabirin");
- before it ("Budi Santoso selaku Sekretaris ...", "Johana Nap, yang menjabat Kepala ...").

A name is 1–4 capitalised words that are not role or agency words, places, days or months.
Word lists live in data/titles.json. Precision is preferred over recall: a phrase that
does not clearly hold a name gives nothing.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import and_, itemgetter
from pathlib import Path

from diklat_cli.extract import speech
from diklat_cli.extract.places import written_names

__all__ = ["OfficialMention", "clean_name", "find_officials"]

_DATA = Path(__file__).resolve().parent.parent / "data" / "titles.json"
_MAX_NAME = 4
_MAX_NAME_TITLED = 5  # after "Dr Ir" the words are surely a name, allow one more
_MAX_ROLE = 24


@dataclass(frozen=True, slots=True)
class OfficialMention:
    name: str
    title: str | None
    start: int
    end: int
    title_span: tuple[int, int] | None


# --- word lists ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _region_names() -> frozenset[tuple[str, ...]]:
    """The regencies, cities and provinces whose names are two or three words ("Kubu Raya", "Kapuas Hulu",
    "Kalimantan Tengah"), by their names and the names reports give them ("Palangka Raya", "Sumatra
    Barat"), lower case, without "Kabupaten"/"Kota"."""
    return frozenset(words for words in _region_words() if 2 <= len(words) <= 3)


@lru_cache(maxsize=1)
def _region_words() -> frozenset[tuple[str, ...]]:
    """Every regency's, city's and province's name as reports write it, as its words, lower case, without
    "Kabupaten"/"Kota"."""
    return frozenset(
        words
        for name in written_names()
        if (words := tuple(re.sub(r"^(?:Kabupaten|Kota)\s+", "", name).lower().split()))
    )


@lru_cache(maxsize=1)
def _region_firsts() -> frozenset[str]:
    return frozenset(words[0] for words in _region_names())


@lru_cache(maxsize=1)
def _region_openers() -> frozenset[str]:
    """The first word of every regency's, city's and province's name ("tabanan", "kubu", "lobar")."""
    return frozenset(words[0] for words in _region_words())


def _key(s: str) -> str:
    """Title key: lower case without dots and spaces, so M.Si, MSi and "M Si" meet."""
    return re.sub(r"[.\s]", "", s).lower()


@dataclass(frozen=True)
class _Lexicon:
    prefix: frozenset[str]
    suffix: frozenset[str]
    prefix_starts: frozenset[str]  # every beginning of a prefix title key
    suffix_starts: frozenset[str]
    abbrev: frozenset[str]  # shortened given names written with a dot: "Muh.", "Abd."
    ranks: dict[str, tuple[tuple[str, ...], ...]]  # by first word, longest first
    rank_suffixes: frozenset[str]
    heads: dict[str, tuple[tuple[str, ...], ...]]
    lower_heads: frozenset[tuple[str, ...]]
    region_heads: frozenset[tuple[str, ...]]
    region_always: frozenset[tuple[str, ...]]
    not_before_head: frozenset[str]
    org_heads: frozenset[str]
    role_words: frozenset[str]
    not_names: frozenset[str]
    unit_prefixes: tuple[str, ...]  # one-word office names ("Bappelitbang", "Disbudpar") start so
    unit_kinds: frozenset[str]  # after these the capitalised words name the unit, not a person
    places: frozenset[str]
    place_markers: frozenset[str]
    place_prefixes: frozenset[str]
    dates: frozenset[str]
    speech: frozenset[str]


def _starts(keys: frozenset[str]) -> frozenset[str]:
    """Every non-empty beginning of every key: "m", "ms", "msi" for "msi"."""
    return frozenset(k[:n] for k in keys for n in range(1, len(k) + 1))


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    d = json.loads(_DATA.read_text(encoding="utf-8"))
    places = {w.lower() for w in d["places"]}
    for prov in d["provinces"]:
        places.update(w.lower() for w in prov.split() if w.lower() != "di")

    def by_first(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for ws in sorted({_words(x) for x in phrases}, key=len, reverse=True):
            out.setdefault(ws[0], []).append(ws)
        return {k: tuple(v) for k, v in out.items()}

    prefix = frozenset(_key(t) for t in d["prefix_titles"])
    suffix = frozenset(_key(t) for t in d["suffix_titles"])
    return _Lexicon(
        prefix=prefix,
        suffix=suffix,
        prefix_starts=_starts(prefix),
        suffix_starts=_starts(suffix),
        abbrev=frozenset(w.lower() for w in d["name_abbreviations"]),
        ranks=by_first(d["ranks"]),
        rank_suffixes=frozenset(w.lower() for w in d["rank_suffixes"]),
        heads=by_first(d["role_heads"]),
        lower_heads=frozenset(_words(h) for h in d["lowercase_heads"]),
        region_heads=frozenset(_words(h) for h in d["region_heads"]),
        region_always=frozenset(_words(h) for h in d["region_always"]),
        not_before_head=frozenset(w.lower() for w in d["not_before_head"]),
        org_heads=frozenset(w.lower() for w in d["org_heads"]),
        role_words=frozenset(w.lower() for w in d["role_words"]),
        # (a verb of saying opening a clause is no name either: "Ujar dia, …")
        not_names=frozenset(w.lower() for w in (*d["not_names"], *speech.speaker_words())),
        unit_prefixes=tuple(w.lower() for w in d["unit_word_prefixes"]),
        unit_kinds=frozenset(w.lower() for w in d["unit_kinds"]),
        places=frozenset(places),
        place_markers=frozenset(w.lower() for w in d["place_markers"]),
        place_prefixes=frozenset(w.lower() for w in d["place_prefixes"]),
        # full month names only: "Agus" and "Des" are names far more often than months
        dates=frozenset(d["days"]) | frozenset(m for m in d["months"] if len(m) > 4 or m in ("mei", "juni", "juli")),
        speech=frozenset(w.lower() for w in speech.speaker_words()),
    )


# --- tokens -------------------------------------------------------------------------------

# a word runs on through letters, digits and apostrophes, and through a hyphen when a
# letter or digit follows ("Bau-Bau"); written as runs, which the regex engine scans fast
_TOKEN = re.compile(r"[^\W_][\w'’]*(?:-(?=[^\W_])[\w'’]*)*|\S")
_TOKEN_PARTS = re.compile(f"({_TOKEN.pattern})")  # _TOKEN as a group: re.split keeps the tokens
_ROMAN = re.compile(r"[IVXLC]+")


class _Tok:
    """One token; its lower-case form and capitalisation are worked out once."""

    __slots__ = ("text", "start", "end", "word", "nl", "low", "cap")

    def __init__(self, text: str, start: int, end: int, word: bool, nl: bool, low: str, cap: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.word = word
        self.nl = nl  # a line break lies between this token and the one before
        self.low = low
        self.cap = cap


def _tokens(text: str) -> list[_Tok]:
    """Tokens line by line: no token holds a line break, so a token follows one exactly
    when it opens any line but the first."""
    # each field worked out for all tokens at once by map() (C loops): a Python loop over some
    # 300 tokens an article cost more than the tokens' use. The tokens come from one split (the
    # gaps and tokens alternate; a running sum of their lengths gives every start and end), not
    # from a list of match objects: those are tracked by the cyclic GC, and some 300 of them alive
    # beside the tokens set off a collection in most articles (0.2-0.3 ms of CPU an article)
    parts = _TOKEN_PARTS.split(text)
    texts = parts[1::2]
    n = len(texts)
    bounds = list(accumulate(map(len, parts)))
    starts = bounds[0:-1:2]
    words = list(map(str.isalnum, map(itemgetter(0), texts)))
    # no token holds a line break ("\n" is neither \w nor \S): the first token after one opens a line
    nl = [False] * n
    br = text.find("\n")
    while br >= 0:
        k = bisect_right(starts, br)
        if k == n:
            break
        nl[k] = True
        br = text.find("\n", starts[k])
    caps = map(and_, words, map(str.isupper, map(itemgetter(0), texts)))
    return list(map(_Tok, texts, starts, bounds[1::2], words, nl, map(str.lower, texts), caps))


@lru_cache(maxsize=16384)
def _plain_name_word(text: str) -> bool:
    """_Doc.is_name_word without its flags, for a word token's text, save the article's own places."""
    if not text.isalpha() and any(c.isdigit() for c in text):
        return False
    if not text[0].isupper():
        return False
    lex, low = _lex(), text.lower()
    role = low[:-3] if low.endswith("nya") else low
    if role in lex.role_words or low in lex.not_names or low in lex.places:
        return False
    if low.startswith(lex.unit_prefixes) or low in lex.dates:
        return False
    if len(text) > 1 and text.isupper():
        return False
    return not (len(text) > 1 and _ROMAN.fullmatch(text))


class _Doc:
    """Tokens of one article plus what the article itself says is a place.

    Every question asked about a token position depends on the article alone, so the
    answers (titles, heads, persons …) are remembered per position.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.n = len(self.toks)
        self.lex = _lex()
        self._places: frozenset[str] | None = None
        self._headline: frozenset[int] | None = None
        self._heads: list[int] | None = None
        self._prefix_ends: dict[int, int] = {}
        self._suffix_ends: dict[int, int] = {}
        self._prefixes: dict[int, int] = {}
        self._ranks: dict[int, int] = {}
        self._persons: dict[int, _Person | None] = {}
        self._caps: dict[str, list[int]] | None = None

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    @property
    def places(self) -> frozenset[str]:
        if self._places is None:
            self._places = self._local_places()
        return self._places

    @property
    def headline(self) -> frozenset[int]:
        if self._headline is None:
            self._headline = self._headline_tokens()
        return self._headline

    def capitalised_at(self, low: str) -> list[int]:
        """Indexes of the capitalised tokens whose lower-case form is low."""
        if self._caps is None:
            caps: dict[str, list[int]] = {}
            for k, t in enumerate(self.toks):
                if t.cap:
                    caps.setdefault(t.low, []).append(k)
            self._caps = caps
        return self._caps.get(low, [])

    def _headline_tokens(self) -> frozenset[int]:
        """Tokens on Title Case lines (headlines, "Baca juga" links): there every word is
        capitalised, so a capitalised word after a role proves nothing."""
        toks, n = self.toks, self.n
        out: set[int] = set()
        # lines: runs of tokens, each run but the first opening after a line break
        breaks = [k for k in range(1, n) if toks[k].nl]
        for a, b in zip([0, *breaks], [*breaks, n], strict=True):
            if a >= b or toks[b - 1].text in ".:":
                continue
            # a short label before a colon ("Baca juga:") is not part of the headline
            body = a
            for k in range(a, min(a + 5, b)):
                if toks[k].text == ":":
                    body = k + 1
                    break
            long = 0
            for k in range(body, b):
                w = toks[k]
                if w.word and len(w.text) > 3:
                    if not w.text[0].isupper():
                        break
                    long += 1
            else:
                if long >= 3:
                    out.update(range(a, b))
        # a link to another report set inside a paragraph, "(Baca: Sekwan X Minta Maaf)", "(Baca
        # juga: …)": its words are a headline's, capitalised whatever they are
        for k in range(n - 2):
            if toks[k].text != "(" or toks[k + 1].low != "baca":
                continue
            e = k + 2
            while e < n and e - k < 40 and not toks[e].nl and toks[e].text != ")":
                e += 1
            if e < n and toks[e].text == ")" and any(toks[m].text == ":" for m in range(k + 2, min(k + 5, e))):
                out.update(range(k, e + 1))
        return frozenset(out)

    def _local_places(self) -> frozenset[str]:
        lex, toks = self.lex, self.toks
        markers, role_words = lex.place_markers, lex.role_words
        n = self.n
        found: set[str] = set()
        for i, t in enumerate(toks):
            if not t.word or t.low not in markers:
                continue
            if t.low == "kota" and i > 0 and toks[i - 1].low in ("wali", "ibu"):
                continue
            j = i + 1
            # "ke Pemkot Manado", "Kota (Pemkot) Manado": markers chain
            while j < n and not toks[j].nl and (toks[j].low in markers or toks[j].text in "()"):
                j += 1
            nt = toks[j] if j < n else None
            if nt is None or not nt.cap or nt.nl or nt.low in role_words:
                continue
            found.add(nt.low)
            if nt.low in lex.place_prefixes:
                m = toks[j + 1] if j + 1 < n else None
                if m is not None and m.cap and not m.nl:
                    found.add(m.low)
        # "Wakil Bupati Sinjai Andi Kartini Ottong": three or more capitalised words after a
        # region head start with the region
        heads = self.head_ends()
        region_heads = lex.region_heads
        for i in range(n):
            he = heads[i]
            if he == i or tuple(t.low for t in toks[i:he]) not in region_heads:
                continue
            run = 0
            while (
                he + run < n and toks[he + run].cap and not toks[he + run].nl and toks[he + run].low not in role_words
            ):
                run += 1
            if run >= 3:
                found.add(toks[he].low)
        # a region of two or three words after a role or a body is the place, every word of it: the name
        # starts after it ("Wakil Bupati Kubu Raya Sujiwo", lq-03, kh-12; "Ketua DPRD Murung Raya, Kalimantan
        # Tengah, Rumiadi", me-04; "Ketua DPRD Kota Kapuas Hulu Rajuliansyah", kp-02; "DPRD Kota Palangka
        # Raya", mc-01)
        regions, firsts = _region_names(), _region_firsts()
        for i in range(1, n - 1):
            t = toks[i]
            if not t.cap or t.low not in firsts or not toks[i - 1].cap or toks[i - 1].nl:
                continue
            for size in (3, 2):
                words = tuple(x.low for x in toks[i : i + size])
                if len(words) == size and words in regions and not any(x.nl for x in toks[i + 1 : i + size]):
                    found.update(words)
                    break
        return frozenset(found)

    # --- word classes -------------------------------------------------------------------

    def is_place(self, t: _Tok) -> bool:
        return t.low in self.lex.places or t.low in self.places

    def is_date_word(self, t: _Tok) -> bool:
        return t.low in self.lex.dates

    def is_role_word(self, t: _Tok) -> bool:
        low = t.low
        if low.endswith("nya"):  # "Kabag Humasnya"
            low = low[:-3]
        return low in self.lex.role_words

    def is_name_word(self, i: int, *, lower_ok: bool = False, acronym_ok: bool = False) -> bool:
        t = self.toks[i] if 0 <= i < self.n else None  # self.tok(i), asked most of all
        if t is None or not t.word:
            return False
        if lower_ok or acronym_ok:
            return self._is_name_word(t, lower_ok, acronym_ok)
        # without the flags the answer is the text's own, less the article's places
        return _plain_name_word(t.text) and t.low not in self.places

    def _is_name_word(self, t: _Tok, lower_ok: bool, acronym_ok: bool) -> bool:
        text = t.text
        # a letter is never a digit, so only words with other characters need the digit test
        if not text.isalpha() and any(c.isdigit() for c in text):
            return False
        if not text[0].isupper():
            return lower_ok and text.isalpha() and text.islower() and len(text) > 2
        lex = self.lex
        if self.is_role_word(t) or t.low in lex.not_names or self.is_place(t):
            return False
        if t.low.startswith(lex.unit_prefixes):
            return False  # an office's one-word name: "Kepala Disbudpar Meitya Yulianti"
        if t.low in lex.dates:
            return False
        if len(text) > 1 and text.isupper():
            # acronyms are agencies ("BPSDM"); initials "GS" only right after "Dr Ir"
            return acronym_ok and len(text) <= 3 and not _ROMAN.fullmatch(text)
        return not (len(text) > 1 and _ROMAN.fullmatch(text))

    # --- titles, ranks, heads -----------------------------------------------------------

    def _glued(self, i: int, starts: frozenset[str], limit: int = 4) -> list[tuple[int, str]]:
        """Words from i joined only by dots or single spaces ("S.Sos", "M Si"), with keys.

        Only keys that begin some title (in starts) are followed: a longer key could not
        be a title either."""
        out: list[tuple[int, str]] = []
        key = ""
        j = i
        toks, text, n = self.toks, self.text, self.n
        while j < n and len(out) < limit:
            t = toks[j]
            if not t.word:
                break
            key += t.low
            if key not in starts:
                break
            out.append((j + 1, key))
            # the next piece must follow at once, after one dot, or after one space
            if j + 1 >= n:
                break
            nxt = toks[j + 1]
            if nxt.text == "." and j + 2 < n and toks[j + 2].word:
                gap = text[nxt.end : toks[j + 2].start]
                if gap not in ("", " "):
                    break
                j += 2
            elif nxt.word and text[t.end : nxt.start] in ("", " "):
                j += 1
            else:
                break
        return out

    def title_at(self, i: int, kinds: frozenset[str]) -> int:
        """End (exclusive) of an academic title starting at token i, or i."""
        lex = self.lex
        if kinds is lex.prefix:
            cache, starts = self._prefix_ends, lex.prefix_starts
        elif kinds is lex.suffix:
            cache, starts = self._suffix_ends, lex.suffix_starts
        else:
            return self._title_at(i, kinds, _starts(kinds))
        end = cache.get(i)
        if end is None:
            end = cache[i] = self._title_at(i, kinds, starts)
        return end

    def _title_at(self, i: int, kinds: frozenset[str], starts: frozenset[str]) -> int:
        t = self.toks[i] if 0 <= i < self.n else None  # self.tok(i), asked most of all
        if t is None or not t.word or t.low not in starts:
            return i
        toks, n = self.toks, self.n
        for end, key in reversed(self._glued(i, starts)):
            if key in kinds:
                if not t.text[0].isupper() and key not in ("dr", "drh", "drg", "ir"):
                    continue
                if end < n and toks[end].text == "." and not toks[end].nl:
                    end += 1
                # "M.Si(Han)"
                if (
                    end < n
                    and toks[end].text == "("
                    and end + 2 < n
                    and toks[end + 2].text == ")"
                    and toks[end + 1].start == toks[end].end
                ):
                    end += 3
                return end
        return i

    def words_at(self, i: int, words: tuple[str, ...]) -> bool:
        """Whether the tokens from i are these lower-case words, on one line."""
        for k, w in enumerate(words):
            t = self.tok(i + k)
            if t is None or not t.word or t.low != w or (k and t.nl):
                return False
        return True

    def rank_at(self, i: int) -> int:
        end = self._ranks.get(i)
        if end is None:
            end = self._ranks[i] = self._rank_at(i)
        return end

    def _rank_at(self, i: int) -> int:
        t = self.toks[i] if 0 <= i < self.n else None  # self.tok(i), asked most of all
        if t is None or not t.cap:
            return i
        for rank in self.lex.ranks.get(t.low, ()):
            if self.words_at(i, rank):
                j = i + len(rank)
                while True:
                    n = self.tok(j)
                    if n is not None and n.word and n.low in self.lex.rank_suffixes:
                        j += 1
                    elif (
                        n is not None
                        and n.text == "("
                        and self.tok(j + 1) is not None
                        and self.toks[j + 1].low.rstrip(".") in self.lex.rank_suffixes
                    ):
                        j += 2
                        while self.tok(j) is not None and self.toks[j].text in ".)":
                            j += 1
                    elif n is not None and n.text == "." and not n.nl:
                        j += 1
                    else:
                        return j
        return i

    def prefixes_at(self, i: int) -> int:
        """End of a run of prefix titles and ranks ("Drs. H.", "Letjen TNI")."""
        end = self._prefixes.get(i)
        if end is None:
            j = i
            prefix = self.lex.prefix
            while True:
                k = self.title_at(j, prefix)
                if k == j:
                    k = self.rank_at(j)
                if k == j:
                    break
                j = k
            end = self._prefixes[i] = j
        return end

    def head_ends(self) -> list[int]:
        """head_at for every token, worked out once."""
        if self._heads is None:
            heads = self.lex.heads
            self._heads = [self._head_at(i) if t.word and t.low in heads else i for i, t in enumerate(self.toks)]
        return self._heads

    def head_at(self, i: int) -> int:
        """End of a role head ("Kepala", "Staf Ahli", "ketua rombongan") at token i, or i."""
        if 0 <= i < self.n:
            return self.head_ends()[i]
        return i

    def _head_at(self, i: int) -> int:
        t = self.toks[i]
        if not t.word:
            return i
        for head in self.lex.heads.get(t.low, ()):
            if not self.words_at(i, head):
                continue
            if not t.text[0].isupper() and head not in self.lex.lower_heads:
                continue
            # "WI" only as written in capitals; "wi" is no head
            if head == ("wi",) and t.text != "WI":
                continue
            return i + len(head)
        return i


# --- persons ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Person:
    words: list[int]  # token indexes of the name words
    end: int  # token after the name and any titles behind it
    titled: bool  # an academic title or rank stood before or after the name


def _suffixes(doc: _Doc, j: int) -> tuple[int, bool]:
    """Skip academic titles after a name: "SH, MH", ",S.STP,M.Si", "S MSi"."""
    found = False
    while True:
        k = doc.title_at(j, doc.lex.suffix)
        if k > j:
            j, found = k, True
            continue
        t = doc.tok(j)
        if t is not None and t.text == "," and doc.title_at(j + 1, doc.lex.suffix) > j + 1:
            j += 1
            continue
        # a lone initial before a title is part of it ("Eldin S MSi")
        if (
            t is not None
            and t.word
            and len(t.text) == 1
            and t.text.isupper()
            and doc.title_at(j + 1, doc.lex.suffix) > j + 1
        ):
            j += 1
            continue
        return j, found


def _parse_person(doc: _Doc, i: int, *, strict_end: bool) -> _Person | None:
    """A name at token i: [prefix titles/ranks] 1-4 name words [suffix titles].

    With strict_end the name must stop at a clear boundary (not run on into more
    capitalised words), which is what tells a name from the start of another phrase.
    """
    try:
        person = doc._persons[i]
    except KeyError:
        person = doc._persons[i] = _person_at(doc, i)
    if person is not None and strict_end:
        n = doc.tok(person.end)
        if n is not None and not n.nl and n.cap and not doc.is_date_word(n):
            return None
    return person


def _person_at(doc: _Doc, i: int) -> _Person | None:
    """_parse_person without the strict end; the same for every caller, so remembered."""
    toks, n, lex = doc.toks, doc.n, doc.lex
    if i >= n:
        return None
    low = toks[i].low
    if low in lex.prefix_starts or low in lex.ranks:
        j = doc.prefixes_at(i)
    else:
        j = i  # no prefix title or rank starts so (prefixes_at(i) == i)
        if not doc.is_name_word(i):
            return None  # the loop below would stop at once, with no words
    titled = j > i
    limit = _MAX_NAME_TITLED if titled else _MAX_NAME
    words: list[int] = []
    while len(words) < limit:
        if j >= n:
            break
        t = toks[j]
        if words and t.nl:
            break
        if doc.title_at(j, lex.suffix) > j:
            break
        if not doc.is_name_word(j, lower_ok=titled and not words, acronym_ok=titled and not words):
            # "Arman Buton,": a place's name after a given name, closing the phrase, is a family name
            nxt = doc.tok(j + 1)
            if not (
                words
                and t.cap
                and not t.nl
                and doc.is_place(t)
                and not doc.is_role_word(t)
                and nxt is not None
                and nxt.text in ",."
            ):
                break
            words.append(j)
            j += 1
            break
        if t.nl and j != i:
            break
        words.append(j)
        j += 1
        # "M. Tohamaksun", "Muh. Ansar": the dot of an initial or a shortened name
        if (len(t.text) == 1 or t.low in lex.abbrev) and j + 1 < n and toks[j].text == ".":
            after = toks[j + 1]
            if after.cap and not after.nl:
                j += 1
    # a trailing initial belongs to the titles behind ("Eldin S MSi MH")
    while words and len(toks[words[-1]].text) == 1:
        words.pop()
    if not words:  # (the last word left is longer than one letter)
        return None
    end, suffixed = _suffixes(doc, words[-1] + 1)
    return _Person(words, end, titled or suffixed)


# --- role phrases -------------------------------------------------------------------------

_GROUP_WORDS = frozenset(("komisi", "kelompok", "tim", "regu", "fraksi", "pansus", "angkatan", "kelas"))
_COHORT_NO = re.compile(r"ke-?\d{1,3}")
_ABBREV_DOT = {"plh", "plt", "pj", "kab", "prov", "kec", "kel", "kota", "no"}
# "X, yang menjabat sebagai Kepala ..."
_YANG_LINK = {"menjabat", "juga", "adalah", "merupakan", "sebagai", "kini", "saat", "ini"}


@dataclass(slots=True)
class _Phrase:
    start: int  # head token
    head_end: int
    end: int  # exclusive, last role token + 1
    split: int | None  # a prefix title or rank inside: the name starts there
    stop: int  # token where scanning stopped (a comma, a lowercase word ...)


def _scan_role(doc: _Doc, start: int, head_end: int) -> _Phrase:
    toks, lex = doc.toks, doc.lex
    j = head_end
    last = head_end
    split = None
    while j < len(toks) and j - start < _MAX_ROLE:
        t = toks[j]
        if t.nl:
            break
        if t.word:
            if doc.title_at(j, lex.prefix) > j or doc.rank_at(j) > j:
                split = j
                break
            if t.cap or t.text.isdigit() or _COHORT_NO.fullmatch(t.text):  # "Dandim 0818", "Dikreg ke-32"
                if doc.is_date_word(t):
                    break
                j += 1
                last = j
                continue
            n = doc.tok(j + 1)
            if (
                t.low in ("dan", "&")
                and n is not None
                and n.cap
                and not n.nl
                and doc.head_at(j + 1) == j + 1
                and not doc.is_date_word(n)
            ):
                j += 1
                continue
            if (
                t.low == "dari"
                and n is not None
                and n.cap
                and not n.nl
                and (doc.is_role_word(n) or doc.is_place(n) or n.low in lex.org_heads)
            ):
                j += 1
                continue
            break
        if t.text == "(":
            k = j + 1
            while (
                k < len(toks)
                and k - j < 10
                and toks[k].text != ")"
                and not toks[k].nl
                and (not toks[k].word or toks[k].cap or toks[k].low in ("dan", "&"))
            ):
                k += 1
            if k < len(toks) and toks[k].text == ")" and k > j + 1:
                j = k + 1
                last = j
                continue
            break
        if t.text == "." and j > 0 and (toks[j - 1].low in _ABBREV_DOT or toks[j - 1].low in lex.abbrev):
            n = doc.tok(j + 1)
            if n is not None and n.cap and not n.nl:
                j += 1
                continue
            break
        if t.text == ",":
            k = j + 1
            if doc.tok(k) is not None and toks[k].low == "dan":
                k += 1
            n = doc.tok(k)
            # "Bidang Pembangunan, Ekonomi, dan Keuangan": a list of fields stays in the role
            if (
                n is not None
                and n.cap
                and not n.nl
                and doc.is_role_word(n)
                and not doc.is_place(n)
                and doc.head_at(k) == k
                and n.low not in lex.org_heads
            ):
                j = k
                continue
            break
        break
    return _Phrase(start, head_end, last, split, j if split is None else split)


def _span_text(doc: _Doc, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """Text of tokens [a, b) with spaces collapsed, trailing punctuation dropped."""
    while b > a and not doc.toks[b - 1].word and doc.toks[b - 1].text not in ")":
        b -= 1
    if b <= a:
        return None
    s, e = doc.toks[a].start, doc.toks[b - 1].end
    return " ".join(doc.text[s:e].split()), (s, e)


# --- finding ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    words: list[int]
    title: tuple[str, tuple[int, int]] | None


def _boundary_before(doc: _Doc, i: int) -> bool:
    """Whether a name may start at token i (nothing capitalised glued before it)."""
    if not 0 < i <= doc.n:
        return True  # nothing before it
    p = doc.toks[i - 1]
    t = doc.toks[i] if i < doc.n else None
    if t is not None and t.nl:
        return True
    if t is not None and p.end == t.start and p.text not in "(\"“'‘":
        return False  # glued on: "M.Si", "S.Sos"
    if p.word:
        # "Menurut Agus Salim ...": a capitalised function word still ends what went before
        return not p.text[0].isupper() or p.low in doc.lex.dates or p.low in doc.lex.not_names
    return True


def _tail_name(doc: _Doc, ph: _Phrase) -> list[int] | None:
    """The name ending a role phrase: "Sekda Lakat", "Kepala BPSDM Maluku Syuryadi Sabirin"."""
    if ph.stop - ph.start >= _MAX_ROLE:
        return None  # cut off mid-phrase: its last words say nothing
    end = ph.end
    # academic titles at the very end ("James Sumendap SH")
    for k in range(ph.head_end, ph.end):
        e, found = _suffixes(doc, k)
        if found and e >= ph.end and doc.toks[k].word:
            end = k
            break
    words: list[int] = []
    k = end - 1
    while k >= ph.head_end and doc.toks[k].word and len(words) <= _MAX_NAME:
        if not doc.is_name_word(k):
            break
        words.insert(0, k)
        k -= 1
    if not words or len(words) > _MAX_NAME:
        return None
    before = doc.toks[words[0] - 1]
    if before.text == "." and words[0] - 2 >= ph.head_end and doc.toks[words[0] - 2].low in doc.lex.abbrev:
        words.insert(0, words[0] - 2)  # "Moch. Arif Mahmud": the shortened first name with its dot
        before = doc.toks[words[0] - 1]
    if words[0] > ph.head_end and not (before.word or before.text == ")"):
        return None
    k = words[0] - 1  # "Ketua Pengelola Desa Wisata Carang Sari": the unit's name runs on to the end
    while k > ph.head_end and k > words[0] - 3 and doc.toks[k].cap and doc.toks[k].low not in doc.lex.unit_kinds:
        k -= 1
    if doc.toks[k].low in doc.lex.unit_kinds or before.low in ("dan", "&"):
        # "Ketua Pengelola Desa Wisata Carang Sari", "Kabid Kompetensi dan Fasilitasi Profesi": the
        # capitalised words go on naming the unit or the field, they are no person
        return None
    while words and len(doc.toks[words[-1]].text) == 1:
        words.pop()
    if not words:  # (the last word left is longer than one letter)
        return None
    if len(words) >= 2 and len(doc.toks[words[0]].text) == 1 and doc.toks[words[0] - 1].low in _GROUP_WORDS:
        words = words[1:]  # "Ketua Komisi B Marsel Jeramun": the letter names the komisi
    head = tuple(t.low for t in doc.toks[ph.start : ph.head_end])
    region = head in doc.lex.region_heads or head in doc.lex.region_always
    if region and words[0] == ph.head_end and len(words) >= 2:
        # "Bupati Tabanan Eka Wiraystuti": the first word is the region when the article
        # names it on its own elsewhere; "Gubernur Olly Dondokambey" keeps both words
        first, second = doc.toks[words[0]].low, doc.toks[words[1]].low
        # (only a word that opens a region's name: "Wakil Bupati Yusuf Widyatmoko … kata Yusuf" names him by
        # his first name alone, which is no region)
        alone = first in _region_openers() and any(
            k + 1 >= doc.n or doc.toks[k + 1].low != second for k in doc.capitalised_at(first)
        )
        if alone or head in doc.lex.region_always:
            words = words[1:]
    return words


def _find(doc: _Doc) -> list[_Found]:
    toks, lex = doc.toks, doc.lex
    found: list[_Found] = []
    used: set[int] = set()  # role tokens whose role went to a name before them
    named: set[int] = set()  # name tokens already claimed

    def add(words: list[int], title: tuple[str, tuple[int, int]] | None) -> None:
        found.append(_Found(words, title))
        named.update(words)

    prefix_starts = lex.prefix_starts  # a prefix title can only start with one of these

    # 1. names before their role: "X selaku ...", "X, yang menjabat ...", "Dr. X MA WI ..."
    for i, t in enumerate(toks):
        if not t.word or i in named:
            continue
        if not (t.cap or (t.low in prefix_starts and doc.title_at(i, lex.prefix) > i)):
            continue
        # (doc.is_name_word(i) written out for a word token: asked at every capitalised word)
        if (
            t.low not in prefix_starts
            and t.low not in lex.ranks
            and not (_plain_name_word(t.text) and t.low not in doc.places)
        ):
            continue  # no person starts here (_person_at's first test, asked before the boundary)
        if not _boundary_before(doc, i):
            continue
        person = _parse_person(doc, i, strict_end=False)
        if person is None:
            continue
        j = person.end
        n = doc.tok(j)
        if n is None or n.nl:
            continue
        head = None
        if (n.word and n.low in ("selaku", "sebagai")) or n.text == "(":
            # "X selaku Kepala ...", "X (Kepala Dinas Pendidikan)"
            head = j + 1
        elif n.low == "yang" or (n.text == "," and doc.tok(j + 1) is not None and toks[j + 1].low == "yang"):
            k = j + 1 if n.low == "yang" else j + 2
            first = k
            while doc.tok(k) is not None and toks[k].low in _YANG_LINK:
                k += 1
            head = k if k > first else None
        elif (
            n.text == ","
            and doc.tok(j + 1) is not None
            and toks[j + 1].low == "salah"
            and doc.tok(j + 2) is not None
            and toks[j + 2].low in ("satu", "seorang")
            and doc.tok(j + 3) is not None
            and toks[j + 3].low == "peserta"
        ):
            ph = _scan_role(doc, j + 3, j + 4)
            title = _span_text(doc, j + 3, ph.end)
            add(person.words, title)
            continue
        elif (
            n.word
            and n.low == "dari"
            and len(person.words) >= 2
            and doc.tok(j + 1) is not None
            and toks[j + 1].low in lex.org_heads
            and toks[j + 1].cap
            and doc.tok(i - 1) is not None
            and toks[i - 1].low in lex.speech
        ):
            ph = _scan_role(doc, j + 1, j + 2)
            add(person.words, _span_text(doc, j + 1, ph.end))
            continue
        elif person.titled and n.word:
            head = j
        if head is None:
            continue
        he = doc.head_at(head)
        if he == head:
            continue
        ph = _scan_role(doc, head, he)
        add(person.words, _span_text(doc, head, ph.split if ph.split is not None else ph.end))
        used.update(range(head, ph.end))

    # 2. role first, then the name after it, at its tail or before it behind a comma
    heads = doc.head_ends()
    # only tokens a role head starts at are looked at: the loop steps over the others one by one
    at_heads = [k for k, he in enumerate(heads) if he != k]
    i = 0
    for k in at_heads:
        if k < i:
            continue
        i = k
        he = heads[i]
        if i in used or i in named:
            continue
        p = doc.tok(i - 1)
        if p is not None and p.word and p.low in lex.not_before_head and not toks[i].nl:
            i = he
            continue
        ph = _scan_role(doc, i, he)
        words: list[int] | None = None
        role_end = ph.end
        nxt = ph.end
        if ph.split is not None:
            person = _parse_person(doc, ph.split, strict_end=False)
            if person is not None:
                words, role_end, nxt = person.words, ph.split, person.end
        if words is None and doc.tok(ph.stop) is not None and toks[ph.stop].text == ",":
            person = _parse_person(doc, ph.stop + 1, strict_end=True)
            if person is not None and not any(w in named for w in person.words):
                words, nxt = person.words, person.end
        if words is None:
            before = None if i in doc.headline else _name_before_comma(doc, i, named)
            if before is not None:
                add(before, _span_text(doc, i, ph.end))
                i = max(ph.end, i + 1)
                continue
            words = None if i in doc.headline else _tail_name(doc, ph)
            if words is not None:
                role_end = words[0]
        if words is not None and role_end > i:
            add(words, _span_text(doc, i, role_end))
            i = max(nxt, words[-1] + 1, i + 1)
            continue
        i = max(ph.end, i + 1)
    return found


def _name_before_comma(doc: _Doc, head: int, named: set[int]) -> list[int] | None:
    """ "Renward Parapat, Asisten Umum ..." / "Ari Dhamayanti, M.Psi., Ketua rombongan ...": the
    person just before the comma, when nothing capitalised sits before that person."""
    if doc.tok(head - 1) is None or doc.toks[head - 1].text != ",":
        return None
    # try each start a few tokens back; the person must end exactly at the comma
    for start in range(max(0, head - 12), head - 1):
        if not _boundary_before(doc, start):
            continue
        person = _parse_person(doc, start, strict_end=False)
        if person is None or any(w in named for w in person.words):
            continue
        end = person.end
        if end == head - 1 or (end == head and doc.toks[end - 1].text == ","):
            return person.words
    return None


# --- merging and the public API -------------------------------------------------------------


@lru_cache(maxsize=4096)
def clean_name(raw: str) -> str:
    """A name without academic titles, ranks and honorifics.

    >>> clean_name("Dr Ruslan Abu SH MH")
    'Ruslan Abu'
    >>> clean_name("Drs.muhtar")
    'Muhtar'
    """
    doc = _Doc(raw)
    toks = doc.toks
    i = doc.prefixes_at(0)
    words: list[str] = []
    while i < len(toks):
        t = toks[i]
        if not t.word:
            i += 1
            continue
        if words:
            k, found = _suffixes(doc, i)
            if found and all(not x.word or x.text == "," for x in toks[k:]):
                break
        k = doc.prefixes_at(i) if words else i
        if k > i and words:
            i = k
            continue
        words.append(t.text[0].upper() + t.text[1:] if t.text[0].islower() else t.text)
        i += 1
    return " ".join(words)


def _name_tokens(name: str) -> frozenset[str]:
    return frozenset(re.sub(r"[^\w\s]", " ", name.lower()).split())


def _title_size(title: tuple[str, tuple[int, int]] | None) -> int:
    return len(title[0].split()) if title else 0


def _spelled_alike(a: str, b: str) -> bool:
    """One name spelled two ways: equal but for spaces and doubled letters ("Jonpriadi", "Jon Priadi";
    "Muhamad", "Muhammad"), or, among two words or more, one word a letter apart ("Moch"/"Moh Arif Mahmud")."""
    squeeze = lambda s: re.sub(r"(\w)\1", r"\1", re.sub(r"[\W_]", "", s.lower()))  # noqa: E731
    if squeeze(a) == squeeze(b):
        return True
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(differ) == 1 and _one_letter_apart(*differ[0])


def _one_letter_apart(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1 or min(len(x), len(y)) < 3:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y, strict=True)) == 1
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def find_officials(text: str) -> list[OfficialMention]:
    """Officials in order of first appearance, one per person.

    Mentions of one person ("Adriyana Umar", later "Umar") merge: the fullest name and the
    fullest title the article gives are kept.
    """
    doc = _Doc(text)
    found = sorted(_find(doc), key=lambda f: doc.toks[f.words[0]].start)
    people: list[tuple[int, str, frozenset[str], _Found]] = []  # first start, name, tokens, best
    for f in found:
        s, e = doc.toks[f.words[0]].start, doc.toks[f.words[-1]].end
        name = clean_name(text[s:e])
        toks = _name_tokens(name)
        if not toks:
            continue
        for k, (first, pname, ptoks, best) in enumerate(people):
            if toks <= ptoks or ptoks <= toks or _spelled_alike(name, pname):
                if not (toks <= ptoks or ptoks <= toks):
                    toks = ptoks  # one name spelled two ways: kept as first written
                keep_words = f.words if len(toks) > len(ptoks) else best.words
                keep_name = name if len(toks) > len(ptoks) else pname
                title = f.title if _title_size(f.title) > _title_size(best.title) else best.title
                keep_toks = toks if len(toks) > len(ptoks) else ptoks
                people[k] = (first, keep_name, keep_toks, _Found(keep_words, title))
                break
        else:
            people.append((s, name, toks, f))
    out: list[OfficialMention] = []
    for _, name, _, best in people:
        s, e = doc.toks[best.words[0]].start, doc.toks[best.words[-1]].end
        title = best.title
        text_, span = title if title else (None, None)
        out.append(OfficialMention(name, text_, s, e, span))
    return out
