"""Classify each source line: blank, page furniture, table row, or text.

Line classification knows nothing of the tree; it only says what a line is
on its own, so the block and tree stages can be simple.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from clausebook.parse.inline import plain, to_spans
from clausebook.parse.numbering import LETTER_HEADING, NumberToken, read_decimal, read_item, read_letter_heading
from clausebook.parse.shapes import DIVISION, is_caps_heading, is_heading_text, is_title_case, names_document

# Word's automatic numbering pastes a tab after the number ("1)\tIntroduction", "a.\tMembers"):
# that tab separates a list marker from its text, not two table cells.
# Word's second-level bullet pastes as a letter "o" and a tab ("o\tShare information"): a bullet too.
MARKER_TAB = re.compile(
    r"^\s*(?:\(?[a-zA-Z]{1,4}[.)]|\(?\d{1,3}\)|[A-Z]?[\dIlO]{1,3}(?:\.\d{1,3})*\.?|[-\u2022*\u25aa\u25e6\u25cb\u00b7\uf0a7]"
    r"|(?P<o>o))\t+"
)
# "Section B<tab>Roles": Word's tab after a division's number, not a row of two cells.
_DIVISION_TAB = re.compile(DIVISION.pattern + r"\.?\t+", re.I)
# A hyphen, dash or asterisk is a bullet only before a space; a bullet glyph (also the private-use
# Symbol/Wingdings bullets PDF extraction leaves) may touch its text ("\u2022First point").
# Word's "o" sub-bullet also pastes with its tab turned to spaces ("o the member's role"): no word is a lone "o".
BULLET = re.compile(r"^(?:[-*\u2013\u2014\u2043]\s+|[\u2022\u25aa\u25e6\u25cb\u00b7\u25cf\u25a0\u27a2\uf0b7\uf0a7\uf076\uf0d8]\s*"
                    r"|o +(?=\S)|<li>\s*)")
# Bullet glyphs that mark the same level of a list: a change of glyph (or indent) starts a nested list.
_GLYPH_CLASSES = {"\u2022": "\u2022", "\u00b7": "\u2022", "\u25cf": "\u2022", "\uf0b7": "\u2022",
                  "o": "\u25e6", "\u25e6": "\u25e6", "\u25cb": "\u25e6", "\u25aa": "\u25aa", "\u25a0": "\u25aa", "\uf0a7": "\u25aa",
                  "\u2013": "-", "\u2014": "-", "\u2043": "-", "-": "-", "*": "*", "\u27a2": "\u27a2", "\uf0d8": "\u27a2",
                  "\uf076": "\uf076", "<": "<li>"}


def bullet_glyph(marker: str) -> str:
    """The list level a bullet marker stands for: "•", "·" and Symbol's private-use bullet are one."""
    return _GLYPH_CLASSES.get(marker.strip()[:1], marker.strip()[:1])

MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# "Signed: R. Moss, Chairman" (initials allowed): wherever it stands, it signs the document.
SIGNED = (re.compile(r"^signed\s*[:\-–]\s*([^.;]|(?<=\b\w)\.\s){0,60}$", re.I), "signature block")
FURNITURE = (
    (re.compile(r"^this page (is )?(intentionally|deliberately) (left )?blank\.?$", re.I), "blank-page notice"),
    (re.compile(r"^(page\s+)?\d{1,3}(\s+of\s+\d{1,3}|\s*/\s*\d{1,3})?$|^[-\u2013\u2014]\s*\d{1,3}\s*[-\u2013\u2014]$"
                # Word's footers: "3 | Page", "Page | 3", "4 | P a g e"
                r"|^(\d{1,3}\s*\|\s*)?p\s?a\s?g\s?e(\s*\|\s*\d{1,3})?$"
                # A constitution's chapter pages: "Page 8.12", "Page 8.12 of 40".
                r"|^page\s+\d{1,3}\.\d{1,3}(\s+of\s+\d{1,3})?$", re.I), "page number"),
    # A footer and its page number on one line: "Constitution – Part 6        Page 47".
    (re.compile(r"^\S.{0,80}?(\s{3,}|\t+)page\s+\d{1,3}(\.\d{1,3})?(\s+of\s+\d{1,3})?$", re.I),
     "running header or footer"),
    # What a web page wraps round the text it shows: cookie banner, skip link, breadcrumb, feedback prompt.
    (re.compile(r"^(we use (some )?(essential )?cookies\b.{0,200}|(accept|reject|manage) (all |optional )?cookies\.?"
                r"|skip to (the )?(main )?content|back to (the )?top|home\s*(>|›|»|/|\|)\s*\S.{0,150}"
                r"|was this page (helpful|useful)\??.{0,30}|print this page|share this page.{0,60})$", re.I),
     "web page furniture"),
    # A script or style element on one line: code, not text, and shown nowhere.
    (re.compile(r"^<(script|style)\b[^<>]*>.*</\1\s*>$", re.I), "HTML script or style"),
    (re.compile(r"^-{2,}(\t+-{2,})*\t*$|^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$"), "table rule"),
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
    SIGNED,
)
# "Contents", "Table of Contents", "Index": a contents list's heading, when entries follow.
CONTENTS_HEADING = re.compile(r"^(table\s+of\s+)?(contents|index)\s*:?$", re.I)
# The column heads over a contents list: "Section    Page", "Paragraph No. Page", "Page".
_COLUMN_HEADS = re.compile(r"^((section|paragraph|para|item|no\.?|number|title|heading|subject)\s+)*page(s|\s+no\.?)?$", re.I)
# A contents entry without leader dots: a short title and its page number ("1. Introduction 3", "Roles\t4").
_BARE_ENTRY = re.compile(r"^([\dA-Z]{1,3}(\.\d{1,3})*\.?[ \t]+)?[^.;:\s][^.;:]{0,80}?[ \t]+\d{1,3}$")


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


def _lettering(lines: tuple[str, ...]) -> tuple[bool, bool]:
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


def classify(index: int, raw: str, letter_sections: bool = False, bare_lettered: bool = False) -> Line:
    marker = MARKER_TAB.match(raw) or _DIVISION_TAB.match(raw)
    if marker and "\t" not in raw[marker.end():]:
        head = "\u25e6" if marker.groupdict().get("o") else raw[: marker.end()].rstrip("\t")
        raw = head + " " + raw[marker.end():]
    stripped = raw.strip()
    if not stripped:
        return Line(index, raw, "blank")
    for pattern, reason in FURNITURE:
        # A control line starts with a capital ("adopted by the Council in 2019" is a wrapped sentence) and is no row.
        if pattern.match(stripped) and not (reason == "document control" and ("\t" in stripped or stripped[0].islower())):
            return Line(index, raw, "furniture", reason=reason)
    if _markup_only(stripped) and not plain(to_spans(stripped)):
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


_TR_OPEN = re.compile(r"<tr\b[^<>]*>", re.I)
_TR_CLOSE = re.compile(r"</tr\s*>", re.I)
_ROW_STOP = re.compile(r"<tr\b|</?(table|thead|tbody|tfoot)\b", re.I)  # a row of its own or the table's end
_CELL_OPEN = re.compile(r"<t[dh]\b[^<>]*>", re.I)
_CELL_TAG = re.compile(r"<(/?)t[dh]\b[^<>]*>|</tr\s*>", re.I)
_ANY_TAG = re.compile(r"<[^<>]*>")
_ROW_LINES = 60  # a row taller than this is no row: its "<tr>" opened something else


def _markup_only(text: str) -> bool:
    return not _ANY_TAG.sub("", text).strip()


def _opens_row(raw: str) -> int | None:
    """Where the row a line opens and leaves open starts ("<tr>", "</tr><tr class="x"><td>Members"), or None."""
    opened = list(_TR_OPEN.finditer(raw))
    return opened[-1].end() if opened and not _TR_CLOSE.search(raw, opened[-1].end()) else None


def _row_end(lines: tuple[str, ...], start: int) -> int | None:
    """The last line of an HTML row opened on ``start`` and written over several lines, or None.

    The row runs to its "</tr>", or up to the next row or the table's end ("<tr>",
    "</tbody>", "</table>": HTML may leave "</tr>" and "</td>" out). Text belongs
    to it only inside a cell: a line of text after every cell has closed ends it, and
    a row left open (two blank lines, the end of the text) ends with its last closed cell.
    """
    opened = _opens_row(lines[start])
    if opened is None:
        return None
    in_cell, cells, last_closed, blanks, last_text = False, 0, None, 0, start
    for j in range(start, min(len(lines), start + _ROW_LINES)):
        raw = lines[j] if j > start else lines[j][opened:]
        if j > start:
            if not raw.strip():
                blanks += 1
                if blanks >= 2:
                    break
                continue
            blanks = 0
            stop = _ROW_STOP.search(raw)
            if stop and _markup_only(raw[:stop.start()]) and not _CELL_TAG.search(raw[:stop.start()]):
                return last_text  # the next row or the table's end: this row ends above it
            first_cell = _CELL_OPEN.search(raw)
            if not in_cell and not _markup_only(raw[:first_cell.start()] if first_cell else raw):
                return last_text if cells else None  # text outside any cell: the row is over
        for tag in _CELL_TAG.finditer(raw):
            in_cell = tag.group(1) == ""  # "<td>" opens a cell; "</td>", "</th>" and "</tr>" close it
            cells += in_cell
        if not in_cell and cells:
            last_closed = j
        last_text = j
        if j > start and (_TR_CLOSE.search(raw) or _ROW_STOP.search(raw)):
            return j  # "...</td></tr>", "Bully</td></tbody>": the row ends on this line
    return last_text if not in_cell else last_closed


def _markup_inside_cell(line: Line) -> bool:
    """A line of markup with no text and no cell or row tag ("<img onerror=...>") between a cell's lines of text."""
    return line.reason == "HTML markup without text" and not _CELL_TAG.search(line.raw) \
        and not re.search(r"</?t(r|able|head|body|foot)\b", line.raw, re.I)


def _gathered_row(lines: tuple[str, ...], start: int, end: int) -> tuple[list[str], list[tuple[int, int]]] | None:
    """Cells of the HTML row on lines ``start``..``end`` and each cell's first and last line, as a one-line row reads them.

    The row starts after the "<tr>" its first line leaves open; what comes before
    that is the row before it ("<td>...</td></tr><tr>") or markup ("<tbody><tr>").
    """
    pieces = [lines[start][_opens_row(lines[start]) or 0:], *lines[start + 1:end + 1]]
    text = "\n".join(pieces)
    closed = _TR_CLOSE.search(text)
    text = text[:closed.end()] if closed else text  # after its "</tr>" comes the next row ("</tr><tr>")
    offsets = [0]
    for line in pieces[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    opens = list(_CELL_OPEN.finditer(text))
    if len(opens) < 2 or not _markup_only(text[:opens[0].start()]):
        return None

    def line_of(offset: int) -> int:
        return start + max(k for k, first in enumerate(offsets) if first <= offset)

    cells: list[str] = []
    spans: list[tuple[int, int]] = []
    for k, opening in enumerate(opens):
        segment = text[opening.end(): opens[k + 1].start() if k + 1 < len(opens) else len(text)]
        closing = re.search(r"</t[dh]\s*>", segment, re.I)
        words = _ANY_TAG.sub(lambda tag: " " * len(tag.group(0)), segment).rstrip()
        end_at = max(closing.end() - 1 if closing else 0, len(words) - 1 if words.strip() else 0)
        cell = re.sub(r"</t[dh]>|</tr>|</tbody>|</table>", "", segment, flags=re.I)
        cells.append(" ".join(cell.split()))  # white space in HTML is one space, and a cell holds no tab
        spans.append((line_of(opening.start()), line_of(opening.end() + end_at)))
    return cells, spans


def _gather_html_rows(lines: tuple[str, ...], classified: list[Line]) -> list[Line]:
    """HTML rows written one tag per line ("<tr>" / "<td>Treat officers...</td>" / "</tr>") read as one row each.

    The row becomes one table line, on its first cell's line, holding every cell
    and each cell's own lines; the other lines of its cells are of kind "cell",
    and its markup outside its cells ("<tr>", "</tr>" on their own) stays residue.
    """
    out = list(classified)
    taken: set[int] = set()  # lines given to a row already ("</td></tr><tr>" ends one row and opens the next)
    start = 0
    while start < len(lines):
        end = (_row_end(lines, start) if "<" in lines[start] else None) or start
        row = _gathered_row(lines, start, end) if end > start else None
        if row is None:
            start += 1
            continue
        cells, spans = row
        # Lines of cells with text are the row's; a cell with none ("<td></td>") leaves its lines to the residue.
        within = {n for cell, (first, last) in zip(cells, spans) if cell_pieces(cell) for n in range(first, last + 1)}
        empty = {n for first, last in spans for n in range(first, last + 1)} - within
        head = min(within - taken, default=None)
        if head is None or not (start in taken or _markup_only(lines[start][:_opens_row(lines[start]) or 0])):
            start += 1  # no text in any cell, or text before the "<tr>": not a row written over several lines
            continue
        for n in range(start, end + 1):
            if n in taken or (n not in within and not lines[n].strip()):
                continue
            if n == head:
                out[n] = Line(n, "\t".join(cells), "table", text=lines[n], cell_lines=tuple(spans))
            elif n in within and not _markup_inside_cell(classified[n]):
                out[n] = Line(n, lines[n], "cell", text=lines[n].strip())
            elif n in within:
                out[n] = classified[n]  # "<img ...>" alone inside a cell shows nothing of itself: reported as residue
            else:
                out[n] = Line(n, lines[n], "furniture",
                              reason="empty table cell" if n in empty else "HTML markup without text")
            taken.add(n)
        start = end if _opens_row(lines[end]) is not None else end + 1
    return out


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


def _repeat_key(text: str) -> str:
    """A line with its numbers blanked, so "Constitution Part 5 - Page 12" and "... Page 13" are one line."""
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


def _running_heads(classified: list[Line]) -> set[str]:
    """Lines of three words or more that recur on three or more pages: a running header or footer.

    Sub-headings such as "Members" may legitimately recur, so one-word lines and
    lead-ins ending with a colon are never taken for page furniture, and a
    two-word line ("Part 5") only when it stands by a page number every time.
    """
    counts: Counter[str] = Counter()
    by_page: Counter[str] = Counter()  # occurrences next to a page number ("Page 2 of 3")
    short: Counter[str] = Counter()  # two-word lines ("Part 5"): furniture only if always by a page number
    text_lines = [line for line in classified if line.kind != "blank"]
    for at, line in enumerate(text_lines):
        text = line.raw.strip()
        if line.kind == "text" and not line.bullet and len(text.split()) >= 2 and not text.endswith(":"):
            (counts if len(text.split()) >= 3 else short)[_repeat_key(text)] += 1
            near = text_lines[max(0, at - 1): at] + text_lines[at + 1: at + 2]
            by_page[_repeat_key(text)] += any(n.reason == "page number" for n in near)
    # Twice is enough when every time the line stands by a page number: a two-page document's footer.
    return {key for key, count in counts.items() if count >= 3 or (count >= 2 and by_page[key] == count)} \
        | {key for key, count in short.items() if count >= 2 and by_page[key] == count}


def _contact_names(classified: list[Line]) -> set[int]:
    """The name line over a "Tel:" / "Email:" line ("Hazel Best, Assistant Director"): contact details too."""
    names: set[int] = set()
    text_lines = [line for line in classified if line.kind != "blank"]
    for before, after in zip(text_lines, text_lines[1:]):
        if after.reason == "contact details" and before.kind == "text" and before.number is None \
                and not before.bullet and len(before.text.split()) <= 12 and not re.search(r"[.;:]$", before.text):
            names.add(before.index)
    return names


def _contents(classified: list[Line]) -> list[Line]:
    """A contents list: its heading ("Contents"), column heads ("Section ... Page") and entries, as furniture.

    A list starts at a "Contents" heading (then "1. Introduction 3" without leader
    dots is an entry too) or at an entry with leader dots, and runs, across blank
    lines, while lines are entries, column heads or the first line of an entry
    wrapped onto the next ("3. Relations with the Press and" / "Media ..... 3").
    A heading with no entries under it ("Index" as a section title) is left as text.
    """
    out = list(classified)
    lines = [line for line in classified if line.kind != "blank"]

    def entry(line: Line, bare: bool) -> bool:
        stripped = line.raw.strip()
        return line.reason == "contents" or (bare and line.kind in ("text", "table") and bool(_BARE_ENTRY.match(stripped))
                                             and len(stripped.split()) <= 14)

    def wrapped_entry(at: int, bare: bool) -> bool:
        line = lines[at]
        return line.kind == "text" and at + 1 < len(lines) and entry(lines[at + 1], bare) \
            and len(line.raw.split()) <= 12 and not re.search(r"[.;:]$", line.raw.strip())

    at = 0
    while at < len(lines):
        heading = lines[at].kind == "text" and bool(CONTENTS_HEADING.match(lines[at].raw.strip()))
        if not heading and lines[at].reason != "contents":
            at += 1
            continue
        run, entries, nxt = [at], 0 if heading else 1, at + 1
        while nxt < len(lines):
            if entry(lines[nxt], heading):
                entries += 1
            elif lines[nxt].kind == "cell" or not (_COLUMN_HEADS.match(lines[nxt].raw.strip())
                                                   or wrapped_entry(nxt, heading)):
                break
            run.append(nxt)
            nxt += 1
        if entries:
            for k in run:
                # An entry written as an HTML row over several lines takes its cells' lines with it.
                last = max((end for _, end in lines[k].cell_lines), default=lines[k].index)
                for n in range(lines[k].index, last + 1):
                    if n == lines[k].index or out[n].kind == "cell":
                        out[n] = Line(n, classified[n].raw if n != lines[k].index else lines[k].raw,
                                      "furniture", reason="contents")
        at = nxt
    return out


def _footnotes(classified: list[Line]) -> set[int]:
    """ "1 Chapter 7 of the Localism Act 2011 deals with...": a footnote among sections printed "1.", "2.".

    Where the document prints its top-level numbers with a dot, a line opening on
    an undotted number that does not come next in that sequence is a footnote
    pasted from the foot of a page, not a clause.
    """
    def top(line: Line) -> NumberToken | None:
        number = line.number
        if line.kind == "text" and number is not None and number.style == "decimal" and number.depth == 1 \
                and not number.prefix and not line.bullet and number.printed[:1].isdigit():
            return number
        return None
    tops = [(line, number) for line in classified if (number := top(line)) is not None]
    dotted = [line for line, number in tops if number.printed.endswith(".")]
    notes = _page_foot_notes(classified, top, dotted_sections=len(dotted) >= 2)
    if len(dotted) < 2 or len(tops) - len(dotted) >= len(dotted):
        return notes
    last = 0
    for line, number in tops:
        if number.printed.endswith("."):
            last = number.value
        elif number.value != last + 1 and not is_heading_text(line.text):
            notes.add(line.index)
    return notes


def _page_foot_notes(classified: list[Line], top: Callable[[Line], NumberToken | None], dotted_sections: bool) -> set[int]:
    """Footnotes at the foot of a page: undotted numbered lines just above its page number.

    One is a footnote when the page's text carries its marker glued to a word
    ("...the Code of Conduct1.") or, in a document that prints its sections
    "1.", "2.", when it is undotted: "2 Localism Act 2011, section 27." above
    "Page 1 of 3" must not take section 2's number and permanent id.
    """
    notes: set[int] = set()
    page_start = 0
    for k, line in enumerate(classified):
        if line.reason != "page number":
            continue
        j = k - 1
        while j >= page_start and (classified[j].kind == "blank" or (
                (number := top(classified[j])) is not None and not number.printed.endswith("."))):
            number = top(classified[j])
            if number is not None:
                marker = re.compile(rf"[^\W\d_]{number.value}(?!\d)")
                page = " ".join(c.raw for c in classified[page_start:j] if c.kind == "text")
                if dotted_sections or marker.search(page):
                    notes.add(classified[j].index)
            j -= 1
        page_start = k + 1
    return notes


_ITEM_END = re.compile(r"(;|;\s*(and|or)|,|\.)$")


def _unmarked_items(classified: list[Line]) -> set[int]:
    """Lines listed under a lead-in with no bullet ("Councillors should:" / "be courteous;" / "give notice.").

    Every line of the run straight under the lead-in starts in lower case and
    ends as a list item does (";", "; and", ","), the last with a full stop; a
    line that ends mid-sentence means the text was wrapped, not listed, and
    nothing is taken.
    """
    items: set[int] = set()
    for at, lead in enumerate(classified):
        if lead.kind != "text" or not re.search(r":-?$", lead.raw.strip()):
            continue
        run = []
        for line in classified[at + 1:]:
            if line.kind != "text" or line.bullet or line.number is not None or not line.text[:1].islower():
                break
            run.append(line)
            if line.text.rstrip().endswith("."):
                break
        if len(run) >= 2 and all(_ITEM_END.search(line.text.rstrip()) for line in run) \
                and run[-1].text.rstrip().endswith((".", ";")):
            items.update(line.index for line in run)
    return items


def _footers_naming_the_document(classified: list[Line], title: str, council: str) -> set[int]:
    """A line beside a page number that repeats the title or names the council: a footer, even seen once.

    A two-page protocol prints its footer once ("Little Haddon Parish Council –
    Councillor and Clerk Protocol" / "Page 2"); it is no heading of the text.
    """
    text_lines = [line for line in classified if line.kind != "blank"]
    found: set[int] = set()
    for at, line in enumerate(text_lines):
        near = text_lines[max(0, at - 1): at] + text_lines[at + 1: at + 2]
        if line.kind == "text" and not line.bullet and line.number is None and is_heading_text(line.text) \
                and any(n.reason == "page number" for n in near) and names_document(line.text, title, council):
            found.add(line.index)
    return found


_SCRIPT_OPEN = re.compile(r"^\s*<(script|style)\b[^<>]*>", re.I)


def _script_lines(lines: tuple[str, ...]) -> set[int]:
    """The lines of a <script> or <style> element written over several lines: code, shown nowhere."""
    found: set[int] = set()
    at = 0
    while at < len(lines):
        opened = _SCRIPT_OPEN.match(lines[at])
        end = next((k for k in range(at, min(len(lines), at + 200))
                    if re.search(rf"</{opened.group(1)}\s*>", lines[k], re.I)), None) if opened else None
        if end is None:
            at += 1
            continue
        found.update(range(at, end + 1))
        at = end + 1
    return found


def classify_all(lines: tuple[str, ...], title: str = "", council: str = "") -> list[Line]:
    """Every line classified; ``title`` and ``council`` tell a footer that names the document from a heading."""
    letter_sections, bare_lettered = _lettering(lines)
    scripts = _script_lines(lines)
    classified = _contents(_gather_html_rows(lines, [
        Line(i, raw, "furniture", reason="HTML script or style") if i in scripts and raw.strip()
        else classify(i, raw, letter_sections, bare_lettered) for i, raw in enumerate(lines)]))
    footers = _footers_naming_the_document(classified, title, council)
    classified = [Line(line.index, line.raw, "furniture", reason="running header or footer")
                  if line.index in footers else line for line in classified]
    heads = _running_heads(classified)
    names = _contact_names(classified)
    notes = _footnotes(classified)
    listed = _unmarked_items(classified)
    classified = [replace(line, bullet=True, marker="\u2022") if line.index in listed else line for line in classified]
    return [Line(line.index, line.raw, "furniture", reason="running header or footer")
            if line.kind == "text" and _repeat_key(line.raw.strip()) in heads and not line.bullet else
            Line(line.index, line.raw, "furniture", reason="contact details") if line.index in names else
            Line(line.index, line.raw, "furniture", reason="footnote") if line.index in notes else line
            for line in classified]
