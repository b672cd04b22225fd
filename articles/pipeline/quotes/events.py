"""Speech events: a speech verb (or "according to") with the phrase naming who spoke.

"Peskov said", "said Suga", "X told Rossiya-1", "according to the ministry" and
"Peskov: ..." are all events; an event found next to a quotation attributes it,
and an event without one still names who is speaking for the quotes that follow.
"""

from bisect import bisect_left
from dataclasses import dataclass, replace

from .gender import GIVEN_NAMES
from .lexicon import (
    ADVERBS,
    AMBIGUOUS_SPEECH_VERBS,
    FRAMING_VERBS,
    KNOWN_ORGANIZATIONS,
    PERSON_HEADS,
    POSSESSED_SPEECH_NOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
)
from .mention import Mention
from .mentions import first_token
from .organizations import ACRONYM
from .phrases import APOSTROPHES, phrase_after, phrase_before
from .roles import clean_role
from .subjects import sentence_subject
from .tokens import Tokens

# Verbs whose object is who was spoken to, so "told Rossiya-1" never names the speaker.
ADDRESSEE_VERBS = frozenset({"told", "tell", "tells", "telling", "reminded"})
CLAUSE_OPENERS = frozenset({"who", "whose", "which", "a", "an", "the", "his", "her", "their", "its"})
CUE_WORDS = SPEECH_VERBS | FRAMING_VERBS | POSSESSED_SPEECH_NOUNS | {"according", ":"}
# Words that may stand between a possessive and the noun of what was said: "Podliska's most explosive claim".
MAX_POSSESSED_MODIFIERS = 3
MAX_CLAUSE = 25
MAX_INSERTION = 6
MAX_APPOSITIVE = 10
# What may follow a described source before its verb, and how far: "people familiar with the matter".
POSTMODIFIERS = frozenset(
    {("familiar", "with"), ("close", "to"), ("briefed", "on"), ("with", "knowledge"), ("involved", "in")}
    | {("knowledgeable", "about"), ("aware", "of"), ("with", "direct")}
)
MAX_POSTMODIFIER = 8
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


def find_events(tokens: Tokens) -> list[SpeechEvent]:
    events = []
    for index, lower in enumerate(tokens.lower):
        if lower not in CUE_WORDS:
            continue
        mention = _speaker_of(tokens, index)
        if mention is not None:
            introduces = tokens.text[index] == ":"
            events.append(SpeechEvent(index, mention, tokens.sentence[index], introduces=introduces))
    return events


def _speaker_of(tokens: Tokens, index: int) -> Mention | None:
    lower = tokens.lower[index]
    if tokens.capitalized[index] and lower != "according":
        return None  # "Islamic State", "Read more": a verb is written in lower case mid-sentence
    if lower in POSSESSED_SPEECH_NOUNS:
        possessor = _possessor(tokens, index)
        if possessor is not None or lower not in SPEECH_VERBS | FRAMING_VERBS:
            return possessor
    if lower in SPEECH_VERBS and _used_as_speech(tokens, index) and not _passive(tokens, index):
        return _subject(tokens, index) or _inverted_subject(tokens, index)
    if lower in FRAMING_VERBS:
        return _subject(tokens, index)
    if lower == "according" and _next_is(tokens, index, "to"):
        return phrase_after(tokens, index + 2, len(tokens))
    if tokens.text[index] == ":" and _next_is_quote(tokens, index):
        return _colon_speaker(tokens, index)
    return None


def _possessor(tokens: Tokens, noun: int) -> Mention | None:
    """ "Obama's "..." promise", "Podliska's most explosive claim": the named owner of what was said."""
    position = noun - 1
    while position > 1 and noun - position <= MAX_POSSESSED_MODIFIERS and tokens.lower[position] != "s":
        if not (tokens.quote[position] >= 0 or tokens.is_word[position] and not tokens.capitalized[position]):
            return None
        position -= 1
    if position < 2 or tokens.lower[position] != "s" or tokens.text[position - 1] not in APOSTROPHES:
        return None
    owner = phrase_before(tokens, position - 2, -1)
    return owner if owner is not None and owner.is_named else None


def _passive(tokens: Tokens, index: int) -> bool:
    """ "Blumenthal was asked": the subject is who was spoken to ("Trump is telling" is no passive)."""
    if tokens.lower[index].endswith("ing"):
        return False
    return index > 0 and tokens.lower[index - 1] in {"was", "were", "being", "been", "be", "is", "are"}


def _used_as_speech(tokens: Tokens, index: int) -> bool:
    if tokens.lower[index] not in AMBIGUOUS_SPEECH_VERBS:
        return True
    previous, following = index - 1, index + 1
    if index and (tokens.quote[previous] >= 0 or tokens.text[previous] == ","):
        return True
    if _is_label(tokens, index):
        return False
    return (
        following >= len(tokens)
        or not tokens.is_word[following]
        or tokens.lower[following] in {"that", "out", "in", "on"}
    )


def _is_label(tokens: Tokens, index: int) -> bool:
    """ "Side note:", "Editor's note:": a line's label, not a speech verb."""
    following = index + 1
    return (
        following < len(tokens)
        and tokens.text[following] == ":"
        and index > 0
        and tokens.sentence[index - 1] == tokens.sentence[index]
        and (
            index - 1 == 0
            or tokens.sentence[index - 2] != tokens.sentence[index]
            or tokens.lower[index - 1] == "s"
        )
    )


def _subject(tokens: Tokens, verb: int) -> Mention | None:
    position = _skip_between_subject_and_verb(tokens, verb - 1)
    if position < 0 or tokens.sentence[position] != tokens.sentence[verb]:
        return None
    text = tokens.text[position]
    if tokens.lower[position] == "who" and position > 1 and tokens.text[position - 1] == ",":
        return phrase_before(tokens, position - 2, -1)
    if text == "," and tokens.lower[verb].endswith("ing"):
        # "Trump went after Bush, calling him ...": the participle's subject is the sentence's.
        return sentence_subject(tokens, _sentence_start(tokens, verb), position)
    if text == ",":
        return _subject_before_clause(tokens, position) or _subject_before_comma(tokens, position)
    return _postmodified_subject(tokens, position) or phrase_before(tokens, position, -1)


def _postmodified_subject(tokens: Tokens, last: int) -> Mention | None:
    """ "people familiar with the matter said", "sources close to the talks said": a described
    source with what qualifies it, read whole."""
    for position in range(last - 1, max(last - MAX_POSTMODIFIER, 0), -1):
        if tokens.quote[position] >= 0 or not tokens.is_word[position]:
            return None
        pair = (tokens.lower[position], tokens.lower[position + 1])
        if pair in POSTMODIFIERS and position > 0 and tokens.lower[position - 1] in PERSON_HEADS:
            head = phrase_before(tokens, position - 1, -1)
            if head is None or head.head is None:
                return None
            text = " ".join([head.text, *tokens.text[position : last + 1]])
            return replace(head, text=text, end=tokens.end[last])
    return None


def _sentence_start(tokens: Tokens, index: int) -> int:
    sentences = tokens.sentence
    sentence = sentences[index]
    while index > 0 and sentences[index - 1] == sentence:
        index -= 1
    return index


def _skip_between_subject_and_verb(tokens: Tokens, position: int) -> int:
    """Step back over "later", "on Saturday", "(D-Nev.)" to the subject's last word."""
    start = position
    while position >= 0 and start - position < MAX_INSERTION:
        if tokens.text[position] == ")":
            opening = _matching_parenthesis(tokens, position)
            if opening is None:
                break
            position = opening - 1
        elif _is_adverb(tokens, position) or _is_time_word(tokens, position):
            position -= 1
        else:
            break
    return position


def _matching_parenthesis(tokens: Tokens, closing: int) -> int | None:
    for position in range(closing - 1, max(closing - 12, -1), -1):
        if tokens.text[position] == "(":
            return position
    return None


def _is_time_word(tokens: Tokens, index: int) -> bool:
    return tokens.quote[index] < 0 and (tokens.lower[index] in TIME_WORDS or tokens.text[index][0].isdigit())


def _is_adverb(tokens: Tokens, index: int) -> bool:
    lower = tokens.lower[index]
    return tokens.quote[index] < 0 and (
        lower in ADVERBS or (lower.endswith("ly") and tokens.text[index].islower())
    )


def _subject_before_clause(tokens: Tokens, comma: int) -> Mention | None:
    """Peskov, who ..., said  /  Carl Wendorff, a warehouse manager, said."""
    sentence = tokens.sentence[comma]
    for opening in range(comma - 1, max(comma - MAX_CLAUSE, 0), -1):
        if tokens.quote[opening] >= 0 or tokens.sentence[opening] != sentence:
            return None
        if tokens.text[opening] == ",":
            clause = opening + 1
            clause_lower = tokens.lower[clause]
            # ", for his part,"  ", 69,"
            parenthetical = comma - opening <= 6 and not tokens.capitalized[clause]
            speaker = phrase_before(tokens, _before_age(tokens, opening), -1)
            if speaker is None or not speaker.is_named:
                return None
            if (
                clause_lower not in CLAUSE_OPENERS
                and not parenthetical
                and not _opens_clause(tokens, speaker)
            ):
                return None
            if clause_lower in {"a", "an", "the"} and speaker.role is None:
                role = " ".join(tokens.text[opening + 2 : comma])
                return _with_role(speaker, role)
            return speaker
    return None


def _before_age(tokens: Tokens, comma: int) -> int:
    """ "Woodrow Benford, 58, who lives ...": the name stands before the age."""
    age = comma - 1
    if age > 1 and tokens.text[age].isdigit() and tokens.text[age - 1] == ",":
        return age - 2
    return comma - 1


def _opens_clause(tokens: Tokens, mention: Mention) -> bool:
    """True when nothing but a sentence start or a comma stands before ``mention``."""
    index = bisect_left(tokens.start, mention.start)
    if index == 0:
        return True
    previous = index - 1
    return (
        tokens.text[previous] == ","
        or tokens.quote[previous] >= 0
        or tokens.sentence[previous] != tokens.sentence[index]
    )


def _subject_before_comma(tokens: Tokens, comma: int) -> Mention | None:
    """ "Gov. John Kasich (R-OH), said": a name opening its clause, then a comma."""
    position = _skip_between_subject_and_verb(tokens, comma - 1)
    mention = phrase_before(tokens, position, -1)
    if mention is None or not mention.is_named:
        return None
    first = first_token(tokens, position, mention)
    if first == 0:
        return mention
    opener = first - 1
    if tokens.text[opener] == "," or tokens.sentence[opener] != tokens.sentence[comma]:
        return mention
    return None


def _with_role(mention: Mention, role: str) -> Mention:
    return replace(mention, role=clean_role(role.split()))


def _inverted_subject(tokens: Tokens, verb: int) -> Mention | None:
    """ "...," said Suga.  Only right after a quotation or a comma, and never for "told"."""
    if tokens.lower[verb] in ADDRESSEE_VERBS or verb == 0:
        return None
    previous = verb - 1
    if tokens.text[previous] == "," and verb > 1 and tokens.lower[verb] not in INVERTIBLE_VERBS:
        previous = verb - 2
    if tokens.quote[previous] < 0 and tokens.text[previous] != ",":
        return None
    mention = phrase_after(tokens, verb + 1, len(tokens))
    if mention is None or mention.role is not None or mention.pronoun:
        return mention
    return _with_role(mention, _appositive_after(tokens, mention.end)) if mention.is_named else mention


def _appositive_after(tokens: Tokens, end: int) -> str:
    """ "said Dmitry Peskov, the Kremlin spokesman": the role that follows a name."""
    index = bisect_left(tokens.start, end)
    if (
        index + 1 >= len(tokens)
        or tokens.text[index] != ","
        or tokens.lower[index + 1] not in {"a", "an", "the"}
    ):
        return ""
    words = []
    for position in range(index + 2, min(index + 2 + MAX_APPOSITIVE, len(tokens))):
        if not tokens.is_word[position] or tokens.lower[position] in {"who", "which", "said", "says"}:
            break
        words.append(tokens.text[position])
    return " ".join(words)


def _colon_speaker(tokens: Tokens, colon: int) -> Mention | None:
    """ "Peskov: ..." where the colon follows nothing but the speaker's name, not a label ("Myth:")."""
    mention = phrase_before(tokens, colon - 1, -1)
    if mention is None or not mention.is_named or _is_label_word(tokens, mention.name):
        return None
    first = next(i for i in range(colon - 1, -1, -1) if tokens.start[i] <= mention.start)
    before = first - 1
    starts_clause = (
        first == 0 or tokens.sentence[before] != tokens.sentence[colon] or tokens.quote[before] >= 0
    )
    return mention if starts_clause else None


def _is_label_word(tokens: Tokens, name: str) -> bool:
    """One word that is no given name, organization or acronym, and that the article nowhere
    capitalizes inside a sentence ("Peskov" after "Dmitry" is one): a label."""
    if " " in name:
        return False
    lower = name.lower()
    known = lower in GIVEN_NAMES or lower in KNOWN_ORGANIZATIONS or ACRONYM.fullmatch(name)
    return not known and lower not in tokens.capitalized_inside_sentences()


def _next_is(tokens: Tokens, index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens.lower[index + 1] == word


def _next_is_quote(tokens: Tokens, index: int) -> bool:
    return index + 1 < len(tokens) and tokens.quote[index + 1] >= 0
