"""The service reaches its engine only through engines.py, chosen by DISPATCHES_SEARCH_ENGINE."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from articles.search import (
    CURRENT,
    SearchParams,
    engines,
    filter_choices,
    index_location,
    index_state,
    search,
    similar_article_ids,
)
from articles.search.whoosh import WhooshEngine


class EmptyEngine:
    """An engine holding nothing yet: enough to show which engine the service asks."""

    name = "empty"

    def view(self):
        return None

    def state(self):
        return CURRENT

    def location(self):
        return "nowhere"

    def similar_article_ids(self, text, *, outlet, start, end, limit):
        return [42]


@pytest.fixture
def chosen_engine(settings, monkeypatch):
    monkeypatch.setitem(engines.ENGINES, "empty", f"{__name__}.EmptyEngine")
    engines._engine.cache_clear()
    yield settings
    engines._engine.cache_clear()


def test_whoosh_is_the_engine_by_default():
    assert isinstance(engines.get_engine(), WhooshEngine)


def test_the_engine_named_in_the_settings_answers_every_search(chosen_engine):
    chosen_engine.DISPATCHES_SEARCH_ENGINE = "empty"

    assert search(SearchParams(q="treaty")).unavailable
    assert filter_choices() == {"outlets": [], "languages": []}
    assert (index_state(), index_location()) == (CURRENT, "nowhere")
    assert similar_article_ids("text", outlet=None, start=None, end=None, limit=5) == [42]


def test_an_unknown_engine_is_a_configuration_error_naming_the_setting(chosen_engine):
    chosen_engine.DISPATCHES_SEARCH_ENGINE = "elastic"

    with pytest.raises(ImproperlyConfigured, match="DISPATCHES_SEARCH_ENGINE='elastic'"):
        search(SearchParams(q="treaty"))
