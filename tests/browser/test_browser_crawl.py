"""Every page of the built handbook, as Chromium and axe-core see it (WCAG 2.2 AA, intranet-ready)."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urldefrag

import pytest

from site_crawl import Crawl, page_key

pytestmark = pytest.mark.browser

SCROLL_SLACK = 8
"""Pixels a landed anchor may tuck under the sticky header (sub-pixel rounding of the scroll)."""


def test_the_crawl_saw_the_whole_site(crawl: Crawl) -> None:
    assert len(crawl.visits) >= 5, sorted(crawl.visits)
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


def test_every_local_request_succeeds(crawl: Crawl) -> None:
    assert not crawl.failed_responses, sorted(set(crawl.failed_responses))


def test_every_link_and_anchor_resolves(crawl: Crawl) -> None:
    assert not crawl.broken_links(), "\n".join(crawl.broken_links())


def test_every_page_is_reachable_from_the_start_page(crawl: Crawl) -> None:
    orphans = set(crawl.visits) - crawl.reached_from_start
    assert not orphans, sorted(orphans)


def test_first_tab_focuses_a_visible_skip_link_on_every_page(crawl: Crawl) -> None:
    wrong = {url: v.keyboard.first_tab for url, v in crawl.visits.items() if not v.keyboard.first_tab["skip"]}
    assert not wrong, wrong
    hidden = [url for url, v in crawl.visits.items() if not v.keyboard.first_tab["onScreen"]]
    assert not hidden, hidden


def test_skip_link_moves_focus_into_the_main_content_on_every_page(crawl: Crawl) -> None:
    wrong = {
        url: (v.keyboard.hash_after_skip, v.keyboard.after_skip["describe"])
        for url, v in crawl.visits.items()
        if not v.keyboard.skips_to_content()
    }
    assert not wrong, wrong


def equivalent_links(crawl: Crawl) -> list[tuple[str, str, str]]:
    """(page, clause id, link) for every link in every "said elsewhere" block the crawl saw."""
    return [
        (url, block.clause or "", link)
        for url, visit in crawl.visits.items()
        for block in visit.equivalents
        for link in block.links
    ]


def test_said_elsewhere_blocks_sit_under_a_clause_and_link_to_clauses(crawl: Crawl) -> None:
    found = equivalent_links(crawl)
    if not found:
        pytest.skip("the built site shows no equivalents: the alignment exported no links")
    wrong = []
    for url, clause, link in found:
        target, fragment = urldefrag(link)
        if not clause or not fragment or page_key(target) == url:
            wrong.append(f"{url}#{clause} -> {link}")
    assert not wrong, "\n".join(wrong)


def test_following_an_equivalent_lands_on_its_clause(crawl: Crawl, page: Any) -> None:
    """Click the first equivalent on each page that has one: the browser shows that clause, below the header."""
    firsts = {url: (clause, link) for url, clause, link in reversed(equivalent_links(crawl))}
    if not firsts:
        pytest.skip("the built site shows no equivalents: the alignment exported no links")
    for url, (clause, link) in sorted(firsts.items()):
        page.goto(f"{url}#{clause}")
        page.locator(f'[id="{clause}"] ~ .cb-equivalents a[href]').first.click()
        page.wait_for_load_state("load")
        fragment = unquote(urldefrag(link)[1])
        landed = page.evaluate(
            """() => {
              const e = document.getElementById(decodeURIComponent(location.hash.slice(1)));
              if (!e) return null;
              const r = e.getBoundingClientRect();
              const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
              return {id: e.id, target: e.matches(":target"), top: r.top, header, height: innerHeight};
            }"""
        )
        assert page_key(page.url) == page_key(link), (url, link, page.url)
        assert landed and landed["id"] == fragment and landed["target"], (link, landed)
        assert landed["header"] - SCROLL_SLACK <= landed["top"] < landed["height"], (link, landed)
