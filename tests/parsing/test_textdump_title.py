"""Which line of a dump is the headline."""

from articles.pipeline.textdump import extract

from .dumps import HEADLINE, PARAGRAPHS, dump


def test_the_headline_above_the_article_is_the_title():
    assert extract(dump()).title == HEADLINE


def test_a_headline_printed_twice_is_still_the_title():
    assert extract(dump().replace(HEADLINE, f"{HEADLINE}\n\n{HEADLINE}")).title == HEADLINE


def test_a_photo_caption_above_the_headline_is_not_the_title():
    # As news sites print them: both in title case, the photo's credit under the headline.
    caption = "Russian President Putin, Japanese PM Abe Hold Joint Presser"
    headline = "Moscow, Tokyo Still Largely Disagree on Peace Treaty Issue - Russian Deputy FM"
    text = dump(headline=f"{caption}\n\n{headline}\n© Sputnik / Alexei Druzhinin")
    assert extract(text).title == headline


def test_without_a_headline_the_title_is_the_first_sentence_of_the_lede():
    lede = "Moscow has accused Tokyo of stirring up the atmosphere ahead of key talks. " + PARAGRAPHS[0]
    text = "\n".join([lede, *PARAGRAPHS[1:]])
    assert extract(text).title == "Moscow has accused Tokyo of stirring up the atmosphere ahead of key talks."
