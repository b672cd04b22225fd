"""An article's moment of publication as the outlet gave it.

A time the page printed without a zone, for an outlet whose home zone nobody set, is a
local time of unknown zone (``published_local_time``): it is shown and served as such,
never as UTC, and feeds, which need an instant, get the day.
"""

from datetime import UTC, datetime, time


def local_time(article) -> datetime | None:
    """The exact time in the UTC offset the page gave (else UTC); None when only the day is known."""
    if article.published_at is None:
        return None
    return article.published_at.astimezone(_zone(article.published_tz))


def local_moment(article) -> datetime | None:
    """The day and time printed without a zone (naive), when the outlet's zone is unknown."""
    if (
        article.published_at is not None
        or article.published_on is None
        or article.published_local_time is None
    ):
        return None
    return datetime.combine(article.published_on, article.published_local_time)


def published_iso(article) -> str:
    """ISO 8601: the instant with its offset, else the local time without one, else the day; '' if undated."""
    value = local_time(article) or local_moment(article) or article.published_on
    return value.isoformat() if value else ""


def moment(article) -> datetime | None:
    """The exact time when known, else midnight UTC of the day printed; None for an undated article."""
    if article.published_at is not None:
        return local_time(article)
    if article.published_on is not None:
        return datetime.combine(article.published_on, time(), tzinfo=UTC)
    return None


def _zone(offset: str):
    try:
        return datetime.strptime(offset, "%z").tzinfo if offset else UTC
    except ValueError:
        return UTC
