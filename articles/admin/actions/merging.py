"""Merging selected records of one thing (outlets, speakers): the checks, the confirmation with the
suggested record to keep, and the merge logged and sent to the index."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count

from articles.curation.names import best_formed
from articles.curation.wording import counted
from articles.search import reindex_on_commit

from ..confirm import Confirmation, confirm_then, refuse
from ..history import log_changes
from ..merge_form import MergeTargetForm


@dataclass(frozen=True)
class Merging:
    """How one kind of record merges: ``merge(target, others)`` does it; ``held`` is the relation
    counted to suggest a record to keep (``unit`` one of its rows, for the curator)."""

    merge: Callable
    plural: str
    held: str
    unit: str
    changes: list[str]
    keep_help: str


def merge_selected(modeladmin, request, queryset, merging: Merging):
    count = f"{merging.unit}_count"
    records = queryset.annotate(**{count: Count(merging.held)}).order_by(f"-{count}", "pk")
    if records.count() < 2:
        return refuse(modeladmin, request, f"Select at least two {merging.plural} to merge.")
    if records.filter(merged_into__isnull=False).exists():
        message = f"Some selected {merging.plural} were already merged; select current ones."
        return refuse(modeladmin, request, message)

    def apply(data):
        target = data["target"]
        return merge_logged(request, merging.merge, target, [r for r in records if r.pk != target.pk])

    confirmation = Confirmation(
        title=f"Merge {merging.plural}",
        changes=merging.changes,
        items=[f"{record} — {counted(getattr(record, count), merging.unit)}" for record in records],
        form_class=MergeTargetForm,
        form_kwargs={
            "choices": records,
            "help_text": merging.keep_help,
            "suggested": best_formed(list(records), weight=lambda record: getattr(record, count)),
        },
        confirm_label="Merge",
    )
    return confirm_then(modeladmin, request, queryset, confirmation, apply)


def merge_logged(request, merge: Callable, target, others) -> str:
    """Merge, record it in each record's history and queue the articles it touched for the index."""
    with transaction.atomic():
        result = merge(target, others)
        log_changes(request, [target], str(result))
        log_changes(request, result.merged, f"Merged into “{target}”.")
        reindex_on_commit(result.article_ids)
    return str(result)
