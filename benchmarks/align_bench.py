"""Benchmark parse + align on synthetic corpora of growing size (a benchmark: it reports, never asserts).

For each size, benchmarks/synthetic.py writes a corpus of that many councils
(not timed); then a fresh Python process parses and aligns it with no score
cache (a cold build) and reports wall time and peak memory (ru_maxrss of that
process, so nothing of the previous size is counted). The growth columns
compare each size with the previous one: near-linear growth means time grows
about as fast as the number of councils.

    .venv/bin/python benchmarks/align_bench.py                 # 5, 50, 200, 400 councils
    .venv/bin/python benchmarks/align_bench.py --sizes 5 50    # a quick look
    .venv/bin/python benchmarks/align_bench.py --noise 0.5     # texts kept distinct: the stress case
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import generate  # noqa: E402  (a sibling script, not a package)

MEASURE = """
import json, resource, sys, time
from pathlib import Path
from clausebook.align import run_alignment
from clausebook.pipeline import parse_corpus

start = time.perf_counter()
corpus = parse_corpus(Path(sys.argv[1]))
parsed = time.perf_counter()
run = run_alignment(corpus, None)
done = time.perf_counter()
print(json.dumps({
    "documents": len(corpus.documents),
    "clauses": len(corpus.clauses()),
    "texts": run.texts,
    "pairs_scored": run.scored,
    "links": len(run.alignment.links),
    "topics": len(run.alignment.topics),
    "parse_s": parsed - start,
    "align_s": done - parsed,
    "total_s": done - start,
    "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def measure(corpus: Path) -> dict[str, float]:
    """Parse and align one corpus in a fresh interpreter; its figures."""
    result = subprocess.run([sys.executable, "-c", MEASURE, str(corpus)], check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 200, 400])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--noise", type=float, default=0.0,
                        help="share of lines given a foreign content word (distinct texts: the stress case)")
    args = parser.parse_args()
    header = (f"{'councils':>8} {'clauses':>8} {'texts':>7} {'pairs':>9} {'links':>8} {'parse s':>8} {'align s':>8} "
              f"{'total s':>8} {'peak MiB':>9} {'x time':>7} {'x councils':>10}")
    print(header)
    previous: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            corpus = generate(size, Path(folder) / f"corpus-{size}", args.seed, args.noise)
            row = measure(corpus)
            growth = (f"{row['total_s'] / previous[1]:7.1f} {size / previous[0]:10.1f}"
                      if previous else f"{'':>7} {'':>10}")
            print(f"{size:>8} {row['clauses']:>8} {row['texts']:>7} {row['pairs_scored']:>9} {row['links']:>8} {row['parse_s']:>8.2f} "
                  f"{row['align_s']:>8.2f} {row['total_s']:>8.2f} {row['peak_mib']:>9.0f} {growth}", flush=True)
            previous = (size, row["total_s"])


if __name__ == "__main__":
    main()
