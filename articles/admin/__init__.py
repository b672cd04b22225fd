from .articles import ArticleAdmin
from .outlets import OutletAdmin
from .quotes import QuoteAdmin
from .speakers import SpeakerAdmin

__all__ = ["ArticleAdmin", "OutletAdmin", "QuoteAdmin", "SpeakerAdmin"]
