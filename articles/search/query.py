"""Turning what a user typed into a search the engine understands, never into an error."""

import re

from haystack.inputs import AutoQuery

CURLY_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
OPERATORS = {"AND", "OR", "NOT"}
WORD = re.compile(r"\w+")


def normalise(raw: str) -> str:
    """Typed quotes from phones count as quotes; whitespace collapsed."""
    return " ".join(raw.translate(CURLY_QUOTES).split())


def words_to_mark(query: str) -> list[str]:
    """The words of a query that hits should show marked: not operators, not excluded words."""
    kept = []
    for token in query.split():
        if token.startswith("-") or token in OPERATORS:
            continue
        kept.extend(WORD.findall(token.split(":", 1)[-1]))
    return kept


def article_query(query: str) -> AutoQuery:
    """Words, "exact phrases" and -exclusions, with every reserved character escaped."""
    return AutoQuery(query)
