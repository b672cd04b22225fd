"""How text is split into searchable terms: accents folded, English stemmed, other scripts as written.

No stop words: a news archive must find "US" and "The Hague".
"""

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.support.charset import accent_map


def folding_stemming_analyzer():
    """négociations finds negociations and back; 'talks' finds 'talk'; Cyrillic words stay findable."""
    return (
        RegexTokenizer(r"\w+(\.?\w+)*")
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StemFilter(lang="en", cachesize=50000)
    )
