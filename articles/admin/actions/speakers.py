"""Speaker actions: merge selected speakers; accept or dismiss merge suggestions."""

from django.contrib import admin

from articles.curation.speakers import dismiss_suggestions, merge_speakers, suggested_target
from articles.curation.wording import counted
from articles.models import SpeakerMergeSuggestion

from ..confirm import Confirmation, confirm_then, refuse
from ..history import log_changes
from .merging import Merging, merge_logged, merge_selected

SPEAKERS = Merging(
    merge=merge_speakers,
    plural="speakers",
    held="quotes",
    unit="quote",
    changes=[
        "The speakers not kept lose their own pages: their addresses redirect to the kept speaker.",
        "Their quotes move to the kept speaker and their names become its aliases.",
        "Pending merge suggestions between them are accepted.",
    ],
    keep_help="The speaker the others merge into; their names become its aliases. "
    "Suggested: the best-formed name (a full name over a fragment or a phrase), then the most quoted.",
)


@admin.action(description="Merge selected speakers into one", permissions=["merge"])
def merge_selected_speakers(modeladmin, request, queryset):
    return merge_selected(modeladmin, request, queryset, SPEAKERS)


@admin.action(description="Accept: merge the two speakers", permissions=["change", "merge"])
def accept_suggestions(modeladmin, request, queryset):
    pending = queryset.filter(status=SpeakerMergeSuggestion.Status.PENDING).select_related("speaker", "other")
    if not pending.exists():
        return refuse(modeladmin, request, "Nothing to do: the selected suggestions are already settled.")
    plans = [suggested_target(suggestion) for suggestion in pending]

    def apply(_):
        results = [
            merge_logged(request, merge_speakers, target, [other]) for target, other in _still_current(plans)
        ]
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


def _still_current(plans):
    """Skip pairs an earlier merge in the same batch already joined."""
    for target, other in plans:
        target.refresh_from_db()
        other.refresh_from_db()
        if target.merged_into_id or other.merged_into_id:
            continue
        yield target, other
