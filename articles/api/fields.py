"""What the API says about each object: plain dicts of documented fields, the same for JSON and CSV."""

from datetime import UTC

from articles.presentation.dates import local_moment, local_time


def article_summary(article, absolute) -> dict:
    return {
        "id": article.pk,
        "url": absolute(article.get_absolute_url()),
        "title": article.title,
        "outlet": outlet_fields(article.outlet, absolute),
        "published_on": article.published_on.isoformat() if article.published_on else None,
        "published_at": _iso(local_time(article)),
        "published_local": _iso(local_moment(article)),
        "byline": article.byline,
        "credit": article.credit,
        "tags": list(article.tags),
        "language": article.language,
        "source_url": article.source_url,
        "updated_at": article.updated_at.astimezone(UTC).isoformat(),
    }


def article_fields(article, absolute) -> dict:
    return article_summary(article, absolute) | {
        "body": article.body,
        "quotes": [quote_in_article(quote, absolute) for quote in article.quotes.published()],
    }


def outlet_fields(outlet, absolute) -> dict | None:
    if outlet is None:
        return None
    return {
        "id": outlet.pk,
        "name": outlet.name,
        "slug": outlet.slug,
        "url": absolute(outlet.get_absolute_url()),
    }


def speaker_fields(speaker, absolute) -> dict:
    return {
        "id": speaker.pk,
        "url": absolute(speaker.get_absolute_url()),
        "name": speaker.name,
        "kind": speaker.kind,
        "role": speaker.role,
        "aliases": [alias.name for alias in speaker.aliases.all()],
        "quote_count": getattr(speaker, "quote_count", None),
    }


def speaker_reference(speaker, absolute) -> dict | None:
    if speaker is None:
        return None
    return {"id": speaker.pk, "name": speaker.name, "url": absolute(speaker.get_absolute_url())}


def quote_in_article(quote, absolute) -> dict:
    return {
        "id": quote.pk,
        "text": quote.text,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "speaker": speaker_reference(quote.speaker, absolute),
        "speaker_as_written": quote.speaker_as_written,
        "unnamed_source": quote.unnamed_source,
        "role": quote.role,
    }


def quote_fields(quote, absolute) -> dict:
    article = quote.article
    return quote_in_article(quote, absolute) | {
        "url": absolute(quote.get_absolute_url()),
        "article": {"id": article.pk, "title": article.title, "url": absolute(article.get_absolute_url())},
        "outlet": outlet_fields(article.outlet, absolute),
        "published_on": article.published_on.isoformat() if article.published_on else None,
    }


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None
