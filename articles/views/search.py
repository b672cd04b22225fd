from django.shortcuts import render

from articles.forms import SearchForm
from articles.search.service import search_articles


def search(request):
    form = SearchForm(request.GET)
    query, page = "", 1
    if form.is_valid():
        query, page = form.cleaned_data["q"], form.cleaned_data["page"] or 1
    results = search_articles(query, page)
    return render(request, "articles/search.html", {"form": form, "results": results})
