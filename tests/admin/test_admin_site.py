"""The admin says whose it is, and its lists fit the screen with the whole text a hover away."""

import pytest

from articles.models import Quote
from tests.admin.conftest import changelist
from tests.factories import make_article, make_quote, make_speaker

pytestmark = pytest.mark.django_db


def test_the_header_names_the_site_not_django(curator_client):
    html = curator_client.get("/admin/").content.decode()

    assert "Dispatches curation" in html
    assert "Django administration" not in html


def test_the_quote_list_shows_kind_and_status_and_long_texts_whole_on_hover(curator_client):
    said = "We are ready to sign a peace treaty as soon as the other side is, the minister said " * 3
    make_quote(make_article(title="Talks", body=said), make_speaker("Sergei Lavrov"), text=said.strip())

    html = curator_client.get(changelist(Quote)).content.decode()

    assert f'title="{said.strip()}"' in html
    for column in ("column-kind", "column-status", "column-speaker_column", "column-article_column"):
        assert column in html
