"""Choose the article's paragraphs among scored lines."""

from bisect import bisect_right
from dataclasses import dataclass, field

import numpy as np

from .boilerplate import is_certain_boilerplate, is_photo_credit, is_tail_heading
from .lines import Line
from .sentences import ends_sentence, looks_like_heading

FLOOR = 0.2  # lines scored lower are never worth their risk
HEADING_FLOOR = 0.05
PARAGRAPH_WORDS = 8
TAIL_SHARE = 0.5  # an ending must follow at least this share of the chosen words
FILL_FLOOR = 0.1
MIN_SENTENCE_WORDS = 5
FEW_LINES = 5  # a dump this short is a bare article, not a page
TAIL_WORDS = 250  # or this many of them


@dataclass
class BodyParts:
    paragraphs: list[int] = field(default_factory=list)  # line indexes, in page order
    subheadings: list[int] = field(default_factory=list)


def select_body(lines: list[Line], scores: np.ndarray, excluded: set[int], endings=()) -> BodyParts:
    """Keep the lines that maximise the expected word-level F1 of the body, then set headings apart.

    ``endings`` are lines known to close an article (an agency credit, a tags line);
    a related-stories or comments heading does too. Nothing after the first of them
    that follows a chosen paragraph is kept.
    """
    scores = _vetted(lines, scores, excluded)
    chosen = _expected_f1_choice(lines, scores)
    if not chosen or len(lines) <= FEW_LINES:
        chosen = sorted(set(chosen) | set(_plain_sentences(lines, scores)))
    chosen = _before_the_end(lines, chosen, set(endings))
    chosen = _with_gaps_filled(lines, scores, chosen, set(endings))
    if not chosen:
        return BodyParts()
    return _split_headings(lines, scores, chosen)


def _plain_sentences(lines: list[Line], scores: np.ndarray) -> list[int]:
    """A dump of a few bare sentences gives the scorer no page to read: take its sentences."""
    return [
        line.index
        for line in lines
        if scores[line.index] > 0.0
        and ends_sentence(line.text)
        and len(line.text.split()) >= MIN_SENTENCE_WORDS
        and not is_certain_boilerplate(line.text)
        and not _is_caption(lines, line.index)
    ]


def _before_the_end(lines: list[Line], chosen: list[int], endings: set[int]) -> list[int]:
    """Cut at the first ending that follows most of the chosen text.

    A "Share this" or "Related" box early in a page is a sidebar, not the article's end.
    """
    if not chosen:
        return chosen
    words = {i: len(lines[i].text.split()) for i in chosen}
    total, before = sum(words.values()), words[chosen[0]]
    for line in lines[chosen[0] + 1 : chosen[-1]]:
        before += words.get(line.index, 0)
        enough = before >= TAIL_SHARE * total or before >= TAIL_WORDS
        if enough and (line.index in endings or is_tail_heading(line.text)):
            return [i for i in chosen if i < line.index]
    return chosen


def _vetted(lines: list[Line], scores: np.ndarray, excluded: set[int]) -> np.ndarray:
    scores = scores.copy()
    seen: set[str] = set()
    for line in lines:
        i = line.index
        # Lines below FILL_FLOOR are never kept, so the rules need not read them.
        if scores[i] >= FILL_FLOOR and (
            i in excluded or line.text in seen or is_certain_boilerplate(line.text) or _is_caption(lines, i)
        ):
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


def _with_gaps_filled(
    lines: list[Line], scores: np.ndarray, chosen: list[int], endings: set[int]
) -> list[int]:
    """Take back a doubtful paragraph between two kept ones, or between a kept one and the article's end."""
    kept = set(chosen)
    for i, line in enumerate(lines):
        if i in kept or scores[i] < FILL_FLOOR or not _is_paragraph(line.text):
            continue
        above, below = _neighbour(lines, scores, i, -1), _neighbour(lines, scores, i, 1)
        closes = below is None or below in endings or is_tail_heading(lines[below].text)
        if above in kept and (below in kept or closes):
            kept.add(i)
    return sorted(kept)


def _neighbour(lines: list[Line], scores: np.ndarray, i: int, step: int) -> int | None:
    """The nearest line in one direction that is not a vetoed line (a "Read more", a caption)."""
    j = i + step
    while 0 <= j < len(lines) and _vetoed(lines, scores, j) and not is_tail_heading(lines[j].text):
        j += step
    return j if 0 <= j < len(lines) else None


def _vetoed(lines: list[Line], scores: np.ndarray, j: int) -> bool:
    return scores[j] == 0.0 or is_certain_boilerplate(lines[j].text) or _is_caption(lines, j)


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
