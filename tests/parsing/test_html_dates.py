"""Publication dates printed by the headline, and the local day of a declared UTC time."""

from datetime import date

from articles.pipeline import ParsedArticle, parse_file

from .html_pages import PARAGRAPHS, page

FOOTER_YEAR = "<footer><p>© 2014 The Daily Planet</p></footer>"


def parse_page(html: str) -> ParsedArticle:
    [article] = parse_file(html.encode("utf-8"), "page.html")
    assert isinstance(article, ParsedArticle), article
    return article


def test_a_date_printed_under_the_headline_dates_a_page_that_declares_none():
    article = parse_page(
        page(before="<h1>Islands talks stall</h1><div>By Julian Ryall</div><div>20 December 2018</div>")
        + FOOTER_YEAR
    )

    assert article.published == date(2018, 12, 20)


def test_an_update_printed_by_the_headline_is_not_the_publication_date():
    article = parse_page(
        page(before="<h1>Islands talks stall</h1><div>Published Jan. 14, 2019 · Updated March 2, 2019</div>")
    )

    assert article.published == date(2019, 1, 14)


def test_a_date_the_article_talks_about_is_not_its_publication_date():
    talk = (
        "The ministers will meet again on March 2, 2019, in Tokyo, where they hope to agree on a timetable "
        "for the talks that both governments want to finish before the summer."
    )
    article = parse_page(
        page(before="<h1>Islands talks stall</h1>", article=f"<p>{talk}</p><p>{PARAGRAPHS[0]}</p>")
    )

    assert article.published != date(2019, 3, 2)


def test_a_declared_utc_time_is_dated_by_the_day_the_page_prints():
    article = parse_page(
        page(
            head='<meta property="article:published_time" content="2019-01-15T02:30:00+00:00">',
            before="<h1>Islands talks stall</h1><div>January 14, 2019</div>",
        )
    )

    assert article.published == date(2019, 1, 14)


def test_a_declared_utc_time_is_dated_by_the_day_in_the_article_url():
    article = parse_page(
        page(
            head='<meta property="article:published_time" content="2019-01-15T02:30:00+00:00">'
            '<link rel="canonical" href="https://planet.example/2019/01/14/islands-talks-stall">'
        )
    )

    assert article.published == date(2019, 1, 14)


def test_a_date_printed_right_by_the_headline_wins_over_the_declared_one():
    # Sites republish a page under a new date and keep declaring the day it was first made.
    article = parse_page(
        page(
            head='<meta property="article:published_time" content="2019-01-15T10:00:00+00:00">',
            before="<h1>Islands talks stall</h1><div>January 2, 2019</div>",
        )
    )

    assert article.published == date(2019, 1, 2)


def test_a_date_printed_far_below_the_headline_does_not_override_the_declared_one():
    teasers = "".join(f"<div>Other story number {number}</div>" for number in range(15))
    article = parse_page(
        page(
            head='<meta property="article:published_time" content="2019-01-15T10:00:00+00:00">',
            before=f"<h1>Islands talks stall</h1>{teasers}<div>January 2, 2019</div>",
        )
    )

    assert article.published.date() == date(2019, 1, 15)


def test_a_date_under_an_update_label_is_not_the_publication_date():
    article = parse_page(
        page(
            head='<meta property="article:published_time" content="2019-01-14T10:00:00+00:00">',
            before="<h1>Islands talks stall</h1><div>Last updated:</div><div>March 2, 2019</div>",
        )
    )

    assert article.published.date() == date(2019, 1, 14)


def test_a_printed_date_written_month_first_keeps_the_declared_day():
    article = parse_page(
        page(
            head='<meta property="article:published_time" content="2019-09-10T10:00:00+00:00">',
            before="<h1>Islands talks stall</h1><div>09.10.2019</div>",
        )
    )

    assert article.published.date() == date(2019, 9, 10)


def test_a_dotted_date_by_the_headline_reads_day_first():
    article = parse_page(page(before="<h1>Islands talks stall</h1><div>Von Anna Schmidt · 03.04.2019</div>"))

    assert article.published == date(2019, 4, 3)


def test_an_iso_timestamp_by_the_headline_gives_its_day():
    article = parse_page(page(before="<h1>Islands talks stall</h1><div>2019-04-03T08:15</div>"))

    assert article.published == date(2019, 4, 3)
