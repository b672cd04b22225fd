"""Text trafilatura drops from between an article's paragraphs is put back, boilerplate is not.

trafilatura drops blocks whose class says "embed", so the inserts below sit in one.
"""

from articles.pipeline import ParsedArticle, parse_file

from .html_pages import MORE_PARAGRAPHS, PARAGRAPHS, article_with, page

EMBED = "<div class='ck-block ck-block--embed'>{}</div>"


def body_of(insert: str) -> str:
    [article] = parse_file(page(article=article_with(insert)).encode("utf-8"), "page.html")
    assert isinstance(article, ParsedArticle), article
    return article.body


def test_a_subheading_between_paragraphs_is_put_back_in_its_place():
    body = body_of(EMBED.format("<header><h2>Talks in Moscow</h2></header>"))

    blocks = body.split("\n\n")
    assert blocks[:3] == [PARAGRAPHS[0], "Talks in Moscow", PARAGRAPHS[1]]


def test_text_in_a_div_between_paragraphs_is_put_back():
    sentence = "The foreign ministers agreed to set up a working group on joint economic activity."

    body = body_of(EMBED.format(f"<div>{sentence}</div>"))

    assert body.split("\n\n")[1] == sentence


def test_a_signup_form_between_paragraphs_is_not_put_back():
    body = body_of(
        EMBED.format(
            "<div>Get our daily briefing: the news that matters to you every morning.</div>"
            "<div><input type='email'><button>Subscribe</button></div>"
        )
    )

    assert "daily briefing" not in body


def test_share_tools_and_captions_between_paragraphs_are_not_put_back():
    body = body_of(
        EMBED.format(
            "<div class='share-tools'><div>Share this story with your friends and family.</div></div>"
        )
        + EMBED.format("<div class='image-caption'>Lavrov and Kono met in Moscow. Photo: Reuters</div>")
    )

    assert "Share this" not in body
    assert "Reuters" not in body


def test_a_line_of_links_between_paragraphs_is_not_put_back():
    body = body_of(
        EMBED.format(
            "<div><a href='/a'>Tokyo and Moscow sign a fishing deal</a> <a href='/b'>Putin visits</a></div>"
        )
    )

    assert "fishing deal" not in body


def test_a_teaser_for_another_article_is_not_put_back():
    body = body_of(
        EMBED.format(
            "<div><a href='/fishing'><h3>Tokyo and Moscow sign fishing deal</h3></a>"
            "<p>The agreement covers the waters around the islands for five years.</p></div>"
        )
    )

    assert "fishing deal" not in body
    assert "waters around" not in body


def page_with_text_after_the_article(after: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS + MORE_PARAGRAPHS)
    return (
        "<html><head><title>Islands talks stall</title></head><body><div class='wrap'>"
        f"<h1>Islands talks stall</h1><div class='col'>{paragraphs}</div>{after}"
        "</div></body></html>"
    )


def test_text_after_the_article_outside_its_element_is_not_part_of_the_body():
    teaser = "Fishermen in Hokkaido say the catch of salmon has fallen for the third year running."
    html = page_with_text_after_the_article(f"<div><p>{teaser}</p></div>")

    [article] = parse_file(html.encode("utf-8"), "page.html")

    assert article.body.split("\n\n") == list(PARAGRAPHS + MORE_PARAGRAPHS)


def test_a_box_of_other_stories_after_the_article_is_not_part_of_the_body():
    teasers = (
        "Fishermen in Hokkaido say the catch of salmon has fallen for the third year running.",
        "A new bridge between Sakhalin and the mainland will open to traffic next spring, officials say.",
        "Tourism to the Kuril Islands doubled last year as ferries from Vladivostok ran twice a week.",
    )
    box = "".join(f"<p>{text}</p>" for text in teasers)
    html = page_with_text_after_the_article(f"<div>{box}</div>")

    [article] = parse_file(html.encode("utf-8"), "page.html")

    assert article.body.split("\n\n") == list(PARAGRAPHS + MORE_PARAGRAPHS)


def test_a_short_closing_paragraph_after_a_long_one_stays():
    closing = "Talks resume in March."
    html = page(article=f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><p>{closing}</p>")

    [article] = parse_file(html.encode("utf-8"), "page.html")

    assert article.body.endswith(closing)
