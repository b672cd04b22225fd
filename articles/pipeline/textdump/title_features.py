"""What the headline ranker knows about each candidate line: its own shape and what lies around it."""

import re
from collections import Counter

import numpy as np

from .features import DATE_DIGITS, DATE_SHAPE, LOCAL_NAMES
from .page import PageFacts

BYLINE_START = ("by ", "by:", "von ", "par ", "por ", "author", "written by", "posted by")
BREADCRUMB = re.compile(r" [/>»›|] ")
BREADCRUMB_MARKS = "/>»›|:"
SITE_SEPARATORS = "|-–—•·:"
# Words of buttons and offers: "Request a free trial", "Get a quote", "Shop now".
CALL_TO_ACTION = re.compile(
    r"\b(?:demo|free trial|trial|quote|sign up|subscribe|download|shop now|buy now|order now|get started|"
    r"contact us|book now|learn more|register|donate|apply now)\b",
    re.IGNORECASE,
)
LEDE_LINES = 4
CONTENT_WORD = 4  # letters: shorter words say little about what a line is about
NEAR_ABOVE = 3  # lines over a headline where a date may sit
NEAR_BELOW = 5  # lines under a headline where its byline and date sit
MAX_DATE_LINE_CHARACTERS = 80
PAD = NEAR_BELOW + 1
# "1. Understand search intent", "#3. Hostinger", "Step 2:": items of a list, not a headline.
LIST_ITEM = re.compile(r"^(?:#?\d{1,2}[.):]|step \d+\b|\(\d{1,2}\))", re.IGNORECASE)
# "Introduction: How to Make Furniture", "PROJECT: Weekend Coding Agent"
LABEL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?:\s?\S")
# Family features (menus, shares, credits, dates ...) that rule a line out as a plain headline.
PLAIN_FAMILIES = [LOCAL_NAMES.index(name) for name in LOCAL_NAMES if name.startswith("family_")]
REPEATED = LOCAL_NAMES.index("repeated")
# "5 min read", "Updated ...", "By ...": what a page prints under its headline.
META_FAMILIES = [LOCAL_NAMES.index(name) for name in ("family_meta", "family_byline")]

TITLE_NAMES = (
    *LOCAL_NAMES,
    "distance",
    "at_or_after_start",
    "repeated_nearby",
    "repeated_adjacent",
    "next_is_date",
    "date_above",
    "next_is_byline",
    "body_score",
    "heading_rank",
    "next_is_credit",
    "previous_is_heading",
    "next_is_heading",
    "breadcrumb",
    "headline_rank",
    "shared_with_lede",
    "body_share_above",
    "date_below",
    "byline_below",
    "recurs_below",
    "list_item",
    "label",
    "shared_with_body",
    "inside_a_neighbour",
    "shared_with_first_paragraph",
    "meta_below",
    "score_below",
    "score_above",
    "ends_a_breadcrumb",
    "starts_a_page_title",
    "call_to_action_words",
)


class Surroundings:
    """Facts about the lines around the candidates, read once per page."""

    def __init__(self, page: PageFacts, low: int, high: int, paragraphs: list[int]):
        texts, n = page.texts, len(page)
        region = range(max(0, low - NEAR_ABOVE), min(n, high + NEAR_BELOW + 1))
        # Padded with False on both sides so that neighbours of any candidate can be read.
        self.date, self.byline, self.heading = (np.zeros(n + 2 * PAD, dtype=bool) for _ in range(3))
        for i in region:
            self.date[i + PAD] = page.digits[i] >= DATE_DIGITS and _is_date(texts[i])
            self.byline[i + PAD] = texts[i].lower().startswith(BYLINE_START)
        self.heading[PAD : n + PAD] = page.heading_like
        self.counts = Counter(texts[low:high])
        self.words = page.text.content_words(CONTENT_WORD)
        start = paragraphs[0] if paragraphs else 0
        lede = range(start, min(n, start + LEDE_LINES))
        self.lede = dict(zip(lede, self.words.each_of(lede), strict=True))
        self.lede_words = set().union(*self.lede.values())
        self.body_words = self.words.of_lines(paragraphs, n)
        self.first_paragraph = next((j for j in paragraphs if page.paragraph[j]), None)
        self.first_words = (
            self.words.of_line(self.first_paragraph) if self.first_paragraph is not None else set()
        )
        words = np.zeros(n)
        words[paragraphs] = page.words[paragraphs]
        self.words_above = np.concatenate([[0.0], np.cumsum(words)]) / max(words.sum(), 1.0)

    def near(self, flags: np.ndarray, picks: np.ndarray, offsets: range) -> np.ndarray:
        """Whether any line at these offsets from each candidate has the flag."""
        return np.logical_or.reduce([flags[picks + PAD + offset] for offset in offsets])


def candidate_features(
    page: PageFacts, local: np.ndarray, scores: np.ndarray, body_start: int, picks: list[int], around
) -> np.ndarray:
    texts, at = page.texts, np.array(picks)
    chosen = [texts[i] for i in picks]
    # At least three words, no sentence end, no menu or credit wording: how most headlines look.
    plain = (page.words[at] >= 3) & page.heading_like[at] & ~local[at][:, PLAIN_FAMILIES].any(axis=1)
    plain_below = np.cumsum(plain[::-1])[::-1] - plain
    own_words = around.words.each_of(at)
    with_words = list(zip(picks, own_words, strict=True))
    meta = np.zeros(len(page) + 2 * PAD, dtype=bool)
    meta[PAD : len(page) + PAD] = local[:, META_FAMILIES].any(axis=1)
    padded_scores = np.concatenate([np.zeros(PAD), scores, np.zeros(PAD)])
    neighbours = np.array([_inside_neighbours(texts, i) for i in picks], dtype=bool).reshape(-1, 3)
    columns = [
        np.log1p(np.maximum(body_start - at, 0)),
        at >= body_start,
        [around.counts[text] > 1 for text in chosen],
        [_repeated_adjacent(texts, i) for i in picks],
        around.date[at + PAD + 1],
        around.near(around.date, at, range(-NEAR_ABOVE, 0)),
        around.byline[at + PAD + 1],
        scores[at],
        np.log1p(np.arange(len(picks))[::-1]),
        page.photo_credit[np.minimum(at + 1, len(page) - 1)] & (at + 1 < len(page)),
        around.heading[at + PAD - 1],
        around.heading[at + PAD + 1],
        [BREADCRUMB.search(text) is not None for text in chosen],
        np.where(plain, np.log1p(plain_below), np.log1p(len(picks))),
        [_shared_share(words, _lede_without(around, i)) for i, words in with_words],
        around.words_above[at],
        around.near(around.date, at, range(1, NEAR_BELOW + 1)),
        around.near(around.byline, at, range(1, NEAR_BELOW + 1)),
        [_recurs_below(texts, i, local[i]) for i in picks],
        [LIST_ITEM.match(text) is not None for text in chosen],
        [LABEL.match(text) is not None for text in chosen],
        [_shared_share(words, around.body_words) for words in own_words],
        neighbours[:, 0],
        [
            _shared_share(words, around.first_words) if i != around.first_paragraph else 0.0
            for i, words in with_words
        ],
        around.near(meta, at, range(1, NEAR_BELOW + 1)),
        np.max([padded_scores[at + PAD + offset] for offset in range(1, 4)], axis=0),
        padded_scores[at + PAD - 1],
        neighbours[:, 1],
        neighbours[:, 2],
        [CALL_TO_ACTION.search(text) is not None for text in chosen],
    ]
    return np.column_stack([local[at, : len(LOCAL_NAMES)], *(np.asarray(c, dtype=float) for c in columns)])


def _repeated_adjacent(texts: list[str], i: int) -> bool:
    return (i > 0 and texts[i - 1] == texts[i]) or (i + 1 < len(texts) and texts[i + 1] == texts[i])


def _lede_without(around: Surroundings, line: int) -> set:
    if line not in around.lede:
        return around.lede_words
    return set().union(*(words for j, words in around.lede.items() if j != line))


def _recurs_below(texts: list[str], i: int, local_row: np.ndarray) -> bool:
    """The same line comes again further down: an entry of a table of contents, a related story."""
    return bool(local_row[REPEATED]) and texts[i] in texts[i + 2 :]


def _inside_neighbours(texts: list[str], i: int) -> tuple[bool, bool, bool]:
    """Whether the line is repeated inside a longer line nearby; whether that line is a trail ending
    with it ("Home > Blog > Top 10 Nutrition Trends", over the headline); whether it is the line and
    the site's name ("Top 10 Nutrition Trends | Tastewise")."""
    text, inside, crumb, titled = texts[i], False, False, False
    for j in range(max(0, i - NEAR_ABOVE), min(len(texts), i + NEAR_ABOVE + 1)):
        other = texts[j]
        if j == i or len(other) <= len(text) or text not in other:
            continue
        inside = True
        crumb |= other.endswith(text) and other[: -len(text)].rstrip()[-1:] in BREADCRUMB_MARKS
        titled |= other.startswith(text) and other[len(text) :].lstrip()[:1] in SITE_SEPARATORS
    return inside, crumb, titled


def _shared_share(words: set[str], others: set[str]) -> float:
    """A headline sums up its article: most of its words come back in it."""
    return len(words & others) / len(words) if words else 0.0


def _is_date(text: str) -> bool:
    return len(text) < MAX_DATE_LINE_CHARACTERS and DATE_SHAPE.search(text) is not None
