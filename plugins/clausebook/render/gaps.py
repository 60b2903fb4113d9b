"""Gap reports: one page per draft in the corpus, the same report as ``clausebook gaps``.

The committee's checklist comes first (an HTML table with ``scope`` on its
header cells, then each item with the draft's clauses that cover it and the
peers' clauses quoted in full where the draft falls short); then the topics
its peers cover that it does not, from the alignment, peers quoted.
Every clause named links to its permanent anchor on its document page.

For committee papers, each report is also offered as a download: the same
self-contained, printable HTML and the JSON that ``clausebook gaps --format
html|json`` write, so a reader of the intranet site needs no command line.
"""

from __future__ import annotations

from typing import Any

from clausebook.compare.checklist import COVERED
from clausebook.compare.gaps import NO_PEER, ChecklistLine, GapReport
from clausebook.compare.gaps_html import gaps_html
from clausebook.compare.gaps_json import to_json
from clausebook.models import Clause, Corpus
from clausebook.render import cite
from clausebook.render.changes import committee_papers, html_table, table_row
from clausebook.render.markup import escape, front_matter
from clausebook.render.names import document_label
from clausebook.render.paths import document_page, href

SECTION = "Gap reports"
DIRECTORY = "gaps"


def gaps_page(draft_id: str) -> str:
    return f"{DIRECTORY}/{draft_id}.md"


def download(draft_id: str, extension: str) -> str:
    """Where the report's printable HTML or JSON is offered."""
    return f"downloads/gaps-{draft_id}.{extension}"


def _quote(corpus: Corpus, page: str, clause: Clause) -> str:
    """A peer's clause in full, as a block quote headed by its citation link."""
    return f"> {cite.link(corpus, page, clause)}\n>\n> {escape(clause.text)}\n"


def _where(corpus: Corpus, page: str, clauses: tuple[Clause, ...]) -> str:
    return "; ".join(cite.link(corpus, page, c, with_document=False) for c in clauses) or "nowhere"


def _summary(report: GapReport) -> str:
    rows = [table_row([f"[{escape(line.draft.item.title)}](#{line.draft.item.id})", escape(line.draft.status),
                       f"{len(line.peers_covering)} of {len(line.peers)}"], row_header=True)
            for line in report.lines]
    return html_table("The checklist at a glance: is each item in the draft, and how many peers cover it",
                      ["Item", "In the draft", "Peers covering it"], rows)


def _item(corpus: Corpus, page: str, line: ChecklistLine) -> str:
    item, status = line.draft.item, line.draft.status
    parts = [f"### {escape(item.title)}: {escape(status)} {{#{item.id}}}\n", f"{escape(line.asked_for)}\n",
             f"In the draft: {_where(corpus, page, line.draft.where)}.\n"]
    if status != COVERED:
        parts.append(("How peers cover it:" if line.quotes else escape(NO_PEER)) + "\n")
        parts += [_quote(corpus, page, clause) for _, clause in line.quotes]
    return "\n".join(parts)


def _topics(corpus: Corpus, page: str, report: GapReport) -> str:
    if not report.topics_available:
        return "No topics have been worked out for these documents yet, so topic gaps cannot be listed.\n"
    if not report.gaps:
        return f"None: the draft shares all {report.topics_shared} topics its peers cover.\n"
    out = ["Topics are found from the words clauses and their sections use, one topic to a clause, so a draft "
           "that makes the point in other words, or inside a paragraph mostly about something else, can be "
           "listed here: read the "
           "peers' clauses against the draft before relying on a gap.\n"]
    for gap in report.gaps:
        out.append(f"### {escape(gap.topic.title)}\n\nCovered by {len(gap.peers)} peer(s):\n")
        out += [_quote(corpus, page, c) for c in gap.clauses]
    return "\n".join(out)


def report_markdown(corpus: Corpus, report: GapReport) -> str:
    page = gaps_page(report.draft_id)
    peers = ", ".join(f"[{escape(document_label(p))}]({href(page, document_page(p.document.id))})"
                      for p in report.peers)
    part = report.draft_id if report.draft_id != report.draft.document.id else None
    out = [front_matter(f"Gap report: {report.title}"),
           f"# Gap report: {escape(report.title)} {{#gap-report}}\n",
           f"What the [draft]({href(page, document_page(report.draft.document.id), part)}) covers, measured against "
           f"the committee's checklist and against its peers: {peers}.\n"]
    if report.checklist is not None:
        cited = f" ({escape(report.checklist.cited_as)})" if report.checklist.cited_as else ""
        out += [f"## Checklist: {escape(report.checklist.title)}{cited} {{#checklist}}\n", _summary(report)]
        out += [_item(corpus, page, line) for line in report.lines]
    out += ["## Topics peers cover that the draft does not {#topic-gaps}\n", _topics(corpus, page, report),
            "## For committee papers {#for-committee-papers}\n",
            committee_papers(page, download(report.draft_id, "html"), download(report.draft_id, "json"), "report",
                             f"clausebook gaps {report.draft_id}")]
    return "\n".join(out)


def pages(build: Any) -> dict[str, str]:
    return {gaps_page(report.draft_id): report_markdown(build.corpus, report) for report in build.gap_reports}


def downloads(build: Any) -> dict[str, str]:
    """Each report as one printable HTML file and as JSON."""
    out = {}
    for report in build.gap_reports:
        out[download(report.draft_id, "html")] = gaps_html(report)
        out[download(report.draft_id, "json")] = to_json(report)
    return out
