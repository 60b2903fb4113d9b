"""What a comparison produces: changes between two versions, clause by clause.

A Change groups the clauses of the old and new versions that correspond
(one to one, one to several for a split, several to one for a merge, or one
side empty for an added or removed clause) so every renderer (terminal,
JSON, HTML, site page) reads the same decisions and never re-derives them.
"""

from __future__ import annotations

from dataclasses import dataclass

from clausebook.models import Clause, ParsedDocument

# Every status a change can have, in the order a reader meets them in the docs.
STATUSES = (
    "unchanged",  # same words, same number, same place
    "renumbered",  # same words, same place, different number
    "reworded",  # different words, same place (the number may also differ)
    "moved",  # same words, another place (under another parent, or out of order among its siblings)
    "moved-and-reworded",  # different words and another place
    "split",  # one old clause became several new clauses (adjacent, or one part moved elsewhere)
    "merged",  # several old clauses became one new clause (adjacent, or one brought from elsewhere)
    "added",  # a new clause with no counterpart in the old version
    "removed",  # an old clause with no counterpart in the new version
)


@dataclass(frozen=True)
class DiffOp:
    """One run of a word-level redline: kept, deleted from the old or inserted in the new."""

    op: str  # "equal" | "delete" | "insert"
    text: str


@dataclass(frozen=True)
class Change:
    """The fate of one clause (or group of clauses) between two versions."""

    status: str
    old: tuple[Clause, ...]
    new: tuple[Clause, ...]
    similarity: float  # 0..1, word-level, of the old and new text (0 for added/removed)
    diff: tuple[DiffOp, ...]  # old text -> new text, word by word
    renumbered: bool = False  # printed number differs (also set on reworded and moved changes)
    moved: bool = False
    reworded: bool = False
    sense: tuple[str, ...] = ()  # edits that may reverse the rule ("\u201cnot\u201d taken out"): compare.sense


@dataclass(frozen=True)
class DetailChange:
    """A detail outside the clauses that differs ("status", "Purpose"); ``old`` or ``new`` is None
    where it is on one side only."""

    name: str
    old: str | None
    new: str | None
    diff: tuple[DiffOp, ...]  # old -> new, word by word


@dataclass(frozen=True)
class Comparison:
    """Two versions and every change between them, in the order of the new version."""

    old: ParsedDocument
    new: ParsedDocument
    changes: tuple[Change, ...]
    details: tuple[DetailChange, ...] = ()  # front matter and the details block: compare.details

    def counts(self) -> dict[str, int]:
        """How many changes of each status, every status listed (zeros included)."""
        counts = dict.fromkeys(STATUSES, 0)
        for change in self.changes:
            counts[change.status] += 1
        return counts
