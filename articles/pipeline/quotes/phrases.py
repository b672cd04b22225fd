"""Read the phrase naming a speaker next to a speech verb, from the tokens of the body."""

from collections.abc import Sequence
from functools import lru_cache

from .gender import GIVEN_NAMES, name_gender
from .lexicon import (
    DETERMINERS,
    FRAMING_VERBS,
    FUNCTION_WORDS,
    NAMES_ALSO_WORDS,
    ORGANIZATION_HEADS,
    PERSON_HEADS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from .mention import Mention
from .organizations import is_government_place, is_organization_name, is_place
from .roles import NAME_PARTICLES, clean_role, honorific_gender, role_gender, split_role_and_name
from .tokens import Tokens

APOSTROPHES = frozenset({"'", "’"})
# Speech verbs that a title-case headline capitalizes; no name holds them.
HEADLINE_VERBS = frozenset(
    {"says", "said", "tells", "told", "asks", "asked", "warns", "slams", "blasts", "urges", "vows", "admits"}
)
NEVER_IN_NAMES = FUNCTION_WORDS | HEADLINE_VERBS  # one set, as this is asked of every word (speed)
# Words that make a month before a name a date: "in May Trump said", "last June Biden vetoed".
DATE_LEADS = frozenset(
    {"in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "last", "next"}
    | {"this", "that", "early", "late", "mid", "of", "on", "between", "around", "every", "each"}
)
BIRTH_WORDS = frozenset({"b", "born", "née", "nee", "aged", "age"})
PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it", "we": "we", "i": "i"}
MAX_PHRASE = 9


def is_name_word(tokens: Tokens, index: int) -> bool:
    if not (tokens.capitalized[index] and tokens.is_word[index]):
        return False
    lower = tokens.lower[index]
    return lower not in NEVER_IN_NAMES or lower in NAMES_ALSO_WORDS and _given_name_in_a_name(tokens, index)


def _given_name_in_a_name(tokens: Tokens, index: int) -> bool:
    """ "Anna May Wong", "Theresa May", "said April Ryan": "May", "Will" or "June" is a name after a
    given name, or before a capitalized word the article never writes in lower case; not in a
    heading ("Trump May Visit Moscow"), a date ("in June Carter said") or a question ("Will Trump
    run?")."""
    if tokens.paragraph[index] in tokens.headings:
        return False
    sentence = tokens.sentence[index]
    before, after = index - 1, index + 1
    if before >= 0 and tokens.sentence[before] == sentence and _opens_a_name(tokens, before):
        return True
    if after >= len(tokens) or tokens.sentence[after] != sentence or not tokens.capitalized[after]:
        return False
    following = tokens.lower[after]
    if not tokens.is_word[after] or following in NEVER_IN_NAMES or following in tokens.lower_case_words():
        return False
    if before >= 0 and tokens.lower[before] in DATE_LEADS:
        return False
    return not _in_a_question(tokens, after)


def _opens_a_name(tokens: Tokens, index: int) -> bool:
    lower = tokens.lower[index]
    return tokens.capitalized[index] and lower in GIVEN_NAMES and lower not in NAMES_ALSO_WORDS


def _in_a_question(tokens: Tokens, index: int) -> bool:
    sentence = tokens.sentence[index]
    end = index
    while end < len(tokens) and tokens.sentence[end] == sentence:
        end += 1
    return "?" in tokens.text[index:end]


def is_head_word(lower: str) -> bool:
    return lower in PERSON_HEADS or lower in ORGANIZATION_HEADS


def phrase_before(tokens: Tokens, index: int, floor: int) -> Mention | None:
    """The phrase ending at token ``index``, read leftwards but not past ``floor``."""
    if index <= floor or tokens.quote[index] >= 0:
        return None
    lower = tokens.lower[index]
    if lower in PRONOUNS:
        return _pronoun(tokens, index)
    if not (is_name_word(tokens, index) or _is_modifier(tokens, index)):
        return None
    quote, sentences = tokens.quote, tokens.sentence
    sentence = sentences[index]
    first = index
    while first - 1 > floor and first > index - MAX_PHRASE:
        previous = first - 1
        if quote[previous] >= 0 or sentences[previous] != sentence:
            break
        if tokens.lower[previous] in DETERMINERS:
            first -= 1
            break
        if not _may_extend(tokens, previous, index):
            break
        first -= 1
    opens_sentence = first == 0 or sentences[first - 1] != sentence
    if opens_sentence and (
        _opens_with_common_word(tokens, first) or _unproven_first_word(tokens, first, index)
    ):
        first += 1
        if first > index:
            return None
    return interpret(tokens, first, index)


def _unproven_first_word(tokens: Tokens, first: int, last: int) -> bool:
    """ "Enumerate Rust's design", "Experienced Rust developers": a sentence's first word before a
    name is part of it only where something says so: a given name, a title, a word the article
    capitalizes inside a sentence too, or a name introduced as people are ("Angelique Brunner,
    32, ...", "Aleksander Madry said")."""
    if first >= last or not is_name_word(tokens, first):
        return False
    if any(tokens.lower[position] in TITLE_WORDS for position in range(first, last + 1)):
        return False  # "Russian Deputy Foreign Minister Igor Morgulov": a role, read as one
    following = last + 1
    if following < len(tokens) and (tokens.text[following] == "," or tokens.lower[following] in SPEECH_VERBS):
        return False
    if _born_follows(tokens, following):
        return False
    lower = tokens.lower[first]
    if lower in GIVEN_NAMES or lower in TITLE_WORDS or is_head_word(lower) or lower in DETERMINERS:
        return False
    return lower not in tokens.capitalized_inside_sentences()


def _born_follows(tokens: Tokens, index: int) -> bool:
    """ "Carrie Mae Weems (b. 1953, Portland, Oregon)", "Nan Goldin (born 1953)", "Ann Lee (42)": a
    person introduced with a birth year or an age."""
    after = index + 1
    if after >= len(tokens) or tokens.text[index] != "(":
        return False
    return tokens.lower[after] in BIRTH_WORDS or tokens.text[after].isdigit()


def _reads_as_participle(tokens: Tokens, index: int) -> bool:
    """ "Acknowledging that ...", "Celebrating the win": a participle opening the sentence."""
    following = index + 1
    return (
        tokens.lower[index].endswith("ing")
        and len(tokens.text[index]) > 5
        and following < len(tokens)
        and tokens.lower[following] in FUNCTION_WORDS
    )


def _reads_as_adverb(tokens: Tokens, index: int) -> bool:
    """ "Conversely, PolitiFact rated ...": a sentence's first word in -ly set off by a comma."""
    following = index + 1
    return (
        tokens.lower[index].endswith("ly")
        and len(tokens.text[index]) > 4
        and following < len(tokens)
        and tokens.text[following] == ","
    )


def _opens_with_common_word(tokens: Tokens, index: int) -> bool:
    """ "Think", "Using", "Celebrating": a sentence's capitalized first word that is no name.

    It is a word the article also writes in lower case, or a participle, and never capitalizes
    inside a sentence; given names and titles are kept ("Hope Hicks", "Senator Graham").
    """
    if index and tokens.sentence[index - 1] == tokens.sentence[index] or not tokens.capitalized[index]:
        return False
    lower = tokens.lower[index]
    if _reads_as_adverb(tokens, index):
        return True
    if lower not in tokens.lower_case_words() and not _reads_as_participle(tokens, index):
        return False
    if lower in GIVEN_NAMES or lower in TITLE_WORDS or is_head_word(lower) or lower in DETERMINERS:
        return False
    return lower not in tokens.capitalized_inside_sentences()


def phrase_after(tokens: Tokens, index: int, ceiling: int) -> Mention | None:
    """The phrase starting at token ``index``, read rightwards up to ``ceiling`` (exclusive)."""
    if index >= ceiling or tokens.quote[index] >= 0:
        return None
    if tokens.lower[index] in PRONOUNS:
        return _pronoun(tokens, index)
    if _opens_with_common_word(tokens, index):
        index += 1
        if index >= ceiling or tokens.quote[index] >= 0:
            return None
    sentence = tokens.sentence[index]
    last, head = index, None
    if tokens.lower[index] in DETERMINERS:
        last += 1
    while last < min(ceiling, index + MAX_PHRASE):
        if tokens.quote[last] >= 0 or tokens.sentence[last] != sentence:
            break
        if not (_may_continue(tokens, last, head) or _name_follows(tokens, last, ceiling)):
            break
        if is_name_word(tokens, last) or is_head_word(tokens.lower[last]):
            head = last
        last += 1
    if head is None:
        return None
    if head == last - 1 and tokens.capitalized[head]:
        head = _described_person_after(tokens, last, ceiling) or head
    return interpret(tokens, index, head)


def _described_person_after(tokens: Tokens, index: int, ceiling: int) -> int | None:
    """ "-- Research software engineer with Rust expertise", "Clinton aides": a name qualifying the
    description of a person after it, which no name follows; the head noun of that description."""
    for position in range(index, min(index + 2, ceiling)):
        if tokens.quote[position] >= 0 or not tokens.is_word[position] or tokens.capitalized[position]:
            return None
        lower = tokens.lower[position]
        if lower in PERSON_HEADS or _plural_person(lower):
            following = position + 1
            if following < len(tokens) and is_name_word(tokens, following):
                return None  # "Clinton ally James Carville"
            return position
        if not _is_modifier(tokens, position):
            return None
    return None


def _may_extend(tokens: Tokens, position: int, head: int) -> bool:
    lower = tokens.lower[position]
    if is_name_word(tokens, position) or lower in TITLE_WORDS or is_head_word(lower):
        return True
    if lower == "for":
        return _joins_organization(tokens, position)
    if lower == "and":
        return _joins_names(tokens, position)
    if lower in NAME_PARTICLES or lower == "of":
        return position > 0 and is_name_word(tokens, position - 1)
    if lower == "s" and position > 0 and tokens.text[position - 1] in APOSTROPHES:
        return False  # "Powell’s office": the possessive is read apart
    # Modifiers of a described speaker: "a senior administration official".
    return not tokens.capitalized[head] and _is_modifier(tokens, position) and head - position < 4


def _is_modifier(tokens: Tokens, index: int) -> bool:
    lower = tokens.lower[index]
    return (
        tokens.is_word[index]
        and tokens.text[index][0].islower()
        and lower not in FUNCTION_WORDS
        and lower not in SPEECH_VERBS
        and lower not in FRAMING_VERBS
    )


def _may_continue(tokens: Tokens, index: int, head: int | None) -> bool:
    lower = tokens.lower[index]
    if is_name_word(tokens, index) or lower in TITLE_WORDS or is_head_word(lower):
        return True
    if lower == "for":
        return head is not None and _joins_organization(tokens, index)
    if lower == "and":
        return head is not None and _joins_names(tokens, index)
    if lower in NAME_PARTICLES or lower == "of":
        return head is not None
    return head is None and _is_modifier(tokens, index)


def _joins_names(tokens: Tokens, index: int) -> bool:
    return _joins_titles(tokens, index) or joins_organization_words(tokens.text, index)


def _joins_titles(tokens: Tokens, index: int) -> bool:
    """ "Founder and Lead Designer Cathleen Holloway", "President and CEO Tim Cook": two offices."""
    before, after = index - 1, index + 1
    return (
        before >= 0
        and after < len(tokens)
        and tokens.lower[before] in TITLE_WORDS
        and tokens.lower[after] in TITLE_WORDS
        and tokens.capitalized[after]
    )


def joins_organization_words(words: Sequence[str], index: int) -> bool:
    """ "Department of Health and Human Services", "Centers for Disease Control and Prevention": the
    "and" at ``index`` inside an organization's name, after "of" or "for" following its head noun."""
    following = index + 1
    if following >= len(words) or not _is_name_text(words[following]):
        return False
    for position in range(index - 1, max(index - 5, 0), -1):
        lower = words[position].lower()
        if lower in ("of", "for"):
            head = words[position - 1]
            return position < index - 1 and _is_name_text(head) and _organization_head(head.lower())
        if not _is_name_text(words[position]):
            return False
    return False


def _organization_head(lower: str) -> bool:
    return lower in ORGANIZATION_HEADS or lower.endswith("s") and lower[:-1] in ORGANIZATION_HEADS


def _joins_organization(tokens: Tokens, index: int) -> bool:
    """ "Citizens for Tax Justice", "Center for American Progress": "for" inside a name, after a
    capitalized plural or organization noun and before a capitalized word."""
    before, after = index - 1, index + 1
    if before < 0 or after >= len(tokens) or not tokens.capitalized[after]:
        return False
    word = tokens.lower[before]
    return is_name_word(tokens, before) and (
        word in ORGANIZATION_HEADS or word.endswith("s") and len(word) > 3
    )


def _name_follows(tokens: Tokens, index: int, ceiling: int) -> bool:
    """ "Clinton ally James Carville": lower-case role words between two parts of a phrase."""
    for position in range(index, min(index + 3, ceiling)):
        if tokens.quote[position] >= 0 or not tokens.is_word[position]:
            return False
        if is_name_word(tokens, position):
            return True
        if not _is_modifier(tokens, position):
            return False
    return False


def _pronoun(tokens: Tokens, index: int) -> Mention:
    pronoun = PRONOUNS[tokens.lower[index]]
    gender = {"he": "male", "she": "female"}.get(pronoun)
    kind = "person" if gender or pronoun == "i" else None
    return Mention(
        tokens.text[index], tokens.start[index], tokens.end[index], pronoun=pronoun, gender=gender, kind=kind
    )


def interpret(tokens: Tokens, first: int, last: int) -> Mention | None:
    """Name, role, kind and head of the phrase of tokens ``first`` to ``last``: "Kremlin spokesman Peskov"."""
    reading = _read_words(tuple(tokens.text[first : last + 1]))
    if reading is None:
        return None
    return reading.at(tokens.start[first], tokens.end[last])


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
    if not tail or _only_titles(tail):
        return _description(kept, text, 0, 0)
    if is_organization_name(tail):
        role = clean_role(kept[: len(kept) - len(tail)])
        return Mention(text, 0, 0, name=" ".join(tail), role=role, kind="organization")
    role_words, name = split_role_and_name(kept)
    if not name:  # "Director of Horticulture": an office, described by its title
        return _description(kept[: kept.index("of")] or kept if "of" in kept else kept, text, 0, 0)
    if is_place(name):
        return Mention(text, 0, 0, name=" ".join(name), kind="place")  # "the former Arkansas" governor
    role = clean_role(role_words)
    gender = honorific_gender(role_words) or role_gender(role) or name_gender(" ".join(name))
    kind = "person" if role or gender else None
    if kind is None and is_government_place(name[-1]):
        kind = "organization"
    return Mention(text, 0, 0, name=" ".join(name), role=role, kind=kind, gender=gender)


def _only_titles(words: list[str]) -> bool:
    """ "Secretary", "Former President": an office with no name is a description, not a name."""
    return all(word.lower() in TITLE_WORDS and not word.isupper() for word in words)


def _capitalized_tail(words: list[str]) -> list[str]:
    tail: list[str] = []
    for index in reversed(range(len(words))):
        word = words[index]
        lower = word.lower()
        connector = (
            lower in NAME_PARTICLES
            or lower in ("of", "for")
            or lower == "and"
            and (joins_organization_words(words, index))
        )
        if not (_is_name_text(word) or connector and tail):
            break
        tail.insert(0, word)
    while tail and tail[0].lower() in NAME_PARTICLES | {"of", "for"}:
        tail.pop(0)
    return tail


def _is_name_text(word: str) -> bool:
    """Of a phrase the tokens have read already, so "May" of "Anna May Wong" was checked there."""
    if not (word[0].isupper() and word[0].isalpha()):
        return False
    lower = word.lower()
    return lower not in FUNCTION_WORDS or lower in NAMES_ALSO_WORDS


def _plural_person(head: str) -> bool:
    return head == "people" or head.endswith("s") and head[:-1] in PERSON_HEADS


def _description(words: list[str], text: str, start: int, end: int) -> Mention | None:
    head = words[-1].lower()
    if head in ORGANIZATION_HEADS:
        kind = "organization"
    elif head in PERSON_HEADS:
        kind = "person"
    else:
        kind = None
    first = text.split()[0].lower()
    if first in {"this", "that"} and _plural_person(head) and len(words) > 1:
        return None  # "tutoring that students received": a relative "that", no description
    definite = first in {"the", "this", "that"}
    return Mention(text, start, end, head=head, kind=kind, gender=role_gender(text), definite=definite)
