"""Inline formatting: source markup to plain text and formatted spans.

Sources carry a little markup as pasted: ``**bold**``, ``*italic*``,
``<u>underline</u>``, ``<br>``, HTML paragraphs inside table cells, the odd
Markdown link. markdown-it-py tokenises it (so we do not hand-roll an
emphasis parser); every tag is dropped and only bold, italic, underline and
line breaks survive, as flags on plain text. A link's web or email address
is kept as text after its words ("Code of Conduct (https://...)"): on a
page copied from a council's site it is often the only copy of where the
Code or the contact is. Nothing here can emit HTML, which is what keeps a
hostile source inert.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.token import Token

from clausebook.models import Span

_TAG = re.compile(r"^<\s*(/)?\s*([a-zA-Z][a-zA-Z0-9]*)")
# A tag's attributes: name="value", or one of the bare words HTML knows ("<td nowrap>"). Anything else
# in the brackets is prose: "if a<b and c>d" is a comparison, not a bold tag with attributes "and" and "c".
_ATTRIBUTE = re.compile(r"""\s*([^\s=/>]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")
_BARE_ATTRIBUTES = {"nowrap", "disabled", "checked", "hidden", "selected", "readonly", "multiple", "required",
                    "async", "defer", "controls", "open", "reversed", "noshade", "compact", "itemscope"}
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
# Addresses worth keeping: a reader can follow them. "javascript:", "#top" or "/page" lead nowhere from the handbook.
_KEPT_ADDRESS = re.compile(r"^(?:https?://\S+|mailto:[^\s@]+@\S+)$", re.I)
# A web or email address as text carries it (kept after a link's words, or printed): its digits are no
# footnote markers (parse.furniture) and its words no evidence that two clauses match (align.normalise).
ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_BREAK_TAGS = {"br", "p", "li", "div", "tr"}
_HIDDEN_TAGS = {"script", "style"}
_STYLE_TAGS = {"u": "underline", "ins": "underline", "b": "bold", "strong": "bold", "i": "italic", "em": "italic"}
# Tags pasted documents carry; anything else in angle brackets ("<Monitoring Officer>") is the author's text.
_HTML_TAGS = _BREAK_TAGS | set(_STYLE_TAGS) | {
    "a", "abbr", "blockquote", "body", "caption", "center", "code", "col", "colgroup", "del", "dl", "dd", "dt",
    "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "iframe", "img", "input", "link", "mark",
    "meta", "object", "ol", "pre", "s", "script", "small", "span", "strike", "style", "sub", "sup", "svg",
    "table", "tbody", "td", "tfoot", "th", "thead", "title", "ul",
}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # commonmark with raw HTML recognised as tokens, so tags can be dropped, not shown. An autolink
    # ("<https://www.local.gov.uk/...>") is read as a link, so its angle brackets go like any markup
    # and its address stays as text (the handbook makes web addresses links when it renders them).
    return MarkdownIt("commonmark", {"html": True}).disable(["image", "backticks"])


@dataclass
class _Reading:
    """Where the walk is: how deep in each style, and the addresses of the links it is inside."""

    out: list[Span] = field(default_factory=list)
    depth: dict[str, int] = field(default_factory=lambda: {"bold": 0, "italic": 0, "underline": 0})
    links: list[tuple[str | None, int]] = field(default_factory=list)  # (address kept, length of text before it)
    hidden: int = 0  # inside a script or style element

    def emit(self, text: str) -> None:
        if not text or self.hidden:
            return
        out, depth = self.out, self.depth
        span = Span(text, depth["bold"] > 0, depth["italic"] > 0, depth["underline"] > 0)
        if out and (out[-1].bold, out[-1].italic, out[-1].underline) == (span.bold, span.italic, span.underline):
            out[-1] = Span(out[-1].text + text, span.bold, span.italic, span.underline)
        else:
            out.append(span)

    def open_link(self, address: str | None) -> None:
        address = html.unescape(address or "").strip()
        self.links.append((address if _KEPT_ADDRESS.match(address) else None, self._length()))

    def close_link(self) -> None:
        """After a link's words, its address in brackets, unless the words already are the address."""
        if not self.links:
            return
        address, start = self.links.pop()
        if address is None:
            return
        shown = re.sub(r"(?i)^mailto:", "", address)
        words = "".join(s.text for s in self.out)[start:]
        if unquote(shown).lower() not in unquote(words).lower():
            self.emit(f" ({shown})")

    def _length(self) -> int:
        return sum(len(s.text) for s in self.out)


def _attributes_are_markup(rest: str) -> bool:
    """Whether what follows a tag's name ("  href='...'>", " and c>") reads as HTML attributes."""
    rest = rest.rstrip().removesuffix(">").rstrip().removesuffix("/").rstrip()
    at = 0
    while at < len(rest):
        found = _ATTRIBUTE.match(rest, at)
        if found is None or (found.group(2) is None and found.group(1).lower() not in _BARE_ATTRIBUTES):
            return False
        at = found.end()
    return True


def _closed_later(tokens: list[Token], at: int, name: str) -> bool:
    """Whether an element opened at ``tokens[at]`` is closed in the same text: only then is what lies between hidden."""
    closing = re.compile(rf"^<\s*/\s*{name}\s*>$", re.I)
    return any(t.type == "html_inline" and closing.match(t.content.strip()) for t in tokens[at + 1:])


def _walk(tokens: list[Token], reading: _Reading) -> None:
    depth = reading.depth
    for at, token in enumerate(tokens):
        if token.type == "text":
            reading.emit(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            reading.emit("\n" if token.type == "hardbreak" else " ")
        elif token.type in ("strong_open", "strong_close"):
            depth["bold"] += 1 if token.type.endswith("open") else -1
        elif token.type in ("em_open", "em_close"):
            depth["italic"] += 1 if token.type.endswith("open") else -1
        elif token.type == "link_open":  # an autolink's words are its address already, as printed
            reading.open_link(None if token.markup == "autolink" else str(token.attrGet("href") or ""))
        elif token.type == "link_close":
            reading.close_link()
        elif token.type == "html_inline":
            match = _TAG.match(token.content)
            if not match:
                continue
            closing, name = bool(match.group(1)), match.group(2).lower()
            worded = match.group(2)[1:].islower() and match.group(2)[0].isupper()  # "<Head of Legal Services>"
            if name not in _HTML_TAGS or worded or not _attributes_are_markup(token.content[match.end():]):
                reading.emit(token.content)  # kept as plain text: a span is never markup, so this cannot become HTML
                continue
            if name in _HIDDEN_TAGS:  # "<style>body{...}</style>" inside a line: code no page shows (the residue has it)
                if closing or _closed_later(tokens, at, name):
                    reading.hidden = max(0, reading.hidden + (-1 if closing else 1))
            elif name in _STYLE_TAGS:
                style = _STYLE_TAGS[name]
                depth[style] = max(0, depth[style] + (-1 if closing else 1))
            elif name in _BREAK_TAGS and (name == "br" or not closing):
                reading.emit("\n")
            elif name == "a":
                if closing:
                    reading.close_link()
                else:
                    href = _HREF.search(token.content)
                    reading.open_link(next((g for g in href.groups() if g is not None), None) if href else None)
        elif token.children:
            _walk(token.children, reading)


def _tidy(spans: list[Span]) -> tuple[Span, ...]:
    """Fold runs of white space (but keep line breaks) and trim the ends."""
    tidied: list[Span] = []
    for span in spans:
        text = re.sub(r"[ \t\u00a0]+", " ", span.text)
        text = re.sub(r" *\n+ *", "\n", text)
        tidied.append(Span(text, span.bold, span.italic, span.underline))
    while tidied and not tidied[0].text.strip():
        tidied.pop(0)
    while tidied and not tidied[-1].text.strip():
        tidied.pop()
    if tidied:
        first, last = tidied[0], tidied[-1]
        tidied[0] = Span(first.text.lstrip(), first.bold, first.italic, first.underline)
        last = tidied[-1]
        tidied[-1] = Span(last.text.rstrip(), last.bold, last.italic, last.underline)
    return tuple(s for s in tidied if s.text)


# A lone asterisk between two letters or digits ("5*3", "0*0") is the author's text, not emphasis:
# read as emphasis it would vanish and glue the words on either side together.
_INTRAWORD_STAR = re.compile(r"(?<=[^\W_])\*(?=[^\W_])")


# "[coc]: https://www.example.gov.uk/code": a Markdown source's link definition (a line of its own), to a
# web page, an email address or a page of the site it was copied from. "[Proper Officer]: to be confirmed"
# is a drafter's placeholder, not a definition: its brackets are kept where the name is used.
LINK_DEFINITION = re.compile(r"^ {0,3}\[([^\]^][^\]]{0,40})\]:\s*<?((?:https?://|mailto:|/|#)[^\s>]*)>?"
                             r"(?:\s+[\"'(].*)?$", re.I)

References = dict[str, dict[str, str]]


def link_definitions(lines: Iterable[str]) -> References:
    """A Markdown source's link definitions, keyed as markdown-it looks them up.

    "[Code of Conduct][coc]" names its address on another line; the clause is read on its
    own, so the document's definitions are handed to each reading (the first one wins, as in
    CommonMark).
    """
    found: References = {}
    for line in lines:
        if "]:" in line and (match := LINK_DEFINITION.match(line)):
            found.setdefault(normalizeReference(match.group(1)), {"href": match.group(2), "title": ""})
    return found


def to_spans(source: str, references: References | None = None) -> tuple[Span, ...]:
    """Formatted spans of one clause's source text (``references``: its document's link definitions)."""
    if "*" in source:
        source = _INTRAWORD_STAR.sub(r"\\*", source)
    reading = _Reading()
    _walk(_parser().parseInline(source, {"references": references} if references else None), reading)
    return _tidy(reading.out)


def plain(spans: tuple[Span, ...]) -> str:
    """The clause's text for matching and export: formatting gone, breaks as spaces."""
    return re.sub(r"\s+", " ", "".join(s.text for s in spans)).strip()
