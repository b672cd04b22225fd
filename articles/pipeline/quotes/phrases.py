"""Read the phrase naming a speaker next to a speech verb, from the tokens of the body."""

from functools import lru_cache

from .gender import name_gender
from .lexicon import (
    DETERMINERS,
    FRAMING_VERBS,
    FUNCTION_WORDS,
    ORGANIZATION_HEADS,
    PERSON_HEADS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from .mention import Mention
from .organizations import is_government_place, is_organization_name, is_place
from .roles import NAME_PARTICLES, clean_role, honorific_gender, role_gender, split_role_and_name
from .tokens import Token

APOSTROPHES = frozenset({"'", "’"})
PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it", "we": "we", "i": "i"}
MAX_PHRASE = 9


def is_name_word(token: Token) -> bool:
    return token.capitalized and token.is_word and token.lower not in FUNCTION_WORDS


def is_head_word(token: Token) -> bool:
    return token.lower in PERSON_HEADS or token.lower in ORGANIZATION_HEADS


def phrase_before(tokens: list[Token], index: int, floor: int) -> Mention | None:
    """The phrase ending at ``tokens[index]``, read leftwards but not past ``floor``."""
    if index <= floor or not _usable(tokens[index]):
        return None
    last = tokens[index]
    if last.lower in PRONOUNS:
        return _pronoun(last)
    if not (is_name_word(last) or _is_modifier(last)):
        return None
    first = index
    while first - 1 > floor and first > index - MAX_PHRASE:
        previous = tokens[first - 1]
        if not _usable(previous) or previous.sentence != last.sentence:
            break
        if previous.lower in DETERMINERS:
            first -= 1
            break
        if not _may_extend(tokens, first - 1, index):
            break
        first -= 1
    return interpret(tokens[first : index + 1])


def phrase_after(tokens: list[Token], index: int, ceiling: int) -> Mention | None:
    """The phrase starting at ``tokens[index]``, read rightwards up to ``ceiling`` (exclusive)."""
    if index >= ceiling or not _usable(tokens[index]):
        return None
    first = tokens[index]
    if first.lower in PRONOUNS:
        return _pronoun(first)
    last, head = index, None
    if first.lower in DETERMINERS:
        last += 1
    while last < min(ceiling, index + MAX_PHRASE):
        token = tokens[last]
        if not _usable(token) or token.sentence != first.sentence:
            break
        if not (_may_continue(token, head) or _name_follows(tokens, last, ceiling)):
            break
        if is_name_word(token) or is_head_word(token):
            head = last
        last += 1
    if head is None:
        return None
    return interpret(tokens[index : head + 1])


def _usable(token: Token) -> bool:
    return token.quote < 0


def _may_extend(tokens: list[Token], position: int, head: int) -> bool:
    token = tokens[position]
    if is_name_word(token) or token.lower in TITLE_WORDS or is_head_word(token):
        return True
    if token.lower in NAME_PARTICLES or token.lower == "of":
        return position > 0 and is_name_word(tokens[position - 1])
    if token.lower == "s" and position > 0 and tokens[position - 1].text in APOSTROPHES:
        return False  # "Powell’s office": the possessive is read apart
    # Modifiers of a described speaker: "a senior administration official".
    return not tokens[head].capitalized and _is_modifier(token) and head - position < 4


def _is_modifier(token: Token) -> bool:
    return (
        token.is_word
        and token.text[0].islower()
        and token.lower not in FUNCTION_WORDS
        and token.lower not in SPEECH_VERBS
        and token.lower not in FRAMING_VERBS
    )


def _may_continue(token: Token, head: int | None) -> bool:
    if is_name_word(token) or token.lower in TITLE_WORDS or is_head_word(token):
        return True
    if token.lower in NAME_PARTICLES or token.lower == "of":
        return head is not None
    return head is None and _is_modifier(token)


def _name_follows(tokens: list[Token], index: int, ceiling: int) -> bool:
    """ "Clinton ally James Carville": lower-case role words between two parts of a phrase."""
    for token in tokens[index : min(index + 3, ceiling)]:
        if not _usable(token) or not token.is_word:
            return False
        if is_name_word(token):
            return True
        if not _is_modifier(token):
            return False
    return False


def _pronoun(token: Token) -> Mention:
    pronoun = PRONOUNS[token.lower]
    gender = {"he": "male", "she": "female"}.get(pronoun)
    kind = "person" if gender or pronoun == "i" else None
    return Mention(token.text, token.start, token.end, pronoun=pronoun, gender=gender, kind=kind)


def interpret(phrase: list[Token]) -> Mention | None:
    """Name, role, kind and head of a phrase such as "Kremlin spokesman Dmitry Peskov"."""
    reading = _read_words(tuple(token.text for token in phrase))
    if reading is None:
        return None
    return reading.at(phrase[0].start, phrase[-1].end)


@lru_cache(maxsize=8192)
def _read_words(words: tuple[str, ...]) -> Mention | None:
    """What the words of a phrase say, without offsets; names recur, so readings are cached."""
    text = " ".join(words)
    kept = list(words)
    while kept and kept[0].lower() in DETERMINERS:
        kept = kept[1:]
    if not kept:
        return None
    tail = _capitalized_tail(kept)
    if not tail:
        return _description(kept, text, 0, 0)
    if is_organization_name(tail):
        role = clean_role(kept[: len(kept) - len(tail)])
        return Mention(text, 0, 0, name=" ".join(tail), role=role, kind="organization")
    role_words, name = split_role_and_name(kept)
    role = clean_role(role_words)
    gender = honorific_gender(role_words) or role_gender(role) or name_gender(" ".join(name))
    kind = "person" if role or gender else None
    if kind is None and is_government_place(name[-1]):
        kind = "organization"
    elif kind is None and is_place(name):
        kind = "place"
    return Mention(text, 0, 0, name=" ".join(name), role=role, kind=kind, gender=gender)


def _capitalized_tail(words: list[str]) -> list[str]:
    tail: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if _is_name_text(word) or (lower in NAME_PARTICLES or lower == "of") and tail:
            tail.insert(0, word)
        else:
            break
    while tail and tail[0].lower() in NAME_PARTICLES | {"of"}:
        tail.pop(0)
    return tail


def _is_name_text(word: str) -> bool:
    return word[0].isupper() and word[0].isalpha() and word.lower() not in FUNCTION_WORDS


def _description(words: list[str], text: str, start: int, end: int) -> Mention:
    head = words[-1].lower()
    if head in ORGANIZATION_HEADS:
        kind = "organization"
    elif head in PERSON_HEADS:
        kind = "person"
    else:
        kind = None
    definite = text.split()[0].lower() in {"the", "this", "that"}
    return Mention(text, start, end, head=head, kind=kind, gender=role_gender(text), definite=definite)


AUXILIARIES = frozenset(
    {"has", "had", "have", "was", "is", "will", "would", "also", "then", "later", "again"}
)


def sentence_subject(tokens: list[Token], start: int, end: int) -> Mention | None:
    """The first name or pronoun between ``start`` and ``end`` that a verb follows: the subject.

    Phrases are tried at the start of the sentence and after each comma, so an opening
    "Speaking at a town hall in Salem, New Hampshire," is passed over.
    """
    position = start
    while position < end:
        token = tokens[position]
        if position == start or tokens[position - 1].text == ",":
            mention = phrase_after(tokens, position, end)
            if mention is not None and (mention.is_named or mention.pronoun):
                following = _token_after(tokens, position, mention.end, end)
                if following is not None and _reads_as_verb(following):
                    return mention
        position += 1 if token.quote < 0 else 1
    return None


def _token_after(tokens: list[Token], position: int, offset: int, end: int) -> Token | None:
    while position < end and tokens[position].start < offset:
        position += 1
    return tokens[position] if position < end else None


def _reads_as_verb(token: Token) -> bool:
    if not token.is_word or token.capitalized or token.quote >= 0:
        return False
    return token.lower in AUXILIARIES or token.lower not in FUNCTION_WORDS
