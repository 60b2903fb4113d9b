"""Keyboard use on a phone-sized screen: every Tab stop is something the reader can see.

Material moves its navigation into an off-canvas drawer below 76 em; its
links must not stay in the tab order while the drawer is closed, nor the
closed search panel, or a keyboard user (or someone zoomed in on a laptop)
presses Tab through dozens of invisible stops before reaching the page.
"""

from __future__ import annotations

from typing import Any

import pytest

from clausebook.render.paths import DOCUMENTS_DIR
from site_crawl import page_url

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
TABS = 25

FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const r = e.getBoundingClientRect();
  const visible = r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth
    && getComputedStyle(e).visibility !== "hidden";
  return {visible, what: e.outerHTML.slice(0, 90)};
}"""


@pytest.mark.parametrize("source", ["index.md", f"{DOCUMENTS_DIR}/north-norfolk.md", "coverage.md"])
def test_every_tab_stop_on_a_phone_is_on_screen(page: Any, base_url: str, source: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(page_url(base_url, source))
    unseen = []
    for _ in range(TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is not None and not focused["visible"]:
            unseen.append(focused["what"])
    assert not unseen, unseen


def test_the_drawer_opened_is_reachable_by_keyboard(page: Any, base_url: str) -> None:
    """Hiding the closed drawer must not hide the open one."""
    page.set_viewport_size(PHONE)
    page.goto(page_url(base_url, "index.md"))
    page.locator("label.md-header__button[for='__drawer']").click()
    page.wait_for_timeout(400)  # the drawer's slide-in
    links = page.locator(".md-sidebar--primary a.md-nav__link")
    shown = [index for index in range(links.count()) if links.nth(index).is_visible()]
    assert shown, "no navigation link visible in the open drawer"
    links.nth(shown[0]).focus()
    assert page.evaluate(FOCUSED)["visible"]
