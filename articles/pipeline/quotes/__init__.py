"""Quotations in an article body and who said them.

``extract_quotes`` finds text between quotation marks, keeps what reads as
something someone said (not a scare quote or the title of a work), finds the
speech event that attributes each quotation, and resolves the speaker to the
full name or organization the article introduced.
"""

from bisect import bisect_left, bisect_right

from ..records import ParsedQuote
from .attribution import Attributor, Cue, QuoteTokens
from .census import headline_tokens, take_census
from .coref import Entity
from .events import find_events
from .filtering import is_quotation, quote_kind
from .marks import QuotedSpan, find_quoted_spans, paragraphs
from .tokens import assign_sentences, tokenize

__all__ = ["extract_quotes"]

# How far back a quotation standing alone may inherit its speaker, in paragraphs.
INHERIT_PARAGRAPHS = 1


def extract_quotes(body: str, title: str | None = None) -> list[ParsedQuote]:
    """Return the quotations in ``body`` with offsets into it, speaker, role and kind.

    ``title``, when given, only helps to resolve names: a headline's "Donald Trump"
    lets a body that says "Trump" name him in full. Its own quotations are not returned.
    """
    spans = find_quoted_spans(body)
    tokens = tokenize(body, spans)
    paragraph_starts = [start for start, _ in paragraphs(body)]
    assign_sentences(tokens, body, paragraph_starts)
    events = find_events(tokens)
    registry = take_census(tokens, events, headline_tokens(title) if title else ())
    attributor = Attributor(tokens, events)
    return _Walker(body, tokens, spans, registry, attributor, paragraph_starts).run()


class _Walker:
    """Attribute the quotations of one body in reading order, remembering who spoke last."""

    def __init__(self, body, tokens, spans, registry, attributor, paragraph_starts):
        self.body = body
        self.tokens = tokens
        self.spans = spans
        self.registry = registry
        self.attributor = attributor
        self.paragraph_starts = paragraph_starts
        self.starts = [token.start for token in tokens]
        self.previous: tuple[QuoteTokens, Cue | None] | None = None

    def run(self) -> list[ParsedQuote]:
        quotes = []
        for span in self.spans:
            if not is_quotation(self.body, span):
                continue
            quotes.append(self._attribute(span, self._locate(span)))
        return quotes

    def _locate(self, span: QuotedSpan) -> QuoteTokens:
        index = bisect_left(self.starts, span.start - 1)
        standalone = index == 0 or self.tokens[index - 1].sentence != self.tokens[index].sentence
        return QuoteTokens(index, standalone)

    def _attribute(self, span: QuotedSpan, located: QuoteTokens) -> ParsedQuote:
        kind = quote_kind(self.body, span)
        cue = self.attributor.cue_for(located) or self._inherited(located, kind)
        entity = self.registry.resolve(cue.mention, self._sentence_of(cue)) if cue else None
        if entity is not None and not cue.mention.is_named:
            self.registry.note_speaker(entity, cue.mention.start, self._sentence_of(cue))
        self.previous = (located, cue)
        return _parsed(self.body, span, kind, cue, entity)

    def _sentence_of(self, cue: Cue) -> int:
        return self.tokens[bisect_left(self.starts, cue.mention.start)].sentence

    def _inherited(self, located: QuoteTokens, kind: str) -> Cue | None:
        """A quotation with no cue in its sentence: the speaker of what came just before."""
        if kind == "partial" or not located.standalone:
            return self.attributor.subject_of_sentence(located)
        introduced = self.attributor.introduced_by_colon(located)
        if introduced is not None:
            return introduced
        floor = self._paragraph_floor(located.index)
        previous_cue = self.attributor.previous_event(located, floor)
        if self.previous is not None and self.previous[1] is not None:
            quote, cue = self.previous
            if quote.index >= floor and (previous_cue is None or cue.position >= previous_cue.position):
                return Cue(cue.mention, quote.index)
        return previous_cue

    def _paragraph_floor(self, index: int) -> int:
        paragraph = bisect_right(self.paragraph_starts, self.tokens[index].start) - 1
        start = self.paragraph_starts[max(paragraph - INHERIT_PARAGRAPHS, 0)]
        return bisect_left(self.starts, start)


def _parsed(body: str, span: QuotedSpan, kind: str, cue: Cue | None, entity: Entity | None) -> ParsedQuote:
    quote = ParsedQuote(quote=body[span.start : span.end], start=span.start, end=span.end, kind=kind)
    if entity is not None:
        quote.speaker = entity.name
        quote.speaker_kind = entity.kind or ("person" if len(entity.words) > 1 else None)
        quote.role = entity.role if cue is None or cue.mention.role is None else cue.mention.role
        quote.aliases = tuple(entity.spellings)
    elif cue is not None and cue.mention.pronoun is None:
        mention = cue.mention
        quote.speaker = mention.name or _description(mention.text)
        quote.speaker_kind = mention.kind
        quote.role = mention.role
    return quote


def _description(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)
