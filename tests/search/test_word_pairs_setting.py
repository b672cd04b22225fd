"""DISPATCHES_WORD_PAIRS=false: a smaller index without word pairs, the same phrase matches, slower."""

import threading
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from haystack import connections

from articles.search.query import parse
from articles.search.whoosh import engine
from articles.search.whoosh.phrases import PairedPhrase
from articles.search.whoosh.schema_version import CURRENT, OUTDATED, index_state
from articles.search.whoosh.snapshot import current_snapshot
from tests.factories import make_article
from tests.search.conftest import found

pytestmark = pytest.mark.whoosh_only  # the Whoosh engine's own plumbing


def index_folder() -> Path:
    return Path(connections["default"].options["PATH"])


@pytest.fixture
def without_word_pairs(settings):
    settings.SEARCH_WORD_PAIRS = False


def articles(index):
    index(
        make_article("Minister speaks", "The minister said talks would resume."),
        make_article("Words apart", "The talks, said a minister, would resume."),
    )


@pytest.mark.usefixtures("without_word_pairs")
def test_without_word_pairs_the_index_has_none_and_phrases_match_the_same(index):
    articles(index)
    snapshot = current_snapshot()

    assert "text_pairs" not in snapshot.schema
    assert not isinstance(
        engine.runnable(snapshot, parse('"the minister"', snapshot.schema).query), PairedPhrase
    )
    assert found('"the minister"') == ["Minister speaks"]
    assert found('"talks said"') == ["Words apart"]


def test_with_word_pairs_phrases_are_answered_through_them(index):
    articles(index)
    snapshot = current_snapshot()

    assert "text_pairs" in snapshot.schema
    assert isinstance(engine.runnable(snapshot, parse('"the minister"', snapshot.schema).query), PairedPhrase)
    assert found('"the minister"') == ["Minister speaks"]


def test_changing_the_setting_makes_the_index_outdated_until_rebuilt(index, settings):
    articles(index)
    settings.SEARCH_WORD_PAIRS = False
    assert index_state(index_folder()) == OUTDATED

    call_command("ensure_search_index", stdout=StringIO())

    assert index_state(index_folder()) == CURRENT
    assert "text_pairs" not in current_snapshot().schema
    assert found('"the minister"') == ["Minister speaks"]


def test_an_index_with_pairs_takes_new_articles_without_them_until_rebuilt(index, settings):
    articles(index)
    settings.SEARCH_WORD_PAIRS = False
    connections.thread_local = threading.local()  # as a process started with the new setting
    index(make_article("Later story", "Then the minister left."))

    assert sorted(found('"the minister"')) == ["Later story", "Minister speaks"]
    assert found("left") == ["Later story"]
