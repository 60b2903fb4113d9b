"""Topic pages: one subject, every council's clauses on it side by side.

Topics come from the alignment (build.alignment.topics).  Each document gets
a column (a card that sits beside the others on a wide screen and below them
on a phone); a document with no clause in the topic is marked silent, so a
reader sees what a council leaves out as well as what it says. Columns are
headed at level 2, under the page's title, so a screen reader's outline of
headings reads topic, then councils.
"""

from __future__ import annotations

from typing import Any

from clausebook.models import Clause, Corpus, Topic
from clausebook.parse.shapes import is_lead_in
from clausebook.render import cite
from clausebook.render.crossrefs import clause_markdown, references
from clausebook.render.glossary import with_tooltips
from clausebook.render.markup import escape, front_matter
from clausebook.render.names import document_label

SECTION = "Topics"
TOPICS_DIR = "topics"
INDEX = f"{TOPICS_DIR}/index.md"


def topic_page(topic: Topic) -> str:
    return f"{TOPICS_DIR}/{topic.id}.md"


def by_document(corpus: Corpus, topic: Topic) -> dict[str, list[Clause]]:
    """The topic's clauses grouped by document id, every document present (silent ones empty)."""
    clauses = {c.id: c for c in corpus.clauses()}
    grouped: dict[str, list[Clause]] = {p.document.id: [] for p in corpus.documents}
    for clause_id in topic.clauses:
        clause = clauses.get(clause_id)
        if clause is not None:
            grouped[clause.document].append(clause)
    return grouped


def _column(corpus: Corpus, page: str, doc_id: str, clauses: list[Clause], refs: dict[str, list[Any]],
            every: dict[str, Clause]) -> str:
    label = escape(document_label(corpus.document(doc_id)))
    if not clauses:
        return (f'<section class="cb-column cb-silent" markdown="1">\n\n## {label} {{#{doc_id}}}\n\n'
                f"**Silent:** no clause of this document was found on this topic.\n\n</section>")
    shown = {clause.id for clause in clauses}
    parts: list[str] = []
    opened: str | None = None
    for clause in clauses:
        lead_in = _lead_in(clause, every)
        if lead_in is not None and lead_in.id not in shown and lead_in.id != opened:
            parts.append(f"Under {cite.link(corpus, page, lead_in, with_document=False)}: *{escape(lead_in.text)}*")
        opened = lead_in.id if lead_in is not None else None
        parts.append(f"{cite.link(corpus, page, clause, with_document=False)}: "
                     f"{clause_markdown(clause, page, refs.get(clause.id, []), every)}")
    body = "\n\n".join(parts)
    return f'<section class="cb-column" markdown="1">\n\n## {label} {{#{doc_id}}}\n\n{body}\n\n</section>'


def _lead_in(clause: Clause, every: dict[str, Clause]) -> Clause | None:
    """The sentence a list item completes ("Members can expect from Officers:"), when it is one.

    "3.1(h): respect, dignity and courtesy;" alone does not say who owes it to whom.
    """
    parent = every.get(clause.parent or "")
    if clause.kind != "item" or parent is None or not is_lead_in(parent.text):
        return None
    return parent


def topic_markdown(corpus: Corpus, topic: Topic, refs: dict[str, list[Any]], every: dict[str, Clause]) -> str:
    page = topic_page(topic)
    grouped = by_document(corpus, topic)
    silent = [document_label(corpus.document(d)) for d, found in grouped.items() if not found]
    summary = (f"{len(grouped) - len(silent)} of {len(grouped)} documents deal with this topic"
               + (f"; silent: {escape(', '.join(silent))}." if silent else "."))
    # Councils that speak first: on a phone the columns stack, and a reader should not scroll past
    # "Silent" boxes to reach the first clause.
    ordered = sorted(grouped.items(), key=lambda item: not item[1])
    columns = "\n\n".join(_column(corpus, page, d, found, refs, every) for d, found in ordered)
    description = f"{escape(topic.description)}\n\n" if topic.description else ""
    return (f"{front_matter(topic.title, wide=True)}\n# {escape(topic.title)}\n\n{description}"
            f"{summary} Each clause's number links to it in its own document.\n\n"
            f'<div class="cb-columns" markdown="1">\n\n{columns}\n\n</div>\n')


def pages(build: Any) -> dict[str, str]:
    corpus = build.corpus
    topics = build.alignment.topics
    if not topics:
        return {}
    refs = references(build)
    every = {c.id: c for c in corpus.clauses()}
    out = {}
    items = []
    for topic in topics:
        out[topic_page(topic)] = with_tooltips(corpus, topic_markdown(corpus, topic, refs, every))
        count = sum(1 for found in by_document(corpus, topic).values() if found)
        about = f" {escape(topic.description)}" if topic.description else ""
        items.append(f"- [{escape(topic.title)}]({topic.id}.md): {count} of {len(corpus.documents)} documents."
                     f"{about}")
    index = (f"{front_matter('All topics')}\n# Topics\n\nEach topic puts the clauses of every document on one "
             "subject side by side, and marks the documents that say nothing on it.\n\n" + "\n".join(items) + "\n")
    return {INDEX: index, **out}
