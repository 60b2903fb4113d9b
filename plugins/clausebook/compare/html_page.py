"""A self-contained, printable HTML page for committee papers (redlines, gap reports).

Everything the page needs is inline: no fonts, scripts, images or links to
other hosts, and a Content-Security-Policy that forbids loading any, so the
file opens on an offline laptop and prints the same. Changes are marked by
shape as well as colour (strike-through, underline, bracketed labels a screen
reader announces), because committee papers are printed in black and white.
All corpus text is escaped by the callers through ``text()``.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from clausebook.compare.diff import framed
from clausebook.compare.model import DiffOp

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'"

STYLE = """
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #111; margin: 2rem auto;
       max-width: 62rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.details { margin-bottom: 1.5rem; }
col.narrow { width: 7rem; } col.status { width: 10rem; }
caption { text-align: left; font-weight: 600; padding: .4rem 0; }
th, td { border: 1px solid #666; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #eee; }
del { text-decoration: line-through; text-decoration-thickness: 2px; background: #fde2e2; color: #7a0000; }
ins { text-decoration: underline; text-decoration-style: double; background: #dff3e3; color: #004d1a; }
del::before { content: "[−"; } del::after { content: "]"; }
ins::before { content: "[+"; } ins::after { content: "]"; }
.status { font-weight: 600; white-space: nowrap; }
tr.changed > td:first-child { border-left: 5px solid #111; }
tr.unchanged { color: #444; }
.num { overflow-wrap: anywhere; }
.legend { border: 1px solid #666; padding: .5rem .75rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
                   overflow: hidden; clip: rect(0 0 0 0);
                   white-space: nowrap; }
blockquote { margin: .4rem 0 .8rem; padding-left: .8rem; border-left: 3px solid #666; }
.covered { font-weight: 600; } .not-covered { font-weight: 600; text-decoration: underline; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  blockquote { break-inside: avoid; }
  thead { display: table-header-group; }
  del, ins, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def text(value: object) -> str:
    """Corpus or user text, escaped for HTML content and attributes."""
    return html.escape(str(value), quote=True)


def redline(diff: tuple[DiffOp, ...], escape: Callable[[str], str] = text, hidden: str = "visually-hidden") -> str:
    """Word-level redline: <del>/<ins> with a spoken label, every word escaped by ``escape``.

    ``escape`` is ``text`` for a standalone HTML file and the site's Markdown
    escaper on handbook pages; either way the spacing between runs is kept.
    """
    out = []
    for run in diff:
        lead, core, trail = framed(run)
        if run.op == "equal" or not core:
            out.append(f"{lead}{escape(core)}{trail}" if core else trail)
            continue
        tag, spoken = ("del", "deleted") if run.op == "delete" else ("ins", "inserted")
        out.append(f'{lead}<{tag}><span class="{hidden}">{spoken}: </span>{escape(core)}</{tag}>{trail}')
    return "".join(out).strip()


LEGEND = ('<p class="legend">Key: <del><span class="visually-hidden">deleted: </span>deleted words</del> are struck '
          'through and bracketed with a minus sign; <ins><span class="visually-hidden">inserted: </span>inserted '
          'words</ins> are double-underlined and bracketed with a plus sign.</p>')


def page(title: str, body: str) -> str:
    """A complete HTML document; ``title`` is plain text, ``body`` is already-escaped HTML."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{text(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
