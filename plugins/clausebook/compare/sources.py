"""Find the versions a user names: a file on disk, a corpus document, or one part of it.

A committee compares a draft it has just written (a file anywhere) with the
adopted text (usually already in the corpus), so either side may be either.
A corpus file can hold several documents (a report and the draft appended to
it); naming a part's id (``worcestershire-2024--draft``) selects its clauses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from clausebook.errors import UserError
from clausebook.models import Corpus, ParsedDocument, Problem
from clausebook.parse import parse_document
from clausebook.pipeline import parse_corpus
from clausebook.read import read_document


def read_version(path: Path) -> ParsedDocument:
    """One document file, parsed; a broken file is a UserError with a line for each of its errors."""
    document, problems = read_document(path)
    fail_on_errors(problems)
    if document is None:
        raise UserError(f"{path}: cannot be read")
    parsed = parse_document(document)
    return replace(parsed, problems=(*problems, *parsed.problems))  # warnings ("mis-encoded text repaired") travel with it


def part_version(parsed: ParsedDocument, part_id: str) -> ParsedDocument:
    """One part of a document as a version of its own: the clauses under the part clause.

    The part clause is the version's title, not one of its clauses, just as a
    standalone file's title line is: kept as a clause, it would show as
    "removed" against a revision written as a file of its own. Its children
    become the version's top level, the part's title leaves their heading
    paths, and the part's own title, kind and status (from the ``parts``
    front matter) replace the file's, so a report on "the draft" names the draft.
    """
    keep: set[str] = {part_id}
    for clause in parsed.clauses:  # parents come before their children
        if clause.parent in keep:
            keep.add(clause.id)
    keep.discard(part_id)
    meta = dict(parsed.document.meta)
    for part in meta.get("parts") or []:
        if f"{parsed.document.id}--{part.get('id')}" == part_id:
            meta.update({key: part[key] for key in ("title", "kind", "status") if key in part})
    clauses = tuple(replace(c, parent=None if c.parent == part_id else c.parent, heading=c.heading[1:])
                    for c in parsed.clauses if c.id in keep)
    return replace(parsed, document=replace(parsed.document, meta=meta), clauses=clauses)


def corpus_version(corpus: Corpus, ident: str) -> ParsedDocument:
    """A corpus document by id, or a part of one by the part's clause id."""
    for parsed in corpus.documents:
        if parsed.document.id == ident:
            return replace(parsed, problems=tuple(p for p in corpus.problems if p.path == parsed.document.path))
        if ident.startswith(parsed.document.id + "--"):
            part = next((c for c in parsed.clauses if c.id == ident and c.kind == "part"), None)
            if part is not None:
                return part_version(parsed, ident)
    known = ", ".join(sorted(p.document.id for p in corpus.documents)) or "none"
    raise UserError(f"no document or part '{ident}' in the corpus (documents: {known})")


def load_corpus_or_fail(corpus_dir: Path) -> Corpus:
    """The corpus, or every error in it: a peer left out for a broken file would go unnoticed in a report."""
    if not corpus_dir.is_dir():
        raise UserError(f"{corpus_dir}: no such corpus folder")
    corpus = parse_corpus(corpus_dir)
    fail_on_errors(corpus.problems)
    return corpus


def fail_on_errors(problems: Iterable[Problem]) -> None:
    """A UserError with one line per error (by file and line), when there is any."""
    errors = sorted((p for p in problems if p.severity == "error"), key=lambda p: (p.path, p.line or 0, p.message))
    if errors:
        raise UserError(*(str(p) for p in errors))


def load_versions(old: str, new: str, corpus_dir: Path) -> tuple[ParsedDocument, ParsedDocument]:
    """Both versions; the mistakes in either or both are reported together, not one run at a time."""
    found: list[ParsedDocument] = []
    mistakes: list[str] = []
    read: list[Corpus | UserError] = []

    def corpus() -> Corpus:
        """The corpus, read at most once for both ids (its errors too: a broken corpus is parsed once)."""
        if not read:
            try:
                read.append(load_corpus_or_fail(corpus_dir))
            except UserError as err:
                read.append(err)
        if isinstance(read[0], UserError):
            raise read[0]
        return read[0]

    for argument in (old, new):
        try:
            found.append(load_version(argument, corpus))
        except UserError as err:
            mistakes += err.lines
    if mistakes:
        raise UserError(*dict.fromkeys(mistakes))  # a broken corpus both ids were looked up in is told once
    return found[0], found[1]


def load_version(argument: str, corpus: Callable[[], Corpus]) -> ParsedDocument:
    """A file if ``argument`` names one, else a document id looked up in the corpus ``corpus()`` reads."""
    path = Path(argument)
    if path.is_file():
        return read_version(path)
    if path.is_dir():
        raise UserError(f"{argument}: is a folder; name a document file or a document id")
    if path.suffix or "/" in argument:
        raise UserError(f"{argument}: no such file")
    return corpus_version(corpus(), argument)
