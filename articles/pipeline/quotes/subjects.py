"""Find the subject of a sentence: who a fragment of paraphrase, or a participle, belongs to."""

from .lexicon import FUNCTION_WORDS
from .mention import Mention
from .phrases import phrase_after
from .tokens import Tokens

# Words after which a clause, and so maybe a subject, begins: "..., while Mike Huckabee proposed".
OPENERS = frozenset({"while", "and", "but", "as", "when", "after", "because", "whereas"})
PLACE_PREPOSITIONS = frozenset({"in", "of", "from", "at"})
# The most tokens a parenthesis or an appositive between a subject and its verb may hold.
MAX_INSERTION = 14
AUXILIARIES = frozenset(
    {"has", "had", "have", "was", "is", "will", "would", "also", "then", "later", "again", "did", "does"}
    | {"can", "could", "should", "may", "might", "must", "were", "are"}
)


def sentence_subject(
    tokens: Tokens, start: int, end: int, described: bool = False, nearest: bool = False
) -> Mention | None:
    """The first name or pronoun between ``start`` and ``end`` that a verb follows: the subject.

    Phrases are tried at the start of the sentence, after each comma and after a word opening a
    clause ("..., while Mike Huckabee proposed"), so an opening "Speaking at a town hall in Salem,
    New Hampshire," is passed over. What stands between the subject and its verb is skipped:
    "(D-Nev.)", ", the former Arkansas governor,", "in Washington". With ``described``, a
    description ("the cable networks") may be the subject too; with ``nearest``, the subject of
    the last clause before ``end`` is taken rather than the first.
    """
    # The nearest clause's subject is found first reading back from ``end``.
    positions = range(end - 1, start - 1, -1) if nearest else range(start, end)
    for position in positions:
        if position == start or tokens.text[position - 1] == "," or tokens.lower[position - 1] in OPENERS:
            mention = phrase_after(tokens, position, end)
            if mention is None or not (mention.is_named or mention.pronoun or described and mention.head):
                continue
            following = _past_insertions(tokens, _token_after(tokens, position, mention.end, end), end)
            if following is not None and _reads_as_verb(tokens, following):
                return mention
    return None


def _past_insertions(tokens: Tokens, index: int | None, end: int) -> int | None:
    """The first token after a parenthesis, an appositive or a place standing after a subject."""
    if index is None:
        return None
    text = tokens.text[index]
    if text == "(":
        closing = _next_of(tokens, index, end, ")")
        return closing + 1 if closing is not None and closing + 1 < end else None
    if text == ",":
        closing = _next_of(tokens, index, end, ",")
        return closing + 1 if closing is not None and closing + 1 < end else None
    if tokens.lower[index] in PLACE_PREPOSITIONS and index + 1 < end and tokens.capitalized[index + 1]:
        position = index + 1
        while position < end and tokens.capitalized[position] and tokens.quote[position] < 0:
            position += 1
        return position if position < end else None
    return index


def _next_of(tokens: Tokens, index: int, end: int, text: str) -> int | None:
    for position in range(index + 1, min(end, index + MAX_INSERTION)):
        if tokens.text[position] == text:
            return position
        if tokens.quote[position] >= 0:
            return None
    return None


def _token_after(tokens: Tokens, position: int, offset: int, end: int) -> int | None:
    while position < end and tokens.start[position] < offset:
        position += 1
    return position if position < end else None


def _reads_as_verb(tokens: Tokens, index: int) -> bool:
    if not tokens.is_word[index] or tokens.capitalized[index] or tokens.quote[index] >= 0:
        return False
    lower = tokens.lower[index]
    return lower in AUXILIARIES or lower not in FUNCTION_WORDS
