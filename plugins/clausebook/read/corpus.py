"""Read a corpus folder: every document file and the curated data beside it.

Every problem in every file is collected and returned together, so an officer
fixing a corpus sees the whole list at once instead of one error per build.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from clausebook.models import Document, Problem
from clausebook.read.clean import clean_body
from clausebook.read.frontmatter import check_received_body, check_supersedes, split_front_matter, validate_meta
from clausebook.read.lines import editor_lines
from clausebook.read.yamltext import load

DOCUMENT_SUFFIXES = (".txt", ".md")
DOCUMENTS_DIR = "documents"
DATA_DIR = "data"
IGNORED_PREFIXES = (".", "~$")


def _display(path: Path) -> str:
    """A path as the user will recognise it: relative to the working folder when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _decode(path: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode": text, but not the UTF-8 we read
        return None, [Problem(path, 1, "saved as UTF-16 text: save it as UTF-8")]
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        return None, [Problem(path, line, "not a text file (it contains NUL bytes): save it as plain UTF-8 text")]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return None, [Problem(path, line, f"not UTF-8 text (byte 0x{raw[err.start]:02x}): save it as UTF-8")]


def read_document(path: Path) -> tuple[Document | None, list[Problem]]:
    """Read one corpus file into a Document, or say everything wrong with it."""
    shown = _display(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        return None, [Problem(shown, None, f"cannot be read: {err.strerror}")]
    text, problems = _decode(shown, raw)
    if text is None:
        return None, problems
    lines = editor_lines(text.lstrip("\ufeff"))  # a file saved twice with a byte-order mark carries two
    split, problems = split_front_matter(shown, lines)
    if split is None:
        return None, problems
    meta, problems = validate_meta(shown, lines, split.meta or {})
    if not any(line.strip() for line in split.body):
        problems.append(Problem(shown, split.body_first_line, "the document has no text after its front matter"))
    problems.extend(check_received_body(shown, lines, meta, split.body))
    if any(p.severity == "error" for p in problems):
        return None, problems
    body = clean_body(split.body)
    if body.misencoded:
        first, found, fixed = body.misencoded[0]
        problems.append(Problem(shown, split.body_first_line + first,
                                f"text saved in the wrong encoding on {len({i for i, _, _ in body.misencoded})} line(s), "
                                f"read as meant ('{found}' as '{fixed}'): re-save the source as UTF-8 to fix the file",
                                "warning", "encoding"))
    document = Document(
        id=meta["id"],
        path=shown,
        meta=meta,
        lines=body.lines,
        first_line=split.body_first_line,
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    return document, problems


def _read_data(folder: Path) -> tuple[dict[str, Any], list[Problem]]:
    """Curated YAML tables (synonyms, topics, glossary, Nolan principles, checklist)."""
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            data[path.stem] = load(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            problems.append(Problem(_display(path), None, "not UTF-8 text"))
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            problems.append(Problem(_display(path), mark.line + 1 if mark else None,
                                    f"not valid YAML: {getattr(err, 'problem', err)}"))
    return data, problems


def document_files(corpus_dir: Path) -> list[Path]:
    """Every file a user put among the documents, in a stable order.

    Hidden files and the owner files Word and LibreOffice leave beside a
    document they have open ("~$protocol.docx", ".~lock.protocol.odt#") are
    not the user's: reading them would stop the build while a file is open.
    """
    folder = corpus_dir / DOCUMENTS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(IGNORED_PREFIXES))


def load_corpus(corpus_dir: Path) -> tuple[list[Document], dict[str, Any], list[Problem]]:
    """Read every document and data file; report duplicates and strangers too."""
    problems: list[Problem] = []
    if not (corpus_dir / DOCUMENTS_DIR).is_dir():
        problems.append(Problem(_display(corpus_dir), None, f"no '{DOCUMENTS_DIR}' folder of corpus documents here"))
    documents: list[Document] = []
    for path in document_files(corpus_dir):
        if path.suffix.lower() not in DOCUMENT_SUFFIXES:
            problems.append(Problem(_display(path), None,
                                    "not a text document: paste the text into a .txt or .md file"))
            continue
        document, found = read_document(path)
        problems.extend(found)
        if document is not None:
            documents.append(document)
    documents, duplicates = _unique_ids(documents)
    problems.extend(duplicates)
    problems.extend(check_supersedes(documents))
    data, data_problems = _read_data(corpus_dir / DATA_DIR)
    return documents, data, problems + data_problems


def _unique_ids(documents: list[Document]) -> tuple[list[Document], list[Problem]]:
    """Documents whose id no other file uses, and an error on EVERY file that shares one.

    Which of two files with one id is the mistake only the officer knows (a
    copy made for a new version and not yet renamed, usually): blaming the one
    that sorts second would send them to edit the wrong file.
    """
    holders: dict[str, list[Document]] = {}
    for document in documents:
        holders.setdefault(document.id, []).append(document)
    problems = []
    for document in documents:
        others = [d.path for d in holders[document.id] if d is not document]
        if others:
            problems.append(Problem(document.path, _id_line(document.path),
                                    f"duplicate document id '{document.id}' (also used by {', '.join(others)})"))
    return [d for d in documents if len(holders[d.id]) == 1], problems


def _id_line(path: str) -> int:
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if line.startswith("id:"):
                return number
    return 1
