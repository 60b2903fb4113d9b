"""Versions inside one corpus: each document that supersedes another, compared with it.

A document names the one it replaces with ``supersedes: <id>`` in its front
matter (the reader checks the id exists). The handbook shows each such pair
twice, on the new version's changes page and on the old version's own page,
from one Comparison (``pipeline.Build.comparisons`` computes it once).
"""

from __future__ import annotations

from clausebook.compare.classify import compare
from clausebook.compare.model import Comparison
from clausebook.models import Corpus, ParsedDocument


def versions(corpus: Corpus) -> list[tuple[ParsedDocument, ParsedDocument]]:
    """(previous, current) for every document that supersedes another in the corpus."""
    ids = {p.document.id: p for p in corpus.documents}
    return [(ids[p.document.meta["supersedes"]], p) for p in corpus.documents
            if p.document.meta.get("supersedes") in ids]


def comparisons(corpus: Corpus) -> tuple[Comparison, ...]:
    """Every version pair of the corpus compared, in corpus order of the newer document."""
    return tuple(compare(previous, current) for previous, current in versions(corpus))
