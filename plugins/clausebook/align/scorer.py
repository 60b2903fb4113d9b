"""Scores of unit pairs for one run: rapidfuzz through the cache, IDF and headings from this corpus."""

from __future__ import annotations

from clausebook.align.cache import ScoreCache
from clausebook.align.prepare import Text, Unit
from clausebook.align.score import Score, Weights, combine, context

# Where a document put a clause is evidence too: two clauses under "Political Groups" and
# "Officers and Political Party Groups" are likelier the same rule than two that only share
# words. Heading agreement moves a score by at most half this, up or down.
CONTEXT_WEIGHT = 0.3
# Items of mirrored lists ("Members can expect from Officers" / "Officers can expect from
# Members") share their words but not their meaning: who owes what to whom is reversed.
MIRRORED = 0.3  # their score is multiplied by this


def _mirrored(a: Unit, b: Unit) -> bool:
    """From lists setting out different parties' duties (prepare.Frame.mirrors)."""
    return a.frame.mirrors(b.frame)


class Scorer:
    """Memoised scores: each distinct pair of texts (and of headings) is worked out once per run."""

    def __init__(self, cache: ScoreCache, weights: Weights) -> None:
        self.cache = cache
        self.weights = weights
        self.texts: dict[tuple[str, str], Score] = {}
        self.contexts: dict[tuple[frozenset[str], frozenset[str]], float | None] = {}

    def text(self, a: Text, b: Text) -> Score:
        key = (a.key, b.key)
        found = self.texts.get(key)
        if found is None:
            found = combine(a, b, self.cache.lexical(a, b), self.weights)
            self.texts[key] = found
        return found

    def __call__(self, a: Unit, b: Unit) -> Score:
        found = self.text(a.text, b.text)
        if a.text.title:
            if _mirrored(a, b):
                return Score(found.value * MIRRORED, found.cover_a, found.cover_b, found.shared)
            return found
        key = (a.context, b.context)
        if key not in self.contexts:
            self.contexts[key] = context(a.context, b.context, self.weights)
        agreement = self.contexts[key]
        value = found.value
        if agreement is not None:
            value += CONTEXT_WEIGHT * (agreement - 0.5)
        if _mirrored(a, b):
            value *= MIRRORED
        return Score(max(0.0, value), found.cover_a, found.cover_b, found.shared)
