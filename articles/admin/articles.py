from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import SEARCH_VAR
from django.db.models import Case, CharField, Count, Q, TextField, Value, When
from django.utils.html import format_html, format_html_join
from django.utils.text import smart_split, unescape_string_literal

from articles.curation.articles import mark_curated
from articles.models import Article, ArticleRedirect

from .actions.articles import hide_articles, publish_articles, reextract_articles
from .article_quotes import QuoteInline, settle_quotes
from .display import truncated
from .filters import HasNoDate, HasNoOutlet, SearchBodies
from .indexed import IndexFollowsAdmin
from .lists import LinesField
from .stored_text import KeepsUnchangedValues, StoredTextField

EDITED_FIELDS = [*Article.curator_edits(), "is_visible"]
TEXT_FIELDS = [
    name for name in EDITED_FIELDS if isinstance(Article._meta.get_field(name), CharField | TextField)
]


class ArticleForm(KeepsUnchangedValues, forms.ModelForm):
    tags = LinesField(required=False, help_text="One tag a line.")
    subheadings = LinesField(required=False, help_text="One subheading a line, in the order of the body.")

    class Meta:
        model = Article
        fields = EDITED_FIELDS
        field_classes = dict.fromkeys(TEXT_FIELDS, StoredTextField)
        widgets = {
            "title": forms.TextInput(attrs={"class": "wide-input"}),
            "body": forms.Textarea(attrs={"class": "body-editor", "rows": 28}),
        }


# Where an article came from and what ingest recorded about it: shown, never edited.
PROVENANCE_FIELDS = [
    "curated_fields",
    "all_sources",
    "same_story_list",
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
    list_display = ["title_column", "outlet_column", "published_on", "quote_count", "is_visible"]
    list_filter = [SearchBodies, "is_visible", HasNoOutlet, HasNoDate, "outlet", "language"]
    date_hierarchy = "published_on"
    search_fields = ["title"]  # and the body when asked: get_search_fields
    search_help_text = "Searches titles; tick “also bodies” to search the text too (title matches first)."
    list_select_related = ["outlet"]
    autocomplete_fields = ["outlet"]
    actions = [hide_articles, publish_articles, reextract_articles]
    readonly_fields = ["raw_input_beside", *PROVENANCE_FIELDS]
    fieldsets = [
        ("Extracted", {"fields": EDITED_FIELDS}),
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
        # (Not super(): it orders by get_ordering before title_miss exists.)
        articles = Article._default_manager.annotate(quote_count=Count("quotes"))
        return _title_matches_first(articles, request).order_by(*self.get_ordering(request))

    def get_ordering(self, request):
        # Other admins order their article choices by this too (get_field_queryset), on querysets
        # without the annotation: only the list's own queryset has title_miss.
        if _is_changelist_of(self, request):
            return ["title_miss", *Article._meta.ordering]
        return list(Article._meta.ordering)

    def get_search_fields(self, request):
        return ["title", "body"] if SearchBodies.asked(request) else ["title"]

    @admin.display(description="title", ordering="title")
    def title_column(self, article):
        return truncated(article.title)

    @admin.display(description="outlet", ordering="outlet__name")
    def outlet_column(self, article):
        return truncated(article.outlet.name if article.outlet else "–", "truncate-short")

    @admin.display(description="quotes", ordering="quote_count")
    def quote_count(self, article):
        return article.quote_count

    @admin.display(description="raw input")
    def raw_input_beside(self, article):
        return format_html('<pre class="raw-input-text">{}</pre>', article.raw_input or "(none stored)")

    @admin.display(description="sources")
    def all_sources(self, article):
        rows = article.sources.order_by("created_at", "pk")
        listed = format_html_join("", "<li>{}</li>", ((str(source),) for source in rows))
        return format_html("<ul>{}</ul>", listed) if listed else "(none recorded)"

    @admin.display(description="same story on other outlets")
    def same_story_list(self, article):
        others = article.same_story.select_related("outlet").order_by("pk")
        listed = format_html_join(
            "", "<li>{} — {}</li>", ((other.outlet or "unknown outlet", other.title) for other in others)
        )
        return format_html("<ul>{}</ul>", listed) if listed else "—"

    def has_reextract_permission(self, request):
        return request.user.has_perm("articles.reextract_article")

    def save_model(self, request, obj, form, change):
        if change and not form.has_changed():
            return  # saved without an edit: nothing is written, nothing becomes curated
        stored = Article.objects.select_related("outlet").get(pk=obj.pk) if change else None
        if stored and obj.published_on != stored.published_on:
            # The exact time and offset came from the page and may now contradict the curated day.
            obj.published_at, obj.published_tz, obj.published_local_time = None, "", None
        if stored:
            mark_curated(obj, stored)
        obj.assign_free_slug()
        super().save_model(request, obj, form, change)
        if stored:
            ArticleRedirect.objects.remember(obj, stored.get_absolute_url())

    def save_formset(self, request, form, formset, change):
        for quote_form in formset.forms:
            if quote_form.has_changed() and quote_form.instance.pk:
                quote_form.instance.is_curated = True
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        gone = settle_quotes(form.instance)
        if gone:
            quoted = "; ".join(f"“{quote.text[:80]}”" for quote in gone)
            message = f"Unreviewed quotations the new body no longer holds were removed: {quoted}."
            self.message_user(request, message, messages.WARNING)

    def affected_article_ids(self, article, form=None):
        return [article.pk]


def _searching_bodies(request) -> bool:
    return SearchBodies.asked(request) and bool(request.GET.get(SEARCH_VAR, "").strip())


def _is_changelist_of(model_admin, request) -> bool:
    match = getattr(request, "resolver_match", None)
    opts = model_admin.model._meta
    return match is not None and match.url_name == f"{opts.app_label}_{opts.model_name}_changelist"


def _title_matches_first(articles, request):
    """``title_miss``, the first key of the list's order: with bodies searched too, 0 for articles
    whose title holds every word searched and 1 for the others; 0 for all otherwise."""
    if not _searching_bodies(request):
        return articles.annotate(title_miss=Value(0))
    in_title = Q()
    for word in smart_split(request.GET[SEARCH_VAR]):
        if word.startswith(('"', "'")) and word[0] == word[-1]:  # as Django's own search reads it
            word = unescape_string_literal(word)
        in_title &= Q(title__icontains=word)
    return articles.annotate(title_miss=Case(When(in_title, then=Value(0)), default=Value(1)))
