"""The search page as a user sees it."""

from datetime import date

import pytest
from django.urls import reverse

from articles.search import limits, reindex_articles
from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.views.html import hrefs, soup, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def search(client, **params):
    if "date_from" in params:
        params["from"] = params.pop("date_from")
    return client.get(reverse("articles:search"), params)


@pytest.fixture
def archive(db, search_index):
    rt, dw = make_outlet("RT"), make_outlet("Deutsche Welle")
    articles = [
        make_article(f"Summit report {n}", f"Summit talks, part {n}.", outlet=rt if n % 2 else dw)
        for n in range(25)
    ]
    quoted = make_article("Minister on the summit", "The summit will succeed, he said.", outlet=rt)
    make_quote(quoted, make_speaker("Sergei Lavrov"), "The summit will succeed", role="Foreign Minister")
    reindex_articles([article.pk for article in [*articles, quoted]])


@pytest.mark.usefixtures("ingested_seeds")
def test_search_page_shows_count_and_marked_snippets(client):
    page = search(client, q="Morgulov")

    html = page.content.decode()
    assert page.status_code == 200
    assert "1 article matches" in html
    assert "<mark>Morgulov</mark>" in html


def test_an_empty_query_shows_help_not_results(client):
    page = search(client, q="")

    assert page.status_code == 200
    assert b"exact phrase" in page.content
    assert reverse("articles:search-help").encode() in page.content


def test_the_help_page_documents_the_syntax(client):
    html = client.get(reverse("articles:search-help")).content.decode()

    for example in [
        '"peace treaty"',
        "OR",
        "NOT",
        "-oil",
        "negotiat*",
        "title:",
        "outlet:",
        "speaker:",
        "quote:",
    ]:
        assert example in html.replace("&quot;", '"')


def test_the_help_page_states_the_limits_on_one_query(client):
    page = soup(client.get(reverse("articles:search-help")))
    limits_text = text(page.select_one("#limits").find_next("ul"))

    assert f"{limits.MAX_QUERY_WORDS} words" in limits_text
    assert f"{limits.MAX_PREFIXES} prefixes" in limits_text
    assert f"{limits.MAX_PREFIX_WORDS:,} of the archive's words" in limits_text
    assert f"up to {limits.MAX_SUGGESTION_WORD_LENGTH} letters" in limits_text


@pytest.mark.usefixtures("archive")
def test_every_piece_of_search_state_is_in_the_url_and_pagination_keeps_it(client):
    html = search(client, q="summit", outlet=["RT", "Deutsche Welle"], sort="oldest").content.decode()

    assert "26 articles match" in html
    next_page = "/search/?q=summit&amp;outlet=RT&amp;outlet=Deutsche+Welle&amp;sort=oldest&amp;page=2"
    assert f'rel="next" href="{next_page}"' in html
    page_two = search(client, q="summit", outlet=["RT", "Deutsche Welle"], sort="oldest", page=2)
    assert "Page 2 of 2" in page_two.content.decode()


@pytest.mark.usefixtures("archive")
def test_the_form_shows_the_current_filters(client):
    html = search(
        client, q="summit", outlet="RT", speaker="Sergei Lavrov", date_from="2019-01-01"
    ).content.decode()

    assert 'value="summit"' in html
    assert '<input type="checkbox" name="outlet" value="RT" checked>' in html
    assert 'value="Sergei Lavrov"' in html
    assert 'name="from" value="2019-01-01"' in html


@pytest.mark.usefixtures("archive")
def test_facets_are_links_that_narrow_the_search(client):
    html = search(client, q="summit").content.decode()

    link = '<a href="/search/?q=summit&amp;outlet=Deutsche+Welle">Deutsche Welle</a>'
    assert f'{link} <span class="count">13</span>' in html
    assert '<a href="/search/?q=summit&amp;speaker=Sergei+Lavrov">Sergei Lavrov</a>' in html


@pytest.mark.usefixtures("archive")
def test_outlets_are_chosen_by_ticking_boxes_not_from_a_multiple_select_list(client):
    page = soup(search(client, q="summit", outlet="RT"))

    assert page.select("select[multiple]") == []
    boxes = page.select("input[type=checkbox][name=outlet]")
    boxes = {box["value"]: box.has_attr("checked") for box in boxes}
    assert boxes == {"RT": True, "Deutsche Welle": False}


@pytest.mark.usefixtures("archive")
def test_a_chosen_outlet_stays_ticked_among_the_others_and_another_widens_the_search(client):
    page = soup(search(client, q="summit", outlet="RT"))

    entries = {text(item.a): item for item in page.select(".facet-several li")}
    assert set(entries) == {"RT", "Deutsche Welle"}
    assert "selected" in entries["RT"]["class"]
    assert entries["Deutsche Welle"].a["href"] == "/search/?q=summit&outlet=RT&outlet=Deutsche+Welle"
    assert text(entries["Deutsche Welle"].select_one(".count")) == "13"


@pytest.mark.usefixtures("archive")
def test_filters_stay_folded_with_a_count_of_those_active_so_results_come_first(client):
    page = soup(search(client, q="summit", outlet="RT", sort="newest"))

    filters = page.select_one("details.search-filters")
    assert not filters.has_attr("open")
    assert text(filters.summary) == "Filters and order (2 active)"


@pytest.mark.usefixtures("archive")
def test_quotation_tab_shows_quotes_with_speaker_and_role(client):
    html = search(client, q="succeed", mode="quotes").content.decode()

    assert "1 quotation matches" in html
    assert "The summit will <mark>succeed</mark>" in html
    assert "Sergei Lavrov</a>, Foreign Minister" in html
    assert 'aria-current="page">Quotations</a>' in html


@pytest.mark.usefixtures("archive")
def test_zero_hits_offer_a_spelling_and_the_search_without_each_filter(client):
    html = search(client, q="sumit").content.decode()

    assert "0 articles match" in html
    assert 'Did you mean <a href="/search/?q=summit">summit</a>? (26 results)' in html
    html = search(client, q="summit", outlet="Nowhere").content.decode()
    assert (
        '<a href="/search/?q=summit">without outlet: Nowhere</a> <span class="count">26 results</span>'
        in html
    )


@pytest.mark.usefixtures("archive")
def test_the_attention_chart_is_drawn_with_axes_a_table_and_a_csv_of_its_counts(client):
    page = soup(search(client, q="summit"))

    chart = page.select_one(".time-chart")
    assert chart.select(".bars rect") and chart.select(".time-label") and chart.select(".count-label")
    assert reverse("articles:search-attention-csv") + "?q=summit" in hrefs(chart)
    assert chart.select(".chart-table tbody tr")


@pytest.mark.usefixtures("archive")
def test_a_bad_date_is_reported_and_ignored(client):
    page = search(client, q="summit", date_from="31/02/2019")

    assert page.status_code == 200
    assert "Give a date as YYYY-MM-DD" in page.content.decode()
    assert "26 articles match" in page.content.decode()


@pytest.mark.usefixtures("archive")
def test_dates_given_the_wrong_way_round_are_swapped(client):
    html = search(client, q="summit", date_from="2019-12-31", to="2019-01-01").content.decode()

    assert "dates: 2019-01-01 to 2019-12-31" in html


def test_titles_and_snippets_from_scraped_pages_are_escaped(client, index_one):
    index_one(make_article('<img src=x onerror="alert(1)"> summit', "<script>alert('summit')</script>"))

    html = search(client, q="summit").content.decode()

    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;<mark>summit</mark>&#x27;)&lt;/script&gt;" in html


@pytest.fixture
def index_one(db):
    def put(article):
        reindex_articles([article.pk])

    return put


def test_published_date_filter_uses_utc_days(client, index_one):
    index_one(make_article("Summit day", "Summit.", published_on=date(2019, 5, 5)))

    assert (
        "1 article matches"
        in search(client, q="summit", date_from="2019-05-05", to="2019-05-05").content.decode()
    )
    assert "0 articles match" in search(client, q="summit", date_from="2019-05-06").content.decode()


@pytest.mark.usefixtures("archive")
@pytest.mark.parametrize("mode", ["articles", "quotes"])
def test_a_full_page_of_hits_costs_one_database_query(client, django_assert_num_queries, mode):
    with django_assert_num_queries(1):
        page = search(client, q="summit", mode=mode)

    assert page.status_code == 200
