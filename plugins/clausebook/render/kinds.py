"""What kind of text each clause is: protocol, aide-memoire or committee report.

A committee report that carries a draft protocol is one document with two
parts; its front matter gives each part its own kind.  Pages that cite
"protocol clauses" (the quick sheet, the Nolan annex) need the part's kind,
not the document's.
"""

from __future__ import annotations

from clausebook.check.references import part_of
from clausebook.models import Corpus


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
