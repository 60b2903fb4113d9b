"""Split a corpus file into YAML front matter and body, and validate the metadata.

The body must stay exactly as received (the parser copes with its mess), so
front matter is the only place metadata can go; it is checked strictly
because every page of the handbook shows it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from difflib import get_close_matches
from typing import Any

import yaml

from clausebook.models import Document, Problem
from clausebook.read.lines import editor_lines
from clausebook.read.yamltext import load

DOCUMENT_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KINDS = ("protocol", "aide-memoire", "committee-report")
STATUSES = ("adopted", "draft", "issued", "superseded", "report")
REQUIRED = ("id", "title", "council", "council_type", "kind", "status", "dates", "source")
OPTIONAL = ("council_note", "parts", "supersedes", "refers_to")
DATE_KEYS = ("adopted", "review_due", "meeting")
# A date as protocols give them: a day, a month or just a year ("review due 2026").
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class SplitFile:
    """Front matter text and body lines of one file, with where the body starts."""

    meta: dict[str, Any] | None
    body: list[str]
    body_first_line: int


def split_front_matter(path: str, lines: list[str]) -> tuple[SplitFile | None, list[Problem]]:
    """Separate the ``---`` fenced YAML block from the body."""
    if not lines or lines[0].strip() != "---":
        return None, [Problem(path, 1, "missing front matter: the file must start with a '---' line")]
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        return None, [Problem(path, 1, "front matter is not closed: no second '---' line")]
    try:
        meta = load("\n".join(lines[1:end]))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(err, "problem", None) or str(err).splitlines()[0]
        return None, [Problem(path, line, f"front matter is not valid YAML: {reason}")]
    if not isinstance(meta, dict):
        return None, [Problem(path, 2, "front matter must be a mapping of field: value")]
    return SplitFile(meta, lines[end + 1 :], end + 2), []


def _field_line(lines: list[str], key: str) -> int:
    """Line of a top-level front-matter key, so messages point at it."""
    for number, line in enumerate(lines, start=1):
        if line.startswith(f"{key}:"):
            return number
        if number > 1 and line.strip() == "---":
            return number
    return 1


def validate_meta(path: str, lines: list[str], meta: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Check required fields and their values; return metadata with dates as text."""
    problems: list[Problem] = []

    def bad(key: str, message: str, severity: str = "error") -> None:
        problems.append(Problem(path, _field_line(lines, key), message, severity, "front-matter"))

    misspelt = _misspellings(meta)
    for key, meant in misspelt.items():
        bad(key, f"unknown front-matter field '{key}': did you mean '{meant}'?")
    for key in REQUIRED:
        if key not in meta and key not in misspelt.values():
            bad(key, f"front matter lacks required field '{key}'")
    for key in meta:
        if key not in REQUIRED and key not in OPTIONAL and key not in misspelt:
            bad(key, f"unknown front-matter field '{key}' (ignored)", "warning")
    doc_id = meta.get("id")
    if "id" in meta and not (isinstance(doc_id, str) and DOCUMENT_ID.match(doc_id)):
        bad("id", f"id {doc_id!r} must be lower-case letters and digits joined by single hyphens")
    for key in ("title",):
        if key in meta and not (isinstance(meta[key], str) and meta[key].strip()):
            bad(key, f"'{key}' must be non-empty text")
    if meta.get("kind") is not None and meta.get("kind") not in KINDS:
        bad("kind", f"kind {meta.get('kind')!r} is not one of {', '.join(KINDS)}")
    if meta.get("status") is not None and meta.get("status") not in STATUSES:
        bad("status", f"status {meta.get('status')!r} is not one of {', '.join(STATUSES)}")
    for key in ("council", "council_type"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            bad(key, f"'{key}' must be text, or null where the source names none")
    cleaned = dict(meta)
    dates = meta.get("dates")
    if "dates" in meta:
        if not isinstance(dates, dict):
            bad("dates", "'dates' must be a mapping (adopted, review_due, meeting)")
        else:
            cleaned["dates"] = {k: (None if v is None else str(v)) for k, v in dates.items()}
            for k, v in cleaned["dates"].items():
                if k not in DATE_KEYS:
                    bad("dates", f"unknown date '{k}' (expected {', '.join(DATE_KEYS)})", "warning")
                elif v is not None and not is_date(v):
                    problems.append(Problem(path, _nested_line(lines, "dates", str(k)),
                                            f"dates: {k}: '{v}' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY",
                                            "error", "front-matter"))
    if "source" in meta and not isinstance(meta.get("source"), dict):
        bad("source", "'source' must be a mapping saying where the text was published")
    problems.extend(_validate_parts(path, lines, meta.get("parts")))
    supersedes = meta.get("supersedes")
    if supersedes is not None and not (isinstance(supersedes, str) and DOCUMENT_ID.match(supersedes)):
        bad("supersedes", f"supersedes {supersedes!r} must be the id of the document this one replaces")
    elif supersedes is not None and supersedes == doc_id:
        bad("supersedes", "a document cannot supersede itself")
    return cleaned, problems


def check_received_body(path: str, lines: list[str], meta: dict[str, Any], body: list[str]) -> list[Problem]:
    """The body is still the text as received, when the front matter records its SHA-256.

    The handbook quotes the council's own words, so the body is never edited
    (the parser copes with its mess). ``source.body_sha256`` records the hash
    of the body as received; a difference means someone changed it since,
    which the officer should know before publishing. Line endings and a final
    newline do not count: an editor may change them without touching a word.
    """
    source = meta.get("source")
    recorded = source.get("body_sha256") if isinstance(source, dict) else None
    if recorded is None:
        return []
    text = "\n".join(body)
    if str(recorded).lower() in {hashlib.sha256(form.encode("utf-8")).hexdigest() for form in (text, text + "\n")}:
        return []
    return [Problem(path, _nested_line(lines, "source", "body_sha256"),
                    "the body is not the text as received (source.body_sha256 differs): "
                    "undo the edit, or record the new text's hash if the change is meant", "warning", "front-matter")]


def _misspellings(meta: dict[str, Any]) -> dict[str, str]:
    """Unknown fields that are near misses of a known one ("supercedes", "counsil"): field -> meant.

    A misspelt optional field would otherwise be ignored with a warning the
    officer may never read, and a misspelt required one reported as missing at
    the closing line; one error at the misspelt line says what to fix.
    """
    known = [*REQUIRED, *OPTIONAL]
    found = {}
    for key in meta:
        if isinstance(key, str) and key not in known:
            close = get_close_matches(key.lower(), [k for k in known if k not in meta], n=1, cutoff=0.75)
            if close:
                found[key] = close[0]
    return found


def is_date(text: str) -> bool:
    """A real calendar date, month or year in ISO form: "2024-04-24", "2023-03", "2026"."""
    match = DATE.match(text)
    if match is None:
        return False
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _nested_line(lines: list[str], parent: str, key: str) -> int:
    """Line of ``key:`` indented under the top-level ``parent:`` field (the parent's line if not found)."""
    start = _field_line(lines, parent)
    for number in range(start + 1, len(lines) + 1):
        line = lines[number - 1]
        if line.strip() == "---" or (line and not line[0].isspace()):
            break
        if line.strip().startswith(f"{key}:"):
            return number
    return start


def check_supersedes(documents: Sequence[Document]) -> list[Problem]:
    """A document can only supersede one in the same corpus: the handbook links the two versions.

    Checked across the corpus (one file cannot know the others), pointing at
    the ``supersedes:`` line of the file that names an unknown id.
    """
    known = {d.id for d in documents}
    problems = []
    for document in documents:
        target = document.meta.get("supersedes")
        if target is None or target in known:
            continue
        try:
            with open(document.path, encoding="utf-8-sig") as handle:
                lines = editor_lines(handle.read())
        except OSError:
            lines = []
        problems.append(Problem(document.path, _field_line(lines, "supersedes"),
                                f"supersedes '{target}', but no document in the corpus has that id", "error",
                                "front-matter"))
    return problems


def _validate_parts(path: str, lines: list[str], parts: Any) -> list[Problem]:
    """A file holding several documents (a report and its draft) names each part."""
    if parts is None:
        return []
    line = _field_line(lines, "parts")
    if not isinstance(parts, list) or not parts:
        return [Problem(path, line, "'parts' must be a list of {id, title, kind, status, starts_with}")]
    problems = []
    for index, part in enumerate(parts, start=1):
        if not isinstance(part, dict) or not all(k in part for k in ("id", "title", "starts_with")):
            problems.append(Problem(path, line, f"part {index} needs id, title and starts_with"))
        elif not DOCUMENT_ID.match(str(part["id"])):
            problems.append(Problem(path, line, f"part id {part['id']!r} must be lower-case letters, digits, hyphens"))
    return problems
