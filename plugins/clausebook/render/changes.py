""""Changes from the previous version": one page per document that supersedes another.

A document names the one it replaces with ``supersedes: <id>`` in its front
matter (the reader checks the id exists). Its page shows, from the same
Comparison as ``clausebook compare``:

- where each clause of the previous version went, one row per old clause id
  (the row's anchor *is* the old id), linking the old anchor to the clause
  that replaces it, so a link someone saved to the old text leads on to the
  new one;
- the redline of every clause that changed, words struck through and
  inserted, with a spoken label and a shape as well as a colour;
- for committee papers, the same printable HTML and JSON that ``clausebook
  compare --format html|json`` write, as downloads.

All corpus text goes through ``markup.escape``; the only HTML is ours.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from clausebook.compare import Comparison
from clausebook.compare.anchors import successors
from clausebook.compare.as_html import comparison_html
from clausebook.compare.as_json import to_json
from clausebook.compare.as_text import summary
from clausebook.compare.html_page import redline
from clausebook.compare.labels import sense_note, status_name
from clausebook.compare.stale import stale_references
from clausebook.models import Clause, Corpus, Document
from clausebook.render import cite
from clausebook.render.markup import attribute, escape, front_matter
from clausebook.render.names import document_label
from clausebook.render.paths import document_page, href

SECTION = "Changes between versions"
DIRECTORY = "changes"
HIDDEN = "cb-redline-label"
# Our own rules for this page alone: the spoken labels are hidden from sight,
# insertions get a double underline so they differ from links by shape.
STYLE = (f"<style>.{HIDDEN}{{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;"
         "clip:rect(0 0 0 0);white-space:nowrap}.cb-redline del{text-decoration:line-through}"
         ".cb-redline ins{text-decoration:underline double}</style>")


def changes_page(doc_id: str) -> str:
    return f"{DIRECTORY}/{doc_id}.md"


def is_draft(document: Document) -> bool:
    """A draft replaces nothing yet: the pages say it "is to replace" the version before it."""
    return document.meta.get("status") == "draft"


def download(doc_id: str, extension: str) -> str:
    """Where the redline's printable HTML or JSON is offered."""
    return f"downloads/changes-{doc_id}.{extension}"


def committee_papers(page: str, html_file: str, json_file: str, what: str, command: str) -> str:
    """The downloads paragraph: the printable file, the JSON, and the command that makes them."""
    html_name, json_name = html_file.rsplit("/", 1)[-1], json_file.rsplit("/", 1)[-1]
    return (f"[Download the {what} as one printable page (HTML)]({href(page, html_file)}){{download=\"{html_name}\"}}: "
            "self-contained, it opens in any browser with no network and prints as it shows. "
            f"[Download it as JSON]({href(page, json_file)}){{download=\"{json_name}\"}} for other tools. "
            f"The same files come from `{command} --format html` (or `--format json`).\n")


def html_table(caption: str, headers: Sequence[str], rows: Sequence[str], wrap: str = "cb-table-wrap") -> str:
    """An HTML table (``scope`` on every header cell) whose cells may hold Markdown links (md_in_html)."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    return (f'<div class="{wrap}" markdown="1">\n<table markdown="1">\n<caption>{escape(caption)}</caption>\n'
            f'<thead><tr>{head}</tr></thead>\n<tbody markdown="1">\n' + "\n".join(rows)
            + "\n</tbody>\n</table>\n</div>\n")


def table_row(cells: Sequence[str], anchor: str | None = None, row_header: bool = False) -> str:
    """One row of inline-Markdown cells; the first is the row's header cell when ``row_header``."""
    tags = [("th", ' scope="row"') if row_header and k == 0 else ("td", "") for k in range(len(cells))]
    inner = "\n".join(f'<{tag}{scope} markdown="span">{cell}</{tag}>' for (tag, scope), cell in zip(tags, cells))
    ident = f' id="{attribute(anchor)}"' if anchor else ""
    return f'<tr{ident} markdown="1">\n{inner}\n</tr>'


def _links(corpus: Corpus, page: str, clauses: tuple[Clause, ...]) -> str:
    return " + ".join(cite.link(corpus, page, c, with_document=False) for c in clauses) or "—"


def _anchor_table(corpus: Corpus, page: str, comparison: Comparison) -> str:
    rows = []
    old_by_id = comparison.old.by_id()
    for old_id, (change, target) in successors(comparison).items():
        now = cite.link(corpus, page, target, with_document=False) if target else "no successor"
        if change.status == "removed" and target is not None:
            now = f"removed; its section is now {now}"
        old = cite.link(corpus, page, old_by_id[old_id], with_document=False)
        rows.append(table_row([old, f"<code>{escape(old_id)}</code>", now, escape(status_name(change.status))],
                              anchor=old_id))
    return html_table("Every clause of the previous version, its permanent id, and where it is now",
                      ["Previous clause", "Permanent id", "Now", "Change"], rows)


def _redline_table(corpus: Corpus, page: str, comparison: Comparison) -> str:
    rows = []
    for change in comparison.changes:
        if change.status == "unchanged":
            continue
        text = redline(change.diff, escape, HIDDEN) if change.status not in ("renumbered", "moved") else \
            escape(" ".join(c.text for c in change.new))
        status = "; ".join(filter(None, (status_name(change.status), sense_note(change))))
        rows.append(table_row([_links(corpus, page, change.old), _links(corpus, page, change.new),
                               escape(status), text]))
    if not rows:
        return "Every clause is unchanged.\n"
    return html_table("Each changed clause: deleted words struck through, inserted words double-underlined",
                      ["Previous", "Now", "Change", "Text, with changes marked"], rows, "cb-table-wrap cb-redline")


def _details_table(comparison: Comparison) -> str:
    """The front matter and details block that changed ("status", "Purpose"), or "" when none did."""
    if not comparison.details:
        return ""
    rows = [table_row([escape(d.name), redline(d.diff, escape, HIDDEN)], row_header=True) for d in comparison.details]
    return ("## Document details {#details}\n\n"
            + html_table("The front matter, title and details block, where they changed", ["Detail", "Change"], rows,
                         "cb-table-wrap cb-redline") + "\n")


def _stale_citations(comparison: Comparison) -> str:
    """Citations the new version kept whose clause has moved on ("still cites paragraph 10.1..."), or ""."""
    stale = stale_references(comparison)
    if not stale:
        return ""
    items = "\n".join(f"- {escape(problem.message)}" for problem in stale)
    return f"## Citations to check {{#citations}}\n\nThe renumbering left these citations behind:\n\n{items}\n"


def change_markdown(corpus: Corpus, comparison: Comparison) -> str:
    previous, current = comparison.old, comparison.new
    page = changes_page(current.document.id)
    name = document_label(current)
    verb = "is to replace" if is_draft(current.document) else "replaces"
    return "\n".join([
        front_matter(f"Changes: {current.document.title}"),
        "# Changes from the previous version {#changes}\n",
        STYLE + "\n",
        f"[{escape(current.document.title)}]({href(page, document_page(current.document.id))}) "
        f"({escape(name)}) {verb} [{escape(previous.document.title)}]"
        f"({href(page, document_page(previous.document.id))}). {escape(summary(comparison))}.\n",
        "## Where each previous clause went {#previous-clauses}\n",
        "A link saved to a clause of the previous version still opens that clause; this table, whose rows "
        "carry the previous clauses' permanent ids as anchors, gives the clause that replaces each one.\n",
        _anchor_table(corpus, page, comparison),
        _details_table(comparison),
        _stale_citations(comparison),
        "## The changes, clause by clause {#redline}\n",
        _redline_table(corpus, page, comparison),
        "## For committee papers {#for-committee-papers}\n",
        committee_papers(page, download(current.document.id, "html"), download(current.document.id, "json"),
                         "redline", f"clausebook compare {previous.document.id} {current.document.id}"),
    ])


def pages(build: Any) -> dict[str, str]:
    corpus = build.corpus
    return {changes_page(comparison.new.document.id): change_markdown(corpus, comparison)
            for comparison in build.comparisons}


def downloads(build: Any) -> dict[str, str]:
    """Each redline as one printable HTML file and as JSON."""
    out = {}
    for comparison in build.comparisons:
        out[download(comparison.new.document.id, "html")] = comparison_html(comparison, show_unchanged=False)
        out[download(comparison.new.document.id, "json")] = to_json(comparison)
    return out
