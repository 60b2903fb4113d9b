"""How a clause is named in a redline: as the handbook cites it everywhere.

Committee papers cite clauses by number; unnumbered clauses (bullets,
headings, paragraphs under a heading) are named by where they sit, through
the handbook's own ``render.names``, so a redline and the site agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clausebook.compare.model import Change
from clausebook.models import Clause, ParsedDocument
from clausebook.parse.numbering import misread_by_ocr


def number_of(clause: Clause) -> str | None:
    """The full number ("7.2", "3.1(d)") when the clause has one."""
    return clause.normalised_number or (clause.number.strip() if clause.number else None)


# render.names is imported when first called, not at import time: importing
# anything from clausebook.render loads every page family, and two of them
# (changes, gaps) are built on this package.


def label(clause: Clause) -> str:
    """"7.2", or where an unnumbered clause sits ("“Principles”, paragraph 3"), as the handbook cites it.

    A number damaged in print is shown as printed and as read ("I.1. (read as
    1.1)", as the document page shows it), so "I.1 → 1.1 renumbered" explains itself.
    """
    from clausebook.render.names import clause_label

    if misread_by_ocr(clause):
        return f"{str(clause.number).strip()} (read as {clause_label(clause)})"
    return clause_label(clause)


def document_name(parsed: ParsedDocument) -> str:
    """A document's short name as the handbook gives it (its council, else what it is)."""
    from clausebook.render.names import document_label

    return document_label(parsed)


def labels(clauses: Sequence[Clause]) -> str:
    """Several clauses (a split or merge) as "2.3 + 2.4"; none as an em dash."""
    return " + ".join(label(c) for c in clauses) if clauses else "—"


def place(clause: Clause) -> str:
    """Where a clause sits: the title of the section or heading above it."""
    return f"“{clause.heading[-1]}”" if clause.heading else "the top level"


def move(old: Clause, new: Clause) -> str:
    """Where a moved clause went: "from “2. X” to “7. Y”", or a new place under the same title.

    Said as a committee clerk would: a section moved among the sections is
    "to another place among the sections", not a position "within the top level".
    """
    before, after = place(old), place(new)
    if _unnumbered(before) != _unnumbered(after):  # "2. Expectations" renumbered "3. Expectations" is the same place
        return f"from {before} to {after}"
    return f"to another place under {after}" if new.heading else "to another place among the sections"


def _unnumbered(title: str) -> str:
    return _LEADING_NUMBER.sub("", title)


_LEADING_NUMBER = re.compile(r"^“[\dIVXivx]+(?:\.\d+)*\.?\s+")


def rewording(change: Change) -> str:
    """ "99% similar; check the sense: “not” taken out", or "" when the words are the same.

    A change of one word in two hundred rounds to 100%; shown so, it would read as no change.
    """
    if not (change.reworded and change.old and change.new):
        return ""
    note = f"{min(99, round(change.similarity * 100))}% similar"
    return f"{note}; {sense_note(change)}" if change.sense else note


def sense_note(change: Change) -> str:
    """ "check the sense: “not” taken out", or "" when no edit may turn the rule round."""
    return f"check the sense: {', '.join(change.sense)}" if change.sense else ""


def from_elsewhere(change: Change) -> str:
    """For a merge or split reaching into another section, where that part was or went:
    "8.3 from “8 Correspondence”", "7.8 to “7 Access to information”"; else "".

    Each part is placed against the first part on its own side, in its own version, so a
    section retitled by the revision is not taken for another place."""
    if change.status not in ("merged", "split"):
        return ""
    parts, word = (change.old, "from") if change.status == "merged" else (change.new, "to")
    home = _unnumbered(place(parts[0]))
    return ", ".join(f"{label(c)} {word} {place(c)}" for c in parts[1:] if _unnumbered(place(c)) != home)


STATUS_NAMES = {"moved-and-reworded": "moved and reworded"}


def status_name(status: str) -> str:
    return STATUS_NAMES.get(status, status)
