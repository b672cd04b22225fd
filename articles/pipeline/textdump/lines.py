"""Split a page dump into normalised, non-empty lines that remember the blank lines around them."""

import re
from dataclasses import dataclass
from datetime import date

DATE_PREFIX = re.compile(r"^\ufeff?\s*date (\d{4})-(\d{2})-(\d{2})(?:\s+|$)")
ODD_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# A run of whitespace within a line that is not a single plain space (``\s`` covers the odd
# spaces too); starting with a space or another whitespace, so that the search skips ahead fast.
SPACES_WITHIN_LINES = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")
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


def page_lines(text: str) -> list[Line]:
    # Normalised in one pass over the whole text: a page has hundreds of lines.
    joined = "\n".join(text.splitlines())
    cleaned = SPACES_WITHIN_LINES.sub(" ", INVISIBLES.sub("", joined)).split("\n")
    stripped = list(map(str.strip, cleaned))
    kept = [i for i, text in enumerate(stripped) if text]
    if not kept:
        return []
    before, after = [-1, *kept[:-1]], [*kept[1:], len(stripped)]
    return [
        Line(stripped[i], index, i - previous > 1 or index == 0, following - i > 1)
        for index, (previous, i, following) in enumerate(zip(before, kept, after, strict=True))
    ]
