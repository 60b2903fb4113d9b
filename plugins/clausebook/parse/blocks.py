"""Group classified lines into blocks: one paragraph, list item, table or residue each.

This is where text broken by PDF extraction is mended: wrapped lines are
joined, and a sentence cut by a page break ("...a Head of Service" / blank /
"or Chief Officer, the matter...") is joined back to its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clausebook.parse.hyphens import Vocabulary, join_broken
from clausebook.parse.lines import Line
from clausebook.parse.numbering import PAREN, NumberToken
from clausebook.parse.shapes import FUNCTION_WORDS, is_caps_heading, is_heading_text, is_title_case

TERMINAL = re.compile(r"[.!?:;\"\u201d)]\s*$|:-\s*$")
_DETERMINERS = {"a", "an", "the", "any", "each", "every", "relevant", "appropriate", "their", "his", "her", "its"}


@dataclass
class TableRow:
    index: int  # body line index
    cells: list[str]
    last: int  # last body line (a row continued across a blank line grows)
    # Each cell's first and last body line, for a row gathered from HTML over several lines; else every cell is the row's
    spans: list[tuple[int, int]] | None = None


@dataclass
class Block:
    """A run of lines that forms one unit of the document."""

    kind: str  # text | table | residue
    first: int
    last: int
    source: str = ""  # text with inline markup, number and bullet removed
    number: NumberToken | None = None
    bullet: bool = False
    indent: int = 0
    rows: list[TableRow] = field(default_factory=list)
    reason: str = ""
    marker: str = ""  # a bullet's glyph class


def join_text(before: str, after: str, vocabulary: Vocabulary) -> str:
    """Join two pieces of one sentence; a word broken at a line end ("an-" / "other") is mended as ``hyphens`` says."""
    mended = join_broken(before, after, vocabulary)
    return mended if mended is not None else f"{before} {after}".strip()


def ends_sentence(text: str) -> bool:
    return bool(TERMINAL.search(text))


def _continues(block: Block, line: Line) -> bool:
    """Does ``line``, after a blank line, carry on the sentence of ``block``?"""
    number_alone = not block.source.strip()
    if not _plain_text(line) and not (number_alone and line.kind == "text" and line.number is None and not line.bullet):
        return False  # a number alone on its line takes the text or list item under it, never another number
    if number_alone:
        return True  # a number on a line of its own: its text follows
    if ends_sentence(block.source) or is_caps_heading(block.source) or \
            (is_heading_text(block.source) and is_title_case(block.source)):
        return False
    if is_heading_text(line.text) and is_title_case(line.text) and not line.text[:1].islower():
        return False  # "...the proper officer of the Council" / "The Clerk Is Not a Secretary": a heading, not its end
    first = line.text.lstrip("*_<>u/ ")[:1]
    if first.islower():
        return True
    words = re.findall(r"[\w'/-]+", block.source)
    if first.isupper() and words and words[-1].lower() in _NEVER_LAST:
        return True  # "Officers give advice to the" / "Page 14" / "Member concerned.": no text ends on "the"
    if len(words) < 6 or not first.isupper():
        return False
    # "...If the complaint concerns a Strategic" / "Director or ...": a title cut in two.
    last, before = words[-1], words[-2].lower()
    return (last.lower() in FUNCTION_WORDS) or (last[:1].isupper() and before in _DETERMINERS)


# Words no sentence or heading ends on: a line ending on one was cut, whatever case the next line opens in.
_NEVER_LAST = frozenset({"the", "a", "an", "of", "to", "for", "with", "by", "and", "or", "from", "into", "their", "its",
                         "whose", "which"})
_CITING = {"paragraph", "paragraphs", "para", "paras", "section", "sections", "clause", "clauses", "rule", "rules",
           "article", "articles", "appendix", "schedule", "part", "parts", "regulation", "regulations", "see"}


def _cited_number(block: Block, line: Line) -> bool:
    """A number at the start of a line that carries on the sentence above it, not a clause number.

    "...guidance under paragraph" / "5.4.2.1 from time to time.", "...reply within" /
    "10 working days.": the sentence is unfinished and either cites a number or goes on in lower case;
    "...section 100A" / "(4) of the Act": a subsection of the section cited, not a list item.
    """
    words = block.source.split()
    if not (line.kind == "text" and not line.bullet and len(words) >= 4 and not ends_sentence(block.source)) \
            or is_caps_heading(block.source):
        return False
    if line.number is None:
        # "...defined in section 100A" / "(4) of the Local Government Act 1972": a subsection cited, not item (4).
        item = PAREN.match(line.text)
        return item is not None and words[-2].lower() in _CITING and bool(_SECTION_NUMBER.fullmatch(words[-1])) \
            and line.text[item.end():].lstrip()[:1].islower()
    return re.sub(r"\W", "", words[-1]).lower() in _CITING or line.text[:1].islower()


_SECTION_NUMBER = re.compile(r"\d+[A-Za-z]{0,2}")


def _plain_text(line: Line) -> bool:
    """Text with no number, bullet or list marker of its own: it can only carry on a clause."""
    return line.kind == "text" and line.number is None and not line.bullet and not PAREN.match(line.text)


def _split_cells(raw: str) -> list[str]:
    return [cell.strip() for cell in raw.rstrip("\n").split("\t")]


def _collect_table(lines: list[Line], start: int, vocabulary: Vocabulary) -> tuple[Block, list[Block], int]:
    """Rows separated by tabs, allowing blank lines between rows and cells continued on the next row.

    A rule between rows ("|---|---|" under a Markdown header) stays inside the
    table and is returned apart, as residue.
    """
    rows: list[TableRow] = []
    rules: list[Block] = []
    i = start
    while i < len(lines):
        line = lines[i]
        if line.kind == "table":
            cells = _split_cells(line.raw)
            spans = list(line.cell_lines) or None
            last = max((end for _, end in line.cell_lines), default=line.index)
            if rows and _continues_cell(rows[-1], cells, first=len(rows) == 1):
                _merge_row(rows[-1], cells, last, vocabulary, spans)
            else:
                rows.append(TableRow(line.index, cells, last, spans))
            i += 1
            # The rest of a row gathered from HTML lines: its cells' lines are in it, markup between its cells is residue.
            while i < len(lines) and lines[i].index <= last:
                if lines[i].kind == "furniture":
                    rules.append(_residue(lines[i]))
                i += 1
        elif line.kind == "blank":
            j = i
            while j < len(lines) and lines[j].kind == "blank":
                j += 1
            if j < len(lines) and lines[j].kind == "table" and j - i <= 2 \
                    and not (_header_like(rows[0].cells) and _header_like(_split_cells(lines[j].raw))):
                i = j
            elif j < len(lines) and _between_rows(lines[j]) and _table_resumes(lines, j):
                i = j  # a page break between rows, or HTML markup ("</tr>", "<tbody>")
            else:
                break  # a second header row after a gap ("Do / Don't") starts a table of its own
        elif line.reason == "table rule" and i + 1 < len(lines) and lines[i + 1].kind == "table":
            rules.append(_residue(line))
            i += 1
        elif _between_rows(line) and _table_resumes(lines, i):
            # A page break inside the table (its footer and page number), or the markup between
            # HTML rows written over several lines ("</tr>" / "<tr>"): residue, the table goes on.
            rules.append(_residue(line))
            i += 1
        else:
            break
    return Block("table", rows[0].index, rows[-1].last, rows=rows), rules, i


_PAGE_FURNITURE = {"page number", "running header or footer", "blank-page notice"}


# A table's empty cells ("<td></td>" on its own line) and rows ("| | |"): residue, the table goes on.
_EMPTY_PARTS = ("empty table cell", "empty table row")

# Markup between the rows of one table: any but "<table>"/"</table>", which start or end a table.
_ROW_MARKUP = re.compile(r"^(</?(thead|tbody|tfoot|tr|td|th)\b[^<>]*>\s*)+$", re.I)


def _between_rows(line: Line) -> bool:
    """Page furniture, or HTML markup of rows ("</tr>", "</thead>", "<tbody>"), that a table goes on after."""
    return line.kind == "furniture" and (line.reason in _PAGE_FURNITURE or line.reason in _EMPTY_PARTS or (
        line.reason == "HTML markup without text" and bool(_ROW_MARKUP.match(line.raw.strip()))))


def _table_resumes(lines: list[Line], start: int) -> bool:
    """Do rows go on after the page furniture or row markup (and blank lines) from ``start``?"""
    j, page = start, 0  # a page break is a few lines; HTML rows may have many lines of markup between them
    while j < len(lines) and (lines[j].kind == "blank" or _between_rows(lines[j])) and page < 6 and j - start < 60:
        page += lines[j].reason not in ("HTML markup without text", *_EMPTY_PARTS)
        j += 1
    return j < len(lines) and lines[j].kind == "table"


def _header_like(cells: list[str]) -> bool:
    """ "Members Do | Members Don't": every cell filled with a few title-case words."""
    return len(cells) >= 2 and all(cell and len(cell.split()) <= 4 and is_title_case(cell)
                                   and not re.search(r"\d|[.;,:]$", cell) for cell in cells)


def _continues_cell(row: TableRow, cells: list[str], first: bool) -> bool:
    """A row whose every cell with text starts lower-case, under a cell left mid-sentence, carries those cells on.

    A PDF wraps each cell of a row at its column's width ("Treat officers with
    courtesy and" | "Criticise or abuse officers in" / "respect, in meetings" |
    "public or on social media"): one row, not two rows of half-sentences.
    """
    filled = [n for n, c in enumerate(cells) if c]
    if not filled or not all(column < len(row.cells) and row.cells[column] and not ends_sentence(row.cells[column])
                             and cells[column][:1].islower() for column in filled):
        return False
    # Several cells at once: a list of short lower-case items ("be courteous" | "bully staff") is rows of its own;
    # a wrapped row shows it was cut, a cell above ending on "and", "in", "the" or a comma. The first row is
    # most often the header ("Members do" | "Members do not"), which no row carries on.
    return len(filled) == 1 or (not first and any(_cut(row.cells[column]) for column in filled))


def _cut(text: str) -> bool:
    words = text.split()
    return text.endswith((",", "-")) or (bool(words) and words[-1].lower() in FUNCTION_WORDS)


def _merge_row(row: TableRow, cells: list[str], last: int, vocabulary: Vocabulary,
               spans: list[tuple[int, int]] | None = None) -> None:
    for column, cell in enumerate(cells):
        if cell:
            row.cells[column] = join_text(row.cells[column], cell, vocabulary)
            if row.spans is not None:  # the cell now runs on to the end of its continuation
                row.spans[column] = (row.spans[column][0], spans[column][1] if spans else last)
    row.last = last


def _residue(line: Line) -> Block:
    return Block("residue", line.index, line.index, reason=line.reason, source=line.raw.strip())


def group(lines: list[Line]) -> list[Block]:
    """Blocks in source order; every non-blank line belongs to exactly one block."""
    blocks: list[Block] = []
    vocabulary = Vocabulary.of(line.raw for line in lines)
    width = _wrap_width(lines)
    # No line certainly wraps, yet some are long: text pasted from Word, one paragraph per line.
    per_line = width is None and any(line.kind == "text" and len(line.raw) > 120 for line in lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind == "blank":
            i += 1
        elif line.kind == "furniture":
            blocks.append(_residue(line))
            i += 1
        elif line.kind == "table":
            block, rules, i = _collect_table(lines, i, vocabulary)
            blocks.append(block)
            blocks.extend(rules)
        else:
            block = Block("text", line.index, line.index, line.text, line.number, line.bullet, line.indent,
                          marker=line.marker)
            furniture: list[Block] = []  # page numbers and the like inside a clause cut by a page break
            i += 1
            while i < len(lines):
                nxt = lines[i]
                if _plain_text(nxt) and not _standalone(block, nxt) and not _title_after_sentence(block, nxt) \
                        and not _paragraph_ends(lines[i - 1], block, nxt, width, per_line):
                    block.source = join_text(block.source, nxt.text, vocabulary)
                    block.last = nxt.index
                    i += 1
                    continue
                if _cited_number(block, nxt):
                    cited = f"{nxt.number.printed} {nxt.text}" if nxt.number is not None else nxt.text
                    block.source = join_text(block.source, cited, vocabulary)
                    block.last = nxt.index
                    i += 1
                    continue
                j = i
                while j < len(lines) and lines[j].kind in ("blank", "furniture"):
                    j += 1
                if j > i and j < len(lines) and _continues(block, lines[j]):
                    furniture += [_residue(skipped) for skipped in lines[i:j] if skipped.kind == "furniture"]
                    block.source = join_text(block.source, lines[j].text, vocabulary)
                    block.last = lines[j].index
                    i = j + 1
                    continue
                break
            blocks.append(block)
            blocks.extend(furniture)
    return blocks


def _wrap_width(lines: list[Line]) -> int | None:
    """The width text was wrapped at, from lines that certainly wrap (the next line goes on in lower case).

    None when the text is not wrapped (one paragraph per line), as most pasted
    documents are; then no line is judged by its length.
    """
    # A bullet or list item in lower case ("- to act within...") starts a point of its own: no evidence of a wrap.
    wrapped = sorted(len(line.raw.rstrip()) for line, nxt in zip(lines, lines[1:])
                     if line.kind == "text" and nxt.kind == "text" and nxt.text[:1].islower() and not nxt.bullet
                     and not PAREN.match(nxt.text) and (nxt.number is None or not ends_sentence(line.text)))
    return wrapped[len(wrapped) // 2] if len(wrapped) >= 3 else None


def _paragraph_ends(last: Line, block: Block, nxt: Line, width: int | None, per_line: bool) -> bool:
    """Does a sentence ending at the end of ``last`` end its paragraph, with no blank line after it?

    In wrapped text, when it ends well short of the wrap width ("...to the Chief
    Executive." / "Members should...") or on a colon; in text with one paragraph
    per line, always, and a short title ("Personal relationships") ends there too.
    """
    if not nxt.text.lstrip("\"'\u201c\u2018([*_")[:1].isupper():  # a quotation opens with its mark: '"Both...'
        return False
    if per_line and is_heading_text(block.source):
        return True
    if not ends_sentence(block.source):
        return False
    if re.search(r":-?\s*$", block.source):
        return True  # "...can be summarised as follows:" / "Members and Officers are...": a lead-in ends its paragraph
    if width is None:
        return per_line
    # Well short of the wrap width, or far beyond it: a line of a mixed document that was never wrapped
    # (a whole paragraph on one line beside a few wrapped ones) ends its paragraph with its sentence too.
    return not 0.75 * width <= len(last.raw.rstrip()) <= 1.5 * width


def _title_after_sentence(block: Block, nxt: Line) -> bool:
    """ "...represent their wards." / "Officers": a title-case line after a finished sentence starts a new block."""
    text = nxt.text.strip()
    return ends_sentence(block.source) and is_heading_text(text) and is_title_case(text)


def _standalone(block: Block, nxt: Line) -> bool:
    """A heading line is never joined to the line under it, even without a blank between.

    An ALL-CAPS heading always stands alone; a one-line title in title case
    ("1. Introduction", "2) Relationships", "Procedure for Members") stands alone
    when the next line opens a new sentence, as text pasted without blank lines has it.
    """
    if block.bullet:
        return False
    if block.number is None and is_heading_text(block.source) and block.source.isupper():
        return True
    marker = PAREN.match(block.source)
    title = block.source[marker.end():].strip() if marker else block.source
    return block.first == block.last and nxt.text[:1].isupper() and is_heading_text(title) \
        and not title.rstrip().endswith(":") and is_title_case(title)
