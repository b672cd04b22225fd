"""Operations the models share: a slug free among some rows, a value cut to its field's length."""

from django.db import models
from django.utils.text import slugify

SLUG_SUFFIX_ROOM = 10  # what a slug field keeps free for the "-2", "-3"… of a taken slug


def slug_base(model, text: str, fallback: str) -> str:
    """``text`` as a slug for ``model``, short enough for a ``-N`` suffix; ``fallback`` when empty."""
    length = model._meta.get_field("slug").max_length - SLUG_SUFFIX_ROOM
    return slugify(text)[:length].rstrip("-") or fallback


def free_slug(taken: models.QuerySet, base: str) -> str:
    """``base``, else ``base-2``, ``base-3``…: the first slug no row of ``taken`` has."""
    slug, n = base, 1
    while taken.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def unique_slug(model, text: str, fallback: str) -> str:
    """A slug for ``text`` that no ``model`` row has yet (outlets, speakers: unique slugs)."""
    return free_slug(model._default_manager.all(), slug_base(model, text, fallback))


def fitted(model, field: str, value: str | None) -> str:
    """``value`` ('' for None) cut to what ``model``'s ``field`` holds (its ``max_length``)."""
    return (value or "")[: model._meta.get_field(field).max_length]
