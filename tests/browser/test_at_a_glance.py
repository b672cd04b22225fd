"""Pictures and controls read at a glance, on a phone and a desktop: charts, facets, coverage, the admin.

Each test leaves screenshots in test-output/screenshots/ (not committed) to look at.
"""

from datetime import date, timedelta

import pytest

from articles.models import Article
from articles.search import reindex_articles
from tests.browser.conftest import DESKTOP, PHONE, has_horizontal_overflow
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIZES = pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
OUTLETS = ["RT", "TASS", "Deutsche Welle", "Xinhua News Agency", "Kyodo News", "Reuters", "The Japan Times"]
FIRST_MONTH, MONTHS = date(2019, 11, 1), 73  # six years: November 2019 to November 2025
GAP = range(16, 18)  # two months without any article (March and April 2021): a gap, not folded


def month(number: int) -> date:
    return date(
        FIRST_MONTH.year + (FIRST_MONTH.month - 1 + number) // 12,
        (FIRST_MONTH.month - 1 + number) % 12 + 1,
        1,
    )


@pytest.fixture
def archive(search_index, migration_data):
    """Six years of Kuril talks from several outlets, busier some months, a gap of six months,
    a page misdated 2011, articles of unknown outlet and undated ones; one speaker quoted throughout."""
    outlets = [make_outlet(name) for name in OUTLETS]
    lavrov = make_speaker("Sergei Lavrov", kind="person")
    articles = []
    for number in range(MONTHS):
        if number in GAP:
            continue
        for n in range(1 + (number * 7) % 5 + (6 if number in (30, 58) else 0)):
            day = month(number) + timedelta(days=(n * 6) % 27)
            articles.append(_story(outlets[(number + n) % len(outlets)], day, n, lavrov))
    articles.append(_story(outlets[0], date(2011, 5, 4), 0, lavrov))
    articles += [_story(None, month(40) + timedelta(days=n), n, lavrov) for n in range(3)]
    articles += [_story(outlets[1], None, n, lavrov) for n in range(2)]
    reindex_articles([article.pk for article in articles])
    return outlets, lavrov


def _story(outlet, day, n, speaker):
    article = make_article(
        f"Kuril talks resume in round {n} on {day}",
        f"Talks on the Kuril islands and a peace treaty went on. Lavrov said: the Kuril talks are going "
        f"well, round {n}.\n\nJapan and Russia will meet again.",
        outlet=outlet or make_outlet("Placeholder"),
        published_on=day,
    )
    if outlet is None:
        Article.objects.filter(pk=article.pk).update(outlet=None)
    make_quote(article, speaker, "the Kuril talks are going well")
    return article


def shoot(page, folder, name, size):
    page.screenshot(path=str(folder / f"{name}-{size['width']}.png"), full_page=True)


def axis_labels(page) -> dict[str, list[str]]:
    chart = page.locator(".time-chart").first
    return {
        "time": [label for label in chart.locator(".time-label").all_text_contents() if label],
        "count": chart.locator(".count-label").all_text_contents(),
        "peaks": chart.locator(".peak-label").all_text_contents(),
    }


def visible_time_labels(page) -> int:
    return page.evaluate(
        "[...document.querySelectorAll('.time-chart .time-label')].filter(l => l.getBBox().width && "
        "getComputedStyle(l.parentNode).display != 'none').length"
    )


@SIZES
@pytest.mark.usefixtures("archive")
def test_six_years_of_results_chart_with_axes_and_the_first_result_on_the_first_screen(
    live_server, page, screenshot_dir, size
):
    page.set_viewport_size(size)
    page.goto(f"{live_server.url}/search/?q=kuril")

    shoot(page, screenshot_dir, "search-6-years", size)
    labels = axis_labels(page)
    assert {"2020", "2022", "2024"} <= set(labels["time"])
    assert labels["count"] and labels["peaks"]
    assert visible_time_labels(page) >= 3
    assert not has_horizontal_overflow(page)
    assert page.locator(".hit").first.bounding_box()["y"] < size["height"]


@SIZES
@pytest.mark.usefixtures("archive")
def test_a_month_of_results_is_drawn_day_by_day_not_as_one_block(live_server, page, screenshot_dir, size):
    page.set_viewport_size(size)
    page.goto(f"{live_server.url}/search/?q=kuril&from=2022-05-01&to=2022-05-31&sort=newest")

    shoot(page, screenshot_dir, "search-1-month", size)
    assert (
        "Matching articles per day, 1 May 2022 to 31 May 2022"
        in page.locator(".time-chart figcaption").inner_text()
    )
    chart_width = page.locator(".time-chart svg").bounding_box()["width"]
    assert (
        max(bar.bounding_box()["width"] for bar in page.locator(".time-chart rect").all()) < chart_width / 10
    )
    assert "(2 active)" in page.locator(".search-filters summary").inner_text()
    assert not page.locator(".search-filters").get_attribute("open")
    assert not has_horizontal_overflow(page)
    assert page.locator(".hit").first.bounding_box()["y"] < size["height"]


@pytest.mark.usefixtures("archive")
def test_a_chosen_outlet_stays_ticked_among_the_others_and_another_widens_the_search(live_server, page):
    page.goto(f"{live_server.url}/search/?q=kuril")
    everything = int(page.locator(".result-count").inner_text().split()[0].replace(",", ""))

    page.locator(".facet-several a", has_text="TASS").click()
    page.wait_for_url("**outlet=TASS**")
    tass = int(page.locator(".result-count").inner_text().split()[0])
    page.locator(".facet-several a", has_text="RT").click()
    page.wait_for_url("**outlet=RT**")

    both = int(page.locator(".result-count").inner_text().split()[0])
    assert tass < both < everything
    chosen = page.locator(".facet-several li.selected a").all_inner_texts()
    assert sorted(chosen) == ["RT", "TASS"]
    assert page.locator(".facet-several li:not(.selected)").count() >= 3
    page.locator(".search-filters summary").click()
    assert page.locator('input[type=checkbox][name=outlet][value="TASS"]').is_checked()
    assert page.locator("select[multiple]").count() == 0


@SIZES
@pytest.mark.usefixtures("archive")
def test_the_coverage_map_shows_the_archive_in_one_screen_with_gaps_and_folds(
    live_server, page, screenshot_dir, size
):
    page.set_viewport_size(size)
    page.goto(f"{live_server.url}/coverage/")

    shoot(page, screenshot_dir, "coverage-six-years", size)
    rows = page.locator(".heatmap tbody th").all_inner_texts()
    assert rows[0] == "All outlets" and "Unknown outlet" in rows
    assert page.locator(".heatmap td.fold").count() >= 1  # 2011 to 2019 folded
    assert page.locator(".heatmap .row-all td.h0").count() >= 1  # the 2021 gap, visible
    assert page.locator(".heatmap").bounding_box()["height"] < size["height"]
    assert not has_horizontal_overflow(page)


@SIZES
def test_speaker_and_outlet_pages_chart_over_time(live_server, page, screenshot_dir, size, archive):
    outlets, lavrov = archive
    page.set_viewport_size(size)
    for name, path in (("speaker", lavrov.get_absolute_url()), ("outlet", outlets[0].get_absolute_url())):
        page.goto(live_server.url + path)
        shoot(page, screenshot_dir, f"{name}-six-years", size)
        labels = axis_labels(page)
        assert len(labels["time"]) >= 2 and labels["count"], name
        assert not has_horizontal_overflow(page), name


ADMIN_PAGES = {
    "admin-articles": (
        "/admin/articles/article/",
        ["title", "outlet", "published on", "quotes", "is visible"],
    ),
    "admin-quotes": (
        "/admin/articles/quote/",
        ["text", "speaker", "article", "kind", "status", "is curated"],
    ),
    "admin-speakers": ("/admin/articles/speaker/", ["name", "kind", "role", "quotes", "merged into"]),
}


@SIZES
def test_the_admins_lists_and_forms_fit_with_every_column_visible(
    live_server, page, screenshot_dir, size, archive, django_user_model
):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "editor-password")
    Article.objects.filter(pk=Article.objects.first().pk).update(title="A headline that goes on " * 8)
    page.set_viewport_size(size)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("editor-password")
    page.get_by_role("button", name="Log in").click()

    assert "Dispatches curation" in page.locator("#site-name").inner_text()
    for name, (path, columns) in ADMIN_PAGES.items():
        page.goto(live_server.url + path)
        shoot(page, screenshot_dir, name, size)
        assert not has_horizontal_overflow(page), name
        headers = page.locator("#result_list thead th")
        assert [text.strip().lower() for text in headers.all_inner_texts()][1:] == columns
        if size == DESKTOP:
            right = headers.last.bounding_box()
            assert right["x"] + right["width"] <= size["width"], f"{name}: last column out of the window"
    article = Article.objects.order_by("pk").first()
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    shoot(page, screenshot_dir, "admin-article-form", size)
    assert not has_horizontal_overflow(page)
    assert page.locator("textarea#id_tags").is_visible()
    if size == DESKTOP:
        assert page.locator("#id_body").bounding_box()["width"] > 400
