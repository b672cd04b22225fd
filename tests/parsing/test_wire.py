"""A wire story's agency is its credit: from its dateline, byline or credit line, never a photo credit."""

from articles.pipeline.wire import wire_credit


def test_a_dateline_credits_its_agency():
    assert wire_credit("HOUSTON (AP) — A man was arrested.") == "AP"
    assert wire_credit("MOSCOW, March 21 (Reuters) - Russia said.") == "Reuters"
    assert wire_credit("TOKYO (Kyodo) -- Talks began.") == "Kyodo"


def test_a_byline_naming_an_agency_credits_it():
    assert wire_credit("Text.", "By MEG KINNARD and ERRIN HAINES, Associated Press") == "AP"
    assert wire_credit("Text.", "By TOM KRISHER, AP Auto Writer") == "AP"
    assert wire_credit("Text.", "Jane Writer") is None


def test_a_photo_credit_or_a_mention_credits_nobody():
    body = "Officials met (AP Photo/Evan Vucci).\n\nAs Reuters reported, Bloomberg/Getty Images showed it."
    assert wire_credit(body) is None


def test_a_credit_line_the_page_printed_is_kept_as_printed():
    assert wire_credit("MOSCOW (Reuters) - Text.", credit="ls/rt (Reuters, AFP)") == "ls/rt (Reuters, AFP)"
