"""Quotation search: hits are quotations, and one quotation carried by several outlets appears once."""

import pytest

from articles.models import Quote
from articles.search import QUOTES, SearchParams, search
from tests.factories import make_article, make_outlet, make_quote, make_speaker


@pytest.fixture
def quotes(index):
    lavrov = make_speaker("Sergei Lavrov", role="Foreign Minister")
    peskov = make_speaker("Dmitry Peskov")
    wire = "We are ready to talk, but not under pressure."
    articles = []
    for outlet in ("RT", "TASS", "Xinhua"):
        article = make_article(f"{outlet} on talks", f'Lavrov said: "{wire}"', outlet=make_outlet(outlet))
        make_quote(
            article, lavrov, wire if outlet != "Xinhua" else "we are ready to talk but NOT under pressure"
        )
        articles.append(article)
    other = make_article("Kremlin comment", "Peskov: pressure does not work.", outlet=make_outlet("RT"))
    make_quote(other, peskov, "pressure does not work", role="Kremlin spokesman")
    hidden = make_article("Wrong one", "Pressure talk.", outlet=make_outlet("RT"))
    make_quote(hidden, peskov, "Pressure talk", status=Quote.Status.WRONG)
    index(*articles, other, hidden)


pytestmark = pytest.mark.usefixtures("quotes")


def quote_search(q, **params):
    return search(SearchParams(q=q, mode=QUOTES, **params))


def test_hits_are_quotations_with_speaker_outlet_and_a_link_to_the_passage():
    results = quote_search("pressure work")

    assert [hit.quote.text for hit in results.hits] == ["pressure does not work"]
    hit = results.hits[0]
    assert hit.quote.speaker.name == "Dmitry Peskov"
    assert hit.quote.role == "Kremlin spokesman"
    assert hit.quote.get_absolute_url().endswith(f"#quote-{hit.quote.pk}")


def test_one_quotation_in_several_outlets_appears_once_with_the_others_listed():
    results = quote_search("ready talk")

    assert results.count == 1
    (hit,) = results.hits
    outlets = {hit.quote.article.outlet.name} | {other.article.outlet.name for other in hit.also_in}
    assert outlets == {"RT", "TASS", "Xinhua"}
    assert len(hit.also_in) == 2


def test_quotations_marked_wrong_by_a_curator_are_not_found():
    assert quote_search('"pressure talk"').count == 0


def test_quotation_search_is_filtered_and_faceted_like_articles():
    results = quote_search("pressure", outlets=("RT",))

    assert {hit.quote.text for hit in results.hits} == {
        "We are ready to talk, but not under pressure.",
        "pressure does not work",
    }
    speakers = {entry.label for entry in results.facets[1].entries}
    assert speakers == {"Sergei Lavrov", "Dmitry Peskov"}


def test_a_speakers_name_finds_what_they_said():
    results = quote_search("Lavrov")

    assert results.count == 1
    assert results.hits[0].quote.speaker.name == "Sergei Lavrov"


def test_words_can_name_the_speaker_and_what_was_said_together():
    assert quote_search("Lavrov pressure").count == 1
    assert quote_search("Peskov ready").count == 0


def test_the_role_an_article_gives_finds_the_quotation():
    assert [hit.quote.text for hit in quote_search("Kremlin spokesman").hits] == ["pressure does not work"]


def test_quote_prefix_searches_the_quotation_not_the_article():
    assert quote_search("quote:Lavrov").count == 0
    assert quote_search("speaker:lavrov").count == 1


def test_reindexing_an_article_replaces_its_quotations(index):
    article = make_article("Fresh", "Entirely new words here.", outlet=make_outlet("RT"))
    make_quote(article, make_speaker("Wang Yi"), "entirely new words")
    index(article)
    article.quotes.all().delete()
    index(article)

    assert quote_search("entirely").count == 0


def test_a_speakers_full_name_in_quotes_finds_what_they_said():
    assert {hit.quote.speaker.name for hit in quote_search('"Sergei Lavrov"').hits} == {"Sergei Lavrov"}
    assert quote_search('"Lavrov Sergei"').count == 0
