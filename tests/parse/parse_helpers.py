"""Shared helper for the parser tests: parse a text body as a document would be.

A plain module, not a conftest, so its name cannot clash with other test folders' conftest files.
"""

from __future__ import annotations

from clausebook.models import Document, ParsedDocument
from clausebook.parse import parse_document


def parse_text(body: str, title: str = "Test Protocol", doc_id: str = "t", council: str | None = None) -> ParsedDocument:
    """Parse ``body`` as a document whose body starts on file line 1 (so body line n is line n)."""
    document = Document(id=doc_id, path=f"{doc_id}.txt", meta={"title": title, "council": council},
                        lines=tuple(body.split("\n")), first_line=1, sha256="")
    return parse_document(document)

