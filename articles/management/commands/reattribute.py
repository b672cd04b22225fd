import sys

from tqdm import tqdm

from articles.ingest.reattribution import reattribute
from articles.management.base import ArchiveCommand


class Command(ArchiveCommand):
    help = (
        "Attribute stored quotations again with the current rules, where older rules found them "
        "(--all: everywhere); keep what curators verified or edited, remove speakers left with no "
        "quotation and make the merge suggestions again. Cheap when nothing is outdated."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Attribute every article again.")
        parser.add_argument(
            "--no-index", action="store_true", help="Leave the search index alone (rebuild it later)."
        )

    def handle(self, *args, all, no_index, verbosity, **options):
        progress = self._progress(verbosity)
        report = reattribute(everything=all, progress=progress, index=not no_index)
        if report.articles or report.speakers_removed:
            self.stdout.write(
                f"Attributed the quotations of {report.articles} articles again "
                f"({len(report.changed_article_ids)} changed); removed {report.speakers_removed} "
                f"speakers with no quotation; {report.suggestions} merge suggestions pending."
            )
        elif verbosity > 1:
            self.stdout.write("Every article's quotations were found by the current rules.")

    def _progress(self, verbosity):
        if verbosity and sys.stderr.isatty():
            return lambda ids: tqdm(ids, unit="article", desc="Attributing")
        return iter
