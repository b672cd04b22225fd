"""The curators' admin: one ModelAdmin per model, bulk actions in ``actions/``."""

from django.contrib import admin

from .articles import ArticleAdmin
from .outlets import OutletAdmin
from .quotes import QuoteAdmin
from .speakers import SpeakerAdmin, SpeakerMergeSuggestionAdmin

__all__ = ["ArticleAdmin", "OutletAdmin", "QuoteAdmin", "SpeakerAdmin", "SpeakerMergeSuggestionAdmin"]

admin.site.site_header = "Dispatches curation"
admin.site.site_title = "Dispatches curation"
admin.site.index_title = "Curate the archive"
# The navigation sidebar takes a quarter of a 1280-pixel window from every list and form; the
# breadcrumbs and the index lead everywhere it does.
admin.site.enable_nav_sidebar = False
