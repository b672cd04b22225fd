"""Take the census of an article: every person and organization it names, in reading order."""

from collections.abc import Sequence
from dataclasses import replace

from .coref import Registry
from .events import SpeechEvent
from .lexicon import PERSON_HEADS
from .marks import find_quoted_spans
from .mention import Mention
from .mentions import SpeakerMention, first_token
from .phrases import is_name_word, phrase_before
from .tokens import Token, tokenize

# A headline sits before the body and far from it: no "he" in the body reaches back to it.
HEADLINE_GAP = 2
HEADLINE_SENTENCE = -1000
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "the", "a", "an"})


def headline_tokens(title: str) -> list[Token]:
    """Tokens of a headline, placed before the body so its names count as named earlier."""
    tokens = tokenize(title, find_quoted_spans(title))
    shift = len(title) + HEADLINE_GAP
    for token in tokens:
        token.start -= shift
        token.end -= shift
        token.sentence = token.paragraph = HEADLINE_SENTENCE
    return tokens


def take_census(
    tokens: list[Token], events: list[SpeechEvent], headline: Sequence[Token] = ()
) -> tuple[Registry, list[SpeakerMention]]:
    """Register each name printed outside quotations, with its role, then mark who spoke.

    Returns the registry and the body's names, each with the entity it names.
    """
    registry = Registry()
    if headline:
        _register_names(list(headline), registry)
    named = _register_names(tokens, registry)
    for event in events:
        if event.mention.is_named:
            registry.mark_speaker(event.mention, event.sentence)
    return registry, named


def _register_names(tokens: list[Token], registry: Registry) -> list[SpeakerMention]:
    named = []
    for index, token in enumerate(tokens):
        if not token.capitalized or not is_name_word(token) or _name_goes_on(tokens, index):
            continue
        mention = phrase_before(tokens, index, -1)
        if mention is not None and mention.is_named:
            mention = _with_appositive_role(tokens, index, mention)
            entity = registry.observe(mention, token.sentence)
            named.append(SpeakerMention(first_token(tokens, index, mention), index, mention, entity))
    return named


def _name_goes_on(tokens: list[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.capitalized and is_name_word(following)


def _with_appositive_role(tokens: list[Token], index: int, mention: Mention) -> Mention:
    """ "his Japanese counterpart, Takeo Mori": a described person named right after."""
    if mention.role is not None or mention.kind == "organization":
        return mention
    first = index
    while first > 0 and tokens[first - 1].start >= mention.start:
        first -= 1
    if first < 2 or tokens[first - 1].text != "," or tokens[first - 2].lower not in PERSON_HEADS:
        return mention
    words = []
    for token in reversed(tokens[max(first - 6, 0) : first - 1]):
        if not token.is_word or token.lower in POSSESSIVES:
            break
        words.insert(0, token.text)
    return replace(mention, role=" ".join(words), kind="person")
