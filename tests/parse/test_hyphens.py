"""A word broken at a line end: each evidence rule of clausebook.parse.hyphens on a two-line clause."""

from __future__ import annotations

import pytest

from parse_helpers import parse_text

CASES = [
    # (why, the clause's two lines and any text elsewhere in the document, the clause's text)
    ("a syllable: joined", "1.1 All correspon-\ndence is filed.", "All correspondence is filed."),
    ("a function word never opens a compound: joined", "1.1 Treat one an-\nother well.", "Treat one another well."),
    ("the joined word written elsewhere: joined", "1.1 The well-\nbeing of staff.\n\n1.2 Staff wellbeing matters.",
     "The wellbeing of staff."),
    ("the compound written elsewhere: kept", "1.1 Officers ex-\nofficio attend.\n\n1.2 An ex-officio member.",
     "Officers ex-officio attend."),
    ("a compound of three parts: kept", "1.1 Meet face-to-\nface.", "Meet face-to-face."),
    ("the next line goes on with the compound: kept", "1.1 Keep it up-\nto-date.", "Keep it up-to-date."),
    ("a prefix British English hyphenates: kept", "1.1 Members co-\noperate.", "Members co-operate."),
    ("both pieces words of the document: kept",
     "1.1 Decision-\nmaking is shared.\n\n1.2 A decision needs making.", "Decision-making is shared."),
    ("a capital after the hyphen: a compound, no space", "1.1 Non-\nCouncil bodies.", "Non-Council bodies."),
    ("a hyphen left hanging for a later word: kept with its space", "1.1 In pre-\nand post-election periods.",
     "In pre- and post-election periods."),
    ("a prefix before a word the document uses: kept",
     "1.1 During the pre-\nelection period.\n\n1.2 An election is called.", "During the pre-election period."),
    ("a prefix-like syllable before a short word: joined",
     "1.1 Officers pre-\nsent reports.\n\n1.2 Letters are sent.", "Officers present reports."),
    ("a compound's second half after a noun: kept", "1.1 Shared decision-\nmaking matters.",
     "Shared decision-making matters."),
]


@pytest.mark.parametrize("why, body, text", CASES, ids=[c[0] for c in CASES])
def test_word_broken_at_line_end(why: str, body: str, text: str) -> None:
    clause = parse_text(body).clauses[0]
    assert (clause.text, clause.lines) == (text, (1, 2))
