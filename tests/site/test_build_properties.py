"""Properties of the build as a whole: deterministic, relocatable, offline-ready.

- Two builds of the same corpus are byte-identical, sitemap dates aside.
- Built with a site_url that has a path (an intranet sub-path), every link and
  asset reference in every page is still relative, so the copy works wherever
  it is put.
- The offline build (mkdocs-offline.yml) ships its search index as a script
  and loads the iframe-worker shim from the site, not from a CDN.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from site_helpers import REPO, clausebook_build, read_page

SITEMAPS = {"sitemap.xml", "sitemap.xml.gz"}


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name not in SITEMAPS}


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    # Both builds here, back to back (not against the session's site): the same
    # code and corpus, even while someone edits the working tree.
    clausebook_build("--site-dir", tmp_path / "first")
    clausebook_build("--site-dir", tmp_path / "second")
    first, second = _files(tmp_path / "first"), _files(tmp_path / "second")
    assert first.keys() == second.keys()
    differ = [name for name in first if first[name] != second[name]]
    assert not differ, differ[:10]


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The handbook configured for https://intranet.example/teams/governance/handbook/."""
    root = tmp_path_factory.mktemp("subpath")
    config = root / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\n"
        "site_url: https://intranet.example/teams/governance/handbook/\n"
        f"docs_dir: {REPO / 'docs'}\n"
        "plugins:\n  - search\n"
        f"  - clausebook:\n      corpus: {REPO / 'corpus'}\n      cache_dir: {root / 'cache'}\n",
        encoding="utf-8",
    )
    clausebook_build("--config", config, "--site-dir", root / "site")
    return root / "site"


SUB_PATH = "/teams/governance/handbook/"


def test_sub_path_build_links_are_all_relative(sub_path_site: Path) -> None:
    """Relative everywhere, except the 404 page: it is served at any depth, so MkDocs
    writes its links from the site root, and they must then carry the sub-path."""
    wrong = []
    for page in sorted(sub_path_site.rglob("*.html")):
        for tag, attrs in read_page(page).tags:
            if tag == "link" and attrs.get("rel") == "canonical":
                continue  # the one place the full address belongs
            for name in ("href", "src"):
                value = attrs.get(name) or ""
                if page.name == "404.html" and value.startswith("/"):
                    ok = value.startswith(SUB_PATH)
                else:
                    ok = not value.startswith("/") and urlsplit(value).netloc != "intranet.example"
                if not ok:
                    wrong.append(f"{page.relative_to(sub_path_site)}: <{tag} {name}={value}>")
    assert not wrong, "\n".join(wrong[:10])


def test_sub_path_build_has_the_sub_path_in_its_sitemap(sub_path_site: Path) -> None:
    sitemap = (sub_path_site / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations and all(loc.startswith(f"https://intranet.example{SUB_PATH}")
                             for loc in locations)


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("offline")
    clausebook_build("--offline", "--site-dir", root / "site")
    return root / "site"


def test_offline_build_opens_from_disk(offline_site: Path) -> None:
    page = read_page(offline_site / "documents" / "north-norfolk.html")
    scripts = [attrs.get("src") for tag, attrs in page.tags if tag == "script" and attrs.get("src")]
    assert "../assets/vendor/iframe-worker/shim.js" in scripts
    assert not any(urlsplit(s).netloc for s in scripts)
    assert (offline_site / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    assert all(not href.endswith("/") for href in page.links() if not urlsplit(href).netloc)


def test_a_corpus_with_errors_stops_the_build_with_the_file_named(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    (corpus / "documents" / "broken.txt").write_text("no front matter here\n1. A clause\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "clausebook.cli", "build", "--corpus", str(corpus),
                             "--site-dir", str(tmp_path / "site")], cwd=REPO, capture_output=True, text=True)
    assert result.returncode != 0
    assert "broken.txt" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_a_council_with_only_its_own_protocol_gets_a_site(tmp_path: Path) -> None:
    """One protocol and no aide-memoire: the strict build passes, and no page points at a quick sheet there is not."""
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus" / "data", corpus / "data")
    (corpus / "documents").mkdir()
    shutil.copy(REPO / "corpus" / "documents" / "north-norfolk.txt", corpus / "documents")
    clausebook_build("--corpus", corpus, "--site-dir", tmp_path / "site")
    start = read_page(tmp_path / "site" / "index.html")
    assert not (tmp_path / "site" / "quick-sheet").exists()
    assert not any("quick-sheet" in href for href in start.links())
    assert (tmp_path / "site" / "documents" / "north-norfolk" / "index.html").exists()
