"""The HTML redline and gap report in Debian's Chromium: no outside request, prints, accessible cues, axe-clean.

Opened from disk (as a committee clerk would open an e-mailed file) with
every non-file request refused and recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clausebook.compare import compare
from clausebook.compare.as_html import comparison_html
from clausebook.compare.gaps import gap_report
from clausebook.compare.gaps_html import gaps_html
from clausebook.compare.sources import read_version
from clausebook.models import Alignment
from clausebook.pipeline import parse_corpus

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def redline_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    comparison = compare(read_version(REPO / "corpus" / "documents" / "north-norfolk.txt"),
                         read_version(REPO / "tests" / "fixtures" / "revisions" / "north-norfolk-2025.txt"))
    path = tmp_path_factory.mktemp("redline") / "redline.html"
    path.write_text(comparison_html(comparison), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def opened(chromium: Any, redline_file: Path) -> Iterator[tuple[Any, list[str]]]:
    """The file as a reader sees it, its Content-Security-Policy in force."""
    outside: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context = chromium.new_context()
    page = context.new_page()
    page.route("**/*", guard)
    page.goto(redline_file.as_uri())
    yield page, outside
    context.close()


def test_no_outside_request(opened) -> None:
    page, outside = opened
    assert page.locator("table:not(.details) tbody tr").count() == 63
    assert page.locator("table.details th").all_inner_texts() == ["title", "status"]  # the revision says "(revised draft)"
    assert outside == []


def test_it_prints(opened) -> None:
    page, _ = opened
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 3


def test_changes_are_marked_without_colour(opened) -> None:
    page, _ = opened
    deleted = page.locator("del").first
    inserted = page.locator("ins").first
    assert "line-through" in deleted.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "double" in inserted.evaluate("e => getComputedStyle(e).textDecorationStyle")
    assert deleted.evaluate("e => getComputedStyle(e, '::before').content") == '"[−"'
    assert deleted.inner_text().startswith("deleted:") or "deleted:" in deleted.text_content()


def test_inline_script_is_refused(opened) -> None:
    """The page's own policy blocks any script, even one injected into it."""
    page, _ = opened
    with pytest.raises(Exception, match="Content Security Policy"):
        page.add_script_tag(content="document.title = 'injected'")


def test_axe_finds_no_violations(chromium: Any, axe: Any, redline_file: Path) -> None:
    context = chromium.new_context(bypass_csp=True)  # only so axe itself can be injected
    page = context.new_page()
    page.goto(redline_file.as_uri())
    found = axe(page)
    context.close()
    assert found == []


def test_gap_report_file_passes_axe_and_loads_nothing(chromium: Any, axe: Any, tmp_path: Path) -> None:
    path = tmp_path / "gaps.html"
    path.write_text(gaps_html(gap_report(parse_corpus(REPO / "corpus"), Alignment(), "worcestershire-2024")),
                    encoding="utf-8")
    outside: list[str] = []
    context = chromium.new_context(bypass_csp=True)  # only so axe itself can be injected
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
               else (outside.append(route.request.url), route.abort()))
    page.goto(path.as_uri())
    assert page.locator("h3").count() == 10
    assert page.pdf(format="A4").startswith(b"%PDF")
    found = axe(page)
    context.close()
    assert found == [] and outside == []
