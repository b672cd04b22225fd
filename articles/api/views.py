"""Read-only JSON for articles, speakers, quotes and search; ``?format=csv`` streams any list as CSV."""

from functools import partial, wraps

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse

from articles.csv_export import csv_response
from articles.models import Quote
from articles.search import MAX_PAGE, search_articles

from . import fields, filters, rows, schema
from .pagination import BadRequest, integer, keyset_page

CSV_CHUNK = 1000
SEARCH_EXPORT_PAGES = 50  # a search export stops after this many result pages


def api_view(view):
    """JSON errors for bad parameters and missing objects, and CORS for read-only use from anywhere."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except BadRequest as error:
            response = JsonResponse({"error": str(error)}, status=400)
        except Http404:
            response = JsonResponse({"error": "not found"}, status=404)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


@api_view
def index(request):
    endpoints = {
        name: {"url": request.build_absolute_uri(reverse(f"articles:api-{name}"))} | about
        for name, about in schema.ENDPOINTS.items()
    }
    return JsonResponse({"endpoints": endpoints, "pagination": schema.PAGINATION, "csv": schema.CSV})


@api_view
def article_list(request):
    return _list(request, "articles", filters.articles(request.GET), fields.article_summary, rows.ARTICLES)


@api_view
def article_detail(request, pk):
    article = get_object_or_404(filters.articles({}), pk=pk)
    return JsonResponse(fields.article_fields(article, request.build_absolute_uri))


@api_view
def speaker_list(request):
    return _list(request, "speakers", filters.speakers(request.GET), fields.speaker_fields, rows.SPEAKERS)


@api_view
def speaker_detail(request, pk):
    speaker = get_object_or_404(filters.speakers({}), pk=pk)
    return JsonResponse(fields.speaker_fields(speaker, request.build_absolute_uri))


@api_view
def quote_list(request):
    return _list(request, "quotes", filters.quotes(request.GET), fields.quote_fields, rows.QUOTES)


@api_view
def quote_detail(request, pk):
    quote = get_object_or_404(Quote.objects.published(), pk=pk)
    return JsonResponse(fields.quote_fields(quote, request.build_absolute_uri))


@api_view
def search(request):
    query = request.GET.get("q", "")
    absolute = request.build_absolute_uri
    if request.GET.get("format") == "csv":
        found = (fields.article_summary(hit.article, absolute) for hit in _all_hits(query))
        return csv_response("search.csv", rows.ARTICLES.columns, map(rows.ARTICLES.row, found))
    results = search_articles(query, integer(request.GET, "page", default=1, minimum=1, maximum=MAX_PAGE))
    page = results.page
    return JsonResponse(
        {
            "query": results.query,
            "count": results.count,
            "page": page.number if page else 1,
            "num_pages": page.paginator.num_pages if page else 0,
            "next": _next_search_page(request, page),
            "results": [
                fields.article_summary(hit.article, absolute) | {"snippet_html": str(hit.snippet)}
                for hit in results.hits
            ],
        }
    )


def _list(request, name, queryset, describe, csv_rows):
    describe = partial(describe, absolute=request.build_absolute_uri)
    if request.GET.get("format") == "csv":
        objects = queryset.order_by("pk").iterator(chunk_size=CSV_CHUNK)
        return csv_response(f"{name}.csv", csv_rows.columns, (csv_rows.row(describe(obj)) for obj in objects))
    return JsonResponse(keyset_page(request, queryset, describe))


def _all_hits(query):
    for number in range(1, SEARCH_EXPORT_PAGES + 1):
        results = search_articles(query, number)
        yield from results.hits
        if results.page is None or not results.page.has_next():
            return


def _next_search_page(request, page):
    if page is None or not page.has_next():
        return None
    params = request.GET.copy()
    params["page"] = str(page.next_page_number())
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
