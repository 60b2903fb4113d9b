"""Cross-references inside clause text ("see section 5", "paragraph 6.1") as links.

Finding and resolving them is clausebook.check.references' job (find, then
resolve, as eyecite does); this module only places the results in the text.
A resolved reference becomes a link to its clause's anchor; one that does not
resolve is marked, so a reader knows the handbook cannot take them there.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from clausebook.check.references import Resolution, resolve_references
from clausebook.models import Clause, Span
from clausebook.render.markup import finish, inline_spans, spans_to_markdown
from clausebook.render.paths import clause_href


def references(build: Any) -> dict[str, list[Resolution]]:
    """Every reference of every document, by the id of the clause it sits in."""
    documents = {parsed.document.id: parsed for parsed in build.corpus.documents}
    found: dict[str, list[Resolution]] = defaultdict(list)
    for parsed in build.corpus.documents:
        for resolution in resolve_references(parsed, documents):
            found[resolution.reference.clause].append(resolution)
    return found


def _cut(spans: tuple[Span, ...], start: int, end: int) -> tuple[Span, ...]:
    """The part of ``spans`` covering characters start..end of their joined text."""
    out, offset = [], 0
    for span in spans:
        lo, hi = max(start, offset), min(end, offset + len(span.text))
        if lo < hi:
            out.append(Span(span.text[lo - offset:hi - offset], span.bold, span.italic, span.underline))
        offset += len(span.text)
    return tuple(out)


def clause_markdown(clause: Clause, page: str, refs: list[Resolution], clauses: dict[str, Clause]) -> str:
    """A clause's formatted text, its cross-references linked or marked."""
    if not refs or "".join(s.text for s in clause.spans) != clause.text:
        return spans_to_markdown(clause.spans)
    pieces, position = [], 0
    for resolution in sorted(refs, key=lambda r: r.reference.start):
        start, end = resolution.reference.start, resolution.reference.end
        if start < position:
            continue
        pieces.append(inline_spans(_cut(clause.spans, position, start)))
        words = inline_spans(_cut(clause.spans, start, end)).strip()
        target = clauses.get(resolution.target_clause or "")
        if target is not None and target.id == clause.id:
            # "APPENDIX 12 January 2020" in a heading finds the heading itself: a date, not a reference.
            pieces.append(words)
        elif target is not None:
            pieces.append(f"[{words}]({clause_href(page, target)})")
        else:
            pieces.append(f'<span class="cb-xref-unresolved">{words}</span>'
                          f'<span class="cb-xref-note"> (not found in this handbook)</span>')
        position = end
    pieces.append(inline_spans(_cut(clause.spans, position, len(clause.text))))
    return finish("".join(pieces))
