from django import forms
from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html

from articles.curation.articles import mark_curated
from articles.curation.redirects import remember_old_address
from articles.ingest.loader import assign_free_slug
from articles.models import Article, Quote

from .actions.articles import hide_articles, publish_articles, reextract_articles
from .filters import HasNoDate, HasNoOutlet
from .indexed import IndexFollowsAdmin
from .quotes import QuoteSpanForm


class ArticleForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["title", "outlet", "published_on", "body", "language", "byline", "credit", "tags"]
        fields += ["subheadings", "is_visible"]

    # Django's JSON form field reads "[]" as empty, i.e. None; these fields are lists.
    def clean_tags(self):
        return self.cleaned_data["tags"] or []

    def clean_subheadings(self):
        return self.cleaned_data["subheadings"] or []


class QuoteInline(admin.TabularInline):
    model = Quote
    form = QuoteSpanForm
    fields = ["text", "speaker", "kind", "status", "start", "end"]
    autocomplete_fields = ["speaker"]
    extra = 0


# Where an article came from and what ingest recorded about it: shown, never edited.
PROVENANCE_FIELDS = [
    "curated_fields",
    "matched_signature",
    "published_at",
    "published_tz",
    "published_local_time",
    "source_key",
    "source_path",
    "source_record",
    "source_url",
    "fingerprint",
    "created_at",
    "updated_at",
]


@admin.register(Article)
class ArticleAdmin(IndexFollowsAdmin):
    form = ArticleForm
    list_display = ["title", "outlet", "published_on", "quote_count", "is_visible"]
    list_filter = ["is_visible", HasNoOutlet, HasNoDate, "outlet", "language"]
    date_hierarchy = "published_on"
    search_fields = ["title", "body"]
    list_select_related = ["outlet"]
    autocomplete_fields = ["outlet"]
    actions = [hide_articles, publish_articles, reextract_articles]
    readonly_fields = ["raw_input_beside", *PROVENANCE_FIELDS]
    fieldsets = [
        (
            "Extracted",
            {
                "fields": [
                    "title",
                    "outlet",
                    "published_on",
                    "body",
                    "language",
                    "byline",
                    "credit",
                    "tags",
                    "subheadings",
                    "is_visible",
                ]
            },
        ),
        ("Raw input", {"fields": ["raw_input_beside"], "classes": ["raw-input"]}),
        (
            "Provenance",
            {"fields": PROVENANCE_FIELDS},
        ),
    ]
    inlines = [QuoteInline]

    class Media:
        css = {"all": ["articles/admin/curation.css"]}

    def get_queryset(self, request):
        # A Count drops Meta.ordering (GROUP BY); restore it for pages without their own order.
        return (
            super()
            .get_queryset(request)
            .annotate(quote_count=Count("quotes"))
            .order_by(*Article._meta.ordering)
        )

    @admin.display(description="quotes", ordering="quote_count")
    def quote_count(self, article):
        return article.quote_count

    @admin.display(description="raw input")
    def raw_input_beside(self, article):
        return format_html('<pre class="raw-input-text">{}</pre>', article.raw_input or "(none stored)")

    def has_reextract_permission(self, request):
        return request.user.has_perm("articles.reextract_article")

    def save_model(self, request, obj, form, change):
        stored = Article.objects.select_related("outlet").get(pk=obj.pk) if change else None
        if stored and obj.published_on != stored.published_on:
            # The exact time and offset came from the page and may now contradict the curated day.
            obj.published_at, obj.published_tz, obj.published_local_time = None, "", None
        if stored:
            mark_curated(obj, stored)
        assign_free_slug(obj)
        super().save_model(request, obj, form, change)
        if stored:
            remember_old_address(obj, stored.get_absolute_url())

    def save_formset(self, request, form, formset, change):
        for quote_form in formset.forms:
            if quote_form.has_changed() and quote_form.instance.pk:
                quote_form.instance.is_curated = True
        super().save_formset(request, form, formset, change)

    def affected_article_ids(self, article, form=None):
        return [article.pk]
