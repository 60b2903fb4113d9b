"""The aide-memoire quick sheet: each point, and the protocol clauses that back it.

A point is backed, in this order, by the clauses its own cross-references
resolve to ("This Protocol (at paragraph 6.1)") and by the clauses the
alignment links it to (strongest first); while there is room, the other
documents' clauses on the same topic follow, said to be on its topic only.  Only protocol text backs a point: not
another aide-memoire, not a committee report's paragraphs about a draft.  At
most MAX_BACKING each, so the sheet fits on two sides of A4; the page is laid
out for printing: short, one list, no tables.
"""

from __future__ import annotations

from typing import Any, TypeGuard

from clausebook.models import Clause, ParsedDocument
from clausebook.render import cite, topics
from clausebook.render.crossrefs import clause_markdown, references
from clausebook.render.equivalents import Equivalents, strength
from clausebook.render.glossary import with_tooltips
from clausebook.parts import clause_kinds
from clausebook.render.markup import attr_list_value, escape, front_matter
from clausebook.render.names import clause_label, readable_title
from clausebook.render.paths import clause_href, document_page, href

PAGE = "quick-sheet.md"
KIND = "aide-memoire"
MAX_BACKING = 3


def aide_memoires(build: Any) -> list[ParsedDocument]:
    return [p for p in build.corpus.documents if p.document.meta.get("kind") == KIND]


class _Backing:
    """Finds, for each point, the protocol clauses that back it; built once per page."""

    def __init__(self, build: Any):
        self.build = build
        self.equivalents = Equivalents.of(build.corpus, build.alignment)
        self.refs = references(build)
        self.protocol = {c for c, kind in clause_kinds(build.corpus).items() if kind == "protocol"}

    def _link(self, clause: Clause) -> str:
        return cite.link(self.build.corpus, PAGE, clause)

    def _backs(self, other: Clause | None, point: Clause, seen: set[str]) -> TypeGuard[Clause]:
        """Protocol text in another document, not yet listed for this point."""
        return (other is not None and other.id not in seen and other.document != point.document
                and other.id in self.protocol)

    def _from_topics(self, point: Clause, seen: set[str], room: int) -> list[str]:
        """When the links leave room: the first clause of each other document in the point's topics.

        These share the point's subject, not necessarily its rule, so the sheet
        lists them as "see also", apart from the clauses that back the point.
        """
        found: list[str] = []
        used = 0
        for topic in self.build.alignment.topics:
            if point.id not in topic.clauses:
                continue
            documents: set[str] = set()
            added = []
            for clause_id in topic.clauses:
                other = self.equivalents.clauses.get(clause_id)
                if used >= room or not self._backs(other, point, seen) or other.document in documents:
                    continue
                documents.add(other.document)
                seen.add(other.id)
                added.append(self._link(other))
                used += 1
            if added:
                topic_link = f"[{escape(topic.title)}]({href(PAGE, topics.topic_page(topic))})"
                found.append(f"{', '.join(added)} ({topic_link})")
        return found

    def of(self, point: Clause) -> tuple[list[str], list[str]]:
        """Links to the clauses that back one point, each saying why, and those on its topic.

        Backing: what the point itself cites, then the clauses the alignment
        links it to (with their strength). Then, while there is room, clauses
        of other documents on the same topic, kept apart as "see also".
        """
        found: list[str] = []
        seen: set[str] = set()
        for resolution in self.refs.get(point.id, []):
            target = self.equivalents.clauses.get(resolution.target_clause or "")
            if self._backs(target, point, seen):
                seen.add(target.id)
                found.append(f"{self._link(target)} (cited)")
        for other, link in self.equivalents.of_clause(point.id):
            if len(found) < MAX_BACKING and self._backs(other, point, seen):
                seen.add(other.id)
                found.append(f"{self._link(other)} ({strength(link)})")
        related = self._from_topics(point, seen, MAX_BACKING - len(found)) if len(found) < MAX_BACKING else []
        return found, related

    def points(self, parsed: ParsedDocument) -> list[str]:
        """The aide-memoire's points as a list, its headings as headings."""
        out = []
        for clause in parsed.clauses:
            if clause.kind in ("part", "section", "heading"):
                out.append(f"\n## {escape(readable_title(clause.text))}\n")
                continue
            text = clause_markdown(clause, PAGE, self.refs.get(clause.id, []), self.equivalents.clauses)
            # Named apart: a screen reader's list of links shows sixteen "Source" links otherwise.
            named = attr_list_value(f"Source of this point: {clause_label(clause)} of the aide-memoire")
            source = f'[Source]({clause_href(PAGE, clause)}){{aria-label="{named}"}}'
            found, related = self.of(clause)
            said = ["Backed by: " + "; ".join(found) if found else "No protocol clause has been matched to this point"]
            if related:
                said.append("On the same topic: " + "; ".join(related))
            out.append(f"- {text}<br>\n  <span class=\"cb-backing\">{'. '.join(said)}. {source}.</span>")
        return out


def pages(build: Any) -> dict[str, str]:
    found = aide_memoires(build)
    if not found:
        return {}
    backing = _Backing(build)
    out = [front_matter("Quick sheet"), "# Quick sheet: working together {#quick-sheet}\n"]
    for parsed in found:
        out.append(
            f"The points of the [{escape(parsed.document.title)}]({href(PAGE, document_page(parsed.document.id))}), "
            "each with the protocol clauses that back it. Print this page: it fits on two sides of A4.\n"
        )
        out.extend(backing.points(parsed))
        out.append("")
    return {PAGE: with_tooltips(build.corpus, "\n".join(out))}
