"""The operations models share: free slugs, values cut to their field, the curatable fields."""

import pytest

from articles.models import Article, Outlet, Speaker
from articles.models.fields import fitted, unique_slug

pytestmark = pytest.mark.django_db


def test_a_taken_slug_gets_the_first_free_number():
    Outlet.objects.create(name="Wired", slug="wired")
    Outlet.objects.create(name="Wired 2", slug="wired-2")
    assert unique_slug(Outlet, "Wired", "outlet") == "wired-3"


def test_a_name_with_no_slug_characters_gets_the_models_fallback():
    assert unique_slug(Speaker, "…", "speaker") == "speaker"


def test_a_slug_leaves_room_for_a_number_within_its_field():
    longest = Speaker._meta.get_field("slug").max_length
    assert len(unique_slug(Speaker, "word " * 200, "speaker")) + len("-99") <= longest


def test_values_are_cut_to_their_fields_length_and_none_is_empty():
    assert len(fitted(Article, "title", "x" * 2000)) == Article._meta.get_field("title").max_length
    assert fitted(Article, "byline", None) == ""


def test_the_admin_edits_one_model_field_per_curatable_field():
    assert Article.curator_edits()[:3] == ["title", "outlet", "published_on"]
    assert len(Article.curator_edits()) == len(Article.CURATABLE_FIELDS)
