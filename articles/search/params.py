"""Everything a search is, as it appears in the URL: every result page is a permalink."""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode

ARTICLES = "articles"
QUOTES = "quotes"
RELEVANCE, NEWEST, OLDEST = "relevance", "newest", "oldest"
SORTS = (RELEVANCE, NEWEST, OLDEST)
MAX_PAGE = 100_000


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    mode: str = ARTICLES
    outlets: tuple[str, ...] = ()
    speaker: str = ""
    language: str = ""
    date_from: date | None = None
    date_to: date | None = None
    sort: str = RELEVANCE
    page: int = 1

    @property
    def has_filters(self) -> bool:
        return bool(self.outlets or self.speaker or self.language or self.date_from or self.date_to)

    @property
    def is_empty(self) -> bool:
        return not self.q and not self.has_filters

    @property
    def start(self) -> datetime | None:
        """The first instant the date range includes, in UTC."""
        return datetime.combine(self.date_from, time.min) if self.date_from else None

    @property
    def end(self) -> datetime | None:
        """The last instant the date range includes, in UTC (the whole of the ``to`` day)."""
        return datetime.combine(self.date_to, time.max) if self.date_to else None

    def but(self, **changes) -> "SearchParams":
        """These parameters with some changed; back to the first page unless a page is given."""
        changes.setdefault("page", 1)
        return replace(self, **changes)

    def without_filter(self, name: str, value=None) -> "SearchParams":
        if name == "outlet":
            return self.but(outlets=tuple(outlet for outlet in self.outlets if outlet != value))
        if name == "dates":
            return self.but(date_from=None, date_to=None)
        return self.but(**{name: ""})

    def active_filters(self) -> list[tuple[str, str, object]]:
        """(kind, label, value) of every filter narrowing the search, for "remove this filter" links."""
        filters = [("outlet", f"outlet: {outlet}", outlet) for outlet in self.outlets]
        if self.speaker:
            filters.append(("speaker", f"speaker: {self.speaker}", None))
        if self.language:
            filters.append(("language", f"language: {self.language}", None))
        if self.date_from or self.date_to:
            filters.append(("dates", f"dates: {self.date_from or '…'} to {self.date_to or '…'}", None))
        return filters

    def query_items(self) -> list[tuple[str, str]]:
        items = [("q", self.q)] if self.q else []
        if self.mode != ARTICLES:
            items.append(("mode", self.mode))
        items += [("outlet", outlet) for outlet in self.outlets]
        for name, value in (("speaker", self.speaker), ("lang", self.language)):
            if value:
                items.append((name, value))
        for name, value in (("from", self.date_from), ("to", self.date_to)):
            if value:
                items.append((name, value.isoformat()))
        if self.sort != RELEVANCE:
            items.append(("sort", self.sort))
        if self.page > 1:
            items.append(("page", str(self.page)))
        return items

    def query_string(self) -> str:
        """``?q=...&outlet=...``: the URL query of this search."""
        return "?" + urlencode(self.query_items())


def year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)
