"""An index built with an older schema is noticed and rebuilt; until then, phrases still work."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from haystack import connections

from articles.models import Article
from articles.search.query import parse
from articles.search.whoosh import engine
from articles.search.whoosh.phrases import PairedPhrase
from articles.search.whoosh.schema_version import CURRENT, MISSING, OUTDATED, VERSION_FILE, index_state
from articles.search.whoosh.snapshot import current_snapshot
from tests.factories import make_article
from tests.search.conftest import found

pytestmark = pytest.mark.whoosh_only  # the Whoosh engine's own plumbing


def index_folder() -> Path:
    return Path(connections["default"].options["PATH"])


def as_if_built_before_schema_versions():
    (index_folder() / VERSION_FILE).unlink()


def ensure_search_index() -> str:
    out = StringIO()
    call_command("ensure_search_index", stdout=out)
    return out.getvalue()


def test_a_new_index_records_the_schema_it_was_built_with(index):
    index(make_article("Minister speaks", "The minister said talks would resume."))

    assert index_state(index_folder()) == CURRENT


def test_an_outdated_index_answers_phrases_the_slow_way_until_rebuilt(index):
    index(make_article("Minister speaks", "The minister said talks would resume."))
    as_if_built_before_schema_versions()
    index(make_article("Words apart", "The talks, said a minister, would resume."))

    snapshot = current_snapshot()
    runnable = engine.runnable(snapshot, parse('"the minister"', snapshot.schema).query)

    assert not isinstance(runnable, PairedPhrase)
    assert found('"the minister"') == ["Minister speaks"]


def test_ensure_search_index_rebuilds_an_index_built_with_another_schema(index):
    index(make_article("Minister speaks", "The minister said talks would resume."))
    gone = make_article("Deleted since", "The minister left.")
    index(gone)
    as_if_built_before_schema_versions()
    gone.delete()

    out = ensure_search_index()

    assert "another schema" in out
    assert index_state(index_folder()) == CURRENT
    assert found('"the minister"') == ["Minister speaks"]


def test_ensure_search_index_builds_a_missing_index(db, search_index):
    make_article("Minister speaks", "The minister said talks would resume.")
    assert index_state(index_folder()) == MISSING

    ensure_search_index()

    assert found('"the minister"') == ["Minister speaks"]


def test_ensure_search_index_leaves_a_current_index_alone(index):
    index(make_article("Minister speaks", "The minister said talks would resume."))
    generation = current_snapshot().generation

    assert ensure_search_index() == ""
    assert current_snapshot().generation == generation
    assert index_state(index_folder()) not in (MISSING, OUTDATED)


@pytest.mark.parametrize("content", ["", "not a number\n", "1\n", "3\n", "6\n"])
def test_an_unreadable_or_older_version_counts_as_outdated(index, content):
    index(make_article("Minister speaks", "The minister said talks would resume."))
    (index_folder() / VERSION_FILE).write_text(content)

    assert index_state(index_folder()) == OUTDATED


def test_ensure_search_index_rebuild_reads_every_article_again(index):
    article = make_article("Minister speaks", "The minister said talks would resume.")
    index(article)
    # A bulk update bypasses the signals that keep the index current.
    Article.objects.filter(pk=article.pk).update(title="Envoy speaks")
    assert found("envoy") == []

    out = StringIO()
    call_command("ensure_search_index", "--rebuild", stdout=out)

    assert "Indexed 1 articles" in out.getvalue()
    assert found("envoy") == ["Envoy speaks"]
