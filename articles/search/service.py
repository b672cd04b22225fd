"""Search: the one place views go to query the index, whichever engine holds it (engines.py).

``search(params)`` answers a results page: hits with marked titles and snippets (or quotations),
the count, facets and attention over time on the whole matching set, and, when nothing matches,
a spelling suggestion and the same search with each filter removed.
"""

from django.core.paginator import Paginator

from articles.models import Article, Quote

from .cache import cached
from .chart import is_short_span
from .engines import QUOTE, Found, View, get_engine
from .facets import date_entries, language_entries, outlet_entries, speaker_entries
from .marks import Marks
from .params import QUOTES, RELEVANCE, SearchParams
from .results import Alternative, ArticleHit, Facet, QuoteHit, SearchResults
from .snippets import mark_all, snippet
from .typed import normalise

PER_PAGE = 20
ALSO_IN_LIMIT = 12


def search(params: SearchParams, per_page: int = PER_PAGE) -> SearchResults:
    """One page of results for ``params``, with everything the results page shows beside it."""
    if params.is_empty:
        return SearchResults(params)
    view = get_engine().view()
    if view is None:
        return SearchResults(params, unavailable=True)
    found = find(view, params, best=_ranked_needed(params, per_page))
    if params.mode == QUOTES:
        results = _quote_results(view, found, params, per_page)
    else:
        results = _article_results(view, found, params, per_page)
    _add_overview(view, found, results)
    results.notices = [*found.notices, *_cut_prefix_notices(found.cut_prefixes)]
    if results.count == 0:
        results.suggestion = _suggestion(view, params)
        results.relaxations = _relaxations(view, params)
    return results


def _ranked_needed(params: SearchParams, per_page: int) -> int:
    """How many documents a page needs ranked by relevance (quotation pages more: duplicates fold)."""
    if params.sort != RELEVANCE:
        return 0
    return params.page * per_page * (2 if params.mode == QUOTES else 1)


def search_articles(raw_query: str, page_number: int = 1, per_page: int = PER_PAGE) -> SearchResults:
    """A page of articles for a query typed as on the search page (the feeds and the JSON API)."""
    return search(SearchParams(q=normalise(raw_query), page=max(1, page_number)), per_page)


def filter_choices() -> dict[str, list[str]]:
    """The outlets and languages the index holds, for the search form's lists."""
    engine = get_engine()
    view = engine.view()
    if view is None:
        return {"outlets": [], "languages": []}
    return engine.choices(view)


def find(view: View, params: SearchParams, best: int = 0) -> Found:
    """What ``params`` matches; ``best``: how many documents the page needs ranked by relevance."""
    return get_engine().find(view, params, best=best)


def _cut_prefix_notices(cut: tuple[str, ...]) -> tuple[str, ...]:
    if not cut:
        return ()
    listed = ", ".join(f"{prefix}*" for prefix in cut)
    return (
        f"{listed}: more words start with this than one search looks at; the first ones "
        "in alphabetical order were searched.",
    )


def count_only(view: View, params: SearchParams) -> int:
    return _count(view, find(view, params))


def _count(view: View, found: Found) -> int:
    """Articles matched, or distinct quotations (a quotation carried by several outlets counts once)."""
    engine = get_engine()
    if found.kind == QUOTE:
        return cached(view, ("groups", found.key), lambda: engine.group_count(view, found))
    return cached(view, ("count", found.key), lambda: engine.count(view, found))


def _article_results(view: View, found: Found, params, per_page) -> SearchResults:
    count = _count(view, found)
    page = Paginator(range(count), per_page).get_page(params.page)
    start, stop = page.start_index() - 1, page.end_index()
    pks = get_engine().page(view, found, params.sort, start, stop) if count else []
    hits = article_hits(pks, get_engine().marks(found))
    return SearchResults(params, count=count, page=page, hits=hits, plain_words=found.plain_words)


def article_hits(pks: list[int], marks: Marks) -> list[ArticleHit]:
    articles = Article.objects.published().in_bulk(pks)
    return [
        ArticleHit(article, mark_all(article.title, marks), snippet(article.body, marks))
        for article in (articles.get(pk) for pk in pks)
        if article is not None
    ]


def _quote_results(view: View, found: Found, params, per_page) -> SearchResults:
    count = _count(view, found)
    page = Paginator(range(count), per_page).get_page(params.page)
    start, stop = page.start_index() - 1, page.end_index()
    pk_groups = get_engine().quote_page(view, found, params.sort, start, stop, ALSO_IN_LIMIT) if count else []
    hits = quote_hits(pk_groups, get_engine().marks(found))
    return SearchResults(params, count=count, page=page, hits=hits, plain_words=found.plain_words)


def quote_hits(pk_groups: list[list[int]], marks: Marks) -> list[QuoteHit]:
    quotes = Quote.objects.published().in_bulk([pk for group in pk_groups for pk in group])
    hits = []
    for group in pk_groups:
        present = [quotes[pk] for pk in group if pk in quotes]
        if present:
            leader, others = present[0], _other_articles(present)
            hits.append(QuoteHit(leader, mark_all(leader.text, marks), others))
    return hits


def _other_articles(quotes: list[Quote]) -> list[Quote]:
    seen, others = {quotes[0].article_id}, []
    for quote in quotes[1:]:
        if quote.article_id not in seen:
            seen.add(quote.article_id)
            others.append(quote)
    return others


def _add_overview(view: View, found: Found, results: SearchResults):
    counts = _counts(view, found)
    params = results.params
    results.facets = [
        Facet("Outlet", outlet_entries(_counts_without(view, counts, params, outlets=()), params), True),
        Facet("Speaker", speaker_entries(_counts_without(view, counts, params, speaker=""), params)),
        Facet("Date", date_entries(counts, params)),
        Facet("Language", language_entries(_counts_without(view, counts, params, language=""), params)),
    ]
    results.attention = sorted(counts.months.items())
    if is_short_span(results.attention):
        engine = get_engine()
        results.attention_days = cached(view, ("days", found.key), lambda: engine.day_counts(view, found))


def _counts(view: View, found: Found):
    engine = get_engine()
    return cached(view, ("facets", found.key), lambda: engine.facet_counts(view, found))


def _counts_without(view: View, counts, params: SearchParams, **cleared):
    """Facet counts of the search without one of its filters, so that a facet lists the values
    not chosen beside the chosen ones, and choosing another widens the search (or switches it)."""
    looser = params.but(**cleared)
    if looser == params.but():
        return counts
    return _counts(view, find(view, looser))


def _suggestion(view: View, params: SearchParams) -> Alternative | None:
    if not params.q:
        return None
    corrected = get_engine().did_you_mean(view, params.q)
    if corrected is None or corrected == params.q:
        return None
    alternative = params.but(q=corrected)
    count = count_only(view, alternative)
    return Alternative(corrected, alternative.query_string(), count) if count else None


def _relaxations(view: View, params: SearchParams) -> list[Alternative]:
    relaxations = []
    for kind, label, value in params.active_filters():
        looser = params.without_filter(kind, value)
        relaxations.append(Alternative(label, looser.query_string(), count_only(view, looser)))
    return relaxations


def similar_article_ids(text: str, *, outlet: str | None, start, end, limit: int) -> list[int]:
    """Up to ``limit`` ids of articles most like ``text``, not of ``outlet``, dated ``start`` to ``end``
    (candidates for other coverage, ``articles.related``)."""
    return get_engine().similar_article_ids(text, outlet=outlet, start=start, end=end, limit=limit)
