"""Built-in search works with no internet: served from the intranet and opened from disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

pytestmark = pytest.mark.browser

QUERY = "confidential"


def search(page: Any, query: str) -> list[str]:
    """Type a query into Material's search box as a reader would; return the result links, best first."""
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
    return page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => a.href)")


def test_search_finds_confidential_on_the_served_site(page: Any, base_url: str, outside_requests: list[str]) -> None:
    before = len(outside_requests)
    page.goto(base_url)
    results = search(page, QUERY)
    assert results, "no search results"
    assert all(url.startswith(base_url) for url in results), results
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_load_state("load")
    assert QUERY in page.locator("article").inner_text().lower()
    assert outside_requests[before:] == []


def test_search_works_opened_from_disk(page: Any, offline_site_dir: Path, outside_requests: list[str]) -> None:
    before = len(outside_requests)
    page.goto((offline_site_dir / "index.html").as_uri())
    results = search(page, QUERY)
    assert results, "no search results from the file:// build"
    assert all(url.startswith(offline_site_dir.as_uri()) for url in results), results
    assert all(Path(unquote(urlsplit(url).path)).is_file() for url in results), results
    assert outside_requests[before:] == []


def cancelled_by_next_page(failure: str) -> bool:
    """Whether a failed request is one the next page's navigation cut short, for a file that is there.

    Chromium fetches the favicon after the load event; moving on to the next page aborts that
    fetch (net::ERR_ABORTED). That says nothing about the site, whereas a missing file fails
    with net::ERR_FILE_NOT_FOUND and still counts.
    """
    url, _, reason = failure.rpartition(": ")
    return reason == "net::ERR_ABORTED" and Path(unquote(urlsplit(url).path)).is_file()


def test_every_page_opened_from_disk_loads_only_files_that_exist(
    page: Any, offline_site_dir: Path, outside_requests: list[str]
) -> None:
    """Open each page of the file:// build: nothing fails to load, no link points at a missing file."""
    before = len(outside_requests)
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(f"{request.url}: {request.failure}"))
    missing = []
    # 404.html is for a web server to send at any depth, so its links start at the server's root.
    pages = sorted(path for path in offline_site_dir.rglob("*.html") if path.name != "404.html")
    for path in pages:
        page.goto(path.as_uri(), wait_until="load")
        for link in page.eval_on_selector_all("a[href^='file:']", "links => links.map(a => a.href)"):
            target = Path(unquote(urlsplit(urldefrag(link)[0]).path))
            if not target.is_file():
                missing.append(f"{path.relative_to(offline_site_dir)} -> {link}")
    assert len(pages) >= 5
    assert not [failure for failure in failed if not cancelled_by_next_page(failure)], failed
    assert not missing, "\n".join(missing)
    assert outside_requests[before:] == []
