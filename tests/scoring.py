"""Score diklat's extraction against a corpus of articles with gold files (docs/schema.md, "Scoring").

A corpus folder holds `NAME.txt` (or `.html`) beside `NAME.json`, whose `visits` list is what a careful
reader records from the article. Each article is extracted in this process, through the same command
users run (`diklat extract --json`), and its visits are paired with the gold visits by best agreement:

- core fields (program, cohort, activity, participants, origin and destination province, dates, and the
  lokus as a set whose names match at a word-set similarity of 0.8) must agree exactly after folding case,
  spaces and punctuation;
- secondary fields (regencies, organizer, institutions, officials by name, the byline) match at a token-set
  similarity of 0.8, a body written in full with its abbreviation in brackets matching its short form;
- a visit found where the gold has none, or missed where it has one, is wrong on every field.

    python -m tests.scoring tests/corpus/field/tune [-v] [--json]

To see what a change of rules does article by article, save the visits before it and score against them
after it: `--save before.json`, change, `--against before.json` (how many articles changed, for the better
and for the worse; with `-v` their names — never ask that of the check half). `--reasons` counts, for
the articles where nothing was found, which test of extraction turned each away; `--losses` splits
what core falls short of 1.0 into missed visits, invented visits and wrong fields (counts only).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORE = (
    "program",
    "cohort",
    "activity",
    "participants",
    "origin.province",
    "destination.province",
    "start_date",
    "end_date",
    "host_agencies",
)
SECONDARY = (
    "origin.regency",
    "destination.regency",
    "organizer",
    "origin.institution",
    "destination.host",
    "officials",
    "source.outlet",
    "source.reporter",
    "source.editor",
    "source.dateline",
    "source.published",
    "source.title",
)
# compared as written: a number or a date is right or wrong, never "similar"
_EXACT = {"cohort", "participants", "start_date", "end_date", "source.published"}
_SIMILAR = 0.8
_EMPTY = (None, "", [])


def folded(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def word_overlap(a: str, b: str) -> float:
    """Dice coefficient of the two word sets."""
    words_a, words_b = set(folded(a).split()), set(folded(b).split())
    if not words_a and not words_b:
        return 1.0
    return 2 * len(words_a & words_b) / (len(words_a) + len(words_b))


def _readings(name: str) -> list[str]:
    """ "Badan X (BPSDM) Provinsi Y" also reads as "Badan X Provinsi Y" and "BPSDM Provinsi Y"."""
    out = [name]
    for m in re.finditer(r"\(([^()\s]{2,15})\)", name):
        out.append(name[: m.start()] + name[m.end() :])
        out.append(m.group(1) + name[m.end() :])
    return out


def same_name(a: str, b: str) -> bool:
    return max(word_overlap(x, y) for x in _readings(a) for y in _readings(b)) >= _SIMILAR


def value_at(visit: dict[str, Any], path: str) -> Any:
    current: Any = visit
    for part in path.split("."):
        if not isinstance(current, dict):
            return None
        current = current.get(part)
    return current


def set_agreement(pred: Iterable[Any], gold: Iterable[Any], key: Callable[[Any], Any] = lambda x: x) -> float:
    """F1 of two name lists, a predicted name counting when it matches an unused gold name."""
    found = [key(p) for p in pred or [] if key(p)]
    wanted = [key(g) for g in gold or [] if key(g)]
    if not found and not wanted:
        return 1.0
    if not found or not wanted:
        return 0.0
    unused, hits = list(wanted), 0
    for name in found:
        best = max(unused, key=lambda g: word_overlap(name, g), default=None)
        if best is not None and word_overlap(name, best) >= _SIMILAR:
            hits += 1
            unused.remove(best)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(wanted)
    return 2 * precision * recall / (precision + recall)


def _official_name(official: Any) -> Any:
    return official.get("name") if isinstance(official, dict) else official


def field_agreement(path: str, pred: dict[str, Any], gold: dict[str, Any]) -> float:
    got, want = value_at(pred, path), value_at(gold, path)
    if path == "host_agencies":
        return set_agreement(got, want)
    if path == "officials":
        return set_agreement(got, want, key=_official_name)
    if got in _EMPTY or want in _EMPTY:
        return 1.0 if got in _EMPTY and want in _EMPTY else 0.0
    if path in _EXACT:
        return 1.0 if str(got).strip() == str(want).strip() else 0.0
    if path in CORE:
        return 1.0 if folded(got) == folded(want) else 0.0
    return 1.0 if same_name(str(got), str(want)) else 0.0


def pair_visits(preds: list[dict], golds: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pairs by most core fields in agreement; then the predicted and the gold visits left over."""
    ranked = sorted(
        ((sum(field_agreement(f, p, g) for f in CORE), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)),
        reverse=True,
    )
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, i, j in ranked:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((preds[i], golds[j]))
    extra = [p for i, p in enumerate(preds) if i not in used_pred]
    missed = [g for j, g in enumerate(golds) if j not in used_gold]
    return pairs, extra, missed


@dataclass
class Figures:
    articles: int = 0
    no_visit_rejected: int = 0
    no_visit_articles: int = 0
    sums: dict[str, float] = field(default_factory=lambda: dict.fromkeys(CORE + SECONDARY, 0.0))
    slots: int = 0
    misses: list[str] = field(default_factory=list)
    # core points lost, by cause (a missed or invented visit loses every core field), and how many
    # articles had how many visits in the gold and in extraction: counts only, safe to ask of check
    lost: Counter[str] = field(default_factory=Counter)
    visit_counts: Counter[str] = field(default_factory=Counter)

    def add(self, name: str, preds: list[dict], golds: list[dict]) -> None:
        self.articles += 1
        if not golds:
            self.no_visit_articles += 1
            self.no_visit_rejected += not preds
        pairs, extra, missed = pair_visits(preds, golds)
        slots = [*pairs, *((None, g) for g in missed), *((p, None) for p in extra)]
        if preds or golds:
            self.visit_counts[f"{len(golds)} gold, {len(preds)} found"] += 1
        self.lost["missed, beside a visit found" if preds else "missed, nothing found"] += len(missed) * len(CORE)
        invented = "invented, beside a visit" if golds else "invented, in an article with none"
        self.lost[invented] += len(extra) * len(CORE)
        for pred, gold in pairs:
            for path in CORE:
                self.lost[f"field {path}"] += 1.0 - field_agreement(path, pred, gold)
        for pred, gold in slots:
            self.slots += 1
            for path in CORE + SECONDARY:
                agreement = field_agreement(path, pred, gold) if pred is not None and gold is not None else 0.0
                self.sums[path] += agreement
                if agreement < 1.0 and path in CORE:
                    got = json.dumps(value_at(pred or {}, path), ensure_ascii=False)
                    want = json.dumps(value_at(gold or {}, path), ensure_ascii=False)
                    self.misses.append(f"{name} {path}: got {got} want {want}")

    def accuracy(self, path: str) -> float:
        return self.sums[path] / self.slots if self.slots else 1.0

    @property
    def core(self) -> float:
        return sum(self.accuracy(f) for f in CORE) / len(CORE)

    @property
    def secondary(self) -> float:
        return sum(self.accuracy(f) for f in SECONDARY) / len(SECONDARY)

    def losses(self) -> dict[str, float]:
        """The share of all core points lost to each cause; they add up to 1 - core."""
        total = self.slots * len(CORE)
        return {cause: (n / total if total else 0.0) for cause, n in sorted(self.lost.items(), key=lambda kv: -kv[1])}

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "fields": {f: self.accuracy(f) for f in CORE + SECONDARY},
            "no_visit_rejected": [self.no_visit_rejected, self.no_visit_articles],
            "core": self.core,
            "secondary": self.secondary,
        }


def gold_visits(data: Any) -> list[dict]:
    visits = data.get("visits", []) if isinstance(data, dict) else data
    if not isinstance(visits, list):
        raise ValueError("expected a list of visits or {'visits': [...]}")
    return [v for v in visits if isinstance(v, dict)]


def corpus_articles(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.suffix in (".txt", ".html", ".htm") and p.with_suffix(".json").exists()
    )


def extract_in_process(path: Path) -> list[dict]:
    """What `diklat extract --json PATH` prints, run inside this process (the CLI's own code path)."""
    from typer.testing import CliRunner

    from diklat_cli.cli import app

    result = CliRunner().invoke(app, ["extract", "--json", str(path)], catch_exceptions=False)
    if result.exit_code != 0:
        raise RuntimeError(f"{path.name}: diklat extract exited {result.exit_code}: {result.output[-300:]}")
    return gold_visits(json.loads(result.stdout or "[]"))


def score_folder(
    folder: Path,
    extract: Callable[[Path], list[dict]] = extract_in_process,
    each: Callable[[str, list[dict], float], None] | None = None,
) -> Figures:
    """The folder's figures; `each` is told every article's name, visits found and core score."""
    figures = Figures()
    for path in corpus_articles(folder):
        gold = gold_visits(json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
        found = extract(path)
        figures.add(path.name, found, gold)
        if each is not None:
            alone = Figures()
            alone.add(path.name, found, gold)
            each(path.name, found, alone.core)
    return figures


@dataclass
class Saved:
    """Each article's visits and core score, keyed by folder and name, as `--save` writes them."""

    visits: dict[str, list[dict]] = field(default_factory=dict)
    core: dict[str, float] = field(default_factory=dict)

    def keep(self, folder: Path, name: str, visits: list[dict], core: float) -> None:
        key = f"{folder.name}/{name}"
        self.visits[key] = visits
        self.core[key] = core

    def to_json(self) -> str:
        return json.dumps({"visits": self.visits, "core": self.core}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def read(cls, path: Path) -> Saved:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["visits"], data["core"])


def changes(before: Saved, after: Saved) -> tuple[list[str], list[str], list[str]]:
    """The articles of both whose visits differ, those scoring higher after, those scoring lower."""
    common = sorted(set(before.visits) & set(after.visits))
    dumped = lambda saved, key: json.dumps(saved.visits[key], sort_keys=True)  # noqa: E731
    changed = [k for k in common if dumped(before, k) != dumped(after, k)]
    better = [k for k in changed if after.core[k] > before.core[k] + 1e-9]
    worse = [k for k in changed if after.core[k] < before.core[k] - 1e-9]
    return changed, better, worse


def no_visit_reasons(folder: Path) -> Counter[tuple[str, bool]]:
    """For the articles of which extraction makes no visit: how many each test of `extract.no_visit`
    turned away, keyed by (test, whether the gold has visits). Counts only, so it may be asked of the
    check half: it says which test misses visits of reports never read, not which reports."""
    from diklat_cli import ingest
    from diklat_cli.extract.no_visit import NoVisit

    counts: Counter[tuple[str, bool]] = Counter()
    for path in corpus_articles(folder):
        found = ingest.extract_one(str(path), max_bytes=10_000_000)
        if isinstance(found, NoVisit):
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            counts[(found.value, bool(gold_visits(gold)))] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.scoring", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every core field that disagrees")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--save", type=Path, metavar="FILE", help="write every article's visits and score to FILE")
    parser.add_argument(
        "--against", type=Path, metavar="FILE", help="count the articles whose visits differ from a --save FILE"
    )
    parser.add_argument(
        "--reasons",
        action="store_true",
        help="for the articles with no visit found, count the tests that found none (missed / rightly none)",
    )
    parser.add_argument(
        "--losses",
        action="store_true",
        help="split what core falls short of 1.0 into missed visits, invented visits and wrong fields (counts only)",
    )
    args = parser.parse_args(argv)
    try:
        before = Saved.read(args.against) if args.against else None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"cannot read {args.against}: {exc}", file=sys.stderr)
        return 2
    report: dict[str, Any] = {}
    saved = Saved()
    for folder in args.folders:
        if not folder.is_dir() or not corpus_articles(folder):
            print(f"no articles with gold files in {folder}", file=sys.stderr)
            return 2
        figures = score_folder(
            folder, each=lambda name, visits, core, folder=folder: saved.keep(folder, name, visits, core)
        )
        report[str(folder)] = figures.as_dict()
        if args.losses:
            report[str(folder)]["losses"] = figures.losses()
            report[str(folder)]["visit_counts"] = dict(figures.visit_counts)
        if args.reasons:
            reasons = no_visit_reasons(folder)
            report[str(folder)]["no_visit_reasons"] = [
                {"test": test, "gold_has_visits": missed, "articles": n}
                for (test, missed), n in sorted(reasons.items())
            ]
        if args.json:
            continue
        if args.reasons:
            for test in sorted({t for t, _ in reasons}):
                print(f"{folder}: no visit by {test}: {reasons[(test, True)]} missed, {reasons[(test, False)]} rightly")
        if args.verbose:
            print("\n".join(figures.misses))
        if args.losses:
            print(f"{folder}: core lost {1 - figures.core:.3f}, of it:")
            for cause, share in figures.losses().items():
                if share > 0:
                    print(f"  {cause:40} {share:.3f}")
            several: Counter[str] = Counter()
            for key, n in figures.visit_counts.items():
                gold, found = (int(part.split()[0]) for part in key.split(", "))
                if gold > 1:
                    several["fewer" if found < gold else "as many" if found == gold else "more"] += n
            print(
                f"  articles with several visits in the gold: {several.total()}; found fewer in "
                f"{several['fewer']}, as many in {several['as many']}, more in {several['more']}"
            )
        print(
            f"{folder}: articles {figures.articles}, no-visit rejected "
            f"{figures.no_visit_rejected}/{figures.no_visit_articles}, "
            f"core {figures.core:.3f}, secondary {figures.secondary:.3f}"
        )
    if args.save:
        args.save.write_text(saved.to_json(), encoding="utf-8")
    if before is not None:
        changed, better, worse = changes(before, saved)
        common = len(set(before.core) & set(saved.core))
        report["against"] = {"articles": common, "changed": changed, "better": better, "worse": worse}
        if not args.json:
            print(f"against {args.against}: articles {common}, changed {len(changed)}, ", end="")
            print(f"better {len(better)}, worse {len(worse)}")
            if args.verbose:
                print("\n".join([*(f"better {k}" for k in better), *(f"worse {k}" for k in worse)]))
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
