import json
from datetime import UTC, date, datetime, timedelta, timezone

from articles.pipeline import ParsedArticle, parse_file

from .html_pages import PARAGRAPHS, page


def parse_page(html: str) -> ParsedArticle:
    [article] = parse_file(html.encode("utf-8"), "page.html")
    assert isinstance(article, ParsedArticle), article
    return article


def json_ld(**fields) -> str:
    declared = json.dumps({"@context": "https://schema.org", **fields})
    return f'<script type="application/ld+json">{declared}</script>'


def test_a_json_ld_news_article_gives_headline_date_authors_and_keywords():
    article = parse_page(
        page(
            head=json_ld(
                **{"@type": "NewsArticle"},
                headline="Lavrov and Kono meet over disputed islands",
                datePublished="2019-01-14T09:30:00+01:00",
                author=[
                    {"@type": "Person", "name": "Julian Ryall"},
                    {"@type": "Person", "name": "Ann Smith"},
                ],
                keywords="Russia, Japan",
            )
        )
    )

    assert article.title == "Lavrov and Kono meet over disputed islands"
    assert article.published == datetime(2019, 1, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert article.byline == "Julian Ryall, Ann Smith"
    assert article.tags == ["Russia", "Japan"]


def test_json_ld_inside_a_graph_is_found():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "The Daily Planet"},
            {"@type": "NewsArticle", "headline": "Islands talks stall", "datePublished": "2019-01-14"},
        ],
    }
    article = parse_page(page(head=f'<script type="application/ld+json">{json.dumps(graph)}</script>'))

    assert article.title == "Islands talks stall"
    assert article.published == date(2019, 1, 14)


def test_open_graph_and_article_meta_serve_when_there_is_no_json_ld():
    article = parse_page(
        page(
            head='<meta property="og:title" content="Islands talks stall | The Daily Planet">'
            '<meta property="og:site_name" content="The Daily Planet">'
            '<meta property="article:published_time" content="2019-01-14T09:30:00">'
            '<meta property="article:tag" content="Russia"><meta property="article:tag" content="Japan">'
            '<meta name="author" content="Julian Ryall">'
        )
    )

    assert article.title == "Islands talks stall"
    assert article.published == datetime(2019, 1, 14, 9, 30)
    assert article.published.tzinfo is None
    assert article.tags == ["Russia", "Japan"]
    assert article.byline == "Julian Ryall"


def test_declared_publication_date_wins_over_the_date_the_page_shows():
    # The visible stamp is the last update; the declaration says when the article was published.
    article = parse_page(
        page(
            head='<meta property="article:published_time" content="2019-01-14T09:30:00Z">',
            before='<p class="meta">Updated <time datetime="2019-03-02">2 March 2019</time></p>',
        )
    )

    assert article.published == datetime(2019, 1, 14, 9, 30, tzinfo=UTC)


def test_a_modification_date_is_not_taken_for_the_publication_date():
    article = parse_page(
        page(
            head='<meta property="article:modified_time" content="2019-03-02T10:00:00Z">',
            before='<p>Published <time datetime="2019-01-14">14 January 2019</time></p>',
        )
    )

    assert article.published == date(2019, 1, 14)


def test_a_visible_time_element_dates_a_page_that_declares_nothing():
    article = parse_page(
        page(before='<p class="byline">By Julian Ryall, <time datetime="2019-01-14">Jan 14</time></p>')
    )

    assert article.published == date(2019, 1, 14)


def test_the_visible_headline_is_the_title_without_the_site_name():
    article = parse_page(
        page(
            head="<title>Islands talks stall - The Daily Planet</title>",
            before="<h1>Islands talks stall</h1>",
        )
    )

    assert article.title == "Islands talks stall"


def test_a_logo_h1_naming_the_site_is_not_the_title():
    article = parse_page(
        page(
            head="<title>Islands talks stall | The Daily Planet</title>"
            '<meta property="og:site_name" content="The Daily Planet">',
        ).replace("<header>", "<header><h1>The Daily Planet</h1>")
    )

    assert article.title == "Islands talks stall"


def test_a_page_without_any_title_falls_back_to_the_text_dump_rules():
    article = parse_page(page())

    assert article.title
    assert article.title in article.body


def test_the_canonical_link_is_the_source_url():
    article = parse_page(page(head='<link rel="canonical" href="https://example.org/world/islands-talks">'))

    assert article.source_url == "https://example.org/world/islands-talks"
    assert article.record_id is None


def test_html_lang_gives_the_language_of_a_short_article():
    article = parse_page(page(lang="de-DE", article="<p>Die Gespräche über die Inseln gehen weiter.</p>" * 2))

    assert article.language == "de"


def test_a_long_body_is_detected_even_when_the_template_declares_another_language():
    article = parse_page(page(lang="fr"))

    assert article.language == "en"


def test_the_raw_page_is_kept_for_provenance():
    html = page()

    assert parse_page(html).raw == html


def test_paragraphs_are_the_body_and_the_date_is_a_day_when_only_a_day_is_known():
    article = parse_page(page(head='<meta name="date" content="2019-01-14">'))

    assert article.published == date(2019, 1, 14)
    assert article.body.split("\n\n") == list(PARAGRAPHS)


def test_a_site_name_the_headline_carries_is_cut_off():
    article = parse_page(
        page(
            head='<meta property="og:site_name" content="The Daily Planet">',
            before="<h1>Islands talks stall – The Daily Planet</h1>",
        )
    )

    assert article.title == "Islands talks stall"


def test_an_h1_inside_the_link_home_is_the_logo_not_the_title():
    article = parse_page(
        page(
            head="<title>Islands talks stall</title>",
            before='<a href="/"><h1>Planet News Network</h1></a>',
        )
    )

    assert article.title == "Islands talks stall"


def test_an_h1_in_the_footer_is_not_the_title():
    article = parse_page(
        page(
            head="<title>Islands talks stall</title>",
            after="<footer><h1>Contact us</h1><p>Write to the newsroom.</p></footer>",
        )
    )

    assert article.title == "Islands talks stall"


def test_a_headline_linking_to_the_article_itself_is_still_the_title():
    article = parse_page(
        page(
            head="<title>Islands talks stall | The Daily Planet</title>",
            before='<a href="/world/islands-talks-stall"><h1>Islands talks stall</h1></a>',
        )
    )

    assert article.title == "Islands talks stall"


def test_a_byline_set_inside_the_h1_is_not_part_of_the_title():
    article = parse_page(
        page(
            head='<meta property="og:title" content="Islands talks stall">',
            before="<h1>Islands talks stall<div>Posted on January 2, 2019 by Julian Ryall</div></h1>",
        )
    )

    assert article.title == "Islands talks stall"


def test_words_either_side_of_a_line_break_in_the_h1_are_not_glued_together():
    article = parse_page(page(before="<h1>Islands talks<br>stall again</h1>"))

    assert article.title == "Islands talks stall again"


def test_a_section_name_after_a_bar_is_not_part_of_the_title():
    article = parse_page(page(head="<title>Islands talks stall | World | Planet News</title>"))

    assert article.title == "Islands talks stall"


def test_a_site_name_after_a_bullet_is_cut_off():
    article = parse_page(
        page(
            head="<title>Islands talks stall • Planet News</title>"
            '<meta property="og:site_name" content="Planet News">'
        )
    )

    assert article.title == "Islands talks stall"


def test_a_section_label_in_the_h1_gives_way_to_the_declared_title():
    article = parse_page(
        page(
            head='<meta property="og:title" content="Islands talks stall">',
            before="<h1>World news</h1>",
        )
    )

    assert article.title == "Islands talks stall"


def test_a_short_h1_is_the_title_when_the_page_declares_none():
    article = parse_page(page(before="<h1>Stalemate</h1>"))

    assert article.title == "Stalemate"
