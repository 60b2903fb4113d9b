"""What a reader calls things: documents, clauses and dates, in words.

Councils leave their names off some documents and print no number on some
clauses; a reader still needs a short, unambiguous way to say "that one".
Every page uses these, so a clause is cited the same way everywhere.
"""

from __future__ import annotations

import re

from clausebook.models import Clause, Corpus, ParsedDocument, unnamed_column

KIND_NAMES = {"protocol": "Protocol", "aide-memoire": "Aide-memoire", "committee-report": "Committee report"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_POSITION = re.compile(r"^(?:(.*)-)?([pb])(\d+)$")  # "3-5-b12", "h1-p3", "p1"
_CELL_PIECE = re.compile(r"-r\d+-c\d+-(\d+)$")  # "h2-t1-r6-c2-3": the third point of row 6's second cell


def readable_date(value: object) -> str:
    """"2022-03" as "March 2022", "2024-04-24" as "24 April 2024"; None as "not stated"."""
    if not value:
        return "not stated in the text"
    parts = str(value).split("-")
    try:
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return str(value)


# A draft or superseded text cited beside adopted ones must say so wherever it is named: a
# councillor comparing rules must not take draft wording for policy.
_NOTED_STATUSES = frozenset({"draft", "superseded"})


def document_label(parsed: ParsedDocument) -> str:
    """A document's short name: its council; else what it is and when, e.g. "Aide-memoire (March 2022)".

    Used in the navigation and in every citation, so it must stay short; a
    draft or superseded document says so ("Worcestershire County Council (draft)").
    """
    status, name = str(parsed.document.meta.get("status")), _document_name(parsed)
    return f"{name} ({status})" if status in _NOTED_STATUSES else name


def _document_name(parsed: ParsedDocument) -> str:
    meta = parsed.document.meta
    if meta.get("council"):
        return str(meta["council"])
    kind = meta.get("kind")
    if kind == "protocol" and meta.get("council_type"):
        return f"Unnamed {meta['council_type']} council"
    adopted = (meta.get("dates") or {}).get("adopted")
    if kind in KIND_NAMES and adopted:
        return f"{KIND_NAMES[kind]} ({readable_date(adopted)})"
    return parsed.document.title


def document_heading(parsed: ParsedDocument) -> str:
    """The heading of a document's page: its title, after its council's name when the title lacks it.

    Three protocols are titled "Protocol on Member/Officer Relations" or near
    it: a screen reader announcing the page's heading, or a printed page,
    should say whose protocol it is.
    """
    meta, title = parsed.document.meta, parsed.document.title
    label = _document_name(parsed)
    if (meta.get("council") or meta.get("council_type")) and label != title and label.lower() not in title.lower():
        return f"{label}: {title}"
    return title


def readable_title(text: str) -> str:
    """A title as a reader would say it: shouting capitals calmed, trailing colon dropped."""
    text = " ".join(text.split()).rstrip(":")
    return text.capitalize() if text.isupper() else text


def clause_label(clause: Clause) -> str:
    """A clause as a reader would cite it: its printed number, else where it sits.

    "7.2"; "“Principles”, paragraph 3"; "“A Quick Guide to the Distinct Roles”, row 2".
    """
    if clause.normalised_number or clause.number:
        return str(clause.normalised_number or clause.number).strip()
    if clause.kind in ("part", "section", "heading"):
        return f"“{readable_title(clause.text)}”"
    where = f"“{readable_title(clause.heading[-1])}”" if clause.heading else ""
    detail = ""
    if clause.kind == "cell" and clause.row is not None:
        detail = f"row {clause.row}"
        if clause.column:  # "row 2 (Members Don't)"; a headless table's "row 2, column 1"
            detail += f", {clause.column.lower()}" if unnamed_column(clause.column) else f" ({readable_title(clause.column)})"
        if piece := _CELL_PIECE.search(clause.label):  # one of several points written in one cell
            detail += f", item {piece.group(1)}"
    elif match := _POSITION.search(clause.label):
        prefix, letter, index = match.groups()
        detail = f"{'paragraph' if letter == 'p' else 'bullet'} {index}"
        if prefix and re.fullmatch(r"\d+(?:-\d+)*", prefix):
            where = prefix.replace("-", ".")  # under a numbered clause: "3.5, bullet 12"
    return ", ".join(part for part in (where, detail) if part) or "unnumbered text"


def citation(corpus: Corpus, clause: Clause) -> str:
    """Document and clause together, e.g. "North Norfolk District Council 7.2"."""
    return f"{document_label(corpus.document(clause.document))} {clause_label(clause)}"
