"""Glossary terms explain themselves to keyboard and phone readers too, not only on mouse hover."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

TABS = 80  # more than the start page's links and terms before its first glossary term


def test_tab_reaches_a_glossary_term_and_shows_its_meaning(page: Any, base_url: str) -> None:
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    meanings = dict(page.eval_on_selector_all(
        "article abbr[title]", "els => els.map(e => [e.textContent.trim(), e.title])"))
    for _ in range(TABS):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "ABBR":
            break
    else:
        pytest.fail(f"no glossary term took keyboard focus in {TABS} presses of Tab")
    term = page.evaluate("document.activeElement.textContent.trim()")
    # Material's tooltip, announced through aria-describedby (set once it opens).
    described = page.wait_for_function("document.activeElement.getAttribute('aria-describedby')", timeout=5_000)
    tooltip = page.locator("#" + described.json_value())
    tooltip.wait_for(state="visible", timeout=5_000)
    assert tooltip.get_attribute("role") == "tooltip"
    assert tooltip.inner_text().strip() == meanings[term]
    # Readable on a phone: a meaning is a sentence, set no smaller than 14px (Material's default is 10px bold).
    size = tooltip.evaluate("t => parseFloat(getComputedStyle(t.querySelector('.md-tooltip2__inner') || t).fontSize)")
    assert size >= 14, size


def test_each_term_is_one_tab_stop_per_page(page: Any, base_url: str) -> None:
    """One stop per term, never inside a link's words (a stop within a stop is reached twice)."""
    page.goto(base_url)
    terms = page.eval_on_selector_all(
        "article abbr[title]",
        "els => els.map(e => [e.textContent.trim().toLowerCase(), e.tabIndex, e.closest('a') !== null])")
    stops = [term for term, index, _ in terms if index == 0]
    assert stops and sorted(stops) == sorted(set(stops)) == sorted({term for term, _, linked in terms if not linked})
    assert not [term for term, index, linked in terms if linked and index == 0]
