"""Real builds of the handbook, shared by the site tests.

Each build runs ``clausebook build`` (MkDocs with --strict: a broken link or
anchor fails it) in a subprocess, into a temporary folder, once per test
session; the tests then read the HTML and Markdown it wrote.  Nothing here
touches build/ in the repository.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clausebook.pipeline import Build, run
from site_helpers import CORPUS, HOSTILE, clausebook_build


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
