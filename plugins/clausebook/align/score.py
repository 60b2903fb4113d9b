"""How alike two units are: rapidfuzz word-level scorers plus IDF-weighted overlap.

Two parts, kept apart on purpose:

- ``lexical``: rapidfuzz scorers on the folded word lists (order-aware
  ``ratio``, bag-of-words ``ratio`` of the sorted lists, and the best
  sentence-to-sentence ``ratio``). They cost the most and depend only on the
  two texts, so they are what the cache stores.
- ``combine``: the IDF-weighted overlap of the content words (rare words are
  evidence, "council" and "officer" are not), which depends on the corpus and
  is cheap set arithmetic, and the guards that stop a scorer from misleading:
  a short clause whose words are a subset of a long one covers little of it,
  so its score is the overlap of the two, not the subset score.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from clausebook.align.prepare import Text

# A sentence shorter than this (in content words) is too thin to match on its own.
MIN_SENTENCE = 3
# A unit with fewer content words than this is scored with a penalty: two words in common prove little.
SHORT = 4
# Whole-clause score: IDF-weighted overlap, and rapidfuzz ratio with and without word order.
OVERLAP_SHARE, ORDER_SHARE, BAG_SHARE = 0.6, 0.2, 0.2
# A matching sentence inside a longer clause counts for this much of a whole-clause match.
SENTENCE_SHARE = 0.85


@dataclass(frozen=True)
class Lexical:
    """The rapidfuzz part of a score (0..1 each): depends on the two texts only."""

    ratio: float  # content words, order kept
    bag: float  # content words, order ignored
    sentence: float  # best pair of sentences, order kept
    wording: float  # titles only: every word, function words too, order kept (who expects what from whom)


def sentence_pairs(a: Text, b: Text) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Every pair of sentences, one from each text, long enough to match on its own."""
    rights = [s for s in b.sentences if len(s) >= MIN_SENTENCE]
    for left in a.sentences:
        if len(left) >= MIN_SENTENCE:
            for right in rights:
                yield left, right


def lexical(a: Text, b: Text) -> Lexical:
    """Run the rapidfuzz scorers on two prepared texts (lists of words, not characters)."""
    best = max((fuzz.ratio(left, right) for left, right in sentence_pairs(a, b)), default=0.0)
    return Lexical(
        ratio=fuzz.ratio(a.content, b.content) / 100,
        bag=fuzz.ratio(sorted(a.content), sorted(b.content)) / 100,
        sentence=best / 100,
        wording=fuzz.ratio(a.tokens, b.tokens) / 100 if a.title and b.title else 0.0,
    )


@dataclass(frozen=True)
class Weights:
    """Inverse document frequency of each token over the corpus's distinct texts."""

    idf: dict[str, float]
    unseen: float
    frequency: dict[str, int] = field(default_factory=dict)  # distinct texts using each token
    texts: int = 0  # how many distinct texts the figures come from
    bags: dict[tuple[str, ...] | frozenset[str], tuple[frozenset[str], float]] = field(
        default_factory=dict, compare=False, repr=False)  # memo: the same texts are compared many times

    @classmethod
    def fit(cls, texts: Iterable[Text]) -> Weights:
        frequency: Counter[str] = Counter()
        count = 0
        for text in texts:
            frequency.update(set(text.content))
            count += 1
        idf = {token: math.log((count + 1) / (df + 0.5)) for token, df in frequency.items()}
        return cls(idf=idf, unseen=math.log(count + 1) if count else 1.0, frequency=dict(frequency), texts=count)

    def share(self, token: str) -> float:
        """The share of the texts that use ``token`` (0 for a word never seen)."""
        return self.frequency.get(token, 0) / self.texts if self.texts else 0.0

    def of(self, tokens: Iterable[str]) -> float:
        idf, unseen = self.idf, self.unseen
        return sum([idf.get(t, unseen) for t in tokens])

    def bag(self, tokens: tuple[str, ...] | frozenset[str]) -> tuple[frozenset[str], float]:
        """The distinct tokens and their total weight."""
        found = self.bags.get(tokens)
        if found is None:
            words = frozenset(tokens)
            found = self.bags[tokens] = (words, self.of(words))
        return found


@dataclass(frozen=True)
class Score:
    """The verdict on one pair of units."""

    value: float  # 0..1
    cover_a: float  # share of a's weighted content found in b
    cover_b: float
    shared: frozenset[str]  # content tokens both use


def _overlap(a: tuple[str, ...] | frozenset[str], b: tuple[str, ...] | frozenset[str],
             weights: Weights) -> tuple[float, float, frozenset[str]]:
    (left, wa), (right, wb) = weights.bag(a), weights.bag(b)
    shared = left & right
    common = weights.of(shared) if shared else 0.0
    return (common / wa if wa else 0.0), (common / wb if wb else 0.0), shared


def _dice(cover_a: float, cover_b: float) -> float:
    return 2 * cover_a * cover_b / (cover_a + cover_b) if cover_a + cover_b else 0.0


def _best_sentences(a: Text, b: Text, weights: Weights) -> float:
    """The IDF-weighted overlap of the best-matching pair of sentences."""
    return max((_dice(*_overlap(left, right, weights)[:2]) for left, right in sentence_pairs(a, b)), default=0.0)


def context(a: frozenset[str], b: frozenset[str], weights: Weights) -> float | None:
    """How alike the headings above two clauses are (None when either has none)."""
    if not a or not b:
        return None
    return _dice(*_overlap(a, b, weights)[:2])


def combine(a: Text, b: Text, lex: Lexical, weights: Weights) -> Score:
    """One score from the scorers, with the guards that keep each honest."""
    cover_a, cover_b, shared = _overlap(a.content, b.content, weights)
    if a.title and b.title:  # a heading is its words in order: "Officers can expect from Members"
        return Score(value=min(lex.wording, _dice(cover_a, cover_b)), cover_a=cover_a, cover_b=cover_b,
                     shared=shared)
    whole = OVERLAP_SHARE * _dice(cover_a, cover_b) + ORDER_SHARE * lex.ratio + BAG_SHARE * lex.bag
    part = 0.0
    if len(a.sentences) > 1 or len(b.sentences) > 1:
        part = SENTENCE_SHARE * (0.7 * _best_sentences(a, b, weights) + 0.3 * lex.sentence)
    value = max(whole, part)
    shortest = min(len(set(a.content)), len(set(b.content)))
    if shortest < SHORT:
        value *= 0.5 + 0.5 * shortest / SHORT
    return Score(value=value, cover_a=cover_a, cover_b=cover_b, shared=shared)
