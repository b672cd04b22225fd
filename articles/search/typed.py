"""What a user typed, before any engine sees it: normalised, cut to the limits, and which tab it asks for.

The query syntax itself (words, "phrases", AND / OR / NOT, -exclusion, prefix*, field prefixes) is
parsed by the archive's parser (``articles/search/query.py``), which both engines use.
"""

import re
import unicodedata

from .analysis import TOKEN_PATTERN
from .limits import MAX_PREFIXES, MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS

CURLY_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "‘": "'", "’": "'", "‚": "'"}
)
QUOTE_PREFIX = re.compile(r"(?<![\w:])quote:")
ONLY_STARS = re.compile(r"^[\s*]+$")
OPERATORS = {"AND", "OR", "NOT"}
WORD = re.compile(TOKEN_PATTERN)
PREFIX_STAR = re.compile(r"(?<=\w)\*")


def normalise(raw: str) -> str:
    """Typed quotes from phones count as quotes; control characters are spaces; whitespace
    collapsed; absurd lengths cut."""
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in raw)
    text = " ".join(text.translate(CURLY_QUOTES).split())
    return text[:MAX_QUERY_CHARACTERS]


def within_limits(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` cut to the words and prefixes one query may ask for (limits.py), and what the
    results page should say about what was left out."""
    notices = []
    words = [match for match in WORD.finditer(text) if match.group() not in OPERATORS]
    if len(words) > MAX_QUERY_WORDS:
        text = text[: words[MAX_QUERY_WORDS].start()]
        notices.append(f"Only the first {MAX_QUERY_WORDS} words of the query were searched.")
    stars = list(PREFIX_STAR.finditer(text))
    if len(stars) > MAX_PREFIXES:
        cut = stars[MAX_PREFIXES].start()
        text = text[:cut] + text[cut:].replace("*", "")
        notices.append(
            f"Only {MAX_PREFIXES} prefixes (word*) were expanded; later ones were searched as words."
        )
    return text, tuple(notices)


def asks_for_quotes(text: str) -> bool:
    """``quote:`` anywhere in the query switches to quotation search."""
    return bool(QUOTE_PREFIX.search(text))


def without_quote_prefix(text: str) -> str:
    """The query for the articles tab: ``quote:`` would send it straight back to quotations."""
    return normalise(QUOTE_PREFIX.sub(" ", text))


def matches_everything(text: str) -> bool:
    return bool(ONLY_STARS.match(text))
