"""Gather every finding about a corpus as Problem values, for ``clausebook check``."""

from __future__ import annotations

import datetime as dt

from clausebook.check.coverage import uncovered_lines
from clausebook.check.numbering import numbering_problems
from clausebook.check.references import resolve_references
from clausebook.models import Corpus, ParsedDocument, Problem
from clausebook.read.frontmatter import DATE


def _reference_problems(parsed: ParsedDocument, corpus: Corpus) -> list[Problem]:
    documents = {p.document.id: p for p in corpus.documents}
    clauses = parsed.by_id()
    problems = []
    for resolution in resolve_references(parsed, documents):
        if resolution.target_clause is None:
            reference = resolution.reference
            clause = clauses[reference.clause]
            where = parsed.document.meta.get("refers_to") or "this document"
            problems.append(Problem(parsed.document.path, clause.lines[0],
                                    f"reference '{reference.text}' resolves to nothing in {where}",
                                    "warning", "reference-unresolved"))
    return problems


def _empty_clauses(parsed: ParsedDocument) -> list[Problem]:
    parents = {c.parent for c in parsed.clauses}
    return [Problem(parsed.document.path, c.lines[0], f"clause {c.number or c.label} is empty", "warning", "clause-empty")
            for c in parsed.clauses if not c.text and c.id not in parents]


def _uncovered(parsed: ParsedDocument) -> list[Problem]:
    return [Problem(parsed.document.path, line, "line is in no clause and not in the residue (parser defect)",
                    "error", "coverage") for line in uncovered_lines(parsed)]


def _review_overdue(parsed: ParsedDocument, today: dt.date) -> list[Problem]:
    """A protocol past its review date is worth a warning to the officer who publishes it."""
    due = (parsed.document.meta.get("dates") or {}).get("review_due")
    match = DATE.match(str(due or ""))
    if not match:
        return []
    year, month = int(match.group(1)), int(match.group(2) or 12)
    if (year, month) < (today.year, today.month):
        return [Problem(parsed.document.path, None, f"review was due {due}", "warning", "front-matter")]
    return []


def lint(corpus: Corpus, today: dt.date | None = None) -> list[Problem]:
    """All problems: reading errors first, then each document's findings."""
    today = today or dt.date.today()
    problems = list(corpus.problems)
    for parsed in corpus.documents:
        problems += numbering_problems(parsed)
        problems += _reference_problems(parsed, corpus)
        problems += _empty_clauses(parsed)
        problems += _uncovered(parsed)
        problems += _review_overdue(parsed, today)
    return problems
