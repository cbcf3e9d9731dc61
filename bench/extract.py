"""The extraction benchmark: ``python -m bench.extract`` (see bench/README.md).

Extraction runs on one core over a generated corpus: the gold articles with
their numbers, weekdays and countries varied, as many as --articles asks.
Reports sentences per second and peak memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from pathlib import Path

from annotate.extract.candidates import find_candidates
from annotate.extract.sentences import sentences
from annotate.project import Source

HERE = Path(__file__).resolve().parent
TEXTS = [(HERE.parent / "tests" / "gold" / f"{name}.txt").read_text()
         for name in ("harbour", "quake", "chess")]
TEXTS.append((HERE.parent / "examples" / "tiangong-1" / "sources" / "tiangong-1.txt").read_text())
SWAPS = [("Monday", "Friday"), ("China", "Brazil"), ("Dutch", "Polish"), ("300", "412"),
         ("1,200", "3,450"), ("two", "seven"), ("Tuesday", "Sunday"), ("November", "March")]


def corpus(articles: int, seed: int = 11) -> list[str]:
    """``articles`` texts made from the gold articles with words swapped at random."""
    rng = random.Random(seed)
    out = []
    for number in range(articles):
        text = TEXTS[number % len(TEXTS)]
        for old, new in rng.sample(SWAPS, 3):
            text = text.replace(old, new)
        out.append(text)
    return out


def main() -> None:
    """Extract from every article, then print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=4000)
    args = parser.parse_args()
    texts = corpus(args.articles)
    count = sum(sum(1 for _ in sentences(text)) for text in texts)
    start = time.perf_counter()
    found = 0
    for number, text in enumerate(texts):
        source = Source(f"a{number}", Path(), {}, text, "0" * 64, "2011-09-28", text.isascii())
        found += len(find_candidates(source))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.articles:,} articles, {count:,} sentences, {found:,} candidates in "
          f"{seconds:.2f} s on one core: {count / seconds:,.0f} sentences/s "
          f"(needed: 200), peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
