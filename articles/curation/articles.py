"""Curating articles: hiding and publishing, and remembering which fields a curator edited."""

from django.utils import timezone

from articles.ingest.loader import CURATABLE_FIELDS

# Admin form fields mapped to the loader's curatable field names.
FORM_FIELD_TO_CURATED = {
    "published_on": "published",
    "published_at": "published",
    "published_tz": "published",
    **{name: name for name in CURATABLE_FIELDS},
}


def set_visibility(articles, visible: bool) -> list[int]:
    """Show or hide these articles; returns the ids of those that changed."""
    changing = articles.exclude(is_visible=visible)
    ids = list(changing.values_list("pk", flat=True))
    changing.filter(pk__in=ids).update(is_visible=visible, updated_at=timezone.now())
    return ids


def mark_curated(article, changed_form_fields) -> list[str]:
    """Add the curatable fields among ``changed_form_fields`` to the article's curated fields."""
    curated = {FORM_FIELD_TO_CURATED[name] for name in changed_form_fields if name in FORM_FIELD_TO_CURATED}
    added = sorted(curated - set(article.curated_fields))
    article.curated_fields = sorted({*article.curated_fields, *curated})
    return added
