"""Characters a paste carries that no reader sees or means: read as the text they stand for.

A PDF or web paste brings characters that look like nothing or like
something else, and each breaks the parser or the search in its own way:

- zero-width spaces, joiners and byte-order marks are invisible, but one
  before "5.3" hides the number, so the clause runs into the one above;
- a soft hyphen (U+00AD) is a typesetter's permitted break: inside a line it
  is not shown, and at a line end it is a word broken there (it becomes a
  plain hyphen, which ``parse.hyphens`` mends like any other);
- typographic ligatures ("ﬁ", "ﬂ") from OCR are two letters to a reader but
  one character to the search index, so "Oﬃcers" is never found;
- small capitals set as letters of their own ("Sᴇᴄᴛɪᴏɴ 3 Rᴏʟᴇꜱ", from a PDF's
  heading style or a web page's "fancy text") are unreadable to the
  parser, the search and a screen reader alike: they are read as the
  lower-case letters they show;
- text saved as UTF-8 but once read as Windows-1252 ("Councilâ€™s") is
  repaired to what was written ("Council’s") and reported, since the source
  file itself is damaged and the officer may want to fix it.

Line numbers are unchanged: only characters within lines are touched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SOFT_HYPHEN = "\u00ad"
_LIGATURES = re.compile("[\ufb00-\ufb06]")
# Unicode's small capitals (IPA and phonetic extensions) with the letters they show; it has no small "x" or "q".
_SMALL_CAPITALS = str.maketrans("\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d"
                                "\u0274\u1d0f\u1d18\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
                                "abcdefghijklmnoprstuvwyz")
# A UTF-8 sequence shown as Windows-1252: a lead character (0xC2-0xDF for two bytes, 0xE0-0xEF for
# three) and the characters Windows-1252 shows for continuation bytes 0x80-0xBF.
_CONTINUATION = "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d" \
                "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}")


@dataclass(frozen=True)
class Cleaned:
    """A document body with its invisible and misread characters read, and where text was mis-encoded."""

    lines: tuple[str, ...]
    misencoded: tuple[tuple[int, str, str], ...]  # (body line index, as found, as repaired)


def _repaired(match: re.Match[str]) -> str:
    found = match.group(0)
    try:
        return found.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return found  # not a mis-read sequence after all ("é" before a dash): left as written


def clean_line(line: str) -> tuple[str, list[tuple[str, str]]]:
    """One line read as its reader sees it, with each mis-encoded sequence found and its repair."""
    if line.isascii():  # all it reads are characters outside ASCII: most lines have none
        return line, []
    line = _INVISIBLE.sub("", line)
    stripped = line.rstrip()
    if stripped.endswith(_SOFT_HYPHEN):
        line = stripped[:-1] + "-"
    line = line.replace(_SOFT_HYPHEN, "")
    line = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), line).translate(_SMALL_CAPITALS)
    repairs: list[tuple[str, str]] = []

    def repair(match: re.Match[str]) -> str:
        fixed = _repaired(match)
        if fixed != match.group(0):
            repairs.append((match.group(0), fixed))
        return fixed

    return _MOJIBAKE.sub(repair, line), repairs


def clean_body(lines: list[str]) -> Cleaned:
    """Every line of a body cleaned (see the module docstring)."""
    out: list[str] = []
    misencoded: list[tuple[int, str, str]] = []
    for index, line in enumerate(lines):
        cleaned, repairs = clean_line(line)
        out.append(cleaned)
        misencoded.extend((index, found, fixed) for found, fixed in repairs)
    return Cleaned(tuple(out), tuple(misencoded))
