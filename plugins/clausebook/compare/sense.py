"""Edits that can turn a rule round while leaving nearly all its words in place.

"should not normally be copied" -> "should normally be copied" keeps 99% of
the words, and a committee reading "reworded, 99% similar" would pass it by.
A negation taken out or put in, or a duty ("must") traded for a permission
("may"), is named beside the similarity so the reader checks the sense.
"""

from __future__ import annotations

import re
from collections import Counter

from clausebook.compare.model import DiffOp

NEGATIONS = frozenset({"not", "no", "never", "none", "nor", "neither", "nothing", "cannot"})
DUTIES = frozenset({"must", "shall", "should", "will", "required", "expected"})
PERMISSIONS = frozenset({"may", "can", "could", "might"})
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def _words(diff: tuple[DiffOp, ...], op: str) -> Counter[str]:
    return Counter(word.lower().replace("\u2019", "'") for run in diff if run.op == op for word in _WORD.findall(run.text))


def _negation(word: str) -> bool:
    return word in NEGATIONS or word.endswith("n't")  # "don't", "mustn't", "won't"


def sense_changes(diff: tuple[DiffOp, ...]) -> tuple[str, ...]:
    """What in a redline may reverse the rule: "“not” taken out", "“must” became “may”"."""
    deleted, inserted = _words(diff, "delete"), _words(diff, "insert")
    out_only, in_only = deleted - inserted, inserted - deleted
    notes = [f"\u201c{word}\u201d taken out" for word in sorted(out_only) if _negation(word)]
    notes += [f"\u201c{word}\u201d put in" for word in sorted(in_only) if _negation(word)]
    # "must not disclose ... must share" -> "must disclose ... must not share": as many "not"s, two rules turned
    notes += [f"\u201c{word}\u201d moved" for word in sorted(set(deleted) & set(inserted)) if _negation(word)]
    for before, after in ((DUTIES, PERMISSIONS), (PERMISSIONS, DUTIES)):
        lost, gained = sorted(before & set(out_only)), sorted(after & set(in_only))
        if lost and gained:
            notes.append(f"\u201c{'/'.join(lost)}\u201d became \u201c{'/'.join(gained)}\u201d")
    return tuple(notes)
