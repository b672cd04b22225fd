"""Pick, for each quotation, the speech event that attributes it.

In order: an event right after the quotation ("...," Peskov said), the last
event before it in the same sentence (Peskov said: "..."; the middle of an
interrupted quotation), any other event of the sentence, a dash after it, and
last the speaker of the quotation or event just before, for a quotation that
stands alone after a paragraph naming its speaker.
"""

from bisect import bisect_left
from dataclasses import dataclass, replace

from .events import SpeechEvent
from .mention import Mention
from .naming import describes_source
from .phrases import phrase_after
from .roles import clean_role
from .subjects import sentence_subject
from .tokens import Tokens

DASHES = frozenset({"—", "–", "―", "-", "--"})
# The most words of a credit line opened by a dash under a quotation ("—Crystal, Move.org Moving Grant
# recipient"); a longer paragraph is a list item that says something of its own.
CREDIT_LINE_WORDS = 20
PUNCTUATION_GAP = frozenset({",", ".", "!", "?", "—", "–", "-", ";", "…", ")", "("})


@dataclass(frozen=True, slots=True)
class QuoteTokens:
    index: int  # the token standing for the quotation
    standalone: bool  # the quotation opens its sentence


@dataclass(frozen=True, slots=True)
class Cue:
    mention: Mention
    position: int  # token index the cue is found at, for ordering
    rule: str = ""  # which rule found it, a hint for the ranker


def strong(event: SpeechEvent) -> bool:
    mention = event.mention
    return mention.is_named or mention.pronoun is not None or mention.kind is not None


class Attributor:
    def __init__(self, tokens: Tokens, events: list[SpeechEvent]) -> None:
        self.tokens = tokens
        self.events = events
        self.verbs = [event.verb for event in events]

    def cue_for(self, quote: QuoteTokens) -> Cue | None:
        """The cue naming who spoke ``quote`` within its own sentence, or None."""
        return (
            self._right_adjacent(quote)
            or self._left_in_sentence(quote)
            or self._elsewhere_in_sentence(quote)
            or self._dash_after(quote)
        )

    def _sentence_events(self, quote: QuoteTokens) -> list[SpeechEvent]:
        first_sentence = self.tokens.sentence[quote.index]
        last_sentence = self.tokens.sentence[quote.index]
        low = bisect_left(self.verbs, self._sentence_start(quote.index))
        found = []
        for event in self.events[low:]:
            if event.sentence > last_sentence + 1:
                break
            if first_sentence <= event.sentence <= last_sentence or self._continues(quote, event):
                found.append(event)
        return [event for event in found if strong(event)] or found

    def _sentence_start(self, index: int) -> int:
        sentences = self.tokens.sentence
        sentence = sentences[index]
        while index > 0 and sentences[index - 1] == sentence:
            index -= 1
        return index

    def _continues(self, quote: QuoteTokens, event: SpeechEvent) -> bool:
        """ "... treaty." Peskov said: a sentence ending inside the marks goes on after them."""
        tokens = self.tokens
        if tokens.paragraph[event.verb] != tokens.paragraph[quote.index]:
            return False
        return event.sentence == tokens.sentence[quote.index] + 1 and self._gap_is_punctuation(
            quote.index + 1, min(event.verb, self._mention_index(event))
        )

    def _mention_index(self, event: SpeechEvent) -> int:
        position = event.verb
        starts = self.tokens.start
        while position > 0 and starts[position - 1] >= event.mention.start:
            position -= 1
        return position

    def _gap_is_punctuation(self, start: int, end: int) -> bool:
        texts = self.tokens.text
        return all(texts[i] in PUNCTUATION_GAP for i in range(start, end))

    def _right_adjacent(self, quote: QuoteTokens) -> Cue | None:
        for event in self._sentence_events(quote):
            if event.introduces:
                continue
            after = event.verb > quote.index and event.mention.start > self.tokens.start[quote.index]
            if after and self._gap_is_punctuation(
                quote.index + 1, min(event.verb, self._mention_index(event))
            ):
                return Cue(event.mention, event.verb, "right")
        return None

    def _left_in_sentence(self, quote: QuoteTokens) -> Cue | None:
        before = [event for event in self._sentence_events(quote) if event.verb < quote.index]
        return Cue(before[-1].mention, before[-1].verb, "left") if before else None

    def _elsewhere_in_sentence(self, quote: QuoteTokens) -> Cue | None:
        after = [e for e in self._sentence_events(quote) if e.verb > quote.index and not e.introduces]
        return Cue(after[0].mention, after[0].verb, "later") if after else None

    def _dash_after(self, quote: QuoteTokens) -> Cue | None:
        following = quote.index + 1
        after = following
        while after < len(self.tokens) and self.tokens.text[after] in DASHES:
            after += 1  # "--" is two tokens
        if after > following and not self._list_item(quote.index, following):
            mention = phrase_after(self.tokens, after, len(self.tokens))
            if mention is not None and (mention.is_named or describes_source(mention.head)):
                return Cue(mention, following, "dash")
        return None

    def _list_item(self, quote: int, dash: int) -> bool:
        """ "- American Van Lines is one of our best moving companies because ...": a dash opening a
        paragraph of a sentence's length is a list item, not a credit ("—Crystal, a customer")."""
        paragraphs, is_word = self.tokens.paragraph, self.tokens.is_word
        paragraph = paragraphs[dash]
        if paragraph == paragraphs[quote]:
            return False
        words, position = 0, dash
        while position < len(paragraphs) and paragraphs[position] == paragraph and words <= CREDIT_LINE_WORDS:
            words += is_word[position]
            position += 1
        return words > CREDIT_LINE_WORDS

    def subject_of_sentence(self, quote: QuoteTokens) -> Cue | None:
        """For a fragment inside paraphrase: who the sentence is about ("Lavrov called the idea ...")."""
        start = self._skip_dateline(self._sentence_start(quote.index))
        mention = sentence_subject(self.tokens, start, quote.index, described=True, nearest=True)
        if mention is None or mention.pronoun not in (None, "he", "she"):
            return None
        return Cue(mention, start, "subject")

    def introduced_by_colon(self, quote: QuoteTokens) -> Cue | None:
        """ "Sanders made the following comment:" closing the paragraph before the quotation."""
        colon = quote.index - 1
        if colon < 0 or self.tokens.text[colon] != ":":
            return None
        start = self._sentence_start(colon)
        mention = sentence_subject(self.tokens, start, colon) or self._label(start, colon)
        return Cue(mention, colon, "colon") if mention is not None else None

    def _label(self, start: int, colon: int) -> Mention | None:
        """ "Uli Lorimer, Director of Horticulture at Native Plant Trust:" on the line before."""
        mention = phrase_after(self.tokens, start, colon)
        if mention is None or not mention.is_named:
            return None
        after = bisect_left(self.tokens.start, mention.end)
        if after >= colon or self.tokens.text[after] != ",":
            return None
        return replace(mention, role=mention.role or clean_role(self.tokens.text[after + 1 : colon]))

    def _skip_dateline(self, start: int) -> int:
        """ "NEW YORK - Republican candidate Donald Trump ...": the subject follows the dateline."""
        texts = self.tokens.text
        position = start
        while position < len(texts) and texts[position].isupper():
            position += 1
        if position > start and position < len(texts) and texts[position] in DASHES:
            return position + 1
        return start

    def previous_event(self, quote: QuoteTokens, floor: int) -> Cue | None:
        """The last strong speech event before the quotation, not before token ``floor``."""
        for event in reversed(self.events[: bisect_left(self.verbs, quote.index)]):
            if event.verb < floor:
                return None
            if strong(event):
                return Cue(event.mention, event.verb, "previous")
        return None
