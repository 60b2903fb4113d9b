"""One page per document: its metadata, then every clause with a permanent anchor.

Each clause's anchor is its clause id, given with attr_list (``{: #id}``) so
MkDocs' anchor validation sees it; under each clause are its equivalents in
the other documents.  Table cells become an HTML table built here, with
``scope`` on header cells, every corpus string escaped.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from clausebook.models import Clause, ParsedDocument
from clausebook.check.references import Resolution
from clausebook.render.crossrefs import clause_markdown, references
from clausebook.render.equivalents import Equivalents
from clausebook.render.glossary import with_tooltips
from clausebook.render.markup import escape, front_matter
from clausebook.render.names import KIND_NAMES, document_label, readable_date
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
        ("Kind", escape(KIND_NAMES.get(meta.get("kind"), str(meta.get("kind"))))),
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


class _DocumentWriter:
    """Writes one document's clauses; holds what every clause needs to look up."""

    def __init__(self, parsed: ParsedDocument, equivalents: Equivalents,
                 refs: dict[str, list[Resolution]]):
        self.parsed = parsed
        self.page = document_page(parsed.document.id)
        self.equivalents = equivalents
        self.refs = refs
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
            number, anchor = f'[{escape(clause.number)}](#{clause.id} "Link to this clause"){{.cb-num}} ', ""
        else:
            # No printed number to select: a pilcrow gives the permanent link instead.
            number = ""
            anchor = f' [¶](#{clause.id}){{.cb-anchor title="Link to this text" aria-label="Link to this text"}}'
        bullet = " .cb-item" if clause.kind == "item" and not clause.number else ""
        return (f"{number}{self._text(clause)}{anchor}\n"
                f"{{: #{clause.id} .cb-clause .cb-depth-{min(depth, 4)}{bullet} }}")

    def table(self, cells: list[Clause]) -> str:
        """Cells of one source table as an accessible HTML table.

        A source cell holding several paragraphs or bullets arrives as several
        cells with the same row and column; each keeps its own anchor.
        """
        columns = list(dict.fromkeys(c.column or "" for c in cells))
        head = "".join(f'<th scope="col">{escape(col)}</th>' for col in columns)
        rows = []
        for _, row_cells in groupby(cells, key=lambda c: c.row):
            by_column: dict[str, list[Clause]] = {}
            for cell in row_cells:
                by_column.setdefault(cell.column or "", []).append(cell)
            tds = []
            for col in columns:
                body = "\n\n".join(f"{self._text(c)}\n{{: #{c.id} }}" for c in by_column.get(col, []))
                tds.append(f'<td markdown="block">\n\n{body}\n\n</td>' if body else "<td></td>")
            rows.append('<tr markdown="1">\n' + "\n".join(tds) + "\n</tr>")
        caption = escape(cells[0].heading[-1]) if cells[0].heading else "Table"
        body = "\n".join(rows)
        return (f'<div class="cb-table-wrap" markdown="1">\n<table class="cb-table" markdown="1">\n'
                f'<caption markdown="span">{caption}</caption>\n<thead><tr>{head}</tr></thead>\n'
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
                    said = self.equivalents.block(self.page, cell.id, f"Said elsewhere ({escape(cell.text[:60])}…)"
                                                  if len(cell.text) > 60 else f"Said elsewhere ({escape(cell.text)})")
                    if said:
                        blocks.append(said)
                index = end
                continue
            blocks.append(self.heading(clause) if clause.kind in HEADING_KINDS else self.paragraph(clause))
            said = self.equivalents.block(self.page, clause.id)
            if said:
                blocks.append(said)
            index += 1
        return blocks


def document_markdown(build: Any, parsed: ParsedDocument, equivalents: Equivalents,
                      refs: dict[str, list[Resolution]]) -> str:
    label = document_label(parsed)
    intro = (f"Every numbered clause below has a permanent link: select its number to get it. "
             f"Under a clause, *Said elsewhere* lists the clauses of other councils that say the same; "
             f"[how to read the comparisons]({href(document_page(parsed.document.id), HOME, 'how-to-read-the-comparisons')}).")
    head = [
        front_matter(label),
        f"# {escape(parsed.document.title)} {{#{parsed.document.id}}}\n",
        metadata(parsed),
        intro + "\n",
    ]
    return with_tooltips(build.corpus, "\n".join(head + [b + "\n" for b in _DocumentWriter(parsed, equivalents, refs).write()]))


def pages(build: Any) -> dict[str, str]:
    equivalents = Equivalents.of(build.corpus, build.alignment)
    refs = references(build)
    return {document_page(parsed.document.id): document_markdown(build, parsed, equivalents, refs)
            for parsed in build.corpus.documents}
