from django.db.models import Count, Q
from django.shortcuts import render
from django.utils import timezone

from articles.forms import SearchForm
from articles.models import Article, Outlet, Quote, Speaker

RECENT_ARTICLES = 20
TOP_SPEAKERS = 10


def home(request):
    month, speakers = _most_quoted_lately()
    return render(
        request,
        "articles/home.html",
        {
            "form": SearchForm(),
            "articles": Article.objects.published().newest_first()[:RECENT_ARTICLES],
            "speakers_month": month,
            "speakers": speakers,
            "outlets": Outlet.objects.active()
            .annotate(article_count=Count("articles", filter=Q(articles__is_visible=True)))
            .filter(article_count__gt=0),
        },
    )


def _most_quoted_lately():
    """The most quoted speakers this month, or in the latest month anyone was quoted (an archive may lag)."""
    quotes = Quote.objects.published().filter(speaker__isnull=False, article__published_on__isnull=False)
    latest = quotes.order_by("-article__published_on").values_list("article__published_on", flat=True).first()
    if latest is None:
        return None, []
    month = timezone.localdate().replace(day=1)
    if not quotes.filter(article__published_on__gte=month).exists():
        month = latest.replace(day=1)
    in_month = quotes.filter(article__published_on__gte=month)
    return month, list(Speaker.objects.active().most_quoted(in_month)[:TOP_SPEAKERS])
