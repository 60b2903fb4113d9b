"""Real builds of the handbook, shared by the site tests.

Each build runs ``clausebook build`` (MkDocs with --strict: a broken link or
anchor fails it) in a subprocess, into a temporary folder, once per test
session; the tests then read the HTML and Markdown it wrote.  Nothing here
touches build/ in the repository.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from clausebook.pipeline import Build, run
from site_helpers import CORPUS, HOSTILE, clausebook_build


@pytest.fixture(scope="session")
def corpus_build() -> Build:
    """The pipeline's output for the bundled corpus, as the plugin sees it."""
    return run(CORPUS)


@dataclass(frozen=True)
class BuiltSite:
    """One real build: the HTML site, the same pages as Markdown, and what the build printed."""

    site: Path
    markdown: Path
    log: str


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The bundled corpus built with mkdocs.yml."""
    root = tmp_path_factory.mktemp("site")
    result = clausebook_build("--site-dir", root / "site", "--markdown", root / "markdown")
    return BuiltSite(root / "site", root / "markdown", result.stdout + result.stderr)


@pytest.fixture(scope="session")
def site_dir(site: BuiltSite) -> Path:
    return site.site


@pytest.fixture(scope="session")
def markdown_dir(site: BuiltSite) -> Path:
    return site.markdown


@pytest.fixture(scope="session")
def build_log(site: BuiltSite) -> str:
    return site.log


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus plus a hostile document, built the same way."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    shutil.copy(HOSTILE, corpus / "documents" / HOSTILE.name)
    clausebook_build("--corpus", corpus, "--site-dir", root / "site")
    return root / "site"
