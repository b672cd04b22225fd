"""Admin edits reach the search index: queued in their own transaction, written once it commits
(waiting a couple of seconds at most for the index: what is not written stays queued)."""

from django.contrib import admin
from django.db import transaction

from articles.search import reindex_on_commit

from .initial import CheckedInitialData


class IndexFollowsAdmin(CheckedInitialData, admin.ModelAdmin):
    """A ModelAdmin whose saves and deletes reindex the articles they affect.

    Subclasses say which articles an object's change affects; ``form`` is None
    for deletions, where everything the object touched is affected.
    """

    def affected_article_ids(self, obj, form=None) -> list[int]:
        raise NotImplementedError

    def save_related(self, request, form, formsets, change):
        # The last step of every admin save (change form and list_editable alike). The articles are
        # queued in the save's own transaction; a save that changed nothing queues nothing.
        super().save_related(request, form, formsets, change)
        if not change or form.has_changed() or any(formset.has_changed() for formset in formsets):
            reindex_on_commit(self.affected_article_ids(form.instance, form))

    def delete_model(self, request, obj):
        with transaction.atomic():
            ids = self.affected_article_ids(obj)
            super().delete_model(request, obj)
            reindex_on_commit(ids)

    def delete_queryset(self, request, queryset):
        # Django's "delete selected" action runs outside a transaction: the queue rows go with the delete.
        with transaction.atomic():
            ids = [pk for obj in queryset for pk in self.affected_article_ids(obj)]
            super().delete_queryset(request, queryset)
            reindex_on_commit(ids)
