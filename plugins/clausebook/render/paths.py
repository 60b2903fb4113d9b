"""Where each page lives and how one page links to another.

Every link the renderer writes is relative and points at a ``.md`` source
path, so MkDocs rewrites it for either URL style, validates it under
``--strict``, and the site works under any sub-path (or from ``file://``).
"""

from __future__ import annotations

import posixpath

from clausebook.models import Clause

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
