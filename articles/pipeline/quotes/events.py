"""Speech events: a speech verb (or "according to") with the phrase naming who spoke.

"Peskov said", "said Suga", "X told Rossiya-1", "according to the ministry" and
"Peskov: ..." are all events; an event found next to a quotation attributes it,
and an event without one still names who is speaking for the quotes that follow.
"""

from dataclasses import dataclass

from .lexicon import ADVERBS, AMBIGUOUS_SPEECH_VERBS, FRAMING_VERBS, SPEECH_VERBS, TIME_WORDS
from .mention import Mention
from .phrases import phrase_after, phrase_before
from .tokens import Token

# Verbs whose object is who was spoken to, so "told Rossiya-1" never names the speaker.
ADDRESSEE_VERBS = frozenset(
    {"told", "tell", "tells", "telling", "asked", "asks", "urged", "warned", "reminded"}
)
CLAUSE_OPENERS = frozenset({"who", "whose", "which", "a", "an", "the", "his", "her", "their", "its"})
MAX_CLAUSE = 25
MAX_INSERTION = 6
# Verbs that may come before their subject after a comma as well as after a quotation:
# "..., said Christine Link".
INVERTIBLE_VERBS = frozenset(
    {"said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "explained", "continued", "noted"}
)


@dataclass(frozen=True)
class SpeechEvent:
    verb: int  # token index of the verb (or of "according", or of the colon)
    mention: Mention
    sentence: int


def find_events(tokens: list[Token]) -> list[SpeechEvent]:
    events = []
    for index, token in enumerate(tokens):
        if token.quote >= 0:
            continue
        mention = _speaker_of(tokens, index)
        if mention is not None:
            events.append(SpeechEvent(index, mention, token.sentence))
    return events


def _speaker_of(tokens: list[Token], index: int) -> Mention | None:
    token = tokens[index]
    if token.lower in SPEECH_VERBS and _used_as_speech(tokens, index):
        return _subject(tokens, index) or _inverted_subject(tokens, index)
    if token.lower in FRAMING_VERBS:
        return _subject(tokens, index)
    if token.lower == "according" and _next_is(tokens, index, "to"):
        return phrase_after(tokens, index + 2, len(tokens))
    if token.text == ":" and _next_is_quote(tokens, index):
        return _colon_speaker(tokens, index)
    return None


def _used_as_speech(tokens: list[Token], index: int) -> bool:
    if tokens[index].lower not in AMBIGUOUS_SPEECH_VERBS:
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    previous = tokens[index - 1] if index else None
    if previous is not None and (previous.quote >= 0 or previous.text == ","):
        return True
    return following is None or not following.is_word or following.lower in {"that", "out", "in", "on"}


def _subject(tokens: list[Token], verb: int) -> Mention | None:
    position = _skip_between_subject_and_verb(tokens, verb - 1)
    if position < 0 or tokens[position].sentence != tokens[verb].sentence:
        return None
    if tokens[position].lower == "who" and position > 1 and tokens[position - 1].text == ",":
        return phrase_before(tokens, position - 2, -1)
    if tokens[position].text == ",":
        return _subject_before_clause(tokens, position)
    return phrase_before(tokens, position, -1)


def _skip_between_subject_and_verb(tokens: list[Token], position: int) -> int:
    """Step back over "later", "on Saturday", "(D-Nev.)" to the subject's last word."""
    start = position
    while position >= 0 and start - position < MAX_INSERTION:
        token = tokens[position]
        if token.text == ")":
            opening = _matching_parenthesis(tokens, position)
            if opening is None:
                break
            position = opening - 1
        elif _is_adverb(token) or _is_time_word(token):
            position -= 1
        else:
            break
    return position


def _matching_parenthesis(tokens: list[Token], closing: int) -> int | None:
    for position in range(closing - 1, max(closing - 12, -1), -1):
        if tokens[position].text == "(":
            return position
    return None


def _is_time_word(token: Token) -> bool:
    return token.quote < 0 and (token.lower in TIME_WORDS or token.text[0].isdigit())


def _is_adverb(token: Token) -> bool:
    return token.quote < 0 and (
        token.lower in ADVERBS or (token.lower.endswith("ly") and token.text.islower())
    )


def _subject_before_clause(tokens: list[Token], comma: int) -> Mention | None:
    """Peskov, who ..., said  /  Carl Wendorff, a warehouse manager, said."""
    for opening in range(comma - 1, max(comma - MAX_CLAUSE, 0), -1):
        token = tokens[opening]
        if token.quote >= 0 or token.sentence != tokens[comma].sentence:
            return None
        if token.text == ",":
            clause = tokens[opening + 1]
            if clause.lower not in CLAUSE_OPENERS and comma - opening > 6:
                return None
            speaker = phrase_before(tokens, opening - 1, -1)
            if speaker is None or not speaker.is_named:
                return None
            if clause.lower in {"a", "an", "the"} and speaker.role is None:
                role = " ".join(t.text for t in tokens[opening + 2 : comma])
                return _with_role(speaker, role)
            return speaker
    return None


def _with_role(mention: Mention, role: str) -> Mention:
    from dataclasses import replace

    return replace(mention, role=role or None)


def _inverted_subject(tokens: list[Token], verb: int) -> Mention | None:
    """ "...," said Suga.  Only right after a quotation or a comma, and never for "told"."""
    if tokens[verb].lower in ADDRESSEE_VERBS or verb == 0:
        return None
    previous = tokens[verb - 1]
    if previous.text == "," and tokens[verb].lower in INVERTIBLE_VERBS:
        return phrase_after(tokens, verb + 1, len(tokens))
    if previous.text == "," and verb > 1:
        previous = tokens[verb - 2]
    if previous.quote < 0:
        return None
    return phrase_after(tokens, verb + 1, len(tokens))


def _colon_speaker(tokens: list[Token], colon: int) -> Mention | None:
    """ "Peskov: ..." where the colon follows nothing but the speaker's name."""
    mention = phrase_before(tokens, colon - 1, -1)
    if mention is None or not mention.is_named:
        return None
    first = next(i for i in range(colon - 1, -1, -1) if tokens[i].start <= mention.start)
    starts_clause = first == 0 or tokens[first - 1].sentence != tokens[colon].sentence
    return mention if starts_clause else None


def _next_is(tokens: list[Token], index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == word


def _next_is_quote(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].quote >= 0
