"""Split a body into tokens once, with the sentence each token belongs to and whether it is quoted."""

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

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


class Token:
    """A word or a punctuation mark; a whole quotation is one token, since no speaker is inside one."""

    __slots__ = ("text", "start", "end", "lower", "capitalized", "is_word", "sentence", "paragraph", "quote")

    def __init__(self, text: str, start: int, end: int) -> None:
        # Kept lean: a body has hundreds of tokens. assign_sentences sets sentence and paragraph.
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower()
        first = text[0]
        self.capitalized = first.isupper()
        self.is_word = first.isalpha()
        self.quote = -1  # index of the quoted span this token stands for, -1 for other tokens

    @classmethod
    def for_quotation(cls, mark: str, start: int, end: int, number: int) -> "Token":
        token = cls.__new__(cls)
        token.text = token.lower = mark
        token.start, token.end = start, end
        token.capitalized = token.is_word = False
        token.quote = number
        return token

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, quote={self.quote})"


def tokenize(body: str, spans: Sequence[QuotedSpan] = ()) -> list[Token]:
    """Tokens of ``body``; each of ``spans`` (quotations, in order) becomes a single token."""
    tokens: list[Token] = []
    position = 0
    for number, span in enumerate(spans):
        opening = span.start - 1
        _words_between(body, position, opening, tokens)
        closing = span.end + 1 if span.closed else span.end
        tokens.append(Token.for_quotation(body[opening], opening, closing, number))
        position = closing
    _words_between(body, position, len(body), tokens)
    return tokens


def _words_between(body: str, start: int, end: int, tokens: list[Token]) -> None:
    pieces = TOKENS_AND_SPACE.split(body[start:end])  # space, token, space, ..., space
    offsets = list(accumulate(map(len, pieces), initial=start))
    tokens.extend(map(Token, pieces[1::2], offsets[1::2], offsets[2::2]))


def assign_sentences(tokens: list[Token], body: str, paragraph_starts: list[int]) -> list[int]:
    """Number sentences: a new one starts after . ! ? outside quotations, and at every paragraph.

    Returns the index of the first token of each sentence, by sentence number.
    """
    sentence, paragraph = 0, 0
    sentence_starts = [0]
    next_paragraph = paragraph_starts[1] if len(paragraph_starts) > 1 else len(body) + 1
    for index, token in enumerate(tokens):
        if token.start >= next_paragraph:
            paragraph = bisect_right(paragraph_starts, token.start) - 1
            next_paragraph = (
                paragraph_starts[paragraph + 1] if paragraph + 1 < len(paragraph_starts) else len(body) + 1
            )
            sentence += 1
            sentence_starts.append(index)
        elif index and tokens[index - 1].text in SENTENCE_END and _ends_sentence(tokens, index - 1):
            sentence += 1
            sentence_starts.append(index)
        token.sentence = sentence
        token.paragraph = paragraph
    return sentence_starts


def _ends_sentence(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if token.text not in SENTENCE_END or token.quote >= 0:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or following.capitalized or following.text in SENTENCE_OPENERS
