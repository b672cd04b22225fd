"""A dump's lines with what the reader asks of each of them, worked out for all lines at once."""

from functools import cached_property
from operator import attrgetter

import numpy as np

from .boilerplate import (
    CREDIT_NEEDLES,
    MAX_CREDIT_WORDS,
    MAX_TAIL_HEADING_WORDS,
    NOTICE_NEEDLES,
    certain_starts,
    is_certain_boilerplate,
    is_photo_credit,
    rule_candidates,
    tail_heading_starts,
)
from .characters import DIGIT, PageText, PhraseFinder
from .families import ANYWHERE_PHRASES
from .lines import Line
from .sentences import CLOSERS, MAX_HEADING_WORDS, SENTENCE_MARKS, ends_sentence

PARAGRAPH_WORDS = 8
_PHRASES = PhraseFinder([*ANYWHERE_PHRASES, *NOTICE_NEEDLES, *CREDIT_NEEDLES])


class PageFacts:
    """The lines of a dump, their words, and the rules' verdicts on each line."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.texts = list(map(attrgetter("text"), lines))
        self.text = PageText(self.texts)
        self.words = self.text.count(" ") + 1

    def __len__(self) -> int:
        return len(self.lines)

    @cached_property
    def digits(self) -> np.ndarray:
        """How many digits (``\\d``) each line holds."""
        return self.text.per_line(self.text.has_class(DIGIT))

    @cached_property
    def ends_sentence(self) -> np.ndarray:
        last = self.text.codes[self.text.starts + self.text.lengths - 1]
        marks = np.isin(last, [ord(char) for char in SENTENCE_MARKS])
        closed = np.flatnonzero(np.isin(last, [ord(char) for char in CLOSERS]))
        marks[closed] = [ends_sentence(self.texts[i]) for i in closed]
        return marks

    @cached_property
    def heading_like(self) -> np.ndarray:
        """``sentences.looks_like_heading`` for every line."""
        last = self.text.codes[self.text.starts + self.text.lengths - 1]
        open_ended = (last == ord(",")) | (last == ord(";"))
        return (self.words <= MAX_HEADING_WORDS) & ~self.ends_sentence & ~open_ended

    @cached_property
    def paragraph(self) -> np.ndarray:
        """A sentence of some length: what an article's paragraphs look like."""
        return self.ends_sentence & (self.words > PARAGRAPH_WORDS)

    @cached_property
    def photo_credit(self) -> np.ndarray:
        credit = np.zeros(len(self.lines), dtype=bool)
        for i in np.flatnonzero(self._candidates[1] & (self.words <= MAX_CREDIT_WORDS)):
            credit[i] = is_photo_credit(self.texts[i])
        return credit

    @cached_property
    def caption(self) -> np.ndarray:
        """A photo credit, or an unfinished sentence right next to one."""
        credit = self.photo_credit
        beside = np.zeros(len(credit), dtype=bool)
        beside[1:] |= credit[:-1]
        beside[:-1] |= credit[1:]
        return credit | (beside & ~self.ends_sentence)

    @cached_property
    def certain_boilerplate(self) -> np.ndarray:
        certain = certain_starts(self.text)
        for i in np.flatnonzero(~certain & self._candidates[0]):
            certain[i] = is_certain_boilerplate(self.texts[i])
        return certain

    @cached_property
    def tail_heading(self) -> np.ndarray:
        """A heading that closes the article: what follows is related stories, tags or comments."""
        return tail_heading_starts(self.text) & (self.words <= MAX_TAIL_HEADING_WORDS)

    @cached_property
    def phrases_found(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the families' phrases and the rules' words occur: one search for both."""
        return _PHRASES.find(self.text, np.ones(len(self.text.codes), dtype=bool))

    @cached_property
    def _candidates(self) -> tuple[np.ndarray, np.ndarray]:
        return rule_candidates(self.text, self.phrases_found)
