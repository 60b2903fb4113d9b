"""Table-driven parser tests: one case per construct the issue lists (input text, expected clauses).

Each case states every clause the parser must produce, in order: label, kind,
number as printed, normalised number, parent label, source line span and the
start of its plain text; and the residue with its reason. Body line n is file
line n here (see parse_helpers.parse_text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from clausebook.check.numbering import numbering_problems
from parse_helpers import parse_text


@dataclass(frozen=True)
class Case:
    name: str
    body: str
    clauses: list[tuple]  # (label, kind, number, normalised, parent label, (first, last), text start)
    residue: list[tuple] = field(default_factory=list)  # (reason, (first, last))
    headings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # label -> heading path


CASES = [
    Case(
        "decimal numbering and numbered section headings",
        "2. Roles of Members and Officers\n\n2.1 Members set policy.\n\n2.2 Officers advise.\n\n"
        "10. Media Relations\n\n10.1 The press office helps.\n\n10.5 Statements are cleared.",
        [
            ("2", "section", "2.", "2", None, (1, 1), "Roles of Members and Officers"),
            ("2-1", "paragraph", "2.1", "2.1", "2", (3, 3), "Members set policy."),
            ("2-2", "paragraph", "2.2", "2.2", "2", (5, 5), "Officers advise."),
            ("10", "section", "10.", "10", None, (7, 7), "Media Relations"),
            ("10-1", "paragraph", "10.1", "10.1", "10", (9, 9), "The press office helps."),
            ("10-5", "paragraph", "10.5", "10.5", "10", (11, 11), "Statements are cleared."),
        ],
        headings={"2": (), "2-1": ("2. Roles of Members and Officers",), "10-5": ("10. Media Relations",)},
    ),
    Case(
        "a numbered paragraph after a sub-heading of a numbered section is not under that sub-heading",
        "1. Roles\n\n1.1 Members set policy.\n\nMembers\n\n2. Officers must not act for a party.\n\n2.1 More text.",
        [
            ("1", "section", "1.", "1", None, (1, 1), "Roles"),
            ("1-1", "paragraph", "1.1", "1.1", "1", (3, 3), "Members set policy."),
            ("1-h1", "heading", None, None, "1", (5, 5), "Members"),
            ("2", "paragraph", "2.", "2", None, (7, 7), "Officers must not act for a party."),
            ("2-1", "paragraph", "2.1", "2.1", "2", (9, 9), "More text."),
        ],
        headings={"2": (), "2-1": ()},
    ),
    Case(
        "approval and review lines are document control; a wrapped 'adopted by ... 2019' stays in its sentence",
        "1. Purpose\n\n1.1 This protocol replaces the one that was\nadopted by the Council in 2019\n"
        "and is reviewed each year.\n\nApproved by Council 12 May 2023\nReview date: May 2026",
        [
            ("1", "section", "1.", "1", None, (1, 1), "Purpose"),
            ("1-1", "paragraph", "1.1", "1.1", "1", (3, 5),
             "This protocol replaces the one that was adopted by the Council in 2019 and is reviewed each year."),
        ],
        residue=[("document control", (7, 7)), ("document control", (8, 8))],
    ),
    Case(
        "'1.0 INTRODUCTION' numbers section 1",
        "1.0 INTRODUCTION\n\n1.1 Text one.\n\n2.0 Roles of Members\n\n2.1 Text two.\n\n2.10 Tenth.",
        [
            ("1", "section", "1.0", "1", None, (1, 1), "INTRODUCTION"),
            ("1-1", "paragraph", "1.1", "1.1", "1", (3, 3), "Text one."),
            ("2", "section", "2.0", "2", None, (5, 5), "Roles of Members"),
            ("2-1", "paragraph", "2.1", "2.1", "2", (7, 7), "Text two."),
            ("2-10", "paragraph", "2.10", "2.10", "2", (9, 9), "Tenth."),
        ],
    ),
    Case(
        "sections numbered in capital roman numerals",
        "I. INTRODUCTION\n\n1.1 Text one.\n\nII. ROLES\n\n2.1 Text two.\n\nIV. Fourth Part\n\nMIX. not a number.",
        [
            ("1", "section", "I.", "1", None, (1, 1), "INTRODUCTION"),
            ("1-1", "paragraph", "1.1", "1.1", "1", (3, 3), "Text one."),
            ("2", "section", "II.", "2", None, (5, 5), "ROLES"),
            ("2-1", "paragraph", "2.1", "2.1", "2", (7, 7), "Text two."),
            ("4", "section", "IV.", "4", None, (9, 9), "Fourth Part"),
            ("4-p1", "paragraph", None, None, "4", (11, 11), "MIX. not a number."),
        ],
    ),
    Case(
        "Markdown headings in a .md file: the # marks are not text",
        "# PROTOCOL ON RELATIONS\n\n## 1. Introduction\n\n1.1 Text one.\n\n### Members\n\n1.2 Text two.",
        [
            ("1", "section", "1.", "1", None, (3, 3), "Introduction"),
            ("1-1", "paragraph", "1.1", "1.1", "1", (5, 5), "Text one."),
            ("1-h1", "heading", None, None, "1", (7, 7), "Members"),
            ("1-2", "paragraph", "1.2", "1.2", "1", (9, 9), "Text two."),
        ],
        residue=[("title block", (1, 1))],
        headings={"1-2": ("1. Introduction", "Members")},
    ),
    Case(
        "three-level decimal numbering",
        "3. Expectations\n\n3.1 Members can expect:\n\n3.1.1 a working partnership;\n\n3.1.2 timely replies.\n\n3.2 Officers can expect courtesy.",
        [
            ("3", "section", "3.", "3", None, (1, 1), "Expectations"),
            ("3-1", "paragraph", "3.1", "3.1", "3", (3, 3), "Members can expect:"),
            ("3-1-1", "paragraph", "3.1.1", "3.1.1", "3-1", (5, 5), "a working partnership;"),
            ("3-1-2", "paragraph", "3.1.2", "3.1.2", "3-1", (7, 7), "timely replies."),
            ("3-2", "paragraph", "3.2", "3.2", "3", (9, 9), "Officers can expect courtesy."),
        ],
    ),
    Case(
        "lettered items, with (i) after (h) read as a letter",
        "3.1 Members can expect from Officers:\n (a) a commitment to the Council;\n (b) a working partnership;\n"
        " (c) timely replies;\n (d) advice;\n (e) information;\n (f) awareness;\n (g) respect;\n (h) integrity;\n"
        " (i) training and development.",
        [("3-1", "paragraph", "3.1", "3.1", None, (1, 1), "Members can expect from Officers:")]
        + [(f"3-1-{letter}", "item", f"({letter})", f"3.1({letter})", "3-1", (n, n), "")
           for n, letter in enumerate("abcdefghi", start=2)],
    ),
    Case(
        "roman sub-items under lettered items",
        "5.1 Officers may attend a group meeting only if:\n(a) the Group Leader invites them;\n"
        "(b) the Chief Executive agrees, having regard to:\n(i) the business;\n(ii) fairness to other groups; and\n"
        "(iii) any election period;\n(c) the meeting is on Council premises.",
        [
            ("5-1", "paragraph", "5.1", "5.1", None, (1, 1), "Officers may attend"),
            ("5-1-a", "item", "(a)", "5.1(a)", "5-1", (2, 2), "the Group Leader invites them;"),
            ("5-1-b", "item", "(b)", "5.1(b)", "5-1", (3, 3), "the Chief Executive agrees"),
            ("5-1-b-i", "item", "(i)", "5.1(b)(i)", "5-1-b", (4, 4), "the business;"),
            ("5-1-b-ii", "item", "(ii)", "5.1(b)(ii)", "5-1-b", (5, 5), "fairness to other groups; and"),
            ("5-1-b-iii", "item", "(iii)", "5.1(b)(iii)", "5-1-b", (6, 6), "any election period;"),
            ("5-1-c", "item", "(c)", "5.1(c)", "5-1", (7, 7), "the meeting is on Council premises."),
        ],
    ),
    Case(
        "parenthesised numbers under an ALL-CAPS heading, with letters inside",
        "ROLES OF COUNCILLORS\n\n(1) Councillors set policy.\n\n(2) Councillors must not:\n   (a) instruct officers; or\n"
        "   (b) press for a view.\n\n(3) Councillors represent their wards.",
        [
            ("roles-of-councillors", "section", None, None, None, (1, 1), "ROLES OF COUNCILLORS"),
            ("roles-of-councillors-1", "item", "(1)", "(1)", "roles-of-councillors", (3, 3), "Councillors set policy."),
            ("roles-of-councillors-2", "item", "(2)", "(2)", "roles-of-councillors", (5, 5), "Councillors must not:"),
            ("roles-of-councillors-2-a", "item", "(a)", "(2)(a)", "roles-of-councillors-2", (6, 6), "instruct officers; or"),
            ("roles-of-councillors-2-b", "item", "(b)", "(2)(b)", "roles-of-councillors-2", (7, 7), "press for a view."),
            ("roles-of-councillors-3", "item", "(3)", "(3)", "roles-of-councillors", (9, 9), "Councillors represent"),
        ],
        headings={"roles-of-councillors-2-a": ("ROLES OF COUNCILLORS",)},
    ),
    Case(
        "Word-style 'a.' and 'i.' items, bracketed capitals '(A)' as a list of their own",
        "1.1 Members must:\na. set policy;\nb. represent wards.\n\n1.2 Officers must:\ni. advise;\nii. implement.\n\n"
        "1.3 Also:\n(A) first;\n(a) nested;\n(b) nested two;\n(B) second.",
        [
            ("1-1", "paragraph", "1.1", "1.1", None, (1, 1), "Members must:"),
            ("1-1-a", "item", "a.", "1.1(a)", "1-1", (2, 2), "set policy;"),
            ("1-1-b", "item", "b.", "1.1(b)", "1-1", (3, 3), "represent wards."),
            ("1-2", "paragraph", "1.2", "1.2", None, (5, 5), "Officers must:"),
            ("1-2-i", "item", "i.", "1.2(i)", "1-2", (6, 6), "advise;"),
            ("1-2-ii", "item", "ii.", "1.2(ii)", "1-2", (7, 7), "implement."),
            ("1-3", "paragraph", "1.3", "1.3", None, (9, 9), "Also:"),
            ("1-3-a", "item", "(A)", "1.3(A)", "1-3", (10, 10), "first;"),
            ("1-3-a-a", "item", "(a)", "1.3(A)(a)", "1-3-a", (11, 11), "nested;"),
            ("1-3-a-b", "item", "(b)", "1.3(A)(b)", "1-3-a", (12, 12), "nested two;"),
            ("1-3-b", "item", "(B)", "1.3(B)", "1-3", (13, 13), "second."),
        ],
    ),
    Case(
        "constitution-wide numbers (8.63) keep their printed value",
        "8. Member/Officer Relations\n\n8.63 Officers serve the whole Council.\n\n8.64 Members respect impartiality.",
        [
            ("8", "section", "8.", "8", None, (1, 1), "Member/Officer Relations"),
            ("8-63", "paragraph", "8.63", "8.63", "8", (3, 3), "Officers serve the whole Council."),
            ("8-64", "paragraph", "8.64", "8.64", "8", (5, 5), "Members respect impartiality."),
        ],
    ),
    Case(
        "numbers on a line of their own",
        "1.\nIntroduction\n\n1.1\nThis protocol guides members.\n\n1.2\n\nIt sits with the Codes of Conduct.",
        [
            ("1", "section", "1.", "1", None, (1, 2), "Introduction"),
            ("1-1", "paragraph", "1.1", "1.1", "1", (4, 5), "This protocol guides members."),
            ("1-2", "paragraph", "1.2", "1.2", "1", (7, 9), "It sits with the Codes of Conduct."),
        ],
    ),
    Case(
        "text flattened onto one line, references and Acts left alone",
        "1. Introduction 1.1 This protocol applies under the Local Government Act 1972 and paragraph 1.2 below. "
        "1.2 Members must: (a) act fairly; (b) be courteous; and (c) keep confidences. 2. Roles 2.1 Officers advise.",
        [
            ("1", "section", "1.", "1", None, (1, 1), "Introduction"),
            ("1-1", "paragraph", "1.1", "1.1", "1", (1, 1),
             "This protocol applies under the Local Government Act 1972 and paragraph 1.2 below."),
            ("1-2", "paragraph", "1.2", "1.2", "1", (1, 1), "Members must:"),
            ("1-2-a", "item", "(a)", "1.2(a)", "1-2", (1, 1), "act fairly;"),
            ("1-2-b", "item", "(b)", "1.2(b)", "1-2", (1, 1), "be courteous; and"),
            ("1-2-c", "item", "(c)", "1.2(c)", "1-2", (1, 1), "keep confidences."),
            ("2", "section", "2.", "2", None, (1, 1), "Roles"),
            ("2-1", "paragraph", "2.1", "2.1", "2", (1, 1), "Officers advise."),
        ],
    ),
    Case(
        "bullet points flattened into one line are items of their own",
        "1.1 Members should: \u2022 be courteous; \u2022 be punctual. 1.2 Officers advise.",
        [
            ("1-1", "paragraph", "1.1", "1.1", None, (1, 1), "Members should:"),
            ("1-1-b1", "item", None, None, "1-1", (1, 1), "be courteous;"),
            ("1-1-b2", "item", None, None, "1-1", (1, 1), "be punctual."),
            ("1-2", "paragraph", "1.2", "1.2", None, (1, 1), "Officers advise."),
        ],
    ),
    Case(
        "hyphen bullets under a lead-in get positional labels",
        "7.2 A Director may attend a Group meeting, provided that:\n\n- the meeting is on Council premises;\n"
        "- notice is given to the other Group Leaders.\n\n7.3 Officers must not advise on party business.",
        [
            ("7-2", "paragraph", "7.2", "7.2", None, (1, 1), "A Director may attend"),
            ("7-2-b1", "item", None, None, "7-2", (3, 3), "the meeting is on Council premises;"),
            ("7-2-b2", "item", None, None, "7-2", (4, 4), "notice is given"),
            ("7-3", "paragraph", "7.3", "7.3", None, (6, 6), "Officers must not advise"),
        ],
    ),
    Case(
        "round bullets and <li> items",
        "THE PROTOCOL COVERS\n\n\u2022 roles and responsibilities;\n\u2022 relationships;\n\n"
        "Members should:\n<li>be courteous</li>\n<li>respect impartiality</li>",
        [
            ("the-protocol-covers", "section", None, None, None, (1, 1), "THE PROTOCOL COVERS"),
            ("the-protocol-covers-b1", "item", None, None, "the-protocol-covers", (3, 3), "roles and responsibilities;"),
            ("the-protocol-covers-b2", "item", None, None, "the-protocol-covers", (4, 4), "relationships;"),
            ("the-protocol-covers-p1", "paragraph", None, None, "the-protocol-covers", (6, 6), "Members should:"),
            ("the-protocol-covers-p1-b1", "item", None, None, "the-protocol-covers-p1", (7, 7), "be courteous"),
            ("the-protocol-covers-p1-b2", "item", None, None, "the-protocol-covers-p1", (8, 8), "respect impartiality"),
        ],
    ),
    Case(
        "bullets carrying numbers are numbered clauses",
        "1. Introduction\n\n- 1.1 The relationship matters.\n- 1.2 Read it with the Codes.\n\n4.2 Reports:\n"
        "- (a) any group may ask for a report;\n - (b) reports state facts only.",
        [
            ("1", "section", "1.", "1", None, (1, 1), "Introduction"),
            ("1-1", "paragraph", "1.1", "1.1", "1", (3, 3), "The relationship matters."),
            ("1-2", "paragraph", "1.2", "1.2", "1", (4, 4), "Read it with the Codes."),
            ("4-2", "paragraph", "4.2", "4.2", "1", (6, 6), "Reports:"),
            ("4-2-a", "item", "(a)", "4.2(a)", "4-2", (7, 7), "any group may ask for a report;"),
            ("4-2-b", "item", "(b)", "4.2(b)", "4-2", (8, 8), "reports state facts only."),
        ],
    ),
    Case(
        "OCR 'I.1' read as 1.1, printed form kept",
        "I. Introduction\n\n- I.1. The Protocol builds good relationships.\n- I.2. Trust is essential.\n"
        "- l.3 A lower-case L stands for 1 too.\n- 1.O And a capital O for 0.\n\n2. Background",
        [
            ("1", "section", "I.", "1", None, (1, 1), "Introduction"),
            ("1-1", "paragraph", "I.1.", "1.1", "1", (3, 3), "The Protocol builds good relationships."),
            ("1-2", "paragraph", "I.2.", "1.2", "1", (4, 4), "Trust is essential."),
            ("1-3", "paragraph", "l.3", "1.3", "1", (5, 5), "A lower-case L stands for 1 too."),
            ("1-0", "paragraph", "1.O", "1.0", "1", (6, 6), "And a capital O for 0."),
            ("2", "section", "2.", "2", None, (8, 8), "Background"),
        ],
    ),
    Case(
        "OCR damage among two-digit numbers: '5.l0', '5.1l', 'l0.'",
        "5. Conduct\n\n5.9 Ninth.\n5.l0 Tenth.\n5.1l Eleventh.\n5.12 Twelfth.\n\nl0. Review\n\nl0.1 O2 and I are no numbers.",
        [
            ("5", "section", "5.", "5", None, (1, 1), "Conduct"),
            ("5-9", "paragraph", "5.9", "5.9", "5", (3, 3), "Ninth."),
            ("5-10", "paragraph", "5.l0", "5.10", "5", (4, 4), "Tenth."),
            ("5-11", "paragraph", "5.1l", "5.11", "5", (5, 5), "Eleventh."),
            ("5-12", "paragraph", "5.12", "5.12", "5", (6, 6), "Twelfth."),
            ("10", "section", "l0.", "10", None, (8, 8), "Review"),
            ("10-1", "paragraph", "l0.1", "10.1", "10", (10, 10), "O2 and I are no numbers."),
        ],
    ),
    Case(
        "numbering anomalies kept as printed with unique ids",
        "6. Updates\n\n- 5.1 The workplace changes.\n- The role of Members is not static.\n- 5.3 The Monitoring Officer may update it.\n"
        "- 5.1 A second 5.1 is still kept.",
        [
            ("6", "section", "6.", "6", None, (1, 1), "Updates"),
            ("5-1", "paragraph", "5.1", "5.1", "6", (3, 3), "The workplace changes."),
            ("6-b1", "item", None, None, "6", (4, 4), "The role of Members is not static."),
            ("5-3", "paragraph", "5.3", "5.3", "6", (5, 5), "The Monitoring Officer may update it."),
            ("5-1-dup2", "paragraph", "5.1", "5.1", "6", (6, 6), "A second 5.1 is still kept."),
        ],
    ),
    Case(
        "a clause continued after a blank line or a page break is joined back",
        "5.2 Where the Officer concerned is a Head of Service\n\nor Chief Officer, the matter goes to the Chief Executive.\n\n"
        "5.3 If the complaint concerns a Strategic\n\nPage 7 of 12\n\nDirector or Assistant Director, it goes to the Leader.\n\n"
        "5.4 Members should have regard to the seniority\nof Officers.",
        [
            ("5-2", "paragraph", "5.2", "5.2", None, (1, 3),
             "Where the Officer concerned is a Head of Service or Chief Officer, the matter goes"),
            ("5-3", "paragraph", "5.3", "5.3", None, (5, 9),
             "If the complaint concerns a Strategic Director or Assistant Director, it goes to the Leader."),
            ("5-4", "paragraph", "5.4", "5.4", None, (11, 12), "Members should have regard to the seniority of Officers."),
        ],
        residue=[("page number", (7, 7))],
    ),
    Case(
        "unnumbered document: ALL-CAPS headings, sub-headings, paragraphs",
        "DEFINING THE ROLES\n\nMutual trust is essential.\n\nBoth Officers and Members\n\n- Adhere to the Codes\n"
        "- Act as ambassadors\n\nCeremonial events\n\nThe Chairman leads ceremonial events.\n\nPERSONAL RELATIONSHIPS\n\n"
        "Close relationships confuse roles.",
        [
            ("defining-the-roles", "section", None, None, None, (1, 1), "DEFINING THE ROLES"),
            ("defining-the-roles-p1", "paragraph", None, None, "defining-the-roles", (3, 3), "Mutual trust is essential."),
            ("defining-the-roles-h1", "heading", None, None, "defining-the-roles", (5, 5), "Both Officers and Members"),
            ("defining-the-roles-h1-b1", "item", None, None, "defining-the-roles-h1", (7, 7), "Adhere to the Codes"),
            ("defining-the-roles-h1-b2", "item", None, None, "defining-the-roles-h1", (8, 8), "Act as ambassadors"),
            ("defining-the-roles-h2", "heading", None, None, "defining-the-roles", (10, 10), "Ceremonial events"),
            ("defining-the-roles-h2-p1", "paragraph", None, None, "defining-the-roles-h2", (12, 12), "The Chairman leads"),
            ("personal-relationships", "section", None, None, None, (14, 14), "PERSONAL RELATIONSHIPS"),
            ("personal-relationships-p1", "paragraph", None, None, "personal-relationships", (16, 16), "Close relationships"),
        ],
        headings={
            "defining-the-roles-h1-b1": ("DEFINING THE ROLES", "Both Officers and Members"),
            "defining-the-roles-h2": ("DEFINING THE ROLES",),
            "defining-the-roles-h2-p1": ("DEFINING THE ROLES", "Ceremonial events"),
            "personal-relationships-p1": ("PERSONAL RELATIONSHIPS",),
        },
    ),
    Case(
        "wrapped text without blank lines: a sentence ending well short of the wrap width ends its paragraph",
        "THE RELATIONSHIP\n"
        "Councillors and officers work together in the public interest, to serve the local\n"
        "community and to address local priorities. Councillors are answerable to the\n"
        "electorate and serve until their term of office expires.\n"
        "Officers are employed by, and are responsible to, the Council as a whole. They are\n"
        "not answerable to any one political party or any individual Councillor. Officers\n"
        "are subject to the Council's procedures.\n"
        "Both Councillors and officers must observe the Seven Principles of Public Life which\n"
        "outline the ethical standards to which those working in the public sector are\n"
        "expected to adhere.",
        [
            ("the-relationship", "section", None, None, None, (1, 1), "THE RELATIONSHIP"),
            ("the-relationship-p1", "paragraph", None, None, "the-relationship", (2, 4), "Councillors and officers"),
            ("the-relationship-p2", "paragraph", None, None, "the-relationship", (5, 7), "Officers are employed"),
            ("the-relationship-p3", "paragraph", None, None, "the-relationship", (8, 10), "Both Councillors"),
        ],
    ),
    Case(
        "numbered sections inside 'Part' divisions, numbering restarting in each Part",
        "Protocol X\n\nPART 5 – CODES\n\n1. Introduction\n\n1.1 Text one.\n(a) item\n\nPART 6 – OTHER\n\n"
        "1. Introduction\n\n1.1 Text three.",
        [
            ("part-5", "section", None, None, None, (3, 3), "PART 5 – CODES"),
            ("part-5-1", "section", "1.", "1", "part-5", (5, 5), "Introduction"),
            ("part-5-1-1", "paragraph", "1.1", "1.1", "part-5-1", (7, 7), "Text one."),
            ("part-5-1-1-a", "item", "(a)", "1.1(a)", "part-5-1-1", (8, 8), "item"),
            ("part-6", "section", None, None, None, (10, 10), "PART 6 – OTHER"),
            ("part-6-1", "section", "1.", "1", "part-6", (12, 12), "Introduction"),
            ("part-6-1-1", "paragraph", "1.1", "1.1", "part-6-1", (14, 14), "Text three."),
        ],
        residue=[("title block", (1, 1))],
        headings={"part-6-1-1": ("PART 6 – OTHER", "1. Introduction")},
    ),
    Case(
        "numbered sub-headings title the paragraphs after them",
        "3. Roles\n\n3.2 **Councillors**\n\n3.3 Councillors set policy.\n\n3.4 Officers Must Be Impartial\n\n3.5 Officers advise.",
        [
            ("3", "section", "3.", "3", None, (1, 1), "Roles"),
            ("3-2", "heading", "3.2", "3.2", "3", (3, 3), "Councillors"),
            ("3-3", "paragraph", "3.3", "3.3", "3", (5, 5), "Councillors set policy."),
            ("3-4", "heading", "3.4", "3.4", "3", (7, 7), "Officers Must Be Impartial"),
            ("3-5", "paragraph", "3.5", "3.5", "3", (9, 9), "Officers advise."),
        ],
        headings={"3-2": ("3. Roles",), "3-3": ("3. Roles", "3.2 Councillors"),
                  "3-4": ("3. Roles",), "3-5": ("3. Roles", "3.4 Officers Must Be Impartial")},
    ),
    Case(
        "tab-separated two-column table: header names the columns, each cell knows its row",
        "What Members can expect\n\nOfficers Do\tOfficers Don't\nPursue lawful policies\tDeviate from the Constitution\n"
        "Serve all Members equally\t\n\tForm close friendships with Members\n--\t--",
        [
            ("h1", "heading", None, None, None, (1, 1), "What Members can expect"),
            ("h1-t1-r1-c1", "cell", None, None, "h1", (4, 4), "Pursue lawful policies"),
            ("h1-t1-r1-c2", "cell", None, None, "h1", (4, 4), "Deviate from the Constitution"),
            ("h1-t1-r2-c1", "cell", None, None, "h1", (5, 5), "Serve all Members equally"),
            ("h1-t1-r3-c2", "cell", None, None, "h1", (6, 6), "Form close friendships with Members"),
        ],
        residue=[("table header (kept as the cells' column names)", (3, 3)), ("table rule", (7, 7))],
    ),
    Case(
        "HTML fragments in table cells: each <p> and bullet is a cell of its own; a cell continued on the next row joins",
        "THE PROFESSIONAL RELATIONSHIP\n\nMembers Do\tMembers Don't\n"
        "<p>Promote equality</p> <p>Apply the rules of debate</p>\t<ul><li>\u2022 Make personal attacks; \u2022 Undermine Officers</li></ul>\n"
        "\tSeek special treatment for anyone, nor\n\n\timproperly seek an advantage",
        [
            ("the-professional-relationship", "section", None, None, None, (1, 1), "THE PROFESSIONAL RELATIONSHIP"),
            ("the-professional-relationship-t1-r1-c1-1", "cell", None, None, "the-professional-relationship", (4, 4), "Promote equality"),
            ("the-professional-relationship-t1-r1-c1-2", "cell", None, None, "the-professional-relationship", (4, 4), "Apply the rules of debate"),
            ("the-professional-relationship-t1-r1-c2-1", "cell", None, None, "the-professional-relationship", (4, 4), "Make personal attacks;"),
            ("the-professional-relationship-t1-r1-c2-2", "cell", None, None, "the-professional-relationship", (4, 4), "Undermine Officers"),
            ("the-professional-relationship-t1-r2-c2", "cell", None, None, "the-professional-relationship", (5, 7),
             "Seek special treatment for anyone, nor improperly seek an advantage"),
        ],
        residue=[("table header (kept as the cells' column names)", (3, 3))],
    ),
    Case(
        "bullet glyphs touching their text, and a '- 4 -' page number between clauses",
        "1.4 Finally:\n\u2022First point\n\uf0b7Second point\n\n- 4 -\n\n1.5 Next.",
        [
            ("1-4", "paragraph", "1.4", "1.4", None, (1, 1), "Finally:"),
            ("1-4-b1", "item", None, None, "1-4", (2, 2), "First point"),
            ("1-4-b2", "item", None, None, "1-4", (3, 3), "Second point"),
            ("1-5", "paragraph", "1.5", "1.5", None, (7, 7), "Next."),
        ],
        residue=[("page number", (5, 5))],
    ),
    Case(
        "Markdown pipe tables and one-row-per-line HTML tables",
        "ROLES\n\n| Members Do | Members Don't |\n|---|---|\n| Promote equality | Make personal attacks |\n"
        "| Respect time | |\n\nOFFICERS\n\n<table>\n<tr><th>Officers Do</th><th>Officers Don't</th></tr>\n"
        "<tr><td><p>Pursue policies</p><p>Serve all</p></td><td>Deviate from the Constitution</td></tr>\n</table>",
        [
            ("roles", "section", None, None, None, (1, 1), "ROLES"),
            ("roles-t1-r1-c1", "cell", None, None, "roles", (5, 5), "Promote equality"),
            ("roles-t1-r1-c2", "cell", None, None, "roles", (5, 5), "Make personal attacks"),
            ("roles-t1-r2-c1", "cell", None, None, "roles", (6, 6), "Respect time"),
            ("officers", "section", None, None, None, (8, 8), "OFFICERS"),
            ("officers-t1-r1-c1-1", "cell", None, None, "officers", (12, 12), "Pursue policies"),
            ("officers-t1-r1-c1-2", "cell", None, None, "officers", (12, 12), "Serve all"),
            ("officers-t1-r1-c2", "cell", None, None, "officers", (12, 12), "Deviate from the Constitution"),
        ],
        residue=[("table header (kept as the cells' column names)", (3, 3)), ("table rule", (4, 4)),
                 ("HTML markup without text", (10, 10)), ("table header (kept as the cells' column names)", (11, 11)),
                 ("HTML markup without text", (13, 13))],
    ),
    Case(
        "page furniture, title block and signature set aside as residue with the reason",
        "Protocol on Member/Officer Relations\n\n1. Introduction\n\n1.1 Members and officers work together.\n\n"
        "This page is intentionally left blank\n\nPage 2 of 9\n\nTel: 01905 765609\n\nEmail: someone@example.gov.uk\n\n"
        "1.2 They respect each other.\n\nJane Smith Monitoring Officer\n\nMarch 2022",
        [
            ("1", "section", "1.", "1", None, (3, 3), "Introduction"),
            ("1-1", "paragraph", "1.1", "1.1", "1", (5, 5), "Members and officers work together."),
            ("1-2", "paragraph", "1.2", "1.2", "1", (15, 15), "They respect each other."),
        ],
        residue=[("title block", (1, 1)), ("blank-page notice", (7, 7)), ("page number", (9, 9)),
                 ("contact details", (11, 11)), ("contact details", (13, 13)), ("signature block", (17, 17)),
                 ("date line", (19, 19))],
    ),
    Case(
        "the name over a Tel:/Email: line is contact details too",
        "5. Contact\n\nThe Monitoring Officer answers questions.\n\nJane Doe, Head of Legal Services\n\n"
        "Tel: 01234 567890\nEmail: jane.doe@example.gov.uk",
        [
            ("5", "section", "5.", "5", None, (1, 1), "Contact"),
            ("5-p1", "paragraph", None, None, "5", (3, 3), "The Monitoring Officer answers questions."),
        ],
        residue=[("contact details", (5, 5)), ("contact details", (7, 7)), ("contact details", (8, 8))],
    ),
    Case(
        "Word numbering pasted with a tab after the number is a list, not a table",
        "1)\tIntroduction\nThis protocol applies to all.\n\n2)\tRelationships\na)\tRespect each other's roles.\n"
        "b)\tDeclare close relationships.",
        [
            ("1", "section", "1)", "(1)", None, (1, 1), "Introduction"),
            ("1-p1", "paragraph", None, None, "1", (2, 2), "This protocol applies to all."),
            ("2", "section", "2)", "(2)", None, (4, 4), "Relationships"),
            ("2-a", "item", "a)", "(2)(a)", "2", (5, 5), "Respect each other's roles."),
            ("2-b", "item", "b)", "(2)(b)", "2", (6, 6), "Declare close relationships."),
        ],
    ),
    Case(
        "items of an unnumbered lead-in under a numbered sub-heading carry the full number",
        "2.2 Officers\nOfficers have the following main roles:\n(a) to manage the Council's services;\n(b) to advise.",
        [
            ("2-2", "heading", "2.2", "2.2", None, (1, 1), "Officers"),
            ("2-2-p1", "paragraph", None, None, "2-2", (2, 2), "Officers have the following main roles:"),
            ("2-2-p1-a", "item", "(a)", "2.2(a)", "2-2-p1", (3, 3), "to manage the Council's services;"),
            ("2-2-p1-b", "item", "(b)", "2.2(b)", "2-2-p1", (4, 4), "to advise."),
        ],
    ),
    Case(
        "a compound broken at its hyphen (its parts words of the document) keeps it, with no space; Word's tab "
        "bullets, its 'o' sub-bullets nested",
        "1.1 Officers take part in decision-\nmaking and in Non-\nCouncil bodies. Making a decision is for members.\n\n"
        "1.2 Officers must:\n"
        "\u2022\tshare information;\no\tpromptly;\n\u2014 fairly.",
        [
            ("1-1", "paragraph", "1.1", "1.1", None, (1, 3),
             "Officers take part in decision-making and in Non-Council bodies. Making a decision is for members."),
            ("1-2", "paragraph", "1.2", "1.2", None, (5, 5), "Officers must:"),
            ("1-2-b1", "item", None, None, "1-2", (6, 6), "share information;"),
            # Word's "o" is its second list level, and a third glyph nests once more.
            ("1-2-b1-b1", "item", None, None, "1-2-b1", (7, 7), "promptly;"),
            ("1-2-b1-b1-b1", "item", None, None, "1-2-b1-b1", (8, 8), "fairly."),
        ],
    ),
    Case(
        "a lead-in ending on a function word is a paragraph, not a heading",
        "4.3 Except that\n\n- limited private photocopying is allowed; and\n- IT equipment may be used.",
        [
            ("4-3", "paragraph", "4.3", "4.3", None, (1, 1), "Except that"),
            ("4-3-b1", "item", None, None, "4-3", (3, 3), "limited private photocopying"),
            ("4-3-b2", "item", None, None, "4-3", (4, 4), "IT equipment may be used."),
        ],
    ),
    Case(
        "a further paragraph of a list item stays with the item",
        "3.2 Officers can expect from Members:\n(f) not to be bullied.\n\n Members should have regard to seniority;\n"
        "(g) that Members comply with the Code.",
        [
            ("3-2", "paragraph", "3.2", "3.2", None, (1, 1), "Officers can expect from Members:"),
            ("3-2-f", "item", "(f)", "3.2(f)", "3-2", (2, 2), "not to be bullied."),
            ("3-2-f-p1", "paragraph", None, None, "3-2-f", (4, 4), "Members should have regard to seniority;"),
            ("3-2-g", "item", "(g)", "3.2(g)", "3-2", (5, 5), "that Members comply with the Code."),
        ],
    ),
]


def _parent_label(clause, labels: dict[str, str]) -> str | None:
    return labels[clause.parent] if clause.parent else None


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_construct(case: Case) -> None:
    parsed = parse_text(case.body)
    labels = {c.id: c.label for c in parsed.clauses}
    got = [(c.label, c.kind, c.number, c.normalised_number, _parent_label(c, labels), c.lines, c.text)
           for c in parsed.clauses]
    assert [g[:6] for g in got] == [e[:6] for e in case.clauses]
    for (label, *_rest, text), expected in zip(got, case.clauses):
        assert text.startswith(expected[6]), f"{label}: {text!r} does not start with {expected[6]!r}"
    assert [(r.reason, r.lines) for r in parsed.residue] == case.residue
    by_label = {c.label: c for c in parsed.clauses}
    for label, heading in case.headings.items():
        assert by_label[label].heading == heading, label
    for clause in parsed.clauses:
        assert clause.id == f"t--{clause.label}"


def test_table_cells_know_their_column_and_row_partner() -> None:
    parsed = parse_text("A Quick Guide\n\nMembers\tOfficers\nAccount to the electorate\tAccountable to the Council\n"
                        "Add a political dimension\tBe politically impartial\n\nAppointments\n\nDo\tDon't\nPromote equality\tCanvass support")
    cells = [c for c in parsed.clauses if c.kind == "cell"]
    assert [(c.table, c.row, c.column, c.text) for c in cells] == [
        ("h1-t1", 1, "Members", "Account to the electorate"),
        ("h1-t1", 1, "Officers", "Accountable to the Council"),
        ("h1-t1", 2, "Members", "Add a political dimension"),
        ("h1-t1", 2, "Officers", "Be politically impartial"),
        ("h2-t1", 1, "Do", "Promote equality"),
        ("h2-t1", 1, "Don't", "Canvass support"),
    ]
    partner = {c.label: [o.text for o in cells if (o.table, o.row) == (c.table, c.row) and o is not c] for c in cells}
    assert partner["h1-t1-r2-c1"] == ["Be politically impartial"]
    assert partner["h2-t1-r1-c2"] == ["Promote equality"]


def test_table_without_header_names_columns_by_position() -> None:
    parsed = parse_text("4. The timetable is below.\n\nAudit and Governance Committee\t6 June 2024\n"
                        "Council meeting\t11 July 2024")
    cells = [(c.column, c.row, c.text) for c in parsed.clauses if c.kind == "cell"]
    assert cells == [("Column 1", 1, "Audit and Governance Committee"), ("Column 2", 1, "6 June 2024"),
                     ("Column 1", 2, "Council meeting"), ("Column 2", 2, "11 July 2024")]
    assert parsed.residue == ()


@pytest.mark.parametrize(("source", "text", "spans"), [
    ("2.2 It is <u>not</u> the role of Members.", "It is not the role of Members.",
     [("It is ", ""), ("not", "u"), (" the role of Members.", "")]),
    ("8.1 Briefings on matters of *policy* stay **strictly confidential**.",
     "Briefings on matters of policy stay strictly confidential.",
     [("Briefings on matters of ", ""), ("policy", "i"), (" stay ", ""), ("strictly confidential", "b"), (".", "")]),
    ("1.1 First line<br>second line.", "First line second line.", [("First line\nsecond line.", "")]),
])
def test_inline_markup_gives_plain_text_and_formatted_spans(source: str, text: str, spans: list) -> None:
    clause = parse_text(source).clauses[0]
    assert clause.text == text
    flags = [(s.text, "b" * s.bold + "i" * s.italic + "u" * s.underline) for s in clause.spans]
    assert flags == spans


def test_raw_html_from_a_source_never_survives_as_markup() -> None:
    parsed = parse_text('1.1 Click <a href="x" onclick="steal()">here</a> <script>alert(1)</script> <img src=x> now.')
    clause = parsed.clauses[0]
    assert "<" not in clause.text and all("<" not in s.text for s in clause.spans)
    assert clause.text.startswith("Click here")


@pytest.mark.parametrize(("source", "text"), [
    ('1.1 Read the <a href="https://www.example.gov.uk/code.pdf">Code of Conduct</a> first.',
     "Read the Code of Conduct (https://www.example.gov.uk/code.pdf) first."),
    ("1.1 See [the Constitution](https://www.example.gov.uk/constitution).",
     "See the Constitution (https://www.example.gov.uk/constitution)."),
    ("1.1 Email <a href='mailto:democratic@example.gov.uk'>Democratic Services</a>.",
     "Email Democratic Services (democratic@example.gov.uk)."),
    ('1.1 Email <a href="mailto:democratic@example.gov.uk">democratic@example.gov.uk</a>.',
     "Email democratic@example.gov.uk."),
    ("1.1 Guidance: <https://www.local.gov.uk/guide>.", "Guidance: https://www.local.gov.uk/guide."),
    ('1.1 <a href="#top">Back</a>, <a href="/council/page">our page</a>, <a href="javascript:go()">go</a>.',
     "Back, our page, go."),
])
def test_a_links_web_or_email_address_is_kept_after_its_words(source: str, text: str) -> None:
    """On a page copied from a council's site the link may be the only copy of where the Code or the contact is."""
    assert parse_text(source).clauses[0].text == text


def test_angle_brackets_that_are_not_html_stay_as_text() -> None:
    clause = parse_text("1.1 Write to <Monitoring Officer> or <Head of Legal Services>, <b>not</b> the Leader.").clauses[0]
    assert clause.text == "Write to <Monitoring Officer> or <Head of Legal Services>, not the Leader."
    assert [s.text for s in clause.spans if s.bold] == ["not"]


@pytest.mark.parametrize(("source", "text"), [
    ("1.1 Where a<b and c>d the older rule applies.", "Where a<b and c>d the older rule applies."),
    ("1.1 Scores <i see below> are kept.", "Scores <i see below> are kept."),
    ('1.1 <span style="x">Styled</span> <td nowrap>cell <br/> end.', "Styled cell end."),
])
def test_a_tag_name_followed_by_words_not_attributes_is_text(source: str, text: str) -> None:
    """"<b and c>" has a tag's name but words where attributes go: read as a bold tag, its words vanished."""
    assert parse_text(source).clauses[0].text == text


def test_two_tables_apart_only_by_a_blank_line_stay_two_tables() -> None:
    parsed = parse_text("A Quick Guide\n\nMembers\tOfficers\nAccount to the electorate\tAccountable to the Council\n\n"
                        "Do\tDon't\nPromote equality\tCanvass support")
    cells = [(c.table, c.row, c.column, c.text) for c in parsed.clauses if c.kind == "cell"]
    assert cells == [("h1-t1", 1, "Members", "Account to the electorate"),
                     ("h1-t1", 1, "Officers", "Accountable to the Council"),
                     ("h1-t2", 1, "Do", "Promote equality"), ("h1-t2", 1, "Don't", "Canvass support")]
    assert [(r.reason, r.lines) for r in parsed.residue] == [
        ("table header (kept as the cells' column names)", (3, 3)),
        ("table header (kept as the cells' column names)", (6, 6))]


@pytest.mark.parametrize(("body", "table", "set_aside"), [
    ("A Quick Guide\n\nMembers should\tMembers should not\nBe courteous\tBully staff\n\n"
     "Page 2 of 3\n\nDeclare interests\tHide interests", "h1-t1", ("page number", (6, 6))),
    ("| Members Do | Members Don't |\n| Be courteous | Bully staff |\n|  |  |\n"
     "| Declare interests | Hide interests |", "t1", ("empty table row", (3, 3))),
], ids=["a page break", "an empty pipe row"])
def test_a_table_goes_on_past_what_is_set_aside_between_its_rows(body: str, table: str, set_aside: tuple) -> None:
    parsed = parse_text(body)
    cells = [(c.table, c.row, c.text) for c in parsed.clauses if c.kind == "cell"]
    assert cells == [(table, 1, "Be courteous"), (table, 1, "Bully staff"),
                     (table, 2, "Declare interests"), (table, 2, "Hide interests")]
    assert set_aside in [(r.reason, r.lines) for r in parsed.residue]


def test_an_asterisk_between_two_words_is_text_not_emphasis() -> None:
    parsed = parse_text("1.1 A 5*3 grid is used, and 0*0 is\nnot 0* emphasis.")
    assert parsed.clauses[0].text == "A 5*3 grid is used, and 0*0 is not 0* emphasis."


def _tree(body: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(c.label, c.number, c.parent.split("--", 1)[1] if c.parent else None, c.text) for c in parse_text(body).clauses]


def test_words_automatic_numbering_pastes_a_tab_after_the_number_not_a_table() -> None:
    body = ("Section A\tIntroduction\n\nA1\tPurpose\n\nA1.1\tThis Protocol applies to all Members.\n\n"
            "Section B\tRoles\n\nB1\tMembers\n\nB1.1\tMembers set the budget.")
    assert _tree(body) == [
        ("section-a", None, None, "Section A Introduction"),
        ("section-a-a1", "A1", "section-a", "Purpose"),
        ("section-a-a1-1", "A1.1", "section-a-a1", "This Protocol applies to all Members."),
        ("section-b", None, None, "Section B Roles"),
        ("section-b-b1", "B1", "section-b", "Members"),
        ("section-b-b1-1", "B1.1", "section-b-b1", "Members set the budget.")]


def test_ticks_crosses_and_arrows_are_bullets() -> None:
    """A "Do" list ticked, a "Don't" list crossed, a list of arrows: items, not one run-on sentence."""
    body = ("7.1 Members will:\n\u2713 use their Council email;\n\u2714\tcopy the Clerk.\n\n7.2 Members will not:\n"
            "\u2717 shout;\n\u2718 bully.\n\n7.3 Then:\n\u25ba attend briefings;\n\u27a4 read papers;\n\u2192 declare interests.")
    assert _tree(body) == [
        ("7-1", "7.1", None, "Members will:"), ("7-1-b1", None, "7-1", "use their Council email;"),
        ("7-1-b2", None, "7-1", "copy the Clerk."), ("7-2", "7.2", None, "Members will not:"),
        ("7-2-b1", None, "7-2", "shout;"), ("7-2-b2", None, "7-2", "bully."), ("7-3", "7.3", None, "Then:"),
        ("7-3-b1", None, "7-3", "attend briefings;"), ("7-3-b2", None, "7-3", "read papers;"),
        ("7-3-b3", None, "7-3", "declare interests.")]


def test_a_white_circle_bullet_is_a_sub_bullet_with_a_tab_or_a_space() -> None:
    body = "1.1 Members will:\n\u25cf\twork together;\n\u25cb favouritism;\n\u25cb\tbusiness arrangements;\n\u25cf\traise concerns."
    assert _tree(body) == [("1-1", "1.1", None, "Members will:"), ("1-1-b1", None, "1-1", "work together;"),
                           ("1-1-b1-b1", None, "1-1-b1", "favouritism;"),
                           ("1-1-b1-b2", None, "1-1-b1", "business arrangements;"), ("1-1-b2", None, "1-1", "raise concerns.")]


def test_a_subsection_of_a_cited_section_wrapped_onto_the_next_line_is_no_list_item() -> None:
    body = "1.1 Exempt information is defined in section 100A\n(4) of the Local Government Act 1972.\n1.2 Next."
    assert _tree(body) == [
        ("1-1", "1.1", None, "Exempt information is defined in section 100A (4) of the Local Government Act 1972."),
        ("1-2", "1.2", None, "Next.")]


def test_a_title_case_heading_after_a_paragraph_without_a_full_stop_stays_a_heading() -> None:
    body = ("ROLES\n\nAll requests for work should be made to the Clerk and not to any other Officer of the Council\n\n"
            "The Clerk Is Not a Secretary\n\nCouncillors must not ask the Clerk to type letters.")
    assert [(label, parent) for label, _, parent, _ in _tree(body)] == [
        ("roles", None), ("roles-p1", "roles"), ("roles-h1", "roles"), ("roles-h1-p1", "roles-h1")]


def test_a_row_wrapped_in_every_column_by_a_pdf_is_one_row() -> None:
    body = ("Members should\tMembers should not\nTreat officers with courtesy and\tCriticise or abuse officers in\n"
            "respect, in meetings and in writing\tpublic or on social media\nDirect requests through the\t"
            "Ask junior officers to act\nrelevant Head of Service\toutside their authority")
    assert [(c.row, c.column, c.text) for c in parse_text(body).clauses] == [
        (1, "Members should", "Treat officers with courtesy and respect, in meetings and in writing"),
        (1, "Members should not", "Criticise or abuse officers in public or on social media"),
        (2, "Members should", "Direct requests through the relevant Head of Service"),
        (2, "Members should not", "Ask junior officers to act outside their authority")]


def test_rows_of_short_lower_case_items_stay_rows() -> None:
    body = "Members do\tMembers do not\nbe courteous\tbully staff\ntreat officers with respect\tshout at officers"
    assert [(c.row, c.text) for c in parse_text(body).clauses] == [
        (1, "be courteous"), (1, "bully staff"), (2, "treat officers with respect"), (2, "shout at officers")]


def test_an_acronym_opening_a_tab_separated_row_is_a_cell_not_a_number() -> None:
    """ "MO<tab>Monitoring Officer": M and an O that OCR might have made of 0 are no "M0"."""
    body = "Term\tMeaning\nCabinet\tThe Leader and portfolio holders.\nMO\tMonitoring Officer\nPO\tProper Officer"
    assert [(c.row, c.column, c.text) for c in parse_text(body).clauses] == [
        (1, "Term", "Cabinet"), (1, "Meaning", "The Leader and portfolio holders."), (2, "Term", "MO"),
        (2, "Meaning", "Monitoring Officer"), (3, "Term", "PO"), (3, "Meaning", "Proper Officer")]


def test_paragraphs_numbered_with_para_or_the_section_sign_are_numbered() -> None:
    """ "Para 4.1  The Chief..." numbers 4.1; "Paragraph 4.2 of the Code applies." only cites it."""
    body = ("4. Specific duties\nPara 4.1  The Chief Executive is responsible.\n\u00a7 4.2  The Monitoring Officer "
            "advises.\n\n5. Next\n\n5.1 Read the Code.\n\nParagraph 4.2 of the Code applies.")
    assert [(c.label, c.number, c.text) for c in parse_text(body).clauses] == [
        ("4", "4.", "Specific duties"), ("4-1", "Para 4.1", "The Chief Executive is responsible."),
        ("4-2", "\u00a7 4.2", "The Monitoring Officer advises."), ("5", "5.", "Next"), ("5-1", "5.1", "Read the Code."),
        ("5-1-p1", None, "Paragraph 4.2 of the Code applies.")]


def test_a_contents_list_set_with_leader_dots_ends_where_they_stop() -> None:
    """The text's first heading printed with its page number ("Article 1 Introduction 2") is no contents entry."""
    body = ("Contents\n1 Introduction ........ 2\n2 Principles .......... 2\n\nArticle 1 Introduction 2\n"
            "1.1 This Protocol applies.\n\nArticle 2 Principles\n2.1 Members lead.")
    parsed = parse_text(body)
    assert [(r.reason, r.lines) for r in parsed.residue] == [("contents", (n, n)) for n in (1, 2, 3)]
    assert [c.label for c in parsed.clauses] == ["article-1", "article-1-1-1", "article-2", "article-2-2-1"]


def test_paragraphs_numbered_as_rules_or_article_paragraphs_are_numbered() -> None:
    """ "Rule 9 An Officer..." is clause 9, not more of item (B) above it; "Article 4 Media" still heads a division."""
    body = ("Article 3 Conduct\n\nArticle 3.2 Neither a Member nor an Officer should criticise the other.\n\n"
            "Rule 8 Members should not ask an Officer to:\n(A) change advice in a report;\n(B) press for an outcome.\n"
            "Rule 9 An Officer under pressure should tell the Monitoring Officer.\n\nArticle 4 Media\n\n"
            "4.1 Officers brief the press. Rule 5 of the Procedure Rules applies.")
    assert [(c.label, c.number) for c in parse_text(body).clauses] == [
        ("article-3", None), ("article-3-3-2", "Article 3.2"), ("article-3-rule-8", "Rule 8"),
        ("article-3-rule-8-a", "(A)"), ("article-3-rule-8-b", "(B)"), ("article-3-rule-9", "Rule 9"), ("article-4", None), ("article-4-4-1", "4.1")]


def test_a_clause_number_whose_point_ocr_misread_is_still_a_number() -> None:
    """ "1,3", "2·1" and "1 .4" ran their clauses into the one above, or made a footnote of "1 .4";
    an amount at a line's start ("1,500 residents") is no number."""
    body = ("1. Scope\n1.1 Members lead.\n1.2 Officers advise.\n1,3 Members are courteous.\n1 .4 See paragraph 1.2.\n"
            "2. Roles\n2\u00b71 Officers serve.\n2.2 A survey asked\n1,500 residents in all.")
    parsed = parse_text(body)
    assert [(c.number, c.normalised_number, c.text) for c in parsed.clauses][3:] == [
        ("1,3", "1.3", "Members are courteous."), ("1 .4", "1.4", "See paragraph 1.2."), ("2.", "2", "Roles"),
        ("2\u00b71", "2.1", "Officers serve."), ("2.2", "2.2", "A survey asked 1,500 residents in all.")]
    assert [p.message for p in numbering_problems(parsed)] == [
        f"number printed '{n}' read as {r} (a comma, dot or space where the point belongs: OCR?)"
        for n, r in (("1,3", "1.3"), ("1 .4", "1.4"), ("2\u00b71", "2.1"))]


def test_the_section_151_officer_and_a_section_of_an_act_head_no_division() -> None:
    """A sub-heading "Section 151 Officer" swallowed the rest of section 2 and all of section 3 as a division."""
    body = ("1. Introduction\n1.1 Members lead.\n2. Roles\n2.1 Officers advise.\nSection 151 Officer\n"
            "2.2 The Section 151 Officer manages finance.\nSection 27 of the Localism Act\n2.3 It applies.\n"
            "3. Media\n3.1 Officers brief the press.")
    assert [(c.label, c.parent) for c in parse_text(body).clauses if c.kind != "heading"] == [
        ("1", None), ("1-1", "t--1"), ("2", None), ("2-1", "t--2"), ("2-2", "t--2"), ("2-3", "t--2"), ("3", None),
        ("3-1", "t--3")]


def test_rules_stand_in_the_numbered_section_they_are_printed_in() -> None:
    """ "Rule 7" under "2. Roles" is a paragraph of section 2, not section 7; and no "3.1" is its sub-clause."""
    body = ("1. Introduction\n1.1 Members and officers respect each other.\n2. Roles\nRule 7 Members set policy.\n"
            "Rule 8 Officers implement it.\n3. Complaints\n3.1 Complaints go to the Monitoring Officer under Rule 8.")
    parsed = parse_text(body)
    assert [(c.label, c.parent) for c in parsed.clauses] == [
        ("1", None), ("1-1", "t--1"), ("2", None), ("rule-7", "t--2"), ("rule-8", "t--2"), ("3", None), ("3-1", "t--3")]
    assert numbering_problems(parsed) == []
    restarting = parse_text("1. Introduction\nRule 1 Members lead.\nRule 2 Officers advise.\n2. Roles\nRule 3 Members set.")
    assert [(c.label, c.parent) for c in restarting.clauses] == [  # "Rule 1" is no "1.1", nor section 1's id
        ("1", None), ("rule-1", "t--1"), ("rule-2", "t--1"), ("2", None), ("rule-3", "t--2")]


def test_list_items_indented_with_word_tabs_are_items_and_a_tabbed_table_stays_a_table() -> None:
    body = ("3.\tPrinciples\n\ta)\tMembers will be courteous.\n\tb)\tOfficers will give impartial advice:\n"
            "\t\ti.\tto opposition Members;\n\t\tii.\tto all groups.\n\nDo\tDon't\nBe kind\tShout\n\tBully")
    assert _tree(body) == [
        ("3", "3.", None, "Principles"), ("3-a", "a)", "3", "Members will be courteous."),
        ("3-b", "b)", "3", "Officers will give impartial advice:"), ("3-b-i", "i.", "3-b", "to opposition Members;"),
        ("3-b-ii", "ii.", "3-b", "to all groups."), ("3-t1-r1-c1", None, "3", "Be kind"),
        ("3-t1-r1-c2", None, "3", "Shout"), ("3-t1-r2-c2", None, "3", "Bully")]


def test_roman_items_under_a_bracketed_number_run_on_past_v_and_x() -> None:
    """Under "1) What Members can expect", "(v)" after "(iv)" is the fifth numeral, not the letter v."""
    body = "1) What Members can expect\n" + "\n".join(f"({r}) point {n};" for n, r in enumerate(
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"], start=1)) + "\n2) Next"
    tree = _tree(body)
    assert [label for label, _, parent, _ in tree if parent == "1"] == [
        "1-i", "1-ii", "1-iii", "1-iv", "1-v", "1-vi", "1-vii", "1-viii", "1-ix", "1-x", "1-xi"]
    assert tree[-1][:3] == ("2", "2)", None)


def test_a_list_numbered_from_1_under_a_lead_in_stays_in_its_section() -> None:
    """A Markdown list under "Staff:" in section 2 must not repeat sections 1 to 3 and push 3 to "3-dup2"."""
    body = ("## 1. Introduction\n\n1.1 This applies.\n\n## 2. Roles\n\nStaff:\n\n1. give impartial advice;\n"
            "2. carry out decisions;\n3. are managed by the Clerk.\n\n## 3. Working together\n\n3.1 Rule.")
    assert [(label, number, parent) for label, number, parent, _ in _tree(body)] == [
        ("1", "1.", None), ("1-1", "1.1", "1"), ("2", "2.", None), ("2-h1", None, "2"), ("2-1", "1.", "2"),
        ("2-2", "2.", "2"), ("2-3", "3.", "2"), ("3", "3.", None), ("3-1", "3.1", "3")]


def test_the_next_bracketed_number_after_numbered_paragraphs_goes_on_the_top_level_list() -> None:
    """ "4) Specific duties" / "4.1 ..." / "4.2 ..." / "5) What Members can expect": 5) is not an item of 4.2."""
    for paragraph in ("4.1", "Para 4.1"):
        body = (f"3)\tPrinciples\n\ta)\tCourtesy.\n4)\tSpecific duties\n{paragraph}  The Chief Executive is "
                "responsible.\n4.2  The MO will advise.\n5)\tWhat Members can expect\n(i) a commitment;")
        assert [(label, parent) for label, _, parent, _ in _tree(body) if label[0] == "5"] == [("5", None), ("5-i", "5")]


def test_markdown_quote_marks_are_markup_not_text() -> None:
    """ "> Adopted by Full Council..." in a .md source: the adoption line is document control, the note a paragraph."""
    parsed = parse_text("> Adopted by Full Council on 12 March 2024 (Minute 24/031).\n\n1. Purpose\n\n1.1 Text.\n\n"
                        "> > Note: a councillor may ask.\n\n>5 members are needed.")
    assert [c.text for c in parsed.clauses] == ["Purpose", "Text.", "Note: a councillor may ask.", ">5 members are needed."]
    assert [(r.reason, r.lines) for r in parsed.residue] == [("document control", (1, 1))]


def test_markdown_link_addresses_and_footnotes_are_residue_not_a_paragraph() -> None:
    parsed = parse_text("1.1 Read the [Code of Conduct][coc] first.[^1]\n\n"
                        "[coc]: https://www.example.gov.uk/code-of-conduct\n[^1]: Local Government Association guidance.\n\n"
                        "1.2 [Note]: this is text.")
    assert [c.text for c in parsed.clauses] == [
        "Read the Code of Conduct (https://www.example.gov.uk/code-of-conduct) first.[^1]", "[Note]: this is text."]
    assert [(r.reason, r.lines) for r in parsed.residue] == [("link address", (3, 3)), ("footnote", (4, 4))]


def test_a_bracketed_placeholder_is_no_link_definition() -> None:
    """ "[Proper Officer]: to be confirmed" is a drafter's note; its brackets stay where the name is used."""
    parsed = parse_text("1.1 The [Proper Officer] will keep the register.\n\n"
                        "[Proper Officer]: to be confirmed by the Monitoring Officer")
    assert [c.text for c in parsed.clauses] == ["The [Proper Officer] will keep the register.",
                                                "[Proper Officer]: to be confirmed by the Monitoring Officer"]


def test_a_reference_style_links_address_is_joined_to_its_words() -> None:
    """"[Code of Conduct][coc]" names its address on a line of its own; the clause keeps it, as for "[..](url)"."""
    parsed = parse_text("1.1 Read the [Code of Conduct][COC], the [Guide][] and [Unknown][zz].\n\n"
                        "1.2 Ask [democratic services].\n\n[coc]: https://www.example.gov.uk/coc\n"
                        "[guide]: <https://www.example.gov.uk/guide> \"Guide\"\n"
                        "[Democratic Services]: mailto:democracy@example.gov.uk")
    assert [c.text for c in parsed.clauses] == [
        "Read the Code of Conduct (https://www.example.gov.uk/coc), the Guide (https://www.example.gov.uk/guide) "
        "and [Unknown][zz].", "Ask democratic services (democracy@example.gov.uk)."]


def test_sections_numbered_with_a_bracket_are_all_sections_whatever_their_case() -> None:
    """Once "1) Introduction" is a section, so is "4) Specific duties": one document, one way of numbering."""
    body = ("1)\tIntroduction\nThis protocol applies.\n2)\tRoles\nMembers lead.\n4)\tSpecific duties\n"
            "Para 4.1  The Chief Executive is responsible.\n4.2  The MO will advise.\n5)\tWhat Members can expect\n"
            "(i) a commitment;\n6)\tGlossary")
    parsed = parse_text(body)
    assert [(c.label, c.kind) for c in parsed.clauses if c.parent is None] == [
        ("1", "section"), ("2", "section"), ("4", "section"), ("5", "section"), ("6", "section")]
    assert [(c.label, c.parent) for c in parsed.clauses if c.label.startswith(("4-", "5-"))] == [
        ("4-1", "t--4"), ("4-2", "t--4"), ("5-i", "t--5")]
    assert [p.code for p in numbering_problems(parsed)] == ["numbering-gap"]  # 2) to 4); 4.1 is at home in "4)"


def test_a_markdown_table_without_outer_pipes_is_a_table_when_its_rule_says_so() -> None:
    body = ("8. Glossary\n\nTerm | Meaning\n--- | ---\nRFO | Responsible Financial Officer\nMO | Monitoring Officer\n\n"
            "9. End\n\nPage 3 | Protocol\n\n9.1 Text.")
    parsed = parse_text(body)
    assert [(c.label, c.column, c.text) for c in parsed.clauses] == [
        ("8", None, "Glossary"), ("8-t1-r1-c1", "Term", "RFO"), ("8-t1-r1-c2", "Meaning", "Responsible Financial Officer"),
        ("8-t1-r2-c1", "Term", "MO"), ("8-t1-r2-c2", "Meaning", "Monitoring Officer"), ("9", None, "End"),
        ("9-1", None, "Text.")]
    assert ("running header or footer", (10, 10)) in [(r.reason, r.lines) for r in parsed.residue]


def test_a_numbered_markdown_heading_is_a_heading_in_sentence_case_too() -> None:
    """ "### 2.2 The Clerk and staff": its marks say heading, so the paragraph under it has it in its path."""
    body = ("## 2. Roles\n\n### 2.1 Councillors\n\nCouncillors set policy.\n\n### 2.2 The Clerk and staff\n\n"
            "The Town Clerk is the Proper Officer.")
    assert [(c.label, c.kind, c.heading) for c in parse_text(body).clauses][3:] == [
        ("2-2", "heading", ("2. Roles",)), ("2-2-p1", "paragraph", ("2. Roles", "2.2 The Clerk and staff"))]


def test_footnotes_at_the_foot_of_a_page_take_no_sections_number() -> None:
    """Marked in the text ("Conduct1."), or undotted among sections printed "1.", "2.": footnotes, not sections."""
    marked = ("1 Introduction\n\n1.1 Members must follow the Code of Conduct1.\n\n1.2 Officers serve the Council2.\n\n"
              "1 Adopted by full Council on 12 July 2023.\n2 Localism Act 2011, section 27.\nPage 1 of 3\n\n"
              "2 Roles\n\n2.1 Members set the budget.")
    parsed = parse_text(marked)
    assert [(c.label, c.text) for c in parsed.clauses if c.parent is None] == [("1", "Introduction"), ("2", "Roles")]
    assert [(r.reason, r.lines) for r in parsed.residue] == [("footnote", (7, 7)), ("footnote", (8, 8)),
                                                             ("page number", (9, 9))]
    dotted = ("1.\tIntroduction\n\n1.1\tMembers must follow the Code.\n\n2.\tRoles\n\n2.1\tOfficers serve the "
              "Council.\n\n3 Decisions are recorded under the Procedure Rules.\nPage 1 of 3\n\n3.\tThe Role of Members\n\n"
              "3.1\tMembers set the budget.")
    parsed = parse_text(dotted)
    assert [c.label for c in parsed.clauses] == ["1", "1-1", "2", "2-1", "3", "3-1"]
    assert ("footnote", (9, 9)) in [(r.reason, r.lines) for r in parsed.residue]


def test_a_raised_marker_leaves_addresses_and_citations_alone() -> None:
    """ ".../codes/page1" is an address and "para.1 of Schedule 2" a citation: only "Conduct1" and "Code.2" are notes."""
    body = ("1. Conduct\n\n1.1 Members follow the Code of Conduct1. See https://www.example.gov.uk/codes/page1 "
            "or clerk1@example.gov.uk.\n\n1.2 Officers follow para.1 of Schedule 2 and the Employees' Code.2\n\n"
            "1 Adopted by Council on 4 May 2022.\n2 Section 27.\n\n2. Roles\n\n2.1 Members lead.\n\n3. Media\n\n3.1 Press.")
    assert [c.text for c in parse_text(body).clauses][1:3] == [
        "Members follow the Code of Conduct\u00b9. See https://www.example.gov.uk/codes/page1 or clerk1@example.gov.uk.",
        "Officers follow para.1 of Schedule 2 and the Employees' Code.\u00b2"]


def test_the_note_after_a_cited_note_is_a_note_too() -> None:
    body = ("1. Introduction\n1.1 Members follow the Code of Conduct1 and the Localism Act2.\n1.2 Ask the MO.\n"
            "1 Adopted by Council on 4 May 2022.\n2 Localism Act 2011, section 27.\n\n2 Roles\n2.1 Members lead.")
    parsed = parse_text(body)
    assert [(r.reason, r.lines) for r in parsed.residue] == [("footnote", (4, 4)), ("footnote", (5, 5))]
    assert [c.label for c in parsed.clauses if c.parent is None] == ["1", "2"]


def test_a_note_the_text_cites_is_a_footnote_where_the_numbering_has_passed_its_number() -> None:
    """ "1 Adopted by Full Council..." under 1.2, cited as "Conduct1", with no page number near: no clause "1"."""
    body = ("Article 1 Introduction\n1.1 It supplements the Members' Code of Conduct1 and the Officers' Code.\n"
            "1.2 Where it is silent, ask the Monitoring Officer.\n1 Adopted by Full Council on 12 March 2024.\n"
            "________________\n\nArticle 2 Principles\n2.1 Members lead.")
    parsed = parse_text(body)
    assert [c.text for c in parsed.clauses][1] == "It supplements the Members' Code of Conduct\u00b9 and the Officers' Code."
    assert [(r.reason, r.lines) for r in parsed.residue] == [("footnote", (4, 4)), ("drawn rule", (5, 5))]
    uncited = body.replace("Conduct1", "Conduct")  # without the marker, a "1" going back is check's to report
    assert "footnote" not in [r.reason for r in parse_text(uncited).residue]


def test_the_note_after_a_footnote_is_a_footnote_even_where_its_number_fits_the_sections() -> None:
    """Under section 1., notes "1" and "2": the "2 Section 27." must not take section 2's number and push "2." aside."""
    body = ("1. Conduct\n\n1.1 Members follow the Code of Conduct1 and the Act.2\n\n"
            "1 Adopted by Council on 4 May 2022.\n2 Localism Act 2011, section 27.\n\n2. Roles\n\n2.1 Members lead.\n\n"
            "3. Media\n\n3.1 Officers brief the press.")
    parsed = parse_text(body)
    assert [(c.label, c.text) for c in parsed.clauses if c.parent is None] == [
        ("1", "Conduct"), ("2", "Roles"), ("3", "Media")]
    assert [(r.reason, r.lines) for r in parsed.residue] == [("footnote", (5, 5)), ("footnote", (6, 6))]


@pytest.mark.parametrize(("line", "shown"), [
    ("1.1 Members follow the Code of Conduct1 and the Act.2", "Members follow the Code of Conduct\u00b9 and the Act.\u00b2"),
    ("1.1 Under the Localism Act 20112 and Schedule A1, the S151 officer reports.",
     "Under the Localism Act 20112 and Schedule A1, the S151 officer reports."),  # a year, a code: not markers
    ("1.1 See paragraphs3, 4 and the Code3.", "See paragraphs3, 4 and the Code3."),  # no note 3 in this document
])
def test_a_footnotes_marker_glued_to_a_word_is_shown_raised_as_printed(line: str, shown: str) -> None:
    """Pasted from a PDF, "Conduct1" is a word no reader or search knows; "Conduct\u00b9" is what was printed."""
    body = (f"1. Conduct\n\n{line}\n\n1 Adopted by Council on 4 May 2022.\n2 Localism Act 2011, section 27.\n\n"
            "2. Roles\n\n2.1 Members lead.\n\n3. Media\n\n3.1 Officers brief the press.")
    assert parse_text(body).clauses[1].text == shown


def test_superscript_notes_word_endnotes_and_drawn_rules_are_residue_not_paragraphs() -> None:
    """"¹ Adopted by..." under a page, and Word's "____" / "[1] ..." endnotes: notes, not the rules of the protocol."""
    body = ("1. Introduction\n\n1.1 Members follow the Code of Conduct\u00b9 at all times.\n\n1.2 Officers advise.\u00b2\n\n"
            "\u00b9 Adopted by Council on 4 May 2021.\n\u00b2 See also the Officers' Code.\n\n2. Roles\n\n"
            "2.1 Members lead.[1]\n\n* * *\n\n2.2 Officers serve.\n\n____\n\n[1] Localism Act 2011, section 27.")
    parsed = parse_text(body)
    assert [(c.label, c.text) for c in parsed.clauses] == [
        ("1", "Introduction"), ("1-1", "Members follow the Code of Conduct\u00b9 at all times."),
        ("1-2", "Officers advise.\u00b2"), ("2", "Roles"), ("2-1", "Members lead.[1]"), ("2-2", "Officers serve.")]
    assert [(r.reason, r.lines) for r in parsed.residue] == [
        ("footnote", (7, 7)), ("footnote", (8, 8)), ("drawn rule", (14, 14)), ("drawn rule", (18, 18)),
        ("footnote", (20, 20))]


def test_paragraphs_numbered_in_brackets_are_no_endnotes_when_nothing_cites_them() -> None:
    parsed = parse_text("[1] The Council has adopted this protocol.\n\n[2] It applies to all members.")
    assert [c.text for c in parsed.clauses] == ["[1] The Council has adopted this protocol.", "[2] It applies to all members."]
    assert parsed.residue == ()


def test_a_footer_with_its_page_number_after_a_dash_is_furniture_and_the_sentence_goes_on() -> None:
    """The footer is not pasted into the clause mid-word, and "...to the" / "Member concerned." is one sentence."""
    body = ("1.1 A Member should raise it in private, as the officer con-\nFenmarsh DC \u2013 Constitution Part 5 \u2013 Page 14\n"
            "cerned cannot reply to the\nPage 3 | Member/Officer Protocol\nMember concerned.\n\n1.2 The index is at the back \u2013 page 40")
    parsed = parse_text(body)
    assert [c.text for c in parsed.clauses] == [
        "A Member should raise it in private, as the officer concerned cannot reply to the Member concerned.",
        "The index is at the back \u2013 page 40"]
    assert [(r.reason, r.lines) for r in parsed.residue] == [("running header or footer", (2, 2)),
                                                             ("running header or footer", (4, 4))]


def test_a_running_head_ending_on_its_page_number_is_furniture_when_seen_twice() -> None:
    """A three-page PDF's header, its page number set apart at the end: not a heading that cuts 1.3 in two."""
    header = "Harbury Borough Council | Member/Officer Protocol | January 2025 | {}"
    body = (f"1. Roles\n\n1.1 Members lead.\n\n1.2 Officers advise.\n\n{header.format(2)}\n\n"
            f"1.3 The officer will withdraw before\n\n{header.format(3)}\n\nany party political discussion.\n\n"
            "1.4 Members are courteous.")
    for spaced in (body, body.replace(" | ", "    ")):  # set apart by pipes, or by runs of spaces
        parsed = parse_text(spaced)
        assert [c.text for c in parsed.clauses][3:] == [
            "The officer will withdraw before any party political discussion.", "Members are courteous."]
        assert [r.reason for r in parsed.residue] == ["running header or footer"] * 2


@pytest.mark.parametrize("gap", ["   ", " | "])
def test_a_section_heading_repeated_on_the_next_page_with_its_page_number_stays_a_heading(gap: str) -> None:
    """ "2. Access to Information   2", again on page 3: one field and its page, not a running head to drop."""
    body = (f"1. Introduction\n1.1 Members respect officers.\n2. Access to Information{gap}2\n2.1 Members may ask.\n"
            f"2.2 Officers reply.\n2. Access to Information{gap}3\n2.3 Confidential papers stay so.\n3. Roles\n"
            "3.1 Members set policy.")
    parsed = parse_text(body)
    assert [(c.label, c.parent) for c in parsed.clauses][2:5] == [("2", None), ("2-1", "t--2"), ("2-2", "t--2")]
    assert parsed.residue == ()


def test_a_footer_that_opens_on_its_page_number_is_furniture() -> None:
    """ "2 | Harbury BC | Member Officer Protocol", then "3 | ...", "4 | ...": no clauses 2, 3 and 4."""
    for gap in (" | ", " "):
        body = "\n".join(f"1.{n} Rule {n}.\n{n + 1}{gap}Harbury BC{gap}Member Officer Protocol" for n in (1, 2, 3))
        parsed = parse_text(body)
        assert [c.label for c in parsed.clauses] == ["1-1", "1-2", "1-3"]
        assert [r.reason for r in parsed.residue] == ["running header or footer"] * 3


def test_a_contents_list_with_leader_dots_on_some_entries_runs_to_its_end() -> None:
    body = ("Contents\n1. Introduction 2\n2. Roles of Members ........ 3\n3. Conduct 4\n4. Complaints 5\n\n"
            "1. Introduction\n1.1 Members lead.\n2. Roles\n2.1 Officers advise.")
    parsed = parse_text(body)
    assert [r.reason for r in parsed.residue] == ["contents"] * 5
    assert [c.label for c in parsed.clauses] == ["1", "1-1", "2", "2-1"]


def test_numbered_clauses_alike_but_for_their_numbers_are_clauses_not_a_running_head() -> None:
    """ "1.2 Not used." in three places of a revised constitution is three clauses, kept in the handbook."""
    parsed = parse_text("1. Roles\n\n1.1 Members lead.\n\n1.2 Not used.\n\n2. Media\n\n2.1 Not used.\n\n"
                        "2.2 Officers brief.\n\n2.3 Not used.")
    assert [c.number for c in parsed.clauses] == ["1.", "1.1", "1.2", "2.", "2.1", "2.2", "2.3"]
    assert parsed.residue == ()


def test_a_signature_line_with_initials_is_document_control() -> None:
    parsed = parse_text("1. Concerns\n\n1.1 A complaint is made to the Monitoring Officer.\n\nSigned: R. Moss, Chairman")
    assert [c.label for c in parsed.clauses] == ["1", "1-1"]
    assert [(r.reason, r.text) for r in parsed.residue] == [("signature block", "Signed: R. Moss, Chairman")]


def test_furniture_set_in_emphasis_is_still_furniture() -> None:
    """A Markdown source sets its closing lines in italics or bold: a signature is no clause of the "Annex"."""
    body = ("1. Roles\n\n1.1 Members lead.\n\n1.2 *Members must be courteous.*\n\n**Page 3**\n\n"
            "*Approved by Council on 28 January 2025. Signed: J. Okafor, Monitoring Officer.*")
    parsed = parse_text(body)
    assert [c.text for c in parsed.clauses] == ["Roles", "Members lead.", "Members must be courteous."]
    assert [(r.reason, r.lines) for r in parsed.residue] == [("page number", (7, 7)), ("signature block", (9, 9))]


def test_a_list_pasted_without_its_bullets_is_still_a_list() -> None:
    body = "INTRODUCTION\n\nCouncillors should:\nbe courteous to the Clerk;\ngive reasonable notice of agenda items."
    assert [(c.label, c.kind, c.text) for c in parse_text(body).clauses] == [
        ("introduction", "section", "INTRODUCTION"), ("introduction-p1", "paragraph", "Councillors should:"),
        ("introduction-p1-b1", "item", "be courteous to the Clerk;"),
        ("introduction-p1-b2", "item", "give reasonable notice of agenda items.")]


def test_prose_wrapped_under_a_colon_is_not_a_list() -> None:
    body = "1.1 The Clerk has one rule:\nrequests for work come through the Clerk and\nnot through other staff."
    assert [(c.label, c.text) for c in parse_text(body).clauses] == [
        ("1-1", "The Clerk has one rule: requests for work come through the Clerk and not through other staff.")]


def test_rewording_a_divisions_title_keeps_every_id_under_it() -> None:
    """Ids are permanent anchors: "Section A Introduction" renamed "Section A Purpose and Scope" moves none."""
    body = "Section A {}\n\nA1 Purpose\n\nA1.1 This Protocol applies to all Members.\n\nSection B Roles\n\nB1.1 Members lead."
    before = [c.id for c in parse_text(body.format("Introduction")).clauses]
    after = [c.id for c in parse_text(body.format("Purpose and Scope")).clauses]
    assert before == after
    assert [i for i in before if i.count("-") == 3] == ["t--section-a", "t--section-b"]


def test_a_footer_naming_the_document_beside_a_page_number_is_furniture_even_once() -> None:
    body = ("CONCERNS\n\nA complaint is made to the Monitoring Officer.\n\n"
            "Little Haddon Parish Council – Councillor and Clerk Protocol\nPage 2\n\nROLES\n\nThe Clerk advises.")
    parsed = parse_text(body, title="Councillor and Clerk Protocol", council="Little Haddon Parish Council")
    assert [c.label for c in parsed.clauses] == ["concerns", "concerns-p1", "roles", "roles-p1"]
    assert [(r.reason, r.lines) for r in parsed.residue] == [("running header or footer", (5, 5)),
                                                             ("page number", (6, 6))]


def test_a_web_pages_paragraph_and_heading_tags_hold_numbered_clauses() -> None:
    body = "<h2>1. Introduction</h2>\n\n<p>1.1 First rule.</p>\n\n<p>1.2 Second rule.</p>\n\n<h3>Officers</h3>\n\n<p>1.3 Third.</p>"
    assert [(c.label, c.kind, c.text) for c in parse_text(body).clauses] == [
        ("1", "section", "Introduction"), ("1-1", "paragraph", "First rule."), ("1-2", "paragraph", "Second rule."),
        ("1-h1", "heading", "Officers"), ("1-3", "paragraph", "Third.")]


def test_what_a_web_page_wraps_round_the_text_is_residue() -> None:
    body = ("We use cookies to make this website work.\nSkip to main content\nHome > Council > Constitution\n\n"
            "1. Intro\n\n1.1 One.\n\n<script>document.write(\"hi\")</script>\n\nBack to top\n\n"
            "Was this page helpful? Yes / No\n\nPage 8.12\n\nConstitution – Part 6        Page 47")
    parsed = parse_text(body)
    assert [c.label for c in parsed.clauses] == ["1", "1-1"]
    assert [(r.reason, r.lines) for r in parsed.residue] == [
        ("web page furniture", (1, 1)), ("web page furniture", (2, 2)), ("web page furniture", (3, 3)),
        ("HTML script or style", (9, 9)), ("web page furniture", (11, 11)), ("web page furniture", (13, 13)),
        ("page number", (15, 15)), ("running header or footer", (17, 17))]


def test_html_entities_read_as_the_characters_they_stand_for() -> None:
    """A web paste's "&amp;" is "&"; "&lt;script&gt;" is text that says "<script>", never a tag."""
    clause = parse_text("1.1 Terms &amp; conditions &ndash; see &lt;script&gt; here.").clauses[0]
    assert clause.text == "Terms & conditions – see <script> here."


def test_a_script_or_style_element_over_several_lines_is_residue() -> None:
    body = ("1. Intro\n\n1.1 One.\n\n<script type=\"text/javascript\">\nvar x = 1;\n\ndocument.write(\"hi\");\n"
            "</script>\n<style>\n.x{color:red}\n</style>\n\n1.2 Two.")
    parsed = parse_text(body)
    assert [(c.number, c.text) for c in parsed.clauses] == [("1.", "Intro"), ("1.1", "One."), ("1.2", "Two.")]
    assert [r.lines[0] for r in parsed.residue if r.reason == "HTML script or style"] == [5, 6, 8, 9, 10, 11, 12]


def test_an_html_comment_on_its_own_lines_is_residue_with_its_words() -> None:
    """A drafter's note in a Markdown source is not published, but its words are reported, not an empty clause."""
    body = ("5.1 Rule one.\n\n<!-- Clerk: check with the MO whether\nparagraph 5.1 is still needed -->\n\n"
            "<!-- one line -->\n\n5.2 Rule two.\n\n<!-- not closed at a line end --> 5.3 Kept.")
    parsed = parse_text(body)
    assert [c.text for c in parsed.clauses] == ["Rule one.", "Rule two.", "5.3 Kept."]  # the text after it is kept
    assert [(r.reason, r.text) for r in parsed.residue] == [
        ("HTML comment", "<!-- Clerk: check with the MO whether"), ("HTML comment", "paragraph 5.1 is still needed -->"),
        ("HTML comment", "<!-- one line -->"), ("HTML comment inside the text", "<!-- not closed at a line end -->")]


@pytest.mark.parametrize(("body", "texts", "residue"), [
    ("5.1 Members must <!-- MO to confirm --> attend.\n\n5.2 Two <!-- over\ntwo lines --> here.\n\n"
     "5.3 Unclosed <!-- note\n\n5.4 Later -->",
     ["Members must attend.", "Two here.", "Unclosed <!-- note", "Later -->"],
     [("HTML comment inside the text", (1, 1), "<!-- MO to confirm -->"),
      ("HTML comment inside the text", (3, 4), "<!-- over\ntwo lines -->"),
      # both ends stay visible in their clauses: reported once more, never lost
      ("HTML comment inside the text", (6, 8), "<!-- note\n\n5.4 Later -->")]),
    ("1.1 Members must <!-- MO to check this wording before the\n\nmeeting --> attend every meeting.",
     ["Members must attend every meeting."],  # one clause across the page break: the comment is dropped from it
     [("HTML comment inside the text", (1, 3), "<!-- MO to check this wording before the\n\nmeeting -->")]),
    ("1.5 A style <style>body{display:none}</style> here.\n\n1.6 A <script>alert(1)</script> b.\n\n"
     "1.7 Open <script> never closed and more words.",
     ["A style here.", "A b.", "Open never closed and more words."],
     [("HTML script or style inside the text", (1, 1), "<style>body{display:none}</style>"),
      ("HTML script or style inside the text", (3, 3), "<script>alert(1)</script>")]),
], ids=["comment", "comment-across-a-page-break", "script-or-style"])
def test_what_no_page_shows_inside_a_clause_line_is_left_out_of_it_and_reported(body: str, texts: list[str],
                                                                                residue: list[tuple]) -> None:
    """The clause reads as published (a browser hides a comment, a script, a style); the drafter's note or
    the code is residue, with its lines. An element never closed hides nothing."""
    parsed = parse_text(body)
    assert [c.text for c in parsed.clauses] == texts
    assert [(r.reason, r.lines, r.text) for r in parsed.residue] == residue


def test_a_numbered_lead_in_heads_its_list_not_the_paragraphs_after_it() -> None:
    """ "3.8 **Officers must:**" titles its bullets; 3.9 after them is a peer, still under "3.7 Officers"."""
    body = ("3. Roles\n\n3.7 **Officers**\n\nThey serve the council.\n\n3.8 **Officers must:**\n\n- be impartial;\n"
            "- keep confidences.\n\n3.9 Officers have the right not to support councillors in other roles.")
    assert [(c.label, c.heading) for c in parse_text(body).clauses][2:] == [
        ("3-7-p1", ("3. Roles", "3.7 Officers")), ("3-8", ("3. Roles", "3.7 Officers")),
        ("3-8-b1", ("3. Roles", "3.7 Officers", "3.8 Officers must:")),
        ("3-8-b2", ("3. Roles", "3.7 Officers", "3.8 Officers must:")), ("3-9", ("3. Roles", "3.7 Officers"))]


def test_a_heading_path_reads_as_the_heading_is_shown_not_as_it_was_spaced() -> None:
    """Word pads "Section A<tab or spaces>Introduction": the path under it must read as the heading does."""
    body = ("Section A    Introduction\n\nA1 This Protocol applies to all members.\n\n**Contact   with  the press**\n\n"
            "A2 Ask first.\n\nSection B    Roles\n\nB1 Members lead.")
    headings = [(c.label, c.heading) for c in parse_text(body).clauses]
    assert headings == [("section-a", ()), ("section-a-a1", ("Section A Introduction",)),
                        ("section-a-h1", ("Section A Introduction",)),
                        ("section-a-a2", ("Section A Introduction", "Contact with the press")),
                        ("section-b", ()), ("section-b-b1", ("Section B Roles",))]
