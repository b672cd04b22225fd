"""The read-only JSON API and CSV export: shapes, stable paging, filters, errors."""

import csv
from datetime import date

import pytest
from django.urls import reverse

from articles.api import schema
from tests.factories import make_article, make_outlet, make_quote, make_speaker

pytestmark = pytest.mark.django_db


def get_json(client, name, *args, status=200, **params):
    response = client.get(reverse(f"articles:{name}", args=args), params)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    return response.json()


def get_csv(client, name, **params):
    response = client.get(reverse(f"articles:{name}"), {**params, "format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.streaming
    return list(csv.DictReader(b"".join(response.streaming_content).decode().splitlines()))


def test_the_index_documents_each_endpoint_with_its_fields(client):
    index = get_json(client, "api")

    assert set(index["endpoints"]) == {"articles", "speakers", "quotes", "search"}
    assert index["endpoints"]["articles"]["url"] == "http://testserver/api/articles/"
    assert index["endpoints"]["quotes"]["fields"] == schema.QUOTE_FIELDS


def test_an_article_list_has_count_next_and_results_with_the_documented_fields(client):
    article = make_article(title="Talks", outlet=make_outlet("RT", slug="rt"), tags=["Japan"])

    page = get_json(client, "api-articles")

    assert set(page) == {"count", "next", "results"}
    assert page["count"] == 1 and page["next"] is None
    [found] = page["results"]
    assert set(found) == set(schema.ARTICLE_FIELDS)
    assert found["id"] == article.pk
    assert found["url"] == f"http://testserver{article.get_absolute_url()}"
    assert found["outlet"] == {
        "id": article.outlet.pk,
        "name": "RT",
        "slug": "rt",
        "url": "http://testserver/outlets/rt/",
    }
    assert found["published_on"] == "2019-01-27" and found["tags"] == ["Japan"]


def test_an_article_in_detail_adds_its_body_and_quotations(client):
    article = make_article(body="She said we are ready to talk today.")
    speaker = make_speaker("Maria Zakharova")
    quote = make_quote(article, speaker, text="we are ready to talk today", role="spokeswoman")

    found = get_json(client, "api-article", article.pk)

    assert set(found) == set(schema.ARTICLE_DETAIL_FIELDS)
    assert found["body"] == article.body
    assert found["quotes"] == [
        {
            "id": quote.pk,
            "text": "we are ready to talk today",
            "kind": "direct",
            "start": 9,
            "end": 35,
            "speaker": {
                "id": speaker.pk,
                "name": "Maria Zakharova",
                "url": f"http://testserver/speakers/{speaker.slug}/",
            },
            "speaker_as_written": "",
            "unnamed_source": "",
            "role": "spokeswoman",
        }
    ]


def test_paging_by_id_neither_repeats_nor_skips_while_articles_arrive(client):
    first_ids = [make_article(title=f"Story {n}").pk for n in range(5)]

    first = get_json(client, "api-articles", limit=2)
    make_article(title="Arrived while paging")
    second = client.get(first["next"]).json()
    rest = client.get(second["next"]).json()

    seen = [found["id"] for page in (first, second, rest) for found in page["results"]]
    assert seen[:5] == first_ids and len(seen) == len(set(seen)) == 6
    assert rest["next"] is None


def test_articles_can_be_narrowed_by_outlet_and_dates(client):
    rt = make_outlet("RT", slug="rt")
    make_article(title="RT January", outlet=rt, published_on=date(2019, 1, 10))
    make_article(title="RT March", outlet=rt, published_on=date(2019, 3, 10))
    make_article(title="DW January", outlet=make_outlet("DW", slug="dw"), published_on=date(2019, 1, 10))

    page = get_json(client, "api-articles", outlet="rt", since="2019-01-01", until="2019-01-31")

    assert [found["title"] for found in page["results"]] == ["RT January"]


def test_hidden_articles_are_not_in_the_api(client):
    hidden = make_article(is_visible=False)

    assert get_json(client, "api-articles")["count"] == 0
    assert get_json(client, "api-article", hidden.pk, status=404) == {"error": "not found"}


@pytest.mark.parametrize(
    "params",
    [{"limit": "many"}, {"after": "-1"}, {"limit": "0"}, {"since": "yesterday"}, {"until": "2019-13-01"}],
)
def test_bad_parameters_get_a_json_error_naming_them(client, params):
    error = get_json(client, "api-articles", status=400, **params)["error"]

    assert next(iter(params)) in error


def test_speakers_come_with_aliases_and_their_count_of_published_quotations(client):
    speaker = make_speaker("Sergei Lavrov", kind="person")
    speaker.aliases.create(name="Sergey Lavrov")
    make_quote(make_article(body="He said yes."), speaker, text="yes")
    make_quote(make_article(title="Hidden", body="He said no.", is_visible=False), speaker, text="no")

    [found] = get_json(client, "api-speakers")["results"]

    assert set(found) == set(schema.SPEAKER_FIELDS)
    assert found["aliases"] == ["Sergey Lavrov"] and found["quote_count"] == 1 and found["kind"] == "person"


def test_quotes_can_be_narrowed_to_a_speaker_outlet_and_year(client):
    speaker, other = make_speaker("Maria Zakharova"), make_speaker("Someone Else", slug="else")
    rt = make_outlet("RT", slug="rt")
    make_quote(
        make_article(title="A", body="said one", outlet=rt, published_on=date(2019, 1, 1)),
        speaker,
        text="one",
    )
    make_quote(
        make_article(title="B", body="said two", outlet=rt, published_on=date(2018, 1, 1)),
        speaker,
        text="two",
    )
    make_quote(
        make_article(title="C", body="said three", outlet=rt, published_on=date(2019, 1, 1)),
        other,
        text="three",
    )

    page = get_json(client, "api-quotes", speaker=speaker.pk, outlet="rt", year="2019")

    [found] = page["results"]
    assert set(found) == set(schema.QUOTE_FIELDS)
    assert found["text"] == "one" and found["article"]["title"] == "A" and found["outlet"]["slug"] == "rt"


@pytest.mark.usefixtures("ingested_seeds")
def test_search_returns_matching_articles_with_marked_snippets(client):
    found = get_json(client, "api-search", q="Morgulov")

    assert set(found) == {"query", "count", "page", "num_pages", "next", "results"}
    assert found["count"] == 1 and found["next"] is None
    assert set(found["results"][0]) == set(schema.ARTICLE_FIELDS) | {"snippet_html"}
    assert "<mark>Morgulov</mark>" in found["results"][0]["snippet_html"]


@pytest.mark.usefixtures("search_index")
def test_an_empty_search_is_an_empty_result_not_an_error(client):
    assert get_json(client, "api-search", q="")["results"] == []


def test_any_list_can_be_downloaded_as_csv_with_every_matching_row(client):
    for n in range(60):
        make_article(title=f"Story {n}", outlet=make_outlet("RT", slug="rt"))
    make_article(title="Elsewhere", outlet=make_outlet("DW", slug="dw"))

    rows = get_csv(client, "api-articles", outlet="rt")

    assert len(rows) == 60 and rows[0]["title"] == "Story 0" and rows[0]["outlet"] == "RT"


def test_quotes_and_speakers_export_as_csv_too(client):
    speaker = make_speaker("Maria Zakharova")
    make_quote(make_article(body='She said "ready, now" today.'), speaker, text="ready, now")

    [quote] = get_csv(client, "api-quotes")
    [who] = get_csv(client, "api-speakers")

    assert quote["text"] == "ready, now" and quote["speaker"] == "Maria Zakharova"
    assert who["name"] == "Maria Zakharova" and who["quote_count"] == "1"


@pytest.mark.usefixtures("ingested_seeds")
def test_search_results_export_as_csv(client):
    rows = get_csv(client, "api-search", q="peace treaty")

    assert len(rows) == 3


def test_the_api_can_be_read_from_other_sites(client):
    assert client.get(reverse("articles:api-articles"))["Access-Control-Allow-Origin"] == "*"


def test_next_links_carry_a_cursor_and_an_old_after_link_still_starts_after_its_id(client):
    ids = [make_article(title=f"Story {n}").pk for n in range(4)]

    first = get_json(client, "api-articles", limit=2)
    resumed = get_json(client, "api-articles", after=ids[1], limit=2)

    assert "cursor=" in first["next"] and "after=" not in first["next"]
    assert [found["id"] for found in resumed["results"]] == ids[2:]
    assert resumed["count"] == 4


def test_a_limit_above_the_largest_page_gets_the_largest_page(client):
    for n in range(3):
        make_article(title=f"Story {n}")

    page = get_json(client, "api-articles", limit="100000")

    assert len(page["results"]) == 3 and page["next"] is None


@pytest.mark.parametrize(
    "cursor",
    [
        "not-a-cursor",
        "cD1hYmM=",  # p=abc: a position that is no id
        "cD05OTk5OTk5OTk5OTk5OTk5OTk5OTk5",  # p=99999999999999999999999: beyond any id
        "bz0tMQ==",  # o=-1
        "é",
    ],
)
def test_a_cursor_the_api_did_not_give_is_a_400_naming_it(client, cursor):
    error = get_json(client, "api-articles", status=400, cursor=cursor)["error"]

    assert error.startswith("cursor ")


@pytest.mark.parametrize(
    ("name", "params"), [("api-articles", {"format": "xml"}), ("api", {"format": "csv"})]
)
def test_a_format_an_endpoint_does_not_give_is_a_400_naming_the_ones_it_does(client, name, params):
    error = get_json(client, name, status=400, **params)["error"]

    assert error.startswith("format must be json")


def test_a_bad_parameter_of_a_csv_download_is_answered_in_json(client):
    error = get_json(client, "api-quotes", status=400, year="0", format="csv")["error"]

    assert error == "year must be from 1 to 9999"


def test_a_speaker_kind_that_does_not_exist_is_a_400_naming_the_kinds(client):
    error = get_json(client, "api-speakers", status=400, kind="robot")["error"]

    assert error == "kind must be person, organization or unknown"


def test_the_accept_header_does_not_change_the_format(client):
    make_article()
    response = client.get(reverse("articles:api-articles"), headers={"Accept": "text/csv"})

    assert response["Content-Type"] == "application/json"


def test_a_day_that_is_not_one_is_refused_quoting_what_was_given(client):
    error = get_json(client, "api-articles", status=400, since="27/01/2019")["error"]

    assert error == "since must be a date such as 2019-01-27, not '27/01/2019'"
