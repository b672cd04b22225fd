"""Split a page dump into normalised, non-empty lines that remember the blank lines around them."""

import re
from dataclasses import dataclass
from datetime import date

DATE_PREFIX = re.compile(r"^\ufeff?\s*date (\d{4})-(\d{2})-(\d{2})(?:\s+|$)")
ODD_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
COMMON_SPACES = "\t\u00a0"  # the odd spaces pages use most
OTHER_SPACE = re.compile(r"[^\S\n ]")  # ``\s`` covers the odd spaces
INVISIBLES = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass(slots=True)
class Line:
    text: str
    index: int  # position among the non-empty lines
    blank_before: bool
    blank_after: bool = False


def normalise(text: str) -> str:
    """One line of page text with odd spaces turned into plain ones and invisible marks dropped."""
    return ODD_SPACES.sub(" ", INVISIBLES.sub("", text)).strip()


def split_date_prefix(text: str) -> tuple[date | None, str]:
    """Remove a leading `` date YYYY-MM-DD `` prefix, returning the date it names and the rest."""
    match = DATE_PREFIX.match(text)
    if not match:
        return None, text
    try:
        day = date(*map(int, match.groups()))
    except ValueError:
        return None, text
    return day, text[match.end() :]


def _with_plain_spaces(text: str) -> str:
    """``normalise`` for all lines at once, but for the stripping: a page has hundreds of lines.

    Plain string replacements are much faster than a regular expression that stops at
    every space.
    """
    for char in INVISIBLE_CHARACTERS:
        text = text.replace(char, "")
    for char in COMMON_SPACES:
        text = text.replace(char, " ")
    if OTHER_SPACE.search(text):
        text = OTHER_SPACE.sub(" ", text)
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def page_lines(text: str) -> list[Line]:
    cleaned = _with_plain_spaces("\n".join(text.splitlines())).split("\n")
    stripped = list(map(str.strip, cleaned))
    kept = [i for i, text in enumerate(stripped) if text]
    if not kept:
        return []
    before, after = [-1, *kept[:-1]], [*kept[1:], len(stripped)]
    return [
        Line(stripped[i], index, i - previous > 1 or index == 0, following - i > 1)
        for index, (previous, i, following) in enumerate(zip(before, kept, after, strict=True))
    ]
