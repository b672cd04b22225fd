"""The PostgreSQL engine indexes exactly the terms the Whoosh analysis makes."""

import pytest

from articles.search.analysis import folding_stemming_analyzer
from articles.search.postgres.analysis import folded, terms, words
from tests.conftest import SAMPLES

TEXTS = [
    "Négociations à l'ONU: U.N.-backed talks, dying, lying; Straße İstanbul ǅ ﬁnance ½ 3.14",
    "Лавров сказал: «переговоры» — 北京 talks THE Hague's US-led e-mail ministers' ministry's",
]


def whoosh_terms(text, **options):
    return [token.text for token in folding_stemming_analyzer()(text, **options)]


@pytest.mark.parametrize("text", TEXTS)
def test_terms_are_the_whoosh_terms(text):
    assert terms(text) == whoosh_terms(text)


@pytest.mark.parametrize("text", TEXTS)
def test_folded_words_are_the_whoosh_spelling_words(text):
    assert [folded(word) for word in words(text)] == whoosh_terms(text, no_morph=True)


def test_the_sample_pages_analyse_alike():
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert terms(text) == whoosh_terms(text), path.name
