"""Turn corpus text into Markdown that can only ever mean what it says.

Corpus text is data.  Every character that HTML or Python-Markdown (with the
extensions this site enables: attr_list, abbr, tables, md_in_html, toc) could
read as syntax is written as a character reference, so a source containing
``<script>``, ``[x](javascript:...)``, ``{: onclick=...}`` or ``*[abbr]: ...``
shows those characters and nothing more.  Only the formatting the parser kept
as flags on a Span (bold, italic, underline) and line breaks are re-applied,
as tags this module writes itself.  Output is always a single Markdown line,
so no line of corpus text can start a heading, list, table or HTML block.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from urllib.parse import quote

from clausebook.models import Span

# Syntax wherever they appear (inline markup, raw HTML, attribute lists,
# abbreviation and link definitions, table cells).
_INLINE = str.maketrans({
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\\": "&#92;",
    "`": "&#96;",
    "*": "&#42;",
    "_": "&#95;",
    "[": "&#91;",
    "]": "&#93;",
    "{": "&#123;",
    "}": "&#125;",
    "|": "&#124;",
    "#": "&#35;",
})
# Syntax only at the start of a block: a list, setext rule or fence marker,
# or an ordered list's "1." / "1)".
_BLOCK_START = re.compile(r"^(?:[-+=~]|\d+[.)])")
_SPACES = re.compile(r"\s+")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
# A web address in running text, without the full stop or bracket that may follow it; or an email address.
_ADDRESS = re.compile(r"(?P<web>https?://[^\s<>\"'`\[\]{}|\\^]+(?<![.,;:!?)]))"
                      r"|(?P<email>(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_URL_SAFE = ":/?#@!$&'()+,;=%~.-"
_REFERENCE_START = re.compile(r"&(?=[A-Za-z0-9#])")


def _neutralise_start(text: str) -> str:
    match = _BLOCK_START.match(text)
    if not match:
        return text
    marker = match.group(0)
    return marker[:-1] + f"&#{ord(marker[-1])};" + text[match.end():]


def escape(text: str) -> str:
    """Corpus text as inert Markdown on one line; whitespace runs become one space."""
    return _neutralise_start(_SPACES.sub(" ", text).strip().translate(_INLINE))


def _linked(text: str) -> str:
    """Escaped text in which each web or email address is a link to itself ("democracy@..." a mailto:).

    Only ``http``, ``https`` and ``mailto`` addresses, so no ``javascript:``
    can get in; the address is percent-encoded for the ``href`` (no quote,
    bracket, star or underscore left for HTML or Markdown to read) and
    escaped as text.
    """
    out, last = [], 0
    for match in _ADDRESS.finditer(text):
        address = match.group(0)
        target = address if match.group("web") else f"mailto:{address}"
        href = html.escape(quote(target, safe=_URL_SAFE).replace("_", "%5F"), quote=True)
        out += [text[last:match.start()].translate(_INLINE), f'<a href="{href}">{address.translate(_INLINE)}</a>']
        last = match.end()
    return "".join(out) + text[last:].translate(_INLINE)


def _one_span(span: Span) -> str:
    """One formatted run; its line breaks become ``<br>``, its web addresses links."""
    lines = [_linked(_SPACES.sub(" ", line)) for line in span.text.split("\n")]
    out = "<br>".join(lines)
    core = out.strip(" ")
    if not core:
        return out
    if span.underline:
        core = f"<u>{core}</u>"
    if span.italic:
        core = f"<em>{core}</em>"
    if span.bold:
        core = f"<strong>{core}</strong>"
    lead = " " if out.startswith(" ") else ""
    trail = " " if out.endswith(" ") else ""
    return f"{lead}{core}{trail}"


def inline_spans(spans: Iterable[Span]) -> str:
    """Formatted runs as inline Markdown, spacing kept, for joining with links."""
    return "".join(_one_span(span) for span in spans)


def finish(markdown: str) -> str:
    """Inline Markdown made ready to stand as a block: trimmed, inert at its start."""
    out = re.sub(r" {2,}", " ", markdown).strip()
    out = re.sub(r"^(?:<br>\s*)+|(?:\s*<br>)+$", "", out)
    return _neutralise_start(out)


def spans_to_markdown(spans: Iterable[Span]) -> str:
    """Formatted clause text as one line of inert Markdown."""
    return finish(inline_spans(spans))


def attribute(text: str) -> str:
    """Text for an HTML attribute value in double quotes (titles, aria-labels)."""
    return html.escape(_SPACES.sub(" ", text).strip(), quote=True)


def attr_list_value(text: str) -> str:
    """Text for a quoted value of Markdown's attribute list (``{aria-label="..."}``).

    The list ends at the first "}", the value at the first double quote, and inline syntax
    ("*", "`", "&lt;") is read before the list is: each is written as a character reference,
    which the attribute keeps and a browser reads back as the character.
    """
    return _SPACES.sub(" ", text).strip().translate(_INLINE).replace('"', "&#34;")


def front_matter(title: str, wide: bool = False) -> str:
    """A page's YAML front matter giving its title (and, for wide pages, no table of contents).

    MkDocs' templates insert ``page.meta.title`` without escaping in text
    (<title>, navigation) but with ``| e`` in attributes (the footer's
    aria-label).  So only what could start a tag or a character reference is
    escaped here ("<" before a letter, "/", "!" or "?"; "&" before a letter,
    digit or "#"): a full escape would show "&#x27;" in those aria-labels,
    and a screen reader would read a name that does not match the text.
    JSON quoting makes it a valid YAML string whatever characters it holds.
    ``wide`` hides Material's table-of-contents sidebar, giving tables and
    side-by-side columns the room they need.
    """
    hide = "hide: [toc]\n" if wide else ""
    text = _TAG_START.sub("&lt;", _REFERENCE_START.sub("&amp;", _SPACES.sub(" ", title).strip()))
    return f"---\ntitle: {json.dumps(text)}\n{hide}---\n"
