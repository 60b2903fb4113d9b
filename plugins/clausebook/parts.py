"""Which part of a document each clause sits in, and what kind of text that part is.

A committee report that carries a draft protocol is one document with two
parts; its front matter gives each part its own kind. A reference in one
part never resolves into the other (their paragraphs are numbered apart),
pages that cite "protocol clauses" (the quick sheet, the Nolan annex) need
the part's kind, not the document's, and a report's list of what a protocol
should cover is not itself protocol text for the topics.
"""

from __future__ import annotations

from clausebook.models import Clause, Corpus, ParsedDocument


def part_of(parsed: ParsedDocument) -> dict[str, str | None]:
    """Clause id -> id of the part clause it sits in (None in a single-part document).

    A committee report and the draft it carries number their paragraphs
    separately, so a reference in one never resolves into the other.
    """
    by_id = parsed.by_id()
    parts: dict[str, str | None] = {}
    for clause in parsed.clauses:
        node: Clause | None = clause
        while node is not None and node.kind != "part":
            node = by_id.get(node.parent or "")
        parts[clause.id] = node.id if node else None
    return parts


def clause_kinds(corpus: Corpus) -> dict[str, str]:
    """Clause id -> the kind of the part it sits in, else of its document."""
    kinds: dict[str, str] = {}
    for parsed in corpus.documents:
        meta = parsed.document.meta
        part_kinds = {f"{parsed.document.id}--{part.get('id')}": part.get("kind") for part in meta.get("parts") or []}
        parts = part_of(parsed) if part_kinds else {}
        for clause in parsed.clauses:
            kinds[clause.id] = str(part_kinds.get(parts.get(clause.id) or "") or meta.get("kind"))
    return kinds
