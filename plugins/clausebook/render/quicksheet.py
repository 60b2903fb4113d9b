"""The aide-memoire quick sheet: each point, and the protocol clauses that back it.

A point is backed by the clauses the alignment links it to in the other
documents (strongest first, at most MAX_BACKING so the sheet still fits on
two sides of A4), and by the clauses its own cross-references resolve to
("This Protocol (at paragraph 6.1)").  The page is laid out for printing:
short, one list, no tables.
"""

from __future__ import annotations

from typing import Any

from clausebook.models import Clause, ParsedDocument
from clausebook.render import cite, topics
from clausebook.render.crossrefs import clause_markdown, references
from clausebook.render.equivalents import Equivalents, strength
from clausebook.render.glossary import with_tooltips
from clausebook.render.markup import escape, front_matter
from clausebook.render.names import readable_title
from clausebook.render.paths import clause_href, document_page, href

PAGE = "quick-sheet.md"
KIND = "aide-memoire"
MAX_BACKING = 3


def aide_memoires(build: Any) -> list[ParsedDocument]:
    return [p for p in build.corpus.documents if p.document.meta.get("kind") == KIND]


def _is_backing(build: Any, point: Clause, other: Clause) -> bool:
    """A clause can back a point when it is in another document that is not itself an aide-memoire."""
    return other.document != point.document and build.corpus.document(other.document).document.meta.get("kind") != KIND


def _from_topics(build: Any, equivalents: Equivalents, point: Clause, seen: set[str], room: int) -> list[str]:
    """When the links leave room: the first clause of each other document in the point's topics."""
    found: list[str] = []
    for topic in build.alignment.topics:
        if point.id not in topic.clauses:
            continue
        documents: set[str] = set()
        added = []
        for clause_id in topic.clauses:
            other = equivalents.clauses.get(clause_id)
            if (other is None or other.id in seen or other.document in documents
                    or not _is_backing(build, point, other) or len(found) + len(added) >= room):
                continue
            documents.add(other.document)
            seen.add(other.id)
            added.append(cite.link(build.corpus, PAGE, other))
        if added:
            topic_link = f"[{escape(topic.title)}]({href(PAGE, topics.topic_page(topic))})"
            found.append(f"{', '.join(added)} (same topic: {topic_link})")
    return found


def backing(build: Any, equivalents: Equivalents, refs: dict[str, list[Any]], clause: Clause) -> list[str]:
    """Links to the clauses elsewhere that back one point, each saying why.

    First what the point itself cites, then the clauses the alignment links it
    to (with their strength), then, while there is room, clauses on the same topic.
    """
    corpus = build.corpus
    found: list[str] = []
    seen: set[str] = set()
    for resolution in refs.get(clause.id, []):
        target = equivalents.clauses.get(resolution.target_clause or "")
        if target is not None and target.id not in seen and _is_backing(build, clause, target):
            seen.add(target.id)
            found.append(f"{cite.link(corpus, PAGE, target)} (cited)")
    for other, link in equivalents.of_clause(clause.id):
        if len(found) >= MAX_BACKING:
            break
        if other.id not in seen and _is_backing(build, clause, other):
            seen.add(other.id)
            found.append(f"{cite.link(corpus, PAGE, other)} ({strength(link)})")
    if len(found) < MAX_BACKING:
        found.extend(_from_topics(build, equivalents, clause, seen, MAX_BACKING - len(found)))
    return found


def _points(build: Any, parsed: ParsedDocument, equivalents: Equivalents, refs: dict[str, list[Any]]) -> list[str]:
    out = []
    for clause in parsed.clauses:
        if clause.kind in ("part", "section", "heading"):
            out.append(f"\n## {escape(readable_title(clause.text))}\n")
            continue
        text = clause_markdown(clause, PAGE, refs.get(clause.id, []), equivalents.clauses)
        source = f"[Source]({clause_href(PAGE, clause)})"
        found = backing(build, equivalents, refs, clause)
        backed = "Backed by: " + "; ".join(found) if found else "No protocol clause has been matched to this point"
        out.append(f"- {text}<br>\n  <span class=\"cb-backing\" markdown=\"1\">{backed}. {source}.</span>")
    return out


def pages(build: Any) -> dict[str, str]:
    found = aide_memoires(build)
    if not found:
        return {}
    equivalents = Equivalents.of(build.corpus, build.alignment)
    refs = references(build)
    out = [front_matter("Quick sheet"), "# Quick sheet: working together {#quick-sheet}\n"]
    for parsed in found:
        out.append(
            f"The points of the [{escape(parsed.document.title)}]({href(PAGE, document_page(parsed.document.id))}), "
            "each with the protocol clauses that back it. Print this page: it fits on two sides of A4.\n"
        )
        out.extend(_points(build, parsed, equivalents, refs))
        out.append("")
    return {PAGE: with_tooltips(build.corpus, "\n".join(out))}
