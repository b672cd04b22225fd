"""Find the headline among the lines just above the article, or fall back to the lede's first sentence."""

import numpy as np

from .features import DATE_SHAPE, LOCAL_NAMES
from .lines import Line
from .sentences import first_sentence

WINDOW = 30  # lines above the first paragraph where a headline may sit
MAX_WORDS = 40
BYLINE_START = ("by ", "von ", "par ", "por ", "author")

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
)


def candidates(lines: list[Line], body_start: int) -> list[int]:
    low = max(0, body_start - WINDOW)
    return [i for i in range(low, min(len(lines), body_start + 2)) if _could_be_title(lines[i].text)]


def _could_be_title(text: str) -> bool:
    n = len(text.split())
    return 1 <= n <= MAX_WORDS and any(ch.isalpha() for ch in text)


def candidate_features(lines: list[Line], local: np.ndarray, scores: np.ndarray, body_start: int, picks) -> np.ndarray:
    window = [lines[i].text for i in range(max(0, body_start - WINDOW), min(len(lines), body_start + 2))]
    rows = []
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
            ]
        )
    return np.array(rows[::-1], dtype=float)


def _is_date(lines: list[Line], i: int) -> bool:
    return 0 <= i < len(lines) and len(lines[i].text) < 80 and DATE_SHAPE.search(lines[i].text) is not None


def choose_title(lines, local, scores, body_start, spec) -> tuple[str, int | None]:
    """The headline and its line index, or the lede's first sentence (index None) when none stands out."""
    picks = candidates(lines, body_start)
    if picks and spec:
        weights = np.array(spec["weights"])
        margins = candidate_features(lines, local, scores, body_start, picks) @ weights
        best = int(np.argmax(margins))
        if margins[best] >= spec["threshold"]:
            return lines[picks[best]].text, picks[best]
    if body_start < len(lines):
        return first_sentence(lines[body_start].text), None
    return "", None
