"""About this handbook: where the texts came from, and the concordance download."""

from __future__ import annotations

from typing import Any

from clausebook.export import concordance, to_json
from clausebook.render.markup import escape, front_matter
from clausebook.render.names import document_label
from clausebook.render.paths import document_page, href

PAGE = "about.md"
CONCORDANCE = "downloads/concordance.json"


def downloads(build: Any) -> dict[str, str]:
    """Files offered for download beside the pages: the concordance export."""
    return {CONCORDANCE: to_json(concordance(build))}


def pages(build: Any) -> dict[str, str]:
    corpus = build.corpus
    rows = []
    for parsed in corpus.documents:
        source = (parsed.document.meta.get("source") or {}).get("published_as", "")
        link = f"[{escape(document_label(parsed))}]({href(PAGE, document_page(parsed.document.id))})"
        rows.append(f"- {link}: {escape(parsed.document.title)}. {escape(str(source))}")
    clauses = len(corpus.clauses())
    links = len(build.alignment.links)
    text = f"""{front_matter("About this handbook")}
# About this handbook {{#about}}

This handbook is generated from {len(corpus.documents)} documents: the texts exactly as the councils
published them, split into {clauses} clauses, with {links} links between clauses that say the
same thing in different documents. Nothing in it is legal advice: if in doubt, ask your Monitoring Officer.

## The documents {{#the-documents}}

{chr(10).join(rows)}

## Download the data {{#download}}

[Download the concordance (JSON)]({href(PAGE, CONCORDANCE)}){{download="concordance.json"}}: every
document, clause and link in this handbook, in the `clausebook/concordance@1` format, for reuse in other
tools.
"""
    return {PAGE: text}
