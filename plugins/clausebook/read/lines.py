"""A file's text as the lines an editor numbers.

``str.splitlines`` also breaks at form feeds, vertical tabs and Unicode line
separators; pdftotext puts a form feed at every page break, so every line
number after the first page would be off by one per page in every message,
line span and source link. Only the line endings of Windows, Unix and old
Macs end a line here; any other control character stays in its line, where
the parser reads it as white space.
"""

from __future__ import annotations

import re

_LINE_END = re.compile(r"\r\n|\r|\n")


def editor_lines(text: str) -> list[str]:
    """The lines of ``text``; a final line end does not start another line."""
    lines = _LINE_END.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines
