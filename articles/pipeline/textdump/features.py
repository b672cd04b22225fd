"""Numbers describing each line of a dump and its neighbourhood, for the line scorer."""

import re
from collections import Counter

import numpy as np

from .boilerplate import FAMILY_NAMES, families
from .lines import Line

TERMINAL = frozenset('.!?。！？…"”’»)')
GLUED_WORDS = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")
DIGITS = re.compile(r"\d")
DATE_SHAPE = re.compile(
    r"\b(?:19|20)\d\d\b.{0,20}\b\d{1,2}\b|\b\d{1,2}\b.{0,20}\b(?:19|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
)
LONG_WORDS = 15
# Function words of the languages the archive reads most; running text is full of them,
# menus, teasers and product tables are not.
_STOPWORD_TEXT = (
    "the a an and or but of to in on at for with from by as is are was were be been has have had it "
    "its this that these those he she they we you i his her their our not no will would can could "
    "said der die das und ist nicht ein eine zu den mit von sich des auf für im dem le la les et "
    "est un une des du en que qui dans pour pas sur el los las y es por con para lo il di che è per "
    "non и в не на что с по как это он она они о из за "
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

LOCAL_NAMES = (
    "bias",
    "log_words",
    "words_1",
    "words_2_3",
    "words_4_6",
    "words_7_12",
    "words_13_25",
    "words_26_up",
    "ends_terminal",
    "ends_period",
    "ends_colon",
    "starts_upper",
    "starts_digit",
    "starts_bullet",
    "capitalised_share",
    "commas_per_word",
    "digit_share",
    "glued_per_word",
    "has_pipe",
    "has_at_or_url",
    "date_shape",
    "repeated",
    "blank_before",
    "blank_after",
    "position",
    "long_sentence",
    "stopword_share",
    *(f"family_{name}" for name in FAMILY_NAMES),
)


def local_features(line: Line, counts: Counter, total: int) -> list[float]:
    text = line.text
    words = text.split()
    n = len(words)
    capitalised = sum(1 for word in words if word[:1].isupper())
    return [
        1.0,
        np.log1p(n),
        n == 1,
        2 <= n <= 3,
        4 <= n <= 6,
        7 <= n <= 12,
        13 <= n <= 25,
        n > 25,
        text[-1] in TERMINAL,
        text[-1] == ".",
        text[-1] == ":",
        text[:1].isupper(),
        text[:1].isdigit(),
        text[:1] in "•·-–—*►▪●",
        capitalised / n,
        text.count(",") / n,
        len(DIGITS.findall(text)) / len(text),
        len(GLUED_WORDS.findall(text)) / n,
        "|" in text,
        "@" in text or "http" in text or "www." in text,
        n < 20 and DATE_SHAPE.search(text) is not None,
        counts[text] > 1,
        line.blank_before,
        line.blank_after,
        line.index / total,
        n >= LONG_WORDS and text[-1] in TERMINAL,
        sum(1 for word in words if word.lower() in STOPWORDS) / n,
        *families(text),
    ]


def line_matrix(lines: list[Line]) -> np.ndarray:
    """Local features of every line, then the same smoothed over neighbourhoods of the page."""
    counts = Counter(line.text for line in lines)
    total = max(len(lines), 1)
    local = np.array([local_features(line, counts, total) for line in lines], dtype=np.float64)
    if not len(local):
        return np.zeros((0, len(FEATURE_NAMES)))
    return np.hstack([local, _context(local)])


CONTEXT_SOURCES = (
    "log_words",
    "long_sentence",
    "ends_terminal",
    "words_1",
    "stopword_share",
    "family_notice",
    "family_account",
    "family_comments",
    "family_read_more",
)
CONTEXT_WINDOWS = (1, 3, 10)
CONTEXT_NAMES = (
    *(
        f"{name}_{where}{width}"
        for name in CONTEXT_SOURCES
        for width in CONTEXT_WINDOWS
        for where in ("up", "down")
    ),
    "long_above",
    "long_below",
    "before_first_long",
    "after_last_long",
    "long_lines_in_page",
)
FEATURE_NAMES = LOCAL_NAMES + CONTEXT_NAMES


def _context(local: np.ndarray) -> np.ndarray:
    sources = local[:, [LOCAL_NAMES.index(name) for name in CONTEXT_SOURCES]]
    by_width = {
        width: (window_mean(sources, width, True), window_mean(sources, width, False))
        for width in CONTEXT_WINDOWS
    }
    columns = [
        by_width[width][side][:, k]
        for k in range(len(CONTEXT_SOURCES))
        for width in CONTEXT_WINDOWS
        for side in (0, 1)
    ]
    columns.extend(_distances_to_long_lines(local[:, LOCAL_NAMES.index("long_sentence")]))
    return np.column_stack(columns)


def _distances_to_long_lines(long: np.ndarray) -> list[np.ndarray]:
    n = len(long)
    index = np.arange(n)
    positions = np.flatnonzero(long)
    if not len(positions):
        far = np.full(n, np.log1p(n))
        return [far, far, np.ones(n), np.ones(n), np.zeros(n)]
    above = np.searchsorted(positions, index, side="right") - 1
    below = np.searchsorted(positions, index, side="left")
    gap_above = np.where(above >= 0, index - positions[np.maximum(above, 0)], n)
    gap_below = np.where(below < len(positions), positions[np.minimum(below, len(positions) - 1)] - index, n)
    return [
        np.log1p(gap_above),
        np.log1p(gap_below),
        (index < positions[0]).astype(float),
        (index > positions[-1]).astype(float),
        np.full(n, np.log1p(len(positions))),
    ]


def window_mean(values: np.ndarray, width: int, before: bool) -> np.ndarray:
    """Mean of the ``width`` values before (or after) each position, per column, zero-padded at the edges."""
    edge = np.zeros((width, *values.shape[1:]))
    sums = np.concatenate([edge[:1] * 0, np.cumsum(np.concatenate([edge, values, edge]), axis=0)])
    n = len(values)
    if before:
        return (sums[width : n + width] - sums[:n]) / width
    return (sums[2 * width + 1 : n + 2 * width + 1] - sums[width + 1 : n + width + 1]) / width


STACK_WINDOWS = (1, 2, 4, 8, 16)
STACK_NAMES = ("first_stage", *(f"first_stage_{w}{width}" for width in STACK_WINDOWS for w in ("up", "down")))


def with_first_stage(X: np.ndarray, first_stage: np.ndarray) -> np.ndarray:
    """Add the first-stage scores of each line and of its neighbourhoods, for the second stage."""
    columns = [first_stage]
    for width in STACK_WINDOWS:
        columns.append(window_mean(first_stage, width, before=True))
        columns.append(window_mean(first_stage, width, before=False))
    return np.hstack([X, np.column_stack(columns)])
