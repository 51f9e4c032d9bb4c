"""Hand-built records for tests: `make_record(**overrides)`.

Overrides are record fields; nested models may be given as dicts, and dotted keys
given through `**{"destination.province": "Bali"}` set one nested field.
"""

from __future__ import annotations

import datetime as dt
import itertools

from diklat_cli.models import Record

_ids = itertools.count(1)


def base_record_data() -> dict:
    """A complete, realistic record as plain data (the SCHEMA.md example)."""
    return {
        "id": "rec-0001",
        "program": "Diklatpim III",
        "cohort": 3,
        "activity": "benchmarking",
        "participants": 30,
        "origin": {
            "institution": "Pemerintah Provinsi Lampung",
            "province": "Lampung",
            "regency": None,
        },
        "organizer": "Badan Diklat Provinsi Lampung",
        "destination": {
            "province": "Sulawesi Selatan",
            "regency": None,
            "host": "Pemerintah Provinsi Sulawesi Selatan",
        },
        "host_agencies": [
            "Dinas Pendapatan Daerah",
            "Badan Koordinasi Penanaman Modal (PTSP)",
            "Dinas Koperasi dan UMKM",
        ],
        "start_date": dt.date(2016, 8, 29),
        "end_date": dt.date(2016, 9, 2),
        "officials": [
            {"name": "Adriyana Umar", "title": "Kepala Badan Diklat Provinsi Lampung"},
        ],
        "source": {
            "outlet": "Antara Megapolitan",
            "reporter": "Humas Pemprov Lampung",
            "editor": "M. Tohamaksun",
            "dateline": "Makassar",
            "published": None,
            "title": None,
        },
        "provenance": {
            "file": "corpus/lampung-sulsel.txt",
            "url": "https://megapolitan.antaranews.com/berita/12345",
            "sha256": "ab" * 32,
            "imported_at": dt.datetime(2024, 5, 1, 10, 30, tzinfo=dt.timezone.utc),
            "extractor_version": "0.1.0",
        },
        "evidence": {"cohort": {"spans": [(120, 131)], "confidence": 0.9}},
        "manual": [],
        "also_reported_by": [],
    }


def make_record(**overrides) -> Record:
    """A valid Record; each call gets a fresh id unless `id` is given."""
    data = base_record_data()
    data["id"] = f"rec-{next(_ids):04d}"
    for key, value in overrides.items():
        if "." in key:
            outer, inner = key.split(".", 1)
            data[outer] = {**data[outer], inner: value}
        else:
            data[key] = value
    return Record.model_validate(data)
