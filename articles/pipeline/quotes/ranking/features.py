"""Features of one candidate speaker for one quotation: where it stands and what it looks like.

Features are strings; the model is a weight per string. Most are conjunctions
with the mention's position relative to the quotation ("after the quotation in
its sentence" and "followed by a speech verb" weigh differently together than
apart).
"""

from dataclasses import dataclass, field

from ..attribution import Cue
from ..coref import Entity
from ..mentions import SpeakerMention
from ..tokens import Token

GAP_BUCKETS = ((1, "1"), (3, "3"), (7, "7"), (15, "15"), (31, "31"))
PUNCTUATION = frozenset({",", ".", "!", "?", "—", "–", "-", ";", "…", ")", "(", ":"})


@dataclass(slots=True)
class QuoteContext:
    index: int  # the quotation's token
    sentence: int
    paragraph: int
    kind: str  # "direct" | "partial"
    standalone: bool
    cue: Cue | None  # what the hand-written rules chose
    previous: Entity | None  # who spoke the quotation before
    previous_paragraph: int


@dataclass(eq=False, slots=True)
class Candidate:
    item: SpeakerMention
    entity: Entity | None
    speaker: str | None  # what would be printed as the speaker
    traits: tuple[str, str, str, str]  # type, following, preceding, event
    resolution: tuple[str, ...] = ()  # how a pronoun was read as this speaker
    lasting: tuple[str, ...] = ()  # features that hold for every quotation
    lasting_score: float | None = None
    placed_scores: dict[str, float] = field(default_factory=dict)  # by relation to the quotation
    features: list[str] | None = None  # the quotation's features, kept for training


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


def describe(
    tokens: list[Token], quote: QuoteContext, candidate: Candidate, rel: str, rank: int
) -> list[str]:
    """Features of ``candidate`` as the speaker of ``quote`` beyond those of ``placed``.

    ``rel`` is its relation to the quotation, ``rank`` the number of nearer candidates on its side.
    """
    item = candidate.item
    kind, _, _, event = candidate.traits
    if item.first > quote.index:
        gap = item.first - quote.index - 1
        between = range(quote.index + 1, item.first)
    else:
        gap = quote.index - item.last - 1
        between = range(item.last + 1, quote.index)
    # More than a few marks between a quotation and a phrase is never an adjacent cue.
    adjacent = "adj" if gap <= 3 and all(tokens[i].text in PUNCTUATION for i in between) else "sep"
    features = [
        f"rel*gap={rel}|{gap_bucket(gap)}",
        f"rel*adj={rel}|{adjacent}",
        f"rel*adj*event={rel}|{adjacent}|{event}",
        f"rel*rank={rel}|{min(rank, 3)}",
        f"rel*quote={rel}|{quote.kind}|{quote.standalone}",
        f"type*quote={kind}|{quote.kind}",
    ]
    cue = quote.cue
    if cue is not None and cue.mention.end == item.mention.end:
        features += [f"rule={cue.rule}", f"rule*quote={cue.rule}|{quote.kind}", f"rule*rel={cue.rule}|{rel}"]
    entity = candidate.entity
    if entity is not None and quote.previous is entity:
        near = min(quote.paragraph - quote.previous_paragraph, 2)
        features += [f"previous={rel}|{near}", f"previous*type={kind}|{near}"]
    return features


def placed(candidate: Candidate, rel: str) -> list[str]:
    """Features of a candidate standing in relation ``rel`` to a quotation, whichever quotation."""
    kind, following, preceding, event = candidate.traits
    features = [
        "rel=" + rel,
        f"rel*type={rel}|{kind}",
        f"rel*next={rel}|{following}",
        f"rel*prev={rel}|{preceding}",
        f"rel*event={rel}|{event}",
    ]
    if candidate.entity is None:
        features.append(f"unresolved*rel={kind}|{rel}")
    return features


def lasting_features(candidate: Candidate) -> tuple[str, ...]:
    """Features of a candidate that do not depend on the quotation: computed once per reading."""
    kind, following, preceding, event = candidate.traits
    features = [
        f"type*next={kind}|{following}",
        f"type*prev={kind}|{preceding}",
        f"type*event={kind}|{event}",
        f"next*prev={following}|{preceding}",
        *candidate.resolution,
    ]
    entity = candidate.entity
    if entity is None:
        features.append(f"unresolved={kind}")
        return tuple(features)
    features += [f"entity={entity.kind}", f"mentions={min(len(entity.positions), 4)}"]
    if entity.name != candidate.item.mention.name and candidate.item.mention.is_named:
        features.append("longer-name")
    return tuple(features)
