"""Speaker actions: merge selected speakers; accept or dismiss merge suggestions."""

from django.contrib import admin
from django.db import transaction
from django.db.models import Count

from articles.curation.names import best_formed
from articles.curation.speakers import dismiss_suggestions, merge_speakers, suggested_target
from articles.curation.wording import counted
from articles.models import SpeakerMergeSuggestion
from articles.search import reindex_on_commit

from ..confirm import Confirmation, confirm_then, refuse
from ..history import log_changes
from ..merge_form import MergeTargetForm

KEEP_HELP = (
    "The speaker the others merge into; their names become its aliases. "
    "Suggested: the best-formed name (a full name over a fragment or a phrase), then the most quoted."
)


@admin.action(description="Merge selected speakers into one", permissions=["merge"])
def merge_selected_speakers(modeladmin, request, queryset):
    speakers = queryset.annotate(quote_count=Count("quotes")).order_by("-quote_count", "pk")
    if speakers.count() < 2:
        return refuse(modeladmin, request, "Select at least two speakers to merge.")
    if speakers.filter(merged_into__isnull=False).exists():
        return refuse(modeladmin, request, "Some selected speakers were already merged; select current ones.")

    def apply(data):
        target = data["target"]
        return _merge(request, target, [s for s in speakers if s.pk != target.pk])

    confirmation = Confirmation(
        title="Merge speakers",
        changes=[
            "The speakers not kept lose their own pages: their addresses redirect to the kept speaker.",
            "Their quotes move to the kept speaker and their names become its aliases.",
            "Pending merge suggestions between them are accepted.",
        ],
        items=[f"{speaker} — {counted(speaker.quote_count, 'quote')}" for speaker in speakers],
        form_class=MergeTargetForm,
        form_kwargs={
            "choices": speakers,
            "help_text": KEEP_HELP,
            "suggested": best_formed(list(speakers), weight=lambda speaker: speaker.quote_count),
        },
        confirm_label="Merge",
    )
    return confirm_then(modeladmin, request, queryset, confirmation, apply)


@admin.action(description="Accept: merge the two speakers", permissions=["change", "merge"])
def accept_suggestions(modeladmin, request, queryset):
    pending = queryset.filter(status=SpeakerMergeSuggestion.Status.PENDING).select_related("speaker", "other")
    if not pending.exists():
        return refuse(modeladmin, request, "Nothing to do: the selected suggestions are already settled.")
    plans = [suggested_target(suggestion) for suggestion in pending]

    def apply(_):
        results = [_merge(request, target, [other]) for target, other in _still_current(plans)]
        return " ".join(results) or "Nothing merged: the speakers had been merged meanwhile."

    confirmation = Confirmation(
        title="Accept merge suggestions",
        changes=[f"“{other}” will be merged into “{target}”." for target, other in plans]
        + [
            "In each pair, the better-formed name is kept (with more quotes breaking a tie); "
            "the other's address redirects to it."
        ],
        items=[str(suggestion) for suggestion in pending],
        confirm_label="Merge",
    )
    return confirm_then(modeladmin, request, queryset, confirmation, apply)


@admin.action(description="Dismiss: they are different speakers", permissions=["change"])
def dismiss_selected_suggestions(modeladmin, request, queryset):
    pending = queryset.filter(status=SpeakerMergeSuggestion.Status.PENDING).select_related("speaker", "other")
    if not pending.exists():
        return refuse(modeladmin, request, "Nothing to do: the selected suggestions are already settled.")

    def apply(_):
        settled = list(pending)
        count = dismiss_suggestions(pending)
        log_changes(request, settled, "Dismissed: different speakers.")
        return f"{counted(count, 'suggestion')} dismissed."

    confirmation = Confirmation(
        title="Dismiss merge suggestions",
        changes=[f"{counted(pending.count(), 'suggestion')} will be marked dismissed; no speaker changes."],
        items=[str(suggestion) for suggestion in pending],
        confirm_label="Dismiss",
    )
    return confirm_then(modeladmin, request, queryset, confirmation, apply)


def _merge(request, target, others) -> str:
    with transaction.atomic():
        result = merge_speakers(target, others)
        log_changes(request, [target], str(result))
        log_changes(request, result.merged, f"Merged into “{target}”.")
        reindex_on_commit(result.article_ids)
    return str(result)


def _still_current(plans):
    """Skip pairs an earlier merge in the same batch already joined."""
    for target, other in plans:
        target.refresh_from_db()
        other.refresh_from_db()
        if target.merged_into_id or other.merged_into_id:
            continue
        yield target, other
