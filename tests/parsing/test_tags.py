"""Tags are what a reader would search for; a publishing system's plumbing is left out (kept raw)."""

import json

import pytest

from articles.pipeline import ParsedArticle, parse_file
from articles.pipeline.tags import readable_tags

from .html_pages import PARAGRAPHS, page


@pytest.mark.parametrize(
    "plumbing",
    [
        "megaphone_top",
        "_syndication_noshow",
        "A Wire",
        "contentId: 15cd344d-456b-4515-bc42-40ba5b58300e",
        "displayType: listicle",
        "locale: US",
        "source:tagname:CNBC Europe Source",
        "@post-id:1913719",
        "/article",
        "30594",
        "False",
        "textbelowcenterfullbleed",
    ],
)
def test_plumbing_is_left_out(plumbing):
    assert readable_tags(["Japan", plumbing, "Kuril Islands"]) == ["Japan", "Kuril Islands"]


@pytest.mark.parametrize(
    "tag",
    ["Ukraine: the war", "COVID-19: vaccines", "Things to do: Classes and workshops", "G7", "2019 election"],
)
def test_tags_a_reader_would_use_stay(tag):
    assert readable_tags([tag]) == [tag]


def test_repeats_and_blanks_go_and_the_order_stays():
    assert readable_tags([" Russia", "Japan", "Russia", "  "]) == ["Russia", "Japan"]


def test_a_pages_declared_plumbing_is_not_an_articles_tag_but_stays_in_its_raw_input():
    keywords = "Russia, megaphone_top, Japan, A Wire"
    html = page(head=f'<meta name="news_keywords" content="{keywords}">')

    (article,) = parse_file(html.encode(), "page.html")

    assert article.tags == ["Russia", "Japan"]
    assert "megaphone_top" in article.raw


def test_a_json_lines_records_tags_are_read_the_same_way():
    line = {"url": "https://example.org/1", "title": "Talks", "body": "\n\n".join(PARAGRAPHS)}
    line["tags"] = ["Russia", "type_news", "Japan"]

    (article,) = parse_file((json.dumps(line) + "\n").encode(), "export.jsonl")

    assert isinstance(article, ParsedArticle)
    assert article.tags == ["Russia", "Japan"]
