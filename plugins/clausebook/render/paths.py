"""Where each page lives and how one page links to another.

Every link the renderer writes is relative and points at a ``.md`` source
path, so MkDocs rewrites it for either URL style, validates it under
``--strict``, and the site works under any sub-path (or from ``file://``).
"""

from __future__ import annotations

import posixpath

from clausebook.models import Clause, Corpus, ParsedDocument

HOME = "index.md"
DOCUMENTS_DIR = "documents"


def document_page(doc_id: str) -> str:
    return f"{DOCUMENTS_DIR}/{doc_id}.md"


def href(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A relative link from one generated page to another (or to an anchor on it)."""
    if to_page == from_page:
        target = ""
    else:
        target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


def clause_href(from_page: str, clause: Clause) -> str:
    return href(from_page, document_page(clause.document), clause.id)


def document_label(parsed: ParsedDocument) -> str:
    """What a reader calls a document: its council, or its title when the text names none."""
    council = parsed.document.meta.get("council")
    return str(council) if council else parsed.document.title


def clause_label(clause: Clause) -> str:
    """A clause as a reader would cite it: its printed number, else its heading."""
    if clause.normalised_number or clause.number:
        return str(clause.normalised_number or clause.number).strip()
    if clause.heading:
        return f"“{clause.heading[-1]}”"
    return "unnumbered text"


def citation(corpus: Corpus, clause: Clause) -> str:
    """Document and clause together, e.g. "North Norfolk District Council 7.2"."""
    return f"{document_label(corpus.document(clause.document))} {clause_label(clause)}"
