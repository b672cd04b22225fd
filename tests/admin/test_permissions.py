"""Only staff reach the admin; curators get exactly what curation needs; the public site writes nothing."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Speaker
from tests.admin.conftest import changelist
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = pytest.mark.django_db

CURATOR_PERMISSIONS = {
    "view_article",
    "change_article",
    "reextract_article",
    "view_quote",
    "change_quote",
    "view_speaker",
    "change_speaker",
    "merge_speakers",
    "view_speakeralias",
    "add_speakeralias",
    "change_speakeralias",
    "delete_speakeralias",
    "view_speakermergesuggestion",
    "change_speakermergesuggestion",
    "view_outlet",
    "change_outlet",
    "merge_outlets",
    "view_outletsignature",
    "add_outletsignature",
    "change_outletsignature",
    "delete_outletsignature",
}


def offered_actions(client, model) -> set[str]:
    form = client.get(changelist(model)).context["action_form"]
    return {name for name, _ in form.fields["action"].choices} if form else set()


def merge_request(speakers) -> dict:
    return {
        "action": "merge_selected_speakers",
        "_selected_action": [s.pk for s in speakers],
        "confirmed": "yes",
    }


def without_permission(user, codename):
    """The curator's permissions, minus one: given directly instead of through the group."""
    group = Group.objects.get(name="curator")
    user.groups.remove(group)
    user.user_permissions.set(group.permissions.exclude(codename=codename))


def test_the_curator_group_holds_exactly_the_curation_permissions():
    group = Group.objects.get(name="curator")

    assert set(group.permissions.values_list("codename", flat=True)) == CURATOR_PERMISSIONS


def test_someone_not_logged_in_is_sent_to_the_login_page(client):
    response = client.get(changelist(Article))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_user_who_is_not_staff_is_refused_even_with_permissions(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="reader-password")
    user.groups.add(Group.objects.get(name="curator"))
    client.force_login(user)
    speakers = [make_speaker("Taro Kono"), make_speaker("Taro Kano")]

    response = client.post(
        changelist(Speaker),
        merge_request(speakers),
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not Speaker.objects.filter(merged_into__isnull=False).exists()


def test_staff_without_the_curator_group_sees_no_curation(client, django_user_model):
    clerk = django_user_model.objects.create_user("clerk", password="clerk-password", is_staff=True)
    client.force_login(clerk)

    assert client.get(changelist(Article)).status_code == 403


def test_curators_hide_articles_rather_than_delete_them(curator_client):
    make_article()

    assert "delete_selected" not in offered_actions(curator_client, Article)


def test_a_curator_without_the_merge_permission_can_neither_see_nor_run_a_merge(curator_client, curator):
    speakers = [make_speaker("Taro Kono"), make_speaker("Taro Kano")]
    assert "merge_selected_speakers" in offered_actions(curator_client, Speaker)
    without_permission(curator, "merge_speakers")

    curator_client.post(
        changelist(Speaker),
        merge_request(speakers),
    )

    assert "merge_selected_speakers" not in offered_actions(curator_client, Speaker)
    assert not Speaker.objects.filter(merged_into__isnull=False).exists()


def test_a_curator_without_the_re_extract_permission_is_not_offered_it(curator_client, curator):
    make_article()
    without_permission(curator, "reextract_article")

    assert "reextract_articles" not in offered_actions(curator_client, Article)
    assert "hide_articles" in offered_actions(curator_client, Article)


def test_a_curator_without_the_change_permission_cannot_edit_an_article(curator_client, curator):
    article = make_article(title="Original")
    without_permission(curator, "change_article")

    response = curator_client.post(f"/admin/articles/article/{article.pk}/change/", {"title": "Changed"})

    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).title == "Original"


def test_posting_to_any_public_page_changes_nothing(client):
    outlet = make_outlet("The Baltic Courier")
    article = make_article(outlet=outlet)
    speaker = make_speaker()
    make_quote(article, speaker)
    pages = [
        reverse("articles:home"),
        reverse("articles:search") + "?q=talks",
        speaker.get_absolute_url(),
        outlet.get_absolute_url(),
        article.get_absolute_url(),
        reverse("articles:article-by-id", kwargs={"pk": article.pk, "slug": article.slug}),
    ]
    before = dump_archive()

    for page in pages:
        html = client.get(page).content.decode().lower()
        assert 'method="post"' not in html
        client.post(page, {"title": "Defaced", "is_visible": "", "name": "Defaced"})

    assert dump_archive() == before


def dump_archive() -> str:
    out = StringIO()
    call_command("dumpdata", "articles", "auth", stdout=out)
    return out.getvalue()
