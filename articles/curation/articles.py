"""Curating articles: hiding and publishing, and remembering which fields a curator edited."""

from django.utils import timezone

from articles.ingest.loader import CURATABLE_FIELDS

# Model fields that make up each curatable field the loader knows.
CURATABLE_MODEL_FIELDS = {
    "published": ["published_on", "published_at", "published_tz", "published_local_time"],
    "outlet": ["outlet_id"],
    **{name: [name] for name in CURATABLE_FIELDS if name not in ("published", "outlet")},
}


def set_visibility(articles, visible: bool) -> list[int]:
    """Show or hide these articles; returns the ids of those that changed."""
    changing = articles.exclude(is_visible=visible)
    ids = list(changing.values_list("pk", flat=True))
    changing.filter(pk__in=ids).update(is_visible=visible, updated_at=timezone.now())
    return ids


def mark_curated(article, stored) -> list[str]:
    """Add the curatable fields ``article`` changed compared with ``stored`` to its curated fields."""
    changed = {
        name
        for name, model_fields in CURATABLE_MODEL_FIELDS.items()
        if any(getattr(article, field) != getattr(stored, field) for field in model_fields)
    }
    added = sorted(changed - set(article.curated_fields))
    article.curated_fields = sorted({*article.curated_fields, *changed})
    return added
