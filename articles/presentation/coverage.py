"""What the archive holds: published articles per outlet per month, unknown outlet and undated included."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Max, Min, Q

from articles.models import Article, Outlet

UNKNOWN_OUTLET = "Unknown outlet"


@dataclass
class OutletSpan:
    outlet: Outlet | None  # None: the articles whose outlet is unknown
    count: int
    undated: int
    earliest: date | None
    latest: date | None

    @property
    def name(self) -> str:
        return self.outlet.name if self.outlet else UNKNOWN_OUTLET

    @property
    def url(self) -> str:
        return self.outlet.get_absolute_url() if self.outlet else ""


@dataclass
class MonthRow:
    month: date
    counts: list[int]  # one per span, in the coverage's span order

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass
class Coverage:
    spans: list[OutletSpan]  # outlets by name, then the unknown outlet when it has articles
    cells: dict[tuple[int, date], int] = field(default_factory=dict)  # (span, month) -> count

    @property
    def outlet_count(self) -> int:
        return sum(1 for span in self.spans if span.outlet)

    @property
    def total(self) -> int:
        return sum(span.count for span in self.spans)

    @property
    def undated(self) -> int:
        return sum(span.undated for span in self.spans)

    @property
    def earliest(self) -> date | None:
        return min((span.earliest for span in self.spans if span.earliest), default=None)

    @property
    def latest(self) -> date | None:
        return max((span.latest for span in self.spans if span.latest), default=None)

    def every_month(self) -> list[date]:
        """Every month from the first dated article's to the last's, empty ones included."""
        if not self.cells:
            return []
        months, month = [], min(month for _, month in self.cells)
        last = max(month for _, month in self.cells)
        while month <= last:
            months.append(month)
            month = next_month(month)
        return months

    def month_rows(self) -> list[MonthRow]:
        """One row a month, newest first, with a count per span: the table as CSV."""
        return [
            MonthRow(month, [self.cells.get((i, month), 0) for i in range(len(self.spans))])
            for month in reversed(self.every_month())
        ]


def coverage() -> Coverage:
    """Counts of published articles per outlet and month, with each outlet's first and last day."""
    articles = Article.objects.published()
    spans = _outlet_spans(articles) + _unknown_outlet_span(articles)
    row = {span.outlet.pk if span.outlet else None: i for i, span in enumerate(spans)}
    found = Coverage(spans)
    for counted in articles.outlet_month_counts():
        if counted["outlet_id"] in row:
            found.cells[(row[counted["outlet_id"]], counted["month"])] = counted["count"]
    return found


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


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
    return [OutletSpan(o, o.count, o.undated, o.earliest, o.latest) for o in outlets]


def _unknown_outlet_span(articles) -> list[OutletSpan]:
    unknown = articles.filter(outlet__isnull=True).aggregate(
        count=Count("id"),
        undated=Count("id", filter=Q(published_on__isnull=True)),
        earliest=Min("published_on"),
        latest=Max("published_on"),
    )
    return [OutletSpan(None, **unknown)] if unknown["count"] else []
