"""A dump's lines with what the reader asks of each of them, worked out for all lines at once."""

from functools import cached_property
from operator import attrgetter

import numpy as np

from ..dates import find_dates
from ..dates.months import MONTH_NUMBERS
from .boilerplate import (
    CREDIT_NEEDLES,
    MAX_CREDIT_WORDS,
    MAX_META_WORDS,
    MAX_RIGHTS_WORDS,
    MAX_STAMP_WORDS,
    MAX_TAIL_HEADING_WORDS,
    NOTICE_NEEDLES,
    RIGHTS_HASHES,
    RIGHTS_PHRASES,
    certain_starts,
    comment_marks,
    is_certain_boilerplate,
    is_photo_credit,
    meta_line_starts,
    relative_time_lines,
    rule_candidates,
    tail_heading_starts,
    thread_heading_starts,
)
from .characters import DIGIT, PageText, PhraseFinder
from .families import ANYWHERE_PHRASES
from .lines import Line
from .sentences import CLOSERS, MAX_HEADING_WORDS, SENTENCE_MARKS, UNSPACED_CHARACTERS_PER_WORD, ends_sentence

PARAGRAPH_WORDS = 8
DATE_DIGITS = 5  # a date with its year and day
MAX_DATELINE_WORDS = 12
DATELINE_REACH = 40  # characters of a line read for the date that leads it
THREAD_REACH = 4  # lines under a comments heading where the first comment's marks show
_PHRASES = PhraseFinder([*ANYWHERE_PHRASES, *NOTICE_NEEDLES, *CREDIT_NEEDLES, *RIGHTS_PHRASES])


class PageFacts:
    """The lines of a dump, their words, and the rules' verdicts on each line."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.texts = list(map(attrgetter("text"), lines))
        self.text = PageText(self.texts)
        # Words split by spaces, and words as a reader counts them (Japanese and Chinese need no spaces).
        self.tokens = self.text.count(" ") + 1
        self.words = self.tokens
        if self.text.has_unspaced:
            self.words = self.tokens + self.text.per_line(self.text.unspaced) // UNSPACED_CHARACTERS_PER_WORD

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
        open_ended = np.isin(last, [ord(char) for char in ",;、，"])
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
        """Lines never part of an article: teasers, notices, buttons, update lines, other stories' stamps."""
        certain = certain_starts(self.text) | self.meta_line | self.stamped_teaser | self.rights_line
        for i in np.flatnonzero(~certain & self._candidates[0]):
            certain[i] = is_certain_boilerplate(self.texts[i])
        return certain

    @cached_property
    def rights_line(self) -> np.ndarray:
        """A short line saying "All rights reserved" (or the same in another language): a footer."""
        starts, hashes = self.phrases_found
        found = np.zeros(len(self.lines), dtype=bool)
        found[self.text.line_of(starts[[h in RIGHTS_HASHES for h in hashes.tolist()]])] = True
        return found & (self.words <= MAX_RIGHTS_WORDS)

    @cached_property
    def meta_line(self) -> np.ndarray:
        """ "Updated 11:21 pm CST, Nov. 5, 2019": a short line announcing a date, no sentence of the text."""
        short = (self.words <= MAX_META_WORDS) & (~self.ends_sentence | (self.words <= PARAGRAPH_WORDS))
        announced = meta_line_starts(self.text) & short & (self.digits > 0)
        return announced | self.dateline

    @cached_property
    def dateline(self) -> np.ndarray:
        """ "2019年01月14日 18:30 来源：东方时报", "27 Jan, 2019 13:11": a short line led by a date."""
        found = np.zeros(len(self.lines), dtype=bool)
        maybe = (self.digits >= DATE_DIGITS) & (self.words <= MAX_DATELINE_WORDS) & ~self.ends_sentence
        for i in np.flatnonzero(maybe).tolist():
            text = self.texts[i]
            # Only a line that starts like a date ("27 Jan", "2019年", "Jan. 27") is read for one.
            if not (text[0].isdigit() or _starts_with_a_month(text)):
                continue
            dates = find_dates(text[:DATELINE_REACH])
            found[i] = bool(dates) and dates[0].start <= 1
        return found

    @cached_property
    def stamped_teaser(self) -> np.ndarray:
        """A "32M ago" stamp and the short headline next to it: a list of other stories."""
        stamp = self.relative_time & (self.words <= MAX_STAMP_WORDS) & ~self.ends_sentence
        beside = np.zeros(len(stamp), dtype=bool)
        beside[1:] |= stamp[:-1]
        beside[:-1] |= stamp[1:]
        return stamp | (beside & self.heading_like)

    @cached_property
    def relative_time(self) -> np.ndarray:
        return relative_time_lines(self.text)

    @cached_property
    def over_stamps(self) -> np.ndarray:
        """A line with a stamped teaser right under it or one further down: a sidebar's heading."""
        under = np.zeros(len(self.lines), dtype=bool)
        under[:-1] |= self.stamped_teaser[1:]
        under[:-2] |= self.stamped_teaser[2:]
        short = self.heading_like | (self.words <= MAX_TAIL_HEADING_WORDS)  # "More U.S." ends with a dot
        return under & ~self.stamped_teaser & short & ~self.thread_start

    @cached_property
    def comment_mark(self) -> np.ndarray:
        """ "Reply", "12 likes", "Jane says:": what each comment of a thread carries."""
        return comment_marks(self.text) | (self.relative_time & (self.words <= MAX_STAMP_WORDS))

    @cached_property
    def tail_heading(self) -> np.ndarray:
        """A heading that closes the article: what follows is related stories, tags or comments."""
        short = tail_heading_starts(self.text) & (self.words <= MAX_TAIL_HEADING_WORDS)
        return short | (thread_heading_starts(self.text) & ~self.ends_sentence)

    @cached_property
    def thread_start(self) -> np.ndarray:
        """A closing heading with a comment under it: its marks ("Reply", "2 hours ago") and its text."""
        heads = np.flatnonzero(self.tail_heading)
        if not len(heads):
            return self.tail_heading
        return self.tail_heading & (
            _within(self.comment_mark, heads, THREAD_REACH) & _within(self.paragraph, heads, THREAD_REACH + 2)
        )

    @cached_property
    def phrases_found(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the families' phrases and the rules' words occur: one search for both."""
        return _PHRASES.find(self.text, np.ones(len(self.text.codes), dtype=bool))

    @cached_property
    def _candidates(self) -> tuple[np.ndarray, np.ndarray]:
        return rule_candidates(self.text, self.phrases_found)


def _within(flags: np.ndarray, lines: np.ndarray, reach: int) -> np.ndarray:
    """For every line of the page: is it one of ``lines`` with a flagged line at most ``reach`` below?"""
    flagged = np.flatnonzero(flags)
    found = np.zeros(len(flags), dtype=bool)
    nearest = np.searchsorted(flagged, lines, side="right")
    below = nearest < len(flagged)
    found[lines[below]] = flagged[nearest[below]] - lines[below] <= reach
    return found


def _starts_with_a_month(text: str) -> bool:
    return text[:3].lower() in MONTH_NUMBERS or text[:4].lower() in MONTH_NUMBERS
