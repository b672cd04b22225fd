"""The query parameters each API list accepts, applied to its QuerySet; bad values raise ``BadRequest``."""

from datetime import date

from django.db.models import Count, Q

from articles.models import Article, Quote, Speaker

from .pagination import BadRequest, integer, text


def articles(params):
    found = Article.objects.published()
    if params.get("outlet"):
        found = found.filter(outlet__slug=text(params, "outlet"))
    if params.get("credit"):
        found = found.filter(credit__icontains=text(params, "credit").strip()[:100])
    if params.get("since"):
        found = found.filter(published_on__gte=_day(params, "since"))
    if params.get("until"):
        found = found.filter(published_on__lte=_day(params, "until"))
    if params.get("language"):
        found = found.filter(language=text(params, "language"))
    return found


def speakers(params):
    published = Q(quotes__in=Quote.objects.published())
    found = (
        Speaker.objects.active()
        .annotate(quote_count=Count("quotes", filter=published))
        .prefetch_related("aliases")
    )
    if params.get("kind"):
        found = found.filter(kind=text(params, "kind"))
    return found


def quotes(params):
    found = Quote.objects.published()
    if params.get("speaker"):
        found = found.filter(speaker_id=integer(params, "speaker"))
    if params.get("article"):
        found = found.filter(article_id=integer(params, "article"))
    if params.get("outlet"):
        found = found.in_outlet(text(params, "outlet"))
    if params.get("year"):
        found = found.in_year(integer(params, "year", minimum=1, maximum=9999))
    return found


def _day(params, name):
    try:
        return date.fromisoformat(params[name])
    except ValueError:
        raise BadRequest(f"{name} must be a date such as 2019-01-27, not {params[name][:40]!r}") from None
