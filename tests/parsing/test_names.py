"""Speaker identity across articles: name keys, titles, and merge suggestions."""

import pytest

from articles.pipeline.names import name_key, probably_same, strip_titles


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Dmitry Peskov", "Dmitri Peskov"),
        ("Dmitriy Peskov", "Dmitry Peskov"),
        ("Alexei Navalny", "Alexey Navalny"),
        ("Aleksei Navalny", "Alexei Navalny"),
        ("Yury Ushakov", "Yuri Ushakov"),
        ("Yevgeny Prigozhin", "Evgeny Prigozhin"),
        ("Tatyana Golikova", "Tatiana Golikova"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Mohammed bin Salman", "Muhammad bin Salman"),
        ("José Pérez", "Jose Perez"),
        ("Ban Ki-moon", "Ban Ki Moon"),
        ("SERGEI LAVROV", "Sergei Lavrov"),
    ],
)
def test_spellings_of_one_name_share_a_key(one, other):
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Sergei Lavrov", "Sergei Ryabkov"), ("Taro Kono", "Taro Aso"), ("Bill Clinton", "Hillary Clinton")],
)
def test_different_people_have_different_keys(one, other):
    assert name_key(one) != name_key(other)


@pytest.mark.parametrize(
    ("titled", "bare"),
    [
        ("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
        ("Mr. Trump", "Trump"),
        ("President Vladimir Putin", "Vladimir Putin"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("Sergei Lavrov, Russia's foreign minister", "Sergei Lavrov"),
        ("Shinzo Abe", "Shinzo Abe"),
    ],
)
def test_titles_are_stripped_from_names(titled, bare):
    assert strip_titles(titled) == bare


def test_a_title_does_not_change_the_key():
    assert name_key("Russian Foreign Minister Sergei Lavrov") == name_key("Sergey Lavrov")


def test_a_typo_in_a_surname_is_probably_the_same_person():
    assert probably_same("Taro Kano", "Taro Kono")
    assert name_key("Taro Kano") != name_key("Taro Kono")


def test_a_middle_initial_is_probably_the_same_person():
    assert probably_same("Donald J. Trump", "Donald Trump")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Taro Kono", "Taro Aso"),
        ("Sergei Lavrov", "Sergei Ryabkov"),
        ("Bill Clinton", "Hillary Clinton"),
        ("Li Wei", "Li Wen"),
    ],
)
def test_different_names_are_not_suggested_for_merging(one, other):
    assert not probably_same(one, other)
