from django.contrib import admin

from articles.models import Quote


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["text", "speaker", "article", "kind", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["text", "speaker__name", "article__title"]
    list_select_related = ["speaker", "article"]
    autocomplete_fields = ["speaker"]
    raw_id_fields = ["article"]
