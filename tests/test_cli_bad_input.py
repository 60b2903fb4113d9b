"""Bad input through the real command line: one line per problem naming file and line, all at once,
a non-zero exit, no traceback, and the good documents still read.

Each corpus is a temporary folder holding copies of two real corpus documents
and the bad file(s) under test.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOOD = ("district-appendix-j", "north-norfolk")
FRONT = ("---\nid: {id}\ntitle: A protocol\ncouncil: Test Council\ncouncil_type: district\nkind: protocol\n"
         "status: adopted\ndates: {{adopted: null, review_due: null, meeting: null}}\nsource: {{published_as: test}}\n---\n")

# name -> (file name, bytes, the line the error must name, words the message must contain)
BAD: dict[str, tuple[str, bytes, int, str]] = {
    "not UTF-8": ("latin1.txt", (FRONT.format(id="latin1") + "1. Scope\n\n1.1 Caf\xe9 rules.\n").encode("latin-1"),
                  13, "not UTF-8"),
    "UTF-16": ("utf16.txt", (FRONT.format(id="utf16") + "1.1 Text.\n").encode("utf-16"), 1, "saved as UTF-16"),
    "binary with NUL bytes": ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "NUL bytes"),
    "missing front matter": ("bare.txt", b"1. Scope\n\n1.1 Text.\n", 1, "missing front matter"),
    "front matter never closed": ("open.txt", FRONT.format(id="open").rsplit("---\n", 1)[0].encode() + b"1.1 Text.\n",
                                  1, "not closed"),
    "broken YAML": ("yaml.txt", FRONT.format(id="yaml").replace("title: A protocol", "title: [unclosed").encode()
                    + b"1.1 Text.\n", 4, "not valid YAML"),
    "missing required fields": ("fields.txt", b"---\nid: fields\ntitle: Fields\n---\n1.1 Text.\n", 4,
                                "lacks required field 'council'"),
    "impossible date": ("date.txt", FRONT.format(id="date").replace("adopted: null", "adopted: 2025-02-29").encode()
                        + b"1.1 Text.\n", 8, "adopted: '2025-02-29' is not a date"),
    "date written the British way": ("ukdate.txt", FRONT.format(id="ukdate").replace("meeting: null", "meeting: 15/07/2025")
                                     .encode() + b"1.1 Text.\n", 8, "meeting: '15/07/2025' is not a date"),
    "misspelt field": ("misspelt.txt", FRONT.format(id="misspelt").replace("council:", "counsil:").encode()
                       + b"1.1 Text.\n", 4, "unknown front-matter field 'counsil': did you mean 'council'?"),
    "empty body": ("empty.txt", FRONT.format(id="empty").encode() + b"\n   \n\n", 11, "no text after its front matter"),
}


def make_corpus(tmp_path: Path, bad: list[tuple[str, bytes]]) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "documents").mkdir(parents=True)
    for doc_id in GOOD:
        shutil.copy(ROOT / "corpus" / "documents" / f"{doc_id}.txt", corpus / "documents" / f"{doc_id}.txt")
    for name, data in bad:
        (corpus / "documents" / name).write_bytes(data)
    return corpus


def clausebook(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clausebook.cli", *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if ": error: " in line]


def assert_reported(errors: list[str], where: str, words: str, kind: str) -> None:
    """Every error is about the bad file, at the expected line; one per problem (six missing fields: six lines)."""
    assert len(errors) == (6 if kind == "missing required fields" else 1), errors
    assert all(e.startswith(where) for e in errors) and any(words in e for e in errors), errors


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_file_fails_cleanly_and_the_good_ones_are_still_read(tmp_path: Path, kind: str) -> None:
    name, data, line, words = BAD[kind]
    make_corpus(tmp_path, [(name, data)])
    where = f"corpus/documents/{name}:{line}: error: "

    exported = clausebook(tmp_path, "export", "--corpus", "corpus", "--out", "out.json")
    assert exported.returncode != 0
    assert "Traceback" not in exported.stderr
    assert_reported(error_lines(exported.stderr), where, words, kind)
    assert not (tmp_path / "out.json").exists()  # no export that silently lacks a document

    checked = clausebook(tmp_path, "check", "--corpus", "corpus")
    assert checked.returncode != 0 and "Traceback" not in checked.stderr + checked.stdout
    assert_reported(error_lines(checked.stdout), where, words, kind)
    # The good documents are still read and checked: district's section-6 anomaly is reported.
    assert "corpus/documents/district-appendix-j.txt:128: warning: unnumbered paragraph between 5.1 and 5.3" \
        in checked.stdout


def test_every_bad_file_is_reported_in_one_run(tmp_path: Path) -> None:
    make_corpus(tmp_path, [(name, data) for name, data, _, _ in BAD.values()])
    for args in (("export", "--corpus", "corpus", "--out", "out.json"), ("check", "--corpus", "corpus")):
        result = clausebook(tmp_path, *args)
        output = result.stderr if args[0] == "export" else result.stdout
        assert result.returncode != 0 and "Traceback" not in result.stderr
        errors = error_lines(output)
        for name, _, line, words in BAD.values():
            assert any(e.startswith(f"corpus/documents/{name}:{line}: error: ") and words in e for e in errors), \
                (name, output)
        assert len(errors) == len(BAD) + 5  # six lines for the six missing fields
        assert all(e.count("\n") == 0 and e.startswith("corpus/documents/") for e in errors)


def test_a_file_that_is_not_text_by_its_name_is_reported(tmp_path: Path) -> None:
    make_corpus(tmp_path, [("protocol.pdf", b"%PDF-1.7\n")])
    result = clausebook(tmp_path, "check", "--corpus", "corpus")
    assert result.returncode == 1
    assert "corpus/documents/protocol.pdf: error: not a text document: paste the text into a .txt or .md file" \
        in result.stdout.splitlines()


def test_check_json_lists_the_same_errors(tmp_path: Path) -> None:
    make_corpus(tmp_path, [(name, data) for name, data, _, _ in BAD.values()])
    result = clausebook(tmp_path, "check", "--corpus", "corpus", "--json")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = [f for f in json.loads(result.stdout) if f["severity"] == "error"]
    located = {(f["path"], f["line"]) for f in errors}
    assert located == {(f"corpus/documents/{name}", line) for name, _, line, _ in BAD.values()}
    assert len(errors) == len(BAD) + 5


def test_both_files_sharing_an_id_are_named(tmp_path: Path) -> None:
    """A copy made for a new version, its id not yet changed: only the officer knows which file is wrong."""
    corpus = make_corpus(tmp_path, [])
    shutil.copy(corpus / "documents" / "north-norfolk.txt", corpus / "documents" / "north-norfolk-2025.txt")
    result = clausebook(tmp_path, "check", "--corpus", "corpus")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert error_lines(result.stdout) == [
        "corpus/documents/north-norfolk-2025.txt:2: error: duplicate document id 'north-norfolk' "
        "(also used by corpus/documents/north-norfolk.txt)",
        "corpus/documents/north-norfolk.txt:2: error: duplicate document id 'north-norfolk' "
        "(also used by corpus/documents/north-norfolk-2025.txt)",
    ]


def test_a_misspelt_optional_field_is_an_error_not_a_silent_loss(tmp_path: Path) -> None:
    """'supercedes' ignored with a warning would leave the new version unlinked from the old without a word."""
    text = FRONT.format(id="north-norfolk-2025").removesuffix("---\n") + "supercedes: north-norfolk\n---\n"
    make_corpus(tmp_path, [("new.txt", text.encode() + b"1.1 Text.\n")])
    result = clausebook(tmp_path, "check", "--corpus", "corpus")
    assert result.returncode == 1
    assert error_lines(result.stdout) == [
        "corpus/documents/new.txt:10: error: unknown front-matter field 'supercedes': did you mean 'supersedes'?"]


def test_an_office_lock_file_beside_a_document_is_not_read(tmp_path: Path) -> None:
    make_corpus(tmp_path, [("~$protocol.txt", b"\x12\x00owner\x00")])
    result = clausebook(tmp_path, "check", "--corpus", "corpus")
    assert result.returncode == 0, result.stdout
    assert "~$protocol" not in result.stdout


def test_an_edited_body_is_reported_against_its_recorded_hash(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path, [])
    path = corpus / "documents" / "north-norfolk.txt"
    untouched = clausebook(tmp_path, "check", "--corpus", "corpus")
    assert "body_sha256" not in untouched.stdout
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines).replace("limited private photocopying", "limited private copying"), encoding="utf-8")
    edited = clausebook(tmp_path, "check", "--corpus", "corpus")
    assert edited.returncode == 0  # a warning: the officer may mean the change
    sha_line = next(n for n, line in enumerate(lines, 1) if line.startswith("  body_sha256:"))
    assert f"corpus/documents/north-norfolk.txt:{sha_line}: warning: the body is not the text as received " \
        "(source.body_sha256 differs): undo the edit, or record the new text's hash if the change is meant" \
        in edited.stdout.splitlines()
