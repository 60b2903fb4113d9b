"""Versions in the handbook: `supersedes` in front matter, the changes page it brings,
and the old version's own page pointing on to the new one.

The corpus used is the real one plus the North Norfolk revision fixture,
copied into a temporary folder; the site is a real `mkdocs build --strict`.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clausebook.compare import compare
from clausebook.compare.anchors import successors
from clausebook.compare.versions import versions
from clausebook.pipeline import parse_corpus, run
from clausebook.read import load_corpus
from clausebook.render import changes, documents

REPO = Path(__file__).resolve().parents[1]
REVISION = REPO / "tests" / "fixtures" / "revisions" / "north-norfolk-2025.txt"
PAGE = "changes/north-norfolk-2025.md"


def corpus_with(tmp: Path, revision_text: str) -> Path:
    shutil.copytree(REPO / "corpus", tmp / "corpus")
    (tmp / "corpus" / "documents" / "north-norfolk-2025.txt").write_text(revision_text, encoding="utf-8")
    return tmp / "corpus"


@pytest.fixture(scope="module")
def versioned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_with(tmp_path_factory.mktemp("versioned"), REVISION.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("supersedes", "message"), [
    ("north-norfolk-1999", "supersedes 'north-norfolk-1999', but no document in the corpus has that id"),
    ("north-norfolk-2025", "a document cannot supersede itself"),
    ("North Norfolk", "must be the id of the document this one replaces"),
])
def test_supersedes_must_name_another_corpus_document(tmp_path: Path, supersedes: str, message: str) -> None:
    text = REVISION.read_text(encoding="utf-8").replace("supersedes: north-norfolk", f"supersedes: {supersedes}")
    folder = corpus_with(tmp_path, text)
    _, _, problems = load_corpus(folder)
    line = text.splitlines().index(f"supersedes: {supersedes}") + 1
    found = [p for p in problems if message in p.message]
    assert len(found) == 1 and found[0].line == line and found[0].severity == "error"
    assert found[0].path.endswith("north-norfolk-2025.txt")


def test_no_versions_no_changes_pages() -> None:
    assert versions(parse_corpus(REPO / "corpus")) == []


def test_changes_page_maps_every_old_anchor_to_its_new_clause(versioned: Path) -> None:
    build = run(versioned)
    page = changes.pages(build)[PAGE]
    old_ids = [c.id for c in build.corpus.document("north-norfolk").clauses]
    rows = dict(re.findall(r'<tr id="([^"]+)" markdown="1">\n(.*?)\n</tr>', page, re.DOTALL))
    assert list(rows) == old_ids
    moved = rows["north-norfolk--7-9"]
    assert "north-norfolk.md#north-norfolk--7-9" in moved  # the saved link's own clause...
    assert "north-norfolk-2025.md#north-norfolk-2025--14-2" in moved  # ...and where it went
    assert "moved and reworded" in moved
    assert "merged" in rows["north-norfolk--4-2"] and "north-norfolk-2025--4-1)" in rows["north-norfolk--4-2"]
    assert "removed; its section is now" in rows["north-norfolk--5-1"]
    assert "north-norfolk-2025.md#north-norfolk-2025--5)" in rows["north-norfolk--5-1"]


def test_each_version_pair_is_compared_once_per_build(versioned: Path) -> None:
    build = run(versioned)
    assert [(c.old.document.id, c.new.document.id) for c in build.comparisons] == [("north-norfolk", "north-norfolk-2025")]
    assert build.comparisons is build.comparisons  # the changes page and the old page share it


def test_notice_says_replaced_unless_the_new_version_is_a_draft(versioned: Path) -> None:
    build = run(versioned)
    comparison = build.comparisons[0]
    page = "documents/north-norfolk.md"
    draft = documents.replaced_notice(page, [(comparison, {})])
    assert "A draft, [Protocol on Member/Officer Relations (revised draft)](north-norfolk-2025.md)" in draft
    assert "[changes from the previous version](../changes/north-norfolk-2025.md)" in draft
    new = comparison.new.document
    adopted = dataclasses.replace(comparison.new, document=dataclasses.replace(new, meta={**new.meta, "status": "adopted"}))
    replaced = documents.replaced_notice(page, [(dataclasses.replace(comparison, new=adopted), {})])
    assert "This version has been replaced by [Protocol on Member/Officer Relations (revised draft)]" in replaced


def test_successors_follow_each_old_clause(versioned: Path) -> None:
    build = run(versioned)
    comparison = compare(build.corpus.document("north-norfolk"), build.corpus.document("north-norfolk-2025"))
    found = successors(comparison)
    assert set(found) == {c.id for c in comparison.old.clauses}
    assert found["north-norfolk--8-5"][1].id == "north-norfolk-2025--3-2"
    assert found["north-norfolk--2-3"][1].id == "north-norfolk-2025--2-3"  # a split leads to its first part
    assert found["north-norfolk--5-1"][0].status == "removed"


@pytest.fixture(scope="module")
def site(versioned: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The handbook of the versioned corpus, built by `clausebook build` (mkdocs build --strict)."""
    folder = tmp_path_factory.mktemp("versioned-site") / "site"
    result = subprocess.run([sys.executable, "-m", "clausebook.cli", "build", "--corpus", str(versioned),
                             "--site-dir", str(folder)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return folder


def test_site_offers_the_redline_and_gap_report_as_downloads(versioned: Path, site: Path) -> None:
    """The printable files for committee papers are the CLI's own output, linked from their pages."""
    for page, command, stem in (
        ("changes/north-norfolk-2025", ["compare", "north-norfolk", "north-norfolk-2025"], "changes-north-norfolk-2025"),
        ("gaps/north-norfolk-2025", ["gaps", "north-norfolk-2025"], "gaps-north-norfolk-2025"),
    ):
        html = (site / page / "index.html").read_text(encoding="utf-8")
        for extension in ("html", "json"):
            assert f'download="{stem}.{extension}" href="../../downloads/{stem}.{extension}"' in html
            result = subprocess.run([sys.executable, "-m", "clausebook.cli", *command, "--corpus", str(versioned),
                                     "--format", extension], cwd=REPO, capture_output=True, text=True)
            assert result.returncode == 0, result.stderr
            offered = (site / "downloads" / f"{stem}.{extension}").read_text(encoding="utf-8")
            assert offered.strip() == result.stdout.strip()


def test_site_shows_the_changes_page(site: Path) -> None:
    html = (site / "changes" / "north-norfolk-2025" / "index.html").read_text(encoding="utf-8")
    assert 'id="north-norfolk--7-9"' in html
    assert "is to replace" in html and " replaces " not in html.split("Where each previous clause went")[0]  # a draft
    assert "<del><span class=\"cb-redline-label\">deleted: </span>an</del>" in html
    assert "<ins><span class=\"cb-redline-label\">inserted: </span>a friendly and</ins>" in html
    assert (site / "gaps" / "worcestershire-2024--draft" / "index.html").exists()
    assert (site / "gaps" / "north-norfolk-2025" / "index.html").exists()


def successor_lines(html: str) -> dict[str, str]:
    """Clause id -> the "Now:" line just under it, on a built document page."""
    return dict(re.findall(r'id="([^"]+)".*?</(?:p|h\d)>\n<p class="cb-successor">(.*?)</p>', html))


def test_old_page_points_to_the_new_version(site: Path, versioned: Path) -> None:
    html = (site / "documents" / "north-norfolk" / "index.html").read_text(encoding="utf-8")
    notice = re.search(r'<div class="cb-replaced">(.*?)</div>', html, re.DOTALL)
    assert notice is not None and notice.start() < html.index('id="north-norfolk--1"')  # near the top
    assert html.index('<div class="cb-meta">') < notice.start()  # right under the metadata
    assert '<a href="../north-norfolk-2025/">Protocol on Member/Officer Relations (revised draft)</a>' in notice[1]
    assert '<a href="../../changes/north-norfolk-2025/">changes from the previous version</a>' in notice[1]

    lines = successor_lines(html)
    assert list(lines) == [c.id for c in parse_corpus(versioned).document("north-norfolk").clauses]
    assert lines["north-norfolk--7-9"].startswith('Now: <a href="../north-norfolk-2025/#north-norfolk-2025--14-2">')
    assert lines["north-norfolk--7-9"].endswith("(moved and reworded)")
    assert lines["north-norfolk--8-5"].startswith('Now: <a href="../north-norfolk-2025/#north-norfolk-2025--3-2">')
    removed = lines["north-norfolk--5-1"]
    assert removed.startswith("Removed in Protocol on Member/Officer Relations (revised draft)")
    assert 'its section is now <a href="../north-norfolk-2025/#north-norfolk-2025--5">' in removed


def test_only_the_superseded_page_points_on(site: Path) -> None:
    for page in (site / "documents").glob("*/index.html"):
        html = page.read_text(encoding="utf-8")
        assert ("cb-replaced" in html) == ("cb-successor" in html) == (page.parent.name == "north-norfolk")


@pytest.mark.browser
@pytest.mark.parametrize("page", ["changes/north-norfolk-2025", "gaps/north-norfolk-2025", "documents/north-norfolk"])
def test_pages_pass_axe_and_load_nothing_from_outside(site: Path, chromium: Any, axe: Any, page: str) -> None:
    outside: list[str] = []
    context = chromium.new_context()
    tab = context.new_page()
    tab.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
              else (outside.append(route.request.url), route.abort()))
    tab.goto((site / page / "index.html").as_uri())
    if page.startswith("changes"):
        deleted = tab.locator("del").first
        assert "line-through" in deleted.evaluate("e => getComputedStyle(e).textDecorationLine")
        assert deleted.locator(".cb-redline-label").evaluate("e => e.getBoundingClientRect().width") <= 1
    found = axe(tab)
    context.close()
    assert found == [] and outside == []
