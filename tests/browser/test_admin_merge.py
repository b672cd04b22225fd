"""A curator merges two speakers in a real browser."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import make_article, make_quote, make_speaker

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("migration_data", "search_index"),
]


@pytest.fixture
def curator(django_user_model):
    user = django_user_model.objects.create_user("curator", password="curator-password", is_staff=True)
    user.groups.add(Group.objects.get(name="curator"))
    return user


@pytest.fixture
def kono_and_kano():
    kono, kano = make_speaker("Taro Kono"), make_speaker("Taro Kano")
    article = make_article(body="We are ready to talk, he said. The islands are ours, he added.")
    make_quote(article, kono, text="We are ready to talk")
    make_quote(article, kano, text="The islands are ours")
    return kono, kano


def test_a_curator_logs_in_and_merges_two_speakers(live_server, page, curator, kono_and_kano):
    kono, kano = kono_and_kano
    page.goto(f"{live_server.url}/admin/login/?next=/admin/articles/speaker/")
    page.get_by_label("Username").fill("curator")
    page.get_by_label("Password").fill("curator-password")
    page.get_by_role("button", name="Log in").click()

    page.locator(f'input[name="_selected_action"][value="{kono.pk}"]').check()
    page.locator(f'input[name="_selected_action"][value="{kano.pk}"]').check()
    page.locator('select[name="action"]').select_option("merge_selected_speakers")
    page.get_by_role("button", name="Go").click()

    page.get_by_label("Taro Kono").check()
    page.get_by_role("button", name="Merge").click()

    assert "Merged “Taro Kano” into “Taro Kono”" in page.locator(".messagelist").inner_text()
    page.goto(f"{live_server.url}{kano.get_absolute_url()}")
    assert page.url == f"{live_server.url}{kono.get_absolute_url()}"
    assert "Taro Kono" in page.locator("h1").inner_text()
