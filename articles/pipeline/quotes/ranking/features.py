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
from ..tokens import Tokens

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
    lasting: tuple = ()  # what the features that hold for every quotation are built from
    features: list[str] | None = None  # the quotation's features, kept for training
    named: bool = True  # False when ``speaker`` describes an unnamed source ("a senior official")


# Features are built from small tuples of what they say (the "keys" below): candidates and
# quotations repeat the same few combinations, so the ranker can weigh a key once and look it up.


def relation(tokens: Tokens, quote: QuoteContext, item: SpeakerMention) -> str:
    sentence = tokens.sentence[item.first]
    if sentence == quote.sentence:
        return "after" if item.first > quote.index else "before"
    if sentence > quote.sentence:
        return "next"
    paragraph = tokens.paragraph[item.first]
    if paragraph == quote.paragraph:
        return "prev1" if sentence == quote.sentence - 1 else "prev2"
    return "par1" if paragraph == quote.paragraph - 1 else "par2"


def gap_bucket(gap: int) -> str:
    for limit, name in GAP_BUCKETS:
        if gap <= limit:
            return name
    return "far"


def quote_key(tokens: Tokens, quote: QuoteContext, candidate: Candidate, rel: str, rank: int) -> tuple:
    """What the features of ``candidate`` as the speaker of ``quote`` beyond ``placed`` depend on.

    ``rel`` is its relation to the quotation, ``rank`` the number of nearer candidates on its side.
    """
    item = candidate.item
    if item.first > quote.index:
        gap = item.first - quote.index - 1
        between = range(quote.index + 1, item.first)
    else:
        gap = quote.index - item.last - 1
        between = range(item.last + 1, quote.index)
    # More than a few marks between a quotation and a phrase is never an adjacent cue.
    adjacent = "adj" if gap <= 3 and all(tokens.text[i] in PUNCTUATION for i in between) else "sep"
    cue = quote.cue
    rule = cue.rule if cue is not None and cue.mention.end == item.mention.end else None
    entity = candidate.entity
    near = None
    if entity is not None and quote.previous is entity:
        near = min(quote.paragraph - quote.previous_paragraph, 2)
    kind, _, _, event = candidate.traits
    # Gaps past the last bucket all read "far", so the key keeps one of them.
    far = GAP_BUCKETS[-1][0] + 1
    return (rel, min(gap, far), adjacent, event, min(rank, 3), quote.kind, quote.standalone, kind, rule, near)


def quote_features(key: tuple) -> list[str]:
    """The features a ``quote_key`` stands for."""
    rel, gap, adjacent, event, rank, quote_kind, standalone, kind, rule, near = key
    features = [
        f"rel*gap={rel}|{gap_bucket(gap)}",
        f"rel*adj={rel}|{adjacent}",
        f"rel*adj*event={rel}|{adjacent}|{event}",
        f"rel*rank={rel}|{rank}",
        f"rel*quote={rel}|{quote_kind}|{standalone}",
        f"type*quote={kind}|{quote_kind}",
    ]
    if rule is not None:
        features += [f"rule={rule}", f"rule*quote={rule}|{quote_kind}", f"rule*rel={rule}|{rel}"]
    if near is not None:
        features += [f"previous={rel}|{near}", f"previous*type={kind}|{near}"]
    return features


def placed_key(candidate: Candidate, rel: str) -> tuple:
    """What the features of a candidate standing in relation ``rel`` to any quotation depend on."""
    return (candidate.traits, candidate.entity is None, rel)


def placed_features(key: tuple) -> list[str]:
    (kind, following, preceding, event), unresolved, rel = key
    features = [
        "rel=" + rel,
        f"rel*type={rel}|{kind}",
        f"rel*next={rel}|{following}",
        f"rel*prev={rel}|{preceding}",
        f"rel*event={rel}|{event}",
    ]
    if unresolved:
        features.append(f"unresolved*rel={kind}|{rel}")
    return features


def lasting_key(candidate: Candidate) -> tuple:
    """What the features of a candidate that hold for every quotation depend on, read once per reading."""
    entity = candidate.entity
    if entity is None:
        return (candidate.traits, candidate.resolution, None)
    longer = entity.name != candidate.item.mention.name and candidate.item.mention.is_named
    return (candidate.traits, candidate.resolution, (entity.kind, min(len(entity.positions), 4), longer))


def lasting_features(key: tuple) -> tuple[str, ...]:
    (kind, following, preceding, event), resolution, entity = key
    features = [
        f"type*next={kind}|{following}",
        f"type*prev={kind}|{preceding}",
        f"type*event={kind}|{event}",
        f"next*prev={following}|{preceding}",
        *resolution,
    ]
    if entity is None:
        features.append(f"unresolved={kind}")
        return tuple(features)
    entity_kind, mentions, longer = entity
    features += [f"entity={entity_kind}", f"mentions={mentions}"]
    if longer:
        features.append("longer-name")
    return tuple(features)


def nobody_key(quote: QuoteContext) -> tuple:
    """What the score of "nobody said it" depends on: a scare quote or a phrase the writer only cites."""
    return (quote.kind, quote.standalone, quote.cue.rule if quote.cue is not None else "")


def nobody_features(key: tuple) -> list[str]:
    kind, standalone, rule = key
    return [
        "nobody",
        f"nobody*quote={kind}|{standalone}",
        f"nobody*rule={rule}|{kind}",
    ]
