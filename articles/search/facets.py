"""Facet counts on the whole matching set, read from exact columns; each entry narrows the search."""

from collections import Counter
from dataclasses import dataclass
from itertools import chain

from .params import SearchParams, month_range, year_range

FACET_SIZE = 12


@dataclass(frozen=True)
class FacetCounts:
    outlets: Counter
    speakers: Counter
    months: Counter
    languages: Counter


@dataclass(frozen=True)
class FacetEntry:
    label: str
    count: int
    query_string: str
    selected: bool = False

    @property
    def count_label(self) -> str:
        return f"{self.count:,}"


def count_facets(columns, docs) -> FacetCounts:
    return FacetCounts(
        outlets=Counter(value for value in map(columns.outlet.__getitem__, docs) if value),
        speakers=Counter(chain.from_iterable(map(columns.speakers.__getitem__, docs))),
        months=Counter(value for value in map(columns.month.__getitem__, docs) if value),
        languages=Counter(value for value in map(columns.language.__getitem__, docs) if value),
    )


def outlet_entries(counts: FacetCounts, params: SearchParams) -> list[FacetEntry]:
    """Outlets combine: choosing one more outlet widens the outlet filter to both.

    ``counts`` are those of the search without its outlet filter, so the outlets not chosen are
    listed with what they would add; the chosen ones are always listed.
    """
    entries = []
    for outlet, count in _top_and_chosen(counts.outlets, params.outlets):
        if outlet in params.outlets:
            link = params.without_filter("outlet", outlet)
        else:
            link = params.but(outlets=(*params.outlets, outlet))
        entries.append(FacetEntry(outlet, count, link.query_string(), outlet in params.outlets))
    return entries


def speaker_entries(counts: FacetCounts, params: SearchParams) -> list[FacetEntry]:
    return _one_of(counts.speakers, params, "speaker")


def language_entries(counts: FacetCounts, params: SearchParams) -> list[FacetEntry]:
    return _one_of(counts.languages, params, "language")


def _one_of(counts: Counter, params: SearchParams, name: str) -> list[FacetEntry]:
    """Entries of a filter that holds one value: choosing the chosen one again removes it."""
    chosen = getattr(params, name)
    return [
        FacetEntry(
            value,
            count,
            params.but(**{name: "" if value == chosen else value}).query_string(),
            value == chosen,
        )
        for value, count in _top_and_chosen(counts, (chosen,) if chosen else ())
    ]


def _top_and_chosen(counts: Counter, chosen) -> list[tuple[str, int]]:
    """The most common values, and the chosen ones among them even when they are rarer (or absent)."""
    top = counts.most_common(FACET_SIZE)
    shown = {value for value, _count in top}
    return top + [(value, counts[value]) for value in chosen if value not in shown]


def date_entries(counts: FacetCounts, params: SearchParams) -> list[FacetEntry]:
    """Years; months instead once the search is inside one year."""
    years = Counter()
    for month, count in counts.months.items():
        years[int(month[:4])] += count
    if len(years) == 1 and params.date_from and params.date_to:
        return _month_entries(counts, params)
    entries = []
    for year in sorted(years, reverse=True):
        start, end = year_range(year)
        selected = (params.date_from, params.date_to) == (start, end)
        entries.append(
            FacetEntry(
                str(year), years[year], params.but(date_from=start, date_to=end).query_string(), selected
            )
        )
    return entries


def _month_entries(counts: FacetCounts, params: SearchParams) -> list[FacetEntry]:
    entries = []
    for month in sorted(counts.months, reverse=True):
        start, end = month_range(int(month[:4]), int(month[5:7]))
        selected = (params.date_from, params.date_to) == (start, end)
        link = params.but(date_from=start, date_to=end).query_string()
        entries.append(FacetEntry(month, counts.months[month], link, selected))
    return entries
