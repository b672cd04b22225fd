"""Choose the article's paragraphs among scored lines."""

from bisect import bisect_left
from dataclasses import dataclass, field

import numpy as np

from .page import PageFacts
from .sentences import looks_like_heading

FLOOR = 0.2  # lines scored lower are never worth their risk
HEADING_FLOOR = 0.05
TAIL_SHARE = 0.5  # an ending must follow at least this share of the chosen words
FILL_FLOOR = 0.1
MIN_SENTENCE_WORDS = 5
FEW_LINES = 8  # a dump this short is a bare article, not a page
TAIL_WORDS = 250  # or this many of them
BULLETS = "•·-–*"
RUN_GAP = 3  # lines between two paragraphs of one run of running text


@dataclass
class BodyParts:
    paragraphs: list[int] = field(default_factory=list)  # line indexes, in page order
    subheadings: list[int] = field(default_factory=list)

    def below(self, line: int) -> "BodyParts":
        """The parts after a line (the headline, when it turned up inside the chosen lines)."""
        return BodyParts([i for i in self.paragraphs if i > line], [i for i in self.subheadings if i > line])


def select_body(page: PageFacts, scores: np.ndarray, excluded: set[int], endings=()) -> BodyParts:
    """Keep the lines that maximise the expected word-level F1 of the body, then set headings apart.

    ``endings`` are lines known to close an article (an agency credit, a tags line);
    a related-stories or comments heading does too. Nothing after the first of them
    that follows a chosen paragraph is kept.
    """
    scores = _vetted(page, scores, excluded)
    chosen = _expected_f1_choice(page, scores)
    if not chosen or len(page) <= FEW_LINES:
        chosen = sorted(set(chosen) | set(_plain_sentences(page, scores)))
    if not chosen:
        chosen = _running_text(page, excluded)
    # "More in World" over stamped teasers ("32M ago") heads a sidebar, which may sit inside the article.
    closing = page.tail_heading & ~page.over_stamps
    closing[list(endings)] = True
    chosen = _before_the_end(page, chosen, closing)
    chosen = _with_gaps_filled(page, scores, chosen, closing)
    if not chosen:
        return BodyParts()
    return _split_headings(page, scores, chosen)


def _plain_sentences(page: PageFacts, scores: np.ndarray) -> list[int]:
    """A dump of a few bare sentences gives the scorer no page to read: take its sentences."""
    plain = (scores > 0.0) & page.ends_sentence & (page.words >= MIN_SENTENCE_WORDS)
    return np.flatnonzero(plain & ~page.certain_boilerplate & ~page.caption).tolist()


def _running_text(page: PageFacts, excluded: set[int]) -> list[int]:
    """The page's longest run of paragraphs, when the scorer saw none: a page of a kind it never met.

    Paragraphs at most ``RUN_GAP`` lines apart belong to one run; the run holding the most words wins.
    """
    usable = page.paragraph & ~page.certain_boilerplate & ~page.caption & ~_repeats(page.texts)
    usable[list(excluded)] = False
    paragraphs = np.flatnonzero(usable)
    if not len(paragraphs):
        return []
    run_starts = np.flatnonzero(np.diff(paragraphs, prepend=-RUN_GAP - 2) > RUN_GAP + 1)
    runs = np.split(paragraphs, run_starts[1:])
    return max(runs, key=lambda run: int(page.words[run].sum())).tolist()


def _before_the_end(page: PageFacts, chosen: list[int], closing: np.ndarray) -> list[int]:
    """Cut at the first ending that follows most of the chosen text.

    A "Share this" or "Related" box early in a page is a sidebar, not the article's end.
    """
    if not chosen:
        return chosen
    first, last = chosen[0], chosen[-1]
    counted = np.zeros(len(page), dtype=np.int64)
    counted[chosen] = page.words[chosen]
    # Words chosen down to each line after the first (an ending may itself have been chosen).
    before = counted[first] + np.cumsum(counted[first + 1 : last + 1]) - counted[first + 1 : last + 1]
    enough = (before >= TAIL_SHARE * counted.sum()) | (before >= TAIL_WORDS)
    # A comment thread may outweigh the article above it: it ends the article all the same,
    # once a paragraph of the article was chosen above it.
    chosen_paragraphs = np.zeros(len(page), dtype=np.int64)
    chosen_paragraphs[chosen] = page.paragraph[chosen]
    paragraphs_before = np.cumsum(chosen_paragraphs[first : last + 1])[:-1]
    thread = page.thread_start[first + 1 : last + 1] & (paragraphs_before > 0)
    stops = np.flatnonzero((enough & closing[first + 1 : last + 1]) | thread)
    if not len(stops):
        return chosen
    return chosen[: bisect_left(chosen, first + 1 + int(stops[0]))]


def _vetted(page: PageFacts, scores: np.ndarray, excluded: set[int]) -> np.ndarray:
    """Scores with the lines the rules rule out set to zero: repeats, notices, captions."""
    ruled_out = _repeats(page.texts) | page.certain_boilerplate | page.caption
    ruled_out[list(excluded)] = True
    # Lines below FILL_FLOOR are never kept: their scores say so already.
    return np.where((scores >= FILL_FLOOR) & ruled_out, 0.0, scores)


def _repeats(texts: list[str]) -> np.ndarray:
    """Lines whose text an earlier line already had."""
    first: dict[str, int] = {}
    return np.array([first.setdefault(text, i) != i for i, text in enumerate(texts)], dtype=bool)


def _expected_f1_choice(page: PageFacts, scores: np.ndarray) -> list[int]:
    words = page.words.astype(float)
    expected_gold = float((scores * words).sum())
    order = np.argsort(-scores, kind="stable")
    order = order[scores[order] >= FLOOR]
    if not len(order):
        return []
    f1 = 2 * np.cumsum(scores[order] * words[order]) / (np.cumsum(words[order]) + expected_gold)
    best = int(np.argmax(f1))
    return sorted(order[: best + 1].tolist()) if f1[best] > 0 else []


def _with_gaps_filled(
    page: PageFacts, scores: np.ndarray, chosen: list[int], closing: np.ndarray
) -> list[int]:
    """Take back doubtful paragraphs between two kept ones, or between a kept one and the article's end.

    Lines the article flows past (a "Read more", a caption, a sidebar of other stories) are looked
    through; a run of doubtful paragraphs is taken back whole.
    """
    kept = np.zeros(len(page), dtype=bool)
    kept[chosen] = True
    vetoed = (scores == 0.0) | page.certain_boilerplate | page.caption
    passed = (vetoed & ~page.tail_heading) | page.over_stamps
    seen = np.flatnonzero(~passed)  # the lines a reader of the article's flow meets, in order
    doubtful = (scores[seen] >= FILL_FLOOR) & page.paragraph[seen] & ~kept[seen]
    if not doubtful.any():
        return chosen
    edges = np.flatnonzero(np.diff(np.concatenate([[0], doubtful.astype(np.int8), [0]])))
    for low, high in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        above_kept = low > 0 and kept[seen[low - 1]]
        below_ends = high == len(seen) or kept[seen[high]] or closing[seen[high]]
        if above_kept and below_ends:
            kept[seen[low:high]] = True
    return np.flatnonzero(kept).tolist()


def _split_headings(page: PageFacts, scores: np.ndarray, chosen: list[int]) -> BodyParts:
    """Short heading-like lines between two paragraphs are subheadings, not paragraphs."""
    kept = np.array(chosen)
    inner = np.arange(chosen[0] + 1, chosen[-1])
    at = np.searchsorted(kept, inner, side="right")
    before = np.where(kept[at - 1] == inner, kept[np.maximum(at - 2, 0)], kept[at - 1])
    between = page.paragraph[before] & page.paragraph[kept[np.minimum(at, len(kept) - 1)]]
    headings = [
        i
        for i in inner[between & (scores[inner] >= HEADING_FLOOR)].tolist()
        if looks_like_heading(page.texts[i]) and page.texts[i][:1] not in BULLETS
    ]
    dropped = set(headings)
    return BodyParts([i for i in chosen if i not in dropped], headings)
