"""``ensure_search_index`` finds every difference between the database and the index and repairs it,
and says what it repaired; with nothing to repair it writes nothing."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.ingest.run import ingest
from articles.models import Article, PendingReindex, Quote
from articles.search import SearchParams, reindex_articles, search
from articles.search.whoosh.snapshot import current_snapshot
from tests.factories import make_article, make_quote, make_speaker
from tests.index_probe import indexed_articles
from tests.search.conftest import found

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def ensure_search_index(verbosity=1) -> str:
    out = StringIO()
    call_command("ensure_search_index", stdout=out, verbosity=verbosity)
    return out.getvalue()


@pytest.fixture
def indexed():
    """Two articles, one with a quotation, in the index as they are in the database."""
    kept = make_article("Talks resume in Tokyo", "We are ready to talk, the minister said.")
    make_quote(kept, make_speaker(), text="We are ready to talk")
    other = make_article("Sanctions debated", "Ministers debated sanctions.")
    reindex_articles([kept.pk, other.pk])
    assert ensure_search_index() == ""
    return kept, other


def quotations_matching(q) -> int:
    return search(SearchParams(q=q, mode="quotes")).count


@pytest.mark.whoosh_only
def test_an_article_stored_but_never_indexed_is_added(indexed):
    lost = make_article("Islands dispute flares", "The dispute flared again.")

    output = ensure_search_index()

    assert "1 articles missing from the index" in output
    assert found("islands") == ["Islands dispute flares"]
    assert lost.pk in indexed_articles()


def test_an_article_changed_without_reaching_the_index_is_written_again(indexed):
    kept, _ = indexed
    Article.objects.filter(pk=kept.pk).update(title="Talks collapse in Tokyo", updated_at=timezone.now())

    output = ensure_search_index()

    assert "1 articles indexed as they were before a change" in output
    assert found("collapse") == ["Talks collapse in Tokyo"]


def test_documents_of_deleted_and_hidden_articles_are_removed(indexed):
    kept, other = indexed
    Article.objects.filter(pk=kept.pk).update(is_visible=False)
    Article.objects.filter(pk=other.pk).delete()

    output = ensure_search_index()

    assert "2 documents of deleted or hidden articles" in output
    assert indexed_articles() == {}
    assert found("talks") == [] and found("sanctions") == []


def test_a_quotation_marked_wrong_behind_the_index_is_no_longer_found(indexed):
    assert quotations_matching("ready") == 1
    Quote.objects.update(status=Quote.Status.WRONG)

    output = ensure_search_index()

    assert "1 documents of deleted, hidden or wrong quotations" in output
    assert quotations_matching("ready") == 0


def test_queued_changes_are_written(indexed):
    kept, _ = indexed
    Article.objects.filter(pk=kept.pk).update(title="Talks postponed")
    PendingReindex.objects.create(article_id=kept.pk)

    output = ensure_search_index()

    assert "1 queued changes" in output
    assert found("postponed") == ["Talks postponed"]
    assert not PendingReindex.objects.exists()


@pytest.mark.whoosh_only
def test_with_nothing_to_repair_nothing_is_written_and_verbose_output_says_so(indexed):
    generation = current_snapshot().generation

    assert ensure_search_index(verbosity=2) == "The search index matches the database.\n"
    assert current_snapshot().generation == generation


@pytest.mark.whoosh_only
def test_an_ingest_without_the_index_leaves_its_articles_queued_for_reindex_pending(seed_dir):
    ingest([seed_dir], index=False)
    assert PendingReindex.objects.count() == 3 and indexed_articles() == {}

    call_command("reindex_pending", stdout=StringIO())

    assert set(indexed_articles()) == set(Article.objects.values_list("pk", flat=True))
    assert not PendingReindex.objects.exists()
