"""Cross-references a renumbering left behind: "see paragraph 10.1" when 10.1 is now 11.1.

A draft that inserts a section renumbers everything after it, and a clause
kept word for word may still cite the old numbers. Each reference the new
version inherited from its old clause (same kind, same number) is resolved
in both versions: when the old target went on under another number and the
cited number now means another clause, or nothing, the citation is stale.
"""

from __future__ import annotations

from clausebook.check.references import Resolution, resolve_references
from clausebook.compare.anchors import successors
from clausebook.compare.labels import label, number_of
from clausebook.compare.model import Comparison
from clausebook.models import ParsedDocument, Problem


def _resolved(parsed: ParsedDocument) -> dict[str, list[Resolution]]:
    """Each clause id -> its references, resolved within its own document."""
    found: dict[str, list[Resolution]] = {}
    for resolution in resolve_references(parsed, {parsed.document.id: parsed}):
        found.setdefault(resolution.reference.clause, []).append(resolution)
    return found


def stale_references(comparison: Comparison) -> list[Problem]:
    """A warning for each citation the new version kept whose target has moved on to another number.

    A version whose front matter says it ``refers_to`` another document (an aide-memoire citing the
    protocol's paragraphs) cites that document's numbers, which its own renumbering does not move.
    """
    if comparison.old.document.meta.get("refers_to") or comparison.new.document.meta.get("refers_to"):
        return []
    old_refs, new_refs = _resolved(comparison.old), _resolved(comparison.new)
    went = successors(comparison)
    problems = []
    for change in comparison.changes:
        cited_before = {(r.reference.kind, r.reference.target): r.target_clause
                        for clause in change.old for r in old_refs.get(clause.id, [])}
        for clause in change.new:
            for resolution in new_refs.get(clause.id, []):
                reference = resolution.reference
                old_target = cited_before.get((reference.kind, reference.target))
                if old_target is None:
                    continue
                fate, now = went[old_target]
                if fate.status == "removed":  # a saved link to it is led to its section; the clause itself is gone
                    became = "was removed"
                elif now is None or now.id == resolution.target_clause or number_of(now) == reference.target:
                    continue
                else:
                    became = f"is now {label(now)}"
                now_there = "another clause" if resolution.target_clause else "nothing"
                problems.append(Problem(
                    comparison.new.document.path, clause.lines[0],
                    f"{label(clause)} still cites {reference.kind} {reference.target}, but that clause {became} "
                    f"({reference.target} is now {now_there})", "warning", "reference-stale"))
    return problems
