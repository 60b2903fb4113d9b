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
from urllib.parse import unquote

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from clausebook.models import Span
from clausebook.render.markup import attr_list_value, escape, spans_to_markdown

EXTENSIONS = ["abbr", "attr_list", "md_in_html", "tables", "toc", "clausebook.render.mdx_caption"]
ALLOWED = {"p", "strong", "em", "u", "br"}
SYNTAX = list("<>&\\`*_[]{}|#!:=\"'()-+.~/\n ") + ["<script>", "javascript:", "{: onclick=x}", "*[x]: y",
                                                    "[a]: b", "<!--", "&lt;", "&#60;", "1. ", "# ", "---",
                                                    "https://", "http://", "https://x.org/", "@", "a_b@x.org",
                                                    "mailto:"]
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


@pytest.mark.property
@given(TEXT)
def test_escaped_text_renders_as_exactly_itself(text: str) -> None:
    rendered = render(escape(text))
    assert {tag for tag, _ in rendered.tags} <= {"p"}
    assert all(not attrs for _, attrs in rendered.tags)
    assert words("".join(rendered.text)) == words(text)


@pytest.mark.property
@given(st.lists(st.tuples(TEXT, st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=4))
def test_formatted_spans_keep_only_their_formatting(parts: list[tuple[str, bool, bool, bool]]) -> None:
    """Only the formatting tags, and links whose one attribute is a web or email address the text itself shows."""
    spans = tuple(Span(text, bold, italic, underline) for text, bold, italic, underline in parts)
    rendered = render(spans_to_markdown(spans))
    source = "".join(s.text for s in spans)
    assert {tag for tag, _ in rendered.tags} <= ALLOWED | {"a"}
    for tag, attrs in rendered.tags:
        if tag == "a":
            [(name, href)] = attrs
            assert name == "href" and href is not None and re.match(r"(https?://|mailto:)[^\s\"'<>]", href), attrs
            assert unquote(href).removeprefix("mailto:") in source, (href, source)
        else:
            assert not attrs, (tag, attrs)
    assert words("".join(rendered.text)) == words(source)


def test_the_formatting_sources_use_is_kept() -> None:
    spans = (Span("plain "), Span("bold", bold=True), Span(" and "), Span("under", underline=True),
             Span("\nnext line", italic=True))
    html = markdown.markdown(spans_to_markdown(spans), extensions=EXTENSIONS)
    assert html == "<p>plain <strong>bold</strong> and <u>under</u><em><br>next line</em></p>"


def test_a_web_address_in_the_text_is_a_link_to_itself() -> None:
    html = markdown.markdown(spans_to_markdown((Span("guidance - https://www.local.gov.uk/short_guide."),)),
                             extensions=EXTENSIONS)
    assert html == ('<p>guidance - <a href="https://www.local.gov.uk/short%5Fguide">'
                    "https://www.local.gov.uk/short&#95;guide</a>.</p>")


def test_an_email_address_in_the_text_is_a_mailto_link() -> None:
    """ "Requests to democratic_services@eastmoor.gov.uk." : a councillor on a phone taps to write."""
    html = markdown.markdown(spans_to_markdown((Span("Requests to democratic_services@eastmoor.gov.uk. Or "
                                                      "https://x.gov.uk/?a=b@c.org."),)), extensions=EXTENSIONS)
    assert html == ('<p>Requests to <a href="mailto:democratic%5Fservices@eastmoor.gov.uk">'
                    "democratic&#95;services@eastmoor.gov.uk</a>. Or "
                    '<a href="https://x.gov.uk/?a=b@c.org">https://x.gov.uk/?a=b@c.org</a>.</p>')


@pytest.mark.property
@given(TEXT)
def test_a_label_in_an_attribute_list_stays_in_its_attribute(text: str) -> None:
    """A clause's label in {aria-label="..."}: a brace or quote in a heading must not spill the list into the page."""
    rendered = render(f'[x](#a){{aria-label="Link to {attr_list_value(text)}"}}')
    assert [(tag, dict(attrs).get("aria-label")) for tag, attrs in rendered.tags] == [
        ("p", None), ("a", "Link to " + " ".join(text.split()))]
    assert "".join(rendered.text) == "x"
