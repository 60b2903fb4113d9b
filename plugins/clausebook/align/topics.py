"""Topics: clauses grouped under the curated names of corpus/data/topics.yaml.

A clause belongs to the topic whose keywords it (and, at half weight, its
headings) uses most, weighted by rarity, read in its section: half the mean
scores of the clauses under the same headings are added to its own, so a
paragraph of "9 Press and Media" that speaks of accountability to the
electorate stays with media, while a clause clearly on something else
("must comply with the pre-election publicity code") keeps its own topic.
The alignment then helps: a clause
leans towards the topics of the clauses it is linked to, one step only (never
through a chain of links), so a clause worded unlike the keywords still joins
the topic of its equivalents. Each topic lists its clauses in corpus order,
which is what the coverage matrix needs: topics by documents, with a silent
cell wherever a document has none.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from clausebook.align.normalise import Vocabulary
from clausebook.align.prepare import Unit
from clausebook.align.score import Weights
from clausebook.models import Link, Topic

HEADING_SHARE = 0.5  # a keyword in the headings above a clause counts half
NEIGHBOUR_SHARE = 0.5  # the topic scores of linked clauses, times the link's score, count half
# A clause joins a topic only with at least this much keyword weight (about two telling words).
MIN_WEIGHT = 4.0
SECTION_SHARE = 0.5  # the mean keyword scores of a clause's section count half: a clause is read in its section


@dataclass(frozen=True)
class Seed:
    """One curated topic, its keywords folded like clause text."""

    id: str
    title: str
    description: str
    keywords: frozenset[str]
    headings: frozenset[str]


def _folded(phrases: list[Any], vocabulary: Vocabulary) -> frozenset[str]:
    return frozenset(t.key for p in phrases for t in vocabulary.tokens(str(p)) if vocabulary.is_content(t.key))


def load_seeds(table: Any, vocabulary: Vocabulary) -> list[Seed]:
    """The curated topics, in file order (the order that breaks ties)."""
    entries = (table or {}).get("topics") or [] if isinstance(table, dict) else []
    return [
        Seed(id=str(e["id"]), title=str(e["title"]), description=str(e.get("description") or ""),
             keywords=_folded(e.get("keywords") or [], vocabulary), headings=_folded(e.get("headings") or [], vocabulary))
        for e in entries
    ]


def _own_scores(unit: Unit, seeds: list[Seed], weights: Weights) -> dict[str, float]:
    words = set(unit.text.content)
    scores = {}
    for seed in seeds:
        value = weights.of(words & seed.keywords) + HEADING_SHARE * weights.of(unit.context & (seed.keywords | seed.headings))
        if value:
            scores[seed.id] = value
    return scores


def _in_context(own: dict[str, dict[str, float]], singles: dict[str, Unit]) -> dict[str, dict[str, float]]:
    """Each clause's scores plus SECTION_SHARE of the mean scores of the clauses under the same headings.

    A section is a document's clauses with the same heading words (those
    telling where a clause sits, see units.py); the mean, not the sum, so a
    long section pulls no harder than a short one.
    """
    sections: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for cid in own:
        sections[(singles[cid].document, *sorted(singles[cid].context))].append(cid)
    out = {}
    for members in sections.values():
        pooled: dict[str, float] = defaultdict(float)
        for cid in members:
            for topic, value in own[cid].items():
                pooled[topic] += value / len(members)
        for cid in members:
            total = defaultdict(float, own[cid])
            for topic, value in pooled.items():
                total[topic] += SECTION_SHARE * value
            out[cid] = dict(total)
    return out


def build_topics(singles: dict[str, Unit], links: tuple[Link, ...], seeds: list[Seed], weights: Weights,
                 corpus_order: dict[str, int]) -> tuple[Topic, ...]:
    """Assign each body clause to at most one topic; keep the topics that have clauses."""
    own = {cid: _own_scores(unit, seeds, weights) for cid, unit in singles.items() if not unit.text.title}
    own = _in_context(own, singles)
    neighbours: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for link in links:
        neighbours[link.a].append((link.b, link.score))
        neighbours[link.b].append((link.a, link.score))
    rank = {seed.id: index for index, seed in enumerate(seeds)}
    members: dict[str, list[str]] = defaultdict(list)
    for cid, scores in own.items():
        total = defaultdict(float, scores)
        for other, strength in neighbours.get(cid, ()):
            for topic, value in own.get(other, {}).items():
                total[topic] += NEIGHBOUR_SHARE * strength * value
        if not total:
            continue
        topic, value = min(total.items(), key=lambda item: (-item[1], rank[item[0]]))
        if value >= MIN_WEIGHT:
            members[topic].append(cid)
    return tuple(
        Topic(id=seed.id, title=seed.title, description=seed.description,
              clauses=tuple(sorted(members[seed.id], key=corpus_order.__getitem__)))
        for seed in seeds if members.get(seed.id)
    )
