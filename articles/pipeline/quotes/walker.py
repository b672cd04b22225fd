"""Attribute the quotations of one body in reading order, remembering who spoke last."""

import re
from bisect import bisect_left, bisect_right
from copy import copy
from dataclasses import dataclass

from ..records import ParsedQuote
from .appositives import Appositions
from .attribution import Attributor, Cue, QuoteTokens
from .coref import Antecedent, Entity, Registry
from .events import SpeechEvent
from .filtering import is_quotation, quote_kind
from .marks import QuotedSpan
from .mention import Mention
from .mentions import SpeakerMention
from .naming import as_written
from .ranking import Ranker
from .ranking.features import Candidate, QuoteContext, lasting_key
from .ranking.traits import event_by_end, event_trait, following_trait, mention_type, preceding_trait
from .said import Said
from .shown import ShownAs
from .tokens import Tokens

# A transcript's speaker label opening a quotation: "PENCE: Well, look, ...".
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2}):\s")
# How far back a quotation standing alone may inherit its speaker, in paragraphs.
INHERIT_PARAGRAPHS = 1
# Mentions before the quotation's sentence that the ranker weighs, nearest first.
EARLIER_CANDIDATES = 2
# People a "he" or "she" may mean that the ranker weighs, most recently named first.
ANTECEDENTS = 3


@dataclass(frozen=True)
class Layout:
    paragraph_starts: list[int]  # character offsets
    sentence_starts: list[int]  # token indexes, by sentence number


class Walker:
    def __init__(
        self,
        body: str,
        tokens: Tokens,
        spans: list[QuotedSpan],
        registry: Registry,
        events: list[SpeechEvent],
        mentions: list[SpeakerMention],
        layout: Layout,
        ranker: Ranker,
    ) -> None:
        self.body = body
        self.tokens = tokens
        self.spans = spans
        self.registry = registry
        self.attributor = Attributor(tokens, events)
        self.events = event_by_end(events)
        self.mentions = mentions
        self.firsts = [item.first for item in mentions]
        self.named_at = {item.mention.start: item for item in mentions if item.entity is not None}
        self.appositions = Appositions([item for item in mentions if item.entity is not None])
        self.paragraph_starts = layout.paragraph_starts
        self.ranker = ranker
        self.starts = tokens.start
        self.sentence_starts = layout.sentence_starts
        self.previous: tuple[QuoteTokens, Cue | None] | None = None
        self.previous_speaker: tuple[Entity | None, int] = (None, -10)
        self.previous_item: SpeakerMention | None = None  # the mention chosen for the quotation before
        self.traits: dict[int, tuple[str, str, str, str]] = {}
        self.readings: dict[int, Candidate] = {}
        self.shown = ShownAs(tokens)
        self.said = Said(body, tokens, self.attributor, registry)
        self.pronoun_readings: dict[int, tuple[int, list[Candidate]]] = {}
        self.trace: list[tuple[QuotedSpan, list[Candidate], QuoteContext]] | None = None

    def run(self) -> list[ParsedQuote]:
        quotes = []
        for span in self.spans:
            if not is_quotation(self.body, span):
                continue
            located = self._locate(span)
            cue = self.attributor.cue_for(located)
            if not self.said.by_someone(span, located, cue):
                continue  # a scare quote, a term, a product or a title: nobody is said to say it
            quotes.append(self._attribute(span, located, cue))
        return quotes

    def _locate(self, span: QuotedSpan) -> QuoteTokens:
        index = bisect_left(self.starts, span.start - 1)
        sentences = self.tokens.sentence
        standalone = index == 0 or sentences[index - 1] != sentences[index]
        return QuoteTokens(index, standalone)

    def _attribute(self, span: QuotedSpan, located: QuoteTokens, cue: Cue | None) -> ParsedQuote:
        kind = quote_kind(self.body, span)
        cue = cue or self._inherited(located, kind)
        index = located.index
        entity, paragraph = self.previous_speaker
        context = QuoteContext(
            index,
            self.tokens.sentence[index],
            self.tokens.paragraph[index],
            kind,
            located.standalone,
            cue,
            entity,
            paragraph,
        )
        candidates = self._candidates(context)
        chosen = self.ranker.choose(self.tokens, context, candidates, keep=self.trace is not None)
        if self.trace is not None:
            # Readings are shared between quotations: keep a copy of this quotation's features.
            self.trace.append((span, [copy(candidate) for candidate in candidates], context))
        return self._settle(span, located, kind, chosen)

    def _settle(self, span: QuotedSpan, located: QuoteTokens, kind: str, chosen: Candidate | None):
        paragraph = self.tokens.paragraph[located.index]
        self.previous_item = chosen.item if chosen is not None else None
        if chosen is None:
            self.previous = (located, None)
            self.previous_speaker = (None, paragraph)
            return self._transcribed(_parsed(self.body, span, kind, None))
        mention = chosen.item.mention
        if chosen.entity is not None and not mention.is_named:
            self.registry.note_speaker(chosen.entity, mention.start, self.tokens.sentence[chosen.item.first])
        self.previous = (located, Cue(mention, chosen.item.first))
        self.previous_speaker = (chosen.entity, paragraph)
        return self._transcribed(self._for_state(_parsed(self.body, span, kind, chosen), chosen.entity))

    def _transcribed(self, quote: ParsedQuote) -> ParsedQuote:
        """ "PENCE: Well, look, ...": a transcript's line is said by the person its label names."""
        found = TRANSCRIPT_LABEL.match(quote.quote)
        if found is None:
            return quote
        name = found.group(1).title()
        entity = self.registry.resolve(Mention(name, 0, 0, name=name, kind="person"), 0)
        if entity is not None and entity.kind != "organization":
            quote.speaker, quote.speaker_kind, quote.role = entity.name, "person", entity.role
            quote.aliases, quote.unnamed_source = tuple(entity.spellings), None
        return quote

    def _for_state(self, quote: ParsedQuote, entity: Entity | None) -> ParsedQuote:
        """ "Moscow has accused Tokyo of ...": the Russian Foreign Ministry when it is the one organization
        of the Russian state the article names; otherwise Moscow, an organization too."""
        if entity is None or entity.kind != "organization" or quote.speaker != entity.name:
            return quote
        organization = self.registry.state_organization(entity)
        if organization is not None:
            quote.speaker, quote.role, quote.aliases = organization.name, organization.role, ()
        return quote

    def _candidates(self, quote: QuoteContext) -> list[Candidate]:
        floor = self._paragraph_floor(quote.index)
        ceiling = self._ceiling(quote)
        low, high = bisect_left(self.firsts, floor), bisect_right(self.firsts, ceiling)
        items = self.mentions[low:high]
        sentence_first = self.sentence_starts[quote.sentence]
        earlier = [item for item in items if item.first < sentence_first][-EARLIER_CANDIDATES:]
        earlier = self._with_previous_speaker(earlier, floor, sentence_first)
        items = earlier + [item for item in items if item.first >= sentence_first]
        if quote.cue is not None:
            items = self._with_cue(items, quote.cue)
        return [candidate for item in items for candidate in self._readings(item)]

    def _with_previous_speaker(
        self, earlier: list[SpeakerMention], floor: int, sentence_first: int
    ) -> list[SpeakerMention]:
        """The nearest earlier mentions, and the one that spoke the quotation before if further back.

        "..., said Tim Selaty, organizer of a group called Citizens for Trump. "They have created ...":
        the names after his are nearer the second quotation than he is.
        """
        previous = self.previous_item
        if previous is None or not floor <= previous.first < sentence_first:
            return earlier
        if any(item.mention.end == previous.mention.end for item in earlier):
            return earlier
        return [previous, *earlier]

    def _ceiling(self, quote: QuoteContext) -> int:
        """The last token of the sentence after the quotation's, or of its own at a paragraph end."""
        starts = self.sentence_starts
        following = quote.sentence + 1
        if following >= len(starts):
            return len(self.tokens) - 1
        if self.tokens.paragraph[starts[following]] != quote.paragraph:
            return starts[following] - 1
        return starts[following + 1] - 1 if following + 1 < len(starts) else len(self.tokens) - 1

    def _with_cue(self, items: list[SpeakerMention], cue: Cue) -> list[SpeakerMention]:
        """The rules' choice among the candidates, with the role it read ("..., the Kremlin spokesman")."""
        for number, item in enumerate(items):
            if item.mention.end == cue.mention.end:
                if _fuller_role(cue.mention.role, item.mention.role):
                    items[number] = SpeakerMention(item.first, item.last, cue.mention, item.entity)
                return items
            if _qualifies(cue.mention, item.mention):
                items[number] = self._cue_mention(cue)
                return items
        return [*items, self._cue_mention(cue)]

    def _cue_mention(self, cue: Cue) -> SpeakerMention:
        first = bisect_left(self.starts, cue.mention.start)
        last = max(bisect_left(self.starts, cue.mention.end) - 1, first)
        return SpeakerMention(first, last, cue.mention)

    def _readings(self, item: SpeakerMention) -> list[Candidate]:
        """The speakers a mention may stand for: its entity, or each person "he" may mean."""
        if item.mention.gender is not None and item.mention.pronoun is not None:
            readings = self._pronoun_readings(item)
            if readings:
                return readings
        reading = self.readings.get(id(item))
        if reading is None:
            entity = (
                item.entity
                or self.appositions.entity(self.tokens, item)
                or self.registry.resolve(item.mention, self.tokens.sentence[item.first])
            )
            reading = self.readings[id(item)] = self.shown.checked(_reading(item, entity, self._traits(item)))
        return [reading]

    def _pronoun_readings(self, item: SpeakerMention) -> list[Candidate]:
        """Each person "he" may mean; read again only once a speaker has been noted before it."""
        known = bisect_left(self.registry.positions(), item.mention.start)  # sightings it may mean
        version, readings = self.pronoun_readings.get(id(item), (-1, []))
        if version != known:
            readings = self._read_pronoun(item)
            self.pronoun_readings[id(item)] = (known, readings)
        return readings

    def _read_pronoun(self, item: SpeakerMention) -> list[Candidate]:
        sentence = self.tokens.sentence[item.first]
        found = self.registry.antecedents(item.mention, sentence, ANTECEDENTS)
        if not found:
            return []
        usual = self.registry.resolve(item.mention, sentence)
        traits = self._traits(item)
        return [
            self.shown.checked(_reading(item, a.entity, traits, self._antecedent_features(rank, a, usual)))
            for rank, a in enumerate(found)
        ]

    def _antecedent_features(
        self, rank: int, antecedent: Antecedent, usual: Entity | None
    ) -> tuple[str, ...]:
        distance = min(antecedent.distance, 3)
        features = (
            f"antecedent={rank}|{antecedent.entity is usual}",
            f"antecedent*distance={rank}|{distance}",
            f"antecedent*spoke={rank}|{antecedent.spoke}|{antecedent.entity.spoke}",
            f"antecedent*opens={rank}|{antecedent.opens}|{distance}",
            f"antecedent*salience={rank}|{min(_times_named_before(antecedent), 3)}",
        )
        named = self.named_at.get(antecedent.position)
        if named is None:
            return (*features, f"antecedent*kind={rank}|{distance}|pronoun")
        _, following, preceding, event = self._traits(named)
        return (
            *features,
            f"antecedent*prev={rank}|{preceding}",
            f"antecedent*next={rank}|{following}",
            f"antecedent*event={rank}|{event}",
            f"antecedent*prev*distance={preceding}|{distance}",
        )

    def _traits(self, item: SpeakerMention) -> tuple[str, str, str, str]:
        traits = self.traits.get(id(item))
        if traits is None:
            traits = self.traits[id(item)] = (
                mention_type(item),
                following_trait(self.tokens, item),
                preceding_trait(self.tokens, item),
                event_trait(item, self.events, self.tokens),
            )
        return traits

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
                return Cue(cue.mention, quote.index, "inherited")
        return previous_cue

    def _paragraph_floor(self, index: int) -> int:
        paragraph = bisect_right(self.paragraph_starts, self.tokens.start[index]) - 1
        start = self.paragraph_starts[max(paragraph - INHERIT_PARAGRAPHS, 0)]
        return bisect_left(self.starts, start)


def _fuller_role(role: str | None, known: str | None) -> bool:
    """ "spine surgeon" read by the rules where the name's own reading had "surgeon", or nothing."""
    return bool(role) and (not known or len(role) > len(known) and role.endswith(known))


def _qualifies(cue: Mention, mention: Mention) -> bool:
    """ "Three people close to the campaign" read by the rules for the description "Three people"."""
    return cue.head is not None and cue.start == mention.start and cue.end > mention.end and not cue.is_named


def _times_named_before(antecedent: Antecedent) -> int:
    return bisect_left(antecedent.entity.positions, antecedent.position)


def _reading(
    item: SpeakerMention,
    entity: Entity | None,
    traits: tuple[str, str, str, str],
    resolution: tuple[str, ...] = (),
) -> Candidate:
    named = entity is not None or item.mention.is_named
    candidate = Candidate(item, entity, _speaker_name(item, entity), traits, resolution, named=named)
    candidate.lasting = lasting_key(candidate)
    return candidate


def _speaker_name(item: SpeakerMention, entity: Entity | None) -> str | None:
    if entity is not None:
        return entity.name
    mention = item.mention
    if mention.pronoun is not None:
        return None
    return mention.name or as_written(mention.text)


def _speaker_kind(entity: Entity) -> str | None:
    if entity.kind in ("person", "organization"):
        return entity.kind
    return "person" if entity.kind is None and len(entity.words) > 1 else None


def _parsed(body: str, span: QuotedSpan, kind: str, chosen: Candidate | None) -> ParsedQuote:
    quote = ParsedQuote(quote=body[span.start : span.end], start=span.start, end=span.end, kind=kind)
    if chosen is None or chosen.speaker is None:
        return quote
    entity, mention = chosen.entity, chosen.item.mention
    if not chosen.named or entity is None and not mention.is_named:
        quote.unnamed_source = chosen.speaker
        return quote
    quote.speaker = chosen.speaker
    if entity is not None:
        quote.speaker_kind = _speaker_kind(entity)
        quote.role = mention.role or entity.role
        quote.aliases = tuple(entity.spellings)
    else:
        quote.speaker_kind = mention.kind if mention.kind != "place" else None
        quote.role = mention.role
    return quote
