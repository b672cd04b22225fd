"""Model rules a curator or reader relies on."""

import pytest
from django.db import IntegrityError

from articles.models import Article, Speaker
from tests.factories import make_article, make_outlet, make_speaker

pytestmark = pytest.mark.django_db


def test_published_articles_exclude_hidden_ones():
    shown = make_article(title="Shown")
    make_article(title="Hidden", is_visible=False)

    assert list(Article.objects.published()) == [shown]


def test_two_articles_cannot_share_an_address():
    outlet = make_outlet("RT")
    make_article(title="Same title", outlet=outlet)

    with pytest.raises(IntegrityError):
        make_article(title="Same title", outlet=outlet)


def test_a_speaker_name_is_keyed_without_titles_case_or_accents():
    speaker = make_speaker("Mr. José Ramos")

    assert speaker.name_key == make_speaker("jose ramos", slug="other").name_key


def test_every_public_model_has_an_address():
    article = make_article(outlet=make_outlet("DW", slug="dw"))
    speaker = make_speaker()

    assert article.get_absolute_url().startswith("/dw/")
    assert article.outlet.get_absolute_url() == "/outlets/dw/"
    assert speaker.get_absolute_url() == f"/speakers/{speaker.slug}/"
    assert Speaker.objects.active().count() == 1
