"""Article search: the one place views go to query the index."""

import logging
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from haystack.query import SearchQuerySet

from articles.models import Article

from .query import article_query, normalise, words_to_mark
from .snippets import mark_terms, query_terms, snippet

log = logging.getLogger(__name__)
PER_PAGE = 20


@dataclass
class Hit:
    article: Article
    title: str
    snippet: str


@dataclass
class ArticleResults:
    query: str
    page: Page | None = None
    hits: list[Hit] = field(default_factory=list)

    @property
    def count(self) -> int:
        return self.page.paginator.count if self.page else 0


def search_articles(raw_query: str, page_number=1, per_page: int = PER_PAGE) -> ArticleResults:
    """The page of articles matching ``raw_query``, with marked titles and snippets."""
    query = normalise(raw_query)
    if not query:
        return ArticleResults(query="")
    results = SearchQuerySet().models(Article).filter(content=article_query(query))
    page = Paginator(results, per_page).get_page(page_number)
    return ArticleResults(query=query, page=page, hits=_hits(page, query_terms(words_to_mark(query))))


def _hits(page: Page, terms) -> list[Hit]:
    ids = [int(result.pk) for result in page.object_list]
    articles = Article.objects.published().in_bulk(ids)
    return [
        Hit(
            article=articles[pk],
            title=mark_terms(articles[pk].title, terms),
            snippet=snippet(articles[pk].body, terms),
        )
        for pk in ids
        if pk in articles
    ]
