from .article import Article
from .index_queue import PendingReindex
from .outlet import Outlet, OutletSignature
from .quote import Quote
from .redirect import ArticleRedirect
from .speaker import Speaker, SpeakerAlias, SpeakerMergeSuggestion

__all__ = [
    "Article",
    "ArticleRedirect",
    "Outlet",
    "OutletSignature",
    "PendingReindex",
    "Quote",
    "Speaker",
    "SpeakerAlias",
    "SpeakerMergeSuggestion",
]
