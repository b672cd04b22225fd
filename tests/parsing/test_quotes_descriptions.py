"""Descriptions of speakers: set beside a name, in the plural, and words that only look like names."""

from articles.pipeline.quotes import extract_quotes


def test_a_description_set_off_by_commas_before_a_name_is_that_person():
    body = (
        "The campaign is banking early ballots.\n\n"
        "“We are treating it as one long day,” said the deputy campaign manager, Rich Beeson, "
        "who oversaw the ground game in 2012."
    )
    assert extract_quotes(body)[0].speaker == "Rich Beeson"


def test_a_description_with_a_verb_of_its_own_is_no_apposition():
    body = "The race tightened this week.\n\nClinton, a top aide said, “is very confident in the contrast.”"
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.unnamed_source) == (None, "a top aide")


def test_a_plural_description_can_be_the_source():
    body = "Clinton met donors on Monday. According to two longtime advisers, she is “very confident.”"
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.unnamed_source) == (None, "two longtime advisers")


def test_a_conjunction_opening_a_sentence_is_no_name():
    body = (
        "Steve Schmidt spoke on Monday.\n\n"
        "Unless rivals quit, “it is very difficult to see how he is stopped on his way to the nomination.”"
    )
    assert extract_quotes(body)[0].speaker != "Unless"
