"""The speaker page: who they are, everything they were quoted as saying, and where."""

from datetime import date

import pytest

from articles.models import SpeakerAlias
from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.views.html import alternate_feeds, hrefs, soup, text

pytestmark = pytest.mark.django_db


def quoted(speaker, words, outlet="RT", day=date(2019, 1, 27), **fields):
    outlet = make_outlet(outlet)
    article = make_article(
        title=f"Story {words}", body=f"He said {words} today.", outlet=outlet, published_on=day
    )
    return make_quote(article, speaker, text=words, **fields)


def quotations(page):
    return [text(node) for node in page.select(".quote-list blockquote")]


def test_name_kind_roles_as_reported_and_aliases_are_shown(client):
    speaker = make_speaker("Sergei Lavrov", kind="person", role="Foreign Minister")
    SpeakerAlias.objects.create(speaker=speaker, name="Sergey Lavrov")
    quoted(speaker, "first words", role="Russian Foreign Minister")
    quoted(speaker, "second words", role="Russian Foreign Minister")
    quoted(speaker, "third words", role="Russia's top diplomat")

    page = soup(client.get(speaker.get_absolute_url()))

    assert text(page.h1) == "Sergei Lavrov"
    assert "Person" in text(page.select_one(".page-header .meta"))
    facts = text(page.select_one(".facts"))
    assert "Russian Foreign Minister (2 times)" in facts and "Russia's top diplomat" in facts
    assert "Sergey Lavrov" in facts


def test_quotations_over_time_are_drawn_and_each_bar_opens_them_in_the_search(client):
    speaker = make_speaker("Sergei Lavrov")
    quoted(speaker, "in May", day=date(2018, 5, 1))
    quoted(speaker, "in March", day=date(2019, 3, 1))
    quoted(speaker, "again in March", day=date(2019, 3, 20))

    chart = soup(client.get(speaker.get_absolute_url())).select_one(".time-chart")

    assert text(chart.select_one("svg title")) == "Quotations per month, May 2018 to Mar 2019"
    assert [text(row) for row in chart.select("tbody tr")] == ["May 2018 1", "Mar 2019 2"]
    march = "/search/?mode=quotes&speaker=Sergei+Lavrov&from=2019-03-01&to=2019-03-31"
    assert march in hrefs(chart.select_one("svg"))


def test_every_quotation_is_listed_newest_first(client):
    speaker = make_speaker()
    quoted(speaker, "oldest words", day=date(2018, 5, 1))
    quoted(speaker, "newest words", day=date(2019, 3, 1))
    quoted(speaker, "middle words", day=date(2019, 1, 1))

    page = soup(client.get(speaker.get_absolute_url()))

    assert quotations(page) == ["newest words", "middle words", "oldest words"]


def test_quotations_link_to_the_marked_quotation_in_the_article(client):
    speaker = make_speaker()
    quote = quoted(speaker, "ready to talk")

    page = soup(client.get(speaker.get_absolute_url()))

    assert quote.get_absolute_url() in hrefs(page.select_one(".quote-list"))


def test_counts_per_outlet_read_as_a_sentence(client):
    speaker = make_speaker()
    for n in range(3):
        quoted(speaker, f"words {n}", outlet="RT")
    quoted(speaker, "other words", outlet="DW")

    page = soup(client.get(speaker.get_absolute_url()))

    assert text(page.select_one(".outlet-counts")) == "3 times by RT , 1 time by DW"


def test_quotations_can_be_narrowed_to_an_outlet_and_a_year(client):
    speaker = make_speaker()
    quoted(speaker, "rt in 2019", outlet="RT", day=date(2019, 2, 1))
    quoted(speaker, "rt in 2018", outlet="RT", day=date(2018, 2, 1))
    quoted(speaker, "dw in 2019", outlet="DW", day=date(2019, 2, 1))

    by_outlet = soup(client.get(speaker.get_absolute_url(), {"outlet": "rt"}))
    by_both = soup(client.get(speaker.get_absolute_url(), {"outlet": "rt", "year": "2019"}))

    assert sorted(quotations(by_outlet)) == ["rt in 2018", "rt in 2019"]
    assert quotations(by_both) == ["rt in 2019"]
    assert by_both.select_one("select[name=year] option[selected]")["value"] == "2019"


def test_a_filter_nobody_offered_shows_everything_not_an_error(client):
    speaker = make_speaker()
    quoted(speaker, "some words")

    page = soup(client.get(speaker.get_absolute_url(), {"outlet": "no-such", "year": "abc"}))

    assert quotations(page) == ["some words"]


def test_the_filters_are_labelled_form_fields(client):
    speaker = make_speaker()
    quoted(speaker, "some words")

    form = soup(client.get(speaker.get_absolute_url())).select_one("form.filters")

    for name in ("outlet", "year"):
        field = form.select_one(f"select[name={name}]")
        assert form.select_one(f"label[for={field['id']}]")


def test_further_pages_keep_the_chosen_outlet(client):
    speaker = make_speaker()
    for n in range(35):
        quoted(speaker, f"words {n}", outlet="RT")

    page = soup(client.get(speaker.get_absolute_url(), {"outlet": "rt"}))

    next_page = page.select_one('a[rel="next"]')["href"]
    assert "outlet=rt" in next_page and "page=2" in next_page


def test_a_search_for_articles_mentioning_them_is_linked(client):
    speaker = make_speaker("Maria Zakharova")

    page = soup(client.get(speaker.get_absolute_url()))

    assert "/search/?q=%22Maria%20Zakharova%22" in hrefs(page)


def test_their_quotations_can_be_downloaded_as_csv(client):
    speaker = make_speaker()
    quoted(speaker, "some words", outlet="RT")

    link = soup(client.get(speaker.get_absolute_url(), {"outlet": "rt"})).select_one("a.csv")["href"]
    response = client.get(link)

    assert response["Content-Type"].startswith("text/csv")
    assert "some words" in b"".join(response.streaming_content).decode()


def test_the_page_offers_a_feed_of_their_quotations(client):
    speaker = make_speaker("Maria Zakharova", slug="maria-zakharova")

    page = soup(client.get(speaker.get_absolute_url()))

    assert "/feeds/speakers/maria-zakharova/" in alternate_feeds(page)


def test_quotations_of_hidden_articles_or_marked_wrong_are_not_listed(client):
    speaker = make_speaker()
    quoted(speaker, "shown words")
    quoted(speaker, "wrong words", status="wrong")
    hidden = quoted(speaker, "hidden words")
    hidden.article.is_visible = False
    hidden.article.save()

    assert quotations(soup(client.get(speaker.get_absolute_url()))) == ["shown words"]


def test_a_merged_speaker_redirects_to_the_one_they_became(client):
    kept = make_speaker("Sergei Lavrov")
    merged = make_speaker("Sergey Lavrov", merged_into=kept)

    response = client.get(merged.get_absolute_url())

    assert response.status_code == 301 and response["Location"] == kept.get_absolute_url()
