"""Answers of an engine that holds every document's columns in each process (the Whoosh engine).

Such an engine provides ``snapshot()`` (engines.Snapshot: document numbers and their columns),
``find`` with the matching document numbers (``Found.matches``) and ``ranked``; this base class
answers the rest of the engine interface (engines.py) from the columns, in Python.
"""

from .cache import cached
from .chart import day_counts
from .engines import Found, Snapshot
from .facets import FacetCounts, count_facets
from .quotes import quotation_groups, top_groups


class SnapshotEngine:
    def snapshot(self) -> Snapshot | None:
        raise NotImplementedError

    def ranked(self, snapshot: Snapshot, found: Found, sort: str, limit: int | None) -> list[int]:
        raise NotImplementedError

    def view(self) -> Snapshot | None:
        return self.snapshot()

    def count(self, snapshot: Snapshot, found: Found) -> int:
        return len(found.matching)

    def facet_counts(self, snapshot: Snapshot, found: Found) -> FacetCounts:
        return count_facets(snapshot.columns, found.matching)

    def day_counts(self, snapshot: Snapshot, found: Found) -> list[tuple[str, int]]:
        return day_counts(snapshot.columns.published, found.matching)

    def page(self, snapshot: Snapshot, found: Found, sort: str, start: int, stop: int | None) -> list[int]:
        docs = self.ranked(snapshot, found, sort, stop)
        return [snapshot.columns.pk[doc] for doc in docs[start:]]

    def group_count(self, snapshot: Snapshot, found: Found) -> int:
        return len(quotation_groups(snapshot, found.matching, found.key))

    def quote_page(self, snapshot: Snapshot, found: Found, sort: str, start: int, stop: int, per_group: int):
        groups = quotation_groups(snapshot, found.matching, found.key)
        chosen = top_groups(self, snapshot, found, groups, sort, stop)
        pks = snapshot.columns.pk
        return [[pks[doc] for doc in group[:per_group]] for group in chosen[start:]]

    def choices(self, snapshot: Snapshot) -> dict[str, list[str]]:
        return cached(snapshot, ("choices",), lambda: _choices(snapshot.columns))


def _choices(columns) -> dict[str, list[str]]:
    return {
        "outlets": sorted(set(filter(None, columns.outlet)), key=str.casefold),
        "languages": sorted(set(filter(None, columns.language))),
    }
