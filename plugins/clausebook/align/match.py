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

MUTUAL = 0.40
ONE_SIDED = 0.50
STRONG = 0.60
MARGIN = 0.05
WINDOW_RATIO = 1.5  # windows are tried only for a clause this many times longer than its candidate
EQUIVALENT = 0.55  # at least this, and each side covers half the other: "equivalent", else "partial"
EQUIVALENT_COVER = 0.5
# A clause keeps at most this many links (a corpus of hundreds of councils would otherwise show hundreds).
MAX_LINKS = 16


@dataclass(frozen=True)
class Pair:
    """A scored, directed pair: clause ``a`` and one of its candidates ``b`` in another document."""

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


def best_by_document(pairs: list[Pair]) -> dict[tuple[str, str], Pair]:
    """For each clause and each other document, its best candidate there (ties: earlier clause)."""
    best: dict[tuple[str, str], Pair] = {}
    for pair in pairs:
        slot = (pair.a.clauses[0], pair.b.document)
        current = best.get(slot)
        if current is None or (-pair.score.value, pair.b.order) < (-current.score.value, current.b.order):
            best[slot] = pair
    return best


def kind_of(score: Score) -> str:
    if score.value >= EQUIVALENT and min(score.cover_a, score.cover_b) >= EQUIVALENT_COVER:
        return "equivalent"
    return "partial"


def _is_best(best: dict[tuple[str, str], Pair], own: Unit, other: Unit) -> bool:
    found = best.get((own.clauses[0], other.document))
    return found is not None and found.b.clauses == other.clauses


def single_matches(pairs: list[Pair], best: dict[tuple[str, str], Pair]) -> list[Match]:
    """Mutual-best pairs above ``MUTUAL``, one-sided best above ``ONE_SIDED``, any pair above ``STRONG``."""
    matches = []
    for pair in pairs:
        forward, backward = _is_best(best, pair.a, pair.b), _is_best(best, pair.b, pair.a)
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
    for pair in pairs:  # a window joins shorter clauses to meet a longer one
        if len(pair.a.text.content) >= WINDOW_RATIO * len(pair.b.text.content):
            touched[(pair.a.clauses[0], pair.b.document)].add(pair.b.clauses[0])
    matches: list[Match] = []
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
        if all(_is_best(best, singles[member], unit) for member in window.clauses):
            matches.extend(Match(unit, singles[member], score, "partial") for member in window.clauses)
    return matches
