"""An article's outlet is the site that published it, read from what the page says about itself."""

import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from articles.pipeline import OutletSignature, parse_file

from .dumps import MENU, PARAGRAPHS, dump
from .html_pages import page

RT = OutletSignature("RT", "rt.com", "domain", 5)
BLOOMBERG = OutletSignature("Bloomberg", "bloomberg.com", "domain", 5)
NYT = OutletSignature("The New York Times", "nytimes.com", "domain", 5)
AP = OutletSignature("AP", "apnews.com", "domain", 5)
KNOWN = [RT, BLOOMBERG, NYT, AP]


def html_outlet(head="", url=None, **parts):
    [article] = parse_file(page(head=head, **parts).encode(), "page.html", KNOWN)
    return article.outlet


def canonical(url):
    return f'<link rel="canonical" href="{url}">'


def test_the_declared_site_name_names_the_outlet_when_the_host_agrees():
    head = (
        canonical("https://www.wired.com/story/banking/") + '<meta property="og:site_name" content="Wired">'
    )
    assert html_outlet(head) == "Wired"


def test_json_ld_publisher_and_is_part_of_name_the_outlet():
    publisher = {
        "@type": "NewsArticle",
        "headline": "Talks",
        "publisher": {"@type": "Organization", "name": "VentureBeat"},
    }
    part_of = {
        "@type": "NewsArticle",
        "headline": "Talks",
        "isPartOf": {"@type": "WebSite", "name": "Quanta Magazine"},
    }
    assert html_outlet(_json_ld(publisher) + canonical("https://venturebeat.com/a/")) == "VentureBeat"
    assert (
        html_outlet(_json_ld(part_of) + canonical("https://www.quantamagazine.org/a/")) == "Quanta Magazine"
    )


def test_application_name_and_twitter_handle_name_the_outlet_when_the_host_agrees():
    assert html_outlet(
        '<meta name="application-name" content="New York Post">' + canonical("https://nypost.com/x")
    ) == ("New York Post")
    assert html_outlet(
        '<meta name="twitter:site" content="@ScienceAlert">' + canonical("https://www.sciencealert.com/x")
    ) == ("ScienceAlert")


def test_without_any_declared_name_the_page_spelling_of_its_domain_names_it():
    head = (
        canonical("https://www.deccanherald.com/india/story.html")
        + "<title>Talks resume | Deccan Herald</title>"
    )
    assert html_outlet(head) == "Deccan Herald"


def test_a_domain_the_page_never_spells_out_stays_the_domain():
    assert html_outlet(canonical("https://www.deccanherald.com/india/story.html")) == "deccanherald.com"


def test_a_declared_name_that_is_not_the_host_s_gives_way_to_the_host():
    head = (
        canonical("https://www.example-gazette.com/a") + '<meta property="og:site_name" content="Bloomberg">'
    )
    assert html_outlet(head) == "example-gazette.com"


def test_a_curator_s_domain_names_its_outlet_whatever_the_page_declares():
    head = (
        canonical("https://www.rt.com/news/1/") + '<meta property="og:site_name" content="RT International">'
    )
    assert html_outlet(head) == "RT"


def test_a_photo_credit_and_mentions_of_other_outlets_do_not_move_a_page():
    article = (
        "<p>Banks are changing fast, as Bloomberg and The New York Times reported on bloomberg.com.</p>"
        "<figure><img src='x.jpg'><figcaption>Photo: Bloomberg/Getty Images</figcaption></figure>"
        "<p>Customers, the AP said, were not told (AP Photo/Evan Vucci) and kept their accounts open.</p>"
        "<p>Regulators said they would look into the matter before the end of the year, officials added.</p>"
    )
    head = (
        canonical("https://www.wired.com/story/banking/") + '<meta property="og:site_name" content="Wired">'
    )
    assert html_outlet(head, article=article) == "Wired"


def test_a_related_stories_box_naming_other_outlets_does_not_move_a_page():
    box = "<aside><h3>Related</h3><p>Read more at nytimes.com and apnews.com</p></aside>"
    head = (
        canonical("https://www.houstonchronicle.com/news/1")
        + '<meta property="og:site_name" content="Houston Chronicle">'
    )
    assert html_outlet(head, after=box) == "Houston Chronicle"


def test_a_wire_story_on_a_newspaper_site_is_the_newspaper_s_with_the_agency_as_credit():
    article = "".join(f"<p>{text}</p>" for text in ("HOUSTON (AP) — " + PARAGRAPHS[0], *PARAGRAPHS[1:]))
    head = (
        canonical("https://www.houstonchronicle.com/news/1")
        + '<meta property="og:site_name" content="Houston Chronicle">'
    )
    [parsed] = parse_file(page(head=head, article=article).encode(), "page.html", KNOWN)
    assert (parsed.outlet, parsed.credit) == ("Houston Chronicle", "AP")


def test_a_warc_record_s_url_names_the_site_over_a_canonical_link_elsewhere():
    html = page(head=canonical("https://apnews.com/article/1")).encode()
    [article] = parse_file(_warc("https://www.rt.com/news/1/", html), "crawl.warc.gz", KNOWN)
    assert (article.outlet, article.outlet_domain) == ("RT", "rt.com")


def test_a_json_lines_record_s_url_names_a_text_dump_s_site():
    record = {"text": dump(), "url": "https://www.example-gazette.com/a"}
    [article] = parse_file((json.dumps(record) + "\n").encode(), "x.jsonl", KNOWN)
    assert (article.outlet, article.outlet_domain) == ("example-gazette.com", "example-gazette.com")


def dump_outlet(text, signatures=KNOWN):
    [article] = parse_file(text.encode(), "page.txt", signatures)
    return article.outlet


def test_a_dump_names_its_site_in_its_copyright_line_and_its_own_address():
    footer = ["Contact us at newsdesk@dailyplanet.com", "© 2019 The Daily Planet. All rights reserved."]
    assert dump_outlet(dump(tail=footer)) == "The Daily Planet"


def test_a_dump_names_its_site_in_its_masthead_and_its_copyright_line():
    assert dump_outlet("The Daily Planet\n" + dump(tail=["The Daily Planet is a registered trademark."])) == (
        "The Daily Planet"
    )


def test_an_about_link_names_the_site_not_the_about_page():
    page = "About Planetnews.com\n" + dump(tail=["About Planetnews.com", "Contact: desk@planetnews.com"])
    assert dump_outlet(page) == "Planetnews.com"


def test_a_published_at_line_names_the_site():
    assert dump_outlet(dump(tail=["Published at https://www.rt.com/news/452337-russia-japan/"])) == "RT"


def test_a_curator_signature_in_a_dump_s_footer_names_the_outlet():
    signatures = [*KNOWN, OutletSignature("RT", "Subscribe to RT newsletter", "text", 5)]
    tail = ["Subscribe to RT newsletter to get stories the mainstream media won’t tell you."]
    assert dump_outlet(dump(tail=tail), signatures) == "RT"


def test_a_signature_in_the_article_s_own_text_names_nothing():
    signatures = [OutletSignature("Sputnik", "Sputnik International", "text", 4)]
    paragraphs = [
        PARAGRAPHS[0],
        "Sputnik International reported the talks first, and others followed.",
        *PARAGRAPHS[1:],
    ]
    assert dump_outlet(dump(paragraphs=paragraphs), signatures) is None


def test_photo_credits_captions_and_datelines_in_a_dump_name_nothing():
    inserts = {0: ["Bloomberg/Getty Images", "REUTERS/Kim Kyung-Hoon", "(AP Photo/Evan Vucci)"]}
    paragraphs = ["MOSCOW (Reuters) - " + PARAGRAPHS[0], *PARAGRAPHS[1:]]
    [article] = parse_file(dump(paragraphs=paragraphs, inserts=inserts).encode(), "page.txt", KNOWN)
    assert (article.outlet, article.credit) == (None, "Reuters")


def test_a_related_stories_box_in_a_dump_s_footer_names_nothing():
    tail = ["Related stories", "Talks stall again, nytimes.com reports", "Read more on apnews.com"]
    assert dump_outlet(dump(tail=tail)) is None


def test_a_dump_that_does_not_say_which_site_it_is_stays_unknown():
    assert dump_outlet("\n".join([*MENU, *PARAGRAPHS])) is None


def _json_ld(data):
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _warc(url, html):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers)
    )
    return out.getvalue() if out.getvalue()[:2] == b"\x1f\x8b" else gzip.compress(out.getvalue())


def test_a_web_archive_copy_is_filed_under_the_site_it_archived():
    html = page().encode()
    url = "https://web.archive.org/web/20190127131100/https://www.rt.com/news/1/"
    [article] = parse_file(_warc(url, html), "crawl.warc.gz", KNOWN)
    assert (article.outlet, article.outlet_domain) == ("RT", "rt.com")
