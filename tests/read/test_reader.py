"""The reader on files written for the purpose: each front-matter rule, line numbers, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausebook.parse import parse_document
from clausebook.read import load_corpus, read_document

FRONT = {
    "id": "sample", "title": "A protocol", "council": "Test Council", "council_type": "district", "kind": "protocol",
    "status": "adopted", "dates": "{adopted: 2023-03, review_due: null, meeting: null}",
    "source": "{published_as: test}",
}


def write(folder: Path, name: str, body: str = "1. Scope\n\n1.1 Text.\n", newline: str = "\n", prefix: str = "",
          **fields: str | None) -> Path:
    """A corpus file whose front matter is FRONT with ``fields`` replaced (None drops a field)."""
    meta = {**FRONT, **fields}
    lines = ["---", *[f"{key}: {value}" for key, value in meta.items() if value is not None], "---", *body.split("\n")]
    path = folder / name
    path.write_bytes((prefix + newline.join(lines)).encode("utf-8"))
    return path


def messages(path: Path) -> list[tuple[int | None, str, str]]:
    _, problems = read_document(path)
    return [(p.line, p.severity, p.message) for p in problems]


@pytest.mark.parametrize(("fields", "expected"), [
    ({"id": "North Norfolk"}, (2, "error", "id 'North Norfolk' must be lower-case letters and digits joined by single hyphens")),
    ({"title": '""'}, (3, "error", "'title' must be non-empty text")),
    ({"kind": "policy"}, (6, "error", "kind 'policy' is not one of protocol, aide-memoire, committee-report")),
    ({"status": "approved"}, (7, "error", "status 'approved' is not one of adopted, draft, issued, superseded, report")),
    ({"council": "[a, b]"}, (4, "error", "'council' must be text, or null where the source names none")),
    ({"dates": "2023"}, (8, "error", "'dates' must be a mapping (adopted, review_due, meeting)")),
    ({"source": "a web page"}, (9, "error", "'source' must be a mapping saying where the text was published")),
    ({"parts": "[{id: Report, title: R, starts_with: X}]"},
     (10, "error", "part id 'Report' must be lower-case letters, digits, hyphens")),
    ({"parts": "[{id: report}]"}, (10, "error", "part 1 needs id, title and starts_with")),
])
def test_front_matter_rules(tmp_path: Path, fields: dict[str, str], expected: tuple) -> None:
    path = write(tmp_path, "doc.txt", **fields)
    assert messages(path) == [expected]
    assert read_document(path)[0] is None


def test_warnings_do_not_stop_a_document(tmp_path: Path) -> None:
    path = write(tmp_path, "doc.txt", colour="blue", dates="{adopted: null, review_due: null, meeting: null, signed: 2020}")
    assert sorted(messages(path)) == [(8, "warning", "unknown date 'signed' (expected adopted, review_due, meeting)"),
                                      (10, "warning", "unknown front-matter field 'colour' (ignored)")]
    document, _ = read_document(path)
    assert document is not None and document.meta["dates"]["adopted"] is None


def test_null_council_is_allowed_and_dates_become_text(tmp_path: Path) -> None:
    document, problems = read_document(write(tmp_path, "doc.txt", council="null"))
    assert problems == [] and document is not None
    assert document.meta["council"] is None and document.meta["dates"]["adopted"] == "2023-03"


@pytest.mark.parametrize(("newline", "prefix"), [("\n", ""), ("\r\n", ""), ("\n", "\ufeff"), ("\n", "\ufeff\ufeff")])
def test_line_numbers_survive_crlf_and_a_byte_order_mark(tmp_path: Path, newline: str, prefix: str) -> None:
    document, problems = read_document(write(tmp_path, "doc.txt", newline=newline, prefix=prefix))
    assert problems == [] and document is not None
    assert document.first_line == 11 and document.lines[0] == "1. Scope"
    assert all("\r" not in line for line in document.lines)


def test_corpus_folder_reads_txt_and_md_skips_hidden_files_and_reports_others(tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "documents"
    folder.mkdir(parents=True)
    write(folder, "a.txt", id="a")
    write(folder, "b.md", id="b")
    write(folder, ".hidden.txt", id="hidden")
    (folder / "c.docx").write_bytes(b"PK\x03\x04")
    documents, _, problems = load_corpus(tmp_path / "corpus")
    assert [d.id for d in documents] == ["a", "b"]
    assert [(Path(p.path).name, p.message) for p in problems] == [
        ("c.docx", "not a text document: paste the text into a .txt or .md file")]


def test_a_corpus_without_a_documents_folder_says_so(tmp_path: Path) -> None:
    documents, _, problems = load_corpus(tmp_path)
    assert documents == [] and [p.message for p in problems] == ["no 'documents' folder of corpus documents here"]


def test_invisible_and_misread_characters_are_read_as_meant_and_misencoding_is_reported(tmp_path: Path) -> None:
    """A zero-width space hiding "5.3", soft hyphens, OCR's ligatures and "â€™" for an apostrophe."""
    body = ("5. Conduct\n\n5.2 Officers are asked to under\u00adtake work.\n\u200b5.3 The Council\u00e2\u20ac\u2122s"
            " o\ufb03cers keep the respon\u00ad\nsibility for advice.\n\ufeff5.4 Caf\u00e9\u2019s rule stands.")
    path = write(tmp_path, "doc.txt", body=body)
    document, problems = read_document(path)
    assert document is not None
    assert document.lines == ("5. Conduct", "", "5.2 Officers are asked to undertake work.",
                              "5.3 The Council\u2019s officers keep the respon-", "sibility for advice.",
                              "5.4 Caf\u00e9\u2019s rule stands.")
    assert [(p.line, p.severity, p.message) for p in problems] == [
        (14, "warning", "text saved in the wrong encoding on 1 line(s), read as meant ('\u00e2\u20ac\u2122' as '\u2019'): "
                        "re-save the source as UTF-8 to fix the file")]
    assert [c.text for c in parse_document(document).clauses][1:] == [
        "Officers are asked to undertake work.", "The Council\u2019s officers keep the responsibility for advice.",
        "Caf\u00e9\u2019s rule stands."]


def test_small_capitals_set_as_letters_of_their_own_are_read_as_the_letters_they_show(tmp_path: Path) -> None:
    """ "Sᴇᴄᴛɪᴏɴ 3 Rᴏʟᴇꜱ" is unreadable to the parser, the search and a screen reader: its id was "s-3-r-m-o"."""
    body = ("Sᴇᴄᴛɪᴏɴ 2 Iɴᴛʀᴏᴅᴜᴄᴛɪᴏɴ\n\n2.1 Members lead.\n\n"
            "Sᴇᴄᴛɪᴏɴ 3 Rᴏʟᴇꜱ ᴏꜰ Mᴇᴍʙᴇʀꜱ ᴀɴᴅ Oꜰꜰɪᴄᴇʀꜱ\n\n3.1 Officers advise.")
    document, problems = read_document(write(tmp_path, "doc.txt", body=body))
    assert document is not None and problems == []
    clauses = parse_document(document).clauses
    assert [(c.label, c.text) for c in clauses if c.kind == "section"] == [
        ("section-2", "Section 2 Introduction"), ("section-3", "Section 3 Roles of Members and Officers")]
