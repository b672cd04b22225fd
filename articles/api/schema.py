"""What /api/ says about each endpoint, read from the serializers' and filters' help texts, as the
OpenAPI schema at /api/schema/ is: a field is documented where it is declared, and only there."""

from drf_spectacular.utils import OpenApiParameter

from articles.search import MAX_PAGE

from . import filters, serializers

SEARCH_PARAMETERS = [
    OpenApiParameter("q", str, description="search words, as on the search page"),
    OpenApiParameter("page", int, description=f"result page, from 1 to {MAX_PAGE}"),
]
PAGINATION = (
    "Lists return {count, next, results}, ordered by id. Follow next, whose cursor starts the page after "
    "the last result; limit=<1-200> sets the page's size (default 50) and after=<id> starts a list after "
    "that id. Ids are stable, so pages do not shift while the archive grows."
)
CSV = "Add format=csv to any list (and to search) to download every matching row as CSV."


def described(serializer_class) -> dict[str, str]:
    return {name: str(field.help_text) for name, field in serializer_class().fields.items()}


def taken(filterset_class) -> dict[str, str]:
    return {name: str(found.extra["help_text"]) for name, found in filterset_class.base_filters.items()}


ARTICLE_FIELDS = described(serializers.ArticleSummarySerializer)
ARTICLE_DETAIL_FIELDS = described(serializers.ArticleSerializer)
SPEAKER_FIELDS = described(serializers.SpeakerSerializer)
QUOTE_FIELDS = described(serializers.QuoteSerializer)
SEARCH_FIELDS = described(serializers.SearchHitSerializer)

ENDPOINTS = {
    "articles": {
        "parameters": taken(filters.ArticleFilter),
        "fields": ARTICLE_FIELDS,
        "detail": "/api/articles/<id>/ adds "
        + ", ".join(sorted(ARTICLE_DETAIL_FIELDS.keys() - ARTICLE_FIELDS.keys())),
    },
    "speakers": {
        "parameters": taken(filters.SpeakerFilter),
        "fields": SPEAKER_FIELDS,
        "detail": "/api/speakers/<id>/",
    },
    "quotes": {
        "parameters": taken(filters.QuoteFilter),
        "fields": QUOTE_FIELDS,
        "detail": "/api/quotes/<id>/",
    },
    "search": {
        "parameters": {parameter.name: parameter.description for parameter in SEARCH_PARAMETERS},
        "fields": SEARCH_FIELDS,
        "detail": "returns {query, count, page, num_pages, next, results}, best match first",
    },
}
