from django.shortcuts import get_object_or_404, redirect, render

from articles.models import Article


def article_detail(request, outlet, year, month, day, slug):
    article = get_object_or_404(
        Article.objects.published(),
        outlet__slug=outlet,
        published_on__year=year,
        published_on__month=month,
        published_on__day=day,
        slug=slug,
    )
    return _render_article(request, article)


def article_by_id(request, pk, slug):
    article = get_object_or_404(Article.objects.published(), pk=pk)
    if article.get_absolute_url() != request.path:
        return redirect(article, permanent=True)
    return _render_article(request, article)


def _render_article(request, article):
    quotes = article.quotes.published().select_related("speaker").order_by("start")
    return render(request, "articles/article_detail.html", {"article": article, "quotes": quotes})
