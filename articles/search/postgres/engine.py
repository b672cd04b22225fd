"""The calls into PostgreSQL: which documents match, how many, in which order, counted by facet.

A search is one ``WHERE`` clause on the search table (``Search.where``): its kind, its ``tsquery``
(tsquery.py) and its filters. Everything a results page needs is an aggregate or a page of that
clause, computed by the database: nothing proportional to the number of matches comes to Python.
"""

from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from django.db import DatabaseError

from articles.models.search_data import QUOTE_KIND, SearchDocument

from ..facets import FacetCounts
from ..params import NEWEST, OLDEST, RELEVANCE, SearchParams
from .documents import KIND_CODE, SPEAKER_NAME_CODE, lexeme, quoted
from .reads import reader
from .tsquery import EVERYTHING, NOTHING

TABLE = SearchDocument._meta.db_table
# ts_rank's normalisation 1: the rank divided by 1 + the log of the document's length, so long
# articles do not win by length alone (Whoosh's BM25F normalises lengths too).
RANK = "ts_rank(terms, %s::tsquery, 1)"
# ts_rank reads each matching document's whole tsvector (about 24 µs a document of 7 KB, measured on
# the synthetic archive): beyond this many matches a relevance page is ranked the cheap way instead
# (broad_page), which reads the GIN index and the small columns only.
RANKED_MATCHES_LIMIT = 2_000
# A search matching at least this share of the search rows is paged by date along the date index
# (dated_page) instead of sorting all its matches.
BROAD_SHARE = 0.02


@dataclass(frozen=True)
class Search:
    """What one search matches: documents of ``kind`` matching ``tsquery`` and the filters."""

    kind: str
    tsquery: str
    outlets: tuple[str, ...] = ()
    speaker: str = ""
    language: str = ""
    start: datetime | None = None
    end: datetime | None = None

    @classmethod
    def of(cls, kind: str, tsquery: str, params: SearchParams) -> "Search":
        return cls(kind, tsquery, params.outlets, params.speaker, params.language, params.start, params.end)

    def without_outlets(self) -> "Search":
        return replace(self, outlets=())

    @property
    def empty(self) -> bool:
        return self.tsquery == NOTHING

    @property
    def ranked(self) -> bool:
        return self.tsquery != EVERYTHING

    def full_tsquery(self) -> str:
        """The tsquery with the kind and the speaker filter in it (both are lexemes: the GIN index
        then reads only rows of the kind asked for, not the articles a quotation search's words
        are in as well)."""
        parts = [quoted(lexeme(KIND_CODE, self.kind))]
        if self.tsquery != EVERYTHING:
            parts.append(f"({self.tsquery})")
        if self.speaker:
            parts.append(quoted(lexeme(SPEAKER_NAME_CODE, self.speaker)))
        return " & ".join(parts)

    def where(self, by_date: bool = False) -> tuple[str, list]:
        # "kind || ''": not the (kind, published) index, which would lead the planner to read every
        # document of the kind and check its tsvector; the GIN index narrows the search instead.
        # ``by_date``: the index, for pages of a search matching a large share (dated_page).
        clauses, args = ["kind = %s" if by_date else "kind || '' = %s"], [self.kind]
        clauses.append("terms @@ %s::tsquery")
        args.append(self.full_tsquery())
        if self.outlets:
            clauses.append("outlet = ANY(%s)")
            args.append(list(self.outlets))
        if self.language:
            clauses.append("language = %s")
            args.append(self.language)
        if self.start:
            clauses.append("published >= %s")
            args.append(self.start.replace(tzinfo=UTC))
        if self.end:
            clauses.append("published <= %s")
            args.append(self.end.replace(tzinfo=UTC))
        return " AND ".join(clauses), args


def _rows(sql: str, args: list, by_date: bool = False) -> list[tuple]:
    """Rows of a search query, read with sequential scans off: PostgreSQL's planner counts a
    ``tsvector`` match as cheap and would rather read every article (each whole ``tsvector``, about
    250 ms at 20,000 articles) than the GIN index's list of matches (under 30 ms). ``by_date``:
    read in the order of the (kind, published) index instead (dated_page)."""
    switched = ["enable_seqscan", "enable_bitmapscan"] if by_date else ["enable_seqscan"]
    with reader().cursor() as cursor:
        for name in switched:
            cursor.execute(f"SET {name} = off")
        try:
            cursor.execute(sql, args)
            return cursor.fetchall()
        finally:
            with suppress(DatabaseError):
                for name in switched:
                    cursor.execute(f"RESET {name}")


def count(search: Search) -> int:
    if search.empty:
        return 0
    where, args = search.where()
    return _rows(f"SELECT count(*) FROM {TABLE} WHERE {where}", args)[0][0]


def order_by(search: Search, sort: str) -> tuple[str, list]:
    """Relevance (ts_rank), or dates with undated documents last either way (as the Whoosh engine)."""
    if sort == RELEVANCE and search.ranked:
        return f"{RANK} DESC, id", [search.tsquery]
    if sort == OLDEST:
        return "published ASC NULLS LAST, id", []
    return "published DESC NULLS LAST, id DESC", []


def total_rows() -> int:
    """The planner's estimate of the rows of the search table (0 before its first ANALYZE)."""
    rows = _rows(f"SELECT reltuples FROM pg_class WHERE oid = '{TABLE}'::regclass", [])
    return max(0, int(rows[0][0])) if rows else 0


def dated_page(search: Search, sort: str, limit: int | None) -> list[int]:
    """The first ``limit`` matches by date (undated ones last), read along the (kind, published)
    index, each row checked as it comes, until enough match: for a search matching a large share
    of the documents (a word in most articles: under 1 ms at 100,000 articles, where sorting all
    80,000 matches took 140 to 340 ms). For a rare word this would read the whole table."""
    if search.empty or (limit is not None and limit <= 0):
        return []
    where, args = search.where(by_date=True)
    order = "published, id" if sort == OLDEST else "published DESC, id DESC"
    sql = f"SELECT object_id FROM {TABLE} WHERE {where} AND published IS NOT NULL ORDER BY {order} LIMIT %s"
    dated = [row[0] for row in _rows(sql, [*args, limit], by_date=True)]
    if limit is not None and len(dated) >= limit:
        return dated
    order = "id" if sort == OLDEST else "id DESC"
    sql = f"SELECT object_id FROM {TABLE} WHERE {where} AND published IS NULL ORDER BY {order} LIMIT %s"
    rest = None if limit is None else limit - len(dated)
    return dated + [row[0] for row in _rows(sql, [*args, rest], by_date=True)]


def broad_page(search: Search, headline_tsquery: str | None, limit: int | None, by_date: bool) -> list[int]:
    """A relevance page of a search matching too many documents to ``ts_rank`` them all: those with a
    searched word in the headline first, then the rest, newest first within each (``by_date``:
    the newest read along the date index, dated_page)."""
    newest = dated_page(search, NEWEST, limit) if by_date else page(search, NEWEST, 0, limit)
    if not headline_tsquery:
        return newest
    where, args = search.where()
    sql = (
        f"SELECT object_id FROM {TABLE} WHERE {where} AND terms @@ %s::tsquery "
        "ORDER BY published DESC NULLS LAST, id DESC LIMIT %s"
    )
    first = [row[0] for row in _rows(sql, [*args, headline_tsquery, limit])]
    if limit is not None and len(first) >= limit:
        return first
    seen = set(first)
    if limit is None:
        more = newest
    else:
        more = (
            dated_page(search, NEWEST, limit + len(first))
            if by_date
            else page(search, NEWEST, 0, limit + len(first))
        )
    return (first + [row_id for row_id in more if row_id not in seen])[:limit]


def page(search: Search, sort: str, offset: int, limit: int | None) -> list[int]:
    """The object ids (articles' or quotations') of one page of matches in the order asked for
    (all of them for None)."""
    if search.empty or (limit is not None and limit <= 0):
        return []
    where, args = search.where()
    order, order_args = order_by(search, sort)
    sql = f"SELECT object_id FROM {TABLE} WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s"
    return [row[0] for row in _rows(sql, [*args, *order_args, limit, offset])]


@dataclass(frozen=True)
class Overview:
    """How many documents match, their facet counts, and for quotations how many distinct ones."""

    count: int
    facets: FacetCounts
    groups: int = 0


NOTHING_MATCHES = Overview(0, FacetCounts(Counter(), Counter(), Counter(), Counter()))
# The group of a quotation: its folded text (identical quotations carried by several outlets).
GROUP = "coalesce(nullif(quote_key, ''), 'doc-' || id)"


def overview(search: Search) -> Overview:
    """How many documents match, and their outlets, speakers, months and languages: one scan of
    the matches for the first four (grouping sets), one for the speakers of articles (an array
    each; a quotation has one speaker at most, a grouping set of the same scan, as its group).
    Measured at 100,000 articles, a word in 80,000 of them: 120 ms, against 400 ms reading the
    matches once into a materialised table and counting each facet from it."""
    return overviews(search, search)[0]


def overviews(search: Search, wider: Search) -> tuple[Overview, Overview]:
    """The overviews of ``search`` and of ``wider``, the same search without its outlet filter
    (which the outlet facet counts), in the same scans of ``wider``'s matches."""
    if wider.empty:
        return NOTHING_MATCHES, NOTHING_MATCHES
    where, args = wider.where()
    narrow, narrow_args = ("outlet = ANY(%s)", [list(search.outlets)]) if search != wider else ("TRUE", [])
    counted = f"count(*) FILTER (WHERE {narrow}), count(*)"
    if search.kind == QUOTE_KIND:
        sql = (
            f"SELECT GROUPING(outlet, month, language, speakers[1], {GROUP}), outlet, month, language, "
            f"speakers[1], {GROUP}, {counted} FROM {TABLE} WHERE {where} GROUP BY GROUPING SETS "
            f"((), (outlet), (month), (language), (speakers[1]), ({GROUP}))"
        )
        rows = _rows(sql, [*narrow_args, *args])
        # GROUPING(): a bit set for each column not grouped on (outlet 16 ... group 1).
        return _overviews(rows, {31: None, 15: ("o", 1), 23: ("m", 2), 27: ("l", 3), 29: ("s", 4), 30: "g"})
    sql = (
        f"SELECT GROUPING(outlet, month, language), outlet, month, language, {counted} FROM {TABLE} "
        f"WHERE {where} GROUP BY GROUPING SETS ((), (outlet), (month), (language)) "
        f"UNION ALL SELECT -1, NULL, NULL, name, {counted} FROM {TABLE}, unnest(speakers) AS name "
        f"WHERE {where} GROUP BY name"
    )
    rows = _rows(sql, [*narrow_args, *args, *narrow_args, *args])
    return _overviews(rows, {7: None, 3: ("o", 1), 5: ("m", 2), 6: ("l", 3), -1: ("s", 3)})


def _overviews(rows, sets: dict) -> tuple[Overview, Overview]:
    """Both overviews from rows of (grouping, *columns, narrow count, wide count)."""
    totals, groups = [0, 0], [0, 0]
    counts = [{code: Counter() for code in "omls"} for _ in range(2)]
    for row in rows:
        grouped_by = sets[row[0]]
        for which, number in enumerate(row[-2:]):
            if grouped_by is None:
                totals[which] = number
            elif grouped_by == "g":
                groups[which] += number > 0
            elif row[grouped_by[1]] and number:
                counts[which][grouped_by[0]][row[grouped_by[1]]] = number
    return tuple(
        Overview(total, FacetCounts(outlets=c["o"], speakers=c["s"], months=c["m"], languages=c["l"]), group)
        for total, c, group in zip(totals, counts, groups, strict=True)
    )


def day_counts(search: Search) -> list[tuple[str, int]]:
    """Matches per day ("2019-01-27"), oldest first (the chart over short spans)."""
    if search.empty:
        return []
    where, args = search.where()
    sql = (
        f"SELECT to_char(published AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*) FROM {TABLE} "
        f"WHERE {where} AND published IS NOT NULL GROUP BY day ORDER BY day"
    )
    return [(day, number) for day, number in _rows(sql, args)]


def choices(kind: str) -> dict[str, list[str]]:
    """The outlets and languages the search data holds, for the search form's lists."""
    rows = _rows(
        f"SELECT DISTINCT 'o', outlet FROM {TABLE} WHERE kind = %s AND outlet <> '' "
        f"UNION SELECT DISTINCT 'l', language FROM {TABLE} WHERE kind = %s AND language <> ''",
        [kind, kind],
    )
    return {
        "outlets": sorted((value for code, value in rows if code == "o"), key=str.casefold),
        "languages": sorted(value for code, value in rows if code == "l"),
    }


def quote_groups(search: Search, sort: str, offset: int, limit: int, per_group: int) -> list[list[int]]:
    """One page of matching quotations grouped by their text, in ranking order: each group's
    best-ranked quotation first, then up to ``per_group`` - 1 others in the order they rank."""
    if search.empty or limit <= 0:
        return []
    where, args = search.where()
    order, order_args = order_by(search, sort)
    sql = f"""
        WITH matched AS (
            SELECT object_id, coalesce(nullif(quote_key, ''), 'doc-' || id) AS grp,
                   row_number() OVER (ORDER BY {order}) AS place
            FROM {TABLE} WHERE {where}
        ), groups AS (
            SELECT grp, min(place) AS first FROM matched GROUP BY grp ORDER BY first LIMIT %s OFFSET %s
        )
        SELECT groups.grp, matched.object_id FROM groups JOIN matched USING (grp)
        ORDER BY groups.first, matched.place
    """
    grouped: dict[str, list[int]] = {}
    for group, object_id in _rows(sql, [*order_args, *args, limit, offset]):
        members = grouped.setdefault(group, [])
        if len(members) < per_group:
            members.append(object_id)
    return list(grouped.values())
