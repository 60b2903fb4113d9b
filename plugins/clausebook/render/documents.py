"""One page per document: its metadata, then every clause with a permanent anchor.

Each clause's anchor is its clause id, given with attr_list (``{: #id}``) so
MkDocs' anchor validation sees it; under each clause are its equivalents in
the other documents.  Table cells become an HTML table built here, with
``scope`` on header cells, every corpus string escaped.

A document that a newer version supersedes says so under its metadata, and
under each clause where that clause went ("Now: 14.2"), so a link saved to
the old text still leads on; it reads the build's one Comparison per pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from clausebook.compare import Change, Comparison
from clausebook.compare.anchors import successors
from clausebook.compare.labels import status_name
from clausebook.models import Clause, ParsedDocument, unnamed_column
from clausebook.check.references import Resolution
from clausebook.parse.numbering import misread_by_ocr
from clausebook.parse.tree import repeat_number
from clausebook.render import cite
from clausebook.render.changes import changes_page, is_draft
from clausebook.render.crossrefs import clause_markdown, references
from clausebook.render.equivalents import Equivalents
from clausebook.render.glossary import with_tooltips
from clausebook.render.markup import attr_list_value, escape, front_matter
from clausebook.render.names import KIND_NAMES, clause_label, document_heading, document_label, readable_date
from clausebook.render.paths import HOME, document_page, href

SECTION = "Protocols and documents"
HEADING_KINDS = ("part", "section", "heading")


def metadata(parsed: ParsedDocument) -> str:
    meta = parsed.document.meta
    dates = meta.get("dates") or {}
    council = escape(meta["council"]) if meta.get("council") else "not named in the text"
    rows = [("Council", council)]
    if not meta.get("council") and meta.get("council_note"):
        rows.append(("About the council", escape(meta["council_note"])))
    rows += [
        ("Kind", escape(KIND_NAMES.get(str(meta.get("kind")), str(meta.get("kind"))))),
        ("Status", escape(str(meta.get("status", "not stated")).capitalize())),
        ("Adopted", escape(readable_date(dates.get("adopted")))),
        ("Review due", escape(readable_date(dates.get("review_due")))),
    ]
    if dates.get("meeting"):
        rows.append(("Committee meeting", escape(readable_date(dates["meeting"]))))
    source = meta.get("source") or {}
    if source.get("published_as"):
        rows.append(("Source", escape(str(source["published_as"]))))
    items = "\n".join(f"- **{name}:** {value}" for name, value in rows)
    return f'<div class="cb-meta" markdown="1">\n\n{items}\n\n</div>\n'


# A newer version of a document: its comparison with this one, and where each old clause went.
Successor = tuple[Comparison, dict[str, tuple[Change, Clause | None]]]


def replaced_notice(page: str, later: Sequence[Successor]) -> str:
    """Under the metadata of a superseded document: what replaces it, and its changes page."""
    notes = []
    for comparison, _ in later:
        new = comparison.new.document
        name = (f"[{escape(new.title)}]({href(page, document_page(new.id))}) "
                f"({escape(document_label(comparison.new))})")
        changed = f"[changes from the previous version]({href(page, changes_page(new.id))})"
        if is_draft(new):
            said = f"**Being revised.** A draft, {name}, is to replace this version; see its {changed}."
        else:
            said = f"**Replaced.** This version has been replaced by {name}; see its {changed}."
        notes.append(said)
    notes.append("Under each clause, *Now* links to the clause of the new version that takes its place.")
    body = "\n\n".join(notes)
    return f'<div class="cb-replaced" markdown="1">\n\n{body}\n\n</div>\n'


# An item's own part of its full number: the "(a)" of "3.1(a)".
_ITEM_TAIL = re.compile(r"\([^()]*\)$")


def _number_attributes(clause: Clause) -> str:
    """The attribute list of a clause's number link.

    An item's printed "(a)" recurs in every lettered list of the page: a screen reader's list of
    links would offer a row of "(a)"s. The number of the clause it belongs to names it apart,
    and the name still holds the visible "(a)" or "a)" word for word (WCAG 2.5.3, label in name):
    "Link to 3.1 (a)". A number the source prints twice is "the 2nd clause numbered 5.1"; a
    number printed once, whole ("6.1"), names itself.
    """
    printed = (clause.number or "").strip()
    full = clause.normalised_number or ""
    owner = _ITEM_TAIL.sub("", full)
    name = f"{owner} {printed}" if owner and owner != full and printed.rstrip(".") != full else ""
    if repeat := repeat_number(clause.label):
        name = f"the {_ordinal(repeat)} clause numbered {name or printed.rstrip('.')}"
    return f'.cb-num aria-label="{attr_list_value(f"Link to {name}")}"' if name else ".cb-num"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _DocumentWriter:
    """Writes one document's clauses; holds what every clause needs to look up."""

    def __init__(self, parsed: ParsedDocument, equivalents: Equivalents,
                 refs: dict[str, list[Resolution]], later: Sequence[Successor] = ()):
        self.parsed = parsed
        self.page = document_page(parsed.document.id)
        self.equivalents = equivalents
        self.refs = refs
        self.later = later
        self.by_id = parsed.by_id()

    def _ancestors(self, clause: Clause) -> list[Clause]:
        found, parent = [], clause.parent
        while parent in self.by_id:
            found.append(self.by_id[parent])
            parent = self.by_id[parent].parent
        return found

    def _text(self, clause: Clause) -> str:
        return clause_markdown(clause, self.page, self.refs.get(clause.id, []), self.equivalents.clauses)

    def heading(self, clause: Clause) -> str:
        level = min(6, 2 + sum(1 for a in self._ancestors(clause) if a.kind in HEADING_KINDS))
        number = f"{escape(clause.number)} " if clause.number else ""
        title = self._text(clause) or escape(clause.label)
        return f"{'#' * level} {number}{title} {{#{clause.id}}}"

    def paragraph(self, clause: Clause) -> str:
        depth = sum(1 for a in self._ancestors(clause) if a.kind not in HEADING_KINDS)
        if clause.number:
            number, anchor = f'[{escape(clause.number)}](#{clause.id} "Link to this clause"){{{_number_attributes(clause)}}} ', ""
            if misread_by_ocr(clause):  # "I.4." as printed; elsewhere the handbook cites it as 1.4
                number += f'<span class="cb-read-as">(read as {escape(clause.normalised_number or "")})</span> '
        else:
            # No printed number to select: a pilcrow gives the permanent link instead.
            number = ""
            named = attr_list_value(f"Link to {clause_label(clause)}")  # told apart in a list of links
            anchor = f' [¶](#{clause.id}){{.cb-anchor title="{named}" aria-label="{named}"}}'
        bullet = " .cb-item" if clause.kind == "item" and not clause.number else ""
        return (f"{number}{self._text(clause)}{anchor}\n"
                f"{{: #{clause.id} .cb-clause .cb-depth-{min(depth, 4)}{bullet} }}")

    def successor(self, clause: Clause, prefix: str = "") -> str:
        """Where the clause went in each newer version ("Now: 14.2 (moved)"), or "" when there is none."""
        lines = []
        for comparison, targets in self.later:
            change, target = targets[clause.id]
            title = escape(comparison.new.document.title)
            now = cite.link(self.equivalents.corpus, self.page, target, with_document=False) if target else ""
            if change.status == "removed":
                line = f"Removed in {title}" + (f"; its section is now {now}" if now else "")
            else:
                where = f" in {title}" if len(self.later) > 1 else ""
                line = f"Now{where}: {now} ({escape(status_name(change.status))})"
            lines.append(f"{prefix}{line}\n{{: .cb-successor }}")
        return "\n\n".join(lines)

    def table(self, cells: list[Clause]) -> str:
        """Cells of one source table as an accessible HTML table.

        A source cell holding several paragraphs or bullets arrives as several
        cells with the same row and column; each keeps its own anchor.
        """
        columns = list(dict.fromkeys(c.column or "" for c in cells))
        # Pasted without a header row: no made-up "Column 1" heads; the first cell of each row
        # heads its row instead ("Standards and Ethics Committee | 3 July 2024").
        headless = all(unnamed_column(col) for col in columns)
        rows = []
        for _, row_cells in groupby(cells, key=lambda c: c.row):
            by_column: dict[str, list[Clause]] = {}
            for cell in row_cells:
                by_column.setdefault(cell.column or "", []).append(cell)
            tds = []
            for position, col in enumerate(columns):
                tag = "th" if headless and position == 0 else "td"
                scope = ' scope="row"' if tag == "th" else ""
                body = "\n\n".join(f"{self._text(c)}\n{{: #{c.id} }}" for c in by_column.get(col, []))
                tds.append(f'<{tag}{scope} markdown="block">\n\n{body}\n\n</{tag}>' if body else f"<{tag}{scope}></{tag}>")
            rows.append('<tr markdown="1">\n' + "\n".join(tds) + "\n</tr>")
        caption = escape(cells[0].heading[-1]) if cells[0].heading else "Table"
        head = "" if headless else \
            "<thead><tr>" + "".join(f'<th scope="col">{escape(col)}</th>' for col in columns) + "</tr></thead>\n"
        body = "\n".join(rows)
        return (f'<div class="cb-table-wrap" markdown="1">\n<table class="cb-table" markdown="1">\n'
                f'<caption markdown="span">{caption}</caption>\n{head}'
                f'<tbody markdown="1">\n{body}\n</tbody>\n</table>\n</div>')

    def write(self) -> list[str]:
        blocks: list[str] = []
        clauses = list(self.parsed.clauses)
        index = 0
        while index < len(clauses):
            clause = clauses[index]
            if clause.kind == "cell":
                end = index
                while end < len(clauses) and clauses[end].kind == "cell" and clauses[end].table == clause.table:
                    end += 1
                cells = clauses[index:end]
                blocks.append(self.table(cells))
                for cell in cells:
                    went = self.successor(cell, f"{escape(clause_label(cell))}: ")
                    if went:
                        blocks.append(went)
                    said = self.equivalents.block(self.page, cell.id, f"Said elsewhere ({escape(cell.text[:60])}…)"
                                                  if len(cell.text) > 60 else f"Said elsewhere ({escape(cell.text)})")
                    if said:
                        blocks.append(said)
                index = end
                continue
            blocks.append(self.heading(clause) if clause.kind in HEADING_KINDS else self.paragraph(clause))
            went = self.successor(clause)
            if went:
                blocks.append(went)
            said = self.equivalents.block(self.page, clause.id)
            if said:
                blocks.append(said)
            index += 1
        return blocks


def document_markdown(build: Any, parsed: ParsedDocument, equivalents: Equivalents,
                      refs: dict[str, list[Resolution]], later: Sequence[Successor] = ()) -> str:
    label = document_label(parsed)
    intro = (f"Every clause below has a permanent link: select its number, or the ¶ after a clause "
             f"printed without one. "
             f"Under a clause, *Said elsewhere* lists the clauses of other councils that say the same; "
             f"[how to read the comparisons]({href(document_page(parsed.document.id), HOME, 'how-to-read-the-comparisons')}).")
    head = [
        front_matter(label),
        f"# {escape(document_heading(parsed))} {{#{parsed.document.id}}}\n",
        metadata(parsed),
        *([replaced_notice(document_page(parsed.document.id), later)] if later else []),
        intro + "\n",
    ]
    blocks = _DocumentWriter(parsed, equivalents, refs, later).write()
    return with_tooltips(build.corpus, "\n".join(head + [b + "\n" for b in blocks]))


def newer_versions(comparisons: Sequence[Comparison]) -> dict[str, list[Successor]]:
    """Superseded document id -> each newer version's comparison and where each old clause went."""
    found: dict[str, list[Successor]] = {}
    for comparison in comparisons:
        found.setdefault(comparison.old.document.id, []).append((comparison, successors(comparison)))
    return found


def pages(build: Any) -> dict[str, str]:
    equivalents = Equivalents.of(build.corpus, build.alignment)
    refs = references(build)
    later = newer_versions(build.comparisons)
    return {document_page(parsed.document.id):
            document_markdown(build, parsed, equivalents, refs, later.get(parsed.document.id, ()))
            for parsed in build.corpus.documents}
