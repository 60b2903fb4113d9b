"""`clausebook compare` as a user runs it: formats, corpus ids, and one-line errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clausebook.cli import main

REPO = Path(__file__).resolve().parents[1]
OLD = REPO / "corpus" / "documents" / "north-norfolk.txt"
NEW = REPO / "tests" / "fixtures" / "revisions" / "north-norfolk-2025.txt"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_json_has_one_entry_per_change_with_ids_numbers_and_diff(capsys) -> None:
    status, out, _ = run(capsys, "compare", str(OLD), str(NEW), "--format", "json")
    assert status == 0
    report = json.loads(out)
    assert report["schema"] == "clausebook/comparison@1"
    assert sum(report["counts"].values()) == len(report["changes"])
    moved = next(e for e in report["changes"] if e["old_id"] == "north-norfolk--7-9")
    assert (moved["new_id"], moved["old_number"], moved["new_number"], moved["status"]) == (
        "north-norfolk-2025--14-2", "7.9", "14.2", "moved-and-reworded")
    assert {run["op"] for run in moved["diff"]} == {"equal", "delete", "insert"}
    split = next(e for e in report["changes"] if e["status"] == "split")
    assert [c["number"] for c in split["new"]] == ["2.3", "2.4"]
    ids = [c["id"] for e in report["changes"] for c in e["old"] + e["new"]]
    assert len(ids) == len(set(ids)) == report["old"]["clauses"] + report["new"]["clauses"]
    assert len(report["successors"]) == report["old"]["clauses"]
    index = {(c["version"], c["id"]): c for c in report["clauses"]}
    assert len(index) == len(report["clauses"]) == len(ids)
    assert index[("new", "north-norfolk-2025--2-4")]["status"] == "split"  # the second part of 2.3
    assert index[("new", "north-norfolk-2025--2-4")]["counterparts"] == ["north-norfolk--2-3"]
    assert index[("old", "north-norfolk--4-2")]["status"] == "merged"
    assert report["successors"]["north-norfolk--7-9"] == "north-norfolk-2025--14-2"
    assert report["successors"]["north-norfolk--5-1"] == "north-norfolk-2025--5"  # removed: its section


def test_corpus_ids_are_looked_up_in_the_corpus(capsys) -> None:
    status, out, _ = run(capsys, "compare", "district-appendix-j", "district-appendix-j", "--corpus",
                         str(REPO / "corpus"), "--format", "json")
    report = json.loads(out)
    assert status == 0
    assert report["counts"]["unchanged"] == report["old"]["clauses"] == len(report["changes"])


def test_text_names_each_change_and_marks_words(capsys) -> None:
    status, out, _ = run(capsys, "compare", str(OLD), str(NEW))
    assert status == 0
    assert "8.5 → 3.2  moved" in out
    assert "2.3 → 2.3 + 2.4  split" in out
    assert "[-an-] {+a friendly and+}" in " ".join(out.split())
    assert "31 unchanged clause(s) not listed" in out
    assert out.splitlines()[3] == "Redline: [-words taken out-] {+words put in+}"  # the key, before any redline


def test_text_without_a_redline_has_no_key_for_one(capsys) -> None:
    status, out, _ = run(capsys, "compare", "north-norfolk", "north-norfolk", "--corpus", str(REPO / "corpus"))
    assert status == 0
    assert "Redline:" not in out and "[-" not in out


def test_html_escapes_corpus_text_and_loads_nothing(tmp_path: Path, capsys) -> None:
    hostile = NEW.read_text(encoding="utf-8").replace(
        "10.1 Members and officers who use social media",
        '10.1 <script>alert(1)</script> &lt;script&gt;alert(2)&lt;/script&gt; '
        '<img src="https://example.org/x.png"> Members & officers who use social media')
    revision = tmp_path / "hostile.txt"
    revision.write_text(hostile, encoding="utf-8")
    out_file = tmp_path / "redline.html"
    status, _, _ = run(capsys, "compare", str(OLD), str(revision), "--format", "html", "--out", str(out_file))
    page = out_file.read_text(encoding="utf-8")
    assert status == 0
    assert "<script" not in page and "<img" not in page
    # The source's entities read as the characters they stand for ("&lt;" is "<"), then escaped again: shown, never run.
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "Members &amp; officers" in page
    assert "src=" not in page and "<link" not in page and "url(" not in page


@pytest.mark.parametrize(("argv", "message"), [
    (["compare", "missing.txt", str(NEW)], "missing.txt: no such file"),
    (["compare", "no-such-document", str(NEW)], "no document or part 'no-such-document' in the corpus"),
    (["compare", "corpus", str(NEW)], "corpus: is a folder"),
    (["compare", str(OLD), str(NEW), "--out", "/"], "cannot write"),
    (["gaps", "no-such-draft"], "no document or part 'no-such-draft' in the corpus"),
])
def test_errors_are_one_line_without_traceback(argv: list[str], message: str) -> None:
    result = subprocess.run([sys.executable, "-m", "clausebook.cli", *argv], cwd=REPO, capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_front_matter_is_one_line_with_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text("---\nid: Not An Id\ntitle: [unclosed\n---\n1. Text\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "clausebook.cli", "compare", str(broken), str(NEW)],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "broken.txt:" in result.stderr and "Traceback" not in result.stderr


def test_every_mistake_in_both_versions_is_reported_at_once(tmp_path: Path) -> None:
    """One line per mistake, each naming its file (and line): the clerk fixes them all in one go."""
    broken = tmp_path / "broken.txt"
    broken.write_text("---\nid: Not An Id\ntitle: x\nstatus: maybe\n---\n1. Text\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = subprocess.run([sys.executable, "-m", "clausebook.cli", "compare", str(broken), str(missing)],
                            cwd=REPO, capture_output=True, text=True)
    lines = result.stderr.splitlines()
    assert result.returncode == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert any("broken.txt:2: error: id 'Not An Id'" in line for line in lines), lines
    assert any("broken.txt:4: error: status 'maybe'" in line for line in lines), lines
    assert lines[-1] == f"clausebook: {missing}: no such file"
    assert all(line.startswith("clausebook: ") for line in lines)


def test_a_missing_corpus_both_ids_are_looked_up_in_is_told_once(tmp_path: Path, capsys) -> None:
    status, out, err = run(capsys, "compare", "farnham-2023", "farnham-2025", "--corpus", str(tmp_path / "none"))
    assert status == 2 and out == ""
    assert err.splitlines() == [f"clausebook: {tmp_path / 'none'}: no such corpus folder"]


def test_the_new_versions_numbering_slips_are_reported_apart_from_the_redline(tmp_path: Path) -> None:
    """A draft with 7.4 twice: the clerk hears of it on standard error; the JSON on standard output stays JSON."""
    text = OLD.read_text(encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(text.replace("id: north-norfolk", "id: north-norfolk-draft").replace("\n7.5 ", "\n7.4 "),
                     encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "clausebook.cli", "compare", str(OLD), str(draft), "--format",
                             "json"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0
    json.loads(result.stdout)
    warnings = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert any(line.startswith(f"{draft}:") and "number 7.4 is used twice" in line for line in warnings), result.stderr


def test_a_corpus_id_in_a_corpus_with_a_broken_file_is_an_error_not_a_silent_skip(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    (corpus / "documents" / "broken.txt").write_text("---\nid: broken\ntitle: [unclosed\n---\n1.1 Text.\n", encoding="utf-8")
    status, out, err = run(capsys, "compare", "north-norfolk", str(NEW), "--corpus", str(corpus))
    assert status != 0 and out == ""
    assert len(err.splitlines()) >= 1 and all("broken.txt:" in line and ": error: " in line for line in err.splitlines())


def test_a_versions_warnings_are_reported_with_the_redline(tmp_path: Path, capsys) -> None:
    """Text repaired on reading ("Councilâ€™s" read back as "Council’s") is worth a clerk's look before the committee."""
    new = tmp_path / "north-norfolk-2025.txt"
    new.write_text(NEW.read_text(encoding="utf-8").replace("Council's", "Council\u00e2\u20ac\u2122s", 1),
                   encoding="utf-8")
    status, out, err = run(capsys, "compare", str(OLD), str(new))
    assert status == 0 and out
    assert any(line.startswith(f"{new}:") and ": warning: " in line and "encod" in line for line in err.splitlines())


def test_the_html_for_committee_papers_lists_the_changes_and_names_files_not_folders(capsys) -> None:
    """17 printed pages for 22 changes helps no committee; nor does the clerk's folder path."""
    status, out, _ = run(capsys, "compare", str(OLD), str(NEW), "--format", "html")
    assert status == 0
    rows = re.findall(r'<tr id="[^"]*" class="(changed|unchanged)">', out)
    assert rows and set(rows) == {"changed"}
    assert re.search(r"<caption>Each changed clause, in the order of the new version \(\d+ unchanged clauses not "
                     r"listed\)</caption>", out)
    assert str(NEW.parent) not in out and "(north-norfolk-2025.txt, " in out
    assert "<h1>Changes from Protocol on Member/Officer Relations to Protocol on Member/Officer Relations " \
           "(revised draft)</h1>" in out
    status, same, _ = run(capsys, "compare", str(OLD), str(OLD), "--format", "html")
    assert "<h1>Changes to Protocol on Member/Officer Relations</h1>" in same  # one title, said once
    status, everything, _ = run(capsys, "compare", str(OLD), str(NEW), "--format", "html", "--all")
    assert {"changed", "unchanged"} == set(re.findall(r'<tr id="[^"]*" class="(changed|unchanged)">', everything))
