"""An archive made before articles had several sources keeps each article's source as its first."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.ingest.loader import load_article
from articles.ingest.outcomes import Outcome
from articles.ingest.outlets import OutletDirectory
from articles.models import Article, ArticleSource
from articles.pipeline import ParsedArticle

BEFORE = [("articles", "0007_unnamed_sources_and_attribution_version")]
BODY = "Envoys met in Tokyo on Monday to discuss the islands, and agreed to meet again in the spring."


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_each_articles_source_fields_become_its_first_source():
    old = migrate(BEFORE).get_model("articles", "Article")
    old.objects.create(
        title="Talks",
        slug="talks",
        body=BODY,
        source_key="https://example.org/talks",
        source_path="dumps/talks.html",
        source_url="https://example.org/talks",
        fingerprint="0" * 64,
    )

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    source = ArticleSource.objects.get()
    article = Article.objects.get()
    assert (source.article, source.key, source.path, source.url) == (
        article,
        "https://example.org/talks",
        "dumps/talks.html",
        "https://example.org/talks",
    )
    copy = ParsedArticle(source="elsewhere/talks.html", title="Talks", body=BODY, raw="<p>other markup</p>")
    assert load_article(copy, OutletDirectory())[0] == Outcome.COPY
    assert Article.objects.count() == 1
