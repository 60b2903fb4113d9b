"""Start here: the induction path a new councillor reads first.

What a member/officer protocol is for, the two roles in one table, the seven
principles in brief, where to go when things go wrong, and how to read the
comparisons.  The prose is the handbook's own; wherever it can, it points at
the councils' clauses that say the same, found by their section titles.
"""

from __future__ import annotations

import re
from typing import Any

from clausebook.models import Corpus
from clausebook.render import about, coverage, nolan, quicksheet
from clausebook.render.equivalents import NEAR_IDENTICAL
from clausebook.render.glossary import PAGE as GLOSSARY, anchor as term_anchor, with_tooltips
from clausebook.render.markup import escape, front_matter
from clausebook.render.names import document_label, readable_title
from clausebook.render.paths import HOME, clause_href, document_page, href
from clausebook.render.sections import titled

ROLES_TITLE = re.compile(r"\broles\b", re.IGNORECASE)
WRONG_TITLE = re.compile(r"go(?:es)? wrong|arbitration|complaints?|disputes?", re.IGNORECASE)

# Members and officers, side by side: (row heading, members, officers).
ROLES = (
    ("Who they are", "Councillors, elected by the voters of a ward or division.",
     "People employed by the council, appointed on merit."),
    ("Answer to", "The electorate, at the next election.", "The council as a whole, through their managers."),
    ("Their job", "Set policy and priorities, take decisions, represent their ward, hold the council to account.",
     "Give impartial professional advice, carry out the council's decisions, run services day to day."),
    ("Politics", "Can be, and usually are, political.",
     "Must stay politically neutral and serve every councillor equally."),
    ("Instructions", "Give direction through the council, the Cabinet or a committee, not to individual officers.",
     "Take instructions from their managers, not from individual councillors."),
)


def _roles_table() -> str:
    """An HTML table so its header cells carry ``scope`` (a Markdown table's do not)."""
    rows = "\n".join(f'<tr><th scope="row">{topic}</th><td>{members}</td><td>{officers}</td></tr>'
                     for topic, members, officers in ROLES)
    return ('<div class="cb-table-wrap">\n<table class="cb-roles">\n<caption>The two roles side by side</caption>\n'
            '<thead><tr><td></td><th scope="col">Members (councillors)</th><th scope="col">Officers (staff)</th></tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table>\n</div>\n")


def _where_said(corpus: Corpus, pattern: re.Pattern[str], lead: str) -> str:
    """A sentence listing each document's section on a subject, or "" when none has one."""
    found = titled(corpus, pattern)
    if not found:
        return ""
    items = "\n".join(
        f"- {escape(document_label(corpus.document(clause.document)))}: "
        f"[{escape(' '.join(filter(None, [clause.number, readable_title(clause.text)])))}]({clause_href(HOME, clause)})"
        for clause in found
    )
    return f"{lead}\n\n{items}\n"


def _principles(corpus: Corpus) -> str:
    listed = nolan.principles(corpus)
    if not listed:
        return ""
    items = "\n".join(
        f"- [**{escape(str(p['name']))}**]({href(HOME, nolan.PAGE, nolan.anchor(str(p['name'])))}): "
        f"{escape(str(p.get('brief', '')))}"
        for p in listed
    )
    return f"""## The seven principles in brief {{#the-seven-principles}}

Everyone in public office, councillors and officers alike, follows the Seven Principles of Public Life
(the *Nolan Principles*). The [Nolan Principles page]({href(HOME, nolan.PAGE)}) gives their official wording and the
clauses that put each into practice.

{items}
"""


def _documents(corpus: Corpus) -> str:
    items = "\n".join(
        f"- [{escape(document_label(p))}]({href(HOME, document_page(p.document.id))}): "
        f"{escape(p.document.title)} ({len(p.clauses)} clauses)"
        for p in corpus.documents
    )
    return items + "\n"


def pages(build: Any) -> dict[str, str]:
    corpus = build.corpus
    glossary = href(HOME, GLOSSARY)
    monitoring = href(HOME, GLOSSARY, term_anchor("Monitoring Officer"))
    roles = _where_said(corpus, ROLES_TITLE, "Each protocol sets out the roles in its own words:")
    wrong = _where_said(corpus, WRONG_TITLE, "What each protocol says:")
    # The quick sheet is made from an aide-memoire; a corpus without one has no quick sheet to point to.
    keep = f" Then keep the\n[quick sheet]({href(HOME, quicksheet.PAGE)}) to hand." if quicksheet.aide_memoires(build) else ""
    text = f"""{front_matter("Start here")}
# Start here {{#start-here}}

Welcome. This handbook puts side by side the protocols several councils have adopted on how councillors
and council staff work together. Read this page first: it takes about ten minutes.{keep}

## What the protocol is for {{#what-the-protocol-is-for}}

Councillors (*members*) and council staff (*officers*) need each other, but they have different jobs.
A member/officer protocol is the council's agreed rulebook for that working relationship: who does what,
how to ask for information, how officers support political groups, how to deal with the press, and what
to do when things go wrong. It sits in the council's constitution beside the Code of Conduct, and
breaking it can also break the Code.

## Members and officers {{#roles}}

{_roles_table()}
{roles}
{_principles(corpus)}
## When things go wrong {{#when-things-go-wrong}}

Most problems are settled by talking early and in private. If that does not work:

1. **A councillor** unhappy with an officer raises it with that officer's manager, a Director or the
   Chief Executive, never in public and never on social media.
2. **An officer** unhappy with a councillor raises it with their manager, who may take it to the
   councillor's group leader or the [Monitoring Officer]({monitoring}).
3. **Conduct complaints** about a councillor go to the [Monitoring Officer]({monitoring}) under the Code of
   Conduct; officers also have the council's grievance procedure.

{wrong}
## How to read the comparisons {{#how-to-read-the-comparisons}}

- Every clause keeps the **number its council printed** (for example 6.1 or I.1.). Select the number to get a
  permanent link to that clause, safe to paste into an email or a report.
- Under a clause, **Said elsewhere** lists the clauses of other councils that say the same thing. Each is
  marked **near-identical** (the wording barely differs, a match score of {NEAR_IDENTICAL:.0%} or more),
  **similar** (the same point in different words) or **in part** (only part of the clause is covered), followed by
  the words both clauses share, so you can check the match yourself. Under a heading, **same heading** or
  **similar heading** says only that two sections go by the same name, not that their rules match.
- A **topic** page puts every council's clauses on one subject side by side; a council that says nothing on
  the subject is marked **silent**. The [coverage table]({href(HOME, coverage.PAGE)}) shows at a glance who covers what.
- References such as "see paragraph 6.1" are links when the handbook can find the clause, and are
  marked *(not found in this handbook)* when it cannot.
- Unfamiliar words are underlined with dots: hover over them, tap them, or look them up in the
  [glossary]({glossary}).
- The matches are made by comparing wording, and cautiously: a match shown is usually right, but a
  council that makes the same point in quite different words may not be matched. A clause with nothing
  *Said elsewhere* may still have an equivalent: look at its topic page. The council's own text is what counts.

## The documents {{#the-documents}}

{_documents(corpus)}
Where the texts came from, and the whole concordance as data to download, are on the
[About this handbook]({href(HOME, about.PAGE, "download")}) page.
"""
    return {HOME: with_tooltips(corpus, text)}
