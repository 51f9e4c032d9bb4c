"""The charts and the flow map, laid out as scenes (see scene.py) from the `diklat stats --json` dict."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from diklat_cli.report.labels import column, label, value
from diklat_cli.report.scene import Circle, Curve, Poly, Rect, Scene, Text, fit, text_width, wrap

MAP_DATA = Path(__file__).resolve().parent.parent / "data" / "indonesia_map.json"

BAR = "#2b6cb0"
HOST = "#dd6b20"
FLOW = "#2b6cb0"
SEA = "#eef4fa"
LAND = "#dfe6d8"
LAND_EDGE = "#b9c4ae"
NEIGHBOUR = "#ecece8"
MUTED = "#666666"
GRID = "#e2e2e2"

BAR_TABLES = ("destination", "origin", "program", "hosts")
TABLE_KEYS = ("destination", "origin", "year", "program", "hosts", "matrix")
MAX_FLOWS = 120  # beyond this many arcs a flow map is a hairball; the matrix keeps every pair
MAX_BARS = 15  # longer tables are cut in the charts (the workbook and the tables keep every row)

# "national" origins (ministries and national agencies) have no province: drawn from a point in
# the Java Sea north of Jakarta, where nearly all of them sit, marked apart from DKI Jakarta.
NATIONAL_POSITION = (106.8, -4.9)


# --------------------------------------------------------------------------- reading the stats dict


def rows(stats: dict, key: str) -> list[list]:
    table = stats.get(key) or {}
    return list(table.get("rows") or [])


def totals(stats: dict) -> tuple[int, int]:
    """(visits, known participants): every visit has exactly one row in the destination table."""
    visits = participants = 0
    for row in rows(stats, "destination"):
        visits += int(row[1])
        participants += int(row[2])
    return visits, participants


def number(n: int | float, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "id" else text  # Indonesian groups thousands with dots


# --------------------------------------------------------------------------- bar and column charts


def _visits_text(visits: int, participants: int | None, lang: str) -> str:
    text = f"{number(visits, lang)} {column('visits', lang)}"
    if participants:
        text += f", {number(participants, lang)} {column('participants', lang)}"
    return text


def bar_chart(stats: dict, key: str, lang: str, *, width: float = 460) -> Scene:
    """Horizontal bars of visits for one stats table (destination, origin, program, hosts)."""
    title = label(f"table_{key}", lang)
    data = rows(stats, key)
    row_h, top, size = 20, 30, 11
    label_w = width * (0.55 if key == "hosts" else 0.42)
    entries: list[tuple[str, int, str]] = []  # (label shown, visits, tooltip)
    for row in data[:MAX_BARS]:
        if key == "hosts":
            agency, place, visits = str(row[0]), str(value(row[1], lang)), int(row[2])
            # The place stays whole and the agency is cut: several "Badan Pendapatan Daerah"
            # differ only by where they are. "Kota Mataram, Nusa Tenggara Barat" -> "Kota Mataram".
            tail = f" · {place.split(', ')[0]}"
            shown = fit(agency, size, max(label_w - text_width(tail, size), label_w / 3)) + tail
            tip = f"{agency} ({place}): {_visits_text(visits, None, lang)}"
        else:
            name, visits = str(value(row[0], lang)), int(row[1])
            shown = name
            tip = f"{name}: {_visits_text(visits, int(row[2]), lang)}"
        entries.append((fit(shown, size, label_w), visits, tip))
    height = top + max(1, len(entries)) * row_h + (22 if len(data) > MAX_BARS else 8)
    scene = Scene(width, height, title)
    scene.add(Text(0, 16, title, 13, bold=True))
    if not entries:
        scene.add(Text(0, top + 14, label("no_visits", lang), size, MUTED))
        return scene
    bar_x = label_w + 6
    bar_max = width - bar_x - 40
    peak = max(v for _, v, _ in entries) or 1
    for i, (shown, visits, tip) in enumerate(entries):
        y = top + i * row_h
        scene.add(Text(label_w, y + 14, shown, size, anchor="end"))
        scene.add(Rect(bar_x, y + 3, max(1.0, bar_max * visits / peak), row_h - 6, BAR, tip))
        scene.add(Text(bar_x + bar_max * visits / peak + 4, y + 14, number(visits, lang), size, MUTED))
    if len(data) > MAX_BARS:
        more = label("others", lang, n=number(len(data) - MAX_BARS, lang))
        scene.add(Text(bar_x, top + len(entries) * row_h + 14, more, 10, MUTED))
    return scene


def year_chart(stats: dict, lang: str, *, width: float = 940, bare: bool = False) -> Scene:
    """Columns of visits per year (the "unknown" year last, in grey); `bare`: no title (HTML has a heading)."""
    title = label("table_year", lang)
    data = rows(stats, "year")
    height = 190 if bare else 210
    scene = Scene(width, height, title)
    if not bare:
        scene.add(Text(0, 16, title, 13, bold=True))
    if not data:
        scene.add(Text(0, 44, label("no_visits", lang), 11, MUTED))
        return scene
    top, bottom, left = height - 170, height - 24, 8
    slot = (width - left) / len(data)
    bar_w = max(2.0, min(48.0, slot * 0.7))
    peak = max(int(r[1]) for r in data) or 1
    scene.add(Rect(left, bottom, width - left, 1, GRID))
    every = max(1, math.ceil(len(data) * 40 / width))  # thin out the year labels when crowded
    for i, (year, visits, participants) in enumerate(data):
        visits = int(visits)
        h = (bottom - top) * visits / peak
        x = left + i * slot + (slot - bar_w) / 2
        name = str(value(year, lang))
        colour = MUTED if year == "unknown" else BAR
        scene.add(Rect(x, bottom - h, bar_w, h, colour, f"{name}: {_visits_text(visits, int(participants), lang)}"))
        scene.add(Text(x + bar_w / 2, bottom - h - 4, number(visits, lang), 10, MUTED, "middle"))
        if i % every == 0:
            scene.add(Text(x + bar_w / 2, bottom + 15, fit(name, 10, slot * every), 10, anchor="middle"))
    return scene


# --------------------------------------------------------------------------- the map


@cache
def map_data() -> dict:
    return json.loads(MAP_DATA.read_text(encoding="utf-8"))


def flows(stats: dict) -> tuple[dict[tuple[str, str], int], int]:
    """({(origin, destination): visits}, visits not drawable) from the matrix table."""
    table = stats.get("matrix") or {}
    destinations = list(table.get("columns") or [])[1:]
    known = map_data()["provinces"]
    pairs: dict[tuple[str, str], int] = {}
    lost = 0
    for row in table.get("rows") or []:
        origin = row[0]
        for destination, visits in zip(destinations, row[1:], strict=False):
            visits = int(visits)
            if not visits:
                continue
            if destination not in known or (origin not in known and origin != "national"):
                lost += visits
                continue
            pairs[origin, destination] = pairs.get((origin, destination), 0) + visits
    return pairs, lost


def map_notes(stats: dict, lang: str) -> list[str]:
    """What the map shows, what it leaves out, and whose data it is drawn from."""
    notes = [label("map_note", lang)]
    pairs, lost = flows(stats)
    if len(pairs) > MAX_FLOWS:
        notes.append(label("map_top_flows", lang, n=MAX_FLOWS, total=number(len(pairs), lang)))
    if lost:
        notes.append(label("map_not_drawn", lang, n=number(lost, lang)))
    return [*notes, label("map_attribution", lang)]


def map_scene(stats: dict, lang: str, *, width: float = 940, bare: bool = False) -> Scene:
    """The flow map; `bare`: the map alone, its title and notes left to the page (see map_notes)."""
    data = map_data()
    west, south, east, north = data["frame"]
    k = width / (east - west)
    top = 0 if bare else 30
    map_h = (north - south) * k
    title = label("map_title", lang)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        # Equirectangular: at the equator, within ±11°, its distortion is under 2%.
        return (lon - west) * k, top + (north - lat) * k

    pairs, _ = flows(stats)
    notes = [] if bare else [line for note in map_notes(stats, lang) for line in wrap(note, 10, width)]
    scene = Scene(width, top + map_h + (8 + 15 * len(notes) if notes else 0), title)
    if not bare:
        scene.add(Text(0, 16, title, 13, bold=True))
    scene.add(Rect(0, top, width, map_h, SEA))
    for ring in data["neighbours"]:
        scene.add(Poly(tuple(xy(lon, lat) for lon, lat in ring), NEIGHBOUR, LAND_EDGE, 0.4))
    for ring in data["indonesia"]:
        scene.add(Poly(tuple(xy(lon, lat) for lon, lat in ring), LAND, LAND_EDGE, 0.5))

    where = {name: xy(p["lon"], p["lat"]) for name, p in data["provinces"].items()}
    where["national"] = xy(*NATIONAL_POSITION)
    for name, (x, y) in where.items():
        if name != "national":
            scene.add(Circle(x, y, 1.8, "#8a9480", title=f"{name} ({data['provinces'][name]['capital']})"))

    received: dict[str, int] = {}
    for (_, destination), visits in pairs.items():
        received[destination] = received.get(destination, 0) + visits
    peak_flow = max(pairs.values(), default=1)
    peak_host = max(received.values(), default=1)

    def radius(destination: str) -> float:
        return 3 + 13 * math.sqrt(received[destination] / peak_host)

    national = value("national", lang)
    drawn = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_FLOWS]
    for (origin, destination), visits in reversed(drawn):  # the biggest last, on top
        share = math.sqrt(visits / peak_flow)
        w, opacity = 0.8 + 6 * share, 0.3 + 0.4 * share
        name = national if origin == "national" else origin
        tip = f"{name} → {destination}: {number(visits, lang)} {column('visits', lang)}"
        (x0, y0), (x1, y1) = where[origin], where[destination]
        if origin == destination:  # a loop above the capital: visits within one province
            r = radius(destination) + 4 + w / 2
            scene.add(Circle(x1, y1 - r, r, None, FLOW, w, opacity, f"{tip} ({label('within_province', lang)})"))
            continue
        dx, dy = x1 - x0, y1 - y0
        dist = math.hypot(dx, dy) or 1
        # Bend to the left of the direction of travel, so A→B and B→A are two arcs.
        cx, cy = (x0 + x1) / 2 + dy * 0.15, (y0 + y1) / 2 - dx * 0.15
        # Stop at the edge of the host's circle and put an arrowhead there.
        tx, ty = x1 - cx, y1 - cy
        tn = math.hypot(tx, ty) or 1
        ux, uy = tx / tn, ty / tn
        back = min(radius(destination) + 1, dist / 3)
        ex, ey = x1 - ux * back, y1 - uy * back
        head = 3 + w * 1.2
        bx, by = ex - ux * head, ey - uy * head
        scene.add(Curve(x0, y0, cx, cy, bx, by, w, FLOW, opacity, tip))
        wing = head * 0.6
        scene.add(Poly(((ex, ey), (bx - uy * wing, by + ux * wing), (bx + uy * wing, by - ux * wing)), FLOW))
    if any(origin == "national" for origin, _ in pairs):
        x, y = where["national"]
        scene.add(Poly(((x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)), "#555555"))
        scene.add(Text(x + 8, y + 4, str(national), 10, halo=True))
    for destination in sorted(received, key=lambda d: -received[d]):
        x, y = where[destination]
        tip = f"{destination}: {number(received[destination], lang)} {label('received', lang)}"
        scene.add(Circle(x, y, radius(destination), HOST, "#ffffff", 1, 0.8, tip))
    # Names of the most visited destinations only: 38 labels would cover the map.
    # Right of the circle, else left of it, else not at all: labels never overlap each other.
    placed: list[tuple[float, float, float, float]] = []
    for destination in sorted(received, key=lambda d: (-received[d], d))[:12]:
        x, y = where[destination]
        r, w = radius(destination) + 2, text_width(destination, 10)
        for left, anchor, tx in ((x + r, "start", x + r), (x - r - w, "end", x - r)):
            box = (left, y - 7, left + w, y + 5)
            inside = box[0] >= 0 and box[2] <= width
            if inside and not any(b[0] < box[2] and box[0] < b[2] and b[1] < box[3] and box[1] < b[3] for b in placed):
                placed.append(box)
                scene.add(Text(tx, y + 4, destination, 10, anchor=anchor, halo=True))
                break
    y = top + map_h + 4
    for note in notes:
        y += 15
        scene.add(Text(0, y - 3, note, 10, MUTED))
    return scene


# --------------------------------------------------------------------------- everything on one page


def dashboard(stats: dict, lang: str, *, width: float = 960) -> Scene:
    """Headline figures, the map, the bar charts two by two and the years: `stats --svg/--png`."""
    pad = 10
    inner = width - 2 * pad
    visits, participants = totals(stats)
    scene = Scene(width, 0, label("report_title", lang))
    scene.add(Rect(0, 0, width, 10_000, "#ffffff"))  # cut to the final height below
    scene.add(Text(pad, 28, label("report_title", lang), 20, bold=True))
    figures = [
        (label("visits", lang), visits),
        (label("participants", lang), participants),
        (label("origins", lang), len(rows(stats, "origin"))),
        (label("destinations", lang), len(rows(stats, "destination"))),
    ]
    slot = inner / len(figures)
    for i, (name, count) in enumerate(figures):
        scene.add(Text(pad + i * slot, 64, number(count, lang), 22, BAR, bold=True))
        scene.add(Text(pad + i * slot, 80, name, 11, MUTED))
    y = 96.0
    m = map_scene(stats, lang, width=inner)
    scene.place(m, pad, y)
    y += m.height + 16
    half = (inner - 20) / 2
    charts = [bar_chart(stats, key, lang, width=half) for key in BAR_TABLES]
    for left, right in zip(charts[::2], charts[1::2], strict=True):
        scene.place(left, pad, y)
        scene.place(right, pad + half + 20, y)
        y += max(left.height, right.height) + 16
    years = year_chart(stats, lang, width=inner)
    scene.place(years, pad, y)
    y += years.height + pad
    scene.height = y
    scene.items[0] = Rect(0, 0, width, y, "#ffffff")
    return scene
