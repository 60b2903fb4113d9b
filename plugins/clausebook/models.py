"""The plain data every pipeline stage passes to the next.

Stages are pure functions over these frozen dataclasses (read -> parse ->
align -> render/export), so each can be tested without MkDocs and cached by
content.  Annotations (alignment links, topics, references) live in separate
layers keyed by clause id rather than as fields on the clause, as in
eRegulations: the clause tree stays exactly what the source says.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input, located so a person can go and fix it.

    Problems are values, not exceptions: every stage collects them so the CLI
    can report all of them at once, one line each.
    """

    path: str
    line: int | None
    message: str
    severity: str = "error"  # "error" stops a build; "warning" is reported only
    code: str = "input"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Span:
    """A run of clause text with the inline formatting the source gave it.

    Formatting is kept as flags, never as HTML, so rendering can escape every
    character of corpus text and re-apply only the formatting we allow.
    """

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Document:
    """A corpus file: its validated front matter and its body lines as received."""

    id: str
    path: str  # as given to the reader, for messages
    meta: dict[str, Any]
    lines: tuple[str, ...]  # body lines, without line endings
    first_line: int  # file line number of lines[0] (front matter comes before)
    sha256: str  # of the whole file, for caches

    @property
    def title(self) -> str:
        return str(self.meta.get("title", self.id))

    def line_number(self, index: int) -> int:
        """File line number of body line ``index`` (0-based)."""
        return self.first_line + index


# A table pasted without a header row names its columns by position: "Column 1", "Column 2".
UNNAMED_COLUMN = "Column {number}"
_UNNAMED_COLUMN = re.compile(r"Column \d+")


def unnamed_column(name: str | None) -> bool:
    """True for a column named by position only: its table had no header row."""
    return name is None or bool(_UNNAMED_COLUMN.fullmatch(name))


@dataclass(frozen=True)
class Clause:
    """One numbered or positional unit of a document.

    ``label`` is the clause's path inside its document ("3-1-d", "5-p1",
    "defining-the-roles-b2"); ``id`` adds the document id so it is unique in
    the corpus, URL-safe and identical across rebuilds.
    """

    id: str
    document: str
    label: str
    kind: str  # section | heading | paragraph | item | cell
    number: str | None  # as printed ("I.1.", "(d)"), or None when unnumbered
    normalised_number: str | None  # full path, OCR fixed ("1.1", "3.1(d)")
    parent: str | None
    heading: tuple[str, ...]  # titles of the sections and headings above it
    text: str  # plain text of this clause alone, without its children
    spans: tuple[Span, ...]  # the same text with its inline formatting
    lines: tuple[int, int]  # first and last file line
    column: str | None = None  # for table cells: the column's header, or UNNAMED_COLUMN's when it had none
    row: int | None = None  # for table cells: row index within its table
    table: str | None = None  # for table cells: label of the table


@dataclass(frozen=True)
class Residue:
    """Source text deliberately kept out of the clauses, with the reason."""

    document: str
    lines: tuple[int, int]
    reason: str
    text: str


@dataclass(frozen=True)
class ParsedDocument:
    """The parse stage's result for one document."""

    document: Document
    clauses: tuple[Clause, ...]
    residue: tuple[Residue, ...]
    problems: tuple[Problem, ...] = ()

    def by_id(self) -> dict[str, Clause]:
        return {c.id: c for c in self.clauses}

    def children(self, clause_id: str | None) -> list[Clause]:
        return [c for c in self.clauses if c.parent == clause_id]


@dataclass(frozen=True)
class Link:
    """An equivalence between two clauses of different documents."""

    a: str
    b: str
    score: float  # 0..1
    kind: str  # "equivalent" | "partial"
    shared: tuple[str, ...] = ()  # words both clauses use: evidence a reader can check


@dataclass(frozen=True)
class Topic:
    """A named group of aligned clauses across documents."""

    id: str
    title: str
    clauses: tuple[str, ...]  # clause ids, in document order
    description: str = ""


@dataclass(frozen=True)
class Alignment:
    """The align stage's result: links and the topics they form."""

    links: tuple[Link, ...] = ()
    topics: tuple[Topic, ...] = ()


@dataclass(frozen=True)
class Corpus:
    """Everything the pipeline knows about a corpus folder."""

    documents: tuple[ParsedDocument, ...]
    data: dict[str, Any] = field(default_factory=dict)  # curated YAML in corpus/data
    problems: tuple[Problem, ...] = ()

    def document(self, doc_id: str) -> ParsedDocument:
        for parsed in self.documents:
            if parsed.document.id == doc_id:
                return parsed
        raise KeyError(doc_id)

    def clauses(self) -> list[Clause]:
        return [c for parsed in self.documents for c in parsed.clauses]
