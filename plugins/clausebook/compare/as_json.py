"""A comparison as JSON: one entry per change, every clause of both versions in exactly one.

Other tools read this, so it is versioned like the concordance export: add
fields freely, never rename them. ``old``/``new`` list every clause of the
change (two or more for a split or merge); ``old_id``/``new_id`` and the
numbers repeat the first of them for the common one-to-one case.
``clauses`` repeats the decisions once per clause of either version (its
status and its counterparts), for tools that look a clause up by id.
``successors`` maps every old clause id to the new clause id a saved link
should lead to (None when nothing survives).
"""

from __future__ import annotations

import json
from typing import Any

from clausebook.compare.anchors import successor_ids
from clausebook.compare.labels import label, number_of
from clausebook.compare.model import Change, Comparison
from clausebook.models import Clause, ParsedDocument

SCHEMA = "clausebook/comparison@1"


def _document(parsed: ParsedDocument) -> dict[str, Any]:
    document = parsed.document
    return {"id": document.id, "title": document.title, "path": document.path,
            "status": document.meta.get("status"), "clauses": len(parsed.clauses)}


def clause_entry(clause: Clause) -> dict[str, Any]:
    """A clause as every JSON output names it."""
    return {"id": clause.id, "number": number_of(clause), "printed": clause.number, "label": label(clause),
            "kind": clause.kind, "parent": clause.parent, "lines": list(clause.lines)}


def change_entry(change: Change) -> dict[str, Any]:
    first_old = change.old[0] if change.old else None
    first_new = change.new[0] if change.new else None
    return {
        "status": change.status,
        "old_id": first_old.id if first_old else None,
        "old_number": number_of(first_old) if first_old else None,
        "new_id": first_new.id if first_new else None,
        "new_number": number_of(first_new) if first_new else None,
        "old": [clause_entry(c) for c in change.old],
        "new": [clause_entry(c) for c in change.new],
        "similarity": change.similarity,
        "renumbered": change.renumbered,
        "moved": change.moved,
        "reworded": change.reworded,
        "sense": list(change.sense),
        "diff": [{"op": run.op, "text": run.text} for run in change.diff],
    }


def clause_index(comparison: Comparison) -> list[dict[str, Any]]:
    """One entry per clause of either version: its status and its counterparts on the other side."""
    out = []
    for change in comparison.changes:
        for version, mine, theirs in (("old", change.old, change.new), ("new", change.new, change.old)):
            out += [{"version": version, "id": c.id, "number": number_of(c), "status": change.status,
                     "counterparts": [o.id for o in theirs], "similarity": change.similarity} for c in mine]
    return out


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "old": _document(comparison.old),
        "new": _document(comparison.new),
        "counts": comparison.counts(),
        "details": [{"name": d.name, "old": d.old, "new": d.new} for d in comparison.details],
        "changes": [change_entry(change) for change in comparison.changes],
        "clauses": clause_index(comparison),
        "successors": successor_ids(comparison),
    }


def to_json(comparison: Comparison) -> str:
    return json.dumps(comparison_json(comparison), indent=1, ensure_ascii=False) + "\n"
