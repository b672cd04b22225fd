"""The time charts of the search, speaker and outlet pages: what each counts and where its bars lead."""

from django.urls import reverse

from articles.search import QUOTES, SearchParams, as_dates

from .time_bins import YEAR, Bin
from .time_chart import TimeChart, time_chart

MIN_MATCHES = 3  # fewer matches are as easily read from the results themselves


def search_attention(results) -> TimeChart | None:
    """Matches per day, month or year; each bar narrows the search to its dates."""
    if sum(count for _month, count in results.attention) < MIN_MATCHES:
        return None
    params = results.params
    by_day = bool(results.attention_days)
    counts = as_dates(results.attention_days if by_day else results.attention)
    within = (params.date_from, params.date_to) if params.date_from and params.date_to else None
    search_url = reverse("articles:search")

    def link(item: Bin, _unit: str) -> str:
        return search_url + params.but(date_from=item.start, date_to=item.end).query_string()

    what = "Matching quotations" if results.quotes else "Matching articles"
    return time_chart(counts, what=what, chart_id="attention", by_day=by_day, link=link, within=within)


def speaker_attention(speaker, quotes) -> TimeChart | None:
    """A speaker's quotations over time; each bar opens those quotations in the search."""
    counts = {row["day"]: row["count"] for row in quotes.day_counts()}
    search_url = reverse("articles:search")

    def link(item: Bin, _unit: str) -> str:
        found = SearchParams(mode=QUOTES, speaker=speaker.name, date_from=item.start, date_to=item.end)
        return search_url + found.query_string()

    return time_chart(counts, what="Quotations", chart_id="quotations-chart", by_day=True, link=link)


def outlet_attention(outlet, articles) -> TimeChart | None:
    """An outlet's articles over time; each bar opens the archive's month (or year) for the outlet."""
    counts = {row["day"]: row["count"] for row in articles.day_counts()}
    query = f"?outlet={outlet.slug}"

    def link(item: Bin, unit: str) -> str:
        if unit == YEAR:
            return reverse("articles:archive-year", args=[item.start.year]) + query
        return reverse("articles:archive-month", args=[item.start.year, item.start.month]) + query

    return time_chart(counts, what="Articles", chart_id="articles-chart", by_day=True, link=link)
