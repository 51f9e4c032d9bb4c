"""A saved news page (HTML) → the article's text, title, date and outlet.

Only the stdlib parser is used; nothing the page refers to (images, scripts, frames)
is fetched or run. Malformed markup never raises: whatever was parsed is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from diklat_cli.extract import budget

__all__ = ["HtmlArticle", "html_to_text"]


@dataclass
class HtmlArticle:
    text: str
    title: str | None
    published: date | None
    outlet: str | None


_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
    "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "image",
}  # fmt: skip
_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "svg", "form", "nav", "header",
    "footer", "aside", "button", "select", "textarea", "object", "embed", "canvas", "video",
    "audio", "map", "dialog", "head", "title", "math", "frameset", "frame", "applet", "input",
    "datalist", "menu", "label",
}  # fmt: skip
# blank line around these, a line break around the other blocks
_PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "pre",
         "figure", "hr", "dl"}  # fmt: skip
_LINE = {
    "div", "section", "article", "main", "li", "tr", "dt", "dd", "figcaption", "header",
    "footer", "center", "details", "summary", "fieldset", "caption", "body", "html", "form",
    "nav", "aside", "legend", "address", "tbody", "thead", "tfoot", "noscript",
}  # fmt: skip
# starting one of these closes an open <p>
_CLOSES_P = _PARA | {
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "address",
    "details", "fieldset", "figcaption", "form", "menu", "li",
}  # fmt: skip
_HEAD_TAGS = {"meta", "link", "title", "style", "script", "base", "noscript", "template", "head"}
_P_SCOPE = {"html", "body", "table", "td", "th", "caption", "template", "button", "object"}
_MAX_END_SEARCH = 1000

_NEG_PREFIX = (
    "nav", "menu", "sidebar", "related", "comment", "share", "sharing", "social",
    "breadcrumb", "footer", "header", "advert", "adsense", "adsbygoogle", "popular",
    "populer", "iklan", "newsletter", "subscribe", "cookie", "popup", "modal", "trending",
    "terkait", "recommend", "rekomendasi", "sosmed", "masthead", "topbar", "toolbar",
    "pagination", "pager", "banner", "sponsor", "disqus", "login", "signup", "search",
    "bacajuga", "readalso", "komentar", "bagikan", "berbagi",
)  # fmt: skip
_NEG_EXACT = {"ad", "ads", "adv", "advs", "dfp", "baca", "juga", "also", "lainnya", "tag",
              "tags", "tagcloud", "taglist", "tagging", "hashtag", "hashtags", "logo"}  # fmt: skip
_NEG_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu",
              "menubar", "dialog", "alertdialog"}  # fmt: skip
# "has-sidebar", "with-header" describe a wrapper's layout, not what it is
_LAYOUT = re.compile(r"(?:^|[^a-z])(?:has|with|no|without)[-_ ]?(?:sidebar|header|footer|nav)", re.I)
_POS_PREFIX = ("content", "article", "artikel", "post", "entry", "detail", "story", "berita")
_POS_EXACT = {"isi", "body", "text", "main", "konten"}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_WS = re.compile(r"[ \t\n\r\f\v]+")
_SPACES = re.compile(r" {2,}")
_TAB = re.compile(r" *\t[ \t]*")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:([-/])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2})(?!\d))")
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


class _Node:
    __slots__ = ("tag", "attrs", "parent", "children", "depth", "drop", "alive", "stats")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[_Node | str] = []
        self.depth = parent.depth + 1 if parent else 0
        self.drop = False
        self.alive = True
        self.stats = (0, 0, 0)  # text, text in <p>, text in links

    def tokens(self) -> list[str]:
        raw = f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}"
        return [t for t in _TOKEN_SPLIT.split(_CAMEL.sub(" ", raw).lower()) if t]


# what parsing an element and everything done with it afterwards costs, in budget steps
_ELEMENT_STEPS = 10
_ATTRIBUTE_STEPS = 4


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {}, None)
        self.stack: list[_Node] = [self.root]
        self.open: dict[str, int] = {}  # open elements by tag, to skip hopeless searches
        self.metas: list[dict[str, str]] = []
        self.title_parts: list[str] = []
        self.jsonld: list[str] = []

    def _push(self, node: _Node) -> None:
        self.stack.append(node)
        self.open[node.tag] = self.open.get(node.tag, 0) + 1

    def _close_to(self, index: int) -> None:
        index = max(1, index)
        for node in self.stack[index:]:
            self.open[node.tag] -= 1
        del self.stack[index:]

    def _find_open(self, tags: set[str], scope: set[str]) -> int:
        if not any(self.open.get(t) for t in tags):
            return -1
        lowest = max(1, len(self.stack) - _MAX_END_SEARCH)
        for i in range(len(self.stack) - 1, lowest - 1, -1):
            tag = self.stack[i].tag
            if tag in tags:
                return i
            if tag in scope:
                break
        return -1

    def _implied_end(self, tag: str) -> None:
        # the end tags browsers imply; enough to keep paragraphs and lists apart
        if self.stack[-1].tag == "title":  # an unclosed <title> must not swallow the page
            self._close_to(len(self.stack) - 1)
        if tag not in _HEAD_TAGS and len(self.stack) > 1:
            i = self._find_open({"head"}, set())
            if i > 0:  # body content before </head>
                self._close_to(i)
        if tag in _CLOSES_P:
            i = self._find_open({"p"}, _P_SCOPE)
            if i > 0:
                self._close_to(i)
        if tag == "li":
            i = self._find_open({"li"}, {"ul", "ol", "menu"} | _P_SCOPE)
            if i > 0:
                self._close_to(i)
        elif tag in ("dt", "dd"):
            i = self._find_open({"dt", "dd"}, {"dl"} | _P_SCOPE)
            if i > 0:
                self._close_to(i)
        elif tag in ("td", "th"):
            i = self._find_open({"td", "th"}, {"tr", "table"})
            if i > 0:
                self._close_to(i)
        elif tag == "tr":
            i = self._find_open({"tr"}, {"table"})
            if i > 0:
                self._close_to(i)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        budget.spend(_ELEMENT_STEPS + _ATTRIBUTE_STEPS * len(attrs))
        tag = tag.lower()
        a: dict[str, str] = {}
        for key, value in attrs:
            a.setdefault(key.lower(), value or "")
        if tag == "meta":
            self.metas.append(a)
            return
        self._implied_end(tag)
        parent = self.stack[-1]
        node = _Node(tag, a, parent)
        parent.children.append(node)
        if tag not in _VOID:
            self._push(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        tag = tag.lower()
        if tag not in _VOID and tag != "meta" and self.stack[-1].tag == tag:
            self._close_to(len(self.stack) - 1)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "br":  # browsers read </br> as <br>
            self.handle_starttag("br", [])
            return
        if not self.open.get(tag):
            return
        lowest = max(1, len(self.stack) - _MAX_END_SEARCH)
        for i in range(len(self.stack) - 1, lowest - 1, -1):
            if self.stack[i].tag == tag:
                self._close_to(i)
                return

    def handle_data(self, data: str) -> None:
        top = self.stack[-1]
        if top.tag == "script":
            if "ld+json" in top.attrs.get("type", "").lower():
                self.jsonld.append(data)
            return
        if top.tag == "style":
            return
        if top.tag == "title":
            self.title_parts.append(data)
            return
        if top.children and isinstance(top.children[-1], str):
            top.children[-1] += data
        else:
            top.children.append(data)


def _parse(html: str) -> _TreeBuilder:
    builder = _TreeBuilder()
    # a parser bug on odd markup must not lose what was parsed so far; a page too big for
    # the article's budget is given up
    try:
        builder.feed(html)
        builder.close()
    except budget.TooComplex:
        raise
    except Exception:
        pass
    return builder


def _elements(root: _Node) -> list[_Node]:
    """Element nodes in document order, without recursion (pages nest deeply)."""
    out: list[_Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in reversed(node.children) if isinstance(c, _Node))
    return out


def _text_len(s: str) -> int:
    return len(_WS.sub(" ", s).strip())


def _is_negative(node: _Node, tokens: list[str]) -> bool:
    if node.tag in ("html", "body", "main"):
        return False
    if node.attrs.get("role", "").lower() in _NEG_ROLES:
        return True
    if not tokens:
        return False
    raw = f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}"
    layout_only = _LAYOUT.search(raw)
    for t in tokens:
        if t in _NEG_EXACT or t.startswith(_NEG_PREFIX):
            if layout_only and t.startswith(("sidebar", "header", "footer", "nav")):
                continue
            return True
    return False


def _is_positive(node: _Node, tokens: list[str]) -> bool:
    if node.tag == "article" or node.attrs.get("itemprop", "").lower() == "articlebody":
        return True
    if node.attrs.get("role", "").lower() in ("main", "article"):
        return True
    return any(t in _POS_EXACT or t.startswith(_POS_PREFIX) for t in tokens)


def _is_hidden(node: _Node) -> bool:
    return "hidden" in node.attrs or bool(_HIDDEN_STYLE.search(node.attrs.get("style", "")))


def _compute_stats(order: list[_Node], skip: set[int]) -> None:
    """Bottom-up text lengths, leaving out skipped subtrees."""
    for node in reversed(order):
        text = para = link = 0
        for child in node.children:
            if isinstance(child, str):
                text += _text_len(child)
            elif id(child) not in skip:
                t, p, lk = child.stats
                text, para, link = text + t, para + p, link + lk
        if node.tag == "p":
            para = text
        if node.tag == "a":
            link = text
        node.stats = (text, para, link)


def _mark(order: list[_Node]) -> None:
    """Decide which elements are page furniture (node.drop) and which survive (alive)."""
    tokens = {id(n): n.tokens() for n in order}
    in_article: dict[int, bool] = {}
    for node in order:
        parent = node.parent
        inside = parent is not None and (
            in_article[id(parent)]
            or parent.tag == "article"
            or parent.attrs.get("itemprop", "").lower() == "articlebody"
        )
        in_article[id(node)] = inside

    _compute_stats(order, set())  # raw lengths, to judge wrappers
    total_p = order[0].stats[1]
    # inside an article, "entry-header"/"post-footer" hold its title and byline
    negative = {
        id(n)
        for n in order
        if _is_negative(
            n,
            [t for t in tokens[id(n)] if not t.startswith(("header", "footer"))]
            if in_article[id(n)] or n.tag == "article"
            else tokens[id(n)],
        )
    }
    # an element with a real share of the article's paragraphs that is plainly content
    good = {
        id(n)
        for n in order
        if id(n) not in negative and _is_positive(n, tokens[id(n)]) and n.stats[1] > 0 and n.stats[1] >= 0.3 * total_p
    }
    contains_good: dict[int, bool] = {}
    for node in reversed(order):
        contains_good[id(node)] = any(
            isinstance(c, _Node) and (id(c) in good or contains_good[id(c)]) for c in node.children
        )
    has_p: dict[int, bool] = {}
    for node in reversed(order):
        has_p[id(node)] = any(isinstance(c, _Node) and (c.tag == "p" or has_p[id(c)]) for c in node.children)

    for node in order:
        tag = node.tag
        drop = False
        if tag in _DROP_TAGS:
            drop = True
            if tag in ("header", "footer") and in_article[id(node)]:
                drop = id(node) in negative  # an article's own header: title and byline
            elif tag == "form" and has_p[id(node)]:
                drop = False  # some sites wrap the whole page in a <form>
        elif _is_hidden(node):
            drop = True
        elif id(node) in negative:
            # a wrapper whose class mentions a sidebar but which holds the article
            wrapper = contains_good[id(node)] and node.stats[1] >= 0.5 * total_p > 0
            drop = not wrapper
        node.drop = drop
        node.alive = not drop and (node.parent is None or node.parent.alive)


def _render(start: _Node, skip) -> str:
    out: list[str] = []
    pending = 0  # line breaks owed before the next text
    pre = 0
    counters: dict[int, int] = {}
    stack: list[tuple[_Node | str, bool]] = [(start, False)]
    while stack:
        item, closing = stack.pop()
        if isinstance(item, str):
            text = item if pre else _WS.sub(" ", item)
            if not out or pending or out[-1].endswith("\n"):
                text = text.lstrip(" ")
            if not text:
                continue
            if pending and out:
                out.append("\n" * pending)
            pending = 0
            out.append(text)
            continue
        node, tag = item, item.tag
        if closing:
            if tag == "pre":
                pre -= 1
            pending = max(pending, 2 if tag in _PARA else 1 if tag in _LINE else 0)
            continue
        if node is not start and skip(node):
            continue
        if tag == "br":
            pending = min(2, pending + 1)
            continue
        if tag in ("td", "th") and out and not pending:
            out.append("\t")
        if tag in ("ul", "ol") and node.parent is not None and node.parent.tag == "li":
            pending = max(pending, 1)
        elif tag in _PARA:
            pending = 2
        elif tag in _LINE:
            pending = max(pending, 1)
        if tag == "pre":
            pre += 1
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(node.children))
        if tag == "li":
            parent = node.parent
            if parent is not None and parent.tag == "ol":
                counters[id(parent)] = counters.get(id(parent), 0) + 1
                stack.append((f"{counters[id(parent)]}. ", False))
            else:
                stack.append(("- ", False))
    lines = [_TAB.sub("\t", _SPACES.sub(" ", line)).strip() for line in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _inline_text(node: _Node) -> str:
    return " ".join(_render(node, lambda n: False).split())


def _meta(metas: list[dict[str, str]], *keys: str) -> str | None:
    for key in keys:
        for m in metas:
            name = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
            if name == key and m.get("content", "").strip():
                return " ".join(m["content"].split())
    return None


def _parse_date(value: str | None) -> date | None:
    # the literal calendar date the outlet printed, not converted to UTC
    m = _ISO_DATE.match(value or "")
    if not m:
        return None
    month, day = (m.group(3), m.group(4)) if m.group(2) else (m.group(5), m.group(6))
    try:
        d = date(int(m.group(1)), int(month), int(day))
    except ValueError:
        return None
    return d if 1990 <= d.year <= 2100 else None


def _published(b: _TreeBuilder, order: list[_Node], main: _Node) -> date | None:
    d = _parse_date(_meta(b.metas, "article:published_time", "og:article:published_time", "datepublished"))
    if d:
        return d
    for node in order:
        if node.attrs.get("itemprop", "").lower() == "datepublished":
            d = _parse_date(node.attrs.get("datetime") or node.attrs.get("content"))
            if d:
                return d
    for blob in b.jsonld:
        m = _JSONLD_DATE.search(blob)
        if m and _parse_date(m.group(1)):
            return _parse_date(m.group(1))
    times = [n for n in order if n.tag == "time" and n.attrs.get("datetime")]
    # a <time> in the article beats the dates of related links in a sidebar
    times.sort(key=lambda n: not _is_within(n, main))
    for node in times:
        d = _parse_date(node.attrs["datetime"])
        if d:
            return d
    return _parse_date(
        _meta(b.metas, "pubdate", "publishdate", "publish-date", "publish_date", "date",
              "dc.date", "dc.date.issued", "content_publisheddate", "article_date_original")
    )  # fmt: skip


def _is_within(node: _Node, ancestor: _Node) -> bool:
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False


def _strip_site(title: str, site: str | None, loose: bool) -> str:
    t = " ".join(title.split())
    if site:
        for sep in (" | ", " - ", " – ", " — ", " :: ", " » ", " · "):
            if len(t) > len(site) + len(sep):
                if t.lower().endswith((sep + site).lower()):
                    t = t[: -len(sep + site)]
                elif t.lower().startswith((site + sep).lower()):
                    t = t[len(site + sep) :]
    if " | " in t:
        t = max(t.split(" | "), key=len).strip()
    if loose:
        # "Judul berita - Nama Situs": a short tail after a dash is the site
        m = re.match(r"^(.*\S)\s+[-–—]\s+((?:(?!\s[-–—]\s).){2,40})$", t)
        if m and len(m.group(2).split()) <= 4 and len(m.group(1).split()) >= 3:
            t = m.group(1)
    return t.strip()


def _title(b: _TreeBuilder, order: list[_Node], site: str | None) -> str | None:
    og = _meta(b.metas, "og:title", "twitter:title")
    if og and _strip_site(og, site, loose=False):
        return _strip_site(og, site, loose=False)
    h1s = [n for n in order if n.tag == "h1"]
    for node in h1s:
        # a site logo in an <h1> sits in a dropped header or a "logo" element
        if node.alive and "logo" not in node.tokens():
            text = _inline_text(node)
            if text:
                return text
    for node in h1s:
        text = _inline_text(node)
        if text:
            return text
    raw = " ".join("".join(b.title_parts).split())
    if not raw:
        titles = [n for n in order if n.tag == "title"]  # parsers that do not treat it as text
        raw = _inline_text(titles[0]) if titles else ""
    return _strip_site(raw, site, loose=True) or None


def _choose_main(order: list[_Node], body: _Node) -> _Node:
    """The element holding the article: most paragraph text, the most specific of ties."""
    total_text, total_p, _ = body.stats
    use_p = total_p >= 140

    def score(n: _Node) -> int:
        text, para, link = n.stats
        return para if use_p else text - link

    candidates = [n for n in order if n.alive and n is not body and _is_positive(n, n.tokens()) and _is_within(n, body)]
    if not candidates:
        return body
    best = max(score(n) for n in candidates)
    if best < 80:
        return body
    near = [n for n in candidates if score(n) >= 0.85 * best]
    deepest = max(near, key=lambda n: n.depth)
    # the <article> around the body also holds the byline; take it unless it adds much
    articles = [n for n in near if n.tag == "article" and n is not deepest and _is_within(deepest, n)]
    if articles:
        article = max(articles, key=lambda n: n.depth)
        own = deepest.stats[0] - deepest.stats[2]
        if article.stats[0] - article.stats[2] - own <= 0.25 * own + 200:
            return article
    return deepest


def _has_title(text: str, title: str) -> bool:
    want = " ".join(title.split()).casefold()
    lines = [" ".join(line.split()).casefold() for line in text.split("\n") if line.strip()]
    return want in lines[:5]


def html_to_text(html: str) -> HtmlArticle:
    """Article text of a saved page; never raises on malformed markup."""
    b = _parse(html)
    order = _elements(b.root)
    _mark(order)
    dropped = {id(n) for n in order if n.drop}
    _compute_stats(order, dropped)
    body = next((n for n in order if n.tag == "body"), b.root)
    main = _choose_main(order, body)

    text = _render(main, lambda n: n.drop)
    if len(text) < 100 and main is not body:
        text = _render(body, lambda n: n.drop)
    if len(text) < 100:
        # class names misled us; keep only the tag-level cuts (scripts, nav, footer)
        loose = _render(body, lambda n: n.tag in _DROP_TAGS or _is_hidden(n))
        if len(loose) >= 100 + len(text):
            text = loose

    outlet = _meta(b.metas, "og:site_name")
    title = _title(b, order, outlet)
    if title and not _has_title(text, title):
        text = f"{title}\n\n{text}" if text else title
    return HtmlArticle(text=text, title=title, published=_published(b, order, main), outlet=outlet)
