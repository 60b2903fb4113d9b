"""A Python-Markdown extension that lets keyboard and touch readers open a glossary tooltip.

The ``abbr`` extension marks every use of a glossary term with ``<abbr
title="...">``, whose meaning a browser shows only on mouse hover: a
councillor reading on a phone, or by keyboard, never sees it. This
treeprocessor runs after ``abbr`` and makes the first use of each term on a
page focusable (``tabindex="0"``): Material's improved tooltips
(``content.tooltips``) then show the meaning on focus as well as on hover, as
a ``role="tooltip"`` the term names with ``aria-describedby``, so a tap or the
Tab key reaches it and a screen reader announces it. Only the first use:
a tab stop on every "Monitoring Officer" of a long protocol would bury the
links. Never a term inside a link's words: a tab stop within a tab stop is
reached twice and read out as part of the link. Never a term in a heading
either: the heading names the page. Enabled in mkdocs.yml as
``clausebook.render.mdx_terms``.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

# Python-Markdown's abbr treeprocessor runs at priority 7; lower runs later.
AFTER_ABBR = 6


HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _unwrap_terms(element: etree.Element) -> None:
    """A heading names the page or section: a dotted underline and a tooltip in it are noise, so its terms are text."""
    for child in list(element):
        _unwrap_terms(child)
        if child.tag != "abbr":
            continue
        index = list(element).index(child)
        words = (child.text or "") + (child.tail or "")
        if index == 0:
            element.text = (element.text or "") + words
        else:
            previous = element[index - 1]
            previous.tail = (previous.tail or "") + words
        element.remove(child)


class FirstTermFocusable(Treeprocessor):
    """Give the first ``<abbr>`` of each term on the page a tab stop."""

    def run(self, root: etree.Element) -> None:
        for heading in [element for element in root.iter() if element.tag in HEADINGS]:
            _unwrap_terms(heading)
        seen: set[str] = set()
        in_links = {id(element) for link in root.iter("a") for element in link.iter("abbr")}
        for element in root.iter("abbr"):
            term = " ".join((element.text or "").split()).lower()
            if element.get("title") and term not in seen and id(element) not in in_links:
                seen.add(term)
                element.set("tabindex", "0")


class TermsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.treeprocessors.register(FirstTermFocusable(md), "clausebook-terms", AFTER_ABBR)


def makeExtension(**kwargs: object) -> TermsExtension:  # noqa: N802 - Python-Markdown's name
    return TermsExtension(**kwargs)
