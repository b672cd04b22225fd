"""Queued index changes can be written on demand, e.g. from cron."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, PendingReindex
from articles.search import reindex_articles
from tests.factories import make_article
from tests.index_probe import indexed_articles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def test_the_command_writes_queued_changes_and_empties_the_queue():
    article = make_article()
    reindex_articles([article.pk])
    Article.objects.filter(pk=article.pk).update(is_visible=False)
    PendingReindex.objects.create(article_id=article.pk)
    out = StringIO()

    call_command("reindex_pending", stdout=out)

    assert "queued: 1; written: 1" in out.getvalue()
    assert article.pk not in indexed_articles()
    assert not PendingReindex.objects.exists()
