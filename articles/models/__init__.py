from .article import Article
from .index_queue import PendingReindex
from .outlet import Outlet, OutletSignature
from .quote import Quote
from .redirect import ArticleRedirect
from .search_data import SearchDocument, SearchState, SearchWord
from .source import ArticleSource
from .speaker import Speaker, SpeakerAlias, SpeakerMergeSuggestion

__all__ = [
    "Article",
    "ArticleRedirect",
    "ArticleSource",
    "Outlet",
    "OutletSignature",
    "PendingReindex",
    "Quote",
    "SearchDocument",
    "SearchState",
    "SearchWord",
    "Speaker",
    "SpeakerAlias",
    "SpeakerMergeSuggestion",
]
