"""Fixtures in numbering styles the bundled corpus does not use, each with its asserted clause tree.

The files are in tests/fixtures/styles/ and are read through the real reader
(front matter and all), as an officer's file would be. Every clause is listed:
(label, kind, number as printed, parent label, first and last file line, start of text).
Each fixture must also lose nothing (test_no_loss.losses: every line's words and
numbers are in a clause or the residue), and give the numbering warnings listed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausebook.check.coverage import uncovered_lines
from clausebook.check.numbering import numbering_problems
from clausebook.models import ParsedDocument
from clausebook.parse import parse_document
from clausebook.read import read_document

from parse_helpers import parse_text
from test_no_loss import losses

STYLES = Path(__file__).resolve().parents[1] / "fixtures" / "styles"

EXPECTED: dict[str, list[tuple]] = {
    "numbers-own-line": [
        ("1", "section", "1.", None, 13, 14, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 16, 17, "This protocol guides members and officers"),
        ("1-2", "paragraph", "1.2", "1", 19, 21, "It should be read with the Codes of Conduct, which apply to members"),
        ("2", "section", "2.", None, 23, 24, "Roles"),
        ("2-1", "paragraph", "2.1", "2", 26, 27, "Members are expected to:"),
        ("2-1-a", "item", "(a)", "2-1", 29, 30, "set policy;"),
        ("2-1-b", "item", "(b)", "2-1", 32, 33, "represent their wards."),
        ("2-2", "paragraph", "2.2", "2", 35, 36, "Officers advise members"),
    ],
    "flattened-line": [
        ("1", "section", "1.", None, 12, 12, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 12, 12,
         "This protocol sets out how members and officers work together. It applies under the Local Government "
         "Act 1972 and paragraph 4.2 of the Constitution."),
        ("1-2", "paragraph", "1.2", "1", 12, 12, "It must be read with the Codes of Conduct."),
        ("2", "section", "2.", None, 12, 12, "Roles"),
        ("2-1", "paragraph", "2.1", "2", 12, 12, "Members are responsible for:"),
        ("2-1-a", "item", "(a)", "2-1", 12, 12, "setting policy;"),
        ("2-1-b", "item", "(b)", "2-1", 12, 12, "representing their wards; and"),
        ("2-1-c", "item", "(c)", "2-1", 12, 12, "scrutiny of decisions."),
        ("2-2", "paragraph", "2.2", "2", 12, 12, "Officers give advice, see section 3."),
        ("3", "section", "3.", None, 12, 12, "Concerns"),
        ("3-1", "paragraph", "3.1", "3", 12, 12, "A member with a concern"),
    ],
    "paren-numbers": [
        ("introduction", "section", None, None, 13, 13, "INTRODUCTION"),
        ("introduction-1", "item", "(1)", "introduction", 15, 15, "This protocol applies"),
        ("introduction-2", "item", "(2)", "introduction", 17, 17, "It supplements"),
        ("roles-of-councillors", "section", None, None, 19, 19, "ROLES OF COUNCILLORS"),
        ("roles-of-councillors-1", "item", "(1)", "roles-of-councillors", 21, 21, "Councillors set"),
        ("roles-of-councillors-2", "item", "(2)", "roles-of-councillors", 23, 23, "Councillors must not:"),
        ("roles-of-councillors-2-a", "item", "(a)", "roles-of-councillors-2", 24, 24, "instruct officers directly; or"),
        ("roles-of-councillors-2-b", "item", "(b)", "roles-of-councillors-2", 25, 25, "seek to influence"),
        ("roles-of-councillors-3", "item", "(3)", "roles-of-councillors", 27, 27, "Councillors represent"),
    ],
    "roman-items": [
        ("5", "section", "5.", None, 13, 13, "Officer Advice to Groups"),
        ("5-1", "paragraph", "5.1", "5", 15, 15, "Officers may attend a political group meeting only if:"),
        ("5-1-a", "item", "(a)", "5-1", 16, 16, "the invitation comes from the Group Leader;"),
        ("5-1-b", "item", "(b)", "5-1", 17, 17, "the Chief Executive agrees, having regard to:"),
        ("5-1-b-i", "item", "(i)", "5-1-b", 18, 18, "the nature of the business;"),
        ("5-1-b-ii", "item", "(ii)", "5-1-b", 19, 19, "whether other groups"),
        ("5-1-b-iii", "item", "(iii)", "5-1-b", 20, 20, "any election period;"),
        ("5-1-c", "item", "(c)", "5-1", 21, 21, "the meeting is held on Council premises."),
        ("5-2", "paragraph", "5.2", "5", 23, 23, "Officers will not attend"),
    ],
    "unnumbered-headings": [
        ("roles-and-responsibilities", "section", None, None, 13, 13, "ROLES AND RESPONSIBILITIES"),
        ("roles-and-responsibilities-p1", "paragraph", None, "roles-and-responsibilities", 15, 15, "Councillors are elected"),
        ("roles-and-responsibilities-p2", "paragraph", None, "roles-and-responsibilities", 17, 17, "Officers are employed"),
        ("roles-and-responsibilities-h1", "heading", None, "roles-and-responsibilities", 19, 19, "Councillors"),
        ("roles-and-responsibilities-h1-p1", "paragraph", None, "roles-and-responsibilities-h1", 21, 21, "Councillors should treat"),
        ("roles-and-responsibilities-h1-p2", "paragraph", None, "roles-and-responsibilities-h1", 23, 23, "Councillors should not ask"),
        ("roles-and-responsibilities-h2", "heading", None, "roles-and-responsibilities", 25, 25, "Officers"),
        ("roles-and-responsibilities-h2-p1", "paragraph", None, "roles-and-responsibilities-h2", 27, 27, "Officers must remain"),
        ("when-things-go-wrong", "section", None, None, 29, 29, "WHEN THINGS GO WRONG"),
        ("when-things-go-wrong-p1", "paragraph", None, "when-things-go-wrong", 31, 31, "Concerns should first"),
    ],
    "word-numbering": [
        ("1", "section", "1)", None, 13, 13, "Introduction"),
        ("1-p1", "paragraph", None, "1", 14, 14, "This protocol applies to all members and officers."),
        ("2", "section", "2)", None, 16, 16, "Relationships"),
        ("2-a", "item", "a)", "2", 17, 17, "Members and officers should respect"),
        ("2-b", "item", "b)", "2", 18, 18, "Close personal relationships"),
        ("3", "section", "3)", None, 20, 20, "Complaints"),
        ("3-p1", "paragraph", None, "3", 21, 21, "A complaint about an officer"),
    ],
    "no-blank-lines": [
        ("1", "section", "1.", None, 12, 12, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 13, 14, "This protocol guides members and officers in their relationships"),
        ("1-2", "paragraph", "1.2", "1", 15, 15, "It is not intended to be comprehensive."),
        ("2", "section", "2.", None, 16, 16, "Roles of Members and Officers"),
        ("2-h1", "heading", None, "2", 17, 17, "Members"),
        ("2-1", "paragraph", "2.1", "2", 18, 18, "Members set policy and represent their wards."),
        ("2-h2", "heading", None, "2", 19, 19, "Officers"),
        ("2-2", "paragraph", "2.2", "2", 20, 20, "Officers give impartial advice to all members."),
        ("2-h3", "heading", None, "2", 21, 21, "Procedure for Members"),
        ("2-h3-p1", "paragraph", None, "2-h3", 22, 23, "A member who is dissatisfied with an officer should raise it "
                                                        "with the Chief Officer, who will respond"),
    ],
    "running-headers": [
        ("1", "section", "1.", None, 14, 14, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 16, 17, "This protocol applies to all members and officers of the Council"),
        ("1-2", "paragraph", "1.2", "1", 22, 25,
         "It should be read with the Members' Code of Conduct, which sets out the standards members must meet."),
        ("2", "section", "2.", None, 27, 27, "Roles"),
        ("2-1", "paragraph", "2.1", "2", 29, 29, "Members set policy."),
    ],
    "word-paste": [  # pasted from Word: one paragraph per line, no blank lines, sentence-case headings
        ("h1", "heading", None, None, 12, 12, "Ceremonial events"),
        ("h1-p1", "paragraph", None, "h1", 13, 13, "The Chairman of the Council"),
        ("h1-p2", "paragraph", None, "h1", 14, 14, "Local Members should always be told"),
        ("h2", "heading", None, None, 15, 15, "Personal relationships"),
        ("h2-p1", "paragraph", None, "h2", 16, 16, "Close personal relationships"),
        ("h2-p2", "paragraph", None, "h2", 17, 17, "Councillors should declare"),
    ],
    "parts-sections": [  # "Section A" inside "Part 1"; "A1." numbers with their section letter
        ("part-1", "section", None, None, 13, 13, "PART 1 – GENERAL"),
        ("section-a", "section", None, "part-1", 15, 15, "Section A: Purpose"),
        ("section-a-a1", "paragraph", "A1.", "section-a", 17, 17, "This protocol guides"),
        ("section-a-a2", "paragraph", "A2.", "section-a", 19, 19, "It forms part of the Constitution."),
        ("section-a-a2-1", "paragraph", "A2.1", "section-a-a2", 21, 21, "It is reviewed every four"),
        ("part-2", "section", None, None, 23, 23, "PART 2 – RELATIONSHIPS"),
        ("section-b", "section", None, "part-2", 25, 25,
         "Section B: Members and Officers"),
        ("section-b-b1", "paragraph", "B1.", "section-b", 27, 27,
         "Members and officers"),
        ("section-b-b2", "paragraph", "B2.", "section-b", 29, 29,
         "Officers are accountable"),
    ],
    "restarting-sections": [  # paragraphs numbered from 1 again in each section: labels carry the section
        ("section-1", "section", None, None, 13, 13, "Section 1 Purpose"),
        ("section-1-1", "paragraph", "1.", "section-1", 15, 15, "This protocol guides"),
        ("section-1-2", "paragraph", "2.", "section-1", 16, 16, "It forms part of the Constitution."),
        ("section-2", "section", None, None, 18, 18, "Section 2 Members"),
        ("section-2-1", "paragraph", "1.", "section-2", 20, 20, "Members set policy."),
        ("section-2-1-1", "paragraph", "1.1", "section-2-1", 21, 21, "They do so at meetings"),
        ("section-2-2", "paragraph", "2.", "section-2", 22, 22, "Members must not:"),
        ("section-2-2-a", "item", "(a)", "section-2-2", 23, 23, "instruct staff; or"),
        ("section-2-2-b", "item", "(b)", "section-2-2", 24, 24, "undermine officers."),
        ("section-3", "section", None, None, 26, 26, "Section 3 Officers"),
        ("section-3-1", "paragraph", "1.", "section-3", 28, 28, "Officers advise members."),
    ],
    # A list restarting at 1 straight under a numbered section heading is that section's: ids nest (2-1, printed "1."),
    # and a section title numbered next after the list ("3. Political Groups") is still a section.
    "restarted-list-in-section": [
        ("1", "section", "1.", None, 13, 13, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 15, 15, "This protocol guides members and officers."),
        ("2", "section", "2.", None, 17, 17, "Relationships"),
        ("2-1", "paragraph", "1.", "2", 19, 19, "Close personal familiarity"),
        ("2-2", "paragraph", "2.", "2", 20, 20, "Members and officers should declare"),
        ("2-2-b1", "item", None, "2-2", 21, 21, "Any such declaration will be treated in confidence."),
        ("3", "section", "3.", None, 23, 23, "Political Groups"),
        ("3-1", "paragraph", "3.1", "3", 25, 25, "Officers may be asked to brief political groups."),
        ("4", "section", "4.", None, 27, 27, "Concerns"),
        ("4-1", "paragraph", "1.", "4", 29, 29, "A member with a concern"),
        ("4-2", "paragraph", "2.", "4", 30, 30, "An officer with a concern"),
        ("4-3", "paragraph", "3.", "4", 31, 31, "The Monitoring Officer will keep a record"),
    ],
    # Words broken at a line end: joined ("another"), unless the document's words say it is a compound (see parse.hyphens).
    "hyphenated-breaks": [
        ("1", "section", "1.", None, 13, 13, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 15, 17, "Members and officers should treat one another with respect, and a "
                                                 "briefing must not extend to matters of party politics."),
        ("1-2", "paragraph", "1.2", "1", 19, 21, "All correspondence goes through the Chief Executive, who keeps the "
                                                 "correspondence file."),
        ("1-3", "paragraph", "1.3", "1", 23, 26, "Meetings with officers are face-to-face where possible. The Council "
                                                 "has a well-being duty: the well-being of staff matters, and members "
                                                 "co-operate with officers on it."),
        ("1-4", "paragraph", "1.4", "1", 28, 32, "Officers take part in decision-making at every stage, but a decision "
                                                 "is for members, and making it is theirs. Non-Council bodies follow "
                                                 "their own rules in pre- and post-election periods."),
        ("1-5", "paragraph", "1.5", "1", 34, 38, "Members should not contact junior officers directly about a complaint."),
    ],
    # A line of HTML with no text ("<img ... onerror=...>") is residue, even inside a clause's lines; "<Head of ...>" is text.
    "markup-only-lines": [
        ("1", "section", "1.", None, 13, 13, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 15, 16, "This protocol guides members and officers; it is for guidance only."),
        ("1-2", "paragraph", "1.2", "1", 19, 21, "Officers advise members and carry out the decisions of the Council."),
        ("1-3", "paragraph", "1.3", "1", 24, 24, "Members set policy and <Head of Paid Service> manages staff."),
    ],
    # Council, constitution part and title over numbered text: one title block, "Part 5(d)" no sentence for its bracket.
    "title-block-three-lines": [
        ("1", "section", "1.", None, 15, 15, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 17, 17, "This protocol guides members and officers."),
        ("2", "section", "2.", None, 19, 19, "Roles"),
        ("2-1", "paragraph", "2.1", "2", 21, 21, "Members set policy and officers advise them."),
    ],
    # The same title block over unnumbered text: it runs to the line repeating the title; the headings after it stay.
    "title-block-unnumbered": [
        ("h1", "heading", None, None, 17, 17, "Introduction"),
        ("h1-p1", "paragraph", None, "h1", 19, 19, "This protocol guides members and officers."),
        ("h2", "heading", None, None, 21, 21, "Roles of Members"),
        ("h2-p1", "paragraph", None, "h2", 23, 23, "Members set policy and officers advise them."),
    ],
    "contents-and-furniture": [  # a contents list with leader dots, and page furniture repeated on every page
        ("1", "section", "1.", None, 21, 21, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 23, 24, "This protocol guides the relationship between members and officers of the Council."),
        ("1-2", "paragraph", "1.2", "1", 26, 26, "It forms part of the Constitution."),
        ("2", "section", "2.", None, 28, 28, "Roles of Members"),
        ("2-1", "paragraph", "2.1", "2", 30, 30, "Members set the policy of the Council and represent their wards."),
        ("2-2", "paragraph", "2.2", "2", 34, 35, "Members must not instruct officers"),
        ("3", "section", "3.", None, 37, 37, "Roles of Officers"),
        ("3-1", "paragraph", "3.1", "3", 39, 44,
         "Officers advise members and carry out the decisions of the Council. Officers must remain politically "
         "neutral and must not be asked to support a political party."),
        ("4", "section", "4.", None, 46, 46, "Complaints"),
        ("4-1", "paragraph", "4.1", "4", 48, 48, "Complaints about the conduct of officers"),
    ],
    "approval-block": [  # the approval, review and version lines after the last clause are no clauses
        ("1", "section", "1.", None, 13, 13, "Purpose"),
        ("1-1", "paragraph", "1.1", "1", 15, 16, "This protocol sets out how members and officers"),
        ("1-2", "paragraph", "1.2", "1", 18, 18, "It will be reviewed by the Standards Committee."),
        ("2", "section", "2.", None, 20, 20, "Principles"),
        ("2-1", "paragraph", "2.1", "2", 22, 22, "Members and officers will treat"),
        ("2-2", "paragraph", "2.2", "2", 24, 24, "Officers will serve all members impartially."),
        ("3", "section", "3.", None, 26, 26, "Breaches"),
        ("3-1", "paragraph", "3.1", "3", 28, 29, "A breach of this protocol by a member"),
        ("3-2", "paragraph", "3.2", "3", 31, 32, "A breach by an officer will be dealt with under the Council's "
                                                 "disciplinary procedure."),
    ],
    "three-level-decimal": [  # 1 / 1.1 (a titled sub-section) / 1.1.1, with an (a)(b) list under a third-level paragraph
        ("1", "section", "1.", None, 13, 13, "Introduction"),
        ("1-1", "heading", "1.1", "1", 15, 15, "Purpose"),
        ("1-1-1", "paragraph", "1.1.1", "1-1", 17, 18, "This protocol sets out the standards of behaviour that "
                                                      "members and officers can expect of one another."),
        ("1-1-2", "paragraph", "1.1.2", "1-1", 20, 21, "It forms part of the Council's Constitution"),
        ("1-2", "heading", "1.2", "1", 23, 23, "Scope"),
        ("1-2-1", "paragraph", "1.2.1", "1-2", 25, 25, "The protocol applies to all elected"),
        ("2", "section", "2.", None, 27, 27, "Roles of Members and Officers"),
        ("2-1", "heading", "2.1", "2", 29, 29, "Members"),
        ("2-1-1", "paragraph", "2.1.1", "2-1", 31, 32, "Members are accountable to the electorate"),
        ("2-1-2", "paragraph", "2.1.2", "2-1", 34, 34, "Members must not:"),
        ("2-1-2-a", "item", "(a)", "2-1-2", 36, 37, "ask officers to act in a way that conflicts with their duty "
                                                    "to the Council; or"),
        ("2-1-2-b", "item", "(b)", "2-1-2", 39, 39, "criticise an officer in public."),
        ("2-2", "heading", "2.2", "2", 41, 41, "Officers"),
        ("2-2-1", "paragraph", "2.2.1", "2-2", 43, 43, "Officers are employed by the Council"),
        ("2-2-2", "paragraph", "2.2.2", "2-2", 45, 45, "Officers must give impartial advice."),
        ("3", "section", "3.", None, 47, 47, "Review"),
        ("3-1", "paragraph", "3.1", "3", 49, 49, "The Monitoring Officer will review"),
    ],
    "constitution-part": [  # a constitution chapter: "Part 5.4" title, title-case headings over paragraphs 1., 2., ...
        ("h1", "heading", None, None, 13, 13, "Introduction"),
        ("1", "paragraph", "1.", "h1", 15, 16, "The Council relies on mutual trust between members and officers. "
                                               "This protocol describes how that trust is kept."),
        ("2", "paragraph", "2.", "h1", 18, 19, "The protocol is part of the Constitution"),
        ("h2", "heading", None, None, 21, 21, "Officer Advice to Members"),
        ("3", "paragraph", "3.", "h2", 23, 23, "Officers will give members advice on:"),
        ("3-a", "item", "(a)", "3", 24, 24, "the law and the Council's procedures;"),
        ("3-b", "item", "(b)", "3", 25, 25, "the budget and its implications; and"),
        ("3-c", "item", "(c)", "3", 26, 26, "any risks in a proposed decision."),
        ("4", "paragraph", "4.", "h2", 28, 28, "Advice will be given in writing"),
        ("h3", "heading", None, None, 30, 30, "Political Groups"),
        ("5", "paragraph", "5.", "h3", 32, 32, "Officers may be asked to brief a political group. They will do so only:"),
        ("5-a", "item", "(a)", "5", 33, 33, "with the agreement of the Chief Executive;"),
        ("5-b", "item", "(b)", "5", 34, 34, "on matters of Council business; and"),
        ("5-c", "item", "(c)", "5", 35, 35, "where the same briefing is offered"),
        ("6", "paragraph", "6.", "h3", 37, 38, "An officer at a group meeting will not be present for political "
                                               "discussion."),
    ],
    "full-width": [  # PDF pasted at full width, no blank lines: title-case headings, then numbered headings
        ("h1", "heading", None, None, 12, 12, "Introduction"),
        ("1", "paragraph", "1.", "h1", 13, 14, "This protocol sets out the principles that govern the relationship "
                                               "between councillors and officers of the Council. It is intended"),
        ("2", "paragraph", "2.", "h1", 15, 16, "The protocol does not cover every situation."),
        ("h2", "heading", None, None, 17, 17, "Roles and Responsibilities"),
        ("3", "paragraph", "3.", "h2", 18, 19, "Councillors are democratically elected"),
        ("4", "paragraph", "4.", "h2", 20, 21, "Officers are employed by the Council as a whole."),
        ("5", "section", "5.", None, 22, 22, "Working Relationships"),
        ("5-p1", "paragraph", None, "5", 23, 25, "Councillors and officers should treat one another with courtesy "
                                                 "and respect and should not make personal or abusive remarks"),
        ("6", "section", "6.", None, 26, 26, "Complaints"),
        ("6-p1", "paragraph", None, "6", 27, 29, "A councillor who is unhappy"),
    ],
    "nested-bullets": [  # lists nested by glyph ("•" then Word's "o" or "◦") or by indent ("- " then "    - ")
        ("1", "section", "1.", None, 13, 13, "Working Together"),
        ("1-1", "paragraph", "1.1", "1", 15, 15, "Members and officers should:"),
        ("1-1-b1", "item", None, "1-1", 16, 16, "treat each other with respect;"),
        ("1-1-b2", "item", None, "1-1", 17, 17, "respect each other's roles, in particular:"),
        ("1-1-b2-b1", "item", None, "1-1-b2", 18, 18, "the member's role in setting policy;"),
        ("1-1-b2-b2", "item", None, "1-1-b2", 19, 19, "the officer's duty to give impartial advice;"),
        ("1-1-b3", "item", None, "1-1", 20, 20, "not make personal attacks on one another."),
        ("1-2", "paragraph", "1.2", "1", 22, 22, "When officers attend a political group meeting:"),
        ("1-2-b1", "item", None, "1-2", 23, 23, "they give information and advice only;"),
        ("1-2-b1-b1", "item", None, "1-2-b1", 24, 24, "not advice on political tactics;"),
        ("1-2-b1-b2", "item", None, "1-2-b1", 25, 25, "not advice on the group's own business;"),
        ("1-2-b2", "item", None, "1-2", 26, 26, "the group's discussions are confidential."),
        ("2", "section", "2.", None, 28, 28, "Access to Information"),
        ("2-1", "paragraph", "2.1", "2", 30, 30, "A member may ask for information"),
        ("2-1-b1", "item", None, "2-1", 31, 31, "reports to a committee they sit on;"),
        ("2-1-b1-b1", "item", None, "2-1-b1", 32, 32, "background papers listed in the report;"),
        ("2-1-b1-b2", "item", None, "2-1-b1", 33, 33, "legal advice given to that committee;"),
        ("2-1-b2", "item", None, "2-1", 34, 34, "information about their own ward."),
        ("2-2", "paragraph", "2.2", "2", 36, 36, "A member may not see"),
    ],
    "lettered-sections": [  # sections "A.", "B." in capitals; paragraphs "A1", "A2" with no dot, then "A2.1"
        ("a", "section", "A.", None, 13, 13, "INTRODUCTION"),
        ("a1", "paragraph", "A1", "a", 15, 16, "This protocol guides the working relationship between councillors "
                                               "and officers of the Council."),
        ("a2", "paragraph", "A2", "a", 18, 18, "It applies to all councillors"),
        ("a2-1", "paragraph", "A2.1", "a2", 20, 21, "Where a co-opted member has no vote"),
        ("a2-2", "paragraph", "A2.2", "a2", 23, 23, "It does not apply to the Council's contractors."),
        ("b", "section", "B.", None, 25, 25, "ROLES"),
        ("b1", "paragraph", "B1", "b", 27, 27, "Councillors give political direction"),
        ("b2", "paragraph", "B2", "b", 29, 29, "Officers advise councillors"),
        ("b2-1", "paragraph", "B2.1", "b2", 31, 31, "An officer who is asked to act outside"),
        ("c", "section", "C.", None, 33, 33, "RESOLVING CONCERNS"),
        ("c1", "paragraph", "C1", "c", 35, 36, "A councillor who is unhappy"),
        ("c2", "paragraph", "C2", "c", 38, 39, "An officer who is unhappy"),
    ],
    "lettered-restarting": [  # sections "A.", "B." in title case; paragraphs restart at 1. in each: labels carry the letter
        ("a", "section", "A.", None, 13, 13, "Introduction"),
        ("a-1", "paragraph", "1.", "a", 15, 15, "This protocol is part of Section 5F"),
        ("a-2", "paragraph", "2.", "a", 17, 17, "It sets out what members and officers"),
        ("b", "section", "B.", None, 19, 19, "Expectations of Members"),
        ("b-1", "paragraph", "1.", "b", 21, 21, "Members can expect officers to:"),
        ("b-1-a", "item", "(a)", "b-1", 22, 22, "give impartial and timely advice;"),
        ("b-1-b", "item", "(b)", "b-1", 23, 23, "treat them with respect."),
        ("b-2", "paragraph", "2.", "b", 25, 25, "Members should not press officers"),
        ("c", "section", "C.", None, 27, 27, "Expectations of Officers"),
        ("c-1", "paragraph", "1.", "c", 29, 29, "Officers can expect members"),
        ("c-1-1", "paragraph", "1.1", "c-1", 31, 32, "A member who wants advice on a political matter should ask the "
                                                     "political assistant for their group."),
    ],
    "two-page-footer": [  # a tabbed contents list, a footer on only two pages, a signature and dates at the end
        ("1", "section", "1.", None, 18, 18, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 19, 20, "This protocol guides members and officers in their dealings with "
                                                 "one another and forms part of the Constitution."),
        ("2", "section", "2.", None, 21, 21, "Roles"),
        ("2-1", "paragraph", "2.1", "2", 22, 22, "Members set policy"),
        ("2-2", "paragraph", "2.2", "2", 25, 26, "Officers give advice to members and carry out the decisions of "
                                                 "the Council."),
        ("3", "section", "3.", None, 27, 27, "Complaints"),
        ("3-1", "paragraph", "3.1", "3", 28, 28, "Complaints about officers"),
        ("3-2", "paragraph", "3.2", "3", 29, 29, "Complaints about members"),
    ],
    "chapter-numbered": [  # every number carries its constitution chapter (5.4.x.y); tab-indented nested bullets;
        # a number cited at the start of a wrapped line ("under paragraph" / "5.4.2.1 from time to time.")
        ("5-4-1", "heading", "5.4.1", None, 13, 13, "Introduction"),
        ("5-4-1-1", "paragraph", "5.4.1.1", "5-4-1", 15, 15, "This protocol applies"),
        ("5-4-1-2", "paragraph", "5.4.1.2", "5-4-1", 17, 17, "It should be read with the Codes of Conduct."),
        ("5-4-2", "heading", "5.4.2", None, 19, 19, "Roles"),
        ("5-4-2-1", "paragraph", "5.4.2.1", "5-4-2", 21, 21, "Members must:"),
        ("5-4-2-1-b1", "item", None, "5-4-2-1", 22, 22, "act lawfully;"),
        ("5-4-2-1-b1-b1", "item", None, "5-4-2-1-b1", 23, 23, "in meetings;"),
        ("5-4-2-1-b1-b2", "item", None, "5-4-2-1-b1", 24, 24, "outside meetings;"),
        ("5-4-2-1-b2", "item", None, "5-4-2-1", 25, 25, "be polite."),
        ("5-4-2-2", "paragraph", "5.4.2.2", "5-4-2", 27, 28, "The Monitoring Officer may issue guidance under "
                                                             "paragraph 5.4.2.1 from time to time."),
        ("5-4-3", "heading", "5.4.3", None, 30, 30, "Review"),
        ("5-4-3-1", "paragraph", "5.4.3.1", "5-4-3", 31, 31, "This protocol is reviewed annually."),
    ],
    "headings-over-decimals": [  # unnumbered headings stand for sections 1, 2, 3 over paragraphs 1.1, 2.1, 3.1
        ("h1", "heading", None, None, 13, 13, "Introduction"),
        ("1-1", "paragraph", "1.1", "h1", 15, 15, "This protocol applies to all members."),
        ("1-2", "paragraph", "1.2", "h1", 17, 17, "It is part of the Constitution."),
        ("h2", "heading", None, None, 19, 19, "Roles of Members"),
        ("2-1", "paragraph", "2.1", "h2", 21, 21, "Members set policy."),
        ("2-2", "paragraph", "2.2", "h2", 23, 23, "Members must:"),
        ("2-2-1", "item", "(1)", "2-2", 25, 25, "act lawfully;"),
        ("2-2-2", "item", "(2)", "2-2", 27, 27, "respect officers, including:"),
        ("2-2-2-a", "item", "(a)", "2-2-2", 29, 29, "their neutrality; and"),
        ("2-2-2-b", "item", "(b)", "2-2-2", 31, 31, "their professional judgement."),
        ("h3", "heading", None, None, 33, 33, "Roles of Officers"),
        ("3-1", "paragraph", "3.1", "h3", 35, 35, "Officers give advice."),
    ],
    "wrapped-numbers": [  # PDF text at full width whose wrapped lines start with numbers ("10 working days", "2.3 of")
        ("1", "section", "1.", None, 13, 13, "Complaints"),
        ("1-1", "paragraph", "1.1", "1", 15, 18,
         "A member who has a concern about an officer should raise it with the officer's manager, who will reply "
         "within 10 working days. If the member is not satisfied, the matter may be referred to the Chief Executive "
         "in accordance with 2.3 of the Officers' Code. The Chief Executive will decide what further action, if any, "
         "should be taken in the case. Any disciplinary action is a matter for the Council as employer"),
        ("1-2", "paragraph", "1.2", "1", 20, 21, "An officer who has a concern about a member should raise it with the "
                                                 "Monitoring Officer, who will deal with it within 28 days."),
        ("2", "section", "2.", None, 23, 23, "Review"),
        ("2-1", "paragraph", "2.1", "2", 25, 26, "This protocol will be reviewed every 2 years by the Standards Committee."),
    ],
    "word-footers": [  # Word's "3 | Page" footers under a two-word running header ("Part 5") that names a division
        ("1", "section", "1.", None, 13, 13, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 15, 16, "This protocol guides members and officers in their relationships "
                                                 "with each other."),
        ("1-2", "paragraph", "1.2", "1", 19, 20, "It forms part of the Constitution and is binding on all members "
                                                 "and officers."),
        ("2", "section", "2.", None, 22, 22, "Roles"),
        ("2-1", "paragraph", "2.1", "2", 25, 25, "Members set policy."),
        ("2-2", "paragraph", "2.2", "2", 27, 27, "Officers implement it."),
    ],
    "contents-wrapped": [  # a capitals CONTENTS list with column heads and an entry wrapped over two lines
        ("1", "section", "1.", None, 20, 20, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 21, 21, "This protocol guides members and officers."),
        ("2", "section", "2.", None, 22, 22, "Roles of Members and Officers"),
        ("2-1", "paragraph", "2.1", "2", 23, 23, "Members set policy."),
        ("3", "section", "3.", None, 24, 24, "Relations with the Press and Other Media"),
        ("3-1", "paragraph", "3.1", "3", 25, 25, "Press releases are issued"),
        ("4", "section", "4.", None, 26, 26, "Complaints"),
        ("4-1", "paragraph", "4.1", "4", 27, 27, "Complaints go to the Chief Executive."),
    ],
    "constitution-section": [  # "Section 5.4 – ..." titles a constitution chapter under a "PART 5" running header
        ("1", "section", "1.", None, 14, 14, "INTRODUCTION"),
        ("1-1", "paragraph", "1.1", "1", 16, 17, "This protocol sets out the way in which members and officers of "
                                                 "the Council should work together."),
        ("1-2", "paragraph", "1.2", "1", 19, 20, "It applies to all members"),
        ("2", "section", "2.", None, 24, 24, "OFFICER SUPPORT TO MEMBERS"),
        ("2-1", "paragraph", "2.1", "2", 26, 26, "Officers will support members in their roles by:"),
        ("2-1-a", "item", "a)", "2-1", 27, 27, "providing information;"),
        ("2-1-b", "item", "b)", "2-1", 28, 28, "giving advice; and"),
        ("2-1-c", "item", "c)", "2-1", 29, 29, "arranging training."),
        ("2-2", "paragraph", "2.2", "2", 31, 31, "Officers cannot support members"),
        ("3", "section", "3.", None, 35, 35, "CORRESPONDENCE"),
        ("3-1", "paragraph", "3.1", "3", 37, 38, "Correspondence between a member and an officer should not be "
                                                 "copied to another member unless the author agrees."),
    ],
    "footnote-signature": [  # a page-foot footnote "1 Chapter 7..." among sections "1.", "2."; signature lines
        ("1", "section", "1.", None, 13, 13, "Purpose"),
        ("1-1", "paragraph", "1.1", "1", 15, 16, "This protocol reflects the duties"),
        ("1-2", "paragraph", "1.2", "1", 18, 18, "Members and officers must comply with it."),
        ("2", "section", "2.", None, 20, 20, "Breaches"),
        ("2-1", "paragraph", "2.1", "2", 22, 22, "A breach will be dealt with"),
    ],
    "wrapped-headings": [  # long headings wrapped over two lines, in capitals and in title case, numbered or not
        ("5", "section", "5.", None, 13, 14, "RELATIONSHIPS BETWEEN MEMBERS AND OFFICERS IN POLITICAL GROUPS"),
        ("5-1", "paragraph", "5.1", "5", 16, 16, "Officers may be asked"),
        ("5-2", "paragraph", "5.2", "5", 18, 18, "Any advice given"),
        ("6", "section", "6.", None, 20, 21, "Member Requests for Information and Access to Council Documents"),
        ("6-1", "paragraph", "6.1", "6", 23, 23, "Members may see documents"),
        ("6-2", "paragraph", "6.2", "6", 25, 25, "The Monitoring Officer decides"),
        ("relationships-with-the-press-and-other-media", "section", None, None, 27, 28,
         "RELATIONSHIPS WITH THE PRESS AND OTHER MEDIA"),
        ("relationships-with-the-press-and-other-media-p1", "paragraph", None,
         "relationships-with-the-press-and-other-media", 30, 30, "Members who speak to the press"),
    ],
    "bold-numbers": [  # numbers set in bold as pasted from HTML or Word: "**1.1** This", "**1. Introduction**", "**(a)**"
        ("1", "section", "1.", None, 13, 13, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 15, 15, "This protocol applies to all members."),
        ("1-2", "paragraph", "1.2", "1", 17, 17, "It is part of the Constitution."),
        ("2", "section", "2.", None, 19, 19, "Roles"),
        ("2-1", "paragraph", "2.1", "2", 21, 21, "Members set policy:"),
        ("2-1-a", "item", "(a)", "2-1", 23, 23, "in Council;"),
        ("2-1-b", "item", "(b)", "2-1", 24, 24, "in Cabinet."),
    ],
    "appendices": [  # appendices after the protocol number their paragraphs from 1 again: labels carry the appendix
        ("1", "section", "1.", None, 13, 13, "Introduction"),
        ("1-1", "paragraph", "1.1", "1", 15, 16, "This protocol guides members and officers. See Appendix A for the "
                                                 "social media guidance."),
        ("2", "section", "2.", None, 18, 18, "Complaints"),
        ("2-1", "paragraph", "2.1", "2", 20, 20, "Complaints go to the Chief Executive."),
        ("appendix-a", "section", None, None, 22, 22, "Appendix A – Social Media Guidance"),
        ("appendix-a-1", "paragraph", "1.", "appendix-a", 24, 24,
         "Members should not discuss"),
        ("appendix-a-2", "paragraph", "2.", "appendix-a", 26, 26,
         "Officers should not comment"),
        ("appendix-b", "section", None, None, 28, 28, "Appendix B – Contacts"),
        ("appendix-b-1", "paragraph", "1.", "appendix-b", 30, 30, "The Monitoring Officer can be"),
    ],
    "word-paste-bullets": [  # one paragraph per line, no blank lines, sentence-case headings, lower-case bullets
        ("h1", "heading", None, None, 12, 12, "Introduction"),
        ("h1-p1", "paragraph", None, "h1", 13, 13, "This protocol sets out how councillors and officers"),
        ("h1-p2", "paragraph", None, "h1", 14, 14, "It forms part of the Constitution"),
        ("h2", "heading", None, None, 15, 15, "What councillors can expect"),
        ("h2-p1", "paragraph", None, "h2", 16, 16, "Councillors can expect officers:"),
        ("h2-p1-b1", "item", None, "h2-p1", 17, 17, "to give impartial advice;"),
        ("h2-p1-b2", "item", None, "h2-p1", 18, 18, "to respond promptly to enquiries;"),
        ("h2-p1-b3", "item", None, "h2-p1", 19, 19, "to treat them with respect and courtesy."),
        ("h2-p2", "paragraph", None, "h2", 20, 20, "Officers will not take part in party political activity at work. "
                                                   "Officers will not be asked"),
        ("h3", "heading", None, None, 21, 21, "What officers can expect"),
        ("h3-p1", "paragraph", None, "h3", 22, 22, "Officers can expect councillors:"),
        ("h3-p1-b1", "item", None, "h3-p1", 23, 23, "to respect their political neutrality;"),
        ("h3-p1-b2", "item", None, "h3-p1", 24, 24, "not to criticise them in public."),
        ("h3-p2", "paragraph", None, "h3", 25, 25, "Councillors who have a concern about an officer"),
    ],
    "mixed-wrap": [  # no blank lines; most paragraphs on one long line, one hard-wrapped; lead-ins ending ':'
        ("1", "section", "1.", None, 12, 12, "Roles"),
        ("1-1", "paragraph", "1.1", "1", 13, 13, "The respective roles of members and officers can be summarised as follows:"),
        ("1-1-p1", "paragraph", None, "1-1", 14, 14, "Members and officers are servants of the public"),
        ("1-1-p2", "paragraph", None, "1-1", 15, 15, "Mutual respect between members and officers"),
        ("1-2", "paragraph", "1.2", "1", 16, 16, "The Local Government Association's guidance states that:"),
        ("1-2-p1", "paragraph", None, "1-2", 17, 17, '"Both councillors and officers are servants'),
        ("2", "section", "2.", None, 18, 18, "Requests to Officers"),
        ("2-1", "paragraph", "2.1", "2", 19, 22, "Members should have regard to the seniority of officers in determining "
                                                 "what are reasonable requests, having regard to the power relationship"),
        ("2-2", "paragraph", "2.2", "2", 23, 23, "Members should not ask junior officers"),
    ],
    "html-table-multiline": [  # a table copied from a council web page: one HTML tag per line, <thead>/<tbody>, <p> in cells
        ("1", "section", "1.", None, 13, 13, "Working Together"),
        ("1-1", "paragraph", "1.1", "1", 15, 15, "Members and officers should treat one another with mutual respect."),
        ("1-1-t1-r1-c1", "cell", None, "1-1", 26, 27, "Treat officers with courtesy and respect at all times"),
        ("1-1-t1-r1-c2", "cell", None, "1-1", 28, 28, "Bully, harass or intimidate officers"),
        ("1-1-t1-r2-c1-1", "cell", None, "1-1", 31, 34, "Respect the political neutrality of officers"),
        ("1-1-t1-r2-c1-2", "cell", None, "1-1", 31, 34, "Respect officers' free time"),
        ("1-1-t1-r2-c2", "cell", None, "1-1", 35, 38, "Ask officers to act outside their professional role"),
        ("1-1-t1-r3-c2", "cell", None, "1-1", 42, 42, "Criticise officers in public"),
        ("1-2", "paragraph", "1.2", "1", 47, 47, "Officers should raise any concern about a member's conduct"),
    ],
}

# Table cells: label -> (column, row), for fixtures with tables.
CELLS = {
    "html-table-multiline": {
        "1-1-t1-r1-c1": ("Members Do", 1), "1-1-t1-r1-c2": ("Members Don't", 1),
        "1-1-t1-r2-c1-1": ("Members Do", 2), "1-1-t1-r2-c1-2": ("Members Do", 2), "1-1-t1-r2-c2": ("Members Don't", 2),
        "1-1-t1-r3-c2": ("Members Don't", 3),
    },
}

HEADINGS = {
    ("parts-sections", "section-a-a2-1"): ("PART 1 – GENERAL", "Section A: Purpose"),
    ("parts-sections", "section-b-b1"): ("PART 2 – RELATIONSHIPS", "Section B: Members and Officers"),
    ("restarting-sections", "section-2-2-a"): ("Section 2 Members",),
    ("no-blank-lines", "2-2"): ("2. Roles of Members and Officers", "Officers"),
    ("word-numbering", "2-a"): ("2) Relationships",),
    ("three-level-decimal", "2-1-2-a"): ("2. Roles of Members and Officers", "2.1 Members"),
    ("constitution-part", "5-a"): ("Political Groups",),
    ("full-width", "4"): ("Roles and Responsibilities",),
    ("lettered-sections", "a2-1"): ("A. INTRODUCTION",),
    ("bold-numbers", "2-1-a"): ("2. Roles",),
    ("chapter-numbered", "5-4-2-1-b1-b2"): ("5.4.2 Roles",),
    ("headings-over-decimals", "2-2-2-a"): ("Roles of Members",),
    ("lettered-restarting", "b-1-a"): ("B. Expectations of Members",),
    ("full-width", "5-p1"): ("5. Working Relationships",),
    ("restarted-list-in-section", "2-2-b1"): ("2. Relationships",),
}

RESIDUE = {
    "contents-and-furniture": [("running header or footer", (11, 11)), ("title block", (12, 12))]
    + [("contents", (n, n)) for n in range(13, 18)]
    + [("page number", (18, 18)), ("document control", (19, 19))]
    + [(reason, (n, n)) for first in (31, 41) for reason, n in (("running header or footer", first),
                                                                ("page number", first + 1),
                                                                ("document control", first + 2))],
    "two-page-footer": [("title block", (11, 11))] + [("contents", (n, n)) for n in range(12, 17)]
    + [("running header or footer", (23, 23)), ("page number", (24, 24)),
       ("running header or footer", (30, 30)), ("page number", (31, 31)),
       ("signature block", (32, 32)), ("signature block", (33, 33)),
       ("document control", (34, 34)), ("document control", (35, 35))],
    "word-footers": [("title block", (11, 11))] + [(reason, (n, n)) for first in (17, 23, 28) for reason, n in
                                                   (("running header or footer", first), ("page number", first + 1))],
    "contents-wrapped": [("title block", (11, 11))] + [("contents", (n, n)) for n in range(12, 19)],
    "constitution-section": [("running header or footer", (11, 11)), ("title block", (12, 12))]
    + [(reason, (n, n)) for first in (21, 32, 39) for reason, n in (("running header or footer", first),
                                                                    ("page number", first + 1))],
    "footnote-signature": [("title block", (11, 11)), ("footnote", (24, 24)), ("signature block", (26, 26)),
                           ("signature block", (28, 28)), ("signature block", (30, 30))],
    "approval-block": [("title block", (11, 11))] + [("document control", (n, n)) for n in range(34, 40)],
    "constitution-part": [("title block", (11, 11))],
    "full-width": [("title block", (11, 11))],
    # Lines of markup alone ("<tr>", "</tr>", "<tbody>") and an empty cell are residue; the header row names the columns.
    "html-table-multiline": [("title block", (11, 11))]
    + [("HTML markup without text", (n, n)) for n in (17, 18, 19)]
    + [("table header (kept as the cells' column names)", (20, 21))]
    + [("HTML markup without text", (n, n)) for n in (22, 23, 24, 25, 29, 30, 39, 40)]
    + [("empty table cell", (41, 41))] + [("HTML markup without text", (n, n)) for n in (43, 44, 45)],
    "markup-only-lines": [("title block", (11, 11))]
    + [("HTML markup without text", (n, n)) for n in (17, 20, 23)],
    "title-block-three-lines": [("title block", (n, n)) for n in (11, 12, 13)],
    "title-block-unnumbered": [("title block", (n, n)) for n in (11, 13, 15)],
    "running-headers": [("running header or footer", (11, 11)), ("title block", (12, 12)), ("page number", (19, 19)),
                        ("running header or footer", (20, 20)), ("page number", (23, 23)),
                        ("running header or footer", (24, 24)), ("running header or footer", (30, 30))],
}


# Numbering warnings `clausebook check` gives (line, code); a fixture not listed has none.
NUMBERING: dict[str, list[tuple[int, str]]] = {}


def _parse(name: str) -> ParsedDocument:
    document, problems = read_document(STYLES / f"{name}.txt")
    assert document is not None, problems
    assert [p for p in problems if p.severity == "error"] == []
    return parse_document(document)


def test_every_style_fixture_has_expectations() -> None:
    assert sorted(p.stem for p in STYLES.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_style_fixture_clause_tree(name: str) -> None:
    parsed = _parse(name)
    labels = {c.id: c.label for c in parsed.clauses}
    got = [(c.label, c.kind, c.number, labels[c.parent] if c.parent else None, *c.lines) for c in parsed.clauses]
    assert got == [e[:6] for e in EXPECTED[name]]
    for clause, expected in zip(parsed.clauses, EXPECTED[name]):
        assert clause.text.startswith(expected[6]), clause.label
    assert uncovered_lines(parsed) == []
    assert losses(parsed) == []
    # Every file starts with its title, which is set aside as the title block (or a running header).
    assert parsed.residue and parsed.residue[0].lines[0] == parsed.document.first_line + (
        0 if parsed.document.lines[0].strip() else 1)
    for (fixture, label), heading in HEADINGS.items():
        if fixture == name:
            assert next(c.heading for c in parsed.clauses if c.label == label) == heading
    assert [(p.line, p.code) for p in numbering_problems(parsed)] == NUMBERING.get(name, [])
    if name in RESIDUE:
        assert [(r.reason, r.lines) for r in parsed.residue] == RESIDUE[name]
    assert {c.label: (c.column, c.row) for c in parsed.clauses if c.kind == "cell"} == CELLS.get(name, {})


def test_html_table_over_several_lines_reads_as_its_one_line_form() -> None:
    """The fixture's table, with each row written on one line, gives the same clauses: only the cells' lines differ."""
    multi = _parse("html-table-multiline")
    lines = list(multi.document.lines)
    first, last = lines.index('<table class="protocol-table">'), lines.index("</table>")
    one_line = lines[:first] + [
        '<table class="protocol-table">', "<thead>",
        """<tr><th scope="col">Members Do</th><th scope="col">Members Don't</th></tr>""", "</thead>", "<tbody>",
        "<tr><td>Treat officers with courtesy and respect at all times</td>"
        "<td>Bully, harass or intimidate officers</td></tr>",
        """<tr class="alt"><td><p>Respect the political neutrality of officers</p> <p>Respect officers' free time</p></td>"""
        "<td>Ask officers to act outside their professional role</td></tr>",
        "<tr><td></td><td>Criticise officers in public</td></tr>", "</tbody>", "</table>"] + lines[last + 1:]
    single = parse_text("\n".join(one_line), title=multi.document.title, doc_id=multi.document.id)

    def clauses(parsed: ParsedDocument) -> list[tuple]:
        return [(c.id, c.kind, c.parent, c.text, c.column, c.row, c.table) for c in parsed.clauses]

    assert clauses(single) == clauses(multi)
    assert losses(single) == []


def test_lettered_numbering_anomalies_are_kept_as_printed_and_reported() -> None:
    """A gap (A1 to A3) and a repeat (B1 twice) in lettered numbering: kept, given stable ids, reported by check."""
    parsed = parse_text("Protocol\n\nA. INTRODUCTION\n\nA1 This protocol applies to members.\n\n"
                        "A3 It also applies to officers.\n\nB. ROLES\n\nB1 Members set policy.\n\nB1 Officers advise.")
    assert [(c.label, c.number) for c in parsed.clauses] == [
        ("a", "A."), ("a1", "A1"), ("a3", "A3"), ("b", "B."), ("b1", "B1"), ("b1-dup2", "B1")]
    assert sorted((p.line, p.code) for p in numbering_problems(parsed)) == [
        (7, "numbering-gap"), (13, "numbering-duplicate")]


@pytest.mark.parametrize(("divisions", "expected"), [
    (("Section A", "Section C"), [(5, "numbering-gap", "numbering skips from Section A to Section C")]),
    (("Section B", "Section A"), [(5, "numbering-order", "Section A comes after Section B: numbers out of order")]),
    (("Section A", "Section A"), [(5, "numbering-duplicate",
                                   "Section A is used twice (first at line 1); this one's id is t--section-a-dup2")]),
    (("Part I", "Part III"), [(5, "numbering-gap", "numbering skips from Part I to Part III")]),
    (("Section H", "Section I"), []),
    (("Part I", "Part II"), []),
    (("Part 1", "Section A"), []),
])
def test_unnumbered_divisions_are_checked_in_sequence(divisions: tuple[str, str], expected: list[tuple]) -> None:
    """ "Section A" then "Section C": a division lost in the paste, reported as a number gap would be."""
    first, second = divisions
    parsed = parse_text(f"{first} Purpose\n\nThis protocol applies.\n\n{second} Roles\n\nMembers set policy.")
    assert [c.kind in ("part", "section") for c in parsed.clauses] == [True, False, True, False]
    found = [(p.line, p.code, p.message) for p in numbering_problems(parsed)]
    assert found == expected


def test_items_restarting_under_each_unnumbered_heading_are_no_duplicates() -> None:
    """ "(1)" again under the next capitals heading is a new list; "(2)" twice in one list is still reported."""
    parsed = parse_text("Protocol\n\nINTRODUCTION\n\n(1) This protocol applies.\n\n(2) It is binding.\n\n"
                        "ROLES\n\n(1) Members set policy.\n\n(2) Officers advise.\n\n(2) Officers implement.")
    assert [c.label for c in parsed.clauses if c.kind == "item"] == [
        "introduction-1", "introduction-2", "roles-1", "roles-2", "roles-2-dup2"]
    assert [(p.line, p.code) for p in numbering_problems(parsed)] == [(15, "numbering-duplicate")]


def test_markup_with_no_text_is_reported_and_never_in_a_clause() -> None:
    """ "<img src=x onerror=...>" alone on a line goes to the residue as it is; no clause holds any of it."""
    parsed = _parse("markup-only-lines")
    assert "<img src=x onerror=\"alert('pwned')\">" in [r.text for r in parsed.residue]
    assert not [c.label for c in parsed.clauses if "onerror" in c.text or any("<img" in s.text for s in c.spans)]
