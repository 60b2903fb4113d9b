"""A hostile source document stays inert: its text shows, none of its markup acts.

tests/site/fixtures/hostile.txt carries <script>, event handlers, javascript:
links, <iframe>, Markdown link/image/abbreviation injection and attr_list
injection, in its front matter and its clauses.  It is built into a real
site with the bundled corpus; the site must then hold no element or
attribute the handbook did not write itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from site_helpers import Page, read_page

DANGEROUS_TAGS = {"iframe", "object", "embed", "form", "svg", "img", "style", "base", "meta"}


def _scripts(page: Page) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in page.tags if tag == "script"]


@pytest.fixture(scope="module")
def hostile_page(hostile_site: Path) -> Page:
    return read_page(hostile_site / "documents" / "hostile" / "index.html")


@pytest.fixture(scope="module")
def benign_page(hostile_site: Path) -> Page:
    return read_page(hostile_site / "documents" / "north-norfolk" / "index.html")


def test_no_script_but_the_themes_own(hostile_page: Page, benign_page: Page) -> None:
    assert _scripts(hostile_page) == _scripts(benign_page)


def test_no_event_handler_attribute_anywhere(hostile_site: Path) -> None:
    for path in sorted(hostile_site.rglob("*.html")):
        for tag, attrs in read_page(path).tags:
            handlers = [name for name in attrs if name.startswith("on")]
            assert not handlers, f"{path.relative_to(hostile_site)}: <{tag} {handlers}>"


def test_no_javascript_url_anywhere(hostile_site: Path) -> None:
    for path in sorted(hostile_site.rglob("*.html")):
        for tag, attrs in read_page(path).tags:
            for name in ("href", "src", "action", "data"):
                value = (attrs.get(name) or "").strip().lower()
                assert not value.startswith("javascript:"), f"{path.relative_to(hostile_site)}: <{tag} {name}>"


def test_no_embedded_or_styling_element_from_the_source(hostile_page: Page, benign_page: Page) -> None:
    def counts(page: Page) -> dict[str, int]:
        return {t: sum(1 for tag, _ in page.tags if tag == t) for t in DANGEROUS_TAGS}

    assert counts(hostile_page) == counts(benign_page)


def test_attribute_list_injection_sets_no_id_or_class(hostile_page: Page) -> None:
    assert "hijack" not in hostile_page.ids()
    assert not any("evil" in (attrs.get("class") or "") for _, attrs in hostile_page.tags)


def test_injected_markdown_makes_no_link_image_or_abbreviation(hostile_page: Page) -> None:
    hrefs = hostile_page.links()
    assert not any("alert" in href for href in hrefs)
    titles = [attrs.get("title") or "" for tag, attrs in hostile_page.tags if tag == "abbr"]
    assert not any("alert" in title for title in titles)


def test_hostile_text_is_shown_as_text(hostile_page: Page) -> None:
    text = "".join(hostile_page.text)
    assert "{: onclick=\"alert('attr')\" }" in text
    assert "[markdown link](javascript:alert('link'))" in text
    assert "Evil <img src=x onerror=alert('council')> Council" in text


def test_title_and_navigation_are_escaped(hostile_site: Path) -> None:
    """MkDocs inserts page titles unescaped into <title> and the navigation."""
    page = read_page(hostile_site / "index.html")
    assert not any(tag == "b" for tag, _ in page.tags)
    assert "Evil <img src=x onerror=alert('council')> Council" in "".join(page.text)


def test_the_formatting_sources_use_still_renders(hostile_page: Page, hostile_site: Path) -> None:
    html = (hostile_site / "documents" / "hostile" / "index.html").read_text(encoding="utf-8")
    assert "<strong>Bold words</strong>" in html
    assert "<em>italic words</em>" in html
    assert "<u>underlined words</u>" in html


def test_search_index_holds_the_hostile_text_escaped(hostile_site: Path) -> None:
    """Material's search shows titles and text from the index as HTML, so they must stay escaped."""
    entries = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    hostile = [e for e in entries if e["location"].startswith("documents/hostile/")]
    assert hostile
    for entry in entries:
        for field in ("title", "text"):
            value = entry[field].lower()
            assert not any(tag in value for tag in ("<script", "<img", "<iframe", "<svg")), entry["location"]


def test_cross_references_are_linked_or_marked(hostile_site: Path) -> None:
    """Clause 1.1 says "See paragraph 1.2 and paragraph 9.9": the first exists, the second does not."""
    html = (hostile_site / "documents" / "hostile" / "index.html").read_text(encoding="utf-8")
    clause = html[html.index('id="hostile--1-1"'):html.index('id="hostile--1-2"')]
    assert '<a href="#hostile--1-2">1.2</a>' in clause
    assert '<span class="cb-xref-unresolved">9.9</span>' in clause
    assert "(not found in this handbook)" in clause
