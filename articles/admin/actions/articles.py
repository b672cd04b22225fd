"""Article actions: hide, publish, re-run extraction."""

from django import forms
from django.contrib import admin
from django.db import transaction

from articles.curation import reextract
from articles.curation.articles import set_visibility
from articles.curation.wording import agreeing, counted
from articles.models import Article
from articles.search import reindex_on_commit

from ..confirm import Confirmation, confirm_then, refuse
from ..history import log_changes


@admin.action(description="Hide selected articles from the public site", permissions=["change"])
def hide_articles(modeladmin, request, queryset):
    return _set_visibility(modeladmin, request, queryset, visible=False)


@admin.action(description="Publish selected articles", permissions=["change"])
def publish_articles(modeladmin, request, queryset):
    return _set_visibility(modeladmin, request, queryset, visible=True)


def _set_visibility(modeladmin, request, queryset, *, visible: bool):
    verb = "published" if visible else "hidden"
    changing = queryset.exclude(is_visible=visible)
    if not changing.exists():
        return refuse(modeladmin, request, f"Nothing to do: the selected articles are already {verb}.")
    shown = "shown on the public site and in search" if visible else "removed from the public site and search"

    def apply(_):
        with transaction.atomic():
            ids = set_visibility(changing, visible)
            log_changes(request, Article.objects.filter(pk__in=ids), f"{verb.capitalize()} (bulk action).")
            reindex_on_commit(ids)
        return f"{counted(len(ids), 'article')} {verb}."

    confirmation = Confirmation(
        title=f"{'Publish' if visible else 'Hide'} articles",
        changes=[f"{counted(changing.count(), 'article')} will be {verb}: {shown}."],
        items=[str(article) for article in changing],
    )
    return confirm_then(modeladmin, request, queryset, confirmation, apply)


class ReextractForm(forms.Form):
    overwrite_curated = forms.BooleanField(
        required=False,
        label="Overwrite curated fields",
        help_text="Replace fields a curator edited with what extraction finds, and stop protecting them.",
    )


@admin.action(description="Re-run extraction on selected articles", permissions=["reextract"])
def reextract_articles(modeladmin, request, queryset):
    curated = [article for article in queryset if article.curated_fields]

    def apply(data):
        return _reextract(request, queryset, keep_curated=not data["overwrite_curated"])

    confirmation = Confirmation(
        title="Re-run extraction",
        changes=[
            f"{counted(queryset.count(), 'article')} will be extracted again from the raw input stored.",
            f"{len(curated)} of them {agreeing(len(curated), 'has', 'have')} curated fields, "
            "kept unless you tick “Overwrite curated fields”.",
            "Quotes a curator verified, marked wrong or edited are kept either way.",
        ],
        items=[_describe(article) for article in queryset],
        form_class=ReextractForm,
    )
    return confirm_then(modeladmin, request, queryset, confirmation, apply)


def _reextract(request, queryset, *, keep_curated: bool) -> str:
    result = reextract.reextract_articles(queryset, keep_curated=keep_curated)
    kept = "kept" if keep_curated else "overwritten"
    log_changes(request, result.updated, f"Re-extracted, curated fields {kept}.")
    reindex_on_commit([article.pk for article in result.updated])
    report = f"{counted(len(result.updated), 'article')} updated, {len(result.unchanged)} unchanged"
    if result.failures:
        report += f", {len(result.failures)} failed ({'; '.join(result.failures)})"
    return report + "."


def _describe(article) -> str:
    curated = f" — curated: {', '.join(article.curated_fields)}" if article.curated_fields else ""
    return f"{article}{curated}"
