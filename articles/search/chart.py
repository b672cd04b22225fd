"""Attention over time: how many matching documents per month, and per day when the span is short.

The picture itself is drawn by ``articles.presentation.time_chart``; this module only counts.
"""

from collections import Counter
from datetime import date

SHORT_SPAN_MONTHS = 3  # up to this many months, the chart is drawn day by day


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


def is_short_span(months: list[tuple[str, int]]) -> bool:
    """Whether the months counted (sorted "YYYY-MM" labels) span few enough to count days instead."""
    if not months:
        return False
    first, last = (date.fromisoformat(f"{label}-01") for label, _count in (months[0], months[-1]))
    return (last.year - first.year) * 12 + last.month - first.month < SHORT_SPAN_MONTHS


def day_counts(published: list, docs) -> list[tuple[str, int]]:
    """Matching documents per day (ISO dates, sorted), from the index's publication column."""
    days = Counter(moment.date() for moment in map(published.__getitem__, docs) if moment is not None)
    return sorted((day.isoformat(), count) for day, count in days.items())


def as_dates(counts: list[tuple[str, int]]) -> dict[date, int]:
    """``("2019-01", 3)`` or ``("2019-01-27", 3)`` pairs keyed by a date (a month by its first day)."""
    return {date.fromisoformat(label if len(label) == 10 else f"{label}-01"): n for label, n in counts}
