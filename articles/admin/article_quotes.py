"""An article's quotations in its admin page, and their spans kept right when the body is edited.

When a curator changes the body, every quotation is found again in the new text (ingest/spans.py).
A verified quotation, or one a curator edited, must still be there: the edit is refused with a form
error naming it, since its review would otherwise describe text the article no longer has. An
unreviewed one the new body no longer holds goes, as a re-ingest drops a quotation that vanished
from its source; one marked wrong stays, without a span, so that re-ingest cannot bring it back.
"""

from django import forms
from django.contrib import admin

from articles.ingest.spans import locate, place_quotes
from articles.models import Article, Quote

from .quotes import QuoteSpanForm


class QuoteInlineFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        stored_body = Article.objects.filter(pk=self.instance.pk).values_list("body", flat=True).first()
        body = self.instance.body
        lost = [form for form in self.forms if _must_stay(form) and _lost(form, body, stored_body)]
        if lost:
            quoted = "; ".join(f"“{_text(form)[:80]}”" for form in lost)
            raise forms.ValidationError(
                f"The new body no longer holds these verified or curated quotations: {quoted}. "
                "Edit each one to match the new text, mark it wrong, or delete it, then save again."
            )


def _text(form) -> str:
    return form.cleaned_data.get("text") or form.instance.text or ""


def _must_stay(form) -> bool:
    data = getattr(form, "cleaned_data", None)
    if not data or data.get("DELETE") or data.get("status") == Quote.Status.WRONG:
        return False
    curated = form.instance.is_curated or (form.instance.pk and form.has_changed())
    return data.get("status") == Quote.Status.VERIFIED or bool(curated)


def _lost(form, body: str, stored_body: str | None) -> bool:
    # A quotation the curator did not touch, in a body the curator did not touch, is not theirs to fix.
    if body == stored_body and not form.has_changed():
        return False
    return locate(_text(form), body, form.cleaned_data.get("start")) is None


class QuoteInline(admin.TabularInline):
    model = Quote
    form = QuoteSpanForm
    formset = QuoteInlineFormSet
    fields = ["text", "speaker", "kind", "status", "start", "end"]
    autocomplete_fields = ["speaker"]
    extra = 0


def settle_quotes(article) -> list[Quote]:
    """After an edit: every quotation's span found in the body; the unreviewed ones it no longer
    holds deleted (returned)."""
    lost = place_quotes(article)
    gone = [quote for quote in lost if quote.status == Quote.Status.UNREVIEWED and not quote.is_curated]
    Quote.objects.filter(pk__in=[quote.pk for quote in gone]).delete()
    return gone
