"""What haystack indexes: haystack discovers this module by name; the definitions are the Whoosh
engine's (``articles/search/whoosh/indexes.py``)."""

from articles.search.whoosh.indexes import ArticleIndex, QuoteIndex

__all__ = ["ArticleIndex", "QuoteIndex"]
