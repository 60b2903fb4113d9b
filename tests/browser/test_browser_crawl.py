"""Every page of the built handbook, as Chromium and axe-core see it (WCAG 2.2 AA, intranet-ready)."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_crawl import Crawl, handbook_pages, is_local, pages_on_disk

pytestmark = pytest.mark.browser


def test_the_crawl_saw_the_whole_site(crawl: Crawl, site_dir: Path, base_url: str) -> None:
    assert set(crawl.visits) == set(pages_on_disk(site_dir, base_url))
    assert all(visit.status == 200 for visit in crawl.visits.values()), {
        url: visit.status for url, visit in crawl.visits.items() if visit.status != 200
    }


def test_every_page_has_zero_axe_violations(crawl: Crawl) -> None:
    failures = [
        f"{url}: {v.rule} ({v.impact}) {v.help}; {len(v.nodes)} node(s), e.g. {list(v.nodes[:3])}"
        for url, visit in crawl.visits.items()
        for v in visit.violations
    ]
    assert not failures, "\n".join(failures)


def test_no_request_leaves_the_local_server(crawl: Crawl, outside_requests: list[str]) -> None:
    assert crawl.requests > len(crawl.visits)
    assert not outside_requests, sorted(set(outside_requests))


def test_no_markup_names_another_host(crawl: Crawl) -> None:
    """Not even a preconnect or a lazy image that the crawl did not happen to trigger."""
    outside = {
        url: [r for r in visit.resources if not is_local(r, crawl.base_url)] for url, visit in crawl.visits.items()
    }
    outside = {url: found for url, found in outside.items() if found}
    assert not outside, outside


def test_every_local_request_succeeds(crawl: Crawl) -> None:
    assert not crawl.failed_responses, sorted(set(crawl.failed_responses))


def test_every_link_and_anchor_resolves(crawl: Crawl) -> None:
    assert not crawl.broken_links(), "\n".join(crawl.broken_links())


def test_every_page_is_reachable_from_the_start_page(crawl: Crawl) -> None:
    orphans = set(crawl.visits) - crawl.reached_from_start
    assert not orphans, sorted(orphans)


def test_first_tab_focuses_a_visible_skip_link_on_every_page(crawl: Crawl) -> None:
    pages = handbook_pages(crawl)
    wrong = {url: v.keyboard.first_tab for url, v in pages.items() if not v.keyboard.first_tab["skip"]}
    assert not wrong, wrong
    hidden = [url for url, v in pages.items() if not v.keyboard.first_tab["onScreen"]]
    assert not hidden, hidden


def test_skip_link_moves_focus_into_the_main_content_on_every_page(crawl: Crawl) -> None:
    wrong = {
        url: (v.keyboard.hash_after_skip, v.keyboard.after_skip["describe"])
        for url, v in handbook_pages(crawl).items()
        if not v.keyboard.skips_to_content()
    }
    assert not wrong, wrong



def test_no_page_scrolls_sideways_on_a_320px_screen(crawl: Crawl) -> None:
    wide = {url: visit.sideways for url, visit in crawl.visits.items() if visit.sideways > 0}
    assert not wide, f"pages wider than 320px, by pixels: {wide}"


def test_keyboard_focus_shows_a_ring_on_every_page(crawl: Crawl) -> None:
    """WCAG 2.4.7: the skip link and the first link after it are outlined when the keyboard reaches them."""
    unmarked = {
        url: [focus["describe"] for focus in (v.keyboard.first_tab, v.keyboard.after_skip) if not focus["ring"]]
        for url, v in handbook_pages(crawl).items()
    }
    unmarked = {url: focused for url, focused in unmarked.items() if focused}
    assert not unmarked, unmarked
