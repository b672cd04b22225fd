"""What a results page shows, as plain data for the templates (links prepared, nothing to compute)."""

from dataclasses import dataclass, field

from django.core.paginator import Page

from articles.models import Article, Quote

from .facets import FacetEntry
from .params import ARTICLES, QUOTES, RELEVANCE, SearchParams
from .typed import without_quote_prefix


@dataclass
class ArticleHit:
    article: Article
    title: str
    snippet: str


@dataclass
class QuoteHit:
    quote: Quote
    text: str
    also_in: list[Quote]

    @property
    def role(self) -> str:
        """The speaker's role as this article gives it, else as the archive knows the speaker."""
        speaker = self.quote.speaker
        return self.quote.role or (speaker.role if speaker else "")


@dataclass
class Facet:
    title: str
    entries: list[FacetEntry]
    several: bool = False  # values combine (outlets); otherwise choosing one replaces the other


@dataclass
class Alternative:
    """Another search to try: a spelling suggestion, or this search with one filter removed."""

    label: str
    query_string: str
    count: int


@dataclass
class SearchResults:
    params: SearchParams
    count: int = 0
    page: Page | None = None
    hits: list = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)
    # Matches per month ("2019-01", count), oldest first; per day ("2019-01-27") over short spans only.
    attention: list[tuple[str, int]] = field(default_factory=list)
    attention_days: list[tuple[str, int]] = field(default_factory=list)
    suggestion: Alternative | None = None
    relaxations: list[Alternative] = field(default_factory=list)
    plain_words: bool = False
    notices: list[str] = field(default_factory=list)  # what the limits on one query left out
    unavailable: bool = False

    @property
    def query(self) -> str:
        return self.params.q

    @property
    def quotes(self) -> bool:
        return self.params.mode == QUOTES

    @property
    def previous_page_query(self) -> str:
        return self.params.but(page=self.page.previous_page_number()).query_string()

    @property
    def next_page_query(self) -> str:
        return self.params.but(page=self.page.next_page_number()).query_string()

    @property
    def articles_query(self) -> str:
        return self.params.but(mode=ARTICLES, q=without_quote_prefix(self.params.q)).query_string()

    @property
    def quotes_query(self) -> str:
        return self.params.but(mode=QUOTES).query_string()

    @property
    def export_query(self) -> str:
        """This search, all of it: no page."""
        return self.params.but(page=1).query_string()

    @property
    def settings_count(self) -> int:
        """How many filters, and a sort other than relevance, shape these results."""
        return len(self.params.active_filters()) + (self.params.sort != RELEVANCE)

    @property
    def removable_filters(self) -> list[tuple[str, str]]:
        return [
            (label, self.params.without_filter(kind, value).query_string())
            for kind, label, value in self.params.active_filters()
        ]
