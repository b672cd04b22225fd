"""Sites the archive has not seen become outlets by themselves, once each, and keep their domains."""

from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.management import call_command

from articles.curation.rederive import rederive_outlets
from articles.ingest.run import ingest
from articles.models import Article, Outlet, OutletSignature
from tests.factories import make_article, make_outlet
from tests.parsing.html_pages import page

pytestmark = pytest.mark.django_db

PRINTED_1311 = '<meta property="article:published_time" content="2019-01-27T13:11">'


def canonical(url):
    return f'<link rel="canonical" href="{url}">'


def write_page(folder, name, url, site_name=None, body_text=None):
    head = f'<link rel="canonical" href="{url}"><meta property="article:published_time" content="2019-11-15">'
    if site_name:
        head += f'<meta property="og:site_name" content="{site_name}">'
    article = f"<p>{body_text}</p>" * 3 if body_text else ""
    (folder / name).write_text(page(head=head, article=article), encoding="utf-8")


def test_a_new_site_becomes_an_outlet_with_its_name_and_domain_of_unknown_kind(tmp_path):
    write_page(tmp_path, "a.html", "https://www.wired.com/story/banks/", "Wired")

    ingest([tmp_path], index=False)

    outlet = Outlet.objects.get(name="Wired")
    assert (outlet.home_domain, outlet.kind) == ("wired.com", Outlet.Kind.UNKNOWN)
    assert outlet.signatures.filter(kind=OutletSignature.Kind.DOMAIN, pattern="wired.com").exists()
    assert Article.objects.get().get_absolute_url().startswith("/wired/")


def test_spellings_of_one_site_land_on_one_outlet(tmp_path):
    write_page(
        tmp_path,
        "a.html",
        "https://www.wired.com/story/a/",
        "Wired",
        "First story about banks and money today.",
    )
    write_page(
        tmp_path,
        "b.html",
        "https://wired.com/story/b/",
        "WIRED",
        "Second story about phones and chips today.",
    )
    write_page(
        tmp_path, "c.html", "https://www.wired.com/story/c/", None, "Third story about cars and roads today."
    )

    ingest([tmp_path], index=False)

    assert list(Outlet.objects.filter(articles__isnull=False).distinct().values_list("name", flat=True)) == [
        "Wired"
    ]
    assert Article.objects.filter(outlet__name="Wired").count() == 3


def test_a_name_already_known_keeps_the_new_domain_it_agrees_with(tmp_path):
    make_outlet("Sputnik", slug="sputnik", home_domain="sputniknews.com")
    write_page(tmp_path, "a.html", "https://sputnikglobe.com/20190321/talks/", "Sputnik")

    ingest([tmp_path], index=False)

    assert Article.objects.get().outlet.name == "Sputnik"
    assert OutletSignature.objects.filter(outlet__name="Sputnik", pattern="sputnikglobe.com").exists()


def test_an_outlet_s_domain_recognises_its_later_pages_whatever_they_call_themselves(tmp_path):
    outlet = make_outlet("The Daily Planet", slug="daily-planet")
    OutletSignature.objects.create(outlet=outlet, pattern="dailyplanet.example", kind="domain", weight=5)
    write_page(tmp_path, "a.html", "https://news.dailyplanet.example/a", "Planet Online")

    ingest([tmp_path], index=False)

    assert Article.objects.get().outlet == outlet


def test_a_time_without_a_zone_is_read_in_the_outlet_s_home_zone(tmp_path):
    rt = make_outlet("RT", slug="rt")
    assert (rt.time_zone, rt.signatures.filter(pattern="rt.com").exists()) == ("Europe/Moscow", True)
    head = canonical("https://www.rt.com/news/1/") + PRINTED_1311
    (tmp_path / "a.html").write_text(page(head=head), encoding="utf-8")

    ingest([tmp_path], index=False)

    article = Article.objects.get()
    assert article.published_at == datetime(2019, 1, 27, 10, 11, tzinfo=UTC)
    assert (article.published_tz, article.published_local_time) == ("+03:00", None)


def test_a_time_without_a_zone_for_an_outlet_of_unknown_zone_is_kept_local_not_utc(tmp_path):
    head = canonical("https://www.example-gazette.com/a") + PRINTED_1311
    (tmp_path / "a.html").write_text(page(head=head), encoding="utf-8")

    ingest([tmp_path], index=False)

    article = Article.objects.get()
    assert article.published_at is None
    assert str(article.published_on) == "2019-01-27" and str(article.published_local_time) == "13:11:00"


def test_the_upgrade_moves_articles_a_mention_misfiled_and_their_old_addresses_redirect(client, tmp_path):
    bloomberg = make_outlet("Bloomberg", slug="bloomberg")
    head = canonical("https://www.wired.com/story/banks/") + '<meta property="og:site_name" content="Wired">'
    misfiled = make_article(outlet=bloomberg, raw_input=page(head=head), source_path="wired.html")
    curated = make_article(
        title="Kept",
        outlet=bloomberg,
        raw_input=page(head=head),
        source_path="w2.html",
        curated_fields=["outlet"],
    )
    old_address = misfiled.get_absolute_url()

    result = rederive_outlets()

    misfiled.refresh_from_db()
    assert misfiled.outlet.name == "Wired" and result.moved == [misfiled.pk]
    assert Article.objects.get(pk=curated.pk).outlet == bloomberg
    response = client.get(old_address)
    assert response.status_code == 301 and response["Location"] == misfiled.get_absolute_url()


@pytest.mark.usefixtures("search_index")  # the command reindexes what moved
def test_the_upgrade_command_says_how_many_articles_moved(tmp_path):
    head = canonical("https://www.wired.com/story/banks/") + '<meta property="og:site_name" content="Wired">'
    make_article(outlet=None, raw_input=page(head=head), source_path="wired.html")
    make_article(title="Gone", outlet=None, raw_input="", source_path="lost.html")
    out, err = StringIO(), StringIO()

    call_command("rederive_outlets", stdout=out, stderr=err)

    assert "1 moved, 0 unchanged, 1 could not be read" in out.getvalue()
    assert "no raw input was stored" in err.getvalue()
