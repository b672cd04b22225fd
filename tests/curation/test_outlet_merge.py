"""Merging outlets: articles and signatures move, old addresses redirect, later ingests follow."""

from datetime import date

import pytest

from articles.curation.outlets import merge_outlets
from articles.ingest.outlets import OutletDirectory
from articles.models import Article, Outlet, OutletSignature
from articles.search import reindex_articles
from tests.factories import make_article, make_outlet
from tests.index_probe import indexed_articles

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_outlets():
    kept = make_outlet("The Baltic Courier", slug="the-baltic-courier")
    merged = make_outlet("Baltic Courier", slug="baltic-courier")
    return kept, merged


def test_the_merged_outlets_articles_move_to_the_outlet_kept(two_outlets):
    kept, merged = two_outlets
    article = make_article(title="Talks in Moscow", outlet=merged)

    result = merge_outlets(kept, [merged])

    assert Article.objects.get(pk=article.pk).outlet == kept
    assert result.article_ids == [article.pk]
    assert Outlet.objects.get(pk=merged.pk).merged_into == kept


def test_an_old_article_address_under_the_merged_outlet_redirects_to_the_new_one(client, two_outlets):
    kept, merged = two_outlets
    article = make_article(title="Talks in Moscow", outlet=merged)
    old_address = article.get_absolute_url()

    merge_outlets(kept, [merged])

    article.refresh_from_db()
    response = client.get(old_address)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
    assert "/the-baltic-courier/" in article.get_absolute_url()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_the_merged_outlets_page_redirects_and_it_leaves_the_home_page(client, two_outlets):
    kept, merged = two_outlets

    merge_outlets(kept, [merged])

    response = client.get(merged.get_absolute_url())
    assert (response.status_code, response["Location"]) == (301, kept.get_absolute_url())
    assert "/baltic-courier/" not in client.get("/").content.decode()


def test_an_article_meeting_a_namesake_on_the_same_day_gets_a_free_address(client, two_outlets):
    kept, merged = two_outlets
    resident = make_article(title="Talks in Moscow", outlet=kept)
    newcomer = make_article(title="Talks in Moscow", outlet=merged)
    old_address = newcomer.get_absolute_url()

    merge_outlets(kept, [merged])

    newcomer.refresh_from_db()
    assert newcomer.get_absolute_url() != resident.get_absolute_url()
    assert client.get(old_address)["Location"] == newcomer.get_absolute_url()


def test_signatures_move_and_a_duplicate_is_folded_into_the_kept_outlets_own(two_outlets):
    kept, merged = two_outlets
    own = OutletSignature.objects.create(outlet=kept, pattern="balticcourier.example", kind="domain")
    duplicate = OutletSignature.objects.create(outlet=merged, pattern="balticcourier.example", kind="domain")
    distinct = OutletSignature.objects.create(outlet=merged, pattern="Baltic Courier", kind="text")
    matched = make_article(title="Matched by domain", outlet=merged, matched_signature=duplicate)

    result = merge_outlets(kept, [merged])

    assert result.signatures_moved == 1
    assert set(kept.signatures.all()) == {own, distinct}
    assert Article.objects.get(pk=matched.pk).matched_signature == own


def test_a_later_ingest_naming_the_merged_outlet_files_articles_under_the_one_kept(two_outlets):
    kept, merged = two_outlets
    merge_outlets(kept, [merged])

    assert OutletDirectory().outlet_named("Baltic Courier") == kept


def test_a_moved_article_comes_back_to_its_old_address_if_moved_back(client, two_outlets):
    kept, merged = two_outlets
    article = make_article(title="Talks in Moscow", outlet=merged, published_on=date(2019, 1, 2))
    original = article.get_absolute_url()
    merge_outlets(kept, [merged])
    Outlet.objects.filter(pk=merged.pk).update(merged_into=None)
    article.refresh_from_db()
    moved = article.get_absolute_url()

    merge_outlets(Outlet.objects.get(pk=merged.pk), [kept])

    assert client.get(original).status_code == 200
    assert client.get(moved)["Location"] == original


@pytest.mark.usefixtures("search_index")
def test_after_an_outlet_merge_the_index_names_the_outlet_kept(two_outlets):
    kept, merged = two_outlets
    article = make_article(title="Talks in Moscow", outlet=merged)
    reindex_articles([article.pk])

    reindex_articles(merge_outlets(kept, [merged]).article_ids)

    assert indexed_articles()[article.pk]["outlet"] == "The Baltic Courier"
