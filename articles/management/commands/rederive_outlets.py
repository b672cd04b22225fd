from articles.curation.rederive import rederive_outlets
from articles.management.base import ArchiveCommand
from articles.search import reindex_pending


class Command(ArchiveCommand):
    help = (
        "After an upgrade: file every article whose outlet no curator set under the site that published it, "
        "as today's rules read its stored input; old addresses redirect."
    )

    def handle(self, *args, verbosity, **options):
        result = rederive_outlets()
        for failure in result.failed:
            self.stderr.write(f"Skipped: {failure}")
        if result.moved:
            reindex_pending()  # each move was queued with it
        if verbosity:
            self.stdout.write(f"Outlets found again: {result}.")
