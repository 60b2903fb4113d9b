"""Classify each source line: blank, page furniture, table row, or text.

Line classification knows nothing of the tree; it only says what a line is
on its own, so the block and tree stages can be simple.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausebook.parse.inline import LINK_DEFINITION, plain, to_spans
from clausebook.parse.numbering import LETTER_HEADING, PAREN, NumberToken, read_decimal, read_item, read_letter_heading
from clausebook.parse.shapes import DIVISION, is_caps_heading, is_heading_text, is_title_case

# Word's automatic numbering pastes a tab after the number ("1)\tIntroduction", "a.\tMembers"):
# that tab separates a list marker from its text, not two table cells.
# Word's second-level bullet pastes as a letter "o" and a tab ("o\tShare information"): a bullet too.
MARKER_TAB = re.compile(
    r"^\s*(?:\(?[a-zA-Z]{1,4}[.)]|\(?\d{1,3}\)|(?=[A-Z]?[IlO]{0,2}\d)[A-Z]?[\dIlO]{1,3}(?:\.\d{1,3})*\.?|I\.|[-\u2022*\u25aa\u25e6\u25cb\u00b7\uf0a7\u2713\u2714\u2717\u2718\u25ba\u25b6\u25b8\u27a4\u2192\u21d2\u25c6\u2666]"
    r"|(?P<o>o))\t+"
)
# "Section B<tab>Roles": Word's tab after a division's number, not a row of two cells.
_DIVISION_TAB = re.compile(DIVISION.pattern + r"\.?\t+", re.I)
# A hyphen, dash or asterisk is a bullet only before a space; a bullet glyph (also the private-use
# Symbol/Wingdings bullets PDF extraction leaves) may touch its text ("\u2022First point").
# Word's "o" sub-bullet also pastes with its tab turned to spaces ("o the member's role"): no word is a lone "o".
BULLET = re.compile(r"^(?:[-*\u2013\u2014\u2043]\s+|[\u2022\u25aa\u25e6\u25cb\u00b7\u25cf\u25a0\u27a2\uf0b7\uf0a7\uf076\uf0d8"
                    r"\u2713\u2714\u2717\u2718\u25ba\u25b6\u25b8\u27a4\u2192\u21d2\u25c6\u2666]\s*"
                    r"|o +(?=\S)|<li>\s*)")
# Bullet glyphs that mark the same level of a list: a change of glyph (or indent) starts a nested list.
_GLYPH_CLASSES = {"\u2022": "\u2022", "\u00b7": "\u2022", "\u25cf": "\u2022", "\uf0b7": "\u2022",
                  "o": "\u25e6", "\u25e6": "\u25e6", "\u25cb": "\u25e6", "\u25aa": "\u25aa", "\u25a0": "\u25aa", "\uf0a7": "\u25aa",
                  "\u2013": "-", "\u2014": "-", "\u2043": "-", "-": "-", "*": "*", "\u27a2": "\u27a2", "\uf0d8": "\u27a2",
                  "\uf076": "\uf076", "<": "<li>",
                  # Ticks and crosses (a "Do" / "Don't" list), arrows and diamonds.
                  "\u2713": "\u2713", "\u2714": "\u2713", "\u2717": "\u2717", "\u2718": "\u2717",
                  "\u25ba": "\u27a2", "\u25b6": "\u27a2", "\u25b8": "\u27a2", "\u27a4": "\u27a2",
                  "\u2192": "\u27a2", "\u21d2": "\u27a2", "\u25c6": "\u25c6", "\u2666": "\u25c6"}


def bullet_glyph(marker: str) -> str:
    """The list level a bullet marker stands for: "•", "·" and Symbol's private-use bullet are one."""
    return _GLYPH_CLASSES.get(marker.strip()[:1], marker.strip()[:1])

MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_QUOTE_MARKER = re.compile(r"^(?:>+[ \t]+)+(?=\S)")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
FURNITURE = (
    (re.compile(r"^this page (is )?(intentionally|deliberately) (left )?blank\.?$", re.I), "blank-page notice"),
    (re.compile(r"^(page\s+)?\d{1,3}(\s+of\s+\d{1,3}|\s*/\s*\d{1,3})?$|^[-\u2013\u2014]\s*\d{1,3}\s*[-\u2013\u2014]$"
                # Word's footers: "3 | Page", "Page | 3", "4 | P a g e"
                r"|^(\d{1,3}\s*\|\s*)?p\s?a\s?g\s?e(\s*\|\s*\d{1,3})?$"
                # A constitution's chapter pages: "Page 8.12", "Page 8.12 of 40".
                r"|^page\s+\d{1,3}\.\d{1,3}(\s+of\s+\d{1,3})?$", re.I), "page number"),
    # A footer and its page number on one line: "Constitution – Part 6        Page 47",
    # "Fenmarsh DC – Constitution Part 5 – Page 14", "Page 3 | Member/Officer Protocol".
    # Not a numbered line: "4.2 The index is at the back – page 40" is a clause.
    (re.compile(r"^(?!\d{1,3}(\.\d{1,3})*\.?\s)\S.{0,80}?((\s{3,}|\t+)|\s[\u2013\u2014|-]\s+)page\s+\d{1,3}(\.\d{1,3})?(\s+of\s+\d{1,3})?$"
                r"|^page\s+\d{1,3}(\s+of\s+\d{1,3})?\s+[\u2013\u2014|-]\s+\S.{0,80}$", re.I),
     "running header or footer"),
    # What a web page wraps round the text it shows: cookie banner, skip link, breadcrumb, feedback prompt.
    (re.compile(r"^(we use (some )?(essential )?cookies\b.{0,200}|(accept|reject|manage) (all |optional )?cookies\.?"
                r"|skip to (the )?(main )?content|back to (the )?top|home\s*(>|›|»|/|\|)\s*\S.{0,150}"
                r"|was this page (helpful|useful)\??.{0,30}|print this page|share this page.{0,60})$", re.I),
     "web page furniture"),
    # A script or style element on one line: code, not text, and shown nowhere.
    (re.compile(r"^<(script|style)\b[^<>]*>.*</\1\s*>$", re.I), "HTML script or style"),
    (re.compile(r"^-{2,}(\t+-{2,})*\t*$|^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$"), "table rule"),
    # A line drawn across the page ("______" over the footnotes, "* * *" between parts): no text to keep.
    (re.compile(r"^([_=*~\u2500\u2501\u2014\u2013]\s?){3,}$"), "drawn rule"),
    # "¹ Adopted by Council on 4 May 2021.": a note at the foot of a page, keyed by a superscript figure;
    # "[^1]: Local Government Association..." is a Markdown source's footnote.
    (re.compile(r"^[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}\s*\S|^\[\^[^\]\s]{1,20}\]:\s*\S"), "footnote"),
    # "[coc]: https://www.example.gov.uk/code": where a Markdown source's "[Code of Conduct][coc]" leads.
    (LINK_DEFINITION, "link address"),
    (re.compile(r"^(</?(table|thead|tbody|tfoot|tr|td|th|ul|ol|li|p|div|span|br|hr|caption|colgroup|col)\b[^<>]*>\s*)+$",
                re.I), "HTML markup without text"),
    (re.compile(r"^(tel|telephone|phone|e-?mail|fax)\s*:", re.I), "contact details"),
    (re.compile(rf"^(\w+day,?\s+)?(\d{{1,2}}(st|nd|rd|th)?\s+)?({_MONTHS})\s+\d{{4}}\.?$", re.I), "date line"),
    # "Introduction ........ 3", "2. Roles of Members … 4": a contents entry, with its leader dots and page.
    (re.compile(r"^\S.{0,100}?(\.{3,}|(\s?\.){4,}|…+|_{3,})\s*\d{1,3}$"), "contents"),
    # The version, approval and review lines of a document's control box or closing block.
    (re.compile(rf"^(date\s+(of\s+)?)?(approved|adopted|agreed|endorsed|ratified|approval|adoption)\b[^.;]{{0,60}}"
                rf"(\b\d{{4}}|\d/\d{{2,4}})(\s*\([^()]{{1,30}}\))?\.?$"
                rf"|^(date\s+of\s+)?(next\s+|last\s+)?(review(ed)?|revised|updated)(\s+(date|due|by))?\s*[:\-–]?"
                rf"\s*((\d{{1,2}}\s+)?({_MONTHS})\s+)?\d{{4}}$"
                rf"|^(next\s+)?review\s+(date|due)\s*:.{{0,40}}$"
                rf"|^version(\s+(no\.?|number))?\s*[:\-–]?\s*v?\d{{1,2}}(\.\d{{1,2}})*(\s+[^.;]{{0,30}})?$"
                rf"|^(document\s+|policy\s+)?(owner|author|lead\s+officer)\s*:[^.;]{{0,60}}$"
                rf"|^minute(\s+(no\.?|ref(erence)?))?\s*[:\-–]?\s*\d{{1,4}}(/\d{{2,4}})?$", re.I), "document control"),
    # "Signed: R. Moss, Chairman" (initials allowed): wherever it stands, it signs the document.
    # ... also after the approval it attests: "Approved by Council on 28 January 2025. Signed: J. Okafor, MO."
    (re.compile(r"^((approved|adopted|agreed)\b[^.;]{0,60}\b\d{4}\.\s+)?signed\s*[:\-–]\s*([^.;]|(?<=\b\w)\.\s){0,60}\.?$",
                re.I), "signature block"),
)


@dataclass(frozen=True)
class Line:
    """One body line and what it looks like on its own."""

    index: int  # 0-based index into the document's body lines
    raw: str
    kind: str  # blank | furniture | table | text
    text: str = ""  # for text: the line after its bullet and decimal number
    bullet: bool = False
    number: NumberToken | None = None  # a decimal number leading the line
    indent: int = 0
    reason: str = ""  # for furniture
    marker: str = ""  # for a bullet: its glyph's class ("\u2022", "\u25e6", "-"...), which tells nested lists apart
    # For a table row gathered from HTML written over several lines: each cell's first and last line.
    # The row's Line is its first cell's line; the other lines of its cells are of kind "cell".
    cell_lines: tuple[tuple[int, int], ...] = ()


# "A1 This protocol...": a paragraph number with its section letter and no dot.
_BARE_LETTERED = re.compile(r"^[A-HJ-NP-Z]\d{1,3}\s+[A-Z(\"\u201c\u2018']")


def lettering(lines: tuple[str, ...]) -> tuple[bool, bool]:
    """Does the document letter its sections ("A. INTRODUCTION", "B. ROLES") / number paragraphs "A1", "A2" undotted?

    Each is read only when the document does it at least twice, so a lone "J. Smith"
    or a line that starts with a road ("A1 Trunk Road") is not taken for a number.
    """
    letters = {m.group("letter") for m, raw in ((LETTER_HEADING.match(raw.strip()), raw.strip()) for raw in lines)
               if m and _letter_title(raw[m.end():].strip())}
    bare = sum(1 for raw in lines if _BARE_LETTERED.match(raw.strip()))
    return ("A" in letters and "B" in letters), bare >= 2


def _letter_title(text: str) -> bool:
    return is_heading_text(text) and (is_caps_heading(text) or is_title_case(text)) and not text.endswith(":")


def _tab_indented_item(raw: str) -> str:
    """ "\ta)\tMembers will...", "\t\ti.\tto opposition Members;": Word indents a list level with tabs.

    A line that opens on tabs and then a list marker, with no tab after the
    marker's own, is an indented item (its tabs read as indentation), not a
    table row with empty first cells.
    """
    rest = raw.lstrip("\t")
    if rest == raw:
        return raw
    marker = MARKER_TAB.match(rest) or BULLET.match(rest) or PAREN.match(rest)
    if marker is None or "\t" in rest[marker.end():]:
        return raw
    return " " * 4 * (len(raw) - len(rest)) + rest


# A whole line set in Markdown emphasis: "*Approved by Council...*", "**Page 3**", "__Signed: ...__".
_EMPHASIS_WRAP = re.compile(r"^(\*{1,3}|_{1,3})(?=[^\s*_])(.*[^\s*_])\1$")


def classify(index: int, raw: str, letter_sections: bool = False, bare_lettered: bool = False) -> Line:
    raw = _tab_indented_item(raw)
    marker = MARKER_TAB.match(raw) or _DIVISION_TAB.match(raw)
    if marker and "\t" not in raw[marker.end():]:
        head = "\u25e6" if marker.groupdict().get("o") else raw[: marker.end()].rstrip("\t")
        raw = head + " " + raw[marker.end():]
    stripped = _QUOTE_MARKER.sub("", raw.strip())  # "> Adopted by Full Council...": Markdown's quote marks
    if not stripped:
        return Line(index, raw, "blank")
    bare = _EMPHASIS_WRAP.sub(r"\2", stripped)  # "*Signed: J. Okafor*": a line set in italics is the same line
    for pattern, reason in FURNITURE:
        # A control line starts with a capital ("adopted by the Council in 2019" is a wrapped sentence) and is no row.
        if pattern.match(bare) and not (reason == "document control" and ("\t" in bare or bare[0].islower())):
            return Line(index, raw, "furniture", reason=reason)
    if markup_only(stripped) and not plain(to_spans(stripped)):
        # "<img src=x onerror=...>": nothing of it would show in a clause, so it is reported, not silently swallowed.
        return Line(index, raw, "furniture", reason="HTML markup without text")
    cells = _row_cells(stripped)
    if cells is not None and not any(plain(to_spans(cell)) for cell in cells):
        return Line(index, raw, "furniture", reason="empty table row")  # "| | |": no cell would hold a clause
    if cells is not None:
        return Line(index, "\t".join(cells), "table", text=raw)
    if "\t" in raw.strip(" ") and not BULLET.match(stripped):
        return Line(index, raw, "table", text=raw)
    expanded = raw.expandtabs(4)  # a bullet indented with tabs ("\t\t- in meetings") is nested as deep as with spaces
    indent = len(expanded) - len(expanded.lstrip(" "))
    marked_heading = MARKDOWN_HEADING.match(stripped) is not None
    stripped = MARKDOWN_HEADING.sub("", stripped)  # "## 2. Roles" in a .md file: the marks are not text
    stripped = _unwrapped(stripped)  # "<p>1.1 First rule.</p>", "<h2>2. Roles</h2>" from a web page
    bullet_match = BULLET.match(stripped)
    text = stripped[bullet_match.end():] if bullet_match else stripped
    text = _unmark_number(re.sub(r"</li>\s*$", "", text))
    decimal = read_decimal(text, bare_lettered)
    if decimal is None and letter_sections and not bullet_match:
        letter = read_letter_heading(text)
        decimal = letter if letter is not None and _letter_title(letter[1]) else None
    glyph = bullet_glyph(bullet_match.group(0)) if bullet_match else ""
    if decimal is not None and not _is_date_or_amount(decimal[0], decimal[1]):
        token, rest = decimal
        if marked_heading and token.depth > 1 and rest and not rest.startswith("**"):
            rest = f"**{rest}**"  # "### 2.2 The Clerk and staff": a heading, as its marks said, in any case
        return Line(index, raw, "text", rest, bool(bullet_match), token, indent, marker=glyph)
    return Line(index, raw, "text", text, bool(bullet_match), None, indent, marker=glyph)


# A web page's block tags around a whole line: the line's number and shape are inside them.
_BLOCK_OPEN = re.compile(r"^(?:<(?:p|h[1-6]|div|section|article|blockquote)\b[^<>]*>\s*)+", re.I)
_BLOCK_CLOSE = re.compile(r"(?:\s*</(?:p|h[1-6]|div|section|article|blockquote)\s*>)+$", re.I)


def _unwrapped(text: str) -> str:
    """The line inside its block tags, when it has text of its own ("<p>1.2 Second rule.</p>": "1.2 Second rule.")."""
    inner = _BLOCK_CLOSE.sub("", _BLOCK_OPEN.sub("", text))
    return inner if inner.strip() else text


_EMPHASIS = {"**": "**", "__": "__", "<b>": "</b>", "<strong>": "</strong>", "<u>": "</u>"}


def _unmark_number(text: str) -> str:
    """ "**1.1** This protocol", "**(a)** in Council", "**1. Introduction**": a number set in bold is still a number.

    The emphasis comes off the number ("1.1 This protocol") or, round a whole
    heading, stays on its title ("1. **Introduction**"), so only markup moves.
    """
    opener = next((mark for mark in _EMPHASIS if text.startswith(mark)), None)
    if opener is None:
        return text
    inner, closer = text[len(opener):], _EMPHASIS[opener]
    head, closed, tail = inner.partition(closer)
    alone = read_decimal(head.strip() + " x") or read_item(head.strip() + " x")
    if closed and alone is not None and alone[0].printed == head.strip():  # "**1.1** This"
        return f"{head.strip()} {tail.lstrip()}".rstrip()
    found = read_decimal(inner) or read_item(inner)
    if found is not None and closer in inner[len(found[0].printed):]:  # "**1. Introduction**"
        return f"{found[0].printed} {opener}{inner[len(found[0].printed):].lstrip()}"
    return text


def _row_cells(stripped: str) -> list[str] | None:
    """Cells of a Markdown pipe row ("| Members Do | Members Don't |") or an HTML row ("<tr><td>..</td>..</tr>")."""
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return [cell.strip() for cell in stripped[1:-1].split("|")]
    parts = re.split(r"<t[dh]\b[^>]*>", stripped, flags=re.I)
    if len(parts) >= 3 and not re.sub(r"<[^<>]*>", "", parts[0]).strip():
        return [re.sub(r"</t[dh]>|</tr>|</tbody>|</table>", "", cell, flags=re.I).strip() for cell in parts[1:]]
    return None


ANY_TAG = re.compile(r"<[^<>]*>")


def markup_only(text: str) -> bool:
    """Nothing but tags ("<td><p>", "<img onerror=...>"): no text of its own to show."""
    return not ANY_TAG.sub("", text).strip()


# A table cell holds a clause for each of its HTML paragraphs and bullets ("<p>..</p> <p>..</p>", "\u2022 .. \u2022 ..").
CELL_SPLIT = re.compile(r"</p>\s*<p[^>]*>|\u2022")


def cell_pieces(cell: str) -> list[str]:
    """The paragraphs and bullets of a table cell that have text: one clause each."""
    return [piece for piece in CELL_SPLIT.split(cell) if plain(to_spans(piece))]


def _is_date_or_amount(token: NumberToken, rest: str) -> bool:
    """ "24 April 2024", "10.00 am", "2024 was": numbers that are not clause numbers."""
    if token.style != "decimal":
        return False
    if re.match(rf"^({_MONTHS})\b", rest, re.I) or re.match(r"^(am|pm|%|per cent|million|years?)\b", rest, re.I):
        return True
    return token.depth == 1 and token.value > 99
