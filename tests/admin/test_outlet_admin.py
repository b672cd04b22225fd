"""Curating outlets in the admin: names, signatures and what they matched, merges."""

import pytest

from articles.models import Article, Outlet, OutletSignature
from articles.search import reindex_articles
from tests.admin.conftest import change_url, changelist
from tests.admin.forms import outlet_form
from tests.factories import make_article, make_outlet
from tests.index_probe import indexed_articles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


@pytest.fixture
def outlet():
    return make_outlet("Baltic Courier", slug="baltic-courier")


def test_renaming_an_outlet_and_adding_a_signature_is_saved_and_reaches_the_index(save, outlet):
    article = make_article(outlet=outlet)
    reindex_articles([article.pk])

    signature = ("balticcourier.example", "domain")

    response = save(outlet, outlet_form(outlet, name="The Baltic Courier", new_signatures=[signature]))

    assert response.status_code == 302
    outlet.refresh_from_db()
    assert outlet.name == "The Baltic Courier"
    assert list(outlet.signatures.values_list("pattern", flat=True)) == ["balticcourier.example"]
    assert indexed_articles()[article.pk]["outlet"] == "The Baltic Courier"


def test_each_signature_links_to_the_articles_it_matched(curator_client, outlet):
    signature = OutletSignature.objects.create(outlet=outlet, pattern="balticcourier.example", kind="domain")
    matched = make_article(title="Matched", outlet=outlet, matched_signature=signature)
    make_article(title="Not matched", outlet=outlet)

    page = curator_client.get(change_url(outlet)).content.decode()
    link = f"?matched_signature__id__exact={signature.pk}"
    listed = curator_client.get(changelist(Article) + link)

    assert f'{link}">1 article</a>' in page
    assert [article.pk for article in listed.context["cl"].result_list] == [matched.pk]


def test_merging_outlets_confirms_then_moves_articles_and_redirects(act, client, outlet):
    kept = make_outlet("The Baltic Courier", slug="the-baltic-courier")
    article = make_article(outlet=outlet)
    old_address = article.get_absolute_url()
    reindex_articles([article.pk])

    page = act(Outlet, "merge_selected_outlets", [kept, outlet], confirm=False)
    assert "Baltic Courier — 1 article</li>" in page.content.decode()
    page = act(Outlet, "merge_selected_outlets", [kept, outlet], target=kept.pk)

    assert (
        "Merged “Baltic Courier” into “The Baltic Courier”: 1 article and 0 signatures moved."
        in page.content.decode()
    )
    article.refresh_from_db()
    assert article.outlet == kept
    assert client.get(old_address)["Location"] == article.get_absolute_url()
    assert client.get(outlet.get_absolute_url())["Location"] == kept.get_absolute_url()
    assert indexed_articles()[article.pk]["outlet"] == "The Baltic Courier"


def test_an_outlets_address_cannot_be_edited(curator_client, outlet):
    assert "slug" not in curator_client.get(change_url(outlet)).context["adminform"].form.fields


def test_a_regular_expression_that_backtracks_without_end_is_refused_with_a_reason(save, outlet):
    response = save(outlet, outlet_form(outlet, new_signatures=[(r"(a+)+$", "regex")]))

    assert response.status_code == 200
    assert "takes too long" in response.content.decode()
    assert not outlet.signatures.filter(kind="regex").exists()


def test_a_regular_expression_that_does_not_compile_or_matches_anything_is_refused(save, outlet):
    for pattern, reason in (("(Courier", "Not a valid regular expression"), ("x*", "matches an empty text")):
        response = save(outlet, outlet_form(outlet, new_signatures=[(pattern, "regex")]))
        assert reason in response.content.decode()
    assert not outlet.signatures.filter(kind="regex").exists()


def test_a_curator_sets_an_outlet_s_home_time_zone_and_a_wrong_name_is_refused(save, outlet):
    assert save(outlet, outlet_form(outlet, time_zone="Europe/Riga")).status_code == 302
    assert (
        "not a time zone name"
        in save(outlet, outlet_form(outlet, time_zone="Baltic/Nowhere")).content.decode()
    )
    outlet.refresh_from_db()
    assert outlet.time_zone == "Europe/Riga"
