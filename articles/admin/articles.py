from django.contrib import admin

from articles.models import Article, Quote


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ["text", "speaker", "kind", "status"]
    autocomplete_fields = ["speaker"]
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "language", "is_visible"]
    list_filter = ["is_visible", "outlet", "language"]
    date_hierarchy = "published_on"
    search_fields = ["title", "body", "source_path", "source_url"]
    list_select_related = ["outlet"]
    readonly_fields = [
        "source_key",
        "source_path",
        "source_record",
        "fingerprint",
        "created_at",
        "updated_at",
    ]
    inlines = [QuoteInline]
