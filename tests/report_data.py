"""Inputs for the report tests: the bundled examples' stats and visits, and synthetic stores.

`tests/fixtures/report/stats.json` and `visits.json` are `diklat stats --json` and
`diklat export --json` on `examples/` (the shapes the report API takes). `synthetic(n)` makes n
visits spread over every province, year and programme, with their stats computed by
tests.oracle (the plain-Python stats) exactly as `stats --json` does, for size and escaping tests.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "report"
DATA = Path(__file__).parent.parent / "diklat_cli" / "data"

# News text is untrusted: every kind of markup, a formula, a script URL and control characters.
HOSTILE = '<script>alert("x")</script><img src=//evil.example/p.png onerror=alert(1)> & "q" \x07\u202e'


def example_stats() -> dict:
    return json.loads((FIXTURES / "stats.json").read_text(encoding="utf-8"))


def example_visits() -> list[dict]:
    return json.loads((FIXTURES / "visits.json").read_text(encoding="utf-8"))["visits"]


def stats_of(visits: list[dict], top: int = 10) -> dict:
    """What `diklat stats --json` prints for these visits (same code, through JSON)."""
    from diklat_cli.models import Record
    from tests.oracle import all_tables

    tables = all_tables([Record.model_validate(v) for v in visits], top=top)
    return json.loads(json.dumps({name: table.__dict__ for name, table in tables.items()}))


def synthetic(n: int, seed: int = 15, hostile_every: int = 0) -> list[dict]:
    """n visits copied from the examples with new ids, places, years, programmes and sources."""
    rng = random.Random(seed)
    regions = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
    provinces = list(regions["provinces"].values())
    regencies: dict[str, list[str]] = {}
    for _, name, _, code in regions["regencies"]:
        regencies.setdefault(regions["provinces"][code], []).append(name)
    programs = ["Diklatpim III", "Diklatpim IV", "PKA", "PKP", "PKN II", "Latsar CPNS", "PPRA"]
    templates = example_visits()
    out = []
    for i in range(n):
        visit = copy.deepcopy(templates[i % len(templates)])
        visit.pop("evidence", None)  # not read by the report; keeps 10,000 visits light
        origin, destination = rng.choice(provinces), rng.choice(provinces)
        visit["id"] = f"{i:012d}"
        visit["program"] = rng.choice(programs)
        visit["origin"] = {"institution": f"Pemerintah {origin}", "province": origin, "regency": None}
        regency = rng.choice(regencies[destination])
        visit["destination"] = {"province": destination, "regency": regency, "host": f"Pemerintah {regency}"}
        year = rng.randint(2014, 2025)
        visit["start_date"] = visit["end_date"] = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        visit["participants"] = rng.randint(20, 60)
        visit["provenance"]["url"] = f"https://berita.example/{year}/{i}"
        visit["source"]["title"] = f"Peserta {visit['program']} {origin} belajar ke {regency}"
        if hostile_every and i % hostile_every == 0:
            visit["host_agencies"] = [HOSTILE, '=HYPERLINK("http://evil.example","x")']
            visit["source"]["title"] = HOSTILE
            visit["source"]["outlet"] = HOSTILE
            visit["program"] = HOSTILE
            visit["provenance"]["url"] = "javascript:alert(1)"
            visit["id"] = "000123"
        out.append(visit)
    return out
