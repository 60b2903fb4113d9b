"""Build the clause tree from blocks, with stable labels.

A stack of open clauses decides each new clause's parent: a decimal number
finds its parent by depth, a list item continues its list or opens one under
the clause before it, a bullet follows its lead-in, an unnumbered paragraph
closes any open list. Sub-headings give context (the heading path) but do not
own the numbered clauses after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from clausebook.models import UNNAMED_COLUMN, Clause, Document, Residue
from clausebook.parse.blocks import Block, TableRow
from clausebook.parse.flatten import split_flattened
from clausebook.parse.inline import References, plain, to_spans
from clausebook.parse.lines import cell_pieces
from clausebook.parse.numbering import NumberToken, read_item
from clausebook.parse.shapes import (
    division_name, division_rank, is_bold_only, is_caps_heading, is_division, is_heading_text, is_lead_in, is_title_case,
)

LIST_STYLES = ("alpha", "roman", "alpha-upper", "roman-upper", "paren-num", "bullet")


# The second clause printed "5.1" in one document is labelled "5-1-dup2": ids stay unique.
_REPEAT = "-dup"
_REPEATED = re.compile(rf"{_REPEAT}(\d+)$")


def repeat_number(label: str) -> int | None:
    """Which clause of those printed with the same number a label names (2 for "5-1-dup2"), or None."""
    found = _REPEATED.search(label)
    return int(found.group(1)) if found else None


@dataclass
class Open:
    """A clause on the stack, still able to take children."""

    label: str
    kind: str  # part | section | heading | paragraph | item | cell
    style: str | None  # decimal | alpha | roman | paren-num | bullet | None
    token: NumberToken | None
    number: str | None  # normalised number path
    title: str
    lead_in: bool = False
    bulleted: bool = False
    subheading: str | None = None  # the latest sub-heading inside this section
    rank: int | None = None  # an unnumbered "Part 1"/"Section 2" division: its level; it prefixes its paragraphs' labels
    marker: str = ""  # a bullet's glyph class and indent: a point with another glyph or indent is nested
    indent: int = 0
    restarted: int = 0  # a numbered section: the last number of a list restarted at 1 inside it ("3." / "1.", "2.")


@dataclass
class TreeBuilder:
    """Accumulates clauses for one document; see ``add_*`` for the placement rules."""

    document: Document
    references: References = field(default_factory=dict)  # the document's Markdown link definitions
    clauses: list[Clause] = field(default_factory=list)
    residue: list[Residue] = field(default_factory=list)
    stack: list[Open] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    counters: dict[tuple[str, str], int] = field(default_factory=dict)
    last_item: dict[tuple[str, str], int] = field(default_factory=dict)
    section_styles: set[str] = field(default_factory=set)  # list styles a document numbers its sections in
    tables: int = 0

    # -- helpers -------------------------------------------------------------
    def _unique(self, label: str) -> str:
        candidate, n = label, 1
        while candidate in self.used:
            n += 1
            candidate = f"{label}{_REPEAT}{n}"
        self.used.add(candidate)
        return candidate

    def _positional(self, prefix: str) -> str:
        parent = self.stack[-1].label if self.stack else ""
        key = (parent, prefix)
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{parent}-{prefix}{self.counters[key]}" if parent else f"{prefix}{self.counters[key]}"

    def _in_division(self, token: NumberToken) -> str:
        """A number's label, prefixed by the "Part 2" / "Section 2" division it is in: numbering may restart there.

        In a section lettered "B." a number that carries its letter ("B2") needs no prefix; a plain "2." gets "b-2".
        """
        label = token.label()
        division = next((n for n in reversed(self.stack) if n.rank is not None or _lettered(n)), None)
        if division is None or (_lettered(division) and token.prefix):
            return label
        return f"{division.label}-{label}"

    def _heading_path(self) -> tuple[str, ...]:
        """The titles over the next clause, outermost first; the innermost section's latest sub-heading
        comes straight after that section ("3. Roles", "3.7 Officers", "3.8 Officers must:")."""
        titles = [node.title for node in self.stack if node.kind in ("part", "section", "heading") and node.title]
        sections = [n for n in self.stack if n.kind == "section"]
        subheading = sections[-1].subheading if sections else None
        if subheading and subheading not in titles:
            titles.insert(titles.index(sections[-1].title) + 1 if sections[-1].title in titles else len(titles),
                          subheading)
        return tuple(titles)

    def _pop_while(self, condition) -> None:
        while self.stack and condition(self.stack[-1]):
            self.stack.pop()

    def _emit(self, node: Open, block_lines: tuple[int, int], source: str, *, push: bool = True,
              extra: dict[str, Any] | None = None) -> Clause:
        spans = to_spans(source, self.references)
        label = self._unique(node.label)
        node.label = label
        clause = Clause(
            id=f"{self.document.id}--{label}",
            document=self.document.id,
            label=label,
            kind=node.kind,
            number=node.token.printed if node.token else None,
            normalised_number=node.number,
            parent=f"{self.document.id}--{self.stack[-1].label}" if self.stack else None,
            heading=self._heading_path(),
            text=plain(spans),
            spans=spans,
            lines=(self.document.line_number(block_lines[0]), self.document.line_number(block_lines[1])),
            **(extra or {}),
        )
        self.clauses.append(clause)
        if push:
            self.stack.append(node)
        return clause

    # -- placement rules ----------------------------------------------------
    def add_residue(self, block: Block, reason: str) -> None:
        lines = (self.document.line_number(block.first), self.document.line_number(block.last))
        text = "\n".join(self.document.lines[block.first: block.last + 1]).strip()
        self.residue.append(Residue(self.document.id, lines, reason, text))

    def add_part(self, block: Block, part: dict[str, Any]) -> None:
        self.stack.clear()
        node = Open(str(part["id"]), "part", None, None, None, str(part["title"]))
        self._emit(node, (block.first, block.last), block.source)

    def add_block(self, block: Block) -> None:
        for piece in split_flattened(block.number, block.source):
            if piece.number is not None:
                self._add_decimal(block, piece.number, piece.source)
            else:
                item = self._read_item(piece.source)
                if item is not None:
                    self._add_item(block, item[0], item[1])
                elif block.bullet or piece.bullet:
                    self._add_bullet(block, piece.source, "\u2022" if piece.bullet else block.marker)
                elif is_caps_heading(piece.source) or is_division(piece.source):
                    self._add_section(block, None, piece.source)
                elif is_heading_text(piece.source) and not block.indent:
                    self._add_heading(block, piece.source)
                else:
                    self._add_paragraph(block, piece.source)

    def _read_item(self, source: str) -> tuple[NumberToken, str] | None:
        parent = self._list_parent()
        key = parent.label if parent else ""
        return read_item(source, {style: value for (owner, style), value in self.last_item.items() if owner == key})

    def _list_parent(self) -> Open | None:
        """The clause a new list item would belong to, once leaf paragraphs are closed."""
        owners = {owner for owner, _ in self.last_item}
        for node in reversed(self.stack):
            if node.kind == "paragraph" and not node.lead_in:
                continue
            # An item is skipped unless it holds a list already: "1) What Members can expect" over (i)-(iv)
            # is where "(v)" is read, so it is read as the fifth numeral, not the letter v.
            if node.style in LIST_STYLES and not node.lead_in and node.label not in owners:
                continue
            return node
        return None

    def _add_section(self, block: Block, token: NumberToken | None, text: str) -> None:
        rank = division_rank(text) if token is None else None
        # A "Section A" stays inside the "Part 1" above it, and any other section inside the division it is in.
        if token is not None and token.style != "letter":  # "1. Introduction" stays in the section lettered "A."
            self._pop_while(lambda n: n.kind != "part" and n.rank is None and not _lettered(n))
        elif rank is None:
            self._pop_while(lambda n: n.kind != "part" and n.rank is None)
        else:
            self._pop_while(lambda n: n.kind != "part" and not (n.rank is not None and n.rank < rank))
        # A division is named by its word and number ("section-a"), not its title: rewording
        # "Section A Introduction" must not change the permanent id of every clause under it.
        label = self._in_division(token) if token else _slug((division_name(text) if rank is not None else None) or text)
        words = plain(to_spans(text, self.references))
        title = f"{token.printed} {words}".strip() if token else words
        node = Open(label, "section", token.style if token else None, token,
                    token.normalised() if token else None, title, rank=rank)
        self._emit(node, (block.first, block.last), text)

    def _add_heading(self, block: Block, text: str) -> None:
        self._pop_while(lambda n: n.kind not in ("part", "section"))
        self._set_subheading(None)  # a sub-heading is not under the one before it
        node = Open(self._positional("h"), "heading", None, None, None, plain(to_spans(text, self.references)))
        self._emit(node, (block.first, block.last), text)
        self._set_subheading(node.title)

    def _set_subheading(self, title: str | None) -> None:
        """Record the latest sub-heading of the innermost section, for its later clauses' heading path."""
        sections = [n for n in self.stack if n.kind == "section"]
        if sections:
            sections[-1].subheading = title

    def _add_decimal(self, block: Block, token: NumberToken, text: str) -> None:
        if token.style == "letter":  # "A. INTRODUCTION"
            self._add_section(block, token, text)
            return
        token = self._restarted_in_section(token, text) or token
        if token.depth == 1 and ((is_heading_text(text) and not is_lead_in(text)) or not text):
            self._add_section(block, token, text)
            return
        # With no section open, a numbered paragraph stays under the unnumbered heading above it
        # ("Political Groups" / "5. Officers may...", "Roles of Members" / "2.1 Members set...").
        sectioned = any(n.kind == "section" for n in self.stack)

        def top_heading(n: Open) -> bool:
            return not sectioned and n.kind == "heading" and n.token is None

        if token.paragraph_only:  # "Rule 7 Members set policy." under "2. Roles" is a paragraph of section 2
            self._pop_while(lambda n: n.kind not in ("part", "section") and not top_heading(n))
        elif token.depth == 1:  # a top-level numbered paragraph stays under an ALL-CAPS (unnumbered) section
            self._pop_while(lambda n: n.kind != "part" and not (n.kind == "section" and n.token is None)
                            and not _lettered(n) and not top_heading(n))
        else:
            self._pop_while(lambda n: not (n.kind in ("part", "section") or top_heading(n) or
                                            (n.style == "decimal" and n.token is not None and n.token.depth < token.depth
                                             and not n.token.paragraph_only)))
        # "3.2 **Councillors**", "10.2 Email Communications" title what follows; "1.1 Where the Officer
        # concerned is a Head of Service" is a sentence cut by a page break, not a title.
        titled = bool(text) and is_heading_text(text) and is_title_case(text) and not is_lead_in(text)
        kind = "heading" if (is_bold_only(text) or titled) else "paragraph"
        title = f"{token.printed} {plain(to_spans(text, self.references))}"
        node = Open(self._in_division(token), kind, "decimal", token, token.normalised(), title if kind == "heading" else "",
                    lead_in=is_lead_in(text), bulleted=block.bullet)
        # "3.2 Councillors" titles the numbered paragraphs after it, as a sub-heading does; "3.8 **Officers
        # must:**" only its list: 3.9 after that list is no more of it, and stays under "3.7 Officers".
        subheading = kind == "heading" and not node.lead_in
        if subheading:
            self._set_subheading(None)
        self._emit(node, (block.first, block.last), text)
        if subheading:
            self._set_subheading(node.title)

    def _restarted_in_section(self, token: NumberToken, text: str) -> NumberToken | None:
        """ "3. Relationships" / "1. Close personal..." / "2. Members...": a list restarting at 1 inside section 3.

        Read as top-level numbers these would repeat sections 1 and 2 and take
        everything after them out of section 3. A "1." straight after a numbered
        section's heading, and each next number after it that is not a section
        title itself, is a paragraph of that section: its number is the section's
        and its own (3.1, printed "1."), so ids nest and the sections read on unbroken.
        """
        if token.style != "decimal" or token.depth != 1 or token.prefix or token.paragraph_only:
            return None  # "Rule 1" keeps its own running number, in whichever section it stands
        section = next((n for n in reversed(self.stack) if n.kind == "section"), None)
        if section is None or section.token is None or section.token.style != "decimal" or section.token.depth != 1:
            return None
        # Straight after the section's heading, or after a lead-in inside it ("Staff:" / "1. give advice;").
        starts = token.value == 1 and bool(self.clauses) and (
            (self.stack[-1] is section and self.clauses[-1].label == section.label)
            or (is_lead_in(self.clauses[-1].text) and section.restarted == 0
                and not any((c.normalised_number or "").startswith(f"{section.number}.") for c in self.clauses)))
        goes_on = section.restarted > 0 and token.value == section.restarted + 1 \
            and not (is_heading_text(text) and not is_lead_in(text))
        if not (starts or goes_on):
            return None
        section.restarted = token.value
        return NumberToken(token.printed, "decimal", section.token.parts + token.parts, ocr=token.ocr)

    def _add_item(self, block: Block, token: NumberToken, text: str) -> None:
        # "4) Duties" / "Para 4.1 ..." / "5) What Members can expect": the next of the top-level list,
        # not an item of 4.1, although that list is no longer open.
        outer = next((n.label for n in self.stack if n.kind == "part"), "")
        same = next((n for n in reversed(self.stack) if n.style == token.style), None)
        if same is None and self.last_item.get((outer, token.style)) == token.value - 1:
            self._pop_while(lambda n: n.kind != "part")
        elif same is not None and same.kind == "section" and same.token is not None \
                and same.token.value == token.value - 1:  # "4) Specific duties" is a section: 5) follows it
            del self.stack[self.stack.index(same):]
        # Continue an open list of the same style, or open one under the clause before it.
        for depth in range(len(self.stack) - 1, -1, -1):
            node = self.stack[depth]
            if node.style == token.style:
                del self.stack[depth:]
                break
            if node.style == "decimal" or node.kind in ("part", "section", "heading"):
                break
            if node.lead_in and node.style in LIST_STYLES:
                break
        self._pop_while(lambda n: (n.kind == "paragraph" and n.style is None and not n.lead_in) or
                        (n.style == "bullet" and not n.lead_in))
        parent = self.stack[-1] if self.stack else None
        # "1) Introduction": a list-style number on a section title; once a document numbers a section so,
        # "4) Specific duties" is one too, in sentence case or not.
        if (parent is None or parent.kind == "part") and is_heading_text(text) and not is_lead_in(text) \
                and (is_title_case(text) or token.style in self.section_styles):
            self.section_styles.add(token.style)
            self._add_section(block, token, text)
            return
        key = parent.label if parent else ""
        self.last_item[(key, token.style)] = token.value
        label = f"{parent.label}-{token.label()}" if parent else token.label()
        # The full number runs through unnumbered lead-ins: "(a)" of a paragraph under 2.2 is 2.2(a).
        numbered = next((n.number for n in reversed(self.stack) if n.number), None)
        number = f"{numbered}{token.normalised()}" if numbered else token.normalised()
        node = Open(label, "item", token.style, token, number, "", lead_in=is_lead_in(text), bulleted=block.bullet)
        self._emit(node, (block.first, block.last), text)

    def _add_bullet(self, block: Block, text: str, marker: str) -> None:
        top = self.stack[-1] if self.stack else None
        # The open points above, innermost first: a point continues the list of its own glyph and indent
        # ("•" after "o" points closes their nested list); another glyph or a deeper indent nests under the point above.
        chain = []
        for node in reversed(self.stack):
            if node.style != "bullet":
                break
            chain.append(node)
        level = next((n for n in chain if n.marker == marker and abs(n.indent - block.indent) <= 1
                      and not (n is top and n.lead_in)), None)
        if level is not None:
            while self.stack[-1] is not level:
                self.stack.pop()
            self.stack.pop()
        elif chain:
            pass  # a list nested under the point above ("o" points under a "•" one, "- " points indented under "- ")
        elif top is not None and top.bulleted and not top.lead_in and top.style != "bullet":
            self.stack.pop()  # an unnumbered point among bulleted numbered ones is their sibling
        elif top is not None and top.kind == "paragraph" and top.style is None and not top.lead_in:
            self.stack.pop()
        node = Open(self._positional("b"), "item", "bullet", None, None, "", lead_in=is_lead_in(text), bulleted=True,
                    marker=marker, indent=block.indent)
        self._emit(node, (block.first, block.last), text)

    def _add_paragraph(self, block: Block, text: str) -> None:
        top = self.stack[-1] if self.stack else None
        if not (top is not None and top.kind == "item" and _continues_list(text)):
            # A paragraph ending like a list item ("...at junior level;") is a further paragraph of the item above.
            self._pop_while(lambda n: n.kind in ("paragraph", "item", "cell") and n.style != "decimal")
        node = Open(self._positional("p"), "paragraph", None, None, None, "", lead_in=is_lead_in(text))
        self._emit(node, (block.first, block.last), text)

    def add_table(self, block: Block) -> None:
        self._pop_while(lambda n: n.kind in ("paragraph", "item", "cell") and n.style != "decimal")
        self.tables += 1
        rows = list(block.rows)
        header: list[str] = []
        if len(rows) > 1 and _is_header(rows[0]):
            header = rows[0].cells
            head = rows.pop(0)
            self.add_residue(Block("residue", head.index, head.last), "table header (kept as the cells' column names)")
        table_label = self._positional("t")
        for row_number, row in enumerate(rows, start=1):
            for column, cell in enumerate(row.cells, start=1):
                # A cell of a row written over several lines spans its own lines; any other, the row's.
                span = row.spans[column - 1] if row.spans else (row.index, row.last)
                pieces = cell_pieces(cell)
                for piece_number, piece in enumerate(pieces, start=1):
                    suffix = f"-{piece_number}" if len(pieces) > 1 else ""
                    name = header[column - 1] if column - 1 < len(header) and header[column - 1] \
                        else UNNAMED_COLUMN.format(number=column)
                    node = Open(f"{table_label}-r{row_number}-c{column}{suffix}", "cell", None, None, None, "")
                    self._emit(node, span, piece, push=False,
                               extra={"column": name, "row": row_number, "table": table_label})


def _lettered(node: Open) -> bool:
    """A section lettered "A.", "B.": its paragraphs ("A1", "A2" or "1.", "2.") stay inside it."""
    return node.kind == "section" and node.token is not None and node.token.style == "letter"


def _continues_list(text: str) -> bool:
    """Text ending as list items do ("...;", "...; and", "..., or"): the list has not ended."""
    return bool(re.search(r"(;|[;,]\s+(and|or))\s*$", plain(to_spans(text))))


def _is_header(row: TableRow) -> bool:
    cells = [c for c in row.cells if c]
    return bool(cells) and all(len(c.split()) <= 5 and not re.search(r"\d|[.;,]$", c) for c in cells)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", plain(to_spans(text)).lower()).strip("-")
    return slug[:60].rstrip("-") or "section"
