"""Candidate retrieval: which texts are worth scoring against which, before any scoring.

Scoring every clause against every other is quadratic in the number of
councils. As text-reuse systems do (the Legislative Influence Detector,
passim), an inverted index of content words finds, for each distinct text,
the few others that share the most IDF-weighted words with it; only those
pairs are scored. Words used by more than ``COMMON`` of the distinct texts
("council", "officer") are left out of the index: they are evidence of
nothing and their posting lists are what would make the work quadratic.

Retrieval works on distinct texts, not clauses: a clause copied word for word
by forty councils is indexed and scored once.
"""

from __future__ import annotations

import heapq
from collections import defaultdict

from clausebook.align.prepare import Text
from clausebook.align.score import Weights

# Candidates kept per text: enough for every other document of a small corpus, bounded for a large one.
TOP = 60
# A word in more than this share of the distinct texts is not indexed.
COMMON = 0.05
# ... but a small corpus keeps its words: below this many texts, a share of them is a handful.
COMMON_FLOOR = 40


def candidates(texts: dict[str, Text], weights: Weights, top: int = TOP) -> dict[str, list[str]]:
    """For each text key, the keys of the texts sharing the most rare-word weight with it (symmetric)."""
    cap = max(COMMON_FLOOR, int(COMMON * len(texts)))
    postings: dict[str, list[str]] = defaultdict(list)
    for key in sorted(texts):
        for token in set(texts[key].content):
            postings[token].append(key)
    postings = {t: keys for t, keys in postings.items() if len(keys) <= cap}
    chosen: dict[str, set[str]] = defaultdict(set)
    for key in sorted(texts):
        shared: dict[str, float] = defaultdict(float)
        for token in set(texts[key].content):
            weight = weights.idf.get(token, weights.unseen)
            for other in postings.get(token, ()):
                if other != key:
                    shared[other] += weight
        best = heapq.nsmallest(top, shared.items(), key=lambda item: (-item[1], item[0]))
        for other, _ in best:
            chosen[key].add(other)
            chosen[other].add(key)
    return {key: sorted(others) for key, others in chosen.items()}
