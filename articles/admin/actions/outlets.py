"""Outlet actions: merge two records of the same outlet."""

from django.contrib import admin
from django.db import transaction
from django.db.models import Count

from articles.curation.names import best_formed
from articles.curation.outlets import merge_outlets
from articles.curation.wording import counted
from articles.search import reindex_on_commit

from ..confirm import Confirmation, confirm_then, refuse
from ..history import log_changes
from ..merge_form import MergeTargetForm


@admin.action(description="Merge selected outlets into one", permissions=["merge"])
def merge_selected_outlets(modeladmin, request, queryset):
    outlets = queryset.annotate(article_count=Count("articles")).order_by("-article_count", "pk")
    if outlets.count() < 2:
        return refuse(modeladmin, request, "Select at least two outlets to merge.")
    if outlets.filter(merged_into__isnull=False).exists():
        return refuse(modeladmin, request, "Some selected outlets were already merged; select current ones.")

    def apply(data):
        target = data["target"]
        with transaction.atomic():
            result = merge_outlets(target, [outlet for outlet in outlets if outlet.pk != target.pk])
            log_changes(request, [target], str(result))
            log_changes(request, result.merged, f"Merged into “{target}”.")
            reindex_on_commit(result.article_ids)
        return str(result)

    confirmation = Confirmation(
        title="Merge outlets",
        changes=[
            "The articles and signatures of the outlets not kept move to the kept outlet.",
            "Their outlet pages and their articles' old addresses redirect to the new ones.",
            "Future ingests that name a merged outlet file its articles under the kept one.",
        ],
        items=[f"{outlet} — {counted(outlet.article_count, 'article')}" for outlet in outlets],
        form_class=MergeTargetForm,
        form_kwargs={
            "choices": outlets,
            "help_text": "The outlet the others merge into. Suggested: the best-formed name (a name "
            "over a domain or capitals), then the one with most articles.",
            "suggested": best_formed(list(outlets), weight=lambda outlet: outlet.article_count),
        },
        confirm_label="Merge",
    )
    return confirm_then(modeladmin, request, queryset, confirmation, apply)
