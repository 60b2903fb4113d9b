"""Screenshots of the pages a new councillor meets first, at desktop and phone width.

They land in build/screenshots for a person to look at; the test itself
checks what a screenshot cannot show at a glance: nothing needs sideways
scrolling, and axe-core finds nothing in the phone layout either (Material
rearranges its navigation into a drawer there; the crawl runs at desktop width).
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Callable
from typing import Any

import pytest

from clausebook import pipeline
from clausebook.render import coverage, quicksheet
from clausebook.render.paths import HOME, document_page
from site_crawl import page_url, sideways_at

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
SCREENS = 3
"""Screenshots stop after this many screenfuls: a whole protocol would be tens of thousands of pixels tall."""


@pytest.fixture(scope="module")
def first_pages(base_url: str) -> dict[str, str]:
    """Start page, the first protocol in the corpus, the quick sheet, the coverage matrix
    (the widest table): name -> URL."""
    corpus = pipeline.parse_corpus(REPO / "corpus")
    protocol = next(p.document for p in corpus.documents if p.document.meta.get("kind") == "protocol")
    return {
        "start": page_url(base_url, HOME),
        "document": page_url(base_url, document_page(protocol.id)),
        "quick-sheet": page_url(base_url, quicksheet.PAGE),
        "coverage": page_url(base_url, coverage.PAGE),
    }


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_first_pages_at_desktop_and_phone_width(page: Any, first_pages: dict[str, str], width: str,
                                                screenshots: Path,
                                                axe: Callable[[Any], list[dict[str, Any]]]) -> None:
    page.set_viewport_size(WIDTHS[width])
    overflowing, violations = {}, {}
    for name, url in first_pages.items():
        page.goto(url)
        page.wait_for_load_state("networkidle")
        height = min(SCREENS * WIDTHS[width]["height"], page.evaluate("document.documentElement.scrollHeight"))
        path = screenshots / f"{name}-{width}.png"
        page.screenshot(path=path, full_page=True, clip={"x": 0, "y": 0, "width": WIDTHS[width]["width"],
                                                          "height": height})
        assert path.stat().st_size > 0
        sideways = sideways_at(page, WIDTHS[width]["width"])
        if sideways > 0:
            overflowing[name] = sideways
        found = [f"{v['rule']}: {v['help']} {v['nodes'][:2]}" for v in axe(page)]
        if found:
            violations[name] = found
    assert not overflowing, f"pages wider than a {width} screen, by pixels: {overflowing}"
    assert not violations, violations
