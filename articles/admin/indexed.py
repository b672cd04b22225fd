"""Admin edits reach the search index once their transaction commits."""

from django.contrib import admin

from articles.search.indexing import reindex_on_commit

from .initial import CheckedInitialData


class IndexFollowsAdmin(CheckedInitialData, admin.ModelAdmin):
    """A ModelAdmin whose saves and deletes reindex the articles they affect.

    Subclasses say which articles an object's change affects; ``form`` is None
    for deletions, where everything the object touched is affected.
    """

    def affected_article_ids(self, obj, form=None) -> list[int]:
        raise NotImplementedError

    def save_related(self, request, form, formsets, change):
        # The last step of every admin save (change form and list_editable alike).
        super().save_related(request, form, formsets, change)
        reindex_on_commit(self.affected_article_ids(form.instance, form))

    def delete_model(self, request, obj):
        ids = self.affected_article_ids(obj)
        super().delete_model(request, obj)
        reindex_on_commit(ids)

    def delete_queryset(self, request, queryset):
        ids = [pk for obj in queryset for pk in self.affected_article_ids(obj)]
        super().delete_queryset(request, queryset)
        reindex_on_commit(ids)
