"""The no-loss rule: every non-blank source line is in a clause or in the residue."""

from __future__ import annotations

from clausebook.models import ParsedDocument


def uncovered_lines(parsed: ParsedDocument) -> list[int]:
    """File line numbers of non-blank body lines that no clause or residue accounts for."""
    covered: set[int] = set()
    for first, last in [c.lines for c in parsed.clauses] + [r.lines for r in parsed.residue]:
        covered.update(range(first, last + 1))
    document = parsed.document
    return [document.line_number(i) for i, line in enumerate(document.lines)
            if line.strip() and document.line_number(i) not in covered]
