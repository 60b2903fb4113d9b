"""Compare stage: two versions of a protocol, clause by clause, and a draft against its peers.

``compare(old, new)`` aligns the clauses of two ParsedDocuments whatever
their numbering and classifies every clause (model.STATUSES); the formats
(text, JSON, HTML) and the handbook's changes page all read the same
Comparison, so they never disagree.
"""

from clausebook.compare.classify import compare
from clausebook.compare.model import STATUSES, Change, Comparison, DiffOp

__all__ = ["STATUSES", "Change", "Comparison", "DiffOp", "compare"]
