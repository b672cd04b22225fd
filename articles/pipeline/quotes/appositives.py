"""A description set beside a name by commas means that person.

"his deputy, Rich Beeson, said" and "Beeson, a spokesman, said" both name Beeson as the speaker.
"""

from .coref import Entity
from .mentions import SpeakerMention
from .tokens import Tokens

# What may follow an apposition: its closing comma, the sentence's end, a relative clause, a complement.
CLOSERS = frozenset(
    {",", ".", ";", ":", "—", "-", "who", "whose", "of", "for", "at", "in", "to", "with", "on"}
)


class Appositions:
    """Names by their first and last token, to find the one a description stands beside."""

    def __init__(self, named: list[SpeakerMention]) -> None:
        self.by_first = {item.first: item for item in named if _may_be_person(item)}
        self.by_last = {item.last: item for item in named if _may_be_person(item)}

    def entity(self, tokens: Tokens, item: SpeakerMention) -> Entity | None:
        """The person a description of a person stands beside, separated by one comma."""
        mention = item.mention
        if mention.is_named or mention.pronoun or mention.kind != "person":
            return None
        after, before = item.last + 1, item.first - 1
        named = self.by_first.get(after + 1) if _is_comma(tokens, after) else None
        if named is not None and _closes(tokens, named.last + 1):
            return named.entity
        named = self.by_last.get(before - 1) if _is_comma(tokens, before) else None
        if named is not None and _closes(tokens, after):
            return named.entity
        return None


def _is_comma(tokens: Tokens, index: int) -> bool:
    return 0 <= index < len(tokens) and tokens.text[index] == ","


def _closes(tokens: Tokens, index: int) -> bool:
    """Whether an apposition may end before token ``index``: "Beeson, a spokesman, said" but not
    "Clinton, a top aide said,", where the description has a verb of its own."""
    return index >= len(tokens) or tokens.lower[index] in CLOSERS or tokens.quote[index] >= 0


def _may_be_person(item: SpeakerMention) -> bool:
    return item.entity is not None and item.entity.kind in ("person", None)
