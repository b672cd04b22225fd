"""Who said a quotation: the cue forms news uses, before and after the quotation and across sentences."""

import pytest

from articles.pipeline.quotes import extract_quotes
from articles.pipeline.quotes.events import find_events
from articles.pipeline.quotes.tokens import assign_sentences, tokenize

INTRODUCTION = (
    "Russian Deputy Foreign Minister Igor Morgulov met Japanese officials in Moscow on Thursday.\n\n"
)


def speakers(body):
    return [quote.speaker for quote in extract_quotes(body)]


@pytest.mark.parametrize(
    "verb",
    [
        "said",
        "says",
        "told reporters",
        "added",
        "stressed",
        "noted",
        "stated",
        "reiterated",
        "warned",
        "wrote",
    ],
)
def test_a_speech_verb_after_the_quotation_names_the_speaker(verb):
    body = INTRODUCTION + f'"We are still at the very beginning of the process," Morgulov {verb}.'
    assert speakers(body) == ["Igor Morgulov"]


@pytest.mark.parametrize(
    "verb", ["said", "says", "told reporters", "added", "stressed", "noted", "warned", "wrote"]
)
def test_a_speech_verb_before_the_quotation_names_the_speaker(verb):
    body = INTRODUCTION + f'Morgulov {verb}: "We are still at the very beginning of the process."'
    assert speakers(body) == ["Igor Morgulov"]


def test_a_speech_verb_followed_by_that_and_a_fragment_names_the_speaker():
    body = INTRODUCTION + 'Morgulov stressed that the talks were "at the very beginning".'
    assert speakers(body) == ["Igor Morgulov"]


def test_the_verb_may_come_before_the_name():
    body = '"We continue to work persistently," said Suga.'
    assert speakers(body) == ["Suga"]


def test_the_verb_may_come_before_a_name_with_its_role():
    (quote,) = extract_quotes(
        '"We continue to work persistently," said Japanese Chief Cabinet Secretary Yoshihide Suga.'
    )
    assert (quote.speaker, quote.role) == ("Yoshihide Suga", "Japanese Chief Cabinet Secretary")


def test_told_names_the_speaker_and_not_the_outlet_spoken_to():
    body = (
        '"Our major objective is a peace treaty," Kremlin spokesman Dmitry Peskov told Rossiya-1 on Sunday.'
    )
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.role) == ("Dmitry Peskov", "Kremlin spokesman")


def test_according_to_names_the_speaker():
    body = INTRODUCTION + 'The talks "will take time", according to Morgulov.'
    assert speakers(body) == ["Igor Morgulov"]


def test_according_to_before_the_quotation_names_the_speaker():
    body = INTRODUCTION + 'According to Morgulov, "the talks will take time."'
    assert speakers(body) == ["Igor Morgulov"]


def test_a_name_and_a_colon_introduce_the_quotation():
    body = 'Kremlin spokesman Dmitry Peskov took questions.\n\nPeskov: "We do not comment on rumours."'
    assert speakers(body) == ["Dmitry Peskov"]


def test_a_dash_and_a_name_after_the_quotation_name_the_speaker():
    body = "“We do not comment on rumours” — Dmitry Peskov"
    assert speakers(body) == ["Dmitry Peskov"]


def test_both_parts_of_an_interrupted_quotation_have_the_speaker():
    body = INTRODUCTION + '"We are ready," Morgulov said, "but not at any price."'
    assert speakers(body) == ["Igor Morgulov", "Igor Morgulov"]


def test_a_quotation_standing_alone_after_a_paragraph_naming_the_speaker_is_his():
    body = (
        "Japan is sticking to the sanctions imposed by Washington, Kremlin spokesman Dmitry Peskov said.\n\n"
        "“They support the sanctions regime and this hampers signing the peace treaty.”"
    )
    assert speakers(body) == ["Dmitry Peskov"]


def test_a_second_quotation_after_an_attributed_one_keeps_the_speaker():
    body = INTRODUCTION + '"We are ready," Morgulov said. "But not at any price."'
    assert speakers(body) == ["Igor Morgulov", "Igor Morgulov"]


def test_a_fragment_in_paraphrase_belongs_to_the_subject_of_its_sentence():
    body = "Russian Foreign Minister Sergey Lavrov called the idea “outrageous.”"
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.kind) == ("Sergey Lavrov", "partial")


def test_the_reporting_clause_at_the_end_of_a_sentence_attributes_its_fragment():
    body = (
        "Signing a treaty, not “giving or getting anything,” is the reason for the talks, the Kremlin said."
    )
    (quote,) = extract_quotes(body)
    assert (quote.speaker, quote.speaker_kind) == ("Kremlin", "organization")


def test_a_quotation_with_no_speaker_anywhere_has_none():
    assert speakers('"Nothing lasts forever."') == [None]


def test_a_paragraph_ending_in_a_colon_introduces_the_quotation_after_it():
    body = "On Sunday, Dmitry Peskov made the following comment:\n\n“We are patient and we will wait.”"
    assert speakers(body) == ["Dmitry Peskov"]


def test_a_verb_before_the_name_after_a_question_names_who_asked():
    body = "“Why would we wait?” asked Dmitry Peskov."
    assert speakers(body) == ["Dmitry Peskov"]


def test_a_fragment_belongs_to_the_subject_of_its_own_clause_past_an_appositive():
    body = (
        "Louisiana Gov. Bobby Jindal signed an order on Monday, while Mike Huckabee, "
        'the former Arkansas governor, proposed we "wake up and smell the falafel."'
    )
    assert speakers(body) == ["Mike Huckabee"]


def test_a_quotation_after_a_long_attribution_keeps_the_speaker_not_the_names_in_his_description():
    body = (
        '"You stick everybody together face to face, you are going to have a problem," said Tim Selaty, '
        "organizer of a group called Citizens for Trump, which expects 5,000 to attend. "
        '"They have created a much more dangerous situation."'
    )
    assert speakers(body) == ["Tim Selaty", "Tim Selaty"]


def test_state_before_a_noun_is_no_speech_verb():
    body = "Minnesota state delegate Mary Susan wants the state money back."
    tokens = tokenize(body)
    assign_sentences(tokens, body, [0])
    assert "state" not in [tokens.lower[event.verb] for event in find_events(tokens)]


def test_a_participle_opening_the_sentence_is_not_the_speaker_but_the_subject_after_it_is():
    body = (
        "Tim Allen is a comedian. Acknowledging that Trump “says a lot of stupid stuff,” though, "
        "Allen did suggest that the mogul was right."
    )
    assert speakers(body) == ["Tim Allen"]


def test_a_possessive_before_a_noun_of_speech_names_who_said_the_fragment():
    body = "But Podliska’s most explosive claim is that the committee is a “witch hunt” against Clinton."
    assert speakers(body) == ["Podliska"]


def test_a_transcript_line_is_said_by_the_person_its_label_names():
    body = (
        "Mike Pence spoke to Chris Wallace on Sunday. A partial transcript:\n\n"
        "“WALLACE: Will Gennifer Flowers be at the debate tomorrow night, sir?”\n\n"
        "“PENCE: Gennifer Flowers will not be attending the debate tomorrow night.”"
    )
    assert speakers(body) == ["Chris Wallace", "Mike Pence"]
