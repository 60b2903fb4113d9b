"""Internal cross-references: "paragraph 6.1", "see section 5", "paragraphs 4.2 and 4.3".

Finding and resolving are separate steps, as in eyecite: ``find_references``
reads one clause's text and knows nothing of the document;
``resolve_references`` looks each one up among the numbered clauses of the
document it points into (the clause's own, or the one its front matter
``refers_to``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausebook.models import Clause, ParsedDocument
from clausebook.parse.shapes import division_name
from clausebook.parts import part_of

# "6.1", "4.2(a)", and a lettered section's "A2.1" (the parser reads those numbers too; a
# capital letter only, as printed, so "a1" in running text is no reference).
_NUMBER = r"(?:(?-i:[A-Z])\d{1,3}|\d{1,3})(?:\.\d{1,3})*\b(?:\s?\([a-z]{1,4}\))*"
_APPENDIX = r"[A-Z]\b|\d{1,2}\b"
# Capitalised as a date prints them: "section 4 may be waived" is still a reference.
_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
# "of the Local Government and Housing Act 1989", "of the Constitution", "of the Code of Conduct": another text's.
# The targets are matched atomically: "paragraphs 4.2 and 4.3 of the Code" must not shrink to "4.2 and 4" to pass.
_ELSEWHERE = (r"of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+(?:(?:and|of|for|in)\s+)?)*"
              r"(?-i:Act|Constitution|Regulations|Order|Code)")
REFERENCE = re.compile(
    rf"\b(?P<kind>paragraphs?|paras?\.?|sections?|clauses?|appendix|appendices|annex)\s+"
    rf"(?P<targets>(?>(?:{_NUMBER}|{_APPENDIX})(?:(?:\s*[,&]\s*|\s+(?:and|or|to)\s+)(?:{_NUMBER}|{_APPENDIX}))*))"
    # "Section 151 Officer", "section 2 of the Localism Act" and "Appendix 12 January 2020" (a date) cite nothing here.
    rf"(?!\s+(?:Officers?|{_ELSEWHERE}|{_MONTH})\b)",
    re.IGNORECASE,
)
_DIVISIONS = ("section", "heading", "part")
_UNNAMED_APPENDIX = re.compile(r"(?:appendix|annex)\s*:?\s*$", re.IGNORECASE)
_KINDS = {"para": "paragraph", "paras": "paragraph", "paragraph": "paragraph", "paragraphs": "paragraph",
          "section": "section", "sections": "section", "clause": "clause", "clauses": "clause",
          "appendix": "appendix", "appendices": "appendix", "annex": "appendix"}


@dataclass(frozen=True)
class Reference:
    """A citation inside a clause's text; ``start``/``end`` index into clause.text."""

    clause: str
    kind: str  # paragraph | section | clause | appendix
    target: str  # normalised: "6.1", "4.2(a)", "A"
    text: str  # as written, for messages and links
    start: int
    end: int


@dataclass(frozen=True)
class Resolution:
    reference: Reference
    target_clause: str | None  # clause id, or None when nothing in the corpus matches


def find_references(clause: Clause) -> list[Reference]:
    """Every cross-reference in the clause's plain text, in order."""
    found: list[Reference] = []
    for match in REFERENCE.finditer(clause.text):
        if match.start() == 0 and clause.kind in _DIVISIONS:
            continue  # "Section 2 Access to Information": the heading's own name, not a citation
        kind = _KINDS[match.group("kind").lower().rstrip(".")]
        for target in re.finditer(rf"{_NUMBER}|{_APPENDIX}", match.group("targets")):
            value = re.sub(r"\s+", "", target.group(0))
            if kind != "appendix" and not re.match(r"[A-Z]?\d", value):
                continue  # "section A" alone: too often another document's
            start = match.start("targets") + target.start()
            found.append(Reference(clause.id, kind, value, clause.text[match.start():match.end()],
                                   start, match.start("targets") + target.end()))
    return found


def _target_index(parsed: ParsedDocument, part: str | None, parts: dict[str, str | None]) -> dict[tuple[str, str], str]:
    """(kind, normalised number) -> clause id for one document (or one part of it)."""
    index: dict[tuple[str, str], str] = {}
    unnamed: list[str] = []  # appendices headed with no letter or number: "ANNEX"
    for clause in parsed.clauses:
        if parts.get(clause.id) != part:
            continue
        if clause.normalised_number:
            number = clause.normalised_number
            for kind in ("paragraph", "clause"):
                index.setdefault((kind, number), clause.id)
            if clause.kind == "section" or "." not in number:
                index.setdefault(("section", number), clause.id)
        if clause.kind in _DIVISIONS:
            match = re.match(r"(?:appendix|annex)\s+([A-Z]|\d{1,2})\b", clause.text, re.IGNORECASE)
            if match:
                index.setdefault(("appendix", match.group(1).upper()), clause.id)
            elif _UNNAMED_APPENDIX.match(clause.text):
                unnamed.append(clause.id)
            elif (name := division_name(clause.text)) and name.lower().startswith("section "):
                index.setdefault(("section", name.split()[-1].upper()), clause.id)  # "Section 2 Access..." is section 2
    if len(unnamed) == 1 and not any(kind == "appendix" for kind, _ in index):
        # "(see Appendix A)" in a document whose one annex is headed "ANNEX": that annex is what it means.
        index[("appendix", "A")] = index[("appendix", "1")] = unnamed[0]
    return index


def resolve_references(parsed: ParsedDocument, documents: dict[str, ParsedDocument]) -> list[Resolution]:
    """Resolve every reference in one document against the document it cites."""
    cited_id = parsed.document.meta.get("refers_to")
    cited = documents.get(cited_id, parsed) if cited_id else parsed
    cited_parts = part_of(cited)
    own_parts = part_of(parsed) if cited is parsed else {}
    indexes: dict[str | None, dict[tuple[str, str], str]] = {}
    resolutions = []
    for clause in parsed.clauses:
        part = own_parts.get(clause.id)
        if part not in indexes:
            indexes[part] = _target_index(cited, part, cited_parts)
        for reference in find_references(clause):
            target = reference.target.upper() if reference.kind == "appendix" else reference.target
            resolutions.append(Resolution(reference, indexes[part].get((reference.kind, target))))
    return resolutions
