"""Curating speakers in the admin: merge, review suggestions, edit, choose by autocomplete."""

import pytest
from django.contrib.admin.models import LogEntry

from articles.models import Speaker, SpeakerMergeSuggestion
from articles.search.indexing import reindex_articles
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
        assert "Taro Kono — 2 quotes" in html and "Taro Kano — 1 quotes" in html
        assert 'type="radio" name="target"' in html
        assert not Speaker.objects.filter(merged_into__isnull=False).exists()

    def test_merging_moves_quotes_redirects_records_and_updates_the_index(self, act, client, kono_and_kano):
        kono, kano, kano_article = kono_and_kano

        page = act(Speaker, "merge_selected_speakers", [kono, kano], target=kono.pk)

        assert "Merged “Taro Kano” into “Taro Kono”: 1 quotes moved" in page.content.decode()
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

    def test_dismissing_a_suggestion_changes_no_speaker(self, act, kono_and_kano):
        kono, kano, _ = kono_and_kano
        suggestion = Suggestion.objects.create(speaker=kano, other=kono)

        page = act(Suggestion, "dismiss_selected_suggestions", [suggestion])

        assert "1 suggestions dismissed." in page.content.decode()
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
