"""Choose the article's paragraphs among scored lines."""

from bisect import bisect_right
from dataclasses import dataclass, field

import numpy as np

from .boilerplate import is_certain_boilerplate, is_photo_credit
from .lines import Line
from .sentences import ends_sentence, looks_like_heading

FLOOR = 0.2  # lines scored lower are never worth their risk
HEADING_FLOOR = 0.05
PARAGRAPH_WORDS = 8


@dataclass
class BodyParts:
    paragraphs: list[int] = field(default_factory=list)  # line indexes, in page order
    subheadings: list[int] = field(default_factory=list)


def select_body(lines: list[Line], scores: np.ndarray, excluded: set[int]) -> BodyParts:
    """Keep the lines that maximise the expected word-level F1 of the body, then set headings apart."""
    scores = _vetted(lines, scores, excluded)
    chosen = _expected_f1_choice(lines, scores)
    if not chosen:
        return BodyParts()
    return _split_headings(lines, scores, chosen)


def _vetted(lines: list[Line], scores: np.ndarray, excluded: set[int]) -> np.ndarray:
    scores = scores.copy()
    seen: set[str] = set()
    for line in lines:
        i = line.index
        if i in excluded or line.text in seen or is_certain_boilerplate(line.text) or _is_caption(lines, i):
            scores[i] = 0.0
        seen.add(line.text)
    return scores


def _is_caption(lines: list[Line], i: int) -> bool:
    """A photo credit, or an unfinished sentence right next to one."""
    if is_photo_credit(lines[i].text):
        return True
    if ends_sentence(lines[i].text):
        return False
    return any(0 <= j < len(lines) and is_photo_credit(lines[j].text) for j in (i - 1, i + 1))


def _expected_f1_choice(lines: list[Line], scores: np.ndarray) -> list[int]:
    words = np.array([len(line.text.split()) for line in lines], dtype=float)
    expected_gold = float((scores * words).sum())
    order = np.argsort(-scores, kind="stable")
    best_f1, best_k, hits, chosen_words = 0.0, 0, 0.0, 0.0
    for k, i in enumerate(order):
        if scores[i] < FLOOR:
            break
        hits += scores[i] * words[i]
        chosen_words += words[i]
        f1 = 2 * hits / (chosen_words + expected_gold)
        if f1 > best_f1:
            best_f1, best_k = f1, k + 1
    return sorted(int(i) for i in order[:best_k])


def _split_headings(lines: list[Line], scores: np.ndarray, chosen: list[int]) -> BodyParts:
    """Short heading-like lines between two paragraphs are subheadings, not paragraphs."""
    parts = BodyParts()
    chosen_set = set(chosen)
    first, last = chosen[0], chosen[-1]
    for i in range(first, last + 1):
        text = lines[i].text
        between = first < i < last and _between_paragraphs(lines, chosen, i)
        if between and scores[i] >= HEADING_FLOOR and looks_like_heading(text) and text[:1] not in "•·-–*":
            parts.subheadings.append(i)
        elif i in chosen_set:
            parts.paragraphs.append(i)
    return parts


def _between_paragraphs(lines: list[Line], chosen: list[int], i: int) -> bool:
    at = bisect_right(chosen, i)
    before = chosen[at - 1] if chosen[at - 1] != i else chosen[at - 2]
    return _is_paragraph(lines[before].text) and _is_paragraph(lines[chosen[at]].text)


def _is_paragraph(text: str) -> bool:
    return ends_sentence(text) and len(text.split()) > PARAGRAPH_WORDS
