"""What a line of text looks like: a heading, an ALL-CAPS heading, a lead-in."""

from __future__ import annotations

import re

_LETTERS = re.compile(r"[A-Za-z]")
# Words a title never ends on: a line ending on one is a sentence cut short or a lead-in ("4.3 Except that").
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "to", "and", "or", "but", "for", "in", "on", "at", "with", "by", "from", "as",
    "be", "is", "are", "was", "were", "that", "which", "who", "whose", "their", "his", "her", "its", "this",
    "these", "those", "such", "any", "each", "not", "no", "if", "when", "where", "whether", "than", "into",
    "upon", "about", "between", "within", "without", "under", "over", "after", "before", "during", "via",
})


def is_caps_heading(text: str) -> bool:
    """ "DEFINING THE MEMBER AND OFFICER ROLES": mostly capitals, short, no full stop."""
    letters = _LETTERS.findall(text)
    if len(letters) < 3 or text.rstrip().endswith((".", ";", ",")):
        return False
    upper = sum(ch.isupper() for ch in letters)
    return upper / len(letters) >= 0.8 and len(text.split()) <= 15


_NAMES_A_FILE_OR_SITE = re.compile(
    r"\w\.(pdf|docx?|xlsx?|pptx?|odt|rtf)\b|https?://|\bwww\.|\b[\w-]+\.(gov|co|org|ac|nhs)\.uk\b", re.I)


def is_heading_text(text: str) -> bool:
    """A short title: at most twelve words, no sentence punctuation at the end.

    A colon is allowed on a very short title-case line ("Reports:", "Officer Attendance:");
    a line ending on a function word ("Except that") is a lead-in, not a title.
    """
    stripped = text.strip().strip("*").strip()
    words = stripped.split()
    if not words or len(words) > 12 or len(stripped) > 90:
        return False
    if stripped.endswith(":"):  # "Reports:" titles what follows; "Members should:" introduces a list
        return len(words) <= 4 and is_title_case(stripped)
    # A line ending on a word broken by a hyphen ("Non-" / "Council bodies") goes on below: it titles nothing.
    if re.search(r"[.;,!]$|[^\W\d_]-$", stripped) or (len(words) > 1 and words[-1].lower() in FUNCTION_WORDS):
        return False
    if _NAMES_A_FILE_OR_SITE.search(stripped):  # "Protocol vf.pdf (moderngov.co.uk)": a document listed, not a title
        return False
    first = stripped.lstrip("\"'\u2018\u201c([")[:1]
    return first.isupper() or first.isdigit()


def is_title_case(text: str) -> bool:
    """ "Roles of Members and Officers", "INTRODUCTION": every word but the small ones capitalised.

    Only a title set like this is safe to end a paragraph on when no blank line
    follows it; a wrapped sentence line ("If the complaint concerns a Strategic") is not.
    """
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", text)
    return bool(words) and all(w[0].isupper() for w in words if w.lower() not in FUNCTION_WORDS) \
        and words[0][0].isupper()


# "Section 151 Officer" (the finance officer's statutory title) and "Section 27 of the Localism Act" name no division.
DIVISION = re.compile(r"^(part|section|article|chapter|schedule|appendix|annexe?)\s+(?!151\s+officer)"
                      r"(\d{1,3}|[A-Z]|[IVX]{1,5})\b(?!\s+of\s+the\b)", re.I)
# An appendix or annex after the protocol is a division of its own: its paragraphs restart at 1.
_DIVISION_RANKS = {"part": 0, "schedule": 0, "appendix": 0, "annex": 0, "annexe": 0, "chapter": 1, "article": 1,
                   "section": 2}


def division_rank(text: str) -> int | None:
    """ "Part 1 – General" 0 (also "Appendix A"), "Article 4" 1, "Section A: Purpose" 2: a division and its level, or None.

    Paragraphs may restart at 1 in each division, and a Section sits inside a Part.
    """
    match = _division(text)
    return _DIVISION_RANKS[match.group(1).lower()] if match and is_heading_text(text) else None


def division_name(text: str) -> str | None:
    """ "Section A" of "Section A    Introduction and Purpose": what names the division, whatever its title."""
    match = _division(text)
    return match.group(0) if match else None


def _division(text: str) -> re.Match[str] | None:
    return DIVISION.match(text.strip().strip("*").strip())


def is_division(text: str) -> bool:
    return division_rank(text) is not None


def is_lead_in(text: str) -> bool:
    """A sentence that introduces a list: it ends with a colon (or ":-")."""
    return bool(re.search(r":-?\s*$", text.strip().strip("*").strip()))


def is_bold_only(source: str) -> bool:
    """ "**Councillors**": the whole text is bold, as sub-headings are set in some protocols."""
    return bool(re.fullmatch(r"\s*\*\*[^*]+\*\*\s*", source))


def fold(text: str) -> str:
    """Lower case, every run of other characters one space: how lines are compared with a title."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def names_document(text: str, title: str, council: str) -> bool:
    """Does a line repeat the document's title (most of its words are the title's) or name its council?"""
    words_line = set(fold(text).split())
    words_title, words_council = set(fold(title).split()), set(fold(council).split())
    return bool(words_line) and (len(words_title & words_line) / len(words_line) >= 0.6
                                 or bool(words_council) and words_council <= words_line)
