"""The alignment layer as a reader meets it: each clause's equivalents, in words."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from clausebook.align.prepare import is_title
from clausebook.models import Alignment, Clause, Corpus, Link
from clausebook.render.markup import escape
from clausebook.render.names import citation
from clausebook.render.paths import clause_href

# Scores at or above this, for an "equivalent" link, mean the wording barely differs.
NEAR_IDENTICAL = 0.9
MAX_SHARED_WORDS = 12


def strength(link: Link, headings: bool = False) -> str:
    """A link's strength in the words the start page explains.

    Two headings (or lead-ins) are matched on their few words alone: "near-
    identical" under "2. Personal Relationships" would read as if the whole
    sections matched, so a heading's match says only that the headings agree.
    """
    if headings:
        return "same heading" if link.score >= NEAR_IDENTICAL else "similar heading"
    if link.kind == "partial":
        return "in part"
    return "near-identical" if link.score >= NEAR_IDENTICAL else "similar"


@dataclass(frozen=True)
class Equivalents:
    """Links indexed by clause, built once per render so lookups stay cheap."""

    corpus: Corpus
    clauses: dict[str, Clause]
    order: dict[str, int]
    links: dict[str, tuple[Link, ...]]

    @classmethod
    def of(cls, corpus: Corpus, alignment: Alignment) -> Equivalents:
        every = corpus.clauses()
        index: dict[str, list[Link]] = defaultdict(list)
        for link in alignment.links:
            index[link.a].append(link)
            index[link.b].append(link)
        return cls(corpus, {c.id: c for c in every}, {c.id: i for i, c in enumerate(every)},
                   {k: tuple(v) for k, v in index.items()})

    def of_clause(self, clause_id: str) -> list[tuple[Clause, Link]]:
        """The clauses linked to one clause, strongest first, then in corpus order."""
        found = []
        for link in self.links.get(clause_id, ()):
            other = link.b if link.a == clause_id else link.a
            if other in self.clauses:
                found.append((self.clauses[other], link))
        return sorted(found, key=lambda pair: (-pair[1].score, self.order[pair[0].id]))

    def item(self, page: str, clause: Clause, link: Link) -> str:
        """One Markdown list item: where, how strong, and the evidence a reader can check."""
        titles = is_title(clause) and is_title(self.clauses[link.a if link.b == clause.id else link.b])
        text = f"- [{escape(citation(self.corpus, clause))}]({clause_href(page, clause)}): {strength(link, titles)}"
        words = list(link.shared[:MAX_SHARED_WORDS])
        if not words:
            return text
        more = "…" if len(link.shared) > MAX_SHARED_WORDS else ""
        return f"{text}; shared words: {escape(', '.join(words))}{more}"

    def block(self, page: str, clause_id: str, heading: str = "Said elsewhere") -> str:
        """The equivalents of one clause as a labelled list, or "" when it has none."""
        found = self.of_clause(clause_id)
        if not found:
            return ""
        items = "\n".join(self.item(page, other, link) for other, link in found)
        return f'<div class="cb-equivalents" markdown="1">\n\n{heading}:\n\n{items}\n\n</div>'
