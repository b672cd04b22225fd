"""Hits show a snippet around the best match, escaped, with matched words marked on whole words."""

import re

import pytest

from articles.search import SearchParams, search
from articles.search.query_marks import marks_for
from articles.search.snippets import mark_all, snippet
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def marked_words(html):
    return re.findall(r"<mark>(.*?)</mark>", html)


def marks(query_text):
    from whoosh.fields import TEXT, Schema

    from articles.search.analysis import folding_stemming_analyzer
    from articles.search.query import parse

    schema = Schema(text=TEXT(analyzer=folding_stemming_analyzer(), spelling=True), title=TEXT())
    return marks_for(parse(query_text, schema).query)


def test_marks_fall_on_whole_words_only():
    html = snippet("Russia and the US discussed the USSR; us too.", marks("US"))

    assert marked_words(html) == ["US", "us"]


def test_a_word_is_marked_in_every_form_the_search_matched():
    assert marked_words(mark_all("Talks: he talked of talking.", marks("talk"))) == [
        "Talks",
        "talked",
        "talking",
    ]


def test_accents_are_folded_when_marking():
    assert marked_words(mark_all("Les négociations", marks("negociations"))) == ["négociations"]


def test_excluded_words_are_not_marked():
    assert marked_words(mark_all("peace and war", marks("peace -war"))) == ["peace"]


def test_prefix_queries_mark_the_words_they_match():
    assert marked_words(mark_all("Negotiators negotiated a negation", marks("negotiat*"))) == [
        "Negotiators",
        "negotiated",
    ]


def test_text_from_the_page_is_escaped_before_it_is_marked():
    html = snippet('<script>alert("talks")</script> talks <b>bold</b>', marks("talks"))

    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html
    assert marked_words(html) == ["talks", "talks"]


def test_a_query_cannot_inject_markup_through_the_marks():
    html = mark_all("a <mark> tag", marks("<mark>"))

    assert "<mark><mark></mark>" not in html
    assert "&lt;" in html


def test_the_snippet_is_taken_around_the_densest_matches():
    body = "filler " * 200 + "the summit talks at the summit ended " + "filler " * 200
    html = snippet(body, marks("summit talks"), length=80)

    assert marked_words(html) == ["summit", "talks", "summit"]
    assert html.startswith("… ") and html.endswith(" …")


def test_hits_on_the_page_have_marked_titles_and_snippets(index):
    index(make_article("Peace & talks <today>", "Peace talks resumed. Nothing else."))

    (hit,) = search(SearchParams(q="talks")).hits

    assert hit.title == "Peace &amp; <mark>talks</mark> &lt;today&gt;"
    assert marked_words(hit.snippet) == ["talks"]
