"""The navigation as a SUMMARY.md, the table of contents other generators read.

``clausebook build --markdown DIR`` writes the pages for use outside MkDocs;
mdBook, GitBook and mkdocs-literate-nav all take their navigation from a
SUMMARY.md of nested links, so one is written beside the pages, in the
order and sections of the handbook's own navigation.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from clausebook.render.markup import escape

SUMMARY = "SUMMARY.md"
_TITLE = re.compile(r"\A---\ntitle: (\".*\")\n")


def page_title(markdown: str, path: str) -> str:
    """A generated page's title, read back from the front matter markup.front_matter wrote."""
    match = _TITLE.match(markdown)
    return html.unescape(json.loads(match.group(1))) if match else path


def summary(nav: list[Any], pages: dict[str, str]) -> str:
    """Nested Markdown links for a MkDocs nav of bare paths and {section: [paths]} entries."""
    lines = ["# Summary", ""]

    def walk(entries: list[Any], depth: int) -> None:
        for entry in entries:
            indent = "    " * depth
            if isinstance(entry, dict):
                for section, children in entry.items():
                    lines.append(f"{indent}- {escape(section)}")
                    walk(children, depth + 1)
            elif entry in pages:
                lines.append(f"{indent}- [{escape(page_title(pages[entry], entry))}]({entry})")

    walk(nav, 0)
    return "\n".join(lines) + "\n"
