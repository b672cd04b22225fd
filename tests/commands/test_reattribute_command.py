"""Upgrading an archive: `manage.py reattribute` runs today's attribution on stored articles."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Quote, Speaker, SpeakerMergeSuggestion
from articles.pipeline.quotes import ATTRIBUTION_VERSION
from tests.factories import make_article, make_quote, make_speaker

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

MINISTRY_SAID = "Such statements cannot be regarded as anything other than an attempt to aggravate things,"
BODY = (
    "Last week, the Russian Foreign Ministry summoned the Japanese ambassador.\n\n"
    f"“{MINISTRY_SAID}” the ministry said.\n\n"
    "“We continue to work persistently on the islands,” said Japanese Chief Cabinet Secretary Yoshihide Suga."
)


def reattribute(*args):
    out = StringIO()
    call_command("reattribute", *args, stdout=out)
    return out.getvalue()


def old_archive():
    """An article as an older version filed it: the ministry's words under a speaker "Ministry"."""
    article = make_article(title="Moscow accuses Tokyo", body=BODY, attribution_version=0)
    make_quote(article, make_speaker("Ministry", kind="organization"), text=MINISTRY_SAID)
    return article


def test_old_attributions_are_made_again_and_speakers_left_without_quotations_go():
    article = old_archive()

    out = reattribute()

    assert "Attributed the quotations of 1 articles again" in out
    assert not Speaker.objects.filter(name="Ministry").exists()
    assert article.quotes.get(text=MINISTRY_SAID).speaker.name == "Russian Foreign Ministry"
    article.refresh_from_db()
    assert article.attribution_version == ATTRIBUTION_VERSION


def test_quotations_a_curator_verified_or_edited_are_kept_as_they_are():
    article = old_archive()
    verified = article.quotes.get()
    verified.status = Quote.Status.VERIFIED
    verified.save()

    reattribute()

    verified.refresh_from_db()
    assert verified.speaker.name == "Ministry"
    assert Speaker.objects.filter(name="Ministry").exists()


def test_an_up_to_date_archive_is_left_alone():
    article = make_article(body=BODY, attribution_version=ATTRIBUTION_VERSION)
    suga = make_speaker("Yoshihide Suga")
    make_quote(article, suga, text="We continue to work persistently on the islands,")

    out = reattribute()

    assert out == ""
    assert article.quotes.get().speaker == suga


def test_merge_suggestions_are_made_again_from_the_speakers_there_are_now():
    article = old_archive()
    kono, kano = make_speaker("Taro Kono"), make_speaker("Taro Kano")
    make_quote(article, kono, text="ready to talk", status=Quote.Status.VERIFIED)
    make_quote(article, kano, text="ready to listen", status=Quote.Status.VERIFIED)
    stale = make_speaker("Igor Morgulov")
    make_quote(article, stale, text="not going anywhere", status=Quote.Status.VERIFIED)
    SpeakerMergeSuggestion.objects.create(speaker=stale, other=kono, reason="an old suggestion")

    reattribute()

    pending = SpeakerMergeSuggestion.objects.filter(status=SpeakerMergeSuggestion.Status.PENDING)
    assert [{s.speaker, s.other} for s in pending] == [{kono, kano}]


def test_all_attributes_every_article_again():
    make_article(body=BODY, attribution_version=ATTRIBUTION_VERSION)

    out = reattribute("--all")

    assert "Attributed the quotations of 1 articles again" in out
    assert Article.objects.get().quotes.filter(speaker__name="Yoshihide Suga").exists()
