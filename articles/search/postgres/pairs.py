"""Which terms' pairs the search rows hold: those of frequent terms only, chosen at a full build.

As in the Whoosh index (whoosh/pair_terms.py), a phrase is answered from the pairs of neighbouring
terms because checking positions costs a look at every document holding all its words: thousands
when they are all frequent ("the foreign minister"), a few when one is rare. Pairs of rare terms
are most pairs and would triple the rows and their GIN index (measured at 20,000 articles: 744 MiB
against 228 MiB without pairs, the index built in 180 s), so only pairs of two *pair terms* are
held: the terms of at least ``MIN_SHARE`` of a sample of articles, and the English function words.
They are chosen by a full build and kept in the words table under the field code ``PAIR_TERMS``
(no schema of their own); writes and searches read them from there, so both use the same set
until the next full build. Before any build, the function words alone.
"""

from collections import Counter
from functools import cache

from django.db import connection
from whoosh.analysis import STOP_WORDS

from articles.models import Article
from articles.models.search_data import SearchWord

from .analysis import term, terms
from .reads import reader

PAIR_TERMS = "P"  # the words table's field code for pair terms (stem in both columns)
SAMPLE_ARTICLES = 1000
MIN_SHARE = 0.02
MIN_ARTICLES = 5
MAX_TERMS = 3000
WORDS = SearchWord._meta.db_table


@cache
def function_words() -> frozenset[str]:
    return frozenset(term(word) for word in STOP_WORDS)


def choose(texts: list[str]) -> frozenset[str]:
    """The terms of at least ``MIN_SHARE`` of ``texts`` (and ``MIN_ARTICLES``), the ``MAX_TERMS``
    commonest, and the function words."""
    counts = Counter()
    for text in texts:
        counts.update(set(terms(text)))
    least = max(MIN_ARTICLES, MIN_SHARE * len(texts))
    return frozenset(t for t, n in counts.most_common(MAX_TERMS) if n >= least) | function_words()


def sample_texts(article_ids: list[int]) -> list[str]:
    """Titles and bodies of up to ``SAMPLE_ARTICLES`` of these articles, spread over them."""
    step = max(1, len(article_ids) // SAMPLE_ARTICLES)
    sample = article_ids[::step][:SAMPLE_ARTICLES]
    rows = Article.objects.filter(pk__in=sample).values_list("title", "body")
    return [f"{title}\n{body}" for title, body in rows]


def store(chosen: frozenset[str]):
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {WORDS} WHERE field = %s", [PAIR_TERMS])
        cursor.execute(
            f"INSERT INTO {WORDS} (field, word, stem) SELECT %s, t, t FROM unnest(%s::text[]) AS t",
            [PAIR_TERMS, sorted(chosen)],
        )


def current(using=None) -> frozenset[str]:
    """The pair terms the rows hold (read on the writer's connection, or the reader's)."""
    database = using or connection
    with database.cursor() as cursor:
        cursor.execute(f"SELECT word FROM {WORDS} WHERE field = %s", [PAIR_TERMS])
        chosen = frozenset(row[0] for row in cursor.fetchall())
    return chosen or function_words()


def current_for_search() -> frozenset[str]:
    return current(reader())
