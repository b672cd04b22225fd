"""Split a body into tokens once, with the sentence each token belongs to and whether it is quoted."""

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, repeat
from operator import itemgetter, not_, or_

from .marks import QuotedSpan

ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|Maj|Cmdr|Supt|Insp|Pres|Amb|Jan|Feb"
    "|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|Inc|Corp|Ltd|Co"
)
TOKEN = re.compile(
    # The lookahead lets most positions skip the three abbreviation forms at once (speed).
    r"(?=[A-Za-z][A-Za-z]{0,4}\.)(?:(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    rf"|\b(?:{ABBREVIATIONS})\.(?!\w)"  # Mr., Sen.
    r"|[A-Z]\.(?=\s+[A-Z]))"  # the initial of J. Smith
    # Words, hyphenated words, O'Brien, al-Assad, Rossiya-1; a possessive 's stays apart.
    r"|[^\W\d_]\w*(?:(?:['’](?!s\b)|[-.])\w+)*"
    r"|\d+(?:[.,:]\d+)*\w*"
    r"|\S"
)
# Splitting on tokens keeps them and yields the white space between them: every character is one or
# the other, so the pieces' lengths give each token's offsets without a match object per token (speed).
TOKENS_AND_SPACE = re.compile(f"({TOKEN.pattern})")
SENTENCE_END = frozenset(".!?…")
SENTENCE_OPENERS = frozenset("\"“‘'«„(")
FIRST_CHARACTER = itemgetter(0)
QUOTED = (0).__le__  # of a token's quotation number: it stands for a quotation


class Tokens:
    """The words and punctuation marks of a text; a quotation is one token, since no speaker is inside one.

    Kept as parallel lists indexed by token number (``tokens.lower[i]``) rather than an object per
    token: a body has hundreds of tokens, and building, and collecting, an object for each was a
    large part of the time spent on an article.
    """

    __slots__ = (
        "text",
        "start",
        "end",
        "lower",
        "capitalized",
        "is_word",
        "quote",
        "sentence",
        "paragraph",
        "_lower_case",
        "_capitalized_inside",
        "_counts",
        "_inside_flags",
        "sentence_starts",
        "headings",
    )

    def __init__(self, text: list[str], start: list[int], end: list[int], quote: list[int]) -> None:
        self.text = text
        self.start = start  # character offsets
        self.end = end
        self.quote = quote  # index of the quoted span a token stands for, -1 for other tokens
        firsts = list(map(FIRST_CHARACTER, text))
        self.lower = list(map(str.lower, text))
        self.capitalized = list(map(str.isupper, firsts))
        self.is_word = list(map(str.isalpha, firsts))
        self._lower_case: set[str] | None = None
        # Numbered by assign_sentences.
        self.sentence: list[int] = [0] * len(text)
        self.paragraph: list[int] = [0] * len(text)
        self._capitalized_inside: set[str] | None = None
        self._counts: WordCounts | None = None
        self._inside_flags: list[bool] | None = None
        self.sentence_starts = [0]  # the first token of each sentence, set by assign_sentences
        # Paragraphs whose capitals tell nothing (headings, menus, credits); set before the word sets
        # below are first asked for.
        self.headings: frozenset[int] = frozenset()

    def lower_case_words(self) -> set[str]:
        """Words the text writes in lower case somewhere (read once): "Think" opening a sentence is one."""
        if self._lower_case is None:
            self._lower_case = set(compress(self.lower, map(not_, self.capitalized)))
        return self._lower_case

    def capitalized_inside_sentences(self) -> set[str]:
        """Lower-cased words written capitalized somewhere other than at a sentence start (read once)."""
        if self._capitalized_inside is None:
            self._capitalized_inside = set(compress(self.lower, self._inside()))
        return self._capitalized_inside

    def word_counts(self) -> "WordCounts":
        """How often each word is written in lower case, and capitalized inside a sentence (read once)."""
        if self._counts is None:
            self._counts = WordCounts(
                Counter(compress(self.lower, map(not_, self.capitalized))),
                Counter(compress(self.lower, self._inside())),
            )
        return self._counts

    def _inside(self) -> list[bool]:
        """Capitalized words that follow a word or a comma of their sentence: not the first word of
        a sentence, a list item ("- Always"), a label ("Tip: Use") or a quotation, nor a word of a
        heading or a menu line ("Home Reviews Submit")."""
        if self._inside_flags is None:
            self._inside_flags = self._find_inside()
        return self._inside_flags

    def _find_inside(self) -> list[bool]:
        inside = list(self.capitalized)
        for start in self.sentence_starts:
            inside[start] = False
        follows_word = [False, *map(or_, self.is_word[:-1], map(",".__eq__, self.text[:-1]))]
        inside = [a and b for a, b in zip(inside, follows_word, strict=True)]
        if self.headings:
            inside = [
                flag and paragraph not in self.headings
                for flag, paragraph in zip(inside, self.paragraph, strict=True)
            ]
        return inside

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"Tokens({self.text!r})"


@dataclass(frozen=True, slots=True)
class WordCounts:
    lower_case: Counter  # by lower-cased word
    capitalized_inside: Counter


def tokenize(body: str, spans: Sequence[QuotedSpan] = ()) -> Tokens:
    """Tokens of ``body``; each of ``spans`` (quotations, in order) becomes a single token."""
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    quotes: list[int] = []
    position = 0
    for number, span in enumerate(spans):
        opening = span.start - 1
        _words_between(body, position, opening, texts, starts, ends)
        closing = span.end + 1 if span.closed else span.end
        quotes.extend(repeat(-1, len(texts) - len(quotes)))
        texts.append(body[opening])
        starts.append(opening)
        ends.append(closing)
        quotes.append(number)
        position = closing
    _words_between(body, position, len(body), texts, starts, ends)
    quotes.extend(repeat(-1, len(texts) - len(quotes)))
    return Tokens(texts, starts, ends, quotes)


def _words_between(
    body: str, start: int, end: int, texts: list[str], starts: list[int], ends: list[int]
) -> None:
    pieces = TOKENS_AND_SPACE.split(body[start:end])  # space, token, space, ..., space
    offsets = list(accumulate(map(len, pieces), initial=start))
    texts.extend(pieces[1::2])
    starts.extend(offsets[1:-1:2])
    ends.extend(offsets[2::2])


def assign_sentences(tokens: Tokens, body: str, paragraph_starts: list[int]) -> list[int]:
    """Number sentences: a new one starts after . ! ? outside quotations, and at every paragraph.

    Returns the index of the first token of each sentence, by sentence number.
    """
    sentence, paragraph = 0, 0
    sentence_starts = [0]
    sentences, paragraphs = tokens.sentence, tokens.paragraph
    next_paragraph = paragraph_starts[1] if len(paragraph_starts) > 1 else len(body) + 1
    texts = tokens.text
    for index, start in enumerate(tokens.start):
        if start >= next_paragraph:
            paragraph = bisect_right(paragraph_starts, start) - 1
            next_paragraph = (
                paragraph_starts[paragraph + 1] if paragraph + 1 < len(paragraph_starts) else len(body) + 1
            )
            sentence += 1
            sentence_starts.append(index)
        elif index and texts[index - 1] in SENTENCE_END and _ends_sentence(tokens, index - 1):
            sentence += 1
            sentence_starts.append(index)
        sentences[index] = sentence
        paragraphs[index] = paragraph
    tokens.sentence_starts = sentence_starts
    return sentence_starts


def _ends_sentence(tokens: Tokens, index: int) -> bool:
    if tokens.text[index] not in SENTENCE_END or tokens.quote[index] >= 0:
        return False
    following = index + 1
    return (
        following == len(tokens)
        or tokens.capitalized[following]
        or tokens.text[following] in SENTENCE_OPENERS
    )
