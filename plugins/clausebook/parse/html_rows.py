"""HTML table rows written one tag per line, read back as one row each.

A web page or a Word export pasted as HTML puts "<tr>", each "<td>" and the
text of each cell on lines of their own. Each such row becomes one table line
holding every cell and each cell's own lines, so the no-loss rule still finds
every source line in a clause or in the residue.
"""

from __future__ import annotations

import re

from clausebook.parse.lines import ANY_TAG, Line, cell_pieces, markup_only

_TR_OPEN = re.compile(r"<tr\b[^<>]*>", re.I)
_TR_CLOSE = re.compile(r"</tr\s*>", re.I)
_ROW_STOP = re.compile(r"<tr\b|</?(table|thead|tbody|tfoot)\b", re.I)  # a row of its own or the table's end
_CELL_OPEN = re.compile(r"<t[dh]\b[^<>]*>", re.I)
_CELL_TAG = re.compile(r"<(/?)t[dh]\b[^<>]*>|</tr\s*>", re.I)
_ROW_LINES = 60  # a row taller than this is no row: its "<tr>" opened something else


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
            if stop and markup_only(raw[:stop.start()]) and not _CELL_TAG.search(raw[:stop.start()]):
                return last_text  # the next row or the table's end: this row ends above it
            first_cell = _CELL_OPEN.search(raw)
            if not in_cell and not markup_only(raw[:first_cell.start()] if first_cell else raw):
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
    if len(opens) < 2 or not markup_only(text[:opens[0].start()]):
        return None

    def line_of(offset: int) -> int:
        return start + max(k for k, first in enumerate(offsets) if first <= offset)

    cells: list[str] = []
    spans: list[tuple[int, int]] = []
    for k, opening in enumerate(opens):
        segment = text[opening.end(): opens[k + 1].start() if k + 1 < len(opens) else len(text)]
        closing = re.search(r"</t[dh]\s*>", segment, re.I)
        words = ANY_TAG.sub(lambda tag: " " * len(tag.group(0)), segment).rstrip()
        end_at = max(closing.end() - 1 if closing else 0, len(words) - 1 if words.strip() else 0)
        cell = re.sub(r"</t[dh]>|</tr>|</tbody>|</table>", "", segment, flags=re.I)
        cells.append(" ".join(cell.split()))  # white space in HTML is one space, and a cell holds no tab
        spans.append((line_of(opening.start()), line_of(opening.end() + end_at)))
    return cells, spans


def gather_html_rows(lines: tuple[str, ...], classified: list[Line]) -> list[Line]:
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
        if head is None or not (start in taken or markup_only(lines[start][:_opens_row(lines[start]) or 0])):
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
