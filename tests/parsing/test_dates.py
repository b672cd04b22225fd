"""Dates as pages print them."""

from datetime import date, datetime, timedelta, timezone

import pytest

from articles.pipeline.dates import find_dates, parse_date


def offset(hours, minutes=0):
    return timezone(timedelta(hours=hours, minutes=minutes))


@pytest.mark.parametrize(
    ("printed", "meant"),
    [
        ("27 Jan, 2019 13:11", datetime(2019, 1, 27, 13, 11)),
        ("13:55 GMT +321 March 2019", datetime(2019, 3, 21, 13, 55, tzinfo=offset(3))),
        ("Nov 19, 2019, 10:31 pm CST", datetime(2019, 11, 19, 22, 31, tzinfo=offset(-6))),
        ("21:17 18.11.2019Get short URL", datetime(2019, 11, 18, 21, 17)),
        ("Jan. 31, 2026 7:47 am EST", datetime(2026, 1, 31, 7, 47, tzinfo=offset(-5))),
        ("Updated November 11, 20228:23 PM ET", datetime(2022, 11, 11, 20, 23, tzinfo=offset(-5))),
        ("July 4, 2022 10:00 AM ET", datetime(2022, 7, 4, 10, 0, tzinfo=offset(-4))),
        ("January 20th, 2025 by JWU", date(2025, 1, 20)),
        ("ByKathryn GiuffridaMar 5, 2025 | 6 comments", date(2025, 3, 5)),
        ("2019-01-27T13:11:00+00:00", datetime(2019, 1, 27, 13, 11, tzinfo=offset(0))),
        ("» 2021 – 01 – 18", date(2021, 1, 18)),
        ("Tuesday February 11 2025", date(2025, 2, 11)),
        ("12. März 2019, 10:00 Uhr", datetime(2019, 3, 12, 10, 0)),
        ("le 3 mars 2020 à 14:05", datetime(2020, 3, 3, 14, 5)),
        ("21 de marzo de 2019", date(2019, 3, 21)),
        ("21 марта 2019 г.", date(2019, 3, 21)),
        ("2019年3月21日", date(2019, 3, 21)),
        ("2019년 3월 21일", date(2019, 3, 21)),
        ("31/10/2019", date(2019, 10, 31)),
        ("Updated on 19-Dec-2025", date(2025, 12, 19)),
        ("06.18.2025", date(2025, 6, 18)),
        ("Mar 27, 20255 mins", date(2025, 3, 27)),
    ],
)
def test_written_dates_are_read_with_their_time_and_zone(printed, meant):
    found = find_dates(printed)
    assert found[0].value == meant
    assert found[0].value.tzinfo == getattr(meant, "tzinfo", None) if isinstance(meant, datetime) else True


def test_a_slashed_date_that_could_be_either_way_is_marked_uncertain():
    found = find_dates("03/10/2023")
    assert found[0].certain is False


def test_several_dates_in_one_line_come_out_in_order():
    found = find_dates("BySarah July 30, 2019January 18, 2023")
    assert [item.value for item in found] == [date(2019, 7, 30), date(2023, 1, 18)]


def test_impossible_dates_are_not_dates():
    assert find_dates("31 February 2019") == []
    assert parse_date("not a date at all") is None


@pytest.mark.parametrize(
    ("value", "meant"),
    [
        ("2019-11-20", date(2019, 11, 20)),
        ("2019-11-20T07:00:28Z", datetime(2019, 11, 20, 7, 0, 28, tzinfo=offset(0))),
        ("20191120", date(2019, 11, 20)),
        ("Wed, 20 Nov 2019 07:00:28 +0000", datetime(2019, 11, 20, 7, 0, 28, tzinfo=offset(0))),
        ("November 20, 2019", date(2019, 11, 20)),
    ],
)
def test_parse_date_reads_the_values_pages_declare(value, meant):
    assert parse_date(value) == meant
