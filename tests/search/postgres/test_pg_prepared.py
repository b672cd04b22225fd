"""The PostgreSQL rows read their fields straight from the database, as haystack's indexes prepare them."""

from datetime import UTC, date, datetime

import pytest
from haystack import connections

from articles.models import Article, Quote
from articles.search.postgres.prepared import article_fields, quote_fields
from tests.factories import make_article, make_outlet, make_quote, make_speaker


def haystack_prepared(obj) -> dict:
    index = connections["default"].get_unified_index().get_index(type(obj))
    prepared = index.full_prepare(obj)
    return {name: prepared.get(name) for name in FIELDS[type(obj)]}


FIELDS = {
    Article: ("text", "title", "outlet", "speakers", "language", "published", "month", "stamp"),
    Quote: ("text", "title", "outlet", "speakers", "language", "published", "month", "stamp",
            "said_by", "quote_key"),
}  # fmt: skip


@pytest.fixture
def archive(db):
    rt = make_outlet("RT", slug="rt")
    lavrov = make_speaker("Sergei Lavrov")
    peskov = make_speaker("Dmitry Peskov")
    talks = make_article(
        "Talks, at last", "Lavrov said “we are ready” and Peskov said “No.”", outlet=rt,
        byline="By A. Writer", tags=["diplomacy", "Ukraine"], language="en",
        published_at=datetime(2020, 3, 1, 23, 30, tzinfo=UTC),
    )  # fmt: skip
    make_quote(talks, lavrov, text="we are ready", role="Foreign Minister")
    make_quote(talks, peskov, text="No.")
    make_quote(talks, None, text="Nothing", speaker_as_written="", unnamed_source="a senior official")
    make_quote(talks, peskov, text="wrong one", status=Quote.Status.WRONG)
    make_article("Undated, no outlet's tags", "Body.", published_on=None, tags=[])
    make_article("A day only", "Body.", published_on=date(2019, 1, 27), language="")
    make_article("Hidden", "Body.", is_visible=False)


@pytest.mark.usefixtures("archive")
def test_articles_are_prepared_as_haystack_prepares_them():
    ids = list(Article.objects.values_list("pk", flat=True))

    ours = article_fields(ids)

    public = Article.objects.published()
    assert ours == {article.pk: haystack_prepared(article) for article in public}


@pytest.mark.usefixtures("archive")
def test_quotations_are_prepared_as_haystack_prepares_them():
    articles = article_fields(list(Article.objects.values_list("pk", flat=True)))

    ours = {pk: (article_id, fields) for pk, article_id, fields in quote_fields(articles)}

    public = Quote.objects.published()
    assert ours == {quote.pk: (quote.article_id, haystack_prepared(quote)) for quote in public}
