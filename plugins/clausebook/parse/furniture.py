"""Page furniture that only the whole document reveals.

A line alone cannot say it is a running footer (it recurs on every page), a
contents list (entries under "Contents" with page numbers), a footnote (a
number at a page's foot, marked in the text above) or a contact block; these
passes look across the document and report such lines as residue, with their
reason, instead of clauses.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import accumulate

from clausebook.parse.inline import ADDRESS
from clausebook.parse.lines import Line
from clausebook.parse.numbering import NumberToken
from clausebook.parse.shapes import is_heading_text, names_document

# "Contents", "Table of Contents", "Index": a contents list's heading, when entries follow.
CONTENTS_HEADING = re.compile(r"^(table\s+of\s+)?(contents|index)\s*:?$", re.I)
# The column heads over a contents list: "Section    Page", "Paragraph No. Page", "Page".
_COLUMN_HEADS = re.compile(r"^((section|paragraph|para|item|no\.?|number|title|heading|subject)\s+)*page(s|\s+no\.?)?$", re.I)
# A contents entry without leader dots: a short title and its page number ("1. Introduction 3", "Roles\t4").
_BARE_ENTRY = re.compile(r"^([\dA-Z]{1,3}(\.\d{1,3})*\.?[ \t]+)?[^.;:\s][^.;:]{0,80}?[ \t]+\d{1,3}$")


def repeat_key(line: Line) -> str:
    """A line with its numbers blanked, so "Constitution Part 5 - Page 12" and "... Page 13" are one line.

    A clause's own number is kept: "1.2 Not used.", "2.1 Not used." and "2.3 Not used." are three
    clauses, not a running head; only a numbered line repeated number and all is page furniture.
    A lone leading number is blanked like the rest: a footer may open on its page number.
    """
    if line.number is not None and len(line.number.parts) > 1:
        return f"{line.number.printed} {_blank_numbers(line.text)}"
    return _blank_numbers(line.raw)  # "2 | Harbury BC | Protocol", "3 | ...": a page number leads, and varies


def _blank_numbers(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


# A page number set apart at the end of a running head: "Harbury BC | Member/Officer Protocol | 2".
_TRAILING_PAGE_NUMBER = re.compile(r"(\s{3,}|\t+|\s*[|\u2013\u2014]\s*)\d{1,3}$")
_FIELD_GAP = re.compile(r"\s{3,}|\t+|\s[|\u2013\u2014]\s")


def _running_head_with_page(line: Line, text: str) -> bool:
    """A line of two fields or more and its page number ("Council | Protocol | January 2025 | 3").

    A heading printed with its page number ("2. Access to Information   2", "ROLES | 3") has one
    field, and a numbered line is the text's: seen on two pages, it is a section heading repeated.
    """
    return line.number is None and bool(_TRAILING_PAGE_NUMBER.search(text)) and len(_FIELD_GAP.findall(text)) >= 2


def running_heads(classified: list[Line]) -> set[str]:
    """Lines of three words or more that recur on three or more pages: a running header or footer.

    Sub-headings such as "Members" may legitimately recur, so one-word lines and
    lead-ins ending with a colon are never taken for page furniture, and a
    two-word line ("Part 5") only when it stands by a page number every time.
    Twice is enough for a line that stands by a page number every time, or
    ends on one after two fields or more: a two-page document's footer.
    """
    counts: Counter[str] = Counter()
    by_page: Counter[str] = Counter()  # occurrences next to a page number ("Page 2 of 3"), or ending on one
    short: Counter[str] = Counter()  # two-word lines ("Part 5"): furniture only if always by a page number
    text_lines = [line for line in classified if line.kind != "blank"]
    for at, line in enumerate(text_lines):
        text = line.raw.strip()
        if line.kind == "text" and not line.bullet and len(text.split()) >= 2 and not text.endswith(":"):
            key = repeat_key(line)
            (counts if len(text.split()) >= 3 else short)[key] += 1
            by_page[key] += _beside_page_number(text_lines, at) or _running_head_with_page(line, text)
    return {key for key, count in counts.items() if count >= 3 or (count >= 2 and by_page[key] == count)} \
        | {key for key, count in short.items() if count >= 2 and by_page[key] == count}


def _beside_page_number(text_lines: list[Line], at: int) -> bool:
    """Is the line just before or after ``text_lines[at]`` (blank lines skipped) a page number?"""
    return any(n.reason == "page number" for n in text_lines[max(0, at - 1): at] + text_lines[at + 1: at + 2])


def contact_names(classified: list[Line]) -> set[int]:
    """The name line over a "Tel:" / "Email:" line ("Hazel Best, Assistant Director"): contact details too."""
    names: set[int] = set()
    text_lines = [line for line in classified if line.kind != "blank"]
    for before, after in zip(text_lines, text_lines[1:]):
        if after.reason == "contact details" and before.kind == "text" and before.number is None \
                and not before.bullet and len(before.text.split()) <= 12 and not re.search(r"[.;:]$", before.text):
            names.add(before.index)
    return names


_ENTRY_NUMBER = re.compile(r"^(?:(?:part|section|article|chapter|schedule|appendix|annexe?)\s+)?"
                           r"(?:[\dA-Z]{1,3}(?:\.\d{1,3})*\.?\s+)?", re.I)
_ENTRY_PAGE = re.compile(r"(?:\s*(?:\.{2,}|(?:\s?\.){3,}|\u2026+|_{3,}))?\s*\d{1,3}$")


def _entry_title(raw: str) -> str:
    """A contents entry's or heading's title alone: "1 Introduction ..... 2" and "Article 1 Introduction 2"
    are both "introduction"."""
    return " ".join(_ENTRY_PAGE.sub("", _ENTRY_NUMBER.sub("", raw.strip())).split()).lower()


def contents(classified: list[Line]) -> list[Line]:
    """A contents list: its heading ("Contents"), column heads ("Section ... Page") and entries, as furniture.

    A list starts at a "Contents" heading (then "1. Introduction 3" without leader
    dots is an entry too) or at an entry with leader dots, and runs, across blank
    lines, while lines are entries, column heads or the first line of an entry
    wrapped onto the next ("3. Relations with the Press and" / "Media ..... 3").
    A heading with no entries under it ("Index" as a section title) is left as text.
    """
    out = list(classified)
    lines = [line for line in classified if line.kind != "blank"]

    def entry(line: Line, bare: bool) -> bool:
        stripped = line.raw.strip()
        return line.reason == "contents" or (bare and line.kind in ("text", "table") and bool(_BARE_ENTRY.match(stripped))
                                             and len(stripped.split()) <= 14)

    def wrapped_entry(at: int, bare: bool) -> bool:
        line = lines[at]
        return line.kind == "text" and at + 1 < len(lines) and entry(lines[at + 1], bare) \
            and len(line.raw.split()) <= 12 and not re.search(r"[.;:]$", line.raw.strip())

    at = 0
    while at < len(lines):
        heading = lines[at].kind == "text" and bool(CONTENTS_HEADING.match(lines[at].raw.strip()))
        if not heading and lines[at].reason != "contents":
            at += 1
            continue
        run, entries, nxt = [at], 0 if heading else 1, at + 1
        titles = {_entry_title(lines[at].raw)}
        while nxt < len(lines):
            # The text's first heading printed with its page number ("Article 1 Introduction 2") repeats
            # the first entry's title: the list has ended.
            bare = heading and _entry_title(lines[nxt].raw) not in titles
            if entry(lines[nxt], bare):
                entries += 1
                titles.add(_entry_title(lines[nxt].raw))
            elif lines[nxt].kind == "cell" or not (_COLUMN_HEADS.match(lines[nxt].raw.strip())
                                                   or wrapped_entry(nxt, bare)):
                break
            run.append(nxt)
            nxt += 1
        if entries:
            for k in run:
                # An entry written as an HTML row over several lines takes its cells' lines with it.
                last = max((end for _, end in lines[k].cell_lines), default=lines[k].index)
                for n in range(lines[k].index, last + 1):
                    if n == lines[k].index or out[n].kind == "cell":
                        out[n] = Line(n, classified[n].raw if n != lines[k].index else lines[k].raw,
                                      "furniture", reason="contents")
        at = nxt
    return out


def footnotes(classified: list[Line]) -> set[int]:
    """ "1 Chapter 7 of the Localism Act 2011 deals with...": a footnote among sections printed "1.", "2.".

    Where the document prints its top-level numbers with a dot, a line opening on
    an undotted number that does not come next in that sequence is a footnote
    pasted from the foot of a page, not a clause; so is the note numbered next
    after it, even where its number would fit the sequence.
    """
    def top(line: Line) -> NumberToken | None:
        number = line.number
        if line.kind == "text" and number is not None and number.style == "decimal" and number.depth == 1 \
                and not number.prefix and not line.bullet and number.printed[:1].isdigit():
            return number
        return None
    tops = [(line, number) for line in classified if (number := top(line)) is not None]
    dotted = [line for line, number in tops if number.printed.endswith(".")]
    notes = _page_foot_notes(classified, top, dotted_sections=len(dotted) >= 2) | _bracketed_notes(classified) \
        | _cited_notes_out_of_sequence(classified, top)
    if len(dotted) < 2 or len(tops) - len(dotted) >= len(dotted):
        return notes
    last, note = 0, None
    for line, number in tops:
        if number.printed.endswith("."):
            last, note = number.value, None
        elif not is_heading_text(line.text) and (number.value != last + 1 or note == number.value - 1):
            notes.add(line.index)  # "2 Section 27." under "1 Adopted by..." is the next note, not section 2
            note = number.value
    return notes


_SUPERSCRIPT = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


def note_marker_pattern(classified: list[Line], notes: set[int]) -> re.Pattern[str] | None:
    """Where the text cites one of these footnotes: its number glued to a word ("Conduct1", "Code.2").

    A PDF prints the marker raised; pasted, it is a plain digit that makes "Conduct1" a word no
    reader or search knows. Only the numbers of the document's own undotted footnotes count, and
    only after a lower-case word or its closing stop, so "A1", "S151" and "2011" are left alone.
    """
    numbers = sorted({str(line.number.value) for line in classified
                      if line.index in notes and line.number is not None}, key=lambda n: (-len(n), n))
    if not numbers:
        return None
    marker = "|".join(numbers)
    # After a word: "Conduct1", "Conduct1." After a word's closing stop only where a sentence ends with
    # it ("the Code.2" at a line's end, or before a capital): "para.1 of Schedule 2" is a citation.
    return re.compile(rf"(?<=[a-z]{{2}})(?:{marker})(?=[\s.,;:)\]'\"\u2019\u201d]|$)"
                      rf"|(?<=[a-z][.;:])(?:{marker})(?=$|\s+[A-Z])")


def raise_note_markers(text: str, pattern: re.Pattern[str]) -> str:
    """ "the Code of Conduct1." -> "the Code of Conduct\u00b9.": the marker as the document printed it."""
    out, last = [], 0
    for address in ADDRESS.finditer(text):  # ".../codes/page1": its digits are no markers
        out += [pattern.sub(_raised, text[last:address.start()]), address.group()]
        last = address.end()
    return "".join(out) + pattern.sub(_raised, text[last:])


def _raised(found: re.Match[str]) -> str:
    return found.group().translate(_SUPERSCRIPT)


_BRACKETED_NOTE = re.compile(r"^\[(\d{1,3})\]\s+\S")
_BRACKETED_MARKER = re.compile(r"(?<=[^\s\[])\[(\d{1,3})\]")


def _bracketed_notes(classified: list[Line]) -> set[int]:
    """ "[1] Localism Act 2011, section 27.": Word's endnote, when the text carries "[1]" glued to a word.

    A paragraph numbered "[1]" in a document whose text cites no "...word[1]" is a paragraph.
    """
    notes = {line.index: match.group(1) for line in classified
             if line.kind == "text" and (match := _BRACKETED_NOTE.match(line.raw.strip()))}
    if not notes:
        return set()
    cited = {marker for line in classified if line.kind == "text" and line.index not in notes
             for marker in _BRACKETED_MARKER.findall(line.raw)}
    return {index for index, marker in notes.items() if marker in cited}


def _cited_notes_out_of_sequence(classified: list[Line], top: Callable[[Line], NumberToken | None]) -> set[int]:
    """ "1 Adopted by Full Council..." under clause 1.2, whose text cites it ("Code of Conduct1"): a footnote.

    Numbering that has already reached 1.2 does not start section 1 again, and the
    marker glued to a word above says where the note belongs; either alone is not enough.
    """
    notes: set[int] = set()
    reached = 0  # the highest top-level number the document's clauses have reached
    text_above: list[str] = []
    last_note: int | None = None  # the number of the note just read: "2 Localism Act..." under "1 Adopted..."
    for line in classified:
        if line.kind != "text":
            continue
        number = top(line)
        if number is not None and not number.printed.endswith(".") and (
                number.value == (last_note or 0) + 1 and last_note is not None
                or number.value <= reached
                and re.search(rf"[^\W\d_]{{2}}{number.value}(?!\d)", " ".join(text_above[-20:]))):
            notes.add(line.index)
            last_note = number.value
            continue
        last_note = None
        if line.number is not None and line.number.style == "decimal" and not line.number.prefix \
                and (line.number.depth > 1 or line.number.printed.endswith(".")):  # an undotted "2" may be a note
            reached = max(reached, line.number.parts[0])
        text_above.append(line.raw)
    return notes


def _page_foot_notes(classified: list[Line], top: Callable[[Line], NumberToken | None], dotted_sections: bool) -> set[int]:
    """Footnotes at the foot of a page: undotted numbered lines just above its page number.

    One is a footnote when the page's text carries its marker glued to a word
    ("...the Code of Conduct1.") or, in a document that prints its sections
    "1.", "2.", when it is undotted: "2 Localism Act 2011, section 27." above
    "Page 1 of 3" must not take section 2's number and permanent id.
    """
    notes: set[int] = set()
    page_start = 0
    for k, line in enumerate(classified):
        if line.reason != "page number":
            continue
        foot = []  # the undotted numbered lines just above the page number, blank lines between them skipped
        for above in reversed(classified[page_start:k]):
            number = top(above)
            if above.kind != "blank" and (number is None or number.printed.endswith(".")):
                break
            if number is not None:
                foot.append((above, number))
        for above, number in foot:
            text_above = " ".join(c.raw for c in classified[page_start:above.index] if c.kind == "text")
            if dotted_sections or re.search(rf"[^\W\d_]{number.value}(?!\d)", text_above):
                notes.add(above.index)
        page_start = k + 1
    return notes


def footers_naming_the_document(classified: list[Line], title: str, council: str) -> set[int]:
    """A line beside a page number that repeats the title or names the council: a footer, even seen once.

    A two-page protocol prints its footer once ("Little Haddon Parish Council –
    Councillor and Clerk Protocol" / "Page 2"); it is no heading of the text.
    """
    text_lines = [line for line in classified if line.kind != "blank"]
    found: set[int] = set()
    for at, line in enumerate(text_lines):
        if line.kind == "text" and not line.bullet and line.number is None and is_heading_text(line.text) \
                and _beside_page_number(text_lines, at) and names_document(line.text, title, council):
            found.add(line.index)
    return found


_HIDDEN_OPEN = re.compile(r"^\s*(?:<(script|style)\b[^<>]*>|<!--)", re.I)
_COMMENT_CLOSE = re.compile(r"-->\s*$")


def _first_close_ends(text: str) -> bool:
    """Whether a comment's first "-->" ends the text: only then are its lines a comment and nothing else."""
    text = text.rstrip()
    return text.find("-->") == len(text) - len("-->")


def hidden_lines(lines: tuple[str, ...]) -> dict[int, str]:
    """The lines of an element no page shows, with the reason: a <script> or <style> element, or an
    HTML comment ("<!-- Clerk: check with the MO... -->", a drafter's note), on one line or several.

    A comment ends at its first "-->", and is set aside whole only when that ends a line:
    "<!-- note --> 5.3 Kept." is a line of text with a comment in it (``hidden_inline``).
    """
    found: dict[int, str] = {}
    at = 0
    while at < len(lines):
        opened = _HIDDEN_OPEN.match(lines[at])
        if opened is None:
            at += 1
            continue
        element = opened.group(1)
        closing = re.compile(rf"</{element}\s*>", re.I) if element else _COMMENT_CLOSE
        end = next((k for k in range(at, min(len(lines), at + 200)) if closing.search(lines[k])), None)
        if end is None or not (element or _first_close_ends("\n".join(lines[at:end + 1]))):
            at += 1
            continue
        reason = "HTML script or style" if element else "HTML comment"
        found.update((k, reason) for k in range(at, end + 1))
        at = end + 1
    return found


# Across blank lines too: a clause mended over a page break joins lines a blank line apart, and markdown-it
# then drops a comment it sees whole. Where the two ends stay in two clauses, both stay visible there, and
# the residue merely repeats them: reported twice beats lost once.
_HIDDEN_INLINE = re.compile(r"<!--.*?-->|<(script|style)\b[^<>]*>.*?</\1\s*>", re.S | re.I)


def hidden_inline(lines: tuple[str, ...], skipped: set[int]) -> list[tuple[int, int, str, str]]:
    """What no page shows inside the text, as (first line, last line, reason, markup): HTML comments
    ("Members must <!-- MO to confirm --> attend.") and script or style elements, outside the
    ``skipped`` lines already set aside whole.

    The inline reader drops them, as a browser does, so the clause reads as published; a comment is
    a drafter's note the officer must still see, and code is reported, so both go to the residue.
    """
    kept = [(at, line) for at, line in enumerate(lines) if at not in skipped]
    if not any("<!--" in line or "<s" in line.lower() for _, line in kept):
        return []
    offsets = list(accumulate((len(line) + 1 for _, line in kept[:-1]), initial=0))

    def line_at(offset: int) -> int:
        return kept[bisect_right(offsets, offset) - 1][0]

    found = []
    for match in _HIDDEN_INLINE.finditer("\n".join(line for _, line in kept)):
        reason = "HTML script or style inside the text" if match.group(1) else "HTML comment inside the text"
        found.append((line_at(match.start()), line_at(match.end() - 1), reason, match.group()))
    return found
