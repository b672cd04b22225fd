import gzip

from articles.pipeline import ParsedArticle, ParseFailure, parse_file

from .html_pages import PARAGRAPHS, page


def test_a_gzip_compressed_page_is_read_as_html():
    [article] = parse_file(gzip.compress(page().encode()), "story.html.gz")

    assert isinstance(article, ParsedArticle)
    assert article.body.startswith(PARAGRAPHS[0])
    assert article.source == "story.html.gz"


def test_gzip_data_is_decompressed_whatever_the_file_is_called():
    [article] = parse_file(gzip.compress(page().encode()), "story.htm")

    assert isinstance(article, ParsedArticle)


def test_a_broken_gzip_file_fails_with_a_reason():
    [failure] = parse_file(gzip.compress(page().encode())[:40], "story.html.gz")

    assert isinstance(failure, ParseFailure)
    assert "gzip" in failure.reason


def test_an_unknown_file_type_is_refused_by_name():
    [failure] = parse_file(b"%PDF-1.4", "story.pdf")

    assert isinstance(failure, ParseFailure)
    assert "'.pdf'" in failure.reason


def test_a_page_in_a_declared_legacy_charset_is_decoded():
    html = page(
        article="<p>Переговоры о мирном договоре между Россией и Японией продолжатся весной.</p>"
        "<p>Министр иностранных дел Сергей Лавров встретился с японским коллегой в понедельник.</p>"
        "<p>Стороны не ожидают прорыва в этом году, но назвали атмосферу конструктивной.</p>"
    )
    html = html.replace('<meta charset="utf-8">', '<meta charset="windows-1251">')

    [article] = parse_file(html.encode("windows-1251"), "story.html")

    assert "Переговоры о мирном договоре" in article.body
    assert article.language == "ru"


def test_text_the_site_encoded_twice_reads_as_it_was_written():
    written = "The minister’s visit — the first since 2016 — was “constructive”, Tokyo’s envoy said."
    twice = written.encode("utf-8").decode("latin-1")
    html = page(article=f"<p>{PARAGRAPHS[0]}</p><p>{twice}</p>", head="<title>Kono’s talks</title>")

    [article] = parse_file(html.encode("utf-8"), "story.html")

    assert written in article.body
    assert "â" not in article.body


def test_a_page_with_no_article_text_fails_with_a_reason():
    [failure] = parse_file(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html")

    assert isinstance(failure, ParseFailure)
    assert failure.source == "empty.html"
    assert "no article text" in failure.reason


def test_an_empty_file_fails_with_a_reason():
    [failure] = parse_file(b"", "empty.html")

    assert isinstance(failure, ParseFailure)
    assert "empty" in failure.reason
