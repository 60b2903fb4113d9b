"""Decide which blocks are not clauses: title blocks, signatures, part markers.

Everything set aside here is reported as residue with its reason, so the
no-loss rule (every line in a clause or in the residue) can be checked.
"""

from __future__ import annotations

import re
from typing import Any

from clausebook.parse.blocks import Block, ends_sentence
from clausebook.parse.numbering import PAREN
from clausebook.parse.shapes import (
    division_rank, fold, is_caps_heading, is_division, is_heading_text, is_title_case, names_document,
)

_TITLE_BLOCK_WORDS = 12
# The council, the constitution part and the protocol's name: the most lines a title block runs to before its title.
_TITLE_BLOCK_LINES = 4
# A sentence ends on a stop, with any closing quote or bracket after it; "Part 5(d)" ends on a bracket and no stop.
_SENTENCE_END = re.compile(r"(?:[.!?:;]|:-)[\"'\u201d\u2019)\]]*\s*$")


def find_parts(blocks: list[Block], parts: list[dict[str, Any]] | None) -> dict[int, dict[str, Any]]:
    """Block index -> part, for files that hold several documents (a report and its draft)."""
    found: dict[int, dict[str, Any]] = {}
    for part in parts or []:
        marker = " ".join(str(part["starts_with"]).split())
        candidates = [i for i, b in enumerate(blocks) if b.kind == "text" and i not in found]
        exact = [i for i in candidates if " ".join(blocks[i].source.split()).startswith(marker)]
        folded = [i for i in candidates if fold(blocks[i].source).startswith(fold(marker))]
        if exact or folded:
            found[(exact or folded)[0]] = part
    return found


def _structural(block: Block) -> bool:
    return block.kind == "text" and (block.number is not None or is_caps_heading(block.source))


def _title_like(block: Block) -> bool:
    if block.kind in ("table", "residue"):
        return True
    return len(block.source.split()) <= _TITLE_BLOCK_WORDS and not _SENTENCE_END.search(block.source)


def _heads_paragraph(blocks: list[Block], index: int) -> bool:
    """An unnumbered title-case heading ("Political Groups") directly over a numbered paragraph (not a title)."""
    head, body = blocks[index], blocks[index + 1]
    return head.kind == "text" and head.number is None and not head.bullet and is_heading_text(head.source) \
        and is_title_case(head.source) and not re.search(r"\d|:$", head.source) and not PAREN.match(head.source) \
        and body.kind == "text" and body.number is not None and not is_heading_text(body.source)


def title_block_end(blocks: list[Block], title: str, first_part: int | None, council: str = "") -> int:
    """How many leading blocks form the title block (document title, details table, agenda).

    With parts declared, it is everything before the first part. Otherwise it
    is the short lines before the first numbered clause (or before a "Part 1" /
    "Section A" heading among them); without one, the short lines before the
    first capitals heading, and at least the first few short lines up to the
    last that repeats the document's title or names its council.
    """
    if first_part is not None:
        return first_part
    numbered = next((i for i, b in enumerate(blocks) if b.kind == "text" and b.number is not None), None)
    if numbered is not None and all(_title_like(b) for b in blocks[:numbered]):
        # "PART 1 – GENERAL" / "Section A: Purpose" after the title open the body, not the title block.
        # A lone "Section 5.4 – Member/Officer Protocol" over the whole text is the chapter's title, not a division.
        division = next((i for i in range(numbered) if blocks[i].kind == "text" and is_division(blocks[i].source)
                         and any(b.kind == "text" and b.number is None and division_rank(b.source) ==
                                 division_rank(blocks[i].source) for b in blocks[i + 1:])), None)
        if division is not None:
            return division
        # "Introduction" over "1. The Council relies on...", when other such headings head numbered paragraphs later.
        if numbered >= 2 and _heads_paragraph(blocks, numbered - 1) \
                and any(_heads_paragraph(blocks, i) for i in range(numbered + 1, len(blocks) - 1)):
            return numbered - 1
        return numbered
    start = 0
    for index, block in enumerate(blocks):
        if _structural(block):
            start = index
            break
        if not _title_like(block):
            break
    named = _title_line(blocks, title, council)
    return max(start, named + 1) if named is not None else start


def _title_line(blocks: list[Block], title: str, council: str) -> int | None:
    """The last of the first few short lines that repeats the title or names the council: the title block ends on it.

    "Wensleydale Borough Council" / "Constitution – Part 5(d)" / "PROTOCOL ON
    MEMBER/OFFICER RELATIONS" is one title block, as two of its lines are; a
    heading after the last such line ("Introduction") stays a heading.
    """
    last = None
    for index, block in enumerate(blocks[:_TITLE_BLOCK_LINES]):
        if block.kind != "text" or block.bullet or not is_heading_text(block.source):
            break
        if names_document(block.source, title, council):
            last = index
    return last


def signature_start(blocks: list[Block]) -> int:
    """Index of a trailing signature block ("Jane Smith, Monitoring Officer" / "March 2022")."""
    start = len(blocks)
    while start > 0:
        block = blocks[start - 1]
        if block.kind == "residue":
            start -= 1
            continue
        if block.kind == "text" and block.number is None and not block.bullet and len(block.source.split()) <= 6 \
                and not ends_sentence(block.source) and not is_caps_heading(block.source) \
                and not PAREN.match(block.source):  # "(b) item" ends a list, it signs nothing
            start -= 1
            continue
        break
    # Only a signature if real text comes before it and it is not the whole tail of a list.
    trailing_text = [b for b in blocks[start:] if b.kind == "text"]
    if not trailing_text or start == 0 or len(trailing_text) > 3 or not ends_sentence(blocks[start - 1].source):
        return len(blocks)
    return start
