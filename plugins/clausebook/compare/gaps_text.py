"""The gap report as plain text: checklist first (the committee's own question), then topic gaps."""

from __future__ import annotations

import textwrap

from clausebook.compare.checklist import COVERED, NOT_COVERED
from clausebook.compare.gaps import NO_PEER, ChecklistLine, GapReport
from clausebook.compare.labels import document_name, label
from clausebook.models import Clause, ParsedDocument

WIDTH = 100
QUOTES_PER_PEER = 3  # the text report stays readable; JSON and HTML quote every clause
WHERE_SHOWN = 4


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def _where(clauses: tuple[Clause, ...]) -> str:
    shown = "; ".join(label(c) for c in clauses[:WHERE_SHOWN])
    return shown + (f"; and {len(clauses) - WHERE_SHOWN} more" if len(clauses) > WHERE_SHOWN else "")


def _quotes(peer: ParsedDocument, clauses: tuple[Clause, ...], indent: str) -> list[str]:
    lines = []
    for clause in clauses[:QUOTES_PER_PEER]:
        lines += _wrap(f"{document_name(peer)} {label(clause)}: “{clause.text}”", indent)
    if len(clauses) > QUOTES_PER_PEER:
        lines.append(f"{indent}… and {len(clauses) - QUOTES_PER_PEER} more clause(s) (see --format json or html)")
    return lines


def _item(line: ChecklistLine) -> list[str]:
    status, item = line.draft.status, line.draft.item
    lines = [f"[{status}] {item.title}"]
    if line.draft.where:
        lines += _wrap("in the draft: " + _where(line.draft.where), "    ")
    if status != COVERED and not line.quotes:
        lines.append(f"    {NO_PEER}")
    for evidence in line.peers_covering if status != COVERED else ():
        lines += _quotes(evidence.peer, evidence.coverage.where, "    ")
    return lines


def gaps_text(report: GapReport) -> str:
    out = [f"Gap report for {report.title} ({report.draft_id})",
           "Peers: " + ", ".join(f"{document_name(p)} ({p.document.id})" for p in report.peers), ""]
    if report.checklist is not None:
        statuses = [line.draft.status for line in report.lines]
        out.append(f"Checklist: {report.checklist.title}" + (f" ({report.checklist.cited_as})" if report.checklist.cited_as else ""))
        out.append(f"{statuses.count(COVERED)} covered, {len(statuses) - statuses.count(COVERED) - statuses.count(NOT_COVERED)} "
                   f"partly covered, {statuses.count(NOT_COVERED)} not covered")
        for line in report.lines:
            out += _item(line)
        out.append("")
    out.append("Topics peers cover that the draft does not")
    if not report.topics_available:
        out.append("    (no topic alignment in this build: run the align stage to list them)")
    elif not report.gaps:
        out.append(f"    none: the draft shares all {report.topics_shared} topic(s) its peers cover")
    by_id = {p.document.id: p for p in report.peers}
    for gap in report.gaps:
        out.append(f"- {gap.topic.title} (covered by {len(gap.peers)} peer(s))")
        for peer_id in gap.peers:
            out += _quotes(by_id[peer_id], tuple(c for c in gap.clauses if c.document == peer_id), "    ")
    for problem in report.problems:
        out.append(f"warning: {problem}")
    return "\n".join(out) + "\n"
