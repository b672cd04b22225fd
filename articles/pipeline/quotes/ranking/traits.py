"""What a speaker mention looks like where it stands, independent of any quotation.

Read once per mention: the kind of phrase, the words around it, and whether a
speech verb takes it as subject. The ranker combines these with where the
mention stands relative to each quotation.
"""

from ..events import SpeechEvent
from ..lexicon import ADVERBS, FRAMING_VERBS, FUNCTION_WORDS, SPEECH_VERBS
from ..mentions import SpeakerMention
from ..tokens import Tokens

PREPOSITIONS = frozenset(
    {"by", "of", "for", "with", "to", "from", "at", "in", "on", "about", "against", "as"}
)
TELLING_FUNCTION_WORDS = frozenset({"who", "and", "of", "in", "has", "had", "was", "is", "would", "will"})
APOSTROPHES = frozenset({"'", "’"})


def mention_type(item: SpeakerMention) -> str:
    mention = item.mention
    if mention.is_named:
        return f"name:{mention.kind or '?'}"
    if mention.pronoun:
        return f"pron:{mention.pronoun}"
    article = "def" if mention.definite else "indef"
    return f"desc:{article}:{mention.kind or '?'}"


def event_by_end(events: list[SpeechEvent]) -> dict[int, SpeechEvent]:
    return {event.mention.end: event for event in events}


def event_trait(item: SpeakerMention, events: dict[int, SpeechEvent], tokens: Tokens) -> str:
    """ "ev:speech:sv" for "Peskov said", "ev:speech:vs" for "said Peskov", "-" for no event."""
    event = events.get(item.mention.end)
    if event is None:
        return "-"
    verb = tokens.lower[event.verb]
    if verb in SPEECH_VERBS:
        family = "speech"
    elif verb in FRAMING_VERBS:
        family = "frame"
    else:
        family = verb
    return f"ev:{family}:{'sv' if event.verb > item.last else 'vs'}"


def following_trait(tokens: Tokens, item: SpeakerMention) -> str:
    index = item.last + 1
    if index >= len(tokens) or tokens.sentence[index] != tokens.sentence[item.last]:
        return "end"
    if tokens.lower[index] in ADVERBS and index + 1 < len(tokens):
        return "adv+" + _category(tokens, index + 1)
    return _category(tokens, index)


def _category(tokens: Tokens, index: int) -> str:
    lower = tokens.lower[index]
    if tokens.quote[index] >= 0:
        return "quote"
    if lower in SPEECH_VERBS:
        return "speech"
    if lower in FRAMING_VERBS:
        return "frame"
    if lower in APOSTROPHES:
        return "poss"
    if not tokens.is_word[index]:
        return lower if lower in {",", ":", "(", ".", "—", "-", ";"} else "punct"
    if lower in FUNCTION_WORDS:
        return lower if lower in TELLING_FUNCTION_WORDS else "fn"
    return "cap" if tokens.capitalized[index] else "word"


def preceding_trait(tokens: Tokens, item: SpeakerMention) -> str:
    index = item.first - 1
    if index < 0 or tokens.sentence[index] != tokens.sentence[item.first]:
        return "start"
    lower = tokens.lower[index]
    if lower == "to" and index > 0 and tokens.lower[index - 1] == "according":
        return "according"
    if lower in PREPOSITIONS:
        return "prep:" + lower
    if tokens.quote[index] >= 0:
        return "quote"
    if lower in SPEECH_VERBS:
        return "speech"
    if not tokens.is_word[index]:
        return lower if lower in {",", ":", "(", "—", "-"} else "punct"
    if lower in FUNCTION_WORDS:
        return "and" if lower == "and" else "fn"
    return "cap" if tokens.capitalized[index] else "word"
