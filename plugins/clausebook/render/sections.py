"""Find the sections of each document that deal with a subject, by their headings.

The start page sends a new councillor to "the roles" and "what to do when
things go wrong" in each council's own protocol.  Councils title those
sections differently ("When Things Go Wrong", "If things go wrong",
"Arbitration"), so a subject is a pattern over section and heading titles;
the patterns live beside the page that uses them.
"""

from __future__ import annotations

import re

from clausebook.models import Clause, Corpus

TITLE_KINDS = ("section", "heading")


def titled(corpus: Corpus, pattern: re.Pattern[str]) -> list[Clause]:
    """The first section or heading of each document whose title matches, in corpus order."""
    found = []
    for parsed in corpus.documents:
        for clause in parsed.clauses:
            if clause.kind in TITLE_KINDS and pattern.search(clause.text):
                found.append(clause)
                break
    return found

