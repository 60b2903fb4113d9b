"""`clausebook export` on the bundled corpus, through the real command line.

The numbers the sources print are found here independently of the parser
(by scanning each source for numbers at the start of a line) and must all be
in the export, on the clause that starts at that line.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "corpus" / "documents"
NUMBERED = ("north-norfolk", "district-appendix-j", "farnham-2023")
# A paragraph number ("1.1", "I.1.", "10.5") or a lettered item, after an optional bullet, at a line's start.
_PARAGRAPH = re.compile(r"^\s*(?:-\s+)?(?P<num>(?:\d{1,2}|I)(?:\.\d{1,2})+\.?)\s")
_ITEM = re.compile(r"^\s*(?:-\s+)?(?:\d{1,2}\.\d{1,2}\s+)?(?P<num>\([a-z]\))\s")
_SECTION = re.compile(r"^(?P<num>(?:\d{1,2}|I)\.?)\s+[A-Z]")

DOCUMENT_FIELDS = {"id", "title", "council", "council_note", "council_type", "kind", "status", "dates", "source",
                   "parts", "supersedes", "path", "clause_count"}
CLAUSE_FIELDS = {"id", "document", "label", "kind", "number", "normalised_number", "parent", "heading", "text",
                 "lines", "column", "row", "table"}
RESIDUE_FIELDS = {"document", "lines", "reason", "text"}


def export(tmp_path: Path, name: str) -> tuple[bytes, dict[str, Any]]:
    out = tmp_path / name
    result = subprocess.run(
        [sys.executable, "-m", "clausebook.cli", "export", "--corpus", "corpus", "--out", str(out),
         "--cache-dir", str(tmp_path / "cache")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = out.read_bytes()
    return data, json.loads(data)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, Any]]:
    return export(tmp_path_factory.mktemp("export"), "concordance.json")


def body_lines(doc_id: str) -> list[tuple[int, str]]:
    """(file line number, text) of each body line of a corpus file, after its front matter."""
    lines = (DOCUMENTS / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines()
    end = lines.index("---", 1)
    return [(n, line) for n, line in enumerate(lines, start=1) if n > end + 1]


def test_five_documents_with_their_metadata(exported: tuple[bytes, dict[str, Any]]) -> None:
    data = exported[1]
    assert data["schema"] == "clausebook/concordance@1"
    assert set(data) >= {"schema", "documents", "clauses", "links", "topics", "residue"}
    assert sorted(d["id"] for d in data["documents"]) == sorted(p.stem for p in DOCUMENTS.glob("*.txt"))
    assert len(data["documents"]) == 5
    for document in data["documents"]:
        assert set(document) >= DOCUMENT_FIELDS
        assert document["clause_count"] == sum(c["document"] == document["id"] for c in data["clauses"])
    by_id = {d["id"]: d for d in data["documents"]}
    assert by_id["aide-memoire-2022"]["council"] is None and by_id["aide-memoire-2022"]["council_note"]
    assert [p["id"] for p in by_id["worcestershire-2024"]["parts"]] == ["report", "draft"]


def test_schema_fields_of_clauses_links_and_residue(exported: tuple[bytes, dict[str, Any]]) -> None:
    data = exported[1]
    ids = [c["id"] for c in data["clauses"]]
    assert len(ids) == len(set(ids))
    documents = {d["id"] for d in data["documents"]}
    for clause in data["clauses"]:
        assert set(clause) >= CLAUSE_FIELDS
        assert re.fullmatch(r"[a-z0-9-]+--[a-z0-9-]+", clause["id"]) and clause["document"] in documents
        assert clause["id"] == f"{clause['document']}--{clause['label']}"
        assert clause["kind"] in {"section", "heading", "part", "paragraph", "item", "cell"}
        assert clause["parent"] is None or clause["parent"] in ids[: ids.index(clause["id"])]
        assert isinstance(clause["heading"], list) and all(isinstance(h, str) for h in clause["heading"])
        first, last = clause["lines"]
        assert 1 <= first <= last
        assert (clause["column"] is not None) == (clause["kind"] == "cell") == (clause["row"] is not None)
    for residue in data["residue"]:
        assert set(residue) >= RESIDUE_FIELDS and residue["document"] in documents and residue["reason"]
    for link in data["links"]:
        assert link["a"] in ids and link["b"] in ids and 0 <= link["score"] <= 1
        assert link["a"].split("--")[0] != link["b"].split("--")[0]
        assert link["kind"] in ("equivalent", "partial")
    for topic in data["topics"]:
        assert {"id", "title", "clauses"} <= set(topic) and set(topic["clauses"]) <= set(ids)


@pytest.mark.parametrize("doc_id", NUMBERED)
def test_every_printed_number_is_exported_on_its_line(exported: tuple[bytes, dict[str, Any]], doc_id: str) -> None:
    clauses = [c for c in exported[1]["clauses"] if c["document"] == doc_id]
    numbered = {(c["lines"][0], c["number"]) for c in clauses if c["number"]}
    printed = []
    for number, line in body_lines(doc_id):
        for pattern in (_PARAGRAPH, _ITEM, _SECTION):
            match = pattern.match(line)
            if match:
                printed.append((number, match.group("num")))
    assert len(printed) > 40
    assert [p for p in printed if p not in numbered] == []


def test_ocr_I1_is_read_as_1_1_with_the_printed_form_kept(exported: tuple[bytes, dict[str, Any]]) -> None:
    farnham = {c["label"]: c for c in exported[1]["clauses"] if c["document"] == "farnham-2023"}
    assert (farnham["1"]["number"], farnham["1"]["normalised_number"]) == ("I.", "1")
    for n in range(1, 6):
        clause = farnham[f"1-{n}"]
        assert (clause["number"], clause["normalised_number"]) == (f"I.{n}.", f"1.{n}")
        assert clause["parent"] == "farnham-2023--1"


def test_clauses_and_residue_cover_every_non_blank_line(exported: tuple[bytes, dict[str, Any]]) -> None:
    data = exported[1]
    for document in data["documents"]:
        covered: set[int] = set()
        for entry in data["clauses"] + data["residue"]:
            if entry["document"] == document["id"]:
                covered.update(range(entry["lines"][0], entry["lines"][1] + 1))
        missing = [n for n, line in body_lines(document["id"]) if line.strip() and n not in covered]
        assert missing == [], document["id"]


def test_export_is_byte_for_byte_deterministic(exported: tuple[bytes, dict[str, Any]], tmp_path: Path) -> None:
    again, _ = export(tmp_path, "again.json")
    assert again == exported[0]


def test_export_to_standard_output_matches_the_file(exported: tuple[bytes, dict[str, Any]], tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "clausebook.cli", "export", "--corpus", "corpus",
                             "--cache-dir", str(tmp_path / "cache")],
                            cwd=ROOT, capture_output=True, timeout=600)
    assert result.returncode == 0
    assert result.stdout == exported[0]


def test_schema_document_names_every_exported_field(exported: tuple[bytes, dict[str, Any]]) -> None:
    """docs/concordance.md documents each field the exporter writes, in a table row of its own."""
    documented = set(re.findall(r"^\| `([a-z_]+)`(?:, `([a-z_]+)`)? \|", (ROOT / "docs" / "concordance.md").read_text(),
                                re.MULTILINE))
    names = {name for pair in documented for name in pair if name}
    data = exported[1]
    written = set(data) | {key for section in ("documents", "clauses", "links", "topics", "residue")
                           for entry in data[section] for key in entry}
    assert written - names == set()
