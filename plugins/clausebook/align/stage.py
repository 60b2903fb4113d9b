"""The align stage: parsed corpus in, links and topics out.

normalise (synonyms table) -> units (clauses + windows) -> retrieve candidates
(inverted index) -> score (rapidfuzz, cached by content) -> match (mutual
best, strong, windows) -> links with evidence -> topics.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from clausebook.align.cache import ScoreCache
from clausebook.align.match import MAX_LINKS, Match, best_by_document, single_matches, window_matches
from clausebook.align.normalise import load_vocabulary
from clausebook.align.pairs import clause_pairs
from clausebook.align.prepare import Text, Unit
from clausebook.align.retrieve import candidates
from clausebook.align.score import Weights
from clausebook.align.scorer import Scorer
from clausebook.align.topics import build_topics, load_seeds
from clausebook.align.units import document_units
from clausebook.models import Alignment, Corpus, Link
from clausebook.parts import clause_kinds

# Windows are tried around pairs whose word bags overlap at least this much (a cached,
# corpus-independent figure, so an edit elsewhere never changes which windows are scored).
WINDOW_FLOOR = 0.2
# Evidence shown per link: the most telling shared words, rarest first.
SHARED_WORDS = 8
# A word in more than this share of the clauses ("members", "officers", "council") is the
# house vocabulary of every protocol: it tells a reader nothing about why two clauses match,
# so it is shown only when the two share nothing rarer.
HOUSE_WORDS = 0.15
REPORT_KIND = "committee-report"


@dataclass(frozen=True)
class AlignRun:
    """The stage's result and what it cost (the tests check the cache through ``computed``)."""

    alignment: Alignment
    computed: tuple[tuple[str, str], ...]  # text key pairs scored afresh
    scored: int  # text pairs looked at in all (fresh or cached)
    texts: int  # distinct clause texts (what retrieval indexes)


def _evidence(a: Text, b: Text, weights: Weights) -> tuple[str, ...]:
    """The content words both clauses use, as each printed them ("Members / councillors")."""
    left, right = a.printed, b.printed
    shared = sorted(set(a.content) & set(b.content), key=lambda t: (-weights.idf.get(t, weights.unseen), t))
    telling = [token for token in shared if weights.share(token) <= HOUSE_WORDS]
    shared = telling or shared
    words = []
    for token in shared[:SHARED_WORDS]:
        one, two = left[token], right[token]
        words.append(one if one.lower() == two.lower() else f"{one} / {two}")
    return tuple(words)


def _links(matches: list[Match], weights: Weights) -> tuple[Link, ...]:
    """One link per clause pair (the better of single and window), capped per clause, in a stable order."""
    chosen: dict[tuple[str, str], Match] = {}
    for match in matches:
        a, b = sorted((match.a, match.b), key=lambda u: u.clauses[0])
        key = (a.clauses[0], b.clauses[0])
        if key not in chosen or match.score.value > chosen[key].score.value:
            chosen[key] = Match(a, b, match.score, match.kind)
    per_clause: dict[str, int] = defaultdict(int)
    links = []
    for key, match in sorted(chosen.items(), key=lambda item: (-item[1].score.value, item[0])):
        if per_clause[key[0]] >= MAX_LINKS or per_clause[key[1]] >= MAX_LINKS:
            continue
        per_clause[key[0]] += 1
        per_clause[key[1]] += 1
        links.append(Link(a=key[0], b=key[1], score=round(min(1.0, match.score.value), 4), kind=match.kind,
                          shared=_evidence(match.a.text, match.b.text, weights)))
    return tuple(sorted(links, key=lambda link: (link.a, link.b)))


def run_alignment(corpus: Corpus, cache_dir: Path | None = None) -> AlignRun:
    """Align every document of the corpus with every other.

    The cyclic garbage collector is paused meanwhile: the stage allocates
    millions of small acyclic objects, and full collections over them made
    the cost grow faster than the corpus.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run_alignment(corpus, cache_dir)
    finally:
        if collecting:
            gc.enable()


def _run_alignment(corpus: Corpus, cache_dir: Path | None) -> AlignRun:
    councils = [parsed.document.meta.get("council") for parsed in corpus.documents]
    vocabulary = load_vocabulary(corpus.data.get("synonyms"), [c for c in councils if c])
    units = [document_units(parsed, vocabulary) for parsed in corpus.documents]
    singles = {u.clauses[0]: u for d in units for u in d.singles}
    texts = {u.text.key: u.text for u in singles.values()}
    weights = Weights.fit(texts.values())
    cache = ScoreCache.open(cache_dir)
    scorer = Scorer(cache, weights)

    pairs = clause_pairs(units, candidates(texts, weights), scorer)
    best = best_by_document(pairs)
    windows_of: dict[str, list[Unit]] = defaultdict(list)
    for document in units:
        for window in document.windows:
            for clause in window.clauses:
                windows_of[clause].append(window)
    worth = [p for p in pairs if cache.lexical(p.a.text, p.b.text).bag >= WINDOW_FLOOR]
    matches = single_matches(pairs, best) + window_matches(singles, windows_of, best, worth, scorer)
    links = _links(matches, weights)
    corpus_order = {c.id: index for index, c in enumerate(corpus.clauses())}
    kinds = clause_kinds(corpus)
    # A committee report's list of what a protocol should cover is not protocol text: counted in the
    # topics, it would mark its council as covering what only its committee asked for.
    rules = {cid: unit for cid, unit in singles.items() if kinds[cid] != REPORT_KIND}
    topics = build_topics(rules, links, load_seeds(corpus.data.get("topics"), vocabulary), weights, corpus_order)
    cache.save()
    return AlignRun(Alignment(links=links, topics=topics), tuple(cache.computed), len(cache.used), len(texts))


def align(corpus: Corpus, cache_dir: Path | None = None) -> Alignment:
    """The pipeline's align stage."""
    return run_alignment(corpus, cache_dir).alignment
