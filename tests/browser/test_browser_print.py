"""Printing: the quick sheet fits two sides of A4; every protocol prints without the screen's chrome."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from clausebook.render import coverage, quicksheet
from clausebook.render.paths import DOCUMENTS_DIR
from site_crawl import page_url

pytestmark = pytest.mark.browser

PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")

CHROME = ".md-header, .md-tabs, .md-sidebar, .md-footer, .md-skip, .md-search, .md-top, .headerlink"

PRINTED = """(chrome) => ({
  chrome: Array.from(document.querySelectorAll(chrome))
    .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden")
    .map(e => e.outerHTML.slice(0, 80)),
  links: Array.from(document.querySelectorAll("article a[href]:not(.cb-num)"))
    .filter(a => a.getClientRects().length > 0 && a.textContent.trim())
    .filter(a => !getComputedStyle(a).textDecorationLine.includes("underline")
                 || getComputedStyle(a).color !== "rgb(0, 0, 0)")
    .map(a => a.outerHTML.slice(0, 80)),
  numbers: Array.from(document.querySelectorAll("article a.cb-num"))
    .filter(a => getComputedStyle(a).textDecorationLine.includes("underline"))
    .map(a => a.outerHTML.slice(0, 80)),
  text: document.querySelector("article").innerText.length,
})"""


def pdf_pages(pdf: bytes) -> int:
    """Pages in a PDF that Chromium wrote (its page objects are not compressed)."""
    return len(PDF_PAGE.findall(pdf))


def test_the_quick_sheet_prints_on_two_sides_of_a4(page: Any, base_url: str, screenshots: Path) -> None:
    page.goto(page_url(base_url, quicksheet.PAGE))
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    (screenshots / "quick-sheet.pdf").write_bytes(pdf)
    assert 1 <= pdf_pages(pdf) <= 2, f"the quick sheet prints on {pdf_pages(pdf)} pages"


@pytest.fixture(scope="module")
def printable_pages(site_dir: Path, base_url: str) -> list[str]:
    """The quick sheet and every document page."""
    documents = sorted(path.name for path in (site_dir / DOCUMENTS_DIR).iterdir() if path.is_dir())
    assert documents, f"no document pages under {site_dir / DOCUMENTS_DIR}"
    return [page_url(base_url, quicksheet.PAGE)] + [
        page_url(base_url, f"{DOCUMENTS_DIR}/{name}.md") for name in documents
    ]


def test_printed_pages_drop_the_screen_chrome_and_keep_links_readable(page: Any, printable_pages: list[str]) -> None:
    """In print, no header, tabs, sidebars or footer; links black and underlined, clause numbers plain."""
    page.emulate_media(media="print")
    wrong = {}
    for url in printable_pages:
        page.goto(url)
        printed = page.evaluate(PRINTED, CHROME)
        assert printed["text"] > 0, url
        if printed["chrome"] or printed["links"] or printed["numbers"]:
            wrong[url] = printed
    assert not wrong, wrong


# The width Chromium lays a page out at when printing on A4 with Material's margins (CSS pixels).
A4_PRINT_WIDTH = 680

TABLES_OVERFLOWING = """() => Array.from(document.querySelectorAll("article table"))
  .filter(t => t.getBoundingClientRect().right > document.querySelector("article").getBoundingClientRect().right + 1)
  .map(t => (t.querySelector("caption") || t).textContent.trim().slice(0, 60))"""


def test_printed_tables_fit_the_width_of_the_paper(page: Any, site_dir: Path, base_url: str) -> None:
    """Paper does not scroll sideways: a table wider than A4 would lose its right-hand columns."""
    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_PRINT_WIDTH, "height": 1000})
    cut = {}
    pages = sorted(path.relative_to(site_dir) for path in site_dir.rglob("index.html"))
    for path in pages:
        page.goto(f"{base_url}{path.parent.as_posix()}/".replace("/./", "/"))
        overflowing = page.evaluate(TABLES_OVERFLOWING)
        if overflowing:
            cut[str(path)] = overflowing
    assert len(pages) > 10
    assert not cut, cut


VISIBLE_CELL_LINKS = """() => Array.from(document.querySelectorAll(".cb-coverage td a"))
  .filter(a => a.getClientRects().length > 0).map(a => a.textContent.trim())"""


def test_the_printed_coverage_matrix_lists_every_clause_not_a_count(page: Any, base_url: str) -> None:
    """On screen "5 more" leads to the topic page; on paper there is nowhere to go, so the clauses are printed."""
    page.goto(page_url(base_url, coverage.PAGE))
    on_screen = page.evaluate(VISIBLE_CELL_LINKS)
    assert any(re.fullmatch(r"\d+ more", text) for text in on_screen)
    page.emulate_media(media="print")
    on_paper = page.evaluate(VISIBLE_CELL_LINKS)
    assert not any(re.fullmatch(r"\d+ more", text) for text in on_paper)
    counted = sum(int(text.split()[0]) for text in on_screen if re.fullmatch(r"\d+ more", text))
    assert len(on_paper) == len(on_screen) - len([t for t in on_screen if t.endswith(" more")]) + counted
    assert "scrolls sideways" not in page.inner_text("article")


WORDS_BROKEN_ACROSS_LINES = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll("article table :is(th, td)")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/[A-Za-z]{4,}/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(word[0]);
      }
    }
  }
  return broken;
}"""


def test_the_printed_coverage_matrix_breaks_no_word(page: Any, base_url: str) -> None:
    """ "Purpos / e of the protoco / l": on A4 the topic column must stay wide enough for whole words."""
    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_PRINT_WIDTH, "height": 1000})
    page.goto(page_url(base_url, coverage.PAGE))
    assert page.evaluate(WORDS_BROKEN_ACROSS_LINES) == []
