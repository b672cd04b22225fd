"""Features of one candidate speaker for one quotation: where it stands and what it looks like.

Features are strings; the model is a weight per string. Most are conjunctions
with the mention's position relative to the quotation ("after the quotation in
its sentence" and "followed by a speech verb" weigh differently together than
apart).
"""

from dataclasses import dataclass

from ..attribution import Cue
from ..coref import Entity
from ..mentions import SpeakerMention
from ..tokens import Token
from .traits import mention_type

GAP_BUCKETS = ((1, "1"), (3, "3"), (7, "7"), (15, "15"), (31, "31"))
PUNCTUATION = frozenset({",", ".", "!", "?", "—", "–", "-", ";", "…", ")", "(", ":"})


@dataclass
class QuoteContext:
    index: int  # the quotation's token
    sentence: int
    paragraph: int
    kind: str  # "direct" | "partial"
    standalone: bool
    cue: Cue | None  # what the hand-written rules chose
    previous: Entity | None  # who spoke the quotation before
    previous_paragraph: int


@dataclass(eq=False)
class Candidate:
    item: SpeakerMention
    entity: Entity | None
    speaker: str | None  # what would be printed as the speaker
    traits: tuple[str, str, str, str]  # type, following, preceding, event
    resolution: tuple[str, ...] = ()  # how a pronoun was read as this speaker
    features: list[str] | None = None


def relation(tokens: list[Token], quote: QuoteContext, item: SpeakerMention) -> str:
    token = tokens[item.first]
    if token.sentence == quote.sentence:
        return "after" if item.first > quote.index else "before"
    if token.sentence > quote.sentence:
        return "next"
    if token.paragraph == quote.paragraph:
        return "prev1" if token.sentence == quote.sentence - 1 else "prev2"
    return "par1" if token.paragraph == quote.paragraph - 1 else "par2"


def gap_bucket(gap: int) -> str:
    for limit, name in GAP_BUCKETS:
        if gap <= limit:
            return name
    return "far"


def describe(tokens: list[Token], quote: QuoteContext, candidate: Candidate, rank: int) -> list[str]:
    item = candidate.item
    rel = relation(tokens, quote, item)
    kind, following, preceding, event = candidate.traits
    if item.first > quote.index:
        gap = item.first - quote.index - 1
        between = tokens[quote.index + 1 : item.first]
    else:
        gap = quote.index - item.last - 1
        between = tokens[item.last + 1 : quote.index]
    adjacent = "adj" if all(token.text in PUNCTUATION for token in between) else "sep"
    features = [
        "rel=" + rel,
        f"rel*type={rel}|{kind}",
        f"rel*next={rel}|{following}",
        f"rel*prev={rel}|{preceding}",
        f"rel*event={rel}|{event}",
        f"rel*gap={rel}|{gap_bucket(gap)}",
        f"rel*adj={rel}|{adjacent}",
        f"rel*adj*event={rel}|{adjacent}|{event}",
        f"rel*rank={rel}|{min(rank, 3)}",
        f"rel*quote={rel}|{quote.kind}|{quote.standalone}",
        f"type*next={kind}|{following}",
        f"type*prev={kind}|{preceding}",
        f"type*event={kind}|{event}",
        f"next*prev={following}|{preceding}",
        f"type*quote={kind}|{quote.kind}",
    ]
    features.extend(candidate.resolution)
    features.extend(_rule_features(quote, candidate, rel))
    features.extend(_entity_features(quote, candidate, rel))
    return features


def _rule_features(quote: QuoteContext, candidate: Candidate, rel: str) -> list[str]:
    cue = quote.cue
    if cue is None:
        return ["rule=none"]
    if cue.mention.end != candidate.item.mention.end:
        return [f"other-rule={cue.rule}"]
    return [f"rule={cue.rule}", f"rule*quote={cue.rule}|{quote.kind}", f"rule*rel={cue.rule}|{rel}"]


def _entity_features(quote: QuoteContext, candidate: Candidate, rel: str) -> list[str]:
    entity = candidate.entity
    kind = candidate.traits[0]
    if entity is None:
        return [f"unresolved={kind}", f"unresolved*rel={kind}|{rel}"]
    features = [f"entity={entity.kind}", f"mentions={min(len(entity.positions), 4)}"]
    if quote.previous is entity:
        near = quote.paragraph - quote.previous_paragraph
        features.append(f"previous={rel}|{min(near, 2)}")
        features.append(f"previous*type={kind}|{min(near, 2)}")
    if entity.name != candidate.item.mention.name and candidate.item.mention.is_named:
        features.append("longer-name")
    return features
