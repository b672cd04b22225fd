"""Whole result sets as rows, for CSV and JSON downloads; fetched from the database in batches."""

from collections.abc import Callable, Iterator

from articles.models import Article, Quote
from articles.presentation.dates import published_iso

from .engines import get_engine
from .params import QUOTES, SearchParams
from .service import find

BATCH = 500
ARTICLE_COLUMNS = ["id", "title", "outlet", "published", "language", "url"]
QUOTE_COLUMNS = [
    "id", "quote", "speaker", "unnamed_source", "role", "outlet", "published", "article_title", "url",
]  # fmt: skip


def export_columns(params: SearchParams) -> list[str]:
    return QUOTE_COLUMNS if params.mode == QUOTES else ARTICLE_COLUMNS


def export_rows(params: SearchParams, absolute: Callable[[str], str]) -> Iterator[dict]:
    """Every result of ``params`` in the order the pages show them (each quotation occurrence once)."""
    engine = get_engine()
    view = engine.view()
    if view is None or params.is_empty:
        return
    pks = engine.page(view, find(view, params), params.sort, 0, None)
    to_row = _quote_row if params.mode == QUOTES else _article_row
    queryset = Quote.objects.published() if params.mode == QUOTES else Article.objects.published()
    for start in range(0, len(pks), BATCH):
        batch = pks[start : start + BATCH]
        objects = queryset.in_bulk(batch)
        for pk in batch:
            if pk in objects:
                yield to_row(objects[pk], absolute)


def _published(article: Article) -> str:
    return published_iso(article)


def _article_row(article: Article, absolute) -> dict:
    return {
        "id": article.pk,
        "title": article.title,
        "outlet": article.outlet.name if article.outlet else "",
        "published": _published(article),
        "language": article.language,
        "url": absolute(article.get_absolute_url()),
    }


def _quote_row(quote: Quote, absolute) -> dict:
    return {
        "id": quote.pk,
        "quote": quote.text,
        "speaker": quote.speaker.name if quote.speaker else quote.speaker_as_written,
        "unnamed_source": quote.unnamed_source,
        "role": quote.role or (quote.speaker.role if quote.speaker else ""),
        "outlet": quote.article.outlet.name if quote.article.outlet else "",
        "published": _published(quote.article),
        "article_title": quote.article.title,
        "url": absolute(quote.get_absolute_url()),
    }
