from datetime import date

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from articles.models import Article
from articles.presentation.quote_marks import mark_quotes
from articles.presentation.quoted_speakers import quoted_speakers
from articles.related import other_coverage

ARCHIVED_COPY = "https://web.archive.org/web/{}"


def article_detail(request, outlet, year, month, day, slug):
    return _render_article(request, _dated_article(outlet, year, month, day, slug))


def article_by_id(request, pk, slug):
    article = get_object_or_404(Article.objects.published(), pk=pk)
    if article.get_absolute_url() != request.path:
        return redirect(article, permanent=True)
    return _render_article(request, article)


def article_original(request, outlet, year, month, day, slug):
    return _original(_dated_article(outlet, year, month, day, slug))


def article_original_by_id(request, pk, slug):
    return _original(get_object_or_404(Article.objects.published(), pk=pk))


def original_url(article):
    """Where the page as ingested is shown, beside the article's own address."""
    if article.outlet_id and article.published_on:
        return reverse("articles:article-original", kwargs=_dated_kwargs(article))
    return reverse("articles:article-by-id-original", kwargs={"pk": article.pk, "slug": article.slug})


def _dated_article(outlet, year, month, day, slug):
    try:
        published_on = date(year, month, day)
    except ValueError:  # the address's digits are no day (0000/00/00, 2019/02/30)
        raise Http404("No such day.") from None
    return get_object_or_404(
        Article.objects.published(), outlet__slug=outlet, published_on=published_on, slug=slug
    )


def _dated_kwargs(article):
    day = article.published_on
    return {
        "outlet": article.outlet.slug,
        "year": day.year,
        "month": day.month,
        "day": day.day,
        "slug": article.slug,
    }


def _render_article(request, article):
    quotes = list(article.quotes.published().order_by("start", "id"))
    body = mark_quotes(article.body, quotes)
    context = {
        "article": article,
        "paragraphs": body.paragraphs,
        "marked_ids": body.marked_ids,
        "quoted_speakers": quoted_speakers(quotes),
        "other_coverage": other_coverage(article),
        "original_url": original_url(article),
        "source_url": _web_address(article.source_url),
    }
    if context["source_url"]:
        context["archived_url"] = ARCHIVED_COPY.format(context["source_url"])
    return render(request, "articles/article_detail.html", context)


def _web_address(url):
    # A source address came from a scraped page: link it only when it is a web address.
    return url if url.startswith(("http://", "https://")) else ""


def _original(article):
    # Plain text, never HTML: the page as ingested may hold any markup or script.
    response = HttpResponse(article.raw_input, content_type="text/plain; charset=utf-8")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = "inline"
    return response
