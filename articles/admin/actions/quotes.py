"""Quote actions: mark verified or wrong; reassign to another speaker."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db import transaction
from django.utils import timezone

from articles.curation.wording import counted
from articles.models import Quote, Speaker
from articles.search import reindex_on_commit

from ..confirm import Confirmation, confirm_then
from ..history import log_changes


@admin.action(description="Mark selected quotes verified", permissions=["change"])
def mark_verified(modeladmin, request, queryset):
    return _set_status(modeladmin, request, queryset, Quote.Status.VERIFIED)


@admin.action(description="Mark selected quotes wrong (hidden from the public)", permissions=["change"])
def mark_wrong(modeladmin, request, queryset):
    return _set_status(modeladmin, request, queryset, Quote.Status.WRONG)


def _set_status(modeladmin, request, queryset, status):
    changing = queryset.exclude(status=status).select_related("speaker")

    def apply(_):
        with transaction.atomic():
            quotes = list(changing)
            count = changing.update(status=status, updated_at=timezone.now())
            log_changes(request, quotes, f"Marked {status.label.lower()}.")
            reindex_on_commit({quote.article_id for quote in quotes})
        return f"{counted(count, 'quote')} marked {status.label.lower()}."

    confirmation = Confirmation(
        title=f"Mark quotes {status.label.lower()}",
        changes=[
            f"{counted(changing.count(), 'quote')} will be marked {status.label.lower()}; "
            "re-ingest will keep them as they are."
        ]
        + (["Wrong quotes are no longer shown on the public site."] if status == Quote.Status.WRONG else []),
        items=[_describe(quote) for quote in changing],
    )
    return confirm_then(modeladmin, request, queryset, confirmation, apply)


class ReassignForm(forms.Form):
    speaker = forms.ModelChoiceField(
        queryset=Speaker.objects.active(),
        widget=AutocompleteSelect(Quote._meta.get_field("speaker"), admin.site),
        help_text="The speaker these quotes really belong to.",
    )


@admin.action(description="Reassign selected quotes to another speaker", permissions=["change"])
def reassign_quotes(modeladmin, request, queryset):
    quotes = queryset.select_related("speaker")

    def apply(data):
        speaker = data["speaker"]
        with transaction.atomic():
            moving = list(quotes.exclude(speaker=speaker))
            count = quotes.filter(pk__in=[q.pk for q in moving]).update(
                speaker=speaker, is_curated=True, updated_at=timezone.now()
            )
            log_changes(request, moving, f"Reassigned to “{speaker}”.")
            reindex_on_commit({quote.article_id for quote in moving})
        return f"{counted(count, 'quote')} reassigned to “{speaker}”."

    confirmation = Confirmation(
        title="Reassign quotes",
        changes=["The selected quotes will be attributed to the speaker you choose; re-ingest keeps that."],
        items=[_describe(quote) for quote in quotes],
        form_class=ReassignForm,
        confirm_label="Reassign",
    )
    return confirm_then(modeladmin, request, queryset, confirmation, apply)


def _describe(quote) -> str:
    return f"“{quote.text[:120]}” — {quote.speaker or 'no speaker'}"
