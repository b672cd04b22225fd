"""One speaker per person or organization across articles, however outlets spell them."""

import pytest

from articles.ingest.speakers import resolve_speaker
from articles.models import Speaker, SpeakerMergeSuggestion
from articles.pipeline.names import name_key

pytestmark = pytest.mark.django_db

PERSON = Speaker.Kind.PERSON


def test_transliteration_variants_are_one_speaker_with_both_spellings_kept():
    sergei = resolve_speaker("Sergei Lavrov", kind=PERSON, role="Russian Foreign Minister")

    sergey = resolve_speaker("Sergey Lavrov", kind=PERSON, role=None)

    assert sergey == sergei
    assert Speaker.objects.count() == 1
    assert set(sergei.aliases.values_list("name", flat=True)) == {"Sergey Lavrov"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Dmitry Peskov", "Dmitri Peskov"),
        ("Alexei Navalny", "Alexey Navalny"),
        ("Yury Ushakov", "Yuri Ushakov"),
    ],
)
def test_common_russian_spellings_resolve_to_the_same_person(first, second):
    assert resolve_speaker(first, kind=PERSON, role=None) == resolve_speaker(second, kind=PERSON, role=None)


def test_titles_are_stripped_from_names():
    speaker = resolve_speaker("President Vladimir Putin", kind=PERSON, role=None)

    assert speaker.name == "Vladimir Putin"
    assert resolve_speaker("Vladimir Putin", kind=PERSON, role=None) == speaker


def test_a_bare_surname_means_the_one_person_of_that_name():
    lavrov = resolve_speaker("Sergei Lavrov", kind=PERSON, role=None)

    assert resolve_speaker("Lavrov", kind=PERSON, role=None) == lavrov


def test_a_bare_surname_shared_by_two_people_is_not_guessed():
    resolve_speaker("Shinzo Abe", kind=PERSON, role=None)
    resolve_speaker("Akie Abe", kind=PERSON, role=None)

    speaker = resolve_speaker("Abe", kind=PERSON, role=None)

    assert speaker is None
    assert not Speaker.objects.filter(name="Abe").exists()


def test_probable_duplicates_are_suggested_to_curators_not_merged():
    kono = resolve_speaker("Taro Kono", kind=PERSON, role=None)

    kano = resolve_speaker("Taro Kano", kind=PERSON, role=None)

    assert kano != kono
    suggestion = SpeakerMergeSuggestion.objects.get()
    assert {suggestion.speaker, suggestion.other} == {kono, kano}
    assert suggestion.status == SpeakerMergeSuggestion.Status.PENDING


def test_different_people_with_one_shared_name_are_not_suggested():
    resolve_speaker("Taro Kono", kind=PERSON, role=None)
    resolve_speaker("Taro Aso", kind=PERSON, role=None)

    assert not SpeakerMergeSuggestion.objects.exists()


def test_a_speaker_merged_by_a_curator_resolves_to_the_one_it_was_merged_into():
    kano = resolve_speaker("Taro Kano", kind=PERSON, role=None)
    kono = resolve_speaker("Taro Kono", kind=PERSON, role=None)
    kano.merged_into = kono
    kano.save()

    assert resolve_speaker("Taro Kano", kind=PERSON, role=None) == kono


def test_the_first_role_reported_is_kept_and_a_missing_kind_is_filled_in():
    speaker = resolve_speaker("Maria Zakharova", kind=None, role="Russian Foreign Ministry spokeswoman")

    resolve_speaker("Maria Zakharova", kind=PERSON, role="diplomat")

    speaker.refresh_from_db()
    assert speaker.role == "Russian Foreign Ministry spokeswoman"
    assert speaker.kind == PERSON


def test_the_seeds_quote_sergei_lavrov_as_one_speaker_across_outlets(ingested_seeds):
    lavrov = Speaker.objects.get(name_key=name_key("Sergei Lavrov"))

    outlets = set(lavrov.quotes.values_list("article__outlet__name", flat=True))

    assert len(outlets) >= 2


ORGANIZATION = Speaker.Kind.ORGANIZATION


def test_an_organization_keeps_every_word_of_its_name():
    ministry = resolve_speaker("Russian Foreign Ministry", kind=ORGANIZATION, role=None)

    assert ministry.name == "Russian Foreign Ministry"
    assert resolve_speaker("Japanese Foreign Ministry", kind=ORGANIZATION, role=None) != ministry


def test_a_head_noun_alone_is_never_a_speaker():
    resolve_speaker("Russian Foreign Ministry", kind=ORGANIZATION, role=None)

    assert resolve_speaker("Ministry", kind=ORGANIZATION, role=None) is None
    assert resolve_speaker("Foreign Ministry", kind=ORGANIZATION, role=None) is None
    assert list(Speaker.objects.values_list("name", flat=True)) == ["Russian Foreign Ministry"]


def test_a_bare_surname_nobody_known_bears_is_no_speaker():
    assert resolve_speaker("Lavrov", kind=PERSON, role=None) is None
    assert not Speaker.objects.exists()


def test_a_capital_speaking_for_its_state_is_never_joined_to_a_person():
    denzel = resolve_speaker("Denzel Washington", kind=PERSON, role=None)

    washington = resolve_speaker("Washington", kind=ORGANIZATION, role=None)

    assert washington != denzel
    assert (washington.name, washington.kind) == ("Washington", ORGANIZATION)
    assert resolve_speaker("Washington", kind=PERSON, role=None) == denzel


def test_a_speaker_takes_the_canonical_spelling_once_an_article_uses_it_and_keeps_its_address():
    sergey = resolve_speaker("Sergey Lavrov", kind=PERSON, role=None)
    address = sergey.get_absolute_url()

    sergei = resolve_speaker("Sergei Lavrov", kind=PERSON, role=None)

    assert sergei == sergey
    assert sergei.name == "Sergei Lavrov"
    assert sergei.get_absolute_url() == address
    assert "Sergey Lavrov" in sergei.aliases.values_list("name", flat=True)
