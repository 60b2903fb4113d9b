"""The gap report as JSON (schema ``clausebook/gaps@1``): add fields freely, never rename them."""

from __future__ import annotations

import json
from typing import Any

from clausebook.compare.as_json import clause_entry
from clausebook.compare.labels import document_name
from clausebook.compare.gaps import ChecklistLine, GapReport
from clausebook.models import Clause

SCHEMA = "clausebook/gaps@1"


def _quoted(clause: Clause) -> dict[str, Any]:
    return {**clause_entry(clause), "document": clause.document, "heading": list(clause.heading), "text": clause.text}


def _line(line: ChecklistLine) -> dict[str, Any]:
    item = line.draft.item
    return {
        "id": item.id,
        "title": item.title,
        "committee_wording": item.committee_wording,
        "recognise": item.recognise,
        "status": line.draft.status,
        "where": [_quoted(c) for c in line.draft.where],
        "peers": [{"document": p.peer.document.id, "status": p.coverage.status,
                   "clauses": [_quoted(c) for c in p.coverage.where]} for p in line.peers],
    }


def gaps_json(report: GapReport) -> dict[str, Any]:
    checklist = report.checklist
    return {
        "schema": SCHEMA,
        "draft": {"id": report.draft_id, "document": report.draft.document.id, "title": report.title,
                  "clauses": len(report.draft.clauses)},
        "peers": [{"id": p.document.id, "name": document_name(p), "title": p.document.title} for p in report.peers],
        "checklist": None if checklist is None else {
            "title": checklist.title,
            "cited_as": checklist.cited_as,
            "items": [_line(line) for line in report.lines],
        },
        "topics": {
            "available": report.topics_available,
            "shared": report.topics_shared,
            "gaps": [{"id": g.topic.id, "title": g.topic.title, "peers": list(g.peers),
                      "clauses": [_quoted(c) for c in g.clauses]} for g in report.gaps],
        },
        "problems": [str(p) for p in report.problems],
    }


def to_json(report: GapReport) -> str:
    return json.dumps(gaps_json(report), indent=1, ensure_ascii=False) + "\n"
