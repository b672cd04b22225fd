"""Snippets of a body around the best match, escaped first and then marked on whole words.

A word is marked when it becomes one of the query's terms in the index, so the marks follow
what the search matched: "talks" marks "talk" and "Talks", "US" never marks "Russia".
"""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from whoosh.support.charset import accent_map

from .analysis import TOKEN_PATTERN, folding_stemming_analyzer
from .marks import Marks

WORD = re.compile(TOKEN_PATTERN)
SNIPPET_LENGTH = 320

_analyzer = folding_stemming_analyzer()


@lru_cache(maxsize=200_000)
def term_of(word: str) -> str:
    """The index term a word becomes."""
    terms = [token.text for token in _analyzer(word)]
    return terms[0] if terms else ""


@lru_cache(maxsize=200_000)
def folded(word: str) -> str:
    terms = [token.text for token in _analyzer(word, no_morph=True)]
    return terms[0] if terms else ""


def is_marked(word: str, marks: Marks) -> bool:
    if term_of(word) in marks.terms:
        return True
    return bool(marks.prefixes) and folded(word).startswith(marks.prefixes)


def matched_spans(text: str, marks: Marks) -> list[tuple[int, int]]:
    """Where the marked words are. Stemming is slow, so only words that start like a term are
    stemmed: the regex finds those in the accent-folded text (folding keeps every offset)."""
    if not marks:
        return []
    spans = []
    folded = text if text.isascii() else text.translate(accent_map)
    for candidate in _candidates(marks.starts).finditer(folded):
        word = WORD.match(text, candidate.start())
        if word and is_marked(word.group(), marks):
            spans.append(word.span())
    return spans


@lru_cache(maxsize=1024)
def _candidates(starts: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(sorted(map(re.escape, starts), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE)


def snippet(text: str, marks: Marks, length: int = SNIPPET_LENGTH) -> SafeString:
    """The stretch of ``text`` of about ``length`` characters holding the most matches, marked."""
    matches = matched_spans(text, marks)
    start = _word_boundary_before(text, _best_window_start(matches, length))
    end = _word_boundary_after(text, min(len(text), start + length))
    visible = [(s, e) for s, e in matches if s >= start and e <= end]
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + _mark(text, visible, start, end) + suffix)


def mark_all(text: str, marks: Marks) -> SafeString:
    """All of ``text``, escaped, with every matching whole word marked (titles, quotations)."""
    return mark_safe(_mark(text, matched_spans(text, marks), 0, len(text)))


def _best_window_start(matches, length):
    """Where a window of ``length`` characters covers the most matches (a sliding window)."""
    best_start, best_count, first = 0, 0, 0
    for last, (start, _end) in enumerate(matches):
        while matches[first][0] < start - length:
            first += 1
        if last - first + 1 > best_count:
            best_count = last - first + 1
            best_start = matches[first][0]
    return max(0, best_start - length // 4)


def _word_boundary_before(text, position):
    if position <= 0:
        return 0
    space = text.rfind(" ", 0, position)
    return space + 1 if space >= 0 else 0


def _word_boundary_after(text, position):
    if position >= len(text):
        return len(text)
    space = text.find(" ", position)
    return space if space >= 0 else len(text)


def _mark(text, spans, start, end):
    parts, cursor = [], start
    for s, e in spans:
        parts.append(escape(text[cursor:s]))
        parts.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    parts.append(escape(text[cursor:end]))
    return "".join(parts)
