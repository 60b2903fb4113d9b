"""What changed outside the clauses: front matter, title block and the "Policy details" table."""

from __future__ import annotations

import json
from pathlib import Path

from clausebook.cli import main
from clausebook.compare import compare
from clausebook.compare.sources import read_version

REPO = Path(__file__).resolve().parents[1]
FARNHAM = REPO / "corpus" / "documents" / "farnham-2023.txt"


def _draft(tmp_path: Path) -> Path:
    """Farnham's protocol as a committee would redraft its description: new purpose, status and review date."""
    text = FARNHAM.read_text(encoding="utf-8")
    text = text.replace("status: adopted", "status: draft").replace("review_due: 2026", "review_due: 2029")
    text = text.replace("is to guide councillors and officers", "is to set binding standards for councillors and officers")
    draft = tmp_path / "farnham-2025.txt"
    draft.write_text(text.replace("id: farnham-2023", "id: farnham-2025"), encoding="utf-8")
    return draft


def test_the_documents_own_description_is_compared_by_name(tmp_path: Path) -> None:
    comparison = compare(read_version(FARNHAM), read_version(_draft(tmp_path)))
    assert [(d.name, d.old, d.new) for d in comparison.details][:2] == [
        ("status", "adopted", "draft"), ("dates: review_due", "2026", "2029")]
    purpose = comparison.details[2]
    assert purpose.name == "Purpose" and purpose.new.startswith("The purpose of this Protocol is to set binding")
    assert [run.text for run in purpose.diff if run.op != "equal"] == [" guide", " set binding standards for"]
    assert comparison.counts()["unchanged"] == len(comparison.changes)  # the clauses themselves did not change


def test_every_format_shows_them_before_the_clauses(tmp_path: Path, capsys) -> None:
    draft = str(_draft(tmp_path))
    assert main(["compare", str(FARNHAM), draft]) == 0
    out = capsys.readouterr().out
    assert "Document details:\n    status: [-adopted-]{+draft+}\n    dates: review_due: [-2026-]{+2029+}\n" in out
    assert main(["compare", str(FARNHAM), draft, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["details"][0] == {"name": "status", "old": "adopted", "new": "draft"}
    assert main(["compare", str(FARNHAM), draft, "--format", "html"]) == 0
    assert '<tr><th scope="row">Purpose</th>' in capsys.readouterr().out


def test_a_version_against_itself_has_no_detail_changes() -> None:
    parsed = read_version(FARNHAM)
    assert compare(parsed, parsed).details == ()


def test_typography_alone_is_no_change_of_detail(tmp_path: Path) -> None:
    text = FARNHAM.read_text(encoding="utf-8").replace("id: farnham-2023", "id: farnham-2025")
    curly = tmp_path / "farnham-2025.txt"
    curly.write_text(text.replace("Relationships with one another", "Relationships with one another \u2013 and "
                                  "the council's staff").replace("Policy details", "Policy details"), encoding="utf-8")
    straight = tmp_path / "farnham-2025b.txt"
    straight.write_text(curly.read_text(encoding="utf-8").replace("\u2013", "-").replace("council's", "council\u2019s"),
                        encoding="utf-8")
    assert compare(read_version(curly), read_version(straight)).details == ()
