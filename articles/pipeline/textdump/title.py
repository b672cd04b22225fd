"""Find the headline among the lines just above the article, or fall back to the lede's first sentence."""

import re

import numpy as np

from .boilerplate import is_photo_credit
from .features import DATE_SHAPE, LOCAL_NAMES
from .lines import Line
from .sentences import first_sentence, looks_like_heading

WINDOW = 30  # lines above the first paragraph where a headline may sit
MIN_WORDS = 2  # a single word above an article is a menu item or a section name
MAX_WORDS = 40
BYLINE_START = ("by ", "by:", "von ", "par ", "por ", "author", "written by", "posted by")

TITLE_NAMES = (
    *LOCAL_NAMES,
    "distance",
    "at_or_after_start",
    "repeated_nearby",
    "repeated_adjacent",
    "next_is_date",
    "previous_is_date",
    "next_is_byline",
    "body_score",
    "heading_rank",
    "next_is_credit",
    "previous_is_heading",
    "next_is_heading",
    "breadcrumb",
    "headline_rank",
    "shared_with_lede",
)
LEDE_LINES = 4
CONTENT_WORD = 4  # letters: shorter words say little about what a line is about
# Family features (menus, shares, credits, dates ...) that rule a line out as a plain headline.
PLAIN_FAMILIES = [LOCAL_NAMES.index(name) for name in LOCAL_NAMES if name.startswith("family_")]
BREADCRUMB = (" / ", " > ", " » ", " › ", " | ")


def candidates(lines: list[Line], body_start: int, paragraphs=frozenset()) -> list[int]:
    """Lines that may be the headline: above the article or at its top, not a paragraph ending in a period."""
    low = max(0, body_start - WINDOW)
    return [
        i
        for i in range(low, min(len(lines), body_start + 2))
        if _could_be_title(lines[i].text) and not (i in paragraphs and lines[i].text.endswith("."))
    ]


def _could_be_title(text: str) -> bool:
    n = len(text.split())
    return MIN_WORDS <= n <= MAX_WORDS and any(ch.isalpha() for ch in text)


def candidate_features(
    lines: list[Line], local: np.ndarray, scores: np.ndarray, body_start: int, picks
) -> np.ndarray:
    window = [lines[i].text for i in range(max(0, body_start - WINDOW), min(len(lines), body_start + 2))]
    rows = []
    plain = [i for i in reversed(picks) if _plain_headline(lines[i].text, local[i])]
    lede_lines = range(body_start, min(len(lines), body_start + LEDE_LINES))
    lede = {j: _content_words(lines[j].text) for j in lede_lines}
    for rank, i in enumerate(reversed(picks)):
        text = lines[i].text
        rows.append(
            [
                *local[i, : len(LOCAL_NAMES)],
                np.log1p(max(body_start - i, 0)),
                i >= body_start,
                window.count(text) > 1,
                any(0 <= j < len(lines) and lines[j].text == text for j in (i - 1, i + 1)),
                _is_date(lines, i + 1),
                _is_date(lines, i - 1),
                i + 1 < len(lines) and lines[i + 1].text.lower().startswith(BYLINE_START),
                scores[i],
                np.log1p(rank),
                i + 1 < len(lines) and is_photo_credit(lines[i + 1].text),
                i > 0 and looks_like_heading(lines[i - 1].text),
                i + 1 < len(lines) and looks_like_heading(lines[i + 1].text),
                any(mark in text for mark in BREADCRUMB),
                np.log1p(plain.index(i)) if i in plain else np.log1p(len(picks)),
                _shared_share(text, set().union(*(words for j, words in lede.items() if j != i))),
            ]
        )
    return np.array(rows[::-1], dtype=float)


def _content_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[^\W\d_]+", text.lower()) if len(word) >= CONTENT_WORD}


def _shared_share(text: str, lede_words: set[str]) -> float:
    """A headline sums up its article: most of its words come back in the first paragraphs."""
    words = _content_words(text)
    return len(words & lede_words) / len(words) if words else 0.0


def _plain_headline(text: str, local_row: np.ndarray) -> bool:
    """At least three words, no sentence end, no menu or credit wording: how most headlines look."""
    return len(text.split()) >= 3 and looks_like_heading(text) and not local_row[PLAIN_FAMILIES].any()


def _is_date(lines: list[Line], i: int) -> bool:
    return 0 <= i < len(lines) and len(lines[i].text) < 80 and DATE_SHAPE.search(lines[i].text) is not None


def choose_title(lines, local, scores, body_start, spec, paragraphs=frozenset()) -> tuple[str, int | None]:
    """The headline and its line index, or the lede's first sentence (index None) when none stands out."""
    picks = candidates(lines, body_start, paragraphs)
    if picks and spec:
        weights = np.array(spec["weights"])
        margins = candidate_features(lines, local, scores, body_start, picks) @ weights
        best = int(np.argmax(margins))
        if margins[best] >= spec["threshold"]:
            return lines[picks[best]].text, picks[best]
    if body_start < len(lines):
        return first_sentence(lines[body_start].text), None
    return "", None
