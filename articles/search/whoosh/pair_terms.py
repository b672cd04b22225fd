"""Which words' pairs an index holds: those of frequent words only, chosen when the index is created.

A phrase is answered from word pairs (phrases.py) because checking word positions costs one look
at every document holding all its words: thousands when they are all frequent ("the foreign
minister"), a few when one of them is rare ("the Zanzibar talks"). A pair of two frequent words is
worth indexing; any other pair is not, and those were most of the index (a synthetic 10,000-article
index: 71% of its bytes in word pairs, 18% of those for pairs of two words in 2% of the documents).

So the index holds the pairs of two *frequent terms*: the terms in at least ``MIN_SHARE`` of the
articles of a sample of the archive, counted when the index is created (a rebuild, or the first
write into an empty folder), with the commonest English function words always among them. They are
written into the index folder (``PAIR_TERMS_FILE``, one term a line) and into the schema of every
generation of the index (its pairs analyzer), where the search side reads them: a phrase uses the
pairs the index has and checks positions for the rest, with the same matches either way. They stay
as chosen until the next rebuild; an archive that grows tenfold after one gains speed from another.
"""

from pathlib import Path

from django.db import DatabaseError
from whoosh.analysis import STOP_WORDS

from articles.models import Article

from ..analysis import folding_stemming_analyzer

PAIR_TERMS_FILE = "DISPATCHES_PAIR_TERMS"
SAMPLE_ARTICLES = 1000
MIN_SHARE = 0.02
MIN_ARTICLES = 5  # in a small archive, a term of a few articles is not frequent
# The terms travel in the schema of every index generation (one copy for all pairs fields).
MAX_TERMS = 3000


def default_pair_terms() -> frozenset[str]:
    """English function words ("the", "of"), whose pairs every index holds."""
    analyze = folding_stemming_analyzer()
    return frozenset(token.text for word in STOP_WORDS for token in analyze(word))


def choose_pair_terms(texts: list[str]) -> frozenset[str]:
    """The terms of at least ``MIN_SHARE`` of ``texts`` (and ``MIN_ARTICLES``), the ``MAX_TERMS``
    commonest of them, and the function words."""
    analyze = folding_stemming_analyzer()
    counts: dict[str, int] = {}
    for text in texts:
        # Each distinct word once: the document frequency is all that counts (a third of the work).
        for term in {token.text for token in analyze(" ".join(set(text.split())))}:
            counts[term] = counts.get(term, 0) + 1
    least = max(MIN_ARTICLES, MIN_SHARE * len(texts))
    frequent = sorted(
        (term for term, count in counts.items() if count >= least), key=counts.get, reverse=True
    )
    return default_pair_terms() | set(frequent[:MAX_TERMS])


def archive_sample() -> list[str]:
    """Headline and text of up to ``SAMPLE_ARTICLES`` public articles spread evenly over the archive."""
    ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))
    step = max(1, len(ids) // SAMPLE_ARTICLES)
    chosen = ids[::step][:SAMPLE_ARTICLES]
    rows = Article.objects.filter(pk__in=chosen).order_by("pk").values_list("title", "body")
    return [f"{title}\n{body}" for title, body in rows.iterator()]


def archive_pair_terms() -> frozenset[str]:
    try:
        return choose_pair_terms(archive_sample())
    except DatabaseError:  # no database yet (an index created before the first migration)
        return default_pair_terms()


def write_pair_terms(folder, terms):
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / PAIR_TERMS_FILE).write_text("".join(f"{term}\n" for term in sorted(terms)))


def read_pair_terms(folder) -> frozenset[str]:
    """The terms an index folder records; the function words alone when it records none."""
    try:
        return frozenset((Path(folder) / PAIR_TERMS_FILE).read_text().split("\n")) - {""}
    except OSError:
        return default_pair_terms()
