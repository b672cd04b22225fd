"""The natural key an article is stored under, so re-ingesting the same source updates it."""

import os
from pathlib import Path

from django.conf import settings

from articles.pipeline import ParsedArticle


def display_path(path: Path) -> str:
    """The path as we store and show it: relative to the project when inside it.

    A symbolic link to a file is shown under its own name, not its target's
    (its folder is resolved, so a folder reached two ways is one). A name that
    is not valid UTF-8 shows its undecodable bytes as ``\\xNN`` escapes: it can be
    stored, printed and told apart.
    """
    absolute = Path(os.path.abspath(path))
    shown = absolute.parent.resolve() / absolute.name
    if shown.is_relative_to(settings.BASE_DIR):
        shown = shown.relative_to(settings.BASE_DIR)
    return _printable(str(shown))


def _printable(name: str) -> str:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")
    return name


def source_key(parsed: ParsedArticle) -> str:
    """The page's own URL when it has one (the same page from two exports is one article),
    otherwise the file and the record within it."""
    if parsed.source_url:
        return parsed.source_url
    return f"{parsed.source}#{parsed.record_id}" if parsed.record_id else parsed.source
