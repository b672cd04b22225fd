"""Which line of a dump is the headline."""

import pytest

from articles.pipeline.textdump import extract

from .dumps import HEADLINE, PARAGRAPHS, dump


def test_the_headline_above_the_article_is_the_title():
    assert extract(dump()).title == HEADLINE


def test_a_headline_printed_twice_is_still_the_title():
    assert extract(dump().replace(HEADLINE, f"{HEADLINE}\n\n{HEADLINE}")).title == HEADLINE


CAPTION = "Russian President Putin, Japanese PM Abe Hold Joint Presser"


def test_a_photo_caption_above_the_headline_is_not_the_title():
    # As Sputnik prints them: both in title case, the photo's credit under the headline.
    headline = "Russia and Japan Agree to Speed Up Peace Treaty Talks Over Disputed Islands"
    text = dump(headline=f"{CAPTION}\n\n{headline}\n© Sputnik / Alexei Druzhinin")
    assert extract(text).title == headline


@pytest.mark.xfail(
    strict=True, reason="the headline ranker is linear: a title-case caption beats a sentence-case headline"
)
def test_a_photo_caption_above_a_sentence_case_headline_is_not_the_title():
    text = dump(headline=f"{CAPTION}\n\n{HEADLINE}\n© Sputnik / Alexei Druzhinin")
    assert extract(text).title == HEADLINE


def test_without_a_headline_the_title_is_the_first_sentence_of_the_lede():
    lede = "Moscow has accused Tokyo of stirring up the atmosphere ahead of key talks. " + PARAGRAPHS[0]
    text = "\n".join([lede, *PARAGRAPHS[1:]])
    assert extract(text).title == "Moscow has accused Tokyo of stirring up the atmosphere ahead of key talks."


def test_table_of_contents_lines_under_the_headline_are_not_the_title():
    contents = ["Contents", "How the talks began", "What comes next"]
    paragraphs = [*PARAGRAPHS[:2], "How the talks began", *PARAGRAPHS[2:4], "What comes next", PARAGRAPHS[4]]
    text = dump(headline="\n".join([HEADLINE, "By Jane Doe", *contents]), paragraphs=paragraphs)
    assert extract(text).title == HEADLINE


def test_the_headline_over_its_byline_and_reading_time_beats_a_promotion_above_it():
    promotion = "Request a Free Trial Today"
    headline = "\n".join([promotion, "Business", HEADLINE, "Jane Doe", "5 min read"])
    assert extract(dump(headline=headline, date_line="")).title == HEADLINE
