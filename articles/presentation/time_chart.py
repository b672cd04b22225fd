"""Counts over time as a bar chart drawn on the server, readable without hovering.

Used for matches per month on the search page, quotations on speaker pages and articles on
outlet pages. Why server-rendered SVG rather than a charting library: the site works without
JavaScript and its Content-Security-Policy allows no inline script; an SVG arrives with the page,
is sharp at any width, is read by screen readers through its title, description and the table
beside it, and is one more dependency nobody has to keep up to date.

Geometry: x positions are percentages of the chart's width, y positions pixels. The chart fills
any column, a phone's or a desktop's, while its text keeps its size (a scaled viewBox would shrink
the labels to nothing on a phone).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from math import ceil

from .time_bins import DAY, LABEL_GAP_PX, PHONE_AXIS_PX, TICK_EDGES, Bin, Tick, anchor, bins_of, extent, ticks

PLOT_TOP = 24  # room above the highest bar for its label
PLOT_HEIGHT = 120
AXIS_HEIGHT = 24
HEIGHT = PLOT_TOP + PLOT_HEIGHT + AXIS_HEIGHT
MIN_BANDS = 12  # fewer bins are drawn no wider than a twelfth each, centred: one bar is not a block
BAR_SHARE = 0.8  # of its band; the rest is the gap that tells bars apart
LABEL_EVERY_BAR = 12  # up to this many bins every bar shows its count; beyond, the peaks do
PEAK_LABELS = 3
PEAK_EDGE = 10  # per cent: a peak label this near an edge runs inwards from its bar
GRIDLINES = 5  # at most


@dataclass(frozen=True)
class Bar:
    x: str  # per cent of the width, formatted for the SVG
    width: str
    y: float
    height: float
    title: str  # "Mar 2024: 41"
    href: str


@dataclass(frozen=True)
class Gridline:
    y: float
    label: str
    label_y: float


@dataclass(frozen=True)
class Label:
    x: str
    y: float
    anchor: str  # SVG text-anchor: start, middle or end
    text: str
    on_phones: bool = True


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    count: str
    href: str


@dataclass(frozen=True)
class TimeChart:
    id: str
    title: str
    summary: str
    unit: str
    bars: list[Bar]
    gridlines: list[Gridline]
    ticks: list[Label]
    peaks: list[Label]
    rows: list[Row]
    height: int = HEIGHT
    baseline: float = PLOT_TOP + PLOT_HEIGHT
    tick_end: float = PLOT_TOP + PLOT_HEIGHT + 5
    baseline_label_y: float = PLOT_TOP + PLOT_HEIGHT + 4


def time_chart(
    counts: Mapping[date, int],
    *,
    what: str,
    chart_id: str,
    by_day: bool = False,
    link: Callable[[Bin, str], str] | None = None,
    within: tuple[date, date] | None = None,
) -> TimeChart | None:
    """A chart of ``counts`` (keyed by day with ``by_day``, else by each month's first day).

    ``what`` names the things counted ("Matches"); ``link(bin, unit)`` gives each bar's address.
    None when nothing is counted.
    """
    unit, bins = bins_of(counts, by_day, within)
    if not bins:
        return None
    step, top = _scale(max(item.count for item in bins))
    layout = _Layout(len(bins), top)
    href = (lambda item: link(item, unit)) if link else (lambda item: "")
    return TimeChart(
        id=chart_id,
        title=_title(what, unit, bins),
        summary=_summary(unit, bins),
        unit=unit,
        bars=[layout.bar(i, item, item.label(unit), href(item)) for i, item in enumerate(bins) if item.count],
        gridlines=_gridlines(step, top),
        ticks=[layout.tick(tick) for tick in ticks(unit, bins, layout.centre)],
        peaks=[layout.peak(i, bins[i].count, text) for i, text in _peak_texts(layout, unit, bins)],
        rows=[_row(unit, item, href(item)) for item in bins if item.count],
    )


class _Layout:
    """Where bin ``i`` of ``n`` sits, in per cent of the width, and how tall a count stands."""

    def __init__(self, n: int, top: int):
        self.band = 100 / max(n, MIN_BANDS)
        self.offset = (100 - self.band * n) / 2
        self.top = top

    def centre(self, i: int) -> float:
        return self.offset + (i + 0.5) * self.band

    def height(self, count: int) -> float:
        return round(count / self.top * PLOT_HEIGHT, 2)

    def bar(self, i: int, item: Bin, label: str, href: str) -> Bar:
        width = self.band * BAR_SHARE
        height = self.height(item.count)
        x = _percent(self.centre(i) - width / 2)
        title = f"{label}: {item.count:,}"
        return Bar(x, _percent(width), PLOT_TOP + PLOT_HEIGHT - height, height, title, href)

    def tick(self, tick: Tick) -> Label:
        x = self.centre(tick.index)
        y = PLOT_TOP + PLOT_HEIGHT + 18
        return Label(_percent(x), y, anchor(x, *TICK_EDGES), tick.label, tick.on_phones)

    def peak(self, i: int, count: int, text: str) -> Label:
        x = self.centre(i)
        return Label(_percent(x), PLOT_TOP + PLOT_HEIGHT - self.height(count) - 6, anchor(x, PEAK_EDGE), text)

    def extent(self, i: int, text: str) -> tuple[float, float]:
        """Where a peak label of bin ``i`` would run, in pixels, on a phone's narrow chart."""
        return extent(self.centre(i), text, PEAK_EDGE, room_px=PHONE_AXIS_PX)


def _row(unit: str, item: Bin, href: str) -> Row:
    return Row(item.key(unit), item.label(unit), f"{item.count:,}", href)


def _peak_texts(layout: "_Layout", unit: str, bins: list[Bin]) -> list[tuple[int, str]]:
    """(bin, text) of the bars labelled with their count: all of a few, else the peaks that stand
    out (the highest first), as many as fit side by side on a phone."""
    if len(bins) <= LABEL_EVERY_BAR:
        return [(i, f"{item.count:,}") for i, item in enumerate(bins) if item.count]
    counts = [item.count for item in bins]
    highest, lowest = max(counts), min(count for count in counts if count)
    chosen: dict[int, str] = {}
    for i in sorted(range(len(bins)), key=lambda i: (-counts[i], i)):
        if len(chosen) == PEAK_LABELS or counts[i] < highest / 2 or counts[i] == lowest:
            break
        text = f"{bins[i].short_label(unit)}: {counts[i]:,}"
        if _is_local_peak(counts, i) and not any(
            _overlap(layout.extent(i, text), layout.extent(j, other)) for j, other in chosen.items()
        ):
            chosen[i] = text
    return sorted(chosen.items())


def _is_local_peak(counts: list[int], i: int) -> bool:
    return all(counts[i] >= counts[j] for j in (i - 1, i + 1) if 0 <= j < len(counts))


def _overlap(first: tuple[float, float], second: tuple[float, float]) -> bool:
    return first[0] < second[1] + LABEL_GAP_PX and second[0] < first[1] + LABEL_GAP_PX


def _scale(highest: int) -> tuple[int, int]:
    """(step, top) of the count scale: the smallest round step that needs at most ``GRIDLINES``
    lines to pass the highest bar, and the line at or above it."""
    for step in _round_numbers():
        if ceil(highest / step) <= GRIDLINES:
            return step, step * ceil(highest / step)
    raise AssertionError("unreachable: round numbers grow without bound")


def _round_numbers():
    magnitude = 1
    while True:
        yield from (
            (magnitude, 2 * magnitude, 5 * magnitude)
            if magnitude < 10
            else (magnitude, 2 * magnitude, int(2.5 * magnitude), 5 * magnitude)
        )
        magnitude *= 10


def _gridlines(step: int, top: int) -> list[Gridline]:
    lines = []
    for value in range(step, top + 1, step):
        y = PLOT_TOP + PLOT_HEIGHT - value / top * PLOT_HEIGHT
        lines.append(Gridline(round(y, 2), f"{value:,}", round(y + 4, 2)))
    return lines


def _percent(value: float) -> str:
    return f"{value:.3f}%"


def _title(what: str, unit: str, bins: list[Bin]) -> str:
    if len(bins) == 1:
        return f"{what} {_on(unit)} {bins[0].label(unit)}"
    return f"{what} per {unit}, {bins[0].label(unit)} to {bins[-1].label(unit)}"


def _summary(unit: str, bins: list[Bin]) -> str:
    total = sum(item.count for item in bins)
    if len(bins) == 1:
        return f"{total:,} in all."
    busiest = max(bins, key=lambda item: item.count)
    empty = sum(1 for item in bins if not item.count)
    text = f"{total:,} in all; most {_on(unit)} {busiest.label(unit)} ({busiest.count:,})."
    if empty:
        text += f" None in {empty:,} of the {len(bins):,} {unit}s."
    return text


def _on(unit: str) -> str:
    return "on" if unit == DAY else "in"
