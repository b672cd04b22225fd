"""The Whoosh engine as the service sees it: ``SearchEngine`` (engines.py) over this subpackage."""

from datetime import date

from haystack import connections
from whoosh.index import LockError

from ..engines import ARTICLE, QUOTE, Found, IndexBusy, IndexContents
from ..marks import Marks
from ..params import QUOTES, SearchParams
from ..query import parse
from ..query_marks import marks_for
from ..snapshots import SnapshotEngine
from . import engine, similar, suggest, writer
from .contents import index_contents
from .schema_version import forget_schema_version, index_state, write_schema_version
from .snapshot import Snapshot, current_snapshot, index_path


class WhooshEngine(SnapshotEngine):
    """One Whoosh index in a directory (``DISPATCHES_INDEX_DIR``), written through haystack's backend."""

    name = "whoosh"

    def snapshot(self) -> Snapshot | None:
        return current_snapshot()

    def find(self, snapshot: Snapshot, params: SearchParams, best: int = 0) -> Found:
        kind = QUOTE if params.mode == QUOTES else ARTICLE
        parsed = parse(params.q or "*", snapshot.schema, quotes=params.mode == QUOTES)
        matches = engine.matching(snapshot, parsed.query, kind, params, best=best)
        key = (repr(parsed.query), kind, engine.filter_key(params))
        cut = engine.cut_prefixes(snapshot, parsed.query)
        return Found(parsed.query, kind, matches, key, parsed.plain, parsed.notices, cut)

    def ranked(self, snapshot: Snapshot, found: Found, sort: str, limit: int | None) -> list[int]:
        return engine.ranked(snapshot, found.query, found.matches, sort, limit)

    def marks(self, found: Found) -> Marks:
        return marks_for(found.query)

    def did_you_mean(self, snapshot: Snapshot, text: str) -> str | None:
        return suggest.did_you_mean(snapshot, text)

    def similar_article_ids(self, text: str, *, outlet: str | None, start: date, end: date, limit: int):
        return similar.similar_article_ids(text, outlet=outlet, start=start, end=end, limit=limit)

    def write_batch(self, article_ids: list[int], timeout: float) -> None:
        try:
            writer.write_batch(article_ids, timeout)
        except LockError as error:  # haystack's writer met a lock our own lock did not cover
            raise IndexBusy(str(error)) from error

    def clear(self) -> None:
        # Haystack's clear() deletes the folder and creates an empty index, whose version file the
        # backend writes: forget it, so that a build cut short is found OUTDATED and done again.
        backend = connections["default"].get_backend()
        backend.clear()
        forget_schema_version(backend.path)

    def mark_built(self) -> None:
        write_schema_version(connections["default"].get_backend().path)

    def state(self) -> str:
        return index_state(index_path())

    def contents(self) -> IndexContents:
        return index_contents()

    def location(self) -> str:
        return index_path()
