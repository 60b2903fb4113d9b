"""The Nolan Principles annex: the seven principles, and the clauses that give effect to each.

Which clauses give effect to a principle is decided by the curated cues in
corpus/data/nolan.yaml: a clause does when its text contains one of the
principle's cues as whole words, ignoring case.  The mapping is data, not
code, so the standards officer who maintains the handbook can correct it.
Clauses that merely reprint the principles (they sit under a heading named
after one) are left out: they state the principle, they do not apply it; so
are a committee report's paragraphs, which discuss a protocol, not apply it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from clausebook.models import Clause, Corpus
from clausebook.render import cite
from clausebook.render.glossary import with_tooltips
from clausebook.parts import clause_kinds
from clausebook.render.markup import escape, front_matter
from clausebook.render.names import document_label

PAGE = "nolan-principles.md"


def principles(corpus: Corpus) -> list[dict[str, Any]]:
    """The principles as listed in corpus/data/nolan.yaml (empty when the file is absent)."""
    return list((corpus.data.get("nolan") or {}).get("principles") or [])


def anchor(name: str) -> str:
    return "principle-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def cue_pattern(cues: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching any cue as whole words; runs of spaces in a cue match any white space."""
    alternatives = [r"\s+".join(re.escape(word) for word in cue.split()) for cue in cues if cue.strip()]
    if not alternatives:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def giving_effect(corpus: Corpus, principle: dict[str, Any]) -> list[Clause]:
    """The clauses, in corpus order, whose text contains one of the principle's cues."""
    pattern = cue_pattern(principle.get("cues") or [])
    if pattern is None:
        return []
    names = {str(p["name"]).lower() for p in principles(corpus)}
    kinds = clause_kinds(corpus)
    return [
        clause for clause in corpus.clauses()
        if clause.kind not in ("part", "section", "heading")
        and kinds[clause.id] != "committee-report"
        and not names.intersection(title.strip().lower() for title in clause.heading)
        and pattern.search(clause.text)
    ]


def _principle(corpus: Corpus, principle: dict[str, Any]) -> list[str]:
    name = str(principle["name"])
    out = [
        f"## {escape(name)} {{#{anchor(name)}}}\n",
        f"> {escape(' '.join(str(principle['description']).split()))}\n",
    ]
    clauses = giving_effect(corpus, principle)
    if not clauses:
        out.append("No clause in these documents was found to give effect to this principle.\n")
        return out
    out.append(f"Clauses that give effect to it ({len(clauses)}):\n")
    for parsed in corpus.documents:
        mine = [c for c in clauses if c.document == parsed.document.id]
        if not mine:
            continue
        items = "\n".join(f"    - {cite.quoted(corpus, PAGE, c, with_document=False)}" for c in mine)
        out.append(f"- **{escape(document_label(parsed))}**\n\n{items}\n")
    return out


def pages(build: Any) -> dict[str, str]:
    corpus = build.corpus
    listed = principles(corpus)
    if not listed:
        return {}
    source = " ".join(str((corpus.data.get("nolan") or {}).get("source", "")).split())
    out = [
        front_matter("The Nolan Principles"),
        "# The Seven Principles of Public Life {#nolan-principles}\n",
        "Everyone who holds public office, councillors and officers alike, is expected to follow "
        "these seven principles, known as the Nolan Principles, and the protocols in this handbook are "
        "written to put them into practice. Under each principle are the clauses that give effect to it, found by the "
        "words they use: a clause may be missing from a principle or listed under one it only mentions, so read the "
        "protocol itself before relying on the list.\n",
    ]
    if source:
        out.append(f"Source: {escape(source)}\n")
    for principle in listed:
        out.extend(_principle(corpus, principle))
    return {PAGE: with_tooltips(corpus, "\n".join(out))}
