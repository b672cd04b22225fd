"""Exact phrases found through an index of word pairs, with the matches Whoosh's phrase query finds.

Whoosh answers ``"the minister"`` by reading the word positions of every document holding both
words and checking them in Python: thousands of documents for common words. The text fields have
twins (``text_pairs``, ``title_pairs``) holding each pair of neighbouring terms as one term
("the minist"), so:

- a two-word phrase is the documents holding its pair: one term look-up, and exactly the documents
  where the two terms stand side by side, which is what Whoosh's phrase query matches;
- a longer phrase is narrowed to the documents holding all of its pairs, and only those have their
  positions checked (the pairs alone would also match "a b" and "b c" far apart).

Scores are the ones Whoosh's phrase query gives (the sum of its words' scores), so rankings and
phrases combined with other words are unchanged.
"""

from whoosh import query as wq
from whoosh.matching import IntersectionMatcher, ListMatcher, NullMatcher, WrappingMatcher
from whoosh.util import make_binary_tree

from ..analysis import word_pairs

PAIRS_SUFFIX = "_pairs"


def pairs_field(fieldname: str) -> str:
    """The name of the field holding ``fieldname``'s word pairs."""
    return f"{fieldname}{PAIRS_SUFFIX}"


def through_pairs(phrase: wq.Phrase, schema) -> wq.Query:
    """``phrase`` answered through word pairs when its field has them (and it is exact)."""
    return PairedPhrase.replacing(phrase) if _pairable(phrase, schema) else phrase


def _pairable(phrase: wq.Phrase, schema) -> bool:
    return phrase.slop == 1 and len(phrase.words) > 1 and pairs_field(phrase.fieldname) in schema


class PairedPhrase(wq.Query):
    """The documents where ``words`` stand side by side in ``fieldname``, found through word pairs."""

    def __init__(self, fieldname: str, words: list[str], boost: float = 1.0):
        self.fieldname = fieldname
        self.words = list(words)
        self.boost = boost

    @classmethod
    def replacing(cls, phrase: wq.Phrase) -> "PairedPhrase":
        return cls(phrase.fieldname, phrase.words, boost=phrase.boost)

    def _key(self):
        return (self.fieldname, tuple(self.words), self.boost)

    def __eq__(self, other):
        return type(other) is type(self) and other._key() == self._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"{type(self).__name__}({self.fieldname!r}, {self.words!r}, boost={self.boost:f})"

    def has_terms(self):
        return True

    def terms(self, phrases=False):
        if phrases:
            for word in self.words:
                yield (self.fieldname, word)

    def estimate_size(self, ixreader):
        return self.pairs_query().estimate_size(ixreader)

    def pairs_query(self) -> wq.Query:
        pairs = dict.fromkeys(word_pairs(self.words))  # "the the the" needs "the the" once
        return wq.And([wq.Term(pairs_field(self.fieldname), pair) for pair in pairs])

    def docs(self, searcher):
        return iter(self.matching_docs(searcher))

    def matching_docs(self, searcher) -> list[int]:
        """The documents this phrase matches, ascending."""
        reader = searcher.reader()
        if any((self.fieldname, word) not in reader for word in self.words):
            return []
        docs = list(self.pairs_query().matcher(searcher).all_ids())
        if len(self.words) > 2:
            docs = phrase_docs(searcher, self.fieldname, self.words, docs)
        return docs

    def matcher(self, searcher, context=None):
        docs = self.matching_docs(searcher)
        if not docs:
            return NullMatcher()
        # Scored as Whoosh scores a phrase: its words' matchers joined the same way, boost applied last.
        words = [wq.Term(self.fieldname, word).matcher(searcher, context) for word in self.words]
        matcher = IntersectionMatcher(UnscoredDocs(docs), make_binary_tree(IntersectionMatcher, words))
        return WrappingMatcher(matcher, boost=self.boost) if self.boost != 1.0 else matcher


class UnscoredDocs(ListMatcher):
    """A known list of documents that adds nothing to a score."""

    def score(self):
        return 0.0


def phrase_docs(searcher, fieldname: str, words: list[str], candidates: list[int]) -> list[int]:
    """The ``candidates`` (ascending) where ``words`` stand at consecutive positions of ``fieldname``.

    Each word's postings are read once, skipping from candidate to candidate."""
    reader, field = searcher.reader(), searcher.schema[fieldname]
    postings = {word: reader.postings(fieldname, field.to_bytes(word)) for word in set(words)}
    found = []
    for doc in candidates:
        positions = {}
        for word, matcher in postings.items():
            matcher.skip_to(doc)
            positions[word] = matcher.value_as("positions")
        if has_run(words, positions):
            found.append(doc)
    return found


def has_run(words: list[str], positions: dict[str, list[int]]) -> bool:
    """Whether some position p has ``words[i]`` at p + i for every i (sets shifted and intersected,
    the word with the fewest positions first)."""
    starts = None
    for offset, word in sorted(enumerate(words), key=lambda item: len(positions[item[1]])):
        shifted = set(map((-offset).__add__, positions[word]))
        starts = shifted if starts is None else starts & shifted
        if not starts:
            return False
    return True
