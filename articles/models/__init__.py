from .article import Article
from .outlet import Outlet, OutletSignature
from .quote import Quote
from .speaker import Speaker, SpeakerAlias, SpeakerMergeSuggestion

__all__ = [
    "Article",
    "Outlet",
    "OutletSignature",
    "Quote",
    "Speaker",
    "SpeakerAlias",
    "SpeakerMergeSuggestion",
]
