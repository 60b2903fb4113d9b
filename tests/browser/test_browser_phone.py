"""On a phone: the coverage table scrolls inside its frame with the topic column in view; touch-only styles pass axe."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from clausebook.render import coverage
from site_crawl import page_url, pages_on_disk

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

AFTER_SCROLL = """() => {
  const frame = document.querySelector(".cb-table-wrap");
  frame.scrollLeft = frame.scrollWidth;
  const topic = frame.querySelector("th[scope=row]").getBoundingClientRect();
  const heading = frame.querySelector("thead th");
  const head = heading.getBoundingClientRect();
  const onTop = document.elementFromPoint(head.left + 4, head.top + head.height / 2);
  return {scrolled: frame.scrollLeft, frameLeft: frame.getBoundingClientRect().left, topicLeft: topic.left,
          headingLeft: head.left, headingOnTop: heading.contains(onTop),
          pageScrolls: document.documentElement.scrollWidth > innerWidth};
}"""


def test_the_topic_column_stays_in_view_while_the_table_scrolls(page: Any, base_url: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(page_url(base_url, coverage.PAGE))
    seen = page.evaluate(AFTER_SCROLL)
    assert seen["scrolled"] > 0, "the table fits a phone: nothing to scroll"
    assert abs(seen["topicLeft"] - seen["frameLeft"]) <= 1, seen
    # The "Topic" heading stays above its column: no document's name slides over the pinned topics.
    assert abs(seen["headingLeft"] - seen["frameLeft"]) <= 1 and seen["headingOnTop"], seen
    assert not seen["pageScrolls"], "the page itself scrolls sideways"


def test_a_touch_screen_sees_no_axe_violations(chromium: Any, base_url: str, site_dir: Any,
                                               axe: Callable[[Any], list[dict[str, Any]]]) -> None:
    """A phone has no hover: what a mouse reveals on hover is always shown there, and must pass too."""
    context = chromium.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    try:
        tab = context.new_page()
        found = {}
        for url in pages_on_disk(site_dir, base_url):
            tab.goto(url)
            if violations := axe(tab):
                found[url] = [(v["rule"], len(v["nodes"])) for v in violations]
        assert found == {}
    finally:
        context.close()
