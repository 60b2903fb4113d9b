"""Render stage: a Build becomes the handbook's pages, as {page path: Markdown}.

Pure functions, no MkDocs: the plugin adds these pages to a site, and
``clausebook build --markdown DIR`` writes them out for any other generator.
Each page family is a module with ``pages(build) -> dict[str, str]`` and,
when it makes several pages that belong together in the navigation, a
``SECTION`` title.  To add a family, write the module and list it in
PAGE_FAMILIES, in the order the navigation should show it.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from clausebook.render import about, changes, coverage, documents, gaps, glossary, nolan, quicksheet, start, topics

PAGE_FAMILIES: list[ModuleType] = [start, quicksheet, documents, coverage, nolan, glossary, topics, changes, gaps,
                                   about]


def render_families(build: Any) -> list[tuple[ModuleType, dict[str, str]]]:
    """Each family with its pages; a page path made by two families is a bug."""
    seen: dict[str, str] = {}
    out = []
    for family in PAGE_FAMILIES:
        made = family.pages(build)
        for path in made:
            if path in seen:
                raise ValueError(f"page {path} made by both {seen[path]} and {family.__name__}")
            seen[path] = family.__name__
        out.append((family, made))
    return out


def render_site(build: Any) -> dict[str, str]:
    """Every generated page of the handbook."""
    return {path: text for _, made in render_families(build) for path, text in made.items()}


def render_downloads(build: Any) -> dict[str, str]:
    """Files offered beside the pages (the concordance JSON, redlines and gap reports), as {path: text}."""
    return {**about.downloads(build), **changes.downloads(build), **gaps.downloads(build)}


def site_nav(families: list[tuple[ModuleType, dict[str, str]]]) -> list[Any]:
    """MkDocs ``nav``: families in order; a family with a SECTION becomes a section.

    Entries are bare paths, so MkDocs takes each page's title from its
    front matter (escaped by the theme) rather than from Markdown source.
    """
    nav: list[Any] = []
    for family, made in families:
        if not made:
            continue
        section = getattr(family, "SECTION", None)
        if section:
            nav.append({section: list(made)})
        else:
            nav.extend(made)
    return nav
