"""Candidate retrieval: which texts are worth scoring against which, before any scoring.

Scoring every clause against every other is quadratic in the number of
councils. As text-reuse systems do (the Legislative Influence Detector,
passim), an inverted index of content words finds, for each distinct text,
the others that share at least ``MIN_SHARED`` of its indexed words (all of
them, for a text with fewer), at most ``TOP`` of them, those sharing the most
first; only those pairs are scored. The test is local to the two texts, so
editing one document cannot bring new pairs of untouched documents into
play (until a text has more than ``TOP`` candidates). Words used by more than ``COMMON`` of the distinct texts
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

# Indexed words two texts must share to be compared.
MIN_SHARED = 2
# Candidates kept per text: all of them in a small corpus, a bounded number in a large one.
TOP = 120
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
        indexed = [t for t in set(texts[key].content) if t in postings]
        needed = min(MIN_SHARED, len(indexed))
        shared: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
        for token in indexed:
            weight = weights.idf.get(token, weights.unseen)
            for other in postings[token]:
                if other != key:
                    tally = shared[other]
                    tally[0] += 1
                    tally[1] += weight
        eligible = [(other, tally) for other, tally in shared.items() if tally[0] >= needed]
        best = heapq.nsmallest(top, eligible, key=lambda item: (-item[1][0], -item[1][1], item[0]))
        for other, _ in best:
            chosen[key].add(other)
            chosen[other].add(key)
    return {key: sorted(others) for key, others in chosen.items()}
