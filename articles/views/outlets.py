from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from articles.models import Article, Outlet, Quote, Speaker
from articles.presentation.attention import outlet_attention

PER_PAGE = 20
TOP_SPEAKERS = 10


def outlet_detail(request, slug):
    outlet = get_object_or_404(Outlet, slug=slug)
    if outlet.merged_into_id:
        return redirect(outlet.merged_into, permanent=True)
    articles = Article.objects.published().filter(outlet=outlet)
    quotes = Quote.objects.published().in_outlet(outlet.slug)
    context = {
        "outlet": outlet,
        "chart": outlet_attention(outlet, articles),
        "speakers": Speaker.objects.active().most_quoted(quotes)[:TOP_SPEAKERS],
        "page": Paginator(articles.newest_first(), PER_PAGE).get_page(request.GET.get("page")),
    }
    return render(request, "articles/outlet_detail.html", context)
