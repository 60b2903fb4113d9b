"""``mkdocs serve`` rebuilds the handbook when a corpus file changes.

MkDocs watches only docs/ and mkdocs.yml; the plugin adds the corpus folder.
This runs the real server on a copy of the corpus, edits a clause, and waits
for the served page to show the new wording.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from site_helpers import CORPUS, REPO

PAGE = "documents/north-norfolk/"
OLD = "The purpose of this protocol is to guide members"
NEW = "The purpose of this protocol is to steer members"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in _fetch(url):
            return True
        time.sleep(0.5)
    return False


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A live `mkdocs serve` of a corpus copy: (page URL, the copied document)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\ndocs_dir: {REPO / 'docs'}\nplugins:\n  - search\n"
        f"  - clausebook:\n      corpus: {corpus}\n      cache_dir: {tmp_path / 'cache'}\n",
        encoding="utf-8",
    )
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        yield f"http://127.0.0.1:{port}/{PAGE}", corpus / "documents" / "north-norfolk.txt"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_rebuilds_when_a_corpus_file_changes(served: tuple[str, Path]) -> None:
    url, document = served
    assert _wait_for(url, OLD, 60), "the served page never showed the clause"
    document.write_text(document.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    assert _wait_for(url, NEW, 60), "the page was not rebuilt after the corpus changed"
