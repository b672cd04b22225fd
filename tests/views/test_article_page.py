"""The article page: what a reader arriving from a search or a shared link sees."""

from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from articles.ingest.outcomes import Outcome
from articles.ingest.run import ingest
from articles.models import Article
from tests.factories import make_article, make_outlet, make_quote, make_speaker
from tests.views.html import alternate_feeds, hrefs, soup, text

pytestmark = pytest.mark.django_db

BODY = "Opening paragraph.\n\nWe are ready to talk, the spokesman said.\n\nA closing line."


def read(client, article):
    return soup(client.get(article.get_absolute_url()))


def test_headline_outlet_date_time_zone_byline_and_credits_are_shown(client):
    article = make_article(
        title="Kremlin on the treaty",
        outlet=make_outlet("RT", slug="rt"),
        published_on=date(2019, 1, 27),
        published_at=datetime(2019, 1, 27, 10, 11, tzinfo=UTC),
        published_tz="+03:00",
        byline="Ivan Petrov",
        credit="(Reuters, AFP)",
    )

    page = read(client, article)

    assert text(page.h1) == "Kremlin on the treaty"
    assert page.select_one("a.outlet")["href"] == "/outlets/rt/"
    meta = text(page.select_one(".article-header .meta"))
    assert "27 January 2019, 13:11 (UTC+03:00)" in meta
    assert "Ivan Petrov" in meta and "(Reuters, AFP)" in meta
    assert page.select_one(".article-header time")["datetime"] == "2019-01-27T13:11:00+03:00"


def test_tags_link_to_a_search_for_them(client):
    article = make_article(tags=["Kuril Islands", "Japan"])

    tags = read(client, article).select_one(".tags")

    assert text(tags).endswith("Kuril Islands Japan")
    assert "/search/?q=Kuril%20Islands" in hrefs(tags)


def test_each_paragraph_of_the_body_is_a_paragraph_on_the_page(client):
    article = make_article(body=BODY)

    paragraphs = read(client, article).select(".body p")

    assert [text(p) for p in paragraphs] == ["Opening paragraph.", BODY.split("\n\n")[1], "A closing line."]


def test_each_quotation_is_marked_in_the_body_and_links_to_its_speaker(client):
    article = make_article(body=BODY)
    speaker = make_speaker("Dmitry Peskov")
    quote = make_quote(article, speaker, text="We are ready to talk", role="Kremlin spokesman")

    marked = read(client, article).select_one(f".body q#quote-{quote.pk}")

    assert text(marked) == "We are ready to talk"
    assert marked.a["href"] == speaker.get_absolute_url()
    assert quote.get_absolute_url().endswith(f"#quote-{quote.pk}")


def test_the_sidebar_lists_who_is_quoted_with_the_role_the_article_gave(client):
    article = make_article(body=BODY)
    speaker = make_speaker("Dmitry Peskov")
    make_quote(article, speaker, text="We are ready to talk", role="Kremlin spokesman")

    sidebar = read(client, article).select_one(".quoted")

    assert text(sidebar.select_one(".speaker-name")) == "Dmitry Peskov , Kremlin spokesman"
    assert speaker.get_absolute_url() in hrefs(sidebar)


def test_a_quotation_with_stale_offsets_is_found_by_its_text(client):
    article = make_article(body=BODY)
    quote = make_quote(article, make_speaker(), text="We are ready to talk")
    quote.start, quote.end = 0, 5
    quote.save()

    assert text(read(client, article).select_one(f".body q#quote-{quote.pk}")) == "We are ready to talk"


def test_a_quotation_missing_from_the_body_is_still_listed_and_linkable(client):
    article = make_article(body=BODY)
    quote = make_quote(article, make_speaker(), text="Words the body no longer holds")

    page = read(client, article)

    assert page.select(".body q") == []
    assert "Words the body no longer holds" in text(page.select_one(f".quoted #quote-{quote.pk}"))


def test_overlapping_quotations_are_marked_once_and_both_listed(client):
    article = make_article(body=BODY)
    first = make_quote(article, make_speaker("A Speaker", slug="a"), text="We are ready to talk")
    second = make_quote(article, make_speaker("B Speaker", slug="b"), text="ready to talk, the spokesman")

    page = read(client, article)

    assert len(page.select(".body q")) == 1
    assert page.select_one(f"#quote-{first.pk}") and page.select_one(f"#quote-{second.pk}")
    assert "Opening paragraph." in text(page.select_one(".body"))


def test_scraped_markup_in_title_body_and_quotes_is_shown_as_text(client):
    body = "<img src=x onerror=alert(2)> said: <b>bold claim</b> and more."
    article = make_article(title="<script>alert(1)</script> headline", body=body)
    make_quote(article, make_speaker(), text="<b>bold claim</b>")

    response = client.get(article.get_absolute_url())
    html = response.content.decode()

    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html and "<b>bold" not in html
    page = soup(response)
    assert text(page.h1) == "<script>alert(1)</script> headline"
    assert text(page.select_one(".body q")) == "<b>bold claim</b>"


def test_view_original_shows_the_page_as_ingested_as_plain_text(client):
    raw = "<html><script>alert(1)</script><p>The page as it came</p></html>"
    article = make_article(raw_input=raw)

    link = read(client, article).find("a", string="View original")
    original = client.get(link["href"])

    assert original["Content-Type"] == "text/plain; charset=utf-8"
    assert original["X-Content-Type-Options"] == "nosniff"
    assert original.content.decode() == raw


def test_an_undated_articles_original_is_served_too(client):
    article = make_article(published_on=None, raw_input="raw text")

    link = read(client, article).find("a", string="View original")

    assert client.get(link["href"]).content == b"raw text"


def test_the_source_address_and_an_archived_copy_are_linked(client):
    article = make_article(source_url="https://www.rt.com/news/450000-peace-treaty/")

    links = hrefs(read(client, article).select_one(".provenance"))

    assert "https://www.rt.com/news/450000-peace-treaty/" in links
    assert "https://web.archive.org/web/https://www.rt.com/news/450000-peace-treaty/" in links


def test_a_source_address_that_is_not_a_web_address_is_not_linked(client):
    article = make_article(source_url="javascript:alert(1)")

    assert not any(href.startswith("javascript") for href in hrefs(read(client, article)))


def test_the_address_carries_outlet_and_date_and_is_declared_canonical(client):
    article = make_article(title="Kremlin on the treaty", outlet=make_outlet("RT", slug="rt"))

    assert article.get_absolute_url() == "/rt/2019/01/27/kremlin-on-the-treaty/"
    canonical = read(client, article).select_one('link[rel="canonical"]')["href"]
    assert canonical == "http://testserver/rt/2019/01/27/kremlin-on-the-treaty/"


def test_an_article_by_id_redirects_to_its_dated_address(client):
    article = make_article(title="Kremlin on the treaty")

    response = client.get(reverse("articles:article-by-id", kwargs={"pk": article.pk, "slug": "old"}))

    assert response.status_code == 301 and response["Location"] == article.get_absolute_url()


def test_an_undated_article_has_a_page_of_its_own(client):
    article = make_article(title="Undated story", published_on=None)

    page = read(client, article)

    assert text(page.h1) == "Undated story" and "Date unknown" in text(page.select_one(".meta"))


def test_hidden_articles_are_not_served(client):
    hidden = make_article(title="Withdrawn story", is_visible=False)

    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_the_page_offers_the_outlets_feed(client):
    article = make_article(outlet=make_outlet("RT", slug="rt"))

    assert "/feeds/outlets/rt/" in alternate_feeds(read(client, article))


def test_many_quotations_do_not_mean_many_queries(client, django_assert_max_num_queries):
    article = make_article(body=" ".join(f"Speaker {n} said word{n}." for n in range(20)))
    for n in range(20):
        make_quote(article, make_speaker(f"Speaker {n}", slug=f"s{n}"), text=f"word{n}")

    with django_assert_max_num_queries(12):
        client.get(article.get_absolute_url())


def test_the_seeds_pages_each_list_the_other_two_seeds_as_other_coverage(client, ingested_seeds):
    seeds = list(Article.objects.all())

    for seed in seeds:
        listed = hrefs(read(client, seed).select_one(".other-coverage"))
        assert sorted(listed) == sorted(other.get_absolute_url() for other in seeds if other != seed)


def test_an_article_keeps_its_address_when_its_source_is_ingested_again(
    ingested_seeds, seed_dir, search_index
):
    before = {article.source_key: article.get_absolute_url() for article in Article.objects.all()}
    for path in seed_dir.iterdir():
        path.write_text(path.read_text(encoding="utf-8") + "\nOne more closing line.\n", encoding="utf-8")

    report = ingest([seed_dir])

    assert report.counts[Outcome.UPDATED] == len(before)
    after = {article.source_key: article.get_absolute_url() for article in Article.objects.all()}
    assert after == before
