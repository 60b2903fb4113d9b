"""Visit every page of a served site once and record what a reader's browser sees.

One pass collects everything the crawl tests assert on, so the slow part
(loading a page and running axe-core in it) happens once per page:

- the element ids on the page (to check that every link's anchor exists),
- every link, and every resource the markup names, as the browser resolved them,
- each "said elsewhere" block: the clause it follows and the clauses it links to,
- axe-core's violations (WCAG 2.0/2.1/2.2 A and AA: tests/conftest.py),
- what the first Tab, Enter on the skip link, and the next Tab do,
- whether the page needs sideways scrolling on a 320px screen,
- every local response that failed.

Pages are found by following links from the start page; pages the build
wrote that no link reaches are visited afterwards, so nothing goes unchecked.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

SUB_PATH = "/intranet/handbook/"
"""Where the tests serve the site: deeper than the root, as on an intranet."""

PAGE_FACTS = """() => ({
  title: document.title,
  ids: Array.from(document.querySelectorAll("[id]"), e => e.id)
        .concat(Array.from(document.querySelectorAll("a[name]"), e => e.name)),
  links: Array.from(document.querySelectorAll("a[href]"), a => a.href),
  resources: Array.from(
    document.querySelectorAll("link[href]:not([rel=canonical]), script[src], img[src], iframe[src], source[src], embed[src], object[data]"),
    e => e.href || e.src || e.data),
  equivalents: Array.from(document.querySelectorAll(".cb-equivalents"), block => {
    let clause = block.previousElementSibling;
    while (clause && clause.matches(".cb-equivalents")) clause = clause.previousElementSibling;
    return {clause: clause && clause.id ? clause.id : null, links: Array.from(block.querySelectorAll("a[href]"), a => a.href)};
  }),
})"""

REFLOW_WIDTH = 320
"""CSS pixels: WCAG 1.4.10 Reflow (a 1280px screen zoomed to 400%)."""

FOCUSED = """() => {
  const e = document.activeElement;
  const r = e.getBoundingClientRect();
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  return {
    skip: e.matches("a.md-skip"), href: e.getAttribute("href"), describe: e.outerHTML.slice(0, 120),
    onScreen: r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight,
    afterTarget: !!target && !!(target.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING),
    inChrome: !!e.closest(".md-header, .md-tabs, .md-sidebar"),
    ring: getComputedStyle(e).outlineStyle !== "none" && parseFloat(getComputedStyle(e).outlineWidth) >= 2,
  };
}"""


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    help: str
    nodes: tuple[str, ...]


@dataclass(frozen=True)
class Keyboard:
    """What the first Tab focused, and where the next Tab went after Enter on it."""

    first_tab: dict[str, Any]
    after_skip: dict[str, Any]
    hash_after_skip: str

    def skips_to_content(self) -> bool:
        """Enter on the skip link went to its target, and the next Tab lands past the navigation."""
        return (
            self.first_tab["skip"]
            and self.hash_after_skip == self.first_tab["href"]
            and self.after_skip["afterTarget"]
            and not self.after_skip["inChrome"]
        )


@dataclass(frozen=True)
class Equivalents:
    """A "said elsewhere" block: where its links go, and the clause it sits under.

    ``clause`` is None under a table, whose cells' blocks follow it together.
    """

    clause: str | None
    links: tuple[str, ...]


@dataclass(frozen=True, repr=False)
class Visit:
    url: str
    status: int
    title: str
    ids: frozenset[str]
    links: tuple[str, ...]
    resources: tuple[str, ...]
    """What the page's markup loads or points the browser at (scripts, styles, images, preconnects...);
    not its canonical address, which names where the site is published."""
    equivalents: tuple[Equivalents, ...]
    violations: tuple[Violation, ...]
    keyboard: Keyboard
    sideways: int
    """Pixels the page is wider than a 320px screen: WCAG 1.4.10 Reflow wants 0."""


@dataclass(repr=False)
class Crawl:
    base_url: str
    visits: dict[str, Visit] = field(default_factory=dict)
    reached_from_start: set[str] = field(default_factory=set)
    files: dict[str, int] = field(default_factory=dict)
    """Non-page link targets (downloads, assets) and their HTTP status."""
    failed_responses: list[str] = field(default_factory=list)
    requests: int = 0

    def broken_links(self) -> list[str]:
        """Every local link whose page, file or anchor does not exist, as 'from -> to: why'."""
        broken = []
        for visit in self.visits.values():
            for link in visit.links:
                if not is_local(link, self.base_url):
                    continue
                target, fragment = urldefrag(link)
                target = page_key(target)
                if not target.startswith(self.base_url):
                    broken.append(f"{visit.url} -> {link}: leaves the site's sub-path")
                elif target in self.visits:
                    landing = self.visits[target]
                    if landing.status != 200:
                        broken.append(f"{visit.url} -> {link}: HTTP {landing.status}")
                    elif fragment and unquote(fragment) not in landing.ids:
                        broken.append(f"{visit.url} -> {link}: no element with id {unquote(fragment)!r}")
                elif self.files.get(target) != 200:
                    broken.append(f"{visit.url} -> {link}: HTTP {self.files.get(target)}")
        return broken


def is_local(url: str, base_url: str) -> bool:
    """True for the site's own origin and for URLs that never leave the machine."""
    parts, base = urlsplit(url), urlsplit(base_url)
    if parts.scheme in ("data", "blob", "about", "javascript", "file"):
        return True
    return (parts.scheme, parts.netloc) == (base.scheme, base.netloc)


def page_key(url: str) -> str:
    """One spelling per page: ``x/index.html`` and ``x/`` are the same page; no query, no fragment."""
    url = urldefrag(url)[0].split("?", 1)[0]
    return url[: -len("index.html")] if url.endswith("/index.html") else url


def page_url(base_url: str, source: str) -> str:
    """The served URL of a page from its Markdown path, as MkDocs' directory URLs lay it out."""
    stem = source.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return base_url + stem.removesuffix("index")
    return f"{base_url}{stem}/"


def is_page(url: str) -> bool:
    return url.endswith("/") or url.endswith(".html")


DOWNLOADS = "downloads/"
"""Where the site offers files: a redline or gap report as one self-contained printable
HTML page has no navigation to skip, so only the handbook's own pages need a skip link."""


def handbook_pages(crawl: Crawl) -> dict[str, Visit]:
    """The visited pages with the handbook's navigation: all but the downloadable reports."""
    return {url: visit for url, visit in crawl.visits.items() if not url.startswith(crawl.base_url + DOWNLOADS)}


def pages_on_disk(site_dir: Path, base_url: str) -> list[str]:
    """The URL of every HTML page the build wrote, but the 404 page.

    A web server sends 404.html in reply to any missing URL, at any depth, so
    MkDocs writes its links as absolute paths from ``site_url``: it is only
    right where the site really lives, never at the tests' own sub-path.
    """
    return sorted(
        page_key(base_url + path.relative_to(site_dir).as_posix())
        for path in site_dir.rglob("*.html")
        if path.relative_to(site_dir).as_posix() != "404.html"
    )


def crawl_site(context: Any, base_url: str, site_dir: Path, axe: Callable[[Any], list[dict[str, Any]]]) -> Crawl:
    """Visit every page reachable from ``base_url``, then every page on disk not yet seen."""
    crawl = Crawl(base_url=base_url)
    tab = context.new_page()
    tab.on("request", lambda request: setattr(crawl, "requests", crawl.requests + 1))
    tab.on(
        "response",
        lambda response: crawl.failed_responses.append(f"{response.status} {response.url}")
        if response.status >= 400 and is_local(response.url, base_url)
        else None,
    )
    queue: deque[str] = deque([base_url])
    queued = {base_url}
    while queue:
        url = queue.popleft()
        visit = visit_page(tab, url, axe)
        crawl.visits[url] = visit
        for link in visit.links:
            target = page_key(link)
            if not is_local(target, base_url) or not target.startswith(base_url) or target in queued:
                continue
            if is_page(target):
                queue.append(target)
                queued.add(target)
            elif target not in crawl.files:
                crawl.files[target] = context.request.get(target).status
        if not queue and not crawl.reached_from_start:
            crawl.reached_from_start = set(crawl.visits)
            unseen = [url for url in pages_on_disk(site_dir, base_url) if url not in queued]
            queue.extend(unseen)
            queued.update(unseen)
    tab.close()
    return crawl


def visit_page(tab: Any, url: str, axe: Callable[[Any], list[dict[str, Any]]]) -> Visit:
    """Load one page, run axe-core in it, then try the keyboard path through the skip link."""
    response = tab.goto(url, wait_until="load")
    tab.wait_for_load_state("networkidle")
    facts = tab.evaluate(PAGE_FACTS)
    violations = tuple(Violation(v["rule"], v["impact"], v["help"], tuple(v["nodes"])) for v in axe(tab))
    tab.keyboard.press("Tab")
    first_tab = tab.evaluate(FOCUSED)
    if first_tab["skip"]:
        tab.keyboard.press("Enter")
    hash_after_skip = tab.evaluate("location.hash")
    tab.keyboard.press("Tab")
    keyboard = Keyboard(first_tab, tab.evaluate(FOCUSED), hash_after_skip)
    return Visit(
        url=url,
        status=response.status if response else 0,
        title=facts["title"],
        ids=frozenset(facts["ids"]),
        links=tuple(facts["links"]),
        resources=tuple(facts["resources"]),
        equivalents=tuple(Equivalents(e["clause"], tuple(e["links"])) for e in facts["equivalents"]),
        violations=violations,
        keyboard=keyboard,
        sideways=sideways_at(tab, REFLOW_WIDTH),
    )


def sideways_at(tab: Any, width: int) -> int:
    """How far the page scrolls sideways on a screen ``width`` CSS pixels wide (then back to the old size)."""
    before = tab.viewport_size
    tab.set_viewport_size({"width": width, "height": before["height"]})
    sideways = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    tab.set_viewport_size(before)
    return sideways
