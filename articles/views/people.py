from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from articles.models import Article, Outlet, Quote, Speaker

PER_PAGE = 30


def speaker_detail(request, slug):
    speaker = get_object_or_404(Speaker, slug=slug)
    if speaker.merged_into_id:
        return redirect(speaker.merged_into, permanent=True)
    quotes = Quote.objects.published().filter(speaker=speaker).order_by("-article__published_on", "-id")
    page = Paginator(quotes, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/speaker_detail.html", {"speaker": speaker, "page": page})


def outlet_detail(request, slug):
    outlet = get_object_or_404(Outlet, slug=slug)
    if outlet.merged_into_id:
        return redirect(outlet.merged_into, permanent=True)
    articles = Article.objects.published().filter(outlet=outlet).newest_first()
    page = Paginator(articles, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/outlet_detail.html", {"outlet": outlet, "page": page})
