"""CPU seconds per article for extraction alone, in one process, beside reading the same articles.

    python bench/extract_cpu.py                      # 300 generated articles
    python bench/extract_cpu.py -n 1000 tests/corpus/field/tune tests/corpus/field/check

Start-up and pattern compilation are paid once before timing (`extract.warm.warm_up()`, as a
long import runs it before forking its workers, and a warm-up pass over the first articles),
so the figure is what each further article costs inside `diklat import`. The reference in the
same run is reading and cleaning the same bytes (`load_article`), which every import pays
before extraction. Each figure is the best of three passes over all the articles.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402  (bench/ is not a package)


def _best_cpu(work, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    from diklat_cli.extract import extract_text
    from diklat_cli.extract.warm import warm_up
    from diklat_cli.sources.reader import load_article

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", type=Path, nargs="*", help="more article folders (.txt/.html) to include")
    ap.add_argument("-n", type=int, default=300, help="generated articles (default 300)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        generate.generate(args.n, Path(tmp), seed=args.seed)
        paths = sorted(Path(tmp).iterdir())
        paths += [p for folder in args.folders for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".html")]
        raw = [(p.read_bytes(), p.name) for p in paths]

    articles = [load_article(data, name) for data, name in raw]
    warm_up()  # every pattern and data file built first, as a long import does before it forks its workers
    for article in articles[:20]:  # and a warm-up pass, as the import's first batch
        extract_text(article.text, published=article.published, title=article.title, outlet=article.outlet)

    def extract_all() -> None:
        for a in articles:
            extract_text(a.text, published=a.published, title=a.title, outlet=a.outlet)

    def read_all() -> None:
        for data, name in raw:
            load_article(data, name)

    extract_s, read_s = _best_cpu(extract_all), _best_cpu(read_all)
    n = len(articles)
    print(f"articles                        {n:>8,}")
    print(f"extraction, CPU ms per article  {1000 * extract_s / n:8.2f}")
    print(f"reference: reading and cleaning {1000 * read_s / n:8.2f}  (ms per article, same articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
