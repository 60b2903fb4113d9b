"""Which clauses each clause is scored against: its retrieved texts, expanded to clauses, bounded.

Retrieval works on distinct texts; a text copied by forty councils stands for
forty clauses. Each clause is compared with at most ``PER_DOCUMENT`` clauses
in each of at most ``DOCUMENTS`` other documents (the nearest in corpus
order): in a corpus of a few councils that is every document, in one of
hundreds it keeps the work, and the links, per clause bounded, so the cost
grows with the number of clauses and not its square.

Within a document, candidates are ranked by the bag-of-words ``ratio`` of
the two texts: a figure of the two texts alone (cached, no corpus statistics),
so an edit to one document never changes which clauses of the others are
compared, and the score cache stays valid for them.
"""

from __future__ import annotations

from collections import defaultdict

from clausebook.align.match import Pair
from clausebook.align.prepare import Unit
from clausebook.align.scorer import Scorer
from clausebook.align.units import DocumentUnits

PER_DOCUMENT = 5
DOCUMENTS = 8


def _nearest_documents(count: int, position: int, limit: int) -> list[int]:
    """Positions of the ``limit`` documents nearest ``position`` (ties: the earlier one)."""
    order = sorted((abs(other - position), other) for other in range(count) if other != position)
    return [other for _, other in order[:limit]]


def clause_pairs(units: list[DocumentUnits], near: dict[str, list[str]], scorer: Scorer) -> list[Pair]:
    """Directed pairs (clause, candidate): each clause's own view of its candidates."""
    position = {document.document: index for index, document in enumerate(units)}
    holders: dict[str, dict[int, list[Unit]]] = defaultdict(lambda: defaultdict(list))
    texts = {}
    for document in units:
        for unit in document.singles:
            holders[unit.text.key][position[unit.document]].append(unit)
            texts[unit.text.key] = unit.text
    ranked: dict[str, list[str]] = {}
    pairs: list[Pair] = []
    for document in units:
        here = position[document.document]
        nearest = _nearest_documents(len(units), here, DOCUMENTS)
        wanted = set(nearest)
        for unit in document.singles:
            key = unit.text.key
            if key not in ranked:  # best bag-of-words match first: a figure of the two texts alone
                options = [*near.get(key, ()), key]
                bags = {other: scorer.cache.lexical(unit.text, texts[other]).bag for other in options}
                ranked[key] = sorted(options, key=lambda other: (-bags[other], other))
            taken: dict[int, int] = defaultdict(int)
            full = 0
            for other in ranked[key]:
                held = holders[other]
                places = [p for p in held if p in wanted] if len(held) <= len(nearest) else \
                    [p for p in nearest if p in held]
                for there in places:
                    for candidate in held[there]:
                        if taken[there] >= PER_DOCUMENT or candidate.text.title != unit.text.title:
                            continue
                        pairs.append(Pair(unit, candidate, scorer(unit, candidate)))
                        taken[there] += 1
                        full += taken[there] == PER_DOCUMENT
                if full == len(nearest):
                    break
    return pairs
