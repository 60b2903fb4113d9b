"""Where each clause of the previous version went: so a link saved to it can lead on.

A saved link names a clause id of the old version. Every old id gets the new
clause a reader should land on: its counterpart (the first part of a split),
or, for a removed clause, the counterpart of its nearest surviving section.
"""

from __future__ import annotations

from clausebook.compare.model import Change, Comparison
from clausebook.models import Clause


def successors(comparison: Comparison) -> dict[str, tuple[Change, Clause | None]]:
    """Each old clause id -> its change and the new clause a saved link should lead to.

    A removed clause leads to the new counterpart of its nearest surviving
    ancestor (its section), or nowhere when none survives.
    """
    by_old: dict[str, Change] = {c.id: change for change in comparison.changes for c in change.old}
    old_by_id = comparison.old.by_id()
    out: dict[str, tuple[Change, Clause | None]] = {}
    for clause in comparison.old.clauses:
        change = by_old[clause.id]
        target = change.new[0] if change.new else None
        ancestor = clause.parent
        while target is None and ancestor is not None:
            parent_change = by_old.get(ancestor)
            target = parent_change.new[0] if parent_change and parent_change.new else None
            ancestor = old_by_id[ancestor].parent if ancestor in old_by_id else None
        out[clause.id] = (change, target)
    return out


def successor_ids(comparison: Comparison) -> dict[str, str | None]:
    """Old clause id -> new clause id (or None), for the JSON output."""
    return {old_id: (target.id if target else None) for old_id, (_, target) in successors(comparison).items()}
