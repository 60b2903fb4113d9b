"""A comparison as plain text for the terminal, readable without colour.

The redline uses git's word-diff markers, ``[-deleted-]`` and
``{+inserted+}``, so it survives copying into an e-mail or a ticket.
Unchanged clauses are counted, and listed only on request.
"""

from __future__ import annotations

import re
import textwrap

from clausebook.compare.diff import framed
from clausebook.compare.labels import from_elsewhere, label, labels, move, rewording, status_name
from clausebook.compare.model import STATUSES, Change, Comparison, DiffOp

WIDTH = 100
INDENT = "    "
LEGEND = "Redline: [-words taken out-] {+words put in+}"


def redline_text(diff: tuple[DiffOp, ...]) -> str:
    """The word diff with ``[-…-]`` and ``{+…+}`` around changed runs."""
    out = []
    for run in diff:
        lead, core, trail = framed(run)
        if run.op == "delete" and core:
            out.append(f"{lead}[-{core}-]{trail}")
        elif run.op == "insert" and core:
            out.append(f"{lead}{{+{core}+}}{trail}")
        else:
            out.append(f"{lead}{core}{trail}")
    return re.sub(" {2,}", " ", "".join(out)).strip()


def summary(comparison: Comparison) -> str:
    counts = comparison.counts()
    parts = [f"{counts[s]} {status_name(s)}" for s in STATUSES if counts[s]]
    return (f"{len(comparison.old.clauses)} clauses → {len(comparison.new.clauses)} clauses: "
            + (", ".join(parts) or "no clauses"))


def _headline(change: Change) -> str:
    head = f"{labels(change.old)} → {labels(change.new)}  {status_name(change.status)}"
    if reworded := rewording(change):
        head += f", {reworded}"
    if change.moved:
        head += f" ({move(change.old[0], change.new[0])})"
    elif change.renumbered and change.status not in ("renumbered",):
        head += " (renumbered)"
    if elsewhere := from_elsewhere(change):
        head += f" ({elsewhere})"
    return head


def _wrapped(text: str, indent: str = INDENT) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=INDENT, break_on_hyphens=False)


def _body(change: Change) -> list[str]:
    """The redline; for a split or merge, also each part by its number so the new boundaries show."""
    if change.status in ("unchanged", "renumbered", "moved"):
        return []
    lines = _wrapped(redline_text(change.diff)) if change.reworded or not (change.old and change.new) else []
    if change.status in ("split", "merged"):
        for clause in change.new if change.status == "split" else change.old:
            lines.extend(_wrapped(clause.text, f"{INDENT}{label(clause)}: "))
    return lines


def comparison_text(comparison: Comparison, show_unchanged: bool = False) -> str:
    old, new = comparison.old.document, comparison.new.document
    lines = [f"{old.id} → {new.id}", f"{old.title} → {new.title}", summary(comparison)]
    if comparison.details or any(_body(change) for change in comparison.changes):
        lines.append(LEGEND)
    lines.append("")
    if comparison.details:  # the document's own description first: what it is, before what it says
        lines.append("Document details:")
        lines += [line for d in comparison.details for line in _wrapped(redline_text(d.diff), f"{INDENT}{d.name}: ")]
        lines.append("")
    hidden = 0
    for change in comparison.changes:
        if change.status == "unchanged" and not show_unchanged:
            hidden += 1
            continue
        lines.append(_headline(change))
        lines.extend(_body(change))
    if hidden:
        lines += ["", f"{hidden} unchanged clause(s) not listed (--all lists them)."]
    return "\n".join(lines) + "\n"
