"""The calls into Whoosh: which documents match, in which order. Nothing else talks to the engine.

Matching sets are computed once per snapshot and query and cached, so paging through results,
drawing the chart and exporting reuse them. A first relevance search finds the matching set and
the top of the ranking in one pass over the postings; later pages score only what they need.
"""

import heapq
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from whoosh import query as wq
from whoosh.collectors import FilterCollector, TopCollector

from ..cache import MISSING, cached, peek, store
from ..engines import Matches
from ..limits import MAX_EXPANDED_WORDS, MAX_PREFIX_WORDS
from ..params import OLDEST, RELEVANCE, SearchParams
from ..snippets import term_of
from .phrases import through_pairs
from .prefixes import joined, prefix_query
from .snapshot import Snapshot

SPELLING_PREFIX = "spell_"
NO_DATE = datetime.min


@dataclass(frozen=True)
class Runnable:
    query: wq.Query
    cut_prefixes: tuple[str, ...]  # prefixes that stood for more words than were searched


def runnable(snapshot: Snapshot, q: wq.Query) -> wq.Query:
    """``q`` with its prefixes expanded into the words of this snapshot that start with them, and its
    exact phrases answered through word pairs (phrases.py) when the index holds them.

    The parser sends prefixes to the unstemmed spelling fields (see query.py); those only list the
    archive's words, so here each word found is turned into its stem in the field searched. A query's
    prefixes share ``MAX_EXPANDED_WORDS`` words, each taking at most ``MAX_PREFIX_WORDS``."""
    return _runnable(snapshot, q).query


def cut_prefixes(snapshot: Snapshot, q: wq.Query) -> tuple[str, ...]:
    """The prefixes of ``q`` that stood for more archive words than the search looked at."""
    return _runnable(snapshot, q).cut_prefixes


def _runnable(snapshot: Snapshot, q: wq.Query) -> Runnable:
    prefixes = [node for node in q.leaves() if _is_prefix(node)]
    allowance = min(MAX_PREFIX_WORDS, MAX_EXPANDED_WORDS // max(1, len(prefixes)))
    cut = []

    def rewrite(node, reader):
        if _is_prefix(node):
            words = list(islice(reader.expand_prefix(node.fieldname, node.text), allowance + 1))
            if len(words) > allowance:
                cut.append(node.text)
            stems = sorted({term_of(_text(word)) for word in words[:allowance]} - {""})
            field_name = node.fieldname.removeprefix(SPELLING_PREFIX)
            return prefix_query(reader, field_name, node.text, stems, node.boost)
        if isinstance(node, wq.Phrase) and snapshot.has_word_pairs:
            return through_pairs(node, snapshot.schema)
        return node.apply(lambda child: rewrite(child, reader))

    def compute():
        with snapshot.searching() as searcher:
            query = joined(rewrite(q, searcher.reader()))
        return Runnable(query, tuple(dict.fromkeys(cut)))

    return cached(snapshot, ("runnable", repr(q)), compute)


def _is_prefix(node) -> bool:
    return isinstance(node, wq.Prefix) and node.fieldname.startswith(SPELLING_PREFIX)


def _text(word):
    return word.decode("utf-8") if isinstance(word, bytes) else word


def query_docs(snapshot: Snapshot, q: wq.Query) -> set[int]:
    """Every document ``q`` matches, deleted ones aside (kinds are filtered later)."""

    def compute():
        if q is wq.NullQuery:
            return set()
        runnable_q = runnable(snapshot, q)
        with snapshot.searching() as searcher:
            return set(runnable_q.docs(searcher))

    return cached(snapshot, ("query", repr(q)), compute)


def filter_key(params: SearchParams) -> tuple:
    return (params.outlets, params.speaker, params.language, params.start, params.end)


def allowed_docs(snapshot: Snapshot, kind: str, params: SearchParams) -> set[int]:
    """Documents of ``kind`` that pass the filters in ``params`` (outlets, speaker, language, dates)."""
    return cached(snapshot, ("filters", kind, filter_key(params)), lambda: _filter(snapshot, kind, params))


def _filter(snapshot: Snapshot, kind: str, params: SearchParams) -> set[int]:
    columns = snapshot.columns
    docs = snapshot.docs_by_kind[kind]
    if params.outlets:
        wanted = set(params.outlets)
        docs = [doc for doc in docs if columns.outlet[doc] in wanted]
    if params.speaker:
        docs = [doc for doc in docs if params.speaker in columns.speakers[doc]]
    if params.language:
        docs = [doc for doc in docs if columns.language[doc] == params.language]
    if params.start or params.end:
        start, end = params.start or datetime.min, params.end or datetime.max
        docs = [doc for doc in docs if (day := columns.published[doc]) is not None and start <= day <= end]
    return set(docs)


def matching(snapshot: Snapshot, q: wq.Query, kind: str, params: SearchParams, best: int = 0) -> Matches:
    """The documents of ``kind`` that ``q`` and the filters match; with ``best``, also the top
    ``best`` by relevance, found in the same pass over the postings and remembered with them.
    (Once the set is known, deeper pages are ranked by Whoosh's own search, which skips blocks.)"""
    key = ("matching", repr(q), kind, filter_key(params))
    known = peek(snapshot, key)
    if known is not MISSING:
        return known
    allowed = allowed_docs(snapshot, kind, params)
    if best and allowed and q is not wq.NullQuery and not isinstance(q, wq.Every):
        docs, top = _scored_pass(snapshot, q, allowed, best)
        return store(snapshot, key, Matches(docs, top))
    return store(snapshot, key, Matches(query_docs(snapshot, q) & allowed))


class RecordingTopCollector(TopCollector):
    """Whoosh's top-N collector, noting every document it scores (so no blocks may be skipped)."""

    def __init__(self, limit):
        super().__init__(limit=limit, usequality=False)
        self.seen = []

    def _collect(self, global_docnum, score):
        self.seen.append(global_docnum)
        return super()._collect(global_docnum, score)


def _scored_pass(snapshot: Snapshot, q: wq.Query, allowed: set[int], limit: int):
    recorder = RecordingTopCollector(limit)
    collector = FilterCollector(recorder, allow=allowed)
    runnable_q = runnable(snapshot, q)
    with snapshot.searching() as searcher:
        searcher.search_with_collector(runnable_q, collector)
        top = [doc for _score, doc in collector.results().top_n]
    return set(recorder.seen), top


def ranked(snapshot: Snapshot, q: wq.Query, matches: Matches, sort: str, limit: int | None) -> list[int]:
    """The first ``limit`` matching documents (all of them for None) in the order asked for."""
    matching = matches.docs
    if not matching:
        return []
    relevance = sort == RELEVANCE and not isinstance(q, wq.Every)
    if relevance and matches.best is not None and limit is not None and len(matches.best) >= limit:
        return matches.best[:limit]
    if relevance and matches.best is not None and len(matches.best) == len(matching):
        return matches.best[:limit]
    if relevance:
        runnable_q = runnable(snapshot, q)
        with snapshot.searching() as searcher:
            results = searcher.search(runnable_q, filter=matching, limit=limit)
            return [doc for _score, doc in results.top_n]
    return by_date(snapshot, matching, newest_first=sort != OLDEST, limit=limit)


def by_date(snapshot: Snapshot, docs, *, newest_first: bool, limit: int | None) -> list[int]:
    """Documents by publication date; undated ones last either way."""
    published = snapshot.columns.published
    if newest_first:

        def key(doc):
            return (published[doc] or NO_DATE, doc)

        pick = heapq.nlargest
    else:

        def key(doc):
            return (published[doc] is None, published[doc] or NO_DATE, doc)

        pick = heapq.nsmallest
    if limit is None:
        return sorted(docs, key=key, reverse=newest_first)
    return pick(limit, docs, key=key)
