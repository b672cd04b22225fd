"""Every phrase of a body that could name a speaker: names, pronouns and descriptions.

The ranker chooses among these for each quotation. Names come from the census
(which already read them); pronouns and descriptions ("the ministry", "a senior
official") are found here, outside quotations.
"""

from dataclasses import dataclass, replace

from .coref import Entity
from .lexicon import DOCUMENT_HEADS, ORGANIZATION_HEADS, PERSON_HEADS
from .mention import Mention
from .phrases import APOSTROPHES, PRONOUNS, is_name_word, phrase_before
from .tokens import Tokens

HEAD_WORDS = PERSON_HEADS | ORGANIZATION_HEADS | DOCUMENT_HEADS
SPEAKER_WORDS = HEAD_WORDS | frozenset(PRONOUNS)


@dataclass(eq=False, slots=True)
class SpeakerMention:
    first: int  # token indexes of the phrase, inclusive
    last: int
    mention: Mention
    entity: Entity | None = None  # for a name, the person or organization it names


def first_token(tokens: Tokens, last: int, mention: Mention) -> int:
    first = last
    starts = tokens.start
    while first > 0 and starts[first - 1] >= mention.start:
        first -= 1
    return first


def unnamed_mentions(tokens: Tokens) -> list[SpeakerMention]:
    """Pronouns and descriptions outside quotations, in reading order."""
    found = []
    for index, lower in enumerate(tokens.lower):
        if lower not in SPEAKER_WORDS:
            continue
        if lower in PRONOUNS:
            mention = phrase_before(tokens, index, -1)
            found.append(SpeakerMention(index, index, mention))
        elif lower in HEAD_WORDS and not tokens.capitalized[index] and not _head_goes_on(tokens, index):
            mention = phrase_before(tokens, index, -1)
            if mention is not None and mention.head is not None:
                found.append(
                    _with_possessor(
                        tokens, SpeakerMention(first_token(tokens, index, mention), index, mention)
                    )
                )
    return found


def _with_possessor(tokens: Tokens, item: SpeakerMention) -> SpeakerMention:
    """ "Powell’s office" as one description, so that it is not just "office"."""
    first = item.first
    if first < 3 or tokens.lower[first - 1] != "s" or tokens.text[first - 2] not in APOSTROPHES:
        return item
    if not is_name_word(tokens, first - 3):
        return item
    owner = phrase_before(tokens, first - 3, -1)
    if owner is None or not owner.is_named:
        return item
    text = f"{owner.name}’s {item.mention.text}"
    mention = replace(item.mention, text=text, start=owner.start, definite=False)
    return SpeakerMention(first_token(tokens, first - 3, owner), item.last, mention)


def _head_goes_on(tokens: Tokens, index: int) -> bool:
    following = index + 1
    return (
        following < len(tokens)
        and tokens.lower[following] in HEAD_WORDS
        and not tokens.capitalized[following]
    )


def merged(named: list[SpeakerMention], unnamed: list[SpeakerMention]) -> list[SpeakerMention]:
    """Both lists in reading order; a description inside a name ("Foreign Ministry") is dropped."""
    covered = set()
    for item in named:
        covered.update(range(item.first, item.last + 1))
    kept = [item for item in unnamed if item.last not in covered]
    return sorted(named + kept, key=lambda item: item.first)
