"""What the archive holds: articles per outlet per month, every month from the first to the last."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Max, Min, Q

from articles.models import Article, Outlet

PALETTE = 8  # colours in site.css (.s0 to .s7); outlets beyond reuse them in turn


@dataclass
class OutletSpan:
    outlet: Outlet
    count: int
    undated: int
    earliest: date | None
    latest: date | None
    colour: int = 0


@dataclass
class BarSegment:
    """One outlet's part of a month's bar, in percent of the busiest month (an SVG rectangle, not a
    style attribute: the Content-Security-Policy allows no inline styles)."""

    x: float
    width: float
    colour: int


@dataclass
class MonthRow:
    month: date
    counts: list[int]  # one per outlet, in the table's outlet order
    busiest: int = 0  # the table's busiest month's total, the chart's full width

    @property
    def total(self):
        return sum(self.counts)

    @property
    def segments(self) -> list[BarSegment]:
        """Each outlet with articles this month, side by side, for the chart."""
        segments, x = [], 0.0
        for i, count in enumerate(self.counts):
            if count and self.busiest:
                width = 100 * count / self.busiest
                segments.append(BarSegment(round(x, 2), round(width, 2), i % PALETTE))
                x += width
        return segments


@dataclass
class CoverageTable:
    outlets: list[OutletSpan]
    months: list[MonthRow]  # newest first, empty months included: those are the gaps
    unknown_outlet: int

    @property
    def busiest(self):
        return max((row.total for row in self.months), default=0)

    @property
    def earliest(self):
        return min((span.earliest for span in self.outlets if span.earliest), default=None)

    @property
    def latest(self):
        return max((span.latest for span in self.outlets if span.latest), default=None)


def coverage_table() -> CoverageTable:
    """Counts of published articles per outlet and month, with each outlet's first and last day."""
    articles = Article.objects.published()
    spans = _outlet_spans(articles)
    column = {span.outlet.pk: i for i, span in enumerate(spans)}
    cells = {}
    for row in articles.outlet_month_counts():
        if row["outlet_id"] in column:
            cells[(row["month"], column[row["outlet_id"]])] = row["count"]
    months = [
        MonthRow(month, [cells.get((month, i), 0) for i in range(len(spans))]) for month in _months(cells)
    ]
    busiest = max((row.total for row in months), default=0)
    for row in months:
        row.busiest = busiest
    return CoverageTable(spans, months, unknown_outlet=articles.filter(outlet__isnull=True).count())


def _outlet_spans(articles) -> list[OutletSpan]:
    mine = Q(articles__in=articles)
    outlets = (
        Outlet.objects.annotate(
            count=Count("articles", filter=mine),
            undated=Count("articles", filter=mine & Q(articles__published_on__isnull=True)),
            earliest=Min("articles__published_on", filter=mine),
            latest=Max("articles__published_on", filter=mine),
        )
        .filter(count__gt=0)
        .order_by("name")
    )
    return [
        OutletSpan(o, o.count, o.undated, o.earliest, o.latest, colour=i % PALETTE)
        for i, o in enumerate(outlets)
    ]


def _months(cells) -> list[date]:
    if not cells:
        return []
    first, last = min(month for month, _ in cells), max(month for month, _ in cells)
    months, month = [], first
    while month <= last:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months[::-1]
