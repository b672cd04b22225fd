"""Small facts about a line's wording used by several parts of the reader."""

import re

from .characters import UNSPACED_RANGES

SENTENCE_MARKS = frozenset(".!?…。！？")
CLOSERS = "\"'”’»)]」』）"
# A sentence ends at a mark followed by a space and a capital, or at a full stop of Japanese or
# Chinese, which needs no space after it.
FIRST_SENTENCE = re.compile(r"(.+?[.!?…][\"'”’»)]*)\s+(?=[\"'“‘«(]?[A-ZА-ЯЁ0-9])|(.+?[。！？][」』）]*)(?=.)")
MAX_HEADING_WORDS = 14
OPEN_ENDS = (",", ";", "、", "，")  # a line ending so goes on: no heading
# A Japanese or Chinese word is one to three characters; a headline of 36 characters reads
# about as long as one of 12 English words.
UNSPACED_CHARACTERS_PER_WORD = 3


def ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSERS)[-1:] in SENTENCE_MARKS


def word_count(text: str) -> int:
    """Words, counting a run of Japanese or Chinese as one word per ``UNSPACED_CHARACTERS_PER_WORD``."""
    unspaced = sum(1 for char in text if _is_unspaced(char)) if text and max(text) >= "\u3040" else 0
    return len(text.split()) + unspaced // UNSPACED_CHARACTERS_PER_WORD


def _is_unspaced(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in UNSPACED_RANGES)


def looks_like_heading(text: str) -> bool:
    """Short, without a sentence end, and starting like a heading does."""
    words = word_count(text)
    return 0 < words <= MAX_HEADING_WORDS and not ends_sentence(text) and not text.endswith(OPEN_ENDS)


def first_sentence(paragraph: str) -> str:
    match = FIRST_SENTENCE.match(paragraph)
    return (match.group(1) or match.group(2)) if match else paragraph
