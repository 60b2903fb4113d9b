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
from clausebook.render import cite
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


def backing(build: Any, equivalents: Equivalents, refs: dict[str, list[Any]], clause: Clause) -> list[str]:
    """Links to the clauses elsewhere that back one point, each with how closely."""
    corpus = build.corpus
    found: list[str] = []
    seen: set[str] = set()
    for resolution in refs.get(clause.id, []):
        target = equivalents.clauses.get(resolution.target_clause or "")
        if target is not None and target.id not in seen and target.document != clause.document:
            seen.add(target.id)
            found.append(f"{cite.link(corpus, PAGE, target)} (cited)")
    for other, link in equivalents.of_clause(clause.id):
        if len(found) >= MAX_BACKING:
            break
        if other.id not in seen and corpus.document(other.document).document.meta.get("kind") != KIND:
            seen.add(other.id)
            found.append(f"{cite.link(corpus, PAGE, other)} ({strength(link)})")
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
        backed = "Backed by: " + "; ".join(found) if found else "No matching protocol clause found yet"
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
