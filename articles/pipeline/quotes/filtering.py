"""Tell quotations from scare quotes and titles of works, and whole quotations from fragments."""

import re

from .lexicon import FUNCTION_WORDS, words
from .marks import QuotedSpan

WORD = re.compile(r"[^\W_][\w'’-]*")
# Nouns that announce the title of a work: the book "The Art of the Deal".
WORK_NOUNS = frozenset(
    words(
        """
    book books film films movie movies show shows series song songs album novel memoir article
    column op-ed essay documentary program programme play musical podcast magazine newspaper
    segment episode headline headlined titled entitled dubbed called named slogan hashtag poem
    painting opera sitcom miniseries channel
    """
    )
)
SCARE_MARKERS = ("so-called", "so called", "the term", "the word", "the phrase", "the label", "the words")
# The most words a quoted phrase with no speech cue may have and still be no quotation ("flushable",
# "must haves", "the comeback of the decade").
SHORT_PHRASE_WORDS = 4
# A web address or an access date just after a quoted title makes it a reference, not speech.
CITATION = re.compile(r"https?://|www\.|\bAccessed\b|\bRetrieved\b")
CITATION_REACH = 80
OUTLET_POSSESSIVE = re.compile(r"\b[A-Z][\w.&-]*(?:'s|’s|s')\s*$")


def is_quotation(body: str, span: QuotedSpan) -> bool:
    """False for what nobody said: a title of a work, a scare quote, an attribute value."""
    text = body[span.start : span.end]
    if not WORD.search(text) or body[span.start - 2 : span.start - 1] == "=":
        return False
    before = body[max(span.paragraph_start, span.start - 40) : span.start - 1]
    after = body[span.end : min(span.paragraph_end, span.end + CITATION_REACH)]
    return not (_is_title_of_work(text, before) or _is_scare_quote(before) or _is_citation(after))


def _is_citation(after: str) -> bool:
    """ "“Find a Practice.” APBOE, https://www.apboe.com/. Accessed 11 Apr. 2025.": a reference."""
    return bool(CITATION.search(after))


def _is_title_of_work(text: str, before: str) -> bool:
    if not _title_case(text):
        return False
    preceding = WORD.findall(before.lower())[-3:]
    return any(word in WORK_NOUNS for word in preceding) or bool(OUTLET_POSSESSIVE.search(before))


def is_title(text: str) -> bool:
    """ "The Promise", "Friends", "Book 3": every word of a few capitalized, and no sentence's end."""
    return _title_case(text) and not text.rstrip().endswith((".", "!", "?"))


def _title_case(text: str) -> bool:
    """ "Meet the Press", "The Art of the Deal": every word but the small ones capitalized."""
    found = WORD.findall(text)
    if not found or len(found) > 12 or text.rstrip().endswith(("?", "!")) and len(found) > 4:
        return False
    significant = [word for word in found if word.lower() not in FUNCTION_WORDS or word == found[0]]
    return bool(significant) and all(word[0].isupper() or word[0].isdigit() for word in significant)


def _is_scare_quote(before: str) -> bool:
    return before.rstrip().lower().endswith(SCARE_MARKERS)


def is_short_phrase(body: str, span: QuotedSpan) -> bool:
    """A word or a few in quotation marks within a sentence: without a speech cue, a scare quote or
    a term rather than speech. A short sentence of its own ("Neither do I.") is not one."""
    text = body[span.start : span.end]
    if len(WORD.findall(text)) > SHORT_PHRASE_WORDS:
        return False
    return quote_kind(body, span) == "partial" or not text.endswith((".", "!", "?", "…"))


def quote_kind(body: str, span: QuotedSpan) -> str:
    """ "direct" for a whole quotation, "partial" for a fragment woven into the writer's sentence."""
    text = body[span.start : span.end].lstrip("[(…. ")
    if not text or not text[0].isupper():
        return "partial"
    before = body[span.paragraph_start : span.start - 1].rstrip()
    if not before or before[-1] in ":,.!?—–-(":
        return "direct"
    return "partial"
