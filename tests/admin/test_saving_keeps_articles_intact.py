"""Saving an article in the admin changes what the curator changed, and nothing else.

Each test opens the change page, takes the form as a browser would send it (line breaks as CRLF),
changes what the curator would type, and posts it.
"""

import pytest
from django.db.models import Count

from articles.models import Article, Quote
from tests.admin.browser_form import browser_submission
from tests.admin.conftest import change_url

pytestmark = [pytest.mark.django_db]

FORM_ID = "article_form"


@pytest.fixture
def article(ingested_seeds):
    """A seed article as ingested, with its quotations."""
    quoted = Article.objects.annotate(quote_count=Count("quotes")).filter(quote_count__gte=2)
    article = quoted.order_by("pk").first()
    assert article is not None and "\n\n" in article.body
    return article


def open_and_save(client, save, article, **typed):
    page = client.get(change_url(article)).content.decode()
    return save(article, browser_submission(page, FORM_ID, **typed))


def state(article) -> dict:
    article = Article.objects.get(pk=article.pk)
    quotes = list(article.quotes.order_by("pk").values("pk", "text", "start", "end", "is_curated", "status"))
    return {"article": {field: getattr(article, field) for field in STORED}, "quotes": quotes}


STORED = ["title", "body", "byline", "credit", "language", "tags", "curated_fields", "updated_at", "slug"]


def spans_hold_their_text(article) -> bool:
    article = Article.objects.get(pk=article.pk)
    return all(article.body[quote.start : quote.end] == quote.text for quote in article.quotes.all())


def api_spans_hold_their_text(client, article) -> bool:
    served = client.get(f"/api/articles/{article.pk}/").json()
    return all(served["body"][quote["start"] : quote["end"]] == quote["text"] for quote in served["quotes"])


def test_saving_an_article_without_an_edit_changes_nothing(curator_client, save, article):
    before = state(article)

    response = open_and_save(curator_client, save, article)

    assert response.status_code == 302
    assert state(article) == before
    assert "\r" not in Article.objects.get(pk=article.pk).body


def test_changing_only_the_title_changes_only_the_title(curator_client, save, article):
    before = state(article)

    open_and_save(curator_client, save, article, title="Kono and Lavrov meet in Moscow")

    after = state(article)
    assert after["article"]["title"] == "Kono and Lavrov meet in Moscow"
    assert after["article"]["curated_fields"] == ["title"]
    assert after["article"]["body"] == before["article"]["body"]
    assert after["quotes"] == before["quotes"]


def test_editing_the_body_keeps_every_quotation_span_on_its_text(client, curator_client, save, article):
    note = "Editor's note: this article was corrected.\n\n"
    new_body = note + article.body.replace("\n\n", "\n\nMore.\n\n", 1)

    response = open_and_save(curator_client, save, article, body=new_body)

    assert response.status_code == 302
    stored = Article.objects.get(pk=article.pk)
    assert stored.body == new_body
    assert stored.curated_fields == ["body"]
    assert spans_hold_their_text(article)
    assert api_spans_hold_their_text(client, article)


def test_a_body_edit_that_drops_a_verified_quotation_is_refused_and_names_it(curator_client, save, article):
    verified = article.quotes.order_by("start").first()
    Quote.objects.filter(pk=verified.pk).update(status=Quote.Status.VERIFIED)
    before = state(article)

    response = open_and_save(curator_client, save, article, body=article.body.replace(verified.text, "[cut]"))

    assert response.status_code == 200
    page = response.content.decode()
    assert "no longer holds these verified or curated quotations" in page
    assert verified.text[:40] in page
    assert state(article) == before


def test_a_body_edit_that_drops_an_unreviewed_quotation_removes_it_and_says_so(curator_client, save, article):
    dropped = next(quote for quote in article.quotes.order_by("start") if article.body.count(quote.text) == 1)
    new_body = article.body[: dropped.start] + "[cut]" + article.body[dropped.end :]
    still_there = {quote.pk for quote in article.quotes.all() if quote.text in new_body}

    response = open_and_save(curator_client, save, article, body=new_body)

    assert response.status_code == 302
    assert set(Article.objects.get(pk=article.pk).quotes.values_list("pk", flat=True)) == still_there
    assert dropped.pk not in still_there
    assert spans_hold_their_text(article)
    messages = curator_client.get(change_url(article)).content.decode()
    assert "no longer holds were removed" in messages
