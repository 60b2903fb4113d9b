"""The gap report as one printable HTML file for a committee agenda pack."""

from __future__ import annotations

from clausebook.compare.checklist import COVERED
from clausebook.compare.gaps import NO_PEER, ChecklistLine, GapReport
from clausebook.compare.html_page import page, text
from clausebook.compare.labels import document_name, label
from clausebook.models import Clause, ParsedDocument


def _quote(peer: ParsedDocument, clause: Clause) -> str:
    return (f"<blockquote><p><strong>{text(document_name(peer))} {text(label(clause))}</strong></p>"
            f"<p>{text(clause.text)}</p></blockquote>")


def _item(line: ChecklistLine) -> str:
    item, status = line.draft.item, line.draft.status
    css = "covered" if status == COVERED else "not-covered"
    where = "; ".join(text(label(c)) for c in line.draft.where) or "nowhere"
    parts = [f'<h3 id="{text(item.id)}">{text(item.title)}: <span class="{css}">{text(status)}</span></h3>',
             f"<p>{text(line.asked_for)}</p>", f"<p>In the draft: {where}.</p>"]
    if status != COVERED:
        parts.append(f"<p>{'How peers cover it:' if line.quotes else NO_PEER}</p>")
        parts += [_quote(peer, clause) for peer, clause in line.quotes]
    return "\n".join(parts)


def _summary_table(report: GapReport) -> str:
    rows = "\n".join(
        f'<tr><th scope="row">{text(line.draft.item.title)}</th><td>{text(line.draft.status)}</td>'
        f"<td>{len(line.peers_covering)} of {len(line.peers)}</td></tr>" for line in report.lines)
    return ('<table>\n<caption>Checklist at a glance</caption>\n<thead><tr><th scope="col">Item</th>'
            '<th scope="col">In the draft</th><th scope="col">Peers covering it</th></tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table>")


def _topics(report: GapReport) -> str:
    if not report.topics_available:
        return "<p>No topic alignment in this build, so topic gaps are not listed.</p>"
    if not report.gaps:
        return f"<p>None: the draft shares all {report.topics_shared} topics its peers cover.</p>"
    by_id = {p.document.id: p for p in report.peers}
    out = []
    for gap in report.gaps:
        out.append(f"<h3>{text(gap.topic.title)} <small>(covered by {len(gap.peers)} peer(s))</small></h3>")
        out += [_quote(by_id[c.document], c) for c in gap.clauses]
    return "\n".join(out)


def gaps_html(report: GapReport) -> str:
    peers = ", ".join(text(document_name(p)) for p in report.peers)
    body = [f"<h1>Gap report: {text(report.title)}</h1>",
            f"<p>Draft: <strong>{text(report.draft_id)}</strong>. Compared with: {peers}.</p>"]
    if report.checklist is not None:
        cited = f" ({text(report.checklist.cited_as)})" if report.checklist.cited_as else ""
        body += [f"<h2>Checklist: {text(report.checklist.title)}{cited}</h2>", _summary_table(report)]
        body += [_item(line) for line in report.lines]
    body += ["<h2>Topics peers cover that the draft does not</h2>", _topics(report)]
    return page(f"Gap report: {report.title}", "\n".join(body))
