"""Read-only JSON for articles, speakers, quotes and search on Django REST framework; ``?format=csv``
streams any list as CSV. Filters, paging, CSV and errors: filters.py, pagination.py, renderers.py,
errors.py; the fields: serializers.py (and columns.py for CSV)."""

from django.db.models import Count, Q
from django.urls import reverse
from drf_spectacular.utils import extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularAPIView
from rest_framework import viewsets
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from articles.models import Article, Quote, Speaker
from articles.search import MAX_PAGE, search_articles

from . import columns, filters, schema, serializers
from .params import TextField, WholeNumberField, parameter
from .renderers import CsvRenderer

SEARCH_EXPORT_PAGES = 50  # a search export stops after this many result pages


class Public:
    """Readable from any site (CORS), as a read-only archive's API should be."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response


class ArchiveViewSet(Public, viewsets.ReadOnlyModelViewSet):
    """A list (filtered, paged, JSON or CSV) and a detail (JSON) of one kind of object."""

    detail_serializer_class = None
    row_serializer_class = None
    csv_name = ""

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class:
            return self.detail_serializer_class
        return self.serializer_class

    def get_renderers(self):
        if self.action == "list":
            return [JSONRenderer(), CsvRenderer()]
        return [JSONRenderer()]

    def filter_queryset(self, queryset):
        # A detail answers its id whatever a list's parameters would say.
        return super().filter_queryset(queryset) if self.action == "list" else queryset

    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format != CsvRenderer.format:
            return super().list(request, *args, **kwargs)
        rows = self.row_serializer_class(context=self.get_serializer_context())
        return CsvRenderer.stream(
            self.csv_name, rows, self.filter_queryset(self.get_queryset()).order_by("pk")
        )


def with_csv(viewset):
    """Documents in the schema the CSV a list answers too, and its columns."""
    columns = ", ".join(viewset.row_serializer_class.columns)
    csv = f"{viewset.__doc__} With format=csv: every matching row, in the columns {columns}."
    responses = {(200, JSONRenderer.media_type): viewset.serializer_class, (200, CsvRenderer.media_type): str}
    return extend_schema_view(list=extend_schema(description=csv, responses=responses))(viewset)


@with_csv
class ArticleViewSet(ArchiveViewSet):
    """Published articles in id order; a detail adds the body and its quotations."""

    queryset = Article.objects.published()
    serializer_class = serializers.ArticleSummarySerializer
    detail_serializer_class = serializers.ArticleSerializer
    row_serializer_class = columns.ArticleRow
    filterset_class = filters.ArticleFilter
    csv_name = "articles.csv"


@with_csv
class SpeakerViewSet(ArchiveViewSet):
    """Speakers (merged ones left out) with their count of published quotations, in id order."""

    queryset = (
        Speaker.objects.active()
        .annotate(quote_count=Count("quotes", filter=Q(quotes__in=Quote.objects.published())))
        .prefetch_related("aliases")
    )
    serializer_class = serializers.SpeakerSerializer
    row_serializer_class = columns.SpeakerRow
    filterset_class = filters.SpeakerFilter
    csv_name = "speakers.csv"


@with_csv
class QuoteViewSet(ArchiveViewSet):
    """Published quotations with their speaker, article and outlet, in id order."""

    queryset = Quote.objects.published()
    serializer_class = serializers.QuoteSerializer
    row_serializer_class = columns.QuoteRow
    filterset_class = filters.QuoteFilter
    csv_name = "quotes.csv"


class SearchView(Public, APIView):
    """Articles matching a search, as on the search page, best match first, a page of 20 at a time;
    with format=csv, every match (up to 50 pages) in the articles list's CSV columns."""

    renderer_classes = [JSONRenderer, CsvRenderer]

    @extend_schema(
        parameters=schema.SEARCH_PARAMETERS,
        responses={
            (200, JSONRenderer.media_type): serializers.SearchPageSerializer,
            (200, CsvRenderer.media_type): str,
        },
    )
    def get(self, request):
        query = parameter(request, "q", TextField(required=False, strip=False), default="")
        context = {"request": request}
        if request.accepted_renderer.format == CsvRenderer.format:
            found = (hit.article for hit in _all_hits(query))
            return CsvRenderer.stream("search.csv", columns.ArticleRow(context=context), found)
        number = parameter(request, "page", WholeNumberField(min_value=1, max_value=MAX_PAGE), default=1)
        results = search_articles(query, number)
        page = {
            "query": results.query,
            "count": results.count,
            "page": results.page.number if results.page else 1,
            "num_pages": results.page.paginator.num_pages if results.page else 0,
            "next": _next_search_page(request, results.page),
            "results": [_with_snippet(hit) for hit in results.hits],
        }
        return Response(serializers.SearchPageSerializer(page, context=context).data)


class IndexView(Public, APIView):
    """/api/: every endpoint with its parameters and fields, and the OpenAPI schema's address."""

    @extend_schema(exclude=True)
    def get(self, request):
        endpoints = {
            name: {"url": request.build_absolute_uri(reverse(f"articles:api-{name}"))} | about
            for name, about in schema.ENDPOINTS.items()
        }
        return Response(
            {
                "endpoints": endpoints,
                "schema": request.build_absolute_uri(reverse("articles:api-schema")),
                "pagination": schema.PAGINATION,
                "csv": schema.CSV,
            }
        )


class SchemaView(Public, SpectacularAPIView):
    """The OpenAPI 3 schema, generated from the views, filters and serializers (JSON; ?format=yaml)."""


def _with_snippet(hit):
    hit.article.snippet_html = str(hit.snippet)
    return hit.article


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
