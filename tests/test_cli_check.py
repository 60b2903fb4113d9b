"""`clausebook check` on the bundled corpus, through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DISTRICT = "corpus/documents/district-appendix-j.txt"
AIDE = "corpus/documents/aide-memoire-2022.txt"


def check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clausebook.cli", "check", "--corpus", "corpus", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_check_reports_the_section_6_anomaly_and_the_unresolved_paragraph_6_1() -> None:
    result = check()
    assert result.returncode == 0, result.stdout + result.stderr  # warnings only
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    expected = [
        f"{DISTRICT}:127: warning: number 5.1 is used twice (first at line 117); "
        "this one's id is district-appendix-j--5-1-dup2",
        f"{DISTRICT}:127: warning: paragraph 5.1 stands in section 6 ('Updates')",
        f"{DISTRICT}:128: warning: unnumbered paragraph between 5.1 and 5.3 (given the id district-appendix-j--6-b1)",
        f"{DISTRICT}:129: warning: paragraph 5.3 stands in section 6 ('Updates')",
        f"{AIDE}:38: warning: reference 'paragraph 6.1' resolves to nothing in this document",
    ]
    for line in expected:
        assert line in lines
    assert lines[-1].startswith("0 error(s), ") and lines[-1].endswith("warning(s) in corpus")
    # OCR suspects in Farnham's "I.1." numbering are pointed out too.
    assert "corpus/documents/farnham-2023.txt:40: warning: number printed 'I.1.' read as 1.1 " \
           "(a letter where a digit belongs: OCR?)" in lines


def test_check_json_gives_the_same_findings_as_data() -> None:
    result = check("--json")
    assert result.returncode == 0
    findings = json.loads(result.stdout)
    assert all(set(f) == {"path", "line", "message", "severity", "code"} for f in findings)
    located = {(f["path"], f["line"], f["code"]) for f in findings}
    assert (DISTRICT, 127, "numbering-duplicate") in located
    assert (DISTRICT, 128, "numbering-unnumbered") in located
    assert (AIDE, 38, "reference-unresolved") in located
    assert not any(f["code"] == "coverage" for f in findings)  # the parser accounts for every line
    text_lines = check().stdout.splitlines()[:-1]
    assert len(findings) == len(text_lines)


def test_check_strict_fails_on_warnings() -> None:
    assert check("--strict").returncode == 1


def test_check_on_a_missing_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "clausebook.cli", "check", "--corpus", str(tmp_path / "nowhere")],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "nowhere" in result.stderr and "Traceback" not in result.stderr
