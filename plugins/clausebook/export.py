"""The concordance export: a versioned JSON contract other tools read.

Schema ``clausebook/concordance@1`` (documented in docs/concordance.md):
fields may be added, never renamed. Output is deterministic (sorted keys,
stable order) so two exports of the same corpus are byte-identical.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from clausebook.models import Clause, ParsedDocument
from clausebook.pipeline import Build

SCHEMA = "clausebook/concordance@1"


def _document(parsed: ParsedDocument) -> dict[str, Any]:
    meta = parsed.document.meta
    return {
        "id": parsed.document.id,
        "title": parsed.document.title,
        "council": meta.get("council"),
        "council_note": meta.get("council_note"),
        "council_type": meta.get("council_type"),
        "kind": meta.get("kind"),
        "status": meta.get("status"),
        "dates": meta.get("dates") or {},
        "source": meta.get("source") or {},
        "parts": meta.get("parts") or [],
        "supersedes": meta.get("supersedes"),
        "path": parsed.document.path,
        "clause_count": len(parsed.clauses),
    }


def _clause(clause: Clause) -> dict[str, Any]:
    return {
        "id": clause.id,
        "document": clause.document,
        "label": clause.label,
        "kind": clause.kind,
        "number": clause.number,
        "normalised_number": clause.normalised_number,
        "parent": clause.parent,
        "heading": list(clause.heading),
        "text": clause.text,
        "lines": list(clause.lines),
        "column": clause.column,
        "row": clause.row,
        "table": clause.table,
    }


def concordance(build: Build) -> dict[str, Any]:
    """The export as plain data."""
    documents = build.corpus.documents
    return {
        "schema": SCHEMA,
        "documents": [_document(p) for p in documents],
        "clauses": [_clause(c) for p in documents for c in p.clauses],
        "links": [
            {"a": link.a, "b": link.b, "score": round(link.score, 4), "kind": link.kind, "shared": list(link.shared)}
            for link in build.alignment.links
        ],
        "topics": [asdict(topic) | {"clauses": list(topic.clauses)} for topic in build.alignment.topics],
        "residue": [
            {"document": r.document, "lines": list(r.lines), "reason": r.reason, "text": r.text}
            for p in documents for r in p.residue
        ],
    }


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
