"""A few drawing primitives and two painters for them: SVG text and a Pillow image.

The charts and the map are laid out once, as a `Scene` of rectangles, texts, polygons, curves
and circles in pixel coordinates; `to_svg` and `to_png` paint the same scene, so the report's
inline SVG, `stats --svg` and `stats --png` cannot drift apart.

Why hand-made and not a plotting library: matplotlib with numpy is well over 50 MB installed,
builds a font cache on first run and writes SVGs that are mostly glyph outlines; a handful of
bars, curves and circles is less code than configuring it, and the SVG stays small text that a
browser styles with its own fonts. Pillow (7 MB wheel, ~22 MB installed with its bundled
libraries) is imported only by `to_png`.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass, field

FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif"
# Characters XML 1.0 forbids (an SVG holding one does not parse) and bidi overrides, which could
# reorder the text around them; stored strings come from news pages.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    return _NOT_XML.sub("", "" if text is None else str(text))


def esc(text: object) -> str:
    """Text made safe for XML/HTML content and quoted attribute values."""
    return html.escape(clean(text), quote=True)


def text_width(text: str, size: float) -> float:
    """A rough width for layout (no font metrics here): DejaVu Sans runs ~0.6 em a character; a
    little more is assumed so a cut label never overruns its column."""
    return len(text) * size * 0.62


def fit(text: str, size: float, width: float) -> str:
    """`text`, cut with an ellipsis to about `width` pixels."""
    if text_width(text, size) <= width:
        return text
    keep = max(1, int(width / (size * 0.62)) - 1)
    return text[:keep].rstrip() + "…"


def wrap(text: str, size: float, width: float) -> list[str]:
    """`text` broken at spaces into lines of about `width` pixels."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    title: str | None = None


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float = 12
    fill: str = "#222222"
    anchor: str = "start"  # start | middle | end
    bold: bool = False
    halo: bool = False  # a white outline, for labels drawn over a map


@dataclass(frozen=True)
class Poly:
    points: tuple[tuple[float, float], ...]
    fill: str
    stroke: str | None = None
    stroke_width: float = 0.5


@dataclass(frozen=True)
class Curve:
    """A quadratic Bézier from (x0, y0) through control (cx, cy) to (x1, y1)."""

    x0: float
    y0: float
    cx: float
    cy: float
    x1: float
    y1: float
    width: float
    color: str
    opacity: float = 1.0
    title: str | None = None


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 1.0
    opacity: float = 1.0
    title: str | None = None


@dataclass
class Scene:
    width: float
    height: float
    title: str = ""
    items: list = field(default_factory=list)

    def add(self, item) -> None:
        self.items.append(item)

    def place(self, other: Scene, dx: float, dy: float) -> None:
        """Draw `other` with its top left corner at (dx, dy)."""
        self.items.append(Group(dx, dy, other))


@dataclass(frozen=True)
class Group:
    dx: float
    dy: float
    scene: Scene


# --------------------------------------------------------------------------- SVG


def _n(value: float) -> str:
    """Coordinates with at most one decimal: smaller files, no visible difference."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _title(title: str | None) -> str:
    return f"<title>{esc(title)}</title>" if title else ""


def _svg_items(items: list, out: list[str]) -> None:
    for item in items:
        kind = type(item)
        if kind is Rect:
            body = _title(item.title)
            attrs = f'x="{_n(item.x)}" y="{_n(item.y)}" width="{_n(item.w)}" height="{_n(item.h)}" fill="{item.fill}"'
            out.append(f"<rect {attrs}>{body}</rect>" if body else f"<rect {attrs}/>")
        elif kind is Text:
            attrs = f'x="{_n(item.x)}" y="{_n(item.y)}" font-size="{_n(item.size)}"'
            if item.fill != "#222222":
                attrs += f' fill="{item.fill}"'
            if item.anchor != "start":
                attrs += f' text-anchor="{item.anchor}"'
            if item.bold:
                attrs += ' font-weight="bold"'
            if item.halo:
                attrs += ' stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'
            out.append(f"<text {attrs}>{esc(item.text)}</text>")
        elif kind is Poly:
            points = " ".join(f"{_n(x)},{_n(y)}" for x, y in item.points)
            stroke = f' stroke="{item.stroke}" stroke-width="{_n(item.stroke_width)}"' if item.stroke else ""
            out.append(f'<polygon points="{points}" fill="{item.fill}"{stroke}/>')
        elif kind is Curve:
            d = f"M{_n(item.x0)} {_n(item.y0)}Q{_n(item.cx)} {_n(item.cy)} {_n(item.x1)} {_n(item.y1)}"
            attrs = f'd="{d}" fill="none" stroke="{item.color}" stroke-width="{_n(item.width)}"'
            attrs += ' stroke-linecap="round"'
            if item.opacity < 1:
                attrs += f' stroke-opacity="{item.opacity:.2f}"'
            body = _title(item.title)
            out.append(f"<path {attrs}>{body}</path>" if body else f"<path {attrs}/>")
        elif kind is Circle:
            attrs = f'cx="{_n(item.cx)}" cy="{_n(item.cy)}" r="{_n(item.r)}" fill="{item.fill or "none"}"'
            if item.stroke:
                attrs += f' stroke="{item.stroke}" stroke-width="{_n(item.stroke_width)}"'
            if item.opacity < 1:
                attrs += f' opacity="{item.opacity:.2f}"'
            body = _title(item.title)
            out.append(f"<circle {attrs}>{body}</circle>" if body else f"<circle {attrs}/>")
        elif kind is Group:
            out.append(f'<g transform="translate({_n(item.dx)} {_n(item.dy)})">')
            _svg_items(item.scene.items, out)
            out.append("</g>")
        else:  # pragma: no cover - a new primitive without a painter
            raise TypeError(f"cannot draw {item!r}")


def to_svg(scene: Scene, *, standalone: bool = True) -> str:
    """The scene as SVG: a document of its own (`standalone`) or an element for inline HTML."""
    w, h = _n(scene.width), _n(scene.height)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        f'role="img" aria-label="{esc(scene.title)}" font-family="{FONT_FAMILY}">'
    )
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n' + head if standalone else head]
    if scene.title:
        out.append(f"<title>{esc(scene.title)}</title>")
    _svg_items(scene.items, out)
    out.append("</svg>\n" if standalone else "</svg>")
    return "".join(out)


# --------------------------------------------------------------------------- PNG


def _rgba(color: str, opacity: float = 1.0) -> tuple[int, int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16), round(255 * opacity)


_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}


def to_png(scene: Scene, *, scale: float = 2.0) -> bytes:
    """The scene painted with Pillow (imported here: only PNG output needs it)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (round(scene.width * scale), round(scene.height * scale)), "#ffffff")
    draw = ImageDraw.Draw(image, "RGBA")  # RGBA mode: translucent fills blend
    fonts: dict[float, object] = {}

    def font(size: float):
        if size not in fonts:
            # Pillow's own scalable font (Pillow >= 10.1): no system fonts needed
            fonts[size] = ImageFont.load_default(size=size * scale)
        return fonts[size]

    def paint(items: list, ox: float, oy: float) -> None:
        def p(x: float, y: float) -> tuple[float, float]:
            return (x + ox) * scale, (y + oy) * scale

        for item in items:
            kind = type(item)
            if kind is Rect:
                draw.rectangle([p(item.x, item.y), p(item.x + item.w, item.y + item.h)], fill=_rgba(item.fill))
            elif kind is Text:
                draw.text(
                    p(item.x, item.y),
                    clean(item.text).replace("→", "->"),  # Pillow's own font has no arrow glyph
                    fill=_rgba(item.fill),
                    font=font(item.size),
                    anchor=_ANCHORS[item.anchor],
                    stroke_width=round(1.5 * scale) if item.halo else (1 if item.bold and scale >= 2 else 0),
                    stroke_fill="#ffffff" if item.halo else _rgba(item.fill),
                )
            elif kind is Poly:
                points = [p(x, y) for x, y in item.points]
                outline = _rgba(item.stroke) if item.stroke else None
                draw.polygon(points, fill=_rgba(item.fill), outline=outline, width=max(1, round(item.stroke_width)))
            elif kind is Curve:
                steps = 24
                points = []
                for i in range(steps + 1):
                    t = i / steps
                    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
                    points.append(p(a * item.x0 + b * item.cx + c * item.x1, a * item.y0 + b * item.cy + c * item.y1))
                # Drawn opaque into a mask, then laid on with the opacity: translucent segments
                # drawn one by one would darken where they overlap, at every joint.
                width = max(1, round(item.width * scale))
                x0 = int(min(x for x, _ in points)) - width
                y0 = int(min(y for _, y in points)) - width
                x1 = int(max(x for x, _ in points)) + width + 1
                y1 = int(max(y for _, y in points)) + width + 1
                mask = Image.new("L", (x1 - x0, y1 - y0), 0)
                ImageDraw.Draw(mask).line(
                    [(x - x0, y - y0) for x, y in points], fill=round(255 * item.opacity), width=width, joint="curve"
                )
                image.paste(_rgba(item.color)[:3], (x0, y0, x1, y1), mask)
            elif kind is Circle:
                box = [p(item.cx - item.r, item.cy - item.r), p(item.cx + item.r, item.cy + item.r)]
                draw.ellipse(
                    box,
                    fill=_rgba(item.fill, item.opacity) if item.fill else None,
                    outline=_rgba(item.stroke, item.opacity) if item.stroke else None,
                    width=max(1, round(item.stroke_width * scale)),
                )
            elif kind is Group:
                paint(item.scene.items, ox + item.dx, oy + item.dy)
            else:  # pragma: no cover
                raise TypeError(f"cannot draw {item!r}")

    paint(scene.items, 0, 0)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
