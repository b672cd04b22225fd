"""Small facts about a line's wording used by several parts of the reader."""

import re

SENTENCE_MARKS = frozenset(".!?…。！？")
CLOSERS = "\"'”’»)]"
FIRST_SENTENCE = re.compile(r"(.+?[.!?…][\"'”’»)]*)\s+(?=[\"'“‘«(]?[A-ZА-ЯЁ0-9])")
MAX_HEADING_WORDS = 14


def ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSERS)[-1:] in SENTENCE_MARKS


def looks_like_heading(text: str) -> bool:
    """Short, without a sentence end, and starting like a heading does."""
    words = text.split()
    return 0 < len(words) <= MAX_HEADING_WORDS and not ends_sentence(text) and not text.endswith((",", ";"))


def first_sentence(paragraph: str) -> str:
    match = FIRST_SENTENCE.match(paragraph)
    return match.group(1) if match else paragraph
