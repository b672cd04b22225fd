"""A reader's first visit, in a real browser."""

import pytest

from tests.browser.conftest import PHONE, has_horizontal_overflow

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.usefixtures("ingested_seeds")
def test_a_reader_searches_from_the_home_page_and_opens_an_article(live_server, page):
    page.goto(live_server.url)
    page.get_by_label("Search the archive").fill("Morgulov")
    page.get_by_role("button", name="Search").click()

    page.wait_for_selector(".hit")
    assert page.locator(".hit").count() == 1
    page.locator(".hit h2 a").click()

    assert page.locator("h1").inner_text()
    assert "Sputnik" in page.locator(".outlet").first.inner_text()


@pytest.mark.usefixtures("ingested_seeds")
def test_the_home_page_fits_a_phone_screen(live_server, page):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url)

    assert not has_horizontal_overflow(page)
