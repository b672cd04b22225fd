"""Curating quotes in the admin: verify, mark wrong, reassign, fix the span."""

import pytest

from articles.ingest.quotes import sync_quotes
from articles.models import Quote
from articles.pipeline import ParsedQuote
from articles.search import reindex_articles
from tests.admin.forms import quote_form
from tests.factories import make_article, make_quote, make_speaker
from tests.index_probe import indexed_speakers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

BODY = "Moscow said on Monday that we are ready to talk about the islands."


@pytest.fixture
def quote():
    article = make_article(body=BODY)
    quote = make_quote(article, make_speaker("Taro Kano"), text="we are ready to talk")
    reindex_articles([article.pk])
    return quote


def test_marking_verified_confirms_then_protects_the_quote_from_re_ingest(act, quote):
    page = act(Quote, "mark_verified", [quote], confirm=False)
    assert "1 quote will be marked verified" in page.content.decode()

    page = act(Quote, "mark_verified", [quote])

    assert "1 quote marked verified." in page.content.decode()
    sync_quotes(quote.article, [])  # a re-ingest that no longer finds the quote
    assert Quote.objects.get(pk=quote.pk).status == Quote.Status.VERIFIED


def test_a_quote_marked_wrong_leaves_the_public_page(act, client, quote):
    assert f'id="quote-{quote.pk}"' in client.get(quote.article.get_absolute_url()).content.decode()

    act(Quote, "mark_wrong", [quote])

    assert Quote.objects.get(pk=quote.pk).status == Quote.Status.WRONG
    assert f'id="quote-{quote.pk}"' not in client.get(quote.article.get_absolute_url()).content.decode()


def test_reassigning_quotes_moves_them_keeps_them_through_re_ingest_and_reaches_the_index(act, quote):
    kono = make_speaker("Taro Kono")

    page = act(Quote, "reassign_quotes", [quote], speaker=kono.pk)

    assert "1 quote reassigned to “Taro Kono”." in page.content.decode()
    quote.refresh_from_db()
    assert (quote.speaker, quote.is_curated) == (kono, True)
    assert indexed_speakers(quote.article_id) == {"Taro Kono"}
    sync_quotes(quote.article, [ParsedQuote(quote="we are ready to talk", speaker="Taro Kano")])
    assert Quote.objects.get(pk=quote.pk).speaker == kono


def test_reassigning_asks_for_the_speaker_first(act, quote):
    page = act(Quote, "reassign_quotes", [quote], confirm=False)

    assert 'name="speaker"' in page.content.decode()
    assert Quote.objects.get(pk=quote.pk).speaker.name == "Taro Kano"


def test_fixing_the_span_is_saved_and_marks_the_quote_curated(save, curator_client, quote):
    start = BODY.index("we are ready to talk about the islands")
    end = start + len("we are ready to talk about the islands")

    response = save(quote, quote_form(quote, text=BODY[start:end], start=start, end=end))

    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.text, quote.start, quote.end, quote.is_curated) == (BODY[start:end], start, end, True)
    page = curator_client.get(f"/admin/articles/quote/{quote.pk}/change/").content.decode()
    assert "<mark>we are ready to talk about the islands</mark>" in page


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [(10, "", "both the start and the end"), (5, len(BODY) + 10, "past the article"), (20, 10, "")],
)
def test_a_span_outside_the_body_or_reversed_is_refused(save, quote, start, end, problem):
    response = save(quote, quote_form(quote, start=start, end=end))

    assert response.status_code == 200
    assert response.context["adminform"].form.errors
    assert problem in str(response.context["adminform"].form.errors)
    assert Quote.objects.get(pk=quote.pk).start == quote.start
