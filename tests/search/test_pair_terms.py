"""The index holds the word pairs of frequent words only, chosen from the archive when the index is
created; phrases find the same documents whether their pairs are indexed or not."""

from pathlib import Path

import pytest
from haystack import connections
from whoosh import index as whoosh_index

from articles.search import rebuild_index, reindex_articles
from articles.search.whoosh.pair_terms import PAIR_TERMS_FILE, read_pair_terms, write_pair_terms
from tests.factories import make_article
from tests.search.conftest import found

pytestmark = [pytest.mark.django_db, pytest.mark.whoosh_only]


def index_folder() -> Path:
    return Path(connections["default"].get_backend().path)


def indexed_pairs() -> set[str]:
    with whoosh_index.open_dir(str(index_folder())).searcher() as searcher:
        return {text.decode() for text in searcher.reader().lexicon("text_pairs")}


@pytest.fixture
def archive(search_index):
    for n in range(6):
        make_article(f"Briefing {n}", f"The minister said talks would resume on day {n}.")
    make_article("Island visit", "The minister flew to Zanzibar for talks.")
    make_article("Ferry news", "Zanzibar talks about a new ferry to the minister.")
    rebuild_index()


@pytest.mark.usefixtures("archive")
def test_pairs_are_those_of_words_frequent_in_the_archive():
    frequent = read_pair_terms(index_folder())

    assert {"minist", "said", "talk", "the"} <= frequent
    assert "zanzibar" not in frequent
    assert {"the minist", "minist said"} <= indexed_pairs()
    assert not {pair for pair in indexed_pairs() if "zanzibar" in pair}


@pytest.mark.usefixtures("archive")
@pytest.mark.parametrize(
    ("phrase", "titles"),
    [
        (
            '"the minister"',
            [*(f"Briefing {n}" for n in range(6)), "Ferry news", "Island visit"],
        ),
        ('"to zanzibar"', ["Island visit"]),
        ('"zanzibar talks"', ["Ferry news"]),
        ('"flew to zanzibar for talks"', ["Island visit"]),
        ('"the minister flew"', ["Island visit"]),
        ('"talks zanzibar"', []),
    ],
)
def test_phrases_find_the_same_with_or_without_their_pairs(phrase, titles):
    assert sorted(found(phrase)) == titles


@pytest.mark.usefixtures("archive")
def test_a_writer_follows_the_pairs_another_process_chose_since():
    write_pair_terms(index_folder(), read_pair_terms(index_folder()) | {"zanzibar"})

    reindex_articles([make_article("Return", "Zanzibar talks ended.").pk])

    assert "zanzibar talk" in indexed_pairs()


def test_an_empty_archive_pairs_function_words(search_index, db):
    reindex_articles([])
    rebuild_index()

    assert (index_folder() / PAIR_TERMS_FILE).exists()
    assert read_pair_terms(index_folder()) >= {"the", "of", "to"}
