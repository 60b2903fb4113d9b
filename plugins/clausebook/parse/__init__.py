"""Parse stage: a Document's text to its clause tree and residue.

Lines are classified on their own (``lines``), then across the document
(``passes``: HTML rows gathered by ``html_rows``, page furniture found by
``furniture``), grouped into blocks with broken sentences mended
(``blocks``), title blocks and signatures set aside (``residue``), and the
blocks placed in a tree (``tree``).
"""

from __future__ import annotations

from clausebook.models import Document, ParsedDocument, Residue
from clausebook.parse.blocks import group
from clausebook.parse.furniture import hidden_inline
from clausebook.parse.inline import link_definitions
from clausebook.parse.passes import classify_all
from clausebook.parse.residue import find_parts, signature_start, title_block_end
from clausebook.parse.tree import TreeBuilder

__all__ = ["parse_document"]


def parse_document(document: Document) -> ParsedDocument:
    """Split a document into clauses; every non-blank line lands in a clause or the residue."""
    council = str(document.meta.get("council") or "")
    blocks = group(classify_all(document.lines, document.title, council))
    parts = find_parts(blocks, document.meta.get("parts"))
    title_end = title_block_end(blocks, document.title, min(parts) if parts else None, council)
    signature = signature_start(blocks)
    builder = TreeBuilder(document, link_definitions(document.lines))
    for index, block in enumerate(blocks):
        if block.kind == "residue":
            builder.add_residue(block, block.reason)
        elif index < title_end:
            builder.add_residue(block, "title block" if block.kind == "text" else "document details table")
        elif index >= signature:
            builder.add_residue(block, "signature block")
        elif index in parts:
            builder.add_part(block, parts[index])
        elif block.kind == "table":
            builder.add_table(block)
        else:
            builder.add_block(block)
    residue = builder.residue + _hidden_in_clauses(document, builder.residue)
    return ParsedDocument(document, tuple(builder.clauses), tuple(sorted(residue, key=lambda r: r.lines)))


def _hidden_in_clauses(document: Document, residue: list[Residue]) -> list[Residue]:
    """HTML comments and code the clause text leaves out, as residue (a line set aside whole keeps its own)."""
    set_aside = {line - document.first_line for r in residue for line in range(r.lines[0], r.lines[1] + 1)}
    return [Residue(document.id, (document.line_number(first), document.line_number(last)), reason, markup)
            for first, last, reason, markup in hidden_inline(document.lines, set_aside)]
