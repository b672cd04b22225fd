from articles.pipeline import ParsedArticle, parse_file

from .html_pages import PARAGRAPHS, page


def parse_page(html: str, name: str = "page.html") -> ParsedArticle:
    [article] = parse_file(html.encode("utf-8"), name)
    assert isinstance(article, ParsedArticle), article
    return article


def test_the_article_is_kept_and_navigation_and_footer_are_dropped():
    article = parse_page(page())

    assert article.body.split("\n\n") == list(PARAGRAPHS)
    for boilerplate in ("Home", "Most read", "Ten tips", "Copyright", "Privacy policy"):
        assert boilerplate not in article.body


def test_a_blockquote_stays_a_paragraph_of_its_own_and_counts_as_a_quote():
    quotation = (
        "We continue to work persistently based on our basic policy to resolve the issue of the islands"
    )
    article = parse_page(
        page(
            article=f"<p>{PARAGRAPHS[0]}</p><blockquote><p>{quotation}</p></blockquote><p>{PARAGRAPHS[1]}</p>"
        )
    )

    assert quotation in article.body.split("\n\n")
    assert any(quote.quote == quotation for quote in article.quotes)
    quote = next(quote for quote in article.quotes if quote.quote == quotation)
    assert article.body[quote.start : quote.end] == quotation


def test_an_inline_q_gets_quotation_marks_so_the_quote_is_found():
    article = parse_page(
        page(
            article=f"<p>{PARAGRAPHS[0]}</p><p>The ministry called the remarks "
            "<q>an attempt to artificially aggravate the atmosphere</q> on Thursday.</p>"
            f"<p>{PARAGRAPHS[1]}</p>"
        )
    )

    assert "“an attempt to artificially aggravate the atmosphere”" in article.body
    assert any(quote.quote.startswith("an attempt to artificially") for quote in article.quotes)


def test_a_q_the_page_already_put_in_quotation_marks_is_not_marked_twice():
    article = parse_page(
        page(
            article=f"<p>{PARAGRAPHS[0]}</p>"
            '<p>He said "<q>we will meet again in spring</q>" to reporters.</p>'
        )
    )

    assert '"we will meet again in spring"' in article.body
    assert "“" not in article.body


def test_lists_and_tables_keep_one_line_per_item_and_row():
    article = parse_page(
        page(
            article=f"<p>{PARAGRAPHS[0]}</p><ul><li>The Kuril Islands</li><li>The Habomai islets</li></ul>"
            "<table><tr><th>Island</th><th>Area</th></tr><tr><td>Iturup</td><td>3,139 km2</td></tr></table>"
            f"<p>{PARAGRAPHS[1]}</p>"
        )
    )

    assert "- The Kuril Islands\n- The Habomai islets" in article.body
    assert "Island | Area\nIturup | 3,139 km2" in article.body


def test_subheadings_inside_the_article_are_listed():
    article = parse_page(
        page(article=f"<p>{PARAGRAPHS[0]}</p><h2>Problem of the peace treaty</h2><p>{PARAGRAPHS[1]}</p>")
    )

    assert article.subheadings == ["Problem of the peace treaty"]


def test_the_headline_is_not_repeated_at_the_top_of_the_body():
    quotation = (
        "We continue to work persistently based on our basic policy to resolve the issue of the islands"
    )
    article = parse_page(
        page(
            head="<title>Islands talks stall</title>",
            article=f"<h1>Islands talks stall</h1><p>{PARAGRAPHS[0]}</p>"
            f"<blockquote><p>{quotation}</p></blockquote><p>{PARAGRAPHS[1]}</p>",
        )
    )

    assert article.title == "Islands talks stall"
    assert article.body.startswith(PARAGRAPHS[0])
    quote = next(quote for quote in article.quotes if quote.quote == quotation)
    assert article.body[quote.start : quote.end] == quotation


def test_a_section_the_page_repeats_for_another_screen_size_appears_once():
    section = f"<h2>The talks</h2><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    copies = f"<div class='mobile'>{section}</div><div class='desktop'>{section}</div>"
    article = parse_page(page(article=f"<p>{PARAGRAPHS[0]}</p>{copies}"))

    assert article.body.count(PARAGRAPHS[1]) == 1
    assert article.body.count(PARAGRAPHS[2]) == 1


def test_a_question_an_interview_asks_twice_stays_twice():
    question = "What would you say to those who doubt that the islands will ever be returned to Japan?"
    answers = (
        "The ambassador said patience had brought results before and would again.",
        "The minister said the question was for the next generation to settle.",
    )
    article = parse_page(
        page(
            article=f"<p>{PARAGRAPHS[0]}</p><p><b>{question}</b></p><p>{answers[0]}</p>"
            f"<p><b>{question}</b></p><p>{answers[1]}</p>"
        )
    )

    assert article.body.count(question) == 2


def test_a_block_of_invisible_characters_is_not_a_paragraph():
    article = parse_page(page(article=f"<p>{PARAGRAPHS[0]}</p><p>\u200d</p><p>{PARAGRAPHS[1]}</p>"))

    assert article.body.split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1]]
