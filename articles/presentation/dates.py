"""An article's moment of publication as the outlet gave it."""

from datetime import UTC, datetime, time


def local_time(article) -> datetime | None:
    """The exact time in the UTC offset the page gave (else UTC); None when only the day is known."""
    if article.published_at is None:
        return None
    return article.published_at.astimezone(_zone(article.published_tz))


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
