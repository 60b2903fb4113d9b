"""The glossary: a page of its own, and tooltips on the terms wherever they appear.

Tooltips are Python-Markdown ``abbr`` definitions appended to each page, so
the same Markdown gives ``<abbr title>`` in any Markdown renderer that knows
abbreviations.  Tooltips are hover-only for most readers, hence the page.
"""

from __future__ import annotations

import re
from typing import Any

from clausebook.models import Corpus
from clausebook.render.markup import escape, front_matter
from clausebook.render.names import document_label
from clausebook.render.paths import document_page, href

PAGE = "glossary.md"
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)")
_SLUG = re.compile(r"[^a-z0-9]+")


def terms(corpus: Corpus) -> list[dict[str, Any]]:
    """The curated terms (corpus/data/glossary.yaml), in the order they are listed there."""
    return list((corpus.data.get("glossary") or {}).get("terms") or [])


def anchor(term: str) -> str:
    return "term-" + _SLUG.sub("-", term.lower()).strip("-")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def abbreviations(corpus: Corpus) -> str:
    """``*[term]: meaning`` lines for every term and spelling that gets a tooltip."""
    lines = []
    for entry in terms(corpus):
        if entry.get("tooltip") is False:
            continue
        definition = _one_line(entry["definition"])
        match = _FIRST_SENTENCE.match(definition)
        tip = match.group(1) if match else definition
        for form in [entry["term"], *entry.get("also", [])]:
            if re.fullmatch(r"[\w' /-]+", form):
                lines.append(f"*[{form}]: {tip}")
    return "\n".join(lines)


def with_tooltips(corpus: Corpus, markdown: str) -> str:
    """A page with the glossary's abbreviation definitions appended."""
    definitions = abbreviations(corpus)
    return f"{markdown.rstrip()}\n\n{definitions}\n" if definitions else markdown


def _used_in(corpus: Corpus, entry: dict[str, Any]) -> list[str]:
    """Labels of the documents whose text uses the term or one of its forms."""
    forms = [entry["term"], *entry.get("also", [])]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE)
    return [
        f"[{escape(document_label(parsed))}]({href(PAGE, document_page(parsed.document.id))})"
        for parsed in corpus.documents
        if any(pattern.search(clause.text) for clause in parsed.clauses)
    ]


def pages(build: Any) -> dict[str, str]:
    corpus = build.corpus
    entries = terms(corpus)
    if not entries:
        return {}
    out = [
        front_matter("Glossary"),
        "# Glossary {#glossary}\n",
        "The words and abbreviations the protocols use, in plain English. "
        "Where a term appears in the handbook's text it is underlined with dots: "
        "hover over it, tap it, or reach its first use on a page with the Tab key, for its meaning; "
        "or come back to this page.\n",
    ]
    for entry in sorted(entries, key=lambda e: e["term"].lower()):
        out.append(f"## {escape(entry['term'])} {{#{anchor(entry['term'])}}}\n")
        out.append(escape(_one_line(entry["definition"])) + "\n")
        if entry.get("also"):
            out.append("Also written: " + ", ".join(escape(a) for a in entry["also"]) + ".\n")
        used = _used_in(corpus, entry)
        if used:
            out.append("Used in: " + ", ".join(used) + ".\n")
    return {PAGE: "\n".join(out)}
