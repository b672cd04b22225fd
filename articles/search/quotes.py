"""Quotation hits: identical quotations carried by several outlets shown once, "also in" the others."""

from collections import defaultdict

from .cache import cached
from .engines import Found, Snapshot


def quotation_groups(snapshot: Snapshot, matching: set[int], key) -> dict[str, list[int]]:
    """Matching quotation documents by their folded text (case and punctuation aside)."""

    def compute():
        keys = snapshot.columns.quote_key
        groups = defaultdict(list)
        for doc in sorted(matching):
            groups[keys[doc] or f"doc-{doc}"].append(doc)
        return dict(groups)

    return cached(snapshot, ("quote-groups", key), compute)


def top_groups(engine, snapshot: Snapshot, found: Found, groups, sort: str, wanted: int):
    """The first ``wanted`` groups in ranking order; each group's best-ranked document first.

    Only the top of the ranking is scored; it is widened when duplicates crowd out the page."""
    keys = snapshot.columns.quote_key
    limit = max(wanted * 2, 20)
    while True:
        order = engine.ranked(snapshot, found, sort, limit)
        leaders: dict[str, int] = {}
        for doc in order:
            leaders.setdefault(keys[doc] or f"doc-{doc}", doc)
        if len(leaders) >= wanted or len(order) < limit:
            break
        limit *= 4
    chosen = list(leaders.items())[:wanted]
    return [[leader, *(doc for doc in groups[key] if doc != leader)] for key, leader in chosen]
