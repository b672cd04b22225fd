"""Lines and their wording read for the whole page at once: the same as reading each line alone."""

import numpy as np

from articles.pipeline.textdump.families import FAMILY_NAMES, family_matrix
from articles.pipeline.textdump.lines import page_lines
from articles.pipeline.textdump.page import PageFacts


def families_of(*texts: str) -> list[set[str]]:
    page = PageFacts(page_lines("\n".join(texts)))
    return [{FAMILY_NAMES[k] for k in np.flatnonzero(row)} for row in family_matrix(page.text)]


def test_lines_are_normalised_and_remember_blank_lines_around_them():
    lines = page_lines("  Home\u00a0\u00a0 page \t\n\n\u200bSecond\u2028Third  \n\n")
    assert [(line.text, line.blank_before, line.blank_after) for line in lines] == [
        ("Home page", True, True),
        ("Second", True, False),
        ("Third", False, True),
    ]


def test_menu_words_glued_together_are_still_read_as_words():
    assert {"account", "notice"} <= families_of("Log inPrivacy Policy")[0]


def test_capitals_glued_to_the_next_word_are_split_off():
    assert "share" in families_of("SHAREThis story")[0]


def test_a_keyword_inside_a_longer_word_is_not_a_keyword():
    assert "share" not in families_of("Shareholders met on Monday")[0]


def test_phrases_are_found_in_any_case_and_only_on_their_line():
    found = families_of("Read the TERMS OF USE", "terms", "of use")
    assert "notice" in found[0] and "notice" not in found[1] | found[2]


def test_only_the_start_of_a_long_line_is_read_for_boilerplate_words():
    long_line = "The minister spoke for a long time. " * 10 + "Subscribe"
    assert "subscribe" not in families_of(long_line)[0]


def test_start_phrases_count_only_at_the_start_of_a_line():
    found = families_of("By Jane Doe", "Written by Jane Doe")
    assert "byline" in found[0] and "byline" in found[1]
    assert "byline" not in families_of("Stand by me")[0]


def test_rule_verdicts_match_the_rules_read_line_by_line():
    page = PageFacts(
        page_lines(
            "\n".join(
                [
                    "Read more: Tokyo protests",
                    "© Sputnik / Alexei Druzhinin",
                    "Sergei Lavrov in Moscow",
                    "Related stories",
                    "We use cookies to improve your experience.",
                    "The talks went on.",
                ]
            )
        )
    )
    assert page.certain_boilerplate.tolist() == [True, False, False, False, True, False]
    assert page.photo_credit.tolist() == [False, True, False, False, False, False]
    # A caption: a credit, or an unfinished sentence next to one.
    assert page.caption.tolist() == [True, True, True, False, False, False]
    assert page.tail_heading.tolist() == [False, False, False, True, False, False]
