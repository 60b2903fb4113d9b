"""Every line of a document classified, then the passes that need the whole document, in order.

``lines.classify`` reads one line; here HTML rows written over several lines
are gathered, script blocks, HTML comments, contents lists, running heads,
footers, contact blocks and footnotes are set aside as furniture, and a list
pasted without its bullets is recognised.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clausebook.parse.furniture import (
    contact_names, contents, footers_naming_the_document, footnotes, hidden_lines, note_marker_pattern,
    raise_note_markers, repeat_key, running_heads,
)
from clausebook.parse.html_rows import gather_html_rows
from clausebook.parse.lines import Line, classify, lettering

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


def _pipe_cells(line: Line, width: int) -> list[str] | None:
    """A line's cells split at its pipes, when it is text and has ``width`` of them, not all empty."""
    cells = [cell.strip() for cell in line.raw.strip().split("|")]
    return cells if line.kind == "text" and len(cells) == width and any(cells) else None


def _bare_pipe_rows(classified: list[Line]) -> dict[int, list[str]]:
    """Rows of a Markdown table written without its outer pipes, known by the rule under its header.

    "Term | Meaning" / "--- | ---" / "RFO | Responsible Financial Officer": with the rule, every
    line round it with as many cells is a row; without one, "Page 3 | Protocol" is a footer.
    """
    rows: dict[int, list[str]] = {}
    for at, line in enumerate(classified):
        if at == 0 or line.reason != "table rule" or "|" not in line.raw:
            continue
        width = len(line.raw.strip().strip("|").split("|"))
        head = _pipe_cells(classified[at - 1], width)
        if head is None:
            continue
        rows[classified[at - 1].index] = head
        for below in classified[at + 1:]:
            if (row := _pipe_cells(below, width)) is None:
                break
            rows[below.index] = row
    return rows


def classify_all(lines: tuple[str, ...], title: str = "", council: str = "") -> list[Line]:
    """Every line classified; ``title`` and ``council`` tell a footer that names the document from a heading."""
    letter_sections, bare_lettered = lettering(lines)
    hidden = hidden_lines(lines)
    classified = contents(gather_html_rows(lines, [
        _furniture(Line(i, raw, "blank"), hidden[i]) if i in hidden and raw.strip()
        else classify(i, raw, letter_sections, bare_lettered) for i, raw in enumerate(lines)]))
    footers = footers_naming_the_document(classified, title, council)
    classified = [_furniture(line, "running header or footer") if line.index in footers else line
                  for line in classified]
    heads = running_heads(classified)
    names = contact_names(classified)
    notes = footnotes(classified)
    bare_rows = _bare_pipe_rows(classified)
    classified = [Line(line.index, "\t".join(bare_rows[line.index]), "table", text=line.raw)
                  if line.index in bare_rows else line for line in classified]
    listed = _unmarked_items(classified)
    classified = [replace(line, bullet=True, marker="\u2022") if line.index in listed else line for line in classified]
    markers = note_marker_pattern(classified, notes)
    classified = [_furniture(line, "running header or footer")
                  if line.kind == "text" and repeat_key(line) in heads and not line.bullet else
                  _furniture(line, "contact details") if line.index in names else
                  _furniture(line, "footnote") if line.index in notes else line
                  for line in classified]
    if markers is None:
        return classified
    return [replace(line, text=raise_note_markers(line.text, markers)) if line.kind == "text" else line
            for line in classified]


def _furniture(line: Line, reason: str) -> Line:
    return Line(line.index, line.raw, "furniture", reason=reason)
