"""Words are found in any form a reader would type them."""

import pytest

from tests.factories import make_article
from tests.search.conftest import found


@pytest.fixture
def archive(index):
    index(
        make_article("Les négociations reprennent", "Les négociations sur le traité reprennent à Genève."),
        make_article("Negociations stall", "Negociations without accents, as wires often write them."),
        make_article("Talks in Moscow", "The minister talked about talks and more talking."),
        make_article("Переговоры в Москве", "Переговоры министров продолжились в Москве."),
        make_article("The US and Russia", "The US delegation discussed Russia with the press."),
    )


pytestmark = pytest.mark.usefixtures("archive")


@pytest.mark.parametrize("query", ["négociations", "negociations", "NÉGOCIATIONS"])
def test_accents_and_case_are_folded_both_ways(query):
    assert sorted(found(query)) == ["Les négociations reprennent", "Negociations stall"]


def test_english_words_are_found_in_other_forms():
    assert found("talk") == ["Talks in Moscow"]
    assert found("talking") == ["Talks in Moscow"]


def test_cyrillic_words_are_found_as_written():
    assert found("Переговоры") == ["Переговоры в Москве"]
    assert found("москве") == ["Переговоры в Москве"]


def test_short_words_are_not_stop_words():
    assert found("US") == ["The US and Russia"]
