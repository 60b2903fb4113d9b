"""A clause's equivalents, as a reader follows them: the site shows exactly what the export holds.

The concordance JSON the site offers for download is the alignment's public
record; every "said elsewhere" link the crawl saw must be one of its links,
each of its links must show on both clauses' pages, and clicking one must
land the reader on the other clause.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag

import pytest

from clausebook.render.about import CONCORDANCE
from clausebook.render.paths import document_page
from site_crawl import Crawl, page_key, page_url

pytestmark = pytest.mark.browser

SCROLL_SLACK = 8
"""Pixels a landed anchor may tuck under the sticky header (sub-pixel rounding of the scroll)."""

LANDED = """() => {
  const e = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!e) return null;
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
  const r = e.getBoundingClientRect();
  return {id: e.id, target: e.matches(":target"), top: r.top, header, height: innerHeight};
}"""


@pytest.fixture(scope="module")
def export(site_dir: Path) -> dict[str, Any]:
    """The concordance as the built site offers it for download."""
    return json.loads((site_dir / CONCORDANCE).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def exported_pairs(export: dict[str, Any]) -> set[tuple[str, str]]:
    """Every exported link in both directions, as (clause, its equivalent)."""
    if not export["links"]:
        pytest.skip("the concordance export holds no links: there are no equivalents to follow")
    return {(link["a"], link["b"]) for link in export["links"]} | {(link["b"], link["a"]) for link in export["links"]}


def shown(crawl: Crawl) -> list[tuple[str, str | None, str]]:
    """(page, clause id or None under a table, linked clause id) for every "said elsewhere" link."""
    return [
        (url, block.clause, unquote(urldefrag(link)[1]))
        for url, visit in crawl.visits.items()
        for block in visit.equivalents
        for link in block.links
    ]


def test_every_equivalent_shown_is_an_exported_link(crawl: Crawl, exported_pairs: set[tuple[str, str]]) -> None:
    wrong = [f"{url}#{clause} -> {target}" for url, clause, target in shown(crawl)
             if clause is not None and (clause, target) not in exported_pairs]
    assert not wrong, "\n".join(wrong)


def test_every_exported_link_shows_on_both_clauses_pages(
    crawl: Crawl, export: dict[str, Any], exported_pairs: set[tuple[str, str]], base_url: str
) -> None:
    document_of = {clause["id"]: clause["document"] for clause in export["clauses"]}
    on_page = {(url, target) for url, _, target in shown(crawl)}
    missing = [f"{a} -> {b}" for a, b in sorted(exported_pairs)
               if (page_url(base_url, document_page(document_of[a])), b) not in on_page]
    assert not missing, f"{len(missing)} exported links not shown under their clause, e.g.\n" + "\n".join(missing[:10])


def test_following_an_equivalent_lands_on_its_clause(
    crawl: Crawl, exported_pairs: set[tuple[str, str]], page: Any
) -> None:
    """Click the first equivalent under a clause on each page: the browser shows that clause, below the header."""
    firsts: dict[str, tuple[str, str]] = {}
    for url, clause, target in shown(crawl):
        if clause is not None:
            firsts.setdefault(url, (clause, target))
    assert firsts, "no page shows an equivalent under a clause"
    for url, (clause, target) in sorted(firsts.items()):
        page.goto(f"{url}#{clause}")
        link = page.locator(f'[id="{clause}"] ~ .cb-equivalents a[href]').first
        href = link.evaluate("a => a.href")
        link.click()
        page.wait_for_url(href)
        landed = page.evaluate(LANDED)
        assert page_key(page.url) == page_key(href), (url, href, page.url)
        assert landed and landed["id"] == target and landed["target"], (href, landed)
        assert landed["header"] - SCROLL_SLACK <= landed["top"] < landed["height"], (href, landed)
