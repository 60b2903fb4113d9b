"""Which scored pairs become links: mutual best per pair of documents, strong pairs, windows.

- Per pair of documents, a clause links to its best counterpart there when
  that counterpart's best is the clause in return (mutual best) and the score
  clears ``MUTUAL``. Mutual best is what keeps a generic sentence from
  linking to everything that shares its house words.
- A pair scoring at least ``STRONG`` links even when not mutual best: a
  council that repeats a clause in two places has two true equivalents.
- A window of 2-3 adjacent clauses links to all its clauses when it beats the
  best single clause by ``MARGIN`` and each of its clauses, seen from the
  other side, has the windowed clause as its own best (split clauses).
- Across more than two documents, links are the union of these per-pair
  links: never connected components, which would chain unrelated clauses
  through a middle one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from clausebook.align.prepare import Unit
from clausebook.align.score import Score

MUTUAL = 0.35
ONE_SIDED = 0.45
STRONG = 0.60
MARGIN = 0.05
EQUIVALENT = 0.55  # at least this, and each side covers half the other: "equivalent", else "partial"
EQUIVALENT_COVER = 0.5
# A clause keeps at most this many links (a corpus of hundreds of councils would otherwise show hundreds).
MAX_LINKS = 40


@dataclass(frozen=True)
class Pair:
    """A scored pair of single clauses of different documents."""

    a: Unit
    b: Unit
    score: Score


@dataclass(frozen=True)
class Match:
    """A decided link, before it becomes a models.Link."""

    a: Unit
    b: Unit
    score: Score
    kind: str


def _rank(pair_score: float, unit: Unit) -> tuple[float, int]:
    return (-pair_score, unit.order)


def best_by_document(pairs: list[Pair]) -> dict[tuple[str, str], Pair]:
    """For each clause and each other document, its best-scoring pair there (ties: earlier clause)."""
    best: dict[tuple[str, str], Pair] = {}
    for pair in pairs:
        for own, other in ((pair.a, pair.b), (pair.b, pair.a)):
            slot = (own.clauses[0], other.document)
            current = best.get(slot)
            if current is None:
                best[slot] = pair
                continue
            current_other = current.b if current.a is own else current.a
            if _rank(pair.score.value, other) < _rank(current.score.value, current_other):
                best[slot] = pair
    return best


def kind_of(score: Score) -> str:
    if score.value >= EQUIVALENT and min(score.cover_a, score.cover_b) >= EQUIVALENT_COVER:
        return "equivalent"
    return "partial"


def single_matches(pairs: list[Pair], best: dict[tuple[str, str], Pair]) -> list[Match]:
    """Mutual-best pairs above ``MUTUAL`` and every pair above ``STRONG``."""
    matches = []
    for pair in pairs:
        forward = best[(pair.a.clauses[0], pair.b.document)] is pair
        backward = best[(pair.b.clauses[0], pair.a.document)] is pair
        value = pair.score.value
        if (forward and backward and value >= MUTUAL) or ((forward or backward) and value >= ONE_SIDED) \
                or value >= STRONG:
            matches.append(Match(pair.a, pair.b, pair.score, kind_of(pair.score)))
    return matches


def window_matches(
    singles: dict[str, Unit],
    windows_of: dict[str, list[Unit]],
    best: dict[tuple[str, str], Pair],
    pairs: list[Pair],
    score_window: Callable[[Unit, Unit], Score],
) -> list[Match]:
    """Split clauses: one clause against 2-3 adjacent clauses of another document."""
    touched: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pair in pairs:
        for own, other in ((pair.a, pair.b), (pair.b, pair.a)):
            touched[(own.clauses[0], other.document)].add(other.clauses[0])
    matches = []
    for (clause, document), near in sorted(touched.items()):
        single = best[(clause, document)]
        unit = singles[clause]
        options = {w.clauses: w for c in near for w in windows_of.get(c, ())}
        scored = sorted(((score_window(unit, w), w) for w in options.values()),
                        key=lambda item: (-item[0].value, item[1].order, len(item[1].clauses)))
        if not scored:
            continue
        score, window = scored[0]
        if score.value < max(MUTUAL, single.score.value + MARGIN):
            continue
        members_agree = all(
            (slot := best.get((member, unit.document))) is not None and unit in (slot.a, slot.b)
            for member in window.clauses
        )
        if members_agree:
            for member in window.clauses:
                matches.append(Match(unit, singles[member], score, "partial"))
    return matches
