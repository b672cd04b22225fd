from django import forms
from django.contrib import admin
from django.utils.html import format_html

from articles.models import Quote

from .actions.quotes import mark_verified, mark_wrong, reassign_quotes
from .display import truncated
from .indexed import IndexFollowsAdmin

CONTEXT_CHARS = 80


class QuoteSpanForm(forms.ModelForm):
    """A quote's span must lie inside its article's body."""

    class Meta:
        model = Quote
        fields = ["article", "text", "speaker", "unnamed_source", "role", "kind", "status", "start", "end"]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if (start is None) != (end is None):
            raise forms.ValidationError("Give both the start and the end of the span, or neither.")
        article = cleaned.get("article") or getattr(self.instance, "article", None)
        if article is not None and end is not None and end > len(article.body):
            raise forms.ValidationError(
                f"The span ends past the article's body ({len(article.body)} characters)."
            )
        return cleaned


@admin.register(Quote)
class QuoteAdmin(IndexFollowsAdmin):
    form = QuoteSpanForm
    list_display = ["short_text", "speaker_column", "article_column", "kind", "status", "is_curated"]
    list_filter = ["status", "kind", "is_curated"]
    search_fields = ["text", "speaker__name", "unnamed_source", "article__title"]
    list_select_related = ["speaker", "article"]
    autocomplete_fields = ["speaker"]
    raw_id_fields = ["article"]
    readonly_fields = ["span_in_body", "speaker_as_written", "is_curated", "created_at", "updated_at"]
    fields = [
        "article",
        "text",
        "speaker",
        "speaker_as_written",
        "unnamed_source",
        "role",
        "kind",
        "status",
        "start",
        "end",
        "span_in_body",
        "is_curated",
        "created_at",
        "updated_at",
    ]
    actions = [mark_verified, mark_wrong, reassign_quotes]

    def get_readonly_fields(self, request, obj=None):
        # A quote stays with the article it was found in.
        return [*self.readonly_fields, "article"] if obj else self.readonly_fields

    @admin.display(description="text", ordering="text")
    def short_text(self, quote):
        return truncated(quote.text)

    @admin.display(description="speaker", ordering="speaker__name")
    def speaker_column(self, quote):
        return truncated(quote.speaker.name if quote.speaker else "–", "truncate-short")

    @admin.display(description="article", ordering="article__title")
    def article_column(self, quote):
        return truncated(quote.article.title, "truncate-medium")

    @admin.display(description="span in the body")
    def span_in_body(self, quote):
        if quote.start is None or quote.end is None:
            return "(no span)"
        body = quote.article.body
        before = body[max(0, quote.start - CONTEXT_CHARS) : quote.start]
        after = body[quote.end : quote.end + CONTEXT_CHARS]
        return format_html("…{}<mark>{}</mark>{}…", before, body[quote.start : quote.end], after)

    def save_model(self, request, obj, form, change):
        if change and form.changed_data:
            obj.is_curated = True
        super().save_model(request, obj, form, change)

    def affected_article_ids(self, quote, form=None):
        return [quote.article_id]
