"""An ingest run: files in, articles upserted one transaction each, the index updated in batches.

Each article is queued for the index in its own transaction (loader.py); every ``INDEX_EVERY``
changed articles, or ``INDEX_EVERY_SECONDS``, the queue is written, so that a killed ingest leaves
at most one batch unindexed, still queued for the next writer.
"""

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, reset_queries

from articles.pipeline import Limits, ParsedArticle, ParseFailure, Skipped
from articles.search import reindex_pending

from .files import Refused, iter_source_files, parse_file_at
from .loader import load_article, was_curated
from .outcomes import CHANGED, Failure, IngestReport, Outcome
from .outlets import OutletDirectory
from .parallel import parse_in_pool
from .source_keys import display_path

log = logging.getLogger(__name__)

INDEX_EVERY = 200
INDEX_EVERY_SECONDS = 30

Progress = Callable[[list[Path]], Iterable[Path]]


def ingest(
    paths: Iterable[Path], *, progress: Progress = iter, index: bool = True, workers: int = 1
) -> IngestReport:
    """Ingest every file under ``paths``; a bad file or record is reported and the rest go in.

    With ``workers`` > 1 files are parsed in that many processes (parallel.py) while this one
    stores and indexes what they return, in the same order and with the same results.
    """
    report = IngestReport()
    outlets = OutletDirectory()
    batches = IndexBatches() if index else None
    signatures = outlets.signature_records()
    results = parse_paths(paths, signatures, progress=progress, skipped=report.skipped, workers=workers)
    with closing(results):  # stops the workers at once on Ctrl-C or an error
        for result in results:
            # Under DEBUG Django keeps the last 9,000 queries, raw pages included (hundreds of MB);
            # a web request starts afresh, an ingest of thousands of articles forgets them itself.
            reset_queries()
            if isinstance(result, ParseFailure):
                report.fail(Failure(result.source, result.reason, result.record_id))
            elif _load_one(result, outlets, report) and batches:
                batches.changed()
    if batches:
        batches.write()
    return report


class IndexBatches:
    """Writes the index queue when enough articles changed, or enough time passed, since the last write."""

    def __init__(self):
        self.pending, self.since = 0, time.monotonic()

    def changed(self):
        self.pending += 1
        if self.pending >= INDEX_EVERY or time.monotonic() - self.since >= INDEX_EVERY_SECONDS:
            self.write()

    def write(self):
        # Also what earlier runs or web requests left queued: the next writer writes it.
        reindex_pending()
        self.pending, self.since = 0, time.monotonic()


def parse_paths(
    paths, signatures, *, progress: Progress = iter, skipped: Counter | None = None, workers: int = 1
) -> Iterator[ParsedArticle | ParseFailure]:
    """Parse every file under ``paths``, storing nothing (also what ``ingest --dry-run`` shows).

    Files are read as streams within the limits of ``settings.INGEST_LIMITS``,
    and their articles come one at a time, so that no file, however large,
    holds more than one record in memory. Records a reader leaves out on
    purpose (a WARC request, say) are counted into ``skipped`` by reason.
    With ``workers`` > 1 (and more than one file), files are parsed in worker processes.
    """
    limits = Limits(**settings.INGEST_LIMITS)
    files = list(iter_source_files(Path(p) for p in paths))
    workers = min(workers, len(files))
    if workers > 1:
        items = parse_in_pool(files, progress, workers, signatures, limits)
    else:
        items = (item for path in progress(files) for item in _parse_path(path, signatures, limits))
    with closing(items):
        for item in items:
            if isinstance(item, Skipped):
                if skipped is not None:
                    skipped[item.reason] += 1
            else:
                yield item


def _parse_path(path: Path | Refused, signatures, limits: Limits) -> Iterator:
    if isinstance(path, Refused):
        yield path.failure(display_path(path.path))
    else:
        yield from parse_file_at(path, display_path(path), signatures, limits)


def _load_one(parsed: ParsedArticle, outlets: OutletDirectory, report: IngestReport) -> bool:
    """Store one article; True when it changed (and so waits in the index queue)."""
    try:
        outcome, article = load_article(parsed, outlets)
    except (DatabaseError, ValueError) as error:
        log.exception("Loading %s failed", parsed.source)
        report.fail(Failure(parsed.source, f"could not be stored: {error}", parsed.record_id))
        return False
    report.add(outcome, article.pk)
    if outcome != Outcome.CREATED and was_curated(article):
        report.curated_kept += 1
    return outcome in CHANGED
