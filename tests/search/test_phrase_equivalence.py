"""Phrases through word pairs against Whoosh's own phrase query, on many generated texts and phrases.

Few words, repeated often, with punctuation, case, accents and plurals between them: most phrases
match somewhere, and many longer ones have all their pairs in a document but not in one run.
"""

import random

import pytest
from haystack import connections
from whoosh.filedb.filestore import RamStorage
from whoosh.query import Phrase

from articles.search.query import parse
from articles.search.whoosh.phrases import PairedPhrase

pytestmark = pytest.mark.slow  # hundreds of generated documents and phrases

WORDS = ["the", "The", "minister", "Ministers", "minister's", "said", "talks", "of", "a", "peace", "paix"]
WORDS += ["négociations", "Negociations", "U.N.", "pro-Russian", "Russian"]
PUNCTUATION = ["", "", "", "", ",", ".", ";", " -", ":", "?"]
SEGMENTS, DOCUMENTS_PER_SEGMENT, DELETED = 3, 150, 40


def archive_schema():
    unified = connections["default"].get_unified_index()
    return connections["default"].get_backend().build_schema(unified.all_searchfields())[1]


def text(rng, length) -> str:
    return " ".join(rng.choice(WORDS) + rng.choice(PUNCTUATION) for _ in range(length))


@pytest.fixture(scope="module")
def searcher():
    """An index of generated texts in several segments, some documents deleted."""
    rng = random.Random(6)
    ix = RamStorage().create_index(archive_schema())
    for _ in range(SEGMENTS):
        writer = ix.writer()
        for _ in range(DOCUMENTS_PER_SEGMENT):
            body, title = text(rng, rng.randint(0, 40)), text(rng, rng.randint(0, 6))
            writer.add_document(text=body, text_pairs=body, title=title, title_pairs=title)
        writer.commit(merge=False)
    writer = ix.writer()
    for doc in rng.sample(range(SEGMENTS * DOCUMENTS_PER_SEGMENT), DELETED):
        writer.delete_document(doc)
    writer.commit(merge=False)
    with ix.searcher() as searcher:
        yield searcher


def typed_phrases(rng, count):
    """Phrases as users type them: words in any order, or a stretch of text with its punctuation."""
    for n in range(count):
        field = "title:" if n % 5 == 0 else ""
        words = text(rng, rng.randint(2, 5)) if n % 2 else " ".join(rng.choices(WORDS, k=rng.randint(2, 5)))
        yield f'{field}"{words}"'


def phrases(searcher, count=300):
    rng = random.Random(9)
    for typed in typed_phrases(rng, count):
        q = parse(typed, searcher.schema).query
        if isinstance(q, Phrase):
            yield q


def test_the_same_documents_match(searcher):
    checked = 0
    for phrase in phrases(searcher):
        ours = PairedPhrase.replacing(phrase, searcher.schema).docs(searcher)
        assert sorted(ours) == sorted(phrase.docs(searcher)), phrase
        checked += 1
    assert checked > 250


def test_the_same_documents_match_with_the_same_scores(searcher):
    for phrase in phrases(searcher, count=200):
        ours = searcher.search(PairedPhrase.replacing(phrase, searcher.schema), limit=None)
        whooshs = searcher.search(phrase, limit=None)
        assert [(hit.docnum, hit.score) for hit in ours] == [(hit.docnum, hit.score) for hit in whooshs]


def test_the_cases_are_not_trivial(searcher):
    """Many phrases match; some longer ones have every pair in a document that lacks the phrase."""
    matching = narrowed_but_not_matching = 0
    for phrase in phrases(searcher):
        paired = PairedPhrase.replacing(phrase, searcher.schema)
        matches = set(phrase.docs(searcher))
        matching += bool(matches)
        narrowed_but_not_matching += bool(set(paired.pairs_query().docs(searcher)) - matches)
    assert matching > 120
    assert narrowed_but_not_matching > 50
