"""Curating speakers in the admin: merge, review suggestions, edit, choose by autocomplete."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.admin.models import LogEntry

from articles.models import Speaker, SpeakerMergeSuggestion
from articles.search import reindex_articles
from tests.admin.conftest import change_url, changelist
from tests.admin.forms import speaker_form
from tests.factories import make_article, make_quote, make_speaker
from tests.index_probe import indexed_speakers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

Suggestion = SpeakerMergeSuggestion


@pytest.fixture
def kono_and_kano():
    kono, kano = make_speaker("Taro Kono"), make_speaker("Taro Kano")
    article = make_article(body="We are ready to talk, he said. Talks will go on, he added.")
    make_quote(article, kono, text="We are ready to talk")
    make_quote(article, kono, text="Talks will go on")
    kano_article = make_article(title="Kano speaks", body="The islands are ours, he said.")
    make_quote(kano_article, kano, text="The islands are ours")
    reindex_articles([article.pk, kano_article.pk])
    return kono, kano, kano_article


class TestMergingSpeakers:
    def test_the_merge_first_asks_which_speaker_to_keep_and_shows_what_moves(self, act, kono_and_kano):
        kono, kano, _ = kono_and_kano

        page = act(Speaker, "merge_selected_speakers", [kono, kano], confirm=False)

        html = page.content.decode()
        assert "Taro Kono — 2 quotes" in html and "Taro Kano — 1 quote</li>" in html
        assert 'type="radio" name="target"' in html
        assert not Speaker.objects.filter(merged_into__isnull=False).exists()

    def test_merging_moves_quotes_redirects_records_and_updates_the_index(self, act, client, kono_and_kano):
        kono, kano, kano_article = kono_and_kano

        page = act(Speaker, "merge_selected_speakers", [kono, kano], target=kono.pk)

        assert "Merged “Taro Kano” into “Taro Kono”: 1 quote moved" in page.content.decode()
        assert kono.quotes.count() == 3
        assert list(kono.aliases.values_list("name", flat=True)) == ["Taro Kano"]
        assert client.get(kano.get_absolute_url())["Location"] == kono.get_absolute_url()
        assert indexed_speakers(kano_article.pk) == {"Taro Kono"}
        logged = LogEntry.objects.filter(object_id__in=[str(kono.pk), str(kano.pk)])
        assert {entry.object_repr for entry in logged} == {"Taro Kono", "Taro Kano"}

    def test_merging_a_single_speaker_is_refused(self, act, kono_and_kano):
        kono, _, _ = kono_and_kano

        page = act(Speaker, "merge_selected_speakers", [kono])

        assert "Select at least two speakers" in page.content.decode()

    def test_the_merge_suggests_keeping_the_full_name_not_the_busier_fragment(self, act):
        junk, trump = make_speaker("Following Trump"), make_speaker("Donald Trump")
        article = make_article(body="a b c d e f g h i j k l m n o p q r s t u v w x y z")
        for text in ("a b", "c d", "e f"):
            make_quote(article, junk, text=text)
        make_quote(article, trump, text="g h")

        html = act(Speaker, "merge_selected_speakers", [junk, trump], confirm=False).content.decode()

        assert BeautifulSoup(html, "lxml").select_one('input[name="target"][checked]')["value"] == str(
            trump.pk
        )


class TestMergeSuggestions:
    def test_accepting_a_suggestion_merges_the_speaker_with_fewer_quotes_into_the_other(
        self, act, kono_and_kano
    ):
        kono, kano, _ = kono_and_kano
        suggestion = Suggestion.objects.create(speaker=kano, other=kono, reason="one letter apart")

        page = act(Suggestion, "accept_suggestions", [suggestion], confirm=False)
        assert "“Taro Kano” will be merged into “Taro Kono”" in page.content.decode()
        act(Suggestion, "accept_suggestions", [suggestion])

        assert Speaker.objects.get(pk=kano.pk).merged_into == kono
        assert Suggestion.objects.get(pk=suggestion.pk).status == Suggestion.Status.ACCEPTED

    def test_accepting_a_suggestion_keeps_the_better_formed_name_even_with_fewer_quotes(self, act):
        fragment, full = make_speaker("Lavrov"), make_speaker("Sergei Lavrov")
        article = make_article(body="one two three four five six")
        make_quote(article, fragment, text="one two")
        make_quote(article, fragment, text="three four")
        make_quote(article, full, text="five six")
        suggestion = Suggestion.objects.create(speaker=fragment, other=full)

        act(Suggestion, "accept_suggestions", [suggestion])

        assert Speaker.objects.get(pk=fragment.pk).merged_into == full

    def test_dismissing_a_suggestion_changes_no_speaker(self, act, kono_and_kano):
        kono, kano, _ = kono_and_kano
        suggestion = Suggestion.objects.create(speaker=kano, other=kono)

        page = act(Suggestion, "dismiss_selected_suggestions", [suggestion])

        assert "1 suggestion dismissed." in page.content.decode()
        assert Suggestion.objects.get(pk=suggestion.pk).status == Suggestion.Status.DISMISSED
        assert not Speaker.objects.filter(merged_into__isnull=False).exists()


class TestEditingSpeakers:
    def test_renaming_a_speaker_reaches_the_index(self, save, kono_and_kano):
        _, kano, kano_article = kono_and_kano

        response = save(kano, speaker_form(kano, name="Taro Kano (deputy)", kind="person", role="Deputy"))

        assert response.status_code == 302
        kano.refresh_from_db()
        assert (kano.name, kano.kind, kano.role) == ("Taro Kano (deputy)", "person", "Deputy")
        assert indexed_speakers(kano_article.pk) == {"Taro Kano (deputy)"}

    def test_autocomplete_offers_current_speakers_only(self, act, curator_client, kono_and_kano):
        kono, kano, _ = kono_and_kano
        act(Speaker, "merge_selected_speakers", [kono, kano], target=kono.pk)

        found = curator_client.get(
            "/admin/autocomplete/",
            {"term": "Taro", "app_label": "articles", "model_name": "quote", "field_name": "speaker"},
        ).json()

        assert [result["text"] for result in found["results"]] == ["Taro Kono"]

    def test_a_speakers_address_cannot_be_edited(self, curator_client, kono_and_kano):
        kono, _, _ = kono_and_kano

        form = curator_client.get(change_url(kono)).context["adminform"].form

        assert "slug" not in form.fields


def test_the_speaker_list_shows_quote_counts_and_merges(curator_client, kono_and_kano):
    html = curator_client.get(changelist(Speaker)).content.decode()

    assert '<td class="field-quote_count">2</td>' in html
    assert "Merged into another" in html
