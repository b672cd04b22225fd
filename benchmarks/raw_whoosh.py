"""The benchmark's baseline: the same searches in Whoosh alone, on a searcher opened once."""

import time
from datetime import datetime
from datetime import time as clock

from haystack import connections
from whoosh import index, query, sorting

from articles.search.query import parse

FACETS = {
    "outlet": sorting.FieldFacet("outlet_exact"),
    "speaker": sorting.FieldFacet("speakers_exact", allow_overlap=True),
    "month": sorting.FieldFacet("month"),
}
PER_PAGE = 20


class RawWhoosh:
    def __init__(self):
        self.ix = index.open_dir(connections["default"].options["PATH"])
        self.searcher = self.ix.searcher()

    def document_count(self) -> int:
        return self.searcher.doc_count()

    def page_with_facets(self, params) -> float:
        """Milliseconds for the count, the first page and facet counts over every match."""
        started = time.perf_counter()
        q, allowed, sortedby = self._query(params)
        results = self.searcher.search(
            q,
            filter=allowed,
            limit=PER_PAGE,
            groupedby=FACETS,
            maptype=sorting.Count,
            sortedby=sortedby,
            reverse=True,
        )
        assert len(results) >= 0 and all(results.groups(name) is not None for name in FACETS)
        if params.get("mode") == "quotes":
            self.searcher.search(q, filter=allowed, limit=None, groupedby="quote_key").groups("quote_key")
        return (time.perf_counter() - started) * 1000

    def top_page(self, params) -> float:
        """Milliseconds for Whoosh's first page alone."""
        started = time.perf_counter()
        q, allowed, sortedby = self._query(params)
        results = self.searcher.search(q, filter=allowed, limit=PER_PAGE, sortedby=sortedby, reverse=True)
        assert results.top_n is not None
        return (time.perf_counter() - started) * 1000

    def _query(self, params):
        quotes = params.get("mode") == "quotes"
        q = parse(params["q"], self.ix.schema, quotes=quotes).query
        conditions = [query.Term("django_ct", "articles.quote" if quotes else "articles.article")]
        if params.get("outlet"):
            conditions.append(query.Or([query.Term("outlet_exact", name) for name in params["outlet"]]))
        if params.get("from"):
            start = datetime.combine(datetime.fromisoformat(params["from"]).date(), clock.min)
            end = datetime.combine(datetime.fromisoformat(params["to"]).date(), clock.max)
            conditions.append(query.DateRange("published", start, end))
        sortedby = "published" if params.get("sort") == "newest" else None
        return q, query.And(conditions), sortedby
