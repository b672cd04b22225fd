"""A researcher searching, narrowing by a facet, paging and switching to quotations, in a real browser."""

from datetime import date

import pytest

from articles.search import reindex_articles
from tests.browser.conftest import PHONE, has_horizontal_overflow
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def archive(search_index):
    rt, tass = make_outlet("RT"), make_outlet("TASS")
    lavrov = make_speaker("Sergei Lavrov")
    articles = []
    for n in range(30):
        article = make_article(
            f"Kuril talks, day {n}",
            f"Talks on the Kuril islands went on for day {n}. Lavrov said: the Kuril talks are going well.",
            outlet=rt if n < 24 else tass,
            published_on=date(2019, 1 + n % 6, 1),
        )
        make_quote(article, lavrov, "the Kuril talks are going well")
        articles.append(article)
    reindex_articles([article.pk for article in articles])


def result_count(page):
    return page.locator(".result-count").inner_text()


@pytest.mark.usefixtures("archive")
def test_search_facet_page_and_quotations(live_server, page, screenshot_dir):
    page.goto(f"{live_server.url}/search/")
    page.locator("#id_q").fill("Kuril “talks”")
    page.locator(".search-form-query button[type=submit]").click()
    page.wait_for_selector(".hit")
    assert result_count(page).startswith("30 articles match")
    assert page.locator(".hit mark").first.inner_text() in {"Kuril", "talks", "Talks"}

    page.locator(".facets a", has_text="RT").click()
    page.wait_for_url("**outlet=RT**")
    assert result_count(page).startswith("24 articles match")
    assert "outlet: RT" in page.locator(".active-filters").inner_text()
    page.screenshot(path=str(screenshot_dir / "search-desktop.png"), full_page=True)

    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url("**page=2**")
    assert "Page 2 of 2" in page.locator(".pagination").inner_text()
    assert page.locator(".hit").count() == 4
    assert "outlet=RT" in page.url

    page.locator(".search-tabs a", has_text="Quotations").click()
    page.wait_for_selector(".quote-hit")
    assert result_count(page).startswith("1 quotation matches")
    assert "Also in" in page.locator(".quote-hit").inner_text()
    assert "Sergei Lavrov" in page.locator(".quote-hit .speaker").inner_text()


@pytest.mark.usefixtures("archive")
def test_a_hostile_query_typed_in_the_box_gets_a_page(live_server, page):
    page.goto(f"{live_server.url}/search/")
    page.locator("#id_q").fill('"((NOT -*:')
    page.locator(".search-form-query button[type=submit]").click()

    page.wait_for_selector(".result-count")
    assert "match" in result_count(page)


@pytest.mark.usefixtures("archive")
def test_the_results_page_fits_a_phone_screen(live_server, page, screenshot_dir):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/search/?q=kuril")

    page.wait_for_selector(".hit")
    page.screenshot(path=str(screenshot_dir / "search-phone.png"), full_page=True)
    assert not has_horizontal_overflow(page)
