"""Attention over time: matching documents per month, as a small bar chart drawn on the server."""

from dataclasses import dataclass

WIDTH, HEIGHT = 640, 120
MAX_MONTHLY_BARS = 120


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int
    height: int
    peak: int
    unit: str

    @property
    def first(self):
        return self.bars[0].label

    @property
    def last(self):
        return self.bars[-1].label


def every_month(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Monthly counts from the first month to the last, months without matches counted as 0."""
    if not counts:
        return []
    known = dict(counts)
    year, month = map(int, counts[0][0].split("-"))
    last = counts[-1][0]
    months = []
    while True:
        label = f"{year:04d}-{month:02d}"
        months.append((label, known.get(label, 0)))
        if label >= last:
            return months
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def yearly(monthly: list[tuple[str, int]]) -> list[tuple[str, int]]:
    years: dict[str, int] = {}
    for label, count in monthly:
        years[label[:4]] = years.get(label[:4], 0) + count
    return list(years.items())


def attention_chart(counts: list[tuple[str, int]]) -> Chart | None:
    """Bars per month, or per year when the months would be too many to see."""
    series, unit = every_month(counts), "month"
    if len(series) > MAX_MONTHLY_BARS:
        series, unit = yearly(series), "year"
    if not series:
        return None
    peak = max(count for _label, count in series) or 1
    step = WIDTH / len(series)
    bars = [
        Bar(label, count, i * step, HEIGHT - count / peak * HEIGHT, max(step - 1, 1), count / peak * HEIGHT)
        for i, (label, count) in enumerate(series)
    ]
    return Chart(bars, WIDTH, HEIGHT, peak, unit)
