"""How the archive's writers encode a segment: Whoosh's own codec, with short posting lists inline.

Whoosh writes every term's postings as a pickled, compressed block with a header of its own, even
for a term found in a single document, as most terms of a news archive are (word pairs, names, rare
words). The codec can keep the postings of rare terms inside the term index instead ("inlined"),
but Whoosh 2.7.4 never does: its posting writer calls a method the term info does not have
(``set_inline``, not ``set_inlined``), so the default limit of 1 document is never reached without
failing. ``apply()`` mends that and what goes wrong reading and merging inlined postings; segments
written either way are read alike (each term says how it is stored). Inlining the terms of fewer
than 8 documents makes the index 17% smaller (500 synthetic articles: 94.5 to 78.6 kB an article,
benchmarks/indexing.py) at the same CPU time.
"""

from whoosh.codec.whoosh3 import W3Codec, W3TermInfo
from whoosh.matching.mcore import ListMatcher

# Terms found in fewer documents than this keep their postings in the term index.
INLINE_POSTINGS = 8


def segment_codec() -> W3Codec:
    return W3Codec(inlinelimit=INLINE_POSTINGS)


def _set_inline(self, ids, weights, values):
    # A field indexed without frequencies or positions has no values: a None for each posting, as
    # Whoosh's block reader gives (an empty tuple would read as an empty string, which a merge refuses).
    self._inlined = (tuple(ids), tuple(weights), tuple(values) or (None,) * len(ids))


def _copy(self):
    # Whoosh's copy drops the term and its term info, which scoring by blocks then asks for.
    return self.__class__(
        self._ids,
        self._weights,
        self._values,
        self._format,
        self._scorer,
        self._i,
        self._all_weights,
        self._term,
        self._terminfo,
    )


def apply():
    W3TermInfo.set_inline = _set_inline
    ListMatcher.copy = _copy
