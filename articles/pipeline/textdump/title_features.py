"""What the headline ranker knows about each candidate line: its own shape and what lies around it."""

import re
from collections import Counter

import numpy as np

from .features import DATE_SHAPE, LOCAL_NAMES
from .page import PageFacts
from .sentences import looks_like_heading

BYLINE_START = ("by ", "by:", "von ", "par ", "por ", "author", "written by", "posted by")
BREADCRUMB = (" / ", " > ", " » ", " › ", " | ")
LEDE_LINES = 4
CONTENT_WORD = 4  # letters: shorter words say little about what a line is about
NEAR_ABOVE = 3  # lines over a headline where a date may sit
NEAR_BELOW = 5  # lines under a headline where its byline and date sit
MAX_DATE_LINE_CHARACTERS = 80
# "1. Understand search intent", "#3. Hostinger", "Step 2:": items of a list, not a headline.
LIST_ITEM = re.compile(r"^(?:#?\d{1,2}[.):]|step \d+\b|\(\d{1,2}\))", re.IGNORECASE)
# "Introduction: How to Make Furniture", "PROJECT: Weekend Coding Agent"
LABEL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?:\s?\S")
CONTENT_WORDS = re.compile(rf"[^\W\d_]{{{CONTENT_WORD},}}")
# Family features (menus, shares, credits, dates ...) that rule a line out as a plain headline.
PLAIN_FAMILIES = [LOCAL_NAMES.index(name) for name in LOCAL_NAMES if name.startswith("family_")]

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
)


class Surroundings:
    """Facts about the lines around the candidates, read once per page."""

    def __init__(self, page: PageFacts, low: int, high: int, paragraphs: list[int]):
        self.page, self.low, self.high = page, low, min(len(page), high)
        texts = page.texts
        self.region = range(max(0, low - NEAR_ABOVE), min(len(page), high + NEAR_BELOW + 1))
        self.is_date = {i: _is_date(texts[i]) for i in self.region}
        self.is_byline = {i: texts[i].lower().startswith(BYLINE_START) for i in self.region}
        self.is_heading = {i: looks_like_heading(texts[i]) for i in self.region}
        self.counts = Counter(texts[low : self.high])
        self.later = _last_seen(texts)
        start = paragraphs[0] if paragraphs else 0
        self.lede = {j: _content_words(texts[j]) for j in range(start, min(len(page), start + LEDE_LINES))}
        self.body_words = set().union(*(_content_words(texts[j]) for j in paragraphs))
        first = next((j for j in paragraphs if page.paragraph[j]), None)
        self.first_paragraph = (first, _content_words(texts[first]) if first is not None else set())
        words = np.zeros(len(page))
        words[paragraphs] = page.words[paragraphs]
        self.words_above = np.concatenate([[0.0], np.cumsum(words)]) / max(words.sum(), 1.0)


def _last_seen(texts: list[str]) -> dict[str, int]:
    return {text: i for i, text in enumerate(texts)}


def candidate_features(
    page: PageFacts, local: np.ndarray, scores: np.ndarray, body_start: int, picks: list[int], around
) -> np.ndarray:
    texts = page.texts
    plain = [i for i in reversed(picks) if _plain_headline(texts[i], local[i])]
    rows = []
    for rank, i in enumerate(reversed(picks)):
        text = texts[i]
        words = _content_words(text)
        rows.append(
            [
                *local[i, : len(LOCAL_NAMES)],
                np.log1p(max(body_start - i, 0)),
                i >= body_start,
                around.counts[text] > 1,
                (i > 0 and texts[i - 1] == text) or (i + 1 < len(texts) and texts[i + 1] == text),
                around.is_date.get(i + 1, False),
                any(around.is_date.get(j, False) for j in range(i - NEAR_ABOVE, i)),
                around.is_byline.get(i + 1, False),
                scores[i],
                np.log1p(rank),
                i + 1 < len(texts) and page.photo_credit[i + 1],
                around.is_heading.get(i - 1, False),
                around.is_heading.get(i + 1, False),
                any(mark in text for mark in BREADCRUMB),
                np.log1p(plain.index(i)) if i in plain else np.log1p(len(picks)),
                _shared_share(words, set().union(*(w for j, w in around.lede.items() if j != i))),
                around.words_above[i],
                any(around.is_date.get(j, False) for j in range(i + 1, i + 1 + NEAR_BELOW)),
                any(around.is_byline.get(j, False) for j in range(i + 1, i + 1 + NEAR_BELOW)),
                around.later[text] > i + 1,
                LIST_ITEM.match(text) is not None,
                LABEL.match(text) is not None,
                _shared_share(words, around.body_words),
                _inside_a_neighbour(texts, i),
                _shared_share(words, around.first_paragraph[1]) if around.first_paragraph[0] != i else 0.0,
            ]
        )
    return np.array(rows[::-1], dtype=float)


def _inside_a_neighbour(texts: list[str], i: int) -> bool:
    """The line is repeated inside a longer one nearby: a breadcrumb trail or a title with the site's name."""
    text = texts[i]
    return any(text in texts[j] and texts[j] != text for j in range(max(0, i - 3), min(len(texts), i + 4)))


def _content_words(text: str) -> set[str]:
    return set(CONTENT_WORDS.findall(text.lower()))


def _shared_share(words: set[str], others: set[str]) -> float:
    """A headline sums up its article: most of its words come back in it."""
    return len(words & others) / len(words) if words else 0.0


def _plain_headline(text: str, local_row: np.ndarray) -> bool:
    """At least three words, no sentence end, no menu or credit wording: how most headlines look."""
    return len(text.split()) >= 3 and looks_like_heading(text) and not local_row[PLAIN_FAMILIES].any()


def _is_date(text: str) -> bool:
    return len(text) < MAX_DATE_LINE_CHARACTERS and DATE_SHAPE.search(text) is not None
