"""Resolving a speaker to the person or organization the article introduced, with role and kind."""

from articles.pipeline.quotes import extract_quotes


def test_a_surname_means_the_full_name_introduced_earlier():
    body = (
        "Russian Deputy Foreign Minister Igor Morgulov held talks on Thursday.\n\n"
        '"Our approaches still diverge significantly," Morgulov said.'
    )
    (quote,) = extract_quotes(body)
    assert quote.speaker == "Igor Morgulov"
    assert quote.role == "Russian Deputy Foreign Minister"
    assert quote.speaker_kind == "person"
    assert quote.aliases == ("Morgulov",)


def test_a_surname_means_the_person_of_that_name_named_last():
    body = 'Bill Clinton spoke first. Hillary Clinton followed him.\n\n"We will win this," Clinton said.'
    assert extract_quotes(body)[0].speaker == "Hillary Clinton"


def test_he_means_the_last_named_male_speaker():
    body = (
        "Maria Zakharova and Dmitry Peskov spoke on Monday. Peskov said the talks would go on.\n\n"
        '"We are patient," he said.'
    )
    assert extract_quotes(body)[0].speaker == "Dmitry Peskov"


def test_she_skips_a_man_named_later():
    body = (
        "Foreign Ministry spokeswoman Maria Zakharova answered Dmitry Peskov's remarks.\n\n"
        '"We are patient," she said.'
    )
    assert extract_quotes(body)[0].speaker == "Maria Zakharova"


def test_the_ministry_means_the_ministry_introduced_earlier():
    body = (
        "Last week, the Russian Foreign Ministry summoned the Japanese ambassador.\n\n"
        '"Such statements cannot be regarded as anything else," the ministry said.'
    )
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.speaker_kind) == ("Russian Foreign Ministry", "organization")


def test_an_indefinite_description_is_not_someone_named_before():
    body = (
        'Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n"The talks are stuck," a senior official said.'
    )
    (quote,) = extract_quotes(body)
    assert quote.speaker == "senior official"
    assert quote.speaker_kind == "person"


def test_a_role_in_apposition_is_kept():
    (quote,) = extract_quotes('"We are ready," said Dmitry Peskov, the Kremlin spokesman.')
    assert (quote.speaker, quote.role) == ("Dmitry Peskov", "Kremlin spokesman")


def test_a_role_before_the_name_in_an_earlier_paragraph_is_kept():
    body = (
        "Japanese Chief Cabinet Secretary Yoshihide Suga dismissed the statement.\n\n"
        '"We continue to work persistently," said Suga.'
    )
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.role) == ("Yoshihide Suga", "Japanese Chief Cabinet Secretary")


def test_honorifics_are_not_part_of_the_name():
    body = 'Donald Trump arrived late.\n\n"It was a great night," Mr. Trump said.'
    assert extract_quotes(body)[0].speaker == "Donald Trump"


def test_an_organization_speaker_has_the_organization_kind():
    (quote,) = extract_quotes('"The plan is illegal," the European Commission said.')
    assert (quote.speaker, quote.speaker_kind) == ("European Commission", "organization")


def test_a_name_from_the_headline_completes_a_surname_in_the_body():
    (quote,) = extract_quotes('"We will win," Trump said.', title="Donald Trump vows victory")
    assert quote.speaker == "Donald Trump"
