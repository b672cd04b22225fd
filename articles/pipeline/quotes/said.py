"""Whether words in quotation marks were said by someone, or only stand in quotation marks.

A quotation found with a speech cue naming someone was said. A title ("The Promise"), a scare
quote or a term ("learn", "must haves") is a few words, or a title-case phrase, inside a sentence
with no such cue: nobody is said to say it. A short phrase in a sentence about a person ("Trump
openly admires Putin as a "strong leader"") still counts, as the person may have said it.
"""

from .attribution import Attributor, Cue, QuoteTokens
from .coref import Registry
from .filtering import is_short_phrase, is_title, quote_kind
from .marks import QuotedSpan
from .naming import describes_source
from .tokens import Tokens


class Said:
    def __init__(self, body: str, tokens: Tokens, attributor: Attributor, registry: Registry) -> None:
        self.body = body
        self.tokens = tokens
        self.attributor = attributor
        self.registry = registry

    def by_someone(self, span: QuotedSpan, located: QuoteTokens, cue: Cue | None) -> bool:
        return _names_someone(cue) or not self._not_said(span, located)

    def _not_said(self, span: QuotedSpan, located: QuoteTokens) -> bool:
        text = self.body[span.start : span.end]
        if is_title(text) and quote_kind(self.body, span) == "partial":
            return True  # "it has an "All You Need is Love and Waffles" mural"
        if not is_short_phrase(self.body, span):
            return False
        return is_title(text) or not self._person_subject(located)

    def _person_subject(self, located: QuoteTokens) -> bool:
        """Whether the sentence is about a person or a speaker, not a thing ("machine learning
        allowed computers to "learn"")."""
        cue = self.attributor.subject_of_sentence(located)
        if cue is None:
            return False
        mention = cue.mention
        if mention.pronoun is not None:
            return mention.pronoun in ("he", "she")
        if not mention.is_named:
            return mention.kind == "person"
        entity = self.registry.resolve(mention, self.tokens.sentence[located.index])
        return entity is not None and (entity.kind == "person" or entity.spoke)


def _names_someone(cue: Cue | None) -> bool:
    """A cue naming a speaker ("Lavrov called the idea ..."), not "delivery charges" or "this starts"."""
    if cue is None:
        return False
    mention = cue.mention
    return mention.is_named or mention.pronoun is not None or describes_source(mention.head)
