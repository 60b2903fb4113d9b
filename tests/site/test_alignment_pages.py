"""Pages that show the alignment: equivalents under clauses, topic pages, the coverage matrix.

The alignment stage fills these in; to test the pages whatever it finds, an
alignment is made here from real clause ids of the bundled corpus (some
near-identical links, a partial one, and a topic most councils are silent
on).  The rendered Markdown is written out as ``--markdown`` would and built
by plain MkDocs (no clausebook plugin) with --strict, so every equivalent
link and anchor is validated by MkDocs itself, and the Markdown is shown to
stand on its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clausebook.commands.build import write_markdown
from clausebook.models import Alignment, Clause, Link, Topic
from clausebook.pipeline import Build
from clausebook.render.equivalents import Equivalents
from clausebook.render import render_downloads, render_site
from site_helpers import REPO, Page, read_page

STANDALONE_CONFIG = """site_name: Aligned handbook
theme:
  name: material
  font: false
markdown_extensions: [abbr, attr_list, md_in_html, tables, clausebook.render.mdx_caption, toc]
validation: {omitted_files: warn, absolute_links: warn, unrecognized_links: warn, anchors: warn}
"""


def _numbered(build: Build, doc_id: str, count: int) -> list[Clause]:
    return [c for c in build.corpus.document(doc_id).clauses if c.kind == "paragraph" and c.number][:count]


@pytest.fixture(scope="module")
def aligned(corpus_build: Build) -> tuple[Build, list[Link], Topic]:
    north, farnham, district = (_numbered(corpus_build, d, 3) for d in ("north-norfolk", "farnham-2023",
                                                                          "district-appendix-j"))
    links = [Link(a.id, b.id, 0.95, "equivalent", ("members", "officers")) for a, b in zip(north, farnham)]
    links.append(Link(north[0].id, district[0].id, 0.55, "partial", ("relationship",)))
    topic = Topic("working-together", "Working <together>", (north[0].id, farnham[0].id), "A made-up topic.")
    build = Build(corpus_build.corpus, Alignment(tuple(links), (topic,)))
    return build, links, topic


@pytest.fixture(scope="module")
def aligned_site(aligned: tuple[Build, list[Link], Topic], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("aligned")
    build = aligned[0]
    write_markdown({**render_site(build), **render_downloads(build)}, root / "docs")
    (root / "mkdocs.yml").write_text(STANDALONE_CONFIG, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(root / "site")],
                            cwd=root, capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO / "plugins")})
    assert result.returncode == 0, result.stderr
    return root / "site"


def _equivalent_blocks(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    return html[html.index('class="cb-equivalents"'):]


def test_equivalents_link_to_the_other_clause_with_strength_and_shared_words(aligned, aligned_site: Path) -> None:
    _, links, _ = aligned
    page = aligned_site / "documents" / "north-norfolk" / "index.html"
    hrefs = read_page(page).links()
    for link in links:
        other_doc = link.b.split("--")[0]
        assert f"../{other_doc}/#{link.b}" in hrefs
    blocks = _equivalent_blocks(page)
    assert "near-identical" in blocks and "in part" in blocks
    assert "shared words: members, officers" in blocks


def test_equivalents_show_on_both_sides(aligned, aligned_site: Path) -> None:
    _, links, _ = aligned
    hrefs = read_page(aligned_site / "documents" / "farnham-2023" / "index.html").links()
    assert f"../north-norfolk/#{links[0].a}" in hrefs


def test_topic_page_puts_councils_side_by_side_and_marks_the_silent(aligned, aligned_site: Path) -> None:
    build, _, topic = aligned
    page = read_page(aligned_site / "topics" / "working-together" / "index.html")
    text = " ".join(page.text)
    assert "Working <together>" in text
    silent = [a for t, a in page.tags if t == "section" and "cb-silent" in (a.get("class") or "")]
    assert len(silent) == len(build.corpus.documents) - 2
    assert f"../../documents/north-norfolk/#{topic.clauses[0]}" in page.links()


def test_coverage_matrix_cells_link_to_clauses(aligned, aligned_site: Path) -> None:
    build, _, topic = aligned
    page: Page = read_page(aligned_site / "coverage" / "index.html")
    assert [t for t, _ in page.tags].count("caption") == 1
    row_headers = [a for t, a in page.tags if t == "th" and a.get("scope") == "row"]
    assert len(row_headers) == 1
    assert f"../documents/farnham-2023/#{topic.clauses[1]}" in page.links()
    cells = [a for t, a in page.tags if t == "td" and "cb-silent" in (a.get("class") or "")]
    assert len(cells) == len(build.corpus.documents) - 2


def test_a_match_between_headings_says_only_that_the_headings_agree(corpus_build: Build) -> None:
    """'near-identical' under '2. Personal Relationships' would read as if the whole sections matched."""
    def first(doc_id: str, kind: str) -> Clause:
        return next(c for c in corpus_build.corpus.document(doc_id).clauses if c.kind == kind)

    headings = Link(first("north-norfolk", "section").id, first("farnham-2023", "section").id, 0.95, "equivalent", ())
    rules = Link(_numbered(corpus_build, "north-norfolk", 1)[0].id, _numbered(corpus_build, "farnham-2023", 1)[0].id,
                 0.95, "equivalent", ())
    equivalents = Equivalents.of(corpus_build.corpus, Alignment((headings, rules), ()))
    page = "documents/north-norfolk.md"
    heading_item = equivalents.item(page, equivalents.clauses[headings.b], headings)
    rule_item = equivalents.item(page, equivalents.clauses[rules.b], rules)
    assert heading_item.endswith(": same heading") and rule_item.endswith(": near-identical")
