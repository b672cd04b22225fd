"""Exact phrases found through an index of word pairs, with the matches Whoosh's phrase query finds.

Whoosh answers ``"the minister"`` by reading the word positions of every document holding both
words and checking them in Python: thousands of documents for common words. The text fields have
twins (``text_pairs``, ``title_pairs``) holding each pair of neighbouring frequent terms as one term
("the minist"; which terms are frequent is the index's choice, see pair_terms.py), so:

- a two-word phrase of frequent terms is the documents holding its pair: one term look-up, and
  exactly the documents where the two terms stand side by side, which is what Whoosh's phrase
  query matches;
- any other phrase is narrowed to the documents holding all of its indexed pairs and its other
  words, and only those have their positions checked (the pairs alone would also match "a b" and
  "b c" far apart). A rare word narrows as well as a pair: few documents hold it.

Scores are the ones Whoosh's phrase query gives (the sum of its words' scores), so rankings and
phrases combined with other words are unchanged.
"""

from whoosh import query as wq
from whoosh.matching import IntersectionMatcher, ListMatcher, NullMatcher, WrappingMatcher
from whoosh.util import make_binary_tree

from ..analysis import PAIR_SEPARATOR, paired_terms, word_pairs

PAIRS_SUFFIX = "_pairs"


def pairs_field(fieldname: str) -> str:
    """The name of the field holding ``fieldname``'s word pairs."""
    return f"{fieldname}{PAIRS_SUFFIX}"


def through_pairs(phrase: wq.Phrase, schema) -> wq.Query:
    """``phrase`` answered through word pairs when its field has them (and it is exact)."""
    return PairedPhrase.replacing(phrase, schema) if _pairable(phrase, schema) else phrase


def _pairable(phrase: wq.Phrase, schema) -> bool:
    return phrase.slop == 1 and len(phrase.words) > 1 and pairs_field(phrase.fieldname) in schema


def indexed_pairs(words: list[str], schema, fieldname: str) -> list[str]:
    """The pairs of ``words`` the index holds in ``fieldname``'s pairs field, each once."""
    terms = paired_terms(schema[pairs_field(fieldname)].analyzer)
    pairs = zip(words, words[1:], strict=False)
    kept = [(a, b) for a, b in pairs if terms is None or (a in terms and b in terms)]
    return list(dict.fromkeys(word_pairs([a, b])[0] for a, b in kept))  # "the the the": "the the" once


class PairedPhrase(wq.Query):
    """The documents where ``words`` stand side by side in ``fieldname``, found through the word
    ``pairs`` the index holds (all of the phrase's when None)."""

    def __init__(self, fieldname: str, words: list[str], boost: float = 1.0, pairs=None):
        self.fieldname = fieldname
        self.words = list(words)
        self.boost = boost
        self.pairs = list(dict.fromkeys(word_pairs(self.words))) if pairs is None else list(pairs)

    @classmethod
    def replacing(cls, phrase: wq.Phrase, schema) -> "PairedPhrase":
        pairs = indexed_pairs(phrase.words, schema, phrase.fieldname)
        return cls(phrase.fieldname, phrase.words, boost=phrase.boost, pairs=pairs)

    def _key(self):
        return (self.fieldname, tuple(self.words), self.boost, tuple(self.pairs))

    def __eq__(self, other):
        return type(other) is type(self) and other._key() == self._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        name, fields = type(self).__name__, f"{self.fieldname!r}, {self.words!r}"
        return f"{name}({fields}, boost={self.boost:f}, pairs={self.pairs!r})"

    def has_terms(self):
        return True

    def terms(self, phrases=False):
        if phrases:
            for word in self.words:
                yield (self.fieldname, word)

    def estimate_size(self, ixreader):
        return self.pairs_query().estimate_size(ixreader)

    def pairs_query(self) -> wq.Query:
        """The documents holding the phrase's indexed pairs and the words no such pair holds."""
        paired = {word for pair in self.pairs for word in pair.split(PAIR_SEPARATOR)}
        words = [word for word in dict.fromkeys(self.words) if word not in paired]
        terms = [wq.Term(pairs_field(self.fieldname), pair) for pair in self.pairs]
        return wq.And(terms + [wq.Term(self.fieldname, word) for word in words])

    def exact_by_pairs(self) -> bool:
        """Whether holding the pairs is holding the phrase: two words whose pair is indexed."""
        return len(self.words) == 2 and len(self.pairs) == 1

    def docs(self, searcher):
        return iter(self.matching_docs(searcher))

    def matching_docs(self, searcher) -> list[int]:
        """The documents this phrase matches, ascending."""
        reader = searcher.reader()
        if any((self.fieldname, word) not in reader for word in self.words):
            return []
        docs = list(self.pairs_query().matcher(searcher).all_ids())
        if not self.exact_by_pairs():
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
