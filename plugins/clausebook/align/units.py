"""The units each document offers for alignment: its clauses and windows of adjacent siblings.

One council writes as a paragraph what another writes as three list items or
table cells. Offering windows of 2-3 adjacent siblings (same parent, next to
each other) lets a paragraph match the items together; the selection step
keeps a window only when it beats every single clause it could have matched.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from clausebook.align.normalise import Vocabulary
from clausebook.align.prepare import Frame, Text, Unit, context_of, frame_of, is_title, join_texts, prepare_text
from clausebook.models import Clause, ParsedDocument

WINDOW_SIZES = (2, 3)
# A clause with fewer content words than this says too little to be aligned on its own.
MIN_CONTENT = 2
WINDOW_KINDS = frozenset({"paragraph", "item", "cell"})
UNINFORMATIVE = 0.5  # a heading word over more than this share of a document's clauses


@dataclass(frozen=True)
class DocumentUnits:
    """One document's alignable clauses and its windows."""

    document: str
    singles: tuple[Unit, ...]
    windows: tuple[Unit, ...]


def _runs(clauses: list[tuple[int, Clause, Text]]) -> list[list[tuple[int, Clause, Text]]]:
    """Maximal runs of adjacent alignable siblings (same parent, nothing between them)."""
    runs: list[list[tuple[int, Clause, Text]]] = []
    for entry in clauses:
        order, clause, text = entry
        previous = runs[-1][-1] if runs else None
        if (previous is not None and previous[1].parent == clause.parent and previous[0] + 1 == order
                and not text.title and clause.kind in WINDOW_KINDS):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return [run for run in runs if not run[0][2].title and run[0][1].kind in WINDOW_KINDS]


def _informative(contexts: dict[tuple[str, ...], frozenset[str]],
                 headings: list[tuple[str, ...]]) -> dict[tuple[str, ...], frozenset[str]]:
    """Heading words that stand over most of a document ("Principles:", the document's own
    title) say nothing about where a clause sits in it: they are dropped from its context."""
    spread: dict[str, int] = defaultdict(int)
    for heading in headings:
        for word in contexts[heading]:
            spread[word] += 1
    everywhere = {word for word, count in spread.items() if count > UNINFORMATIVE * len(headings)}
    return {heading: words - everywhere for heading, words in contexts.items()}


def document_units(parsed: ParsedDocument, vocabulary: Vocabulary) -> DocumentUnits:
    """Prepare every clause worth aligning, and the windows over its sibling runs."""
    entries: list[tuple[int, Clause, Text]] = []
    contexts: dict[tuple[str, ...], frozenset[str]] = {}
    for clause in parsed.clauses:
        if clause.heading not in contexts:
            contexts[clause.heading] = context_of(clause, vocabulary)
    contexts = _informative(contexts, [c.heading for c in parsed.clauses])
    by_id = {clause.id: clause for clause in parsed.clauses}
    frames: dict[str, Frame] = {}
    for order, clause in enumerate(parsed.clauses):
        text = prepare_text(clause.text, is_title(clause), vocabulary)
        if len(set(text.content)) >= MIN_CONTENT:
            entries.append((order, clause, text))
            frames[clause.id] = frame_of(clause, by_id.get(clause.parent or ""), vocabulary)
    singles = tuple(Unit((c.id,), c.document, order, text, contexts[c.heading], frames[c.id])
                    for order, c, text in entries)
    windows: list[Unit] = []
    for run in _runs(entries):
        for size in WINDOW_SIZES:
            for start in range(len(run) - size + 1):
                part = run[start:start + size]
                windows.append(Unit(tuple(c.id for _, c, _ in part), parsed.document.id, part[0][0],
                                    join_texts([t for _, _, t in part]), contexts[part[0][1].heading],
                                    frames[part[0][1].id]))
    return DocumentUnits(parsed.document.id, singles, tuple(windows))
