"""The archive's words (models.SearchWord): what a prefix stands for, and spelling suggestions."""

import re

from articles.models.search_data import SearchDocument, SearchWord

from ..analysis import TOKEN_PATTERN
from ..limits import MAX_CORRECTED_WORDS, MAX_SUGGESTION_WORD_LENGTH
from .analysis import folded, term
from .documents import ANALYSED_FIELDS, lexeme, quoted
from .reads import reader

OPERATORS = {"AND", "OR", "NOT"}
# Words as typed, skipping field prefixes such as "title:" (the Whoosh engine's rule).
TYPED_WORD = re.compile(rf"(?<![\w*])(?:{TOKEN_PATTERN})(?![\w:*])")
CONTENT_CODE = ANALYSED_FIELDS["text"]
MAX_EDITS = 2
SUGGESTION_CANDIDATES = 50


def _like_prefix(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text) + "%"


def words_starting(code: str, prefix: str, limit: int) -> list[tuple[str, str]]:
    """(word, stem) of the first ``limit`` words of a field starting with ``prefix``, alphabetically
    (in code point order, as Whoosh lists them)."""
    with reader().cursor() as cursor:
        cursor.execute(
            f"SELECT word, stem FROM {SearchWord._meta.db_table} WHERE field = %s AND word LIKE %s "
            "ORDER BY word LIMIT %s",
            [code, _like_prefix(prefix), limit],
        )
        return cursor.fetchall()


class Expander:
    """Expands a query's prefixes, each into at most ``allowance`` words, noting those cut short."""

    def __init__(self, allowance: int):
        self.allowance = allowance
        self.cut: list[str] = []

    def __call__(self, code: str, prefix: str) -> list[str]:
        found = words_starting(code, prefix, self.allowance + 1)
        if len(found) > self.allowance:
            self.cut.append(prefix)
        return sorted({stem for _word, stem in found[: self.allowance]} - {""})


def holds_term(code: str, stem: str) -> bool:
    with reader().cursor() as cursor:
        cursor.execute(
            f"SELECT EXISTS (SELECT 1 FROM {SearchDocument._meta.db_table} WHERE terms @@ %s::tsquery)",
            [quoted(lexeme(code, stem))],
        )
        return cursor.fetchone()[0]


def closest_word(word: str) -> str | None:
    """The archive word closest to ``word`` (at most two edits, same first letter), as Whoosh's
    corrector finds it: trigram-similar candidates from the index, checked by edit distance."""
    with reader().cursor() as cursor:
        cursor.execute(
            f"SELECT word FROM {SearchWord._meta.db_table} WHERE field = %s AND word %% %s "
            "AND left(word, 1) = left(%s, 1) AND word <> %s ORDER BY similarity(word, %s) DESC LIMIT %s",
            [CONTENT_CODE, word, word, word, word, SUGGESTION_CANDIDATES],
        )
        candidates = [row[0] for row in cursor.fetchall()]
    near = sorted((distance(word, candidate), candidate) for candidate in candidates)
    return near[0][1] if near and near[0][0] <= MAX_EDITS else None


def distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def did_you_mean(text: str) -> str | None:
    """``text`` with each word the archive never uses replaced by the closest word it does use
    (the same rules and limits as the Whoosh engine's suggestions)."""
    changed, tried, parts, cursor = False, 0, [], 0
    for match in TYPED_WORD.finditer(text):
        word = match.group()
        if word in OPERATORS or len(word) > MAX_SUGGESTION_WORD_LENGTH:
            continue
        if holds_term(CONTENT_CODE, term(word)):
            continue
        tried += 1
        if tried > MAX_CORRECTED_WORDS:
            break
        suggestion = closest_word(folded(word))
        if suggestion:
            parts += [text[cursor : match.start()], suggestion]
            cursor, changed = match.end(), True
    return "".join([*parts, text[cursor:]]) if changed else None
