"""Date, byline, agency credit and tags read from a dump."""

from datetime import date, datetime, timedelta, timezone

from articles.pipeline.textdump import extract

from .dumps import PARAGRAPHS, dump


def test_a_leading_date_prefix_gives_the_day_and_is_not_text():
    found = extract(" date 2019-01-08 " + "\n".join(PARAGRAPHS))
    assert found.published == date(2019, 1, 8)
    assert "date 2019" not in found.body


def test_the_page_date_line_gives_date_and_time():
    assert extract(dump(date_line="27 Jan, 2019 13:11")).published == datetime(2019, 1, 27, 13, 11)


def test_a_page_date_on_the_prefix_day_adds_its_time_and_zone():
    text = " date 2019-03-21 " + dump(date_line="13:55 GMT +321 March 2019")
    assert extract(text).published == datetime(2019, 3, 21, 13, 55, tzinfo=timezone(timedelta(hours=3)))


def test_a_page_date_on_another_day_than_the_prefix_does_not_win():
    text = " date 2019-03-21 " + dump(date_line="13:55 GMT +3 20 March 2019")
    assert extract(text).published == date(2019, 3, 21)


def test_dates_of_related_stories_below_the_article_are_not_the_publication_date():
    tail = [
        "More on this topic",
        "Japan protests over drills (18.12.2018)",
        "Kremlin says talks go on 02.12.2016",
    ]
    assert extract(dump(date_line="Nov 19, 2019, 10:31 pm CST", tail=tail)).published == datetime(
        2019, 11, 19, 22, 31, tzinfo=timezone(timedelta(hours=-6))
    )


def test_the_agency_credit_is_kept_and_left_out_of_the_body():
    found = extract(dump(tail=["ls/rt (Reuters, AFP)"]))
    assert found.credit == "ls/rt (Reuters, AFP)"
    assert "Reuters" not in found.body


def test_tags_are_kept_as_a_list_and_left_out_of_the_body():
    found = extract(dump(tail=["Tags:", "peace treaty, Takeo Mori, Kuril Islands"]))
    assert found.tags == ["peace treaty", "Takeo Mori", "Kuril Islands"]
    assert "Takeo Mori" not in found.body


def test_the_byline_under_the_headline_is_kept():
    text = dump().replace("27 Jan, 2019 13:11", "27 Jan, 2019 13:11\nby Finian Cunningham")
    found = extract(text)
    assert found.byline == "Finian Cunningham"
    assert "Finian" not in found.body


def test_the_language_of_the_article_is_detected():
    assert extract(dump()).language == "en"


def test_of_two_dates_glued_on_one_line_the_earlier_is_the_publication():
    # WordPress themes print "updated" and "published" side by side, in either order.
    line = "May 21, 2025April 24, 2025 by The Ritualist"
    assert extract(dump(date_line=line)).published == date(2025, 4, 24)


def test_a_long_meta_line_that_starts_with_a_date_gives_the_date():
    line = (
        "Posted on November 25, 2024 in College of Health Sciences, General, Healthcare, Master of Science "
        "in Applied Nutrition and Dietetics, Nutrition, Wellness, Students, Faculty, Research and Alumni news"
    )
    assert extract(dump(date_line=line)).published == date(2024, 11, 25)


def test_a_date_announced_as_published_far_below_the_article_is_found():
    tail = [f"Related link number {n}" for n in range(20)] + ["Published August 13, 2025"]
    assert extract(dump(date_line="Menu", tail=tail)).published == date(2025, 8, 13)


def test_slashed_dates_read_day_first_when_the_page_writes_dates_day_first():
    tail = ["Archive", "Older story 25/12/2022"]
    assert extract(dump(date_line="03/10/2023", tail=tail)).published == date(2023, 10, 3)


def test_slashed_dates_read_month_first_by_default():
    assert extract(dump(date_line="03/10/2023")).published == date(2023, 3, 10)


def test_slashed_dates_read_day_first_when_the_page_writes_out_dates_day_first():
    tail = ["Archive", "Older story, 25 December 2022"]
    assert extract(dump(date_line="03/10/2023", tail=tail)).published == date(2023, 10, 3)


def test_a_meta_line_below_the_article_gives_its_published_date_not_its_update():
    line = "Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET"
    tail = ["Share this story", line]
    assert extract(dump(date_line="Menu", tail=tail)).published.date() == date(2022, 11, 9)


def test_a_date_under_a_published_label_far_below_the_article_is_found():
    tail = [f"Related link number {n}" for n in range(20)] + [
        "Published",
        "Feb 2, 2023",
        "Reviewed",
        "8 October 2024",
    ]
    assert extract(dump(date_line="Menu", tail=tail)).published == date(2023, 2, 2)
