"""A Python-Markdown extension that lets a table's ``<caption>`` hold Markdown.

The handbook writes accessible tables as HTML (header cells need ``scope``)
with Markdown links inside, via ``md_in_html``.  Python-Markdown does not
count ``caption`` as a block-level element, so it wraps a caption in ``<p>``
(invalid HTML that confuses screen readers) and ignores its ``markdown``
attribute.  Listing it as block-level is the whole fix.  Enabled in
mkdocs.yml as ``clausebook.render.mdx_caption``.
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension


class CaptionExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        if "caption" not in md.block_level_elements:
            md.block_level_elements.append("caption")


def makeExtension(**kwargs: object) -> CaptionExtension:  # noqa: N802 - Python-Markdown's name
    return CaptionExtension(**kwargs)
