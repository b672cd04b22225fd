"""Writing one article (an admin save) replaces its documents without reading the whole index:
its old versions are found by their ids, segment by segment, not through a searcher."""

import pytest
from haystack import connections
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from articles.models import Article
from articles.search.indexing import reindex_articles
from tests.factories import make_article, make_quote, make_speaker

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def indexed_documents() -> list[dict]:
    path = connections["default"].get_backend().path
    with whoosh_index.open_dir(path).searcher() as searcher:
        return list(searcher.all_stored_fields())


def documents_of(article) -> list[dict]:
    return [
        fields
        for fields in indexed_documents()
        if (fields["django_ct"], fields["django_id"]) == ("articles.article", str(article.pk))
        or fields.get("article") == str(article.pk)
    ]


@pytest.fixture
def no_searcher_while_writing(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise AssertionError("a write opened a reader over the whole index")

    monkeypatch.setattr(SegmentWriter, "searcher", refuse)
    monkeypatch.setattr(SegmentWriter, "reader", refuse)


@pytest.fixture
def articles_in_several_segments():
    speaker = make_speaker()
    articles = []
    for n in range(3):
        article = make_article(title=f"Story {n} on the islands", body=f"Talks {n}. We are ready to talk.")
        make_quote(article, speaker)
        reindex_articles([article.pk])  # one commit, one segment each
        articles.append(article)
    return articles


def test_saving_an_article_replaces_its_documents_without_a_searcher(
    articles_in_several_segments, no_searcher_while_writing
):
    first, middle, last = articles_in_several_segments
    Article.objects.filter(pk=middle.pk).update(title="Retitled by a curator")
    middle.quotes.all().delete()

    assert reindex_articles([middle.pk])

    assert [fields["title"] for fields in documents_of(middle)] == ["Retitled by a curator"]
    assert len(documents_of(first)) == len(documents_of(last)) == 2  # article and quotation


def test_writing_an_article_twice_leaves_one_copy_of_each_document(
    articles_in_several_segments, no_searcher_while_writing
):
    middle = articles_in_several_segments[1]

    reindex_articles([middle.pk])
    reindex_articles([middle.pk])

    kinds = sorted(fields["django_ct"] for fields in documents_of(middle))
    assert kinds == ["articles.article", "articles.quote"]
