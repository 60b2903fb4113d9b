"""Split text that PDF extraction flattened onto one line back into its clauses.

"1.1 The purpose ... colleagues. 1.2 The protocol ..." or "...as follows:
(a) x; (b) y" hold several clauses on one line. A number inside the text is
taken as a new clause only when it is the number that would come next (the
next sibling or first child of the clause before it), or a sibling a slip
away after a full stop, and is not part of a reference such as "paragraph
1.2": the sequence, not the pattern alone, decides, which keeps "Local
Government Act 1972" and "see 4.2" intact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausebook.parse.numbering import NumberToken, read_decimal, read_item

# A number after a sentence or list-item end ("...policy; and (b) ..."), or a
# multi-part number before a capital ("... Relationships 2.1 Guidance ...").
_AFTER_PUNCT = re.compile(
    r"[.;:,\"\u201d](?:\s+(?:and|or))?\s+(?:[-\u2022\u25aa\u25e6\u25cf\u25a0]\s+)?"
    r"(?P<tok>\(?[a-z]{1,4}\)|\(\d{1,2}\)|\d{1,3}(?:\.\d{1,3})*\.?)\s+\S"
)
_INLINE_BULLET = re.compile(r"(?:^|\s)[\u2022\u25aa\u25e6\u25cf\u25a0](?=\s)")
_BARE_DECIMAL = re.compile(
    r"\w\s+(?:[-\u2022\u25aa\u25e6\u25cf\u25a0]\s+)?(?P<tok>\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)\s+[A-Z(\"\u201c]"
)
# The bullet a flattened numbered point kept ("Introduction - 1.1 The ...") belongs to no clause's text.
_TRAILING_BULLET = re.compile(r"\s+[-\u2022\u25aa\u25e6\u25cf\u25a0]$")
_REFERENCE_WORDS = {
    "paragraph", "paragraphs", "para", "paras", "section", "sections", "clause", "clauses", "rule", "rules",
    "part", "parts", "article", "articles", "appendix", "schedule", "see", "and", "or", "to", "of", "in",
    "under", "at", "with", "page", "pages", "no", "number", "item", "items", "act", "regulation",
}


@dataclass(frozen=True)
class Piece:
    """One clause's share of a flattened line."""

    number: NumberToken | None  # a decimal number, or None (an item keeps its marker in ``source``)
    source: str
    bullet: bool = False  # a "•" point flattened into the line


def _follows(previous: list[NumberToken], candidate: NumberToken) -> bool:
    """Is ``candidate`` the next number after the chain of numbers seen so far?"""
    decimals = [t for t in previous if t.style == "decimal"]
    if candidate.style == "decimal":
        if not decimals:  # a whole page on one line, after its title: numbering starts at 1 or 1.1
            return not previous and candidate.parts in ((1,), (1, 1)) and not candidate.prefix
        last = decimals[-1].parts
        nexts = {last[:-1] + (last[-1] + 1,), last + (1,), (last[0] + 1,), (last[0] + 1, 1)}
        nexts |= {last[:k] + (last[k] + 1,) for k in range(len(last) - 1)}
        return candidate.parts in nexts
    same = [t for t in previous if t.style == candidate.style]
    return candidate.value == 1 or (bool(same) and candidate.value == same[-1].value + 1)


def _slipped_sibling(previous: list[NumberToken], candidate: NumberToken, before: str) -> bool:
    """ "1.2 Two. 1.4 Four.", "1.2 Two. 1.2 Again.": a sibling a slip away, after a full stop, still starts a clause.

    The drafter's slip (a gap, a repeat, two numbers swapped) is what ``check``
    must report, so the clause must exist; a full stop before it and the same
    parent number keep references and amounts out.
    """
    decimals = [t for t in previous if t.style == "decimal"]
    if candidate.style != "decimal" or not decimals or not before.rstrip().endswith("."):
        return False
    last = decimals[-1].parts
    return len(candidate.parts) == len(last) > 1 and candidate.parts[:-1] == last[:-1] \
        and last[-1] - 1 <= candidate.parts[-1] <= last[-1] + 3 and candidate.prefix == decimals[-1].prefix


def _read_any(text: str, previous: list[NumberToken]) -> tuple[NumberToken, str] | None:
    return read_decimal(text) or read_item(text, {t.style: t.value for t in previous})


def split_flattened(number: NumberToken | None, source: str) -> list[Piece]:
    """The clauses held in one block's text, in order (just one when nothing was flattened)."""
    return [part for piece in _split_numbers(number, source) for part in _split_bullets(piece)]


def _split_bullets(piece: Piece) -> list[Piece]:
    """ "Members should: • be courteous; • be punctual": a bullet glyph inside a line starts a point of its own."""
    first, *points = _INLINE_BULLET.split(piece.source)
    if not points:
        return [piece]
    lead = [Piece(piece.number, first.strip())] if first.strip() or piece.number else []
    return lead + [Piece(None, point.strip(), bullet=True) for point in points if point.strip()]


def _split_numbers(number: NumberToken | None, source: str) -> list[Piece]:
    chain: list[NumberToken] = [number] if number else []
    pieces: list[Piece] = []
    start_item = read_item(source)
    if start_item and number:  # "4.2 (a) any political group ...": 4.2 holds only its list
        pieces.append(Piece(number, ""))
        number = None
    if start_item:
        chain.append(start_item[0])
    cuts = sorted({m.start("tok") for pattern in (_AFTER_PUNCT, _BARE_DECIMAL) for m in pattern.finditer(source)})
    current_start, current_number = 0, number
    for cut in cuts:
        tail = source[cut:]
        found = _read_any(tail, chain)
        if found is None or not (_follows(chain, found[0]) or _slipped_sibling(chain, found[0], source[:cut])):
            continue
        before = source[:cut].rstrip()
        word_before = re.search(r"([A-Za-z]+)$", before)
        list_joint = re.search(r"[;,]\s+(?:and|or)$", before)  # "...policy; and (c) ..."
        if word_before and word_before.group(1).lower() in _REFERENCE_WORDS and not list_joint:
            continue
        pieces.append(Piece(current_number, _TRAILING_BULLET.sub("", source[current_start:cut].strip())))
        token = found[0]
        chain.append(token)
        if token.style == "decimal":
            current_number, current_start = token, cut + len(token.printed)
            rest = source[current_start:]
            item = read_item(rest.lstrip())
            if item is not None and item[0].value == 1:  # "4.2 (a) any political group ...": 4.2 holds its list
                pieces.append(Piece(token, ""))
                chain.append(item[0])
                current_number, current_start = None, current_start + len(rest) - len(rest.lstrip())
        else:
            current_number, current_start = None, cut
    pieces.append(Piece(current_number, source[current_start:].strip()))
    return pieces
