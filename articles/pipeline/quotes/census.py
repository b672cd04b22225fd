"""Take the census of an article: every person and organization it names, in reading order."""

from dataclasses import replace

from .coref import Registry
from .events import SpeechEvent
from .lexicon import PERSON_HEADS
from .marks import find_quoted_spans
from .mention import Mention
from .mentions import SpeakerMention, first_token
from .naming import without_common_words
from .organizations import ACRONYM
from .paragraph_kinds import CREDIT, HEADING, paragraph_kinds, trusted_in_heading
from .phrases import is_name_word, phrase_before
from .roles import clean_role
from .tokens import Tokens, tokenize

# A headline sits before the body and far from it: no "he" in the body reaches back to it.
HEADLINE_GAP = 2
HEADLINE_SENTENCE = -1000
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "the", "a", "an"})


def headline_tokens(title: str) -> Tokens:
    """Tokens of a headline, placed before the body so its names count as named earlier."""
    tokens = tokenize(title, find_quoted_spans(title))
    shift = len(title) + HEADLINE_GAP
    tokens.start = [start - shift for start in tokens.start]
    tokens.end = [end - shift for end in tokens.end]
    tokens.sentence = [HEADLINE_SENTENCE] * len(tokens)
    tokens.paragraph = [HEADLINE_SENTENCE] * len(tokens)
    tokens.headings = frozenset(paragraph_kinds(tokens))  # "Trump May Visit": capitals that say nothing
    return tokens


def take_census(
    tokens: Tokens,
    events: list[SpeechEvent],
    headline: Tokens | None = None,
    kinds: dict[int, str] | None = None,
) -> tuple[Registry, list[SpeakerMention]]:
    """Register each name printed outside quotations, with its role, then mark who spoke.

    ``kinds`` are the body's heading and credit paragraphs (``paragraph_kinds``): no name is read
    from a credit, and from a heading (the headline too) only one that opens with a given name.
    Returns the registry and the body's names, each with the entity it names.
    """
    registry = Registry()
    if headline:
        _register_names(headline, registry, paragraph_kinds(headline))
    named = _register_names(tokens, registry, kinds if kinds is not None else paragraph_kinds(tokens))
    for event in events:
        if event.mention.is_named:
            registry.mark_speaker(event.mention, event.sentence)
    return registry, named


def _register_names(tokens: Tokens, registry: Registry, kinds: dict[int, str]) -> list[SpeakerMention]:
    named = []
    for index, capitalized in enumerate(tokens.capitalized):
        if not capitalized or not is_name_word(tokens, index) or _name_goes_on(tokens, index):
            continue
        if _modifies_description(tokens, index):
            continue
        kind = kinds.get(tokens.paragraph[index])
        if kind == CREDIT:
            continue
        mention = phrase_before(tokens, index, -1)
        if kind == HEADING and mention is not None and not trusted_in_heading(mention):
            continue
        if mention is not None and mention.is_named:
            mention = _with_appositive_role(tokens, index, _without_common_words(tokens, mention))
            entity = registry.observe(mention, tokens.sentence[index])
            named.append(SpeakerMention(first_token(tokens, index, mention), index, mention, entity))
    return named


def _without_common_words(tokens: Tokens, mention: Mention) -> Mention:
    name = without_common_words(mention.name, tokens)
    if name == mention.name:
        return mention
    if mention.kind == "organization" and not ACRONYM.fullmatch(name):
        return mention  # "National Security Council" keeps its words; "Visit FDA" is the FDA
    return replace(mention, name=name)


def _modifies_description(tokens: Tokens, index: int) -> bool:
    """ "an experienced Rust developer", "a Google engineer": a name that only qualifies the
    description after it, which no name follows ("Kremlin spokesman Dmitry Peskov" has one)."""
    head = index + 1
    if head >= len(tokens) or tokens.capitalized[head] or tokens.lower[head] not in PERSON_HEADS:
        return False
    following = head + 1
    return not (following < len(tokens) and tokens.capitalized[following] and is_name_word(tokens, following))


def _name_goes_on(tokens: Tokens, index: int) -> bool:
    following = index + 1
    return following < len(tokens) and tokens.capitalized[following] and is_name_word(tokens, following)


def _with_appositive_role(tokens: Tokens, index: int, mention: Mention) -> Mention:
    """ "his Japanese counterpart, Takeo Mori": a described person named right after."""
    if mention.role is not None or mention.kind == "organization":
        return mention
    first = first_token(tokens, index, mention)
    if first < 2 or tokens.text[first - 1] != "," or tokens.lower[first - 2] not in PERSON_HEADS:
        return mention
    words = []
    for position in reversed(range(max(first - 6, 0), first - 1)):
        if not tokens.is_word[position] or tokens.lower[position] in POSSESSIVES:
            break
        words.insert(0, tokens.text[position])
    return replace(mention, role=clean_role(words), kind="person")
