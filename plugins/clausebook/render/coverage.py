"""The coverage matrix: topics by documents, each cell linking to the clauses.

An HTML table (caption, ``scope`` on every header cell) rather than a
Markdown one, whose header cells carry no scope.  Cells hold Markdown links
(``md_in_html``) so MkDocs validates every one under ``--strict``.  A silent
cell says "silent" in words; colour only repeats it.
"""

from __future__ import annotations

from typing import Any

from clausebook.models import Topic

from clausebook.render import cite, topics
from clausebook.render.markup import attr_list_value, escape, front_matter
from clausebook.render.names import document_label
from clausebook.render.paths import href

PAGE = "coverage.md"
MAX_IN_CELL = 3  # more links than this make the table unreadable; the topic page has them all


def _cell(corpus: Any, topic: Topic, doc_id: str, found: list[Any]) -> str:
    """The first MAX_IN_CELL clauses as links; the rest counted, linking to the topic page's column (on paper, listed)."""
    if not found:
        return '<td class="cb-silent">silent</td>'
    links = [cite.link(corpus, PAGE, clause, with_document=False) for clause in found]
    # Semicolons: a label such as "3, bullet 7" has a comma of its own.
    shown = "; ".join(links[:MAX_IN_CELL])
    if len(found) > MAX_IN_CELL:
        more = f"{len(found) - MAX_IN_CELL} more"
        # Read out of context (a screen reader's list of links), "2 more" says nothing: its name says of what.
        named = attr_list_value(f"{more} from {document_label(corpus.document(doc_id))} on {topic.title}")
        # On paper there is no topic page to go to: the rest are printed instead of the count.
        shown += (f'<span class="cb-screen-only">; [{more}]({href(PAGE, topics.topic_page(topic), doc_id)})'
                  f'{{aria-label="{named}"}}</span><span class="cb-print-only">; {"; ".join(links[MAX_IN_CELL:])}</span>')
    return f'<td markdown="span">{shown}</td>'


def _table(build: Any) -> str:
    corpus = build.corpus
    head = "".join(f'<th scope="col">{escape(document_label(p))}</th>' for p in corpus.documents)
    rows = []
    for topic in build.alignment.topics:
        grouped = topics.by_document(corpus, topic)
        title = f'<th scope="row" markdown="span">[{escape(topic.title)}]({href(PAGE, topics.topic_page(topic))})</th>'
        cells = "\n".join(_cell(corpus, topic, doc_id, found) for doc_id, found in grouped.items())
        rows.append(f'<tr markdown="1">\n{title}\n{cells}\n</tr>')
    body = "\n".join(rows)
    # The frame scrolls sideways on a phone: focusable and named, so a keyboard can scroll it too.
    return ('<div class="cb-table-wrap" role="region" aria-label="Coverage table" tabindex="0" markdown="1">\n'
            '<table class="cb-coverage" markdown="1">\n<caption>Topics by document</caption>\n'
            f'<thead><tr><th scope="col">Topic</th>{head}</tr></thead>\n<tbody markdown="1">\n{body}\n</tbody>\n'
            "</table>\n</div>\n")


def pages(build: Any) -> dict[str, str]:
    intro = (f"{front_matter('Coverage', wide=True)}\n# Coverage: who covers what {{#coverage}}\n\n"
             "Each row is a topic, each column a document. A cell lists the clauses of that document on "
             "that topic, by their printed numbers; select one to read it. “Silent” means no clause of the "
             "document was found on the topic: topics are found from the words clauses and their sections use, so look at the "
             "document itself before relying on a silence."
             '<span class="cb-screen-only"> On a narrow screen the table scrolls sideways.</span>\n\n')
    if not build.alignment.topics:
        return {PAGE: intro + "No topics have been worked out for these documents yet, so there is nothing to "
                "compare here. The document pages still show every clause.\n"}
    return {PAGE: intro + _table(build)}
