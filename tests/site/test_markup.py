"""Corpus text through clausebook.render.markup and Python-Markdown stays text.

Whatever characters a source holds, the Markdown the renderer writes for it,
rendered with the site's own Markdown extensions, must produce only the tags
the renderer itself adds (a paragraph, bold, italic, underline, line breaks)
and show exactly the source's words.  Hypothesis generates the text, biased
towards the characters Markdown, HTML and attr_list treat as syntax.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from clausebook.models import Span
from clausebook.render.markup import escape, spans_to_markdown

EXTENSIONS = ["abbr", "attr_list", "md_in_html", "tables", "toc", "clausebook.render.mdx_caption"]
ALLOWED = {"p", "strong", "em", "u", "br"}
SYNTAX = list("<>&\\`*_[]{}|#!:=\"'()-+.~/\n ") + ["<script>", "javascript:", "{: onclick=x}", "*[x]: y",
                                                    "[a]: b", "<!--", "&lt;", "&#60;", "1. ", "# ", "---"]
TEXT = st.lists(st.one_of(st.sampled_from(SYNTAX), st.text(alphabet="abcXYZ019", min_size=1, max_size=3)),
                max_size=30).map("".join)


class _Rendered(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag == "br":
            self.text.append("\n")  # a source line break, shown as one

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def render(text: str) -> _Rendered:
    return _Rendered(markdown.markdown(text, extensions=EXTENSIONS))


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_escaped_text_renders_as_exactly_itself(text: str) -> None:
    rendered = render(escape(text))
    assert {tag for tag, _ in rendered.tags} <= {"p"}
    assert all(not attrs for _, attrs in rendered.tags)
    assert words("".join(rendered.text)) == words(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(TEXT, st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=4))
def test_formatted_spans_keep_only_their_formatting(parts: list[tuple[str, bool, bool, bool]]) -> None:
    spans = tuple(Span(text, bold, italic, underline) for text, bold, italic, underline in parts)
    rendered = render(spans_to_markdown(spans))
    assert {tag for tag, _ in rendered.tags} <= ALLOWED
    assert all(not attrs for _, attrs in rendered.tags)
    assert words("".join(rendered.text)) == words("".join(s.text for s in spans))


def test_the_formatting_sources_use_is_kept() -> None:
    spans = (Span("plain "), Span("bold", bold=True), Span(" and "), Span("under", underline=True),
             Span("\nnext line", italic=True))
    html = markdown.markdown(spans_to_markdown(spans), extensions=EXTENSIONS)
    assert html == "<p>plain <strong>bold</strong> and <u>under</u><em><br>next line</em></p>"
