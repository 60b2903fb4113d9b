"""Recognise clause numbers as printed and normalise them.

Councils number clauses "1.1", "1.1.", "(a)", "a)", "(iv)", "(1)"; PDF
extraction turns "1.1" into "I.1" or "l.1". A NumberToken keeps the printed
form for display and gives a normalised value for ids, ordering and lint.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from clausebook.models import Clause

# One component of a decimal number: digits, or a character OCR mistakes for 1 or 0, alone or among
# digits ("5.l0", "5.1l", "l0."); a number never opens on a 0, so "O2" is no number.
_COMPONENT = r"(?:\d{1,3}|[IlO]|(?=[IlO]*\d)[\dIl][\dIlO]{1,2})"
DECIMAL = re.compile(rf"^(?P<num>{_COMPONENT}(?:\.{_COMPONENT})*)(?P<dot>\.)?(?=\s|$)")
# "II.", "IV.": sections numbered in capital roman numerals ("I." alone is read as an OCR'd 1, the same number).
ROMAN_HEADING = re.compile(r"^(?P<roman>[IVX]{2,6})\.(?=\s|$)")
# "A1.", "E2.3": a section letter before the number, as some constitutions print. A dot is required,
# so a road ("the A1 to Leeds") at the start of a wrapped line is not taken for one.
LETTERED = re.compile(r"^(?P<prefix>[A-HJ-NP-Z])(?P<num>\d{1,3}(?:\.\d{1,3})*)(?P<dot>\.)?(?=\s|$)")
# "A. INTRODUCTION", "B. Roles": a section lettered A, B, C (read only where a document letters its sections).
LETTER_HEADING = re.compile(r"^(?P<letter>[A-HJ-NP-Z])\.(?=\s+\S)(?!\s+[A-Z]\.)")
# "(a)", "(A)", "(iv)", "(2)"; "a)", "A)", "2)"; and Word's "a.", "iv." (lower case only: "A." may be an initial).
PAREN = re.compile(
    r"^(?:(?P<open>\()(?P<v1>[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,5}|\d{1,2})\)"
    r"|(?P<v2>[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,5}|\d{1,2})\)"
    r"|(?P<v3>[a-z]{1,2}|[ivxlc]{1,5})\.)(?=\s|$)"
)
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
OCR_DIGITS = {"I": "1", "l": "1", "O": "0"}


def roman_to_int(text: str) -> int | None:
    """Value of a lower-case roman numeral, or None if it is not a well-formed one."""
    if not text or any(ch not in ROMAN_VALUES for ch in text):
        return None
    total = 0
    for index, ch in enumerate(text):
        value = ROMAN_VALUES[ch]
        nxt = ROMAN_VALUES[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < nxt else value
    return total if int_to_roman(total) == text else None


def int_to_roman(value: int) -> str:
    numerals = ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = []
    for amount, numeral in numerals:
        while value >= amount:
            out.append(numeral)
            value -= amount
    return "".join(out)


@dataclass(frozen=True)
class NumberToken:
    """A clause number at the start of a line.

    ``style`` is "decimal", "alpha", "roman" or "paren-num", or "alpha-upper",
    "roman-upper" for "(A)", "(IV)" (a list of its own), or "letter" for a
    section lettered "A.", "B." (``prefix`` holds the letter); ``parts`` holds
    the decimal components (after OCR repair), or the single ordinal value of
    a list item. ``ocr`` is True when OCR damaged the number: a letter where a digit
    belongs ("I.4"), or a comma, middle dot or space where the point belongs ("1,4").
    """

    printed: str
    style: str
    parts: tuple[int, ...]
    ocr: bool = False
    bracketed: bool = True  # "(a)" rather than "a)"
    prefix: str = ""  # the section letter of "A1.2"

    @property
    def depth(self) -> int:
        return len(self.parts) if self.style == "decimal" else 0

    @property
    def value(self) -> int:
        return self.parts[-1]

    @property
    def paragraph_only(self) -> bool:
        """ "Rule 7", "Paragraph 10": a paragraph's place in a running sequence, never a section's number,
        so it neither closes the section it stands in nor takes "3.1" as its own sub-clause."""
        return self.style == "decimal" and len(self.parts) == 1 and bool(_PARAGRAPH_WORD.match(self.printed))

    def normalised(self) -> str:
        """Canonical text of this token alone: "1.1", "(d)", "(iv)", "(2)"."""
        if self.style == "decimal":
            return self.prefix + ".".join(str(p) for p in self.parts)
        if self.style == "letter":
            return self.prefix
        if self.style.startswith("alpha"):
            text = _alpha(self.value)
        elif self.style.startswith("roman"):
            text = int_to_roman(self.value)
        else:
            text = str(self.value)
        return f"({text.upper() if self.style.endswith('-upper') else text})"

    def label(self) -> str:
        """URL-safe label segment: "1-1", "d", "iv", "2" ("(A)" gives "a"), "rule-7" ("Rule 7" must not
        take the id of section 7)."""
        if self.paragraph_only:
            word = re.match(r"[A-Za-z]+", self.printed)
            return f"{word.group().lower() if word else 'para'}-{self.parts[0]}"
        if self.style == "decimal":
            return self.prefix.lower() + "-".join(str(p) for p in self.parts)
        return self.normalised().strip("()").lower()


def read_letter_heading(text: str) -> tuple[NumberToken, str] | None:
    """ "A. INTRODUCTION": a section letter and its title (callers decide whether the document letters sections)."""
    match = LETTER_HEADING.match(text)
    if not match:
        return None
    letter = match.group("letter")
    return NumberToken(match.group(0), "letter", (ord(letter) - ord("A") + 1,), bracketed=False, prefix=letter), \
        text[match.end():].lstrip()


def _alpha(value: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (as long lists are lettered)."""
    return chr(ord("a") + value - 1) if value <= 26 else chr(ord("a") + (value - 1) % 26) * 2


# "Para 4.1  The Chief Executive...", "§ 4.3  The Monitoring Officer...", "Rule 8 Members should...": a
# paragraph numbered with the word or sign it is cited by. Only before a clause's capital: "Paragraph 4.2
# of the Code" opens a sentence that cites 4.2, it does not number one. "Article 3.2 Neither..." too, but
# "Article 3" alone heads a division (parse.shapes), whose id must not change.
# A decimal number whose point OCR read as a comma, a middle dot or a space and a point ("1,4", "2·2",
# "1 .6"), before a clause's capital, bracket or quote (or alone, as a clause's printed number is read
# back): "1,500 residents" and "2,000." are amounts, not clause numbers.
_OCR_SEPARATOR = re.compile(r"^(\d{1,2})(?:,|\u00b7| \.)(\d{1,2})\.?(?=\s+[A-Z(\"\u201c\u2018]|$)")
_PARAGRAPH_WORD = re.compile(r"^(?:Para(?:graph)?\.?|Rule|\u00a7)\s?\d")
_CITED_AS = re.compile(r"^(?:(?:Para(?:graph)?\.?|Rule|\u00a7)\s?(?=\d{1,3}(?:\.\d{1,3})*\.?\s+(?!Of\b)[A-Z])"
                       r"|Article\s(?=\d{1,3}(?:\.\d{1,3})+\.?\s+(?!Of\b)[A-Z]))")


def _alpha_value(text: str) -> int:
    return ord(text[0]) - ord("a") + 1 if len(text) == 1 else 26 + ord(text[0]) - ord("a") + 1


def read_decimal(text: str, bare_lettered: bool = False) -> tuple[NumberToken, str] | None:
    """A decimal number at the start of ``text`` and the text after it.

    ``bare_lettered``: read "A1 This protocol..." (a section letter, no dot) as a
    number too, where the document numbers its paragraphs so (else "A1" may be a road).
    """
    lettered = LETTERED.match(text)
    if lettered and (lettered.group("dot") or "." in lettered.group("num")
                     or (bare_lettered and re.match(r"\s+[A-Z(\"\u201c\u2018']", text[lettered.end():]))):
        parts = tuple(int(c) for c in lettered.group("num").split("."))
        return NumberToken(lettered.group(0), "decimal", parts, prefix=lettered.group("prefix")), \
            text[lettered.end():].lstrip()
    roman = ROMAN_HEADING.match(text)
    if roman and (value := roman_to_int(roman.group("roman").lower())) is not None:  # "II. ROLES" is section 2
        return NumberToken(roman.group(0), "decimal", (value,)), text[roman.end():].lstrip()
    if damaged := _OCR_SEPARATOR.match(text):  # "1,4 Members...", "2·2 Officers...", "1 .6 See..." as 1.4, 2.2, 1.6
        parts = (int(damaged.group(1)), int(damaged.group(2)))
        return NumberToken(damaged.group(0), "decimal", parts, ocr=True), text[damaged.end():].lstrip()
    cited_as = _CITED_AS.match(text)
    match = DECIMAL.match(text[cited_as.end():] if cited_as else text)
    if not match:
        return None
    raw = match.group("num")
    components = raw.split(".")
    ocr = any(ch in OCR_DIGITS for c in components for ch in c)
    # A lone "I" or "l" is a word, not a number, unless printed as a heading's "I."
    if raw in OCR_DIGITS and not (raw == "I" and match.group("dot")):
        return None
    parts = tuple(int("".join(OCR_DIGITS.get(ch, ch) for ch in c)) for c in components)
    if len(components) == 2 and components[1] == "0":
        parts = parts[:1]  # "2.0 Roles" numbers section 2, whose paragraphs are 2.1, 2.2...
    printed = (cited_as.group(0) if cited_as else "") + match.group(0)
    return NumberToken(printed, "decimal", parts, ocr=ocr), text[len(printed):].lstrip()


def misread_by_ocr(clause: Clause) -> bool:
    """Whether a clause's printed number was damaged by OCR ("I.4." or "1,4" read as 1.4).

    The check reports it, and the document page shows the number as read
    beside the number as printed, so a reader who meets "Farnham 1.4"
    elsewhere finds it. A list item's "(i)" is a numeral, not damage.
    """
    if not clause.number or clause.kind == "item":
        return False
    token = read_decimal(clause.number + " X")
    return token is not None and token[0].ocr


def read_item(text: str, previous: Mapping[str, int] | None = None) -> tuple[NumberToken, str] | None:
    """A list marker "(a)", "a)", "a.", "(iv)", "(2)", "(A)" at the start of ``text``.

    One letter that is also a roman numeral (i, v, x) is read in context, from
    ``previous`` (style -> last value in the list being read): "(i)" after "(h)"
    is a letter, "(v)" after "(iv)" a numeral, and a list opening on "(i)" is roman.
    """
    match = PAREN.match(text)
    if not match:
        return None
    raw = match.group("v1") or match.group("v2") or match.group("v3")
    if not (raw.isdigit() or raw.islower() or raw.isupper()):
        return None  # "(Ab)" is no list marker
    rest = text[match.end():].lstrip()
    bracketed = bool(match.group("open"))
    printed = match.group(0)
    case = "-upper" if raw.isupper() else ""
    previous = previous or {}
    prev_alpha, prev_roman = previous.get("alpha" + case), previous.get("roman" + case)

    def token(style: str, value: int) -> tuple[NumberToken, str]:
        return NumberToken(printed, style + (case if style != "paren-num" else ""), (value,), bracketed=bracketed), rest

    if raw.isdigit():
        return token("paren-num", int(raw))
    raw = raw.lower()
    roman = roman_to_int(raw)
    if len(raw) > 1:
        if roman is not None:
            return token("roman", roman)
        return token("alpha", _alpha_value(raw)) if raw[0] == raw[1] else None
    alpha = _alpha_value(raw)
    if roman is not None and not (prev_alpha is not None and alpha == prev_alpha + 1):
        if (prev_roman is not None and roman == prev_roman + 1) or (raw == "i" and prev_alpha != alpha - 1):
            return token("roman", roman)
    return token("alpha", alpha)
