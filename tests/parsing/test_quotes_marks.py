"""Finding quotations: every common style of mark, quotations across paragraphs, and what is no quotation."""

import pytest

from articles.pipeline.quotes import extract_quotes


def quoted_texts(body):
    return [quote.quote for quote in extract_quotes(body)]


@pytest.mark.parametrize(
    "body",
    [
        'He said: "We are ready to talk."',
        "He said: “We are ready to talk.”",
        "Er sagte: „We are ready to talk.“",
        "Il a dit : « We are ready to talk. »",
        "Il a dit : «We are ready to talk.»",
        "He said: 「We are ready to talk.」",
        "Lavrov says: ‘We are ready to talk.’",
    ],
    ids=["straight", "curly", "german", "guillemets-spaced", "guillemets", "japanese", "single-curly"],
)
def test_each_quotation_mark_style_yields_the_quoted_text(body):
    assert quoted_texts(body) == ["We are ready to talk."]


def test_offsets_point_at_the_quoted_text_in_the_body():
    body = 'Peskov said: "Our major objective is a treaty." Then he left.'
    (quote,) = extract_quotes(body)
    assert body[quote.start : quote.end] == quote.quote == "Our major objective is a treaty."


def test_apostrophes_inside_single_marks_do_not_end_the_quotation():
    body = "Lavrov said: ‘Tokyo’s position isn’t new’"
    assert quoted_texts(body) == ["Tokyo’s position isn’t new"]


def test_an_apostrophe_alone_is_no_quotation():
    assert quoted_texts("Japan’s ministers met in the ’90s and Russia’s did not.") == []


def test_a_quotation_left_open_at_a_paragraph_end_runs_to_that_end_and_goes_on_in_the_next():
    body = (
        'Morgulov said: "We are at the very beginning of the process.\n\n'
        '"Our approaches still diverge significantly," he added.'
    )
    texts = quoted_texts(body)
    assert texts == [
        "We are at the very beginning of the process.",
        "Our approaches still diverge significantly,",
    ]


def test_an_interrupted_quotation_gives_both_parts():
    body = '"We are ready," he said, "but not at any price."'
    assert quoted_texts(body) == ["We are ready,", "but not at any price."]


def test_a_fragment_inside_paraphrase_is_a_partial_quotation():
    body = "Lavrov called the idea “outrageous,” officials said."
    (quote,) = extract_quotes(body)
    assert (quote.quote, quote.kind) == ("outrageous,", "partial")


def test_a_whole_quoted_sentence_is_a_direct_quotation():
    (quote,) = extract_quotes('"We will not give up the islands," Peskov said.')
    assert quote.kind == "direct"


@pytest.mark.parametrize(
    "body",
    [
        'He wrote the book "The Art of the Deal" in 1987.',
        'Manafort said it on CBS\'s "Face the Nation" on Sunday.',
        'The film "Frozen" was criticised.',
        'He mocked the so-called "experts" again.',
    ],
    ids=["book", "tv-show", "film", "scare-quote"],
)
def test_titles_of_works_and_scare_quotes_are_not_quotations(body):
    assert quoted_texts(body) == []
