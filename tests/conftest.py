"""What tests share: how property tests draw their examples, Debian's Chromium and axe-core.

Property tests (hypothesis) draw the same examples on every run of the suite,
so CI on a clean clone passes or fails on the code alone, never on the luck of
the draw; ``make fuzz`` draws fresh ones, many more, to look for new failures
(keep each one found as an ``@example``).

Chromium and axe-core are looked for in one place and, when missing, fail the
tests that need them with the command that installs them: a test run that
skipped its browser tests would look green and prove nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

settings.register_profile("suite", max_examples=300, deadline=None, derandomize=True)
settings.register_profile("fuzz", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

CHROMIUM = Path("/usr/bin/chromium")
"""Debian's package: downloading a browser (``playwright install``) is not possible here."""

AXE = Path(__file__).resolve().parent / "browser" / "node_modules" / "axe-core" / "axe.min.js"

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
"""WCAG 2.0, 2.1 and 2.2, levels A and AA: what the handbook promises."""

RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return result.violations.map(v => ({
    rule: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" ") + " -- " + (n.failureSummary || "").split("\\n").slice(1, 2).join(""))
  }));
}"""

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's Chromium, headless; each ``new_context()`` gets a fresh, throwaway profile."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe() -> Callable[[Any], list[dict[str, Any]]]:
    """Run axe-core (WCAG 2.2 A and AA rules) in a loaded page; returns its violations.

    The script comes from tests/browser's npm lock, injected into the page, never from a CDN.
    """
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` in tests/browser (make test does)")
    source = AXE.read_text(encoding="utf-8")

    def violations(page: Any) -> list[dict[str, Any]]:
        page.evaluate(source)
        return page.evaluate(RUN_AXE, AXE_TAGS)

    return violations
