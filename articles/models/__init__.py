# The PostgreSQL search engine's tables (created on PostgreSQL only), registered with the app.
from articles.search.postgres.models import SearchDocument, SearchState, SearchWord

from .article import Article
from .index_queue import PendingReindex
from .outlet import Outlet, OutletSignature
from .quote import Quote
from .redirect import ArticleRedirect
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
