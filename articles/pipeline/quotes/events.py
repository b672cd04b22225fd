"""Speech events: a speech verb (or "according to") with the phrase naming who spoke.

"Peskov said", "said Suga", "X told Rossiya-1", "according to the ministry" and
"Peskov: ..." are all events; an event found next to a quotation attributes it,
and an event without one still names who is speaking for the quotes that follow.
"""

from bisect import bisect_left
from dataclasses import dataclass, replace

from .lexicon import ADVERBS, AMBIGUOUS_SPEECH_VERBS, FRAMING_VERBS, SPEECH_VERBS, TIME_WORDS
from .mention import Mention
from .phrases import phrase_after, phrase_before, sentence_subject
from .tokens import Token

# Verbs whose object is who was spoken to, so "told Rossiya-1" never names the speaker.
ADDRESSEE_VERBS = frozenset({"told", "tell", "tells", "telling", "reminded"})
CLAUSE_OPENERS = frozenset({"who", "whose", "which", "a", "an", "the", "his", "her", "their", "its"})
CUE_WORDS = SPEECH_VERBS | FRAMING_VERBS | {"according", ":"}
MAX_CLAUSE = 25
MAX_INSERTION = 6
MAX_APPOSITIVE = 10
# Verbs that may come before their subject after a comma as well as after a quotation:
# "..., said Christine Link".
INVERTIBLE_VERBS = frozenset(
    {"said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "explained", "continued", "noted"}
)


@dataclass(frozen=True, slots=True)
class SpeechEvent:
    verb: int  # token index of the verb (or of "according", or of the colon)
    mention: Mention
    sentence: int
    introduces: bool = False  # "Peskov: ..." attributes only what follows the colon


def find_events(tokens: list[Token]) -> list[SpeechEvent]:
    events = []
    for index, token in enumerate(tokens):
        if token.lower not in CUE_WORDS:
            continue
        mention = _speaker_of(tokens, index)
        if mention is not None:
            events.append(SpeechEvent(index, mention, token.sentence, introduces=token.text == ":"))
    return events


def _speaker_of(tokens: list[Token], index: int) -> Mention | None:
    token = tokens[index]
    if token.capitalized and token.lower != "according":
        return None  # "Islamic State", "Read more": a verb is written in lower case mid-sentence
    if token.lower in SPEECH_VERBS and _used_as_speech(tokens, index) and not _passive(tokens, index):
        return _subject(tokens, index) or _inverted_subject(tokens, index)
    if token.lower in FRAMING_VERBS:
        return _subject(tokens, index)
    if token.lower == "according" and _next_is(tokens, index, "to"):
        return phrase_after(tokens, index + 2, len(tokens))
    if token.text == ":" and _next_is_quote(tokens, index):
        return _colon_speaker(tokens, index)
    return None


def _passive(tokens: list[Token], index: int) -> bool:
    """ "Blumenthal was asked": the subject is who was spoken to."""
    return index > 0 and tokens[index - 1].lower in {"was", "were", "being", "been", "be", "is", "are"}


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
    if tokens[position].text == "," and tokens[verb].lower.endswith("ing"):
        # "Trump went after Bush, calling him ...": the participle's subject is the sentence's.
        return sentence_subject(tokens, _sentence_start(tokens, verb), position)
    if tokens[position].text == ",":
        return _subject_before_clause(tokens, position) or _subject_before_comma(tokens, position)
    return phrase_before(tokens, position, -1)


def _sentence_start(tokens: list[Token], index: int) -> int:
    sentence = tokens[index].sentence
    while index > 0 and tokens[index - 1].sentence == sentence:
        index -= 1
    return index


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
            parenthetical = comma - opening <= 6 and not clause.capitalized  # ", for his part,"  ", 69,"
            speaker = phrase_before(tokens, _before_age(tokens, opening), -1)
            if speaker is None or not speaker.is_named:
                return None
            if (
                clause.lower not in CLAUSE_OPENERS
                and not parenthetical
                and not _opens_clause(tokens, speaker)
            ):
                return None
            if clause.lower in {"a", "an", "the"} and speaker.role is None:
                role = " ".join(t.text for t in tokens[opening + 2 : comma])
                return _with_role(speaker, role)
            return speaker
    return None


def _before_age(tokens: list[Token], comma: int) -> int:
    """ "Woodrow Benford, 58, who lives ...": the name stands before the age."""
    age = comma - 1
    if age > 1 and tokens[age].text.isdigit() and tokens[age - 1].text == ",":
        return age - 2
    return comma - 1


def _opens_clause(tokens: list[Token], mention: Mention) -> bool:
    """True when nothing but a sentence start or a comma stands before ``mention``."""
    index = bisect_left([token.start for token in tokens], mention.start)
    if index == 0:
        return True
    previous = tokens[index - 1]
    return previous.text == "," or previous.quote >= 0 or previous.sentence != tokens[index].sentence


def _subject_before_comma(tokens: list[Token], comma: int) -> Mention | None:
    """ "Gov. John Kasich (R-OH), said": a name opening its clause, then a comma."""
    position = _skip_between_subject_and_verb(tokens, comma - 1)
    mention = phrase_before(tokens, position, -1)
    if mention is None or not mention.is_named:
        return None
    first = position
    while first > 0 and tokens[first - 1].start >= mention.start:
        first -= 1
    opener = tokens[first - 1] if first else None
    if opener is None or opener.text == "," or opener.sentence != tokens[comma].sentence:
        return mention
    return None


def _with_role(mention: Mention, role: str) -> Mention:
    return replace(mention, role=role or None)


def _inverted_subject(tokens: list[Token], verb: int) -> Mention | None:
    """ "...," said Suga.  Only right after a quotation or a comma, and never for "told"."""
    if tokens[verb].lower in ADDRESSEE_VERBS or verb == 0:
        return None
    previous = tokens[verb - 1]
    if previous.text == "," and verb > 1 and tokens[verb].lower not in INVERTIBLE_VERBS:
        previous = tokens[verb - 2]
    if previous.quote < 0 and previous.text != ",":
        return None
    mention = phrase_after(tokens, verb + 1, len(tokens))
    if mention is None or mention.role is not None or mention.pronoun:
        return mention
    return _with_role(mention, _appositive_after(tokens, mention.end)) if mention.is_named else mention


def _appositive_after(tokens: list[Token], end: int) -> str:
    """ "said Dmitry Peskov, the Kremlin spokesman": the role that follows a name."""
    index = next((i for i, token in enumerate(tokens) if token.start >= end), len(tokens))
    if (
        index + 1 >= len(tokens)
        or tokens[index].text != ","
        or tokens[index + 1].lower not in {"a", "an", "the"}
    ):
        return ""
    words = []
    for token in tokens[index + 2 : index + 2 + MAX_APPOSITIVE]:
        if not token.is_word or token.lower in {"who", "which", "said", "says"}:
            break
        words.append(token.text)
    return " ".join(words)


def _colon_speaker(tokens: list[Token], colon: int) -> Mention | None:
    """ "Peskov: ..." where the colon follows nothing but the speaker's name."""
    mention = phrase_before(tokens, colon - 1, -1)
    if mention is None or not mention.is_named:
        return None
    first = next(i for i in range(colon - 1, -1, -1) if tokens[i].start <= mention.start)
    before = tokens[first - 1] if first else None
    starts_clause = before is None or before.sentence != tokens[colon].sentence or before.quote >= 0
    return mention if starts_clause else None


def _next_is(tokens: list[Token], index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == word


def _next_is_quote(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].quote >= 0
