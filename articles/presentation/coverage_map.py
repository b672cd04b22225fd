"""The archive's shape in one picture: outlets by month as a heat map, long empty stretches folded.

A month no outlet has articles for is a gap; a short run of them stays a visible column, a long
run (a misdated page years before the rest) folds into one narrow column that says how long it is.
The busiest outlets get a row each, the others share one; articles of unknown outlet have theirs.
"""

from dataclasses import dataclass
from datetime import date
from math import ceil, expm1, log1p

from .coverage import Coverage, OutletSpan, next_month

FOLD_MIN = 4  # empty months in a row that fold into one column
TOP_OUTLETS = 20  # outlets with a row of their own; the others share one
LEVELS = 5  # shades of the heat map (site.css .h1 to .h5)


@dataclass(frozen=True)
class Column:
    start: date
    months: int = 1  # more than one: a folded stretch of empty months

    @property
    def folded(self) -> bool:
        return self.months > 1

    @property
    def label(self) -> str:
        """Mar 2019, or for a fold: Oct 2012–May 2013 (8 months)."""
        if not self.folded:
            return f"{self.start:%b %Y}"
        end = self.start
        for _ in range(self.months - 1):
            end = next_month(end)
        return f"{self.start:%b %Y}–{end:%b %Y} ({self.months} months)"


@dataclass(frozen=True)
class Cell:
    count: int
    level: int  # 0 for none, else 1 (fewest) to LEVELS (most)
    title: str
    folded: bool = False


@dataclass(frozen=True)
class Row:
    label: str
    url: str
    cells: list[Cell]
    undated: int
    total: int
    kind: str  # "all", "outlet", "others" or "unknown"


@dataclass(frozen=True)
class YearHeading:
    year: int  # 0 over a folded stretch
    columns: int

    @property
    def label(self) -> str:
        """The year, shortened over few columns and left out over one (the cells' titles say it)."""
        if not self.year or self.columns == 1:
            return ""
        return str(self.year) if self.columns >= 4 else f"’{self.year % 100:02d}"


@dataclass(frozen=True)
class CoverageMap:
    columns: list[Column]
    years: list[YearHeading]
    rows: list[Row]
    legend: list[tuple[int, str]]  # (level, "2–4")
    busiest_month: int = 0  # the "All outlets" row's darkest shade: it has a scale of its own
    fold_min: int = FOLD_MIN

    @property
    def folds(self) -> list[Column]:
        return [column for column in self.columns if column.folded]


def coverage_map(found: Coverage) -> CoverageMap | None:
    """The heat map of ``found``; None when no article is dated."""
    months = found.every_month()
    if not months:
        return None
    busy = {month for _span, month in found.cells}
    columns = _fold(months, set(months) - busy)
    groups = _row_groups(found.spans)
    counts = {name: _row_counts(found, members, columns) for name, members in groups.items()}
    scale = max((n for name, row in counts.items() if name != "all" for n in row), default=0)
    rows = [_row(found, name, members, counts[name], columns, scale) for name, members in groups.items()]
    return CoverageMap(columns, _years(columns), rows, _legend(scale), max(counts["all"]))


def _fold(months: list[date], empty: set[date]) -> list[Column]:
    columns: list[Column] = []
    run: list[date] = []
    for month in [*months, None]:
        if month in empty:
            run.append(month)
            continue
        if len(run) >= FOLD_MIN:
            columns.append(Column(run[0], len(run)))
        else:
            columns.extend(Column(gap) for gap in run)
        run = []
        if month is not None:
            columns.append(Column(month))
    return columns


def _row_groups(spans: list[OutletSpan]) -> dict[str, list[int]]:
    """Which spans each row adds up: all of them, the busiest outlets one by one, the others, unknown."""
    known = [i for i, span in enumerate(spans) if span.outlet]
    busiest = sorted(known, key=lambda i: (-spans[i].count, spans[i].name.casefold()))
    groups = {"all": list(range(len(spans)))}
    groups.update({f"outlet:{i}": [i] for i in busiest[:TOP_OUTLETS]})
    if busiest[TOP_OUTLETS:]:
        groups["others"] = busiest[TOP_OUTLETS:]
    unknown = [i for i, span in enumerate(spans) if not span.outlet]
    if unknown:
        groups["unknown"] = unknown
    return groups


def _row_counts(found: Coverage, members: list[int], columns: list[Column]) -> list[int]:
    def count(column: Column) -> int:
        return 0 if column.folded else sum(found.cells.get((i, column.start), 0) for i in members)

    return [count(column) for column in columns]


def _row(found: Coverage, name: str, members: list[int], counts, columns, scale: int) -> Row:
    spans = [found.spans[i] for i in members]
    kind = name.split(":")[0]
    label = {"all": "All outlets", "others": f"{len(spans)} other outlets"}.get(kind, spans[0].name)
    if kind == "all":
        scale = max(counts)  # the archive as a whole has its own scale: it would darken everything else
    cells = [_cell(label, column, count, scale) for column, count in zip(columns, counts, strict=True)]
    url = spans[0].url if kind == "outlet" else ""
    return Row(label, url, cells, sum(s.undated for s in spans), sum(s.count for s in spans), kind)


def _cell(row_label: str, column: Column, count: int, scale: int) -> Cell:
    if column.folded:
        return Cell(0, 0, f"{column.label} without articles", folded=True)
    if not count:
        return Cell(0, 0, f"{row_label}, {column.label}: none")
    return Cell(count, _level(count, scale), f"{row_label}, {column.label}: {count:,}")


def _level(count: int, scale: int) -> int:
    """Shades on a logarithmic scale, so an outlet's one article a month shows beside another's hundreds."""
    return max(1, min(LEVELS, ceil(LEVELS * log1p(count) / log1p(max(scale, 1)))))


def _legend(scale: int) -> list[tuple[int, str]]:
    legend, low = [], 1
    for level in range(1, LEVELS + 1):
        high = scale if level == LEVELS else int(expm1(level * log1p(max(scale, 1)) / LEVELS))
        if high >= low:
            legend.append((level, f"{low:,}" if high == low else f"{low:,}–{high:,}"))
            low = high + 1
    return legend


def _years(columns: list[Column]) -> list[YearHeading]:
    """Headings over the month columns: one per year, the folded stretches left unlabelled."""
    headings: list[YearHeading] = []
    for column in columns:
        year = 0 if column.folded else column.start.year
        if headings and headings[-1].year == year:
            last = headings[-1]
            headings[-1] = YearHeading(year, last.columns + 1)
        else:
            headings.append(YearHeading(year, 1))
    return headings
