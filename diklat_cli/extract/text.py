"""Cleaning article text: mojibake, whitespace, control characters and page furniture.

Everything here is a pure function of its input so that character offsets into the
cleaned text (evidence spans) are reproducible.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata

from diklat_cli.extract.sentences import LIST_INTRO

__all__ = ["clean_text", "repair_mojibake", "strip_boilerplate"]

# --- mojibake -----------------------------------------------------------------------

# Each character a byte 0x80-0xFF turns into when UTF-8 is read as cp1252 or latin-1.
_CHAR_TO_BYTE: dict[str, int] = {}
for _b in range(0x80, 0x100):
    with contextlib.suppress(UnicodeDecodeError):  # 5 bytes are undefined in cp1252
        _CHAR_TO_BYTE[bytes([_b]).decode("cp1252")] = _b
    _CHAR_TO_BYTE.setdefault(chr(_b), _b)


def _chars(lo: int, hi: int) -> str:
    return "".join(re.escape(c) for c, b in _CHAR_TO_BYTE.items() if lo <= b <= hi)


_CONT = f"[{_chars(0x80, 0xBF)}]"
# Only lead bytes whose repair gives what Indonesian news really carries: Latin-1
# letters and symbols (C2 C3), the cp1252 extras (C5 C6 CB, needed for double
# mojibake), punctuation (E2), BOM/U+FFFD (EF) and emoji (F0). Other leads would
# turn an accented letter followed by a curly quote into a CJK character.
_MOJIBAKE = re.compile(f"[\u00c2\u00c3\u00c5\u00c6\u00cb]{_CONT}|[\u00e2\u00ef]{_CONT}{{2}}|\u00f0{_CONT}{{3}}")
# "â€" whose third byte was lost (0x9D is undefined in cp1252): almost always ”.
_LOST_QUOTE = re.compile(f"\u00e2\u20ac(?:\ufffd|(?!{_CONT}))")
_DAGGER = re.compile("(?<=[^\\s])\u2020")
_FFFD_OPEN = re.compile("(?:^|(?<=[\\s(\\[]))\ufffd(?=\\w)", re.MULTILINE)
_FFFD_CLOSE = re.compile("(?<=[\\w.,!?;:])\ufffd(?=[\\s.,;:!?)\\]]|$)", re.MULTILINE)


def _fix_sequence(m: re.Match[str]) -> str:
    raw = bytes(_CHAR_TO_BYTE[c] for c in m.group())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return m.group()


def _closing_quote(s: str, pos: int) -> str | None:
    """The closing quote that matches the nearest opening quote before pos on its line."""
    line_start = s.rfind("\n", 0, pos) + 1
    before = s[line_start:pos]
    last = max(before.rfind('"'), before.rfind("\u201c"))
    if last < 0:
        return None
    return '"' if before[last] == '"' else "\u201d"


def _forms_sequence(before: str, new: str, after: str) -> bool:
    """Whether new, between before and after, would complete a fresh mojibake sequence."""
    window = before + new + after
    for i in range(len(before) + 1):
        m = _MOJIBAKE.match(window, i)
        if m and m.end() > len(before) and _fix_sequence(m) != m.group():
            return True
    return False


def _sub_quotes(pattern: re.Pattern[str], s: str, choose) -> str:
    """pattern.sub(choose), keeping any match whose quote would join a byte sequence
    ("Â" + "”"): the next cleaning pass would eat that quote again."""
    out: list[str] = []
    tail = ""  # the last characters written, as the next match will see them
    last = 0
    for m in pattern.finditer(s):
        piece = s[last : m.start()]
        tail = (tail + piece)[-3:]
        new = choose(s, m)
        if new is None or _forms_sequence(tail, new[:1], s[m.end() : m.end() + 3]):
            new = m.group()
        out += (piece, new)
        tail = (tail + new)[-3:]
        last = m.end()
    out.append(s[last:])
    return "".join(out)


def _dagger(s: str, m: re.Match[str]) -> str | None:
    # a lone † after a quoted phrase is what is left of a closing quote
    nxt = s[m.end() : m.end() + 1]
    if nxt and not (nxt.isspace() or nxt.isalpha()):
        return None
    quote = _closing_quote(s, m.start())
    if quote is None:
        return None
    return quote + " " if nxt.isalpha() else quote  # the space went with the lost bytes


def repair_mojibake(s: str) -> str:
    """Undo UTF-8 that was read as cp1252/latin-1 ("â€œ" → “), only where it occurs."""
    if not any(c in s for c in "\u00c2\u00c3\u00c5\u00c6\u00cb\u00e2\u00ef\u00f0\u2020\ufffd"):
        return s
    while True:  # text encoded twice needs a second pass; each pass shortens the text
        fixed = _MOJIBAKE.sub(_fix_sequence, s)
        if fixed == s:
            break
        s = fixed
    if "\u00e2\u20ac" in s:
        s = _sub_quotes(_LOST_QUOTE, s, lambda t, m: "\u201d")
    if "\u2020" in s:
        s = _sub_quotes(_DAGGER, s, _dagger)
    if "\ufffd" in s:
        s = _sub_quotes(_FFFD_OPEN, s, lambda t, m: "\u201c")
        s = _sub_quotes(_FFFD_CLOSE, s, lambda t, m: _closing_quote(t, m.start()) or "\u201d")
    return s


# --- whitespace and control characters ------------------------------------------------

# \x85 (NEL) is left to after the mojibake repair: it is also a UTF-8 continuation byte
_LINE_BREAKS = {
    "\r\n": "\n",
    "\r": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
    "\x1c": "\n",
    "\x1d": "\n",
    "\x1e": "\n",
    "\u2028": "\n",
    "\u2029": "\n\n",
}
_LINE_BREAK_RE = re.compile("|".join(re.escape(k) for k in _LINE_BREAKS))
# soft hyphen, zero-width and bidi marks, word joiners, stray BOMs
_ZERO_WIDTH = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_SPACE_CHARS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# before the repair: C0 controls and invisible characters, which could split a sequence
_INVISIBLE = {cp: None for cp in range(0x20) if chr(cp) not in "\n\t"} | {ord(c): None for c in _ZERO_WIDTH}
# after it: C1 controls the repair did not use, and the odd spaces
_LEFTOVERS: dict[int, str | None] = {cp: None for cp in range(0x7F, 0xA0)}
_LEFTOVERS[0x85] = "\n"
_LEFTOVERS.update({ord(c): " " for c in _SPACE_CHARS})
_LEFTOVERS.update({ord(c): None for c in _ZERO_WIDTH})  # "ï»¿" repairs to a BOM


def _any_of(table: dict[int, str | None]) -> re.Pattern[str]:
    """A search for any character a translate table changes: str.translate looks every
    character up in the table, which costs far more than a regex scan of clean text."""
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(table)) + "]")


_HAS_INVISIBLE = _any_of(_INVISIBLE)
_HAS_LEFTOVERS = _any_of(_LEFTOVERS)
_SURROGATES = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(" {2,}")
_BLANKS = re.compile("\n{3,}")


def _prepare(s: str) -> str:
    s = _LINE_BREAK_RE.sub(lambda m: _LINE_BREAKS[m.group()], s)
    if _HAS_INVISIBLE.search(s):
        s = s.translate(_INVISIBLE)
    s = _SURROGATES.sub("", s)  # lone surrogates cannot be written out
    return unicodedata.normalize("NFC", s)


def _normalise(s: str) -> str:
    s = _LINE_BREAK_RE.sub(lambda m: _LINE_BREAKS[m.group()], s)  # "â€¨" repairs to U+2028
    if _HAS_LEFTOVERS.search(s):
        s = s.translate(_LEFTOVERS)
    s = unicodedata.normalize("NFC", s)
    # runs of spaces never cross a line break, so they are collapsed in one pass
    return "\n".join(line.strip(" \t") for line in _SPACES.sub(" ", s).split("\n"))


def _clean_once(s: str) -> str:
    s = strip_boilerplate(_normalise(repair_mojibake(_prepare(s))))
    return _BLANKS.sub("\n\n", s).strip("\n")


def clean_text(s: str) -> str:
    """Normalise whitespace, line endings and Unicode, repair mojibake, drop furniture."""
    for _ in range(4):  # dropping a line can make a new run of furniture; settle it
        cleaned = _clean_once(s)
        if cleaned == s:
            break
        s = cleaned
    return s


# --- page furniture -------------------------------------------------------------------

_I = re.IGNORECASE
_READ_ALSO = re.compile(r"^(?:baca|lihat|simak)\s*(?:juga|pula)\b\s*(.?)", _I)
_READ_OTHER = re.compile(
    r"^(?:baca|read)\s*(?::|(?:berita|artikel)\s+(?:lainnya|selengkapnya|terkait)\b|selengkapnya\s*$)",
    _I,
)
_VIEWS = re.compile(
    r"^(?:oleh\b.{0,60}?)?[\s\-–—|•·]*[\d.,]+\s*(?:kali\s+|x\s+)?(?:dilihat|dibaca|views?|pembaca)"
    r"(?:\s+kali)?$|^(?:dilihat|dibaca|views?)\s*:?\s*[\d.,]+(?:\s*kali)?$"
    r"|^(?:artikel|berita)\s+ini\s+(?:telah|sudah)\s+dibaca\s*:?\s*[\d.,]+\s*(?:kali)?$",
    _I,
)
_FURNITURE = {
    "menu", "menu close", "close", "close menu", "tutup", "skip to content", "skip to main content",
    "loncat ke konten", "langsung ke konten", "toggle navigation", "search", "search for:", "cari",
    "beranda", "home", "share", "share:", "share this:", "share this", "bagikan", "bagikan:",
    "like this:", "loading...", "print", "cetak", "copy link", "salin link", "salin tautan",
    "advertisement", "iklan", "scroll to continue with content", "scroll untuk melanjutkan",
    "scroll ke bawah untuk melanjutkan", "tags", "tags:", "tag", "tag:", "komentar", "comments",
    "berita terbaru", "terpopuler", "populer", "trending", "next", "prev", "previous",
    "selanjutnya", "sebelumnya", "read more", "selengkapnya",
}  # fmt: skip
_SOCIAL = {
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail",
    "pinterest", "instagram", "youtube", "tiktok", "line", "tweet", "share", "bagikan",
    "google", "news", "copy", "link", "salin", "print", "|", "·", "•", "-",
}  # fmt: skip
_SHARE = re.compile(r"^(?:bagikan|share|sebarkan)\s*(?:artikel|berita|ini|this|on|ke|via|:)", _I)
_FOLLOW = re.compile(r"^(?:ikuti|follow|dapatkan|simak|gabung|join)\b", _I)
_FOLLOW_WHERE = re.compile(
    r"\b(?:google\s*news|whatsapp|telegram|instagram|twitter|facebook|youtube|tiktok|"
    r"saluran|channel|media sosial|medsos)\b",
    _I,
)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})", _I)
_HAK_CIPTA = re.compile(r"^hak\s+cipta\b.*(?:©|\(c\)|dilindungi|all rights)", _I)
_PHOTO_CREDIT = re.compile(r"^sumber\s+(?:gambar|foto)\s*:\s*", _I)
_TAGS = re.compile(r"^tags?\s*:", _I)
_LONE_PUNCT = re.compile(r"^[.…·•\-–—_*=~]+$")
_RELATED_HEADER = re.compile(
    r"^(?:(?:berita|artikel|baca|postingan|tulisan|konten)\s+(?:terkait|lainnya|terpopuler|"
    r"populer|pilihan|rekomendasi|terbaru)|related\s+(?:posts?|news|articles?|stories)|"
    r"(?:baca|lihat|simak)\s+juga)\s*:?$",
    _I,
)
_BULLET = re.compile(r"^[-•*·▪►»–]\s+(\S.*)$")
_SENTENCE_END = re.compile(r"[.!?\"”’)]$")
_LIST_INTRO = re.compile(
    r"\b(?:berikut(?:nya)?|" + LIST_INTRO + r"|adalah|terdiri)\W*$",
    _I,
)


def _words(line: str) -> int:
    return len(line.split())


def _is_furniture(line: str) -> bool:
    """A single line that is page furniture wherever it stands."""
    low = line.casefold()
    if low in _FURNITURE or _LONE_PUNCT.match(line) or _VIEWS.match(line):
        return True
    m = _READ_ALSO.match(line)
    if m:
        # "Baca juga" is never prose; "Lihat juga ..." could start a sentence
        return (
            low.startswith("baca")
            or m.group(1) in {":", "-", "–", "—", ">", "»", "|", ""}
            or (_words(line) <= 20 and not _SENTENCE_END.search(line))
        )
    if _READ_OTHER.match(line) and _words(line) <= 25:
        return True
    tokens = low.replace("|", " | ").split()
    if tokens and all(t.strip(":") in _SOCIAL for t in tokens) and any(len(t) > 2 for t in tokens):
        return True
    if _SHARE.match(line) and _words(line) <= 12:
        return True
    if _FOLLOW.match(line) and _FOLLOW_WHERE.search(line) and _words(line) <= 40:
        return True
    if (_COPYRIGHT.match(line) and _words(line) <= 25) or _HAK_CIPTA.match(line):
        return True
    return bool(_TAGS.match(line) and _words(line) <= 15 and not _SENTENCE_END.search(line))


def _headline(line: str) -> bool:
    """A related article's headline standing on its own line: a few words, no sentence's end."""
    # (a headline may close on its date in brackets: "… ke Kota Palu (7/5/2024)"); a labelled line
    # ("Pewarta: Ani", "Penulis: X | Editor: Y", "© 2024 …") is the page's own credit, not a headline
    return 2 <= _words(line) <= 20 and line[-1] not in '.!?"”’,;:' and not any(c in line for c in ":|©")


def _headline_run(items: list[str]) -> bool:
    """Whether bullet items look like a list of related headlines, not article content."""
    if len(items) < 3:
        return False
    for item in items:
        if not 3 <= _words(item) <= 25 or item[-1] in ".,;:":
            return False
    capitalised = sum(1 for item in items if item[0].isupper() or item[0].isdigit())
    return capitalised * 3 >= len(items) * 2


def strip_boilerplate(s: str) -> str:
    """Drop lines that are page furniture (read-also links, counters, share bars ...).

    Conservative: bylines, headlines and anything that could be prose stay.
    """
    out: list[str] = []
    lines = s.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        bare = line.strip()
        if not bare:
            out.append(line)
            i += 1
            continue
        if _RELATED_HEADER.match(bare):
            # the header and the list of headlines under it, bulleted or not: a headline is a short line
            # that does not end a sentence ("Berita Terkait" / "DPRD Kota X Kunjungi Y 12 April 2024",
            # ku-05, lc-11, kz-11, kn-05: four outlets); prose after the list stays
            i += 1
            while i < len(lines) and (not (nxt := lines[i].strip()) or _BULLET.match(nxt) or _headline(nxt)):
                i += 1
            continue
        if _is_furniture(bare):
            i += 1
            continue
        credit = _PHOTO_CREDIT.match(bare)
        if credit:
            rest = bare[credit.end() :]
            # a short credit ("Sumber Gambar : Humas") goes; prose glued to it stays
            if not rest or (_words(rest) <= 4 and not re.search(r"[.,–—]", rest)):
                i += 1
                continue
            line = rest
        if _BULLET.match(bare):
            j = i
            items = []
            while j < len(lines) and _BULLET.match(lines[j].strip()):
                items.append(_BULLET.match(lines[j].strip()).group(1).strip())
                j += 1
            prev = next((p.strip() for p in reversed(out) if p.strip()), "")
            # a list after a finished sentence, not one the sentence introduces
            if prev and _SENTENCE_END.search(prev) and not _LIST_INTRO.search(prev) and _headline_run(items):
                i = j
                continue
            out.extend(lines[i:j])
            i = j
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
