"""Curating articles: hiding and publishing, and remembering which fields a curator edited."""

from django.utils import timezone


def set_visibility(articles, visible: bool) -> list[int]:
    """Show or hide these articles; returns the ids of those that changed."""
    changing = articles.exclude(is_visible=visible)
    ids = list(changing.values_list("pk", flat=True))
    changing.filter(pk__in=ids).update(is_visible=visible, updated_at=timezone.now())
    return ids


def mark_curated(article, stored) -> list[str]:
    """Add the curatable fields ``article`` changed compared with ``stored`` to its curated fields."""
    changed = article.curatable_changes(stored)
    added = sorted(changed - set(article.curated_fields))
    article.curated_fields = sorted({*article.curated_fields, *changed})
    return added
