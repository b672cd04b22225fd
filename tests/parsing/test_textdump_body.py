"""What the body of a text dump keeps and what it leaves out."""

import pytest

from articles.pipeline.textdump import extract

from .dumps import HEADLINE, PARAGRAPHS, dump, paragraphs_of


def body_of(text: str) -> list[str]:
    return paragraphs_of(extract(text).body)


def test_the_article_paragraphs_come_out_in_order_without_menus_headline_or_footer():
    assert body_of(dump()) == PARAGRAPHS


@pytest.mark.parametrize(
    "teaser",
    [
        "Read more: Can Abe make any headway in territorial row with Russia?",
        "READ MORE: Kremlin Rules Out Kurils Transfer to Japan, Says Experts Working on Peace Treaty",
        "Read also: Tokyo protests over military drills on the islands",
    ],
)
def test_read_more_lines_are_not_part_of_the_body(teaser):
    assert body_of(dump(inserts={1: [teaser]})) == PARAGRAPHS


def test_a_teaser_of_another_story_embedded_mid_article_is_left_out():
    teaser = [
        "In this Aug. 29, 2017, file photo, Japan Air Self-Defense Force demonstrates a training at the U.S. "
        "Yokota Air Base on the outskirts of Tokyo",
        "© AP Photo / Eugene Hoshiko",
        "Japan to Host US Missiles Despite Russian Claim That They Violate the INF Treaty",
    ]
    assert body_of(dump(inserts={2: teaser})) == PARAGRAPHS


def test_photo_captions_and_credits_are_left_out():
    caption = [
        "Sergei Lavrov and his Japanese counterpart shook hands in Moscow",
        "Photo: Reuters/Maxim Shemetov",
    ]
    assert body_of(dump(inserts={0: caption})) == PARAGRAPHS


def test_related_headlines_tags_and_comment_rules_after_the_article_are_left_out():
    tail = [
        "Related:",
        "US, Japan to Develop New Aegis Radar to Counter Chinese, Russian Missiles",
        "Japan Reportedly Plans to Lodge Protest to Russia",
        "Tags:",
        "peace treaty, Japan, Russia, Kuril Islands",
        "Community standards",
        "Users are obliged to speak respectfully to the other participants in the discussion, readers and "
        "individuals referenced in the posts.",
        "The websites' administration has the right to delete comments made in languages other than the "
        "language of the majority of the websites' content.",
    ]
    assert body_of(dump(tail=tail)) == PARAGRAPHS


def test_newsletter_and_subscription_pleas_are_left_out():
    pleas = [
        "Every evening, DW's editors send out a selection of the day's hard news and quality feature "
        "journalism. You can sign up to receive it directly here.",
    ]
    body = body_of(
        dump(tail=[*pleas, "Subscribe to RT newsletter to get stories the mainstream media won't tell you."])
    )
    assert body == PARAGRAPHS


def test_privacy_notices_and_login_forms_are_left_out():
    tail = [
        "Register",
        "Log inPrivacy Policy",
        "Forgot your password?",
        "We are committed to protecting your personal information and we have updated our Privacy Policy to "
        "comply with the General Data Protection Regulation (GDPR).",
        "Please review our Privacy Policy. It contains details about the types of data we collect, how we "
        "use it, and your data protection rights.",
    ]
    assert body_of(dump(tail=tail)) == PARAGRAPHS


def test_teasers_of_other_stories_signed_with_their_date_are_left_out():
    tail = [
        "Japan's new defense plan calls for two helicopter carriers to be converted to carry stealth "
        "fighters. Pressures from China, the US, and North Korea are driving the move. (18.12.2018)",
        "Japan's prime minister changes tactic to focus on joint economic development of the contested "
        "territories. Julian Ryall reports. (25.04.2017)",
    ]
    assert body_of(dump(tail=tail)) == PARAGRAPHS


def test_share_counts_and_short_url_widgets_are_left_out():
    widgets = ["Get short URL", "0 0 0", "Share on Facebook", "Tweet"]
    assert body_of(dump(inserts={0: widgets})) == PARAGRAPHS


def test_a_headline_printed_twice_is_not_repeated_in_the_body():
    text = dump().replace(HEADLINE, f"{HEADLINE}\n\n{HEADLINE}")
    body = extract(text).body
    assert HEADLINE not in body
    assert paragraphs_of(body) == PARAGRAPHS


def test_a_line_printed_twice_appears_once():
    inserts = {4: [PARAGRAPHS[4]]}
    assert body_of(dump(inserts=inserts)) == PARAGRAPHS


def test_no_break_spaces_and_odd_whitespace_become_plain_spaces():
    text = (
        dump()
        .replace("Sergei Lavrov", "Sergei\u00a0Lavrov")
        .replace("Kuril Islands", "Kuril\u2009\u2009Islands")
    )
    body = extract(text).body
    assert "Sergei Lavrov met" in body
    assert "Kuril Islands" in body
    assert "\u00a0" not in body and "\u2009" not in body


def test_quotation_marks_and_dashes_are_kept_as_published():
    quoted = (
        "“Our major objective is not to give or get anything, but to sign a peace treaty,” "
        "the spokesman said – again."
    )
    paragraphs = [PARAGRAPHS[0], quoted, *PARAGRAPHS[1:]]
    assert quoted in extract(dump(paragraphs=paragraphs)).body


def test_subheadings_between_paragraphs_are_kept_apart_from_the_body():
    found = extract(dump(inserts={2: ["'Problem of the peace treaty'"]}))
    assert found.subheadings == ["'Problem of the peace treaty'"]
    assert paragraphs_of(found.body) == PARAGRAPHS


def test_an_empty_dump_yields_no_body():
    assert extract("\n\n  \n").body == ""


def test_a_dump_of_a_few_bare_sentences_is_all_article():
    sentences = ["Ministers met in Tokyo. The talks lasted four hours.", '"We are ready," said Taro Kono.']
    assert body_of("date 2019-03-04 " + "\n".join(sentences)) == sentences


def test_sentences_of_a_menu_above_the_headline_are_left_out_of_the_body():
    blurbs = [
        "Our weekly newsletter brings you the stories that matter most from around the whole world.",
        "Explore our coverage of elections, diplomacy and the economy in every region of the world today.",
        "Listen to our podcast for interviews with the people who shape the foreign policy of nations.",
    ]
    headline = "\n".join([*blurbs, "", "World news", HEADLINE, "By Jane Doe", "27 Jan, 2019 13:11"])
    text = dump(date_line="", headline=headline)
    found = extract(text)
    assert found.title == HEADLINE
    assert body_of(text) == PARAGRAPHS
