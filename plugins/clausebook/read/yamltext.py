"""YAML as the corpus's authors typed it: dates stay text.

PyYAML's safe loader turns ``2025-02-29`` into a ``datetime.date`` while
parsing, so an impossible date raises ``ValueError`` from inside the parser,
which names no file and no line. Front matter is checked field by field
after parsing (``frontmatter.validate_meta``), which can point at the line and
say what is wrong; so this loader leaves timestamps alone and the check reads
them as the text they were written as ("2023-03", "2026" and "2024-04-24" are
all dates a protocol's front matter uses).
"""

from __future__ import annotations

from typing import Any

import yaml

TIMESTAMP = "tag:yaml.org,2002:timestamp"


class TextDateLoader(yaml.SafeLoader):
    """The safe loader without the implicit timestamp type."""


TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str) -> Any:
    """Parse YAML safely, dates left as strings; raises ``yaml.YAMLError`` only."""
    return yaml.load(text, Loader=TextDateLoader)  # noqa: S506 - a SafeLoader subclass
