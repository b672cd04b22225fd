"""Snippets of a body around the best match, escaped first and then marked on whole words."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .analysis import folding_stemming_analyzer

WORD = re.compile(r"\w+")
SNIPPET_LENGTH = 320

_analyzer = folding_stemming_analyzer()


@lru_cache(maxsize=100_000)
def term_of(word: str) -> str:
    """The index term a word becomes, so marks follow what the search matched."""
    terms = [token.text for token in _analyzer(word)]
    return terms[0] if terms else ""


def query_terms(words) -> frozenset[str]:
    return frozenset(filter(None, (term_of(word) for word in words)))


def snippet(text: str, terms: frozenset[str], length: int = SNIPPET_LENGTH) -> SafeString:
    """The stretch of ``text`` of about ``length`` characters holding the most matches, marked."""
    matches = [m.span() for m in WORD.finditer(text) if term_of(m.group()) in terms]
    start = _best_window_start(matches, length)
    start = _word_boundary_before(text, start)
    end = min(len(text), start + length)
    end = _word_boundary_after(text, end)
    visible = [(s, e) for s, e in matches if s >= start and e <= end]
    marked = _mark(text, visible, start, end)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + marked + suffix)


def mark_terms(text: str, terms: frozenset[str]) -> SafeString:
    """All of ``text``, escaped, with every matching whole word marked (for titles)."""
    matches = [m.span() for m in WORD.finditer(text) if term_of(m.group()) in terms]
    return mark_safe(_mark(text, matches, 0, len(text)))


def _best_window_start(matches, length):
    best_start, best_count = 0, 0
    for i, (start, _end) in enumerate(matches):
        count = sum(1 for s, _e in matches[i:] if s < start + length)
        if count > best_count:
            best_start, best_count = max(0, start - length // 4), count
    return best_start


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
