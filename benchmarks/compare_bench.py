"""How long `compare` takes on two 200-clause versions (a figure to read, not a test).

The old version is built from real corpus paragraphs: 20 numbered sections of
9 paragraphs each (200 clauses with the section titles). The new version
renumbers everything after a new section 3, moves ten paragraphs to other
sections, rewords every seventh, splits five, merges five and deletes five:
the work a real revision asks of the matcher.

    .venv/bin/python benchmarks/compare_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from clausebook.compare import compare
from clausebook.models import Document, ParsedDocument
from clausebook.parse import parse_document
from clausebook.pipeline import parse_corpus

REPO = Path(__file__).resolve().parents[1]
SECTIONS, PER_SECTION = 20, 9
TITLES = ("Introduction", "Roles of Members", "Roles of Officers", "Mutual respect", "Personal relationships",
          "Support services", "Political groups", "The Cabinet", "Scrutiny", "Local members", "Media relations",
          "Correspondence", "Access to information", "Confidentiality", "Training", "Complaints",
          "Ceremonial events", "Pre-election period", "Arbitration", "Review of this protocol")


def corpus_paragraphs() -> list[str]:
    corpus = parse_corpus(REPO / "corpus")
    texts = sorted({c.text.strip() for c in corpus.clauses() if c.kind == "paragraph" and len(c.text.split()) >= 12})
    return texts


def as_document(doc_id: str, sections: list[tuple[str, list[str]]]) -> ParsedDocument:
    lines = [doc_id, ""]
    for s, (title, paragraphs) in enumerate(sections, start=1):
        lines += [f"{s}. {title}", ""]
        for p, text in enumerate(paragraphs, start=1):
            lines += [f"{s}.{p} {text}", ""]
    meta = {"id": doc_id, "title": doc_id, "kind": "protocol", "status": "draft"}
    return parse_document(Document(doc_id, f"{doc_id}.txt", meta, tuple(lines), 1, ""))


def reword(text: str, rng: random.Random) -> str:
    words = text.split()
    for _ in range(max(1, len(words) // 8)):
        words[rng.randrange(len(words))] = rng.choice(["must", "should", "councillors", "promptly", "in writing"])
    return " ".join(words)


def versions(seed: int = 5) -> tuple[ParsedDocument, ParsedDocument]:
    rng = random.Random(seed)
    pool = corpus_paragraphs()
    rng.shuffle(pool)
    while len(pool) < SECTIONS * PER_SECTION:
        pool += [reword(t, rng) for t in pool]
    old = [(TITLES[s], pool[s * PER_SECTION:(s + 1) * PER_SECTION]) for s in range(SECTIONS)]
    new = [(title, list(paragraphs)) for title, paragraphs in old]
    for s, (_, paragraphs) in enumerate(new):
        for p in range(len(paragraphs)):
            if (s * PER_SECTION + p) % 7 == 3:
                paragraphs[p] = reword(paragraphs[p], rng)
    for s in range(5):  # splits, merges, deletions in different sections
        first, *rest = new[s + 2][1][0].split(". ", 1)
        new[s + 2][1][0:1] = [first + "."] + rest
        merged = new[s + 8][1]
        merged[1:3] = [merged[1] + " " + merged[2]]
        del new[s + 13][1][4]
    for k in range(10):  # moves across sections
        paragraph = new[k][1].pop(5)
        new[19 - k][1].insert(2, paragraph)
    new.insert(2, ("A new section", ["Members and officers must use social media responsibly and never to "
                                     "criticise or undermine one another in public."]))
    return as_document("bench-old", old), as_document("bench-new", new)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    old, new = versions()
    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        comparison = compare(old, new)
        timings.append(time.perf_counter() - start)
    counts = {k: v for k, v in comparison.counts().items() if v}
    print(f"old: {len(old.clauses)} clauses, new: {len(new.clauses)} clauses")
    print(f"compare: median {statistics.median(timings) * 1000:.1f} ms, best {min(timings) * 1000:.1f} ms, "
          f"worst {max(timings) * 1000:.1f} ms over {args.repeat} runs")
    print("changes:", ", ".join(f"{v} {k}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
