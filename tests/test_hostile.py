"""Issue 13, bounded work on hostile input: work is bounded by counting, never by timing."""

from __future__ import annotations

import random

import pytest

from diklat_cli.extract import agencies
from tests import hostile

# ---------------------------------------------------------------- near-linear steps


def _naive_unique_units(names: list[str]) -> list[str]:
    """unique_units as it was: every name against every kept one (the reference)."""
    kept: list[str] = []
    for name in names:
        same = next((i for i, k in enumerate(kept) if agencies.same_unit(name, k)), None)
        if same is None:
            kept.append(name)
        elif " " not in kept[same] and " " in name:
            kept[same] = name
    return kept


@pytest.mark.parametrize("count", [4_000, 10_000, 20_000])
def test_a_lokus_list_is_deduplicated_in_near_linear_work(count, monkeypatch):
    calls = 0
    real = agencies.same_unit

    def counting(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(agencies, "same_unit", counting)
    names = [f"Dinas {hostile._name(i)}" for i in range(count)]
    assert agencies.unique_units(names) == names
    assert calls <= 3 * count  # was count² / 2: 8 million comparisons for 4,000 names


def test_fast_deduplication_keeps_what_the_pairwise_one_kept():
    # acronyms and their full names in every order, repeated, with case and spacing changes
    rng = random.Random(13)
    expansions = list(agencies._expansions().items())[:40]
    pool = ["Dinas Kominfo", "Bappeda", "Badan Perencanaan Pembangunan Daerah", "BPBD", "bappeda", " Bappeda "]
    for short, full in expansions:
        pool += [short.upper(), full.title(), short]
    pool += ["Dinas Pendidikan dan Kebudayaan", "DPK", "Dinas Pariwisata", "DP", "dp", "Rumah Sakit Umum Daerah"]
    for _ in range(300):
        names = [rng.choice(pool) for _ in range(rng.randint(1, 25))]
        assert agencies.unique_units(names) == _naive_unique_units(names), names
