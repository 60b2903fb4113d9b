"""Numbering anomalies: duplicates, gaps, numbers out of order, OCR suspects, misplaced paragraphs.

The parser keeps every number as printed; these checks say where the printed
numbering disagrees with itself, which is what a drafter needs to fix.
"""

from __future__ import annotations

import re
from collections import defaultdict

from clausebook.models import Clause, ParsedDocument, Problem
from clausebook.parse.numbering import misread_by_ocr, read_item, roman_to_int
from clausebook.parse.shapes import division_name, is_division



def _problem(parsed: ParsedDocument, clause: Clause, message: str, code: str) -> Problem:
    return Problem(parsed.document.path, clause.lines[0], message, "warning", code)


def _division_value(clause: Clause, after: str | None) -> tuple[str, int] | None:
    """(style key, ordinal) of an unnumbered division: "Section C" is the third of the sections lettered.

    "I", "V" and "X" alone are letters after a lettered sibling ("Section H", "Section I")
    and roman numerals otherwise ("Part I", "Part II").
    """
    name = division_name(clause.text) if clause.kind in ("part", "section") and is_division(clause.text) else None
    if name is None:
        return None
    word, designator = name.split()[0].lower(), name.split()[-1].upper()
    if designator.isdigit():
        return f"{word}-number", int(designator)
    roman = roman_to_int(designator.lower())
    if len(designator) == 1 and (roman is None or after == f"{word}-letter"):
        return f"{word}-letter", ord(designator) - ord("A") + 1
    return (f"{word}-roman", roman) if roman is not None else None


def _division_numbered(division: Clause, prefix: str) -> bool:
    """ "Article 1 Introduction" (or "Section 1", "Part I") numbers its paragraphs 1.1, 1.2: they stand where they belong."""
    value = _division_value(division, None)
    return value is not None and not value[0].endswith("-letter") and str(value[1]) == prefix


def _shown(clause: Clause) -> str:
    """How a message names a clause's number: "3.2", or "Section C" for a division."""
    return clause.normalised_number or division_name(clause.text) or clause.id


def _last_value(clause: Clause, after: str | None = None) -> tuple[str, int] | None:
    """(style key, ordinal) of a numbered clause or division, for comparing siblings (``after``: the previous one's key)."""
    number = clause.normalised_number or ""
    if not clause.number or not number:
        return _division_value(clause, after)
    if clause.kind == "item" or number.startswith("("):  # an item, or a section numbered "4)"
        tail = number[number.rfind("("):]
        token = read_item(tail + " x")
        return (token[0].style, token[0].value) if token else None
    parts = re.sub(r"^[A-Z](?=\d)", "", number).split(".")  # "A3" of a section lettered A is 3 in its sequence
    return (f"decimal{len(parts)}", int(parts[-1])) if parts[-1].isdigit() else None


def _scope(clause: Clause, by_id: dict[str, Clause]) -> str | None:
    """The part, "Section 2 Members" division or "B." lettered section a number must be unique in; None: the document.

    Numbering that restarts at 1 in each such division is a style, not a duplicate.
    """
    node = by_id.get(clause.parent or "")
    while node is not None:
        if node.kind == "part" or (node.kind == "section" and node.normalised_number is None and is_division(node.text)) \
                or (node.kind == "section" and len(node.normalised_number or "") == 1
                    and (node.normalised_number or "").isupper()):
            return node.id
        node = by_id.get(node.parent or "")
    return None


def numbering_problems(parsed: ParsedDocument) -> list[Problem]:
    problems: list[Problem] = []
    by_id = parsed.by_id()
    seen: dict[tuple[str | None, str], Clause] = {}
    for clause in parsed.clauses:
        if not clause.number:
            continue
        if misread_by_ocr(clause):  # "I.1" for 1.1, but not the roman "II." of section 2
            damage = "a letter where a digit belongs" if re.search(r"[A-Za-z]", clause.number) \
                else "a comma, dot or space where the point belongs"
            problems.append(_problem(parsed, clause, f"number printed '{clause.number}' read as "
                                     f"{clause.normalised_number} ({damage}: OCR?)", "numbering-ocr"))
        number = clause.normalised_number or ""
        # An item with no numbered clause above it ("(1)" under the heading "ROLES") is numbered within its list:
        # "(1)" again under the next heading is a new list, not a duplicate.
        scope = clause.parent if clause.kind == "item" and number.startswith("(") else _scope(clause, by_id)
        key = (scope, number)
        if key in seen:
            problems.append(_problem(parsed, clause, f"number {number} is used twice (first at line "
                                     f"{seen[key].lines[0]}); this one's id is {clause.id}", "numbering-duplicate"))
        else:
            seen[key] = clause
        parent = by_id.get(clause.parent or "")
        if clause.kind != "item" and "." in number and parent is not None:
            prefix = number.rsplit(".", 1)[0]
            # A section numbered "4)" is section 4 to its paragraphs 4.1, 4.2.
            if parent.normalised_number and parent.normalised_number.strip("()") != prefix and parent.kind == "section":
                problems.append(_problem(parsed, clause, f"paragraph {number} stands in section "
                                         f"{parent.normalised_number} ('{parent.text}')", "numbering-section"))
            elif parent.normalised_number is None and parent.kind in ("section", "part") \
                    and not _division_numbered(parent, prefix):
                problems.append(_problem(parsed, clause, f"paragraph {number} stands under '{parent.text}', "
                                         f"which has no number {prefix}", "numbering-section"))
    problems.extend(_sequence_problems(parsed))
    return problems


def _sequence_problems(parsed: ParsedDocument) -> list[Problem]:
    """Gaps, reversals and unnumbered clauses among numbered siblings."""
    problems: list[Problem] = []
    siblings: dict[str | None, list[Clause]] = defaultdict(list)
    for clause in parsed.clauses:
        siblings[clause.parent].append(clause)
    for group in siblings.values():
        previous: tuple[Clause, tuple[str, int]] | None = None
        unnumbered: list[Clause] = []
        for clause in group:
            value = _last_value(clause, previous[1][0] if previous else None)
            if value is None:
                if previous and previous[1][0].startswith("decimal") and clause.kind in ("paragraph", "item"):
                    unnumbered.append(clause)
                continue
            if previous and previous[1][0] == value[0]:
                before, ordinal = previous[1][1], value[1]
                shown = f"{_shown(previous[0])} and {_shown(clause)}"
                if ordinal == before and clause.normalised_number is None:  # numbers' repeats are reported above
                    problems.append(_problem(parsed, clause, f"{_shown(clause)} is used twice (first at line "
                                             f"{previous[0].lines[0]}); this one's id is {clause.id}",
                                             "numbering-duplicate"))
                elif ordinal < before:  # an equal number is a duplicate, reported as such above
                    problems.append(_problem(parsed, clause, f"{_shown(clause)} comes after "
                                             f"{_shown(previous[0])}: numbers out of order", "numbering-order"))
                elif ordinal > before + 1 and not unnumbered:
                    problems.append(_problem(parsed, clause, f"numbering skips from {_shown(previous[0])} "
                                             f"to {_shown(clause)}", "numbering-gap"))
                for stray in unnumbered:
                    problems.append(_problem(parsed, stray, f"unnumbered paragraph between {shown} "
                                             f"(given the id {stray.id})", "numbering-unnumbered"))
            previous, unnumbered = (clause, value), []
    return problems
