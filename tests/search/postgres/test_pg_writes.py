"""Search rows are written in the transaction that writes the article, and only public ones."""

import pytest
from django.db import transaction

from articles.models import SearchDocument
from articles.search.postgres.writer import write_articles
from tests.factories import make_article

pytestmark = pytest.mark.usefixtures("postgres")


def test_an_article_and_its_quotations_get_rows():
    article = make_article(title="Kuril talks", body="Lavrov said talks would go on.")
    write_articles([article.pk])
    assert SearchDocument.objects.filter(article_id=article.pk, kind="a").count() == 1


def test_rows_written_in_a_transaction_that_rolls_back_are_gone_with_it():
    article = make_article(title="Kuril talks")
    with pytest.raises(RuntimeError), transaction.atomic():
        write_articles([article.pk])
        raise RuntimeError
    assert not SearchDocument.objects.filter(article_id=article.pk).exists()


def test_a_hidden_article_loses_its_rows():
    article = make_article(title="Kuril talks")
    write_articles([article.pk])
    article.is_visible = False
    article.save()
    write_articles([article.pk])
    assert not SearchDocument.objects.filter(article_id=article.pk).exists()
