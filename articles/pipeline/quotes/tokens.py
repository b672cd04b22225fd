"""Split a body into tokens once, with the sentence each token belongs to and whether it is quoted."""

import re
from bisect import bisect_right
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "adm",
        "prof",
        "rev",
        "st",
        "jr",
        "sr",
        "maj",
        "cmdr",
        "supt",
        "insp",
        "pres",
        "amb",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "inc",
        "corp",
        "ltd",
        "co",
    ]
)
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[^\W\d_](?:[\w'’]|[-.](?=\w))*"  # words, hyphenated words, O'Brien, al-Assad, Rossiya-1
    r"|\d+(?:[.,:]\d+)*\w*"
    r"|\S"
)
POSSESSIVE = ("'s", "’s")
SENTENCE_END = frozenset(".!?…")
SENTENCE_OPENERS = frozenset("\"“‘'«„(")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str
    capitalized: bool
    sentence: int = 0
    paragraph: int = 0
    quote: int = -1  # index of the quoted span holding the token, -1 outside quotations

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


def tokenize(body: str) -> list[Token]:
    tokens = []
    for match in TOKEN.finditer(body):
        text = match.group()
        if text.endswith(".") and len(text) > 2 and text[:-1].isalpha():
            text = text[:-1]
        elif text[0].isupper() and text.endswith(POSSESSIVE) and len(text) > 3:
            text = text[:-2]  # "Obama’s speech": the name stands alone, the ’s apart
        tokens.append(Token(text, match.start(), match.start() + len(text), text.lower(), text[0].isupper()))
        rest = match.group()[len(text) :]
        if rest:
            tokens.append(Token(rest, match.start() + len(text), match.end(), rest.lower(), False))
    return _merge_abbreviations(tokens, body)


def _merge_abbreviations(tokens: list[Token], body: str) -> list[Token]:
    """Glue "Mr" and "." into "Mr." so the period does not end a sentence."""
    merged: list[Token] = []
    for token in tokens:
        previous = merged[-1] if merged else None
        if (
            token.text == "."
            and previous is not None
            and previous.end == token.start
            and (previous.lower in ABBREVIATIONS or (len(previous.text) == 1 and previous.capitalized))
        ):
            previous.text += "."
            previous.end = token.end
            previous.lower += "."
            continue
        merged.append(token)
    return merged


def assign_sentences(tokens: list[Token], body: str, paragraph_starts: list[int]) -> None:
    """Number sentences: a new one starts after . ! ? outside quotations, and at every paragraph."""
    sentence, paragraph = 0, 0
    for index, token in enumerate(tokens):
        token_paragraph = bisect_right(paragraph_starts, token.start)
        if token_paragraph != paragraph:
            paragraph, sentence = token_paragraph, sentence + 1
        elif index and _ends_sentence(tokens, index - 1):
            sentence += 1
        token.sentence = sentence
        token.paragraph = paragraph


def _ends_sentence(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if token.text not in SENTENCE_END or token.quote >= 0:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or following.capitalized or following.text in SENTENCE_OPENERS
