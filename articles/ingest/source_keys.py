"""The natural key an article is stored under, so re-ingesting the same source updates it."""

from pathlib import Path

from django.conf import settings

from articles.pipeline import ParsedArticle


def display_path(path: Path) -> str:
    """The path as we store and show it: relative to the project when inside it."""
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(resolved)


def source_key(parsed: ParsedArticle) -> str:
    """The page's own URL when it has one (the same page from two exports is one article),
    otherwise the file and the record within it."""
    if parsed.source_url:
        return parsed.source_url
    return f"{parsed.source}#{parsed.record_id}" if parsed.record_id else parsed.source
