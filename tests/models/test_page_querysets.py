"""QuerySet methods the pages, feeds and API rely on."""

from datetime import date

import pytest

from articles.models import Article, Quote, Speaker
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = pytest.mark.django_db


def quote(speaker, words, outlet="RT", day=date(2019, 1, 27), role=""):
    article = make_article(title=words, body=f"said {words}", outlet=make_outlet(outlet), published_on=day)
    return make_quote(article, speaker, text=words, role=role)


def test_quotes_by_speaker_are_only_theirs():
    speaker, other = make_speaker("A", slug="a"), make_speaker("B", slug="b")
    mine = quote(speaker, "mine")
    quote(other, "theirs")

    assert list(Quote.objects.by_speaker(speaker)) == [mine]


def test_quotes_newest_first_put_undated_articles_last():
    speaker = make_speaker()
    undated = quote(speaker, "undated", day=None)
    old = quote(speaker, "old", day=date(2018, 1, 1))
    new = quote(speaker, "new", day=date(2019, 1, 1))

    assert list(Quote.objects.newest_first()) == [new, old, undated]


def test_quote_counts_per_outlet_most_first():
    speaker = make_speaker()
    for words in ("a", "b"):
        quote(speaker, words, outlet="RT")
    quote(speaker, "c", outlet="DW")

    rows = list(Quote.objects.by_speaker(speaker).outlet_counts())

    assert rows == [{"outlet": "RT", "slug": "rt", "count": 2}, {"outlet": "DW", "slug": "dw", "count": 1}]


def test_quote_years_and_roles():
    speaker = make_speaker()
    quote(speaker, "a", day=date(2017, 5, 1), role="minister")
    quote(speaker, "b", day=date(2019, 5, 1), role="minister")
    quote(speaker, "c", day=date(2019, 6, 1), role="")

    quotes = Quote.objects.by_speaker(speaker)

    assert list(quotes.years()) == [2019, 2017]
    assert list(quotes.roles()) == [{"role": "minister", "count": 2}]


def test_most_quoted_counts_only_the_quotes_given():
    busy, quiet = make_speaker("Busy", slug="busy"), make_speaker("Quiet", slug="quiet")
    for words in ("a", "b", "c"):
        quote(busy, words, outlet="RT")
    quote(quiet, "d", outlet="RT")
    quote(quiet, "e", outlet="DW")
    quote(quiet, "f", outlet="DW")

    in_rt = Speaker.objects.most_quoted(Quote.objects.in_outlet("rt"))

    assert [(s.name, s.quote_count) for s in in_rt] == [("Busy", 3), ("Quiet", 1)]


def test_month_counts_leave_out_undated_articles():
    make_article(title="a", published_on=date(2019, 1, 3))
    make_article(title="b", published_on=date(2019, 1, 30))
    make_article(title="c", published_on=date(2019, 3, 1))
    make_article(title="d", published_on=None)

    rows = [(row["month"], row["count"]) for row in Article.objects.month_counts()]

    assert rows == [(date(2019, 1, 1), 2), (date(2019, 3, 1), 1)]


def test_other_outlets_than_an_article_include_those_of_unknown_outlet():
    article = make_article(title="mine", outlet=make_outlet("RT"))
    make_article(title="same outlet", outlet=article.outlet)
    other = make_article(title="other", outlet=make_outlet("DW"))
    unknown = Article.objects.create(
        title="unknown", slug="unknown", body="", source_key="x", fingerprint="x"
    )

    assert set(Article.objects.from_other_outlets_than(article)) == {other, unknown}
