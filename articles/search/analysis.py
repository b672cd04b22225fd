"""How text is split into searchable terms: accents folded, English stemmed, other scripts as written.

No stop words: a news archive must find "US" and "The Hague".
"""

import re

from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.support.charset import accent_map

TOKEN_PATTERN = r"\w+(?:\.?\w+)*"
# Terms never hold a space (see TOKEN_PATTERN), so a pair of terms joined by one reads back one way.
PAIR_SEPARATOR = " "


def folding_stemming_analyzer():
    """négociations finds negociations and back; 'talks' finds 'talk'; Cyrillic words stay findable."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StemFilter(lang="en", cachesize=50000)
    )


class WordPairsFilter(Filter):
    """Each term joined to the next one, when both are among ``terms`` (all pairs when None); a text
    of one term has no pairs.

    Whoosh's ``ShingleFilter`` copies every token (twice the analysis time) and emits a lone term as
    a "pair"; its ``BiWordFilter`` fails on a text without terms."""

    terms = None  # what filters pickled before the pairs were chosen read back as: every pair

    def __init__(self, terms=None):
        self.terms = None if terms is None else frozenset(terms)

    def __call__(self, tokens):
        previous, terms = None, self.terms
        for token in tokens:
            term = token.text
            if previous is not None and (terms is None or (previous in terms and term in terms)):
                token.text = pair_text(previous, term)
                yield token
            previous = term


def word_pairs_analyzer(terms=None):
    """The terms of ``folding_stemming_analyzer``, each joined to the next one when both are among
    ``terms``: "The ministers said" gives "the minist" and "minist said" (see phrases.py)."""
    return folding_stemming_analyzer() | WordPairsFilter(terms)


def paired_terms(analyzer) -> frozenset | None:
    """The terms whose pairs ``analyzer`` (a ``word_pairs_analyzer``) indexes; None for all."""
    for item in getattr(analyzer, "items", [analyzer]):
        if isinstance(item, WordPairsFilter):
            return item.terms
    return None


def pair_text(first: str, second: str) -> str:
    """The term indexing two neighbouring terms."""
    return f"{first}{PAIR_SEPARATOR}{second}"


def word_pairs(terms) -> list[str]:
    """The pairs of neighbouring terms, as ``word_pairs_analyzer`` indexes them."""
    return [pair_text(first, second) for first, second in zip(terms, terms[1:], strict=False)]


def quotation_key(text: str) -> str:
    """What two outlets' copies of one quotation have in common: its words, case and punctuation aside."""
    return " ".join(re.findall(r"\w+", text.casefold()))
