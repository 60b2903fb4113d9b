"""Real builds of the handbook, shared by the site tests.

Each build runs ``clausebook build`` (MkDocs with --strict: a broken link or
anchor fails it) in a subprocess, into a temporary folder, once per test
session; the tests then read the HTML and Markdown it wrote.  Nothing here
touches build/ in the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from clausebook.pipeline import Build, run

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


@pytest.fixture(scope="session")
def corpus_build() -> Build:
    """The pipeline's output for the bundled corpus, as the plugin sees it."""
    return run(CORPUS)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The bundled corpus built with mkdocs.yml: (site folder, --markdown folder)."""
    root = tmp_path_factory.mktemp("site")
    clausebook_build("--site-dir", root / "site", "--markdown", root / "markdown")
    return root / "site", root / "markdown"


@pytest.fixture(scope="session")
def site_dir(site: tuple[Path, Path]) -> Path:
    return site[0]


@pytest.fixture(scope="session")
def markdown_dir(site: tuple[Path, Path]) -> Path:
    return site[1]


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus plus a hostile document, built the same way."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    shutil.copy(HOSTILE, corpus / "documents" / HOSTILE.name)
    clausebook_build("--corpus", corpus, "--site-dir", root / "site")
    return root / "site"
