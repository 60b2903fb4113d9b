"""The built handbook: every page family present, every clause anchored, every link landing.

These read the HTML that ``clausebook build`` (mkdocs build --strict) wrote
for the bundled corpus; the build itself failing is the first test.
"""

from __future__ import annotations

import json
import posixpath
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from clausebook.check import lint
from clausebook.parse.numbering import misread_by_ocr
from clausebook.parts import part_of
from site_helpers import read_page

FAMILIES = ["index.html", "quick-sheet/index.html", "coverage/index.html", "nolan-principles/index.html",
            "glossary/index.html", "about/index.html"]


def html_pages(site_dir: Path) -> list[Path]:
    """Every page a link can lead to (404.html links from the server root, so it is left out)."""
    return sorted(p for p in site_dir.rglob("*.html") if p.name != "404.html")


def resolve(site_dir: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The file and fragment a relative link leads to, or None for links off the site."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    target = page if not parts.path else Path(posixpath.normpath(page.parent / unquote(parts.path)))
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


@pytest.mark.parametrize("page", FAMILIES)
def test_every_page_family_is_built(site_dir: Path, page: str) -> None:
    assert (site_dir / page).is_file()


def test_every_document_has_a_page_with_its_metadata(site_dir: Path, corpus_build) -> None:
    for parsed in corpus_build.corpus.documents:
        page = read_page(site_dir / "documents" / parsed.document.id / "index.html")
        text = " ".join(page.text)
        for label in ("Council:", "Status:", "Adopted:", "Review due:"):
            assert label in text, f"{parsed.document.id}: no {label}"


def test_every_clause_has_its_permanent_anchor(site_dir: Path, corpus_build) -> None:
    for parsed in corpus_build.corpus.documents:
        ids = read_page(site_dir / "documents" / parsed.document.id / "index.html").ids()
        missing = [c.id for c in parsed.clauses if c.id not in ids]
        assert not missing, f"{parsed.document.id}: clauses without an anchor: {missing[:5]}"


def test_numbered_clauses_show_their_printed_number_as_a_self_link(site_dir: Path, corpus_build) -> None:
    parsed = corpus_build.corpus.document("north-norfolk")
    page = read_page(site_dir / "documents" / "north-norfolk" / "index.html")
    self_links = {href for href in page.links()}
    numbered = [c for c in parsed.clauses if c.number and c.kind == "paragraph"]
    assert numbered
    assert all(f"#{c.id}" in self_links for c in numbered)


def test_every_internal_link_and_anchor_exists(site_dir: Path) -> None:
    """Equivalents, cross-references, topic and coverage cells: wherever a link points, it lands."""
    broken = []
    checked = 0
    ids: dict[Path, set[str]] = {}
    for page in html_pages(site_dir):
        for href in read_page(page).links():
            found = resolve(site_dir, page, href)
            if found is None:
                continue
            target, fragment = found
            checked += 1
            if not target.exists():
                broken.append(f"{page.relative_to(site_dir)} -> {href}")
            elif fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = read_page(target).ids()
                if fragment not in ids[target]:
                    broken.append(f"{page.relative_to(site_dir)} -> {href} (no such anchor)")
    assert checked > 500
    assert not broken, "\n".join(broken[:20])


def test_nothing_is_requested_from_another_host(site_dir: Path) -> None:
    """Scripts, styles, images and fonts all come from the site itself."""
    outside = []
    for page in html_pages(site_dir):
        for tag, attrs in read_page(page).tags:
            source = attrs.get("src") if tag in ("script", "img", "iframe") else (
                attrs.get("href") if tag == "link" and attrs.get("rel") not in ("canonical",) else None)
            if source and urlsplit(source).netloc:
                outside.append(f"{page.relative_to(site_dir)}: <{tag}> {source}")
    assert not outside, "\n".join(outside[:10])


def test_the_concordance_can_be_downloaded(site_dir: Path) -> None:
    about = read_page(site_dir / "about" / "index.html")
    downloads = [href for tag, a in about.tags if tag == "a" and "download" in a for href in [a["href"]]]
    assert downloads == ["../downloads/concordance.json"]
    data = json.loads((site_dir / "downloads" / "concordance.json").read_text(encoding="utf-8"))
    assert data["schema"] == "clausebook/concordance@1"
    assert data["clauses"]


def test_glossary_terms_get_tooltips_in_the_text(site_dir: Path) -> None:
    page = read_page(site_dir / "documents" / "north-norfolk" / "index.html")
    titles = {a.get("title") for tag, a in page.tags if tag == "abbr"}
    assert any(t and t.startswith("The officer the law requires") for t in titles)


def test_glossary_tooltips_keep_to_their_sense_and_out_of_links(site_dir: Path) -> None:
    """A tooltip that teaches the wrong meaning is worse than none; a tab stop inside a link is reached twice."""
    start = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "accept scrutiny" in start  # the Nolan principle's plain English, not the council's Scrutiny function
    worcestershire = (site_dir / "documents" / "worcestershire-2024" / "index.html").read_text(encoding="utf-8")
    community = re.findall(r'<abbr[^>]*title="([^"]*)"[^>]*>Community Leader</abbr>', worcestershire)
    assert community and all("Cabinet" not in title for title in community)
    farnham = (site_dir / "documents" / "farnham-2023" / "index.html").read_text(encoding="utf-8")
    group_leader = re.findall(r'<abbr[^>]*title="([^"]*)"[^>]*>political group Leader</abbr>', farnham)
    assert group_leader and all("political group chooses" in title for title in group_leader)
    for page in html_pages(site_dir):
        html = page.read_text(encoding="utf-8")
        for link in re.findall(r"<a\b[^>]*>.*?</a>", html, re.S):
            assert 'tabindex="0"' not in link or "<abbr" not in link, (page, link[:200])
        for heading in re.findall(r"<h[1-6]\b[^>]*>.*?</h[1-6]>", html, re.S):  # a heading names the page
            assert "<abbr" not in heading, (page, heading[:200])


def test_unresolved_cross_references_are_marked_for_everyone(site_dir: Path) -> None:
    """The aide-memoire cites "paragraph 6.1" of a protocol the handbook does not hold."""
    page = read_page(site_dir / "documents" / "aide-memoire-2022" / "index.html")
    assert any("cb-xref-unresolved" in (a.get("class") or "") for _, a in page.tags)
    assert "(not found in this handbook)" in "".join(page.text)


def test_tables_have_captions_and_scoped_headers(site_dir: Path) -> None:
    for name in ("index.html", "documents/worcestershire-2024/index.html"):
        page = read_page(site_dir / name)
        tags = [t for t, _ in page.tags]
        assert tags.count("table") and tags.count("caption") == tags.count("table"), name
        headers = [a for t, a in page.tags if t == "th"]
        assert headers and all(a.get("scope") in ("col", "row") for a in headers), name


def test_a_table_pasted_without_a_header_row_gets_row_headers_not_made_up_column_names(site_dir: Path) -> None:
    """Worcestershire's timetable (meeting | date) has no header row in the source."""
    html = (site_dir / "documents" / "worcestershire-2024" / "index.html").read_text(encoding="utf-8")
    table = html[html.index("<table", html.index("worcestershire-2024--4\"")):]
    table = table[:table.index("</table>")]
    assert "<thead>" not in table and "Column 1" not in table
    assert re.search(r'<th scope="row">\s*<p id="worcestershire-2024--4-t1-r1-c1">Audit and Governance Committee', table)


def test_markdown_output_holds_every_page_and_the_download(markdown_dir: Path, site_dir: Path, corpus_build) -> None:
    for parsed in corpus_build.corpus.documents:
        text = (markdown_dir / "documents" / f"{parsed.document.id}.md").read_text(encoding="utf-8")
        assert all(c.id in text for c in parsed.clauses)
    assert (markdown_dir / "index.md").is_file()
    assert (markdown_dir / "downloads" / "concordance.json").read_bytes() == \
        (site_dir / "downloads" / "concordance.json").read_bytes()


def test_quick_sheet_lists_every_point_with_its_source_and_backing(site_dir: Path, corpus_build) -> None:
    page = read_page(site_dir / "quick-sheet" / "index.html")
    hrefs = page.links()
    points = [c for p in corpus_build.corpus.documents if p.document.meta.get("kind") == "aide-memoire"
              for c in p.clauses if c.kind not in ("part", "section", "heading")]
    assert points
    for point in points:
        assert f"../documents/{point.document}/#{point.id}" in hrefs, point.id
    text = " ".join(page.text)
    assert text.count("Backed by:") + text.count("No protocol clause has been matched") == len(points)


def test_nolan_annex_gives_each_principle_its_description_and_clauses(site_dir: Path, corpus_build) -> None:
    page = read_page(site_dir / "nolan-principles" / "index.html")
    html = (site_dir / "nolan-principles" / "index.html").read_text(encoding="utf-8")
    principles = corpus_build.corpus.data["nolan"]["principles"]
    assert len(principles) == 7
    sections = html.split('<h2 id="principle-')[1:]
    assert len(sections) == 7
    for principle, section in zip(principles, sections):
        assert section.startswith(principle["name"].lower())
        assert " ".join(principle["description"].split())[:40] in section
        assert "../documents/" in section, f"{principle['name']}: no clause gives effect to it"
    # The annex that merely reprints the principles is not counted as giving effect to them.
    assert not any("annex-h" in href for href in page.links())


def test_markdown_output_has_a_summary_linking_every_page(markdown_dir: Path) -> None:
    """SUMMARY.md is the navigation mdBook, GitBook and mkdocs-literate-nav read."""
    summary = (markdown_dir / "SUMMARY.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(([^)]+\.md)\)", summary))
    written = {str(p.relative_to(markdown_dir)) for p in markdown_dir.rglob("*.md") if p.name != "SUMMARY.md"}
    assert linked == written
    assert "- [Start here](index.md)" in summary


def test_quick_sheet_is_backed_only_by_protocol_text(site_dir: Path, corpus_build) -> None:
    """Not by another aide-memoire, nor by the committee report's paragraphs around a draft."""
    kinds = {}
    for parsed in corpus_build.corpus.documents:
        parts = {f"{parsed.document.id}--{p['id']}": p["kind"] for p in parsed.document.meta.get("parts") or []}
        for clause_id, part in part_of(parsed).items():
            kinds[clause_id] = parts.get(part or "", parsed.document.meta["kind"])
    page = read_page(site_dir / "quick-sheet" / "index.html")
    cited = [href.split("#", 1)[1] for href in page.links() if "/documents/" in href and "#" in href]
    backing = [c for c in cited if kinds.get(c) != "aide-memoire"]
    assert backing, "no point is backed by any protocol clause"
    assert {kinds[c] for c in backing} == {"protocol"}


def test_the_build_says_what_it_read_and_where_the_warnings_are(build_log: str, corpus_build) -> None:
    """A strict build must not fail on a protocol's own numbering slips, but the officer should hear of them."""
    warnings = sum(1 for problem in lint(corpus_build.corpus) if problem.severity == "warning")
    assert warnings, "the bundled corpus has warnings (district's section 6): this test needs some"
    assert (f"clausebook: {len(corpus_build.corpus.documents)} documents, {len(corpus_build.corpus.clauses())} "
            f"clauses; {warnings} corpus warning(s): `clausebook check --corpus ") in build_log


def test_no_page_skips_a_heading_level(site_dir: Path) -> None:
    """Screen-reader users move by headings: an h3 straight under the h1 reads as a missing section."""
    skips = []
    for path in sorted(site_dir.rglob("*.html")):
        article = re.search(r"<article\b.*?</article>", path.read_text(encoding="utf-8"), re.S)
        levels = [int(level) for level in re.findall(r"<h([1-6])\b", article.group(0))] if article else []
        for before, after in zip([0, *levels], levels):
            if after > before + 1:
                skips.append(f"{path.relative_to(site_dir)}: h{before} then h{after}")
                break
    assert not skips, "\n".join(skips)


def test_no_markdown_attribute_is_left_in_the_html(site_dir: Path) -> None:
    """md_in_html consumes markdown="1" on the blocks it reads; one left in the HTML was never read as Markdown."""
    leaks = [str(path.relative_to(site_dir)) for path in sorted(site_dir.rglob("*.html"))
             if 'markdown="' in path.read_text(encoding="utf-8")]
    assert leaks == []


def test_quick_sheet_keeps_clauses_on_the_same_topic_apart_from_the_backing(site_dir: Path) -> None:
    """A clause on the point's topic shares its subject, not its rule: it is never listed as backing."""
    html = (site_dir / "quick-sheet" / "index.html").read_text(encoding="utf-8")
    notes = re.findall(r'<span class="cb-backing">(.*?)</span>', html, re.S)
    assert notes and any("On the same topic:" in note for note in notes)
    for note in notes:
        backing = note.split("On the same topic:")[0]
        assert "../topics/" not in backing, note


def test_coverage_links_to_the_rest_say_of_what(site_dir: Path) -> None:
    """'2 more' read out of context by a screen reader says nothing: its name says whose and on what."""
    html = (site_dir / "coverage" / "index.html").read_text(encoding="utf-8")
    more = re.findall(r'<a aria-label="([^"]*)" href="[^"]*">(\d+ more)</a>', html)
    assert more
    assert all(label.startswith(text + " from ") and " on " in label for label, text in more)


def test_no_two_links_in_a_coverage_cell_read_the_same_and_go_to_different_clauses(site_dir: Path) -> None:
    """In a cell, a link's words are all a screen reader gives: two alike must lead to the same place.

    (Across cells, the column's document and the row's topic tell "1.1" from "1.1".)
    """
    html = (site_dir / "coverage" / "index.html").read_text(encoding="utf-8")
    cells = re.findall(r"<td\b[^>]*>(.*?)</td>", html, re.S)
    assert cells
    for cell in cells:
        targets: dict[str, set[str]] = {}
        for attributes, words in re.findall(r"<a\b([^>]*)>(.*?)</a>", cell, re.S):
            named = re.search(r'aria-label="([^"]*)"', attributes)
            label = " ".join(unescape(named.group(1) if named else re.sub(r"<[^>]+>", "", words)).split())
            targets.setdefault(label, set()).add(re.search(r'href="([^"]*)"', attributes).group(1))
        assert {label: hrefs for label, hrefs in targets.items() if len(hrefs) > 1} == {}


def test_links_named_for_a_screen_reader_are_named_apart(site_dir: Path) -> None:
    """Sixteen "Source of this point in the aide-memoire" links, each to another point, cannot be told apart."""
    clashes = {}
    for page in html_pages(site_dir):
        named: dict[str, set[str]] = {}
        for attributes in re.findall(r"<a\b([^>]*aria-label=[^>]*)>", page.read_text(encoding="utf-8")):
            label = re.search(r'aria-label="([^"]*)"', attributes)
            target = re.search(r'href="([^"]*)"', attributes)
            if label and target:
                named.setdefault(label.group(1), set()).add(target.group(1))
        clashes.update({(page.name, label): hrefs for label, hrefs in named.items() if len(hrefs) > 1})
    assert clashes == {}


def test_a_document_pages_clause_numbers_are_named_apart(site_dir: Path) -> None:
    """Each lettered list's "(a)" links to another clause: a screen reader's list of links must tell them apart."""
    clashes = {}
    for page in (site_dir / "documents").glob("*/index.html"):
        named: dict[str, set[str]] = {}
        for attributes, words in re.findall(r'<a\b([^>]*class="cb-num"[^>]*)>(.*?)</a>', page.read_text(encoding="utf-8")):
            label = re.search(r'aria-label="([^"]*)"', attributes)
            name = unescape(label.group(1) if label else re.sub(r"<[^>]+>", "", words)).strip()
            assert unescape(words).strip() in name, (page.parent.name, words, name)  # WCAG 2.5.3: label in name
            named.setdefault(name, set()).add(re.search(r'href="([^"]*)"', attributes).group(1))
        clashes.update({(page.parent.name, name): hrefs for name, hrefs in named.items() if len(hrefs) > 1})
    assert clashes == {}


def test_each_document_page_heading_says_whose_document_it_is(site_dir: Path, corpus_build) -> None:
    """Three protocols are titled 'Protocol on Member/Officer Relations' or near it."""
    for parsed in corpus_build.corpus.documents:
        html = (site_dir / "documents" / parsed.document.id / "index.html").read_text(encoding="utf-8")
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        assert heading, parsed.document.id
        council = parsed.document.meta.get("council")
        assert council is None or council in heading.group(1), (council, heading.group(1))


def test_a_draft_is_named_as_a_draft_wherever_it_is_cited(site_dir: Path, corpus_build) -> None:
    """Beside adopted protocols, draft wording must never pass for policy: coverage, topics, quick sheet, titles."""
    drafts = [p for p in corpus_build.corpus.documents if p.document.meta.get("status") == "draft"]
    assert drafts
    for parsed in drafts:
        named = f"{parsed.document.meta['council']} (draft)"
        coverage = read_page(site_dir / "coverage" / "index.html")
        assert named in [coverage_text.strip() for coverage_text in coverage.text]
        assert named in (site_dir / "documents" / parsed.document.id / "index.html").read_text(encoding="utf-8")
        topics = [path.read_text(encoding="utf-8") for path in (site_dir / "topics").rglob("index.html")]
        cited = [html for html in topics if parsed.document.meta["council"] in html]
        assert cited and all(named in html for html in cited)
    adopted = [p.document.meta["council"] for p in corpus_build.corpus.documents
               if p.document.meta.get("status") == "adopted" and p.document.meta.get("council")]
    coverage_html = (site_dir / "coverage" / "index.html").read_text(encoding="utf-8")
    assert adopted and all(f"{name} (" not in coverage_html for name in adopted)


def test_a_list_item_on_a_topic_page_comes_with_the_sentence_it_completes(site_dir: Path, corpus_build) -> None:
    """ "3.1(h): respect, dignity and courtesy;" alone does not say who owes it to whom."""
    every = {c.id: c for c in corpus_build.corpus.clauses()}
    checked = 0
    for topic in corpus_build.alignment.topics:
        text = " ".join("".join(read_page(site_dir / "topics" / topic.id / "index.html").text).split())
        for clause_id in topic.clauses:
            clause, parent = every[clause_id], every.get(every[clause_id].parent or "")
            if clause.kind == "item" and parent is not None and parent.text.endswith(":"):
                assert " ".join(parent.text.split()) in text, (topic.id, clause_id)
                checked += 1
    assert checked


def test_a_number_misprinted_by_ocr_shows_how_it_is_read(site_dir: Path, corpus_build) -> None:
    """Farnham prints 'I.4.'; equivalents and topic pages cite it as 1.4, so its page says so too."""
    misread = [c for p in corpus_build.corpus.documents for c in p.clauses
               if misread_by_ocr(c) and c.kind not in ("part", "section", "heading")]
    assert misread, "the bundled corpus has OCR-damaged numbers (Farnham's I.1 to I.5)"
    for clause in misread:
        html = (site_dir / "documents" / clause.document / "index.html").read_text(encoding="utf-8")
        shown = re.search(rf'href="#{re.escape(clause.id)}"[^>]*>[^<]*</a> <span class="cb-read-as">\(read as ([^)]*)\)',
                          html)
        assert shown and unescape(shown.group(1)) == clause.normalised_number, clause.id
