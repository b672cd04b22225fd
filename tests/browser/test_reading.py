"""A reader in a real browser: reads an article, follows a quotation to its speaker; every page type fits."""

from datetime import UTC, date, datetime

import pytest

from tests.browser.conftest import DESKTOP, PHONE, has_horizontal_overflow
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = (
    "Signing a peace treaty, not giving or getting anything, is the reason Russia continues its dialogue "
    "with Japan, the Kremlin said amid lingering talks over the four Kuril Islands.\n\n"
    "“Our major objective is not to give or get anything, but to sign a peace treaty,” Kremlin spokesman "
    "Dmitry Peskov told Rossiya-1 on Sunday.\n\n"
    "Japan, a close US ally, is sticking to the sanctions imposed by Washington, which makes dialogue even "
    "more challenging, Peskov said. “They support the sanctions regime and this is one of the issues that "
    "hamper signing the peace treaty.”"
)
QUOTATIONS = (
    "Our major objective is not to give or get anything, but to sign a peace treaty,",
    "They support the sanctions regime and this is one of the issues that hamper signing the peace treaty.",
)
LONG_WORD = "Kurilskiye" * 12  # a long unbroken word must wrap, not push the page sideways


@pytest.fixture
def story():
    outlet = make_outlet("RT", slug="rt", description="Russian state broadcaster.")
    article = make_article(
        title=f"Russia keen to sign peace treaty with Japan {LONG_WORD}",
        body=BODY,
        outlet=outlet,
        published_on=date(2019, 1, 27),
        published_at=datetime(2019, 1, 27, 10, 11, tzinfo=UTC),
        published_tz="+03:00",
        tags=["Japan", "Kuril Islands"],
        source_url=f"https://www.rt.com/news/450000-russia-japan-peace-treaty-{LONG_WORD.lower()}/",
        raw_input="<html><body>The page as ingested</body></html>",
    )
    peskov = make_speaker("Dmitry Peskov", kind="person")
    for text in QUOTATIONS:
        make_quote(article, peskov, text=text, role="Kremlin spokesman")
    make_article(title="Earlier story", outlet=outlet, published_on=date(2018, 11, 3))
    return article, peskov


def test_a_reader_follows_a_quotation_from_the_article_to_its_speaker(live_server, page, story):
    article, peskov = story
    page.goto(live_server.url + article.get_absolute_url())

    assert page.locator("h1").inner_text().startswith("Russia keen to sign peace treaty")
    quotation = page.locator(".body q.quote").first
    assert quotation.inner_text().startswith("Our major objective")
    quotation.locator("a").click()

    page.wait_for_url(f"**{peskov.get_absolute_url()}")
    assert page.locator("h1").inner_text() == "Dmitry Peskov"
    assert page.locator(".quote-list blockquote").count() == 2


def test_the_quotation_links_are_reachable_from_the_keyboard(live_server, page, story):
    article, peskov = story
    page.goto(live_server.url + article.get_absolute_url())

    focused = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        focused.add(page.evaluate("document.activeElement.getAttribute('href')"))
    assert peskov.get_absolute_url() in focused


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_page_type_fits_the_screen(live_server, page, story, screenshot_dir, size):
    article, peskov = story
    pages = {
        "home": "/",
        "article": article.get_absolute_url(),
        "speaker": peskov.get_absolute_url(),
        "outlet": article.outlet.get_absolute_url(),
        "archive": "/archive/",
        "archive-year": "/archive/2019/",
        "archive-month": "/archive/2019/01/",
        "coverage": "/coverage/",
        "not-found": "/no/such/page/",
    }
    page.set_viewport_size(size)
    overflowing = []
    for name, path in pages.items():
        page.goto(live_server.url + path)
        page.screenshot(path=screenshot_dir / f"{name}-{size['width']}.png", full_page=True)
        if has_horizontal_overflow(page):
            overflowing.append(name)

    assert overflowing == []
    assert (screenshot_dir / f"article-{size['width']}.png").stat().st_size > 0
