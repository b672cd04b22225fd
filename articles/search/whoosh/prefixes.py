"""Prefix queries (``negotiat*``) at a cost that does not grow with how many words they expand to.

A prefix becomes the stems of the archive's words that start with it (engine.runnable). A few stems
are searched as Whoosh's ``Or`` of terms, scored like any word. Many stems ("s*" is a thousand
words) would make that ``Or`` a matcher tree a thousand leaves deep, walked document by document:
seconds per query, minutes for a few such prefixes in one query. So beyond ``SCORED_STEMS`` a prefix
is answered by reading each stem's postings once, a block at a time, into the set of documents
holding any of them, each scoring the same, as Lucene scores prefix queries by default ("constant
score rewrite"): the query's other words rank them. Prefixes joined by AND or OR are then joined
as sets, and a document scores once per prefix it matches.
"""

from array import array
from bisect import bisect_left
from collections import Counter

from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher

SCORED_STEMS = 8
CONSTANT_SCORE = 1.0


def prefix_query(reader, fieldname: str, prefix: str, stems: list[str], boost: float = 1.0) -> wq.Query:
    """The query for a prefix of ``fieldname`` that expanded into ``stems``, for ``reader``'s generation."""
    if not stems:
        return wq.NullQuery
    if len(stems) <= SCORED_STEMS:
        return wq.Or([wq.Term(fieldname, stem) for stem in stems])
    docs = dict.fromkeys(_docs_holding(reader, fieldname, stems), CONSTANT_SCORE * boost)
    return KnownDocs(f"{fieldname}:{prefix}*", docs, _layout(reader))


def _docs_holding(reader, fieldname: str, stems: list[str]) -> set[int]:
    docs = set()
    for leaf, offset in reader.leaf_readers():
        for stem in stems:
            if (fieldname, stem) in leaf:
                docs.update(offset + doc for doc in posting_ids(leaf.postings(fieldname, stem)))
    return docs


def posting_ids(matcher) -> list[int]:
    """Every document id of a fresh posting list; a block at a time from Whoosh's own codec, whose
    generic ``all_ids`` makes three Python calls per posting."""
    if not all(hasattr(matcher, name) for name in ("_read_ids", "_next_block", "_atend")):
        return list(matcher.all_ids())
    ids = []
    while matcher.is_active():
        matcher._read_ids()
        ids.extend(matcher._ids)
        matcher._next_block()
    return ids


def _layout(reader) -> dict:
    """Where each segment's documents start in the whole index's numbering, and how many it holds."""
    return {
        leaf.segment().segment_id(): (offset, leaf.doc_count_all())
        for leaf, offset in reader.leaf_readers()
        if leaf.is_atomic() and leaf.segment() is not None
    }


def joined(node: wq.Query) -> wq.Query:
    """``node`` with the ``KnownDocs`` among the children of each AND and OR joined into one."""
    node = node.apply(joined)
    if not isinstance(node, wq.And | wq.Or):
        return node
    known = [child for child in node.subqueries if isinstance(child, KnownDocs)]
    if len(known) < 2:
        return node
    together = KnownDocs.all_of(known) if isinstance(node, wq.And) else KnownDocs.any_of(known)
    others = [child for child in node.subqueries if not isinstance(child, KnownDocs)]
    return type(node)([*others, together], boost=node.boost) if others else together


class KnownDocs(wq.Query):
    """Documents found in advance (numbered as the whole index numbers them), each with its score.

    Kept as arrays, not Python objects: a snapshot's cache holds many of these."""

    def __init__(self, label: str, scores: dict[int, float], layout: dict):
        self.label = label
        self.layout = layout
        ordered = sorted(scores)
        self.ids = array("q", ordered)
        self.weights = array("d", (scores[doc] for doc in ordered))

    def scores(self) -> dict[int, float]:
        return dict(zip(self.ids, self.weights, strict=True))

    @classmethod
    def all_of(cls, parts: list["KnownDocs"]) -> "KnownDocs":
        scored = [part.scores() for part in parts]
        common = set.intersection(*(set(scores) for scores in scored))
        together = {doc: sum(scores[doc] for scores in scored) for doc in common}
        return cls(" AND ".join(part.label for part in parts), together, parts[0].layout)

    @classmethod
    def any_of(cls, parts: list["KnownDocs"]) -> "KnownDocs":
        together = Counter()
        for part in parts:
            together.update(part.scores())
        return cls(" OR ".join(part.label for part in parts), dict(together), parts[0].layout)

    def __eq__(self, other):
        return type(other) is type(self) and (other.label, other.ids) == (self.label, self.ids)

    def __hash__(self):
        return hash((self.label, len(self.ids)))

    def __repr__(self):
        return f"{type(self).__name__}({self.label!r}, {len(self.ids)} documents)"

    def estimate_size(self, ixreader):
        return len(self.ids)

    def docs(self, searcher):
        first, last, offset = self._span_for(searcher.reader())
        return (doc - offset for doc in self.ids[first:last])

    def matcher(self, searcher, context=None):
        first, last, offset = self._span_for(searcher.reader())
        if first == last:
            return NullMatcher()
        ids = [doc - offset for doc in self.ids[first:last]]
        return ListMatcher(ids, weights=list(self.weights[first:last]))

    def _span_for(self, reader) -> tuple[int, int, int]:
        """Where the documents of ``reader`` (one segment, or the whole index) lie in ``ids``, and the
        number of its first document in the whole index."""
        if not reader.is_atomic() or reader.segment() is None:
            return 0, len(self.ids), 0
        offset, count = self.layout.get(reader.segment().segment_id(), (0, 0))
        return bisect_left(self.ids, offset), bisect_left(self.ids, offset + count), offset
