import argparse
import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from tqdm import tqdm

from articles.ingest.dry_run import dry_run_record
from articles.ingest.outlets import OutletDirectory
from articles.ingest.parallel import available_cores
from articles.ingest.run import ingest, parse_paths
from articles.management.base import ArchiveCommand

PLAIN_PROGRESS_EVERY = 100


def _worker_count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


class Command(ArchiveCommand):
    help = "Ingest scraped pages (files or folders): parse, store and index them."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="Files or folders to ingest.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Store nothing; print what would be stored."
        )
        parser.add_argument(
            "--format", choices=["jsonl"], default="jsonl", help="Output format of --dry-run."
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Store articles but leave the index alone (they stay queued: run reindex_pending).",
        )
        parser.add_argument(
            "--workers",
            type=_worker_count,
            default=settings.INGEST_WORKERS or available_cores(),
            help="Processes that parse files while this one stores and indexes them "
            "(default: DISPATCHES_INGEST_WORKERS, or one per core; 1 parses in this process).",
        )

    def handle(self, *args, paths, dry_run, no_index, workers, verbosity, **options):
        missing = [str(path) for path in paths if not path.exists()]
        if missing:
            raise CommandError(f"No such file or folder: {', '.join(missing)}")
        if dry_run:
            self._dry_run(paths, workers)
            return
        try:
            report = ingest(paths, progress=self._progress(verbosity), index=not no_index, workers=workers)
        except KeyboardInterrupt:
            raise CommandError(
                "Interrupted. The articles stored so far are kept (and indexed by the next ingest or "
                "`manage.py reindex_pending`); ingest the same paths again for the rest (what is stored "
                "comes out unchanged).",
                returncode=130,
            ) from None
        self._print_report(report, verbosity)

    def _dry_run(self, paths, workers):
        signatures = OutletDirectory().signature_records()
        for result in parse_paths(paths, signatures, workers=workers):
            self.stdout.write(json.dumps(dry_run_record(result), ensure_ascii=False))

    def _progress(self, verbosity):
        if verbosity == 0:
            return iter
        if sys.stderr.isatty():
            return lambda files: tqdm(files, unit="file", desc="Ingesting")
        return self._plain_progress

    def _plain_progress(self, files):
        total = len(files)
        for number, path in enumerate(files, 1):
            yield path
            if number % PLAIN_PROGRESS_EVERY == 0 or number == total:
                self.stderr.write(f"Ingested {number} of {total} files")

    def _print_report(self, report, verbosity):
        for failure in report.failures:
            self.stderr.write(self.style.ERROR(f"Failed: {failure}"))
        if verbosity == 0:
            return
        self.stdout.write(f"Articles: {report.summary()}.")
        if report.copies_summary():
            self.stdout.write(report.copies_summary())
        if report.skipped:
            self.stdout.write(report.skipped_summary())
        if report.curated_kept:
            self.stdout.write(f"Curated articles left as curators had them: {report.curated_kept}.")
        if report.nothing_changed and not report.failures:
            self.stdout.write("Nothing changed: the archive already holds these files as they are.")
