"""The curators' admin: one ModelAdmin per model, bulk actions in ``actions/``."""

from .articles import ArticleAdmin
from .outlets import OutletAdmin
from .quotes import QuoteAdmin
from .speakers import SpeakerAdmin, SpeakerMergeSuggestionAdmin

__all__ = ["ArticleAdmin", "OutletAdmin", "QuoteAdmin", "SpeakerAdmin", "SpeakerMergeSuggestionAdmin"]
