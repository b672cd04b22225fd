from django.shortcuts import render

from articles.forms import SearchForm
from articles.models import Article, Outlet

RECENT_ARTICLES = 20


def home(request):
    return render(
        request,
        "articles/home.html",
        {
            "form": SearchForm(),
            "articles": Article.objects.published().newest_first()[:RECENT_ARTICLES],
            "outlets": Outlet.objects.active(),
        },
    )
