"""The Whoosh analysis (articles/search/analysis.py), done without Whoosh's token objects.

``folding_stemming_analyzer`` yields a token object per word through four filters; indexing a
hundred thousand articles that way costs minutes. The same steps on plain strings, each distinct
word stemmed once, give the same terms (tests/search/postgres/test_pg_analysis.py checks they do).
"""

import re
from functools import lru_cache

from whoosh.lang import stemmer_for_language
from whoosh.support.charset import accent_map

from ..analysis import TOKEN_PATTERN

WORD = re.compile(TOKEN_PATTERN)
_stem = stemmer_for_language("en")  # what StemFilter(lang="en") uses


@lru_cache(maxsize=500_000)
def folded(word: str) -> str:
    """A word lower-cased and accent-folded: the archive's spelling words (prefixes, suggestions)."""
    lowered = word.lower()
    return lowered if lowered.isascii() else lowered.translate(accent_map)


@lru_cache(maxsize=500_000)
def term(word: str) -> str:
    """The index term a word becomes: folded and stemmed."""
    return _stem(folded(word))


def words(text: str) -> list[str]:
    """The words of ``text`` as written, in order (position i is the i-th word)."""
    return WORD.findall(text)


def terms(text: str) -> list[str]:
    return [term(word) for word in words(text)]
