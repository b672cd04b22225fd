"""What pages print around an article that must stay out of its body and its title: other stories'
sidebars, comment threads, "Also on ..." and "Read more" links, the page's address, update lines,
buttons and badges."""

import pytest

from articles.pipeline.textdump import extract

from .dumps import HEADLINE, PARAGRAPHS, dump, paragraphs_of

OTHER_STORIES = [
    "More in World",
    "Ukraine says drones hit oil depot deep inside Russia",
    "32M ago",
    "Typhoon forces thousands to leave their homes in the Philippines",
    "1H ago",
    "Pope calls for ceasefire in Christmas address to crowds",
    "3H ago",
    "More U.S.",
    "Winter storm brings heavy snow to the Northeast ahead of holiday travel",
    "5H ago",
    "Lawmakers reach deal to avert government shutdown before deadline",
    "6H ago",
]


def body_of(text: str) -> list[str]:
    return paragraphs_of(extract(text).body)


def test_a_sidebar_of_other_stories_with_their_ages_stays_out_of_the_body():
    assert body_of(dump(tail=OTHER_STORIES)) == PARAGRAPHS


def test_a_sidebar_of_other_stories_inside_the_article_stays_out_of_the_body():
    assert body_of(dump(inserts={2: OTHER_STORIES})) == PARAGRAPHS


COMMENTS = [
    "This is exactly what I expected from these talks. Nothing will change until both sides accept that the "
    "islands have a history older than the war, and that the people who live there deserve a say in it.",
    "I disagree completely. The treaty matters far more than the islands, and both governments know that "
    "trade and energy will suffer for another decade if they keep putting the question off like this.",
    "Nobody asks the fishermen. We have worked these waters for three generations and every new round of "
    "talks brings new rules, new patrols and new fines, while the ministers fly home and forget about us.",
    "I wrote to both embassies last year and never received an answer from either of them, which tells you "
    "everything you need to know about how much our lives matter to the people who sit at that table.",
]


def thread(comments: list[str]) -> list[str]:
    """A blog's comment thread: its heading, then each comment's author, date, text and reply button."""
    lines = [f"{len(comments)} thoughts on “{HEADLINE}”"]
    for number, comment in enumerate(comments):
        lines += [f"Reader{number} says:", f"January 28, 2019 at {number + 1}:14 am", comment, "Reply"]
    return [*lines, "Leave a Reply", "Your email address will not be published. Required fields are marked *"]


def test_a_comment_thread_longer_than_the_article_neither_replaces_nor_joins_it():
    short_article = PARAGRAPHS[:2]
    assert body_of(dump(paragraphs=short_article, tail=thread(COMMENTS * 2))) == short_article


def test_comments_under_a_comments_heading_stay_out_of_a_one_paragraph_article():
    comments = ["Comments (2)"]
    for number, comment in enumerate(COMMENTS[:2]):
        comments += [f"reader_{number}", f"{number + 1} hours ago", comment, "Reply", "12 likes"]
    assert body_of(dump(paragraphs=PARAGRAPHS[:1], tail=comments)) == PARAGRAPHS[:1]


@pytest.mark.parametrize(
    "link",
    [
        "Also on rt.com Japan lodges protest over Russian military drills on disputed islands",
        "Read More",
        "Read more »",
        "https://www.dailyplanet.example/world/asia/russia-japan-peace-treaty-talks-2019-01-27/",
        "Updated 11:21 pm CST, Sun January 27, 2019",
        "Copyright 2019 The Daily Planet Media Group. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
    ],
)
def test_links_buttons_addresses_and_update_lines_between_paragraphs_stay_out_of_the_body(link):
    assert body_of(dump(inserts={1: [link]})) == PARAGRAPHS


def test_an_update_line_under_the_headline_stays_out_of_the_body_and_does_not_date_the_article():
    found = extract(dump(date_line="27 Jan, 2019 13:11\nUpdated 11:21 pm CST, Mon January 28, 2019"))
    assert paragraphs_of(found.body) == PARAGRAPHS
    assert found.published.date().isoformat() == "2019-01-27"


def test_the_headline_is_not_a_call_to_action_button():
    buttons = "Book a Demo Get a Custom Report\nBook a Demo Get a Custom Report"
    headline = f"{buttons}\nMain > Blog > {HEADLINE}\nWorld\n{HEADLINE}\nJane Doe"
    assert extract(dump(headline=headline)).title == HEADLINE


def test_the_headline_is_not_a_trust_badge():
    headline = f"{HEADLINE}\nJane Doe\nWhy you can trust Daily Planet\nOur editors fact-check every story"
    assert extract(dump(headline=headline)).title == HEADLINE


def test_the_headline_is_not_a_link_to_a_related_story():
    related = [
        "Related Stories",
        "Japan and Russia Resume Talks on Joint Economic Activities on Disputed Islands",
        "Kremlin Says No Deadline for a Peace Treaty With Tokyo",
    ]
    headline = "\n".join([*related, "", HEADLINE, "By Jane Doe"])
    assert extract(dump(headline=headline, date_line="")).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "Learn about The Daily Planet's Editorial Process",
        "How We Researched the Best Peace Treaty Coverage",
        "Posted on January 27, 2019 by Jane Doe in World News, Asia, Diplomacy",
        "Published in World, Asia, Diplomacy",
        "Hunt Valley, MD 21031",
        "Save $14.40 with code PEACE10",
        "27 Jan 2019",
    ],
)
def test_the_headline_is_not_a_badge_a_meta_line_an_address_a_coupon_or_a_date(line):
    headline = f"{line}\n{HEADLINE}\n{line}"
    assert extract(dump(headline=headline, date_line="")).title == HEADLINE
