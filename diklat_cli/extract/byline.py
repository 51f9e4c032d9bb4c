"""Source fields of an article: outlet, reporter, editor, dateline, publication date, headline.

News texts open with a headline line, then a dateline that starts the first paragraph
("Makassar (Antara Megapolitan) -", "MANADO–", "TopikSulut.com, BALI-"); credits sit on
their own lines ("Pewarta: ...", "Editor: ..."). Only the top lines are searched for the
headline and dateline, so a city named later in the prose is never taken for one.

One concern: the page's own lines about the article (headline, header and posting lines, dateline,
credits, sign-off); each outlet lays them out its own way, and the layouts read here stay together
because a line one layout reads as a credit another reads as a date or a dateline.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from diklat_cli.extract.scanning import Needles, either, folded, may_match, needles

__all__ = ["Byline", "Field", "find_byline", "footer_outlet"]

_DATA = Path(__file__).resolve().parent.parent / "data" / "titles.json"
_HEAD_LINES = 8  # non-empty lines searched for a headline, dateline or date line


@dataclass(frozen=True, slots=True)
class Field:
    value: str
    start: int
    end: int


@dataclass
class Byline:
    outlet: Field | None = None
    reporter: Field | None = None
    editor: Field | None = None
    dateline: Field | None = None
    published: tuple[date, int, int] | None = None
    title: Field | None = None
    chrome: tuple[tuple[int, int], ...] = ()  # date-only lines above the headline: page chrome


# --- word lists and patterns --------------------------------------------------------------


@dataclass(frozen=True)
class _Rx:
    months: dict[str, int]
    paren: re.Pattern[str]
    domain_city: re.Pattern[str]
    city_outlet: re.Pattern[str]
    city_date: re.Pattern[str]
    city_only: re.Pattern[str]
    domain_only: re.Pattern[str]
    domain_alone: re.Pattern[str]
    city_comma: re.Pattern[str]
    credit: re.Pattern[str]
    reporter_labels: frozenset[str]
    published_label: re.Pattern[str]
    date_line: re.Pattern[str]
    not_city: frozenset[str]
    credit_needles: Needles  # what every credit / published label contains
    published_needles: Needles
    credit_words: tuple[str, ...]  # the credit labels, lower case
    credit_reach: int  # a label opening a line ends before this offset
    weekdays: dict[str, int]
    meta_date: re.Pattern[str]  # a date in a header line, with its weekday ("Mon, 09/11/2017")
    clock: re.Pattern[str]
    oleh: re.Pattern[str]
    laporan: re.Pattern[str]
    by_line: re.Pattern[str]  # "Written By X on Selasa, 26 Februari 2013", "Upload by Admin - 14 September 2021"
    outlet_words: frozenset[str]  # press words and publishing bodies, lower case
    press_words: frozenset[str]  # the press words alone
    glued_outlet: re.Pattern[str]  # a press word glued to a name: "JATIMTIMES", "Kupasonline", "INILAMPUNGCOM"
    publisher: re.Pattern[str]  # "Humas-Setwan -", "Malang Post –": a name alone before the dash
    desk_words: frozenset[str]  # a newsroom desk or a site's account, not a person ("Redaksi", "Admin")
    label_alone: re.Pattern[str]  # a credit label alone on its line, the name on the line above
    name_role: re.Pattern[str]  # "Andi Nugroho, Jurnalis · Rabu, 22 November 2023": the name, then its role
    city_domain: re.Pattern[str]  # "Deli Serdang, Lintangnews.com |": the city, then the domain, any separator
    paren_domain: re.Pattern[str]  # "Medan(harianSIB.com)": the city, then the domain in brackets
    outlet_paren: re.Pattern[str]  # "TATIYE.ID (GORONTALO) –": the outlet, then the city in brackets
    outlet_city: re.Pattern[str]  # "KANAL24, Banyuwangi –": an outlet's name, then the city


def _alt(words: list[str]) -> str:
    return either(words)


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    d = json.loads(_DATA.read_text(encoding="utf-8"))
    months: dict[str, int] = d["months"]
    # month and day names in any case; the city beside them must stay capitalised
    month = rf"(?i:{_alt(list(months))})\.?"
    day = rf"(?i:{_alt(d['days'])})"
    # "12 Juni 2019", "12/06/2019", "2019-06-12"; and with a comma before the year, as an English date writes it:
    # "16 September, 2016, 00.43 WIB" (od-02 lintasatjeh), "16 November, 2023" (rl-02 ppidmagetan), "25 Apr,2017
    # 12:04" (rn-04 sikeni)
    dmy = (
        rf"(?:\d{{1,2}}\s+{month}(?:\s*,\s*|\s+)\d{{4}}"
        rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    )
    when = rf"(?:{day}\s*,?\s*)?(?P<date>{dmy})"
    clock = r"(?:\s*[,|/-]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?)?"
    # a city: 1-3 capitalised words ("Banda Aceh", "SEMARANG")
    city = r"(?P<city>[A-Z][A-Za-z'’]*(?:[ ]{1,2}[A-Z][A-Za-z'’]*){0,2})"
    dash = r"\s*(?:[-–—]+|_{2,})"  # "kabarMagelang.com__Jajaran …": a run of underscores stands for the dash
    # any case: "SRIPOKU.COM", "Pepadun.News", "KBA.ONE"
    tld = (
        r"(?i:co\.id|web\.id|go\.id|or\.id|my\.id|ac\.id|sch\.id|desa\.id|com|id|net|org|news|info|co|tv"
        r"|online|one|asia|media|site|today|xyz|biz|pro)"
    )
    domain = rf"(?P<outlet>[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)*\.{tld})(?![A-Za-z0-9])"
    labels = d["byline_labels"]
    credit_labels = labels["reporter"] + labels["editor"]
    flags = re.IGNORECASE
    credit = re.compile(rf"(?:^|(?<=[|(/,;–—-])|(?<=\s))(?P<label>{_alt(credit_labels)})\s*:\s*", flags)
    # "Diterbitkan pada tanggal 3 Maret 2022", "Posted on 22 November 2023 by Admin"
    published_label = re.compile(
        rf"\b(?:{_alt(labels['published'])})\s*:?\s*(?:(?:pada|on)\s+)?(?:tanggal\s+)?{when}", flags
    )
    weekdays: dict[str, int] = d["weekday_numbers"]
    mdy = rf"(?P<mdy>{month}\s+\d{{1,2}},?\s+\d{{4}})"  # "July 3, 2023" in an English header
    return _Rx(
        weekdays=weekdays,
        meta_date=re.compile(
            rf"(?<!\w)(?:(?P<wd>{_alt(list(weekdays))})\.?\s*,?\s*)?(?:(?P<date>{dmy})|{mdy})(?!\w)", flags
        ),
        # (with a space after the colon too: "10: 05: 59 WIB")
        clock=re.compile(r"(?<![\d/.])\d{1,2}(?:[:.]|: )\d{2}(?![\d/])"),
        # "Oleh Yudi Rahmat, Rabu, 6 Juli 2022 | 12:29 WIB": a byline without a colon
        oleh=re.compile(r"^Oleh\s+(?P<name>[^\s,|:][^,|:]{1,40}?)\s*[,|]"),
        by_line=re.compile(
            rf"^(?P<verb>Upload(?:ed)?|Written|Posted|Ditulis|Diunggah|Diposting)\s+(?:by|oleh)\s+"
            rf"(?P<name>[^\n|]{{2,30}}?)\s+(?:-|on|pada|\|)\s+(?:{day}\s*,?\s*)?(?P<date>{dmy})",
            flags,
        ),
        # "Laporan wartawan Tribun Jateng, Ahmad Fauzi": the reporter after the outlet
        # (the role written in capitals as often: "Laporan Reporter Pos Kupang.Com, X", kq-21 and kq-22
        # poskupang, "Laporan Wartawan Tribunsumsel.com, X", lq-08, kz-03, fa-06 of the Tribun papers)
        laporan=re.compile(
            r"^(?:.{0,20}\s)?Laporan\s+(?i:wartawan|reporter|jurnalis|kontributor)\s+[^,\n]{2,40},\s*"
            r"(?P<name>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3})\s*$"
        ),
        months=months,
        # "Makassar (Antara Megapolitan) -", "Martapura, (Antaranews Kalsel) -"
        # "Taskmalaya, 23/3 (ANTARA) -": the day and month may stand before the outlet
        paren=re.compile(
            rf"^{city}\s*,?\s*(?:(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}\s+{month}(?:\s+\d{{4}})?)\s*)?"
            rf"\((?P<outlet>[^()\n]{{2,40}})\)\s*[,.]?{dash}"
        ),
        # "TopikSulut.com, BALI-", "itoday.id | CILEGON ."
        # "POS KUPANG.COM, LABUAN BAJO -": an outlet's name may open with a word before its domain
        # whatever stands between the domain and the city: "SULTRAKINI.COM: KENDARI –", "jpnn.com - JAKARTA -",
        # "Realitasonline.id - Lubuk Pakam |", "Posthing.id Gunung Sindur –", and a comma may close the city,
        # "TRIBUNSUMSEL.COM, PALEMBANG,---" (ll-02, mi-04, kp-03, kc-10, lq-08: five outlets)
        domain_city=re.compile(
            rf"^(?P<lead>[A-Z]{{2,12}} )?{domain}(?:\s*[,|:]\s*-?|\s+[-–—]|(?=\s))\s*{city}\s*,?\s*[-–—.:|]"
        ),
        # "Pontianak, thetanjungpuratimes.com –", "Sumut, Navigasivisualid -"; an outlet by its two initials,
        # "BENGKULU TENGAH, PB -", "TERNATE,  OT -", "Kuala Kapuas, KP –", "Kedungkandang, MC –", "SERDANG
        # BEDAGAI, JO-" (kq-06, kq-24, mc-09, lg-06, kx-20: five outlets); a bar between the two as a comma,
        # "BANYUWANGI | duta.co –" (kf-14), "Sejajar Info | Bulukumba –" (mk-11), as "itoday.id | CILEGON ."
        city_outlet=re.compile(
            rf"^{city}\s*(?:(?:,|\.{{2,}}|(?<=\s)\|)\s*"
            rf"(?:{domain}|(?P<word>(?:[A-Z]{{2}}(?=\s*[-–—])|[A-Za-z][\w.]{{2,40}})(?:[ ][A-Z][\w.]{{1,30}}){{0,2}}))"
            rf"|\s(?P<bare>[a-z][\w-]*\.{tld})){dash}"
        ),
        # "Pandeglang, 23 Juni 2025 –"; "Bantaeng, 28/03 – 2014 –" (day and month, then the year set off)
        city_date=re.compile(
            rf"^{city}\s*,\s*(?:{when}|(?P<dm>\d{{1,2}}[/.]\d{{1,2}})\s*[–—-]\s*(?P<y>\d{{4}})){dash}"
        ),
        # "MANADO–", "PAREPARE, -", "Cibinong —"; prose goes on capitalised after it
        city_only=re.compile(rf"^{city}\s*,?{dash}(?=\s*[A-Z0-9“\"'‘(]|\s*$)"),
        # "BERITAMAGELANG.ID -"
        # "MegaSofifi.com,-", "JatiNetwork.Com [JNC] –": a comma, or the short form in brackets, before the dash
        domain_only=re.compile(rf"^{domain}\s*(?:\[[^\]\n]{{1,12}}\]\s*|\([^()\n]{{1,12}}\)\s*)?,?{dash}", flags),
        domain_alone=re.compile(rf"{domain}\s*", flags),
        # "Tangerang, Sebagai salah satu kota ..." (checked harder, see _weak_dateline)
        city_comma=re.compile(rf"^{city},\s+(?=[A-Z])"),
        credit=credit,
        reporter_labels=frozenset(w.lower() for w in labels["reporter"]),
        published_label=published_label,
        date_line=re.compile(rf"^\s*[|/•-]?\s*{when}{clock}\s*[|/•-]?\s*$", flags),
        not_city=frozenset(
            w.lower() for w in credit_labels + labels["published"] + d["not_datelines"] + d["days"] + list(months)
        ),
        credit_needles=needles(credit),
        published_needles=needles(published_label),
        credit_words=tuple(w.lower() for w in credit_labels),
        credit_reach=3 + max(len(w) for w in credit_labels),
        outlet_words=frozenset(w.lower() for w in d["press_words"] + d["publisher_bodies"]),
        press_words=frozenset(w.lower() for w in d["press_words"]),
        # (press words of three letters or more; "com" of a domain written without its dot)
        glued_outlet=re.compile(
            rf"(?i)(?:{_alt([w for w in d['press_words'] if len(w) > 2])})[a-z0-9]{{3,}}"
            rf"|[a-z0-9]{{3,}}(?:{_alt([w for w in d['press_words'] if len(w) > 2] + ['com'])})"
        ),
        publisher=re.compile(
            rf"^(?P<outlet>[A-Z][\w.]*(?:(?:-|[ ]{{1,2}})[A-Z][\w.]*){{0,3}}){dash}(?=\s*[A-Z0-9“\"'‘(]|\s*$)"
        ),
        desk_words=frozenset(w.lower() for w in d["desk_words"]),
        label_alone=re.compile(rf"(?P<label>{_alt(credit_labels)})", flags),
        name_role=re.compile(
            rf"^(?P<name>[A-Z][a-z'’.]+(?:[ ][A-Z][a-z'’.]*){{1,3}}),\s*(?P<label>{_alt(credit_labels)})"
            r"\s*(?:[·•|–—-]|$)"
        ),
        # a domain is an outlet wherever it stands, so the city before it may be set off by anything (a comma,
        # a full stop, one or two bars, a dash, a space) and the lead may follow anyhow, or the line end: "Deli
        # Serdang, Lintangnews.com |" (mm-13), "Cibinong, BogorUpdate.com, H …" (kr-08), "Jakarta ||
        # Compaskotanews.com —" (kv-06), "Padang SPIRITSUMBAR.com –" (kq-18), "Samosir. PRESTASIREFORMASI.Com"
        # (ky-06), "Kota Bogor – bogorOnline.com" (lg-10), "Mataram,anugerah-media.com", "JAKARTA, KOMPAS.com"
        # (a full stop before a space only, "FAJAR.CO.ID, MAROS" being one domain; a dash between spaces only,
        # "BOGOR-KITA.com –" being one outlet; a bare space only before a dash, "Logo Tirainews.com" being a
        # page's furniture)
        city_domain=re.compile(
            rf"^{city}(?P<sep>\s*(?:,|\.(?=\s)|\|{{1,2}})\s*|\s+[-–—]+\s+|\s+){domain}(?![\w.-])(?P<end>{dash})?"
        ),
        # likewise a domain in brackets after the city: "Medan(harianSIB.com)" (la-05), "TENGGARONG,
        # (KutaiRaya.com) DPRD …" (mn-02), "MALANG, (manadotoday.co.id) –"
        paren_domain=re.compile(rf"^{city}\s*,?\s*\({domain}\)"),
        # and the outlet first, the city in brackets after it: "TATIYE.ID (GORONTALO) –" (mw-13),
        # "LANGKATPEDIA.COM(Sergei):" (lv-01), "PADANGPOS, (Padang)" (kz-07)
        outlet_paren=re.compile(
            rf"^(?:{domain}|(?P<name>[A-Z][A-Za-z0-9]{{2,30}}))\s*,?\s*\({city}\)\s*(?:[,.:]|{dash}|$)"
        ),
        # an outlet's name that no city pattern reads (a digit, a dot and a space, a word no city has), then a
        # regency or city, a province in brackets perhaps, then the dash: "KANAL24, Banyuwangi –" (li-01),
        # "Berita Baru, Lamongan–" (kc-12), "Trotoar. Id, SUNGGUMINASA —" (mk-10), "SriwijayaUpdate. Com, Ogan
        # Ilir –" (mc-06), "LimaSisiNews, Kulonprogo (DIY) –" (le-06)
        outlet_city=re.compile(
            rf"^(?P<name>[A-Z][\w.]*(?:[ ][A-Za-z][\w.]*){{0,2}})\s*,\s*{city}\s*(?:\([^()\n]{{2,20}}\)\s*)?{dash}"
        ),
    )


# --- helpers -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Line:
    text: str  # stripped
    start: int  # offset of text[0] in the article


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        s = raw.strip()
        if s:
            out.append(_Line(s, m.start() + lead))
    return out


def _to_date(raw: str, weekday: int | None = None) -> date | None:
    """A date as written; with the weekday written beside a numeric date, the day/month
    order that falls on it ("Mon, 09/11/2017" is 11 September, "Tue, 05/03/2019" 5 March)."""
    months = _rx().months
    raw = raw.strip()
    try:
        m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", raw)
        if m:
            month = months.get(m.group(1).lower())
            return date(int(m.group(3)), month, int(m.group(2))) if month else None
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw)
        if m and weekday is not None:
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            for day, month in ((a, b), (b, a)):
                try:
                    if date(y, month, day).weekday() == weekday:
                        return date(y, month, day)
                except ValueError:
                    continue
        m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?(?:\s*,\s*|\s+)(\d{4})", raw)
        if m:
            month = months.get(m.group(2).lower())
            return date(int(m.group(3)), month, int(m.group(1))) if month else None
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def _city_name(raw: str) -> str:
    """The city in Title Case: "BANDA ACEH" -> "Banda Aceh"; "Sumut" stays."""
    raw = " ".join(raw.split())
    return raw.title() if raw.isupper() else raw


def _is_place(name: str) -> bool:
    """A regency or city's name ("Balikpapan"), not only a province's ("Bula, Maluku")."""
    from diklat_cli.extract import places

    return any(r.kind != places.PROVINCE for r in places.regions_named(name))


def _good_city(city: str) -> bool:
    words = city.split()
    if _outlet_like(city):
        return False
    if len(words) > 1 and {w.lower() for w in words} & {"kota", "kabupaten"}:
        # "Kota Magelang", "Solok Kota": a place with its kind word is a city, though "KOTA," alone is a rubric
        words = [w for w in words if w.lower() not in ("kota", "kabupaten")]
        if not _is_place(" ".join(words)):
            return False
    return bool(words) and not any(w.lower().strip(".,") in _rx().not_city for w in words)


def _outlet_like(name: str) -> bool:
    """A press word or a publishing body in the name ("Malang Post", "Humas-Setwan"): an outlet. Outlets
    write their name as one word as often, the press word glued before or after it ("JATIMTIMES –",
    kg-05, lw-02; "Kupasonline--", mj-02; "INILAMPUNGCOM -", lv-03; "BERITAINEWS", kv-19; "KABARPATROLI",
    kp-23): no regency or city is named so."""
    rx = _rx()
    return any(w.lower() in rx.outlet_words or rx.glued_outlet.fullmatch(w) for w in re.split(r"[\s-]+", name))


def _outlet_in_capitals(first: str, second: str) -> bool:
    """ "MONITOR, Jakarta –" (lo-07), "KALAMANTHANA, Muara Teweh –" (mj-05), "EKSPOSKALTIM, Balikpapan -"
    (fc-24): a name in capitals that is no region, then one in Title Case that is no outlet's (no press word, no
    capital inside a word as in "NusaBali"): the outlet stands first, as its masthead writes it, the city after."""
    if not first.replace(" ", "").isupper() or len(first) < 4 or not second[:1].isupper() or second.isupper():
        return False  # "SLAWI, smpantura –": an outlet in lower case stands second
    if _outlet_like(second):
        return False
    if any(c.isupper() for w in second.split() for c in w[1:]):
        return False  # "SEMARAPURA, NusaBali": the city first, then an outlet that writes itself so
    from diklat_cli.extract import places

    return not places.regions_named(first)


_GLUED_ON = ("ini", "go")  # "INIMANADO", "GoSumsel": a short word glued before a region's name


def _region_masthead(name: str) -> bool:
    """A region's name with a short word glued before it ("INIMANADO", "GoSumsel", "Gosulsel"): an outlet's
    masthead, for no city is named so ("Gorontalo" is a place, "rontalo" no region)."""
    from diklat_cli.extract import places

    low = name.lower()
    if " " in low or places.regions_named(low):
        return False
    return any(low.startswith(p) and len(low) > len(p) + 3 and places.regions_named(low[len(p) :]) for p in _GLUED_ON)


def _masthead(line: str) -> bool:
    """A press word in the line ("Portal", "Online", "Kabar", "Times"), or glued to a name: a site's masthead when
    the line is short (a publishing body, "DPRD", "Humas", is a headline's subject as often)."""
    rx = _rx()
    return any(w.lower() in rx.press_words or rx.glued_outlet.fullmatch(w) for w in re.split(r"[\s-]+", line))


def _province_only(name: str) -> bool:
    from diklat_cli.extract import places

    regions = places.regions_named(name)
    return bool(regions) and all(r.kind == places.PROVINCE for r in regions)


def _field(line: _Line, m: re.Match[str], group: str, value: str | None = None) -> Field:
    s, e = m.span(group)
    text = value if value is not None else m.group(group).strip()
    return Field(text, line.start + s, line.start + e)


def _words(s: str) -> int:
    return len(s.split())


_GLUED = re.compile(r"[a-z][A-Z][a-z]")  # "TerbaruDokumentasiHeadline": a menu bar
_FURNITURE = re.compile(
    r"\b(?:dilihat|views?|baca juga|bagikan|share|beranda|menu|close|home|kali dibaca|"
    r"sumber gambar|sumber foto|foto\s*:|advertisement|iklan|"
    # a page's chrome above the headline: a skip link, a scroll prompt, a blog's search box, a site's tagline or
    # welcome banner ("Kumpulan Berita Terkini Seputar X", "Selamat Datang di Superhub X"), a copyright line
    r"lompat ke|scroll|cari di blog|image for|berita\b[\w\s]{0,40}\bterkini|^selamat datang di|super\s?hub)\b"
    r"|©|\(c\)",
    re.IGNORECASE,
)


# a photo caption above the headline ends with its credit: "… ke Bali/repro", "(Foto: Humas)"
# (any credit of a photo: a press office, prokopim, (dis)kominfo; a source, sumber, doc, tangkapan layar,
# screenshot, ilustrasi; after a slash, in brackets, or after the caption's full stop, "… kantor. Foto: Humas")
_CAPTION = re.compile(
    r"(?:/\s*(?:repro|ist|istimewa|net|dok|doc|dokumentasi|foto|humas|antara|prokopim|diskominfo|kominfo|sumber"
    r"|tangkapan\s+layar|screenshot)\b[^/\n]{0,30}"
    r"|\((?:foto|dok|doc|ist|istimewa|sumber|tangkapan\s+layar|screenshot|ilustrasi)\b[^)]*\)"
    r"|\.\s+(?:ist|istimewa|dok|doc|ilustrasi)\.?|\.\s+(?:foto|dok|sumber)\s*:[^.:\n]{1,40})\s*$",
    re.IGNORECASE,
)


def _is_furniture(s: str) -> bool:
    if _words(s) < 4 or len(_GLUED.findall(s)) >= 2 or len(re.findall(r"[»›|]", s)) >= 2:
        return True
    return _words(s) <= 8 and _FURNITURE.search(s) is not None  # (the count first: a long line is never searched)


# --- the parts -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Dateline:
    line: int
    city: Field | None
    outlet: Field | None
    published: tuple[date, int, int] | None
    lead: str | None = None  # the words a masthead glues before a region ("TAJUK" of "TAJUK BOLTIM –")


_PREFIX = re.compile(r"^sumber\s+(?:gambar|foto)\s*:\s*", re.IGNORECASE)


# a hyphen inside a word is no dateline's dash: before a number ("Covid-19", "Sesko A-51"), between a word
# and its repetition ("Ramai-Ramai", "camat-camat", "beramai-ramai"), after the prefix se- or ke-
# ("Se-Tapsel"); a headline or a lead sentence opening "Akibat Covid-19, …" or "Menarik, Kades Se-Tapsel …"
# has no dateline (kp-23, lm-01, kn-07, lq-08, mg-08, lv-01: six outlets)
_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\d)|\b\w*?(\w{3,})-(?=\1\b)|\b(?:se|ke)-(?=\w)", re.IGNORECASE)
_KEPT_HYPHEN = "\u2011"  # a non-breaking hyphen: a word character for no pattern, one character as "-" is


def _masked_hyphens(text: str) -> str:
    """_WORD_HYPHEN.sub(…) keeping the hyphens, each hyphen it matches made _KEPT_HYPHEN: a match is a word's
    letters and its hyphen, so it is tried only at each hyphen and at the start of the word before it (the
    pattern tried at every word of a long lead was ~0.1 ms an article)."""
    kept = []
    # (each hyphen found by str.find and its word's start by stepping back over the word characters, \w being
    # str.isalnum() or "_": a scan for r"\w*-" from every offset ran through each word again at each letter of it,
    # ~150 µs a lead line)
    at = text.find("-")
    while at >= 0:
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        if _WORD_HYPHEN.match(text, start) is not None or (start != at and _WORD_HYPHEN.match(text, at) is not None):
            kept.append(at)
        at = text.find("-", at + 1)
    if not kept:
        return text
    pieces, last = [], 0
    for at in kept:
        pieces += (text[last:at], _KEPT_HYPHEN)
        last = at + 1
    pieces.append(text[last:])
    return "".join(pieces)


def _strong_dateline(line: _Line) -> _Dateline | None:
    if "-" not in line.text:
        return _dateline_of(line)
    masked = _masked_hyphens(line.text)
    if masked == line.text:
        return _dateline_of(line)
    found = _dateline_of(_Line(masked, line.start))
    if found is not None:
        # the offsets are the line's own; the values come back with their hyphens
        unmask = lambda f: f and Field(f.value.replace(_KEPT_HYPHEN, "-"), f.start, f.end)  # noqa: E731
        found.city, found.outlet = unmask(found.city), unmask(found.outlet)
    return found


# a dot with a word after it, as a domain's ("kompas.com"): a sentence's full stop has a space after it or ends it
_DOMAIN_DOT = re.compile(r"\.\S")


def _dateline_of(line: _Line) -> _Dateline | None:
    rx = _rx()
    # "Sumber Gambar :Pandeglang, 23 Juni 2025 –": a photo credit glued before the dateline
    pm = _PREFIX.match(line.text)
    if pm:
        line = _Line(line.text[pm.end() :], line.start + pm.end())
    s = line.text
    if not ("-" in s or "\u2013" in s or "\u2014" in s or "_" in s or "(" in s or _DOMAIN_DOT.search(s)):
        return None  # (every pattern below holds a dash or a run of underscores, a bracket, or a domain's dot)
    m = rx.city_date.match(s)
    if m and _good_city(m.group("city")):
        part = "date" if m.group("date") else "dm"
        d = _to_date(m.group("date") or f"{m.group('dm')}/{m.group('y')}")
        pub = (d, line.start + m.start(part), line.start + m.end("date" if part == "date" else "y")) if d else None
        return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), None, pub)
    m = rx.paren.match(s)
    if m and _good_city(m.group("city")):
        return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), _field(line, m, "outlet"), None)
    m = rx.domain_city.match(s)
    if m and _good_city(m.group("city")):
        outlet = _field(line, m, "outlet")
        if m.group("lead"):
            outlet = Field(m.group("lead") + outlet.value, line.start + m.start("lead"), outlet.end)
        return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), outlet, None)
    m = rx.city_domain.match(s)
    if m and m.group("sep").isspace() and not m.group("end"):
        m = None  # "Logo Tirainews.com": a name and a domain a bare space apart, no dash after, is furniture
    m = m or rx.paren_domain.match(s)
    if m and _good_city(m.group("city")):
        return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), _field(line, m, "outlet"), None)
    m = rx.outlet_paren.match(s)
    if m and _good_city(m.group("city")) and (m.group("outlet") or _outlet_like(m.group("name"))):
        outlet = _field(line, m, "outlet" if m.group("outlet") else "name")
        return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), outlet, None)
    m = rx.city_outlet.match(s)
    if m and m.group("outlet") and not _good_city(m.group("city")):
        # "KOTA, kabarMagelang.com –": a rubric word, then the outlet's domain
        return _Dateline(0, None, _field(line, m, "outlet"), None)
    if m and _outlet_like(m.group("city")) and m.group("word") and _good_city(m.group("word")):
        # "PALU EKSPRES, PARIGI –": the outlet first, then the city
        return _Dateline(0, _field(line, m, "word", _city_name(m.group("word"))), _field(line, m, "city"), None)
    if m and _good_city(m.group("city")):
        group = "outlet" if m.group("outlet") else "bare" if m.group("bare") else "word"
        if group == "word" and m.group("word").lower().strip(".") in rx.credit_words:
            # "Padang Pariaman..Editor —": a credit label where the outlet would stand names no outlet
            return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), None, None)
        if group == "word" and _outlet_in_capitals(m.group("city"), m.group("word")):
            # "MONITOR, Jakarta –", "KALAMANTHANA, Muara Teweh –": the outlet in capitals, then the city
            return _Dateline(0, _field(line, m, "word", _city_name(m.group("word"))), _field(line, m, "city"), None)
        if group == "word" and _province_only(m.group("word")) and not _outlet_like(m.group("word")):
            # "Bula, Maluku –": the city's province, not an outlet
            return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), None, None)
        if group == "word" and _is_place(m.group("word")) and not _is_place(m.group("city")):
            # "Berita Baru, Lamongan –", "EKSPOSKALTIM, Balikpapan -": the outlet first, then the city
            return _Dateline(0, _field(line, m, "word", _city_name(m.group("word"))), _field(line, m, "city"), None)
        return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), _field(line, m, group), None)
    m = rx.domain_only.match(s)
    if m:
        return _Dateline(0, None, _field(line, m, "outlet"), None)
    m = rx.publisher.match(s)
    if m and _outlet_like(m.group("outlet")):
        return _Dateline(0, None, _field(line, m, "outlet"), None)  # "Malang Post –", "Humas-Setwan -"
    m = rx.city_only.match(s)
    glued = _glued_to_region(m.group("city")) if m and _good_city(m.group("city")) else None
    if m and glued == "":
        return _Dateline(0, None, None, None)  # "Polda Kalteng –" (mp-05): a body where the dateline stands
    if m and glued:
        # "Metro Merauke –", "TAJUK BOLTIM –" (qa-17, sc-04, lv-04, tn-12: four outlets): a name glued to a region
        # is the outlet's masthead, whole as written
        return _Dateline(0, None, _field(line, m, "city"), None, glued)
    if m and _good_city(m.group("city")) and _region_masthead(m.group("city")):
        # "GoSumsel –", "INIMANADO –": a region's name with a word glued before it is the outlet
        return _Dateline(0, None, _field(line, m, "city"), None)
    if m and _good_city(m.group("city")):
        return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), None, None)
    m = rx.outlet_city.match(s)
    if m and _is_place(m.group("city")) and not _is_place(m.group("name")) and _no_label(m.group("name")):
        return _Dateline(0, _field(line, m, "city", _city_name(m.group("city"))), _field(line, m, "name"), None)
    return None


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The short names of bodies (data/agencies.json ``acronyms`` and ``national_units``: "Polda", "DPRD", "Lapas")."""
    d = json.loads((_DATA.parent / "agencies.json").read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in d["acronyms"] + d["national_units"] if " " not in w)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Words that open a place's own name or stand before it ("Kuala Kapuas", "Muara Bungo"; titles.json)."""
    d = json.loads(_DATA.read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in d["place_prefixes"] + d["place_markers"])


def _glued_to_region(name: str) -> str | None:
    """A name in the dateline's slot that is no place but a word or two glued before a region: "" for a body, when
    it opens with a body's short name ("Polda Kalteng –", "Polres Pandeglang –"), else the words before the region,
    a masthead's ("Metro Merauke –", "TAJUK BOLTIM –", "FORUM Keadilan Bali –"; see find_byline). None for a place:
    "Banda Aceh", "Kuala Kapuas", "Sentani Jayapura" (a town of the region after it); "Metro" of "Metro Merauke"
    names a city too, but one of another province, and no town is written before a region it does not lie in."""
    from diklat_cli.extract import places

    words = name.split()
    if len(words) < 2 or places.regions_named(name):
        return None
    for k in (1, 2):
        lead = words[:-k]
        if not lead or not places.regions_named(" ".join(words[-k:])):
            continue
        tail = {r.province for r in places.regions_named(" ".join(words[-k:]))}
        if any(r.province in tail for w in lead for r in places.regions_named(w)):
            return None  # "Sentani Jayapura", "Manado Sulut": a town, then its regency or province
        if lead[0].lower() in _body_words():
            return ""
        if lead[0].lower() in _place_words():
            return None
        return " ".join(lead)
    return None


def _named_again(words: str, text: str, after: int) -> bool:
    """Whether the story names `words` again after the dateline: a place it opens with is a place it tells of, a
    masthead's name stands only at its head."""
    return re.search(rf"(?i)(?<!\w){re.escape(words)}(?!\w)", text[after:]) is not None


def _no_label(name: str) -> bool:
    """No day, month or other word no outlet is named by in the name ("Selasa, Bandung –" names no outlet); a
    news word may name one before the city, "Berita Baru, Lamongan –", "Pewarta, Pacitan –" (kc-12, ku-01)."""
    rx = _rx()
    news = ("berita", *rx.credit_words)
    return not any(w.lower().strip(".,") in rx.not_city and w.lower() not in news for w in name.split())


def _weak_dateline(line: _Line, text: str) -> Field | None:
    """ "Tangerang, Sebagai salah satu kota ...": a bare "City," opening the first paragraph,
    taken only when the article names that city again."""
    m = _rx().city_comma.match(line.text)
    if not m or not _good_city(m.group("city")):
        return None
    city = m.group("city")
    if len(re.findall(rf"\b{re.escape(city)}\b", text, re.IGNORECASE)) < 2:
        return None
    return _field(line, m, "city", _city_name(city))


def _title(lines: list[_Line]) -> tuple[Field | None, int]:
    """The headline and the index of the first line after it (or of the body)."""
    rx = _rx()
    for k, line in enumerate(lines[:5]):
        s = line.text
        # menus, counters, a date or credit line may sit above the headline
        # (a photo caption may be set off by a bar at its end: "… ketika berada di Palangkaraya |")
        if _is_furniture(s) or rx.date_line.match(s) or rx.credit.match(s) or _CAPTION.search(s) or s.endswith(" |"):
            if _words(s) < 4 and _strong_dateline(line):
                return None, k  # "Jakarta –" on its own line opens the story: no headline above it
            continue
        if rx.oleh.match(s) or rx.laporan.match(s) or (len(s) < 200 and _YEAR.search(s) and rx.clock.search(s)):
            continue  # a byline or posting line: "Oleh X, Rabu, 6 Juli 2022 | 12:29 WIB - …"
        if _date_only(s):
            continue  # "Sunday, May 5, 2024" above the headline
        if _words(s) <= 5 and k + 1 < len(lines) and _masthead(s) and not _strong_dateline(line):
            # the site's masthead or tagline above the headline, a press word in it: "Portal Berita Online
            # Gorontalo" (kd-03, lm-01), "Kabar Aceh Untuk Dunia" (lk-02), "Jatim Times Network Logo" (lr-12)
            continue
        if _strong_dateline(line) or s[-1] in ".:;," or _words(s) > 20 or len(s) > 160 or s[0].islower():
            return None, k  # a sentence, or a paragraph's wrapped line ("yang sedang tren …"), not a headline
        return Field(s, line.start, line.start + len(s)), k + 1
    return None, 0


def _by_line(lines: list[_Line], out: Byline) -> None:
    """A page's own posting line: "Written By X on Selasa, 26 Februari 2013" names the writer and the
    day; "Upload by Admin - 14 September 2021" only the day."""
    rx = _rx()
    for line in lines:
        if line.text[:1] not in "UWPDuwpd" or len(line.text) > 200:
            continue
        m = rx.by_line.match(line.text)
        if m is None:
            continue
        d = _to_date(m.group("date"))
        if out.published is None and d:
            out.published = (d, line.start + m.start("date"), line.start + m.end("date"))
        if out.reporter is None and m.group("verb").lower() in ("written", "ditulis"):
            out.reporter = Field(m.group("name"), line.start + m.start("name"), line.start + m.end("name"))
        return


def _date_only(s: str) -> bool:
    """A line that is a date and nothing more ("Sunday, May 5, 2024", "Senin, 3 Juli 2023 09:30")."""
    m = _YEAR.search(s) and _rx().meta_date.match(s)
    return bool(m) and not s[m.end() :].strip(" ,|-–—:0123456789.WIBTAwibta")


def _credits(lines: list[_Line], text: str) -> tuple[Field | None, Field | None]:
    """Reporter and editor from "Pewarta: X", "Editor : Y", "Reporter: A | Editor: B" lines."""
    rx = _rx()
    reporter = editor = None
    if (
        not may_match(rx.credit_needles, folded(text))
        and "Laporan" not in text
        # a byline without a colon ("Oleh X | date"), or a role printed under its name, heads the page
        and not any(
            ln.text.startswith("Oleh ")
            or (len(ln.text) < 12 and rx.label_alone.fullmatch(ln.text))
            or rx.name_role.match(ln.text)
            for ln in lines[:_HEAD_LINES]
        )
    ):
        return reporter, editor  # no credit label anywhere
    for k, line in enumerate(lines):
        s = line.text
        top = k < _HEAD_LINES and len(s) <= 200  # a header line, not a paragraph
        if top and reporter is None and "Laporan" in s:
            m = rx.laporan.match(s)
            if m:
                start = line.start + m.start("name")
                reporter = Field(m.group("name"), start, start + len(m.group("name")))
                continue
        if top and k > 0 and (label := rx.label_alone.fullmatch(s)) and _NAME_LINE.fullmatch(lines[k - 1].text):
            # "Rizky Ananda / Penulis": a header that prints the name first and its role on the line below
            field = Field(lines[k - 1].text, lines[k - 1].start, lines[k - 1].start + len(lines[k - 1].text))
            if label.group("label").lower() in rx.reporter_labels:
                reporter = reporter or field
            else:
                editor = editor or field
            continue
        if top and (named := rx.name_role.match(s)):
            # "Andi Nugroho, Jurnalis · Rabu, 22 November 2023 - 10:20 WIB": the name, then its role
            field = Field(named.group("name"), line.start, line.start + len(named.group("name")))
            if named.group("label").lower() in rx.reporter_labels:
                reporter = reporter or field
            else:
                editor = editor or field
            continue
        if top and reporter is None and s.startswith("Oleh "):
            m = rx.oleh.match(s)
            if m and rx.meta_date.search(s, m.end()):
                # "Oleh Yudi Rahmat, Rabu, 6 Juli 2022 | 12:29 WIB - Redaktur: …"
                start = line.start + m.start("name")
                reporter = Field(m.group("name"), start, start + len(m.group("name")))
        # a credit line opens with its label: most lines are told by their first letters
        head = s.lower() if top else folded(s[: rx.credit_reach])
        if head is not None and not any(w in head for w in rx.credit_words):
            continue
        if _words(s) > (24 if top else 16):
            continue
        hits = list(rx.credit.finditer(s))
        # in a header line credits follow the date after a separator: "… 14:45 Wita - Editor: X - Reporter: Y"
        if not hits or (hits[0].start() > 2 and not (top and _header_before(s[: hits[0].start()]))):
            continue
        for n, m in enumerate(hits):
            stop = hits[n + 1].start() if n + 1 < len(hits) else len(s)
            seg = s[m.end() : stop]
            cut = re.search(r"\s*[|()]|\s+[-–—/]\s+", seg)
            if cut:
                seg = seg[: cut.start()]
            value = seg.strip().rstrip(",;.|/").strip()
            value = re.sub(r"\s+\d+$", "", value)  # "Editor: Andry 1396": a view counter after the name
            # "Oleh: ..." in prose is a sentence, not a name
            if not value or _words(value) > 6 or not value[0].isalpha():
                continue
            start = line.start + m.end() + (len(seg) - len(seg.lstrip()))
            field = Field(value, start, start + len(value))
            if m.group("label").lower() in rx.reporter_labels:
                reporter = reporter or field
            else:
                editor = editor or field
    return reporter, editor


_CLOCK_AT_END = re.compile(r"\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?i:WIB|WITA|WIT)?\s*$")


def _header_before(before: str) -> bool:
    """What stands before a credit label in a header line: a separator ("… 14:45 Wita - Editor: X"), or the
    posting date and nothing else ("Kamis, 6 Desember 2018 Reporter: X Editor: Y"), the credits following it."""
    if re.search(r"[-|–—]\s*$", before):
        return True
    before = _CLOCK_AT_END.sub("", before).strip()
    m = _rx().meta_date.fullmatch(before)
    return m is not None


# a line that is a person's name and nothing more: two to four capitalised words
_NAME_LINE = re.compile(r"[A-Z][a-z'’.]+(?:[ ][A-Z][a-z'’.]*){1,3}")


def _desk(field: Field | None) -> Field | None:
    """None for a credit that names a newsroom desk or an account ("Redaksi X", "Tim Liputan", "Admin")."""
    if field is None or field.value.split()[0].lower() not in _rx().desk_words:
        return field
    return None


def _oleh_date(head: list[_Line]) -> tuple[date, int, int] | None:
    """ "Oleh Redaksi KABARSUMSEL | 04 November 2023": a byline line that closes with the posting day."""
    rx = _rx()
    for line in head:
        if not line.text.startswith("Oleh ") or len(line.text) > 120:
            continue
        m = rx.oleh.match(line.text)
        dm = rx.meta_date.search(line.text, m.end()) if m else None
        if dm is not None and dm.group("date"):
            d = _to_date(dm.group("date"), rx.weekdays.get(dm.group("wd").lower()) if dm.group("wd") else None)
            if d:
                return d, line.start + dm.start("date"), line.start + dm.end("date")
    return None


_STAR_SIGN_OFF = re.compile(r"^\*\s*(?P<name>[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,3})\s*$")
# a site's name in a sign-off or credit: "Suarabaru.id", "SULTRAKINI.COM" (the top-level domains news sites use)
_SITE_NAME = r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)*\."
_SITE_TLD = r"co\.id|com|id|net|co"
_SIGN_OFF = re.compile(r"\((?:[A-Za-z]{1,6}/)+(?P<o>" + _SITE_NAME + "(?:" + _SITE_TLD + r"))\)\s*$")


# a photo's or a story's credit in brackets names the outlet by its domain on one side of a slash, the
# photographer, the writer's initials or "dok" on the other: "(Suarabaru.id/dok)" (mj-11), "(Suarabaru.id/dh)"
# (ha-04), "(Tribunpekanbaru.com/Mayonal Putra)" (la-03), "(Foto: Hasrul Tamrin/SULTRAKINI.COM)"
_CREDIT_DOMAIN = re.compile(
    r"\((?:Foto\s*:\s*)?(?:(?P<a>" + _SITE_NAME + "(?i:" + _SITE_TLD + r"))\s*/\s*[^()/\n]{1,30}"
    r"|[^()/\n]{1,30}/\s*(?P<b>" + _SITE_NAME + "(?i:" + _SITE_TLD + r")))\)"
)


def _credit_outlet(text: str) -> Field | None:
    """The domain a bracketed credit names, where nothing else in the text names the outlet."""
    if "/" not in text:
        return None
    m = _CREDIT_DOMAIN.search(text)
    if m is None:
        return None
    group = "a" if m.group("a") else "b"
    return Field(m.group(group), m.start(group), m.end(group))


def _copyright_outlet(lines: list[_Line]) -> Field | None:
    """ "COPYRIGHT © ANTARA News Megapolitan 2016" at the foot of a page; a sign-off that closes the
    story with the writer's initials and the outlet's domain, "(gra/beritasampit.co.id)"."""
    for line in reversed(lines[-6:]):
        m = _SIGN_OFF.search(line.text)
        if m:
            return Field(m.group("o"), line.start + m.start("o"), line.start + m.end("o"))
        m = re.match(
            r"(?i)(?:copyright|hak cipta)\s*(?:©|\(c\))?\s*(?:\d{4}\s*)?(?P<o>[^\d©|]{3,60}?)"
            r"\s*(?:\d{4})?\s*(?:\.(?!\w)|[|,]|all rights reserved|$)",  # (a domain's dot goes on: "SINDOnews.com")
            line.text,
        )
        if m and m.group("o").strip():
            v = m.group("o").strip(" .,-")
            s = line.start + m.start("o")
            return Field(v, s, s + len(v))
    return None


_FOOTER = re.compile(r"(?im)^\s*(?:copyright|hak cipta)\b")


def footer_outlet(raw: str, text: str) -> str | None:
    """The outlet a page's copyright footer names ("Copyright © 2024 SINDOnews.com", "COPYRIGHT © ANTARA
    News Kalimantan Selatan 2024": kc-29 and la-13 of SINDOnews, kh-19, kl-15, lg-02 and me-13 of the
    ANTARA desks), read from the text as it came (`raw`), since cleaning drops the footer as furniture;
    only when the story's own head (`text`, cleaned) names no outlet."""
    if not _FOOTER.search(raw) or find_byline(text).outlet is not None:
        return None
    lines = _lines(raw)
    foot = [ln for ln in lines[-6:] if _FOOTER.match(ln.text)]
    found = _copyright_outlet(foot)
    return found.value if found else None


def _published(lines: list[_Line], head: list[_Line], text: str, body: int = 0) -> tuple[date, int, int] | None:
    rx = _rx()
    labelled = may_match(rx.published_needles, folded(text))  # else no line has a label
    for line in lines if labelled else ():
        m = rx.published_label.search(line.text)
        # a label opening a short line, not a verb in prose ("tayang 12 Mei")
        if m and (m.start() <= 2 or _words(line.text) <= 12):
            d = _to_date(m.group("date"))
            if d:
                return d, line.start + m.start("date"), line.start + m.end("date")
    # a date alone on a line near the top: "Rabu, 12 Juni 2019 10:15 WIB"; one with no clock above the
    # headline is the day the page was viewed (a masthead), kept only if no posting line follows
    masthead = None
    for k, line in enumerate(head):
        m = rx.date_line.match(line.text)
        if m:
            d = _to_date(m.group("date"), _weekday(m.group(0)))
            if d and k < body - 1 and not rx.clock.search(line.text):
                masthead = masthead or (d, line.start + m.start("date"), line.start + m.end("date"))
            elif d:
                return d, line.start + m.start("date"), line.start + m.end("date")
    # a header line that carries the posting time with other furniture: "Kompas.com -
    # 18/04/2018, 07:52 WIB", "Senin, 3 Juli 2023 | 09:30 WIB - Editor: …", "Submitted by
    # admin on Mon, 09/11/2017 - 20:35": a date with its clock, or with its weekday in a short line
    for k, line in enumerate(head[: body + 3]):  # the posting line sits by the headline
        if len(line.text) > 200:
            continue  # a paragraph, not a header line
        years = list(_YEAR.finditer(line.text))
        if not years:
            continue  # every dated header carries its year
        words = _words(line.text)
        if words > 24 or (not rx.clock.search(line.text) and (words > 10 or k < body - 1)):
            continue
        # a date ends with its year (or, in ISO, starts with it): look only there
        found = (rx.meta_date.search(line.text, max(0, y.start() - 32), y.end() + 6) for y in years)
        for m in (m for m in found if m):
            clocked = rx.clock.search(line.text, m.end(), m.end() + 16) is not None
            # a bare date above the headline is page chrome (the day the page was fetched)
            if not (clocked or (m.group("wd") and _words(line.text) <= 10 and k >= body - 1)):
                continue
            group = "date" if m.group("date") else "mdy"
            wd = m.group("wd")
            d = _to_date(m.group(group), rx.weekdays.get(wd.lower()) if wd else None)
            if d:
                return d, line.start + m.start(group), line.start + m.end(group)
    return masthead


# (the digit before the first checked behind it: a pattern that opens with a digit is tried at digits only)
_YEAR = re.compile(r"\d(?<!\d\d)\d{3}(?!\d)")


def _weekday(s: str) -> int | None:
    words = _rx().weekdays
    for w in re.findall(r"[A-Za-z']+", s[:12]):
        if w.lower() in words:
            return words[w.lower()]
    return None


def find_byline(text: str) -> Byline:
    """The source fields the text states; fields it does not state are None."""
    lines = _lines(text)
    out = Byline()
    if not lines:
        return out
    out.title, body = _title(lines)
    head = lines[:_HEAD_LINES]
    if out.title is not None:
        out.chrome = tuple((ln.start, ln.start + len(ln.text)) for ln in lines[: body - 1] if _date_only(ln.text))

    dl = None
    first = body if out.title is not None else 0  # a short dateline line may stand above the lead
    for k in range(first, min(len(lines), body + _HEAD_LINES)):
        found = _strong_dateline(lines[k])
        if found is None:
            continue
        if dl is None:
            dl = found
        elif found.city is not None:
            # "Kompas.com - 18/04/2018" names the outlet; the city opens the story below
            found.outlet = found.outlet or dl.outlet
            dl = found
        if dl.city is not None:
            break
    if dl is not None and dl.lead is not None and dl.outlet is not None and _named_again(dl.lead, text, dl.outlet.end):
        # a village the story names again, written before its regency, is a place (me-10)
        dl.city, dl.outlet = Field(_city_name(dl.outlet.value), dl.outlet.start, dl.outlet.end), None
    if dl is not None:
        out.dateline, out.outlet = dl.city, dl.outlet
        if dl.outlet is None and dl.city is not None:
            # "TopikSuluh.com" on a line of its own right above "Banyumas – …": the site's name over its dateline
            at = next(k for k, ln in enumerate(lines) if ln.start + len(ln.text) >= dl.city.start)
            m = _rx().domain_alone.fullmatch(lines[at - 1].text) if at - 1 >= body else None
            if m:
                out.outlet = Field(m.group("outlet"), lines[at - 1].start, lines[at - 1].start + m.end("outlet"))
        out.published = dl.published
    else:
        first = next((ln for ln in lines[body : body + 3] if not _is_furniture(ln.text)), None)
        if first is not None:
            out.dateline = _weak_dateline(first, text)

    reporter, editor = _credits(lines, text)
    out.reporter, out.editor = _desk(reporter), _desk(editor)
    if out.reporter is None:
        # "*Abdyanto Mokodongan": a closing line that signs the story with an asterisk names its writer
        for line in lines[-3:]:
            m = _STAR_SIGN_OFF.match(line.text)
            if m:
                out.reporter = Field(m.group("name"), line.start + m.start("name"), line.start + m.end("name"))
    if out.published is None or out.reporter is None:
        _by_line(lines, out)
    if out.outlet is None:
        out.outlet = _copyright_outlet(lines) or _credit_outlet(text)
    if out.published is None:
        out.published = _published(lines, head, text, body) or _oleh_date(head)
    return out
