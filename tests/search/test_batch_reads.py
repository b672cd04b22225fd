"""What an index write reads from the database: the indexed fields, not the page as ingested."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.search import reindex_articles
from tests.factories import make_article, make_quote, make_speaker
from tests.search.conftest import found

pytestmark = pytest.mark.whoosh_only


def test_an_index_write_leaves_the_ingested_page_in_the_database(index):
    article = make_article("Talks in Lamu", "The ministers met in Lamu. We are ready, they said.")
    article.raw_input = "<html>" + "x" * 10_000 + "</html>"
    article.save()
    make_quote(article, make_speaker(), text="We are ready")

    with CaptureQueriesContext(connection) as queries:
        reindex_articles([article.pk])

    assert not [query["sql"] for query in queries if "raw_input" in query["sql"]]
    assert found("lamu") == ["Talks in Lamu"]
