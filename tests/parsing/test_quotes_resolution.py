"""Resolving a speaker to the person or organization the article introduced, with role and kind."""

from articles.pipeline.quotes import extract_quotes
from articles.pipeline.quotes.census import take_census
from articles.pipeline.quotes.events import find_events
from articles.pipeline.quotes.marks import paragraphs
from articles.pipeline.quotes.phrases import interpret
from articles.pipeline.quotes.tokens import assign_sentences, tokenize


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
    assert (quote.speaker, quote.unnamed_source) == (None, "a senior official")


def test_a_role_in_apposition_is_kept():
    (quote,) = extract_quotes('"We are ready," said Dmitry Peskov, the Kremlin spokesman.')
    assert (quote.speaker, quote.role) == ("Dmitry Peskov", "Kremlin spokesman")


def test_a_role_that_only_relates_one_person_to_another_is_not_kept():
    body = (
        "Igor Morgulov met his Japanese counterpart, Takeo Mori, in Moscow.\n\n"
        '"We intend to work actively with you," Mori stated.'
    )
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.role) == ("Takeo Mori", None)


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


def test_he_may_mean_a_person_whose_given_name_tells_no_gender():
    body = (
        "Wes Nakagiri, a delegate from Michigan, dressed up in a prison outfit.\n\n"
        "“I thought it would be funny,” he said."
    )
    assert extract_quotes(body)[0].speaker == "Wes Nakagiri"


def test_a_common_word_opening_a_sentence_is_not_a_name_but_a_given_name_is():
    body = (
        "Think of the vote as a test. Voters think it matters. Hope Hicks said it did.\n\n"
        "Hope is not a plan, critics said."
    )
    tokens = tokenize(body)
    assign_sentences(tokens, body, [start for start, _ in paragraphs(body)])
    _, named = take_census(tokens, find_events(tokens))
    names = [item.mention.name for item in named]
    assert "Think" not in names
    assert "Hope Hicks" in names


def test_a_capitalized_word_opening_a_sentence_does_not_speak_the_quotation_after_it():
    body = (
        'Using "the only way we can win is to fight" when talking about immigration became a regular '
        "part of the vocabulary."
    )
    assert extract_quotes(body)[0].speaker != "Using"


def test_an_office_without_a_name_reads_as_a_description_not_as_a_name():
    for office in ("Secretary", "Former President"):
        tokens = tokenize(office)
        assign_sentences(tokens, office, [0])
        reading = interpret(tokens, 0, len(tokens) - 1)
        assert reading is not None
        assert (reading.name, reading.kind) == (None, "person")


def test_a_headline_verb_ends_a_name():
    body = "Kate Winslet Asked Men Everywhere To Step Up\n\n“We need you to listen to women,” Winslet said."
    assert extract_quotes(body)[0].speaker == "Kate Winslet"


def test_the_company_means_the_organization_that_spoke_before():
    body = (
        '"As the nature of the terrorist threat has changed, so has our work," Twitter said in a statement. '
        'The company said its moves had produced results, "including an increase in account suspensions."'
    )
    assert [quote.speaker for quote in extract_quotes(body)] == ["Twitter", "Twitter"]


def test_he_does_not_mean_a_label_shouted_in_capitals():
    body = (
        "Adm. Harry B. Harris Jr., who leads the Pacific Command, accused the Chinese of militarizing "
        "disputed waters.\n\nFULL TEXT.\n\n"
        'He has called China "provocative and expansionist."'
    )
    assert extract_quotes(body)[0].speaker == "Harry B. Harris Jr."


def test_lower_case_role_words_before_a_name_are_its_role():
    (quote,) = extract_quotes('"We will not let this go," said Clinton ally James Carville.')
    assert (quote.speaker, quote.role) == ("James Carville", "Clinton ally")


def test_a_surname_goes_on_meaning_the_person_it_meant_after_a_namesake_is_named():
    body = (
        "Carly Fiorina ran the company for six years. Fiorina was fired in 2005.\n\n"
        "Her husband, Frank Fiorina, retired early to support her.\n\n"
        '"We were ready for it," Fiorina said.'
    )
    assert extract_quotes(body)[0].speaker == "Carly Fiorina"
