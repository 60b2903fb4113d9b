"""Fixtures for the browser tests: a real build, a local server, Debian's Chromium.

The site is built once per session with ``mkdocs build --strict`` from the
repository's own config, served from 127.0.0.1 under a sub-path (as an
intranet would), and crawled once; the tests then assert on what the crawl
saw. Every request to any other host is recorded and refused, so a test run
needs no internet and proves the site does not either.

Chromium and axe-core come from tests/conftest.py, which fails the tests
loudly when either is missing.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from site_crawl import SUB_PATH, Crawl, crawl_site, is_local

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "mkdocs.yml"
OFFLINE_CONFIG = REPO / "mkdocs-offline.yml"
DESKTOP = {"width": 1280, "height": 800}


def mkdocs_build(config: Path, site_dir: Path) -> None:
    """Build with --strict: a broken link or anchor fails here, before any browser opens."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site_dir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, f"mkdocs build --strict -f {config.name} failed:\n{result.stderr}"


@pytest.fixture(scope="session")
def webroot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the local server publishes; the site sits at ``SUB_PATH`` inside it."""
    return tmp_path_factory.mktemp("webroot")


@pytest.fixture(scope="session")
def site_dir(webroot: Path) -> Path:
    """The handbook as ``mkdocs.yml`` builds it."""
    site = webroot / SUB_PATH.strip("/")
    mkdocs_build(CONFIG, site)
    return site


@pytest.fixture(scope="session")
def offline_site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The handbook as ``mkdocs-offline.yml`` builds it: meant to be opened from disk."""
    site = tmp_path_factory.mktemp("offline") / "site"
    mkdocs_build(OFFLINE_CONFIG, site)
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        """Keep the test output for failures, not access logs."""


@pytest.fixture(scope="session")
def base_url(webroot: Path, site_dir: Path) -> Iterator[str]:
    """URL of the site's start page, served from the web root on an ephemeral port."""
    handler = functools.partial(_QuietHandler, directory=str(webroot))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def outside_requests() -> list[str]:
    """Every request the browser tried to make to a host other than the local server."""
    return []


@pytest.fixture(scope="session")
def browser(chromium: Any, base_url: str, outside_requests: list[str]) -> Iterator[Any]:
    """A browser context, fresh profile, that refuses and records every request to another host."""

    def guard(route: Any) -> None:
        if is_local(route.request.url, base_url):
            route.continue_()
        else:
            outside_requests.append(route.request.url)
            route.abort()

    context = chromium.new_context(viewport=DESKTOP)
    context.route("**/*", guard)
    yield context
    context.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A fresh tab for one test."""
    tab = browser.new_page()
    yield tab
    tab.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where screenshots go for a person to look at: build/, never committed."""
    folder = REPO / "build" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def crawl(browser: Any, base_url: str, site_dir: Path, axe: Callable[[Any], list[dict[str, Any]]]) -> Crawl:
    """One visit to every page of the built site (see ``site_crawl``), shared by the tests."""
    return crawl_site(browser, base_url, site_dir, axe)

