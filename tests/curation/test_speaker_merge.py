"""Merging speakers: quotes move, names become aliases, old pages redirect, the index follows."""

import pytest

from articles.curation.speakers import merge_speakers
from articles.ingest.speakers import resolve_speaker
from articles.models import Speaker, SpeakerAlias, SpeakerMergeSuggestion
from articles.search import reindex_articles
from tests.factories import make_article, make_quote, make_speaker
from tests.index_probe import indexed_speakers

pytestmark = pytest.mark.django_db

Suggestion = SpeakerMergeSuggestion


@pytest.fixture
def kono_and_kano():
    kono = make_speaker("Taro Kono", role="Foreign Minister")
    kano = make_speaker("Taro Kano")
    article = make_article(body="The minister said we are ready to talk.")
    make_quote(article, kano, text="we are ready to talk")
    return kono, kano, article


def test_merged_speakers_quotes_move_to_the_speaker_kept(kono_and_kano):
    kono, kano, article = kono_and_kano

    result = merge_speakers(kono, [kano])

    assert result.quotes_moved == 1
    assert list(article.quotes.values_list("speaker__name", flat=True)) == ["Taro Kono"]
    assert Speaker.objects.get(pk=kano.pk).merged_into == kono


def test_the_merged_speakers_names_become_aliases_of_the_one_kept(kono_and_kano):
    kono, kano, _ = kono_and_kano
    SpeakerAlias.objects.create(speaker=kano, name="T. Kano")

    merge_speakers(kono, [kano])

    assert set(kono.aliases.values_list("name", flat=True)) == {"Taro Kano", "T. Kano"}
    assert not SpeakerAlias.objects.filter(speaker=kano).exists()


def test_a_merged_speakers_page_redirects_to_the_speaker_kept(client, kono_and_kano):
    kono, kano, _ = kono_and_kano

    merge_speakers(kono, [kano])

    response = client.get(kano.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == kono.get_absolute_url()


def test_speakers_merged_earlier_into_a_merged_speaker_redirect_in_one_step(client, kono_and_kano):
    kono, kano, _ = kono_and_kano
    older = make_speaker("Tarō Kano", slug="taro-kano-2")
    merge_speakers(kano, [older])

    merge_speakers(kono, [kano])

    assert client.get(older.get_absolute_url())["Location"] == kono.get_absolute_url()


def test_a_suggestion_between_merged_speakers_is_accepted_and_others_now_concern_the_one_kept(kono_and_kano):
    kono, kano, _ = kono_and_kano
    third = make_speaker("Taro Kino")
    between = Suggestion.objects.create(speaker=kono, other=kano)
    elsewhere = Suggestion.objects.create(speaker=kano, other=third)

    merge_speakers(kono, [kano])

    assert Suggestion.objects.get(pk=between.pk).status == Suggestion.Status.ACCEPTED
    elsewhere.refresh_from_db()
    assert (elsewhere.speaker, elsewhere.other, elsewhere.status) == (kono, third, Suggestion.Status.PENDING)


def test_merging_into_a_merged_speaker_is_refused(kono_and_kano):
    kono, kano, _ = kono_and_kano
    merge_speakers(kono, [kano])
    kano.refresh_from_db()

    with pytest.raises(ValueError, match="merged"):
        merge_speakers(kano, [make_speaker("Someone Else")])


def test_the_speaker_kept_takes_a_role_it_lacked_from_the_merged_one(kono_and_kano):
    kono, kano, _ = kono_and_kano

    merge_speakers(kano, [kono])

    assert Speaker.objects.get(pk=kano.pk).role == "Foreign Minister"


def test_a_later_ingest_naming_the_merged_speaker_files_quotes_under_the_one_kept(kono_and_kano):
    kono, kano, _ = kono_and_kano
    merge_speakers(kono, [kano])

    assert resolve_speaker("Taro Kano", kind="person", role=None) == kono
    assert not Suggestion.objects.filter(status=Suggestion.Status.PENDING).exists()


@pytest.mark.usefixtures("search_index")
def test_after_a_merge_the_index_names_the_speaker_kept(kono_and_kano):
    kono, kano, article = kono_and_kano
    reindex_articles([article.pk])
    assert indexed_speakers(article.pk) == {"Taro Kano"}

    result = merge_speakers(kono, [kano])
    reindex_articles(result.article_ids)

    assert indexed_speakers(article.pk) == {"Taro Kono"}
