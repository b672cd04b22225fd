"""Numbers describing each line of a dump and its neighbourhood, for the line scorer."""

import re
from collections import Counter
from operator import attrgetter

import numpy as np

from .characters import BULLET, NUMERAL, TERMINAL, UPPER, HashSet, code_table
from .families import FAMILY_NAMES, family_matrix
from .page import PageFacts

DATE_DIGITS = 4  # the fewest digits a date shape holds
DATE_SHAPE = re.compile(
    r"\b(?:19|20)\d\d\b.{0,20}\b\d{1,2}\b|\b\d{1,2}\b.{0,20}\b(?:19|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]"
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
STOPWORD_HASHES = HashSet(STOPWORDS)
# Japanese particles and Chinese function characters: as common in running text as the words above,
# and as rare in menus. Each counts as a function word.
FUNCTION_CHARACTERS = "のはがをにでともへやか的了是在和也就都与这们为对将"
COMMAS = ",、，"
FUNCTION_TABLE, COMMA_TABLE = code_table(FUNCTION_CHARACTERS), code_table(COMMAS)

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


def local_matrix(facts: PageFacts) -> np.ndarray:
    """The local features of every line, computed for the whole page at once."""
    lines, texts, page, words, tokens = facts.lines, facts.texts, facts.text, facts.words, facts.tokens
    digits = facts.digits
    word_starts, word_ends = page.word_spans()
    first_words = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(tokens[:-1], out=first_words[1:])
    capitalised = np.add.reduceat(page.has_class(UPPER)[word_starts].astype(np.int32), first_words)
    stopwords = STOPWORD_HASHES.holds(page.span_hashes(word_starts, word_ends))
    function_words = np.add.reduceat(stopwords.astype(np.int32), first_words)
    if page.has_unspaced:
        function_words += page.per_line(FUNCTION_TABLE[page.bmp_codes])
    first, last = page.starts, page.starts + page.lengths - 1
    terminal = page.classes[last] & TERMINAL != 0
    # A line of a script without capitals starts as a sentence does.
    starts_upper = (page.classes[first] & UPPER != 0) | page.unspaced[first]
    counts = Counter(texts)
    columns = [
        np.ones(len(texts)),
        np.log1p(words),
        words == 1,
        (words >= 2) & (words <= 3),
        (words >= 4) & (words <= 6),
        (words >= 7) & (words <= 12),
        (words >= 13) & (words <= 25),
        words > 25,
        terminal,
        (page.codes[last] == ord(".")) | (page.codes[last] == ord("。")),
        (page.codes[last] == ord(":")) | (page.codes[last] == ord("：")),
        starts_upper,
        page.classes[first] & NUMERAL != 0,
        page.classes[first] & BULLET != 0,
        capitalised / tokens,
        (page.per_line(COMMA_TABLE[page.bmp_codes]) if page.has_unspaced else page.count(",")) / words,
        digits / page.lengths,
        page.per_line(page.glued_pairs()) / tokens,
        page.count("|") > 0,
        (page.count("@") > 0) | page.lines_containing("http") | page.lines_containing("www."),
        _dated(texts, (words < 20) & (digits >= DATE_DIGITS)),
        np.fromiter(map(counts.__getitem__, texts), dtype=np.int64, count=len(texts)) > 1,
        np.fromiter(map(attrgetter("blank_before"), lines), dtype=bool, count=len(lines)),
        np.fromiter(map(attrgetter("blank_after"), lines), dtype=bool, count=len(lines)),
        np.arange(len(texts)) / len(texts),
        (words >= LONG_WORDS) & terminal,
        np.minimum(function_words / words, 1.0),
    ]
    return np.column_stack([*columns, family_matrix(page, facts.phrases_found)]).astype(np.float64)


def _dated(texts: list[str], worth_reading: np.ndarray) -> np.ndarray:
    """Which of the lines worth reading hold something shaped like a date."""
    read = np.flatnonzero(worth_reading)
    found = np.zeros(len(texts), dtype=bool)
    if len(read):
        joined = "\n".join(texts[i] for i in read)
        positions = [match.start() for match in DATE_SHAPE.finditer(joined)]
        found[read[[joined.count("\n", 0, at) for at in positions]]] = True
    return found


def line_matrix(page: PageFacts) -> np.ndarray:
    """Local features of every line, then the same smoothed over neighbourhoods of the page."""
    if not len(page):
        return np.zeros((0, len(FEATURE_NAMES)))
    local = local_matrix(page)
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
    by_width = window_means(sources, CONTEXT_WINDOWS)
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


def window_means(values: np.ndarray, widths) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """For each width, the mean of the ``width`` values before and after each position, per column.

    Zero-padded at the edges; one running sum serves all widths.
    """
    pad, n = max(widths), len(values)
    edge = np.zeros((pad, *values.shape[1:]))
    sums = np.concatenate([edge[:1], np.cumsum(np.concatenate([edge, values, edge]), axis=0)])
    return {
        width: (
            (sums[pad : n + pad] - sums[pad - width : n + pad - width]) / width,
            (sums[pad + 1 + width : n + pad + 1 + width] - sums[pad + 1 : n + pad + 1]) / width,
        )
        for width in widths
    }


STACK_WINDOWS = (1, 2, 4, 8, 16)
STACK_NAMES = ("first_stage", *(f"first_stage_{w}{width}" for width in STACK_WINDOWS for w in ("up", "down")))


def with_first_stage(X: np.ndarray, first_stage: np.ndarray) -> np.ndarray:
    """Add the first-stage scores of each line and of its neighbourhoods, for the second stage."""
    by_width = window_means(first_stage, STACK_WINDOWS)
    columns = [first_stage, *(mean for width in STACK_WINDOWS for mean in by_width[width])]
    return np.hstack([X, np.column_stack(columns)])
