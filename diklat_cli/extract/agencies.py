"""Government units named in an article: host agencies (*lokus*) and training bodies.

Unit names are recognised by the word they start with (Dinas, Badan, Kecamatan, Bappeda…,
listed in data/agencies.json) and end where the list they stand in goes on.

One concern: the bodies an article names, where each name starts and ends, and which of
them are visited, run the training or belong to the national level.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import islice

from diklat_cli.extract import places, verbs
from diklat_cli.extract.scanning import (
    Needles,
    either,
    first_letter_gated,
    folded,
    gate,
    may_match,
    occurrences,
    scan,
)

# words run on through a dot followed by a word character ("Dr.Ir", "S.Sos"); written as
# runs, which the regex engine scans fast
# a bracket is one token (an acronym, "(DPMD)") unless it lists units of its own ("(Desa A dan Desa B)")
_GLUED_HYPHEN = r"-(?![A-Z])|(?<![A-Z][A-Z][A-Z])(?<!\.com)(?<!\.id)-"
_TOKEN_RE = re.compile(
    r"\((?!(?:Desa|Kelurahan|Nagari|Kampung|Gampong|Dinas|Badan)\s+[A-Z])[^()\n\d]{1,60}\)"
    # (a word runs on over a hyphen, but not from a dateline or a site's name glued to the story's first word:
    # "PEKANBARU-DPRD Kota A menerima …", "Kabarku.com-Dinas B …": a name in capitals or a domain, then a capital)
    r"|\(|[^\W\d_][\w'’]*(?:(?:"
    + _GLUED_HYPHEN
    + r")[\w'’]*)*(?:\.(?=\w)[\w'’]*(?:(?:"
    + _GLUED_HYPHEN
    + r")[\w'’]*)*)*|\d+|[,;&/]"
)
_SEPARATORS = {"dan", "serta", "&", "lalu", "kemudian", "terakhir"}


@dataclass(frozen=True, slots=True)
class AgencyMention:
    start: int
    end: int
    name: str  # as written, without a trailing region phrase


@dataclass(frozen=True, slots=True)
class Organizer:
    start: int
    end: int
    name: str
    national: bool  # a ministry or national body rather than a region's government
    region: places.Region | None  # the region named in it, if any


@cache
def _data() -> dict:
    text = resources.files("diklat_cli.data").joinpath("agencies.json").read_text("utf-8")
    return json.loads(text)


@cache
def _heads() -> tuple[dict[str, list[list[str]]], set[str]]:
    """Head phrases keyed by their first word (lower case), and the acronym set."""
    by_first: dict[str, list[list[str]]] = {}
    for head in _data()["heads"]:
        words = head.lower().split()
        by_first.setdefault(words[0], []).append(words)
    for value in by_first.values():
        value.sort(key=len, reverse=True)
    acronyms = {a.lower() for a in _data()["acronyms"]}
    return by_first, acronyms


@cache
def _company_heads() -> frozenset[str]:
    return frozenset(_data()["company_heads"])


@cache
def _not_host_before() -> set[str]:
    return {w.lower() for w in _data()["not_a_host_before"]}


@cache
def _list_cue_re() -> re.Pattern:
    cues = "|".join(re.escape(c) for c in _data()["list_cues"])
    return re.compile(rf"(?:{cues})", re.IGNORECASE)


@cache
def _training_body_re() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(_data()["training_bodies"]) + r")\b")


@cache
def _own_host_re() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(_data()["own_hosts"]) + r")\b", re.IGNORECASE)


def own_host(unit: str) -> bool:
    """The unit hosts as itself, no office of its region's government (agencies.json, ``own_hosts``)."""
    return _own_host_re().match(unit) is not None


@cache
def national_seats() -> tuple[str, ...]:
    """The patterns of the national bodies whose head office is in Jakarta (agencies.json, ``national_seats``)."""
    return tuple(_data()["national_seats"])


# the number or letter of a council's body: "Komisi II", "Pansus 3", "Komisi A"
_COUNCIL_PART_LABEL = r"(?-i:[IVX]{1,4}|[A-E]|\d{1,2})"


def _council_part_words() -> str:
    """The words of a council's own body or members (agencies.json, ``council_parts``), longest first."""
    return either(_data()["council_parts"])


@cache
def council_part() -> re.Pattern:
    """A council's own body or members written before the council, up to it ("Anggota Komisi E ",
    "Pansus II ", "Pimpinan dan Anggota "; agencies.json, ``council_parts``): the body's short form in brackets
    ("Badan Musyawarah (Banmus) "), a commission's field after its label ("Komisi II Bidang Ekonomi "), and the
    council written out ("… Dewan Perwakilan Rakyat Daerah Provinsi A") too."""
    part, label = _council_part_words(), _COUNCIL_PART_LABEL
    return re.compile(
        rf"^(?!(?:dan|serta)\b)(?:{part})\b(?:[\s,]+(?:(?:{part})\b|{label}\b)|\s*\((?:{part})\))*"
        r"(?:\s+Bidang(?:\s+(?!DPR|Dewan\b)(?:(?-i:[A-Z])[\w-]*|dan|&)){1,5})?[\s,]+"
        r"(?=(?:DPRD|DPRK|DPRA|DPRP|DPR|Dewan\s+Perwakilan\s+Rakyat)\b)",
        re.IGNORECASE,
    )


@cache
def national_council_part() -> re.Pattern:
    """The national parliament's own body or members written before it ("Komisi V DPR", "Badan Legislasi (Baleg)
    DPR RI", "anggota DPR"; agencies.json, ``council_parts``): group ``council`` is the parliament as written. A
    region's DPR ("DPR Papua", agencies.json ``heads``) is not it."""
    parts, label = _council_part_words(), _COUNCIL_PART_LABEL
    regional = "|".join(re.escape(w[4:]) for w in _data()["heads"] if w.startswith("DPR "))
    return re.compile(
        rf"\b(?!(?:dan|serta)\b)(?:{parts})\b(?:[\s,]+(?:(?:{parts})\b|{label}\b|\((?:{parts})\)))*[\s,]+"
        rf"(?P<council>(?-i:DPR)(?:\s+(?-i:RI))?)\b(?!\s+(?:{regional})\b)",
        re.IGNORECASE,
    )


@cache
def _national_re() -> re.Pattern:
    words = "|".join(_data()["national_markers"])
    return re.compile(rf"\b(?:{words})\b")


@cache
def _list_marker_re() -> re.Pattern:
    words = "|".join(re.escape(c) for c in _data()["list_markers"])
    return re.compile(rf"\b(?:{words})\b|:", re.IGNORECASE)


@cache
def _not_unit_re() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(_data()["not_units"]) + r")\b", re.IGNORECASE)


@cache
def _regional_acronyms() -> set[str]:
    return {n.lower() for n in _data()["regional_acronyms"]}


@cache
def _generic_names() -> set[str]:
    """Kinds of place that need their own name to be a unit ("Desa Wisata X", "Kelompok Tani Y")."""
    return {n.lower() for n in _data()["generic_names"]}


@cache
def village_kind_labels() -> frozenset[tuple[str, str]]:
    """A village's kind with the word of its class after it, from the generic names ("Desa Wisata", "Kampung
    Wisata"): (kind, label) in lower case; "Desa Wisata A" is the village "Desa A" told by its class."""
    pairs = (n.lower().split() for n in _data()["generic_names"])
    return frozenset((w[0], w[1]) for w in pairs if len(w) == 2 and w[0] in _VILLAGE_KIND_WORDS)


@cache
def _stop_words() -> set[str]:
    return set(_data()["stop_words"])


def _needles(pattern: re.Pattern) -> Needles:
    return gate(pattern)[0]  # (gate: remembered by the pattern's id, a functools cache hashes the pattern)


def _leads(pattern: re.Pattern) -> tuple[str, ...]:
    return gate(pattern)[1]


def _search(pattern: re.Pattern, sentence: str) -> bool:
    """pattern.search(sentence) is not None, skipping the scan when its words are absent."""
    if not may_match(_needles(pattern), folded(sentence)):
        return False
    return pattern.search(sentence) is not None


def has_list_cue(sentence: str) -> bool:
    return _search(_list_cue_re(), sentence)


def has_list_marker(sentence: str) -> bool:
    return _search(_list_marker_re(), sentence)


def list_marker_at(text: str, start: int, end: int) -> int:
    """Where the first list marker between start and end opens (start when there is none)."""
    m = _list_marker_re().search(text, start, end)
    return m.start() if m else start


@cache
def _weak_cue_re() -> re.Pattern:
    words = "|".join(re.escape(c) for c in _data()["weak_list_cues"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def has_weak_list_cue(sentence: str) -> bool:
    """Words that make a list ("yaitu …") a list of places visited: tujuan, SKPD, OPD…"""
    return _search(_weak_cue_re(), sentence)


def _tokens(text: str, start: int, end: int) -> list[re.Match]:
    return list(_TOKEN_RE.finditer(text, start, end))


def _head_length(texts: list[str], i: int) -> int:
    """How many tokens the head at i spans (0 when no unit name starts at i)."""
    word = texts[i]
    if not word[:1].isupper():
        return _lower_kind_length(texts, i)
    by_first, acronyms = _heads()
    low = word.lower()
    for words in by_first.get(low, ()):
        if i + len(words) > len(texts):
            continue
        for k in range(1, len(words)):
            if texts[i + k].lower() != words[k]:
                break
        else:
            return len(words)
    return 1 if low in acronyms else 0


@cache
def _village_labels() -> frozenset[str]:
    return frozenset(w.lower() for w in _data()["village_labels"])


_VILLAGE_KIND_WORDS = frozenset(("desa", "kelurahan", "kampung", "nagari", "gampong", "pekon"))


def is_village_label(name: str) -> bool:
    """A village's kind with an award's or a programme's word after it ("Desa Cantik (Cinta Statistik)",
    "Desa Informatif", "Desa Terbaik"): a class of villages, no village of that name."""
    words = name.split()
    return len(words) >= 2 and words[0].lower() in _VILLAGE_KIND_WORDS and words[1].lower() in _village_labels()


@cache
def _lower_kinds() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(k.split()) for k in _data()["lower_case_kinds"]), key=len, reverse=True))


def is_village_kind(name: str) -> bool:
    """Whether the words are a village's kind and nothing more ("Desa", "desa wisata", "Nagari")."""
    return tuple(name.lower().split()) in _lower_kinds()


def _lower_kind_length(texts: list[str], i: int) -> int:
    """A village's kind is often written lower case before its name ("desa Ponggok", "desa
    wisata Kaki Langit", "nagari Pariangan"): the kind heads the unit when a name follows."""
    for words in _lower_kinds():
        k = i + len(words)
        if k < len(texts) and all(texts[i + n] == w for n, w in enumerate(words)):
            name = texts[k]
            if name[:1].isupper() and _capitalised(name) and not _head_length(texts, k):
                return len(words)
    return 0


def _is_acronym_head(texts: list[str], i: int) -> bool:
    return i < len(texts) and texts[i].lower() in _heads()[1]


def _capitalised(token: str) -> bool:
    if token.startswith("("):
        return token.endswith(")")
    return token[:1].isupper() and token not in _stop_words()


def _portfolio_word(texts: list[str], k: int) -> bool:
    """Token k may go on a unit's name: a capitalised word that heads no unit, or a village's kind with no
    name after it ("Dinas Sosial, Pemberdayaan Masyarakat, Desa, Perempuan dan …": an office's portfolio
    lists the villages it serves; a village itself is always written with its name, "Desa Ponggok")."""
    word = texts[k]
    if not _capitalised(word):
        return False
    if not _head_length(texts, k):
        return True
    nxt = texts[k + 1] if k + 1 < len(texts) else ""
    return word.lower() in _VILLAGE_HEADS and (nxt in (",", "") or nxt.lower() in ("dan", "serta"))


def _name_list_end(texts: list[str], j: int) -> int | None:
    """At a comma inside a unit's name: the index past the name's own list of words
    ("…, UKM, Tenaga Kerja, dan Transmigrasi"), or None when the comma ends the unit."""
    k = j
    while k < len(texts) and texts[k] == ",":
        k += 1
        if k < len(texts) and texts[k].lower() == "serta":
            # ", serta" opens the next item of a list of units or people ("Badan A, serta Pelayanan B", "Dinas C,
            # Budi, serta Ani"): an office's portfolio closes with ", dan" or "dan" alone
            return None
        if k < len(texts) and texts[k].lower() == "dan":
            k += 1
            words = 0
            while k < len(texts) and _portfolio_word(texts, k):
                k += 1
                words += 1
            return k if words else None
        words = 0
        while k < len(texts) and _portfolio_word(texts, k) and words < 3:
            if texts[k].startswith("("):
                # "…, Pengembangan Pembangunan Daerah (Bapelitbangda)": the acronym closes the whole name
                return k + 1 if words else None
            k += 1
            words += 1
        if not words:
            return None
        if k < len(texts) and texts[k].startswith("(") and texts[k].endswith(")"):
            return k + 1
        # "…, Informatika dan Statistik": the list closes without a comma before "dan"
        if k + 1 < len(texts) and texts[k].lower() in ("dan", "serta"):
            nxt = texts[k + 1]
            if _capitalised(nxt) and not _head_length(texts, k + 1):
                return k + 2
    return None


_REGION_KINDS = frozenset(("Kabupaten", "Kab", "Kota", "Provinsi", "Kecamatan"))
_REDUPLICATED = re.compile(r"([^\W\d_]{2,})(?:-|\s*[–—-]\s*)\1\b")
_NUMERAL_FIRST = frozenset("IVX0123456789")
_NUMERAL_THEN_STOP = re.compile(r"(?:[IVX]{1,4}|\d{1,4})\.\s")
# a paragraph closes with a mark in brackets after its full stop: the reporter's initials, a photo's credit,
# a "read also" link ("… Kota A. (*)", "… Kota B.(foto: humas)", "… Kota C. [Baca: …]", "… D. (ant/abc)"):
# what opens after the full stop belongs to no name (a unit's acronym follows its name with no stop between)
_STOP_THEN_BRACKET = re.compile(r"\.\s*[(\[]")


def _scan_name(tokens: list[re.Match], texts: list[str], i: int, head: int | None = None) -> int:
    """Index just past the unit name that starts at token i (whose head spans `head` tokens when known)."""
    j = i + (_head_length(texts, i) if head is None else head)
    single_acronym = j == i + 1 and _is_acronym_head(texts, i)
    while j < len(tokens):
        if j > i and ("\n" in (gap := tokens[j].string[tokens[j - 1].end() : tokens[j].start()]) or ":" in gap):
            # a name does not run on over a line break (each line of a list is a unit of its own), nor over a
            # colon ("Digitalisasi Desa: Mempelajari …" labels what follows, no more of the name)
            break
        if (
            j > i
            and texts[j - 1][0] in _NUMERAL_FIRST
            and _NUMERAL_THEN_STOP.match(tokens[j].string, tokens[j - 1].start(), tokens[j].start())
        ):
            # "… ke Puskesmas Pengasih I. Sama dengan …": a unit numbered by a roman numeral or a number ends
            # with it, and a full stop after the number closes the sentence (a numeral is no initial that
            # a name's next word would follow)
            break
        if (
            j > i
            and tokens[j].string[tokens[j - 1].end() : tokens[j - 1].end() + 1] == "."
            and (_STOP_THEN_BRACKET.match(tokens[j].string, tokens[j - 1].end(), tokens[j].start() + 1))
        ):
            break
        word = texts[j]
        nxt = texts[j + 1] if j + 1 < len(tokens) else ""
        if word.lower() in ("dan", "&"):
            if texts[j - 1].startswith("(") and texts[j - 1].endswith(")"):
                break  # the name closed with its acronym: "… (Dispora) dan Bappeda" starts another unit
            after = texts[j + 2] if j + 2 < len(tokens) else ""
            if nxt.lower() in _VILLAGE_HEADS and (
                not (after[:1].isupper() and _capitalised(after)) or after in _REGION_KINDS
            ):
                # "Dinas Pemberdayaan Masyarakat dan Desa (DPMD)": a village needs its own name (and the
                # region after it, "… dan Desa Kabupaten X", is the office's, no village's name)
                j += 2
                continue
            if not nxt or not _capitalised(nxt) or _head_length(texts, j + 1) > 1:
                break
            head_next = _head_length(texts, j + 1)
            if head_next and (not _is_acronym_head(texts, j + 1) or single_acronym):
                break
            if head_next and after[:1].isupper() and _capitalised(after) and not places.find_places(after):
                break  # "… dan Gapoktan Sri Rejeki": an acronym with a name of its own starts a unit
            if (head_next and is_body_acronym(nxt)) or (after and is_body_acronym(f"{nxt} {after}")):
                # "… dan BPS Sumbar", "Inspektorat dan Satpol PP": a body named by its acronym is a unit of its own
                break
            j += 1
            continue
        if (
            word == "/"
            and texts[j - 1].isdigit()
            and _capitalised(nxt)
            and not _head_length(texts, j + 1)
            and tokens[j].start() == tokens[j - 1].end()
            and tokens[j + 1].start() == tokens[j].end()
        ):
            # a command's number and its name joined by a slash ("Korem 132/Tadulako", "Kodim 0615/Kuningan",
            # "Korem 162/Wira Bhakti"): one name, the words after the slash its own
            j += 2
            continue
        if word == ",":
            # "Dinas Koperasi, UKM, Tenaga Kerja, dan Transmigrasi" is one unit; ", Dinas …" starts another
            end = _name_list_end(texts, j)
            if end is None:
                break
            j = end
            continue
        if _capitalised(word) or word.isdigit():
            j += 1
            single_acronym = False
            continue
        if word in _NAME_TITLES and nxt[:1].isupper():
            # a unit named after a person keeps the title written lower case ("RSUD dr. Soedarso")
            j += 1
            continue
        break
    return j


_NAME_TITLES = frozenset(("dr", "drg", "drh"))


# (compiled once: _strip_region runs for every unit name found, and re's own cache costs a look-up a call)
_TAIL_KEPT = re.compile(r"\(?[A-Z]{2,8}\)?|\((?:[A-Z]{2,8}\s+)?[A-Z][a-z]{2,10}\)|Setda|Pemkot|Pemkab|Pemprov")
_INITIALS_AT_END = re.compile(r"\s*\([a-z]{2,5}(?:/[a-z]{2,5})?\)$")
_REGION_WORD_ENDS = ("Provinsi", "Propinsi", "Kota", "Kabupaten", "Kab.", "Kab", "Kecamatan", "Setda", "Pemkot")
_REGION_WORD_ENDS += ("Pemkab",)
_REGION_WORDS_AT_END = re.compile(r"(?:\s+(?:" + "|".join(map(re.escape, _REGION_WORD_ENDS)) + r"))+$")
_SHORT_FORM_AT_END = re.compile(r"\((\w+)\)$")


# the noun of governance an office's name ends with, read by the gazetteer as the government of the region after it
# (right after the head, or after the kind of governance it keeps: "Bagian Tata Pemerintahan", "Bagian Administrasi
# Pemerintahan"; after a portfolio of its own, "Dinas Pendidikan Pemerintahan Kota A", it is the region's government)
_GOVERNANCE = re.compile(r"Pemerintahan(?=\s+(?:Provinsi|Propinsi|Kabupaten|Kab\.|Kota)\s)")
_GOVERNANCE_KINDS = frozenset(("", "Tata", "Administrasi"))


def _regency_of(place: places.PlaceMention, province: places.PlaceMention) -> bool:
    """A place written bare is a regency of the province written right after it ("Wonosobo Jawa Tengah")."""
    provinces = {r.name for r in province.candidates if r.kind == places.PROVINCE}
    return bool(provinces) and any(r.kind != places.PROVINCE and r.province in provinces for r in place.candidates)


def _strip_region(text: str, start: int, end: int, head_end: int, keep_name: bool = False) -> int:
    """End of the unit name once a trailing region phrase ("… Kota Tangerang") is cut off.
    With keep_name, a bare place name right after the head is the unit's own name
    ("Universitas Palangka Raya", "Kecamatan Sidoarjo"): a unit is not its head word alone."""
    mentions = places.find_places(text[start:end])
    for k in range(len(mentions) - 1, -1, -1):
        mention = mentions[k]
        tail = text[start + mention.end : end].strip(" ,")
        if tail and not _TAIL_KEPT.fullmatch(tail):
            continue
        if text[start + mention.start - 1 : start + mention.start] == "/":
            break  # "Kodim 0615/Kuningan": the place after a command's number and slash is its own name
        named_by_it = keep_name and mention.explicit_kind is None and not text[head_end : start + mention.start].strip()
        if start + mention.start >= head_end and not named_by_it:
            end = start + mention.start
            governance = _GOVERNANCE.match(text, end)
            if (
                governance is not None
                and mention.explicit_kind is not None
                and text[head_end:end].strip() in _GOVERNANCE_KINDS
            ):
                # "Biro Pemerintahan Provinsi A", "Bagian Administrasi Pemerintahan Kabupaten B": the office's
                # portfolio (governance) is its name's last word; only what follows it is the region
                end = governance.end()
            # a region phrase closes with its province ("… Kabupaten Kulon Progo DIY", "… Kota Batu, Jawa
            # Timur"): the regency written right before the province is the region phrase too
            # ("… Wonosobo Jawa Tengah"): so is a regency written bare, when the province after it is its own
            before = mentions[k - 1] if k else None
            if (
                before is not None
                and (before.explicit_kind is not None or _regency_of(before, mention))
                and start + before.start >= head_end
                and not text[start + before.end : end].strip(" ,")
                and not (
                    keep_name and before.explicit_kind is None and not text[head_end : start + before.start].strip()
                )
            ):
                end = start + before.start
        break
    # (each pattern tried only on a name that ends as its match must, before a last line break if any: a pattern
    # anchored at the end is otherwise tried at every position)
    piece = text[start:end]
    if piece.removesuffix("\n").endswith(")"):
        piece = _INITIALS_AT_END.sub("", piece)
    stripped = piece.rstrip(" ,;")
    # leftovers of a region phrase the gazetteer did not know ("… Provinsi", "… Kota")
    if stripped.removesuffix("\n").endswith(_REGION_WORD_ENDS):
        stripped = _REGION_WORDS_AT_END.sub("", stripped)
    return start + len(stripped)


@cache
def _head_start_re() -> re.Pattern | None:
    """Where a head may start: a capital letter that begins a head's first word or an
    acronym, in any case after it. Only the first letter is consumed, so heads that
    overlap are all found; each branch opens with its letter, so the scan skips fast.
    (The rest of the words of one letter is a look-ahead written as a tree of their letters,
    "(?:a(?:n|s)|…)": the same answer as their list, each letter tried once.)"""
    by_first, acronyms = _heads()
    keys = set(by_first) | acronyms
    if not all(k.isascii() and k[:1].isalpha() for k in keys):
        return None
    rests: dict[str, list[str]] = {}
    for key in sorted(keys, key=len, reverse=True):
        rests.setdefault(key[0], []).append(key[1:])
    branches = []
    for first, tails in sorted(rests.items()):
        # a capital whose lower case is this letter: the ASCII one, and the Kelvin sign for k
        for capital in (first.upper(), "\u212a") if first == "k" else (first.upper(),):
            branches.append(re.escape(capital) + "(?=(?i:" + _letter_tree(tails) + "))")
    return re.compile("|".join(branches))


def _letter_tree(words: list[str]) -> str:
    """An expression that matches where one of words does (its first letters factored out), for a look-ahead."""
    if "" in words:
        return ""  # (a look-ahead: the shortest word already says yes)
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0], []).append(word[1:])
    alternatives = [re.escape(c) + _letter_tree(rest) for c, rest in sorted(by_letter.items())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


@cache
def _lower_start_re() -> re.Pattern:
    """A village's kind written lower case, at a word start ("desa Ponggok"), and only where a capitalised
    name follows: "desa Ponggok", "desa wisata Kaki Langit", not "warga desa". Matched only where
    str.find finds the word (the letters it opens with are everywhere in a text)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(_lower_starts()))) + r")\s+(?:wisata\s+)?[A-Z]")


@cache
def _lower_starts() -> frozenset[str]:
    return frozenset(k[0] for k in _lower_kinds())


_starts_of: tuple[str, list[int]] | None = None  # the last text scanned, and its head starts


def _head_starts(text: str) -> list[int] | None:
    """Offsets where a unit head may start in text (None: any offset may).

    A head is a token beginning with a capital whose lower case is a head word or an
    acronym, or a village's kind written lower case before a name, so it starts at one of
    these offsets. find_units is called once per sentence of one article: the article is
    scanned once."""
    global _starts_of
    cached = _starts_of
    if cached is not None and cached[0] is text:
        return cached[1]
    pattern = _head_start_re()
    if pattern is None:
        return None
    starts = list(map(re.Match.start, pattern.finditer(text)))
    lower = _lower_start_re()
    more = {at for word in _lower_starts() for at in occurrences(text, word) if lower.match(text, at) is not None}
    if more:
        starts = sorted(starts + list(more))
    _starts_of = (text, starts)
    return starts


# a group goes to a unit's office or building, the word written lower case between the verb of going and the
# unit ("mendatangi kantor Dinas A", "ke kantor Satpol PP B", "berkunjung ke gedung DPRD C"): the unit is
# visited, unlike the hall where a meeting sat ("di aula kantor Dinas D"); any word of going (verbs.GOING_TO)
_OFFICE_WORDS = frozenset(("kantor", "gedung", "markas"))
_GOING_TO_WORDS = frozenset(verbs.TOWARDS_WORDS + verbs.VISITING_VERBS)
# the giver of an award or a recognition the host won, its name a few words after the award ("meraih penghargaan
# inovasi dari Kementerian Dalam Negeri", "predikat WTP dari BPK", "apresiasi khusus oleh KemenPANRB"): the host's
# fame, no unit visited (not_host_before has "penghargaan dari" with nothing between)
_AWARD_GIVER = re.compile(
    r"\b(?:penghargaan|anugerah|apresiasi|predikat|award|piagam|trofi|sertifikat)\b(?:\s+[^\s.;,]+){1,4}?"
    r"\s+(?:dari|oleh)\s+$",
    re.IGNORECASE,
)


@cache
def _award_title_re() -> re.Pattern:
    """An award's word, then only the capitalised words of its title up to where a unit's head would start
    ("meraih Juara I ", "predikat ", "di ajang ", "penghargaan Top Pembina "): the head that follows is inside the
    prize's title (agencies.json "award_words"). A comma or any lower-case word closes the title: "penghargaan
    Desa Cantik, Desa A" still names Desa A."""
    words = either(_data()["award_words"])
    # (a rank's numeral after the word: "Juara I", "juara 2", "Juara Umum")
    rank = r"(?:\s+(?:[IVX]{1,4}|\d{1,2}|(?i:umum|pertama|kedua|ketiga)))?"
    return re.compile(rf"\b(?i:{words}){rank}\s+(?:(?:[A-Z][\w&'’-]*|\d{{1,4}})\s+){{0,4}}$")


def find_units(text: str, start: int = 0, end: int | None = None) -> list[AgencyMention]:
    """Names of government units between start and end, each without its region phrase."""
    return list(_units(text, start, len(text) if end is None else end))


@lru_cache(maxsize=128)  # hosts asks each sentence of an article again for each destination (~11% of the calls)
def _units(text: str, start: int, end: int) -> tuple[AgencyMention, ...]:
    return tuple(_find_units(text, start, end))


def _head_tokens(
    text: str, start: int, end: int, tokens: list[re.Match], here: list[int], lower_starts: frozenset[str]
) -> list[int]:
    """Indices of the tokens a head may start at, in order: those that start where _head_starts found a
    head's first letter, and those written as a village's kind lower case. Any other token heads no unit
    (_head_length would be 0): it opens with no capital and is no village's kind, or with an ASCII capital
    where no head starts, or with a non-ASCII capital, whose lower case is no head word, all ASCII (but the
    Kelvin sign's, found by _head_starts)."""
    offsets = list(map(re.Match.start, tokens))
    found = []
    for at in here:
        k = bisect_left(offsets, at)
        if k < len(offsets) and offsets[k] == at:
            found.append(k)
    for word in lower_starts:
        at = text.find(word, start, end)
        while at >= 0:
            k = bisect_left(offsets, at)
            if k < len(offsets) and offsets[k] == at and tokens[k].group() == word:
                found.append(k)
            at = text.find(word, at + 1, end)
    return sorted(set(found))  # (a village's kind before a capital is in `here` too)


def _find_units(text: str, start: int, end: int, titled: bool = False) -> list[AgencyMention]:
    """(titled: keep a unit named after an official's title or a hall, "Sekretaris Badan A (BA)", for its name)"""
    starts = _head_starts(text)
    here: list[int] | None = None
    if starts is not None:
        k = bisect_left(starts, start)
        if k == len(starts) or starts[k] >= end:
            return []  # no head can start here
        here = starts[k : bisect_left(starts, end, k)]
    tokens = _tokens(text, start, end)
    token_texts = list(map(re.Match.group, tokens))  # (each token's text at once, a C loop)
    found: list[AgencyMention] = []
    lower_starts = _lower_starts()  # (asked at every token: looked up once)
    i = 0
    for c in range(len(tokens)) if here is None else _head_tokens(text, start, end, tokens, here, lower_starts):
        if c < i:
            continue  # inside the unit found last
        i = c
        word = token_texts[i]
        if not word[:1].isupper() and word not in lower_starts:
            continue  # no head starts lower case but a village's kind ("desa Ponggok")
        head = _head_length(token_texts, i)
        if not head:
            continue
        before = " ".join(t.lower() for t in token_texts[max(0, i - 2) : i])
        last = token_texts[i - 1].lower() if i else ""
        j = _scan_name(tokens, token_texts, i, head)
        if _not_unit_re().match(text, tokens[i].start()):
            i = j
            continue
        if (
            not titled
            and (last in _not_host_before() or before in _not_host_before())
            and not (last in _OFFICE_WORDS and i > 1 and token_texts[i - 2].lower() in _GOING_TO_WORDS)
        ):
            i = j
            continue
        if last in ("dari", "oleh") and _AWARD_GIVER.search(
            text, max(start, tokens[i].start() - 80), tokens[i].start()
        ):
            i = j
            continue
        if _award_title_re().search(text, max(start, tokens[i].start() - 60), tokens[i].start()):
            # a head inside a prize's title ("meraih Juara I Desa Wisata Terbaik", "predikat Badan Publik
            # Informatif"): the prize's name, no body visited
            i = j
            continue
        name_start = tokens[i].start()
        head_at = i
        # "Kantor DPRD", "Kantor Kecamatan Glagah": the office of a unit is the unit
        if word in ("Kantor", "Gedung", "Markas") and j > i + 1 and _head_length(token_texts, i + 1):
            head_at = i + 1
            head = _head_length(token_texts, head_at)
            name_start = tokens[head_at].start()
        name_end = (
            # (a company keeps the place in its name: "PT Pusri Palembang")
            tokens[j - 1].end()
            if token_texts[head_at] in _company_heads()
            else _strip_region(
                text,
                name_start,
                tokens[j - 1].end(),
                tokens[head_at + head - 1].end(),
                # (a head that ends in an acronym, "Satpol PP Kota A" … "Satpol PP A", is written before its
                # region as an acronym is: a bare place after it is the region, no name of its own)
                not _is_acronym_head(token_texts, head_at) and not token_texts[head_at + head - 1].isupper(),
            )
        )
        name = text[name_start:name_end]
        head_word = token_texts[head_at]
        if _REDUPLICATED.match(text, tokens[head_at].start()):
            # "belajar ke Bumdes – Bumdes yang maju", "Puskesmas-Puskesmas": a noun written twice is its
            # plural (Indonesian reduplication), units in general and never one unit's name
            i = j
            continue
        if head_word.lower() in _regional_acronyms():
            # "DPRD Kota X", "Polres X", "KUA Kecamatan Y": the rest names the region, not the unit
            name_end = name_start + len(head_word)
            name = head_word
        short = _SHORT_FORM_AT_END.search(name)
        short = short if short and short.group(1).lower() in _short_units() else None
        if short:
            # "Dewan Perwakilan Rakyat Daerah (DPRD) Kota X" is the DPRD, as "DPRD Kota X" is
            name_start, name_end, name = name_end - 1 - len(short.group(1)), name_end - 1, short.group(1)
        # ("… Provinsi A (DPRD A)": its region and short form after it, cut off as its region)
        council = (
            not short and name == "Dewan Perwakilan Rakyat Daerah" and "(DPRD " in text[name_end : tokens[j - 1].end()]
        )
        if council:
            name = "DPRD"
        elif name[:7].lower() == "pemdes " and name[7:8].isupper():
            # a village named by its government's short form is the village (docs/schema.md, host_agencies:
            # "Pemerintah Desa Ponggok" hosting gives "Desa Ponggok"): "Pemdes Sukaresmi" is "Desa Sukaresmi"
            name = "Desa " + name[7:]
        # "Desa X Kecamatan Y", "KUA Kecamatan Y": a kecamatan after the name is its address
        if "Kec" in name or "Kapanewon" in name or "Distrik" in name:
            name = re.sub(r"(?<=\S)[\s,-]+(?:Kecamatan|Kec\.|Kapanewon|Distrik)(?=\s|$).*$", "", name)
            name_end = name_start + len(name)
        head_words = text[name_start : tokens[head_at + head - 1].end()]
        if head_words.lower() in _FARMER_GROUPS:
            # "Kelompok Tani X Kelurahan Y": the village after a farmers' group is where it works
            name = re.sub(r"\s+(?:Desa|Kelurahan)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?$", "", name)
            name_end = name_start + len(name)
        named_kind = head_words.lower() in _NAMED_KINDS and (" dan " in name or "," in name)
        if named_kind:
            # a village's or a farmers' group's name holds no list: "Desa A dan B", "Kelompok Tani
            # A, B, dan C" are several, each of the kind named first
            for part in re.finditer(r"[^,]+?(?=\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+|$)", name):
                if not part.group().strip() or part.group().strip() in ("dan", "serta"):
                    continue
                words = re.sub(r"^(?:dan|serta)\s+", "", part.group().strip())
                if part.start() and words == part.group().strip() and _bare_regency(words):
                    continue  # "Desa Ponggok, Klaten dan …": the regency after a comma is the village's address
                unit = words if words.lower().startswith(head_words.lower()) else f"{head_words} {words}"
                at = name_start + part.start() + part.group().find(words)
                found.append(AgencyMention(at, at + len(words), unit))
        elif name.lower() not in _generic_names() and (
            len(name.split()) >= 2 or _is_acronym_head(token_texts, head_at) or short or council
        ):
            found.append(AgencyMention(name_start, name_end, name))
        i = j
    return _drop_addresses(text, found)


def _bare_regency(words: str) -> bool:
    """The words are a regency's or city's name alone ("Klaten")."""
    found = places.find_places(words)
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].end == len(words)
        and any(r.kind != "province" for r in found[0].candidates)
    )


# A village is written with its address: "Desa X, Kecamatan Y, Kabupaten Z". The kecamatan
# there locates the village; it is not a second unit visited.
_VILLAGE_HEADS = ("desa", "kelurahan", "nagari", "kampung", "gampong", "pekon")
_FARMER_GROUPS = frozenset(("kelompok tani", "gapoktan"))
_NAMED_KINDS = frozenset((*_VILLAGE_HEADS, *_FARMER_GROUPS, "bumdes"))
_ADDRESS = re.compile(r"[,-]?\s*(?:Kecamatan|Kec\.|Distrik|Kapanewon)\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}")
# between a unit and its kecamatan: nothing, or the village it works in ("… Kelurahan Leang-leang, ")
_VILLAGE_GAP = re.compile(r"(?P<village>(?:\s+(?:Desa|Kelurahan)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?)\s*[,-]?\s*")
# "Desa Wisata X yang terletak di desa Y": the second village locates the first
_LIES_IN = re.compile(r"\s*,?\s*(?:yang\s+)?(?:terletak|berada|berlokasi|beralamat)\s+di\s*", re.IGNORECASE)


# a village named by its government ("Pemerintahan Desa X", "Pemerintah Nagari Y", "Pemdes Z") is a village
_VILLAGE_GOVERNMENT = re.compile(r"^(?:(?:Pemerintahan|Pemerintah|Kantor)\s+(?=\S)|Pemdes\b)", re.IGNORECASE)


def _is_village(name: str) -> bool:
    if name.lower().startswith("pemdes"):
        return True
    words = _VILLAGE_GOVERNMENT.sub("", name).split()
    return bool(words) and words[0].lower() in _VILLAGE_HEADS


def skip_address(after: str) -> str:
    """The words after a unit with its kecamatan address cut off (", Kecamatan Y, Kota Z" → ", Kota Z")."""
    m = _ADDRESS.match(after)
    return after[m.end() :] if m else after


def _drop_addresses(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    kept: list[AgencyMention] = []
    for unit in found:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and (_is_village(prev.name) or prev.name.lower().startswith(tuple(_FARMER_GROUPS)))
            and _VILLAGE_GAP.fullmatch(text, prev.end, unit.start)
            and _ADDRESS.match(text, _VILLAGE_GAP.match(text, prev.end).end("village"))
        ):
            continue
        if prev is not None and _LIES_IN.fullmatch(text, prev.end, unit.start):
            continue  # where the unit named before lies, not a unit of its own
        kept.append(unit)
    return kept


# the manner of receiving written between a verb of being received and its agent ("disambut sendiri oleh", "diterima
# dengan hangat oleh", "disambut secara langsung"): any word of manner, langsung, sendiri, baik, hangat, ramah,
# antusias, one or two of them
RECEIVED_HOW = (
    r"(?:\s+(?:langsung|sendiri|baik|hangat|ramah|antusias|secara\s+langsung"
    r"|dengan\s+(?:baik|hangat|ramah|antusias))){0,2}"
)
# Words around a unit that make it a place the travellers went to ("ke Desa X", "menyambangi
# Forkopimda", "diterima oleh Universitas X", "Desa X dipilih sebagai lokasi"), and words that
# make it only the hall where they were received ("tiba di Kantor X dan diterima …").
_VISITED_BEFORE = re.compile(
    # (a group meets the units it came to: "rombongan menemui Dinas A", "bertemu dengan Badan B")
    r"\b(?:" + verbs.GOING_TO + r"|kunjungi|sambangi|didatangi|meninjau"
    # (received by it, by any verb of being received: "diterima oleh", "disambut oleh", "dijamu oleh")
    r"|(?:" + verbs.RECEIVED + r")" + RECEIVED_HOW + r"\s+oleh"
    # (... or with its agent right after it, no "oleh": "Kunjungan A diterima Dinas B", "disambut Bappeda C"; not
    # "ditemui", the reporter's meeting: "saat ditemui Bagian Humas …")
    r"|(?:diterima|disambut|dijamu)" + RECEIVED_HOW + r"|menemui|bertemu(?:\s+dengan)?"
    # the units a trip aims at: "studi banding ini menyasar Dinas A serta Biro B"
    r"|menyasar"
    # (a stop on the trip, the intransitive of "menyinggahi": "singgah di desa wisata A", "mampir ke Dinas B")
    r"|(?:singgah|mampir)\s+(?:(?:sejenak|dulu|lebih\s+dulu|terlebih\s+dahulu)\s+)?(?:di|ke)"
    r"|belajar\s+(?:di|dari|ke)|studi\s+\w+\s+(?:di|ke)|bertolak\s+ke|(?:jatuh|pilihan)\s+(?:pada|kepada)"
    r"|mulai\s+dari|salah\s+satunya,?|ke\s+(?:[a-z][\w-]*\s+){1,4}di|tepatnya\s+(?:di|ke)"
    # a cohort split into groups, or a stay told day by day, gives each group's or day's place after its
    # name, the verb left out in the second clause ("kelompok pertama belajar di Dinas A, sedangkan
    # kelompok kedua di Dinas B"; "pada hari pertama … di Dinas A, dan pada hari kedua di Badan B")
    r"|(?:kelompok|regu|grup|hari)\s+(?:[\w-]+\s+){1,2}?di|sebagian\s+(?:lagi\s+|lainnya\s+|peserta\s+)?di"
    # where the trip's site is: "Lokasi studi lapangan berada di Dinas X"
    r"|(?:lokasi|lokus)\s+(?:[\w-]+\s+){0,3}?(?:berada|terletak)\s+di"
    # where the trip went, then its units listed after a marker: "studi banding dilakukan di dua desa di A, yaitu
    # Desa B dan Desa C", "berlatih di Kota D, yakni di Kelurahan E" (the trip's own "di", not one that locates a
    # kind: "dari empat desa di Kecamatan F, yaitu Desa G" names where the senders live)
    r"|(?<!desa\s)(?<!kelurahan\s)(?<!kecamatan\s)(?:di|ke)\s+(?:(?!dari\b|asal\b)[\w-]+,?\s+){1,5}?(?:yaitu|yakni)"
    r"(?:\s+(?:di|ke))?"
    # (the field activity by any of its names: praktik/praktek (kerja) lapangan, PKL, observasi, magang)
    r"|(?:pra[ck]t[ei]k\s+(?:kerja\s+)?lapang(?:an)?|pkl|observasi(?:\s+lapangan)?|kunjungan\s+lapang(?:an)?|magang)"
    # the unit's office, building or government between the cue and its name ("ke Pemerintahan Desa X")
    r"(?:\s*\([^)]{1,10}\))?\s+(?:di|ke))\s+(?:kantor\s+|gedung\s+|markas\s+|pemerintah(?:an)?\s+)?$",
    re.IGNORECASE,
)
# (behind a look-ahead for the letters it can start with: its alternatives are not tried at other words)
_VISITED_BEFORE = first_letter_gated(_VISITED_BEFORE)
_VISITED_AFTER = re.compile(
    r"^(?:\s*\([^)]{1,30}\))?(?:\s*,?\s*(?:di|yang\s+berada\s+di)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s*,?\s*"
    # (a village's kecamatan written after it as its address: "Pemerintah Desa A, Kecamatan B, menerima …")
    r"(?:(?:Kecamatan|Kec\.|Distrik|Kapanewon|Kemantren)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*,\s*)?"
    # (... and its regency, city or province, the next steps of the same address: "Desa A, Kabupaten B, menerima
    # …", "Kecamatan C, Kota D, kedatangan …", "Desa E, Kecamatan F, Kabupaten G kedatangan …": kv-19, lv-01, fc-02)
    r"(?:(?:Kabupaten|Kab\.|Kota|Provinsi)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s*,?\s*)?"
    r"(?:[\w-]+\s+){0,2}?(?:(?:dipilih|ditetapkan|dijadikan|ditunjuk|terpilih|menjadi)\s+(?:sebagai\s+)?(?:\w+\s+)?"
    r"(?:lokasi|lokus|locus|tujuan|tempat|objek|obyek|rujukan|destinasi)\b"
    # (any verb of receiving, and the visit by any of its names: "menyambut rombongan", "menerima studi banding",
    # "kedatangan delegasi", "menerima kunker")
    # (a headline writes the verb bare: "Kecamatan A Terima Studi Banding …", "Desa B Sambut Rombongan …")
    r"|(?:" + verbs.RECEIVING + r"|terima|sambut|mendapat)\s+(?:\w+\s+)?(?:kunjungan|rombongan|tamu|delegasi|kunker"
    r"|stud[iy]\s+(?:banding|tiru|lapangan|komparatif)|kaji\s+(?:banding|tiru)|benchmarking)|dikunjungi|didatangi"
    # the place a trip went to is the one the report says was chosen, and why ("Desa A dipilih karena …",
    # "dipilih lantaran", "dipilih berkat"), the role left unsaid
    r"|dipilih\s+(?:karena|lantaran|sebab|berkat|mengingat))",
    re.IGNORECASE,
)
_RECEIVED_AT = re.compile(r"\b(?:tiba|berkumpul|transit)\s+(?:\w+\s+)?di\s+$", re.IGNORECASE)
# but a group received in a unit's office met that unit ("diterima di Dinas A Kota B", "disambut di Mal Pelayanan
# Publik C", "bertempat di Desa D"): no hall, the unit visited when named with the host's region like any unit
# "di" it (any verb of receiving or of where a meeting was held); only the regional secretariat received in is
# the government's seat, the government hosting (not "ditemui": "saat ditemui di ruang kerjanya" is the reporter
# meeting an official, kx-05 mediakendari, kf-12 metroonline, ke-03 poskupang, li-05 isukepri)
_RECEIVED_IN = re.compile(r"\b(?:diterima|disambut|dijamu|bertempat|berlangsung)\s+(?:\w+\s+)?di\s+$", re.IGNORECASE)
_SEAT = re.compile(r"(?:Sekretariat|Setda|Setkab|Setko)\b", re.IGNORECASE)


# "akan kami laporkan … untuk diteruskan ke Inspektorat": a paper goes there, no one travels
_SENT_TO = re.compile(
    r"\b(?:\w*lapor\w*|diteruskan|dikirim\w*|mengirim\w*|diserahkan|diajukan|dilimpahkan)\s+ke\s+$", re.I
)


# a study trip names its topic between the activity and the place: "studi banding soal pengelolaan BUMDes di
# Desa A", "kaji banding mengenai pelayanan perizinan di Dinas B", "belajar tentang bank sampah ke Desa C"; the
# unit after the topic is where the trip went, however many words the topic takes
_STUDIED_AT = re.compile(
    r"\b(?:studi\s+(?:banding|tiru|komparatif|lapangan)|kaji\s+banding|benchmarking|belajar)\s+"
    r"(?:soal|tentang|mengenai|terkait|perihal|seputar)\s+(?:[\w-]+\s+){1,5}?(?:di|ke)\s+(?:kantor\s+|gedung\s+)?$",
    re.IGNORECASE,
)
# the topic written bare, or a second activity beside the first ("studi tiru pelayanan publik ke Dinas A",
# "kaji tiru dan bimbingan teknis (bimtek) di Desa B"); not where a lesson is to be applied ("hasil studi
# banding bisa diterapkan di Dinas C")
_STUDIED_BARE_AT = re.compile(
    # (and any verb of learning with its topic: "mempelajari pengelolaan arsip di Dinas A", "menggali inovasi
    # layanan di Badan B", "menimba ilmu tata kelola pasar di Dinas C")
    r"\b(?:studi\s+(?:banding|tiru|komparatif)|kaji\s+(?:banding|tiru)|benchmarking|mempelajari|menggali|mendalami"
    r"|menimba\s+ilmu|belajar)\s+"
    r"(?:(?!(?:di|ke|bisa|dapat|akan|untuk|agar|supaya|diterapkan|ditiru|dipraktikkan|diimplementasikan|dikembangkan)\b)"
    r"[\w()-]+\s+){2,5}?(?:di|ke)\s+(?:kantor\s+|gedung\s+)?$",
    re.IGNORECASE,
)
_STUDY_WORDS = (
    "studi ",
    "banding ",
    "tiru ",
    "benchmarking ",
    "pelajari ",
    "menggali ",
    "mendalami ",
    "ilmu ",
    "belajar ",
)
# the trip held at a unit, or in the territory a unit keeps ("Kunjungan studi dilaksanakan di Desa A", "KKP
# Sespimmen digelar di Polres B", "penelitian KKLDN di wilayah Kodim C", "di wilayah hukum Polres D"): the
# trip's own holding verb (not the hall of a meeting: "pertemuan digelar di …" has no trip word before it)
_HELD_AT = re.compile(
    r"\b(?:kunjungan|studi|kkp|kkdn|kkldn|pkdn|kkl|kuliah\s+kerja|benchmarking|banding|tiru|lapangan)\b[^.]{0,60}?"
    r"\b(?:di\s?laksanakan|digelar|diadakan|diselenggarakan)\s+di\s+(?:kantor\s+|markas\s+)?$",
    re.IGNORECASE,
)
# the work practice of police or military cadets, held at a unit whose work they take part in ("siswa SPN menjalani
# latihan kerja (latja) selama sepekan di Polres A", "Latja di Polsek B", "taruna berlatih kerja di Polresta C"): the
# unit is visited, not a hall (the words of the practice itself, then within its clause the unit after "di")
_PRACTICE_AT = re.compile(
    r"\b(?:latihan\s+kerja|latja|berlatih\s+kerja)\b[^.;]{0,40}?\bdi\s+(?:kantor\s+|markas\s+)?$", re.IGNORECASE
)
_PRACTICE_WORDS = ("latihan kerja", "latja", "berlatih kerja")
_IN_TERRITORY = re.compile(r"\bdi\s+wilayah(?:\s+hukum|\s+kerja|\s+teritorial)?\s+$", re.IGNORECASE)
# the units that keep a territory: military commands and police
_TERRITORIAL = frozenset(
    ("kodam", "korem", "kodim", "koramil", "polda", "polres", "polresta", "polrestabes", "polsek", "lanal", "lanud")
)
_TOPIC_WORDS = (" soal ", " tentang ", " mengenai ", " terkait ", " perihal ", " seputar ")


# (hosts asks each unit of an article again for each destination, with the same words around it: ~40% of calls)
@lru_cache(maxsize=64)
def lokus_cue(before: str, after: str, wide: str = "", name: str = "") -> int:
    """1 when the words around a unit make it a place visited, -1 when they make it the hall
    where the guests were received or where a paper is sent, else 0. wide: a longer run of the
    words before, for a study trip's topic written between the activity and the unit."""
    low = before.lower()
    if may_match(_needles(_RECEIVED_AT), low) and _RECEIVED_AT.search(before):
        return -1
    if _SEAT.match(name) and _RECEIVED_IN.search(before):
        return -1
    if " ke " in low and _SENT_TO.search(before):
        return -1
    if may_match(_needles(_VISITED_BEFORE), low) and _VISITED_BEFORE.search(before):
        return 1
    wide_low = wide.lower()
    if any(w in wide_low for w in _TOPIC_WORDS) and _STUDIED_AT.search(wide):
        return 1
    if any(w in wide_low for w in _STUDY_WORDS) and _STUDIED_BARE_AT.search(wide):
        return 1
    if ("laksanakan " in wide_low or "adakan " in wide_low or "gelar " in wide_low) and _HELD_AT.search(wide):
        return 1
    if any(w in wide_low for w in _PRACTICE_WORDS) and _PRACTICE_AT.search(wide):
        return 1
    if name and name.split()[0].lower() in _TERRITORIAL and _IN_TERRITORY.search(before):
        return 1
    if may_match(_needles(_VISITED_AFTER), after.lower()) and _VISITED_AFTER.match(after):
        return 1
    return 0


def in_brackets(text: str, start: int, pos: int) -> bool:
    """pos lies inside a bracket opened after start: an aside ("(… di RSUD X)"), not a list item."""
    return text.count("(", start, pos) > text.count(")", start, pos)


_TO_PLACE = re.compile(r"\b(?:di|ke|menuju)\s", re.IGNORECASE)


def units_of_a_place_visited(text: str, start: int, pos: int) -> bool:
    """A bracket that opens right before pos, right after a place the trip went to, lists that
    place's units: "di Kabupaten X Kecamatan Y (Desa A dan Desa B)"."""
    bracket = text.rfind("(", start, pos)
    if bracket < 0 or text[bracket + 1 : pos].strip():
        return False
    before = text[max(start, bracket - 80) : bracket].rstrip()
    mentions = places.find_places(before)
    if not mentions or mentions[-1].end < len(before) - 30:
        return False
    # the words between the place and the bracket name places too ("… Kecamatan Trowulan")
    tail = before[mentions[-1].end :]
    if tail.strip() and not _ADDRESS.fullmatch(tail):
        return False
    return _TO_PLACE.search(before, 0, mentions[-1].start) is not None


def full_form(text: str, name: str) -> str:
    """A unit named by its acronym, as the report introduced it ("Dinas … (Disdukcapil)")."""
    if " " in name:
        return name
    at = text.find("(" + name + ")")
    if at <= 0:
        return name
    stop = text.rfind(". ", 0, at)
    start = max(text.rfind("\n", 0, at) + 1, stop + 2 if stop >= 0 else 0)  # within its sentence
    # (the unit as named, after an official's title too: "Sekretaris Badan Perencanaan Daerah (Bappeda) Kota A")
    for unit in _find_units(text, start, at + len(name) + 2, titled=True):
        if unit.end == at + len(name) + 2 and unit.name != name:
            return unit.name
    return _spelt_out(text, start, at, name) or name


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")


def _spelt_out(text: str, start: int, at: int, acronym: str) -> str | None:
    """The words before "(ACRONYM)" whose initials spell it: a report introduces an acronym once with
    the words it stands for, capitalised, right before it ("Tempat Pembuangan Sampah Terpadu (TPST)"),
    and lists the unit by the acronym later; a site the vocabulary does not know as a unit is named by
    those words. Only an acronym of capitals whose every letter opens one word counts."""
    if not acronym.isupper() or not acronym.isalpha() or not 2 <= len(acronym) <= 8 or is_body_acronym(acronym):
        return None  # (a body the vocabulary names by its acronym keeps it: "DPRD", "BKAD")
    words = text[start:at].split()
    spelt = words[-len(acronym) :] if len(words) >= len(acronym) else []
    if not spelt or not all(_CAPITALISED_WORD.fullmatch(w) for w in spelt):
        return None
    if "".join(w[0] for w in spelt) != acronym:
        return None
    return " ".join(spelt) + " (" + acronym + ")"


@cache
def _organizer_re() -> re.Pattern:
    bodies = _data()["training_bodies"] + _data()["organizer_only"]
    # (led by the bodies' first letters, which the engine skips to: see scanning.letter_led)
    from diklat_cli.extract.scanning import letter_led  # (local: the module's imports untouched)

    led = letter_led(bodies)
    return re.compile((led if led is not None else r"\b(?:" + "|".join(bodies) + ")") + r"\b")


def is_training_body(name: str) -> bool:
    return _training_body_re().search(name) is not None


@cache
def _body_acronyms() -> frozenset[str]:
    return frozenset(a.lower() for a in _data()["acronyms"] + _data()["sender_bodies"])


def is_body_acronym(word: str) -> bool:
    """A body named by its acronym ("DPRD", "BKAD", "BPSDM"), which its region follows."""
    return word.lower() in _body_acronyms() or _training_body_re().fullmatch(word) is not None


@cache
def _short_units() -> frozenset[str]:
    return frozenset(w.lower() for w in _data()["short_units"])


@cache
def _national_units() -> frozenset[str]:
    return frozenset(w.lower() for w in _data()["national_units"])


@cache
def _unit_parts() -> frozenset[str]:
    return frozenset(w.lower() for w in _data()["unit_parts"])


def is_national_unit(name: str) -> bool:
    """A regional unit of a national body ("Polda Aceh", "Kankemenag Kota Magelang", "Balai Diklat Keagamaan
    Palembang"), or a part of one named before it ("Biro SDM Polda Kalimantan Tengah": a bureau of the Polda is
    the Polda's). It sends and hosts from its province, with no regency (docs/schema.md, a regional office)."""
    words = name.split()
    if not words:
        return False
    units = _national_units()
    if any(" ".join(words[:n]).lower() in units for n in (1, 2, 3)):
        return True  # ("Kantor Imigrasi Balikpapan", "Balai Diklat Keagamaan Palembang": a unit named by words)
    return words[0].lower() in _unit_parts() and any(w.lower() in units for w in words[1:6])


@cache
def _seated_units() -> frozenset[str]:
    return _national_units() - frozenset(w.lower() for w in _data()["unseated_units"])


def is_seated_unit(name: str) -> bool:
    """A regional office of a national body by the words its name opens with ("Lapas Kelas IIA", "Kantor
    Kementerian Agama", "Polres"); a regional government's own body ("Dinas Sosial", "RSUD") is none."""
    words = name.lower().split(maxsplit=3)
    return any(" ".join(words[:n]) in _seated_units() for n in (1, 2, 3))


def is_seated_kind(name: str) -> bool:
    """The kind of a regional office alone, nothing after it ("Polres", "Kantor Imigrasi")."""
    return name.lower() in _seated_units()


@cache
def national_unit_before() -> re.Pattern:
    """A national body's regional unit written right before its seat, with its grade or area between: "Lapas
    Kelas IIA Bengkulu", "Kantor Imigrasi Kelas I TPI Medan", "LLDikti Wilayah I Medan" (the seat is no region
    that sends: the unit belongs to the national level)."""
    units = either(_data()["national_units"], spaced=True)
    return re.compile(
        rf"(?<![\w-])(?P<unit>(?:{units})(?:\s+(?:Kelas|Wilayah|Regional|Tipe)\s+(?:[IVX]{{1,4}}|\d{{1,2}})[ABC]?"
        r"(?:\s+(?:TPI|Non\s+TPI|Khusus))?)?)\s+$",
        re.IGNORECASE,
    )


def is_national(name: str) -> bool:
    return _national_re().search(name) is not None


def tokens_after_and_capitalised(tokens: list[re.Match], token: re.Match) -> bool:
    """ "Lembaga Pendidikan dan Pelatihan": "dan" joins two capitalised words of one name."""
    index = tokens.index(token)
    return index + 1 < len(tokens) and _capitalised(tokens[index + 1].group())


def find_organizers(text: str) -> list[Organizer]:
    """Training bodies named in the text ("Badan Diklat Provinsi Lampung", "Lemdiklat Polri")."""
    found: list[Organizer] = []
    pattern = _organizer_re()
    for m in scan(pattern, _leads(pattern), text, folded(text)):
        if found and m.start() < found[-1].end:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        in_brackets = text.count("(", line_start, m.start()) > text.count(")", line_start, m.start())
        if in_brackets and not re.match(r"\)\s+[A-Z]", text[m.end() :]):
            continue  # an acronym in brackets after the full name, already found
        # "Badang Pendidikan … (Badiklat) Jatim": a misspelt full name leaves the acronym and its region
        line_end = text.find("\n", m.end())
        # (the first nine tokens of the line, all that is read of it: eight and the one after the last)
        tokens = list(islice(_TOKEN_RE.finditer(text, m.end(), len(text) if line_end < 0 else line_end), 9))
        end = m.end()
        region_start = None  # where the region phrase that closes the name starts
        for token in tokens[:8]:
            word = token.group()
            if word == "dan" and (not tokens_after_and_capitalised(tokens, token) or " " not in text[m.start() : end]):
                break  # ("Sesparlu dan PKN Tingkat II": a body named by one word is whole; two are listed)
            if token.start() - end > 2 or not (_capitalised(word) or word.isdigit() or word == "dan"):
                break
            if any(c in ":;" for c in text[end : token.start()]):
                break  # ("Bandung, Seskoad: Sesuai …": a dateline's colon ends the name, the sentence starts)
            if re.fullmatch(r"TA|T\.A\.?|Tahun|(?:19|20)\d\d", word):
                break  # "Pasis Seskoad TA 2017": the (budget) year of the course, no part of the body's name
            if re.fullmatch(r"(?:Dr|Drs|Dra|Ir|Prof|Hj?|Kol|Brigjen|Mayjen|Letjen|Kombes|AKBP)\.?", word):
                break  # a person's name starts here
            if word.lower() in ("kelas", "angkatan", "gelombang", "pokjar", "kelompok") and not re.match(
                r"\s+(?:Darat|Laut|Udara)\b", text[token.end() :]
            ):
                break  # "Sespimmen Kelas 13": the class of the school, not its name ("Angkatan Udara" is)
            tail = places.find_places(text[m.start() : token.end()])
            closes = bool(tail) and m.start() + tail[-1].end == token.end()
            if region_start is not None and not (closes and m.start() + tail[-1].start <= region_start):
                break  # the region phrase closed the name: only a longer place name goes on
            end = token.end()
            if closes:
                # "Provinsi DKI" is a place already, "Provinsi DKI Jakarta" the whole of it
                region_start = m.start() + tail[-1].start
                continue
            if re.fullmatch(r"RI|Polri|LAN|Indonesia|TNI|Kemen(?!terian)\w+", word):
                # a national body's regional office carries its seat: "PPSDM Kemendagri Regional Bukittinggi"
                office = re.match(r"\s+(?:Regional|Wilayah)(?:\s+\d+|\s+[IVX]+)?,?(?:\s+[A-Z][\w]+){1,2}", text[end:])
                if office:
                    end += office.end()
                break
        acronym = re.match(r"\s*\([^()\n]*[A-Z][^()\n]{0,30}\)", text[end:])
        if acronym:
            end += acronym.end()  # "Lembaga Ketahanan Nasional RI (Lemhannas RI)"
        name = text[m.start() : end]
        if in_brackets:
            name = re.sub(r"\)\s*", " ", name, count=1)
        mentions = places.find_places(name)
        region = places.resolve(mentions[-1]) if mentions else None
        national = is_national(name)
        # "PPSDM Kemendagri Regional Bandung" is a ministry's unit, wherever it sits
        found.append(Organizer(m.start(), end, name, national, None if national else region))
    return found


@lru_cache(maxsize=512)
def _short_key(name: str) -> str:
    """A body's name with its full form replaced by the abbreviation in brackets."""
    key = re.sub(r"^.*\(([^()]{2,30})\)", r"\1", name).lower()
    return re.sub(r"\s+(?:ri|republik\s+indonesia)$", "", key)  # "Lemhannas RI" is Lemhannas


def _fullness(o: Organizer) -> tuple[int, bool, int]:
    return len(_short_key(o.name)), "(" in o.name, min(len(o.name.split()), 2)


def fullest(chosen: Organizer, organizers: list[Organizer]) -> Organizer:
    """The fullest mention of the chosen body: reports name a body briefly in one place
    ("Lemhanas", "PPSDM Kemendagri") and in full, or with its regional seat, in another."""
    key = _short_key(chosen.name)
    best = chosen
    for o in organizers:
        other = _short_key(o.name)
        # a longer name of the same body, the same name in full with its acronym, or more than
        # the bare acronym ("Lemhannas" < "Lemhannas RI")
        if (other == key or other.startswith(key + " ")) and _fullness(o) > _fullness(best):
            best = o
    return best


@cache
def _expansions() -> dict[str, str]:
    return {k.lower(): v.lower() for k, v in _data()["expansions"].items()}


@cache
def contracted_heads() -> dict[str, str]:
    """Kind words and the syllable an acronym cuts them to, lowercased ("dinas" -> "dis")."""
    return {k.lower(): v.lower() for k, v in _data()["contracted_heads"].items()}


def initials(name: str) -> str:
    """The first letters of a name's words, lowercased, its "dan" and "serta" passed over ("Dinas Pemberdayaan
    Masyarakat dan Desa" -> "dpmd")."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in ("dan", "serta")]
    return "".join(w[0] for w in words).lower()


# a report gives a unit's name once with its acronym or its other name in brackets and elsewhere without it
# ("Mal Pelayanan Publik (MPP)" … "Mal Pelayanan Publik", "Desa Wisata A (Umbul A)" … "Desa Wisata A"): the
# name without the bracketed part names the same unit
_REGIONAL_OFFICE = re.compile(r"\b(?:Kanwil|Kantor\s+Wilayah)\b", re.IGNORECASE)
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


def _unbracketed(low: str) -> str:
    return _TRAILING_BRACKET.sub("", low) if low.endswith(")") else low


def _bracketed(low: str) -> str:
    """The words in a name's closing bracket ("… daerah (bappeda)" -> "bappeda")."""
    return low[low.rfind("(") + 1 : -1]


def same_unit(a: str, b: str) -> bool:
    """True when one name is the other's acronym ("Bappeda", "DPMPTSP") or the same words."""
    la, lb = a.lower().strip(), b.lower().strip()
    if la == lb or (la.endswith(")") or lb.endswith(")")) and _unbracketed(la) == _unbracketed(lb):
        return True
    for short, full in ((la, lb), (lb, la)):
        if " " in short:
            continue
        if _expansions().get(short) == full or initials(_unbracketed(full)) == short:
            return True
        # the short form the report gave the name in brackets ("Badan Perencanaan Pembangunan Daerah (Bappeda)")
        if full.endswith(f"({short})") and " " in full:
            return True
    return False


def unique_units(names: list[str]) -> list[str]:
    """Each unit once; a report names a unit in full once and by its acronym elsewhere,
    and the full name is kept."""
    kept: list[str] = []
    # Near-linear on a list of thousands of names: the kept names that `same_unit` can
    # match are found by key (lowercased name, its initials, its expansion) instead of by
    # trying every one; a bucket may name a kept name since replaced, so each is checked.
    buckets: dict[tuple[str, str], list[int]] = {}

    def index(i: int, low: str) -> None:
        keys = [("=", low), ("i", initials(low))]
        if low.endswith(")"):
            keys += [("=", _unbracketed(low)), ("i", initials(_unbracketed(low))), ("i", _bracketed(low))]
        if " " not in low and low in _expansions():
            keys.append(("x", _expansions()[low]))
        for key in keys:
            insort(buckets.setdefault(key, []), i)

    for name in names:
        low = name.lower().strip()
        keys = [("=", low), ("x", low), ("=", initials(low))]
        if low.endswith(")"):
            bare = _unbracketed(low)
            keys += [("=", bare), ("=", initials(bare)), ("=", _bracketed(low))]
        if " " not in low:
            keys += [("=", _expansions().get(low, "")), ("i", low)]
        same = None
        for key in keys:
            for i in buckets.get(key, ()):
                if same is not None and i >= same:
                    break
                if same_unit(name, kept[i]):
                    same = i
                    break
        if same is None:
            kept.append(name)
            index(len(kept) - 1, low)
        elif " " not in kept[same] and " " in name:
            kept[same] = name
            index(same, low)
    return kept


@cache
def _ministry_at_end_re() -> re.Pattern:
    opens = "|".join(w.replace(" ", r"\s+") for w in _data()["own_staff_ministries"])
    # the ministry's name runs to the end of the centre's: capitalised words, "dan", its country, a bracket
    return re.compile(rf"(?<![\w-])(?P<ministry>(?-i:{opens})(?:\s+(?:(?-i:[A-Z])[\w-]*|dan|\([^()]{{2,40}}\)))*)\s*$")


@cache
def _trains_others_re() -> re.Pattern:
    words = "|".join(w.replace(" ", r"\s+") for w in _data()["trains_others"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


_REGIONAL_OFFICE = re.compile(r"\b(?:Kanwil|Kantor\s+Wilayah)\b", re.IGNORECASE)
_TRAILING_BRACKET = re.compile(r"\s*\(\s*[^()]{2,30}?\s*\)\s*$")


def own_staff_ministry(name: str) -> str | None:
    """The ministry or national agency a training centre's name ends with ("Pusat Diklat Kemensetneg": the
    Kemensetneg; "Sekolah Staf dan Pimpinan Kementerian Luar Negeri (Sesparlu)": the Kementerian Luar Negeri),
    as written, when the centre trains that body's own staff: the body sends its course and the centre runs it
    (docs/schema.md, a ministry's own trainees). None for a name that is no training centre, that names no
    ministry after its centre's words, or whose ministry trains other governments' officials (`trains_others`)."""
    centre = _training_body_re().search(name)
    if centre is None or is_national_unit(name) or _REGIONAL_OFFICE.search(name):
        return None  # (a ministry's regional office and its Balai Diklat send as themselves: a regional office)
    bare = _TRAILING_BRACKET.sub("", name)  # "… Kementerian Luar Negeri ( SESPARLU )": the centre's short form
    m = _ministry_at_end_re().search(bare, centre.end())
    if m is None or m.start() == 0 or _trains_others_re().search(m.group("ministry")):
        return None
    ministry = m.group("ministry")
    return ministry if len(ministry.split()) > 1 or not ministry.startswith("Kementrian") else None


# a ministry written in full with its short form in brackets: "Kementerian Energi dan Sumber Daya Mineral (ESDM)",
# "Kementerian Luar Negeri (Kemenlu)"
_MINISTRY_IN_FULL = re.compile(
    r"\b(?:Kementerian|Kementrian)(?:\s+(?:(?-i:[A-Z])[\w-]*|dan|,))+?\s*\((?P<short>[^()]{2,20})\)"
)
_OF_THE_REPUBLIC = re.compile(r"\s+RI$")


def ministry_in_full(text: str, ministry: str) -> tuple[str, tuple[int, int]] | None:
    """The fuller writing of a ministry named short at the end of its centre's name, where the report gives
    one: its name in full with the short form in brackets ("Kementerian ESDM" or "Kemenlu" beside "Kementerian
    Energi dan Sumber Daya Mineral (ESDM)", "Kementerian Luar Negeri (Kemenlu)"), or its country written out
    ("Kejaksaan RI" beside "Kejaksaan Republik Indonesia"). A body written in full and short is kept in full
    (docs/schema.md, a name written in full and short)."""
    short = _OF_THE_REPUBLIC.sub("", ministry)
    if short != ministry:
        at = text.find(short + " Republik Indonesia")
        if at >= 0:
            return text[at : at + len(short) + 19], (at, at + len(short) + 19)
    words = short.split()
    keys = {short.lower(), words[-1].lower()} if len(words) <= 2 else set()
    if not keys or "(" not in text:
        return None
    for m in _MINISTRY_IN_FULL.finditer(text):
        if m.group("short").strip().lower() in keys:
            return m.group(), m.span()
    return None


def village_senders() -> dict:
    """The words of a village's bodies, its kinds, its travelling party and the ends of its name
    (data/agencies.json, village_senders)."""
    d = _data()
    keys = ("village_sender_bodies", "village_kinds", "village_party_words", "village_agent_words", "village_name_ends")
    return {k: d[k] for k in keys}


def trip_setters() -> tuple[list[str], list[str]]:
    """The words of a body setting up a trip for others, written before it and after it (data/agencies.json)."""
    return _data()["trip_setters_before"], _data()["trip_setters_after"]


_KIND_WORDS = {
    places.PROVINCE: ("provinsi", "propinsi", "prov"),
    places.KABUPATEN: ("kabupaten", "kab"),
    places.KOTA: ("kota",),
}
_TITLED = re.compile(r"[A-Z][\w.]*\s+$")
# a body's name written before its region: capitalised words, acronyms, "dan", and a short form in brackets
_NAME_WORD = re.compile(r"(?:[A-Z][\w.&-]*|dan|\([A-Za-z][\w .-]{0,14}\))$")
_BRACKET_AFTER = re.compile(r"\s*\([A-Za-z][\w .-]{0,19}\)")


def _short_of_words(short: list[str], full: list[str]) -> bool:
    """Each word of the short name is a word of the full one or the initials or expansion of a run of them, in
    order, the runs covering the full name ("TP PKK" of "Tim Penggerak PKK", "DPRD" of "Dewan Perwakilan Rakyat
    Daerah")."""
    i = 0
    for word in short:
        if i < len(full) and full[i] == word:
            i += 1
            continue
        for j in range(len(full), i + 1, -1):
            run = " ".join(full[i:j])
            if _expansions().get(word) == run or initials(run) == word:
                i = j
                break
        else:
            return False
    return i == len(full)


_BRACKETED = re.compile(r"\(([^()]+)\)")
_BRACKET_PART = re.compile(r"\s*\([^()]*\)")


@lru_cache(maxsize=1024)  # the names before each mention of a region are asked again for every record's name
def same_body(short: str, full: str) -> bool:
    """True when the unit words `full` name the unit `short` names: the same words, or its words cut to their
    initials or expanded ("Dewan Perwakilan Rakyat Daerah" and "DPRD", "Tim Penggerak PKK" and "TP PKK"); a short
    form written in brackets after the full words is the short name itself ("Dewan Perwakilan Rakyat Daerah
    (DPRD)"), not another."""
    low_short, low_full = short.lower(), full.lower()
    brackets = _BRACKETED.findall(low_full)
    plain_full = [w for w in _BRACKET_PART.sub("", low_full).split() if w not in ("dan", "serta")]
    plain_short = [w for w in _BRACKET_PART.sub("", low_short).split() if w not in ("dan", "serta")]
    if not plain_short or not plain_full or any(b != " ".join(plain_short) for b in brackets):
        return False
    return plain_short == plain_full or _short_of_words(plain_short, plain_full)


def _unit_words_before(text: str, at: int) -> list[tuple[int, str]]:
    """The starts and text of the names that may end right before `at` within its line, longest first."""
    line = text.rfind("\n", 0, at) + 1
    head = text[max(line, at - 120) : at]
    words = head.split(" ")
    if words and words[-1] == "":
        words.pop()
    else:
        return []
    kept: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.match(word) or len(kept) >= 10:
            break
        kept.insert(0, word)
    out = []
    for k in range(len(kept)):
        if kept[k].startswith("(") or kept[k] == "dan":
            continue
        name = " ".join(kept[k:])
        out.append((at - len(name) - 1, name))
    return out


def _names_again(words: str, unit: str, region, resolved: list) -> bool:
    """A bracket after a body's region that writes the region or the body short again ("(Kaltim)", "(DPRD A)")."""
    if words.split()[0].lower() == unit.split()[-1].lower():
        return True
    return any(p.region == region and p.mention.text == words.split()[-1] for p in resolved) or any(
        m.text == words for m in places.find_places(words)
    )


def fullest_writing(text: str, name: str, resolved: list) -> tuple[str, tuple[int, int]] | None:
    """A body written with its region, named in full and short ("Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi A
    (Kaltim)" … "DPRD Kaltim", "Tim Penggerak PKK Kabupaten B" … "TP PKK B", "KPU Kabupaten C" … "KPU Kab. C"):
    its fullest writing in the text, the first of the fullest, the region's short form in brackets kept with it
    (docs/schema.md, "A name written in full and short"). A government ("Pemkab B", "Kabupaten B") is not asked:
    it is named as written. None when no fuller writing is found."""
    if not any(p.mention.text in name for p in resolved):
        return None  # (no region of the text ends the name: nothing to look for, and no scan of the name)
    in_name = places.find_places(name)
    if not in_name or in_name[-1].government or in_name[-1].start == 0:
        return None
    if name[in_name[-1].end :].strip() and _BRACKET_AFTER.fullmatch(name, in_name[-1].end) is None:
        return None
    unit = name[: in_name[-1].start].strip()
    if unit.split()[0].lower() in (*places.GOVERNMENT_WORDS, "kabupaten", "kota", "provinsi"):
        return None
    regions = {p.region for p in resolved if p.mention.text == in_name[-1].text}
    if len(regions) != 1:
        return None
    region = next(iter(regions))

    def fullness(words: str, place_text: str) -> tuple[int, bool, bool]:
        """More words of the unit, the region's own name written out, its kind written with it."""
        written = place_text.lower()
        kind = written.split()[0].rstrip(".") in _KIND_WORDS[region.kind]
        return len(re.sub(r"\s*\([^()]*\)", "", words).split()), region.bare.lower() in written, kind

    own = fullness(unit, in_name[-1].text)
    best: tuple[tuple[int, int], int, int] | None = None
    for p in resolved:
        if p.region != region or p.mention.government:
            continue
        for start, words in _unit_words_before(text, p.mention.start):
            if not same_body(unit, words):
                continue
            if "(" not in words and _TITLED.search(text, max(0, start - 40), start):
                break  # (the full words inside a title or a longer name, "Sekretaris Badan A", introduce nothing)
            end = p.mention.end
            bracket = _BRACKET_AFTER.match(text, end)
            if bracket is not None and _names_again(bracket.group().strip()[1:-1], unit, region, resolved):
                end = bracket.end()
            rank = fullness(words, p.mention.text)
            if rank > own and (best is None or (rank, -start) > (best[0], -best[1])):
                best = (rank, start, end)
            break
    if best is None:
        return None
    _, start, end = best
    return " ".join(text[start:end].split()), (start, end)
