"""Pages in Japanese, Chinese and Russian come out as clean as English ones: body, title and date."""

import numpy as np
import pytest

from articles.pipeline.textdump import extract

from .dumps import paragraphs_of
from .world_dumps import CHINESE, JAPANESE, RUSSIAN

PAGES = pytest.mark.parametrize("page", [JAPANESE, RUSSIAN, CHINESE], ids=["japanese", "russian", "chinese"])


@PAGES
def test_the_body_is_the_article_paragraphs_without_menus_share_buttons_related_links_or_footer(page):
    assert paragraphs_of(extract(page.text).body) == page.paragraphs


@PAGES
def test_the_title_is_the_headline(page):
    assert extract(page.text).title == page.headline


@PAGES
def test_the_date_is_the_one_printed_under_the_headline(page):
    published = extract(page.text).published
    assert published is not None
    assert (published.date() if hasattr(published, "date") else published) == page.published


def test_without_a_headline_the_title_is_the_first_japanese_sentence():
    first = "日ロ両国の外相が14日、モスクワで会談しました。"
    text = "\n".join([first + JAPANESE.paragraphs[0], *JAPANESE.paragraphs[1:]])
    assert extract(text).title == first


class BlindScorer:
    """A line model that sees no article anywhere, as on a page unlike any it was trained on."""

    title = None

    def probabilities(self, features):
        return np.zeros(len(features))


@PAGES
def test_a_page_of_running_text_yields_its_paragraphs_even_when_the_line_model_sees_none(page):
    assert paragraphs_of(extract(page.text, scorer=BlindScorer()).body) == page.paragraphs
