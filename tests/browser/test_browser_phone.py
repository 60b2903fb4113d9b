"""The coverage table on a phone: it scrolls sideways inside its frame, and the topic column stays in view."""

from __future__ import annotations

from typing import Any

import pytest

from clausebook.render import coverage
from site_crawl import page_url

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
