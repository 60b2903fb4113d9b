"""A clause quoted on a page other than its own: a link to its anchor and a short excerpt.

The quick sheet, topic pages, the coverage matrix and the Nolan annex all
point readers at clauses that live on the document pages; they share this
one way of doing it, so a citation looks the same wherever it appears.
"""

from __future__ import annotations

from clausebook.models import Clause, Corpus
from clausebook.render.markup import escape
from clausebook.render.names import citation, clause_label
from clausebook.render.paths import clause_href

EXCERPT_WORDS = 28


def excerpt(clause: Clause, words: int = EXCERPT_WORDS) -> str:
    """The clause's first words as inert Markdown, marked when cut short."""
    found = clause.text.split()
    text = " ".join(found[:words])
    return escape(text) + ("…" if len(found) > words else "")


def link(corpus: Corpus, page: str, clause: Clause, with_document: bool = True) -> str:
    """A Markdown link to the clause's permanent anchor, named as a reader would cite it."""
    name = citation(corpus, clause) if with_document else clause_label(clause)
    return f"[{escape(name)}]({clause_href(page, clause)})"


def quoted(corpus: Corpus, page: str, clause: Clause, with_document: bool = True) -> str:
    """Link and excerpt together, e.g. for a list item: where it is, then what it says."""
    return f"{link(corpus, page, clause, with_document)}: {excerpt(clause)}"
