"""Does extraction survive wording it was not written against? (issue 11, families 1 and 3-8, trips abroad)

The mini-articles in tests/wording_cases.py are our own words, several wordings per family; each
expected visit names the fields a user checks. A case extraction should not get is listed in
UNDECIDED with its reason and runs as a strict xfail. `python -m tests.test_wordings` prints the pass
rate per family.
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.models import visit_json
from diklat_cli.sources import reader
from tests.scoring import field_agreement
from tests.wording_cases import CASES, KNOWN_GAPS, UNDECIDED, Case


def _extract(case: Case) -> list[dict]:
    article = reader.load_article(case.text.encode("utf-8"), f"{case.id}.txt")
    found = extract_text(article.text, published=article.published, title=article.title, outlet=article.outlet)
    return [visit_json(e.visit) for e in found]


def _nested(flat: dict) -> dict:
    """{"origin.province": x} as the record shape {"origin": {"province": x}} that the scorer reads."""
    out: dict = {}
    for path, value in flat.items():
        *parents, leaf = path.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return out


def _agree(path: str, got: dict, want: dict) -> float:
    return field_agreement(path, got, _nested(want))


def _pair(found: list[dict], expected: list[dict]) -> list[tuple[dict, dict]]:
    ranked = sorted(
        ((sum(_agree(f, p, g) for f in g), i, j) for i, p in enumerate(found) for j, g in enumerate(expected)),
        reverse=True,
    )
    used_f: set[int] = set()
    used_e: set[int] = set()
    pairs = []
    for _, i, j in ranked:
        if i not in used_f and j not in used_e:
            used_f.add(i)
            used_e.add(j)
            pairs.append((found[i], expected[j]))
    return pairs


def disagreements(case: Case) -> list[str]:
    """What a reader would correct in the records extracted from the case; empty when all agree."""
    found = _extract(case)
    problems = []
    if len(found) != len(case.expected):
        problems.append(f"{len(found)} visits found, {len(case.expected)} expected")
    for got, want in _pair(found, case.expected):
        for path in want:
            if _agree(path, got, want) < 1.0:
                value = got
                for part in path.split("."):
                    value = value.get(part) if isinstance(value, dict) else None
                problems.append(f"{path}: got {value!r}, want {want[path]!r}")
    return problems


def _param(case: Case):
    reason = UNDECIDED.get(case.id) or KNOWN_GAPS.get(case.id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_wording(case: Case):
    assert disagreements(case) == []


def test_every_family_has_five_wordings():
    counts = Counter(c.family for c in CASES)
    assert all(n >= 5 for family, n in counts.items() if family != "abroad"), counts
    assert len(counts) >= 8


def test_undecided_cases_exist():
    ids = {c.id for c in CASES}
    assert set(UNDECIDED) <= ids
    assert set(KNOWN_GAPS) <= ids


def main() -> int:
    passed: Counter = Counter()
    total: Counter = Counter()
    for case in CASES:
        problems = disagreements(case)
        total[case.family] += 1
        passed[case.family] += not problems
        if problems and "-v" in sys.argv:
            print(f"FAIL {case.id}: {'; '.join(problems)}")
    for family in total:
        print(f"{family:14s} {passed[family]}/{total[family]}")
    print(f"{'all':14s} {sum(passed.values())}/{sum(total.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
