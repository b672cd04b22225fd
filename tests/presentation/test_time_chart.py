"""Time charts read without hovering: bins that suit the span, labelled axes and peaks, no slivers."""

from datetime import date, timedelta

import pytest

from articles.presentation.time_bins import CHARACTER_PX, LABEL_GAP_PX, PHONE_AXIS_PX, WIDE_AXIS_PX
from articles.presentation.time_chart import time_chart


def monthly(first: date, months: int, count=lambda n: 1 + n % 5) -> dict[date, int]:
    counts, day = {}, first
    for n in range(months):
        counts[day] = count(n)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return counts


def chart(counts, **options):
    return time_chart(counts, what="Matches", chart_id="test", **options)


def percent(value: str) -> float:
    return float(value.rstrip("%"))


def test_nothing_counted_draws_no_chart():
    assert chart({}) is None
    assert chart({date(2019, 1, 1): 0}) is None


def test_a_month_of_matches_is_drawn_day_by_day_over_the_whole_month_searched():
    counts = {date(2025, 11, 3): 2, date(2025, 11, 14): 5}

    drawn = chart(counts, by_day=True, within=(date(2025, 11, 1), date(2025, 11, 30)))

    assert drawn.unit == "day"
    assert drawn.title == "Matches per day, 1 Nov 2025 to 30 Nov 2025"
    assert len(drawn.bars) == 2
    assert [row.key for row in drawn.rows] == ["2025-11-03", "2025-11-14"]
    assert all(percent(bar.width) < 100 / 30 for bar in drawn.bars)


def test_a_single_bar_is_a_bar_not_a_block():
    drawn = chart({date(2019, 3, 1): 40})

    (bar,) = drawn.bars
    assert percent(bar.width) <= 100 / 12
    assert 40 < percent(bar.x) < 50  # centred


def test_six_years_are_drawn_month_by_month_with_years_on_the_axis():
    drawn = chart(monthly(date(2019, 11, 1), 73))

    assert drawn.unit == "month"
    assert len(drawn.bars) == 73
    labels = [tick.text for tick in drawn.ticks]
    assert {"2020", "2023", "2025"} <= set(labels)
    assert all(percent(bar.width) > 100 / 73 / 2 for bar in drawn.bars)  # bars, not slivers


def test_a_century_is_drawn_year_by_year():
    drawn = chart({date(1920, 1, 1): 3, date(2019, 6, 1): 5})

    assert drawn.unit == "year"
    assert drawn.title == "Matches per year, 1920 to 2019"


def test_the_count_axis_is_labelled_up_to_a_round_number_above_the_highest_bar():
    drawn = chart(monthly(date(2019, 1, 1), 24, count=lambda n: 41 if n == 7 else 3))

    labels = [line.label for line in drawn.gridlines]
    assert labels == ["10", "20", "30", "40", "50"]
    highest = max(drawn.bars, key=lambda bar: bar.height)
    assert highest.height == pytest.approx(120 * 41 / 50)


def test_the_highest_peak_is_labelled_with_its_date_and_count():
    drawn = chart(monthly(date(2019, 1, 1), 36, count=lambda n: 41 if n == 14 else 3))

    assert [peak.text for peak in drawn.peaks] == ["Mar 2020: 41"]


def test_bars_that_are_all_alike_have_no_peak_labels():
    drawn = chart(monthly(date(2019, 1, 1), 36, count=lambda n: 1))

    assert drawn.peaks == []


def test_few_bars_each_show_their_count():
    drawn = chart({date(2019, 1, 1): 3, date(2019, 3, 1): 12})

    assert [peak.text for peak in drawn.peaks] == ["3", "12"]


@pytest.mark.parametrize("months", [1, 2, 5, 13, 30, 73, 121, 179])
def test_time_labels_do_not_run_into_each_other_on_a_phone_or_a_desktop(months):
    drawn = chart(monthly(date(2013, 5, 1), months))

    on_phones = [tick for tick in drawn.ticks if tick.on_phones]
    for room, shown in ((PHONE_AXIS_PX, on_phones), (WIDE_AXIS_PX, drawn.ticks)):
        assert shown, "every chart has some time labels"
        spans = [_span(tick, room) for tick in shown]
        for (_, right), (left, _) in zip(spans, spans[1:], strict=False):
            assert right + LABEL_GAP_PX <= left


@pytest.mark.parametrize("days", [1, 10, 31, 60, 91])
def test_day_labels_do_not_run_into_each_other_on_a_phone(days):
    first = date(2025, 10, 20)
    drawn = chart({first + timedelta(days=n): 1 for n in range(days)}, by_day=True)

    spans = [_span(tick, PHONE_AXIS_PX) for tick in drawn.ticks if tick.on_phones]
    assert spans
    for (_, right), (left, _) in zip(spans, spans[1:], strict=False):
        assert right + LABEL_GAP_PX <= left


def test_each_bar_links_where_it_is_asked_to():
    drawn = chart({date(2019, 3, 1): 4}, link=lambda item, unit: f"/{unit}/{item.start}/{item.end}/")

    assert drawn.bars[0].href == "/month/2019-03-01/2019-03-31/"
    assert drawn.rows[0].href == "/month/2019-03-01/2019-03-31/"


def _span(tick, room):
    x, width = percent(tick.x) * room / 100, len(tick.text) * CHARACTER_PX
    left = {"start": x, "middle": x - width / 2, "end": x - width}[tick.anchor]
    return left, left + width
