"""How text is split into searchable terms: accents folded, English stemmed, other scripts as written.

No stop words: a news archive must find "US" and "The Hague".
"""

import re

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.support.charset import accent_map

TOKEN_PATTERN = r"\w+(?:\.?\w+)*"


def folding_stemming_analyzer():
    """négociations finds negociations and back; 'talks' finds 'talk'; Cyrillic words stay findable."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StemFilter(lang="en", cachesize=50000)
    )


def quotation_key(text: str) -> str:
    """What two outlets' copies of one quotation have in common: its words, case and punctuation aside."""
    return " ".join(re.findall(r"\w+", text.casefold()))
