"""Counts over time gathered into bins (days, months or years) and the dates worth a label on the axis.

The bin follows the span: a month of results is drawn day by day, a decade month by month, a
century year by year, so the bars are never one solid block nor invisible slivers.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

DAY, MONTH, YEAR = "day", "month", "year"
MAX_DAY_BINS = 92  # about three months
MAX_MONTH_BINS = 180  # fifteen years
# Roughly how many pixels a label takes per character at the chart's font size (12 px), and the
# room the axis has on a phone (390 px less margins and the count labels) and where the chart is at
# least 40rem wide (site.css shows the labels meant for wide charts from there).
CHARACTER_PX, LABEL_GAP_PX = 7.5, 12
PHONE_AXIS_PX, WIDE_AXIS_PX = 310, 630
# Per cent: a time label this near the right edge runs inwards from its tick; on the left only
# at the very edge, as the count labels' margin takes the rest of the label.
TICK_EDGES = (4, 0.5)


@dataclass(frozen=True)
class Bin:
    start: date
    end: date  # the last day the bin holds
    count: int

    def key(self, unit: str) -> str:
        """As in CSV files: 2019-01-27, 2019-01 or 2019."""
        return {DAY: self.start.isoformat(), MONTH: self.start.strftime("%Y-%m"), YEAR: str(self.start.year)}[
            unit
        ]

    def short_label(self, unit: str) -> str:
        """As a label beside the bar, where the chart's title gives the year: 27 Jan, Jan 2019 or 2019."""
        return f"{self.start.day} {self.start:%b}" if unit == DAY else self.label(unit)

    def label(self, unit: str) -> str:
        """As a reader says it: 27 Jan 2019, Jan 2019 or 2019."""
        day = self.start
        return {DAY: f"{day.day} {day:%b %Y}", MONTH: f"{day:%b %Y}", YEAR: str(day.year)}[unit]


@dataclass(frozen=True)
class Tick:
    index: int  # the bin it labels
    label: str
    on_phones: bool  # False: shown only where the chart is wide enough


def bins_of(counts: Mapping[date, int], by_day: bool, within: tuple[date, date] | None = None):
    """(unit, bins) from counts keyed by day (``by_day``) or by the first day of their month.

    ``within`` widens the span to a short date range a search asked for, so a month's search
    shows the whole month. Returns (None, []) when nothing is counted.
    """
    days = [day for day, count in counts.items() if count]
    if not days:
        return None, []
    first, last = min(days), max(days)
    if within and (within[1] - within[0]).days < MAX_DAY_BINS:
        first, last = min(first, within[0]), max(last, within[1])
    if by_day and (last - first).days < MAX_DAY_BINS:
        return DAY, _bins(counts, first, last, _next_day, lambda day: day)
    first, last = first.replace(day=1), last.replace(day=1)
    if _months_between(first, last) < MAX_MONTH_BINS:
        return MONTH, _bins(counts, first, last, _next_month, lambda day: day.replace(day=1))
    first, last = first.replace(month=1), last.replace(month=1)
    return YEAR, _bins(counts, first, last, _next_year, lambda day: day.replace(month=1, day=1))


def _bins(counts, first: date, last: date, step: Callable, bin_of: Callable) -> list[Bin]:
    totals: dict[date, int] = {}
    for day, count in counts.items():
        totals[bin_of(day)] = totals.get(bin_of(day), 0) + count
    bins, start = [], first
    while start <= last:
        following = step(start)
        bins.append(Bin(start, following - timedelta(days=1), totals.get(start, 0)))
        start = following
    return bins


def _next_day(day: date) -> date:
    return day + timedelta(days=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _next_year(day: date) -> date:
    return date(day.year + 1, 1, 1)


def _months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


# Which bins may carry a label, densest first; each level's dates are among the previous level's,
# so the labels a phone shows are some of those a desktop shows.
TICK_LEVELS = {
    DAY: [
        lambda day: True,
        lambda day: day.day in (1, 8, 15, 22, 29),
        lambda day: day.day in (1, 15),
        lambda day: day.day == 1,
    ],
    MONTH: [
        lambda day: True,
        lambda day: day.month in (1, 4, 7, 10),
        lambda day: day.month in (1, 7),
        lambda day: day.month == 1,
        lambda day: day.month == 1 and day.year % 2 == 0,
        lambda day: day.month == 1 and day.year % 10 == 0,
    ],
    YEAR: [
        lambda day: True,
        lambda day: day.year % 5 == 0,
        lambda day: day.year % 10 == 0,
        lambda day: day.year % 50 == 0,
        lambda day: day.year % 100 == 0,
    ],
}


def ticks(unit: str, bins: list[Bin], centre: Callable[[int], float]) -> list[Tick]:
    """The bins labelled on the time axis: as many as fit a wide chart, fewer of them on a phone.
    ``centre(i)`` is where bin ``i`` sits, in per cent of the width."""
    wide = _fitting(unit, bins, centre, WIDE_AXIS_PX) or [0]
    phone = set(_fitting(unit, bins, centre, PHONE_AXIS_PX) or wide[:1])
    labels = _tick_labels(unit, [bins[i].start for i in wide])
    return [Tick(i, label, i in phone) for i, label in zip(wide, labels, strict=True)]


def _fitting(unit: str, bins: list[Bin], centre: Callable[[int], float], room_px: float) -> list[int]:
    """The bins of the densest level whose labels do not run into each other in ``room_px``."""
    for wanted in TICK_LEVELS[unit]:
        chosen = [i for i, item in enumerate(bins) if wanted(item.start)]
        labels = _tick_labels(unit, [bins[i].start for i in chosen])
        spans = [
            extent(centre(i), text, *TICK_EDGES, room_px=room_px)
            for i, text in zip(chosen, labels, strict=True)
        ]
        if all(right + LABEL_GAP_PX <= left for (_, right), (left, _) in zip(spans, spans[1:], strict=False)):
            return chosen
    return []


def anchor(x: float, edge: float, left_edge: float | None = None) -> str:
    """How a label at ``x`` per cent is anchored: inwards when within ``edge`` per cent of a side
    (``left_edge`` on the left, where the chart's margin may take some of a label)."""
    if x < (edge if left_edge is None else left_edge):
        return "start"
    return "end" if x > 100 - edge else "middle"


def extent(x: float, text: str, edge: float, left_edge: float | None = None, *, room_px: float):
    """(left, right): where a label at ``x`` per cent runs, in pixels, when the chart is ``room_px`` wide."""
    width = len(text) * CHARACTER_PX
    left = {"start": 0, "middle": width / 2, "end": width}[anchor(x, edge, left_edge)]
    at = x * room_px / 100
    return at - left, at - left + width


def _tick_labels(unit: str, starts: list[date]) -> list[str]:
    """Short labels that still say the year: "2019" at each January, "Apr" between, the first in full."""
    labels = []
    for number, day in enumerate(starts):
        if unit == YEAR:
            labels.append(str(day.year))
        elif unit == MONTH:
            labels.append(str(day.year) if day.month == 1 else f"{day:%b}" if number else f"{day:%b %Y}")
        else:
            labels.append(f"{day.day} {day:%b}" if number else f"{day.day} {day:%b %Y}")
    return labels
