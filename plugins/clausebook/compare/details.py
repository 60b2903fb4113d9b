"""What changed outside the clauses: the front matter and the document's own details block.

A protocol's "Policy details" table (purpose, lead officer, review date),
its "Adopted: March 2023" lines and its front matter are set aside from the
clauses as residue, so the clause-by-clause redline never shows them. Yet a
Purpose rewritten from "to guide" to "to set binding standards", or a status
gone from adopted to draft, changes what the document is: a committee must
see it. Each detail is compared by its name ("Purpose", "status",
"dates: review_due"); lines with no name are compared as wholes.
"""

from __future__ import annotations

from collections import Counter

from clausebook.compare.diff import TYPOGRAPHY, word_diff
from clausebook.compare.model import DetailChange
from clausebook.models import ParsedDocument

# Front matter a reader of the document cares about (ids and file details are the tool's).
FIELDS = ("title", "council", "status")
DATES = ("adopted", "review_due", "meeting")
# Residue that is the document's own description, not page furniture.
DESCRIBING = ("title block", "document details table", "document control", "signature block")


def _front_matter(parsed: ParsedDocument) -> dict[str, str]:
    meta = parsed.document.meta
    found = {field: str(meta[field]) for field in FIELDS if meta.get(field) not in (None, "")}
    dates = meta.get("dates") or {}
    found.update({f"dates: {key}": str(dates[key]) for key in DATES if dates.get(key) not in (None, "")})
    return found


def _described(parsed: ParsedDocument) -> tuple[dict[str, str], list[str]]:
    """The details block's named lines ("Purpose" -> its text) and its other lines, in order."""
    named: dict[str, str] = {}
    seen: Counter[str] = Counter()  # a name used twice is compared twice: "Review due", "Review due (2)"
    plain: list[str] = []
    for residue in parsed.residue:
        if residue.reason not in DESCRIBING:
            continue
        for line in residue.text.splitlines():
            name, _, value = (part.strip() for part in line.partition("\t"))
            if name and value:
                seen[name] += 1
                named[f"{name} ({seen[name]})" if seen[name] > 1 else name] = " ".join(value.split())
            elif " ".join(line.split()):
                plain.append(" ".join(line.split()))
    return named, plain


def _same(old: str | None, new: str | None) -> bool:
    """Equal but for typography a word processor changes on its own (curly quotes, dashes)."""
    return (old or "").translate(TYPOGRAPHY) == (new or "").translate(TYPOGRAPHY) and (old is None) == (new is None)


def _change(name: str, old: str | None, new: str | None) -> DetailChange:
    return DetailChange(name, old, new, word_diff(old or "", new or "")[0])


def _paired(old: dict[str, str], new: dict[str, str]) -> list[DetailChange]:
    return [_change(name, old.get(name), new.get(name))
            for name in [*old, *(n for n in new if n not in old)] if not _same(old.get(name), new.get(name))]


def detail_changes(old: ParsedDocument, new: ParsedDocument) -> tuple[DetailChange, ...]:
    """Front matter first, then the document's details block, each in the order it is written."""
    old_named, old_plain = _described(old)
    new_named, new_plain = _described(new)
    changes = _paired(_front_matter(old), _front_matter(new)) + _paired(old_named, new_named)
    old_lines, new_lines = ({line.translate(TYPOGRAPHY) for line in lines} for lines in (old_plain, new_plain))
    changes += [_change("line", line, None) for line in old_plain if line.translate(TYPOGRAPHY) not in new_lines]
    changes += [_change("line", None, line) for line in new_plain if line.translate(TYPOGRAPHY) not in old_lines]
    return tuple(changes)
