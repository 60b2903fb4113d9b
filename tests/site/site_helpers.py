"""What the site tests share besides fixtures: where things are, a real build, an HTML reader.

A plain module (not conftest.py), so ``from site_helpers import ...`` cannot
pick up another folder's conftest.
"""

from __future__ import annotations

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile.txt"


def clausebook_build(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``clausebook build ...`` from the repository folder; fails the test with MkDocs' output."""
    result = subprocess.run(
        [sys.executable, "-m", "clausebook.cli", "build", *map(str, args)],
        cwd=REPO, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, f"clausebook build {' '.join(map(str, args))} failed:\n{result.stderr}"
    return result


class Page(HTMLParser):
    """The tags of one HTML page, with their attributes, and its visible text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if a.get("id")}

    def links(self) -> list[str]:
        return [a["href"] for tag, a in self.tags if tag == "a" and a.get("href")]


def read_page(path: Path) -> Page:
    return Page(path.read_text(encoding="utf-8"))
