from django.contrib import admin
from django.db.models import Count

from articles.models import Speaker, SpeakerAlias, SpeakerMergeSuggestion

from .actions.speakers import accept_suggestions, dismiss_selected_suggestions, merge_selected_speakers
from .filters import MergedFilter
from .indexed import IndexFollowsAdmin
from .initial import CheckedInitialData


class AliasInline(admin.TabularInline):
    model = SpeakerAlias
    fields = ["name"]
    extra = 0


@admin.register(Speaker)
class SpeakerAdmin(IndexFollowsAdmin):
    list_display = ["name", "kind", "role", "quote_count", "merged_into"]
    list_filter = [MergedFilter, "kind"]
    search_fields = ["name", "aliases__name", "role"]
    fields = ["name", "kind", "role", "slug", "name_key", "merged_into"]
    readonly_fields = ["slug", "name_key", "merged_into"]
    list_select_related = ["merged_into"]
    inlines = [AliasInline]
    actions = [merge_selected_speakers]

    def get_queryset(self, request):
        # A Count drops Meta.ordering (GROUP BY); autocomplete pages need an order.
        return super().get_queryset(request).annotate(quote_count=Count("quotes")).order_by("name")

    @admin.display(description="quotes", ordering="quote_count")
    def quote_count(self, speaker):
        return speaker.quote_count

    def has_merge_permission(self, request):
        return request.user.has_perm("articles.merge_speakers")

    def affected_article_ids(self, speaker, form=None):
        if form is not None and "name" not in form.changed_data:
            return []  # the index holds speakers' names only
        return list(speaker.quotes.values_list("article_id", flat=True).distinct())


@admin.register(SpeakerMergeSuggestion)
class SpeakerMergeSuggestionAdmin(CheckedInitialData, admin.ModelAdmin):
    list_display = ["speaker", "other", "reason", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["speaker__name", "other__name"]
    list_select_related = ["speaker", "other"]
    readonly_fields = ["speaker", "other", "reason", "status", "created_at"]
    actions = [accept_suggestions, dismiss_selected_suggestions]

    def has_add_permission(self, request):
        return False  # suggestions come from ingest; curators merge speakers directly

    def has_merge_permission(self, request):
        return request.user.has_perm("articles.merge_speakers")
